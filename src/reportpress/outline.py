"""Outlines read back from any input or edition: ``LEVEL<TAB>NUMBER<TAB>TEXT`` per heading.

Each format is read from what the file itself holds (XML sections, Word heading
styles, PDF bookmarks, the EPUB navigation document), so comparing outlines
checks the editions, not the program's memory of them.
"""

from __future__ import annotations

import re
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
