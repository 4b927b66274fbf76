"""The check of a finished name (issue 15): applied last, whatever rule built the name.

A name that is only a qualifier, a share without its whole, a generic noun, a verb
without its object or under two Han characters is made whole from its sentence (the
figure or the clause just before it, else the noun the figure counts); where nothing
better exists it stays as it was.

Each example is invented for its class, in the genre's words, not copied from the
held-out reports, the sample or the corpus.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from mention_names import names
from timing import best_cpu_seconds

from reportpress.metrics import find_mentions
from reportpress.metrics.indicators import weakness


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("按可比价格计算", "qualifier"),
        ("同口径", "qualifier"),
        ("现价", "qualifier"),
        ("财政收入同口径", "qualified"),
        ("占比达到", "share"),
        ("比重", "share"),
        ("总量", "generic"),
        ("当年结余", "generic"),
        ("支出总计", "generic"),
        ("实施项目", "generic"),
        ("新建", "verb"),
        ("建设", "verb"),
        ("市", "short"),
        # names that say what is measured
        ("地区生产总值", ""),
        ("开工项目", ""),  # a stage reached picks the projects out
        ("高新技术产业比重", ""),
        ("实际使用外资", ""),
    ],
)
def test_a_weak_name_is_told_by_its_own_words(name: str, kind: str) -> None:
    assert weakness(name) == kind


def test_a_qualifier_is_of_the_figure_before_it() -> None:
    assert names("全市规上工业增加值完成860亿元，按可比价格计算增长7.5%。")[1] == (
        "7.5%",
        "规上工业增加值",
    )
    assert names("全县农业总产值120亿元，现价增长4%。")[1] == ("4%", "农业总产值")
    assert names("全县财政收入18亿元，同口径增长4.5%。")[1] == ("4.5%", "财政收入")
    # or of the thing the clause before speaks of
    assert names("全市地区生产总值稳步增长，按可比价格计算增长6%。") == [("6%", "地区生产总值")]


def test_a_qualifier_after_the_name_is_no_part_of_it() -> None:
    assert names("一般公共预算收入同口径增长5.5%左右。") == [("5.5%左右", "一般公共预算收入")]


def test_a_balance_is_of_the_budget_before_it() -> None:
    text = "社会保险基金预算收入120亿元，支出110亿元，当年结余10亿元。"
    # (round 33: the balance as written, 当年 kept: budgets_balanced)
    assert names(text)[-1] == ("10亿元", "社会保险基金预算当年结余")
    text = "全市政府性基金预算收入总计45亿元，支出总计43亿元，结余2亿元。"
    assert names(text)[-1] == ("2亿元", "政府性基金预算结余")
    # never of one item of a budget: a sum of all stays a sum
    assert names("旅游收入总计12亿元，支出合计3亿元。")[-1] == ("3亿元", "支出合计")
    # nor of the last part of the sum (共计 as 合计): a bare sum rather than a wrong owner
    text = "上级补助收入8.6亿元，调入资金3.2亿元，上年结转收入1.1亿元，收入共计40.5亿元。"
    assert names(text)[-1] == ("40.5亿元", "收入共计")


def test_a_share_without_its_whole_takes_the_thing_before() -> None:
    assert names("全市民营经济持续壮大，占比达到62%。") == [("62%", "民营经济占比")]
    assert names("高新技术产业加快壮大，比重提高到38%。") == [("38%", "高新技术产业比重")]


def test_a_generic_noun_takes_the_thing_its_sentence_names() -> None:
    assert names("文旅产业蓬勃发展，总量突破500亿元。") == [("500亿元", "文旅产业总量")]
    assert names("推进城市更新行动，实施项目45个。") == [("45个", "城市更新行动实施项目")]
    assert names("开展安全生产专项行动，检查总量增长12%。") == [("12%", "安全生产专项行动检查总量")]


def test_a_verb_takes_the_noun_it_counts() -> None:
    assert names("推动建设超100条（个）幸福河湖。") == [("超100条", "建设幸福河湖")]


def test_where_nothing_better_exists_the_name_stays() -> None:
    # a doer or an order owns nothing
    assert names("我们坚持稳中求进，总量达到500亿元。") == [("500亿元", "总量")]
    # a sibling is no owner: two counts side by side
    assert names("新建学校5所，实施项目20个。")[1] == ("20个", "实施项目")
    # people counted own no investment
    assert names("城镇新增就业5000人，完成投资2亿元。")[1] == ("2亿元", "完成投资")
    # a mechanism owns no sum; a rate before names no owner
    assert names("推动形成政府推动的投资内生增长机制，全年投资增长5%左右。") == [
        ("5%左右", "全年投资")
    ]
    # words that only point (各项) own nothing
    assert names("各项工作扎实推进，完成年度任务32项。") == [("32项", "年度任务")]
    # a clause that names its things itself keeps its name
    assert names("支持本土品牌发展，全年实现北焦奥莱荟等8个项目开业。") == [("8个", "开业项目")]
    # a verb with nothing counted after it
    assert names("全年开行3000列以上。") == [("3000列以上", "开行")]


def test_names_that_are_whole_are_left_alone() -> None:
    assert names("全市地区生产总值850亿元，增长6.5%。") == [
        ("850亿元", "地区生产总值"),
        ("6.5%", "地区生产总值"),
    ]
    assert names("设立科技成果转化基金，规模20亿元。") == [("20亿元", "科技成果转化基金规模")]


LIMIT = 7.0  # four times the input may cost at most this factor (linear is 4)


@pytest.mark.parametrize(
    "unit",
    ["全市民营经济持续壮大，占比达到62%，", "收入120亿元，结余10亿元，同口径增长5%，", "建设3个"],
)
def test_the_check_stays_linear(unit: str) -> None:
    def run(size: int) -> Callable[[], object]:
        text = unit * size
        return lambda: find_mentions(text)

    small, large = best_cpu_seconds(run(50), run(200))
    assert large / small < LIMIT, (small, large)
