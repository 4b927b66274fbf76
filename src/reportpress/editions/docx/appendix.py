"""The metrics appendix: one ruled table, group rows under level-1/2 headings, a repeating header row.

Column widths come from :mod:`reportpress.editions.columns` (one policy for every
edition, from the content).  One group row and one metric row are built through
python-docx (its per-cell style lookups made the table 75 % of the document's
time when every row was built so), each with a comment in place of each text;
the rows themselves are written from those prototypes straight into the
serialized document (:class:`AppendixRows`): as lxml nodes, the rows of a long
report took more memory than the rest of the document.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from docx.shared import Twips
from lxml import etree

from reportpress import patterns
from reportpress.editions.columns import cell_air, column_widths, text_ems
from reportpress.editions.docx.fonts import advance_ems
from reportpress.editions.docx.oxml import (
    add_text,
    bookmark_name,
    link_run,
    repeat_and_keep_row,
    row_element,
    set_attrs,
    table_element,
    twips,
)
from reportpress.errors import RenderError
from reportpress.model import Report
from reportpress.styles import Style

if TYPE_CHECKING:
    from reportpress.editions.docx.body import Body


#: Room a word processor takes beyond a cell's padding and rules, in ems: LibreOffice
#: wrapped a value that fitted its cell by less than a point (it sets the borders inside
#: the cell and rounds positions to twips).
WORD_PROCESSOR_SLACK_EMS = 0.25


def column_twips(style: Style, text_width: int, header, rows) -> list[int]:
    """The columns' widths in twips, summing to the text width: measured with the faces
    the document embeds, never narrower than the official faces' widths, so the short
    columns hold with either."""
    role = style.role("appendix_table")
    size = role.size_pt
    advances: dict[bool, dict[str, float]] = {}

    def ems(text: str, bold: bool) -> float:
        known = advances.setdefault(bold, {})
        new = set(text).difference(known)
        if new:
            found = advance_ems(style, role.font, bold or style.is_bold("appendix_table"), new)
            known.update((char, max(found[char], text_ems(char))) for char in new)
        return sum(map(known.__getitem__, text))

    air = cell_air(size * style.appendix.cell_padding_em, size)
    widths = column_widths(
        text_width / 20 / size, header, rows, measure=ems, air=air, slack=WORD_PROCESSOR_SLACK_EMS
    )
    widths = [round(twips(w * size)) for w in widths]
    widths[0] += text_width - sum(widths)
    return widths


def add_appendix(body: Body, report: Report, style: Style) -> AppendixRows:
    """The appendix title (a level-1 heading on a page of its own) and its table, whose
    rows are written when the document is (:meth:`AppendixRows.fill`)."""
    appendix = style.appendix
    add_text(body.paragraph("AppendixHeading"), appendix.title)
    text_width = body.styles.measures.text_width
    widths = column_twips(style, text_width, appendix.columns, [m.row for m in report.metrics])
    table = body.document.add_table(rows=0, cols=len(widths))
    table.style = body.styles["MetricsTable"]
    table.autofit = False  # fixed layout: the computed widths hold
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Twips(width)
    tbl = table_element(table)
    set_attrs(tbl.tblPr.find(qn("w:tblW")), {"w": text_width, "type": "dxa"})
    set_attrs(
        tbl.tblPr.find(qn("w:tblLook")),
        {"val": "04A0", "firstRow": 1, "lastRow": 0, "firstColumn": 0, "lastColumn": 0,
         "noHBand": 1, "noVBand": 1},
    )  # fmt: skip

    def row(header: bool = False):
        new = table.add_row()
        repeat_and_keep_row(new, header)
        return new.cells

    def fill(cell, style_id: str, text: str = ""):
        paragraph = cell.paragraphs[0]
        paragraph.style = body.styles[style_id]
        if text:
            add_text(paragraph, text)
        return paragraph

    for cell, name in zip(row(header=True), appendix.columns, strict=True):
        fill(cell, "TableHeader", name)
    cells = row()
    fill(cells[0].merge(cells[-1]), "TableGroup", " ")
    _make_fields(row_element(cells), "g")
    cells = row()
    styles = [body.styles.table_text_ids[align] for align in appendix.align]
    # The indicator in two runs: the name but its end, and its end held together.
    add_text(fill(cells[0], styles[0], " "), " ", body.styles["Figure"])
    for cell, style_id in zip(cells[1:4], styles[1:4], strict=True):
        fill(cell, style_id, " ")
    link_run(add_text(fill(cells[4], styles[4]), " ", body.styles["Hyperlink"]), _ANCHOR)
    _make_fields(row_element(cells), "m")
    # A table may not end the body: Word wants a paragraph before sectPr.
    body.paragraph("TableEnd")
    rows: list[tuple[str, tuple[str, ...], str]] = []
    for group in report.appendix():
        if group.label:
            rows.append(("g", (group.label,), ""))
        rows += [
            ("m", (*name_runs(metric.row[0]), *metric.row[1:]), bookmark_name(metric.id))
            for metric in group.metrics
        ]
    return AppendixRows(rows)


#: How many characters end a name on one line: no name wraps leaving one alone.
KEPT_END = 2


def name_runs(name: str) -> tuple[str, str]:
    """An indicator as its two runs: all but its last :data:`KEPT_END` characters, and
    those joined (WORD JOINERs for Word; the run's Figure style has a language without
    East Asian line breaking, for LibreOffice, which ignores the joiners there)."""
    from reportpress.editions.docx.body import unbreakable

    return name[:-KEPT_END], unbreakable(name[-KEPT_END:])


#: The prototype metric row's link target, replaced by each row's own.
_ANCHOR = "reportpress-row-anchor"
_T_OPEN = b"<w:t>"
_T_KEPT = b'<w:t xml:space="preserve">'
_T_CLOSE = b"</w:t>"
_SPACE = patterns.compile(r"\s")
#: A space, or a character lxml escapes in text.
_SPACE_OR_ESCAPED = patterns.compile(r"[\s&<>]")


def _field_comment(kind: str, index: int) -> str:
    return f"reportpress {kind}{index}"


def _make_fields(row: etree._Element, kind: str) -> None:
    """Each text of a prototype row replaced by a comment naming its place.  Text never
    serializes as ``<!--`` (its ``<`` is escaped), so the comments are found for sure."""
    space = qn("xml:space")
    for index, t in enumerate(row.iter(qn("w:t"))):
        t.text = None
        t.set(space, "preserve")
        t.append(etree.Comment(_field_comment(kind, index)))


def _text_element(text: str) -> bytes:
    """A ``w:t`` as lxml writes it: spaces kept where there are any."""
    if not _SPACE_OR_ESCAPED.search(text):  # most cells: nothing to keep or escape
        return _T_OPEN + text.encode("utf-8") + _T_CLOSE
    opening = _T_KEPT if _SPACE.search(text) else _T_OPEN
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return opening + escaped.replace("\r", "&#13;").encode("utf-8") + _T_CLOSE


class _TextElements(dict):
    """Text → its :func:`_text_element`, each written once: units, kinds and sections
    repeat down a long table."""

    def __missing__(self, text: str) -> bytes:
        element = self[text] = _text_element(text)
        return element


class AppendixRows:
    """The appendix's rows, written into the serialized document part from its prototypes.

    Each row is (kind, texts, link target): ``g`` a group row (its heading), ``m``
    a metric row (its five cells, and the bookmark of its figure).
    """

    def __init__(self, rows: list[tuple[str, tuple[str, ...], str]]) -> None:
        self.rows = rows

    def fill(self, xml: bytes) -> bytes:
        """The document part with the rows in place of the two prototype rows."""
        group, group_at = self._template(xml, "g")
        metric, metric_at = self._template(xml, "m")
        if group_at[1] != metric_at[0]:
            raise RenderError("docx: the appendix's prototype rows are not together")
        out = [xml[: group_at[0]]]
        elements = _TextElements()
        for kind, texts, anchor in self.rows:
            pieces = group if kind == "g" else metric
            row = [pieces[0]]
            for piece, text in zip(pieces[1:], texts, strict=True):
                row += [elements[text], piece]
            joined = b"".join(row)
            out.append(joined.replace(b"\0", anchor.encode("ascii")) if anchor else joined)
        out.append(xml[metric_at[1] :])
        return b"".join(out)

    @staticmethod
    def _template(xml: bytes, kind: str) -> tuple[list[bytes], tuple[int, int]]:
        """The prototype row of a kind cut at its texts (its link target a NUL), and
        where it stands in ``xml``."""
        first = xml.find(f"<!--{_field_comment(kind, 0)}-->".encode())
        if first < 0:
            raise RenderError("docx: the appendix's prototype row is missing")
        start = max(xml.rfind(b"<w:tr>", 0, first), xml.rfind(b"<w:tr ", 0, first))
        end = xml.index(b"</w:tr>", first) + len(b"</w:tr>")
        field = _field_comment(kind, 0)[:-1].encode()
        cut = patterns.compile(_T_KEPT + b"<!--" + re.escape(field) + rb"\d+-->" + _T_CLOSE)
        anchor = f'w:anchor="{_ANCHOR}"'.encode()
        row = xml[start:end].replace(anchor, b'w:anchor="\0"')
        return cut.split(row), (start, end)
