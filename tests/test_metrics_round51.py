"""Round 51 (issue 15, twenty-fourth session): classes left by the judged rows of test206–230
and of the price releases before them; each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import assert_named

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "figure", "qualifier", "name"),
    [
        ("全镇商品蔬菜面积大约2万亩。", "大约2万亩", "near", "商品蔬菜面积"),
        ("全县外出务工人员将近3万人。", "将近3万人", "near", "外出务工人员"),
    ],
)
def test_two_character_words_of_about_are_the_qualifier_whole(
    text: str, figure: str, qualifier: str, name: str
) -> None:
    (mention,) = find_mentions(text)
    assert (mention.text, mention.approx, mention.indicator) == (figure, qualifier, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 周环比: the week's basis is no name
        (
            "本周白条猪批发价19.97元/公斤，周环比涨2.16%；白条鸡零售价格为25.50元/公斤，"
            "周环比跌1.15%。",
            [("2.16%", "本周白条猪批发价环比"), ("1.15%", "白条鸡零售价格环比")],
        ),
        # an adverb between the basis and the move
        (
            "全市蔬菜平均批发价4.64元/公斤，同比明显上涨19.50%。",
            [("19.50%", "蔬菜平均批发价")],
        ),
        # against the average of some weeks before: kept apart from 环比 and 同比
        (
            "全市蔬菜平均批发价4.64元/公斤，环比上涨6.20%，与前四周比上涨6.19%，同比上涨9.5%。",
            [
                ("6.20%", "蔬菜平均批发价环比"),
                ("6.19%", "蔬菜平均批发价较前四周"),
                ("9.5%", "蔬菜平均批发价"),
            ],
        ),
        ("猪肉价格比前两周下降3.1%。", [("3.1%", "猪肉价格较前两周")]),
    ],
)
def test_a_price_moved_against_a_basis_keeps_the_price_and_the_basis(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区文化新业态特征较为明显的企业16个。", [("16个", "文化新业态特征较为明显的企业")]),
        ("地方财力显著增强，增长5%。", [("5%", "地方财力")]),
    ],
)
def test_an_adverb_is_left_in_a_name_unless_a_basis_stands_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全乡贫困人口281户、1078人。其中：甲村61户、247人，乙村81户、299人。",
            [
                ("61户", "甲村贫困人口"),
                ("247人", "甲村贫困人口"),
                ("81户", "乙村贫困人口"),
                ("299人", "乙村贫困人口"),
            ],
        ),
        (
            "全县农村低保对象2.1万人，其中：东城镇3200人，西河乡2800人。",
            [("3200人", "东城镇农村低保对象"), ("2800人", "西河乡农村低保对象")],
        ),
    ],
)
def test_places_after_qizhong_are_parts_of_the_whole_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_places_after_qizhong_behind_another_figure_are_left_alone() -> None:
    text = "全县贫困人口2.1万人，其中：因病致贫的占35%，东城镇3200人。"
    assert dict(named_all(text))["3200人"] == "东城镇"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全乡5个行政村中有3个贫困村。", [("3个", "贫困村")]),
        ("全县12个乡镇中有3个贫困乡镇。", [("3个", "贫困乡镇")]),
        ("妇女发展规划的110项指标中有104项达标。", [("104项", "达标指标")]),
        ("调查的120家企业中有35家企业盈利。", [("35家", "盈利企业")]),
    ],
)
def test_some_of_the_things_counted_are_named_once(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def named_all(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.indicator) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全省新增个体工商户14.3万户，从业人员30.4万人，注册资金16.6亿元；新增私营企业1万户，"
            "从业人员13.7万人，注册资金50亿元，比上年增长12%。",
            [
                ("30.4万人", "新增个体工商户从业人员"),
                ("16.6亿元", "新增个体工商户注册资金"),
                ("13.7万人", "新增私营企业从业人员"),
                ("12%", "新增私营企业注册资金"),
            ],
        ),
        (
            "全区区属国有企业共有213户（含委托监管企业），资产总额1401.9亿元，较年初增长3.9%。",
            [("1401.9亿元", "区属国有企业资产总额"), ("3.9%", "区属国有企业资产总额")],
        ),
        # another sentence: the bodies are no longer the subject
        ("全县共有农民专业合作社320家。全县从业人员5万人。", [("5万人", "从业人员")]),
    ],
)
def test_what_bodies_just_counted_have_is_theirs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区移动电话年末达19.2万户，比上年增长22.3%。", [("19.2万户", "移动电话")]),
        ("全县生猪存栏年底为12万头。", [("12万头", "生猪存栏")]),
    ],
)
def test_the_end_of_the_year_after_a_name_is_its_period(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_region_after_a_region_that_wrote_the_measure_whole_has_it_whole() -> None:
    text = (
        "1-5月份，东部地区房地产开发投资25190亿元，同比下降0.1%；中部地区投资9051亿元，下降6.8%，"
        "降幅收窄3.8个百分点；西部地区投资10175亿元，增长5.6%，增速提高1.9个百分点。"
    )
    assert_named(
        text,
        [
            ("9051亿元", "中部地区房地产开发投资"),
            ("6.8%", "中部地区房地产开发投资"),
            ("3.8个百分点", "中部地区房地产开发投资降幅"),
            ("10175亿元", "西部地区房地产开发投资"),
            ("1.9个百分点", "西部地区房地产开发投资增速"),
        ],
    )


def test_a_region_in_another_unit_or_sentence_keeps_its_own_measure() -> None:
    text = "东部地区房地产开发投资25190亿元。中部地区投资增长6.8%，西部地区利用外资7153万美元。"
    found = dict(named_all(text))
    assert (found["6.8%"], found["7153万美元"]) == ("中部地区投资", "西部地区利用外资")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("聘请招商大使等35名，出台重点企业招商引税政策。", [("35名", "聘请招商大使")]),
        ("全市门诊部、诊所等136个。", [("136个", "门诊部、诊所")]),
        ("一等大米价格为2.7元/斤。", [("2.7元/斤", "一等大米价格")]),  # a grade, no 'etc.'
    ],
)
def test_deng_ending_a_name_is_no_part_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("全局更新大马力先进农机具4699台件。", "4699台件", "台件"),
        ("分局栽植木耳2040万袋。", "2040万袋", "万袋"),
    ],
)
def test_counts_in_machines_and_bags(text: str, figure: str, unit: str) -> None:
    (mention,) = find_mentions(text)
    assert (mention.text, mention.unit, mention.kind) == (figure, unit, "count")


def test_new_employees_of_bodies_just_counted_are_theirs() -> None:
    text = "新发展私营企业998家，新增从业人员10252人，注册资金11.19亿元。"
    assert_named(
        text,
        [("10252人", "新发展私营企业新增从业人员"), ("11.19亿元", "新发展私营企业注册资金")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "排行榜显示，7个省份旅游总收入超过400亿元，7个省份接待游客总数超过6千万人次。",
            [("7个", "接待游客总数超过6千万人次的省份")],
        ),
        ("全县5个乡镇财政收入突破1亿元。", [("5个", "财政收入突破1亿元的乡镇")]),
        ("全市12个乡镇同比增速超过5%。", [("12个", "同比增速超过5%的乡镇")]),
    ],
)
def test_a_count_of_things_whose_sum_passed_a_bar_counts_those_that_passed_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_casualties_listed_are_each_their_own_state() -> None:
    found = dict(named_all("全省共发生地质灾害45起，造成2人死亡、7人受伤，直接经济损失1.2亿元。"))
    assert "受伤" not in found["2人"] and found["2人"].endswith(("死亡", "死亡人数"))
    assert "死亡" not in found["7人"] and found["7人"].endswith(("受伤", "受伤人数"))
    # a verb after people listed with bodies is still theirs too
    assert dict(named_all("为1502家企业、9.4万人发放补贴。"))["1502家"] == "发放补贴企业"


def test_an_average_yield_said_alone_after_a_crops_output_is_the_crops() -> None:
    text = (
        "实现粮豆总产208万吨，平均单产376公斤，同比分别增长31.4%、22.8%，"
        "平均亩利润190元，比上年增长4.1%。"
    )
    assert_named(
        text,
        [("376公斤", "粮豆平均单产"), ("190元", "粮豆平均亩利润"), ("4.1%", "粮豆平均亩利润")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "7月份，全国居民消费价格总水平同比上涨1.8%。其中，城市上涨1.8%，农村上涨1.5%。",
            [("1.5%", "农村居民消费价格")],
        ),
        (
            "全区居民消费价格总水平同比上涨5.6%，其中城市价格上涨5.3%，农村价格上涨6.1%。",
            [("5.3%", "城市居民消费价格"), ("6.1%", "农村居民消费价格")],
        ),
        ("全县加强城市价格管理，农村价格上涨0.5%。", [("0.5%", "农村价格")]),
    ],
)
def test_town_and_country_after_consumer_prices_are_consumer_prices(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_industries_listed_a_clause_each_before_fen_bie_take_their_place() -> None:
    text = (
        "上半年，全省服务业增加值同比增长5.3%。其中，信息传输、软件和信息技术服务业，租赁和商务服务业，"
        "交通运输、仓储和邮政业，批发和零售业增加值分别增长6.2%、13.1%、5.6%、6.4%。"
    )
    assert_named(
        text,
        [
            ("6.2%", "信息传输、软件和信息技术服务业增加值"),
            ("13.1%", "租赁和商务服务业增加值"),
            ("5.6%", "交通运输、仓储和邮政业增加值"),
            ("6.4%", "批发和零售业增加值"),
        ],
    )


def test_categories_listed_after_a_categorys_sales_are_sales_too() -> None:
    text = (
        "全省社会消费品零售总额12051亿元，同比增长5.5%。家用电器和音像器材类商品零售额增长21.3%、"
        "家具类增长12.8%、智能手机增长99.3%。"
    )
    assert_named(text, [("12.8%", "家具类零售额"), ("99.3%", "智能手机零售额")])
    # after sales of no category, what is listed next is no good of theirs
    assert_named("全省实现旅游商品销售额增长5%、免签入境游客增长64%。", [("64%", "免签入境游客")])


def test_a_firms_cost_and_margin_said_after_its_revenue_are_the_same_firms() -> None:
    text = (
        "1-10月份，规模以上工业企业实现主营业务收入85.7万亿元，同比增长9.3%；发生主营业务成本"
        "72.2万亿元，增长9%；主营业务收入利润率为6.44%，同比提高0.24个百分点。"
    )
    assert_named(
        text,
        [
            ("72.2万亿元", "规模以上工业企业主营业务成本"),
            ("9%", "规模以上工业企业主营业务成本"),
            ("6.44%", "规模以上工业企业主营业务收入利润率"),
        ],
    )
    # 发生 of a disaster is no cost's
    assert_named("一季度全国共发生地质灾害452起。", [("452起", "一季度全国地质灾害")])


def test_a_span_of_weeks_before_opening_a_clause_frames_it() -> None:
    assert_named("与前四周比猪肉价格上涨5%。", [("5%", "猪肉价格较前四周")])
