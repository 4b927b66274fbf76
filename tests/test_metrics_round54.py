"""Round 54 (issue 15, twenty-seventh session): classes left by the judged rows of
test251–266 that the rules still named as judged; each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import assert_named

from reportpress.metrics import find_mentions


def test_a_two_reading_gloss_with_spaces_is_read_past() -> None:
    text = "全省公路养护里程30.5万公里，占公路总里程比重为(wéi / wèi)98.2%。"
    assert_named(text, [("98.2%", "公路养护里程占公路总里程比重")])


def test_vehicle_kilometres_are_a_unit() -> None:
    (mention,) = find_mentions("全市机动车年平均行驶量为2.6万车公里/日。")
    assert (mention.text, mention.unit, mention.kind) == ("2.6万车公里/日", "万车公里/日", "amount")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5月全县用电量3.2亿千瓦时，由去年同期下降4.1%转为增长12.5%，两年平均增长3.8%。",
            [("4.1%", "5月用电量"), ("12.5%", "5月用电量"), ("3.8%", "5月用电量两年平均增速")],
        ),
        (
            "一季度，全区社会消费品零售总额20亿元，由上年的下降转为增长6.1%。",
            [("6.1%", "社会消费品零售总额")],
        ),
    ],
)
def test_a_clause_opening_with_the_year_before_turned_from_is_the_measure_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2．各县区1—9月工业投资增速后三名：青山县下降2.5%，河口区下降8.1%，"
            "城关区（不含开发区）下降12%。",
            [
                ("2.5%", "青山县工业投资增速"),
                ("8.1%", "河口区工业投资增速"),
                ("12%", "城关区工业投资增速"),
            ],
        ),
        (
            "各市中，全市规模以上工业增加值增速前三位的是：甲市增长9.1%、乙市增长8.2%。",
            [("9.1%", "甲市规模以上工业增加值增速"), ("8.2%", "乙市规模以上工业增加值增速")],
        ),
        # a place listed with its measure keeps it
        (
            "全市工业增加值增速前二名：高新区工业增加值增长12%，城关区增长9%。",
            [("12%", "高新区工业增加值"), ("9%", "城关区工业增加值增速")],
        ),
    ],
)
def test_places_listed_after_a_ranking_header_take_its_measure(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2020年，全省第一、二、三产业从业人员分别为1200万人、1500万人和2100万人。",
            [
                ("1200万人", "第一产业从业人员"),
                ("1500万人", "第二产业从业人员"),
                ("2100万人", "第三产业从业人员"),
            ],
        ),
        (
            "第二、三产业投资分别增长5.1%和6.2%。",
            [("5.1%", "第二产业投资"), ("6.2%", "第三产业投资")],
        ),
    ],
)
def test_ordinals_sharing_one_di_are_each_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert_named(text, expected)


def test_counts_of_a_wholes_things_by_their_move() -> None:
    text = "在监测的40个品种中，上涨的有22种，占55%；下跌的有15种，占37.5%；持平3种，占7.5%。"
    assert_named(
        text,
        [
            ("22种", "上涨品种"),
            ("55%", "上涨品种占比"),
            ("15种", "下跌品种"),
            ("37.5%", "下跌品种占比"),
            ("3种", "持平品种"),
            ("7.5%", "持平品种占比"),
        ],
    )


def test_a_growth_rate_is_a_change_but_a_natural_one_per_mille() -> None:
    got = {
        m.text: (m.kind, m.direction)
        for m in find_mentions("全市生产总值增长率为5.2%，人口自然增长率为3.1‰，增长率为2.2‰。")
    }
    assert got == {"5.2%": ("change", "up"), "3.1‰": ("level", ""), "2.2‰": ("level", "")}


def test_figures_listed_by_region_after_a_measure_written_once() -> None:
    text = (
        "粮食产量东部地区4000万吨、中部地区3200万吨、西部地区3700万吨，增长率分别为2.3%、3.4%和4.1%，"
        "分别提高了1.2、0.9和0.6个百分点。"
    )
    assert_named(
        text,
        [
            ("4000万吨", "东部地区粮食产量"),
            ("3200万吨", "中部地区粮食产量"),
            ("3700万吨", "西部地区粮食产量"),
            ("2.3%", "东部地区粮食产量增长率"),
            ("4.1%", "西部地区粮食产量增长率"),
            ("0.6个百分点", "西部地区粮食产量增长率"),
        ],
    )


def test_groups_of_people_listed_after_a_colon_are_parts_of_the_whole() -> None:
    text = (
        "接待入境游客人数520万人次，比上年增长3.2%。其中：外国人120万人次，下降1.0%；"
        "香港同胞300万人次，增长2.0%；台湾同胞100万人次，增长3.4%。"
    )
    assert_named(
        text,
        [
            ("120万人次", "接待入境游客外国人"),
            ("1.0%", "接待入境游客外国人"),
            ("300万人次", "接待入境游客香港同胞"),
            ("3.4%", "接待入境游客台湾同胞"),
        ],
    )


def test_a_list_after_a_semicolon_without_a_colon_ends() -> None:
    text = "全年招生8730人，其中研究生204人；毕业生5000人，增长2.0%。"
    assert_named(text, [("204人", "研究生招生"), ("5000人", "毕业生"), ("2.0%", "毕业生")])


def test_a_rate_of_the_whole_takes_no_owner_from_the_figure_before() -> None:
    text = "脱贫420户1300人，剩余贫困人口120户380人，全县贫困发生率为1.8%。"
    assert_named(text, [("1.8%", "贫困发生率")])


def test_what_a_sum_can_bring_names_no_modal() -> None:
    assert_named("投入150万元发展光伏，预计每年可为村集体增收20万元。", [("20万元", "村集体增收")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全镇辖12个行政村，86个村民小组，4200户，总人口15000人。",
            [("4200户", "户数"), ("15000人", "总人口")],
        ),
        ("全乡辖8个行政村，2个社区，共3100户11800人。", [("3100户", "户数"), ("11800人", "人口")]),
    ],
)
def test_households_counted_after_grassroots_units_are_households(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("白沙镇位于县城东南25公里处，境内多山。", [("25公里", "白沙镇距县城")]),
        ("集镇位于市区以北8公里处。", [("8公里", "集镇距市区")]),
    ],
)
def test_a_place_lying_a_distance_away_is_its_distance_from_there(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_counts_of_things_done_among_a_whole() -> None:
    text = "50项重点工作中，已完成30项，未完成2项，18项正在推进。12项民生实事中，已完成9项。"
    assert_named(
        text,
        [("30项", "已完成重点工作"), ("2项", "未完成重点工作"), ("9项", "已完成民生实事")],
    )


def test_a_base_compared_with_is_the_measure_at_that_base() -> None:
    text = (
        "全县常住人口为412000人，与2010年第六次全国人口普查的405000人相比，十年共增加7000人，"
        "增长1.73%，年平均增长率为0.17%。"
    )
    assert_named(
        text,
        [
            ("405000人", "第六次全国人口普查常住人口"),
            ("7000人", "常住人口增加"),
            ("1.73%", "常住人口"),
            ("0.17%", "常住人口年平均增长率"),
        ],
    )
    # the subject said in the clause without a figure of its own
    text = "全市常住人口与第六次全国人口普查的725482人相比，增加25907人。"
    assert_named(text, [("725482人", "第六次全国人口普查常住人口"), ("25907人", "常住人口增加")])


def test_a_goods_yield_and_output_after_its_land_named_by_it_alone() -> None:
    text = "小麦种植面积5万亩，亩产400公斤，总产量2万吨；花生1.2万亩，亩产250公斤，总产量3000吨。"
    assert_named(text, [("250公斤", "花生亩产"), ("3000吨", "花生总产量")])


def test_a_measures_copula_before_a_colon_is_read_past() -> None:
    text = "猪肉价格为:25.50元/公斤，环比下降1.2%。"
    assert_named(text, [("25.50元/公斤", "猪肉价格"), ("1.2%", "猪肉价格环比")])


def test_years_listed_before_a_measure_frame_it() -> None:
    text = "2022年和2023年粮食产量增速分别比上年回落0.8和0.3个百分点。"
    assert_named(text, [("0.8", "粮食产量增速"), ("0.3个百分点", "粮食产量增速")])


def test_what_can_be_formed_names_no_modal() -> None:
    assert_named("工程建成后，可形成年供水能力3000万立方米。", [("3000万立方米", "年供水能力")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全省万元GDP和万元工业增加值用水量分别为105.7立方米和79.6立方米。",
            [("105.7立方米", "万元GDP用水量"), ("79.6立方米", "万元工业增加值用水量")],
        ),
        ("其中农业195.11亿立方米、城镇公共12.12亿立方米。", [("12.12亿立方米", "城镇公共")]),
        ("-在校生10561.24万人，比上年增加22.8万人。", [("10561.24万人", "在校生")]),
        (
            "南方省份地表水供水量占其总供水量比重均在86%以上。",
            [("86%以上", "南方省份地表水供水量占其总供水量比重")],
        ),
    ],
)
def test_pairs_with_latin_words_public_bullets_and_均(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1.建筑业发生3起事故，死亡3人；2.采矿业发生2起事故，死亡4人。",
            [
                ("3起", "建筑业事故"),
                ("3人", "建筑业事故死亡人数"),
                ("2起", "采矿业事故"),
                ("4人", "采矿业事故死亡人数"),
            ],
        ),
        (
            "全市共发生各类事故113起，同比减少7起，下降5.8%；死亡28人，下降2.1%。",
            [
                ("113起", "各类事故"),
                ("5.8%", "各类事故"),
                ("28人", "各类事故死亡人数"),
                ("2.1%", "各类事故死亡人数"),
            ],
        ),
        # the dead's own measure after them is not written twice (死亡人数人数)
        (
            "1.甲县共发生6起事故，死亡6人，事故起数同比下降25%，死亡人数同比下降45.5%；",
            [("25%", "甲县事故起数"), ("45.5%", "甲县事故死亡人数")],
        ),
        (
            "煤矿事故总量下降。发生事故9起、死亡12人。",
            [("9起", "煤矿事故"), ("12人", "煤矿事故死亡人数")],
        ),
    ],
)
def test_incidents_counted_are_whose_and_their_dead_are_theirs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)


def test_a_per_head_lead_is_shared_by_the_parts_listed() -> None:
    text = "每千人托位、养老床位数分别达到4.7个、27.3张。"
    assert_named(text, [("4.7个", "每千人托位"), ("27.3张", "每千人养老床位数")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年以来共识别监测对象186户。", [("186户", "识别监测对象")]),
        ("乡内有旱田约65000亩。", [("约65000亩", "旱田")]),
        ("全镇内有耕地5000亩。", [("5000亩", "耕地")]),
    ],
)
def test_since_and_what_a_place_has_inside_open_no_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert_named(text, expected)
