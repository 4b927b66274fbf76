"""Figures in a table pasted as text, its cells joined by bars into one paragraph.

A web page's table copied as text keeps its cells and loses its grid::

    商品名称 | 规格等级 | 价格（元/500克） | 与上月比 | 与上年同期比 |---|---|---|---|---|
    精粉 | 特一粉 | 3.0 | 0% | 0% |大米 | 一等 | 2.7 | 0% | -10% |…

or, a cell a line, with no rule under the header (指标 | 单位 | 绝对值 | 比上年增长(%) |
地区生产总值 | 亿元 | 59.61 | 2.3 |…).  The number of columns is the header's (the cells
before the rule) or, without a rule, the one under which the rows read alike (the same
columns hold numbers in every row).  A figure in a cell is then of its row's thing and its
column's measure (大米价格环比, 城镇比重), and a column of changes or shares gives its kind.
A cell's number counts only with its own unit (``0%``, ``-10%``): a bare number whose unit
is the column's (``（元/500克）``) or the row's ``单位`` cell is no mention (the spec: a bare
number with no unit does not count), though it keeps the table's columns readable.
A row shorter than the header lost the cells it shares with the row above (a thing
spanning two rows): those come from the row above, and both rows name their grade too.
Each pass is linear in the text: cells are found once, columns tried up to ``MAX_COLUMNS``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reportpress import patterns
from reportpress.metrics.names import WHOLE_NAME_RE, join_once
from reportpress.metrics.scan import Item

#: What separates cells (a bar, half or full width).
BAR_RE = patterns.compile(r"[|｜]")
#: A row cut short after the last bar: a fragment, no sentence, of at most this many characters.
CUT_ROW_LONGEST = 30
SENTENCE_END_RE = patterns.compile(r"[。！？；]")
#: Units a table's cells name rows by, not figures (65岁及以上: an age band).
LABEL_UNITS = ("岁",)
#: A header's rule (---, :---:).
RULE_RE = patterns.compile(r"\s*:?-{3,}:?\s*")
#: A cell that is a number alone, perhaps signed, perhaps with its percent sign.
NUMBER_CELL_RE = patterns.compile(r"\s*([-−+－]?[0-9]+(?:\.[0-9]+)?)\s*(%|％)?\s*")
#: The most columns a table is tried with, the fewest rows that make one, and how many of
#: its first rows its columns are read from (a constant cost, whatever the table's length).
MAX_COLUMNS = 10
MIN_ROWS = 2
SAMPLED_ROWS = 40
#: A unit written in a header (价格（元/500克）, 比重(%), 增长%): no part of what it measures.
HEADER_UNIT_RE = patterns.compile(r"[（(][^（）()]{1,10}[）)]\s*$|%\s*$")
#: Headers of a row's unit, and of a figure's own value (no measure of their own).
UNIT_HEADERS = ("单位", "计量单位")
VALUE_HEADERS = (
    "绝对值",
    "绝对量",
    "绝对额",
    "数值",
    "绝对数",
    "总量",
    "数量",
    "金额",
    "完成数",
    "实绩",
)
#: Headers of changes, with the comparison they name (与上月比 → 环比), and of shares.
CHANGE_HEADER_RE = patterns.compile(
    r"增长|增减|增速|增幅|[比较]上|同比|环比|与上|比去年|变动幅度|变动率|涨跌幅|涨跌|升降幅度"
)
MONTH_ON_MONTH_RE = patterns.compile(r"环比|上月")
YEAR_ON_YEAR_RE = patterns.compile(r"同比|同期")
SHARE_HEADER_RE = patterns.compile(r"比重|占比|构成")
#: Headers of a plan's completion (年计划投资完成率, 完成年度计划%).
COMPLETION_HEADER_RE = patterns.compile(r"完成率$|完成进度$|完成(?:年度|全年)?计划")
#: A header naming what its rows are (the corner: 指标, 商品名称), not what they measure.
ROW_HEADER_RE = patterns.compile(
    r"(?:指标|项目|名称|类别|地区|区域|分组|行业|品种|分类|产品|组别|单位)$"
)
#: A header of prices.
PRICE_HEADER_RE = patterns.compile(r"价格|均价|单价|零售价|批发价|收购价")
#: A period a change's header opens with (累计|增长, 本月|增长).
PERIOD_HEADER_RE = patterns.compile(r"累计|本月|当月|本年|全年|1[-—－~～至][0-9]{1,2}月")
#: How a row's thing is marked as a part (#开采辅助活动, 其中：…).
PART_MARK_RE = patterns.compile(r"^(?:#|＃|其中[：:]?)\s*|[\u2460-\u2473]$")


@dataclass
class Cell:
    start: int
    end: int
    text: str
    figure: bool = False  # it holds one figure and nothing else (2.4, 0%, 88.12亿元)
    serial: bool = False  # a row's number in a column of them (名次 | 省区市 |…|1 |四川 |…)


@dataclass
class Column:
    """What a column's figures are: the words added to the row's thing, and their kind
    when it is a change or a share."""

    words: str
    kind: str


def table_figures(text: str, found: list[Item], before: str = "") -> list[Item]:
    """The figures of the text, those in a table's cells given the name and kind their row
    and column say (``Item.tabled``), and none in a row's name (其中：65岁及以上: an age
    band, a label); a table whose header ends the paragraph ``before`` (its first rows
    with it) goes on here under that header."""
    cells = _cells(text)
    if len(cells) < 2 * 2:
        return found
    _mark_figures(text, cells, found)
    _mark_serials(cells)
    tables = _continued(cells, _cells(before)) if BAR_RE.search(before) else []
    tables = tables or _tables(cells)
    kept: list[Item] = []
    at, done = 0, -1
    for name, column, cell in sorted(
        (named for table in tables for named in table), key=lambda named: named[2].start
    ):
        if cell.start <= done:
            continue  # (a cell shared with the row above: named with that row)
        done = cell.start
        while at < len(found) and found[at].num_start < cell.start:
            kept.append(found[at])
            at += 1
        while at < len(found) and found[at].num_start < cell.end:
            item = found[at]
            at += 1
            if column is None:
                continue  # a number in a row's name
            kept.append(item)
            if item.unit and cell.figure:
                item.tabled = (name, column.kind)
    return kept + found[at:]


def _cells(text: str) -> list[Cell]:
    """The cells of the paragraph's bars, in order (the text before the first bar, from its
    last sentence on, is the first cell; a fragment after the last that is no sentence, a
    row cut short, the last); rules marked ``---``."""
    bars = [found.start() for found in BAR_RE.finditer(text)]
    if not bars:
        return []
    cells: list[Cell] = []
    start = max(text.rfind("。", 0, bars[0]), text.rfind("：", 0, bars[0])) + 1
    for pos in bars:
        rule = RULE_RE.fullmatch(text, start, pos)
        cells.append(Cell(start, pos, "---" if rule else text[start:pos].strip()))
        start = pos + 1
    rest = text[start:].strip()
    if rest and len(rest) <= CUT_ROW_LONGEST and not SENTENCE_END_RE.search(rest):
        cells.append(Cell(start, len(text), rest))  # (按年龄分 | ||0-15岁（含不满16周岁）)
    return cells


def _tables(cells: list[Cell]) -> list[list[tuple[str, Column | None, Cell]]]:
    """Each table's numbered cells, with their row's name and their column (read again
    without its empty cells when rows end with one the header does not have)."""
    rule = next((k for k, cell in enumerate(cells) if cell.text == "---"), -1)
    if rule >= 2:
        n = opened = rule
        body = [cell for cell in cells[rule:] if cell.text != "---"]
    elif rule >= 0:
        return []  # (a rule under one header cell, or none: no table read)
    elif (n_opened := _columns(cells)) or (
        n_opened := _columns(cells := [c for c in cells if c.text])
    ):
        n, opened = n_opened
        body = cells[opened:]
    else:
        return []
    # (a header cut short, its first cells in the paragraph before: the last columns')
    header = [""] * (n - opened) + [cell.text for cell in cells[:opened]]
    if not header[-1]:
        header = ["", *header[:-1]]  # (its corner left blank, its cells one to the left)
    rows = [body[k : k + n] for k in range(0, len(body), n)]
    if rows and len(rows[-1]) < n:  # a row cut short: its name alone, perhaps, the rest padded
        rows[-1] = rows[-1] + [Cell(rows[-1][-1].end, rows[-1][-1].end, "")] * (n - len(rows[-1]))
    return [_named(header, rows)]


def _continued(
    cells: list[Cell], cells_before: list[Cell]
) -> list[list[tuple[str, Column | None, Cell]]]:
    """The rows of a table the paragraph before opened with its whole header (a page's table
    whose lines were read as two paragraphs): the paragraph holds rows of as many cells, each
    a thing's name first and a number in it; [] when it does not."""
    for cell in cells_before:
        cell.figure = bool(NUMBER_CELL_RE.fullmatch(cell.text))
    columns = _columns(cells_before)
    if (
        columns is None
        or columns[0] != columns[1]
        or len(cells_before) % columns[0]  # (its last row whole: this one opens a row)
        or len(cells[0].text) > CUT_ROW_LONGEST
    ):
        return []
    n = columns[0]
    rows = [cells[k : k + n] for k in range(0, len(cells), n)]
    if len(rows[-1]) < n:
        rows[-1] = rows[-1] + [Cell(rows[-1][-1].end, rows[-1][-1].end, "")] * (n - len(rows[-1]))
    if len(rows) < MIN_ROWS or not all(
        row[0].text and not _is_figure(row[0]) and any(map(_is_figure, row)) for row in rows
    ):
        return []
    return [_named([cell.text for cell in cells_before[:n]], rows)]


def _mark_figures(text: str, cells: list[Cell], found: list[Item]) -> None:
    """Mark the cells that hold a number alone, or one figure read with its unit and
    nothing else (88.12亿元); both walked in order, once."""
    at = 0
    for cell in cells:
        while at < len(found) and found[at].start < cell.start:
            at += 1
        if NUMBER_CELL_RE.fullmatch(cell.text):
            cell.figure = True
        elif at < len(found) and found[at].end <= cell.end and found[at].unit not in LABEL_UNITS:
            item = found[at]
            cell.figure = (
                not text[cell.start : item.start].strip() and not text[item.end : cell.end].strip()
            )


#: A row's number: a whole number alone (1, 12), the rows numbered from one.
SERIAL_RE = patterns.compile(r"\s*([1-9][0-9]{0,3})\s*")
#: The fewest rows numbered one after another that make a column of row numbers.
MIN_SERIALS = 3


def _mark_serials(cells: list[Cell]) -> None:
    """Mark the cells of a column of row numbers (名次 | 省区市 | 旅游总收入 |…|1 |四川 |530.42
    |…|2 |河南 |…): whole numbers 1, 2, 3… as many cells apart each time, from one on.  They
    number the rows, as a rank does, and measure nothing; the row's thing is the next cell.
    One pass: each number looks up where the one before it was."""
    last: dict[int, int] = {}  # a row number → the index of its cell
    runs: dict[int, list[int]] = {}  # the index of a run's last cell → the run's cells
    for k, cell in enumerate(cells):
        number = SERIAL_RE.fullmatch(cell.text)
        if not number:
            continue
        value = int(number.group(1))
        before = last.get(value - 1)
        run = runs.pop(before, None) if before is not None else None
        if value == 1:
            run = [k]
        elif run is None or (len(run) > 1 and k - run[-1] != run[-1] - run[-2]):
            continue
        else:
            run.append(k)
        runs[k] = run
        last[value] = k
    for run in runs.values():
        if len(run) >= MIN_SERIALS:
            for k in run:
                cells[k].serial, cells[k].figure = True, False


def _is_figure(cell: Cell) -> bool:
    """Whether the cell holds one figure and nothing else (marked by ``_mark_figures``)."""
    return cell.figure


def _columns(cells: list[Cell]) -> tuple[int, int] | None:
    """The number of columns under which the first rows read alike (the same columns hold
    figures in at least four rows of five, two rows at least), and how many header cells
    open the cells (no figure among them; fewer than the columns when the paragraph before
    took the header's first ones); None when no number does.  The most rows alike win, a
    whole header before a cut one."""
    first_figure = next((k for k, cell in enumerate(cells) if _is_figure(cell)), len(cells))
    best: tuple[int, int] | None = None
    best_rows = 0
    for n in range(2, MAX_COLUMNS + 1):
        for opened in range(min(n, first_figure), 0, -1):
            stop = min(len(cells) - n + 1, opened + n * SAMPLED_ROWS)
            rows = [cells[k : k + n] for k in range(opened, stop, n)]
            rows = [row for row in rows if any(cell.text for cell in row[1:])]  # (按城乡分 | ||)
            if len(rows) < MIN_ROWS:
                continue
            masks = Counter(tuple(map(_is_figure, row)) for row in rows)
            mask, alike = masks.most_common(1)[0]
            if any(mask) and not mask[0] and 5 * alike >= 4 * len(rows) and alike > best_rows:
                best, best_rows = (n, opened), alike
    return best


def _named(header: list[str], rows: list[list[Cell]]) -> list[tuple[str, Column | None, Cell]]:
    """The numbered cells of the rows, each with its row's name and its column, and each
    row's name cell (no column)."""
    columns = [_column(words, header) for words in header]
    for k in range(2, len(columns)):
        if columns[k].kind == "change" and not columns[k].words and not columns[k - 1].kind:
            # 旅游总收入（亿元）| 同比增长: the change of the measure on its left
            columns[k] = Column(columns[k - 1].words, "change")
    masks = Counter(tuple(map(_is_figure, row)) for row in rows if row[-1].text)
    usual = masks.most_common(1)[0][0] if masks else ()
    full: list[list[Cell]] = []
    graded: list[bool] = []
    for row in rows:
        kept = list(row)
        while kept and not kept[-1].text:
            kept.pop()
        lost = len(row) - len(kept)
        if full and lost and len(kept) >= 2 and _reads_as(full[-1][:lost] + kept, usual):
            kept = full[-1][:lost] + kept  # the cells it shares with the row above
            graded[-1] = True  # (the rows the thing spans name their grade too)
            graded.append(True)
        else:
            kept += row[len(kept) :]
            graded.append(False)
        full.append(kept)
    named: list[tuple[str, Column | None, Cell]] = []
    for row, spanned in zip(full, graded, strict=True):
        # (a row's number opening it, a rank: the thing is the cell after it)
        first = 1 if row[0].serial and len(row) > 2 else 0
        thing = PART_MARK_RE.sub("", row[first].text)
        if spanned and len(row) > first + 2 and not _is_figure(row[first + 1]):
            thing += row[first + 1].text  # 玉米 混等（市场价）: the grade tells the rows apart
        if not thing:
            continue
        named.append((thing, None, row[first]))  # (its numbers are the name's)
        for k, (cell, column) in enumerate(zip(row, columns, strict=True)):
            if k <= first or not _is_figure(cell):
                continue
            named.append((join_once(thing, column.words), column, cell))
    return named


def _reads_as(row: list[Cell], usual: tuple[bool, ...]) -> bool:
    """Whether a row holds numbers where the usual row does (its empty cells aside)."""
    return len(row) == len(usual) and all(
        not cell.text or _is_figure(cell) == number for cell, number in zip(row, usual, strict=True)
    )


def _column(words: str, header: list[str]) -> Column:
    """What a header says its figures are: a price table's are the price's, a table's
    measure named in its corner (现价工业产值 | 本月 | 增长% |…) is every column's (a corner that
    names no measure, only what the rows are, adds nothing); a change over last year names
    its comparison only beside one over last month; a column of completions is one."""
    unit_said = HEADER_UNIT_RE.search(words)
    bare = words[: unit_said.start()].strip() if unit_said else words
    # (a corner naming what the rows are, or the table's units, names no measure: 指标,
    # 单位：个、亿元|隶属)
    corner = header[0] if WHOLE_NAME_RE.search(header[0]) else ""
    corner = "" if ROW_HEADER_RE.search(corner) else corner
    if any(PRICE_HEADER_RE.search(other) for other in header):
        corner = "价格"
    if change := CHANGE_HEADER_RE.search(bare):
        said = ""
        if MONTH_ON_MONTH_RE.search(bare):
            said = "环比"
        elif YEAR_ON_YEAR_RE.search(bare) and any(map(MONTH_ON_MONTH_RE.search, header)):
            said = "同比"  # (beside 与上月比: told apart)
        before = bare[: change.start()]
        period = before if PERIOD_HEADER_RE.fullmatch(before) else ""  # 累计|增长
        return Column(period + corner + said, "change")
    if SHARE_HEADER_RE.search(bare):
        return Column("比重", "share")
    if COMPLETION_HEADER_RE.search(bare):
        return Column(bare + corner, "completion")
    if bare in VALUE_HEADERS or bare in UNIT_HEADERS or PRICE_HEADER_RE.search(bare):
        return Column(corner, "")
    return Column(bare if corner == "价格" else bare + corner, "")
