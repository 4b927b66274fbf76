"""Round 36 (issue 15, ninth session): classes left by the sixth session's note and the
classes the session's held-out judges named; each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.unit, m.kind, m.indicator) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pool a ranking is taken in is no figure of the report; the steps moved are.
        (
            "地区生产总值在全市七个县市区中排名第一，增速前移一位。",
            [("一位", "位", "count", "增速前移")],
        ),
        ("在全省17个设区市中位居第3位。", []),
        (
            "全市12个乡镇中有8个实现增长。",
            [("12个", "个", "count", "乡镇"), ("8个", "个", "count", "实现增长乡镇")],
        ),
        # Gaps against two places, each written after its place: each place's gap.
        (
            "全区地区生产总值增长7.2%，增速高于全国0.7、全省2.3个百分点。",
            [
                ("7.2%", "%", "change", "地区生产总值"),
                ("0.7", "个百分点", "pp", "地区生产总值增速高于全国"),
                ("2.3个百分点", "个百分点", "pp", "地区生产总值增速高于全省"),
            ],
        ),
        (
            "城镇居民人均可支配收入增长8%，分别高于全国1.2个、全省0.5个百分点。",
            [
                ("8%", "%", "change", "城镇居民人均可支配收入"),
                ("1.2个", "个百分点", "pp", "城镇居民人均可支配收入增速高于全国"),
                ("0.5个百分点", "个百分点", "pp", "城镇居民人均可支配收入增速高于全省"),
            ],
        ),
        (
            "全区地区生产总值增长7.2%，高于全国0.7个百分点、全省2.3个百分点。",
            [
                ("7.2%", "%", "change", "地区生产总值"),
                ("0.7个百分点", "个百分点", "pp", "地区生产总值增速高于全国"),
                ("2.3个百分点", "个百分点", "pp", "地区生产总值增速高于全省"),
            ],
        ),
        # The places written before the figures keep working as a respective list.
        (
            "全区地区生产总值增长7.2%，增速分别高于全国、全省0.7、2.3个百分点。",
            [
                ("7.2%", "%", "change", "地区生产总值"),
                ("0.7", "个百分点", "pp", "地区生产总值增速高于全国"),
                ("2.3个百分点", "个百分点", "pp", "地区生产总值增速高于全省"),
            ],
        ),
        # A verb alone after a verb alone borrows nothing from it (建成开工 had been written).
        (
            "全年开工1200套，建成800套。",
            [("1200套", "套", "count", "开工"), ("800套", "套", "count", "建成")],
        ),
        (
            "全年新开工1200套，竣工800套。",
            [("1200套", "套", "count", "新开工"), ("800套", "套", "count", "竣工")],
        ),
        (
            "建设筹集保障性住房4200套、竣工6865套。",
            [
                ("4200套", "套", "count", "建设筹集保障性住房"),
                ("6865套", "套", "count", "竣工保障性住房"),
            ],
        ),
        # A short deed headline lends its object to a figure named by a verb alone after it;
        # a doer's headline (我们…) and a named measure (完成投资) take nothing from it.
        (
            "持续推进棚户区改造。全年开工1200套。",
            [("1200套", "套", "count", "棚户区改造开工")],
        ),
        (
            "扎实推进农村公路建设。新改建320公里，完成投资2.1亿元。",
            [
                ("320公里", "公里", "amount", "农村公路建设新改建"),
                ("2.1亿元", "亿元", "amount", "完成投资"),
            ],
        ),
        ("我们全力推进项目建设。全年开工120个。", [("120个", "个", "count", "开工")]),
        # A quoted name after a count is what was counted, dashes and digits inside it too.
        (
            "积极推进城乡融合发展。启动建设87条“县城—中心镇—重点村”发展轴，承载能力加快提升。",
            [("87条", "条", "count", "启动建设“县城—中心镇—重点村”发展轴")],
        ),
        (
            "新建12个“15分钟便民生活圈”，惠及居民3万人。",
            [
                ("12个", "个", "count", "新建“15分钟便民生活圈”"),
                ("3万人", "万人", "count", "惠及居民"),
            ],
        ),
    ],
)
def test_round36(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
