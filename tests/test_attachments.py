"""A report's attachments (附件, 名词解释 after the closing) start on a page of their own,
and an attachment's label (附件, 附件2) is set as GB/T 9704-2012 7.3.7 has it: 3号黑体
flush left on the first line of its page, opening its attachment in every edition."""

from __future__ import annotations

import io
import subprocess
import zipfile

import pytest

from reportpress.editions.docx import edition as docx
from reportpress.editions.pdf import edition as pdf
from reportpress.errors import InputError
from reportpress.ingest import source_from_bytes
from reportpress.metrics import annotate
from reportpress.model import from_xml
from reportpress.reportxml import q, validate
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


@pytest.mark.parametrize("name", ["gbt9704", "reading"])
def test_the_docx_breaks_the_page_before_them(name):
    """Before an attachment's label its style breaks the page; before a glossary
    without one, the paragraph itself does."""
    from reportpress.styles import load_style

    for text, first in ((TEXT, "附件"), (TEXT.replace("附件\n", ""), "名词解释")):
        data = docx.write(report(text), load_style(name))
        package = zipfile.ZipFile(io.BytesIO(data))
        document = package.read("word/document.xml").decode()
        paragraphs = document.split("</w:p>")
        at = next(i for i, p in enumerate(paragraphs) if "努力奋斗" in p) + 1
        assert first in paragraphs[at]
        breaks = [i for i, p in enumerate(paragraphs) if "pageBreakBefore" in p]
        if first == "附件":
            assert 'w:pStyle w:val="AttachmentLabel"' in paragraphs[at]
            assert at not in breaks  # the style says it, once
            styles = package.read("word/styles.xml").decode()
            label_style = styles.partition('w:styleId="AttachmentLabel"')[2].partition(
                "</w:style>"
            )[0]
            assert "pageBreakBefore" in label_style
        else:
            assert at in breaks


# -- the label as GB/T 9704-2012 7.3.7 sets it ------------------------------------------

#: Two attachments with their labels (附件1, 附件2), after a closing.
TWO = (
    "关于某县2031年预算执行情况的报告\n各位代表：\n现在，我代表县人民政府报告预算执行情况。\n"
    "一、预算执行情况\n全县一般公共预算收入完成12.5亿元，增长3.1%。\n"
    "各位代表！让我们以更加务实的作风，完成全年目标任务！\n"
    "附件1\n有关用语说明\n1.“三保”：保基本民生、保工资、保运转。\n"
    "附件2\n2031年县级重点项目\n1.新建幼儿园2所。\n"
)


def _tree(text: str):
    root, _ = normalize(source_from_bytes(text.encode(), "budget.txt"))
    annotate(root)
    return root


def test_the_label_is_marked_in_the_xml_where_the_source_has_it():
    root = _tree(TWO)
    validate(root)
    labels = [p for p in root.iter(q("p")) if p.get("role") == "attachment-label"]
    assert ["".join(p.itertext()) for p in labels] == ["附件1", "附件2"]
    body = root.find(q("body"))
    assert labels[0].getparent() is body  # after the closing
    assert labels[0].getprevious().tag == q("closing")
    assert labels[1].getparent().find(q("heading")).text == "有关用语说明"  # ends the one before
    assert labels[1].getnext() is None
    assert not labels[0].findall(q("metric"))  # 附件1 names no figure


def test_xml_without_the_role_stays_valid_and_a_bad_role_is_refused():
    root = _tree(TWO)
    for p in root.iter(q("p")):
        p.attrib.pop("role", None)  # a file written before the role existed
    validate(root)
    assert "attachment_label" not in {b.kind for b in from_xml(root).blocks}
    next(root.iter(q("p"))).set("role", "footnote")
    with pytest.raises(InputError, match="invalid report XML"):
        validate(root)


def test_the_model_gives_the_label_its_role_and_a_page_of_its_own():
    labels = [b for b in from_xml(_tree(TWO)).blocks if b.kind == "attachment_label"]
    assert [b.text for b in labels] == ["附件1", "附件2"]
    assert all(b.role == "attachment_label" and b.opens_page for b in labels)


def _label_style(style_name: str):
    from reportpress.styles import load_style

    style = load_style(style_name)
    return style, style.role("attachment_label")


def test_the_styles_set_the_label_flush_left_in_hei():
    style, role = _label_style("gbt9704")
    assert (role.font, role.size_pt, role.align, role.first_line_indent_chars) == (
        "hei",
        16,
        "left",
        0,
    )  # 3号黑体, 顶格
    _, reading = _label_style("reading")
    assert reading.font == "hei" and reading.align == "left" and not reading.first_line_indent_chars


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_pdf_sets_each_label_flush_left_on_the_first_line_of_its_page(style_name):
    import pdfplumber

    style, role = _label_style(style_name)
    data = pdf.write(from_xml(_tree(TWO)), style)
    left = style.page.margin_left_mm * 72 / 25.4
    with pdfplumber.open(io.BytesIO(data)) as document:
        pages = [page.extract_words(extra_attrs=["fontname", "size"]) for page in document.pages]
    heading_font = next(w for p in pages for w in p if w["text"].startswith("一、"))["fontname"]
    body_font = next(w for p in pages for w in p if w["text"].startswith("全县"))["fontname"]
    for label in ("附件1", "附件2"):
        page = next(p for p in pages if any(w["text"].startswith(label[:2]) for w in p))
        first = min(page, key=lambda w: (round(w["top"]), w["x0"]))
        assert first["text"].startswith("附件")  # the first line of its page
        assert first["x0"] == pytest.approx(left, abs=0.5)  # flush left, no indent
        assert first["size"] == pytest.approx(role.size_pt)
        assert first["fontname"] == heading_font != body_font  # 黑体, not the body's face
    assert sum(any(w["text"].startswith("附件") for w in p) for p in pages) == 2


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_docx_gives_the_label_a_style_of_its_own(style_name):
    from reportpress.editions.docx.styles import word_font

    style, role = _label_style(style_name)
    package = zipfile.ZipFile(io.BytesIO(docx.write(from_xml(_tree(TWO)), style)))
    document = package.read("word/document.xml").decode()
    labelled = [p for p in document.split("</w:p>") if "AttachmentLabel" in p]
    assert [p.count("附件") for p in labelled] == [1, 1]
    styles = package.read("word/styles.xml").decode()
    label = styles.partition('w:styleId="AttachmentLabel"')[2].partition("</w:style>")[0]
    assert '<w:name w:val="Attachment Label"/>' in label
    assert "<w:pageBreakBefore/>" in label and "<w:keepNext/>" in label
    assert f'w:eastAsia="{word_font(style, role.font)}"' in label
    assert f'<w:sz w:val="{round(role.size_pt * 2)}"/>' in label
    assert 'w:firstLineChars="0"' in label


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_epub_opens_each_attachments_chapter_with_its_label(style_name, tmp_path):
    from reportpress.editions.epub import edition as epub
    from reportpress.editions.epub.read import read_text
    from reportpress.styles import load_style

    book = epub.write(from_xml(_tree(TWO)), load_style(style_name))
    pages = zipfile.ZipFile(io.BytesIO(book))
    chapters = [pages.read(n).decode() for n in sorted(pages.namelist()) if "/ch0" in n]
    for label, title in (("附件1", "有关用语说明"), ("附件2", "2031年县级重点项目")):
        chapter = next(c for c in chapters if f">{title}</h1>" in c)
        opening = chapter.partition("<body")[2].partition("</h1>")[0]
        assert f'<div class="attachment-label">\n<p>{label}</p>\n</div>\n<h1' in opening
        assert sum(label in c for c in chapters) == 1  # not also in the chapter before
    path = tmp_path / "b.epub"
    path.write_bytes(book)
    lines = read_text(path).splitlines()
    assert lines.index("附件1") + 1 == lines.index("有关用语说明")
    assert lines.index("附件2") + 1 == lines.index("2031年县级重点项目")


def test_the_epub_is_the_one_pandoc_writes_with_the_label_moved(monkeypatch):
    from reportpress.editions.epub import edition as epub
    from reportpress.styles import load_style

    report, style = from_xml(_tree(TWO)), load_style("gbt9704")
    book = epub.write(report, style)
    monkeypatch.setattr(epub, "BESIDE_PANDOC", False)
    assert epub.write(report, style) == book


# -- the attachment's title: centred under its label, in the title's look --------------


def test_the_heading_that_opens_an_attachment_is_its_title():
    """After a label, or after the closing when there is none; no other heading."""
    blocks = from_xml(_tree(TWO)).blocks
    titles = [b.heading_text for b in blocks if b.kind == "heading" and b.attachment_title]
    assert titles == ["有关用语说明", "2031年县级重点项目"]
    assert {b.role for b in blocks if b.attachment_title} == {"title"}
    assert next(b for b in blocks if b.kind == "heading").role == "heading1"  # 一、预算执行情况
    unlabelled = report(TEXT.replace("附件\n", "")).blocks
    assert [b.heading_text for b in unlabelled if b.attachment_title] == ["名词解释"]


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_pdf_centres_the_title_under_the_label_in_the_titles_face(style_name):
    import pdfplumber

    style, _ = _label_style(style_name)
    data = pdf.write(from_xml(_tree(TWO)), style)
    left = style.page.margin_left_mm * 72 / 25.4
    centre = left + style.text_width_pt / 2
    with pdfplumber.open(io.BytesIO(data)) as document:
        pages = [page.extract_words(extra_attrs=["fontname", "size"]) for page in document.pages]
    report_title = next(w for w in pages[0] if w["text"].startswith("关于"))
    for title in ("有关用语说明", "2031年县级重点项目"):
        page = next(p for p in pages if any(w["text"] == title for w in p))
        lines = sorted({round(w["top"]) for w in page})
        word = next(w for w in page if w["text"] == title)
        assert round(word["top"]) == lines[1]  # the line under the label
        assert (word["x0"] + word["x1"]) / 2 == pytest.approx(centre, abs=1.0)
        assert (word["fontname"], word["size"]) == (report_title["fontname"], report_title["size"])


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_docx_titles_the_attachment_with_a_heading_style(style_name, tmp_path):
    style, _ = _label_style(style_name)
    path = tmp_path / "r.docx"
    path.write_bytes(docx.write(from_xml(_tree(TWO)), style))
    package = zipfile.ZipFile(path)
    document = package.read("word/document.xml").decode()
    titled = [p for p in document.split("</w:p>") if 'w:val="AttachmentTitle"' in p]
    assert len(titled) == 2 and "有关用语说明" in titled[0]
    styles = package.read("word/styles.xml").decode()
    title = styles.partition('w:styleId="AttachmentTitle"')[2].partition("</w:style>")[0]
    assert '<w:basedOn w:val="Heading1"/>' in title and '<w:jc w:val="center"/>' in title
    outline = [(level, text) for level, _number, text in docx.read_outline(path)]
    assert (1, "有关用语说明") in outline and (1, "2031年县级重点项目") in outline


def test_the_epub_gives_the_attachments_title_the_titles_look():
    from reportpress.editions.epub import edition as epub
    from reportpress.styles import load_style

    book = zipfile.ZipFile(io.BytesIO(epub.write(from_xml(_tree(TWO)), load_style("gbt9704"))))
    pages = [book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml")]
    assert sum('class="level1 attachment-title"' in p for p in pages) == 2
    css = next(book.read(n).decode() for n in book.namelist() if n.endswith(".css"))
    rule = css.partition("section.attachment-title > h1 {")[2].partition("}")[0]
    assert "text-align: center;" in rule
