"""Indicator rules for the error classes of the fifth corpus audit (issue 15):
measures listed after a count take its owner, milestones, parts picked out of
a count (…中有), tenths written with a digit, and weak names made longer.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions


def test_a_measure_listed_after_a_count_is_of_the_things_counted() -> None:
    assert names("全区规模以上服务业企业达3200家、营业收入增长6%。")[1] == (
        "6%",
        "规模以上服务业企业营业收入",
    )
    # a measure with an owner of its own keeps it
    assert names("新增就业5万人、城镇调查失业率5%。")[1] == ("5%", "城镇调查失业率")


def test_a_share_listed_after_its_owners_total_takes_the_owner() -> None:
    assert names("风电装机容量达900万千瓦、装机占比超40%。")[1] == ("超40%", "风电装机占比")
    assert names("生物医药产业规模达800亿元、产值占比12%。")[1] == ("12%", "生物医药产业产值占比")


def test_a_milestone_is_the_subjects_figure() -> None:
    assert names("全县地区生产总值迈上500亿元台阶。") == [("500亿元", "地区生产总值")]
    assert names("地区生产总值跨上两千亿元大关、年均增长6%。") == [
        ("两千亿元", "地区生产总值"),
        ("6%", "地区生产总值"),
    ]


def test_some_of_the_things_counted_picked_out_by_their_predicate() -> None:
    assert names("全市68所学校中有12所达到省级标准。") == [
        ("68所", "学校"),
        ("12所", "达到省级标准学校"),
    ]


def test_tenths_written_with_a_digit() -> None:
    got = find_mentions("全市约7成村庄完成改造，民生支出占财政支出8成以上。")
    assert [(m.text, m.value, m.unit) for m in got] == [
        ("约7成", "70", "%"),
        ("8成以上", "80", "%"),
    ]
    # 成 starting a word after a digit is no tenths
    assert names("培育合作社3成为示范社。") == []
    assert names("建成3个园区，5成员单位参与。") == [("3个", "建成园区")]


def test_exaflops_written_in_lower_case_are_a_unit() -> None:
    assert names("全市算力规模达到80Eflops。") == [("80Eflops", "算力规模")]


def test_a_generic_head_takes_the_topic_its_sentence_opens_with() -> None:
    assert names("对口援建工作持续深化，落实资金3亿元，实施项目20个。") == [
        ("3亿元", "对口援建落实资金"),  # (round 30: the topic's 工作 names nothing)
        ("20个", "对口援建实施项目"),
    ]
    # a doer or an order opening the sentence is no topic
    assert names("我们大力推进改革，出台政策措施30项。") == [("30项", "政策措施")]
    # nor is a clause without a report of progress
    assert names("稳就业是头等大事，出台政策措施30项。") == [("30项", "政策措施")]


def test_people_elected_are_named_by_the_election() -> None:
    assert names("全市12位专家增选为院士。") == [("12位", "增选为院士专家")]
    assert names("3名教师当选全国人大代表。") == [("3名", "当选全国人大代表的教师")]


def test_what_a_reach_verb_reaches_is_named_with_the_verb() -> None:
    # with the thing that reaches them, when the clause names one (round 7)
    assert names("平台用户覆盖60个国家和地区。") == [("60个", "平台用户覆盖国家和地区")]
    assert names("已覆盖60个国家和地区。") == [("60个", "覆盖国家和地区")]


def test_a_task_of_light_words_is_the_nouns_own() -> None:
    assert names("完成沿江3.2公里堤防的建设任务。") == [("3.2公里", "堤防建设任务")]


def test_a_pair_of_one_character_words_walked_through() -> None:
    assert names("全县牛羊存栏分别增长4.1%、2.6%。") == [("4.1%", "牛存栏"), ("2.6%", "羊存栏")]
    assert names("中小学生近视率分别下降2%、3%。") == [
        ("2%", "中学生近视率"),
        ("3%", "小学生近视率"),
    ]


def test_a_relative_clause_before_its_noun_is_read_as_written() -> None:
    assert names("新引进2000名具有博士学位的青年人才。") == [("2000名", "具有博士学位的青年人才")]
    assert names("全市有8万名工人、2万名具有高级职称的技术人员。") == [
        ("8万名", "工人"),
        ("2万名", "具有高级职称的技术人员"),
    ]
    # a noun followed by its task stays the things the task concerns
    assert names("完成22个村的撤村建居工作。") == [("22个", "撤村建居的村")]


def test_a_longer_last_item_of_a_list_keeps_its_own_modifier() -> None:
    assert names("小麦、甜玉米种植面积分别增长3%、5%。") == [
        ("3%", "小麦种植面积"),
        ("5%", "甜玉米种植面积"),
    ]
    # the same length: the first part's length still tells
    assert names("城镇、农村居民人均可支配收入分别增长5%、7%。")[0] == (
        "5%",
        "城镇居民人均可支配收入",
    )


def test_an_outlay_is_named_by_the_work_of_the_next_clause_its_counts_left_out() -> None:
    assert names("投资2400万元，完成36个老旧小区雨污分流改造。")[0] == (
        "2400万元",
        "老旧小区雨污分流改造投资",
    )
    assert names("投资5000万元，改造的8条乡村道路全部通车。")[0] == ("5000万元", "乡村道路投资")


def test_a_list_shares_an_export_or_a_case_head_written_once() -> None:
    assert names("钢材、家电、纺织品出口分别增长10%、20%、30%。") == [
        ("10%", "钢材出口"),
        ("20%", "家电出口"),
        ("30%", "纺织品出口"),
    ]
    assert names("盗窃、涉毒警情分别下降12%、20%。") == [("12%", "盗窃警情"), ("20%", "涉毒警情")]


def test_a_total_after_a_flow_is_of_the_same_thing() -> None:
    assert names("新增农村公路里程320公里，总里程达5600公里。")[1] == ("5600公里", "农村公路里程")


def test_a_planned_outlay_is_named_by_the_clause_after() -> None:
    assert names("全年计划投资8亿元，加快推进老旧管网改造。") == [("8亿元", "老旧管网改造计划投资")]


def test_a_last_year_a_span_of_years_and_a_held_level_are_stray() -> None:
    assert names("去年投入专项资金52亿元。") == [("52亿元", "投入专项资金")]
    assert names("城镇居民收入三年增长20%。") == [("20%", "城镇居民收入")]
    assert names("民营经济占比保持在60%左右。") == [("60%左右", "民营经济占比")]


def test_a_generic_head_takes_the_owner_written_before_its_count() -> None:
    assert names("全面落实支持县域经济发展20条政策措施，")[0] == (
        "20条",
        "支持县域经济发展政策措施",
    )
    # a verb of the name the clause does not hold stays in it
    assert names("实施东区污水厂2万吨扩建项目。")[0] == ("2万吨", "东区污水厂扩建项目")


def test_an_outlay_owned_by_the_projects_after_it_drops_a_managing_verb() -> None:
    assert names("抓好总投资3000亿元的120个市重点项目，")[0] == (
        "3000亿元",
        "120个市重点项目总投资",
    )


def test_a_measure_of_a_period_takes_the_owner_of_the_item_before() -> None:
    assert names("蔬菜种植面积稳定在50万亩、年度产量突破200万吨。")[1] == (
        "200万吨",
        "蔬菜年度产量",
    )


def test_the_end_of_last_year_and_steady_progress_are_stray() -> None:
    assert names("全市高校毕业生就业率去年底达到90%。") == [("90%", "高校毕业生就业率")]
    assert names("12个乡村风貌保护试点稳步推进。") == [("12个", "乡村风貌保护试点")]


def test_an_age_band_between_a_count_and_its_noun_is_the_nouns() -> None:
    assert names("为2000位70岁以上困难老年人发放补贴。")[0] == (
        "2000位",
        "发放补贴的70岁以上困难老年人",
    )


def test_a_long_owner_after_an_outlay_is_read_whole() -> None:
    assert names("总投资为85亿元的城市轨道交通一期工程建设进展顺利，") == [
        ("85亿元", "城市轨道交通一期工程建设总投资")
    ]


def test_smoothly_starts_a_predicate() -> None:
    assert names("6个村的污水管网工程顺利完工。") == [("6个", "污水管网工程的村")]


def test_a_plan_a_resolve_and_a_running_total_are_stray() -> None:
    assert names("拟发行专项债券300亿元。") == [("300亿元", "发行专项债券")]
    assert names("全力确保粮食产量达到80万吨。") == [("80万吨", "粮食产量")]
    assert names("新增公共财政教育经费累计达300亿元。") == [("300亿元", "新增公共财政教育经费")]


def test_a_count_widened_to_another_is_of_the_owners_things() -> None:
    assert names("推动托管帮扶从10个县（市）扩大到40个县（市），") == [
        ("10个", "托管帮扶县（市）"),
        ("40个", "托管帮扶县（市）"),
    ]
    assert names("监管事项从39个拓展到91个。") == [("39个", "监管事项"), ("91个", "监管事项")]


def test_an_increment_listed_after_its_owner_takes_it() -> None:
    assert names("地区生产总值迈上3万亿台阶、五年增量超9000亿元，")[1] == (
        "超9000亿元",
        "地区生产总值增量",
    )


def test_a_partnership_after_a_count_picks_the_ones_counted() -> None:
    assert names("50个县（市、区）与省外三甲医院建立帮扶协作。") == [
        ("50个", "与省外三甲医院建立帮扶协作的县（市、区）")
    ]
    assert names("5个县与3个市开展试点。") == [("5个", "开展试点的县"), ("3个", "开展试点的市")]


def test_a_name_is_never_empty() -> None:
    texts = (
        "为3万名农民工追回欠薪2亿元。36个生态功能区县域生态质量变好占比居全省第1。",
        "育儿家庭每月多了300元补贴。为2万名工人追回欠薪1亿元。18个县域水质变好。",
        "另有5项、3个，累计8个试点县。",
    )
    for text in texts:
        assert all(indicator for _, indicator in names(text)), text
