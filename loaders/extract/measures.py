"""Measures and who owns them.

A measure is a numbered unit of the body that states an action (a ``（一）`` section, a ``1.``
item, an inline ``一是…`` item, a task-table row), or a clause inside one in which a named body
acts.  A block's owner is, in this order:

1. the units a responsibility note or a task table's unit columns name: ``（牵头单位：A、B，支撑单位：C）``,
   ``（责任单位：A、B）``, ``（A牵头负责）``, ``（A、B等部门按职责分工负责）`` — leads own, the
   others co-own; a note on a block also covers the blocks inside it;
2. the agencies that are the actor of the measure's first sentence (``市国资委围绕…``), and the
   partners a sentence names after 会同/联合 (``市科委会同市人社局、市财政局`` → they co-own);
3. in a plan, a body the writer works with or through (``协同市更新办开展…``, ``依托…产业方阵``);
4. in a reply, the issuing agency, which speaks as 我委/我市 or without a subject.

Clauses: a sentence or comma clause inside a block that opens with another named body
(``…，区城管执法局开展专项整治``, ``支持上海理工大学修缮…``) is a measure of that body, part of
the block's.  Replies written as one paragraph are cut into their tasks (:func:`sentence_blocks`).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from loaders.extract.agencies import BODY_NAME_ENDS, DEPARTMENT_SELF_REFERENCES, LEVEL_OPENING_RE, SHARED_LEVELS, opens_with_level, with_level
from loaders.extract.mentions import GENERIC_UNIT_HEADS, Mention
from loaders.places import is_place
from loaders.structure import (
    LEAD_ROLE_RE,
    NOTE_ROLES,
    PROSE_NOTE_RE,
    UNITS_LEAD_LINE_RE,
    Block,
    ParsedDocument,
    Sentence,
    Span,
    is_record_field,
    may_hold_note_label,
    note_label,
    units_lead_line,
)
from loaders.tables import LEAD_MARKS, is_unit_cell
from loaders.text import CJK, SENTENCE_END, occurrences

MEASURE_KINDS = ("article", "section", "item", "subitem", "inline", "sentence")
# A heading that only opens units below it (第一章 总则, 一、主要任务) is never a measure itself.
CONTAINER_KINDS = ("chapter", "part")
# A responsibility note: （市发展改革委牵头，…） — a unit in it may carry a bracket of its own
# (区发展改革委（粮食和储备局）); or in 〔〕, 【】 or [], which may hold round brackets of their own
# (〔市生态环境局牵头，…各县、区人民政府(管委会)负责落实〕).  The note's text is group "note".
_NOTE_WORDS = "(?:单位|负责|牵头|主办|参与|配合|协办|按职责分工)"
# A short bracket inside a note (各县(市、区)政府, 各市〔州〕人民政府): part of a unit's name.
_NESTED_BRACKET = r"[（(][^（）()\n]{1,12}[）)]|〔[^〔〕（）()\n]{1,12}〕"
_NOTE_RE = re.compile(
    rf"[（(](?P<note>(?:[^（）()〔〕\n]|{_NESTED_BRACKET}){{2,200}}?{_NOTE_WORDS}"
    rf"(?:[^（）()〔〕\n]|{_NESTED_BRACKET}){{0,120}}?)[）)]"
    rf"|[〔【\[](?=[^〔〕【】\[\]\n]{{2,300}}?{_NOTE_WORDS})(?P<bracketed>[^〔〕【】\[\]\n]{{2,300}}?)[〕】\]]"
    # (a copy cut inside the note: （自治区发展改革委牵头，自治区国土资源厅、水利厅… at the text's end)
    rf"|[（(〔](?P<cut>(?:[^（）()〔〕\n]|{_NESTED_BRACKET}){{2,200}}?{_NOTE_WORDS}(?:[^（）()〔〕\n]|{_NESTED_BRACKET}){{0,160}}?)[，,、。；;]?\s*\Z"
    # (…cut before its note word: （区发展改革委、区科信局、区财政局、区商务局、 at the text's end: bodies listed)
    r"|[（(](?P<cut_list>(?:[^（）()〔〕\n、，,。；;]{2,16}?(?:局|委|办|厅|署|政府|中心|街道|镇)、)+[^（）()〔〕\n、，,。；;]{0,16})\s*\Z"
)
# (…增长25%(市发改委,各县市区政府,荆州开发区)。: units alone, no role word, in the bracket closing the task's line, not a
# unit's own bracket: 各区(市)县政府(管委会); see _notes_between.  The line's closing bracket is found first, so the
# pattern is tried only where one is.)
_LISTED_NOTE_RE = re.compile(r"(?<![局委办厅府会室处院心队所站司部])[（(](?P<listed>[^（）()〔〕\n。；;]{2,120})[）)]")
_LINE_CLOSING_BRACKET_RE = re.compile(r"[）)](?=[。；;]?[ \t　]*(?:\n|\Z))")
_JOINED_BY_RE = re.compile(r"\s*(?:会同|联合|协同|(?:分别|均|统一)由)")  # (…，分别由省教育厅、省科技厅…组织实施)
_NOT_LISTED_NOTE_RE = re.compile("简称|以下|含|包括|即|如")  # (以下简称市发改委), (含市直单位): no units that own the task


def _notes_between(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The bracketed responsibility notes in text[start:end], and the brackets closing a line that only
    list units (most parts end like a body's name)."""
    notes = list(_NOTE_RE.finditer(text, start, end))
    for close in _LINE_CLOSING_BRACKET_RE.finditer(text, start, end):
        line_start = text.rfind("\n", 0, close.start()) + 1
        opened = max(text.rfind("（", line_start, close.start()), text.rfind("(", line_start, close.start()))
        listed = _LISTED_NOTE_RE.fullmatch(text, opened, close.end()) if opened >= max(start, line_start) else None
        if listed and not any(n.start() <= opened < n.end() for n in notes) and is_unit_cell(listed.group("listed")) \
                and not _NOT_LISTED_NOTE_RE.search(listed.group("listed")) \
                and not is_unit_cell(text[line_start : opened]):  # (高新区(邹区镇): a unit's cell)
            notes.append(listed)
    return sorted(notes, key=lambda m: m.start()) if len(notes) > 1 else notes


# A note written as a line of its own under the task (牵头单位:省发展改革委、省经信厅).
# (牵头责任单位:…, 协同责任单位:…, 部门分工:省发展改革委牵头,各地、各部门配合: a task's owners on lines of their own)
# (…(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会: a label glued to its heading)
_NOTE_LINE_RE = re.compile(
    rf"(?:^|(?<=[。；;，,])|(?<=[{CJK}A-Za-z]))[ \t　]*(?P<line>{note_label(NOTE_ROLES + '|主办')}[^\n]+)$", re.M)
# (…进一步加大投资力度。责任单位:省发改委牵头,…配合。: after its task, on the task's line; 1、技能培训提升,牵头单位:市退役军人局。)


# A field the document opens lines with (任务目标:…, 完成时限:…): a flattened line that runs a note on into it
# (责任单位:莲塘镇任务目标:2024年计划改造…) ends the note there.
_LINE_FIELD_RE = re.compile(rf"^[ \t　]*([{CJK}]{{2,6}})[：:]", re.M)
_UNIT_FIELD_ENDINGS = ("单位", "部门", "分工")
_SPACED_FIELD_RE = re.compile(rf"[ \t　]+(?![{CJK}]{{0,4}}(?:单位|部门|分工)[：:])[{CJK}]{{2,6}}[：:]")


def _line_fields(text: str) -> frozenset[str]:
    """The keys of the fields ``text`` opens its lines with, but those that name units."""
    return frozenset(key for key in _LINE_FIELD_RE.findall(text) if not key.endswith(_UNIT_FIELD_ENDINGS))


def _before_field(content: str, fields: frozenset[str]) -> str:
    """A note's text up to the first of the document's line fields it runs on into."""
    ends = [at for key in fields for at in (content.find(key + "：", 1), content.find(key + ":", 1)) if at > 0]
    # (问题整改责任单位:市科技馆 整改时限:3天: another field after a space on the note's own line)
    spaced = _SPACED_FIELD_RE.search(content)
    ends += [spaced.start()] if spaced else []
    return content[: min(ends)] if ends else content


def _note_text(match: re.Match[str]) -> tuple[str, int]:
    """A note's text and where it starts, whichever brackets (or line) it was written in."""
    group = next(g for g in ("note", "bracketed", "cut", "cut_list", "listed", "line", "prose", "led") if match.re.groupindex.get(g) and match.group(g) is not None)
    return match.group(group), match.start(group)


_LABEL_RE = re.compile(r"^\s*([^：:]{0,8}?(?:单位|部门|分工))\s*[：:]\s*(.+)$")  # (部门：… under a header broken as 牵头 / 部门)
_LEAD_LABELS = ("牵头", "主责", "主办")
_CO_LABELS = ("配合", "支撑", "参与", "协办", "协同", "协助", "会办")
_ROLE_SUFFIX_RE = re.compile(
    r"(等?各?(?:有关|相关)?(?:部门|单位)?(?:按职责分工|按照职责分工|分工|按职责|共同)?(?:分别)?(?:牵头)?负责|(?:分别)?总?牵头|主办|参与|配合|协助|协办|指导|负责"
    r"|等?各?(?:有关|相关)?(?:部门|单位)?(?:按职责分工|按照职责分工|按职责)(?:分别)?(?=落实))(?:落实|实施|组织实施)?$"  # (…基层处等按职责分工落实)
)
# 银保监会等国务院相关部门及各地区: the list's last named unit, then 等 and the kinds of body it stands for
_HELPS_NEXT_RE = re.compile("(?:积极|主动)?(?:配合|协助)")
_HELPERS_CLAUSE_RE = re.compile("(?:配合|参与|协助|协办|支持)$")
_SOME_OF_A_KIND_RE = re.compile("等(?:相关|有关)?(?:镇|乡|街道|村|区|县)")
_ETC_RE = re.compile(r"等(?:[^、，,]{0,20}?(?:部门|单位|地区|地方|机构|成员))?(?:[和及与]各[^、，,]{0,10})?$")
# Districts listed by their names and sharing the last one's level and government (江岸、江汉、武昌区人民政府).
_SHARED_GOVERNMENT_RE = re.compile(rf"^([{CJK}]{{2,4}}?)([{SHARED_LEVELS}])(人民政府|政府)$")
# what follows a list's last owner: 等部门开展…, 等建立… (not 等要充分发挥部门联动作用); 县交通、交警部门要…: the fields' word
_ETC_OPENING_RE = re.compile(r"^(?:等(?:[^，,。；要将应须]{0,8}?(?:部门|单位)[，,]?|(?![级次同]))|(?:有关|相关)?(?:职能)?部门(?=要|将|负责))")
_SPLIT_UNITS_RE = re.compile(r"[、，,](?![^（(）)]*[）)])")  # (not inside brackets: 各县(市、区)政府 is one unit)
_JOIN_WORDS_RE = re.compile(r"[和及与]")
_TIME_LEAD_RE = re.compile(  # used with match(): anchored where the sentence starts (2013~2016年, a span of years too; 自2021年以来;
    # 2018年7月至9月, a span of months)
    r"(?:(?:(?:自|从)?(?:\d{4}\s*[~～\-—－至到]\s*)?\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?|上半年|下半年|第?[一二三四]季度)?"
    r"(?:\s*[~～\-—－至到]\s*(?:\d{4}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?:以来|起|底前|前|初|底)?|近年来|多年来|近年|目前|同时|此外|下一步|下步|今年以来|后续|对此|为此|其中|另外"
    r"|(?:今年|去年|本年|上年)(?:上半年|下半年|第?[一二三四]季度)"  # (六是今年上半年，县档案馆共接待…: a half-year, then its body)
    # deadlines and dates: 每年5月底前, 上一年度10月底前 (those ending in 后 are _AFTER_LEAD_RE's)
    r"|(?:每年|每季度|上一?年度|本年度|当年|次年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|中旬|上旬|下旬)?(?:前|以前|起)"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日(?:以来|起)?"  # 4月15日，市政府出台了…
    r"|(?:19|20)\d{2}(?:0?[1-9]|1[0-2])月(?=[，,])"  # 202111月，赤壁市政府印发了…: a month whose 年 the copy lost
    r")[，,\s]*)+"
)
# Leads ending in 后 (军工行业标准实施后，国防科工局…; 收到送审材料后2个月内，标技委…): their runs are
# tried only where a 后 is near, since they scan forward from every sentence start.
_AFTER_LEAD_RE = re.compile(
    rf"(?:[{CJK}]{{2,14}}?(?:实施|发布|批准|完成|结束|印发|下达)后|[^，,。；\n]{{0,12}}?后\s*\d+\s*个?(?:月|日|天|工作日)内"
    rf"|[^，,。；;\n]{{1,22}}?后(?=[，,]|我(?:局|委|厅|办|们|[省市州县区])))[，,\s]*"  # 待工程竣工及新购车辆到位后，市公交公司将…; 待…确定后我局将…
)
AFTER_LEAD_REACH = 24
# A setting before the actor (在公交候车亭后续建设过程中，彭浦镇将…; 在市委领导下，区X局…).
# (今后城市绿化建设过程中，…: a process named without 在, after when; a period so named is _PERIOD_LEAD_RE's)
_SETTING_LEAD_RE = re.compile(r"(?:今后|以后|下一步)?(?:在[^，,。；;\n]{1,24}?(?:过程中|期间|中|时|方面|上|下)|[^，,。；;\n在]{1,24}?过程中)[，,]\s*")
SETTING_REACH = 30  # (a setting clause is short: the cheap test looks that far for its 过程中)
# A purpose or basis before the actor (围绕我市…发展，市工信局积极推动…; 根据工作安排，区X局…).
# (经我局积极协调沟通，卓尼县自然资源局安排…: how it came about, too — not 经济, 经营, 经费, 经开区, 经信委)
# (根据省委省政府关于全面加快…和全面打造…的要求，我们…: a long one, told by what it ends on)
_FOLLOWED_WORDS = "要求|部署|精神|规定|安排"  # what a text follows (…的要求, …的部署)
_PURPOSE_LEAD_RE = re.compile(r"(?:围绕|按照|根据|依据|为了?|结合|针对|对照|随着|经(?![济营费销纪典验常开信贸]))"
                              rf"(?:[^，,。；;\n]{{1,30}}?|[^，,。；;\n]{{31,80}}?(?:{_FOLLOWED_WORDS}))[，,]\s*")
_MORE_AIMS_RE = re.compile(r"(?:保证|确保|促进|提高|推动|维护|保障)[^，,。；;\n]{1,30}?[，,]\s*")
# A period before the actor (“十四五”期间，管委会…; 办理期间，…).
_PERIOD_LEAD_RE = re.compile(r"[^，,。；;\n]{1,12}?期间[，,]\s*")
_PURPOSE_LEAD_HEADS = ("围绕", "按照", "根据", "依据", "为", "结合", "针对", "对照", "随着", "经")
# The matter a division of work names first, then who does it (关于“…”的问题，由省水利厅会同…负责落实).
_MATTER_LEAD_RE = re.compile(r"关于[^。；;\n]{2,200}?的?问题[，,]\s*由")
# The leader a task is given to, before the body that leads the work (由吴继德副市长负责，市环保局牵头，…).
_LEADER_LEAD_RE = re.compile(rf"由[{CJK}]{{0,6}}?副?(?:省长|市长|县长|区长|州长|主席|秘书长|领导)(?:分管|负责|牵头|主抓)?[，,]\s*")  # (由相关县领导牵头，…)
# A task given to another body (我市将责成X…, 要求X会同Y…): that body does it.
_ASSIGNS_RE = re.compile(r"(?:我[市县区省局委])?(?:[还也]?将|要)?(?:责成|要求|督促)")
# A sentence that says the parts below are what its body will do (将重点做好以下几方面工作：), not
# what another body's notice listed (市生态环境局已印发通知，明确了以下几项任务：).
_ANNOUNCES_PARTS_RE = re.compile(r"[将要](?:重点)?(?:做好|抓好|开展|推进|落实|从)[^，,。]{0,6}?以下(?:几个|[一二三四五六七八九十]个|几)?(?:方面|项)?(?:的)?(?:工作|措施|任务)[：:]$")
# A body taking the measures listed after it (县政府制定了系列更新换代措施。一是…; 市交通局采取了以下措施：)
# (…做了大量的工作,一是…: the work the points list, the sentence running on into them)
_TAKES_MEASURES_RE = re.compile(r"(?:(?:制定|采取|出台|推出)了?[^。；;，,：:]{0,12}?(?:措施|举措)|做了[^。；;，,：:]{0,10}?工作)[。：:，,]$")
# A reply's body taking the measures its parts then list (市水利局通过压紧压实…等多措并举,强化外辽河管理保护。/ 1.…)
_MANY_MEASURES = "多措并举"
# An announcement of what its writer decided, listed below (…决定…实施…措施。有关事项通告如下：; not 通知如下: a notice of
# work others do)
_NOTIFIED_BELOW_RE = re.compile(r"^(?:现将|现就)?(?:有关|具体)?(?:事项|事宜|措施|要求)?(?:通告|公告)如下[：:]$")
_DECIDES_RE = re.compile("(?:研究)?决定")
# Conditions a body is bound by, listed below (在…运行过程中，三门核电有限公司应遵守下列条件。)
_BOUND_BY_RE = re.compile(r"(?:应当?|须|必须|要)(?:严格)?(?:遵守|履行|执行|落实|做好)(?:下列|以下|如下)(?:许可证?)?(?:条件|要求|义务|规定|事项|工作)[。：:]$")
# A letter asking the bodies it is addressed to to do the parts below (请你们认真研究，并做好以下经验反馈工作。).
_ASKS_ADDRESSEES_RE = re.compile(r"(?:请|要求)(?:你们|你们单位|你单位|你公司|贵单位|各单位)[^。；;]{0,30}?(?:以下|下列|如下)"
                                 r"[^。；;，,]{0,10}?(?:工作|要求|事项|措施)[。：:]$")
_PEOPLE_OF_BODY = ("代表", "委员", "人大代表", "政协委员")
# A letter's 你公司 acts where the text obliges it (你公司应…); elsewhere it is what the letter is about.
# (你公司在…的调试过程中应严格执行该大纲; 你公司变更单位名称…，应自…: its case, then its duty; not 你公司销售…无需办理…: no duty)
_OBLIGED_RE = re.compile(r"[^，。；;]{0,24}?[，,]?(?<![无不毋])(?:应当?|须|必须|要|需要?|务必)")
# A word naming bodies of a kind (各级政府机关应当…, 由乡镇政府负责): the duty is theirs, not the addressee's.
_BODY_WORD_RE = re.compile(r"政府|机关|部门|单位|企业")
_OPERATOR = "营运单位"  # (…的问题，营运单位应在…前完成…: the plant's operator, the company a licence letter is addressed to)
# What must be done, said anywhere in a clause (…，应立即停止启动操作); not 供应, 相应, 反应堆, 应急, 无须.
_DUTY_STATED_RE = re.compile(r"(?<![无不毋供相对适响反回效呼答感])(?:应当?(?![急用收届])|必须|务必)")
_COOPERATE_WORDS_RE = re.compile("会同|联合|协同|携手|指导|组织|与")  # one of these is in every _COOPERATE_RE match
_GOVERNMENTS = ("人民政府", "国务院", "中央委员会")
_PARTY_PREFIXES = ("中国共产党", "中共")
_REGARD_RE = re.compile(r"(?:一直|始终|历来|都)?(?:高度|十分|非常|极为)?(?:重视|关心|关注)")
_COUNTERPART_RE = re.compile(
    rf"(?:[、，,和及][{CJK}]{{2,10}}?)*(?:等[{CJK}]{{0,6}}?)?(?:积极|进行|加强|密切)?了?(?:对接|沟通|衔接|联系|汇报|座谈|交流|协商|会商|商定|磋商|达成一致)")
_LIAISON_WORDS = ("对接", "沟通", "衔接", "联系", "汇报")  # (what a body does with those it reports to, no task shared)
_PARTNERING_MANNER = "(?:继续|积极|主动|进一步|密切|尽快|及时|加快|共同|多次|正|正在)*"  # (将积极会同…, 多次协同…, 正积极会同…)
_COOPERATE_RE = re.compile(rf"^\s*(?:牵头[，,]?\s*)?(?:[还也]?将|已经?)?{_PARTNERING_MANNER}(?:会同|联合|协同|携手|指导|组织|与)")
# A clause that opens by naming the bodies its actor works with (，并多次协同市发改委…, 同时，积极会同财政部…).
_JOINED_WORDS_RE = re.compile("会同|联合|协同")
_JOINING_CLAUSE_RE = re.compile(
    rf"\s*(?:并|同时|还|另外)?(?:今年|明年|近期|下一步|下步|[春夏秋冬]季|年底前|年内)?(?:[还也]?将|已经?|先后)?{_PARTNERING_MANNER}(?:会同|联合|协同)")
# A clause opening with the bodies the actor works with by 与, which only 一起/共同 after them says (并与区应急局一起召开协调会).
_WITH_CLAUSE_RE = re.compile(rf"\s*(?:并|同时|还|另外)?(?:[还也]?将|已经?|先后)?{_PARTNERING_MANNER}与")
_TOGETHER_RE = re.compile("一起|共同")
# A clause whose work is handling the suggestion itself (组织区教育局…等单位认真研究办理, 会同…研究答复).
# (…的建议，邵阳市人民政府办公室已转交我县办理。: who handed the suggestion on, no task)
_HANDLES_THE_SUGGESTION_RE = re.compile(r"(?:(?:研究|认真|共同|联合)|转交[^，,。；;]{0,4}?)(?:办理|答复)[，,。；;]?$")
_HOSTS_RE = re.compile(r"^(?:联合)?(主办|承办|协办|支持|指导|技术支持)单位\s*[：:]")  # an event's hosts, an item of their own
# (…须经空军、北京军区和民航总局同意: the bodies whose consent a thing needs)
# (由包片单位县林业局负责督促…: the unit after its role; 由市级农业产业化龙头企业…有限责任公司牵头: a company after its grade)
_BY_RE = re.compile(r"由(?:包片单位|责任单位|牵头单位|主管部门|主办单位|(?:(?:国家|省|市|县|区)级)?(?:农业产业化)?(?:重点)?龙头企业)?|(?<=[须需])经")
_ONLY_HELPS_RE = re.compile(r"(?:等(?:其他)?(?:相关|有关)?(?:部门|单位))?(?:全力|积极|密切|主动|加强)?(?:配合|协助|参与|协办|派(?:人员?|专人)参加[^，,。；;]{0,12}?)(?:协调)?(?:[，,。；;]|$)")  # …配合，开展 / …等单位配合。/ …等单位派人员参加督导工作组，: helpers, no task of their own
# …市林业局、市应急局牵头负责，及时研判…: bodies after the item's actor that lead its work with it
_LEADS_TOO_RE = re.compile("(?:牵头|负责)(?:负责)?[，,]")  # (…县自然资源和规划局负责，住建局、发改局等…加强配合协调)
_OWN_PLACE_SUBJECT_RE = re.compile(r"我(?:省|市|州|县|区|旗|镇|乡)(?:还|也|又)?(?![^，,。；;]{0,4}(?:的|人民|群众|企业|地区|范围|境内))")  # (not 我市的…, 我县人民…)
_DUTY_WORD_RE = re.compile("应当?|须|必须")
# (…现印发给你们，请推动…; 请各乡镇接此通知后高度重视，加大…: every body the notice is addressed to)
_ASKED_OF_ALL_RE = re.compile(r"(?:印发给你们|转发给你们|发给你们)[，,]\s*(?:请|望)|请你们|请各(?:乡镇|镇|街道|单位|部门)(?:接此通知后)?")
# (请商有关方面办理, 其他事宜请商…, 关于…问题，请…: what a letter asks of the bodies it is addressed to, after the matter it is about)
_ASKED_RE = re.compile(r"(?:[^，,。；;请]{0,20}?(?:事宜|问题)[，,]?)?请(?:你们)?(?=商|与|按照|依照|根据|认真|抓紧|尽快|及时|做好|协商|研究|组织|督促|加强)")
_REGARDS_THE_POINT_RE = re.compile(r"[^，,。；;]{0,8}?(?:赞同|支持|认同|感谢)[^，,。；;]{0,6}?(?:您|你)")
_OWN_SUBJECT_RE = re.compile(rf"[{CJK}]{{0,6}}(?:机关|部门|单位|政府|企业|学校|公司|机构|社区|村委会|街道|乡镇)")
_COMPANY_AGAIN_RE = re.compile(r"该公司|该集团|公司(?=将|已|要|正|还|也|对|在|于|积极|先后|累计|共)")
MAX_COMPANY_LOOKBACK = 12  # bodies named before it, among which the company 该公司 refers back to is looked for
_LED_BY_RE = re.compile("为?(?:牵头|主导|主体|龙头)")
_LED_OPENING_RE = re.compile(r"^为(?:牵头|主导|主体|龙头)[，,]\s*")  # (以…专责小组为牵头,统筹…: the task after the lead's role)
_LETTER_APPROVAL_RE = re.compile(r"同意(?!见)")  # (in a letter to one body, what it approves: not 同意见)
_WRITERS_DECISION_RE = re.compile(r"(?:现)?决定(?:向|对|给予|批准)|同意(?:你|向|注销|延续|变更)")
_LEAD_ONLY_RE = re.compile(r"\s*牵头(?:负责)?\s*[，,]?")  # (县国土资源局牵头，…: a clause that only names the lead)
# How to reach a body (联系人及电话：…) is no task.
_CONTACT_PART_RE = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])?\s*联系(?:人|方式|电话|地址)")  # (not 建立联系人制度)
# The background a reply gives first (一、有关背景情况): its tasks are only those the writer itself did (我部印发…).
_BACKGROUND_HEADING_RE = re.compile("^(?:有关|相关)?(?:办理|工作)?背景(?:情况)?$")
_CONTACT_DETAILS_RE = re.compile(r"联系人|联系电话|联系方式|电子邮箱|邮箱[:：]|传真[:：]|(?:寄送|通信|通讯)?地址[:：]|邮编[:：]")
# A heading that only labels what follows (二、成员单位, 三、工作规则) names no task itself; the
# tasks are the clauses of its body.  A duties heading (一、主要职责, 一、联席会议的主要职能) lists the tasks of the
# body the document sets up or addresses.
_LABEL_HEADING_RE = re.compile(
    r"^(?:(?:联席会议|领导小组|工作小组|委员会|办公室)的?)?(?:主要|工作|具体)?(?:职责(?:任务|分工)?|职能)$|^(?:成员单位|组成单位|人员组成|组成人员|成员名单|"
    r"(?:工作|议事|会议)(?:规则|制度)|工作要求|指导思想|基本原则|总体要求|(?:主要|发展|工作|总体|预期)目标|"
    r"(?:适用|实施|支持)范围|实施(?:时间|期限)|支持(?:对象|方式|标准)|申报(?:条件|要求|程序|时间)|联系方式|附则|其他(?:事项)?|"
    r"(?:近年|近期|前期|目前)?(?:相关|有关)?工作(?:情况|进展)|(?:基本|(?:意见|提案|建议)*办理)情况|办理(?:概述|概况)|"  # 一、近年相关工作情况: a label
    r"(?:对)?(?:提案|建议|议案)(?:建议|内容)?的?(?:答复|回复)|答复(?:意见|内容)|"  # 二、对提案建议的答复
    r"(?:有关|相关)?(?:办理|工作)?背景(?:情况)?|已经?开展(?:的)?(?:相关)?工作(?:情况)?|"  # 有关背景情况, 已经开展工作情况
    r"(?:主要|工作)?措施(?:与|和|及)成效|(?:今后|下一?步)的?(?:推动|工作)?(?:计划|打算|方向|思路)|"  # 办理背景, 措施与成效, 下步工作方向
    r"(?:现场)?(?:踏勘|调查|调研|勘察|核查)情况|(?:解决|处理|办理)(?:意见|办法)|(?:工作|有关|相关)建议)$"  # 一、现场踏勘情况 / 二、解决意见 / 三、工作建议
)
_DUTIES_RE = re.compile(r"职责|职能")
# A reply's part headed by the point of the suggestion it answers (一、关于“进一步深入推进审批制度改革”的建议).
_SUGGESTION_HEADING_RE = re.compile(r"^(?:关于|针对|对于|就)(?!.*[。；;]).{2,60}?(?:的|等方面的)?(?:意见)?(?:建议|提案|议案|问题)$")
MAX_TOPIC = 20


# (并要求以上学校…, 并下达…, 并组织…; 其中2021年改造行政村9个: the figures of the work the sentence before told)
_CONTINUING_RE = re.compile(r"\s*(?:并(?:且|已|将)?(?=[要责督指组开制印下发出])|其中(?=\d{4}年))")
_DUTY_ITEM_KINDS = ("section", "item", "subitem", "inline")  # the numbered duties under a duties heading (not articles)


MIN_SELF_REFERENCES = 2
# (一、贯彻落实党中央、国务院工作部署情况 / （一）推动解决…: a part reporting work done, its items the issuer's own work)
_REPORTED_WORK_ENDINGS = ("工作部署情况", "监管情况", "工作情况", "落实情况", "工作进展")


def _is_duties_label(name: str) -> bool:
    """Whether a block's name is a label over its body's duties (一、主要职责, 一、联席会议的主要职能)."""
    return bool(_LABEL_HEADING_RE.match(name) and _DUTIES_RE.search(name))


def _topic_heading(heading: str) -> bool:
    """A part headed by the topic of the deputy's point, no work (一是关于锂电产业资金。, 二、关于项目用地):
    its sentences state the tasks (not 关于加大政策支持力度, which names the work)."""
    return heading.startswith("关于") and len(heading) <= MAX_TOPIC and not _TASK_VERB_RE.search(heading[2:])


_PARTY_COMMITTEE_END_RE = re.compile("[省市区县]委$|党中央$")
# What follows an agency's name when the name only qualifies a noun: 教育部属高校, 市科委的支持.
_MODIFIER_AFTER = ("属", "所属", "直属", "的", "系统", "有关", "相关", "各", "成员")  # 教育部属高校, 国务院有关部门: not the body
# A clause states a task when it has one of these verbs (not 设在/组成/担任: arrangements, not tasks).
_TASK_VERB_RE = re.compile(
    r"负责|承担|牵头|组织|设立|建立|健全|完善|制定|制订|出台|编制|开展|推进|推动|实施|落实|加强|强化|"
    r"支持|指导|协调|统筹|研究|督促|监督|检查|评估|发布|印发|举办|建设|打造|培育|提供|保障|优化|"
    r"深化|探索|推广|宣传|通报|报送|审核|审批|安排|部署|完成|做好|列入|纳入|用于|体现|推出|上线|开发|开通|配备|安装|迁建|"
    r"建成|新增|投入|召开|启动|搭建|引进|实行|试行|提升|提高|降低|简化|规范|整治|清理|排查|监测|加快|开放|修订|修缮|"
    r"治理|维护|维修|修复|改造|整改|处置|解决|办理|对接|协商|走访|调研|核查|上报|申报|争取|拨付|下达|办结|开辟|设置|开设|增设|引导|论证|"
    r"拆除|更换|更新|替换|补植|铺设|种植|清淤|疏浚|查看|察看|勘察|踏勘|商定|会同"  # (我们对存在安全隐患的器材进行了立即拆除; 分管领导多次实地查看: work done)
)
# A reply's part heading that states the writer's work over its points (一、健全机构，明确责任 / 一是…二是…)
_TASK_HEADING_RE = re.compile(r"^(?:积极|进一步|全力|持续|不断|深入|大力|切实|着力|扎实|稳步|加快)?(?:" + _TASK_VERB_RE.pattern + r")[^。；;]{1,30}$")
# A body the text sets up and gives a duty at once: 大赛设立组委会，负责…; 组委会下设秘书处，负责….
# A bare 组委会 or 秘书处 is this document's own (``scope: document``), not one node for every contest.
_GOVERNMENT_GROUPS = ("领导小组", "工作小组", "工作组", "工作专班", "专班", "办公室")
_GENERIC_BODIES = frozenset(("组委会", "委员会", "秘书处", "专家委员会", "专家咨询委员会", "咨询委员会", "顾问委员会",
                            "领导小组", "工作小组", "工作组", "工作专班", "专班", "办公室"))
_SET_UP_VERBS = ("设立", "成立", "下设", "组建")
_ESTABLISHING_RE = re.compile("建立|成立|设立")
_SET_UP_RE = re.compile(
    rf"(?:{'|'.join(_SET_UP_VERBS)})(?P<body>[{CJK}]{{0,12}}?(?:组委会|委员会|秘书处|{'|'.join(_GOVERNMENT_GROUPS)}))"
    r"[，,]\s*(?:设在[^，,。；;\n]{2,30}[，,]\s*)?(?P<task>(?:负责|承担)[^。；;\n]+)"
)
# A generic body set up under another (秘书处下设办公室): named after it, 秘书处办公室.
# A character that makes a set-up body's word part of a longer name (区政府办公室, 大赛组委会 stay whole
# only when the word stands after punctuation, a function word or the text's start).
_NAME_CHARS_BEFORE_BODY = frozenset("府局委厅部院会区市县省")
_GENERIC_BODY_ENDINGS = ("秘书处办公室", "组委会办公室", "领导小组办公室")
_SUB_BODY_SET_UP_RE = re.compile(r"(?P<parent>组委会|秘书处|领导小组|委员会)下设(?P<body>办公室)")
# A clause that opens with 由 (or 具体由, 统一由) goes on with the sentence's subject: it names no thing of its own.
_BY_OPENS_RE = re.compile(r"\s*(?:具体|统一|均|分别|再|并|另|则|可|应)?由")
# What may close the list before the verb (由国家医保局、国家卫生健康委、国家药监局等分工负责): the list's kind, its shares.
_LIST_CLOSE_RE = re.compile("(?:等(?:部门|单位)?)?(?:按职责)?(?:分工)?")
_HOSTING_RE = re.compile(r"牵头|会同|联合|共同|主办|承办|协办|举办|负责|组织|出版|商定|研究确定|另行制定|下达|统一|确定|审批|自行解决|自筹|筹措|筹集|同意|(?:统筹|协调)?(?:解决|处理)|(?:正式)?(?:对外)?公布|审核|审定|核准|安排|办理|报")
# Generic units listed before named ones (各区政府、市发展改革委…): the named ones are the actors.
# Kinds of body listed between named ones (省（区、市）国防科技工业管理部门、军工集团公司、…).
_ACTED_UPON_RE = re.compile(rf"[{CJK}]{{0,8}}?(?:接受|受)[{CJK}]{{0,10}}?(?:监督|指导|管理|领导)")
_GENERIC_IN_LIST_RE = re.compile(rf"(?:(?:[{CJK}]|（[^）\n]{{1,8}}）){{1,24}}?(?:部门|单位|机构|集团公司|企业)、)+")
_GENERIC_ITEM_HEADS = frozenset("各相有省市区县地国属")
_GENERIC_ITEMS_RE = re.compile(  # (属地政府、区城管局、区交警大队等要…: the place's own government, whichever it is)
    rf"(?:(?:各|相关|有关|省级|市级|区级|县级|地方|国家有关|国家相关|属地)[{CJK}（）]{{0,20}}?"
    rf"(?:部门|单位|政府|机构|委|局|办|厅|街道|镇|公司|集团|企业|高校|院校)(?:（[{CJK}]{{1,6}}）)?(?:、|及|和))+"
)
# A clause whose subject is many bodies (有关部门要…, 各地区要…) ends the task before it.
_GENERIC_SUBJECT_HEADS = ("各", "有关", "相关")  # 地方各级 holds 各
_GENERIC_SUBJECT_RE = re.compile(rf"(?:{'|'.join(_GENERIC_SUBJECT_HEADS)}|地方各级)[{CJK}]{{0,6}}?(?:部门|单位|地区|政府|企业)(?:要|应|须|负责)")
_LEAD_IN_CLAUSE_RE = re.compile(r"(?:关于|为了?|按照|根据|依据|结合|针对|对于|随着)")
_FOLLOWED_REQUIREMENT_RE = re.compile(rf"(?:按照|根据|依据|对照)[^。；;]{{2,60}}?的(?:总体|工作|有关|相关|具体)?(?:{_FOLLOWED_WORDS})")
# A duty the reply says falls to someone it does not name as a body, before saying what anyone did (…属县管河道,
# 由中牟县河道所管理; 故桑园沟应由所属乡镇负责清除…): how the work is shared out, no task of the writer's.
# (街道负责辖区市场及周边的综合整治…: a duty of local units, said as a sentence of its own)
_OTHERS_DUTY_RE = re.compile(r"由(?!我|本|于)[^，,。；;（(]{2,30}?(?:[（(][^（）()]{1,12}[）)])?(?:负责|管理)"
                             r"|(?<![^。；;，,\s])(?:属地)?(?:街道|乡镇|镇街|村委会|居委会|社区)负责")
_OTHERS_AS_SUBJECT_RE = re.compile(
    r"(?:属地)?(?:街道|乡镇|镇政府|村委会|村组|村民小组|居委会|社区)(?:及时|已|已经|积极|组织|立即|随即|迅速)|市上|省上|上级"
)
_HOLDS_A_MEETING_RE = re.compile(rf"[{CJK}]{{0,12}}?会议(?:提出|强调|指出|要求|明确)")
# (武警部队吉林总队政治部主任王志俭, …三支队政治委员林景锡, …济南指挥学校高级讲师丛培智: a unit named through an officer's post,
# perhaps of a part of it)
_OFFICIAL_TITLE_RE = re.compile(rf"(?:[{CJK}]{{1,6}}?(?:部|处|支队|大队|中队|站|团|室)){{0,2}}副?(?:政治|业务|后勤|技术)?"
                                r"(?:部长|局长|司长|厅长|处长|主任|署长|书记|市长|区长|省长|院长|政治委员|政委|司令员|参谋长|总队长|支队长|大队长|中队长|队长|协理员|干事|助理员|科长"
                                r"|校长|所长|团长|(?:高级|一级|二级|三级)?(?:讲师|工程师|演员|演奏员))")
# Nouns that contain a task verb but name people or roles: 负责同志, 牵头单位.
_ROLE_NOUN_RE = re.compile(r"负责同志|负责人|牵头单位|牵头部门|责任单位|责任部门|组织部门")
# The writer helping, or working through, a named body (支持X…, 依托X…, 充分发挥X…作用): the body acts.
_HELP_ADVERBS = ("积极", "充分")
_HELP_VERB_RE = re.compile(r"配合|支持|协助|协同|会同|联合|发挥|依托")
# A heading naming only who leads the work under it: 省编办牵头的工作, 区发改委负责的任务（3项）.
_LEAD_WORDS = "牵头|负责|主抓|配合|协同|参与"
_LEAD_HEADING_WORDS_RE = re.compile(f"(?:{_LEAD_WORDS})的?(?:工作|任务|事项)|职责范围")  # the cheap test
# (（一）省监察厅牵头的工作; 一、属住建局职责范围: the problems below fall under its duties)
MAX_BODY_HEADING = 30
# A heading naming the body whose duties follow ((一)办公室职责, (二)信息中心的主要职责; not 一、主要职责).
_DUTIES_OF_HEADING_RE = re.compile(r"^(?P<body>.{2,30}?)的?(?:主要|工作|具体)?职责$")
_GENERIC_DUTIES_HOLDER_RE = re.compile(r"主要|工作|具体|部门|成员单位|各成员单位|有关单位|相关单位|各单位|.*[及和与]")  # (一、主要职责; 领导小组及职责)
_LEAD_HEADING_RE = re.compile(rf"^.{{2,40}}?({_LEAD_WORDS})的?(?:工作任务|工作|任务|事项)(?:[（(][^）)]{{1,8}}[）)])?$"
                              r"|^属.{2,20}?(职责)范围[：:]?$")
_DEFINITION_RE = re.compile(r"^\s*[（(](?:以下)?(?:简称|统称|称)[^）)]{1,20}[）)]")
_ASSIGNED_RE = re.compile(r"(?:分别)?(?:落实|负责|承办)")
_JOINT_VERBS = ("会同", "联合")  # the writer acts with the body, not for it
_HELPS_RE = re.compile(rf"(?:{'|'.join(_HELP_ADVERBS)})?(?:{_HELP_VERB_RE.pattern})")
_MODAL_RE = re.compile(r"^(?:要|应当|应|需要|需|将|还将|也将|已|还要|将要|继续|同时|分别)+")
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


# A note's remark on the notes of other tasks (以下各任务均需…落实, 下同): no units of this task.
_REMARK_OPENING_RE = re.compile(r"\s*(?:以下|下同|其余|其他各项|不再)")


def _parse_note(content: str, resolve_unit: Callable[[str, int], Mention | None], offset: int) -> list[tuple[Mention, str]]:
    """Units of a responsibility note with their role, in the order written."""
    out: list[tuple[Mention, str]] = []
    role_of_list = "responsible"
    cursor = 0
    remark = False  # after a 。 a note adds remarks (以下任务均需各区市政府落实), not units
    # (牵头单位:市商务局  责任单位:市编办、…: two labels a page kept apart by spaces, read as two clauses)
    content = _CONVENTION_REMARK_RE.sub(lambda remark: " " * len(remark.group()), content)
    parts = re.split(r"([；;，,。])", _LABEL_GAP_RE.sub(lambda gap: "；" + gap.group()[1:], content))
    for index, clause in enumerate(parts):
        if clause in "；;，,。":
            cursor += len(clause)
            remark = remark or clause == "。"
            continue
        clause_start = cursor
        cursor += len(clause)
        if _REMARK_OPENING_RE.match(clause):
            remark = True  # (…按职责分工负责，以下各任务均需各县市人民政府…落实，不再一一列出: the tasks below, not this one)
            continue
        joined = _JOINED_BY_RE.match(clause)  # (由省农业厅牵头,会同省财政厅、…等单位负责落实: the bodies that join the lead)
        body = clause[joined.end() :] if joined else clause
        body_start = clause_start + (joined.end() if joined else 0)
        label = _LABEL_RE.match(clause)
        if remark and not label and not _ROLE_SUFFIX_RE.search(clause):
            continue  # (…负责。区财政局、区税务局配合): a clause that names roles is no remark
        if label:
            name = label.group(1)
            role_of_list = "lead" if name.startswith(_LEAD_LABELS) else "co" if name.startswith(_CO_LABELS) else "responsible"
            body = label.group(2)
            body_start = clause_start + label.start(2)
        suffix = _ROLE_SUFFIX_RE.search(body)
        if suffix:
            role_of_list = _suffix_role(suffix.group(1))
            body = body[: suffix.start()]
        elif role_of_list == "lead" and not label:
            # (A牵头；B、C，D配合: the helpers' role, written after the last of their comma groups, is theirs all)
            role_of_list = _role_ahead(parts[index + 1 :]) or role_of_list
        part_start = body_start
        every = False  # 各区市政府、开发区管委: 各 reaches the unknown units listed after it
        listed = _SPLIT_UNITS_RE.split(body)
        level = ""  # 自治区发展改革委、经济和信息化委: the level the list's first unit names reaches the bare ones after it
        for index, unit in enumerate(listed):
            unit_offset = offset + part_start + (len(unit) - len(unit.lstrip()))
            part_start += len(unit) + 1
            # 江岸、江汉、武昌区人民政府: 江岸 is 江岸区人民政府; 黄埔区、南沙区政府: 黄埔区 is 黄埔区政府
            shared = _shared_government(listed, index)
            place = "" if not shared else unit.strip() if unit.strip().endswith(shared.group(2)) else unit.strip() + shared.group(2)
            if shared and is_place(place):
                mention = resolve_unit(place + shared.group(3), unit_offset)
                if mention:
                    out.append((replace(mention, surface=unit.strip(), end=unit_offset + len(unit.strip())), role_of_list))
                continue
            # ★区发改委, 区农业农村委*: the lead's mark, before or after its name
            starred = bool(unit.strip()) and unit.strip()[-1] in LEAD_MARKS
            every = every or "和各" in unit  # (地税局等和各市、县人民政府: every county's, after the named ones)
            unit = _ETC_RE.sub("", re.sub(r"(?:按职责分工|分别)$", "", unit.strip().strip(LEAD_MARKS)))
            every = every or unit.startswith(GENERIC_UNIT_HEADS)
            kind_of = _SOME_OF_A_KIND_RE.search(unit)
            if kind_of:  # 李桥等镇政府, 区农业农村委等镇人民政府: the named unit, not the kind after 等
                unit = unit[: kind_of.start()]
            for name, name_offset in _units_of(unit, unit_offset, resolve_unit):
                mention = resolve_unit(name, name_offset)
                opening = LEVEL_OPENING_RE.match(name)
                if opening and mention and mention.properties.get("level") not in ("discovered", None):
                    level = opening.group()
                elif level and not opening and (mention is None or mention.properties.get("level") in ("discovered", "national")):
                    mention = _at_level(level, name, name_offset, resolve_unit) or mention
                # (各县、区人民政府: 各 reaches the bare level's government after it too, every district's)
                # (各县(市、区)党委和人民政府: every county's government, whatever level 人民政府 alone reads as)
                if mention and not (every and (mention.properties.get("level") == "discovered" or name in ("人民政府", "政府") or
                                               opens_with_level(name) and name[1:].startswith(("人民政府", "政府")))):
                    out.append((mention, "lead" if starred else role_of_list))
    if any(role == "lead" for _, role in out):
        out = [(m, "co" if role == "responsible" else role) for m, role in out]  # the marked unit leads, the rest help
    return out


def _shared_government(listed: list[str], index: int) -> re.Match[str] | None:
    """The government word a run of places from ``index`` shares with the first unit after them that names a place's
    government (江岸、江汉、武昌区人民政府; 哈尔滨、黑河、绥芬河市政府、省农垦总局负责: the list goes on after it)."""
    for unit in listed[index:]:
        unit = unit.strip()
        if shared := _SHARED_GOVERNMENT_RE.match(unit):
            return shared
        if not any(is_place(with_level(unit, level)) for level in SHARED_LEVELS):
            return None
    return None


_PARTY_COMMITTEE_PART_RE = re.compile(r"[省市区县]委|中共[\u4e00-\u9fff]{2,12}委员?会?")


def _spaced_units_listed(cell: str) -> str:
    """A unit cell whose units a page parted by spaces (市财政局 市工业和信息化局 各县市区政府、 开发区管委会),
    each space run's first character made a 、 so the note reader lists them (the offsets kept)."""
    parts = cell.split()
    if len(parts) < 2 or not all(is_unit_cell(part.strip("、，,")) for part in parts):
        return cell
    out = list(cell)
    for gap in re.finditer(r"(?<=[^\s、，,])\s+(?=[^\s、，,])", cell):
        before, after = cell[: gap.start()].split()[-1], cell[gap.end() :].split()[0]
        if not _runs_on(before, after):  # (国家税务总局 芜湖市税务局, 市委 网信办: one body's name a space runs through)
            out[gap.start()] = "、"
    return "".join(out)


def _runs_on(parent: str, unit: str) -> bool:
    """Whether a unit after a space is the parent's own (市委 网信办; 国家税务总局 芜湖市税务局), not a body of its own
    (市委 市政府)."""
    if parent == "国家税务总局":
        return unit.endswith("税务局")
    return _PARTY_COMMITTEE_PART_RE.fullmatch(parent) is not None and not opens_with_level(unit) \
        and not unit.startswith(("中共", "政府", "人民政府")) and not is_place(unit[:2]) and not is_place(unit[:3])


_LABEL_GAP_RE = re.compile(rf"\s+(?={note_label(NOTE_ROLES)})")
# A remark on the notes' convention, bracketed after the last unit (市发改委、市财政局(第一责任单位为牵头单位,下同)):
# no unit (blanked, so the units keep their offsets; the first unit listed owns, as in every note).
_CONVENTION_REMARK_RE = re.compile(r"[（(][^（）()]{0,30}下同[）)]")


def _suffix_role(word: str) -> str:
    """The role a note's closing word gives the units before it (牵头: lead, 配合: co, 负责: responsible)."""
    return "lead" if "牵头" in word or word in _LEAD_LABELS else "co" if word in _CO_LABELS or word == "协助" else "responsible"


def _role_ahead(parts: list[str]) -> str:
    """The role the next comma group with a closing word gives, before the clause ends at ；or 。; ""."""
    for part in parts:
        if part in "；;。":
            return ""
        suffix = _ROLE_SUFFIX_RE.search(part)
        if suffix:
            return _suffix_role(suffix.group(1))
    return ""


def _at_level(level: str, name: str, offset: int, resolve_unit: Callable[[str, int], Mention | None]) -> Mention | None:
    """A bare unit read at the level the list's earlier unit names (经济和信息化委 after 自治区发展改革委),
    if that names a known body there."""
    if name.startswith((*GENERIC_UNIT_HEADS, "国务院", "国家", "中国", "中央", "全国", "人民银行")) \
            or any(is_place(name[:n] + kind) for n in (2, 3) for kind in ("", "市", "省")):
        # (各街镇: many; 国务院国资委: a national body; 赣州银保监分局, 江西银保监局: a place's own, named with it)
        return None
    mention = resolve_unit(level + name, offset)
    if mention is None or mention.properties.get("level") in ("discovered", "national", None):
        return None
    return replace(mention, surface=name, start=offset, end=offset + len(name))


# A cell of a flattened table lists its units with nothing between them (区文广旅游体育局区委宣传部湘湖国家旅游度假区义桥镇):
# where a unit's kind ends, the next may begin.
MIN_RUN_TOGETHER = 9
_UNIT_KIND_END_RE = re.compile("[局委部办镇乡道区会心司所队站厅院室府城](?=.)")
# One town or sub-district by its short name (瓜沥镇, 半淞园路街道管理办; not 瓜沥镇临浦镇 or 湘湖国家旅游度假区义桥镇)
_ONE_TOWN_RE = re.compile("[^镇乡]{1,4}(?:镇|乡|街道)(?:人民政府|政府|办事处|管理办)?")
MIN_RUN_UNIT = 3


def _run_together_units(unit: str, offset: int, resolve_unit: Callable[[str, int], Mention | None]) -> list[tuple[str, int]]:
    """The units run together in ``unit``: of the ways to cut it where a unit's kind ends, the one that leaves the
    fewest characters in no known unit (a stretch no body opens is passed over: 钱江世纪城), then has the most units
    (瓜沥镇 and 临浦镇, not one town 瓜沥镇临浦镇); [] unless two or more, the first a body of a level."""
    cuts = [0, *(m.end() for m in _UNIT_KIND_END_RE.finditer(unit)), len(unit)]
    if len(cuts) < 3:
        return []

    def known(start: int, end: int) -> bool:
        mention = resolve_unit(unit[start:end], offset + start)
        level = mention.properties.get("level") if mention is not None else None
        return level not in (None, "discovered", "subdistrict") \
            or level == "subdistrict" and _ONE_TOWN_RE.fullmatch(unit, start, end) is not None

    # best[k]: (characters in no unit, -units, the units as (start, end)) of the best cutting of unit[:cuts[k]]
    best: list[tuple[int, int, list[tuple[int, int]]]] = [(0, 0, [])]
    for k in range(1, len(cuts)):
        options = []
        for i in range(k):
            unknown, count, units = best[i]
            start, end = cuts[i], cuts[k]
            if end - start >= MIN_RUN_UNIT and known(start, end):
                options.append((unknown, count - 1, [*units, (start, end)]))
            else:
                options.append((unknown + end - start, count, units))
        best.append(min(options, key=lambda option: option[:2]))
    _, count, units = best[-1]
    return [(unit[start:end], offset + start) for start, end in units] if -count >= 2 and units[0][0] == 0 else []


def _units_of(unit: str, offset: int, resolve_unit: Callable[[str, int], Mention | None]) -> list[tuple[str, int]]:
    """One listed unit, or two joined by 和/及 — but 工业和信息化部 stays whole."""
    if len(unit) < 2:
        return []
    if len(unit) >= MIN_RUN_TOGETHER and (pieces := _run_together_units(unit, offset, resolve_unit)):
        return pieces
    if not _JOIN_WORDS_RE.search(unit):
        return [(unit, offset)]
    whole = resolve_unit(unit, offset)
    if whole is not None and whole.properties.get("level") != "discovered":
        return [(unit, offset)]  # a body known whole (工业和信息化部), or one of this level
    parts: list[tuple[str, int]] = []
    cursor = 0
    for piece in _JOIN_WORDS_RE.split(unit):
        if len(piece) >= 2:
            parts.append((piece, offset + cursor))
        cursor += len(piece) + 1
    if whole is not None and not (opens_with_level(parts[-1][0]) and any(
            (m := resolve_unit(p, o)) and m.properties.get("level") != "discovered" for p, o in parts)):
        # no part is a body better known than the whole, or the join is inside a department's
        # name (市文化广电和旅游局: 旅游局 is no body of its own) and not before a level (…及省地震局)
        return [(unit, offset)]
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
        # the first agency or organization written at each offset (actors are looked up by offset)
        self._actor_starting = {m.start: m for m in reversed(self.agencies) if m.type in ("Agency", "Organization")}
        for body in self._set_up_bodies():
            self._actor_starting.setdefault(body.start, body)
        self._actors_by_span: dict[tuple[int, int], list[Mention]] = {}
        self._lead_in_by_block: dict[int, list[Ownership]] = {}
        self._actor_offsets = sorted(self._actor_starting)
        self._actor_ending = {m.end: m for m in self._actor_starting.values()}
        self._assigned_at: list[int] | None = None
        self.issuers = issuers
        self._issuer_names = frozenset(i.name for i in issuers)
        self._read_as_prose: set[int] = set()  # ids of parts whose body was read as prose
        self._claimed_notes: set[int] = set()  # where the notes start that close an item over 一是…三是
        self._line_fields = _line_fields(self.text)
        self.all_addressees = self._addressed()  # (请你们…做好以下工作: every body the line names)
        # whom 你委 / 你公司 means: a reply's addressee, or a letter's one body (a notice to 各省、…、有关中央企业: none)
        # (秦山核电有限公司、中核核电运行管理有限公司：…你公司应…: companies holding one licence are one 你公司)
        # (各省、自治区、直辖市人民政府，国务院各部委：: kinds of bodies, whatever single name a reader finds in the line)
        self.addressed_to_many = self._addressed_to_many()
        self.addressees = self.all_addressees if self.parsed.kind == "Reply" or not self.addressed_to_many and (
            len(self.all_addressees) == 1 or all(a.type == "Organization" for a in self.all_addressees)) else []
        self.resolve_unit = resolve_unit
        self.self_references = self_references
        self._names: dict[tuple[int, int, int, str], str] = {}  # each block's name, by where it lies (see _name_of)
        self.groups = {t: g for t, g in (groups or {}).items() if len(g) > 1}
        self._group_members = {id(m) for g in self.groups.values() for m in g}
        # bodies a ``以下简称`` defines (联席会议): the subject of a charter-like document
        self.defined_bodies = [g[0] for g in (groups or {}).values()
                               if len(g) == 1 and g[0].type in ("Agency", "Organization")] or self._established_bodies()

    def _established_bodies(self) -> list[Mention]:
        """The joint conference whose system the text establishes (建立黑龙江省农业“三减”行动联席会议制度): the subject of
        its duties, as a body a ``以下简称`` defines is."""
        return [m for m in self.agencies if m.name.endswith("联席会议") and self.text.startswith("制度", m.end)
                and _ESTABLISHING_RE.search(self.text, max(0, m.start - 3), m.start)][:1]

    def _addressee_line(self) -> Span | None:
        """A reply's or a letter's addressee line (上海市浦东新区建设和交通委员会:, 三门核电有限公司:), if it has one."""
        start = self.parsed.body.start
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        return Span(start, end) if self.text[start:end].rstrip().endswith(("：", ":")) else None

    def _addressed(self) -> list[Mention]:
        """The bodies the addressee line names."""
        line = self._addressee_line()
        return [m for m in self.agencies if line.start <= m.start < line.end and m.type in ("Agency", "Organization")] \
            if line else []

    def _addressed_to_many(self) -> bool:
        """Whether the addressee line names kinds of bodies (各省、自治区、直辖市人民政府，国务院各部委：), whatever
        single name a reader finds in it (国务院 in 国务院各部委)."""
        line = self._addressee_line()
        return line is not None and "各" in self.text[line.start : line.end]

    def _agency_at(self, pos: int) -> Mention | None:
        """The actor written at ``pos``; 国家科技部 is 科技部 written with the word 国家 before it."""
        return self._actor_starting.get(pos) or (
            self._actor_starting.get(pos + 2) if self.text.startswith("国家", pos) else None)

    def _closing_note(self, block: Block) -> re.Match[str] | None:
        """The note closing an item whose text runs on into 一是…三是 (…标准为…。三是其他行业，…。（责任单位：省税务局）):
        the whole item's, not its last point's; the points inherit it. Claimed here, it is no longer the last point's."""
        if not block.children or block.kind in CONTAINER_KINDS:
            return None
        last = block.children[-1]
        end = len(self.text[last.start : block.end].rstrip(" \t　\n。；;")) + last.start
        if all(c.kind == "inline" for c in block.children):
            note = next((m for m in _notes_between(self.text, last.start, end) if m.end() == end), None)
        elif not may_hold_note_label(self.text, last.start, end):
            note = None  # (the cheap test first: most points end with no note)
        else:
            # (1. 市科技馆 / (1)…(3)… / 问题整改责任单位:市科技馆 整改时限:3天: a note on a line of its own after the
            # group's last point is the group's)
            # (not when the points have notes of their own: the last one's is its own)
            note = next((m for m in _NOTE_LINE_RE.finditer(self.text, last.start, end) if m.end() == end
                         and self.text.rfind("\n", last.start, m.start()) >= 0), None) \
                if not _LEAD_HEADING_WORDS_RE.search(block.heading) and not any(
                    _NOTE_LINE_RE.search(self.text, c.start, c.end) or _notes_between(self.text, c.start, c.end)
                    for c in block.children[:-1]) else None  # ((三)省编办牵头的工作: its lead is the heading's)
        if note:
            self._claimed_notes.add(note.start())
        return note

    def _notes_in(self, spans: list[Span], closing: re.Match[str] | None = None) -> list[Ownership]:
        """The owners the notes in ``spans`` name, and ``closing``'s: a note closing the item's last point."""
        notes: list[re.Match[str]] = []
        for span in spans:
            # (a reply's 协办单位：… line names who helped answer it, not who owns a task)
            lines = _NOTE_LINE_RE.finditer(self.text, span.start, span.end) \
                if self.parsed.kind != "Reply" and may_hold_note_label(self.text, span.start, span.end) else ()
            bracketed = _notes_between(self.text, span.start, span.end)
            # (该项目由市民政局、市教委负责: a note written as the task's last sentence)
            prose = PROSE_NOTE_RE.finditer(self.text, span.start, span.end) if self.text.find("由", span.start, span.end) >= 0 else ()
            led = self._led_lines(span)
            # (a label after ； inside a bracketed note is that note's, read with it)
            lines = [m for m in lines if not any(b.start() < m.start() < b.end() for b in bracketed)]
            notes += [m for m in (*bracketed, *lines, *prose, *led) if m.start() not in self._claimed_notes]  # (an item's, read with it)
        found: list[Ownership] = []
        for m in [*notes, closing] if closing else notes:
            content, offset = _note_text(m)
            if content.startswith("由"):
                if not LEAD_ROLE_RE.search(content):
                    continue  # （由商务部和上海市人民政府主办）: who hosts an event the task serves, no note
                content, offset = content[1:], offset + 1  # (由县发改局牵头实施: who leads it)
            owned = _parse_note(_before_field(content, self._line_fields), self.resolve_unit, offset)
            sentence = self.parsed.sentence_at(m.start())
            found.extend(_note_ownerships(owned, Span(sentence.start, sentence.end)))
        return found

    def _led_lines(self, span: Span) -> list[re.Match[str]]:
        """Lines in ``span`` that are a task's units alone (…及时宣传解读。 / 市发改委牵头落实): notes with no label
        (not in a reply, whose lines report who did what)."""
        if self.parsed.kind == "Reply":
            return []
        return [m for m in UNITS_LEAD_LINE_RE.finditer(self.text, span.start, span.end) if units_lead_line(m.group())]

    def _listed_at(self, pos: int) -> list[Mention]:
        """The agencies listed from ``pos`` on: ``市发展改革委、市交通委和市财政局`` (not 教育部属高校)."""
        listed: list[Mention] = []
        agency = self._agency_at(pos)
        if agency and self.text.startswith("所属", agency.end):
            agency = self._agency_at(agency.end + 2)  # 市地产集团所属西投公司: the company the group owns acts
        if agency and self.text.startswith(_MODIFIER_AFTER, agency.end):
            return []
        while agency:
            listed.append(agency)
            if self.text[agency.end : agency.end + 1] in ("、", "和"):
                after = agency.end + 1
            elif _PARTY_COMMITTEE_END_RE.search(agency.surface):
                after = agency.end  # 区委区政府高度重视…: the committee glued to its government, both acting
            else:
                break
            agency = self._agency_at(after)
            if agency is None:  # 中国科学院、省（区、市）国防科技工业管理部门、军工集团公司、中国工程物理研究院
                skipped = _GENERIC_IN_LIST_RE.match(self.text, after)
                agency = self._agency_at(skipped.end()) if skipped else None
        return listed

    def _is_self_reference(self, mention: Mention) -> bool:
        """我委 standing for the issuer (a reply's measures are the writer's already); not the writer's unit named
        after it (我局绿化中心: see agencies.own_units)."""
        ref = next((r for r in self.self_references if self.text.startswith(r, mention.start)), "")
        return bool(ref) and mention.end - mention.start <= len(ref)

    def _unit_cells(self, block: Block) -> list[Ownership]:
        """A task-table row's unit columns, read like a note: ``牵头单位`` leads, ``配合单位`` co-own,
        under ``责任单位``/``推进单位`` the first unit listed leads."""
        owned: list[tuple[Mention, str]] = []
        for header, start, end in block.units:
            named = re.match(r".*?(?:单位|部门)", header)  # 责任单位及负责人: the unit part of the header
            label = f"{named.group()}：" if named else "责任单位："
            cell = self.text[start:end]
            if _LABEL_RE.match(cell):  # (a cell written as notes: 牵头单位:市文广旅游局 责任单位:…金华开发区管委会)
                owned += _parse_note(cell, self.resolve_unit, start)
            else:
                owned += _parse_note(label + _spaced_units_listed(cell), self.resolve_unit, start - len(label))
        return _note_ownerships(owned, Span(block.start, block.end)) if owned else []

    def _past_spaces(self, start: int, end: int) -> int:
        while start < end and self.text[start].isspace():
            start += 1
        return start

    def actors_of(self, start: int, end: int) -> list[Mention]:
        """The agencies (or 我委) a sentence opens with, after any time phrase: ``A、B、C统筹推进``.

        The same spans are asked about by several rules (a heading, its first sentence), so the
        answer is kept per span.
        """
        known = self._actors_by_span.get((start, end))
        if known is None:
            known = self._actors_by_span[(start, end)] = self._read_actors(start, end)
        return list(known)

    def _read_actors(self, start: int, end: int) -> list[Mention]:
        start = self._past_spaces(start, end)
        # a body opening the sentence is its actor, whatever time phrase a lead could read there
        # (区发展改革委收到申请后5个工作日内…)
        pos = start
        while not self._agency_at(pos):
            lead = _lead_in_at(self.text, pos, end)
            if lead is None or lead.end() == pos:
                break
            pos = lead.end()
        if self.issuers and self.addressees and self.parsed.kind != "Reply" and (
                _WRITERS_DECISION_RE.match(self.text, pos, end) or _LETTER_APPROVAL_RE.match(self.text, pos, end)):
            # (决定向你公司颁发…许可证, 同意你公司…, 一、同意R7006和R7008运输容器在中国境内使用: a letter's writer decides)
            return [self.issuers[0]]
        if self.text.startswith("请", pos) and self._agency_at(pos + 1):
            pos += 1  # (具体事宜，请辽宁省人民政府与空军、民航局商定: the bodies a letter asks to act)
        elif self.text.startswith("以", pos) and (led := self._agency_at(pos + 1)) and _LED_BY_RE.match(self.text, led.end):
            return [led]  # (以县乡村清洁专责小组为牵头,统筹五个整治小组…: the body the work is led by)
        actors = self._listed_at(pos)
        if not actors:
            # 省级中小企业主管部门、工业和信息化部信息中心…
            generic = _GENERIC_ITEMS_RE.match(self.text, pos) if self.text[pos : pos + 1] in _GENERIC_ITEM_HEADS else None
            actors = self._listed_at(generic.end()) if generic else []
        if actors and (_OFFICIAL_TITLE_RE.match(self.text, actors[-1].end) or _HOLDS_A_MEETING_RE.match(self.text, actors[-1].end)):
            # 工业和信息化部部长肖亚庆担任组委会主任: a person's post; 文化和旅游部、国家文物局…工作会议提出: the
            # bodies' meeting speaks, no task of theirs
            return []
        assigns = _ASSIGNS_RE.match(self.text, actors[-1].end if actors else pos, end)
        assigned = self._listed_at(assigns.end()) if assigns else []
        if all(body.type == "Organization" for body in assigned):
            assigned = []  # 督促元阳松鹤陵园有限公司优化…: a company urged is supervised, the urging body's work
        if assigns and not assigned and self.addressees and _YOUR_BODY_RE.match(self.text, assigns.end(), end):
            assigned = list(self.addressees)  # 国家核安全局要求你公司…: the letter's addressee is charged
        if assigned:
            return assigned  # 我市将责成邱村镇政府做好…: the body charged with the task does it
        if not actors:
            group = next((g for t, g in self.groups.items() if self.text.startswith(t, pos)), None)
            if group:
                actors.extend(group)
        yours = _YOUR_BODY_RE.match(self.text, pos, end) if self.addressees and not actors else None
        if yours and (self.parsed.kind == "Reply" or _OBLIGED_RE.match(self.text, yours.end(), end)):
            actors = list(self.addressees)  # 建议你委…, 要求你公司应…: the body the text is addressed to
        elif not actors and self.all_addressees and self.parsed.kind != "Reply" and not self.addressed_to_many \
                and _ASKED_RE.match(self.text, pos, end):
            actors = list(self.all_addressees)  # (其他事宜请商有关方面办理: a letter asks the bodies it is addressed to)
        if not actors and _COMPANY_AGAIN_RE.match(self.text, pos, end):
            actors = self._company_before(pos)  # (…国网达县供电公司…。“十四五”期间,公司将继续…: the company named last)
        if not actors and self.issuers and self.text.startswith(self.self_references, pos):
            # the issuer, placed where the text names it (我委会同市发展改革委…: the partner follows)
            ref = next(r for r in self.self_references if self.text.startswith(r, pos))
            actors.append(replace(self.issuers[0], start=pos, end=pos + len(ref)))
            unit = self._agency_at(pos + len(ref))
            if unit:
                actors.append(unit)  # (我局交警大队一直严把…: the writer's own unit acts with it)
        return actors

    def _actors(self, block: Block) -> list[Ownership]:
        body_start = block.heading_end + 1 if block.heading_end < block.end else block.heading_start
        spans = [Span(block.heading_start, block.heading_end)]
        first = self.parsed.sentences_starting(body_start, block.end)
        if first:
            spans.append(Span(first[0].start, first[0].end))
        result: list[Ownership] = []
        told_first = False  # another body's work told before the writer's own, in the writer's item
        for span in spans:
            actors = self.actors_of(span.start, span.end)
            if actors and span is not spans[0] and self.parsed.kind == "Reply" and self._regarding(actors):
                continue  # under its heading, 党中央、国务院高度重视就业工作…: the setting of the writer's item
            if actors and span is not spans[0] and self.parsed.kind != "Reply" and not any(_written_in(a, span) for a in actors):
                continue  # (四、…由地方经营管理，民航局实行行业管理。其他事宜请商…: the next request is no owner of the item)
            if actors and span is not spans[0] and self.parsed.kind == "Reply" and block.kind == "inline" \
                    and not any(self._is_writer(a) for a in actors) and self._mostly_the_writers(span.start, block.end):
                # 三是加强省际协调力度。南阳市交通运输局会同…。省交通运输厅已向…。省交通运输厅将…: an item of the
                # writer's list (一是…三是) that tells another body's work first, then more of its own (not 一、关于…:
                # a topic others' work may lead)
                told_first = True
                continue
            if actors:
                result.extend(Ownership(actor, "owns", span) for actor in actors)
                break
        asked = _ASKS_YOU_LATER_RE.search(self.text, spans[0].start, spans[0].end) if self.addressees else None
        if asked and not any(o.evidence is spans[0] for o in result):
            # (三、关于…是否可行,也建议你局通过调研后提出方案: a heading that asks the addressee to act, whoever follows it)
            result = [Ownership(a, "owns", spans[0]) for a in self.addressees]
        # 会同/联合: the actor of any sentence leads, the partner co-owns
        own_end = block.children[0].start if block.children else block.end
        # a plain-paragraph reply's task is a part of a sentence (see sentence_blocks)
        sentences = [Span(block.start, block.end)] if block.kind == "sentence" else \
            self.parsed.sentences_starting(block.start, own_end)
        if block.kind == "inline":  # (…做好以下内容:一是联合省委组织部…: the point opens inside a sentence)
            sentences = [*self.parsed.sentences_starting(self.parsed.sentence_at(block.start).start, block.start), *sentences]
        for sentence in sentences:
            if not _COOPERATE_WORDS_RE.search(self.text, sentence.start, sentence.end):
                continue  # no 会同/联合/协同/携手/指导/与: no partner to find (the cheap test first)
            if self.parsed.kind == "Reply" and sentence.start > spans[-1].start:
                # (一是突出以侨为桥…。赴美国…。联合省侨联共同举办…: in a reply a later sentence's partner helps that
                # sentence's task, a measure of its own, not the whole item; a plan's task names its partners anywhere)
                continue
            # (一是会同市财政局…, （四）关于…的问题，由省水利厅会同…: the actor and partner follow the item's number)
            opening = block.heading_start if sentence.start <= block.heading_start < sentence.end else sentence.start
            actors = self.actors_of(opening, sentence.end)
            if told_first and not any(self._is_writer(a) for a in actors):
                continue  # (its partners are its clause's, not the item's)
            unnamed = not actors and self.parsed.kind == "Reply" and bool(self.issuers)
            if unnamed:
                # 将积极会同区文旅局…: a reply's unnamed actor is its writers, or the body whose measures
                # a lead-in lists (市经济信息委研究提出3条支持措施：…二是…会同大足区…)
                actors = [o.owner for o in self._lead_in_actors(block)] or list(self.issuers)
            if not actors:
                continue
            actor = actors[-1]
            start = actor.end if _written_in(actor, sentence) else opening
            coop = _COOPERATE_RE.match(self.text[start : sentence.end])
            if not coop:
                continue
            partners = self._listed_at(start + coop.end())
            if partners and coop.group().endswith("与") and _COUNTERPART_RE.match(self.text, partners[-1].end):
                partners = []  # 积极与省水利厅、市水利局对接: bodies it liaises with, not partners in the task
            # (组织市人大代表、市政协委员视察…: deputies invited along, no partner body)
            partners = [p for p in partners if not self.text.startswith(_PEOPLE_OF_BODY, p.end)]
            if not partners and coop.group().endswith("组织"):
                continue  # 组织对…抽查: the body's own work, no partner (组织中国信息通信研究院等单位开展评审: they do it)
            evidence = Span(sentence.start, sentence.end)
            for lead in actors if unnamed else [actor]:  # (我们将会同… in a reply two bodies wrote: both lead)
                if not result:
                    result.append(Ownership(lead, "owns", evidence))
                elif all(o.owner.name != lead.name for o in result):
                    result.append(Ownership(lead, "co_owns", evidence))
            result += [Ownership(p, "co_owns", evidence) for p in partners if all(p.name != o.owner.name for o in result)]
        if not result and self.parsed.kind == "Reply" and self.issuers \
                and _HELPS_NEXT_RE.match(self.text, self._past_spaces(spans[-1].start, spans[-1].end)):
            # 二是积极配合沧州市政府做好…: the body the writer helps leads, the writer helps (not 支持X…:
            # the writer's own support of X is its task)
            result = self._supported_owners(spans[-1])
            if len(result) == 1 and not self._is_writer(result[0].owner):
                result.append(Ownership(self.issuers[0], "co_owns", result[0].evidence))
        if not result:
            # (in a reply, only the item's opening sentence: …目前正在由渝垫集团制定…方案 later in it is that body's own task)
            reach = min(own_end, self.parsed.sentence_at(body_start).end) if self.parsed.kind == "Reply" else own_end
            result = self._named_after_you(block.start, reach)
        if not result and self.parsed.kind != "Reply" and not self._lead_in_actors(block):
            # a reply's issuer owns what it helps with; so does the body whose duties a lead-in lists
            # (国防科工局…主要职责包括：…（二）会同国家档案局…)
            result = self._helped_in(block.start, own_end)
        # (in a reply, only an item another body opens: 一是…。国家发展改革委配合…；民政部积极推动…)
        if self.parsed.kind != "Reply" or result and not any(self._is_writer(o.owner) for o in result):
            result += self._later_actors(block, own_end, result)
        return result + self._helpers_after_lead(result)

    def _helpers_after_lead(self, leads: list[Ownership]) -> list[Ownership]:
        """The bodies the clause right after the leads names as helping them (伊吗图镇牵头负责,县自然资源局、水利局等部门
        全力配合,加快推进…): they co-own the task the leads own."""
        lead = leads[-1] if leads else None
        led = _LEADS_TOO_RE.match(self.text, lead.owner.end) if lead and _written_in(lead.owner, lead.evidence) else None
        after = _clauses(self.text, led.end(), lead.evidence.end)[:1] if led else []  # (the clause right after the leads)
        helpers = self._helpers_in(after[0]) if after else []
        named = {o.owner.name for o in leads}
        return [Ownership(h, "co_owns", lead.evidence) for h in helpers if h.name not in named]

    def _mostly_the_writers(self, start: int, end: int) -> bool:
        """Whether more sentences of ``text[start:end]`` open with the writer acting (省交通运输厅已向…, 我厅将…)
        than with other bodies."""
        openers = [self.actors_of(sentence.start, sentence.end) for sentence in self.parsed.sentences_starting(start, end)]
        writers = sum(1 for actors in openers if any(self._is_writer(a) for a in actors))
        return writers > sum(1 for actors in openers if actors) - writers

    def _is_writer(self, mention: Mention) -> bool:
        """The writer named in full or short (省交通运输厅), or by 我厅."""
        return mention.name in self._issuer_names  # (我厅 is read as the writer's mention, under its name)

    def _later_actors(self, block: Block, own_end: int, found: list[Ownership]) -> list[Ownership]:
        """A later sentence (or clause after ；) that opens with another agency makes it a co-owner.

        (In a reply the writer's own sentences are left out: it speaks for others it only mentions,
        and what it says it will do itself is a task of its own.)
        """
        named = {o.owner.name for o in found}
        extra: list[Ownership] = []
        for sentence in self.parsed.sentences_starting(block.heading_end + 1, own_end):
            if not self._may_name_actors(sentence):
                continue  # the cheap test first: most sentences name no body
            if _SET_UP_RE.search(self.text, sentence.start, sentence.end):
                continue  # 组委会下设秘书处，负责…: the body set up has that duty as its own measure
            words = self.text[sentence.start : sentence.end]
            clause_starts = [sentence.start, *(sentence.start + at + 1 for at in occurrences(words, "；"))]
            openers = [actor for start in clause_starts for actor in self.actors_of(start, sentence.end)]
            # (…，市场监管总局配合国家卫生健康委，积极参与…: a body, the writer too, helping inside a clause)
            helping = [actor for at in occurrences(words, "，") for actor in self.actors_of(sentence.start + at + 1, sentence.end)
                       if _HELPS_NEXT_RE.match(self.text, actor.end)]
            for actor in helping:
                if actor.name not in named:
                    named.add(actor.name)
                    extra.append(Ownership(actor, "co_owns", Span(sentence.start, sentence.end)))
            for actor in (*openers, *self._assigned_in(sentence)):
                if self.parsed.kind == "Reply" and self._is_writer(actor):
                    continue
                if _written_in(actor, sentence) and not self.text[actor.end : sentence.end].strip(" 　。，,"):
                    continue  # a signature line under the last item
                if actor.name not in named:
                    named.add(actor.name)
                    extra.append(Ownership(actor, "owns" if not found and not extra else "co_owns",
                                           Span(sentence.start, sentence.end)))
        return extra

    def _assigned_after(self, block: Block, notes: list[Ownership]) -> list[Ownership]:
        """Below a noted task, the bodies its sentences hand the work to co-own it
        (（牵头单位：…环保厅）。由金国兴总工负责，污染物排放总量控制处落实。)."""
        named = {o.owner.name for o in notes}
        extra: list[Ownership] = []
        for sentence in self.parsed.sentences_starting(block.heading_start, block.end):
            for body in self._assigned_in(sentence):
                if body.name not in named:
                    named.add(body.name)
                    extra.append(Ownership(body, "co_owns", Span(sentence.start, sentence.end)))
        return extra

    def _assigned_in(self, sentence: Span) -> list[Mention]:
        """Bodies a later clause of a sentence hands the work to (由…负责，X处、Y处分别落实): the
        verb is found first, then the list of bodies written right before it, back to a clause break."""
        found: list[Mention] = []
        verbs = self._assignments()
        for at in verbs[bisect_left(verbs, sentence.start) : bisect_left(verbs, sentence.end)]:
            listed: list[Mention] = []
            body = self._actor_ending.get(at)
            while body is not None:
                listed.insert(0, body)
                before = self.text[body.start - 1 : body.start]
                body = self._actor_ending.get(body.start - 1) if before in ("、", "和", "及") else None
            if listed and listed[0].start > sentence.start and self.text[listed[0].start - 1] in "，,；;":
                found += listed
        return found

    def _assignments(self) -> list[int]:
        """Where a body is handed work (…处落实): the offsets of 落实/负责/承办 right after a body,
        found once per document (every block's sentences ask)."""
        if self._assigned_at is None:
            self._assigned_at = [m.start() for m in _ASSIGNED_RE.finditer(self.text) if m.start() in self._actor_ending]
        return self._assigned_at

    def _helped_in(self, start: int, end: int) -> list[Ownership]:
        """A task with no actor of its own that the writer does 协同/配合 a named body
        (…，协同市更新办开展…编制工作): that body is the one named as doing it."""
        for verb in _HELP_VERB_RE.finditer(self.text, start, end):  # the verb first: a literal scan
            begin = verb.start() - 2 if self.text[max(start, verb.start() - 2) : verb.start()] in _HELP_ADVERBS else verb.start()
            if begin > start and self.text[begin - 1] not in _CLAUSE_BREAKS:
                continue  # 协同 inside a clause (…的协同机制), not opening one
            owners = self._supported_owners(Span(begin, end))
            if owners:
                sentence = self.parsed.sentence_at(begin)
                return [Ownership(o.owner, o.role, Span(sentence.start, sentence.end)) for o in owners]
        return []

    def _supported_owners(self, sentence: Span) -> list[Ownership]:
        """``配合上海博物馆推进…`` / ``支持上海理工大学修缮…``: the writer helps, the named body does the task."""
        helped = _HELPS_RE.match(self.text, self._past_spaces(sentence.start, sentence.end), sentence.end)
        body = self._agency_at(helped.end()) if helped else None
        if body is None or self.text.startswith(_MODIFIER_AFTER, body.end):
            return []
        evidence = Span(sentence.start, sentence.end)
        if self.issuers and helped.group().endswith(_JOINT_VERBS):
            # 联合省海洋渔业局推进…: the writer leads, the body joins
            return [Ownership(self.issuers[0], "owns", evidence), Ownership(body, "co_owns", evidence)]
        return [Ownership(body, "owns", evidence)]

    def _sentence_owners(self, sentence) -> list[Ownership]:
        """The actors of one sentence own; partners after 会同/联合 co-own."""
        actors = self.actors_of(sentence.start, sentence.end)
        if not actors or self.parsed.kind == "Reply" and self._regarding(actors) and not any(self._is_writer(a) for a in actors):
            return []  # (一、关于补贴促增收建议。党中央国务院高度重视…: the setting of the writer's part; 市政府高度重视… in its own reply)
        evidence = Span(sentence.start, sentence.end)
        owned = [Ownership(a, "owns", evidence) for a in actors]
        coop = _COOPERATE_RE.match(self.text[actors[-1].end : sentence.end]) if _written_in(actors[-1], sentence) else None
        partners = self._listed_at(actors[-1].end + coop.end()) if coop else []
        liaison = _COUNTERPART_RE.match(self.text, partners[-1].end) if partners and coop.group().endswith("与") else None
        if liaison and liaison.group().endswith(_LIAISON_WORDS):
            partners = []  # (我厅积极与省发展改革委、省财政厅进行了汇报: reported to; 请辽宁省人民政府与空军、民航局商定: agreeing with them)
        for partner in partners:
            if all(o.owner.name != partner.name for o in owned):
                owned.append(Ownership(partner, "co_owns", evidence))
        return owned

    def _named_after_you(self, start: int, end: int) -> list[Ownership]:
        """``由A、B负责/组织/参加…``: the units after 由 own the measure."""
        for m in _BY_RE.finditer(self.text, start, end):
            agencies = self._listed_at(m.end())
            if agencies and not _OFFICIAL_TITLE_RE.match(self.text, agencies[-1].end):  # 由…局局长梁志峰担任
                sentence = self.parsed.sentence_at(m.start())
                return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in agencies]
        return []

    def _lead_in_with_partners(self, block: Block) -> list[Ownership]:
        """The body whose duties a lead-in lists owns the item; a body it does it 会同 co-owns."""
        owners = self._lead_in_actors(block)
        if owners:
            own_end = block.children[0].start if block.children else block.end
            owners += [Ownership(o.owner, "co_owns", o.evidence) for o in self._helped_in(block.start, own_end)
                       if all(o.owner.name != known.owner.name for known in owners)]
        return owners

    def _lead_in_actors(self, block: Block) -> list[Ownership]:
        """``A、B等部门主要职责是：1.… 2.…``: the items belong to the actors of the lead-in."""
        known = self._lead_in_by_block.get(id(block))
        if known is None:
            known = self._lead_in_by_block[id(block)] = self._read_lead_in(block)
        return list(known)

    def _read_lead_in(self, block: Block) -> list[Ownership]:
        parent = block.parent
        while parent is not None:
            own_end = parent.children[0].start if parent.children else parent.end
            lead_in = [s for s in self.parsed.sentences_starting(parent.start, own_end) if s.end > parent.heading_start]
            for sentence in lead_in[:2]:
                # (…研究提出3条支持措施：一是…。: the items may run on in the lead-in's sentence)
                end = min(sentence.end, own_end)
                actors = self.actors_of(max(sentence.start, parent.heading_start), end)
                if actors and self.text[sentence.start : end].rstrip().endswith(("：", ":")):
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

    def _announced_owners(self, since: int, block_start: int) -> list[Ownership]:
        """The body that announces the parts below right before them (2017年，区大气办将重点做好以下几方面
        工作：; 三门核电有限公司应遵守下列条件。): each part it does not give to another is its task."""
        before = self.parsed.sentences_starting(since, block_start)[-2:]
        if len(before) == 2 and _NOTIFIED_BELOW_RE.search(before[1].text):
            # (为应对…，工业和信息化部决定…实施…便企服务措施。有关事项通告如下：: the body that decided them, in the clause
            # that says so, announces the parts)
            decides = self.text.find("决定", before[0].start, before[0].end)
            clause = max(self.text.rfind(mark, before[0].start, decides) for mark in "，,；;") + 1 if decides >= 0 else -1
            decided = self.actors_of(max(clause, before[0].start), before[0].end) if decides >= 0 else []
            if decided and _DECIDES_RE.match(self.text, decided[-1].end):
                return [Ownership(a, "owns", Span(before[0].start, before[0].end)) for a in decided]
        for sentence in before[-1:]:
            if sentence.text.endswith(("：", ":")) and _ANNOUNCES_PARTS_RE.search(sentence.text) \
                    or _BOUND_BY_RE.search(sentence.text) or self.parsed.kind == "Reply" and _MANY_MEASURES in sentence.text:
                actors = self.actors_of(sentence.start, sentence.end)
                return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in actors]
            if _ASKS_ADDRESSEES_RE.search(sentence.text):  # 请你们认真研究，并做好以下经验反馈工作。
                return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in self.all_addressees]
        return []

    def _measures_announced(self, point: Block) -> list[Ownership]:
        """The body a reply's sentence names as taking the measures its points list (县政府制定了系列更新换代措施。
        一是…), where that sentence opens the points' line: the points are its."""
        line_start = self.text.rfind("\n", 0, point.start) + 1
        before = self.parsed.sentences_starting(line_start, point.start)[-1:]
        sentence = before[0] if before else None
        takes = _TAKES_MEASURES_RE.search(self.text, sentence.start, min(sentence.end, point.start)) if sentence else None
        if not takes:
            return []
        clause = max(self.text.rfind(mark, sentence.start, takes.start()) for mark in "，,；;") + 1
        # (近年来,县文化和旅游局和地方政府在…,促进…方面做了大量的工作: the actor of a clause before, none in the verb's)
        actors = [a for a in self.actors_of(max(clause, sentence.start), sentence.end) or self.actors_of(sentence.start, sentence.end)
                  if not self._is_self_reference(a)]
        return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in actors[:1]]

    def read(self) -> list[MeasureFinding]:
        findings: list[MeasureFinding] = []
        inherited: dict[int, list[Ownership]] = {}
        roots = self.parsed.blocks
        announced: dict[int, list[Ownership]] = {}
        latest: list[Ownership] = []
        taken: list[Ownership] = []  # the owners a sentence opening a line of points announces, for its points
        line_end = 0
        for since, root in zip([self.parsed.body.start, *(r.start for r in roots)], roots):
            # an announcement covers the parts after it, until another announces the next ones
            latest = announced[root.start] = self._announced_owners(since, root.start) or latest
            if self.parsed.kind == "Reply" and root.kind == "inline" and not announced[root.start]:
                # (县政府制定了系列更新换代措施。一是…二是…: the points the sentence before them announces, on its line)
                if root.start >= line_end:  # the first point of its line
                    taken = self._measures_announced(root)
                    newline = self.text.find("\n", root.start)
                    line_end = newline if newline >= 0 else len(self.text)
                announced[root.start] = taken
        names_a_body = self._opens_with_a_body
        # (a reply, or a letter to one body, written as plain paragraphs: its sentences state the tasks)
        if (self.parsed.kind == "Reply" or self.addressees and not roots and _YOUR_BODY_RE.search(self.text)) \
                and not any(b.kind in MEASURE_KINDS or not b.children for b in self.parsed.all_blocks()):
            roots = sentence_blocks(self.parsed, self.self_references, names_a_body)
        elif self.parsed.kind == "Reply" and roots:
            # before the numbered parts, a sentence states a task only when a body opens it
            # (近年来，长宁区体育局深入贯彻…); the rest is background (我市旅游业发展取得了明显成效)
            opening = [b for b in sentence_blocks(self.parsed, self.self_references, names_a_body, before=roots[0].start)
                       if (actors := self.actors_of(*self.parsed.sentence_at(b.start)[:2])) and not self._regarding(actors)]
            # (一、关于…的建议 / 一是…四是… / 下一步,…: each part's closing paragraph of next steps, the last's and any other's)
            roots = opening + [r for root in roots for r in (*self._label_read_as_prose(root, names_a_body),
                                                             *(self._next_steps_after(root, names_a_body) if root.children else ()))] \
                + ([] if roots[-1].children else self._next_steps_after(roots[-1], names_a_body))
        elif self.addressees and roots:
            # (a letter whose licence follows as numbered conditions: what its own paragraphs oblige 你公司 to do
            # before them is the addressee's duty too; 你公司在…的运行中应坚持“安全第一”的原则)
            opening = [b for b in sentence_blocks(self.parsed, self.self_references, names_a_body, before=roots[0].start)
                       if (yours := _YOUR_BODY_RE.match(self.text, b.start)) and _OBLIGED_RE.match(self.text, yours.end(), b.end)]
            roots = opening + roots
        if not roots:
            # (a notice of plain paragraphs: 机械行业标准由机械工业出版社出版，…: what it gives to a body after 由;
            # a news report of a meeting: 县国土资源局牵头，县发改局、县住建局等部门密切配合，…推进…: what a named body does)
            for sentence in self.parsed.sentences_starting(self.parsed.body.start, self.parsed.body.end):
                findings += self._hosted_findings(None, sentence) or self._paragraph_findings(sentence)
        elif self.parsed.kind != "Reply":
            # (…分解如下。区委办公室负责将目标任务的完成情况纳入综合考评;区政府办公室负责对…进行督察通报: before a plan's
            # parts or tables, the duties its opening gives named bodies)
            for sentence in self.parsed.sentences_starting(self.parsed.body.start, roots[0].start):
                if not any(word in sentence.text for word in _DUTY_OPENINGS):
                    continue  # (the cheap test first: most openings give no body a duty)
                findings += [f for f in self._paragraph_findings(sentence)
                             if f.name.startswith(_DUTY_OPENINGS) and not f.name.startswith(_ROLE_WORDS)]
        contacts: set[int] = set()
        for root in roots:
            for block in root.walk():
                if _CONTACT_PART_RE.match(block.heading) or block.parent is not None and id(block.parent) in contacts:
                    contacts.add(id(block))
                    continue  # 四、联系方式 / 工业和信息化部：安宝宇 010-… (and its items): how to reach bodies, no tasks
                notes = self._notes_in(_own_spans(block), closing=self._closing_note(block)) or self._unit_cells(block)
                parent_notes = inherited.get(id(block.parent), []) if block.parent else []
                led = self._lead_heading_owners(block)
                if led and block.children:
                    inherited[id(block)] = led  # （三）省编办牵头的工作: a label over its items
                    continue
                inherited[id(block)] = notes or parent_notes
                duties = self._duties_findings(block, notes) if not led and _is_duties_label(self._name_of(block)) else []
                if led:
                    finding = self._lead_heading_finding(block, led, notes)
                elif duties:  # (一、主要职责 / 研究解决…。统筹…。: a duty a sentence, the first the block's own)
                    finding = duties[0]
                else:
                    # (…应遵守下列条件: its parts and their items)
                    finding = self._block_finding(block, notes, parent_notes, announced.get(root.start, []))
                if finding:
                    findings.append(finding)
                findings += duties[1:]
                # (two notes or more give two owners or more: the cheap test first)
                noted = self._noted_clause_findings(block, finding) if block.kind != "sentence" and len(notes) >= 2 else []
                findings.extend(noted)
                if block.kind != "sentence" and not noted and id(block) not in self._read_as_prose:
                    findings.extend(self._clause_findings(block, finding))
                elif block.kind == "sentence":  # (…，秋季将协同陈家镇政府按照…进行论证: a later clause's partners)
                    findings.extend(self._joined_findings(block, Span(block.start, block.end), skip_first=True))
        # (积极组织区教育局…等单位认真研究办理: how the suggestion was handled, no task)
        findings = [f for f in findings if not _HANDLES_THE_SUGGESTION_RE.search(f.name)]
        return findings

    def _opens_with_a_body(self, pos: int) -> bool:
        """Whether bodies are listed from ``pos`` on as a new subject (…与省水利厅,市水利局对接: a list
        that a comma continues names none)."""
        return bool(self._listed_at(pos)) and (pos - 1) not in self._actor_ending

    def _name_of(self, block: Block) -> str:
        """:func:`_measure_name`, read once per block (the block loop, its lead, duties and writer tests, and its
        items' tests of their parent all ask for it)."""
        key = (block.heading_start, block.heading_end, block.end, block.heading)
        if key not in self._names:
            self._names[key] = _measure_name(self.text, block)
        return self._names[key]

    @cached_property
    def narrates_own_work(self) -> bool:
        """Whether the text speaks as a department of itself (我厅坚持…) twice or more: a bureau's own report narrates its
        work as a reply does, its parts the writer's (read only where no other owner is found)."""
        return sum(self.text.count(ref) for ref in DEPARTMENT_SELF_REFERENCES) >= MIN_SELF_REFERENCES

    def _label_read_as_prose(self, part: Block, names_a_body: Callable[[int], bool]) -> list[Block]:
        """A reply's part under a label (一、办理概述) with no items of its own is read as plain
        paragraphs, a task a sentence; any other part is itself."""
        if part.children:
            # (二、措施与成效 / (一)针对完善法律法规与政策支持建议 / 区人社局会同…: an item headed by the deputy's point, its
            # sentences the tasks that answer it)
            return [part, *(block for item in part.children if not item.children and _SUGGESTION_HEADING_RE.match(self._name_of(item))
                            for block in self._label_read_as_prose(item, names_a_body) if block is not item)]
        heading = self._name_of(part)
        label = _LABEL_HEADING_RE.match(heading) is not None
        if not label and not _SUGGESTION_HEADING_RE.match(heading) and not _topic_heading(heading):
            return [part]
        prose = sentence_blocks(self.parsed, self.self_references, names_a_body, before=part.end, after=part.heading_end)
        if _BACKGROUND_HEADING_RE.match(heading):  # (2018年10月，…工程获联合国“地球卫士奖”: the scene, no task)
            own = (*self.self_references, *(name for i in self.issuers for name in (i.name, i.surface, *i.aliases) if name))
            return [b for b in prose if any(name in self.parsed.sentence_at(b.start).text for name in own)]
        if label:
            return prose
        self._read_as_prose.add(id(part))  # its clauses are the prose's tasks, not read again under it
        return [part, *prose]  # 一、关于“…”的建议: the deputy's point, then the tasks that answer it

    def _next_steps_after(self, last: Block, names_a_body: Callable[[int], bool]) -> list[Block]:
        """A reply's paragraph of next steps after its last numbered part (7.…项目正在推进。/ 下一步,我局科学统筹…),
        read as plain paragraphs: the writer's plans, not more of the last part (unless that part is the plans)."""
        path = [last]
        while path[-1].children:
            path.append(path[-1].children[-1])
        if any(_NEXT_STEPS_WORDS_RE.search(block.heading) for block in path):
            return []  # (三、下一步工作打算: the part its paragraphs belong to)
        line = _NEXT_STEPS_LINE_RE.search(self.text, path[-1].heading_end, last.end)
        return sentence_blocks(self.parsed, self.self_references, names_a_body, before=last.end, after=line.start()) if line else []

    def _lead_heading_owners(self, block: Block) -> list[Ownership]:
        """A heading that only says who leads the work below it (（一）省监察厅牵头的工作), whose duties follow ((一)办公室职责)
        or, over no items, who does what the sentence below says ((二十一)市公安局。负责…): its bodies."""
        name = self._name_of(block)
        heading = Span(block.heading_start, block.heading_end)
        if len(name) <= MAX_BODY_HEADING and name[-1:] in BODY_NAME_ENDS:
            # ((二十一)市公安局。负责对…的调研: a heading that is only a body's name, its duty the sentence below, or its
            # duties the items below: 十五、省人力资源和社会保障厅 / (一)加大…)
            whole = [a for a in self.actors_of(heading.start, heading.end) if (a.name == name or a.surface == name)
                     and (not block.children or a.type == "Agency")]  # (2. 市第二人民医院 / (1)…: a place inspected, its faults)
            if whole and self.text.find(whole[0].surface, heading.start, heading.end) == self.text.find(name, heading.start, heading.end):
                return [Ownership(whole[0], "owns", heading)]
        if not _LEAD_HEADING_WORDS_RE.search(block.heading) and "职责" not in block.heading:
            return []  # the cheap test first: most headings name no lead
        duties_of = _DUTIES_OF_HEADING_RE.match(name)
        if duties_of and not _GENERIC_DUTIES_HOLDER_RE.fullmatch(duties_of.group("body")):
            # ((一)办公室职责 / 1.负责…: the body whose duties the items below list)
            named = [Ownership(a, "owns", heading) for a in self.actors_of(heading.start, heading.end)]
            at = self.text.find(duties_of.group("body"), heading.start, heading.end)
            unit = self.resolve_unit(duties_of.group("body"), at) if not named and at >= 0 else None
            return named or ([Ownership(unit, "owns", heading)] if unit else [])
        label = _LEAD_HEADING_RE.match(name)
        if not label:
            return []
        if label.group(2):  # (属住建局职责范围: the body named inside the heading, after 属)
            return [Ownership(self._actor_starting[at], "owns", heading) for at in self._actor_offsets if heading.start <= at < heading.end]
        role = "co_owns" if label.group(1) in _CO_LABELS else "owns"
        return [Ownership(a, role, heading) for a in self.actors_of(heading.start, heading.end)]

    def _lead_heading_finding(self, block: Block, led: list[Ownership], notes: list[Ownership]) -> MeasureFinding | None:
        """Under a lead's heading with no numbered items, the task is the first sentence below it."""
        first = self.parsed.sentences_starting(block.heading_end + 1, block.end)[:1]
        if not first:
            return None
        name = _clip(first[0].text.strip(" 　，,。；;"))
        task = _sentence_block(name, first[0].start, first[0].end, block)
        owners = led + [o for o in notes if all(o.owner.name != lead.owner.name for lead in led)]
        return MeasureFinding(task, name, owners, self._commitment(task))

    def _done_by_others(self, block: Block) -> bool:
        """A reply's item whose first clause after its topic and purpose (关于…，为…，按照…原则，)
        has a local unit or a higher level as subject (街道及时组织村组…, 市上支持我县…): their work,
        which the writer reports."""
        for clause in _clauses(self.text, block.heading_start, block.end):
            words = self.text[clause.start : clause.end].strip()
            if _LEAD_IN_CLAUSE_RE.match(words):
                continue
            return bool(_OTHERS_AS_SUBJECT_RE.match(words)) and not words.startswith(self.self_references or "\0")
        return False

    def _block_finding(self, block: Block, notes: list[Ownership], parent_notes: list[Ownership],
                       announced: list[Ownership] = ()) -> MeasureFinding | None:
        """The measure a numbered block states, with its owners; None for a container or a label.
        ``announced``: the body a sentence before the parts names as doing them, if it names none."""
        name = self._name_of(block)
        if not name or _CONTACT_DETAILS_RE.search(name):
            return None  # 联系人及电话：… is how to reach a body, not a task
        if _LABEL_HEADING_RE.match(name):
            return None  # (a label; one over duties is read by the caller, a duty a sentence: see _duties_findings)
        container_owners: list[Ownership] = []
        if block.kind in CONTAINER_KINDS and block.children:
            # 三、组织保障 / 市发展改革委、市经济信息化委会同…: a part that names its owners is a measure
            own_end = block.children[0].start
            first = self.parsed.sentences_starting(block.heading_end + 1, own_end)[:1]
            container_owners = notes or [o for s in first for o in self._sentence_owners(s)]
            if not container_owners and not (self.parsed.kind == "Reply" and (_SUGGESTION_HEADING_RE.match(name) or name.startswith("关于")
                                                                             or _TASK_HEADING_RE.match(name))):
                return None  # (三、关于加大宣传引导力度的建议 over its items: the point answered, the writer's below)
        elif block.kind not in MEASURE_KINDS and block.kind not in CONTAINER_KINDS:
            return None
        finding = MeasureFinding(block, name, commitment=self._commitment(block))
        if block.children:
            # a heading over items owns only what it says itself: a note, or the bodies it opens with
            # (第五条 …中国工程物理研究院…分别负责…，主要职责包括：)
            heading = Span(block.heading_start, block.heading_end)
            opening = [a for a in self.actors_of(heading.start, heading.end) if not self._is_self_reference(a)]
            if opening and _ACTED_UPON_RE.match(self.text, opening[-1].end):
                opening = []  # 国防科工局项目档案工作接受国家档案局监督指导: supervised, not acting
            finding.owners = container_owners or notes or [Ownership(a, "owns", heading) for a in opening]
        else:
            if notes and parent_notes and all(o.role == "co_owns" for o in notes):
                notes = [o for o in parent_notes if o.role == "owns"] + notes  # 协同单位：… under a lead's heading
            finding.owners = notes or self._hosts(block, name) or parent_notes or self._actors(block) \
                or self._lead_in_with_partners(block) or list(announced) or self._later_clause_owners(block)
            if notes and self.parsed.kind != "Reply":
                finding.owners = notes + self._assigned_after(block, notes)
        if not finding.owners and self.defined_bodies and block.kind in _DUTY_ITEM_KINDS and block.parent is not None \
                and _is_duties_label(self._name_of(block.parent)):
            # (一、主要职能 / (一)研究拟定…: each duty listed is the body the document sets up; not 第二章 职责 / 第七条…, articles
            # that name their own bodies)
            finding.owners = [Ownership(self.defined_bodies[0], "owns", Span(block.heading_start, block.heading_end))]
        if not finding.owners and self.all_addressees and _YOU_ALL_RE.search(self.text, block.heading_start, block.heading_end):
            # (五、有关具体事宜，请你们协商办理: every body the letter is addressed to)
            finding.owners = [Ownership(a, "owns", Span(block.heading_start, block.heading_end)) for a in self.all_addressees]
        if not finding.owners and self.addressees and self.parsed.kind != "Reply" \
                and (duty := _DUTY_STATED_RE.search(self.text, block.heading_start, block.heading_end)) \
                and not _BODY_WORD_RE.search(self.text[block.heading_start : duty.start()].replace(_OPERATOR, "")) \
                and not any(block.heading_start <= m.start < duty.start() for m in self.agencies):
            # (西安核设备有限公司：…六、…制造的运输容器应按照编码规则统一编码: what a letter to one body says must be
            # done, naming no one before the duty, is that body's duty; …，应立即停止…，并及时向我局和…监督站报告: those told)
            finding.owners = [Ownership(a, "owns", Span(block.heading_start, block.heading_end)) for a in self.addressees]
        if not finding.owners and self.parsed.kind != "Reply" and name.startswith("关于") and len(name) <= MAX_TOPIC:
            # (一、关于2010年县本级财政支出预算 / 会议原则同意…，请县财政局按会议讨论意见作进一步修改完善: minutes give
            # the topic to the body they ask to act on it)
            finding.owners = self._asked_in_first_sentence(block)
        if not finding.owners and self.issuers and (self.parsed.kind == "Reply" or _TASK_HEADING_RE.match(name) and (
                self.narrates_own_work or block.parent is not None and self._name_of(block.parent).endswith(_REPORTED_WORK_ENDINGS))) \
                and not self._done_by_others(block):
            # a reply's item, or its heading over 一是…二是…, is the writer's unless it names another
            sentence = self.parsed.sentence_at(block.heading_start)
            finding.owners = self._continued_actors(sentence) or self._sentence_subject(block, sentence) \
                or [Ownership(i, "owns", Span(sentence.start, sentence.end)) for i in self.issuers]
        return finding

    def _asked_in_first_sentence(self, block: Block) -> list[Ownership]:
        """The bodies the first sentence under a heading asks to act (…，请县财政局按会议讨论意见…)."""
        first = self.parsed.sentences_starting(block.heading_end + 1, block.end)[:1]
        for sentence in first:
            for asked in _PLEASE_RE.finditer(self.text, sentence.start, sentence.end):
                bodies = self._listed_at(asked.end())
                if bodies:
                    return [Ownership(b, "owns", Span(sentence.start, sentence.end)) for b in bodies]
        return []

    def _continued_actors(self, sentence: Sentence) -> list[Ownership]:
        """The actors of the sentence before one that goes on with its work (…区教育和体育局…下达《…》。并要求以上学校…):
        a sentence opening with 并 names no actor of its own, its work is the same body's."""
        if not _CONTINUING_RE.match(self.text, sentence.start) or sentence.start == 0:
            return []
        before = self.parsed.sentence_at(sentence.start - 1)
        if before.end > sentence.start or "\n" in self.text[before.end : sentence.start]:
            return []  # (a new paragraph's 并: no sentence before it in the same one)
        actors = [a for a in self.actors_of(before.start, before.end) if not self._is_self_reference(a)]
        return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in actors]

    def _company_before(self, pos: int) -> list[Mention]:
        """The company named last before ``pos`` (该公司, 公司将… refer back to it), if the text names one."""
        before = bisect_left(self._actor_offsets, pos)
        for at in reversed(self._actor_offsets[max(0, before - MAX_COMPANY_LOOKBACK) : before]):
            actor = self._actor_starting[at]
            if actor.type == "Organization" and actor.name.endswith(("公司", "集团")):
                return [actor]
        return []

    def _sentence_subject(self, block: Block, sentence: Span) -> list[Ownership]:
        """The body that opens a reply's sentence, for a later task cut from it that names no subject of its own
        (国网达县供电公司高度重视乡村振兴工作,近年来不断加大农村电网改造升级投资…: the company's, not the writer's)."""
        if block.kind != "sentence" or block.start <= sentence.start or self.text.startswith(("我", "本"), block.start) \
                or _OWN_SUBJECT_RE.match(self.text, block.start, block.end):
            return []  # (…成立大数据局,同时公安机关一直在推进…: the later task names a subject of its own)
        actors = [a for a in self.actors_of(sentence.start, sentence.end)
                  if sentence.start <= a.start < block.start and not self._is_self_reference(a) and not self._is_writer(a)]
        return [Ownership(a, "owns", Span(sentence.start, sentence.end)) for a in actors]

    def _later_clause_owners(self, block: Block) -> list[Ownership]:
        """The body a later clause of an item's one sentence opens with, where nobody opens the sentence
        (新机场建成并投入使用后，由地方经营管理，民航总局实行行业管理。: 民航总局), in a text that is no reply
        (a reply's unnamed actor is its writer)."""
        if self.parsed.kind == "Reply":
            return []
        sentence = self.parsed.sentence_at(block.heading_start)
        for segment in self._actor_segments(sentence)[1:]:
            if _DUTY_WORD_RE.search(self.text, sentence.start, segment.start):
                break  # (项目承担单位应认真履行…，…省科技厅…: the sentence is its unnamed subject's duty)
            clause = self._clause_finding(block, sentence, segment)
            if clause:
                return clause.owners
        return []

    def _hosts(self, block: Block, name: str) -> list[Ownership]:
        """An event's hosts listed on an item of their own (（二）承办单位：中国电子信息产业发展研究院、
        湖南省工业和信息化厅…): the first host or organiser leads, the others co-own."""
        label = _HOSTS_RE.match(name)
        if not label:
            return []
        start = self.text.find(label.group(0), block.heading_start, block.heading_end) + len(label.group(0))
        span = Span(block.heading_start, block.heading_end)
        bodies = [self._actor_starting[at] for at in self._actor_offsets if start <= at < block.heading_end]
        leads = label.group(1) in ("主办", "承办")  # (协办, 支持, 指导单位: they help, none leads)
        return [Ownership(body, "owns" if i == 0 and leads else "co_owns", span) for i, body in enumerate(bodies)]

    def _duties_findings(self, block: Block, notes: list[Ownership]) -> list[MeasureFinding]:
        """``一、主要职责`` + body: the first task clause of each of the body's sentences is a measure (研究解决…重大问题。
        统筹各项任务和措施落实。); it belongs to the body the lead-in names, else to the body the document defines
        (``以下简称联席会议``, 建立…联席会议制度)."""
        own_end = block.children[0].start if block.children else block.end  # (在市政府领导下,统筹协调…。 before its items)
        findings = []
        for sentence in self.parsed.sentences_starting(block.heading_end + 1, own_end):
            clauses = [c for c in _clauses(self.text, sentence.start, sentence.end) if _TASK_VERB_RE.search(self.text[c.start : c.end])]
            if not clauses:
                continue
            # (贯彻落实省委、省政府…的部署要求,统筹协调…,研究拟订…: a sentence opening on its verb names no subject, and
            # each clause opening on a verb of its own is a duty of its own)
            opens_on_verb = self.text.startswith("贯彻", sentence.start) or _TASK_VERB_RE.match(self.text, sentence.start) is not None
            owners = notes or self._lead_in_actors(block) or ([] if opens_on_verb else self._sentence_owners(sentence))
            if not owners and self.defined_bodies:
                owners = [Ownership(self.defined_bodies[0], "owns", Span(sentence.start, sentence.end))]
            for clause in clauses if opens_on_verb else clauses[:1]:
                if clause is not clauses[0] and not _TASK_VERB_RE.match(self.text, clause.start):
                    continue  # (…，市委、市政府关于…的部署要求: the first duty's words going on)
                name = _clip(self.text[clause.start : clause.end])
                clause_block = Block("sentence", "", name, clause.start, clause.end, block.start, block.end, parent=block.parent)
                findings.append(MeasureFinding(clause_block, name, owners, self._commitment(block)))
        return findings

    def _noted_clause_findings(self, block: Block, finding: MeasureFinding | None) -> list[MeasureFinding]:
        """An item whose tasks each end with their own note (``配合制订电子商务法。（发展改革委…负责）
        推进修订著作权法。（法制办牵头负责…）``): each task is a measure of the units its note names.
        The item's own measure keeps them all."""
        own_end = block.children[0].start if block.children else block.end
        notes = sorted((*_notes_between(self.text, block.heading_end, own_end), *self._led_lines(Span(block.heading_end, own_end))),
                       key=lambda m: m.start())
        if len(notes) < 2:
            return []
        found: list[MeasureFinding] = []
        start = block.heading_end
        for note in notes:
            task_start = self._past_spaces(start, note.start())
            while task_start < note.start() and (self.text[task_start] in "。；;：:，," or self.text[task_start].isspace()):
                task_start += 1  # the stop after the heading, and the line break after it
            start = note.end()
            first_stop = _SENTENCE_STOP_RE.search(self.text, task_start, note.start())
            name = _clip(self.text[task_start : first_stop.start() if first_stop else note.start()])
            content, offset = _note_text(note)
            owners = _note_ownerships(_parse_note(content, self.resolve_unit, offset),
                                      Span(task_start, note.end()))
            if len(name) < 4 or not owners:
                continue
            clause = _sentence_block(name, task_start, note.end(), finding.block if finding else block)
            found.append(MeasureFinding(clause, name, owners, self._commitment(clause)))
        return found if len(found) >= 2 else []

    def _clause_findings(self, block: Block, finding: MeasureFinding | None) -> list[MeasureFinding]:
        """Sentences inside a block that make a named body do something are measures of their own.

        ``中国教育发展基金会设立大学生创新创业教育奖励基金`` inside （六）… is that foundation's task, even
        though the section as a whole belongs to others.  The block's own opening sentence is left
        to the block's measure.  Generic actors (各高校) and 我委 are not named bodies.
        """
        own_end = block.children[0].start if block.children else block.end
        body = self.parsed.sentences_starting(block.heading_end, own_end)
        # the body's first sentence opens the block's own task, unless the heading is a sentence
        # with its own actor (第五条 国防科工局负责建立标技委。标技委…负责…: that is a second task)
        # (第十六条 所有…专家应从…专家库中遴选。 a heading that is a whole sentence is the block's task itself)
        # ((二)建设进展与目标 / …项目由郑州农发集团负责具体实施: a reply's item headed by a label, whose first sentence
        # is a task of its own)
        opening_is_the_blocks = finding is not None and not self.actors_of(block.heading_start, block.heading_end) \
            and not self.text.startswith("。", block.heading_end) \
            and not (self.parsed.kind == "Reply" and block.heading_end - block.heading_start <= MAX_LABEL_HEADING)
        found: list[MeasureFinding] = []
        heading_sentence = self.parsed.sentence_at(block.heading_start)
        if heading_sentence.start <= block.heading_start < heading_sentence.end and heading_sentence.end > block.heading_end \
                or self.text.startswith(("，", ","), block.heading_end):
            # (三是加大宣传力度，联合文旅局，利用…发布…: the partners a later clause of the heading's own sentence names)
            found += self._joined_findings(block, Span(heading_sentence.start, heading_sentence.end), skip_first=True)
        others_block = self.parsed.kind == "Reply" and finding is not None and bool(finding.owners) \
            and not any(self._is_writer(o.owner) for o in finding.owners)
        for index, sentence in enumerate(body):
            whole = self.text[sentence.start : min(sentence.end, own_end)].rstrip()
            if not whole.endswith(("。", "；", ";", "！")) and not self._ends_cut_copy(sentence, whole) or whole.startswith(("〔", "【")) \
                    or PROSE_NOTE_RE.match(whole):
                # a title line (…实施工作), a sentence running on into the next item, or a note's own
                # sentence (〔市卫生健康委牵头，…分别负责。〕): not a task of this block
                continue
            set_up = _SET_UP_RE.search(self.text, sentence.start, sentence.end)
            if set_up:
                found.append(self._set_up_finding(block, sentence, set_up))
                continue
            labelled = self._labelled_duty(block, sentence)
            if labelled:
                found.append(labelled)
                continue
            before = len(found)
            for number, segment in enumerate(self._actor_segments(sentence)):
                if opening_is_the_blocks and index == 0 and number == 0:
                    continue
                helpers = self._helpers_in(segment) if finding is not None else []
                if helpers:  # 区交通局牵头，区公安分局、区应急局配合，开展…: they help with the block's task
                    evidence = Span(sentence.start, sentence.end)
                    finding.owners += [Ownership(h, "co_owns", evidence) for h in helpers
                                       if all(o.owner.name != h.name for o in finding.owners)]
                    continue
                clause = self._clause_finding(block, sentence, segment, others_block)
                if clause:
                    found.append(clause)
            if len(found) == before and (not opening_is_the_blocks or index > 0):
                found += self._hosted_findings(block, sentence)
            if len(found) == before and (not opening_is_the_blocks or index > 0) and self.parsed.kind == "Reply" and self.issuers:
                found += self._own_place_finding(block, sentence)
            found += self._joined_findings(block, sentence, skip_first=opening_is_the_blocks and index == 0)
        return found

    @cached_property
    def _content_end(self) -> int:
        """Where the text's last words end (its trailing blank lines aside)."""
        return len(self.text.rstrip())

    def _ends_cut_copy(self, sentence: Span, words: str) -> bool:
        """Whether a reply's copy was cut in this sentence, its last, and the words left run long enough to state a task."""
        return self.parsed.kind == "Reply" and sentence.end >= self._content_end and len(words) >= MIN_CUT_TASK

    def _labelled_duty(self, block: Block, sentence: Span) -> MeasureFinding | None:
        """A duty the sentence before labels with the units alone (各组成单位及其职责如下:县环保局。负责对…实施统一监督。
        县交通局、公路局。负责…: a list of duties flattened, each unit's name a sentence of its own): those units own it."""
        if not self.text.startswith("负责", sentence.start) or sentence.start == 0:
            return None
        label = self.parsed.sentence_at(sentence.start - 1)
        colon = max(self.text.rfind("：", label.start, label.end), self.text.rfind(":", label.start, label.end))
        units = self._listed_at(self._past_spaces(max(label.start, colon + 1), label.end))  # (…职责如下:县环保局。)
        if not units or self.text[units[-1].end : label.end].strip(" 　。；;：:") or label.start < block.heading_end:
            return None
        name = _clip(self.text[sentence.start : sentence.end].strip(" 　。；;"))
        evidence = Span(units[0].start, sentence.end)
        task = _sentence_block(name, sentence.start, sentence.end, block)
        return MeasureFinding(task, name, [Ownership(u, "owns", evidence) for u in units], self._commitment(task))

    def _own_place_finding(self, block: Block, sentence: Span) -> list[MeasureFinding]:
        """A reply's sentence whose subject is the writer's own place (我州及时启动了…, 2023年，我市将继续实施…): the
        writer reports what it does for its place, and owns it."""
        pos = sentence.start
        while (lead := _lead_in_at(self.text, pos, sentence.end)) and lead.end() > pos:
            pos = self._past_spaces(lead.end(), sentence.end)
            while pos < sentence.end and self.text[pos] in "，,":
                pos += 1
        place = _OWN_PLACE_SUBJECT_RE.match(self.text, pos, sentence.end)
        if not place or self._names_an_actor(Span(place.end(), place.end() + 1)) \
                or any(is_place(self.text[start : place.end() + n]) for n in range(2, 8)
                       for start in range(place.end(), place.end() + n - 1)):
            return []  # (我省锦州北镇市承担…, 我县发改局…: the place or body named after it acts)
        name = _clip(_MODAL_RE.sub("", self.text[place.end() : sentence.end].strip(" 　，,。；;")))
        if len(name) < 6 or not _TASK_VERB_RE.search(name):
            return []
        evidence = Span(sentence.start, sentence.end)
        clause = _sentence_block(name, place.end(), sentence.end, block)
        return [MeasureFinding(clause, name, [Ownership(self.issuers[0], "owns", evidence)], self._commitment(clause))]

    def _joined_findings(self, block: Block, sentence: Span, skip_first: bool) -> list[MeasureFinding]:
        """``…，并多次协同市发改委、市城管委等部门组织…座谈`` / ``同时，积极会同财政部开展…``: a clause that opens
        by naming the bodies the sentence's actor works with is a task of them all, apart from the clause that
        opens the block's own task (whose partners join that task): the sentence's named actor, or in a reply
        its writer, leads; the partners co-own."""
        if not _JOINED_WORDS_RE.search(self.text, sentence.start, sentence.end) \
                and not _TOGETHER_RE.search(self.text, sentence.start, sentence.end):
            return []  # (the cheap test first)
        findings: list[MeasureFinding] = []
        evidence = Span(sentence.start, sentence.end)
        joining = []  # (clause, its partners) for each clause that opens by naming partners
        for clause in _clauses(self.text, sentence.start, sentence.end)[1 if skip_first else 0:]:
            # (…的建议，我委已协同市委宣传部…印发《…》: the writer, naming itself, works with them)
            speaker = next((r for r in self.self_references if self.text.startswith(r, clause.start)), "") \
                if self.parsed.kind == "Reply" and self.issuers else ""
            joined = _JOINING_CLAUSE_RE.match(self.text, clause.start + len(speaker), clause.end)
            with_ = None if joined else _WITH_CLAUSE_RE.match(self.text, clause.start, clause.end)
            partners = [p for p in self._listed_at((joined or with_).end()) if not self.text.startswith(_PEOPLE_OF_BODY, p.end)] \
                if joined or with_ else []
            if with_ and not (partners and _TOGETHER_RE.match(self.text, partners[-1].end)):
                continue  # (与区交通局对接: whom the writer talks to; 与区应急局一起召开协调会: whom it works with)
            if partners:
                joining.append((clause, partners, with_ is not None))
        # (…会同市经信委制定《细则》,会同市发改委制定《标准》: each partner's clause is a task of its own, up to the next
        # one; the clauses that follow without naming partners are the same task's)
        for (clause, partners, by_with), following in zip(joining, [*(c.start for c, _, _ in joining[1:]), sentence.end]):
            named = [a for a in self.actors_of(sentence.start, clause.start) if not self._is_self_reference(a)]
            leads = named or (list(self.issuers) if self.parsed.kind == "Reply" else [])
            rest = self.text[partners[-1].end : following]
            if not leads or not _TASK_VERB_RE.search(rest):
                continue
            name = _clip(_ETC_OPENING_RE.sub("", rest.strip(" ，,。；;：:")))
            if rest.startswith(("和", "及", "与")) or by_with:
                # (…交巡警支队和麻柳嘴镇共同对…: the list goes on with a body not known; 与区应急局一起召开…: named with them)
                name = _clip(self.text[clause.start : following].strip(" ，,。；;：:"))
            if len(name) < 4:
                continue
            owners = [Ownership(lead, "owns" if i == 0 else "co_owns", evidence) for i, lead in enumerate(leads)]
            owners += [Ownership(p, "co_owns", evidence) for p in partners if all(p.name != o.owner.name for o in owners)]
            task = _sentence_block(name, clause.start, following, block)
            findings.append(MeasureFinding(task, name, owners, self._commitment(task)))
        return findings

    def _hosted_findings(self, block: Block | None, sentence: Span) -> list[MeasureFinding]:
        """``总决赛由工业和信息化部、财政部主办，具体由…信息中心承办``: the bodies after 由 that host,
        lead or undertake the thing the sentence names own it (the first leads).  A sentence that gives
        things to several bodies clause by clause (机械行业标准由机械工业出版社出版，化工行业标准由化工出版社
        出版，…) is one measure a clause, each its own body's."""
        if self.text.find("由", sentence.start, sentence.end) < 0 and self.text.find("须经", sentence.start, sentence.end) < 0:
            return []  # (the cheap test first: most sentences give nothing to anyone)
        hosted = [(clause, owners) for clause in _clauses(self.text, sentence.start, sentence.end)
                  if (owners := self._hosts_in(clause)) and not _BY_OPENS_RE.match(self.text, clause.start)]
        if len(hosted) < 2:
            owners = self._hosts_in(sentence)
            hosted = [(Span(sentence.start, sentence.end), owners)] if owners else []
        findings = []
        evidence = Span(sentence.start, sentence.end)
        for span, owners in hosted:
            name = _clip(self.text[span.start : span.end].strip(" 　，,。；;"))
            clause = _sentence_block(name, span.start, span.end, block)
            hosts = [Ownership(o, "owns" if i == 0 else "co_owns", evidence) for i, o in enumerate(owners)]
            # (由海南省旅文厅牵头,省公安厅、…等单位派人员参加督导工作组,…: the bodies helping the lead co-own its task)
            helpers = self._helpers_after_lead(hosts) if len(hosted) == 1 else []
            findings.append(MeasureFinding(clause, name, hosts + helpers, self._commitment(clause)))
        return findings

    def _paragraph_findings(self, sentence: Span) -> list[MeasureFinding]:
        """The tasks a sentence of plain paragraphs gives the government bodies that open its clauses; a clause
        naming only the lead (县国土资源局牵头，县发改局、县住建局等部门密切配合，…推进…) gives it the next clause's task,
        the bodies there helping.  (Government bodies only: a table read as paragraphs runs cells together into
        names of anything, 启用县人民医院.)"""
        findings: list[MeasureFinding] = []
        leads: list[Mention] = []
        evidence = Span(sentence.start, sentence.end)
        for segment in self._actor_segments(sentence):
            clause = self._clause_finding(None, sentence, segment)
            if clause is None:
                actors = [a for a in self.actors_of(segment.start, segment.end) if _written_in(a, segment)]
                leads = actors if actors and _LEAD_ONLY_RE.fullmatch(self.text, actors[-1].end, segment.end) else []
                continue
            if leads:
                clause.owners = [Ownership(lead, "owns", evidence) for lead in leads] \
                    + [Ownership(o.owner, "co_owns", o.evidence) for o in clause.owners]
                leads = []
            if any(o.owner.type == "Agency" for o in clause.owners):
                findings.append(clause)  # (…、国资委、中国石油天然气集团公司将负责…: a company listed with government bodies acts too)
        asked = _ASKED_OF_ALL_RE.search(self.text, sentence.start, sentence.end) if self.all_addressees and not findings else None
        if asked:  # (…现印发给你们，请推动企业组织实施: every body the notice is addressed to)
            name = _clip(self.text[asked.end() : sentence.end])
            if len(name) >= 4:
                clause = _sentence_block(name, asked.end(), sentence.end)
                findings.append(MeasureFinding(clause, name, [Ownership(a, "owns", evidence) for a in self.all_addressees],
                                               self._commitment(clause)))
        return findings

    def _helpers_in(self, segment: Span) -> list[Mention]:
        """The bodies a clause opens with when it says they only help (区公安分局、区应急局配合，…) or lead the
        item's task (由市森林防灭火指挥部统揽，市林业局、市应急局牵头负责，及时研判…: not 责成法规处牵头)."""
        actors = [a for a in self.actors_of(segment.start, segment.end) if _written_in(a, segment)]
        if not actors:
            return []
        opening = actors[0].start == self._past_spaces(segment.start, segment.end)
        return actors if _ONLY_HELPS_RE.match(self.text, actors[-1].end) or opening and _LEADS_TOO_RE.match(self.text, actors[-1].end) else []

    def _hosts_in(self, span: Span) -> list[Mention]:
        """The bodies after 由 that host, lead or undertake what the span names (由市交通委牵头)."""
        owners: list[Mention] = []
        for by in _BY_RE.finditer(self.text, span.start, span.end):
            listed = self._listed_at(by.end())
            if listed and _HOSTING_RE.match(self.text, _LIST_CLOSE_RE.match(self.text, listed[-1].end).end()):
                owners += [m for m in listed if all(m.name != o.name for o in owners)]
        return owners

    def _set_up_finding(self, block: Block, sentence: Span, match: re.Match[str]) -> MeasureFinding:
        """``大赛设立组委会，负责大赛的组织实施``: the body set up owns the duty given to it
        (秘书处下设办公室，设在…，承担…: the 秘书处办公室)."""
        sub = _SUB_BODY_SET_UP_RE.search(self.text, sentence.start, match.end("body"))
        name = sub.group("parent") + sub.group("body") if sub and sub.end() == match.end("body") else match.group("body")
        body = _set_up_body(name, match.start("body"), match.end("body"))
        task = _clip(match.group("task"))
        clause = _sentence_block(task, match.start("task"), match.end("task"), block)
        return MeasureFinding(clause, task, [Ownership(body, "owns", sentence)], self._commitment(clause))

    def _set_up_bodies(self) -> list[Mention]:
        """The generic bodies the text sets up (组委会, 秘书处, 秘书处办公室), wherever it names them
        after: ``专题赛由秘书处办公室会同…举办`` is that office's task."""
        names = {m.group("parent") + m.group("body") for m in _SUB_BODY_SET_UP_RE.finditer(self.text)} \
            if "下设办公室" in self.text else set()
        # the verbs are found by str.find: a regex tried at every offset costs more than the rest
        set_up = (_SET_UP_RE.match(self.text, at) for verb in _SET_UP_VERBS for at in occurrences(self.text, verb))
        names |= {m.group("body") for m in set_up if m and m.group("body") in _GENERIC_BODIES}
        found: list[Mention] = []
        for name in sorted(names, key=len, reverse=True):  # 秘书处办公室 before 秘书处
            taken = {m.start for m in found}
            found += [_set_up_body(name, start, start + len(name)) for start in occurrences(self.text, name)
                      if start not in taken and not any(m.start < start < m.end for m in found)
                      and self.text[start - 1 : start] not in _NAME_CHARS_BEFORE_BODY]
        return found

    def _actor_segments(self, sentence: Span) -> list[Span]:
        """A sentence cut where a clause opens with another named body:
        ``区应急局加强人流监测，区城管执法局开展专项整治。`` is two tasks; so is one whose second
        clause has many bodies as subject (环境保护部要加强指导，有关部门要制定…)."""
        first_inside = bisect_right(self._actor_offsets, sentence.start)
        if (first_inside == len(self._actor_offsets) or self._actor_offsets[first_inside] >= sentence.end) \
                and not self._many_bodies_in(sentence):
            return [sentence]  # no body is named after the sentence's start, and no 有关部门要…
        # (由吴继德副市长负责，市环保局牵头，…: the body after the leader's clause opens the sentence's one task)
        leader = _LEADER_LEAD_RE.match(self.text, sentence.start, sentence.end) if self.text.startswith("由", sentence.start) else None
        starts = [sentence.start] + [
            clause.start for clause in _clauses(self.text, sentence.start, sentence.end)[1:]
            if (self._names_an_actor(clause) and any(
                not self._is_self_reference(a) and _written_in(a, clause) for a in self.actors_of(clause.start, clause.end))
                or _GENERIC_SUBJECT_RE.match(self.text, self._past_spaces(clause.start, clause.end)))
            and not (leader and leader.end() == clause.start)
        ]
        return [Span(a, b) for a, b in zip(starts, starts[1:] + [sentence.end])]

    def _regarding(self, actors: list[Mention]) -> bool:
        """Whether governments or Party committees open the sentence only to say they regard the
        matter highly (区委、区政府高度重视…): the setting of a reply's work, not its owners (a
        department that does, 区教育局高度重视…，已…, is acting)."""
        return _REGARD_RE.match(self.text, actors[-1].end) is not None and all(
            a.name.endswith(_GOVERNMENTS) or a.name.startswith(_PARTY_PREFIXES) for a in actors)

    def _may_name_actors(self, span: Span) -> bool:
        """Whether a span can have actors: a body written in it, a group's term or 我委 (the cheap
        test before reading them)."""
        if self._names_an_actor(span):
            return True
        words = self.text[span.start : span.end]
        return any(term in words for term in self.groups) or any(ref in words for ref in self.self_references)

    def _names_an_actor(self, span: Span) -> bool:
        """Whether an actor is written inside the span (the cheap test before reading its actors)."""
        first = bisect_left(self._actor_offsets, span.start)
        return first < len(self._actor_offsets) and self._actor_offsets[first] < span.end

    def _many_bodies_in(self, sentence: Span) -> bool:
        """Whether a clause after the sentence's first has many bodies as subject (有关部门要…);
        the words that open such a subject are looked for first, by str.find."""
        return any(self.text.find(word, sentence.start + 1, sentence.end) >= 0 for word in _GENERIC_SUBJECT_HEADS) \
            and _GENERIC_SUBJECT_RE.search(self.text, sentence.start + 1, sentence.end) is not None

    def _clause_finding(self, block: Block | None, sentence: Span, segment: Span, others_block: bool = False) -> MeasureFinding | None:
        """The task one segment gives a named body, or None (no named body, or no task verb)."""
        evidence = Span(sentence.start, sentence.end)
        named = self._sentence_owners(segment)
        # 我部会同财政部…: the writer leads the partners it names (alone, it is no named body, unless
        # the block is another body's: 国家发展改革委积极推进…。下一步，我们将继续推进…; in a reply, or in plain
        # paragraphs no block owns, 我局将陆续修订…: the writer's own task)
        leads = (len(named) > 1 or others_block or self.parsed.kind == "Reply" or block is None) and bool(named) \
            and self._is_self_reference(named[0].owner)
        owners = [Ownership(o.owner, o.role, evidence) for o in named
                  if (_written_in(o.owner, segment) and (leads or not self._is_self_reference(o.owner)))
                  or id(o.owner) in self._group_members or any(o.owner is a for a in self.addressees)]
        # the task starts after its owners, partners included (市科委会同市人社局，已在…设置…); where
        # the writer supports a named body (支持上海理工大学修缮…), the support is the task
        start = segment.start
        if owners and _written_in(owners[0].owner, segment):
            start = max(o.owner.end for o in owners if _written_in(o.owner, segment))
        if not owners:
            owners = [Ownership(o.owner, o.role, evidence) for o in self._supported_owners(segment)]
        hosts = self._hosts_in(segment) if owners and "由" in self.text[start : segment.end] else []
        if hosts:  # 市委、市政府将…纳入民心工程，由市交通委牵头: the body that leads it owns it
            owners = [Ownership(h, "owns" if i == 0 else "co_owns", evidence) for i, h in enumerate(hosts)]
        rest = _DEFINITION_RE.sub("", self.text[start : segment.end])  # …办公室（以下简称“办公室”）设在…
        if not owners or not _TASK_VERB_RE.search(_ROLE_NOUN_RE.sub("", rest)):
            return None  # an arrangement (…担任召集人), not a task
        if self.parsed.kind == "Reply" and all(self._is_writer(o.owner) for o in owners) and _REGARDS_THE_POINT_RE.match(rest.lstrip(" ，,")):
            return None  # (我们完全赞同并全力支持您的提案: the writer's regard for the point, no task)
        name = _clip(_MODAL_RE.sub("", _ETC_OPENING_RE.sub("", _LED_OPENING_RE.sub("", rest.strip(" ，,。；;：:")))))
        if len(name) < 4 and self.text.startswith("请", self._past_spaces(segment.start, segment.end)):
            name = _clip(self.text[sentence.start : sentence.end])  # (具体事宜，请…与空军、民航局商定: the request whole)
        if len(name) < 4:
            return None
        clause = _sentence_block(name, segment.start, segment.end, block)
        return MeasureFinding(clause, name, owners, self._commitment(clause))


MAX_NAME = 150
MIN_CUT_TASK = 40  # (…对全面推进地方森林草原消防队伍建设发展提: the words a cut copy leaves, long enough to be a task)
MAX_LABEL_HEADING = 8  # ((二)建设进展与目标: a reply's item headed by a label, not by its task)


def _set_up_body(name: str, start: int, end: int) -> Mention:
    """A body the text sets up; a generic one (组委会, 秘书处) is this document's own, not one node
    for every contest (``scope: document``)."""
    # a contest's 秘书处办公室 is the secretariat's, not a government office
    kind = "Agency" if name.endswith(_GOVERNMENT_GROUPS) and not name.startswith(("秘书处", "组委会")) else "Organization"
    properties = {"level": "discovered"}
    if name in _GENERIC_BODIES or name.endswith(_GENERIC_BODY_ENDINGS):
        properties["scope"] = "document"
    return Mention(kind, name, name, start, end, properties=properties)


def _sentence_block(name: str, start: int, end: int, parent: Block | None = None) -> Block:
    """A measure that is one sentence or clause: its heading is the whole of it."""
    return Block("sentence", "", name, start, end, start, end, parent=parent)


def _written_in(mention: Mention, span: Span) -> bool:
    """Whether the mention is written inside the span (a group's members are written elsewhere)."""
    return span.start <= mention.start < span.end


_SENTENCE_STOP_RE = re.compile(f"[{re.escape(SENTENCE_END)}\n]")
_CLAUSE_SPLIT_RE = re.compile(r"[，,；;。！？!?]|、(?=特此)")
_CLAUSE_BREAKS = "，,；;。！？!?\n 　"


def _clip(name: str) -> str:
    """A long name cut at the last clause break before :data:`MAX_NAME`."""
    name = name.strip(" 　，,。；;：:、")
    if len(name) > MAX_NAME:
        cut = max(name.rfind(p, 0, MAX_NAME) for p in "，,；;")
        name = name[:cut] if cut > 10 else name[:MAX_NAME]
    return name


def _after_semicolon(text: str, pos: int) -> bool:
    """Whether a ； ends what comes before ``pos``: a list of tasks (…资源；开工建设…；标准化迁建…)."""
    pos -= 1
    while pos >= 0 and text[pos] in " 　":
        pos -= 1
    return pos >= 0 and text[pos] == "；"


def _clauses(text: str, start: int, end: int) -> list[Span]:
    """The comma-separated clauses of ``text[start:end]``, without their punctuation."""
    spans = []
    cursor = start
    for m in _CLAUSE_SPLIT_RE.finditer(text, start, end):
        if m.start() > cursor:
            spans.append(Span(cursor, m.start()))
        cursor = m.end()
    if cursor < end:
        spans.append(Span(cursor, end))
    return [s for s in spans if text[s.start : s.end].strip()]


def _measure_name(text: str, block: Block) -> str:
    """The heading as written, without a trailing responsibility note; long ones cut at a clause.
    A heading that only names a topic (no task verb) over tasks a note gives to units, with the first
    task run on after it (（二）科普。筹备“科技活动周”…。（责任单位：区科委）), is named with that task."""
    name = re.sub(r"[（(](?:牵头|责任|主责|配合|支撑)[^）)]*[）)]?$", "", block.heading.strip(" 　，,。；;：:")).strip()
    note = next((m for m in _notes_between(name, 0, len(name)) if m.end() == len(name) and m.start() > 0), None)
    name = name[: note.start()].rstrip() if note else name  # (…增长25%(市发改委,各县市区政府); …政策(由县发改局牵头实施))
    glued = _NOTE_LINE_RE.search(name, 1)
    name = name[: glued.start("line")].rstrip(" 　，,") if glued else name  # (适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会)
    if len(name) <= MAX_TOPIC_LABEL and text.startswith(("。", "：", ":"), block.heading_end) and not _TASK_VERB_RE.search(name) \
            and _notes_between(text, block.heading_end, block.end):
        task = _SENTENCE_STOP_RE.search(text, block.heading_end + 1, block.end)
        first = text[block.heading_end + 1 : task.start() if task else block.end].strip()
        if first and not first.startswith(("（", "(")):
            name = f"{name}{text[block.heading_end]}{first}"
    name = _clip(name)
    return name if re.search(rf"[{CJK}]", name) else ""


MAX_TOPIC_LABEL = 4


# The reply's closing offer (对以上答复有不满意的地方，请及时与我局联系，我局将…): the rest of its sentence too.
_CLOSING_OFFER_RE = re.compile(r"如有不满意|(?:对|如对)(?:以上|本)?答复[^，,。]{0,8}不满意|请及时与我")
_COURTESY_RE = re.compile(r"收悉|感谢|特此|请提出|请一如既往|联系人|委员[:：]|代表[:：]|意见和建议")
_OPENING_RE = re.compile(r"收悉|(?:答复|函告|报告|回复)如下")
# Clauses of a plain-paragraph reply that address the deputy rather than report a task.
_TO_DEPUTY_RE = re.compile(r"你|您|提案|建议|委员(?!会)|代表")  # (…管理委员会 is a body, no deputy)
# The body a co-handling opinion is addressed to, asked to act (建议你委…研究…; 请贵局…): a task of that body.
_YOU_ALL_RE = re.compile(r"(?:请|由)你们")  # the letter's addressees, all of them
_YOUR_BODY_RE = re.compile(r"(?:建议|请|由)?(?:你|贵)(?:委|局|单位|办|厅|部|中心|公司|区|镇|街道|院|所(?![提反说述讲谈列指]))")  # (你院应…; not 你所提的建议)
# A clause after the first that asks the addressee to act (…是否可行,也建议你局通过调研后提出方案).
_ASKS_YOU_LATER_RE = re.compile(r"[，,](?:也|还|并|同时)?(?=建议|请)" + _YOUR_BODY_RE.pattern)
# (…具有十分积极的意义, 十分必要: the suggestion judged, not a task reported)
_ADDRESS_RE = re.compile(rf"{_TO_DEPUTY_RE.pattern}|非常重视|高度重视|十分重视|符合|具有[^，,。]{{0,12}}意义|十分必要|很有必要")
# Words that open a new task inside one long sentence: 同时…, 另外，我委还将…
_ALSO_RE = re.compile(r"(?:还|也|又)?")
# A reply's closing paragraph of next steps, on a line of its own (下一步,我局…; 今后,我们将…).
_NEXT_STEPS_LINE_RE = re.compile(r"^[ \t　]*(?:下一步|下步|今后|接下来)", re.M)
_NEXT_STEPS_WORDS_RE = re.compile("下一步|下步|今后|接下来|打算|计划|展望")
# (…必须安装到位,我市将继续实施…工程: the writer's place going on to what it will do opens a task; the words stay)
_NEW_TASK_RE = re.compile(r"^(?:同时|另外|此外|并且|下一步|下步|今后|接下来|目前|近年来|多年来|近期|与此同时|(?=我[省市州县区旗](?:还将|也将|将|正在|正))"
                          r"|(?=(?:现)?决定(?:向|对|给予|批准)|同意(?:你|向|注销|延续|变更)))")  # (…进行了审查，…，决定向你公司颁发…: the writer's decision)


# A line that ends citing a provision (根据《连云港市城区养犬管理办法》第四条规定:), right before the paragraph it quotes.
MAX_CITING_LINE = 24  # (the end of the citing line is all the pattern needs: 第十二条第三款规定: and the line breaks)
_CITED_PROVISION_RE = re.compile(r"第[一二三四五六七八九十百零\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:明确)?规定[：:]\s*\n\s*\Z")


def sentence_blocks(parsed: ParsedDocument, self_references: tuple[str, ...] = (),
                    names_a_body: Callable[[int], bool] = lambda pos: False, before: int | None = None,
                    after: int | None = None) -> list[Block]:
    """A reply written as plain paragraphs: each task a sentence states is a measure.

    Such replies often run several tasks into one comma-joined sentence (…攻坚行动，同时…，另外，我委还将…),
    so a sentence is cut where a clause opens a new task (同时, 另外, 我委…), and clauses that
    address the deputy (你在…提出的提案, 非常重视) are left out, unless another body they name
    is the subject (省委、省政府十分重视…，出台的多项政策…: ``names_a_body(offset)``).
    """
    blocks = []
    title = re.sub(r"\s+", "", parsed.header.get("title", ""))
    for sentence in parsed.sentences:
        if not ((parsed.body.start if after is None else after) <= sentence.start < (parsed.body.end if before is None else before)) \
                or len(sentence.text) < 12:
            continue
        if _OPENING_RE.search(sentence.text) or is_record_field(sentence.text) or sentence.text.endswith(("：", ":")):
            continue  # …提案收悉，现答复如下: the reply's opening; 发布机构:…; an addressee line
        if title and re.sub(r"\s+", "", sentence.text) in title:
            continue  # the title written again under a page's header, broken over lines
        if sentence.text.rstrip().endswith("”") and "“" not in sentence.text:
            continue  # …急需解决道路修复问题。”: the end of the deputy's words the reply quotes
        line_start = parsed.text.rfind("\n", 0, sentence.start) + 1
        if _CITED_PROVISION_RE.search(parsed.text, max(0, line_start - MAX_CITING_LINE), line_start):
            continue  # (根据《…管理办法》第四条规定: / 各级人民政府应当建立…: the provision's words the reply cites)
        previous = 0  # the length of the sentence's segment before this one
        for segment in _task_segments(parsed.text, sentence, self_references, names_a_body):
            name = _clip(parsed.text[segment.start : segment.end])
            if _LEAD_IN_CLAUSE_RE.match(name) and not _CLAUSE_SPLIT_RE.search(name) or _FOLLOWED_REQUIREMENT_RE.fullmatch(name) \
                    or len(name) <= MAX_LEAD_ONLY and _only_lead_ins(parsed.text, segment):
                continue  # 根据批复实施的…规划 alone, 按照…瓶颈路段,畅通…的总体要求, 待市政道路建设完善后: what the task follows, cut off from it
            duty = _OTHERS_DUTY_RE.search(parsed.text, segment.start, segment.end)
            if duty and not names_a_body(duty.start() + 1) and not _TASK_VERB_RE.search(parsed.text, segment.start, duty.start()):
                continue  # (由区交通委…中心负责具体实施: the body named is the owner; …完成…,并明确由属地乡镇负责管理: the writer's task)
            if _REPORTED_SPEECH_RE.match(name):
                continue  # (他们均表示因镇里财政紧张,暂时没有…的打算: what others said, no task of the writer's)
            if ("是" in name or "属于" in name) and _DESCRIPTION_RE.match(name) and not names_a_body(segment.start):
                continue  # (社区老人食堂的建设是…的一个重要举措; 该项目是国家重点项目: what a thing is, no task)
            # (你公司应严格按照质量保证大纲要求进行…: a duty the letter gives its addressee, whatever its verb)
            duty = (yours := _YOUR_BODY_RE.match(name)) is not None and _OBLIGED_RE.match(name, yours.end()) is not None \
                or parsed.kind != "Reply" and _DUTY_STATED_RE.search(name) is not None  # (如果…，应立即停止启动操作: a letter's rule)
            # (…，我们将立即组织修建: a short promise after the sentence's first task, its speaker cut off, still a task)
            told, previous = previous >= 8, len(name)
            if (len(name) >= 8 or told and len(name) >= MIN_PROMISE and _PROMISE_RE.match(name)) \
                    and (_TASK_VERB_RE.search(name) or "将" in name or duty or _WRITERS_DECISION_RE.match(name)
                         or name.startswith(_DEMANDS)):
                blocks.append(_sentence_block(name, segment.start, segment.end))
    return blocks


# What the writer demands of another, right after its name (我局要求物业申购多台大型排水泵): its own work, whatever is asked.
_DEMANDS = ("要求", "责成", "通知", "提醒", "告知")
_DUTY_OPENINGS = ("负责", "牵头")  # (区委办公室负责将…: the clause after the body gives its duty)
_ROLE_WORDS = ("牵头单位", "牵头部门", "负责人", "负责同志")  # (…，牵头单位组织相关部门…: a role, no verb)
MAX_LEAD_ONLY = 80  # (lead-in clauses alone are short: the cheap test first)
_PLEASE_RE = re.compile(r"(?<![申提报])请")  # (请县财政局…, not 申请, 提请, 报请)
_REPORTED_SPEECH_RE = re.compile(r"^(?:他们|对方|双方|该[单公][位司])?(?:均|都|也|亦)?(?:表示|称|反映)")
# A clause that says what a thing is (…的建设是…举措, …项目,是国家重点项目): a description, not a task.
_DESCRIPTION_RE = re.compile(r"^(?!是|虽然|尽管|特别|始终|坚持)[^，,。；;将已]{2,30}?[，,]?"
                             r"(?<![还也就正但而都更已将不一二三四五六七八九十别于凡或要])(?:是|属于)(?![否由])")
# A clause that promises work in a few words once its speaker is cut off (将立即组织修建, 将尽快实施).
_PROMISE_RE = re.compile(r"(?:还|也)?将(?:立即|尽快|及时|抓紧|积极|全力|继续|加快)?" + f"(?:{_TASK_VERB_RE.pattern})")
MIN_PROMISE = 5


def _lead_in_at(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The clause before a sentence's actor that sets its time, place, purpose or what came before
    (2016年4月，/ 在…过程中，/ 根据…，/ “十四五”期间，/ 协议签订后，/ 由…副市长负责，/ 关于…的问题，由), if one
    starts at ``pos``.
    (The cheap tests first: each pattern is tried only where its word is.)"""
    lead = _TIME_LEAD_RE.match(text, pos, end)
    if lead is None and (text.startswith(("在", "今后", "以后", "下一步"), pos) or text.find("过程中", pos, min(end, pos + SETTING_REACH)) >= 0):
        lead = _SETTING_LEAD_RE.match(text, pos, end)
    if lead is None and text.startswith(_PURPOSE_LEAD_HEADS, pos):
        lead = _PURPOSE_LEAD_RE.match(text, pos, end)
        if lead and text.startswith("为", pos):
            # (为加强…的监督管理,保证…的飞行安全,空军和中国民航局要…: the aims go on, then the actor)
            while (more := _MORE_AIMS_RE.match(text, lead.end(), end)) and more.end() > lead.end():
                lead = more
    if lead is None and text.find("期间", pos, min(end, pos + 14)) >= 0:
        lead = _PERIOD_LEAD_RE.match(text, pos, end)
    if lead is None and text.find("后", pos, min(end, pos + AFTER_LEAD_REACH)) >= 0:
        lead = _AFTER_LEAD_RE.match(text, pos, end)
    if lead is None and text.startswith("由", pos):
        lead = _LEADER_LEAD_RE.match(text, pos, end)
    if lead is None and text.startswith("关于", pos):
        lead = _MATTER_LEAD_RE.match(text, pos, end)
    return lead


def _only_lead_ins(text: str, span: Span) -> bool:
    """Whether a span is nothing but lead-in clauses (see :func:`_lead_in_at`)."""
    pos, reach = span.start, span.end + 1  # (a lead-in clause is read with the comma that ends it)
    while pos < span.end:
        lead = _lead_in_at(text, pos, reach)
        if lead is None or lead.end() == pos:
            return False
        pos = lead.end()
        while pos < span.end and text[pos] in " 　，,":
            pos += 1
    return True


@lru_cache(maxsize=64)
def _own_work_re(self_references: tuple[str, ...]) -> re.Pattern[str]:
    """The writer named as it does its work (我局已纳入, 我局将把…): not as the body a point was handed to (交我局办理)."""
    refs = "|".join(map(re.escape, self_references))
    return re.compile(rf"(?<![交转由请给向对])(?:{refs})(?:已经?|将|正在?|也|还|积极|立即|及时|已将|已把|已经将)*"
                      rf"(?:{_TASK_VERB_RE.pattern}|把|将)")


def _task_segments(text: str, sentence: Span, self_references: tuple[str, ...],
                   names_a_body: Callable[[int], bool]) -> list[Span]:
    """The spans of one sentence that each state one task (see :func:`sentence_blocks`)."""
    segments: list[Span] = []
    current: Span | None = None
    quoting = False  # inside the deputy's words the text quotes (建议中提出“加强…，加大…”)
    for clause in _clauses(text, sentence.start, sentence.end):
        words = text[clause.start : clause.end].strip()
        start = clause.start + (len(text[clause.start : clause.end]) - len(text[clause.start : clause.end].lstrip()))
        if quoting:
            quoting = "”" not in words
            continue
        # 省委、省政府十分重视…: words of regard, but said of a body the text names, not of the deputy
        regard_of_a_body = not _TO_DEPUTY_RE.search(words) and names_a_body(start)
        # 就代表提出的…事宜召开专题协调会: the deputy's point is the topic of a task, not addressed
        on_the_point = words.startswith(("就", "针对")) and _TASK_VERB_RE.search(words) is not None
        # 建议你委根据…: the addressee asked to act; 决定向你公司颁发…: the writer's decision for it
        # (我局同意你公司…: the writer's decision, said with its name)
        speaker = next((r for r in self_references if words.startswith(r)), "")
        asked = _YOUR_BODY_RE.match(words) is not None or _WRITERS_DECISION_RE.match(words, len(speaker)) is not None
        if _CLOSING_OFFER_RE.search(words):
            break
        # (你所提的该段路我局已纳入项目库: the writer's own work on the deputy's point)
        if (_ADDRESS_RE.search(words) and not regard_of_a_body and not on_the_point and not asked
                and not (self_references and _own_work_re(self_references).search(words))) or _COURTESY_RE.search(words):
            if current:
                segments.append(current)
            current = None
            quoting = words.count("“") > words.count("”")
            continue
        opener = _NEW_TASK_RE.match(words)
        # (…出台了《规划》，市委办公厅、市政府办公厅出台了《方案》: a clause another body opens is its task;
        # 2016年4月，国家科技部印发了…: what led up to it is its setting, read with it)
        # (…我委牵头，区财政局、区金融办配合，制定了…: bodies that help, after the lead, are no new subject)
        subject = names_a_body(start) and not (current is not None and (
            _only_lead_ins(text, current) or text[current.start : current.end].rstrip().endswith("牵头"))) \
            and not _HELPERS_CLAUSE_RE.search(words)
        if opener or asked or (self_references and words.startswith(self_references)) or current is None \
                or _after_semicolon(text, clause.start) or subject:
            if current:
                segments.append(current)
            start += opener.end() if opener else 0
            while text[start] in " 　，,":
                start += 1
            # (我局绿化中心已与…: the writer's unit named after it is the subject, kept with its name)
            speaker = "" if text.startswith("我", start) and names_a_body(start) else \
                next((r for r in self_references if text.startswith(r, start)), "")
            start += len(speaker) + (len(_ALSO_RE.match(text, start + len(speaker)).group(0)) if speaker else 0)
            current = Span(start, clause.end)
        else:
            current = Span(current.start, clause.end)
    if current:
        segments.append(current)
    return segments
