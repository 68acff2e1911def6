"""The stored graph as plain nodes and edges, for everything that is not SPARQL.

networkx analytics, the pyvis page, GraphML/CSV export and the Neo4j writer all need the same
thing: each entity once (with its aliases and the documents it appears in) and each relation
once per document (with its evidence).  This module reads exactly that from the store.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

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


def _doc_id(graph: str) -> str:
    return graph.rsplit("/", 1)[-1]


def read_graph(store: GraphStore) -> GraphData:
    """Every entity once and every relation once per document, with evidence."""
    nodes: dict[str, Node] = {}
    for row in store.select(_NODES, union=False):
        class_name = _CLASS_NAMES.get(row["class"])
        if class_name is None:
            continue
        node = nodes.get(row["x"])
        if node is None:
            node = nodes[row["x"]] = Node(row["x"], class_name, row["name"])
        elif class_name != "Document" and node.type == "Document":
            node.type = class_name  # a Reply is also a Document: keep the specific class
        doc = _doc_id(row["g"])
        if doc not in node.documents:
            node.documents.append(doc)
    for row in store.select(_ALIASES, union=False):
        node = nodes.get(row["x"])
        if node and row["alias"] not in node.aliases and row["alias"] != node.name:
            node.aliases.append(row["alias"])
    for row in store.select(_ATTRIBUTES, union=False):
        node = nodes.get(row["x"])
        name = _ATTRIBUTE_NAMES.get(row["p"])
        if node and name:
            node.properties.setdefault(name, row["v"])
    edges: dict[tuple[str, str, str, str], Edge] = {}
    for row in store.select(_EDGES, union=False):
        predicate = PREDICATE_NAMES.get(row["p"])
        if predicate is None or row["s"] not in nodes or row["o"] not in nodes:
            continue
        doc = _doc_id(row["g"])
        edge = edges.setdefault((row["s"], predicate, row["o"], doc), Edge(row["s"], predicate, row["o"], doc))
        if row["text"] is not None:
            evidence = EvidenceRow(doc, row["text"], row["start"], row["end"])
            if evidence not in edge.evidence:
                edge.evidence.append(evidence)
    for node in nodes.values():
        node.aliases.sort()
        node.documents.sort()
    ordered = sorted(edges.values(), key=lambda e: (e.document, e.subject, e.predicate, e.object))
    return GraphData(dict(sorted(nodes.items())), ordered)


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
