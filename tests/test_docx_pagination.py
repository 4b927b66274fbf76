"""The DOCX's contents name the pages a word processor will put the headings on."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

import pytest
from forked_copies import same_whether_shared

from reportpress.editions.docx import edition as docx
from reportpress.editions.docx import pagination
from reportpress.editions.docx.pagination import Layout, Paragraph, place
from reportpress.editions.linebreak import box_starts
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

LINE = 100  # twips per line in the layouts below: a page of 10 lines


def _layout(**kw) -> Layout:
    values = {
        "line": LINE, "before": 0, "after": 0, "first_indent": 0, "width": 2800,
        "keep_next": False, "break_before": False, "hanging": False,
    }  # fmt: skip
    return Layout(**{**values, **kw})


def _pages(*paragraphs: tuple[int, dict]) -> list[int]:
    laid = [Paragraph(_layout(**kw), lines, None) for lines, kw in paragraphs]
    return [page for _, page in place(laid, 10 * LINE)]


def test_paragraphs_fill_pages_line_by_line():
    assert _pages((4, {}), (4, {}), (2, {}), (1, {})) == [1, 1, 1, 2]


def test_no_orphan_at_a_pages_foot_and_no_widow_at_its_head():
    # 9 lines used: a paragraph of 5 cannot leave one line at the foot; it moves whole.
    assert _pages((9, {}), (5, {}), (1, {})) == [1, 2, 2]
    # 7 used, 5 lines: 3 fit but would leave 2 — fine; then the next starts on page 2.
    assert _pages((7, {}), (5, {}), (1, {})) == [1, 1, 2]
    # 7 used, 4 lines: 3 would fit but leave a widow: 2 stay, 2 go; 8 more fill page 2.
    assert _pages((7, {}), (4, {}), (8, {}), (1, {})) == [1, 1, 2, 3]
    # A paragraph of three lines is never split (two at each end are needed).
    assert _pages((8, {}), (3, {})) == [1, 2]


def test_a_heading_stays_with_the_first_lines_of_what_follows():
    assert _pages((8, {}), (1, {"keep_next": True}), (6, {})) == [1, 2, 2]
    assert _pages((7, {}), (1, {"keep_next": True}), (6, {})) == [1, 1, 1]
    # A chain of headings moves together.
    chain = [(7, {}), (1, {"keep_next": True}), (1, {"keep_next": True}), (6, {})]
    assert _pages(*chain) == [1, 2, 2, 2]


def test_a_line_taller_than_the_page_still_moves_on():
    tall = [Paragraph(_layout(line=30 * LINE), 3, None), Paragraph(_layout(), 1, None)]
    assert [page for _, page in place(tall, 10 * LINE)] == [1, 4]


def test_page_breaks_and_spacing():
    assert _pages((2, {}), (1, {"break_before": True}), (1, {})) == [1, 2, 2]
    # A page break before the first paragraph of a page adds no blank page.
    assert _pages((10, {}), (1, {"break_before": True})) == [1, 2]
    # Space before is not added at a page's head, space after counts.
    assert _pages((9, {"after": LINE}), (1, {})) == [1, 2]
    assert _pages((10, {}), (9, {"before": LINE}), (1, {})) == [1, 2, 2]


def _report(tmp_path, text: str = REPORT):
    source = tmp_path / "plan.txt"
    source.write_text(text, encoding="utf-8")
    root, _ = load(source)
    return from_xml(root)


def _pages_object(style_name: str) -> pagination.Pages:
    import docx as python_docx

    from reportpress.editions.docx import package
    from reportpress.editions.docx.styles import PageMeasures, WordStyles

    style = load_style(style_name)
    document = python_docx.Document()
    package.clear_template(document)
    styles = WordStyles(document, style, PageMeasures(style), range(1, 3)).build()
    return pagination.Pages(styles)


def test_lines_are_filled_first_fit_on_the_grid_with_the_line_rules():
    pages = _pages_object("gbt9704")
    body = pages.layout("Normal")  # 28 characters a line, the first indented by two
    text = "国" * 26 + "家" * 28 + "民" * 3

    def lines(text: str) -> list[str]:
        return pages.line_texts([(None, text)], "Normal", body)

    assert [len(line) for line in lines(text)] == [26, 28, 3]
    # A full stop never starts a line: the character before it goes down with it.
    assert lines("国" * 26 + "。" + "家")[:2] == ["国" * 25, "国。家"]
    # A figure the Word copy joins (WORD JOINERs) is never parted from its unit.
    joined = "2894.8\u2060亩"
    split = lines("国" * 23 + joined + "。")
    assert split[1].startswith("2894.8") and "亩" in split[1]
    # An optional break (U+200B) lets a range part after its connector.
    whole, parted = pagination._Visible("3—5个"), pagination._Visible("3—\u200b5个")
    assert (whole.text, whole.last_start(3)) == ("3—5个", 0)
    assert (parted.text, parted.last_start(3), parted.last_start(1)) == ("3—5个", 2, 0)


def test_a_mark_hangs_only_where_the_style_lets_it():
    official = _pages_object("gbt9704").layout("Normal")
    reading = _pages_object("reading").layout("Normal")
    assert not official.hanging  # w:overflowPunct off on the official grid
    assert reading.hanging  # Word's default
    pages = _pages_object("gbt9704")
    hanging = replace(official, hanging=True)
    text = "国" * 26 + "。"
    assert len(pages.line_texts([(None, text)], "Normal", official)) == 2
    assert len(pages.line_texts([(None, text)], "Normal", hanging)) == 1


def _contents_entries(data: bytes) -> list[str]:
    """The XML of each contents paragraph (TOC1, TOC2 …) of a DOCX."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p\b.*?</w:p>", xml, flags=re.S)
    return [p for p in paragraphs if re.search(r'w:pStyle w:val="TOC\d"', p)]


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
def test_a_long_section_pushes_the_next_heading_pages_on(tmp_path, style_name):
    long = "\n".join(
        f"第{n}项工作全面推进，加快建设现代化产业体系，确保完成全年目标任务。" * 6
        for n in range(40)
    )
    text = REPORT.replace("全市地区生产总值增长5.1%。", long)
    data = docx.write(_report(tmp_path, text), load_style(style_name))
    numbers = [int(re.findall(r">(\d+)</w:t>", e)[-1]) for e in _contents_entries(data)]
    assert numbers[0] == 1 and numbers == sorted(numbers)
    assert numbers[2] > numbers[1] + 5  # 二、 comes after some forty long paragraphs


def test_an_entry_without_a_page_has_no_tab_and_no_number(tmp_path, monkeypatch):
    report, style = _report(tmp_path), load_style("gbt9704")
    missing = report.headings()[-1].id
    found = pagination.HeadingPages.result

    def all_but_the_last(self) -> dict[str, int]:
        return {k: v for k, v in found(self).items() if k != missing}

    monkeypatch.setattr(pagination.HeadingPages, "result", all_but_the_last)
    entries = _contents_entries(docx.write(report, style))
    assert len(entries) == len(report.headings())
    *numbered, last = entries
    assert all("<w:tab/>" in entry for entry in numbered)
    assert "<w:tab/>" not in last and "<w:r/>" not in last and "扩大有效投资" in last


def test_line_starts_looked_for_near_a_line_end_are_those_of_the_whole_text():
    """Where a line may start, found from a few characters before the line's end, is
    where the whole paragraph's boxes and the Word copy's joiners and optional breaks
    say; a long Latin run with no place nearby falls back on the whole text."""
    wj, zw = "\u2060", "\u200b"
    texts = [
        "完成投资3"
        + wj
        + "0"
        + wj
        + "9亿"
        + wj
        + "元，同比增长12.5%。网址https://example.gov.cn/a/b",
        "（一）“十四五”规划（2021—" + zw + "2025年）……共计１" + wj + "５处，A—B 与 CBD—三里屯",
        "x" * 200 + "，再看" + "——" * 3 + "PM2.5年均浓度为31微克/立方米",
    ]
    for text in texts:
        visible = pagination._Visible(text)
        plain = visible.text
        everywhere = sorted(
            set(box_starts(plain)).difference(visible.joined).union(visible.optional)
        )
        for end in range(len(plain)):
            expected = max(at for at in everywhere if at <= end)
            assert visible.last_start(end) == expected, (text, end)
            for after in range(0, end, 7):
                found = visible.last_start(end, after)
                assert found == expected if expected > after else found <= after


@pytest.fixture(scope="module")
def long_report(sample_path, tmp_path_factory):
    """The sample with its body written five times: past :data:`pagination.SHARED_FROM`."""
    lines = sample_path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if re.match(r"^\s*一、", line))
    text = "\n".join(lines[:start] + lines[start:] * 5)
    report = _report(tmp_path_factory.mktemp("long"), text)
    assert sum(len(s.text) for b in report.blocks for s in b.spans) > pagination.SHARED_FROM
    return report


def test_a_long_report_counted_on_two_cpus_gives_the_same_docx(long_report, forks, monkeypatch):
    """The paragraphs written first are counted by a forked copy while the rest of the
    document is made; the file must not depend on whether they were, nor on the copy."""
    style = load_style("gbt9704")
    same_whether_shared(lambda: docx.write(long_report, style), pagination, forks, monkeypatch)


def test_a_short_report_is_counted_in_one_pass(tmp_path, forks, monkeypatch):
    monkeypatch.setattr(pagination, "spare_cpus", lambda: 1)
    docx.write(_report(tmp_path), load_style("gbt9704"))
    assert forks == []
