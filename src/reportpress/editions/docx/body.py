"""The document body: the contents, the title block, headings and paragraphs, their runs.

Metric mentions are bookmarked (the appendix links to them) and held together
with WORD JOINERs (U+2060), which LibreOffice (ICU, UAX #14 rule LB11) and Word
both honour, so that ``2894.8`` never ends a line whose next begins ``亩``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reportpress import patterns
from reportpress.editions.docx.appendix import AppendixRows, add_appendix
from reportpress.editions.docx.oxml import (
    add_text,
    begin_field,
    bookmark_name,
    end_field,
    end_section,
    link_run,
    styled_paragraph,
)
from reportpress.editions.docx.styles import HEADING_STYLE, WordStyles
from reportpress.editions.docx.written import Written, WrittenParagraph
from reportpress.editions.linebreak import kept_pieces
from reportpress.editions.titles import title_span_lines
from reportpress.model import Block, Report, Span

#: Paragraph style of each kind of block other than headings.
BLOCK_STYLE = {
    "title": "Title",
    "subtitle": "Subtitle",
    "speaker": "Speaker",
    "salutation": "Salutation",
    "paragraph": "Normal",
    "closing": "Closing",
    "signature": "Signature",
    "attachment_label": "AttachmentLabel",
}
#: Joins characters where a line may not break; invisible, and taken out when read back.
WORD_JOINER = "\u2060"
#: Word's "no-width optional break" (ZERO WIDTH SPACE): where a figure may break
#: although Unicode's rules would not (``5%-`` / ``5.5%``); taken out when read back.
OPTIONAL_BREAK = "\u200b"
#: Either of the two: characters the Word copy adds that the report does not have.
INVISIBLE = patterns.compile(f"[{WORD_JOINER}{OPTIONAL_BREAK}]")


def without_invisibles(text: str) -> str:
    """A text of the Word copy as the report has it: no :data:`INVISIBLE` characters."""
    return INVISIBLE.sub("", text)


def toc_levels(report: Report, toc_depth: int) -> range:
    """The heading levels the contents list: ``toc_depth`` of them from the report's
    top level (a report with only 1. and （1） headings lists those)."""
    top = min((b.level for b in report.headings()), default=1)
    return range(top, min(4, top + toc_depth - 1) + 1)


def unbreakable(text: str) -> str:
    """``text`` with a WORD JOINER wherever a line could otherwise break inside it.

    Between two ASCII characters (``2894.8``, ``5.3%``) no line breaks anyway.
    """
    return _ASCII_JOINED.sub("", WORD_JOINER.join(text))


#: A joiner between two ASCII characters, where no line breaks anyway.
_ASCII_JOINED = patterns.compile(f"(?<=[\x00-\x7f]){WORD_JOINER}(?=[\x00-\x7f])")


def figure_text(text: str) -> str:
    """A figure's text as the Word copy writes it: each piece no line may break inside
    :func:`unbreakable`, and an optional break between two, after a range's connector,
    where the PDF may break it (:func:`~reportpress.editions.linebreak.kept_pieces`)."""
    return OPTIONAL_BREAK.join(map(unbreakable, kept_pieces(text)))


def _toc_anchor(block: Block) -> str:
    return bookmark_name(block.id or block.number, "_Toc_")


class Body:
    """Builds the document body; keeps the bookmark counter in document order.

    The contents and the appendix are python-docx's paragraphs and table; the
    title block and the report's paragraphs between them are written as text
    (:mod:`.written`)."""

    def __init__(self, document, styles: WordStyles, report: Report, contents: bool) -> None:
        self.document, self.styles = document, styles
        self.report, self.style = report, styles.style
        self.has_contents = contents  # whether a contents page opens the document
        self._next_bookmark = 0
        #: Each contents entry's section id and its (tab, page number) runs, filled
        #: in by :meth:`fill_pages` once the pages are known (:mod:`.pagination`).
        self._page_runs: list[tuple[str, list]] = []
        #: The appendix's rows, written into the document part as it is saved.
        self.appendix_rows: AppendixRows | None = None
        self._lead_id = styles["Lead"].style_id
        self._figure_ids = styles.figure_ids  # the figure's style, by its Lead or none
        #: The title block and the report's paragraphs, written as text.
        self.written = Written()
        self._word_ids: dict[str, str] = {}  # our style id -> the style's id in Word
        #: Each heading's paragraph by section id, for placing it on its page.
        self.heading_paragraphs: dict[str, WrittenParagraph] = {}

    # paragraphs and runs

    def paragraph(self, style_id: str):
        """A python-docx paragraph of a named style (the contents, the appendix); every
        paragraph names its style, Normal too."""
        return styled_paragraph(self.document, self.styles[style_id].style_id)

    def written_paragraph(self, style_id: str) -> WrittenParagraph:
        """A paragraph of the title block or the report, of a named style."""
        word_id = self._word_ids.get(style_id)
        if word_id is None:  # python-docx reads it off the style's element each time
            word_id = self._word_ids[style_id] = self.styles[style_id].style_id
        return self.written.paragraph(word_id)

    def bookmark_start(self, paragraph: WrittenParagraph, name: str) -> int:
        """A bookmark ``name`` opens in ``paragraph``; its id, for ``bookmark_end``."""
        ident = self._next_bookmark
        self._next_bookmark += 1
        paragraph.bookmark_start(ident, name)
        return ident

    def spans(self, paragraph: WrittenParagraph, spans: Iterable[Span]) -> None:
        for span in spans:
            if not span.text:
                continue
            if span.metric is not None:  # a figure, bookmarked (no context manager per figure)
                ident = self.bookmark_start(paragraph, bookmark_name(span.metric.id))
                paragraph.add_text(figure_text(span.text), self._figure_ids[self._lead(span.lead)])
                paragraph.bookmark_end(ident)
            else:
                paragraph.add_text(span.text, self._lead(span.lead))

    def _lead(self, lead: bool) -> str | None:
        return self._lead_id if lead else None

    # the document

    def build(self, written: Callable[[int], None] | None = None) -> None:
        """The whole body.  ``written``: told, after each paragraph no run-in heading waits
        on, how many of the report's body blocks are written (:class:`.pagination.CountAhead`)."""
        if self.has_contents and self.report.headings():
            self.contents()
        self.written.place(self.document)
        for block in self.report.front_matter:
            if block.kind == "title":
                self.broken(block.spans, "Title", "title")
            elif block.kind == "subtitle":
                self.broken(block.spans, "Subtitle", "subtitle")
            else:
                self.spans(self.written_paragraph(BLOCK_STYLE[block.kind]), block.spans)
        body = self.report.body
        openers = self.report.page_openers()
        continued = False
        for index, block in enumerate(body):
            if block.kind == "heading":
                following = body[index + 1] if index + 1 < len(body) else None
                run_in = block.run_in and following is not None and following.kind == "paragraph"
                paragraph = self.heading(block, run_in)
                continued = run_in
            else:
                style_id = "BodyContinued" if continued else BLOCK_STYLE[block.kind]
                paragraph = self.written_paragraph(style_id)
                self.spans(paragraph, block.spans)
                continued = False
            if id(block) in openers and not block.opens_page:
                # On a page of its own, as the PDF sets it (a label's style says so itself).
                paragraph.break_before = True
            if written is not None and not continued:
                written(index + 1)
        if self.report.prints_appendix(self.style):
            self.appendix_rows = add_appendix(self, self.report, self.style)

    def fill_pages(self, pages: dict[str, int] | None) -> None:
        """Write each contents entry's page (section id → page); an entry without one
        loses its tab and number.  The document is whole only after this."""
        for section_id, runs in self._page_runs:
            page = (pages or {}).get(section_id)
            if page is None:
                for run in runs:
                    run._r.getparent().remove(run._r)
            else:  # the runs are empty: added to, not set (python-docx's setter runs an XPath)
                runs[0].add_tab()
                runs[1].add_text(str(page))
        self._page_runs = []

    def broken(self, spans: tuple[Span, ...], style_id: str, role: str) -> None:
        """The title (or subtitle) in the lines every edition breaks it into, parted by
        manual line breaks; a headline's figures bookmarked as the body's are."""
        paragraph = self.written_paragraph(style_id)
        for index, line in enumerate(title_span_lines(spans, self.style, role)):
            if index:
                paragraph.add_text("\n")  # a run holding a line break alone
            self.spans(paragraph, tuple(line))

    def heading(self, block: Block, run_in: bool) -> WrittenParagraph:
        """A Heading N paragraph (an attachment's title: Attachment Title, based on
        Heading 1); a run-in one ends in Word's style separator.

        The style separator is a hidden paragraph mark (``w:vanish`` + ``w:specVanish``):
        Word shows the heading and the next paragraph on one line, yet the heading
        stays a paragraph of its own, with its style and outline level, so the
        navigation pane and the contents still list it.
        """
        style_id = "AttachmentTitle" if block.attachment_title else HEADING_STYLE[block.level]
        paragraph = self.written_paragraph(style_id)
        if block.id:
            self.heading_paragraphs[block.id] = paragraph
        paragraph.hidden_mark = run_in
        ident = self.bookmark_start(paragraph, _toc_anchor(block))
        if block.number:
            paragraph.add_text(block.number)
        self.spans(paragraph, block.spans)
        paragraph.bookmark_end(ident)
        return paragraph

    def contents(self) -> None:
        """The contents, a section of its own before the report, page numbers to fill in.

        A TOC field whose cached result lists every entry with its page (where a word
        processor will lay the heading out, :mod:`.pagination`): right in
        readers that never update fields (LibreOffice), refreshed by Word on opening
        (``w:updateFields``, ``w:dirty``).  The report then starts on a new page
        numbered 1.
        """
        levels = toc_levels(self.report, self.style.toc.levels)
        add_text(self.paragraph("TOCHeading"), self.style.toc.title)
        headings = [b for b in self.report.headings() if b.level in levels]
        for index, block in enumerate(headings):
            paragraph = self.paragraph(f"TOC{block.level}")
            if index == 0:
                field = f'TOC \\o "{levels.start}-{levels.stop - 1}" \\h \\z \\u'
                begin_field(paragraph, field, dirty=True)
            page_runs = [add_text(paragraph, ""), add_text(paragraph, "")]  # filled in later
            self._page_runs.append((block.id, page_runs))
            link_run([add_text(paragraph, block.heading_text), *page_runs], _toc_anchor(block))
            if index == len(headings) - 1:
                end_field(paragraph)
                end_section(self.document, paragraph)
