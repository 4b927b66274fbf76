"""Round 54 (issue 15, twenty-seventh session): classes left by the judged rows of
test251–266 that the rules still named as judged; each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import assert_named

from reportpress.metrics import find_mentions


def test_a_two_reading_gloss_with_spaces_is_read_past() -> None:
    text = "全省公路养护里程30.5万公里，占公路总里程比重为(wéi / wèi)98.2%。"
    assert_named(text, [("98.2%", "公路养护里程占公路总里程比重")])


def test_vehicle_kilometres_are_a_unit() -> None:
    (mention,) = find_mentions("全市机动车年平均行驶量为2.6万车公里/日。")
    assert (mention.text, mention.unit, mention.kind) == ("2.6万车公里/日", "万车公里/日", "amount")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5月全县用电量3.2亿千瓦时，由去年同期下降4.1%转为增长12.5%，两年平均增长3.8%。",
            [("4.1%", "5月用电量"), ("12.5%", "5月用电量"), ("3.8%", "5月用电量两年平均增速")],
        ),
        (
            "一季度，全区社会消费品零售总额20亿元，由上年的下降转为增长6.1%。",
            [("6.1%", "社会消费品零售总额")],
        ),
    ],
)
def test_a_clause_opening_with_the_year_before_turned_from_is_the_measure_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2．各县区1—9月工业投资增速后三名：青山县下降2.5%，河口区下降8.1%，"
            "城关区（不含开发区）下降12%。",
            [
                ("2.5%", "青山县工业投资增速"),
                ("8.1%", "河口区工业投资增速"),
                ("12%", "城关区工业投资增速"),
            ],
        ),
        (
            "各市中，全市规模以上工业增加值增速前三位的是：甲市增长9.1%、乙市增长8.2%。",
            [("9.1%", "甲市规模以上工业增加值增速"), ("8.2%", "乙市规模以上工业增加值增速")],
        ),
        # a place listed with its measure keeps it
        (
            "全市工业增加值增速前二名：高新区工业增加值增长12%，城关区增长9%。",
            [("12%", "高新区工业增加值"), ("9%", "城关区工业增加值增速")],
        ),
    ],
)
def test_places_listed_after_a_ranking_header_take_its_measure(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2020年，全省第一、二、三产业从业人员分别为1200万人、1500万人和2100万人。",
            [
                ("1200万人", "第一产业从业人员"),
                ("1500万人", "第二产业从业人员"),
                ("2100万人", "第三产业从业人员"),
            ],
        ),
        (
            "第二、三产业投资分别增长5.1%和6.2%。",
            [("5.1%", "第二产业投资"), ("6.2%", "第三产业投资")],
        ),
    ],
)
def test_ordinals_sharing_one_di_are_each_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


def test_counts_of_a_wholes_things_by_their_move() -> None:
    text = "在监测的40个品种中，上涨的有22种，占55%；下跌的有15种，占37.5%；持平3种，占7.5%。"
    assert_named(
        text,
        [
            ("22种", "上涨品种"),
            ("55%", "上涨品种占比"),
            ("15种", "下跌品种"),
            ("37.5%", "下跌品种占比"),
            ("3种", "持平品种"),
            ("7.5%", "持平品种占比"),
        ],
    )


def test_a_growth_rate_is_a_change_but_a_natural_one_per_mille() -> None:
    got = {
        m.text: (m.kind, m.direction)
        for m in find_mentions("全市生产总值增长率为5.2%，人口自然增长率为3.1‰，增长率为2.2‰。")
    }
    assert got == {"5.2%": ("change", "up"), "3.1‰": ("level", ""), "2.2‰": ("level", "")}


def test_figures_listed_by_region_after_a_measure_written_once() -> None:
    text = (
        "粮食产量东部地区4000万吨、中部地区3200万吨、西部地区3700万吨，增长率分别为2.3%、3.4%和4.1%，"
        "分别提高了1.2、0.9和0.6个百分点。"
    )
    assert_named(
        text,
        [
            ("4000万吨", "东部地区粮食产量"),
            ("3200万吨", "中部地区粮食产量"),
            ("3700万吨", "西部地区粮食产量"),
            ("2.3%", "东部地区粮食产量增长率"),
            ("4.1%", "西部地区粮食产量增长率"),
            ("0.6个百分点", "西部地区粮食产量增长率"),
        ],
    )
