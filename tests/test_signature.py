"""A report's signature (落款): the body signing it and the date under it are marked in the
XML (``p role="signature"``) and set right, with two characters free at the line's end in
the official style (GB/T 9704-2012 7.3.5.1), in every edition; before, they were set as body
paragraphs, indented two characters from the left."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from reportpress.editions.docx import edition as docx
from reportpress.editions.epub import edition as epub
from reportpress.editions.pdf import edition as pdf
from reportpress.errors import InputError
from reportpress.ingest import source_from_bytes
from reportpress.model import from_xml
from reportpress.reportxml import q, to_bytes, validate
from reportpress.structure import normalize
from reportpress.styles import load_style

SIGNER, DATE = "某某市人民政府", "2025年2月28日"
TEXT = (
    "某某市人民政府关于2024年度法治政府建设情况的报告\n\n市人大常委会：\n"
    "现将有关情况报告如下：\n一、主要举措和成效\n全年取消行政许可事项12项。\n"
    f"二、存在的不足\n法治宣传教育针对性有待增强。\n特此报告。\n\n{SIGNER}\n{DATE}\n"
)


def _tree(text: str = TEXT):
    root, _ = normalize(source_from_bytes(text.encode(), "report.txt"))
    return root


def test_the_signature_is_marked_in_the_xml_and_a_lone_date_is_not() -> None:
    root = _tree()
    signed = [p.text for p in root.iter(q("p")) if p.get("role") == "signature"]
    assert signed == [SIGNER, DATE]
    # a paragraph that is no signer above a date stays a paragraph
    root = _tree(TEXT.replace(f"{SIGNER}\n{DATE}", "全年经济平稳运行。"))
    assert not [p for p in root.iter(q("p")) if p.get("role") == "signature"]


def test_a_bad_role_is_still_refused() -> None:
    data = to_bytes(_tree()).replace(b'role="signature"', b'role="seal"', 1)
    from lxml import etree

    with pytest.raises(InputError):
        validate(etree.fromstring(data))


def test_the_model_gives_the_signature_its_role() -> None:
    report = from_xml(_tree())
    signed = [b for b in report.blocks if b.kind == "signature"]
    assert [b.text for b in signed] == [SIGNER, DATE]
    assert {b.role for b in signed} == {"signature"}


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_pdf_sets_the_signature_right(style_name: str) -> None:
    import pdfplumber

    style = load_style(style_name)
    role = style.role("signature")
    data = pdf.write(from_xml(_tree()), style)
    right = (style.page.width_mm - style.page.margin_right_mm) * 72 / 25.4
    left = style.page.margin_left_mm * 72 / 25.4
    with pdfplumber.open(io.BytesIO(data)) as document:
        lines = document.pages[0].extract_text_lines()
    for text in (SIGNER, DATE):
        line = next(x for x in lines if x["text"].replace(" ", "") == text)
        free = role.right_indent_chars * role.size_pt
        assert line["x1"] == pytest.approx(right - free, abs=1.5)  # its end, 右空二字
        assert line["x0"] > left + 4 * role.size_pt  # not at the left as a paragraph
    body = next(x for x in lines if x["text"].startswith("特此报告"))
    assert body["x0"] < left + 3 * role.size_pt


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_docx_gives_the_signature_a_right_aligned_style(style_name: str) -> None:
    style = load_style(style_name)
    package = zipfile.ZipFile(io.BytesIO(docx.write(from_xml(_tree()), style)))
    document = package.read("word/document.xml").decode()
    signed = [p for p in document.split("</w:p>") if '<w:pStyle w:val="Signature"/>' in p]
    texts = [re.sub(r"<[^>]+>", "", p).replace("\u2060", "") for p in signed]
    assert texts == [SIGNER, DATE]
    styles = package.read("word/styles.xml").decode()
    signature = styles.partition('w:styleId="Signature"')[2].partition("</w:style>")[0]
    assert '<w:jc w:val="right"/>' in signature
    chars = round(style.role("signature").right_indent_chars * 100)
    assert (f'w:rightChars="{chars}"' in signature) == bool(chars)


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_epub_sets_the_signature_right(style_name: str) -> None:
    book = zipfile.ZipFile(io.BytesIO(epub.write(from_xml(_tree()), load_style(style_name))))
    text = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml"))
    assert f'<div class="signature">\n<p>{SIGNER}</p>\n</div>' in text
    css = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".css"))
    rule = css.partition(".signature p")[2].partition("}")[0]
    assert "text-align: right;" in rule
