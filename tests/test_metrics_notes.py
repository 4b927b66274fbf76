"""A bracketed note after a budget figure (issue 15): its parts, and what follows it.

Budget reports give a total's parts in a note right after it, with or without 其中
(收入8.2亿元（其中县本级6.1亿元）, 收入8.2亿元（县本级6.1亿元）), and go on with the
total's growth after the note.  Each example is invented in the genre's words.
"""

from __future__ import annotations

import pytest
from mention_names import names


@pytest.mark.parametrize(
    "note",
    [
        "（其中县本级6.1亿元）",
        "（县本级6.1亿元）",
        "(其中:县本级6.1亿元)",
        "（其中：税收收入6.1亿元）",
    ],
)
def test_a_clause_after_a_note_speaks_of_the_figure_the_note_is_about(note: str) -> None:
    text = f"全县一般公共预算收入完成8.2亿元{note}，同比增长5%。"
    assert names(text)[-1] == ("5%", "一般公共预算收入")


def test_a_note_holding_several_parts_is_skipped_whole() -> None:
    text = "全县一般公共预算收入完成8.2亿元（其中：税收收入6.1亿元、非税收入2.1亿元），增长5%。"
    assert names(text)[-1] == ("5%", "一般公共预算收入")


def test_without_a_note_the_clause_follows_the_figure_just_before() -> None:
    # 其中 without brackets: the growth may be the part's; it keeps the part's name.
    text = "全县一般公共预算收入完成8.2亿元，其中税收收入6.1亿元，增长5%。"
    assert names(text)[-1] == ("5%", "税收收入")


def test_a_scope_alone_in_a_note_is_that_part_of_the_figure_before() -> None:
    text = "全市一般公共预算收入完成58.2亿元（市本级36.1亿元）。"
    assert names(text)[-1] == ("36.1亿元", "市本级一般公共预算收入")
    text = "全市一般公共预算收入完成58.2亿元(市级36.1亿元、区县级22.1亿元)。"
    assert names(text)[1:] == [
        ("36.1亿元", "市级一般公共预算收入"),
        ("22.1亿元", "区县级一般公共预算收入"),
    ]


def test_a_count_or_a_closed_note_elsewhere_is_left_alone() -> None:
    # A note that closed before the figure it precedes lends nothing it did not before.
    text = "新建学校3所（其中小学2所），新增学位2400个。"
    assert names(text)[-1] == ("2400个", "新增学位")
    # A count's part in a note named by a place keeps its own name (the thing counted);
    # one named by a level alone is a part of the count (round 38: 市级 alone said nothing).
    assert names("全市建成示范区5个（城区3个）。")[-1] == ("3个", "城区")
    assert names("全市建成示范区5个（市级3个）。")[-1] == ("3个", "市级建成示范区")
