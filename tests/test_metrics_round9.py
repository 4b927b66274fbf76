"""Indicator rules for the error classes of the ninth corpus audit (issue 15):
owners a clause away, garbled edges, years as a measure.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions


def test_years_after_a_measure_of_years_are_a_figure() -> None:
    found = find_mentions("全县劳动年龄人口平均受教育年限由9.8年提高到10.6年。")
    assert [(m.text, m.unit, m.kind) for m in found] == [
        ("9.8年", "年", "amount"),
        ("10.6年", "年", "amount"),
    ]
    assert names("新增劳动力平均受教育年限达到十三年。") == [("十三年", "新增劳动力平均受教育年限")]
    # a calendar year, a streak or a period after such a measure is no figure
    assert names("规划年限至2035年。") == []
    assert names("连续6年保持增长，服务年限较长。") == []


def test_a_noun_may_open_with_jin() -> None:
    assert names("改革惠及86万名近亲属。") == [("86万名", "改革惠及近亲属")]
    # before a number or a time, 近 is an approximation, not a noun
    assert names("帮扶困难群众1.5万人，近三年投入资金2亿元。")[0] == ("1.5万人", "帮扶困难群众")


def test_a_reduction_to_a_count_keeps_its_verb_whole() -> None:
    assert names("全县行政审批事项精简到76项。") == [("76项", "行政审批事项")]
    assert names("市级涉企收费项目压减至21项。") == [("21项", "市级涉企收费项目")]


def test_gong_opening_a_word_is_no_total() -> None:
    assert names("对东盟、共建“一带一路”国家进出口总额分别增长6.2%、8.4%。") == [
        ("6.2%", "对东盟进出口总额"),
        ("8.4%", "共建“一带一路”国家进出口总额"),
    ]
    # 共 before a verb is still "in all"
    assert names("全年共建成乡镇卫生院9所。") == [("9所", "建成乡镇卫生院")]


def test_a_list_of_tasks_after_de_leaves_the_counted_noun() -> None:
    assert names("加快推进9个老旧小区的供水、供气、供暖等管网改造。") == [("9个", "老旧小区")]


def test_a_total_after_a_flow_is_of_all_the_things() -> None:
    assert names("新设立经营主体8.6万户、增长7%，总量达63.2万户。")[-1] == (
        "63.2万户",
        "经营主体总量",
    )
    assert names("新增国家级专精特新企业35家、总数达210家。")[-1] == (
        "210家",
        "国家级专精特新企业总数",
    )


def test_a_body_the_clause_before_opens_with_owns_what_it_does() -> None:
    assert names("西部陆海新通道班列发展势头强劲，累计发送旅客超300万人次、运输货物180万吨。") == [
        ("超300万人次", "西部陆海新通道班列发送旅客"),
        ("180万吨", "西部陆海新通道班列运输货物"),
    ]
    assert names("南湖国际教育合作区加快建设，在园师生规模达9000人。") == [
        ("9000人", "南湖国际教育合作区在园师生规模")
    ]
    assert names("农村学生营养改善计划提质扩面，新增受益学生8.7万人。") == [
        ("8.7万人", "农村学生营养改善计划新增受益学生")
    ]
    # a thing counted or an area may be anyone's; a name with its own scope keeps it
    assert names("引水工程实现全线通水，5G基站达到2.1万座。") == [("2.1万座", "5G基站")]
    assert names("沿江高铁开工建设，全省旅客发送量增长6%。") == [("6%", "旅客发送量")]
    # never from a clause that opens with a verb or holds figures
    assert names("推进滨湖新区建设，服务企业1200家。") == [("1200家", "服务企业")]


def test_a_name_in_quotes_opening_a_list_owns_its_items() -> None:
    assert names("“皖事通”用户突破4000万、月访问量稳定在1500万人次。") == [
        ("4000万", "“皖事通”用户"),
        ("1500万人次", "“皖事通”月访问量"),
    ]
    # a body word inside a longer word (工程师) owns nothing; the list's 新增 reaches the
    # next item after 、 (round 58)
    assert names("新增国家卓越工程师3人、大国工匠5人。")[-1] == ("5人", "新增大国工匠")


def test_a_body_opening_the_sentence_owns_a_measure_clauses_later() -> None:
    # the clauses between go on with the same subject (吸引…参展)
    assert names("第三届沿边经贸博览会，吸引15个国家的260家企业参展，现场成交额达到3.4亿元。")[
        -1
    ] == ("3.4亿元", "第三届沿边经贸博览会现场成交额")
    assert names(
        "滨湖国际健康旅游先行区成为医疗创新高地，引进30款创新药械，2025年医疗旅游人次12.5万。"
    )[-1] == ("12.5万", "滨湖国际健康旅游先行区医疗旅游人次")
    # a body that is the object of the clause's verb owns nothing
    assert names("重点实施城郊菜篮子工程，全年蔬菜产量达到12万吨。") == [("12万吨", "蔬菜产量")]


def test_a_total_of_people_in_bare_wan_or_yi_is_a_count() -> None:
    found = find_mentions("城镇居民医保参保人数增加2300万，总计达到1.05亿。")
    assert [(m.text, m.kind) for m in found] == [("2300万", "count"), ("1.05亿", "count")]
    # without people before it, a bare 亿 stays money
    assert [m.kind for m in find_mentions("财政收入增加300亿，总计达到1.2万亿。")] == [
        "amount",
        "amount",
    ]
    assert names("累计净增各类经营主体36万户、总量达210万户。")[-1] == (
        "210万户",
        "各类经营主体总量",
    )


def test_a_treasurys_sum_is_named_by_the_purpose_before_it() -> None:
    assert names("提高600万乡村教师待遇，省财政为此将投入80亿元。")[-1] == (
        "80亿元",
        "省财政为提高乡村教师待遇投入",
    )
    assert names("农村低保补助标准由30元提高到50元，中央财政为此将增加支出25亿元。")[-1] == (
        "25亿元",
        "中央财政为提高农村低保补助标准增加支出",
    )
    assert names("为保证乡镇政府正常运转的需要，从今年起，省财政将每年安排支出60多亿元。") == [
        ("60多亿元", "省财政为保证乡镇政府正常运转每年安排支出")
    ]
    # nothing said before: the name stays as written
    assert names("中央财政将投入80亿元。") == [("80亿元", "中央财政将投入")]


def test_a_list_of_longer_nouns_shares_the_verb_phrase_after_it() -> None:
    assert names("支持4个省级保种场、3个核心育种场开展性能测定。") == [
        ("4个", "开展性能测定省级保种场"),
        ("3个", "开展性能测定核心育种场"),
    ]
    # a bare verb after the list is no phrase to share
    assert names("完成12座燃煤锅炉拆改、8座热力站改造。")[0] == ("12座", "燃煤锅炉拆改")


def test_people_between_jiejue_and_their_problem() -> None:
    assert names("再解决4000万人安全饮水问题。") == [("4000万人", "安全饮水问题解决人数")]
    assert names("解决了1260人的安全饮水问题。") == [("1260人", "安全饮水问题解决人数")]


def test_a_contribution_is_the_topics_of_the_clause_before() -> None:
    assert names("文化产业国际影响力大幅提升，对GDP综合贡献率达12.4%。") == [
        ("12.4%", "文化产业对GDP综合贡献率")
    ]


def test_a_share_is_the_groups_the_clause_before_opens_with() -> None:
    assert names("金川集团数字化改造实现产业重塑，高端产品占比从25%提高到60%。") == [
        ("25%", "金川集团高端产品占比"),
        ("60%", "金川集团高端产品占比"),
    ]


def test_edges_gaoda_and_a_use_after_the_sum() -> None:
    assert names("今年高校毕业生将高达820万人。") == [("820万人", "高校毕业生")]
    assert names("今年省财政拿出120亿元用于转移支付。") == [("120亿元", "转移支付资金")]


def test_places_counted_by_what_their_attribute_reached() -> None:
    assert names("全省9个地市空气质量全部达标。") == [("9个", "空气质量达标的地市")]
    assert names("11个县区空气质量全面达标。") == [("11个", "空气质量全面达标的县区")]


def test_a_short_task_after_de_is_read_whole() -> None:
    assert names("完成12条背街小巷的综合整治。") == [("12条", "综合整治背街小巷")]


def test_xin_before_anpai_is_no_part_of_the_name() -> None:
    assert names("今年棚户区改造新安排300万套。") == [("300万套", "棚户区改造")]


def test_the_insured_take_the_insurance_named_before_them() -> None:
    assert names("城乡居民医疗保险全面实施，新增参保人数8200人。") == [
        ("8200人", "城乡居民医疗保险新增参保人数")
    ]
    # a list of insurances owns the rate together
    assert names("扩大职工医疗保险和居民医疗保险覆盖面，参保率均提高到95%。") == [("95%", "参保率")]


def test_an_effect_is_of_what_was_given_just_before() -> None:
    assert names("发放家电以旧换新补贴30亿元、带动销售金额210亿元。")[-1] == (
        "210亿元",
        "家电以旧换新补贴带动销售金额",
    )


def test_a_count_changed_from_one_value_to_another_is_the_subjects() -> None:
    assert names("每千人口托位数从0.6个增至4.5个。") == [
        ("0.6个", "每千人口托位数"),
        ("4.5个", "每千人口托位数"),
    ]
    assert names("校方责任险保费由每生每年5元提高至8元。") == [
        ("5元", "校方责任险保费"),
        ("8元", "校方责任险保费"),
    ]


def test_a_bare_change_takes_the_object_of_the_same_verb_before() -> None:
    assert names("逐步降低城镇土地使用税税率，平均每年降低2个百分点。") == [
        ("2个百分点", "城镇土地使用税税率降低")
    ]


def test_a_manner_word_after_the_counted_noun_belongs_to_the_predicate() -> None:
    assert names("十二件民生实事全面完成。") == [("十二件", "全面完成民生实事")]
    assert names("全年8家市级医疗中心基本建成。") == [("8家", "基本建成市级医疗中心")]


def test_a_verb_before_listed_names_stays_with_the_noun() -> None:
    assert names("改造北山路、南湖路等背街小巷12条。") == [("12条", "改造背街小巷")]
