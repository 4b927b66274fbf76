"""Round 25 (issue 15): the classes a fresh held-out part (test12) showed, each example
invented.

A point change named by its verb alone; a pull of growth; a growth written as a noun
after its rate; a toneless pinyin gloss; a list opener; a capacity of each stuff listed.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.indicator, m.kind, m.direction) for m in find_mentions(text)]


def names(text: str) -> list[str]:
    return [m.indicator for m in find_mentions(text)]


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
