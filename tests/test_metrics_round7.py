"""Indicator rules for the error classes of the seventh corpus audit (issue 15):
names whose owner is a clause away, lists whose head or owner is written once,
an amount named by what it pays for, note marks, and slogans written with figures.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions


def test_a_note_mark_is_no_part_of_a_name() -> None:
    assert names("三大支柱产业［3］占地区生产总值比重提高5个百分点。") == [
        ("5个百分点", "三大支柱产业占地区生产总值比重")
    ]
    assert names("“专精特新”[12]企业营业收入增长8%。") == [("8%", "“专精特新”企业营业收入")]


def test_a_figure_inside_a_slogan_is_no_figure() -> None:
    assert names("着力解决好三个1亿人问题，推进以人为核心的城镇化。") == []
    # a count of things with a size of their own still counts
    assert [t for t, _ in names("建成3个10万吨级泊位。")] == ["3个"]


def test_a_list_closed_by_deng_before_its_domain_stays_whole() -> None:
    assert names("2019年省财政用于教育、医疗、社保等方面的支出860亿元。") == [
        ("860亿元", "省财政用于教育、医疗、社保等方面的支出")
    ]
    # 年中 is no frame before 中央
    assert names("2021年中央补助资金下达12亿元。")[0][1].startswith("中央")


def test_a_sum_is_named_by_what_it_is_spent_on() -> None:
    assert names("省财政今年安排8亿元专项资金，重点支持县域污水管网改造。") == [
        ("8亿元", "县域污水管网改造专项资金")
    ]
    assert names("市财政拟安排5亿元资金，主要以奖补方式支持老旧厂房改造。") == [
        ("5亿元", "老旧厂房改造资金")
    ]
    # the verb right after the sum is no name; the things counted after it are left out
    assert names("省财政安排12亿元支持30家企业开展技术改造。")[0] == (
        "12亿元",
        "企业开展技术改造资金",
    )
    # a sum with a name of its own keeps it
    assert names("一般公共预算收入52亿元，用于民生的支出占七成。")[0] == (
        "52亿元",
        "一般公共预算收入",
    )


def test_a_bare_measure_takes_its_owner_from_the_clause_before() -> None:
    # the topic of the clause before, cut where its progress is reported
    assert names("全市规上服务业企业经营效益明显好转，实现利润86亿元，增长9%。") == [
        ("86亿元", "规上服务业企业利润"),
        ("9%", "规上服务业企业利润"),
    ]
    # the object of the clause before, for a sum spent on it
    assert names("加快建设滨江现代物流园，全年计划投资6亿元。") == [
        ("6亿元", "滨江现代物流园计划投资")
    ]
    # the things counted just before, for what they yield or cost
    assert names("全年新开工产业项目36个，完成投资88亿元。")[1] == (
        "88亿元",
        "新开工产业项目完成投资",
    )
    # a change of the object of the same verb before
    assert names("逐步增加县级教育经费，明年再增加3亿元。") == [("3亿元", "县级教育经费增加")]


def test_no_owner_from_a_doer_an_aim_or_people() -> None:
    # a doer or an order owns nothing
    assert names("我们坚持稳中求进，实现利润12亿元。")[0][1] == "利润"
    # people counted before yield no investment
    assert names("城镇新增就业5000人，完成投资2亿元。")[1][1] == "完成投资"
    # an aim is no topic
    assert names("工作着力点不断向基层倾斜，年内开工项目20个。")[0][1] == "开工项目"
    # a clause with a figure of its own lends nothing through its words, only the
    # owner of its measure (the twelfth round: 规上工业|增加值…，利润… → 规上工业利润)
    assert names("规上工业增加值增长7%，实现利润30亿元。")[1][1] == "规上工业利润"


def test_a_bare_measure_in_a_list_takes_the_owner_before() -> None:
    assert names("景区接待游客人数和总收入分别增长12%、8%。") == [
        ("12%", "景区接待游客人数"),
        ("8%", "景区接待游客总收入"),
    ]
    assert names("全年接待游客800万人次、总花费90亿元。")[1] == ("90亿元", "游客总花费")
    assert names("油料播种面积120万亩、总产量30万吨。")[1] == ("30万吨", "油料总产量")


def test_what_a_reach_verb_reaches_is_named_with_what_reaches() -> None:
    assert names("农村义务教育营养改善计划惠及28万学生。") == [
        ("28万", "农村义务教育营养改善计划惠及学生")
    ]
    # a doer is not what reaches them
    assert names("我们惠及3万户家庭。") == [("3万户", "惠及家庭")]


def test_a_figure_per_day_says_so() -> None:
    assert names("全区平均每天新增经营主体86户。") == [("86户", "平均每天新增经营主体")]
    assert names("景区日均接待游客1.5万人次。") == [("1.5万人次", "景区日均接待游客")]
    # lent from the clause before, the period stays
    assert names("新设经营主体增长9%，平均每天新增150户。")[1] == ("150户", "平均每天新设经营主体")
    # a year is the report's own period: no word of it in the name
    assert names("每年新增城镇就业1.1万人。") == [("1.1万人", "新增城镇就业")]


def test_sums_reached_as_milestones_are_the_subjects() -> None:
    got = find_mentions("全市地区生产总值接连跨越4000亿元、5000亿元两个大台阶，年均增长6.2%。")
    assert [(m.text, m.kind, m.indicator) for m in got] == [
        ("4000亿元", "amount", "地区生产总值"),
        ("5000亿元", "amount", "地区生产总值"),
        ("6.2%", "change", "地区生产总值"),
    ]
    # a sum without 元 reached as a milestone is a sum, not a count
    got = find_mentions("地区生产总值接连跨越4万亿、5万亿两个大台阶。")
    assert [(m.text, m.kind) for m in got] == [("4万亿", "amount"), ("5万亿", "amount")]


def test_things_counted_that_meet_a_condition_written_before_them() -> None:
    # the condition's figure defines the class counted: no figure of its own (round 10)
    assert names("营业收入超过20亿元的骨干企业达到45家。") == [
        ("45家", "营业收入超过20亿元的骨干企业"),
    ]


def test_the_same_sum_again_after_shangshu_keeps_its_name() -> None:
    got = names("全年发行再融资债券800亿元。上述800亿元全部用于置换存量债务。")
    assert got[1] == ("800亿元", got[0][1]) and got[0][1] == "发行再融资债券"


def test_weici_and_note_marks_are_no_words_of_a_name() -> None:
    assert names("省财政将为此投入30亿元。") == [("30亿元", "省财政投入")]


def test_a_noun_opening_with_a_code_is_counted() -> None:
    assert names("全年建成15个5G基站。") == [("15个", "5G基站")]
    assert names("园区新开业的3个4S店投入运营。")[0][1].endswith("4S店")


def test_list_words_between_two_counts_are_no_name() -> None:
    assert names("落实第一批16项及第二批9项改革举措。") == [
        ("16项", "改革举措"),
        ("9项", "改革举措"),
    ]


def test_two_items_share_a_networks_head() -> None:
    assert names("年内建成42公里污水、17公里燃气管网。") == [
        ("42公里", "污水管网"),
        ("17公里", "燃气管网"),
    ]
    # two counts of people and labour are no such list
    assert names("全县8万人口、5万劳动力资源。")[0][1] != "人口劳动力资源"


def test_places_in_a_ranking_are_ordinals() -> None:
    # Round 29 (test23, test24 judges, and the spec's "ordinals"): 由210位 is the 210th place,
    # not 210 of anything; round 7 had named them by the ranking's organisation.
    assert names("华峰集团营业收入连创新高，在“中国企业500强”排名由210位上升到168位。") == []
    assert names("全省在“中国百强县”排名由30位上升到21位。") == []


def test_a_gap_written_with_bi_is_the_comparison() -> None:
    assert names("涉农、普惠贷款增速比各项贷款增速分别高3.1和2.4个百分点。") == [
        ("3.1", "涉农贷款增速比各项贷款增速高"),
        ("2.4个百分点", "普惠贷款增速比各项贷款增速高"),
    ]
    # 比重 is no comparison
    assert names("服务业比重较上年提高1.5个百分点。")[0][1] == "服务业比重"


def test_a_rate_of_things_listed_is_theirs() -> None:
    assert names("科技型企业、“专精特新”企业贷款增速分别为18%、21%。") == [
        ("18%", "科技型企业贷款增速"),
        ("21%", "“专精特新”企业贷款增速"),
    ]


def test_projects_listed_up_to_deng_name_the_count_and_its_sum() -> None:
    assert names("投资3.2亿元实施了城东学校、滨河公园等9个项目。") == [
        ("3.2亿元", "城东学校、滨河公园等项目投资"),
        ("9个", "城东学校、滨河公园等项目"),
    ]


def test_a_doer_before_a_lists_light_verb_owns_every_item() -> None:
    assert names("市属国企完成技改投资86亿元、研发投入21亿元，分别增长8%、12%。") == [
        ("86亿元", "市属国企技改投资"),
        ("21亿元", "市属国企研发投入"),
        ("8%", "市属国企技改投资"),
        ("12%", "市属国企研发投入"),
    ]
    # a frame word is no doer
    assert names("累计完成植树造林120万亩、退化草原修复80万亩。")[1][1] == "退化草原修复"


def test_a_base_written_with_a_plan_period_is_no_name() -> None:
    assert names("建筑施工事故起数、死亡人数较“十三五”同期分别下降21%、33%。") == [
        ("21%", "建筑施工事故起数"),
        ("33%", "建筑施工事故死亡人数"),
    ]


def test_jielian_is_no_word_of_a_name() -> None:
    assert names("外贸进出口额相继突破5000亿元、6000亿元。") == [
        ("5000亿元", "外贸进出口额"),
        ("6000亿元", "外贸进出口额"),
    ]


def test_a_share_listed_after_he_is_of_its_noun_and_predicate() -> None:
    assert names("全部乡镇和85%的行政村建成标准化综合文化服务中心。") == [
        ("85%", "建成标准化综合文化服务中心的行政村占比")
    ]


def test_a_yearly_capacity_is_named_with_what_it_makes() -> None:
    assert names("园区实现年产6万吨高纯石英砂项目顺利投产。") == [("6万吨", "高纯石英砂年产能")]


def test_chuzhi_and_panhuo_are_verbs_a_list_shares() -> None:
    assert names("依法处置低效用地2.1万亩、闲置土地0.8万亩。") == [
        ("2.1万亩", "处置低效用地"),
        ("0.8万亩", "处置闲置土地"),
    ]


def test_a_sum_given_to_people_is_their_subsidy() -> None:
    assert names("省财政从储备基金中拿出8亿元，直接补贴生猪养殖户。") == [
        ("8亿元", "生猪养殖户补贴")
    ]


def test_a_list_joined_by_ji_is_split_by_fenbie() -> None:
    assert names("义务教育巩固率及高中阶段毛入学率分别达到99%和93%。") == [
        ("99%", "义务教育巩固率"),
        ("93%", "高中阶段毛入学率"),
    ]


def test_mu_ci_is_a_unit() -> None:
    got = find_mentions("全县机耕作业面积达到25万亩次以上。")
    assert [(m.text, m.unit, m.indicator) for m in got] == [
        ("25万亩次以上", "万亩次", "机耕作业面积")
    ]


def test_a_pair_of_one_character_items_shares_owner_and_head() -> None:
    assert names("全市银行业本外币存、贷款余额分别达到8600亿元、7400亿元。") == [
        ("8600亿元", "银行业本外币存款余额"),
        ("7400亿元", "银行业本外币贷款余额"),
    ]


def test_a_kind_after_qizhong_is_part_of_the_things_counted() -> None:
    assert names("全县新增市场主体1.2万户，总量达到9.8万户，其中企业2.6万户。")[-1] == (
        "2.6万户",
        "市场主体中企业",
    )


def test_a_generic_head_opening_a_name_is_the_one_the_sentence_counted() -> None:
    got = names("全年安排市级重点项目86个，其中，产业类40个，项目总投资920亿元。")
    assert got[-1] == ("920亿元", "市级重点项目总投资")
    # times are no things counted
    got = names("市政府12次调度重点项目，开工项目300个、完成投资80亿元。")
    assert got[-1] == ("80亿元", "开工项目完成投资")


def test_an_effect_is_of_the_owner_of_the_figure_before() -> None:
    assert names("国际茶博会成交额12亿元，带动相关产业消费40亿元。") == [
        ("12亿元", "国际茶博会成交额"),
        ("40亿元", "国际茶博会带动相关产业消费"),
    ]


def test_a_policy_head_takes_what_it_is_for() -> None:
    assert names("全面完成优化营商环境36条改革举措。") == [("36条", "营商环境改革举措")]


def test_a_long_noun_after_a_count_is_what_is_counted() -> None:
    assert names("实施临沂、日照3个国家级城市更新与历史文化保护传承示范项目。") == [
        ("3个", "国家级城市更新与历史文化保护传承示范项目")
    ]


def test_per_head_figures_are_of_what_the_clause_before_raises() -> None:
    assert names(
        "城乡低保标准、特困供养标准和残疾人补贴再次提高，月人均分别提高60元、80元和20元。"
    ) == [
        ("60元", "城乡低保标准月人均提高"),
        ("80元", "特困供养标准月人均提高"),
        ("20元", "残疾人补贴月人均提高"),
    ]
    assert names("继续提高城乡居民基础养老金，人均每年增长6%。") == [
        ("6%", "城乡居民基础养老金人均")
    ]


def test_a_doer_before_a_building_verb_owns_the_list() -> None:
    assert names("光伏开工800万千瓦、并网500万千瓦。") == [
        ("800万千瓦", "光伏开工"),
        ("500万千瓦", "光伏并网"),
    ]


def test_what_reaches_people_may_be_the_predicate_before() -> None:
    assert names("落实高中免学费政策、惠及36万名学生。") == [("36万名", "高中免学费政策惠及学生")]


def test_a_capacity_before_a_project_is_the_projects() -> None:
    assert names("华源30万吨煤焦油加工一期工程建成投产。") == [
        ("30万吨", "华源煤焦油加工一期工程产能")
    ]
    # a task after the plant is no project name
    assert names("国能集团800万吨煤矿完成项目核准。") == [("800万吨", "国能集团煤矿产能")]


def test_a_count_in_words_restating_the_names_before_it_is_no_figure() -> None:
    assert names("推进东湖、西湖两个片区综合整治。") == []
    assert names("落实项目审批、资金监管、绩效评价三项制度。") == []
    # digits, or a count that is not the number of names, still count
    assert [t for t, _ in names("建成东湖、西湖2个污水处理厂。")] == ["2个"]
    assert [t for t, _ in names("建成东湖、西湖等五个污水处理厂。")] == ["五个"]


def test_double_digit_growth_is_no_count() -> None:
    assert names("规上工业增加值连续12个月保持两位数增长。") == []


def test_renzhen_is_no_word_at_a_names_start() -> None:
    assert names("认真办理人大代表建议180件。") == [("180件", "办理人大代表建议")]
