"""The mention: one typed name found at a span of the normalised text.

Rule sets return mentions; :mod:`loaders.extract.assemble` turns them into entities with
evidence.  Keeping rules free of graph concerns lets each be tested on plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from loaders.places import is_place
from loaders.text import is_cjk

# Words that open a unit meaning many bodies (各区政府, 相关街镇, 属地部门), none of them one.
GENERIC_UNIT_HEADS = ("各", "相关", "有关", "其他", "其它", "所在", "属地", "重点", "涉农")
_MANY_BODIES_RE = re.compile("相关|有关|[及和与]各|各相关|城乡$|^[省市区县]级?各")  # (市各县(市、区)政府: every county of the city)


def names_many_bodies(unit: str) -> bool:
    """Whether a unit's words name many bodies, or none (各乡镇, 区各相关委办局, 国务院相关部门及各地区,
    统筹城乡): every rule that makes a body from a unit's words asks this first."""
    return unit.startswith(GENERIC_UNIT_HEADS) or _MANY_BODIES_RE.search(unit) is not None


@dataclass
class Mention:
    type: str
    name: str  # canonical name
    surface: str  # as written at [start, end)
    start: int
    end: int
    aliases: tuple[str, ...] = ()
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.type}:{self.name}"


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def leftmost_longest(mentions: list[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions, preferring the earliest start, then the longest span.

    Ties keep the mention listed first, so callers put their most trusted rule first.
    """
    ranked = sorted(enumerate(mentions), key=lambda im: (im[1].start, -(im[1].end - im[1].start), im[0]))
    chosen: list[Mention] = []
    last_end = -1
    for _, mention in ranked:
        if mention.start >= last_end:
            chosen.append(mention)
            last_end = mention.end
    return chosen


_PLACE_LEVELS = "省县区市旗"


def placed_names(text: str, suffix: str, max_name: int, stop: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of names that open with a place and end with ``suffix`` (德庆县贡柑产业园,
    新郑市国土空间总体规划): the longest such run of characters before each ``suffix``, with none of
    ``stop``'s words after the place."""
    found = []
    for end in (m.end() for m in re.finditer(re.escape(suffix), text)) if suffix in text else ():
        start = end - len(suffix)
        while start > 0 and end - start < max_name and (is_cjk(text[start - 1]) or text[start - 1] in "“”"):
            start -= 1
        if not any(c in _PLACE_LEVELS for c in text[start : end - len(suffix)]):
            continue  # no place can open this run
        for at in range(start, end - len(suffix) - 3):
            level = next((at + n for n in range(2, 6) if text[at + n - 1 : at + n] in _PLACE_LEVELS
                          and is_place(text[at : at + n])), None)
            # (牟定县“干部规划家乡行动”: a quote the run opens and does not close is another name's)
            if level is not None and level < end - len(suffix) - 1 and not stop.search(text[level:end]) \
                    and text.count("“", at, end) == text.count("”", at, end):
                found.append((at, end))
                break
    return found
