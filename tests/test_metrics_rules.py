"""Rules added for the error classes of a hand audit of reports never seen (issue 15).

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from mention_names import names

from reportpress.metrics import find_mentions
from reportpress.model import Metric
from reportpress.numerals import chinese_value, decimal_text, fraction_value


def one(text: str) -> tuple[str, str, str, str, str, str]:
    (m,) = find_mentions(text)
    return m.text, m.value, m.unit, m.kind, m.direction, m.indicator


# -- numerals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十二", "12"), ("二十", "20"), ("一百零五", "105"), ("三千二百", "3200"),
        ("三万五千", "35000"), ("一亿二千万", "120000000"), ("一万亿", "1000000000000"),
        ("二〇二五", "2025"), ("三点五", "3.5"), ("两千", "2000"), ("半", "0.5"),
        ("一千零五十", "1050"),
    ],
)  # fmt: skip
def test_chinese_numerals(numeral: str, value: str) -> None:
    assert chinese_value(numeral) == Decimal(value)


@pytest.mark.parametrize("bad", ["万", "一二十", "三点", "一" * 40, "九" * 17, "十亿亿亿"])
def test_bad_or_huge_numerals_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        chinese_value(bad)


def test_fractions_and_formatting() -> None:
    assert decimal_text(100 * fraction_value("三分之二")) == "66.67"
    assert fraction_value("百分之十五") == Decimal("0.15")
    assert decimal_text(Decimal("12.5000")) == "12.5"
    with pytest.raises(ValueError):
        fraction_value("零分之一")


# -- units --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("全省粮食总产量稳定在1.4万亿斤以上。", "1.4万亿斤以上", "万亿斤"),
        ("全年调水3.6亿方。", "3.6亿方", "亿方"),
        ("全社会用电量达到86亿度。", "86亿度", "亿度"),
        ("新型储能装机达到12吉瓦时。", "12吉瓦时", "吉瓦时"),
        ("中欧班列开行2.1万列。", "2.1万列", "万列"),
        ("人均预期寿命达到79.6岁。", "79.6岁", "岁"),
        ("空气质量优良天数达到329天。", "329天", "天"),
        ("细颗粒物平均浓度降至26微克每立方米。", "26微克每立方米", "微克每立方米"),
        ("新增农产品地理标志12种。", "12种", "种"),
        ("推出文旅消费新品35款。", "35款", "款"),
        ("组织青年联谊活动促成18对。", "18对", "对"),
        ("生产平板玻璃2600万重量箱。", "2600万重量箱", "万重量箱"),
    ],
)
def test_units_the_lexicon_now_has(text: str, mention: str, unit: str) -> None:
    got = one(text)
    assert (got[0], got[2]) == (mention, unit)


@pytest.mark.parametrize(
    "text", ["各方共同参与。", "气温升高3度。", "对接企业。", "种植大豆。", "列入名录。"]
)
def test_new_units_do_not_fire_on_ordinary_words(text: str) -> None:
    assert find_mentions(text) == []


def test_age_bands_are_categories_not_figures() -> None:
    assert names("为0—3岁婴幼儿提供托育服务，60岁老人免费乘车。") == []


# -- what is not a figure -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "严格落实中央八项规定精神。",
        "充分发挥中央和地方两个积极性。",
        "三次产业结构调整为6∶38∶56。",
        "举办三人篮球联赛。",
        "支持三元食品扩大产能。",
        "按照市委十三届六次全会部署。",
        "建成年产300万吨级炼化一体化项目和100兆瓦级光伏电站。",
        "重点抓好以下三个方面。",
        "详见附件3。",
        "加快推动一二三次产业协调融合发展。",
        "每年新建三四个口袋公园。",
    ],
)
def test_names_sessions_labels_and_points_are_not_figures(text: str) -> None:
    assert find_mentions(text) == []


def test_n_above_before_a_noun_is_a_target_but_money_above_is_a_class() -> None:
    assert names("力争新开工20个以上重大项目。") == [("20个以上", "重大项目")]
    assert names("对5000万元以上项目实行清单管理，100人以上企业全覆盖。") == []


def test_ranges_are_one_mention() -> None:
    (m,) = find_mentions("每个街道建设2—3个社区食堂。")
    assert (m.text, m.value, m.low, m.unit) == ("2—3个", "3", "2", "个")
    (m,) = find_mentions("全市生产总值增长4.5%至5%。")
    assert (m.text, m.value, m.low, m.kind, m.direction) == ("4.5%至5%", "5", "4.5", "change", "up")


def test_tenths_at_the_end_of_a_text_and_cutting_verbs() -> None:
    assert one("县级会议数量精简三成")[3:5] == ("change", "down")
    assert one("民营经济占比超六成")[:4] == ("超六成", "60", "%", "share")


def test_bare_wan_counts_people_when_the_clause_does() -> None:
    assert one("全年城镇就业人数达到18万。")[3] == "count"
    assert one("全年节约财政资金18万。")[3] == "amount"


# -- indicators ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("把居民消费价格涨幅控制在3%左右。", "居民消费价格涨幅"),
        ("城镇新增就业人数预期达到12万人。", "城镇新增就业人数"),
        ("单位生产总值能耗拟下降3%。", "单位生产总值能耗"),
        ("粮食播种面积不低于1200万亩。", "粮食播种面积"),
        ("全市法人单位数量增至5.6万家。", "法人单位数量"),
        ("常住人口城镇化率下降至61.2%。", "常住人口城镇化率"),
        ("家政服务员月工资由每人每月3200元提高到3600元。", "家政服务员月工资"),
        ("城乡居民人均可支配收入实际增长5.2%。", "城乡居民人均可支配收入"),
        ("今后五年地区生产总值年均增长6%。", "地区生产总值"),
        ("城镇调查失业率控制在5%的较低水平。", "城镇调查失业率"),
        ("实际利用外资达到20亿美元、折合143亿元人民币。", "实际利用外资"),
    ],
)
def test_stray_edge_words_frames_and_verbs_are_not_the_indicator(text: str, indicator: str) -> None:
    assert find_mentions(text)[-1].indicator == indicator


def test_generic_amount_is_named_by_its_owner_after_de() -> None:
    assert names("总投资8亿元的城北污水处理厂建成投用。") == [("8亿元", "城北污水处理厂总投资")]
    assert names("完成投资6亿元的目标。")[0][1] == "完成投资"  # 目标 is no owner


def test_lists_share_the_head_written_once() -> None:
    got = names("数字经济、海洋经济、现代农业产业增加值分别增长8%、6%、4%。")
    assert [n for _, n in got] == ["数字经济产业增加值", "海洋经济产业增加值", "现代农业产业增加值"]
    got = names("城乡医保财政补助标准分别提高4.2%、5.1%。")
    assert [n for _, n in got] == ["城镇医保财政补助标准", "农村医保财政补助标准"]
    assert "分别" not in "".join(n for _, n in names("东区、西区分别完成投资3亿元、5亿元。"))


def test_a_stock_after_a_flow_names_the_things() -> None:
    got = names("新建口袋公园35个，累计达到420个。")
    assert got == [("35个", "新建口袋公园"), ("420个", "口袋公园")]


def test_a_share_of_things_keeps_their_predicate() -> None:
    assert names("85%的社区卫生服务中心提供中医药服务。") == [
        ("85%", "提供中医药服务的社区卫生服务中心占比")
    ]
    assert names("六成以上的街道建成养老驿站。") == [("六成以上", "建成养老驿站街道占比")]


def test_a_daily_average_borrows_the_sentence_subject() -> None:
    got = names("新设立市场主体增长12%，平均每天新增620户。")
    assert got[-1] == ("620户", "平均每天新设立市场主体")  # per day, not a total (round 7)


# -- the appendix row ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind", "direction", "cell"),
    [
        ("下降2.1%", "2.1", "%", "change", "down", "-2.1"),
        ("增长-3%", "-3", "%", "change", "down", "-3"),
        ("超1800家", "1800", "家", "count", "", "超1800"),
        ("约五成", "50", "%", "share", "", "约50"),
        ("九成以上", "90", "%", "share", "", "90以上"),
        ("309.3亿元", "309.3", "亿元", "amount", "", "309.3"),
        ("回落0.3个百分点", "0.3", "个百分点", "pp", "down", "-0.3"),
        ("3至5个", "5", "个", "count", "", "3—5"),
    ],
)
def test_appendix_row_shows_signed_qualified_value_and_unit_once(
    text: str, value: str, unit: str, kind: str, direction: str, cell: str
) -> None:
    metric = Metric("m1", text, value, unit, "", kind, direction, "某指标", "一")
    indicator, shown, unit_cell, _, section = metric.row
    assert (indicator, shown, unit_cell, section) == ("某指标", cell, unit, "一")
    assert unit not in shown


def test_budget_completion_is_named_by_the_budget_item() -> None:
    got = [
        (m.text, m.kind, m.indicator)
        for m in find_mentions("全县税收收入完成16.4亿元，为预算的102.5%。")
    ]
    assert got == [("16.4亿元", "amount", "税收收入"), ("102.5%", "completion", "税收收入")]
    assert one("政府性基金支出完成调整预算的88.1%。")[3:] == ("completion", "", "政府性基金支出")


def test_slash_fractions_industry_lists_and_generic_amounts() -> None:
    assert one("非税收入占比下降1/4。")[:5] == ("1/4", "25", "%", "change", "down")
    assert find_mentions("发布日期2025/4/8，2025/12/1起施行。") == []
    got = names("一二三产增加值分别增长2%、5%、7%。")
    assert [n for _, n in got] == ["一产增加值", "二产增加值", "三产增加值"]
    assert names("省财政拟安排资金45亿元。") == [("45亿元", "省财政拟安排资金")]
    assert names("坚持办好民生实事、近三年累计投入资金380亿元。") == [("380亿元", "投入资金")]
    got = names("职工医保、居民医保参保人数分别达到210万和460万。")
    assert [n for _, n in got] == ["职工医保参保人数", "居民医保参保人数"]


def test_a_one_character_place_before_another_figure_is_named_by_it() -> None:
    got = names("6个镇2.3万户居民完成集中供暖改造。")
    assert got[0][0] == "6个" and got[0][1].endswith("的镇") and len(got[0][1]) > 3


def test_final_audit_classes() -> None:
    assert names("二氧化硫、氮氧化物排放都要减少3%。") == [("3%", "二氧化硫、氮氧化物排放")]
    assert names("开发区税收占全市比重增至41%。")[0][1] == "开发区税收占全市比重"
    got = names("设立总规模200亿元的市产业转型升级基金。")
    assert got == [("200亿元", "市产业转型升级基金总规模")]
    got = names("城市和农村低保标准分别提高4%和6%。")
    assert [n for _, n in got] == ["城市低保标准", "农村低保标准"]
    assert names("工业和信息化投资增长5%。") == [("5%", "工业和信息化投资")]


def test_a_generic_amount_is_of_what_the_clause_before_speaks_of() -> None:
    assert names("设立文旅发展基金，资金规模12亿元。") == [("12亿元", "文旅发展基金资金规模")]
    assert names("完善“1+N”人才政策，资金额度约2亿元。") == [("约2亿元", "“1+N”人才政策资金额度")]
    assert names("新设2支产业基金，规模30亿元。")[-1] == ("30亿元", "产业基金规模")
    assert names("全力推进项目建设，金额约3亿元。") == [("约3亿元", "金额")]  # nothing sure to lend


def test_units_per_something_and_short_names_filled_in() -> None:
    got = find_mentions("城乡低保标准分别达到每人850元/月、620元/月。")
    assert [(m.text, m.unit, m.indicator) for m in got] == [
        ("850元/月", "元/月", "城镇低保标准"),
        ("620元/月", "元/月", "农村低保标准"),
    ]
    assert one("景区门票降至60元/人次。")[2] == "元/人次"
    assert one("高速公路车流量达到2100万辆次。")[2] == "万辆次"
    assert names("28个单位获评全省先进。")[0][1] != ""


# -- indicators: counted nouns and what their clause says of them ----------------


def test_a_bare_verb_predicate_borrows_its_siblings_object() -> None:
    # 新庄等3个镇完成集体林权改革、东湖等6个镇加快推进: the 6 are pushing the same reform.
    assert names("新庄等3个镇完成集体林权改革、东湖等6个镇加快推进。") == [
        ("3个", "完成集体林权改革的镇"),
        ("6个", "加快推进集体林权改革的镇"),
    ]


def test_a_bare_noun_with_a_light_verb_is_named_by_the_verb_phrase_before() -> None:
    assert names("深化东西部协作，援助临夏两县14个项目实施。") == [("14个", "援助临夏两县项目实施")]


def test_verbs_alone_are_named_by_the_clause_before_and_a_noun_unit() -> None:
    # The clause before says what; a unit that is a noun (片区, 组团) says which part.
    assert names("优化滨江新城功能布局，初步形成6片区的空间结构。") == [
        ("6片区", "滨江新城功能布局片区")
    ]
    assert names("完善高新区空间布局，基本形成5片区12区块的发展格局。") == [
        ("5片区", "高新区空间布局片区"),
        ("12区块", "高新区空间布局区块"),
    ]


def test_a_list_of_counts_shares_what_follows_its_last_noun() -> None:
    got = names("为860家商户、3.1万人兑付区级稳岗补贴4.2亿元。")
    assert got[0] == ("860家", "兑付区级稳岗补贴的商户")
    assert got[1] == ("3.1万人", "兑付区级稳岗补贴")


def test_all_of_them_is_not_a_predicate_that_picks_some_out() -> None:
    # 全部/均: what all of them did; the owner written before the count names them.
    assert names("城东新区8条支路全部完成黑化改造。") == [("8条", "城东新区支路")]


def test_a_relative_clause_after_the_counted_noun_names_them() -> None:
    assert names("组建5个由三甲医院牵头的专科联盟，培育两家骨干企业牵头的产业联盟。")[-1] == (
        "两家",
        "牵头产业联盟骨干企业",
    )


def test_the_same_count_again_keeps_its_earlier_name() -> None:
    got = names("其中12个项目已开工，8个完成立项。8个项目中，2个已竣工。")
    assert got[2] == ("8个", "完成立项项目")
    assert got[3] == ("2个", "竣工项目")  # 已 picks none out: the verb after it does


def test_a_share_within_a_scope_names_the_scope() -> None:
    assert names("重点培育全市占比超过30%的龙头企业。") == [("超过30%", "龙头企业占全市比重")]


# -- indicators: corpus error classes --------------------------------------------


def test_the_ones_meeting_a_condition_are_named_by_it() -> None:
    # X的有N种: the count is of the things counted before that meet the condition;
    # the condition's figure defines the class and is no figure of its own.
    got = names("全市86个行政村中，集体经营性收入超过50万元的有31个、超过100万元的有9个。")
    assert got[1:] == [
        ("31个", "集体经营性收入超过50万元的行政村"),
        ("9个", "集体经营性收入超过100万元的行政村"),
    ]


def test_predicates_listed_before_the_figure_are_not_its_name() -> None:
    assert names("城镇居民人均消费支出增速快于上年、达到2.6万元。") != []
    assert names("规上工业企业数量实现翻番、达到3100家。") == [("3100家", "规上工业企业数量")]
    assert names("全县财政收入达到18.2亿元、稳居全市前列、增长6.1%。")[1] == (
        "6.1%",
        "财政收入",
    )


def test_the_rest_of_a_unit_is_no_part_of_the_next_name() -> None:
    got = names("新筹集公租房2300套（间）、累计达到1.9万套（间）。")
    assert got[1][1] == "公租房"


def test_amounts_listed_with_their_projects_after_de() -> None:
    got = names("投资820万元的城西污水管网改造、460万元的老街立面整治等项目全面完成。")
    assert got == [("820万元", "城西污水管网改造投资"), ("460万元", "老街立面整治等项目投资")]


def test_a_one_character_noun_or_a_long_object_still_gets_a_name() -> None:
    assert names("家庭医生签约服务已覆盖到213个村。") == [("213个", "家庭医生签约服务村")]
    assert names("在9个县城和两个开发区新建公共停车位4000个。")[0] == ("9个", "县城")
    assert names("为超12万名适龄儿童免费开展视力筛查。") == [
        ("超12万名", "免费开展视力筛查的适龄儿童")
    ]


def test_an_open_quotation_or_a_conjunction_does_not_end_a_name() -> None:
    assert names("培育8条优势产业链和“3+2”产业集群。") == [("8条", "优势产业链")]


def test_list_numbers_and_verbs_after_a_rate_word_are_stray() -> None:
    assert names("2.通过以工代赈发放务工报酬8亿元以上。")[0][1] == "通过以工代赈发放务工报酬"
    assert names("城市污水集中处理率保持98%以上。") == [("98%以上", "城市污水集中处理率")]
    assert names("数字经济核心产业增加值占地区生产总值比重提升0.8个百分点。")[0][1] == (
        "数字经济核心产业增加值占地区生产总值比重"
    )


def test_yearly_increase_and_an_owner_before_its_amount() -> None:
    assert names("税收收入增长42%，年均增加86亿元。")[1] == ("86亿元", "税收收入年均增加")
    assert names("8个省级开发区2024年工业总产值突破3000亿元。")[1] == (
        "3000亿元",
        "省级开发区工业总产值",
    )


def test_steps_of_a_scale_name_what_moved() -> None:
    assert names("全省空气质量综合指数改善1个等级，地表水考核断面水质提升3个档次。")[1] == (
        "3个",
        "地表水考核断面水质提升档次",
    )


def test_twenty_foot_boxes_are_a_unit() -> None:
    assert names("集装箱吞吐量达420万标箱、增长6.2%。") == [
        ("420万标箱", "集装箱吞吐量"),
        ("6.2%", "集装箱吞吐量"),
    ]


def test_a_note_inside_the_sentence_and_a_leap_are_not_the_name() -> None:
    assert names("财政政策要积极。社会融资规模（注：含地方债）预期增长9%左右，在执行中") == [
        ("9%左右", "社会融资规模")
    ]
    assert names("省级孵化器从26家跃升到61家。") == [
        ("26家", "省级孵化器"),
        ("61家", "省级孵化器"),
    ]


def test_a_short_counted_noun_listed_with_another_names_both() -> None:
    """The count is of both things the 、 joins, never of the first word alone; a verb
    after the 、 starts the next deed, which the count is not of."""
    assert names("为1万名困境、留守儿童提供关爱服务。") == [
        ("1万名", "提供关爱服务的困境、留守儿童")
    ]
    assert names("43所高校、职业院校完成改革。") == [("43所", "完成改革的高校、职业院校")]
    assert names("培育5家龙头企业、打造特色品牌。") == [("5家", "龙头企业")]
    assert names("建成3个公园、2个广场。") == [("3个", "公园"), ("2个", "广场")]


def test_a_measure_the_verb_names_keeps_the_verb() -> None:
    assert names("社会文明实现程度92.4%。") == [("92.4%", "社会文明实现程度")]
    assert names("全年实现地区生产总值120亿元。") == [("120亿元", "地区生产总值")]


def test_a_from_to_after_a_comma_is_the_topic_of_the_clause_before() -> None:
    found = names("全县工业税收稳步增长，由2019年的12.4亿元增加到20.1亿元。")
    assert found == [("12.4亿元", "工业税收"), ("20.1亿元", "工业税收")]
    assert names("工业税收五年来由12.4亿元增加到20.1亿元。")[0] == ("12.4亿元", "工业税收")


def test_a_budget_is_the_years_whatever_period_its_measure_covers() -> None:
    found = names("1-9月全县税收完成8.2亿元，完成年初预算11亿元的74.5%。")
    assert found[1] == ("11亿元", "税收年初预算")


def test_a_rate_right_after_its_verb_is_of_the_thing_named_after_it() -> None:
    assert names("提高20%低保标准。") == [("20%", "低保标准")]
    assert names("压减10%一般性支出，用于民生。") == [("10%", "一般性支出")]
    # a comparison or the rest of a sentence after the rate names nothing it changed
    assert names("下降2.1%主要是受房地产拖累。")[0][1] != "主要是"
    assert names("增长5.2%高于全国平均水平。")[0][1] != "高于全国平均水平"


def test_a_share_cut_after_its_verb_is_a_figure_not_a_class() -> None:
    assert names("取消下放三分之一以上行政审批事项。") == [("三分之一以上", "取消下放行政审批事项")]
    assert names("减少20%以上会议。") == [("20%以上", "会议")]
    # a threshold that defines the things counted stays a class
    assert names("增速10%以上企业达到50家。") == [("50家", "增速10%以上企业")]


def test_thousands_set_apart_by_a_space_are_one_number() -> None:
    (m,) = find_mentions("全区新增市场主体1 500家。")
    assert (m.text, m.value, m.indicator) == ("1 500家", "1500", "新增市场主体")
    # a year before a count is no thousands group of it
    assert [m.value for m in find_mentions("2024 120家企业。")] == ["120"]


def test_a_yield_grade_names_a_class_of_fields() -> None:
    assert names("建设800公斤高产玉米示范田2万亩。") == [("2万亩", "建设800公斤高产玉米示范田")]


def test_a_crop_after_qizhong_and_a_colon_has_the_wholes_area() -> None:
    found = names("全县棉花播种面积5.2万亩，其中：长绒棉1.2万亩，增长3%。")
    assert found[1:] == [("1.2万亩", "长绒棉播种面积"), ("3%", "长绒棉播种面积")]


def test_a_verb_of_paying_before_a_list_of_sums_is_no_part_of_the_last_name() -> None:
    assert names("营业税、消费税分别缴纳12亿元、8亿元。") == [
        ("12亿元", "营业税"),
        ("8亿元", "消费税"),
    ]


def test_a_scope_and_its_have_are_no_part_of_a_name() -> None:
    assert names("年末全县有养老机构16个。") == [("16个", "年末养老机构")]
    found = names("全县有文保单位30处，其中国家级2处，市级11处。")
    assert found == [("30处", "文保单位"), ("2处", "国家级文保单位"), ("11处", "市级文保单位")]
    assert names("有进出口实绩的企业达242家。") == [("242家", "有进出口实绩的企业")]


def test_a_class_label_after_a_count_is_no_figure() -> None:
    assert [m.text for m in find_mentions("3个二类新产品获批上市。")] == ["3个"]


def test_a_stock_quote_and_the_time_a_deed_took_are_no_figures() -> None:
    assert find_mentions("某集团(12.350, 0.21, 1.73%)等品牌入驻。") == []
    assert find_mentions("仅用15天就完成搬迁，历时3个月完成整治。") == []
    assert names("空气质量优良天数达到300天。") == [("300天", "空气质量优良天数")]


def test_ordinals_listed_with_one_di_and_one_head() -> None:
    found = names("第一、二、三产业增加值分别增长3%、5%、6%。")
    assert [name for _, name in found] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


def test_conversions_and_the_growth_after_one_are_of_the_measure() -> None:
    found = names("人均生产总值5.2万元，按年均汇率折算为7800美元，比上年增长4.1%。")
    assert found[1:] == [("7800美元", "人均生产总值（折美元）"), ("4.1%", "人均生产总值")]
    assert names("引进外资12亿美元、约合86亿元人民币。")[1] == ("86亿元人民币", "引进外资")


def test_gaps_against_places_listed_after_one_comparison() -> None:
    found = names("增速分别高于全国、全市1.2和0.8个百分点。")
    assert [name for _, name in found] == ["增速高于全国", "增速高于全市"]


def test_the_year_befores_figure_in_a_note_is_the_same_measures() -> None:
    assert names("城镇登记失业率3.2%（上年为3.5%）。")[1] == ("3.5%", "上年城镇登记失业率")
    assert names("粮食产量50万吨（上年同期为48万吨）。")[1] == ("48万吨", "上年同期粮食产量")


def test_a_listed_pull_is_of_growth() -> None:
    found = names("第一、二产业分别拉动经济增长0.4、2.6个百分点。")
    assert [name for _, name in found] == ["第一产业拉动经济增长", "第二产业拉动经济增长"]


def test_a_share_changed_of_things_named_after_it() -> None:
    assert names("国务院部门减少三分之一行政审批事项。") == [("三分之一", "国务院部门行政审批事项")]
    assert names("主要污染物排放总量减少10%等目标。") == [("10%", "主要污染物排放总量")]


def test_test18_classes_amounts_to_a_share_a_months_end_and_a_procedure() -> None:
    (m,) = find_mentions("外贸进出口额相当于地区生产总值的45%。")
    assert m.kind == "share"
    (m,) = find_mentions("粮食产量相当于上年的95%。")
    assert m.kind != "share"  # against an earlier year: a level, not a part of a whole
    assert names("9月末我县金融机构存款余额120亿元。") == [("120亿元", "9月末金融机构存款余额")]
    assert names("全年预算经法定程序调整为8.2亿元。") == [("8.2亿元", "调整后预算")]
    assert names("经济总量达到100亿元。") == [("100亿元", "经济总量")]


def test_test19_classes_a_milestone_verb_and_a_rate_word_are_no_part_of_a_sums_name() -> None:
    assert names("工业总产值跨越800亿元。") == [("800亿元", "工业总产值")]
    found = names("一般公共预算收入增速达9%，规模达到80亿元。")
    assert found[1] == ("80亿元", "一般公共预算收入规模")


def test_a_changed_things_owner_is_written_in_its_clause_not_lent() -> None:
    assert names("全县低保人数5万人，提高20%低保标准。")[1] == ("20%", "低保标准")
    assert names("财政收入10亿元，压减10%一般性支出。")[1] == ("10%", "一般性支出")
