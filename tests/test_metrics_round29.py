"""Round 29 (issue 15): classes found in the development corpus and in the fresh parts
judged this session (test21, test22); each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def names(text: str) -> list[str]:
    return [m.indicator for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全年有300名学生因家庭困难获得资助。", "因家庭困难获得资助的学生"),
        ("共有12家企业因环保不达标被关停。", "因环保不达标被关停的企业"),
        ("3个项目由于资金不到位推迟开工。", "由于资金不到位推迟开工的项目"),
        ("转移群众8万人次，2130人因提前转移避免伤亡。", "因提前转移避免伤亡"),
    ],
)
def test_a_reason_after_the_counted_ones_starts_their_predicate(text: str, name: str) -> None:
    assert names(text)[-1] == name


def test_a_noun_beginning_with_yin_stays_a_noun() -> None:
    assert names("分析了影响增长的5个因素。") == ["因素"]


def test_a_list_of_subjects_after_ba_shares_its_head() -> None:
    found = names("把城镇、农村居民人均收入分别提高到3万元和2万元。")
    assert found == ["城镇居民人均收入", "农村居民人均收入"]
    found = names("把小学、初中生均公用经费分别提高到300元和500元。")
    assert found == ["小学生均公用经费", "初中生均公用经费"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年把试点范围扩大到全国40%的县。", "试点范围扩大到全国县占比"),
        ("新农合推广至全省90%的乡镇。", "新农合推广至全省乡镇占比"),
    ],
)
def test_a_share_of_places_reached_by_an_extension_names_the_places(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_piece_of_work_completed_keeps_its_work_word() -> None:
    assert names("完成东关小学等8所风雨馆建设。") == ["完成风雨馆建设"]
    assert names("新建5所学校。") == ["新建学校"]
