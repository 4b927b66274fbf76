"""The metrics appendix: one ruled table, group rows under level-1/2 headings, a repeating header row.

Column widths come from :mod:`reportpress.editions.columns` (one policy for every
edition, from the content).  One group row and one metric row are built through
python-docx; the others are stamped from them (python-docx's per-cell style
lookups made the table 75 % of the document's time).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from docx.shared import Twips

from reportpress.editions.columns import column_widths
from reportpress.editions.docx.oxml import (
    add_text,
    bookmark_name,
    link_run,
    repeat_and_keep_row,
    row_element,
    set_attrs,
    set_texts,
    table_element,
    twips,
)
from reportpress.model import Report
from reportpress.styles import Style

if TYPE_CHECKING:
    from reportpress.editions.docx.body import Body


def column_twips(style: Style, text_width: int, header, rows) -> list[int]:
    """The columns' widths in twips, summing to the text width."""
    size = style.role("appendix_table").size_pt
    widths = [round(twips(w * size)) for w in column_widths(text_width / 20 / size, header, rows)]
    widths[0] += text_width - sum(widths)
    return widths


def add_appendix(body: Body, report: Report, style: Style) -> None:
    """The appendix title (a level-1 heading on a page of its own) and its table."""
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
    group_row = row_element(cells)
    cells = row()
    for cell in cells[:4]:
        fill(cell, "TableText", " ")
    link_run(add_text(fill(cells[4], "TableText"), " ", body.styles["Hyperlink"]), "")
    metric_row = row_element(cells)
    for prototype in (group_row, metric_row):
        tbl.remove(prototype)
    for group in report.appendix():
        if group.label:
            tbl.append(set_texts(copy.deepcopy(group_row), [group.label]))
        for metric in group.metrics:
            stamped = set_texts(copy.deepcopy(metric_row), metric.row)
            stamped.find(f".//{qn('w:hyperlink')}").set(qn("w:anchor"), bookmark_name(metric.id))
            tbl.append(stamped)
    # A table may not end the body: Word wants a paragraph before sectPr.
    body.paragraph("TableEnd")
