"""A report's attachments (附件, 名词解释 after the closing) start on a page of their own."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pytest

from reportpress.editions.docx import edition as docx
from reportpress.editions.pdf import edition as pdf
from reportpress.ingest import source_from_bytes
from reportpress.metrics import annotate
from reportpress.model import from_xml
from reportpress.structure import normalize

TEXT = (
    "关于某区2025年工作的报告\n各位代表：\n现在，我代表区人民政府报告工作。\n"
    "一、今年的工作\n全年经济平稳运行，地区生产总值增长5.2%，民生持续改善。\n"
    "各位代表！让我们团结一心，为建设美好家园而努力奋斗！\n"
    "附件\n名词解释\n1.“两新”：大规模设备更新和消费品以旧换新。\n"
)


def report(text: str = TEXT):
    root, _ = normalize(source_from_bytes(text.encode(), "report.txt"))
    annotate(root)
    return from_xml(root)


def test_the_attachments_begin_after_the_closing():
    found = report().attachments()
    assert found is not None and found.text == "附件"
    without = report(
        TEXT.replace("附件\n名词解释\n1.“两新”：大规模设备更新和消费品以旧换新。\n", "")
    )
    assert without.attachments() is None


def test_the_pdf_sets_them_on_a_new_page(any_style, tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf.write(report(), any_style))
    pages = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    closing = next(i for i, page in enumerate(pages) if "努力奋斗" in page)
    label = next(i for i, page in enumerate(pages) if "附件" in page)
    assert label == closing + 1
    assert pages[label].split()[0] == "附件"  # the first line of its page


@pytest.mark.parametrize("name", ["gbt9704"])
def test_the_docx_breaks_the_page_before_them(name):
    from reportpress.styles import load_style

    data = docx.write(report(), load_style(name))
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    before, _, after = document.partition("pageBreakBefore")
    assert "努力奋斗" in before and "附件" not in before.rpartition("努力奋斗")[2]
    assert after.partition("</w:p>")[0].count("附件") == 1
