"""Round 35 (issue 15, eighth session): shapes of the genre found by probing the rules
with invented sentences and the classes the session's held-out judges named; each
example invented.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions
from reportpress.metrics.values import base_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sum word opening the clause is its tally, not its name: 共计 went as 共 + 计.
        ("全年共计发放助学金1200万元。", ["发放助学金"]),
        ("共计接待游客120万人次。", ["接待游客"]),
        ("全年合计发放助学金1200万元。", ["发放助学金"]),
        # A figure right after the sum word is the sum's, named as before.
        ("全年收入合计40.5亿元。", ["收入合计"]),
        # 共 or 共计 between an owner and its verb goes (verbs of courts and audits too).
        ("全市法院共审结案件12000件，同比下降5%。", ["法院审结案件", "法院审结案件"]),
        ("全市法院共计审结案件12000件。", ["法院审结案件"]),
        ("市检察院共批捕犯罪嫌疑人320人。", ["市检察院批捕犯罪嫌疑人"]),
        ("各级审计机关共追回资金1.2亿元。", ["各级审计机关追回资金"]),
        # 共 of a word stays: 公共, 共享, 共建.
        ("全区公共服务支出12亿元。", ["公共服务支出"]),
        # A count summed after two parts is named by both, as an amount already was.
        (
            "新建学校5所、幼儿园12所，共计17所。",
            ["新建学校", "新建幼儿园", "新建学校和新建幼儿园共计"],
        ),
        # A list item that opens with its own verb borrows none from the item before.
        ("受理案件120件、调解纠纷80件。", ["受理案件", "调解纠纷"]),
        ("培训农民1200人次、转移劳动力800人。", ["培训农民", "转移劳动力"]),
        ("完成投资5亿元、实现产值12亿元。", ["完成投资", "产值"]),
        ("取消行政许可事项42项、中介服务事项87项。", ["取消行政许可事项", "取消中介服务事项"]),
        # The amount of the cases counted before: theirs, and no verb lent to it.
        (
            "全年共审结一审民商事案件2.3万件，标的额56.8亿元。",
            ["审结一审民商事案件", "一审民商事案件标的额"],
        ),
        ("审结案件120件、标的额5亿元。", ["审结案件", "案件标的额"]),
        # 各项 after an owner's 各项: the same institutions' (a bulletin's deposits and loans).
        (
            "年末金融机构本外币各项存款余额5230亿元，比年初增加420亿元；各项贷款余额4120亿元。",
            [
                "年末金融机构本外币各项存款余额",
                "年末金融机构本外币各项存款余额比年初增加",
                "年末金融机构本外币各项贷款余额",
            ],
        ),
        ("各项贷款余额4120亿元。", ["各项贷款余额"]),
        # A bare rate of handling: of the things counted, across one clause without a figure,
        # or of the things a sum of money is of.
        ("实施项目56个，完工率85%。", ["实施项目", "实施项目完工率"]),
        ("收到代表建议235件，已全部办结，满意率98.3%。", ["收到代表建议", "收到代表建议满意率"]),
        (
            "审计查出问题金额12.3亿元，已整改问题金额10.1亿元，整改率82.1%。",
            ["审计查出问题金额", "整改问题金额", "问题整改率"],
        ),
        ("审计发现问题金额5亿元，整改率90%。", ["审计发现问题金额", "审计发现问题整改率"]),
        # Those an event drew or reached, named alone: of the events counted just before.
        ("开展送文化下乡活动86场，观众3.2万人次。", ["送文化下乡活动", "送文化下乡活动观众"]),
        ("举办培训班35期，参训人员2800人次。", ["培训班", "培训班参训人员"]),
        ("开展法治宣传活动120余场次，受众5万余人次。", ["法治宣传活动", "法治宣传活动受众"]),
        # Casualties named by the harm alone: of the accidents counted just before.
        (
            "全年发生各类生产安全事故56起，死亡42人，分别下降12.5%和8.7%。",
            ["各类生产安全事故", "各类生产安全事故死亡人数"] * 2,  # (round 54: 人数, no 发生)
        ),
        (
            "全年发生道路交通事故120起，死亡35人，受伤98人。",
            ["道路交通事故", "道路交通事故死亡人数", "道路交通事故受伤人数"],
        ),
        # From test84: a measure named short again in the next clause is the same measure;
        # a level scope (区级, with its note) stays with the budget's next items; a revenue's
        # collector with its verb collected the revenue.
        (
            "全市存款余额突破三千亿元，余额达3105亿元，比年初增长12%。",
            ["存款余额", "存款余额", "存款余额"],
        ),
        (
            "金融机构本外币存款突破两千亿元，余额达2105.2亿元，比年初增长33.6%。",
            ["金融机构本外币存款", "金融机构本外币存款余额", "金融机构本外币存款余额"],
        ),
        ("2019财政民生支出12.5亿元。", ["财政民生支出"]),  # a year whose 年 a page lost
        ("2024届毕业生1.2万人。", ["2024届毕业生"]),
        (
            "区级（含开发区，下同）一般公共预算收入50亿元；一般公共预算支出80亿元。",
            ["区级（含开发区）一般公共预算收入", "区级一般公共预算支出"],
        ),
        (
            "全区一般公共预算收入3.6亿元，其中：税务部门征收2.9亿元，财政部门征收0.7亿元。",
            ["一般公共预算收入", "税务部门征收一般公共预算收入", "财政部门征收一般公共预算收入"],
        ),
        # An actual after a plan: the projects' investment done, not the plan's.
        (
            "实施重点项目120个，年度计划投资85亿元，已完成投资62亿元。",
            ["实施重点项目", "实施重点项目年度计划投资", "实施重点项目完成投资"],
        ),
    ],
)
def test_a_sum_word_or_total_adverb_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "value", "unit", "base"),
    [
        ("孕产妇死亡率为8.5/10万。", "孕产妇死亡率", "8.5", "/10万", ("0.000085", "比率")),
        (
            "甲乙类传染病报告发病率215.3/10万，下降5.2%。",
            "甲乙类传染病报告发病率",
            "215.3",
            "/10万",
            ("0.002153", "比率"),
        ),
        (
            "单位GDP能耗0.42吨标准煤/万元。",
            "单位GDP能耗",
            "0.42",
            "吨标准煤/万元",
            ("0.42", "吨标准煤/万元"),
        ),
    ],
)
def test_a_rate_per_population_or_per_output_is_one_figure(
    text: str, name: str, value: str, unit: str, base: tuple[str, str]
) -> None:
    """8.5/10万 is a rate, not a figure 10万 named 孕产妇死亡率为8.5/; 吨/万元 an intensity."""
    first = find_mentions(text)[0]
    assert (first.value, first.unit, first.indicator) == (value, unit, name)
    assert first.kind == ("level" if "/10万" in unit else "amount")
    assert base_value(first.value, first.unit) == base
    assert names("收入123/万元。") == []  # a slash before 万元 is no rate per 10 000 people


def test_temperatures_are_figures_in_degrees() -> None:
    found = find_mentions("全年平均气温15.8℃，比常年偏高0.6℃。")
    assert [(m.text, m.kind, m.indicator) for m in found] == [
        ("15.8℃", "amount", "平均气温"),
        ("0.6℃", "amount", "平均气温比常年偏高"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "共批准逮捕各类犯罪嫌疑人856人，提起公诉1235人，同比分别下降5.2%和上升3.1%。",
            [
                ("count", "", "批准逮捕各类犯罪嫌疑人"),
                ("count", "", "提起公诉各类犯罪嫌疑人"),
                ("change", "down", "批准逮捕各类犯罪嫌疑人"),
                ("change", "up", "提起公诉各类犯罪嫌疑人"),
            ],
        ),
        (
            "全年客运量和货运量分别下降5.2%、增长3.1%。",
            [("change", "down", "客运量"), ("change", "up", "货运量")],
        ),
    ],
)
def test_a_respective_list_whose_items_say_their_own_way(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """分别下降…和上升…: one list (the second was named 和), each item with its own direction."""
    assert [(m.kind, m.direction, m.indicator) for m in find_mentions(text)] == expected
