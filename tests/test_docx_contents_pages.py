"""The DOCX's contents get the PDF's pages after the rest of the document is made."""

from __future__ import annotations

import io
import re
import zipfile

from reportpress.editions.docx import edition as docx
from reportpress.inputs import load
from reportpress.model import from_xml
from reportpress.styles import load_style

REPORT = """\
关于某市2025年国民经济和社会发展计划执行情况的报告
各位代表：
一、计划执行情况
（一）经济运行
全市地区生产总值增长5.1%。
二、2026年主要任务
（一）扩大有效投资
固定资产投资增长6%左右。
"""


def _report(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(REPORT, encoding="utf-8")
    root, _ = load(source)
    return from_xml(root)


def _contents_entries(data: bytes) -> list[str]:
    """The XML of each contents paragraph (TOC1, TOC2 …) of a DOCX."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p\b.*?</w:p>", xml, flags=re.S)
    return [p for p in paragraphs if re.search(r'w:pStyle w:val="TOC\d"', p)]


def test_pages_filled_in_after_preparing_match_a_direct_build(tmp_path):
    report, style = _report(tmp_path), load_style("gbt9704")
    pages = docx.contents_pages(report, style)
    assert pages and set(pages) == {b.id for b in report.headings()}
    assert docx.finish(docx.prepare(report, style), pages) == docx.write(report, style)


def test_an_entry_without_a_page_has_no_tab_and_no_number(tmp_path):
    report, style = _report(tmp_path), load_style("gbt9704")
    pages = docx.contents_pages(report, style)
    missing = report.headings()[-1].id
    partial = {k: v for k, v in pages.items() if k != missing}
    entries = _contents_entries(docx.finish(docx.prepare(report, style), partial))
    assert len(entries) == len(report.headings())
    *numbered, last = entries
    assert all("<w:tab/>" in entry for entry in numbered)
    assert "<w:tab/>" not in last and "<w:r/>" not in last and "扩大有效投资" in last
    assert f">{pages[missing]}</w:t>" not in last.split("扩大有效投资", 1)[1]
