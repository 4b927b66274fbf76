"""Round 46 (issue 15, nineteenth session): classes still failing in the judged rows of
test188 and test189 (and one of test160); each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import indicators, names

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "named", "direction"),
    [
        # the growth rate fell from positive to negative: its speed's points
        ("全区工业投资下降4.1%，比1-3月回落11.5个百分点。", "工业投资增速", "down"),
        ("全区工业投资下降4.1%，比1-3月回升2.5个百分点。", "工业投资增速", "up"),
        # a decline said to narrow or widen: the decline's points
        ("全区工业投资下降4.1%，比1-3月收窄2.5个百分点。", "工业投资降幅", "down"),
        ("全区工业投资下降4.1%，降幅比1-3月扩大2.5个百分点。", "工业投资降幅", "up"),
    ],
)
def test_points_after_a_decline_are_the_growth_rates_unless_the_decline_narrows(
    text: str, named: str, direction: str
) -> None:
    points = [m for m in find_mentions(text) if m.unit == "个百分点"]
    assert [(m.indicator, m.direction) for m in points] == [(named, direction)]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "全区规模以上文化企业实现营业收入（错月指标）56.2亿元，同比增长8.1%。",
            "规模以上文化企业营业收入",
        ),
        ("全县实现地区生产总值（初步核算数）88.6亿元，增长5.1%。", "地区生产总值"),
        ("全市社会消费品零售总额（快报数）120亿元。", "社会消费品零售总额"),
    ],
)
def test_a_note_on_how_final_a_figure_is_is_no_part_of_its_name(text: str, named: str) -> None:
    assert set(indicators(text)) == {named}


def test_a_measure_said_to_equal_another_is_named_alone() -> None:
    assert indicators("2020年全县用水总量与供水总量持平，为3.15亿立方米，比上年少1.2%。") == [
        "用水总量",
        "用水总量",
    ]
    assert indicators("2020年全县用水总量与供水总量持平为3.15亿立方米。") == ["用水总量"]
    # a speed alone said to equal one before names no topic: the pull stays the industry's
    assert names("第二产业增加值210亿元，增长6.2%，增速与上年持平，拉动经济增长2.9个百分点。") == [
        ("210亿元", "第二产业增加值"),
        ("6.2%", "第二产业增加值"),
        ("2.9个百分点", "第二产业拉动经济增长"),
    ]


def test_the_years_a_normal_value_is_the_mean_of_are_no_name() -> None:
    assert names("全县平均降水量1320毫米，比多年平均值（1961-2010年）偏少8.2%。") == [
        ("1320毫米", "平均降水量"),
        ("8.2%", "平均降水量"),
    ]


def test_a_list_closed_by_deng_before_its_head_names_each_part() -> None:
    assert indicators("其中，教育、卫生健康、农林水等支出增速分别为6.1%、9.3%、-2.4%。") == [
        "教育支出增速",
        "卫生健康支出增速",
        "农林水支出增速",
    ]
    # 同比 before the speed
    assert indicators("其中，教育、农林水等支出同比增速分别为6.1%、-2.4%。") == [
        "教育支出增速",
        "农林水支出增速",
    ]
    # the places counted again after 等
    assert indicators("甲县、乙县、丙县等三个重点县（市）税收收入分别增长5.2%、6.3%和7.4%。") == [
        "甲县税收收入",
        "乙县税收收入",
        "丙县税收收入",
    ]
    # goods of a kind before their price: the kind stays (round 45's rule)
    assert indicators("重点监测的白菜、萝卜等蔬菜价格每公斤均价分别为：2元、3元。") == [
        "白菜价格每公斤均价",
        "萝卜价格每公斤均价",
    ]


def test_parts_with_a_bracketed_number_are_parts_of_the_whole_before() -> None:
    assert names("全县共有水库40座，其中中型2座，小（1）型9座，小（2）型29座。") == [
        ("40座", "水库"),
        ("2座", "水库中中型"),
        ("9座", "水库中小（1）型"),
        ("29座", "水库中小（2）型"),
    ]
