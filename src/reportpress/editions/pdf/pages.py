"""The page each heading falls on in the PDF edition, for editions that print a contents page.

The DOCX names pages in its table of contents before any word processor has laid
it out; on the GB/T 9704 grid its pages are the PDF's, so it takes them from here.
The pages are recorded while the PDF is laid out, and that layout is remembered,
so a build writing both the PDF and the DOCX (the PDF first) lays the report out
once; without the PDF the pages are laid out but not drawn.
"""

from __future__ import annotations

from reportpress.model import Report
from reportpress.styles import Style


def heading_pages(report: Report, style: Style) -> dict[str, int]:
    """Section id → the number printed on the page where the heading starts."""
    from reportpress.editions.pdf.write import bookmark_pages

    pages = bookmark_pages(report, style)
    return {block.id: pages[block.id] for block in report.headings() if block.id in pages}
