"""Figures in tables pasted as text (issue 15): each cell's figure is of its row's thing
and its column's measure; a bare number, its unit only in the header, is no mention (the
spec); examples invented."""

from __future__ import annotations

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(m.text, m.unit, m.kind, m.direction, m.indicator) for m in find_mentions(text)]


PRICES = (
    "品名 | 规格 | 零售价（元/斤） | 与上月比 | 与上年同期比 |---|---|---|---|---|"
    "面粉 | 标准粉 | 2.4 | 0% | -4% |"
    "鸡蛋 | 散装 | 5.2 | 6% | 12% |"
    "白菜 | 大棵 | 1.1 | -8% | 0% |"
)


def test_a_price_table_names_each_cell_by_its_row_and_column() -> None:
    got = rows(PRICES)
    assert ("0%", "%", "change", "", "面粉价格环比") in got
    assert ("-4%", "%", "change", "down", "面粉价格同比") in got
    assert ("6%", "%", "change", "up", "鸡蛋价格环比") in got
    assert ("-8%", "%", "change", "down", "白菜价格环比") in got
    assert len(got) == 6  # (the prices themselves, their unit in the header alone: none)


def test_a_thing_spanning_two_rows_names_both_by_their_grade() -> None:
    text = (
        "品名 | 规格 | 价格（元/斤） | 与上月比 |---|---|---|---|"
        "大米 | 粳米 | 2.9 | 1% |籼米 | 2.6 | -2% | |"
        "食盐 | 加碘 | 1.5 | 0% |"
    )
    got = {(m.text, m.indicator) for m in find_mentions(text)}
    assert ("1%", "大米粳米价格环比") in got
    assert ("-2%", "大米籼米价格环比") in got
    assert ("0%", "食盐价格环比") in got


def test_a_table_a_cell_a_line_reads_its_columns_from_the_rows() -> None:
    # (no rule under the header: the columns are those under which every row reads alike)
    text = (
        "表1 主要指标指标 |绝对值 |比上年增长 |"
        "地区生产总值 |88.12亿元 |5.6% |"
        "#第一产业 |20.40亿元 |-1.2% |"
        "社会消费品零售总额 |31.77亿元 |7.9% |"
    )
    got = rows(text)
    assert ("88.12亿元", "亿元", "amount", "", "地区生产总值") in got
    assert ("5.6%", "%", "change", "up", "地区生产总值") in got
    assert ("-1.2%", "%", "change", "down", "第一产业") in got
    assert ("31.77亿元", "亿元", "amount", "", "社会消费品零售总额") in got


def test_bare_numbers_in_cells_are_no_mentions() -> None:
    text = "指标 |单位 |绝对值 |比上年增长（%） |地区生产总值 |亿元 |88.12 |5.6 |工业 |亿元 |30.2 |4.1 |"
    assert rows(text) == []


def test_numbers_in_a_rows_name_are_no_figures_and_shares_are_shares() -> None:
    text = (
        "表2 年末人口指标 |年末数 |比重 |"
        "常住人口 |40.5万人 |100.0% |其中：0-14岁 |7.1万人 |17.5% |65岁及以上 |5.9万人 |14.6% |"
    )
    got = rows(text)
    assert not [row for row in got if "岁" in row[0]]  # age bands are labels
    assert ("5.9万人", "万人", "count", "", "65岁及以上年末数") in got
    assert ("14.6%", "%", "share", "", "65岁及以上比重") in got


def test_a_header_with_its_corner_left_blank_lines_up_with_its_rows() -> None:
    text = "绝对量 | 同比增长 | |全省用电量 | 1820亿千瓦时 | 6.1% |其中：工业用电量 | 1210亿千瓦时 | 5.2% |"
    got = rows(text)
    assert ("1820亿千瓦时", "亿千瓦时", "amount", "", "全省用电量") in got
    assert ("6.1%", "%", "change", "up", "全省用电量") in got
    assert ("5.2%", "%", "change", "up", "工业用电量") in got


def test_bars_that_are_no_table_leave_the_figures_as_the_text_gives_them() -> None:
    # (two cells, no header to read: the figures keep the units and kinds they are written with)
    got = rows("全年完成投资12亿元 | 增长8.5%。")
    assert [row[:4] for row in got] == [
        ("12亿元", "亿元", "amount", ""),
        ("8.5%", "%", "change", "up"),
    ]
    assert got[0][4] == "完成投资"


def test_group_rows_and_a_row_cut_short_leave_the_table_readable() -> None:
    # (按城乡分 | ||: a group's row with no figures; the last row cut off after its name)
    text = (
        "指标名称 | 绝对数 | 比重 |年末常住人口 | 512万人 | 100% |按城乡分 | ||"
        "城镇 | 301万人 | 58.79% |乡村 | 211万人 | 41.21% |按年龄分 | ||0-15岁（含不满16周岁）"
    )
    got = rows(text)
    assert ("301万人", "万人", "count", "", "城镇") in got
    assert ("41.21%", "%", "share", "", "乡村比重") in got
    assert not [row for row in got if "岁" in row[0]]


def test_a_header_cut_short_names_the_last_columns() -> None:
    # (the paragraph before took 指标名称 | 2023年 |: only the last column's header is here)
    text = (
        "比上年增长（±%） |粮食产量 |5.12万吨 |-0.4 |#小麦 |3.20万吨 |1.8 |蔬菜产量 |2.1万吨 |6.5 |"
    )
    got = rows(text)
    assert ("5.12万吨", "万吨", "amount", "", "粮食产量") in got
    assert ("3.20万吨", "万吨", "amount", "", "小麦") in got


RANKED = (
    "名次 |省区市 |旅游总收入（亿元）|同比增长 |接待游客总数（万人次）|同比增长 |"
    "1 |四川 |530.42 |10% |6785.8 |9.6% |"
    "2 |河南 |502 |8.1% |6632 |7.2% |"
    "3 |湖北 |481.99 |11.25% |6319.31 |10.4% |"
    "4 |陕西 |397.22 |/ |6241.52 |/ |"
    "5 |重庆 |187.62 |32.8% |3859.61 |10.6% |"
)


def test_a_column_of_row_numbers_numbers_rows_and_a_change_is_of_the_measure_on_its_left():
    got = rows(RANKED)
    assert ("10%", "%", "change", "up", "四川旅游总收入") in got
    assert ("9.6%", "%", "change", "up", "四川接待游客总数") in got
    assert ("32.8%", "%", "change", "up", "重庆旅游总收入") in got
    assert ("10.6%", "%", "change", "up", "重庆接待游客总数") in got
    assert len(got) == 8  # (the ranks and the sums, their units in the header: none)
