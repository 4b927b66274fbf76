"""Reading a PDF back: its bookmarks, its text, its appendix table (for ``check`` and ``outline``)."""

from __future__ import annotations

import logging
from pathlib import Path

from reportpress.errors import InputError
from reportpress.ladder import Heading, read_level, split_number

log = logging.getLogger(__name__)


def _unreadable() -> tuple[type[Exception], ...]:
    """What pypdf and pdfplumber (pdfminer) raise on a file that is not a PDF, or a damaged one.

    Their own errors, and the built-in ones their parsers let through on bad
    input.  Importing them also quiets pypdf, which otherwise logs a warning or
    two (``invalid pdf header``, ``EOF marker not found``) before it fails: the
    user sees the one line of the :class:`InputError` instead.
    """
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return (
        PyPdfError,
        PSException,
        PdfminerException,
        MalformedPDFException,
        OSError,
        ValueError,
        KeyError,
        IndexError,
        TypeError,
        AttributeError,
    )


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
    from pypdf import PdfReader

    unreadable = _unreadable()
    try:
        reader = PdfReader(str(path))
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
    from pypdf import PdfReader

    unreadable = _unreadable()
    try:
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
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
