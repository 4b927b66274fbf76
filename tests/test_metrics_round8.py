"""Indicator rules for the error classes of the eighth corpus audit (issue 15):
the owner written once before a pair of measures.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from reportpress.metrics import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.indicator) for m in find_mentions(text)]


def test_the_owner_of_a_pair_is_the_second_items_too() -> None:
    assert names("白云机场国内旅客和货邮吞吐量分别增长6.1%、3.5%。") == [
        ("6.1%", "白云机场国内旅客吞吐量"),
        ("3.5%", "白云机场国内货邮吞吐量"),
    ]
    # a short first item owns nothing but itself
    assert names("全县农业和工业增加值分别增长3.2%、7.4%。") == [
        ("3.2%", "农业增加值"),
        ("7.4%", "工业增加值"),
    ]
