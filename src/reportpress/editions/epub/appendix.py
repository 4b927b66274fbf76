"""The EPUB's metrics appendix table, written as XHTML, and the links into and out of it.

Pandoc is slow at tables: the appendix of a long report (a row per figure, a link
in every row) took two thirds of pandoc's time, and as a raw HTML block it is
parsed into a list of characters, which took more memory still.  So pandoc is
given only a :data:`MARKER` where the table goes, and the table, written here in
the very markup pandoc writes for the same table (a reader, a screen reader and
``check`` see no difference), is put in its place in the finished book with
the other parts written beside pandoc (:func:`.xhtml.fill`).  Pandoc never sees the rows, so it cannot point the
links that cross chapter files (a figure to its row, a row back to its figure,
a group to its heading) at the right file; :func:`point_links` does, as pandoc
does for the ids it knows.
"""

from __future__ import annotations

import math
import posixpath
import re
from collections.abc import Mapping

from reportpress import patterns
from reportpress.editions.columns import column_shares
from reportpress.editions.epub.xhtml import attribute_html, marker, text_html
from reportpress.model import Report
from reportpress.styles import Style

#: What pandoc is given where the table goes: a comment, which it copies as it is.
MARKER_NAME = "the metrics appendix table"
MARKER = marker(MARKER_NAME)
#: Title of the link from a row back to its figure in the text.
BACK_TITLE = "回到原文"


def row_id(metric_id: str) -> str:
    """The id of a figure's row: the text links there, the row links back to ``metric_id``."""
    return f"row-{metric_id}"


def table_html(report: Report, style: Style) -> str:
    """The appendix table as pandoc writes it: a column group of widths (each cut to a
    whole percent), the header (centred), then per heading a body opened by a group row
    linking to the heading, each cell aligned as the style says of its column."""
    columns = style.appendix.columns
    shares = column_shares(columns, [m.row for m in report.metrics])
    total = 0.0
    for share in shares:  # summed in order, as pandoc sums them
        total += share
    # Pandoc sets the width of a table whose columns fill less than all of it.
    width = f' style="width:{round(total * 100)}%;"' if 0 < total < 1 else ""
    out = [f'<table class="metrics"{width}>', "<colgroup>"]
    out += [f'<col style="width: {math.trunc(100 * share)}%" />' for share in shares]
    out += ["</colgroup>", "<thead>", "<tr>"]
    out += [f'<th style="text-align: center;">{text_html(name)}</th>' for name in columns]
    out += ["</tr>", "</thead>"]
    # Each cell aligned as its column (pandoc writes a cell's own alignment so).
    td = [f'<td style="text-align: {align};">' for align in style.appendix.align]
    for group in report.appendix():
        out.append("<tbody>")
        if group.label:
            out += [
                f'<tr class="group{group.level}">',
                f'<th colspan="{len(columns)}"><a href="#{attribute_html(group.section_id)}">'
                f"{text_html(group.label)}</a></th>",
                "</tr>",
                "",
            ]
        for metric in group.metrics:
            indicator, value, unit, kind, where = metric.row
            out += [
                "<tr>",
                f'{td[0]}<span id="{attribute_html(row_id(metric.id))}">'
                f"{text_html(indicator)}</span></td>",
                f'{td[1]}<a href="#{attribute_html(metric.id)}" title="{BACK_TITLE}">'
                f"{text_html(value)}</a></td>",
                f"{td[2]}{text_html(unit)}</td>",
                f"{td[3]}{text_html(kind)}</td>",
                f"{td[4]}{text_html(where)}</td>",
                "</tr>",
            ]
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


_ID = patterns.compile(rb'\sid="([^"]+)"')
_LOCAL_LINK = patterns.compile(rb'href="#([^"]+)"')


def point_links(pages: Mapping[str, bytes]) -> dict[str, bytes]:
    """The pages (path in the book → XHTML) whose links to an id in another page now
    name that page (``#m7`` → ``ch002.xhtml#m7``); links within a page and links to
    no id of the book are left as they are.  One pass over the pages."""
    home: dict[bytes, str] = {}
    for path, data in pages.items():
        for match in _ID.finditer(data):
            home.setdefault(match.group(1), path)
    relative: dict[tuple[str, str], bytes] = {}  # (page, folder) → the page named from there
    pointed: dict[str, bytes] = {}
    for path, data in pages.items():
        folder = posixpath.dirname(path)

        def point(match: re.Match[bytes], path: str = path, folder: str = folder) -> bytes:
            target = home.get(match.group(1))
            if target is None or target == path:
                return match.group(0)
            name = relative.get((target, folder))
            if name is None:
                name = relative[target, folder] = posixpath.relpath(target, folder).encode()
            return b'href="' + name + b"#" + match.group(1) + b'"'

        pointed[path] = _LOCAL_LINK.sub(point, data)
    return pointed
