"""Renderers: the semantic XML (through :mod:`reportpress.document`) → one edition each.

Every renderer module offers the same three functions:

- ``render(report: Report, style: Style) -> bytes`` — the whole file;
- ``read_outline(path) -> list[(level, number, text)]`` — headings read back from the file;
- ``read_text(path) -> str`` — the text read back from the file, for ``check``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

FORMATS = ("xml", "docx", "pdf", "epub")
EDITIONS = ("docx", "pdf", "epub")


def renderer(fmt: str) -> ModuleType:
    """The renderer module of an edition format (imported on first use: they are heavy)."""
    if fmt not in EDITIONS:
        raise ValueError(f"no renderer for {fmt!r}")
    return importlib.import_module(f"reportpress.render.{fmt}")
