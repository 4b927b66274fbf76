"""Round 34 (issue 15): classes the judges of test72 to test74 named, and shapes of the
genre beside them; each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions
from reportpress.metrics.periods import period_before


@pytest.mark.parametrize(
    ("text", "name", "period"),
    [
        ("1-9月审结各类案件6120件。", "审结各类案件", "1-9月"),
        ("1—11月份地税收入18200万元。", "地税收入", "1—11月"),
        ("1~7月工业投资9500万元。", "工业投资", "1~7月"),
    ],
)
def test_a_span_of_months_opening_a_name_is_its_period_not_its_name(
    text: str, name: str, period: str
) -> None:
    found = find_mentions(text)
    assert [m.indicator for m in found] == [name]
    assert period_before(text, found[0].start) == period  # the dataset's period column


def test_periods_that_tell_listed_figures_apart_stay_in_their_names() -> None:
    assert names("一季度和上半年全市出口分别增长4%、5%。") == ["一季度出口", "上半年出口"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支出增长的主要原因是教育补助增加2.1亿元。", "教育补助增加"),
        ("支出减少的原因是债务付息支出减少0.6亿元。", "债务付息支出减少"),
        ("非税收入增收主要是国有资源有偿使用收入增加3000万元。", "国有资源有偿使用收入增加"),
    ],
)
def test_a_cause_clause_is_no_part_of_the_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_the_same_beds_again_are_not_named_twice() -> None:
    assert names("床位31.5万张，比上年增长6.4%。") == ["床位", "床位"]


def test_a_parts_growth_is_named_as_the_part() -> None:
    text = "一般公共预算收入12亿元，其中县本级9亿元，比上年增长6%，园区3亿元，下降2%。"
    assert names(text) == [
        "一般公共预算收入",
        "县本级一般公共预算收入",
        "县本级一般公共预算收入",
        "园区一般公共预算收入",
        "园区一般公共预算收入",
    ]


def test_an_averaged_speed_is_of_the_figure_before() -> None:
    assert names("全市降低耗材采购成本2300万元，平均降幅7.1%。") == [
        "降低耗材采购成本",
        "耗材采购成本平均降幅",
    ]
    assert names("全县生产总值86亿元，年均增速6.3%。") == ["生产总值", "生产总值年均增速"]


def test_speeds_listed_after_a_list_are_each_figures_own() -> None:
    text = "城乡居民人均可支配收入分别达41020元、21300元，年均增速6.1%、7.8%。"
    assert names(text)[2:] == [
        "城镇居民人均可支配收入年均增速",
        "农村居民人均可支配收入年均增速",
    ]


def test_a_topic_doing_well_owns_the_bare_measure_after_it() -> None:
    assert names("中小企业增势良好，1-4月实现增加值41.3亿元，同比增长8.2%。") == [
        "中小企业增加值",
        "中小企业增加值",
    ]
    assert names("文旅企业发展势头良好，实现利润2.7亿元。") == ["文旅企业利润"]


def test_inspection_verbs_before_listed_examples_name_what_was_counted() -> None:
    assert names("延伸抽查区教育局、区卫健局、城南街道等7个单位。") == ["延伸抽查单位"]
    assert names("抽查12家企业。") == ["抽查企业"]


def test_what_bodies_hold_is_theirs_not_their_change() -> None:
    assert names("养老机构320个，比上年增加12个，床位4.1万张。")[2] == "养老机构床位"


@pytest.mark.parametrize(
    "text",
    [
        "根据1%人口抽样调查，年末常住人口86万人。",
        "据全市5‰人口变动抽样调查推算，年末常住人口86万人。",
    ],
)
def test_a_survey_named_by_its_sample_is_no_figure(text: str) -> None:
    assert [m.text for m in find_mentions(text)] == ["86万人"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("公路密度达到61.3公里/百平方公里。", "公里/百平方公里"),
        ("铁路路网密度152.3 km/万km2。", "km/万km²"),
        ("每万人拥有床位6.4张/千人。", "张/千人"),
    ],
)
def test_a_density_keeps_its_area_or_people(text: str, unit: str) -> None:
    found = find_mentions(text)
    assert [m.unit for m in found] == [unit]
    if unit.startswith(("公里", "km")):
        assert found[0].kind == "amount"  # a length per area, like 元/吨


def test_industries_after_its_whole_have_the_wholes_measure() -> None:
    text = (
        "全年农林牧渔总产值48.2亿元，增长3.1%，其中农业30.5亿元，增长3.4%；牧业7.7亿元，下降1.2%。"
    )
    assert names(text)[2:] == ["农业产值", "农业产值", "牧业产值", "牧业产值"]


def test_industries_after_a_sentence_naming_the_measure_alone() -> None:
    text = "全市部分行业总产值保持较快增长。其中，纺织业增长21.4%，家具业增长9.8%。"
    assert names(text) == ["纺织业总产值", "家具业总产值"]


def test_trades_after_retail_sales_are_the_trades_sales() -> None:
    text = "社会消费品零售总额520亿元，增长6.1%，其中批发零售业470亿元，住宿餐饮业50亿元。"
    assert names(text)[2:] == ["批发零售业零售额", "住宿餐饮业零售额"]


def test_a_change_against_a_named_year_is_the_outturns_change() -> None:
    text = (
        "2023年县级一般公共预算收入决算数52310万元，比2022年增收3120万元，增长6.3%；"
        "县级一般公共预算支出决算数98120万元，比2022年增支2300万元，增长2.4%。"
    )
    assert names(text) == [
        "县级一般公共预算收入决算数",
        "县级一般公共预算收入增收",
        "县级一般公共预算收入",
        "县级一般公共预算支出决算数",
        "县级一般公共预算支出增支",
        "县级一般公共预算支出",
    ]


@pytest.mark.parametrize(
    "text",
    ["区审计局实施21个项目（其中：财政审计6个）。", "区审计局实施21个项目(其中:财政审计6个)。"],
)
def test_a_note_opened_after_the_things_counted_is_not_their_name(text: str) -> None:
    assert names(text) == ["区审计局实施项目", "财政审计"]


def test_a_note_naming_an_abbreviation_is_read_past() -> None:
    found = find_mentions("税收收入完成6.1亿元，同比增长（以下简称“增长”或“下降”）12.4%。")
    assert [(m.text, m.indicator, m.direction) for m in found][1:] == [
        ("12.4%", "税收收入", "up")  # 下降 inside the note is no verb of the figure
    ]


def test_a_change_named_short_is_of_the_measure_named_in_full_before() -> None:
    text = "全市共有乡镇卫生院120个，床位8600张，卫生人员9100人，与上年比较，床位增加240张，人员增加310人。"
    assert names(text)[3:] == ["乡镇卫生院床位增加", "乡镇卫生院卫生人员增加"]


def test_numbered_school_types_keep_their_years() -> None:
    assert names("全市九年一贯制学校14所，十二年一贯制学校2所。") == [
        "九年一贯制学校",
        "十二年一贯制学校",
    ]


def test_printed_sheets_are_a_unit() -> None:
    assert [(m.text, m.unit) for m in find_mentions("出版报纸8412万印张。")] == [
        ("8412万印张", "万印张")
    ]


def test_months_after_a_name_are_its_period() -> None:
    text = "全市规上工业增加值1-10月增长5.1%，其中10月份增长7.3%。"
    assert names(text) == ["规上工业增加值", "10月份规上工业增加值"]  # the part by its month


def test_a_school_count_owns_the_sentences_of_its_figures_after_it() -> None:
    text = "全县幼儿园41所，比上年减少3所。毕业2100人；招生1980人。园舍总面积12.6万平方米；图书15.2万册。"
    assert names(text)[2:] == ["幼儿园毕业", "幼儿园招生", "幼儿园园舍总面积", "幼儿园图书"]


def test_a_list_of_school_kinds_owns_no_total_after_it() -> None:
    text = "全县共有学校300所，其中初级中学20所，小学180所，幼儿园100所。共有在校学生98000人。"
    assert names(text)[-1] == "在校学生"


def test_a_headline_sentence_owns_the_bare_verbs_figure_after_it() -> None:
    text = "二产增加值较快增长。全市完成86.2亿元，增速7.4%。"
    assert names(text) == ["二产增加值", "二产增加值增速"]


def test_a_headline_of_a_deed_owns_nothing() -> None:
    # 推进… is what was done, not a measure: the figure keeps its own words
    assert names("积极推进城乡融合发展。启动建设12条发展轴。")[0] != "城乡融合发展"


def test_households_and_people_counted_together_share_a_name_and_who_left() -> None:
    text = "城市低保新增120户210人，退出90户150人。"
    assert names(text) == ["城市低保新增", "城市低保新增", "城市低保退出", "城市低保退出"]


def test_a_measure_restated_after_from_is_the_exact_one() -> None:
    assert names("农村低保标准从年标准4800元提高到5400元。") == ["农村低保年标准"] * 2


def test_a_level_reached_closes_no_name() -> None:
    assert names("中小学藏书达到了21万册。") == ["中小学藏书"]


def test_a_frame_against_last_year_is_no_name() -> None:
    text = "城镇新增就业6200人，与去年同期相比增长8.3%；城镇登记失业率2.9%，与去年相比降低0.2个百分点。"
    assert names(text) == ["城镇新增就业", "城镇新增就业", "城镇登记失业率", "城镇登记失业率"]


def test_a_gap_said_against_a_place_is_the_speeds_not_a_shares() -> None:
    text = "接待游客320万人次，同比增长9.1%，占全省游客数的5.2%，较全省总体增速高2.3个百分点。"
    assert names(text)[-1] == "接待游客增速高于全省"


def test_a_share_without_its_whole_takes_the_whole_its_sentence_frames() -> None:
    text = "在规上工业增加值中，装备制造业增加值占比31%，高技术制造业增加值所占比重12%。"
    assert names(text) == [
        "装备制造业增加值占规上工业增加值比重",
        "高技术制造业增加值占规上工业增加值比重",
    ]


def test_a_share_of_a_part_after_its_whole_has_the_wholes_measure() -> None:
    text = "全县固定资产投资增长7.5%，其中工业园区占比41.2%。"
    assert names(text)[1] == "工业园区固定资产投资占比"
    # a share of shares is left as it is
    text = "清洁能源装机占比超90%，其中新能源装机占比超70%。"
    assert names(text)[1] == "新能源装机占比"


def test_courts_tried_and_enforced_cases_are_the_cases_received() -> None:
    text = "全年共受理各类案件8420件，审执结8010件，结案率95.1%。"
    assert names(text)[1:] == ["审执结各类案件", "各类案件结案率"]


def test_what_was_adopted_is_what_was_proposed() -> None:
    assert names("全年提出审计建议64条，被采纳58条。")[1] == "审计建议被采纳"


def test_a_departure_from_the_normal_is_a_change_of_the_measure() -> None:
    text = "全省年降水量712.4毫米，比常年值偏多12.4%；地表水资源量320亿m3，比多年平均值偏少8.1%。"
    found = find_mentions(text)
    assert [(m.text, m.indicator, m.kind, m.direction) for m in found] == [
        ("712.4毫米", "年降水量", "amount", ""),
        ("12.4%", "年降水量", "change", "up"),
        ("320亿m3", "地表水资源量", "amount", ""),
        ("8.1%", "地表水资源量", "change", "down"),
    ]


def test_places_after_their_whole_have_its_measure() -> None:
    text = "全省地表水资源量320亿m3，其中甲市、乙县分别偏多40.2%、31.5%。"
    assert names(text)[1:] == ["甲市地表水资源量", "乙县地表水资源量"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("组团出游210.7万人天。", "万人天"),
        ("全年供水总量215.6亿m³。", "亿m³"),
        ("年降水量650mm。", "mm"),
    ],
)
def test_units_of_water_and_travel_bulletins(text: str, unit: str) -> None:
    assert [m.unit for m in find_mentions(text)] == [unit]


def test_a_concession_opening_a_clause_is_no_name_and_a_rebound_is_up() -> None:
    text = "小型企业景气指数为48.9%，虽比上月下降0.6个百分点；价格指数比上月回升0.4个百分点。"
    found = find_mentions(text)
    assert [(m.indicator, m.direction) for m in found][1:] == [
        ("小型企业景气指数", "down"),
        ("价格指数", "up"),
    ]


def test_the_things_counted_and_their_average_are_named_apart() -> None:
    assert names("8项主要指标平均值达到90%。") == ["主要指标", "主要指标平均值"]


def test_a_digit_left_at_a_names_end_is_no_part_of_it() -> None:
    assert names("限上贸易单位零售额2增长5.2%。") == ["限上贸易单位零售额"]
    assert names("规上工业增加值5月当月增长6%。") == ["规上工业增加值"]


def test_a_middle_dot_may_be_a_decimal_point() -> None:
    found = find_mentions("居民消费价格上涨3·4%。")
    assert [(m.text, m.value) for m in found] == [("3·4%", "3.4")]


def test_grades_in_brackets_are_labels() -> None:
    assert [m.text for m in find_mentions("优良（一、二类）水质比例为80%。")] == ["80%"]


def test_a_pair_abbreviated_to_one_character_each() -> None:
    assert names("内、外资企业占比分别为40%和60%。") == ["内资企业占比", "外资企业占比"]
    assert names("城、乡居民人均可支配收入分别增长5%、7%。") == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]


def test_a_pollutants_code_ends_the_places_counted() -> None:
    assert names("全国120个城市PM10平均浓度为56微克/立方米。") == ["城市", "PM10平均浓度"]


def test_a_label_repeated_by_the_first_lines_name_is_said_once() -> None:
    assert names("地表水资源量 全国地表水资源量24358亿m3。") == ["全国地表水资源量"]
    assert names("旅游总收入49亿元，占全省旅游总收入的5.4%。")[1] == "旅游总收入占全省旅游总收入"


def test_a_part_left_out_of_a_count_is_named_as_what_was_counted() -> None:
    assert names("受理案件120件（不含上年结转3件）。")[1] == "上年结转案件"
    assert names("支出50亿元（含代列支出2亿元）。")[1] == "代列支出"


def test_who_runs_the_part_after_its_whole_names_it() -> None:
    assert names("全县幼儿园157所，其中公办112所、民营45所。")[1:] == ["公办幼儿园", "民营幼儿园"]


def test_a_pair_of_words_walked_through_keeps_the_owner_before_the_first() -> None:
    text = "功能区声环境质量昼间、夜间总达标率分别为96.2%、86.6%。"
    assert names(text) == ["功能区声环境质量昼间总达标率", "功能区声环境质量夜间总达标率"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("纺织业稳步回升。全年实现产值56亿元，增长9%。", ["纺织业产值", "纺织业产值"]),
        ("一产固投快速增长。全年完成投资34亿元。", ["一产固投"]),
        ("经济运行稳中向好。实现利润12亿元。", ["利润"]),  # the economy owns no profit
        ("旧城区面貌要明显改善。投资10.6亿元。", ["投资"]),
    ],
)
def test_a_headline_of_an_industry_or_a_measure_owns_the_bare_measure_after_it(
    text: str, found: list[str]
) -> None:
    assert names(text) == found


def test_budget_arithmetic_words_and_a_progress_alone() -> None:
    assert names("加省级转移支付收入5亿元，减上解支出2亿元。") == ["省级转移支付收入", "上解支出"]
    assert names("社保基金支出9亿元，进度95%。") == ["社保基金支出", "社保基金支出"]


def test_a_pull_on_growth_is_a_level() -> None:
    found = find_mentions("三次产业对经济增长的拉动度分别为1.2%、3.5%、6.0%。")
    assert {(m.kind, m.direction) for m in found} == {("level", "")}


def test_a_headline_owns_a_bare_measure_after_clauses_of_figures() -> None:
    text = "汽车产业加速发展。全年整车产量达到38.5万辆；实现产值398.5亿元。"
    assert names(text)[1] == "汽车产业产值"
    # a figure-free clause before it owns it instead: the project, not the headline's trade
    text = "城郊型农牧业快速发展。“菜篮子”工程一期全面完工，完成投资2.4亿元。"
    assert names(text) == ["“菜篮子”工程一期完成投资"]


def test_a_time_word_after_a_sum_is_no_noun_of_it() -> None:
    assert names("预计上解支出26.6亿元后，财政总支出597.0亿元。") == ["上解支出", "财政总支出"]


def test_schools_own_their_figures_changes_without_their_note() -> None:
    text = (
        "中等职业教育（包括职业高中、普通中等专业学校和技工学校）共有学校479所；"
        "招生28.06万人，比上年减少0.14万人。"
    )
    assert names(text)[1:] == ["中等职业教育招生", "中等职业教育招生比上年减少"]


def test_poultry_in_hundreds() -> None:
    found = find_mentions("全年家禽出栏161058百羽，同比下降41.35%。")
    assert [(m.unit, m.indicator) for m in found] == [("百羽", "家禽出栏"), ("%", "家禽出栏")]


def test_a_multiple_of_an_earlier_plan_period_with_prime_quotes() -> None:
    text = "“十一五〞期间共完成固定资产投资178亿元，是“十五〞期间的5.1倍，年均增长45.6%。"
    assert names(text) == ["固定资产投资"] * 3


def test_a_share_moved_after_a_growth_is_no_speed() -> None:
    text = "财政总收入1395.7亿元，增长31.8%，占生产总值的比重提高1.3个百分点。"
    assert names(text)[-1] == "财政总收入占生产总值的比重"


def test_an_adverb_of_sequence_closes_no_name() -> None:
    assert names("本区生产总值先后跨越两百亿元、三百亿元台阶。") == ["本区生产总值"] * 2


def test_the_actual_sum_after_an_adjusted_budget_and_its_rate() -> None:
    text = "支出预算调整为795622万元，实际完成791944万元，占年调整预算的99.5%。"
    assert names(text) == ["调整后支出预算", "支出", "支出"]
