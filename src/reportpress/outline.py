"""Outlines read back from any input or edition: ``LEVEL<TAB>NUMBER<TAB>TEXT`` per heading.

Each format is read from what the file itself holds (XML sections, Word heading
styles, PDF bookmarks, the EPUB navigation document), so comparing outlines
checks the editions, not the program's memory of them.
"""

from __future__ import annotations

from pathlib import Path

from reportpress.editions import edition_of
from reportpress.errors import InputError
from reportpress.ladder import Heading


def from_xml_root(root) -> list[Heading]:
    from reportpress.model import from_xml

    report = from_xml(root)
    return [(b.level, b.number, b.text) for b in report.headings()]


def read_outline(path: Path) -> list[Heading]:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".xml"):
        from reportpress.inputs import load

        root, _ = load(path)
        return from_xml_root(root)
    reader = edition_of(path)
    if reader is None:
        raise InputError(
            path, f"cannot read an outline from {suffix or 'a file without extension'}"
        )
    if not path.is_file():
        raise InputError(path, "no such file")
    return reader.read_outline(path)


def format_outline(headings: list[Heading]) -> str:
    return "".join(f"{level}\t{number}\t{text}\n" for level, number, text in headings)
