"""Named questions as files: ``NAME.rq`` (SPARQL) beside ``NAME.cypher`` (Cypher).

Each file starts with a comment header the registry reads::

    # name: owns
    # description: Which agency owns which measure …
    # param: agency (?agency_name) optional: an agency's name or alias

A parameter is always bound (a SPARQL substitution or a Cypher ``$parameter``; an omitted
optional one as ``""``), never pasted
into the query text.  Oxigraph substitutes only projected variables, so a ``.rq`` selects its
parameter variables last; ``GraphStore.select`` drops them from the rows.  Both files of a
question return the same columns in the same order.

A ``.rq`` ends with its ``ORDER BY``, which says the order of its rows; :meth:`NamedQuery.select`
runs the query without it and sorts the rows in Python by the same keys.  Oxigraph reads every
string it compares back from the store, so sorting 500 rows of Chinese labels took it 80 ms of a
130 ms query at 10,000 documents; Python sorts them in well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

QUERY_DIR = Path(__file__).parent
_PARAM_RE = re.compile(r"^#\s*param:\s*(\w+)\s*\(\?(\w+)\)\s*(required|optional)\s*:\s*(.*)$")
_ORDER_BY_RE = re.compile(r"\n\s*ORDER\s+BY\s+((?:(?:ASC|DESC)\(\s*\?\w+\s*\)|\?\w+)(?:\s+(?:(?:ASC|DESC)\(\s*\?\w+\s*\)|\?\w+))*)\s*$", re.I)
_ORDER_KEY_RE = re.compile(r"(ASC|DESC)?\(?\s*\?(\w+)\s*\)?", re.I)


class QueryError(Exception):
    """A one-line reason a named query could not be run as asked."""


@dataclass(frozen=True)
class Param:
    name: str
    variable: str
    required: bool
    description: str


@dataclass
class NamedQuery:
    name: str
    description: str
    params: list[Param] = field(default_factory=list)
    sparql: str = ""
    cypher: str = ""

    @cached_property
    def _ordering(self) -> tuple[str, list[tuple[str, bool]]]:
        """The SPARQL without its ORDER BY, and the keys to sort by (split once per query)."""
        return split_order_by(self.sparql)

    def select(self, store: Any, given: dict[str, str], limit: int | None = None) -> list[dict[str, Any]]:
        """The rows of this question on a :class:`kg.store.GraphStore`, in its ORDER BY order
        (sorted here, see the module docstring); with ``limit``, the first ``limit`` of them."""
        unordered, keys = self._ordering
        rows = store.select(unordered, self.bindings(given))
        missing = [variable for variable, _ in keys if rows and variable not in rows[0]]
        if missing:
            raise QueryError(f"query {self.name!r} orders by ?{missing[0]}, which it does not select")
        for variable, descending in reversed(keys):  # stable sorts, last key first
            rows.sort(key=lambda row: _sort_value(row[variable]), reverse=descending)
        return rows if limit is None else rows[: _checked_limit(limit)]

    def bindings(self, given: dict[str, str]) -> dict[str, str]:
        """Map user parameters to query variables, checking names and required ones.

        An optional parameter the user leaves out is bound to ``""``, which the queries read
        as "no filter" (Oxigraph's substitutions do not support testing ``BOUND``).
        """
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r}; it takes: {', '.join(known) or 'none'}")
        bound: dict[str, str] = {}
        for param in self.params:
            value = given.get(param.name)
            if not value and param.required:
                raise QueryError(f"query {self.name!r} needs --param {param.name}=…  ({param.description})")
            bound[param.variable] = value or ""
        return bound


def with_limit(text: str, limit: int) -> str:
    """A named query's Cypher text returning at most ``limit`` rows (SPARQL rows are sorted and
    cut by :meth:`NamedQuery.select`).

    Not every Bolt server takes the row count of ``LIMIT`` as a bound parameter, so the clause is
    appended; it is formatted from a checked ``int``, never from text a user typed.  Every named
    query ends with its ORDER BY, so the first rows are the same rows in the same order as
    without the limit.
    """
    return f"{text.rstrip()}\nLIMIT {_checked_limit(limit)}\n"


def _checked_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise QueryError(f"a row limit must be a whole number of at least 1, not {limit!r}")
    return limit


def split_order_by(sparql: str) -> tuple[str, list[tuple[str, bool]]]:
    """The query without its closing ``ORDER BY``, and that clause's keys as (variable, descending)."""
    m = _ORDER_BY_RE.search(sparql)
    if not m:
        return sparql, []
    keys = [(k.group(2), (k.group(1) or "").upper() == "DESC") for k in _ORDER_KEY_RE.finditer(m.group(1))]
    return sparql[: m.start()] + "\n", keys


def _sort_value(value: Any) -> tuple[int, Any]:
    """SPARQL's order for one value: unbound first, then numbers, then the rest as strings (by
    code point, as Oxigraph compares them)."""
    if value is None:
        return (0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    return (2, str(value))


def _header(text: str) -> tuple[str, str, list[Param]]:
    name = description = ""
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# name:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("# description:"):
            description = line.split(":", 1)[1].strip()
        else:
            m = _PARAM_RE.match(line)
            if m:
                params.append(Param(m.group(1), m.group(2), m.group(3) == "required", m.group(4).strip()))
    return name, description, params


def load_queries(directory: Path = QUERY_DIR) -> dict[str, NamedQuery]:
    """Every named query in ``directory``, by name."""
    queries: dict[str, NamedQuery] = {}
    for path in sorted(directory.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        name, description, params = _header(text)
        cypher_path = path.with_suffix(".cypher")
        queries[name or path.stem] = NamedQuery(
            name or path.stem, description, params, text,
            cypher_path.read_text(encoding="utf-8") if cypher_path.exists() else "",
        )
    return queries


def get_query(name: str) -> NamedQuery:
    queries = load_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; `policykg queries` lists them: {', '.join(queries)}")
    return queries[name]
