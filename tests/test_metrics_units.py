"""A unit is one field however the text writes it: width forms folded, powers kept."""

from __future__ import annotations

import pytest
from mention_names import named

from reportpress.metrics import find_mentions
from reportpress.metrics.scan import unit_field


@pytest.mark.parametrize(
    ("written", "field"),
    [
        ("㎡", "m²"),
        ("万㎡", "万m²"),
        ("m2", "m²"),
        ("元/㎡", "元/m²"),
        ("万km2", "万km²"),
        ("亿m³", "亿m³"),
        ("亿m3", "亿m³"),
        ("μg/m3", "μg/m³"),
        ("％", "%"),
        ("℅", "%"),
        ("㎏", "kg"),
        ("ｋｍ", "km"),
        ("mm", "mm"),
        ("万吨", "万吨"),
    ],
)
def test_a_unit_field_folds_widths_and_keeps_powers(written: str, field: str) -> None:
    assert unit_field(written) == field


def test_an_area_written_three_ways_has_one_unit_and_the_parts_share_their_measure():
    text = "全市批准预售面积120.8万㎡。其中，商品住宅88.06万m²，非住宅32.74万m2。"
    units = {m.text: m.unit for m in find_mentions(text)}
    assert units == {"120.8万㎡": "万m²", "88.06万m²": "万m²", "32.74万m2": "万m²"}
    found = named(text)
    assert found["32.74万m2"] == found["88.06万m²"].replace("商品住宅", "非住宅")


def test_a_price_per_area_shows_its_power():
    [price] = find_mentions("新建商品住宅成交均价45659元/㎡。")
    assert price.unit == "元/m²" and price.kind == "amount"
