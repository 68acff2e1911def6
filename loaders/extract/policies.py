"""Policies: titles in 《…》, with the document number that may follow them.

``《关于…的通知》（发改环资〔2025〕910号）`` keeps its number; ``财政部《…》`` and
``《国务院关于…》`` say who issued it.
"""

from __future__ import annotations

import re

from loaders.extract.mentions import Mention
from loaders.structure import DOC_NUMBER_RE

_NUMBER_AFTER_RE = re.compile(r"\s*[（(]\s*(" + DOC_NUMBER_RE.pattern + r")\s*[）)]")
_ISSUE_VERBS = ("印发", "发布", "出台", "制定", "颁布", "制订", "修订", "下发")


_TITLE_MARKS_RE = re.compile("[《》\n]")


def _titles(text: str) -> list[tuple[int, int]]:
    """Spans of outermost 《…》 pairs (nested 《》 stay inside the title)."""
    spans = []
    depth = 0
    start = 0
    for mark in _TITLE_MARKS_RE.finditer(text):  # visit only 《, 》 and line ends, not every character
        i, char = mark.start(), mark.group()
        if char == "《":
            if depth == 0:
                start = i
            depth += 1
        elif char == "》" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif char == "\n":
            depth = 0
    return spans


def find_policies(text: str) -> list[Mention]:
    out: list[Mention] = []
    for start, end in _titles(text):
        title = text[start + 1 : end - 1].strip()
        if not (2 <= len(title) <= 120):
            continue
        properties: dict[str, str] = {}
        number = _NUMBER_AFTER_RE.match(text, end)
        if number:
            properties["doc_number"] = re.sub(r"\s+", "", number.group(1))
        out.append(Mention("Policy", title, text[start:end], start, end, properties=properties))
    return out


def issuer_before(text: str, policy: Mention, agencies: list[Mention]) -> Mention | None:
    """The agency that issued a policy: written right before 《 or as the title's 'X关于'."""
    for agency in agencies:
        if agency.end == policy.start or (
            agency.end <= policy.start <= agency.end + 6
            and text[agency.end : policy.start].strip("，, ") in _ISSUE_VERBS
        ):
            return agency
    return None


def issuer_in_title(policy: Mention, agencies_in_title: list[Mention]) -> Mention | None:
    """《国务院关于…》: the agency that opens the title and is followed by 关于."""
    for agency in agencies_in_title:
        if agency.start == 0 and policy.name[agency.end : agency.end + 2] in ("关于", "印发"):
            return agency
    return None
