"""The library API: read → extract → resolve → store.

``ingest`` is what ``policykg ingest`` calls and what a notebook user calls directly.  Files are
read and extracted by worker processes (extraction is pure CPU and the GIL would serialise it)
while this process writes, the store's only writer.  Documents are written in bounded batches,
each all-or-nothing (see :mod:`kg.store`), so a file that fails, or a run that is killed,
leaves every other document whole.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Extraction
from kg.resolve import resolve
from kg.store import EncodedDocument, GraphStore, encode_document
from loaders.extract import document_id, extract_text, source_name
from loaders.read import ReadError, iter_document_paths, read_document

# Quads held before a write: bounds memory (~200 bytes of N-Quads each; one batch filling, one
# being written).  Fewer, larger loads leave RocksDB less to compact: at 10,000 documents 300k
# took the writer 103 CPU-s and 587 MiB at peak, 100k 121 CPU-s and 293 MiB.
DEFAULT_BATCH_QUADS = 300_000
# Below this many files per worker, starting the processes and shipping the results costs
# about what the parallel extraction saves: extract in this process.
MIN_FILES_PER_WORKER = 16
# Files per task sent to a worker, and tasks in flight per worker: enough to keep the workers
# busy, few enough that finished documents never pile up while the writer is slower.
CHUNK_FILES = 8
CHUNKS_IN_FLIGHT = 8
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class ExtractionError(Exception):
    """A file was read but could not be turned into facts."""


@dataclass
class FileOutcome:
    path: Path
    status: str  # "loaded" | "unchanged" | "failed"
    reason: str = ""
    document_id: str = ""
    kind: str = ""
    entities: Counter[str] = field(default_factory=Counter)
    relations: int = 0
    quads: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def with_status(self, status: str) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def failed(self) -> list[FileOutcome]:
        return self.with_status("failed")

    @property
    def warnings(self) -> list[str]:
        return [w for o in self.outcomes for w in o.warnings]

    def entity_counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for outcome in self.outcomes:
            total.update(outcome.entities)
        return total

    @property
    def relation_count(self) -> int:
        return sum(o.relations for o in self.outcomes)


def extract_path(path: Path) -> Extraction:
    """Read one file and return its resolved extraction (no store involved)."""
    raw = read_document(path)
    try:
        return resolve(extract_text(raw.text, source_name(path), raw.sha256))
    except Exception as error:  # a rule bug must not stop a whole folder; say which file
        raise ExtractionError(f"{path}: extraction failed: {type(error).__name__}: {error}") from error


def prepare_file(path: Path, stored_sha256: str | None, *, force: bool = False) -> tuple[FileOutcome, EncodedDocument | None]:
    """Everything but the write: read, skip if unchanged, extract, resolve, encode the quads.

    Touches no store, so it runs in a worker process; ``stored_sha256`` is the hash the store
    holds for this file's document (None when there is none).
    """
    try:
        raw = read_document(path)
        doc_id = document_id(source_name(path))
        if not force and stored_sha256 == raw.sha256:
            return FileOutcome(path, "unchanged", document_id=doc_id), None
        try:
            extraction = resolve(extract_text(raw.text, source_name(path), raw.sha256))
            document = encode_document(extraction)
        except Exception as error:  # a rule bug must not stop a whole folder; say which file
            raise ExtractionError(f"{path}: extraction failed: {type(error).__name__}: {error}") from error
    except (ReadError, ExtractionError) as error:
        return FileOutcome(path, "failed", reason=str(error)), None
    outcome = FileOutcome(
        path, "loaded", document_id=doc_id, kind=extraction.document.kind,
        entities=Counter(e.type for e in extraction.entities), relations=len(extraction.relations),
        quads=document.quads, warnings=[f"{path}: {w}" for w in extraction.document.warnings],
    )
    return outcome, document


def ingest_file(store: GraphStore, path: Path, *, force: bool = False) -> FileOutcome:
    """Ingest one file; unchanged files (same content hash) are skipped unless ``force``."""
    return ingest([path], store, force=force, workers=1).outcomes[0]


def ingest(
    paths: Iterable[Path],
    store: GraphStore,
    *,
    force: bool = False,
    strict: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
    workers: int | None = None,
    batch_quads: int = DEFAULT_BATCH_QUADS,
) -> IngestReport:
    """Ingest files and folders (recursively) into ``store``; failures are reported, not raised.

    ``workers`` extraction processes (default: one per CPU; 1 extracts in this process).  Outcomes
    arrive, and ``on_file`` is called, in the order of the files whatever the number of workers;
    the stored quads are the same too.  Documents are written once ``batch_quads`` quads are
    waiting, and at the end.  With ``strict`` the run stops at the first failure (documents
    already extracted are still written).  A store that cannot be written raises StoreError.
    """
    files = list(iter_document_paths(paths))
    stored = {} if force else store.stored_hashes()
    tasks = [(path, stored.get(document_id(source_name(path)))) for path in files]
    report = IngestReport()
    batch: list[EncodedDocument] = []
    waiting = 0
    with _Writer(store) as writer:
        for outcome, document in _prepare_all(tasks, force, workers or os.cpu_count() or 1):
            if document:
                batch.append(document)
                waiting += document.quads
                if waiting >= batch_quads:
                    writer.write(batch)
                    batch, waiting = [], 0
            report.outcomes.append(outcome)
            if on_file:
                on_file(outcome)
            if strict and outcome.status == "failed":
                break
        writer.write(batch)
    store.flush()
    return report


class _Writer:
    """Writes batches in a background thread, one at a time, while the caller extracts the next.

    Oxigraph releases the GIL while it loads, so writing overlaps with extraction (in this process
    or collecting from the workers) instead of stopping it.  ``write`` waits for the previous
    batch first: at most one batch is being written and one filled, and a write error surfaces
    at the next ``write`` or at the end.
    """

    def __init__(self, store: GraphStore):
        self._store = store
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policykg-writer")
        self._pending: Future[None] | None = None

    def write(self, batch: list[EncodedDocument]) -> None:
        self._wait()
        self._pending = self._thread.submit(self._store.write_documents, batch)

    def _wait(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, None
            pending.result()

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._wait()
        finally:
            self._thread.shutdown(wait=True)


def _prepare_chunk(chunk: list[tuple[Path, str | None]], force: bool) -> list[tuple[FileOutcome, EncodedDocument | None]]:
    return [prepare_file(path, stored, force=force) for path, stored in chunk]


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: a writer killed outright (SIGKILL, the OOM killer) takes its workers
    along instead of leaving them idle forever (Linux; elsewhere they stay)."""
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the writer died before the line above
            os._exit(1)


def _prepare_all(
    tasks: list[tuple[Path, str | None]], force: bool, workers: int
) -> Iterator[tuple[FileOutcome, EncodedDocument | None]]:
    """``prepare_file`` over the tasks, in their order, in this process or in ``workers`` processes.

    A bounded number of chunks is in flight, so memory stays flat when the writer is slower than
    the workers.  Workers are forked: they start at once with the modules and the gazetteer
    already loaded, and a caller's script needs no ``if __name__ == "__main__"`` guard (spawn and
    forkserver import it again).  Forking while RocksDB runs threads is safe here because a
    worker never touches the store; it only reads files and builds terms.
    """
    workers = min(workers, len(tasks) // MIN_FILES_PER_WORKER)
    if workers <= 1:
        for path, stored in tasks:
            yield prepare_file(path, stored, force=force)
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_exit_with_parent, initargs=(os.getpid(),))
    chunks = (tasks[i : i + CHUNK_FILES] for i in range(0, len(tasks), CHUNK_FILES))
    in_flight: deque[Future[list[tuple[FileOutcome, EncodedDocument | None]]]] = deque()
    try:
        for chunk in chunks:
            in_flight.append(pool.submit(_prepare_chunk, chunk, force))
            if len(in_flight) >= workers * CHUNKS_IN_FLIGHT:
                break
        while in_flight:
            results = in_flight.popleft().result()
            chunk = next(chunks, None)
            if chunk:
                in_flight.append(pool.submit(_prepare_chunk, chunk, force))
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
