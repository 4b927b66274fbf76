"""Indicator rules for the classes the held-out reports still show (issue 15, round 15):
a sum written after its parts, a budget's totals and deficits without whose budget
they are, a figure again in another unit or at the end of a from–to with a plan word,
and list numbers left in names.

Each example is invented for its class, in the genre's words, not copied from the
held-out reports, the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions


def test_a_sum_after_its_parts_is_the_sum_of_the_lists_head() -> None:
    text = "全旗一般公共预算收入7.2亿元，上级补助收入11.5亿元，调入资金0.8亿元，总计19.5亿元。"
    assert names(text)[-1] == ("19.5亿元", "一般公共预算收入总计")
    text = "社会保险基金支出5.1亿元，上解支出0.2亿元，合计5.3亿元。"
    assert names(text)[-1] == ("5.3亿元", "社会保险基金支出合计")
    # money raised from several sources: the verb the first part opens with says what
    text = "争取上级资金4.6亿元、社会资本1.2亿元、专项债券3亿元，共计8.8亿元。"
    assert names(text)[-1] == ("8.8亿元", "争取资金共计")
    # two parts name their sum themselves
    assert names("全镇税收收入1.3亿元，非税收入0.4亿元，合计1.7亿元。")[-1] == (
        "1.7亿元",
        "税收收入和非税收入合计",
    )
    text = "人民币存款余额410亿元，外币存款余额12亿元，合计422亿元。"
    assert names(text)[-1] == ("422亿元", "人民币存款余额和外币存款余额合计")
    # the sum after a ；is of its own clause's parts
    text = "税收收入3亿元，非税收入1亿元；政府性基金支出2.5亿元，上解支出0.5亿元，合计3亿元。"
    assert names(text)[-1] == ("3亿元", "政府性基金支出合计")
    # one part before it is no list: left as it was
    assert names("专项债券资金2亿元，合计2亿元。")[-1][1] != "资金合计"


def test_a_budgets_totals_and_deficit_keep_whose_budget_they_are() -> None:
    text = "镇本级国有资本经营预算收入总计0.9亿元，支出总计0.7亿元。"
    assert names(text) == [
        ("0.9亿元", "镇本级国有资本经营预算收入总计"),
        ("0.7亿元", "镇本级国有资本经营预算支出总计"),
    ]
    text = "2026年全州一般公共预算收入总计88亿元，支出总计93亿元，收支相抵赤字5亿元。"
    assert names(text)[1:] == [("93亿元", "一般公共预算支出总计"), ("5亿元", "一般公共预算赤字")]
    text = "县本级政府性基金收入4.4亿元，上级补助收入0.6亿元，收入总量5亿元。"
    assert names(text)[-1] == ("5亿元", "县本级政府性基金收入总量")
    # no budget named in the sentence: the total stays as written
    assert names("旅游收入总计12亿元，支出合计3亿元。")[-1] == ("3亿元", "支出合计")


def test_the_same_quantity_in_another_unit_is_the_same_measure() -> None:
    assert names("全年油料产量6.4万吨，约合1.28亿斤。")[1] == ("1.28亿斤", "油料产量")
    assert names("货物出口总额2.3亿美元，折合人民币16.4亿元。")[1] == ("16.4亿元", "货物出口总额")


def test_a_from_to_ending_at_an_estimate_names_both_ends() -> None:
    text = "全区财政收入从2021年的16亿元增长到预计2026年的23亿元。"
    assert names(text) == [("16亿元", "财政收入"), ("23亿元", "财政收入")]
    text = "森林覆盖率由上年的41.5%提高到预计的42.3%。"
    assert names(text) == [("41.5%", "森林覆盖率"), ("42.3%", "森林覆盖率")]
    assert names("年度投资从85亿元调整为计划完成的97亿元。")[1] == ("97亿元", "年度投资")


def test_a_list_number_opening_a_name_is_no_part_of_it() -> None:
    assert names("3、外贸进出口总额下降2.4%。") == [("2.4%", "外贸进出口总额")]
    assert names("四是城乡低保标准分别提高6%和9%。") == [
        ("6%", "城镇低保标准"),
        ("9%", "农村低保标准"),
    ]
    assert names("其三，新增城镇就业8600人。")[0][1] == "新增城镇就业"
    # a numeral that is part of the name stays
    assert names("十大产业链产值增长9%。")[0][1] == "十大产业链产值"


def test_a_part_named_by_its_kind_takes_the_measure_before() -> None:
    text = "全县居民人均可支配收入2.9万元，其中城镇居民3.9万元，农村居民1.8万元。"
    assert names(text)[1:] == [
        ("3.9万元", "城镇居民人均可支配收入"),
        ("1.8万元", "农村居民人均可支配收入"),
    ]
    text = "规模以上工业增加值增长6.6%，其中制造业增长7.9%，采矿业下降1.2%。"
    assert names(text)[1:] == [("7.9%", "制造业增加值"), ("1.2%", "采矿业增加值")]
    text = "城镇常住居民人均消费支出2.6万元，增长4%；农村常住居民1.4万元，增长7%。"
    assert names(text)[2:] == [
        ("1.4万元", "农村常住居民人均消费支出"),
        ("7%", "农村常住居民人均消费支出"),
    ]
    # a measure in another unit is no such part; nor is a time word a kind
    assert names("改造投资5亿元，完成3.2万平方米改造任务。")[-1][1] != "改造任务投资"
    assert names("年均粮食产量保持在30万吨，外调粮食超20万吨。")[-1][1] != "外调粮食产量"


def test_labels_table_cells_and_a_beneficiarys_wei_open_no_name() -> None:
    text = "【部门预算执行】2025年某县本级政府性基金收入5.6亿元，同比增收0.4亿元，增长7.7%。"
    assert names(text) == [
        ("5.6亿元", "某县本级政府性基金收入"),
        ("0.4亿元", "某县本级政府性基金收入增收"),
        ("7.7%", "某县本级政府性基金收入"),
    ]
    assert names("上年结转 |1.35 |调入资金 |2.10 |——全市社会保险基金收入32.5亿元。") == [
        ("32.5亿元", "全市社会保险基金收入")
    ]
    assert names("主要指标完成情况表指标计划实际增幅备注规上工业增加值增长7%。") == [
        ("7%", "规上工业增加值")
    ]
    assert names("落实组合式税费政策，为全县小微企业减税降费3.2亿元。") == [
        ("3.2亿元", "全县小微企业减税降费")
    ]
    # a group given something keeps 为 (the group is given it, it gives nothing)
    assert names("为困难群众发放取暖补贴860万元。")[0][1].startswith("为")


def test_a_milestone_verb_at_a_names_end_is_the_predicate() -> None:
    text = "数字经济核心产业增加值占GDP比重首次突破12%。"
    assert names(text) == [("12%", "数字经济核心产业增加值占GDP比重")]
    assert names("全年實現（xiàn）農業增加值9.6億元。") == [("9.6億元", "农业增加值")]


def test_a_from_to_with_a_plan_word_between_its_figures() -> None:
    text = "全县粮食产量由2020年的28万吨预计增加到2025年的33万吨。"
    assert names(text) == [("28万吨", "粮食产量"), ("33万吨", "粮食产量")]
    text = "居民储蓄存款余额由120亿元预计增长到168亿元，年均增长7%。"
    assert [n for _, n in names(text)] == ["居民储蓄存款余额"] * 3


def test_what_a_milestone_clause_passes_names_the_figure_reached() -> None:
    text = "全市工业总产值突破千亿元大关，达1120亿元、增长8%。"
    assert names(text) == [("1120亿元", "工业总产值"), ("8%", "工业总产值")]
    # a clause that only says how much, with no milestone before it, is left as it was
    assert names("各项工作扎实推进，达1120亿元。")[0][1] != "各项工作"


def test_a_time_word_a_note_or_a_net_change_alone_is_the_figure_befores() -> None:
    text = "旅游总收入年均增长12%，今年达到96亿元，是2020年的1.8倍。"
    assert [n for _, n in names(text)] == ["旅游总收入"] * 3
    text = "全市进出口总额达到86亿元，净增9.2亿元，同比（下同）增长12%。"
    assert names(text) == [
        ("86亿元", "进出口总额"),
        ("9.2亿元", "进出口总额净增"),
        ("12%", "进出口总额"),
    ]


def test_a_budget_value_inside_its_completion_and_a_base_inside_its_change() -> None:
    text = (
        "专项收入9150万元，完成年初预算8800万元的103.98%，比上年同期8420万元增收730万元，"
        "增长8.67%。"
    )
    assert names(text) == [
        ("9150万元", "专项收入"),
        ("8800万元", "专项收入年初预算"),
        ("103.98%", "专项收入"),
        ("8420万元", "上年同期专项收入"),
        ("730万元", "专项收入增收"),
        ("8.67%", "专项收入"),
    ]
    found = find_mentions("全市社会保险基金支出31.2亿元，为调整预算32亿元的97.5%。")
    assert [(m.text, m.indicator, m.kind) for m in found][1:] == [
        ("32亿元", "社会保险基金支出调整预算", "amount"),
        ("97.5%", "社会保险基金支出", "completion"),
    ]
    text = "全县一般公共预算收入预计完成7.6亿元，完成县人大常委会第九次会议批准的收入调整预算7.9亿元的96.2%。"
    assert names(text)[1:] == [
        ("7.9亿元", "一般公共预算收入调整预算"),
        ("96.2%", "一般公共预算收入"),
    ]
    # a period opening the measure is no part of its base, nor (round 34) of its name:
    # it is the figure's period, the dataset's `period` column
    text = "1-6月全区税收收入完成4.2亿元，比上年同期3.9亿元增收0.3亿元。"
    assert names(text) == [
        ("4.2亿元", "税收收入"),
        ("3.9亿元", "上年同期税收收入"),
        ("0.3亿元", "税收收入增收"),
    ]


def test_a_budgets_total_may_take_its_budget_from_the_sentence_before() -> None:
    text = (
        "全市政府性基金预算收入56亿元。加上级补助收入3亿元、债务转贷收入20亿元，收入总量为79亿元。"
    )
    assert names(text)[-1] == ("79亿元", "政府性基金预算收入总量")
    text = "自治区本级国有资本经营预算收入8.1亿元，增长3%；国有资本经营预算支出6.2亿元。"
    assert names(text)[-1] == ("6.2亿元", "自治区本级国有资本经营预算支出")


def test_what_firms_earn_after_a_semicolon_is_the_same_firms() -> None:
    text = "全市限额以上批发零售业企业销售额520亿元，增长6%；实现利润31亿元。"
    assert names(text)[-1] == ("31亿元", "限额以上批发零售业企业利润")
    text = "规上工业实现营业收入680亿元，增长9%；实现利税52亿元，增长4%。"
    assert names(text)[2:] == [("52亿元", "规上工业利税"), ("4%", "规上工业利税")]
    text = "规上工业企业营业收入980亿元；利润总额61亿元，下降2%。"
    assert names(text)[1:] == [("61亿元", "规上工业企业利润总额"), ("2%", "规上工业企业利润总额")]
    # not after a ；that opens another subject's report
    assert names("全县粮食产量30万吨；利润2亿元。")[-1][1] == "利润"


def test_a_widening_and_whose_assessment() -> None:
    assert names("经开区规划面积扩大12平方公里。") == [("12平方公里", "经开区规划面积扩大")]
    assert names("地对县9项考核指标中5项进入全省前列。")[0] == ("9项", "地对县考核指标")


def test_signs_of_a_bound_belong_to_the_figure() -> None:
    found = find_mentions("城镇登记失业率≤4.5%，粮食综合生产能力≥60万吨。")
    assert [(m.text, m.approx, m.indicator) for m in found] == [
        ("≤4.5%", "under", "城镇登记失业率"),
        ("≥60万吨", "over", "粮食综合生产能力"),
    ]


def test_a_list_items_own_verb_and_things_counted_by_their_attribute() -> None:
    text = "新签约招商引资项目资金62亿元、利用外资2100万美元。"
    assert names(text)[-1] == ("2100万美元", "利用外资")
    assert names("48个村集体经济收入全部达标。") == [("48个", "集体经济收入达标的村")]


def test_people_passing_a_milestone_are_counted() -> None:
    found = find_mentions("南站年旅客发送量突破500万大关。")
    assert [(m.text, m.kind) for m in found] == [("500万", "count")]


def test_problems_counted_are_named_by_who_raised_them() -> None:
    text = "市委第二轮巡察反馈27个问题整改稳步推进。"
    assert names(text) == [("27个", "市委第二轮巡察反馈问题")]
    text = "生态保护成效明显，12项省生态环境督察反馈、交办问题完成整改。"
    assert names(text) == [("12项", "完成整改的省生态环境督察反馈、交办问题")]
    # a count whose noun is not one of problems raised is left as it was
    assert names("审计整改推进有力，新建12个监测站点。")[0][1] != "审计整改推进有力监测站点"


def test_a_generic_head_after_listed_examples_keeps_its_verb() -> None:
    text = "年内新签约恒远物流、东方药业、北辰电子等项目28个。"
    assert names(text) == [("28个", "新签约项目")]
    text = "投资道路、桥梁、排水等市政设施6.3亿元。"
    assert names(text) == [("6.3亿元", "市政设施投资")]
    # a head that says what it is keeps its name
    assert names("推出音乐节、灯会等千人以上活动60场。") == [("60场", "千人以上活动")]


def test_a_pages_space_between_a_number_and_its_unit() -> None:
    found = find_mentions("全县农林牧渔业总产值 86.4 亿元，增长 4.2%；城镇化率 61.3 %。")
    assert [(m.text, m.unit, m.indicator) for m in found] == [
        ("86.4 亿元", "亿元", "农林牧渔业总产值"),
        ("4.2%", "%", "农林牧渔业总产值"),
        ("61.3 %", "%", "城镇化率"),
    ]
    # a year or a classifier after a space is no such unit
    assert find_mentions("2025 年完成第 3 批") == []


def test_a_fenbie_list_after_listed_counts_is_each_ones() -> None:
    text = (
        "6个市级重点项目、15个县级重点项目分别完成投资12.1亿元、20.4亿元，"
        "分别占年度计划102.3%、98.7%。"
    )
    assert names(text)[2:] == [
        ("12.1亿元", "市级重点项目完成投资"),
        ("20.4亿元", "县级重点项目完成投资"),
        ("102.3%", "市级重点项目完成投资"),
        ("98.7%", "县级重点项目完成投资"),
    ]


def test_a_completion_of_a_reduction_is_the_reductions() -> None:
    found = find_mentions("全县政府隐性债务完成年度化解任务的106.5%。")
    assert [(m.text, m.indicator, m.kind) for m in found] == [
        ("106.5%", "政府隐性债务化解", "completion")
    ]
    # a task that builds what the subject names is the subject's completion as written
    assert names("棚户区改造完成年度建设任务的105%。") == [("105%", "棚户区改造")]


def test_tasks_counted_after_the_plan_they_carry_out() -> None:
    text = "实施第二轮城市更新三年行动计划，完成区级年度任务86项。"
    assert names(text) == [("86项", "城市更新三年行动计划区级年度任务")]
    # a clause before with no verb of doing is a topic, not a plan carried out
    assert names("各项工作扎实推进，完成年度任务32项。") == [("32项", "年度任务")]
