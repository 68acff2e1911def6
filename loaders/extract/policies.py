"""Policies: titles in 《…》, with the document number that may follow them, and the laws and
rules a text names without 《》.

``《关于…的通知》（发改环资〔2025〕910号）`` keeps its number; ``财政部《…》`` and
``《国务院关于…》`` say who issued it.
"""

from __future__ import annotations

import re

from loaders.extract.mentions import Mention, placed_names
from loaders.gazetteer import Gazetteer
from loaders.structure import DOC_NUMBER_RE, FILE_EXTENSION_RE
from loaders.text import CJK, occurrences

_NUMBER_AFTER_RE = re.compile(r"\s*[（(]\s*(" + DOC_NUMBER_RE.pattern + r")\s*[）)]")
_ISSUE_VERBS = ("印发", "发布", "出台", "制定", "颁布", "制订", "修订", "下发")


_TITLE_MARKS_RE = re.compile("[《》\n]")
_PLAN_KINDS = "方案|计划|规划|纲要|措施|举措|细则|办法|要点|分工表?|分解表?|清单|台账|一览表|规定|制度"  # how a plan's name ends
_SENTENCE_END_RE = re.compile("[。；;]")  # (no title holds a sentence's end: a 《 before one was never closed)


def _titles(text: str) -> list[tuple[int, int]]:
    """Spans of outermost 《…》 pairs (nested 《》 stay inside the title)."""
    spans = []
    depth = 0
    start = 0
    for mark in _TITLE_MARKS_RE.finditer(text):  # visit only 《, 》 and line ends, not every character
        i, char = mark.start(), mark.group()
        if char == "《":
            if depth and _SENTENCE_END_RE.search(text, start, i):
                depth = 0  # (…起草的《阜新市…的通知完成修改意见征求工作。…开展《…条例》: the first never closed)
            if depth == 0:
                start = i
            depth += 1
        elif char == "》" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif char == "\n":
            depth = 0
    return spans + _angled_titles(text, spans) if "〈" in text else spans


# A title marked 〈…〉 outside any 《》 (关于印发〈金平县殡葬改革实施方案〉的通知: the copy's only title marks).
_ANGLED_TITLE_RE = re.compile("〈([^〈〉《》\n]{4,80})〉")


def _angled_titles(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of 〈…〉 titles that no 《》 span holds (those are a cited title's inner marks, read with it)."""
    return [(m.start(), m.end()) for m in _ANGLED_TITLE_RE.finditer(text) if not any(s < m.start() < e for s, e in quoted)]


# Policies named without 《》: laws listed before 等…法律法规 (商标法、专利法、著作权法等知识产权保护法律法规),
# laws and rules being made or revised, and rules, catalogues and guides a verb applies
# (符合划拨用地目录, 开展…认定管理办法试点).
_LAW_LIST_RE = re.compile(rf"((?:[{CJK}]{{2,12}}法、)+[{CJK}]{{2,12}}法)等[{CJK}]{{0,10}}(?:法律|法规)")
_VERB_BEFORE_LAW_RE = re.compile(r"^.*(?:加强|完善|落实|修订|贯彻|依据|根据|按照|执行|实施|宣传|修改|制定|遵守|严格|对照|结合|现行|我国)")
# A national law's short name: a few characters ending in 法, not a word that ends so (办法, 方法,
# 执法 …) and not a place's own rule (上海市…办法).
_LAW_NAME_RE = re.compile(rf"(?![省市区县]|上海|北京|天津|重庆)[{CJK}]{{1,10}}(?<![办方做立执依违合守])法")
_APPLIED_RULE_RE = re.compile(
    rf"(?:符合|依据|根据|按照|依照|对照|执行|落实|更新|修订|开展)([{CJK}]{{4,20}}?(?:管理办法|实施办法|实施细则|实施指南|目录|规划纲要|发展纲要))"
    rf"(?![{CJK}]*[》”])"
)
# Laws and rules a legislative verb names (配合制订电子商务法; 修订无照经营查处取缔办法、化妆品卫生监督条例).
_RULE_SUFFIX = "(?:法|条例|办法|规定|细则|指引|规则)"
_LEGISLATIVE_VERBS = ("制修订", "制订", "制定", "修订", "修改", "起草", "废止")
_LEGISLATED_RE = re.compile(
    rf"(?:{'|'.join(_LEGISLATIVE_VERBS)})了?((?:[{CJK}]{{2,20}}?{_RULE_SUFFIX}、)*[{CJK}]{{2,20}}?{_RULE_SUFFIX})"
    rf"(?=[、，。；等（(\n]|$)"
)
_GENERIC_RULE_RE = re.compile(
    r"^(?:相关|有关|配套|具体|实施|管理|该|本|新的|各类|各项|完善|出台|研究|推动|加快|地方|部门|行业|完成|如下|以下|下列|上述)|的|和|及|具体"
)
MIN_RULE_NAME = 5
# Documents issued, listed unquoted and closed by what they are (印发了“四好农村路”高质量发展行动纲要、服务和支撑…的指导意见、
# …实施细则、…工作等系列文件): each item that ends as a document does, a policy (a kind alone, 农村公路发展规划, is none).
_ISSUED_LIST_RE = re.compile(r"(?:印发|出台|制定)了?((?:[^、，,。；;《》\n]{4,40}?、)+[^、，,。；;《》\n]{4,40}?)等(?:系列|一系列|多项|一批)?(?:政策)?(?:文件|制度)")
_DOCUMENT_KINDS = ("纲要", "意见", "细则", "办法", "方案", "规定", "条例", "指南", "标准", "通知")
MIN_LISTED_TITLE = 10
# A guide or standard named after a quoted scheme: “我嘉·邻里中心”导则, “一网通办”工作指南.
_QUOTED_GUIDE_RE = re.compile(rf"“[^“”\n，,。；;]{{2,30}}”(?:(?!作为|的)[{CJK}]){{0,4}}?(?:导则|指南|指引|细则)(?![{CJK}]*》)")
# A national law named bare where a text applies it (参照公务员法管理, 按照预算法规定, 不符合食品安全法规定): 中华人民共和国X法 —
# only where its provisions follow (规定, 管理, 第…条) or the clause ends, so that a method applied
# (按照综合评分法确定, 按照成本法核定) or a regulation under a law (土地管理法实施条例) is none.
_APPLYING_VERBS = "(?:依照|按照|参照|依据|根据|贯彻|遵守|违反|执行|落实|实施|符合|宣传|学习)+好?"  # (贯彻落实好宪法; 宣传兵役法: the verbs, then the law)
_CLAUSE_AFTER_RULE = "[，,。；;、和及等）)]|$"
_APPLIED_LAW_RE = re.compile(
    rf"{_APPLYING_VERBS}([{CJK}]{{1,10}}?法)(?=(?:的|有关|相关)*(?:规定|要求|管理|第[一二三四五六七八九十百\d]+条)|{_CLAUSE_AFTER_RULE})"
)
# A regulation named bare where a text applies it (严格执行政府信息公开条例, 深入贯彻落实党内监督条例, 组织实施募捐条例):
# the regulation, as written, where its provisions follow or the clause ends.
_APPLIED_REGULATION_RE = re.compile(
    rf"{_APPLYING_VERBS}([{CJK}]{{2,16}}?条例)(?=(?:的|有关|相关)*(?:规定|要求|第[一二三四五六七八九十百\d]+条)|{_CLAUSE_AFTER_RULE})"
)
_NOT_A_LAW_RE = re.compile("[的和及、]|^(?:国家|有关|相关|法定|现行|本|该|各|上述|新)|规定|方法|办法|做法|司法|执法|立法|依法|违法|合法|守法"
                           "|^(?:用法|说法|想法|手法|写法|看法|算法)$|^税法$|工作法|评分法|分析法|因素法|差额法|收益法|成本法|评价法|计算法|国际法|^基本法"
                           "|上位法|部门法|实体法|程序法"
                           "|教学法|疗法|评估法|积分法|步法|减法|耕法|党法")  # (实施分层教学法, 物理疗法: methods, no laws)
_ONE_CHARACTER_LAWS = ("宪法", "刑法")  # (全面落实此法, 遵守国法: no one law named)
# …法 being revised (加快大气污染防治法修订步伐): the law, after the verbs before it.
_LAW_REVISED_RE = re.compile(rf"([{CJK}]{{2,14}}法)(?=修订|修改)")
_NOT_ONE_OUTLINE_RE = re.compile("关于|[和及]|本[市区省县]")  # (落实国家和本市规划纲要: no one outline named)
_VERB_OPENING_RE = re.compile(r"^(?:加快|推动|推进|启动|开展|做好|完成|配合|研究|适时)+")
_BARE_LAW_END_RE = re.compile("(?<!办)法$")  # a law (…法) is named by _LAW_NAME_RE or not at all
_NOT_A_NAME_RE = re.compile(r"^(?:相关|有关|需要|各类|各项|新的|该|本|国家规定|国家统一|完善)|编制|制定|规定|部署|的|具体|本部门|本单位")  # 根据需要编制…指南; 修订完善本部门主动公开目录
NATIONAL_LAW_PREFIX = "中华人民共和国"


def _unquoted_policies(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _LAW_LIST_RE.finditer(text) if "法、" in text else ():  # the list's mark, found cheaply first
        offset = m.start(1)
        for i, item in enumerate(m.group(1).split("、")):
            start = offset
            offset += len(item) + 1
            if i == 0:
                verb = _VERB_BEFORE_LAW_RE.match(item)
                start += verb.end() if verb else 0
                item = item[verb.end():] if verb else item
            if _LAW_NAME_RE.fullmatch(item):  # 商标法 is the national law 中华人民共和国商标法
                out.append(Mention("Policy", NATIONAL_LAW_PREFIX + item, item, start, start + len(item), aliases=(item,)))
    # the verbs are found by str.find, the pattern matched only there (see loaders.text.occurrences)
    legislated = (_LEGISLATED_RE.match(text, at) for verb in _LEGISLATIVE_VERBS for at in occurrences(text, verb))
    # 制修订 holds 修订: a list is read once, from its first verb
    for m in {m.end(1): m for m in sorted((m for m in legislated if m), key=lambda m: m.start(), reverse=True)}.values():
        offset = m.start(1)
        for item in m.group(1).split("、"):
            start, offset = offset, offset + len(item) + 1
            if _LAW_NAME_RE.fullmatch(item) and not _GENERIC_RULE_RE.search(item):
                out.append(Mention("Policy", NATIONAL_LAW_PREFIX + item, item, start, start + len(item), aliases=(item,)))
            elif len(item) >= MIN_RULE_NAME and not _BARE_LAW_END_RE.search(item) and not _GENERIC_RULE_RE.search(item):
                out.append(Mention("Policy", item, item, start, start + len(item)))
    for m in _LAW_REVISED_RE.finditer(text) if "法修" in text else ():
        verbs = _VERB_OPENING_RE.match(m.group(1))
        law = m.group(1)[verbs.end() if verbs else 0 :]
        if _LAW_NAME_RE.fullmatch(law) and not _GENERIC_RULE_RE.search(law):
            out.append(Mention("Policy", NATIONAL_LAW_PREFIX + law, law, m.end(1) - len(law), m.end(1), aliases=(law,)))
    for m in _QUOTED_GUIDE_RE.finditer(text) if "”" in text else ():
        out.append(Mention("Policy", m.group(0), m.group(0), m.start(), m.end()))
    for m in _APPLIED_LAW_RE.finditer(text) if "法" in text else ():
        law = m.group(1)
        if _LAW_NAME_RE.fullmatch(law) and not _GENERIC_RULE_RE.search(law) and not _NOT_A_LAW_RE.search(law) \
                and (len(law) > 2 or law in _ONE_CHARACTER_LAWS):
            out.append(Mention("Policy", NATIONAL_LAW_PREFIX + law, law, m.start(1), m.end(1), aliases=(law,)))
    for m in _APPLIED_REGULATION_RE.finditer(text) if "条例" in text else ():
        if not _GENERIC_RULE_RE.search(m.group(1)) and not _NOT_A_NAME_RE.search(m.group(1)):
            out.append(Mention("Policy", m.group(1), m.group(1), m.start(1), m.end(1)))
    for m in _ISSUED_LIST_RE.finditer(text) if "等" in text else ():
        offset = m.start(1)
        for item in m.group(1).split("、"):
            start, offset = offset, offset + len(item) + 1
            if item.endswith(_DOCUMENT_KINDS) and ("“" in item or len(item) >= MIN_LISTED_TITLE) and not _GENERIC_RULE_RE.match(item):
                out.append(Mention("Policy", item, item, start, start + len(item)))
    for m in _APPLIED_RULE_RE.finditer(text):
        if not _NOT_A_NAME_RE.search(m.group(1)) and not (m.group(1).endswith("纲要") and _NOT_ONE_OUTLINE_RE.search(m.group(1))):
            out.append(Mention("Policy", m.group(1), m.group(1), m.start(1), m.end(1)))
    return out


# A plan named without 《》 after its place (平江县“十四五”农业农村发展规划, 新郑市国土空间总体规划);
# not planning or planned things (…规划建设, …规划道路).
_PLAN = "规划"
MAX_PLAN_NAME = 24
# (东至规划…路: a boundary; 规划 inside the run: two plans, 上海市A规划和B规划)
_NOT_IN_PLAN_NAME_RE = re.compile(r"[的、及，,。；至对]|规划.|有关|相关|等|编制|制定|开展|推进|纳入|由于")  # (老城区由于早期规划…)
_TWO_LEVELS_RE = re.compile("[和及、]")  # (国家和本市规划纲要: two levels' plans, none named)
_FIVE_YEAR_PLAN_END_RE = re.compile("“十[一二三四五六七八九]五”计划$")
_NATIONAL_PLAN_RE = re.compile(rf"(?:国家|全国)[{CJK}“”]{{2,22}}?{_PLAN}")
_PLANNED_THINGS = ("建设", "道路", "路", "用地", "范围", "区域", "布局", "设计", "编制",
                   "局", "厅", "委", "院", "处")  # (瑞安市自然资源和规划局: a body named after planning)
# The document's own level's five-year plan, named by its level alone (列入自治区“十三五”铁路发展规划,
# 按照省“十四五”综合交通运输发展规划): after a verb or a mark, not inside a word (城市“十四五”…).
_OWN_LEVEL_PLAN_RE = re.compile(
    rf"(?:(?<=[入照据在和与及、，,。；;将（(：:\n])|^)(?:自治区|省|市|区|县|州)“十[一二三四五六七八九]五”[{CJK}]{{2,20}}?{_PLAN}")


# A five-year plan named by its period alone, right after a verb that applies or makes it (主动公开
# “十四五”民政事业发展规划, 配合做好“十四五”公共服务规划) or a list mark.
_PLAN_VERBS = ("公开", "做好", "配合", "编制", "纳入", "列入", "落实", "实施", "按照", "根据", "依据", "印发", "出台", "制定",
               "贯彻", "对照", "结合", "衔接", "修编", "启动", "完成")
_PERIOD_PLAN_RE = re.compile(rf"“十[一二三四五六七八九]五”[{CJK}]{{2,20}}?(?:{_PLAN}|工作方案)")  # (the verb before is tested apart: cheaper)
_PLAN_LIST_MARKS = ("、", "和", "及", "与")
_PERIOD_PLAN_BEFORE = (*_PLAN_VERBS, *_PLAN_LIST_MARKS, "按")  # (正按“十二五”节能减排工作方案: 按 alone names no field)
# …and one named by its field before the period (纳入制造强省“十四五”规划, 列入交通“十四五”发展规划), after such a verb.
_FIELD_PERIOD_PLAN_RE = re.compile(rf"(?:{'|'.join(_PLAN_VERBS)})([{CJK}]{{2,8}}“十[一二三四五六七八九]五”[{CJK}]{{0,12}}?{_PLAN})")
_PERIOD_WORDS_RE = re.compile("期间|时期")  # (交通“十四五”期间规划: the period's plans)
_NOT_A_FIELD_RE = re.compile(rf"^(?:全|本|我|各|部分|其他|城市|地方|行业|部门|国家|相关|有关|省|市|区|县|自治区|州|了|{'|'.join(_PLAN_VERBS)})")


# (纳入“十四五”国家专项规划, “十四五”期间区级专项规划, …各类规划, …其他规划: plans of a kind)
_KIND_OF_PLAN_RE = re.compile(r"”[\u4e00-\u9fff]{0,2}(?:专项|总体|重点)?规划$|期间|时期|各|其他|本[区市县省]|[区市县省]级")


def _placed_plans(text: str) -> list[Mention]:
    spans = placed_names(text, _PLAN, MAX_PLAN_NAME, _NOT_IN_PLAN_NAME_RE)
    if "五”" in text:
        spans += [m.span() for m in _OWN_LEVEL_PLAN_RE.finditer(text) if not _NOT_IN_PLAN_NAME_RE.search(m.group())]
        spans += [m.span() for m in _PERIOD_PLAN_RE.finditer(text)
                  if text.endswith(_PERIOD_PLAN_BEFORE, 0, m.start())
                  and not _NOT_IN_PLAN_NAME_RE.search(m.group()) and not _KIND_OF_PLAN_RE.search(m.group())]
        spans += [m.span(1) for m in _FIELD_PERIOD_PLAN_RE.finditer(text)
                  if not _NOT_A_FIELD_RE.match(m.group(1)) and not _NOT_IN_PLAN_NAME_RE.search(m.group(1))
                  and not _PERIOD_WORDS_RE.search(m.group(1))]  # (the field names it: 制造强省“十四五”规划)
    if "五”计划" in text:  # (制定宁国市老旧小区改造“十四五”计划: a place's five-year plan, named 计划; 上海市…人才计划 is a scheme)
        spans += [(a, b) for a, b in placed_names(text, "计划", MAX_PLAN_NAME, _NOT_IN_PLAN_NAME_RE) if _FIVE_YEAR_PLAN_END_RE.search(text, a, b)]
    if "国" in text:  # 国家重大海上溢油应急能力建设规划: the nation's plans too
        spans += [m.span() for m in _NATIONAL_PLAN_RE.finditer(text) if not _NOT_IN_PLAN_NAME_RE.search(m.group()[2:])
                  and not _TWO_LEVELS_RE.match(m.group()[2:])]  # (国家和本市规划纲要: two, unnamed)
    return [Mention("Policy", text[a:b], text[a:b], a, b) for a, b in spans
            if not text.startswith(_PLANNED_THINGS, b) and text[a - 1 : a] != "《"]


# A document cited by its title without 《》, its number after it (根据国务院办公厅关于全面推进城镇老旧小区改造
# 工作的指导意见(国办发〔2020〕23号)): the verb, the number and 关于 mark it as one.
_CITED_TITLE_RE = re.compile(
    rf"(?:根据|按照|依据|贯彻|落实|参照|依照|对照|执行)((?:[{CJK}]{{2,24}}?(?:办公厅|政府|部|委员会|委|局|院|厅|中央))?"
    r"关于[^，。；《》“”\n]{2,80}?的(?:指导意见|实施意见|若干意见|意见|通知|决定|办法|方案|规定|批复))"
    rf"(?={_NUMBER_AFTER_RE.pattern})")


_CITE_LEAD_RE = re.compile("^(?:认真|贯彻|落实|执行|参照|依照|好|此前|以及|并)+")
_NOT_AN_ISSUER_RE = re.compile("[的和及与、]|精神|上级|转发")  # (按照会议精神和市民政局关于…: no one issuer)


def _cited_titles(text: str) -> list[Mention]:
    out = []
    for m in _CITED_TITLE_RE.finditer(text) if "关于" in text else ():
        title = _CITE_LEAD_RE.sub("", m.group(1))  # (认真贯彻落实国务院关于…: the verbs, then the title)
        about = title.find("关于")
        if _NOT_AN_ISSUER_RE.search(title, 0, about):
            title = title[about:]  # 根据上级民政部门转发的民政部关于…: the title from 关于
        out.append(Mention("Policy", title, title, m.end(1) - len(title), m.end(1),
                           properties={"doc_number": re.sub(r"\s+", "", m.group(2))}))  # (the number the lookahead read)
    return out


# Documents listed after a cited one without 《》 (贯彻落实国务院《…》(国办发…)、福建省…工作推进方案和关于…的实施意见,):
# the list's own marks (、和及) part its titles, and each names its kind at its end.
_LISTED_TITLE_RE = re.compile(
    r"(?:\s*[（(][^（）()\n]{2,30}[）)])?[、和及]((?:关于|[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|国务院|中央))[^，。；《》\n、]{4,60}?"
    r"(?:实施意见|指导意见|意见|通知|决定|工作方案|实施方案|推进方案|行动方案|方案|规划|办法|条例|纲要|计划))(?=[，,。；;、和及]|精神)")
_NOT_A_LISTED_TITLE_RE = re.compile("^(?:相关|有关|各|本|该|上述|配套)|的(?!(?:实施|指导|若干)?意见$|通知$|决定$)")


def _listed_after_cited(text: str, cited_end: int) -> list[Mention]:
    out = []
    at = cited_end
    while m := _LISTED_TITLE_RE.match(text, at):
        title = m.group(1)
        if _NOT_A_LISTED_TITLE_RE.search(title):
            break
        out.append(Mention("Policy", title, title, m.start(1), m.end(1)))
        at = m.end()
    return out


# An attachment line names the documents a notice sends (附件：1.…申报指南.doc 2.…推荐汇总表.doc): those that are
# rules, plans or guides are policies; forms and name lists (申请表, 汇总表, 名单) are not.
_ATTACHMENTS_LISTED_RE = re.compile(r"(?m)^[ \t　]*附\s*件\s*\d*\s*[:：][ \t　]*(\S.*)$")
_ATTACHED_ITEM_RE = re.compile(r"(?:^|(?<=[^\d.．]))\s*\d{1,2}\s*[.、．]\s*(?=\S)")
_ATTACHED_POLICY_END_RE = re.compile(r"(?:方案|办法|指南|规范|意见|细则|规定|申报条件|标准|规划|计划|清单|分解表|分工|纲要|评测体系|要点)"
                                     r"(?:[（(][^（）()]{2,20}[）)])?$")
MIN_ATTACHED_NAME = 6


def _attached_policies(text: str) -> list[Mention]:
    out = []
    for line in _ATTACHMENTS_LISTED_RE.finditer(text):
        items = _ATTACHED_ITEM_RE.split(line.group(1))
        at = line.start(1)
        for item in items:
            name = FILE_EXTENSION_RE.sub("", item.strip()).strip("《》 ")
            start = text.find(name, at, line.end())
            if start < 0:
                continue
            at = start + len(name)
            if len(name) >= MIN_ATTACHED_NAME and _ATTACHED_POLICY_END_RE.search(name) and "《" not in name:
                out.append(Mention("Policy", name, name, start, start + len(name)))
    return out


_INNER_TITLE_RE = re.compile(r"[<〈＜]([^<>〈〉＜＞《》\n]{2,80})[>〉＞]")
# A notice's title naming what it issues in inner marks (《中共金平县委办公室…关于印发〈金平县殡葬改革实施方案〉的通知》): that too.
_ISSUED_INNER_RE = re.compile(r"印发[<〈＜]([^<>〈〉＜＞《》\n]{2,80})[>〉＞]")
# (《<A>及<B>和<C>的通知》: titles the marks wrap, joined, and at most the notice's kind; not 《〈…的意见〉重要目标任务分解方案》)
_ISSUED_TITLES_RE = re.compile(rf"(?:{_INNER_TITLE_RE.pattern}[及和、与]?)+(?:的通知)?")


# A place's scheme applied without 《》 (据渝北区生活物资保障实施方案要求,…): its name, between the verb that applies it and
# what it requires, or after the verb that lists a project into it.
_SCHEME_KINDS = ("实施方案", "工作方案")
_APPLYING_RE = re.compile("(?:据|根据|依据|按照)$")
_REQUIRES_RE = re.compile("(?:的)?(?:要求|精神|规定|部署)")
_LISTED_INTO_RE = re.compile("(?:列入|纳入)$")  # (争取列入安徽省奎濉河治理实施方案: the scheme a project joins)
MAX_SCHEME_NAME = 30


def _applied_schemes(text: str) -> list[Mention]:
    spans = [span for kind in _SCHEME_KINDS if kind in text for span in placed_names(text, kind, MAX_SCHEME_NAME, _NOT_IN_PLAN_NAME_RE)]
    return [Mention("Policy", text[a:b], text[a:b], a, b) for a, b in spans
            if (_APPLYING_RE.search(text, max(0, a - 2), a) and _REQUIRES_RE.match(text, b) or _LISTED_INTO_RE.search(text, max(0, a - 2), a))
            and text[a - 1 : a] != "《"]


# A plan a notice issues, named in the text without 《》 (省政府办公厅印发2020年政府工作报告重点工作责任分解的通知): the plan.
_ISSUED_IN_TEXT_RE = re.compile(rf"印发了?([^《》〈〉<>“”，,。；;、\s]{{6,40}}?(?:{_PLAN_KINDS}|意见)(?:[（(][^（）()]{{2,12}}[）)])?)的通知")


def _issued_in_text(text: str) -> list[Mention]:
    return [Mention("Policy", m.group(1), m.group(1), m.start(1), m.end(1)) for m in _ISSUED_IN_TEXT_RE.finditer(text)
            if not m.group(1).startswith("关于")]


def find_policies(text: str) -> list[Mention]:
    out: list[Mention] = _unquoted_policies(text) + _placed_plans(text) + _cited_titles(text) + _applied_schemes(text)
    out += _issued_in_text(text) if "印发" in text else []
    out += _attached_policies(text) if "附" in text else []
    for start, end in _titles(text):
        title = text[start + 1 : end - 1].strip()
        if not (2 <= len(title) <= 120):
            continue
        if _ISSUED_TITLES_RE.fullmatch(title):
            # (关于印发《<甘肃省…总体方案>及<分产业篇方案>和<…实施方案>的通知》: the marks wrap what was issued, each its own title)
            out += [Mention("Policy", m.group(1), m.group(1), start + 1 + m.start(1), start + 1 + m.end(1))
                    for m in _INNER_TITLE_RE.finditer(text, start + 1, end - 1)]
            continue
        properties: dict[str, str] = {}
        number = _NUMBER_AFTER_RE.match(text, end)
        if number:
            properties["doc_number"] = re.sub(r"\s+", "", number.group(1))
        out.append(Mention("Policy", title, text[start:end], start, end, properties=properties))
        for m in _ISSUED_INNER_RE.finditer(text, start + 1, end - 1) if "印发" in title else ():
            out.append(Mention("Policy", m.group(1), m.group(1), m.start(1), m.end(1)))  # (…关于印发〈X实施方案〉的通知: X too)
        out += _listed_after_cited(text, end)
    return out


# A plan's own title names the policy it is (岳阳市提振消费若干措施, 2025年松江区政务公开工作要点: no 关于, which
# opens an opinion's or a notice's title); a notice issuing a plan names it after 关于印发 (…关于印发2023年政府
# 工作报告重点工作责任分解的通知), unless it quotes it in 《》 (found as cited).
_STATUS_AFTER = r"(?:\s*[（(][^（）()]{2,20}[）)])?$"  # (…的实施意见(试行), …方案（2023年）: the title's status or years)
_PLAN_NAME_END_RE = re.compile(f"(?:{_PLAN_KINDS})" + _STATUS_AFTER)
_OPINION_END_RE = re.compile("意见" + _STATUS_AFTER)
_ISSUED_PLAN_RE = re.compile(r"关于印发([^《》]{4,80}?)的通知$")
_INTERPRETED_RE = re.compile(r"^《?([^《》]{4,80}?)》?的?(?:政策)?解读$")


def own_title_policy(title: str, kind: str, text: str) -> Mention | None:
    """The policy a plan is, or the plan a notice issues, named by the document's own title, where
    the text writes it; None."""
    issued = _ISSUED_PLAN_RE.search(title) if kind == "Notice" else None
    interpreted = _INTERPRETED_RE.search(title)  # (2021年潜江市粮食生产工作方案政策解读: the plan it explains)
    about = title.find("关于") if kind == "Plan" else -1
    name = issued.group(1) if issued else interpreted.group(1) if interpreted \
        else title if kind == "Plan" and about < 0 else title[about:] if about >= 0 else ""
    closed_up = re.sub(r"\s+", "", name)  # (…就业创业工作 的 实 施 意 见: spaced out as a layout spaces it)
    if not name or not (_PLAN_NAME_END_RE.search(closed_up) or kind == "Plan" and _OPINION_END_RE.search(closed_up)):
        return None
    if re.search("[和及]", name) and all(_PLAN_NAME_END_RE.search(part) for part in re.split("[和及]", name)):
        return None  # (云浮市促进学前教育…行动方案和云浮市推动义务教育…行动方案: a notice issuing two plans, each its own)
    at = text.find(name)
    if at >= 0:
        return Mention("Policy", name, name, at, at + len(name))
    # (大连市人民政府办公室关于 / 推进…的指导意见: a title broken over lines, as the text writes it)
    broken = re.search(r"\s*".join(map(re.escape, name)), text)
    return Mention("Policy", name, broken.group(), broken.start(), broken.end()) if broken else None


def issuer_before(text: str, policy: Mention, agencies: list[Mention]) -> Mention | None:
    """The agency that issued a policy: written right before 《 or as the title's 'X关于'."""
    for agency in agencies:
        if agency.end == policy.start or (
            agency.end <= policy.start <= agency.end + 6
            and text[agency.end : policy.start].strip("，, ") in _ISSUE_VERBS
        ):
            return agency
    return None


def issuer_in_title(policy: Mention, agencies_in_title: list[Mention]) -> Mention | None:
    """《国务院关于…》: the agency that opens the title and is followed by 关于."""
    for agency in agencies_in_title:
        if agency.start == 0 and policy.name[agency.end : agency.end + 2] in ("关于", "印发"):
            return agency
    return None


def find_known_policies(text: str, gazetteer: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The national laws and plans the gazetteer knows (水污染防治行动计划), where a text names them without title marks:
    not where a policy already ``found`` covers the words (《水污染防治行动计划》 is the title rule's)."""
    return [Mention("Policy", hit.entry.name, hit.surface, hit.start, hit.end, aliases=hit.entry.aliases)
            for hit in gazetteer.scan(text) if hit.entry.type == "Policy"
            and not any(p.start < hit.end and hit.start < p.end for p in found)]


MIN_CONFERENCE_NAME = len("部际联席会议")  # (not 联席会议制度 alone: the body the text defined, named by its kind)


def conference_systems(text: str, bodies: list[Mention], found: list[Mention]) -> list[Mention]:
    """The system of a joint conference a text names after the conference (建立黑龙江省农业“三减”行动联席会议制度): the
    rules that set it up, a policy; not where a policy already ``found`` covers the words (《关于建立…制度的请示》)."""
    systems = {}
    for body in bodies:
        if body.name.endswith("联席会议") and text.startswith("制度", body.end) and len(body.surface) > MIN_CONFERENCE_NAME \
                and not any(p.start <= body.start < p.end for p in found):
            surface = text[body.start : body.end + len("制度")]
            systems.setdefault(surface, Mention("Policy", surface, surface, body.start, body.end + len("制度")))
    return list(systems.values())
