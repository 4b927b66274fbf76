"""Outlines read back from any input or edition: ``LEVEL<TAB>NUMBER<TAB>TEXT`` per heading.

Each format is read from what the file itself holds (XML sections, Word heading
styles, PDF bookmarks, the EPUB navigation document), so comparing outlines
checks the editions, not the program's memory of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from reportpress.errors import InputError

Heading = tuple[int, str, str]  # (level, number, text)

_NUMBER = re.compile(
    r"^([一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\d+[.．、]|（\d+）)"
)


def split_number(printed: str) -> tuple[str, str]:
    """``（一）坚持…`` → (``（一）``, ``坚持…``); unnumbered headings give an empty number."""
    m = _NUMBER.match(printed)
    return (m.group(1), printed[m.end() :]) if m else ("", printed)


#: The numbering ladder of the spec: each label's shape and the level it marks.
_LADDER = (
    (re.compile(r"^[一二三四五六七八九十百]+、$"), 1),
    (re.compile(r"^（[一二三四五六七八九十百]+）$"), 2),
    (re.compile(r"^\d+[.．、]$"), 3),
    (re.compile(r"^（\d+）$"), 4),
)


def ladder_level(number: str) -> int | None:
    """The level a heading number marks: 一、→1, （一）→2, 1. or 1、→3, （1）→4; else None."""
    number = number.strip()
    for pattern, level in _LADDER:
        if pattern.match(number):
            return level
    return None


def display_depths(levels: Sequence[int]) -> list[int]:
    """The depth (1, 2 …) each heading is shown at in bookmarks and navigation.

    A report need not use the whole ladder: one that starts at ``1.`` shows its
    ``1.`` headings at the top.  Levels are shifted so the shallowest present is
    1, and a heading never goes more than one deeper than the one before it
    (outlines cannot skip a level).
    """
    if not levels:
        return []
    shift = min(levels) - 1
    depths: list[int] = []
    previous = 0
    for level in levels:
        depth = max(1, min(level - shift, previous + 1))
        depths.append(depth)
        previous = depth
    return depths


def read_level(number: str, depth: int) -> int:
    """A heading's level read back from an edition: its number's ladder level, else its depth."""
    return ladder_level(number) or depth


def from_xml_root(root) -> list[Heading]:
    from reportpress.document import from_xml

    report = from_xml(root)
    return [(b.level, b.number, b.text) for b in report.headings()]


def read_outline(path: Path) -> list[Heading]:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".xml"):
        from reportpress.pipeline import load

        root, _ = load(path)
        return from_xml_root(root)
    if not path.is_file():
        raise InputError(path, "no such file")
    if suffix == ".docx":
        from reportpress.render.docx import read_outline as docx_outline

        return docx_outline(path)
    if suffix == ".pdf":
        from reportpress.render.pdf import read_outline as pdf_outline

        return pdf_outline(path)
    if suffix == ".epub":
        from reportpress.render.epub import read_outline as epub_outline

        return epub_outline(path)
    raise InputError(path, f"cannot read an outline from {suffix or 'a file without extension'}")


def format_outline(headings: list[Heading]) -> str:
    return "".join(f"{level}\t{number}\t{text}\n" for level, number, text in headings)
