"""Score extractions against hand-written gold files (``policykg eval``).

The rules are those of the gold format (``tests/fixtures/gold`` files, spec in
``../shared/gold/README.md``), so a number printed here means the same thing to anyone who reads
the gold files:

* **Names** are compared in their compact form (:func:`loaders.text.compact`: no spaces, no
  punctuation).  An extracted entity matches a gold name when its name or one of its aliases
  equals it, or one contains the other and the shorter is at least 60% of the longer (75% for
  agencies, whose short forms differ by a level prefix: 区发展改革委 vs 市发展改革委).
* **Entities** (Agency, Policy, Program, Organization, Field): precision is the share of
  extracted entities of a type that match a gold entity of that type or an ``optional`` name;
  recall is the share of gold entities (name groups) matched by some extracted entity of that
  type.
* **Owners**: a gold ``[owner, measure]`` pair is found when the extraction has an ``owns`` or
  ``co_owns`` relation from an entity matching the owner to a Measure whose name overlaps the
  gold measure (see :func:`measures_overlap`).  A gold owner that is one of the names of a gold
  Agency/Organization stands for that whole name group, so 市科委 matches an entity named
  上海市科学技术委员会.  Precision is judged only on extracted pairs whose measure overlaps some
  gold measure (``owns`` or ``owns_lenient``): measures the annotator did not list are not
  judged, and a pair is right when its owner matches a gold owner of an overlapping measure.
* **Metadata**: the share of gold ``meta`` fields the extraction reproduces (compact forms).

Where a ratio has nothing to count (no gold entity of a type and none extracted), it is 1.0:
nothing was missed and nothing was invented.  Overall scores are micro-averaged over documents.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from kg.model import Entity, Extraction
from kg.pipeline import extract_path
from loaders.text import compact

ENTITY_TYPES: tuple[str, ...] = ("Agency", "Policy", "Program", "Organization", "Field")
OWNERS = "owners"
SCORED: tuple[str, ...] = (*ENTITY_TYPES, OWNERS)
META_FIELDS: tuple[str, ...] = (
    "issuer", "doc_number", "title", "date", "proposal_number", "deputy", "suggestion_title", "result", "cc",
)
NAME_RATIO = 0.6
AGENCY_NAME_RATIO = 0.75
MEASURE_OVERLAP = 0.6
OWNER_TYPES = ("Agency", "Organization")
OWNING_PREDICATES = ("owns", "co_owns")
ROW_HEADER: tuple[str, ...] = ("document", "type", "P", "R", "F1", "tp", "fp", "fn")
META_ROW_HEADER: tuple[str, ...] = ("document", "meta accuracy", "fields that differ")
OVERALL = "overall"
REPO = Path(__file__).resolve().parents[1]
FIXTURE_DOC_DIRS = (REPO / "tests" / "fixtures" / "corpus", REPO / "tests" / "fixtures" / "replies")
GOLD_RELATIVE_DIRS = (".", "../corpus", "../seed", "../corpus/shanghai", "../corpus/national")


class EvalError(Exception):
    """A gold file or its document cannot be used; the message names the file and why."""


# ---------------------------------------------------------------------------------------- gold


@dataclass
class Gold:
    """One gold file: what a careful reader found in one document."""

    path: Path
    file: str
    meta: dict[str, Any] = field(default_factory=dict)
    entities: dict[str, list[list[str]]] = field(default_factory=dict)
    optional: list[str] = field(default_factory=list)
    owns: list[tuple[str, str]] = field(default_factory=list)
    owns_lenient: list[tuple[str, str]] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)

    def groups(self, entity_type: str) -> list[list[str]]:
        """The name groups of a type; a type the file leaves out has none."""
        return self.entities.get(entity_type, [])


def load_gold(path: Path) -> Gold:
    """Read a gold file; entries written as a bare name become one-name groups."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise EvalError(f"{path}: cannot read gold file: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("file"), str):
        raise EvalError(f"{path}: not a gold file (needs a \"file\" naming the document)")
    try:
        return Gold(
            path=path,
            file=data["file"],
            meta=dict(data.get("meta") or {}),
            entities={t: [_group(entry) for entry in entries] for t, entries in (data.get("entities") or {}).items()},
            optional=list(data.get("optional") or []),
            owns=[_pair(p) for p in data.get("owns") or []],
            owns_lenient=[_pair(p) for p in data.get("owns_lenient") or []],
            figures=[str(f) for f in data.get("figures") or []],
        )
    except (TypeError, ValueError) as error:
        raise EvalError(f"{path}: malformed gold file: {error}") from error


def _group(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else [str(name) for name in entry]


def _pair(pair: Sequence[str]) -> tuple[str, str]:
    owner, measure = pair
    return str(owner), str(measure)


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """Gold files named directly, and the ``*.json`` files of folders named."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return found


def find_document(gold: Gold, gold_path: Path, search_dirs: Sequence[Path] = ()) -> Path:
    """The document a gold file describes, looked for where gold files and corpora usually live.

    Near the gold file (its folder and the corpus folders beside it), then the test fixtures,
    then each ``--docs`` folder and, failing that, anywhere below it.
    """
    folder = gold_path.parent
    places = [folder / rel for rel in GOLD_RELATIVE_DIRS] + list(FIXTURE_DOC_DIRS) + list(search_dirs)
    for place in places:
        candidate = place / gold.file
        if candidate.is_file():
            return Path(os.path.normpath(candidate))
    for place in search_dirs:
        below = sorted(p for p in place.rglob(Path(gold.file).name) if p.is_file()) if place.is_dir() else []
        if below:
            return below[0]
    searched = ", ".join(str(p) for p in places)
    raise EvalError(f"{gold_path}: document {gold.file!r} not found (looked in {searched}); pass --docs DIR")


# ------------------------------------------------------------------------------------ matching


def name_ratio(entity_type: str) -> float:
    """How much of the longer name the shorter must cover to count as the same name."""
    return AGENCY_NAME_RATIO if entity_type == "Agency" else NAME_RATIO


def names_match(a: str, b: str, ratio: float) -> bool:
    """Equal compact forms, or one containing the other with the shorter ≥ ``ratio`` of the longer."""
    a, b = compact(a), compact(b)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= ratio * len(longer)


def entity_names(entity: Entity) -> list[str]:
    return [entity.name, *entity.aliases]


def entity_matches(entity: Entity, names: Iterable[str]) -> bool:
    """Whether any name or alias of ``entity`` matches any of ``names`` (ratio by entity type)."""
    ratio = name_ratio(entity.type)
    return any(names_match(own, name, ratio) for own in entity_names(entity) for name in names)


def measures_overlap(a: str, b: str) -> bool:
    """Measure names overlap when, in compact form, one contains the other or they share a
    common substring at least 60% as long as the shorter one.

    Gold measures are a heading or first clause as written, extracted ones a heading or a
    trimmed clause, so the same task is named by overlapping but rarely identical text.
    (Containment is the case where the common substring is the whole shorter name.)
    """
    a, b = compact(a), compact(b)
    if not a or not b:
        return False
    common = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return common >= MEASURE_OVERLAP * min(len(a), len(b))


# ------------------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """Counts behind precision and recall; add two to micro-average.

    ``correct`` of ``extracted`` items were right (precision); ``found`` of ``gold`` items were
    extracted (recall).  They differ when two extracted entities match one gold entity.
    """

    correct: int = 0
    extracted: int = 0
    found: int = 0
    gold: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.correct + other.correct, self.extracted + other.extracted,
                     self.found + other.found, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_positive_count(self) -> int:
        return self.extracted - self.correct

    @property
    def false_negative_count(self) -> int:
        return self.gold - self.found

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "tp": self.correct, "fp": self.false_positive_count, "fn": self.false_negative_count,
            "extracted": self.extracted, "gold": self.gold, "found": self.found,
        }


@dataclass
class Judgement:
    """A score with the items behind its errors, so a rule writer sees what to fix."""

    score: Score
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)


@dataclass
class MetaScore:
    """Which gold metadata fields the extraction reproduced; ``differences`` maps field → (gold, got)."""

    compared: int = 0
    equal: int = 0
    differences: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.equal / self.compared if self.compared else 1.0


@dataclass
class DocScore:
    """One gold file scored against the extraction of its document."""

    gold_path: Path
    document: Path
    judgements: dict[str, Judgement]
    meta: MetaScore

    @property
    def name(self) -> str:
        return self.gold_path.name


@dataclass
class EvalReport:
    documents: list[DocScore] = field(default_factory=list)

    @property
    def overall(self) -> dict[str, Score]:
        """Micro-averages: counts summed over documents, then divided."""
        return {kind: sum((d.judgements[kind].score for d in self.documents), Score()) for kind in SCORED}

    @property
    def meta_accuracy(self) -> float:
        compared = sum(d.meta.compared for d in self.documents)
        return sum(d.meta.equal for d in self.documents) / compared if compared else 1.0


# ---------------------------------------------------------------------------------- entities


def judge_entities(gold: Gold, extraction: Extraction, entity_type: str) -> Judgement:
    """Precision and recall of one entity type (optional names count as right, never as missed)."""
    groups = gold.groups(entity_type)
    extracted = extraction.of_type(entity_type)
    wrong = [e.name for e in extracted
             if not any(entity_matches(e, g) for g in groups) and not entity_matches(e, gold.optional)]
    missed = [g[0] for g in groups if not any(entity_matches(e, g) for e in extracted)]
    score = Score(len(extracted) - len(wrong), len(extracted), len(groups) - len(missed), len(groups))
    return Judgement(score, wrong, missed)


# ------------------------------------------------------------------------------------ owners


@dataclass(frozen=True)
class OwnedMeasure:
    owner: Entity
    measure: Entity

    @property
    def label(self) -> str:
        return f"{self.owner.name} → {self.measure.name}"


def owned_measures(extraction: Extraction) -> list[OwnedMeasure]:
    """``owns``/``co_owns`` relations from an entity to a Measure, one per (owner, measure)."""
    by_id = {e.id: e for e in extraction.entities}
    pairs: dict[tuple[str, str], OwnedMeasure] = {}
    for relation in extraction.relations:
        owner, measure = by_id.get(relation.subject), by_id.get(relation.object)
        if relation.predicate in OWNING_PREDICATES and owner and measure and measure.type == "Measure":
            pairs.setdefault((owner.id, measure.id), OwnedMeasure(owner, measure))
    return list(pairs.values())


def owner_names(gold: Gold, owner: str) -> list[str]:
    """All names of the gold Agency/Organization a gold owner string names (itself if none)."""
    for entity_type in OWNER_TYPES:
        for group in gold.groups(entity_type):
            if any(compact(name) == compact(owner) for name in group):
                return group
    return [owner]


def _owner_right(gold: Gold, pair: OwnedMeasure, gold_owner: str) -> bool:
    return entity_matches(pair.owner, owner_names(gold, gold_owner))


def _pair_matches(gold: Gold, pair: OwnedMeasure, gold_pair: tuple[str, str]) -> bool:
    owner, measure = gold_pair
    return measures_overlap(pair.measure.name, measure) and _owner_right(gold, pair, owner)


def judge_owners(gold: Gold, extraction: Extraction) -> Judgement:
    """Owner attribution: recall over gold ``owns``; precision over pairs on gold measures only."""
    pairs = owned_measures(extraction)
    every_gold = gold.owns + gold.owns_lenient
    judged = [p for p in pairs if any(measures_overlap(p.measure.name, m) for _, m in every_gold)]
    wrong = [p.label for p in judged if not any(_pair_matches(gold, p, g) for g in every_gold)]
    missed = [f"{o} → {m}" for o, m in gold.owns if not any(_pair_matches(gold, p, (o, m)) for p in pairs)]
    score = Score(len(judged) - len(wrong), len(judged), len(gold.owns) - len(missed), len(gold.owns))
    return Judgement(score, wrong, missed)


# -------------------------------------------------------------------------------------- meta


def _meta_value(value: Any) -> str:
    """A metadata value as one comparable string; lists (issuers, cc) are joined by 、."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def judge_meta(gold: Gold, extraction: Extraction) -> MetaScore:
    """Compare the gold's metadata fields; a gold ``null`` means the document states none."""
    result = MetaScore()
    for name in META_FIELDS:
        if name not in gold.meta:
            continue
        expected = _meta_value(gold.meta[name])
        got = _meta_value(getattr(extraction.document, name, ""))
        result.compared += 1
        if compact(expected) == compact(got):
            result.equal += 1
        else:
            result.differences[name] = (expected, got)
    return result


# ----------------------------------------------------------------------------------- scoring


def score_document(gold: Gold, extraction: Extraction, document: Path | None = None) -> DocScore:
    """Score one extraction against its gold file (see the module docstring for the rules)."""
    judgements = {t: judge_entities(gold, extraction, t) for t in ENTITY_TYPES}
    judgements[OWNERS] = judge_owners(gold, extraction)
    return DocScore(gold.path, document or Path(gold.file), judgements, judge_meta(gold, extraction))


def evaluate(
    gold_paths: Iterable[Path],
    search_dirs: Sequence[Path] = (),
    extractor: Callable[[Path], Extraction] = extract_path,
) -> EvalReport:
    """Extract each gold file's document and score it; gold folders stand for their ``*.json``."""
    report = EvalReport()
    for gold_path in gold_files(gold_paths):
        gold = load_gold(gold_path)
        document = find_document(gold, gold_path, search_dirs)
        report.documents.append(score_document(gold, extractor(document), document))
    return report


def explain(doc_score: DocScore) -> dict[str, Any]:
    """False positives and false negatives per type, and differing metadata, of one document."""
    return {
        "document": doc_score.name,
        "types": {
            kind: {"false_positives": j.false_positives, "false_negatives": j.false_negatives}
            for kind, j in doc_score.judgements.items()
        },
        "meta": {name: {"gold": g, "extracted": e} for name, (g, e) in doc_score.meta.differences.items()},
    }


# ---------------------------------------------------------------------------------- printing


def report_to_json(report: EvalReport, details: bool = False) -> dict[str, Any]:
    """The report as plain JSON (``policykg eval --format json``); ``details`` adds :func:`explain`."""
    documents = []
    for doc in report.documents:
        entry: dict[str, Any] = {
            "gold": str(doc.gold_path),
            "document": str(doc.document),
            "scores": {kind: j.score.to_json() for kind, j in doc.judgements.items()},
            "meta_accuracy": round(doc.meta.accuracy, 4),
            "meta_differences": sorted(doc.meta.differences),
        }
        if details:
            entry["details"] = explain(doc)
        documents.append(entry)
    return {
        "documents": documents,
        "overall": {kind: score.to_json() for kind, score in report.overall.items()},
        "meta_accuracy": round(report.meta_accuracy, 4),
    }


def _row(document: str, kind: str, score: Score) -> list[str]:
    return [document, kind, f"{score.precision:.2f}", f"{score.recall:.2f}", f"{score.f1:.2f}",
            str(score.correct), str(score.false_positive_count), str(score.false_negative_count)]


def report_rows(report: EvalReport) -> list[list[str]]:
    """Table rows under :data:`ROW_HEADER`: each document's types and owners, then ``overall``."""
    rows = [_row(doc.name, kind, j.score) for doc in report.documents for kind, j in doc.judgements.items()]
    rows += [_row(OVERALL, kind, score) for kind, score in report.overall.items()]
    return rows


def meta_rows(report: EvalReport) -> list[list[str]]:
    """Table rows under :data:`META_ROW_HEADER`: metadata accuracy per document, then overall."""
    rows = [[doc.name, f"{doc.meta.accuracy:.2f}", ", ".join(doc.meta.differences)] for doc in report.documents]
    rows.append([OVERALL, f"{report.meta_accuracy:.2f}", ""])
    return rows
