"""The graph in Neo4j (or any Bolt server): push it, and ask it the named questions in Cypher.

Model: every entity is a node labelled by its type (documents also carry ``:Document``) keyed by
``id`` = its stable IRI, with ``name``, ``aliases``, ``documents`` and its attributes; every
relation is one typed relationship per (subject, predicate, object, document) carrying
``document``, ``sentences``, ``starts`` and ``ends``.

Why the push works the way it does:

* MERGE without an index is quadratic, so indexes/constraints come first.  Real Neo4j gets
  ``CREATE CONSTRAINT … IF NOT EXISTS``; FalkorDB (our CI's Bolt server) has no Cypher
  constraints and errors on re-creating an index, so there we create only the indexes that
  ``CALL db.indexes()`` does not list.  The dialect is chosen by probing the server.
* Rows go in ``UNWIND $rows`` batches, one ``session.execute_write`` each (retried by the
  driver), in one long-lived session: FalkorDB charges ~44 ms per ``execute_query`` call.
* Idempotence and replacement: every node carries a ``fingerprint`` (a hash of its labels and
  properties) and every document node a ``relations_fingerprint`` (a hash of that document's
  relations).  Only nodes whose hash differs are written.  A document whose relations hash
  differs is unmarked, its relationships are deleted and merged again, and only then is it
  marked with the new hash; so a push that dies half-way leaves the documents it did not finish
  unmarked, and the next push redoes them.  A second push of the same graph writes nothing.
  Nodes no document references any more, and relationships of documents no longer in the
  store, are removed.

* From a store (:func:`push_store`, what ``policykg neo4j push`` runs) the unit of change is the
  document: each document node also carries ``content_sha256``, the hash ingest stored it
  under, so a push reads from the store only the documents whose hash differs (a round of
  documents at a time), and an unchanged push reads no graph at all.
* FalkorDB's Bolt layer pastes string parameters into quoted literals, so for that dialect
  every string parameter is escaped (:func:`falkordb_parameters`); Neo4j gets them as they are.

Cypher text is built only from the fixed label/type whitelists below; values are always bound
parameters.  Everything stays in the Cypher subset FalkorDB 4.18 runs (no ``=~``, no
``EXISTS {}``, no temporal values); Neo4j-5-only text sits behind the dialect switch.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import neo4j
from neo4j import exceptions as neo4j_errors

from kg.graph import Edge, GraphData, Node, read_documents, read_nodes
from kg.model import DOCUMENT_TYPES, PREDICATES
from kg.resolve import doc_id_of_graph, document_iri
from kg.store import GraphStore
from ontology import ENTITY_TYPES
from queries import NamedQuery, QueryError, with_limit

NODE_LABELS: tuple[str, ...] = ENTITY_TYPES
DOCUMENT_LABEL = "Document"
RELATIONSHIP_TYPES: dict[str, str] = {predicate: predicate.upper() for predicate in PREDICATES}
DEFAULT_BATCH_SIZE = 1000
DEFAULT_DOCUMENTS_PER_ROUND = 200
_DOCUMENT_PREFIX = document_iri("")
# Each stored document's content hash, per document graph: what push_store compares.
_STAMPS = "SELECT ?g ?sha WHERE { GRAPH ?g { ?d pk:sha256 ?sha } }"
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
NEO4J = "neo4j"
FALKORDB = "falkordb"

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` after every batch of a push stage."""


class Neo4jBackendError(Exception):
    """A one-line, user-facing reason the Bolt server could not be used."""


@dataclass
class PushReport:
    dialect: str = ""
    nodes: int = 0
    relationships: int = 0
    documents_replaced: list[str] = field(default_factory=list)
    documents_unchanged: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0
    seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        """Nodes and relationships written per second of the whole push."""
        return (self.nodes + self.relationships) / self.seconds if self.seconds else 0.0


# -- connecting ------------------------------------------------------------------------------

CONNECT_ATTEMPTS = 3


def connect(uri: str, user: str, password: str, database: str | None = None, timeout: float = 10.0) -> neo4j.Driver:
    """A verified driver, or a one-line :class:`Neo4jBackendError` saying what is wrong.

    ``timeout`` bounds both the TCP connect and the Bolt handshake, so a server that accepts
    connections but never answers fails in seconds instead of the driver's 60.
    """
    if urlsplit(uri).scheme not in URI_SCHEMES:
        raise Neo4jBackendError(f"bad Neo4j URI {uri!r}: expected bolt://host:port (or neo4j://host:port for a cluster)")
    try:
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(user, password), connection_timeout=timeout, connection_acquisition_timeout=timeout,
        )
    except (ValueError, neo4j_errors.ConfigurationError) as error:
        raise Neo4jBackendError(f"bad Neo4j URI {uri!r}: {_first_line(error)} (expected bolt://host:port)") from None
    for attempt in range(1, CONNECT_ATTEMPTS + 1):
        _wake_bolt_listener(uri)
        try:
            driver.verify_connectivity()
            break
        except neo4j_errors.AuthError:
            driver.close()
            raise Neo4jBackendError(f"{uri}: wrong user or password for user {user!r}") from None
        except neo4j_errors.DriverError as error:
            if attempt < CONNECT_ATTEMPTS and isinstance(error, neo4j_errors.ServiceUnavailable):
                continue  # FalkorDB sometimes drops a handshake (see _wake_bolt_listener): try again
            driver.close()
            raise Neo4jBackendError(describe_error(error, uri)) from None
        except neo4j_errors.Neo4jError as error:
            driver.close()
            # FalkorDB answers a refused login with a generic DatabaseError, not an AuthError.
            raise Neo4jBackendError(
                f"{uri}: login refused for user {user!r} (wrong user or password?): {_server_message(error)}") from None
    if database:
        _check_database(driver, uri, database)
    return driver


def _check_database(driver: neo4j.Driver, uri: str, database: str) -> None:
    """Fail at connect time, not half-way through a push, when the database does not exist."""
    try:
        with driver.session(database=database) as session:
            session.run("RETURN 1 AS ok").consume()
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as error:
        driver.close()
        raise Neo4jBackendError(describe_error(error, uri, database)) from None


def _wake_bolt_listener(uri: str) -> None:
    """Open and drop one bare TCP connection before the driver connects.

    FalkorDB 4.18's Bolt listener leaves the first handshake after a client's clean disconnect
    unanswered until another connection arrives, so every second CLI run would hang for the
    whole timeout.  An empty connection is that other arrival; other servers just see it close.
    """
    parts = urlsplit(uri)
    if parts.scheme != "bolt" or not parts.hostname:
        return
    with contextlib.suppress(OSError), socket.create_connection((parts.hostname, parts.port or 7687), timeout=2):
        pass


def describe_error(error: BaseException, uri: str = "", database: str | None = None) -> str:
    """One line for a driver or server error, naming the usual cause."""
    where = f"{uri}: " if uri else ""
    if isinstance(error, neo4j_errors.AuthError):
        return f"{where}wrong user or password"
    if isinstance(error, neo4j_errors.ServiceUnavailable):
        hint = "; a single server needs a bolt:// URI, not neo4j://" if "routing" in str(error) else ""
        return f"{where}cannot reach the Bolt server ({_joined_lines(error)}){hint}"
    if isinstance(error, neo4j_errors.SessionExpired):
        return f"{where}no usable connection ({_first_line(error)}); a single server needs a bolt:// URI, not neo4j://"
    if isinstance(error, neo4j_errors.Neo4jError):
        if "DatabaseNotFound" in (error.code or ""):
            return f"{where}database {database!r} does not exist"
        return f"{where}{_server_message(error)}"
    return f"{where}{_first_line(error)}"


def _server_message(error: neo4j_errors.Neo4jError) -> str:
    code = error.code or "error"
    return f"{code}: {_first_line(error.message or error)}"


def _joined_lines(error: object, limit: int = 300) -> str:
    """The driver's multi-line connection errors (address, then reason) as one line."""
    return " ".join(str(error).split())[:limit]


def _first_line(error: object) -> str:
    return (str(error).strip().splitlines() or [""])[0]


# -- running Cypher ----------------------------------------------------------------------------

def run_cypher(driver: neo4j.Driver, query: str, params: Mapping[str, Any] | None = None,
               database: str | None = None) -> list[dict[str, Any]]:
    """Run one Cypher statement with bound parameters; rows as dicts in column order."""
    try:
        with driver.session(database=database) as session:
            result = session.run(query, _parameters(detect_dialect(session), params or {}))
            return [record.data() for record in result]
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as error:
        raise Neo4jBackendError(describe_error(error, "", database)) from None


def run_named_cypher(driver: neo4j.Driver, named_query: NamedQuery, params: Mapping[str, str],
                     database: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """A named question answered in Cypher: same parameters and columns as its SPARQL twin
    (and, with ``limit``, its first rows)."""
    if not named_query.cypher:
        raise QueryError(f"query {named_query.name!r} has no Cypher version (queries/{named_query.name}.cypher)")
    text = named_query.cypher if limit is None else with_limit(named_query.cypher, limit)
    return run_cypher(driver, text, named_query.bindings(dict(params)), database)


# -- dialects -----------------------------------------------------------------------------------

def detect_dialect(session: neo4j.Session) -> str:
    """``neo4j`` when the server answers ``dbms.components()``, else ``falkordb``.

    FalkorDB announces itself as ``Neo4j/5.13.0``, so the agent string cannot tell them apart;
    the procedure it lacks can.
    """
    try:
        session.run("CALL dbms.components() YIELD name RETURN name").consume()
    except neo4j_errors.DatabaseError:
        return FALKORDB
    return NEO4J


def neo4j_schema_statements() -> list[str]:
    """Neo4j 5: a uniqueness constraint per label, an index on relationship documents."""
    statements = [
        f"CREATE CONSTRAINT policykg_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]
    statements += [
        f"CREATE INDEX policykg_{rel_type.lower()}_document IF NOT EXISTS FOR ()-[r:{rel_type}]-() ON (r.document)"
        for rel_type in RELATIONSHIP_TYPES.values()
    ]
    return statements


def falkordb_schema_statements(existing: set[tuple[str, str, str]]) -> list[str]:
    """FalkorDB: the same indexes, minus those ``CALL db.indexes()`` lists as ``(entity, label, property)``."""
    statements = [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in NODE_LABELS if ("NODE", label, "id") not in existing]
    statements += [
        f"CREATE INDEX FOR ()-[r:{rel_type}]-() ON (r.document)"
        for rel_type in RELATIONSHIP_TYPES.values() if ("RELATIONSHIP", rel_type, "document") not in existing
    ]
    return statements


def ensure_schema(session: neo4j.Session, dialect: str) -> None:
    """Create the indexes/constraints the MERGEs need, leaving existing ones alone."""
    if dialect == NEO4J:
        statements = neo4j_schema_statements()
    else:
        rows = session.run("CALL db.indexes() YIELD label, properties, entitytype RETURN label, properties, entitytype")
        existing = {(row["entitytype"], row["label"], prop) for row in rows for prop in row["properties"]}
        statements = falkordb_schema_statements(existing)
    for statement in statements:
        session.run(statement).consume()


def node_ref_function(dialect: str) -> str:
    """The Cypher function naming one node: ``elementId`` on Neo4j 5, ``id`` where that is missing."""
    return "elementId" if dialect == NEO4J else "id"


# -- what to write (pure) ------------------------------------------------------------------------

def node_labels(node_type: str) -> tuple[str, ...]:
    """A node's labels: its type, plus ``Document`` for every kind of document."""
    _check_label(node_type)
    if node_type in DOCUMENT_TYPES and node_type != DOCUMENT_LABEL:
        return (node_type, DOCUMENT_LABEL)
    return (node_type,)


def _check_label(label: str) -> str:
    if label not in NODE_LABELS:
        raise ValueError(f"not a policy-kg node label: {label!r}")
    return label


def _check_type(predicate: str) -> str:
    if predicate not in RELATIONSHIP_TYPES:
        raise ValueError(f"not a policy-kg relation: {predicate!r}")
    return RELATIONSHIP_TYPES[predicate]


def node_properties(node: Node) -> dict[str, Any]:
    """The properties written on a node (``None`` values are left out: Cypher cannot store them)."""
    properties = {k: v for k, v in node.properties.items() if v is not None}
    properties.update(id=node.id, name=node.name, aliases=list(node.aliases), documents=list(node.documents))
    return properties


def edge_row(edge: Edge) -> dict[str, Any]:
    """A relationship as written: evidence in text order, as parallel lists."""
    evidence = sorted(edge.evidence, key=lambda e: (e.start, e.end, e.text))
    return {
        "s": edge.subject, "o": edge.object, "doc": edge.document,
        "sentences": [e.text for e in evidence], "starts": [e.start for e in evidence], "ends": [e.end for e in evidence],
    }


def _digest(items: list[Any]) -> str:
    """A hash of plain values (str/int/float/bool and tuples, lists, sorted dicts of them)."""
    return hashlib.sha256(repr(items).encode()).hexdigest()


def node_fingerprint(node: Node) -> str:
    """A hash of a node's labels and properties: a push skips nodes whose hash is unchanged."""
    return _digest([node_labels(node.type), sorted(node_properties(node).items())])


def fingerprints(data: GraphData) -> dict[str, str]:
    """Per document (every one the graph mentions), a hash of its relations and their endpoints' labels.

    Endpoint labels are included because a node whose type changed is deleted and recreated,
    which drops the relationships other documents hold on it; their fingerprints must change
    too so those documents are rewritten.
    """
    labels = {node.id: node_labels(node.type) for node in data.nodes.values()}
    rows: dict[str, list[Any]] = {doc: [] for doc in documents_of(data)}
    for edge in data.edges:
        evidence = sorted((e.start, e.end, e.text) for e in edge.evidence)
        rows[edge.document].append((edge.subject, labels[edge.subject], edge.predicate, edge.object, labels[edge.object], evidence))
    return {doc: _digest(sorted(doc_rows)) for doc, doc_rows in rows.items()}


def document_nodes(data: GraphData) -> dict[str, str]:
    """Document id → the id of its document node, for the documents that have one."""
    return {doc: document_iri(doc) for doc in documents_of(data) if document_iri(doc) in data.nodes}


def documents_of(data: GraphData) -> list[str]:
    """Every document id the graph mentions, sorted."""
    docs = {edge.document for edge in data.edges}
    for node in data.nodes.values():
        docs.update(node.documents)
    return sorted(docs)


def _batches(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


# -- pushing ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _StoredNode:
    """What a push needs to know of a policy-kg node already on the server."""

    fingerprint: str | None
    relations_fingerprint: str | None


def falkordb_parameters(value: Any) -> Any:
    """String parameters as FalkorDB 4.18's Bolt layer needs them to arrive intact.

    It pastes a string parameter into a single-quoted Cypher literal: ``it's`` fails the whole
    statement and ``a\\b`` silently comes back as ``a<backspace>``.  Escaping backslash and
    apostrophe makes every string round-trip exactly (tested against the server).  Real Neo4j
    binds parameters properly, so this is applied only to the ``falkordb`` dialect.
    """
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [falkordb_parameters(item) for item in value]
    if isinstance(value, dict):
        return {key: falkordb_parameters(item) for key, item in value.items()}
    return value


def _parameters(dialect: str, params: Mapping[str, Any]) -> dict[str, Any]:
    return falkordb_parameters(dict(params)) if dialect == FALKORDB else dict(params)


class _Writer:
    """Runs statements in one session and adds up what the server reports."""

    def __init__(self, session: neo4j.Session, batch_size: int, progress: Progress | None, report: PushReport):
        self.session = session
        self.batch_size = batch_size
        self.progress = progress
        self.report = report

    def write(self, query: str, params: Mapping[str, Any]) -> None:
        counters = self.session.execute_write(_run_write, query, _parameters(self.report.dialect, params))
        self.report.nodes_deleted += counters.nodes_deleted
        self.report.relationships_deleted += counters.relationships_deleted

    def write_rows(self, jobs: list[tuple[str, list[Any]]], stage: str = "") -> int:
        """Write every (query, rows) job in ``$rows`` batches; report a named stage's progress."""
        total = sum(len(rows) for _, rows in jobs)
        done = 0
        for query, rows in jobs:
            for batch in _batches(rows, self.batch_size):
                self.write(query, {"rows": list(batch)})
                done += len(batch)
                if self.progress and stage:
                    self.progress(stage, done, total)
        return done

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return [record.data() for record in self.session.run(query, _parameters(self.report.dialect, params or {}))]


def _run_write(tx: neo4j.ManagedTransaction, query: str, params: dict[str, Any]) -> neo4j.SummaryCounters:
    return tx.run(query, params).consume().counters


@contextlib.contextmanager
def _pushing(driver: neo4j.Driver, database: str | None, batch_size: int,
             progress: Progress | None) -> Iterator[_Writer]:
    """One push: a session with the schema in place, timed, and any server or driver error as
    one :class:`Neo4jBackendError` line (what was marked done stays done)."""
    started = time.perf_counter()
    report = PushReport()
    try:
        with driver.session(database=database) as session:
            report.dialect = detect_dialect(session)
            ensure_schema(session, report.dialect)
            yield _Writer(session, batch_size, progress, report)
    except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as error:
        raise Neo4jBackendError(
            f"push incomplete: {describe_error(error, '', database)}; documents not finished stay unmarked "
            "and are rewritten by the next push"
        ) from None
    report.seconds = time.perf_counter() - started


def push_graph(data: GraphData, driver: neo4j.Driver, database: str | None = None,
               batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None) -> PushReport:
    """Make the server hold exactly ``data``, writing only what changed since the last push."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    with _pushing(driver, database, batch_size, progress) as writer:
        _push(data, writer)
    return writer.report


def push_store(store: GraphStore, driver: neo4j.Driver, database: str | None = None,
               batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None,
               documents_per_round: int = DEFAULT_DOCUMENTS_PER_ROUND) -> PushReport:
    """Make the server hold what ``store`` holds, reading only the documents that changed.

    Every document node pushed from a store carries ``content_sha256``, the hash of the
    document's text under which ingest stored it (ingest replaces a document exactly when that
    hash changes).  A push compares those hashes with the store's, which costs one small read on
    each side, and reads from the store only the documents that are new, changed or unmarked
    (an interrupted push), ``documents_per_round`` at a time, so memory follows the round, not
    the store.  An unchanged second push reads no graph at all.
    (``ingest --force`` rewrites documents under the same hash; after it, push into an empty
    graph, or use :func:`push_graph` with :func:`kg.graph.read_graph`, to compare everything.)
    """
    if batch_size < 1 or documents_per_round < 1:
        raise ValueError("batch_size and documents_per_round must be at least 1")
    with _pushing(driver, database, batch_size, progress) as writer:
        report = writer.report
        stamps = {doc_id_of_graph(row["g"]): row["sha"] for row in store.select(_STAMPS, union=False)}
        stamps.update({doc: None for doc in store.document_ids() if doc not in stamps})
        marks = {row["id"]: row for row in writer.read(
            "MATCH (d:Document) RETURN d.id AS id, d.content_sha256 AS stamp, d.relations_fingerprint AS relations")}
        queue = [doc for doc, stamp in sorted(stamps.items())
                 if stamp is None or (marks.get(document_iri(doc)) or {}).get("stamp") != stamp
                 or marks[document_iri(doc)]["relations"] is None]
        queue += sorted(node_id[len(_DOCUMENT_PREFIX):] for node_id in marks
                        if node_id.startswith(_DOCUMENT_PREFIX) and node_id[len(_DOCUMENT_PREFIX):] not in stamps)
        done: set[str] = set()
        known: dict[str, Node] = {}  # entities read in earlier rounds (no relations)
        while queue:
            chunk, queue = queue[:documents_per_round], queue[documents_per_round:]
            redo = _push_documents(store, chunk, stamps, marks, writer, known)
            done.update(doc for doc in chunk if doc in stamps)
            queue += [doc for doc in redo if doc not in queue]
        report.documents_replaced = sorted(done)
        report.documents_unchanged = len(stamps) - len(done)
    return report


def _push_documents(store: GraphStore, docs: list[str], stamps: Mapping[str, str | None],
                    marks: dict[str, dict[str, Any]], writer: _Writer, known: dict[str, Node]) -> list[str]:
    """Replace these documents' facts on the server (remove those no longer in the store).

    The nodes touched are the documents' entities (read from the store with what every document
    says about them) and the server's nodes that list one of these documents: they are
    rewritten with their new documents list, or deleted when no document mentions them any
    more.  Returns the other documents to push again because a node they point to had to be
    recreated (its labels changed), which dropped their relationships on it.
    """
    in_store = [doc for doc in docs if doc in stamps]
    data = read_documents(store, in_store, known)
    # Only a document the server has a node of (pushed before, or half-pushed) can be listed by
    # server nodes that are out of date, so new documents skip this scan of every node.
    seen_before = [doc for doc in docs if document_iri(doc) in marks]
    listed = writer.read("UNWIND $docs AS doc MATCH (n) WHERE doc IN n.documents RETURN DISTINCT n.id AS id",
                         {"docs": seen_before}) if seen_before else []
    data.nodes.update(read_nodes(store, sorted({row["id"] for row in listed} - set(data.nodes)), known).nodes)
    stored, stale, recreated = _read_nodes_by_id(data, sorted(set(data.nodes) | {row["id"] for row in listed}), writer)
    scope = set(docs)
    redo = sorted({doc for node_id in recreated for doc in data.nodes[node_id].documents} - scope)
    for doc in redo:
        marks.get(document_iri(doc), {})["relations"] = None
    unmark = [node_id for node_id in (document_iri(doc) for doc in [*docs, *redo]) if node_id in marks]
    writer.write_rows([("UNWIND $rows AS id MATCH (d:Document {id: id}) SET d.relations_fingerprint = null", unmark)])
    ref = node_ref_function(writer.report.dialect)
    writer.write_rows([(f"UNWIND $rows AS ref MATCH (n) WHERE {ref}(n) = ref DETACH DELETE n", stale)])
    for rel_type in RELATIONSHIP_TYPES.values():
        writer.write_rows([(f"UNWIND $rows AS doc MATCH ()-[r:{rel_type} {{document: doc}}]->() DELETE r", docs)])
    carry = {node_id: {"content_sha256": mark.get("stamp"), "relations_fingerprint": mark.get("relations")}
             for node_id, mark in marks.items() if node_id[len(_DOCUMENT_PREFIX):] not in scope}
    writer.report.nodes += writer.write_rows(_node_jobs(data, stored, carry), "nodes")
    writer.report.relationships += writer.write_rows(_edge_jobs(data, data.edges), "relationships")
    wanted = fingerprints(data)
    finished = [{"id": document_iri(doc), "fingerprint": wanted[doc], "stamp": stamps[doc]}
                for doc in in_store if document_iri(doc) in data.nodes and stamps[doc] is not None]
    mark = "UNWIND $rows AS r MATCH (d:Document {id: r.id}) SET d.relations_fingerprint = r.fingerprint, d.content_sha256 = r.stamp"
    writer.write_rows([(mark, finished)])
    for row in finished:
        marks[row["id"]] = {"id": row["id"], "stamp": row["stamp"], "relations": row["fingerprint"]}
    for doc in docs:
        if doc not in stamps:
            marks.pop(document_iri(doc), None)
    return redo


def _read_nodes_by_id(data: GraphData, ids: list[str], writer: _Writer) -> tuple[dict[str, _StoredNode], list[Any], list[str]]:
    """Like :func:`_read_stored_nodes`, for the server nodes with these ids only (found by index).

    Also returns the ids of nodes deleted because their labels no longer match their type.
    """
    ref = node_ref_function(writer.report.dialect)
    kept: dict[str, _StoredNode] = {}
    stale: dict[Any, None] = {}
    recreated: list[str] = []
    seen: set[Any] = set()
    for label in NODE_LABELS:
        query = (f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id AS id, labels(n) AS labels, {ref}(n) AS ref, "
                 "n.fingerprint AS fingerprint, n.relations_fingerprint AS relations_fingerprint")
        for batch in _batches(ids, writer.batch_size):
            for row in writer.read(query, {"ids": list(batch)}):
                if row["ref"] in seen:
                    continue
                seen.add(row["ref"])
                node = data.nodes.get(row["id"])
                labels = frozenset(name for name in row["labels"] if name in NODE_LABELS)
                if node is not None and labels != frozenset(node_labels(node.type)):
                    recreated.append(row["id"])
                if node is None or labels != frozenset(node_labels(node.type)) or row["id"] in kept:
                    stale[row["ref"]] = None
                else:
                    kept[row["id"]] = _StoredNode(row["fingerprint"], row["relations_fingerprint"])
    return kept, list(stale), recreated


def _push(data: GraphData, writer: _Writer) -> None:
    """Unmark, delete, write, mark: a document is marked only once all its facts are in.

    A document without a document node cannot be marked, so it is rewritten on every push.
    """
    report = writer.report
    documents = documents_of(data)
    doc_nodes = document_nodes(data)
    wanted = fingerprints(data)
    stored, stale = _read_stored_nodes(data, writer)
    changed = [doc for doc in documents
               if doc not in doc_nodes or doc_nodes[doc] not in stored
               or stored[doc_nodes[doc]].relations_fingerprint != wanted[doc]]
    changed_set = set(changed)
    report.documents_replaced = changed
    report.documents_unchanged = len(documents) - len(changed)

    marked = [doc_nodes[doc] for doc in changed if doc in doc_nodes and doc_nodes[doc] in stored]
    writer.write_rows([("UNWIND $rows AS id MATCH (d:Document {id: id}) SET d.relations_fingerprint = null", marked)])
    ref = node_ref_function(report.dialect)
    writer.write_rows([(f"UNWIND $rows AS ref MATCH (n) WHERE {ref}(n) = ref DETACH DELETE n", stale)])
    _delete_relationships(documents, changed, writer)
    carry = {node_id: {"relations_fingerprint": wanted[doc]} for doc, node_id in doc_nodes.items() if doc not in changed_set}
    report.nodes = writer.write_rows(_node_jobs(data, stored, carry), "nodes")
    edges = [edge for edge in data.edges if edge.document in changed_set]
    report.relationships = writer.write_rows(_edge_jobs(data, edges), "relationships")
    marks = [{"id": doc_nodes[doc], "fingerprint": wanted[doc]} for doc in changed if doc in doc_nodes]
    writer.write_rows([("UNWIND $rows AS r MATCH (d:Document {id: r.id}) SET d.relations_fingerprint = r.fingerprint", marks)])


def _read_stored_nodes(data: GraphData, writer: _Writer) -> tuple[dict[str, _StoredNode], list[Any]]:
    """The server's policy-kg nodes worth keeping, by id, and the refs of those to delete.

    A node goes when no document references it any more, when its labels no longer match its
    type (it is recreated), or when it duplicates another node with the same id.
    """
    ref = node_ref_function(writer.report.dialect)
    kept: dict[str, _StoredNode] = {}
    stale: dict[Any, None] = {}
    seen: set[Any] = set()
    for label in NODE_LABELS:
        query = (f"MATCH (n:{label}) RETURN n.id AS id, labels(n) AS labels, {ref}(n) AS ref, "
                 "n.fingerprint AS fingerprint, n.relations_fingerprint AS relations_fingerprint")
        for row in writer.read(query):
            if row["ref"] in seen:
                continue
            seen.add(row["ref"])
            node = data.nodes.get(row["id"])
            labels = frozenset(name for name in row["labels"] if name in NODE_LABELS)
            if node is None or labels != frozenset(node_labels(node.type)) or row["id"] in kept:
                stale[row["ref"]] = None
            else:
                kept[row["id"]] = _StoredNode(row["fingerprint"], row["relations_fingerprint"])
    return kept, list(stale)


def _delete_relationships(documents: list[str], changed: list[str], writer: _Writer) -> None:
    """Drop the relationships of changed documents and of documents no longer in the store."""
    for rel_type in RELATIONSHIP_TYPES.values():
        writer.write(f"MATCH ()-[r:{rel_type}]->() WHERE NOT r.document IN $docs DELETE r", {"docs": documents})
        writer.write_rows([(f"UNWIND $rows AS doc MATCH ()-[r:{rel_type} {{document: doc}}]->() DELETE r", changed)])


def _node_jobs(data: GraphData, stored: dict[str, _StoredNode], carry: Mapping[str, Mapping[str, Any]]) -> list[tuple[str, list[Any]]]:
    """One MERGE query per label, with the rows of new or changed nodes only.

    ``SET n = r.props`` replaces every property, so a document node rewritten while its
    document is unchanged must carry its marks along (``carry``: node id → those properties).
    """
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in data.nodes.values():
        fingerprint = node_fingerprint(node)
        if node.id in stored and stored[node.id].fingerprint == fingerprint:
            continue
        properties = node_properties(node)
        properties["fingerprint"] = fingerprint
        properties.update({k: v for k, v in carry.get(node.id, {}).items() if v is not None})
        rows[_check_label(node.type)].append({"id": node.id, "props": properties})
    jobs = []
    for label, label_rows in sorted(rows.items()):
        extra = "".join(f" SET n:{name}" for name in node_labels(label)[1:])
        jobs.append((f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n = r.props{extra}", label_rows))
    return jobs


def _edge_jobs(data: GraphData, edges: list[Edge]) -> list[tuple[str, list[Any]]]:
    """One MERGE query per (subject label, type, object label), so both ends are found by index."""
    rows: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in edges:
        key = (_check_label(data.nodes[edge.subject].type), _check_type(edge.predicate), _check_label(data.nodes[edge.object].type))
        rows[key].append(edge_row(edge))
    return [
        (f"UNWIND $rows AS r MATCH (a:{start} {{id: r.s}}) MATCH (b:{end} {{id: r.o}}) "
         f"MERGE (a)-[e:{rel_type} {{document: r.doc}}]->(b) SET e.sentences = r.sentences, e.starts = r.starts, e.ends = r.ends",
         key_rows)
        for (start, rel_type, end), key_rows in sorted(rows.items())
    ]


# -- progress on a terminal ----------------------------------------------------------------------

@contextlib.contextmanager
def rich_progress(enabled: bool | None = None) -> Iterator[Progress | None]:
    """A rich progress bar for :func:`push_graph` when stderr is a terminal, else ``None``."""
    if not (sys.stderr.isatty() if enabled is None else enabled):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
             console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update
