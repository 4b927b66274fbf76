"""Round 50 (issue 15, twenty-third session): classes left by the judged rows of test196–226;
each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import assert_named, named

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note on how to read what follows, between a verb and its figure
        (
            "1—9月，全市居民人均可支配收入21350元，增长（以下如无特别说明，均为同比名义增速）"
            "4.6%，扣除价格因素，实际增长3.1%。",
            [("4.6%", "居民人均可支配收入"), ("3.1%", "居民人均可支配收入实际增速")],
        ),
        (
            "全县规模以上工业增加值（如无特别说明，均按可比价格计算）增长6.8%，利润增长2%。",
            [("6.8%", "规模以上工业增加值"), ("2%", "规模以上工业利润")],
        ),
        (
            "全区社会消费品零售总额同比增长（除特别说明外，以下均为同比增速）3.3%。",
            [("3.3%", "社会消费品零售总额")],
        ),
    ],
)
def test_a_reading_note_names_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "监测的36个城市中，21个城市鸡蛋价格上涨，9个城市下降，6个城市持平。",
            [
                ("21个", "鸡蛋价格上涨的城市"),
                ("9个", "鸡蛋价格下降的城市"),
                ("6个", "鸡蛋价格持平的城市"),
            ],
        ),
        (
            "河北、山西等19个省（区）牛肉价格下降，4个省（区）上涨。",
            [("19个", "牛肉价格下降的省（区）"), ("4个", "牛肉价格上涨的省（区）")],
        ),
        (
            "全市31个行业大类中，18个行业利润同比增长，13个行业下降。",
            [("18个", "利润同比增长的行业"), ("13个", "利润同比下降的行业")],
        ),
    ],
)
def test_places_counted_by_how_a_price_moved_there(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product opening a sentence with its weight, after a sentence that gave an output
        (
            "全年粮食产量31250吨，比上年增长2.1%。棉花2870吨，下降4.5%。油料1930吨，增长8%。",
            [
                ("2870吨", "棉花产量"),
                ("4.5%", "棉花产量"),
                ("1930吨", "油料产量"),
                ("8%", "油料产量"),
            ],
        ),
        # the products of a farm frame
        (
            "主要农产品中：粮食20315吨，增2.2%；茶叶1105吨，减1.3%。",
            [("20315吨", "粮食产量"), ("2.2%", "粮食产量"), ("1105吨", "茶叶产量")],
        ),
        # the verb of producing is no part of the product
        (
            "粮食总产量119万吨、超额完成任务。生产原油186万吨、天然气42亿立方米。",
            [("186万吨", "原油产量")],
        ),
    ],
)
def test_a_bare_product_with_its_weight_is_its_output(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_price_or_a_move_is_no_output():
    assert_named(
        "主要农产品价格：茄子6.31元/公斤，环比略涨1.2%。",
        [("6.31元/公斤", "茄子价格")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全县烤烟种植面积2.1万亩，收购量15.2万担，收购金额21650万元，平均价28.4元/公斤。",
            [
                ("15.2万担", "烤烟收购量"),
                ("21650万元", "烤烟收购金额"),
                ("28.4元/公斤", "烤烟平均价"),
            ],
        ),
        (
            "全区花生种植面积1.3万亩，同比增长2.2%；产量为0.41万吨，同比增长6.1%。",
            [("0.41万吨", "花生产量"), ("6.1%", "花生产量")],
        ),
        ("全县水产品总产量3.6万吨，其中养殖产量3.1万吨。", [("3.1万吨", "水产品养殖产量")]),
    ],
)
def test_a_goods_measure_said_alone_is_the_goods(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_good_further_back_lends_nothing():
    """Only the amount right before a measure said alone may name its good: 柠檬's area
    stands between (named without a measure of its own), so 养蚕 lends nothing."""
    found = named("全镇养蚕1.2万张，产值1800万元，种植柠檬2000余亩，产量2100吨。")
    assert found["1800万元"] == "养蚕产值"
    assert "养蚕" not in found["2100吨"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # year-on-year and month-on-month as Hong Kong and Macao releases write them
        (
            "5月出口2917.3億美元，按年升6.2%；進口2041.5億美元，按年跌1.4%。",
            [("6.2%", "5月出口", "up"), ("1.4%", "进口", "down")],
        ),
        ("4月零售业总销货价值300亿元，按年上升3.1%。", [("3.1%", "4月零售业总销货价值", "up")]),
    ],
)
def test_a_move_against_the_year_before_said_in_a_word(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = {m.text: (m.indicator, m.kind, m.direction) for m in find_mentions(text)}
    assert [(t, *found[t]) for t, _, _ in expected] == [
        (t, name, "change", way) for t, name, way in expected
    ]


def test_an_aspect_particle_is_no_part_of_a_name():
    found = named("去年为困难家庭提供了仔猪260头，免征了农业税的乡镇12个。")
    assert found["260头"] == "为困难家庭提供仔猪"
    assert "了" not in found["12个"]


def test_a_rate_adjusted_down_is_a_change_down_and_the_source_names_nothing():
    found = {
        m.text: m
        for m in find_mentions("据统计全县生产总值86亿元，第一产业增加值比重下调0.8个百分点。")
    }
    assert found["86亿元"].indicator == "全县生产总值"
    points = found["0.8个百分点"]
    assert (points.indicator, points.direction) == ("第一产业增加值比重", "down")
    [raised] = find_mentions("第三产业增加值比重上调1.1个百分点。")
    assert (raised.indicator, raised.direction) == ("第三产业增加值比重", "up")


def test_counts_of_adjustments_keep_their_names():
    assert_named(
        "全年五次下调存贷款基准利率，四次下调存款准备金率。",
        [("五次", "下调存贷款基准利率"), ("四次", "下调存款准备金率")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "牛存栏1.2万头，出栏0.8万头；鸡鸭鹅等年末存栏3.6万只，当年出栏4.1万只。",
            [("1.2万头", "牛存栏"), ("3.6万只", "鸡鸭鹅年末存栏")],
        ),
        ("全县小麦、玉米等播种面积12万亩。", [("12万亩", "小麦、玉米播种面积")]),
    ],
)
def test_things_listed_before_deng_own_the_measure_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)
