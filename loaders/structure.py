"""Text → :class:`ParsedDocument`: normalised text, header metadata, blocks and sentences.

Government documents share one skeleton whatever their kind: a header (result, publicity,
issuer, document number, title, addressee), a body numbered with ``一、`` parts, ``（一）``
sections, ``1.`` / ``（1）`` items and inline ``一是…二是…`` items, and a footer (signature,
date, contact, 抄送).  This module finds that skeleton with character offsets so the extractor
can attach every fact to the sentence it came from.

Offsets refer to the *normalised* text (``ParsedDocument.text``): markdown bold markers and
layout line breaks inside a sentence are removed, and half-width punctuation written in Chinese
text (``,`` ``:`` ``(`` …, common in copies taken from web pages) reads as its full-width form.
That last step keeps every offset (one character for one), so ``ParsedDocument.written`` holds
the same text as written and names and evidence are taken from it (:meth:`ParsedDocument.as_written`).
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from loaders.glosses import unglossed
from loaders.places import is_place
from loaders.script import as_traditional, is_traditional, rewritten, simplified
from loaders.tables import is_unit_cell, read_task_tables, table_starts
from loaders.text import (
    CJK,
    CLOSERS,
    DOC_NUMBER_YEAR_RE,
    SENTENCE_END,
    closed_up,
    line_spans,
    most_counted,
    normalise_for_matching,
    source_offsets,
)

CN_NUM = "一二三四五六七八九十"
_BOLD_RE = re.compile(r"\*\*|__")
_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
DOC_NUMBER_RE = re.compile(
    rf"[{CJK}A-Za-z]{{1,12}}\s*[〔\[［(（﹝【]\s*(?:19|20)\d{{2}}\s*[〕\]］)）﹞】]\s*第?\s*\d{{1,5}}\s*号"
)  # (教建议〔2017〕第39号: some write the serial with 第; 潼民发【2024】275号: some bracket the year in 【】)
# A number at a header line's start whose closing bracket and 号 the copy lost (舞教〔2022106, 湘阴交议复字〔202312 A同意公开),
# the year and the serial run together, or one that opens with its year: kept as written.
_DAMAGED_NUMBER_RE = re.compile(rf"^[ \t　]*([{CJK}]{{1,12}}[〔［﹝](?:19|20)\d{{2}}\d{{1,4}})(?=[ \t　]|$)"
                                # …or one written with its year first ((2015)安经管函字第1号(B类), [2016]洞政复函 3号)
                                rf"|^[ \t　]*([（(\[〔](?:19|20)\d{{2}}[)）\]〕][{CJK}]{{1,12}}[ \t　]?第?\d{{1,5}}号)(?=[ \t　（(]|$)")
MAX_DAMAGED_NUMBER_LINE = 12
# DOC_NUMBER_RE backtracks over up to 12 characters at every position, so header lines are first
# checked for its cheap part, the bracketed year (DOC_NUMBER_YEAR_RE, shared with the number-sign reader).
# ((湘水提〔2017〕046号A类)对省…的答复: a document number and result code before the title; not (资源环境类224号)提案…)
_NUMBER_BEFORE_TITLE_RE = re.compile(r"^[（(][^（）()〔〕]{1,20}[〔\[［]\d{4}[〕\]］]\d{1,5}号[A-D]?\d?类?[）)]\s*")
_RESULT_AFTER_NUMBER_RE = re.compile(r"^[ \t　]*[A-D]\d?类?(?=[)）])")  # ((湘水提〔2017〕046号A类)对…: the result code)
_NUMBER_LABEL_RE = re.compile("^(?:文号|发文字号|字号)")  # a record's field name run into the number it labels
# A field's value ends at the line's end or where the next field (签发人：…) begins on the same line.
_SESSION_WORDS_RE = re.compile("届|会议第")  # (市政府常务会议纪要〔2023〕5号 is a number)
_FIELD_VALUE_END = r"(?=[ \t　]{2,}|[ \t　]+[^\s:：]{2,6}\s*[:：]|[ \t　]*$)"
# A record's state that says how the point was dealt with (已解决, 正在解决, 留作参考), not how far handling has got.
_RESULT_STATE_RE = re.compile(r"解决|采纳|参考|吸收")
_RESULT_RE = re.compile(rf"(?:办理结果|答复类别)[ \t　]*[：:][ \t　]*(\S[^\n]*?){_FIELD_VALUE_END}", re.M)  # (on its own line)
# The result as its code only (A: 解决采纳 … C: 留作参考), in brackets or after a 类别 field.
# (分类:A, 分类标识【D】: a reply page's own class field; not 主题分类, 信息分类, 体裁分类, 组配分类)
_RESULT_CODE_RE = re.compile(r"(?:办理结果(?:标注|类别)?|办复类别|复文分类|答复分类|答复类型|办理类别|(?:^|\|)[ \t　]*类[ \t　]*别"
                             r"|(?:^|(?<=[\s|]))分类(?:标识)?)[ \t　]*(?:[：:]|[（(【]|[ \t　]{2,}|[ \t　]*\|)[ \t　]*"
                             r"([A-D]\d?类?)(?=[）)】\s]|$)", re.M)
# …or on a header line of its own, bracketed or bare ((B类), A 类, A), after the title (…的答复(A)) or after the
# reply's number (…〔2019〕6号(A), 平农字〔2023〕8号  B类, …38号B类)
_RESULT_CODE_LINE_RE = re.compile(r"^[ \t　]*[（(]?([A-D]\d?[ \t　]?类)[）)]?[ \t　]*$|^[ \t　]*[〔【\[]?([A-D])[〕】\]]?[ \t　]*$"
                                  r"|(?:号|答复|情况)[ \t　]*[（(]([A-D]\d?类?)[）)]"  # (〔A〕 on its own line; …3号(A类); …办理情况(A)的函)
                                  r"|号[ \t　]*([A-D]\d?类)(?=[\s)）]|$)"  # (…046号A类)对省…: before the title too)
                                  r"|^[ \t　]*[A-D]\d?类?[ \t　]*[：:][ \t　]*([\u4e00-\u9fff]{2,6})[ \t　]*$", re.M)  # (B:正在解决: the code, then what it means)
_RESULT_CODE_VALUE_RE = re.compile(r"[A-D]\d?类?")
_CLASS_AFTER_TITLE_RE = re.compile(r"(?<=[函复见告])[ \t　]+([A-D]\d?类?)$")  # (…第193号建议的答复函 B)
_PUBLICITY_RE = re.compile(rf"公开属性\s*[：:]\s*(\S[^\n]*?){_FIELD_VALUE_END}", re.M)
_SESSION_RE = re.compile(
    rf"((?:自治区|自治州|市|区|县|省|州|全国)?[{CN_NUM}百零〇]+届(?:人大|政协|全国委员会)?[{CN_NUM}]+次(?:全体)?会议)"
)
# (第0867号(资源环境类086号)提案: the number, then the one within its category)
# The signs of Zhejiang's city delegations, before a provincial deputy's number (台52号, 温36号, 杭114号).
_DELEGATION_SIGNS = "温台杭甬嘉湖绍金衢舟丽"
# (会议台52号, 提出的温36号: a delegation's sign before the number; 第B(2019)331号: a class and year before it)
_PROPOSAL_RE = re.compile(rf"第?\s*((?:(?:(?<![\u4e00-\u9fff])|(?<=[的第议]))[{_DELEGATION_SIGNS}](?=\d))?(?:[A-Z][(（]\d{{4}}[)）](?=\d))?"
                          r"(?:\d{4}(?=[A-Za-z]))?(?:[A-Za-z]{1,3}[-－]?)?(?:\d+[-－])?\d+)\s*号\s*(?:[（(][^（()）\n]{1,20}[）)])?\s*(?:代表|委员)?(?:建议|提案|议案|意见(?=的?[答回]复))")
# (…人大第16号意见的答复: a deputy's suggestion called an opinion)
_PROPOSAL_TAIL_RE = re.compile(r"号\s*(?:[（(][^（()）\n]{1,20}[）)])?\s*(?:代表|委员)?(?:建议|提案|议案|意见(?=的?[答回]复))")  # the cheap check first
# 《关于改善我省营商环境的建议》(0267号), 《…的建议》(第37号), 《…的建议》提案(第1006号): the number in brackets after the title.
# (“关于…的建议”复文(2022年第7755号): a ministry's reply titled by the suggestion, its year and number after)
# (《关于批准宣威市增加经营性公墓的建议》(0641): a number without 号, not a year)
_BRACKETED_NUMBER_RE = re.compile(rf"(?:建议|提案|议案|提议)[》”\"]?\s*(?:建议|提案|议案|复文)?\s*[（(]\s*(?:(?:\d{{4}}\s*年\s*)?第?\s*"
                                  rf"([{_DELEGATION_SIGNS}]?\d+)\s*号\s*(?:建议|提案|议案)?|(?!(?:19|20)\d\d\s*[）)])(\d{{2,6}}))\s*[）)]")
# …扩大内需(第1485号)建议的答复, …第181号《关于…的建议》办理情况的答复: the number before the word or the quoted title.
# (…第45号建议《关于…的建议》已办结: the kind, then the title)
_NUMBER_BEFORE_SUGGESTION_RE = re.compile(r"[（(]\s*第\s*(\d+)\s*号\s*[）)]\s*(?:建议|提案|议案)"
                                          rf"|(?:第\s*|(?<=的)(?=[{_DELEGATION_SIGNS}]\d))([{_DELEGATION_SIGNS}]?\d+)\s*号\s*(?:建议|提案|议案)?《[^《》\n]{{2,80}}?(?:建议|提案|议案)》")
# …or the kind before the number (代表建议第168号的答复, (建议第41号), (政协提案2023117号)), or, in the title, a number the
# reply's words follow (第A204号政协提案办理情况的函, 第106号的答复, 第(J027)号建议, 第B49号 建 议 的 答 复).
_KIND_BEFORE_NUMBER_RE = re.compile(r"(?:建议|提案|议案)\s*第?\s*([A-Z]?\d+)\s*号")
_NUMBER_IN_TITLE_RE = re.compile(r"第\s*[（(]?([A-Z]{0,2}\d+)[）)]?\s*号(?=\s*(?:的?[答回]复|办理|关于|[“《]|政协|人大|集体|代表|委员|建|提))")
# A page's time stamp near its top: 2021-08-17 来源:生态环境部, 2022年06月22日 15:15.
MAX_OPENING_NUMBER_REACH = 300
_PAGE_STAMP_RE = re.compile(
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?:$|(?:来源|作者|发布|浏览|点击)|\s+[\u4e00-\u9fff（）()]{2,30}\d*\s*$)")
# (2021-10-18 国家市场监督管理总局10870: the stamp, then the source's name and a view count)
MAX_STAMP_LINE = 12
# A page's date given as a field near its top (日期:2025-05-29; 来源:黄石市商务局 时间:2023-07-18 16:00):
# 日期 opening its line, or 时间 on a line that names the page's source (not a meeting's 时间：2024年1月18日
# （星期四）上午, nor a proposal record's 提案人：… 时间：…).
_DATE_FIELD_RE = re.compile(r"\s*(?:(?:发布|更新)?日期|时间)\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?=\s|$)")
# A page's posting stamp anywhere on a top line: a date, then a clock time (来源:农业农村厅发展规划处  2020-08-27 16:07:22;
# 发布日期: 2021- 10- 08 10: 45; 【公布日期】2021.07.05 is a field the index reads).
_CLOCKED_DATE_RE = re.compile(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})日?\s+\d{1,2}\s*:\s*\d{2}")
_TIME_FIELD_RE = re.compile(r"(?:时间|日期)\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)")
_SOURCE_THEN_DATE_RE = re.compile(r"来\s*源\s*[:：]\s*[\u4e00-\u9fff（）()]{2,30}\s+(\d{4}-\d{1,2}-\d{1,2})(?=\s|$)")
_PAGE_SOURCE_WORDS = ("来源", "作者", "浏览", "点击")


def _page_date_field(line: str) -> str:
    """The ISO date a page's top line gives as a field, or "" (found by str.find: a page flattened
    into one line is not searched at every offset)."""
    opening = _DATE_FIELD_RE.match(line)
    if opening:
        return _line_date(opening.group(1))
    if not any(word in line for word in _PAGE_SOURCE_WORDS):
        return ""
    for word in ("时间", "日期"):  # (来源:君山区政府门户网站   日期: 2021-08-23: a date field after the source)
        at = line.find(word)
        while at >= 0:
            field = _TIME_FIELD_RE.match(line, at)
            if field:
                return _line_date(field.group(1))
            at = line.find(word, at + 2)
    stamped = _SOURCE_THEN_DATE_RE.search(line) if "来源" in line else None
    return _line_date(stamped.group(1)) if stamped else ""  # (来源:上海市交通委员会 2021-12-25: the source, then the date)


PARTY_ROLE = "党派"  # the deputy_role of a proposal a democratic party made
GROUP_ROLE = "团体"  # …of one a delegation or a federation made
# 张三代表： / 尊敬的张三代表 (the salutation may drop the colon; 尊敬的 is no part of the name)
# (姜欣(等10位)代表:, 陈源松及各位委员:, 邓碧蓉、杜林等县政协委员:, 苏璇委员(区应急管理局):, 刘保存委员:您提出的…:
# a count, the others or the members' conference after the names, the member's unit in brackets, the reply run on after the colon)
_DEPUTY_RE = re.compile(rf"^[?？]?(?:尊敬的)?([{CJK}·、，\s]{{2,120}}?)[（(]?(?:等\s*(?:[\d一二三四五六七八九十]+\s*[位名])?|[及等]各位)?[）)]?(?:[省市区县州旗]?(?:人大|政协))?(代表|委员|同志)"
                        r"(?:[（(][^（）()\n]{1,20}[）)])?"
                        r"\s*[：:]\s*(?:(?:您好|你好)[！!,，。]?.*|(?:您|你|《)[^\n]*|[^\n]*?(?:答复|复函))?$"  # (马军运代表: 您好,您提出的…: the greeting on the line;
                        # 孙立国代表:第一次会议第1192号建议办理情况的答复: a copy's title run on after it)
                        rf"|^尊敬的([{CJK}·、，\s]{{2,40}}?)(代表|委员|同志)\s*$")
# 陈志洪、王蓉委员提出的关于…的建议已收悉: the deputies named where the reply opens, no salutation.
_ROLE_AFTER_NAME_RE = re.compile("(?:代表|委员)(?=、)")
_ANSWER_FIELD_RE = re.compile(r"^(?:办理情况|答复内容|答复意见|回复内容|办理结果)\s*[:：]\s*(?=\S)")
_COUNT_AFTER_NAMES_RE = re.compile(r"等\s*(?:[\d一二三四五六七八九十]+\s*[位名])?$")  # 陈俊等, 张华等五位: the names before
# What a salutation or an opening puts around the deputies' names (尊敬袁大金, 潘梅芳领衔, 信丰县代表团刘东海, …王迎春三位,
# …吐地委员, 刘殿权 、严尔力): the names alone.
_AROUND_DEPUTY_RE = re.compile(rf"^(?:尊敬的?|[{CJK}]{{2,8}}代表团(?=[{CJK}]{{2,4}}$))|(?:领衔|[\d一二三四五六七八九十]+位|(?<=[{CJK}]{{2}})(?:代表|委员))$")


def _tidy_deputy(names: str) -> str:
    """The deputies' names without the words around them (see ``_AROUND_DEPUTY_RE``), a list's marks unspaced."""
    return re.sub(r"\s*、\s*", "、", _AROUND_DEPUTY_RE.sub("", names.strip()))


_DEPUTY_FIELD_RE = re.compile(rf"^[ \t　]*(代表|委员|提案人)(?:姓名)?[ \t　]*[:：][ \t　]*([{CJK}·、]{{2,30}}?)\s*$", re.M)  # 委员姓名:楚文娟
_NO_NAMED_DEPUTY_RE = re.compile(r"^(?:部分|各位|全体|多位|有关|相关|[\d一二三四五六七八九十]+位)")  # 部分委员提出的: no one named
# (陈俊懋(等)代表提出的; 现将苗立义等6名代表提出的: the reply's opening sentence)
_OPENING_DEPUTY_RE = re.compile(rf"^\s*(?:现将|现就)?([{CJK}、]{{2,40}}?)(?:[（(]等[）)]|等\s*\d+\s*[位名])?(代表|委员)(?:们)?提出的")
# The proposer named in a clause of the opening (…会议上,夏海萍委员提出的; 区政协陈金新委员在…期间所提的; 提案人常洁提出的
# 关于…; 周元祝提出的关于…的提案): a name of two or three characters, a role or a title after it.
_PROPOSER_RE = re.compile(
    rf"(?:^|[，,。])[ \t　]*(?:[{CJK}]{{0,6}}?(?:政协|人大))?([{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}})*)(代表|委员)(?:在[^，,。\n]{{0,40}}?)?(?:提出|所提)的"
    rf"|^[ \t　]*(?:提案人)?([{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}})*)提出的(?=[“《]?关于)", re.M)  # (no role: a line that opens so)
_BODY_AS_NAME_RE = re.compile("^(?:[省市区县])?(?:人大|政协)$")
_NOT_A_PROPOSER_RE = re.compile("[政府局委部厅办会院司处室您你我各等贵]|代表|专家|群众|市民|居民|企业|网民|网友|学者|大家|同志|社会|人大|政协"
                                "|多位|有关|相关|部分|来信")
# 骆山鹰委员 alone on its line, no colon: a salutation when the reply then speaks to 您.
_BARE_SALUTATION_RE = re.compile(rf"^(?!.*(?:人大|政协|全国|各))([{CJK}·]{{2,4}})(代表|委员)$")
_YOU_RE = re.compile(r"^\s*(?:您|你)")
# The democratic parties, by the short names their committees go by (农工党黄石市委员会, 市农工党): they
# propose (a 提案 addressed to 贵党), they write no reply.
# (a party's short name opens the name or follows a place's level: not 居民建房, 市民建议)
DEMOCRATIC_PARTIES = {  # by the short names their committees go by, with their full names
    "民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会", "民进": "中国民主促进会",
    "农工党": "中国农工民主党", "农工民主党": "中国农工民主党", "致公党": "中国致公党", "九三学社": "九三学社", "台盟": "台湾民主自治同盟",
}
_PARTY_SHORT_NAMES = "|".join(DEMOCRATIC_PARTIES)
_DEMOCRATIC_PARTY_PATTERN = f"(?:^|(?<=[省市区县州]))(?:{_PARTY_SHORT_NAMES})"
_DEMOCRATIC_PARTY_RE = re.compile(_DEMOCRATIC_PARTY_PATTERN)
# 市农工党： / 农工党黄石市委员会 alone above the opening: a party that proposed, as the salutation.
_PARTY_SALUTATION_RE = re.compile(
    rf"^((?:[{CJK}]{{0,8}}?[省市区县州])?(?:{_PARTY_SHORT_NAMES})(?:[{CJK}]{{0,10}}?(?:委员会|委会|委|支部|总支|支社|中央))?)\s*[：:]?$")
# A party that proposed, named in the opening (市九三学社提出《关于…的建议》; 现对九三学社提出的关于《…》).
_PARTY_PROPOSER_RE = re.compile(
    rf"(?:^|(?<=[，,。对]))[ \t　]*((?:[{CJK}]{{0,8}}?[省市区县州])?(?:{_PARTY_SHORT_NAMES})(?:[{CJK}]{{0,10}}?(?:委员会|委会|委))?)"
    r"提出的?(?:关于)?[“《]", re.M)
# A group that proposed: a congress delegation, a federation sitting as a CPPCC sector (保亭代表团：, 内蒙古自治区工商业联合会：).
_GROUP_SALUTATION_RE = re.compile(rf"^([{CJK}]{{2,20}}?(?:代表团|工商业联合会|工商联|妇女联合会|妇联|总工会))\s*[：:]$")
_SUGGESTION_RE = re.compile(r"[“\"《]\s*(关于[^”\"》\n]{2,120}?(?:的建议|的提案|的议案))\s*[”\"》]")
# A suggestion's own record above the reply (案  由: 关于…的建议 / 提 案 者: …; 题  目: … / 领衔代表: …): its subject
# field is the suggestion's title as filed (in its marks or not, 《…》 陈楷等10名代表), before any reply words it again.
_SUGGESTION_RECORD_RE = re.compile(r"\A\s*(?:案\s*由|题\s*目)\s*[:：][ \t　]*《?([^《》\s][^《》\n]*?)(?:》[^\n]*)?[ \t　]*\n"
                                   r"[ \t　]*(?:提\s*案\s*者|提\s*案\s*人|领\s*衔\s*代\s*表|代\s*表)\s*[:：]")
# …提出的关于将…的建议收悉: the title written without quotes
# (…提出的加大对青云镇…扶持力度的建议已收悉: without 关于, a title of one clause)
# (您提出的关于加大…扶持力度”的提案收悉: a title whose opening quote the copy lost, what the closing one ends)
_UNQUOTED_SUGGESTION_RE = re.compile(r"提出的?(关于[^。；;\n《》\"“”]{2,120}?)”的?(?:建议|提案|议案)》?(?:已)?收悉"
                                     # (…管网建设的建议意见收悉: the suggestion, then what the writer calls it)
                                     r"|提出的?(关于[^。；;\n《》\"]{2,120}?的(?:建议|提案|议案)|[^。；;，,：:\n《》\"“”]{6,80}?的(?:建议|提案|议案))(?:意见)?》?(?:已)?收悉"
                                     # (您提出的关于…的建议》(第0210号)已交由我厅…; …的建议,全国人大交…: 关于 opens it)
                                     # (您提出《关于…的建议(第24号建议)收悉: its closing mark lost)
                                     r"|提出的?《?(关于[^。；;\n《》\"，,]{2,120}?的(?:建议|提案|议案))(?=》?(?:[（(]第?[A-Za-z\d\-]+号(?:建议|提案|议案)?[）)])?(?:已)?(?:交由|转|[，,]|收悉))"
                                     r"|提出的?(关于[^。；;\n《》\"“”]{2,120}?)的(?:代表|委员)(?:建议|提案|议案)(?:已)?收悉"  # (…斑马线的代表建议收悉)
                                     # (你提出的关于建立…利益链接制度提案已收悉: the kind right after the title, no 的)
                                     r"|提出的?(关于[^。；;\n《》\"“”，,]{2,120}?(?:建议|提案|议案))(?:已)?收悉")
# (您提出的非常具有针对性的建议, 提出的多件建议中有关…的建议: a judgement or a selection, no title)
_NOT_A_SUGGESTION_TITLE_RE = re.compile("^(?:非常|很|十分|几|各项|上述|以上|这|该)|中有关|具有针对性|宝贵|中肯")


def _unquoted_suggestion(head: str) -> re.Match[str] | None:
    """The deputy's title written without quotes, unless the words say what it is like rather than name it."""
    m = _UNQUOTED_SUGGESTION_RE.search(head)
    return None if m and _NOT_A_SUGGESTION_TITLE_RE.search(next(g for g in m.groups() if g)) else m

# 《…》提案, “关于…”的建议, 《关于“…”…的建议》 收悉: a title in marks, whatever it holds, the kind after it or inside
_MARKED_SUGGESTION_RE = re.compile(
    r"《\s*(关于[^》\n]{2,120}?(?:建议|提案|议案))\s*》|(?<=对)《\s*([^》\n]{4,120}?的(?:建议|提案|议案))\s*》(?=的?(?:答复|回复|办理))"
    r"|[《“]\s*([^》”\n]{4,120}?)\s*[》”]\s*(?:[（(][^）)\n]{0,20}[）)])?\s*的?(?:代表|委员)?(?:建议|提案|议案)(?=[^。\n]{0,30}?(?:收悉|收到|已交|交由|转交))"
    # (《让“法律”成为每一位公民的信仰》的提案收悉: a title in 《》 holding quotes of its own)
    r"|《\s*([^》\n]{4,120}?)\s*》\s*的?(?:代表|委员)?(?:建议|提案|议案)(?=[^。\n]{0,30}?(?:收悉|收到|已交|交由|转交))"
    # (曾伯怡代表提出的《支持县域经济发展的建议》收悉: the kind inside the marks, no 关于, the receipt right after)
    r"|《\s*([^《》\n]{4,120}?(?:建议|提案|议案))\s*》(?=[^。\n]{0,12}?(?:收悉|收到))")
# 关于“推广引进新型农业产业”的建议: the deputy's title is what the quotes hold; …发展建议的提案: its kind once
_WRAPPED_SUGGESTION_RE = re.compile(r"^关于“([^“”]+)”的(?:建议|提案|议案)$")
_KIND_AFTER_KIND_RE = re.compile(r"(?<=建议|提案|议案)的(?:建议|提案|议案)$")
_CC_RE = re.compile(r"^\s*抄\s*[送报]\s*[：:](.+)$", re.M)  # 抄报: copies sent up
# A page's date after the title, in brackets or after a space, or with the page's stamp (…的函 2021-06-21 来源:…).
_PAGE_DATE_AFTER_TITLE_RE = re.compile(
    r"\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*[）)]\s*$|\s+(\d{4}-\d{1,2}-\d{1,2})\s*$"
    rf"|\s+(\d{{4}}-\d{{1,2}}-\d{{1,2}})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s+(?:{'|'.join(_PAGE_SOURCE_WORDS)})\s*[：:].*$")
# The last character of a signing body's name (…部, …院, …办, 市政府), where its date follows it.
_SIGNING_BODY_END = "[部院厅局委办府室会署]"
# A date written right after a signing body or at a line's start, with the next line's words run onto it
# (国务院2016年7月28日（此件公开发布）…, 2021年8月31日附件：…): the copy lost the signature's line breaks.
_RUN_ON_DATE_RE = re.compile(
    "(?<=" + _SIGNING_BODY_END + r")(\d{4}年\d{1,2}月\d{1,2}日)(?=[（(\w“《]|\s*$)"
    r"(?!印发|会议|召开|发布|出台|批准|审议|起|以来|以后|以前|前|后|至|到|的|开始|[（(](?:星期|周|含))"  # (省政府2022年6月1日印发的…)
    r"|(?m:^)[ \t　]*(\d{4}年\d{1,2}月\d{1,2}日)(?=附件|[（(])(?![（(](?:星期|周|含))")
# (…建议的答复[浙交建〔2018〕101号]; …实施意见(池政〔2017〕101号); …实施计划的通知 拱政办发〔2018〕42号: the number
# after the title, bracketed or spaced)
# (…建议的答复(岳财字〔2024〕11号A1类): the number in brackets after the title, its handling class beside it)
_NUMBER_CLOSING_TITLE_RE = re.compile(
    r"(?:\s*[\[［（(【]\s*(" + DOC_NUMBER_RE.pattern + r")\s*(?:[A-D]\d?类)?\s*[\]］）)】]|\s+(" + DOC_NUMBER_RE.pattern + r"))\s*$")
_NUMBER_DASH_TITLE_RE = re.compile(r"(" + DOC_NUMBER_RE.pattern + r")\s*[—–－\-]+\s*(?=\S)")
# Another field run onto the cc line after a wide gap (人大联工委 县政府办     承办单位: 县交通运输局).
_NEXT_FIELD_RE = re.compile(r"\s{2,}[^\s：:]{2,8}[：:].*$")
_CONTACT_RE = re.compile(r"^\s*(联系人(?:姓名)?|联系电话|联系地址|邮政编码|电子邮箱)\s*[：:]\s*(.+?)\s*$", re.M)
# A web page's record fields (文号：…; 发布机构：市文化广电和旅游局 发文日期：2020-07-20), several to a
# line; the names sites give the same field are read as one (_INDEX_FIELD_NAMES).
_INDEX_FIELDS = "主办单位|答复时间|答复日期|办理部门|办理单位|所属机构|公开主体|签发日期|名\\s*称|标\\s*题|文\\s*号|发文字号|文件编号|发布单位|发布机构|发布机关|机构名称|发文机关|发文机构|发文单位|发布日期|发布时间|发文日期|发文时间|成文日期|成文时间|公文生成日期|生成日期|制发日期|公开日期|公布日期|信息时间"
_INDEX_FIELD_NAMES = {"办理部门": "主办单位", "办理单位": "主办单位", "所属机构": "发布单位", "公开主体": "发布单位", "签发日期": "成文日期", "答复时间": "成文日期", "答复日期": "成文日期", "名称": "标题", "公开日期": "发布日期", "发文字号": "文号", "文件编号": "文号", "发布机构": "发布单位", "发布机关": "发布单位", "发文机关": "发布单位", "发文机构": "发布单位", "发文单位": "发布单位", "发文日期": "发布日期",
                      "发文时间": "发布日期", "发布时间": "发布日期", "成文时间": "成文日期", "生成日期": "成文日期", "公文生成日期": "成文日期", "制发日期": "成文日期",
                      "公布日期": "发布日期", "信息时间": "发布日期"}
_RECORD_FIELD_RE = re.compile(r"[^\s:：]{2,6}\s*[:：]")
# A record's fields with no colon, the name kept from its value by spaces (组配分类 2023 发布机构 市生态环境局北仑分局):
# only the names a page's record uses, at a line's start, so prose (公开方式多样) is never one.
_SPACED_FIELDS = _INDEX_FIELDS + "|索\\s*引\\s*号|存放位置|组配分类|公开方式|公开范围|公开时限|主题分类|信息分类|体裁分类|发文字号|公开日期" \
    "|浏览次数|点击数|访问量|来\\s*源|信息来源|作者|字号|责任部门|公开形式|处理状态|办理状态|签发人|类别|关键词|主\\s*题\\s*词"  # (the last only end the value before them: 发布日期 2023-06-07 浏览次数 235)
_EMPTY_FIELD_END_RE = re.compile(rf"(?:{_SPACED_FIELDS})\s*[：:]$")  # (2023-05-15    点击数:  : a page's counter, no addressee)
MAX_AFTER_NUMBER = 12
_NUMBER_FIELD_BEFORE_RE = re.compile(r"(?:文号|字号)[ \t　]*[:：][ \t　]*$")
# (类别  A类     杨政工函﹝2023﹞72号: a record's field before the number on its line)
_FIELD_BEFORE_NUMBER_RE = re.compile(rf"[ \t　]*(?:{_SPACED_FIELDS})[ \t　]*[:：]?[ \t　]*\S{{0,8}}[ \t　]{{2,}}")
_FIELD_COLON_RE = re.compile(r"：|(?<!\d):|:(?!\d)")
_SPACED_RECORD_LINE_RE = re.compile(rf"^[ \t　]*(?:[•·][ \t　]*)?(?:{_SPACED_FIELDS})[ \t　]+[^\s|]")  # (  • 发布日期 2020-08-04)
_GLUED_FIELD_NAME_RE = re.compile(rf"(?:^|(?<=[ \t　]))({_SPACED_FIELDS})(?=[^\s|:：])")
_SPACED_FIELD_NAME_RE = re.compile(rf"(?:^|(?<=[ \t　]))({_SPACED_FIELDS})(?:[ \t　]+|$)")
_INDEX_HEADER_RE = re.compile(rf"^\s*[-•·]?\s*({_INDEX_FIELDS})\s*[:：]", re.M)
# (发布机构:济南市市场监督管理局组配分类:政协委员提案办理: the next field's name glued to a value ends it)
_GLUED_NEXT_FIELD_RE = re.compile(rf"(?<=\S)(?:{_SPACED_FIELDS})\s*[:：]")
# (发布日期:2024年08月05日 文  号:大公复字〔2024〕9号: the next field's name may be spaced out, 文  号, 主 题 词)
_INDEX_FIELD_RE = re.compile(
    rf"(?:^|(?<=[\s/|]))[-•·]?\s*({_INDEX_FIELDS})\s*[:：][ \t　]*(?![^\s:：]{{2,6}}\s*[:：])([^\n]*?)"
    rf"(?=[ \t　]+(?:[^\s:：]{{2,6}}|[^\s:：](?:[ \t　]{{1,2}}[^\s:：]){{1,3}})\s*[:：]|[ \t　]*$)", re.M)

# Block markers, outermost first.  The level decides nesting.
_CHAPTER_RE = re.compile(rf"^第\s*([{CN_NUM}百零〇]{{1,4}})\s*章")
_ARTICLE_RE = re.compile(rf"^第\s*([{CN_NUM}百零〇]{{1,4}})\s*条")
_PART_RE = re.compile(rf"^([{CN_NUM}]{{1,3}})\s*、")
_SECTION_RE = re.compile(rf"^[（(]\s*([{CN_NUM}]{{1,3}})\s*[）)]")
# Sections numbered by the enclosed ideographs ㈠ … ㈩ (U+3220–U+3229), one character each: read as （一） … （十）.
ENCLOSED_NUMBERS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_ENCLOSED_SECTION_RE = re.compile(f"^([{ENCLOSED_NUMBERS}])")
_ENCLOSED_AS_NUMBER = str.maketrans(ENCLOSED_NUMBERS, CN_NUM)
_ITEM_RE = re.compile(r"^(\d{1,3})\s*[.．﹒、](?:(?!\d)|(?=(?:19|20)\d{2}(?:\s*[-—~～至到]\s*(?:19|20)?\d{2})?\s*年))")  # (not 2.5; 2.2022年至…, 1.2017-2021年…: items)
_SUBITEM_RE = re.compile(r"^[（(]\s*(\d{1,3})\s*[）)]")
# (…下一步计划 一是结合…: a space a flattened page left for a line break parts points too)
# (…一要提高政治站位。…二要强化时间概念。: a leader's points, told as musts)
_INLINE_ITEM_RE = re.compile(rf"(?:(?<=^)|(?<=[。；;：:\n \u3000]))\s*(?:第)?([{CN_NUM}]{{1,3}})(?:是|要(?=[{CJK}]{{2,12}}[。；;，,]))")
# (…严控火种上山二是加强检疫: a later point glued to the one before it, read where the points' order expects it)
_GLUED_INLINE_ITEM_RE = re.compile(rf"(?<=[{CJK}])(?<![第{CN_NUM}])([二三四五六七八九])是")  # (not 第二是非, 十二是)
# (我局积极采纳意见，一是…；二是…: a list opened after a comma, when its second point follows a stop)
MAX_FIRST_POINT_REACH = 600  # characters past a line's end to the second point a first one after a comma needs
# (…高巍强调，一要提高政治站位。… / 二要强化时间概念。: a leader's musts, the second on a line of its own)
_FIRST_AFTER_COMMA_RE = re.compile(r"(?:(?<=[，,])(?=一是[^\n]*?[。；;]\s*二是)|(?<=[，,：:])(?=一要[\s\S]{0,600}?[。；;]\s*二要))(一)[是要]")
_ATTACHMENT_RE = re.compile(r"^附\s*件\s*\d*\s*[：:]?\s*$")
# Paragraphs counted in words (首先，… / 其次，… / 第三，… / 最后，…): items, where at least two open so.
_ORDINAL_RE = re.compile(rf"^(首先|其次|再次|第[{CN_NUM}]{{1,2}}|最后)[，,、]")
_ORDINAL_COURTESY_RE = re.compile(r"\s*(?:再次|非常|衷心)?(?:感谢|谢谢|您|你)")  # (首先,感谢…; 其次,您反映…: no task)
# Action plans number their own units: 行动1：… (a section) and ——任务1：… (an item).
_ACTION_MARK_RE = re.compile(rf"^(?:专项)?行动\s*([0-9{CN_NUM}]{{1,3}})\s*[：:]")
_TASK_MARK_RE = re.compile(rf"^[—－\-]*\s*任务\s*([0-9{CN_NUM}]{{1,3}})\s*[：:]")

# Patterns applied to every line of every document, compiled once here rather than looked up in
# re's cache on each call.
_PROSE_START_RE = re.compile(rf"[{CJK}0-9A-Za-z“（(《]")
# (…在答复…第2524号提案时表示: a news page quoting a reply, its title the page's own)
# (…的建议”已收悉。现提出协办意见如下: a helping bureau's reply to the lead one)
_REPLY_TEXT_RE = re.compile(r"(建议|提案|议案)的[答回]复|[答回]复如下|办理(?:[（(]?落实[）)]?)?情况|[会协]办意见|(?:建议|提案|议案)》?”?(?:[（(]第?\s*\d+\s*号[）)])?(?:的提案)?已?收悉"
                            r"|[答回]复[^。\n]{0,40}第\s*\d+\s*号(?:建议|提案|议案)"
                            # (…等代表提出的《关于支持…项目的建议》(第24号),市退役军人事务局…: a copy that lost its title)
                            r"|(?:代表|委员)提出的《[^》\n]{2,80}(?:建议|提案|议案)》[（(]第\s*\d+\s*号[）)]"
                            r"|^\s*[答回]复(?:内容|意见)?\s*\|", re.M)  # (回复 | 对于您提出…: a reply record's answer cell)
# A reply's handling form, titled by the suggestion's number (…第二次会议第23号建议办理单).
_HANDLING_FORM_PATTERN = r"第\s*\d+\s*号(?:建议|提案|议案)办理单$"
_HANDLING_FORM_RE = re.compile(_HANDLING_FORM_PATTERN)
# …提案的会办意见, …提案（第1006号）的办理意见, …提案（关于…的建议）的办理意见, …建议会办工作的意见 (not …建议提案办理工作的意见, an opinion on handling them)
# (…建议答复的函 too, not …建议答复工作的通知, a notice on writing them)
_REPLY_TITLE_RE = re.compile(
    r"(?:建议|提案|议案)(?:[（(][^（）()\n]{1,60}[）)])?(?:(?:的(?:会办|办理|协办|主办)?|会办工作的|办理)(?:意见|答复|复函|回复(?:意见)?(?![^\n]*(?:征集|工作|通知))))|(?:办理情况)?答复的?函|第?\d+号(?:建议|提案|议案)?办理情况(?:[（(][A-Da-d]\d?[）)])?的?函"
    r"|关于(?:答复|办理)[^。\n]{2,60}?(?:建议|提案|议案|(?:代表|委员)意见)的函|(?:建议|提案|议案)(?:办理(?:落实)?情况|答复)的?报告$|(?:建议|提案|议案)(?:办理情况的?)?(?:会办|协办|答复)意见(?![^\n]*(?:工作|通知))|(?:建议|提案|议案)[”\"》]?的?复文"
    r"|" + _HANDLING_FORM_PATTERN)  # (…关于答复县…第413号代表建议的函, …关于办理县…第118号建议的函, 关于答复市政协…委员意见的函, …第30号建议办理落实情况报告, …第120号提案答复的报告; …第20240349号提案会办意见的函, …第201号提案协办意见的函; …第798号提案答复意见, …提案办理情况的答复意见)
_NOT_REPLY_TITLE_RE = re.compile(r"[：:。，,]|收悉|承办单位|答复(?:日期|时间|内容|类别)|^>|\s>\s"  # (承办单位及答复: a record table's header)
                                 r"|^索\s*引\s*号|^专此")  # (索引号 … 信息分类 人大代表建议答复: a record line; 专此答复: the closing)
_HEADER_FIELD_RE = re.compile(r"^(办理结果|答复类别|公开属性|签发人|索引号|主题词|(?:组配|主题|信息)分类\s*[：:]|名\s*称\s*[：:]|公开方式\s*[：:])")
_OPENING_RE = re.compile(r"收悉|[：:]$")
_CLAUSE_END_RE = re.compile(r"[。；]")
_TITLE_WORD_RE = re.compile(r"关于|通知|方案|计划|意见|办法|报告|规划|决定|答复|批复|纲要")
# A plan's own name ending its line (汉中市推动经济运行整体好转的若干政策措施, 2025年松江区政务公开工作要点,
# 市政府工作报告重点工作责任分解(2023年), 2021年全县乡村振兴工作重点任务清单): the title of a text that has no other.
_JOINING_ENDS = ("和", "与", "及", "、", "的")
_PLAN_TITLE_LINE_RE = re.compile(r"[^，,。；;：:？?！!]{6,60}(?:措施|举措|要点|细则|分工|分解|清单|台账)(?:\s*[（(][^（）()]{2,20}[）)])?")
# A rule's or notice's own name ends its line (广东省自主创新促进条例, …实施细则(试行)); 规定 and 条例 inside
# a line are the body citing one (依照《上海市消防条例》规定, 按照本市有关规定和工作安排).
_RULES_TITLE_RE = re.compile(r"^(?!根据|依照|按照|依据|违反|对|经|本)[^《》]*(?:条例|细则|规定|通告|公告)(?:（(?:试行|暂行|修订|草案)）)?$")
_ADDRESSEE_END_RE = re.compile(r"[：:]$")
_CONTACT_AFTER_RE = re.compile(r"\s+(?=联系|电话|地址|邮编)")
_DAMAGED_DATE_RE = re.compile(r"(?:19|20)\d{2}年?\d{2,4}日?")  # 2022年7月26日 with its 年月日 (some or all) lost: 2022726
_DATE_WORD_RE = re.compile("(?<=^\\d{4})年|日$")  # (the 年 and 日 such a date kept: 2023年816, 2021716日)
# A web page's record table copied as cells: 主办单位(分办单位): | 科技厅 | 协办单位: | 省发展改革委 |
# (发布机构 | 厦门市商务局 | 文 号 | 厦商务函〔2024〕110号 |: a record's known fields as cells, no colon)
_PIPED_FIELD_RE = re.compile(rf"(?:^|\|)\s*({_INDEX_FIELDS}|标\s*题)\s*[:：]?\s*\|\s*([^|\n]+?)\s*(?=\|)", re.M)
_TABLE_FIELD_RE = re.compile(r"([^\s|：:（(\[\]]{2,12})\s*(?:[（(][^）)|]*[）)])?\s*(?:[：:]|(?<=\S)\s*\])\s*\|\s*"
                             r"(?![^|\n]{1,12}[：:]\s*\|)([^|\n]*?)\s*(?=\|)")  # (承办单位: | 主办: | 农业农村局 |: the next field's cell)
# A reply record's cells by other names: who handled it, when it answered, who proposed it, its number
# (主办: | 农业农村局 |, 答复日期: | 2021-07-08 |, 建议/提案提出者: | 吴杨 |, 建议/提案号: | 29 |).
_TABLE_FIELD_ALIASES = {"主办": "主办单位", "答复日期": "成文日期", "建议/提案提出者": "代表", "提案者": "代表", "提出者": "代表",
                        "建议/提案号": "序号", "提案号": "序号", "建议号": "序号"}
# (… | [ 发布机构 ] | 大足区经济信息委 |: a field's name in square brackets, no colon)
_FOOTER_LINE_RE = re.compile(r"^(抄\s*送|联系人|联系电话|联系单位|联系地址|邮政编码|印发|附件[：:]?$|[（(]联系(?:人|电话|方式)"
                             r"|承办(?:负责)?人|拟稿人|核稿人|(?:委员|代表)反馈意见"  # (承办负责人:杨毅 1370740****, under the signature)
                             r"|中国政府网\s*网站地图|.{0,40}(?:版权所有|ICP备))")  # (a ministry's page footer below its text)
# Where a heading ends: a sentence or clause end, a line end, or a responsibility note.
MAX_SIGNATURE_LINE = 30
# (（一）关于建议将…的职责2021年以来,市发改委…: a heading the copy ran into its body, which opens with a year)
# (…技能培训提升,牵头单位:市退役军人局。: a note after a comma ends the heading too)
_HEADING_STOP_RE = re.compile(r"[。；;！？\n]|[（(](?:牵头|责任|主责|负责|配合|支撑|参与)|[，,](?=(?:牵头|责任|主责|配合)(?:责任)?(?:单位|部门)[：:])"
                              r"|(?<=[\u4e00-\u9fff])(?=\d{4}年以来)")

LEVELS = {"chapter": 0, "part": 1, "article": 1.5, "section": 2, "item": 3, "subitem": 4, "inline": 5, "sentence": 6}
REPLY_MARKERS = ("答复", "复函")
# (…工作要点落实情况的通报 reports on a plan: in a title, these make a plan only where it ends with them; …重点任务台账:
# a ledger of tasks)
# (…扶持政策事项清单: what a plan lists; not 答复清单, a reply's attached answers)
_TITLE_END_ONLY = ("工作安排", "要点", "分工", "分解", "分工表", "分解表", "任务清单", "责任清单", "分工清单", "政策清单", "事项清单", "任务台账")
_KIND_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Reply", REPLY_MARKERS),
    ("Notice", ("通知", "通告", "公告", "批复", "函", "命令")),
    ("Plan", ("方案", "计划", "规划", "意见", "办法", "纲要", "措施", "举措", "细则", "规定", "指引", "条例", *_TITLE_END_ONLY)),
    ("Report", ("报告",)),
)
_PLAN_ENDINGS = "|".join(dict(_KIND_SUFFIXES)["Plan"])  # (how a plan's name ends: for a file's or an attachment's title)


class Span(NamedTuple):
    """Where something is in the text: ``text[start:end]`` (a tuple: made by the thousand, cheaply)."""

    start: int
    end: int


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


@dataclass
class Block:
    """A numbered unit of the body: a part, section, item or inline ``一是`` item."""

    kind: str
    label: str
    heading: str
    heading_start: int
    heading_end: int
    start: int
    end: int
    children: list[Block] = field(default_factory=list)
    parent: Block | None = field(default=None, repr=False)
    # a task-table row's unit cells: (column header, start, end), e.g. ("牵头单位", 812, 818)
    units: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def level(self) -> float:
        return LEVELS[self.kind]

    def walk(self) -> list[Block]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass
class ParsedDocument:
    """A document's normalised text with its metadata, body blocks and sentences."""

    text: str
    written: str  # ``text`` with its punctuation as written (see :func:`fold_punctuation`)
    kind: str
    header: dict[str, str]
    issuer_names: list[str]
    cc: list[str]
    contact: dict[str, str]
    sentences: list[Sentence]
    blocks: list[Block]
    body: Span
    traditional: bool = False  # written in traditional characters, read in simplified ones
    glossed: str = ""  # the text as written, when it glosses its characters with pinyin (read without: see loaders.glosses)
    glossed_at: list[int] = field(default_factory=list, repr=False)  # each offset of ``text`` in ``glossed`` (-1: none)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def as_written(self, name: str, near: int = 0) -> str:
        """``name``, read from ``text`` at or after ``near``, with its punctuation (and its characters, in a
        traditional text, and its glosses, in a glossed one) as written; a name the text does not hold, as such
        a text would write it."""
        if not self.glossed and (self.written is self.text or not self.traditional and _FOLDED.isdisjoint(name)):
            return name
        at = self.text.find(name, near)
        if at < 0:
            at = self.text.find(name)
        if at >= 0 and self.glossed and name and (first := self.glossed_at[at]) >= 0 \
                and (last := self.glossed_at[at + len(name) - 1]) >= first:
            return self.glossed[first : last + 1]  # (蟠貓鄉(xiāng)人民政府: the glosses inside the name kept)
        if at >= 0:
            return self.written[at : at + len(name)]
        return as_traditional(name) if self.traditional else name

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing ``offset`` (bisection; sentences are sorted and disjoint)."""
        index = bisect_right(self._starts(), offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        start = max(0, offset - 40)
        return Sentence(start, min(len(self.text), offset + 40), self.text[start : offset + 40])

    def sentences_starting(self, start: int, end: int) -> list[Sentence]:
        """Sentences that start in [start, end), found by bisection (blocks ask this often)."""
        starts = self._starts()
        return self.sentences[bisect_left(starts, start) : bisect_left(starts, end)]

    def _starts(self) -> list[int]:
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts[:] = [s.start for s in self.sentences]
        return self._sentence_starts

    def all_blocks(self) -> list[Block]:
        out: list[Block] = []
        for block in self.blocks:
            out.extend(block.walk())
        return out


# ---------------------------------------------------------------------------------------------
# normalisation


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return not stripped or stripped[-1] in SENTENCE_END + "；;：:" or (
        stripped[-1] in CLOSERS and len(stripped) > 1 and stripped[-2] in SENTENCE_END
    )


def _starts_block(line: str) -> bool:
    s = line.lstrip()
    return bool(
        _CHAPTER_RE.match(s) or _ARTICLE_RE.match(s) or _PART_RE.match(s) or _SECTION_RE.match(s) or _ITEM_RE.match(s) or _SUBITEM_RE.match(s)
        or _ATTACHMENT_RE.match(s) or s.startswith(("附件", "抄送", "联系"))
    )


MAX_SHORT_HEADING = 40


# A line of units only, saying they lead or do the task above it (市发改委牵头落实; 市金融办、人民银行潍坊市中心支行、潍坊银监分局
# 分别牵头落实): a table's unit cell, no label before it.
_LEAD_ROLE = "(?:分别)?(?:牵头|负责)(?:落实|实施|组织实施)?"  # (…分别牵头落实, 由县发改局牵头实施)
UNITS_LEAD_LINE_RE = re.compile(rf"^[ \t]*(?P<led>[^，,。；;：:\n]{{2,80}}?{_LEAD_ROLE})[ \t]*$", re.M)
LEAD_ROLE_RE = re.compile(_LEAD_ROLE + "$")


def units_lead_line(line: str) -> bool:
    """Whether a line is such a line of units (its units read as a unit cell does)."""
    led = UNITS_LEAD_LINE_RE.match(line)
    return led is not None and is_unit_cell(LEAD_ROLE_RE.sub("", led.group("led")))


def _is_broken_prose(line: str) -> bool:
    """A line of running prose cut before its sentence ended (page or PDF layout)."""
    s = line.strip()
    marker = _ITEM_RE.match(s) or _PART_RE.match(s)
    words = s[marker.end() :] if marker else s  # (1、在兰州设立…事宜: the marker's 、 is no mark of running prose)
    if len(s) < 15 or _ends_sentence(s) or not any(p in words for p in "，。、；") or "|" in s:  # | : table cells
        return False
    if len(s) <= MAX_SHORT_HEADING and not any(p in s for p in "。；;") and (_PART_RE.match(s) or _SECTION_RE.match(s)):
        return False  # 一、发展海洋特色旅游，促进文旅产业高质量发展: a heading, ended by its line (an item 1. may wrap)
    if ("：" in s[:MAX_FIELD_NAME + 2] or ":" in s[:MAX_FIELD_NAME + 2]) and _RECORD_FIELD_RE.match(s) \
            and len(list(itertools.islice(_RECORD_FIELD_RE.finditer(s), 2))) == 2:
        return False  # 索引号: … 信息分类: 文化、广电…: a web page's record line (it opens with a field, two tell it)
    if _UNIT_LINE_RE.match(s) or units_lead_line(s) or may_hold_note_label(s) and _CLOSING_NOTE_RE.search(s):
        # 责任单位:区林业局、区园林服务中心; 市金融办、人民银行潍坊市中心支行分别牵头落实: a responsibility line, ended by its line;
        # so is a paragraph closed by its note (…围墙多处破损。(责任单位:市国土局,责任人:王功传))
        return False
    if _SPACED_RECORD_LINE_RE.match(s):
        return False  # 公开范围 面向全社会 主题分类 环境监测、保护与治理: a record line, whatever its commas
    return not ("关于" in s and s.endswith(_TITLE_ENDINGS))  # …关于…分工的通知: a title, whatever marks it holds


NOTE_ROLES = "责任|牵头|主责|配合|协办|协同|参与|支撑"  # the roles a responsibility note's label names


def may_hold_note_label(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a word every note label ends with (单位, 部门, 分工): the cheap test
    before a note-label pattern is tried."""
    end = len(text) if end is None else end
    return any(text.find(word, start, end) >= 0 for word in ("单位", "部门", "分工"))


def note_label(roles: str, optional: bool = False) -> str:
    """The label a responsibility note opens with, for these roles (牵头单位, 协同责任单位, 配合部门,
    部门分工; 主要责任单位, 总牵头单位), the role optional or not, ending at its colon."""
    return rf"(?:(?:问题)?(?:整改)?(?:主要|总|具体)?(?:{roles}){'?' if optional else ''}(?:责任)?(?:单位|部门)|(?:部门|责任)分工)\s*[:：]"


# A task's own note on a line (牵头单位:区水务局), not a contact's or a site's (联系单位：…, 主办单位：…).
_TASK_NOTE_LINE_RE = re.compile("^" + note_label(NOTE_ROLES + "|协助"))
# A line that lists a task's units under its own label (责任单位:…, 配合部门:…, 牵头单位：…).
_UNIT_LINE_RE = re.compile("^" + note_label(NOTE_ROLES + "|主办|协助|联系", optional=True))


def _salutation(line: str) -> bool:
    """Whether a line speaks to the deputy, a party or a delegation (保亭代表团:): no title's last line."""
    return bool(_DEPUTY_RE.match(line) or _PARTY_SALUTATION_RE.match(line) or _GROUP_SALUTATION_RE.match(line))


# A lone cell between a layout table's bars, a page's title or a signature (| 天水市…的答复 | |||||;
# 天水市交通运输局 2019年7月18日 |): its text alone.
_LONE_CELL_RE = re.compile(r"^[ \t]*(\|[ \t]*)?([^|\s][^|]*?)[ \t]*\|[ \t|]*$")


def _lone_cells_unbarred(lines: list[str]) -> list[str]:
    """Lone cells' text without their bars: a cell opened by a bar always, one only closed by a bar
    where the lines around it are no such cells (建议序号 | / 华红兵 | / …: a record's fields, one a line)."""
    cells = [_LONE_CELL_RE.match(line) for line in lines]
    out = []
    for i, (line, cell) in enumerate(zip(lines, cells)):
        neighbours = [c for c in (cells[i - 1] if i else None, cells[i + 1] if i + 1 < len(cells) else None) if c]
        out.append(cell.group(2) if cell and (cell.group(1) or not neighbours) else line)
    return out


# A document viewer's numbered pieces of one long run of text (1、…分工表序号… / 2、住建局、市城管委… / 3、…): each
# piece but the last long, and broken off mid-sentence.
_VIEWER_PIECE_RE = re.compile(r"^(\d{1,2})、")
MIN_VIEWER_PIECE = 300


def _next_piece(line: str, following: str) -> bool:
    """Whether ``following`` goes on the piece ``line``: numbered one more, after a long piece broken off mid-sentence."""
    this, then = _VIEWER_PIECE_RE.match(line), _VIEWER_PIECE_RE.match(following)
    return this is not None and then is not None and int(then.group(1)) == int(this.group(1)) + 1 \
        and len(line) >= MIN_VIEWER_PIECE and not line.rstrip().endswith(("。", "；", ";", "！", "？", "：", ":"))


def _viewer_pieces_joined(lines: list[str]) -> list[str]:
    """Such pieces, from the one numbered 1 on, joined back into the one line they were, without the viewer's numbers."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while lines[i].startswith("1、") and j + 1 < len(lines) and _next_piece(lines[j], lines[j + 1]):
            j += 1
        out.append(lines[i] if j == i else "".join(_VIEWER_PIECE_RE.sub("", line) for line in lines[i : j + 1]))
        i = j + 1
    return out


def normalise(text: str) -> str:
    """Drop markdown bold markers and join prose lines that layout broke mid-sentence."""
    text = _BOLD_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [piece for line in _viewer_pieces_joined(text.split("\n")) for flat in _unflattened(line) for signed in _signature_apart(flat)
             for led in _heading_apart(signed) for piece in (_NOTE_GAP_RE.split(led) if may_hold_note_label(led) else (led,))]
    lines = _cells_joined(lines) if "|" in text or "｜" in text else lines  # (the cheap test first)
    # a task table's cells are lines of their own: nothing from its header on is reflowed
    tables = table_starts(text)
    if "|" in text and not tables:  # (a piped task table's group rows keep their bars: 一、主要预期目标 | |||)
        lines = _lone_cells_unbarred(lines)
    table_line = text.count("\n", 0, tables[0]) if tables else len(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        broken = i < table_line and _is_broken_prose(line)
        while broken:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            nxt = lines[j].strip() if j < len(lines) else ""
            if not nxt or _starts_block(nxt) or not _PROSE_START_RE.match(nxt) or _dated(nxt) \
                    or _agency_like(nxt) or nxt.startswith(("（此件", "(此件")) or _INDEX_HEADER_RE.match(nxt) \
                    or _UNIT_LINE_RE.match(nxt) or _SPACED_RECORD_LINE_RE.match(nxt) or _HEADER_FIELD_RE.match(nxt) \
                    or _salutation(nxt) or _page_date_field(nxt):  # (时间:2016-08-15 10:23 来源:…: the page's stamp)
                break
            piece = lines[j].lstrip()
            line = line.rstrip() + piece
            i = j
            broken = i < table_line and _still_broken(line, piece)
        out.append(line)
        i += 1
    return "\n".join(out)


# A page flattened into one line, its lines (and a table's cells) kept apart by runs of spaces:
# 通知 重庆市人民政府办公厅   关于印发…的通知   渝府办发〔2025〕27号   各区县…
_LINE_GAP_RE = re.compile("[ \u3000]{3,}")
MIN_FLATTENED_LINE = 300
MIN_FLATTENED_GAPS = 8
# A reply's salutation between spaces inside the line tells the layout with fewer gaps (…的答复 张凤娥等代表: 你们…).
_SALUTATION_GAP_RE = re.compile(r"[ \u3000][^\s:：]{2,12}(?:代表|委员)(?:们)?[：:][ \u3000]")
MIN_SALUTED_GAPS = 4


# …or by single spaces: after a sentence or a field's colon, around a document number, before a
# numbered part or item (…的通知 民办便函[2021]648号 2021-06-30 …。 一、推进重点信息公开 1.对照…),
# after a salutation or 现答复如下: and around a signature's date (…代表: 您提出的…; 2022年7月1日 联系科室…).
_SINGLE_GAP_RE = re.compile(
    r"(?<=[。；;！!])[ \u3000](?=\S)|[ \u3000](?=[^\s:：]{2,6}[：:])"  # (after a sentence, before a field's name)
    r"|(?<=代表[：:]|委员[：:]|如下[：:])[ \u3000](?=\S)|(?<=\d日)[ \u3000](?=\S)|[ \u3000](?=联系|抄送|尊敬的)"
    r"|[ \u3000](?=[\u4e00-\u9fff]{1,12}[〔\[［][12]\d{3}[〕\]］]\d{1,5}号)|(?<=\d号)[ \u3000](?=\S)"
    r"|[ \u3000](?=[一二三四五六七八九十]{1,3}、|\d{1,3}[.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])")


# …or, in a shorter stretch, only before its parts and sections, after the sentence or note that ends
# the one before (…制定本行动计划。 一、打造便捷温馨家园 (一)推进… (牵头单位:…) (二)提升…).
# Two such gaps tell the layout; then every space before a marker parts lines (一、打造…品质 (一)推进…).
# (…现提出以下意见: 一、深入实施就业优先战略 1.坚持… (…牵头,…参加) 2.发挥…: after a colon, items numbered 1. too)
_MARKERS = r"(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．](?![\d\s]))"
_MARKER_GAP_RE = re.compile(r"(?<=[。；;）)：:])[ \u3000]" + _MARKERS)
_MARKER_SPLIT_RE = re.compile(r"[ \u3000]" + _MARKERS)
MIN_MARKER_GAPS = 2
# …or with no space at all (…制定实施方案如下:一、工作目标全面落实…。二、…支持(一)强化…。1.严格执行…。[责任单位:…]2.…):
# parts after a sentence, a colon or a note, bracketed or not (…(责任单位:市财政局)二、…), and a bracketed section right
# after its part's heading.
_GLUED_SPLIT_RE = re.compile(rf"(?<=[。；;：:\]】〕）)]){_MARKERS}|(?<=[{CJK}])(?=[（(][一二三四五六七八九十]{{1,3}}[）)])")


# A part headed by who leads its work, the work after a space on the same line ((一)省审计厅牵头的工作 强化审计监督,…):
# the label is the heading, the work its first line.
_LEAD_LABEL_RE = re.compile(r"^\s*[（(][一二三四五六七八九十]{1,3}[）)][^ \u3000]{2,30}?(?:牵头|负责)的工作(?=[ \u3000]+\S)")


# A task's note line run onto the task's last sentence after a space (…成果应用。 部门分工:省工业和信息化厅牵头…), and the
# next task's heading run onto the note (…等配合。 促进数字经济和实体经济深度融合 工作措施:…).
_NOTE_GAP_RE = re.compile(rf"(?<=[。；;])[ \u3000]+(?={note_label(NOTE_ROLES)}|[^\s。；;：:]{{4,40}}[ \u3000]+(?:工作|主要|具体)措施[：:])")


# …or any part's short heading with its text after a space (二、开展校园及周边综合治理 2月27日,县教体局联合…;
# （一）加强组织领导 为切实做好…): the heading is its own line, as the page showed it, when what follows is prose.
_SPACED_HEADING_RE = re.compile(
    rf"^\s*(?:[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[）)]|\d{{1,2}}[.．、](?!\d))[{CJK}、]{{4,20}}(?=[ \u3000]+\S)"
)
_PROSE_AFTER_RE = re.compile(r"[ \u3000]+(?!\d+ )\S[^\n]{8,80}?[，,。；;]")  # (对实际投资 2 亿元: spaced figures, one sentence)


# A signature and its date run onto the last prose line after spaces (…的关心和支持。 联系人及电话:王海春 0879—2202316
# 普洱市市场监督管理局 2021 年8月25日 (此件公开发布)): the signer and the date are lines of their own, as signed.
_TRAILING_SIGNATURE_RE = re.compile(
    rf"[ \u3000]+([{CJK}]{{2,30}}{_SIGNING_BODY_END})[ \u3000]+(\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*"
    rf"([（(][^）)\n]{{2,12}}[）)]|[（(]联系[^）)\n]*[）)]?)?\s*$")  # (… 2019年10月14日 (联系人及电话:张金…: the contact after it, cut short)


def _signature_apart(line: str) -> list[str]:
    """A prose line's run-on signature and date as lines of their own (see ``_TRAILING_SIGNATURE_RE``); any other line as it is."""
    signed = _TRAILING_SIGNATURE_RE.search(line) if "日" in line[-60:] else None
    before = line[: signed.start()] if signed else ""
    if "。" not in before and "联系" not in before:
        return [line]  # (工业和信息化部    国家发展和改革委员会… 2022年5月12日: a signature line of its own, prose before none)
    return [before, *(part for part in signed.groups() if part)]  # (the note, 此件公开发布, a line below)


def _heading_apart(line: str) -> list[str]:
    """A part's heading and the work on its line as two lines; any other line as it is."""
    label = _LEAD_LABEL_RE.match(line) if "的工作" in line else None
    if label is None and (label := _SPACED_HEADING_RE.match(line)) and not _PROSE_AFTER_RE.match(line, label.end()):
        label = None
    return [label.group(), line[label.end() :].lstrip(" \u3000")] if label else [line]


_PIPED_ROW_RE = re.compile(r"^\s*(?:\d{1,3}\.?|[（(]\d{1,3}[）)])\s*[|｜](?:[^|｜]*[|｜]){2}")


def _unflattened(line: str) -> list[str]:
    """A flattened page's line split back into its lines; any other line as it is."""
    if len(line) < MIN_FLATTENED_LINE:
        return [line]
    if _PIPED_ROW_RE.match(line):
        return [line]  # (71 | 提高…水平。 | 1.深入实施… 2.完成建设… | 下步计划:… | 牵头单位:…: a piped table's row, spaces and all)
    for gap, least, split in ((_LINE_GAP_RE, MIN_FLATTENED_GAPS, _LINE_GAP_RE), (_SINGLE_GAP_RE, MIN_FLATTENED_GAPS, _SINGLE_GAP_RE),
                              (_MARKER_GAP_RE, MIN_MARKER_GAPS, _MARKER_SPLIT_RE), (_GLUED_SPLIT_RE, MIN_MARKER_GAPS, _GLUED_SPLIT_RE)):
        if len(list(itertools.islice(gap.finditer(line), least))) == least:  # (stops there)
            return split.split(line)
    if _SALUTATION_GAP_RE.search(line) and len(list(itertools.islice(_SINGLE_GAP_RE.finditer(line), MIN_SALUTED_GAPS))) == MIN_SALUTED_GAPS:
        return _SINGLE_GAP_RE.split(line)  # (…的答复 张凤娥等代表: 你们提出的…: a short reply flattened, its salutation kept apart)
    return [line]


# A web table copied with a bar line after each cell (任务名称 / | / 完成2022年度 / 乡村振兴示范村建设 / |):
# the lines between two bars are one cell that layout broke.
_BAR_LINE_RE = re.compile(r"^\s*[|｜]+\s*$")
MIN_BAR_LINES = 10


def _cells_joined(lines: list[str]) -> list[str]:
    """In a text with such a table, each cell's lines joined into one, between its first and last bar."""
    bars = [i for i, line in enumerate(lines) if _BAR_LINE_RE.match(line)]
    if len(bars) < MIN_BAR_LINES:
        return lines
    out = lines[: bars[0] + 1]
    cell: list[str] = []
    for line in lines[bars[0] + 1 : bars[-1]]:
        if _BAR_LINE_RE.match(line):
            if cell:
                out.append("".join(cell))
                cell = []
            out.append(line)
        elif line.strip():
            cell.append(line.strip())
    if cell:
        out.append("".join(cell))
    return out + lines[bars[-1] :]


MIN_SAFE_PIECE = 4
MAX_FIELD_NAME = 6


def _still_broken(joined: str, piece: str) -> bool:
    """``_is_broken_prose(joined)`` for a broken line that ``piece`` was just joined to: only what the
    piece adds can change the answer (its end, a table's bar, a title's ending; a record line opens
    with its field, so joining cannot make one), and a page broken into many lines is not read again
    and again in full."""
    if _ends_sentence(piece) or "|" in piece:
        return False
    if len(piece.strip()) < MIN_SAFE_PIECE:
        return _is_broken_prose(joined)  # a title's ending may reach across the join
    return not ("关于" in joined and piece.rstrip().endswith(_TITLE_ENDINGS))


# Half-width punctuation next to a Chinese character (or a Chinese quote or bracket) is the
# full-width mark typed or converted the other way: 委员:, 解决,同时, (责任单位:…).  Between
# digits or Latin letters it is not (1,000, 10:30, http://) and stays.
_HALF_WIDTH = ",;:?!()"
_FULL_WIDTH = "，；：？！（）"
_HALF_TO_FULL = str.maketrans(_HALF_WIDTH, _FULL_WIDTH)
_CHINESE_SIDE_RE = re.compile(rf"[{CJK}“”‘’《》（）【】、，。；：]")
_HALF_WIDTH_RE = re.compile(f"[{re.escape(_HALF_WIDTH)}]")
_FOLDED = frozenset(_FULL_WIDTH)


def fold_punctuation(text: str) -> str:
    """Half-width punctuation in Chinese text as full-width, one character for one (offsets keep).

    A mark whose only Chinese neighbour is another such mark (委员),(2份) is read after that one,
    so the marks are visited in order, each seeing its left neighbour already folded.
    """
    chars: list[str] | None = None
    for m in _HALF_WIDTH_RE.finditer(text):  # few per document: the Python loop is cheap
        i = m.start()
        before = chars[i - 1] if chars is not None and i else text[i - 1 : i]
        if _CHINESE_SIDE_RE.match(before) or _CHINESE_SIDE_RE.match(text, i + 1):
            chars = chars if chars is not None else list(text)
            chars[i] = text[i].translate(_HALF_TO_FULL)
    return "".join(chars) if chars is not None else text


# ---------------------------------------------------------------------------------------------
# sentences


# A sentence ends at a line end, or after 。！？!? and the closing quotes or brackets right after it.
_SENTENCE_STOP_RE = re.compile(rf"\n|[{re.escape(SENTENCE_END)}][{re.escape(CLOSERS)}]*")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split on 。！？ (keeping closing quotes) and on line ends; spans exclude outer spaces.

    The stops are found by one regex scan rather than a Python loop over every character (this
    ran on every character of every document).
    """
    end = len(text) if end is None else end
    out: list[Sentence] = []
    begin = start
    for m in _SENTENCE_STOP_RE.finditer(text, start, end):
        stop = m.end()
        _append_sentence(text, begin, stop - 1 if m.group() == "\n" else stop, out)
        begin = stop
    _append_sentence(text, begin, end, out)
    return out


def _append_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Add text[start:end] without its outer whitespace, unless nothing is left."""
    piece = text[start:end]
    stripped = piece.lstrip()
    if stripped:
        # str.strip drops exactly the characters str.isspace accepts
        start += len(piece) - len(stripped)
        stripped = stripped.rstrip()
        out.append(Sentence(start, start + len(stripped), stripped))


# (the zero a copy writes with a look-alike: 二Ｏ一八, 二O一O, 二0一0, 二ΟΟ七 with Greek Ο)
_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0", "Ｏ": "0", "O": "0", "0": "0", "Ο": "0"}
_CN_DATE_RE = re.compile(r"([〇○零ＯOΟ0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")  # (二〇一八年 六月七日)


def _cn_number(text: str) -> str:
    """十二 → 12, 二十三 → 23, 三十 → 30 (days and months only)."""
    if "十" not in text:
        return "".join(_CN_DIGITS.get(c, c) for c in text)
    tens, _, ones = text.partition("十")
    return str(int(_CN_DIGITS.get(tens, "1") if tens else "1") * 10 + (int(_CN_DIGITS[ones]) if ones else 0))


# An encyclopedia mirror's note mark after a line (二OO七年六月三十日[1]): no part of what the line says.
_NOTE_MARK_RE = re.compile(r"\[\d{1,2}\]$")


def _line_date(line: str) -> str:
    stripped = line.rstrip()
    if stripped.endswith("]"):
        stripped = _NOTE_MARK_RE.sub("", stripped)
    # Every date form below ends in 日 or a digit; most lines do not, and are rejected before the
    # folding and the three full matches.  (Folding keeps a digit a digit and 日 unchanged.)
    if not stripped or not (stripped[-1] == "日" or stripped[-1].isdecimal()):
        return ""
    s = normalise_for_matching(stripped).strip()
    cn = _CN_DATE_RE.fullmatch(s)
    if cn:
        s = f"{''.join(_CN_DIGITS[c] for c in cn.group(1))}年{_cn_number(cn.group(2))}月{_cn_number(cn.group(3))}日"
    m = _DATE_RE.fullmatch(s) or _ISO_DATE_RE.fullmatch(s)
    if not m:
        return ""
    year, month, day = (int(g) for g in m.groups())
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


# ---------------------------------------------------------------------------------------------
# header and footer


_PERIOD_AFTER_TITLE_RE = re.compile(r"\s*[（(][^（）()]{2,20}[）)]$")


def _detect_kind(title: str, text: str) -> str:
    head = _PERIOD_AFTER_TITLE_RE.sub("", title) or text[:300]  # (…责任分解（2023年）: a plan for the year)
    head = re.sub(r"\s+", "", head)  # (…就业创业工作 的 实 施 意 见: a title spaced out as a layout spaces it)
    if _REPLY_TITLE_RE.search(head):
        return "Reply"  # …提案的会办意见: an opinion, but on a proposal, so a reply
    for kind, suffixes in _KIND_SUFFIXES:
        if any(head.rstrip("。 ").endswith(s) for s in suffixes):
            return kind
    if _REPLY_TEXT_RE.search(text, 0, 3000):
        return "Reply"
    for kind, suffixes in _KIND_SUFFIXES[1:]:
        if any(s in head for s in suffixes if not (title and s in _TITLE_END_ONLY)):
            return kind
    return "Document"




MIN_TITLE_HALF = 6  # 关于我们 (a site's menu) is no half of a title


# A title's first half opens with 关于/对, or with its writer's name before them (教育部对十二届全国人大五次会议).
_TITLE_OPENING_RE = re.compile(rf"^(?:[{CJK}（）()]{{2,30}}?(?:部|委|局|厅|办|署|院|政府|中心|办公室)\s*)?(?:关于|对)")


# A line of issuers only, listed with 、 (国务院、中央军委; 国务院办公厅、中央军委办公厅)
_ISSUERS_LINE_RE = re.compile(rf"^[{CJK}]{{2,16}}?(?:部|委|局|厅|署|院|政府|办公室|军委)(?:、[{CJK}]{{2,16}}?(?:部|委|局|厅|署|院|政府|办公室|军委))+$")


def _title_begun_above(candidates: list[tuple[int, str]], index: int) -> str:
    """The first half of a title broken over two lines (对区政协七届三次会议 / 第24-105号提案的会办意见):
    the line right above, when it opens a title (关于/对) and does not end one."""
    if index == 0:
        return ""
    number, above = candidates[index - 1]
    if number != candidates[index][0] - 1 and number != candidates[index][0] - 2:
        return ""  # not the line right above (one blank line allowed)
    alone = index < 2 or candidates[index - 2][0] < number - 2 or not _agency_like(candidates[index - 2][1].split()[-1])
    if candidates[index][1].startswith("关于") and (_ISSUERS_LINE_RE.match(above) or alone and _agency_like(above) and len(above) <= 30) \
            and "各" not in above:  # (not the last line of a header listing fifteen issuers)
        return above  # 国务院办公厅、中央军委办公厅 / 关于调整…的通知: the issuers open the title (芜湖市人民政府 / 关于…)
    if _TITLE_OPENING_RE.match(above) and MIN_TITLE_HALF <= len(above) <= 40 and not above.endswith(_TITLE_ENDINGS) \
            and not _CLAUSE_END_RE.search(above) and not any(m in above for m in REPLY_MARKERS) \
            and not (above.endswith(_SUGGESTION_KINDS) and candidates[index][1].startswith(("对", "关于"))):
        # (关于加大老旧小区改造的建议 / 对…第93号建议的回复: the suggestion's title, then the reply's; 旺苍县文化旅游和体育局 /
        # 关于对…第32号 / 提案答复的函: the issuer's line above the first half opens it)
        return (_title_begun_above(candidates, index - 1) if above.startswith("关于") else "") + above
    return ""


_SUGGESTION_KINDS = ("建议", "提案", "议案")


MAX_TITLE_LINES = 4


def _title_continued_below(candidates: list[tuple[int, str]], index: int) -> str:
    """The rest of a title broken over lines after its first (县人民政府办公室关于 / 对县…2021年 /
    …的通知): the lines right below, up to the one that ends a title; "" if none does."""
    rest = ""
    for number, line in candidates[index + 1 : index + MAX_TITLE_LINES]:
        if number > candidates[index][0] + MAX_TITLE_LINES or _CLAUSE_END_RE.search(line) \
                or _ADDRESSEE_END_RE.search(line) or len(line) > 40:
            return ""
        rest += line
        if line.endswith(_TITLE_ENDINGS):
            return rest
    return ""


_COLUMN_LABEL_RE = re.compile(r"^【[^【】]{2,30}】(?=\S)")


MAX_TITLE_AFTER_NUMBER = 4  # lines (a blank between the number and the title counts)


def _find_title(lines: list[tuple[int, int, str]], doc_number_line: int) -> str:
    """The title: a reply's 答复 line, else the first prose-free heading line near the top."""
    # (【市政府重点工作及责任分解】滁州市人民政府关于…: a page's column label before the title)
    candidates = [(i, _COLUMN_LABEL_RE.sub("", cell)) for i, ln in enumerate(lines[:40]) if (cell := ln[2].strip().lstrip("•·").strip())]
    # a web page's table cells, but not a page title that adds the deputy's (…的会办意见|关于…的建议)
    # (海盐县人民政府办公室关于印发…的通知 |: a record's last cell, the title, with its closing bar)
    candidates = [(i, line.split("|")[0].strip() if line.count("|") == 1 and (_REPLY_TITLE_RE.search(line.split("|")[0]) or line.endswith("|"))
                   else line) for i, line in candidates]
    candidates = [(i, line) for i, line in candidates if "|" not in line]
    # (对临湘市政协…第81号提案的 / 答 复: a title's last word spaced out)
    candidates = [(i, closed_up(line)) for i, line in candidates]
    # (…的会办意见.pdf: the document's file, named without its extension; 相关附件：关于…的通知.pdf: an attachment's;
    # 文件名称:对…的答复: a record's title field, named without the field)
    candidates = [(i, _TITLE_FIELD_RE.sub("", FILE_EXTENSION_RE.sub("", line))) for i, line in candidates
                  if not (_ATTACHMENT_LINE_RE.match(line) and FILE_EXTENSION_RE.search(line))]
    replying = [index for index, (_, line) in enumerate(candidates)
                if (any(m in line for m in (*REPLY_MARKERS, "的回复")) or _HANDLING_FORM_RE.search(line)) and len(line) <= 80
                and not _NOT_REPLY_TITLE_RE.search(line)
                and not _starts_block(line)]  # (二、对代表所提两条对策建议的针对性答复: a part's heading)
    # (a page's record titles it 对《…》的答复; the document's own title follows its number: 沭农答复字〔2023〕第22号 / 对…第2号提案的答复)
    numbered = [index for index in replying if 0 <= doc_number_line < candidates[index][0] <= doc_number_line + MAX_TITLE_AFTER_NUMBER]
    for index in (numbered or replying)[:1]:
        return _title_begun_above(candidates, index) + _NUMBER_BEFORE_TITLE_RE.sub("", candidates[index][1])
    plan_named = ""
    for i, line in candidates:
        if _INDEX_HEADER_RE.match(line) or DOC_NUMBER_RE.fullmatch(line) or _line_date(line) or _SPACED_RECORD_LINE_RE.match(line):
            continue  # (组配分类 政府工作报告执行  发布机构 嵊泗县…: a record's fields kept apart by spaces, no title)
        if _starts_block(line):
            break  # 一、关于…: the body's first part; a title comes before it
        if not plan_named and _PLAN_TITLE_LINE_RE.fullmatch(line):
            at = candidates.index((i, line))  # (2022年全国打击侵犯知识产权和 / 制售假冒伪劣商品工作要点: broken after a joining word)
            above = candidates[at - 1] if at and candidates[at - 1][0] >= i - 2 and candidates[at - 1][1].endswith(_JOINING_ENDS) else None
            plan_named = (above[1] if above else "") + line
        if _HEADER_FIELD_RE.match(line) or _OPENING_RE.search(line):
            continue
        if 6 <= len(line) <= 100 and not _CLAUSE_END_RE.search(line) and (_TITLE_WORD_RE.search(line) or _RULES_TITLE_RE.match(line)) \
                and not (line.startswith("（") and line.endswith("）")) and not line.endswith(("！", "!")):
            # (（此公告业经卫生部会签）: a note; 芜湖市政府重要通知！: a news page's headline over the title)
            at = candidates.index((i, line))
            below = "" if line.endswith(_TITLE_ENDINGS) else _title_continued_below(candidates, at)
            return _fuller_title_below(candidates, at) or _title_begun_above(candidates, at) + line + below + _bracket_below(candidates, at)
        if "关于" in line and len(line) <= MAX_JOINT_TITLE and line.endswith(_TITLE_ENDINGS) and not _CLAUSE_END_RE.search(line):
            return line  # 工业和信息化部 国家发展和改革委员会 …（eleven issuers）关于…的通知
    return plan_named


# A page's title as the browser shows it: the document's, then the column and the site (…的答复_区级建议结果公开_上海市宝山区人民政府门户网站).
_SITE_PART_RE = re.compile("网站|门户|政府网|信息公开|结果公开|政务公开")
_SITE_SEPARATOR_RE = re.compile("[_—]|-(?=[^-]*(?:网站|门户|政府网))")


# A notice's signature and date run into the title of the rules it issues (国家航天局2020年12月17日月球样品管理办法).
_SIGNED_BEFORE_TITLE_RE = re.compile(rf"^[{CJK}]{{2,30}}?(?:局|部|委|厅|政府|办公室|办|署|院)\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?=[{CJK}《]{{4}})")


# A site's tags around a title: its validity (…的通知[失效]) and its region ((湖北省)武汉市2023年…方案).
_TITLE_TAG_RE = re.compile(r"\s*[\[［【(（](?:已?失效|已废止|废止|有效)[\]］】)）]\s*$|^[（(][^（）()]{2,6}(?:省|自治区)[）)]\s*(?=\S)")


def _without_site_name(title: str) -> str:
    """The document's title without the column and site names a page's title adds after it, and the tags a site
    puts around it."""
    parts = _SITE_SEPARATOR_RE.split(title, 1)  # (…的意见-湖南省人民政府门户网站: a dash before the site too)
    title = parts[0] if len(parts) == 2 and _SITE_PART_RE.search(parts[1]) and len(parts[0]) >= MIN_TITLE_HALF else title
    return _TITLE_TAG_RE.sub("", title)


_ATTACHMENT_LINE_RE = re.compile(r"^(?:相关)?附\s*件")
# (- 标题: …; 信息名称  2020年…: a page's record, its name kept from the title by spaces)
_TITLE_FIELD_RE = re.compile(r"^(?:[-•·]\s*)?(?:(?:文件|公文|信息)?(?:名\s*称|标\s*题)|案\s*由)(?:\s*[:：]|[ \t　]+)\s*(?=\S)")


# The document offered as a file below a page's copy of it (…第022号代表建议的会办意见.pdf).
_FILE_EXTENSION = r"\.(?:pdf|docx?|xlsx?|wps|ofd|html?)"
FILE_EXTENSION_RE = re.compile(_FILE_EXTENSION + "$", re.I)  # (an attachment's file, named with its extension)
# (17.内蒙古…政策清单.docx: a file numbered as one of a set, the number no part of its name)
_FILE_NAME_RE = re.compile(rf"^\s*(?:\d{{1,3}}[.、．]\s*)?(\S.{{5,100}}?){_FILE_EXTENSION}\s*$", re.I)
MAX_FILE_NAME_LINES = 5
# A plan's or a table's name (…重点任务责任分工表, …扶持政策事项清单): a document's name however it begins.
_PLAN_FILE_NAME_RE = re.compile(rf"^[^，,。；;：:]{{6,60}}(?:{_PLAN_ENDINGS}|表|清单)$")


def _file_name_title(lines: list[tuple[int, int, str]]) -> str:
    """The title a page or a saved file gives only as its file's name, on one of its first or last lines
    (…的会办意见.pdf, 2021年…责任分解表.docx); ""."""
    written = [line for _, _, line in lines if line.strip()]
    for line in (*written[:MAX_FILE_NAME_LINES], *written[-MAX_FILE_NAME_LINES:]):
        m = None if _ATTACHMENT_LINE_RE.match(line.strip()) else _FILE_NAME_RE.match(line)
        if m and (_REPLY_TITLE_RE.search(m.group(1)) or "关于" in m.group(1) and m.group(1).endswith(_TITLE_ENDINGS)
                  or _PLAN_FILE_NAME_RE.match(m.group(1))):
            return m.group(1).strip()
    return ""


# A title's years or status on the line below it (…行动方案 / （2026年）, …办法 / （试行）): part of the title.
_TITLE_BRACKET_RE = re.compile(r"^[（(](?:\d{4}(?:[-—－至]\d{4})?年(?:度)?|试行|暂行|修订|征求意见稿|草案)[）)]$")


def _bracket_below(candidates: list[tuple[int, str]], at: int) -> str:
    if at + 1 < len(candidates) and candidates[at + 1][0] <= candidates[at][0] + 2 and _TITLE_BRACKET_RE.match(candidates[at + 1][1]):
        return "（" + candidates[at + 1][1][1:-1] + "）"  # (both brackets full-width, as the text's own titles write them)
    return ""


MAX_FULLER_TITLE_REACH = 4


def _fuller_title_below(candidates: list[tuple[int, str]], at: int) -> str:
    """The same title written again a few lines below with its issuer in full (a page's 市政府关于…的意见,
    then 沪府发〔2017〕76号, then 上海市人民政府关于…的意见): the document's own title line."""
    line = candidates[at][1]
    about = line.find("关于")
    if about <= 0:
        return ""
    return next((below for _, below in candidates[at + 1 : at + 1 + MAX_FULLER_TITLE_REACH]
                 if len(below) > len(line) and below.endswith(line[about:]) and below.find("关于") > about), "")


MAX_INDEX_REACH = 800
_VALIDITY_RE = re.compile("有效|失效|废止|现行有效|已废止")
# A record's field name alone on its line, its value on the next line with words (a page's table copied
# one cell per line: 发文字号 / 自然资协提复字〔2018〕第48号 / 发布机构 / 自然资源部).
_FIELD_NAME_RE = re.compile(rf"(?:{_INDEX_FIELDS}|发文字号|标\s*题|索\s*引\s*号|主题分类|有效性|实施日期|废止日期|体裁分类)")
# (• 发文单位: / (blank) /      住房和城乡建设部: a bulleted name with its colon, the value indented below; [ 发布机构 ] /
# 渝北区林业局: a square-bracketed name, the value on the line below)
_BARE_FIELD_LINE_RE = re.compile(
    rf"^[ \t]*(?:[-•·][ \t]*|\[[ \t]*)?({_INDEX_FIELDS}|发文字号)[ \t]*\]?[ \t]*(?P<colon>[:：])?[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*([^\n]+))", re.M)
# (the value read ahead: 文  号: / 发布机构: / 中卫市自然资源局, an empty field's next line is the next field)
# A record field whose value a page put on the next bullet line.
MAX_VALUE_BELOW = 40
_VALUE_BELOW_RE = re.compile(rf"^\s*[-•·]?\s*({_INDEX_FIELDS})\s*[:：]\s*\n\s*[-•·]\s*([^:：\n]+?)\s*$", re.M)
_SPACED_DATE_FIELD_RE = re.compile(r"(?:发布|生成|产生|成文|发文)日期\s+(\d{4}-\d{1,2}-\d{1,2})")
# 发布日期(2020-07-11): a page's date in brackets after its field name, alone on its line.
_BRACKETED_FIELD_RE = re.compile(r"^\s*(发布日期|发布时间|发文日期)\s*[（(]\s*([^）)\n]{6,20})\s*[）)]\s*$", re.M)
# A record's field in 【】, its name alone (【公布日期】2021.07.05) or with its value ([信息时间:2021-09-17 】).
_LENTICULAR_FIELD_RE = re.compile(rf"【\s*({_INDEX_FIELDS})\s*】\s*([^【】\n]{{4,30}}?)(?=\s*(?:[•【]|$))"
                                  rf"|【\s*({_INDEX_FIELDS})\s*[:：]\s*([^】\n]{{4,30}}?)\s*】", re.M)
# A record's field names in square brackets, each value up to the next name ([ 文       号 ] [ 发布机构 ] 郯城县…局;
# cells after them, [ 发布机构 ] | 市科技局 |, are _TABLE_FIELD_RE's)
# ([ 发布机构 ] 市应急局, [ 发布机构 ] | 市应急局 |: a page's square-bracketed labels, their values in cells or not)
_SQUARE_FIELD_RE = re.compile(rf"\[\s*({_INDEX_FIELDS})\s*\][ \t　]*(?:\|[ \t　]*)?([^\[\]|\n]*?)[ \t　]*(?=\[|\||$)", re.M)
_INDEX_FIELD_WORDS = ("文号", "文 号", "发布", "发文", "成文", "生成", "产生", "机构", "名称", "名 称", "主办单位", "答复时间", "答复日期",
                      "公开主体", "公开日期", "公布日期", "信息时间", "制发日期")


def is_record_field(line: str) -> bool:
    """Whether a line is a web page's record field (- 发布机构:滕州市住建局), not prose."""
    return _INDEX_HEADER_RE.match(line) is not None


def _is_record_line(line: str) -> bool:
    """A record field or a reply page's header field (签发人：…, 组配分类：…; 发布机构 市…局): no line of the body."""
    return is_record_field(line) or _HEADER_FIELD_RE.match(line) is not None or _SPACED_RECORD_LINE_RE.match(line) is not None


# A proposal record's handler among its cells (主办单位:区体育中心 | 协办单位:区文旅体局 区教科局 |): the writer.
_HANDLER_CELL_RE = re.compile(rf"(?:^|[|｜])[ \t]*主办单位[ \t]*[:：][ \t]*([{CJK}（）()]{{2,40}}?)[ \t]*(?=[|｜])", re.M)


# A proposal record copied one cell per line, each field's name above its value (建议提案编号 / 20200420 / 承办单位 /
# 区教育和体育局 / 答复时间 / 2020-07-20): the fields a reply's header reads, by the names it reads them by.
_VERTICAL_FIELDS = {"建议提案标题": "建议标题", "建议提案编号": "序号", "承办单位": "主办单位", "答复时间": "成文日期",
                    "代表提案者": "代表", "提案者": "代表", "提案人": "代表", "提案编号": "序号", "建议编号": "序号",
                    "标题": "建议标题", "提案标题": "建议标题", "建议标题": "建议标题", "办理状态": "办理状态"}
_VERTICAL_FIELD_RE = re.compile(rf"^[ \t]*({'|'.join(_VERTICAL_FIELDS)})[ \t]*\n(?:[ \t]*\n)*[ \t]*(\S[^\n]{{0,80}}?)[ \t]*$", re.M)


# A record whose field names the page drew and the copy lost, opened by its index number
# (• 00529508X/2023-00092 / • 中牟县水利局 / • 人大建议,提案 / • 2023-09-25 / • 2023-09-25).
_UNNAMED_RECORD_RE = re.compile(r"^[ \t]*[•·][ \t]*[0-9A-Z]{6,}(?:-[0-9A-Z]+)*/\d{4}-\d+[ \t]*\n((?:[ \t]*[•·][^\n]*\n?){1,10})", re.M)
_RECORD_DATE_RE = re.compile(r"\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _unnamed_record_fields(text: str) -> dict[str, str]:
    """A record with no field names: a body's name alone is its publisher, its first date the record's."""
    record = _UNNAMED_RECORD_RE.search(text, 0, MAX_INDEX_REACH)
    fields: dict[str, str] = {}
    for line in record.group(1).split("\n") if record else ():
        value = line.strip(" \t•·")
        if _RECORD_DATE_RE.fullmatch(value):
            fields.setdefault("发布日期", value)
        elif _agency_like(value):
            fields.setdefault("发布单位", value)
    return fields


_RECORD_LINE_LEAD = " \t\u3000-•·"  # (- 发布日期2020-12-01: a record's line may open with a bullet)


def _glued_field_beside(lines: list[str], at: int) -> bool:
    """Whether the line above or below also opens with a record field's name glued to its value: a record
    of one field a line (发文机关国务院 / 发文日期2008年01月11日), not a sentence that opens with such a word."""
    return any(0 <= near < len(lines) and _GLUED_FIELD_NAME_RE.match(lines[near].lstrip(_RECORD_LINE_LEAD)) is not None
               and ":" not in lines[near] and "：" not in lines[near] for near in (at - 1, at + 1))


def _index_fields(text: str) -> dict[str, str]:
    """A web page's record fields near the top, by one name each; empty ones (文号：无) left out."""
    index: dict[str, str] = _unnamed_record_fields(text)
    handler = _HANDLER_CELL_RE.search(text, 0, MAX_INDEX_REACH) if "主办单位" in text[:MAX_INDEX_REACH] else None
    if handler:
        index["主办单位"] = handler.group(1)
    for m in _VERTICAL_FIELD_RE.finditer(text, 0, MAX_INDEX_REACH):
        if m.group(2) not in _VERTICAL_FIELDS:  # (承办单位 / (empty) / 办理方式: an empty field)
            index.setdefault(_VERTICAL_FIELDS[m.group(1)], m.group(2))
    if not any(word in text[:MAX_INDEX_REACH] for word in _INDEX_FIELD_WORDS):
        return index  # most texts have no record fields: the pattern is tried at every offset
    # (a record's 主办单位 comes before the reply opens; after it, 主办单位:…人民政府办公室 is the site's sponsor)
    opening = _REPLY_OPENING_RE.search(text, 0, MAX_INDEX_REACH)
    for m in _INDEX_FIELD_RE.finditer(text, 0, MAX_INDEX_REACH):
        value = _GLUED_NEXT_FIELD_RE.split(m.group(2), 1)[0].strip().rstrip("| ")  # (发文日期:2021-05-20 | |: a table's empty cells after it)
        if _is_field_value(value) and not (m.group(1) == "主办单位" and opening and m.start() > opening.start()):
            index.setdefault(_field_key(m.group(1)), value)
    head_lines = text[:MAX_INDEX_REACH].split("\n")
    for at, line in enumerate(head_lines):  # 组配分类 2023 发布机构 市生态环境局北仑分局
        if "|" in line or _FIELD_COLON_RE.search(line):  # (not the colon of a time: 发布日期 2021-07-05 17:27)
            continue  # (发布机构 | 厦门市商务局 |: cells; 索引号 : MB…: fields with colons: both read below)
        if _SPACED_RECORD_LINE_RE.match(line):
            names = list(_SPACED_FIELD_NAME_RE.finditer(line))
        else:  # (发文机关平顺县教育局 发布日期2025-11-10: two names or more, glued to their values)
            names = list(_GLUED_FIELD_NAME_RE.finditer(line))
            if not names or names[0].start() != len(line) - len(line.lstrip(_RECORD_LINE_LEAD)) \
                    or len(names) < 2 and not _glued_field_beside(head_lines, at):
                continue
        for m, after in zip(names, [*names[1:], None]):  # each field's value runs to the next field's name
            value = line[m.end() : after.start() if after else len(line)].strip()
            if value:  # (文号 公开日期 2023-06-02: an empty field)
                index.setdefault(_field_key(m.group(1)), value)
    for m in _SPACED_DATE_FIELD_RE.finditer(text, 0, MAX_INDEX_REACH):  # 产生日期 2021-06-10
        index.setdefault("发布日期", m.group(1))
    for m in _BRACKETED_FIELD_RE.finditer(text, 0, MAX_INDEX_REACH):
        index.setdefault(_field_key(m.group(1)), m.group(2).strip())
    for m in _LENTICULAR_FIELD_RE.finditer(text, 0, MAX_INDEX_REACH) if "【" in text else ():
        index.setdefault(_field_key(m.group(1) or m.group(3)), (m.group(2) or m.group(4)).strip())
    for m in _SQUARE_FIELD_RE.finditer(text, 0, MAX_INDEX_REACH):
        if m.group(2):  # ([ 文       号 ] [ 发布机构 ]: an empty field)
            index.setdefault(_field_key(m.group(1)), m.group(2))
    for m in _VALUE_BELOW_RE.finditer(text, 0, MAX_INDEX_REACH):  # • 生成日期: / • 2021-08-02
        index.setdefault(_field_key(m.group(1)), m.group(2).strip())
    for m in _BARE_FIELD_LINE_RE.finditer(text, 0, MAX_INDEX_REACH):  # 发布机构 / (blank) / 自然资源部
        key = _field_key(m.group(1))
        if key == "标题":
            continue  # (序号 / 名称 / 主要内容: a table's header, not a record)
        value = m.group(3).strip()
        if m.group("colon") and (len(value) > MAX_VALUE_BELOW or value.endswith((":", "：")) or "。" in value):
            continue  # (文号： / (blank) / 请各乡镇于5月底前完成自查。: an empty field, then the body)
        named = value.lstrip("-•· \t")
        if key == "文号" and not DOC_NUMBER_RE.search(named):
            continue  # (文 号: / 2021 年政务公开工作重点任务台账 |: an empty number field, then the table's caption)
        if key == "发布单位" and _VALIDITY_RE.fullmatch(named):
            # (发布机构: / 有效 / 区文化广电旅游局: a validity field's value, the publisher on the line below it)
            below_end = text.find("\n", m.end(3) + 1)
            named = text[m.end(3) + 1 : below_end if below_end != -1 else len(text)].strip()
            if not _agency_like(named):
                continue
        if key == "发布单位" and not re.search(f"[{CJK}]", named):
            continue  # (• 发布机构: / (blank) / K0002-0201-2018-003: an empty field, then the record's index number)
        if not _FIELD_NAME_RE.fullmatch(named.rstrip(":： ")) and not _RECORD_FIELD_RE.match(named):  # (发布机构 / (empty) / 发布日期)
            index.setdefault(key, named)  # (- 发文机构 / - 隆阳区住建局: the value without its bullet)
    return index


_PUBLISHED_FIELD_RE = re.compile(r"(?:发布|公开)(?:日期|时间)")


def _below_published_field(lines: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the line is the value under a page's publication field (• 发布日期 / 2024-11-29): when the
    page went up, not the document's date (成文日期 / 2014年02月23日 is)."""
    above = next((line for _, _, line in reversed(lines[:index]) if line.strip()), "")
    return _PUBLISHED_FIELD_RE.fullmatch(above.strip(" \t•·-:：")) is not None


def _is_field_value(value: str) -> bool:
    """Whether a record field's text is its value: not empty (文号：无), nor the next field's name
    (发布机构: 发布日期: 2020-11-24; 文 号: | 主题分类: |; 发布机构: | 发文日期: 2014-10-29 |)."""
    return bool(value) and value != "无" and not value.startswith("|") and not value.endswith(("：", ":")) \
        and not _RECORD_FIELD_RE.match(value)


def _field_key(name: str) -> str:
    """The one name a record field goes by (文 号 → 文号, 发文机关 → 发布单位)."""
    name = re.sub(r"\s+", "", name)
    return _INDEX_FIELD_NAMES.get(name, name)


# A results table flattened one cell per line, its header row first (建议序号 | 建议代表 | … | 回复意见 |)
# and then one suggestion's row: the header names say what each value is.
_CELL_LINE_RE = re.compile(r"^\s*([^|\n]{1,60}?)\s*\|\s*$")
_ROW_HEADERS = {
    "建议序号": "序号", "建议号": "序号", "建议编号": "序号", "提案号": "序号", "提案序号": "序号", "序号": "序号", "编号": "序号",
    "建议代表": "代表", "代表": "代表", "领衔代表": "代表", "提案人": "代表", "提出人": "代表", "代表姓名": "代表",
    "建议内容": "建议标题", "建议名称": "建议标题", "建议标题": "建议标题", "案由": "建议标题", "提案标题": "建议标题", "标题": "建议标题",
    "办理单位": "发布单位", "承办单位": "发布单位", "主办单位": "发布单位", "答复单位": "发布单位",
    "回复意见": "答复", "答复意见": "答复", "答复内容": "答复", "办理情况": "答复", "办理结果": "答复",
}
MIN_ROW_HEADERS = 3
MAX_ROW_HEADER = 8
_DIGIT_RE = re.compile(r"\d")
MAX_ROW_HEAD_LINES = 40


def _next_line_with_words(lines: list[tuple[int, int, str]], index: int) -> str:
    return next((line for _, _, line in lines[index + 1 :] if line.strip()), "")


def _opens_reply(lines: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the first line with words after ``index`` opens the reply (贵党提交的《…》收悉)."""
    return _REPLY_OPENING_RE.search(_next_line_with_words(lines, index)) is not None


def _addresses_you(lines: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the first line with words after ``index`` speaks to the deputy (您提出的…)."""
    return _YOU_RE.match(_next_line_with_words(lines, index)) is not None


def _header_row_record(text: str, lines: list[tuple[int, int, str]]) -> tuple[dict[str, str], int]:
    """The named values of such a table's first row, and where its reply cell starts (-1: none)."""
    if "|" not in text[:600]:
        return {}, -1
    cells: list[tuple[int, str]] = []
    for line_start, _, line in lines[:MAX_ROW_HEAD_LINES]:
        m = _CELL_LINE_RE.match(line)
        if m:
            cells.append((line_start + m.start(1), m.group(1)))
        elif cells:
            cells.append((line_start + len(line) - len(line.lstrip()), line.strip()))  # the reply cell, often not closed
            break
    # the header row: short cells without digits, up to the last one whose name is known (a name the
    # table adds, 建议类别, sits among them)
    heads = [c for _, c in itertools.takewhile(lambda cell: len(cell[1]) <= MAX_ROW_HEADER and not _DIGIT_RE.search(cell[1]), cells)]
    known = [i for i, c in enumerate(heads) if c in _ROW_HEADERS]
    width = known[-1] + 1 if known else 0
    if len(known) < MIN_ROW_HEADERS or len(cells) != 2 * width:
        return {}, -1  # (a table of many suggestions' rows has no one deputy or reply)
    names = [_ROW_HEADERS.get(c, c) for c in heads[:width]]
    record = {name: value for name, (_, value) in zip(names, cells[width : 2 * width]) if value}
    reply_at = next((cells[width + i][0] for i, n in enumerate(names) if n == "答复"), -1)
    record.pop("答复", None)
    return record, reply_at


def parse_header(text: str, row_record: dict[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
    """Header and footer facts as written, plus the raw issuer names (signature / index line).
    ``row_record``: the named values of a results table's first row (:func:`_header_row_record`)."""
    lines = line_spans(text)
    header: dict[str, str] = {}
    index = _index_fields(text)
    replying = _REPLY_TEXT_RE.search(text, 0, 3000) is not None  # (a result code, a proposer, a suggestion's title: a reply's)
    for key, value in (row_record or {}).items():
        index.setdefault(key, value)
    if "|" in text[:1500]:  # the pattern backtracks wherever it is tried: only where cells are
        for m in _TABLE_FIELD_RE.finditer(text, 0, 1500):
            if _is_field_value(m.group(2)):
                index.setdefault(m.group(1), m.group(2))
                index.setdefault(_TABLE_FIELD_ALIASES.get(m.group(1), m.group(1)), m.group(2))
        for m in _PIPED_FIELD_RE.finditer(text, 0, 1500):
            if _is_field_value(m.group(2)):
                index.setdefault(_field_key(m.group(1)), m.group(2))

    doc_number_line = -1
    for i, (_, _, line) in enumerate(lines[:60]):
        m = DOC_NUMBER_RE.search(line) if DOC_NUMBER_YEAR_RE.search(line) else None
        m = None if m and _SESSION_WORDS_RE.search(m.group(0)) else m  # (…人大第五次会议第B(2025)93号建议: the suggestion's)
        # (宁交函〔2020〕94号    签发人:姜涛; 类别  A类     杨政工函﹝2023﹞72号: a record's field beside it on its line)
        standalone = m and "《" not in line and (len(line.strip()) <= len(m.group(0)) + 12 or (
            (not line[: m.start()].strip() or _FIELD_BEFORE_NUMBER_RE.fullmatch(line[: m.start()]) is not None)
            and len(_NEXT_FIELD_RE.sub("", line[m.end() :]).strip()) <= MAX_AFTER_NUMBER))
        # 工信厅通信函〔2021〕114号 各省…： / 嘉嘉办理〔2024〕2号关于对…的会办意见
        # (（东文旅发〔2020〕29号）关于对…的答复: the number in brackets before the title)
        leading = m and line[: m.start()].strip(" \t　(（") == "" \
            and (i < 5 or _RESULT_AFTER_NUMBER_RE.sub("", line[m.end() :]).lstrip(" \t　)）").startswith(("关于", "对")))
        # (成文日期:2018-05-17文号:静府督复〔2018〕1号索取号:…: a record's fields glued, the number after its label)
        labelled = m and _NUMBER_FIELD_BEFORE_RE.search(line, 0, m.start()) is not None
        if standalone or leading or labelled:
            header["doc_number"] = _NUMBER_LABEL_RE.sub("", re.sub(r"\s+", "", m.group(0)))  # (- 文号弥工商信函〔2020〕01号)
            doc_number_line = i
            break
    if "doc_number" not in header and _DIGIT_RE.search(index.get("文号", "")):  # (文号 | 浏览量 |: an empty cell)
        header["doc_number"] = index["文号"].strip()
    if "doc_number" not in header and (damaged := next((m for _, _, line in lines[:MAX_DAMAGED_NUMBER_LINE]
                                                        if (m := _DAMAGED_NUMBER_RE.match(line))), None)):
        header["doc_number"] = damaged.group(1) or damaged.group(2)  # (舞教〔2022106   签发人:…: a number whose 〕 and 号 the copy lost)

    header["title"] = _find_title(lines, doc_number_line) or index.get("标题", "").strip() or _file_name_title(lines)
    header["title"] = _without_site_name(header["title"])
    header["title"] = _SIGNED_BEFORE_TITLE_RE.sub("", header["title"])
    page_date = _PAGE_DATE_AFTER_TITLE_RE.search(header["title"])
    if page_date:  # 对…建议的答复 ( 2023年05月16日 ): a web page's date after its title
        header["title"] = header["title"][: page_date.start()]
    closing = _NUMBER_CLOSING_TITLE_RE.search(header["title"])
    if closing and closing.start() > 0:  # the page put the number after the title
        header.setdefault("doc_number", re.sub(r"\s+", "", closing.group(1) or closing.group(2)))
        header["title"] = header["title"][: closing.start()].rstrip()
    dashed = _NUMBER_DASH_TITLE_RE.match(header["title"])
    if dashed:  # 德教议复字〔2022〕25号——德江县教育局关于…的答复: a record's name, number first
        header.setdefault("doc_number", re.sub(r"\s+", "", dashed.group(1)))
        header["title"] = header["title"][dashed.end() :]
    if header.get("doc_number"):  # the number opened the title line, bare or in brackets
        opener = next((n for n in (header["doc_number"], f"（{header['doc_number']}）") if header["title"].startswith(n)), "")
        header["title"] = header["title"][len(opener) :].lstrip() if opener else header["title"]
    classed = _CLASS_AFTER_TITLE_RE.search(header["title"])
    if classed:  # …建议的答复函 B: the handling class after the title
        header["title"] = header["title"][: classed.start()]
        header["result"] = classed.group(1)

    for key, regex in (("result", _RESULT_RE), ("publicity", _PUBLICITY_RE)):
        m = regex.search(text[:2000])
        if m:
            header[key] = m.group(1).strip().rstrip("]］】")  # ([办理结果: B]: a field in square brackets)
    if "result" not in header and (coded := _RESULT_CODE_RE.search(text[:2000])):
        header["result"] = coded.group(1)  # [办理结果标注(A1)], (复文分类:B), 类别:A
    elif "result" not in header and _RESULT_CODE_VALUE_RE.fullmatch(index.get("类别", "")):
        header["result"] = index["类别"]  # (签发日期 2021-10-12 发布日期 2021-10-15 类别 A: a spaced record field)
    elif "result" not in header and _RESULT_STATE_RE.search(index.get("办理状态", "")):
        header["result"] = index["办理状态"]  # (办理状态 / 已解决: a record's field, one a line; not 已办结, a stage)
    elif "result" not in header and replying and (coded := _RESULT_CODE_LINE_RE.search(text[:1500])):
        header["result"] = next(group for group in coded.groups() if group)
    m = _SESSION_RE.search(header["title"])
    if m:
        header["session"] = m.group(1)
    where = header["title"] or text[:2000]
    m = _PROPOSAL_RE.search(where) if _PROPOSAL_TAIL_RE.search(where) else None
    m = m or _BRACKETED_NUMBER_RE.search(where) or _BRACKETED_NUMBER_RE.search(text, 0, 2000) or _NUMBER_BEFORE_SUGGESTION_RE.search(where) \
        or _NUMBER_BEFORE_SUGGESTION_RE.search(text, 0, MAX_OPENING_NUMBER_REACH)
    # (关于“疏通…”的建议答复 / 关于县人大十五届三次会议第144号建议的答复: the reply's own title on the next line)
    m = m or next((found for _, _, line in lines[:15] if _REPLY_TITLE_RE.search(line) and (found := _PROPOSAL_RE.search(line))), None)
    m = m or _KIND_BEFORE_NUMBER_RE.search(header["title"]) or _KIND_BEFORE_NUMBER_RE.search(text, 0, MAX_OPENING_NUMBER_REACH) \
        or _NUMBER_IN_TITLE_RE.search(header["title"])
    if m:
        header["proposal_number"] = next(group for group in m.groups() if group)
    elif number := re.search(r"\d+", index.get("序号", "")):
        header["proposal_number"] = number.group()  # 第7号
    for i, (_, _, line) in enumerate(lines[:60]):
        line = line.strip().lstrip("•·").lstrip()  # (• 胡长安代表: a salutation a page's list styled)
        line = _ANSWER_FIELD_RE.sub("", line)  # (办理情况: 杨飞宫代表: a record's answer field, the reply in it)
        m = _DEPUTY_RE.match(line)
        if m is None and (bare := _BARE_SALUTATION_RE.match(line)) and _addresses_you(lines, i):
            m = bare
        if m and not (m.group(1) or m.group(3)).startswith("各") and not _BODY_AS_NAME_RE.search((m.group(1) or m.group(3)).strip()):
            # 尊敬的各位代表, 尊敬的政协委员：您好 name no deputy
            names = _COUNT_AFTER_NAMES_RE.sub("", (m.group(1) or m.group(3)).strip())
            header["deputy"] = _tidy_deputy(_ROLE_AFTER_NAME_RE.sub("", names))  # (尚小豆委员、田海军委员: each name with its role)
            header["deputy_role"] = m.group(2) or m.group(4)
            break
        party = _PARTY_SALUTATION_RE.match(line)
        if party and _opens_reply(lines, i):
            header["deputy"], header["deputy_role"] = party.group(1), PARTY_ROLE
            break
        group = _GROUP_SALUTATION_RE.match(line)
        if group and _opens_reply(lines, i):
            header["deputy"], header["deputy_role"] = group.group(1), GROUP_ROLE
            break
    else:
        before_parts = itertools.takewhile(lambda entry: not _starts_block(entry[2]), lines[:30])  # (a report's example in its parts)
        opening = next((m for _, _, line in before_parts if (m := _OPENING_DEPUTY_RE.match(line))), None)
        if opening and not _NO_NAMED_DEPUTY_RE.match(opening.group(1)):
            # (新区政协严旭兵委员: the body they sit in is no part of the name; 张华等五位委员: nor is 等五位)
            # (…、王凤华委员、乌兰托雅委员 / 提出的…: each name with its role)
            header["deputy"] = _tidy_deputy(_ROLE_AFTER_NAME_RE.sub("", _COUNT_AFTER_NAMES_RE.sub("", re.sub(r"^.*(?:政协|人大)", "", opening.group(1)))))
            header["deputy_role"] = opening.group(2)
        elif index.get("代表"):
            header["deputy"] = index["代表"]
        elif named := _DEPUTY_FIELD_RE.search(text, 0, 2000):
            header["deputy"], header["deputy_role"] = named.group(2), named.group(1)
        elif replying and (proposer := _PROPOSER_RE.search(text, 0, 2000)) \
                and not _NOT_A_PROPOSER_RE.search(proposer.group(1) or proposer.group(3)):  # (a reply's only: minutes name speakers)
            header["deputy"], header["deputy_role"] = proposer.group(1) or proposer.group(3), proposer.group(2) or ""
        elif replying and (party := _PARTY_PROPOSER_RE.search(text, 0, 2000)):
            header["deputy"], header["deputy_role"] = party.group(1), PARTY_ROLE
    named = _DEPUTY_FIELD_RE.search(text, 0, 2000)
    listed = index.get("代表") or (named.group(2) if named else "")
    if header.get("deputy") and listed.startswith(header["deputy"] + "、"):
        header["deputy"] = listed  # 色尔道等代表: under 代表姓名:色尔道、陶力德…: the field names them all
    m = _SUGGESTION_RECORD_RE.match(text) or _SUGGESTION_RE.search(text[:4000]) or _unquoted_suggestion(text[:4000]) \
        or (_MARKED_SUGGESTION_RE.search(text[:4000]) if replying else None)  # (a notice inviting 建议 is no reply)
    if m:
        title = next(group for group in m.groups() if group)
        wrapped = _WRAPPED_SUGGESTION_RE.match(title)
        header["suggestion_title"] = wrapped.group(1) if wrapped else _KIND_AFTER_KIND_RE.sub("", title)
    elif index.get("建议标题") or index.get("提案标题"):
        header["suggestion_title"] = index.get("建议标题") or index["提案标题"]

    # (every date form ends its line in 日, a digit or a mirror's note mark: the cheap test first)
    # (建议提案编号 / 20200420: a record's number, no damaged date)
    dates = [(i, d) for i, (_, _, line) in enumerate(lines)
             if (last := _without_source_run_on(line).rstrip()[-1:]) and (last in "日]" or last.isdecimal()) and line.strip() != index.get("序号")
             and not _below_published_field(lines, i) and (d := _dated(line))]
    if dates:
        header["date"] = dates[0][1]
    elif indexed := _line_date(index.get("成文日期", "")) or _line_date(index.get("发布日期", "")):
        header["date"] = indexed  # (发布日期: 2021- 10- 08 10: 45 is read below, as a stamp)
    elif page_date:
        header["date"] = _line_date(next(group for group in page_date.groups() if group))
    elif (stamped := next((m for _, _, line in lines[:MAX_STAMP_LINE] if (m := _PAGE_STAMP_RE.match(line))), None)):
        header["date"] = _line_date(stamped.group(1))
    elif (field_date := next((d for _, _, line in lines[:MAX_STAMP_LINE] if (d := _page_date_field(line))), "")):
        header["date"] = field_date  # 日期:2025-05-29, 来源:… 时间:…
    elif (clocked := next((m for _, _, line in lines[:MAX_STAMP_LINE] if (m := _CLOCKED_DATE_RE.search(line))), None)):
        header["date"] = _line_date("{}年{}月{}日".format(*clocked.groups()))
    elif signed := list(_RUN_ON_DATE_RE.finditer(text)):
        header["date"] = _line_date(signed[-1].group(1) or signed[-1].group(2))  # …一览表 工业和信息化部2020年12月9日
    issuers = [_body_speaking(_without_second_name(name), text)
               for name in _issuer_candidates(lines, doc_number_line, [i for i, _ in dates], index, header["title"])]
    return header, issuers


# A ministry's or bureau's department signing for it (中国民用航空局综合司) where the text speaks as 我局.
_SIGNING_DEPARTMENT_RE = re.compile(rf"([{CJK}（）()]{{2,30}}(?:委员会|[局部委署]))[{CJK}]{{1,6}}(?<!公)司")


_SECOND_NAME_RE = re.compile(rf"[（(]([{CJK}]{{2,20}})[）)]$")


def _without_second_name(name: str) -> str:
    """A body written with the other name it goes by in brackets (市发改委(市粮储局): one office, two names): the first."""
    second = _SECOND_NAME_RE.search(name)
    first = name[: second.start()] if second else name
    return first if second and _agency_like(first) and _agency_like(second.group(1)) else name


def _body_speaking(name: str, text: str) -> str:
    """The body a signing department writes for, when the text speaks as that body (我局; 我委 for a
    委员会: 国家发展和改革委员会价格司)."""
    department = _SIGNING_DEPARTMENT_RE.fullmatch(name)
    if not department:
        return name
    kind = "委" if department.group(1).endswith("委员会") else department.group(1)[-1]
    return department.group(1) if "我" + kind in text else name


MAX_JOINT_TITLE = 250
_TITLE_ENDINGS = ("通知", "意见", "方案", "计划", "办法", "决定", "批复", "报告", "规划", "纲要", "函", "答复", "命令")
# (101团青湖镇农业和林业草原中心: a production corps regiment, numbered, governs its towns)
_AGENCY_LINE_RE = re.compile(rf"^(?:\d{{1,3}}团)?[{CJK}（）()]{{2,120}}(?:委员会|委|局|厅|部|署|办|办公室|办事处|政府|中心|院|会|联合社|总社|总队|支队|大队|管理办|(?<=[局部委署])[{CJK}]{{1,6}}(?<!公)司)$")


def _agency_like_or_town(name: str) -> bool:
    """A body's name, or a town's or sub-district's (大场镇, 夏阳街道), which write replies too."""
    return _agency_like(name) or bool(re.fullmatch(rf"[{CJK}]{{2,10}}(?:镇|乡|街道)", name))


def _writer_like(name: str, title: str) -> bool:
    """Whether the words before a reply's title name its writer: a body, or a company answering a suggestion
    (国网上海嘉定供电公司对区七届人大…第7-3-046号建议的答复)."""
    return _agency_like(name) or _COMPANY_SIGNATURE_RE.fullmatch(name) is not None and _REPLY_TITLE_RE.search(title) is not None


def _agency_like(line: str) -> bool:
    """Whether a line is a body's name alone (not a title's first line: 关于…, 对河北省第十二届人民代表大会 /
    第二次会议第1322号建议的答复; not a news title about a meeting: 禄劝组织召开…规划项目评审会)."""
    return bool(_AGENCY_LINE_RE.match(line)) and "关于" not in line and not line.startswith("对") and not _MEETING_LINE_RE.search(line)


_MEETING_LINE_RE = re.compile("召开|举行")


_JOINED_OFFICES_RE = re.compile(r"(?<=办公厅)(?=\S)")


def _joined_offices(name: str) -> list[str]:
    """工业和信息化部办公厅公安部办公厅…: offices run together, each signing (not 国务院办公厅秘书局, one
    office's unit)."""
    parts = [p for p in _JOINED_OFFICES_RE.split(name) if p]
    return parts if all(p.endswith("办公厅") for p in parts) else [name]


def _signature_block(lines: list[tuple[int, int, str]], date_line: int) -> list[str]:
    """The agency lines right above a closing date (joint documents sign one per line)."""
    block: list[str] = []
    for back in range(date_line - 1, max(-1, date_line - 16), -1):
        cand = closed_up(lines[back][2].strip())  # (国 务 院: one name spaced out to fill the line)
        if not cand:
            continue
        names = [n for name in cand.split() for n in _joined_offices(name)]  # 科技部 国家发展改革委 … on one line
        if not block and _COMPANY_SIGNATURE_RE.fullmatch(cand) and _COMPANY_SELF_RE.search(_text_of(lines)):
            return [cand]  # (盘锦水务集团有限公司 over the date of a reply that speaks as 我集团: a company answers)
        if not all(_agency_like(n) for n in names):
            break  # (工业和信息化部办公厅公安部办公厅…: offices run together, each one signing)
        block[:0] = names
    return block


# A company that answers a suggestion itself (a city's water, bus or power company): its name alone above the date, in
# a text that speaks as the company (我公司, 我集团).
_COMPANY_SIGNATURE_RE = re.compile(rf"[{CJK}（）()]{{4,40}}(?:有限责任公司|有限公司|集团|公司)")
_COMPANY_SELF_RE = re.compile("我(?:公司|集团)|本公司")


def _text_of(lines: list[tuple[int, int, str]]) -> str:
    """The text the lines hold, for a search across them (the signature reader is handed lines, not the text)."""
    return "\n".join(line for _, _, line in lines)


# A portal's office as a page's publisher (发布机构：政府办公室): it posts what others wrote.
# (发文机关: 天水市人民政府办公室 over 天水市交通运输局关于…的答复: a place's portal is its government office's)
_SITE_OFFICE_RE = re.compile(rf"(?:[{CJK}]{{2,12}}?[省市县区州盟旗])?(?:人民)?政府办公[室厅]|办公[室厅]")
_LEVEL_GOVERNMENT_RE = re.compile("[省市区县](?:人民)?政府")  # (区人民政府办公室: named by its level alone; not 市中区人民政府)
_YEAR_BEFORE_WRITER_RE = re.compile(r"^\d{4}\s*年度?")  # 2022年度市中区人民政府关于…


def _abbreviates(short: str, full: str) -> bool:
    """Whether a level's short form keeps the full name's characters in order (市建委 for 杭州市城乡建设委员会, 弥勒市工商信局
    for 弥勒市工业商务和信息化局, the place they both open with read as its level), or names by its level the place the
    full name writes without it (市滨海新区管委会 for 瑞安滨海新区管委会)."""
    shared = os.path.commonprefix([short, full])
    level = max(shared.rfind(c) for c in "省市区县")
    if level > 0:
        short, full = short[level:], full[level:]  # (弥勒市工商信局: 市工商信局)
    if len(short) < 3 or short[0] not in "省市区县":
        return False
    if short[0] not in full:
        return full.endswith(short[1:]) and is_place(full[: len(full) - len(short) + 1] + short[0])
    rest = iter(full[full.index(short[0]) + 1 :])
    return all(char in rest for char in short[1:])


# A page's publisher field naming the site's account, no body (发布机构: 铁岭县管理员).
# (发布机构: 人民政府: a kind, no body; 发文机关: 塔城市人民政府网: the website)
_SITE_ACCOUNT_RE = re.compile("管理员$|^admin|^(?:人民)?政府$|网站?$|(?:大数据|信息|融媒体)(?:发展)?中心$", re.I)  # (大数据发展中心: the portal's operator)


# A title's writer replying before the suggestion's title (国家矿山安全监察局会同有关部门答复关于…的提案).
_REPLYING_WITH_RE = re.compile(rf"(?:会同[{CJK}、]{{2,20}}?)?(?:答复|回复|复函)$")


def _issuer_candidates(lines: list[tuple[int, int, str]], doc_number_line: int, date_lines: list[int],
                       index: dict[str, str], title: str) -> list[str]:
    """Raw issuer names, best source first: the line above the 文号, the signature, the index, the title."""
    if doc_number_line > 0 and not _INDEX_HEADER_RE.match(lines[doc_number_line][2]):
        for back in range(doc_number_line - 1, max(-1, doc_number_line - 4), -1):
            cand = lines[back][2].strip()
            if cand:
                if _agency_like(cand):
                    return [cand]
                break
    for date_line in date_lines:
        block = _signature_block(lines, date_line)
        if block:
            return block
    if index.get("发布单位") and not _SITE_ACCOUNT_RE.search(index["发布单位"]):
        # (市中区人民政府办公室转发区财政局关于…: the office forwarding it writes)
        titled = _YEAR_BEFORE_WRITER_RE.sub("", title.split("关于", 1)[0].split("转发", 1)[0].strip()) if "关于" in title \
            else title.split("对", 1)[0].strip() if "对" in title else ""  # (文化和旅游部对…第6390号建议的答复)
        # (发布机构: 下陆区政府办公室 over 区人民政府办公室关于…: the title's writer named by its level alone is no fuller)
        published_by_site = _SITE_OFFICE_RE.fullmatch(index["发布单位"]) is not None and not _LEVEL_GOVERNMENT_RE.match(titled)
        fuller = titled.endswith(index["发布单位"])
        # (发布机构: 非物质文化遗产司 for a reply that speaks as 我部: the ministry its title names wrote it)
        speaking = titled[-1:] in "部委局厅署" and index["发布单位"].endswith("司") \
            and any("我" + titled[-1] in line for _, _, line in lines)
        if (published_by_site or fuller or speaking or titled.startswith(index["发布单位"]) or _abbreviates(index["发布单位"], titled)) \
                and titled != index["发布单位"] and _agency_like(titled):
            # published by 新密市人民政府, written by its 办公室; or published by the portal's 政府办公室 and
            # written by 市中区人民政府 (the title says so); or by 区综合行政执法局, which the title names in
            # full (舟山市定海区综合行政执法局)
            return [titled]
        # (发布机构: 镇安县政府 over a reply that speaks as 我局: the portal's government posts it, another body wrote it)
        published = [s for s in re.split(r"[、，,；;\s]+", index["发布单位"]) if s and _may_be_writer(s, lines)]
        if published:
            return published
    before_about = _REPLYING_WITH_RE.sub("", title.split("关于", 1)[0].strip())  # (X会同有关部门答复关于…的提案: X)
    # (南港镇2023年人大代表建议办理答复（舒城县水利局关于…的函）: the bracket's own title names the writer)
    before_about = re.split("[（(]", before_about)[-1] if title.endswith(("）", ")")) else before_about
    if "关于" in title and not title.startswith("关于") and not _starts_block(title) \
            and _agency_like(re.split(r"[、，,\s]+", before_about)[0]):
        # (not 省十三届人大三次会议《关于…的建议》的答复; A办公厅、B办公厅关于…: both; X转发Y关于…: X)
        # (哈尔滨市木兰县人民政府 政策文件 关于…: a site's column name before 关于 is no writer)
        return [name for joint in re.split(r"[、\s]+", before_about.split("转发", 1)[0])
                for name in _PARTY_THEN_GOVERNMENT_RE.sub(r"\1 \2", joint).split() if name and _agency_like(name)]
    if "对" in title and _writer_like(writer := _YEAR_BEFORE_WRITER_RE.sub("", title.split("对", 1)[0]).strip(), title):
        # 上海市静安区人民政府对市十五届人大…建议的会办意见 (2019年县人社局对…: the year aside; 南宫市交通运输局 对…: a space)
        return [writer]
    if index.get("机构名称") and _agency_like_or_town(index["机构名称"]):
        return [index["机构名称"]]  # 机构名称: 大场镇 in a page's record (a 公示 lists other bodies so)
    for date_line in reversed(date_lines):
        names, _ = _signed_line(lines[date_line][2])
        if names:
            return names
    if index.get("主办单位"):
        return [index["主办单位"]]
    handling = next((m.group(1) for _, _, line in lines[:MAX_HANDLING_RECORD_LINE] if (m := _HANDLING_UNIT_LINE_RE.match(line))), "")
    if _agency_like(handling):
        return [handling]  # (a handling record's 承办单位:泸西县交通运输局 over the reply's summary: one body, its writer)
    return _footer_signature(lines) or _printing_office_body(lines) or _contact_unit(lines) or _opening_unit(lines) \
        or _header_agency_line(lines) or _bracketed_title_writer(title) \
        or _source_site_unit(lines) or _reply_lead_unit(lines) or _opening_actor(lines) or _recurring_actor(lines) \
        or _own_office_body(lines) or _self_kind_actor(lines) or _thanked_body(lines) or _own_plan_writer(lines) \
        or _asked_body(lines) or _breadcrumb_body(lines)


# A Party committee and the government of its place written together with nothing between them (中共连江县委连江县人民政府
# 关于…的通知): two issuers.
_PARTY_THEN_GOVERNMENT_RE = re.compile(r"^(中共[^、\s]{2,12}?委(?:员会)?(?:办公室)?)([^、\s]{2,12}?(?:人民)?政府(?:办公室)?)$")


# A body of the kind the reply calls itself (我厅 … 省文化和旅游厅充分发挥…) opening a clause of the paragraph
# right after its opening, acting: the writer naming itself once.
_KIND_ACTOR_RE = re.compile(rf"(?:^|(?<=[。；;！!，,]))\s*([{CJK}]{{2,16}}?(?:总局|局|委员会|委|厅|办|中心|署|部))"
                            "(?=充分|积极|大力|持续|不断|认真|始终|全力|主动|切实|深入|着力|坚持|高度重视)")


def _self_kind_actor(lines: list[tuple[int, int, str]]) -> list[str]:
    opened = _reply_opening_line(lines)
    if opened is None:
        return []
    paragraphs = [line for _, _, line in lines[opened : opened + 8] if line.strip()][:MAX_OPENING_PARAGRAPHS]
    kind = _self_kind(lines, opened)
    if kind is None or any(_SELF_HELPING_RE.search(paragraph) for paragraph in paragraphs):
        return []  # (…始终坚持…，我局积极配合: another body acts, the writer helps)
    local = _answers_local_session(lines[: opened + 1])
    names = {m.group(1) for paragraph in paragraphs for m in _KIND_ACTOR_RE.finditer(paragraph)} \
        or {m.group(1) for _, _, line in lines[opened + 1 :] for m in _KIND_LEADER_RE.finditer(line)}
    names = {name for name in names if name.endswith(kind.group(1)) and _may_write_reply(name, local)
             and not _no_one_writer(name)}
    return list(names) if len(names) == 1 else []


# Anywhere in the reply, a body of that kind opening a clause to lead others in a joint task (2024年4月7日,自治区卫生健康委
# 会同自治区市场监督管理局…联合下发…): the writer naming itself once (not …，和市财政局联合写请示: the writer's partner).
_KIND_LEADER_RE = re.compile(rf"(?:^|(?<=[。；;！!，,]))\s*(?:\d{{4}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?[，,]?)?"
                             rf"(?!和[省市区县])([{CJK}]{{2,16}}?(?:总局|局|委员会|委|厅|办|中心|署|部))(?=会同|联合)")



# An unsigned reply's thanks for the deputy's regard for the writer's own work (感谢您对城北路街道办事处经济和社会
# 事业发展的关心和支持): the body it names is the writer (感谢您对我区教育的关注 names a place, no body).
_THANKED_BODY_RE = re.compile(
    rf"感谢(?:您|你)们?(?:一直以来)?对([{CJK}]{{2,20}}?(?:街道办事处|人民政府|委员会|[局委厅办]|中心|总工会|联合会))(?=工作|经济|事业|各项|的)")


def _thanked_body(lines: list[tuple[int, int, str]]) -> list[str]:
    return _one_writer_named({m.group(1) for _, _, line in lines for m in _THANKED_BODY_RE.finditer(line)})


def _one_writer_named(names: set[str]) -> list[str]:
    """The one body among ``names`` that may write a reply, if only one may."""
    names = {name for name in names if _agency_like(name) and not _NO_WRITER_RE.search(name)}
    return list(names) if len(names) == 1 else []


# An unsigned reply's writer naming its own plan (我局制定了《砀山县生态环境分局2025年度水环境专项执法计划》): the body
# the title opens with, of the kind the reply calls itself, before a year or 关于.
_OWN_PLAN_RE = re.compile(rf"我(局|委|厅|办)[^。；;\n]{{0,12}}?(?:制定|印发|出台|编制)了?《([{CJK}]{{4,20}}?\1)(?=\d{{4}}年|关于)")


# …or a sentence opening on the making of a document its writer's name heads (一是制定措施抓好落实。制定了《福建省民政厅关于
# 印发…的通知》), in a reply that calls itself by that kind (我厅).
_ISSUED_OWN_TITLE_RE = re.compile(rf"(?:^|[。；;：:])\s*(?:制定|印发|出台|编制)了?《([{CJK}]{{4,20}}?([局委厅办]))(?=\d{{4}}年|关于)")


def _own_plan_writer(lines: list[tuple[int, int, str]]) -> list[str]:
    named = {m.group(2) for _, _, line in lines for m in _OWN_PLAN_RE.finditer(line)}
    if not named:
        named = {m.group(1) for _, _, line in lines for m in _ISSUED_OWN_TITLE_RE.finditer(line) if _calls_itself(lines, m.group(2))}
    return _one_writer_named(named)


def _calls_itself(lines: list[tuple[int, int, str]], kind: str) -> bool:
    """Whether the text speaks as a body of ``kind`` (我局 for 局): the writer its fallbacks look for is of that kind."""
    return any("我" + kind in line for _, _, line in lines)


# The body a suggestion asks to act (建议住建局能为周边居民着想…), of the kind an unsigned reply calls itself (我局): the one
# it was given to, which answers it.
_ASKED_BODY_RE = re.compile(rf"建议([{CJK}]{{2,12}}?([局委厅]))(?=能|要|尽快|加快|积极|进一步|对|在|把|将|牵头|协调)")


def _asked_body(lines: list[tuple[int, int, str]]) -> list[str]:
    return _one_writer_named({m.group(1) for _, _, line in lines for m in _ASKED_BODY_RE.finditer(line) if _calls_itself(lines, m.group(2))})


# A page's breadcrumb over an unsigned reply (首页>部门信息公开目录>市交通运输局>回应关切): the section it names of the kind the
# reply calls itself (我局) is its writer's.
_BREADCRUMB_SPLIT_RE = re.compile(r"\s*[>＞›»]\s*")
MIN_BREADCRUMB_STEPS = 3


def _breadcrumb_body(lines: list[tuple[int, int, str]]) -> list[str]:
    steps = [step for _, _, line in lines[:MAX_OPENING_LINES] if len(parts := _BREADCRUMB_SPLIT_RE.split(line)) >= MIN_BREADCRUMB_STEPS
             for step in parts]
    return _one_writer_named({step for step in steps if step.endswith(("局", "委", "厅")) and _calls_itself(lines, step[-1])})


# An unsigned reply's writer names itself taking up the suggestion: 市商务委收到您的提案后高度重视,
# 市农业农村委领导高度重视您的建议.
_TAKES_UP_RE = re.compile(
    rf"(?:^|[。，,；;：:])\s*([{CJK}]{{2,24}}?)(?:领导)?(?:在|于)?(?:收到|接到|高度重视|十分重视|非常重视|认真研究)(?:了)?(?:您|你|(?<=重视)[，,])"
    # 您的建议已交由省营商环境建设局办理 (not 该建议由我局会同…办理, 由市交通委主办，我局会办)
    rf"|(?:建议|提案|议案)[^。，,；;]{{0,12}}?(?:交由|由)([{CJK}]{{2,24}}?)(?:负责)?办理")
MAX_OPENING_LINES = 12
# Bodies that take a suggestion up only to hand it on, or whose regard sets the scene: never the writer.
_NO_WRITER_RE = re.compile("人大|政协|常委会|办公厅|会同|我|[省市区县]委[省市区县]?(?:人民)?政府|" + _DEMOCRATIC_PARTY_PATTERN)
_HANDED_ON_RE = re.compile("[^。]*?(?:转交|移交|交由我|交我|转我)")  # (in the same sentence)


def _opening_unit(lines: list[tuple[int, int, str]]) -> list[str]:
    """The body the opening of a reply (one that speaks to 您/你) says took up the suggestion, for a
    reply signed nowhere."""
    opening = lines[:MAX_OPENING_LINES]
    if not any("您" in line or "你" in line for _, _, line in opening):
        return []  # no reply: a notice's 由…办理 names who handles a matter, not who wrote it
    local = _answers_local_session(opening)
    for _, _, line in opening:
        for m in _TAKES_UP_RE.finditer(line):
            name = m.group(1) or m.group(2)
            if _may_write_reply(name, local) and _may_be_writer(name, lines) and not _HANDED_ON_RE.match(line, m.end()):
                return [_named_town_body(name, lines) or name]
    return []


# A town's bodies named by their level alone (镇党委和政府高度重视): the town the reply names most is theirs.
_TOWN_BODY_RE = re.compile("(镇|乡)(?:党委)?[和、]?(?:人民)?政府")
_NOT_A_TOWN_HEAD = frozenset("城乡村集重小名古特")  # (城镇, 乡镇, 村镇, 集镇, 重镇: kinds of town)
MIN_TOWN_MENTIONS = 2


def _named_town_body(name: str, lines: list[tuple[int, int, str]]) -> str:
    """镇党委和政府 → 桃浦镇人民政府 when the text names 桃浦镇 most (at least twice); ""."""
    level = _TOWN_BODY_RE.fullmatch(name)
    if not level:
        return ""
    text = "\n".join(line for _, _, line in lines)
    counts: dict[str, int] = {}
    for m in re.finditer(rf"([{CJK}]{{2}}){level.group(1)}", text):
        if m.group(1)[0] not in _NOT_A_TOWN_HEAD and m.group(1)[1] not in _NOT_A_TOWN_HEAD:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    town = most_counted(counts, MIN_TOWN_MENTIONS)
    return town + level.group(1) + "人民政府" if town else ""


def _answers_local_session(lines: list[tuple[int, int, str]]) -> bool:
    """Whether these lines name a local congress or committee as the one answered (省十三届人大, 区政协)."""
    return LOCAL_SESSION_RE.search("\n".join(line for _, _, line in lines)) is not None


def _may_write_reply(name: str, local: bool) -> bool:
    """Whether a body an unsigned reply's opening names may be its writer: a body, no higher one whose
    regard sets the scene, none that hands the suggestion on, and no national body in a reply to a
    local session (教育部高度重视 there sets the scene)."""
    return _agency_like(name) and not _HIGHER_BODY_RE.fullmatch(name) and not _NO_WRITER_RE.search(name) \
        and not (local and _NATIONAL_BODY_RE.search(name))


# The first thing an unsigned reply says after its opening is often what its writer did: 近年来，上海市市场
# 监管局会同…; 新冠肺炎疫情发生以来，应急管理部、国家发展改革委…等认真贯彻…; 市场监管总局等部门高度重视.
_OPENING_LEAD_RE = re.compile("^(?:(?:[一二三四五六七八九十]+是|首先|其次|同时|此外)[，,]?)?(?:近年来|近年|目前|多年来|今年以来|近期|[^，,。！!]{0,20}?以来)?[，,]?")
# In the paragraph right after the opening, a purpose and a year may come first (为加快推进…建设，2020年，四川省民政厅
# 联合…); later, a purpose leads into another body's work the writer reports (三是…。为推动…，南阳市交通运输局会同…).
# (近年来，在省委、省政府的坚强领导…下，省文化和旅游厅不断完善…: whose support it had, then the writer)
# (为坚持好…,充分发挥…,及时有效把…,近年来,河南省司法厅坚持…: a purpose of several clauses, then a time)
_FIRST_PARAGRAPH_LEAD_RE = re.compile(
    "^(?:(?:为|针对)[^。！!]{2,160}?[，,](?:近年来|近年|多年来|今年以来)[，,]?|(?:为|针对)[^，,。！!]{2,60}?[，,])?"
    "(?:在[^，,。！!]{2,60}?下[，,])?(?:[0-9]{4}年(?:[0-9]{1,2}月)?[，,]?)?")
# The kind of body a reply calls itself (我局 …) must be the kind the opening's body is; a reply speaking
# as a place (我区, 我县) is its government's, and no department opening it is the writer.
_SELF_KIND_RE = re.compile("我(局|委|厅|部|办|中心|署)")
_NOT_A_WRITER_HEAD_RE = re.compile("^(?:经与|经|与|向|对|在|由|社区|各|有关|相关|物业)")
# (文化和旅游厅 has 和 in its name; 市财政局和教育局 is two bodies, 积极与自治区乡村振兴局等厅局 a list of them)
_TWO_BODIES_RE = re.compile("[局委厅办部署][和及与、等]")
_VERB_INSIDE_RE = re.compile("已|将|责成|要求|督促|通过|会同|联合|向")


def _no_one_writer(name: str) -> bool:
    """Whether a body opening a clause cannot be the writer: a clause's word before it, two bodies joined, or a
    verb inside (旗政府已责成旗旅游局: one body charging another)."""
    return _NOT_A_WRITER_HEAD_RE.match(name) is not None or _TWO_BODIES_RE.search(name) is not None \
        or _VERB_INSIDE_RE.search(name) is not None
# A body's name as an unsigned reply's opening writes it, before what it does.
_OPENING_BODY = rf"([{CJK}（）]{{2,20}}?(?:总局|局|委员会|委|厅|部|署|办公室|办|中心))"
_OPENING_ACTOR_RE = re.compile(
    _OPENING_BODY + "(?=(?:党组)?(?:会同|联合|协同|(?:等部门|等单位)?(?:高度重视|十分重视|非常重视)"
    "|(?:始终)?坚持|始终把|一直高度|一直把|(?:深入|认真|全面)(?:学习)?贯彻|(?:深入|积极|大力|全面)推进|(?:紧紧)?围绕|紧扣|不断完善|不断加强|积极参与"
    "|通过|利用|(?:不)?定期))")
# (近年来，乐山市司法局始终坚持…; 河南省司法厅坚持把…; 郑州市教育局深入贯彻落实…; 省环保厅围绕…; 临沂市司法局积极参与…;
# 商务厅党组深入贯彻…; 市富硒产业办紧紧围绕…; 市水利局通过压紧压实…; 县生态环境局不定期对…; 内蒙古自治区地震局深入推进…)
# In the paragraph right after the opening, a body saying it will help or join others writes the reply too (针对…问题，
# 平桥区城市管理局将配合辖区办事处…); later, 下一步体育总局将会同… may be a higher body's plan the reply reports.
_FIRST_PARAGRAPH_ACTOR_RE = re.compile(_OPENING_BODY + "(?=将(?:积极)?(?:配合|会同|联合))")
# 财政局对青云工业园区基础配套设施建设发展高度重视: the writer, when it never calls itself 我局 (a 市水利局 regarding
# 我县's work, then 我局…, is a higher body setting the scene)
_REGARDING_ACTOR_RE = re.compile(_OPENING_BODY + "(?=对[^，,。；;]{2,40}?(?:高度重视|十分重视|非常重视))")
# 市应急管理局对您提出的建议高度重视: the body regarding the deputy's own point writes, however it calls itself
_REGARDS_YOUR_POINT_RE = re.compile(r"(?:^|(?<=[。，,；;！!]))" + _OPENING_BODY + "(?=对(?:您|你)[^，,。；;]{0,20}?(?:建议|提案)[^，,。；;]{0,6}?(?:高度重视|十分重视|非常重视))")
# …提案收悉。提案由自治区文化和旅游厅主办,自治区发展改革委…会办: the body the suggestion went to writes the reply.
_HOSTED_BY_RE = re.compile(r"(?:建议|提案|议案)》?(?:已)?(?:交)?由" + _OPENING_BODY + "(?:主办|负责办理|牵头办理)")
# (…,并列举出一系列问题。针对这些问题,市公安局领导班子组织人员认真研究,…。现答复如下: the body that studied it writes)
# (…代表提出的《…》(第24号),市退役军人事务局党组高度重视,认真研究,…: likewise)
_STUDIED_BY_RE = re.compile(r"(?:^|(?<=[。，,]))" + _OPENING_BODY + "(?=(?:领导班子|党组)?(?:高度重视[，,]?)?(?:组织[^，,。；;]{0,6}?)?认真研究)")
_ALWAYS_ACTING_RE = re.compile("始终|一直")  # (…始终坚持…，我局积极配合: another body's stance, the writer helps)
_SELF_HELPING_RE = re.compile("我(?:局|委|厅|部|办|中心|署)(?:积极|主动|全力)?(?:配合|协助|参与|支持)")
_NATIONAL_BODY_RE = re.compile("部$|^国家|^国务院|总局$")
# A reply to a local congress or committee (省十三届人大, 区政协) is no national body's.
_NATIONAL_SESSION_RE = re.compile("全国人大|全国人民代表大会|全国政协|全国委员会")
LOCAL_SESSION_RE = re.compile("[省市区县州旗](?:第?[一二三四五六七八九十]+届)?[一二三四五六七八九十次]*(?:人大|政协)")
MAX_OPENING_SENTENCES = 4
MAX_OPENING_PARAGRAPHS = 3  # the paragraph after the opening, a part's heading, and the part's first paragraph


def _self_kind(lines: list[tuple[int, int, str]], opened: int) -> re.Match[str] | None:
    """The kind of body an unsigned reply calls itself after its opening (我局, 我厅: 局, 厅), if it does."""
    return _SELF_KIND_RE.search("\n".join(line for _, _, line in lines[opened : opened + MAX_SELF_KIND_LINES]))


MAX_SELF_KIND_LINES = 30


def _opening_actor(lines: list[tuple[int, int, str]]) -> list[str]:
    """The body that opens a sentence of the paragraph after an unsigned reply's opening (…答复如下),
    acting, when it is one body and no higher one."""
    opened = _reply_opening_line(lines)
    if opened is None:
        return []
    opening = lines[opened][2]
    rest = opening[max((m.end() for m in _REPLY_OPENING_RE.finditer(opening)), default=0) :].lstrip("：:，,。 ")  # run on after it
    # (提案分析了我省… / 一、关于…的建议 / 省科技厅高度重视…: the writer may open the first part's paragraph)
    paragraphs = ([rest] if rest else []) + [line for _, _, line in lines[opened + 1 : opened + 8] if line.strip()]
    kind = _self_kind(lines, opened)
    local = _answers_local_session(lines[: opened + 1])
    hosted = _HOSTED_BY_RE.search(opening) or _STUDIED_BY_RE.search(opening) or _REGARDS_YOUR_POINT_RE.search(opening)
    if hosted and _may_write_reply(hosted.group(1), local) and "、" not in hosted.group(1) \
            and (kind is None or hosted.group(1).endswith(kind.group(1))):  # (文化和旅游厅: one body, 和 in its name)
        return [hosted.group(1)]
    sentences = [(index, s) for index, paragraph in enumerate(paragraphs[:MAX_OPENING_PARAGRAPHS])
                 for s in re.split("[。！!；;]", paragraph)[:MAX_OPENING_SENTENCES]]
    for index, sentence in sentences:
        sentence = _OPENING_LEAD_RE.sub("", sentence.strip())
        sentence = _FIRST_PARAGRAPH_LEAD_RE.sub("", sentence) if index == 0 else sentence
        m = _OPENING_ACTOR_RE.match(sentence) or (_REGARDING_ACTOR_RE.match(sentence) if kind is None else None) \
            or (_FIRST_PARAGRAPH_ACTOR_RE.match(sentence) if index == 0 else None)
        name = m.group(1) if m else ""
        if m and _may_write_reply(name, local) and not _no_one_writer(name) and "提出" not in _FIRST_CLAUSE_RE.match(sentence).group() \
                and not (_ALWAYS_ACTING_RE.match(sentence, m.end()) and _SELF_HELPING_RE.search(sentence)) \
                and (kind is None or name.endswith(kind.group(1))):  # (…也提出了建议: a proposer)
            return [name]
    return []


_REPLY_OPENING_RE = re.compile("(?:答复|回复)如下|收悉")
_FIRST_CLAUSE_RE = re.compile("[^，,]*")  # (…也提出了建议 in the actor's own clause: a proposer; 针对您提出的… later: the writer's work)


def _reply_opening_line(lines: list[tuple[int, int, str]]) -> int | None:
    """The line near the top that opens the reply (…收悉，现答复如下), or else the one that names the suggestion
    it answers (…代表提出的《关于…的建议》(第24号),市退役军人事务局党组高度重视,…); None."""
    # (a page may put a blank line after each)
    written = list(itertools.islice((i for i, (_, _, line) in enumerate(lines) if line.strip()), MAX_OPENING_LINES))
    opening = next((i for i in written if _REPLY_OPENING_RE.search(lines[i][2])), None)
    return opening if opening is not None else next((i for i in written if _SUGGESTION_NAMED_RE.search(lines[i][2])), None)


_SUGGESTION_NAMED_RE = re.compile(r"提出的[《“]关于[^》”\n]{2,80}[》”](?:[（(][^）)\n]{1,20}[）)])?[，,]")


# A body opening clauses of an unsigned reply (…。体育总局着力解决…；下一步体育总局将会同…): one that
# speaks of itself by name, not as 我局.
_CLAUSE_ACTOR_RE = re.compile(
    rf"(?:^|(?<=[。；;！!，,\n]))\s*(?:下一步|今年|目前|同时|此外|近年来|近期|截至[^，,。]{{0,12}}[，,])?"
    rf"([{CJK}]{{2,12}}?(?:总局|局|委员会|委|厅|部|署|办))(?=[{CJK}])(?![的和与及等、局委厅部署办])")
MIN_RECURRING_ACTOR = 3
_OWN_MEETING_RE = re.compile("经(局|委|厅|办)(?:党组|长)?(?:办公会|务会|党组会)")  # the meeting of the body that replies
_OWN_GOVERNMENT_RE = re.compile("我[区县市省州旗](?:人民)?政府")


def _recurring_actor(lines: list[tuple[int, int, str]]) -> list[str]:
    """The body an unsigned reply names as the actor of its clauses again and again (at least
    three times, more than twice as often as any other): a writer that speaks of itself by name."""
    opened = _reply_opening_line(lines)
    if opened is None:
        return []
    body = "\n".join(line for _, _, line in lines[opened + 1 :])
    if _SELF_KIND_RE.search(body) or _OWN_GOVERNMENT_RE.search(body):
        # (我局将会同…: the writer speaks as itself, the body named again and again is another;
        # 我区政府领导高度重视，责成…城管委: a government's reply, telling of its departments)
        return []
    local = _answers_local_session(lines[: opened + 1])
    ranked = Counter(m.group(1) for m in _CLAUSE_ACTOR_RE.finditer(body) if not m.group(1).startswith("经")).most_common(2)
    # (经委办公会研究同意: a 委 wrote it, so a 委 the clauses name twice is enough)
    meeting = _OWN_MEETING_RE.search("\n".join(line for _, _, line in lines[: opened + 1]))
    least = MIN_RECURRING_ACTOR - 1 if ranked and meeting and ranked[0][0].endswith(meeting.group(1)) else MIN_RECURRING_ACTOR
    if not ranked or ranked[0][1] < least or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return []
    name = ranked[0][0]
    if not _may_write_reply(name, local) or _no_one_writer(name):
        return []
    return [name]


# A ministry's or commission's general office or department, named where it acted (自然资源部办公厅印发…).
_OFFICE_OF_BODY_RE = re.compile(rf"([{CJK}]{{2,20}}?(?:委员会|[局部委署]))(?:办公厅|[{CJK}]{{1,6}}(?<!公)司)")


def _own_office_body(lines: list[tuple[int, int, str]]) -> list[str]:
    """An unsigned reply to a national session that speaks as 我部 (我委) and names the office or a department
    of one ministry (commission) only (自然资源部办公厅): that ministry wrote it."""
    opened = _reply_opening_line(lines)
    if opened is None:
        return []
    text = "\n".join(line for _, _, line in lines[opened:])
    kind = _SELF_KIND_RE.search(text)
    if kind is None or not _NATIONAL_SESSION_RE.search("\n".join(line for _, _, line in lines[: opened + 1])):
        return []  # (a county's 我局 citing 国家林草局办公厅印发…: the office is another body's)
    endings = ("委", "委员会") if kind.group(1) == "委" else (kind.group(1),)
    bodies = {m.group(1) for m in _OFFICE_OF_BODY_RE.finditer(text) if m.group(1).endswith(endings)}
    return list(bodies) if len(bodies) == 1 and _agency_like(next(iter(bodies))) else []


_HIGHER_BODY_RE = re.compile("[省市区县]委|[省市区县]政府|[省市区县]人民政府|党中央|国务院")  # whose regard sets the scene


# A news page quoting a reply names its writer in the lead: 近日，工信部在答复…第2524号提案时表示.
_REPLY_LEAD_RE = re.compile(
    rf"(?:^|[，,。；;\s])([{CJK}]{{2,24}}?)(?:近日|日前|近期)?[，,]?(?:在|对)?[答回]复[^。\n]{{0,40}}第\s*\d+\s*号(?:建议|提案|议案)")


def _reply_lead_unit(lines: list[tuple[int, int, str]]) -> list[str]:
    """The body the lead says replied, for a page that quotes a reply and names no writer otherwise."""
    for _, _, line in lines[:MAX_HEADER_LINES]:
        m = _REPLY_LEAD_RE.search(line)
        if m and _agency_like(m.group(1)):
            return [m.group(1)]
    return []


# A web copy's 来源 field (来源: 农业农村部网站): the site's body published it, for a page that
# names its writer nowhere else (我部…).
# (来源:交通局; 作者:省发展改革委: a page's author field naming a body, not a person)
# (编辑:住建厅村镇处审核员, 编辑:文化旅游厅信息员: the body whose staff edited the page)
# (来源:内蒙古自治区供销合作社联合社发布时间:2023-10-16: the next field run on with no space)
_SOURCE_FIELD_RE = re.compile(
    rf"(?:来\s*源|作\s*者|编\s*辑)\s*[：:]\s*([{CJK}（）()]{{2,40}}?)(?:门户网站|网站|官网|信息员|审核员)?(?=\s|$|发布|时间|日期|浏览|点击)")
MAX_SOURCE_LINE = 8
# A body's division posting its page (农业农村厅发展规划处): the body writes.
_DIVISION_OF_BODY_RE = re.compile(rf"^([{CJK}]{{2,20}}?(?:厅|局|委))[{CJK}]{{2,10}}?(?:处|科|室)$")
# A page's posting line: the date and time, then the body that posted it (2023年09月05日 18:20  州农业农村局).
_POSTED_BY_RE = re.compile(rf"^\s*\d{{4}}[年\-/]\d{{1,2}}[月\-/]\d{{1,2}}日?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+([{CJK}（）()]{{2,40}}?)\s*$")


MAX_HEADER_LINES = 4


_JOINT_HEAD_SPLIT_RE = re.compile(r"[ \t　]{2,}|、")
MAX_LETTERHEAD_LINE = 2  # the joint letterhead is the first or second line with words (a page's title may come first)


_SITE_COLUMN_AFTER_RE = re.compile(r"[ \t　]+(?:工作动态|政务动态|新闻动态|通知公告|政务公开|信息公开|建议提案(?:办理)?|政策文件)$")


def _header_agency_line(lines: list[tuple[int, int, str]]) -> list[str]:
    """A body's name alone on a line at the top (a report's 州水利局 under its meeting line), for a
    text that names its writer nowhere else."""
    for seen, (index, (_, _, line)) in enumerate([(i, ln) for i, ln in enumerate(lines) if ln[2].strip()][:MAX_HEADER_LINES]):
        name = _SITE_COLUMN_AFTER_RE.sub("", line.strip())  # (国家中医药管理局 工作动态: the site's name, then its column)
        if _agency_like(name) and len(name) <= MAX_SIGNATURE_LINE and _may_be_writer(name, lines) \
                and not _opens_reply(lines, index):  # (the line the reply opens after is its addressee)
            return [name]
        # (伊金霍洛旗委办公室  旗人民政府办公室: a joint letterhead among the first lines, its bodies kept apart by
        # spaces; not a table's cell under its label, 责任单位 / 卫健局、文旅局)
        joint = [name for name in _JOINT_HEAD_SPLIT_RE.split(line.strip()) if name] if seen < MAX_LETTERHEAD_LINE else []
        if len(joint) > 1 and all(_agency_like(name) and len(name) <= MAX_SIGNATURE_LINE for name in joint):
            return joint
    return []


_DEPARTMENT_SELF_RE = re.compile("我(?:局|委|厅|办|会|中心|大队|馆|公司|集团)")  # (我会: a federation such as 总工会 writing)


_OWN_OFFICE_RE = re.compile("[厅局委部]办公[室厅]")


def _may_be_writer(name: str, lines: list[tuple[int, int, str]]) -> bool:
    """A portal's government (沙河市人民政府) is no writer of a text that speaks as 我局 or 我委; a
    democratic party's committee (农工党黄石市委员会, alone on the addressee's line) proposes, it
    writes no reply."""
    if _DEMOCRATIC_PARTY_RE.search(name) or _OWN_OFFICE_RE.fullmatch(name):
        return False  # (发布机构: 厅办公室: the department's own office posts its reply, named by the kind alone)
    # (发布机构: 同江市人民政府办公室 over a reply that speaks as 我局: the portal's office posts it, a bureau wrote it;
    # 泾县人民政府(办公室): the office bracketed)
    unbracketed = re.sub("[()（）]", "", name)
    return not unbracketed.endswith(("政府", "政府办公室", "政府办")) or not any(_DEPARTMENT_SELF_RE.search(line) for _, _, line in lines)


# A page's breadcrumb through a column of departments (> 政府信息公开 > 市级部门 > 市海洋经济发展局 > 法定主动公开内容 >):
# the department whose pages these are.
_BREADCRUMB_DEPARTMENT_RE = re.compile(rf"(?:部门|单位)\s*[>＞»]\s*([{CJK}（）()]{{2,30}}?)\s*[>＞»]")


# (关于对县十六届人大二次会议第8号议事原案的答复(水利局): a page listing many bodies' replies names each one's writer
# in a bracket closing its title)
_TITLE_CLOSING_BRACKET_RE = re.compile(rf"[（(]([{CJK}]{{2,30}})[）)]$")


def _bracketed_title_writer(title: str) -> list[str]:
    """The body a title's closing bracket names, alone (not …的答复(摘要), not (第8号))."""
    bracketed = _TITLE_CLOSING_BRACKET_RE.search(title.strip())
    return [bracketed.group(1)] if bracketed and _agency_like(bracketed.group(1)) else []


def _source_site_unit(lines: list[tuple[int, int, str]]) -> list[str]:
    """The body a page's 来源 field names, its posting line after the date and time, or its breadcrumb's
    department column, if it is one."""
    for _, _, line in lines[:MAX_SOURCE_LINE]:
        m = _SOURCE_FIELD_RE.search(line) or _POSTED_BY_RE.match(line) or _BREADCRUMB_DEPARTMENT_RE.search(line)
        division = _DIVISION_OF_BODY_RE.match(m.group(1)) if m else None
        name = division.group(1) if division else m.group(1) if m else ""  # (来源:农业农村厅发展规划处: the 厅 writes)
        if name and _agency_like(name) and _may_be_writer(name, lines):
            return [name]
    return []


# (联系单位及电话：天津市科委，022-58326719): the body to contact about the reply, its writer.
_CONTACT_UNIT_RE = re.compile(rf"^[（(]?\s*联系单位(?:及电话)?\s*[：:]\s*([{CJK}（）()]{{2,40}})")
# (如有不同意见,请与同江市城市管理综合行政执法大队联系: the body an unsigned reply closes by naming as its contact)
_CONTACT_WITH_RE = re.compile(rf"请(?:与|同)([{CJK}（）()]{{4,40}}?)联系")


# A handling record's one unit (承办单位:泸西县交通运输局; not a list of three handlers signed under a reply).
_HANDLING_UNIT_LINE_RE = re.compile(rf"^\s*承办单位\s*[：:]\s*([{CJK}（）()]{{2,40}})\s*$")
MAX_HANDLING_RECORD_LINE = 8
_HANDLER_LINE_RE = re.compile(rf"^主办单位\s*[：:]\s*([{CJK}（）()]{{2,40}})$")
_UNIT_BEFORE_OFFICE_RE = re.compile(rf"([{CJK}]{{2,20}}?[局委厅办])(?=[{CJK}]{{1,10}}?[处科股室])")
# (此提案由市交通运输局办理，联系人张金龙: a closing line naming the proposal's handler)
_HANDLED_BY_LINE_RE = re.compile(rf"^此(?:件)?(?:提案|建议|议案)由([{CJK}（）()]{{2,40}}?)(?:负责|主办)?办理")
_SITE_FOOTER_RE = re.compile("承办单位|网站标识码|备案|版权所有|技术支持|ICP|网站地图|联系我们|关于我们|站点地图")


def _contact_unit(lines: list[tuple[int, int, str]]) -> list[str]:
    """The unit a footer gives as the contact (联系单位, 请与…联系), or as the proposal's handler (主办单位, 此提案由…办理), for
    a reply that is not signed; a site's own footer (主办单位：…办公室 承办单位：… 网站标识码…) is not."""
    tail = lines[-8:]
    if any(_SITE_FOOTER_RE.search(line) for _, _, line in tail):
        return []
    for _, _, line in reversed(tail):
        m = _CONTACT_UNIT_RE.match(line.strip()) or _HANDLER_LINE_RE.match(line.strip()) or _HANDLED_BY_LINE_RE.match(line.strip()) \
            or _CONTACT_WITH_RE.search(line)
        if m and _agency_like(m.group(1)):
            return [m.group(1)]
        office = _UNIT_BEFORE_OFFICE_RE.match(m.group(1)) if m else None
        if office and _agency_like(office.group(1)):
            return [office.group(1)]  # (联系单位:住建局重点工程管理处王成: the bureau, then its office and the person)
    return []


# (主办单位 is also a site's sponsor in its footer: _contact_unit reads it, knowing a site's footer)
_HANDLER_LABEL_RE = re.compile(r"^(?:协办|会办)(?:单位)?\s*[:：]\s*(?=\S)")
_LEAD_HANDLER_LABEL_RE = re.compile(r"^主办(?:单位)?\s*[:：]\s*(?=\S)")
_HANDLING_UNIT_LABEL_RE = re.compile(r"^承办(?:部门|单位)\s*[:：]\s*(?=\S)")


# The line at a letter's foot naming the office that printed it and when (云南省民政厅办公室 2019年5月29日印发): the office
# of the body that wrote it.
_PRINTING_OFFICE_RE = re.compile(rf"^\s*([{CJK}]{{2,30}}?(?:厅|局|委员会|委|部|署|政府|中心))办公(?:室|厅)[ \t　]*\d{{2,4}}[^\n]*印发\s*$")
MAX_PRINTING_LINES = 8  # (the foot of the letter: its last lines)


def _printing_office_body(lines: list[tuple[int, int, str]]) -> list[str]:
    """An unsigned letter's writer, named by the office that printed it (see :data:`_PRINTING_OFFICE_RE`)."""
    printed = (_PRINTING_OFFICE_RE.match(line) for _, _, line in lines[-MAX_PRINTING_LINES:])
    return next(([m.group(1)] for m in printed if m and _agency_like(m.group(1))), [])


def _footer_signature(lines: list[tuple[int, int, str]]) -> list[str]:
    """The last agency line of the footer, before any contact fields written on the same line
    (舞钢市教育体育局  联系电话:3303606): for a signature whose date did not survive copying."""
    seen = 0
    co_handler: list[str] = []
    for _, _, line in reversed(lines):
        s = _CONTACT_AFTER_RE.split(line.strip(), 1)[0].strip()
        if not s or _FOOTER_LINE_RE.match(s) or _line_date(s) or _DAMAGED_DATE_RE.fullmatch(s):
            continue
        if _agency_like(s):
            return [s]
        if names := _signing_names(s):
            return names  # (凤县退役军人事务局 凤县交通运输局: a joint reply's writers on one line)
        labelled = _HANDLER_LABEL_RE.match(s)
        if labelled and (_agency_like(s[labelled.end() :]) or s.endswith("公司")):
            # 协办:上海青浦工业园区发展(集团)有限公司 (a group running a park replies too), unless the
            # writer signs above it (青浦区教育局 / 协办:青浦区财政局; 主办单位:… / 会办单位:…)
            co_handler = co_handler or [s[labelled.end() :]]
            continue
        lead = _LEAD_HANDLER_LABEL_RE.match(s)
        if lead and co_handler and _agency_like(s[lead.end() :]):
            return [s[lead.end() :]]
        handling = _HANDLING_UNIT_LABEL_RE.match(s)
        if handling and _agency_like(s[handling.end() :]) and not _SITE_FOOTER_RE.search(s[handling.end() :]):
            return [s[handling.end() :]]  # 承办部门:石文镇人民政府 / 承办负责人:王志秋, above the date
        seen += 1
        if seen >= 3 or len(s) > MAX_SIGNATURE_LINE:
            return co_handler
    return co_handler


_SIGNED_DATE_RE = re.compile(r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$")
_SOURCE_RUN_ON_RE = re.compile(r"(?<=日)\s*来源\s*[:：].*$")


def _without_source_run_on(line: str) -> str:
    """A line without a page's source field run on after a date (…2025年3月12日来源:…); the cheap test first."""
    return _SOURCE_RUN_ON_RE.sub("", line) if "来源" in line else line


def _dated(line: str) -> str:
    """The ISO date a line gives: a date line, a signature with its date on the same line, or the
    number with the date after it (川办函〔2017〕113号 2017年6月2日)."""
    return _line_date(line) or _signed_line(line)[1] or _damaged_date(line) or _numbered_date(line)


def _numbered_date(line: str) -> str:
    numbered = DOC_NUMBER_RE.match(line.strip())
    return _line_date(line.strip()[numbered.end() :].strip()) if numbered else ""


def _damaged_date(line: str) -> str:
    """A date line whose 年月日 were lost in copying (2017821; 2023年816, 2021716日: some of them), when only one
    reading is a date."""
    if not line or not line[-1].isdigit() and not line[-1].isspace() and line[-1] != "日":
        return ""  # the cheap test first: most lines end in a character
    digits = _DATE_WORD_RE.sub("", line.strip())
    if len(digits) < 6 or not digits.isdigit() or not _DAMAGED_DATE_RE.fullmatch(digits) \
            or len(digits) == 6 and 1 <= int(digits[4:]) <= 12:
        return ""  # 202112 may be a year and month (202062 cannot: 2020年6月2日)
    year, rest = digits[:4], digits[4:]
    readings = {f"{year}年{rest[:n]}月{rest[n:]}日" for n in (1, 2) if 0 < n < len(rest) <= n + 2}
    dates = {d for d in (_line_date(r) for r in readings) if d}
    return dates.pop() if len(dates) == 1 else ""


def _signing_names(line: str) -> list[str]:
    """The bodies a line names, kept apart by spaces (凤县退役军人事务局 凤县交通运输局), when it names nothing else; []."""
    names = line.split()
    return names if names and all(_agency_like(n) for n in names) else []


def _signed_line(line: str) -> tuple[list[str], str]:
    """A signature and its date on one line (工业和信息化部 …国家能源局2021年7月5日): the names and the date.
    (…管委会2025年3月12日来源:…开发区: a page's source field run on after the date is none of it)"""
    line = _without_source_run_on(line)
    if not line.rstrip().endswith("日"):
        return [], ""
    m = _SIGNED_DATE_RE.search(line)
    names = _signing_names(line[: m.start()]) if m else []
    return (names, _line_date(m.group(1))) if names else ([], "")


def _parse_cc(text: str) -> list[str]:
    m = None
    for m in _CC_RE.finditer(text):
        pass
    if not m:
        return []
    units = (_COPIES_RE.sub("", s).strip(" 。.") for s in re.split(r"[，,、；;\s]+", _NEXT_FIELD_RE.sub("", m.group(1)).strip()))
    return [unit for unit in units if unit]


_COPIES_RE = re.compile(r"[（(]\s*\d+\s*(?:份)?[）)]$")  # 省政府办公厅建议提案办理处(1): one copy


def _parse_contact(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in _CONTACT_RE.finditer(text)}


# ---------------------------------------------------------------------------------------------
# body blocks


def _heading_end(text: str, start: int, limit: int) -> int:
    """A heading runs to the first 。；： or responsibility bracket, or the end of its line."""
    # No endpos: a responsibility note that starts just before ``limit`` may be read past it.
    m = _HEADING_STOP_RE.search(text, start)
    return m.start() if m and m.start() < limit else limit


# The line markers by the character they must start with, in the order they are tried (the
# first character alone rules out every other marker, so only these are matched).
_MARKERS_BY_FIRST_CHAR: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "第": (("chapter", _CHAPTER_RE), ("article", _ARTICLE_RE)),
    "行": (("section", _ACTION_MARK_RE),),
    "专": (("section", _ACTION_MARK_RE),),
    "任": (("item", _TASK_MARK_RE),),
    **{c: (("item", _TASK_MARK_RE),) for c in "—－-"},
    **{c: (("part", _PART_RE),) for c in CN_NUM},
    **{c: (("section", _SECTION_RE), ("subitem", _SUBITEM_RE)) for c in "（("},
    **{c: (("section", _ENCLOSED_SECTION_RE),) for c in ENCLOSED_NUMBERS},
}
_ITEM_MARKER = (("item", _ITEM_RE),)
# A numbered unit run on after the previous one's end on the same line ((一)…。(省发改委负责)(二)…):
# only the next number of the line's own kind, right after a full stop or a closing bracket.
_RUN_ON_MARKERS = {
    "section": re.compile(rf"(?<=[。）)])[ \t　]*([（(]\s*([{CN_NUM}]{{1,3}})\s*[）)])"),
    "item": re.compile(r"(?<=[。）)])[ \t　]*((\d{1,2})\s*[.．、](?!\d))"),
}


# Points numbered (1), (2)… run on after a heading's or a sentence's end on one line (一、进一步拓宽线上普法课程。(1)积极沟通…
# (2)积极协同…): items, in their order from (1).
_RUN_ON_POINT_RE = re.compile(r"(?<=[。；：])[ \t　]*([（(](\d{1,2})[）)])")


def _run_on_points(text: str, start: int, end: int) -> list[tuple[int, str, str, int]]:
    points = []
    for m in _RUN_ON_POINT_RE.finditer(text, start, end):
        if int(m.group(2)) != len(points) + 1:
            break
        points.append((m.start(1), "item", m.group(2), m.end(1)))
    return points if len(points) >= 2 else []


def _next_number(label: str, kind: str) -> str:
    """The label that follows ``label`` in its kind's numbering (一 → 二, 9 → 10)."""
    if kind == "item":
        return str(int(label) + 1) if label.isdecimal() else ""
    return CN_NUM[CN_NUM.index(label) + 1] if len(label) == 1 and label in CN_NUM[:-1] else ""


# An attached plan's own title, on the line after its 附件 mark: the attachment is one unit, its title the heading
# a note under it (（县自然资源局牵头）) gives owners to.
_ATTACHED_TITLE_RE = re.compile(rf"^[^，,。；;：:]{{6,60}}(?:{_PLAN_ENDINGS}|表)$")  # (a plan's name, or a table's)


def _attachment_title(spans: list[tuple[int, int, str]], index: int) -> int | None:
    """Where the title of the attachment a 附件 mark line opens starts, if the next written line is one."""
    for start, _, line in spans[index + 1 : index + 4]:
        title = line.strip()
        if title:
            return start + len(line) - len(line.lstrip()) if _ATTACHED_TITLE_RE.match(title) and not _starts_block(title) else None
    return None


def _block_starts(text: str, body: Span) -> list[tuple[int, str, str, int]]:
    """(offset, kind, label, heading_start) of every block marker in the body."""
    starts: list[tuple[int, str, str, int]] = []
    expected = 0  # the last inline number: 二是 may open the line after 一是's
    spans = line_spans(text)
    for index, (line_start, line_end, line) in enumerate(spans):
        if line_start < body.start or line_start >= body.end:
            continue
        s = line.lstrip()
        if not s:
            continue
        lead = len(line) - len(s)
        if s[0] == "附" and _ATTACHMENT_RE.match(s):
            titled = _attachment_title(spans, index)
            if titled is not None:
                starts.append((line_start + lead, "chapter", "附件", titled))
            continue
        # _ITEM_RE's \d is any Unicode decimal digit, which is what str.isdecimal tests
        markers = _MARKERS_BY_FIRST_CHAR.get(s[0]) or (_ITEM_MARKER if s[0].isdecimal() else ())
        for kind, regex in markers:
            m = regex.match(s)
            if m:
                starts.append((line_start + lead, kind, m.group(1).translate(_ENCLOSED_AS_NUMBER), line_start + lead + m.end()))
                expected = 0
                run_on = _RUN_ON_MARKERS.get(kind) if regex in (_SECTION_RE, _ITEM_RE) else None
                label = m.group(1)
                for later in run_on.finditer(text, line_start + lead + m.end(), line_end) if run_on else ():
                    if later.group(2) == _next_number(label, kind):
                        label = later.group(2)
                        starts.append((later.start(1), kind, label, later.end(1)))
                break
        if ("(1)" in line or "（1）" in line) and not (starts and starts[-1][0] == line_start + lead and starts[-1][2] == "1"):
            starts += _run_on_points(text, line_start + lead, line_end)
        if "是" not in line and "要" not in line:  # every inline item (一是, 第二是; 一要) ends in 是 or 要
            continue
        inline = list(_INLINE_ITEM_RE.finditer(text, line_start, line_end))
        if any(opening in line for opening in ("，一是", ",一是", "，一要", "：一要")):
            # (the second point may be on a line below: the pattern reads on past this line's end)
            firsts = [m for m in _FIRST_AFTER_COMMA_RE.finditer(text, line_start, line_end + MAX_FIRST_POINT_REACH) if m.start() < line_end]
            inline = sorted((*inline, *firsts), key=lambda m: m.start())
        if inline:  # (…严控火种上山二是加强检疫工作: a point glued to the one before, read in the points' order)
            taken = {m.start(1) for m in inline}
            inline = sorted((*inline, *(m for m in _GLUED_INLINE_ITEM_RE.finditer(text, line_start, line_end) if m.start(1) not in taken)),
                            key=lambda m: m.start(1))
        for m in inline:
            number = CN_NUM.find(m.group(1)) + 1 if len(m.group(1)) == 1 else 10
            if number == expected + 1 or number == 1:
                expected = number
                starts.append((m.start(1) - (1 if text[m.start(1) - 1] == "第" else 0), "inline", m.group(1) + text[m.end() - 1], m.end()))
    ordinals = [(line_start + len(line) - len(line.lstrip()), m) for line_start, _, line in spans
                if body.start <= line_start < body.end and (m := _ORDINAL_RE.match(line.lstrip()))]
    tasks = [(at, m) for at, m in ordinals if not _ORDINAL_COURTESY_RE.match(text, at + m.end())]
    if ordinals and ordinals[0][1].group(1) in ("首先", "第一") and len(tasks) >= 2:
        starts += [(at, "inline", m.group(1), at + m.end()) for at, m in tasks]
    starts.sort()
    return starts


def parse_blocks(text: str, body: Span, owned_paragraphs: bool = True) -> list[Block]:
    """Nest the body's numbered units by level; each ends where the next peer or parent starts.

    The rows of task tables (:mod:`loaders.tables`) follow as blocks of their own; the prose
    blocks end where the first table starts.  ``owned_paragraphs``: with no numbered units, read
    paragraphs that each name who carries them out as items (not in a reply, whose paragraphs
    report the writer's work and may name another body's project).
    """
    starts = table_starts(text)  # a cheap header scan: most documents have no table to read
    rows = read_task_tables(text) if starts else []
    if rows:
        body = Span(body.start, max(body.start, min(body.end, starts[0])))
    unnumbered = (_owned_paragraphs(text, body) or _noted_tasks(text, body) or _noted_paragraphs(text, body)) \
        if owned_paragraphs else []
    return (_prose_blocks(text, body) or unnumbered) + [
        Block("item", row.number, text[row.task_start : row.task_end], row.task_start, row.task_end,
              row.start, row.end, units=row.units)
        for row in rows if row.task_start >= 0
    ]


# A task's sentence saying who carries it out (该项目由市民政局、市教委负责；该项目由市民政局牵头负责，责任人为…):
# a responsibility note written as prose.
PROSE_NOTE_RE = re.compile(r"(?:该|此|这)(?:项目|项工作|项任务|工作)由(?P<prose>[^。；;，,\n]{2,80}?负责)(?=[；;。，,])")
MIN_OWNED_PARAGRAPHS = 2


def _owned_paragraphs(text: str, body: Span) -> list[Block]:
    """A body with no numbered units whose paragraphs each name who carries them out (a list of
    projects that lost its numbers): each such paragraph an item."""
    paragraphs = [(start, end) for start, end, line in line_spans(text)
                  if start >= body.start and end <= body.end and PROSE_NOTE_RE.search(line)]
    if len(paragraphs) < MIN_OWNED_PARAGRAPHS:
        return []
    blocks = []
    for number, (start, end) in enumerate(paragraphs, 1):
        start += len(text[start:end]) - len(text[start:end].lstrip())
        heading_end = _heading_end(text, start, end)
        blocks.append(Block("item", str(number), text[start:heading_end].strip(), start, heading_end, start, end))
    return blocks


# A paragraph closed by its own responsibility note (…围墙多处破损。(责任单位:市国土局,责任人:王功传)).
_CLOSING_NOTE_RE = re.compile(rf"[（(]{note_label(NOTE_ROLES)}[^（）()\n]{{2,120}}[）)][。；;]?[ \t　]*$")


def _noted_paragraphs(text: str, body: Span) -> list[Block]:
    """A body with no numbered units whose paragraphs each close with a responsibility note of their own (a notice of
    problems found, each given to a unit): each such paragraph an item."""
    paragraphs = [(start, end) for start, end, line in line_spans(text)
                  if start >= body.start and end <= body.end and _CLOSING_NOTE_RE.search(line)]
    if len(paragraphs) < MIN_OWNED_PARAGRAPHS:
        return []
    blocks = []
    for number, (start, end) in enumerate(paragraphs, 1):
        start += len(text[start:end]) - len(text[start:end].lstrip())
        heading_end = _heading_end(text, start, end)
        blocks.append(Block("item", str(number), text[start:heading_end].strip(), start, heading_end, start, end))
    return blocks


_FIELD_GAP_RE = re.compile(r"[ \u3000]+" + _RECORD_FIELD_RE.pattern)  # (…建设 工作措施:…: a field of the task before it)


def _noted_tasks(text: str, body: Span) -> list[Block]:
    """A body with no numbered units whose tasks each end with a note line of their own (粮食产量1268万吨以上 /
    部门分工:省农业农村厅牵头,各地、各部门配合。, or 市发改委牵头落实): each task, from its first line down to its note, an item.
    The first task is the line before its note and the field lines under it (工作措施:…), not the text's lead-in."""
    lines = [(start, end) for start, end, line in line_spans(text) if start >= body.start and end <= body.end and line.strip()]
    notes = [i for i, (start, end) in enumerate(lines)
             if _TASK_NOTE_LINE_RE.match(text[start:end].strip()) or units_lead_line(text[start:end])]
    if len(notes) < MIN_OWNED_PARAGRAPHS:
        return []
    blocks = []
    first = None  # the line after the note before
    for number, note in enumerate(notes, 1):
        task = first
        if task is None:
            task = note - 1
            while task > 0 and _RECORD_FIELD_RE.match(text[lines[task][0] : lines[task][1]].strip()):
                task -= 1
        first = note + 1
        if task < 0 or task >= note:
            continue  # two notes in a row: the second names no task of its own
        start = lines[task][0] + len(text[lines[task][0] : lines[task][1]]) - len(text[lines[task][0] : lines[task][1]].lstrip())
        field = _FIELD_GAP_RE.search(text, start, lines[task][1])  # (大力推进…建设 工作措施:完成…: the task, then its field)
        heading_end = _heading_end(text, start, field.start() if field else lines[task][1])
        blocks.append(Block("item", str(number), text[start:heading_end].strip(), start, heading_end, start, lines[note][1]))
    return blocks


def _prose_blocks(text: str, body: Span) -> list[Block]:
    roots: list[Block] = []
    stack: list[Block] = []
    for offset, kind, label, heading_start in _block_starts(text, body):
        level = LEVELS[kind]
        while stack and stack[-1].level >= level:
            stack.pop().end = offset
        # an inline item only nests inside the paragraph-level block that contains it
        heading_end = _heading_end(text, heading_start, body.end)
        block = Block(kind, label, text[heading_start:heading_end].strip(), heading_start, heading_end, offset, body.end)
        if stack:
            block.parent = stack[-1]
            stack[-1].children.append(block)
        else:
            roots.append(block)
        stack.append(block)
    for block in stack:
        block.end = body.end
    for block in (b for root in roots for b in root.walk()):
        while block.end > block.start and text[block.end - 1].isspace():
            block.end -= 1
    return roots


MAX_HEAD_LINES = 12


_ATTACHMENT_ITEM_RE = re.compile(r"^\d{1,2}[.．、]\s*[^。；;，,]{2,60}$")


# A signature and its date on one line (工业和信息化部2020年10月24日): the copy lost the line break.
_SIGNATURE_WITH_DATE_RE = re.compile(rf"[{CJK}、]{{2,40}}{_SIGNING_BODY_END}\s*\d{{4}}年\d{{1,2}}月\d{{1,2}}日")


def _body_span(text: str, lines: list[tuple[int, int, str]]) -> Span:
    """From the first block marker (or the addressee line) to the closing signature or footer."""
    start = 0
    # the first lines that are not a web page's record (发布日期：2022-10-27 来源：, 签发人：, 组配分类：…),
    # however long the record is
    head = list(itertools.islice((ln for ln in lines if ln[2].strip() and not _is_record_line(ln[2].strip())), MAX_HEAD_LINES))
    for index, (line_start, _, line) in enumerate(head):
        s = line.strip()
        if _starts_block(s):
            break
        if _ADDRESSEE_END_RE.search(s) and len(s) <= 60 and not s.startswith(("附件",)) and not _EMPTY_FIELD_END_RE.search(s):
            start = line_start  # the addressee line (各区人民政府：) opens the body
            break
        if "收悉" in s and index > 0:
            # a reply whose addressee line has no colon (安亭镇人民政府 above …提案收悉): that line
            # opens the body, else the acknowledgement does
            above = head[index - 1]
            start = above[0] if _agency_like(above[2].strip()) and len(above[2].strip()) <= 30 else line_start
            break
    end = len(text)
    closing = None  # the signature lines and date that close the text
    signing = False
    tail = len(lines)
    while tail and (not lines[tail - 1][2].strip() or _ATTACHMENT_ITEM_RE.match(lines[tail - 1][2].strip())):
        tail -= 1  # a list of attachments (附件：/ 1.上海市零碳园区建设基本条件) closes the text, below its footer
    if tail < len(lines) and tail and _FOOTER_LINE_RE.match(lines[tail - 1][2].strip()):
        lines = lines[:tail]
    for line_start, _, line in reversed(lines):
        s = line.strip()
        if _FOOTER_LINE_RE.match(s) or s.endswith("印发"):
            end = min(end, line_start)
            closing, signing = None, False
        elif _dated(s) or _DAMAGED_DATE_RE.fullmatch(s) or _SIGNATURE_WITH_DATE_RE.fullmatch(s):
            closing, signing = line_start, True
        elif s and (len(s) > 40 or _starts_block(s) and _ends_sentence(s) or _TASK_NOTE_LINE_RE.match(s)):
            break  # the body's last prose, item or note: a date above it signs a covering letter, not the text
        elif s and signing and not _ends_sentence(s) and len(s) <= MAX_SIGNATURE_LINE:
            closing = line_start  # 国务院办公厅 above 2015年5月4日
        elif s:
            signing = False
    if closing is not None:
        end = min(end, closing)
        end = _attachment_list_above(lines, end)
    return Span(start, max(start, end))


_ATTACHMENT_MARK_RE = re.compile(r"^附\s*件\s*\d*\s*[：:]")


def _attachment_list_above(lines: list[tuple[int, int, str]], end: int) -> int:
    """Where a list of attachments written right above the signature starts (附件：1.…范围表（新增） / 2.…), or
    ``end``: the names of attached files, not the body's items."""
    above = [line for line in lines if line[0] < end and line[2].strip()]
    index = len(above) - 1
    while index >= 0 and _ATTACHMENT_ITEM_RE.match(above[index][2].strip()) and not _ATTACHMENT_MARK_RE.match(above[index][2].strip()):
        index -= 1
    return above[index][0] if index >= 0 and _ATTACHMENT_MARK_RE.match(above[index][2].strip()) else end


# A record copied one field a line, its name above its value: the field that holds the reply, and the fields that may
# follow it (the deputy's feedback, the proposal's own words again).
_ANSWER_LABEL_LINE_RE = re.compile(r"^[ \t　]*(?:答复情况|答复内容|回复内容|办理情况|答复意见)[ \t　]*$", re.M)
_AFTER_ANSWER_LABEL_LINE_RE = re.compile(r"^[ \t　]*(?:反馈意见|满意程度|满意度|代表意见|委员意见|评价意见|提案内容|建议内容)[ \t　]*$", re.M)
_PROPOSAL_LABEL_LINE_RE = re.compile(r"^[ \t　]*(?:提案内容|建议内容)[ \t　]*$", re.M)
MAX_ANSWER_LABEL_REACH = 6000


def _answer_field(text: str, body: Span) -> Span:
    """The body narrowed to a record's answer field (提案内容 / 一是… / 答复情况 / 我局将… / 反馈意见 / 满意), where the
    record also copies the proposal's own words: those are the deputy's, not the writer's tasks."""
    proposal = _PROPOSAL_LABEL_LINE_RE.search(text, body.start, min(body.end, MAX_ANSWER_LABEL_REACH))
    answer = _ANSWER_LABEL_LINE_RE.search(text, proposal.end(), body.end) if proposal else None
    if answer is None:
        return body
    after = _AFTER_ANSWER_LABEL_LINE_RE.search(text, answer.end(), body.end)
    return Span(answer.end(), after.start() if after else body.end)


def parse(raw_text: str) -> ParsedDocument:
    """Normalise the text and find its metadata, blocks and sentences (a text in traditional characters is
    read in simplified ones, its ``written`` text kept as written: see :mod:`loaders.script`; a text glossing
    its characters with pinyin is read without the glosses, ``glossed`` kept as written: see :mod:`loaders.glosses`)."""
    glossed = unglossed(raw_text)
    plain, plain_at = glossed if glossed else (raw_text, [])
    traditional = is_traditional(plain)
    source = simplified(plain) if traditional else plain
    written = normalise(source)
    text = fold_punctuation(written)
    if traditional:
        written = rewritten(written, source, plain)
    glossed_at = [plain_at[at] if at >= 0 else -1 for at in source_offsets(written, plain)] if glossed else []
    lines = line_spans(text)
    row_record, reply_cell = _header_row_record(text, lines)
    header, issuers = parse_header(text, row_record)
    body = _body_span(text, lines)
    kind = _detect_kind(header.get("title", ""), text)
    if reply_cell > body.start:
        body = Span(reply_cell, max(reply_cell, body.end))  # a results table: the reply is its cell
    body = _answer_field(text, body)
    return ParsedDocument(
        text=text,
        written=written,  # the same object as ``text`` when nothing was folded or converted
        traditional=traditional,
        glossed=raw_text if glossed else "",
        glossed_at=glossed_at,
        kind=kind,
        header=header,
        issuer_names=issuers,
        cc=_parse_cc(text),
        contact=_parse_contact(text),
        sentences=split_sentences(text),
        blocks=parse_blocks(text, body, owned_paragraphs=kind != "Reply"),
        body=body,
    )
