"""Indicator rules for the error classes of the eleventh corpus audit (issue 15):
qualifiers and shortfalls that belong to the predicate, a state listed before a
measure, generic heads named by their list or their doer, a verb inside a body's
name, and the units 门 and 期.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions


def test_courses_and_sessions_are_counted() -> None:
    assert [(m.text, m.unit, m.indicator) for m in find_mentions("全年开设网络课程120门。")] == [
        ("120门", "门", "开设网络课程")
    ]
    assert names("举办创业培训班35期，培训学员1800人次。")[0] == ("35期", "创业培训班")


def test_phases_ordinals_and_words_with_men_or_qi_are_no_counts() -> None:
    assert names("一期工程投资20亿元。") == [("20亿元", "一期工程投资")]
    assert names("第5期培训班开班。") == []
    assert names("项目分3期建设。") == []  # the phases of a plan
    assert names("2期工程完工。") == []  # 期工程: a phase's name
    assert names("三门峡市投资5亿元。") == [("5亿元", "三门峡市投资")]
    assert names("新开设门诊2个。") == [("2个", "新开设门诊")]


def test_a_shortfall_after_the_things_counted_names_them() -> None:
    assert names("居民收入等3项指标不及年初目标。") == [("3项", "不及年初目标指标")]
    assert names("5个项目未达进度。") == [("5个", "未达进度项目")]


def test_a_measure_over_years_said_of_the_things_counted_names_them() -> None:
    assert names("32个乡镇居民收入近5年年均增速快于全县。") == [
        ("32个", "居民收入近5年年均增速快于全县的乡镇")
    ]
    assert names("全省有12个县（市、区）生产总值近3年年均增长快于全省。") == [
        ("12个", "生产总值近3年年均增长快于全省的县（市、区）")
    ]
    # 近 opening a span after a plain noun leaves the noun alone
    assert names("8个园区近三年引进项目120个。")[0] == ("8个", "园区")


def test_a_slight_change_is_a_change_and_no_part_of_the_name() -> None:
    found = [(m.indicator, m.kind, m.direction) for m in find_mentions("CPI微降0.2%。")]
    assert found == [("CPI", "change", "down")]
    found = [(m.indicator, m.direction) for m in find_mentions("全市居民消费价格略升0.5%。")]
    assert found == [("居民消费价格", "up")]


def test_a_state_reached_before_a_measure_is_no_part_of_its_name() -> None:
    assert names("全市医保经办实现集中办理、时长缩短30%。") == [("30%", "医保经办时长")]
    assert names("首批8家市属医院实现统一管理、药品费用下降12%。")[1] == (
        "12%",
        "市属医院药品费用",
    )
    # a list of measures stays a list
    assert names("全市政务数据实现集中共享、调用时间缩短40%。") == [("40%", "政务数据调用时间")]
    assert names("规上企业营业收入、利润分别增长8%和6%。") == [
        ("8%", "规上企业营业收入"),
        ("6%", "规上企业利润"),
    ]


def test_a_generic_head_is_named_by_its_list_or_by_its_doer() -> None:
    assert names("以校园安全、食品安全等5项内容为重点开展检查。") == [
        ("5项", "校园安全、食品安全等内容")
    ]
    assert names("新一轮考核体系共设置18项指标。") == [("18项", "新一轮考核体系设置指标")]
    # a plan named by its period keeps the period
    assert names("“十五五”专项规划共设置12项指标。") == [("12项", "“十五五”专项规划设置指标")]
    assert names("县财政安排资金3000万元。") == [("3000万元", "县财政安排资金")]
    # a time before the verb is no doer
    assert names("全年实施项目50个。") == [("50个", "实施项目")]


def test_a_verb_that_opens_a_bodys_name_stays() -> None:
    assert names("落实开发区管理制度改革18条政策措施。") == [("18条", "开发区管理制度改革政策措施")]
    assert names("开发岗位300个。") == [("300个", "开发岗位")]


def test_a_figure_reached_before_the_figure_is_no_part_of_its_name() -> None:
    assert names("白鹤越冬种群增至3群4000只。") == [("4000只", "白鹤越冬种群")]


def test_per_head_after_a_verb_of_raising_is_no_part_of_the_name() -> None:
    assert names("农村低保标准提高到人均每月500元。") == [("500元", "农村低保标准")]
    assert names("全市人均可支配收入5万元。") == [("5万元", "人均可支配收入")]


def test_a_predicate_of_what_did_not_happen_ends_a_counted_noun() -> None:
    assert names("3处隐患点未发生险情。") == [("3处", "未发生险情隐患点")]
    assert names("救助3000名未成年人。") == [("3000名", "未成年人")]


def test_a_generic_amount_alone_keeps_the_scope_it_is_written_with() -> None:
    assert names("全市投资增长8%。") == [("8%", "全市投资")]
    assert names("上半年投资增长3%。") == [("3%", "上半年投资")]
    # a named investment needs no scope
    assert names("全年固定资产投资增长5%。") == [("5%", "固定资产投资")]


def test_a_gap_opening_its_clause_is_the_gap_of_the_change_before() -> None:
    assert names("规上工业增加值逆势增长8.1%，高出全省平均水平2.3个百分点。") == [
        ("8.1%", "规上工业增加值"),
        ("2.3个百分点", "规上工业增加值增速高出全省平均水平"),
    ]
    # a level before has no speed to compare
    assert names("规上工业增加值达到300亿元，高出全省平均水平2.3个百分点。")[1] == (
        "2.3个百分点",
        "高出全省平均水平",
    )


def test_places_reached_by_a_widening_are_named_with_what_reaches_them() -> None:
    assert names("跨境电商业务拓展到60个国家和地区。") == [("60个", "跨境电商业务国家和地区")]
    assert names("对外贸易扩大至180个国家和地区。") == [
        ("180个", "对外贸易国家和地区")
    ]  # 对外 whole
    assert names("医保异地结算扩大到1200个定点医疗机构。") == [
        ("1200个", "医保异地结算定点医疗机构")
    ]


def test_an_outcome_counted_alone_is_of_the_task_before() -> None:
    assert names("深化农村集体产权制度改革，形成6个示范案例。") == [
        ("6个", "农村集体产权制度改革示范案例")
    ]
    # a clause with its own figure lends nothing
    assert names("投入资金3亿元，形成典型案例5个。")[1] == ("5个", "形成典型案例")


def test_people_at_a_body_are_the_bodys() -> None:
    assert names("临港生命健康合作区加快成形，引进医疗机构15家，在园医护人员达3000人。")[1] == (
        "3000人",
        "临港生命健康合作区在园医护人员",
    )
    assert names("全市在校学生12万人。") == [("12万人", "在校学生")]


def test_a_bare_measure_after_the_firms_measure_is_the_firms() -> None:
    assert names("区属国有企业营业收入达到860亿元，利润总额突破40亿元。")[1] == (
        "40亿元",
        "区属国有企业利润总额",
    )
    assert names("全市民营企业进出口总额达到900亿元，出口突破500亿元。")[1] == (
        "500亿元",
        "民营企业出口",
    )
    # a region's measure lends no owner
    assert names("全市地区生产总值达到5000亿元，工业总产值突破3000亿元。")[1] == (
        "3000亿元",
        "工业总产值",
    )


def test_a_rate_written_before_a_speed_is_a_change_of_what_grows() -> None:
    found = [
        (m.indicator, m.kind, m.direction) for m in find_mentions("全县经济以8%左右的速度增长。")
    ]
    assert found == [("经济增长速度", "change", "up")]
    found = [
        (m.indicator, m.kind) for m in find_mentions("随着消费回暖，6%左右的速度可以稳住就业。")
    ]
    assert found == [("增长速度", "change")]
    # a rate before the things it is of stays a share
    found = [(m.indicator, m.kind) for m in find_mentions("96.2%的养老机构开展医养结合。")]
    assert found == [("开展医养结合养老机构占比", "share")]
