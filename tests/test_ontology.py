"""The ontology is the source of truth; built graphs conform to its SHACL shapes."""

import pyoxigraph
import pytest
import rdflib

import ontology
from kg.pipeline import extract_path
from kg.rdf import extraction_quads
from kg.resolve import entity_iri

from .conftest import CORPUS, SEED


def _declared() -> set[str]:
    graph = rdflib.Graph().parse(ontology.ONTOLOGY_FILE, format="turtle")
    return {str(s) for s in graph.subjects()}


def test_every_class_and_property_the_code_uses_is_declared():
    declared = _declared()
    used = [*ontology.PREDICATE_IRIS.values(), *ontology.CLASS_IRIS.values(),
            *(iri for iri in ontology.ATTRIBUTE_IRIS.values() if iri.startswith(ontology.PK)),
            ontology.EVIDENCE, ontology.EVIDENCE_CLASS, ontology.ASSERTION_CLASS, ontology.SENTENCE,
            ontology.START, ontology.END, ontology.IN_DOCUMENT, ontology.CC, ontology.CONTACT]
    assert [iri for iri in used if iri not in declared] == []


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:12])
def test_built_graph_conforms_to_the_shapes(path):
    pyshacl = pytest.importorskip("pyshacl")
    quads = list(extraction_quads(extract_path(path)))
    data = rdflib.Graph().parse(data=pyoxigraph.serialize(
        [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads], format=pyoxigraph.RdfFormat.N_TRIPLES),
        format="nt")
    data += rdflib.Graph().parse(ontology.ONTOLOGY_FILE, format="turtle")
    shapes = rdflib.Graph().parse(ontology.SHAPES_FILE, format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs")
    assert conforms, report


def test_iris_are_stable_across_runs_and_documents():
    first = {e.name: e.id for e in extract_path(SEED).entities if e.type == "Agency"}
    second = {e.name: e.id for e in extract_path(SEED).entities if e.type == "Agency"}
    assert first == second
    assert first["上海市科学技术委员会"] == entity_iri("Agency:上海市科学技术委员会", "any-document")


def test_the_model_and_the_ontology_name_the_same_types_and_relations():
    from kg.model import ENTITY_TYPES, PREDICATES

    assert set(ENTITY_TYPES) == set(ontology.ENTITY_TYPES)
    assert set(PREDICATES) == set(ontology.PREDICATE_IRIS)
