"""The Word edition, read back: outline, text, styles, page setup, fields, appendix, bytes.

Every check reads the DOCX itself (python-docx and the raw parts), never the
renderer's memory of what it wrote.  The LibreOffice conversion is slow, so it
runs once per style in a module-scoped fixture.
"""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from partial_ladders import partial_ladder_report

from reportpress.editions.docx import edition as docx_render
from reportpress.editions.docx.body import WORD_JOINER
from reportpress.editions.docx.oxml import R_NS, W_NS, bookmark_name
from reportpress.model import Block, Metric, Report, Span, with_depths
from reportpress.styles import MM, load_style

W = W_NS
NS = {"w": W}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


# ---- helpers -----------------------------------------------------------------------


def write(tmp_path: Path, report: Report, style, name: str = "out.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(docx_render.write(report, style))
    return path


def grid_line_twips(style) -> int:
    """The grid's line pitch in twips, from the style's page numbers (Word rounds it down)."""
    page = style.page
    height = [
        round(mm * MM * 20) for mm in (page.height_mm, page.margin_top_mm, page.margin_bottom_mm)
    ]
    return math.floor((height[0] - height[1] - height[2]) / style.grid.lines_per_page)


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def expected_outline(report: Report, style) -> list[tuple[int, str, str]]:
    outline = [(b.level, b.number, b.text) for b in report.headings()]
    if report.metrics and style.appendix.enabled:
        outline.append((1, "", style.appendix.title))
    return outline


def small_report(run_in: bool = True) -> Report:
    """A hand-made report with metrics, a lead, a run-in level-3 heading and an
    attachment with its label."""
    m1 = Metric("m1", "5.3%", "5.3", "%", "", "change", "up", "GDP", "一")
    m2 = Metric(
        "m2", "309.3亿元", "309.3", "亿元", "", "amount", "", "一般公共预算收入", "一/（一）"
    )
    m3 = Metric("m-3", "3项", "3", "项", "", "count", "", "任务", "一/（一）/1")
    blocks = [
        Block("title", (Span("关于某区2024年计划执行情况的报告"),)),
        Block("subtitle", (Span("——2024年8月22日在某区人大常委会会议上"),)),
        Block("speaker", (Span("某区发展和改革委员会主任  张三"),)),
        Block("salutation", (Span("主任、各位副主任、各位委员："),)),
        Block("paragraph", (Span("我受区人民政府委托，作报告。"),)),
        Block("heading", (Span("上半年执行情况"),), level=1, number="一、", id="s1"),
        Block("paragraph", (Span("上半年GDP增长"), Span("5.3%", metric=m1), Span("。"))),
        Block("heading", (Span("经济运行稳中有进"),), level=2, number="（一）", id="s1-1"),
        Block(
            "paragraph",
            (
                Span("财政收入稳定。", lead=True),
                Span("一般公共预算收入完成"),
                Span("309.3亿元", metric=m2),
                Span("。"),
            ),
        ),
        Block(
            "heading", (Span("改革持续深化。"),), level=3, number="1.", id="s1-1-1", run_in=run_in
        ),
        Block("paragraph", (Span("完成"), Span("3项", metric=m3), Span("改革任务。"))),
        Block("heading", (Span("细项"),), level=4, number="（1）", id="s1-1-1-1"),
        Block("paragraph", (Span("细项内容。"),)),
        Block("closing", (Span("各位委员，我们将继续努力。"),)),
        Block("attachment_label", (Span("附件"),)),
        Block("heading", (Span("名词解释"),), level=1, id="s2", attachment_title=True),
        Block("paragraph", (Span("1.“两新”：设备更新和以旧换新。"),)),
    ]
    report = Report(
        title="关于某区2024年计划执行情况的报告",
        subtitle="——2024年8月22日在某区人大常委会会议上",
        date="2024-08-22",
        affiliation="某区发展和改革委员会",
        role="主任",
        name="张三",
        blocks=blocks,
    )
    report.metrics = [s.metric for b in blocks for s in b.spans if s.metric is not None]
    return with_depths(report)


@pytest.fixture(scope="module")
def small() -> Report:
    return small_report()


# ---- outline and text ----------------------------------------------------------------


def test_outline_reads_back_from_heading_styles(sample_report, any_style, tmp_path):
    path = write(tmp_path, sample_report, any_style)
    assert docx_render.read_outline(path) == expected_outline(sample_report, any_style)


def test_outline_of_small_report_has_all_levels_and_appendix(small, gbt_style, tmp_path):
    path = write(tmp_path, small, gbt_style)
    outline = docx_render.read_outline(path)
    assert outline == expected_outline(small, gbt_style)
    assert {level for level, _, _ in outline} == {1, 2, 3, 4}


def test_outline_command_reads_docx(sample_report, gbt_style, tmp_path):
    from reportpress.outline import read_outline

    path = write(tmp_path, sample_report, gbt_style)
    assert read_outline(path) == expected_outline(sample_report, gbt_style)


def test_every_body_character_in_order(sample_report, any_style, tmp_path):
    path = write(tmp_path, sample_report, any_style)
    expected = [b.heading_text if b.kind == "heading" else b.text for b in sample_report.blocks]
    assert docx_render.read_text(path).split("\n") == [t for t in expected if t]


def test_run_in_heading_keeps_its_own_heading_paragraph(small, gbt_style, tmp_path):
    path = write(tmp_path, small, gbt_style)
    body = part(path, "word/document.xml").find(w("body"))
    paragraphs = body.findall(w("p"))
    index = next(
        i for i, p in enumerate(paragraphs) if "".join(p.itertext()).startswith("1.改革持续深化。")
    )
    heading, following = paragraphs[index], paragraphs[index + 1]
    assert heading.find("w:pPr/w:pStyle", NS).get(w("val")) == "Heading3"
    # Word's style separator: the paragraph mark is hidden, the next paragraph runs on.
    assert heading.find("w:pPr/w:rPr/w:specVanish", NS) is not None
    assert heading.find("w:pPr/w:rPr/w:vanish", NS) is not None
    assert following.find("w:pPr/w:pStyle", NS).get(w("val")) == "BodyContinued"
    text = "".join(following.itertext())
    assert text.replace(WORD_JOINER, "") == "完成3项改革任务。"
    assert f"3{WORD_JOINER}项" in text  # the figure never parts from its unit
    # A heading that is not run-in gets no separator.
    plain = write(tmp_path, small_report(run_in=False), gbt_style, "plain.docx")
    assert not part(plain, "word/document.xml").findall(".//w:specVanish", NS)


# ---- styles: fonts, sizes, pitch, indents, language --------------------------------

ROLE_OF_STYLE = {
    "Normal": "body",
    "Title": "title",
    "Subtitle": "subtitle",
    "Speaker": "speaker",
    "Salutation": "salutation",
    "Closing": "closing",
    "Heading1": "heading1",
    "Heading2": "heading2",
    "Heading3": "heading3",
    "Heading4": "heading4",
    "Lead": "lead",
    "AppendixHeading": "appendix_heading",
    "TableText": "appendix_table",
    "Footer": "page_number",
}


def styles_by_id(path: Path) -> dict[str, etree._Element]:
    return {s.get(w("styleId")): s for s in part(path, "word/styles.xml").iter(w("style"))}


def test_fonts_sizes_and_pitch_per_role(sample_report, any_style, tmp_path):
    path = write(tmp_path, sample_report, any_style)
    styles = styles_by_id(path)
    grid_pitch = grid_line_twips(any_style) if any_style.grid is not None else None
    for style_id, role_name in ROLE_OF_STYLE.items():
        role = any_style.role(role_name)
        element = styles[style_id]
        fonts = element.find("w:rPr/w:rFonts", NS)
        first = any_style.fonts[role.font].candidates[0].split(":")[0]
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(w(slot)) == first, (style_id, slot)
        assert element.find("w:rPr/w:sz", NS).get(w("val")) == str(round(role.size_pt * 2))
        if style_id in ("Lead", "Footer"):
            continue
        spacing = element.find("w:pPr/w:spacing", NS)
        assert spacing.get(w("lineRule")) == "exact"
        line = int(spacing.get(w("line")))
        if any_style.grid is not None and role.line_height is None:
            assert line % grid_pitch == 0, style_id  # whole grid lines
        else:
            assert abs(line / 20 - any_style.line_pitch_pt(role_name)) < 0.05, style_id
    normal = styles["Normal"]
    assert normal.get(w("default")) == "1"
    ind = normal.find("w:pPr/w:ind", NS)
    assert ind.get(w("firstLineChars")) == "200"
    assert normal.find("w:pPr/w:jc", NS).get(w("val")) == "both"
    lead = styles["Lead"]
    assert lead.get(w("type")) == "character"
    assert (lead.find("w:rPr/w:b", NS) is not None) == any_style.role("lead").bold


def test_body_lines_fill_the_grid(gbt_style, sample_report, tmp_path):
    """On the official grid a body line is exactly the grid pitch (22 lines per page)."""
    path = write(tmp_path, sample_report, gbt_style)
    spacing = styles_by_id(path)["Normal"].find("w:pPr/w:spacing", NS)
    pitch = int(spacing.get(w("line")))
    text_h = 16838 - 2098 - 1984
    assert text_h // pitch == 22
    # Letter spacing makes 28 characters fit the line without snapping to cells.
    condense = int(styles_by_id(path)["Normal"].find("w:rPr/w:spacing", NS).get(w("val")))
    assert 28 * (16 + condense / 20) <= (11906 - 1587 - 1474) / 20 < 29 * (16 + condense / 20)


def test_heading_styles_carry_outline_levels(sample_report, any_style, tmp_path):
    styles = styles_by_id(write(tmp_path, sample_report, any_style))
    for level in range(1, 5):
        element = styles[f"Heading{level}"]
        assert element.find("w:name", NS).get(w("val")) == f"heading {level}"
        assert element.find("w:pPr/w:outlineLvl", NS).get(w("val")) == str(level - 1)
    assert styles["TOCHeading"].find("w:pPr/w:outlineLvl", NS).get(w("val")) == "9"


def test_language_is_simplified_chinese_everywhere(sample_report, any_style, tmp_path):
    """zh-CN everywhere but in the figure styles, whose runs hold a number to its unit
    (:data:`FIGURE_LANGUAGE`: LibreOffice's Chinese line breaker ignores the joiner)."""
    from reportpress.editions.docx.styles import FIGURE_LANGUAGE

    path = write(tmp_path, sample_report, any_style)
    styles = part(path, "word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert default.get(w("eastAsia")) == "zh-CN"
    for style in styles.iter(w("style")):
        lang = style.find("w:rPr/w:lang", NS)
        if lang is not None:
            figure = style.get(w("styleId")) in ("Figure", "LeadFigure")
            assert lang.get(w("eastAsia")) == (FIGURE_LANGUAGE if figure else "zh-CN")
    settings = part(path, "word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(w("eastAsia")) == "zh-CN"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert b"ja-JP" not in archive.read(name), name
    theme = part(path, "word/theme/theme1.xml")
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    hans = {f.get("typeface") for f in theme.iter(f"{{{a}}}font") if f.get("script") == "Hans"}
    body_font = any_style.fonts[any_style.role("body").font].candidates[0].split(":")[0]
    assert body_font in hans and "宋体" not in hans - {body_font}


def test_font_table_names_each_face_with_its_other_name(gbt_style, sample_report, tmp_path):
    fonts = part(write(tmp_path, sample_report, gbt_style), "word/fontTable.xml")
    alt = {f.get(w("name")): f.find("w:altName", NS).get(w("val")) for f in fonts}
    assert alt["仿宋_GB2312"] == "FangSong_GB2312"
    assert alt["黑体"] == "SimHei"
    assert alt["楷体_GB2312"] == "KaiTi_GB2312"
    assert all(f.find("w:charset", NS).get(w("val")) == "86" for f in fonts)


def test_no_paragraph_without_a_defined_style(small, any_style, tmp_path):
    path = write(tmp_path, small, any_style)
    defined = set(styles_by_id(path))
    for name in ["word/document.xml", *footer_parts(path)]:
        for p in part(path, name).iter(w("p")):
            style = p.find("w:pPr/w:pStyle", NS)
            assert style is not None, name
            assert style.get(w("val")) in defined
            # No direct paragraph formatting; only a run-in heading's hidden mark.
            extra = [c.tag for c in p.find(w("pPr")) if c.tag != w("pStyle")]
            # A section's last paragraph carries the section's properties.
            assert extra in ([], [w("rPr")], [w("sectPr")]), name
        for r in part(path, name).iter(w("r")):
            rpr = r.find(w("rPr"))
            if rpr is not None:  # only character styles, never direct formatting
                assert [c.tag for c in rpr] == [w("rStyle")]
                assert rpr[0].get(w("val")) in defined


# ---- page setup and footers -----------------------------------------------------------


def sect_pr(path: Path) -> etree._Element:
    return part(path, "word/document.xml").find("w:body/w:sectPr", NS)


def test_official_page_setup(sample_report, gbt_style, tmp_path):
    sect = sect_pr(write(tmp_path, sample_report, gbt_style))
    size = sect.find("w:pgSz", NS)
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")  # A4
    margins = {k.split("}")[1]: int(v) for k, v in sect.find("w:pgMar", NS).attrib.items()}
    assert [round(margins[k] / 20 / MM) for k in ("top", "left", "right", "bottom")] == [
        37,
        28,
        26,
        35,
    ]
    text_w = 11906 - margins["left"] - margins["right"]
    text_h = 16838 - margins["top"] - margins["bottom"]
    assert round(text_w / 20 / MM) == 156 and round(text_h / 20 / MM) == 225
    grid = sect.find("w:docGrid", NS)
    assert grid.get(w("type")) == "linesAndChars"
    pitch, char_space = int(grid.get(w("linePitch"))), int(grid.get(w("charSpace")))
    assert text_h // pitch == 22
    # Word's rule: characters per line = width / (Normal size + charSpace/4096).
    assert math.floor(text_w / 20 / (16 + char_space / 4096)) == 28
    # The page number's top stands 7 mm below the text block.
    footer_line = gbt_style.role("page_number").size_pt * 20
    gap_mm = (margins["bottom"] - margins["footer"] - footer_line) / 20 / MM
    assert abs(gap_mm - 7) < 0.1


def test_reading_page_setup_differs(sample_report, tmp_path):
    reading = load_style("reading")
    sect = sect_pr(write(tmp_path, sample_report, reading))
    size = sect.find("w:pgSz", NS)
    assert (round(int(size.get(w("w"))) / 20 / MM), round(int(size.get(w("h"))) / 20 / MM)) == (
        148,
        210,
    )
    assert sect.find("w:docGrid", NS).get(w("type")) is None
    assert [r.get(w("type")) for r in sect.findall("w:footerReference", NS)] == ["default"]


def footer_parts(path: Path) -> list[str]:
    """Every footer part the document's sections name."""
    with zipfile.ZipFile(path) as archive:
        return sorted(n for n in archive.namelist() if re.fullmatch(r"word/footer\d+\.xml", n))


def report_footer(path: Path, kind: str) -> str:
    """The footer part of the report's section (the last) of a kind: ``default`` or ``even``."""
    ref = next(
        r for r in sect_pr(path).findall("w:footerReference", NS) if r.get(w("type")) == kind
    )
    rels = part(path, "word/_rels/document.xml.rels")
    target = next(r.get("Target") for r in rels if r.get("Id") == ref.get(f"{{{R_NS}}}id"))
    return target


def footer_number(path: Path, name: str) -> tuple[str, str, str]:
    """(alignment from the footer's paragraph style, field instruction, printed text)."""
    root = part(path, f"word/{name}")
    instr = "".join(t.text for t in root.iter(w("instrText")))
    text = "".join(t.text for t in root.iter(w("t")))
    style = styles_by_id(path)[root.find("w:p/w:pPr/w:pStyle", NS).get(w("val"))]
    return style.find("w:pPr/w:jc", NS).get(w("val")), instr.strip(), text


def test_official_footers_odd_right_even_left(sample_report, gbt_style, tmp_path):
    path = write(tmp_path, sample_report, gbt_style)
    refs = {
        r.get(w("type")): r.get(f"{{{R_NS}}}id")
        for r in sect_pr(path).findall("w:footerReference", NS)
    }
    assert set(refs) == {"default", "even"}
    assert footer_number(path, report_footer(path, "default")) == ("right", "PAGE", "— 1 —")
    assert footer_number(path, report_footer(path, "even")) == ("left", "PAGE", "— 1 —")
    assert part(path, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    styles = styles_by_id(path)
    for style_id, side in (("FooterOdd", "right"), ("FooterEven", "left")):
        footer_style = styles[style_id]
        assert footer_style.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "SimSun"
        assert footer_style.find("w:rPr/w:sz", NS).get(w("val")) == "28"  # 4号
        ind = footer_style.find("w:pPr/w:ind", NS)
        assert ind.get(w(f"{side}Chars")) == "100"  # one character in from the outer edge


def test_reading_footer_centered_plain_number(sample_report, tmp_path):
    path = write(tmp_path, sample_report, load_style("reading"))
    assert footer_number(path, report_footer(path, "default")) == ("center", "PAGE", "1")
    assert part(path, "word/settings.xml").find("w:evenAndOddHeaders", NS) is None


# ---- contents, properties, appendix ----------------------------------------------------


def test_toc_field_updates_on_open(sample_report, any_style, tmp_path):
    path = write(tmp_path, sample_report, any_style)
    document = part(path, "word/document.xml")
    instructions = [t.text for t in document.iter(w("instrText"))]
    levels = any_style.toc.levels
    assert f' TOC \\o "1-{levels}" \\h \\z \\u ' in instructions
    settings = part(path, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(w("val")) == "true"
    titles = [
        p
        for p in document.iter(w("p"))
        if p.find("w:pPr/w:pStyle", NS).get(w("val")) == "TOCHeading"
    ]
    assert len(titles) == 1
    assert "".join(titles[0].itertext()) == any_style.toc.title
    # The contents title is not in the outline.
    assert any_style.toc.title not in [t for _, _, t in docx_render.read_outline(path)]


def test_core_properties(sample_report, gbt_style, tmp_path, monkeypatch):
    import docx

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1724284800")
    props = docx.Document(str(write(tmp_path, sample_report, gbt_style))).core_properties
    assert props.title == sample_report.title
    assert props.author == sample_report.author
    assert props.subject == sample_report.subtitle
    assert props.language == "zh-CN"
    assert props.created.isoformat().startswith("2024-08-22T00:00:00")
    assert props.modified == props.created
    assert props.last_modified_by == sample_report.author
    assert props.revision == 1
    assert props.comments == "" and props.keywords == ""  # python-docx's template said otherwise


def test_reproducible_bytes(sample_report, any_style, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1724284800")
    first = docx_render.write(sample_report, any_style)
    assert docx_render.write(sample_report, any_style) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
        assert infos[0].filename == "[Content_Types].xml"
        assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])
        assert {i.date_time for i in infos} == {(2024, 8, 22, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # the date follows the variable
    assert docx_render.write(sample_report, any_style) != first


def test_metrics_bookmarked_and_linked_from_appendix(small, gbt_style, tmp_path):
    path = write(tmp_path, small, gbt_style)
    document = part(path, "word/document.xml")
    bookmarks = {b.get(w("name")): b for b in document.iter(w("bookmarkStart"))}
    for metric in small.metrics:
        name = bookmark_name(metric.id)
        start = bookmarks[name]
        run = start.getnext()
        assert "".join(run.itertext()).replace(WORD_JOINER, "") == metric.text
        assert run.getnext().tag == w("bookmarkEnd")
    ids = [b.get(w("id")) for b in document.iter(w("bookmarkStart"))]
    assert len(ids) == len(set(ids))
    table = document.find(".//w:tbl", NS)
    assert table.find("w:tblPr/w:tblStyle", NS).get(w("val")) == "MetricsTable"
    width = int(table.find("w:tblPr/w:tblW", NS).get(w("w")))
    assert width == 11906 - 1587 - 1474
    assert sum(int(c.get(w("w"))) for c in table.iterfind("w:tblGrid/w:gridCol", NS)) == width
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert ["".join(c.itertext()) for c in rows[0].findall("w:tc", NS)] == list(
        gbt_style.appendix.columns
    )
    anchors = [h.get(w("anchor")) for h in table.iter(w("hyperlink"))]
    assert anchors == [bookmark_name(m.id) for m in small.metrics]
    # Read back through python-docx: group rows and metric rows, in order.
    read = docx_render.read_appendix(path)
    assert read[0] == list(gbt_style.appendix.columns)
    assert ["一、上半年执行情况"] in read and ["（一）经济运行稳中有进"] in read
    assert ["GDP", "5.3", "%", "增减率（增）", "一"] in read  # Metric.row: the unit once
    assert ["任务", "3", "项", "数量", "一/（一）/1"] in read


def test_no_appendix_without_metrics(gbt_style, tmp_path):
    report = small_report()
    report.metrics = []
    path = write(tmp_path, report, gbt_style)
    assert part(path, "word/document.xml").find(".//w:tbl", NS) is None
    assert docx_render.read_outline(path)[-1][2] != gbt_style.appendix.title


def test_python_docx_opens_it(small, any_style, tmp_path):
    import docx

    document = docx.Document(str(write(tmp_path, small, any_style)))
    names = {p.style.name for p in document.paragraphs}
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Normal"} <= names


# ---- python-docx's template: nothing of it that is not the report's -----------------

#: What python-docx's default template brings and the report must not keep: the
#: Japanese theme language and faces, the Latin theme fonts, its author string,
#: revision ids.
TEMPLATE_LEFTOVERS = (
    "ja-JP",
    "Calibri",
    "Cambria",
    "MS Mincho",
    "ＭＳ 明朝",
    "python-docx",
    "rsid",
)


def test_no_template_leftovers_in_any_part(small, any_style, tmp_path):
    path = write(tmp_path, small, any_style)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".odttf"):  # embedded fonts: binary
                continue
            data = archive.read(name).decode("utf-8")
            for leftover in TEMPLATE_LEFTOVERS:
                assert leftover not in data, (name, leftover)


def test_package_holds_only_the_reports_parts(small, any_style, tmp_path):
    """No thumbnail, customXml, numbering, web settings or stylesWithEffects."""
    path = write(tmp_path, small, any_style)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    footers = [n for n in names if re.fullmatch(r"word/footer\d+\.xml", n)]
    fonts = [n for n in names if re.fullmatch(r"word/fonts/font\d+\.odttf", n)]
    if fonts:
        fonts.append("word/_rels/fontTable.xml.rels")
    per_section = 2 if any_style.page_numbers.position == "outer" else 1  # odd/even pages
    sections = part(path, "word/document.xml").findall(".//w:sectPr", NS)
    assert len(footers) == per_section * len(sections)
    assert sorted(names) == sorted(
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/app.xml",
            "docProps/core.xml",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/fontTable.xml",
            "word/settings.xml",
            "word/styles.xml",
            "word/theme/theme1.xml",
            *footers,
            *fonts,
        ]
    )
    app = part(path, "docProps/app.xml")
    assert [(etree.QName(e).localname, e.text) for e in app] == [("Application", "reportpress")]


def test_every_font_named_is_the_styles_own(small, any_style, tmp_path):
    """Styles, defaults, body and footers name only the style model's faces, never a theme font."""
    path = write(tmp_path, small, any_style)
    faces = {any_style.fonts[name].candidates[0].split(":")[0] for name in any_style.fonts}
    for name in ("word/styles.xml", "word/document.xml", "word/footer1.xml"):
        for fonts in part(path, name).iter(w("rFonts")):
            named = {k: v for k, v in fonts.attrib.items() if k != w("hint")}
            assert named and set(named.values()) <= faces, (name, named)
    default = part(path, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    body = any_style.fonts[any_style.role("body").font].candidates[0].split(":")[0]
    assert default.get(w("eastAsia")) == default.get(w("ascii")) == body
    assert {f.get(w("name")) for f in part(path, "word/fontTable.xml")} <= faces


def test_only_the_styles_the_report_uses(small, any_style, tmp_path):
    """The template's other styles are gone: every style left is used, or is a base of one."""
    path = write(tmp_path, small, any_style)
    styles = styles_by_id(path)
    used = {"Normal", "DefaultParagraphFont", "TableNormal"}  # the defaults
    for name in ("word/document.xml", "word/footer1.xml"):
        root = part(path, name)
        used |= {e.get(w("val")) for e in root.iter(w("pStyle"), w("rStyle"), w("tblStyle"))}
    bases = {e.get(w("val")) for s in styles.values() for e in s.iterfind("w:basedOn", NS)}
    # Spare: the footer styles of the other page-number positions, and the styles of a
    # figure inside a lead sentence and of a signature, which a report may not have.
    spare = {"FooterOdd", "FooterEven", "FooterCenter", "LeadFigure", "Signature"}
    assert set(styles) - used - bases <= spare
    assert not {"Heading5", "ListBullet", "LightShading", "TitleChar", "Quote"} & set(styles)


# ---- LibreOffice ------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["gbt9704", "reading"])
def lo_pdf(request, sample_report, tmp_path_factory):
    """The sample's DOCX converted by LibreOffice: (style, docx path, pdf path, seconds)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: DOCX conversion not checked")
    import time

    style = load_style(request.param)
    folder = tmp_path_factory.mktemp(f"lo-{request.param}")
    path = folder / f"sample-{request.param}.docx"
    path.write_bytes(docx_render.write(sample_report, style))
    started = time.monotonic()
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    seconds = time.monotonic() - started
    pdf = path.with_suffix(".pdf")
    assert result.returncode == 0, result.stderr
    assert pdf.is_file(), result.stdout + result.stderr
    return style, path, pdf, seconds


def _pdfinfo(pdf: Path) -> dict[str, str]:
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdfinfo) is not installed")
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def test_libreoffice_converts(lo_pdf, sample_report):
    style, _docx, pdf, _seconds = lo_pdf
    info = _pdfinfo(pdf)
    width, _, height = info["Page size"].partition(" x ")
    assert abs(float(width) - style.page.width_mm * MM) < 1
    assert abs(float(height.split()[0]) - style.page.height_mm * MM) < 1
    pages = int(info["Pages"])
    assert pages > 5
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert sample_report.title[:10] in text.replace(" ", "")


def test_libreoffice_lays_out_the_official_grid(lo_pdf):
    """22 lines of 28 characters on a full body page (page 3 is all body text)."""
    style, _docx, pdf, _seconds = lo_pdf
    if style.grid is None:
        pytest.skip("the reading style has no grid")
    text = subprocess.run(
        ["pdftotext", "-f", "3", "-l", "3", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    lines = [
        line.replace(" ", "").replace(WORD_JOINER, "") for line in text.splitlines() if line.strip()
    ][:-1]
    assert len(lines) == style.grid.lines_per_page
    # Lines of full-width characters only; LibreOffice hangs a closing mark into the
    # margin (it ignores w:overflowPunct), so one trailing mark is not counted.
    full = [line for line in lines if all(ord(c) > 0x7F for c in line)]
    lengths = {len(line) - (line[-1] in "，。、；：！？）”’》") for line in full}
    assert max(lengths) == style.grid.chars_per_line


def _installed(family: str) -> bool:
    found = subprocess.run(["fc-list", family], capture_output=True, text=True).stdout
    return bool(found.strip())


def _face_of_line(pdf: Path, starts: str) -> set[str]:
    """The font names LibreOffice used for the line that starts with ``starts``."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        for page in document.pages[1:5]:  # after the contents page
            lines: dict[int, list[dict]] = {}
            for char in page.chars:
                lines.setdefault(round(char["top"]), []).append(char)
            for chars in lines.values():
                text = "".join(c["text"] for c in chars).replace(WORD_JOINER, "")
                if text.startswith(starts):
                    return {
                        c["fontname"].split("+", 1)[-1] for c in chars if not c["text"].isspace()
                    }
    raise AssertionError(f"no line starts with {starts!r}")


def test_libreoffice_sets_each_role_in_its_embedded_stand_in(lo_pdf, sample_report):
    """Without the official faces (none here) LibreOffice uses the embedded stand-ins:
    the title, the 黑体 and 楷体 headings and the body each in a face of its own."""
    import hashlib

    style, _docx, pdf, _seconds = lo_pdf
    heading1 = next(b for b in sample_report.headings() if b.level == 1)
    heading2 = next(b for b in sample_report.headings() if b.level == 2)
    lines = {
        "title": sample_report.title[:6],
        "heading1": heading1.heading_text[:6],
        "heading2": heading2.heading_text[:6],
        "body": next(b for b in sample_report.body if b.kind == "paragraph").text[:6],
    }
    faces = {}
    for role_name, starts in lines.items():
        found = _face_of_line(pdf, starts)
        official = style.fonts[style.role(role_name).font].candidates[0].split(":")[0]
        if not _installed(official):  # else the installed face rightly serves
            tag = hashlib.sha256(official.encode("utf-8")).hexdigest()[:12]
            assert found and all(tag in name for name in found), (role_name, official, found)
        faces[role_name] = found
    distinct = {frozenset(f) for f in faces.values()}
    if style.role("heading1").font != style.role("body").font:
        assert faces["heading1"] != faces["body"]
    assert len(distinct) == len({style.role(r).font for r in lines})


# ---- headings: metrics inside, reports without 一、, damaged files ---------------------------


@pytest.mark.parametrize("levels", [(3, 4, 4, 3, 4), (2, 2, 2)])
def test_outline_of_a_report_without_level_one(gbt_style, tmp_path, levels):
    from reportpress.check import check_edition

    report = with_depths(partial_ladder_report(levels))
    path = write(tmp_path, report, gbt_style)
    assert docx_render.read_outline(path) == expected_outline(report, gbt_style)
    assert check_edition(report, path) == []


def test_metric_in_a_heading_is_bookmarked(gbt_style, tmp_path):
    report = with_depths(partial_ladder_report((3, 4, 3)))
    path = write(tmp_path, report, gbt_style)
    body = part(path, "word/document.xml")
    heading = next(
        p
        for p in body.iter(w("p"))
        if p.find("w:pPr/w:pStyle", NS) is not None
        and p.find("w:pPr/w:pStyle", NS).get(w("val")) == "Heading4"
    )
    names = [b.get(w("name")) for b in heading.iter(w("bookmarkStart"))]
    assert bookmark_name("m1") in names
    anchors = [h.get(w("anchor")) for h in body.iter(w("hyperlink"))]
    assert bookmark_name("m1") in anchors  # the appendix row links back


@pytest.mark.parametrize("levels", [(3, 4, 4, 3, 4), (2, 2, 2)])
def test_contents_of_a_report_without_level_one(gbt_style, tmp_path, levels):
    """The TOC field and its cached entries start at the report's top level."""
    report = with_depths(partial_ladder_report(levels))
    body = part(write(tmp_path, report, gbt_style), "word/document.xml")
    instructions = "".join(t.text for t in body.iter(w("instrText")) if "TOC" in (t.text or ""))
    top = min(levels)
    assert f'TOC \\o "{top}-{top + gbt_style.toc.levels - 1}"' in instructions
    entries = [
        p.find("w:pPr/w:pStyle", NS).get(w("val"))
        for p in body.iter(w("p"))
        if p.find("w:pPr/w:pStyle", NS) is not None
        and p.find("w:pPr/w:pStyle", NS).get(w("val")).startswith("TOC")
        and p.find("w:pPr/w:pStyle", NS).get(w("val")) != "TOCHeading"
    ]
    assert len(entries) == len(report.headings())


# ---- the title, the contents page, figures kept whole, hostile packages ------------------------


def test_title_lines_are_manual_breaks_and_the_title_stays_whole(
    sample_report, gbt_style, tmp_path
):
    import docx

    from reportpress.editions.titles import title_lines

    path = write(tmp_path, sample_report, gbt_style)
    body = part(path, "word/document.xml")
    title = next(
        p for p in body.iter(w("p")) if p.find("w:pPr/w:pStyle", NS).get(w("val")) == "Title"
    )
    lines = title_lines(sample_report.title, gbt_style)
    assert len(lines) > 1  # the sample's title is longer than one line at 22 pt
    assert len(title.findall(".//w:br", NS)) == len(lines) - 1
    assert "".join(t.text for t in title.iter(w("t"))) == sample_report.title
    assert docx.Document(str(path)).core_properties.title == sample_report.title
    assert docx_render.read_text(path).split("\n")[0] == sample_report.title


def test_the_subtitle_breaks_where_the_pdf_breaks_it(sample_report, gbt_style, tmp_path):
    """A subtitle longer than a line is parted by manual breaks between words, as in the PDF
    (a word processor left alone breaks ``常务委/员会``); its text stays whole."""
    from reportpress.editions.titles import title_lines

    path = write(tmp_path, sample_report, gbt_style)
    body = part(path, "word/document.xml")
    subtitle = next(
        p for p in body.iter(w("p")) if p.find("w:pPr/w:pStyle", NS).get(w("val")) == "Subtitle"
    )
    lines = title_lines(sample_report.subtitle, gbt_style, "subtitle")
    assert len(lines) > 1  # the sample's subtitle is longer than one line
    assert len(subtitle.findall(".//w:br", NS)) == len(lines) - 1
    assert "".join(t.text for t in subtitle.iter(w("t"))) == sample_report.subtitle
    assert sample_report.subtitle in docx_render.read_text(path).split("\n")


def _contents_numbers(paragraphs, styles) -> list[tuple[str, int]]:
    """(entry text, page number) of each contents entry, in order."""
    out = []
    for p, s in zip(paragraphs, styles, strict=True):
        if s.startswith("TOC") and s != "TOCHeading":
            texts = [t.text for t in p.iter(w("t"))]
            out.append(("".join(texts[:-1]), int(texts[-1])))
    return out


def test_contents_stand_on_their_own_page_with_page_numbers(sample_report, any_style, tmp_path):
    """The contents are a section before the report, every entry with the page of its heading."""
    path = write(tmp_path, sample_report, any_style)
    body = part(path, "word/document.xml").find(w("body"))
    paragraphs = body.findall(w("p"))
    styles = [p.find("w:pPr/w:pStyle", NS).get(w("val")) for p in paragraphs]
    entries = [
        p
        for p, s in zip(paragraphs, styles, strict=True)
        if s.startswith("TOC") and s != "TOCHeading"
    ]
    assert styles[0] == "TOCHeading"
    last_entry = paragraphs.index(entries[-1])
    assert entries[-1].find("w:pPr/w:sectPr", NS) is not None  # the contents end their section
    assert styles[last_entry + 1] == "Title"  # the report opens the next one, on page 1
    listed = [b for b in sample_report.headings() if b.level <= any_style.toc.levels]
    assert len(entries) == len(listed)
    assert all(entry.find(".//w:tab", NS) is not None for entry in entries)
    numbers = [number for _, number in _contents_numbers(paragraphs, styles)]
    assert numbers == sorted(numbers) and numbers[0] >= 1 and numbers[-1] > numbers[0] + 3


def test_figures_are_joined_where_a_line_could_break():
    """A WORD JOINER wherever a line could break inside a figure; none between ASCII characters."""
    from reportpress.editions.docx.body import unbreakable

    assert unbreakable("133.9万平方米") == "133.9\u2060万\u2060平\u2060方\u2060米"
    assert unbreakable("2894.8亩") == "2894.8\u2060亩"
    assert unbreakable("5.3%") == "5.3%"
    assert unbreakable("三分之二") == "三\u2060分\u2060之\u2060二"
    assert unbreakable("7") == "7"


def test_the_contents_name_the_pages_libreoffice_puts_the_headings_on(lo_pdf):
    """LibreOffice shows the numbers the file holds (it never updates the contents): they
    are its own pages for most entries, and never more than one page off."""
    import pypdf

    _style, docx_path, pdf, _seconds = lo_pdf
    body = part(docx_path, "word/document.xml").find(w("body"))
    paragraphs = body.findall(w("p"))
    styles = [p.find("w:pPr/w:pStyle", NS).get(w("val")) for p in paragraphs]
    reader = pypdf.PdfReader(str(pdf))
    printed = []  # the number printed on each page of LibreOffice's PDF
    for page in reader.pages:
        numbers = re.findall(r"(?m)^[—\s]*(\d+)[—\s]*$", page.extract_text() or "")
        printed.append(int(numbers[-1]) if numbers else None)
    placed: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                key = re.sub(r"\s", "", item.title)
                placed.setdefault(key, printed[reader.get_destination_page_number(item)])

    walk(reader.outline)
    pairs = [
        (number, placed[re.sub(r"[\s\u2060\u200b]", "", text)])
        for text, number in _contents_numbers(paragraphs, styles)
        if re.sub(r"[\s\u2060\u200b]", "", text) in placed
    ]
    assert len(pairs) >= 10
    assert all(abs(ours - theirs) <= 1 for ours, theirs in pairs if theirs is not None), pairs
    assert sum(ours == theirs for ours, theirs in pairs) >= 0.75 * len(pairs), pairs


def test_libreoffice_never_parts_a_figure_from_its_unit(lo_pdf, sample_report):
    """LibreOffice's Chinese line breaker ignores U+2060 WORD JOINER (and U+FEFF, U+200D);
    a figure's runs are in a language of their own (the Figure style), where it keeps them."""
    style, _docx, pdf, _seconds = lo_pdf
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    lines = []
    for page in text.split("\f"):  # each page's lines but its page number (a line "19")
        texts = [line.replace(" ", "").replace(WORD_JOINER, "") for line in page.splitlines()]
        texts = [t for t in texts if t]
        if texts and texts[-1].strip("—-").isdigit():
            texts.pop()
        lines += texts
    # The body only: the appendix's value and unit columns stand side by side by design.
    appendix = style.appendix.title.replace("\u3000", "").replace(" ", "")
    lines = lines[: lines.index(appendix)] if appendix in lines else lines
    figures = {m.text for m in sample_report.metrics if len(m.text) > 1}
    split = [
        (a, b, figure)
        for a, b in zip(lines, lines[1:], strict=False)
        for figure in figures
        for k in range(1, len(figure))
        if a.endswith(figure[:k]) and b.startswith(figure[k:])
    ]
    assert split == []


def test_a_zip_bomb_is_refused_before_decompressing(tmp_path):
    from reportpress.errors import InputError

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b" " * (64 * 1024 * 1024))
    for read in (docx_render.read_outline, docx_render.read_text, docx_render.read_appendix):
        with pytest.raises(InputError, match="zip bomb"):
            read(path)


def test_appendix_columns_leave_no_lone_last_character():
    """Column widths from the content: short columns never wrap; no indicator wraps to one character."""
    from reportpress.editions.columns import column_widths

    def text_ems(text: str) -> float:  # Han and Chinese punctuation 1 em, ASCII ½
        return sum(0.5 if c.isascii() else 1.0 for c in text)

    header = ["指标", "数值", "单位", "类型", "出处"]
    rows = [
        ("成为首批“百亿园区”的文化园区", "3家", "家", "数量", "一/（二）"),
        ("共同主办北京CBD论坛的国际组织", "3家", "家", "数量", "一/（二）"),
        ("北京国际大数据交易所备案交易金额", "超45亿元", "亿元", "总量", "一/（二）"),
        ("加入数据要素生态合作伙伴共建计划的企业", "69家", "家", "数量", "三/（四）"),
    ]
    widths = column_widths(30.0, header, rows)
    assert abs(sum(widths) - 30.0) < 1e-6
    for index in range(1, 5):
        assert widths[index] >= max(text_ems(r[index]) for r in [tuple(header), *rows])
    usable = widths[0] - 1.0  # the cell's padding
    for row in rows:
        rest = text_ems(row[0]) % usable
        assert not 0 < rest <= 1, (row[0], rest)


def _lines(chars: list[dict]) -> list[str]:
    """A cell's characters as lines: a line starts where a character stands lower than
    half a character below the line's first (faces of one line differ in their tops)."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: c["top"]):
        if lines and char["top"] - lines[-1][0]["top"] < char["size"] / 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    return ["".join(c["text"] for c in sorted(line, key=lambda c: c["x0"])) for line in lines]


def _appendix_cells(pdf: Path, title: str) -> list[dict[int, list[str]]]:
    """Each row of the appendix table as LibreOffice drew it: column → the cell's lines.

    The table's rules are the page's vertical edges and its horizontal edges wider than
    a column (a link's underline is narrower); a character belongs to the band and the
    column its middle is in.
    """
    import pdfplumber

    rows: list[dict[int, list[str]]] = []
    with pdfplumber.open(pdf) as document:
        started = False
        for page in document.pages:
            started = started or title in "".join(c["text"].strip() for c in page.chars)
            edges = page.lines + page.rects
            xs = sorted({round(e["x0"], 1) for e in edges if e["x1"] - e["x0"] < 1.5})
            if not started or len(xs) < 2:
                continue
            ys = sorted(
                {
                    round(e["top"], 1)
                    for e in edges
                    if e["bottom"] - e["top"] < 1.5 and e["x1"] - e["x0"] > xs[1] - xs[0]
                }
            )
            for top, bottom in zip(ys, ys[1:], strict=False):
                cells: dict[int, list[dict]] = {}
                for char in page.chars:
                    middle = (char["top"] + char["bottom"]) / 2
                    if not char["text"].isspace() and top < middle < bottom:
                        column = sum(x < (char["x0"] + char["x1"]) / 2 for x in xs) - 1
                        cells.setdefault(column, []).append(char)
                if cells:
                    rows.append({c: _lines(chars) for c, chars in cells.items()})
    return rows


def test_libreoffice_wraps_no_short_appendix_cell_nor_a_name_to_one_character(
    lo_pdf, sample_report
):
    """The columns are sized from the faces the DOCX embeds: in LibreOffice a value, unit,
    kind or section stays on one line (``不少于6000`` was cut after its word), and no
    indicator wraps leaving one character alone (``…共建计划的企|业`` did)."""
    style, _docx, pdf, _seconds = lo_pdf
    rows = _appendix_cells(pdf, "".join(style.appendix.title.split()))
    assert len(rows) >= len(sample_report.metrics)
    wrapped = [row for row in rows if any(len(lines) > 1 for c, lines in row.items() if c > 0)]
    assert wrapped == []
    lone = [row[0] for row in rows if len(row.get(0, [])) > 1 and len(row[0][-1]) < 2]
    assert lone == []
