"""Round 56 of the metrics rules (issue 15): rules written from rows the held-out judges had
found wrong and that were still wrong.  Invented examples, in the genre's shapes."""

from __future__ import annotations

import pytest
from mention_names import named

from reportpress.metrics import find_mentions


def test_a_doubled_comma_is_read_as_one():
    # Pages converted between scripts double their marks (局面，。项目12个，，总投资…); the
    # rules that lend a count's bodies their sums look at one comma.
    once = named("全县新开工重点项目36个，计划投资58.2亿元，完成投资21.4亿元。")
    twice = named("全县新开工重点项目36个，，计划投资58.2亿元，，完成投资21.4亿元。")
    assert twice == once
    assert twice["58.2亿元"] == "新开工重点项目计划投资"
    # The text as written is kept: the mention is where it was.
    text = "新开工重点项目36个，，计划投资58.2亿元"
    found = find_mentions(text)
    assert [text[m.start : m.end] for m in found] == ["36个", "58.2亿元"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "某县永丰矿业有限公司位于城关镇石桥村，占地面积62亩，建筑面积3800平方米，主要生产石英砂。",
            {"62亩": "某县永丰矿业有限公司占地面积", "3800平方米": "某县永丰矿业有限公司建筑面积"},
        ),
        (
            "清河温泉山庄占地面积4.2万平方米，总建筑面积1.8万平方米。",
            {"1.8万平方米": "清河温泉山庄总建筑面积"},
        ),
        (
            "某某食品有限公司成立于2015年，注册资金800万元，现有员工150人，年产值4600万元。",
            {
                "800万元": "某某食品有限公司注册资金",
                "150人": "某某食品有限公司员工",
                "4600万元": "某某食品有限公司年产值",
            },
        ),
        (
            "金山铁矿已探明储量3000万吨，项目建设总投资8亿元，解决社会就业500人。",
            {"8亿元": "金山铁矿项目建设总投资", "500人": "金山铁矿解决社会就业"},
        ),
    ],
)
def test_a_works_opening_its_sentence_owns_the_measures_said_alone(text, expected):
    found = named(text)
    for figure, name in expected.items():
        assert found[figure] == name, (figure, found)


@pytest.mark.parametrize(
    ("text", "figure", "works"),
    [
        # a preposition before the firm: it is the means, not the subject
        ("以某某蔬菜公司为主体，投资1500万元，建设冷链仓储。", "1500万元", "蔬菜公司"),
        # a count before the works: not one works' name
        ("两家水泥厂已搬迁，总投资3亿元，新址占地面积120亩。", "120亩", "水泥厂"),
        # ore, not a mine's name (年加工金矿石…)
        ("金矿石年加工能力15万吨，总投资2亿元。", "2亿元", "金矿"),
    ],
)
def test_no_works_is_lent_where_the_sentence_does_not_open_with_one(text, figure, works):
    assert works not in named(text)[figure]
