"""Metric finding, markup and rows take time in proportion to the text.

Each pathological input (figure-dense text with no 。, long runs of one
pattern, quoted names, numeral runs) is timed at two sizes in the same run;
doubling the size may at most roughly double the time.  No absolute seconds:
the machine is shared and slow.  Sizes differ by 4×, so that linear (4×) and
quadratic (16×) stay far apart whatever the noise.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree
from timing import growth

from reportpress.metrics import NS, annotate, find_mentions, rows
from reportpress.metrics.indicators.clauses import _owners_listed

#: Four times the input may cost at most this factor (linear is 4; quadratic is 16).
LIMIT = 7.0
GROWTH = 4

PATHOLOGICAL = {
    "table pasted without stops": "指标12 完成12.5亿元 增长2.2% 新增企业12家 ",
    "one sentence repeated": "全年新增企业5个，增长3.5%，完成投资7亿元。",
    "a verb then counts": None,  # 增加 + 5个 × n, built below
    "quoted names with counts": "“甲”5个，",
    "list of bare numbers": "1、",
    "a range chain": "3至5个、",
    "names listed before counts in words": "东湖、西湖两个片区，实现利润3亿元，",
    "projects listed up to 等 before counts": "实施了城东学校、滨河公园等9个项目、",
    "counts before their nouns, no stops": "新建3所学校",
    "exchange-rate notes between sums": "收入1美元兑6元人民币，支出3亿元，",
    "levels after 其中, no stops": "收入9亿元，其中省本级收入1亿元，",
    "kinds in one open bracket": "（甲乙2亿元，甲乙2亿元，",
    # round 38: cited notes, ranked places, inline approvals
    "cited notes in brackets": "占预计数（取自《通报》〔2018〕）的31%，（甲（",
    "places ranked under a label": "收入完成情况：按规模排序，东县5亿元，按增速排序，西县6%，",
    "an approval inline before budgets": "为县人民代表大会批准全县全年预算4亿元的80%，",
    # round 40: bracketed places listed, pulls listed, firms counted by sector, places alone
    "places with bracketed rates listed": "甲市（5.1%）、",
    "pulls listed after parts": "其中，甲增长3.1%、乙增长2.2%，分别拉动增长1.1、0.4个百分点；",
    "firms of sectors with their output": "甲行业3户实现产值2.1亿元，",
    "places alone after a place's figure": "甲市地区生产总值5亿元，乙市4亿元，",
    # round 41: bodies counted then their sums, spans of months, a group before its parts
    "bodies counted then their sums": "甲项目3个，协议资金2.1亿元，到位资金1.2亿元，占比4%；",
    "spans of months listed": "1~5月降水量139.4mm，较常年偏多26.0%；",
    "a group before its parts": "在甲中，乙就业4万人，比上年增加1万人；",
    "places counted then 分别 lists": "甲市、乙市两市出口分别为2亿元、1亿元，",
    # round 42: periods after a measure, ranked items, places after a month's first
    "periods listed after a measure": "甲乙生产总值一季度、上半年和前三季度分别增长1%、2%和3%，",
    "ranked items with points": "1.甲乙（2亿元）、2.丙丁（数据暂缺）、3.戊己（1亿元）、",
    "places after a month's first": "9月甲乙区工业增加值增长1%，丙丁区增长2%；",
    "a measure left out after a light verb": "甲乙完成产值2亿元，增长1%；丙丁完成1亿元，增长2%；",
    "a comparison's side in brackets": "甲乙增加值增长2%，高于全省平均增速（1%）1个百分点，",
    "a figure a year earlier": "甲乙用电量下降2%，去年同期为增长1%；",
    "a topic with a note": "甲乙收入（不含甲，未扣减乙）平稳增长，累计完成2亿元，",
    "owners in the topic before": "甲业及乙业迅猛发展，分别完成产值2亿元和1亿元，",
    "changes of a list's parts": "甲税和乙税因丙原因与上年同期相比分别下降2%和1%，减收2万元和1万元，",
    "a frame governing the next sentence": "分产品看，甲乙2万吨。丙丁1万辆，增长1%；",
    "a share in a note": "甲乙类商品（限上占比2%）同比增长1%，拉动限上零售额增长1个百分点；",
    "air-quality grades": "甲乙市总采样天数为2天，优为1天，良为1天，优良率1%；",
    "sectors of a count": "甲乙单位2个，其中，第二产业1个，第三产业1个；",
    "an earlier census": "甲乙人口为2人，比2010年第六次全国人口普查的1人增加了1人；",
    "places counted achieving": "全省2个县（市）实现生产总值2亿元，同比增长1%；",
    "a pull after a respective list": "甲、乙行业分别增长2%和1%，拉动全市增长1个百分点；",
    "a speed named after its value": "在5月份-2%的甲乙价格总水平同比降幅中，",
    # round 43: owners announced, places counted with their quality, a new subject after a sum
    "owners announced before lists": "三个行业分别是：甲业、乙业、丙业，增加值分别增长3%、2%和1%，",
    "places counted with their quality": "甲乙3个断面水质优良比例为1%，劣五类水体断面比例为0%；",
    "a whole place after a sum": "甲乙用水量0.9亿m3全市人均用水量5m3",
    "a topic before a colon": "甲乙利润逐月回升：1-5月利润下降3%，",
    "places ranked by a gap": "从甲乙增幅看，增幅高于全市平均水平（1%）的有甲县（2%）、乙区（3%），",
    "places counted above a mark": "甲乙超过千亿元的市有3个，分别为甲市（2亿元）、乙市（1亿元），",
    "parts said with 为 after 其中": "甲乙面积为3万平方米。其中，丙丁面积为2万平方米；戊为1万平方米；",
    "industries with a bare growth": "甲乙制造业增长2%，丙丁加工业下降1%，",
    "modes' frames": "甲乙方面，5月份完成货运量2万吨。",
    "siblings' measures": "甲乙行业用电量2亿千瓦时；丙丁行业3亿千瓦时；",
    # round 44: price categories listed, hospitals' services, the long comparison
    "price categories listed": "其中甲乙、丙丁类和戊己分别上涨了1、2和3个百分点，",
    "products named alone": "主要工业产品产量中，甲乙增长2%，丙丁下降1%，",
    "a table pasted as text": "甲乙 | 亿元 | 1.5 | 2.3 |",
    "a price table with a rule": "品名 | 价格（元/斤） | 与上月比 |---|---|---|甲 | 2.4 | 1% |",
    "a hospital's services": "甲医院诊疗人次2万人次，入院人数1万人，与上年相比增加1万人；病床使用率3%，",
    "projects' sums named bare": "甲乙项目总投资2亿元，年度投资计划1亿元。累计完成投资1亿元。",
    # round 45: single months told apart from spans (read report-wide, in markup)
    "single months and spans": "1-6月甲乙收入3亿元，6月份甲乙收入2亿元，",
    "a 分别 list with commas": "甲乙分别增长12%,13%,",
    "speeds of a list's parts": "甲、乙利润分别下降7%和6%，降幅比上半年收窄2.7和1.9个百分点，",
    "speeds of parts moved before": "甲、乙价格均上涨，涨幅分别为：7%、2%，",
    "goods listed before 等": "甲、乙、丙等蔬菜价格分别为3元、2元、1元，",
    "growths with a plus sign": "同比+19.8%、+8.4%，",
    "goods held per hundred households": "每百户拥有甲乙14辆，丙丁33台，",
    "goods announced per hundred households": "每百户拥有的耐用消费品：甲乙14辆，丙丁33台，",
    "notes read past from here on": "甲乙（比上年同期。下同）增加2元，（（下同）",
}


def _text(name: str, size: int) -> str:
    if name == "a verb then counts":
        return "增加" + "5个" * (size // 4)
    unit = PATHOLOGICAL[name]
    assert unit is not None
    text = unit * (size // len(unit) + 1)
    if name == "list of bare numbers":
        text += "5个百分点。"
    return text


def _ratio(make: Callable[[int], Callable[[], object]], small: int) -> tuple[float, float, float]:
    """The times of ``small`` and ``GROWTH`` × ``small`` characters and their ratio."""
    return growth(make(small), make(GROWTH * small), LIMIT)


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_find_mentions_is_linear(name: str) -> None:
    a, b, ratio = _ratio(lambda n: lambda: find_mentions(_text(name, n)), 8_000)
    print(f"\nfind_mentions {name}: 8k chars {a:.3f} s, 32k {b:.3f} s, ratio {ratio:.2f}")
    assert ratio < LIMIT, f"{name}: 4× the text took {ratio:.1f}× the time"


def _report(paragraph: str) -> etree._Element:
    root = etree.Element(f"{{{NS}}}report", nsmap={None: NS})
    etree.SubElement(root, f"{{{NS}}}meta")
    body = etree.SubElement(root, f"{{{NS}}}body")
    p = etree.SubElement(body, f"{{{NS}}}p")
    p.text = paragraph
    return root


@pytest.mark.parametrize(
    "name", ["one sentence repeated", "table pasted without stops", "single months and spans"]
)
def test_markup_and_rows_are_linear(name: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = _text(name, n)
        return lambda: rows(_annotated(text))

    def _annotated(text: str) -> etree._Element:
        root = _report(text)
        annotate(root)
        return root

    a, b, ratio = _ratio(make, 10_000)
    print(f"\nannotate+rows {name}: 10k chars {a:.3f} s, 40k {b:.3f} s, ratio {ratio:.2f}")
    assert ratio < LIMIT


@pytest.mark.parametrize(
    "text", ["新增" + "一" * 400 + "个企业。", "百分之" + "一" * 400, "一" * 5000 + "亿元"]
)
def test_huge_numerals_are_text_not_a_crash(text: str) -> None:
    assert find_mentions(text) == []


def test_numeral_runs_are_linear() -> None:
    a, b, ratio = _ratio(lambda n: lambda: find_mentions("新增" + "一" * n + "个企业。"), 25_000)
    print(f"\nnumeral run: {a:.3f} s, {b:.3f} s, ratio {ratio:.2f}")
    assert ratio < LIMIT


def test_owners_listed_before_fenbie_do_not_backtrack() -> None:
    # 和 may join owners or stand inside one: a pattern that tried each reading took
    # seconds on 40 of them; the list is now split once, however long the clause.
    def make(n: int) -> Callable[[], object]:
        segment = "和" * n + "分别为甲乙丙丁戊己庚辛壬癸子丑寅卯"
        return lambda: [_owners_listed(segment, 2) for _ in range(200)]

    a, b, ratio = _ratio(make, 25)
    print(f"\n_owners_listed: 25 和 {a:.4f} s, 100 和 {b:.4f} s, ratio {ratio:.2f}")
    assert ratio < LIMIT, f"4× the list took {ratio:.1f}× the time"
