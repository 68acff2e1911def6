"""Which province a place belongs to (``loaders/data/places.tsv``).

A city document's ``省工信委`` is its own province's body: 庆阳市 is in 甘肃省, so the text means
甘肃省工业和信息化委员会.  The table lists every provincial-level division, every prefecture-level
one, the county-level cities a province administers directly, and common former names.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from loaders.gazetteer import DATA_DIR, read_rows

MUNICIPALITIES = ("municipality", "sar")


@lru_cache(maxsize=4)
def _table(data_dir: Path = DATA_DIR) -> dict[str, tuple[str, str]]:
    return {r["name"]: (r["province"], r["kind"]) for r in read_rows(data_dir / "places.tsv") if r.get("name")}


def province_of(place: str) -> str:
    """The province a city belongs to, or the province itself; "" for a municipality (上海市 has no
    省) or an unknown place."""
    province, kind = _table().get(place, ("", ""))
    return "" if kind in MUNICIPALITIES else province



def is_known(place: str) -> bool:
    """Whether the table lists this place (上海市 included, which has no province)."""
    return place in _table()
