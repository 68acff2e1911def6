"""Small text helpers shared by the structure and extraction stages.

Matching normalises only what differs in form, not in meaning: full-width digits, letters and
spaces become their ASCII forms.  Text kept in the graph is always as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
# Brackets and punctuation that carry meaning in Chinese names stay full-width.
for _keep in "（）《》〔〕、，。；：！？“”‘’":
    _FULLWIDTH.pop(ord(_keep), None)

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
SENTENCE_END = "。！？!?"
CLOSERS = "”’）)」』】"
# The bracketed year every document number has (〔2021〕, [2014], （2019）), the year its group.
DOC_NUMBER_YEAR_RE = re.compile(r"[〔\[［(（﹝【]\s*((?:19|20)\d{2})\s*[〕\]］)）﹞】]")
_PUNCT_RE = re.compile(rf"[^0-9A-Za-z{CJK}]+")
# A word a page spaces out to fill its line or cell (国 务 院, 答 复, 目   标   与   任   务): read closed up.
_LETTER_SPACED_RE = re.compile(rf"[{CJK}](?:[ \t\u3000]+[{CJK}])+")


def closed_up(text: str) -> str:
    """``text`` without the spaces between its letters when it is one word a page spaced out (国 务 院 → 国务院);
    any other text as written."""
    return re.sub(r"\s+", "", text) if _LETTER_SPACED_RE.fullmatch(text) else text


# Runs of characters _FULLWIDTH folds.  Most text has none or few, and translating only the runs
# is several times faster than str.translate over the whole text (a dict lookup per character).
_FOLDABLE_RE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FULLWIDTH)) + "]+")


def _fold(match: re.Match[str]) -> str:
    return match.group().translate(_FULLWIDTH)


# One document's whole text is folded by several stages (the gazetteer scan, the figure reader):
# the cache keeps the latest texts, so each is scanned once.
@lru_cache(maxsize=256)
def normalise_for_matching(text: str) -> str:
    """Fold full-width digits, Latin letters and ideographic spaces to ASCII."""
    return _FOLDABLE_RE.sub(_fold, text)


def source_offsets(normalised: str, source: str) -> list[int]:
    """For each character of ``normalised`` (made from ``source`` by dropping or adding layout: line breaks,
    spaces, bold marks), its offset in ``source``, or -1 for a space or a character normalising added: each
    character is matched to the next like it in ``source``."""
    offsets = []
    at = 0
    for char in normalised:
        found = -1 if char.isspace() else source.find(char, at)
        offsets.append(found)
        at = found + 1 if found >= 0 else at
    return offsets


def compact(text: str) -> str:
    """The name without spaces or punctuation, for comparing names written differently."""
    return _PUNCT_RE.sub("", normalise_for_matching(text))


def is_cjk(char: str) -> bool:
    return bool(char) and ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff")


@lru_cache(maxsize=4)
def line_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each line of ``text`` with its start and end offsets (the newline excluded).

    The header, block and table readers each walk the same document's lines: kept for the
    last few texts.
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return tuple(out)


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Start offsets of ``needle`` in ``text``, left to right, not overlapping.

    (``re.finditer(re.escape(needle))`` gives the same, but compiles a pattern per needle, and
    names differ in every document.)
    """
    start = text.find(needle) if needle else -1
    while start >= 0:
        yield start
        start = text.find(needle, start + len(needle))


def most_counted(counts: dict[str, int], at_least: int, alone_at: int | None = None) -> str:
    """The name counted more often than any other, at least ``at_least`` times (``alone_at`` when it
    is the only one counted); "" on a tie for the most, or too few."""
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    least = alone_at if alone_at is not None and len(ranked) == 1 else at_least
    return ranked[0][0] if ranked[0][1] >= least else ""
