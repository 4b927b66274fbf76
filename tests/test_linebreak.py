"""The Chinese line breaker on hand-written strings: prohibitions, unbreakables, justification."""

from __future__ import annotations

import pytest

from reportpress.editions.linebreak import (
    NO_END,
    NO_START,
    atoms,
    balanced_width,
    boxes,
    break_lines,
    punctuation_spacing,
    split_points,
)

EM = 16.0


def widths(text: str) -> list[float]:
    """Full-width characters take an em, ASCII half of one (like a CJK font's digits)."""
    return [EM / 2 if c.isascii() else EM for c in text]


def ems(text: str) -> list[float]:
    return [0.0 if c.isascii() else EM for c in text]


def lines_of(text: str, chars_per_line: float, **kw) -> list[str]:
    found = break_lines(text, widths(text), chars_per_line * EM, ems=ems(text), **kw)
    return [text[line.start : line.end] for line in found]


def test_every_character_is_placed_once():
    text = "上半年GDP增长5.3%。区级一般公共预算收入完成309.3亿元，增长1.9%。"
    assert "".join(lines_of(text, 7)) == text


@pytest.mark.parametrize("width", [4, 5, 6, 7, 8, 9, 10, 11])
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(width):
    text = (
        "我们坚持“四个走在前”的要求，（一）推动《朝阳外国人手册》发布、“五子”联动！完成了吗？是的。"
    )
    found = lines_of(text, width)
    for line in found[1:]:
        assert line[0] not in NO_START, found
    for line in found[:-1]:
        assert line.rstrip()[-1] not in NO_END, found


def test_a_comma_that_would_start_a_line_takes_its_character_along():
    # Seven characters fill the line exactly; the comma must not begin the next.
    found = lines_of("一二三四五六七，八九", 7)
    assert not found[1].startswith("，")
    assert found[1].startswith("七，") or found[0].endswith("，")


@pytest.mark.parametrize(
    "unbreakable",
    ["309.3亿元", "99.56%", "133.9万平方米", "——", "……", "THE", "BOX", "PM2.5", "1+43+N"],
)
def test_numbers_units_dashes_ellipses_and_words_are_never_split(unbreakable):
    text = f"前面有一些文字{unbreakable}后面还有一些文字和更多的文字"
    for width in range(7, 17):
        found = lines_of(text, width)
        assert any(unbreakable in line for line in found), (width, found)


def test_atoms_keep_numbers_with_their_units_and_words_whole():
    text = "完成309.3亿元，增长99.56%，THE BOX B开业"
    pieces = [text[a:b] for a, b in atoms(text)]
    assert "309.3亿元" in pieces
    assert "99.56%" in pieces
    assert {"THE", "BOX", "B"} <= set(pieces)


def test_a_lone_dash_joins_its_neighbours():
    text = "北京CBD—天津港"
    assert "CBD—天" in [text[a:b] for a, b in boxes(text)]


def test_latin_words_break_at_spaces_and_drop_the_space_at_line_end():
    text = "商场THE BOX B开业"
    found = break_lines(text, widths(text), 6 * EM, ems=ems(text))
    for line in found[:-1]:
        drawn = text[line.start : line.ink_end]
        assert not drawn.endswith(" ")


def test_justified_lines_fill_the_measure_and_the_last_stays_flush_left():
    text = "2024年是新中国成立75周年，是京津冀协同发展上升为国家战略十周年，也是实施规划承上启下的关键一年。"
    measure = 9 * EM
    found = break_lines(text, widths(text), measure, ems=ems(text))
    assert len(found) > 2
    for line in found[:-1]:
        assert line.width == pytest.approx(measure, abs=1e-6)
    last = found[-1]
    natural = sum(widths(text)[last.start : last.ink_end])
    assert last.width == pytest.approx(natural, abs=1e-6)


def test_justification_spreads_space_evenly_across_the_line():
    text = "一二三四五六七八，12345六七八九十"
    found = break_lines(text, widths(text), 9 * EM, ems=ems(text))
    line = found[0]
    gaps = [b - a for a, b in zip(line.positions, line.positions[1:], strict=False)]
    extra = [g - w for g, w in zip(gaps, widths(text)[line.start :], strict=False)]
    assert max(extra) - min(extra) < 1e-6


def test_numbers_and_dashes_stay_closed_when_a_line_is_spread():
    text = "前面文字完成309.3亿元——增长很多的一个指标和后面的文字"
    found = break_lines(text, widths(text), 16 * EM, ems=ems(text))
    line = found[0]
    assert line.width == pytest.approx(16 * EM)
    at = {text[line.start + i]: p for i, p in enumerate(line.positions)}
    assert line.positions[7] - line.positions[6] == pytest.approx(EM / 2)  # "3" → "0"
    first_dash = text.index("——")
    gap = line.positions[first_dash + 1] - line.positions[first_dash]
    assert gap == pytest.approx(EM)  # the two halves of —— touch
    assert at["前"] == 0


def test_first_line_indent_narrows_only_the_first_line():
    text = "一" * 20
    found = break_lines(text, widths(text), 8 * EM, first_indent=2 * EM)
    assert [line.end - line.start for line in found] == [6, 8, 6]


def test_push_in_compresses_punctuation_instead_of_leaving_a_gap():
    # Eight cells, nine characters: the comma in the middle gives its blank half
    # and the blank half of the full stop at the end stays whole inside the box
    # (pushing 七。 out instead would stretch the line by a quarter em per gap).
    text = "一二三，四五六七。八"
    found = break_lines(text, widths(text), 8.6 * EM, ems=ems(text), tolerance=EM / 32)
    first = text[found[0].start : found[0].end]
    assert first == "一二三，四五六七。"
    assert found[0].width <= 8.6 * EM + 1e-6


def test_no_box_reaches_past_the_measure():
    text = "坚持高质量发展这个新时代的硬道理，全面落实“四个走在前”的要求，“五子”联动服务。" * 3
    for width in range(5, 20):
        for line in break_lines(text, widths(text), width * EM, ems=ems(text)):
            if line.positions:
                right = line.positions[-1] + widths(text)[line.ink_end - 1]
                assert right <= width * EM + 1e-6


def test_adjacent_marks_share_one_blank_half():
    text = "协同，“北京”。"
    shrink, squeeze = punctuation_spacing(text, ems(text))
    assert shrink[2] == EM / 2  # ， before “
    assert shrink[6] == EM / 2  # ” before 。
    assert shrink[3] == 0 and squeeze[3] == EM / 2  # “ before a character


def test_a_shared_half_is_restored_when_the_mark_ends_a_line():
    text = "一二三四五六七，“八九”"
    found = break_lines(text, widths(text), 8 * EM, ems=ems(text))
    assert text[found[0].start : found[0].end] == "一二三四五六七，"
    assert found[0].width == pytest.approx(8 * EM)


def test_a_box_wider_than_the_line_is_split_rather_than_overflowing():
    text = "A" * 40
    found = break_lines(text, widths(text), 5 * EM)
    assert all(line.width <= 5 * EM + 1e-6 for line in found)
    assert "".join(text[line.start : line.end] for line in found) == text


def test_balanced_width_evens_out_a_centred_title():
    text = "关于朝阳区2024年国民经济和社会发展计划上半年执行情况的报告"
    full = 20 * EM
    balanced = balanced_width(text, widths(text), full, ems=ems(text))
    found = break_lines(text, widths(text), balanced, ems=ems(text), justify=False)
    assert len(found) == len(break_lines(text, widths(text), full, justify=False))
    assert abs(found[0].width - found[1].width) < 2 * EM


def test_empty_text_gives_one_empty_line():
    assert [(line.start, line.end) for line in break_lines("", [], 100)] == [(0, 0)]


def test_widths_must_match_the_text():
    with pytest.raises(ValueError):
        break_lines("一二", [EM], 100)


def _worst_gap(text: str, found) -> float:
    """The widest gap between neighbouring characters beyond their advances, in points."""
    worst = 0.0
    for line in found[:-1]:
        for k in range(len(line.positions) - 1):
            advance = widths(text)[line.start + k]
            worst = max(worst, line.positions[k + 1] - line.positions[k] - advance)
    return worst


def test_a_paragraph_broken_as_a_whole_spreads_what_one_line_would_stretch():
    # First fit: line 1 full, line 2 two ems short (the number and its unit do
    # not fit after it).  Broken as a whole, 癸 moves down: one em short each.
    text = "甲乙丙丁戊己庚辛壬癸" + "子丑寅卯甲乙丙丁" + "123456元。" + "天地玄黄宇宙洪荒"
    first_fit = break_lines(text, widths(text), 10 * EM, ems=ems(text))
    whole = break_lines(text, widths(text), 10 * EM, ems=ems(text), tolerance=EM / 32)
    assert [text[line.start : line.end] for line in whole][:2] == [
        "甲乙丙丁戊己庚辛壬",
        "癸子丑寅卯甲乙丙丁",
    ]
    assert _worst_gap(text, whole) < _worst_gap(text, first_fit) / 2
    assert "".join(text[line.start : line.end] for line in whole) == text


def test_lines_that_fit_keep_their_marks_whole_on_the_grid():
    text = "甲乙丙丁，戊己庚辛，" * 4  # every line of ten fits exactly
    found = break_lines(text, widths(text), 10 * EM, ems=ems(text), tolerance=EM / 32)
    for line in found:
        assert line.positions == tuple(k * EM for k in range(len(line.positions)))


def test_half_width_punctuation_everywhere_when_always():
    text = "甲乙，丙丁。戊"
    shrink, squeeze = punctuation_spacing(text, ems(text), always=True)
    assert shrink[2] == shrink[5] == EM / 2
    assert not any(squeeze)


def test_a_number_leaves_its_unit_only_when_nothing_else_keeps_the_line_even():
    # The paragraph's first line: eight characters, then 3509处 (three ems) does not
    # fit a ten-em line.  Kept whole it would stretch by two ems over seven gaps;
    # the number ends the line and its unit starts the next instead.
    text = "甲乙丙丁戊己庚辛3509处城市家具治理提升"
    first_fit = break_lines(text, widths(text), 10 * EM, ems=ems(text))
    whole = break_lines(text, widths(text), 10 * EM, ems=ems(text), tolerance=EM / 32)
    assert text[first_fit[0].start : first_fit[0].end] == "甲乙丙丁戊己庚辛"
    assert text[whole[0].start : whole[0].end] == "甲乙丙丁戊己庚辛3509"
    assert text[whole[1].start] == "处"
    assert _worst_gap(text, whole) == pytest.approx(0.0, abs=1e-6)


def test_a_number_keeps_its_unit_when_the_line_stretches_only_a_little():
    # A long line one em short stretches by under twice the tolerance per gap:
    # cheaper than parting 3509 from 处.
    text = "甲" * 39 + "3509处" + "乙" * 30
    found = break_lines(text, widths(text), 40 * EM, ems=ems(text), tolerance=EM / 64)
    assert text[found[0].start : found[0].end] == "甲" * 39
    assert 0 < _worst_gap(text, found) < EM / 32


def test_split_points_fall_between_a_number_and_its_unit_and_inside_the_unit_only():
    text = "浓度11.8微克/立方米，增长99.5%"
    points = split_points(text, atoms(text))
    assert points[text.index("微")] < points[text.index("立")]  # number|unit is cheapest
    assert text.index("/") not in points  # a slash never starts a line
    assert not any(text.index("11.8") < at <= text.index("8微") for at in points)
    assert not any(at > text.index("长") for at in points)  # 99.5% stays whole


def test_a_long_web_address_may_break_after_its_separators():
    text = "详见https://www.example.gov.cn/zwgk/2025/plan.html网站"
    points = split_points(text, atoms(text))
    assert points
    assert all(text[at - 1] in "/.-_&:=?" for at in points)
    assert not split_points("型号ABC-123", atoms("型号ABC-123"))  # a short code stays whole


@pytest.mark.parametrize("balance", [False, True])
@pytest.mark.parametrize("width", [4, 5, 6, 7, 8])
def test_the_rules_hold_for_web_residue_and_table_cells(width, balance):
    # Doubled opening marks left by a web page, a cell starting with a closing
    # mark and a unit: whatever the text, no line starts or ends badly (in any
    # measure its widest box fits, as a table column always is).
    for text in ("前往《《朝阳》》发布会“（一）”", "/月、元/吨，）”续", "甲“《乙》”丙（（丁））"):
        found = break_lines(
            text, widths(text), width * EM, ems=ems(text), justify=False, balance=balance
        )
        lines = [text[line.start : line.end] for line in found]
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in NO_START, lines
        for line in lines[:-1]:
            assert line.rstrip()[-1] not in NO_END, lines


@pytest.mark.parametrize("width", [3, 4, 5, 6, 7])
def test_a_box_wider_than_the_line_is_split_where_the_rules_allow(width):
    text = "见www.example.gov.cn/zwgk/2025/plan.html"
    found = break_lines(text, widths(text), width * EM)
    lines = [text[line.start : line.end] for line in found]
    assert "".join(lines) == text
    assert all(line[0] not in NO_START for line in lines[1:]), lines
