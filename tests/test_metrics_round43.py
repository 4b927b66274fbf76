"""Round 43 (issue 15, sixteenth session): classes still failing in the judged rows of
test148–test153; each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import names

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A whole place after a sum opens the next subject: it is not what the sum measures
        # (a line joined to the next where the page lost its full stop).
        (
            "其中，工业用水量3.21亿立方米，生态补水量0.47亿m3全县人均用水量388.5m3。",
            [
                ("3.21亿立方米", "工业用水量"),
                ("0.47亿m3", "生态补水量"),
                ("388.5m3", "人均用水量"),
            ],
        ),
        # A rate's measure named beside counts of the parts, a breakdown after 其中.
        (
            "1-6月，全市规模以上服务业9个行业门类中有5个营业收入下降。其中，"
            "房地产业同比下降12.4%，教育同比下降6.8%。",
            [
                ("9个", "行业门类"),
                ("5个", "营业收入下降行业门类"),
                ("12.4%", "房地产业营业收入"),
                ("6.8%", "教育营业收入"),
            ],
        ),
        # Owners announced in a list, then every 分别 list of as many figures after it.
        (
            "拉动作用最大的三个行业依次为：汽车制造业、医药制造业、电气机械和器材制造业，"
            "增加值分别增长12.5%、8.1%和6.6%，分别拉动全县规上工业增加值增速2.1、1.3和0.9个百分点。",
            [
                ("三个", "行业"),
                ("12.5%", "汽车制造业增加值"),
                ("8.1%", "医药制造业增加值"),
                ("6.6%", "电气机械和器材制造业增加值"),
                ("2.1", "汽车制造业拉动全县规上工业增加值增速"),
                ("1.3", "医药制造业拉动全县规上工业增加值增速"),
                ("0.9个百分点", "电气机械和器材制造业拉动全县规上工业增加值增速"),
            ],
        ),
        # A grade below the fifth is a water grade, not a count of classes; the places
        # counted are not their water's quality.
        (
            "全市9个国控断面水质优良比例为88.9%，劣五类水体断面比例为0%。",
            [("9个", "国控断面"), ("88.9%", "国控断面水质优良比例"), ("0%", "劣五类水体断面比例")],
        ),
        (
            "全县2个县级和5个乡镇级饮用水水源地水质均达到Ⅲ类标准。",
            [("2个", "县级饮用水水源地"), ("5个", "乡镇级饮用水水源地")],
        ),
    ],
)
def test_round_43_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Square metres as speech writes them (平米), with a magnitude or without.
        (
            "清理市本级闲置资产2万平米，改造棚户区住房96平米。",
            [("2万平米", "清理市本级闲置资产"), ("96平米", "改造棚户区住房")],
        ),
        # A start of the year as the base a rate fell from is no part of its name.
        (
            "农村低保覆盖率由年初的3.2%提高到4.1%。",
            [("3.2%", "农村低保覆盖率"), ("4.1%", "农村低保覆盖率")],
        ),
        # A sibling's owner lent once, the word they share written once.
        (
            "全年商品房销售面积增长12.3%，销售额增长15.6%。",
            [("12.3%", "商品房销售面积"), ("15.6%", "商品房销售额")],
        ),
        # A rate of the people just counted is theirs.
        (
            "高校毕业生2.1万人，就业率95.3%。",
            [("2.1万人", "高校毕业生"), ("95.3%", "高校毕业生就业率")],
        ),
        (
            "失业保险参保人数达到21万人，参保率96%。",
            [("21万人", "失业保险参保人数"), ("96%", "失业保险参保率")],
        ),
        # Things counted, then their names after 是: the noun stops before them.
        (
            "增长最快的两个行业是医药制造业(增长9.1%)、汽车制造业(增长7.2%)。",
            [("两个", "行业"), ("9.1%", "医药制造业"), ("7.2%", "汽车制造业")],
        ),
    ],
)
def test_round_43_more_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A breakdown after a count of the parts that grew, and a share that is no measure.
        (
            "28个工业大类行业中，19个行业增加值增长，增长面接近七成。其中，医药制造业增长21.4%，"
            "汽车制造业增长9.8%。",
            [
                ("28个", "工业大类行业"),
                ("19个", "行业"),
                ("接近七成", "工业大类行业增长面"),
                ("21.4%", "医药制造业增加值"),
                ("9.8%", "汽车制造业增加值"),
            ],
        ),
        # A whole's measure named with its total (利润总额), not the total alone.
        (
            "全省国有企业实现利润总额512.3亿元。其中，省属企业310.2亿元，市县国有企业202.1亿元。",
            [
                ("512.3亿元", "国有企业利润总额"),
                ("310.2亿元", "省属企业利润总额"),
                ("202.1亿元", "市县国有企业利润总额"),
            ],
        ),
        # A breakdown of a measure named bare (投资) by sectors; a tax takes no 收入.
        (
            "全县固定资产投资增长8.2%。分产业看，第一产业增长3.1%，第二产业增长12.4%。",
            [
                ("8.2%", "固定资产投资"),
                ("3.1%", "第一产业投资"),
                ("12.4%", "第二产业投资"),
            ],
        ),
        # A measure named bare after a colon is the topic's before it.
        (
            "全市规上工业企业利润逐月回升：1-5月利润下降3.2%，1-6月利润增长1.5%。",
            [
                ("3.2%", "1-5月规上工业企业利润"),
                ("1.5%", "1-6月规上工业企业利润"),
            ],
        ),
        # Places ranked by a gap, their rates in brackets: each place's speed, a growth.
        (
            "从限上增幅看，1-6月份增幅高于全市平均水平（9.5%）的有东城县（12.1%）、西湖区（10.2%），"
            "低于全市平均水平的有南山县（7.3%）、北川区（5.4%）。",
            [
                ("9.5%", "增幅高于全市平均水平"),
                ("12.1%", "东城县限上增幅"),
                ("10.2%", "西湖区限上增幅"),
                ("7.3%", "南山县限上增幅"),
                ("5.4%", "北川区限上增幅"),
            ],
        ),
    ],
)
def test_round_43_parts_and_topics(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_a_place_ranked_below_the_average_still_grew() -> None:
    """低于…的有 compares the places' growth with the average; each is a growth still."""
    found = find_mentions("从增速看，增速低于全市平均水平的有南山县（7.3%）、北川区（-2.4%）。")
    assert [(m.text, m.kind, m.direction) for m in found] == [
        ("7.3%", "change", "up"),
        ("-2.4%", "change", "down"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The small percent sign (﹪) is a percent.
        ("商品住宅施工面积下降12.55﹪。", [("12.55﹪", "商品住宅施工面积")]),
        # 同比 after a sum opens its change, no noun the sum measures.
        (
            "实现旅游综合收入8.2亿元同比下降5.1%。",
            [("8.2亿元", "旅游综合收入"), ("5.1%", "旅游综合收入")],
        ),
        # A tax named after a whole in 税收 takes no 税收 of its own.
        (
            "9月份，全市税收入库12.4亿元。分项目看，增值税完成5.1亿元；消费税完成2.1亿元。",
            [("12.4亿元", "税收"), ("5.1亿元", "增值税"), ("2.1亿元", "消费税")],
        ),
        # Places counted above a mark, then listed with their figures in brackets.
        (
            "分地区看，工业增加值超过千亿元的市有3个，分别为甲市（1520.3亿元）、乙市（1210.8亿元）、"
            "丙市（1005.2亿元）。",
            [
                ("3个", "工业增加值超过千亿元的市"),
                ("1520.3亿元", "甲市工业增加值"),
                ("1210.8亿元", "乙市工业增加值"),
                ("1005.2亿元", "丙市工业增加值"),
            ],
        ),
        # A place holding the things counted names them; a whole place does not.
        (
            "赣江干流南昌段共布设6个监测断面。全县共有12所中学。",
            [("6个", "赣江干流南昌段监测断面"), ("12所", "中学")],
        ),
        # An earlier census's figure without 的.
        (
            "平均每个家庭户的人口为2.75人，比2010年第六次全国人口普查3.12人减少0.37人。",
            [
                ("2.75人", "平均每个家庭户的人口"),
                ("3.12人", "第六次全国人口普查平均每个家庭户的人口"),
                ("0.37人", "平均每个家庭户的人口比第六次全国人口普查减少"),
            ],
        ),
        # Parts said with 为 alone after 其中: the measure the first part wrote with its name.
        (
            "全市商品房施工面积为980.5万平方米，增长3.2%。其中，住宅施工面积为610.2万平方米，"
            "增长2.1%；办公楼为120.4万平方米，下降4.5%。",
            [
                ("980.5万平方米", "商品房施工面积"),
                ("3.2%", "商品房施工面积"),
                ("610.2万平方米", "住宅施工面积"),
                ("2.1%", "住宅施工面积"),
                ("120.4万平方米", "办公楼施工面积"),
                ("4.5%", "办公楼施工面积"),
            ],
        ),
    ],
)
def test_round_43_from_test156_and_test157(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kilowatt-hours written out, a ship's tonnage: units, not names.
        (
            "工业用电量1.35亿千瓦小时，增长6.2%。",
            [("1.35亿千瓦小时", "工业用电量"), ("6.2%", "工业用电量")],
        ),
        (
            "营业性货运车辆5210辆、36120吨位。",
            [("5210辆", "营业性货运车辆"), ("36120吨位", "营业性货运车辆")],
        ),
        # How large the projects counted are: theirs.
        (
            "建成光伏项目41个，容量86万千瓦。",
            [("41个", "建成光伏项目"), ("86万千瓦", "光伏项目容量")],
        ),
        # A count inside a breakdown's frame: the places, not the frame's measure and verb.
        ("从9个县区增速看，东县、西县高于全市平均水平。", [("9个", "县区")]),
        # A period summed with a verb alone: the measure the month's figure before named.
        (
            "水运方面，5月份完成货运量820万吨，增长3.1%。1-5月累计完成3960万吨，增长4.4%。",
            [
                ("820万吨", "5月份水运货运量"),
                ("3.1%", "5月份水运货运量"),
                ("3960万吨", "1-5月累计水运货运量"),
                ("4.4%", "1-5月累计水运货运量"),
            ],
        ),
    ],
)
def test_round_43_from_test158(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_an_announced_place_is_named_with_its_kind_once() -> None:
    text = "增速最快的两个市分别为：甲市、乙市，与去年同期相比分别增长了12.1%和9.8%。"
    assert [n for n in names(text) if n[0].endswith("%")] == [("12.1%", "甲市"), ("9.8%", "乙市")]


def test_a_body_that_holds_people_is_named_without_the_verb() -> None:
    """拥有 after a body is the verb of holding, no part of its name; after 其中 the whole's
    measure is theirs (卫生技术人员)."""
    text = "全区卫生技术人员12.3万人，其中，医院拥有6.5万人，乡镇卫生院拥有1.7万人。"
    assert names(text) == [
        ("12.3万人", "卫生技术人员"),
        ("6.5万人", "医院卫生技术人员"),
        ("1.7万人", "乡镇卫生院卫生技术人员"),
    ]


def test_industries_given_a_growth_alone_grow_in_the_releases_measure() -> None:
    """An industry with a bare growth, no whole or frame before it, is of the measure the
    release last named for industries, in its paragraph or the one before it."""
    before = "1-5月，全市规模以上工业增加值同比增长6.1%。，规模以上工业增加值"
    text = "能源工业增长4.2%。其中，电力、热力生产和供应业下降1.3%；科技型企业增长9%，城镇新增就业完成45%。"
    found = [(m.text, m.indicator) for m in find_mentions(text, before)]
    assert found[:2] == [("4.2%", "能源工业增加值"), ("1.3%", "电力、热力生产和供应业增加值")]
    assert all(not name.endswith("增加值") for _, name in found[2:])


def test_a_rate_from_last_month_has_no_from_in_its_name() -> None:
    text = "生活资料价格由上月上涨0.3%转为下降0.1%。"
    assert names(text) == [("0.3%", "生活资料价格"), ("0.1%", "生活资料价格")]


def test_a_modes_frame_owns_the_short_measures_after_it() -> None:
    text = (
        "水路方面，5月份完成货运量820万吨，增长3.1%。1-5月累计完成3960万吨。"
        "航空方面，5月份完成货邮量1.2万吨。另一方面，全年完成投资5亿元。"
    )
    assert names(text) == [
        ("820万吨", "5月份水路货运量"),
        ("3.1%", "5月份水路货运量"),
        ("3960万吨", "1-5月累计水路货运量"),
        ("1.2万吨", "5月份航空货邮量"),
        ("5亿元", "完成投资"),
    ]


def test_a_part_said_with_its_quantity_alone_takes_the_siblings_measure() -> None:
    text = (
        "其中，钢铁行业用电量320亿千瓦时，增长2.1%；建材行业用电量180亿千瓦时，下降1.2%；"
        "有色金属冶炼行业410亿千瓦时，增长8.4%，增速比上年同期提高3.1个百分点。"
        "上年结余2.3亿元，调入资金1.1亿元，动用预算稳定调节基金0.5亿元。"
    )
    assert names(text)[4:] == [
        ("410亿千瓦时", "有色金属冶炼行业用电量"),
        ("8.4%", "有色金属冶炼行业用电量"),
        ("3.1个百分点", "有色金属冶炼行业用电量增速"),
        ("2.3亿元", "上年结余"),
        ("1.1亿元", "调入资金"),
        ("0.5亿元", "动用预算稳定调节基金"),
    ]


def test_a_ratio_of_a_sibling_shares_its_word_once() -> None:
    text = "全市规上工业企业资产总计120亿元；负债合计60亿元；资产负债率为50%，下降0.6个百分点。"
    assert names(text)[-1] == ("0.6个百分点", "规上工业企业资产负债率")


def test_a_rank_is_no_figure_but_a_move_in_rank_is() -> None:
    text = "品牌位列2023中国区域农业品牌影响力45位。全市80位老人。全国排名提升4位。"
    assert names(text) == [("80位", "老人"), ("4位", "全国排名提升")]


def test_a_bare_table_cell_takes_no_unit_from_the_next_trade() -> None:
    """批 opening 批发和零售业 is no batch: a cell's number stands alone."""
    assert names("住宿和餐饮业 5.2 批发和零售业 10.8批发业增长3%。")[-1] == ("3%", "批发业")
    assert all(not t.endswith("批") for t, _ in names("建筑业 7.1 批发和零售业 10.8批发业增长3%。"))


def test_a_count_of_kinds_restating_the_kinds_just_counted_is_no_figure() -> None:
    text = (
        "全市设有县级医院29个、县级疾控中心12个、县级卫生监督所12个，三类机构共有卫生人员1.2万人。"
    )
    assert [t for t, _ in names(text)] == ["29个", "12个", "12个", "1.2万人"]


def test_projects_counted_own_the_sums_named_bare_after_them() -> None:
    text = (
        "全年安排市重点项目120个，总投资860亿元，年度投资计划210亿元。1至9月，累计完成投资168亿元。"
    )
    assert names(text)[1:] == [
        ("860亿元", "市重点项目总投资"),
        ("210亿元", "市重点项目年度投资计划"),
        ("168亿元", "市重点项目完成投资"),
    ]
