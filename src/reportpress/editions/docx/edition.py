"""The Word edition: a DOCX that an editor can keep working on.

python-docx writes it: the document starts from ``docx.Document()`` and is built
through its API — styles (:mod:`.styles`), the contents, title block, headings and
paragraphs (:mod:`.body`), the appendix table (:mod:`.appendix`), page setup and
footers (:mod:`.page`), and the package around them: settings, font table with
the embedded stand-in fonts (:mod:`.fonts`), theme, properties, a reproducible
zip (:mod:`.package`).  What python-docx has no API for is in :mod:`.oxml`; the
title block and the report's paragraphs, most of a long report, are written as
the text lxml would write for them (:mod:`.written`).
A well-kept library writes the package (relationships, content types, part
names), so the file stays what Word expects as Word and python-docx evolve.
"""

from __future__ import annotations

import docx

from reportpress.editions.common import build_time
from reportpress.editions.docx import package
from reportpress.editions.docx.body import Body, toc_levels
from reportpress.editions.docx.fonts import Furniture, embedded_fonts
from reportpress.editions.docx.page import footers, page_setup
from reportpress.editions.docx.pagination import CountAhead, HeadingPages
from reportpress.editions.docx.read import read_appendix, read_outline, read_text
from reportpress.editions.docx.styles import PageMeasures, WordStyles
from reportpress.model import Report
from reportpress.styles import Style

__all__ = [
    "write",
    "listed_depth",
    "read_outline",
    "read_text",
    "read_appendix",
]


def listed_depth(style: Style) -> int | None:
    """The DOCX's headings are all styled Heading 1–4: the outline lists every one."""
    return None


def has_contents(report: Report, style: Style) -> bool:
    """Whether the document opens with a contents page."""
    return bool(style.toc.enabled and report.headings())


def _furniture(report: Report, style: Style, contents: bool) -> Furniture:
    """Text the edition adds itself, by style role and weight: contents, page numbers, the
    appendix's bold header and group rows."""
    numbers = style.page_numbers.text("0123456789")
    furniture: Furniture = {("page_number", False): numbers}
    if contents:
        furniture["appendix_heading", False] = style.toc.title
        contents = "".join(b.heading_text for b in report.headings())
        furniture["body", False] = contents + "0123456789"
    if report.prints_appendix(style):
        labels = "".join(group.label for group in report.appendix())
        furniture["appendix_table", True] = "".join(style.appendix.columns) + labels
    return furniture


def write(report: Report, style: Style) -> bytes:
    """The whole DOCX; the same report and style always give the same bytes."""
    measures = PageMeasures(style)
    document = docx.Document()
    package.clear_template(document)
    levels = toc_levels(report, style.toc.levels)
    styles = WordStyles(document, style, measures, levels).build()
    contents = has_contents(report, style)
    body = Body(document, styles, report, contents)
    # The contents' page numbers: in a long report, the lines of the paragraphs written
    # first are counted by a copy of this process on an idle CPU while the rest is made.
    ahead = CountAhead(document, styles, contents, body.written, report) if contents else None
    try:
        body.build(ahead.written if ahead is not None else None)
        pages = (
            HeadingPages.start(
                document, styles, body.heading_paragraphs, contents, body.written, ahead
            )
            if contents
            else None
        )
        page_setup(document, style, measures)
        footers(document, styles)
        fonts = embedded_fonts(report, style, _furniture(report, style, contents))
        package.settings(document, style, measures, embeds_fonts=bool(fonts))
        package.font_table(document, style, fonts)
        package.theme(document, style)
        package.properties(document, report, style, build_time(report))
        if pages is not None:
            body.fill_pages(pages.result())
    finally:
        if ahead is not None:
            ahead.close()
    members = package.members(document)
    name = document.part.partname.membername
    members[name] = body.written.fill(members[name])
    if body.appendix_rows is not None:
        members[name] = body.appendix_rows.fill(members[name])
    return package.reproducible_zip(members, build_time(report))
