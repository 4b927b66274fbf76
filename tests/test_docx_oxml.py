"""Runs and paragraphs written with lxml: the XML python-docx writes, without its per-run cost."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reportpress.editions.docx.oxml import add_text, keep_spaces, styled_paragraph


def _python_docx_run(paragraph, text: str, char_style=None) -> None:
    """What python-docx itself writes for a run of text in a character style."""
    run = paragraph.add_run(text)
    if char_style is not None:
        run.style = char_style
    if any(c.isspace() for c in text):
        keep_spaces(run)


@pytest.mark.parametrize(
    "text",
    ["增长5.3%", "", "A  B", "全　角空格", "不\u00a0断", "行末 ", "\u2060", "甲\t乙", "上\n下"],
)
@pytest.mark.parametrize("styled", [False, True])
def test_a_run_is_the_xml_python_docx_writes(text, styled):
    document = docx.Document()
    style = document.styles["Strong"] if styled else None
    ours, theirs = document.add_paragraph(), document.add_paragraph()
    add_text(ours, text, style)
    _python_docx_run(theirs, text, style)
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)


def test_paragraphs_go_before_the_section_properties_in_order():
    document = docx.Document()
    body = document.element.body
    assert body[-1].tag == qn("w:sectPr")
    for n in range(5):
        add_text(styled_paragraph(document, f"Style{n}"), f"第{n}段")
    children = list(body)
    assert children[-1].tag == qn("w:sectPr")
    paragraphs = [c for c in children if c.tag == qn("w:p")]
    styles = [p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") for p in paragraphs]
    assert [s.get(qn("w:val")) for s in styles if s is not None][-5:] == [
        f"Style{n}" for n in range(5)
    ]
    texts = ["".join(t.text for t in p.iter(qn("w:t"))) for p in paragraphs]
    assert texts[-5:] == [f"第{n}段" for n in range(5)]


def test_a_paragraph_is_the_xml_python_docx_writes():
    document = docx.Document()
    ours = styled_paragraph(document, "Heading1")
    theirs = document.add_paragraph()
    theirs._p.get_or_add_pPr().style = "Heading1"
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)
    assert ours._parent is theirs._parent


def test_appendix_rows_written_into_the_part_read_back_as_the_rows(gbt_style):
    """Rows written from their prototypes: every text (markup characters, runs of spaces,
    an empty unit) and every link to its figure, in order, in a valid document."""
    import io
    import zipfile

    from reportpress.editions.docx import edition
    from reportpress.editions.docx.body import without_invisibles
    from reportpress.editions.docx.oxml import bookmark_name
    from reportpress.model import Block, Metric, Report, Span, with_depths

    def metric(mid, text, indicator, unit):
        return Metric(mid, text, text.rstrip(unit) or text, unit, "", "count", "", indicator, "")

    metrics = [
        metric("m1", "12个", "“光伏+”<试点> & 示范", "个"),
        metric("m2", "40", "A  B\t\"C\" 'D'", ""),
        metric("m3", "7所", "新建学校", "所"),
    ]
    report = Report(title="关于测试附录的报告", date="2025-03-01")
    report.blocks = [
        Block("title", (Span(report.title),)),
        Block("paragraph", (Span("开篇"), Span(metrics[0].text, metric=metrics[0]))),
        Block("heading", (Span("R&D <投入>"),), level=1, number="一、", id="s1"),
        Block("paragraph", tuple(Span(m.text, metric=m) for m in metrics[1:])),
    ]
    report.metrics = metrics
    report = with_depths(report)
    data = edition.write(report, gbt_style)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml")
    assert b"<!--" not in xml
    root = etree.fromstring(xml)
    rows = list(root.iter(qn("w:tbl")))[-1].findall(qn("w:tr"))

    def texts(row):  # an indicator's end is held together by word joiners
        return [
            without_invisibles("".join(t.text or "" for t in c.iter(qn("w:t"))))
            for c in row.findall(qn("w:tc"))
        ]

    expected = [
        ["指标", "数值", "单位", "类型", "出处"],
        list(metrics[0].row),
        ["一、R&D <投入>"],
        list(metrics[1].row),
        list(metrics[2].row),
    ]
    assert [texts(row) for row in rows] == expected
    anchors = [link.get(qn("w:anchor")) for row in rows for link in row.iter(qn("w:hyperlink"))]
    assert anchors == [bookmark_name(m.id) for m in metrics]
    spaced = [t for t in root.iter(qn("w:t")) if (t.text or "").startswith("A  B\t")]
    assert spaced and spaced[0].get(qn("xml:space")) == "preserve"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="指标值 \t\r\n&<>\"'亿元%", max_size=12))
def test_an_appendix_cell_text_is_written_as_lxml_writes_it(text: str) -> None:
    from reportpress.editions.docx.appendix import _text_element

    t = etree.Element(qn("w:t"), nsmap={"w": qn("w:t")[1:].split("}")[0]})
    t.text = text
    if any(c.isspace() for c in text):
        t.set(qn("xml:space"), "preserve")
    written = etree.tostring(t, encoding="utf-8").replace(
        b' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', b""
    )
    assert _text_element(text) == written
