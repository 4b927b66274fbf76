"""The PDF edition: fonts embedded, outline, text, line breaking, geometry, reproducibility."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from partial_ladders import PARTIAL_LADDERS, partial_ladder_report

from reportpress.check import expected_appendix
from reportpress.editions.linebreak import NO_END, NO_START
from reportpress.editions.pdf import edition as pdf
from reportpress.errors import RenderError
from reportpress.model import Block, Metric, Report, Span
from reportpress.styles import MM

pdfplumber = pytest.importorskip("pdfplumber")
pypdf = pytest.importorskip("pypdf")


def with_metrics(report: Report, fixtures: Path | None) -> Report:
    """The sample with metric spans: its own once the metrics stage lands, else the answer key's."""
    if report.metrics or fixtures is None:
        return report
    table = fixtures / "chaoyang-2024-h1.metrics.tsv"
    if not table.is_file():
        return report
    with table.open(encoding="utf-8") as handle:
        todo = [
            Metric(
                id=f"m{row['n']}",
                text=row["text"],
                value=row["value"],
                unit=row["unit"],
                approx=row["approx"],
                kind=row["kind"],
                direction=row["direction"],
                indicator=row["indicator"],
                section=row["section"],
            )
            for row in csv.DictReader(handle, delimiter="\t")
        ]
    blocks, k = [], 0
    for block in report.blocks:
        if block.kind != "paragraph":
            blocks.append(block)
            continue
        spans: list[Span] = []
        for span in block.spans:
            text = span.text
            while not span.lead and k < len(todo) and (at := text.find(todo[k].text)) >= 0:
                if at:
                    spans.append(Span(text[:at]))
                spans.append(Span(todo[k].text, metric=todo[k]))
                text, k = text[at + len(todo[k].text) :], k + 1
            if text:
                spans.append(Span(text, lead=span.lead))
        blocks.append(replace(block, spans=tuple(spans)))
    out = replace(report, blocks=blocks)
    out.metrics = [s.metric for b in blocks for s in b.spans if s.metric is not None]
    return out


@pytest.fixture(scope="module")
def report(sample_report, request) -> Report:
    try:
        fixtures = request.getfixturevalue("fixtures_dir")
    except pytest.skip.Exception:
        fixtures = None
    return with_metrics(sample_report, fixtures)


@pytest.fixture(scope="module")
def rendered(report, any_style, tmp_path_factory):
    """The sample rendered once per style: (style, bytes, path)."""
    data = pdf.write(report, any_style)
    path = tmp_path_factory.mktemp(f"pdf-{any_style.name}") / "sample.pdf"
    path.write_bytes(data)
    return any_style, data, path


@pytest.fixture(scope="module")
def gbt_rendered(report, gbt_style, tmp_path_factory):
    data = pdf.write(report, gbt_style)
    path = tmp_path_factory.mktemp("pdf-gbt") / "sample.pdf"
    path.write_bytes(data)
    return gbt_style, data, path


def _body_chars(report: Report) -> str:
    parts = []
    for block in report.blocks:
        parts.append(block.heading_text if block.kind == "heading" else block.text)
    return re.sub(r"\s+", "", "".join(parts))


def _is_subsequence(needle: str, haystack: str) -> tuple[bool, int]:
    position = 0
    for index, char in enumerate(needle):
        position = haystack.find(char, position)
        if position < 0:
            return False, index
        position += 1
    return True, len(needle)


def _appendix_start(path: Path, title: str) -> int:
    """Index of the first appendix page (or the page count)."""
    reader = pypdf.PdfReader(str(path))
    flat = re.sub(r"\s+", "", title)
    for index, page in enumerate(reader.pages):
        if flat in re.sub(r"\s+", "", page.extract_text() or ""):
            return index
    return len(reader.pages)


# ---- validity, fonts, metadata --------------------------------------------------------------


def test_a_valid_pdf_for_each_style(rendered):
    _, data, path = rendered
    assert data.startswith(b"%PDF-")
    assert len(pypdf.PdfReader(str(path)).pages) > 5


def test_every_font_is_embedded_subset_and_mapped_to_unicode(rendered):
    _, _, path = rendered
    reader = pypdf.PdfReader(str(path))
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            seen.add(name)
            assert re.match(r"/[A-Z]{6}\+", name), f"{name} is not a subset"
            assert "/ToUnicode" in font, name
            assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"
    assert seen and not any("Helvetica" in n for n in seen)


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdffonts_says_emb_sub_uni_for_every_font(rendered):
    _, _, path = rendered
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row


def test_metadata_language_and_xmp(rendered, report):
    _, _, path = rendered
    reader = pypdf.PdfReader(str(path))
    info = reader.metadata
    assert info.title == report.title
    assert info.author == report.author
    assert info.subject == report.subtitle
    assert str(reader.trailer["/Root"]["/Lang"]) == report.language
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert report.title in xmp and "<dc:language>" in xmp
    assert info["/CreationDate"].startswith("D:20240822")  # SOURCE_DATE_EPOCH from conftest


def test_same_input_gives_the_same_bytes(rendered, report):
    style, data, _ = rendered
    assert pdf.write(report, style) == data


# ---- outline and text -----------------------------------------------------------------------


def test_outline_equals_the_headings_plus_the_appendix(rendered, report):
    style, _, path = rendered
    expected = [(b.level, b.number, b.text) for b in report.headings()]
    if report.metrics and style.appendix.enabled:
        expected.append((1, "", style.appendix.title))
    assert pdf.read_outline(path) == expected


def test_text_holds_every_body_character_in_order(rendered, report):
    _, _, path = rendered
    text = re.sub(r"\s+", "", pdf.read_text(path))
    ok, reached = _is_subsequence(_body_chars(report), text)
    assert ok, (
        f"lost at body character {reached}: {_body_chars(report)[reached - 10 : reached + 10]}"
    )


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(rendered):
    _, _, path = rendered
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bad = []
    for line in out.splitlines():
        line = line.strip()
        if line and (line[0] in NO_START or line[-1] in NO_END):
            bad.append(line)
    assert not bad, bad[:5]


# ---- geometry (GB/T 9704) -------------------------------------------------------------------


def _lines_by_page(path: Path, style) -> list[list[tuple[float, float, float]]]:
    """Per page, the text lines inside the text block as (top, left, right) in mm."""
    block_bottom = style.page.height_mm - style.page.margin_bottom_mm
    pages = []
    with pdfplumber.open(str(path)) as document:
        for page in document.pages:
            rows: dict[float, list] = {}
            for char in page.chars:
                if char["bottom"] / MM <= block_bottom + 0.5:
                    rows.setdefault(round(char["top"], 1), []).append(char)
            pages.append(
                sorted(
                    (
                        top / MM,
                        min(c["x0"] for c in chars) / MM,
                        max(c["x1"] for c in chars) / MM,
                    )
                    for top, chars in rows.items()
                )
            )
    return pages


def test_first_line_sits_at_the_top_margin_and_the_left_edge(gbt_rendered):
    style, _, path = gbt_rendered
    pages = _lines_by_page(path, style)
    for lines in pages[:5]:
        top, left, _ = lines[0]
        assert abs(top - style.page.margin_top_mm) <= 1.0
        assert min(line[1] for line in lines) == pytest.approx(style.page.margin_left_mm, abs=0.3)


def test_full_body_pages_hold_22_lines_and_nothing_leaves_the_text_block(gbt_rendered):
    style, _, path = gbt_rendered
    pages = _lines_by_page(path, style)
    body = pages[1 : _appendix_start(path, style.appendix.title) - 1]
    counts = Counter(len(lines) for lines in body)
    assert max(counts) == style.grid.lines_per_page
    assert counts[style.grid.lines_per_page] >= len(body) * 0.6, counts
    right_edge = style.page.width_mm - style.page.margin_right_mm
    for lines in pages:
        for _, left, right in lines:
            assert left >= style.page.margin_left_mm - 0.3
            assert right <= right_edge + 0.3


def test_page_numbers_at_the_outer_side_below_the_text_block(gbt_rendered):
    style, _, path = gbt_rendered
    below = style.page.height_mm - style.page.margin_bottom_mm + 1
    with pdfplumber.open(str(path)) as document:
        for number, page in enumerate(document.pages[:4], start=1):
            chars = [c for c in page.chars if c["top"] / MM > below]
            text = "".join(c["text"] for c in chars)
            assert text.replace(" ", "") == f"—{number}—"
            left = min(c["x0"] for c in chars) / MM
            right = max(c["x1"] for c in chars) / MM
            if number % 2:
                assert right == pytest.approx(
                    style.page.width_mm - style.page.margin_right_mm - 14 / MM, abs=0.5
                )
            else:
                assert left == pytest.approx(style.page.margin_left_mm + 14 / MM, abs=0.5)


# ---- the metrics appendix -------------------------------------------------------------------


def test_appendix_table_repeats_its_header_and_links_mentions(gbt_rendered, report):
    style, _, path = gbt_rendered
    if not report.metrics:
        pytest.skip("no metrics in the sample yet")
    reader = pypdf.PdfReader(str(path))
    start = _appendix_start(path, style.appendix.title)
    pages = reader.pages[start:]
    assert len(pages) >= 2
    header = "".join(style.appendix.columns)
    for page in pages:
        assert header in re.sub(r"\s+", "", page.extract_text())
    links = sum(
        1
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if annot.get_object().get("/Subtype") == "/Link"
    )
    assert links >= 2 * len(report.metrics)  # mention → row and row → mention


def test_appendix_reads_back_row_by_row(gbt_rendered, report):
    _, _, path = gbt_rendered
    if not report.metrics:
        pytest.skip("no metrics in the sample yet")
    squash = [[re.sub(r"\s+", "", c) for c in row] for row in expected_appendix(report)]
    assert pdf.read_appendix(path)[1:] == squash


# ---- small hand-made reports ----------------------------------------------------------------


def _small(*blocks: Block) -> Report:
    report = Report(title="关于测试的报告", date="2024-08-22")
    report.blocks = [Block("title", (Span(report.title),)), *blocks]
    return report


def test_run_in_headings_print_in_the_paragraph_and_are_bookmarked(gbt_style, tmp_path):
    report = _small(
        Block("heading", (Span("总体要求"),), level=1, number="一、", id="s1"),
        Block("heading", (Span("坚持稳中求进。"),), level=3, number="1.", id="s1-1", run_in=True),
        Block("paragraph", (Span("正文从这里开始，继续写下去。" * 6),)),
    )
    path = tmp_path / "small.pdf"
    path.write_bytes(pdf.write(report, gbt_style))
    # Read back by ladder level; the bookmark itself sits one below 一、 (no skipped level).
    assert pdf.read_outline(path) == [(1, "一、", "总体要求"), (3, "1.", "坚持稳中求进。")]
    assert _bookmark_depths(path) == [(0, "一、总体要求"), (1, "1.坚持稳中求进。")]
    text = re.sub(r"\s+", "", pdf.read_text(path))
    assert "1.坚持稳中求进。正文从这里开始" in text


def test_a_character_no_font_has_is_an_error_naming_it(gbt_style):
    report = _small(Block("paragraph", (Span("私用区字符\ue000不能印成空框"),)))
    with pytest.raises(RenderError, match=r"U\+E000"):
        pdf.write(report, gbt_style)


def _bookmark_depths(path: Path) -> list[tuple[int, str]]:
    """The bookmarks as (nesting depth from 0, title), read with pypdf."""
    found: list[tuple[int, str]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(item.title)))

    walk(pypdf.PdfReader(str(path)).outline, 0)
    return found


def _heading_metric_report() -> Report:
    """Metrics inside a level-1, a level-4 and a run-in heading (the appendix links to each)."""
    m1 = Metric("m1", "5%", "5", "%", "", "change", "up", "经济增长", "一")
    m9 = Metric("m9", "72.5亿元", "72.5", "亿元", "", "amount", "", "增值税", "一/1/（1）")
    m3 = Metric("m3", "3项", "3", "项", "", "count", "", "改革", "一/2")
    report = _small(
        Block("heading", (Span("全年经济增长"), Span("5%", metric=m1)), level=1, number="一、"),
        Block("paragraph", (Span("正文第一段。"),)),
        Block("heading", (Span("主要税种"),), level=3, number="1.", id="s1-1"),
        Block(
            "heading",
            (Span("增值税完成"), Span("72.5亿元", metric=m9)),
            level=4,
            number="（1）",
            id="s1-1-1",
        ),
        Block("paragraph", (Span("正文第二段。"),)),
        Block(
            "heading",
            (Span("完成改革"), Span("3项", metric=m3), Span("。")),
            level=3,
            number="2.",
            id="s1-2",
            run_in=True,
        ),
        Block("paragraph", (Span("正文第三段，继续写下去。" * 4),)),
    )
    report.metrics = [m1, m9, m3]
    return report


def test_metrics_in_headings_are_anchored_and_linked(gbt_style, tmp_path):
    from reportpress.check import check_edition, expected_outline

    report = _heading_metric_report()
    path = tmp_path / "heading-metrics.pdf"
    path.write_bytes(pdf.write(report, gbt_style))  # was: undefined destination target 'm1'
    reader = pypdf.PdfReader(str(path))
    body_links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert len(body_links) == 3  # each heading mention links to its appendix row
    back = [
        a.get_object()["/Dest"][0] for page in reader.pages[1:] for a in page.get("/Annots", [])
    ]
    assert back and all(dest == reader.pages[0].indirect_reference for dest in back)
    assert pdf.read_outline(path) == expected_outline(report, gbt_style)
    assert check_edition(report, path, gbt_style) == []


@pytest.mark.parametrize("which", PARTIAL_LADDERS)
def test_outline_of_a_report_without_level_one(gbt_style, tmp_path, which):
    report = partial_ladder_report(PARTIAL_LADDERS[which])
    path = tmp_path / "shallow.pdf"
    path.write_bytes(pdf.write(report, gbt_style))
    expected = [(b.level, b.number, b.text) for b in report.headings()]
    assert pdf.read_outline(path) == [*expected, (1, "", gbt_style.appendix.title)]
    # Bookmarks nest by depth among the levels present: 2. is not under （1）.
    depths = [depth for depth, _ in _bookmark_depths(path)]
    top = min(report.headings(), key=lambda b: b.level).level
    assert depths == [b.level - top for b in report.headings()] + [0]


# ---- balanced titles ------------------------------------------------------------------------


def _title_lines(style, text: str, role: str = "title") -> list[str]:
    from reportpress.fonts import resolve

    fontset = resolve(style)
    fontset.prepare({(style.role(role).font, style.role(role).bold): text})
    typesetter = pdf.Typesetter(style, fontset)
    lines = typesetter.set([pdf.Piece(text, role)], role, style.text_width_pt, balance=True)
    return [line.text for line in lines]


@pytest.mark.parametrize(
    ("role", "text", "lines"),
    [
        (
            "title",
            "关于朝阳区2024年国民经济和社会发展计划上半年执行情况的报告",
            ["关于朝阳区2024年国民经济和", "社会发展计划上半年执行情况的报告"],
        ),
        (
            "subtitle",
            "——2024年8月22日在朝阳区第十七届人民代表大会常务委员会第二十四次会议上",
            ["——2024年8月22日在朝阳区第十七届", "人民代表大会常务委员会第二十四次会议上"],
        ),
    ],
)
def test_title_lines_break_between_words(gbt_style, role, text, lines):
    assert _title_lines(gbt_style, text, role) == lines


@pytest.mark.parametrize(
    "text",
    [
        "关于2024年城市更新行动计划和老旧小区综合整治工作进展情况的报告",
        "关于第十七届人民代表大会第三次会议代表建议、批评和意见办理情况的报告",
        "关于本市2023年度市级预算执行和其他财政收支的审计工作报告",
    ],
)
def test_title_lines_keep_dates_and_ordinals_and_stay_balanced(any_style, text):
    lines = _title_lines(any_style, text)
    assert "".join(lines) == text
    assert len(lines) >= 2
    for keep in re.findall(r"(?:\d+[年月日])+|第[一二三四五六七八九十百\d]+[届次]", text):
        assert any(keep in line for line in lines), (keep, lines)
    shortest, longest = min(map(len, lines)), max(map(len, lines))
    assert longest <= 1.6 * shortest, lines


def test_title_breaks_prefer_punctuation_then_function_characters():
    # Uniform widths: ``measure`` characters to a line at most.
    def breaks(text: str, measure: float = 10.0) -> list[str]:
        ranges = pdf.title_breaks(text, [1.0] * len(text), measure, measure, 2)
        return [text[a:b] for a, b in ranges]

    assert breaks("甲乙丙丁，戊己庚辛壬癸子丑") == ["甲乙丙丁，", "戊己庚辛壬癸子丑"]
    assert breaks("甲乙丙丁戊的己庚辛壬癸子") == ["甲乙丙丁戊的", "己庚辛壬癸子"]
    assert breaks("甲乙丙丁戊己庚关于壬癸子") == ["甲乙丙丁戊己庚", "关于壬癸子"]
    # No good break within the tolerance: the most even split.
    assert breaks("甲乙丙丁戊己庚辛壬癸子丑") == ["甲乙丙丁戊己", "庚辛壬癸子丑"]
    # Never inside a date or an ordinal (even at the cost of balance), and 上半年
    # is not 上 + 半年.
    assert breaks("甲乙丙丁2024年8月戊己庚辛壬", 12.0) == ["甲乙丙丁2024年8月", "戊己庚辛壬"]
    assert breaks("甲乙丙第十七届戊己庚辛壬") == ["甲乙丙第十七届", "戊己庚辛壬"]
    assert breaks("甲乙丙丁戊己上半年庚辛壬") == ["甲乙丙丁戊己", "上半年庚辛壬"]


def test_a_budget_title_breaks_after_a_function_word_not_inside_a_word():
    title = "关于顺义区2023年预算执行情况和2024年预算的报告"
    widths = [1.0 if ord(c) > 0x2E80 else 0.55 for c in title]
    breaks = pdf.title_breaks(title, widths, 20, 20, 2)
    assert [title[a:b] for a, b in breaks] == ["关于顺义区2023年预算执行情况和", "2024年预算的报告"]
