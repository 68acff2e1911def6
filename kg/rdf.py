"""A resolved :class:`Extraction` → RDF quads in the document's own named graph.

Layout (see ``ontology/policykg.ttl``):

* every entity: ``rdf:type``, ``skos:prefLabel``/``skos:altLabel`` (``@zh``), its attributes,
  and ``pk:evidence`` → a ``pk:Evidence`` node (sentence, start, end, ``pk:inDocument``);
* every relation: the direct triple (``?agency pk:owns ?measure``) for plain queries, plus a
  ``pk:Assertion`` (``rdf:subject/predicate/object``) carrying its evidence.

All of it sits in one named graph per document, so replacing a document is one graph swap.
Evidence and assertion IRIs are derived from their content, so re-ingesting writes the same
quads again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import DOCUMENT_TYPES, Evidence, Extraction
from kg.resolve import document_iri, graph_iri
from ontology import (
    ALT_LABEL,
    ASSERTION_CLASS,
    ATTRIBUTE_IRIS,
    CC,
    CLASS_IRIS,
    CONTACT,
    DOCUMENT_CLASS,
    END,
    EVIDENCE,
    EVIDENCE_CLASS,
    ID,
    IN_DOCUMENT,
    PREDICATE_IRIS,
    PREF_LABEL,
    RDF_OBJECT,
    RDF_PREDICATE,
    RDF_SUBJECT,
    RDF_TYPE,
    SENTENCE,
    START,
    XSD,
)

# Every IRI the layout itself uses, built once: pyoxigraph parses and validates an IRI on each
# NamedNode(...) call (about 1 µs), and building these per quad was a third of the time here.
_TYPE = NamedNode(RDF_TYPE)
_INTEGER = NamedNode(XSD + "integer")
_DECIMAL = NamedNode(XSD + "decimal")
_DATE = NamedNode(XSD + "date")
_BOOLEAN = NamedNode(XSD + "boolean")
_EVIDENCE = NamedNode(EVIDENCE)
_EVIDENCE_CLASS = NamedNode(EVIDENCE_CLASS)
_SENTENCE = NamedNode(SENTENCE)
_START = NamedNode(START)
_END = NamedNode(END)
_IN_DOCUMENT = NamedNode(IN_DOCUMENT)
_PREF_LABEL = NamedNode(PREF_LABEL)
_ALT_LABEL = NamedNode(ALT_LABEL)
_CC = NamedNode(CC)
_CONTACT = NamedNode(CONTACT)
_DOCUMENT_CLASS = NamedNode(DOCUMENT_CLASS)
_ASSERTION_CLASS = NamedNode(ASSERTION_CLASS)
_RDF_SUBJECT = NamedNode(RDF_SUBJECT)
_RDF_PREDICATE = NamedNode(RDF_PREDICATE)
_RDF_OBJECT = NamedNode(RDF_OBJECT)
_CLASS_NODES = {name: NamedNode(iri) for name, iri in CLASS_IRIS.items()}
_PREDICATE_NODES = {name: NamedNode(iri) for name, iri in PREDICATE_IRIS.items()}
_ATTRIBUTE_NODES = {name: NamedNode(iri) for name, iri in ATTRIBUTE_IRIS.items()}


def zh(text: str) -> Literal:
    return Literal(text, language="zh")


# Entity IRIs and labels repeat across documents (the same agencies, policies and programs), so
# their terms are kept between documents.  The bound keeps a long ingest's memory flat; IRIs
# that only one document uses (its measures) just pass through.
_CACHED_TERMS = 1 << 16
_entity_node = lru_cache(maxsize=_CACHED_TERMS)(NamedNode)
_label = lru_cache(maxsize=_CACHED_TERMS)(zh)


@lru_cache(maxsize=_CACHED_TERMS)
def _offset(value: int) -> Literal:
    """An ``xsd:integer`` character offset (offsets repeat from document to document)."""
    return Literal(str(value), datatype=_INTEGER)


def _attribute(name: str, value: Any) -> Literal:
    if name == "date":
        return Literal(str(value), datatype=_DATE)
    if name == "value":
        return Literal(repr(float(value)) if not float(value).is_integer() else f"{value:.1f}", datatype=_DECIMAL)
    if isinstance(value, bool):
        return Literal(str(value).lower(), datatype=_BOOLEAN)
    if isinstance(value, int):
        return Literal(str(value), datatype=_INTEGER)
    return Literal(str(value))


def evidence_iri(evidence: Evidence) -> str:
    return f"{ID}evidence/{evidence.document}/{evidence.start}-{evidence.end}"


def assertion_iri(subject: str, predicate: str, obj: str, doc_id: str) -> str:
    digest = hashlib.sha1(f"{subject}\n{predicate}\n{obj}".encode()).hexdigest()[:20]
    return f"{ID}assertion/{doc_id}/{digest}"


def extraction_quads(extraction: Extraction) -> Iterator[Quad]:
    """Every quad of one resolved extraction, all in the document's named graph."""
    doc_id = extraction.document.id
    graph = NamedNode(graph_iri(doc_id))
    doc_node = NamedNode(document_iri(doc_id))
    # An evidence sentence backs many facts: its node is built once, its own quads written once.
    evidence_nodes: dict[Evidence, NamedNode] = {}

    def evidence_quads(subject: NamedNode, evidences: list[Evidence]) -> Iterator[Quad]:
        for evidence in evidences:
            node = evidence_nodes.get(evidence)
            if node is not None:
                yield Quad(subject, _EVIDENCE, node, graph)
                continue
            node = evidence_nodes[evidence] = NamedNode(evidence_iri(evidence))
            yield Quad(subject, _EVIDENCE, node, graph)
            yield Quad(node, _TYPE, _EVIDENCE_CLASS, graph)
            yield Quad(node, _SENTENCE, zh(evidence.text), graph)
            yield Quad(node, _START, _offset(evidence.start), graph)
            yield Quad(node, _END, _offset(evidence.end), graph)
            yield Quad(node, _IN_DOCUMENT, doc_node, graph)

    for entity in extraction.entities:
        node = _entity_node(entity.id)
        yield Quad(node, _TYPE, _CLASS_NODES[entity.type], graph)
        if entity.type in DOCUMENT_TYPES and entity.type != "Document":
            yield Quad(node, _TYPE, _DOCUMENT_CLASS, graph)
        yield Quad(node, _PREF_LABEL, _label(entity.name), graph)
        for alias in entity.aliases:
            yield Quad(node, _ALT_LABEL, _label(alias), graph)
        for name, value in entity.properties.items():
            if name in _ATTRIBUTE_NODES and value not in ("", None):
                yield Quad(node, _ATTRIBUTE_NODES[name], _attribute(name, value), graph)
        yield from evidence_quads(node, entity.evidence)

    meta = extraction.document
    for cc in meta.cc:
        yield Quad(doc_node, _CC, zh(cc), graph)
    for key, value in meta.contact.items():
        yield Quad(doc_node, _CONTACT, zh(f"{key}：{value}"), graph)

    for relation in extraction.relations:
        subject, predicate, obj = _entity_node(relation.subject), _PREDICATE_NODES[relation.predicate], _entity_node(relation.object)
        yield Quad(subject, predicate, obj, graph)
        assertion = NamedNode(assertion_iri(relation.subject, relation.predicate, relation.object, doc_id))
        yield Quad(assertion, _TYPE, _ASSERTION_CLASS, graph)
        yield Quad(assertion, _RDF_SUBJECT, subject, graph)
        yield Quad(assertion, _RDF_PREDICATE, predicate, graph)
        yield Quad(assertion, _RDF_OBJECT, obj, graph)
        yield from evidence_quads(assertion, relation.evidence)
