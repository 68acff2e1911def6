"""Figures: a number with its unit and what it counts (累计交易金额 732.45 亿元).

Years, dates, document and phone numbers are not figures: a figure needs a unit of quantity.
"""

from __future__ import annotations

import re

from loaders.extract.mentions import Mention
from loaders.text import CJK, normalise_for_matching

UNITS = (
    "万亿元", "亿元", "万元", "千元", "元", "亿美元", "万美元", "%", "％", "个百分点", "万平方米", "平方公里", "平方米", "公顷",
    "亩", "万千瓦", "千瓦", "兆瓦", "吉瓦", "GW", "MW", "kW", "万吨", "吨", "公里", "千米", "米", "家", "个", "项", "台", "套",
    "座", "条", "所", "人次", "万人", "人", "名", "件", "批", "倍", "次", "户", "辆", "艘", "处", "支", "栋", "幢", "间",
)
_NUMBER = r"\d+(?:[.,]\d+)*"
_FIGURE_RE = re.compile(rf"({_NUMBER})\s*({'|'.join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))})")
CLASSIFIERS = frozenset("家个项台套座条所人名件批户辆艘处支栋幢间次")
_BEFORE_RE = re.compile(rf"([{CJK}A-Za-z]{{2,20}}?)(?:已经|已|共计|共|累计|达到|达|超过|约|拓展至|增至|提升至|至|为|了|有)*\s*$")
_AFTER_RE = re.compile(rf"^\s*([{CJK}A-Za-z]{{2,14}}?)(?=[，。、；：）\s及和与]|$)")


def find_figures(text: str) -> list[Mention]:
    folded = normalise_for_matching(text)
    out: list[Mention] = []
    for m in _FIGURE_RE.finditer(folded):
        before = folded[max(0, m.start() - 1) : m.start()]
        if before.isdigit() or before in ".〔[第" or folded[m.end(): m.end() + 1] in "号〕]":
            continue
        number, unit = m.group(1), m.group(2)
        try:
            value = float(number.replace(",", ""))
        except ValueError:
            continue
        if unit in ("个", "家", "项") and value >= 1900 and folded[m.end(): m.end() + 1] in "年月":
            continue
        counts = _what_it_counts(folded, m.start(), m.end(), unit)
        surface = text[m.start() : m.end()]
        unit = "%" if unit == "％" else unit
        out.append(Mention("Figure", surface, surface, m.start(), m.end(),
                           properties={"value": value, "unit": unit, "counts": counts}))
    return out


def _what_it_counts(text: str, start: int, end: int, unit: str) -> str:
    """A classifier counts the noun after it (3 家创新中心); a unit measures the noun before."""
    if unit in CLASSIFIERS:
        after = _AFTER_RE.match(text[end : end + 20])
        if after:
            return after.group(1)
    clause = re.split(r"[，。、；：（）\s]", text[max(0, start - 24) : start].rstrip())[-1]
    clause = clause.rsplit("的", 1)[-1][-12:]
    before = _BEFORE_RE.search(clause)
    return before.group(1) if before else ""
