"""Run the benchmark: build corpora, measure every phase in its own process, print and save.

    python -m bench --sizes 100,1000,10000 --workers 2
    python -m bench --sizes 100,1000 --skip-neo4j --out /tmp/quick.json

See ``bench/README.md`` for what is measured and the results on this machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_SHARED, build_corpus

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"

# Targets from issue #7 (reported against, never asserted).
TARGET_EXTRACT_DOCS_PER_CORE = 200.0
TARGET_INGEST_SECONDS = 120.0
TARGET_RSS_MIB = 2048.0
TARGET_QUERY_MS = 200.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="corpus sizes, comma-separated (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=None, help="result JSON (default: bench/results/<timestamp>.json)")
    parser.add_argument("--skip-neo4j", action="store_true", help="do not measure the Bolt/Neo4j load")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes for the parallel-ingest variant (default: %(default)s = cores; 1 skips it)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="folder holding seed/ and corpus/ (default: ../shared next to the repo)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default: %(default)s)")
    parser.add_argument("--query-runs", type=int, default=5, help="runs per named query; the median is reported")
    parser.add_argument("--profile-size", type=int, default=1000, help="profile extract and ingest at this size (0: skip)")
    parser.add_argument("--query-timeout", type=float, default=120.0, help="seconds before one query is stopped (default: %(default)s)")
    parser.add_argument("--skip-rdflib", action="store_true", help="do not run the rdflib comparison")
    parser.add_argument("--rdflib-max-size", type=int, default=1000,
                        help="largest size for the rdflib comparison (rdflib needs ~1 GiB and minutes per 1,000 documents; default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep corpora and stores in --workdir")
    parser.add_argument("--neo4j-sample-docs", type=int, default=50, help="documents in the per-row vs UNWIND sample")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before a phase is stopped and reported as such")
    parser.add_argument("--workdir", type=Path, default=None, help="keep corpora and stores here (default: a temp dir, removed)")
    return parser.parse_args(argv)


# -- running phases ---------------------------------------------------------------------------------
def run_phase(name: str, args: dict[str, Any], workdir: Path, timeout: float) -> dict[str, Any]:
    """One phase in a fresh interpreter (own peak RSS); a timeout or crash becomes ``{"error": …}``."""
    result_file = workdir / f"result-{name}-{time.monotonic_ns()}.json"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.phases", name, json.dumps(args, ensure_ascii=False), str(result_file)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the phase and its pool workers: our own process group
        proc.communicate()
        return {"error": f"stopped after {timeout:.0f} s", "timeout": True, "process_seconds": time.perf_counter() - started}
    if proc.returncode != 0 or not result_file.exists():
        last = (stderr or "").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        return {"error": last[0][:300], "process_seconds": time.perf_counter() - started}
    result = json.loads(result_file.read_text(encoding="utf-8"))
    result_file.unlink()
    result["process_seconds"] = time.perf_counter() - started
    return result


def run_profile(corpus: Path, out_dir: Path, timeout: float) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    try:
        done = subprocess.run([sys.executable, "-m", "bench.profile", str(corpus), str(out_dir)], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"stopped after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout)


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- the environment ----------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    def sh(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
        except OSError:
            return ""

    versions = {}
    for package in ("pyoxigraph", "rdflib", "neo4j", "networkx", "pyvis", "ahocorasick-rs", "pyinstrument"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            pass
    dirty = sh("git", "-C", str(REPO), "status", "--short", "--untracked-files=no")
    return {
        "nproc": sh("nproc"), "free_h": sh("free", "-h"), "python": platform.python_version(),
        "platform": platform.platform(), "cpu": _cpu_model(), "versions": versions,
        "git_head": sh("git", "-C", str(REPO), "rev-parse", "--short", "HEAD"),
        "git_dirty": dirty.splitlines(), "loadavg_start": os.getloadavg(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


# -- the benchmark ----------------------------------------------------------------------------------
def bench(opts: argparse.Namespace) -> dict[str, Any]:
    sizes = sorted({int(s) for s in opts.sizes.split(",") if s.strip()})
    workdir = opts.workdir or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "command": " ".join(["python -m bench", *sys.argv[1:]]),
        "started": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(), "sizes": sizes, "workers": opts.workers, "shared": str(opts.shared),
        "by_size": {}, "notes": [],
    }
    bolt, bolt_note = _bolt_server(opts)
    if bolt_note:
        results["notes"].append(bolt_note)
    viz_available = _has_module("kg.viz")
    if not viz_available:
        results["notes"].append("kg.viz not found: viz --focus not measured")
    try:
        for size in sizes:
            if bolt and bolt.get("started") and size != sizes[0]:
                bolt = _fresh_server(bolt)  # a size's push never starts on a server an earlier size wore out
            results["by_size"][str(size)] = _bench_size(size, opts, workdir, bolt, viz_available, size == sizes[-1])
            _save(results, opts)
        if opts.profile_size:
            corpus = workdir / f"corpus-{opts.profile_size}"
            if not corpus.exists():
                build_corpus(opts.shared, opts.profile_size, corpus, opts.seed)
            _log(f"profiling extract and ingest at {opts.profile_size} documents")
            profile_dir = _out_path(opts).with_suffix("")
            results["profile"] = {"size": opts.profile_size, **run_profile(corpus, profile_dir, opts.timeout * 2)}
    finally:
        if bolt:
            from bench.bolt import stop_server

            stop_server(bolt)
        if opts.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    results["machine"]["loadavg_end"] = os.getloadavg()
    results["finished"] = dt.datetime.now().isoformat(timespec="seconds")
    results["targets"] = targets(results)
    _save(results, opts)
    return results


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _bolt_server(opts: argparse.Namespace) -> tuple[dict[str, str] | None, str]:
    if opts.skip_neo4j:
        return None, "Neo4j load not measured (--skip-neo4j)"
    if not _has_module("kg.neo4j"):
        return None, "kg.neo4j not found: Neo4j load not measured"
    from bench.bolt import server_from_env, start_server

    given = server_from_env()
    if given:
        return given, f"Bolt server from $POLICYKG_BENCH_BOLT_URI: {given['uri']}"
    settings, note = start_server()
    return settings, note if settings else f"no Bolt server ($POLICYKG_BENCH_BOLT_URI unset; {note}): Neo4j load not measured"


def _fresh_server(bolt: dict[str, str]) -> dict[str, str] | None:
    """Stop the throw-away server this run started and start another."""
    from bench.bolt import start_server, stop_server

    stop_server(bolt)
    settings, _ = start_server()
    return settings


def _bench_size(size: int, opts: argparse.Namespace, workdir: Path, bolt: dict[str, str] | None,
                viz_available: bool, largest: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    corpus = workdir / f"corpus-{size}"
    if corpus.exists():
        shutil.rmtree(corpus)
    _log(f"{size}: building corpus")
    info = build_corpus(opts.shared, size, corpus, opts.seed)
    out["corpus"] = {"documents": info.documents, "templates": info.templates, "characters": info.characters,
                     "mib": info.bytes / 2**20, "build_seconds": info.build_seconds}
    store = workdir / f"store-{size}"
    shutil.rmtree(store, ignore_errors=True)

    _log(f"{size}: extract only")
    out["extract"] = run_phase("extract", {"corpus": str(corpus)}, workdir, opts.timeout)
    _log(f"{size}: ingest → embedded store")
    out["ingest"] = run_phase("ingest", {"corpus": str(corpus), "store": str(store), "workers": opts.workers},
                              workdir, opts.timeout)
    if opts.workers > 1:
        single_store = workdir / f"store-{size}-single"
        _log(f"{size}: ingest with extraction in the writing process (--workers 1)")
        out["ingest_single"] = run_phase("ingest", {"corpus": str(corpus), "store": str(single_store), "workers": 1},
                                         workdir, opts.timeout)
        shutil.rmtree(single_store, ignore_errors=True)
    if "error" in out["ingest"]:
        return out  # nothing to query

    out["queries"] = _queries(size, store, workdir, opts, unfiltered=False)
    if largest:
        out["queries_unfiltered"] = _queries(size, store, workdir, opts, unfiltered=True, skip=[
            name for name, row in out["queries"].items() if isinstance(row, dict) and row.get("timeout")])
    if viz_available:
        _log(f"{size}: viz --focus")
        out["viz"] = run_phase("viz", {"store": str(store), "output": str(workdir / f"viz-{size}.html")}, workdir, opts.timeout)
    if not opts.skip_rdflib and size <= opts.rdflib_max_size:
        out["alternatives"] = _alternatives(size, store, workdir, opts)
    if bolt:
        _log(f"{size}: Neo4j push over Bolt")
        out["neo4j"] = run_phase("neo4j", {"store": str(store), "uri": bolt["uri"], "user": bolt["user"],
                                           "password": bolt["password"], "sample_docs": opts.neo4j_sample_docs},
                                 workdir, opts.timeout)
    if not opts.keep:
        shutil.rmtree(store, ignore_errors=True)
        if size != opts.profile_size:  # the profile runs on this corpus at the end
            shutil.rmtree(corpus, ignore_errors=True)
    return out


def _queries(size: int, store: Path, workdir: Path, opts: argparse.Namespace, unfiltered: bool,
             skip: list[str] = ()) -> dict[str, Any]:
    """Every named query in its own process, with realistic parameters (or none: all rows)."""
    from bench.phases import QUERY_PARAMS
    from queries import load_queries

    out: dict[str, Any] = {}
    for name, named in load_queries().items():
        if unfiltered and (name in skip or any(p.required for p in named.params)):
            continue
        params = {} if unfiltered else QUERY_PARAMS.get(name, {})
        args = {"store": str(store), "name": name, "params": params, "runs": opts.query_runs, "budget": 30}
        _log(f"{size}: query {name} {params or '(no parameters)'}")
        out[name] = run_phase("query", args, workdir, opts.query_timeout)
        out[name].setdefault("params", params)
    return out


def _alternatives(size: int, store: Path, workdir: Path, opts: argparse.Namespace) -> dict[str, Any]:
    """The same graph from a file: rdflib in memory (N-Quads → Dataset, Turtle → Graph) vs the embedded store."""
    nquads, turtle = workdir / f"graph-{size}.nq", workdir / f"graph-{size}.ttl"
    _log(f"{size}: dumping the store for the rdflib comparison")
    out: dict[str, Any] = {"dump": run_phase("dump", {"store": str(store), "nquads": str(nquads), "turtle": str(turtle)},
                                             workdir, opts.timeout)}
    if "error" not in out["dump"]:
        ox_store = workdir / f"oxigraph-{size}"
        _log(f"{size}: embedded store bulk_load + owns")
        out["embedded_store"] = run_phase("load_oxigraph", {"file": str(nquads), "store": str(ox_store)}, workdir, opts.timeout)
        shutil.rmtree(ox_store, ignore_errors=True)
        _log(f"{size}: rdflib Dataset from N-Quads + owns")
        out["rdflib_nquads"] = run_phase("load_rdflib", {"file": str(nquads), "format": "nquads"}, workdir, opts.timeout)
        _log(f"{size}: rdflib Graph from Turtle + owns")
        out["rdflib_turtle"] = run_phase("load_rdflib", {"file": str(turtle), "format": "turtle"}, workdir, opts.timeout)
    for path in (nquads, turtle):
        path.unlink(missing_ok=True)
    return out


def targets(results: dict[str, Any]) -> dict[str, Any]:
    """The issue's targets, with what was measured (None when not measured)."""
    by_size = results["by_size"]
    sizes = [int(s) for s in by_size]
    largest = str(max(sizes)) if sizes else None
    out: dict[str, Any] = {}
    rate = by_size[largest].get("extract", {}).get("docs_per_cpu_s") if largest else None  # start-up amortised
    out[f"extract_docs_per_cpu_s_at_{largest}"] = {"target": f">= {TARGET_EXTRACT_DOCS_PER_CORE:.0f}", "measured": rate,
                                                  "met": rate is not None and rate >= TARGET_EXTRACT_DOCS_PER_CORE}
    if "10000" in by_size:
        ingest = by_size["10000"].get("ingest", {})
        out["ingest_10000_seconds"] = {"target": f"< {TARGET_INGEST_SECONDS:.0f}", "measured": ingest.get("seconds"),
                                       "met": ingest.get("seconds", 1e9) < TARGET_INGEST_SECONDS}
        out["ingest_10000_peak_rss_mib"] = {"target": f"< {TARGET_RSS_MIB:.0f}", "measured": ingest.get("peak_rss_mib"),
                                            "met": ingest.get("peak_rss_mib", 1e9) < TARGET_RSS_MIB}
    if largest:
        q = {k: v["median_ms"] for k, v in by_size[largest].get("queries", {}).items() if isinstance(v, dict) and "median_ms" in v}
        queries = by_size[largest].get("queries", {})
        stopped = [k for k, v in queries.items() if isinstance(v, dict) and "error" in v]
        out[f"query_ms_at_{largest}"] = {"target": f"< {TARGET_QUERY_MS:.0f} each",
                                         "measured": max(q.values()) if q else None,
                                         "slowest": ", ".join(stopped) + " stopped" if stopped else (max(q, key=q.get) if q else None),
                                         "met": bool(q) and not stopped and max(q.values()) < TARGET_QUERY_MS}
    if "1000" in by_size and "10000" in by_size:
        ratios = {}
        for phase in ("extract", "ingest", "ingest_single", "viz"):
            a, b = by_size["1000"].get(phase, {}), by_size["10000"].get(phase, {})
            if "seconds" in a and "seconds" in b:
                ratios[phase] = b["seconds"] / a["seconds"]
        qa, qb = by_size["1000"].get("queries", {}), by_size["10000"].get("queries", {})
        for name, row in qb.items():
            if isinstance(row, dict) and "median_ms" in row and "median_ms" in qa.get(name, {}):
                ratios[f"query {name}"] = row["median_ms"] / max(qa[name]["median_ms"], 1e-6)
        out["linearity_10000_vs_1000"] = {"target": "≈ 10 (linear)", "measured": ratios}
    return out


def _out_path(opts: argparse.Namespace) -> Path:
    if opts.out is None:
        opts.out = RESULTS / f"{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    return opts.out


def _save(results: dict[str, Any], opts: argparse.Namespace) -> None:
    path = _out_path(opts)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    opts = parse_args(argv)
    results = bench(opts)
    from bench.report import print_report

    print_report(results)
    print(f"\nresults: {_out_path(opts)}")


if __name__ == "__main__":
    main()
