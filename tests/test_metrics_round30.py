"""Round 30 (issue 15): classes found in the development corpus and in the fresh parts
judged this session (test35 on); each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.unit, m.indicator) for m in find_mentions(text)]


def names(text: str) -> list[str]:
    return [m.indicator for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("全年新开工亿元以上项目 7 个，总投资 35.6 亿元。", ("7 个", "个", "新开工亿元以上项目")),
        ("新开工项目 7 家，竣工项目 3 座。", ("7 家", "家", "新开工项目")),
        ("共有 2023 个。", ("2023 个", "个", "共有")),
    ],
)
def test_a_count_whose_digits_a_page_spaced_keeps_its_classifier(
    text: str, row: tuple[str, str, str]
) -> None:
    assert rows(text)[0] == row


@pytest.mark.parametrize("text", ["排名全省第 3 名。", "于 2023 年完成。", "第 3 个阶段。"])
def test_a_spaced_place_or_year_is_no_count(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("地区生产总值增长5.2%，完成投资12亿元。", "完成投资"),
        ("社会消费品零售总额增长5%，完成投资12亿元。", "完成投资"),
        ("全市国内生产总值增长5%，实现利润12亿元。", "利润"),
        ("工业生产总值增长5%，实现利润12亿元。", "工业利润"),
        ("铁路投资完成80亿元，新投产里程800公里。", "铁路新投产里程"),
    ],
)
def test_a_whole_economys_measure_lends_no_owner_to_the_next_bare_measure(
    text: str, name: str
) -> None:
    assert names(text)[-1] == name


def test_what_a_whole_economys_measure_pulls_is_its_own() -> None:
    text = "社会消费品零售总额完成320亿元，增长5%，拉动经济增长1.2个百分点。"
    assert names(text)[-1] == "社会消费品零售总额拉动经济增长"


def test_the_colloquial_ping_after_wan_is_square_metres() -> None:
    from reportpress.metrics.values import base_value

    assert rows("新建住房面积达到120万平。") == [("120万平", "万平", "新建住房面积")]
    assert rows("新建住房面积达到120万平方，增长5%。")[0][:2] == ("120万平方", "万平方")
    assert base_value("120", "万平") == ("1200000", "平方米")
    assert rows("全年增长3万平稳运行。")[0][1] == "万"  # 平稳 is no unit
    assert rows("与上年持平。") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("全县辖3个乡4个村。", ["乡", "村"]),
        ("全县辖3个乡45个行政村。", ["乡", "行政村"]),
        ("9个乡7.6万名农民整建制转居。", ["农民整建制转居的乡", "农民整建制转居"]),
    ],
)
def test_a_count_of_places_before_another_count_of_places_is_a_list(
    text: str, found: list[str]
) -> None:
    assert names(text) == found
