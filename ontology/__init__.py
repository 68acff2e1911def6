"""Namespace constants for the vocabulary defined in ``policykg.ttl``.

The Turtle file is the source of truth; ``tests/test_ontology.py`` checks that every IRI named
here is declared there, so code and ontology cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

ONTOLOGY_FILE = Path(__file__).parent / "policykg.ttl"
SHAPES_FILE = Path(__file__).parent / "shapes.ttl"

PK = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"

PREFIXES: dict[str, str] = {
    "pk": PK, "id": ID, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS,
    "dcterms": DCTERMS, "prov": PROV, "org": ORG,
}

# relation name in an Extraction → property
PREDICATE_IRIS: dict[str, str] = {
    "owns": PK + "owns",
    "co_owns": PK + "coOwns",
    "implements": PK + "implements",
    "cites": PK + "cites",
    "measures": PK + "measures",
    "responds_to": PK + "respondsTo",
    "issued_by": PK + "issuedBy",
    "proposed_by": PK + "proposedBy",
    "part_of": PK + "partOf",
    "mentions": PK + "mentions",
}
PREDICATE_NAMES: dict[str, str] = {iri: name for name, iri in PREDICATE_IRIS.items()}

ENTITY_TYPES = (
    "Agency", "Organization", "Policy", "Program", "Field", "Measure", "Figure", "Person", "Suggestion",
    "Reply", "Notice", "Plan", "Report", "Document",
)
CLASS_IRIS: dict[str, str] = {name: PK + name for name in ENTITY_TYPES}
DOCUMENT_CLASS = PK + "Document"

# attribute name in Entity.properties → property IRI
ATTRIBUTE_IRIS: dict[str, str] = {
    "doc_number": PK + "docNumber",
    "date": DCTERMS + "date",
    "result": PK + "result",
    "result_code": PK + "resultCode",
    "publicity": PK + "publicity",
    "session": PK + "session",
    "proposal_number": PK + "proposalNumber",
    "source": PK + "source",
    "sha256": PK + "sha256",
    "jurisdiction": PK + "jurisdiction",
    "level": PK + "level",
    "commitment": PK + "commitment",
    "label": PK + "label",
    "unit": PK + "unit",
    "counts": PK + "counts",
    "value": RDF + "value",
    "role": PK + "role",
}

PREF_LABEL = SKOS + "prefLabel"
ALT_LABEL = SKOS + "altLabel"
EVIDENCE = PK + "evidence"
EVIDENCE_CLASS = PK + "Evidence"
ASSERTION_CLASS = PK + "Assertion"
SENTENCE = PK + "sentence"
START = PK + "start"
END = PK + "end"
IN_DOCUMENT = PK + "inDocument"
CC = PK + "cc"
CONTACT = PK + "contact"
RDF_TYPE = RDF + "type"
RDF_SUBJECT = RDF + "subject"
RDF_PREDICATE = RDF + "predicate"
RDF_OBJECT = RDF + "object"
