"""The embedded on-disk graph store (Oxigraph, one named graph per document).

Why Oxigraph: measured on this kind of machine it loads and answers SPARQL 20–80× faster than
rdflib's memory store with half the memory (``../shared/notes/backends.md``), and it persists to a
folder.  Queries see the union of all document graphs.

Documents are written in batches, and no write can stop half-way through a document, so a
crash leaves each document's old facts or its new ones, never a mix:

* documents whose graph is not in the store yet (a first ingest: nearly all of them) go through
  Oxigraph's bulk loader: 15–30 µs of CPU per quad (more as the store grows) against ~70 µs for
  a SPARQL ``INSERT DATA`` (parsing plus a transaction), measured up to 10,000 documents, and
  a fifth of the memory.  One ``bulk_load`` call of fewer
  than ``BULK_ATOMIC_QUADS`` quads is one RocksDB ``IngestExternalFiles`` of one set of files, which
  RocksDB records in its MANIFEST atomically (all column families or none, also after a crash);
* a document already stored is replaced by one SPARQL update (``DROP GRAPH`` … ``INSERT DATA``),
  one transaction, as the bulk loader cannot remove anything; this path (changed files,
  ``--force``) keeps the old cost per quad.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions, Variable

from kg.model import Extraction
from kg.rdf import extraction_nquads
from kg.resolve import doc_id_of_graph, graph_iri
from ontology import ID, PREFIXES

DEFAULT_STORE = Path("policykg-data")
STORE_ENV = "POLICYKG_STORE"
LOCK_WAIT_ENV = "POLICYKG_LOCK_WAIT"
DEFAULT_LOCK_WAIT = 60.0
# Oxigraph's bulk loader cuts its input into chunks of 1,000,000 quads and ingests each chunk
# separately; staying well below that keeps one bulk_load call one atomic ingestion.
BULK_ATOMIC_QUADS = 500_000

EXPORT_FORMATS = {
    "ttl": pyoxigraph.RdfFormat.TURTLE,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
}
PREFIX_HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class StoreError(Exception):
    """A one-line, user-facing reason the store could not be used."""


def default_store_path() -> Path:
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


def python_value(term: Any) -> Any:
    """A SPARQL result term as a plain Python value (IRIs as strings, numbers as numbers)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        datatype = term.datatype.value if term.datatype else ""
        if datatype.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if datatype.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if datatype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, (NamedNode, BlankNode)):
        return term.value
    return str(term)


def bind(params: Mapping[str, Any]) -> dict[Variable, Any]:
    """Query parameters as SPARQL substitutions: values are bound, never pasted into text.

    Strings that look like our own IRIs bind as IRIs; other strings bind as plain literals.
    """
    bound: dict[Variable, Any] = {}
    for name, value in params.items():
        if isinstance(value, (NamedNode, Literal)):
            term = value
        elif isinstance(value, bool):
            term = Literal(str(value).lower(), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
        elif isinstance(value, int):
            term = Literal(str(value), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        elif isinstance(value, str) and value.startswith(ID):
            term = NamedNode(value)
        else:
            term = Literal(str(value))
        bound[Variable(name)] = term
    return bound


@dataclass(frozen=True)
class EncodedDocument:
    """One document's quads as N-Quads, ready to write.

    Bytes rather than pyoxigraph terms: they cross process boundaries (extraction workers hand
    them to the single writer) and Oxigraph parses them faster than Python builds the terms.
    """

    doc_id: str
    nquads: bytes
    quads: int


def encode_document(extraction: Extraction) -> EncodedDocument:
    """The extraction's quads as N-Quads (:func:`kg.rdf.extraction_nquads`: literals escaped,
    IRIs made from names checked), one line each."""
    nquads = extraction_nquads(extraction)
    return EncodedDocument(extraction.document.id, nquads, nquads.count(b"\n"))


class GraphStore:
    """A folder holding the knowledge graph."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False, lock_wait: float | None = None):
        """Open (creating if needed) the store folder.

        Only one process may write at a time (RocksDB's lock).  A writer waits up to
        ``lock_wait`` seconds (default ``$POLICYKG_LOCK_WAIT`` or 60) for another writer to
        finish, so two ingests run one after the other; readers never wait.
        """
        self.path = Path(path) if path is not None else default_store_path()
        self.read_only = read_only
        if read_only:
            if not self.path.exists():
                raise StoreError(f"{self.path}: no store here yet; run `policykg ingest` first (or pass --store)")
            self._store = self._open(lambda: pyoxigraph.Store.read_only(str(self.path)), 0)
        else:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"{self.path}: cannot create the store folder: {error.strerror}") from None
            wait = float(os.environ.get(LOCK_WAIT_ENV, DEFAULT_LOCK_WAIT)) if lock_wait is None else lock_wait
            self._store = self._open(lambda: pyoxigraph.Store(str(self.path)), wait)

    def _open(self, opener: Callable[[], pyoxigraph.Store], wait: float) -> pyoxigraph.Store:
        deadline = time.monotonic() + wait
        while True:
            try:
                return opener()
            except OSError as error:
                locked = "lock" in str(error).lower()
                if locked and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                if locked:
                    raise StoreError(f"{self.path}: store is in use by another policykg process (still locked after "
                                     f"{wait:.0f} s); try again when it has finished") from None
                raise StoreError(f"{self.path}: cannot open store: {str(error).splitlines()[0]}") from None

    # -- writing ---------------------------------------------------------------------------
    def stored_hashes(self) -> dict[str, str]:
        """The content hash of every stored document, by document id (one query for the whole store)."""
        rows = self.select("SELECT ?g ?sha WHERE { GRAPH ?g { ?doc pk:sha256 ?sha } }", union=False)
        return {doc_id_of_graph(r["g"]): r["sha"] for r in rows if r["g"].startswith(graph_iri(""))}

    def replace_document(self, extraction: Extraction) -> int:
        """Swap one document's graph for the new extraction, all or nothing.

        Returns the number of quads written.
        """
        document = encode_document(extraction)
        self.write_documents([document])
        return document.quads

    def write_documents(self, documents: Iterable[EncodedDocument]) -> None:
        """Write a batch of documents, each replacing whatever the store holds for it.

        New graphs are bulk-loaded in groups below ``BULK_ATOMIC_QUADS`` quads, each group
        all-or-nothing; stored graphs are replaced one SPARQL update each.  When a document occurs
        twice, the later one wins, as if they had been written one after the other.  Raises
        StoreError when the store cannot be written.
        """
        latest = {d.doc_id: d for d in documents}
        new: list[EncodedDocument] = []
        replaced: list[EncodedDocument] = []
        for document in latest.values():
            stored = self._store.contains_named_graph(NamedNode(graph_iri(document.doc_id)))
            (replaced if stored or document.quads >= BULK_ATOMIC_QUADS else new).append(document)
        group: list[EncodedDocument] = []
        size = 0
        try:
            for document in new:
                if size + document.quads >= BULK_ATOMIC_QUADS:
                    self._bulk_load(group)
                    group, size = [], 0
                group.append(document)
                size += document.quads
            self._bulk_load(group)
            for document in replaced:
                self._replace(document)
        except OSError as error:  # a full disk or a broken folder, not a problem of one file
            raise StoreError(f"{self.path}: cannot write to the store: {str(error).splitlines()[0]}") from None

    def _bulk_load(self, documents: list[EncodedDocument]) -> None:
        if documents:
            self._store.bulk_load(b"".join(d.nquads for d in documents), format=pyoxigraph.RdfFormat.N_QUADS)

    def _replace(self, document: EncodedDocument) -> None:
        """One SPARQL update, hence one transaction: DROP the stored graph, INSERT the new one.

        One per document: a single update over many documents was measured 1.4× slower and 1.5×
        as large in memory (RocksDB's transaction grows with everything it changed).
        """
        graph = NamedNode(graph_iri(document.doc_id))
        drop = f"DROP SILENT GRAPH {graph} ;\n" if self._store.contains_named_graph(graph) else ""
        # Terms are serialised by Oxigraph itself (N-Triples, escaped): no text is pasted raw.
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ."
                         for q in pyoxigraph.parse(document.nquads, format=pyoxigraph.RdfFormat.N_QUADS))
        self._store.update(f"{drop}INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")

    def remove_document(self, doc_id: str) -> None:
        graph = NamedNode(graph_iri(doc_id))
        if self._store.contains_named_graph(graph):
            self._store.remove_graph(graph)

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    # -- reading ---------------------------------------------------------------------------
    def select(self, sparql: str, params: Mapping[str, Any] | None = None, *, union: bool = True) -> list[dict[str, Any]]:
        """Run a SELECT with bound parameters; rows are dicts of plain Python values.

        Oxigraph only substitutes variables the query projects, so parameter variables are
        selected in the query text and dropped from the rows here.
        """
        results = self._store.query(
            PREFIX_HEADER + sparql,
            use_default_graph_as_union=union,
            substitutions=bind(params or {}),
        )
        if not isinstance(results, QuerySolutions):
            raise StoreError("expected a SELECT query")
        names = [v.value for v in results.variables if v.value not in (params or {})]
        return [{name: python_value(row[name]) for name in names} for row in results]

    def query(self, sparql: str, params: Mapping[str, Any] | None = None) -> Any:
        """Run any SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union graph."""
        return self._store.query(PREFIX_HEADER + sparql, use_default_graph_as_union=True, substitutions=bind(params or {}))

    def quads(self) -> Iterator[Quad]:
        return self._store.quads_for_pattern(None, None, None, None)

    def document_ids(self) -> list[str]:
        prefix = f"{ID}graph/"
        return sorted(g.value[len(prefix):] for g in self._store.named_graphs() if g.value.startswith(prefix))

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, fmt: str) -> bytes:
        """Serialise the whole store (graph-aware formats keep one graph per document)."""
        rdf_format = EXPORT_FORMATS[fmt]
        if fmt in ("ttl", "nt"):
            return _union_dump(self._store, rdf_format)
        return self._store.dump(format=rdf_format, prefixes=dict(PREFIXES) if fmt == "trig" else None)

    def close(self) -> None:
        self.flush()
        del self._store

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _union_dump(store: pyoxigraph.Store, rdf_format: pyoxigraph.RdfFormat) -> bytes:
    """Triples formats have no graphs: write the distinct triples of every document graph."""
    triples = {pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)}
    prefixes = dict(PREFIXES) if rdf_format == pyoxigraph.RdfFormat.TURTLE else None
    return pyoxigraph.serialize(sorted(triples, key=str), format=rdf_format, prefixes=prefixes)
