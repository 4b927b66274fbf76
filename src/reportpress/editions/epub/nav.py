"""The book's contents below its top level, written as pandoc writes them.

Pandoc spends about a millisecond on each entry of the navigation document
beyond the first level (an x64 report has some 800), more than on the rest of
the book.  So pandoc is asked for the top level only, and the navigation list
(``nav.xhtml``) and map (``toc.ncx``) are written here, whole, from the
headings pandoc was given, in its markup: the same entries (headings to the
contents' depth, none under an unlisted one), the same labels (a link's text
kept in a bare span, plain text in the map) and numbering.  Headings this
writer does not know how to label (:class:`~.xhtml.Unwritable`) leave the whole
contents to pandoc, at its full depth.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reportpress import patterns
from reportpress.editions.epub.xhtml import Unwritable, attribute_html
from reportpress.errors import RenderError

Json = Any

_SECTION_ID = patterns.compile(rb'<section id="([^"]+)"')


@dataclass
class Entry:
    """A heading in the contents, with the entries of the headings under it."""

    level: int
    ident: str
    label_html: str
    label_text: str
    listed: bool
    children: list[Entry] = field(default_factory=list)


def _label(nodes: list[Json]) -> tuple[str, str]:
    """A heading's label as the navigation list shows it, and as plain text."""
    html, text = [], []
    for node in nodes:
        kind = node["t"]
        if kind == "Str":
            html.append(attribute_html(node["c"]))
            text.append(attribute_html(node["c"]))
        elif kind == "Space":
            html.append(" ")
            text.append(" ")
        elif kind in ("Strong", "Span", "Link"):
            inner, inner_text = _label(node["c"] if kind == "Strong" else node["c"][1])
            if kind == "Strong":
                html.append(f"<strong>{inner}</strong>")
            elif kind == "Link":
                html.append(f"<span>{inner}</span>")
            else:
                ident, classes, pairs = node["c"][0]
                if pairs:
                    raise Unwritable("key-value attributes")
                attrs = f' class="{attribute_html(" ".join(classes))}"' if classes else ""
                attrs += f' id="{attribute_html(ident)}"' if ident else ""
                html.append(f"<span{attrs}>{inner}</span>")
            text.append(inner_text)
        else:
            raise Unwritable(kind)
    return "".join(html), "".join(text)


class Contents:
    """The headings pandoc is given, gathered as they go by (:meth:`add`)."""

    def __init__(self) -> None:
        self.top: list[Entry] = []
        self._open: list[Entry] = []  # the innermost heading of each level open now
        self.writable = True

    def add(self, header: Json) -> None:
        level, (ident, classes, _), inlines = header["c"]
        while self._open and self._open[-1].level >= level:
            self._open.pop()
        parent = self._open[-1] if self._open else None
        listed = "unlisted" not in classes and (parent is None or parent.listed)
        label_html = label_text = ""  # an unlisted heading (the title) needs none
        if listed:
            try:
                label_html, label_text = _label(inlines)
            except Unwritable:
                self.writable = False
            if not ident or level < 1:
                self.writable = False
        entry = Entry(level, ident, label_html, label_text, listed)
        (parent.children if parent else self.top).append(entry)
        self._open.append(entry)

    @property
    def complete(self) -> bool:
        """Whether every heading could be labelled and some heading is listed."""
        return self.writable and any(e.listed for e in self.top)

    def _listed(self, entries: list[Entry], depth: int) -> list[Entry]:
        return [e for e in entries if e.listed and e.level <= depth]

    def nav_list(self, depth: int, href: Mapping[str, str]) -> str:
        """The navigation document's ``<ol class="toc">`` with its entries."""
        count = 0

        def items(entries: list[Entry]) -> str:
            nonlocal count
            out = []
            for entry in self._listed(entries, depth):
                count += 1
                head = (
                    f'<li id="toc-li-{count}"><a href="{href[entry.ident]}">{entry.label_html}</a>'
                )
                out.append(f"{head}{items(entry.children)}</li>")  # numbered before those under it
            return f'<ol class="toc">{"".join(out)}</ol>' if out else ""

        return items(self.top)

    def nav_map(self, depth: int, href: Mapping[str, str]) -> str:
        """The NCX's navigation points, nested and indented as pandoc writes them."""
        count = 0
        lines: list[str] = []

        def points(entries: list[Entry], indent: str) -> None:
            nonlocal count
            for entry in self._listed(entries, depth):
                count += 1
                lines.extend(
                    [
                        f'{indent}<navPoint id="navPoint-{count}">',
                        f"{indent}  <navLabel>",
                        f"{indent}    <text>{entry.label_text}</text>",
                        f"{indent}  </navLabel>",
                        f'{indent}  <content src="{href[entry.ident]}" />',
                    ]
                )
                points(entry.children, indent + "  ")
                lines.append(f"{indent}</navPoint>")

        points(self.top, "    ")
        return "\n".join(lines)

    def fill(self, files: Mapping[str, bytes], depth: int) -> dict[str, bytes]:
        """``nav.xhtml`` and ``toc.ncx`` of ``files`` (path in the book → bytes) with
        these contents to ``depth`` in place of pandoc's; the rest as they are."""
        nav_path = next(p for p in files if p.endswith("/nav.xhtml"))
        ncx_path = next(p for p in files if p.endswith("/toc.ncx"))
        homes: dict[str, str] = {}
        for path, data in files.items():
            if path.endswith(".xhtml"):
                for match in _SECTION_ID.finditer(data):
                    homes.setdefault(match.group(1).decode("utf-8"), path)
        folder = posixpath.dirname(nav_path)
        href = _Hrefs(
            (ident, attribute_html(f"{posixpath.relpath(page, folder)}#{ident}"))
            for ident, page in homes.items()
        )
        nav_list = self.nav_list(depth, href) + "</nav>"
        nav_map = f"<navMap>\n{self.nav_map(depth, href)}\n  </navMap>"
        out = dict(files)
        out[nav_path] = _replace(files[nav_path], b'<ol class="toc">', b"</nav>", nav_list)
        out[ncx_path] = _replace(files[ncx_path], b"<navMap>", b"</navMap>", nav_map)
        return out


class _Hrefs(dict[str, str]):
    """Section id → its link from the contents; an id pandoc gave no section is an error."""

    def __missing__(self, ident: str) -> str:
        raise RenderError(f"epub: pandoc wrote no section for the heading {ident[:40]!r}")


def _replace(data: bytes, start: bytes, end: bytes, new: str) -> bytes:
    """``data`` with its first ``start`` and what follows up to the next ``end``
    (both included) replaced by ``new``."""
    begin = data.find(start)
    stop = data.find(end, begin) if begin >= 0 else -1
    if stop < 0:
        raise RenderError("epub: pandoc wrote no contents where they were expected")
    return data[:begin] + new.encode("utf-8") + data[stop + len(end) :]
