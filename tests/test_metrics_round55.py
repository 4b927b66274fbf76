"""Round 55 of the metrics rules (issue 15): rules written from the rows the held-out judges
found wrong on test279 to test284.  Invented examples, in the genre's shapes."""

from __future__ import annotations

import pytest
from mention_names import named

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str]]:
    """Each mention's text, kind and indicator, in order."""
    return [(m.text, m.kind, m.indicator) for m in find_mentions(text)]


# ---- units ------------------------------------------------------------------------------


def test_horses_ponds_and_wells_are_counted():
    found = named("全乡存栏牛1200头，马315匹；新修小水塘4口，机井12口。")
    assert found["315匹"] == "马"
    assert found["4口"] == "新修小水塘"
    assert found["12口"] == "机井"


@pytest.mark.parametrize(
    "text",
    [
        "全县开放3口岸。",
        "统一5口径计算。",
        "今年招生3191.44万口自然增长率为5‰。",
        "下降1.0口22.3亿元。",
    ],
)
def test_a_word_opening_with_the_classifier_is_no_count(text):
    assert not [m for m in find_mentions(text) if m.unit == "口"]


def test_a_spaced_count_opening_a_clause_is_counted():
    """A page that spaces its figures (教师 23 人) spaces a count after a comma too."""
    found = named("中心校 1 所，教师 23 人，12 个教学班，在校学生 310 人。")
    assert found["12 个"] == "教学班"


# ---- names ------------------------------------------------------------------------------


def test_funds_broken_down_by_source_keep_their_own_names():
    text = (
        "分产业看，第一产业投资210.5亿元，增长8.3%；第二产业投资980.2亿元，增长6.1%。"
        "从到位资金情况看，固定资产投资实际到位资金1520.3亿元，增长9.5%。"
        "其中，国家预算资金增长12.1%，国内贷款增长2.6%，自筹资金增长10.4%。"
    )
    found = named(text)
    assert found["1520.3亿元"] == "固定资产投资实际到位资金"
    assert found["12.1%"] == "国家预算资金"
    assert found["10.4%"] == "自筹资金"
    assert found["980.2亿元"] == "第二产业投资"  # the breakdown before keeps its measure


def test_a_standard_per_head_said_after_from_is_named_per_head():
    text = "基本公共卫生服务补助标准由年人均79元提高到84元，医保补助标准从年人均580元提高到610元。"
    found = named(text)
    assert found["79元"] == "基本公共卫生服务年人均补助标准"
    assert found["84元"] == "基本公共卫生服务年人均补助标准"
    assert found["580元"] == "医保年人均补助标准"


def test_a_ratio_whose_subject_restates_the_measure_is_the_measures():
    text = "上半年，某省居民人均可支配收入中位数15120元，增长6.2%，中位数是平均数的86.5%。"
    assert ("86.5%", "share", "某省居民人均可支配收入中位数占平均数的比重") in rows(text)


def test_a_ratio_after_another_subject_is_not_renamed():
    text = "上半年，某省居民人均可支配收入中位数15120元，增长6.2%，城镇是农村的2.1倍。"
    assert "中位数" not in named(text).get("2.1倍", "")


def test_a_topics_frame_run_on_by_a_dash_is_no_part_of_the_name():
    text = (
        "在社会保险基金预算收支执行情况方面——全省社会保险基金预算收入435.1亿元，完成预算的52.5%。"
    )
    assert named(text)["435.1亿元"] == "全省社会保险基金预算收入"


def test_a_short_traditional_item_is_read_in_simplified_characters():
    assert named("- 學齡兒童淨入學率達到99.94%") == {"99.94%": "学龄儿童净入学率"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[国家统计局]2021年6月份社会消费品零售总额增长12.1%", "6月份社会消费品零售总额"),
        (
            "【新数据 新看点】上半年全省农村居民人均可支配收入6690元",
            "上半年全省农村居民人均可支配收入",
        ),
    ],
)
def test_a_bracketed_tag_before_a_name_is_no_part_of_it(text, name):
    assert [m.indicator for m in find_mentions(text)] == [name]


def test_a_figure_after_the_word_for_minus_is_negative():
    found = find_mentions("农村居民人均财产性净收入负64元，下降3.2%。")
    assert (found[0].text, found[0].value, found[0].indicator) == (
        "负64元",
        "-64",
        "农村居民人均财产性净收入",
    )
    assert all(m.value == "2" for m in find_mentions("测量误差正负2%。"))
    assert find_mentions("为企业减负16.5亿元。")[0].value == "16.5"


def test_a_sentences_end_written_as_a_point_bounds_the_name():
    found = named("全乡辖64个行政村.总人口2.2万人。某乡位于某县西北部.距县城60公里。")
    assert found["2.2万人"] == "总人口"
    assert found["60公里"] == "距县城"


def test_a_place_labelling_its_paragraph_owns_its_figures():
    text = "2、石门乡：暴雨冰雹灾害使5村1983人受灾，受灾面积2090亩，直接经济损失232.42万元。"
    found = named(text)
    assert found["2090亩"] == "石门乡受灾面积"
    assert found["232.42万元"] == "石门乡直接经济损失"
    # a name that says a place of its own takes no other
    assert "某镇" not in named("3、某镇：新建道路12公里，其中某村新建道路3公里。")["3公里"]


def test_places_in_a_ranking_said_with_ju_are_no_figures():
    found = named("水城居11位、兴义33位、凯里36位。全县共有医生51位，比上年增加3位。")
    assert set(found) == {"51位", "3位"}


def test_parts_in_brackets_after_a_lands_state_measure_that_state():
    text = "农作物受灾面积1927亩（其中：油橄榄203亩、花椒401亩），成灾508亩(其中农作物188亩、经济作物317亩)。"
    found = [(m.text, m.indicator) for m in find_mentions(text)]
    assert ("203亩", "油橄榄受灾面积") in found
    assert ("401亩", "花椒受灾面积") in found
    assert ("188亩", "农作物成灾面积") in found
    assert ("317亩", "经济作物成灾面积") in found


def test_harm_said_by_one_character_after_incidents_is_their_dead_and_hurt():
    found = named("上半年，全省农村共发生火灾521起，死24人，伤9人。")
    assert found == {"521起": "农村火灾", "24人": "农村火灾死亡人数", "9人": "农村火灾受伤人数"}
