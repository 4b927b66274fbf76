"""Round 36 (issue 15, ninth session): classes left by the sixth session's note and the
classes the session's held-out judges named; each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.unit, m.kind, m.indicator) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pool a ranking is taken in is no figure of the report; the steps moved are.
        (
            "地区生产总值在全市七个县市区中排名第一，增速前移一位。",
            [("一位", "位", "count", "增速前移")],
        ),
        ("在全省17个设区市中位居第3位。", []),
        (
            "全市12个乡镇中有8个实现增长。",
            [("12个", "个", "count", "乡镇"), ("8个", "个", "count", "实现增长乡镇")],
        ),
        # Gaps against two places, each written after its place: each place's gap.
        (
            "全区地区生产总值增长7.2%，增速高于全国0.7、全省2.3个百分点。",
            [
                ("7.2%", "%", "change", "地区生产总值"),
                ("0.7", "个百分点", "pp", "地区生产总值增速高于全国"),
                ("2.3个百分点", "个百分点", "pp", "地区生产总值增速高于全省"),
            ],
        ),
        (
            "城镇居民人均可支配收入增长8%，分别高于全国1.2个、全省0.5个百分点。",
            [
                ("8%", "%", "change", "城镇居民人均可支配收入"),
                ("1.2个", "个百分点", "pp", "城镇居民人均可支配收入增速高于全国"),
                ("0.5个百分点", "个百分点", "pp", "城镇居民人均可支配收入增速高于全省"),
            ],
        ),
        (
            "全区地区生产总值增长7.2%，高于全国0.7个百分点、全省2.3个百分点。",
            [
                ("7.2%", "%", "change", "地区生产总值"),
                ("0.7个百分点", "个百分点", "pp", "地区生产总值增速高于全国"),
                ("2.3个百分点", "个百分点", "pp", "地区生产总值增速高于全省"),
            ],
        ),
        # The places written before the figures keep working as a respective list.
        (
            "全区地区生产总值增长7.2%，增速分别高于全国、全省0.7、2.3个百分点。",
            [
                ("7.2%", "%", "change", "地区生产总值"),
                ("0.7", "个百分点", "pp", "地区生产总值增速高于全国"),
                ("2.3个百分点", "个百分点", "pp", "地区生产总值增速高于全省"),
            ],
        ),
        # A verb alone after a verb alone borrows nothing from it (建成开工 had been written).
        (
            "全年开工1200套，建成800套。",
            [("1200套", "套", "count", "开工"), ("800套", "套", "count", "建成")],
        ),
        (
            "全年新开工1200套，竣工800套。",
            [("1200套", "套", "count", "新开工"), ("800套", "套", "count", "竣工")],
        ),
        (
            "建设筹集保障性住房4200套、竣工6865套。",
            [
                ("4200套", "套", "count", "建设筹集保障性住房"),
                ("6865套", "套", "count", "竣工保障性住房"),
            ],
        ),
        # A short deed headline lends its object to a figure named by a verb alone after it;
        # a doer's headline (我们…) and a named measure (完成投资) take nothing from it.
        (
            "持续推进棚户区改造。全年开工1200套。",
            [("1200套", "套", "count", "棚户区改造开工")],
        ),
        (
            "扎实推进农村公路建设。新改建320公里，完成投资2.1亿元。",
            [
                ("320公里", "公里", "amount", "农村公路建设新改建"),
                ("2.1亿元", "亿元", "amount", "完成投资"),
            ],
        ),
        ("我们全力推进项目建设。全年开工120个。", [("120个", "个", "count", "开工")]),
        # A quoted name after a count is what was counted, dashes and digits inside it too.
        (
            "积极推进城乡融合发展。启动建设87条“县城—中心镇—重点村”发展轴，承载能力加快提升。",
            [("87条", "条", "count", "启动建设“县城—中心镇—重点村”发展轴")],
        ),
        (
            "新建12个“15分钟便民生活圈”，惠及居民3万人。",
            [
                ("12个", "个", "count", "新建“15分钟便民生活圈”"),
                ("3万人", "万人", "count", "惠及居民"),
            ],
        ),
        # From test87: a territory's measure after firms' is no firms' measure.
        (
            "全区规模以上工业企业实现产值352.7亿元,同比下降21%,固定资产投资完成77.1亿元,同比下降57.2%。",
            [
                ("352.7亿元", "亿元", "amount", "规模以上工业企业产值"),
                ("21%", "%", "change", "规模以上工业企业产值"),
                ("77.1亿元", "亿元", "amount", "固定资产投资"),
                ("57.2%", "%", "change", "固定资产投资"),
            ],
        ),
        (
            "省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元。",
            [
                ("2.7万亿元", "万亿元", "amount", "省属企业资产总额"),
                ("1万亿元", "万亿元", "amount", "省属企业工业总产值"),
            ],
        ),
        # Firms counted before their measure's own figure: the count is of the firms.
        (
            "78户规模企业工业增加值完成2.85亿元，增长19.4%。",
            [
                ("78户", "户", "count", "规模企业"),
                ("2.85亿元", "亿元", "amount", "规模企业工业增加值"),
                ("19.4%", "%", "change", "规模企业工业增加值"),
            ],
        ),
        # A stretch target after a growth rate is a growth too.
        (
            "地区生产总值增长10%，力争11.5%。",
            [("10%", "%", "change", "地区生产总值"), ("11.5%", "%", "change", "地区生产总值")],
        ),
        (
            "城镇化率达到58%，力争60%。",
            [("58%", "%", "level", "城镇化率"), ("60%", "%", "level", "城镇化率")],
        ),
        # A decimal written with a space after its point, spaces before it too.
        (
            "固定资产投资 140 亿元,增长 0. 5%;完成一般公共预算收入 4. 97 亿元。",
            [
                ("140 亿元", "亿元", "amount", "固定资产投资"),
                ("0. 5%", "%", "change", "固定资产投资"),
                ("4. 97 亿元", "亿元", "amount", "一般公共预算收入"),
            ],
        ),
        ("1. 2020年工作回顾", []),
        # From test86: bases and qualifiers are no names; 为预期的 is a completion.
        (
            "区本级一般公共预算收入22.88亿元，自然口径下降20.7%，剔除新区基数划转因素后同口径增长7.4%。",
            [
                ("22.88亿元", "亿元", "amount", "区本级一般公共预算收入"),
                ("20.7%", "%", "change", "区本级一般公共预算收入"),
                ("7.4%", "%", "change", "区本级一般公共预算收入"),
            ],
        ),
        (
            "一般公共预算收入117.31亿元，为预期的106.3%，比上年实际（下同）增长17.0%。",
            [
                ("117.31亿元", "亿元", "amount", "一般公共预算收入"),
                ("106.3%", "%", "completion", "一般公共预算收入"),
                ("17.0%", "%", "change", "一般公共预算收入"),
            ],
        ),
        # A revenue adjusted 由A调整为B without 年初 is a budget adjusted.
        (
            "全旗一般公共预算收入由83.318亿元调整为143.5576亿元，调增60.24亿元。",
            [
                ("83.318亿元", "亿元", "amount", "全旗一般公共预算收入年初预算"),
                ("143.5576亿元", "亿元", "amount", "调整后全旗一般公共预算收入"),
                ("60.24亿元", "亿元", "amount", "全旗一般公共预算收入调增"),
            ],
        ),
        # A standard reset per head and month: both figures are the standard's.
        (
            "低保标准由每人每月600元调整为650元。",
            [("600元", "元", "amount", "低保标准"), ("650元", "元", "amount", "低保标准")],
        ),
        # Stray edge words of budget reports: 相应, a balance sheet's 减预计, 后的, 包含.
        (
            "按照收支平衡原则，相应安排全区支出51078万元。",
            [("51078万元", "万元", "amount", "安排全区支出")],
        ),
        (
            "减预计体制应上缴省市13381万元。",
            [("13381万元", "万元", "amount", "体制应上缴省市")],
        ),
        (
            "总财力为37106万元（含上年净结余165万元后的总财力为37271万元）。",
            [
                ("37106万元", "万元", "amount", "总财力"),
                ("165万元", "万元", "amount", "上年净结余"),
                ("37271万元", "万元", "amount", "总财力"),
            ],
        ),
        (
            "政府性基金支出133.11亿元（包含对应往来收入列支的9.66亿元）。",
            [
                ("133.11亿元", "亿元", "amount", "政府性基金支出"),
                ("9.66亿元", "亿元", "amount", "对应往来收入列支"),
            ],
        ),
        # A sum paid out (兑付) is named by what it pays, once.
        (
            "统筹3.1亿元，兑付引导企业转型升级、“房交会”等财政扶持政策资金。",
            [("3.1亿元", "亿元", "amount", "财政扶持政策资金")],
        ),
        # A congress's approval frames a budget; the approver is no part of the name.
        (
            "经旗第十八届人民代表大会第三次会议批准全旗一般公共预算收入83.318亿元，"
            "其中：旗本级一般公共预算收入51.9亿元，增长2%。",
            [
                ("83.318亿元", "亿元", "amount", "全旗一般公共预算收入预算"),
                ("51.9亿元", "亿元", "amount", "旗本级一般公共预算收入预算"),
                ("2%", "%", "change", "旗本级一般公共预算收入预算"),
            ],
        ),
        ("经省政府批准，我区发行新增债券10亿元。", [("10亿元", "亿元", "amount", "发行新增债券")]),
        (
            "经区人大常委会批准，区级一般公共预算支出调整为48.6亿元。",
            [("48.6亿元", "亿元", "amount", "调整后区级一般公共预算支出")],
        ),
        # A total after money moved in from another budget is the budget's own, and an
        # international organisation is no verb 组织.
        (
            "一般公共预算收入100000万元，加上上级补助收入171872万元、调入政府性基金预算收入24825万元、"
            "地方政府向国际组织借款转贷收入9万元后，可供安排的收入总量为346527万元。",
            [
                ("100000万元", "万元", "amount", "一般公共预算收入"),
                ("171872万元", "万元", "amount", "上级补助收入"),
                ("24825万元", "万元", "amount", "调入政府性基金预算收入"),
                ("9万元", "万元", "amount", "地方政府向国际组织借款转贷收入"),
                ("346527万元", "万元", "amount", "一般公共预算收入总量"),
            ],
        ),
        # A collector named short with its verb (税务完成, 财政完成) collected the revenue.
        (
            "旗本级公共财政预算收入完成19.8亿元，其中税务完成18.96亿元，同比增长36.3%，"
            "财政完成8428万元，同比减少69.3%。",
            [
                ("19.8亿元", "亿元", "amount", "旗本级公共财政预算收入"),
                ("18.96亿元", "亿元", "amount", "税务部门征收公共财政预算收入"),
                ("36.3%", "%", "change", "税务部门征收公共财政预算收入"),
                ("8428万元", "万元", "amount", "财政部门征收公共财政预算收入"),
                ("69.3%", "%", "change", "财政部门征收公共财政预算收入"),
            ],
        ),
        ("全县财政完成投资12亿元。", [("12亿元", "亿元", "amount", "财政完成投资")]),
        # From test85: tasks counted keep their head; those who came are of the meeting;
        # honours praised; a programme named by its number in words.
        ("梳理明确了21项重点改革任务。", [("21项", "项", "count", "重点改革任务")]),
        ("改造149处人防设施维修任务。", [("149处", "处", "count", "人防设施维修")]),
        (
            "本次大会应到代表155人，实到144人。",
            [
                ("155人", "人", "count", "本次大会应到代表"),
                ("144人", "人", "count", "本次大会实到代表"),
            ],
        ),
        (
            "数字经济等9项工作得到国务院通报表扬。",
            [("9项", "项", "count", "得到国务院通报表扬的工作")],
        ),
        ("深入贯彻落实“三个年”活动和十项重点任务。", []),
        ("完成十项重点任务。", [("十项", "项", "count", "重点任务")]),
        # From test89: a revenue set out (收入安排) and its change are the plan's; the parts
        # after 其中 of a plan named with 计划 are planned too.
        (
            "2015年全省地方一般公共预算收入安排5504.25亿元，比上年增长9.5%。",
            [
                ("5504.25亿元", "亿元", "amount", "地方一般公共预算收入安排"),
                ("9.5%", "%", "change", "地方一般公共预算收入安排"),
            ],
        ),
        (
            "2008年地方财政计划收入1716.5亿元，比上年增长15.0%。其中，市级财政收入982.7亿元，"
            "比上年增长16.0%。",
            [
                ("1716.5亿元", "亿元", "amount", "地方财政计划收入"),
                ("15.0%", "%", "change", "地方财政计划收入"),
                ("982.7亿元", "亿元", "amount", "市级财政计划收入"),
                ("16.0%", "%", "change", "市级财政计划收入"),
            ],
        ),
        # A spending carried out (累计执行) and a completion of a budget changed in the year.
        (
            "全省一般公共预算支出累计执行1864.2亿元，为年度变动预算的51.2%。",
            [
                ("1864.2亿元", "亿元", "amount", "一般公共预算支出"),
                ("51.2%", "%", "completion", "一般公共预算支出"),
            ],
        ),
        # Stray words: a cause (直接导致), a contrast (则), 了 after the verb.
        ("直接导致土地收入总额同比下降6.5%。", [("6.5%", "%", "change", "土地收入总额")]),
        ("政府土地收益则同比下降了26.97%。", [("26.97%", "%", "change", "政府土地收益")]),
        (
            "中央预算内投资原则上安排12亿元。",
            [("12亿元", "亿元", "amount", "中央预算内投资原则上")],
        ),
        # Corner-bracket quotes are quotes: a multiple of an earlier plan period.
        (
            "全市地方财政收入累计完成3244.4亿元，是『九五』时期的2.7倍，年均增长25.3%。",
            [
                ("3244.4亿元", "亿元", "amount", "地方财政收入"),
                ("2.7倍", "倍", "level", "地方财政收入"),
                ("25.3%", "%", "change", "地方财政收入"),
            ],
        ),
        # A time limit is no figure; counties that fell are those named by the fall.
        ("发现问题限期5天整改。", []),
        (
            "111个县正增长，8个县负增长。",
            [("111个", "个", "count", "正增长的县"), ("8个", "个", "count", "负增长的县")],
        ),
    ],
)
def test_round36(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
