"""Profile the extract and ingest paths (pyinstrument if installed, else cProfile).

``python -m bench.profile CORPUS_DIR OUT_DIR`` writes ``extract.txt`` / ``ingest.txt`` (the call
tree, or cProfile's listing) and prints the top hot spots by self time as JSON, which
:mod:`bench.run` stores in the results.  Native time (Oxigraph's Rust code) shows up as the
self time of the Python call that entered it, e.g. ``Store.update``.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

TOP = 15


def _extract_path_work(corpus: Path) -> Callable[[], None]:
    from kg.rdf import extraction_nquads
    from kg.resolve import resolve
    from loaders.extract import extract_text, source_name
    from loaders.read import iter_document_paths, read_document

    docs = [(p, read_document(p)) for p in iter_document_paths([corpus])]

    def work() -> None:
        for path, raw in docs:
            extraction_nquads(resolve(extract_text(raw.text, source_name(path), raw.sha256)))

    return work


def _ingest_work(corpus: Path, store_dir: Path) -> Callable[[], None]:
    from kg.pipeline import ingest
    from kg.store import GraphStore

    def work() -> None:
        with GraphStore(store_dir) as store:
            ingest([corpus], store)

    return work


def _pyinstrument(work: Callable[[], None], out: Path) -> tuple[float, list[dict[str, Any]]]:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    session = profiler.stop()
    out.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    totals: dict[tuple[str, str, int], float] = defaultdict(float)
    root = session.root_frame()
    stack = [(root, root)]
    while stack:
        frame, parent = stack.pop()
        if frame is None:
            continue
        stack.extend((child, frame) for child in frame.children)
        # pyinstrument shows a function's own time as a synthetic "[self]" child: credit the function
        owner = parent if frame.is_synthetic and parent is not None else frame
        exclusive = frame.time - sum(child.time for child in frame.children)
        totals[(owner.function or "?", owner.file_path_short or "", owner.line_no or 0)] += exclusive
    return seconds, _top(totals, seconds)


def _cprofile(work: Callable[[], None], out: Path) -> tuple[float, list[dict[str, Any]]]:
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.runcall(work)
    seconds = time.perf_counter() - started
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(40)
    out.write_text(buffer.getvalue(), encoding="utf-8")
    totals = {(fn, file, line): row[2] for (file, line, fn), row in stats.stats.items()}  # type: ignore[attr-defined]
    return seconds, _top(totals, seconds)


def _top(totals: dict[tuple[str, str, int], float], seconds: float) -> list[dict[str, Any]]:
    rows = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)[:TOP]
    return [{"function": fn, "where": f"{file}:{line}", "self_s": round(t, 3), "share": round(t / seconds, 3)}
            for (fn, file, line), t in rows]


def profile(corpus: Path, out_dir: Path) -> dict[str, Any]:
    from loaders.gazetteer import load

    load()
    try:
        import pyinstrument  # noqa: F401

        run, tool = _pyinstrument, "pyinstrument"
    except ImportError:
        run, tool = _cprofile, "cProfile"
    out_dir.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"tool": tool}
    seconds, top = run(_extract_path_work(corpus), out_dir / "extract.txt")
    result["extract"] = {"seconds": seconds, "top": top, "tree": str(out_dir / "extract.txt")}
    store_dir = Path(tempfile.mkdtemp(prefix="policykg-bench-profile-"))
    try:
        seconds, top = run(_ingest_work(corpus, store_dir), out_dir / "ingest.txt")
    finally:
        shutil.rmtree(store_dir, ignore_errors=True)
    result["ingest"] = {"seconds": seconds, "top": top, "tree": str(out_dir / "ingest.txt")}
    return result


if __name__ == "__main__":
    print(json.dumps(profile(Path(sys.argv[1]), Path(sys.argv[2])), ensure_ascii=False, indent=1))
