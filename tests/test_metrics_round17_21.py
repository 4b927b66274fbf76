"""Rounds 17 to 21 (issue 15): shapes a fresh held-out part showed, each example invented.

比增/比降 as growth; a label before a colon naming the line's figures; a qualifier
clause between a figure and its growth; a basis written after the name.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.indicator, m.kind, m.direction) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市地区生产总值520亿元，比增5.5%。", ("5.5%", "地区生产总值", "change", "up")),
        ("规上工业增加值同比增8.1%。", ("8.1%", "规上工业增加值", "change", "up")),
        ("社会消费品零售总额比降2.3%。", ("2.3%", "社会消费品零售总额", "change", "down")),
    ],
)
def test_bi_zeng_and_bi_jiang_are_growth_and_decline(text: str, expected: tuple) -> None:
    assert rows(text)[-1] == expected


def test_a_list_growing_bi_zeng_each_item_its_own() -> None:
    found = rows("财政收入3亿元、零售额9亿元，分别比增4%和6%。")
    assert [r[1:3] for r in found[2:]] == [("财政收入", "change"), ("零售额", "change")]


def test_a_label_before_a_colon_names_the_figures_of_its_line() -> None:
    text = "财政收入：完成8亿元，增长5%;限额以上投资：完成20亿元，增长9%。"
    assert [r[1] for r in rows(text)] == ["财政收入", "财政收入", "限额以上投资", "限额以上投资"]
    assert rows("地区生产总值：预计完成520亿元，增长6%。")[0][1] == "地区生产总值"


def test_a_heading_before_a_colon_is_no_label_of_a_count() -> None:
    # not Han alone (a numbered heading): the name stays as the rules left it
    assert rows("一、主要指标完成情况：完成12项。")[0][1] == "完成"


@pytest.mark.parametrize("basis", ["剔除退税因素后", "扣除留抵退税因素后"])
def test_a_basis_clause_between_a_figure_and_its_growth_is_skipped(basis: str) -> None:
    text = f"全县一般公共预算收入5.2亿元，{basis}，可比增长7%。"
    assert rows(text)[-1] == ("7%", "一般公共预算收入", "change", "up")


def test_a_basis_written_after_the_name_is_no_part_of_it() -> None:
    text = "全市一般公共预算收入剔除虚增空转因素后完成10.4亿元。"
    assert rows(text)[0][1] == "一般公共预算收入"


# ---- round 18: the rest of the same part's classes, each example invented ----------------


def test_a_lists_verb_of_planting_or_paving_is_shared_by_its_items() -> None:
    assert [r[1] for r in rows("种植核桃2000亩、花椒300亩。")] == ["种植核桃", "种植花椒"]
    assert [r[1] for r in rows("养殖生猪2万头、肉牛3000头。")] == ["养殖生猪", "养殖肉牛"]


def test_a_part_a_note_includes_is_named_without_the_including_word() -> None:
    assert rows("政府性基金支出50亿元（含代列支出2亿元），下降3%。")[1][1] == "代列支出"
    assert rows("全市债务余额80亿元(含置换债券20亿元)。")[1][1] == "置换债券"
    # 含税 is a term, not a note
    assert rows("含税销售收入120亿元。")[0][1] == "含税销售收入"


def test_a_balance_after_the_balancing_clause_is_of_the_fund_before() -> None:
    text = "社保基金收入30亿元，支出29.6亿元，收支相抵，年终结余0.4亿元。"
    assert rows(text)[-1][:2] == ("0.4亿元", "社保基金年终结余")


# ---- round 19: a target written after the figure it is set for -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "地区生产总值增长5.5%左右，预期目标为6%。",
            ("6%", "地区生产总值增长预期目标", "change", "up"),
        ),
        (
            "规上工业增加值增长6%（预期目标8%）。",
            ("8%", "规上工业增加值增长预期目标", "change", "up"),
        ),
        (
            "工业增加值增长6%，高于全省1个百分点，排名全省第2位（预期目标为8%以上）。",
            ("8%以上", "工业增加值增长预期目标", "change", "up"),
        ),
        ("城镇调查失业率5.2%，目标为5.5%以内。", ("5.5%以内", "城镇调查失业率目标", "level", "")),
    ],
)
def test_a_target_after_its_figure_is_that_figures_target(text: str, expected: tuple) -> None:
    assert rows(text)[-1] == expected


def test_a_completion_of_a_target_keeps_its_name() -> None:
    assert rows("完成年度目标的105%。")[0][1:3] == ("完成年度目标", "completion")


def test_a_bare_price_takes_the_thing_of_the_figure_before() -> None:
    # (the quantity a price is for is no part of its name: round 49, as 为每500克 in round 48)
    assert rows("茶叶产量1.2万吨，均价每公斤80元。")[-1][1] == "茶叶均价"
    assert rows("商品房销售面积50万平方米，均价8000元。")[-1][1] == "商品房销售均价"


def test_a_budget_a_figure_is_set_against_names_nothing_itself() -> None:
    """为预算调整数的101%: the completion of the measure before, and the growth after it too."""
    found = rows("非税收入5亿元，为预算调整数的101%，同比增长2%。")
    assert found[1:] == [("101%", "非税收入", "completion", ""), ("2%", "非税收入", "change", "up")]
    # a budget's own name keeps its 预算
    assert rows("一般公共预算收入完成12亿元，为预算的103%。")[0][1] == "一般公共预算收入"
