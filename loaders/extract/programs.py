"""Programs, organizations and fields: named things that are not agencies or policies.

* Programs are named plans, schemes, projects and markets: quoted names (“探索者计划”,
  “美丽街区”) and unquoted ``…计划`` / ``…工程`` runs (东方英才（领军人才）计划 → 东方英才计划).
* Organizations end in an institutional suffix (研究院, 大学, 交易所, 实验室, 集团 …); the
  name starts after the verb or separator before it.
* Fields come from the gazetteer (元宇宙, 6G …).
"""

from __future__ import annotations

import re

from loaders.extract.mentions import Mention
from loaders.gazetteer import Gazetteer
from loaders.text import CJK

PROGRAM_SUFFIXES = ("计划", "工程", "行动", "专项行动", "市场", "生活圈", "街区", "工作法", "示范区", "试验区", "先行区", "平台", "基金", "项目")
_QUOTED_RE = re.compile(r"[“‘]([^“”‘’\n]{2,30})[”’]")
_AFTER_QUOTE_RE = re.compile(rf"^(专项行动|行动计划|行动|计划|工程|社区生活圈|生活圈|示范区|平台)")
_UNQUOTED_PROGRAM_RE = re.compile(rf"[{CJK}A-Za-z0-9（）]{{2,14}}?(?:计划|工程)(?!师|学|院|书|表|局|司|处|的通知)")
ORG_SUFFIXES = (
    "科学研究院", "研究院", "研究所", "研究中心", "大学", "学院", "实验室", "交易所", "创新中心", "集团", "有限公司",
    "公司", "医院", "协会", "学会", "基金会", "联盟", "科学院", "工程院", "交易中心",
)
_ORG_RE = re.compile(rf"[{CJK}A-Za-z0-9（）]{{2,24}}(?:{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))})(?![所长士生])")
# Words a name cannot start with or contain as a whole: verbs and function words that end the
# clause before a name.  The name starts after the last of them.
_LEFT_CUTS = (
    "支持", "选取", "强化", "建设", "推动", "依托", "联合", "组建", "推进", "实施", "开展", "启动", "纳入", "设立",
    "参与", "通过", "加强", "完善", "鼓励", "引导", "发挥", "培育", "打造", "组织", "会同", "牵头", "落实", "深化",
    "拓展至", "拓展", "设置", "举办", "承办", "成立", "包括", "经研究", "首次", "一批", "如", "由", "在", "及", "或",
    "等", "的", "将", "对", "向", "已", "了", "把", "从", "并", "按", "是",
)
# 与/和 join words inside names (上海数学与交叉学科研究院) but also join an agency to a name.
_AGENCY_JOIN_RE = re.compile(r"^.*?(?:委|局|办|部|厅|政府)(?:与|和|同)")
_LEADING_CLASSIFIER_RE = re.compile(r"^[家个所项座批名位]")
_GENERIC_HEADS = (
    "相关", "有关", "各", "该", "本", "我", "国家级", "市级", "区级", "省级", "全国", "重点", "新型", "高等", "一批",
    "所属", "市属", "科研", "院校", "其他", "地方", "部分", "行业", "企业", "专业", "大型", "中小", "一流", "世界", "高水平",
)
_GENERIC_NAMES = {
    "技术创新中心", "制造业创新中心", "创新中心", "重点实验室", "全国重点实验室", "研究中心", "研究院", "研究所", "大学",
    "高等院校", "研究院所", "实验室", "集团", "公司", "协会", "学会", "平台", "工程", "计划", "项目", "市场", "基金",
    "工作计划", "实施计划", "年度计划", "行动计划", "发展计划", "建设工程", "重大工程", "系统工程", "示范工程", "民生工程",
    "试点项目", "重点项目", "建设项目", "专项行动", "示范区", "先行区", "试验区", "交易所", "交易中心", "新型研发机构",
    "科技创新中心", "国际科技创新中心", "创新联合体", "高校", "科研院所",
}


def _cut_left(candidate: str) -> str:
    """Drop everything up to and including the last clause word before the name."""
    best = 0
    for word in _LEFT_CUTS:
        pos = candidate.rfind(word)
        if pos >= 0:
            # keep words inside a bracketed part of the name (东方英才（领军人才）计划)
            if candidate.count("（", 0, pos) > candidate.count("）", 0, pos):
                continue
            best = max(best, pos + len(word))
    rest = _AGENCY_JOIN_RE.sub("", candidate[best:])
    return rest


def _is_generic(name: str) -> bool:
    bare = re.sub(r"（[^）]*）", "", name)
    return bare in _GENERIC_NAMES or bare.startswith(_GENERIC_HEADS) or len(bare) < 3


def _unbracketed(name: str) -> str:
    """东方英才（领军人才）计划 → 东方英才计划: the bracket qualifies, the name is the rest."""
    return re.sub(r"（[^）]*）", "", name)


def find_programs(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _QUOTED_RE.finditer(text):
        inner = m.group(1)
        after = _AFTER_QUOTE_RE.match(text[m.end() : m.end() + 6])
        if inner.endswith(PROGRAM_SUFFIXES) and not inner.startswith("关于"):
            out.append(Mention("Program", inner, m.group(0), m.start(), m.end()))
        elif after:
            end = m.end() + after.end()
            out.append(Mention("Program", text[m.start() : end], text[m.start() : end], m.start(), end, aliases=(inner,)))
    for m in _UNQUOTED_PROGRAM_RE.finditer(text):
        raw = re.split(r"[和与]", _cut_left(m.group(0)))[-1]
        if not raw or text[m.start() - 1 : m.start()] == "“" or _is_generic(raw) or "“" in raw:
            continue
        start = m.end() - len(raw)
        name = _unbracketed(raw)
        out.append(Mention("Program", name, raw, start, m.end(), aliases=(raw,) if raw != name else ()))
    return out


def find_organizations(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _ORG_RE.finditer(text):
        raw = _cut_left(m.group(0))
        if raw and raw == m.group(0) and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            raw = _LEADING_CLASSIFIER_RE.sub("", raw)
        if not raw or _is_generic(raw):
            continue
        out.append(Mention("Organization", raw, raw, m.end() - len(raw), m.end()))
    return out


def find_fields(text: str, gazetteer: Gazetteer) -> list[Mention]:
    return [
        Mention("Field", hit.entry.name, hit.surface, hit.start, hit.end, aliases=hit.entry.aliases)
        for hit in gazetteer.scan(text)
        if hit.entry.type == "Field" and not _inside_latin_word(text, hit.start, hit.end)
    ]


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """5G inside '5GW' or 'B5G' is not the field."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return bool(re.match(r"[A-Za-z0-9]", before) or re.match(r"[A-Za-z0-9]", after))
