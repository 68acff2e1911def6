"""Which province a place belongs to (``loaders/data/places.tsv``).

A city document's ``省工信委`` is its own province's body: 庆阳市 is in 甘肃省, so the text means
甘肃省工业和信息化委员会.  ``places.tsv`` lists every provincial-level division, every
prefecture-level one, the county-level cities a province administers directly, and common former
names; ``counties.tsv`` every county-level division with its city and province (城口县 → 重庆市).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from loaders.gazetteer import DATA_DIR, read_rows

MUNICIPALITIES = ("municipality", "sar")


@lru_cache(maxsize=4)
def _table(data_dir: Path = DATA_DIR) -> dict[str, tuple[str, str]]:
    return {r["name"]: (r["province"], r["kind"]) for r in read_rows(data_dir / "places.tsv") if r.get("name")}


@lru_cache(maxsize=4)
def _counties(data_dir: Path = DATA_DIR) -> dict[str, tuple[str, str]]:
    return {r["name"]: (r["city"], r["province"]) for r in read_rows(data_dir / "counties.tsv") if r.get("name")}


def province_of(place: str) -> str:
    """The province a city or county belongs to, or the province itself; "" for a municipality
    (上海市 has no 省) or an unknown place."""
    province, kind = _table().get(place, ("", ""))
    if not province and place in _counties():
        province = _counties()[place][1]
        kind = _table().get(province, ("", ""))[1]
    return "" if kind in MUNICIPALITIES else province


def city_of(county: str) -> str:
    """The city a county-level division belongs to (城口县 → 重庆市, 舞钢市 → 平顶山市); ""."""
    return _counties().get(county, ("", ""))[0]


def is_known(place: str) -> bool:
    """Whether the table lists this place (上海市 included, which has no province)."""
    return place in _table()


def is_place(name: str) -> bool:
    """Whether either table lists this name: a province, a prefecture or a county-level division."""
    return is_known(name) or bool(city_of(name))
