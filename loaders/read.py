"""Turn a document file on disk into plain text: bytes → ``RawDocument``.

Chinese government documents arrive as UTF-8, GBK/GB18030 or Big5 text, as HTML
pages saved from portals (often GBK, wrapped in navigation boilerplate), as Word
.docx files and as PDFs.  Everything downstream wants one thing: clean Unicode
text with ``\\n`` line ends.  This module is the only place that looks at raw
bytes, so every "cannot read this" situation becomes a one-line ``ReadError``
here instead of a traceback somewhere in the pipeline.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import charset_normalizer
import docx
import pypdf
from bs4 import BeautifulSoup, CData, NavigableString, Tag
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "RawDocument",
    "ReadError",
    "iter_document_paths",
    "read_document",
]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".docx", ".pdf"}
)
MAX_BYTES: int = 20 * 1024 * 1024

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_MIB = 1024 * 1024


class ReadError(Exception):
    """One-line, user-facing reason a file could not be read; str(e) names the file and the reason."""

    path: Path
    reason: str

    def __init__(self, path: Path | str, reason: str) -> None:
        # Both values go to Exception.args so the error survives pickling
        # (multiprocessing workers hand errors back to the parent).
        super().__init__(path, reason)
        self.path = Path(path)
        self.reason = " ".join(reason.split())  # keep it to one line

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class _Unreadable(Exception):
    """Why some bytes cannot become text; ``read_document`` turns it into a ReadError with the path."""


@dataclass(frozen=True)
class RawDocument:
    """A document's text plus what is needed to trace it back to its bytes."""

    path: Path
    text: str
    encoding: str
    format: str
    sha256: str


# --------------------------------------------------------------------------- API


def read_document(path: Path, max_bytes: int = MAX_BYTES) -> RawDocument:
    """Read one file of any supported format and return its normalised text.

    The format comes from the suffix (plus sniffing for PDFs and HTML saved under
    another name); the text encoding always comes from the bytes, because
    suffixes say nothing about it.  A file with an unknown suffix is tried as text.
    """
    resolved = Path(os.path.realpath(path))
    data = _read_bytes(resolved, max_bytes)
    fmt = _format_of(resolved, data)
    try:
        raw_text, encoding = _EXTRACTORS[fmt](data)
    except _Unreadable as problem:
        raise ReadError(resolved, str(problem)) from None
    text = _normalise(raw_text)
    if not text.strip():
        raise ReadError(resolved, _EMPTY_REASONS.get(fmt, "no text content"))
    return RawDocument(
        path=resolved,
        text=text,
        encoding=encoding,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def iter_document_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given directly are yielded as they are (whatever their suffix); folders are walked recursively
    (sorted, deterministic), yielding files with a supported suffix, skipping hidden files/dirs, following
    symlinks safely (a symlink loop must not hang or crash: track visited real paths). A path that does not
    exist raises ReadError.

    Each real file or folder found by walking is visited once per call, so a
    symlink back to a parent, or two folders given that overlap, cannot produce
    duplicates or an endless walk.
    """
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, seen)
        elif path.exists():
            yield path
        else:
            raise ReadError(path, "no such file or directory")


_C0_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f]")


def _normalise(text: str) -> str:
    """Normalise line ends to ``\\n`` and drop a leading BOM, NULs and other C0 controls except ``\\t``.

    Nothing else is touched: full-width digits, ideographic spaces and the like
    are part of what the document says.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return _C0_CONTROLS.sub("", text)


# ------------------------------------------------------------------ file access


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read the whole file, refusing early what can never be a document."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(path, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise ReadError(path, "not a regular file")
        if info.st_size > max_bytes:
            raise ReadError(path, f"file is larger than {_describe_size(max_bytes)} limit")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # +1: notice a file that grew after stat()
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as error:
        raise _cannot_read(path, error) from None
    if len(data) > max_bytes:
        raise ReadError(path, f"file is larger than {_describe_size(max_bytes)} limit")
    if not data:
        raise ReadError(path, "file is empty")
    return data


def _cannot_read(path: Path, error: OSError) -> ReadError:
    # strerror gives e.g. "permission denied", "too many levels of symbolic links"
    return ReadError(path, f"cannot read: {(error.strerror or str(error)).lower()}")


def _describe_size(size: int) -> str:
    return f"{size // _MIB} MiB" if size % _MIB == 0 else f"{size} bytes"


def _walk(root: Path, seen: set[str]) -> Iterator[Path]:
    """Depth-first, name-sorted walk; iterative so deep trees cannot hit the recursion limit."""
    if not _first_visit(root, seen):
        return
    pending = [iter(_sorted_children(root))]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
        elif _is_hidden(child):
            continue
        elif _is_dir(child):
            if _first_visit(child, seen):
                pending.append(iter(_sorted_children(child)))
        elif child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
            if _first_visit(child, seen):
                yield child


def _is_dir(path: Path) -> bool:
    """Path.is_dir, but a folder we may list yet not search (mode r--) is a ReadError, not a traceback."""
    try:
        return path.is_dir()
    except OSError as error:
        raise _cannot_read(path, error) from None


def _first_visit(path: Path, seen: set[str]) -> bool:
    # os.path.realpath, unlike Path.resolve() on 3.11, never raises on symlink loops.
    real = os.path.realpath(path)
    if real in seen:
        return False
    seen.add(real)
    return True


def _sorted_children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir(), key=lambda child: child.name)
    except OSError as error:
        raise _cannot_read(folder, error) from None


def _is_hidden(path: Path) -> bool:
    # "~$name.docx" is the lock file Word leaves next to an open document.
    return path.name.startswith((".", "~$"))


# ---------------------------------------------------------------- format choice


def _format_of(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in _HTML_SUFFIXES or _HTML_START.match(data):
        return "html"
    return "txt"


# Pages saved as .txt or without a suffix still start like HTML.
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


# ------------------------------------------------------------- text decoding

# Longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 8192  # same window git uses to call a file binary
_NOT_TEXT = "not a text document (binary data)"


def _decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode unlabelled bytes: BOM → strict UTF-8 → declared charset → GB18030/Big5 → charset-normalizer.

    Valid multi-byte UTF-8 is self-identifying, so it is tried before a declared
    charset: Chinese portals often keep a ``gb2312`` template header on pages
    that were re-encoded to UTF-8.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data[len(bom):], codec)
            if text is None:
                raise _Unreadable(_NOT_TEXT)
            return text, codec
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise _Unreadable(_NOT_TEXT)
    text = _try_decode(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = _try_decode(data, declared) if declared else None
    if text is not None:
        return text, declared
    return _detect_chinese(data) or _detect_other(data)


def _try_decode(data: bytes, codec: str) -> str | None:
    """Strictly decode, tolerating only a final character cut in half (files truncated by a download)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        cut_at = error.start if error.end == len(data) and error.start >= len(data) - 3 else None
    if cut_at is None:
        return None
    try:
        return data[:cut_at].decode(codec) + "\ufffd"
    except UnicodeDecodeError:
        return None


def _detect_other(data: bytes) -> tuple[str, str]:
    """Last resort for non-Chinese legacy encodings (cp1252, Shift-JIS, ...)."""
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise _Unreadable(_NOT_TEXT)
    return str(match), codecs.lookup(match.encoding).name


# GBK and Big5 share their byte ranges, so most Big5 files decode "fine" as
# GB18030 and short GBK files often decode as Big5: validity alone cannot decide.
# Each decoding is scored by how ordinary its characters are: +1 for a character
# in the encoding's frequent tier (GB2312 level 1 + symbols; Big5 "常用字" +
# symbols) and +1 for one of the ~500 most frequent simplified characters.
# Mojibake lands on rare characters and scores low.  charset-normalizer is not
# used here because it misreads short GBK texts (cp949, big5, utf-16-be...).
_COMMON_HANZI = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去"
    "把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但"
    "质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式"
    "活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回"
    "则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己"
    "美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空"
    "元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周"
    "委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查"
    "江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
)
_SCORE_SAMPLE = 4000  # non-ASCII characters; enough to decide, cheap on a 20 MiB file
_BIG5_MARGIN = 0.2  # Big5 must beat GB18030 clearly: GBK is far more common in this corpus
_MIN_CHINESE_SCORE = 0.5  # below this neither decoding looks like Chinese text


def _detect_chinese(data: bytes) -> tuple[str, str] | None:
    gb_text = _try_decode(data, "gb18030")
    big5_text = _try_decode(data, "big5")
    gb_score = _chinese_score(gb_text, _is_frequent_gb2312)
    big5_score = _chinese_score(big5_text, _is_frequent_big5)
    if big5_text is not None and big5_score >= max(gb_score + _BIG5_MARGIN, _MIN_CHINESE_SCORE):
        return big5_text, "big5"
    if gb_text is not None and gb_score >= _MIN_CHINESE_SCORE:
        return gb_text, "gb18030"
    return None


def _chinese_score(text: str | None, is_frequent: Callable[[str], bool]) -> float:
    """Average plausibility (0..2) of the text's non-ASCII characters; -1 if it did not decode."""
    if text is None:
        return -1.0
    sample = list(islice((char for char in text if char > "\x7f"), _SCORE_SAMPLE))
    if not sample:
        return 0.0
    points = sum(is_frequent(char) + (char in _COMMON_HANZI) for char in sample)
    return points / len(sample)


def _is_frequent_gb2312(char: str) -> bool:
    try:
        lead = char.encode("gb2312")[0]
    except UnicodeEncodeError:
        return False
    return lead <= 0xA9 or 0xB0 <= lead <= 0xD7  # symbol rows, level-1 hanzi


def _is_frequent_big5(char: str) -> bool:
    try:
        code = int.from_bytes(char.encode("big5"), "big")
    except UnicodeEncodeError:
        return False
    return code <= 0xA3FE or 0xA440 <= code <= 0xC67E  # symbols, frequently used hanzi


# ------------------------------------------------------------------------ HTML

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
# Labels that browsers (WHATWG Encoding) read as a wider encoding than Python's
# codec of the same name: "gb2312" pages routinely contain GBK-only characters.
_WIDER_CODEC = {"gb2312": "gb18030", "gbk": "gb18030", "iso8859-1": "cp1252", "ascii": "cp1252"}

# Never content, wherever they appear.
_NEVER_CONTENT = ("script", "style", "noscript", "template", "title")
# Page chrome; <header>/<footer> only at page level (inside <article> they hold the title/byline).
_CHROME = ("nav", "aside")
_PAGE_LEVEL_ONLY = ("header", "footer")
_SECTIONING = frozenset({"article", "main", "section"})
# Main-content containers of common Chinese government CMSs (TRS, Hanweb, ...), most specific first.
_MAIN_SELECTORS = (
    "#ivs_content",
    ".Article_content",
    "#zoom",
    ".TRS_Editor",
    ".article-content",
    "article",
    "main",
    "#content",
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML collapses ASCII whitespace only; U+3000 indents stay
_END_OF_BLOCK = object()  # stack marker in _flatten: the walk has left a block element


def _read_html(data: bytes) -> tuple[str, str]:
    markup, encoding = _decode(data, _declared_charset(data))
    return _html_to_text(markup), encoding


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(label).name
        b"".decode(codec)  # rejects non-text codecs such as "base64"
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None  # a meta tag readable as ASCII cannot be UTF-16/32; browsers ignore it too
    return _WIDER_CODEC.get(codec, codec)


def _html_to_text(markup: str) -> str:
    # html.parser: stdlib, so no undeclared dependency on lxml.
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_NEVER_CONTENT):
        tag.decompose()
    root = _main_block(soup) or soup.body or soup
    _drop_chrome(root)
    lines = (line.strip(" ") for line in _flatten(root).split("\n"))
    return "\n".join(line for line in lines if line.strip())


def _main_block(soup: BeautifulSoup) -> Tag | None:
    """The first known content container that is unambiguous (one outermost match) and has text."""
    for selector in _MAIN_SELECTORS:
        matches = soup.select(selector)
        match_ids = {id(tag) for tag in matches}
        outermost = [tag for tag in matches if not any(id(parent) in match_ids for parent in tag.parents)]
        if len(outermost) == 1 and outermost[0].get_text(strip=True):
            return outermost[0]
    return None


def _drop_chrome(root: Tag) -> None:
    for tag in root.find_all(_CHROME):
        tag.decompose()
    for tag in root.find_all(_PAGE_LEVEL_ONLY):
        if not any(parent.name in _SECTIONING for parent in tag.parents):
            tag.decompose()


def _flatten(root: Tag) -> str:
    """Text of ``root`` with a line break around every block and <br>, and data-table rows as tab-joined lines.

    An explicit stack instead of recursion or tree edits: deep nesting cannot hit
    the recursion limit, and bs4 insertions are linear in the sibling count
    (quadratic on long pages).  Comments, doctypes and the like are skipped.
    """
    parts: list[str] = []
    stack: list[object] = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if node is _END_OF_BLOCK:
            parts.append("\n")
        elif isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):
                parts.append(_HTML_SPACE.sub(" ", node))
        elif node.name == "br":
            parts.append("\n")
        elif node.name == "tr" and _is_data_row(node):
            parts.append("\n" + "\t".join(_cell_text(cell) for cell in _cells(node)) + "\n")
        else:
            if node.name in _BLOCK_TAGS:
                parts.append("\n")
                stack.append(_END_OF_BLOCK)
            stack.extend(reversed(node.contents))
    return "".join(parts)


def _cells(row: Tag) -> list[Tag]:
    return row.find_all(("td", "th"), recursive=False)


def _is_data_row(row: Tag) -> bool:
    """A row of a real table; layout rows (one cell, or nested tables) keep their paragraphs instead."""
    cells = _cells(row)
    return len(cells) > 1 and not any(cell.find("table") for cell in cells)


def _cell_text(cell: Tag) -> str:
    """A cell's text on one line, so that its row stays one line."""
    return _HTML_SPACE.sub(" ", _flatten(cell)).strip(" ")


# ------------------------------------------------------------------------ DOCX

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _read_docx(data: bytes) -> tuple[str, str]:
    """Body paragraphs and tables in document order; headers and footers are page furniture."""
    if data.startswith(_OLE_MAGIC):
        raise _Unreadable(
            "a password-protected .docx or an old binary .doc file; save it as an unprotected .docx"
        )
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = [_docx_block_text(block) for block in document.iter_inner_content()]
    except Exception as error:  # noqa: BLE001 - a broken file can fail anywhere in python-docx/lxml/zipfile
        raise _Unreadable(f"not a valid .docx file ({type(error).__name__})") from None
    return "\n".join(blocks), "docx"


def _docx_block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Table):
        return "\n".join(_docx_row_text(row) for row in block.rows)
    return block.text


def _docx_row_text(row: _Row) -> str:
    """One line per row; a cell's own paragraphs are joined by spaces so the row stays on one line."""
    cells: list[_Cell] = []
    for cell in row.cells:
        if not cells or cell is not cells[-1]:  # a horizontally merged cell is repeated per grid column
            cells.append(cell)
    return "\t".join(cell.text.replace("\n", " ") for cell in cells)


# ------------------------------------------------------------------------- PDF


def _read_pdf(data: bytes) -> tuple[str, str]:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
            raise _Unreadable("PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except _Unreadable:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many types on damaged files
        raise _Unreadable(f"not a valid PDF file ({type(error).__name__}: {error})") from None
    return "\n".join(pages), "pdf"


_EXTRACTORS: dict[str, Callable[[bytes], tuple[str, str]]] = {
    "txt": _decode,
    "html": _read_html,
    "docx": _read_docx,
    "pdf": _read_pdf,
}
_EMPTY_REASONS = {"pdf": "PDF has no text layer (scanned image?); OCR it first"}
