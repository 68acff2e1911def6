"""A resolved :class:`Extraction` → RDF quads in the document's own named graph.

Layout (see ``ontology/policykg.ttl``):

* every entity: ``rdf:type``, ``skos:prefLabel``/``skos:altLabel`` (``@zh``), its attributes,
  and ``pk:evidence`` → a ``pk:Evidence`` node (sentence, start, end, ``pk:inDocument``);
* every relation: the direct triple (``?agency pk:owns ?measure``) for plain queries, plus a
  ``pk:Assertion`` (``rdf:subject/predicate/object``) carrying its evidence.

All of it sits in one named graph per document, so replacing a document is one graph swap.
Evidence and assertion IRIs are derived from their content, so re-ingesting writes the same
quads again.

The quads are written as N-Quads text (:func:`extraction_nquads`), which the store loads and
:func:`extraction_quads` parses back for callers that want terms.  Building a pyoxigraph
``Quad`` costs microseconds (each term is tried against every term type, a literal last), and a
document has hundreds of quads: writing the text directly is what makes extraction fast.  Every
IRI made from a name is checked by ``NamedNode`` once; the others are made of ids and numbers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

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



def _iri(iri: str) -> str:
    return f"<{iri}>"


# Every IRI the layout itself uses, written once.
_TYPE = _iri(RDF_TYPE)
_INTEGER = _iri(XSD + "integer")
_DECIMAL = _iri(XSD + "decimal")
_DATE = _iri(XSD + "date")
_BOOLEAN = _iri(XSD + "boolean")
_EVIDENCE = _iri(EVIDENCE)
_EVIDENCE_CLASS = _iri(EVIDENCE_CLASS)
_SENTENCE = _iri(SENTENCE)
_START = _iri(START)
_END = _iri(END)
_IN_DOCUMENT = _iri(IN_DOCUMENT)
_PREF_LABEL = _iri(PREF_LABEL)
_ALT_LABEL = _iri(ALT_LABEL)
_CC = _iri(CC)
_CONTACT = _iri(CONTACT)
_DOCUMENT_CLASS = _iri(DOCUMENT_CLASS)
_ASSERTION_CLASS = _iri(ASSERTION_CLASS)
_RDF_SUBJECT = _iri(RDF_SUBJECT)
_RDF_PREDICATE = _iri(RDF_PREDICATE)
_RDF_OBJECT = _iri(RDF_OBJECT)
_CLASS_NODES = {name: _iri(iri) for name, iri in CLASS_IRIS.items()}
_PREDICATE_NODES = {name: _iri(iri) for name, iri in PREDICATE_IRIS.items()}
_ATTRIBUTE_NODES = {name: _iri(iri) for name, iri in ATTRIBUTE_IRIS.items()}
_NEEDS_ESCAPE = frozenset('\\"\n\r')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _literal(text: str, suffix: str = "") -> str:
    """An N-Quads literal: the text with \\, ", line feed and carriage return escaped."""
    if _NEEDS_ESCAPE.isdisjoint(text):  # most texts: no per-character translation
        return f'"{text}"{suffix}'
    return f'"{text.translate(_ESCAPES)}"{suffix}'


def _zh(text: str) -> str:
    return _literal(text, "@zh")


# Entity IRIs and labels repeat across documents (the same agencies, policies and programs), so
# their written forms are kept between documents.  The bound keeps a long ingest's memory flat.
_CACHED_TERMS = 1 << 16


@lru_cache(maxsize=_CACHED_TERMS)
def _entity_node(iri: str) -> str:
    """An entity's IRI, checked (it is made from a name) and written."""
    return _iri(NamedNode(iri).value)


_label = lru_cache(maxsize=_CACHED_TERMS)(_zh)


@lru_cache(maxsize=_CACHED_TERMS)
def _offset(value: int) -> str:
    """An ``xsd:integer`` character offset (offsets repeat from document to document)."""
    return f'"{value}"^^{_INTEGER}'


def _attribute(name: str, value: Any) -> str:
    if name == "date":
        return _literal(str(value), f"^^{_DATE}")
    if name == "value":
        number = repr(float(value)) if not float(value).is_integer() else f"{value:.1f}"
        return _literal(number, f"^^{_DECIMAL}")
    if isinstance(value, bool):
        return _literal(str(value).lower(), f"^^{_BOOLEAN}")
    if isinstance(value, int):
        return _literal(str(value), f"^^{_INTEGER}")
    return _literal(str(value))


def evidence_iri(evidence: Evidence) -> str:
    return f"{ID}evidence/{evidence.document}/{evidence.start}-{evidence.end}"


def assertion_iri(subject: str, predicate: str, obj: str, doc_id: str) -> str:
    digest = hashlib.sha1(f"{subject}\n{predicate}\n{obj}".encode()).hexdigest()[:20]
    return f"{ID}assertion/{doc_id}/{digest}"


def extraction_quads(extraction: Extraction) -> Iterator[Quad]:
    """Every quad of one resolved extraction, as pyoxigraph terms (parsed from its N-Quads)."""
    return parse(extraction_nquads(extraction), format=RdfFormat.N_QUADS)


def extraction_nquads(extraction: Extraction) -> bytes:
    """Every quad of one resolved extraction, all in the document's named graph, as N-Quads."""
    doc_id = extraction.document.id
    graph = _iri(NamedNode(graph_iri(doc_id)).value)  # checked: every other IRI here extends the id
    doc_node = _iri(document_iri(doc_id))
    lines: list[str] = []
    add = lines.append
    # An evidence sentence backs many facts: its node is written once, its own quads once.  It is
    # known by its span (its text follows from it), a cheaper key than the whole Evidence.
    evidence_nodes: dict[tuple[int, int], str] = {}

    def add_evidence(subject: str, evidences: list[Evidence]) -> None:
        for evidence in evidences:
            node = evidence_nodes.get((evidence.start, evidence.end))
            if node is None:
                node = evidence_nodes[evidence.start, evidence.end] = _iri(evidence_iri(evidence))
                add(f"{node} {_TYPE} {_EVIDENCE_CLASS} {graph} .\n"  # one string for the node's five lines
                    f"{node} {_SENTENCE} {_zh(evidence.text)} {graph} .\n"
                    f"{node} {_START} {_offset(evidence.start)} {graph} .\n"
                    f"{node} {_END} {_offset(evidence.end)} {graph} .\n"
                    f"{node} {_IN_DOCUMENT} {doc_node} {graph} .\n")
            add(f"{subject} {_EVIDENCE} {node} {graph} .\n")

    for entity in extraction.entities:
        node = _entity_node(entity.id)
        add(f"{node} {_TYPE} {_CLASS_NODES[entity.type]} {graph} .\n")
        if entity.type in DOCUMENT_TYPES and entity.type != "Document":
            add(f"{node} {_TYPE} {_DOCUMENT_CLASS} {graph} .\n")
        add(f"{node} {_PREF_LABEL} {_label(entity.name)} {graph} .\n")
        for alias in entity.aliases:
            add(f"{node} {_ALT_LABEL} {_label(alias)} {graph} .\n")
        for name, value in entity.properties.items():
            if name in _ATTRIBUTE_NODES and value not in ("", None):
                add(f"{node} {_ATTRIBUTE_NODES[name]} {_attribute(name, value)} {graph} .\n")
        add_evidence(node, entity.evidence)

    meta = extraction.document
    for cc in meta.cc:
        add(f"{doc_node} {_CC} {_zh(cc)} {graph} .\n")
    for key, value in meta.contact.items():
        add(f"{doc_node} {_CONTACT} {_zh(f'{key}：{value}')} {graph} .\n")

    for relation in extraction.relations:
        subject, predicate, obj = _entity_node(relation.subject), _PREDICATE_NODES[relation.predicate], _entity_node(relation.object)
        assertion = _iri(assertion_iri(relation.subject, relation.predicate, relation.object, doc_id))
        add(f"{subject} {predicate} {obj} {graph} .\n"  # the triple and its assertion, one string
            f"{assertion} {_TYPE} {_ASSERTION_CLASS} {graph} .\n"
            f"{assertion} {_RDF_SUBJECT} {subject} {graph} .\n"
            f"{assertion} {_RDF_PREDICATE} {predicate} {graph} .\n"
            f"{assertion} {_RDF_OBJECT} {obj} {graph} .\n")
        add_evidence(assertion, relation.evidence)
    return "".join(lines).encode()
