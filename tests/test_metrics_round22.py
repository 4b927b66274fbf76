"""Round 22 (issue 15): shapes a fresh held-out part (test9) showed, each example invented.

A numbered section label is no glossary term; a budget approved by a meeting without
的; manner words and 共 inside a name; a verb shared by people counted after people;
people whose problem is solved, with their group; the next item's examples; a class of
sums over a threshold; 新 before a verb; 涉及金额 of the count before; a page's space
after a decimal point; the tail of a bracket opened before the clause.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value, m.indicator, m.kind) for m in find_mentions(text)]


def test_a_numbered_section_label_is_no_glossary_term() -> None:
    assert names("3.收入执行情况：全县税收收入8亿元，增长4%。") == ["税收收入", "税收收入"]
    # a glossary entry's term still owns the figures of its definition
    assert names("11.“先锋工程”：布局20个示范点。") == ["“先锋工程”示范点"]


def test_a_budget_approved_by_a_meeting_is_the_measures_budget() -> None:
    text = "全县一般公共预算收入12亿元，完成县人大常委会第五次会议批准调整预算11亿元的109%。"
    assert rows(text)[1:] == [
        ("11亿元", "11", "一般公共预算收入调整预算", "amount"),
        ("109%", "109", "一般公共预算收入", "completion"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("依规从国有资本经营预算调入资金2亿元。", "从国有资本经营预算调入资金"),
        ("按照规定从政府性基金预算调入资金3亿元。", "从政府性基金预算调入资金"),
        ("创业园共入驻科技企业45家。", "创业园入驻科技企业"),
    ],
)
def test_manner_words_and_the_total_adverb_are_no_part_of_a_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_words_made_with_gong_stay_whole() -> None:
    assert names("全县共建共享公共设施3处。") == ["共建共享公共设施"]


def test_people_counted_after_people_share_the_lists_verb() -> None:
    found = names("培训农村电商人才300人、返乡创业青年120人。")
    assert found == ["培训农村电商人才", "培训返乡创业青年"]
    # a verb that takes people lends nothing to a sum listed after them
    assert names("接待游客300万人次、旅游收入20亿元。") == ["接待游客", "旅游收入"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("解决了山区3万人的饮水安全问题。", "山区饮水安全问题解决人数"),
        ("改善了城区1.2万人的居住条件。", "城区居住条件改善人数"),
        ("改善3000户的生活条件。", "生活条件改善户数"),
        ("再解决6000万人安全饮水问题。", "安全饮水问题解决人数"),
    ],
)
def test_people_whose_problem_is_solved_are_named_with_their_group(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_counted_noun_stops_before_the_next_items_examples() -> None:
    text = "建成华星公司等4个智能车间及远航电子等2个示范工厂。"
    assert names(text) == ["智能车间", "示范工厂"]


def test_a_sum_over_a_threshold_before_a_class_noun_is_no_figure() -> None:
    assert rows("新签约超3亿元工业项目9个。") == [("9个", "9", "新签约超3亿元工业项目", "count")]
    # a sum that is reported, or spent on something, stays a figure
    assert rows("完成投资超5亿元，增长8%。") == [
        ("超5亿元", "5", "完成投资", "amount"),
        ("8%", "8", "完成投资", "change"),
    ]
    assert [r[0] for r in rows("投入2000余万元对城区主要街道进行修复。")] == ["2000余万元"]


def test_new_before_the_verb_of_a_count_is_kept() -> None:
    assert names("新开工5座水库。") == ["新开工水库"]
    assert names("建成3所学校。") == ["建成学校"]


def test_an_amount_involved_is_of_the_cases_counted_before() -> None:
    found = names("查处非法采矿案件6起，涉及金额120万元。")
    assert found == ["查处非法采矿案件", "查处非法采矿案件涉及金额"]


def test_a_decimal_written_with_a_space_after_its_point() -> None:
    assert [(m.value, m.unit) for m in find_mentions("出生率7. 5‰，增长12. 3%。")] == [
        ("7.5", "‰"),
        ("12.3", "%"),
    ]
    # a list's number before a year is no decimal, and no part of the name
    assert rows("任务完成。1. 2020年完成投资5亿元。") == [("5亿元", "5", "完成投资", "amount")]


def test_the_tail_of_a_bracket_opened_before_the_clause_is_cut() -> None:
    assert names("（二）重点项目）、新建学校3所。") == ["新建学校"]


@pytest.mark.parametrize("plan", ["占年计划", "完成年度计划"])
def test_a_plan_value_inside_its_completion_is_the_measures_plan(plan: str) -> None:
    found = rows(f"完成造林面积32万亩，{plan}40万亩的80%。")
    word = plan.removeprefix("占").removeprefix("完成")
    assert found[1:] == [
        ("40万亩", "40", f"造林面积{word}", "amount"),
        ("80%", "80", "造林面积", "completion"),
    ]


def test_a_task_handed_down_is_a_completion_cue() -> None:
    assert rows("全年完成造林3.2万亩，占省下达任务的110%。")[-1][-1] == "completion"
    # a share of a whole stays a share
    assert rows("税收收入8亿元，占一般公共预算收入的比重为80%。")[-1][-1] == "share"


# ---- round 22c: shapes of budget and work reports of the genre, each example invented ----


def test_the_reports_scope_after_year_end_is_no_part_of_the_name() -> None:
    assert names("年末全县户籍人口52.3万人，常住人口45.6万人。") == ["年末户籍人口", "常住人口"]


def test_projects_after_a_fund_are_the_funds() -> None:
    found = names("全年投入衔接推进乡村振兴补助资金3.2亿元，实施项目268个。")
    assert found[-1] == "乡村振兴补助资金实施项目"
    # projects brought in by those who gave the money are no fund's
    found = names("帮扶单位援助资金3亿元、引进项目12个。")
    assert found[-1] == "引进项目"


@pytest.mark.parametrize(
    "limit", ["控制在上级核定的限额52亿元以内", "低于省核定的债务限额52亿元", "在限额52亿元以内"]
)
def test_a_debt_limit_is_named_by_the_balance_before_it(limit: str) -> None:
    assert names(f"年末政府债务余额45.3亿元，{limit}。") == ["年末政府债务余额", "政府债务限额"]


def test_parts_named_by_their_level_take_the_whole_written_before_qizhong() -> None:
    found = names("新增农业产业化龙头企业12家，其中国家级1家、省级4家。")
    assert found[1:] == ["国家级农业产业化龙头企业", "省级农业产业化龙头企业"]
    assert names("全县共有A级旅游景区15个，其中4A级3个。") == ["A级旅游景区", "4A级旅游景区"]
    # a one-word kind after 其中 keeps its form, every item a part of the same whole
    found = names("经营主体总量达2037万户，其中企业929万户。")
    assert found[-1] == "经营主体中企业"


def test_a_share_of_things_past_a_bar_is_named_with_the_bar() -> None:
    found = rows("全县超五成行政村集体经济收入超过10万元。")
    assert found[0][2:] == ("集体经济收入超过10万元的行政村占比", "share")
    # a share whose things do something keeps its predicate
    assert names("九成以上企业实现复工复产。") == ["实现复工复产企业占比"]


def test_a_rolled_over_balance_after_a_funds_balance_is_the_funds() -> None:
    text = "社会保险基金预算收入26.5亿元，支出24.8亿元，当年结余1.7亿元，年末滚存结余18.6亿元。"
    assert names(text)[-1] == "社会保险基金预算年末滚存结余"
