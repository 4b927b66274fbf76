"""Round 23 (issue 15): the classes a fresh held-out part (test10, south and west, with
statistical bulletins) showed, each example invented.

Units of the bulletins (千公顷, 羽); 短收/超收 as changes of the revenue before; a bare
status verb takes the things counted before; groups listed after a beneficiary's 为
share the deed; a generic sum after a rate across a semicolon; parts of a budget's plan;
parts in brackets; the object of a clause opened by the report's own point.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.unit, m.indicator, m.kind) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "油菜播种面积12.5千公顷，同比下降3%。",
            ("12.5千公顷", "千公顷", "油菜播种面积", "amount"),
        ),
        ("家禽存栏500万羽，增长3%。", ("500万羽", "万羽", "家禽存栏", "count")),
    ],
)
def test_the_units_of_statistical_bulletins(text: str, expected: tuple) -> None:
    found = rows(text)
    assert found[0] == expected
    assert found[1][2] == expected[2]  # the change is of the same measure, not 同比


def test_a_shortfall_is_a_change_of_the_revenue_before() -> None:
    found = names("市级收入50亿元，短收3亿元，同口径增长6%。")
    assert found == ["市级收入", "市级收入短收", "市级收入"]
    assert names("市级收入50亿元，超收3亿元。")[-1] == "市级收入超收"


def test_a_bare_status_verb_counts_the_things_counted_before() -> None:
    assert names("两个园区入驻企业120家，建成投产60多家。")[-1] == "建成投产企业"
    assert names("新开工项目45个，竣工投产20个。")[-1] == "竣工投产项目"
    # nothing counted before: the verbs stay
    assert names("全年竣工投产20个。") == ["竣工投产"]


def test_groups_listed_after_a_beneficiarys_wei_share_the_deed() -> None:
    found = names("为1万户低保户、300户边缘户落实帮扶措施。")
    assert found == ["落实帮扶措施的低保户", "落实帮扶措施的边缘户"]
    found = names("为3000名农民工、500名高校毕业生提供免费培训。")
    assert found == ["提供免费培训的农民工", "提供免费培训的高校毕业生"]


def test_a_generic_sum_after_a_rate_takes_the_owner_of_the_sum_before() -> None:
    found = names("基金收入300亿元，为预算的95%；支出280亿元，为预算的90%。")
    assert found[2:] == ["基金支出", "基金支出"]
    assert names("政府性基金预算收入300亿元，增长5%；支出280亿元。")[-1] == "政府性基金预算支出"


def test_parts_of_a_budgets_plan_are_planned() -> None:
    found = names("批准年初预算收入50亿元。其中：本级收入30亿元，上级补助20亿元。")
    assert found == ["年初预算收入", "年初预算本级收入", "年初预算上级补助"]
    found = names("一般公共预算收入预算安排50亿元，其中：税收收入30亿元。")
    assert found[-1] == "税收收入预算"
    # the parts of what came in stay what came in
    assert names("一般公共预算收入50亿元，其中税收收入30亿元。")[-1] == "税收收入"


def test_parts_in_brackets_take_the_measure_of_their_whole() -> None:
    text = "谷物播种面积63.2千公顷，总产量41.9万吨（早稻21.5千公顷，总产量11.77万吨；中稻15.45千公顷）。"
    assert names(text)[2:] == ["早稻播种面积", "早稻总产量", "中稻播种面积"]
    assert names("粮食产量40万吨（稻谷30万吨）。")[-1] == "稻谷产量"
    # a source of money is no kind of the investment
    assert names("全年完成投资5亿元（其中中央资金2亿元）。")[-1] == "中央资金"


def test_a_clause_opened_by_the_reports_point_lends_its_object() -> None:
    assert names("一是全力保障防汛，累计安排资金2亿元。") == ["防汛安排资金"]


def test_a_milestone_passed_is_no_part_of_a_name() -> None:
    found = names("金融存贷款余额均突破千亿元，分别增长1.2倍和1.4倍。")
    assert found == ["金融存款余额", "金融贷款余额"]
    # the growth after the steps crossed is the measure's, the steps are counted
    found = names("全省地区生产总值达12.8万亿元，五年跨过3个万亿元级台阶、年均增长5%。")
    # (the steps, counted, are the sum's that passed them: round 37)
    assert found == ["地区生产总值", "地区生产总值跨过万亿元级台阶", "地区生产总值"]
    assert names("地区生产总值突破千亿元大关，增长6%。") == ["地区生产总值"]


def test_a_growth_named_by_its_verb_alone_is_the_topics() -> None:
    assert names("地区生产总值持续提升，增长6%。") == ["地区生产总值"]
    # a doer is no topic: the name stays as it was
    assert names("我们狠抓项目建设，增长6%。") == ["增长"]


def test_a_per_head_sum_without_whose_heads_is_the_groups_before() -> None:
    found = names("农村居民人均可支配收入15620元，增长8%；人均生活消费支出12100元，增长6%。")
    assert found[2:] == ["农村居民人均生活消费支出", "农村居民人均生活消费支出"]
    # a per-head measure that is no household money stays the standard name
    assert names("居民人均可支配收入3万元，人均预期寿命提高到78岁。")[-1] == "人均预期寿命"


def test_owning_verbs_open_no_name() -> None:
    assert names("年末全县拥有各类学校215所。") == ["各类学校"]
    assert names("每万人口拥有执业医师2.8人。") == ["每万人口拥有执业医师"]


def test_a_target_compared_with_is_the_target_of_the_figure_before() -> None:
    found = rows("城镇登记失业率为3.2%，低于4.5%的控制目标。")
    assert found[-1][2:] == ("城镇登记失业率控制目标", "level")  # no decline of 4.5%
    found = [
        (m.indicator, m.kind, m.direction)
        for m in find_mentions("地区生产总值增长6.5%，高于6%的预期目标。")
    ]
    assert found[-1] == ("地区生产总值增长预期目标", "change", "up")


def test_a_second_respective_list_is_of_the_first_lists_owners() -> None:
    text = "三次产业对经济增长的贡献率分别为19.4%、36.0%和44.6%，分别拉动经济增长1.7、3.2、4.0个百分点。"
    assert names(text)[3:] == [
        "第一产业拉动经济增长",
        "第二产业拉动经济增长",
        "第三产业拉动经济增长",
    ]


def test_a_completion_after_a_sum_is_no_object_of_it() -> None:
    found = names("政府性基金预算收入450亿元，增长5%；支出620亿元，完成预算的89%。")
    assert found[2:] == ["政府性基金预算支出", "政府性基金预算支出"]
    assert names("投资1亿元，启动实施水厂改扩建工程。") == ["水厂改扩建工程投资"]


def test_an_increment_and_a_pull_are_of_the_measure_named_before() -> None:
    text = "第三产业增加值达74.69亿元，增长7.1%，净增额达4.90亿元，拉动GDP增长4.0个百分点。"
    assert names(text)[2:] == ["第三产业净增额", "第三产业拉动GDP增长"]
