"""Neo4j / Bolt load rate: batched UNWIND vs one row per write, and the push from the store.

The per-row variant is ``kg.neo4j.push_graph`` with ``batch_size=1`` (one ``UNWIND`` of one row
per ``execute_write``, i.e. a MERGE per node and per relationship), on the first ``sample_docs``
documents only: it is two orders of magnitude slower, so the whole graph would take hours.
The batched push runs on that same sample (like for like).  The whole graph goes through
``kg.neo4j.push_store`` (what ``policykg neo4j push`` runs), then again unchanged.

Also here: starting and stopping a throw-away FalkorDB with ``.ci/start-falkordb.sh`` on free
ports, when no server is given in ``$POLICYKG_BENCH_BOLT_URI``.
"""

from __future__ import annotations

import os
import socket
import subprocess
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
    """Run in its own process (see bench.phases): push from the store, as ``policykg neo4j push`` does."""
    from kg.graph import read_documents
    from kg.neo4j import connect, push_store
    from kg.store import GraphStore

    store = GraphStore(Path(args["store"]), read_only=True)
    driver = connect(args["uri"], args["user"], args["password"])
    out: dict[str, Any] = {}
    try:
        documents = store.document_ids()[: int(args.get("sample_docs", 50))]
        sample = _subset(read_documents(store, documents), documents)
        _wipe(driver)
        out["per_row_sample"] = _push(sample, driver, 1)
        _wipe(driver)
        out["unwind_sample"] = _push(sample, driver, int(args.get("batch_size", 1000)))
        if args.get("full", True):
            _wipe(driver)
            out["unwind_full"] = _push_store(push_store, store, driver, int(args.get("batch_size", 1000)))
            out["unwind_full_again"] = _push_store(push_store, store, driver, int(args.get("batch_size", 1000)))  # unchanged
        _wipe(driver)
    finally:
        driver.close()
    return out


def _push_store(push_store: Any, store: Any, driver: Any, batch_size: int) -> dict[str, Any]:
    report = push_store(store, driver, batch_size=batch_size)
    rows = report.nodes + report.relationships
    return {"nodes": report.nodes, "relationships": report.relationships, "rows": rows, "seconds": report.seconds,
            "rows_per_s": rows / report.seconds if report.seconds else 0.0, "dialect": report.dialect,
            "documents_replaced": len(report.documents_replaced)}
