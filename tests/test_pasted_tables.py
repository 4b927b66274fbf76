"""A table pasted as text (a word processor's or a spreadsheet's copy, tab-separated) or
given as an HTML table: each row stays a paragraph of its own with its cells apart, in the
XML and in every edition.  Before, the rows were joined as hard-wrapped lines and an HTML
row's cells run together: ``税收收入80000820005.1``, one number of three.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from reportpress.check import check_edition
from reportpress.editions.docx import edition as docx
from reportpress.editions.epub import edition as epub
from reportpress.editions.pdf import edition as pdf
from reportpress.ingest import source_from_bytes
from reportpress.metrics import annotate
from reportpress.model import from_xml
from reportpress.reportxml import q, validate
from reportpress.structure import normalize
from reportpress.structure.text import clean_line

HEAD = "关于某县2023年财政预算执行情况的报告\n各位代表：\n一、2023年财政预算执行情况\n"
ROWS = [
    "项目\t预算数\t决算数\t增长%",
    "税收收入\t80000\t82000\t5.1",
    "非税收入\t40000\t41500\t10.3",
]
TEXT = HEAD + "全县一般公共预算收入完成12.35亿元，增长6.8%。\n单位：万元\n" + "\n".join(ROWS) + "\n"
HTML = (
    "<html><body><h1>关于某县2023年财政预算执行情况的报告</h1><p>各位代表：</p>"
    "<p>一、2023年财政预算执行情况</p><p>全县一般公共预算收入完成12.35亿元，增长6.8%。</p>"
    "<p>单位：万元</p><table>"
    + "".join(
        "<tr>" + "".join(f"<td> {cell} </td>" for cell in row.split("\t")) + "</tr>" for row in ROWS
    )
    + "</table></body></html>"
)


def paragraphs(data: str, name: str = "t.txt") -> list[str]:
    root, _ = normalize(source_from_bytes(data.encode(), name))
    validate(root)
    return ["".join(p.itertext()) for p in root.iter(q("p"))]


@pytest.mark.parametrize(("data", "name"), [(TEXT, "t.txt"), (HTML, "t.html")])
def test_each_row_is_a_paragraph_its_cells_a_tab_apart(data, name):
    assert paragraphs(data, name)[-4:] == ["单位：万元", *ROWS]


def test_spaces_around_a_tab_and_inside_a_cell_between_han_go_as_elsewhere():
    assert clean_line("  项 目 \t 预算 数\t\t决算数  ") == "项目\t预算数\t决算数"


@pytest.mark.parametrize(
    "line",
    [
        "一、\t总体情况",  # a heading's number before a tab (a word processor's list)
        "●\t坚持稳中求进",  # a bullet
        "县财政局局长\t李四",  # two cells, no figure: a speaker's line
        "现在，我代表区人民政府\t向大会报告工作，请予审议。",  # prose that holds a tab
    ],
)
def test_a_tab_that_parts_no_cells_is_a_space(line):
    assert "\t" not in clean_line(line)


def test_a_row_is_never_a_heading_nor_joined_to_the_sentence_before():
    text = (
        HEAD
        + "全县收入情况如下\n1.税收收入\t80000\t82000\t5.1\n（二）政府性基金预算\n收入5.2亿元。\n"
    )
    found = paragraphs(text)
    assert found[-3:] == ["全县收入情况如下", "1.税收收入\t80000\t82000\t5.1", "收入5.2亿元。"]


def test_every_edition_prints_the_rows_with_their_cells_apart(gbt_style, tmp_path):
    root, _ = normalize(source_from_bytes(TEXT.encode(), "t.txt"))
    annotate(root)
    report = from_xml(root)
    for module, suffix in ((pdf, "pdf"), (docx, "docx"), (epub, "epub")):
        path = tmp_path / f"t.{suffix}"
        path.write_bytes(module.write(report, gbt_style))
        assert check_edition(report, path, gbt_style) == [], suffix
    printed = pdf.read_text(tmp_path / "t.pdf")
    assert "\x00" not in printed and "\t" not in printed  # no face draws a tab
    assert re.search(r"税收收入\s+80000\s+82000\s+5\.1", printed)
    with zipfile.ZipFile(io.BytesIO((tmp_path / "t.docx").read_bytes())) as book:
        document = book.read("word/document.xml").decode()
    assert "<w:t>税收收入</w:t><w:tab/><w:t>80000</w:t>" in document.replace(
        ' xml:space="preserve"', ""
    )


def test_a_table_pasted_a_cell_a_line_is_one_row_its_figures_apart():
    """A PDF's or a converter's copy puts each cell on a line of its own: joined as a wrapped
    sentence, the figures ran together (税收收入8000082000), and a short number was taken
    for a page number and dropped."""
    cells = ["项目", "预算数", "决算数", "税收收入", "80000", "82000", "非税收入", "400", "12"]
    found = paragraphs(
        HEAD + "单位：万元\n" + "\n".join(cells) + "\n二、支出情况\n支出35.6亿元。\n"
    )
    assert "\t".join(cells) in found
    assert "单位：万元" in found


def test_figures_a_pdf_put_on_lines_of_their_own_stay_in_their_sentence():
    """Not a table: each figure's unit is on the line after it (a sentence broken at each
    figure), and the unit said again beside each is no running head."""
    lines = ["全区地区生产总值", "520", "亿元", "增长", "5.2", "%", "其中工业", "180", "亿元"]
    lines += ["服务业", "300", "亿元"]
    found = paragraphs(HEAD + "\n".join(lines) + "\n")
    assert "".join(lines) in found
