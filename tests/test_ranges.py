"""A range (``3—5个``, ``6.5%～7%``) may break after its connector, in every edition alike.

clreq and GB/T 15834 4.13: a connector (连接号) between two numbers may end a
line, never begin one; each number stays whole with its ``%`` or unit.  The
rule is :func:`linebreak.range_split`; the PDF's line breaker takes it as a
costed break of the total fit, the Word copy and the EPUB as the one place a
figure they keep whole may break (:func:`linebreak.kept_pieces`).  Invented
strings throughout.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportpress.editions.docx.body import OPTIONAL_BREAK, WORD_JOINER, figure_text, unbreakable
from reportpress.editions.linebreak import (
    RANGE_COST,
    SPLIT_COST,
    atoms,
    break_lines,
    kept_pieces,
    long_atoms,
    range_split,
    split_points,
)
from reportpress.model import Block, Metric, Report, Span, with_depths
from reportpress.styles import load_style

EM = 10.0


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in atoms(text)]


def _breaks(text: str) -> dict[str, float]:
    """Each place the total fit may break inside an atom, shown as ``left|right``."""
    points = split_points(text, long_atoms(text))
    return {f"{text[:at]}|{text[at:]}": cost for at, cost in points.items()}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        ("3—5个", "3—", "5个"),  # em dash, the usual 连接号
        ("7–9家", "7–", "9家"),  # en dash
        ("4%-4.5%", "4%-", "4.5%"),  # ASCII hyphen-minus
        ("6.5%－7%", "6.5%－", "7%"),  # full-width hyphen-minus, as GBK texts have it
        ("2.5%～3%", "2.5%～", "3%"),  # full-width wave dash
        ("8~12人", "8~", "12人"),  # ASCII tilde
        ("1500〜2500元", "1500〜", "2500元"),  # wave dash
        ("2031年—2035年", "2031年—", "2035年"),  # a unit on both sides
        ("1,200-1,800吨", "1,200-", "1,800吨"),
    ],
)
def test_a_range_is_one_atom_that_may_break_only_after_its_connector(text, left, right):
    sentence = f"力争{text}以上"
    assert text in _pieces(sentence)
    at = sentence.index(text) + len(left)
    assert split_points(sentence, long_atoms(sentence))[at] == RANGE_COST
    assert kept_pieces(text) == [left, right]
    # Never before the connector, never inside a number or before its % or unit
    # (the number after the connector may leave its unit as any number does).
    for place, cost in _breaks(sentence).items():
        if cost != RANGE_COST:
            assert place.endswith(("个以上", "家以上", "人以上", "元以上", "吨以上", "年以上"))
            assert cost >= SPLIT_COST


def test_a_range_split_costs_less_than_a_number_leaving_its_unit():
    assert 0 < RANGE_COST < SPLIT_COST


@pytest.mark.parametrize(
    "text",
    [
        "增长-2.1%",  # a minus sign after a verb
        "-2.1%",  # at a line's start
        "同比为-3%",
        "增长－3.6%",  # full width
        "下降−4%",  # U+2212
    ],
)
def test_a_minus_sign_stays_with_its_number_and_is_no_connector(text):
    number = text[next(i for i, c in enumerate(text) if c in "-－−") :]
    assert number in _pieces(text)
    assert not _breaks(text)
    assert kept_pieces(number) == [number]


@pytest.mark.parametrize(
    "code",
    [
        "2024-08-22",  # a date
        "2024-08",  # a month: a leading zero
        "010-6512-3456",  # a phone number
        "6512-3456",  # larger before smaller: no range
        "5%-3%",
        "3-3",
        "1-2-3",  # a chain of numbers
    ],
)
def test_numbers_joined_otherwise_stay_whole(code):
    sentence = f"编号{code}为准"
    assert code in _pieces(sentence)
    assert not _breaks(sentence)
    assert kept_pieces(code) == [code]


def test_a_dash_between_words_still_joins_them_and_a_range_sits_between_words():
    text = "CBD—三里屯商圈"
    assert not _breaks(text)
    assert kept_pieces("2020—2025") == ["2020—", "2025"]


def _widths(text: str) -> list[float]:
    return [EM / 2 if c.isascii() else EM for c in text]


def test_the_total_fit_breaks_a_range_where_a_line_would_stretch_otherwise():
    # Seven ems, then 6.5%～7% (four ems) on a ten-em line: kept whole, the first
    # line would stretch by three ems over six gaps; broken after its connector
    # (6.5%～ is three ems wide and fills the line), it does not stretch at all.
    text = "甲乙丙丁戊己庚6.5%～7%左右的增长目标已经确定"
    ems = [EM if not c.isascii() else 0.0 for c in text]
    lines = break_lines(text, _widths(text), 10 * EM, ems=ems, tolerance=EM / 32)
    first = text[lines[0].start : lines[0].end]
    assert first == "甲乙丙丁戊己庚6.5%～"
    assert text[lines[1].start :].startswith("7%左右")


@pytest.mark.parametrize(("tolerance", "split"), [(EM / 16, False), (EM / 32, True)])
def test_a_range_is_split_only_where_keeping_it_whole_stretches_a_line_more(tolerance, split):
    # Kept whole, the first line (37 ems) stretches three ems over 36 gaps
    # (0.83 pt a gap): cheaper than the split at a tolerance of 0.625 pt (the
    # split costs what 0.8 of twice the tolerance does), dearer at 0.3125.
    text = "甲" * 37 + "6.5%～7%" + "乙" * 30
    ems = [EM if not c.isascii() else 0.0 for c in text]
    lines = break_lines(text, _widths(text), 40 * EM, ems=ems, tolerance=tolerance)
    first = text[lines[0].start : lines[0].end]
    assert first == "甲" * 37 + ("6.5%～" if split else "")


def test_the_first_fit_never_breaks_a_range():
    text = "甲乙丙丁戊己庚辛6.5%～7%左右"
    for width in range(9, 13):
        for line in break_lines(text, _widths(text), width * EM):
            assert not text[line.start : line.end].endswith("～")
            assert not text[line.start :].startswith("～")


# -- the Word copy and the EPUB break a figure at the same place, and nowhere else ------


def _range_report() -> Report:
    """A paragraph holding a range, a date and a negative figure, each a mention."""
    figures = [
        Metric("m1", "6.5%－7%", "7", "%", "", "change", "up", "地区生产总值", ""),
        Metric("m2", "2031-03-02", "2031", "年", "", "level", "", "日期", ""),
        Metric("m3", "-2.1%", "-2.1", "%", "", "change", "down", "物价", ""),
    ]
    report = Report(title="关于某市2031年计划的报告", date="2031-03-02", source_sha256="0" * 64)
    spans = [Span("预期增长")]
    for metric in figures:
        spans += [Span(metric.text, metric=metric), Span("，")]
    report.blocks = [
        Block("title", (Span(report.title),)),
        Block("heading", (Span("目标"),), level=1, number="一、", id="s1"),
        Block("paragraph", tuple(spans)),
    ]
    report.metrics = figures
    return with_depths(report)


def test_the_word_copy_may_break_a_range_after_its_connector_only():
    assert figure_text("6.5%－7%") == f"6.5%{WORD_JOINER}－{OPTIONAL_BREAK}7%"
    assert figure_text("3—5个") == f"3{WORD_JOINER}—{OPTIONAL_BREAK}5{WORD_JOINER}个"
    assert figure_text("133.9万平方米") == "133.9\u2060万\u2060平\u2060方\u2060米"
    assert OPTIONAL_BREAK not in figure_text("2031-03-02") + figure_text("-2.1%")


def test_the_word_copy_reads_back_without_its_breaks(tmp_path):
    from reportpress.editions.docx.edition import write
    from reportpress.editions.docx.read import read_text

    path = tmp_path / "r.docx"
    path.write_bytes(write(_range_report(), load_style("gbt9704")))
    assert "预期增长6.5%－7%，2031-03-02，-2.1%，" in read_text(path)
    assert OPTIONAL_BREAK in zipfile.ZipFile(path).read("word/document.xml").decode()


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_the_epub_may_break_a_range_after_its_connector_only(style_name, monkeypatch, tmp_path):
    from reportpress.editions.epub import edition
    from reportpress.editions.epub.read import read_text

    style = load_style(style_name)
    report = _range_report()
    book = edition.write(report, style)
    with monkeypatch.context() as patch:  # the very markup pandoc writes for it
        patch.setattr(edition, "BESIDE_PANDOC", False)
        assert book == edition.write(report, style)
    pages = zipfile.ZipFile(io.BytesIO(book))
    chapter = next(
        pages.read(n).decode() for n in pages.namelist() if "预期增长" in pages.read(n).decode()
    )
    assert (
        'class="metric range" title="地区生产总值：见附录">'
        '<span class="whole">6.5%－</span><wbr></wbr><span class="whole">7%</span></a>'
    ) in chapter
    assert chapter.count("<wbr") == 1  # the date and the negative figure stay whole
    css = next(pages.read(n).decode() for n in pages.namelist() if n.endswith(".css"))
    assert ".metric.range" in css
    path = tmp_path / "r.epub"
    path.write_bytes(book)
    assert "预期增长6.5%－7%，2031-03-02，-2.1%，" in read_text(path)


@pytest.mark.parametrize("unit", ["1%-", "2024-08-", "1.", "-1", "3万—", "5%-5.5%，"])
def test_ranges_are_found_in_time_linear_in_the_text(unit):
    """Hostile runs of numbers and connectors: no pattern backtracks over the run."""
    from timing import best_cpu_seconds

    small, large = (unit * (n // len(unit)) for n in (10_000, 40_000))

    def work(text: str) -> None:
        split_points(text, long_atoms(text))
        kept_pieces(text)

    seconds = best_cpu_seconds(lambda: work(small), lambda: work(large))
    ratio = seconds[1] / max(seconds[0], 1e-4)
    assert ratio < 8, f"4× the text took {ratio:.1f}× the time"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.%万亿元个年—－～~-，的", min_size=1, max_size=16))
def test_a_figures_word_copy_text_is_its_kept_pieces_joined(text: str) -> None:
    """With or without a range connector (a figure without one is a single piece)."""
    assert figure_text(text) == OPTIONAL_BREAK.join(map(unbreakable, kept_pieces(text)))


def test_a_version_number_before_a_connector_is_a_code_not_a_range() -> None:
    # 1.2.3～4 reads as no number: it stays whole, as a code does (no error)
    text = "1.2.3～4"
    assert range_split(text, 0, len(text)) is None
    assert kept_pieces(text) == [text]
