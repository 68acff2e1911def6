"""Tables of a benchmark result: rich on the terminal, Markdown for the README.

    python -m bench.report bench/results/<timestamp>.json             # rich tables
    python -m bench.report bench/results/<timestamp>.json --markdown  # the same as Markdown
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

Row = list[str]


def _f(value: Any, digits: int = 1, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, (int, float)):
        if abs(value) >= 1000 and digits <= 1:
            return f"{value:,.0f}{unit}"
        return f"{value:,.{digits}f}{unit}"
    return str(value)


def _err(phase: dict[str, Any] | None) -> str | None:
    if phase is None:
        return "not run"
    return phase.get("error")


def _query_cell(row: dict[str, Any] | None) -> str:
    if row is None:
        return "–"
    return _err(row) or _f(row["median_ms"])


def tables(results: dict[str, Any]) -> list[tuple[str, Row, list[Row]]]:
    """(title, header, rows) for every table."""
    out: list[tuple[str, Row, list[Row]]] = []
    by_size = results["by_size"]

    rows = []
    for size, r in by_size.items():
        corpus = r.get("corpus", {})
        ex, ing, single, viz = r.get("extract", {}), r.get("ingest", {}), r.get("ingest_single"), r.get("viz")
        rows.append([
            size, _f(ex.get("triples"), 0),
            _err(ex) or f"{_f(ex['docs_per_s'])} ({_f(ex['docs_per_cpu_s'])}/cpu-s)",
            _err(ex) or _f(ex["triples_per_s"], 0), _err(ex) or _f(ex["peak_rss_mib"], 0),
            _err(ing) or _f(ing["seconds"]), _err(ing) or _f(ing["docs_per_s"]), _err(ing) or _f(ing["triples_per_s"], 0),
            _err(ing) or _f(ing["peak_rss_mib"], 0), _err(ing) or _f(ing.get("store_mib"), 0),
            "–" if single is None else (_err(single) or f"{_f(single['seconds'])} s · {_f(single['docs_per_s'])}/s · {_f(single['peak_rss_mib'], 0)} MiB"),
            "–" if viz is None else (_err(viz) or f"{_f(viz['seconds'], 2)} ({viz['nodes']} nodes)"),
        ])
        _ = corpus
    out.append((f"Throughput (wall clock; extract = extract_text + resolve + extraction_nquads, one process; "
                f"ingest = policykg ingest --workers {results.get('workers')})",
                ["docs", "triples", "extract docs/s", "extract triples/s", "extract peak MiB", "ingest s", "ingest docs/s",
                 "ingest triples/s", "ingest peak MiB", "store MiB", "ingest, extraction in the writer (--workers 1)",
                 "viz --focus s"], rows))

    largest = str(max(int(s) for s in by_size)) if by_size else None
    if largest and "queries" in by_size[largest]:
        q = by_size[largest]["queries"]
        unfiltered = by_size[largest].get("queries_unfiltered", {})
        small = {s: by_size[s].get("queries", {}) for s in by_size if s != largest}
        rows = []
        for name, row in q.items():
            u = unfiltered.get(name)
            rows.append([
                name, ", ".join(f"{k}={v}" for k, v in row.get("params", {}).items()) or "–",
                _err(row) or str(row["rows"]), _err(row) or _f(row["median_ms"]),
                *[_query_cell(small[s].get(name)) for s in small],
                "–" if u is None else (_err(u) or f"{_f(u['median_ms'])} ({u['rows']} rows)"),
                "yes" if "median_ms" in row and row["median_ms"] < 200 else "no",
            ])
        quads = by_size[largest].get("ingest", {}).get("quads_in_store")
        out.append((f"Named queries at {largest} documents ({_f(quads, 0)} quads), ms",
                    ["query", "params", "rows", "median", *[f"@ {s}" for s in small],
                     "no params (rows)", "< 200"], rows))

    rows = []
    for size, r in by_size.items():
        alt = r.get("alternatives")
        if not alt:
            continue
        dump = alt.get("dump", {})
        for key, label in (("embedded_store", "embedded store (Oxigraph bulk_load, on disk)"),
                           ("rdflib_nquads", "rdflib Dataset (memory) ← N-Quads"), ("rdflib_turtle", "rdflib Graph (memory) ← Turtle")):
            a = alt.get(key)
            if a is None:
                if _err(dump):
                    rows.append([size, label, _err(dump) or "", "", "", "", ""])
                continue
            file_mib = dump.get("nquads_mib") if key != "rdflib_turtle" else dump.get("turtle_mib")
            owns = (a.get("owns_note") or (f"> {a['owns_timeout_s']} s (stopped)" if "owns_timeout_s" in a else None)
                    or _f(a.get("owns_median_ms")))
            rows.append([size, label, _err(a) or _f(a["load_seconds"], 2), _err(a) or owns,
                         _err(a) or str(a.get("owns_rows", "–")), _err(a) or _f(a["peak_rss_mib"], 0), _f(file_mib, 0)])
    if rows:
        out.append(("Same graph from a file: load, then the owns query (agency=市科委)",
                    ["docs", "engine", "load s", "owns median ms", "owns rows", "peak MiB", "file MiB"], rows))

    rows = []
    for size, r in by_size.items():
        n = r.get("neo4j")
        if n is None:
            continue
        if _err(n):
            rows.append([size, _err(n) or "", "", "", "", ""])
            continue
        for key, label in (("per_row_sample", "per-row MERGE (batch_size=1), sample"), ("unwind_sample", "UNWIND batches of 1000, sample"),
                           ("unwind_full", "push_store (policykg neo4j push), whole store"), ("unwind_full_again", "push again, unchanged")):
            p = n.get(key)
            if p:
                rows.append([size, label, str(p["nodes"]), str(p["relationships"]), _f(p["seconds"], 2), _f(p["rows_per_s"], 0)])
    if rows:
        out.append(("Neo4j push over Bolt (kg.neo4j.push_graph / push_store; FalkorDB server)",
                    ["docs", "variant", "nodes", "relationships", "s", "rows/s"], rows))

    t = results.get("targets", {})
    rows = []
    for key, v in t.items():
        if key == "linearity_10000_vs_1000":
            rows.append([key, v["target"], ", ".join(f"{k} ×{x:.1f}" for k, x in v["measured"].items()), ""])
        else:
            rows.append([key, v["target"], _f(v.get("measured")) + (f" ({v['slowest']})" if v.get("slowest") else ""),
                         "met" if v.get("met") else "not met"])
    if rows:
        out.append(("Targets (issue #7)", ["target", "want", "measured", ""], rows))

    prof = results.get("profile")
    if prof and "extract" in prof:
        rows = []
        for phase in ("extract", "ingest"):
            for h in prof[phase]["top"][:10]:
                rows.append([phase, h["function"], h["where"], _f(h["self_s"], 2), f"{h['share'] * 100:.0f}%"])
        out.append((f"Hot spots at {prof['size']} documents ({prof['tool']}, self time)",
                    ["path", "function", "where", "self s", "share"], rows))
    return out


def print_report(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 180))
    m = results.get("machine", {})
    console.print(f"[bold]policy-kg benchmark[/] · {m.get('nproc')} cores · {m.get('cpu')} · Python {m.get('python')} · "
                  f"git {m.get('git_head')} · load avg {m.get('loadavg_start')}")
    for title, header, rows in tables(results):
        table = Table(title=title, title_justify="left")
        for h in header:
            table.add_column(h)
        for row in rows:
            table.add_row(*row)
        console.print(table)
    for note in results.get("notes", []):
        console.print(f"note: {note}")


def markdown(results: dict[str, Any]) -> str:
    parts = []
    for title, header, rows in tables(results):
        parts.append(f"**{title}**\n")
        parts.append("| " + " | ".join(header) + " |")
        parts.append("|" + "---|" * len(header))
        parts += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    if "--markdown" in sys.argv:
        print(markdown(data))
    else:
        print_report(data)
