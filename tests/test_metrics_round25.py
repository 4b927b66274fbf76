"""Round 25 (issue 15): the classes a fresh held-out part (test12) showed, each example
invented.

A point change named by its verb alone; a pull of growth; a growth written as a noun
after its rate; a toneless pinyin gloss; a list opener; a capacity of each stuff listed.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.indicator, m.kind, m.direction) for m in find_mentions(text)]


@pytest.mark.parametrize("verb", ["上升了", "提高", "回落"])
def test_a_point_change_named_by_its_verb_alone_is_of_the_rate_before(verb: str) -> None:
    found = names(f"第三产业对经济增长的贡献率达60%，{verb}2个百分点。")
    assert found == ["第三产业对经济增长的贡献率"] * 2


def test_an_absolute_change_keeps_its_verb() -> None:
    assert names("地区生产总值增加5亿元，增加了3%。") == ["地区生产总值增加", "地区生产总值"]


def test_a_pull_is_a_pull_of_growth() -> None:
    assert names("第二产业拉动经济增长0.2个百分点。") == ["第二产业拉动经济增长"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地区生产总值实现7%的较快增长。", ("7%", "地区生产总值", "change", "up")),
        ("全县经济保持6.5%的平稳增长。", ("6.5%", "经济", "change", "up")),
    ],
)
def test_a_growth_written_as_a_noun_after_its_rate_is_a_change(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


def test_a_share_before_a_noun_stays_a_share() -> None:
    assert rows("96.2%的养老机构开展医养结合。")[0][2] == "share"


def test_a_toneless_pinyin_gloss_is_read_past() -> None:
    assert rows("一般公共预算收入增(zeng)长(zhang)5%。") == [
        ("5%", "一般公共预算收入", "change", "up")
    ]
    # a unit or an abbreviation in brackets is no gloss
    assert names("国内生产总值（gdp）增长5%。") == ["国内生产总值"]


def test_a_list_opener_is_no_part_of_a_name() -> None:
    found = names("税收收入8亿元，主要包括印花税2亿元、契税3亿元。")
    assert found == ["税收收入", "印花税", "契税"]


def test_a_capacity_after_a_list_is_each_stuffs() -> None:
    found = names("形成10万吨化肥、5万吨尿素的生产能力。")
    assert found == ["化肥生产能力", "尿素生产能力"]
    # a verb phrase after a list of counts is still shared as a predicate
    assert names("4个保种场、3个育种场开展测定。") == ["开展测定保种场", "开展测定育种场"]


def test_a_growth_noun_without_a_subject_is_the_clause_befores_topic() -> None:
    found = rows("固定资产投资摆脱连续两年下行强势回升，实现8%的快速增长。")
    assert found == [("8%", "固定资产投资", "change", "up")]


# ---- round 26: the rest of test12's classes and test13's, each example invented ----------


def test_an_exchange_rate_note_is_no_figure_and_the_converted_sum_is_the_measures() -> None:
    text = "人均地区生产总值达到18.8万元，按当年平均汇率（1美元兑6.2元人民币）折合3.02万美元。"
    assert rows(text) == [
        ("18.8万元", "人均地区生产总值", "amount", ""),
        ("3.02万美元", "人均地区生产总值（折美元）", "amount", ""),
    ]
    assert names("人均生产总值6.3万元，折合9000美元。")[-1] == "人均生产总值（折美元）"
    assert names("实际利用外资1.2亿美元。") == ["实际利用外资"]


def test_the_reports_own_categories_counted_before_a_colon_are_no_figure() -> None:
    found = names("上涨的五类是：食品类上涨4.5%（其中粮食类上涨1.1%），烟酒类上涨2.1%。")
    assert found == ["食品类价格", "粮食类价格", "烟酒类价格"]


def test_a_gloss_written_twice_is_read_past() -> None:
    found = rows("一般公共预算收入增（zeng）（zeng）长（zhang）(zhang)6.6%。")
    assert found == [("6.6%", "一般公共预算收入", "change", "up")]


def test_what_came_in_is_no_adjusted_budget() -> None:
    found = names("一般公共预算收入调整为36.8亿元，实际收入37.8亿元，增长17.9%。")
    assert found == ["调整后一般公共预算收入", "一般公共预算实际收入", "一般公共预算实际收入"]


def test_a_budget_adjustment_is_a_change_of_the_budget_before() -> None:
    found = names("预算总支出由20亿元调整为21亿元，调增1亿元。")
    assert found[-1] == "预算总支出调增"


def test_every_sector_of_a_list_written_first_two_three_keeps_its_ordinal() -> None:
    found = names("第一、二、三产业增加值占地区生产总值的比重分别为10%、40%、50%。")
    assert [n[:4] for n in found] == ["第一产业", "第二产业", "第三产业"]


def test_a_growth_after_a_share_is_the_sums() -> None:
    found = rows("非税收入2亿元，占财政收入20%，同比下降5%。")
    assert found[-1] == ("5%", "非税收入", "change", "down")
    # points after a share are the share's
    assert names("民营经济增加值占GDP比重达到55%，提高2个百分点。")[-1].endswith("比重")


def test_a_completion_after_a_bracketed_breakdown_is_the_wholes() -> None:
    text = "一般公共预算收入50亿元（区本级40亿元，开发区10亿元），完成预算的101%。"
    assert rows(text)[-1] == ("101%", "一般公共预算收入", "completion", "")


def test_the_reports_scope_after_a_period_is_no_part_of_the_name() -> None:
    assert names("一季度和上半年全市出口分别增长5%、6%。") == ["一季度出口", "上半年出口"]


def test_a_sum_put_into_a_fund_keeps_its_verb() -> None:
    assert names("安排预算稳定调节基金2亿元。") == ["安排预算稳定调节基金"]
    assert names("设立产业引导基金5亿元。") == ["设立产业基金"]  # the verb once


def test_changes_after_a_bracketed_breakdown_are_the_wholes() -> None:
    text = (
        "一般公共预算收入完成78亿元（县本级60亿元，高新区18亿元），完成调整预算的102%，"
        "同比增收2亿元，增长6.7%。"
    )
    assert names(text)[-2:] == ["一般公共预算收入增收", "一般公共预算收入"]


def test_an_increase_in_bare_wan_is_of_the_sum_before() -> None:
    found = names("地方一般公共预算收入完成30161万元，同比增长14.6%，增收4376万。")
    assert found[-1] == "地方一般公共预算收入增收"


def test_a_slowdown_in_points_against_a_year_is_a_decline_of_the_growth() -> None:
    found = rows("规模以上工业增加值增长7.2%，增速比2021年减低2.2个百分点。")
    assert found[-1] == ("2.2个百分点", "规模以上工业增加值增速", "pp", "down")


def test_first_places_counted_are_no_figure() -> None:
    assert [r[0] for r in rows("财政收入实现三个全市第一，其中：总量26.42亿元。")] == ["26.42亿元"]
    # things counted whose measure ranks first are still counted
    assert [r[0] for r in rows("80多种产品产能全国第一。")] == ["80多种"]


def test_a_period_of_an_earlier_plan_is_no_name() -> None:
    text = "五年完成全社会固定资产投资201亿元，“九五”时期增长1.5倍，比“九五”末增长1.2倍。"
    assert names(text) == ["全社会固定资产投资"] * 3


def test_levels_of_a_fund_budget_are_that_budgets() -> None:
    text = (
        "全省政府性基金预算收入1014亿元，下降24.9%，其中：省本级收入12.7亿元，市县级收入1001亿元。"
    )
    assert names(text)[2:] == ["省本级政府性基金预算收入", "市县级政府性基金预算收入"]


def test_a_price_basis_opening_a_clause_is_no_part_of_its_subject() -> None:
    found = names("地区生产总值增长11.53%，按可比价计算增速高于全省3.2个百分点。")
    assert found[-1] == "地区生产总值增速高于全省"
    assert names("按可比价格计算的工业增加值增长8%。") == ["工业增加值"]
