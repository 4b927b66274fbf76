"""Reading a DOCX back: its headings, its text and its appendix, for ``check`` and ``outline``.

The package's sizes are checked (:mod:`reportpress.editions.ziplimits`) before
python-docx inflates any part of it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from lxml import etree

from reportpress import patterns
from reportpress.editions.docx.body import without_invisibles
from reportpress.editions.ziplimits import open_package
from reportpress.errors import InputError
from reportpress.ladder import Heading, split_number

#: Styles whose paragraphs are generated furniture, not the report's text.
GENERATED_STYLES = {"TOC Heading", "Appendix Heading"}

_HEADING_NAME = patterns.compile(r"^heading ([1-9])$", re.IGNORECASE)


def _heading_level(paragraph_style) -> int | None:
    """The level of a paragraph's style: Heading N itself or a style based on it."""
    seen = 0
    while paragraph_style is not None and seen < 20:
        match = _HEADING_NAME.match(paragraph_style.name or "")
        if match:
            return int(match.group(1))
        paragraph_style = paragraph_style.base_style
        seen += 1
    return None


def _open(path: Path):
    """The document python-docx reads from a file; InputError if it is no Word document."""
    from docx.opc.exceptions import OpcError

    open_package(path, "Word document").close()
    try:
        return docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError) as exc:
        raise InputError(path, f"not a Word document: {exc}") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc


def _plain(text: str) -> str:
    """A paragraph's text as the report has it: no word joiners or optional breaks, the
    title's line breaks gone."""
    return without_invisibles(text).replace("\n", "")


def _paragraphs(path: Path) -> Iterator[tuple[str, int | None, str]]:
    """(style name, heading level, text) of each body paragraph outside tables."""
    document = _open(path)
    for paragraph in document.paragraphs:
        style = paragraph.style
        name = style.name if style is not None else ""
        yield name, _heading_level(style), _plain(paragraph.text)


def read_outline(path: Path) -> list[Heading]:
    """Headings read back from the paragraph styles (Heading 1–4 and styles based on them)."""
    return [
        (level, *split_number(text))
        for _name, level, text in _paragraphs(Path(path))
        if level is not None and level <= 4
    ]


def read_text(path: Path) -> str:
    """The report's text, one line per paragraph, in order.

    Generated furniture is left out: the contents (TOC styles), the appendix
    title and its table, the footers.
    """
    lines = []
    for name, _level, text in _paragraphs(Path(path)):
        if name in GENERATED_STYLES or name.lower().startswith("toc "):
            continue
        if text:
            lines.append(text)
    return "\n".join(lines)


def read_appendix(path: Path) -> list[list[str]]:
    """The metrics appendix table's rows (header row included), for ``check``."""
    document = _open(Path(path))
    rows: list[list[str]] = []
    for table in document.tables:
        style = table.style
        if style is None or style.name != "Metrics Table":
            continue
        for row in table.rows:
            cells = [_plain(c.text) for c in row.cells]
            rows.append(cells[:1] if len(set(cells)) == 1 else cells)
    return rows
