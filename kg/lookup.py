"""Finding entities by what a user types, and describing one entity.

Users type an alias (市科委), a full name, or part of one.  Exact labels win; otherwise a
unique entity whose label contains the text is taken, and an ambiguous text is an error that
lists the candidates.  The text only ever reaches SPARQL as a bound parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.store import GraphStore
from ontology import CLASS_IRIS

_TYPE_NAMES = {iri: name for name, iri in CLASS_IRIS.items()}

# Labels are @zh literals and the text a plain string.  The stored literal is built from the
# text and looked up inside LATERAL, so Oxigraph uses its label index; FILTER(STR(?label) = …)
# compared every label in the store (minutes at 10,000 documents).  A bound variable reaches
# the planner as a binding, not a constant, so every query here starts from it and reads the
# rest inside LATERAL, which keeps that order.
_EXACT = """
SELECT DISTINCT ?x ?name ?class ?text WHERE {
  { BIND(STRLANG(STR(?text), "zh") AS ?label) } UNION { BIND(STR(?text) AS ?label) }
  LATERAL { ?x skos:prefLabel|skos:altLabel ?label }
  LATERAL { ?x skos:prefLabel ?name ; a ?class }
}
"""
# A substring cannot use an index: this scans the labels, and runs only when no label is exact.
_CONTAINS = """
SELECT DISTINCT ?x ?name ?class ?text WHERE {
  { SELECT DISTINCT ?x ?text WHERE { ?x skos:prefLabel|skos:altLabel ?label . FILTER(CONTAINS(STR(?label), STR(?text))) } }
  LATERAL { ?x skos:prefLabel ?name ; a ?class }
}
"""


class NameLookupError(Exception):
    """A one-line reason a name did not lead to one entity."""


@dataclass(frozen=True)
class Match:
    iri: str
    name: str
    type: str


def _matches(store: GraphStore, sparql: str, text: str, types: tuple[str, ...]) -> list[Match]:
    found: dict[str, Match] = {}
    for row in store.select(sparql, {"text": text}):
        type_name = _TYPE_NAMES.get(row["class"])
        if type_name is None or (types and type_name not in types):
            continue
        if row["x"] not in found or type_name != "Document":
            found[row["x"]] = Match(row["x"], row["name"], type_name)
    return sorted(found.values(), key=lambda m: (m.type, m.name))


def find_entities(store: GraphStore, text: str, types: tuple[str, ...] = ()) -> list[Match]:
    """Entities whose label equals the text, else those whose label contains it."""
    text = text.strip()
    if not text:
        return []
    return _matches(store, _EXACT, text, types) or _matches(store, _CONTAINS, text, types)


def find_one(store: GraphStore, text: str, types: tuple[str, ...] = ()) -> Match:
    """The single entity the text names, or an error listing the candidates."""
    matches = find_entities(store, text, types)
    kinds = "/".join(types) if types else "entity"
    if not matches:
        raise NameLookupError(f"no {kinds} named {text!r} in the store")
    distinct = {m.name for m in matches}
    if len(distinct) > 1:
        shown = "、".join(sorted(distinct)[:8])
        raise NameLookupError(f"{text!r} matches {len(distinct)} {kinds} names: {shown}{' …' if len(distinct) > 8 else ''}; be more specific")
    return matches[0]


@dataclass
class RelationView:
    relation: str
    direction: str  # "out" | "in"
    other: str
    other_type: str
    document: str
    sentence: str


@dataclass
class EntityView:
    iri: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    relations: list[RelationView] = field(default_factory=list)
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (document, sentence)


_ALIASES = "SELECT DISTINCT ?alias ?x WHERE { ?x skos:altLabel ?alias } ORDER BY ?alias"
_PROPERTIES = """
SELECT DISTINCT ?p ?v ?x WHERE { ?x ?p ?v . FILTER(isLiteral(?v)) FILTER(?p NOT IN (skos:prefLabel, skos:altLabel)) } ORDER BY ?p ?v
"""
_EVIDENCE = """
SELECT DISTINCT ?document ?sentence ?x WHERE {
  GRAPH ?g { ?x pk:evidence ?e }
  LATERAL { GRAPH ?g { ?e pk:sentence ?sentence . ?d a pk:Document ; skos:prefLabel ?document } }
} ORDER BY ?document ?sentence
"""
_RELATIONS = """
SELECT DISTINCT ?relation ?direction ?other ?other_class ?document ?sentence ?x WHERE {
  { GRAPH ?g { ?s rdf:subject ?x } BIND(?x AS ?subject) BIND("out" AS ?direction) }
  UNION
  { GRAPH ?g { ?s rdf:object ?x } BIND(?x AS ?object) BIND("in" AS ?direction) }
  LATERAL {
    GRAPH ?g { ?s rdf:subject ?subject ; rdf:predicate ?p ; rdf:object ?object ; a pk:Assertion .
               OPTIONAL { ?s pk:evidence/pk:sentence ?sentence }
               ?d a pk:Document ; skos:prefLabel ?document . }
  }
  BIND(IF(?direction = "out", ?object, ?subject) AS ?o)
  LATERAL {
    ?o skos:prefLabel ?other ; a ?other_class .
    FILTER(?other_class != pk:Document || NOT EXISTS { ?o a ?specific . FILTER(?specific != pk:Document && STRSTARTS(STR(?specific), STR(pk:))) })
  }
  BIND(REPLACE(STR(?p), "^.*#", "") AS ?relation)
} ORDER BY ?relation ?direction ?other ?document ?sentence
"""


def describe(store: GraphStore, match: Match) -> EntityView:
    """Everything the store says about one entity."""
    params = {"x": match.iri}
    view = EntityView(match.iri, match.name, match.type)
    view.aliases = [r["alias"] for r in store.select(_ALIASES, params)]
    for row in store.select(_PROPERTIES, params):
        view.properties.setdefault(row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1], row["v"])
    view.evidence = [(r["document"], r["sentence"]) for r in store.select(_EVIDENCE, params)]
    for row in store.select(_RELATIONS, params):
        view.relations.append(RelationView(row["relation"], row["direction"], row["other"],
                                           _TYPE_NAMES.get(row["other_class"], ""), row["document"], row["sentence"] or ""))
    return view
