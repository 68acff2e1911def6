"""kg.neo4j against a real Bolt server (FalkorDB 4.18 unless POLICYKG_TEST_BOLT_URI names another).

The fixture corpus is ingested into a temporary store, pushed through the official driver, and
every named question's Cypher must return exactly the rows of its SPARQL (same columns, order
and values).  Pushes must be idempotent, replace a changed document's facts, drop what the store
no longer holds, and leave an interrupted push repairable.  Errors must be one line.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest

from kg.graph import Edge, EvidenceRow, GraphData, Node, read_graph
from kg.neo4j import (
    FALKORDB,
    NEO4J,
    Neo4jBackendError,
    connect,
    detect_dialect,
    falkordb_schema_statements,
    fingerprints,
    neo4j_schema_statements,
    node_labels,
    node_ref_function,
    push_graph,
    push_store,
    rich_progress,
    run_cypher,
    run_named_cypher,
)
from kg.pipeline import ingest
from kg.store import GraphStore
from queries import NamedQuery, load_queries
from tests.neo4j_server import BoltServer, bolt_server, free_port  # noqa: F401  (bolt_server is a fixture)

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
REPLY = "000_efadf02fe7c23abc.txt"
SEARCHES: dict[str, list[dict[str, str]]] = {
    "owns": [{}, {"agency": "市科委"}, {"agency": "区发展改革委"}],
    "co_owners": [{}, {"agency": "市科委"}, {"agency": "区建管委"}],
    "policies_cited": [{}, {"agency": "市科委"}, {"agency": "区发展改革委"}],
    "measures_of_agency": [{"agency": "市科委"}, {"agency": "上海市科学技术委员会"}, {"agency": "区房管局"}],
    "mentions": [{"name": "市科委"}, {"name": "上海市人民政府"}],
    "figures": [{}, {"document": "沪松府办〔2025〕31号"}, {"document": "对市十六届人大三次会议 第1310号代表建议的答复"}],
    "replies_by_deputy": [{}, {"deputy": "贺仁龙"}],
}
CASES = [(name, params) for name, searches in SEARCHES.items() for params in searches]


# -- fixtures -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def driver(bolt_server: BoltServer) -> Iterator[neo4j.Driver]:  # noqa: F811
    """One driver (one pooled connection) for the module, as an application holds it."""
    bolt = connect(bolt_server.uri, bolt_server.user, bolt_server.password)
    yield bolt
    bolt.close()


@pytest.fixture
def graph(driver: neo4j.Driver) -> Iterator[neo4j.Driver]:
    """An empty graph before and after each test (FalkorDB has one graph, whatever database says)."""
    run_cypher(driver, "MATCH (n) DETACH DELETE n")
    yield driver
    run_cypher(driver, "MATCH (n) DETACH DELETE n")


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = GraphStore(tmp_path_factory.mktemp("neo4j") / "store")
    report = ingest(sorted(CORPUS.glob("*.txt")), store)
    assert not report.failed
    yield store
    store.close()


@pytest.fixture(scope="module")
def corpus_data(corpus_store: GraphStore) -> GraphData:
    return read_graph(corpus_store)


@pytest.fixture
def own_corpus(tmp_path: Path) -> Iterator[tuple[Path, GraphStore]]:
    """A private copy of the corpus and a store of it, for tests that change documents."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    store = GraphStore(tmp_path / "store")
    assert not ingest(sorted(folder.glob("*.txt")), store).failed
    yield folder, store
    store.close()


# -- helpers ----------------------------------------------------------------------------------------

def counts(driver: neo4j.Driver) -> tuple[int, int]:
    nodes = run_cypher(driver, "MATCH (n) RETURN count(n) AS c")[0]["c"]
    relationships = run_cypher(driver, "MATCH ()-[r]->() RETURN count(r) AS c")[0]["c"]
    return nodes, relationships


def server_edges(driver: neo4j.Driver, document: str | None = None) -> set[tuple[Any, ...]]:
    rows = run_cypher(driver, "MATCH (a)-[r]->(b) WHERE $doc IS NULL OR r.document = $doc "
                              "RETURN a.id AS s, type(r) AS t, b.id AS o, r.document AS doc, "
                              "r.sentences AS sentences, r.starts AS starts, r.ends AS ends", {"doc": document})
    return {(r["s"], r["t"], r["o"], r["doc"], tuple(r["sentences"]), tuple(r["starts"]), tuple(r["ends"])) for r in rows}


def data_edges(data: GraphData, document: str | None = None) -> set[tuple[Any, ...]]:
    found = set()
    for edge in data.edges:
        if document is None or edge.document == document:
            evidence = sorted(edge.evidence, key=lambda e: (e.start, e.end, e.text))
            found.add((edge.subject, edge.predicate.upper(), edge.object, edge.document, tuple(e.text for e in evidence),
                       tuple(e.start for e in evidence), tuple(e.end for e in evidence)))
    return found


def server_nodes(driver: neo4j.Driver) -> dict[str, tuple[tuple[str, ...], dict[str, Any]]]:
    rows = run_cypher(driver, "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props")
    return {r["id"]: (tuple(sorted(r["labels"])), r["props"]) for r in rows}


def sparql_rows(store: GraphStore, query: NamedQuery, params: dict[str, str]) -> list[dict[str, Any]]:
    return store.select(query.sparql, query.bindings(params))


def assert_same_answers(driver: neo4j.Driver, store: GraphStore) -> None:
    queries = load_queries()
    for name, params in CASES:
        assert run_named_cypher(driver, queries[name], params) == sparql_rows(store, queries[name], params), (name, params)


# -- the named questions: Cypher gives the SPARQL rows ---------------------------------------------------

def test_every_rq_has_a_cypher_twin() -> None:
    queries = load_queries()
    assert set(SEARCHES) == set(queries)
    for query in queries.values():
        assert query.cypher.strip(), f"queries/{query.name}.cypher is missing"
        assert "=~" not in query.cypher and "elementId" not in query.cypher and "EXISTS {" not in query.cypher


@pytest.fixture
def pushed(driver: neo4j.Driver, corpus_data: GraphData) -> neo4j.Driver:
    """The corpus on the server.  Pushing is idempotent, so after the first test this writes
    nothing, and it repairs whatever another test left behind."""
    push_graph(corpus_data, driver, batch_size=50)
    return driver


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(p.values()) or 'all'}" for n, p in CASES])
@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_cypher_rows_equal_sparql_rows(pushed: neo4j.Driver, corpus_store: GraphStore, name: str, params: dict[str, str]) -> None:
    query = load_queries()[name]
    expected = sparql_rows(corpus_store, query, params)
    got = run_named_cypher(pushed, query, params)
    assert expected, f"{name} {params}: the fixture corpus should give rows, or the comparison proves nothing"
    assert [list(row) for row in got] == [list(row) for row in expected]  # column names and order
    assert got == expected


# -- pushing -------------------------------------------------------------------------------------

@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_push_writes_every_node_and_relationship(graph: neo4j.Driver, corpus_data: GraphData) -> None:
    seen: list[tuple[str, int, int]] = []
    report = push_graph(corpus_data, graph, batch_size=40, progress=lambda *step: seen.append(step))
    assert report.dialect == FALKORDB or report.dialect == NEO4J
    assert (report.nodes, report.relationships) == (len(corpus_data.nodes), len(corpus_data.edges))
    assert counts(graph) == (len(corpus_data.nodes), len(corpus_data.edges))
    assert server_edges(graph) == data_edges(corpus_data)
    nodes = server_nodes(graph)
    for node in corpus_data.nodes.values():
        labels, props = nodes[node.id]
        assert labels == tuple(sorted(node_labels(node.type)))
        assert (props["name"], props["aliases"], props["documents"]) == (node.name, node.aliases, node.documents)
        assert {k: props[k] for k in node.properties} == node.properties
    assert ("relationships", len(corpus_data.edges), len(corpus_data.edges)) in seen
    assert all(done <= total for _, done, total in seen)


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_pushing_twice_changes_nothing(graph: neo4j.Driver, corpus_data: GraphData) -> None:
    push_graph(corpus_data, graph)
    before = (counts(graph), server_nodes(graph), server_edges(graph))
    again = push_graph(corpus_data, graph)
    assert (again.nodes, again.relationships, again.documents_replaced) == (0, 0, [])
    assert (again.nodes_deleted, again.relationships_deleted) == (0, 0)
    assert (counts(graph), server_nodes(graph), server_edges(graph)) == before


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_changed_document_replaces_its_facts(graph: neo4j.Driver, own_corpus: tuple[Path, GraphStore]) -> None:
    folder, store = own_corpus
    push_graph(read_graph(store), graph)
    reply = folder / REPLY
    old_sentence = "二是发挥科技领军企业“链长”功能。"
    text = reply.read_text(encoding="utf-8")
    assert old_sentence in text
    reply.write_text(text.replace(old_sentence, "二是充分发挥科技领军企业“链长”作用。"), encoding="utf-8")
    assert ingest([reply], store).with_status("loaded")
    changed = read_graph(store)
    doc = next(e.document for e in changed.edges if "充分发挥科技领军企业" in "".join(ev.text for ev in e.evidence))
    others = {e for e in server_edges(graph) if e[3] != doc}

    report = push_graph(changed, graph)
    assert report.documents_replaced == [doc]
    assert server_edges(graph, doc) == data_edges(changed, doc)
    assert not any(old_sentence in s for edge in server_edges(graph) for s in edge[4])
    assert {e for e in server_edges(graph) if e[3] != doc} == others
    assert counts(graph) == (len(changed.nodes), len(changed.edges))
    assert_same_answers(graph, store)


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_removed_document_leaves_nothing_behind(graph: neo4j.Driver, own_corpus: tuple[Path, GraphStore]) -> None:
    _, store = own_corpus
    push_graph(read_graph(store), graph)
    gone = store.document_ids()[0]
    store.remove_document(gone)
    remaining = read_graph(store)
    report = push_graph(remaining, graph)
    assert report.nodes_deleted > 0 and report.relationships_deleted > 0
    assert counts(graph) == (len(remaining.nodes), len(remaining.edges))
    assert server_edges(graph, gone) == set()
    assert set(server_nodes(graph)) == set(remaining.nodes)


@pytest.mark.neo4j
@pytest.mark.timeout(180)
def test_push_store_reads_only_changed_documents(graph: neo4j.Driver, own_corpus: tuple[Path, GraphStore]) -> None:
    folder, store = own_corpus
    first = push_store(store, graph, documents_per_round=7)  # several rounds
    whole = read_graph(store)
    assert first.documents_replaced == store.document_ids()
    assert counts(graph) == (len(whole.nodes), len(whole.edges))
    assert server_edges(graph) == data_edges(whole)
    assert {k: (v[1]["name"], v[1]["aliases"], v[1]["documents"]) for k, v in server_nodes(graph).items()} == {
        n.id: (n.name, n.aliases, n.documents) for n in whole.nodes.values()}
    assert_same_answers(graph, store)

    again = push_store(store, graph)
    assert (again.nodes, again.relationships, again.documents_replaced) == (0, 0, [])
    assert again.documents_unchanged == len(store.document_ids())

    reply = folder / REPLY
    reply.write_text(reply.read_text(encoding="utf-8").replace("二是发挥科技领军企业“链长”功能。", "二是充分发挥科技领军企业“链长”作用。"),
                     encoding="utf-8")
    assert ingest([reply], store).with_status("loaded")
    gone = next(doc for doc in store.document_ids() if doc not in {e.document for e in whole.edges if "链长" in str(e.evidence)})
    store.remove_document(gone)
    changed = push_store(store, graph)
    now = read_graph(store)
    assert len(changed.documents_replaced) == 1 and changed.documents_replaced[0] != gone
    assert server_edges(graph) == data_edges(now)
    assert set(server_nodes(graph)) == set(now.nodes)
    assert_same_answers(graph, store)
    assert push_store(store, graph).documents_replaced == []


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_apostrophes_and_backslashes_arrive_intact(graph: neo4j.Driver, tmp_path: Path) -> None:
    """FalkorDB pastes string parameters into quoted literals; the writer must not lose or break them."""
    folder = tmp_path / "docs"
    folder.mkdir()
    text = (CORPUS / REPLY).read_text(encoding="utf-8").replace(
        "二是发挥科技领军企业“链长”功能。", "二是发挥科技领军企业“链长”功能（the 'chain leader' role, C:\\new\\tab）。")
    (folder / REPLY).write_text(text, encoding="utf-8")
    with GraphStore(tmp_path / "store") as store:
        assert not ingest([folder], store).failed
        data = read_graph(store)
        assert any("'chain leader'" in ev.text and "\\" in ev.text for e in data.edges for ev in e.evidence)
        push_store(store, graph)
        assert server_edges(graph) == data_edges(data)
        assert push_store(store, graph).documents_replaced == []
    rows = run_cypher(graph, "RETURN $t AS t", {"t": "it's C:\\new"})
    assert rows == [{"t": "it's C:\\new"}]


def two_documents(x_type: str, x_aliases: list[str]) -> GraphData:
    """Two documents sharing entity X; X's type and aliases vary between pushes."""
    ids = {name: f"https://w3id.org/policykg/id/{name}" for name in ("document/d1", "document/d2", "x/X", "measure/d2-1")}
    nodes = {
        ids["document/d1"]: Node(ids["document/d1"], "Notice", "通知一", [], {}, ["d1"]),
        ids["document/d2"]: Node(ids["document/d2"], "Plan", "方案二", [], {}, ["d2"]),
        ids["x/X"]: Node(ids["x/X"], x_type, "某单位", x_aliases, {}, ["d1", "d2"]),
        ids["measure/d2-1"]: Node(ids["measure/d2-1"], "Measure", "措施", [], {"commitment": "planned"}, ["d2"]),
    }
    edges = [
        Edge(ids["document/d1"], "mentions", ids["x/X"], "d1", [EvidenceRow("d1", "提到某单位。", 0, 6)]),
        Edge(ids["x/X"], "owns", ids["measure/d2-1"], "d2", [EvidenceRow("d2", "某单位负责措施。", 3, 11)]),
    ]
    return GraphData(nodes, edges)


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_changed_attributes_rewrite_only_that_node(graph: neo4j.Driver) -> None:
    push_graph(two_documents("Organization", []), graph)
    report = push_graph(two_documents("Organization", ["别名"]), graph)
    assert (report.nodes, report.relationships, report.documents_replaced) == (1, 0, [])
    assert server_nodes(graph)["https://w3id.org/policykg/id/x/X"][1]["aliases"] == ["别名"]


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_changed_type_recreates_the_node_and_keeps_every_documents_relations(graph: neo4j.Driver) -> None:
    push_graph(two_documents("Organization", []), graph)
    retyped = two_documents("Agency", [])
    report = push_graph(retyped, graph)
    assert report.documents_replaced == ["d1", "d2"]  # both hold relationships on the recreated node
    assert server_nodes(graph)["https://w3id.org/policykg/id/x/X"][0] == ("Agency",)
    assert server_edges(graph) == data_edges(retyped)
    assert counts(graph) == (4, 2)


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_document_without_relations_is_written_once(graph: neo4j.Driver) -> None:
    doc_id = "https://w3id.org/policykg/id/document/lonely"
    data = GraphData({doc_id: Node(doc_id, "Notice", "一份通知", [], {"date": "2025-01-02"}, ["lonely"])}, [])
    assert push_graph(data, graph).documents_replaced == ["lonely"]
    again = push_graph(data, graph)
    assert (again.nodes, again.documents_replaced) == (0, [])
    assert server_nodes(graph)[doc_id][0] == ("Document", "Notice")


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_interrupted_push_is_finished_by_the_next(graph: neo4j.Driver, corpus_data: GraphData) -> None:
    class Interrupted(Exception):
        pass

    def stop_midway(stage: str, done: int, total: int) -> None:
        if stage == "relationships" and done >= 20:
            raise Interrupted

    with pytest.raises(Interrupted):
        push_graph(corpus_data, graph, batch_size=10, progress=stop_midway)
    marked = run_cypher(graph, "MATCH (d:Document) WHERE d.relations_fingerprint IS NOT NULL RETURN count(d) AS c")[0]["c"]
    assert marked == 0, "no document may look finished after an interrupted first push"
    report = push_graph(corpus_data, graph)
    assert len(report.documents_replaced) == len(fingerprints(corpus_data))
    assert server_edges(graph) == data_edges(corpus_data)
    assert push_graph(corpus_data, graph).documents_replaced == []


# -- errors -----------------------------------------------------------------------------------------

@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_wrong_password_is_one_clear_line(bolt_server: BoltServer) -> None:  # noqa: F811
    with pytest.raises(Neo4jBackendError) as caught:
        connect(bolt_server.uri, bolt_server.user, bolt_server.password + "-wrong", timeout=10)
    message = str(caught.value)
    assert "\n" not in message and bolt_server.uri in message and "password" in message


@pytest.mark.timeout(120)
def test_unreachable_server_is_one_clear_line() -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(Neo4jBackendError) as caught:
        connect(uri, "neo4j", "secret", timeout=5)
    message = str(caught.value)
    assert "\n" not in message and uri in message and "cannot reach" in message


@pytest.mark.parametrize("uri", ["mongodb://127.0.0.1:1", "http://127.0.0.1:7474", "127.0.0.1:7687"])
def test_bad_uri_is_one_clear_line(uri: str) -> None:
    with pytest.raises(Neo4jBackendError, match="bad Neo4j URI") as caught:
        connect(uri, "neo4j", "secret")
    assert "\n" not in str(caught.value) and "bolt://" in str(caught.value)


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_routing_uri_on_falkordb_is_one_clear_line(bolt_server: BoltServer, driver: neo4j.Driver) -> None:  # noqa: F811
    with driver.session() as session:
        if detect_dialect(session) != FALKORDB:
            pytest.skip("only FalkorDB lacks a routing table")
    with pytest.raises(Neo4jBackendError) as caught:
        connect(bolt_server.uri.replace("bolt://", "neo4j://"), bolt_server.user, bolt_server.password, timeout=10)
    assert "\n" not in str(caught.value) and "bolt://" in str(caught.value)


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_bad_cypher_is_one_clear_line(graph: neo4j.Driver) -> None:
    with pytest.raises(Neo4jBackendError) as caught:
        run_cypher(graph, "RETURN 1 +")
    assert "\n" not in str(caught.value)
    assert run_cypher(graph, "RETURN $x AS x", {"x": "市科委"}) == [{"x": "市科委"}]


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_dialect_is_probed(graph: neo4j.Driver) -> None:
    with graph.session() as session:
        dialect = detect_dialect(session)
    agent = graph.get_server_info().agent
    assert dialect in (FALKORDB, NEO4J), agent


# -- generated text, checked without a server ---------------------------------------------------------

def test_neo4j_5_schema_is_constraints_if_not_exists() -> None:
    statements = neo4j_schema_statements()
    assert "CREATE CONSTRAINT policykg_agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE" in statements
    assert "CREATE CONSTRAINT policykg_reply_id IF NOT EXISTS FOR (n:Reply) REQUIRE n.id IS UNIQUE" in statements
    assert "CREATE INDEX policykg_co_owns_document IF NOT EXISTS FOR ()-[r:CO_OWNS]-() ON (r.document)" in statements
    assert len(statements) == 14 + 10
    assert node_ref_function(NEO4J) == "elementId"


def test_falkordb_schema_skips_existing_indexes() -> None:
    all_statements = falkordb_schema_statements(set())
    assert "CREATE INDEX FOR (n:Agency) ON (n.id)" in all_statements
    assert "CREATE INDEX FOR ()-[r:OWNS]-() ON (r.document)" in all_statements
    assert not any("IF NOT EXISTS" in s or "CONSTRAINT" in s for s in all_statements)
    rest = falkordb_schema_statements({("NODE", "Agency", "id"), ("RELATIONSHIP", "OWNS", "document")})
    assert len(rest) == len(all_statements) - 2 and "CREATE INDEX FOR (n:Agency) ON (n.id)" not in rest
    assert node_ref_function(FALKORDB) == "id"


def test_labels_come_from_the_whitelist() -> None:
    assert node_labels("Reply") == ("Reply", "Document")
    assert node_labels("Document") == ("Document",)
    assert node_labels("Agency") == ("Agency",)
    with pytest.raises(ValueError):
        node_labels("Agency) DETACH DELETE (n")


def test_fingerprints_change_only_with_a_documents_relations(corpus_data: GraphData) -> None:
    before = fingerprints(corpus_data)
    edge = corpus_data.edges[0]
    edge.evidence[0].text += "！"
    try:
        after = fingerprints(corpus_data)
    finally:
        edge.evidence[0].text = edge.evidence[0].text[:-1]
    assert {doc for doc in before if before[doc] != after[doc]} == {edge.document}
    assert fingerprints(corpus_data) == before


def test_progress_bar_only_when_asked_or_on_a_terminal() -> None:
    with rich_progress(enabled=False) as progress:
        assert progress is None
    with rich_progress(enabled=True) as progress:
        assert progress is not None
        progress("nodes", 5, 10)
        progress("nodes", 10, 10)
