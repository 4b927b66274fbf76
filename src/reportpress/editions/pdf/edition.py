"""The PDF edition: the report set on the style's page and grid, with ReportLab.

Text is not handed to ReportLab's Paragraph: its CJK wrapping lets a line start
with ``，`` and cannot justify Chinese.  Instead :mod:`.linebreak` places every
character and the flowables here draw them run by run, each run in the face that
has its characters (:mod:`reportpress.fonts`), with grid spacing and justification
done by PDF character spacing so the text stays extractable.

Layout rules carried out here: the page geometry and the 22 × 28 grid of
GB/T 9704 (or a style's own leading), headings kept with two lines of what
follows, widows and orphans avoided, bold run-in leads, page numbers at the
outer edge, bookmarks for every heading and the appendix, the metrics appendix
as a table whose header repeats, metric mentions linked to their rows and back.
Output is byte-identical for the same input (ReportLab ``invariant``, dates
from ``SOURCE_DATE_EPOCH`` or else the report's own date).
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from reportpress import __version__ as _version
from reportpress.editions.linebreak import Line, balanced_width, break_lines
from reportpress.editions.titles import title_breaks
from reportpress.errors import InputError
from reportpress.fonts import FontSet, LoadedFace, resolve
from reportpress.ladder import Heading, display_depths, read_level, split_number
from reportpress.model import Block, Metric, Report, Span
from reportpress.styles import MM, Style

log = logging.getLogger(__name__)

#: Top of the ideographic em box above the baseline, in ems (880/1000 in CJK fonts).
EM_TOP = 0.88
#: Stroke width of synthesized bold, in ems (text render mode 2).
FAKE_BOLD_STROKE = 0.03
EPS = 1e-6


# ---- typesetting: pieces of text → positioned runs ---------------------------------------


@dataclass(frozen=True)
class Piece:
    """A stretch of text in one paragraph role, maybe bold, maybe a link or an anchor."""

    text: str
    role: str
    bold: bool = False
    link: str = ""  # named destination this text jumps to
    anchor: str = ""  # named destination placed at this text
    outline: tuple[str, str, int] | None = None  # a run-in heading's bookmark


@dataclass
class Run:
    """Characters drawn by one text operation: same face, size and spacing."""

    x: float
    text: str
    font: str
    size: float
    char_space: float
    fake_bold: bool


@dataclass
class TextLine:
    """One printed line (or a blank of ``height``), drawn from its top edge."""

    height: float
    baseline: float = 0.0  # distance from the top edge
    x: float = 0.0
    width: float = 0.0  # from x to the right edge of the last character
    runs: list[Run] = field(default_factory=list)
    links: list[tuple[float, float, float, str]] = field(default_factory=list)  # x0, x1, size
    anchors: list[tuple[float, str]] = field(default_factory=list)
    outline: tuple[str, str, int] | None = None  # key, title, level (0-based)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def draw(self, canvas: Canvas, top: float, left: float = 0.0) -> None:
        """Draw the line with its top at ``top``, its measure starting at ``left``."""
        y = top - self.baseline
        x = left + self.x
        if self.outline is not None:
            key, title, level = self.outline
            canvas.bookmarkHorizontal(key, left, top)
            canvas.addOutlineEntry(title, key, level=level, closed=False)
        for at, name in self.anchors:
            canvas.bookmarkHorizontal(name, x + at, top)
        if not self.runs:
            return
        fake_bold = any(run.fake_bold for run in self.runs)
        if fake_bold:
            canvas.saveState()
            canvas.setLineWidth(max(run.size for run in self.runs) * FAKE_BOLD_STROKE)
        code = ["BT"]
        mode = 0
        baseline = _number(y)
        for run in self.runs:
            if run.fake_bold != bool(mode):
                mode = 2 if run.fake_bold else 0
                code.append(f"{mode} Tr")
            code.append(f"1 0 0 1 {_number(x + run.x)} {baseline} Tm")
            code.extend(_show(canvas, run))
        code.append("ET")
        canvas._code.append(" ".join(code))
        if fake_bold:
            canvas.restoreState()
        for x0, x1, size, destination in self.links:
            rect = (x + x0, y - 0.2 * size, x + x1, y + EM_TOP * size)
            canvas.linkRect("", destination, rect, relative=1, thickness=0)


@lru_cache(maxsize=4096)
def _number(value: float) -> str:
    """A number as ReportLab writes it (``fp_str``), remembered.

    Without ReportLab's C accelerator ``fp_str`` is slow Python, and the same
    numbers come back on every page: the grid's baselines, the left edge, the
    indent, the spacing of a full line.
    """
    return fp_str(value)


def _show(canvas: Canvas, run: Run) -> list[str]:
    """PDF operators showing a run, its spacing as TJ adjustments rather than ``Tc``.

    Character spacing (``Tc``) would do, but pdfminer (hence pdfplumber) drops
    it at every string boundary, and ReportLab starts a new string whenever a
    run crosses one of its 256-glyph subsets; explicit adjustments read back
    the same in every tool.
    """
    font = getFont(run.font)
    doc = canvas._doc
    size = _number(run.size)
    adjust = -run.char_space * 1000 / run.size
    gap = f" {_number(adjust)} " if abs(adjust) > 1e-4 else ""
    out = []
    first = True
    for subset, chunk in font.splitString(run.text, doc):
        out.append(f"{font.getSubsetInternalName(subset, doc)} {size} Tf")
        if gap:
            glyphs = gap.join(_GLYPH_STRINGS[b] for b in chunk)
            out.append(f"[{'' if first else gap}{glyphs}] TJ")
        else:
            out.append(f"({escapePDF(chunk)}) Tj")
        first = False
    return out


#: Each byte as a PDF string of its own, escaped (spaced glyphs are shown one by one).
_GLYPH_STRINGS = [f"({escapePDF(bytes((b,)))})" for b in range(256)]


@dataclass(slots=True)
class _Char:
    char: str
    face: LoadedFace
    size: float
    fake_bold: bool
    piece: int
    glyph: float  # advance of the glyph alone
    advance: float  # with the grid's spacing


class Typesetter:
    """Sets pieces of text into lines for one style and its fonts."""

    #: Compressing punctuation (``，“`` sharing a blank half, push-in) reads well,
    #: but a compressed mark's glyph box then overlaps its neighbour's, and
    #: ``pdftotext -layout`` takes overlapping boxes for separate columns and
    #: splits the line there; so lines are filled by push-out and spreading.
    compress_punctuation = False

    def __init__(self, style: Style, fontset: FontSet) -> None:
        self.style = style
        self.fontset = fontset
        # (char, font role, bold, size) → (face, fake bold, advance): asked for every
        # character typeset.  The faces cannot change while a typesetter lives, as
        # render() has the font set load every character of the document first.
        self._glyphs: dict[tuple[str, str, bool, float], tuple[LoadedFace, bool, float]] = {}
        self._char_space: dict[str, float] = {}  # per role: asked for every paragraph

    def glyph(
        self, char: str, font_role: str, bold: bool, size: float
    ) -> tuple[LoadedFace, bool, float]:
        """The face drawing a character, whether its bold is synthesized, its advance."""
        key = (char, font_role, bold, size)
        found = self._glyphs.get(key)
        if found is None:
            face, fake_bold = self.fontset.face_for(char, font_role, bold)
            found = self._glyphs[key] = (face, fake_bold, face.width(char, size))
        return found

    def char_space(self, role_name: str) -> float:
        """Spacing that puts a role's characters on the grid's pitch (0 off the grid)."""
        if role_name not in self._char_space:
            self._char_space[role_name] = self._grid_spacing(role_name)
        return self._char_space[role_name]

    def _grid_spacing(self, role_name: str) -> float:
        role = self.style.role(role_name)
        pitch = self.style.char_pitch_pt
        if pitch is None or abs(pitch - role.size_pt) > 0.1 * role.size_pt:
            return 0.0
        return pitch - role.size_pt

    def em(self, role_name: str) -> float:
        """One character's width in a role, for indents: the grid pitch where it applies."""
        return self.style.role(role_name).size_pt + self.char_space(role_name)

    def baseline(self, role_name: str, pitch: float) -> float:
        """Baseline below a line's top: em box at the top on a grid, else centred in the leading."""
        role = self.style.role(role_name)
        if role.line_height is None and self.style.grid is not None:
            return EM_TOP * role.size_pt
        return (pitch - role.size_pt) / 2 + EM_TOP * role.size_pt

    def _chars(self, pieces: list[Piece]) -> list[_Char]:
        chars: list[_Char] = []
        for index, piece in enumerate(pieces):
            role = self.style.role(piece.role)
            spacing = self.char_space(piece.role)
            bold = piece.bold or role.bold
            font, size = role.font, role.size_pt
            for char in piece.text:
                face, fake_bold, glyph = self.glyph(char, font, bold, size)
                chars.append(_Char(char, face, size, fake_bold, index, glyph, glyph + spacing))
        return chars

    def set(
        self,
        pieces: list[Piece],
        role_name: str,
        width: float,
        *,
        align: str | None = None,
        first_indent: float | None = None,
        balance: bool = False,
    ) -> list[TextLine]:
        """Lines of a paragraph whose pieces are set in ``role_name`` (the leading's role)."""
        role = self.style.role(role_name)
        align = align or role.align
        indent = role.first_line_indent_chars * self.em(role_name)
        indent = indent if first_indent is None else first_indent
        live = [p for p in pieces if p.text]
        chars = self._chars(live)
        text = "".join(p.text for p in live)
        widths = [c.advance for c in chars]
        ems = [
            c.size if self.compress_punctuation and c.glyph >= 0.9 * c.size else 0.0 for c in chars
        ]
        lines = None
        if balance and align == "center":
            lines = self._title_lines(text, widths, width, indent, ems)
        if lines is None:
            lines = break_lines(
                text,
                widths,
                width,
                first_indent=indent,
                ems=ems,
                justify=align == "justify",
            )
        pitch = self.style.line_pitch_pt(role_name)
        baseline = self.baseline(role_name, pitch)
        out: list[TextLine] = []
        seen_pieces: set[int] = set()
        for number, line in enumerate(lines):
            lead = indent if number == 0 else 0.0
            if align == "center":
                x = lead + (width - lead - line.width) / 2
            elif align == "right":
                x = width - line.width
            else:
                x = lead
            printed = TextLine(pitch, baseline, x, line.width)
            self._runs(printed, chars, line, live, seen_pieces)
            out.append(printed)
        return out

    @staticmethod
    def _title_lines(
        text: str, widths: list[float], width: float, indent: float, ems: list[float]
    ) -> list[Line] | None:
        """A centred title's lines, balanced and broken between words (:func:`title_breaks`)."""
        count = len(break_lines(text, widths, width, first_indent=indent, ems=ems))
        if count <= 1:
            return None
        ranges = title_breaks(text, widths, width - indent, width, count)
        if ranges is None:  # no good break fits: balanced lines broken anywhere
            measure = balanced_width(text, widths, width, ems=ems)
            return break_lines(text, widths, measure, first_indent=indent, ems=ems, justify=False)
        lines = []
        for number, (start, end) in enumerate(ranges):
            room = width - (indent if number == 0 else 0.0)
            part = break_lines(
                text[start:end], widths[start:end], room, ems=ems[start:end], justify=False
            )
            if len(part) != 1:
                return None
            lines.append(replace(part[0], start=start, end=end, last=end == len(text)))
        return lines

    @staticmethod
    def _runs(
        printed: TextLine,
        chars: list[_Char],
        line: Line,
        pieces: list[Piece],
        seen_pieces: set[int],
    ) -> None:
        """Group a line's characters into runs of one face and one spacing, plus links."""
        positions = line.positions
        count = len(positions)
        run: Run | None = None
        run_chars: list[list[str]] = []  # each run's characters, joined at the end
        previous = -1  # the piece of the previous character
        drawn = chars[line.start : line.start + count]
        for offset, (x, char) in enumerate(zip(positions, drawn, strict=True)):
            spacing = positions[offset + 1] - x - char.glyph if offset + 1 < count else None
            if (
                run is not None
                and run.font == char.face.rl_name
                and run.size == char.size
                and run.fake_bold == char.fake_bold
                and char.piece == previous
                and (spacing is None or abs(spacing - run.char_space) < 1e-4)
            ):
                run_chars[-1].append(char.char)
            else:
                run = Run(
                    x,
                    "",
                    char.face.rl_name,
                    char.size,
                    spacing if spacing is not None else 0.0,
                    char.fake_bold,
                )
                printed.runs.append(run)
                run_chars.append([char.char])
            piece = pieces[char.piece]
            if char.piece != previous and char.piece not in seen_pieces:
                seen_pieces.add(char.piece)
                if piece.anchor:
                    printed.anchors.append((x, piece.anchor))
                if piece.outline is not None:
                    printed.outline = piece.outline
            if piece.link:
                right = x + char.glyph
                if printed.links and printed.links[-1][3] == piece.link and offset:
                    x0, _, size, dest = printed.links[-1]
                    printed.links[-1] = (x0, right, size, dest)
                else:
                    printed.links.append((x, right, char.size, piece.link))
            previous = char.piece
        for run, text in zip(printed.runs, run_chars, strict=True):
            run.text = "".join(text)


# ---- flowables ------------------------------------------------------------------------------


class LineBlock(Flowable):
    """Lines that may break across pages only at the given line indices.

    Keeping a heading with the lines that follow and avoiding widows and orphans
    are both expressed as the set of allowed breaks, so one flowable does both.
    """

    def __init__(
        self,
        lines: list[TextLine],
        breaks: set[int],
        *,
        space_before: float = 0.0,
        space_after: float = 0.0,
        page_height: float = 0.0,
    ) -> None:
        super().__init__()
        self.lines = lines
        self.breaks = breaks
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.page_height = page_height
        self.height = sum(line.height for line in lines)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        tops = [0.0]
        for line in self.lines:
            tops.append(tops[-1] + line.height)
        fits = [i for i in range(1, len(self.lines)) if tops[i] <= available_height + EPS]
        allowed = [i for i in fits if i in self.breaks]
        if not allowed and available_height >= self.page_height - EPS and fits:
            allowed = fits[-1:]  # taller than a page with no allowed break: break anyway
        if not allowed:
            return []
        at = allowed[-1]
        head = LineBlock(
            self.lines[:at],
            {b for b in self.breaks if b < at},
            space_before=self.spaceBefore,
            page_height=self.page_height,
        )
        tail = LineBlock(
            self.lines[at:],
            {b - at for b in self.breaks if b > at},
            space_after=self.spaceAfter,
            page_height=self.page_height,
        )
        return [head, tail]

    def draw(self) -> None:
        top = self.height
        for line in self.lines:
            line.draw(self.canv, top)
            top -= line.height


class CellText(Flowable):
    """A table cell's text, set when the table tells the cell its width."""

    def __init__(
        self,
        typesetter: Typesetter,
        pieces: list[Piece],
        role: str,
        align: str,
        shared: dict[tuple, list[TextLine]] | None = None,
    ) -> None:
        super().__init__()
        self.typesetter = typesetter
        self.pieces = pieces
        self.role = role
        self.align = align
        self.lines: list[TextLine] = []
        self._width = -1.0
        # Lines set for cells of the same table: a unit or a kind repeats down its
        # column, and cells with the same pieces at the same width get the same
        # lines (never changed once set, so they may be drawn in several cells).
        self._shared = {} if shared is None else shared

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if abs(available_width - self._width) > EPS:
            self._width = available_width
            key = (tuple(self.pieces), self.role, self.align, available_width)
            lines = self._shared.get(key)
            if lines is None:
                lines = self._shared[key] = self.typesetter.set(
                    self.pieces, self.role, available_width, align=self.align, first_indent=0
                )
            self.lines = lines
        self.width = available_width
        self.height = sum(line.height for line in self.lines)
        return available_width, self.height

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, self.height)

    def draw_at(self, canvas: Canvas, left: float, top: float) -> None:
        """Draw the lines from ``(left, top)`` on, without a transformation of their own."""
        for line in self.lines:
            line.draw(canvas, top, left)
            top -= line.height


@dataclass
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
        self, rows: list[TableRow], widths: list[float], pad: float, header_rows: int = 1
    ) -> None:
        super().__init__()
        self.rows = rows
        self.widths = widths
        self.pad = pad
        self.header_rows = header_rows
        self.lefts = [0.0]  # each column's left edge, then the table's right edge
        for width in widths:
            self.lefts.append(self.lefts[-1] + width)
        self.heights: list[float] = []  # the rows', known once wrapped

    def _cell_boxes(self, row: TableRow) -> list[tuple[CellText, float, float]]:
        """Each cell of a row with its left edge and width."""
        if row.spans:
            return [(row.cells[0], 0.0, self.lefts[-1])]
        return list(zip(row.cells, self.lefts[:-1], self.widths, strict=True))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        pad = self.pad
        for row in self.rows:
            if not row.height:
                tallest = self.SPAN_LEADING + (pad / 2 + pad / 2) if row.spans else 0.0
                for cell, _, width in self._cell_boxes(row):
                    _, height = cell.wrap(width - pad - pad, available_height)
                    tallest = max(tallest, height + (pad / 2 + pad / 2))
                row.height = tallest
        self.heights = [row.height for row in self.rows]
        self.width = self.lefts[-1]
        self.height = sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        used, fits = 0.0, 0
        for height in self.heights:
            if used + height > available_height:
                break
            used += height
            fits += 1
        if fits <= self.header_rows:
            return []
        if fits == len(self.rows):
            return [self]
        return [
            RuledTable(self.rows[:fits], self.widths, self.pad, self.header_rows),
            RuledTable(
                self.rows[: self.header_rows] + self.rows[fits:],
                self.widths,
                self.pad,
                self.header_rows,
            ),
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


# ---- the report → flowables ----------------------------------------------------------------


@dataclass
class Chunk:
    """A block's lines with its spacing and page-break rules, before merging."""

    lines: list[TextLine]
    breaks: set[int]
    space_before: float
    space_after: float
    keep_with_next: bool = False


def _paragraph_breaks(count: int) -> set[int]:
    """Breaks that leave at least two lines on each side (no widow, no orphan)."""
    return set(range(2, count - 1))


class Composer:
    """Turns the report's blocks into flowables for one style."""

    def __init__(self, report: Report, style: Style, fontset: FontSet) -> None:
        self.report = report
        self.style = style
        self.typesetter = Typesetter(style, fontset)
        self.width = style.text_width_pt
        self.with_appendix = bool(report.metrics) and style.appendix.enabled
        self.outline: list[tuple[int, str, str]] = []
        self._outline_level = -1
        self._keys: set[str] = set()
        # Bookmarks nest by each heading's depth among the levels the report uses,
        # so a report without 一、 still starts its outline at the top.
        headings = report.headings()
        depths = display_depths([b.level for b in headings])
        self._depths = {id(b): depth for b, depth in zip(headings, depths, strict=True)}

    # -- spacing and outline --

    def space(self, lines: float) -> float:
        unit = self.style.grid_line_pitch_pt or self.style.line_pitch_pt("body")
        return lines * unit

    def _outline_entry(self, key: str, title: str, level: int, depth: int) -> tuple[str, str, int]:
        """An outline entry at ``depth``; levels may only deepen by one, as PDF outlines require.

        ``level`` is the heading's ladder level, kept in :attr:`outline`.
        """
        base = key or "h"
        key, n = base, 1
        while key in self._keys:
            n += 1
            key = f"{base}-{n}"
        self._keys.add(key)
        level0 = min(depth - 1, self._outline_level + 1)
        self._outline_level = level0
        self.outline.append((level, *split_number(title)))
        return key, title, level0

    # -- blocks --

    def pieces(self, spans: tuple[Span, ...], role: str) -> list[Piece]:
        out = []
        for span in spans:
            piece_role = "lead" if span.lead else role
            metric: Metric | None = span.metric
            if metric is not None and self.with_appendix:
                out.append(Piece(span.text, piece_role, link=f"row-{metric.id}", anchor=metric.id))
            else:
                out.append(Piece(span.text, piece_role))
        return out

    def chunk(self, block: Block, pending_run_in: list[Piece]) -> Chunk | None:
        role = {
            "title": "title",
            "subtitle": "subtitle",
            "speaker": "speaker",
            "salutation": "salutation",
            "paragraph": "body",
            "closing": "closing",
        }.get(block.kind, f"heading{min(max(block.level, 1), 4)}")
        spec = self.style.role(role)
        before, after = self.space(spec.space_before_lines), self.space(spec.space_after_lines)
        if block.kind == "heading":
            depth = self._depths.get(id(block), block.level)
            entry = self._outline_entry(block.id, block.heading_text, block.level, depth)
            # A heading may hold metric mentions: they are anchored and linked as in the body.
            pieces = [Piece(block.number, role)] if block.number else []
            pieces += [replace(p, role=role) for p in self.pieces(block.spans, role)]
            pieces = [p for p in pieces if p.text] or [Piece(block.heading_text, role)]
            if block.run_in:
                pieces = [replace(p, bold=True) for p in pieces]
                pieces[0] = replace(pieces[0], outline=entry)
                pending_run_in.extend(pieces)
                return None
            lines = self.typesetter.set(pieces, role, self.width)
            lines[0].outline = entry
            return Chunk(lines, set(), before, after, keep_with_next=True)
        pieces = self.pieces(block.spans, role)
        if pending_run_in:
            pieces = pending_run_in + pieces
        lines = self.typesetter.set(
            pieces, role, self.width, balance=block.kind in ("title", "subtitle")
        )
        pending_run_in.clear()
        keep = block.kind in ("title", "subtitle", "speaker", "salutation")
        breaks = set() if keep else _paragraph_breaks(len(lines))
        return Chunk(lines, breaks, before, after, keep_with_next=keep)

    def body(self) -> list[Flowable]:
        chunks: list[Chunk] = []
        pending: list[Piece] = []
        for block in self.report.blocks:
            chunk = self.chunk(block, pending)
            if chunk is not None:
                chunks.append(chunk)
        return self.merge(chunks)

    def merge(self, chunks: list[Chunk]) -> list[Flowable]:
        """Chunks kept with the next become one flowable with their breaks renumbered."""
        flowables: list[Flowable] = []
        group: list[Chunk] = []
        for chunk in chunks:
            group.append(chunk)
            if chunk.keep_with_next:
                continue
            flowables.append(self._join(group))
            group = []
        if group:
            flowables.append(self._join(group))
        return flowables

    def _join(self, group: list[Chunk]) -> LineBlock:
        lines: list[TextLine] = []
        breaks: set[int] = set()
        for index, chunk in enumerate(group):
            if index:
                gap = max(group[index - 1].space_after, chunk.space_before)
                if gap > EPS:
                    lines.append(TextLine(gap))
            breaks |= {len(lines) + b for b in chunk.breaks}
            lines.extend(chunk.lines)
        return LineBlock(
            lines,
            breaks,
            space_before=group[0].space_before,
            space_after=group[-1].space_after,
            page_height=self.style.text_height_pt,
        )

    # -- the metrics appendix --

    def appendix(self) -> list[Flowable]:
        if not self.with_appendix:
            return []
        style = self.style
        title = style.appendix.title
        spec = style.role("appendix_heading")
        lines = self.typesetter.set(
            [Piece(title, "appendix_heading")], "appendix_heading", self.width
        )
        lines[0].outline = self._outline_entry("appendix", title, 1, 1)
        heading = LineBlock(
            lines,
            set(),
            space_after=self.space(spec.space_after_lines),
            page_height=style.text_height_pt,
        )
        return [PageBreak(), heading, self.table()]

    def table(self) -> RuledTable:
        role = "appendix_table"
        spec = self.style.role(role)
        size = spec.size_pt
        pad = size * 0.3

        shared: dict[tuple, list[TextLine]] = {}

        def cell(text: str, align: str = "left", **kw: str) -> CellText:
            return CellText(self.typesetter, [Piece(text, role, **kw)], role, align, shared)

        header = [cell(name, "center", bold=True) for name in self.style.appendix.columns]
        rows = [TableRow(header, colors.Color(0.86, 0.86, 0.86))]
        texts: list[list[str]] = [list(self.style.appendix.columns)]
        for group in self.report.appendix():
            if group.label:
                rows.append(
                    TableRow([cell(group.label, bold=True)], colors.Color(0.94, 0.94, 0.94))
                )
            for metric in group.metrics:
                indicator, value, unit, kind, where = metric.row
                texts.append([indicator, value, unit, kind, where])
                rows.append(
                    TableRow(
                        [
                            cell(indicator),
                            cell(value, "right", anchor=f"row-{metric.id}"),
                            cell(unit, "center"),
                            cell(kind, "center"),
                            cell(where, "center", link=metric.id),
                        ]
                    )
                )
        return RuledTable(rows, self._column_widths(texts, role, pad), pad)

    def _column_widths(self, texts: list[list[str]], role: str, pad: float) -> list[float]:
        """Narrow columns as wide as their longest entry; the indicator takes the rest."""
        spec = self.style.role(role)
        glyph = self.typesetter.glyph

        def natural(text: str) -> float:
            return sum(glyph(ch, spec.font, True, spec.size_pt)[2] for ch in text)

        columns = len(texts[0])
        widest = [
            # Units, kinds and sections repeat down their columns: measure each once.
            max(map(natural, {row[c] for row in texts})) + 2 * pad + 1
            for c in range(columns)
        ]
        narrow = [min(w, self.width * 0.2) for w in widest[1:]]
        rest = self.width - sum(narrow)
        if rest < self.width * 0.3:
            scale = (self.width * 0.7) / sum(narrow)
            narrow = [w * scale for w in narrow]
            rest = self.width - sum(narrow)
        return [rest, *narrow]


# ---- pages, metadata, the document -----------------------------------------------------------


def _epoch(report: Report) -> int:
    """The date written into the file: SOURCE_DATE_EPOCH, else the report's date."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        return int(raw)
    try:
        return calendar.timegm(dt.date.fromisoformat(report.date).timetuple())
    except ValueError:
        return 0


def _timestamp(epoch: int) -> TimeStamp:
    stamp = TimeStamp(invariant=1)
    stamp.t = epoch
    stamp.lt = time.gmtime(epoch)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def _keywords(report: Report) -> list[str]:
    return [k for k in (report.occasion, report.date_text, report.affiliation) if k]


def _xmp(report: Report, epoch: int) -> bytes:
    """XMP metadata mirroring the document information dictionary."""
    when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
    lang = escape(report.language)
    keywords = escape("; ".join(_keywords(report)))

    def alt(text: str) -> str:
        return (
            f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li>'
            f'<rdf:li xml:lang="{lang}">{escape(text)}</rdf:li></rdf:Alt>'
        )

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title>{alt(report.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(report.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(report.subtitle)}</dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<dc:subject><rdf:Bag>{"".join(f"<rdf:li>{escape(k)}</rdf:li>" for k in _keywords(report))}</rdf:Bag></dc:subject>
<pdf:Keywords>{keywords}</pdf:Keywords>
<pdf:Producer>reportpress {escape(_version)}</pdf:Producer>
<xmp:CreatorTool>reportpress {escape(_version)}</xmp:CreatorTool>
<xmp:CreateDate>{when}</xmp:CreateDate>
<xmp:ModifyDate>{when}</xmp:ModifyDate>
<xmp:MetadataDate>{when}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


class PageDecorator:
    """Draws the page number of each page where the style puts it."""

    def __init__(self, style: Style, typesetter: Typesetter) -> None:
        self.style = style
        self.typesetter = typesetter

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        style, numbers = self.style, self.style.page_numbers
        number = canvas.getPageNumber()
        text = numbers.format.format(n=number)
        role = "page_number"
        line = self.typesetter.set([Piece(text, role)], role, style.text_width_pt, align="left")[0]
        size = style.role(role).size_pt
        width = line.width
        inset = numbers.indent_chars * size
        left = style.page.margin_left_mm * MM
        right = left + style.text_width_pt
        position = numbers.position
        if position == "outer":
            position = "right" if number % 2 else "left"
        if position == "right":
            x = right - inset - width
        elif position == "left":
            x = left + inset
        else:
            x = left + (style.text_width_pt - width) / 2
        face, _ = self.typesetter.fontset.face_for(text.strip()[0], style.role(role).font)
        glyph_top = face.glyph_top(text.strip()[0]) * size / 1000
        block_bottom = style.page.margin_bottom_mm * MM
        baseline = block_bottom - numbers.offset_below_text_mm * MM - glyph_top
        line.x = x
        line.draw(canvas, baseline + line.baseline)


class _Document(BaseDocTemplate):
    """A doc template whose canvas gets fixed dates and XMP metadata."""

    def __init__(self, buffer: io.BytesIO, *, epoch: int, xmp: bytes, **kw) -> None:
        self._epoch = epoch
        self._xmp = xmp
        super().__init__(buffer, **kw)

    def handle_documentBegin(self) -> None:
        doc = self.canv._doc
        doc._timeStamp = _timestamp(self._epoch)
        doc.Catalog.Metadata = XMP(creator=lambda _doc: self._xmp)
        self.canv.showOutline()
        super().handle_documentBegin()


def collect_texts(report: Report, style: Style) -> dict[tuple[str, bool], str]:
    """Every character per (font role, bold), so fonts are loaded and converted once."""
    texts: dict[tuple[str, bool], list[str]] = {}

    def add(role_name: str, text: str, bold: bool = False) -> None:
        role = style.role(role_name)
        texts.setdefault((role.font, bold or role.bold), []).append(text)

    roles = {"paragraph": "body"}
    for block in report.blocks:
        if block.kind == "heading":
            role = f"heading{min(max(block.level, 1), 4)}"
            add(role, block.heading_text, bold=block.run_in)
            continue
        role = roles.get(block.kind, block.kind)
        for span in block.spans:
            add("lead" if span.lead else role, span.text)
    add("page_number", style.page_numbers.format.replace("{n}", "0123456789"))
    if report.metrics and style.appendix.enabled:
        add("appendix_heading", style.appendix.title)
        cells = list(style.appendix.columns)
        for group in report.appendix():
            cells.append(group.label)
            for m in group.metrics:
                cells += list(m.row)
        add("appendix_table", "".join(cells))
        add("appendix_table", "".join(cells), bold=True)
    return {key: "".join(parts) for key, parts in texts.items()}


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams only deflated, not also ASCII85-wrapped as ReportLab does by default.

    The wrapping makes them a quarter bigger and, in ReportLab's pure-Python
    fallback, costs a tenth of the time a document takes; PDF readers need
    none of it.  The setting is ReportLab's global, read when the file is saved.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def write(report: Report, style: Style) -> bytes:
    """The PDF of a report in a style."""
    fontset = resolve(style)
    fontset.prepare(collect_texts(report, style))
    composer = Composer(report, style, fontset)
    story = composer.body() + composer.appendix()

    width, height = style.page_size_pt
    page = style.page
    frame = Frame(
        page.margin_left_mm * MM,
        page.margin_bottom_mm * MM - 0.5,  # slack so 22 grid lines never miss by rounding
        style.text_width_pt,
        style.text_height_pt + 0.5,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    decorate = PageDecorator(style, composer.typesetter)
    epoch = _epoch(report)
    body_face = fontset.face_for("中", style.role("body").font)[0]
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        epoch=epoch,
        xmp=_xmp(report, epoch),
        pagesize=(width, height),
        leftMargin=page.margin_left_mm * MM,
        rightMargin=page.margin_right_mm * MM,
        topMargin=page.margin_top_mm * MM,
        bottomMargin=page.margin_bottom_mm * MM,
        title=report.title,
        author=report.author,
        subject=report.subtitle,
        keywords=_keywords(report),
        creator=f"reportpress {_version}",
        lang=report.language,
        invariant=1,
        pageCompression=1,
        initialFontName=body_face.rl_name,
        initialFontSize=style.role("body").size_pt,
        displayDocTitle=1,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    started = time.perf_counter()
    with _binary_streams():
        doc.build(story)
    log.debug("PDF laid out in %.2f s, %d pages", time.perf_counter() - started, doc.page)
    return buffer.getvalue()


# ---- reading back ---------------------------------------------------------------------------


def _unreadable() -> tuple[type[Exception], ...]:
    """What pypdf and pdfplumber (pdfminer) raise on a file that is not a PDF, or a damaged one.

    Their own errors, and the built-in ones their parsers let through on bad
    input.  Importing them also quiets pypdf, which otherwise logs a warning or
    two (``invalid pdf header``, ``EOF marker not found``) before it fails: the
    user sees the one line of the :class:`InputError` instead.
    """
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return (
        PyPdfError,
        PSException,
        PdfminerException,
        MalformedPDFException,
        OSError,
        ValueError,
        KeyError,
        IndexError,
        TypeError,
        AttributeError,
    )


def _unreadable_error(path: Path, exc: Exception) -> InputError:
    """The one line a user sees: "not a PDF" when the file has no PDF header at all."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(1024)
    except OSError:
        header = b"%PDF-"
    if b"%PDF-" not in header:
        return InputError(path, "not a PDF (no %PDF- header)")
    return InputError(path, f"cannot read PDF: {exc}")


def read_outline(path: Path) -> list[Heading]:
    """The bookmarks of a PDF as (level, number, text).

    A numbered heading's level is its number's place on the ladder (bookmarks
    nest by depth among the levels present); an unnumbered one's, its depth.
    """
    from pypdf import PdfReader

    unreadable = _unreadable()
    try:
        reader = PdfReader(str(path))
        outline = reader.outline
    except unreadable as exc:
        raise _unreadable_error(path, exc) from exc
    headings: list[Heading] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                number, text = split_number(str(item.title))
                headings.append((read_level(number, level), number, text))

    try:
        walk(outline, 1)
    except unreadable as exc:  # a damaged outline entry
        raise InputError(path, f"cannot read PDF bookmarks: {exc}") from exc
    return headings


def read_text(path: Path) -> str:
    """The text of a PDF in reading order (pdftotext where installed, else pypdf).

    ``-raw`` keeps the order of the content streams, which this renderer writes in
    reading order; the default mode would read the appendix table column by column.
    """
    import shutil
    import subprocess

    exe = shutil.which("pdftotext")
    if exe:
        try:
            result = subprocess.run(
                [exe, "-raw", "-enc", "UTF-8", str(path), "-"],
                capture_output=True,
                check=True,
                timeout=120,
            )
            return result.stdout.decode("utf-8")
        except (OSError, subprocess.SubprocessError) as exc:
            log.debug("pdftotext failed on %s: %s; using pypdf", path, exc)
    from pypdf import PdfReader

    unreadable = _unreadable()
    try:
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    except unreadable as exc:
        raise _unreadable_error(path, exc) from exc


def read_appendix(path: Path) -> list[list[str]]:
    """The metrics appendix read from its ruled table: the header, then group and metric rows.

    A group row (one cell spanning the table) comes back as a one-cell list; the
    header repeated on later pages is dropped.
    """
    import pdfplumber

    unreadable = _unreadable()
    rows: list[list[str]] = []
    try:
        with pdfplumber.open(str(path)) as document:
            for page in document.pages:
                for table in page.extract_tables():
                    for row in table:
                        cells = [(c or "").replace("\n", "") for c in row]
                        if rows and cells == rows[0]:
                            continue  # the header again, on a following page
                        filled = [c for c in cells if c]
                        rows.append(filled if len(filled) == 1 and cells[0] else cells)
    except unreadable as exc:
        raise _unreadable_error(path, exc) from exc
    return rows
