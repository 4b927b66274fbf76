"""The editions: one package per format, each behind the :class:`Edition` protocol.

An edition module offers four functions — writing the file from the read-only
model, and reading back what a file holds so that ``check`` and ``outline``
compare the file itself, not the program's memory of it.  :data:`REGISTRY`
names the module of each format; modules are imported on first use because
they are heavy (ReportLab, python-docx, pandoc).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from reportpress.ladder import Heading
    from reportpress.model import Report
    from reportpress.styles import Style

#: Every output format a build can write, the XML included.
FORMATS = ("xml", "docx", "pdf", "epub")

#: Edition format → the module that implements :class:`Edition` for it.
REGISTRY: dict[str, str] = {
    "docx": "reportpress.editions.docx.edition",
    "pdf": "reportpress.editions.pdf.edition",
    "epub": "reportpress.editions.epub.edition",
}
EDITIONS = tuple(REGISTRY)


class Edition(Protocol):
    """What every edition module provides."""

    def write(self, report: Report, style: Style) -> bytes:
        """The whole file."""

    def read_outline(self, path: Path) -> list[Heading]:
        """The headings the file holds, as (level, number, text)."""

    def listed_depth(self, style: Style) -> int | None:
        """How deep (display depth, 1 = top) the file's outline lists headings; None: all."""

    def read_text(self, path: Path) -> str:
        """The text the file holds, in reading order."""

    def read_appendix(self, path: Path) -> list[list[str]]:
        """The metrics appendix table: the header row, then group and metric rows."""


def edition(fmt: str) -> Edition:
    """The edition module of a format (imported on first use)."""
    if fmt not in REGISTRY:
        raise ValueError(f"no edition for {fmt!r}")
    return importlib.import_module(REGISTRY[fmt])  # type: ignore[return-value]


def edition_of(path: Path) -> Edition | None:
    """The edition that reads a file, by its suffix; None for other files."""
    fmt = path.suffix.lower().lstrip(".")
    return edition(fmt) if fmt in REGISTRY else None
