"""Round 29 (issue 15): classes found in the development corpus and in the fresh parts
judged this session (test21, test22); each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全年有300名学生因家庭困难获得资助。", "因家庭困难获得资助的学生"),
        ("共有12家企业因环保不达标被关停。", "因环保不达标被关停的企业"),
        ("3个项目由于资金不到位推迟开工。", "由于资金不到位推迟开工的项目"),
        ("转移群众8万人次，2130人因提前转移避免伤亡。", "因提前转移避免伤亡"),
    ],
)
def test_a_reason_after_the_counted_ones_starts_their_predicate(text: str, name: str) -> None:
    assert names(text)[-1] == name


def test_a_noun_beginning_with_yin_stays_a_noun() -> None:
    assert names("分析了影响增长的5个因素。") == ["因素"]


def test_a_list_of_subjects_after_ba_shares_its_head() -> None:
    found = names("把城镇、农村居民人均收入分别提高到3万元和2万元。")
    assert found == ["城镇居民人均收入", "农村居民人均收入"]
    found = names("把小学、初中生均公用经费分别提高到300元和500元。")
    assert found == ["小学生均公用经费", "初中生均公用经费"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年把试点范围扩大到全国40%的县。", "试点范围扩大到全国县占比"),
        ("新农合推广至全省90%的乡镇。", "新农合推广至全省乡镇占比"),
    ],
)
def test_a_share_of_places_reached_by_an_extension_names_the_places(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_piece_of_work_completed_keeps_its_work_word() -> None:
    assert names("完成东关小学等8所风雨馆建设。") == ["完成风雨馆建设"]
    assert names("新建5所学校。") == ["新建学校"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("预备费按本级支出的2%设置。", "预备费占本级支出"),
        ("住房公积金按职工工资的12%缴存。", "住房公积金占职工工资"),
        ("教育资金按不低于土地出让收益的10%计提。", "教育资金占土地出让收益"),
    ],
)
def test_a_portion_set_by_a_base_is_a_share_of_it(text: str, name: str) -> None:
    (found,) = find_mentions(text)
    assert (found.indicator, found.kind) == (name, "share")


def test_a_sum_after_a_share_is_the_parts_not_the_shares() -> None:
    assert names("预备费按本级支出的2%设置，安排1.2亿元。") == ["预备费占本级支出", "预备费"]


def test_a_rate_set_by_a_plan_stays_a_completion() -> None:
    assert find_mentions("资金按年度计划的100%拨付到位。")[0].kind == "completion"


def test_an_industry_beside_another_takes_its_measure() -> None:
    found = names("纺织业增加值增长3.2%，化工业增长5.1%，医药制造业增长8.0%。")
    assert found == ["纺织业增加值", "化工业增加值", "医药制造业增加值"]


def test_the_parts_of_a_groups_per_head_money_are_per_head_of_it() -> None:
    found = names("城镇居民人均消费支出2.1万元，增长5%。其中，居住支出5300元，交通通信支出2600元。")
    assert found[2:] == ["城镇居民人均居住支出", "城镇居民人均交通通信支出"]
    found = names("农村居民人均可支配收入1.8万元，其中工资性收入7000元。")
    assert found[-1] == "农村居民人均工资性收入"
    found = names("城镇居民人均可支配收入3万元。全年财政收入10亿元，其中税收收入7亿元。")
    assert found[-1] == "税收收入"


def test_a_period_named_alone_is_of_the_measure_before() -> None:
    found = names("全年地区生产总值120亿元，增长5%。分季度看，一季度增长3.5%，二季度增长4.1%。")
    assert found[2:] == ["一季度地区生产总值", "二季度地区生产总值"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全县乡村旅游接待游客50万人次，实现收入2亿元。", "乡村旅游收入"),
        ("带动返乡创业2000人，实现收入3亿元。", "返乡创业收入"),
        ("新建光伏电站3座，实现收入800万元。", "光伏电站收入"),
    ],
)
def test_earnings_after_a_count_are_of_its_topic(text: str, name: str) -> None:
    assert names(text)[-1] == name


def test_a_share_whose_whole_goes_unsaid_is_named_a_share() -> None:
    assert names("全县林地面积120万亩，占45.2%。") == ["林地面积", "林地面积占比"]


def test_livestock_counted_in_heads_of_three_kinds() -> None:
    (found,) = find_mentions("年末存栏牲畜3.6万头只匹。")
    assert (found.text, found.unit, found.indicator) == ("3.6万头只匹", "万头只匹", "年末存栏牲畜")


def test_a_space_before_the_decimal_point_stays_inside_the_number() -> None:
    (found,) = find_mentions("全年生产总值增长5 .6%。")
    assert (found.value, found.indicator) == ("5.6", "生产总值")
    assert [m.text for m in find_mentions("1. 6个重点项目全部开工。")] == ["6个"]


def test_a_manner_adverb_is_no_part_of_a_name() -> None:
    assert names("积极争取上级资金2亿元。") == ["争取上级资金"]


def test_figures_referred_to_as_a_group_are_not_counted_again() -> None:
    found = names("工业投资增长12%，技改投资增长20%，两项指标均居全市首位。")
    assert found == ["工业投资", "技改投资"]


def test_points_of_a_rate_in_per_mille() -> None:
    found = find_mentions("人口自然增长率为3.2‰，下降0.5个千分点。")[-1]
    assert (found.unit, found.kind, found.direction) == ("个千分点", "pp", "down")


def test_the_classes_after_a_breakdowns_frame_take_the_measure_before() -> None:
    found = names(
        "全年规模以上工业增加值比上年增长6.5%。分经济类型看，国有控股企业增长3.2%，"
        "私营企业增长8.9%。分门类看，采矿业增长4.1%，制造业增长7.0%。"
    )
    assert found[1:] == ["国有控股企业增加值", "私营企业增加值", "采矿业增加值", "制造业增加值"]


def test_transport_done_in_passenger_and_tonne_kilometres() -> None:
    found = find_mentions("旅客周转量8.6亿人公里，货物周转量52.3亿吨公里。")
    assert [(m.unit, m.indicator) for m in found] == [
        ("亿人公里", "旅客周转量"),
        ("亿吨公里", "货物周转量"),
    ]


@pytest.mark.parametrize("base", ["较一季度", "比1-5月", "较上半年"])
def test_points_against_an_earlier_period_are_of_the_growth_before(base: str) -> None:
    found = names(f"规模以上工业增加值同比增长7.2%，{base}回落1.1个百分点。")
    assert found == ["规模以上工业增加值", "规模以上工业增加值增速"]


def test_a_running_total_after_parts_is_of_the_whole() -> None:
    found = names("新增市场主体4356户，其中企业1028户，个体工商户3328户，累计达到5.8万户。")
    assert found[-1] == "市场主体"


def test_a_comparison_with_the_other_sides_figure_in_brackets() -> None:
    found = names("全市生产总值增长6.2%，比全省（5.0%）高1.2个百分点。")
    # (the bracketed figure of a growth is the place's growth: 增速 since round 38)
    assert found == ["生产总值", "全省生产总值增速", "生产总值增速比全省高"]


@pytest.mark.parametrize("verb", ["发展到", "发展壮大到", "壮大到"])
def test_a_from_to_by_a_verb_of_growth_is_of_its_subject(verb: str) -> None:
    assert names(f"规上企业从80家{verb}95家。") == ["规上企业", "规上企业"]


def test_a_rate_after_a_herd_is_the_herds() -> None:
    assert names("奶牛存栏3万头，良种化率提高到85%。")[-1] == "奶牛良种化率"
    assert names("年末生猪存栏28万头，规模化率达到60%。")[-1] == "生猪规模化率"


def test_the_time_a_deed_took_with_more_than() -> None:
    assert find_mentions("仅用2个多月时间完成建设。") == []


def test_our_place_is_no_part_of_a_name() -> None:
    assert names("我市城镇居民收入增长8%。") == ["城镇居民收入"]


def test_a_growth_on_a_stated_price_basis_is_of_the_measure_before() -> None:
    assert names("地区生产总值120亿元，增长（可比价）7%。") == ["地区生产总值"] * 2


def test_price_categories_without_the_word() -> None:
    found = names("居民消费价格上涨2%，其中交通通信上涨2%，食品下降1%。")
    assert found == ["居民消费价格", "交通通信价格", "食品价格"]
    assert names("粮食产量50万吨，其中：豆类40吨，同比下降12%。")[-1] != "豆类价格"


def test_owners_listed_before_fenbie_each_take_the_measure() -> None:
    found = names("东城区、西城区和南城区分别实现生产总值50亿元、30亿元和20亿元。")
    assert found == ["东城区生产总值", "西城区生产总值", "南城区生产总值"]


def test_places_in_a_ranking_are_no_figures() -> None:
    assert find_mentions("县域经济排名由45位提升至38位。") == []
    assert names("全省排名前移5位。") == ["排名前移"]


def test_a_target_in_brackets_and_its_completion() -> None:
    found = names("全市地区生产总值完成2856.3亿元，增长5.6%，完成年度计划目标（6%）的93.3%。")
    assert found[2:] == ["地区生产总值年度计划目标", "地区生产总值"]


@pytest.mark.parametrize("verb", ["恢复到", "相当于"])
def test_a_figure_as_a_part_of_its_own_earlier_level(verb: str) -> None:
    found = names(f"接待游客5620万人次，旅游总收入586亿元，分别{verb}2019年的112%和105%。")
    assert found[2:] == ["接待游客相当于2019年", "旅游总收入相当于2019年"]
    assert names(f"旅游总收入586亿元，{verb}2019年的105%。")[-1] == "旅游总收入相当于2019年"


def test_money_spent_opening_a_sentence_is_for_the_work_after_it() -> None:
    found = names("投入资金3.2亿元，实施农村饮水安全巩固提升工程42处。")
    assert found[0] == "农村饮水安全巩固提升工程投入资金"


def test_areas_after_a_label_or_beside_an_area_with_its_measure() -> None:
    found = names("各区生产总值：东城区120.5亿元、西城区98.2亿元、南城区50亿元。")
    assert found == ["东城区生产总值", "西城区生产总值", "南城区生产总值"]
    found = names("东城区生产总值120.5亿元，西城区98.2亿元，南城区50亿元。")
    assert found[1:] == ["西城区生产总值", "南城区生产总值"]


def test_contributions_listed_after_the_three_sectors() -> None:
    found = names("三次产业结构为5:45:50，对经济增长的贡献率分别为4%、40%、56%。")
    assert found == [f"第{n}产业对经济增长的贡献率" for n in "一二三"]


def test_a_budgets_functions_share_only_the_head() -> None:
    found = names("教育、卫生、农林水事务支出分别增长5%、6%、7%。")
    assert found == ["教育支出", "卫生支出", "农林水事务支出"]
    assert names("国内、国际旅游收入分别增长5%、6%。") == ["国内旅游收入", "国际旅游收入"]


def test_an_average_over_years_is_named_so() -> None:
    assert names("生产总值同比增长9%，两年平均增长5.0%。")[-1] == "生产总值两年平均增速"


def test_a_sum_spent_on_the_deed_written_after_it() -> None:
    found = names("投入资金800万元完成各类道路工程50处。")
    assert found == ["各类道路工程投入资金", "各类道路工程"]


def test_equal_to_a_share_of_the_whole_is_a_share() -> None:
    (found,) = find_mentions("环保投入相当于全市生产总值的比例达到2.5%。")
    assert found.kind == "share"


def test_the_reports_own_outline_is_no_figure() -> None:
    assert find_mentions("报告共分四个部分。") == []
    assert find_mentions("全文分为三个部分。") == []


def test_a_measure_achieved_names_no_verb() -> None:
    assert names("新产品产量均实现了30%以上的增长。") == ["新产品产量"]


def test_there_are_and_a_whole_region_are_no_part_of_a_name() -> None:
    assert names("有国家级非遗项目12项。") == ["国家级非遗项目"]
    assert names("有进出口实绩的企业达242家。") == ["有进出口实绩的企业"]
    assert names("全地区实现税收总额50亿元。") == ["税收总额"]


def test_a_count_in_words_of_the_deeds_just_named_is_no_figure() -> None:
    assert find_mentions("修路、建桥、通水三件实事全部完成。") == []
    assert names("完成民生实事10件。") == ["民生实事"]


def test_one_character_nouns_each_with_a_count() -> None:
    assert names("全县辖3个街道、9个乡。") == ["街道", "乡"]


def test_policy_packages_closed_by_deng() -> None:
    assert names("出台稳就业15条、促消费8条等政策。") == ["稳就业政策措施", "促消费政策措施"]


def test_places_in_a_ranking_after_last_year() -> None:
    assert find_mentions("综合考核排名从上年30位升至26位。") == []


def test_a_change_after_a_completion_is_the_sums() -> None:
    assert names("税收收入完成2.1亿元，完成市定任务的98%，下降3.4%。")[-1] == "税收收入"


def test_a_natural_growth_is_the_measures() -> None:
    assert names("税收收入5.2亿元，自然增长3%，可比口径完成5.4亿元。") == ["税收收入"] * 3


def test_sectors_listed_by_ordinal_without_di() -> None:
    found = names("一、二、三产业分别增长3%、8%和9%。")
    assert found == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


def test_no_stray_zhong_or_evaluation_at_a_names_end() -> None:
    assert names("全县30项指标中已有25项完成。")[0] == "指标"
    assert names("交通价格涨幅较大，分别上涨5%和6%。") == ["交通价格涨幅"] * 2
    assert names("普通高中35所。") == ["普通高中"]


def test_pupils_at_school_are_no_frame() -> None:
    assert names("在校初中生1.2万人。") == ["在校初中生"]


def test_firms_output_across_a_semicolon() -> None:
    found = names("规上工业实现增加值50亿元；实现销售产值120亿元。")
    assert found == ["规上工业增加值", "规上工业销售产值"]


def test_a_lead_time_is_no_figure() -> None:
    assert find_mentions("提前30天完成全年任务。") == []


def test_a_count_of_the_class_a_bar_defines() -> None:
    found = find_mentions("龙头企业300家，其中营业收入5亿元以上9家。")
    assert [(m.text, m.indicator) for m in found] == [
        ("300家", "龙头企业"),
        ("9家", "营业收入5亿元以上的龙头企业"),
    ]
    assert names("完成投资5亿元以上。") == ["完成投资"]


def test_things_that_reached_a_target() -> None:
    assert names("18项指标达到目标。") == ["达到目标指标"]


def test_kinds_of_things_listed_before_their_head() -> None:
    found = names("实施道路、供水、污水处理项目30个、25个和12个。")
    assert found == ["道路项目", "供水项目", "污水处理项目"]


def test_a_slogan_opening_with_one_thing() -> None:
    assert find_mentions("围绕一个中心、三个河口建设。") == []
    assert [m.text for m in find_mentions("建成两个中心、三个基地。")] == ["两个", "三个"]


def test_a_gap_against_a_target() -> None:
    found = find_mentions("出口增长6%，比年度目标提高2个百分点。")[-1]
    assert (found.indicator, found.kind, found.direction) == ("出口增速比年度目标提高", "pp", "up")


@pytest.mark.parametrize(
    ("words", "direction"), [("高出全省", "up"), ("比全省高", "up"), ("比全省低", "down")]
)
def test_a_gaps_direction(words: str, direction: str) -> None:
    assert find_mentions(f"全年生产总值增长9%，{words}1个百分点。")[-1].direction == direction


def test_a_multiple_of_a_period_in_straight_quotes() -> None:
    assert names('存款余额8.8亿元，是"十一五"期末的2.3倍。') == ["存款余额"] * 2


def test_multiples_of_each_sum_before() -> None:
    found = names("税收收入5亿元，非税收入2亿元，是2010年的1.4倍和1.9倍。")
    assert found[2:] == ["税收收入", "非税收入"]


def test_a_period_and_a_light_verb_is_of_the_measure_planned_before() -> None:
    assert names("——全年工业增加值计划增长8%。上半年完成45.2亿元。")[-1] == "上半年工业增加值"


def test_a_full_stop_for_a_decimal_point() -> None:
    found = find_mentions("全年生产总值增长12。6%，出口3。45亿美元。")
    assert [(m.value, m.unit) for m in found] == [("12.6", "%"), ("3.45", "亿美元")]
    assert [m.text for m in find_mentions("完成投资12亿元。6月份开工。")] == ["12亿元"]


def test_the_parts_after_the_first_of_a_list() -> None:
    found = names("年末户籍人口8万人，其中男性4.1万人，女性3.9万人。")
    assert found[1:] == ["年末户籍人口中男性", "年末户籍人口中女性"]
    found = names("农村居民人均可支配收入1.5万元，增长7%。其中，人均工资性收入6000元，增长8%。")
    assert found[2:] == ["农村居民人均工资性收入"] * 2


def test_no_stray_words_of_a_frame_at_a_names_end() -> None:
    assert names("在18项核算指标中我县有12项增速高于全市。")[0] == "核算指标"


def test_a_bare_verb_after_a_sum_counts_the_things_counted_before() -> None:
    assert names("交通项目8个，年度计划投资9亿元，开工6个。")[-1] == "开工交通项目"


def test_a_roman_note_mark_inside_a_name() -> None:
    assert names("研发[ii]投入增长10%。") == ["研发投入"]
    assert names("提高教师待遇，中央财政为此将投入120亿元。") != ["中央财政为此将投入"]


def test_conjunctions_and_placeholders_are_no_part_of_a_name() -> None:
    assert names("但工业投资增长20%。") == ["工业投资"]
    assert names("工业总产值XX亿元、增长6%。") == ["工业总产值"]
    assert names("Xbox销量增长5%。") == ["Xbox销量"]


def test_whole_names_listed_before_one_more_head() -> None:
    found = names("其中出口、进口总额分别为12亿美元和8亿美元。")
    assert found == ["出口总额", "进口总额"]
    assert names("解决率、满意率分别为98%、99%。") == ["解决率", "满意率"]


def test_a_yield_per_mu_is_the_crops() -> None:
    assert names("水稻种植面积5万亩，亩产600公斤。")[-1] == "水稻亩产"


def test_a_completion_of_the_budget_without_de() -> None:
    assert find_mentions("完成收入5000万元，为年初预算58%。")[-1].kind == "completion"


def test_a_multiple_of_an_earlier_level_with_its_subject() -> None:
    assert names("全县企业总数是“十三五”末的2倍。") == ["企业总数"]
    assert names("存款余额是上年的1.2倍。") == ["存款余额"]


def test_a_gap_against_expectations_keeps_them() -> None:
    found = names("规上工业增加值增长8.1%，高于预期0.6个百分点。")
    assert found[-1] == "规上工业增加值增速高于预期"


def test_ten_nonferrous_metals_is_a_name() -> None:
    assert names("十种有色金属产量增长5%。") == ["十种有色金属产量"]


def test_a_survival_rate_after_planting_is_the_plantings() -> None:
    assert names("完成造林2万亩，成活率95%。")[-1] == "造林成活率"
    assert names("乡村绿化植树3900万株，森林覆盖率达53.4%。")[-1] == "森林覆盖率"
