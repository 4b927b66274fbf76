"""The semantic XML: safe reading, schema validation and canonical writing.

The XML is the single source of truth between the normalizer and the
renderers, and a public format people edit by hand, so every file written or
read goes through the RELAX NG schema shipped in ``schema/report.rng``.
Reading never resolves entities, DTDs or network addresses.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree

from reportpress.errors import InputError
from reportpress.ingest import read_bytes

NS = "urn:reportpress:report:1"
#: What separates the cells of a table's row kept as a paragraph of text (a word
#: processor's or a spreadsheet's copy, an HTML table's row): one tab.
CELL_SEPARATOR = "\t"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {None: NS}

#: Largest XML file read, in bytes; a report is a few hundred kilobytes.
MAX_XML_BYTES = 50 * 1024 * 1024


def element_name(name: str) -> str:
    """Qualified name of an element of the vocabulary: ``element_name("p")`` → ``{urn:…}p``."""
    return f"{{{NS}}}{name}"


#: The short form every reader of the tree uses.
q = element_name


def local(element: etree._Element) -> str:
    """Local name of an element (``p`` for ``{urn:…}p``)."""
    return etree.QName(element).localname


@cache
def schema() -> etree.RelaxNG:
    text = resources.files("reportpress").joinpath("schema/report.rng").read_bytes()
    return etree.RelaxNG(etree.fromstring(text, safe_parser()))


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        # Comments and processing instructions are a hand editor's notes, not report
        # text: a comment inside <p> would otherwise split the paragraph's text.
        remove_comments=True,
        remove_pis=True,
    )


def validate(root: etree._Element, origin: object = "<report>") -> None:
    """Raise :class:`InputError` naming the first schema violation and its line.

    Beyond the schema: a section's ``level`` must be deeper than its parent
    section's, or the editions' outlines disagree with the nesting; and the title,
    which may hold a headline's figures (mixed content, which RELAX NG cannot require
    to be non-empty), must hold some text.
    """
    rng = schema()
    if not rng.validate(root):
        errors = rng.error_log.filter_from_errors()
        # libxml2 reports an attribute error twice: once without a line, then
        # precisely ("Invalid attribute level …" at its line); say the precise one.
        error = next((e for e in errors if e.line), errors[0])
        raise InputError(origin, f"line {error.line}: invalid report XML: {error.message}")
    title = root.find(f"{element_name('meta')}/{element_name('title')}")
    if title is not None and not "".join(title.itertext()).strip():
        raise InputError(origin, f"line {title.sourceline}: invalid report XML: the title is empty")
    section = element_name("section")
    for element in root.iter(section):
        parent = element.getparent()
        if (
            parent is not None
            and parent.tag == section
            and int(element.get("level")) <= int(parent.get("level"))
        ):
            raise InputError(
                origin,
                f"line {element.sourceline}: invalid report XML: section level {element.get('level')} "
                f"inside a level-{parent.get('level')} section (levels must deepen with nesting)",
            )


def parse(data: bytes, origin: object) -> etree._Element:
    """Parse and validate a report XML document given as bytes."""
    if len(data) > MAX_XML_BYTES:
        raise InputError(origin, f"too large ({len(data)} bytes; limit {MAX_XML_BYTES})")
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise InputError(origin, "DTDs and entity declarations are not allowed in report XML")
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        message = re.sub(r",? line \d+, column \d+$", "", exc.msg)  # the line is said first
        raise InputError(origin, f"line {exc.lineno}: malformed XML: {message}") from None
    validate(root, origin)
    return root


def parse_own(data: bytes) -> etree._Element:
    """Parse bytes :func:`to_bytes` made from a validated tree in this program (a helper
    process's read): not checked again, nor held to libxml2's limits for untrusted
    input (a long paragraph of a long report is no attack)."""
    return etree.fromstring(data, etree.XMLParser(huge_tree=True, resolve_entities=False))


def read(path: Path) -> etree._Element:
    """Read, parse and validate a report XML file."""
    data = read_bytes(path, MAX_XML_BYTES)
    if not data.strip():
        raise InputError(path, "empty file")
    return parse(data, path)


def to_bytes(root: etree._Element, *, validated: bool = False) -> bytes:
    """Canonical, validated serialization: UTF-8, XML declaration, trailing newline.

    ``validated``: the tree was validated already and not changed since (as
    :func:`reportpress.inputs.load` returns it), so it is not validated again.
    """
    if not validated:
        validate(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=False) + b"\n"
