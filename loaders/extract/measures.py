"""Measures and who owns them.

A measure is a numbered unit of the body that states an action (a ``（一）`` section, a ``1.``
item, an inline ``一是…`` item).  Its owner is, in this order:

1. the units a responsibility note names: ``（牵头单位：A、B，支撑单位：C）``,
   ``（责任单位：A、B）``, ``（A牵头负责）``, ``（A、B等部门按职责分工负责）`` — leads own, the
   others co-own; a note on a block also covers the blocks inside it;
2. the agency that is the actor of the measure's first sentence (``市国资委围绕…``), or that
   a sentence makes lead with 会同/联合 (``市科委会同市人社局`` → the other co-owns);
3. in a reply, the issuing agency, which speaks as 我委/我市 or without a subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from loaders.extract.mentions import Mention
from loaders.structure import Block, ParsedDocument, Span
from loaders.text import CJK

MEASURE_KINDS = ("article", "section", "item", "subitem", "inline", "sentence")
# A heading that only opens units below it (第一章 总则, 一、主要任务) is never a measure itself.
CONTAINER_KINDS = ("chapter", "part")
_NOTE_RE = re.compile(r"[（(]([^（）()\n]{2,200}?(?:单位|负责|牵头|参与|配合|按职责分工)[^（）()\n]{0,120}?)[）)]")
_LABEL_RE = re.compile(r"^\s*([^：:]{1,8}?(?:单位|部门))\s*[：:]\s*(.+)$")
_LEAD_LABELS = ("牵头", "主责", "主办")
_CO_LABELS = ("配合", "支撑", "参与", "协办", "协同", "协助", "会办")
_ROLE_SUFFIX_RE = re.compile(
    r"(等?(?:有关|相关)?(?:部门|单位)?(?:按职责分工|按照职责分工|分工|按职责|共同)?(?:牵头)?负责|牵头|参与|配合|协助|指导|负责)$"
)
_SPLIT_UNITS_RE = re.compile(r"[、，,]")
_JOIN_WORDS_RE = re.compile(r"[和及与]")
_TIME_LEAD_RE = re.compile(
    rf"^(?:(?:\d{{4}}\s*年(?:以来|起|底前|前)?|近年来|近年|目前|同时|此外|下一步|今年以来|后续|对此|为此|其中|另外)[，,\s]*)+"
)
_COOPERATE_RE = re.compile(r"^\s*(?:会同|联合|协同|携手|与)")
_BY_RE = re.compile(r"由")
_PLANNED_HINTS = ("下一步", "答复", "建议", "措施", "打算", "任务", "计划")


@dataclass
class Ownership:
    owner: Mention
    role: str  # "owns" | "co_owns"
    evidence: Span


@dataclass
class MeasureFinding:
    block: Block
    name: str
    owners: list[Ownership] = field(default_factory=list)
    commitment: str = "planned"


def _own_spans(block: Block) -> list[Span]:
    """The parts of a block's text not inside its children."""
    spans = []
    cursor = block.start
    for child in block.children:
        if child.start > cursor:
            spans.append(Span(cursor, child.start))
        cursor = max(cursor, child.end)
    if cursor < block.end:
        spans.append(Span(cursor, block.end))
    return spans


def _parse_note(content: str, resolve_unit: Callable[[str, int], Mention | None], offset: int) -> list[tuple[Mention, str]]:
    """Units of a responsibility note with their role, in the order written."""
    out: list[tuple[Mention, str]] = []
    role_of_list = "responsible"
    cursor = 0
    for clause in re.split(r"([；;，,。])", content):
        if clause in "；;，,。":
            cursor += len(clause)
            continue
        clause_start = cursor
        cursor += len(clause)
        body = clause
        body_start = clause_start
        label = _LABEL_RE.match(clause)
        if label:
            name = label.group(1)
            role_of_list = "lead" if name.startswith(_LEAD_LABELS) else "co" if name.startswith(_CO_LABELS) else "responsible"
            body = label.group(2)
            body_start = clause_start + label.start(2)
        suffix = _ROLE_SUFFIX_RE.search(body)
        if suffix:
            word = suffix.group(1)
            role_of_list = "lead" if "牵头" in word else "co" if word in _CO_LABELS or word == "协助" else "responsible"
            body = body[: suffix.start()]
        part_start = body_start
        for unit in _SPLIT_UNITS_RE.split(body):
            unit_offset = offset + part_start + (len(unit) - len(unit.lstrip()))
            part_start += len(unit) + 1
            unit = re.sub(r"(?:等(?:有关|相关)?(?:部门|单位)?|按职责分工|分别)$", "", unit.strip())
            for name, name_offset in _units_of(unit, unit_offset, resolve_unit):
                mention = resolve_unit(name, name_offset)
                if mention:
                    out.append((mention, role_of_list))
    return out


def _units_of(unit: str, offset: int, resolve_unit: Callable[[str, int], Mention | None]) -> list[tuple[str, int]]:
    """One listed unit, or two joined by 和/及 — but 工业和信息化部 stays whole."""
    if len(unit) < 2:
        return []
    if resolve_unit(unit, offset) is not None or not _JOIN_WORDS_RE.search(unit):
        return [(unit, offset)]
    parts: list[tuple[str, int]] = []
    cursor = 0
    for piece in _JOIN_WORDS_RE.split(unit):
        if len(piece) >= 2:
            parts.append((piece, offset + cursor))
        cursor += len(piece) + 1
    return parts


def _note_ownerships(owned: list[tuple[Mention, str]], evidence: Span) -> list[Ownership]:
    result: list[Ownership] = []
    have_lead = False
    for mention, role in owned:
        if role == "lead" or (role == "responsible" and not have_lead):
            result.append(Ownership(mention, "owns", evidence))
            have_lead = True
        else:
            result.append(Ownership(mention, "co_owns", evidence))
    return result


class MeasureReader:
    """Reads the measures of one parsed document."""

    def __init__(
        self,
        parsed: ParsedDocument,
        agencies: list[Mention],
        issuers: list[Mention],
        resolve_unit: Callable[[str, int], Mention | None],
        self_references: tuple[str, ...],
        groups: dict[str, list[Mention]] | None = None,
    ):
        self.parsed = parsed
        self.text = parsed.text
        self.agencies = sorted(agencies, key=lambda m: m.start)
        self.issuers = issuers
        self.resolve_unit = resolve_unit
        self.self_references = self_references
        self.groups = {t: g for t, g in (groups or {}).items() if len(g) > 1}

    def _agency_at(self, pos: int) -> Mention | None:
        for mention in self.agencies:
            if mention.start == pos and mention.type in ("Agency", "Organization"):
                return mention
            if mention.start > pos:
                break
        return None

    def _notes_in(self, spans: list[Span]) -> list[Ownership]:
        found: list[Ownership] = []
        for span in spans:
            for m in _NOTE_RE.finditer(self.text, span.start, span.end):
                owned = _parse_note(m.group(1), self.resolve_unit, m.start(1))
                sentence = self.parsed.sentence_at(m.start())
                found.extend(_note_ownerships(owned, Span(sentence.start, sentence.end)))
        return found

    def actors_of(self, start: int, end: int) -> list[Mention]:
        """The agencies (or 我委) a sentence opens with, after any time phrase: ``A、B、C统筹推进``."""
        while start < end and self.text[start].isspace():
            start += 1
        sentence = self.text[start:end]
        lead = _TIME_LEAD_RE.match(sentence)
        pos = start + (lead.end() if lead else 0)
        actors: list[Mention] = []
        agency = self._agency_at(pos)
        while agency:
            actors.append(agency)
            if self.text[agency.end : agency.end + 1] not in ("、", "和"):
                break
            agency = self._agency_at(agency.end + 1)
        if not actors:
            group = next((g for t, g in self.groups.items() if self.text.startswith(t, pos)), None)
            if group:
                actors.extend(group)
        if not actors and self.issuers and self.text.startswith(self.self_references, pos):
            actors.append(self.issuers[0])
        return actors

    def _actors(self, block: Block) -> list[Ownership]:
        body_start = block.heading_end + 1 if block.heading_end < block.end else block.heading_start
        spans = [Span(block.heading_start, block.heading_end)]
        first = self.parsed.sentences_starting(body_start, block.end)
        if first:
            spans.append(Span(first[0].start, first[0].end))
        result: list[Ownership] = []
        for span in spans:
            actors = self.actors_of(span.start, span.end)
            if actors:
                result.extend(Ownership(actor, "owns", span) for actor in actors)
                break
        # 会同/联合: the actor of any sentence leads, the partner co-owns
        own_end = block.children[0].start if block.children else block.end
        for sentence in self.parsed.sentences_starting(block.start, own_end):
            actors = self.actors_of(sentence.start, sentence.end)
            if not actors:
                continue
            actor = actors[-1]
            after = self.text[actor.end if actor in self.agencies else sentence.start : sentence.end]
            coop = _COOPERATE_RE.match(after)
            if not coop:
                continue
            partner = self._agency_at((actor.end if actor in self.agencies else sentence.start) + coop.end())
            evidence = Span(sentence.start, sentence.end)
            if not result:
                result.append(Ownership(actor, "owns", evidence))
            elif all(o.owner.name != actor.name for o in result):
                result.append(Ownership(actor, "co_owns", evidence))
            if partner and partner.name != actor.name:
                result.append(Ownership(partner, "co_owns", evidence))
        if not result:
            result = self._named_after_you(block.start, own_end)
        if self.parsed.kind != "Reply":
            result += self._later_actors(block, own_end, result)
        return result

    def _later_actors(self, block: Block, own_end: int, found: list[Ownership]) -> list[Ownership]:
        """In plans, a later sentence that opens with another agency makes it a co-owner.

        (Replies are left out: there the issuer speaks for others it only mentions.)
        """
        named = {o.owner.name for o in found}
        extra: list[Ownership] = []
        for sentence in self.parsed.sentences_starting(block.heading_end + 1, own_end):
            for actor in self.actors_of(sentence.start, sentence.end):
                if actor.name not in named:
                    named.add(actor.name)
                    extra.append(Ownership(actor, "owns" if not found and not extra else "co_owns",
                                           Span(sentence.start, sentence.end)))
        return extra

    def _sentence_owners(self, sentence) -> list[Ownership]:
        """The actors of one sentence own; partners after 会同/联合 co-own."""
        actors = self.actors_of(sentence.start, sentence.end)
        if not actors:
            return []
        evidence = Span(sentence.start, sentence.end)
        owned = [Ownership(a, "owns", evidence) for a in actors]
        coop = _COOPERATE_RE.match(self.text[actors[-1].end : sentence.end]) if actors[-1] in self.agencies else None
        partner = self._agency_at(actors[-1].end + coop.end()) if coop else None
        if partner and all(o.owner.name != partner.name for o in owned):
            owned.append(Ownership(partner, "co_owns", evidence))
        return owned

    def _named_after_you(self, start: int, end: int) -> list[Ownership]:
        """``由A、B负责/组织/参加…``: the units after 由 own the measure."""
        for m in _BY_RE.finditer(self.text, start, end):
            agencies: list[Mention] = []
            agency = self._agency_at(m.end())
            while agency:
                agencies.append(agency)
                if self.text[agency.end : agency.end + 1] not in ("、", "和"):
                    break
                agency = self._agency_at(agency.end + 1)
            if agencies:
                sentence = self.parsed.sentence_at(m.start())
                return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in agencies]
        return []

    def _lead_in_actors(self, block: Block) -> list[Ownership]:
        """``A、B等部门主要职责是：1.… 2.…``: the items belong to the actors of the lead-in."""
        parent = block.parent
        while parent is not None:
            own_end = parent.children[0].start if parent.children else parent.end
            lead_in = [s for s in self.parsed.sentences_starting(parent.start, own_end) if s.end > parent.heading_start]
            for sentence in lead_in[:2]:
                actors = self.actors_of(max(sentence.start, parent.heading_start), sentence.end)
                if actors and self.text[sentence.start : sentence.end].rstrip().endswith(("：", ":")):
                    return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in actors]
            parent = parent.parent
        return []

    def _commitment(self, block: Block) -> str:
        if self.parsed.kind != "Reply":
            return "planned"
        node: Block | None = block
        while node is not None:
            if node.kind == "part":
                return "planned" if any(h in node.heading for h in _PLANNED_HINTS) else "done"
            node = node.parent
        return "planned" if "将" in self.text[block.start : block.end] else "done"

    def read(self) -> list[MeasureFinding]:
        findings: list[MeasureFinding] = []
        inherited: dict[int, list[Ownership]] = {}
        roots = self.parsed.blocks
        if self.parsed.kind == "Reply" and not any(b.kind in MEASURE_KINDS or not b.children for b in self.parsed.all_blocks()):
            roots = sentence_blocks(self.parsed)
        for root in roots:
            for block in root.walk():
                notes = self._notes_in(_own_spans(block))
                parent_notes = inherited.get(id(block.parent), []) if block.parent else []
                inherited[id(block)] = notes or parent_notes
                container_owners: list[Ownership] = []
                if block.kind in CONTAINER_KINDS and block.children:
                    # 三、组织保障 / 市发展改革委、市经济信息化委会同…: a part that names its owners is a measure
                    own_end = block.children[0].start
                    first = self.parsed.sentences_starting(block.heading_end + 1, own_end)[:1]
                    container_owners = notes or [o for s in first for o in self._sentence_owners(s)]
                    if not container_owners:
                        continue
                elif block.kind not in MEASURE_KINDS and block.kind not in CONTAINER_KINDS:
                    continue
                name = _measure_name(self.text, block)
                if not name:
                    continue
                finding = MeasureFinding(block, name, commitment=self._commitment(block))
                if block.children:
                    finding.owners = container_owners or notes  # a heading over items owns only what it says itself
                else:
                    finding.owners = notes or parent_notes or self._actors(block) or self._lead_in_actors(block)
                    if not finding.owners and self.parsed.kind == "Reply" and self.issuers:
                        sentence = self.parsed.sentence_at(block.heading_start)
                        finding.owners = [Ownership(i, "owns", Span(sentence.start, sentence.end)) for i in self.issuers]
                findings.append(finding)
        return findings


MAX_NAME = 150


def _measure_name(text: str, block: Block) -> str:
    """The heading as written, without a trailing responsibility note; long ones cut at a clause."""
    name = block.heading.strip(" 　，,。；;：:")
    name = re.sub(r"[（(](?:牵头|责任|主责|配合|支撑)[^）)]*[）)]?$", "", name).strip()
    if len(name) > MAX_NAME:
        cut = max(name.rfind(p, 0, MAX_NAME) for p in "，,；;")
        name = name[:cut] if cut > 10 else name[:MAX_NAME]
    return name if re.search(rf"[{CJK}]", name) else ""


_ACTION_RE = re.compile(r"开展|推进|实施|安排|落实|印发|列入|纳入|建设|制定|出台|推广|用于|组织|完善|加强|建立|将|已")
_COURTESY_RE = re.compile(r"收悉|感谢|特此|请提出|请一如既往|联系人|委员[:：]|代表[:：]|意见和建议")


def sentence_blocks(parsed: ParsedDocument) -> list[Block]:
    """A reply written as plain paragraphs: each sentence that states an action is a measure."""
    blocks = []
    for sentence in parsed.sentences:
        if not (parsed.body.start <= sentence.start < parsed.body.end) or len(sentence.text) < 12:
            continue
        if _COURTESY_RE.search(sentence.text) or not _ACTION_RE.search(sentence.text):
            continue
        blocks.append(Block("sentence", "", sentence.text, sentence.start, sentence.end, sentence.start, sentence.end))
    return blocks
