"""Programs, organizations and fields: named things that are not agencies or policies.

* Programs are named plans, schemes, projects and markets: quoted names (“探索者计划”,
  “美丽街区”) and unquoted ``…计划`` / ``…工程`` runs (东方英才（领军人才）计划 → 东方英才计划).
* Organizations end in an institutional suffix (研究院, 大学, 交易所, 实验室, 集团 …); the
  name starts after the verb or separator before it.
* Fields come from the gazetteer (元宇宙, 6G …).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from loaders.extract.mentions import Mention, placed_names
from loaders.gazetteer import Gazetteer
from loaders.places import is_known, is_place, is_short_place_name
from loaders.structure import DEMOCRATIC_PARTIES
from loaders.text import CJK, is_cjk, occurrences

PROGRAM_SUFFIXES = ("计划", "工程", "行动", "专项行动", "市场", "生活圈", "街区", "工作法", "示范区", "试验区", "先行区", "平台", "基金", "项目")
_QUOTED_RE = re.compile(r"[“‘]([^“”‘’\n，,。；;]{2,30})[”’]")
_AFTER_QUOTE_RE = re.compile(
    rf"^[{CJK}A-Za-z0-9]{{0,10}}?(?:专项行动|行动计划|专项工程|工程|行动|计划|社区生活圈|生活圈|示范区|平台|大赛|竞赛|洽谈会|博览会|论坛|项目)"
    rf"|^[{CJK}]{{1,10}}?品牌(?!企业)"  # “静邻餐厅”老年助餐服务品牌 (“中国制造”品牌, “老字号”品牌: kinds of brand)
    r"|^改革"  # “综合窗口”改革, “最多跑一次”改革: a reform by its name
    rf"|^[{CJK}]{{0,4}}?(?:整治|改造)(?![{CJK}]{{0,2}}(?:中|后|的))"  # “三旧”改造, “五违四必”整治, “三清三拆”环境整治: a campaign by its name
    rf"|^[{CJK}]{{0,4}}?(?:试点|示范)(?![{CJK}]{{0,2}}(?:城市|区|县|企业|单位))"
)
# Words that end the quoted name's clause before a scheme word: “十三五”时期以农村道路畅通工程 is two phrases.
_NOT_A_QUOTED_TAIL_RE = re.compile("[以为的在将对和与及、等]|时期|期间|期内|以来|开始")  # (“十五”期内开始建设…项目: a period, then a clause)
# A quoted name being built or held as a whole (我市“四好农村路”建设进入…; 参与“美丽家园”建设;
# “百名将军看虹口”活动): a named scheme or event.
MIN_QUOTED_FESTIVAL = 4
# A short quoted word a purpose clause ends on is its verb (为美丽乡村建设“塑形”。, 为企业“减负”), no scheme
# (持续深化“双减”， is one).
MIN_QUOTED_BARE_NAME = 3
_CLAUSE_MARKS = ("“", "、", "，", "。", "；", ",", ";")
_PURPOSE_REACH = 16


def _purpose_before(text: str, quote_start: int) -> bool:
    clause = max(text.rfind(mark, 0, quote_start) for mark in "，。；,;\n") + 1
    return text.find("为", max(clause, quote_start - _PURPOSE_REACH), quote_start) >= 0
_HOLIDAYS = ("春节", "元宵节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "重阳节", "儿童节", "妇女节", "青年节",
             "教师节", "建军节", "七夕节", "元旦节")
_OCCASIONS = ("国庆", "元旦", "春节", "端午", "中秋", "清明", "重阳", "七夕")


def _is_occasion(inner: str) -> bool:
    """“七一”, “国庆”, “六五环境日”: a day the text marks, no scheme."""
    return _DATE_NAME_RE.fullmatch(inner) is not None or inner in _OCCASIONS or inner.endswith("日")


_FESTIVAL_GLOSS_RE = re.compile(rf"[（(][{CJK}]{{1,6}}节[）)]")  # (“七月半”(中元节): a day glossed by its festival's name)
_COUNTED_AFTER_RE = re.compile("[二三四五六七八九十两]大")  # (“A、B、…F”六大人才行动计划: the six listed, each its own)
_PLAN_PERIOD_RE = re.compile("[一二三四五六七八九十]+五")  # “十四五”: a five-year plan's period
_LAW_PUBLICITY_PLAN_RE = re.compile("(?:工作)?(?:规划|决议)")
_DATE_NAME_RE = re.compile(r"[0-9一二三四五六七八九十·.]+")  # “六一”, “3·15”, “五一”: a day, not a scheme
_ACTIVITY_TAIL_RE = re.compile(rf"(?:(?!等)[{CJK}]){{0,8}}?活动")  # (“请进来”等活动: a list's kind, no name's end)
_BUILT_AFTER_QUOTE_RE = re.compile("建设(?!工程|单位|项目|用)|活动|展演")  # …“百名将军看虹口”活动, 参加“上海之春”展演
# A chain of quoted names that a noun after 等 calls schemes: “建筑可阅读”“百BU穿YANG”等文博品牌.
# (以“美丽家园”“绿色田园”“幸福乐园”工程为抓手, 开展“五包五促”和“千名干部包千企”活动: a chain the kind closes with no
# 等, each quote one scheme)
_CHAIN_KIND_RE = re.compile(rf"(?:[“‘][^“”‘’\n，,。；;]{{2,30}}[”’]、?)*等[{CJK}]{{0,4}}?(?:品牌|项目|活动|工程|行动|计划|名片|称号)"
                            rf"|[、和及]?(?:[“‘][^“”‘’\n，,。；;]{{2,30}}[”’][、和及]?)+(?:三大|四大|五大)?(?:工程|行动|活动|计划)")
# Unquoted names that start like a proper name (国家…, 上海市…, a district) and end like a scheme.
# (and the regions that span provinces: 长三角生态绿色一体化发展示范区)
_PROPER_HEADS = ("国家级", "国家", "全国", "全军", "中国", "上海市", "上海", "长三角", "粤港澳大湾区", "京津冀", "成渝", "省级", "自治区级")
# (…示范县, …重点村: a designation a place or a village is given, named by who gives it: 全国乡村旅游重点村)
_PROPER_PROGRAM_RE = re.compile(
    rf"(?:{'|'.join(_PROPER_HEADS)})[{CJK}（）A-Za-z“”]{{2,24}}?(?:平台|基金|示范区|示范基地|教育基地|实践基地|产业园(?!区)|预案|信息网|服务网|大赛|竞赛|博览会|展览会|交易会"
    rf"|示范县|示范市|示范镇|示范村|示范点|重点村|实验区|试验区|先行区|集聚区|科技园|高新技术产业开发区|示范城市|产业集群"
    rf"|文物保护单位|名镇|名村)(?![{CJK}]{{0,1}}的通知)"
)
# A fund set up or topped up by the text's bodies: 推动设立…融合发展投资基金, 增加文化产业发展专项资金规模.
_FUND_RE = re.compile(rf"(?:设立|设置|组建|增加|安排|扩大)([{CJK}]{{4,26}}?(?:专项资金|投资基金|引导基金|发展基金|奖励基金))(?!会)")
_GENERIC_BEFORE = ("等", "一项", "一个", "各类", "各项", "相关", "有关")
# …and, for funds, the heads of 县级/财政/中央专项资金 (市级/区级/省级 are _GENERIC_PROGRAM_HEADS).
_GENERIC_FUND_HEADS = (*_GENERIC_BEFORE, "县级", "财政", "中央", "专项")
# The characters of an unquoted program or organization name.
_NAME_CHAR_SET = rf"{CJK}〇A-Za-z0-9（）\-"  # (〇, the written zero: 中核四〇四有限公司)
_NAME_CHARS = f"[{_NAME_CHAR_SET}]"
# (zones a plan builds are schemes too: 稳步推进四川全面创新改革试验区建设, 加快建设成德绵军民融合创新示范区)
_ZONE_SUFFIXES = ("试验区", "示范区", "先行区", "实验区", "先导区", "引领区", "经济区", "度假区")
_UNQUOTED_PROGRAM_SUFFIXES = "计划|工程|专项行动|行动|项目|活动|试点(?!示范)|" + "|".join(_ZONE_SUFFIXES)
# Two schemes joined (…计划和…工程) are two names, as are a regulation and a scheme (实施募捐条例和…慈善日活动); 和 inside
# one name (文化创意和设计服务人才扶持计划) is not a join.
# (城区和郊区统筹发展试验区: 区 that ends a word, 城区/郊区, joins nothing)
_JOINED_PROGRAMS_RE = re.compile(r"(?:(?<=计划)|(?<=工程)|(?<=行动)|(?<=项目)|(?<=活动)|(?<=试点)|(?<=条例)|(?<=(?<![城郊市县地社园小景街])区))[和与及]")
# (…示范区管委会, …试验区内: the zone's own body, a place inside it)
MIN_UNQUOTED_NAME = 4  # (检查在建工程项目, 了解计划建设规模: 建工程, 解计划 are a word's end before the scheme word)
_UNQUOTED_PROGRAM_RE = re.compile(
    rf"{_NAME_CHARS}{{2,18}}?(?:{_UNQUOTED_PROGRAM_SUFFIXES})(?!师|学|院|书|表|局|司|处|技术|的通知|计划|管委会|管理委员会|执委会|党工委|工委|内|范围|域)"
)
# 行动/项目/活动/试点 are everyday words: a scheme so named is launched right before (实施…专项行动,
# 推进排污权有偿使用和交易试点) and says at length what it is about (智能制造试点示范行动, not 联合行动
# or 城市更新项目).
_EVERYDAY_SUFFIXES = ("行动", "项目", "活动", "试点")
_REFORM_ENDINGS = ("改革", "综合", "改革综合")
# The words that give a place or body a designation (确立为国家中医药综合改革试验区, 申报为省级…试点); those that name
# it, before quotes, give a designation by its name (认定为“中华老字号”), the others may give a grade (获评“优秀”,
# 评为“一级馆”: no scheme).
_NAMING_DESIGNATION = ("确立为", "确定为", "认定为", "命名为", "列为")
_DESIGNATING = (*_NAMING_DESIGNATION, "评为", "申报为", "获批", "获评", "入选")
_DESIGNATED_BEFORE_RE = re.compile(f"(?:{'|'.join(_NAMING_DESIGNATION)})$")
_BATCH = r"第[一二三四五六七八九十\d]+批"  # (第二批, 第3批: a round of a designation)
# (纳入…提升行动: a campaign one joins; 纳入第二批…试点: a round of it)
_STRICT_LAUNCH_RE = re.compile(rf"(?:实施|开展|启动|举办|推进|推动|纳入|列入|聚焦|承担|{'|'.join(_DESIGNATING)})了?(?:深入|全面|持续|好)?"
                               rf"(?:{_BATCH}|首批)?$")
MIN_EVERYDAY_SPECIFIC = 7
MIN_CAMPAIGN_SPECIFIC = 4  # (a campaign says what it is for in few words: 种业振兴行动, 云网强基行动; not 联合行动)
# …but not with the words every enforcement drive is called by (专项整治行动, 百日攻坚行动, 行业质量提升行动)
_GENERIC_TARGET_RE = re.compile("(?:违法|违规|犯罪|行为|活动|问题)+")  # (打击违法违规专项行动: what every drive strikes at)
def _strikes_at_a_target(specific: str, suffix: str) -> bool:
    """打击欺诈骗保专项行动: a drive named by what it strikes at (专项整治行动, 百日攻坚行动, 打击违法违规专项行动
    name none)."""
    return suffix == "专项行动" and specific.startswith("打击") and len(_KIND_OF_CAMPAIGN_RE.sub("", specific)) >= MIN_CAMPAIGN_SPECIFIC \
        and not _GENERIC_TARGET_RE.fullmatch(specific[2:])


_KIND_OF_CAMPAIGN_RE = re.compile("整治|攻坚|攻势|执法|清查|清理|检查|督查|巡查|排查|集中|专项|联合|打击|整顿|规范|^行业")
_RELATED_RE = re.compile("相关|有关|部[相有]")  # (纳入工业和信息化部相关试点示范项目: whichever ones, no name)
# (国家网络安全相关重大工程, 国家有关工程: the works that bear on it, whichever they are; not …与相关产业融合发展投资基金)
_RELATED_WORKS_RE = re.compile(f"(?:相关|有关)(?:重大|重点)?(?:{'|'.join(_EVERYDAY_SUFFIXES)}|工程|计划)$")
# A set of schemes named by its count (八大提升突破工程, 十大民生工程): one named programme.
# (not 一大批民生工程, a large batch, nor 二十大精神宣讲…行动: the Party's 20th congress)
_COUNTED_SCHEMES_RE = re.compile(rf"(?<![一二三四五六七八九十第])[二三四五六七八九十两]大(?![批量精])[{CJK}]{{2,10}}?(?:工程|行动计划|行动|计划)(?![{CJK}]{{0,1}}(?:的通知|方案))")
# A scheme or designation a notice opens a round of (组织开展2021年新一代信息技术与制造业融合发展试点示范
# 申报工作, 组织开展2021年国家绿色数据中心推荐工作, 开展2021年度重点用能行业能效“领跑者”遴选工作): named
# without its year or batch, since every round is the same scheme.
_ROUND_VERBS = "申报|推荐|遴选|评选|认定|复核"
_ROUND_WORK = rf"征?集?(?:(?:{_ROUND_VERBS})[及和与、]?)+(?:评价)?工作"  # (…征集遴选工作, …认定及复核工作)
_ROUND_RE = re.compile(
    rf"(?:开展|推进|实施|做好)了?(?:\d{{4}}年度?)?(?:{_BATCH})?([{CJK}A-Za-z0-9+“”（）]{{4,30}}?)"
    rf"(?:(?<=试点示范)(?=申报|工作|遴选|项目|活动|[，。；、])|(?={_ROUND_WORK}))"
)
MIN_ROUND_NAME = 6
_ROUND_CLAUSE_RE = re.compile(".*(?:参加|参与|开展|组织|推进|实施|申报)")
_ROUND_WORDS_RE = re.compile(f"征?集?(?:{_ROUND_VERBS})")
_LIST_WORDS = ("名单", "目录", "清单")
_ROUND_GENERIC_HEADS = (*_GENERIC_BEFORE, "各", "该", "本", "我", "其他")  # (重点用能行业能效“领跑者”: 重点 opens a name)
# Honours, licences and filings chosen in rounds too (先进集体和先进个人评选, 人力资源服务许可证复核): no scheme;
# nor a name that ends on a join (…机构备案及复核工作).
_NOT_A_ROUND_RE = re.compile("先进|模范|劳模|文明单位|许可证|资格|职称|备案|[及和与、]$|[及和与、][^及和与、]*项目$")  # (美丽乡村和文旅项目: kinds)
_ROUND_AS_CONDITION_RE = re.compile(f"{_ROUND_WORK}的")  # (已开展省级工业设计中心认定工作的省: a condition, no round opened)
# An event held in its numbered edition (拟联合举办第二届两化融合暨数字化转型大会, 召开2021年第三届…论坛).
_HELD_EVENT_RE = re.compile(
    rf"(?:举办|召开|承办|主办|参加|组织)了?((?:\d{{4}}年)?第[一二三四五六七八九十\d]+届[{CJK}A-Za-z0-9（）·“”]{{2,30}}?"
    r"(?:大会|论坛|博览会|交易会|峰会|大赛|竞赛|展览会|洽谈会|年会|运动会))(?![、和及与]|筹备|预备)")  # (one of a list: listed events)
# A body's sessions are no events (第五届职工代表大会, 第三届会员大会, 第十届理事会…), nor are two events joined.
_SESSION_RE = re.compile("代表|会员|理事|委员会|[和及与暨]第")
# A designation a notice gives in its numbered batch (确定了…等117家企业为第三批工业产品绿色设计示范企业): the scheme.
_BATCH_DESIGNATION_RE = re.compile(
    rf"为(?:{_BATCH}|首批)([{CJK}]{{4,20}}?(?:示范|试点)[{CJK}]{{0,4}}?(?:企业|单位|基地|园区|城市|县|区|工厂|项目|平台|中心))"
    rf"(?![{CJK}])")
# A title a level gives a place, which a place strives for, is built as or wins (争创国家数字经济示范省, 建设国家产教融合
# 试点城市, 成为首批长三角养老试点单位, 获评全国乡村旅游重点镇): a named designation, however it is won.
_TITLE_WINNING = "争创|创建|建设|建成|成为|获评|获批|入选|被评为|评为|被命名为|命名为|申报|打造成为|创成"
_PLACE_TITLE = (
    rf"((?:国家|全国|省级|[{CJK}]{{2,3}}省|自治区|长三角)(?P<batch>{_BATCH}|首批)?(?:[{CJK}]{{2,14}}?"
    rf"(?:试点城市|试点单位|示范省|示范市|示范县|示范村|示范镇|示范点|示范园|示范基地|重点镇|重点村|特色村|特色镇|模范市|模范县|创新型城市)"
    # (全国卫生城区, 国家卫生县城, 自治区健康县: the titles a place wins for what it keeps, named in few words)
    rf"|[^\W和与及、]{{0,4}}?(?:卫生城市|卫生城区|卫生县城|卫生县|文明城市|文明城区|健康城市|健康县|园林城市|园林县城|森林城市))"
    rf"(?:[（(][{CJK}、]{{1,6}}[）)])?)(?=之一|建设|[和与及、]|[^{CJK}]|$)")
_PLACE_TITLE_RE = re.compile(rf"(?:{_TITLE_WINNING})(?:{_BATCH}|首批)?{_PLACE_TITLE}")
_JOINED_PLACE_TITLE_RE = re.compile(rf"[和与及、]{_PLACE_TITLE}")  # (创建全国卫生城区和全国文明城区: the second too)


# A themed year launched as a campaign (开展项目建设年活动, 实施项目服务提升年行动, 优化营商环境突破年活动): the year's
# name, then 活动 or 行动 (not 建设年代, 提升年度).
_THEMED_YEAR_RE = re.compile(rf"(?:开展|实施|推进|深化)好?([{CJK}]{{2,10}}?(?:突破|建设|提升|攻坚|落实|提质|服务|效能)年(?:活动|行动))")
# A campaign run under a quoted theme (以“爱尚重庆·渝悦消费”为主题,开展消费券发放活动): named by its theme; not a
# slogan of clauses (以“车相伴 行自由”为主题 stays; 以“靠谱购,潮未来”为主题 does not).
_THEMED_RE = re.compile(r"以“([^“”\n，,。；;]{2,30})”为主题")
# A campaign fought as a battle (打赢蓝天保卫战, 坚决打好污染防治攻坚战): named by what it fights for.
# (打赢打好转型发展攻坚战突围战: both verbs, then a longer battle's name)
_BATTLE_RE = re.compile(rf"(?:打赢|打好|打响|决胜)+([{CJK}]{{2,10}}?(?:保卫战|攻坚战))(?![{CJK}]{{0,3}}战)")
# A 专栏 (box) of a plan names its scheme first: 专栏1：5G应用标准体系构建及推广工程构建…
_BOX_RE = re.compile(rf"专栏\s*\d+\s*[:：]?\s*([{CJK}A-Za-z0-9+＋“”]{{4,30}}?(?:工程|计划|行动|项目))")
_GENERIC_PROGRAM_HEADS = ("相关", "有关", "各", "该", "本", "我", "其他", "其它", "一批", "一大批", "大批", "各类", "各项", "全市", "全区", "全省",
                          "重点", "部分", "地方", "市级", "区级", "省级", "国家级", "一系列", "系列",
                          "更多", "更好", "更优")  # (建设更多更优民生工程: how many, no name)
_ZONE_GENERIC_HEADS = tuple(h for h in _GENERIC_PROGRAM_HEADS if h not in ("市级", "区级", "省级", "国家级"))
# The writer's own place between a verb and a name: 列入我市…项目, 推进全市…计划.
_OWN_PLACE = "我市|本市|全市|我省|本省|全省|我区|本区|全区"
# What a body lists a task into is a named scheme: 已列入我市新型智慧城市第二期建设项目。
# Plans named only by planning words (纳入任务计划, 列入年度工作计划): no scheme.
_PLANNING_WORDS_RE = re.compile("(?:年度|任务|工作|发展|建设|实施|项目|投资|财政|预算|中长期|近期|规划)+(?:项目|工程|计划)")
# (打造50个以上标杆工程: how many, no name; 每月开展一到两次集中治理…行动: how often)
# (只有13项政策和21个工程, 第36个世界无烟日…活动: a count anywhere in the run, no name)
_COUNTED_NAME_RE = re.compile(r"\d+[个项家所座批次]|[一二两三四五六七八九十]+[到至~\-－][一二两三四五六七八九十]+次")  # (not 二次创业)
# (工作开展情况和下一步计划: a plan of next steps; 上级下达计划, 年度新增建设用地计划: a quota handed down or of land;
# …面积2021年计划: a year's plan; no scheme)
_NO_SCHEME_WORDS_RE = re.compile(r"下一?步|下达|用地计划|\d年度?计划$")
_YEARS_PLAN_RE = re.compile(r"[一二三四五六七八九十两\d]+年(?:行动计划|行动|计划)")  # 三年行动计划: which plan, it does not say
_LISTED_INTO_RE = re.compile(
    rf"(?:列入|纳入)(?:{_OWN_PLACE})?([{CJK}A-Za-z0-9]{{4,20}}?(?:项目|工程|计划))(?=[，,。；;]|$)"
)
ORG_SUFFIXES = (
    "科学研究院", "研究院", "研究所", "研究中心", "大学", "学院", "实验室", "交易所", "创新中心", "集团", "有限公司",
    "公司", "家庭农场", "医院", "协会", "学会", "基金会", "联盟", "科学院", "工程院", "交易中心",
    "博物馆", "美术馆", "图书馆", "纪念馆", "科技馆", "附属中学", "中学", "小学", "幼儿园", "联合会", "促进会", "研究会", "商会",
    "产业方阵", "美院", "附中", "附小",  # the short forms schools go by (中国美院, 财大附中)
    "设计院", "设计总院", "研究总院", "规划院",  # 新疆铁路勘察设计院, 中国市政华北研究设计总院, 中交公路规划院
    "专家委员会", "专家咨询委员会",  # experts advising a body: no government commission
    "出版社", "电视台", "报社", "杂志社",  # 机械工业出版社, 西安市电视台
    "生产力促进中心", "超级计算中心", "联合研发中心",  # 中机生产力促进中心, 广州超级计算中心: centres by their kind's own name
    "分院",  # 北京阜外医院心血管神农分院: a hospital's or an academy's branch
    "天文台",  # 中国科学院国家天文台, 紫金山天文台: observatories by their kind's own name
    "殡仪馆", "殡仪服务中心",  # 天津市第一殡仪馆, 武清区维民殡仪服务中心
    "卫生院", "卫生服务中心", "合作社", "农科院", "中心学校", "工程学校", "艺术学校", "特殊教育学校", "实验学校",  # 淝河镇卫生院, 白公街道社区卫生服务中心, 恒泰益生态农业专业合作社, 市农科院
)
# (北京市海淀区学院南路62号: a road named after a college, no college; 召开零部件招商会议: a meeting, no 商会)
# (认真研究所负责的重点工作: 研究 a verb, 所 the particle before the next one; no institute)
_ORG_RE = re.compile(rf"{_NAME_CHARS}{{2,24}}(?:{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))})(?![长士生站议校]|所(?!属)|[东南西北中]?路|大街|大道|科技园"
                     r"|(?<=研究所)(?:负责|承担|分管|联系|提出|涉及|反映)"
                     # (南京玄武集团登博生物科技有限公司, 中国移动通信集团山西有限公司: a group's company, named after it)
                     r"|(?<=集团)[\u4e00-\u9fff（）()]{2,12}?有限(?:责任)?公司)")
# Words a name cannot start with or contain as a whole: verbs and function words that end the
# clause before a name.  The name starts after the last of them.
_LEFT_CUTS = (
    "支持", "选取", "强化", "建设", "推动", "依托", "联合", "组建", "推进", "实施", "开展", "启动", "纳入", "设立",
    "参与", "通过", "加强", "完善", "鼓励", "引导", "发挥", "培育", "打造", "组织", "会同", "牵头", "落实", "深化",
    "拓展至", "拓展", "加大", "设置", "举办", "列入", "承办", "成立", "包括", "经研究", "首次", "一批", "如", "由", "在", "及时", "及", "或", "含",
    "等", "的", "将", "对", "向", "已", "了", "把", "从", "并", "按", "是", "促进", "盘活", "负责", "编制", "发布", "作为",
    "根据", "简称", "增设", "建立", "利用", "参照", "至", "凭", "应与", "吸纳", "助力", "配合", "改建", "新建", "扩建", "建成",
    "扩大", "修缮", "改造", "迁建", "完成", "提升", "引进", "引入", "对接", "共建", "携手", "邀请", "委托", "帮助", "吸引", "入驻", "落户",
    "协同", "协助", "指导", "督促", "召集", "人到", "前往", "走进", "可以解决", "可以", "关于", "调研", "策划", "加快", "筹建", "深入研究", "国内外", "征求", "现有", "拥有", "建有", "设有", "就读",
    "所属",  # 市地产集团所属西投公司: the group, then the company it owns
    "融入",  # 将食品安全知识融入中小学: the schools it goes into
    # (拨付47万元给水口中心小学, 预计…聘请专业公司, 区委区府非常重视区图书馆, 确定…有限公司为, 召开全县中小学校长会议,
    # 与…指挥部领导和市水利设计院技术人员: the officials of a body named before, then another)
    "给予", "给", "聘请", "重视", "确定", "召开", "领导和", "领导与",
    "依靠", "上报", "签订", "开放", "布局", "投放", "进入",  # (主要依靠云溪运输公司, 分别上报市公司, 免费开放图书馆: the verb, then the body)
    "安排", "划拨",  # (卫健局安排市第一人民医院…, 将办公楼和土地划拨县中医医院: the body given work or land)
    "解决",  # 把解决医院停车问题作为…: a problem of the hospital's, no name
    "要求", "责令", "责成", "约谈", "允许", "提交",  # 协调要求兰天置业有限公司, 责成元谋汽车运输公司…: the body told to act
    "保障",  # 保障芜职院现代物流智造学院秋季开学: the college opens, the verb is no part of its name
    "优化调整", "调整",  # 优化调整白公街道社区卫生服务中心公交线路: the route changed, not the centre's name
    "按照", "依照", "遵照",  # 按照吉林森工集团关于…的通知: the group whose notice is followed, not 照吉林森工集团
    "新增",  # 新增跨国公司地区总部数: a count, no name
    "抓好", "围绕", "聚焦", "制定", "用于", "总结推广", "参加", "创建", "争创", "积极", "结合", "借助", "到国外", "到境外", "享受",
    "执行",  # (正在执行海南省槟榔病虫害重大科技计划: the plan carried out)
    "现就", "进行", "增加",  # (现就庙街乡…饮水工程, 对…村进行农村供水工程…, 增加蓄水工程: the clause's verb, then the works)
    "或者",  # (…基金项目或者科学技术计划项目: 或 alone would leave 者)
    # (协调通州区人民医院, 同时东方红小学, 目前亿联网络公司, 即朝天中学: a verb, link or time word, then the body)
    "协调", "同时", "目前", "即",
    "联系",  # (区教育局联系潮安电视台: the bureau asks the station, which is the name)
    # (市教育局批复辽宁广播电视大学…更名, 市教育局希望渤海船舶职业学院支持: a body's answer or wish, then the school; 希望 alone
    # opens names, 希望小学)
    "批复", "局希望", "委希望", "厅希望",
    "龙头企业",  # (市级农业产业化龙头企业埂生基生态农业有限责任公司: the grade a company holds, then its name)
    "大力宣传", "广泛宣传", "加强宣传",  # (大力宣传示范区建设成果; 宣传 alone opens names: 宣传思想文化…计划)
    "你",  # 印送给你公司: the letter's addressee, no name
    # (我单位与四川省自然资源科学研究院合作, 计划为桂花镇卫生院配置: the writer, then the body it works with or for)
    "单位与", "我局与", "我委与", "我厅与", "我们与", "计划为",
    "争取", "其中",  # (争取省医疗扶贫基金会支持, 其中县医院…: the verb, the aside, then the name)
    "由于", "紧临", "紧邻", "毗邻", "临近",  # (由于小区院内有商户较多又紧临幸福小学: a cause, then the school it lies by)
    # (打破社有企业衢州兴合…公司多年未…, 成立全资控股衢州供销数字科技有限公司: a verb and a kind, then the company)
    "打破", "社有企业", "全资控股",
    "已建",  # (已建中南部城乡饮水工程: built, then the works' name)
    "下达",  # (从…投资计划渠道下达舟曲县翠峰山景区旅游基础设施建设项目: funds handed down, then the project's name)
    "但",  # (但环城路改造项目归建设局管理: a clause's conjunction, then the works)
    "专题研究",  # (专题研究工程建设必要性: the works being studied, no name)
    "建议与",  # (建议与盘锦市特殊教育学校对接: the verb, then the school)
    "及其",  # (辖区内各居委及其物业公司: each one's own, a kind)
    "变更为", "更名为",  # (新的项目名称变更为腊勐镇卫生院住院综合楼建设项目: renamed, then the new name)
    "随着", "相信", "年底", "改(扩)建", "改（扩）建",  # (相信随着我市殡仪服务中心…, 今年底县级殡仪馆)
    "导致",  # (由于施工导致小学…: a cause, then the body)
    "授予",  # (曲梁镇区域供热特许经营权授予慧居科技热力(郑州)有限公司: the right given, then the company)
    "涵盖", "位于",  # (学校设置涵盖幼儿园、小学和初中, 建设地址位于第八小学学校院内: what a thing spans or where it lies)
    *_DESIGNATING,
)
# Verbs cut only where they open the run (统筹行业协会…); inside a name they stay (城乡统筹发展研究中心).
_LEADING_VERBS_RE = re.compile("^(?:统筹|解决)")
# Suffixes no name runs on after, except a company's named after its centre (之江实验室科技控股有限公司).
_RUN_ON_NAMES_RE = re.compile("实验室|研究中心|交易中心|创新中心")
_COMPANY_SUFFIXES = ("公司", "集团")
# (县人参产业发展中心与抚松县参王植保有限公司: a centre, no organization's kind of name, joined to one)
# (临沭农行与省农担公司, 金融机构与省农担公司; a government office before: 客运管理处和公交公司; a clause's time: 接到信息后与公交公司)
_JOINED_NAMES_RE = re.compile(rf"(?:{'|'.join(ORG_SUFFIXES)}|中心|银行|农行|农商行|信用社|机构|管理处|后)[与和及就]")
_GENERIC_SPECIFIC_RE = re.compile(
    r"^(?:国家|全国|省级|市级|区级|国防科技|国家级|省部级|跨区域|相同地域|本部门|部门)?(?:重点|工程|技术|创新|研发|科研|企业|联合|物业|基金管理|施工|运营|第三方|国有|民营|相关|校企|校地|产学研)?$"
    # (综合医院, 公立医院, 数字化医院, 基层医疗机构与大医院: kinds of hospital, none named)
    r"|^(?:综合|公立|私立|民办|公办|数字化|智慧|基层|社区|乡镇|城镇|农村|乡村|城区|二级|三级|大|专科|中小)$"
    r"|^[区市县省镇]（[^）]*）(?:中|小|中小)?$"  # (编制区（县级市）中小学布点规划: a level's schools)
)
# What opens a kind of organization, not a name (民营快递公司, 多家公司, 实体医院).
_KIND_HEAD_RE = re.compile("(?:民营|国有|多家|各类|各家|一批|部分|一些|其他|实体)")
# A company referred back to (长期以来该公司) or the local one of a kind (到当地燃气公司): no name.
_REFERENCE_BEFORE_SUFFIX_RE = re.compile(rf"(?:该|其|此)$|(?:当地|本地)[{CJK}]{{0,4}}$")
# A family farm is named by its owner's trade name; a level, a count or a verb of fostering makes it a kind.
_FAMILY_FARM_KIND_RE = re.compile(r"发展|培育|扶持|示范|省级|市级|县级|国家级|认定|新增|规范|各类|一批|\d|^$")
# A kindergarten is named by its place or estate (衢江区仙岩幼儿园, 缪家二期幼儿园); the words of a kind, a count or
# a clause's verb before it name none.
# (新军屯镇中心幼儿园: a town's central one, named; 扩建一栋三层幼儿园教学楼: a building counted; 就小学幼儿园开通校车:
# primary schools and kindergartens, of a kind)
_KINDERGARTEN_KIND_RE = re.compile(r"公办|民办|普惠|示范|城区|城镇|配套|(?<![镇乡])中心|乡镇|农村|村级|规范|增加|新建|改扩建|部分|有|到|\d|^小学$"
                                   r"|[一二两三四五六七八九十][栋所个座层]")
# 低碳研发实验室: a kind of lab, not one lab; but a place's (深圳职业技术学院, 大湾区国家技术创新中心) is
# one, and so is any limited company (华为技术有限公司: a registered name) or university (辽宁省工程技术大学).
_GENERIC_ENDING_RE = re.compile("(?:研发|创新|技术|重点|实验)$")
_KIND_WORDS = frozenset({"工程", "企业", "产业", "制造业", "工业", "重点", "科技"})
# The regions that span provinces, which name institutions as cities do.
_REGION_HEADS = ("粤港澳大湾区", "大湾区", "长三角", "长江三角洲", "京津冀", "成渝", "珠三角", "长江经济带", "黄河流域")
# 与/和 join words inside names (上海数学与交叉学科研究院) but also join an agency to a name.
_AGENCY_JOIN_RE = re.compile(r"^.*?(?:委|局|办|部|厅|政府|管委会)(?:与|和|同)")  # (高新区(综保区)管委会与新城区集团)
_LEADING_CLASSIFIER_RE = re.compile(r"^[家个所项座批名位]")
_COUNTED_KIND_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d+|[一二三四五六七八九十两])[个家所](?=[\u4e00-\u9fff])")  # (8个体育协会, 唯一一家公立医院)
_COUNT_LEAD_RE = re.compile(r"^(?:\d+|[一二三四五六七八九十两]+)[家个所名]")  # (重点建设30家学会科技服务站: a count of them, no name)
# (提交经集团公司…, 经与…协商, 就小学幼儿园开通校车: no name opens so)
_LEADING_PREPOSITION_RE = re.compile(r"^(?:以与|以|为|与|经(?![济贸营管开纬信典侦发])|就(?![业医读诊餐]))+")
_ADDRESS_LEAD_RE = re.compile(r"^\D*?(?:路|街|道|巷|弄)\d+号(?:\D*?(?:大厦|大楼|广场)[\dA-Za-z\-]+)?(?=[\u4e00-\u9fff])")
_PHONE_LEAD_RE = re.compile(r"^[\d\-]{7,}(?:（[\u4e00-\u9fff]{1,4}）)?")
_GENERIC_HEADS = (
    "相关", "有关", "各", "该", "本", "我", "国家级", "市级", "区级", "省级", "全国", "重点", "新型", "高等", "一批",
    "所属", "市属", "有些", "一些", "某些", "科研", "院校", "各类", "各项", "其他", "地方", "部分", "行业", "企业", "专业", "大型", "中小", "一流", "世界", "高水平",
    "县级", "其余", "全市", "全区", "全县", "全省", "外国", "国外", "境外", "海外", "区（", "市（", "县（", "同一",
)
_GENERIC_NAMES = {
    "技术创新中心", "制造业创新中心", "创新中心", "重点实验室", "全国重点实验室", "研究中心", "研究院", "研究所", "大学",
    "高等院校", "研究院所", "实验室", "集团", "公司", "有限公司", "股份有限公司", "有限责任公司", "协会", "学会", "平台", "工程", "计划", "项目", "市场", "基金",
    "工作计划", "实施计划", "年度计划", "行动计划", "发展计划", "建设工程", "重大工程", "系统工程", "示范工程", "民生工程",
    "科技计划", "国家工程", "科研计划", "省科技计划", "市科技计划", "投资公司",
    "试点项目", "重点项目", "建设项目", "专项行动", "示范区", "先行区", "试验区", "交易所", "交易中心", "新型研发机构",
    "科技创新中心", "国际科技创新中心", "创新联合体", "高校", "科研院所",
    "博物馆", "美术馆", "图书馆", "纪念馆", "科技馆", "中学", "小学", "附属中学", "联合会", "促进会", "研究会", "商会",
    "中心小学", "中心学校", "完全小学", "九年一贯制学校", "幼儿园", "中心幼儿园",  # (各高中、初中、中心小学、及幼儿园: kinds of school)
    "专家委员会", "专家咨询委员会", "跨国公司", "上市公司", "国有公司", "子公司", "分公司", "集团公司",
    "医院", "综合性医院", "综合医院", "专科医院", "卫生院",  # (三级乙等综合性医院: a kind of hospital)
}


# The clause words reversed, longest first: searching the reversed candidate finds the word
# that ends last in one pass (the candidate is cut after it).
# A clause word that opens a name is none there (联合国儿童基金会: 联合 opens 联合国).
_CUT_WORDS_OPENING_NAMES = {"联合": "国"}
_LAST_CUT_RE = re.compile("|".join(
    (f"(?<!{_CUT_WORDS_OPENING_NAMES[w]})" if w in _CUT_WORDS_OPENING_NAMES else "") + re.escape(w[::-1])
    for w in sorted(_LEFT_CUTS, key=len, reverse=True)))


# What a company says it does, no name of its own (投资有限公司, 开发建设有限公司): a clause word cut before it was the name's.
_COMPANY_KIND_ONLY_RE = re.compile("(?:投资|发展|开发|实业|管理|建设|经营|贸易|置业|运营|工程|利用)+(?:股份)?(?:有限责任|有限)?")


def _cut_company_left(specific: str, company: bool = False) -> str:
    """``_cut_left`` of an organization's name before its suffix, except that a clause word leaving only what the
    company does (督促石屏县浩源水利建设投资有限公司: 建设 then 投资; 由铜川鑫得瑞升建设工程有限责任公司承建) is the
    name's own when a county or city (or a city's short name) opens what stands before it, with words of its own: the
    cut is made before that."""
    name = _cut_left(specific)
    if name == "" and specific and company:
        # (中国核工业华兴建设有限公司: the clause word right before the suffix is the company's trade, its name's own)
        before, word = _cut_before_word(specific, _LEFT_CUTS)
        return before + word if len(before) >= 2 and _COMPANY_KIND_ONLY_RE.fullmatch(word) else name
    if not _COMPANY_KIND_ONLY_RE.fullmatch(name):
        return name
    before, word = _cut_before_word(specific[: len(specific) - len(name)], _LEFT_CUTS)
    # (石屏县浩源水利, 铜川鑫得瑞升: a place, or a city's short name, opens it; 组建基础设施建设投资公司: a kind)
    placed = any(is_place(before[:n]) for n in range(3, 8)) or is_short_place_name(before[:2])
    return before + word + name if placed and len(before) >= 5 else name


def _cut_before_word(head: str, words: Sequence[str]) -> tuple[str, str]:
    """The longest of ``words`` ``head`` ends with, and what ``_cut_left`` keeps of the head before it ("" and "" if none)."""
    word = max((w for w in words if head.endswith(w)), key=len, default="")
    return (_cut_left(head[: len(head) - len(word)]), word) if word else ("", "")


def _cut_left(candidate: str) -> str:
    """Drop everything up to and including the last clause word before the name."""
    if "（" in candidate:
        best = 0
        for word in _LEFT_CUTS:
            pos = candidate.rfind(word)
            # keep words inside a bracketed part of the name (东方英才（领军人才）计划)
            if pos >= 0 and candidate.count("（", 0, pos) <= candidate.count("）", 0, pos):
                best = max(best, pos + len(word))
    else:
        last = _LAST_CUT_RE.search(candidate[::-1])
        best = len(candidate) - last.start() if last else 0
        if last and len(last.group()) == 1 and _opens_with_county(candidate[best - 1 :]):
            best -= 1  # (从化区中医医院迁建项目: 从 opens the district's name, no clause)
    return _AGENCY_JOIN_RE.sub("", candidate[best:])


def _cut_name_left(candidate: str) -> str:
    """``_cut_left``, except that a clause word right before the scheme word is the name's own
    (城乡环境综合整治提升行动, 渝创渝新创业促进计划: 提升, 促进 name the scheme, they open no clause)."""
    name = _cut_left(candidate)
    if name not in _SCHEME_WORDS:
        return name
    # (…示范区建设, 产教融合建设试点: building is what the zone or pilot is named for)
    verbs = _NAMING_VERBS + (("建设",) if name.endswith(_ZONE_SUFFIXES) or name in ("试点", "行动") else ()) \
        + (_WORKS_VERBS if name in ("工程", "项目") else ())
    head = candidate[: len(candidate) - len(name)]
    before, word = _cut_before_word(head, verbs)
    if word and len(before) < 2 and (works := next((w for w in (*_WORKS_VERBS, *_UPGRADING) if head.endswith(w + word)), "")):
        # (步行街改造提升试点: works, then the verb naming it; 扎曲公路提升改造项目: upgrading, then the works)
        before, _ = _cut_before_word(head[: -len(word)], (works,))
        word = works + word
    verb = word[2:] if word[:2] in _UPGRADING else word  # (the works, whatever their aim)
    site_works = name in ("工程", "项目") and verb in _WORKS_VERBS and _names_a_site(before, built=verb == "建设")
    if len(before) < 2 or before.endswith(("部门", "单位", "局", "委", "厅", "办", "部", "府", "署", "院", "会", "中心", "公司")) \
            and not site_works:  # (从化区中医医院迁建项目: a hospital is a site its works are named after)
        return name  # (推进计划: the verb's own object; 区财政局推进工程: a body and what it does, no name)
    if name in ("工程", "项目") and verb in _WORKS_VERBS and not site_works \
            and not _place_headed_works(before + word + name):  # (二七区老旧小区综合改造工程: its district names it)
        return name  # (道路改造工程, 老旧小区改造项目: works of a kind, on no site named)
    return before + word + name


# (9月份民生工程: a month's works; 近五年建设项目, 今年重点项目: a period's)
_YEAR_HEAD_RE = re.compile(r"^(?:\d{4}年度?|\d{1,2}月份?|近[一二三四五六七八九十两\d]+年|今年|去年|明年|当年|全年)")
# Science plans in general, whoever applies for or joins them (提高科技计划项目…, 企业申报科技计划, 进入省科技计划)
_SCIENCE_PLANS_RE = re.compile(r"(?:^|[省市区县]|各级|提高|申报|进入|承担|遵守)科技计划$")
_BATCH_RE = re.compile(rf"^(?:{_BATCH}|首批)")
_ITEM_LABEL_RE = re.compile(r"^（[一二三四五六七八九十]+）")
_DATE_LEAD_RE = re.compile(r"^(?:到|至|于|在)?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?=[\u4e00-\u9fff])")
_YEAR_RANGE_RE = re.compile(r"^\d*-\d+年度?")  # (实施2021-2023年本市…工程: the years, no part of the name)
_SCHEME_WORDS = frozenset(("计划", "工程", "行动", "专项行动", "项目", "活动", "试点", *_ZONE_SUFFIXES, "先行示范区"))
# Verbs that end a scheme's name (…能力提升行动, …创业促进计划, …人才培育项目); not kinds of works (改造, 新建).
_NAMING_VERBS = ("提升", "促进", "培育", "推进", "振兴", "攻坚", "提质", "创建")
# …but works on a site named by its own name are one project (煤城路改造工程, 青黄公路改建工程, 红都大道雨水管渠改造工程,
# 南王庄一体化水厂建设项目): a road's, river's, bridge's or facility's name of two characters or more before its kind,
# not 道路, 农村公路 or 乡镇卫生院.
_WORKS_VERBS = ("改造", "改建", "新建", "扩建", "修缮", "迁建", "建设")
_UPGRADING = ("提升", "升级")  # (…提升改造项目, …升级改造工程: the works' aim, before them)
# (a facility's own name is three characters or more: 烈士陵园, 市属医院 are kinds)
_FACILITIES = ("景区", "市场", "幼儿园", "医院", "学校", "中学", "小学", "水厂", "陵园", "公园", "卫生院", "码头", "水库")
# (an expressway by the short names of the places it joins, 小磨高速公路, 厦蓉高速: one road, built as one project;
# 城际高速, 国家高速公路: kinds)
_SITE_RE = re.compile(rf"(?P<expressway>[{CJK}]{{2}})高速(?:公路)?|([{CJK}]{{2,6}}?)(?:大道|大街|公路|路|河|桥|渠)"
                      rf"|(?P<facility>[{CJK}]{{3,6}}?)(?:{'|'.join(_FACILITIES)})")
_NOT_EXPRESSWAY_HEADS = ("国家", "城际", "省级", "地方", "普通", "沿线", "全省", "全市", "全县", "现有", "新建", "已建", "在建", "建设", "修建",
                         "改建", "扩建", "连接")
_SITE_KIND_ENDINGS = ("道", "农村", "城市", "城区", "城乡", "乡村", "国", "省", "县", "乡", "村", "主干", "干线", "高速", "旅游", "市政", "背街", "小",
                      "乡镇", "社区", "公办", "民办", "中心", "农贸")  # (道路, 农村公路, 背街小巷, 乡镇卫生院, 中心幼儿园)


def _names_a_site(words: str, built: bool = False) -> bool:
    """Whether words name a road, river, bridge or facility by its own name (煤城路, 青黄公路, 红都大道, 南王庄一体化水厂),
    not by its kind; ``built``: a facility only (…公路建设项目, …黄河流域生产建设项目 build kinds of road, or on a river)."""
    return any(not (m.group("expressway") in _NOT_EXPRESSWAY_HEADS or m.group("expressway").endswith(_SITE_KIND_ENDINGS)) if m.group("expressway")
               else not (m.group(2) or m.group("facility")).endswith(_SITE_KIND_ENDINGS)
               for m in _SITE_RE.finditer(words) if m.group("facility") or m.group("expressway") or not built)


# …and so are the river works on a named river or its section (马游河山洪沟治理工程, 游港河筻口段治理工程, 银坑河清淤工程).
_SITE_WORKS_VERBS = (*_WORKS_VERBS, "治理", "整治", "清淤")


def _works_on_named_site(name: str) -> bool:
    """A project of works on a site named by its own name (郧阳革命烈士陵园改扩建项目, 游港河筻口段治理工程): one project,
    whatever verb is before it."""
    verb = next((v for v in _SITE_WORKS_VERBS for kind in ("项目", "工程") if name.endswith(v + kind)), "")
    return bool(verb) and _names_a_site(name[: -len(verb) - 2], built=verb == "建设") and name.count("（") == name.count("）")


_KEY_WORKS = ("重点项目", "重点工程")  # (市北高新园区走马塘重点项目: a place's key works, whichever they are)


def _is_generic_program(name: str) -> bool:
    bare = _unbracketed(name)
    unyeared = _YEAR_HEAD_RE.sub("", bare)  # (开展2023年度工程系列…: a year's works, no name)
    heads = _ZONE_GENERIC_HEADS if bare.endswith(_ZONE_SUFFIXES) and "以上" not in bare else _GENERIC_PROGRAM_HEADS
    # (省级全域旅游示范区: a level's zone; 市级以上…示范区: zones of every level above, counted)
    return unyeared in _GENERIC_NAMES or unyeared in _SCHEME_WORDS or len(unyeared) < 3 or bare.startswith(heads) \
        or _COUNTED_NAME_RE.search(bare) is not None \
        or _SCIENCE_PLANS_RE.search(bare) is not None \
        or _PLANNING_WORDS_RE.fullmatch(bare) is not None or _YEARS_PLAN_RE.fullmatch(bare) is not None \
        or _NO_SCHEME_WORDS_RE.search(bare) is not None or bare.endswith(_KEY_WORKS) or _RELATED_WORKS_RE.search(bare) is not None


def _is_generic(name: str, shortest: int = 3) -> bool:
    """A kind, not a name: a generic name or head, or a name shorter than ``shortest`` (a kind's end, 公司; a trade
    name may have two characters, 腾讯)."""
    bare = _YEAR_HEAD_RE.sub("", _unbracketed(name))
    # (本溪市燃气有限公司: a city whose name opens with a generic head's character, 本 of 本公司)
    return bare in _GENERIC_NAMES or bare.startswith(_GENERIC_HEADS) and not _place_head(bare) or len(bare) < shortest


_BRACKETED_RE = re.compile(r"（[^）]*）")


def _unbracketed(name: str) -> str:
    """东方英才（领军人才）计划 → 东方英才计划: the bracket qualifies, the name is the rest."""
    return _BRACKETED_RE.sub("", name) if "（" in name else name


# A designation a body applies for, named with its year or its grantor's level (申报“2022年湖北省夜间
# 消费聚集区”); grades and honours (获评“优秀”, 争创“五星级”, 申报“高新技术企业”) are none.
_APPLIED_FOR_RE = re.compile("(?:申报|申请|争创|获评|入选)(?:为|成为)?$")
_DESIGNATION_RE = re.compile(r"^(?:\d{4}年度?|" + _BATCH + r")?[\u4e00-\u9fff]{0,6}?(?:省|市|自治区|国家级|省级|市级|全国)[\u4e00-\u9fff]{3,}(?:区|街|园|基地|试点|示范|城市|县|镇|村)")

# Verbs that launch a scheme: what follows them, quoted, is the scheme's name.
_LAUNCH_VERBS = ("推进", "开展", "实施", "推广", "创建", "打造", "启动", "评选", "认定", "培育", "推动", "纳入", "列入", "设立", "举办", "承办", "主办",
                 "建设", "建成", "已建", "深化", "依托", "结合", "借助")  # (已建中南部城乡饮水工程、东山坡引水工程)
_LAUNCH_BEFORE_RE = re.compile(
    f"(?:{'|'.join(_LAUNCH_VERBS)})[了出]?(?:深入|全面|持续|好)?(?:[0-9]{{4}}年度?)?(?:{_OWN_PLACE}|[{CJK}]{{2,4}}?[省市县区])?"  # (开展2025年营口市“…”)
    r"第?(?:\d+|[一二三四五六七八九十]+)?(?:个|项|批|家|座|所|条|期|场|次)?(?:省级|市级|县级|区级|国家级)?$"  # (创建省级“清洁村庄”, 打造3条“…路线”)
)
# A heading that is only a plan's name, 提升 or 促进 in it included (（一）产业提升人才行动计划。), or
# a scheme's that a quote, number or place marks as one (9.“百人计划”拓展项目。, 11.121人才梯队项目。);
# （一）续建项目。, （二）资金保障计划。 are kinds, and one that opens with a verb is the measure.
_HEADING_PLAN_RE = re.compile(rf"[{_NAME_CHAR_SET}“”]{{2,18}}(?:行动计划|计划|工程|项目)")
# A heading that is only a works' or campaign's name, saying at length what it is for (一、棚户区改造工程。,
# （二）5G产业基础强化行动): the scheme its item carries out.
# (not 道路畅通工程, 统筹更新行动: a kind of work)
_HEADING_SCHEME_RE = re.compile(rf"[{_NAME_CHAR_SET}“”]{{5,18}}(?:工程|行动)")
_LAUNCHED_INSIDE_RE = re.compile("实施|开展")  # (面向干部实施示范工程: a measure that launches one, no name)
_VERB_HEAD_RE = re.compile("|".join(("坚决", "继续", "持续", "进一步", "大力", "全面", "深入", "着力", "再", "今后", "谋划", "推行",
                                     "提高", "做好", "扎实", "切实", "认真", "稳步", "有序", "努力",
                                     *_LAUNCH_VERBS, *(w for w in _LEFT_CUTS if len(w) > 1))))  # (对外科技合作计划: 对 opens names)
_PROGRAM_OBJECT_END_RE = re.compile(r"^(?:[“、，。；,;：:]|建设|创建|等|行动|试点|示范|工作|应用|转型|培育|改造|活动|模式|集成|改革"
                                     rf"|[{CJK}]{{0,8}}?活动"  # (开展“乐购国庆惠享营口”汽车促销活动, 主题系列活动)
                                     r"|\d+(?:个|家|期|场|次))"  # (创建省级“清洁村庄”70个, 评选出“黄河人家”…504家: counted)
                                     r"(?!建议|提案|议案)")  # (为美丽乡村建设“塑形”建议: the deputy's word, no scheme)
# 以A工程、B工程为抓手: schemes the text works through, each one named.
_FRAMED_AFTER_RE = re.compile(rf"(?:[、和及与][{CJK}]{{2,20}}?)*为(?:抓手|载体|牵引|引领|突破口)")
# Only these say by themselves that a framed run is a named scheme (以城市更新项目为抓手 is not).
_FRAMED_SUFFIXES = ("工程", "计划", "专项行动")
MIN_FRAMED_NAME = 5
_UNQUOTED_AFTER_RE = re.compile(r"^(?:建设|实施|项目)")
# (…基础设施工程建设项目审批, 优化工程项目许可办理: works projects in general, administered; …修复工程项目 is one)
_WORKS_PROJECT_RE = re.compile("建设项目|项目(?:许可|审批|招标|招投标|报建|验收)")
_QUOTE_CHAIN_RE = re.compile(r"(?:[“‘][^“”‘’\n，,。；;]{2,30}[”’]、?)*$")


@lru_cache(maxsize=1024)
def _proper_program_re(places: tuple[str, ...]) -> re.Pattern[str]:
    """_PROPER_PROGRAM_RE, also accepting the document's own place names as heads."""
    if not places:
        return _PROPER_PROGRAM_RE
    return re.compile(f"(?:{'|'.join(map(re.escape, places))}|" + _PROPER_PROGRAM_RE.pattern[3:])


MAX_MODIFIER = 8
MAX_LIST_ITEM = 30  # (改善贫困地区义务教育薄弱环节办学条件工程: a listed scheme's name may be long)
_WORD_RUN_RE = re.compile(rf"[{CJK}0-9]{{2,{MAX_LIST_ITEM}}}$")
# What may qualify a quoted scheme name: a noun naming whom or where it is for (大中小企业“百场万企”
# 洽谈会, 基础教育“高品质”校园建设项目, 静安区“卓越城区”…行动).  An edition (第七届) is not part of
# the name: every edition is the same scheme.
_MODIFIER_RE = re.compile(r"(?:企业|产业|行业|教育|工艺|城区|[区市县省]|高新区|开发区|园区)$")


def _words_before(text: str, start: int) -> str:
    """The run of name characters right before ``start``, after its last clause word (举办, 推进 …)."""
    run = _WORD_RUN_RE.search(text, max(0, start - 20), start)
    return _cut_left(run.group(0)) if run else ""


_NOT_NAMING_WORDS_RE = re.compile("批|部分|若干|系列|^好|[和与及、的]|轮|为期|实施|推进|深化|深入|全面|持续|重点|有关|相关|各类|各项")
_SCHEME_AIM_RE = re.compile("(?:培育|发展|建设|提升|振兴|改造|治理|融合|保护|创新|培训|帮扶|扶持|升级|转型)$")  # (科技型企业培育)
_IMPLEMENTED_WORDS_RE = re.compile(rf"(?:实施|开展|启动)([{CJK}]{{2,{MAX_MODIFIER}}})$")


def _modifier_before(text: str, quote_start: int) -> str:
    """The words right before a quoted scheme name that belong to it (see ``_MODIFIER_RE``)."""
    words = _words_before(text, quote_start)
    if 2 <= len(words) <= MAX_MODIFIER and _MODIFIER_RE.search(words):
        return words
    # (深入实施科技型企业培育“百千万”工程: the words between 实施 and the quote name it too)
    implemented = _IMPLEMENTED_WORDS_RE.search(text, max(0, quote_start - MAX_MODIFIER - 4), quote_start)
    words = implemented.group(1) if implemented else ""
    # (实施一批“小而美”民生项目, 开展好…“放管服”改革; 开展医疗器械“清网”行动: the field it works in, no part of its name)
    return words if _SCHEME_AIM_RE.search(words) and not _NOT_NAMING_WORDS_RE.search(words) else ""


def _qualifier_before(text: str, quote_start: int) -> str:
    """The words right before a quoted scheme name that may name it with the quote (城镇燃气安全“四进”行动), as a
    gold file or a reader may: a short run after the clause word, none of the words that only count or describe."""
    words = _words_before(text, quote_start)
    return words if 2 <= len(words) <= MAX_MODIFIER and not _NOT_NAMING_WORDS_RE.search(words) else ""


def quoted_scheme(text: str, mention: Mention) -> bool:
    """Whether a mention is a scheme by its quoted name, as a cited title may quote it (《关于开展“干部规划家乡行动”的通知》,
    《关于深化“放管服”改革…》); not words that open a title (《“十四五”噪声污染防治行动计划》) nor a five-year plan's period
    (《…“九五”计划》: the plan, which the title names)."""
    if mention.type != "Program" or not mention.surface.startswith("“") or text[mention.start - 1 : mention.start] == "《":
        return False
    return not _PLAN_PERIOD_RE.fullmatch(mention.surface[1 : mention.surface.find("”")])


def _launched(text: str, quote_start: int) -> bool:
    """Whether a launching verb stands before this quoted name (or the chain of names it ends), or a verb giving it as
    a designation (已被认定为“中华老字号”; unquoted, 列为脱贫攻坚三年行动计划 is a plan's, read apart)."""
    before = text[max(0, quote_start - 120) : quote_start]
    chain = _QUOTE_CHAIN_RE.search(before)
    head = before[: chain.start()] if chain else before
    return bool(_LAUNCH_BEFORE_RE.search(head) or _DESIGNATED_BEFORE_RE.search(head))


_NOT_NAME_CHAR_RE = re.compile(f"[^{_NAME_CHAR_SET}]")
_PROGRAM_SUFFIX_RE = re.compile(_UNQUOTED_PROGRAM_SUFFIXES)
_ORG_SUFFIX_RE = re.compile("|".join(ORG_SUFFIXES))


MAX_NAME_REACH = 32  # the longest body (24) and suffix (6) a name pattern reads, and some
LOOKAHEAD = 3  # the longest word a name pattern's lookahead rejects (的通知)


def _runs_with(suffix: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The stretches of name characters around the suffixes, as (start, end): a run of them, or
    the part of a long run near its suffixes.

    The name patterns (_UNQUOTED_PROGRAM_RE, _ORG_RE) backtrack over up to 18/24 characters
    wherever they are tried; they are only tried inside these runs, with the same matches as
    over the whole text: a match never leaves its run (its suffix is made of name characters
    too), and its lookahead, which only rejects CJK characters, sees the run's end as it sees the
    character there, which is no name character.  The suffixes are found first and each is
    placed in its run (kept per text): one pass each, with no backtracking.
    """
    window: tuple[int, int, int] | None = None  # (run start, start, end) of the window being widened
    for hit in suffix.finditer(text):  # few suffixes, many runs: find the suffixes, then their runs
        run_start, run_end = _run_around(text, hit.start(), hit.end())
        # a long run (a table flattened into one line) is searched only near its suffixes: a match
        # ends at a suffix and starts at most MAX_NAME_REACH before it, and its lookahead reads at
        # most LOOKAHEAD characters after it
        start, end = max(run_start, hit.end() - MAX_NAME_REACH), min(run_end, hit.end() + LOOKAHEAD)
        if window and window[0] == run_start and start <= window[2]:
            window = (run_start, window[1], max(window[2], end))
            continue
        if window:
            yield window[1], window[2]
        window = (run_start, start, end)
    if window:
        yield window[1], window[2]


def _run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of name characters that holds ``text[start:end]`` (itself name characters): to the
    characters around it that are none, found forwards and, in the reversed text, backwards."""
    after = _NOT_NAME_CHAR_RE.search(text, end)
    before = _NOT_NAME_CHAR_RE.search(_reversed(text), len(text) - start)
    return (len(text) - before.start() if before else 0), (after.start() if after else len(text))


@lru_cache(maxsize=4)
def _reversed(text: str) -> str:
    return text[::-1]


def _finditer_in_runs(pattern: re.Pattern[str], suffix: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searching only the runs that hold a suffix (see :func:`_runs_with`)."""
    for start, end in _runs_with(suffix, text):
        yield from pattern.finditer(text, start, end)


# A list the text closes by calling its items projects or events (“海派文化艺术节”、“欢乐春节”、上海台北两岸
# 文学营暨小说工作坊、We爱.两岸青年短片大赛等项目): each item is one, quoted or not.
_LIST_CLOSER_RE = re.compile(rf"等[{CJK}]{{0,4}}?(?:项目|活动|品牌|赛事)")
_LIST_START_MARKS = "，,。；;：:\n"
_EVENT_ENDINGS = ("节", "赛", "马拉松", "峰会", "论坛", "工作坊", "营", "展", "之旅", "计划", "工程", "行动", "活动",
                  "博览会", "展览会", "交易会", "洽谈会", "交流大会", "合作大会")
_QUOTED_ITEM_RE = re.compile(r"^(.*?)[“‘]([^“”‘’]{2,30})[”’](.*)$")
MIN_LISTED_EVENT = 5
MAX_LIST_REACH = 300
MAX_QUOTED_TAIL = 10
# What makes an unquoted name one thing's: Latin letters, a number or an edition (We爱.…大赛, 330国道…, 第九届…)
_PROPER_MARK_RE = re.compile(r"[A-Za-z0-9]|第[一二三四五六七八九十]+[届期]|[一二三四五六七八九十]期")
_BEFORE_LISTED_NAME_RE = re.compile(r"(?:\d{4}年?|的|举办了?|开展了?|策划了?|实施了?|推出了?)$")


_ITEM_NUMBER_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+|\d+)、")
_EDITION_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]+届|\d{4}年?)")


def _closed_lists(text: str, closer: re.Pattern[str], reach: int) -> Iterator[list[tuple[str, int]]]:
    """Each list of two items or more that ``closer`` ends (A、B、C等项目), back to the clause's start:
    its items with where each starts."""
    for end in (m.start() for m in closer.finditer(text)):
        start = max(text.rfind(mark, max(0, end - reach), end) for mark in _LIST_START_MARKS) + 1
        numbered = _ITEM_NUMBER_RE.match(text, start, end)
        start = numbered.end() if numbered else start  # 二、鼓励…引导大润发、麦凯隆…: the item's number is no list item
        items = text[start:end].split("、")
        if len(items) < 2:
            continue  # one thing called a project or a firm: other rules read it
        offsets = itertools.accumulate((len(item) + 1 for item in items[:-1]), initial=start)
        yield list(zip(items, offsets))


def _listed_schemes(text: str) -> list[Mention]:
    return [m for items in _closed_lists(text, _LIST_CLOSER_RE, MAX_LIST_REACH) for item, at in items
            for m in _listed_scheme(item, at)] + _listed_projects(text) + (_included_schemes(text) if "包括" in text else [])


# A list the text calls its projects, closing it (鲲鹏小镇、…、智创小镇等核心项目; 以东方铂尔曼大酒店、…、洞庭湖旅游母港基地
# 等为代表的旅游带动型项目: the first item after 以 and the verb) or opening it (文旅重点项目有鲲鹏小镇、…、智创小镇等,):
# each item that names a site or works is one project, whatever its name says (not 特色小镇, 小型水利工程: kinds).
_PROJECT_LIST_CLOSER_RE = re.compile(rf"等(?:[{CJK}]{{0,4}}?|为代表的[{CJK}]{{0,8}}?)项目")
_OPEN_LIST_END_RE = re.compile("等(?=[，,。；;])")
_PROJECTS_NAMED_RE = re.compile("项目(?:有|包括|主要有|主要包括)")
_PROJECT_SITE_ENDINGS = ("园", "小镇", "水镇", "城", "村", "度假区", "营地", "基地", "综合体", "一条街", "街区", "酒店", "工程", "项目")
_NOT_A_PROJECT_NAME_RE = re.compile("[的等]|^(?:小型|中型|大型|重大|特色|田园|美丽|和美|文明|示范|新建|现代农业|产业)")  # (kinds: 小型水利工程)
MIN_LISTED_PROJECT = 4


def _listed_projects(text: str) -> list[Mention]:
    """The sites and works of each list the text calls its projects (see ``_PROJECT_LIST_CLOSER_RE``)."""
    found = []
    for closer in (_PROJECT_LIST_CLOSER_RE, _OPEN_LIST_END_RE):
        for items in _closed_lists(text, closer, MAX_LIST_REACH):
            first, _ = items[0]
            opened = _PROJECTS_NAMED_RE.search(first)
            if closer is _OPEN_LIST_END_RE and not opened:
                continue  # (A、B等, 总投资…: only a list the text calls projects)
            for name, start in _named_items(items, first[opened.end() :] if opened else _cut_left(first.rpartition("以")[2])):
                if len(name) >= MIN_LISTED_PROJECT and name.endswith(_PROJECT_SITE_ENDINGS) and all(is_cjk(c) or c == "·" for c in name) \
                        and not _NOT_A_PROJECT_NAME_RE.search(name) and not _is_generic_program(name):
                    found.append(Mention("Program", name, name, start, start + len(name)))
    return found


def _named_items(items: list[tuple[str, int]], first_name: str) -> Iterator[tuple[str, int]]:
    """Each item of a list and where it starts, the first named by ``first_name``: what follows the words opening the list."""
    for index, (item, offset) in enumerate(items):
        name = item if index else first_name
        yield name, offset + len(item) - len(name)


# Schemes a text lists as what something includes (专项经费资助计划…主要包括战略性新兴产业发展科技专项计划、产学研合作计划、
# 重大科技专项、…、中小企业创新资金等): each item that ends as a scheme does is one.
_INCLUDES_RE = re.compile("(?:主要)?包括")
_INCLUDED_SCHEME_ENDINGS = ("计划", "专项", "工程", "资金", "基金")
MIN_INCLUDED_SCHEMES = 3


def _included_schemes(text: str) -> list[Mention]:
    """Each scheme of a list of three or more that 包括 opens and 等 closes (see ``_INCLUDES_RE``)."""
    found = []
    for items in _closed_lists(text, _OPEN_LIST_END_RE, MAX_LIST_REACH):
        first, _ = items[0]
        opened = _INCLUDES_RE.search(first)
        if not opened or len(items) < MIN_INCLUDED_SCHEMES:
            continue
        for name, start in _named_items(items, first[opened.end() :]):
            if len(name) >= MIN_LISTED_PROJECT and name.endswith(_INCLUDED_SCHEME_ENDINGS) and all(is_cjk(c) for c in name) \
                    and not _is_generic_program(name):
                found.append(Mention("Program", name, name, start, start + len(name)))
    return found


def _listed_scheme(item: str, offset: int) -> list[Mention]:
    """One item of such a list as a program, if it reads as a name (the list's first item carries the
    words before the list: 体现海派文化特色的“海派文化艺术节”, 精心策划We爱.两岸青年短片大赛)."""
    quoted = _QUOTED_ITEM_RE.match(item)
    if quoted:
        before, inner, tail = quoted.groups()
        if not tail and (not before or _BEFORE_LISTED_NAME_RE.search(before)):
            inner_start = offset + len(before) + 1  # “海派文化艺术节”, …的“…”, 举办了2019“…”: the quoted name
            return [Mention("Program", inner, inner, inner_start, inner_start + len(inner))]
        if not before and len(tail) <= MAX_QUOTED_TAIL and not re.search("[的，,]", tail) and not _FESTIVAL_GLOSS_RE.fullmatch(tail):
            return [Mention("Program", item, item, offset, offset + len(item))]  # “同根文化 点燃童心”移动剧院和教育拓展
        return []
    name = _EDITION_RE.sub("", _cut_left(item))  # (第三届中国国际进口博览会: every edition is the one event)
    if len(name) >= MIN_LISTED_EVENT and name.endswith(_EVENT_ENDINGS) and not _is_generic_program(name) \
            and (_place_head(name) or name.startswith(_PROPER_HEADS) or _PROPER_MARK_RE.search(name)):  # not 社区书画摄影展
        start = offset + len(item) - len(name)
        return [Mention("Program", name, name, start, start + len(name))]
    return []


# A named project the text reports on: the subject of its clause, with where it stands
# (330国道接线工程已完成征地程序; 吉林省TMJ治理二期工程是…重点工程之一), or one a plan took in
# (将铜山溪流域综合治理工程列入其中).
_STATUS_AFTER_RE = re.compile("已|正在|正|将于|于20|是|目前|总投资|计划于|预计|列入|纳入|被列为|获批")
_CLAUSE_OPENINGS = frozenset("。；;，,\n：:")
MIN_REPORTED_NAME = 6
# A project's cost before its name, at the clause's opening (目前,总投资约2亿元的…工程已正式获批立项): the one project it costs.
_COSTED_BEFORE_RE = re.compile(r"(?:^|[。；;，,\n：:])(?:总)?投资(?:约|近|超过|达)?[0-9.]+[万亿]?元的$")
MAX_COSTED_LEAD = 16
# Where a project's name says it is one place's works: a river, a road, a bridge (铜山溪流域…, 高青路…)
_WORKS_PLACE_RE = re.compile(r"[溪河江湖渠库港湾]|流域|国道|省道|县道|路|桥|隧道")


MIN_ZONE_SPECIFIC = 4  # (…改革试验区 names a zone)
# Words that say what kind a zone is (绿色低碳示范区, 绿色能源示范区: kinds any park may become, no name)
_ZONE_KIND_WORDS_RE = re.compile("绿色|低碳|零碳|近零碳|智慧|数字|生态|创新|节能|能源|循环|安全|健康|宜居|综合|示范")
_COUNTED_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:个|批|家|座|所)$")
_LIST_JOINS = frozenset("、和及与")
MAX_LIST_ITEMS = 6


# (开展为期3个月的…专项整治行动: how long it runs, between the launching verb and the name)
_DURATION_BEFORE_RE = re.compile(r"为期[一二三四五六七八九十两半\d]+个?(?:月|年|天|周)的$")
MAX_DURATION = 8
# (依托即将实施的宜阳街景观提升工程, 正在实施的…专项行动, 规划建设的邕北灌区: a scheme being carried out, named after it)
_BEING_CARRIED_OUT_RE = re.compile("(?:正在|即将|将要|已经|规划)(?:实施|开展|推进|建设)的$")


def _launched_unquoted(text: str, start: int, launch: re.Pattern[str]) -> bool:
    """Whether a launching verb stands right before this unquoted name, or before the list it
    closes: 陆续启动并实施了城乡中小河道综合整治、苏州河环境综合整治四期工程 launches both — when the
    name is one thing's (a place, a number, a phase, a plan), not a kind of works (…、道路积水点治理工程)."""
    duration = _DURATION_BEFORE_RE.search(text, max(0, start - MAX_DURATION), start)
    at = duration.start() if duration else start
    if launch.search(text, max(0, at - 6), at) or _BEING_CARRIED_OUT_RE.search(text, max(0, start - 6), start):
        return True
    return _list_launched(text, start, launch)


def _list_launched(text: str, start: int, launch: re.Pattern[str]) -> bool:
    pos = start
    for _ in range(MAX_LIST_ITEMS):
        if pos == 0 or text[pos - 1] not in _LIST_JOINS:
            return False
        run = _WORD_RUN_RE.search(text, max(0, pos - MAX_LIST_ITEM - 1), pos - 1)
        if not run:
            return False
        item = _cut_name_left(run.group(0))  # (…、科技服务业集聚区建设行动和…: 建设 names the item, it opens no clause)
        if len(item) < len(run.group(0)):  # the list's first item, after the clause words that open it
            if len(item) < 2:
                return False  # (组织实施和超前布局…: 和 joins two verbs, no names)
            head_end = run.end() - len(item)
            # (举办各类科技创新、创意设计、创业计划等专题竞赛: kinds of contests, none named)
            return launch.search(text, max(0, head_end - 6), head_end) is not None and not item.startswith(_GENERIC_PROGRAM_HEADS) \
                and (not _names_works(text, start) or _names_one_scheme(text, start))
        pos = run.start()
    return False


# (…能力提升工程, …长效机制工程: a scheme's aim or mechanism names it, where works name what they build or mend)
_ONE_SCHEME_RE = re.compile(rf"[A-Za-z0-9]|[一二三四五六七八九十]期|年行动|计划|(?:{'|'.join(_NAMING_VERBS)}|机制)工程$")
_WEAK_LAUNCH_RE = re.compile("(?:结合|依托|借助)$")


def _names_works(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is a 工程 (works), which a list may hold as kinds."""
    end = _PROGRAM_SUFFIX_RE.search(text, start, start + MAX_NAME_REACH)
    return end is not None and end.group() == "工程"


def _names_one_scheme(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` says it is one thing's: a place, a number or a phase,
    or a plan (苏州河环境综合整治四期工程, 消除劣V类水体三年行动计划)."""
    name = text[start : start + MAX_NAME_REACH]
    end = _PROGRAM_SUFFIX_RE.search(name)
    name = name[: end.end()] if end else name
    return bool(_ONE_SCHEME_RE.search(name) or _place_head(name) or name.startswith(_PROPER_HEADS))


def _national_pilot(name: str) -> bool:
    """国家要素市场化配置综合改革试点: a national reform pilot by its name (国家和本市改革试点: two levels' pilots)."""
    return name.startswith(("国家", "全国")) and name.endswith("试点") and not re.search("[和及与、]", name)


MIN_JOINED_PLAN_SPECIFIC = 6


def _joined_plan(name: str) -> bool:
    """Whether a plan one takes part in (参与…计划) is one scheme: 参与百万就业见习岗位募集计划, 参与国家重点研发计划;
    参与员工持股计划, 参加社会实践计划 name kinds (as 参与光伏工程 names works)."""
    return len(name) - 2 >= MIN_JOINED_PLAN_SPECIFIC or name.startswith(_PROPER_HEADS) or _PROPER_MARK_RE.search(name) is not None


def _reported_on(text: str, start: int, end: int) -> bool:
    if end - start < MIN_REPORTED_NAME or not _STATUS_AFTER_RE.match(text, end):
        return False
    name = text[start:end]
    designated = text.startswith(("纳入", "列入", "被列为", "获批"), end)  # 停车难综合治理工程纳入16项民心工程
    costed = _COSTED_BEFORE_RE.search(text, max(0, start - MAX_COSTED_LEAD), start) is not None  # (总投资约2亿元的蕲水…工程已…)
    if costed:
        return True
    if not (designated or _PROPER_MARK_RE.search(name) or _WORKS_PLACE_RE.search(name) or _place_head(name)):
        return False  # 农村公路提档升级工程正在…: a kind of works making progress, not one named project
    opens_clause = start == 0 or text[start - 1] in _CLAUSE_OPENINGS
    taken_in = text[start - 1 : start] == "将" and text.startswith(("列入", "纳入"), end)
    return opens_clause or taken_in


MAX_SLOGAN = 6
# A place's honorific title, quoted (“中国人参之乡”, “世界媒体艺术之都”): a designation it holds.
_HONORIFIC_TITLE_RE = re.compile(rf"[{CJK}]{{2,}}之(?:乡|都)$")
# A quoted brand a body builds or makes known (打响“夜生活·IN杭州”品牌, 打造“山盟海誓”服务品牌): a named campaign.
_BRAND_MADE_RE = re.compile("(?:打响|叫响|唱响|打造|树立|塑造|做响)了?$")  # (擦亮“老字号”品牌: a kind polished, no one brand)
_BRAND_AFTER_RE = re.compile("(?:区域公用|公共|城市|文化|服务)?品牌")


def _is_place_slogan(inner: str) -> bool:
    """“清新福建”, “好客山东”, “老家河南”: a short slogan around a province's or city's name, the brand a
    place promotes itself by (“中国制造”, “老字号” are kinds of brand, no place's)."""
    return len(inner) <= MAX_SLOGAN and any(is_short_place_name(inner[:n]) or is_short_place_name(inner[-n:]) for n in (2, 3))


def find_programs(text: str, headings: list[tuple[int, int]] = (), places: tuple[str, ...] = ()) -> list[Mention]:
    """Programs in ``text``; a 工程/计划 run that is a measure's own heading is the measure, not a program."""
    out: list[Mention] = []
    for m in _QUOTED_RE.finditer(text):
        inner = m.group(1)
        after = _AFTER_QUOTE_RE.match(text[m.end() : m.end() + 14])
        if inner in _GENERIC_NAMES:
            continue  # 社会主义文化强国“先行区”: a word in quotes, not a name
        if (inner.endswith(PROGRAM_SUFFIXES) or len(inner) >= MIN_QUOTED_FESTIVAL and inner.endswith("节")
                and "、" not in inner and not inner.endswith(_HOLIDAYS)) and not inner.startswith("关于"):
            # (“五五购物节”: a festival by its name; “春节”, “五一劳动节”, “元旦、春节” are days)
            out.append(Mention("Program", inner, m.group(0), m.start(), m.end()))
        elif after and not ("、" in inner and _COUNTED_AFTER_RE.match(after.group(0))) and not _NOT_A_QUOTED_TAIL_RE.search(after.group(0)) \
                and not (after.group(0) == "改革" and (_DATE_NAME_RE.fullmatch(inner) or _PLAN_PERIOD_RE.fullmatch(inner))):
            # (在“十四五”改革发展关键时期: a period, no reform's name)
            start = m.start() - len(_modifier_before(text, m.start()))
            end = m.end() + after.end()
            # (推动镇村便民服务“三化”试点: “三化”试点, also known with the words that say what it is for)
            qualifier = _qualifier_before(text, m.start()) if start == m.start() else ""
            aliases = (inner, qualifier + text[start:end]) if qualifier else (inner,)
            out.append(Mention("Program", text[start:end], text[start:end], start, end, aliases=aliases))
        elif _PLAN_PERIOD_RE.fullmatch(inner) and text.startswith("普法", m.end()) and not _LAW_PUBLICITY_PLAN_RE.match(text, m.end() + 2):
            # “七五”普法: the five-year campaign of legal publicity by its period (its 规划 or 决议 is a document)
            out.append(Mention("Program", text[m.start() : m.end() + 2], text[m.start() : m.end() + 2], m.start(), m.end() + 2,
                               aliases=(f"{inner}普法",)))
        elif _HONORIFIC_TITLE_RE.search(inner) and "、" not in inner:
            out.append(Mention("Program", inner, m.group(0), m.start(), m.end()))  # 我县作为“中国人参之乡”, “东亚文化之都”
        elif text.startswith("品牌", m.end()) and _is_place_slogan(inner) \
                or _BRAND_MADE_RE.search(text, max(0, m.start() - 3), m.start()) and _BRAND_AFTER_RE.match(text, m.end()):
            out.append(Mention("Program", inner, m.group(0), m.start(), m.end()))  # 扩大“清新福建”品牌知名度; 打响“夜生活·IN杭州”品牌
        elif _APPLIED_FOR_RE.search(text, max(0, m.start() - 4), m.start()) and _DESIGNATION_RE.search(inner):
            out.append(Mention("Program", inner, m.group(0), m.start(), m.end()))  # 申报“2022年湖北省夜间消费聚集区”
        elif "、" not in inner and not _is_occasion(inner) \
                and ((_launched(text, m.start()) and (end_word := _PROGRAM_OBJECT_END_RE.match(text[m.end() : m.end() + 10]))
                      and not (len(inner) < MIN_QUOTED_BARE_NAME and end_word.group() in _CLAUSE_MARKS and _purpose_before(text, m.start())))
                                     or _CHAIN_KIND_RE.match(text, m.end())
                                     or _BUILT_AFTER_QUOTE_RE.match(text, m.end()) and not _DATE_NAME_RE.fullmatch(inner)):
            # (“活力区、品质区”: a list in one pair of quotes, no one name)
            # (开展“每周一村”中医药义诊活动: the activity by its quoted name, and by its whole one)
            activity = _ACTIVITY_TAIL_RE.match(text, m.end())
            whole = (text[m.start() : activity.end()],) if activity else ()
            out.append(Mention("Program", inner, m.group(0), m.start(), m.end(), aliases=whole))  # 推进“无废园区”“无废企业”建设
    for m in _finditer_in_runs(_UNQUOTED_PROGRAM_RE, _PROGRAM_SUFFIX_RE, text):
        raw = _JOINED_PROGRAMS_RE.split(_cut_name_left(m.group(0)))[-1]
        raw = raw[1:] if raw[:1] in _LIST_JOINS else raw  # (…计划和公共卫生体系三年行动计划: the join opens the run)
        raw = _BATCH_RE.sub("", _YEAR_RANGE_RE.sub("", raw))  # (第二批国家全域旅游示范区: every batch's is the one designation)
        raw = _ITEM_LABEL_RE.sub("", raw)  # (（一）产业提升人才行动计划: the item's number, no part of the name)
        if len(raw) < MIN_UNQUOTED_NAME or text[m.end() - len(raw) - 1 : m.end() - len(raw)] == "“" or _is_generic_program(raw) or "“" in raw \
                or raw.endswith("工程") and _WORKS_PROJECT_RE.match(text, m.end()) \
                or _YEAR_HEAD_RE.match(raw) and _ROUND_WORDS_RE.match(text, m.end()):
            continue  # (开展2021年新型信息消费示范项目申报工作: the round's scheme, named without its year below)
        framed = _FRAMED_AFTER_RE.match(text, m.end())
        if framed and "以" in raw:
            raw = raw[raw.rfind("以") + 1 :]  # 以农村道路畅通工程、扩面延伸工程为抓手
        start = m.end() - len(raw)
        if raw[:1].isdigit() and text[start - 1 : start].isdigit():
            continue  # (2023年市政府为民办实事…建设提升工程: the pattern's reach ends inside the year, no name starts there)
        if text[max(0, start - 2) : start].endswith(_GENERIC_BEFORE) or any((s == start or _COUNTED_SCHEMES_RE.fullmatch(raw)) and s <= start < e and m.end() >= e - 1 for s, e in headings):
            # (a heading's own run: the heading pass below names it when it is only a name; （一）实施三大…工程 is
            # the measure itself; 1.推进种业振兴行动 launches a campaign by its name, read as in a sentence)
            continue
        before = text[max(0, start - 6) : start]
        if framed and len(raw) >= MIN_FRAMED_NAME and raw.endswith(_FRAMED_SUFFIXES):
            pass  # a scheme the text works through (以…工程为抓手): named whatever its suffix
        elif raw.endswith(_EVERYDAY_SUFFIXES):
            suffix = next(x for x in ("专项行动", *_EVERYDAY_SUFFIXES) if raw.endswith(x))
            specific = raw[: -len(suffix)]
            least = MIN_CAMPAIGN_SPECIFIC if suffix.endswith("行动") and (not _KIND_OF_CAMPAIGN_RE.search(specific)
                                                                         or _strikes_at_a_target(specific, suffix)) \
                else MIN_EVERYDAY_SPECIFIC
            site_works = suffix == "项目" and _named_works(raw)  # (东陈河改造项目, however short)
            if not (_launched_unquoted(text, start, _STRICT_LAUNCH_RE) or site_works) \
                    or len(raw) - len(suffix) < least and not site_works \
                    or _RELATED_RE.search(raw) or raw[: -len(suffix)].endswith(_REFORM_ENDINGS) and not _national_pilot(raw):
                continue  # 科技人才评价改革试点: a reform being tried, not a named scheme (国家…综合改革试点 is one)
        elif raw.endswith(_ZONE_SUFFIXES):
            if len(raw) - 3 < MIN_ZONE_SPECIFIC or _COUNTED_RE.search(before) or len(_ZONE_KIND_WORDS_RE.sub("", raw[:-3])) < 2 \
                    or not (_launched_unquoted(text, start, _LAUNCH_BEFORE_RE) or text.startswith("建设", m.end())
                            or before.endswith(_DESIGNATING)):
                continue  # 创建3个绿色低碳示范区: zones of a kind, counted, none named
        elif _WEAK_LAUNCH_RE.search(before) and not _names_one_scheme(text, start):
            continue  # 结合城市更新工程: works of a kind a clause goes along with, no named project
        elif not (_launched_unquoted(text, start, _LAUNCH_BEFORE_RE) or text.endswith("抓好", 0, start)  # 继续抓好…治理工程
                  or _named_works(raw)
                  or raw.endswith("计划") and before.endswith(("参与", "参加")) and _joined_plan(raw)
                  or _UNQUOTED_AFTER_RE.match(text[m.end() : m.end() + 2])
                  or _reported_on(text, start, m.end())):
            continue  # 建筑工程同步规划, 创业计划等: words, not named schemes
        name = raw if raw.endswith(_ZONE_SUFFIXES) else _unbracketed(raw)  # (a zone's bracket names its place: …汽车(上海)试点示范区)
        out.append(Mention("Program", name, raw, start, m.end(), aliases=(raw,) if raw != name else ()))
    for start, end in headings:
        name = text[start:end].rstrip("。；;，, ")
        if (_HEADING_PLAN_RE.fullmatch(name) and (name.endswith("行动计划") or "“" in name or _PROPER_MARK_RE.search(name) or _place_head(name))
                or _HEADING_SCHEME_RE.fullmatch(name) and not _LAUNCHED_INSIDE_RE.search(name)) \
                and not _VERB_HEAD_RE.match(name) and not _is_generic_program(name):
            out.append(Mention("Program", name, name, start, start + len(name)))  # （一）产业提升人才行动计划。, 一、棚户区改造工程。
    for m in _COUNTED_SCHEMES_RE.finditer(text) if "大" in text else ():
        if not any(s <= m.start() < e and m.end() >= e - 1 for s, e in headings):  # (（一）实施三大…工程: the measure itself)
            out.append(Mention("Program", m.group(0), m.group(0), m.start(), m.end()))
    for m in _ROUND_RE.finditer(text) if "开展" in text or "推进" in text or "实施" in text or "做好" in text else ():
        name = _ROUND_CLAUSE_RE.sub("", m.group(1))  # (推进区内企业参加国家技术创新示范企业认定工作: the scheme after 参加)
        if len(name) >= MIN_ROUND_NAME and "的" not in name and not name.endswith(_LIST_WORDS) and name not in _GENERIC_NAMES \
                and not name.startswith(_ROUND_GENERIC_HEADS) and not _NOT_A_ROUND_RE.search(name) \
                and not _ROUND_AS_CONDITION_RE.match(text, m.end(1)) \
                and name.count("（") == name.count("）"):  # (开展试点示范, 推荐绿色制造名单: no scheme named)
            out.append(Mention("Program", name, name, m.end(1) - len(name), m.end(1)))
    for m in _HELD_EVENT_RE.finditer(text) if "届" in text else ():
        name = m.group(1)
        if _SESSION_RE.search(name):
            continue
        bare = _EDITION_RE.sub("", name)  # (第二届两化融合暨数字化转型大会: the event, whatever its edition)
        out.append(Mention("Program", name, name, m.start(1), m.end(1), aliases=(bare,) if bare != name else ()))
    for m in _BATCH_DESIGNATION_RE.finditer(text) if "批" in text else ():
        out.append(Mention("Program", m.group(1), m.group(1), m.start(1), m.end(1)))  # 为第三批工业产品绿色设计示范企业
    for m in _PLACE_TITLE_RE.finditer(text) if "国" in text or "省" in text or "长三角" in text else ():
        while m:
            name = m.group(1)[m.end("batch") - m.start(1) :] if m.group("batch") else m.group(1)  # (全国首批全民运动健身模范市(区))
            name = name[: -2] if name.endswith("试点单位") else name  # (长三角养老试点单位: the pilot)
            out.append(Mention("Program", name, m.group(1), m.start(1), m.end(1), aliases=(m.group(1),) if name != m.group(1) else ()))
            m = _JOINED_PLACE_TITLE_RE.match(text, m.end())
    for m in _THEMED_RE.finditer(text) if "主题" in text else ():
        out.append(Mention("Program", m.group(1), m.group(0), m.start(), m.end()))  # 以“爱尚重庆·渝悦消费”为主题,开展…活动
    for m in _BATTLE_RE.finditer(text) if "战" in text else ():
        if not _COUNTED_AFTER_RE.match(m.group(1)):  # (三大攻坚战: a set of campaigns, each its own)
            out.append(Mention("Program", m.group(1), m.group(1), m.start(1), m.end(1)))  # 打赢蓝天保卫战, 打好污染防治攻坚战
    for m in _BOX_RE.finditer(text):
        out.append(Mention("Program", m.group(1), m.group(1), m.start(1), m.end(1)))
    for m in _THEMED_YEAR_RE.finditer(text) if "年活动" in text or "年行动" in text else ():
        out.append(Mention("Program", m.group(1), m.group(1), m.start(1), m.end(1)))
    for m in _FUND_RE.finditer(text):
        name = _cut_left(m.group(1))
        # (安排专人尽快提出各类专项资金: funds of every kind, named by no one)
        if len(name) >= 6 and not name.startswith(_GENERIC_FUND_HEADS) and not any(w in name for w in ("各类", "各项", "等")) \
                and not _is_generic_program(name):
            out.append(Mention("Program", name, name, m.end(1) - len(name), m.end(1)))
    for m in _LISTED_INTO_RE.finditer(text):
        name = m.group(1)
        if name not in _GENERIC_NAMES and "的" not in name and not _is_generic_program(name) and not _RELATED_RE.search(name):
            out.append(Mention("Program", name, name, m.start(1), m.end(1)))
    out += _route_works(text) if "至" in text else []
    for m in _CHIEF_SYSTEM_RE.finditer(text) if "长制" in text else ():
        name = _cut_left(m.group())  # (建立了市县两级茶产业链链长制: the clause's words, then the name)
        out.append(Mention("Program", name, name, m.end() - len(name), m.end()))  # 河长制, 湾(滩)长制, 茶产业链链长制
    out += _placed_parks(text)
    for m in _PLACE_HEALTH_CAMPAIGN_RE.finditer(text) if "健康" in text else ():
        if is_short_place_name(m.group(1)):  # 健康广东行动, 健康上海行动: a place's own 健康中国行动
            out.append(Mention("Program", m.group(), m.group(), m.start(), m.end()))
    out += _placed_platforms(text) if "平台" in text else []
    out += _listed_schemes(text) if "等" in text else []
    for m in _proper_program_re(places).finditer(text):
        name = m.group(0)
        if name.endswith(_BASES) and _BASE_CLAUSE_RE.search(name):
            continue  # (依托国家森林公园建设自然教育基地, 上海交通大学学生实践基地: a clause, an institution's own)
        if not _NOT_IN_PROPER_NAME_RE.search(name[:-2]) and name.count("（") == name.count("）"):
            # 国家有关方针政策和发展规划: no name; 国家智能网联汽车（上海）试点示范区: one
            start = m.start() - len(_joined_qualifier(text, m.start()))
            out.append(Mention("Program", text[start : m.end()], text[start : m.end()], start, m.end()))
    return out


_PLACE_HEALTH_CAMPAIGN_RE = re.compile(r"健康([\u4e00-\u9fff]{2,3}?)行动")


# Works named by the route they build or mend, from one place to another (椒江至武义公路仙居朱溪至白塔段工程,
# 351国道(35省道)仙居桐桥至官路段改建工程, 秀洲至仙居公路项目, 红土门小河下水盘至王姓河口河道治理项目): one named project.  The route is matched from each
# 至 on (found by str.find), the place it starts from read back from there.
_ROUTE_TAIL_RE = re.compile(r"至[\u4e00-\u9fff]{2,10}?(?:[GSXY]\d{1,4})?(?:段|公路|高速公路|铁路|城际铁路|航运|航道|河道|连接线)"
                            r"[\u4e00-\u9fff()（）]{0,12}?(?:改建|新建|改扩建|扩建|建设)?(?:工程|项目)")
# (…类乌齐县G214至八宿县G349连接线工程: a national or provincial road by its number at either end)
_ROUTE_HEAD_RE = re.compile(r"[\u4e00-\u9fff\dGSXY()（）]{2,24}$")
_YOU_MENTIONED_RE = re.compile("^.*?(?:您|你)们?(?:所)?(?:提到|提出|建议)的?")
_ROUTE_VERB_RE = re.compile("^(?:修建|新建|改建|扩建|修复|建设)")  # (关于修建昌都市…至…连接线工程项目: the works' verb, then the route)
_NOT_IN_ROUTE_NAME_RE = re.compile("[您你等和及]|提到|纳入|列入|申报|争取")  # (…高速公路等项目; …段纳入省道改建项目: a clause)


def _route_works(text: str) -> list[Mention]:
    out: list[Mention] = []
    end = 0
    for at in occurrences(text, "至"):
        tail = _ROUTE_TAIL_RE.match(text, at) if at >= end else None
        run = _ROUTE_HEAD_RE.search(text, max(end, at - 24), at) if tail else None
        if run is None:
            continue
        end = tail.end()
        # (实施椒江至…段工程, 您提到的椒江至…: the clause's words, then the name; 至 is its own)
        head = _ROUTE_VERB_RE.sub("", _YOU_MENTIONED_RE.sub("", _cut_left(run.group())).lstrip("和及与、"))
        name = head + tail.group()
        if len(head) >= 2 and name.count("（") == name.count("）") and name.count("(") == name.count(")") \
                and not _NOT_IN_ROUTE_NAME_RE.search(name):
            out.append(Mention("Program", name, name, end - len(name), end))
    return out


# A system of chiefs each answering for one river, forest, bay or industrial chain (河长制, 林长制, 湾(滩)长制,
# 茶产业链链长制): a scheme every level runs under that name (家长制, 校长制 are no such thing).
_CHIEF_SYSTEM_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}产业链)?(?:河湖|河|湖|林|田|路|山|湾[（(]滩[）)]|湾|滩|链|街|巷)长制")


# 国家有关方针政策和发展规划 names nothing; 国家发展改革委等部门开展…示范区 is a body, then a scheme.
# (国家发展改革委确定为…示范县, 国家支持各地创建一批示范县, 全国第一批重点村: a designation being given, no name)
_NOT_IN_PROPER_NAME_RE = re.compile(r"[的、及与]$|(?<!中)和$|的|有关|相关|等|部门|开展|启动|组织|会同|牵头|认定|联合|对该|对其|通过|市民|简称|关于"
                                    r"|确定|各地|一批|" + _BATCH + r"|支持|创建|评为|被|授予|命名|改革委|[部委局厅](?:确|不断|持续)|完善"
                                    r"|^(?:全国|国家|中国)[和及与、]"  # (全国和自由贸易试验区: two places, no name)
                                    # (国家赋予浦东新区…试验区, 长三角三省一市共同推进…示范区: a clause, no name)
                                    r"|赋予|将|列为|推进|推动|深化|授权|在|层面|共同|三省一市|积极"
                                    r"|以上|以下|器和"  # (省级以上高新区: every one above a level; 省级孵化器和…平台: two kinds)
                                    r"|负责")  # (蓝田县猿人遗址文管所全面负责文物保护单位的…: a body and its duty, no name)
_BASES = ("教育基地", "实践基地")
_BASE_CLAUSE_RE = re.compile("建设|依托|打造|创建|大学(?!生)|学院|公司|医院")  # (…大学学生实践基地: a university's own)
# A park a county or city names after itself (德庆县贡柑产业园, 肇庆市生猪产业园): a designated scheme.
_PARKS = ("产业园", "创业园")  # 德庆县贡柑产业园, 巫溪县观峰返乡创业园
MAX_PARK_NAME = 16


# (建设/创建…产业园 is a park being made, not one named; 产业园区 is a kind of zone)
_NOT_IN_PARK_NAME_RE = re.compile(_NOT_IN_PROPER_NAME_RE.pattern + "|建设|创建|打造|支持|鼓励|申报|争创|省级|市级|国家级"
                                  "|已|共有|负责|各|级|依托|局")  # (巫溪县已建成返乡创业园: a clause, no name)


# A platform a place names after itself, which the text builds or uses (依托漳州就业1580平台, 利用西安体育
# 大管家平台, 建设杨浦滨江智慧管理平台): one place's named system.
_PLACED_PLATFORM_RE = re.compile(rf"(?:建设|推进|利用|依托|基于|搭建|打造|上线|运营)([{CJK}A-Za-z0-9]{{4,18}}?平台)")
_NOT_IN_PLATFORM_NAME_RE = re.compile("建设|推进|利用|依托|打造|服务|公共|各类|相关|有关|等|的|后|可|在|或|和")


def _placed_platforms(text: str) -> list[Mention]:
    return [Mention("Program", m.group(1), m.group(1), m.start(1), m.end(1)) for m in _PLACED_PLATFORM_RE.finditer(text)
            if _place_head(m.group(1)) and not _NOT_IN_PLATFORM_NAME_RE.search(m.group(1))]


def _placed_parks(text: str) -> list[Mention]:
    return [Mention("Program", text[a:b], text[a:b], a, b)
            for park in _PARKS for a, b in placed_names(text, park, MAX_PARK_NAME, _NOT_IN_PARK_NAME_RE) if text[b : b + 1] != "区"]


_BODY_OR_VERB_RE = re.compile("[厅局委]|为$")


def _joined_qualifier(text: str, start: int) -> str:
    """What a proper name's left side says it is for, when two things are joined there:
    推动重大科研基础设施和大型科研仪器国家网络管理平台 (the platform is for both)."""
    words = _words_before(text, start)
    # (被省文化和旅游厅研究评定为省级乡村旅游示范村: a body and its verb, no purpose)
    return words if len(words) >= 4 and re.search("[和与及]", words[1:-1]) and not _BODY_OR_VERB_RE.search(words) else ""


_ORG_SUFFIXES_LONGEST_FIRST = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))


def _specific_part(name: str) -> str:
    for suffix in _ORG_SUFFIXES_LONGEST_FIRST:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


# The democratic parties' names, short and full (structure.DEMOCRATIC_PARTIES), and their committees (台盟上海市委,
# 九三学社中央): not government and not the Communist Party's committees, though their names end the same way.
_PARTY_WORDS = tuple({*DEMOCRATIC_PARTIES, *DEMOCRATIC_PARTIES.values()})
_PARTY_NAMES = "|".join(sorted({*DEMOCRATIC_PARTIES, *DEMOCRATIC_PARTIES.values()}, key=len, reverse=True))
_DEMOCRATIC_PARTY_RE = re.compile(
    rf"(?:(?<![{CJK}])|(?<=感谢))({_PARTY_NAMES})(?:(中央)(?:委员会)?|((?!自治区)[{CJK}]{{2,8}}?(?:自治区|省|市|区|县))(?:委员会|委会|委)"
    r"|(自治区|[省市区县])(?:委员会|委会))")  # (九三学社海南省委会; 九三学社市委会, 民革自治区委员会: the text's own, as written)


def _party_committee(m: re.Match[str]) -> Mention | None:
    """The committee a match of :data:`_DEMOCRATIC_PARTY_RE` names, if its place is one."""
    if m.group(3) and not is_place(m.group(3)):
        return None  # (…民建议长宁区委: 议长宁区 is no place)
    if m.group(4):
        return Mention("Organization", m.group(0), m.group(0), m.start(), m.end())
    party = DEMOCRATIC_PARTIES.get(m.group(1), m.group(1))
    name = f"{party}{m.group(2) or m.group(3)}委员会"
    return Mention("Organization", name, m.group(0), m.start(), m.end(), aliases=(m.group(0),) if m.group(0) != name else ())


def _democratic_party_committees(text: str) -> list[Mention]:
    return [c for m in _DEMOCRATIC_PARTY_RE.finditer(text) if (c := _party_committee(m)) is not None]


# Companies named by their trade names in a list the text closes by calling them leading firms
# (白龙面粉、丰源香、壹谷粒、鸿丰米业等农业优势企业): industries listed before 等企业 or 等领域龙头企业 are not.
# (中美华东等重点高新技术企业, 复诺健、君赛生物等一大批高成长型的优秀企业)
_LEADING_FIRMS_RE = re.compile(
    rf"等(?![{CJK}]{{0,4}}?(?:领域|行业|产业|类))(?:一批|一大批)?[{CJK}的]{{0,6}}?(?:龙头|优势|重点|骨干|领军|知名|头部|链主|标杆|优秀)"
    rf"[{CJK}]{{0,4}}?企业"
    # (大润发、麦凯隆、贵诚等大型商超: stores by their trade names)
    rf"|等(?:大型|知名|本地|连锁)?(?:商超|超市|商场|卖场|购物中心|电商平台)")
MIN_TRADE_NAME = 2
MAX_TRADE_NAME = 10
# Firms named by the investment they signed or landed (腾讯、迈为等签约项目, 远程摩擦、昌盛电气等一批重点增资项目), by
# short trade names: a longer item is a project named by what it does (韩国废旧光伏板拆解、中科凌胜等签约项目).
# Firms a count of firms closes (中信科、长飞光纤、长江存储、华工科技等1.6万余家企业, 组织威茗、水雲春等10余家企业).
_COUNTED_FIRMS_RE = re.compile(r"等[\d.]+万?余?家(?:企业|公司)")
_INVESTED_PROJECTS_RE = re.compile("等(?:一批|一大批)?(?:重点)?(?:签约|落地|增资)项目")
MAX_INVESTOR_NAME = 6
_FIRM_LIST_VERB_RE = re.compile("^.*(?:扶持|集聚)")
_TRADE_NAME_RE = re.compile(rf"[{CJK}A-Za-z]+")


# (购物中心、百货店、专业店等大型商场: kinds of store, no trade names)
_KINDS_OF_STORE = ("店", "中心", "超市", "商场", "市场", "商店", "门店", "综合体", "街区", "商超", "卖场")


def _listed_firms(text: str) -> list[Mention]:
    return [firm for closer, longest in ((_LEADING_FIRMS_RE, MAX_TRADE_NAME), (_INVESTED_PROJECTS_RE, MAX_INVESTOR_NAME),
                                         (_COUNTED_FIRMS_RE, MAX_TRADE_NAME))
            for firm in _firms_listed_before(text, closer, longest)]


# Businesses a count names one by one after it (评选出五家拥军门店,分别是启航教育、蓝精灵幼儿园、振慧体育和华联超市):
# each item is one, quoted or not.
_COUNTED_THEN_NAMED_RE = re.compile(rf"[\d一二三四五六七八九十两]+家[{CJK}]{{0,6}}?(?:门店|企业|公司|商户|机构)?[,，：:]?分别(?:是|为)")
_NAMED_LIST_END_RE = re.compile("[，,。；;\n]")
_NAMED_ITEM_RE = re.compile(rf"“?(?:[{CJK}]{{2,4}}?街道(?=[{CJK}A-Za-z0-9]{{4}}))?([{CJK}A-Za-z0-9·]{{2,20}})”?")  # (大坪街道渝中区…经营部: where it is, then the name)


def _firms_named_after_count(text: str) -> list[Mention]:
    """The businesses each count of them names after 分别是 (see ``_COUNTED_THEN_NAMED_RE``), to the clause's end."""
    found = []
    for m in _COUNTED_THEN_NAMED_RE.finditer(text):
        stop = _NAMED_LIST_END_RE.search(text, m.end())
        at = m.end()
        for item in re.split("[、和]", text[m.end() : stop.start() if stop else len(text)]):
            named = _NAMED_ITEM_RE.fullmatch(item)
            if named and not _is_generic(named.group(1), MIN_TRADE_NAME):
                start = at + named.start(1)
                found.append(Mention("Organization", named.group(1), named.group(1), start, start + len(named.group(1))))
            at += len(item) + 1
    return found


def _firms_listed_before(text: str, closer: re.Pattern[str], longest: int) -> list[Mention]:
    """The trade names of a list ``closer`` ends, each at most ``longest`` characters long."""
    found: list[Mention] = []
    for items in _closed_lists(text, closer, MAX_LIST_REACH):
        for index, (item, offset) in enumerate(items):
            # 我区现有白龙面粉, 扶持远程摩擦, 已集聚复诺健: the list opens after the verb (扶持, 集聚 stay in schemes' names)
            name = _FIRM_LIST_VERB_RE.sub("", _cut_left(item)) if index == 0 else item
            joins = list(_JOINED_NAMES_RE.finditer(name))
            name = name[joins[-1].end() :] if joins else name  # (中国邮政集团和顺丰: the group is named by its suffix; not 星和棉业)
            at = offset + len(item) - len(name)
            if len(name) <= longest and _TRADE_NAME_RE.fullmatch(name) and not _is_generic(name, MIN_TRADE_NAME) \
                    and not name.endswith(_KINDS_OF_STORE):
                found.append(Mention("Organization", name, name, at, at + len(name)))
    return found


def democratic_party_committee(unit: str) -> Mention | None:
    """The committee a unit names, if the whole unit is a democratic party's (台盟上海市委)."""
    whole = _DEMOCRATIC_PARTY_RE.fullmatch(unit)
    return _party_committee(whole) if whole else None


# A works named after its city and what it makes (漳州糖厂, 大连船用柴油机厂, 郑州第二砂轮厂): a firm; not a plant of a
# kind (污水处理厂, 自来水厂, 核电厂, 智能工厂) nor one named after a town or a village.
_FACTORY_END_RE = re.compile(rf"(?<=[{CJK}])(?<![工水电理烧放污])厂(?![{CJK}]?(?:区|房|址|长|矿|商|家))")
MIN_FACTORY_NAME, MAX_FACTORY_NAME = 4, 10


def _place_named_firms(text: str, ends: re.Pattern[str], shortest: int, longest: int,
                       opens_with_place: Callable[[str], bool]) -> list[Mention]:
    """Firms named after their place and what they are (漳州糖厂, 渝中区尚龙生活超市): the shortest run of characters
    before each end of ``ends`` that ``opens_with_place``, read from the end back."""
    found = []
    for end in (m.end() for m in ends.finditer(text)):
        for start in range(end - shortest, max(-1, end - longest - 1), -1):
            name = text[start:end]
            if not all(is_cjk(c) for c in name):
                break
            if opens_with_place(name):
                found.append(Mention("Organization", name, name, start, end))
                break
    return found


def _opens_with_city(name: str) -> bool:
    """漳州糖厂: a city's or province's name, not a town's or a county's (毛嘴镇…)."""
    place = next((name[:n] for n in (2, 3) if _is_place(name[:n])), "")
    return bool(place) and place[-1] not in "镇乡村区县"


def _opens_with_county(name: str) -> bool:
    """渝中区尚龙生活超市, 从化区中医医院…: a county's, district's or city's full name."""
    return any(len(name) >= n and name[n - 1] in "区县市" and is_place(name[:n]) for n in (3, 4))


# A shop named after its county or district (渝中区尚龙生活超市, 渝中区鲜惠农产品经营部): a firm; not a kind (便民超市).
_SHOP_END_RE = re.compile("超市|经营部|门市部")
MIN_SHOP_NAME, MAX_SHOP_NAME = 6, 14


def find_organizations(text: str) -> list[Mention]:
    out: list[Mention] = _democratic_party_committees(text) if any(p in text for p in _PARTY_WORDS) else []
    out += _place_named_firms(text, _FACTORY_END_RE, MIN_FACTORY_NAME, MAX_FACTORY_NAME, _opens_with_city) if "厂" in text else []
    out += _place_named_firms(text, _SHOP_END_RE, MIN_SHOP_NAME, MAX_SHOP_NAME, _opens_with_county) \
        if any(kind in text for kind in ("超市", "经营部", "门市部")) else []
    out += _listed_firms(text) if "等" in text else []
    out += _firms_named_after_count(text) if "分别" in text else []
    for start, end in _runs_with(_ORG_SUFFIX_RE, text):
        _organizations_in(text, start, end, out)
    shared = (_shared_name(text, org) for org in out)
    return out + [org for org in shared if org is not None]


_PLACE_NAMED_SCHOOLS = ("大学", "学院", "中学", "小学", "附中", "附小")


MAX_PLACE_NAME = 6


def _from_school_place(name: str) -> str:
    """A school's name from the first county or city written in full inside it (行政管理手段来缓解博乐市第五小学 →
    博乐市第五小学); the name as it is when none is, or one opens it."""
    return next((name[i:] for i in range(1, len(name) - 2)
                 if any(name[i + n - 1] in "市县区旗" and is_place(name[i : i + n]) for n in range(3, MAX_PLACE_NAME + 1)
                        if i + n < len(name))), name)


def _is_place(name: str) -> bool:
    """A known place, named in full or without its 市 or 省 (深圳, 福建)."""
    return is_known(name) or is_known(name + "市") or is_known(name + "省")


# Works named after the county, town or village they are in (庙街乡人头山村饮水工程, 二七区老旧小区综合改造工程,
# 筱村镇备用水源工程): one project, whatever verb stands before it (not 乡镇污水处理项目, 城乡供水工程: kinds).
_TOWN_HEAD_RE = re.compile(rf"^[^\W\d_和与及的在对将做就有为]{{2,3}}?(?:镇|乡|街道)(?=[{CJK}])")  # (农业与乡村…: no town)
_NOT_TOWN_HEADS = ("城", "乡", "村", "集", "小", "各", "全", "该", "本", "我", "重点", "特色", "中心", "建制", "城关")
MIN_PLACE_WORKS = 8
# (华宁县水利局做好…工程: a body and its work; 八寨镇就有非物质文化遗产项目: a clause; 松江区城市更新项目: a kind of works)
_NOT_IN_WORKS_NAME_RE = re.compile("[局厅]|政府|委员会|做好|申报|争取|有|城市更新")


# Water brought from a named source (引江济淮工程, 引黄入彭工程, 东山坡引水工程, 异龙湖调补水工程): one project
# (not 农村引水工程, 城乡调水工程: kinds).
_WATER_TRANSFER_RE = re.compile(rf"^(?:引[{CJK}]{{1,2}}[济入][{CJK}]{{1,2}}|(?P<source>[{CJK}]{{2,4}}?)(?:调补|引|调|补)水)工程$")


def _named_works(name: str) -> bool:
    """Works a site or a place names as one project (东陈河改造项目, 香坪镇中心幼儿园改扩建项目), whatever comes before."""
    return _works_on_named_site(name) or _place_headed_works(name) or _water_transfer(name)


def _water_transfer(name: str) -> bool:
    """Whether an unquoted 工程 brings water from a source it names (see ``_WATER_TRANSFER_RE``)."""
    transfer = _WATER_TRANSFER_RE.match(name)
    source = transfer and transfer.group("source")
    return bool(transfer) and not (source and (source.endswith(_SITE_KIND_ENDINGS) or _NOT_IN_WORKS_NAME_RE.search(source)))


def _place_headed_works(name: str) -> bool:
    """Whether an unquoted 工程 or 项目 opens with a county's or town's own name (see ``_TOWN_HEAD_RE``)."""
    if not name.endswith(("工程", "项目")) or len(name) < MIN_PLACE_WORKS or _NOT_IN_WORKS_NAME_RE.search(name):
        return False
    town = _TOWN_HEAD_RE.match(name)
    if town and not town.group().startswith(_NOT_TOWN_HEADS):
        return True
    return any(is_place(name[:n]) and name[n - 1] in "县区旗" for n in range(3, 8))


def _place_head(name: str) -> str:
    """The place a name opens with (深圳 in 深圳文化产权交易所), if it is a known city or province."""
    return next((name[:n] for n in (3, 2) if _is_place(name[:n])), "")


_LEVEL_ENDS = ("省", "市", "县", "区")


def _shared_name(text: str, org: Mention) -> Mention | None:
    """上海、深圳文化产权交易所: the place listed before the name shares the rest of it."""
    place = _place_head(org.name)
    comma = org.start - 1
    if not place or text[comma : org.start] != "、" or org.name.endswith(_PLACE_NAMED_SCHOOLS):
        return None  # 北京、南京大学: two universities, but 北京大学 is not what is meant
    listed = next((text[comma - n : comma] for n in (3, 2) if comma >= n and _is_place(text[comma - n : comma])), "")
    if not listed or listed.endswith(_LEVEL_ENDS) != place.endswith(_LEVEL_ENDS):
        return None  # (由湖北省、深圳顺丰泰森控股（集团）有限公司等企业: a province and a firm, written differently)
    name = listed + org.name[len(place):]
    return Mention("Organization", name, listed, comma - len(listed), comma, aliases=(name,))


MIN_REREAD = 4
MIN_ROUTE_STOPS = 2  # stops joined by 一 (三 or more): a route, not a name like 中国一汽
_CJK_ONLY_RE = re.compile(f"[{CJK}]+")  # (a stop's name: words only, not 三一重工's bracketed cell before it)
# A numbered list flattened into one run (…股份有限公司56中冶南方工程技术有限公司) is read item by item: each name
# starts after its item's number.
_ORG_SUFFIX_ENDS = "".join(sorted({suffix[-1] for suffix in ORG_SUFFIXES}))
_LIST_NUMBER_RE = re.compile(rf"^[0-9]{{1,3}}(?=[{CJK}])")
# An item number after the end of a name: the run is such a list (not 360数字安全科技集团有限公司).
_ITEM_BOUNDARY_RE = re.compile(rf"[{_ORG_SUFFIX_ENDS}][0-9]{{1,3}}(?=[{CJK}])")


def _opens_a_name(words: str) -> bool:
    """Whether ``words`` open with what a body's own name starts with: 中国, 国家, 全国 or a place."""
    return words.startswith(("中国", "国家", "全国")) or any(is_place(words[:n]) for n in range(2, 8))


def _organizations_in(text: str, start: int, end: int, out: list[Mention], in_list: bool = False) -> None:
    """Organizations in ``text[start:end]``; the part a clause word cuts off a match is read
    again, since it may hold a name of its own (上海交通大学、同济大学建设…学院).  ``in_list``: the
    stretch is part of a numbered list flattened into one run."""
    if not in_list and (items := [b.start() + 1 for b in _ITEM_BOUNDARY_RE.finditer(text, start, end)]):
        # each item read on its own: a name cannot reach back into the item before (…有限公司38福建天马科技集团股份有限公司,
        # where a match reaching back 24 characters ends at 集团 and leaves 股份有限公司 alone)
        for item_start, item_end in zip((start, *items), (*items, end)):
            _organizations_in(text, item_start, item_end, out, in_list=True)
        return
    for m in _ORG_RE.finditer(text, start, end):
        specific = _specific_part(m.group(0))
        # the clause words are looked for before the suffix only (联合 in 联合会 cuts nothing)
        suffix = m.group(0)[len(specific):]
        raw = _cut_company_left(specific, company=suffix.endswith("公司")) + suffix
        checked = raw.rfind("检查", 0, len(raw) - 4)
        raw = raw[checked + 2 :] if checked >= 0 else raw  # (督促业主委员会检查物业公司: the committee, then what it checks)
        if len(m.group(0)) - len(raw) >= MIN_REREAD:
            _organizations_in(text, m.start(), m.end() - len(raw), out)
        if raw and raw == m.group(0) and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            raw = _LEADING_CLASSIFIER_RE.sub("", raw)
        raw = _LEADING_PREPOSITION_RE.sub("", raw)  # 以与中国美院合作, 为区域博物馆联盟…
        raw = _PHONE_LEAD_RE.sub("", raw)  # 010-66024197（传真）中国信息通信研究院: a contact line's number
        raw = _ADDRESS_LEAD_RE.sub("", raw)  # 学院南路62号中关村资本大厦612B中招国际招标有限公司: an address first
        raw = _YEAR_RANGE_RE.sub("", raw)  # 2019-2021年上海城建集团…: the years, no part of the name
        raw = _DATE_LEAD_RE.sub("", raw)  # (到2023年9月衢江区仙岩幼儿园…: when, then the name)
        if raw[:1] == "年" and text[m.end() - len(raw) - 1 : m.end() - len(raw)].isdigit():
            raw = raw.lstrip("年度")  # (…2021年度上海隧道工程有限公司: a year's end, cut off from its digits)
        if m.end() - len(raw) == start:  # the run opens with the raw name
            raw = _LEADING_VERBS_RE.sub("", raw)
        # 国家重点实验室与国防科技重点实验室: two names joined; the last is this match, the ones before
        # are read again if it is a name (晋中骋基泰运输公司与太原空港公司; not 产业集团和产业联盟: kinds)
        joins = list(_JOINED_NAMES_RE.finditer(raw))
        joined = (m.end() - len(raw), m.end() - len(raw) + joins[-1].end() - 1) if joins else None
        raw = raw[joins[-1].end():] if joins else raw
        raw = _COUNT_LEAD_RE.sub("", raw)  # (1所中学和2所小学: each name joined may open with its count)
        if raw[:1] in "与和及" and text[m.end() - len(raw) - 1 : m.end() - len(raw)] in _ORG_SUFFIX_ENDS:
            raw = raw[1:]  # (…研究所和中国热带农业科学院椰子研究所: the name before ended the match before)
        run_on = list(_RUN_ON_NAMES_RE.finditer(raw, 0, len(raw) - 2))
        if run_on and not _is_generic(raw[run_on[-1].end():]) and not raw.endswith(_COMPANY_SUFFIXES):
            raw = raw[run_on[-1].end():]  # …联合实验室复旦大学将成立: a sentence's end lost between two names
        stops = raw.split("一")
        if len(stops) > MIN_ROUTE_STOPS and all(len(stop) >= 2 and _CJK_ONLY_RE.fullmatch(stop) for stop in stops):
            raw = stops[-1]  # 垭口一白公社区服务中心一碧桂园一忠州博物馆: a route's stops, its dashes copied as 一
        if raw.count("）") > raw.count("（"):
            raw = raw[raw.rfind("）") + 1 :]  # …解决方案）三角轮胎股份有限公司: a table cell ended before the name
        elif raw.startswith("（"):
            raw = raw[raw.find("）") + 1 :]  # （…解决方案）三角轮胎股份有限公司: so did a bracket
        company_end = raw.rfind("有限公司", 0, len(raw) - MIN_UNQUOTED_NAME) + len("有限公司")
        if company_end >= len("有限公司") and not raw.endswith(_COMPANY_SUFFIXES) and _opens_a_name(raw[company_end:]):
            # (…江苏晟能科技有限公司中国电子技术标准化研究院: a table's cells run together, the company read on its own)
            _organizations_in(text, m.end() - len(raw), m.end() - len(raw) + company_end, out)
            raw = raw[company_end:]
        if raw.count("（") > raw.count("）"):
            # 财大附中青年楼（斯高学院: the name is inside the bracket (but not 设施（以下简称实验室)
            raw = _cut_left(raw[raw.rfind("（") + 1 :])
        # (only in a run that is a numbered list: 360数字安全科技集团有限公司 opens with a number of its own)
        numbered = _LIST_NUMBER_RE.match(raw) if in_list else None
        raw = raw[numbered.end():] if numbered else raw
        tail = re.split("[与和及]", raw)[-1]
        specific, tail_specific = _specific_part(raw), _specific_part(tail)
        if tail != raw and _GENERIC_SPECIFIC_RE.search(tail_specific):
            continue  # 基层医疗机构与大医院: kinds joined, none named
        if _COUNTED_KIND_RE.search(raw):
            continue  # (目前我区共有8个体育协会: associations counted, none named)
        if raw.endswith(_PLACE_NAMED_SCHOOLS):
            raw = _from_school_place(raw)  # (…来缓解博乐市第五小学: the clause before the school's place is none of its name)
        if raw.endswith(("会商会", "协商会", "中小学")) or raw.endswith("联合会") and text.startswith("商", m.end()):
            continue  # (每年举行工作会商会, 提案专题办理协商会: a consultation meeting, no chamber of commerce; 全县中小学: schools of a kind;
            # 多部门联合会商: bodies consulting together)
        if _KIND_HEAD_RE.match(tail_specific) or _REFERENCE_BEFORE_SUFFIX_RE.search(tail_specific):
            continue  # (邮政快递企业与民营快递公司, 与多家公司对接: companies of a kind, none named; 该公司: one named before)
        if raw.endswith("合作社") and not _trade_named(specific):
            continue  # (农民专业合作社, 供销合作社, 青海省生态畜牧业合作社: kinds of cooperative, none named)
        if raw.endswith("幼儿园") and _KINDERGARTEN_KIND_RE.search(specific):
            continue  # 普惠性民办幼儿园, 城区公办幼儿园, 全部镇均建有1所以上公办中心幼儿园: kinds of kindergarten
        if raw.endswith("家庭农场") and _FAMILY_FARM_KIND_RE.search(specific):
            continue  # 发展家庭农场, 新认定省级示范家庭农场: farms of a kind (龙威家庭农场 is one farm)
        if not raw or _is_generic(raw) or _is_generic(tail) or len(specific) < 2 or _GENERIC_SPECIFIC_RE.search(specific) \
                or _GENERIC_ENDING_RE.search(specific) and not (raw.endswith(("有限公司", "大学")) or _named_after_place(specific)
                                                                or raw.endswith("公司") and len(specific) >= MIN_NAMED_TRADE):
            continue
        if joined:
            _organizations_in(text, *joined, out)
        out.append(Mention("Organization", raw, raw, m.end() - len(raw), m.end()))


# (国家核电技术公司: words enough before the trade to name one company; 信息技术公司, 高新技术公司: a kind)
MIN_NAMED_TRADE = 6
_OWN_LEVEL_HEADS = ("自治区", "省")  # (自治区科学技术研究院, 省科学院: the text's own province's)
MIN_OWN_WORDS = 8  # (设施农业绿色发展技术研究院: words enough to name one institute, no kind of them)
_NOT_OWN_WORDS_RE = re.compile("相关|有关|[（）()]")  # (云计算相关技术研发实验室: labs of a field; a table's cells run together)


# The words a cooperative's kind is told by (恒泰益生态农业专业合作社: 恒泰益 is its own name).
_COOPERATIVE_KIND_RE = re.compile("生态|畜牧业?|农业|专业|农民|种养殖|种植|养殖|产业|股份|经济|供销|土地|信用|合作|农机|林业|渔业|茶叶?|果蔬|蔬菜")


def _trade_named(specific: str) -> bool:
    """A cooperative's own name after its place and kind words (大冶市恒泰益生态农业专业: 恒泰益), in one name."""
    own = _COOPERATIVE_KIND_RE.sub("", specific[len(_place_head(specific)) :])
    return len(own) >= 2 and not re.search("[和与及、]", own)


def _named_after_place(specific: str) -> bool:
    """深圳职业技术, 大湾区国家技术, 中国航空综合技术: a place, region or the country, then words of its own (not 上海市重点, nor
    深圳市工程技术 / 深圳市企业技术: a place's kind of centre, which bodies designate by the dozen)."""
    head = _place_head(specific) or next((r for r in (*_REGION_HEADS, "中国", *_OWN_LEVEL_HEADS) if specific.startswith(r)), "")
    own = _GENERIC_ENDING_RE.sub("", specific)[len(head):]
    return bool(head) and bool(own) and own not in _KIND_WORDS \
        or len(specific) >= MIN_OWN_WORDS and not _NOT_OWN_WORDS_RE.search(specific)


_FIELD_CONTEXT_AFTER = re.compile(r"^(?:等)?(?:重点|前沿|新兴|未来)?(?:领域|产业|行业|赛道|方向)")


# The scheme words a list's other items end with when they are schemes like the one the text names
# (实施“红棉计划”、珠江科技新星培育计划); works, campaigns and pilots listed beside a named one are
# mostly kinds (实施“美丽家园”工程、加装电梯工程; “健康普陀”行动、控烟行动), so they are not taken.
_SIBLING_SUFFIXES = ("行动计划", "计划", "专项")
_SIBLING_ITEM = f"[{_NAME_CHAR_SET}“”]"
_SIBLING_AFTER_RE = re.compile(rf"({_SIBLING_ITEM}{{2,26}}?)(?=[、，,。；;：:）\n]|等(?![级同])|$)")
_SIBLING_BEFORE_RE = re.compile(rf"{_SIBLING_ITEM}{{2,26}}$")
_SIBLING_ITEM_RE = re.compile(_SIBLING_ITEM)
# (促进科技服务业发展计划: a naming verb that launches nothing names the plan)
_NAME_OPENING_VERBS = tuple(verb for verb in _NAMING_VERBS if verb not in _LAUNCH_VERBS)
MIN_SIBLING_SPECIFIC = 4  # (实施“启航计划”、培训计划: a kind of plan, named by what it is for)


def _sibling(item: str, seed: str = "") -> bool:
    """Whether one item of a list reads as a scheme's own name."""
    suffix = next((x for x in _SIBLING_SUFFIXES if item.endswith(x)), "")
    if not suffix and seed.endswith("工程") and item.endswith("工程") and _names_one_scheme(item, 0):
        suffix = "工程"  # (…办学条件工程、义务教育校舍维修改造长效机制工程: works beside works, named as one scheme)
    return bool(suffix) and len(item) - len(suffix) >= MIN_SIBLING_SPECIFIC and "的" not in item \
        and item.count("“") == item.count("”") and item.count("（") == item.count("）") \
        and not item.startswith(_GENERIC_PROGRAM_HEADS) and not _is_generic_program(item) and item not in _GENERIC_NAMES \
        and (not _VERB_HEAD_RE.match(item) or item.startswith(_NAME_OPENING_VERBS))  # (…、启动海外人才引进计划: a clause)


def list_siblings(text: str, found: list[Mention]) -> list[Mention]:
    """The other schemes of a list that holds a program already found (实施“红棉计划”、珠江科技新星培育计划):
    items joined by 、 to it that end in a scheme word, up to the list's ends; the walk stops at the
    first item that is not one (…、科技重大专项成果在广州…)."""
    taken = sorted(found, key=lambda m: m.start)
    out: list[Mention] = []
    for seed in (m for m in taken if m.type == "Program"):
        pos = seed.end
        while text[pos : pos + 1] == "、":
            m = _SIBLING_AFTER_RE.match(text, pos + 1)
            if not m or not _sibling(m.group(1), seed.name) or any(o.start < m.end() and m.start() < o.end for o in taken):
                break
            out.append(Mention("Program", m.group(1), m.group(1), m.start(), m.end()))
            pos = m.end()
        pos = seed.start
        while pos > 0 and text[pos - 1] == "、":
            run = _SIBLING_BEFORE_RE.search(text, max(0, pos - 27), pos - 1)
            if not run:
                break
            before = text[run.start() - 1 : run.start()]
            item = run.group(0) if before == "、" else _cut_left(run.group(0))  # (the first item: 包括工业攻关计划)
            if item == run.group(0) and _SIBLING_ITEM_RE.match(before):
                break  # a run longer than any name, no clause word in it: where the item starts is unknown
            start = pos - 1 - len(item)
            if not _sibling(item, seed.name) or any(o.start < pos - 1 and start < o.end for o in taken):
                break
            out.append(Mention("Program", item, item, start, pos - 1))
            if text[start - 1 : start] != "、":
                break
            pos = start
    return out


def find_known_programs(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The national schemes the gazetteer knows (四好农村路, 农业产业强镇), wherever written."""
    return [Mention("Program", hit.entry.name, hit.surface, hit.start, hit.end, aliases=hit.entry.aliases)
            for hit in gazetteer.scan(text) if hit.entry.type == "Program"]


def find_fields(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Fields named as fields: listed with another field (元宇宙、脑机接口、6G) or called 领域/产业."""
    hits = [h for h in gazetteer.scan(text) if h.entry.type == "Field" and not _inside_latin_word(text, h.start, h.end)]
    out = []
    for i, hit in enumerate(hits):
        listed = any(
            0 < other.start - hit.end <= 1 and text[hit.end : other.start] in "、，和及与"
            or 0 < hit.start - other.end <= 1 and text[other.end : hit.start] in "、，和及与"
            for other in hits[max(0, i - 1) : i + 2] if other is not hit
        )
        if listed or _FIELD_CONTEXT_AFTER.match(text[hit.end : hit.end + 6]):
            out.append(Mention("Field", hit.entry.name, hit.surface, hit.start, hit.end, aliases=hit.entry.aliases))
    return out


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """5G inside '5GW' or 'B5G' is not the field."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return bool(re.match(r"[A-Za-z0-9]", before) or re.match(r"[A-Za-z0-9]", after))
