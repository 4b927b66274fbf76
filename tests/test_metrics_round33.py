"""Round 33 (issue 15): classes the judges of test55 and test56 named, and shapes of the
genre beside them; each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions


def test_a_final_accounts_base_reported_to_the_congress_is_named_as_such() -> None:
    # the figure reported, the change against it, then a change over a year's accounts
    assert names(
        "（2）上级补助收入38620万元，比报告数38500万元增加120万元，比2021年决算数下降4.2%。"
    ) == [
        "上级补助收入",
        "上级补助收入报告数",
        "上级补助收入比报告数增加",
        "上级补助收入",
    ]


def test_a_base_with_a_long_qualifier_and_a_note_is_the_same_base() -> None:
    text = (
        "全区税收收入82310万元，比区三届人大二次会议报告数（以下简称“报告数”）80100万元"
        "增加2210万元；比上年决算数增长3.6%。"
    )
    assert names(text) == ["税收收入", "税收收入报告数", "税收收入比报告数增加", "税收收入"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "社保基金收入6.4亿元，比预算数6.1亿元增加0.3亿元。",
            ["社保基金收入", "社保基金收入预算数", "社保基金收入比预算数增加"],
        ),
        (
            "国有资本经营支出1.2亿元，比调整预算减少0.1亿元，比上年决算数下降2.4%。",
            ["国有资本经营支出", "国有资本经营支出比调整预算减少", "国有资本经营支出"],
        ),
        # last year's budget is a budget, not a year's accounts: the year stays in the name
        ("安排财政赤字900亿元，比上年预算减少30亿元。", ["财政赤字", "财政赤字比上年预算减少"]),
    ],
)
def test_a_change_against_a_budget_names_the_budget(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_last_years_base_is_named_as_before() -> None:
    assert names("1-6月，全县总支出完成22.3亿元，比上年同期19.7亿元增长13.4%。") == [
        "总支出",
        "上年同期总支出",
        "总支出",
    ]


def test_a_project_named_alone_owns_the_sums_after_it() -> None:
    text = (
        "续建工程两项：东湖引水工程，投资3100万元，已完成60%；"
        "城北污水处理厂一期项目，投资4200万元，已完成35%。"
    )
    assert names(text) == [
        "续建工程",
        "东湖引水工程投资",
        "东湖引水工程投资",
        "城北污水处理厂一期项目投资",
        "城北污水处理厂一期项目投资",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "南环路改造工程，总投资2.4亿元。",  # a verb inside the project's name: not 工程总投资
        "推进南环路改造工程，总投资2.4亿元。",  # a verb before it, as before
    ],
)
def test_a_project_with_a_verb_in_its_name_is_named_whole(text: str) -> None:
    assert names(text) == ["南环路改造工程总投资"]


def test_a_sector_structure_gives_each_sectors_share_then_and_now() -> None:
    text = "三次产业结构由上年的12.4%、41.2%和46.4%调整为11.8%、40.6%和47.6%。"
    found = find_mentions(text)
    assert [m.indicator for m in found] == [
        "上年第一产业比重",
        "上年第二产业比重",
        "上年第三产业比重",
        "第一产业比重",
        "第二产业比重",
        "第三产业比重",
    ]
    assert {m.kind for m in found} == {"share"}


def test_a_structure_written_once_is_of_shares() -> None:
    found = find_mentions("全市三次产业构成为7.5%、38.2%和54.3%。")
    assert [(m.indicator, m.kind) for m in found] == [
        ("第一产业比重", "share"),
        ("第二产业比重", "share"),
        ("第三产业比重", "share"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全市社区卫生服务中心48个，床位960张，卫生技术人员2100人，年门急诊310万人次，年住院2.1万人次。",
            [
                "社区卫生服务中心",
                "社区卫生服务中心床位",
                "社区卫生服务中心卫生技术人员",
                "社区卫生服务中心年门急诊",
                "社区卫生服务中心年住院",
            ],
        ),
        ("县级医院门诊42万人次，出院3.6万人次。", ["县级医院门诊", "县级医院出院"]),
    ],
)
def test_staff_and_visits_are_the_bodies_counted_not_their_beds(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_structure_without_the_sectors_number_is_still_the_three_sectors() -> None:
    text = "产业结构持续优化，产业结构构成由上年的15.1%、35.2%和49.7%调整为14.6%、34.8%和50.6%。"
    assert names(text)[:3] == ["上年第一产业比重", "上年第二产业比重", "上年第三产业比重"]
    assert names(text)[3:] == ["第一产业比重", "第二产业比重", "第三产业比重"]


def test_a_balance_named_alone_is_of_the_budget_before_it() -> None:
    # in its own paragraph: the budget the paragraph before spoke of
    found = annotated(
        "政府性基金收入5.2亿元，上年结余0.3亿元，收入合计5.5亿元。政府性基金支出4.9亿元。",
        "上述收支相抵，年终结余0.6亿元，全部结转下年使用。",
    )
    assert found == ["政府性基金年终结余"]
    assert names(
        "国有资本经营收入820万元，上年结余60万元，国有资本经营支出790万元，当年结余30万元。"
    ) == [
        "国有资本经营收入",
        "上年结余",  # an item of the revenue, named as written (as 上年结转 is)
        "国有资本经营支出",
        "国有资本经营当年结余",
    ]


def annotated(before: str, paragraph: str) -> list[str]:
    return [m.indicator for m in find_mentions(paragraph, before)]


def test_an_industry_listed_opens_with_no_verb() -> None:
    # 建 of 建筑业 is no verb the next item shares (was 建批发业)
    assert names("其中工业6家、建筑业31家、批发业18家、零售业9家。") == [
        "工业",
        "建筑业",
        "批发业",
        "零售业",
    ]
    # a verb before firms counted is still shared
    assert names("培育高新技术企业120家、专精特新企业36家。")[-1] == "培育专精特新企业"


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("居民消费价格上涨1.6%，低于全省居民消费价格涨幅0.4个百分点。", "居民消费价格增速低于全省"),
        ("GDP增长6.2%，高于全市GDP增速1.1个百分点。", "GDP增速高于全市"),
    ],
)
def test_a_gap_naming_the_measure_again_is_named_once(text: str, gap: str) -> None:
    assert names(text)[-1] == gap


def test_a_harvest_written_as_total_output_is_the_crops() -> None:
    assert names("粮食播种面积稳定在30万亩，总产12.5万吨。")[-1] == "粮食总产"


def test_a_run_in_label_glued_to_the_first_name_goes() -> None:
    assert names("人口年末常住人口52.3万人，比上年末减少0.4万人。") == [
        "年末常住人口",
        "年末常住人口比上年末减少",
    ]
    # a name that only repeats a word keeps it: the paragraph does not open with it
    assert names("全县工业企业工业总产值120亿元。") == ["工业企业工业总产值"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("帮助86家企业获得贷款1.2亿元。", "获得贷款的企业"),
        ("扶持40家企业获得技改补助。", "获得技改补助的企业"),
    ],
)
def test_the_ones_a_help_brought_something_are_named_by_it(text: str, expected: str) -> None:
    assert names(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("投资18亿元临港物流园被省发改委评为省级示范物流园区。", "临港物流园投资"),
        ("总投资6亿元的湿地公园被评为国家级湿地公园。", "湿地公园总投资"),
        ("投资9亿元科创中心入选省级重点项目。", "科创中心投资"),
    ],
)
def test_a_sum_spent_on_a_thing_honoured_after_it_is_the_things(text: str, expected: str) -> None:
    assert names(text) == [expected]


def test_a_budget_adjusted_during_the_year_names_each_figure() -> None:
    text = (
        "一般公共预算支出由年初的52000万元调整为56500万元，调增4500万元，"
        "其中：教育支出由年初预算的9000万元调整为9800万元。"
    )
    assert names(text) == [
        "一般公共预算支出年初预算",
        "调整后一般公共预算支出",
        "一般公共预算支出调增",
        "教育支出年初预算",
        "调整后教育支出",
    ]
    assert names("政府性基金预算由年初的30000万元调整为21000万元。") == [
        "政府性基金年初预算",
        "调整后政府性基金预算",
    ]


def test_figures_after_a_budgets_colon_are_that_budgets() -> None:
    text = "区人大批准的年初预算为：一般公共预算收入52000万元（税收收入36000万元），一般公共预算支出98000万元。"
    assert names(text) == [
        "一般公共预算收入年初预算",
        "税收收入年初预算",
        "一般公共预算支出年初预算",
    ]


def test_the_arithmetic_of_a_line_of_accounts_keeps_what_is_paid_up() -> None:
    assert names("加上解省级支出2.1亿元、债务还本支出3.4亿元。")[0] == "上解省级支出"
    assert names("加上缴中央支出3亿元。") == ["上缴中央支出"]


def test_a_completions_cue_is_no_part_of_its_name() -> None:
    text = "税务部门组织收入8.2亿元，增长3.1%，占全年计划52.4%。"
    assert names(text) == ["税务部门组织收入"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("另有幼儿园教学点320个。", ["幼儿园教学点"]),
        (
            "从分产业投资情况来看，第二产业下降12.5%，第三产业增长8.1%。",
            ["第二产业投资", "第三产业投资"],
        ),
        (
            "第一产业比重下降0.3个百分点，第二产业提高0.8个百分点，第三产业下降0.5个百分点。",
            ["第一产业比重", "第二产业比重", "第三产业比重"],
        ),
        (
            "全市高新技术产业完成增加值占全市42.1%，同比增长7.7%。",
            ["高新技术产业增加值占全市", "高新技术产业增加值"],
        ),
        # the share's own change keeps the share's name
        ("服务业增加值占全市比重提高到61%，提高0.9个百分点。", ["服务业增加值占全市比重"] * 2),
    ],
)
def test_the_classes_of_test60(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_pair_of_traffic_measures_under_one_verb() -> None:
    found = find_mentions("1-6月铁路货运量和周转量分别完成了3.2亿吨和860.5亿吨公里。")
    assert [(m.indicator, m.unit) for m in found] == [
        ("铁路货运量", "亿吨"),  # its own unit, not the next item's 亿吨公里
        ("铁路货物周转量", "亿吨公里"),  # 1-6月 is the period (round 34), not the name
    ]


@pytest.mark.parametrize(
    ("text", "unit", "name"),
    [
        ("完成营业性货运量462.24亿t，增长4.8%。", "亿t", "营业性货运量"),
        ("完成货物周转量194 044.56亿t·km，增长3.4%。", "亿t·km", "货物周转量"),
        ("完成旅客周转量35 349.06亿人·km。", "亿人·km", "旅客周转量"),
        ("全国公路隧道1 896.66万m。", "万m", "全国公路隧道"),
    ],
)
def test_a_transport_bulletins_latin_units_after_a_magnitude(
    text: str, unit: str, name: str
) -> None:
    first = find_mentions(text)[0]
    assert (first.unit, first.indicator, first.kind) == (unit, name, "amount")


def test_a_latin_letter_after_a_magnitude_that_runs_on_is_no_unit() -> None:
    assert [m.unit for m in find_mentions("资金2亿to be used。")] == ["亿"]


def test_a_target_set_by_someone_and_the_gap_over_it() -> None:
    text = "全社会固定资产投资增长12.6%，高于年初人代会确定10%的目标2.6个百分点。"
    found = find_mentions(text)
    assert [(m.indicator, m.kind, m.direction) for m in found] == [
        ("全社会固定资产投资", "change", "up"),
        ("全社会固定资产投资增长目标", "change", "up"),
        ("全社会固定资产投资增速高于目标", "pp", "up"),
    ]


def test_online_sales_as_a_release_defines_them() -> None:
    assert names("全市限额以上单位通过公共网络实现的商品零售额增长21.4%。") == [
        "限额以上单位网上商品零售额"
    ]


def test_a_courts_verb_alone_is_of_the_cases_its_sentence_opens_with() -> None:
    text = "危险驾驶案件仍居高位，收案持续增加，收案同比上升6.2%。"
    assert names(text) == ["危险驾驶案件收案"]
    # a sentence opening with its own verb lends nothing
    assert names("全年受理民事案件2400件，同比上升12%；审结2300件。")[-1] == "审结民事案件"


def test_cases_then_the_people_in_them_and_their_rates() -> None:
    text = "共受理审查起诉案件410件502人，同比分别下降3.5%、增长2.1%。"
    found = find_mentions(text)
    assert [m.indicator for m in found] == [
        "受理审查起诉案件",
        "受理审查起诉案件人数",
        "受理审查起诉案件",
        "受理审查起诉案件人数",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3个专项审计查出的28个问题已整改到位。", ["专项审计", "专项审计查出的问题"]),
        ("对巡察发现的15个问题，已全部整改。", ["巡察发现的问题"]),
    ],
)
def test_what_an_audit_found_is_named_by_the_finding(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_parts_each_with_a_share_and_a_growth_keep_their_own() -> None:
    text = "采矿业增加值占比为80.1%，同比下降3.2%；制造业增加值占比为12.4%，同比增长6.5%。"
    assert names(text) == ["采矿业增加值占比", "采矿业增加值", "制造业增加值占比", "制造业增加值"]


def test_a_long_industry_beside_another_has_its_measure() -> None:
    text = "采矿业增加值增长2.1%，制造业增长5.6%，电力、热力、燃气及水生产和供应业增长0.8%。"
    assert names(text)[-1] == "电力、热力、燃气及水生产和供应业增加值"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "年内招生3120人，其中研究生180人，普通本专科2940人。",
            ["招生", "研究生招生", "普通本专科招生"],
        ),
        (
            "城镇职工基本养老保险参保人数32.5万人，其中：退休人员9.1万人。",
            ["城镇职工基本养老保险参保人数", "城镇职工基本养老保险参保退休人员"],
        ),
        # a part that names its own measure stays as it is
        ("年末常住人口52万人，其中城镇人口30万人。", ["年末常住人口", "城镇人口"]),
    ],
)
def test_groups_of_people_after_qizhong_are_counted_as_the_whole(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_students_named_alone_are_the_schools_counted_before_them() -> None:
    text = "普通初中22所；全年招生8100人；年末在校学生24300人，其中：寄宿学生9100人；全年毕业学生7600人。"
    assert names(text) == [
        "普通初中",
        "普通初中招生",
        "普通初中在校学生",
        "普通初中寄宿学生",
        "普通初中毕业学生",
    ]


def test_a_tables_figure_run_on_into_the_next_name_goes() -> None:
    assert names("粮食产量120.5万吨2.1棉花产量3.2万吨-1.5油料产量8.8万吨")[1:] == [
        "棉花产量",
        "油料产量",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("华泰机械有限公司投资6000万元的精密铸件项目提前竣工。", "精密铸件项目投资"),
        ("投资3亿元的滨河公园改造工程如期完工。", "滨河公园改造工程投资"),
    ],
)
def test_a_project_finished_early_is_named_without_its_investor(text: str, expected: str) -> None:
    assert names(text) == [expected]


def test_a_period_named_alone_is_of_the_measure_before_it() -> None:
    text = "前三季度地区生产总值3120亿元,同比增长5.2%。分季度看,一季度增长4.8%,二季度增长5.1%,三季度增长5.6%。"
    assert names(text)[2:] == ["一季度地区生产总值", "二季度地区生产总值", "三季度地区生产总值"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of outcome at a name's end goes
        ("全县一般公共预算支出最终为8.4亿元。", ["一般公共预算支出"]),
        # a verb of achieving alone takes the measure the sentence before named
        (
            "人大批准的一般公共预算收入为5.5亿元。全年完成4.7亿元，为预算的85.4%。",
            ["人大批准的一般公共预算收入", "一般公共预算收入", "一般公共预算收入"],
        ),
        # a change against last year is the measure's, not its budget's
        (
            "政府性基金支出完成5308万元，完成年初预算数24710万元的21.5%，比上年减支2758万元。",
            ["政府性基金支出", "政府性基金支出年初预算", "政府性基金支出", "政府性基金支出减支"],
        ),
        # a figure restated in brackets in other units is the same measure
        ("茶园面积10.5万公顷（157.5万亩）。", ["茶园面积", "茶园面积"]),
        ("全国公共图书馆总藏量13.6亿册。", ["全国公共图书馆总藏量"]),
    ],
)
def test_the_classes_of_test63_to_test65(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_gap_said_to_quicken_is_up() -> None:
    found = find_mentions("农村居民人均可支配收入增长3.1%，较一季度由负转正加快3.2个百分点。")
    assert (found[-1].kind, found[-1].direction) == ("pp", "up")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "工业增加值增长7.5%，增速较上季度提高0.6个百分点，拉动经济增长2.4个百分点。",
            "工业增加值拉动经济增长",
        ),
        ("门诊量12.3万人次（比上年同期增加1.1万人次）。", "门诊量比上年同期增加"),
        ("引进项目36个，协议投资总额52.6亿元。", "引进项目协议投资总额"),
    ],
)
def test_owners_from_the_figures_just_before(text: str, expected: str) -> None:
    assert names(text)[-1] == expected


def test_a_congress_verb_alone_takes_the_laws_passed_before_it() -> None:
    assert names("审议通过地方性法规12件、集中修改7件。") == [
        "审议通过地方性法规",
        "集中修改地方性法规",
    ]


def test_a_paragraph_with_sectors_and_a_balance_reads_the_paragraph_before() -> None:
    # (the sectors' loop once shadowed the paragraph before, and the balance rule failed)
    found = annotated(
        "国有资本经营收入820万元，国有资本经营支出790万元。",
        "上述收支相抵，年终结余30万元，第三产业增加值增长5%。",
    )
    assert found[0] == "国有资本经营年终结余"


def test_a_target_with_its_value_and_the_completion_of_it() -> None:
    found = find_mentions("城镇新增就业3210人，占全年目标任务3000人的107%。")
    assert [(m.indicator, m.kind) for m in found] == [
        ("城镇新增就业", "count"),
        ("城镇新增就业全年目标任务", "count"),
        ("城镇新增就业", "completion"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县非税收入比预算超收320万元。", ["非税收入比预算超收"]),
        ("浆砌石方12.6万立方。", ["浆砌石方"]),
        ("审议法规45件次。", ["审议法规"]),
        (
            "全县现有特困供养人员980人，其中集中供养410人。",
            ["特困供养人员", "集中供养特困供养人员"],
        ),
        (
            "年末有9000人享受最低生活保障。其中：城市居民4200人。",
            ["享受最低生活保障", "享受最低生活保障的城市居民"],
        ),
    ],
)
def test_the_classes_of_test66_to_test68(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_school_levels_paragraph_names_its_figures() -> None:
    text = (
        "——小学。校数26所；毕业3100人；招生2900人；校舍总面积21.4万平方米，比上年增加0.3万平方米。"
    )
    assert names(text) == [
        "小学校数",
        "小学毕业",
        "小学招生",
        "小学校舍总面积",
        "小学校舍总面积比上年增加",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("从主要工业产品产量看，水泥增长3.2%，纱增长16.2%。", ["水泥产量", "纱产量"]),
        (
            "全县固定资产投资增长9.1%，高于全省2.6个百分点。分产业看，第一产业下降8.3%，第二产业增长16.7%。",
            ["固定资产投资", "固定资产投资增速高于全省", "第一产业投资", "第二产业投资"],
        ),
    ],
)
def test_the_classes_of_test69_to_test71(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2019年公路通车里程达到9100公里，比2015年增加1200公里。",
            ["公路通车里程", "公路通车里程增加"],
        ),
        ("2021年末人民币贷款余额6893.7亿元。", ["年末人民币贷款余额"]),
    ],
)
def test_words_a_removed_year_leaves_behind(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_year_over_year_change_keeps_its_comparison() -> None:
    # (the cleanup of 比 a removed year leaves must not touch 同比 or 环比)
    assert names("审结刑事案件310件，同比增加27件。")[-1] == "审结刑事案件同比增加"
    assert names("共不起诉67件70人，其中法定不起诉0人。")[-1] == "法定不起诉"
    assert names("小学25所，在校生9000人，特殊学校在校生165人。")[-1] == "特殊学校在校生"


def test_a_change_said_with_one_character_is_the_figure_befores() -> None:
    found = find_mentions("棉花产量30万吨，增9.5%；油料产量5万吨，同比减3.2%。")
    assert [(m.indicator, m.kind, m.direction) for m in found] == [
        ("棉花产量", "amount", ""),
        ("棉花产量", "change", "up"),
        ("油料产量", "amount", ""),
        ("油料产量", "change", "down"),
    ]


def test_a_crops_area_and_yield_listed_together() -> None:
    assert names("棉花种植面积和产量分别增长3%和5%。") == ["棉花种植面积", "棉花产量"]
