"""Exporting the stored graph: RDF serialisations and GraphML (for Gephi)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph

from kg.graph import read_graph, to_networkx
from kg.store import EXPORT_FORMATS, GraphStore
from ontology import PREFIXES

RDF_FORMATS = (*EXPORT_FORMATS, "jsonld")
ALL_FORMATS = (*RDF_FORMATS, "graphml")


def export_rdf(store: GraphStore, fmt: str) -> bytes:
    """The store in an RDF format; graph-aware formats keep one named graph per document."""
    if fmt == "jsonld":
        return pyoxigraph.serialize(store.quads(), format=pyoxigraph.RdfFormat.JSON_LD, prefixes=dict(PREFIXES))
    return store.dump(fmt)


def export_graphml(store: GraphStore, output: Path) -> None:
    """A simple directed graph for Gephi: list attributes joined with '|', evidence as text."""
    graph = to_networkx(read_graph(store))
    simple = nx.DiGraph()
    for node, attrs in graph.nodes(data=True):
        simple.add_node(node, **{k: _scalar(v) for k, v in attrs.items()})
    for u, v, attrs in graph.edges(data=True):
        if simple.has_edge(u, v) and simple[u][v]["predicate"] == attrs["predicate"]:
            simple[u][v]["documents"] += "|" + attrs["document"]
            continue
        simple.add_edge(u, v, predicate=attrs["predicate"], documents=attrs["document"],
                        evidence=" / ".join(attrs.get("evidence", [])))
    nx.write_graphml(simple, output, encoding="utf-8")


def _scalar(value: object) -> str | int | float | bool:
    if isinstance(value, (list, tuple)):
        return "|".join(str(v) for v in value)
    if isinstance(value, (int, float, bool, str)):
        return value
    return str(value)
