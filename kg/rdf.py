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

_TYPE = NamedNode(RDF_TYPE)
_INTEGER = NamedNode(XSD + "integer")
_DECIMAL = NamedNode(XSD + "decimal")
_DATE = NamedNode(XSD + "date")


def zh(text: str) -> Literal:
    return Literal(text, language="zh")


def _attribute(name: str, value: Any) -> Literal:
    if name == "date":
        return Literal(str(value), datatype=_DATE)
    if name == "value":
        return Literal(repr(float(value)) if not float(value).is_integer() else f"{value:.1f}", datatype=_DECIMAL)
    if isinstance(value, bool):
        return Literal(str(value).lower(), datatype=NamedNode(XSD + "boolean"))
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
    written_evidence: set[Evidence] = set()

    def evidence_quads(subject: NamedNode, evidence: Evidence) -> Iterator[Quad]:
        node = NamedNode(evidence_iri(evidence))
        yield Quad(subject, NamedNode(EVIDENCE), node, graph)
        if evidence not in written_evidence:
            written_evidence.add(evidence)
            yield Quad(node, _TYPE, NamedNode(EVIDENCE_CLASS), graph)
            yield Quad(node, NamedNode(SENTENCE), zh(evidence.text), graph)
            yield Quad(node, NamedNode(START), Literal(str(evidence.start), datatype=_INTEGER), graph)
            yield Quad(node, NamedNode(END), Literal(str(evidence.end), datatype=_INTEGER), graph)
            yield Quad(node, NamedNode(IN_DOCUMENT), doc_node, graph)

    for entity in extraction.entities:
        node = NamedNode(entity.id)
        yield Quad(node, _TYPE, NamedNode(CLASS_IRIS[entity.type]), graph)
        if entity.type in DOCUMENT_TYPES and entity.type != "Document":
            yield Quad(node, _TYPE, NamedNode(DOCUMENT_CLASS), graph)
        yield Quad(node, NamedNode(PREF_LABEL), zh(entity.name), graph)
        for alias in entity.aliases:
            yield Quad(node, NamedNode(ALT_LABEL), zh(alias), graph)
        for name, value in entity.properties.items():
            if name in ATTRIBUTE_IRIS and value not in ("", None):
                yield Quad(node, NamedNode(ATTRIBUTE_IRIS[name]), _attribute(name, value), graph)
        for evidence in entity.evidence:
            yield from evidence_quads(node, evidence)

    meta = extraction.document
    for cc in meta.cc:
        yield Quad(doc_node, NamedNode(CC), zh(cc), graph)
    for key, value in meta.contact.items():
        yield Quad(doc_node, NamedNode(CONTACT), zh(f"{key}：{value}"), graph)

    for relation in extraction.relations:
        subject, predicate, obj = NamedNode(relation.subject), NamedNode(PREDICATE_IRIS[relation.predicate]), NamedNode(relation.object)
        yield Quad(subject, predicate, obj, graph)
        assertion = NamedNode(assertion_iri(relation.subject, relation.predicate, relation.object, doc_id))
        yield Quad(assertion, _TYPE, NamedNode(ASSERTION_CLASS), graph)
        yield Quad(assertion, NamedNode(RDF_SUBJECT), subject, graph)
        yield Quad(assertion, NamedNode(RDF_PREDICATE), predicate, graph)
        yield Quad(assertion, NamedNode(RDF_OBJECT), obj, graph)
        for evidence in relation.evidence:
            yield from evidence_quads(assertion, evidence)
