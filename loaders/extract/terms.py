"""Defined terms: ``X（以下简称Y）`` makes Y name X for the rest of the document.

A term can stand for one body (``国务院…部际联席会议（以下简称联席会议）``) or for a group that a
sentence lists first (``科技部、国家发展改革委…等部门是…宏观管理部门(以下简称宏观管理部门)``);
either way later sentences that open with the term have those bodies as their actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract.mentions import GENERIC_UNIT_HEADS, Mention
from loaders.places import is_place
from loaders.text import CJK, occurrences

_DEFINED_RE = re.compile(r"[（(]\s*(?:以下(?:简称|统称|称)|简称)\s*[“\"]?([^”\"）)、，]{2,15}?)[”\"]?\s*[）)]")
_GROUP_NOUNS = ("部门", "单位", "机构", "成员单位")
_SUB_BODIES = ("办公室", "秘书处")


def defined_terms(
    text: str,
    mentions: list[Mention],
    sentence_actors: Callable[[int], list[Mention]],
) -> dict[str, list[Mention]]:
    """Each defined term with the mentions it stands for.

    ``sentence_actors(offset)`` gives the agencies that open the sentence holding ``offset``.
    """
    by_end = {m.end: m for m in mentions if m.type in ("Agency", "Organization", "Program", "Policy")}
    terms: dict[str, list[Mention]] = {}
    for m in _DEFINED_RE.finditer(text):
        term = m.group(1)
        if not term.endswith(_GROUP_NOUNS):
            referent = by_end.get(m.start()) or _body_named_before(text, m.start())
            if referent is not None:
                terms[term] = [referent]
        else:
            group = sentence_actors(m.start())
            if group:
                terms[term] = group
    if _MEETING not in terms and (chartered := _CHARTERED_MEETING_RE.search(text)
                                  or _MEMBERS_HEADING_RE.search(text) and _MEETING_SET_UP_RE.search(text)):
        name = chartered.group(1)
        terms[_MEETING] = [by_end.get(chartered.end(1)) or Mention("Agency", name, name, chartered.start(1), chartered.end(1),
                                                                   properties={"level": "discovered"})]
    return terms


# A joint meeting's charter that never defines the meeting's short name, titled so on a line of its own (附件1:北京市流浪乞讨
# 人员救助管理工作联席会议制度): 联席会议 alone names it throughout, as （以下简称联席会议） would say.
_MEETING = "联席会议"
_CHARTERED_MEETING_RE = re.compile(rf"^[ \t　]*(?:附件\s*\d*\s*[:：]?\s*)?([{CJK}“”]{{4,40}}?{_MEETING})制度[ \t　]*$", re.M)
# …or that sets it up in its opening (为加强…,建立流浪乞讨人员救助管理工作联席会议制度。) and then lists its members.
_MEETING_SET_UP_RE = re.compile(rf"(?:建立|设立|成立)(?![了并健])([{CJK}“”]{{4,40}}?{_MEETING})制度")
_MEMBERS_HEADING_RE = re.compile(r"^[ \t　]*[一二三四五六七八九十]+、\s*(?:联席会议的?)?(?:成员单位|组成单位|主要职能|主要职责|职责)[ \t　]*$", re.M)


# A body no rule knew, named right before its short form: 管理军工行业标准化技术委员会（以下简称标技委）.
# (…由青海德坤电力有限公司（以下简称“德坤公司”）负责: a company, its short name after it)
_BODY_BEFORE_RE = re.compile(rf"([{CJK}]{{4,24}}?(?:委员会|领导小组|工作小组|办公室|中心|协会|联合会|联盟|研究院|研究所|公司|集团))$")
# Verbs and linking words a name cannot contain: the name starts after the last of them.
# (与 and 和 stay: 探月与航天工程中心 is one name.)
_BEFORE_NAME_RE = re.compile("第[一二三四五六七八九十百零〇0-9]+条|负责|成立|设立|组建|建立|依托|委托|指导|由|向|将|及|的")
# A verb that opens the run (管理军工行业…委员会): only there is 管理 no part of the name.
_LEADING_VERB_RE = re.compile("^(?:管理|建设|支持|推动|推进)")
_GOVERNMENT_BODY_ENDINGS = ("领导小组", "工作小组", "办公室")
MIN_BODY_NAME = 6


def _body_named_before(text: str, end: int) -> Mention | None:
    """The body written right before ``（以下简称…）``, when no rule found it (see :data:`_BODY_BEFORE_RE`)."""
    run = _BODY_BEFORE_RE.search(text, max(0, end - 24), end)
    if not run:
        return None
    words = list(_BEFORE_NAME_RE.finditer(run.group(1)))
    name = _LEADING_VERB_RE.sub("", run.group(1)[words[-1].end() :] if words else run.group(1))
    if len(name) < MIN_BODY_NAME or name.startswith(GENERIC_UNIT_HEADS):
        return None
    # 上海市长兴岛开发建设管理委员会: a committee a place sets up is a government body
    placed_committee = name.endswith("委员会") and any(is_place(name[:n]) for n in range(2, 8))
    kind = "Agency" if name.endswith(_GOVERNMENT_BODY_ENDINGS) or placed_committee else "Organization"
    return Mention(kind, name, name, end - len(name), end, properties={"level": "discovered"})


def term_mentions(text: str, terms: dict[str, list[Mention]], after: int = 0) -> list[Mention]:
    """Where a one-body term is used, a mention of that body (联席会议办公室 is its own body)."""
    found: list[Mention] = []
    for term, referents in terms.items():
        if len(referents) != 1:
            continue
        body = referents[0]
        # the body where it is written out (a rule may have found it there already, and that mention wins)
        found.append(body)
        for start in occurrences(text, term):
            end = start + len(term)
            sub = next((s for s in _SUB_BODIES if text.startswith(s, end)), "")
            if sub:
                found.append(Mention(body.type, body.name + sub, term + sub, start, end + len(sub),
                                     aliases=(term + sub,), properties=dict(body.properties)))
            elif text[start - 1 : start] not in ("简", "称"):
                found.append(Mention(body.type, body.name, term, start, end, aliases=(term,), properties=dict(body.properties)))
    return found
