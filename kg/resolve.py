"""Local keys → stable IRIs, and one entity per IRI.

Named things (agencies, policies, programs …) get an IRI from their type and canonical name, so
the same body read from any document in any run is the same node, and the graph merges their
aliases and evidence.  Things that only exist inside one document (its measures, figures, the
document itself) get an IRI scoped by the document id.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from kg.model import DOCUMENT_TYPES, Entity, Extraction, Relation
from ontology import ID

DOCUMENT_SCOPED = ("Measure", "Figure")


# The same agencies, policies and programs come back in document after document; the bound keeps
# a long ingest's memory flat.
@lru_cache(maxsize=1 << 16)
def iri_segment(name: str) -> str:
    """Keep letters and digits (Chinese included) readable; percent-encode everything else."""
    return "".join(c if c.isalnum() or c in "-_." else quote(c, safe="") for c in name.strip())


def document_iri(doc_id: str) -> str:
    return f"{ID}document/{doc_id}"


def graph_iri(doc_id: str) -> str:
    return f"{ID}graph/{doc_id}"


def doc_id_of_graph(graph: str) -> str:
    """The document id a document graph's IRI ends in (the inverse of :func:`graph_iri`)."""
    return graph.rsplit("/", 1)[-1]


def entity_iri(key: str, doc_id: str, document_scoped: bool = False) -> str:
    """The IRI of a local key ``Type:name`` read in document ``doc_id`` (``document_scoped``: a
    thing named only by a common word, 组委会, that is this document's own)."""
    type_, _, name = key.partition(":")
    if type_ in DOCUMENT_TYPES:
        return document_iri(doc_id)
    if type_ == "Measure":
        return f"{ID}measure/{doc_id}-{name.rpartition('#')[2]}"
    if type_ in DOCUMENT_SCOPED or document_scoped:
        return f"{ID}{type_.lower()}/{doc_id}/{iri_segment(name)}"
    return f"{ID}{type_.lower()}/{iri_segment(name)}"


def resolve(extraction: Extraction) -> Extraction:
    """Give every entity and relation end its stable IRI, merging entities that share one."""
    doc_id = extraction.document.id
    mapping = {e.id: entity_iri(e.id, doc_id, e.properties.get("scope") == "document") for e in extraction.entities}
    entities: dict[str, Entity] = {}
    for entity in extraction.entities:
        iri = mapping[entity.id]
        merged = entities.get(iri)
        if merged is None:
            entities[iri] = Entity(iri, entity.type, entity.name, list(entity.aliases),
                                   dict(entity.properties), list(entity.evidence))
            continue
        merged.add_alias(entity.name)
        for alias in entity.aliases:
            merged.add_alias(alias)
        for evidence in entity.evidence:
            merged.add_evidence(evidence)
        for k, v in entity.properties.items():
            merged.properties.setdefault(k, v)
    relations: dict[tuple[str, str, str], Relation] = {}
    for relation in extraction.relations:
        key = (mapping.get(relation.subject, relation.subject), relation.predicate,
               mapping.get(relation.object, relation.object))
        if key[0] == key[2]:
            continue
        merged_relation = relations.setdefault(key, Relation(*key))
        for evidence in relation.evidence:
            if evidence not in merged_relation.evidence:
                merged_relation.evidence.append(evidence)
    return Extraction(extraction.document, list(entities.values()), list(relations.values()), extraction.text)
