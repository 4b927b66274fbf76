"""Indicator rules for the classes the held-out reports still show (issue 15, round 16):
a list's items named by the list head or a neighbour's measure, stray words and notes
at a name's edge, pinyin glosses flattened into traditional-character pages.

Each example is invented for its class, in the genre's words, not copied from the
held-out reports, the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions
from reportpress.metrics.script import unglossed


def test_the_three_sectors_of_a_list_are_each_named_by_its_own_sector() -> None:
    text = "全区生产总值实现351亿元，增长8%；三次产业增加值分别实现34亿元、175亿元和62亿元，分别增长2.8%、14%和9%。"
    found = names(text)[2:]
    assert [name for _, name in found] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"] * 2
    text = "一二三产业增加值分别实现12亿元、45亿元和31亿元。"
    assert [name for _, name in names(text)] == [
        "第一产业增加值",
        "第二产业增加值",
        "第三产业增加值",
    ]
    # two figures are no list of the three sectors: left as they were
    text = "三次产业增加值分别实现34亿元和175亿元。"
    assert "第一产业增加值" not in [name for _, name in names(text)]


def test_a_shared_measure_after_the_last_item_is_each_items() -> None:
    text = "国有企业贷款、个体工商户贷款、农业中长期贷款增量分别增长25%、17%和48%。"
    assert [name for _, name in names(text)] == [
        "国有企业贷款增量",
        "个体工商户贷款增量",
        "农业中长期贷款增量",
    ]


def test_a_space_inside_a_list_of_figures_splits_no_list() -> None:
    text = "城镇居民人均可支配收入和农村居民人均可支配收入分别达到31200元和16880元，分别增长7.3% 和8.2%。"
    assert names(text)[2:] == [
        ("7.3%", "城镇居民人均可支配收入"),
        ("8.2%", "农村居民人均可支配收入"),
    ]


def test_pinyin_glosses_are_read_past_and_kept_in_the_output() -> None:
    text = "商品房銷售面積達（dá）到120萬平方米，年均增長（zhǎng）4.8%；公共財（cái）政預（yù）算收入完成9.04億元。"
    found = find_mentions(text)
    assert [(m.text, m.indicator) for m in found] == [
        ("120萬平方米", "商品房销售面积"),
        ("4.8%", "商品房销售面积"),
        ("9.04億元", "公共财政预算收入"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    # a bracketed abbreviation or unit without a tone mark is no gloss
    assert unglossed("体重（kg）")[0] == "体重（kg）"
    read, origin = unglossed("增長（zhǎng）4.8%")
    assert read == "增長4.8%" and origin(2) == 9


def test_stray_words_at_a_names_edge() -> None:
    # X调整为N: the value after the change
    text = "（3）收入总计调整为56.2亿元，调增3.1亿元。区级上解调整为2.1亿元。"
    assert names(text)[0] == ("56.2亿元", "调整后收入总计")
    assert names(text)[-1] == ("2.1亿元", "调整后区级上解")
    # the 度 of a year cut off
    text = "2023年度国有资本经营预算收入完成3421万元，同比减少112万元。"
    assert names(text)[0] == ("3421万元", "国有资本经营预算收入")
    # an opening bracket left unclosed
    text = "收支相抵，累计结余4120万元（其中乡级结余512万元），全部结转下年。"
    assert names(text)[-1] == ("512万元", "乡级结余")
    # 是 of 分别是…
    text = "城区、郊区、开发区存款增量分别是上年的2.5倍、1.7倍和4.8倍。"
    assert all(not name.endswith("是") for _, name in names(text))


def test_a_list_of_multiples_shares_its_measure_not_its_base() -> None:
    text = "国有企业贷款、个体工商户贷款、农业中长期贷款增量分别是上年的2.5倍、1.7倍和4.8倍。"
    assert [name for _, name in names(text)] == [
        "国有企业贷款增量",
        "个体工商户贷款增量",
        "农业中长期贷款增量",
    ]
    # short parts that end like the last part's own modifier (…区) share only the head
    text = "城区、郊区、开发区存款增量分别是上年的2.5倍、1.7倍和4.8倍。"
    assert [name for _, name in names(text)] == ["城区存款增量", "郊区存款增量", "开发区存款增量"]


def test_a_classifier_after_wan_is_the_unit() -> None:
    assert names("完成流感疫苗接种3.2万剂次，核酸检测86万人次。")[0] == (
        "3.2万剂次",
        "流感疫苗接种",
    )


def test_the_join_before_a_lists_last_part_makes_one_part_per_figure() -> None:
    text = "规模以上工业增加值、社会消费品零售总额、地方财政收入和税收收入分别为2050亿元、1176亿元、306.8亿元和251亿元，增长48%、58%、66%和71%。"
    expected = ["规模以上工业增加值", "社会消费品零售总额", "地方财政收入", "税收收入"]
    assert [name for _, name in names(text)] == expected * 2
    text = "小麦、玉米和大豆种植面积分别达到3万亩、2万亩和1万亩。"
    assert [name for _, name in names(text)] == ["小麦种植面积", "玉米种植面积", "大豆种植面积"]
    # a 和 inside a name stays where the list already has one part per figure
    text = "金融业、租赁和商务服务业增加值分别增长5%和9%。"
    assert [name for _, name in names(text)] == ["金融业增加值", "租赁和商务服务业增加值"]


def test_a_taxs_share_before_its_amount_is_its_name_not_a_figure() -> None:
    found = names("        增值税50%部分8210万元，完成年度预算的101.2%，增长7.0%。")
    assert found[0] == ("8210万元", "增值税50%部分")
    assert all(name != "部分" for _, name in found)


def test_a_bare_yi_before_a_scale_is_money() -> None:
    found = find_mentions("全市规上工业企业达到98户，总产值突破500亿规模。")
    assert (found[-1].text, found[-1].kind) == ("500亿", "amount")


def test_a_list_named_in_the_clause_before_a_predicate_is_shared_out() -> None:
    text = "社会消费品零售总额、进出口总额、一般公共预算收入和税收收入迈上新台阶，分别为2050亿元、1176亿元、306.8亿元和251亿元，增长48%、58%、66%和71%。"
    expected = ["社会消费品零售总额", "进出口总额", "一般公共预算收入", "税收收入"]
    assert [name for _, name in names(text)] == expected * 2
    # a list of another length than the figures' is left as it was
    text = "社会消费品零售总额、进出口总额迈上新台阶，分别为2050亿元、1176亿元和306.8亿元。"
    assert [name for _, name in names(text)][0] != "社会消费品零售总额"


def test_notes_leave_the_bracket_they_sit_in_whole() -> None:
    text = "2022年县级（不含开发区，下同）一般公共预算收入决算数52310万元。"
    assert names(text)[0] == ("52310万元", "县级（不含开发区）一般公共预算收入决算数")
    text = "预计（下同）全县实现地区生产总值310亿元。"
    assert "下同" not in names(text)[0][1]


def test_the_bases_of_a_gap_are_no_list_of_measures() -> None:
    text = "全县生产总值达182亿元，增长6.3%，增速排名全州首位，分别比全国、自治州和全州高1.1、0.9和0.4个百分点。"
    assert "自治州" not in [name for _, name in names(text)]
