"""Composition: the report's blocks → flowables, and the page furniture.

Layout rules carried out here: headings kept with two lines of what follows,
widows and orphans avoided, bold run-in leads, bookmarks for every heading and
the appendix, the metrics appendix as a table, metric mentions linked to their
rows and back, page numbers at the edge the style names.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from reportpress.cpus import LOOKS, Forked, list_or_redone, spare_cpus
from reportpress.editions.columns import cell_air, column_widths
from reportpress.editions.pdf.flowables import EPS, CellText, LineBlock, RuledTable, TableRow
from reportpress.editions.pdf.platypus import BaseDocTemplate, Flowable, PageBreak
from reportpress.editions.pdf.typeset import Piece, TextLine, Typesetter
from reportpress.editions.titles import title_span_lines
from reportpress.fonts import FontSet
from reportpress.ladder import split_number
from reportpress.model import Block, Metric, Report, Span
from reportpress.reportxml import CELL_SEPARATOR
from reportpress.styles import MM, Style


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


@dataclass
class ToSet:
    """A block as it is to be set: its pieces in the role of its leading, the lines a
    title is cut into, and what its :class:`Chunk` keeps."""

    pieces: list[Piece]
    role: str
    line_texts: list[str] | None
    space_before: float
    space_after: float
    keep_with_next: bool
    outline: tuple[str, str, int] | None = None  # a heading's bookmark, on its first line

    def chunk(self, lines: list[TextLine]) -> Chunk:
        """The chunk of the block set as ``lines``: a heading kept with what follows,
        a title block whole, a paragraph broken so as to leave no widow or orphan."""
        if self.outline is not None:
            lines[0].outline = self.outline
            return Chunk(lines, set(), self.space_before, self.space_after, keep_with_next=True)
        breaks = set() if self.keep_with_next else _paragraph_breaks(len(lines))
        return Chunk(lines, breaks, self.space_before, self.space_after, self.keep_with_next)


#: What parts the cells of a table's row kept as a line of text (a tab in the XML) in
#: print: an ideographic space, a cell wide, which copies as a space.
CELL_GAP = "\u3000"
#: Characters of text from which the later half of the blocks is set by a copy of the
#: process on an idle CPU while the first half is set here (below it, forking costs more
#: than it saves: a sample-length of 15 000 characters is set in some 60 ms).
SHARED_FROM = 30_000


class Composer:
    """Turns the report's blocks into flowables for one style."""

    def __init__(self, report: Report, style: Style, fontset: FontSet) -> None:
        self.report = report
        self.style = style
        self.typesetter = Typesetter(style, fontset)
        self.width = style.text_width_pt
        self.with_appendix = report.prints_appendix(style)
        self.outline: list[tuple[int, str, str]] = []
        self._outline_level = -1
        self._keys: set[str] = set()

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
            if CELL_SEPARATOR in span.text:  # a table's row: no face draws a tab
                span = replace(span, text=span.text.replace(CELL_SEPARATOR, CELL_GAP))
            piece_role = "lead" if span.lead else role
            metric: Metric | None = span.metric
            if metric is not None and self.with_appendix:
                out.append(Piece(span.text, piece_role, link=f"row-{metric.id}", anchor=metric.id))
            else:
                out.append(Piece(span.text, piece_role))
        return out

    def to_set(self, block: Block, pending_run_in: list[Piece]) -> ToSet | None:
        """What a block is set as, or None for a run-in heading (set with the paragraph
        it leads, which takes ``pending_run_in``).  Worked out block after block, as
        the outline's keys and levels are; the setting itself is :meth:`set_all`'s."""
        role = block.role
        spec = self.style.role(role)
        before, after = self.space(spec.space_before_lines), self.space(spec.space_after_lines)
        if block.kind == "heading":
            depth = block.depth
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
            return ToSet(pieces, role, None, before, after, keep_with_next=True, outline=entry)
        pieces = self.pieces(block.spans, role)
        if pending_run_in:
            pieces = pending_run_in + pieces
        line_texts = None
        if block.kind in ("title", "subtitle"):
            lines = title_span_lines(block.spans, self.style, role)
            line_texts = ["".join(span.text for span in line) for line in lines]
        pending_run_in.clear()
        keep = block.kind in (
            "title",
            "subtitle",
            "speaker",
            "salutation",
            "attachment_label",
            "signature",
        )
        return ToSet(pieces, role, line_texts, before, after, keep_with_next=keep)

    def set_all(self, blocks: list[ToSet]) -> list[list[TextLine]]:
        """The lines of each block.  In a long report, as soon as a CPU is idle (looked at
        every twentieth of the text: beside a helper making the other editions, one
        frees up when it is done), the blocks after the middle of what is left are set by
        a forked copy of this process meanwhile (:class:`~reportpress.cpus.Forked`): a
        paragraph's lines depend on it alone (the faces of every character are loaded
        before anything is set), so they are those of one pass, and a copy that fails
        leaves its part to be set here."""
        sizes = [sum(len(piece.text) for piece in block.pieces) for block in blocks]
        total = sum(sizes)
        if total < SHARED_FROM:
            return self._set_range(blocks, 0, len(blocks))
        lines: list[list[TextLine]] = []
        done = look_at = 0
        for at, size in enumerate(sizes):
            if done >= look_at:
                look_at = done + total // LOOKS
                if total - done >= SHARED_FROM // 2 and spare_cpus() >= 1:
                    return lines + self._shared(blocks, sizes, at)
            lines += self._set_range(blocks, at, at + 1)
            done += size
        return lines

    def _shared(self, blocks: list[ToSet], sizes: list[int], start: int) -> list[list[TextLine]]:
        """The lines of ``blocks[start:]``: those before the middle of their text set here,
        the rest by a forked copy meanwhile (here too if the copy fails)."""
        ends = list(accumulate(sizes[start:]))
        cut = start + bisect_left(ends, ends[-1] // 2) + 1
        if cut >= len(blocks):
            return self._set_range(blocks, start, len(blocks))
        rest = partial(self._set_range, blocks, cut, len(blocks))
        later = Forked.start(rest)
        try:
            return self._set_range(blocks, start, cut) + list_or_redone(
                later, len(blocks) - cut, rest
            )
        finally:
            if later is not None:
                later.close()

    def _set_range(self, blocks: list[ToSet], start: int, stop: int) -> list[list[TextLine]]:
        """The lines of ``blocks[start:stop]``."""
        return [
            self.typesetter.set(block.pieces, block.role, self.width, line_texts=block.line_texts)
            for block in blocks[start:stop]
        ]

    def body(self) -> list[Flowable]:
        """The report's flowables; its attachments (after the closing), and each
        attachment's label, from a new page."""
        openers = self.report.page_openers()
        parts: list[list[ToSet]] = [[]]
        pending: list[Piece] = []
        for block in self.report.blocks:
            if id(block) in openers and parts[-1]:
                parts.append([])
            to_set = self.to_set(block, pending)
            if to_set is not None:
                parts[-1].append(to_set)
        lines = iter(self.set_all([block for part in parts for block in part]))
        chunks = [[block.chunk(next(lines)) for block in part] for part in parts]
        flowables = self.merge(chunks[0])
        for part in chunks[1:]:
            flowables += [PageBreak(), *self.merge(part)]
        return flowables

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
        """The appendix on a new page: its heading, then its table."""
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
        pad = size * self.style.appendix.cell_padding_em

        shared: dict[tuple, list[TextLine]] = {}

        def cell(text: str, align: str = "left", **kw: str) -> CellText:
            return CellText(self.typesetter, [Piece(text, role, **kw)], role, align, shared)

        header = [cell(name, "center", bold=True) for name in self.style.appendix.columns]
        aligns = self.style.appendix.align
        rows = [TableRow(header, colors.Color(0.86, 0.86, 0.86))]
        texts: list[list[str]] = [list(self.style.appendix.columns)]
        for group in self.report.appendix():
            if group.label:
                rows.append(
                    TableRow([cell(group.label, bold=True)], colors.Color(0.94, 0.94, 0.94))
                )
            for metric in group.metrics:
                texts.append(list(metric.row))
                # The value anchors the row (the text links here), the section links back.
                links = [{}, {"anchor": f"row-{metric.id}"}, {}, {}, {"link": metric.id}]
                rows.append(
                    TableRow(
                        [
                            cell(text, align, **link)
                            for text, align, link in zip(metric.row, aligns, links, strict=True)
                        ]
                    )
                )
        return RuledTable(rows, self._column_widths(texts, role, pad), pad)

    def _column_widths(self, texts: list[list[str]], role: str, pad: float) -> list[float]:
        """The columns' widths in points, by the appendix's one policy
        (:func:`~reportpress.editions.columns.column_widths`), measured with the faces
        the PDF draws; no nudge, as every wrapped cell balances its own lines."""
        spec = self.style.role(role)
        size = spec.size_pt
        glyph = self.typesetter.glyph

        def ems(text: str, bold: bool) -> float:
            return sum(glyph(ch, spec.font, bold, size)[2] for ch in text) / size

        header, *rows = texts
        widths = column_widths(
            self.width / size, header, rows, measure=ems, air=cell_air(pad, size), nudge=False
        )
        return [w * size for w in widths]


class PageDecorator:
    """Draws the page number of each page where the style puts it."""

    def __init__(self, style: Style, typesetter: Typesetter) -> None:
        self.style = style
        self.typesetter = typesetter

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        style, numbers = self.style, self.style.page_numbers
        number = canvas.getPageNumber()
        text = numbers.text(number)
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
