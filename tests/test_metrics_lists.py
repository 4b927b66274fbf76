"""Indicator rules for the error classes of the fourth corpus audit (issue 15):
lists that share a head or a verb, periods and years in subjects, generic
amounts, shares named by their object, names that look like figures.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions

# -- a head written once after the last of a list --------------------------------


def test_a_shared_head_reaches_every_item_of_a_list() -> None:
    assert names("全市煤炭、铁矿石产量分别达到1200万吨、300万吨。") == [
        ("1200万吨", "煤炭产量"),
        ("300万吨", "铁矿石产量"),
    ]
    assert names("国内客运和货运吞吐量分别增长8.1%、3.6%。") == [
        ("8.1%", "国内客运吞吐量"),
        ("3.6%", "货运吞吐量"),
    ]


def test_a_shared_share_keeps_each_items_own_words() -> None:
    got = names("装备制造业、电子信息产业增加值占规上工业增加值比重分别达38.5%、21.2%。")
    assert got == [
        ("38.5%", "装备制造业增加值占规上工业增加值比重"),
        ("21.2%", "电子信息产业增加值占规上工业增加值比重"),
    ]


def test_a_rate_or_volume_is_shared_with_the_word_before_it() -> None:
    got = names("农村生活垃圾收运、污水处理设施覆盖率分别达到92%、61%。")
    assert got[0] == ("92%", "农村生活垃圾收运覆盖率")
    got = names("单位产值能耗、二氧化硫排放量分别下降4%、6%。")
    assert [n for _, n in got] == ["单位产值能耗", "二氧化硫排放量"]


def test_counts_of_one_owner_keep_the_owner() -> None:
    assert names("道路交通事故起数、死亡人数分别下降6.3%、8.8%。") == [
        ("6.3%", "道路交通事故起数"),
        ("8.8%", "道路交通事故死亡人数"),
    ]


def test_items_that_are_whole_names_keep_them() -> None:
    got = names("接待游客、入境人数、旅游销售额分别增长8%、12%、9%。")
    assert [n for _, n in got] == ["接待游客", "入境人数", "旅游销售额"]


def test_short_parallel_modifiers_without_a_known_head() -> None:
    got = names("南线、北线地铁日均客流分别达到52万、47万人次。")
    assert [n for _, n in got] == ["南线地铁日均客流", "北线地铁日均客流"]


# -- a verb written once before the first item of a list -------------------------


def test_a_list_shares_its_verb() -> None:
    assert names("取消行政许可事项42项、中介服务事项87项。") == [
        ("42项", "取消行政许可事项"),
        ("87项", "取消中介服务事项"),
    ]
    assert names("建成冷库12座、分拣中心5个。")[1] == ("5个", "建成分拣中心")


def test_a_shared_verb_does_not_reach_measures_or_follow_people() -> None:
    assert names("建成数据机架2万架、算力规模超1.5万P。")[1][1] == "算力规模"
    assert names("全年接待游客2.1亿人次、旅游花费1800亿元。")[1] == ("1800亿元", "旅游花费")
    # (a founding verb is shared with the next thing listed, 新增养老床位 then 新增助餐点: the
    # 25 are new ones, as the 600 are; round 58 read the list so, the key's 老年餐桌 aside)
    assert names("新增养老床位600张、助餐点25个。")[1] == ("25个", "新增助餐点")


# -- years and periods are not subjects ------------------------------------------


def test_years_in_a_from_to_sentence_are_not_the_name() -> None:
    assert names("研究生入学率从2019年的30.2%提升至2024年的41%以上。") == [
        ("30.2%", "研究生入学率"),
        ("41%以上", "研究生入学率"),
    ]


def test_a_period_alone_lends_the_subject_of_the_clause_before() -> None:
    got = names("“十三五”期间全省地区生产总值增速快于全国，“十四五”年均增长6.1%。")
    assert got == [("6.1%", "地区生产总值")]


# -- stray words and word boundaries ---------------------------------------------


def test_a_change_verb_or_an_adverb_after_the_name_is_stray() -> None:
    assert names("服务业增加值占地区生产总值比重下降0.3个百分点。")[0][1] == (
        "服务业增加值占地区生产总值比重"
    )
    assert names("城乡低保标准又提高8%。") == [("8%", "城乡低保标准")]


def test_deng_inside_a_word_is_not_the_end_of_a_list() -> None:
    assert names("中等职业教育招生规模2.3万人。")[0][1] == "中等职业教育招生规模"
    assert names("高等教育在校生达到12万人。")[0][1] == "高等教育在校生"


def test_a_bracketed_list_of_kinds_stays_with_its_noun() -> None:
    assert names("全省有35个县（市、区）通过国家义务教育优质均衡县评估。") == [
        ("35个", "通过国家义务教育优质均衡县评估的县（市、区）")
    ]


# -- generic amounts and shares --------------------------------------------------


def test_a_generic_amount_is_named_by_its_owner() -> None:
    assert names("建设区域冷链物流中心，力争交易额达到50亿元。") == [
        ("50亿元", "区域冷链物流中心交易额")
    ]
    assert names("产业园区落地项目120个、总投资额560亿元。")[1] == (
        "560亿元",
        "产业园区落地项目总投资额",
    )
    assert names("全年实施重点项目800个、完成投资2000亿元。")[1] == (
        "2000亿元",
        "重点项目完成投资",
    )


def test_a_share_of_a_verbs_object_names_the_verb() -> None:
    assert names("轨道交通覆盖85%以上的乡镇。") == [("85%以上", "轨道交通覆盖乡镇占比")]


# -- names and sayings written with numerals -------------------------------------


def test_a_name_listed_with_names_is_no_amount() -> None:
    assert names("重点扶持五元、华康等乳品龙头企业做大做强。") == []
    assert names("每人每天补助三元、五元。") != []


def test_a_saying_is_no_count() -> None:
    assert names("只有抓一项是一项，干一件成一件，才能取得实效。") == []


def test_a_share_opening_its_clause_is_a_share_of_what_follows() -> None:
    assert names("九成以上企业复工。") == [("九成以上", "企业复工占比")]
    assert [(m.text, m.kind) for m in find_mentions("90%以上企业实现复工。")] == [
        ("90%以上", "share")
    ]
    assert names("全区民生支出12亿元，80%以上用于教育和医疗。")[1] == (
        "80%以上",
        "民生支出用于教育和医疗占比",
    )


def test_a_rate_threshold_defining_a_class_is_still_no_figure() -> None:
    assert names("对营收增速10%以上企业给予奖励。") == []


def test_the_reports_own_points_and_some_are_no_counts() -> None:
    assert names("今年重点做好四项工作。一是稳增长。") == []
    assert names("重点办好三件实事：一是改造老旧小区。") == []
    assert names("中央财政拟投入300亿元资金。一是支持就业。") != []  # an amount stays
    assert names("调整优化一批，关停退出一批。") == []
    assert names("统筹用好两个市场、两种资源。") == []


def test_a_generic_amount_after_a_doer_and_its_verb() -> None:
    assert names("市县共建西部农产品交易中心，力争交易额达到80亿元。") == [
        ("80亿元", "西部农产品交易中心交易额")
    ]
    assert names("确保全年实施重点项目500个左右、完成投资900亿元以上。") == [
        ("500个左右", "实施重点项目"),
        ("900亿元以上", "重点项目完成投资"),
    ]


def test_a_generic_investment_is_named_by_the_clause_after() -> None:
    assert names("投资1.2亿元，启动实施东湖水厂改扩建工程。") == [
        ("1.2亿元", "东湖水厂改扩建工程投资")
    ]
    assert names("投资3000万元，对城区供热管网进行全面改造。") == [("3000万元", "城区供热管网投资")]
    # a count in the clause after: the work named without it (a longer, honest name)
    assert names("投资2亿元，完成5个村的改造。")[0] == ("2亿元", "村的改造投资")


def test_a_list_of_subjects_in_the_clause_before_its_figures() -> None:
    got = names("城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长8.3%和9.2%。")
    assert got == [("8.3%", "城镇居民人均可支配收入"), ("9.2%", "农村居民人均纯收入")]


def test_petaflops_are_a_unit() -> None:
    assert names("总算力突破2万PF、增长3倍。") == [("2万PF", "总算力"), ("3倍", "总算力")]


def test_a_glossary_term_after_its_note_number_is_no_count() -> None:
    assert names("［12］三个中心：指科创中心、金融中心和物流中心。") == []
    assert names("建设“三区”［4］3个示范区。") == [("3个", "建设示范区")]


def test_an_absolute_change_after_a_figure_is_named_as_one() -> None:
    assert names("税收收入突破800亿元，增加65亿元。")[1] == ("65亿元", "税收收入增加")


def test_a_measure_listed_alone_takes_the_owner_before() -> None:
    assert names("市属企业营收增长5.9%、利润增长5.5%。")[1] == ("5.5%", "市属企业利润")
    assert names("GDP增长5%、财政收入增长6%。")[1] == ("6%", "财政收入")


def test_counts_of_one_owner_in_a_longer_list() -> None:
    got = names("森林火灾起数、死亡人数、受伤人数、直接经济损失分别下降6%、7%、8%、9%。")
    assert [n for _, n in got] == [
        "森林火灾起数",
        "森林火灾死亡人数",
        "森林火灾受伤人数",
        "森林火灾直接经济损失",  # what the event cost is the same owner's (round 10)
    ]


def test_a_verb_ending_in_ji_is_no_list_conjunction() -> None:
    got = names("医保试点已扩大到300个县，惠及2.1亿农民。")
    assert got[1] == ("2.1亿", "惠及农民")


def test_last_years_end_and_tong_yi_are_no_part_of_a_name() -> None:
    assert names("去年末住户存款余额增长9.1%。") == [("9.1%", "住户存款余额")]
    assert names("年末存款余额较上年末增长7.1%。") == [("7.1%", "年末存款余额")]
    assert names("城乡低保标准统一由600元提高到650元。")[1] == ("650元", "城乡低保标准")


def test_a_price_rise_is_a_change() -> None:
    assert [(m.kind, m.direction) for m in find_mentions("蔬菜提价幅度超过15%。")] == [
        ("change", "up")
    ]


def test_a_bare_verb_keeps_the_owner_before_its_light_verb() -> None:
    assert names("长江“十年禁渔”专项行动完成治理120万亩。") == [
        ("120万亩", "长江“十年禁渔”专项行动治理")
    ]


def test_counts_named_by_a_word_before_shu_keep_their_owner() -> None:
    assert [n for _, n in names("网络诈骗案件受理数、案损数分别下降16%和36%。")] == [
        "网络诈骗案件受理数",
        "网络诈骗案件案损数",
    ]


def test_a_leading_de_is_stray() -> None:
    assert names("吸引30个国家和地区的500家企业参展。")[0] == ("30个", "国家和地区")


def test_an_age_before_a_change_verb_is_a_value() -> None:
    assert names("人均预期寿命从2020年的77.1岁提升至2025年的78.5岁。") == [
        ("77.1岁", "人均预期寿命"),
        ("78.5岁", "人均预期寿命"),
    ]


def test_a_bound_before_a_noun_is_a_class_and_erci_is_secondary() -> None:
    assert names("放宽7座以下小客车通行限制。") == []
    assert names("做好古城遗址二次发掘。") == []
    assert names("两次提高最低工资标准。") == [("两次", "提高最低工资标准")]


def test_a_short_noun_reached_by_its_subject() -> None:
    assert names("绿电外送拓展至18个省区市。") == [("18个", "绿电外送省区市")]


def test_an_investment_followed_by_what_it_pays_for() -> None:
    assert names("投资800万元实施10蒸吨以下燃煤锅炉改造。") == [
        ("800万元", "10蒸吨以下燃煤锅炉改造投资")
    ]


def test_a_target_year_a_yearly_frame_and_a_reached_rate_are_stray() -> None:
    assert names("到2030年数字经济核心产业营收突破2万亿元。") == [
        ("2万亿元", "数字经济核心产业营收")
    ]
    assert names("服务业增加值占地区生产总值比重提高到55.5%。")[0][1] == (
        "服务业增加值占地区生产总值比重"
    )
    assert names("中央财政补助每年将达到300多亿元。") == [("300多亿元", "中央财政补助")]
    assert names("２０２３年中央财政支出８００亿元。") == [("８００亿元", "中央财政支出")]


def test_a_long_object_gives_its_first_item() -> None:
    got = names("投资2亿元完成了滨河路护坡改造、城市出入口绿化提升、老城区雨污分流管网改造。")
    assert got == [("2亿元", "滨河路护坡改造投资")]


def test_a_repeated_lone_one_is_a_saying() -> None:
    assert names("成熟一家，批准一家。") == []


def test_a_share_of_what_a_subject_reaches() -> None:
    assert names("养老保险试点要覆盖全国20%左右的县（市）。") == [
        ("20%左右", "养老保险试点要覆盖全国县（市）占比")
    ]


def test_a_bare_change_before_a_count_or_amount_names_the_change() -> None:
    assert names("农村低收入人口减少860万。") == [("860万", "农村低收入人口减少")]
    assert names("市级财政拟新增3000亿元。") == [("3000亿元", "市级财政新增")]
    assert names("平均每天新增经营主体1.2万户。")[0][1] != "平新增"


def test_an_estimate_frames_a_figure() -> None:
    assert names("预计全年接待游客9.6亿人次。") == [("9.6亿人次", "接待游客")]


def test_a_ranking_before_a_comma_of_enumeration_ends_the_clause_before() -> None:
    assert names("茶叶产量全国第一、名优茶占比65%。") == [("65%", "名优茶占比")]
    got = names("第一、第三产业增加值分别增长3.1%、5.1%。")
    assert [n for _, n in got] == ["第一产业增加值", "第三产业增加值"]


def test_a_list_of_kinds_ends_a_noun_before_a_long_predicate() -> None:
    got = names("60个县（市、特区）与省外三甲医院建立帮扶协作关系。")
    # the kinds end the noun; the partnership after it says which ones are counted
    assert got == [("60个", "与省外三甲医院建立帮扶协作关系的县（市、特区）")]


def test_short_modifiers_listed_before_a_head_share_it() -> None:
    assert names("为超5000名视力、听力、肢体等残疾儿童免费提供辅具。") == [
        ("超5000名", "免费提供辅具残疾儿童")
    ]
    # Whole nouns listed (专题教育、家长课堂等活动) are not modifiers: the first names it.
    assert names("组织开展超500场次专题讲座、家长课堂等活动。")[0][1] != "开展活动"


def test_kinds_of_a_count_take_the_things_counted_before() -> None:
    assert names("今年安排重点项目80个，其中，工业类12个、民生类30个。")[1:] == [
        ("12个", "工业类重点项目"),
        ("30个", "民生类重点项目"),
    ]


def test_a_pair_word_walked_through_by_two_figures() -> None:
    assert names("全市本外币存贷款余额分别达2.1万亿元、1.8万亿元。") == [
        ("2.1万亿元", "本外币存款余额"),
        ("1.8万亿元", "本外币贷款余额"),
    ]
    # Successive milestones are no pair (and 接连 is no word of the name: round 7).
    got = names("进出口总额接连突破8000亿元、9000亿元。")
    assert [n for _, n in got] == ["进出口总额", "进出口总额"]


def test_money_per_something_is_an_amount_and_a_floor_is_no_decline() -> None:
    assert [(m.unit, m.kind) for m in find_mentions("全员劳动生产率提高到30万元/人。")] == [
        ("万元/人", "amount")
    ]
    assert [(m.kind, m.direction) for m in find_mentions("财政资金占比不低于40%。")] == [
        ("share", "")
    ]


def test_removal_verbs_stay_in_the_name() -> None:
    assert names("取消和停征80项行政事业性收费。") == [("80项", "取消和停征行政事业性收费")]


def test_junk_at_the_edges_of_a_name() -> None:
    assert names("这是在我国经济总量超过60万亿元的基础上取得的。") == [
        ("超过60万亿元", "我国经济总量")
    ]
    assert names("完成写字楼主体建设和8万平方米广场等工程。") == [("8万平方米", "广场")]


def test_short_names_after_their_figures_share_the_last_ones_head() -> None:
    got = names("实施城区12公里供水、30公里供热、8公里燃气管网铺设。")
    assert [n for _, n in got] == ["供水管网铺设", "供热管网铺设", "燃气管网铺设"]
    assert [n for _, n in names("我国有14亿人口、9亿劳动力资源。")] == ["人口", "劳动力资源"]


def test_a_subject_after_a_line_break_and_spaces_does_not_break_the_rules() -> None:
    # The subject finder once failed on a clause that only trimming changed.
    assert names("农村更美。\n      今年粮食产量要稳定在6亿吨以上。") == [("6亿吨以上", "粮食产量")]


def test_a_from_to_with_a_reach_verb_names_both_figures() -> None:
    assert names("监管事项从39个拓展到91个。") == [("39个", "监管事项"), ("91个", "监管事项")]


def test_a_short_object_after_a_light_verb_keeps_its_owner() -> None:
    assert names("农牧区劳动力实现转移就业112万人次。") == [("112万人次", "农牧区劳动力转移就业")]
    # A list of places is where, not whose.
    assert names("东坝、金盏实现园林增绿37.7万平方米。") == [("37.7万平方米", "园林增绿")]


def test_a_ranking_in_a_predicate_and_an_amount_per_day() -> None:
    assert names("5家浙企上榜全国文化企业30强。") == [("5家", "上榜全国文化企业30强的浙企")]
    assert [(m.unit, m.kind) for m in find_mentions("垃圾处理能力提高到16.9万吨/日。")] == [
        ("万吨/日", "amount")
    ]


def test_what_an_outlay_repairs_is_named_with_its_list() -> None:
    got = names("投入2000余万元对城区破损步道板、台阶进行修复。")
    assert got == [("2000余万元", "城区破损步道板、台阶投入")]


def test_a_quoted_name_with_a_middle_dot_is_the_counted_noun() -> None:
    assert names("启动60余场次“冰雪·欢乐季”文化惠民演出。") == [
        ("60余场次", "“冰雪·欢乐季”文化惠民演出")
    ]


def test_an_increase_of_an_amount_is_named_as_one() -> None:
    assert names("人均预期寿命再提高1.2岁。") == [("1.2岁", "人均预期寿命提高")]
    assert names("低保标准由600元提高到650元。")[1] == ("650元", "低保标准")


def test_schools_counted_by_the_attribute_improved() -> None:
    assert names("提升30所普通高中办学能力。") == [("30所", "提升办学能力普通高中")]
    assert names("形成60万吨煤炭储备能力。")[0][1] != "形成能力煤炭储备"


def test_half_is_a_fraction_but_not_in_a_figure_of_speech() -> None:
    assert [(m.text, m.value, m.unit, m.kind, m.direction) for m in find_mentions(
        "市级审批事项减少一半以上。"
    )] == [("一半以上", "50", "%", "change", "down")]  # fmt: skip
    assert names("一半以上的村完成改造。") == [("一半以上", "完成改造的村占比")]
    assert names("一半是海水，一半是火焰。") == []
    assert names("另一半资金由市级承担。") == []


def test_a_place_after_the_verb_completes_a_shares_name() -> None:
    assert names("超过一半人口居住在城镇。") == [("超过一半", "人口居住在城镇占比")]


def test_first_time_average_and_from_last_year_are_no_part_of_a_name() -> None:
    assert names("粮食年度产量首次突破2000万吨。") == [("2000万吨", "粮食年度产量")]
    assert names("城镇调查失业率平均为4.2%。") == [("4.2%", "城镇调查失业率")]
    assert names("赤字率从去年的2.1%提高到2.3%。") == [("2.1%", "赤字率"), ("2.3%", "赤字率")]
    got = names("一般公共预算收入增长2.3%、支出首次超过7000亿元。")
    assert got[1] == ("超过7000亿元", "一般公共预算支出")


def test_ten_thousand_and_more_hundred_millions_is_one_magnitude() -> None:
    (m,) = find_mentions("住户存款新增3万多亿元。")
    assert (m.text, m.value, m.unit, m.approx) == ("3万多亿元", "3", "万亿元", "over")
