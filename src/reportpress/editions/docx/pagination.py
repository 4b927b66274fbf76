"""The page each heading will fall on when a word processor lays the Word copy out.

The contents print these numbers.  Word refreshes them when it opens the file
(``w:updateFields``); LibreOffice and most other readers show the numbers the
file holds, so they must be right before any update.  They are worked out from
the document itself (its paragraphs written as text read as the runs they were
written from, :mod:`.written`), the way a word processor sets it: each paragraph in its
style's exact line pitch, indents and spacing; lines filled first-fit with the
line-start and line-end rules every edition keeps (:mod:`..linebreak`'s boxes),
never inside a figure the word joiners hold together, punctuation at full width
(the Word copy asks for no compression); keep-with-next, widow and orphan
control, page breaks before.

This is what a word processor does, not what the PDF does: the PDF chooses its
breaks over the whole paragraph and compresses punctuation, so its pages are not
the Word copy's.  On the sample and the 24 corpus reports, in both styles,
LibreOffice 7.4 puts 85 % of the headings on the page worked out here, and none
more than a page away; the PDF's pages got 65 %, some two pages away
(``benchmarks/docx_pages.py``).  It is cheap, too: a bisection per line, no glyph
placed, no PDF machinery loaded; where a line may start is looked for only
just before each line's end (:func:`..linebreak.box_starts_near`); and in a long report
the earlier paragraphs are counted on an idle CPU while the body writes the rest
(:class:`CountAhead`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate, groupby
from operator import itemgetter

from docx.oxml.ns import qn
from lxml import etree

from reportpress.cpus import Forked, list_or_redone, spare_cpus
from reportpress.editions.docx.body import INVISIBLE, WORD_JOINER, without_invisibles
from reportpress.editions.docx.fonts import advance_ems
from reportpress.editions.docx.styles import PageMeasures, WordStyles, letter_spacing
from reportpress.editions.docx.written import Written
from reportpress.editions.linebreak import box_starts, box_starts_near
from reportpress.model import Report

_P, _R, _T, _BR, _TAB = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:br"), qn("w:tab")
_PPR, _RPR, _PSTYLE, _RSTYLE = qn("w:pPr"), qn("w:rPr"), qn("w:pStyle"), qn("w:rStyle")
_VAL, _VANISH, _BREAK_BEFORE, _SECT_PR = (
    qn("w:val"),
    qn("w:vanish"),
    qn("w:pageBreakBefore"),
    qn("w:sectPr"),
)
_TBL, _OVERFLOW_PUNCT = qn("w:tbl"), qn("w:overflowPunct")
#: Marks a word processor lets hang past a line's end, where the paragraph allows it
#: (``w:overflowPunct``, on unless a style turns it off).
HANGING_MARKS = frozenset("、，。．：；！？")
#: Lines a paragraph keeps together at a page's foot and head (widow and orphan control).
WIDOW_LINES = 2


@dataclass(frozen=True)
class Layout:
    """What a paragraph style asks of its paragraphs, in twips."""

    line: int
    before: int
    after: int
    first_indent: int
    width: int  # the measure less the left and right indents
    keep_next: bool
    break_before: bool
    hanging: bool  # a mark that would start a line may hang past the line's end


@dataclass
class Paragraph:
    """One paragraph as laid out: its style's layout and how many lines it takes."""

    layout: Layout
    lines: int
    element: object  # its paragraph (a run-in heading and its paragraph: the heading's)


class Pages:
    """Lays out the report's paragraphs (after the contents) and says where each falls."""

    def __init__(self, styles: WordStyles) -> None:
        self.styles, self.style = styles, styles.style
        self.measures: PageMeasures = styles.measures
        self._layouts: dict[str, Layout] = {}
        self._advances: dict[str | None, dict[str, int]] = {}

    # what a style asks

    def layout(self, style_id: str) -> Layout:
        found = self._layouts.get(style_id)
        if found is None:
            found = self._layouts[style_id] = self._read_layout(style_id)
        return found

    def _read_layout(self, style_id: str) -> Layout:
        made = self.styles[style_id]
        fmt = made.paragraph_format

        def inherited(name: str) -> bool:
            style = made
            while style is not None:
                value = getattr(style.paragraph_format, name)
                if value is not None:
                    return bool(value)
                style = style.base_style
            return False

        def twips(length) -> int:
            return 0 if length is None else length.twips

        measures = self.measures
        return Layout(
            line=twips(fmt.line_spacing),
            before=twips(fmt.space_before),
            after=twips(fmt.space_after),
            first_indent=twips(fmt.first_line_indent),
            width=measures.text_width - twips(fmt.left_indent) - twips(fmt.right_indent),
            keep_next=inherited("keep_with_next"),
            break_before=inherited("page_break_before"),
            hanging=_allows_hanging(made.element),
        )

    def advances(self, style_id: str | None, text: str, paragraph_style: str) -> list[int]:
        """Each character's advance in twips as set in a run of ``style_id`` (the
        paragraph's own role when the run names no character style)."""
        key = style_id if style_id in self.styles.roles else paragraph_style
        known = self._advances.get(key)
        if known is None:
            known = self._advances[key] = {}
        try:
            return list(map(known.__getitem__, text))
        except KeyError:  # characters not met before in this style: measured once
            known.update(self._measure(key, set(text).difference(known)))
            return list(map(known.__getitem__, text))

    def _measure(self, style_id: str, chars: set[str]) -> dict[str, int]:
        """Advances of the face the run's role is set in here (the stand-in embedded in the
        file, :func:`~reportpress.editions.docx.fonts.advance_ems`), in twips."""
        role_name = self.styles.roles[style_id]
        role = self.style.role(role_name)
        ems = advance_ems(self.style, role.font, self.style.is_bold(role_name), chars)
        spacing = letter_spacing(self.measures, role)
        return {char: round(em * role.size_pt * 20) + spacing for char, em in ems.items()}

    # lines

    def count_lines(self, runs: list[tuple[str | None, str]], style_id: str, layout: Layout) -> int:
        """Lines of a paragraph's runs, filled first-fit; a manual break ends a line."""
        return len(self.line_texts(runs, style_id, layout)) or 1

    def line_texts(
        self, runs: list[tuple[str | None, str]], style_id: str, layout: Layout
    ) -> list[str]:
        """The text of each line of a paragraph's runs (first-fit; a manual break ends a line)."""
        lines: list[str] = []
        for piece in _split_at_breaks(runs):
            lines += self._fill(piece, style_id, layout, first=not lines)
        return lines

    def _fill(
        self, runs: list[tuple[str | None, str]], style_id: str, layout: Layout, first: bool
    ) -> list[str]:
        visible = _Visible("".join(text for _, text in runs))
        text = visible.text
        if not text:
            return [""]
        widths: list[int] = []
        for run_style, same in groupby(runs, key=itemgetter(0)):  # runs of one style at once
            run_text = without_invisibles("".join(text for _, text in same))
            widths += self.advances(run_style, run_text, style_id)
        ends = list(accumulate(widths, initial=0))
        lines, start = [], 0
        room = layout.width - (layout.first_indent if first else 0)
        while start < len(text):
            end = bisect_right(ends, ends[start] + room) - 1  # text[start:end] fits
            if layout.hanging and end < len(text) and text[end] in HANGING_MARKS:
                end += 1
            if end >= len(text):
                lines.append(text[start:])
                break
            found = visible.last_start(end, after=start)
            stop = found if found > start else max(end, start + 1)
            lines.append(text[start:stop])  # a box wider than the line breaks where it overflows
            start, room = stop, layout.width
        return lines


def _allows_hanging(style_element: etree._Element) -> bool:
    """Whether a paragraph style lets punctuation hang (Word's default) or says not."""
    ppr = style_element.find(_PPR)
    setting = ppr.find(_OVERFLOW_PUNCT) if ppr is not None else None
    return setting is None or setting.get(_VAL) not in ("0", "false", "off")


def _split_at_breaks(runs: list[tuple[str | None, str]]) -> Iterator[list[tuple[str | None, str]]]:
    """A paragraph's runs cut at its manual line breaks (``\\n``)."""
    if not any("\n" in text for _, text in runs):  # most paragraphs: one piece
        yield runs
        return
    piece: list[tuple[str | None, str]] = []
    for style_id, text in runs:
        *done, rest = text.split("\n")
        for part in done:
            piece.append((style_id, part))
            yield piece
            piece = []
        piece.append((style_id, rest))
    yield piece


class _Visible:
    """A paragraph's text without its invisible characters, and where a line may start
    in it: at a box's start (the rules every edition keeps) unless a WORD JOINER
    stands there, and wherever an optional break stands."""

    def __init__(self, text: str) -> None:
        invisible = [m.start() for m in INVISIBLE.finditer(text)]
        self.text = without_invisibles(text) if invisible else text
        # The k-th invisible character stands before the plain text's character at_plain[k].
        at_plain = [at - k for k, at in enumerate(invisible)]
        marks = [text[at] for at in invisible]
        self.joined = {q for q, m in zip(at_plain, marks, strict=True) if m == WORD_JOINER}
        self.optional = [q for q, m in zip(at_plain, marks, strict=True) if m != WORD_JOINER]
        self._all: list[int] | None = None  # every line start, when a look near fails

    def last_start(self, end: int, after: int = 0) -> int:
        """The last place at or before ``end`` where a line may start, if it lies past
        ``after`` (else one at or before ``after``: the line has no place to break)."""
        k = bisect_right(self.optional, end) - 1
        optional = self.optional[k] if k >= 0 else 0
        hi = end
        while hi > max(optional, after):  # the box starts near ``end``, a stretch at a time
            near = box_starts_near(self.text, hi)
            if near is None:
                return max(optional, self._every_start(end))
            q, starts = near
            for at in reversed(starts):
                if at not in self.joined:
                    return max(optional, at)
            hi = q - 1
        return optional

    def _every_start(self, end: int) -> int:
        if self._all is None:
            self._all = [at for at in box_starts(self.text) if at not in self.joined]
        k = bisect_right(self._all, end) - 1
        return self._all[k] if k >= 0 else 0


def _runs(p: etree._Element) -> list[tuple[str | None, str]]:
    """(character style, text) of each run of a paragraph; a manual break as ``\\n``."""
    out: list[tuple[str | None, str]] = []
    for r in p.iter(_R):
        rpr = r.find(_RPR)
        rstyle = rpr.find(_RSTYLE) if rpr is not None else None
        texts = []
        for child in r:
            if child.tag == _T:
                texts.append(child.text or "")
            elif child.tag == _BR:
                texts.append("\n")
            elif child.tag == _TAB:
                texts.append(" ")
        if texts:
            out.append((rstyle.get(_VAL) if rstyle is not None else None, "".join(texts)))
    return out


#: A paragraph as the pagination reads it: style id, runs, a page break before, a
#: hidden mark (a run-in heading's), and what it is known by (:class:`Paragraph`'s element).
_Read = tuple[str, list[tuple[str | None, str]], bool, bool, object]


def _read(p: etree._Element) -> _Read:
    ppr = p.find(_PPR)
    style_node = ppr.find(_PSTYLE) if ppr is not None else None
    style_id = style_node.get(_VAL) if style_node is not None else "Normal"
    mark = ppr.find(_RPR) if ppr is not None else None
    hidden = mark is not None and mark.find(_VANISH) is not None
    break_before = ppr is not None and ppr.find(_BREAK_BEFORE) is not None
    return style_id, _runs(p), break_before, hidden, p


def _read_all(document, has_contents: bool, written: Written) -> Iterator[_Read]:
    """The report's paragraphs in order (those after the contents' section), up to the
    appendix table: python-docx's as the document holds them, and those written as
    text (:mod:`.written`) where their placeholder stands."""
    children = iter(document.element.body)
    if has_contents:
        for child in children:
            ppr = child.find(_PPR) if child.tag == _P else None
            if ppr is not None and ppr.find(_SECT_PR) is not None:
                break
    for child in children:
        if child.tag == _TBL:
            return
        if child is written.placeholder:
            for w in written.paragraphs:
                yield w.style_id, w.runs, w.break_before, w.hidden_mark, w
        elif child.tag == _P:
            yield _read(child)


#: A paragraph to count the lines of: its runs, the style and layout they are set in, the
#: layout it is placed by, and what it is known by (a run-in heading and its paragraph: one).
_Job = tuple[list[tuple[str | None, str]], str, Layout, Layout, object]


def _jobs(document, pages: Pages, has_contents: bool, written: Written) -> Iterator[_Job]:
    """The report's paragraphs to lay out, a run-in heading joined to the paragraph it
    runs into."""
    held: tuple[list, str, object] | None = None  # a run-in heading's runs
    for style_id, runs, break_before, hidden, element in _read_all(document, has_contents, written):
        if hidden:
            held = (runs, style_id, element)
            continue
        layout = pages.layout(style_id)
        if break_before:
            layout = replace(layout, break_before=True)
        if held is not None:
            head_runs, head_style, head = held
            head_layout = pages.layout(head_style)
            joined = [(s or head_style, t) for s, t in head_runs] + [
                (s or style_id, t) for s, t in runs
            ]
            yield joined, head_style, head_layout, replace(head_layout, keep_next=False), head
            held = None
            continue
        yield runs, style_id, layout, layout, element


#: Characters of text from which the earlier paragraphs are counted by a copy of the
#: process on an idle CPU while the rest of the Word copy is made (below it, forking
#: costs more than it saves: a sample-length of 15 000 characters is counted in 5 ms).
SHARED_FROM = 60_000
#: The share of the report's text written when the copy starts: this process then
#: writes the rest, makes the other parts and counts the later paragraphs, and both
#: are done about together (the copy counts more slowly: its first writes to memory
#: copy pages).
AHEAD_AT = 0.7


class CountAhead:
    """The lines of the paragraphs written so far, counted by a forked copy of the process
    on an idle CPU (:class:`~reportpress.cpus.Forked`) while the body writes the rest, in
    a long report.  The body tells it how many blocks it has written after each paragraph
    that no run-in heading waits on (:meth:`written`); lines depend on their paragraph alone,
    so the counts are those of one pass, and a copy that fails leaves its paragraphs to
    be counted here (:class:`HeadingPages`)."""

    def __init__(
        self, document, styles: WordStyles, has_contents: bool, written: Written, report: Report
    ) -> None:
        self._made_of = (document, styles, has_contents, written)
        #: The blocks of the body written once AHEAD_AT of its text is: the copy starts then.
        self._from: int | None = None
        ends = list(accumulate(sum(len(s.text) for s in block.spans) for block in report.body))
        if ends and ends[-1] >= SHARED_FROM:
            self._from = bisect_left(ends, ends[-1] * AHEAD_AT) + 1
        self.copy: Forked[list[int]] | None = None
        self.paragraphs = 0  # how many of the written paragraphs the copy counts

    def written(self, blocks: int) -> None:
        """The body has written its first ``blocks`` blocks, up to a paragraph no run-in
        heading waits on."""
        if self._from is None or blocks < self._from:
            return
        self._from = None  # looked at once
        if spare_cpus() >= 1:
            self.paragraphs = len(self._made_of[3].paragraphs)
            self.copy = Forked.start(self._count)

    def _count(self) -> list[int]:
        """(In the copy) the lines of every paragraph written when it was started."""
        document, styles, has_contents, written = self._made_of
        pages = Pages(styles)
        return [
            pages.count_lines(runs, style_id, layout)
            for runs, style_id, layout, _, _ in _jobs(document, pages, has_contents, written)
        ]

    def close(self) -> None:
        """Stop and reap the copy, if one is still counting (the document failed meanwhile)."""
        if self.copy is not None:
            self.copy.close()


class HeadingPages:
    """The page each heading starts on, worked out once the body is written (:meth:`start`);
    the lines of the paragraphs a :class:`CountAhead` copy counted are taken from it."""

    def __init__(self, pages: Pages, jobs: list[_Job], headings: dict[str, object]) -> None:
        self.pages, self.jobs, self.headings = pages, jobs, headings
        self.counted_ahead = 0  # the first jobs, those the copy counts
        self.ahead: Forked[list[int]] | None = None

    @classmethod
    def start(
        cls,
        document,
        styles: WordStyles,
        headings: dict[str, object],
        has_contents: bool,
        written: Written,
        ahead: CountAhead | None = None,
    ) -> HeadingPages:
        pages = Pages(styles)
        pending = cls(pages, list(_jobs(document, pages, has_contents, written)), headings)
        if ahead is not None and ahead.copy is not None:
            # The copy's jobs: those of the paragraphs written when it started (no run-in
            # heading was waiting on the next), the first of this whole list.
            before = {id(p) for p in written.paragraphs[: ahead.paragraphs]}
            pending.counted_ahead = sum(1 for job in pending.jobs if id(job[4]) in before)
            pending.ahead = ahead.copy
        return pending

    def _count(self, start: int, stop: int) -> list[int]:
        """The lines of ``jobs[start:stop]``."""
        return [
            self.pages.count_lines(runs, style_id, layout)
            for runs, style_id, layout, _, _ in self.jobs[start:stop]
        ]

    def result(self) -> dict[str, int]:
        """Section id → the number of the page its heading paragraph starts on."""
        cut = self.counted_ahead
        later = self._count(cut, len(self.jobs))
        counted = list_or_redone(self.ahead, cut, partial(self._count, 0, cut)) + later
        laid_out = [
            Paragraph(job[3], lines, job[4]) for job, lines in zip(self.jobs, counted, strict=True)
        ]
        found = {
            id(p.element): page for p, page in place(laid_out, self.pages.measures.text_height)
        }
        return {ident: found[id(p)] for ident, p in self.headings.items() if id(p) in found}


def place(paragraphs: list[Paragraph], height: int) -> list[tuple[Paragraph, int]]:
    """Each paragraph with the page (from 1) its first line falls on."""
    out: list[tuple[Paragraph, int]] = []
    page, used = 1, 0
    for index, paragraph in enumerate(paragraphs):
        layout = paragraph.layout
        line = max(1, layout.line)
        if layout.break_before and used > 0:
            page, used = page + 1, 0
        before = layout.before if used > 0 else 0  # no space is added at a page's head
        if used > 0 and used + before + _kept_height(paragraphs, index, height) > height:
            page, used, before = page + 1, 0, 0
        out.append((paragraph, page))
        used += before
        lines = paragraph.lines
        while lines * line > height - used:  # it runs on over a page break
            room = (height - used) // line
            taken = min(room, lines - WIDOW_LINES)
            if taken < WIDOW_LINES:  # no orphan at the foot, no widow at the head
                taken = 0 if used > 0 else max(1, room)  # a page holds at least a line
            lines -= taken
            page, used = page + 1, 0
        used += lines * line + layout.after
    return out


def _kept_height(paragraphs: list[Paragraph], index: int, height: int) -> int:
    """What must share the page with a paragraph's first line, in twips: the whole of
    it if it is short or kept with the next, else its first lines; and then, for a
    paragraph kept with the next, the next's in the same way (a chain).  A chain
    taller than ``height`` (a page) is not followed further: it cannot be kept."""
    need = 0
    for number in range(index, len(paragraphs)):
        paragraph = paragraphs[number]
        layout = paragraph.layout
        lines = paragraph.lines
        if lines >= 2 * WIDOW_LINES and not layout.keep_next:
            lines = WIDOW_LINES
        need += (layout.before if number > index else 0) + lines * layout.line
        if not layout.keep_next or need > height:
            break
        need += layout.after
    return need
