"""The PDF's flowables on long documents: each line and row measured once, names kept apart.

Invented text throughout.  The point of each test is a cost that must not grow
with the square of the document (a block or table split page after page) or a
saving that must not mix up what cells name (links and anchors of shared lines).
"""

from __future__ import annotations

import io
import time

import pypdf
from reportlab.pdfgen.canvas import Canvas

from reportpress.editions.pdf.flowables import CellText, LineBlock, RuledTable, TableRow
from reportpress.editions.pdf.typeset import Piece, TextLine, Typesetter
from reportpress.editions.pdf.write import _Canvas
from reportpress.fonts import resolve

ROLE = "appendix_table"


def _typesetter(style, text: str) -> Typesetter:
    fontset = resolve(style)
    fontset.prepare({(style.role(ROLE).font, False): text})
    return Typesetter(style, fontset)


class _CountingTypesetter(Typesetter):
    calls = 0

    def set(self, *args, **kw) -> list[TextLine]:
        type(self).calls += 1
        return super().set(*args, **kw)


def test_cells_with_the_same_text_share_their_lines_but_not_their_names(gbt_style):
    fontset = resolve(gbt_style)
    fontset.prepare({(gbt_style.role(ROLE).font, False): "一/（三）/2"})
    setter = _CountingTypesetter(gbt_style, fontset)
    _CountingTypesetter.calls = 0
    shared: dict = {}
    cells = [
        CellText(setter, [Piece("一/（三）/2", ROLE, link=f"m{n}")], ROLE, "center", shared)
        for n in range(5)
    ] + [CellText(setter, [Piece("一/（三）/2", ROLE, anchor="row-m9")], ROLE, "center", shared)]
    for cell in cells:
        cell.wrap(80.0, 1000.0)
    assert _CountingTypesetter.calls == 2  # once linked, once anchored: not once per cell
    assert [cell.lines[0].links[0][3] for cell in cells[:5]] == [f"m{n}" for n in range(5)]
    assert cells[5].lines[0].anchors[0][1] == "row-m9"
    assert not cells[5].lines[0].links
    geometry = {tuple(link[:3]) for cell in cells[:5] for link in cell.lines[0].links}
    assert len(geometry) == 1  # the same rectangle: only the name differs


def test_shared_lines_link_each_cell_to_its_own_destination(gbt_style):
    """Drawn, each of two cells with the same text jumps to its own figure."""
    setter = _typesetter(gbt_style, "三/（二）目的地甲乙")
    shared: dict = {}
    buffer = io.BytesIO()
    canvas = _Canvas(buffer, pagesize=(400, 400), invariant=1, pageCompression=0)
    for n, name in enumerate(("甲", "乙")):
        CellText(setter, [Piece(f"目的地{name}", ROLE, anchor=f"fig-{n}")], ROLE, "left").wrap(
            200.0, 400.0
        )
        target = setter.set([Piece(f"目的地{name}", ROLE, anchor=f"fig-{n}")], ROLE, 200.0)
        target[0].draw(canvas, 380.0 - 40 * n)
    canvas.showPage()
    for n in range(2):
        cell = CellText(setter, [Piece("三/（二）", ROLE, link=f"fig-{n}")], ROLE, "left", shared)
        cell.wrap(200.0, 400.0)
        cell.draw_at(canvas, 10.0, 380.0 - 40 * n)
    canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    first, second = reader.pages
    links = [a.get_object() for a in second["/Annots"]]
    tops = []
    for link in links:
        destination = link["/Dest"]
        assert destination[0].get_object() == first.get_object()
        tops.append(float(destination[3]))
    assert tops[0] > tops[1]  # fig-0 is drawn above fig-1


def _lines(count: int, height: float = 10.0) -> list[TextLine]:
    return [TextLine(height) for _ in range(count)]


def test_a_block_longer_than_many_pages_splits_only_where_it_may():
    """A pasted paragraph of 2,000 lines, no widows or orphans: every page holds at
    least two of its lines, the last as well, and no line is lost or repeated."""
    count, page = 2000, 95.0  # nine lines a page
    lines = _lines(count)
    block = LineBlock(lines, set(range(2, count - 1)), page_height=page)
    pages = []
    while block.height > page:  # as platypus does: split what does not fit
        head, block = block.split(400.0, page)
        pages.append(head.lines)
    pages.append(block.lines)
    assert [line for part in pages for line in part] == lines
    assert all(len(part) >= 2 for part in pages)
    assert all(len(part) == 9 for part in pages[:-1])
    assert abs(block.height - 10.0 * len(block.lines)) < 1e-6


def test_a_block_split_keeps_its_breaks_counted_from_its_own_start():
    lines = _lines(30)
    block = LineBlock(lines, {5, 12, 25}, page_height=1000.0)
    head, tail = block.split(400.0, 100.0)  # ten lines fit: the break at 5
    assert len(head.lines) == 5
    head, tail = tail.split(400.0, 100.0)  # lines 5..14 fit: the break at 12
    assert len(head.lines) == 7
    assert tail.split(400.0, 100.0) == []  # lines 12..21 fit, the next break is 25


class _CountingCell(CellText):
    wraps = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        type(self).wraps += 1
        return super().wrap(available_width, available_height)


def test_a_long_table_measures_each_row_once_however_many_pages_it_takes(gbt_style):
    setter = _typesetter(gbt_style, "指标数值")
    _CountingCell.wraps = 0
    shared: dict = {}
    rows = [
        TableRow([_CountingCell(setter, [Piece(t, ROLE)], ROLE, "left", shared) for t in "指标"])
        for _ in range(600)
    ]
    table = RuledTable(rows, [100.0, 100.0], pad=3.0)
    pages = 0
    while True:
        parts = table.split(200.0, 300.0)
        pages += 1
        if len(parts) == 1:
            break
        table = parts[1]
    assert pages > 20
    assert _CountingCell.wraps == 2 * 600


def test_a_table_drawn_after_splitting_is_the_same_rows(gbt_style):
    setter = _typesetter(gbt_style, "甲乙丙")
    rows = [
        TableRow([CellText(setter, [Piece(t, ROLE)], ROLE, "left") for t in ("甲", f"乙{n}")])
        for n in range(40)
    ]
    rows = [TableRow([CellText(setter, [Piece("丙", ROLE)], ROLE, "left")]), *rows]
    table = RuledTable(rows, [100.0, 100.0], pad=3.0)
    whole = table.wrap(200.0, 10_000.0)[1]
    first, rest = table.split(200.0, whole / 2)
    assert first.rows[0] is rest.rows[0]  # the header repeats
    assert abs(first.height + rest.height - rows[0].height - whole) < 1e-6
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(400, 2000), invariant=1)
    for part in (first, rest):
        part.wrap(200.0, whole)
        part.drawOn(canvas, 0, 0)
        canvas.showPage()
    canvas.save()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(buffer).pages)
    assert text.count("甲") == 40


def _least_seconds(action, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.thread_time()
        action()
        best = min(best, time.thread_time() - started)
    return best


def _pages_of_block(count: int) -> None:
    block = LineBlock(_lines(count), set(range(2, count - 1)), page_height=95.0)
    while block.height > 95.0:
        block = block.split(400.0, 95.0)[1]


def _pages_of_table(rows: list[TableRow]) -> None:
    table = RuledTable(rows, [100.0, 100.0], pad=3.0)
    while len(parts := table.split(200.0, 300.0)) == 2:
        table = parts[1]


def test_splitting_page_after_page_costs_in_proportion_to_the_length(gbt_style):
    """Eight times the lines (rows) cost about eight times as much, not sixty-four."""
    setter = _typesetter(gbt_style, "指标")
    rows = [
        TableRow([CellText(setter, [Piece(t, ROLE)], ROLE, "left") for t in "指标"])
        for _ in range(8 * 500)
    ]
    _pages_of_table(rows)  # every row measured once, here
    block = _least_seconds(lambda: _pages_of_block(8 * 1500)) / _least_seconds(
        lambda: _pages_of_block(1500)
    )
    table = _least_seconds(lambda: _pages_of_table(rows)) / _least_seconds(
        lambda: _pages_of_table(rows[:500])
    )
    assert block < 24, block
    assert table < 24, table
