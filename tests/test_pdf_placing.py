"""A layout made only to know the pages (the DOCX's contents) breaks lines and pages as the PDF does."""

from __future__ import annotations

import pytest
from conftest import SHARED, require_shared

from reportpress.editions.pdf.typeset import Piece, Typesetter
from reportpress.editions.pdf.write import make_layout
from reportpress.fonts import resolve
from reportpress.inputs import load
from reportpress.model import from_xml

#: Invented: a run-in heading, a long paragraph with figures, marks and a Latin run.
PARAGRAPH = (
    "全年新建改建农村公路1286.5公里，完成“四好农村路”示范县（第三批）创建；"
    "PM2.5平均浓度降至29微克/立方米——优良天数比例达到91.3%。"
) * 6


def _setters(style):
    fontset = resolve(style)
    fontset.prepare({(style.role("body").font, False): PARAGRAPH + "一、道路交通"})
    fontset.prepare({(style.role("body").font, True): "一、道路交通"})
    return Typesetter(style, fontset), Typesetter(style, fontset, placing=True)


def test_placing_gives_the_same_lines_and_bookmark(any_style):
    style = any_style
    drawing, placing = _setters(style)
    pieces = [
        Piece("一、道路交通", "body", bold=True, outline=("s1", "道路交通", 0)),
        Piece(PARAGRAPH, "body"),
    ]
    for width in (style.text_width_pt, style.text_width_pt * 0.61):
        drawn = drawing.set(pieces, "body", width)
        placed = placing.set(pieces, "body", width)
        assert [line.height for line in placed] == [line.height for line in drawn]
        assert [line.outline for line in placed] == [line.outline for line in drawn]
        assert drawn[0].outline is not None
        assert not any(line.runs for line in placed)


REPORT = "关于某县2025年财政预算执行情况的报告\n各位代表：\n" + "".join(
    f"{chapter}、第{chapter}部分\n（一）收入\n{PARAGRAPH}\n（二）支出\n1.民生支出。{PARAGRAPH}\n"
    for chapter in "一二三"
)


def test_placing_gives_the_pages_of_the_pdf(any_style, tmp_path):
    style = any_style
    source = tmp_path / "budget.txt"
    source.write_text(REPORT, encoding="utf-8")
    report = from_xml(load(source)[0])
    drawn = make_layout(report, style).bookmark_pages
    assert len(set(drawn.values())) > 2
    assert make_layout(report, style, draw=False).bookmark_pages == drawn


#: Corpus reports of other kinds: a GBK national report with full-width digits, a
#: saved web page, a glossary after the closing, and an appendix.
CORPUS_REPORTS = (
    "03_national-2009-govwork-fullwidth-digits-gbk.txt",
    "06_national-2020-govwork-html.txt",
    "12_hainan-2026-govwork-glossary.txt",
    "14_neimenggu-2026-govwork-appendix.txt",
)


@pytest.mark.parametrize("name", CORPUS_REPORTS)
def test_placing_gives_the_pages_of_the_pdf_for_corpus_reports(any_style, name):
    source = require_shared(SHARED / "corpus" / "texts" / name)
    report = from_xml(load(source)[0])
    drawn = make_layout(report, any_style).bookmark_pages
    assert len(set(drawn.values())) > 2
    assert make_layout(report, any_style, draw=False).bookmark_pages == drawn
