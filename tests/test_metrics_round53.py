"""Round 53 (issue 15, twenty-sixth session): classes left by the judged rows of test250–252;
each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import assert_named

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "红星农场全年生产大米3182吨，比上年减少1.2%。销售大米2190吨，实现销售收入2400万元。",
            [
                ("3182吨", "红星农场全年生产大米"),
                ("2190吨", "红星农场销售大米"),
                ("2400万元", "红星农场销售收入"),
            ],
        ),
        # through a sentence that has no subject either
        (
            "东风糖厂生产白糖5万吨。销售白糖4万吨。上缴利税300万元。",
            [("4万吨", "东风糖厂销售白糖"), ("300万元", "东风糖厂上缴利税")],
        ),
        # a sentence with a subject of its own, or a scope, keeps its name
        ("红星农场生产大米3182吨。全场销售大米2190吨。", [("2190吨", "全场销售大米")]),
        ("红星农场生产大米3182吨。职工收入人均6000元。", [("6000元", "职工收入人均")]),
    ],
)
def test_a_sentence_without_subject_is_of_the_unit_a_sentence_before_opens_with(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "今年以来，河南积极争取中央预算内资金91.2亿元。",
            [("91.2亿元", "河南争取中央预算内资金")],
        ),
        ("及时拨付各类补贴资金3000万元。", [("3000万元", "拨付各类补贴资金")]),
        ("全市切实减轻企业负担20亿元。", [("20亿元", "减轻企业负担")]),
        # nouns made of the same characters stay
        (
            "全县入党积极分子达到300人，报告及时率达98%。",
            [("300人", "入党积极分子"), ("98%", "报告及时率")],
        ),
    ],
)
def test_an_adverb_of_effort_is_no_part_of_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_who_decided_is_no_part_of_what_was_decided() -> None:
    assert_named("镇党委、政府研究决定减少贫困人口930户。", [("930户", "减少贫困人口")])


def test_a_flattened_tables_change_header_is_no_part_of_its_first_row() -> None:
    text = "2005年 比上年增长% 棉花 570 万吨 -9.8 油料 3070 万吨 -0.2"
    names = [m.indicator for m in find_mentions(text) if m.unit == "万吨"]
    assert names[0] == "棉花"


@pytest.mark.parametrize("base", ["20年前", "十年前"])
def test_a_base_so_many_years_before_is_no_name(base: str) -> None:
    text = f"全县农民人均纯收入达3090元，比{base}增长2.4倍。"
    assert_named(text, [("2.4倍", "农民人均纯收入")])


def test_working_people_counted_in_bare_hundred_millions_are_a_count() -> None:
    (mention,) = find_mentions("乡镇企业从业人员达1.3亿。")
    assert mention.kind == "count"


def test_shares_within_a_whole_said_for_a_list_are_each_members() -> None:
    text = (
        "甲类收入和乙类收入比上年分别减少10.0%和13.4%，在主营业务总收入中所占的比重比上年"
        "分别下降了1.62个和3.18个百分点，分别为11.55%和17.16%。"
    )
    names = {m.text: m.indicator for m in find_mentions(text)}
    assert names["1.62个"] == names["11.55%"] == "甲类收入占主营业务总收入比重"
    assert names["3.18个百分点"] == names["17.16%"] == "乙类收入占主营业务总收入比重"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # single points of the compass share the 部 of the region they run into
        (
            "东、中、西部和东北地区用电量分别增长0.5%、0.8%、2.9%和0.4%。",
            [("0.5%", "东部地区用电量"), ("0.8%", "中部地区用电量"), ("0.4%", "东北地区用电量")],
        ),
        # places ranked by a measure's speed: each place's speed of it
        (
            "全社会用电量增速前5位的省份中，青海增速为22.1%，甘肃增速为12.1%。",
            [("22.1%", "青海全社会用电量增速"), ("12.1%", "甘肃全社会用电量增速")],
        ),
        # a verb of having alone before 的 names nothing; a clause opening with its figure
        # is named by what follows 的
        (
            "全县拥有340万千瓦的风能资源，360万千瓦的太阳能资源。",
            [("340万千瓦", "风能资源"), ("360万千瓦", "太阳能资源")],
        ),
        ("投资3亿元的滨河公园工程，2亿元的城北道路工程全面完工。", [("2亿元", "城北道路工程投资")]),
        # a footnote's mark between a name and its figure or verb
        ("其中，本级收入4797亿元，同口径[①]下降2.6%。", [("2.6%", "本级收入")]),
        ("小学适龄儿童入学率[13]100%。", [("100%", "小学适龄儿童入学率")]),
        # what a place has inside it, and 仅 (only), name nothing
        ("红石镇境内有林地13937公顷。", [("13937公顷", "红石镇林地")]),
        ("仅2019年草莓总产值可达1000万元。", [("1000万元", "草莓总产值")]),
        # a good planted, then its harvest and income said alone
        (
            "全镇共种植苹果6540.9亩，年产量可达到511吨，总收入可达到255.5万元。",
            [("511吨", "苹果年产量"), ("255.5万元", "苹果总收入")],
        ),
        # a change from the year before last
        ("村集体稳定性收入从前年的540.7万元增加到800万元。", [("540.7万元", "村集体稳定性收入")]),
    ],
)
def test_names_of_round_53(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words after 和 name the next item when its figure is in another unit, or
        # has no noun after it; in the same unit with a noun after, the noun is shared
        ("全镇有水库塘坝41座和电灌站9处。", [("41座", "水库塘坝"), ("9处", "电灌站")]),
        ("全县有小学12所和中学5所。", [("12所", "小学"), ("5所", "中学")]),
        ("推进首批12项及第二批14项重点改革。", [("12项", "重点改革"), ("14项", "重点改革")]),
        # 各 (each) at a name's end says how the figures are shared out, not what
        ("黄牛基地及蔬菜大棚，经营性收入各为25万元、46.2万元。", [("25万元", "经营性收入")]),
        # a crop's yield said by its verb sits between the crop and its output's value
        (
            "全镇共种植菜葫芦2230亩，可产干条90.2万斤，总产值可达108.2万元。",
            [("108.2万元", "菜葫芦总产值")],
        ),
    ],
)
def test_list_items_joined_by_and_and_shares_of_each(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison's base alone is no name: the topic of the clause before, and the
        # base's own figure is that topic's in the base's year
        (
            "特别是2018年，蔬菜加工业销售收入再攀新高，比2013年的1200亿元增长48%。",
            [("1200亿元", "2013年蔬菜加工业销售收入"), ("48%", "蔬菜加工业销售收入")],
        ),
        # a range of quarters, one figure each
        (
            "全省快递业务量增长20%。分季度看，一至三季度同比分别增长5.0%、12.0%、14.5%。",
            [("5.0%", "一季度快递业务量"), ("14.5%", "三季度快递业务量")],
        ),
        # a year dropped from 较…增加 leaves no 较
        ("全县网商总数达3.5万家，较2019年增加0.6万家。", [("0.6万家", "网商总数增加")]),
        # 都超过, a trailing 已, where (…的大地上) is no owner
        ("广东、湖南投资都超过600亿元。", [("超过600亿元", "广东、湖南投资")]),
        ("红旗农场已在60平方公里的土地上建成林网。", [("60平方公里", "红旗农场")]),
        # a slogan with a numeral is no count
        ("两个文明建设取得长足发展，全镇工业产值达到5亿元。", [("5亿元", "工业产值")]),
        # an owner and a measure that share a sector's word write it once
        ("镇村工业完成工业总产值9.9亿元。", [("9.9亿元", "镇村工业总产值")]),
    ],
)
def test_names_of_round_53_from_test253_and_test254(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a structure moved to a year's parts
        (
            "三次产业结构由上年的10.4%、53.1%和36.5%调整为2003年的9.5%、53.2%和37.3%。",
            [("9.5%", "第一产业比重"), ("37.3%", "第三产业比重")],
        ),
        # the 比 of 比重 before a comparison's 比
        ("第三产业所占比重比上年提高了0.87个百分点。", [("0.87个百分点", "第三产业所占比重")]),
        # a good priced per quantity: its price, each of a list
        (
            "大黄花鱼、草鱼每公斤分别为26.82元、11.64元，环比分别下降1.9%、1.5%。",
            [("26.82元", "大黄花鱼价格"), ("11.64元", "草鱼价格"), ("1.5%", "草鱼价格环比")],
        ),
        # a body's earnings before a semicolon own the next clause's profit
        (
            "全省供销社系统实现销售收入67.35亿元，增幅排名列全国第8位；实现利润总额2.4亿元。",
            [("2.4亿元", "供销社系统利润总额")],
        ),
        # an aspect framed before a bare verb
        ("在临时救助方面，全年累计救助970.3万人次。", [("970.3万人次", "临时救助人次")]),
        # a web page's link in brackets
        ("棉花（棉花市场前景调查分析报告）产量630万吨。", [("630万吨", "棉花产量")]),
    ],
)
def test_names_of_round_53_from_test255_and_test256(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_number_garbled_with_two_decimal_points_is_no_figure() -> None:
    assert [m.text for m in find_mentions("工业总产值比上年增长8.156.64%。")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table referred to is no count
        ("鸡蛋价格上涨（如表5所示），猪肉价格下降（见表3）。", []),
        # an age band labels the count after it; the count is of the people of that age
        (
            "全镇总人口32179人，其中14岁以下5184人；15—64岁22611人；65岁以上4564人。",
            [("5184人", "14岁以下人口"), ("22611人", "15—64岁人口"), ("4564人", "65岁以上人口")],
        ),
        # places named by rank, each with the measure the sentence opens with
        (
            "上述省份12月份原煤产量同比均下降，降幅最大的为新疆，同比下降11.8%，其次是安徽省，"
            "同比下降8.4%。",
            [("11.8%", "新疆原煤产量"), ("8.4%", "安徽省原煤产量")],
        ),
        # a note on the data's status after a figure is read past
        (
            "全国水泥产量110904.64万吨，比去年107416.28万吨（为国家统计局调整后的数据）"
            "增加3488.36万吨。",
            [("3488.36万吨", "全国水泥产量增加")],
        ),
        # the copula after a price, a count of people before earnings, a feature's measure
        ("本周鸡蛋价格为每斤5元。", [("5元", "本周鸡蛋价格")]),
        ("国内旅游人数50.01亿人次，收入4.57万亿元。", [("4.57万亿元", "国内旅游收入")]),
        (
            "主要山峰有黄毛尖，海拔1011.4米；小坪山，海拔965米。",
            [("1011.4米", "黄毛尖海拔"), ("965米", "小坪山海拔")],
        ),
        ("全县国土面积大，面积3000平方公里。", [("3000平方公里", "面积")]),
        # 比例 cut as a comparison keeps its name; a kind of place written twice once
        ("优良天数共297天，优良天数所占比例为81.4%。", [("81.4%", "优良天数所占比例")]),
        ("上半年，市级示范镇示范镇税收总收入增长15.9%。", [("15.9%", "市级示范镇税收总收入")]),
    ],
)
def test_names_of_round_53_from_test257_to_test259(
    text: str, expected: list[tuple[str, str]]
) -> None:
    if not expected:
        assert [m.text for m in find_mentions(text)] == []
        return
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feature named after the copula ending the clause before its measure
        ("城关镇境内最大的河流为二级河茹河，长20千米。", [("20千米", "二级河茹河长")]),
        # 且 opening a name
        ("全乡优质棉种植总量突破万亩，且亩效益达到1200元。", [("1200元", "亩效益")]),
        # a word written twice where a whole's name met its part's, however late
        (
            "上半年，14个示范镇税收总收入25.96亿元，其中7个市级示范镇9.06亿元，同比增长15.9%。",
            [("9.06亿元", "市级示范镇税收总收入")],
        ),
    ],
)
def test_names_of_round_53_from_test259_and_test260(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a group named with the group's noun already takes nothing more
        (
            "在农民工总量中，外出农民工17185万人。在外出农民工中，进城农民工13710万人。",
            [("17185万人", "外出农民工"), ("13710万人", "进城农民工")],
        ),
        ("户籍人口中，男性27万人。", [("27万人", "男性户籍人口")]),
        # a gloss giving two readings
        (
            "公路养护里程535万公里，占公路总里程比重为（wéi/wèi）99.4%。",
            [("99.4%", "公路养护里程占公路总里程比重")],
        ),
    ],
)
def test_names_of_round_53_from_test261_and_test262(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a good's price per weight names the price; a price, a subsidy or an income stays
        (
            "白条鸡17.45元/公斤，环比下降1.2%；鸡蛋6.9元/公斤。",
            [("17.45元/公斤", "白条鸡价格"), ("6.9元/公斤", "鸡蛋价格")],
        ),
        ("猪肉平均价格30元/公斤。", [("30元/公斤", "猪肉平均价格")]),
        ("发放运输补贴50元/吨。", [("50元/吨", "发放运输补贴")]),
        # a density per area: the area is the unit's, not the name's
        ("全县人口密度为每平方千米169人。", [("169人", "人口密度")]),
    ],
)
def test_prices_per_weight_and_densities_per_area(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part after 其中 of a whole that moved against the month: its whole's measure first
        (
            "环比看，9月份全省居民消费价格下降0.1%。其中，城市下降0.2%，农村上涨0.3%。",
            [("0.2%", "城市居民消费价格环比")],
        ),
        (
            "食品烟酒价格环比下降0.6%。其中，鸡蛋价格下降6.0%，影响CPI下降约0.03个百分点。",
            [("6.0%", "鸡蛋价格环比"), ("约0.03个百分点", "鸡蛋价格环比影响CPI")],
        ),
    ],
)
def test_parts_of_a_whole_moved_against_the_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_year_on_year_frame_ends_a_month_on_month_part() -> None:
    from lxml import etree

    from reportpress.metrics.markup import annotate

    ns = "urn:reportpress:report:1"
    root = etree.Element(f"{{{ns}}}report", nsmap={None: ns})
    body = etree.SubElement(root, f"{{{ns}}}body")
    for text in (
        "环比看，9月份全省居民消费价格下降0.1%。",
        "从各类商品及服务价格同比变动情况来看，食品价格下降5.4%，其中猪肉价格下降49.4%。",
    ):
        etree.SubElement(body, f"{{{ns}}}p").text = text
    annotate(root)
    names = {m.text: m.get("indicator") for m in root.iter(f"{{{ns}}}metric")}
    assert names["49.4%"] == "猪肉价格"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the era before the reform as a base, like a year
        (
            "累计完成水利投资9545亿元，是改革开放前的17倍。",
            [("17倍", "水利投资")],
        ),
        ("有效灌溉面积达到4.3亿亩，比改革开放初期增长了41.9%。", [("41.9%", "有效灌溉面积")]),
    ],
)
def test_the_era_before_the_reform_is_a_base(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


def test_the_news_short_same_period_moves_are_changes() -> None:
    text = "1-8月全省外贸进出口值3287.4亿元，同增17.1%；加工贸易进出口1029亿元，同降1.9%。"
    got = {m.text: (m.kind, m.direction, m.indicator) for m in find_mentions(text)}
    assert got["17.1%"] == ("change", "up", "外贸进出口值")
    assert got["1.9%"] == ("change", "down", "加工贸易进出口")
