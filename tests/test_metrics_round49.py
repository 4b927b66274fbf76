"""Round 49 (issue 15, twenty-second session): classes left by the judged rows of test202–216;
each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import assert_named, named

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 月环比 is the comparison, not a name of 月
        (
            "调和油51.95元/5升，月环比上涨1.69%，同比上涨19.70%。",
            [("1.69%", "调和油价格环比"), ("19.70%", "调和油价格")],
        ),
        # a good whose move is said with 下降 after its own price
        (
            "生猪18.48元/斤，月环比下降0.49%，同比上涨119.21%；玉米2.4元/千克，月环比上涨0.41%。",
            [("0.49%", "生猪价格环比"), ("119.21%", "生猪价格"), ("0.41%", "玉米价格环比")],
        ),
        ("猪肉均价25元/公斤，当月环比上涨3%。", [("3%", "猪肉均价环比")]),
    ],
)
def test_month_on_month_said_with_its_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


def test_a_month_named_by_its_number_keeps_it():
    """(前11月同比: the period, not 月同比: the figure is lent the measure before.)"""
    found = named("11月全省规模以上工业增加值同比增长7.9%，前11月同比增长3.4%。")
    assert found["3.4%"] not in ("前11", "前")


def test_a_quantity_of_the_good_is_not_its_price():
    """豆类40吨，环比下降12%: the output moved, not a price."""
    assert named("豆类40吨，环比下降12%。")["12%"] == "豆类环比"


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("完成植树造林2020亩，为全年任务的114%。", "114%", "植树造林"),
        ("地税收入375万元，为全年任务的71.4%。", "71.4%", "地税收入"),
        (
            "外贸进出口总值完成17.4亿元，同比增长44.4%，完成年度任务的105.8%。",
            "105.8%",
            "外贸进出口总值",
        ),
    ],
)
def test_a_task_completed_is_of_the_figure_before(text: str, figure: str, name: str) -> None:
    found = {m.text: (m.indicator, m.kind) for m in find_mentions(text)}
    assert found[figure] == (name, "completion")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part after the first part's own change
        (
            "全年粮食总产量12.5万吨，其中稻谷8.2万吨，薯类2899吨，增长59.2%，豆类134吨，下降29.4%。",
            [("134吨", "豆类产量"), ("29.4%", "豆类产量")],  # (round 57: was 粮食总产量中豆类)
        ),
        # a crop after a whole measured by 总产
        (
            "全年油料总产5854.1吨，增长30.6%，其中油菜籽5512吨，增长32.6%。",
            [("5512吨", "油菜籽总产"), ("32.6%", "油菜籽总产")],
        ),
    ],
)
def test_parts_of_a_whole_past_their_changes(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        ("鸭梨、菠萝周均价环比分别跌1.8%、1.7%。", "1.7%", "down"),
        ("白鲢鱼、大黄花鱼周均价环比分别涨1.7%、1.5%。", "1.5%", "up"),
        ("鸡蛋批发市场周均价10.19元，环比持平，同比高0.5%。", "0.5%", "up"),
        ("猪肉价格同比低3.2%。", "3.2%", "down"),
    ],
)
def test_a_move_said_by_one_character_is_a_change(text: str, figure: str, direction: str) -> None:
    found = {m.text: (m.kind, m.direction, m.indicator) for m in find_mentions(text)}
    kind, way, name = found[figure]
    assert (kind, way) == ("change", direction)
    assert not name.endswith(("高", "低", "涨", "跌"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鸡蛋批发市场周均价每公斤10.19元。", [("10.19元", "鸡蛋批发市场周均价")]),
        ("粳米、籼米价格分别为每斤2.5元、2.1元。", [("2.5元", "粳米价格"), ("2.1元", "籼米价格")]),
    ],
)
def test_the_quantity_a_price_is_for_is_no_part_of_its_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_listed_price_moves_named_once_as_a_price():
    """(大黄花鱼周均价 is a price already: its move is no 周均价价格.)"""
    found = named("白鲢鱼14.44元、大黄花鱼周均价41.32元，环比分别涨1.7%、1.5%。")
    assert found["1.5%"] == "大黄花鱼周均价环比"


def test_counts_of_kinds_that_say_only_their_move():
    assert_named(
        "分品种看，12种蔬菜价格下跌，3种持平，13种上涨。",
        [("12种", "蔬菜价格下跌"), ("3种", "蔬菜价格持平"), ("13种", "蔬菜价格上涨")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "猪、牛、羊、禽肉产量分别为5万吨、1万吨、2万吨和3万吨。",
            [("5万吨", "猪肉产量"), ("1万吨", "牛肉产量"), ("3万吨", "禽肉产量")],
        ),
        (
            "其中猪、牛、羊、禽肉分别增长4.7%、4.1%、1.8%、5.9%。",
            [("4.7%", "猪肉"), ("1.8%", "羊肉")],
        ),
        (
            "进、出口总额分别为3亿美元和2亿美元。",
            [("3亿美元", "进口总额"), ("2亿美元", "出口总额")],
        ),
    ],
)
def test_one_character_members_share_the_last_ones_second(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_scope_made_an_adjective_stays():
    assert named("全年举办全区性大型群文活动24场次。")["24场次"] == "全区性大型群文活动"


def test_a_share_named_with_its_verb_alone_is_a_share():
    assert_named(
        "农区牲畜存栏占到70%，提高了2个百分点。",
        [("70%", "农区牲畜存栏占比"), ("2个百分点", "农区牲畜存栏占比")],
    )


def test_a_scale_passed_is_the_subjects():
    assert named("总产值突破300亿规模。")["300亿"] == "总产值"


def test_a_price_per_area_and_the_area_after_a_slash():
    found = {
        m.text: (m.indicator, m.unit)
        for m in find_mentions("住宅成交1325套/104390.1㎡，均价55284元/㎡。")
    }
    assert found["104390.1㎡"][0] == "住宅成交"
    assert found["55284元/㎡"][1] == "元/m²"


def test_a_kind_of_property_opening_its_sentence_owns_its_figures():
    assert_named(
        "商业，成交206套/12151.88㎡，均价45659元/㎡，总金额55.48亿元，套均总价269.34万元；"
        "成交套数上升10.16%。",
        [
            ("206套", "商业成交"),
            ("45659元/㎡", "商业均价"),
            ("55.48亿元", "商业总金额"),
            ("10.16%", "商业成交套数"),
        ],
    )


def test_industries_joined_by_he_whose_names_hold_he():
    assert_named(
        "计算机、通信和其他电子设备制造业和黑色金属冶炼和压延加工业增速分别达到22.2%和42.6%。",
        [
            ("22.2%", "计算机、通信和其他电子设备制造业增速"),
            ("42.6%", "黑色金属冶炼和压延加工业增速"),
        ],
    )


def test_a_net_change_by_day_is_of_the_bodies_counted_before():
    assert_named(
        "全国日均新设企业2.2万户，日均净增1.2万户；日均新设市场主体6.7万户，日均净增3.1万户。",
        [("1.2万户", "日均净增企业"), ("3.1万户", "日均净增市场主体")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2021年人均生产总值32161元（2020年人均27947元；2019年人均29006元）。",
            [("27947元", "2020年人均生产总值"), ("29006元", "2019年人均生产总值")],
        ),
        ("年末总人口120万人（2020年末118万人）。", [("118万人", "2020年末总人口")]),
        ("财政收入8亿元（2020年为7亿元）。", [("7亿元", "2020年财政收入")]),
    ],
)
def test_an_earlier_years_value_in_a_note_is_of_the_same_measure(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "count", "name"),
    [
        ("全县51个乡镇中，有12个乡镇同比增速超过5%。", "12个", "同比增速超过5%的乡镇"),
        (
            "13个县（市、区）一般公共预算收入增幅超过10%。",
            "13个",
            "一般公共预算收入增幅超过10%的县（市、区）",
        ),
        ("有8个县区增速在10%以上。", "8个", "增速在10%以上的县区"),
    ],
)
def test_things_counted_then_the_bar_their_speed_passed(text: str, count: str, name: str) -> None:
    found = named(text)
    assert found[count] == name
    assert all(not t.endswith(("%", "%以上")) for t in found)  # the bar is no figure


def test_a_growth_of_things_counted_is_a_figure():
    """17个…增长5.3%: no bar passed, the things' own growth."""
    assert named("17个重点传统制造业增加值增长5.3%。")["5.3%"] == "重点传统制造业增加值"
    assert "8%以上" in named("基础设施投资连续9个月单月增长8%以上。")


def test_a_part_whose_name_ends_as_the_whole_begins_takes_its_measure():
    assert_named(
        "全年专利授权量3.49万件，增长42.7%。其中，发明专利5997件，增长40.8%。",
        [("5997件", "发明专利授权量"), ("40.8%", "发明专利授权量")],
    )


def test_a_ratio_said_alone_after_a_figure_is_that_figures():
    assert_named(
        "研究与试验发展经费支出401亿元，相当于全市生产总值的比例为2.7%。",
        [("2.7%", "研究与试验发展经费支出相当于全市生产总值的比例")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我镇新增工商户220户，民营企业30家。", [("30家", "新增民营企业")]),
        ("新建学校3所，幼儿园5所。", [("5所", "新建幼儿园")]),
        ("全年新登记企业1200户，个体工商户3500户。", [("3500户", "新登记个体工商户")]),
        # a deed of its own, a state or a place takes no founding verb
        ("新开工项目30个，续建项目43个。", [("43个", "续建项目")]),
        ("新增高校8所，省外12所。", [("12所", "省外")]),
    ],
)
def test_a_founding_verb_is_shared_by_the_next_count(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_learners_of_training_institutions_are_theirs():
    assert_named(
        "职业技术培训机构789所，注册生185.8万人次；老年教育机构278所，在校学员51.4万人。",
        [("185.8万人次", "职业技术培训机构注册生"), ("51.4万人", "老年教育机构在校学员")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "土豆2.54元/公斤，环比、同比分别下降12.41%、38.5%；黄瓜5.71元/公斤，环比下降0.87%。",
            [("12.41%", "土豆价格环比"), ("38.5%", "土豆价格同比"), ("0.87%", "黄瓜价格环比")],
        ),
        (
            "玉米5.99元/公斤，环比上涨0.34%、同比下降0.99%。",
            [("0.34%", "玉米价格环比"), ("0.99%", "玉米价格同比")],
        ),
    ],
)
def test_a_goods_moves_against_two_bases(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


def test_a_completion_rate_named_alone_is_the_tasks_before_it():
    assert_named(
        "完成77个村庄规划编制数据入库工作，完成率97.47%。",
        [("97.47%", "村庄规划编制数据入库完成率")],
    )


def test_a_figure_after_its_measure_was_judged():
    assert_named(
        "华南地区猪肉平均价格较高，为60.83元/公斤；西北地区较低，为52.38元/公斤。",
        [("60.83元/公斤", "华南地区猪肉平均价格"), ("52.38元/公斤", "西北地区猪肉平均价格")],
    )


def test_a_table_goes_on_under_the_header_of_the_paragraph_before():
    """A page's table read as two paragraphs: the second's rows are read under the first's
    header (its change column's figures are the goods' price changes, not their remarks')."""
    header = (
        "项目名称 | 规格等级 | 单位 | 本期均价 | 上期均价 | 变动幅度 | 备注 |"
        "籼米 | 二级 | 元/500克 | 2.19 | 2.19 | -- | |面粉 | 特一粉 | 元/500克 | 2.89 | 2.89 | -- | |"
    )
    rows = (
        "猪肉③ | 带皮后腿肉，鲜 | 元/500克 | 13.50 | 14.14 | -4.53% | 正常波动； |"
        "仔猪 | 二级 | 元/千克 | 23.22 | 22.56 | 2.93% | |芹菜 | 新鲜一级 | 元/500克 | 5.16 | 5.29 | -2.46% | |"
    )
    found = {m.text: (m.indicator, m.kind, m.direction) for m in find_mentions(rows, header)}
    assert found["-4.53%"] == ("猪肉价格", "change", "down")
    assert found["2.93%"] == ("仔猪价格", "change", "up")
    assert found["-2.46%"][0] == "芹菜价格"


def test_the_seller_of_a_sales_sentence_owns_its_prices_and_sums():
    assert_named(
        "全市商品房共成交930套/76458.66㎡，均价53060元/㎡，总金额40.56亿元。"
        "其中：新房住宅，成交535套/53555.03㎡，均价55284元/㎡。",
        [
            ("53060元/㎡", "商品房均价"),
            ("40.56亿元", "商品房总金额"),
            ("535套", "新房住宅成交"),
            ("55284元/㎡", "新房住宅均价"),
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1月份至9月份第一、二、三产业新设企业同比分别增长35.8%、13.5%和5.7%。",
            [("35.8%", "第一产业新设企业"), ("13.5%", "第二产业新设企业")],
        ),
        ("个体工商户正常营业率已经稳定在八成以上。", [("八成以上", "个体工商户正常营业率")]),
    ],
)
def test_a_span_of_months_and_already_open_no_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_harvests_rate_said_with_its_move_is_a_change_of_the_sum_before():
    found = {
        m.text: (m.indicator, m.kind, m.direction)
        for m in find_mentions("其中，夏粮产量14615万吨，减产0.8%；早稻产量2834万吨，增产0.9%。")
    }
    assert found["0.8%"] == ("夏粮产量", "change", "down")
    assert found["0.9%"] == ("早稻产量", "change", "up")


def test_taxes_that_hold_zhan_are_no_shares():
    assert_named(
        "增值税、营业税、耕地占用税分别为1.60亿元、11.22亿元、10.30亿元。",
        [("1.60亿元", "增值税"), ("11.22亿元", "营业税"), ("10.30亿元", "耕地占用税")],
    )


def test_a_school_named_with_zhong_is_no_part_of_a_whole():
    assert_named(
        "全区有各类学校367所，其中普通中学42所，职业中学10所，小学93所，幼儿园221所。",
        [("93所", "小学"), ("221所", "幼儿园")],
    )


def test_a_year_run_into_yuandan_is_no_sum():
    assert "2017元" not in named("为期3天的2017元旦小长假圆满落下帷幕。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "城镇、农村居民人均可支配收入分别为5万元和2万元，人均消费支出分别为3万元和1.5万元。",
            [("3万元", "城镇居民人均消费支出"), ("1.5万元", "农村居民人均消费支出")],
        ),
        (
            "东部、中部和西部地区快递业务量比重分别为72.6%、18.6%和8.8%，"
            "业务收入比重分别为74.7%、15.0%和10.3%。",
            [("74.7%", "东部地区快递业务收入比重"), ("10.3%", "西部地区快递业务收入比重")],
        ),
    ],
)
def test_a_second_list_naming_its_measure_alone_is_of_the_first_lists_owners(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_band_of_ages_before_de_names_people_and_is_no_figure():
    assert "50岁以下" not in named("将50岁以下的农民党员纳入培训。")
    assert named("全县60岁以上的老年人2.1万人。")["2.1万人"].endswith("老年人")


@pytest.mark.parametrize(
    ("text", "figure", "name", "direction"),
    [
        ("全年生猪出栏12万头，增 4.9%。", "4.9%", "生猪出栏", "up"),
        ("纱3万吨，减4.1%；布2亿米，增2%。", "4.1%", "纱", "down"),
        ("白条鸡零售价格20.5元/公斤，周环比上涨1.15%。", "1.15%", "白条鸡零售价格环比", "up"),
        ("夹心肉零售价26元/公斤，与上周相比上涨2%。", "2%", "夹心肉零售价", "up"),
    ],
)
def test_a_move_in_one_character_and_a_week_compared(
    text: str, figure: str, name: str, direction: str
) -> None:
    found = {m.text: (m.indicator, m.kind, m.direction) for m in find_mentions(text)}
    assert found[figure] == (name, "change", direction)


def test_the_top_places_of_a_ranking_are_no_count():
    assert "10家" not in named("规模以上服务业前10家企业营业收入占全市的35%。")
