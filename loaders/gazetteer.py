"""The curated name lists (``loaders/data/*.tsv``) as fast lookups.

The gazetteer is data, not code: canonical names with their aliases, level and jurisdiction
(``agencies.tsv``), the department stems that local governments share (``agency_stems.tsv``:
``发展改革委`` → ``发展和改革委员会``), and key fields (``fields.tsv``).  Matching uses one
Aho-Corasick automaton over every surface form, so scanning is linear in the text size.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

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

    def __init__(self, entries: list[KnownName], stems: dict[str, str], fields: list[KnownName]):
        self.entries = entries
        self.stems = stems
        self.fields = fields
        self._by_surface: dict[str, KnownName] = {}
        for entry in entries + fields:
            for surface in (entry.name, *entry.aliases):
                self._by_surface.setdefault(normalise_for_matching(surface), entry)
        self._automaton = ahocorasick.Automaton()
        for surface, entry in self._by_surface.items():
            self._automaton.add_word(surface, (len(surface), entry))
        self._automaton.make_automaton()
        stem_alternatives = sorted(stems, key=len, reverse=True)
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
        folded = normalise_for_matching(text)
        # (start, -length, end, entry) sorted: the leftmost and then longest hit comes first.  The
        # sort never reaches ``entry`` (not orderable): one start and length is one surface form,
        # which the automaton reports once.  A NameHit is only built for the hits that are kept.
        spans = sorted((end + 1 - length, -length, end + 1, entry) for end, (length, entry) in self._automaton.iter(folded))
        chosen: list[NameHit] = []
        last_end = -1
        for start, _, end, entry in spans:
            if start >= last_end:
                chosen.append(NameHit(start, end, text[start:end], entry))
                last_end = end
        return tuple(chosen)


@lru_cache(maxsize=4)
def load(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read the TSVs once per process."""
    entries = [
        KnownName(r["name"], r.get("type") or "Agency", r.get("level", ""), r.get("jurisdiction", ""),
                  r.get("parent", ""), _split(r.get("aliases", "")))
        for r in read_rows(data_dir / "agencies.tsv")
        if r.get("name")
    ]
    stems = {r["short"]: r["full"] for r in read_rows(data_dir / "agency_stems.tsv") if r.get("short") and r.get("full")}
    stems.update({full: full for full in list(stems.values()) if full not in stems})  # full forms read too
    fields = [
        KnownName(r["name"], "Field", "", "", "", _split(r.get("aliases", "")))
        for r in read_rows(data_dir / "fields.tsv")
        if r.get("name")
    ]
    return Gazetteer(entries, stems, fields)
