"""The curated name lists (``loaders/data/*.tsv``) as fast lookups.

The gazetteer is data, not code: canonical names with their aliases, level and jurisdiction
(``agencies.tsv``), the department stems that local governments share (``agency_stems.tsv``:
``发展改革委`` → ``发展和改革委员会``), key fields (``fields.tsv``), national schemes that texts
name bare (``programs.tsv``: 四好农村路, 农业产业强镇) and national laws and plans they name without
title marks (``policies.tsv``: 水污染防治行动计划, 地下水管理条例).  Matching uses one
Aho-Corasick automaton over every surface form, so scanning is linear in the text size.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from loaders.text import normalise_for_matching

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class KnownName:
    """One canonical entry of the gazetteer."""

    name: str
    type: str
    level: str
    jurisdiction: str
    parent: str
    aliases: tuple[str, ...]
    successor: str = ""  # 中华人民共和国农业部 → 中华人民共和国农业农村部: the body a reform turned it into
    renamed: int = 0  # …and the year it did (2018)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    surface: str
    entry: KnownName


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of one data TSV (``#`` lines are comments), cells stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            yield {k: (v or "").strip() for k, v in row.items() if k}


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


class Gazetteer:
    """Canonical names by surface form, with a scanner over text."""

    def __init__(self, entries: list[KnownName], stems: dict[str, str], fields: list[KnownName],
                 programs: list[KnownName] = (), organization_stems: frozenset[str] = frozenset(),
                 number_signs: dict[str, str] | None = None, renamed: dict[str, int] | None = None,
                 policies: list[KnownName] = ()):
        self.entries = entries
        self.stems = stems
        self.renamed = renamed or {}  # 建设厅 → 2008: a former name, and the year a reform gave it up
        self.organization_stems = organization_stems  # full department names that are no government (总工会)
        self.number_signs = number_signs or {}  # 教 → 中华人民共和国教育部: a national body's document-number sign
        self.fields = fields
        self.programs = list(programs)
        self.policies = list(policies)
        self._by_surface: dict[str, KnownName] = {}
        for entry in entries + fields + self.programs + self.policies:
            for surface in (entry.name, *entry.aliases):
                self._by_surface.setdefault(normalise_for_matching(surface), entry)
        self._surfaces = list(self._by_surface)
        # ahocorasick-rs finds leftmost-longest, non-overlapping hits itself, in Rust; pyahocorasick
        # reported every overlapping hit and the choice cost a Python sort per document.
        self._automaton = ahocorasick_rs.AhoCorasick(self._surfaces, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        stem_alternatives = sorted(stems, key=len, reverse=True)
        self.longest_stem = len(stem_alternatives[0]) if stem_alternatives else 0
        self.stem_pattern = "|".join(re.escape(s) for s in stem_alternatives)
        # The extractor scans a document's whole text twice (agencies, then fields) and the same
        # policy titles in many documents; walking the automaton is most of a scan's cost.
        self._scan_cached = lru_cache(maxsize=16)(self._scan)

    def lookup(self, surface: str) -> KnownName | None:
        return self._by_surface.get(normalise_for_matching(surface))

    def scan(self, text: str) -> list[NameHit]:
        """Leftmost-longest, non-overlapping matches of every known surface form."""
        return list(self._scan_cached(text))

    def _scan(self, text: str) -> tuple[NameHit, ...]:
        folded = normalise_for_matching(text)  # same length as text: offsets hold for both
        return tuple(NameHit(start, end, text[start:end], self._by_surface[self._surfaces[index]])
                     for index, start, end in self._automaton.find_matches_as_indexes(folded))


@lru_cache(maxsize=4)
def load(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read the TSVs once per process."""
    entries = [
        KnownName(r["name"], r.get("type") or "Agency", r.get("level", ""), r.get("jurisdiction", ""),
                  r.get("parent", ""), _split(r.get("aliases", "")), r.get("successor", ""), int(r.get("renamed") or 0))
        for r in read_rows(data_dir / "agencies.tsv")
        if r.get("name")
    ]
    stem_rows = [r for r in read_rows(data_dir / "agency_stems.tsv") if r.get("short") and r.get("full")]
    stems = {r["short"]: r["full"] for r in stem_rows}
    stems.update({full: full for full in list(stems.values()) if full not in stems})  # full forms read too
    fields = [
        KnownName(r["name"], "Field", "", "", "", _split(r.get("aliases", "")))
        for r in read_rows(data_dir / "fields.tsv")
        if r.get("name")
    ]
    programs = [
        KnownName(r["name"], "Program", "", "", "", _split(r.get("aliases", "")))
        for r in read_rows(data_dir / "programs.tsv")
        if r.get("name")
    ]
    policies = [
        KnownName(r["name"], "Policy", "", "", "", _split(r.get("aliases", "")))
        for r in read_rows(data_dir / "policies.tsv")
        if r.get("name")
    ]
    organizations = frozenset(r["full"] for r in stem_rows if r.get("type") == "Organization")
    number_signs = {r["sign"]: r["body"] for r in read_rows(data_dir / "number_signs.tsv") if r.get("sign")}
    renamed = {r["short"]: int(r["renamed"]) for r in stem_rows if r.get("renamed")}
    return Gazetteer(entries, stems, fields, programs, organizations, number_signs, renamed, policies)
