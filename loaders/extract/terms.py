"""Defined terms: ``X（以下简称Y）`` makes Y name X for the rest of the document.

A term can stand for one body (``国务院…部际联席会议（以下简称联席会议）``) or for a group that a
sentence lists first (``科技部、国家发展改革委…等部门是…宏观管理部门(以下简称宏观管理部门)``);
either way later sentences that open with the term have those bodies as their actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract.mentions import Mention
from loaders.text import occurrences

_DEFINED_RE = re.compile(r"[（(]\s*以下(?:简称|统称|称)\s*[“\"]?([^”\"）)、，]{2,15}?)[”\"]?\s*[）)]")
_GROUP_NOUNS = ("部门", "单位", "机构", "成员单位")
_SUB_BODIES = ("办公室", "秘书处")


def defined_terms(
    text: str,
    mentions: list[Mention],
    sentence_actors: Callable[[int], list[Mention]],
) -> dict[str, list[Mention]]:
    """Each defined term with the mentions it stands for.

    ``sentence_actors(offset)`` gives the agencies that open the sentence holding ``offset``.
    """
    by_end = {m.end: m for m in mentions if m.type in ("Agency", "Organization", "Program", "Policy")}
    terms: dict[str, list[Mention]] = {}
    for m in _DEFINED_RE.finditer(text):
        term = m.group(1)
        referent = by_end.get(m.start())
        if referent is not None and not term.endswith(_GROUP_NOUNS):
            terms[term] = [referent]
        elif term.endswith(_GROUP_NOUNS):
            group = sentence_actors(m.start())
            if group:
                terms[term] = group
    return terms


def term_mentions(text: str, terms: dict[str, list[Mention]], after: int = 0) -> list[Mention]:
    """Where a one-body term is used, a mention of that body (联席会议办公室 is its own body)."""
    found: list[Mention] = []
    for term, referents in terms.items():
        if len(referents) != 1:
            continue
        body = referents[0]
        for start in occurrences(text, term):
            end = start + len(term)
            sub = next((s for s in _SUB_BODIES if text.startswith(s, end)), "")
            if sub:
                found.append(Mention(body.type, body.name + sub, term + sub, start, end + len(sub),
                                     aliases=(term + sub,), properties=dict(body.properties)))
            elif text[start - 1 : start] not in ("简", "称"):
                found.append(Mention(body.type, body.name, term, start, end, aliases=(term,), properties=dict(body.properties)))
    return found
