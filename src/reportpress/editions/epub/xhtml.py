"""Blocks written in the XHTML pandoc writes for them, and put into the finished book.

Pandoc adds nothing to a paragraph of a report: it has no note, no image, no
link pandoc could point (the figures link into the appendix, which pandoc never
sees).  Yet reading a paragraph's JSON tree and writing it back cost pandoc
more than a peer's whole conversion of the same text.  So pandoc is given the
headings, which it needs for chapters, sections and the navigation, and a
:func:`marker` where each run of other blocks goes; those blocks are written
here from the same tree nodes (:func:`block_html`), in the very markup pandoc
writes for them (tested against pandoc), and :func:`fill` puts them in their
places in the pages pandoc wrote.  A node of a kind this writer does not know
raises :class:`Unwritable`, and its block is given to pandoc as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reportpress import patterns
from reportpress.errors import RenderError

Json = Any

#: The spaces a line may break at: pandoc's Space, one however many they are.  A
#: full-width space (U+3000) is a character of the text.
BREAKABLE_SPACE = patterns.compile(r"([ \t\r\n]+)")
#: Every marker: an XML comment, which pandoc copies as it is.  Text of the report
#: cannot make one: pandoc writes its ``<`` as ``&lt;``.
_MARKER = patterns.compile(rb"<!-- reportpress: ([^<>]{1,80}) -->")
#: The class of an attachment's label (``附件``), a div around its paragraph.
LABEL_CLASS = "attachment-label"
#: A heading followed by an attachment's label, as pandoc writes both.
_HEADING_THEN_LABEL = patterns.compile(
    rb"(<h([1-6])[^>\n]*>[^\n]*</h\2>)\n"
    rb'(<div class="' + LABEL_CLASS.encode() + rb'">\n<p>[^\n]*</p>\n</div>)'
)
#: Where a line may break although Unicode's rules would not (``5%-`` / ``5.5%``):
#: raw HTML in the form pandoc writes it back (it rewrites ``<wbr />`` so).
WORD_BREAK = {"t": "RawInline", "c": ["html", "<wbr></wbr>"]}


class Unwritable(Exception):
    """A node this writer does not write as pandoc does: its block goes to pandoc."""


def _escaped(text: str) -> str:
    """Text escaped as pandoc escapes a Str (``str.replace`` runs at C speed; a
    ``translate`` table goes through a dictionary per character)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_html(text: str) -> str:
    """Text as pandoc writes its Str and Space inlines: a run of ASCII spaces is one."""
    return _escaped(BREAKABLE_SPACE.sub(" ", text))


def attribute_html(value: str) -> str:
    return _escaped(value).replace('"', "&quot;").replace("'", "&#39;")


def marker(name: str) -> str:
    """What pandoc is given where the part ``name`` goes (see :func:`fill`)."""
    return f"<!-- reportpress: {name} -->"


def _attrs(attr: Json) -> str:
    ident, classes, pairs = attr
    if pairs:
        raise Unwritable("key-value attributes")
    out = f' id="{attribute_html(ident)}"' if ident else ""
    if classes:
        out += f' class="{attribute_html(" ".join(classes))}"'
    return out


def _inline(node: Json) -> str:
    kind = node["t"]
    if kind == "Str":
        return _escaped(node["c"])
    if kind == "Space":
        return " "
    if kind == "LineBreak":
        return "<br />\n"  # pandoc's newline after it
    if node == WORD_BREAK:
        return node["c"][1]
    if kind == "Strong":
        return f"<strong>{inlines_html(node['c'])}</strong>"
    if kind == "Span":
        attr, content = node["c"]
        if not attr[0] and not attr[1]:
            raise Unwritable("a span without attributes")
        return f"<span{_attrs(attr)}>{inlines_html(content)}</span>"
    if kind == "Link":
        attr, content, (url, title) = node["c"]
        title = f' title="{attribute_html(title)}"' if title else ""
        return f'<a href="{attribute_html(url)}"{_attrs(attr)}{title}>{inlines_html(content)}</a>'
    raise Unwritable(kind)


def inlines_html(nodes: list[Json]) -> str:
    return "".join(map(_inline, nodes))


def block_html(node: Json) -> str:
    """A block as pandoc's EPUB 3 writer writes it; "" for one it leaves out (an
    empty paragraph)."""
    kind = node["t"]
    if kind == "Para":
        content = inlines_html(node["c"])
        return f"<p>{content}</p>" if content else ""
    if kind == "Div":
        attr, blocks = node["c"]
        if not attr[1]:
            raise Unwritable("a div without a class")
        return f"<div{_attrs(attr)}>\n{blocks_html(blocks)}\n</div>"
    raise Unwritable(kind)


def blocks_html(nodes: list[Json]) -> str:
    """Blocks one after another, a line apart, as pandoc parts them."""
    return "\n".join(filter(None, map(block_html, nodes)))


def labels_first(pages: Mapping[str, bytes]) -> dict[str, bytes]:
    """The pages with each attachment's label moved back before the heading it follows.

    Pandoc is given the label after its attachment's heading, so that the label
    opens the attachment's chapter (:func:`~.ast._blocks`); here it opens it.
    """
    return {
        path: _HEADING_THEN_LABEL.sub(rb"\3\n\1", data) if LABEL_CLASS.encode() in data else data
        for path, data in pages.items()
    }


def fill(pages: Mapping[str, bytes], parts: Mapping[str, str]) -> dict[str, bytes]:
    """The pages (path → XHTML) with each part in place of its :func:`marker`.

    One pass over each page.  Raises RenderError unless every part's marker is
    in exactly one place (a pandoc that drops or repeats comments): a book
    missing a part is never written.
    """
    placed = dict.fromkeys(parts, 0)

    def put(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode("utf-8")
        if name not in parts:
            return match.group(0)
        placed[name] += 1
        return parts[name].encode("utf-8")

    out = {path: _MARKER.sub(put, data) for path, data in pages.items()}
    wrong = [(name, n) for name, n in placed.items() if n != 1]
    if wrong:
        name, times = wrong[0]
        raise RenderError(f"epub: pandoc kept the place of {name} {times} times, not once")
    return out
