"""The typed contracts shared by every pipeline stage.

An :class:`Extraction` is what ``policykg extract --format json`` prints and what the stores
write: one document's metadata, its entities and its relations, every one carrying the
:class:`Evidence` (sentence and character span) it was read from.  Stages only talk to each
other through these classes, so a stage can be replaced without touching the others.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, NamedTuple, get_args

EntityType = Literal[
    "Agency",
    "Policy",
    "Program",
    "Organization",
    "Field",
    "Measure",
    "Figure",
    "Person",
    "Suggestion",
    "Reply",
    "Notice",
    "Plan",
    "Report",
    "Document",
]
DOCUMENT_TYPES: tuple[str, ...] = ("Reply", "Notice", "Plan", "Report", "Document")

Predicate = Literal[
    "owns",
    "co_owns",
    "implements",
    "cites",
    "measures",
    "responds_to",
    "issued_by",
    "proposed_by",
    "part_of",
    "mentions",
]
PREDICATES: tuple[str, ...] = get_args(Predicate)
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)


class Evidence(NamedTuple):
    """Where a fact was read: ``text == document_text[start:end]`` of the normalised text.

    (A tuple: a document gives hundreds, and a tuple is made at half a frozen dataclass's cost.)"""

    document: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Entity:
    """A thing the graph talks about.  ``id`` is stable across runs (see ``kg.resolve``)."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_evidence(self, evidence: Evidence) -> None:
        if evidence not in self.evidence:
            self.evidence.append(evidence)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "properties": dict(self.properties),
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class Relation:
    """A typed edge between two entity ids, with the sentences that state it."""

    subject: str
    predicate: str
    object: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class DocumentMeta:
    """Header and footer facts of one document; empty strings where the text does not say."""

    id: str
    source: str
    sha256: str
    kind: str = "Document"
    issuer: list[str] = field(default_factory=list)
    doc_number: str = ""
    title: str = ""
    session: str = ""
    proposal_number: str = ""
    deputy: str = ""
    suggestion_title: str = ""
    result: str = ""
    publicity: str = ""
    date: str = ""
    contact: dict[str, str] = field(default_factory=dict)
    cc: list[str] = field(default_factory=list)
    jurisdiction: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """Everything read from one document."""

    document: DocumentMeta
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    text: str = ""

    def entity(self, entity_id: str) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def of_type(self, entity_type: str) -> list[Entity]:
        return [e for e in self.entities if e.type == entity_type]

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document.to_json(),
            "entities": [e.to_json() for e in self.entities],
            "relations": [r.to_json() for r in self.relations],
        }
