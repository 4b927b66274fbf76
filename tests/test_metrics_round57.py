"""Round 57 of the metrics rules (issue 15): shapes of the genre no corpus text has, found by
writing paragraphs of each kind of report (work reports, communiqués, budget reports) and
reading the rows.  Invented examples."""

from __future__ import annotations

import pytest
from mention_names import indicators, named

from reportpress.metrics import find_mentions


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # A time said before the deed is no part of the project's name.
        ("总投资3亿元的滨河公园改造工程于6月开工。", "3亿元", "滨河公园改造工程总投资"),
        ("投资5000万元的城北污水处理厂将于年底建成投运。", "5000万元", "城北污水处理厂投资"),
        ("投资2.6亿元的地铁2号线延伸工程在今年内完工。", "2.6亿元", "地铁2号线延伸工程投资"),
        # (a name that opens with 于 is still read whole)
        ("投资1.2亿元的于都县城南水厂建成投用。", "1.2亿元", "于都县城南水厂投资"),
        # A rank's move said alone is named by the rank the sentence said before it.
        ("全县GDP排名全省第12位，较上年前移2位。", "2位", "GDP排名前移"),
        (
            "县域经济综合实力连续三年进入全省前十，位列第7位，较上年前移2位。",
            "2位",
            "县域经济综合实力排名前移",
        ),
        (
            "在全省高质量发展综合绩效评价中排名第5位，比上年提升3位。",
            "3位",
            "高质量发展综合绩效评价排名提升",
        ),
        ("我市营商环境评价位居全省第3名，较上年上升2名。", "2名", "营商环境评价排名上升"),
        # a speed's rank is of the measure the sentence gave (not the measure a bare move is lent)
        (
            "全县实现地区生产总值312亿元，增长6.1%，增速居全市第2位，较上年前移3位。",
            "3位",
            "地区生产总值增速排名前移",
        ),
    ],
)
def test_named_by_what_the_sentence_says(text: str, figure: str, expected: str) -> None:
    assert named(text)[figure] == expected


def test_a_part_after_qizhong_does_not_own_what_the_whole_yields() -> None:
    found = named("全年引进亿元以上项目68个，其中10亿元以上项目12个，到位资金215亿元。")
    # the part's own threshold replaces the whole's, the verb kept
    assert found["12个"] == "引进10亿元以上项目"
    # the funds are all the projects', not the part's
    assert found["215亿元"] == "引进亿元以上项目到位资金"
    # a part of the sentence before keeps its reading (亿元以上在建项目)
    found = named("全市在建项目178个。其中，亿元以上项目140个。")
    assert found["140个"] == "亿元以上在建项目"


def test_staff_after_a_part_and_a_semicolon_are_not_the_parts() -> None:
    found = named(
        "年末全市拥有卫生机构3421个，其中医院186个；卫生技术人员5.8万人，"
        "其中执业（助理）医师2.3万人、注册护士2.5万人。"
    )
    assert "医院" not in found["5.8万人"]
    assert found["5.8万人"].endswith("卫生技术人员")


def test_a_predicate_ending_where_its_noun_begins_takes_de() -> None:
    found = named("帮助3120名就业困难人员实现再就业，零就业家庭动态清零。")
    assert found["3120名"] == "实现再就业的就业困难人员"
    # a short predicate still joins its noun directly
    assert named("推动35家企业完成技术改造。")["35家"] == "完成技术改造企业"


def test_a_move_of_a_measure_is_no_rank() -> None:
    # a change in points after a growth stays the growth's, not a rank's
    found = named("全县实现地区生产总值312亿元，增长6.1%，较上年回落0.3个百分点。")
    assert found["0.3个百分点"] == "地区生产总值增速"


def test_a_debt_limit_after_the_parts_is_the_wholes() -> None:
    found = named(
        "2024年末，全区政府债务余额86.5亿元，其中一般债务32.1亿元、专项债务54.4亿元，"
        "控制在省核定的限额92.3亿元以内。"
    )
    assert found["92.3亿元以内"] == "政府债务限额"
    assert found["54.4亿元"] == "专项债务余额"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-character modifier before the shared head is every part's
        ("小学、初中、高中毛入学率分别达到100%、102.3%和95.6%。", ["小学毛入学率", "初中毛入学率"]),
        ("小麦、玉米总产量分别为12万吨、30万吨。", ["小麦总产量", "玉米总产量"]),
        # (not a character of the last part's own name)
        ("原煤、原油、天然气产量分别为7000万吨、1280万吨和32亿立方米。", ["原煤产量", "原油产量"]),
        # a short modifier ending like the last part's ends where that one does
        ("新建、改扩建幼儿园分别为12所和8所。", ["新建幼儿园", "改扩建幼儿园"]),
        (
            "全区共有省级、市级重点龙头企业分别为15家、42家。",
            ["省级重点龙头企业", "市级重点龙头企业"],
        ),
        # kinds of people: the head shared, the verb before the list no part of the first
        ("全年接待国内、入境游客分别为3500万人次、12万人次。", ["国内游客", "入境游客"]),
    ],
)
def test_a_list_shares_what_its_last_part_says_after_its_own_modifier(
    text: str, expected: list[str]
) -> None:
    assert indicators(text)[: len(expected)] == expected


def test_a_measure_listed_after_kinds_of_people_is_each_kinds() -> None:
    text = "全年接待国内、入境游客分别为3500万人次、12万人次，旅游收入分别增长15%、32%。"
    assert indicators(text)[2:] == ["国内旅游收入", "入境旅游收入"]


def test_a_school_level_after_qizhong_is_that_levels_pupils() -> None:
    found = named("全县义务教育阶段在校生8.6万人，其中小学5.5万人、初中3.1万人。")
    assert (found["5.5万人"], found["3.1万人"]) == ("小学在校生", "初中在校生")


def test_a_deed_of_working_off_borrows_no_founding_verb() -> None:
    found = named("新建中小学5所，新增学位6800个，化解大班额120个。")
    assert found["120个"] == "化解大班额"
    # things alone after a founding verb still share it
    assert named("新建学校3所，幼儿园5所。")["5所"] == "新建幼儿园"


def test_shares_a_body_contributed_are_named_by_the_giver() -> None:
    # the private economy's "56789": each share is of what it gave, the giver named once
    text = (
        "民营经济贡献了全市50%以上的税收、60%以上的地区生产总值、70%以上的技术创新成果、"
        "80%以上的城镇劳动就业。"
    )
    assert indicators(text) == [
        "民营经济贡献的税收占比",
        "民营经济贡献的地区生产总值占比",
        "民营经济贡献的技术创新成果占比",
        "民营经济贡献的城镇劳动就业占比",
    ]
    # the giver named by the figure before
    text = "民营经济增加值占GDP比重达到62.3%，贡献了70%以上的税收、80%以上的城镇就业。"
    assert indicators(text)[1:] == ["民营经济贡献的税收占比", "民营经济贡献的城镇就业占比"]
    # a share of a whole's increase keeps its reading
    assert named("全市进出口总额9.5万亿元，贡献了全国24.1%的增量。")["24.1%"] == (
        "进出口总额占全国增量比重"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crop after 其中 takes its whole's measure, a total's as the crop's own
        ("全年粮食总产量52.3万吨，其中小麦18.6万吨，玉米30.1万吨。", ["小麦产量", "玉米产量"]),
        (
            "全年农作物播种面积120万亩，其中粮食作物播种面积86万亩，小麦45万亩。",
            ["粮食作物播种面积", "小麦播种面积"],
        ),
        # a part ending like the whole's deed takes only the measure's head
        (
            "全年完成营造林面积18.5万亩，其中人工造林6.2万亩、封山育林12.3万亩。",
            ["人工造林面积", "封山育林面积"],
        ),
    ],
)
def test_a_crop_or_a_kind_after_qizhong_takes_its_wholes_measure(
    text: str, expected: list[str]
) -> None:
    assert indicators(text)[1:] == expected


def test_a_rate_said_of_all_counts_before_it_names_each() -> None:
    text = (
        "全县参加基本养老保险人数达到42.6万人，参加基本医疗保险人数达到61.2万人，"
        "参保率均稳定在97%以上。"
    )
    assert indicators(text)[-1] == "基本养老保险、基本医疗保险参保率"
    # one count before: its rate, the deed once
    assert indicators("全市长护险参保人数86万人，参保率达到95%。")[-1] == "长护险参保率"


def test_a_stance_opening_the_sentence_owns_nothing() -> None:
    text = "坚持把项目建设作为稳增长的“压舱石”，全年共谋划储备项目326个、总投资1280亿元。"
    assert indicators(text) == ["谋划储备项目", "谋划储备项目总投资"]


def test_the_class_a_list_is_put_in_after_deng_names_no_part() -> None:
    text = "教育、医疗、社保等重点领域支出分别增长6.2%、9.5%、7.3%。"
    assert indicators(text) == ["教育支出", "医疗支出", "社保支出"]
    text = "教育、卫生健康、社会保障和就业等民生支出分别增长6.2%、9.5%、7.3%。"
    assert indicators(text) == ["教育支出", "卫生健康支出", "社会保障和就业支出"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("去年我国38个机场年旅客吞吐量超1000万人次。", "年旅客吞吐量超1000万人次的机场"),
        ("全市有3个景区年接待游客超100万人次。", "年接待游客超100万人次的景区"),
        ("全国已有12个省份地区生产总值超过5万亿元。", "地区生产总值超过5万亿元的省份"),
    ],
)
def test_a_count_of_things_past_a_bar_said_with_chao_counts_them(text: str, expected: str) -> None:
    assert indicators(text)[0] == expected
    # (things a deed was done for are counted by the deed, no bar: 为12个省份调运电煤超3亿吨)
    assert indicators("累计为12个省份调运电煤超3亿吨。")[0] == "调运电煤的省份"


def test_a_gap_said_alone_after_a_growth_is_that_growths_speeds() -> None:
    text = "脱贫人口人均纯收入达到1.56万元，同比增长12.3%，高于全县农村居民人均可支配收入增速4.2个百分点。"
    assert indicators(text)[-1] == "脱贫人口人均纯收入增速高于全县农村居民人均可支配收入增速"
    # (as one said after the growth's speed was already)
    text = "规模以上工业增加值增长9.2%，高于全省平均水平1.5个百分点。"
    assert indicators(text)[-1] == "规模以上工业增加值增速高于全省平均水平"


def test_nouns_opening_with_jian_are_no_verb_phrases() -> None:
    from reportpress.metrics.names import leading_verbs_stripped

    for noun in ("建议", "建筑面积", "建制村", "建档立卡贫困户", "建成区面积", "建材"):
        assert leading_verbs_stripped(noun) == noun
    # the verbs still go (建成区域性…: 建成 and 区域性…)
    assert leading_verbs_stripped("建成区域性中心敬老院") == "区域性中心敬老院"
    assert leading_verbs_stripped("新建学校") == "学校"
    text = "全年共办理人大代表议案5件、建议286件，办结率100%。"
    assert indicators(text)[-1] == "人大代表议案、建议办结率"  # was 人大代表议案、议办结率


def test_those_that_did_or_not_are_counted_of_the_things_before() -> None:
    text = "主要指标完成情况：23项主要指标中，完成或超额完成的有18项，未完成的有5项。"
    assert indicators(text) == ["主要指标", "完成或超额完成的主要指标", "未完成的主要指标"]
    text = "全市12个县区中，增速高于全市平均水平的有7个。"
    assert indicators(text)[-1] == "增速高于全市平均水平的县区"


def test_a_plan_and_what_came_out() -> None:
    # a gap against the plan is the speed's
    text = "计划目标：地区生产总值增长6%；实际完成：增长6.3%，超计划0.3个百分点。"
    assert indicators(text)[-1] == "地区生产总值增速超计划"
    # the actual after a plan is the measure's own, not a real growth beside a nominal one
    assert indicators("固定资产投资计划增长8%，实际下降2.1%。")[-1] == "固定资产投资"
    text = "社会消费品零售总额增长12.5%，扣除价格因素，实际增长10.3%。"
    assert indicators(text)[-1] == "社会消费品零售总额实际增速"


def test_a_long_whole_a_share_is_taken_of_is_still_read() -> None:
    text = (
        "全区限额以上单位实现网上零售额86.3亿元，同比增长18.2%，"
        "占限额以上单位消费品零售额的比重为23.6%。"
    )
    assert indicators(text)[-1] == "限额以上单位网上零售额占限额以上单位消费品零售额的比重"
    # (a comparison is no part of the whole: 占GDP比重较2020年提高…)
    text = "四大主导产业占GDP比重较2020年提高约14个百分点。"
    assert indicators(text)[-1] == "四大主导产业占GDP比重"


def test_a_change_in_brackets_after_a_level_is_the_levels() -> None:
    text = "城镇化率从2020年的52.1%提高到2025年的58.3%（年均提高1.2个百分点）。"
    assert indicators(text)[-1] == "城镇化率"  # was empty
    assert indicators("城镇化率提高到58.3%（比上年提高1.2个百分点）。")[-1] == "城镇化率"


def test_a_decline_written_with_its_sign_too_is_a_decline() -> None:
    found = find_mentions("全年出口额下降-3.5%，降幅收窄2.1个百分点。")
    assert (found[0].value, found[0].direction) == ("-3.5", "down")
    assert find_mentions("全年财政收入增长-2.1%。")[0].direction == "down"


def test_a_change_after_an_index_stated_bare_is_the_indexs() -> None:
    text = "居民消费价格指数（CPI）为101.2，比上年上涨1.2%。"
    assert indicators(text) == ["居民消费价格指数（CPI）"]  # (the bare index is no figure)
    assert indicators("商品零售价格指数为100.8，比上年上涨0.8%。") == ["商品零售价格指数"]


def test_a_pair_listed_after_town_and_country_said_before_is_each_sides() -> None:
    text = "全年发放城乡低保金3.6亿元，月人均保障水平分别达到820元和650元。"
    assert indicators(text)[1:] == ["城镇低保月人均保障水平", "农村低保月人均保障水平"]


def test_a_gap_over_the_plan_goes_up() -> None:
    found = find_mentions("地区生产总值增长6.3%，超计划0.3个百分点。")
    assert (found[-1].indicator, found[-1].direction) == ("地区生产总值增速超计划", "up")
    # (a gap to the schedule is the progress's, not a speed's: round 48)
    found = find_mentions("税收收入占年预算的52.3%，超序时进度2.3个百分点。")
    assert (found[-1].indicator, found[-1].direction) == ("税收收入超序时进度", "up")


def test_a_higher_bar_after_a_siblings_is_of_the_same_measure() -> None:
    text = "全县规上工业企业达到156家，其中产值超亿元企业42家，超10亿元企业5家。"
    assert indicators(text)[1:] == ["产值超亿元企业", "产值超10亿元企业"]


def test_a_bare_motion_after_a_bodys_is_that_bodys() -> None:
    text = "全年共办理人大代表议案5件、建议286件，办结率100%。"
    assert indicators(text)[:2] == ["办理人大代表议案", "办理人大代表建议"]
    # one with its own body keeps it, and a compound is no body (意见建议)
    assert indicators("办理人大代表建议136件、政协提案218件。")[1] == "办理政协提案"
    assert indicators("累计提出意见建议2979件、提案3397件。")[1] == "提案"
