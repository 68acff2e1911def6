"""Agencies: gazetteer names, local short forms (市X / 区X) resolved by the document's level.

A short form means different bodies in different documents: ``区发展改革委`` in a 黄浦区
document is 上海市黄浦区发展和改革委员会, ``市科委`` in a Shanghai document is
上海市科学技术委员会.  :class:`Jurisdiction` carries the document's city and district, taken
from its issuer, so the same rule reads any city's or district's documents.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from loaders.extract.mentions import Mention, leftmost_longest, names_many_bodies
from loaders.gazetteer import Gazetteer, KnownName, NameHit
from loaders.places import (
    city_named_short,
    city_of,
    city_of_shared_county,
    counties_of,
    county_named_most,
    county_named_before,
    county_of_short_name,
    MIN_COUNTY_MENTIONS,
    prefecture_of_counties_named,
    shared_counties_of,
    is_known,
    is_place,
    is_shared_county,
    is_short_place_name,
    prefecture_of_short_name,
    province_abbreviated,
    province_named_most,
    province_named_short,
    province_of_cited_numbers,
    province_of,
    region_named_short,
    short_name_of_prefecture,
)
from loaders.text import CJK, DOC_NUMBER_YEAR_RE, is_cjk, most_counted, occurrences

SHANGHAI = "上海市"
NATIONAL_JURISDICTION = "中国"  # the jurisdiction the gazetteer gives the State Council and ministries
_REGION = "自治区"
_PREFECTURE = "自治州"  # a prefecture's own bodies write 州 where a city's write 市 (州水利局)
_PREFECTURE_LEVEL = "地区"  # a prefecture (塔城地区) by its level, as its own bodies write it (地区发改委)
_OTHER_PREFECTURES = ("地区", "盟")  # …and a 地区's or a 盟's write 地区 or 盟 (兴安盟's 盟商务口岸局)
_ZONE_COMMITTEE = "区管理委员会"  # a zone's committee (开发区管理委员会, 示范区管理委员会)
_CITY_RE = re.compile(
    rf"^(?:中共)?((?:[{CJK}]{{2,5}}?(?:省|自治区))?(?:[{CJK}]{{2,4}}?(?:市|省|{'|'.join(_OTHER_PREFECTURES)})|[{CJK}]{{2,5}}?自治区|[{CJK}]{{2,6}}?{_PREFECTURE}))")
_FUNCTION_CHARACTERS = "在将对于把向从由与和及为"  # (words that open a clause, no place's name)
# (金秀瑶族自治县, 鄂温克族自治旗, 科尔沁右翼中旗 and 达尔罕茂明安联合旗 too)
_DISTRICT_RE = re.compile(rf"([{CJK}]{{2,8}}?自治[县旗]|[{CJK}]{{1,4}}?(?:新区|区|县|旗)|[{CJK}]{{2,3}}[左右]翼[前中后]旗|[{CJK}]{{2,6}}联合旗)")
_SHORT_PREFECTURE_RE = re.compile(rf"^([{CJK}]{{2,5}}?州)")
# Characters before 市/区/县/省 that make it part of another word (城市, 全区, 市区 …): per level,
# since 召集区规划局 is 区规划局 while 集市 is a market.
_NOT_BEFORE_ANY_LEVEL = "全我该各本每"
_NOT_PREFIX_BEFORE = {
    "市": set(_NOT_BEFORE_ANY_LEVEL + "城都超股门夜楼集闹坊省场乡地辖区县上"),
    "区": set(_NOT_BEFORE_ANY_LEVEL + "城地园社片景街辖新郊老专特湾市场小校矿山厂展灾牧营省县治"),
    "县": set(_NOT_BEFORE_ANY_LEVEL + "市区省郡州"),
    "省": set(_NOT_BEFORE_ANY_LEVEL + "外"),
}


# Police units under a city's bureau (丹东市公安交警支队振安一大队, 公安局…分局 has 局 inside).
_POLICE_UNITS_TUPLE = ("支队", "大队", "中队", "派出所")
_POLICE_UNITS = "|".join(_POLICE_UNITS_TUPLE)
# A body written out in full with its place, as a list item (…管理部门、深圳市国防科技工业办公室，…):
# the place is checked against the places tables, so the run cannot start mid-word.  The pattern
# opens with the list punctuation itself, which the regex engine rejects cheaply elsewhere.
_PLACED_BODY_RE = re.compile(
    rf"(?:[、，,：:；;（(\n—]|(?<=由|请|同)|(?<=会同))([{CJK}]{{2,6}}?(?:省|市|区|县|州|盟))([{CJK}]{{2,14}}?(?:委员会|办公室|局|厅|处|{_POLICE_UNITS}))"
    rf"(?=[、，,：:；;。）)\n与和]|牵头|负责|协调|组织|审批|研究|商|沟通|对接|对此)"
)


# Many bodies, or two run together (…委员会黄浦区…委员会), or a word (新格局, 产业布局, 政务服务大厅);
# a police unit may hold its 局.
_NOT_ONE_POLICE_UNIT = "有关|相关|各|委员会.|办公室.|厅."
_NOT_ONE_POLICE_UNIT_RE = re.compile(_NOT_ONE_POLICE_UNIT)
_NOT_ONE_BODY_RE = re.compile(_NOT_ONE_POLICE_UNIT + "|局.|(?:格|布|大|全|开|当)局$|(?:大|展|餐|客)厅$")


# A development zone's administrative committee (芜湖经济技术开发区管理委员会, 青岛中德生态园管理委员会,
# 成都市新津区天府智能制造产业园管委会): a government body named by its zone, which a place opens.
# (found from the committee word back, which few texts hold, not tried at every character)
_COMMITTEE_WORD_RE = re.compile("管理委员会|管委会|管理办公室")
_ZONE_KINDS = ("开发区", "高新区", "园区", "产业园", "集聚区", "保税区", "新区", "示范区", "试验区", "工业区")
_SCENIC_AREA_KINDS = ("风景名胜区", "景区")  # (a scenic area's committee too, named after its mountain or lake: 五台山风景名胜区管委会)
_ZONE_BEFORE_RE = re.compile(rf"[{CJK}]{{2,18}}(?:{'|'.join((*_ZONE_KINDS, '生态园', '科技城', '化工基地', *_SCENIC_AREA_KINDS))})$")
MAX_ZONE_RUN = 24
_MANY_ZONES_RE = re.compile("各|相关|有关|所有")  # (各园区管委会, 相关园区管委会: many bodies)
_PLACE_LEVELS = ("", "市", "县", "省", "区")
MAX_ZONE_LEAD = 12  # words before the place the run may start with (由, 推荐单位为, 我委将指导)
# (…由长沙…, 推荐单位为…, 指导/联合/会同…; not 贵安新区 read as 安新县's: the place must follow such a word)
_ZONE_LEADS = ("由", "经", "和", "与", "及", "同", "合", "为", "向", "对", "请", "是", "导", "持", "调", "促", "动", "将", "、",
               "原")  # (将原内蒙古准格尔经济开发区管理委员会和…合并: the former committee, by its name)


def _names_place(word: str) -> bool:
    """Whether a word is a place, written with its level or without (芜湖, 江苏省, 成都)."""
    return any(is_place(word + level) for level in _PLACE_LEVELS if not (level and word.endswith(level)))


def _place_ending_at(text: str, at: int, also: tuple[str, ...] = ()) -> str:
    """The place written right before ``at`` (成都 in 成都调查队, 广州 in 广州军区), or ``also`` one of
    the given words there; ""."""
    return next((text[at - n : at] for n in (4, 3, 2) if at >= n and (_names_place(text[at - n : at]) or text[at - n : at] in also)), "")


def _place_prefix_length(name: str) -> int:
    """How long the place a name opens with is (芜湖 in 芜湖经济技术开发区, 江苏省 in 江苏省吴江…, 内蒙古 in 内蒙古准格尔…), or 0."""
    return next((length for length in (4, 3, 2) if _names_place(name[:length]) or name[:length] in _AUTONOMOUS_REGIONS_SHORT), 0)


_LOCAL_COMMITTEES = ("党委", "州委", "市委", "县委", "区委", "省委", "旗委", "盟委")  # (国家发展改革委财政部: two bodies)
_MILITARY_DISTRICTS = ("军区", "警备区", "卫戍区")
_AUTONOMOUS_REGIONS_SHORT = ("内蒙古", "广西", "新疆", "西藏", "宁夏")  # (广西军区: a region's district by its short name)


def _military_districts(text: str) -> list[Mention]:
    """广州军区, 北京卫戍区, 天津警备区: the army's district commands a State Council and Central Military
    Commission document addresses, named by their place (各大军区, 省军区 name many)."""
    found = []
    for district in _MILITARY_DISTRICTS:
        for at in occurrences(text, district):
            place = _place_ending_at(text, at, _AUTONOMOUS_REGIONS_SHORT)
            if place:
                found.append(Mention("Agency", place + district, place + district, at - len(place), at + len(district),
                                     properties={"level": "national"}))
    return found


def _zone_committees(text: str) -> list[Mention]:
    found = []
    for word in _COMMITTEE_WORD_RE.finditer(text):
        zone = _ZONE_BEFORE_RE.search(text, max(0, word.start() - MAX_ZONE_RUN), word.start())
        if zone is None:
            continue
        run = text[zone.start() : word.end()]
        lead = next((i for i in range(min(MAX_ZONE_LEAD, len(run) - 5) + 1)
                     if (i == 0 or run[:i].endswith(_ZONE_LEADS)) and _place_prefix_length(run[i:])), -1)
        if lead < 0 or set(run[lead:]) & _DISCOVER_STOP or _MANY_ZONES_RE.search(run[lead:]):
            continue
        found.append(Mention("Agency", run[lead:], run[lead:], zone.start() + lead, word.end(), properties={"level": "discovered"}))
    return found


# A zone's committee a text addresses or lists with no place before it (…人民政府,稀土高新区管委会,市直各部门;
# 分别隶属于县白乳泉景区管委会): the committee of the zone in the document's own place (or the level's written).
_OWN_ZONE_RE = re.compile(rf"[{CJK}]{{2,15}}(?:{'|'.join((*_ZONE_KINDS, '经开区', *_SCENIC_AREA_KINDS))})")
_OWN_ZONE_MARKS = "，,、：:；;\n"
_OWN_ZONE_LEAD_RE = re.compile("隶属于|属于|由|会同|配合|协调|联合|指导|督促|委托|至|到")  # (分别隶属于县白乳泉景区管委会; 如延伸至高新区管委会)
MAX_OWN_ZONE = 16
_ZONE_FULL_WORDS = (("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区"))


# A county or city named alone as the one that leads or carries out a task (…,灵宝市负责下放权限的承接工作), or that
# issues, convenes or dates its work (一是博乐市下发《…》; 博乐市于2017年4月30日…组织…召开…): its government.
_ACTING_PLACE_RE = re.compile(rf"(?:^|(?<=[，,。；;：:\n由])|(?<=[一二三四五六七八九十]是))(?![一二三四五六七八九十]是)([{CJK}]{{2,8}}?[市县区旗])(?=负责|牵头|于\d{{4}}年|下发|召开|印发)")


def _acting_places(text: str) -> list[Mention]:
    """The governments of places a clause names alone as leading or carrying out its task (灵宝市负责…)."""
    found = []
    for m in _ACTING_PLACE_RE.finditer(text):
        place = m.group(1)
        if is_place(place):
            found.append(Mention("Agency", place + _GOVERNMENT, place, m.start(1), m.end(1), aliases=(place,),
                                 properties={"level": "discovered", "jurisdiction": place}))
    return found


# A county's or district's unit named with its place where it acts (由中牟县河道所管理, 经由麦积区运管分局上报,
# 塔城市市容环境卫生管理处将…, 东昌区市容服务中心本着…): a body of that place, named as written.
# (found from the unit's kind and the verb after it, a literal scan, then read back to the place)
_ACTING_UNIT_END_RE = re.compile("(?:管理处|所|服务中心|分局|大队)(?=将|负责|牵头|管理|上报|本着|已经|正在|积极|组织|会同|结合|按照|根据)")
_ACTING_PLACED_UNIT_RE = re.compile(
    rf"(?:(?<![{CJK}])|(?<=[由经]))((?![由经])[{CJK}]{{2,5}}?[县区市旗])([{CJK}]{{2,10}}?(?:管理处|所|服务中心|分局|大队))$")
MAX_ACTING_UNIT = 17


_PLACES_NOT_UNITS = ("厕所", "场所", "住所", "处所")  # (竹溪县旅游厕所: a facility)


def _acting_placed_units(text: str) -> list[Mention]:
    found = (_ACTING_PLACED_UNIT_RE.search(text, max(0, end.end() - MAX_ACTING_UNIT), end.end()) for end in _ACTING_UNIT_END_RE.finditer(text))
    return [Mention("Agency", m.group(), m.group(), m.start(), m.end(), properties={"level": "discovered", "jurisdiction": m.group(1)})
            for m in found if m and is_place(m.group(1)) and not set(m.group(2)) & _DISCOVER_STOP and not m.group(2).endswith(_PLACES_NOT_UNITS)]


# A province or city a national document charges with the work after 由 (机场建成后由珠海市管理, 不足部分，由江苏省统筹解决).
_PLACE_CHARGED_RE = re.compile(rf"由([{CJK}]{{2,6}}?(?:省|市|自治区))(?=负责|管理|统筹|解决|承担|安排|组织|自行|包干)")


def _places_charged(text: str) -> list[Mention]:
    """The governments of the places a national document charges after 由 (see :data:`_PLACE_CHARGED_RE`), also known
    by the place's name."""
    found = []
    for m in _PLACE_CHARGED_RE.finditer(text):
        place = m.group(1)
        if is_place(place):
            level = "provincial" if place.endswith(("省", "自治区")) else "municipal"
            found.append(Mention("Agency", place + "人民政府", place, m.start(1), m.end(1), aliases=(place,),
                                 properties={"level": level, "jurisdiction": place}))
    return found


# A province's or city's border, fire or guard corps of the public security, named through an officer's post
# (授予浙江省公安边防总队政治委员傅宏裕…): a body as written, from the place before it.
_SECURITY_CORPS_RE = re.compile("公安(?:边防|消防|警卫)(?:总队|支队)(?=副?(?:政治委员|总队长|支队长|参谋长))")


def _security_corps(text: str) -> list[Mention]:
    """See :data:`_SECURITY_CORPS_RE`."""
    found = []
    for m in _SECURITY_CORPS_RE.finditer(text):
        place = _place_named_before(text, m.start() - 1) if text[m.start() - 1 : m.start()] in ("省", "市") else ""
        if place:
            name = text[m.start() - len(place) : m.end()]
            found.append(Mention("Agency", name, name, m.start() - len(place), m.end(),
                                 properties={"level": "discovered", "jurisdiction": place}))
    return found


def _placed_bodies(text: str) -> list[Mention]:
    """Bodies named after a place the gazetteer lacks (see :data:`_PLACED_BODY_RE`); where words that are no place
    open a run (我局市区公路指挥部同海陵区路灯管理处), the search goes on inside it."""
    found = []
    pos = 0
    while m := _PLACED_BODY_RE.search(text, pos):
        place, body = m.group(1), m.group(2)
        not_one = _NOT_ONE_POLICE_UNIT_RE if body.endswith(_POLICE_UNITS_TUPLE) else _NOT_ONE_BODY_RE
        if not is_place(place) or set(body) & _DISCOVER_STOP or not_one.search(body):
            pos = max(m.start(1), m.start() + 1)
            continue
        found.append(Mention("Agency", place + body, place + body, m.start(1), m.end(2),
                             properties={"level": "discovered", "jurisdiction": place}))
        pos = m.end(2)
    return found


def opens_with_level(unit: str) -> bool:
    """Whether a unit opens with a bare level, 市/区/县/省, and not with a word (市场, 区域, 省级, 市容,
    市政设施, 区块链, 市民; 市政府 is the level's government, 市民政局 its department)."""
    return unit[:1] in "市区县省" and (unit[1:2] not in _NOT_AFTER_LEVEL or unit[1:3] in ("政府", "民政")) and not unit.startswith("县城")


def named_by_level(unit: str) -> bool:
    """Whether a unit is named by its level alone, with no place (市民政局, 团市委)."""
    return opens_with_level(unit) or _YOUTH_LEAGUE_RE.fullmatch(unit) is not None


# (各区(市)县政府; 指导县(市)区政府…: a level, another in brackets, then a third, every one of them)
_BRACKETED_LEVELS_RE = re.compile(r"(?:(?:各|[一二三四五六七八九十两\d]+个?)[省市区县][（(][省市区县、]{1,5}[）)]|[县市][（(][市区县][）)])$")


_LISTED_LEVEL_RE = re.compile(r"[市区县省州旗]{1,2}(?:[（(][市区县][）)])?、$")  # (县、 / 县(市)、 / 旗、 / 县市、)


def _listed_levels(text: str, at: int) -> bool:
    """各县、区人民政府 / 各市、县、区政府 / 各州、市、县、区人民政府 / 各县(市)、区人民政府 / 各旗、县、区人民政府: levels
    listed after 各, every body of them, not one (省、市政府 without 各 are this document's province and city)."""
    start = at
    while listed := _LISTED_LEVEL_RE.search(text, max(0, at - 5), at):
        at = listed.start()
    # (各区(市)县政府: levels in brackets, every one's government too)
    return text[at - 1 : at] == "各" and at < start or _BRACKETED_LEVELS_RE.search(text, max(0, at - 8), at) is not None


def _field_words_before(text: str, at: int) -> bool:
    """Whether the words of a field run into the name at ``at`` (商贸旅游局, 体育和旅游局), not a list's mark or the
    end of the body listed before it (市财政局和旅游局)."""
    before = text[at - 1 : at] if at else ""
    if before in ("、", "与", "及") or not re.match(f"[{CJK}]", before):
        return False
    return before != "和" or text[at - 2 : at - 1] not in BODY_NAME_ENDS


BODY_NAME_ENDS = "局委办厅府院会室处科队所站部司署心"  # the characters a body's name ends with (…局, …委, …中心)


def _word_before_level(text: str, at: int) -> bool:
    """Whether the level character at ``at`` ends a word with the one before it (城市, 全区), or a zone's name with
    the two before it (开发区安委会, 经开区财政局: the zone's bodies, no district's)."""
    return at > 0 and text[at - 1] in _NOT_PREFIX_BEFORE.get(text[at], ()) \
        or text[at] == "区" and text.endswith(_ZONE_WORDS_BEFORE_DISTRICT, 0, at)


_ZONE_WORDS_BEFORE_DISTRICT = ("开发", "经开", "高新", "保税", "试验", "集聚", "功能")
# Unit-like name endings, for units a responsibility list names that the gazetteer lacks.
SUBDISTRICT_SUFFIXES = ("街道办事处", "街道", "镇人民政府", "镇政府", "镇", "乡人民政府", "乡政府", "乡", "管理办")
COMPANY_SUFFIXES = ("集团有限公司", "有限公司", "股份公司", "集团", "公司")
_NOT_BODIES = ("Field", "Program", "Policy")  # the gazetteer's names that are no body
_DISCOVER_HEAD = "(?:国务院|国家|中共中央|中央|全国)"
_DISCOVER_HEAD_RE = re.compile(_DISCOVER_HEAD)
_SET_UP_IN_NAME_RE = re.compile("(?:决定|同意|批准)?(?:成立|设立|组建|建立|撤销)")
_DISCOVER_RE = re.compile(
    _DISCOVER_HEAD +
    rf"[{CJK}]{{2,18}}?(?:部际联席会议|联席会议|领导小组|委员会|管理局|总局|办公室|办公厅|机构|督察组)"
)
# A partner named by a short form the gazetteer lacks: 协同市更新办开展… (the working partner of a
# 会同/协同 is always a unit, so 市X办 there is read as this city's office X; 市财政(地税)局 too).
_PARTNER_SHORT_RE = re.compile(rf"(?:会同|协同|联合|配合|会商|商请)(市|区|县|省)([{CJK}]{{2,4}}?)(?:[（(][{CJK}]{{1,4}}[）)])?(办|委|局)")
# Two national bodies run together (中共中央办公厅国务院办公厅印发…): each is found by its own name, neither is this.
_RUN_TOGETHER_RE = re.compile("(?:办公厅|办公室|委员会|总局)(?=国务院|中共中央|国家)")
_STANDARDS_COMMITTEES = ("标准化技术委员会", "专业标准化技术委员会")  # experts drafting standards: no government body
_DISCOVER_STOP = set("的在对为将与及和等是了把由向从以其并或按于")
# What a ministry's name ends a word with (科技部门, 建设部分, 交通部署, 道路交通部位): no ministry
_NOT_AFTER_MINISTRY = frozenset("门分署位")
_MINISTRY_DOING_IN_PARTS = ("分年度", "分批", "分期", "分别", "分两", "分三")  # (水利部分年度下达…: the ministry, by year)
MAX_BARE_STEM = 10
# A body's short form inside a document number (国办发〔2020〕43号, 工信厅信管〔2021〕10号): no mention.
_DOC_NUMBER_AFTER_RE = re.compile(rf"[{CJK}]{{0,4}}?[〔［\[]\s*(?:19|20)\d{{2}}")
# A place's coordinating body (市数字化转型工作领导小组, 静安区城市更新工作领导小组); the national
# ones (国务院…领导小组) are :data:`_DISCOVER_RE`'s.
# (南陵县未成年人保护工作委员会, 咸阳市健康咸阳建设工作委员会办公室: a committee coordinating one field's work)
_LOCAL_GROUP_WORDS = ("领导小组", "协调小组", "联席会议", "工作委员会", "工作专班", "指挥部", "专责小组")
_LOCAL_GROUP_RE = re.compile("|".join(sorted({w + "办公室" for w in _LOCAL_GROUP_WORDS if w != "工作专班"} | set(_LOCAL_GROUP_WORDS),
                                              key=len, reverse=True)))
_LOCAL_GROUP_MAX_RUN = 20
MIN_SHORT_PLACED_GROUP = 4  # (贵州领导小组: a short name and a group word, no group's own name)
# Verbs a group's name cannot hold: the name starts after the last (…牵头建立联席会议, 由区长担任指挥部…).
_NOT_IN_GROUP_NAME_RE = re.compile("牵头|建立|成立|设立|组建|担任|召开|健全|完善|负责|统筹|推进|通过|依托|实行|落实|任")
# Words that open with a level character but name no place: 市场, 区域, 县域, 省级, 市民, 区长, 市领导,
# 市里, 区各部门, 市区两级.
_NOT_AFTER_LEVEL = set("场域级民内外属直长领里各两区容政块位划间")
_REPLY_NUMBER_RE = re.compile(rf"([{CJK}]{{1,4}}?)(?:建议|建函|建字|提案|提函|提字|复函|议|案)\s*[〔\[［(（]")  # (农办议〔2020〕466号, 农办案〔2023〕177号)
DEPARTMENT_SELF_REFERENCES = ("我厅", "我局", "我委", "我办")  # how a department calls itself (its number's ending, a report's voice)
_NUMBER_KIND_LETTERS = "函复字发建提议案办呈报"  # (农函, 发改提, 住建议字: the letters after a body's sign say the document's kind)
_REPLY_KIND_SIGNS = ("建提", "建议", "提案", "议案", "提复", "建复", "政协", "人大")  # (a number's letters for the reply's kind, not its writer)
_NATIONAL_SIGN_RE = re.compile(rf"^([{CJK}]{{1,3}}?)(厅|部)[{CJK}]{{0,4}}\s*[〔\[［]")  # 工信厅科函〔, 工信部联科〔
MAX_SIGN_SHORTENING = 2  # characters a number's sign may leave out of its body's stem (商 for 商务厅)
MAX_RENAMED_GROWTH = 2  # characters a reform added to a renamed stem (农业局 → 农业农村局)
_NUMBER_LETTERS_RE = re.compile(rf"([{CJK}]{{2,7}})[〔\[［(（﹝]")  # 闽|文旅提案〔: the place's sign, then the body's
SELF_REFERENCES = ("我委", "我局", "我办", "我厅", "我部", "本委", "本局", "我中心", "我署", "我院")
# In a reply 我们 is the writing body too; in a plan it may be anyone (the Party, the city).
REPLY_SELF_REFERENCES = (*SELF_REFERENCES, "我们", "我部门", "我单位")
# A sub-district office or a town writes of itself by its kind: 街道将…, 我镇已….
_GOVERNMENT = "人民政府"
_KIND_SELF_REFERENCES = (("街道办事处", ("我街道", "本街道", "街道")), ("镇人民政府", ("我镇", "本镇")),
                         ("乡人民政府", ("我乡", "本乡")), ("镇", ("我镇", "本镇")), ("乡", ("我乡", "本乡")))  # (大场镇: a town named bare)


_COMPANY_SELF_REFERENCES = ("我公司", "本公司", "我集团", "本集团")  # a company answering a suggestion itself


def kind_self_references(issuers: list[Mention]) -> tuple[str, ...]:
    """The words the first issuer uses for itself by its kind (街道 for a 街道办事处)."""
    name = issuers[0].name if issuers else ""
    refs = next((refs for suffix, refs in _KIND_SELF_REFERENCES if name.endswith(suffix)), ())
    if name.endswith(COMPANY_SUFFIXES):
        refs += _COMPANY_SELF_REFERENCES  # (盘锦水务集团有限公司 writing 我集团一直积极配合…)
    if name.endswith(_GOVERNMENT) and name[-len(_GOVERNMENT) - 1 : -len(_GOVERNMENT)] in ("区", "县"):
        # 滨海新区将…纳入全区攻坚行动: a district government names itself by its place
        place = name[: -len(_GOVERNMENT)]
        short = place.split("市", 1)[1] if "市" in place[:-1] else ""
        refs += tuple(r for r in (place, short, f"我{place[-1]}", f"本{place[-1]}") if len(r) >= 2)
    return refs


@dataclass(frozen=True)
class Jurisdiction:
    """Where a document speaks from: its city (上海市) and district (上海市黄浦区), if any."""

    city: str = ""
    district: str = ""  # full, e.g. 上海市松江区
    national: bool = False
    province: str = ""  # 甘肃省 for a 庆阳市 document; "" under a municipality
    unnamed_province: bool = False  # the text speaks for its province (我省), or for a city in it, and never names it
    unnamed_city: bool = False  # the text speaks for its city (我市) and never names it
    unnamed_county: str = ""  # the level (县, 区 or 旗) the text speaks for (我县) when it never names its county or city

    def own_level(self) -> str:
        """The level a bare department of this document belongs to: its district's, else its
        city's, else its province's ("" for a national document, and for a city's or county's that never names
        itself, whose province may still be known: its bodies are named as written)."""
        return "区" if self.district else "市" if self.city else "省" if self.province and not (self.unnamed_city or self.unnamed_county) else ""

    def place_of(self, level: str) -> str:
        """The place a level character stands for in this document (市 → its city, 区/县 → its district)."""
        # (区 in an autonomous region's own text, with no city or district: the region, 自治区党委办公厅)
        region = self.province if self.province.endswith("自治区") and self.city in ("", self.province) else ""
        prefecture = self.city if self.city.endswith(_PREFECTURE) else ""  # (州委宣传部: an autonomous prefecture's own)
        banner = self.district if self.district.endswith("旗") else ""  # (旗委: a banner's own)
        return {"市": self.city, "省": self.province, "区": self.district or region, "县": self.district, "州": prefecture,
                "旗": banner}[level]

    def body_place_of(self, level: str) -> str:
        """The place this document's bodies of a level are named with: a city's district keeps its city, a
        county stands alone (市 → 保山市, 县 → 龙陵县, not 保山市龙陵县; see ``named_place``)."""
        place = self.place_of(level)
        if level in "区县旗" and self.city and place.startswith(self.city):
            return named_place(place, place[len(self.city) :])
        return place

    def district_short(self) -> str:
        """The district's name without its city's (黄浦区 of 上海市黄浦区); "" when the district is not the city's."""
        return self.district[len(self.city) :] if self.city and self.district.startswith(self.city) else ""

    def place_names(self) -> tuple[str, ...]:
        """How the text may name its own place: 上海市, 上海市黄浦区, 黄浦区."""
        return tuple(p for p in (self.city, self.district, self.district_short()) if p)


_TITLE_LEAD_RE = re.compile(r"^(?:关于对|关于|对)(?:政协|人大)?")  # (关于政协兴县十届二次会议…: 兴县)
OFFICE_OF_BODY_RE = re.compile("(?:办公厅|办公室|综合司)$")


_ZONE_BODY_RE = re.compile("(?:开发区|新区|园区|产业园)(?:管理委员会|管委会|开发建设管理委员会)")


def _short_city_and_county(name: str) -> tuple[str, str] | None:
    """The city and county a body's name opens with, both without their kind (重庆綦江高新技术产业开发区管理委员会:
    重庆市, 重庆市綦江区), or a county-level city's alone (嵊州经济开发区管理委员会: 嵊州市, read as its text's 市), as a
    zone in the county is named; None."""
    for n in (2, 3):
        city = name[:n] + "市"
        counties = counties_of(city) if is_place(city) else ()
        # (a county's name without its kind; one character, as 东 of 东区, names nothing)
        county = next((c for c in counties if len(c) > 2 and name.startswith(c[:-1], n)), "")
        if county:
            return city, city + county
    county = name[:2] + "市"  # (嵊州经济开发区管理委员会: a zone of 嵊州市, a county-level city, whose 市 its text means)
    if city_of(county) and _ZONE_BODY_RE.search(name, 2):
        return county, ""
    return None


# Areas a run ending in 区 names that are no district (市区 downtown, 景区, 园区, 社区, 校区, 辖区 …).
_NOT_DISTRICT_AREAS = ("市区", "景区", "园区", "社区", "小区", "街区", "片区", "辖区", "校区", "山区", "林区", "库区", "矿区", "牧区", "灾区", "商区")


def jurisdiction_of(issuers: list[str], title: str, doc_number: str, text: str,
                    gazetteer: Gazetteer | None = None) -> Jurisdiction:
    """Read the document's level from its issuer's name, title and number (and, with the
    gazetteer, from what its issuers are: 工业和信息化部 and 财政部 write nationally)."""
    city = district = ""
    for name in issuers + [_TITLE_LEAD_RE.sub("", title)]:  # 对沙河市第九届人民代表大会…: the place, not 对
        short = _SHORT_PREFECTURE_RE.match(name)
        if short and not city and (prefecture := prefecture_of_short_name(short.group(1))):
            city = prefecture  # 甘南州林业和草原局: 甘南藏族自治州's
            continue
        if not city and (placed := _short_city_and_county(name)):
            city, district = placed  # 重庆綦江高新技术产业开发区管理委员会: a zone in 重庆市綦江区
            continue
        m = _CITY_RE.match(name)
        if m and not city and not re.search("县|区(?<!自治区)(?<!地区)", m.group(1)) and is_place(m.group(1)):  # not 国家市(场…)
            city = m.group(1)
        rest = name[len(city):] if city and name.startswith(city) else name
        if city and (branch := _BRANCH_DISTRICT_RE.fullmatch(rest)):
            # (葫芦岛市公安局南票分局: the city bureau's branch in 南票区; 阳泉市公安局城区分局: in a district the table
            # lacks, read as no district, not 公安局城区)
            county = next((c for c in (branch.group(1), branch.group(1) + "区", branch.group(1) + "县") if c in counties_of(city)), "")
            district = district or (city + county if county else "")
            continue
        d = _DISTRICT_RE.match(rest)
        if d and not district and len(d.group(1)) >= 2 and (not d.group(1).startswith(("市", "区")) or is_shared_county(d.group(1))) \
                and not d.group(1).endswith(_REGION) and d.group(1) != _PREFECTURE_LEVEL:  # (自治区政协, 地区发改委: no district)
            county = d.group(1)
            if county.endswith("新区") and not is_place(county) or county.endswith(_NOT_DISTRICT_AREAS) and not is_place(county):
                county = ""  # (瑞安滨海新区管委会: a zone, no district; 关于加强市区校园周边…: downtown, no district 加强市区)
            elif county.endswith(("县", "旗")) and not is_place(county):
                # (金平县民政局: 金平苗族瑶族傣族自治县's, 科右中旗人民政府: 科尔沁右翼中旗's; 前期县退役军人事务局, a
                # sentence's 前期 before 县…, and 红旗…, a word: no county)
                county = county_of_short_name(county)
            elif county[0] in _FUNCTION_CHARACTERS and not is_place(county) and not is_shared_county(county):
                # (关于在区人民医院新建…: a title's 在, then the district's hospital, no district 在区; 将贵阳高新区…: 贵阳高新区)
                county = county[1:] if len(county) > 2 else ""
            district = (city or "") + county if county else ""
    if district and not city:
        city = county_city(district, text)  # 城口县 is in 重庆市: its 市发改委 is 重庆市's
    if not city and (branch := next((m for name in issuers if name.startswith("市") and (m := _BRANCH_DISTRICT_RE.fullmatch(name, 1))),
                                    None)) and city_of(branch.group(1) + "区"):
        city = county_city(branch.group(1) + "区", text)  # (市生态环境局北仑分局: the branch in 北仑区 of 宁波市's bureau)
    if not city and (doc_number.startswith("沪") or text[:4000].count("上海") >= 2):
        city = SHANGHAI
    national_issuers = bool(issuers) and gazetteer is not None and all(
        (entry := gazetteer.lookup(name) or gazetteer.lookup(OFFICE_OF_BODY_RE.sub("", name))) is not None
        and entry.level == "national" for name in issuers)  # 发展改革委办公厅 writes for 发展改革委
    nationally_signed = bool(gazetteer and national_signer(doc_number, gazetteer))  # 农办议〔2020〕466号: 农业农村部's
    if not city and not national_issuers and not nationally_signed \
            and not any(n.startswith(("国务院", "国家", "中共中央", "中华人民共和国")) for n in issuers):
        # (桂建函〔2018〕532号 over a text that speaks as 我厅: a province's department, whatever city it names most)
        provincial = "我厅" in text[:4000] and bool(province_abbreviated(doc_number, text))
        city = _city_writing_in_full(issuers, text) or ("" if provincial else _most_mentioned_city(text))
        county = (_county_before_titled_year(title) or _only_county_named(text)) if not district and not issuers else ""
        if county and (not city or county_city(county, text) == city):
            # an unsigned text that names one county (结合贵池区实际) and at most its city: that county's
            district, city = county, county_city(county, text)
        elif not city and issuers and all(name.startswith("市") for name in issuers) and (county := _only_county_named(text)) \
                and text.count(county) >= MIN_COUNTY_MENTIONS:
            # (市退役军人事务局 on 郧阳区's cemetery, never naming its city: 郧阳区's city; not 学习浦东新区政府…经验 once)
            city = county_city(county, text)
    # (您在区政协五届四次会议期间提出的…: the opening answers a district's session when the title does not say)
    county_speaking = _DISTRICT_TITLE_RE.search(title) or _DISTRICT_SELF_RE.search(text, 0, 4000) \
        or (None if title else _DISTRICT_TITLE_RE.search(text, 0, MAX_OPENING_REACH))
    county_level = county_speaking is not None
    # (no writer, or one named by its level or bare: 来源: 区文化旅游和体育局, 主办: | 农业农村局 |)
    placeless = all(name[:1] in "区县旗" or gazetteer is not None and name in gazetteer.stems for name in issuers)
    if city and not district and placeless and city != province_of(city) and county_level:
        district = _district_named_most(text, city, doc_number)  # an unsigned reply to 区政协 that speaks of 普陀区
    if not city and not district and placeless and county_level and (county := county_named_most(text[:20000])):
        district, city = county, county_city(county, text)  # a reply to 旗政协 that speaks of 乌拉特中旗, never of its city
    if not city and not district and placeless and (county := _county_writing_in_full(issuers, text)):
        district, city = county, county_city(county, text)  # (signed 县文旅局, the page's 来源:阜蒙县文旅局: that county's)
    if not city and not district and placeless and (portal := _PUBLISHING_GOVERNMENT_RE.search(text, 0, 4000)):
        # (来源:住房和城乡建设局 … 发布机构 镇安县政府: the portal's government posts its department's reply)
        place = portal.group(1) or portal.group(2)
        district, city = (place, county_city(place, text)) if city_of(place) else ("", place if is_place(place) else "")
    if not district and (not city or city_of(city).endswith(_PREFECTURE)) and _PREFECTURE_SPEAKING_RE.search(title + text[:4000]):
        city = prefecture_of_counties_named(text[:20000]) or city  # a reply to 自治州政协 that speaks of 博乐市、精河县
    if not city and not district and any(name.startswith(_PREFECTURE_LEVEL) for name in issuers):
        city = prefecture_of_counties_named(text[:20000], _PREFECTURE_LEVEL)  # 地区发改委 writing of 沙湾县: 塔城地区's
    if district and city and not district.startswith(city):
        district = city + district
    # 闽文旅提案〔2024〕56号, 闽农督函〔2025〕126号 from a writer named without its place (省农业农村厅)
    signed_province = "" if city else province_abbreviated(doc_number, text)
    unplaced = not city and not signed_province and not national_issuers and not nationally_signed
    if unplaced and (any(n.startswith("省") for n in issuers) or "我省" in text[:4000] or _at_least_two(_BARE_PROVINCE_BODY_RE, text)
                     or _PROVINCE_SESSION_RE.search(title)):
        # 省卫生健康委 writing of 《贵州省…纲要》: 贵州省's; 省大数据局 writing 贵州持续发力…: 贵州省's too
        signed_province = province_named_most(text[:20000]) or province_named_short(text[:20000])
    if unplaced and not signed_province and _PROVINCE_LEADERSHIP_RE.search(text, 0, 20000):
        signed_province = province_of_cited_numbers(text[:20000])  # 省委办公厅《…》(川委厅〔2018〕29号): 四川省's
    if unplaced and not signed_province:
        signed_province = region_named_short(text[:20000])  # 自治区发展改革委 in a text that says 广西 alone: 广西壮族自治区's
    if signed_province and not province_of(signed_province):
        city, signed_province = signed_province, ""  # 京, 津, 沪, 渝: municipalities, read as cities
    # (对我市…, 关于市十三届政协…提案, 我县, a writer named 市…: a city's or county's own text, whatever its number looks
    # like: 宝农函〔2024〕153号)
    speaks_for_city = _OWN_CITY_RE.search(text, 0, 4000) is not None or _CITY_SESSION_RE.search(title or text[:MAX_OPENING_REACH]) is not None \
        or any(n.startswith("市") for n in issuers) \
        or _at_least_two(_BARE_CITY_BODY_RE, text)  # (市人民政府办公室 issuing 十政办发〔2023〕19号; (市发改委牵头) notes)
    national = not signed_province and (national_issuers or not city and bool(re.match(r"^(国务院|国家|中共中央|中华人民共和国|全国)", "".join(issuers[:1]) or doc_number)) or (
        not city and not speaks_for_city and not county_level and re.match(rf"^[{CJK}]{{1,4}}[〔\[]", doc_number or "") is not None and not doc_number.startswith("沪")
        and not doc_number.startswith(tuple(_LEVEL_CHARACTERS))  # (市应急函〔2020〕65号: a city body's own number)
        and not any(name[:1] in _LEVEL_CHARACTERS or gazetteer is not None and name in gazetteer.stems for name in issuers)
        # (县人民政府办公室 issuing 嘉政办发〔2021〕5号, 财政局 issuing 沭财复字〔2022〕4号: a local body's own number)
        and not _LOCAL_ADDRESSEES_RE.search(text, 0, MAX_OPENING_REACH)  # (各镇人民政府,各街道办事处,区政府各委、办、局: a district's)
    ))
    province = province_of(city) or signed_province  # a province's own row names itself
    speaks_for_province = _OWN_PROVINCE_RE.search(text, 0, 4000) is not None
    unnamed_city = not city and not national and not speaks_for_province and speaks_for_city
    unnamed_province = unplaced and not province and (speaks_for_province or unnamed_city)  # (a city's 省文旅厅: its province's)
    # (关于县十八届人民代表大会…的答复, 我县: the level it speaks for; 我区 in an autonomous region's text is the region)
    unnamed_county = "" if city or district or national or county_speaking is None or province.endswith(_REGION) \
        else county_speaking.group()[0] if county_speaking.re is _DISTRICT_TITLE_RE else county_speaking.group()[-1]
    if (unnamed_city or unnamed_county) and not province and (named := province_named_most(text[:20000])):
        # (a county's text that never names itself: 省工业和信息化厅等7部门出台了《湖南省…办法》: its province's 厅)
        province, unnamed_province = named, False
    return Jurisdiction(city=city, district=district, national=bool(national and not city), province=province,
                        unnamed_province=unnamed_province, unnamed_city=unnamed_city, unnamed_county=unnamed_county)


_OWN_PROVINCE_RE = re.compile("我省|本省")
_OWN_CITY_RE = re.compile("我市|本市|全市")
# (对市九届人大二次会议…建议的答复: a reply to its city's congress, whichever city it is)
_CITY_SESSION_RE = re.compile(rf"(?:(?<![{CJK}])|(?<=[对在于]))市(?:第?[一二三四五六七八九十]+届)?(?:人大|政协)")
def _county_writing_in_full(issuers: list[str], text: str) -> str:
    """The county whose name a writer signed by its level (县文化旅游和广播电视局) has where the page names it in full
    (来源:阜蒙县文化旅游和广播电视局), near the top; ""."""
    for name in issuers:
        if name[:1] in "县区旗" and len(name) > 3:
            for m in re.finditer(rf"([{CJK}]{{1,8}}{name[0]}){re.escape(name[1:])}", text[:MAX_OPENING_REACH]):
                # (来源阜蒙县…: the place is where the run ends; the longest name first: 阳新县, not 新县 inside it)
                for n in range(len(m.group(1)), 1, -1):
                    place = m.group(1)[-n:]
                    county = place if is_place(place) else county_of_short_name(place)
                    if county and city_of(county):
                        return county
    return ""


# (发布机构 镇安县政府, 发布机构 | 腾冲市人民政府 |, 来源:罗源县: the portal of a place's government, which posts its
# departments' texts)
_PUBLISHING_GOVERNMENT_RE = re.compile(rf"(?:(?:发布机构|发布单位|发文机关)\s*[:：|]?\s*([{CJK}]{{2,10}}?[市县区旗])(?:人民)?政府"
                                       rf"|来源\s*[:：]\s*([{CJK}]{{2,10}}?[市县区旗])(?:(?:人民)?政府)?)(?![{CJK}])")


# A ministry's department or institution written right after it (…部中小企业局, …部信息中心).
_SUB_UNIT_RE = re.compile(rf"([{CJK}]{{2,10}}?)(?:(?<!公)司|局|分署|办公厅|办公室|中心|研究院|研究所|监督站)(?![局司厅](?!长))")  # (海关总署广东分署)
_SUB_UNIT_STOP_RE = re.compile(
    r"^(?:国家|国务院|中央|中华|中国)|[和与及等将在对的为由、副各]|会同|^[同会]|约谈|批准|督办|通报|印发|发布|相关|有关|负责|组织|联合|开展|指导|支持|牵头|主办|承办|推动|委托"
)
# 自然资源部办公厅印发…: the ministry's general office acting, alone or with others (公安部办公厅、住房和城乡建设部办公厅
# 联合印发…); in a signature or a copy list the ministry is read
_GENERAL_OFFICE_RE = re.compile(rf"()办公厅(?=(?:[、和与][{CJK}]{{2,14}}?办公厅)*(?:联合|共同)?(?:印发|发布|下发|发出|组织|部署|制定|出台|公布))")
_INSTITUTION_SUFFIXES = ("中心", "研究院", "研究所")
# A department whose name joins two fields (节能与综合利用司, 政策与法规司): 与/和 inside it join no bodies.
_DEPARTMENT_RE = re.compile(rf"([{CJK}]{{2,4}}[与和][{CJK}]{{2,6}}?)(?<!公)司")
_JOINED_DEPARTMENT_WORDS_RE = re.compile(rf"(?<=[{CJK}])[与和](?=[{CJK}]{{2}})")  # (核与辐射安全中心)
_BRACKETED_DEPARTMENT_RE = re.compile(rf"[（(]([{CJK}]{{2,12}}?(?:(?<!公)司|局))[）)]")
# A standing committee's own committees and offices (市人大常委会选举任免代表工作委员会, …代表工委).
_CONGRESS_BODY = "人大常委会"
_NOT_IN_CONGRESS_UNIT_RE = re.compile("[市区县省]|政府|听取|审议|批准|通过|关于|召开")
_CONGRESS_UNIT_RE = re.compile(rf"([{CJK}]{{0,12}}?)(?:工作委员会|委员会|工委|办公厅|办公室|研究室)")
# (its name ends at a mark, or where the office acts: 县政府政务督查室将对…; a supervision office whatever follows:
# 州政府督查室及时…)
_GOVERNMENT_OFFICE_AFTER_RE = re.compile(rf"[{CJK}]{{1,4}}?(?:局|办公室|办|室|处)(?=[^{CJK}]|$|将|要|已|负责|牵头|会同)|(?:政务)?督查(?:室|局|办)")


def named_place(district: str, short: str) -> str:
    """The place a county-level division's own bodies are named with: a city's district keeps its city
    (昆明市东川区文化和旅游局, for districts of one name are many), a county or county-level city stands
    alone (湘阴县交通运输局, 舞钢市教育体育局)."""
    return short if short and short != district and short.endswith(("县", "旗", "市")) else district


def county_place(county: str) -> str:
    """How a county-level division's bodies are named: a district with its city (长春市二道区), a county or
    county-level city alone (华宁县)."""
    return named_place(city_of(county) + county, county) if city_of(county) else county


def _local_readings(found: list[Mention]) -> list[Mention]:
    """A bare national short form (林业局) in a text that also names the local body of that stem
    (县林业局) means the local one: 指导林业局 in a 城口县 reply is 城口县林业局."""
    local = {m.surface[1:]: m for m in found if m.surface[:1] in ("市", "区", "县") and m.properties.get("level") in ("municipal", "district")}
    return [replace(local[m.surface], start=m.start, end=m.end, surface=m.surface)
            if m.properties.get("level") == "national" and m.surface in local else m for m in found]


def _place_named_before(text: str, level_at: int) -> str:
    """The place whose name ends at the level character (重庆市 in 重庆市委, 四川省 in 四川省委); ""."""
    return next((place for n in (2, 3, 4) if level_at >= n and (is_known(place := text[level_at - n : level_at + 1]) or province_of(place))), "")


# 政府 as a modifier: 区政府投资项目 are government-funded projects, not the district government.
_GOVERNMENT_AS_MODIFIER_RE = re.compile("投资|采购|债务|债券|购买|和社会资本|与社会资本|性基金|引导基金|定价|补贴")


def _divisions(text: str) -> list[Mention]:
    """A department's divisions a clause gives work to (see :data:`_DIVISION_VERB_RE`), named as written."""
    found = []
    for verb in _DIVISION_VERB_RE.finditer(text):
        clause = max(text.rfind(mark, max(0, verb.end() - MAX_DIVISION_LIST), verb.end()) for mark in _CLAUSE_BREAKS)
        m = _DIVISION_LIST_RE.search(text, max(0, clause + 1, verb.end() - MAX_DIVISION_LIST), verb.end())
        if m is None or (m.start() > 0 and text[m.start() - 1] not in _CLAUSE_BREAKS + " \t　"):
            continue  # (…，法规处负责; 　法规处  负责…: a line's first unit after its indent)
        if _NOT_A_DIVISION_RE.match(m.group()) or m.group().endswith("办事处"):
            continue  # 推行科室负责制: a practice, no division; 由新城街道办事处负责: a sub-district, read as one
        assigning = _ASSIGNING_VERB_RE.match(m.group())
        offset = m.start() + (assigning.end() if assigning else 0)
        for unit in re.split("[、和及]", m.group()[assigning.end() if assigning else 0 :]):
            if not names_many_bodies(unit):
                found.append(Mention("Agency", unit, unit, offset, offset + len(unit), properties={"level": "discovered"}))
            offset += len(unit) + 1
    return found


def _place_with_committee_before(text: str, at: int) -> str:
    """The county or district named with its Party committee right before ``at`` (永仁县委县政府)."""
    before = text[max(0, at - 8) : at].rstrip("、")
    if not before.endswith("委"):
        return ""
    return next((before[-1 - n : -1] for n in (3, 4, 5) if before[-2:-1] in "县区" and is_place(before[-1 - n : -1])), "")


def is_party_department(unit: str) -> bool:
    """Whether a unit is a Party committee's department (省委组织部, 区委政法委)."""
    return _PARTY_DEPARTMENT_RE.fullmatch(unit) is not None


# 市局 / 省厅 standing alone, where a clause or list puts them (由市局统一…, 积极争取省厅支持; not 市局长, 市局级).
_UPPER_DEPARTMENT_RE = re.compile(rf"(?:(?<![{CJK}])|(?<=[由向报经请与和及对等取到在据从给为]))(市局|省厅)(?![长级])")
_DISTRICT_BRANCH_RE = re.compile(rf"([{CJK}]{{2,4}}?)分局")


def _unit_under(body: Mention, unit: str, end: int, full: str = "") -> Mention:
    """A unit written right after the body it belongs to: its name is the body's, then the unit's
    (``full``, where the text writes a short form of it)."""
    surface = body.surface + unit
    name = body.name + (full or unit)
    return Mention("Agency", name, surface, body.start, end, aliases=(surface,) if surface != name else (),
                   properties=dict(body.properties))


def _office_of_government(name: str, text: str, end: int) -> bool:
    """市政府督查局: an office of the government written after it, not the government (nor is
    区政府投资 the government: the word is a modifier there)."""
    return name.endswith("政府") and (_office_after(text, end) is not None
                                      or _GOVERNMENT_AS_MODIFIER_RE.match(text, end) is not None)


def _office_after(text: str, end: int) -> re.Match[str] | None:
    """A government's office written right after it (督查室, 金融办); not a verb ending in 办 (共同举办)."""
    office = _GOVERNMENT_OFFICE_AFTER_RE.match(text, end)
    return None if office is None or _HANDLING_VERB_END_RE.search(office.group()) or _HANDED_TO_RE.search(office.group()) else office


# 市委、市政府高度重视…: the Party committee when listed (市委金融办 and 市委员会 are other bodies).
_YOUTH_LEAGUE_RE = re.compile("团([省市区县])委")
# (省委省政府印发…: the committee glued to its own level's government, no mark between; 市委市政府督查局 is one body;
# 中共株洲市委文件: the committee's red header)
# (中共湘阴县委 closing a signature's line; 中共木兰县委木兰县人民政府: the place's committee and government run together,
# not their joint office, 中共濮阳市委濮阳市人民政府督查局)
_PARTY_COMMITTEE_RE = re.compile(rf"委(?=[、，,和与及]|文件|\n|$|([省市区县旗])(?:人民)?政府(?![{CJK}]{{0,4}}?(?:局|室|办|厅|中心))"
                                 rf"|(?P<place>[{CJK}]{{2,8}}?[省市区县旗])人民政府(?!督查|办公))")  # the level before it is checked after (a literal first is fast)
_JOINT_OFFICE_AFTER_RE = re.compile("[、和][省市区县旗]?(?:人民)?政府督查(?:局|室)")
# A level's commission for discipline inspection, with the supervisory commission it shares offices with
# (省纪委监委, 县纪委): the Party's body of the document's place, or of the place written before it.
_DISCIPLINE_COMMISSION_RE = re.compile("([省市区县旗])纪委(?:监委)?")
# A people's congress by its short name (由市人大牵头, 省人大于2023年…), or a unit of its standing committee written
# right after it (市人大法工委, 县人大办, 市人大代选工委); not its deputies, session, standing committee (a stem) or
# the suggestions made at it.
_CONGRESS_SHORT_RE = re.compile(rf"([省市区县旗])人大(?P<unit>[{CJK}]{{0,3}}?(?:工委|委|办)(?![{CJK}]{{0,1}}(?:会|主任|委员)))?")
_NOT_AFTER_CONGRESS_RE = re.compile(r"代表|常委|常务|会议|届|第|[一二三四五六七八九十\d]|建议|议案|提案|主任|委员")
# A political consultative conference by its short name (市政协高度重视…), or one of its committees or offices listed
# or addressed (县政协提案委、…, 市政协办公厅）, 市政协民宗委:); not its members (区政协陈金新委员), sessions or proposals.
_CPPCC_SHORT_RE = re.compile(rf"([省市区县旗])政协(?P<unit>[{CJK}]{{0,4}}?(?:委员会|办公厅|办公室|(?:委|办)(?![{CJK}])))?")
# The Party's and the State Council's general offices by their short names, acting (中办、国办印发…, 国办将会同…);
# not inside a word (集中办理, 全国办结) nor a document number's sign (国办发〔2020〕43号).
_CENTRAL_OFFICES = {"中办": "中共中央办公厅", "国办": "国务院办公厅"}
_CENTRAL_OFFICES_RE = re.compile(f"(?<![{CJK}])(中办|国办)(?=[、，,。；和与及]|将|已|正|会同|联合|印发|牵头|负责)")
_TERM_RE = re.compile(r"第|[一二三四五六七八九十\d]")
_NOT_AFTER_CPPCC_RE = re.compile(rf"委员|会议|届|第|[一二三四五六七八九十\d]|提案|常委|主席|副主席|党组|机关|[{CJK}]{{2,3}}委员")
# A Party committee's own department (省委组织部, 市委宣传部, 区委政法委): a body under the committee.
_PARTY_DEPARTMENTS = ("组织部|宣传部|统战部|政法委|网信办|改革办|农办|编办|办公厅|办公室|人才发展局|人才办|全面深化改革委员会办公室|深改办"
                      "|政策研究室|政研室|军民融合发展委员会办公室|军民融合办|农村工作部|农工部|老干部局|机关工委|社会工作部|社会工委|巡察办|督查办|督查室|外办|台办|党史研究室"
                      "|农村工作领导小组办公室|金融委员会办公室|金融办|依法治[省市区县]委员会办公室|依法治[省市区县]办|目标绩效管理办公室|目标绩效办"
                      "|办(?=[、，,。；;和与及]|牵头|负责|会同|联合)")  # (转隶到县委办,…; 市委办、市政府办联合印发: its office)
# Short forms of departments named in full (编办, 网信办 and the others are named as the text writes them).
_PARTY_DEPARTMENT_NAMES = {"政研室": "政策研究室", "深改办": "全面深化改革委员会办公室", "人才办": "人才工作领导小组办公室",
                           "外办": "外事工作委员会办公室", "台办": "台湾工作办公室", "巡察办": "巡察工作领导小组办公室",
                           "社会工委": "社会工作委员会", "督查办": "督查办公室", "编办": "机构编制委员会办公室",
                           "农办": "农村工作领导小组办公室", "金融办": "金融委员会办公室", "目标绩效办": "目标绩效管理办公室", "办": "办公室",
                           "军民融合办": "军民融合发展委员会办公室", "农工部": "农村工作部",
                           **{f"依法治{level}办": f"依法治{level}委员会办公室" for level in "省市区县"}}
_PARTY_DEPARTMENT_RE = re.compile(rf"([省市区县州旗])党?委({_PARTY_DEPARTMENTS})")  # (自治区党委办公厅, 州委宣传部, 旗委组织部)
_PARTY_DEPARTMENT_AFTER_RE = re.compile(rf"委(?:{_PARTY_DEPARTMENTS})")
_CITY_SELF_RE = re.compile("我市|市政协|市人大")
_EXAMPLE_BEFORE_RE = re.compile("学习|借鉴|参照|参考|对标|赴|前往|考察|学|向|与")  # (学习借鉴深圳市先进经验: another city, an example)
_CITY_MENTION_RE = re.compile(rf"([{CJK}]{{2,3}}市)")
_NOT_IN_CITY_NAME_RE = re.compile("[和与及的在等对为向从]|直辖|单列|级市")  # 国家和市级, 直辖市, 计划单列市: words, not a city
_NOT_CITY_HEAD = set("城全我本各该都超股门夜集每省县区乡镇对")


# What follows a county named as the place the text speaks for: 结合贵池区实际, 贵池区人民政府, 贵池区委.
_COUNTY_AS_PLACE_AFTER = ("实际", "人民政府", "政府", "委", "境内", "范围内")


def _short_place_opening(text: str, start: int, end: int) -> tuple[int, str] | None:
    """A province's or city's short name opening a group's run, its verbs the name's own
    (贵州推进交通强国西部示范省建设工作领导小组办公室); only at the run's start, for inside it such a name
    may be a word's (大同, 安康); a name written out is the place's, and a verb after it opens the group's
    name (与南昌市建立党政领导联席会议制度)."""
    if end - start > MIN_SHORT_PLACED_GROUP and any(is_short_place_name(text[start : start + n]) and text[start + n] not in "省市"
                                                    for n in (2, 3)):
        return start, ""
    return None


def county_city(county: str, text: str) -> str:
    """The city a county belongs to; for a name several cities' counties share (河东区), the one
    of them the text names."""
    return city_of(county) or (city_of_shared_county(county, text) if is_shared_county(county) else "")


_TITLED_YEAR_RE = re.compile(r"(?<=[县区旗])(?:19|20)\d\d年")


def _county_before_titled_year(title: str) -> str:
    """The county an unsigned text's title names before the year its work is for (关于征集贺兰县2021年为民办实事项目的
    通知: 贺兰县's own notice), whatever other counties its body names; ""."""
    year = _TITLED_YEAR_RE.search(title)
    if not year:
        return ""
    return next((name for n in (3, 4, 5) if year.start() >= n and county_city(name := title[year.start() - n : year.start()], title)), "")


def _only_county_named(text: str) -> str:
    """The one county-level division the text speaks of as its place (结合贵池区实际), if exactly
    one is so named (words such as 和县, 城西区 inside 城西区域 are not read as places).  The words
    after it are found by str.find, and the name read back from there."""
    head = text[:20000]
    named = {head[at - n : at] for word in _COUNTY_AS_PLACE_AFTER for at in occurrences(head, word)
             if head[at - 1 : at] in ("区", "县") for n in (3, 4) if at >= n and county_city(head[at - n : at], head)}
    return named.pop() if len(named) == 1 else ""


_COUNTY_GOVERNMENT_RE = re.compile("[区县](?=(?:人民)?政府(?:牵头|负责|主导|组织实施))")  # (学习浦东新区政府经验: another city's)


# A district's or county's own reply or text: to its 区政协/县人大's deputies, or speaking as 我区/我县.
_DISTRICT_TITLE_RE = re.compile("(?<!自治)[区县旗](?:第?[一二三四五六七八九十]+届)?(?:政协|人大)")  # (区九届人大一次会议)
_PREFECTURE_SPEAKING_RE = re.compile("州(?:政协|人大)|全州|我州")  # (自治州政协十三届二次会议; not 广州, which has 市)
MAX_OPENING_REACH = 1000
_DISTRICT_SELF_RE = re.compile("我[区县旗]|全县")  # (全县学校安全工作会议: a county speaking of itself)


def _district_named_most(text: str, city: str, doc_number: str = "") -> str:
    """The one county-level division of ``city`` the text names most, at least twice and more than any
    other (普陀区以建设…, 普陀区在区级层面…): the place of a district's unsigned reply; "" — and "" when
    the number's sign names another (沪徐交复 is 徐汇区's, whatever neighbour it speaks of)."""
    head = text[:20000]
    counts = {name: head.count(name) for name in (*counties_of(city), *shared_counties_of(city))}
    named = most_counted(counts, MIN_COUNTY_MENTIONS)
    sign = doc_number.split("〔")[0].split("[")[0]
    signed = [name for name in counts if sign and name[0] in sign[1:3]]  # (沪徐…: 徐汇区)
    return "" if not named or signed and named not in signed else city + named


def _city_of_county_governments(text: str) -> str:
    """The city whose district or county governments the text gives work to (由曾都区人民政府牵头: 随州市's),
    when they are all one city's; ""."""
    head = text[:20000]
    counties = (next((head[m.end() - n : m.end()] for n in (3, 4) if m.end() >= n and is_place(head[m.end() - n : m.end()])), "")
                for m in _COUNTY_GOVERNMENT_RE.finditer(head))
    cities = {county_city(county, head) for county in counties if county}
    cities.discard("")
    return cities.pop() if len(cities) == 1 else ""


def _city_writing_in_full(issuers: list[str], text: str) -> str:
    """The city whose name the text writes before a writer named 市X (郑州市教育局积极参与… in a reply signed 市教育局)."""
    for name in (n for n in issuers if n.startswith("市") and len(n) > 2):
        for at in occurrences(text[:20000], name):
            city = next((text[at - n : at + 1] for n in (2, 3, 4) if at >= n and is_place(text[at - n : at + 1])), "")
            if city and not city.startswith("市"):
                return city
    return ""


def _most_mentioned_city(text: str) -> str:
    """A city the text names at least twice (湘潭市…), or the one known city it names, for
    documents whose issuer says only 市…."""
    counts: dict[str, int] = {}
    for m in _CITY_MENTION_RE.finditer(text[:20000]):
        name = m.group(1)
        if len(name) == 4 and is_place(name[1:]):
            name = name[1:]  # 支持宜宾市: the run took a word's last character along
        # (景德镇市: a known place whatever its characters; 镇市 elsewhere is a town's market)
        if is_known(name) or name[0] not in _NOT_CITY_HEAD and name[-2] not in _NOT_CITY_HEAD and not _NOT_IN_CITY_NAME_RE.search(name):
            counts[name] = counts.get(name, 0) + 1
    # (the most named city, among names that are places: 各区、县级市, written 47 times, is none)
    places = {name: count for name, count in counts.items() if is_place(name)}
    best = max(places.items(), key=lambda kv: kv[1], default=("", 0))
    if best[1] >= 2 or (len(counts) == 1 and is_known(best[0])):
        return best[0]  # (根据市委…根据市政府: 根据市 is no city, however often written)
    if len(places) == 1 and is_known(best[0]) and (_CITY_SELF_RE.search(text, 0, 4000) or _at_least_two(_BARE_CITY_BODY_RE, text)) \
            and not _EXAMPLE_BEFORE_RE.search(text[max(0, (at := text.find(best[0])) - 6) : at]):
        # the one city a text speaking as a city (我市, to 市政协) or working with bare 市 bodies (经与市农业农村局、
        # 市交通运输局…会商) names: 《株洲市…纲要》, 眉山市 (not 学习借鉴深圳市…)
        return best[0]
    # (the one city a text speaking as a city names, with county-level cities of its own: 黄石市, 大冶市, 阳新县)
    cities = {name for name in places if is_known(name)}
    city = next(iter(cities)) if len(cities) == 1 else ""
    if city and all(name == city or city_of(name) == city for name in places) \
            and (_CITY_SELF_RE.search(text, 0, 4000) or _at_least_two(_BARE_CITY_BODY_RE, text)) \
            and not _EXAMPLE_BEFORE_RE.search(text[max(0, (at := text.find(city)) - 6) : at]):  # (次赴宁波市: a city visited)
        return city
    if _PREFECTURE in text and (prefecture := _named_prefecture(text)):
        return prefecture
    if governments := _city_of_county_governments(text):
        return governments
    # a text that gives work to bare 市 bodies (市统计局) and names its city only by its short name
    return city_named_short(text[:20000]) if _at_least_two(_BARE_CITY_BODY_RE, text) else ""


def _office_letter_after(stem: str) -> bool:
    """农办, 编办: a body's letter and 办, which a number's sign writes for that body's office (辽农办函 is the
    农业农村厅's office), so no such stem is read from a number."""
    return len(stem) == 2 and stem[1] in _NUMBER_KIND_LETTERS


def national_signer(doc_number: str, gazetteer: Gazetteer) -> str:
    """The national body whose sign a reply's document number opens with (教建议〔2017〕第39号 →
    中华人民共和国教育部, as number_signs.tsv writes it); ""."""
    reply = _REPLY_NUMBER_RE.match(doc_number)
    if not reply:
        return ""
    sign = reply.group(1)  # 农办: the ministry's general office numbers its replies with the ministry's sign
    return gazetteer.number_signs.get(sign, "") or (gazetteer.number_signs.get(sign[:-1], "") if sign.endswith(("办", "厅")) else "")


def _at_least_two(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` is found twice in the text's first 20,000 characters (the search stops there)."""
    return len(list(itertools.islice(pattern.finditer(text, 0, 20000), 2))) == 2


# A police bureau's traffic units, as written (交警大队, 交通管理支队; the stems table gives their full names).
_POLICE_TRAFFIC_UNIT_RE = re.compile("交警(?:大队|支队)|交巡警支队|交管(?:大队|支队)|交通管理(?:大队|支队)|交通警察(?:大队|支队)")
# A local body's own centre or detachment, named right after it where it acts or at a clause's end (区交通委交通建设管理
# 中心负责…, 公安嘉定分局交警支队提出…, 区财政局评审中心对该项目完成投资评审, 利用县民政局婚姻登记中心,…): a unit of that body.
_LOCAL_PARENT_ENDINGS = ("委员会", "局", "厅")
_LOCAL_PARENT_LEVELS = ("district", "municipal", "provincial")
_SUB_UNIT_AFTER = "(?=负责|提出|牵头|具体|承担|配合|实施|组织|对|已|将|同|与|会同|在|积极|持续|及时|副?政治委员|[，,。；;\n])"
# (…公安局交警部门已经…: the police's traffic division, named by its kind; 黑龙江省公安厅消防局政治委员…, 吉林省公安厅边防局…: its fire
# and border bureaus)
_LOCAL_SUB_UNIT_RE = re.compile(rf"(?:[{CJK}]{{2,10}}?(?:中心|支队|大队|指挥部)|交[警管]部门|[消边]防局){_SUB_UNIT_AFTER}")
# A body's division named after the body (联系单位:省生态环境厅水生态环境处), and its office that prints the letter
# (云南省民政厅办公室 2019年5月29日印发); not after 我局 (我局运输股组织…: the writer's own work, by a division of it).
_LOCAL_DIVISION_RE = re.compile(rf"[{CJK}]{{2,10}}?[处科股]{_SUB_UNIT_AFTER}|办公室(?=[ \t　]*\d{{2,4}}[^\n]*印发)")
# (我局已协调区公路养护中心: a verb, after 已 too, then another body's centre)
_NOT_IN_LOCAL_UNIT_RE = re.compile("[和与及等、将在对为由]|会同|负责|牵头|配合|联合|组织|相关|有关|责成|要求|安排|立即|及时|积极|通过|指派|"
                                   "召集|委托|邀请|抽调|^各|^(?:已|正|还|也|又)?(?:支持|建设|新建|打造|下属|所属|推进|设立|成立|培育|搭建|组建|"
                                   "依托|指导|协调|督促|推动|完善|加快|筹建|改造|升级|运营)")


def _local_sub_unit(body: Mention, text: str, divisions: bool = True) -> Mention | None:
    """The centre or detachment (and, with ``divisions``, the division or printing office) named right after ``body``
    (区财政局评审中心对…, 省生态环境厅水生态环境处): a unit of that body, named with the body's full name."""
    unit = _LOCAL_SUB_UNIT_RE.match(text, body.end) or (_LOCAL_DIVISION_RE.match(text, body.end) if divisions else None)
    if unit is None or _NOT_IN_LOCAL_UNIT_RE.search(unit.group()):
        return None
    surface = text[body.start : unit.end()]
    return Mention("Agency", body.name + unit.group(), surface, body.start, unit.end(), aliases=(surface,),
                   properties=dict(body.properties))


def own_units(text: str, issuers: list[Mention]) -> list[Mention]:
    """The writer's own centre or detachment, named after the way it calls itself (我局绿化中心已与贵单位开展了沟通):
    the writer's unit, as a bureau's named after the bureau is."""
    found = []
    for issuer in issuers:
        # (a writer read without its place, 市住房和城乡建设局, names no unit of its own: 我局物安中心 is its 市物安中心)
        if issuer.properties.get("level") in _LOCAL_PARENT_LEVELS and issuer.name.endswith(_LOCAL_PARENT_ENDINGS) \
                and not opens_with_level(issuer.name[:2]):
            self_reference = "我委" if issuer.name.endswith("委员会") else "我局"
            found += [unit for at in occurrences(text, self_reference)
                      for unit in [_local_sub_unit(replace(issuer, surface=self_reference, start=at, end=at + 2), text, divisions=False)]
                      if unit]
    if len(issuers) == 1 and ("联系" in text or "来源" in text):
        found += _contact_sections(text, issuers[0])
    return found


# A contact line naming the writer's section (联系人:资源保护科 李清平; 联系单位:西藏自治区交通运输厅(综合规划处);
# 联系单位及电话:兰州市民政局区划地名科 石涛瑞), or a division as the page's source (来源:非物质文化遗产处): the run after the label,
# up to a space or a digit.
_CONTACT_RUN_RE = re.compile(rf"(联系单位|联系部门|联系科室|联系人|来源)(?:及电话|及联系人)?\s*[:：]\s*([{CJK}（）()]{{3,40}})")
# (联系人:谢学科  王刚  010-…: people whose names end like a section; after 联系人 a section is a longer name, its person's after it)
_PERSON_AFTER_RE = re.compile(rf"\s+[{CJK}]{{2,3}}(?:\s|\d|$)")
MIN_CONTACT_PERSON_SECTION = 4
# (not a body's division named after it, 省文物局博物馆与社会文物处: the writer's own sections only)
_SECTION_IN_BRACKETS_RE = re.compile(rf"[（(]?((?:(?![局厅委])[{CJK}]){{2,12}}?[处科室股])[）)]?")


def _contact_sections(text: str, writer: Mention) -> list[Mention]:
    """The writer's sections its contact lines name, alone or after the writer's own name: named after the writer
    (达州市林业和园林局资源保护科), as written where the text writes them."""
    found = []
    for m in _CONTACT_RUN_RE.finditer(text):
        run = m.group(2)
        head = next((name for name in (writer.name, writer.surface, *writer.aliases) if name and run.startswith(name)), "")
        section = _SECTION_IN_BRACKETS_RE.fullmatch(run, len(head))
        if section and m.group(1) == "来源" and not section.group(1).endswith("处"):
            continue  # (来源:人大办公室, 来源:市提案科: the office that posted the page, not the writer's own division)
        if section and m.group(1) == "联系人" and (len(section.group(1)) < MIN_CONTACT_PERSON_SECTION or not _PERSON_AFTER_RE.match(text, m.end(2))):
            continue
        if section:
            at = m.start(2) + section.start(1)
            found.append(Mention("Agency", writer.name + section.group(1), section.group(1), at, at + len(section.group(1)),
                                 aliases=(section.group(1),), properties={"level": "discovered"}))
    return found


_CLAUSE_OPENERS = "，,。；;：:、\n（("
_VERB_COUNTIES = ("会同县",)  # counties whose name is a verb that often comes before a body (会同县财政局 is 会同 + 县财政局)
# …办 as a verb, not an office (市园文局会办, 县政府共同举办: the body handles or hosts; 农办, 编办 are offices).
_HANDLING_VERB_END_RE = re.compile("[会举主协承交代包开兴停申]办$")
_HANDED_TO_RE = re.compile("我|^[转交来向给]")  # (县人民政府转来我局: the suggestion handed on, no office)
_HANDLING_ROLE_RE = re.compile("(?:主办|协办|会办|承办)单位(?![：:为是])")
# a verb of working with another body, a department named bare after it (经与教育局对接, 协调发改委和…)
_PARTNER_VERB_RE = re.compile("(?:与|协调|会同|配合|商请|会商|建议|联合|邀请)(?=[^市区县省州])")
# what may follow a partner's name: another partner, or the working together itself
_AFTER_PARTNER_RE = re.compile("对接|沟通|协调|联系|会商|进行|等|、|和|及|共同|联合|积极|密切|[，,。；;]"
                               "|开展|组织|召开|制定|出台|印发")  # (联合文旅局开展宣传: the joint work itself)
# 由 and a department named bare that leads or answers for the work (由公安局牵头,县城管局、芦阳镇配合…)
_BY_BARE_RE = re.compile("(?<![理经自])由(?=[^市区县省州我本])")
_LEADS_AFTER_RE = re.compile("牵头|负责|主导")
_POLICE_BRANCH = "公安分局"
_DISTRICT_POLICE_RE = re.compile(rf"(?:上海市)?公安([{CJK}]{{2,3}}?)分局")  # a Shanghai district's police by its short name
_LEVEL_CHARACTERS = "市区县省州"  # the level characters a department's short form opens with
# A city bureau's branch named after its district (公安局南票分局 after its city's name, or after 市: 市生态环境局北仑分局).
_BRANCH_DISTRICT_RE = re.compile(rf"[{CJK}]{{2,12}}?局([{CJK}]{{1,3}}?)分局")
# Whom only a city's, a county's or a district's document addresses: its towns, its sub-districts, its government's departments.
_LOCAL_ADDRESSEES_RE = re.compile("各(?:镇|乡|街道)|[市区县]政府各|[市区县]人民政府各")
_LEVELLED_PARTNER_RE = re.compile(rf"(?<![{CJK}])([市区县省])[{CJK}]{{1,10}}?[局委办厅](?:联合|会同|协同)(?![{_LEVEL_CHARACTERS}])")
_PROVINCE_LEADERSHIP_RE = re.compile("(?<![自治])省(?:委|政府|人民政府)")  # (not 依法治省委员会, a committee's topic)
_PROVINCE_SESSION_RE = re.compile("省(?:第?[一二三四五六七八九十]+届)?(?:人大|政协)")  # (对省政协十一届四次会议…提案的答复)
_BARE_PROVINCE_BODY_RE = re.compile(rf"(?<![{CJK}])省[{CJK}]{{1,8}}?(?:厅|委|局)")
_BARE_CITY_BODY_RE = re.compile(rf"(?<![{CJK}])市[{CJK}]{{1,8}}?(?:局|委|办)")


_PREFECTURE_MENTION_RE = re.compile(rf"[{CJK}]{{2,8}}{_PREFECTURE}")


def _named_prefecture(text: str) -> str:
    """The autonomous prefecture a text names (…日延边朝鲜族自治州第十五届…: 延边朝鲜族自治州)."""
    for m in _PREFECTURE_MENTION_RE.finditer(text[:20000]):
        name = next((m.group()[k:] for k in range(len(m.group()) - len(_PREFECTURE) - 1) if is_known(m.group()[k:])), "")
        if name:
            return name
    return ""


@lru_cache(maxsize=1024)
def _local_regex(stem_pattern: str, districts: tuple[str, ...], province_name: str, city_name: str,
                 banner: bool = False) -> re.Pattern[str]:
    named = "".join(f"{re.escape(d)}|" for d in sorted(districts, key=len, reverse=True))
    province = f"|{re.escape(province_name)}|省" if province_name else "|省"  # 云南省工信厅 as well as 省工信厅
    if province_name.endswith(_REGION):
        province = f"|{re.escape(province_name)}|{_REGION}"  # 自治区环保厅 (and 区环保厅, see resolve_local)
    # the document's own city, written with or without 市 (宜宾市科技局, 宜宾科技局)
    city = f"{re.escape(city_name)}|{re.escape(city_name[:-1])}|" if city_name.endswith("市") and len(city_name) >= 3 \
        and city_name != SHANGHAI else "".join(f"{re.escape(n)}|" for n in (city_name, short_name_of_prefecture(city_name)) if n) + f"{_PREFECTURE}|州|" \
        if city_name.endswith(_PREFECTURE) else ""
    if city_name.endswith(_OTHER_PREFECTURES):
        city = f"{re.escape(city_name)}|{next(e for e in _OTHER_PREFECTURES if city_name.endswith(e))}|"
    county = "区|县|旗" if banner else "区|县"  # (旗政府, 旗旅游局 in a banner's own text)
    # (市文明办法规, 市民生办理: 办法 and 办理 are words, no office)
    return re.compile(rf"(?P<prefix>上海市|本市|{city}{named}市|{county}{province})(?P<stem>{stem_pattern})(?!(?<=办)[法理结])")


_NUMBERED_SCHOOL_RE = re.compile("[一二三四五六七八九]中")
_HELPING_VERBS = "(?:配合|协助)(?:[，,。；;]|$)"
_BEFORE_CALLED_DEPARTMENT = "、向与和及同"  # (向市场监督管理局等相关部门: the department alone)


MAX_PREFECTURE_NAME = 8  # (伊犁哈萨克 before 自治州)


_PREFECTURE_ENDINGS = "|".join((*_OTHER_PREFECTURES, _PREFECTURE))  # (塔城地区, 兴安盟, 伊犁哈萨克自治州)
_PREFECTURE_GOVERNMENT = "行政公署"  # (a 地区's government)
# The Xinjiang Production and Construction Corps ranks with a province and has departments of its own
# (新疆生产建设兵团卫生健康委, 新疆生产建设兵团公安局), addressed beside the provinces' in national notices.
_CORPS = "新疆生产建设兵团"


@lru_cache(maxsize=8)
def _stem_after_regex(head: str, stem_pattern: str) -> re.Pattern[str]:
    """A place's name or ending (``head``: 新疆生产建设兵团, a prefecture's 地区) and a department's stem after it."""
    return re.compile(rf"({head})(?P<stem>{stem_pattern})")


@lru_cache(maxsize=4)
def _bare_list_regex(stem_pattern: str) -> re.Pattern[str]:
    """Three or more departments listed bare (发改委、商务委、财政局、文旅局), the list ending at a mark or 等, or one
    or two called departments (工业和信息化局、市场监督管理局等有关部门; 向市场监督管理局等相关部门反映; 与交警、
    综合执法局等部门), the one after a mark, a partner's word or nothing.
    (A lookahead for the stems' first characters first: the alternation is tried only where one may start.)"""
    first = "".join(sorted({alternative[0] for alternative in re.findall(r"(?:^|\|)((?:\\.|[^|])+)", stem_pattern)}))
    return re.compile(rf"(?=[{re.escape(first)}])(?:(?:(?:{stem_pattern})、){{2,}}(?:{stem_pattern})(?=等|[、，,。；;）)\s]|$)"
                      rf"|(?:{stem_pattern})、(?:{stem_pattern})(?=等(?:有关|相关)?(?:部门|单位))"  # (工业和信息化局、市场监督管理局等有关部门)
                      rf"|(?:(?<![{CJK}])|(?<=[{_BEFORE_CALLED_DEPARTMENT}]))(?:{stem_pattern})(?=等(?:有关|相关)?(?:部门|单位))"
                      # (由市市场监管局牵头,教育局配合; …牵头,教育局、公安局配合: the helpers, a clause's whole subject)
                      rf"|(?<=[，,；;])(?:(?:{stem_pattern})、)?(?:{stem_pattern})(?={_HELPING_VERBS}))")


@lru_cache(maxsize=1024)
def known_districts(gazetteer: Gazetteer, where: Jurisdiction) -> tuple[str, ...]:
    """District names (黄浦区) the gazetteer knows, this document's own district and its city's counties."""
    names = {e.jurisdiction for e in gazetteer.entries if e.level == "district" and e.jurisdiction}
    names.add(where.district)
    names.update(where.city + county for county in counties_of(where.city))  # 嵊泗县政府 in a 舟山市 text
    names.update(where.city + county for county in shared_counties_of(where.city))  # 河东区政府 in a 临沂市 text
    if where.province:  # (陵水黎族自治县政府 in a 海南省 text: a county under no city)
        names.update(county for county in counties_of("") if province_of(county) == where.province)
    short = set()
    for name in names:
        for city in (where.city, SHANGHAI):
            if city and name.startswith(city):
                short.add(name[len(city):])
    return tuple(sorted(n for n in names | short if n))


# The heads listed before a known body that shares the rest of its name, read backwards from the 、 before it
# (华北、华东、华南核与辐射安全监督站: 南华、东华、北华 reversed).
_SHARED_HEADS_RE = re.compile(rf"(?:[{CJK}]{{2,4}}、)*[{CJK}]{{2,4}}")
MAX_SHARED_HEADS = 30
# A sub-district unit's full name: 永丰街道 is 上海市松江区永丰街道办事处, 泗泾镇 its 镇人民政府.
# (how its name ends as written, how its full name ends)
_SUBDISTRICT_FULL_ENDINGS = (("街道办事处", "街道办事处"), ("镇人民政府", "镇人民政府"), ("乡人民政府", "乡人民政府"),
                             ("苏木人民政府", "苏木人民政府"), ("苏木政府", "苏木人民政府"),  # (an Inner Mongolian township)
                             ("镇政府", "镇人民政府"), ("街道办", "街道办事处"), ("街道", "街道办事处"), ("镇", "镇人民政府"), ("乡", "乡人民政府"))
_NATIONAL_DEPARTMENT_RE = re.compile(rf"国务院([{CJK}]{{2,6}}?)(?:行政)?(?:主管|管理)?(?:部门|机构)")
# (a regulation names it after the level's government and by what it does: 省人民政府科学技术主管部门, 省人民政府统计机构)
_LEVEL_DEPARTMENT_RE = re.compile(
    rf"([市区县省])(?:人民政府([{CJK}]{{2,6}}?)(?:行政)?(?:主管|管理)?(?:部门|机构)|([{CJK}]{{2,6}}?)(?:行政)?(?:主管|管理)?部门)")
# The level a listed unit's name opens with (自治区发展改革委, 区公安分局, 州水利局), read in lists of
# notes and of prose alike.
LEVEL_OPENING_RE = re.compile(f"^(?:自治区|省|市|区|县|州)(?=[{CJK}]{{2}})")


def _list_level(mention: Mention) -> str:
    """The level a listed body's name opens with (自治区发改委, 区公安分局), if it names one: not 市场监管总局,
    a national body whose name only starts like 市."""
    opening = LEVEL_OPENING_RE.match(mention.surface)
    if not opening or mention.properties.get("level") == "national" or (opening.group() != _REGION and not opens_with_level(mention.surface)):
        return ""
    return opening.group()


# A list item after a known body, up to the next list mark (or 等/和/及 closing the list, or a title the last one runs on into:
# …、疾病预防控制局联合印发了《…》).
_LIST_NEIGHBOUR_RE = re.compile(rf"[{CJK}]{{2,40}}?(?=[、，,。；;等和及《“]|$)")
_COMMA_LIST_RE = re.compile(rf"(?:[{CJK}]{{3,16}}?[，,])*[{CJK}]{{3,16}}?等(?:有关|相关)?(?:部门|单位)")
# A unit's level-prefixed name the gazetteer lacks (区市政配套中心, 市运管处), and a sub-district's.
_LOCAL_UNIT_ENDINGS = ("局", "委", "办", "处", "中心", "支队", "大队", "站")
_LOCAL_UNIT = rf"[市区县][{CJK}]{{2,12}}?(?:{'|'.join(_LOCAL_UNIT_ENDINGS)})"
_ACTING_SUBDISTRICT_ENDINGS = ("街道办事处", "街道", "镇人民政府", "镇政府")
_DUTY_SCOPE_RE = re.compile(rf"属(?P<unit>[{CJK}]{{2,10}}?)(?:职责范围|管辖范围)")
_LISTED_LOCAL_UNIT_RE = re.compile(_LOCAL_UNIT)
_LISTED_SUBDISTRICT_RE = re.compile(rf"[{CJK}]{{2,4}}(?:镇政府|镇人民政府|街道办事处|街道办|街道|镇|乡)")
_SUBDISTRICT_ACTING_RE = re.compile(rf"({_LISTED_SUBDISTRICT_RE.pattern})(?=共同|一起|一道|联合|配合|协助|负责|牵头)")
_CLAUSE_BREAKS = "，,。；;\n"
_DATE_OPENING = r"\d{1,2}\s*月\s*\d{1,2}\s*日[，,]?\s*"  # 4月12日, before a clause's actor
# A unit shown acting where a clause opens, after any date (4月12日,市运管处召集…; 区市政配套中心办结…;
# 湖南路街道将…): a clause's opening actor is a body, so a 市X处 or a X街道 the gazetteer lacks is this
# place's unit (a bare X镇 is left alone: 城镇将… is no town).
_ACTING_VERBS = "召集|会同|联合|协同|组织|牵头|负责|将|已|正在|正积极|前往|办结|统筹|积极|及时|主动"
_ACTING_UNIT_RE = re.compile(  # tried where a clause opens: led by its break (a fast scan for the mark)
    # (三是耿庄镇政府已…: after the item's label; 由新城街道办事处负责…: the unit given the work)
    rf"[{_CLAUSE_BREAKS}](?:[一二三四五六七八九十]+是)?(?:{_DATE_OPENING})?(?:由(?![我本于]))?"
    rf"(?P<unit>{_LOCAL_UNIT}|[{CJK}]{{2,4}}?(?:{'|'.join(_ACTING_SUBDISTRICT_ENDINGS)}))"
    rf"(?={_ACTING_VERBS})"
)
# A department named bare (…，自然资源规划局将…): found from the ending and the verb, then looked up as a stem.
_BARE_DEPARTMENT_END_RE = re.compile(rf"[局委办厅](?={_ACTING_VERBS}|对)")  # (…,市场监督管理局对流动商贩…进行检查)
_DATE_OPENING_RE = re.compile(_DATE_OPENING)
_CLAUSE_BREAK_RE = re.compile(f"[{_CLAUSE_BREAKS}]")
MAX_BARE_DEPARTMENT = 11
_ACTS_AFTER_RE = re.compile("(?:已经|已|正在|将|积极)(?:把|将|与|组织|开展|推进|启动|实施|安排|投入|完成|出台|制定|召开|建成|申报)")
# A level's treasury named by the word alone where it acts or is asked (县财政安排资金, 向县财政申请, 省财政分别安排):
# that level's finance bureau (a province's 财政厅); 县财政资金, 市财政补助 are money, not a body.
_LEVEL_FINANCE_RE = re.compile(rf"(?:^|(?<=[{_CLAUSE_OPENERS}由向经和与及请]))([省市区县])财政(?=安排|给予|分别|将|每年|全额|负责|统筹|再安排|"
                               "拨付|拨款|设立|筹措|投入|已|共|累计|下达|出资|等部门|、|申请)")
# The bodies a clause gives work after 由 (其余由江苏省负责筹集; 由黑龙江省、齐齐哈尔市承担三分之二; 由云南省和德宏傣族景颇族自治州自筹),
# among which places are read.
_PLACES_GIVEN_WORK_RE = re.compile(r"由(?P<places>[^，,。；;由]{2,60}?)(?:等(?:企业|单位|部门))?(?:共同)?(?=负责|承担|自筹|筹集|筹措|解决|安排)")
# A list of fields closed by 等部门 and what the departments do (…,文旅体、应急、水利等部门要…): the departments of those fields.
_FIELDS_LISTED_RE = re.compile(rf"(?:^|(?<=[，,。；;：:\n]))(?P<level>[县市区])?(?P<list>(?:[{CJK}]{{2,6}}、){{1,8}}[{CJK}]{{2,6}})"
                               "等(?:其他)?(?:有关|相关)?(?:职能)?(?:部门|单位)(?=要|将|负责|积极|共同|按照|配合|参与|加强|做好)")
# (县交通、交警部门要…, 县卫健部门要…: a list the level opens needs no 等, and may be one field)
_LEVEL_FIELDS_RE = re.compile(rf"(?:^|(?<=[，,。；;：:\n]))(?P<level>[县市区])(?P<list>(?:[{CJK}]{{2,6}}、){{0,8}}[{CJK}]{{2,6}}?)"
                              "(?:等)?(?:有关|相关)?(?:职能)?部门(?=要|将|负责|积极|共同|按照|配合|参与|加强|做好)")
_FIELD_DEPARTMENT_ENDS = ("局", "委")  # (发改 → 发改局, 住建 → 住建局, 卫计 → 卫计委)
_FIELD_UNIT_ENDS = {"县": "大队", "区": "大队", "市": "支队"}  # (交警 → a county's 交警大队, a city's 交警支队)
_GOVERNMENT_WORDS = ("人民政府", "政府")
SHARED_LEVELS = "市县区旗"  # (…、吴忠市人民政府; not 人民政府 alone or a town's 镇政府)
MAX_SHARING_PLACE = 6  # characters of a place listed before a government it shares the word with (绥芬河市)


def with_level(place: str, level: str) -> str:
    """A listed place with the level the list's last one gives it (黑河 before 绥芬河市政府: 黑河市)."""
    return place if place.endswith(("市", "县", "区", "旗", "州", "盟")) else place + level


_ACTING_CITIES_RE = re.compile(
    rf"(?:{_DATE_OPENING}|目前|同时|此外)?((?:[{CJK}]{{2,3}}?[市县]?[、和])+[{CJK}]{{2,3}}?[市县]?|[{CJK}]{{2,3}}?[市县])"
    rf"(?:[两三四五六七八九][市县])?(?=与|共同|相继|分别|联合|积极|已|将|均)")
# A department's own divisions, named bare where a clause gives them the work (由…负责，污染物排放总量控制处
# 落实; 环境监测处、环境影响评价处和农村环境监督管理处分别落实).
# The verb is found first, then the list that ends right before it (one scan, not a try at every offset).
_DIVISION_ENDINGS = "处科站办"  # (…工作室 is a team, no division)
_DIVISION = rf"(?:[{CJK}]{{2,12}}?[{_DIVISION_ENDINGS}]|办公室)"  # (办公室: the department's own office)
_DIVISION_VERB_RE = re.compile(rf"(?:[{_DIVISION_ENDINGS}]|办公室)(?=(?:[：:]|[ \t　]{{1,4}})?(?:分别)?(?:落实|负责|承办|牵头|配合))")  # (法规处  负责…)
# (进行督办落实: supervising, no division)
_NOT_A_DIVISION_RE = re.compile("^(?:[一二三四五六七八九十]+是)?(?:推行|实行|建立|实施|推进|落实|健全|完善|开展|加强|强化|明确|压实|进行)|督办$")  # (四是加强与农监站配合)
# 责成法规处牵头, 三是县公路管理站负责…: the unit after the verb or the point's label
# (…牵头,会同基教处落实: the division the lead works with)
_ASSIGNING_VERB_RE = re.compile("^(?:[一二三四五六七八九十]+是)?(?:(?:积极|及时|主动|立即|随即|迅速)?(?:责成|安排|指定|要求)|由|请|会同|协同)?")  # (积极安排市环卫处配合…)
_DIVISION_LIST_RE = re.compile(rf"(?:{_DIVISION}[、和及])*{_DIVISION}$")
MAX_DIVISION_LIST = 80
# A congress named as its session (十三届全国人大五次会议, 县人大第十七届第三次会议): a meeting, not a body acting.
_CONGRESS_WORDS_RE = re.compile("人大|政协|人民代表大会|政治协商会议")  # 市政府第5次全体会议 still has its body
_SESSION_AFTER_RE = re.compile(r"(?:第?[一二三四五六七八九十\d]+届)?第?[一二三四五六七八九十\d]+次(?:全体)?会议")
# (the banks by their names, so that a verb before one is no part of it: 协调国家开发银行云南省分行)
_BANKS = "国家开发|中国进出口|进出口|中国农业发展|农业发展|中国工商|工商|中国建设|建设|中国农业|农业|中国|交通|中国邮政储蓄|邮政储蓄|招商|兴业|中信|光大|民生|华夏|平安|广发|浦发"
_BANK_BRANCH_RE = re.compile(rf"(?P<bank>(?:{_BANKS})银行)(?P<place>[{CJK}]{{2,7}}?(?:省|市|自治区|县|区|旗))(?P<branch>分行|中心支行|支行)")
# A bank by its short name after a level or a place (省农行, 临沭农行, 进贤农商行, 县农村信用社, 九江银行): a national
# bank's branch there, the place's rural bank or credit union, or (a province's or city's name before 银行) its own bank.
_LOCAL_BANK_RE = re.compile("农行|邮储银行|农发行|农商行|农商银行|农村商业银行|农村信用社联合社|农村信用合作联社|农信社|农村信用社|银行(?![业间卡])")
_NATIONAL_BANK_SHORTS = {"农行": "中国农业银行", "邮储银行": "中国邮政储蓄银行", "农发行": "中国农业发展银行"}
_LOCAL_BANK_KINDS = {"农商行": "农村商业银行", "农商银行": "农村商业银行", "农村商业银行": "农村商业银行",
                     "农信社": "农村信用社", "农村信用社": "农村信用社", "农村信用社联合社": "农村信用社联合社",
                     "农村信用合作联社": "农村信用合作联社"}
# A customs or (before 2018) entry-exit inspection office named after its place (广州海关, 吴江海关, 福建出入境检验检疫局):
# the national body's office there.
_CUSTOMS_RE = re.compile(rf"([{CJK}]{{2,3}}?)(海关(?!总署)|出入境检验检疫局)")


def _short_place_ending(text: str, end: int, kinds: str = "市县区") -> str:
    """The place named without its kind that ends at ``end`` (广州 in 广州海关, 临沭 in 临沭农行): a province's or city's
    short name, or a name that is a place with one of ``kinds`` after it; ""."""
    return next((word for n in (3, 2) if end >= n and (is_short_place_name(word := text[end - n : end])
                                                       or any(is_place(word + kind) for kind in kinds))), "")


def _customs_offices(text: str) -> list[Mention]:
    """广州海关 → 中华人民共和国广州海关, 福建出入境检验检疫局 → 中华人民共和国福建出入境检验检疫局 (山海关, 知识产权海关,
    主管海关 name no place's office)."""
    found = []
    for m in _CUSTOMS_RE.finditer(text):
        place = _short_place_ending(m.group(1), len(m.group(1)))
        if place:
            at = m.start(2) - len(place)
            found.append(Mention("Agency", f"中华人民共和国{place}{m.group(2)}", text[at : m.end()], at, m.end(), aliases=(text[at : m.end()],),
                                 properties={"level": "national"}))
    return found


# A unit of the People's Armed Police named by its place and kind (武警部队吉林总队, 武警吉林省延边自治州消防支队,
# 武警北京市消防局, 武警部队济南指挥学校), or one of its own (武警部队学院, 武警黄金指挥部); the first kind ends it
# (武警部队吉林总队三支队: the corps, its detachment named after it).
_ARMED_POLICE_UNIT_RE = re.compile(
    rf"(?:武警|中国人民武装警察部队)(?:部队)?(?:(?P<place>[{CJK}]{{2,14}}?)(?:(?:边防|消防|警卫)?(?:总队|支队|局|处)|消防教导大队|指挥学校)"
    # (武警西藏总队那曲地区支队, 武警江西省总队吉安市支队井冈山市中队: a place's detachment under it, its squadron under that)
    rf"(?:[{CJK}]{{2,6}}?(?:地区|市|州|县)(?:边防|消防)?(?:支队|大队|中队)){{0,2}}"
    r"|(?:技术)?学院|(?:交通|黄金|水电|森林)指挥部)")  # (中国人民武装警察部队水电指挥部: the force's own, in full)


# The navy named bare where its name cannot be a person's (何海军 is one): listed with other bodies or after a verb
# (…、空军、海军，, 由民航总局商海军、空军确定, 一九八九年海军招收…), or with the air force sharing 军 (海、空军).
_NAVY_RE = re.compile(r"(?:(?<=[、，,：:由商和与及向经请年])|(?<![\u4e00-\u9fff]))海(?:军|(?=、空军))")


def _armed_police_units(text: str) -> list[Mention]:
    """The People's Armed Police units the text names (in an order conferring ranks, through each officer's post), as
    written: a unit whose place opens with a province's or city's name, or one of the force's own."""
    found = []
    for m in _ARMED_POLICE_UNIT_RE.finditer(text):
        place = m.group("place")
        if place is not None and not any(is_short_place_name(place[:n]) or is_place(place[:n]) for n in (2, 3, 4, 5)):
            continue  # (武警部队政治部…处: no place, a department's office)
        found.append(Mention("Agency", m.group(0), m.group(0), m.start(), m.end(), properties={"level": "discovered"}))
    return found


_CENTRAL_BANK_BRANCH_RE = re.compile(rf"(?:中国人民银行|人民银行|人行)([{CJK}]{{2,4}}?)(营业管理部|中心支行|分行|支行)")
# 市人行 / 县人行 in a city's or county's list: the central bank's branch there (中心支行 in a city).
_LEVEL_CENTRAL_BANK_RE = re.compile(r"([市县])人行(?=[、，,。；;）)\s等]|$)")
# 成都调查队, 国家统计局黄浦调查队: the national statistics bureau's survey team in a place (the place
# read back from 调查队, so a verb before it, 联合成都调查队, is no part of it).
_SURVEY_TEAMS = ("调查总队", "调查队")
_SETS_UP_GROUP_RE = re.compile("建立|成立|设立|组建|撤销|召开|依托|通过|发挥|利用|(?<!自)由|经")
# A group the text sets up, named after the verb (成立了全市…工作领导小组: 全市 is whose it is, no part of its name),
# the level of the body setting it up before the verb (县政府成立…, 我区成立了…).
_SETS_UP_NAMED_GROUP_RE = re.compile("(?:成立|组建|组成|设立)了?(?:[全我本](?P<level>[省市区县州]))?")
_SETTER_LEVEL_RE = re.compile(rf"(?:(?<![{CJK}])|(?<=[我本全]))([省市区县州])(?:委|政府|人民政府)?(?:[、和及]?[省市区县州]?(?:委|政府))?$")
_GROUP_GENERIC_WORDS_RE = re.compile("工作|专项|专门|相关|联合|组织")
MIN_SET_UP_GROUP_NAME = 4
_HEADED_GROUP_RE = re.compile("(?:成立|组建)了?(?:以|由)[^。；;]{2,100}?(?:为|任)(?:第一)?(?:副?组长|成员|组员)[^。；;]{0,60}?的$")
MAX_GROUP_HEADS = 120
_NOT_A_GROUP_NAME_RE = re.compile("负责|担任|召开|[的和及与、]")  # (成立由…负责的领导小组: a clause, no name)
_NATIONAL_HEAD_RE = re.compile("国务院|国家|全国")
# Words that open a clause before a bare 街道 (接下来街道将…, 本街道已…): no name.
_NOT_A_SUBDISTRICT_NAME_RE = re.compile(
    "^(?:[本全各该我此]|接下来|下一步|下步|今后|同时|目前|此外|另外|近期|随后|然后|最后|首先|其次|再次|根据|按照|依据|依照)"
    "|今年|年内|明年|下阶段|届时|近年|辖区|周边|沿线|当地|涉及|所在|属地|其他|部分|多个|相关"
    "|乡镇(?:人民)?政府$")  # (鼓励乡镇政府积极投入: towns' governments of every town, none named)
# A town or sub-district the text works with (经结合白塔镇共同研究, 会同彭浦镇政府…).
_NOT_A_PLACE_HEADS = ("乡镇", "镇街", "街镇", "属地", "辖区", "所在", "相关", "有关", "所属", "当地", "部分", "其", "本", "该", "各")
_TOWN_NAME_CHAR = rf"(?:(?![由与和及在对向将经把求到各全本该])[{CJK}])"  # (由新店镇…, 要求街道办事处: a word before the kind, no name)
_PARTNER_SUBDISTRICT_RE = re.compile(
    # (与莘塍街道、教育局等对接; a town's government whatever it does: 协同陈家镇政府按照…)
    # (已第一时间通知属地赤城街道落实整改: the town told to act)
    rf"(?:结合|会同|协同|联合|配合|与|责成|要求|督促|通知属地|通知)([{CJK}]{{2,3}}(?:镇|乡)政府|[{CJK}]{{1,4}}苏木政府"
    rf"|[{CJK}]{{2,3}}(?:镇|街道|乡)(?=[{CJK}]{{0,2}}(?:共同|研究|对接|沟通|协调|开展|做好|进行|会同|加强|落实|推进)|、))"
    # (改造工程将由万祥镇具体实施: the town carries the works out)
    # (由新店镇人民政府按…程序报区政府审批: a town's government in full, whatever it does)
    rf"|由([{CJK}]{{2,3}}(?:镇|乡)人民政府|[{CJK}]{{2,3}}(?:镇政府|镇|街道办事处|街道|乡)(?=(?:具体|负责|牵头)?(?:实施|负责|承担|组织实施|牵头)))"
    # (姚安县文化和旅游局、光禄镇人民政府的共同努力下: a town's government named in full, after a mark, wherever it stands,
    # or after a verb of working with it: 我局将会同三封寺镇人民政府…, 建议三封寺镇人民政府落实…)
    # (公园、金鹗山街道办事处的…, 问题,大直沽街道办事处充分…: a sub-district's office named in full, so too)
    # (承办单位:代钦塔拉苏木人民政府、…: an Inner Mongolian township, a 苏木, named in full)
    # (市水利局、新杭镇政府邀请…: a town's government listed with a body)
    rf"|(?:(?<=[、，,。；;：:\s（(])|(?<=会同|协同|联合|配合|督促|建议|要求))({_TOWN_NAME_CHAR}{{2,3}}(?:镇|乡)人民政府|{_TOWN_NAME_CHAR}{{2,4}}(?:街道办事处|苏木人民政府)"
    rf"|(?<=局、){_TOWN_NAME_CHAR}{{2,3}}(?:镇|乡)政府)")


# A town or sub-district a clause opens with as the one that leads or does its task (…,伊吗图镇牵头负责; 伊吗图镇对…进行测算).
# (…;高作镇要多方筹集配套资金: the town made to act)
# (二是永兴镇政府作为整改责任主体,要立即组织力量…: a point opening with the town's government)
_ACTING_TOWN_RE = re.compile(rf"(?:^|(?<=[，,。；;：:\n])|(?<=[一二三四五六七八九十]是))(?![一二三四五六七八九十]是)"
                             rf"({_TOWN_NAME_CHAR}{{2,4}}(?:镇|乡|街道)(?:人民政府|政府)?)"
                             r"(?=牵头|负责|作为|对[^，,。；;]{2,24}?进行|(?:要|须|应当?)(?:多方|加快|积极|及时|认真|切实|进一步|尽快|抓紧|做好|加强|落实|组织))", re.M)
# The next town of a list whose first a partner verb names (与开元街道、鲤中街道对…).
_NEXT_SUBDISTRICT_RE = re.compile(rf"、({_TOWN_NAME_CHAR}{{2,3}}(?:镇政府|镇|街道办事处|街道|乡))")

# A town's government or a sub-district's office (…镇政府, …乡人民政府, …街道办事处), and how long the town's own
# name before its kind may be (盘溪 in 盘溪镇; 秀山 in 秀山街道)
_TOWN_GOVERNMENT_RE = re.compile("(镇|乡)(?:人民)?政府|(街道)办事处")
_TOWN_NAME_LENGTHS = {"镇": range(1, 4), "乡": range(1, 4), "街道": range(2, 5)}


def _towns_after_counties(text: str) -> list[Mention]:
    """Towns' governments and sub-districts' offices named after their county, wherever the document is
    from (华宁县盘溪镇政府 in a 玉溪市 reply): 华宁县盘溪镇人民政府."""
    found = []
    for m in _TOWN_GOVERNMENT_RE.finditer(text):
        kind = m.group(1) or m.group(2)
        # the shortest town name a county's name ends right before (华宁县|盘溪|镇政府)
        town_start, county = next(((m.start() - n, c) for n in _TOWN_NAME_LENGTHS[kind]
                                   if (c := county_named_before(text, m.start() - n))), (0, ""))
        town = text[town_start : m.start()] + kind
        if county and not names_many_bodies(town):
            place = county_place(county)  # (嘉定区 keeps its city)
            name = place + town + ("人民政府" if m.group(1) else "办事处")
            start = town_start - len(county)
            surface = text[start : m.end()]
            found.append(Mention("Agency", name, surface, start, m.end(), aliases=(surface,) if surface != name else (),
                                 properties={"level": "subdistrict", "jurisdiction": place}))
    return found


_PROVINCIAL_ENDINGS = ("省", _REGION)  # (a province's or a region's congress has a 办公厅, a city's a 办公室)
_OWN_GOVERNMENT_AFTER_RE = re.compile("[、和及]?((?:人民)?政府)")  # (戌街乡党委、政府, 镇党委政府: the same town's government)
# A town's committee written bare, in the town's own reply (现答复如下:镇党委政府对…十分重视): the writer's town's.
_BARE_TOWN_COMMITTEE_RE = re.compile(r"(?:^|(?<=[、，,。；;：:\s（(]))((?:镇|乡)党委)(?!书记|副书记|委员|办)", re.M)
_TOWN_GOVERNMENT_ENDINGS = ("镇人民政府", "乡人民政府")
# A town's Party committee with its town's name, after a mark or the county it is in (鲁桥镇党委、政府…; 牟定县戌街乡党委).
_TOWN_PARTY_COMMITTEE_RE = re.compile(
    rf"(?:(?<=[、，,。；;：:\s（(])|^)(?P<county>[{CJK}]{{2,6}}?[县区市旗])?(?P<town>{_TOWN_NAME_CHAR}{{2,3}}(?:镇|乡))党委(?!书记|副书记|委员|办)", re.M)
_STATE = "国家"  # (国家农业部: the State's ministry, as a reply calls it)
_FORMER = "原"  # (原国家农业部: the ministry before a reform)


class AgencyFinder:
    """Finds agencies in text for one document's jurisdiction."""

    def __init__(self, gazetteer: Gazetteer, where: Jurisdiction):
        self.gaz = gazetteer
        self.where = where
        self.local_re = (_local_regex(gazetteer.stem_pattern, known_districts(gazetteer, where), where.province, where.city,
                                      where.district.endswith("旗"))
                         if gazetteer.stems else None)

    # -- resolution ------------------------------------------------------------------------
    def _mention(self, entry: KnownName, surface: str, start: int) -> Mention:
        return Mention(
            entry.type if entry.type in ("Agency", "Organization") else "Agency",
            entry.name,
            surface,
            start,
            start + len(surface),
            aliases=tuple(a for a in entry.aliases if a != entry.name),
            properties={"level": entry.level, "jurisdiction": entry.jurisdiction},
        )

    def bodies_of_the_day(self, text: str, found: list[Mention], year: int) -> list[Mention]:
        """国家农业部, 国家交通部 in a text dated after the reform that renamed them are 农业农村部, 交通运输部: 国家
        before a former ministry's short name says the ministry of the day; 原农业部, or 农业部 alone (2014年…启动实施
        农业部…工程), keeps the former body."""
        if not year:
            return found
        current = []
        for m in found:
            entry = self.gaz.lookup(m.name) if m.properties.get("level") == "national" else None
            start = m.start if m.surface.startswith(_STATE) else m.start - len(_STATE)
            if entry and entry.successor and year >= entry.renamed and text.startswith(_STATE, start) \
                    and not text.startswith(_FORMER, start - len(_FORMER)) and (successor := self.gaz.lookup(entry.successor)):
                m = self._mention(successor, text[start : m.end], start)
            current.append(m)
        return current

    def resolve_local(self, prefix: str, stem: str, surface: str, start: int) -> Mention | None:
        """市X / 区X / 黄浦区X / 省X → the body of this document's city, district or province."""
        full = self.gaz.stems.get(stem, stem)
        written = prefix
        if prefix in ("区", _REGION) and self.where.province.endswith(_REGION) and self.where.city == self.where.province \
                or prefix == _REGION and self.where.province.endswith(_REGION):
            prefix = "省"  # an autonomous region's own document (区环保厅), or 自治区发改委 in one of its cities' texts
        if prefix in ("省", self.where.province):
            province = self.where.province
            if not province:
                # (省发展改革委 in a text whose province is unknown: some province's, not the nation's 发展改革委;
                # in one that speaks for its province, 我省, that province's, named as written)
                return self.unplaced(surface, start, "provincial") if self.where.unnamed_province else None
            entry = self.gaz.lookup(province + full) or self.gaz.lookup(province + stem)
            if entry:
                return self._mention(entry, surface, start)
            return Mention(self._stem_type(full), province + full, surface, start, start + len(surface),
                           aliases=(f"{written if written in ('区', _REGION) else '省'}{stem}",),
                           properties={"level": "provincial", "jurisdiction": province})
        city = self.where.city
        if prefix in ("州", _PREFECTURE, short_name_of_prefecture(city) or "州") and city.endswith(_PREFECTURE) \
                or prefix in _OTHER_PREFECTURES and city.endswith(prefix):
            prefix = "市"  # 州水利局 (or 延边州水利局, 自治州水利局) in a 延边朝鲜族自治州 text, 盟商务口岸局 in a 兴安盟 one: the prefecture's
        if prefix in ("市", "本市", "上海市") or (city and prefix in (city, city[:-1])):
            city = SHANGHAI if prefix == "上海市" else city
            if not city and self.where.unnamed_city and stem in self.gaz.stems:
                return self.unplaced(surface, start, "municipal")  # (市农业农村局 in a text that says 我市 and never names it)
            if not city or surface.startswith("市") and city == self.where.province:
                return None  # (市经信局 in a province's own text: some city's, which it does not say)
            for candidate in (f"市{stem}" if city == SHANGHAI else "", city + full, city + stem):
                entry = self.gaz.lookup(candidate) if candidate else None
                if entry and (not entry.jurisdiction or entry.jurisdiction == city or entry.level == "national"):
                    return self._mention(entry, surface, start)
            # (丽水开发区管委会: a zone is named after its city's short name, 丽水开发区管理委员会, not 丽水市…)
            place = written if written == city[:-1] and full.endswith(_ZONE_COMMITTEE) else city
            return Mention(self._stem_type(full), place + full, surface, start, start + len(surface),
                           aliases=(f"{written}{stem}",) if written in ("市", "州") and surface.startswith(written) else (surface,),
                           properties={"level": "municipal", "jurisdiction": city})
        if prefix in ("区", "县", "旗"):
            district = self.where.district
            if not district:
                return self.unplaced(surface, start, "district")
        else:
            district = prefix if prefix.startswith(self.where.city or "\0") else (self.where.city or "") + prefix
        short = district[len(self.where.city):] if self.where.city and district.startswith(self.where.city) else district
        name = named_place(district, short) + full
        entry = self.gaz.lookup(district + full) or self.gaz.lookup(short + full)
        if entry:
            return self._mention(entry, surface, start)
        level = district[-1] if district[-1:] in ("区", "县", "市", "旗") else "区"  # 县交通运输局 in a county
        if full == _POLICE_BRANCH and district.startswith(SHANGHAI):
            name = f"{SHANGHAI}公安局{re.sub('新?区$', '', short)}分局"  # a Shanghai district's police: the city bureau's branch
        aliases = tuple(dict.fromkeys(a for a in (surface, district + full, short + full, short + stem, f"{level}{stem}") if a != name))
        return Mention(self._stem_type(full), name, surface, start, start + len(surface), aliases=aliases,
                       properties={"level": "district", "jurisdiction": district})

    def unplaced(self, surface: str, start: int, level: str) -> Mention:
        """A body named by its level in a text that never names its place (省民政厅, 区教育局; 市总工会 and
        团市委 people's organizations): this document's own node, not one for every province's or district's."""
        stem = surface[1:]
        full = self.gaz.stems.get(stem, stem)
        kind = "Organization" if _YOUTH_LEAGUE_RE.fullmatch(surface) else self._stem_type(full)
        # (市城管执法局 is also 市城市管理行政执法局: its level, then the stem's full name)
        aliases = (surface[0] + full,) if full != stem else ()
        return Mention(kind, surface, surface, start, start + len(surface), aliases=aliases, properties={"level": level, "scope": "document"})

    def _unnamed_level(self, level: str) -> str:
        """The level ("provincial", "municipal", "district") of a body named by ``level`` (省, 市, 区 or 县) alone in a
        text that speaks for that level's place and never names it, as :meth:`resolve_local` reads it; "" otherwise."""
        if level == "省":
            return "provincial" if self.where.unnamed_province else ""
        if level == "市":
            return "municipal" if self.where.unnamed_city else ""
        return "district" if not self.where.district else ""

    def _stem_type(self, full: str) -> str:
        """A level's people's organization (市总工会, 区妇联) is an Organization, any other body an Agency."""
        return "Organization" if full in self.gaz.organization_stems else "Agency"

    def own_department(self, stem: str, start: int) -> Mention | None:
        """A department named bare (统计局, 工业和信息化局) in a document of some level: that level's
        body (None in a national document, or for a name that is no department)."""
        level = self.where.own_level()
        if _NUMBERED_SCHOOL_RE.fullmatch(stem):
            return None  # (a school by its number is named with its level, 县一中; 十九届二中、三中全会 are plenary sessions)
        return self.resolve_local(level, stem, stem, start) if level and stem in self.gaz.stems else None

    def resolve_name(self, surface: str) -> Mention | None:
        """The agency a whole string names (a signature line, a listed unit), if it is one."""
        surface = surface.strip()
        entry = self.gaz.lookup(surface)
        if entry and entry.type in ("Agency", "Organization") and not self._foreign_short_form(entry, surface):
            return self._mention(entry, surface, 0)
        league = _YOUTH_LEAGUE_RE.fullmatch(surface)
        if league:
            return self._youth_league(league.group(1), surface)
        if self.local_re:
            m = self.local_re.fullmatch(surface)
            if m:
                return self.resolve_local(m.group("prefix"), m.group("stem"), surface, 0)
        county = county_of_short_name(surface[:3]) if surface[2:3] == "县" and not is_place(surface[:3]) else ""
        if county:  # 清原县气象局: 清原满族自治县's, as its full name writes it
            full = self.resolve_name(county + surface[3:])
            return replace(full, surface=surface, aliases=(*full.aliases, surface)) if full else None
        return None

    def resolve_issuer(self, line: str) -> list[Mention]:
        """A signature or header line: one agency, several written together, or a new one."""
        whole = self.resolve_name(line) or self._national_office(line)
        if whole:
            return [whole]
        if line.endswith("厅") and self.where.province and line in self.gaz.stems:
            return [self.resolve_local("省", line, line, 0)]  # 科技厅 signing in 四川: a province's 厅
        level = self.where.own_level()
        if level in ("区", "市") and line in self.gaz.stems:
            local = self.resolve_local(level, line, line, 0)  # 交通局 publishing a 沙河市 reply: the city's
            if local:
                return [local]
        found = [m for m in self.find(line) if m.type in ("Agency", "Organization")]
        if found and sum(m.end - m.start for m in found) == len(line.replace("、", "")):
            return found  # (国务院、中央军委: two bodies listed)
        if len(found) == 1 and 0 < found[0].start and found[0].end == len(line) \
                and found[0].properties.get("jurisdiction", "").startswith(line[: found[0].start]):
            # (内蒙古自治区党委编办: the body found after the place it belongs to, written out before it)
            return [replace(found[0], surface=line, start=0, aliases=(*found[0].aliases, line))]
        if not found and self.where.district and line.endswith(SUBDISTRICT_SUFFIXES) and not names_many_bodies(line):
            return [self.subdistrict(line, 0)]  # 夏阳街道办事处 replying in a 青浦区 text: that district's
        short = self.where.district_short()
        name = self.where.city + line[1:] if line.startswith("市") and self.where.city else \
            self.where.province + line[1:] if line.startswith("省") and self.where.province else \
            self.where.district + line[1:] if line.startswith(("区", "县")) and self.where.district else \
            self.where.district + line[len(short) :] if short.endswith("区") and not short.endswith("地区") and line.startswith(short) else line
        # (省旅游和文化广电体育厅, 区体育中心; 河东区公路中心: a city's district keeps its city, 临沂市河东区公路中心)
        # 市政府政务服务中心 in a 湘潭市 document is 湘潭市政府政务服务中心; a company signing is no agency
        kind = "Organization" if line.endswith(COMPANY_SUFFIXES) else "Agency"
        return [Mention(kind, name, line, 0, len(line), aliases=(line,) if line != name else (),
                        properties={"level": "discovered"})]

    def _national_office(self, line: str) -> Mention | None:
        """工业和信息化部办公厅 signing: the general office of a ministry the gazetteer knows, named
        after the ministry's full name (中华人民共和国工业和信息化部办公厅) so that every way of
        writing the ministry gives one office."""
        body = OFFICE_OF_BODY_RE.sub("", line)
        entry = self.gaz.lookup(body) if body != line else None
        if entry is None or entry.level != "national":
            return None
        name = entry.name + line[len(body) :]
        return Mention("Agency", name, line, 0, len(line), aliases=(line,) if line != name else (),
                       properties={"level": "discovered"})

    def writer_in_number(self, doc_number: str, text: str) -> Mention | None:
        """The writer of an unsigned text, named by its document number after the place's sign
        (闽文旅提案〔2024〕56号 → 文旅厅 → 福建省文化和旅游厅; 沪水务建提复〔2024〕47号 → 上海市水务局); the
        kind it calls itself (我厅/我局/我委) says which ending, else only one may fit."""
        ref = next((r for r in DEPARTMENT_SELF_REFERENCES if r in text), "")
        # (宝农函〔2024〕153号 in a reply that speaks for 我市 and never names it: the city's 市农业农村局, as written)
        level = self.where.own_level() or ("市" if self.where.unnamed_city else self.where.unnamed_county)
        # (辽农建〔2022〕65号, 云水政复函〔2021〕10号 in a text that never says 我厅: a province's department is a 厅)
        if not level:
            return self._national_writer_in_number(doc_number)
        sign = self._body_sign(doc_number)
        if not sign:
            return None
        own = self.where.district_short()[:1]
        if level in "区县旗" and own and sign.startswith(own + "政"):
            # (莆秀政函〔2023〕74号 in a reply speaking as 我区 of 秀屿区: the district's government, or its office, 秀政办)
            body = "人民政府办公室" if sign.startswith(own + "政办") else "人民政府"
            return self.resolve_local(level, body, body, 0)
        # the kind of body it calls itself says the last character; with no 我X, the one kind that fits
        kinds = (ref[-1],) if ref else tuple(r[-1] for r in DEPARTMENT_SELF_REFERENCES)
        dated = DOC_NUMBER_YEAR_RE.search(doc_number)
        year = int(dated.group(1)) if dated else 0
        for n in range(len(sign), 0, -1):
            # (辽农建〔2022〕: no 农委, which the 2018 reform made 农业农村厅)
            stems = [sign[:n] + kind for kind in kinds if sign[:n] + kind in self.gaz.stems and self.gaz.renamed.get(sign[:n] + kind, year + 1) > year
                     and not _office_letter_after(sign[:n] + kind)]
            # (辽科提字〔2018〕 in a text that names 省科技厅: the one body the sign fits that the text names, not 科委)
            named = [stem for stem in self.gaz.stems if stem.startswith(sign[:n]) and stem.endswith(kinds) and stem in text
                     and not _office_letter_after(stem)
                     and len(stem) <= n + MAX_SIGN_SHORTENING + 1 and self.gaz.renamed.get(stem, year + 1) > year]
            if len(named) == 1 and named[0] not in stems:
                return self._one_body_of(level, named)
            if stems and all(letter in _NUMBER_KIND_LETTERS for letter in sign[n:]):
                return self._one_body_of(level, stems)  # (柳城管执复: not 城管局, whose sign leaves 执 over)
        # (辽农建〔2022〕65号, 云水政复函〔2021〕10号 in a province's text that never says 我厅: its departments are 厅)
        ref = ref or ("我厅" if level == "省" or self.where.city and self.where.city == self.where.province else "")
        if ref:  # (冀商办案字 with 我厅: the sign shortens the body's stem, 商 for 商务厅, or its short name, 建 for 住建厅)
            for n in range(len(sign), 0, -1):
                fitting = [stem for stem in self.gaz.stems if stem.endswith(ref[-1]) and len(stem) <= n + MAX_SIGN_SHORTENING]
                # (桂建函〔2021〕: 住建厅, not the 建设厅 a reform renamed in 2008; 晋建函〔2006〕: 建设厅)
                opening = [stem for stem in fitting if stem.startswith(sign[:n]) and self.gaz.renamed.get(stem, year + 1) > year]
                # (辽农建〔2022〕: the 农业厅 a reform renamed is 农业农村厅 now, not another body opening with 农, 农牧厅)
                successors = self._successors(sign[:n], ref[-1], fitting, year) if any(
                    stem.startswith(sign[:n]) and self.gaz.renamed.get(stem, year + 1) <= year for stem in fitting) else []
                stems = successors or opening or [stem for stem in fitting if stem.endswith(sign[:n] + ref[-1])] \
                    or self._successors(sign[:n], ref[-1], fitting, year)
                if stems:
                    return self._one_body_of(level, stems)
        return None

    def _body_sign(self, doc_number: str) -> str:
        """The letters a local number names its body by, after its place's sign: one character (闽|文旅提案), or
        the district's name without its kind (渝中|经信函), and the level after it (宝市|环函); "" if none."""
        letters = _NUMBER_LETTERS_RE.match(doc_number)
        if not letters:
            return ""
        district = self.where.district_short()[:-1]  # (渝中 of 渝中区)
        place = district if len(district) == 2 and letters.group(1).startswith(district) else letters.group(1)[:1]
        sign = letters.group(1)[len(place) :]
        sign = sign[1:] if sign[:1] in "市区县" and len(sign) > 2 else sign
        return "" if sign.startswith(_REPLY_KIND_SIGNS) else sign  # (鄂建提复字: 建(议)提(案), no body)

    def _successors(self, sign: str, kind: str, fitting: list[str], year: int) -> list[str]:
        """The one longer stem a sign may stand for where every stem it shortens was renamed by the number's year
        (君农议案〔2021〕 with 我局: no 农业局 after the 2019 reform, so 农业农村局)."""
        renamed = [stem[: -len(kind)] for stem in fitting if stem.startswith(sign)]
        if not renamed:
            return []
        # (the successor keeps the renamed body's words: 农业局 → 农业农村局, not 农垦总局)
        longer = [stem for stem in self.gaz.stems if stem.startswith(tuple(renamed)) and stem.endswith(kind) and stem not in fitting
                  and len(stem) <= len(sign) + MAX_SIGN_SHORTENING + MAX_RENAMED_GROWTH and self.gaz.renamed.get(stem, year + 1) > year]
        return longer if len(longer) == 1 else []

    def _one_body_of(self, level: str, stems: list[str]) -> Mention | None:
        """The body of the one stem, or of the one stem this place is known to have (经信委 or 经信局:
        the number does not say which, unless the place has only one of them)."""
        bureaus = [stem for stem in stems if stem.endswith("局")]
        if len(stems) > 1 and level in "区县旗" and not self.where.district and len(bureaus) == 1:
            stems = bureaus  # (桃发改函 in a county's text that never names it: a county's 发改局, not a city's 发改委)
        if len(stems) == 1:
            return self.resolve_local(level, stems[0], self._numbered_surface(level, stems[0]), 0)
        known = [b for b in (self.resolve_local(level, stem, self._numbered_surface(level, stem), 0) for stem in stems)
                 if b and self.gaz.lookup(b.name)]
        return known[0] if len(known) == 1 else None

    def _numbered_surface(self, level: str, stem: str) -> str:
        """How a body a number names is written: its stem, or with its level where the text never names its place
        (市农业农村局, 县发展和改革局: the one name it has here)."""
        return level + stem if level == "市" and not self.where.city or level in "区县旗" and not self.where.district else stem

    def signer_in_number(self, doc_number: str) -> Mention | None:
        """The national body, or its general office, whose sign an unsigned notice's number opens with
        (工信厅科函〔2021〕216号 → 中华人民共和国工业和信息化部办公厅, 工信部联科〔…〕 → the ministry), for
        copies whose signature ran into an attachment line."""
        sign = _NATIONAL_SIGN_RE.match(doc_number)
        body = self.gaz.number_signs.get(sign.group(1), "") if sign else ""
        entry = self.gaz.lookup(body) if body else None
        if entry is None:
            return None
        ministry = self._mention(entry, entry.name, 0)
        return _unit_under(ministry, "办公厅", 0) if sign.group(2) == "厅" else ministry

    def _national_writer_in_number(self, doc_number: str) -> Mention | None:
        """教建议〔2017〕第39号, 应急建函〔2020〕94号: a national body's sign, then a reply's kind."""
        body = national_signer(doc_number, self.gaz)
        entry = self.gaz.lookup(body) if body else None
        return self._mention(entry, entry.name, 0) if entry else None  # (the sign itself is no name of it)

    def _foreign_short_form(self, entry: KnownName, surface: str) -> bool:
        """A Shanghai alias that names its level, not its place (市科委, 团市委), read in another
        city's document is that city's body (and in a document whose city is unknown, no body this
        gazetteer knows)."""
        elsewhere = self.where.city != SHANGHAI
        return "市" in surface and "上海" not in surface and entry.jurisdiction == SHANGHAI and elsewhere

    def _youth_league(self, level: str, surface: str) -> Mention | None:
        """团市委 / 团区委: the Communist Youth League committee of this document's city or district."""
        place = self.where.place_of(level)
        if not place:
            return None
        return Mention("Organization", f"共青团{place}委员会", surface, 0, len(surface), aliases=(surface,),
                       properties={"level": "municipal" if level == "市" else "district" if level in "区县" else "provincial",
                                   "jurisdiction": place})

    def party_committee(self, level: str, start: int, end: int) -> Mention | None:
        """市委 / 省委 / 区委: the Party committee of this document's city, province or district."""
        place = self.where.body_place_of(level)  # (中共监利县委, not 中共荆州市监利县委)
        if not place:
            return None
        return self._committee_of(place, f"{level}委", start, end)

    def _discipline_commission(self, text: str, m: re.Match[str]) -> Mention | None:
        """省纪委监委 → 中共云南省纪律检查委员会 in a 云南 text; 山东省纪委 → 中共山东省纪律检查委员会 anywhere."""
        if text[m.start() - 1 : m.start()] in ("各", "本", "全"):
            return None  # (各县纪委: no one commission)
        named = _place_named_before(text, m.start())
        if not named and _word_before_level(text, m.start()):
            return None
        place = named or self.where.place_of(m.group(1))
        if not place:  # (区纪委监委 in a district's news that never names the district in full: as written)
            return Mention("Agency", m.group(0), m.group(0), m.start(), m.end(), properties={"level": "discovered"})
        start = m.start() + 1 - len(named) if named else m.start()
        name = f"中共{place}纪律检查委员会"
        entry = self.gaz.lookup(name)
        if entry:
            return self._mention(entry, text[start : m.end()], start)
        surface = text[start : m.end()]
        return Mention("Agency", name, surface, start, m.end(), aliases=(surface,),
                       properties={"level": "party", "jurisdiction": place})

    def _congress(self, text: str, m: re.Match[str]) -> Mention | None:
        """市人大 → 株洲市人民代表大会 (also known as its standing committee, which acts for it between sessions);
        县人大办 → 屯昌县人民代表大会常务委员会办公室; 省人大办 → 海南省人民代表大会常务委员会办公厅 (a province's is a 厅)."""
        unit = m.group("unit") or ""
        if not unit and _NOT_AFTER_CONGRESS_RE.match(text, m.end()):
            return None

        def named(place: str) -> tuple[str, ...]:
            office = unit[:-1] + ("办公厅" if place.endswith(_PROVINCIAL_ENDINGS) else "办公室") if unit.endswith("办") else unit
            return (f"{place}人民代表大会常务委员会{office}",) if unit else (f"{place}人民代表大会", f"{place}人民代表大会常务委员会")
        return self._assembly(text, m, named)

    def _cppcc(self, text: str, m: re.Match[str]) -> Mention | None:
        """市政协 → 中国人民政治协商会议深圳市委员会; 县政协提案委 → its committee for proposals (政协湘阴县委员会提案委员会)."""
        unit = m.group("unit") or ""
        if _TERM_RE.match(unit) if unit else _NOT_AFTER_CPPCC_RE.match(text, m.end()):
            return None  # (市政协第五届委员会: a term of the conference, no unit of it)
        unit = unit[:-1] + "办公室" if unit.endswith("办") else unit + "员会" if unit.endswith("委") and not unit.endswith("工委") else unit
        return self._assembly(text, m, lambda place: (f"中国人民政治协商会议{place}委员会{unit}", f"政协{place}委员会{unit}"))

    def _assembly(self, text: str, m: re.Match[str], names: Callable[[str], tuple[str, ...]]) -> Mention | None:
        """A level's congress or conference (or a unit of it) by its short name: of the place named before it, else of
        the document's own (``names``: its name, then its other names, for that place); this document's own node,
        named as written, where that place is unnamed."""
        if text[m.start() - 1 : m.start()] in ("各", "本", "全"):
            return None  # (各县人大: many)
        named = _place_named_before(text, m.start())
        place = county_place(named) if named else None if _word_before_level(text, m.start()) else self.where.body_place_of(m.group(1))
        if place is None:
            return None
        start = m.start() + 1 - len(named) if named else m.start()
        surface = text[start : m.end()]
        if not place:  # (市人大 in a text that never names its city)
            return Mention("Agency", surface, surface, start, m.end(), properties={"level": "discovered", "scope": "document"})
        name, *others = names(place)
        return Mention("Agency", name, surface, start, m.end(), aliases=(*others, surface),
                       properties={"level": "discovered", "jurisdiction": place})

    def _committee_of(self, place: str, surface: str, start: int, end: int) -> Mention:
        """The Party committee of a place (中国共产党山东省委员会), as the text writes it."""
        name = f"中国共产党{place}委员会"
        entry = self.gaz.lookup(name)
        if entry:
            return self._mention(entry, surface, start)
        return Mention("Agency", name, surface, start, end, aliases=(f"中共{place}委",),
                       properties={"level": "party", "jurisdiction": place})

    def _named_prefectures_body(self, text: str, match: re.Match[str]) -> Mention | None:
        """A department of the autonomous prefecture whose short name ends in the 州 matched (红河州水利局 →
        红河哈尼族彝族自治州水利局), when that is not the text's own prefecture."""
        for length in (2, 3, 4):
            short = text[max(0, match.start() - length) : match.start() + 1]
            prefecture = prefecture_of_short_name(short)
            if prefecture and prefecture != self.where.city:
                stem = match.group("stem")
                full = self.gaz.stems.get(stem, stem)
                return Mention(self._stem_type(full), prefecture + full, short + stem, match.start() - length, match.end(),
                               aliases=(short + stem,), properties={"level": "municipal", "jurisdiction": prefecture})
        return None

    def _prefectures_bodies(self, text: str) -> list[Mention]:
        """A department of a prefecture written with its full name (塔城地区畜牧局, 兴安盟商务口岸管理局,
        伊犁哈萨克自治州畜牧兽医局): that prefecture's, whichever the text's own place; 行政公署 is a 地区's government."""
        found = []
        for m in _stem_after_regex(_PREFECTURE_ENDINGS, f"{self.gaz.stem_pattern}|{_PREFECTURE_GOVERNMENT}").finditer(text):
            place = next((text[m.start() - n : m.end(1)] for n in range(2, MAX_PREFECTURE_NAME + 1)
                          if m.start() >= n and is_known(text[m.start() - n : m.end(1)])), "")
            if place:
                found.append(self._department_of(place, m.group("stem"), m.end(1) - len(place), m.end(), "municipal"))
        return found

    def _corps_bodies(self, text: str) -> list[Mention]:
        """新疆生产建设兵团卫生健康委 → 新疆生产建设兵团卫生健康委员会: a department of the Corps, not the nation's
        (卫生健康委 alone) nor any province's."""
        return [self._department_of(_CORPS, m.group("stem"), m.start(), m.end(), "provincial")
                for m in _stem_after_regex(_CORPS, self.gaz.stem_pattern).finditer(text)]

    def _department_of(self, place: str, stem: str, start: int, end: int, level: str) -> Mention:
        """The department a stem names, written after its place's full name: the place's, by its full name, also
        known as written."""
        full = self.gaz.stems.get(stem, stem)
        return Mention(self._stem_type(full), place + full, place + stem, start, end, aliases=(place + stem,),
                       properties={"level": level, "jurisdiction": place})

    def _other_city(self, mention: Mention, text: str) -> Mention | None:
        """重庆市经济和信息化委员会 in a Shanghai or national text: the 市X that follows another
        city's name is that city's body, not this document's (nor Shanghai's)."""
        if not mention.surface.startswith("市") or mention.start < 2:
            return None
        city = next((text[mention.start - n : mention.start] + "市" for n in (5, 4, 3, 2)
                     if mention.start >= n and is_known(text[mention.start - n : mention.start] + "市")), "")
        if not city or city == self.where.city:
            return None
        own_city = mention.properties.get("jurisdiction") or self.where.city or SHANGHAI
        # (市林业局 after 齐齐哈尔: that city's 林业局, whatever Shanghai's bureau the words also name)
        department = self.gaz.stems.get(mention.surface[1:]) or (
            mention.name[len(own_city):] if mention.name.startswith(own_city) else mention.surface[1:])
        surface = city + mention.surface[1:]
        return Mention(self._stem_type(department), city + department, surface, mention.start - len(city) + 1, mention.end,
                       properties={"level": "municipal", "jurisdiction": city})

    def _other_county(self, mention: Mention, text: str) -> Mention | None:
        """由曾都区人民政府牵头 where the document's own county is unknown or another: the 区X/县X/市X that
        follows a county's or county-level city's name is that county's body (随州市曾都区人民政府;
        建议陆丰市政府统筹 in a province's text: 陆丰市人民政府, not its prefecture's or the province's)."""
        if not mention.surface.startswith(("区", "县", "市", "旗")) or mention.start < 2:
            return None
        # (a one-character county, 和县, reads as much as a word: 乡镇政府和县政府; an autonomous county or a banner by
        # its short name, 张家川县交通运输局: 张家川回族自治县's, 科右中旗民政局: 科尔沁右翼中旗's)
        written = next((text[mention.start - n : mention.start + 1] for n in (4, 3, 2)
                        if mention.start >= n and (city_of(text[mention.start - n : mention.start + 1])
                                                   or county_of_short_name(text[mention.start - n : mention.start + 1]))), "")
        county = written if not written or city_of(written) else county_of_short_name(written)
        if county and self.where.district.endswith(county) and written != county:
            start = mention.start - len(written) + 1  # (阜蒙县民政局 in 阜蒙县's own text: the body opens with its short name)
            return replace(mention, surface=text[start : mention.end], start=start)
        if not county or self.where.district.endswith(county):
            return None
        city = city_of(county)
        before = text[mention.start - len(written)] if mention.start >= len(written) else ""
        if county in _VERB_COUNTIES and not (city == self.where.city or province_of(city) == self.where.province
                                             and (not before or before in _CLAUSE_OPENERS)):
            return None  # 我局会同县财政局: the verb 会同 (a 湖南 text's clause opening 会同县财政局要… is the county's)
        department = self.gaz.stems.get(mention.surface[1:], mention.surface[1:])
        start = mention.start - len(written) + 1
        return Mention(self._stem_type(department), named_place(city + county, county) + department, text[start : mention.end], start, mention.end,
                       properties={"level": "district", "jurisdiction": city + county})

    def _other_province(self, prefix: str, stem: str, text: str, at: int) -> Mention | None:
        """江苏省财政厅 in a 河北 text: the 省X that follows another province's name is that
        province's body, not this document's."""
        if prefix != "省":
            return None
        province = next((text[at - n : at + 1] for n in (2, 3, 4, 7) if at >= n and province_of(text[at - n : at + 1])
                         == text[at - n : at + 1]), "")
        if not province or province == self.where.province:
            return None
        name = province + self.gaz.stems.get(stem, stem)
        entry = self.gaz.lookup(name)
        start = at - len(province) + 1
        surface = text[start : at + 1 + len(stem)]
        return self._mention(entry, surface, start) if entry else Mention(
            "Agency", name, surface, start, start + len(surface), properties={"level": "provincial", "jurisdiction": province})

    def _sub_unit(self, hit: NameHit, surface_end: str) -> Mention:
        """工业和信息化部中小企业局, 财政部经济建设司, 工业和信息化部信息中心: a ministry's own
        department (an agency) or institution (an organization), written after its name."""
        surface = hit.surface + surface_end
        name = hit.entry.name + surface_end if hit.surface != hit.entry.name else surface
        kind = "Organization" if surface.endswith(_INSTITUTION_SUFFIXES) else "Agency"
        return Mention(kind, name, surface, hit.start, hit.start + len(surface),
                       aliases=(surface,) if surface != name else (), properties={"level": "national"})

    def _branch_after(self, body: Mention, text: str) -> Mention | None:
        """市工商局顺义分局: a city bureau's branch in a district, written right after it, is the branch."""
        branch = _DISTRICT_BRANCH_RE.match(text, body.end)
        if branch is None or not any(is_place(branch.group(1) + level) for level in ("区", "县", "")):
            return None
        return _unit_under(body, branch.group(), branch.end())

    def _congress_units(self, body: Mention, text: str) -> list[Mention]:
        """The committee or office of a standing committee written right after it."""
        unit = _CONGRESS_UNIT_RE.match(text, body.end)
        if unit is None or _SUB_UNIT_STOP_RE.search(unit.group(1)) or _NOT_IN_CONGRESS_UNIT_RE.search(unit.group(1)):
            return []
        return [_unit_under(body, unit.group(), unit.end())]

    def _navy(self, text: str) -> list[Mention]:
        """中国人民解放军海军 where the text names it bare (see ``_NAVY_RE``)."""
        entry = self.gaz.lookup("中国人民解放军海军")
        return [self._mention(entry, text[m.start() : m.end()], m.start()) for m in _NAVY_RE.finditer(text)] if entry else []

    def _offices_of(self, government: Mention, text: str) -> list[Mention]:
        """The office of a government written right after it (市政府督查室 → 银川市人民政府督查室);
        a word the government only qualifies (区政府投资) names none."""
        office = _office_after(text, government.end)
        if office is None or names_many_bodies(office.group()):
            return []  # 区政府各委办局: many offices, none named
        return [_unit_under(government, office.group(), office.end())]

    def _town_party_committees(self, text: str) -> list[Mention]:
        """A town's Party committee named with its town (鲁桥镇党委、政府…, 牟定县戌街乡党委): 中共微山县鲁桥镇委员会, its county
        the one written before it or the document's own; as written where neither is known."""
        found = []
        for m in _TOWN_PARTY_COMMITTEE_RE.finditer(text):
            county, town = m.group("county") or "", m.group("town")
            if town.startswith(_NOT_A_PLACE_HEADS) or names_many_bodies(town) or _NOT_A_SUBDISTRICT_NAME_RE.search(town):
                continue  # (各乡镇党委, 乡镇党委: many; 近年来镇党委: a time, then the writer's own town)
            place = county if county and is_place(county) else self.where.district
            surface = m.group(0)
            name = f"中共{named_place(place, self.where.district_short()) if place == self.where.district else place}{town}委员会" \
                if place else surface
            found.append(Mention("Agency", name, surface, m.start(), m.end(), aliases=(surface,) if surface != name else (),
                                 properties={"level": "party", "jurisdiction": place}))
            if government := _OWN_GOVERNMENT_AFTER_RE.match(text, m.end()):  # (戌街乡党委、政府…: the town's government too)
                unit = self.subdistrict(town + "人民政府", government.start(1))  # (named for its town, not as a bare 政府)
                found.append(replace(unit, end=government.end()))
        return found

    def upper_departments(self, text: str, issuers: list[Mention]) -> list[Mention]:
        """市局 and 省厅 in a department's own reply: its kind's department a level or two up (峄城区医疗保障局 writing
        由市局统一组织签订: 枣庄市医疗保障局; 开江县交通运输局 writing 积极争取省厅支持: 四川省交通运输厅)."""
        if "市局" not in text and "省厅" not in text:
            return []  # (most replies: the cheap test first)
        writer = next((i for i in issuers if i.name.endswith("局") and i.properties.get("level") in ("district", "municipal")), None)
        stem = self._stem_ending_at(writer.name, len(writer.name), 3, self.gaz.longest_stem) if writer else ""
        if not stem or stem.endswith("分局"):
            return []  # (a district's 公安分局 is the city bureau's own branch: its 市局 is 市公安局, not a 分局)
        found = []
        for m in _UPPER_DEPARTMENT_RE.finditer(text):
            if m.group(1) == "市局" and writer.properties["level"] == "district":
                found.append(self.resolve_local("市", stem, m.group(1), m.start(1)))
            elif m.group(1) == "省厅" and stem[:-1] + "厅" in self.gaz.stems:
                found.append(self.resolve_local("省", stem[:-1] + "厅", m.group(1), m.start(1)))
        return [m for m in found if m is not None]

    def own_town_committee(self, text: str, issuers: list[Mention]) -> list[Mention]:
        """镇党委 written bare in a town government's own reply: the writer's town's committee (中共上海市普陀区桃浦镇委员会),
        and, after it, 政府 the writer itself (镇党委政府对…十分重视: both act)."""
        town = next((i for i in issuers if i.name.endswith(_TOWN_GOVERNMENT_ENDINGS)), None)
        if town is None:
            return []
        found = []
        for m in _BARE_TOWN_COMMITTEE_RE.finditer(text) if "党委" in text else ():
            found.append(Mention("Agency", f"中共{town.name[: -len('人民政府')]}委员会", m.group(1), m.start(1), m.end(1),
                                 aliases=(m.group(1),), properties={"level": "party", "jurisdiction": town.properties.get("jurisdiction", "")}))
            if government := _OWN_GOVERNMENT_AFTER_RE.match(text, m.end(1)):
                found.append(replace(town, start=government.start(1), end=government.end()))
        return found

    def _sharing_known_names(self, text: str, hits: list[NameHit]) -> list[Mention]:
        """华北、华东、华南核与辐射安全监督站: the names listed before a known body that share the rest of its name, where
        the gazetteer knows each of them too (no body is made up from a list)."""
        found = []
        for hit in hits:
            if hit.start == 0 or text[hit.start - 1] != "、" or hit.entry.type in _NOT_BODIES:
                continue
            end = hit.start - 1
            heads = _SHARED_HEADS_RE.match(text[max(0, end - MAX_SHARED_HEADS) : end][::-1])  # (read backwards from the 、)
            for token in reversed(heads.group()[::-1].split("、") if heads else []):
                # (生态环境部华北: the head is the token's end, as long as the known body's own head)
                read = next(((head, entry) for n in range(2, min(len(token), len(hit.surface) - 1) + 1)
                             if (entry := self.gaz.lookup((head := token[-n:]) + hit.surface[n:])) and entry.type not in _NOT_BODIES), None)
                if read is None:
                    break
                head, entry = read
                found.append(self._mention(entry, head, end - len(head)))
                if len(head) < len(token):
                    break  # (the token ran on past the list's first head)
                end -= len(token) + 1
        return found

    def subdistrict(self, unit: str, offset: int) -> Mention:
        """A 街道/镇 the document names, under the document's district (or county-level city)."""
        place = self.where.district or (self.where.city if city_of(self.where.city) else "")
        ending = next(((suffix, full) for suffix, full in _SUBDISTRICT_FULL_ENDINGS if unit.endswith(suffix)), None)
        if not place or ending is None or unit.startswith(place):
            return Mention("Agency", unit, unit, offset, offset + len(unit), properties={"level": "subdistrict"})
        short = self.where.district_short()  # ("" when the place is a county-level city itself)
        bare = unit[len(short) :] if short and unit.startswith(short) else unit  # 贵池区杏花村街道办事处: its district named
        full = named_place(place, short) + bare[: -len(ending[0])] + ending[1]
        town = re.sub("(?:人民)?政府$|办事处$", "", unit)  # 彭浦镇政府 is also written 彭浦镇
        return Mention("Agency", full, unit, offset, offset + len(unit), aliases=tuple(dict.fromkeys((unit, town))),
                       properties={"level": "subdistrict", "jurisdiction": place})

    def _listed_with(self, text: str, known: list[Mention]) -> list[Mention]:
        """Units listed next to a known body (召集区建管委、区公安交警支队、彭浦镇政府、区市政配套中心):
        a list of bodies names bodies, so a 区X中心 or a X镇政府 there is this district's, and the
        text's later mentions of it (彭浦镇政府前往…, 彭浦镇将…) are that body too."""
        starts = {m.start for m in known}
        levels_at: dict[int, str] = {}  # the level each known unit's name opens with, by where it starts
        for m in known:
            if lv := _list_level(m):
                levels_at.setdefault(m.start, lv)
        found: list[Mention] = []
        bare: list[Mention] = []
        for m in known:
            # (丰泽区文体旅游局,住建局,城管局等部门: commas join a list the kind after 等 closes)
            marks = "、，," if text[m.end : m.end + 1] in "，," and _COMMA_LIST_RE.match(text, m.end + 1) else "、"
            if m.type != "Agency" or not text[m.end : m.end + 1] or text[m.end] not in marks:
                continue
            level = _list_level(m) or self._own_place_level(m)
            # (齐齐哈尔市林业局、畜牧兽医局、城管局: another city's body named in full, its city's departments after it)
            city = "" if level else self._other_city_named(m)
            pos = m.end + 1
            while neighbour := _LIST_NEIGHBOUR_RE.search(text, pos):
                start, word = neighbour.start(), neighbour.group()
                stem = self._stem_at(text, start)
                if len(stem) > len(word) and text[start + len(stem) : start + len(stem) + 1] in "、，,。；;等和及":
                    word = stem  # (…、文化体育和旅游局、: a department whose name holds 和, not 文化体育 and 旅游局)
                pos = start + len(word)
                if start != m.end + 1 and text[start - 1] not in marks + "和及" or start in starts:
                    if start in starts and text[pos : pos + 1] and text[pos] in marks + "和及":
                        # (自治区发改委、财政厅、卫健委: a unit found already, the list goes on at its level:
                        # 市交通委、区公安分局、规划资源局 is the district's)
                        level = levels_at.get(start, level)
                        continue
                    break
                if acting := _SUBDISTRICT_ACTING_RE.match(word):  # (…、区招商投资局、仁义镇共同研究办理: the last, then what all do)
                    word = acting.group(1)
                    pos = start + len(word)
                unit = self._unit_in_list(word, start)
                if unit is None and (level or city):
                    unit = self._bare_unit_at_level(level, word, start) if level else self._bare_unit_of_city(city, word, start)
                    bare += [unit] if unit else []  # (卫健委 elsewhere may be another level's: not re-read)
                elif unit is None and m.properties.get("level") == "national":
                    unit = self._bare_national_unit(word, start)
                    bare += [unit] if unit else []
                if unit is None:
                    break
                found.append(unit)
                starts.add(start)
        for unit in [u for u in found if all(u is not b for b in bare)]:
            for surface in {unit.surface, *(a for a in unit.aliases if a.endswith(("镇", "街道")))}:
                found += [replace(unit, surface=surface, start=at, end=at + len(surface))
                          for at in occurrences(text, surface) if at not in starts and at != unit.start]
        return found

    def _own_place_level(self, mention: Mention) -> str:
        """区 or 市 for a body named with this document's own district or city (丰泽区文体旅游局 in a 丰泽区 text:
        the bare departments listed after it are that district's too); ""."""
        place = mention.properties.get("jurisdiction", "")
        return next((level for level in ("区", "市") if place and self.where.place_of(level) == place), "")

    def _acting_cities(self, text: str) -> list[Mention]:
        """Cities of the document's province that a clause opens with, acting (桂林、贺州两市相继召开…;
        12月17日,桂林市、贺州市与…共同签署…): their governments act.  Other provinces' cities, named as
        examples (北京市、上海市已出台…), are left alone."""
        found: list[Mention] = []
        for at in (0, *(b.end() for b in _CLAUSE_BREAK_RE.finditer(text))):
            opening = _ACTING_CITIES_RE.match(text, at)
            if opening is None:
                continue
            if not re.search("[、和]", opening.group(1)) and not _ACTS_AFTER_RE.match(text, opening.end()):
                continue  # 象州县已被列入…, 武宣县已有3家…: a place described, not a body acting
            cities = []
            offset = opening.start(1)
            for name in re.split("[、和]", opening.group(1)):
                # (象州县已把…: a county of the province too)
                city = name if name.endswith(("市", "县")) else name + "市"
                if not (is_place(city) and province_of(city) == self.where.province) or city == self.where.city:
                    cities = []
                    break
                level = "district" if city.endswith("县") else "municipal"
                placed = city  # (象州县人民政府: a county's bodies are named by the county alone)
                cities.append(Mention("Agency", placed + "人民政府", name, offset, offset + len(name),
                                      aliases=(name,) if name == city else (name, city),
                                      properties={"level": level, "jurisdiction": city}))
                offset += len(name) + 1
            found += cities
        return found

    def _places_sharing_government(self, text: str, found: list[Mention]) -> list[Mention]:
        """Places listed before a government they share its word with (银川市、石嘴山市、吴忠市人民政府; 哈尔滨、黑河、
        绥芬河市政府; 梅河口市、公主岭市人民政府): each place's own government, named as that last one is."""
        shared: list[Mention] = []
        for government in found:
            word = next((w for w in _GOVERNMENT_WORDS if government.surface.endswith(w)), "")
            level = government.surface[-len(word) - 1 : -len(word)] if word else ""
            if government.type != "Agency" or not level or level not in SHARED_LEVELS or text[government.start - 1 : government.start] != "、":
                continue
            pos = government.start
            while text[pos - 1 : pos] == "、":
                run = re.search(rf"[{CJK}]{{2,{MAX_SHARING_PLACE}}}$", text[max(0, pos - 1 - MAX_SHARING_PLACE) : pos - 1])
                place = next((run.group()[i:] for i in range(len(run.group()) - 1) if is_place(with_level(run.group()[i:], level))), "") \
                    if run else ""
                if not place:
                    break
                start = pos - 1 - len(place)
                written = with_level(place, level) + word
                mention = next((m for m in self.find(written) if m.start == 0 and m.end == len(written) and m.type == "Agency"), None)
                if mention is None:
                    break
                shared.append(replace(mention, surface=place, start=start, end=pos - 1,
                                      aliases=tuple(dict.fromkeys((*mention.aliases, place)))))
                if len(place) < len(run.group()):
                    break  # (推进银川市、…: the list's first place, the words before it no part of it)
                pos = start
        return shared

    def _places_given_work(self, text: str) -> list[Mention]:
        """Provinces, cities and counties a text makes responsible after 由 (其余工程由江苏省负责; 场道投资，由黑龙江省、齐齐哈尔市
        承担三分之二): their governments."""
        found: list[Mention] = []
        for m in _PLACES_GIVEN_WORK_RE.finditer(text):
            offset = m.start("places")
            # (由湖北省、深圳顺丰泰森控股（集团）有限公司等企业共同筹措, 由民航局和湖南省共同筹措: the place among them)
            for place in re.split("[、和及与]", m.group("places")):
                if place.endswith(("省", "自治区", "市", "自治州", "县")) and is_place(place):
                    level = "provincial" if place.endswith(("省", "自治区")) else "district" if place.endswith("县") else "municipal"
                    found.append(Mention("Agency", place + _GOVERNMENT_WORDS[0], place, offset, offset + len(place), aliases=(place,),
                                         properties={"level": level, "jurisdiction": place}))
                offset += len(place) + 1
        return found

    def _fields_listed_as_departments(self, text: str) -> list[Mention]:
        """Departments named by their fields alone in a list closed by 等部门 that acts (文旅体、应急、水利、国土、林业等部门要…,
        县发改、住建、自然资源等相关职能部门要开辟绿色通道): each this text's level's department of that field, when every item is
        one (a list of anything else names no departments)."""
        found: list[Mention] = []
        for m in (*_FIELDS_LISTED_RE.finditer(text), *_LEVEL_FIELDS_RE.finditer(text)):
            level = m.group("level") or self.where.own_level() or self.where.unnamed_county
            if not level:
                continue
            listed: list[Mention] = []
            offset = m.start("list")
            for item in m.group("list").split("、"):
                field = item[1:] if item[:1] in _LEVEL_CHARACTERS and len(item) > 2 else item  # (区公安、区应急: each its level's)
                # (住建局、发改局等其他相关单位: departments named by their stems alone, as well as by fields)
                stem = field if field.endswith(_FIELD_DEPARTMENT_ENDS) and field in self.gaz.stems else \
                    next((field + end for end in (*_FIELD_DEPARTMENT_ENDS, _FIELD_UNIT_ENDS.get(level, "")) if field + end in self.gaz.stems), "")
                mention = self.resolve_local(level, stem, item, offset) if stem else None
                if mention is None:
                    break
                if mention.name == item:  # (a place the text never names: the level's department by its stem, 县发改局)
                    mention = replace(mention, name=level + stem)
                start = m.start() if offset == m.start("list") else offset  # (县发改: the level opens the list's first name)
                surface = text[start : offset + len(item)]
                listed.append(replace(mention, surface=surface, start=start, end=offset + len(item),
                                      aliases=tuple(dict.fromkeys((*mention.aliases, surface)))))
                offset += len(item) + 1
            else:
                found += listed
        return found

    def _duty_scope_units(self, text: str) -> list[Mention]:
        """The units a notice of problems files them under (一、属住建局职责范围: / 二、属凤城镇职责范围:): the department
        or town of the document's level, or as written where the text names no place."""
        found = []
        for m in _DUTY_SCOPE_RE.finditer(text):
            unit, start = m.group("unit"), m.start("unit")
            mention = self.own_department(unit, start) if unit in self.gaz.stems else \
                self.subdistrict(unit, start) if unit.endswith(("镇", "乡", "街道")) and (self.where.district or self.where.city) else None
            found.append(mention or Mention("Agency", unit, unit, start, start + len(unit), properties={"level": "discovered"}))
        return found

    def _acting_openings(self, text: str) -> list[tuple[str, int]]:
        """The units (and bare departments) that open a clause, acting, with where they start."""
        at_start = _ACTING_UNIT_RE.match("\n" + text[:40])  # the text's own opening, as if after a break
        opened = [(at_start.group("unit"), at_start.start("unit") - 1)] if at_start else []
        opened += [(m.group("unit"), m.start("unit")) for m in _ACTING_UNIT_RE.finditer(text)]
        for end in (m.end() for m in _BARE_DEPARTMENT_END_RE.finditer(text)):
            clause = max(text.rfind(mark, max(0, end - MAX_BARE_DEPARTMENT - 12), end) for mark in _CLAUSE_BREAKS) + 1
            date = _DATE_OPENING_RE.match(text, clause, end)
            start = date.end() if date else clause
            if 2 < end - start <= MAX_BARE_DEPARTMENT and text[start:end] in self.gaz.stems \
                    and (start == 0 or text[start - 1] in _CLAUSE_BREAKS or date):
                opened.append((text[start:end], start))
        return sorted(opened, key=lambda unit: unit[1])

    def _acting_units(self, text: str, known: list[Mention]) -> list[Mention]:
        """Units the gazetteer lacks that a clause opens with, acting (see :data:`_ACTING_UNIT_RE`)."""
        covered = {m.start for m in known}  # a known body written there already
        found = []
        for unit, start in self._acting_openings(text):
            if start in covered or names_many_bodies(unit) or names_many_bodies(unit[1:]):
                continue
            if unit in self.gaz.stems:
                mention = self.own_department(unit, start)
            elif unit[0] in "市区县" and unit.endswith(_LOCAL_UNIT_ENDINGS):
                mention = self.resolve_local(unit[0], unit[1:], unit, start) if opens_with_level(unit) else None
            elif unit.endswith(_ACTING_SUBDISTRICT_ENDINGS):
                mention = None if _NOT_A_SUBDISTRICT_NAME_RE.search(unit) else self.subdistrict(unit, start)
            else:
                mention = None  # a bare 局/委 word no table knows
            if mention:
                found.append(mention)
        return found

    def _survey_teams(self, text: str) -> list[Mention]:
        """成都调查队, 国家统计局上海调查总队: the national statistics bureau's team in that place."""
        found = []
        for team in _SURVEY_TEAMS:
            for at in occurrences(text, team):
                place = _place_ending_at(text, at)
                if not place:
                    continue
                start = at - len(place) - (5 if text[max(0, at - len(place) - 5) : at - len(place)] == "国家统计局" else 0)
                surface = text[start : at + len(team)]
                name = "国家统计局" + surface.removeprefix("国家统计局")
                found.append(Mention("Agency", name, surface, start, at + len(team),
                                     aliases=(surface,) if surface != name else (), properties={"level": "national"}))
        return found

    def _national_departments(self, text: str) -> list[Mention]:
        """国务院科技行政主管部门, 国务院统计机构: the ministry or national bureau for that field, when the
        gazetteer knows one by the field's name (科学技术部, 国家统计局, 国家税务总局)."""
        found = []
        for m in _NATIONAL_DEPARTMENT_RE.finditer(text):
            field_name = m.group(1)
            entry = next((e for name in (field_name + "部", f"国家{field_name}局", f"国家{field_name}总局")
                          if (e := self.gaz.lookup(name)) is not None and e.type == "Agency"), None)
            if entry is not None:
                found.append(Mention("Agency", entry.name, m.group(0), m.start(), m.end(),
                                     aliases=(m.group(0),), properties={"level": "national"}))
        return found

    def _level_departments(self, text: str) -> list[Mention]:
        """县交通部门已纳入…: a level's department of a field is that level's bureau for it (龙陵县交通运输局),
        when the stems know one (交通局); 县直部门, 各县有关部门, 计划单列市…主管部门 name no one body.  So is the department a
        regulation names by function (省人民政府科学技术主管部门: 广东省科学技术厅)."""
        found = []
        for m in _LEVEL_DEPARTMENT_RE.finditer(text):
            level, field_name = m.group(1), m.group(2) or m.group(3)
            field_end = m.end(2) if m.group(2) else m.end(3)
            # (市城市管理部门, 市市场监督管理部门: 管理 may be the field's own)
            fields = (field_name + "管理", field_name) if text.startswith("管理", field_end) else (field_name,)
            if text[m.start() - 1 : m.start()] in ("各", "全", "本", "邻", "外", "他", "兄", "列", "辖", "级", "的") \
                    or _word_before_level(text, m.start()) \
                    or not self.where.place_of(level):
                continue  # (区房管部门 in a city's text: every district's)
            kinds = ("厅", "局", "委") if level == "省" else ("局", "委")  # (a province's 科学技术厅, not 科学技术局)
            stem = next((field + kind for field in fields for kind in kinds if field + kind in self.gaz.stems), "")
            mention = self.resolve_local(level, stem, m.group(0), m.start()) if stem else None
            if mention:
                found.append(replace(mention, aliases=tuple(dict.fromkeys((*mention.aliases, m.group(0))))))
        return found

    def _stem_at(self, text: str, start: int, shortest: int = 3) -> str:
        """The longest department stem (three characters or more, or ``shortest``) written from ``start`` on; ""."""
        return next((text[start : start + n] for n in range(MAX_BARE_STEM, shortest - 1, -1) if text[start : start + n] in self.gaz.stems), "")

    def _stem_ending_at(self, text: str, end: int, shortest: int = 2, longest: int = MAX_BARE_STEM) -> str:
        """The longest department stem (``shortest`` to ``longest`` characters) written up to ``end``; "" (``_stem_at``
        read backwards)."""
        return next((text[end - n : end] for n in range(min(longest, end), shortest - 1, -1) if text[end - n : end] in self.gaz.stems), "")

    def _listed_stem(self, item: str) -> str:
        """The department a list item names bare: the whole item, or the stem it opens with when the clause runs on
        after it (文旅厅充分沟通), if that stem is a department's (局, 委, 厅, 办); ""."""
        stem = self._stem_at(item, 0)
        return stem if stem and (stem == item or stem.endswith(("局", "委", "厅", "办"))) else ""

    def _bare_unit_at_level(self, level: str, item: str, start: int) -> Mention | None:
        """A department written bare after a level-prefixed one (自治区发改委、财政厅、卫健委和文旅厅充分沟通):
        the list's level reaches it; the last item may run on into the clause (文旅厅充分沟通)."""
        stem = self._listed_stem(item)
        return self.resolve_local("省" if level == _REGION else level, stem, stem, start) if stem else None

    def _bare_national_unit(self, item: str, start: int) -> Mention | None:
        """A national administration written without its 国家 after a national body (国家卫生健康委、中医药管理局、
        疾病预防控制局联合…): the one the gazetteer names 国家 with that department (see :meth:`_bare_unit_at_level`)."""
        stem = self._listed_stem(item)
        entry = self.gaz.lookup("国家" + stem) if stem else None
        return self._mention(entry, stem, start) if entry and entry.level == "national" else None

    def _other_city_named(self, mention: Mention) -> str:
        """The city a municipal body written with its city's full name belongs to (齐齐哈尔市林业局), when that city is
        not the document's own; ""."""
        place = mention.properties.get("jurisdiction", "")
        return place if mention.properties.get("level") == "municipal" and place.endswith("市") \
            and mention.surface.startswith(place) and place != self.where.city else ""

    def _bare_unit_of_city(self, city: str, item: str, start: int) -> Mention | None:
        """A department written bare after another city's body named in full: that city's (see
        :meth:`_bare_unit_at_level`)."""
        stem = self._listed_stem(item)
        return self._department_of(city, stem, start, start + len(stem), "municipal") if stem else None

    def _unit_in_list(self, item: str, start: int) -> Mention | None:
        if names_many_bodies(item) or names_many_bodies(item[1:]) or _HANDLING_VERB_END_RE.search(item):
            return None  # 各乡镇, 区各相关委办局; 市园文局会办 (the list's last body, then its role)
        if _LISTED_LOCAL_UNIT_RE.fullmatch(item) and opens_with_level(item):  # 市场监管局 is no 市X
            return self.resolve_local(item[0], item[1:], item, start)
        if _LISTED_SUBDISTRICT_RE.fullmatch(item):
            return self.subdistrict(item, start)
        return None

    def _own_departments_after(self, pattern: re.Pattern[str], text: str, endings: tuple[str, ...],
                               followed_by: re.Pattern[str] | None = None) -> list[Mention]:
        """Departments named bare right after each match of ``pattern`` (a role in handling a suggestion, a verb
        of working with them), ending so and followed so: the text's own level's."""
        found = []
        for m in pattern.finditer(text):
            stem = self._stem_at(text, m.end())
            if stem.endswith(endings) and (followed_by is None or followed_by.match(text, m.end() + len(stem))):
                mention = self.own_department(stem, m.end())
                found += [mention] if mention else []
        return found

    def _bank_branch(self, m: re.Match[str]) -> Mention | None:
        """A bank's branch in a place (国家开发银行云南省分行, 农业发展银行云南省分行): an Organization named
        by the bank's full name (中国农业发展银行) and the place; the central bank's are agencies, read apart."""
        bank, place = m.group("bank"), m.group("place")
        if "人民银行" in bank or not (is_place(place) or province_of(place)):
            return None
        entry = self.gaz.lookup(bank) or self.gaz.lookup("中国" + bank)
        full = (entry.name if entry else bank) + place + m.group("branch")
        return Mention("Organization", full, m.group(0), m.start(), m.end(),
                       aliases=(m.group(0),) if m.group(0) != full else (), properties={"level": "national"})

    def _local_banks(self, text: str) -> list[Mention]:
        """Banks named short after a level or a place (see ``_LOCAL_BANK_RE``), as Organizations named in full
        where the place is known (省农行 in a 辽宁 text: 中国农业银行辽宁省分行; 临沭农行: 中国农业银行临沭县支行)."""
        found = []
        for m in _LOCAL_BANK_RE.finditer(text):
            short = m.group()
            level = text[m.start() - 1 : m.start()]
            if short != "银行" and level in _LEVEL_CHARACTERS and text[m.start() - 2 : m.start() - 1] not in ("各", "本", "全", "该"):
                place, start = self.where.body_place_of(level) if level in "省市区县" else "", m.start() - 1
            else:
                word = _short_place_ending(text, m.start(), "" if short == "银行" else "县市区")
                place = word if short == "银行" else next((word + kind for kind in "县市区" if word and is_place(word + kind)), word)
                start = m.start() - len(word)
            if not place:
                continue
            surface = text[start : m.end()]
            if short == "银行":
                name = surface  # 九江银行, 江西银行: the place's own bank by its name
            elif short in _NATIONAL_BANK_SHORTS:
                branch = "支行" if place.endswith(("县", "区", "旗")) or city_of(place) else "分行"
                name = _NATIONAL_BANK_SHORTS[short] + place + branch
            else:
                name = place + _LOCAL_BANK_KINDS[short]
            found.append(Mention("Organization", name, surface, start, m.end(), aliases=(surface,) if surface != name else ()))
        return found

    def _bare_department_lists(self, text: str) -> list[Mention]:
        """Departments listed bare, with no level before the list (组委会成员包括发改委、商务委、财政局…) in a
        district's, city's or province's text: that level's own departments."""
        found = []
        for m in _bare_list_regex(self.gaz.stem_pattern).finditer(text):
            if text[m.start() - 1 : m.start()] in _LEVEL_CHARACTERS:
                continue  # (区发改委、财政局、…: the levelled list's own rule reads it)
            offset = m.start()
            for item in m.group(0).split("、"):
                mention = self.own_department(item, offset)
                found += [mention] if mention else []
                offset += len(item) + 1
        return found

    def _bare_partners(self, text: str) -> list[Mention]:
        """A department named bare after a levelled one it works with (市林湿局联合农业农村局等8个部门): of that level."""
        found = []
        for m in _LEVELLED_PARTNER_RE.finditer(text):
            stem = self._stem_at(text, m.end(), shortest=2)
            mention = self.resolve_local(m.group(1), stem, stem, m.end()) if stem else None
            found += [mention] if mention else []
        return found

    def _police_traffic_units(self, text: str, found: list[Mention]) -> list[Mention]:
        """A police bureau's traffic unit: after the bureau (文水县公安局交警大队 → …公安局交通警察大队), or bare in a
        document of some place (交警大队还协调…, 组织交通管理支队…): its county's 大队, its city's 支队."""
        units = []
        for m in _POLICE_TRAFFIC_UNIT_RE.finditer(text):
            bureau = next((f for f in found if f.end == m.start() and f.name.endswith(("公安局", "公安分局"))), None)
            stem = self.gaz.stems.get(m.group(), "")
            if bureau:
                units.append(_unit_under(bureau, m.group(), m.end(), stem.removeprefix("公安局")))
            elif stem and not (m.start() and (text[m.start() - 1] in _LEVEL_CHARACTERS or any(f.end == m.start() for f in found))):
                unit = self.resolve_local("县" if m.group().endswith("大队") else "市", m.group(), m.group(), m.start()) \
                    if (self.where.district if m.group().endswith("大队") else self.where.city) else None
                units += [unit] if unit else []
        return units

    def _bare_provincial(self, text: str) -> list[Mention]:
        """交通厅 in a 沙河市 reply: a 厅 is a province's department, so a bare one is the document's
        province's (a prefixed 省交通厅 is the local pattern's, and the longer mention wins)."""
        found = []
        for end in occurrences(text, "厅"):
            stem = self._stem_ending_at(text, end + 1)
            if stem and not stem.endswith("办公厅") and not _DOC_NUMBER_AFTER_RE.match(text, end + 1):
                mention = self.resolve_local("省", stem, stem, end + 1 - len(stem))
                if mention:
                    found.append(mention)
        return found

    def _local_groups(self, text: str) -> list[Mention]:
        """``成立市数字化转型工作领导小组``: a group named after this document's 市/区 (or a
        place written out) is that place's body; its name runs back from the suffix to the place."""
        found: list[Mention] = []
        if not any(word in text for word in _LOCAL_GROUP_WORDS):
            return found  # the suffixes, looked for by str: the pattern would be tried at every offset
        for m in _LOCAL_GROUP_RE.finditer(text):
            start = m.start()
            while start > 0 and m.start() - start < _LOCAL_GROUP_MAX_RUN and (is_cjk(text[start - 1]) or text[start - 1] in "“”") \
                    and (text[start - 1] not in _DISCOVER_STOP or text[start - 2 : start] == "自由"):  # (自由贸易试验区…; “一村一品”工程…)
                start -= 1
            run_start = start
            # the name starts after a verb, the last one a place follows (成立九江市…发展协调推进领导小组: 推进 is the name's)
            verbs = list(_NOT_IN_GROUP_NAME_RE.finditer(text, start, m.start()))
            placed = next((p for p in (self._place_opening(text, v.end(), m.start()) for v in reversed(verbs)) if p), None) \
                or (None if verbs else self._place_opening(text, start, m.start())) or _short_place_opening(text, start, m.start())
            if placed is None and m.group().startswith("联席会议") and text.endswith("部际", 0, m.start()):
                # 由推进使用正版软件工作部际联席会议负责: a national conference of ministries, named by its
                # task (推进 is part of the name; only a verb setting it up comes before it)
                national = _NATIONAL_HEAD_RE.search(text, run_start, m.start())  # (做好国家海上搜救部际联席会议)
                set_up = list(_SETS_UP_GROUP_RE.finditer(text, run_start, m.start()))
                # (国务院同时撤销就业工作部际联席会议: the conference after the verb acting on it)
                opens = set_up[-1].end() if set_up and (national is None or set_up[-1].start() > national.start()) \
                    else national.start() if national else run_start
                surface = text[opens : m.end()]
                if len(surface) < 10:
                    continue
                at = m.end() - len(surface)
                found.append(Mention("Agency", surface, surface, at, m.end(), properties={"level": "national"}))
                continue
            if placed is None:
                set_up = self._group_set_up(text, run_start, m.start(), m.end())
                found += [set_up] if set_up else []
                continue
            at, place = placed
            surface = text[at : m.end()]
            if names_many_bodies(surface[1:]):
                continue  # 区各部门成立工作专班: many groups
            name = place + surface[1:] if place else surface
            found.append(Mention("Agency", name, surface, at, m.end(), aliases=(surface,) if name != surface else (),
                                 properties={"level": "discovered", "jurisdiction": place or surface}))
        return found

    def _group_set_up(self, text: str, run_start: int, word_start: int, end: int) -> Mention | None:
        """A group the text sets up with no place in its name (县政府成立秸秆禁烧工作领导小组, 我区成立了物业管理…
        领导小组, 成立了全市…工作领导小组): a body of the place of the level that sets it up, else of the document's
        own place, also known by its name as written; this document's own node where that place is unnamed."""
        verb = None
        for verb in _SETS_UP_NAMED_GROUP_RE.finditer(text, max(0, run_start - len("成立了全市")), word_start):
            pass  # (the run stops at 了: 成立了全市…)
        # (成立了由州党委书记任组长、…为成员的全域旅游发展工作领导小组: who leads it, then its name after 的)
        headed = None if verb else _HEADED_GROUP_RE.search(text, max(0, run_start - MAX_GROUP_HEADS), run_start)
        name_start = verb.end() if verb else run_start
        if not (verb or headed) or self.where.national or _NATIONAL_HEAD_RE.match(text, name_start):  # (成立全国…: the nation's)
            return None
        written = text[name_start:end]
        if len(_GROUP_GENERIC_WORDS_RE.sub("", text[name_start:word_start])) < MIN_SET_UP_GROUP_NAME \
                or _NOT_A_GROUP_NAME_RE.search(written):
            return None  # (成立专项工作领导小组: a group of a kind, named by no task)
        opening = verb.start() if verb else headed.start()
        setter = verb and verb.group("level") or (lead.group(1) if (lead := _SETTER_LEVEL_RE.search(text, max(0, opening - 6), opening)) else "")
        level = {"州": "市"}.get(setter, setter)
        own = self.where.own_level()
        place = self.where.body_place_of(level or own) if level or own else ""
        if named := _place_prefix_length(written):  # (…为组长的湖北省现代农业推进领导小组: its place named already)
            return Mention("Agency", written, written, name_start, end, properties={"level": "discovered", "jurisdiction": written[:named]})
        if not place:
            return Mention("Agency", written, written, name_start, end, properties={"level": "discovered", "scope": "document"})
        return Mention("Agency", place + written, written, name_start, end, aliases=(written,),
                       properties={"level": "discovered", "jurisdiction": place})

    def _own_zone_committees(self, text: str) -> list[Mention]:
        """稀土高新区管委会 in a 包头市 notice's addressees → 包头稀土高新技术产业开发区管理委员会 (a zone is named
        after its place's short name; also known by the place's full name and as written); 县白乳泉景区管委会: the
        county's.  Where the place is unnamed, this document's own node."""
        found = []
        for word in _COMMITTEE_WORD_RE.finditer(text):
            reach = max(0, word.start() - MAX_OWN_ZONE)
            mark = max(text.rfind(mark, reach, word.start()) for mark in _OWN_ZONE_MARKS)
            if mark < 0 and reach > 0:
                continue
            lead = max((m.end() - 1 for m in _OWN_ZONE_LEAD_RE.finditer(text, mark + 1, word.start())), default=mark)
            zone = text[lead + 1 : word.start()]
            if not _OWN_ZONE_RE.fullmatch(zone) or word.group() == "管理办公室" or set(zone) & _DISCOVER_STOP or _MANY_ZONES_RE.search(zone) or _place_prefix_length(zone):
                continue  # (a place written before it: _zone_committees's)
            level = zone[0] if opens_with_level(zone) else ""
            zone = zone[1:] if level else zone
            own = level or self.where.own_level()
            place = self.where.body_place_of(own) if own else ""
            full = next((zone[: -len(short)] + long for short, long in _ZONE_FULL_WORDS if zone.endswith(short)), zone) + "管理委员会"
            start, surface = lead + 1, text[lead + 1 : word.end()]
            if not place:
                found.append(Mention("Agency", full, surface, start, word.end(), aliases=(surface,),
                                     properties={"level": "discovered", "scope": "document"}))
                continue
            short = place[:-1] if place.endswith(("市", "县", "旗")) and len(place) >= 3 else place
            short = "" if full.startswith(short) else short  # (准格尔经济开发区 in a 准格尔旗 text: named after it already)
            found.append(Mention("Agency", short + full, surface, start, word.end(), aliases=(place + full, full, surface) if short else (surface,),
                                 properties={"level": "discovered", "jurisdiction": place}))
        return found

    def _place_opening(self, text: str, start: int, end: int) -> tuple[int, str] | None:
        """Where, between ``start`` and ``end``, a place opens a name with at least two characters
        after it: a place written out (静安区 → "") or a bare level (市 → this document's city)."""
        for at in range(start, end - 2):
            if text[at] in "国中":
                return None  # 国家…/中央…: national, found by _DISCOVER_RE
            for n in (2, 3, 4, 5):
                place = text[at : at + n]
                if at + n <= end - 2 and place[-1] in "省市区县" and (is_place(place) or county_of_short_name(place)):
                    return at, ""
            level = text[at]
            if opens_with_level(text[at : at + 2]) and not _word_before_level(text, at):
                own = self.where.body_place_of(level if level in "省市县" else "区")  # (县抗震救灾指挥部: 龙陵县's)
                # (根据县创城指挥部…, 以县乡村清洁专责小组为牵头 in a county's news that never names it: named as written)
                return (at, own) if own else (at, "") if self.where.unnamed_county or self.where.unnamed_city else None
        return None

    # -- scanning --------------------------------------------------------------------------
    def _ends_longer_stem(self, text: str, start: int, end: int) -> bool:
        """Whether a local department's name the gazetteer knows ends at ``end`` and begins before ``start``."""
        return bool(self._stem_ending_at(text, end, end - start + 1, self.gaz.longest_stem))

    def find(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        hits = self.gaz.scan(text)
        hit_starts = {hit.start for hit in hits if hit.entry.type not in _NOT_BODIES}  # (…部网络安全产业发展中心: a field inside a name)
        offices: list[Mention] = []  # listed after the names found whole, which win a tie
        for hit in hits:
            if hit.entry.type in _NOT_BODIES:
                continue
            if self._foreign_short_form(hit.entry, hit.surface):
                placed = self._other_city(self._mention(hit.entry, hit.surface, hit.start), text)
                found += [placed] if placed else []  # 重庆市经济和信息化委员会: the city written before it
                continue
            if hit.entry.level == "national" and not hit.surface.startswith(("国", "中")):
                if hit.start > 0 and text[hit.start - 1] in _LEVEL_CHARACTERS \
                        or text[max(0, hit.start - 2) : hit.start] in _LOCAL_COMMITTEES:
                    continue  # 区统计局, 党委网信办 and 州委网信办 are local bodies, not 国家统计局 or 国家网信办
                if self._ends_longer_stem(text, hit.start, hit.end) or hit.surface == "旅游局" and _field_words_before(text, hit.start):
                    # (文化广电体育和旅游局: a local department's name the stems know ends so, no 旅游局 of its own;
                    # 区商贸旅游局, 文化体育广电和旅游局: nor where a field's words run into it)
                    continue
                local = self.own_department(hit.surface, hit.start)  # 省发改委、农委、统计局 in a province's text
                if local is not None:
                    found.append(local)
                    continue
            if hit.surface.endswith("部") and (text[hit.end : hit.end + 1] in _NOT_AFTER_MINISTRY
                                               and not text.startswith(_MINISTRY_DOING_IN_PARTS, hit.end)
                                               or text.endswith(("集团", "公司"), 0, hit.start)):
                continue  # 科技部门 / 建设部分 / 交通部署 are words; 申通地铁集团建设部 a company's own department
            if _office_of_government(hit.surface, text, hit.end):
                offices += self._offices_of(self._mention(hit.entry, hit.surface, hit.start), text)
                continue  # 市政府督查局: the office acts, not the government
            if _DOC_NUMBER_AFTER_RE.match(text, hit.end):
                continue  # 国办发〔2020〕43号 is a document's number, not the office acting
            found.append(self._mention(hit.entry, hit.surface, hit.start))
            if hit.entry.level == "national" and hit.surface.endswith(("部", "委", "局", "署", "院", "办公室")):
                unit = _SUB_UNIT_RE.match(text, hit.end) or _DEPARTMENT_RE.match(text, hit.end) or _GENERAL_OFFICE_RE.match(text, hit.end)
                if unit and not _SUB_UNIT_STOP_RE.search(_JOINED_DEPARTMENT_WORDS_RE.sub("", unit.group(1))) \
                        and not any(hit.end <= start < unit.end() for start in hit_starts):  # …部办公厅国管局: two bodies
                    found.append(self._sub_unit(hit, unit.group(0)))
                bracketed = _BRACKETED_DEPARTMENT_RE.match(text, hit.end)
                # (交通运输部（民航局）: a bureau the gazetteer knows on its own, no department of the ministry)
                if bracketed and (bracketed.group(1).endswith("司") or hit.surface.endswith("部")) \
                        and not (self.gaz.lookup(bracketed.group(1)) or self.gaz.lookup("国家" + bracketed.group(1))) \
                        and not _SUB_UNIT_STOP_RE.search(_JOINED_DEPARTMENT_WORDS_RE.sub("", bracketed.group(1))):
                    # (新闻出版广电总局（版权局）: the body's other name, no department of it)
                    # 工业和信息化部（节能与综合利用司）: the ministry's department, named in brackets
                    department = replace(self._sub_unit(hit, bracketed.group(1)), start=hit.start, end=bracketed.end())
                    found.append(replace(department, surface=text[hit.start : bracketed.end()]))
        accepted = {m.start for m in found}
        found += self._sharing_known_names(text, [hit for hit in hits if hit.start in accepted])
        found = [self._other_city(m, text) or m for m in found]
        if self.local_re:
            for m in self.local_re.finditer(text):
                prefix = m.group("prefix")
                if prefix in ("市", "区", "县", "省") and (_word_before_level(text, m.start()) or _listed_levels(text, m.start())):
                    continue
                if prefix in ("区", "县") and not self.where.district:
                    # 永仁县委县政府: the county named with its committee
                    prefix = _place_with_committee_before(text, m.start()) or prefix
                if _office_of_government(m.group("stem"), text, m.end()):
                    government = self.resolve_local(prefix, m.group("stem"), m.group(0), m.start())
                    offices += self._offices_of(government, text) if government else []
                    continue
                if prefix == "州" and (named := self._named_prefectures_body(text, m)):
                    found.append(named)  # 红河州水利局 in a 文山州 text: 红河's, not the text's own
                    continue
                mention = self._other_province(prefix, m.group("stem"), text, m.start())
                if mention is None and prefix == "省" and not self.where.province and not self.where.unnamed_province:
                    continue  # 省工业和信息化主管部门 in a national text: every province's, not one
                mention = mention or self.resolve_local(prefix, m.group("stem"), m.group(0), m.start())
                if mention is None and prefix == "市":  # 由北京市人民政府负责 in a national text, 陆丰市政府 in a province's
                    bare = Mention("Agency", m.group(0), m.group(0), m.start(), m.end())
                    mention = self._other_city(bare, text) or self._other_county(bare, text)
                if mention:
                    mention = self._other_city(mention, text) or self._other_county(mention, text) or mention
                    found.append(self._branch_after(mention, text) or mention)
        found += offices
        found += [unit for m in found if m.surface.endswith(_CONGRESS_BODY) for unit in self._congress_units(m, text)]
        for m in _PARTY_COMMITTEE_RE.finditer(text):
            if _JOINT_OFFICE_AFTER_RE.match(text, m.end()):
                continue  # (市委、市政府督查局: the two's one supervision bureau, no committee acting)
            level = text[m.start() - 1 : m.start()]
            # (各市委, 本区委, 全县委: no one committee; 团市委: the Youth League's)
            if not level or level not in "省市区县旗" or text[m.start() - 2 : m.start() - 1] in ("各", "本", "全", "团") \
                    or m.group(1) and m.group(1) != level:
                continue  # (县委市政府: no one level's pair)
            named = _place_named_before(text, m.start() - 1)
            if m.group("place") and m.group("place") != named:
                continue  # (…县委湘阴县人民政府: run together only with its own place's government)
            if named:  # (中共株洲市委、株洲市人民政府, 重庆市委: the committee of the place it names)
                at = m.start() - len(named)
                at -= 2 if text.endswith("中共", 0, at) else 0
                if text[at - 1 : at] != "团":  # (共青团株洲市委: the League's)
                    # (二道区委: 长春市二道区's)
                    found.append(self._committee_of(county_place(named), text[at : m.end()], at, m.end()))
                continue
            mention = self.party_committee(level, m.start() - 1, m.end())
            if mention:
                found.append(mention)
        for m in _CONGRESS_SHORT_RE.finditer(text) if "人大" in text else ():
            found += [body] if (body := self._congress(text, m)) else []
        for m in _CPPCC_SHORT_RE.finditer(text) if "政协" in text else ():
            found += [body] if (body := self._cppcc(text, m)) else []
        for m in _CENTRAL_OFFICES_RE.finditer(text) if "办" in text else ():
            found += [self._mention(entry, m.group(1), m.start())] if (entry := self.gaz.lookup(_CENTRAL_OFFICES[m.group(1)])) else []
        for m in _DISCIPLINE_COMMISSION_RE.finditer(text) if "纪委" in text else ():
            found += [body] if (body := self._discipline_commission(text, m)) else []
        for m in _YOUTH_LEAGUE_RE.finditer(text) if "团" in text else ():  # 团区委、区教委支持…: the League acts
            league = self._youth_league(m.group(1), m.group(0))
            if league and not any(f.start == m.start() for f in found):
                found.append(replace(league, start=m.start(), end=m.end()))
        # 委 and the department first (a literal scan), then the level before it
        departments = (_PARTY_DEPARTMENT_RE.match(text, max(0, d.start() - (2 if text[d.start() - 1] == "党" else 1)))
                       for d in _PARTY_DEPARTMENT_AFTER_RE.finditer(text, 1))
        for m in (m for m in departments if m and text[m.start() - 1 : m.start()] not in ("各", "本", "全")):
            region = text.endswith("自治", 0, m.start(1))  # (自治区党委办公厅: the region's own committee)
            named = "" if region else _place_named_before(text, m.start(1))
            if named:  # (山东省委组织部 in a 沂水县 reply: the committee of the province it names)
                at = m.start(1) + 1 - len(named)
                committee = self._committee_of(named, text[at : m.start(2)], at, m.start(2))
            else:
                committee = None if not region and _word_before_level(text, m.start(1)) \
                    else self.party_committee(m.group(1), m.start() - (2 if region else 0), m.start(2))
                # (自治区党委编办: the committee as written, 自治区党委, not its short form 区委)
                committee = replace(committee, surface=text[committee.start : m.start(2)]) if committee else None
            if committee:  # 中共福建省委组织部: the committee's short name, then the department
                place = committee.properties.get("jurisdiction", "")
                # (中共宁夏回族自治区委员会办公厅, 中共金平苗族瑶族傣族自治县委员会办公室: an autonomous place's in full)
                short = f"中共{place}委员会" if place.endswith(("自治区", "自治州", "自治县")) else f"中共{place}委"
                found.append(_unit_under(replace(committee, name=short), m.group(2), m.end(),
                                         _PARTY_DEPARTMENT_NAMES.get(m.group(2), "")))
            elif not named and not region and not _word_before_level(text, m.start(1)) \
                    and (level := self._unnamed_level(m.group(1))):
                found.append(self.unplaced(m.group(0), m.start(), level))  # (市委组织部 in a text that says 我市, never naming it)
        for m in _DISTRICT_POLICE_RE.finditer(text) if "公安" in text and self.where.city == SHANGHAI else ():
            district = next((d for d in (m.group(1) + "区", m.group(1) + "新区")
                             if city_of(d) == SHANGHAI or d in shared_counties_of(SHANGHAI)), "")  # 公安嘉定分局, 公安浦东分局
            if district:
                name = f"{SHANGHAI}公安局{m.group(1)}分局"
                found.append(Mention("Agency", name, m.group(0), m.start(), m.end(), aliases=(m.group(0),),
                                     properties={"level": "district", "jurisdiction": SHANGHAI + district}))
        for m in _BANK_BRANCH_RE.finditer(text) if "分行" in text or "支行" in text else ():
            branch = self._bank_branch(m)
            found += [branch] if branch else []
        found += self._local_banks(text) if "行" in text or "信用" in text else []
        for m in _CENTRAL_BANK_BRANCH_RE.finditer(text) if "行" in text else ():
            name = "中国人民银行" + m.group(1) + m.group(2)  # 人行贵阳中心支行: the central bank's branch there
            found.append(Mention("Agency", name, m.group(0), m.start(), m.end(),
                                 aliases=(m.group(0),) if m.group(0) != name else (), properties={"level": "national"}))
        found += _customs_offices(text) if "海关" in text or "检验检疫局" in text else []
        found += _armed_police_units(text) if "武警" in text else []
        found += self._navy(text) if "海" in text and "军" in text else []
        for m in _LEVEL_FINANCE_RE.finditer(text) if "财政" in text else ():
            mention = self.resolve_local(m.group(1), "财政厅" if m.group(1) == "省" else "财政局", m.group(0), m.start())
            found += [mention] if mention else []
        found += self._level_departments(text) if "部门" in text or "机构" in text else []
        found += self._survey_teams(text) if "调查" in text else []
        found += _acting_places(text)
        found += self._duty_scope_units(text) if "职责范围" in text else []
        for m in _ACTING_TOWN_RE.finditer(text) if "镇" in text or "乡" in text or "街道" in text else ():
            if not m.group(1).startswith(_NOT_A_PLACE_HEADS) and not _NOT_A_SUBDISTRICT_NAME_RE.search(m.group(1)):
                found.append(self.subdistrict(m.group(1), m.start(1)))  # (伊吗图镇牵头负责, 伊吗图镇对…进行测算: the town's government)
        found += _military_districts(text) if "区" in text else []
        found += self._national_departments(text) if "国务院" in text else []
        for m in _LEVEL_CENTRAL_BANK_RE.finditer(text) if "人行" in text else ():
            place = self.where.place_of(m.group(1))
            # 市人行 in a 滁州 text: 中国人民银行滁州市中心支行 (not 城市人行、骑行系统: pedestrians)
            if place and not _word_before_level(text, m.start()):
                name = f"中国人民银行{place}{'中心支行' if m.group(1) == '市' else '支行'}"
                found.append(Mention("Agency", name, m.group(0), m.start(), m.end(), aliases=(m.group(0),),
                                     properties={"level": "national"}))
        for m in _PARTNER_SUBDISTRICT_RE.finditer(text):
            town, at = next((m.group(g), m.start(g)) for g in (1, 2, 3) if m.group(g))
            if not names_many_bodies(town) and not town.startswith(_NOT_A_PLACE_HEADS):  # 与各乡镇, 督促乡镇街道: many
                found.append(self.subdistrict(town, at))
                end = at + len(town)
                while listed := _NEXT_SUBDISTRICT_RE.match(text, end):  # (与开元街道、鲤中街道对…: the list's other towns)
                    if listed.group(1).startswith(_NOT_A_PLACE_HEADS) or names_many_bodies(listed.group(1)):
                        break
                    found.append(self.subdistrict(listed.group(1), listed.start(1)))
                    end = listed.end()
        found += self._town_party_committees(text) if "党委" in text else []
        if self.where.province and "厅" in text:
            found += self._bare_provincial(text)
        found += self._bare_department_lists(text) if self.gaz.stems and self.where.own_level() else []
        found += self._bare_partners(text) if self.gaz.stems and ("联合" in text or "会同" in text) else []
        if self.gaz.stems and self.where.own_level():
            # (配合主办单位交通运输局完成…: after its role in handling a suggestion; 经与教育局对接, 协调发改委和县供电公司:
            # after a verb of working with it)
            found += self._own_departments_after(_HANDLING_ROLE_RE, text, ("局", "委", "厅", "办")) if "单位" in text else []
            found += self._own_departments_after(_PARTNER_VERB_RE, text, ("局", "委"), _AFTER_PARTNER_RE)
            found += self._own_departments_after(_BY_BARE_RE, text, ("局", "委"), _LEADS_AFTER_RE) if "由" in text else []
        for m in _PARTNER_SHORT_RE.finditer(text):
            # 会同市财政(地税)局: the bracket names a merged office; the body is 市财政局
            mention = self.resolve_local(m.group(1), m.group(2) + m.group(3), text[m.start(1) : m.end()], m.start(1))
            if mention:
                found.append(mention)
        found += self._local_groups(text)
        found += self._prefectures_bodies(text) if any(end in text for end in (*_OTHER_PREFECTURES, _PREFECTURE)) else []
        found += self._corps_bodies(text) if _CORPS in text else []
        found += _placed_bodies(text)
        found += _security_corps(text) if "公安" in text else []
        found += _acting_placed_units(text)
        found += _towns_after_counties(text) if "政府" in text or "办事处" in text else []
        found += (_zone_committees(text) + self._own_zone_committees(text)) if "管" in text else []  # (the cheap test first)
        for m in _DISCOVER_RE.finditer(text):
            name, start = m.group(0), m.start()
            if (verb := _SET_UP_IN_NAME_RE.search(name)) and _DISCOVER_HEAD_RE.match(name, verb.end()):
                name, start = name[verb.end() :], start + verb.end()  # (国务院决定成立国家新材料…领导小组: the group set up)
            elif verb:
                continue  # (国务院成立就业工作领导小组: a body setting up another, named in full where the text names it)
            if not (set(name) & _DISCOVER_STOP) and not re.search("有关|相关|各级|各类", name) and not _RUN_TOGETHER_RE.search(name):
                kind = "Organization" if name.endswith(_STANDARDS_COMMITTEES) else "Agency"  # (全国信息安全标准化技术委员会)
                found.append(Mention(kind, name, name, start, m.end(), properties={"level": "discovered"}))
        found += self._police_traffic_units(text, found) if "交" in text else []
        found += self._acting_units(text, found)
        found += [unit for m in found if m.properties.get("level") in _LOCAL_PARENT_LEVELS and m.name.endswith(_LOCAL_PARENT_ENDINGS)
                  for unit in [_local_sub_unit(m, text)] if unit]
        found += self._acting_cities(text) if self.where.province else []
        found += _places_charged(text) if self.where.national and "由" in text else []
        found += _divisions(text)
        found += self._listed_with(text, found)
        found += self._places_sharing_government(text, found) if "、" in text else []
        found += self._fields_listed_as_departments(text) if "部门" in text else []
        found += self._places_given_work(text) if "由" in text else []
        return [m for m in leftmost_longest(_local_readings(found))
                if not (_CONGRESS_WORDS_RE.search(m.surface) and _SESSION_AFTER_RE.match(text, m.end))]
