"""Parsed document → :class:`kg.model.Extraction`.

Each rule set (agencies, policies, programs/organizations/fields, figures, measures) returns
mentions; this module assembles them into entities and relations, each with the evidence
sentence it came from.  Entity ids here are local keys (``Agency:上海市科学技术委员会``,
``Measure:<doc>#3``); :mod:`kg.resolve` turns them into stable IRIs.
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg.model import DocumentMeta, Entity, Evidence, Extraction, Relation
from loaders.extract.agencies import (
    COMPANY_SUFFIXES,
    OFFICE_OF_BODY_RE,
    REPLY_SELF_REFERENCES,
    SELF_REFERENCES,
    SUBDISTRICT_SUFFIXES,
    AgencyFinder,
    is_party_department,
    jurisdiction_of,
    kind_self_references,
    named_by_level,
    opens_with_level,
    own_units,
)
from loaders.extract.figures import find_figures
from loaders.extract.measures import MeasureReader
from loaders.extract.mentions import GENERIC_UNIT_HEADS, Mention, leftmost_longest, names_many_bodies, overlaps
from loaders.extract.policies import (
    conference_systems,
    find_known_policies,
    find_policies,
    issuer_before,
    issuer_in_title,
    own_title_policy,
)
from loaders.extract.programs import (
    democratic_party_committee,
    find_fields,
    find_known_programs,
    find_organizations,
    find_programs,
    list_siblings,
    quoted_scheme,
)
from loaders.extract.terms import defined_terms, term_mentions
from loaders.gazetteer import Gazetteer, load
from loaders.places import city_of, is_known, is_place, province_of
from loaders.structure import GROUP_ROLE, LOCAL_SESSION_RE, PARTY_ROLE, ParsedDocument, Span, parse
from loaders.tables import DIVISION_RE
from loaders.text import CJK, occurrences

RESULT_CODES = {"解决采纳": "A", "采纳": "A", "正在解决": "B", "列入计划解决": "B", "留作参考": "C"}
NAMED_TYPES = ("Agency", "Organization", "Policy", "Program", "Field")


def document_id(source: str) -> str:
    """A document's identity is where it was read from: a changed file replaces its facts."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def source_name(path: Path) -> str:
    """The path relative to the working folder when inside it (stable across clones).

    A folder's documents share their folder: its links are resolved once (a file that is a link
    itself is followed on its own)."""
    resolved = (path.resolve() if path.is_symlink() else _resolved(str(path.parent)) / path.name).as_posix()
    folder = _resolved(os.getcwd()).as_posix().rstrip("/") + "/"
    return resolved[len(folder) :] if resolved.startswith(folder) else resolved


@lru_cache(maxsize=1024)
def _resolved(folder: str) -> Path:
    """A folder with its links resolved: once per folder, not once per document."""
    return Path(folder).resolve()


class _Builder:
    """Collects entities and relations of one document, merging repeats."""

    def __init__(self, doc_id: str, parsed: ParsedDocument):
        self.doc_id = doc_id
        self.parsed = parsed
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}

    def evidence(self, span: Span | Mention) -> Evidence:
        if isinstance(span, Mention):
            span = self.parsed.sentence_at(span.start)
        return Evidence(self.doc_id, span.start, span.end, self.parsed.written[span.start : span.end])

    def entity(self, key: str, type_: str, name: str, evidence: Evidence | None = None,
               aliases: tuple[str, ...] = (), properties: dict | None = None) -> Entity:
        entity = self.entities.get(key)
        near = evidence.start if evidence else 0
        if entity is None:
            entity = self.entities[key] = Entity(key, type_, self.parsed.as_written(name, near))
        for alias in aliases:
            entity.add_alias(self.parsed.as_written(alias, near))
        if self.parsed.traditional:  # (国家发展改革委 finds 中華人民共和國國家發展和改革委員會: either script's name is asked for)
            for simplified in (name, *aliases):
                entity.add_alias(simplified)
        for k, v in (properties or {}).items():
            if v not in ("", None) and k not in entity.properties:
                entity.properties[k] = self.parsed.as_written(v, near) if isinstance(v, str) else v
        if evidence:
            entity.add_evidence(evidence)
        return entity

    def mention(self, m: Mention) -> Entity:
        aliases = tuple(a for a in (_unwrapped(m.surface), *m.aliases) if a)
        return self.entity(m.key, m.type, m.name, self.evidence(m), aliases, m.properties)

    def relate(self, subject: str, predicate: str, obj: str, evidence: Evidence | None) -> None:
        if subject == obj:
            return
        relation = self.relations.setdefault((subject, predicate, obj), Relation(subject, predicate, obj))
        if evidence and evidence not in relation.evidence:
            relation.evidence.append(evidence)


def _unwrapped(surface: str) -> str:
    """《title》 or “name” as the bare name; anything else as written."""
    if len(surface) > 2 and surface[0] + surface[-1] in ("《》", "“”", "‘’") and not any(q in surface[1:-1] for q in "“”《》‘’"):
        return surface[1:-1]
    return surface


UnitResolver = Callable[[str, int], "Mention | None"]
_SECOND_OFFICE_RE = re.compile(r"[（(][^（）()]{2,12}[）)]$")
_AGENCY_END_RE = re.compile("(?:委|局|办|厅|署|中心)$")
_UNITS_INSIDE_RE = re.compile("(?:单位|部门).")
_SUBDISTRICT_KIND_RE = re.compile("[区县市]?(?:乡镇|镇街|街镇|镇|乡|街道)(?:人民政府|政府|办事处)?")
_UNIT_END_RE = re.compile("(?:委|局|办|厅|部|署|院|会|政府|中心|街道|镇|区|专班|小组|海关|室)$|^[\u4e00-\u9fff]{1,3}(?:站|所)$")


# A ministry's department or institution named bare in its own notes (政策法规司, 信息中心, 档案资料馆).
_MINISTRY_UNIT_RE = re.compile(rf"[{CJK}]{{2,14}}(?<!公)(?:司|中心|馆|研究院|研究所)")  # (not …有限公司)


# (国家卫生健康委统计信息中心, 首都图书馆, 北京大学图书馆: another body's institution, named as it)
_OTHER_BODYS_UNIT_RE = re.compile("国家|中国|首都|大学|学院|[部委局]")


def _ministry_of(issuers: list[Mention], gaz: Gazetteer) -> str:
    """The ministry (民政部) a national issuer is, or is the general office of (民政部办公厅), as the
    issuer writes it; ""."""
    for issuer in issuers:
        short = OFFICE_OF_BODY_RE.sub("", issuer.surface or issuer.name)
        entry = gaz.lookup(short)
        if entry is not None and entry.level == "national" and short.endswith(("部", "委", "总局", "署")):
            return short
    return ""


_LEVEL_COMMITTEE_RE = re.compile("[省市区县]委")
_BUREAU_SECTION_RE = re.compile(rf"(?![各本局])[{CJK}]{{2,14}}[科股]")  # a bureau's own section (森林资源管理和林长制工作科)


_RAILWAY_BUREAU_RE = re.compile(rf"(?!国家)[{CJK}]{{2,4}}铁路局")
_COMMUNITY_RE = re.compile(rf"[{CJK}]{{2,12}}(?:社区|社区居民委员会|社区居委会|居民委员会|居委会|村民委员会|村委会)")


def _unit_resolver(finder: AgencyFinder, ministry: str = "") -> UnitResolver:
    """Units in responsibility notes: known agencies, else typed by their suffix.

    A document's notes name the same units again and again (区规划资源局 under every task): each
    unit is read once, and placed where it is written each time.

    ``ministry``: the national body a ministry's own document is written by (民政部 for 民政部办公厅),
    whose departments and institutions its notes name bare (政策法规司, 信息中心)."""

    def found_whole(unit: str, offset: int) -> Mention | None:
        """The mention the text's own finder reads over the whole unit, placed at ``offset``."""
        whole = next((m for m in finder.find(unit) if (m.start, m.end) == (0, len(unit))), None)
        return replace(whole, start=offset, end=offset + len(unit)) if whole is not None else None

    def resolve(unit: str, offset: int) -> Mention | None:
        second_office = _SECOND_OFFICE_RE.search(unit)
        if second_office:  # 区发展改革委(粮食和储备局): the body outside the bracket, named as written
            mention = resolve(unit[: second_office.start()], offset)
            if mention is not None:
                mention.aliases = tuple(dict.fromkeys((*mention.aliases, unit)))
            return mention
        if _LEVEL_COMMITTEE_RE.fullmatch(unit):  # 市委 alone in a unit cell: the Party committee of that level
            return finder.party_committee(unit[0], offset, offset + len(unit))
        whole = found_whole(unit, offset) if is_party_department(unit) else None
        if whole is not None:  # 省委改革办: the committee's department, as the text's own finder reads it
            return whole
        mention = finder.resolve_name(unit)
        if mention and mention.properties.get("level") == "national" and not unit.startswith(("国", "中")):
            # 统计局 in a district's table is the district's, not 国家统计局 (as the finder reads it in prose)
            mention = finder.own_department(unit, offset) or mention
        if mention:
            mention.start, mention.end, mention.surface = offset, offset + len(unit), unit
            return mention
        if names_many_bodies(unit):
            return None  # 各区政府, 国务院相关部门: real but not one body; kept in the evidence sentence only
        party = democratic_party_committee(unit)
        if party is not None:  # 台盟上海市委: a party's committee, no government body
            return replace(party, start=offset, end=offset + len(unit))
        own = finder.own_department(unit, offset)
        if own is not None:  # 市发展和改革局、工业和信息化局 in a city's plan: an unprefixed department is its own
            return own
        if opens_with_level(unit) and len(unit) >= 4 and _AGENCY_END_RE.search(unit):
            # 市行政审批服务局: a department the stems lack is still this city's
            local = finder.resolve_local(unit[0], unit[1:], unit, offset)
            if local is not None:
                return local
        if ministry and _MINISTRY_UNIT_RE.fullmatch(unit) and not _OTHER_BODYS_UNIT_RE.search(unit) and not is_place(unit[:2]) \
                and not is_place(unit[:3]):
            return Mention("Agency", ministry + unit, unit, offset, offset + len(unit), aliases=(unit,),
                           properties={"level": "national"})
        if unit.endswith(SUBDISTRICT_SUFFIXES):  # (…各乡镇人民政府、街道办事处: every one of a kind, none named)
            return None if _SUBDISTRICT_KIND_RE.fullmatch(unit) else finder.subdistrict(unit, offset)
        if unit.endswith(COMPANY_SUFFIXES) or _COMMUNITY_RE.fullmatch(unit) or _RAILWAY_BUREAU_RE.fullmatch(unit):
            # (a company; 凤池社区, a community's residents' committee: self-governing, no government body; 南昌铁路局, a
            # regional railway operator, not 国家铁路局)
            return Mention("Organization", unit, unit, offset, offset + len(unit))
        named = next((m for m in find_organizations(unit) if m.start == 0 and m.end == len(unit)), None)
        if named is not None:  # 蚌埠日报社、市广播电视台 among a note's units: organizations by their kind's own name
            return replace(named, start=offset, end=offset + len(unit))
        if unit.endswith(("分行", "支行")):
            return found_whole(unit, offset)  # 国家开发银行云南省分行: a bank's branch, as the finder reads it
        if DIVISION_RE.fullmatch(unit) or _BUREAU_SECTION_RE.fullmatch(unit):
            # (疾控处 in a commission's own task ledger, 自然保护地管理科 in a bureau's: its division or section, as written)
            return Mention("Agency", unit, unit, offset, offset + len(unit), properties={"level": "discovered"})
        if _UNIT_END_RE.search(unit) and not _UNITS_INSIDE_RE.search(unit):
            # 杭州市政府 in a province's plan: the finder knows another city's government
            # (部分提案需多个单位分办: a remark that speaks of units, no unit)
            # (省民政厅 in a text that never names its province: by its level alone, this document's own node)
            return found_whole(unit, offset) or (finder.unplaced(unit, offset, "discovered") if named_by_level(unit) else
                                                 Mention("Agency", unit, unit, offset, offset + len(unit), properties={"level": "discovered"}))
        return None

    read: dict[str, tuple[Mention | None, int]] = {}  # unit → its reading and where it starts in it

    def remembered(unit: str, offset: int) -> Mention | None:
        if unit not in read:
            mention = resolve(unit, offset)
            read[unit] = (replace(mention, properties=dict(mention.properties)) if mention else None,
                          mention.start - offset if mention else 0)
            return mention
        mention, shift = read[unit]
        if mention is None:
            return None
        return replace(mention, start=offset + shift, end=offset + shift + mention.end - mention.start,
                       properties=dict(mention.properties))

    return remembered


# A government followed by one of its departments named by what it does (省人民政府科学技术主管部门,
# 国务院有关部门): the department acts, not the government.
_DEPARTMENT_OF_RE = re.compile(
    r"的?(?:有关|相关)部门"  # 市政府相关部门: right after it (区政府要求相关部门…: the government acts)
    r"|(?:[^\W应当负责会同设立根据的和及与将对在向组织协调指导督促推动要求召集统筹批准部署研究][、]?){1,12}?"
    r"(?:行政主管部门|主管部门|行政管理部门|行政部门|统计机构)")


def _department_of_government(text: str, mention: Mention) -> bool:
    return mention.surface.endswith(("政府", "国务院")) and _DEPARTMENT_OF_RE.match(text, mention.end) is not None


_COPIED_INSTITUTION_ENDINGS = ("中心", "研究院", "总院", "研究所", "学院", "大学")
MIN_COPIED_INSTITUTION = 5


def _copied_institutions(parsed: ParsedDocument, national: bool) -> list[Mention]:
    """The institutions a national body's letter is addressed or sends copies to (…，苏州核安全中心，北京核安全审评中心：;
    抄送：…，中机生产力促进中心): organizations, by the word their kind ends with, though no rule knows their names (a body
    a rule reads wins where it names the same words).  (A district's letter to its 城乡规划编制中心 writes to its own
    government unit.)"""
    if not national:
        return []
    lists: list[tuple[int, list[str]]] = []
    copied = max(parsed.text.rfind("抄送"), parsed.text.rfind("抄报"))
    if copied >= 0:
        lists.append((copied, parsed.cc))
    line_end = parsed.text.find("\n", parsed.body.start)
    addressed = parsed.text[parsed.body.start : line_end if line_end >= 0 else len(parsed.text)].rstrip()
    if addressed.endswith(("：", ":")):
        lists.append((parsed.body.start, re.split(r"[，,、；;\s]+", addressed[:-1])))
    found = []
    for at, units in lists:
        for unit in units:
            unit = unit.split("。")[0]  # (抄送：…，中机生产力促进中心。依托…: the line runs on past the list)
            if unit.endswith(_COPIED_INSTITUTION_ENDINGS) and len(unit) >= MIN_COPIED_INSTITUTION and not names_many_bodies(unit):
                pos = parsed.text.find(unit, at)
                found += [Mention("Organization", unit, unit, pos, pos + len(unit))] if pos >= 0 else []
    return found


def extract_text(text: str, source: str, sha256: str = "", gazetteer: Gazetteer | None = None) -> Extraction:
    """Read one document's text into an Extraction (local ids; see :func:`kg.resolve.resolve`)."""
    gaz = gazetteer or load()
    parsed = parse(text)
    doc_id = document_id(source)
    header = parsed.header
    where = jurisdiction_of(parsed.issuer_names, header.get("title", ""), header.get("doc_number", ""), parsed.text, gaz)
    finder = AgencyFinder(gaz, where)
    build = _Builder(doc_id, parsed)

    issuers: list[Mention] = []
    for raw_name in parsed.issuer_names:
        for mention in finder.resolve_issuer(raw_name):
            if mention.key not in {i.key for i in issuers}:
                issuers.append(mention)

    if parsed.kind == "Reply" and all(i.properties.get("level") == "discovered" for i in issuers):
        # (no writer, or only a unit the page's 来源 names, 救援协调局: the number's national sign names the body —
        # unless the reply answers a local session: 来源：教育局 over 关于市政协…第88号提案的答复 is the city's)
        writer = finder.writer_in_number(header.get("doc_number", ""), parsed.text)
        if writer and (not issuers or writer.properties.get("level") == "national"
                       and not LOCAL_SESSION_RE.search(header.get("title", "") or parsed.text[:300])):
            issuers = [writer]
    elif parsed.kind == "Reply" and issuers and all(i.name.endswith("人民政府") for i in issuers) \
            and (writer := finder.writer_in_number(header.get("doc_number", ""), parsed.text)) is not None \
            and not writer.name.endswith(("人民政府", "办公室", "办公厅")) \
            and writer.properties.get("jurisdiction") in {i.properties.get("jurisdiction") for i in issuers}:
        issuers = [writer]  # (来源:华容县政府 over 华教体函〔2017〕35号: the portal's government publishes its department's reply)
    elif not issuers and (signer := finder.signer_in_number(header.get("doc_number", ""))):
        issuers.append(signer)  # 工信厅科函〔2021〕216号 with its signature run into the annex
    agencies = finder.bodies_of_the_day(parsed.text, _issuer_mentions(parsed.text, issuers, gaz) + finder.find(parsed.text)
                                        + finder.own_town_committee(parsed.text, issuers) + own_units(parsed.text, issuers)
                                        + finder.upper_departments(parsed.text, issuers),
                                        int(header.get("date", "")[:4] or 0))
    resolve_unit = _unit_resolver(finder, _ministry_of(issuers, gaz))
    agencies += _addressees(parsed, resolve_unit, agencies)
    probe = MeasureReader(parsed, leftmost_longest(agencies), issuers, resolve_unit, ())
    terms = defined_terms(parsed.text, leftmost_longest(agencies), lambda pos: probe.actors_of(
        parsed.sentence_at(pos).start, parsed.sentence_at(pos).end))
    agencies += term_mentions(parsed.text, terms)
    # the suggestion a reply answers may be written in 《》 (its kind after it, 《…建议的提案》): it is not a policy
    suggestion = header.get("suggestion_title", "")
    policies = [p for p in find_policies(parsed.text)
                if not (suggestion and p.name.startswith(suggestion) and len(p.name) - len(suggestion) <= len("的提案"))]
    own = own_title_policy(header.get("title", ""), parsed.kind, parsed.text)
    # (2024年《政府工作报告》重点工作目标任务分解表: the plan, and the report it cites inside its name)
    policies += [own] if own and not any(overlaps(own, p) and not own.start <= p.start <= p.end <= own.end for p in policies) else []
    policies += find_known_policies(parsed.text, gaz, policies)
    policies += conference_systems(parsed.text, agencies, policies)
    others = leftmost_longest(
        [m for m in agencies]
        + find_organizations(parsed.text)
        + find_programs(parsed.text, [(b.heading_start, b.heading_end) for b in parsed.all_blocks()],
                        where.place_names() + ((where.province,) if where.province else ()))
        + find_fields(parsed.text, gaz)
        + find_known_programs(parsed.text, gaz)
        + _copied_institutions(parsed, where.national)
    )
    others = leftmost_longest(others + list_siblings(parsed.text, others))
    # names inside a policy title belong to the title, except agencies (who issued it); the document's own title
    # names what the document is about (杭州市推进“互联网+”行动实施意见: the campaign it carries out)
    # (…《关于开展“干部规划家乡行动”的通知》: a scheme the title quotes is one, named there as anywhere)
    named = [m for m in others if m.type == "Agency" or quoted_scheme(parsed.text, m)
             or not any(overlaps(m, p) for p in policies if p is not own)]
    agencies = [m for m in named if m.type == "Agency"]
    actors = [m for m in named if m.type in ("Agency", "Organization") and not _department_of_government(parsed.text, m)]
    figures = find_figures(parsed.text)
    governmental = looks_governmental(parsed, issuers, agencies)

    written = {key: parsed.as_written(value) for key, value in header.items()}
    meta = DocumentMeta(
        id=doc_id,
        source=source,
        sha256=sha256,
        kind=parsed.kind,
        issuer=[parsed.as_written(m.name) for m in issuers],
        doc_number=written.get("doc_number", ""),
        title=written.get("title", ""),
        session=written.get("session", ""),
        proposal_number=written.get("proposal_number", ""),
        deputy=written.get("deputy", ""),
        suggestion_title=written.get("suggestion_title", ""),
        result=written.get("result", ""),
        publicity=written.get("publicity", ""),
        date=written.get("date", ""),
        contact=parsed.contact,
        cc=parsed.cc,
        jurisdiction=where.district or where.city or ("中国" if where.national else ""),
    )
    if not governmental:
        # a novel or a log file: record the document, invent nothing
        meta.warnings.append("not a government document (no document number, issuer or agencies found); recorded without facts")
        meta.kind = "Document"
        meta.issuer = []
        doc = build.entity(f"Document:{doc_id}", "Document", Path(source).name, build.evidence(Span(0, min(len(parsed.text), 40))),
                           properties={"source": source, "sha256": sha256, "government": False})
        return Extraction(document=meta, entities=[doc], relations=[], text=parsed.written)
    doc_key = f"{parsed.kind}:{doc_id}"
    doc_name = meta.title or meta.doc_number or Path(source).stem
    head_span = Span(0, min(len(parsed.text), parsed.body.start or len(doc_name)))
    title_evidence = _line_evidence(build, parsed.text, meta.title) or build.evidence(head_span)
    doc = build.entity(doc_key, parsed.kind, doc_name, title_evidence, properties={
        "doc_number": meta.doc_number, "date": meta.date, "result": meta.result,
        "result_code": RESULT_CODES.get(re.sub(r"[（(].*", "", meta.result).strip(), ""),
        "publicity": meta.publicity, "session": meta.session, "source": source, "sha256": sha256,
        "jurisdiction": meta.jurisdiction,
    })

    for issuer in issuers:
        entity = build.entity(issuer.key, issuer.type, issuer.name, None, issuer.aliases, issuer.properties)
        evidence = _line_evidence(build, parsed.text, issuer.surface) or title_evidence
        entity.add_evidence(evidence)
        build.relate(doc.id, "issued_by", entity.id, evidence)

    for m in named + policies:
        entity = build.mention(m)
        build.relate(doc.id, "mentions", entity.id, build.evidence(m))

    agencies_by_pos = sorted(agencies, key=lambda a: a.start)
    for policy in policies:
        issuer = issuer_before(parsed.text, policy, agencies_by_pos) or issuer_in_title(
            policy, finder.find(policy.name)
        )
        if issuer:
            issuer_entity = build.mention(issuer) if issuer.end <= policy.start else build.entity(
                issuer.key, issuer.type, issuer.name, None, issuer.aliases, issuer.properties)
            build.relate(policy.key, "issued_by", issuer_entity.id, build.evidence(policy))

    if parsed.kind == "Reply":
        _reply_parties(build, doc, meta, parsed)

    self_refs = ((REPLY_SELF_REFERENCES if parsed.kind == "Reply" else SELF_REFERENCES) + kind_self_references(issuers)
                 if issuers else ())
    reader = MeasureReader(parsed, actors, issuers, resolve_unit, self_refs, terms)
    # the policies and programs a measure's own text names, found by offset (measures × mentions is large)
    cited = sorted(((i, m) for i, m in enumerate(named + policies) if m.type in ("Policy", "Program")),
                   key=lambda pair: pair[1].start)  # (order written in the list, mention)
    cited_starts = [m.start for _, m in cited]
    measure_keys: dict[int, str] = {}
    measure_spans: list[tuple[int, int, str]] = []
    for index, finding in enumerate(reader.read(), start=1):
        block = finding.block
        key = f"Measure:{doc_id}#{index}"
        measure_keys[id(block)] = key
        measure_spans.append((block.start, block.end, key))
        heading = build.evidence(Span(block.heading_start, block.heading_end))
        build.entity(key, "Measure", finding.name, heading, properties={
            "label": block.label, "level": block.kind, "commitment": finding.commitment, "document": doc_id,
        })
        parent = measure_keys.get(id(block.parent)) if block.parent else None
        build.relate(key, "part_of", parent or doc.id, heading)
        for ownership in finding.owners:
            owner = ownership.owner
            owner_entity = build.entity(owner.key, owner.type, owner.name, build.evidence(ownership.evidence),
                                        tuple(a for a in (owner.surface, *owner.aliases) if a), owner.properties)
            build.relate(owner_entity.id, ownership.role, key, build.evidence(ownership.evidence))
            build.relate(doc.id, "mentions", owner_entity.id, build.evidence(ownership.evidence))
        own_end = block.children[0].start if block.children else block.end
        for _, m in sorted(cited[bisect_left(cited_starts, block.start) : bisect_left(cited_starts, own_end)]):
            build.relate(key, "cites" if m.type == "Policy" else "implements", m.key, build.evidence(m))

    for figure in figures:
        entity = build.mention(figure)
        target = _figure_target(figure, named, measure_spans, parsed)
        build.relate(entity.id, "measures", target or doc.id, build.evidence(figure))

    return Extraction(document=meta, entities=list(build.entities.values()),
                      relations=list(build.relations.values()), text=parsed.written)


def _issuer_mentions(text: str, issuers: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Where the text names an issuer the gazetteer lacks (湘潭市政府政务服务中心), that name wins."""
    found = []
    for issuer in issuers:
        if issuer.properties.get("level") == "discovered":
            for surface in {issuer.name, issuer.surface}:
                for start in occurrences(text, surface):
                    found.append(Mention(issuer.type, issuer.name, surface, start, start + len(surface), issuer.aliases, issuer.properties))
        found += _short_forms(text, issuer, gazetteer)
    return found


def _place_prefix(name: str) -> str:
    """The place a body's name opens with (舞钢市 in 舞钢市教育体育局), if it is a known one."""
    return max((name[:n] for n in range(2, min(len(name), 8)) if name[n - 1] in "省市区县" and province_of(name[:n])
                or is_known(name[:n])), key=len, default="")


def _short_forms(text: str, issuer: Mention, gazetteer: Gazetteer) -> list[Mention]:
    """The issuer's own short form (教体局 for 舞钢市教育体育局): a word from the first to the last
    character of its name after the place, keeping the name's characters in order — but not one
    that only drops the middle of the name (教育局, 交通运输厅 are other bodies' names), nor one the
    gazetteer knows as another body's (中宣部 under 中共黄石市委宣传部)."""
    place = _place_prefix(issuer.name)
    core = issuer.name[len(place) :]
    county = next((core[:n] for n in (2, 3, 4, 5) if core[n - 1 : n] in ("区", "县") and city_of(core[:n])), "")
    place, core = place + county, core[len(county) :]  # (重庆市荣昌区: the county too)
    if len(core) < 4:
        return []
    found = []
    last = "委" if core.endswith("委员会") else core[-1]  # (区文化旅游委: 文化和旅游发展委员会)
    level = place[-1:] if place[-1:] in ("区", "县", "市", "省") else ""  # the level its short forms open with
    for m in _short_form_re(core[0], last).finditer(text):
        short = m.group()
        known = gazetteer.lookup(short)
        if 3 <= len(short) < len(core) and _in_order(short, core) and not core.startswith(short[:-1]) \
                and (known is None or known.name == issuer.name):
            start = m.start() - 1 if level and text[m.start() - 1 : m.start()] == level else m.start()  # 区文化旅游委
            found.append(Mention(issuer.type, issuer.name, text[start : m.end()], start, m.end(), (*issuer.aliases, short), issuer.properties))
    return found


@lru_cache(maxsize=1024)
def _short_form_re(first: str, last: str) -> re.Pattern[str]:
    """A word from ``first`` to ``last`` (the re module's own cache is shared and small)."""
    return re.compile(rf"{re.escape(first)}[{CJK}]{{0,4}}?{re.escape(last)}")


def _in_order(short: str, name: str) -> bool:
    """Whether every character of ``short`` appears in ``name`` in the same order."""
    rest = iter(name)
    return all(char in rest for char in short)


# (…收悉，现答复如下; 禄劝组织召开…评审会: a news title about a meeting, no addressee)
_OPENING_WORDS_RE = re.compile("收悉|如下|您|你|召开|举行|成立|设立|撤销")  # (中国国务院成立就业工作领导小组: a headline)
# 真如镇街道： — or a lone unit line without the colon, above the acknowledgement of a 会办意见
_ADDRESSEE_LINE_RE = re.compile(rf"([{CJK}、，]{{2,60}})：?[ \t　]*(?:\n|$)")


# A letter to a foreign company, its name in Latin letters after its country (Institut National des Radioéléments：,
# 美国Crane Nuclear，Inc.：): the company it charges.
_FOREIGN_ADDRESSEE_RE = re.compile(rf"(?:[{CJK}]{{1,4}}?国)?(?P<name>[A-Za-z][A-Za-z0-9 .,，&'’()\-\u00C0-\u017F]{{3,80}}?)[ \t]*[：:][ \t　]*(?:\n|$)")
_KIND_ONLY_HEADS = ("镇", "乡", "街道", "区", "县", "市")  # 镇政府, 区政府: a kind of body or one's own, not a named one
_INSTITUTION_ENDINGS = ("研究院", "研究所", "中心", "学院", "大学")  # addressed, but no government body


def _addressees(parsed: ParsedDocument, resolve_unit: UnitResolver, known: list[Mention]) -> list[Mention]:
    """The bodies a text is addressed to (真如镇街道：, a co-handling opinion's lead office; a notice's
    交通部、总参谋部：, 新泾镇政府 after 各街道办事处) that no rule found yet: the line that opens the
    body.  Deputies and 各… lists are no body; nor, in a notice's long list, what only a reply's
    addressee would be (a unit named by its kind alone: 办, 局, 镇政府)."""
    foreign = _FOREIGN_ADDRESSEE_RE.match(parsed.text, parsed.body.start) if parsed.kind != "Reply" else None
    if foreign:
        return [Mention("Organization", foreign.group("name"), foreign.group("name"), foreign.start("name"), foreign.end("name"))]
    line = _ADDRESSEE_LINE_RE.match(parsed.text, parsed.body.start)
    if not line or line.group(1).endswith(("代表", "委员", "同志")) or line.group(1).startswith(GENERIC_UNIT_HEADS) \
            or _OPENING_WORDS_RE.search(line.group(1)) or line.group(1) == parsed.header.get("deputy"):  # (民盟市委: the proposer)
        return []  # (…建议收悉，经商自然资源部、…，现答复如下： is the reply's opening, no addressee)
    found = []
    offset = line.start(1)
    for unit in re.split("([、，])", line.group(1)):
        if unit not in ("、", "，") and not any(m.start <= offset < m.end for m in known):
            mention = resolve_unit(unit, offset)
            if mention is not None and mention.type == "Agency" and (
                    parsed.kind == "Reply" or len(unit) >= 3 and not unit.startswith(_KIND_ONLY_HEADS)
                    and not unit.endswith(_INSTITUTION_ENDINGS)):
                found.append(mention)
        offset += len(unit)
    return found


def looks_governmental(parsed: ParsedDocument, issuers: list[Mention], agencies: list[Mention]) -> bool:
    """Whether the text reads like a government document at all (a novel chapter or a log does not)."""
    known = {m.name for m in agencies if m.properties.get("level") not in ("discovered", None)}
    # (a reply by its title or opening, 对政协…第181号提案的答复 / …收悉,现答复如下, even when it never signs)
    score = 2 * bool(parsed.header.get("doc_number")) + 2 * bool(issuers) + (parsed.kind == "Reply")
    score += (len(known) >= 2) + (len(known) >= 4) + bool(parsed.header.get("deputy") or parsed.header.get("result"))
    score += bool(_ADDRESSEE_RE.search(parsed.text[:600]))
    hits = len(_GOV_WORDS_RE.findall(parsed.text))
    score += hits >= 3 and hits * 1000 >= 3 * len(parsed.text)
    return score >= 1


_ADDRESSEE_RE = re.compile(r"(?m)^[^\n：:]{0,200}(?:单位|政府|部门|公司|委|局|厅|办|代表|委员)[：:]\s*$")
_GOV_WORDS_RE = re.compile(r"部门|政府|贯彻|落实|推进|加强|实施|牵头|负责|单位|机制|政策|印发|发布|通知|主管|规定|办法|现予|督查|整改|通报|职责")


def _line_evidence(build: _Builder, text: str, line: str) -> Evidence | None:
    if not line:
        return None
    pos = text.find(line)
    return build.evidence(Span(pos, pos + len(line))) if pos >= 0 else None


def _reply_parties(build: _Builder, doc: Entity, meta: DocumentMeta, parsed: ParsedDocument) -> None:
    """Reply → responds_to → Suggestion → proposed_by → Person."""
    if not (meta.suggestion_title or meta.proposal_number):
        return
    title = meta.suggestion_title or f"第{meta.proposal_number}号建议"
    evidence = _line_evidence(build, parsed.text, meta.suggestion_title) or doc.evidence[0]
    suggestion_key = f"Suggestion:{meta.session}{meta.proposal_number}{title}"
    build.entity(suggestion_key, "Suggestion", title, evidence, properties={
        "proposal_number": meta.proposal_number, "session": meta.session})
    build.relate(doc.id, "responds_to", suggestion_key, evidence)
    for deputy in re.split(r"[、，,\s]+", meta.deputy):
        if deputy:
            person_evidence = _line_evidence(build, parsed.text, deputy) or evidence
            # (贵党, 贵团: a party, a delegation proposed)
            kind = "Organization" if parsed.header.get("deputy_role") in (PARTY_ROLE, GROUP_ROLE) else "Person"
            # (农工民主党云南省委: the committee by its full name, as the text's other mentions of it read)
            committee = democratic_party_committee(deputy) if parsed.header.get("deputy_role") == PARTY_ROLE else None
            name = committee.name if committee else deputy
            person_key = f"{kind}:{name}"
            build.entity(person_key, kind, name, person_evidence, aliases=(deputy,) if name != deputy else (),
                         properties={"role": parsed.header.get("deputy_role", "")})
            build.relate(suggestion_key, "proposed_by", person_key, person_evidence)


MAX_COUNTED_GAP = 2  # (2项成果国家自然科学奖: the count's noun, then what it counts)
_CLAUSE_MARK_RE = re.compile("[，,。；;、：:（(\n由被经]")


def _figure_target(figure: Mention, named: list[Mention], measures: list[tuple[int, int, str]],
                   parsed: ParsedDocument) -> str | None:
    """What a figure counts: a program named right after it (等2项成果国家自然科学奖), a program/organization named
    earlier in its sentence, else its measure."""
    sentence = parsed.sentence_at(figure.start)
    after = next((m for m in named if figure.end <= m.start <= figure.end + MAX_COUNTED_GAP and m.type == "Program"
                  and not _CLAUSE_MARK_RE.search(parsed.text, figure.end, m.start)), None)  # (引进2名中国科学院院士: people)
    if after is not None:
        return after.key
    before = [m for m in named if sentence.start <= m.start < figure.start and m.type in ("Program", "Organization")]
    if before:
        return before[-1].key
    inside = [(start, key) for start, end, key in measures if start <= figure.start < end]
    return max(inside)[1] if inside else None


def extract_file(path: Path, gazetteer: Gazetteer | None = None) -> Extraction:
    """Read and extract one file."""
    from loaders.read import read_document

    raw = read_document(path)
    return extract_text(raw.text, source_name(path), raw.sha256, gazetteer)
