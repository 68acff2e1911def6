"""Which province a place belongs to (``loaders/data/places.tsv``).

A city document's ``省工信委`` is its own province's body: 庆阳市 is in 甘肃省, so the text means
甘肃省工业和信息化委员会.  ``places.tsv`` lists every provincial-level division, every
prefecture-level one, the county-level cities a province administers directly, and common former
names; ``counties.tsv`` every county-level division with its city and province (城口县 → 重庆市),
except names two cities share, which ``shared_counties.tsv`` lists with each city (市中区: 济南, 枣庄,
内江, 乐山): the text says which, by naming one of them beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from loaders.gazetteer import DATA_DIR, read_rows
from loaders.text import most_counted

MUNICIPALITIES = ("municipality", "sar")


@lru_cache(maxsize=4)
def _table(data_dir: Path = DATA_DIR) -> dict[str, tuple[str, str]]:
    return {r["name"]: (r["province"], r["kind"]) for r in read_rows(data_dir / "places.tsv") if r.get("name")}


@lru_cache(maxsize=4)
def _counties(data_dir: Path = DATA_DIR) -> dict[str, tuple[str, str]]:
    return {r["name"]: (r["city"], r["province"]) for r in read_rows(data_dir / "counties.tsv") if r.get("name")}


def province_of(place: str) -> str:
    """The province a city or county belongs to, or the province itself; "" for a municipality
    (上海市 has no 省) or an unknown place."""
    province, kind = _table().get(place, ("", ""))
    if not province and place in _counties():
        province = _counties()[place][1]
        kind = _table().get(province, ("", ""))[1]
    return "" if kind in MUNICIPALITIES else province


def city_of(county: str) -> str:
    """The city a county-level division belongs to (城口县 → 重庆市, 舞钢市 → 平顶山市); ""."""
    return _counties().get(county, ("", ""))[0]


@lru_cache(maxsize=4)
def _shared_counties(data_dir: Path = DATA_DIR) -> dict[str, tuple[str, ...]]:
    cities: dict[str, tuple[str, ...]] = {}
    for r in read_rows(data_dir / "shared_counties.tsv"):
        if r.get("name"):
            cities[r["name"]] = (*cities.get(r["name"], ()), r["city"])
    return cities


def is_shared_county(name: str) -> bool:
    """Whether more than one city has a county-level division of this name (市中区, 河东区)."""
    return name in _shared_counties()


def city_of_shared_county(county: str, text: str) -> str:
    """The city of a county whose name several cities share, when a sentence that names the county
    names exactly one of them (市中区作为枣庄市的商业中心区 → 枣庄市; not 借鉴南京市经验 elsewhere); ""."""
    named: set[str] = set()
    at = text.find(county)
    while at >= 0:
        start = max(text.rfind(mark, 0, at) for mark in _SENTENCE_MARKS) + 1
        ends = [e for e in (text.find(mark, at) for mark in _SENTENCE_MARKS) if e >= 0]
        sentence = text[start : min(ends) if ends else len(text)]
        named |= {city for city in _shared_counties().get(county, ()) if city in sentence}
        at = text.find(county, at + len(county))
    if not named:  # (“上海普陀文化”: the city's and the county's short names run together)
        named = {city for city in _shared_counties().get(county, ()) if city[:-1] + county[:-1] in text}
    return named.pop() if len(named) == 1 else ""


_SENTENCE_MARKS = "。！？；\n"


@lru_cache(maxsize=1024)
def counties_of(city: str) -> tuple[str, ...]:
    """The county-level divisions under a city (舟山市 → 定海区, 岱山县, 嵊泗县; names two cities share,
    such as 普陀区, are in neither: see counties.tsv)."""
    return tuple(sorted(name for name, (their_city, _) in _counties().items() if their_city == city))


def shared_counties_of(city: str) -> tuple[str, ...]:
    """The county-level names this city shares with others (上海市 → 普陀区, 舟山市 → 普陀区, 定海区 is not)."""
    return tuple(sorted(name for name, cities in _shared_counties().items() if city in cities))


# The peoples an autonomous place is named after, written last in its name, which its short name leaves out
# (甘南藏族自治州 → 甘南州, 博尔塔拉蒙古自治州 → 博尔塔拉州, 张家川回族自治县 → 张家川县; 蒙古 may go without 族).
_PEOPLES = ("(?:(?:蒙古|土家|哈尼|布依|纳西|傈僳|拉祜|景颇|独龙|普米|哈萨克|撒拉|保安|东乡|裕固|锡伯|达斡尔|鄂温克|鄂伦春|仡佬|毛南|仫佬|朝鲜|维吾尔"
            "|柯尔克孜|塔吉克|布朗|回|苗|瑶|傣|彝|壮|侗|黎|满|藏|羌|白|佤|怒|水|畲|土|各)族?)+")
_PEOPLES_RE = re.compile(f"{_PEOPLES}自治州$")
_COUNTY_PEOPLES_RE = re.compile(f"{_PEOPLES}自治县$")


@lru_cache(maxsize=4)
def _prefectures_by_short_name(data_dir: Path = DATA_DIR) -> dict[str, str]:
    return {name[: m.start()] + "州": name for name, (_, kind) in _table(data_dir).items()
            if kind == "autonomous_prefecture" and (m := _PEOPLES_RE.search(name)) and m.start() >= 2}


def prefecture_of_short_name(short: str) -> str:
    """The autonomous prefecture a short name stands for (昌吉州 → 昌吉回族自治州); ""."""
    return _prefectures_by_short_name().get(short, "")


@lru_cache(maxsize=4)
def _counties_by_short_name(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Autonomous counties' short names by the two characters a county opens with (金平县, 前郭县), by its name before
    its peoples' (张家川县 for 张家川回族自治县) and by its first character and its first people's (阜蒙县 for
    阜新蒙古族自治县); banners' by their first character and their wing (科右中旗 for 科尔沁右翼中旗); each kept where
    only one county has it and no county is so named."""
    counties = _counties(data_dir)
    names = [name for name in counties if name.endswith("自治县") and len(name) > 5]
    counties_by_short: dict[str, set[str]] = {}
    for name in names:
        peoples = _COUNTY_PEOPLES_RE.search(name)
        before_peoples = {name[: peoples.start()] + "县"} if peoples and peoples.start() >= 2 else set()
        initials = {name[0] + peoples.group()[0] + "县"} if peoples and peoples.start() >= 2 else set()
        for short in ({name[:2] + "县"} | before_peoples | initials) - counties.keys():
            counties_by_short.setdefault(short, set()).add(name)
    for name in counties:
        wing = _BANNER_WING_RE.match(name)
        if wing and (wing.group("side") or wing.group("position")):
            short = name[0] + (wing.group("side") or "") + (wing.group("position") or "") + "旗"
            if short not in counties:
                counties_by_short.setdefault(short, set()).add(name)
    return {short: next(iter(named)) for short, named in counties_by_short.items() if len(named) == 1}


# A banner named by its wing or its place among its people's banners (科尔沁右翼中旗, 土默特左旗, 鄂托克前旗), which
# its short name keeps after its first character (科右中旗, 土左旗, 鄂前旗).
_BANNER_WING_RE = re.compile("^.+?(?:(?P<side>[左右])翼?)?(?P<position>[前中后])?旗$")


def county_of_short_name(short: str) -> str:
    """The autonomous county or banner a short name stands for (金平县 → 金平苗族瑶族傣族自治县, 科右中旗 → 科尔沁右翼中旗),
    when only one has it; ""."""
    return _counties_by_short_name().get(short, "")


@lru_cache(maxsize=4)
def _short_names_by_prefecture(data_dir: Path = DATA_DIR) -> dict[str, str]:
    return {full: short for short, full in _prefectures_by_short_name(data_dir).items()}


def short_name_of_prefecture(prefecture: str) -> str:
    """The short name of an autonomous prefecture (甘南藏族自治州 → 甘南州); "" for any other place."""
    return _short_names_by_prefecture().get(prefecture, "")


@lru_cache(maxsize=1)
def _city_short_name_re(data_dir: Path = DATA_DIR) -> re.Pattern[str]:
    """Every prefecture-level city's name without its 市 (赣州, 宜宾), where it names the city: a
    campaign for the city (健康赣州, 美丽宜宾) or the city's zones and branches (赣州经济技术开发区,
    赣州蓉江新区, 赣州银保监分局) — not inside a word (新乡贤, 长治久安)."""
    shorts = "|".join(sorted((name[:-1] for name, (_, kind) in _table(data_dir).items() if kind == "city" and len(name) >= 3),
                             key=len, reverse=True))
    return re.compile(rf"(?<=健康|美丽|平安|数字|智慧|文明|幸福)(?:{shorts})"
                      rf"|(?:{shorts})(?=经济技术开发区|高新技术产业开发区|高新区|开发区|综合保税区|[\u4e00-\u9fff]{{0,4}}新区"
                      rf"|[\u4e00-\u9fff]{{0,4}}分局|[\u4e00-\u9fff]{{0,4}}分行|中心城区)")


MIN_SHORT_CITY_MENTIONS = 3


def _named_most(pattern: re.Pattern[str], text: str, at_least: int, alone_at: int) -> str:
    """The name ``pattern`` finds in ``text`` more often than any other, at least ``at_least`` times
    (``alone_at`` when it is the only one found); ""."""
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    return most_counted(counts, at_least, alone_at)


def city_named_short(text: str) -> str:
    """The city a text keeps naming without its 市 (健康赣州, 赣州经济技术开发区, 赣州银保监分局: 赣州市),
    when it names one at least three times and more often than any other; ""."""
    short = _named_most(_city_short_name_re(), text, MIN_SHORT_CITY_MENTIONS, MIN_SHORT_CITY_MENTIONS)
    return short + "市" if short else ""


# Districts named by an everyday word (梅山老城区危旧房屋, 城东区域, 河口区段): a text naming such a word is not
# thereby that district's.
_WORD_NAMED_DISTRICTS = frozenset({"老城区", "东区", "西区", "河口区", "港口区", "新市区", "古城区", "平安区", "前进区", "解放区",
                                   "太平区", "友好区", "城东区", "城北区", "城西区", "新兴区", "东风区", "红旗区", "工农区"})


@lru_cache(maxsize=1)
def _county_names(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Every county-level division's full name that one city alone has (乌拉特中旗, 湘阴县, 定海区), but
    those that are everyday words."""
    return frozenset(name for name in _counties(data_dir) if name not in _WORD_NAMED_DISTRICTS)


@lru_cache(maxsize=1)
def _county_name_re(data_dir: Path = DATA_DIR) -> re.Pattern[str]:
    """Any of those names, the longest first."""
    return re.compile("|".join(sorted(map(re.escape, _county_names(data_dir)), key=len, reverse=True)))


MAX_COUNTY_NAME = 9  # (乌拉特中旗, 石林彝族自治县; the longest county names are autonomous counties')


def county_named_before(text: str, end: int) -> str:
    """The county-level division one city alone has whose name ends right at ``end`` (华宁县 in
    华宁县盘溪镇), the longest if several do; "" (looked up backwards: no scan of the whole text)."""
    return next((name for n in range(MAX_COUNTY_NAME, 1, -1) if end >= n and (name := text[end - n : end]) in _county_names()), "")


MIN_COUNTY_MENTIONS = 2


def county_names_in(text: str) -> Iterator[re.Match[str]]:
    """Where the text names a county-level division one city alone has (华宁县, 乌拉特中旗), in order; not one
    ending another county's short name (宁县 in 丰宁县, 丰宁满族自治县's)."""
    return (m for m in _county_name_re().finditer(text)
            if not (m.start() and county_of_short_name(text[m.start() - 1 : m.end()])))


def county_named_most(text: str) -> str:
    """The county-level division a text names most (at least twice, more than any other): the place
    of a county's unsigned reply that never names its city (现已开通乌拉特中旗至…, 在乌拉特中旗设…); ""."""
    counts: dict[str, int] = {}
    for m in county_names_in(text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    return most_counted(counts, MIN_COUNTY_MENTIONS, MIN_COUNTY_MENTIONS)


def prefecture_of_counties_named(text: str, kind: str = "自治州") -> str:
    """The autonomous prefecture (or, with ``kind`` 地区, the prefecture) whose counties a text names (博乐市、精河县 →
    博尔塔拉蒙古自治州; 沙湾县 twice → 塔城地区), at least twice and more often than any other prefecture's; ""."""
    counts: dict[str, int] = {}
    for m in county_names_in(text):
        city = city_of(m.group())
        if city.endswith(kind):
            counts[city] = counts.get(city, 0) + 1
    return most_counted(counts, MIN_COUNTY_MENTIONS)


@lru_cache(maxsize=1)
def _province_name_re(data_dir: Path = DATA_DIR) -> re.Pattern[str]:
    """Every province's and autonomous region's full name where it names the text's own province: a
    title of its own (《贵州省…》) or its government, bodies and banks' branches (安徽省人民政府, 贵州省卫生健康委,
    国家开发银行云南省分行) — not
    a province named as an example (借鉴浙江省经验, 赴浙江省学习)."""
    names = "|".join(sorted((name for name, (_, kind) in _table(data_dir).items() if kind == "province"), key=len, reverse=True))
    # (…委员会 right after it: a party's committee there, 致公党福建省委员会, which a reply to that province answers)
    return re.compile(rf"(?<=《)(?:{names})|(?:{names})(?=人民政府|政府|分行|委员会|[\u4e00-\u9fff]{{1,10}}?(?:厅|局|委员会|委))")


def province_named_most(text: str) -> str:
    """The province a text names most (at least twice, or the only one it names); ""."""
    return _named_most(_province_name_re(), text, at_least=2, alone_at=1)


@lru_cache(maxsize=1)
def _provinces_by_short_name(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Provinces and autonomous regions by the name a text speaks of them by (贵州, 黑龙江, 广西)."""
    provinces = {name[: -len("省")]: name for name, (_, kind) in _table(data_dir).items() if kind == "province" and name.endswith("省")}
    return provinces | _REGIONS_BY_SHORT_NAME


@lru_cache(maxsize=1)
def _province_short_name_re(data_dir: Path = DATA_DIR) -> re.Pattern[str]:
    """Any of those short names, the longest first (黑龙江 before a two-character name inside it)."""
    return re.compile("|".join(sorted(_provinces_by_short_name(data_dir), key=len, reverse=True)))


MIN_SHORT_PROVINCE_MENTIONS = 2


def province_named_short(text: str) -> str:
    """The province a text keeps naming by its short name (贵州深入贯彻…, 贵州持续发力…: 贵州省), when it names it at
    least twice and more than twice as often as any other (江苏 three times beside 浙江、安徽、山东 once, its neighbours
    it works with); ""."""
    ranked = Counter(m.group() for m in _province_short_name_re().finditer(text)).most_common(2)
    if not ranked or ranked[0][1] < MIN_SHORT_PROVINCE_MENTIONS or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return ""
    return _provinces_by_short_name()[ranked[0][0]]


@lru_cache(maxsize=4)
def _short_names(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Provinces' and cities' names without their kind (福建, 内蒙古, 北京, 赣州): how slogans and brands name them."""
    shorts = set()
    for name, (_, kind) in _table(data_dir).items():
        if kind == "province":
            shorts.add(name[:-1] if name.endswith("省") else name[:3] if name.startswith("内蒙古") else name[:2])
        elif kind in (*MUNICIPALITIES, "city") and len(name) >= 3 and name.endswith("市"):
            shorts.add(name[:-1])
    return frozenset(shorts)


def is_short_place_name(word: str) -> bool:
    """Whether a word is a province's or city's name without its kind (福建 in “清新福建”, 山东 in “好客山东”)."""
    return word in _short_names()


def is_known(place: str) -> bool:
    """Whether the table lists this place (上海市 included, which has no province)."""
    return place in _table()


def is_place(name: str) -> bool:
    """Whether either table lists this name: a province, a prefecture or a county-level division."""
    return is_known(name) or bool(city_of(name))


# The one-character names provinces sign their documents' numbers with (闽文旅提案〔2024〕56号,
# 湘政发…).  Only those no city's number also opens with: 宁 (南京, 宁夏), 新 and the signs below are read with the text.
PROVINCE_ABBREVIATIONS = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "蒙": "内蒙古自治区",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省",
    "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省", "川": "四川省", "黔": "贵州省",
    "滇": "云南省", "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省",
}


# 宁 and 新 also open Nanjing's, Ningbo's or Xinxiang's numbers, 内 a body's internal ones; in a text whose bodies
# are an autonomous region's, written by level alone (自治区发改委, 自治区政协), they are 宁夏's, 新疆's and 内蒙古's
# (内农牧议字〔2021〕105号).
AUTONOMOUS_REGION_SIGNS = {"宁": "宁夏回族自治区", "新": "新疆维吾尔自治区", "内": "内蒙古自治区"}
# 自治区 standing for the region itself, not ending a region's name (…回族自治区, 西藏自治区, 内蒙古自治区)
_BARE_REGION_RE = re.compile("(?<![族尔藏古、])自治区(?![、，,]|[^，,。；;、\n]{0,2}(?:成立|区划))")  # (各省、自治区、直辖市: every one)


_REGIONS_BY_SHORT_NAME = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
                          "新疆": "新疆维吾尔自治区"}
_REGION_SHORT_NAME_RE = re.compile("|".join(_REGIONS_BY_SHORT_NAME))
# The levels only Inner Mongolia has, named together as its other regions name 市县 (盟市, 旗县, 旗县区, 嘎查村).
_LEAGUES_AND_BANNERS_RE = re.compile("盟市|旗县|嘎查")


def region_named_short(text: str) -> str:
    """The autonomous region a text speaking as one (自治区政协, 自治区发展改革委) names by its short name alone
    (…交通运输部明确指出广西“三月三”减免…: 广西壮族自治区), when it names no other, or by the levels only one has
    (盟市、旗县: 内蒙古自治区); ""."""
    if not _BARE_REGION_RE.search(text, 0, 4000):
        return ""
    named = {m.group() for m in _REGION_SHORT_NAME_RE.finditer(text)}
    if not named and _LEAGUES_AND_BANNERS_RE.search(text):
        return _REGIONS_BY_SHORT_NAME["内蒙古"]  # (自治区本级配套资金…向盟市、旗县倾斜: only Inner Mongolia has leagues and banners)
    return _REGIONS_BY_SHORT_NAME[named.pop()] if len(named) == 1 else ""


_CITED_NUMBER_SIGN_RE = re.compile(r"[（(]\s*([\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}\s*[〔\[［]\s*(?:19|20)\d{2}")


def province_of_cited_numbers(text: str) -> str:
    """The one province whose sign the numbers of the documents a text cites open with (省委办公厅、省政府办公厅《…》
    (川委厅〔2018〕29号): 四川省); "" when they name none or several.  Provinces only: 京, 沪 are cities, read elsewhere."""
    provinces = {PROVINCE_ABBREVIATIONS.get(m.group(1), "") for m in _CITED_NUMBER_SIGN_RE.finditer(text)}
    provinces = {p for p in provinces if p and province_of(p)}
    return provinces.pop() if len(provinces) == 1 else ""


# The provinces whose sign also opens a city's numbers (辽源, 吉林市, 黑河, 苏州, 鄂州, 晋城, 青岛, 云浮, 贵阳): theirs
# only in a text that speaks as a province (我省) and never as a city (我市).
PROVINCE_SIGNS_SHARED_WITH_CITIES = {"辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "鄂": "湖北省", "晋": "山西省",
                                     "青": "青海省", "云": "云南省", "贵": "贵州省"}


def province_abbreviated(doc_number: str, text: str = "") -> str:
    """The province (or municipality) a document number opens with, if it opens with one's sign."""
    sign = doc_number[:1]
    if sign in AUTONOMOUS_REGION_SIGNS:
        return AUTONOMOUS_REGION_SIGNS[sign] if _BARE_REGION_RE.search(text, 0, 4000) else ""
    if sign in PROVINCE_SIGNS_SHARED_WITH_CITIES:
        head = text[:4000]  # (…确保“十四五”全省市场主体数量实现倍增 speaks as the province as well as 我省 does)
        speaks_as_province = ("我省" in head or "全省" in head) and "我市" not in head and "全市" not in head
        return PROVINCE_SIGNS_SHARED_WITH_CITIES[sign] if speaks_as_province else ""
    return PROVINCE_ABBREVIATIONS.get(sign, "")
