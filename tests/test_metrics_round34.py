"""Round 34 (issue 15): classes the judges of test72 to test74 named, and shapes of the
genre beside them; each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions
from reportpress.metrics.dataset import period_before


def names(text: str) -> list[str]:
    return [m.indicator for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name", "period"),
    [
        ("1-9月审结各类案件6120件。", "审结各类案件", "1-9月"),
        ("1—11月份地税收入18200万元。", "地税收入", "1—11月"),
        ("1~7月工业投资9500万元。", "工业投资", "1~7月"),
    ],
)
def test_a_span_of_months_opening_a_name_is_its_period_not_its_name(
    text: str, name: str, period: str
) -> None:
    found = find_mentions(text)
    assert [m.indicator for m in found] == [name]
    assert period_before(text, found[0].start) == period  # the dataset's period column


def test_periods_that_tell_listed_figures_apart_stay_in_their_names() -> None:
    assert names("一季度和上半年全市出口分别增长4%、5%。") == ["一季度出口", "上半年出口"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支出增长的主要原因是教育补助增加2.1亿元。", "教育补助增加"),
        ("支出减少的原因是债务付息支出减少0.6亿元。", "债务付息支出减少"),
        ("非税收入增收主要是国有资源有偿使用收入增加3000万元。", "国有资源有偿使用收入增加"),
    ],
)
def test_a_cause_clause_is_no_part_of_the_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_the_same_beds_again_are_not_named_twice() -> None:
    assert names("床位31.5万张，比上年增长6.4%。") == ["床位", "床位"]


def test_a_parts_growth_is_named_as_the_part() -> None:
    text = "一般公共预算收入12亿元，其中县本级9亿元，比上年增长6%，园区3亿元，下降2%。"
    assert names(text) == [
        "一般公共预算收入",
        "县本级一般公共预算收入",
        "县本级一般公共预算收入",
        "园区一般公共预算收入",
        "园区一般公共预算收入",
    ]


def test_an_averaged_speed_is_of_the_figure_before() -> None:
    assert names("全市降低耗材采购成本2300万元，平均降幅7.1%。") == [
        "降低耗材采购成本",
        "耗材采购成本平均降幅",
    ]
    assert names("全县生产总值86亿元，年均增速6.3%。") == ["生产总值", "生产总值年均增速"]


def test_speeds_listed_after_a_list_are_each_figures_own() -> None:
    text = "城乡居民人均可支配收入分别达41020元、21300元，年均增速6.1%、7.8%。"
    assert names(text)[2:] == [
        "城镇居民人均可支配收入年均增速",
        "农村居民人均可支配收入年均增速",
    ]


def test_a_topic_doing_well_owns_the_bare_measure_after_it() -> None:
    assert names("中小企业增势良好，1-4月实现增加值41.3亿元，同比增长8.2%。") == [
        "中小企业增加值",
        "中小企业增加值",
    ]
    assert names("文旅企业发展势头良好，实现利润2.7亿元。") == ["文旅企业利润"]
