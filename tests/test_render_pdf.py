"""The PDF edition: fonts embedded, outline, text, line breaking, geometry, reproducibility."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from partial_ladders import PARTIAL_LADDERS, partial_ladder_report

from reportpress.check import expected_appendix
from reportpress.editions.linebreak import CLOSING, NO_END, NO_START
from reportpress.editions.pdf import edition as pdf
from reportpress.errors import RenderError
from reportpress.model import Block, Metric, Report, Span, with_depths
from reportpress.styles import MM

pdfplumber = pytest.importorskip("pdfplumber")
pypdf = pytest.importorskip("pypdf")


@pytest.fixture(scope="module")
def report(sample_report) -> Report:
    assert sample_report.metrics, "the sample's figures are marked up"
    return sample_report


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
    import copy

    style, data, _ = rendered
    assert pdf.write(copy.deepcopy(report), style) == data  # laid out anew, not remembered


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


def _text_lines(style, data: bytes) -> list[list]:
    """The printed lines of the text block (page numbers left out), spaces dropped."""
    bottom = style.page_size_pt[1] - style.page.margin_bottom_mm * MM
    lines = [[c for c in line if not c.text.isspace()] for line in pdf.read_lines(data)]
    return [line for line in lines if line and line[0].bottom <= bottom + 1]


def _stretch(style, line: list) -> float:
    """How far the line's widest gap between neighbours exceeds the style's spacing."""
    pitch = style.char_pitch_pt

    def spacing(size: float) -> float:
        return pitch - size if pitch and abs(pitch - size) <= 0.1 * size else 0.0

    gaps = [b.x0 - a.x1 - spacing(a.size) for a, b in zip(line, line[1:], strict=False)]
    return max(
        [0.0, *(g for g, a, b in zip(gaps, line, line[1:], strict=False) if b.index == a.index + 1)]
    )


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(rendered):
    style, data, _ = rendered
    bad = [
        "".join(c.text for c in line)
        for line in _text_lines(style, data)
        if (len(line) > 1 and line[0].text in NO_START) or line[-1].text in NO_END
    ]
    assert not bad, bad[:5]


def test_lines_are_set_evenly(rendered):
    """Punctuation compresses before a line letter-spaces: stretch stays under a point a gap.

    Two lines of the sample cannot do better (the first line of a paragraph, two
    ems short, whose next box, a number with its unit, is wider than what its
    two marks can give); none stretches by more than 1.5 pt.
    """
    style, data, _ = rendered
    stretches = [_stretch(style, line) for line in _text_lines(style, data)]
    assert max(stretches) <= 1.5
    assert sum(s > 1.0 for s in stretches) <= 2
    assert sum(s > 0.5 for s in stretches) <= 0.02 * len(stretches)


def test_adjacent_marks_are_compressed(rendered):
    """``”。`` ``），`` ``。“``: the first mark gives up its blank half (clreq 3.1.6)."""
    from reportpress.editions.linebreak import CLOSING, OPENING

    style, data, _ = rendered
    assert style.punctuation != "full"
    pairs = whole = 0
    for line in _text_lines(style, data):
        for a, b in zip(line, line[1:], strict=False):
            if (a.text in CLOSING and b.text in CLOSING | OPENING) or (
                a.text in OPENING and b.text in OPENING
            ):
                pairs += 1
                whole += b.x0 - a.x0 > 0.75 * a.size
    assert pairs > 20
    assert whole == 0


def test_a_compressed_opening_mark_never_covers_the_next_character(rendered):
    """``“`` ``（`` ``《`` ink in the right half of their em: compressed, they move left.

    A glyph drawn at its position with its blank left half taken away would lie
    over the character after it (seen as ``朝阳“1234`` with the quote on the 1).
    """
    from reportpress.editions.linebreak import OPENING

    style, data, _ = rendered
    overlaps = [
        f"{a.text}{b.text}: {a.x1 - b.x0:.1f} pt"
        for line in _text_lines(style, data)
        for a, b in zip(line, line[1:], strict=False)
        if a.text in OPENING and a.x1 > b.x0 + 0.5
    ]
    assert not overlaps, overlaps[:5]


def test_full_punctuation_is_never_compressed(report, gbt_style):
    from reportpress.editions.linebreak import SQUEEZABLE

    style = gbt_style.model_copy(update={"punctuation": "full"})
    data = pdf.write(report, style)
    pitch = style.char_pitch_pt
    for line in _text_lines(style, data)[:300]:
        for a, b in zip(line, line[1:], strict=False):
            if a.text in SQUEEZABLE and abs(a.size - style.role("body").size_pt) < 0.1:
                assert b.x0 - a.x0 >= pitch - 0.01, "".join(c.text for c in line)


def test_ordinary_lines_keep_the_grid(gbt_rendered):
    """A body line of full-width characters with no compressed mark stands on the grid."""
    style, data, _ = gbt_rendered
    pitch, left = style.char_pitch_pt, style.page.margin_left_mm * MM
    body = style.role("body").size_pt
    checked = 0
    for line in _text_lines(style, data):
        offsets = [(c.x0 - left) / pitch for c in line]
        compressed = any(b.x0 - a.x0 < pitch - 0.1 for a, b in zip(line, line[1:], strict=False))
        wide = all(c.width >= 0.9 * c.size for c in line)
        centred = abs(offsets[0] - round(offsets[0])) > 0.01
        if compressed or not wide or centred or abs(line[0].size - body) > 0.1:
            continue
        checked += 1
        off = [
            c.text for c, o in zip(line, offsets, strict=True) if abs(o - round(o)) * pitch > 0.05
        ]
        # A line a whole em short with no mark to give stretches (the only exception).
        assert not off or _stretch(style, line) > 0.5, "".join(c.text for c in line)
    assert checked > 100


# ---- geometry (GB/T 9704) -------------------------------------------------------------------


def _lines_by_page(path: Path, style) -> list[list[tuple[float, float, float]]]:
    """Per page, the text lines inside the text block as (top, left, right) in mm.

    A closing mark ends where its ink does, its left half: a line's end mark may give
    its blank right half (set half width), whose box then reaches past the block."""
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
                        max(map(_ink_right, chars)) / MM,
                    )
                    for top, chars in rows.items()
                )
            )
    return pages


def _ink_right(char: dict) -> float:
    """Where a character's box ends, or a full-width closing mark's ink half."""
    if char["text"] in CLOSING and char["x1"] - char["x0"] >= 0.9 * char["size"]:
        return char["x0"] + char["size"] / 2
    return char["x1"]


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
    return with_depths(report)


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


@pytest.mark.parametrize("where", ["paragraph", "title", "indicator"])
def test_a_character_no_font_has_is_an_error_naming_it(gbt_style, monkeypatch, where):
    """Raised while fonts are prepared, before any page is laid out (not a ReportLab traceback)."""
    from reportpress.editions.pdf import write as pdf_write

    odd = "私用区字符\ue000不能印成空框"
    metric = Metric(
        "m1", "3项", "3", "项", "", "count", "", odd if where == "indicator" else "改革", ""
    )
    report = _small(
        Block("title", (Span(odd if where == "title" else "关于测试的报告"),)),
        Block(
            "paragraph",
            (Span(odd if where == "paragraph" else "正文。"), Span("3项", metric=metric)),
        ),
    )
    report.metrics = [metric]
    monkeypatch.setattr(pdf_write, "Composer", None)  # laying out would fail differently
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


# ---- titles ----------------------------------------------------------------------------------


def test_the_pdf_prints_the_title_lines_every_edition_shares(rendered, report):
    """The title's lines are :func:`title_lines`' (the DOCX and the EPUB break it there too)."""
    from reportpress.editions.titles import title_lines

    style, _, path = rendered
    with pdfplumber.open(str(path)) as document:
        page = document.pages[0]
        size = style.role("title").size_pt
        chars = [c for c in page.chars if abs(c["size"] - size) < 0.01]
    rows: dict[float, list[dict]] = {}
    for char in chars:
        rows.setdefault(round(char["bottom"], 1), []).append(char)
    printed = [
        "".join(c["text"] for c in sorted(rows[k], key=lambda c: c["x0"])) for k in sorted(rows)
    ]
    assert printed == title_lines(report.title, style)
    assert len(printed) >= 2


# ---- the appendix table ------------------------------------------------------------------------


def _typesetter(style, text: str, role: str):
    from reportpress.editions.pdf.typeset import Typesetter
    from reportpress.fonts import resolve

    fontset = resolve(style)
    fontset.prepare({(style.role(role).font, bold): text for bold in (False, True)})
    return Typesetter(style, fontset)


def test_a_wrapped_cell_never_ends_with_a_lone_character(gbt_style):
    from reportpress.editions.pdf.typeset import Piece

    role = "appendix_table"
    text = "跨省异地就医直接结算定点医药机构"  # 16 characters
    typesetter = _typesetter(gbt_style, text, role)
    size = gbt_style.role(role).size_pt
    for chars in (5, 8, 15):  # greedy: 5+5+5+1, 8+8 (even already), 15+1
        lines = typesetter.set(
            [Piece(text, role)], role, chars * size + 1, align="left", balance=True
        )
        assert "".join(line.text for line in lines) == text
        assert min(len(line.text) for line in lines) >= 2, [line.text for line in lines]


def test_appendix_columns_hold_their_longest_unbreakable_piece(gbt_style):
    from reportpress.editions.linebreak import boxes
    from reportpress.editions.pdf.compose import Composer
    from reportpress.fonts import resolve

    rows = [
        list(gbt_style.appendix.columns),
        ["城乡低保平均标准", "4318元/年", "元/年", "总量", "三/（九）/6"],
        [
            "居民人均可支配收入增长与经济增长同步",
            "超过1234567.89万元",
            "万元",
            "增减率（增）",
            "二/（十一）/12",
        ],
    ]
    text = "".join("".join(row) for row in rows)
    fontset = resolve(gbt_style)
    fontset.prepare({(gbt_style.role("appendix_table").font, b): text for b in (False, True)})
    composer = Composer(_small(Block("paragraph", (Span("正文。"),))), gbt_style, fontset)
    pad = 3.0
    widths = composer._column_widths(rows, "appendix_table", pad)
    assert sum(widths) == pytest.approx(gbt_style.text_width_pt)
    glyph = composer.typesetter.glyph
    role = gbt_style.role("appendix_table")
    for column, width in enumerate(widths[1:], start=1):
        for row in rows:
            cell = row[column]
            for a, b in boxes(cell):
                piece = sum(glyph(ch, role.font, True, role.size_pt)[2] for ch in cell[a:b])
                assert piece <= width - 2 * pad + 1e-6, (cell[a:b], width)
    assert widths[0] >= 0.3 * gbt_style.text_width_pt - 1e-6


def test_the_pdf_follows_the_build_date_and_new_blocks(gbt_style, monkeypatch):
    report = _small(Block("paragraph", (Span("正文。"),)))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1724284800")
    first = pdf.write(report, gbt_style)
    assert pdf.write(report, gbt_style) == first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    dated = pdf.write(report, gbt_style)
    assert dated != first
    report.blocks = [*report.blocks, Block("paragraph", (Span("又一段。"),))]
    assert "又一段" in "".join(
        c.text for line in pdf.read_lines(pdf.write(report, gbt_style)) for c in line
    )


def test_the_date_gives_the_same_bytes_from_the_environment_or_the_report(gbt_style, monkeypatch):
    # (the file's /ID once digested the date ReportLab read for itself: set or not, the
    # same date wrote a different file)
    report = _small(Block("paragraph", (Span("正文。"),)))
    report.date = "2024-08-22"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1724284800")  # 2024-08-22
    from_environment = pdf.write(report, gbt_style)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert pdf.write(report, gbt_style) == from_environment


def test_only_what_the_pdf_sets_bold_is_asked_of_the_bold_faces(gbt_style):
    """A first build draws every glyph it asks for: the appendix rows are not bold, so
    their characters are asked of the regular face only (the header and group rows bold)."""
    from reportpress.editions.pdf.write import font_texts

    report = _heading_metric_report()
    assert report.prints_appendix(gbt_style)
    font = gbt_style.role("appendix_table").font
    texts = font_texts(report, gbt_style)
    bold = texts[(font, True)]
    for column in gbt_style.appendix.columns:
        assert column in bold
    assert "增值税" not in bold and "增值税" in texts[(font, False)]
