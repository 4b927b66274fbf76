"""Round 24 (issue 15): the classes a fresh held-out part (test11, all regions) showed,
each example invented.

A look-alike percent sign; a ceiling before the things it defines; a growth at
comparable prices of a figure at current prices; scope words of townships and banners;
a heading glued to the line's name; a figure after a milestone clause with a subject of
its own.
"""

from __future__ import annotations

from mention_names import indicators as names

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(m.text, m.value, m.unit, m.indicator, m.kind) for m in find_mentions(text)]


def test_a_look_alike_percent_sign_is_a_percent() -> None:
    assert rows("税收收入增长12.5℅。") == [("12.5℅", "12.5", "%", "税收收入", "change")]


def test_a_ceiling_before_the_things_it_defines_is_no_figure() -> None:
    assert rows("对月销售额不超过10万元的小规模纳税人免征增值税。") == []
    assert rows("免征范围扩大到不超过10万元的缴纳义务人。") == []
    # a ceiling set as a target stays one
    assert [r[0] for r in rows("城镇登记失业率不超过5.5%。")] == ["不超过5.5%"]


def test_a_growth_at_comparable_prices_is_not_at_current_prices() -> None:
    found = names("全年现价建筑业产值20亿元，按可比价计算增长5%。")
    assert found == ["现价建筑业产值", "建筑业产值"]


def test_scope_words_of_townships_and_banners_open_no_name() -> None:
    assert names("全乡耕地面积12万亩。") == ["耕地面积"]
    assert names("全旗地区生产总值78亿元。") == ["地区生产总值"]


def test_a_heading_without_a_colon_is_no_part_of_the_lines_name() -> None:
    text = "3.镇级财政收支情况 镇级一般公共预算收入8亿元，增长5%。"
    assert names(text) == ["镇级一般公共预算收入", "镇级一般公共预算收入"]
    assert names("空气质量优良天数比例达到95%。") == ["空气质量优良天数比例"]


def test_a_figure_after_a_milestone_clause_is_of_its_subject() -> None:
    text = "全县生产总值实现13亿元，同比增长15%；财政总收入突破亿元大关，实现1.1亿元，增长57%。"
    assert names(text)[2:] == ["财政总收入", "财政总收入"]


def test_a_body_named_in_quotes_before_its_verb_owns_the_whole_list() -> None:
    text = "全县“三园”完成工业产值、利税分别为50亿元、3亿元。"
    assert names(text) == ["“三园”工业产值", "“三园”利税"]


def test_a_run_of_removal_verbs_selects_what_is_counted() -> None:
    assert names("取消、调整5项行政事业性收费。") == ["取消、调整行政事业性收费"]
    assert names("取消和停征12项收费。") == ["取消和停征收费"]
    # a list's later item shares the run
    assert names("取消行政许可事项42项、中介服务事项87项。")[-1] == "取消中介服务事项"


def test_a_rise_against_last_year_keeps_the_measures_name() -> None:
    found = names("空气质量优良天数比例为88.5%，同比上升2.1个百分点。")
    assert found == ["空气质量优良天数比例", "空气质量优良天数比例"]  # was 同


def test_a_gap_over_a_plan_or_another_place_is_of_the_growth_before() -> None:
    found = names("固定资产投资完成320亿元，增长8.5%，超过计划1.5个百分点。")
    assert found[-1] == "固定资产投资增速超过计划"
    # a level before has no speed to pass
    found = names("固定资产投资完成320亿元，超过计划1.5个百分点。")
    assert found[-1] == "超过计划"
