"""Reading an EPUB back: its navigation, its text and its appendix, for ``check`` and ``outline``.

Every part is read through the zip-size checks of :mod:`reportpress.editions.ziplimits`
and parsed with the project's safe XML parser (no DTDs, entities or network).
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxml import etree

from reportpress.editions.ziplimits import open_package
from reportpress.errors import InputError
from reportpress.ladder import Heading, read_level, split_number
from reportpress.reportxml import safe_parser

NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, safe_parser())


def _package(book: zipfile.ZipFile, path: Path) -> tuple[str, etree._Element]:
    """The package document's path in the zip and its root."""
    try:
        container = _parse(book.read("META-INF/container.xml"))
        opf_path = container.xpath("string(//c:rootfile/@full-path)", namespaces=NS)
        return opf_path, _parse(book.read(opf_path))
    except (KeyError, etree.XMLSyntaxError) as exc:
        raise InputError(path, f"not an EPUB: no readable package document ({exc})") from None


#: What reading a damaged book's parts raises: a part missing from the zip, a
#: corrupt or truncated entry, a page that is not well-formed XML.
_DAMAGED = (KeyError, zipfile.BadZipFile, OSError, EOFError, etree.XMLSyntaxError, ValueError)


@contextmanager
def _reading(path: Path) -> Iterator[zipfile.ZipFile]:
    """The open book; a part it cannot read becomes an InputError naming the file."""
    with open_package(path, "EPUB") as book:
        try:
            yield book
        except _DAMAGED as exc:
            raise InputError(path, f"damaged EPUB: {exc}") from exc


def read_outline(path: Path) -> list[Heading]:
    """Headings (level, number, text) as the EPUB's navigation document lists them.

    The navigation nests by display depth; a numbered heading's level is read
    from its number (:func:`~reportpress.outline.ladder_level`), an unnumbered
    one's is its depth.
    """
    with _reading(Path(path)) as book:
        try:
            opf_path, opf = _package(book, Path(path))
            href = opf.xpath(
                "string(//opf:manifest/opf:item[contains(concat(' ', @properties, ' '), ' nav ')]/@href)",
                namespaces=NS,
            )
            nav = _parse(book.read(posixpath.join(posixpath.dirname(opf_path), href)))
        except (KeyError, etree.XMLSyntaxError) as exc:
            raise InputError(path, f"no readable navigation document: {exc}") from None
    toc = nav.xpath("//x:nav[contains(concat(' ', @epub:type, ' '), ' toc ')]", namespaces=NS)
    headings: list[Heading] = []

    def walk(ol: etree._Element, level: int) -> None:
        for li in ol.findall("x:li", NS):
            label = li.find("x:a", NS)
            if label is None:
                label = li.find("x:span", NS)
            if label is not None:
                number, text = split_number("".join(label.itertext()).strip())
                headings.append((read_level(number, level), number, text))
            for sub in li.findall("x:ol", NS):
                walk(sub, level + 1)

    for ol in toc[0].findall("x:ol", NS) if toc else []:
        walk(ol, 1)
    return headings


_BLOCKS = {f"{{{NS['x']}}}{name}" for name in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr")}


def _block_text(element: etree._Element) -> str:
    """A block's text; the newline pandoc writes after a ``<br/>`` (the title's lines) is no text."""
    if element.tag == f"{{{NS['x']}}}tr":
        return "\t".join("".join(cell.itertext()).strip() for cell in element)
    return "".join(element.itertext()).replace("\n", "").strip()


def read_text(path: Path) -> str:
    """The text of the content documents in spine order, one block a line.

    The navigation document (the table of contents page) is left out: it only
    repeats the headings.
    """
    with _reading(Path(path)) as book:
        opf_path, opf = _package(book, Path(path))
        base = posixpath.dirname(opf_path)
        items = {i.get("id"): i for i in opf.iterfind(".//opf:manifest/opf:item", NS)}
        lines: list[str] = []
        for ref in opf.iterfind(".//opf:spine/opf:itemref", NS):
            item = items.get(ref.get("idref"))
            if item is None or "nav" in (item.get("properties") or "").split():
                continue
            page = _parse(book.read(posixpath.normpath(posixpath.join(base, item.get("href")))))
            body = page.find("x:body", NS)
            for element in body.iter(*_BLOCKS) if body is not None else ():
                if element.tag != f"{{{NS['x']}}}tr" and any(
                    True for _ in element.iterancestors(*_BLOCKS)
                ):
                    continue
                text = _block_text(element)
                if text:
                    lines.append(text)
    return "\n".join(lines) + "\n" if lines else ""


def read_appendix(path: Path) -> list[list[str]]:
    """The metrics appendix table's rows (header and group rows included), for ``check``."""
    rows: list[list[str]] = []
    with _reading(Path(path)) as book:
        opf_path, opf = _package(book, Path(path))
        base = posixpath.dirname(opf_path)
        for item in opf.iterfind(".//opf:manifest/opf:item", NS):
            if item.get("media-type") != "application/xhtml+xml":
                continue
            page = _parse(book.read(posixpath.normpath(posixpath.join(base, item.get("href")))))
            for table in page.iterfind(".//x:table[@class='metrics']", NS):
                for tr in table.iterfind(".//x:tr", NS):
                    rows.append(["".join(cell.itertext()).strip() for cell in tr])
    return rows
