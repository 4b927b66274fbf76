"""Outlines: the headings a file holds, read back from the file itself, one per line.

Each format is read from what the file holds (XML sections, Word heading
styles, PDF bookmarks, the EPUB navigation document), so comparing outlines
checks the editions, not the program's memory of them.  Printed as
``LEVEL<TAB>NUMBER<TAB>TEXT`` by ``reportpress outline``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportpress.errors import InputError

if TYPE_CHECKING:
    from reportpress.ladder import Heading
    from reportpress.model import Report


def report_outline(report: Report, max_level: int = 4) -> list[Heading]:
    """The headings of a report's XML, down to ``max_level``."""
    return [(b.level, b.number, b.text) for b in report.headings(max_level)]


def read_outline(path: Path) -> list[Heading]:
    """The headings of any input (``.txt``, ``.xml``) or edition, read from the file."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".xml"):
        from reportpress.inputs import load
        from reportpress.model import from_xml

        root, _ = load(path)
        return report_outline(from_xml(root))
    from reportpress.editions import edition_of

    reader = edition_of(path)
    if reader is None:
        raise InputError(
            path, f"cannot read an outline from {suffix or 'a file without extension'}"
        )
    if not path.is_file():
        raise InputError(path, "no such file")
    return reader.read_outline(path)


def format_outline(headings: list[Heading]) -> str:
    """One ``LEVEL<TAB>NUMBER<TAB>TEXT`` line per heading (a line break in a heading,
    possible in hand-edited XML, becomes a space)."""
    return "".join(
        f"{level}\t{number}\t{' '.join(text.splitlines())}\n" for level, number, text in headings
    )
