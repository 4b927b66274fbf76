"""Ceilings and floors of a target (issue 15): 控制在3%以内, 不超过, 不低于.

They belong to the mention like the approximation words, so that the appendix and
the dataset show the bound a reader must see (``approx="under"`` for ceilings).
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions
from reportpress.metrics.values import shown_value


@pytest.mark.parametrize(
    ("sentence", "text", "approx"),
    [
        ("全镇登记失业率控制在4.2%以内。", "4.2%以内", "under"),
        ("财政赤字率降至2.8%以下。", "2.8%以下", "under"),
        ("义务教育每班学生不超过45人。", "不超过45人", "under"),
        ("单位产值能耗上升幅度不高于1.5%。", "不高于1.5%", "under"),
        ("年内新增城镇就业不低于1.2万人。", "不低于1.2万人", "over"),
        ("粮食播种面积稳定在80万亩以上。", "80万亩以上", "over"),
    ],
)
def test_a_bound_belongs_to_its_figure(sentence: str, text: str, approx: str) -> None:
    (mention,) = find_mentions(sentence)
    assert (mention.text, mention.approx) == (text, approx)
    assert sentence[mention.start : mention.end] == text


def test_the_value_cell_shows_the_bound() -> None:
    (mention,) = find_mentions("城镇调查失业率控制在5.5%以内。")
    assert shown_value(mention.text, mention.value, mention.kind, mention.direction) == "5.5以内"


def test_a_ceiling_before_a_noun_defines_a_class_not_a_figure() -> None:
    assert find_mentions("淘汰国三排放标准8座以下小客车。") == []
    assert [m.text for m in find_mentions("扶持100人以下企业发展，新增就业300人。")] == ["300人"]
