"""A large, deterministic benchmark corpus built from the real documents in ``../shared``.

Document ``i`` of a corpus is a copy of template ``i % T`` (the T real documents, in a fixed
order); copy 0 of each template is the document as published, later copies are *variants*:

* document numbers ``〔2025〕40号`` get another year and number (consistently within the file, so a
  policy cited twice stays one policy);
* dates (``2025年8月1日``, ``2025 年 8 月 1 日``, ``2024-06-25``, ``一九九三年一月十八日``) move by the
  same year shift and get another month and day;
* the deputy, the contact person and the proposal number of a reply are replaced;
* a Shanghai district or a province named in the text becomes another one, and quoted program
  names (“探索者计划”) get a place prefix (“张江探索者计划”), so entity counts grow with the corpus
  instead of every copy naming the same few things.

A variant that none of this changed gets a signing date line at the end.  Every document of a
corpus has different text (checked by sha256) and its own file name, hence its own document id.
Everything is seeded: the same ``seed`` and size give byte-identical files.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from pathlib import Path

SOURCE_DIRS = ("seed", "corpus/shanghai", "corpus/national", "corpus/bulk")
DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华建国志红晓东海波宁鹏辉玲雪梅林斌宇浩凯健俊帆婷博思远嘉琪欣怡子涵浩然一鸣立新春晖"
SH_DISTRICTS = ("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区", "嘉定区",
                "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区")
PROVINCES = ("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省",
             "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
             "甘肃省", "青海省")
PROGRAM_PREFIXES = ("张江", "临港", "虹桥", "浦江", "长三角", "滨江", "新一轮", "苏河")

_DOC_NUMBER_RE = re.compile(r"〔(\d{4})〕(\d{1,4})号")
_DATE_RE = re.compile(r"(\d{4})(\s*)年(\s*)(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日")
_ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_CN_DIGITS = "〇一二三四五六七八九"
_CN_YEAR_RE = re.compile(r"([〇零一二三四五六七八九]{4})年")
_DEPUTY_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})(代表|委员)\s*[：:]\s*$", re.M)
_CONTACT_RE = re.compile(r"(联系人(?:姓名)?\s*[：:]\s*)([\u4e00-\u9fff]{2,4})")
_PROPOSAL_RE = re.compile(r"第(\s*)(\d{2,5})(\s*)号(代表建议|建议|提案)")
_PROGRAM_RE = re.compile(r"“([\u4e00-\u9fff]{2,12}(?:计划|工程|行动))”")


@dataclass(frozen=True)
class CorpusInfo:
    directory: Path
    documents: int
    templates: int
    characters: int
    bytes: int
    build_seconds: float


def source_documents(shared: Path) -> list[Path]:
    """The real documents the corpus is made from, in a fixed order."""
    paths: list[Path] = []
    for sub in SOURCE_DIRS:
        folder = shared / sub
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: not found (pass --shared DIR, the folder holding seed/ and corpus/)")
        paths += sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".txt", ".md"))
    if not paths:
        raise FileNotFoundError(f"{shared}: no documents under {', '.join(SOURCE_DIRS)}")
    return paths


def _person(rng: random.Random, avoid: str = "") -> str:
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if name != avoid:
            return name


def _cn_year(year: int) -> str:
    return "".join(_CN_DIGITS[int(d)] for d in str(year))


def _from_cn_year(text: str) -> int:
    return int("".join(str(_CN_DIGITS.index(c) if c in _CN_DIGITS else 0) for c in text))


def vary(text: str, rng: random.Random, variant: int) -> str:
    """One variant of a real document (see the module docstring)."""
    year_shift = -rng.randint(0, 6) if variant % 2 else rng.randint(0, 3) - 5

    numbers: dict[tuple[str, str], str] = {}

    def doc_number(m: re.Match[str]) -> str:
        key = (m.group(1), m.group(2))
        if key not in numbers:
            numbers[key] = f"〔{int(m.group(1)) + year_shift}〕{rng.randint(1, 480)}号"
        return numbers[key]

    def date(m: re.Match[str]) -> str:
        year, s1, s2, _month, s3, s4, _day, s5 = m.groups()
        return f"{int(year) + year_shift}{s1}年{s2}{rng.randint(1, 12)}{s3}月{s4}{rng.randint(1, 28)}{s5}日"

    def iso_date(m: re.Match[str]) -> str:
        return f"{int(m.group(1)) + year_shift}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def cn_year(m: re.Match[str]) -> str:
        return _cn_year(_from_cn_year(m.group(1)) + year_shift) + "年"

    out = _DOC_NUMBER_RE.sub(doc_number, text)
    out = _DATE_RE.sub(date, out)
    out = _ISO_DATE_RE.sub(iso_date, out)
    out = _CN_YEAR_RE.sub(cn_year, out)

    # people: the deputy a reply answers and the contact person
    for m in list(_DEPUTY_RE.finditer(out)):
        out = out.replace(m.group(1), _person(rng, m.group(1)))
    for m in list(_CONTACT_RE.finditer(out)):
        out = out.replace(m.group(2), _person(rng, m.group(2)))
    out = _PROPOSAL_RE.sub(lambda m: f"第{m.group(1)}{rng.randint(1, 1999)}{m.group(3)}号{m.group(4)}", out)

    # agencies: the district or province a document is about becomes another one
    districts = [d for d in SH_DISTRICTS if d in out]
    if districts:
        old = rng.choice(districts)
        out = out.replace(old, rng.choice([d for d in SH_DISTRICTS if d not in districts] or [old]))
    provinces = [p for p in PROVINCES if p in out]
    if provinces:
        old = rng.choice(provinces)
        out = out.replace(old, rng.choice([p for p in PROVINCES if p not in provinces] or [old]))

    # programs: a place prefix on some quoted program names
    for name in sorted({m.group(1) for m in _PROGRAM_RE.finditer(out)}):
        if rng.random() < 0.5:
            out = out.replace(f"“{name}”", f"“{rng.choice(PROGRAM_PREFIXES)}{name}”")
    return out


def build_corpus(shared: Path, size: int, directory: Path, seed: int = 7) -> CorpusInfo:
    """Write ``size`` distinct documents into ``directory`` (created; must be empty or absent)."""
    import time

    started = time.perf_counter()
    templates = source_documents(shared)
    texts = [p.read_bytes().decode("utf-8-sig") for p in templates]
    directory.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    chars = written = 0
    for i in range(size):
        template, variant = i % len(templates), i // len(templates)
        text = texts[template]
        rng = random.Random(f"policykg-bench:{seed}:{i}")
        attempt = 0
        while True:
            candidate = text if variant == 0 and attempt == 0 else vary(text, rng, variant)
            if candidate == text and (variant or attempt):
                sep = "\r\n" if "\r\n" in text else "\n"
                candidate = f"{text.rstrip()}{sep}{sep}{2010 + rng.randint(0, 15)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日{sep}"
            data = candidate.encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            if digest not in seen:
                break
            attempt += 1
        seen.add(digest)
        name = f"{i:06d}_{templates[template].stem}{templates[template].suffix}"
        (directory / name).write_bytes(data)
        chars += len(candidate)
        written += len(data)
    return CorpusInfo(directory, size, len(templates), chars, written, time.perf_counter() - started)


if __name__ == "__main__":  # python -m bench.corpus SIZE DIR [--shared DIR]
    import argparse

    parser = argparse.ArgumentParser(description="Write a benchmark corpus of SIZE distinct documents into DIR.")
    parser.add_argument("size", type=int)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    info = build_corpus(args.shared, args.size, args.directory, args.seed)
    print(f"{info.documents} documents from {info.templates} templates, {info.characters:,} characters → {info.directory}")
