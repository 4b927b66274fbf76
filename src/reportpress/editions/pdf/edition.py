"""The PDF edition: the report set on the style's page and grid, with ReportLab.

The module the edition registry names; the work is done by one module per stage:
:mod:`.typeset` (text → positioned runs), :mod:`.flowables` (lines and the
appendix table as platypus flowables), :mod:`.compose` (blocks → flowables,
page furniture), :mod:`.write` (the document, its metadata) and :mod:`.read`
(bookmarks, text and appendix read back from a file).
"""

from __future__ import annotations

from reportpress.editions.pdf.read import read_appendix, read_lines, read_outline, read_text
from reportpress.editions.pdf.write import write

__all__ = ["read_appendix", "read_lines", "read_outline", "read_text", "write"]
