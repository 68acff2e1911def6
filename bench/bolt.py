"""Neo4j / Bolt load rate: ``kg.neo4j.push_graph`` with batched UNWIND vs one row per write.

The per-row variant is the same push with ``batch_size=1`` (one ``UNWIND`` of one row per
``execute_write``, i.e. a MERGE per node and per relationship), on the first ``sample_docs``
documents only: it is two orders of magnitude slower, so the whole graph would take hours.
The batched push runs on that same sample (like for like) and on the whole graph.

Also here: starting and stopping a throw-away FalkorDB with ``.ci/start-falkordb.sh`` on free
ports, when no server is given in ``$POLICYKG_BENCH_BOLT_URI``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
START_SCRIPT = REPO / ".ci" / "start-falkordb.sh"


def _free_port(taken: int = 0) -> int:
    """A free TCP port in 20000..32767 (FalkorDB 4.18 ignores Bolt ports above 32767)."""
    import random

    rng = random.Random(os.getpid())
    for _ in range(200):
        port = rng.randint(20000, 32767)
        with socket.socket() as s:
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                continue
        if port != taken:
            return port
    raise OSError("no free port in 20000..32767")


def start_server() -> tuple[dict[str, str] | None, str]:
    """(connection settings, note).  Settings are None when no server could be started."""
    if not START_SCRIPT.exists():
        return None, f"{START_SCRIPT.relative_to(REPO)} not found"
    env = dict(os.environ)
    redis_port = _free_port()
    env.update(FALKORDB_PORT=str(redis_port), FALKORDB_BOLT_PORT=str(_free_port(taken=redis_port)),
               FALKORDB_DIR=f"/tmp/policykg-bench-falkordb-{os.getpid()}", FALKORDB_PASSWORD="policykg-bench")
    done = subprocess.run(["bash", str(START_SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        return None, f"start-falkordb.sh failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}"
    exports = dict(line.removeprefix("export ").split("=", 1) for line in done.stdout.splitlines() if line.startswith("export "))
    return {
        "uri": exports["POLICYKG_TEST_BOLT_URI"], "user": "falkordb", "password": exports["POLICYKG_TEST_BOLT_PASSWORD"],
        "falkordb_dir": env["FALKORDB_DIR"], "started": "yes",
    }, f"started FalkorDB with .ci/start-falkordb.sh at {exports['POLICYKG_TEST_BOLT_URI']}"


def stop_server(settings: dict[str, str]) -> None:
    if settings.get("started"):
        env = dict(os.environ, FALKORDB_DIR=settings["falkordb_dir"])
        subprocess.run(["bash", str(START_SCRIPT), "stop"], env=env, capture_output=True, timeout=60)
        import shutil

        shutil.rmtree(settings["falkordb_dir"], ignore_errors=True)


def server_from_env() -> dict[str, str] | None:
    uri = os.environ.get("POLICYKG_BENCH_BOLT_URI")
    if not uri:
        return None
    return {"uri": uri, "user": os.environ.get("POLICYKG_BENCH_BOLT_USER", "falkordb"),
            "password": os.environ.get("POLICYKG_BENCH_BOLT_PASSWORD", "")}


def _subset(data: Any, documents: list[str]) -> Any:
    from kg.graph import GraphData

    from dataclasses import replace

    keep = set(documents)
    # a node's document list is cut to the sample too: push_graph treats every listed document as
    # one to (re)write, so the full list would make the sample push rewrite the whole corpus
    nodes = {k: replace(n, documents=[d for d in n.documents if d in keep])
             for k, n in data.nodes.items() if keep.intersection(n.documents)}
    edges = [e for e in data.edges if e.document in keep and e.subject in nodes and e.object in nodes]
    return GraphData(nodes, edges)


def _rejects_apostrophes(driver: Any) -> bool:
    """FalkorDB 4.18's Bolt layer fails on any string parameter holding ' (checked: ``RETURN $t``
    with ``t = "it's"`` gives ``DatabaseError``; ``"it\\'s"`` comes back as ``it's``)."""
    try:
        with driver.session() as session:
            session.run("RETURN $t AS t", {"t": "it's"}).consume()
        return False
    except Exception:  # noqa: BLE001 - the server's generic error is the finding
        return True


def _without_apostrophes(data: Any) -> tuple[Any, int]:
    """The graph with ' replaced by ’ in every string (and how many strings changed)."""
    from dataclasses import replace

    from kg.graph import GraphData

    changed = 0

    def fix(value: Any) -> Any:
        nonlocal changed
        if isinstance(value, str) and "'" in value:
            changed += 1
            return value.replace("'", "’")
        if isinstance(value, list):
            return [fix(v) for v in value]
        return value

    nodes = {k: replace(n, name=fix(n.name), aliases=fix(n.aliases), properties={p: fix(v) for p, v in n.properties.items()})
             for k, n in data.nodes.items()}
    edges = [replace(e, evidence=[replace(ev, text=fix(ev.text)) for ev in e.evidence]) for e in data.edges]
    return GraphData(nodes, edges), changed


def _wipe(driver: Any) -> None:
    with driver.session() as session:
        session.run("MATCH (n) DETACH DELETE n").consume()


def _push(data: Any, driver: Any, batch_size: int) -> dict[str, Any]:
    from kg.neo4j import push_graph

    report = push_graph(data, driver, batch_size=batch_size)
    rows = report.nodes + report.relationships
    return {"nodes": report.nodes, "relationships": report.relationships, "rows": rows, "seconds": report.seconds,
            "rows_per_s": rows / report.seconds if report.seconds else 0.0, "dialect": report.dialect}


def measure(args: dict[str, Any]) -> dict[str, Any]:
    """Run in its own process (see bench.phases): read the graph from the store, push it."""
    from kg.graph import read_graph
    from kg.neo4j import connect, documents_of
    from kg.store import GraphStore

    store = GraphStore(Path(args["store"]), read_only=True)
    t0 = time.perf_counter()
    data = read_graph(store)
    read_seconds = time.perf_counter() - t0
    driver = connect(args["uri"], args["user"], args["password"])
    out: dict[str, Any] = {"read_graph_seconds": read_seconds, "graph_nodes": len(data.nodes), "graph_edges": len(data.edges)}
    if _rejects_apostrophes(driver):
        data, changed = _without_apostrophes(data)
        out["apostrophes_replaced"] = changed
        if changed:
            out["note"] = (f"server rejects string parameters containing ' (FalkorDB Bolt bug); {changed} strings "
                           "had ' replaced by ’ so the push could be timed")
    try:
        sample = _subset(data, documents_of(data)[: int(args.get("sample_docs", 50))])
        _wipe(driver)
        out["per_row_sample"] = _push(sample, driver, 1)
        _wipe(driver)
        out["unwind_sample"] = _push(sample, driver, int(args.get("batch_size", 1000)))
        if args.get("full", True):
            _wipe(driver)
            out["unwind_full"] = _push(data, driver, int(args.get("batch_size", 1000)))
            out["unwind_full_again"] = _push(data, driver, int(args.get("batch_size", 1000)))  # unchanged: writes nothing
        _wipe(driver)
    finally:
        driver.close()
    return out
