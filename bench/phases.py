"""The measured phases.  Each runs in its own process (``python -m bench.phases NAME ARGS_JSON
RESULT_JSON``) so its peak RSS is its own; :mod:`bench.run` starts them and collects the results.

Every phase returns a dict; the runner adds ``peak_rss_mib`` (this process, from
``getrusage``), ``children_peak_rss_mib`` (largest finished child, e.g. a pool worker) and
``baseline_rss_mib`` (after imports, before the work).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Realistic parameters for the named queries: names that occur in the real documents (and so in
# every corpus), as a user would type them.
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "owns": {"agency": "市科委"},
    "measures_of_agency": {"agency": "市科委"},
    "policies_cited": {"agency": "市科委"},
    "co_owners": {"agency": "市科委"},
    "figures": {"document": "沪科建复〔2025〕40号"},
    "replies_by_deputy": {"deputy": "贺仁龙"},
    "mentions": {"name": "上海技术交易所"},
}
VIZ_FOCUS = "上海技术交易所"
MIB = 1024 * 1024


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB


def _peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _read_all(corpus: Path) -> tuple[list[tuple[Path, Any]], float]:
    from loaders.read import iter_document_paths, read_document

    started = time.perf_counter()
    docs = [(p, read_document(p)) for p in iter_document_paths([corpus])]
    return docs, time.perf_counter() - started


# -- extract only --------------------------------------------------------------------------------
def extract(args: dict[str, Any]) -> dict[str, Any]:
    """read (untimed in the rate) → extract_text → resolve → extraction_nquads, one process."""
    from kg.rdf import extraction_nquads
    from kg.resolve import resolve
    from loaders.extract import extract_text, source_name
    from loaders.gazetteer import load

    load()  # the gazetteer is read once per process; not a per-document cost
    docs, read_seconds = _read_all(Path(args["corpus"]))
    t_extract = t_resolve = t_quads = 0.0
    quads = entities = relations = 0
    cpu_started = time.process_time()
    started = time.perf_counter()
    for path, raw in docs:
        t0 = time.perf_counter()
        extraction = extract_text(raw.text, source_name(path), raw.sha256)
        t1 = time.perf_counter()
        extraction = resolve(extraction)
        t2 = time.perf_counter()
        quads += extraction_nquads(extraction).count(b"\n")
        t3 = time.perf_counter()
        t_extract += t1 - t0
        t_resolve += t2 - t1
        t_quads += t3 - t2
        entities += len(extraction.entities)
        relations += len(extraction.relations)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    return {
        "documents": len(docs), "seconds": seconds, "read_seconds": read_seconds, "cpu_seconds": cpu_seconds,
        "docs_per_cpu_s": len(docs) / cpu_seconds,
        "docs_per_s": len(docs) / seconds, "triples": quads, "triples_per_s": quads / seconds,
        "entities": entities, "relations": relations,
        "split_seconds": {"extract_text": t_extract, "resolve": t_resolve, "extraction_nquads": t_quads},
    }


# -- ingest into the embedded store ------------------------------------------------------------
def ingest(args: dict[str, Any]) -> dict[str, Any]:
    """kg.pipeline.ingest of the corpus folder into a fresh GraphStore (wall time includes reading).

    ``workers`` as in ``policykg ingest --workers`` (default: one per CPU).  ``cpu_seconds`` is
    this process (writing, RocksDB threads); ``workers_cpu_seconds`` the extraction workers.
    """
    from kg.pipeline import ingest as pipeline_ingest
    from kg.store import GraphStore
    from loaders.gazetteer import load

    load()
    store_dir = Path(args["store"])
    cpu_started = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    store = GraphStore(store_dir)
    report = pipeline_ingest([Path(args["corpus"])], store, workers=args.get("workers"))
    stored = len(store)
    store.close()
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = (children_after.ru_utime + children_after.ru_stime) - (children.ru_utime + children.ru_stime)
    loaded = report.with_status("loaded")
    quads = sum(o.quads for o in loaded)
    return {
        "documents": len(loaded), "failed": len(report.failed), "seconds": seconds, "cpu_seconds": cpu_seconds,
        "workers_cpu_seconds": workers_cpu,
        "quads_in_store": stored,
        "docs_per_s": len(loaded) / seconds, "triples": quads, "triples_per_s": quads / seconds,
        "store_mib": _du(store_dir) / MIB, "failures": [o.reason for o in report.failed[:5]],
    }


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# -- named queries ---------------------------------------------------------------------------------
def query(args: dict[str, Any]) -> dict[str, Any]:
    """One named query, up to ``runs`` times (fewer once ``budget`` seconds are spent): the median.

    One process per query, so a query that never finishes at a size can be stopped (Oxigraph
    cannot be interrupted from Python while it evaluates) without losing the others.
    """
    from kg.store import GraphStore
    from queries import load_queries

    named = load_queries()[args["name"]]
    params = args["params"]
    store = GraphStore(Path(args["store"]), read_only=True)
    times: list[float] = []
    rows: list[dict[str, Any]] = []
    while len(times) < int(args.get("runs", 5)) and sum(times) < float(args.get("budget", 30)):
        t0 = time.perf_counter()
        rows = named.select(store, params)
        times.append(time.perf_counter() - t0)
    digest = hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()
    return {"params": params, "rows": len(rows), "rows_sha256": digest, "runs": len(times),
            "median_ms": statistics.median(times) * 1000, "first_ms": times[0] * 1000, "max_ms": max(times) * 1000}


# -- rdflib vs the embedded store, same data -------------------------------------------------------
def dump(args: dict[str, Any]) -> dict[str, Any]:
    """Write the stored graph as N-Quads (graphs kept) and Turtle (union) for the comparisons."""
    from kg.store import GraphStore

    store = GraphStore(Path(args["store"]), read_only=True)
    out: dict[str, Any] = {}
    for fmt, key in (("nquads", "nquads"), ("ttl", "turtle")):
        t0 = time.perf_counter()
        data = store.dump(fmt)
        Path(args[key]).write_bytes(data)
        out[f"{key}_seconds"] = time.perf_counter() - t0
        out[f"{key}_mib"] = len(data) / MIB
    return out


# The owns question in plain SPARQL 1.1 (the shipped queries/owns.rq uses Oxigraph's LATERAL,
# which rdflib cannot parse): both engines answer this same text, like for like.
PORTABLE_OWNS = """
SELECT DISTINCT ?agency ?role ?measure ?commitment ?document ?doc_number ?source ?agency_name WHERE {
  GRAPH ?g {
    ?a ?p ?m .
    VALUES (?p ?role) { (pk:owns "owns") (pk:coOwns "co_owns") }
    FILTER(STR(?agency_name) = "" || EXISTS { ?a skos:prefLabel|skos:altLabel ?label . FILTER(STR(?label) = STR(?agency_name)) })
    ?d a pk:Document ; skos:prefLabel ?document ; pk:source ?source .
    OPTIONAL { ?d pk:docNumber ?doc_number }
    ?a skos:prefLabel ?agency .
    ?m skos:prefLabel ?measure .
    OPTIONAL { ?m pk:commitment ?commitment }
  }
}
ORDER BY ?agency ?source ?measure ?role ?commitment
"""


def _owns_query() -> tuple[str, dict[str, str]]:
    from queries import get_query

    return PORTABLE_OWNS, get_query("owns").bindings(QUERY_PARAMS["owns"])


def _strip_graph(sparql: str) -> str:
    """The owns query without ``GRAPH ?g { … }`` (a Turtle file has one graph: the union)."""
    import re

    return re.sub(r"GRAPH \?g \{", "{", sparql)


def load_rdflib(args: dict[str, Any]) -> dict[str, Any]:
    """rdflib in memory: parse the file, answer ``owns`` (median of ``runs``)."""
    import rdflib
    from rdflib import Literal, Variable

    from ontology import PREFIXES

    fmt = args["format"]  # "nquads" → Dataset(default_union); "turtle" → Graph
    sparql, bindings = _owns_query()
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    t0 = time.perf_counter()
    if fmt == "nquads":
        graph = rdflib.Dataset(default_union=True)
        graph.parse(args["file"], format="nquads")
    else:
        graph = rdflib.Graph()
        graph.parse(args["file"], format="turtle")
        sparql = _strip_graph(sparql)
    load_seconds = time.perf_counter() - t0
    out: dict[str, Any] = {"load_seconds": load_seconds, "triples": len(graph)}
    if fmt != "nquads":
        # owns joins measure and document through GRAPH ?g; a Turtle file has no graphs, and
        # without them the query is a cross product.  Turtle is compared on loading only.
        out["owns_note"] = "not run: Turtle has no document graphs"
        return out
    init = {Variable(k): Literal(v) for k, v in bindings.items()}
    budget = int(args.get("query_budget", 60))
    times, rows = [], 0

    def stop(*_: object) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, stop)  # rdflib is pure Python: the alarm interrupts it
    try:
        for _ in range(int(args.get("runs", 3))):
            signal.alarm(budget)
            t0 = time.perf_counter()
            rows = len(list(graph.query(header + sparql, initBindings=init)))
            times.append(time.perf_counter() - t0)
            signal.alarm(0)
            if sum(times) > budget:
                break
    except TimeoutError:
        out["owns_timeout_s"] = budget
        return out
    out.update(owns_rows=rows, owns_median_ms=statistics.median(times) * 1000, owns_first_ms=times[0] * 1000)
    return out


def load_oxigraph(args: dict[str, Any]) -> dict[str, Any]:
    """The embedded store: bulk-load the N-Quads file into a fresh on-disk store, answer ``owns``."""
    import pyoxigraph

    from kg.store import GraphStore

    sparql, bindings = _owns_query()
    t0 = time.perf_counter()
    raw = pyoxigraph.Store(args["store"])
    raw.bulk_load(path=args["file"], format=pyoxigraph.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    load_seconds = time.perf_counter() - t0
    store = GraphStore(Path(args["store"]), read_only=True)
    times, rows = [], 0
    for _ in range(int(args.get("runs", 5))):
        t0 = time.perf_counter()
        rows = len(store.select(sparql, bindings))
        times.append(time.perf_counter() - t0)
    return {"load_seconds": load_seconds, "triples": len(store), "owns_rows": rows,
            "owns_median_ms": statistics.median(times) * 1000, "owns_first_ms": times[0] * 1000}


# -- viz ---------------------------------------------------------------------------------------------
def viz(args: dict[str, Any]) -> dict[str, Any]:
    """``policykg viz --focus`` through its library function (kg.viz.write_graph_page)."""
    from kg import viz as kgviz
    from kg.store import GraphStore

    store = GraphStore(Path(args["store"]), read_only=True)
    t0 = time.perf_counter()
    result = kgviz.write_graph_page(store, Path(args["output"]), focus=args.get("focus", VIZ_FOCUS), depth=int(args.get("depth", 2)))
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "nodes": result.nodes, "edges": result.edges, "focus": args.get("focus", VIZ_FOCUS),
            "page_mib": Path(args["output"]).stat().st_size / MIB}


# -- Neo4j / Bolt ------------------------------------------------------------------------------------
def neo4j(args: dict[str, Any]) -> dict[str, Any]:
    from bench.bolt import measure

    return measure(args)


PHASES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "extract": extract, "ingest": ingest, "query": query,
    "dump": dump, "load_rdflib": load_rdflib, "load_oxigraph": load_oxigraph, "viz": viz, "neo4j": neo4j,
}


def main(argv: list[str]) -> None:
    name, args_json, result_path = argv
    args = json.loads(args_json)
    import kg.pipeline  # noqa: F401  (the baseline is "python + policy-kg imported")
    import kg.rdf  # noqa: F401

    baseline = _rss_mib()
    result = PHASES[name](args)
    result["peak_rss_mib"] = _peak_mib()
    result["children_peak_rss_mib"] = _peak_mib(resource.RUSAGE_CHILDREN)
    result["baseline_rss_mib"] = baseline
    Path(result_path).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
