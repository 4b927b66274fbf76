"""The appendix's column policy counts wrapping cells by bisection and distinct cells:
the same answers as looking at every cell."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from reportpress.editions import columns

WIDTHS = st.lists(st.integers(min_value=1, max_value=120).map(lambda n: n / 2), max_size=60)


@given(WIDTHS, st.integers(min_value=2, max_value=80).map(lambda n: n / 2))
def test_lone_last_characters_counted_over_the_wide_cells_only(cells, width):
    usable = width - columns.CELL_AIR_EMS
    every = (
        len(cells)
        if usable <= 1
        else sum(0 < e - math.floor(e / usable) * usable <= 1 for e in cells if e > usable)
    )
    assert columns._lone_last_chars(sorted(cells), width) == every


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
