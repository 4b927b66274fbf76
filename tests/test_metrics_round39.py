"""Round 39 (issue 15, twelfth session): classes the eleventh session's held-out judges named
(test110–test115) and left open; each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(m.text, m.unit, m.kind, m.direction, m.indicator) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sum achieved said of nothing else, after a clause of a measure's trend that holds
        # no figure: the measure's (was named by its verb: 累计完成, 实现).
        (
            "全社会固定资产投资增长较快，累计完成860亿元，增长9.2%。",
            [
                ("860亿元", "亿元", "amount", "", "全社会固定资产投资"),
                ("9.2%", "%", "change", "up", "全社会固定资产投资"),
            ],
        ),
        (
            "社会消费品零售总额平稳增长，全年实现415亿元，增长6.3%。",
            [
                ("415亿元", "亿元", "amount", "", "社会消费品零售总额"),
                ("6.3%", "%", "change", "up", "社会消费品零售总额"),
            ],
        ),
        # … not the topic of a clause that is no measure, nor a topic with figures of its own
        ("全镇上下齐心协力，完成40亿元。", [("40亿元", "亿元", "amount", "", "完成")]),
        (
            "规上工业增加值增长6%，完成180亿元。",
            [
                ("6%", "%", "change", "up", "规上工业增加值"),
                ("180亿元", "亿元", "amount", "", "规上工业增加值"),
            ],
        ),
        # A measure with a time word before its verb (收入当月完成): the time goes, the
        # measure's head stays (was 一般公共预算, 收入 taken with 当月).
        (
            "5月份，全县一般公共预算收入当月完成6218万元，下降3.4%，累计完成41210万元。",
            [
                ("6218万元", "万元", "amount", "", "一般公共预算收入"),
                ("3.4%", "%", "change", "down", "一般公共预算收入"),
                ("41210万元", "万元", "amount", "", "一般公共预算收入"),
            ],
        ),
        ("全县税收收入当月完成900万元。", [("900万元", "万元", "amount", "", "税收收入")]),
        # A contribution named without its contributor is the industry's whose value added
        # the sentence just gave (was 贡献率 alone); a pull's is the puller's, as before.
        (
            "第二产业增加值560亿元，增长4.8%，贡献率为38.5%；第三产业增加值910亿元，增长6.1%，"
            "对经济增长的贡献率为58.2%。",
            [
                ("560亿元", "亿元", "amount", "", "第二产业增加值"),
                ("4.8%", "%", "change", "up", "第二产业增加值"),
                ("38.5%", "%", "level", "", "第二产业贡献率"),
                ("910亿元", "亿元", "amount", "", "第三产业增加值"),
                ("6.1%", "%", "change", "up", "第三产业增加值"),
                ("58.2%", "%", "level", "", "第三产业对经济增长的贡献率"),
            ],
        ),
        (
            "服务业拉动经济增长2.9个百分点，贡献度为49%。",
            [
                ("2.9个百分点", "个百分点", "pp", "up", "服务业拉动经济增长"),
                ("49%", "%", "level", "", "服务业贡献度"),
            ],
        ),
        # … and a GDP's growth lends none: the economy contributes to nothing
        (
            "地区生产总值增长5.2%，消费对经济增长的贡献率为61%。",
            [
                ("5.2%", "%", "change", "up", "地区生产总值"),
                ("61%", "%", "level", "", "消费对经济增长的贡献率"),
            ],
        ),
        # A contribution to a growth is no growth (was a change, up, from 增长 in 对经济增长的).
        (
            "三次产业对经济增长的贡献分别为5.1%、40.3%、54.6%。",
            [
                ("5.1%", "%", "level", "", "第一产业对经济增长的贡献"),
                ("40.3%", "%", "level", "", "第二产业对经济增长的贡献"),
                ("54.6%", "%", "level", "", "第三产业对经济增长的贡献"),
            ],
        ),
        # Names kept whole at their edges: 返还 is no trailing 还 (was 税收返); a balance's
        # arithmetic (加…，减…) is no part of its items; a bullet's dashes go, however many.
        (
            "转移性收入6.2亿元（税收返还2.1亿元；非税返还0.8亿元）。",
            [
                ("6.2亿元", "亿元", "amount", "", "转移性收入"),
                ("2.1亿元", "亿元", "amount", "", "税收返还"),
                ("0.8亿元", "亿元", "amount", "", "非税返还"),
            ],
        ),
        (
            "上年结余0.1亿元，加政府性基金收入5.2亿元，减政府性基金支出4.9亿元，年终结余0.4亿元。",
            [
                ("0.1亿元", "亿元", "amount", "", "上年结余"),
                ("5.2亿元", "亿元", "amount", "", "政府性基金收入"),
                ("4.9亿元", "亿元", "amount", "", "政府性基金支出"),
                ("0.4亿元", "亿元", "amount", "", "政府性基金年终结余"),
            ],
        ),
        (
            "———财产性收入46元，增长12%。",
            [
                ("46元", "元", "amount", "", "财产性收入"),
                ("12%", "%", "change", "up", "财产性收入"),
            ],
        ),
        # A figure per head after a total is of the measure, not of its total (was
        # 人均转移性收入总额).
        (
            "经营性收入总额为3410万元，人均305元。",
            [
                ("3410万元", "万元", "amount", "", "经营性收入总额"),
                ("305元", "元", "amount", "", "人均经营性收入"),
            ],
        ),
        # A change said alone after a clause of a measure's trend: the topic's, not the
        # figure's before it (was 二产投资, lent across the ；).
        (
            "二产投资占比提高5.1个百分点；工业投资增势强劲，同比增长23.4%。",
            [
                ("5.1个百分点", "个百分点", "pp", "up", "二产投资占比"),
                ("23.4%", "%", "change", "up", "工业投资"),
            ],
        ),
        (
            "地区生产总值完成500亿元，按可比价格计算，增长5%。",
            [
                ("500亿元", "亿元", "amount", "", "地区生产总值"),
                ("5%", "%", "change", "up", "地区生产总值"),
            ],
        ),
        # A change per head after a sum is that sum's, and the growth after it the sum's
        # (was 人均增加, 人均); 企业组织 is no verb 组织.
        (
            "其中从企业组织中得到的劳动收入为52元，人均增加7元，增长15.6%。",
            [
                ("52元", "元", "amount", "", "从企业组织中得到的劳动收入"),
                ("7元", "元", "amount", "", "从企业组织中得到的劳动收入人均增加"),
                ("15.6%", "%", "change", "up", "从企业组织中得到的劳动收入"),
            ],
        ),
        # Periods or places listed before a speed written once: each its own, the measure
        # said before the clause (the figure before, or the topic of the clause before).
        (
            "全县税收收入持续高位运行，4月、5月和6月增幅分别为12%、13.5%、14%。",
            [
                ("12%", "%", "change", "up", "4月税收收入增幅"),
                ("13.5%", "%", "change", "up", "5月税收收入增幅"),
                ("14%", "%", "change", "up", "6月税收收入增幅"),
            ],
        ),
        (
            "一季度、二季度和三季度全市地区生产总值增幅分别为4.1%、4.6%、5.0%。",
            [
                ("4.1%", "%", "change", "up", "一季度地区生产总值增幅"),
                ("4.6%", "%", "change", "up", "二季度地区生产总值增幅"),
                ("5.0%", "%", "change", "up", "三季度地区生产总值增幅"),
            ],
        ),
        (
            "北区、中区和开发区增幅分别为3%、4%、8%。",
            [
                ("3%", "%", "change", "up", "北区增幅"),
                ("4%", "%", "change", "up", "中区增幅"),
                ("8%", "%", "change", "up", "开发区增幅"),
            ],
        ),
        # A budget value inside its completion, written 年预算 or 人大预算数, is the measure's
        # budget and the rate its completion (was 占年预算, a share); a shortfall or an increase
        # after it is the measure's, and the change after that too (was …年初预算增收).
        (
            "全县税收收入完成8120万元，占年预算16400万元的49.5%，短收380万元，较上年同期下降6.2%。",
            [
                ("8120万元", "万元", "amount", "", "税收收入"),
                ("16400万元", "万元", "amount", "", "税收收入年预算"),
                ("49.5%", "%", "completion", "", "税收收入"),
                ("380万元", "万元", "amount", "", "税收收入短收"),
                ("6.2%", "%", "change", "down", "税收收入"),
            ],
        ),
        (
            "非税收入完成9300万元，完成年初预算8800万元的105.7%，同比增长4.1%，增收366万元。",
            [
                ("9300万元", "万元", "amount", "", "非税收入"),
                ("8800万元", "万元", "amount", "", "非税收入年初预算"),
                ("105.7%", "%", "completion", "", "非税收入"),
                ("4.1%", "%", "change", "up", "非税收入"),
                ("366万元", "万元", "amount", "", "非税收入增收"),
            ],
        ),
        # … unless the budget is the measure (本级支出预算为…，调增…), as before.
        (
            "本级支出预算为52.3亿元，调增0.8亿元。",
            [
                ("52.3亿元", "亿元", "amount", "", "本级支出预算"),
                ("0.8亿元", "亿元", "amount", "", "本级支出预算调增"),
            ],
        ),
        # 同口径比 before a change is a basis, like 同口径 (was the name 同口径比).
        (
            "全区一般公共预算收入18.4亿元，同口径比增长7.7%。",
            [
                ("18.4亿元", "亿元", "amount", "", "一般公共预算收入"),
                ("7.7%", "%", "change", "up", "一般公共预算收入"),
            ],
        ),
        # A gap above an earlier period keeps the period it is against (was …增速高于).
        (
            "1-4月，全县工业投资增长21.3%，高于1-3月份4.2个百分点。",
            [
                ("21.3%", "%", "change", "up", "工业投资"),
                ("4.2个百分点", "个百分点", "pp", "up", "工业投资增速高于1-3月份"),
            ],
        ),
        # A spread named alone is among the things the sentence counted as a whole (was 增长面).
        (
            "全县31个工业行业大类中有19个行业增加值实现增长，增长面61.3%。",
            [
                ("31个", "个", "count", "", "工业行业大类"),
                ("19个", "个", "count", "", "行业增加值实现增长的工业行业大类"),
                ("61.3%", "%", "share", "", "工业行业大类增长面"),
            ],
        ),
        # A sum with a share of it glued after (…亿元占…的70.2%) counts nothing: the sum is
        # the clause's subject's (was named 占地方一般公共预算支出); land taken after a count
        # still reads as before.
        (
            "全县民生支出12.6亿元占一般公共预算支出的81.5%。",
            [
                ("12.6亿元", "亿元", "amount", "", "民生支出"),
                ("81.5%", "%", "share", "", "民生支出占一般公共预算支出"),
            ],
        ),
        # What is done against a plan, a budget or a target said before is of the measure
        # planned, not of the plan (was 实际完成, or the budget's name lent again).
        (
            "全县政府性基金收入预算8.2亿元，实际完成7.7亿元，为年预算的93.9%，同比增长4.4%。",
            [
                ("8.2亿元", "亿元", "amount", "", "政府性基金收入预算"),
                ("7.7亿元", "亿元", "amount", "", "政府性基金收入"),
                ("93.9%", "%", "completion", "", "政府性基金收入"),
                ("4.4%", "%", "change", "up", "政府性基金收入"),
            ],
        ),
        (
            "县人大批准2022年县本级税收收入目标5.1亿元。当年实际完成5.3亿元，为预算的103.9%。",
            [
                ("5.1亿元", "亿元", "amount", "", "县人大批准县本级税收收入目标"),
                ("5.3亿元", "亿元", "amount", "", "县本级税收收入"),
                ("103.9%", "%", "completion", "", "县本级税收收入"),
            ],
        ),
        # … while a plan said after its sum stays the plan's, and a count done within the year
        # borrows no name from an earlier sentence's figure.
        ("完成21.6亿元的年度投资计划。", [("21.6亿元", "亿元", "amount", "", "完成年度投资计划")]),
        # Age bands listed before a head written once are each its own (was 0-17岁).
        (
            "0-14岁、15-64岁、65岁及以上常住人口分别为8.1万人、30.2万人和6.6万人。",
            [
                ("8.1万人", "万人", "count", "", "0-14岁常住人口"),
                ("30.2万人", "万人", "count", "", "15-64岁常住人口"),
                ("6.6万人", "万人", "count", "", "65岁及以上常住人口"),
            ],
        ),
        # What the bodies a list counts first have is theirs (was 从业人员 alone).
        (
            "个体工商户户数、从业人员、注册资金为3.1万户、5.2万人和41.6亿元。",
            [
                ("3.1万户", "万户", "count", "", "个体工商户户数"),
                ("5.2万人", "万人", "count", "", "个体工商户从业人员"),
                ("41.6亿元", "亿元", "amount", "", "个体工商户注册资金"),
            ],
        ),
        # 增加值 is a measure's name, no cue of a change: a multiple of it is a level, a share
        # of it a share (was change, up).
        (
            "全县规模工业增加值是“十二五”末的2.4倍。",
            [("2.4倍", "倍", "level", "", "规模工业增加值")],
        ),
        (
            "制造业增加值占全市规上工业增加值的62.3%。",
            [("62.3%", "%", "share", "", "制造业增加值占全市规上工业增加值")],
        ),
        # A gap written 比…低 is below, whatever speed word stands before it (was up, from 增速),
        # a bracketed figure between not hiding it; a rate named as a speed is a growth.
        (
            "全县规上工业增加值增长3.1%，增速比全市平均增速（6.2%）低3.1个百分点。",
            [
                ("3.1%", "%", "change", "up", "规上工业增加值"),
                ("6.2%", "%", "change", "up", "全市平均增速"),
                ("3.1个百分点", "个百分点", "pp", "down", "规上工业增加值增速比全市平均增速低"),
            ],
        ),
        (
            "商品零售价格上涨2.7%，涨幅比去年同期低0.2个百分点。",
            [
                ("2.7%", "%", "change", "up", "商品零售价格"),
                ("0.2个百分点", "个百分点", "pp", "down", "商品零售价格涨幅比去年同期低"),
            ],
        ),
        ("人口自然增长率为8.18‰。", [("8.18‰", "‰", "level", "", "人口自然增长率")]),
        # 根 counts poles and stems (was read as 万, the 根 left in the name); 根据 is no unit.
        (
            "全年毛竹采伐560万根，增长2%。",
            [
                ("560万根", "万根", "count", "", "毛竹采伐"),
                ("2%", "%", "change", "up", "毛竹采伐"),
            ],
        ),
    ],
)
def test_round39(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_gap_to_an_earlier_periods_bracketed_rate_keeps_its_verb() -> None:
    """比1-7月（6.7%）回落1.5个百分点: the earlier period is the other side of the gap, which
    keeps its verb (was named as the growth itself, …工业投资)."""
    gaps = [
        row
        for row in rows(
            "1-8月，全市工业投资增长5.2%，比1-7月（6.7%）回落1.5个百分点，"
            "比上半年（4.0%）提高1.2个百分点。"
        )
        if row[2] == "pp"
    ]
    assert gaps == [
        ("1.5个百分点", "个百分点", "pp", "down", "工业投资增速比1-7月回落"),
        ("1.2个百分点", "个百分点", "pp", "up", "工业投资增速比上半年提高"),
    ]
