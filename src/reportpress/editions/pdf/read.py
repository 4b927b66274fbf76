"""Reading a PDF back: its bookmarks, its text, its appendix table (for ``check`` and ``outline``)."""

from __future__ import annotations

import io
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from reportpress.errors import InputError
from reportpress.ladder import Heading, read_level, split_number

log = logging.getLogger(__name__)


#: What the parsers let through on bad input besides their own errors.
_BUILT_IN_FAILURES = (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError)


def _pypdf_unreadable() -> tuple[type[Exception], ...]:
    """What pypdf raises on a file that is not a PDF, or a damaged one.

    Importing its errors also quiets pypdf, which otherwise logs a warning or two
    (``invalid pdf header``, ``EOF marker not found``) before it fails: the user
    sees the one line of the :class:`InputError` instead.
    """
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return (PyPdfError, *_BUILT_IN_FAILURES)


def _unreadable() -> tuple[type[Exception], ...]:
    """What pypdf and pdfplumber (pdfminer) raise on a file that is not a PDF, or a damaged one."""
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    return (PSException, PdfminerException, MalformedPDFException, *_pypdf_unreadable())


def _pdf_reader() -> type:
    """pypdf's ``PdfReader``, imported without the ``cryptography`` package.

    pypdf loads it, when installed, only to decrypt encrypted files (which no
    edition is): a third of pypdf's import, the largest part of ``outline``.
    Without it pypdf uses its own fallback.  pdfplumber, for the appendix, still
    imports it itself.
    """
    if "pypdf" not in sys.modules and "cryptography" not in sys.modules:
        sys.modules["cryptography"] = None  # type: ignore[assignment] — its import fails
        try:
            import pypdf  # noqa: F401
        finally:
            del sys.modules["cryptography"]
    from pypdf import PdfReader

    return PdfReader


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
    reader_class = _pdf_reader()
    unreadable = _pypdf_unreadable()
    try:
        reader = reader_class(str(path))
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
    reader_class = _pdf_reader()
    unreadable = _pypdf_unreadable()
    try:
        return "\n".join(page.extract_text() or "" for page in reader_class(str(path)).pages)
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


@dataclass(frozen=True, slots=True)
class PrintedChar:
    """A character as the PDF places it: its glyph box in points from the page's top left."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    index: int  # its place in the page's content, in reading order across pages

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def read_lines(source: Path | bytes) -> list[list[PrintedChar]]:
    """The printed lines of a PDF from its characters' positions, page by page, top down.

    A line is the characters on one baseline, cut at a table's vertical rules
    and at gaps wider than an em (so table cells and page furniture are lines of
    their own).  Positions, not ``pdftotext -layout``: a compressed mark's box
    overlaps its neighbour's, which layout mode takes for a column break.
    """
    import pdfplumber

    unreadable = _unreadable()
    opened = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    lines: list[list[PrintedChar]] = []
    try:
        with pdfplumber.open(opened) as document:
            index = 0
            for page in document.pages:
                rules = [
                    (e["x0"], e["top"], e["bottom"]) for e in page.edges if e["orientation"] == "v"
                ]
                rows: dict[float, list[PrintedChar]] = {}
                for c in page.chars:
                    char = PrintedChar(
                        c["text"],
                        page.page_number,
                        c["x0"],
                        c["x1"],
                        c["top"],
                        c["bottom"],
                        c["size"],
                        index,
                    )
                    index += 1
                    rows.setdefault(round(char.bottom, 1), []).append(char)
                for bottom in sorted(rows):
                    lines.extend(_cut(sorted(rows[bottom], key=lambda c: c.x0), rules))
    except unreadable as exc:
        path = Path("<bytes>") if isinstance(source, bytes) else source
        raise InputError(path, f"cannot read PDF: {exc}") from exc
    return lines


def _cut(
    row: list[PrintedChar], rules: list[tuple[float, float, float]]
) -> list[list[PrintedChar]]:
    """A row of characters cut at the vertical rules crossing it and at gaps over an em."""
    crossing = [
        x for x, top, bottom in rules if top <= row[0].top + 1 and bottom >= row[0].bottom - 1
    ]
    lines = [[row[0]]]
    for previous, char in zip(row, row[1:], strict=False):
        ruled = any(previous.x1 - 1 <= x <= char.x0 + 1 for x in crossing)
        if ruled or char.x0 - previous.x1 > char.size + 4:
            lines.append([])
        lines[-1].append(char)
    return lines
