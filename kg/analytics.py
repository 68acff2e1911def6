"""Graph statistics with networkx: counts and the most connected entities."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kg.graph import GraphData, to_networkx

# Edges that only say "appears in" would make every document a hub; leave them out of degree.
STRUCTURAL_PREDICATES = ("mentions", "part_of")


@dataclass
class GraphStats:
    documents: int
    entities: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    most_connected: list[tuple[str, str, int]] = field(default_factory=list)  # (name, type, degree)
    components: int = 0


def graph_stats(data: GraphData, top: int = 10) -> GraphStats:
    """Counts by type and relation, and the top entities by degree over substantive relations."""
    graph = to_networkx(data)
    documents = sum(1 for n in data.nodes.values() if n.type in ("Reply", "Notice", "Plan", "Report", "Document"))
    stats = GraphStats(documents=documents)
    stats.entities = Counter(n.type for n in data.nodes.values())
    stats.relations = Counter(e.predicate for e in data.edges)
    substantive = nx.Graph()
    substantive.add_nodes_from(graph.nodes)
    substantive.add_edges_from((u, v) for u, v, p in graph.edges(data="predicate") if p not in STRUCTURAL_PREDICATES)
    ranked = sorted(substantive.degree, key=lambda item: (-item[1], data.nodes[item[0]].name))
    stats.most_connected = [(data.nodes[n].name, data.nodes[n].type, d) for n, d in ranked[:top] if d > 0]
    stats.components = nx.number_connected_components(graph.to_undirected(as_view=True)) if len(graph) else 0
    return stats
