"""The appendix's column policy: wrapping cells counted by bisection and distinct cells
(the same answers as looking at every cell), and columns narrowed so few wrap to one character."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportpress.editions import columns

PIECES = st.lists(st.integers(min_value=1, max_value=8).map(lambda n: n / 2), max_size=30)


def _name(pieces: list[float]) -> columns._Name:
    return columns._Name(sum(pieces), tuple(pieces))


def _wraps_to_one_character(pieces: list[float], usable: float) -> bool:
    """Lines filled one piece at a time, a piece that overflows starting the next line:
    more than one line, the last ≤ 1 em."""
    lines: list[list[float]] = [[]]
    for piece in pieces:
        if lines[-1] and sum(lines[-1]) + piece > usable:
            lines.append([])
        lines[-1].append(piece)
    return len(lines) > 1 and sum(lines[-1]) <= 1


@given(st.lists(PIECES, max_size=40), st.integers(min_value=2, max_value=80).map(lambda n: n / 2))
def test_lone_last_characters_counted_over_the_wide_cells_only(cells, width):
    usable = width - columns.CELL_AIR_EMS
    names = sorted(map(_name, cells))
    every = (
        len(cells)
        if usable <= 1
        else sum(_wraps_to_one_character(pieces, usable) for pieces in cells)
    )
    assert columns._lone_last_chars(names, width) == every


def test_a_name_wrapping_to_one_character_is_narrowed_to_wrap_evenly():
    """A 19-character name on lines of 18 leaves one alone: the indicator column narrows
    until a line holds 17 (two on the last line), its difference going to the last
    column; the value, unit and kind columns keep their widths."""
    header = ("指标", "数值", "单位", "类型", "出处")
    rows = [("加入数据要素生态合作伙伴共建计划的企业", "69", "家", "数量", "一/（二）")] * 3
    air = columns.CELL_AIR_EMS
    short = sum(columns.column_widths(100.0, header, rows, nudge=False)[1:])
    total = 18.2 + air + short  # 18 characters fit the indicator's lines
    plain = columns.column_widths(total, header, rows, nudge=False)
    assert int(plain[0] - air) == 18
    nudged = columns.column_widths(total, header, rows)
    assert int(nudged[0] - air) == 17
    assert nudged[1:4] == plain[1:4]
    assert sum(nudged) == pytest.approx(total)


def test_a_column_cut_to_fit_is_narrowed_too():
    """A section column of long heading texts, cut to leave the indicator its share,
    narrows where fewer of its cells wrap to one character; the indicator takes the rest."""
    header = ("指标", "数值", "单位", "类型", "出处")
    section = "二〇二五年工作回顾和二〇二六年工作安排"  # 19 characters
    rows = [("地区生产总值", "5.2", "%", "增减率（增）", section)] * 2
    for total in (30.0, 31.0, 32.0, 33.0, 34.0):
        widths = columns.column_widths(total, header, rows)
        assert columns._lone_last_chars([columns._name(section, columns.text_ems)], widths[4]) == 0
        assert widths[0] >= columns.MIN_INDICATOR_SHARE * total - 1e-9
        assert sum(widths) == pytest.approx(total)


@given(st.text(alphabet="0123456789.%-万亿元个“”、—增减率（）/一二", max_size=12))
def test_a_cells_width_is_the_same_for_ascii_and_other_text(text):
    narrow = sum(1 for c in text if c in "0123456789.%-/")
    assert columns.text_ems(text) == len(text) - narrow / 2


def test_repeated_short_cells_give_the_widths_of_distinct_ones():
    header = ("指标", "数值", "单位", "类型", "出处")
    rows = [("地区生产总值", "1800", "亿元", "总量", "一/（一）")] * 5 + [
        ("粮食产量增长率", "3.5", "%", "增减率（增）", "二/（三）")
    ]
    assert columns.column_widths(28.0, header, rows) == columns.column_widths(
        28.0, header, list(dict.fromkeys(rows))
    )
