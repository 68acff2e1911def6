"""One self-contained, offline HTML page of the graph (pyvis over the networkx view).

Analysts open the page in any browser on a machine without internet, so nothing may be fetched:
pyvis' ``in_line`` mode inlines vis-network, and the Bootstrap CDN tags every pyvis template
carries are stripped (``_strip_remote_tags``; ``_check_offline`` refuses a page that still
links out).  Everything we write into the page ourselves (title, legend, search box) is
``html.escape``-d; node and edge data go through pyvis' ``tojson`` (``<`` becomes ``\\u003c``)
and vis-network shows string tooltips and labels as plain text.  Node ids are opaque (``n0``,
``n1`` …) because pyvis puts ids raw into HTML in some modes; names live in ``label``.
See ``../shared/notes/backends.md`` section (c) for what was measured.
"""

from __future__ import annotations

import difflib
import html
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.graph import read_graph, read_neighbourhood, read_nodes, to_networkx
from kg.resolve import document_iri
from kg.store import GraphStore
from loaders.extract import source_name
from ontology import CLASS_IRIS, ENTITY_TYPES, ID

MAX_NODES_WARN = 1500
MAX_LABEL = 20
MAX_CANDIDATES = 5
MAX_NODE_EVIDENCE = 3
FONT_FACE = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

# type → (colour, vis shape, legend glyph, Chinese name, base size)
TYPE_STYLES: dict[str, tuple[str, str, str, str, int]] = {
    "Agency": ("#d62728", "dot", "●", "机构", 26),
    "Organization": ("#ff7f0e", "hexagon", "⬢", "组织", 14),
    "Policy": ("#1f77b4", "square", "■", "政策", 14),
    "Program": ("#9467bd", "diamond", "◆", "项目", 14),
    "Field": ("#2ca02c", "triangle", "▲", "领域", 12),
    "Measure": ("#17becf", "dot", "●", "举措", 8),
    "Figure": ("#bcbd22", "triangleDown", "▼", "数据", 8),
    "Person": ("#e377c2", "star", "★", "人员", 14),
    "Suggestion": ("#8c564b", "star", "★", "建议", 14),
    "Reply": ("#393b79", "box", "▬", "答复", 0),
    "Notice": ("#5254a3", "box", "▬", "通知", 0),
    "Plan": ("#6b6ecf", "box", "▬", "方案", 0),
    "Report": ("#637939", "box", "▬", "报告", 0),
    "Document": ("#7f7f7f", "box", "▬", "文件", 0),
}
# relation → (colour, Chinese name)
RELATION_STYLES: dict[str, tuple[str, str]] = {
    "owns": ("#d62728", "牵头"),
    "co_owns": ("#ff9896", "配合"),
    "implements": ("#2ca02c", "落实"),
    "cites": ("#1f77b4", "引用"),
    "measures": ("#bcbd22", "度量"),
    "responds_to": ("#393b79", "答复"),
    "issued_by": ("#7f7f7f", "发文"),
    "proposed_by": ("#8c564b", "提出"),
    "part_of": ("#17becf", "属于"),
    "mentions": ("#c7c7c7", "提及"),
}
_HIDDEN_ATTRIBUTES = {"type", "name", "aliases", "documents", "sha256"}
_DOCUMENT_PREFIX = document_iri("")
_NODE_CLASSES = frozenset(CLASS_IRIS.values())
# Labels are @zh literals and the text a plain string: the stored literal is built and looked up
# inside LATERAL, so Oxigraph uses its label index instead of comparing STR() of every label.
_BY_NAME = """
SELECT DISTINCT ?x ?text WHERE {
  { BIND(STRLANG(STR(?text), "zh") AS ?label) } UNION { BIND(STR(?text) AS ?label) }
  LATERAL { ?x skos:prefLabel ?label }
}
"""
_BY_ALIAS = _BY_NAME.replace("skos:prefLabel", "skos:altLabel")
_CLASSES = "SELECT DISTINCT ?class ?x WHERE { GRAPH ?g { ?x a ?class ; skos:prefLabel ?name } }"
_NODE_LABELS = "SELECT DISTINCT ?x ?class ?label WHERE { GRAPH ?g { ?x skos:prefLabel|skos:altLabel ?label ; a ?class } }"
_DOCUMENT_NAMES = """
SELECT ?x ?name ?source WHERE { GRAPH ?g { ?x a pk:Document ; skos:prefLabel ?name . OPTIONAL { ?x pk:source ?source } } }
"""
_REMOTE_TAG_RE = re.compile(
    r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*"
    r"|<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>\s*",
    re.IGNORECASE,
)
_REMOTE_REF_RE = re.compile(
    r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//|url\(\s*[\"']?\s*(?:https?:)?//|@import", re.IGNORECASE
)


class VizError(Exception):
    """A one-line, user-facing reason the page could not be drawn (bad --focus, --document …)."""


@dataclass(frozen=True)
class VizResult:
    path: Path
    nodes: int
    edges: int
    warning: str | None


# -- selection ---------------------------------------------------------------------------------
def select_subgraph(
    graph: nx.MultiDiGraph,
    focus: str | None = None,
    depth: int = 2,
    types: Iterable[str] | None = None,
    document: str | None = None,
) -> nx.MultiDiGraph:
    """The part of the graph to draw: one document's facts, then a neighbourhood, then types.

    The type filter comes last so that ``--focus X --type Agency`` shows the agencies reachable
    from X through nodes of other types (e.g. the agencies that share a measure with X).  The
    result's ``graph["selection"]`` says in words what was selected (for the page title) and
    ``graph["document_labels"]`` names every document, even those whose node was filtered out
    (a partial graph read from the store brings the names of the documents it lacks along in its
    own ``graph["document_labels"]``).
    """
    selected = _copy(graph, set(graph))
    selected.graph["document_labels"] = {**graph.graph.get("document_labels", {}), **document_labels(graph)}
    selected.graph["selection"] = []
    if document is not None:
        doc_id = find_document(graph, document)
        selected = _restrict_to_document(selected, doc_id)
        selected.graph["selection"].append(f"文件：{selected.graph['document_labels'].get(doc_id, doc_id)}")
    if focus is not None:
        if depth < 0:
            raise VizError(f"depth must be 0 or more, not {depth}")
        centre = find_node(selected, focus)
        undirected = selected.to_undirected(as_view=True)
        near = nx.single_source_shortest_path_length(undirected, centre, cutoff=depth)
        selected = _copy(selected, set(near))
        selected.graph["selection"].append(f"焦点：{selected.nodes[centre]['name']}（{depth} 跳）")
    if types is not None:
        wanted = normalise_types(types)
        selected = _copy(selected, {n for n, t in selected.nodes(data="type") if t in wanted})
        selected.graph["selection"].append("类型：" + ", ".join(sorted(wanted)))
    return selected


def normalise_types(types: Iterable[str]) -> set[str]:
    """Entity type names as the ontology spells them, accepting any case (``agency,measure``)."""
    known = {t.lower(): t for t in ENTITY_TYPES}
    wanted = {t.strip() for t in types if t.strip()}
    unknown = sorted(t for t in wanted if t.lower() not in known)
    if unknown:
        raise VizError(f"unknown entity type {', '.join(unknown)}; known types: {', '.join(ENTITY_TYPES)}")
    return {known[t.lower()] for t in wanted}


def find_node(graph: nx.MultiDiGraph, query: str) -> str:
    """The node a user means by ``query``: its IRI, exact name, exact alias, else a unique substring.

    Each tier is tried in turn; the first tier with any match decides, and more than one match in
    it is ambiguous (an alias such as 区政府 is shared by several districts).
    """
    query = query.strip()
    tiers: list[Callable[[str, dict[str, Any]], bool]] = [
        lambda n, a: n == query,
        lambda n, a: a.get("name") == query,
        lambda n, a: query in a.get("aliases", ()),
        lambda n, a: any(query in name for name in _names(a)),
    ]
    for matches_tier in tiers:
        hits = [n for n, attrs in graph.nodes(data=True) if matches_tier(n, attrs)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise VizError(f"focus {query!r} is ambiguous ({len(hits)} nodes): {_describe(graph, hits)}; give the full name")
    close = _close_names(query, (name for _, attrs in graph.nodes(data=True) for name in _names(attrs)))
    hint = f"; similar names: {', '.join(close)}" if close else ""
    raise VizError(f"focus {query!r}: no node has this name or alias{hint}")


def find_focus(store: GraphStore, query: str) -> str:
    """:func:`find_node` over the whole store, without reading the graph.

    The exact tiers (IRI, name, alias) are index lookups of the bound text; only when none
    matches are the labels scanned for a substring and, failing that, for similar names.
    """
    query = query.strip()
    exact_tiers = [
        [query] if query.startswith(ID) else [],
        [row["x"] for row in store.select(_BY_NAME, {"text": query})],
        [row["x"] for row in store.select(_BY_ALIAS, {"text": query})],
    ]
    for candidates in exact_tiers:
        hits = sorted(x for x in set(candidates) if _is_node(store, x))
        if hits:
            return _one_hit(store, query, hits)
    labels = store.select(_NODE_LABELS)
    hits = sorted({row["x"] for row in labels if row["class"] in _NODE_CLASSES and query in row["label"]})
    if hits:
        return _one_hit(store, query, hits)
    close = _close_names(query, (row["label"] for row in labels if row["class"] in _NODE_CLASSES))
    hint = f"; similar names: {', '.join(close)}" if close else ""
    raise VizError(f"focus {query!r}: no node has this name or alias{hint}")


def _is_node(store: GraphStore, iri: str) -> bool:
    """Whether :func:`read_graph` would make ``iri`` a node (a known class and a label)."""
    return any(row["class"] in _NODE_CLASSES for row in store.select(_CLASSES, {"x": iri}))


def _one_hit(store: GraphStore, query: str, hits: list[str]) -> str:
    if len(hits) == 1:
        return hits[0]
    described = to_networkx(read_nodes(store, hits[:MAX_CANDIDATES]))
    raise VizError(f"focus {query!r} is ambiguous ({len(hits)} nodes): {_describe(described, hits)}; give the full name")


def find_document(graph: nx.MultiDiGraph, query: str) -> str:
    """The id of the document a user means: its id, its title or number, or its file path.

    A path matches the stored ``source`` exactly (relative to the working folder, as ingest
    stored it) or by trailing path components either way round (``000_x.txt``, or an absolute
    path to a file that was ingested from another folder).
    """
    documents = _document_nodes(graph)
    tiers: list[Callable[[str, dict[str, Any]], bool]] = [
        lambda d, a: d == query,
        lambda d, a: query in (a.get("name"), a.get("doc_number")),
        lambda d, a: a.get("source") == source_name(Path(query)),
        lambda d, a: bool(a.get("source")) and _path_suffix_match(a["source"], query),
    ]
    for matches_tier in tiers:
        hits = [d for d, attrs in documents.items() if matches_tier(d, attrs)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise VizError(f"document {query!r} is ambiguous ({len(hits)} documents): {_describe_documents(documents, hits)}")
    listed = _describe_documents(documents, list(documents))
    raise VizError(f"document {query!r} is not in the store; stored: {listed or 'none'}")


def document_labels(graph: nx.MultiDiGraph) -> dict[str, str]:
    """doc id → ``title（source）``, how tooltips name the document a fact was read from."""
    return {
        doc_id: _document_label(attrs.get("name", doc_id), attrs.get("source"))
        for doc_id, attrs in _document_nodes(graph).items()
    }


def stored_document_labels(store: GraphStore) -> dict[str, str]:
    """:func:`document_labels` of every document in the store, from the document nodes alone."""
    names: dict[str, str] = {}
    sources: dict[str, str] = {}
    for row in store.select(_DOCUMENT_NAMES):
        if row["x"].startswith(_DOCUMENT_PREFIX):
            names.setdefault(row["x"], row["name"])
            if row["source"] is not None:
                sources.setdefault(row["x"], row["source"])
    return {x[len(_DOCUMENT_PREFIX):]: _document_label(name, sources.get(x)) for x, name in names.items()}


def _document_label(name: str, source: str | None) -> str:
    return f"{name}（{source}）" if source else name


def size_warning(graph: nx.MultiDiGraph) -> str | None:
    """What the CLI prints when the page will be slow to lay out and hard to read."""
    count = graph.number_of_nodes()
    if count <= MAX_NODES_WARN:
        return None
    return (f"the page has {count} nodes (more than {MAX_NODES_WARN}): it may be slow and hard to read; "
            "narrow it with --focus NAME --depth N, --type or --document")


def _copy(graph: nx.MultiDiGraph, keep: set[str], edge_ok: Callable[[dict[str, Any]], bool] | None = None) -> nx.MultiDiGraph:
    """An independent copy of the nodes in ``keep`` and the edges between them (optionally filtered)."""
    result = nx.MultiDiGraph()
    result.graph.update(graph.graph)
    result.add_nodes_from((n, attrs) for n, attrs in graph.nodes(data=True) if n in keep)
    result.add_edges_from(
        (u, v, k, attrs) for u, v, k, attrs in graph.edges(keys=True, data=True)
        if u in keep and v in keep and (edge_ok is None or edge_ok(attrs))
    )
    return result


def _restrict_to_document(graph: nx.MultiDiGraph, doc_id: str) -> nx.MultiDiGraph:
    """The entities a document mentions and the relations it states (not other documents' edges)."""
    ends = {n for u, v, d in graph.edges(data="document") if d == doc_id for n in (u, v)}
    keep = ends | {n for n, docs in graph.nodes(data="documents") if doc_id in (docs or ())}
    return _copy(graph, keep, lambda attrs: attrs.get("document") == doc_id)


def _document_nodes(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    return {n[len(_DOCUMENT_PREFIX):]: attrs for n, attrs in graph.nodes(data=True) if n.startswith(_DOCUMENT_PREFIX)}


def _path_suffix_match(source: str, query: str) -> bool:
    stored, given = Path(source).parts, Path(query).parts
    shorter = min(len(stored), len(given))
    return shorter > 0 and stored[-shorter:] == given[-shorter:]


def _names(attrs: dict[str, Any]) -> list[str]:
    return [attrs.get("name", ""), *attrs.get("aliases", ())]


def _describe(graph: nx.MultiDiGraph, nodes: list[str]) -> str:
    shown = ", ".join(f"{graph.nodes[n].get('name')} ({graph.nodes[n].get('type')})" for n in nodes[:MAX_CANDIDATES])
    return shown + (f" and {len(nodes) - MAX_CANDIDATES} more" if len(nodes) > MAX_CANDIDATES else "")


def _describe_documents(documents: dict[str, dict[str, Any]], ids: list[str]) -> str:
    shown = ", ".join(f"{documents[d].get('source') or d} ({documents[d].get('name')})" for d in ids[:MAX_CANDIDATES])
    return shown + (f" and {len(ids) - MAX_CANDIDATES} more" if len(ids) > MAX_CANDIDATES else "")


def _close_names(query: str, names: Iterable[str]) -> list[str]:
    return difflib.get_close_matches(query, sorted(set(names)), n=MAX_CANDIDATES, cutoff=0.4)


# -- rendering ---------------------------------------------------------------------------------
def render_html(graph: nx.MultiDiGraph, title: str) -> str:
    """The page as one string: vis-network inline, no outside request, our legend and search box."""
    ids = {node: f"n{i}" for i, node in enumerate(graph)}
    docs = {**document_labels(graph), **graph.graph.get("document_labels", {})}
    net = Network(height="calc(100vh - 64px)", width="100%", directed=True, cdn_resources="in_line")
    net.options = _vis_options(graph.number_of_nodes())
    for node, attrs in graph.nodes(data=True):
        net.add_node(ids[node], **_node_options(graph, node, attrs, docs))
    for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
        net.add_edge(ids[u], ids[v], **_edge_options(graph, u, v, attrs, docs, f"e{i}"))
    page = _strip_remote_tags(net.generate_html())
    page = _insert_once(page, "</head>", _head(title) + "</head>")
    page = _insert_once(page, "<body>", "<body>" + _header(title, graph) + _legend(graph))
    page = _insert_once(page, "</body>", f"<script>{_PAGE_SCRIPT}</script></body>")
    _check_offline(page)
    _check_plain_tooltips(page)
    return "<!DOCTYPE html>\n" + page


def write_graph_page(
    store: GraphStore,
    output: Path,
    focus: str | None = None,
    depth: int = 2,
    types: Iterable[str] | None = None,
    document: str | None = None,
) -> VizResult:
    """Read the store, select, render and write the page; what ``policykg viz`` calls.

    With ``focus`` (and no ``document``) only the neighbourhood is read from the store
    (:func:`kg.graph.read_neighbourhood`): the page is the same as cutting it out of the whole
    graph, at a cost that follows the neighbourhood's size instead of the store's.
    """
    if focus is not None and document is None:
        if depth < 0:
            raise VizError(f"depth must be 0 or more, not {depth}")
        centre = find_focus(store, focus)
        near = to_networkx(read_neighbourhood(store, centre, depth))
        near.graph["document_labels"] = stored_document_labels(store)
        graph = select_subgraph(near, centre, depth, types)
    else:
        graph = select_subgraph(to_networkx(read_graph(store)), focus, depth, types, document)
    if graph.number_of_nodes() == 0:
        what = "the selection matched no nodes" if graph.graph["selection"] else "the store holds no facts yet"
        raise VizError(f"nothing to draw: {what}")
    title = " · ".join(["policy-kg 知识图谱", *graph.graph["selection"]])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_html(graph, title), encoding="utf-8")
    return VizResult(output, graph.number_of_nodes(), graph.number_of_edges(), size_warning(graph))


def _vis_options(node_count: int) -> dict[str, Any]:
    """Stabilise once (the page script then freezes physics) so a big page stays responsive.

    Past ~150 nodes vis-network's "improved layout" takes seconds and gives up, and curved edges
    slow every frame.  Past MAX_NODES_WARN fewer iterations keep the first drawing under ~15 s in
    headless Chromium (2000 nodes: ~70 ms per iteration); the user was told to narrow the page.
    """
    large = node_count > 150
    iterations = 600 if not large else 300 if node_count <= MAX_NODES_WARN else 100
    return {
        "nodes": {"font": {"face": FONT_FACE, "size": 16}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"face": FONT_FACE, "size": 10, "align": "middle", "color": "#555555", "strokeWidth": 2},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "width": 1.2,
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": True},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 100, "springConstant": 0.06, "avoidOverlap": 0.6},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
        },
    }


def _node_options(graph: nx.MultiDiGraph, node: str, attrs: dict[str, Any], docs: dict[str, str]) -> dict[str, Any]:
    colour, shape, _, _, base = TYPE_STYLES.get(attrs.get("type", ""), TYPE_STYLES["Document"])
    name = attrs.get("name", "")
    options: dict[str, Any] = {
        "label": _shorten(name),
        "title": _defuse_link_template(_node_title(graph, node, attrs, docs)),
        "shape": shape,
        "color": colour,
        "pkNames": _names(attrs),
    }
    if shape == "box":
        options["font"] = {"color": "#ffffff"}
    else:
        options["size"] = base + 4 * math.sqrt(graph.degree(node))
    return options


def _edge_options(graph: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any], docs: dict[str, str], edge_id: str) -> dict[str, Any]:
    predicate = attrs.get("predicate", "")
    colour, _ = RELATION_STYLES.get(predicate, ("#999999", predicate))
    return {
        "id": edge_id,
        "label": predicate,
        "title": _edge_title(graph, u, v, attrs, docs),
        "color": colour,
        "dashes": predicate == "mentions",
    }


def _node_title(graph: nx.MultiDiGraph, node: str, attrs: dict[str, Any], docs: dict[str, str]) -> str:
    """Plain-text tooltip: type, aliases, attributes, source documents and a few evidence sentences."""
    kind = attrs.get("type", "")
    lines = [attrs.get("name", ""), f"类型：{TYPE_STYLES.get(kind, TYPE_STYLES['Document'])[3]} {kind}"]
    if attrs.get("aliases"):
        lines.append("别名：" + "、".join(attrs["aliases"]))
    lines += [f"{key}：{value}" for key, value in attrs.items() if key not in _HIDDEN_ATTRIBUTES]
    lines += [f"来源：{docs.get(d, d)}" for d in attrs.get("documents", ())]
    evidence = _node_evidence(graph, node, docs)
    if evidence:
        lines += ["证据：", *evidence]
    return "\n".join(lines)


def _node_evidence(graph: nx.MultiDiGraph, node: str, docs: dict[str, str]) -> list[str]:
    """Sentences that state this node's relations: entities carry no evidence of their own here."""
    seen: list[str] = []
    edges = [*graph.in_edges(node, data=True), *graph.out_edges(node, data=True)]
    for _, _, attrs in edges:
        for sentence in attrs.get("evidence", ()):
            line = f"“{sentence}”（{docs.get(attrs.get('document', ''), attrs.get('document', ''))}）"
            if line not in seen:
                seen.append(line)
            if len(seen) == MAX_NODE_EVIDENCE:
                return seen
    return seen


def _edge_title(graph: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any], docs: dict[str, str]) -> str:
    predicate = attrs.get("predicate", "")
    document = attrs.get("document", "")
    lines = [
        f"{predicate}（{RELATION_STYLES.get(predicate, ('', predicate))[1]}）",
        f"{graph.nodes[u].get('name', '')} → {graph.nodes[v].get('name', '')}",
        f"来源：{docs.get(document, document)}",
    ]
    if attrs.get("evidence"):
        lines += ["证据：", *(f"“{sentence}”" for sentence in attrs["evidence"])]
    return "\n".join(lines)


def _shorten(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1] + "…"


def _defuse_link_template(title: str) -> str:
    """Keep pyvis on its plain-text tooltips.

    pyvis 0.3.2 switches to a template that sets ``popup.innerHTML = title`` whenever any node
    title contains the substring ``href``, which would run markup from a document.  A zero-width
    space inside the word keeps it readable and the page safe (``_check_plain_tooltips``).
    """
    return title.replace("href", "hre\u200bf")


def _strip_remote_tags(page: str) -> str:
    """Remove the Bootstrap CDN ``<link>``/``<script>`` tags: the page uses no Bootstrap class."""
    return _REMOTE_TAG_RE.sub("", page)


def _check_offline(page: str) -> None:
    """Fail loudly if a pyvis upgrade brings back a tag that would make the page fetch anything."""
    found = _REMOTE_REF_RE.search(page)
    if found:
        context = page[max(0, found.start() - 40): found.end() + 40]
        raise RuntimeError(f"the graph page would fetch a remote resource: {context!r}")


def _check_plain_tooltips(page: str) -> None:
    if "popup.innerHTML" in page:
        raise RuntimeError("pyvis chose its HTML tooltip template; titles would be parsed as HTML")


def _insert_once(page: str, marker: str, replacement: str) -> str:
    """Replace the single ``marker``; a template that lacks it (a pyvis change) is an error."""
    if page.count(marker) != 1:
        raise RuntimeError(f"unexpected pyvis template: {marker!r} occurs {page.count(marker)} times")
    return page.replace(marker, replacement)


def _head(title: str) -> str:
    return f"<title>{html.escape(title)}</title><style>{_PAGE_CSS}</style>"


def _header(title: str, graph: nx.MultiDiGraph) -> str:
    counts = f"{graph.number_of_nodes()} 节点 · {graph.number_of_edges()} 关系"
    return (
        '<header id="pk-header">'
        f'<h1 id="pk-title">{html.escape(title)}</h1><span id="pk-counts">{html.escape(counts)}</span>'
        '<form id="pk-search" autocomplete="off">'
        '<input id="pk-query" type="search" list="pk-names" placeholder="查找节点 / find a node" aria-label="find a node">'
        '<datalist id="pk-names"></datalist><button type="submit">查找</button>'
        '<span id="pk-status" role="status"></span></form></header>'
    )


def _legend(graph: nx.MultiDiGraph) -> str:
    """Only the types and relations on this page, with how many of each."""
    type_counts = Counter(kind for _, kind in graph.nodes(data="type"))
    relation_counts = Counter(p for _, _, p in graph.edges(data="predicate"))
    rows = [
        _legend_row(TYPE_STYLES[kind][0], TYPE_STYLES[kind][2], f"{TYPE_STYLES[kind][3]} {kind}", type_counts[kind])
        for kind in TYPE_STYLES if kind in type_counts
    ]
    rows += [
        _legend_row(RELATION_STYLES[p][0], "┅" if p == "mentions" else "━", f"{RELATION_STYLES[p][1]} {p}", relation_counts[p])
        for p in RELATION_STYLES if p in relation_counts
    ]
    return f'<aside id="pk-legend"><div class="pk-legend-title">图例</div>{"".join(rows)}</aside>'


def _legend_row(colour: str, glyph: str, text: str, count: int) -> str:
    return (f'<div class="pk-legend-row"><span class="pk-glyph" style="color:{html.escape(colour)}">{html.escape(glyph)}</span>'
            f"{html.escape(text)} <span class=\"pk-count\">{count}</span></div>")


_PAGE_CSS = f"""
body {{ margin: 0; font-family: {FONT_FACE}; }}
body > center {{ display: none; }}
#pk-header {{
  display: flex; align-items: center; gap: 16px; height: 56px; padding: 0 16px;
  border-bottom: 1px solid #ddd; background: #fafafa;
}}
#pk-title {{ font-size: 18px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 55%; }}
#pk-counts {{ color: #666; font-size: 13px; white-space: nowrap; }}
#pk-search {{ margin-left: auto; display: flex; gap: 6px; align-items: center; }}
#pk-query {{ width: 220px; padding: 4px 6px; }}
#pk-status {{ color: #666; font-size: 12px; min-width: 120px; }}
#mynetwork {{ border: none !important; float: none !important; }}
#pk-legend {{
  position: absolute; top: 72px; right: 16px; z-index: 10; max-height: calc(100vh - 110px); overflow: auto;
  background: rgba(255,255,255,.92); border: 1px solid #ddd; border-radius: 6px;
  padding: 8px 10px; font-size: 12px; line-height: 1.6;
}}
.pk-legend-title {{ font-weight: bold; margin-bottom: 2px; }}
.pk-glyph {{ display: inline-block; width: 18px; text-align: center; }}
.pk-count {{ color: #999; }}
div.vis-tooltip {{
  white-space: pre-wrap !important; max-width: 520px; font-family: {FONT_FACE} !important; font-size: 13px !important;
}}
"""

# Runs after pyvis' drawGraph(), which defines the globals ``network`` and ``nodes``.  Data only
# ever reaches the DOM through ``textContent`` and ``option.value``, never through innerHTML.
_PAGE_SCRIPT = """
(function () {
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    document.body.setAttribute("data-stabilized", "true");
  });
  var all = nodes.get();
  var list = document.getElementById("pk-names");
  var seen = Object.create(null);
  all.forEach(function (node) {
    node.pkNames.forEach(function (name) {
      if (!name || seen[name]) { return; }
      seen[name] = true;
      var option = document.createElement("option");
      option.value = name;
      list.appendChild(option);
    });
  });
  var status = document.getElementById("pk-status");
  var last = {query: null, index: -1};
  function matches(query) {
    var q = query.toLowerCase();
    var exact = all.filter(function (node) {
      return node.pkNames.some(function (name) { return name.toLowerCase() === q; });
    });
    return exact.length ? exact : all.filter(function (node) {
      return node.pkNames.some(function (name) { return name.toLowerCase().indexOf(q) >= 0; });
    });
  }
  document.getElementById("pk-search").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("pk-query").value.trim();
    if (!query) { return; }
    var hits = matches(query);
    if (!hits.length) { status.textContent = "未找到 / not found"; return; }
    last.index = last.query === query ? (last.index + 1) % hits.length : 0;
    last.query = query;
    var hit = hits[last.index];
    network.selectNodes([hit.id]);
    network.focus(hit.id, {scale: 1.2, animation: {duration: 400}});
    status.textContent = (last.index + 1) + "/" + hits.length + " " + hit.pkNames[0];
  });
})();
"""
