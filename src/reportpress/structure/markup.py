"""HTML in what people paste: a saved web page, or text that still carries its tags.

The markup is parsed with lxml.html: block elements become line breaks and
their text the lines the normalizer reads; every tag, comment and character
reference is recorded as ``<dropped reason="markup">`` with its source line,
so that nothing of the input is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from reportpress import patterns
from reportpress.ladder import read_label
from reportpress.reportxml import CELL_SEPARATOR
from reportpress.structure.text import Dropped

#: A tag, a declaration (``<!DOCTYPE …>``, ``<?xml …?>``), a character reference, or
#: the opening of a comment (its end is found by ``str.find``).  A tag is ``<`` up
#: to the next ``>`` with no ``<`` inside, however long (a data-URI image), so each
#: scan stops at the next ``<`` and the whole pass stays linear.
_MARKUP = patterns.compile(
    r"<!--|<[!?][A-Za-z][^<>]*>|</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]*)?/?>"
    r"|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"
)
_BLOCK_TAG = patterns.compile(
    r"</?(?:p|div|h[1-6]|br|li|tr|td|th|table|section|article|ul|ol|title|body|html)\b[^<>]*>",
    re.IGNORECASE,
)
_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "ul",
    "ol",
    "title",
    "header",
    "footer",
    "br",
    "body",
    "blockquote",
    "pre",
}
_SKIP = {"script", "style", "head", "noscript", "template"}
#: A table's cells: a row (``tr``) is read as one line, its cells parted by a tab, as a
#: word processor copies a table; a cell holding blocks of its own is read as they are.
_CELLS = {"td", "th"}


def _in_row(cell: etree._Element) -> bool:
    """Whether a cell is one of a row's cells read on the row's line: it holds no block."""
    return not any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in cell.iterdescendants())


def _cells_before(cell: etree._Element) -> bool:
    """Whether a cell has a cell before it in its row."""
    return any(
        isinstance(e.tag, str) and e.tag in _CELLS for e in cell.itersiblings(preceding=True)
    )


def has_markup(text: str) -> bool:
    """Text that carries a web page's block tags (at least three), not a stray ``<`` or two."""
    return any(found >= 3 for found, _ in enumerate(_BLOCK_TAG.finditer(text), 1))


def markup_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every piece of markup, in order.

    A comment runs to its ``-->``, or to the end of the text when it has none,
    as HTML parsers read it; whatever its length, it is one piece.
    """
    position = 0
    while (found := _MARKUP.search(text, position)) is not None:
        start, end = found.span()
        if found.group(0) == "<!--":
            close = text.find("-->", end)
            end = len(text) if close < 0 else close + 3
        yield start, end
        position = end


def record_markup(text: str, dropped: Dropped) -> None:
    """Record every tag, comment and character reference of the source, by line."""
    line, last = 1, 0
    for start, end in markup_spans(text):
        line += text.count("\n", last, start)
        last = start
        dropped.append(("markup", line, text[start:end]))


def html_to_text(text: str, dropped: Dropped) -> str:
    """The text of an HTML page or fragment, one line per block element.

    Script, style and head content (the page's own title included) are not
    report text: their text is recorded as ``markup`` with its line.  White
    space inside a block collapses, as a browser shows it.
    """
    from lxml import html as lxml_html  # only texts with markup need the HTML parser

    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return ""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        # White space collapses inside a cell; a row's cells stay apart by a tab each.
        cells = ("".join(current)).split(CELL_SEPARATOR)
        joined = CELL_SEPARATOR.join(" ".join(cell.split()) for cell in cells).strip()
        if joined:
            lines.append(joined)
        current.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP:
            for piece in element.itertext():
                if piece.strip():
                    dropped.append(("markup", element.sourceline or 1, piece.strip()))
            return
        if not tag:  # a comment or processing instruction: recorded with the tags
            return
        cell = tag in _CELLS and _in_row(element)
        block = tag in _BLOCKS and not cell
        if block:
            flush()
        if cell and _cells_before(element):
            current.append(CELL_SEPARATOR)  # a table's row is one line, its cells apart
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n".join(lines) + "\n"


_NOT_TEXT = patterns.compile(r"\s+")


def _tags_stripped(text: str) -> str:
    """The fallback reading: block tags as line breaks, other markup removed, references resolved."""
    import html

    pieces: list[str] = []
    last = 0
    for start, end in markup_spans(text):
        pieces.append(text[last:start])
        if _BLOCK_TAG.fullmatch(text, start, end):
            pieces.append("\n")
        last = end
    pieces.append(text[last:])
    return html.unescape("".join(pieces))


def unmarked_text(text: str, dropped: Dropped) -> str:
    """HTML → text lines, the markup recorded as dropped.

    When lxml gives up on part of a page (nesting deeper than it builds), the
    page is read by removing the tags instead, so that no text is lost.
    """
    record_markup(text, dropped)
    skipped = len(dropped)
    parsed = html_to_text(text, dropped)
    stripped = _tags_stripped(text)
    recorded = sum(len(_NOT_TEXT.sub("", piece)) for _, _, piece in dropped[skipped:])
    if len(_NOT_TEXT.sub("", parsed)) + recorded < len(_NOT_TEXT.sub("", stripped)):
        del dropped[skipped:]
        return stripped
    return parsed


# ---- Markdown ---------------------------------------------------------------------------

#: A Markdown heading's marks opening a line (``## 一、总体情况``).
_MD_HEADING = patterns.compile(r"^[ \t\u3000]{0,3}#{1,6}[ \t]+")
#: Markdown's strong emphasis (``**各位代表：**``; not ``__``, a form's blank), asked of a line
#: holding an even number of them; a link's target after its words (``[全文](https://…)``: the words stay).
_MD_STRONG = patterns.compile(r"\*\*")
_MD_LINK_TARGET = patterns.compile(r"(?<=\])\((?:https?://|/|\.{0,2}/)[^()\s]{0,2000}\)")
_MD_LINK_OPEN = patterns.compile(r"\[(?=[^\[\]\n]{1,200}\]\()")
#: How far before its target a link's words may begin (the search for its ``[`` stops there).
_MD_LINK_WORDS = 202


def markdown_read_past(text: str, dropped: Dropped) -> tuple[str, bool]:
    """``text`` without the marks of Markdown (a page saved or converted as Markdown: heading
    marks, strong emphasis, links' brackets and targets), each recorded as ``markup`` with
    its line; and whether there were any.  Lines stay where they are."""
    if "#" not in text and "**" not in text and "](" not in text:
        return text, False
    lines = text.split("\n")
    found = False
    for number, line in enumerate(lines, 1):
        pieces: list[tuple[int, int]] = []
        if heading := _MD_HEADING.match(line):
            pieces.append(heading.span())
        strong = [m.span() for m in _MD_STRONG.finditer(line)]
        if strong and len(strong) % 2 == 0:
            pieces += strong
        if "](" in line:
            for target in _MD_LINK_TARGET.finditer(line):
                pieces.append(target.span())
                opening = line.rfind("[", max(0, target.start() - _MD_LINK_WORDS), target.start())
                if opening >= 0 and _MD_LINK_OPEN.match(line, opening):
                    pieces += [(opening, opening + 1), (target.start() - 1, target.start())]
        if not pieces:
            continue
        found = True
        pieces.sort()
        kept, last = [], 0
        for start, end in pieces:
            if start < last:
                continue
            kept.append(line[last:start])
            dropped.append(("markup", number, line[start:end].strip() or line[start:end]))
            last = end
        kept.append(line[last:])
        lines[number - 1] = "".join(kept)
    return "\n".join(lines), found


# ---- headings in lenticular brackets ------------------------------------------------------

#: A line that is all one pair of lenticular brackets (``【一、主要指标完成情况】``): a page's
#: way of setting a heading off; group 1 what they hold.
_BRACKETED_LINE = patterns.compile(r"^[ \t\u3000]*[【〖]([^【】〖〗\n]{2,60})[】〗][ \t\u3000]*$")


def bracketed_headings_read_past(text: str, dropped: Dropped) -> str:
    """``text`` with the brackets taken off each line that is a numbered heading set in
    lenticular brackets (``【二、存在的问题】`` → ``二、存在的问题``), each recorded as
    ``markup`` with its line: the number is the heading's, the brackets only its dress.
    A bracketed line without a number (``【责任编辑：…】``) is left to the reader."""
    if "【" not in text and "〖" not in text:
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if line.lstrip(" \t\u3000")[:1] not in ("【", "〖"):
            continue
        inside = _BRACKETED_LINE.match(line)
        if inside and read_label(inside.group(1).strip()):
            opening, closing = line[inside.start(1) - 1], line[inside.end(1)]
            dropped += [("markup", number, opening), ("markup", number, closing)]
            lines[number - 1] = inside.group(1)
    return "\n".join(lines)
