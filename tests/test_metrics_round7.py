"""Indicator rules for the error classes of the seventh corpus audit (issue 15):
names whose owner is a clause away, lists whose head or owner is written once,
an amount named by what it pays for, note marks, and slogans written with figures.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from reportpress.metrics import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.indicator) for m in find_mentions(text)]


def test_a_note_mark_is_no_part_of_a_name() -> None:
    assert names("三大支柱产业［3］占地区生产总值比重提高5个百分点。") == [
        ("5个百分点", "三大支柱产业占地区生产总值比重")
    ]
    assert names("“专精特新”[12]企业营业收入增长8%。") == [("8%", "“专精特新”企业营业收入")]


def test_a_figure_inside_a_slogan_is_no_figure() -> None:
    assert names("着力解决好三个1亿人问题，推进以人为核心的城镇化。") == []
    # a count of things with a size of their own still counts
    assert [t for t, _ in names("建成3个10万吨级泊位。")] == ["3个"]


def test_a_list_closed_by_deng_before_its_domain_stays_whole() -> None:
    assert names("2019年省财政用于教育、医疗、社保等方面的支出860亿元。") == [
        ("860亿元", "省财政用于教育、医疗、社保等方面的支出")
    ]
    # 年中 is no frame before 中央
    assert names("2021年中央补助资金下达12亿元。")[0][1].startswith("中央")
