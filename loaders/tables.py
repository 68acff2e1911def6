"""Task tables: ``序号 | 重点任务 | 责任单位`` lists that assign each numbered task to units.

Plans often end with an attachment such as 重点任务清单 whose rows say who does what.  Readers
deliver such a table in one of these layouts, and all are read here:

* **tab rows** (HTML and docx tables, see :mod:`loaders.read`): ``1\\t推进…研究\\t区规划资源局、区国资委``;
* **one cell per line** (text copied from a PDF or a web page): ``1`` / ``推进…研究`` /
  ``区规划资源局、区国资委``, with group cells (``行动一：…``, ``旧区改造``) between rows;
* **space rows** (a web page's table flattened): ``1 居民消费价格涨幅3%左右 发展改革委`` under
  ``序号 工 作 任 务 牵头负责部门``;
* **one run** (a table flattened with no mark between cells): ``序号工作任务责任单位21树立婚育新风。…
  省民政厅牵头;…落实22根据…``.

A table is a task table when its header names a task column (任务, 事项, 内容, 措施) and a unit
column (责任单位, 牵头单位, 推进单位, 配合部门 …).  Only the text's own characters are used: the
spans point into the text as given, so evidence stays a slice of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.places import is_place
from loaders.text import closed_up, is_cjk, line_spans

NUMBER_HEADERS = ("序号", "编号")
LEAD_MARKS = "★☆*＊"  # what marks the lead unit of a list, before or after its name (★区发改委, 区农业农村委*)
# The first header cell of a table with no number column (项目名称 | 项目内容 | 责任单位 | 进展情况).
TASK_FIRST_HEADERS = ("项目名称", "任务名称", "工作任务", "重点任务", "目标任务", "主要任务", "具体任务", "重点工作", "工作内容",
                      "任务内容", "工作事项", "指标名称", "类别")
_COLUMN_LABEL_RE = re.compile("名称|内容|单位|部门|情况|时间|时限|进展|进度|任务|措施|目标|项目|备注|领导|责任|牵头|配合|完成|类别|主体|举措|要求|指标")
# A progress note (已完成征迁, 正常进行中): no task, whatever unit cell follows it.
_PROGRESS_RE = re.compile("^(?:已|正在|正常|尚未|未|按计划|基本|完成|推进中|进行中|持续)")
_TASK_FIRST_LINE_RE = re.compile(rf"^[ \t]*(?:{'|'.join(TASK_FIRST_HEADERS)})[ \t]*\|?[ \t]*$", re.M)  # (主要任务 |: a barred cell)
_TASK_HEADER_RE = re.compile(r"任务|事项|实事|内容|措施|工作|项目|目标|指标")  # (民生实事: the practical matters a government promises)
_UNIT_HEADER_RE = re.compile(r"单位|部门|主体|牵头|配合|责任")
_MEASUREMENT_UNIT_HEADERS = ("单位", "计量单位")
_PERSON_HEADER_RE = re.compile(r"领导|负责人|联系人")  # 牵头领导 names people, not units
_GROUP_HEADERS = ("项目", "类别", "领域", "板块")  # a column grouping tasks, before the task column
_CONTENT_HEADER_RE = re.compile(r"内容|要求|举措")  # 任务内容 (任务要求及举措) after 任务名称: the task itself
# A web page's table border copied as a line of its own (|, |||): no cell.
_BORDER_RE = re.compile(r"^[|｜\s]*$")
# A task cell that carries its own number (1.地区生产总值增长5%以上。) under a merged 序号 cell.
_NUMBERED_TASK_RE = re.compile(r"^(?:(\d{1,3})[.．、]|[（(](\d{1,3})[）)])\s*(?=[\u4e00-\u9fff“])")  # not a figure (5.5%)
MAX_HEADER_CELL = 12
MAX_GROUP_CELL = 40
MAX_SHORT_CELL = 20  # a time limit, a leader or a note, not a task
_ROW_NUMBER_RE = re.compile(r"^\d{1,3}\.?$")
# A department's division named bare (疾控处, 规划信息处), as its own task ledger names its units.
_DIVISION = r"[\u4e00-\u9fff]{2,6}处"
DIVISION_RE = re.compile(_DIVISION)
# A cell of units: parts that end like a body's name (区规划资源局, 江宁路街道, 市北高新集团, 区“两旧”专班).
_UNIT_END_RE = re.compile(r"(?:局|委|办|厅|部|署|院|会|政府|中心|街道|镇|街镇|乡|集团|公司|专班|总办|单位|部门|管委会|办公室|小组|各区|海关|支行"
                          r"|(?:残|妇|侨|文|工商|供销)联|科协"  # (县残联, 市妇联: people's bodies by their short names)
                          r"|开发区|经开区|高新区)$"
                          r"|^[市区县].{1,10}(?:处|站|所|队)$"  # 区公安分局交警支队, not 新建公共充电站
                          r"|^[\u4e00-\u9fff]{2,4}(?:站|所)$"  # (安监站 安监所, 文化站: a town's own stations, by their short names)
                          r"|^(?:交警|交巡警|交管|城管|执法|综合执法|行政执法)(?:大队|中队)$|^(?:运管|路政|交管)所$"  # (交警大队, 运管所: a county's own, bare)
                          rf"|^{_DIVISION}$")  # (疾控处, 规划信息处: a department's divisions in its own ledger)
_UNIT_SPLIT_RE = re.compile(r"[、，,；;\s]+|(?<=[局委办])[和及与]")


@dataclass
class TableRow:
    """One task of a task table: where its row, task cell and unit cells are in the text."""

    number: str
    start: int
    end: int
    task_start: int
    task_end: int
    units: list[tuple[str, int, int]] = field(default_factory=list)  # (column header, start, end)
    group: str = ""  # the group cell in force (行动一：…, 旧区改造)


_ETC_END_RE = re.compile("等(?:部门|单位)?$")
# A unit's part in the task, after its name (省民政厅牵头;省总工会配合;各州(市)党委和政府落实).
_ROLE_END_RE = re.compile("(?:牵头|配合|负责|落实|参与|协助)$")
# A cell stacked under a row's unit names a body by its level or place (区金融办, 市商务局), not a task
# that only ends like one (建设区域医疗中心, 创建省级高新区).
_LISTED_UNIT_OPENING_RE = re.compile(r"^(?:[市区县省]|各|团[市区县省]委)")
_TASK_VERB_OPENING_RE = re.compile("^(?:建设|创建|推进|加快|筹办|开展|实施|打造|提升|完善|推动|举办|组织|建立|健全)")
_QUALIFIER_END_RE = re.compile(r"[（(][^（）()]{1,10}[）)]$")  # 区应急管理局(安委办), 高新区(邹区镇)


def is_unit_cell(cell: str) -> bool:
    """Whether a cell lists units (most of its parts end like a body's name)."""
    # 市发展改革委、农业局等: the list, then 等 (区投资促进中心。: a cell may end as a sentence does)
    listed = _ETC_END_RE.sub("", _QUALIFIER_END_RE.sub("", cell.strip().rstrip("。；;")))
    parts = [_ROLE_END_RE.sub("", p.strip(LEAD_MARKS)) for p in _UNIT_SPLIT_RE.split(listed) if p]  # 区农业农村委*: the lead's mark
    if not parts or len(cell) > 200:
        return False
    # (黄埔区、南沙区政府: a place listed before a government shares it)
    shared_government = parts[-1].endswith("政府")
    units = sum(1 for p in parts if _UNIT_END_RE.search(p) or p.startswith("各") or shared_government and is_place(p))
    return units * 10 >= 6 * len(parts)


def _header_at(lines: list[tuple[int, int, str]], index: int) -> list[str] | None:
    """The header cells of a task table whose 序号 cell is line ``index``, else None."""
    line = lines[index][2].strip()
    if "|" in line and line.startswith(NUMBER_HEADERS):
        cells = _piped_cells(line)
        return cells if cells[0] in NUMBER_HEADERS and _is_task_header(cells) else None
    if "|" in line and _is_numberless_piped_header(cells := _piped_cells(line)):
        return cells
    if "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
        if cells and cells[0] in NUMBER_HEADERS:
            return cells if _is_task_header(cells) else None
        return None
    if line.startswith(NUMBER_HEADERS) and " " in line and line not in NUMBER_HEADERS:
        cells = _spaced_header(line)
        return cells if cells and _is_task_header(cells) else None
    run = _run_header(line)
    if run:
        cells = [run.group(1), *_RUN_LABEL_RE.findall(run.group(2))]
        return cells if _is_task_header(cells) else None
    if line not in NUMBER_HEADERS and line not in TASK_FIRST_HEADERS:
        return None
    cells = [line]
    for _, _, nxt in lines[index + 1 : index + 24]:
        # (责任部门(加*号为牵头部门,其余为参与部门): 责任部门; 目   标   与   任   务: a header a page letter-spaces)
        cell = closed_up(_HEADER_NOTE_RE.sub("", nxt.strip()))
        if not cell or _BORDER_RE.match(cell):
            continue
        if len(cell) > MAX_HEADER_CELL or _ROW_NUMBER_RE.match(cell) or "：" in cell \
                or line in TASK_FIRST_HEADERS and not _COLUMN_LABEL_RE.search(cell):
            break  # (a numberless table's header ends at the first cell that is no column's name)
        cells.append(cell)
    if line in TASK_FIRST_HEADERS:  # no number column: the task column first, then a unit column
        return cells if len(cells) >= 2 and any(_is_unit_header(c) for c in cells[1:]) \
            and all(len(c) <= MAX_HEADER_CELL for c in cells) else None
    return cells if _is_task_header(cells) else None


# A header cell's note on how to read the column, in brackets after its name.
_HEADER_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（()）]{2,30}[）)]$")


def _spaced_header(line: str) -> list[str]:
    """``序号 工 作 任 务 牵头负责部门``: cells parted by spaces, a cell's own letters by single ones
    (the headers a web page letter-spaces); the number header, then the task, then the units."""
    words = re.split(r"\s{2,}|(?<=[^\s])\s(?=[^\s]{2,})|(?<=[^\s]{2})\s(?=[^\s])", line.strip())
    cells = [w.replace(" ", "") for w in words if w.strip()]
    return cells if cells and cells[0] in NUMBER_HEADERS else []


def _is_numberless_piped_header(cells: list[str]) -> bool:
    """A barred header with no number column whose first cell names the task (专项整治行业名称 | 时间安排 | 责任单位 |),
    a unit column after it."""
    first = cells[0]
    return len(cells) >= 2 and (bool(_TASK_HEADER_RE.search(first)) or first.endswith("名称")) and not _UNIT_HEADER_RE.search(first) \
        and any(_is_unit_header(c) and c not in _MEASUREMENT_UNIT_HEADERS for c in cells[1:]) \
        and all(0 < len(c) <= MAX_HEADER_CELL for c in cells)


def _is_unit_header(cell: str) -> bool:
    """A unit column's header (牵头领导 names people; 责任单位及负责人 still names the unit first)."""
    return bool(_UNIT_HEADER_RE.search(cell)) and not (_PERSON_HEADER_RE.search(cell) and not re.search("单位|部门", cell))


def _is_task_header(cells: list[str]) -> bool:
    """A task column and a unit column (a bare 单位 or 计量单位 column holds %, 家, 万个: a measure's unit)."""
    rest = cells[1:]
    return (any(_TASK_HEADER_RE.search(c) and not _UNIT_HEADER_RE.search(c) for c in rest)
            and any(_is_unit_header(c) and c not in _MEASUREMENT_UNIT_HEADERS for c in rest)
            and all(len(c) <= MAX_HEADER_CELL for c in rest))


# A table copied one cell per line, each cell closed by a bar (序号 | / 目标与任务 | / 80 | / …): read as bare cells.
_BARRED_CELL_HEADER_RE = re.compile(rf"^[ \t]*(?:{'|'.join((*NUMBER_HEADERS, *TASK_FIRST_HEADERS))})[ \t]*\|[ \t]*$", re.M)


def _table_lines(text: str) -> list[tuple[int, int, str]]:
    """The text's lines, a cell's closing bar cut off where the table is written one barred cell a line."""
    lines = line_spans(text)
    if not _BARRED_CELL_HEADER_RE.search(text):
        return lines
    cut = []
    for start, end, line in lines:
        body = line.rstrip()
        if body.endswith(("|", "｜")) and body.count("|") + body.count("｜") == 1:
            line = body[:-1].rstrip()
            end = start + len(line)
        cut.append((start, end, line))
    return cut


def table_starts(text: str) -> list[int]:
    """Offsets where task tables start (their 序号 header line, or a barred header naming the task first), for callers
    that must not reflow table lines as prose."""
    if not any(header in text for header in NUMBER_HEADERS) and not _TASK_FIRST_LINE_RE.search(text) and "|" not in text:
        return []  # most documents: no line to look at (a header line starts with 序号 or 编号, or is 项目名称 …, or is barred)
    lines = _table_lines(text)
    return [lines[i][0] for i in range(len(lines)) if _header_at(lines, i)]


def read_task_tables(text: str) -> list[TableRow]:
    """Every row of every task table in ``text``."""
    lines = _table_lines(text)
    rows: list[TableRow] = []
    i = 0
    while i < len(lines):
        header = _header_at(lines, i)
        if not header:
            i += 1
            continue
        tasks = [k for k, c in enumerate(header) if k and _TASK_HEADER_RE.search(c) and not _UNIT_HEADER_RE.search(c)] or [0]
        # the first task column, past a group column (项目, 类别) when a task column follows it
        task_column = next((k for k in tasks if header[k] not in _GROUP_HEADERS), tasks[0])
        after_task = header[task_column + 1 :]
        table: list[TableRow] = []
        if "|" in lines[i][2] and header[0] not in NUMBER_HEADERS:
            i = _numberless_piped_rows(lines, i + 1, after_task, table)
        elif header[0] in TASK_FIRST_HEADERS:
            i = _anchored_rows(lines, _past_cells(lines, i, len(header)), header, table)
        elif "|" in lines[i][2]:
            i = _piped_rows(lines, i + 1, task_column, after_task, table)
        elif "\t" in lines[i][2]:
            i = _tab_rows(lines, i + 1, task_column, after_task, table)
        elif _run_header(lines[i][2]):
            i = _run_rows(lines, i, after_task, table)
        elif lines[i][2].strip() not in NUMBER_HEADERS:
            i = _spaced_rows(lines, i + 1, after_task, table)
        else:
            i = _cell_rows(lines, _past_cells(lines, i, len(header)), after_task, table)
        _fill_merged_units(table)
        rows.extend(table)
    return rows


def _fill_merged_units(rows: list[TableRow]) -> None:
    """A unit cell merged over several rows is written once, on the first: the rows after it
    with no unit cell of their own share it (a task table leaves no task without a unit; the
    merged cell may span group cells, which sit in a column of their own)."""
    for previous, row in zip(rows, rows[1:]):
        if not row.units and previous.units:
            row.units = list(previous.units)


def _tab_rows(lines, i: int, task_column: int, after_task: list[str], rows: list[TableRow]) -> int:
    """Rows written ``1\\t任务\\t单位`` until the first line that is not such a row."""
    group = ""
    while i < len(lines):
        start, end, line = lines[i]
        cells = line.split("\t")
        if not line.strip():
            i += 1
            continue
        if not _ROW_NUMBER_RE.match(cells[0].strip()):
            if len([c for c in cells if c.strip()]) > 1 or len(line.strip()) > MAX_GROUP_CELL:
                break  # prose after the table
            group = line.strip()  # a group row (行动一：…) spanning the table
            i += 1
            continue
        if len(cells) <= task_column:
            break
        rows.append(_row_of_cells(lines[i], cells, cells[0].strip().rstrip("."), task_column, after_task, group))
        i += 1
    return i


def _row_of_cells(line_span: tuple[int, int, str], cells: list[str], number: str, task_column: int,
                  after_task: list[str], group: str) -> TableRow:
    """A row from its line's cells, one separator character apart (a tab, a bar): the task cell and the
    unit columns' cells that hold anything, as spans of the text."""
    start, end, line = line_span
    offsets = []
    pos = start
    for cell in cells:
        offsets.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    row = TableRow(number, start, end, *_trim(line, start, *offsets[task_column]), group=group)
    after = offsets[task_column + 1 :]
    for index, (header, (c0, c1)) in enumerate(zip(after_task, after)):
        if not _is_unit_header(header):
            continue
        if len(after) < len(after_task) and not is_unit_cell(line[c0 - start : c1 - start]):
            # (a row short of a cell the row above spans, 细化分工: its unit cell stands one or more to the left)
            c0, c1 = next(((a, b) for a, b in reversed(after[:index]) if is_unit_cell(line[a - start : b - start])), (c0, c1))
        if line[c0 - start : c1 - start].strip():
            row.units.append((header, *_trim(line, start, c0, c1)))
    return row


def _piped_cells(line: str) -> list[str]:
    """A web page's table row copied with a bar after each cell (序号 | 目标与任务 | 牵头责任单位 |)."""
    return [c.strip() for c in line.strip().rstrip("|").split("|")]


# The number cell of a piped row: 8, 8. or (8).
_PIPED_NUMBER_RE = re.compile(r"^(?:(\d{1,3})\.?|[（(](\d{1,3})[）)])$")


def _piped_rows(lines, i: int, task_column: int, after_task: list[str], rows: list[TableRow]) -> int:
    """Rows written ``(1) | 任务 | 牵头单位 | 责任单位 |`` until the first line without bars.  A page
    keeps a row's empty cells, so a numbered row whose unit cells are all empty (1 | 大力提振消费。 | ||)
    heads the rows below it, like a row with only its first cell (（一）加强经济运行调节… | |||)."""
    group = ""
    while i < len(lines):
        start, end, line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "|" not in line:
            break
        cells = line.split("|")
        number = _PIPED_NUMBER_RE.match(cells[0].strip())
        units = [(header, cell) for header, cell in zip(after_task, cells[task_column + 1 :]) if _is_unit_header(header)]
        if not number or len(cells) <= task_column or not any(cell.strip() for _, cell in units):
            words = [c.strip() for c in cells if c.strip()]
            group = words[-1] if words else group
            i += 1
            continue
        rows.append(_row_of_cells(lines[i], cells, number.group(1) or number.group(2), task_column, after_task, group))
        i += 1
    return i


def _numberless_piped_rows(lines, i: int, after_task: list[str], rows: list[TableRow]) -> int:
    """Rows written ``烟花爆竹 | 1月份 | 安监站 安监所 |`` under a numberless barred header, numbered as they come,
    until the first line without bars or with fewer cells than the header's unit columns reach."""
    reach = max(k for k, header in enumerate(after_task) if _is_unit_header(header)) + 2
    while i < len(lines):
        start, end, line = lines[i]
        if not line.strip():
            i += 1
            continue
        cells = line.split("|")
        if "|" not in line or len([c for c in cells if c.strip()]) < 2 or len(cells) < reach or not cells[0].strip():
            break
        rows.append(_row_of_cells(lines[i], cells, str(len(rows) + 1), 0, after_task, ""))
        i += 1
    return i


# ``3 安排财政赤字2.18万亿元，赤字率提高到3% 财政部``: number, task, and the unit cell last.
_SPACED_ROW_RE = re.compile(r"^\s*(\d{1,3})\.?\s+(\S.*?)\s+(\S+)\s*$")


def _spaced_rows(lines, i: int, after_task: list[str], rows: list[TableRow]) -> int:
    """Rows written ``1 任务 单位`` on one line, parted by spaces, until the first line that is not.

    Under several unit columns (牵头单位 参与单位 责任单位) the row's last cells are theirs, read from
    the right: unit cells hold no spaces, the task cell may (加强水资源保 护 严守…)."""
    unit_headers = _trailing_unit_headers(after_task) or ["责任单位"]
    while i < len(lines):
        start, end, line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = _SPACED_ROW_RE.match(line)
        if not m or not is_unit_cell(m.group(3)):
            break
        cells = [(start + c.start(), start + c.end()) for c in _SPACED_CELL_RE.finditer(line, m.start(2))]
        units = []
        while cells and len(units) < len(unit_headers) and len(cells) > 1 and is_unit_cell(line[cells[-1][0] - start : cells[-1][1] - start]):
            units.insert(0, cells.pop())
        row = TableRow(m.group(1), start, end, start + m.start(2), cells[-1][1])
        row.units += [(header, *span) for header, span in zip(unit_headers, units)]  # (an empty 配合单位 cell: the lead's alone)
        rows.append(row)
        i += 1
    return i


_SPACED_CELL_RE = re.compile(r"\S+")


# A header run's labels, each ending like a column's name (工作内容目标任务责任单位备注), then the first
# row's number and its task (序号工作任务责任单位21树立…).
_RUN_LABEL = r"[\u4e00-\u9fff]{0,6}?(?:内容|任务|单位|部门|备注|领导|时限|时间|名称|措施|举措|要求|指标|进度|节点|事项|目标)"
_RUN_LABEL_RE = re.compile(_RUN_LABEL)
_RUN_HEADER_RE = re.compile(rf"({'|'.join(NUMBER_HEADERS)})((?:{_RUN_LABEL})+)(?=\d{{1,3}}[\u4e00-\u9fff“])")
# A time-limit cell after the units (2021年底前, 2017.4.30): not a unit.
_TRAILING_TIME_RE = re.compile(r"(?:\d{4}(?:[年.\-]\d{1,2}(?:[月.\-]\d{1,2}日?)?)?年?(?:底|内|以前|前)*|长期坚持|持续推进)$")


def _run_header(line: str) -> re.Match[str] | None:
    """The header of a table flattened into one run, in a line with no other cell marks."""
    line = line.strip()
    if "|" in line or "\t" in line or line.startswith(NUMBER_HEADERS) and " " in line:
        return None
    return _RUN_HEADER_RE.search(line)


def _run_rows(lines, i: int, after_task: list[str], rows: list[TableRow]) -> int:
    """Rows of a table flattened into one run: a row runs from its number to the next number in
    sequence that follows a cell of units; its task is its first sentence, its units the cell
    after its last sentence (read like a note: 省民政厅牵头;省总工会配合).  Only a table with one
    unit column and no leader column is read: other cells run into the units with nothing between."""
    start, _, run = lines[i]
    unit_headers = [h for h in after_task if _is_unit_header(h)]
    if len(unit_headers) != 1 or any(_PERSON_HEADER_RE.search(h) for h in after_task):
        return i + 1  # (牵头单位配合单位, 分管领导牵头单位: adjacent cells run together past parting)
    header = _RUN_HEADER_RE.search(run)
    number = re.match(r"\d{1,3}", run[header.end() :]) if header else None
    row_start, label = (header.end(), number.group()) if header and number else (len(run), "")
    while label:
        body = row_start + len(label)
        following = _next_run_row(run, body, str(int(label) + 1))
        units = _unit_tail(run, body, following if following is not None else len(run))
        if units:
            row = TableRow(label, start + row_start, start + units[1], start + body, start + run.index("。", body))
            row.units.append((unit_headers[0], start + units[0], start + units[1]))
            rows.append(row)
        if following is None:
            break
        row_start, label = following, str(int(label) + 1)
    return i + 1


def _next_run_row(run: str, start: int, label: str) -> int | None:
    """Where row ``label`` opens: the number, not inside another, right after a cell of units
    (not 3个 in a task's figures)."""
    at = run.find(label, start + 2)
    while at >= 0:
        after = run[at + len(label) : at + len(label) + 1]
        if not run[at - 1].isdigit() and (is_cjk(after) or after == "“") and _unit_tail(run, start, at):
            return at
        at = run.find(label, at + 1)
    return None


def _unit_tail(run: str, start: int, end: int) -> tuple[int, int] | None:
    """The units cell closing run[start:end]: what follows its last sentence, a time limit cut off."""
    cut = run.rfind("。", start, end)
    if cut < 0:
        return None
    cell = _TRAILING_TIME_RE.sub("", run[cut + 1 : end]).rstrip()
    return (cut + 1, cut + 1 + len(cell)) if cell.strip() and is_unit_cell(cell) else None


def _trailing_unit_headers(headers: list[str]) -> list[str]:
    """The unit columns a header ends with (牵头单位 参与单位 责任单位), in order."""
    trailing: list[str] = []
    for header in reversed(headers):
        if not _is_unit_header(header):
            break
        trailing.insert(0, header)
    return trailing


def _past_cells(lines, i: int, count: int) -> int:
    """The line after the ``count`` header cells starting at line ``i`` (borders and blanks skipped)."""
    while count and i < len(lines):
        if lines[i][2].strip() and not _BORDER_RE.match(lines[i][2]):
            count -= 1
        i += 1
    return i


def _cell_rows(lines, i: int, after_task: list[str], rows: list[TableRow]) -> int:
    """Rows written one cell per line: a number line, the task line, then the unit lines.

    A task cell may carry its own number under a merged 序号 cell (1.地区生产总值…): it opens a row,
    and what the bare number opened (a 项目 cell) is the group it belongs to.  Unit cells go to the
    next unit column, past columns (a leader, a time limit) whose cells were merged away.
    """
    row: TableRow | None = None
    bare_row: TableRow | None = None  # the last row a bare number line opened
    group_after_units = False  # the last group cell came right after a row with its units
    columns: list[str] = []
    group = ""
    skipped = False  # the line before was a leader or time-limit cell (a cell may run over lines)
    last_unit_column = next((c for c in reversed(after_task) if _is_unit_header(c)), None)
    first_cell = ""  # the cell after a bare row number
    while i < len(lines):
        start, end, line = lines[i]
        cell = line.strip()
        i += 1
        if not cell or _BORDER_RE.match(cell):
            skipped = skipped and not cell  # a border ends the cell, a blank line does not
            continue
        unit_cell = is_unit_cell(cell)
        if cell in NUMBER_HEADERS or re.match(r"^附件\s*\d*[：:]?$", cell):
            i -= 1
            break
        if _ROW_NUMBER_RE.match(cell):
            row = bare_row = TableRow(cell.rstrip("."), start, end, -1, -1, group=group)
            rows.append(row)
            columns = list(after_task)
            continue
        numbered = _NUMBERED_TASK_RE.match(cell)
        if numbered and numbered.group(2) and row is None and group_after_units:
            i -= 1
            break  # 有关要求 / (1)各责任单位要…: notes after the table, numbered as its tasks are not
        if numbered and not unit_cell and (row is None or row.task_start >= 0):
            if row is not None and not row.units and rows and rows[-1] is row and row is bare_row:
                rows.pop()  # the bare number's cell was a group (项目), not a task
                group = first_cell
            offset = line.index(cell) + numbered.end()
            row = TableRow(numbered.group(1) or numbered.group(2), start, end, start + offset, start + len(line.rstrip()), group=group)
            rows.append(row)
            columns = list(after_task)
            continue
        if row is None:
            group = cell  # a group cell before the next row
            group_after_units = bool(rows and rows[-1].units)
            continue
        if row.task_start < 0:
            row.task_start, row.task_end = _trim(line, start, start, end)
            row.end = end
            first_cell = cell
            continue
        continued = skipped and not unit_cell and len(cell) <= MAX_SHORT_CELL  # 王 嵘 / 方 勇 over two lines
        skipped = continued
        if unit_cell and any(_is_unit_header(c) for c in columns):
            while not _is_unit_header(columns[0]):
                columns.pop(0)  # a merged leader or time-limit cell
            row.units.append((columns.pop(0), *_trim(line, start, start, end)))
            row.end = end
        elif unit_cell and row.units and len(cell) <= MAX_SHORT_CELL and row.units[-1][0] == last_unit_column \
                and "：" not in cell and ":" not in cell and not _signed_here(lines, i) and not _TASK_VERB_OPENING_RE.match(cell):
            # the last unit column's cell, one unit a line (县水务局 / 县住建局 / 县护城河指挥部 / 12月底前)
            row.units.append((row.units[-1][0], *_trim(line, start, start, end)))
            row.end = end
        elif columns and not _is_unit_header(columns[0]) and not unit_cell and len(cell) <= MAX_SHORT_CELL:
            columns.pop(0)  # a time limit, a leader or a note column
            row.end = end
            skipped = True
            continue
        elif continued:
            row.end = end  # the leader cell's second line
            continue
        elif columns and _CONTENT_HEADER_RE.search(columns[0]) and not row.units:
            # 任务名称 | 任务内容: the first cell was the task's name, merged over the rows below; the
            # content is the task
            row.group = group = first_cell
            row.task_start, row.task_end = _trim(line, start, start, end)
            row.end = end
            columns.pop(0)
        else:
            row, group = None, cell  # a group cell: the row is complete
            group_after_units = bool(rows and rows[-1].units)
    return i


MAX_CELLS_WITHOUT_UNIT = 6


def _anchored_rows(lines, i: int, header: list[str], rows: list[TableRow]) -> int:
    """Rows of a table with no number column, one cell per line: each unit cell closes a row whose
    task is the cell right before it (the cells before that are merged names or group rows, the
    ones after it progress notes).  The table ends where unit cells stop coming."""
    unit_headers = [h for h in header[1:] if _is_unit_header(h)]
    unit_header = unit_headers[0]
    task: tuple[int, int, int] | None = None  # (line start, cell start, cell end)
    numbered: tuple[int, int, int] | None = None  # a task cell that carries its number (1、地区生产总值增长率)
    since_unit = 0
    after_unit = False  # the cell before was a unit cell: another one is the same row's (区金融办 / 区商务委)
    while i < len(lines) and since_unit <= MAX_CELLS_WITHOUT_UNIT:
        start, end, line = lines[i]
        cell = line.strip()
        i += 1
        if not cell or _BORDER_RE.match(cell):
            continue
        if cell in NUMBER_HEADERS or cell in TASK_FIRST_HEADERS:
            i -= 1
            break
        unit_cell = is_unit_cell(cell)
        if unit_cell and after_unit and rows and not _signed_here(lines, i) and _LISTED_UNIT_OPENING_RE.match(cell):
            # (区科委 / 区金融办: the row's next unit, in the next unit column if there is one)
            header_index = min(len(rows[-1].units), len(unit_headers) - 1)
            rows[-1].units.append((unit_headers[header_index], *_trim(line, start, start, end)))
            rows[-1].end = end
            continue
        if unit_cell and (numbered or task) is not None:
            if _signed_here(lines, i):
                break  # 杭州市拱墅区人民政府办公室 / 2020年10月20日: the signature after the table
            task_cell = numbered or task
            row = TableRow(str(len(rows) + 1), task_cell[0], end, task_cell[1], task_cell[2])
            row.units.append((unit_header, *_trim(line, start, start, end)))
            rows.append(row)
            task, numbered, since_unit, after_unit = None, None, 0, True
            continue
        after_unit = False
        if _PROGRESS_RE.match(cell):
            task = None  # a row's progress note: the next task cell is still to come
            since_unit += 1
            continue
        if _NUMBERED_TASK_RE.match(cell):
            numbered = (start, *_trim(line, start, start, end))
        task = (start, *_trim(line, start, start, end))
        since_unit += 1
    return i


_DATE_LINE_RE = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|^\s*\d{4}-\d{1,2}-\d{1,2}\s*$")


def _signed_here(lines, i: int) -> bool:
    """Whether the next line with words (from line ``i``) is a date: the line before it signed the text."""
    following = next((line for _, _, line in lines[i : i + 3] if line.strip()), "")
    return _DATE_LINE_RE.match(following) is not None


def _trim(line: str, line_start: int, start: int, end: int) -> tuple[int, int]:
    """A cell's span without its surrounding spaces."""
    cell = line[start - line_start : end - line_start]
    lead = len(cell) - len(cell.lstrip())
    return start + lead, start + len(cell.rstrip())
