"""The library API: read → extract → resolve → store, one document at a time.

``ingest`` is what ``policykg ingest`` calls and what a notebook user calls directly.  Each
document is written in its own transaction, so a file that fails (or a run that is killed)
leaves every other document as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Extraction
from kg.resolve import resolve
from kg.store import GraphStore
from loaders.extract import document_id, extract_text, source_name
from loaders.read import ReadError, iter_document_paths, read_document


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


def ingest_file(store: GraphStore, path: Path, *, force: bool = False) -> FileOutcome:
    """Ingest one file; unchanged files (same content hash) are skipped unless ``force``."""
    try:
        raw = read_document(path)
        doc_id = document_id(source_name(path))
        if not force and store.stored_sha256(doc_id) == raw.sha256:
            return FileOutcome(path, "unchanged", document_id=doc_id)
        try:
            extraction = resolve(extract_text(raw.text, source_name(path), raw.sha256))
        except Exception as error:
            raise ExtractionError(f"{path}: extraction failed: {type(error).__name__}: {error}") from error
        quads = store.replace_document(extraction)
    except (ReadError, ExtractionError) as error:
        return FileOutcome(path, "failed", reason=str(error))
    except OSError as error:
        return FileOutcome(path, "failed", reason=f"{path}: cannot store: {error}")
    return FileOutcome(
        path, "loaded", document_id=doc_id, kind=extraction.document.kind,
        entities=Counter(e.type for e in extraction.entities), relations=len(extraction.relations), quads=quads,
        warnings=[f"{path}: {w}" for w in extraction.document.warnings],
    )


def ingest(
    paths: Iterable[Path],
    store: GraphStore,
    *,
    force: bool = False,
    strict: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Ingest files and folders (recursively) into ``store``; failures are reported, not raised.

    With ``strict`` the run stops at the first failure (documents already written stay).
    """
    report = IngestReport()
    for path in iter_document_paths(paths):
        outcome = ingest_file(store, path, force=force)
        report.outcomes.append(outcome)
        if on_file:
            on_file(outcome)
        if strict and outcome.status == "failed":
            break
    store.flush()
    return report
