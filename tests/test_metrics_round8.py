"""Indicator rules for the error classes of the eighth corpus audit (issue 15):
the owner written once before a pair of measures.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names


def test_the_owner_of_a_pair_is_the_second_items_too() -> None:
    assert names("白云机场国内旅客和货邮吞吐量分别增长6.1%、3.5%。") == [
        ("6.1%", "白云机场国内旅客吞吐量"),
        ("3.5%", "白云机场国内货邮吞吐量"),
    ]
    # a short first item owns nothing but itself
    assert names("全县农业和工业增加值分别增长3.2%、7.4%。") == [
        ("3.2%", "农业增加值"),
        ("7.4%", "工业增加值"),
    ]


def test_the_subject_before_a_count_owns_what_is_counted() -> None:
    assert names("经开区6家企业入选省级绿色工厂名录。") == [
        ("6家", "经开区入选省级绿色工厂名录的企业")
    ]
    assert names("临港片区5项制度创新案例在全国推广。") == [("5项", "临港片区制度创新案例")]
    # what follows 为 or 支持 is a beneficiary, 让 a result, 首批 a rank: none owns
    assert names("还为西部地区300万名学生免费提供教科书。") == [("300万名", "免费提供教科书的学生")]
    assert names("中央财政支持150户企业实施技术改造。") == [("150户", "实施技术改造企业")]
    assert names("首批12家企业入选省级绿色工厂名录。") == [("12家", "入选省级绿色工厂名录的企业")]


def test_a_bare_verb_after_a_manner_word_takes_the_lists_object() -> None:
    assert names("新开工棚户区改造安置房3200套，基本建成2100套。") == [
        ("3200套", "新开工棚户区改造安置房"),
        ("2100套", "基本建成棚户区改造安置房"),
    ]


def test_a_raise_per_head_is_named_as_a_raise() -> None:
    assert names("城乡低保对象保障金人均每月新增45元。") == [
        ("45元", "城乡低保对象保障金人均每月新增")
    ]


def test_a_list_of_counts_keeps_each_items_own_noun() -> None:
    assert names("其中30个预期性指标、6个约束性指标。") == [
        ("30个", "预期性指标"),
        ("6个", "约束性指标"),
    ]
    # a noun opening with a verb (新建) is still a whole noun when it has the list's head
    assert names("其中18个续建项目、9个新建项目。") == [("18个", "续建项目"), ("9个", "新建项目")]


def test_a_part_of_an_addition_is_an_addition() -> None:
    assert names("新增光伏装机600万千瓦，其中分布式光伏装机350万千瓦。") == [
        ("600万千瓦", "新增光伏装机"),
        ("350万千瓦", "新增分布式光伏装机"),
    ]
    # a part with another head is left as written
    assert names("新建农村公路3200公里，其中硬化路2100公里。")[1] == ("2100公里", "硬化路")


def test_a_grade_word_ending_in_deng_is_no_list_closer() -> None:
    assert names("提质改造县乡公路差等路860公里。") == [("860公里", "提质改造县乡公路差等路")]


def test_jinxing_ends_the_counted_noun() -> None:
    assert names("对中山路、解放路等5条主干道路进行综合改造。") == [("5条", "进行综合改造主干道路")]


def test_places_counted_after_zai_are_named_by_what_is_done_there() -> None:
    assert names("在12个乡镇建设农村电商服务站90个。") == [
        ("12个", "建设农村电商服务站的乡镇"),
        ("90个", "建设农村电商服务站"),
    ]


def test_the_figures_of_a_glossary_entry_are_its_terms() -> None:
    assert names("7.“百千工程”：到2030年，培育30个左右示范园区，建设500个左右重点项目。") == [
        ("30个左右", "“百千工程”示范园区"),
        ("500个左右", "“百千工程”重点项目"),
    ]
    # counts inside the term are part of its name, not figures
    assert names("［6］三个中心、两个平台：") == []


def test_a_bare_measure_after_a_topic_growing_fast_is_the_topics() -> None:
    assert names("氢能重卡快速推广，保有量突破3000辆。") == [("3000辆", "氢能重卡保有量")]


def test_a_sum_given_is_named_by_who_receives_it() -> None:
    assert names("低保家庭每月多了150元补助。") == [("150元", "低保家庭每月补助")]


def test_people_reached_are_counted_as_people() -> None:
    assert names("老旧街区改造惠及86万人，群众满意度提高。") == [("86万人", "老旧街区改造惠及人数")]
    assert names("全民阅读工程惠及500万人次。") == [("500万人次", "全民阅读工程惠及人次")]


def test_people_counted_before_what_is_provided_for_them() -> None:
    assert names("新建8个日间照料中心，为1.5万名失能老人提供上门护理服务。")[1] == (
        "1.5万名",
        "提供上门护理服务的失能老人",
    )


def test_a_count_changed_from_one_figure_to_another_is_of_the_subject() -> None:
    assert names("乡镇卫生院由96所整合优化为71所。") == [
        ("96所", "乡镇卫生院"),
        ("71所", "乡镇卫生院"),
    ]


def test_chao_before_the_next_figure_is_no_part_of_a_name() -> None:
    assert names("累计为18个省份外送电力超2000亿千瓦时。")[0] == ("18个", "外送电力的省份")


def test_a_capacity_in_a_list_of_projects_keeps_its_owner() -> None:
    assert names("推进恒达30万吨硅基新材料、宏远8万吨再生铜等项目建设。")[1] == (
        "8万吨",
        "宏远再生铜项目产能",
    )


def test_a_counted_task_ends_before_and() -> None:
    assert names("推动城东快速路工程等6条城市道路项目和滨江等3个桥梁项目加快建设。")[0] == (
        "6条",
        "城市道路项目",
    )


def test_a_rate_after_a_figure_of_the_same_thing_is_its_owners() -> None:
    assert names("新增职业年金参保人数32万人，参保率达88%。") == [
        ("32万人", "新增职业年金参保人数"),
        ("88%", "职业年金参保率"),
    ]
    # a figure of the same list lends nothing; nor does an owner ending in a verb
    assert names("全县农村卫生厕所普及率、参保率分别达90%、95%。")[1][1] == "参保率"


def test_a_lists_head_written_once_is_lent_with_its_verb() -> None:
    assert names("关停落后焦化产能300万吨、铁合金45万吨。") == [
        ("300万吨", "关停落后焦化产能"),
        ("45万吨", "关停铁合金产能"),
    ]


def test_bu_dong_yao_is_no_part_of_a_name() -> None:
    assert names("守住3.2亿亩永久基本农田不动摇。") == [("3.2亿亩", "永久基本农田")]
