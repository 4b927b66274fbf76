"""Round 40 (issue 15, thirteenth session): classes the twelfth session's held-out judges
named (test116–test123) and left open; each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(m.text, m.unit, m.kind, m.direction, m.indicator) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pull after a part's growth is the part's (was named without a puller, or by the
        # sentence's whole); after a semicolon, the clause's own part's.
        (
            "全县规上工业增加值增长6.2%，其中民营企业增长8.1%，拉动规上工业经济增长4.3个百分点。",
            [
                ("6.2%", "%", "change", "up", "规上工业增加值"),
                ("8.1%", "%", "change", "up", "民营企业增加值"),
                ("4.3个百分点", "个百分点", "pp", "up", "民营企业增加值拉动规上工业经济增长"),
            ],
        ),
        (
            "分门类看，制造业增加值增长9.4%，拉动全县规上工业增长6.1个百分点；"
            "采矿业增长3.2%，拉动全县规上工业增长0.7个百分点；"
            "电力生产和供应业下降1.5%，下拉全县增速0.2个百分点。",
            [
                ("9.4%", "%", "change", "up", "制造业增加值"),
                ("6.1个百分点", "个百分点", "pp", "up", "制造业拉动全县规上工业增长"),
                ("3.2%", "%", "change", "up", "采矿业增加值"),
                ("0.7个百分点", "个百分点", "pp", "up", "采矿业增加值拉动全县规上工业增长"),
                ("1.5%", "%", "change", "down", "电力生产和供应业增加值"),
                ("0.2个百分点", "个百分点", "pp", "down", "电力生产和供应业增加值下拉全县增速"),
            ],
        ),
        # … a contribution or a share pulls nothing: the measure before it does
        (
            "第一产业增加值96亿元，增长3.1%，对经济增长的贡献率为6.2%，拉动经济增长0.3个百分点。",
            [
                ("96亿元", "亿元", "amount", "", "第一产业增加值"),
                ("3.1%", "%", "change", "up", "第一产业增加值"),
                ("6.2%", "%", "level", "", "第一产业对经济增长的贡献率"),
                ("0.3个百分点", "个百分点", "pp", "up", "第一产业增加值拉动经济增长"),
            ],
        ),
        # Pulls listed with 分别 after as many parts' rates: each part's, in order.
        (
            "其中，纺织服装增长11.4%、食品加工增长6.8%、建材增长2.5%，"
            "分别拉动全县规上工业增长3.2、1.1、0.4个百分点。",
            [
                ("11.4%", "%", "change", "up", "纺织服装"),
                ("6.8%", "%", "change", "up", "食品加工"),
                ("2.5%", "%", "change", "up", "建材"),
                ("3.2", "个百分点", "pp", "up", "纺织服装拉动全县规上工业增长"),
                ("1.1", "个百分点", "pp", "up", "食品加工拉动全县规上工业增长"),
                ("0.4个百分点", "个百分点", "pp", "up", "建材拉动全县规上工业增长"),
            ],
        ),
        # … pulls listed without anyone to own them keep their own name, once
        (
            "分别拉动GDP增长0.6、3.2、0.7个百分点。",
            [
                ("0.6", "个百分点", "pp", "up", "拉动GDP增长"),
                ("3.2", "个百分点", "pp", "up", "拉动GDP增长"),
                ("0.7个百分点", "个百分点", "pp", "up", "拉动GDP增长"),
            ],
        ),
        # A place's measure named in full before its bracketed rate (比全省制造业增加值平均增速
        # （9.7%）): the rate is that place's, the gap the part's speed against it (was 比…
        # and 高 alone).
        (
            "制造业增加值同比增长18.3%，比全省制造业增加值平均增速（9.7%）高8.6个百分点。",
            [
                ("18.3%", "%", "change", "up", "制造业增加值"),
                ("9.7%", "%", "change", "up", "全省制造业增加值平均增速"),
                (
                    "8.6个百分点",
                    "个百分点",
                    "pp",
                    "up",
                    "制造业增加值增速比全省制造业增加值平均增速高",
                ),
            ],
        ),
    ],
)
def test_round40(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected
