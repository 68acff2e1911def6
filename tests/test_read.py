"""Tests for loaders.read: real reply text written to disk in every encoding and format we ingest."""

from __future__ import annotations

import glob
import hashlib
import os
import pickle
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from loaders.read import (
    MAX_BYTES,
    SUPPORTED_SUFFIXES,
    RawDocument,
    ReadError,
    iter_document_paths,
    read_document,
)

FIXTURE = Path(__file__).parent / "fixtures" / "corpus" / "000_efadf02fe7c23abc.txt"

# Simplified → traditional for the characters of the passages used below, so the
# Big5 tests use genuinely traditional text rather than whatever Big5 happens to hold.
TO_TRADITIONAL = str.maketrans(
    dict(
        zip(
            "学术员会业产关况创办动发将强现经议为决响国实来济础积设财资转进键门项临协对题问级针义导续体复于机极",
            "學術員會業產關況創辦動發將強現經議為決響國實來濟礎積設財資轉進鍵門項臨協對題問級針義導續體覆於機極",
            strict=True,
        )
    )
)
CJK_FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    *sorted(glob.glob("/usr/share/fonts/**/*CJK*.tt[cf]", recursive=True)),
)


def _paragraphs() -> list[str]:
    return [line for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def passage() -> str:
    """Heading, salutation and the first body paragraphs of a real reply."""
    paragraphs = _paragraphs()
    return "\n".join([paragraphs[2], paragraphs[4], paragraphs[6], paragraphs[9], paragraphs[10]])


@pytest.fixture(scope="module")
def traditional_passage() -> str:
    paragraphs = _paragraphs()
    text = "\n".join(paragraphs[i] for i in (2, 6, 7, 8, 9, 10, 12)).translate(TO_TRADITIONAL)
    text.encode("big5")  # must be representable, or the test would prove nothing
    return text


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _reason(path: Path, **kwargs: int) -> str:
    with pytest.raises(ReadError) as caught:
        read_document(path, **kwargs)
    assert str(caught.value) == f"{caught.value.path}: {caught.value.reason}"
    assert "\n" not in str(caught.value)
    return caught.value.reason


def _cjk_font() -> str | None:
    return next((font for font in CJK_FONT_CANDIDATES if os.path.exists(font)), None)


# ------------------------------------------------------------------- plain text


def test_utf8_text_is_read_unchanged_with_hash_of_the_bytes(tmp_path: Path, passage: str) -> None:
    data = passage.encode("utf-8")
    path = _write(tmp_path, "reply.txt", data)

    document = read_document(path)

    assert document == RawDocument(
        path=path.resolve(),
        text=passage,
        encoding="utf-8",
        format="txt",
        sha256=hashlib.sha256(data).hexdigest(),
    )


def test_relative_path_is_resolved_to_absolute(tmp_path: Path, passage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "reply.txt", passage.encode("utf-8"))
    monkeypatch.chdir(tmp_path)

    document = read_document(Path("reply.txt"))

    assert document.path.is_absolute()
    assert document.path == (tmp_path / "reply.txt").resolve()


def test_utf8_bom_is_removed(tmp_path: Path, passage: str) -> None:
    document = read_document(_write(tmp_path, "reply.txt", passage.encode("utf-8-sig")))

    assert document.text == passage
    assert document.encoding == "utf-8"


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
@pytest.mark.parametrize("name", ["reply.txt", "reply.md", "reply-without-suffix"])
def test_gbk_text_is_detected_from_bytes_not_suffix(tmp_path: Path, passage: str, codec: str, name: str) -> None:
    document = read_document(_write(tmp_path, name, passage.encode(codec)))

    assert document.text == passage
    assert document.encoding == "gb18030"
    assert document.format == "txt"


def test_gb18030_only_characters_survive(tmp_path: Path, passage: str) -> None:
    text = passage + "\n㐀䶵€"  # CJK extension A and the euro sign: outside GBK, inside GB18030
    document = read_document(_write(tmp_path, "reply.txt", text.encode("gb18030")))

    assert document.text == text


@pytest.mark.parametrize("length", [10, 30])
def test_short_gbk_snippets_never_come_back_as_big5_mojibake(tmp_path: Path, length: int) -> None:
    """Short GBK texts often also decode as Big5; every window of the real reply must still read back exactly."""
    text = "".join(_paragraphs())
    windows = [text[start : start + length] for start in range(0, len(text) - length, 7)]
    path = tmp_path / "snippet.txt"

    for window in windows:
        path.write_bytes(window.encode("gbk"))
        document = read_document(path)
        assert (document.text, document.encoding) == (window, "gb18030")


def test_big5_traditional_text_is_detected(tmp_path: Path, traditional_passage: str) -> None:
    document = read_document(_write(tmp_path, "reply.txt", traditional_passage.encode("big5")))

    assert document.text == traditional_passage
    assert document.encoding == "big5"


def test_short_big5_snippets_are_detected(tmp_path: Path, traditional_passage: str) -> None:
    text = traditional_passage.replace("\n", "")
    path = tmp_path / "snippet.txt"

    for start in range(0, len(text) - 20, 5):
        window = text[start : start + 20]
        path.write_bytes(window.encode("big5"))
        assert read_document(path).text == window


@pytest.mark.parametrize(("codec", "expected"), [("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_utf16_with_bom_is_decoded(tmp_path: Path, passage: str, codec: str, expected: str) -> None:
    data = passage.encode(codec) if codec == "utf-16" else b"\xfe\xff" + passage.encode(codec)

    document = read_document(_write(tmp_path, "reply.txt", data))

    assert document.text == passage
    assert document.encoding == expected


def test_line_ends_are_normalised_and_control_characters_dropped(tmp_path: Path) -> None:
    raw = "\ufeff第一行\r\n第二行\r第三行\x00\x07\x0c\x1b结束\t制表符\n２０２５年　全角"
    document = read_document(_write(tmp_path, "reply.txt", raw.encode("utf-16")))

    assert document.text == "第一行\n第二行\n第三行结束\t制表符\n２０２５年　全角"


def test_crlf_gbk_file_is_normalised(tmp_path: Path, passage: str) -> None:
    document = read_document(_write(tmp_path, "reply.txt", passage.replace("\n", "\r\n").encode("gbk")))

    assert document.text == passage


def test_file_cut_in_the_middle_of_a_character_is_still_read(tmp_path: Path, passage: str) -> None:
    for codec in ("utf-8", "gbk"):
        data = passage.encode(codec)[:-1]
        document = read_document(_write(tmp_path, f"cut-{codec}.txt", data))
        assert document.text == passage[:-1] + "\ufffd"


def test_unknown_suffix_is_tried_as_text(tmp_path: Path, passage: str) -> None:
    document = read_document(_write(tmp_path, "reply.csv", passage.encode("gbk")))

    assert document.text == passage
    assert document.format == "txt"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1))
def test_any_utf8_text_reads_back_normalised(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(char for char in expected if char in "\n\t" or not ("\x00" <= char < "\x20"))
    assume(expected.strip())  # blank files are an error, tested separately
    assume(not text.lstrip().lower().startswith(("<html", "<!doctype html", "%pdf-")))  # sniffed formats
    path = tmp_path_factory.mktemp("prop") / "any.txt"
    path.write_bytes(text.encode("utf-8"))

    document = read_document(path)

    assert document.text == expected


# ------------------------------------------------------------------------- HTML

BOILERPLATE_WORDS = ("首页导航", "版权所有", "var tracker", "隐藏样式", "页面标题", "网站地图")


def _page(body: str, head: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html><head>" + head + "<title>页面标题</title>"
        "<style>.x{content:'隐藏样式'}</style><script>var tracker = '统计';</script></head>"
        "<body><header>网站地图</header><nav><a href='/'>首页导航</a></nav>"
        + body
        + "<aside>相关链接</aside><footer>版权所有 上海市人民政府</footer>"
        "<script>document.write('统计')</script></body></html>"
    )


def _article_html(paragraphs: list[str]) -> str:
    return "\n".join(f"  <p>　　{paragraph}</p>" for paragraph in paragraphs)


def test_utf8_html_keeps_main_content_and_drops_boilerplate(tmp_path: Path, passage: str) -> None:
    paragraphs = passage.split("\n")
    page = _page(f"<div class='sidebar'>侧栏内容</div><div class='TRS_Editor'>{_article_html(paragraphs)}</div>")

    document = read_document(_write(tmp_path, "reply.html", page.encode("utf-8")))

    assert document.format == "html"
    assert document.encoding == "utf-8"
    assert document.text == "\n".join(f"　　{paragraph}" for paragraph in paragraphs)
    for word in (*BOILERPLATE_WORDS, "侧栏内容", "相关链接"):
        assert word not in document.text


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="gbk">',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    ],
)
def test_gbk_html_declared_charset_is_honoured(tmp_path: Path, passage: str, head: str) -> None:
    paragraphs = passage.split("\n")
    page = _page(f"<div id='zoom'>{_article_html(paragraphs)}</div>", head=head)

    document = read_document(_write(tmp_path, "reply.htm", page.encode("gbk")))

    assert document.encoding == "gb18030"
    assert document.text == "\n".join(f"　　{paragraph}" for paragraph in paragraphs)
    assert not any(word in document.text for word in BOILERPLATE_WORDS)


def test_declared_big5_decides_an_ambiguous_short_page(tmp_path: Path, traditional_passage: str) -> None:
    snippet = traditional_passage.split("\n")[0]  # 上海市科學技術委員會
    page = f'<html><head><meta charset="big5"></head><body><p>{snippet}</p></body></html>'

    document = read_document(_write(tmp_path, "reply.html", page.encode("big5")))

    assert (document.text, document.encoding) == (snippet, "big5")


def test_page_labelled_gb2312_but_saved_as_utf8_is_read_as_utf8(tmp_path: Path, passage: str) -> None:
    page = _page(f"<div id='zoom'><p>{passage.splitlines()[-1]}</p></div>", head='<meta charset="gb2312">')

    document = read_document(_write(tmp_path, "reply.html", page.encode("utf-8")))

    assert document.text == passage.splitlines()[-1]
    assert document.encoding == "utf-8"


def test_html_paragraphs_line_breaks_and_tables(tmp_path: Path) -> None:
    page = _page(
        "<div id='ivs_content'>"
        "<p>一、工作任务</p>"
        "<p>第一项<br>第二项<br/>第三项</p>"
        "<table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td><p class='MsoNormal'><span>推进基础研究</span></p></td>"
        "<td>市科委<br>市财政局</td></tr></table>"
        "<p>二、保障措施</p>"
        "</div>"
    )

    document = read_document(_write(tmp_path, "reply.html", page.encode("utf-8")))

    assert document.text == (
        "一、工作任务\n第一项\n第二项\n第三项\n序号\t任务\t责任单位\n1\t推进基础研究\t市科委 市财政局\n二、保障措施"
    )


def test_layout_table_wrapping_the_article_keeps_its_paragraphs(tmp_path: Path, passage: str) -> None:
    paragraphs = passage.split("\n")
    page = _page("<table><tr><td>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</td></tr></table>")

    document = read_document(_write(tmp_path, "reply.html", page.encode("utf-8")))

    assert document.text == passage


def test_page_without_known_container_uses_body_without_chrome(tmp_path: Path, passage: str) -> None:
    page = _page("<div class='wrap'>" + "".join(f"<div>{p}</div>" for p in passage.split("\n")) + "</div>")

    document = read_document(_write(tmp_path, "reply.html", page.encode("gbk")))

    assert document.text == passage


def test_article_header_is_kept_but_page_header_dropped(tmp_path: Path) -> None:
    page = _page("<article><header><h1>关于推动产业高端化发展的答复</h1></header><p>正文内容</p></article>")

    document = read_document(_write(tmp_path, "reply.html", page.encode("utf-8")))

    assert document.text == "关于推动产业高端化发展的答复\n正文内容"


def test_html_saved_as_txt_is_sniffed_from_content(tmp_path: Path, passage: str) -> None:
    page = _page(f"<div id='zoom'><p>{passage.splitlines()[0]}</p></div>", head='<meta charset="gbk">')

    document = read_document(_write(tmp_path, "saved-page.txt", page.encode("gbk")))

    assert document.format == "html"
    assert document.text == passage.splitlines()[0]


def test_html_comments_are_not_text(tmp_path: Path) -> None:
    page = "<html><body><div id='zoom'><!-- 编辑备注 --><p>正文</p></div></body></html>"

    assert read_document(_write(tmp_path, "reply.html", page.encode("utf-8"))).text == "正文"


def test_html_with_only_boilerplate_is_an_error(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path, "empty.html", _page("").encode("utf-8"))) == "no text content"


# ------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_and_table_rows_in_order_without_header(tmp_path: Path, passage: str) -> None:
    paragraphs = passage.split("\n")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "页眉不应出现"
    document.sections[0].footer.paragraphs[0].text = "页脚不应出现"
    for paragraph in paragraphs[:2]:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("序号", "任务", "责任单位"), ("1", "基础研究", "市科委"), ("2", "成果转化", "")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    merged = table.cell(2, 1).merge(table.cell(2, 2))
    merged.text = "成果转化"
    table.cell(1, 2).add_paragraph("市财政局")
    for paragraph in paragraphs[2:]:
        document.add_paragraph(paragraph)
    path = tmp_path / "reply.docx"
    document.save(path)

    result = read_document(path)

    assert result.format == "docx"
    assert result.encoding == "docx"
    assert result.text == "\n".join(
        [*paragraphs[:2], "序号\t任务\t责任单位", "1\t基础研究\t市科委 市财政局", "2\t成果转化", *paragraphs[2:]]
    )


def test_corrupt_docx_is_a_clear_error(tmp_path: Path, passage: str) -> None:
    reason = _reason(_write(tmp_path, "broken.docx", b"PK\x03\x04" + passage.encode("utf-8")))

    assert reason.startswith("not a valid .docx file")


def test_password_protected_docx_is_a_clear_error(tmp_path: Path) -> None:
    ole_container = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)

    assert "password-protected" in _reason(_write(tmp_path, "locked.docx", ole_container))


# -------------------------------------------------------------------------- PDF


def _pdf_with_text(paragraphs: list[str], font: str) -> FPDF:
    pdf = FPDF()
    pdf.add_font("cjk", fname=font)  # first face of a .ttc collection is fine: all carry the hanzi
    pdf.set_font("cjk", size=12)
    for paragraph in paragraphs:
        pdf.add_page()
        pdf.multi_cell(0, 8, paragraph)
    return pdf


def test_pdf_text_of_every_page_is_extracted(tmp_path: Path, passage: str) -> None:
    font = _cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk or fonts-wqy-zenhei)")
    paragraphs = passage.split("\n")
    path = tmp_path / "reply.pdf"
    _pdf_with_text(paragraphs, font).output(str(path))

    document = read_document(path)

    assert document.format == "pdf"
    assert document.encoding == "pdf"
    assert "\x00" not in document.text
    # The PDF wraps long paragraphs at the page edge, so compare without whitespace.
    assert "".join(document.text.split()) == "".join(passage.split())


def test_pdf_without_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(20, 20, 150, 200, style="F")  # stands in for a scanned page image
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))

    assert _reason(path) == "PDF has no text layer (scanned image?); OCR it first"


def test_password_protected_pdf_is_a_clear_error(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "confidential")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))

    assert _reason(path) == "PDF is password-protected"


def test_corrupt_pdf_is_a_clear_error(tmp_path: Path) -> None:
    garbage = hashlib.sha512(b"not a pdf").digest() * 30
    reason = _reason(_write(tmp_path, "broken.pdf", b"%PDF-1.7\n" + garbage))

    assert reason.startswith("not a valid PDF file")


def test_pdf_is_recognised_by_its_header_whatever_the_suffix(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    path = tmp_path / "download.bin"
    pdf.output(str(path))

    assert _reason(path) == "PDF has no text layer (scanned image?); OCR it first"


# ------------------------------------------------------------------- bad input


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path, "empty.txt", b"")) == "file is empty"


def test_whitespace_only_file_has_no_text_content(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path, "blank.txt", "\ufeff \r\n\t\n".encode("utf-8"))) == "no text content"


def test_binary_file_with_nul_bytes_is_not_text(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8

    assert _reason(_write(tmp_path, "image.txt", data)) == "not a text document (binary data)"


def test_undecodable_bytes_without_nul_are_not_text(tmp_path: Path) -> None:
    data = bytes(byte | 0x80 for byte in hashlib.sha512(b"seed").digest() * 40)

    assert _reason(_write(tmp_path, "noise.txt", data)) == "not a text document (binary data)"


def test_file_over_the_size_limit_is_refused(tmp_path: Path, passage: str) -> None:
    data = passage.encode("utf-8")
    path = _write(tmp_path, "reply.txt", data)

    assert _reason(path, max_bytes=len(data) - 1) == f"file is larger than {len(data) - 1} bytes limit"
    assert read_document(path, max_bytes=len(data)).text == passage


def test_default_size_limit_is_20_mib(tmp_path: Path) -> None:
    path = _write(tmp_path, "huge.txt", b"a")
    os.truncate(path, MAX_BYTES + 1)  # sparse: no 20 MiB written

    assert MAX_BYTES == 20 * 1024 * 1024
    assert _reason(path) == "file is larger than 20 MiB limit"


def test_unreadable_file_reports_permission_denied(tmp_path: Path, passage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "secret.txt", passage.encode("utf-8"))
    path.chmod(0)
    if os.access(path, os.R_OK):  # root ignores file modes; simulate what everyone else gets

        def refuse(self: Path, *args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", refuse)

    assert _reason(path) == "cannot read: permission denied"


def test_directory_given_to_read_document_is_an_error(tmp_path: Path) -> None:
    assert _reason(tmp_path) == "is a directory, not a file"


def test_missing_file_given_to_read_document_is_an_error(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nope.txt") == "no such file"


def test_read_error_names_the_file_in_one_line_and_pickles() -> None:
    error = ReadError(Path("/data/reply.pdf"), "PDF is broken:\n  xref table missing")

    assert str(error) == "/data/reply.pdf: PDF is broken: xref table missing"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.reason, str(copy)) == (error.path, error.reason, str(error))


# ----------------------------------------------------------------------- walking


def test_supported_suffixes_are_the_documented_set() -> None:
    assert SUPPORTED_SUFFIXES == frozenset({".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".docx", ".pdf"})


@pytest.mark.timeout(10)
def test_folder_walk_is_sorted_skips_hidden_and_survives_symlink_loops(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    files = [
        "b.txt",
        "A.HTM",
        "a.docx",
        "notes.csv",
        ".hidden.txt",
        "~$a.docx",
        ".git/config.txt",
        "sub/c.html",
        "sub/deeper/d.pdf",
        "sub/deeper/e.md",
        "z/f.xhtml",
    ]
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")
    os.symlink(root, root / "sub" / "deeper" / "loop")  # back to the top
    os.symlink(root / "sub", root / "z" / "again")  # a second way into sub/
    os.symlink("self.txt", root / "self.txt")  # a link to itself
    os.symlink(root / "gone.txt", root / "dangling.txt")

    walked = list(iter_document_paths([root]))

    assert walked == [
        root / "A.HTM",
        root / "a.docx",
        root / "b.txt",
        root / "sub" / "c.html",
        root / "sub" / "deeper" / "d.pdf",
        root / "sub" / "deeper" / "e.md",
        root / "z" / "f.xhtml",
    ]


def test_files_given_directly_are_yielded_whatever_their_suffix(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"x")
    direct = [_write(tmp_path, "notes.csv", b"x"), _write(tmp_path, ".hidden.txt", b"x")]

    walked = list(iter_document_paths([direct[0], folder, direct[1]]))

    assert walked == [direct[0], folder / "a.txt", direct[1]]


def test_overlapping_folders_yield_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes(b"x")

    assert list(iter_document_paths([tmp_path, tmp_path / "sub"])) == [tmp_path / "sub" / "a.txt"]


def test_unreadable_folder_in_walk_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()

    def refuse(self: Path) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)  # chmod is no barrier when the tests run as root

    with pytest.raises(ReadError, match="cannot read: permission denied"):
        list(iter_document_paths([tmp_path / "locked"]))


def test_missing_path_in_walk_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file or directory"):
        list(iter_document_paths([tmp_path / "missing"]))
