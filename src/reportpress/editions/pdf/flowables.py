"""Flowables: measured, split and drawn apart, as ReportLab's platypus expects.

:class:`LineBlock` holds set lines and the places it may break across pages;
:class:`CellText`, :class:`TableRow` and :class:`RuledTable` lay out the metrics
appendix as a ruled table whose header repeats on every page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from reportpress.editions.pdf.platypus import Flowable
from reportpress.editions.pdf.typeset import Piece, TextLine, Typesetter

EPS = 1e-6


class LineBlock(Flowable):
    """Lines that may break across pages only at the given line indices.

    Keeping a heading with the lines that follow and avoiding widows and orphans
    are both expressed as the set of allowed breaks, so one flowable does both.
    A block longer than a page (a paragraph pasted without line ends) is split
    page after page: each part is a stretch ``[first, end)`` of the same list of
    lines with the same breaks, so a split looks at one page's lines, never at
    all that follow.
    """

    def __init__(
        self,
        lines: list[TextLine],
        breaks: set[int],
        *,
        space_before: float = 0.0,
        space_after: float = 0.0,
        page_height: float = 0.0,
        first: int = 0,
        end: int | None = None,
        height: float | None = None,
    ) -> None:
        super().__init__()
        self._all = lines
        self.first = first
        self.end = len(lines) if end is None else end
        self.breaks = breaks  # indices into the whole list: a break before that line
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.page_height = page_height
        self.height = sum(line.height for line in self.lines) if height is None else height

    @property
    def lines(self) -> list[TextLine]:
        return self._all[self.first : self.end]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines, first = self._all, self.first
        top, fits = 0.0, first  # lines before ``fits`` fit
        while fits < self.end - 1 and top + lines[fits].height <= available_height + EPS:
            top += lines[fits].height
            fits += 1
        at = next((i for i in range(fits, first, -1) if i in self.breaks), first)
        if at == first and available_height >= self.page_height - EPS:
            at = fits  # taller than a page with no allowed break: break anyway
        if at == first:
            return []
        head_height = sum(line.height for line in lines[first:at])
        head = LineBlock(
            lines,
            self.breaks,
            space_before=self.spaceBefore,
            page_height=self.page_height,
            first=first,
            end=at,
            height=head_height,
        )
        tail = LineBlock(
            lines,
            self.breaks,
            space_after=self.spaceAfter,
            page_height=self.page_height,
            first=at,
            end=self.end,
            height=self.height - head_height,
        )
        return [head, tail]

    def draw(self) -> None:
        top = self.height
        for line in self.lines:
            line.draw(self.canv, top)
            top -= line.height


class CellText:
    """A table cell's text, set when the table tells the cell its width.

    Not a flowable of its own (the table measures and draws its cells): a long
    report's appendix has a cell per column and figure, each light.
    """

    __slots__ = (
        "typesetter",
        "pieces",
        "role",
        "align",
        "lines",
        "width",
        "height",
        "_width",
        "_shared",
    )

    def __init__(
        self,
        typesetter: Typesetter,
        pieces: list[Piece],
        role: str,
        align: str,
        shared: dict[tuple, list[TextLine]] | None = None,
    ) -> None:
        self.typesetter = typesetter
        self.pieces = pieces
        self.role = role
        self.align = align
        self.lines: list[TextLine] = []
        self.width = self.height = 0.0
        self._width = -1.0
        # Lines set for cells of the same table: a unit, a kind or a section repeats
        # down its column, and cells with the same text at the same width get the
        # same lines (never changed once set, so they may be drawn in several cells).
        # A link or an anchor changes where no character goes, only what it names:
        # cells differing only in those names share the setting, each with its names.
        self._shared = {} if shared is None else shared

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if abs(available_width - self._width) > EPS:
            self._width = available_width
            key = (_shape(self.pieces), self.role, self.align, available_width)
            lines = self._shared.get(key)
            if lines is None:
                lines = self._shared[key] = self.typesetter.set(
                    _generic(self.pieces),
                    self.role,
                    available_width,
                    align=self.align,
                    first_indent=0,
                    balance=True,
                )
            names = _names(self.pieces)
            self.lines = _named(lines, names) if names else lines
        self.width = available_width
        self.height = sum(line.height for line in self.lines)
        return available_width, self.height

    def draw_at(self, canvas: Canvas, left: float, top: float) -> None:
        """Draw the lines from ``(left, top)`` on, without a transformation of their own."""
        for line in self.lines:
            line.draw(canvas, top, left)
            top -= line.height


def _shape(pieces: list[Piece]) -> tuple:
    """What of the pieces decides their setting: all but the names of links and anchors."""
    return tuple(
        (piece.text, piece.role, piece.bold, bool(piece.link), bool(piece.anchor), piece.outline)
        for piece in pieces
    )


def _generic(pieces: list[Piece]) -> list[Piece]:
    """The pieces with their links and anchors named by position (:func:`_names`)."""
    return [
        replace(
            piece,
            link=_by_position("link", index) if piece.link else "",
            anchor=_by_position("anchor", index) if piece.anchor else "",
        )
        if piece.link or piece.anchor
        else piece
        for index, piece in enumerate(pieces)
    ]


def _by_position(kind: str, index: int) -> str:
    """The stand-in name of the ``index``-th piece's link or anchor in a shared setting."""
    return f"\0{kind}{index}"


def _names(pieces: list[Piece]) -> dict[str, str]:
    """The real names of the links and anchors that :func:`_generic` names by position."""
    names = {}
    for index, piece in enumerate(pieces):
        if piece.link:
            names[_by_position("link", index)] = piece.link
        if piece.anchor:
            names[_by_position("anchor", index)] = piece.anchor
    return names


def _named(lines: list[TextLine], names: dict[str, str]) -> list[TextLine]:
    """Lines set from :func:`_generic` pieces, their links and anchors given the real names
    (the runs are shared: they are never changed once set)."""
    return [
        TextLine(
            line.height,
            line.baseline,
            line.x,
            line.width,
            line.runs,
            [(x0, x1, size, names[name]) for x0, x1, size, name in line.links],
            [(x, names[name]) for x, name in line.anchors],
            line.outline,
        )
        if line.links or line.anchors
        else line
        for line in lines
    ]


@dataclass(slots=True)
class TableRow:
    """A row of the appendix table: a cell per column, or one cell spanning them all."""

    cells: list[CellText]
    background: colors.Color | None = None
    height: float = 0.0  # set by the table, once: the row goes unchanged to its split parts

    @property
    def spans(self) -> bool:
        return len(self.cells) == 1


class RuledTable(Flowable):
    """Rows of cells in a 0.4 pt grid, split between rows, the header repeated.

    It lays the appendix out as ReportLab's ``Table`` did (each row as tall as its
    tallest cell plus padding, cells centred vertically, no rule inside a
    spanning row), without the Table's per-cell style bookkeeping, which took
    longer than setting the cells' text.
    """

    RULE = 0.4
    #: A spanning row is at least this tall inside its padding: ReportLab's Table
    #: sized the empty cells under a span in its default 10/12 pt font.
    SPAN_LEADING = 12.0

    def __init__(
        self,
        rows: list[TableRow],
        widths: list[float],
        pad: float,
        header_rows: int = 1,
        *,
        first: int | None = None,
        height: float | None = None,
    ) -> None:
        super().__init__()
        # A part split off the table keeps the whole list of rows and shows the
        # header rows and those from ``first`` on: a long table is split page
        # after page, each split looking at one page's rows, never at all that follow.
        self._rows = rows
        self.first = header_rows if first is None else first
        self.widths = widths
        self.pad = pad
        self.header_rows = header_rows
        self.lefts = [0.0]  # each column's left edge, then the table's right edge
        for width in widths:
            self.lefts.append(self.lefts[-1] + width)
        self.width = self.lefts[-1]
        self.height = height  # known once the rows are measured (a part is given it)

    @property
    def rows(self) -> list[TableRow]:
        return self._rows[: self.header_rows] + self._rows[self.first :]

    @property
    def heights(self) -> list[float]:
        return [row.height for row in self.rows]

    def _cell_boxes(self, row: TableRow) -> list[tuple[CellText, float, float]]:
        """Each cell of a row with its left edge and width."""
        if row.spans:
            return [(row.cells[0], 0.0, self.lefts[-1])]
        return list(zip(row.cells, self.lefts[:-1], self.widths, strict=True))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.height is None:
            pad = self.pad
            for row in self.rows:
                if not row.height:
                    tallest = self.SPAN_LEADING + (pad / 2 + pad / 2) if row.spans else 0.0
                    for cell, _, width in self._cell_boxes(row):
                        _, height = cell.wrap(width - pad - pad, available_height)
                        tallest = max(tallest, height + (pad / 2 + pad / 2))
                    row.height = tallest
            self.height = sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        rows, head, first = self._rows, self.header_rows, self.first
        header = sum(row.height for row in rows[:head])
        used, fits = header, first  # rows before ``fits`` fit
        while fits < len(rows) and used + rows[fits].height <= available_height:
            used += rows[fits].height
            fits += 1
        if used > available_height or fits == first:
            return []
        if fits == len(rows):
            return [self]
        shown = rows[:head] + rows[first:fits]
        rest = self.height - (used - header)
        return [
            RuledTable(shown, self.widths, self.pad, head, height=used),
            RuledTable(rows, self.widths, self.pad, head, first=fits, height=rest),
        ]

    def draw(self) -> None:
        canvas, pad = self.canv, self.pad
        bottoms = []  # each row's bottom edge
        top = self.height
        for height in self.heights:
            top -= height
            bottoms.append(top)
        canvas.saveState()
        for row, bottom, height in zip(self.rows, bottoms, self.heights, strict=True):
            if row.background is not None:
                canvas.setFillColor(row.background)
                canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        for row, bottom, height in zip(self.rows, bottoms, self.heights, strict=True):
            for cell, left, _ in self._cell_boxes(row):
                # Centred between the paddings, as ReportLab's VALIGN MIDDLE puts it.
                cell.draw_at(
                    canvas, left + pad, bottom + (height + pad / 2 - pad / 2 + cell.height) / 2
                )
        canvas.setLineWidth(self.RULE)
        canvas.setStrokeColor(colors.black)
        edges = [self.height, *bottoms]
        for y in edges:
            canvas.line(0, y, self.width, y)
        for column, x in enumerate(self.lefts):
            inner = 0 < column < len(self.widths)
            # A vertical rule runs through every row but, inside, not a spanning one.
            start = None
            for row, top in zip(self.rows, edges[:-1], strict=True):
                if inner and row.spans:
                    if start is not None:
                        canvas.line(x, start, x, top)
                    start = None
                elif start is None:
                    start = top
            if start is not None:
                canvas.line(x, start, x, edges[-1])
        canvas.restoreState()
