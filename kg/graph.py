"""The stored graph as plain nodes and edges, for everything that is not SPARQL.

networkx analytics, the pyvis page, GraphML/CSV export and the Neo4j writer all need the same
thing: each entity once (with its aliases and the documents it appears in) and each relation
once per document (with its evidence).  This module reads exactly that from the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.resolve import doc_id_of_graph, graph_iri
from kg.store import GraphStore
from ontology import ATTRIBUTE_IRIS, CLASS_IRIS, PREDICATE_NAMES

_CLASS_NAMES = {iri: name for name, iri in CLASS_IRIS.items()}
_ATTRIBUTE_NAMES = {iri: name for name, iri in ATTRIBUTE_IRIS.items()}


@dataclass
class Node:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)


@dataclass
class EvidenceRow:
    document: str
    text: str
    start: int
    end: int


@dataclass
class Edge:
    subject: str
    predicate: str
    object: str
    document: str
    evidence: list[EvidenceRow] = field(default_factory=list)


@dataclass
class GraphData:
    nodes: dict[str, Node]
    edges: list[Edge]


_NODES = """
SELECT ?g ?x ?class ?name WHERE { GRAPH ?g { ?x a ?class ; skos:prefLabel ?name } }
"""
_ALIASES = "SELECT DISTINCT ?x ?alias WHERE { GRAPH ?g { ?x skos:altLabel ?alias } }"
_ATTRIBUTES = """
SELECT DISTINCT ?x ?p ?v WHERE { GRAPH ?g { ?x ?p ?v . FILTER(isLiteral(?v)) FILTER(?p NOT IN (skos:prefLabel, skos:altLabel, pk:sentence, pk:start, pk:end)) } }
"""
_EDGES = """
SELECT ?g ?s ?p ?o ?text ?start ?end WHERE {
  GRAPH ?g {
    ?a a pk:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?a pk:evidence ?e . ?e pk:sentence ?text ; pk:start ?start ; pk:end ?end }
  }
}
"""
# A bound ?x reaches Oxigraph as a binding at evaluation time, not as a constant its planner
# sees: the planner still starts from the pattern with the most constants.  So each query below
# starts from a pattern on ?x, and whatever has more constants (``?a a pk:Assertion``: every
# assertion in the store) comes after it inside LATERAL, which keeps that order.  Each query is
# then an index lookup whose cost follows the entity's own facts, not the store (13 s -> 3 ms
# for the relations of one entity at 10,000 documents).
#
# One entity: its class and name per graph, its aliases, its attributes.  Three queries, not a
# UNION, so that DISTINCT folds the copies every document graph holds inside Oxigraph: an agency
# named in 5,000 documents gives 5,000 rows for its graphs but one per alias.
_NODE_GRAPHS = "SELECT ?g ?class ?name ?x WHERE { GRAPH ?g { ?x a ?class ; skos:prefLabel ?name } }"
_NODE_ALIASES = "SELECT DISTINCT ?alias ?x WHERE { GRAPH ?g { ?x skos:altLabel ?alias } }"
_NODE_ATTRIBUTES = """
SELECT DISTINCT ?p ?v ?x WHERE { GRAPH ?g { ?x ?p ?v . FILTER(isLiteral(?v)) FILTER(?p NOT IN (skos:prefLabel, skos:altLabel, pk:sentence, pk:start, pk:end)) } }
"""
# Every relation an entity takes part in, either way round, without evidence: one hop of a walk.
_TOUCHING = """
SELECT ?g ?s ?p ?o ?x WHERE {
  { GRAPH ?g { ?a rdf:subject ?x } BIND(?x AS ?s) } UNION { GRAPH ?g { ?a rdf:object ?x } BIND(?x AS ?o) }
  LATERAL { GRAPH ?g { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; a pk:Assertion } }
}
"""
# The entities of one document graph ?g (bound), and its relations with their evidence.
_DOCUMENT_ENTITIES = "SELECT DISTINCT ?x ?g WHERE { GRAPH ?g { ?x a ?class ; skos:prefLabel ?name } }"
_DOCUMENT_EDGES = """
SELECT ?s ?p ?o ?text ?start ?end ?g WHERE {
  GRAPH ?g {
    ?a a pk:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?a pk:evidence ?e . ?e pk:sentence ?text ; pk:start ?start ; pk:end ?end }
  }
}
"""


class _Builder:
    """Turns store rows into :class:`GraphData`, the same way whichever part of the store is read.

    Rows must come in this order: nodes, then their aliases and attributes, then edges (an edge
    is kept only when both its ends are nodes).
    """

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str, str], Edge] = {}

    def node(self, x: str, class_iri: str, name: str, graph: str) -> None:
        class_name = _CLASS_NAMES.get(class_iri)
        if class_name is None:
            return
        node = self.nodes.get(x)
        if node is None:
            node = self.nodes[x] = Node(x, class_name, name)
        elif class_name != "Document" and node.type == "Document":
            node.type = class_name  # a Reply is also a Document: keep the specific class
        doc = doc_id_of_graph(graph)
        if doc not in node.documents:
            node.documents.append(doc)

    def alias(self, x: str, alias: str) -> None:
        node = self.nodes.get(x)
        if node and alias not in node.aliases and alias != node.name:
            node.aliases.append(alias)

    def attribute(self, x: str, predicate: str, value: Any) -> None:
        node = self.nodes.get(x)
        name = _ATTRIBUTE_NAMES.get(predicate)
        if node and name:
            node.properties.setdefault(name, value)

    def edge(self, graph: str, s: str, p: str, o: str, text: str | None, start: int | None, end: int | None) -> None:
        predicate = PREDICATE_NAMES.get(p)
        if predicate is None or s not in self.nodes or o not in self.nodes:
            return
        doc = doc_id_of_graph(graph)
        edge = self.edges.setdefault((s, predicate, o, doc), Edge(s, predicate, o, doc))
        if text is not None:
            evidence = EvidenceRow(doc, text, start, end)
            if evidence not in edge.evidence:
                edge.evidence.append(evidence)

    def read_nodes(self, store: GraphStore, ids: Iterable[str], known: dict[str, Node] | None = None) -> None:
        """Read each entity on its own (aliases and attributes from every document graph).

        Entities in ``known`` (nodes read earlier from the same store) are taken from there, and
        those read here are added to it.
        """
        for x in ids:
            if known is not None and x in known:
                self.nodes[x] = known[x]
                continue
            for row in store.select(_NODE_GRAPHS, {"x": x}):
                self.node(x, row["class"], row["name"], row["g"])
            if x not in self.nodes:
                continue
            for row in store.select(_NODE_ALIASES, {"x": x}):
                self.alias(x, row["alias"])
            for row in store.select(_NODE_ATTRIBUTES, {"x": x}):
                self.attribute(x, row["p"], row["v"])
            node = self.nodes[x]
            node.aliases.sort()
            node.documents.sort()
            if known is not None:
                known[x] = node

    def data(self) -> GraphData:
        for node in self.nodes.values():
            node.aliases.sort()
            node.documents.sort()
        edges = sorted(self.edges.values(), key=lambda e: (e.document, e.subject, e.predicate, e.object))
        return GraphData(dict(sorted(self.nodes.items())), edges)


def read_graph(store: GraphStore) -> GraphData:
    """Every entity once and every relation once per document, with evidence."""
    builder = _Builder()
    for row in store.select(_NODES, union=False):
        builder.node(row["x"], row["class"], row["name"], row["g"])
    for row in store.select(_ALIASES, union=False):
        builder.alias(row["x"], row["alias"])
    for row in store.select(_ATTRIBUTES, union=False):
        builder.attribute(row["x"], row["p"], row["v"])
    for row in store.select(_EDGES, union=False):
        builder.edge(row["g"], row["s"], row["p"], row["o"], row["text"], row["start"], row["end"])
    return builder.data()


def read_nodes(store: GraphStore, ids: Iterable[str], known: dict[str, Node] | None = None) -> GraphData:
    """The given entities as :func:`read_graph` describes them (no relations); non-entities are skipped.

    ``known``: see :func:`read_documents`.
    """
    builder = _Builder()
    builder.read_nodes(store, ids, known)
    return builder.data()


def read_neighbourhood(store: GraphStore, centre: str, depth: int) -> GraphData:
    """The entities at most ``depth`` relations from ``centre`` (either direction) and every
    relation among them: what :func:`read_graph` would give for that part, read hop by hop.

    ``viz --focus`` draws a few hundred nodes of a store that may hold millions of quads, so
    this walks out from the centre with one lookup per entity (bound IRIs, index-driven)
    instead of reading everything and cutting.  Only entities that are nodes (a known class
    and a label) are walked through, as in the whole graph.
    """
    builder = _Builder()
    builder.read_nodes(store, [centre])
    layer = [centre] if centre in builder.nodes else []
    near = set(layer)
    checked = set(layer)
    relations: set[tuple[str, str, str, str]] = set()  # (graph, subject, predicate, object)
    for hop in range(depth + 1):
        reached: set[str] = set()
        for x in layer:
            for row in store.select(_TOUCHING, {"x": x}):
                if row["p"] not in PREDICATE_NAMES:
                    continue
                relations.add((row["g"], row["s"], row["p"], row["o"]))
                other = row["o"] if row["s"] == x else row["s"]
                if hop < depth and other not in checked:
                    reached.add(other)
        # the last round (hop == depth) only finds the relations among the outermost layer
        checked |= reached
        builder.read_nodes(store, sorted(reached))
        layer = sorted(n for n in reached if n in builder.nodes)
        near.update(layer)
    # Evidence is read per document graph, as read_graph reads it, so it comes in the same order.
    kept = {(graph, s, p, o) for graph, s, p, o in relations if s in near and o in near}
    for graph in sorted({graph for graph, *_ in kept}):
        for row in store.select(_DOCUMENT_EDGES, {"g": graph}, union=False):
            if (graph, row["s"], row["p"], row["o"]) in kept:
                builder.edge(graph, row["s"], row["p"], row["o"], row["text"], row["start"], row["end"])
    return builder.data()


def read_documents(store: GraphStore, doc_ids: Iterable[str], known: dict[str, Node] | None = None) -> GraphData:
    """The given documents' entities (with what every document says about them: aliases, the
    documents they appear in, attributes) and those documents' relations only.

    What a push of a few changed documents needs, without reading the rest of the store.
    ``known`` carries the entities already read by earlier calls on the same store, so that
    reading the store in rounds of documents reads an entity named in thousands of documents
    once, not once per round; it holds nodes only, never relations or evidence.
    """
    doc_ids = list(doc_ids)
    graphs = [graph_iri(doc) for doc in doc_ids]
    entities = sorted({row["x"] for graph in graphs for row in store.select(_DOCUMENT_ENTITIES, {"g": graph}, union=False)})
    builder = _Builder()
    builder.read_nodes(store, entities, known)
    for graph in graphs:
        for row in store.select(_DOCUMENT_EDGES, {"g": graph}, union=False):
            builder.edge(graph, row["s"], row["p"], row["o"], row["text"], row["start"], row["end"])
    return builder.data()


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """A directed multigraph: node attributes type/name/aliases, edge attribute predicate."""
    graph = nx.MultiDiGraph()
    for node in data.nodes.values():
        graph.add_node(node.id, type=node.type, name=node.name, aliases=list(node.aliases),
                       documents=list(node.documents), **{k: v for k, v in node.properties.items() if k not in ("type", "name")})
    for edge in data.edges:
        graph.add_edge(edge.subject, edge.object, key=f"{edge.predicate}@{edge.document}", predicate=edge.predicate,
                       document=edge.document, evidence=[e.text for e in edge.evidence])
    return graph
