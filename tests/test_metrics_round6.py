"""Indicator rules for the error classes of the sixth corpus audit (issue 15):
things counted by the award they got, shares whose predicate holds a duration,
a plant's capacity written before it, and paired modifiers (有组织有计划).

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names


def test_things_counted_by_the_award_they_got() -> None:
    assert names("全县12家乡镇卫生院在省级服务能力评价中获评优秀等次。") == [
        ("12家", "在省级服务能力评价中获评优秀等次的乡镇卫生院")
    ]
    assert names("38所中小学在全省教学质量评估中被评为示范学校。") == [
        ("38所", "在全省教学质量评估中被评为示范学校的中小学")
    ]
    # 在 naming a place, with no award after it, does not pick the things out
    assert not names("全市12家企业在上海设立研发中心。")[0][1].startswith("在")


def test_a_share_whose_predicate_says_how_long() -> None:
    assert names("76.5%的社区实现15分钟健身圈覆盖。") == [
        ("76.5%", "实现15分钟健身圈覆盖的社区占比")
    ]
    # a predicate holding another figure is not made into the name
    assert names("60%的企业营收增长10%。")[0][1] != "营收增长10%的企业占比"


def test_a_capacity_written_before_its_plant_is_the_plants() -> None:
    assert names("国能集团800万吨煤矿完成项目核准。") == [("800万吨", "国能集团煤矿产能")]
    assert names("鄂尔多斯2座60万千瓦风电场和储能产业园建设加快推进。") == [
        ("2座", "风电场"),
        ("60万千瓦", "风电场装机容量"),
    ]
    # a plant closed keeps the verb that closes it
    assert names("关停华泰公司5万吨造纸生产线。") == [("5万吨", "关停华泰公司造纸生产线产能")]
    # the verb of doing is not the owner
    assert names("加快推进华能60万吨生产线前期工作。") == [("60万吨", "华能生产线产能")]
    # objects of one task listed are not capacities of their own
    assert names("完成300万千瓦煤电机组、120万吨水泥产能超低排放改造。")[0][1] != (
        "完成煤电机组装机容量"
    )
    # an output without a plant after it stays the output
    assert names("全市粮食产量达到120万吨。") == [("120万吨", "粮食产量")]


def test_paired_modifiers_are_one_phrase() -> None:
    assert names("力争有组织有计划劳务输出8万人次以上。") == [
        ("8万人次以上", "有组织有计划劳务输出")
    ]
    assert names("全年有组织劳务输出3万人次。") == [("3万人次", "有组织劳务输出")]


def test_things_counted_by_an_award_naming_a_list_or_a_year() -> None:
    assert names("9家企业获评省级示范、标杆智能工厂。") == [
        ("9家", "获评省级示范、标杆智能工厂的企业")
    ]
    assert names("《山河》等5部纪录片入选总台2025年片单。") == [
        ("5部", "入选总台片单的纪录片")  # years are the period's, not the name's
    ]
    # a 、 in any other predicate still joins figures' clauses, not one name
    assert names("5家企业实现营收增长、利润翻番。")[0][1] != "实现营收增长、利润翻番的企业"


def test_a_grade_reached_and_a_named_subsidy_are_not_counts() -> None:
    assert names("地表水断面水质稳定保持二类。") == []
    assert names("全面落实残疾人两项补贴制度。") == []
    # classes a thing is divided into are counted
    assert [text for text, _ in names("将专项资金分为三类。")] == ["三类"]


def test_the_things_counted_own_the_amount_named_after_them() -> None:
    assert names("12家省直帮扶单位援助资金3.2亿元。") == [
        ("12家", "省直帮扶单位"),
        ("3.2亿元", "省直帮扶单位援助资金"),
    ]
    # what is given to people counted is still named by the giving
    assert names("为2.3万名困难群众发放救助金1.8亿元。")[1] == ("1.8亿元", "发放救助金")


def test_a_price_listed_after_a_count_is_of_the_things_counted() -> None:
    assert names("全年出让探矿权120宗、成交价38.5亿元。")[1] == ("38.5亿元", "出让探矿权成交价")


def test_an_amount_owned_by_the_project_after_it_whatever_the_project_did() -> None:
    assert names("招商引资成效明显，总投资80亿元的新材料产业园项目刷新全市纪录。") == [
        ("80亿元", "新材料产业园项目总投资")
    ]
    assert names("总投资1.2亿元的城市书房落户老城区。") == [("1.2亿元", "城市书房总投资")]


def test_a_hope_for_the_things_counted_is_no_part_of_their_name() -> None:
    assert names("推动甲、乙、丙3个综保区高质量发展。") == [("3个", "综保区")]
    assert names("推进2个国家医疗中心和6个省级医疗中心高效运行。")[1] == ("6个", "省级医疗中心")
