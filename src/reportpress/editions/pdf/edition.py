"""The PDF edition: the report set on the style's page and grid, with ReportLab.

The module the edition registry names; the work is done by one module per stage:
:mod:`.typeset` (text → positioned runs), :mod:`.flowables` (lines and the
appendix table as platypus flowables), :mod:`.compose` (blocks → flowables,
page furniture), :mod:`.write` (the document, its metadata) and :mod:`.read`
(bookmarks, text and appendix read back from a file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportpress.editions.pdf.read import read_appendix, read_lines, read_outline, read_text

if TYPE_CHECKING:
    from reportpress.model import Report
    from reportpress.styles import Style

__all__ = ["listed_depth", "read_appendix", "read_lines", "read_outline", "read_text", "write"]


def listed_depth(style: Style) -> int | None:
    """The PDF's bookmarks list every heading."""
    return None


def write(report: Report, style: Style) -> bytes:
    """The PDF of a report in a style (ReportLab is loaded here, not to read a PDF back)."""
    from reportpress.editions.pdf.write import write as write_pdf

    return write_pdf(report, style)
