"""The page each heading falls on in the PDF edition, for editions that print a contents page.

The DOCX names pages in its table of contents before any word processor has laid
it out; on the GB/T 9704 grid its pages are the PDF's, so it takes them from here.
"""

from __future__ import annotations

import io

from reportpress.model import Report
from reportpress.styles import Style


def heading_pages(report: Report, style: Style) -> dict[str, int]:
    """Section id → the number printed on the page where the heading starts."""
    from pypdf import PdfReader

    from reportpress.editions.pdf.edition import write

    reader = PdfReader(io.BytesIO(write(report, style)))
    pages: list[int] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.append(reader.get_destination_page_number(item) + 1)

    walk(reader.outline)
    headings = report.headings()
    return {block.id: page for block, page in zip(headings, pages, strict=False)}
