"""Round 32 (issue 15): classes the judges of test52 named (township, court, procuratorate
and congress reports), and shapes of the genre beside them; each example invented.
"""

from __future__ import annotations

import pytest
from lxml import etree
from mention_names import indicators as names

from reportpress.metrics import NS, annotate, find_mentions


@pytest.mark.parametrize(
    "text",
    [
        "城乡居民收入分别达到41200 元和 21300 元，分别增长 5.5%和 7%。",
        "城乡居民收入分别达到41200元　和　21300元，分别增长5.5% 和 7%。",
    ],
)
def test_spaces_around_a_lists_joiner_keep_the_list(text: str) -> None:
    assert names(text) == ["城镇居民收入", "农村居民收入", "城镇居民收入", "农村居民收入"]


def test_a_copula_left_by_a_year_is_no_part_of_the_name() -> None:
    assert names("2022年是全市法院新收各类案件8.1万件。") == ["全市法院新收各类案件"]
    # a list's 一是 is a list mark, as before
    assert names("一是粮食产量达到50万吨。") == ["粮食产量"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全市法院收案12.3万件，结案11.9万件。", "结案"),
        ("共发出检察建议3200件，整改率98%；共起诉2150件。", "起诉"),
    ],
)
def test_a_courts_verb_alone_names_its_own_cases(text: str, name: str) -> None:
    assert names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("受理民事案件2400件，审结2300件。", "审结民事案件"),
        # (round 33: the last figure, 6人, is the people in those cases)
        ("共受理审查逮捕未成年人犯罪案件6件7人，批准逮捕5件6人。", "批准逮捕未成年人犯罪案件人数"),
    ],
)
def test_a_courts_verb_after_a_case_count_takes_its_cases(text: str, name: str) -> None:
    assert names(text)[-1] == name


def test_a_counted_noun_ends_before_a_verb_of_keeping() -> None:
    assert names("常委会组成人员与260名省人大代表保持经常性联系。") == [
        "保持经常性联系的省人大代表"
    ]


def test_a_bodys_head_ends_a_counted_noun_before_he() -> None:
    assert names("8个专门委员会、3个工作委员会和办公厅参与调研。") == ["专门委员会", "工作委员会"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("通过5个有关法律问题的决定。", "有关法律问题的决定"),
        ("出台2个关于优化营商环境的意见。", "关于优化营商环境的意见"),
    ],
)
def test_a_topic_before_de_and_its_head_reads_as_written(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_congress_verb_names_the_laws_it_changed() -> None:
    assert names("制定地方性法规4部，修订地方性法规3部。") == ["制定地方性法规", "修订地方性法规"]


def test_what_bodies_just_counted_hold_is_theirs() -> None:
    assert names("全县国有金融企业5家，资产总额40亿元，负债总额31亿元，净资产9亿元。") == [
        "国有金融企业",
        "国有金融企业资产总额",
        "国有金融企业负债总额",
        "国有金融企业净资产",
    ]


def test_a_sentence_counting_bodies_lends_them_to_the_balance_sheet_after_it() -> None:
    text = "全省纳入统计的国有企业共3200户。资产总额5.1万亿元，同比增长7%。负债总额3.2万亿元。"
    assert names(text)[1:] == ["国有企业资产总额", "国有企业资产总额", "国有企业负债总额"]
    # bodies of any kind name no owner
    assert names("纳入统计的单位3100户，资产总额3900亿元。")[-1] == "资产总额"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县审计局重点审计了28个单位，并延伸调查单位60个。", "延伸调查单位"),
        ("故2022年可使用资金合计2.1亿元。", "可使用资金"),
        ("比上年一般转移支付收入22亿元减少4亿元，下降15%。", "一般转移支付收入"),
        # words that open with those characters stay whole
        ("并网装机容量120万千瓦。", "并网装机容量"),
        ("并入集中供热面积175万平方米。", "并入集中供热面积"),
        ("设备故障率下降到2%。", "设备故障率"),
    ],
)
def test_a_conjunction_or_a_comparison_opening_a_name_goes(text: str, name: str) -> None:
    assert names(text)[-1] == name


def test_a_growth_named_by_its_manner_alone_is_the_figure_befores() -> None:
    text = "全年税收24亿元，其中产业税收12.5亿元，逆势增长5%。"
    assert names(text)[-1] == "产业税收"


def test_a_bodys_new_verb_takes_the_place_of_its_verb_before() -> None:
    text = "全市法院受理各类案件25.4万件，办结23.1万件。"
    assert names(text) == ["法院受理各类案件", "法院办结各类案件"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("架设输电线路5条，长度3200米。", "架设输电线路长度"),
        ("新建学校3所，建筑面积2万平方米。", "学校建筑面积"),
    ],
)
def test_how_large_things_just_counted_are_is_theirs(text: str, name: str) -> None:
    assert names(text)[-1] == name
    assert names("全县公路总里程5000公里。") == ["公路总里程"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我院共受理各类案件9000件。", "受理各类案件"),
        ("本局受理投诉300件。", "受理投诉"),
        ("尚有各类未结案2400件。", "各类未结案"),
        ("仍有待办信访件120件。", "待办信访件"),
    ],
)
def test_the_reports_own_body_and_a_verb_of_remaining_are_no_part_of_a_name(
    text: str, name: str
) -> None:
    assert names(text)[0] == name


def test_examples_before_a_kind_of_cases_tell_the_cases_apart() -> None:
    text = "审结房屋买卖等纠纷案件480件。审结婚姻等家事纠纷案件600件。"
    assert names(text) == ["审结房屋买卖等纠纷案件", "审结婚姻等家事纠纷案件"]
    # examples of other things go, as before
    assert names("粮食、棉花等农产品价格上涨3%。") == ["农产品价格"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区管国企资产总额1700亿元，负债总额1100亿元；所有者权益600亿元。", "区管国企所有者权益"),
        ("区管国企营业收入112亿元，同比下降4%；实现归母净利润2.6亿元。", "区管国企归母净利润"),
        ("区属国有企业共有资产总额500亿元，实现营业收入80亿元。", "区属国有企业营业收入"),
        # the longest line names the owner (…净资产总额 is no 资产总额 of …净)
        ("市级单位净资产总额900亿元，同比增长8%。", "市级单位净资产总额"),
    ],
)
def test_a_line_of_accounts_takes_the_owner_of_the_line_before(text: str, name: str) -> None:
    assert names(text)[-1] == name


def test_earnings_after_a_sectors_value_added_are_the_sectors() -> None:
    assert names("完成工业增加值6556万元，增长36%，实现利税797万元。")[-1] == "工业利税"


@pytest.mark.parametrize(
    ("text", "names_"),
    [
        (
            "学前一年幼儿的毛入园率达到99%、学前二年达到92%、学前三年达到78%。",
            ["学前一年幼儿的毛入园率", "学前二年毛入园率", "学前三年毛入园率"],
        ),
        ("义务教育巩固率97%、高中阶段达到91%。", ["义务教育巩固率", "高中阶段巩固率"]),
        ("城镇化率60%、户籍人口城镇化率45%。", ["城镇化率", "户籍人口城镇化率"]),
    ],
)
def test_groups_listed_after_a_rate_have_that_rate(text: str, names_: list[str]) -> None:
    assert names(text) == names_


def test_the_scope_stays_and_its_verb_of_having_goes() -> None:
    assert names("全国共有公共图书馆3300个，比上年末增加88个。")[0] == "全国公共图书馆"
    assert names("年末全县拥有各类学校215所。") == ["各类学校"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("水质优良断面比例为82.8%。", "share"),
        ("空气优良天数比例达到91.3%。", "share"),
        ("投资完成比例为80%。", "completion"),
    ],
)
def test_a_proportion_is_a_share(text: str, kind: str) -> None:
    assert find_mentions(text)[0].kind == kind


def test_an_unnamed_growth_target_after_a_growth_is_that_growths() -> None:
    found = find_mentions("GDP比上年增长6.6%，实现了6.5%左右的预期发展目标。")[-1]
    assert (found.indicator, found.kind, found.direction) == ("GDP增长预期目标", "change", "up")


def test_places_listed_after_one_that_has_things_have_them_too() -> None:
    text = "按区域分，东部地区拥有法人单位1280万个，占58.8%；中部地区493万个，占22.6%；西部地区406万个。"
    assert names(text) == [
        "东部地区法人单位",
        "东部地区法人单位占比",
        "中部地区法人单位",
        "中部地区法人单位占比",
        "西部地区法人单位",
    ]


def test_a_breakdown_frame_that_names_its_measure_names_the_parts() -> None:
    text = "规模以上工业增加值增长8%。从主要产品产量看，水泥300万吨，增长4.1%。"
    assert names(text)[1:] == ["水泥产量", "水泥产量"]
    # a frame naming no measure lends the whole's, as before
    assert names("规模以上工业增加值增长6.5%。分门类看，采矿业增长4.1%。")[-1] == "采矿业增加值"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("钢材出口62.3万吨，货值55.1亿元。", "钢材货值"),
        ("服务业拉动全县GDP增长4.3个百分点，贡献度为66.8%。", "服务业贡献度"),
    ],
)
def test_a_value_or_a_contribution_after_its_things_is_theirs(text: str, name: str) -> None:
    assert names(text)[-1] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15名医生获市级表彰。", ["获市级表彰的医生"]),
        ("9个集体、24名个人获市级以上表彰。", ["获市级以上表彰的集体", "获市级以上表彰的个人"]),
        (
            "6个集体和19名干警荣获省级表彰奖励。",
            ["荣获省级表彰奖励的集体", "荣获省级表彰奖励的干警"],
        ),
        ("获奖作品12件。", ["获奖作品"]),
    ],
)
def test_bodies_and_people_counted_are_named_by_the_honour_they_received(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_things_listed_after_one_named_alone_borrow_no_doer() -> None:
    text = "粮食作物种植38万亩，其中水稻完成30万亩、玉米7万亩、豆类完成0.3万亩。"
    assert names(text)[1:] == ["粮食作物种植中水稻", "粮食作物种植中玉米", "粮食作物种植中豆类"]
    # a doer's measures listed still take the doer
    assert names("省属企业完成投资120亿元、研发投入15亿元。") == [
        "省属企业完成投资",
        "省属企业研发投入",
    ]


def test_within_the_year_inside_a_name_goes() -> None:
    assert names("预计，粮食作物年内可完成种植38万亩。") == ["粮食作物种植"]


def test_an_industry_breakdown_is_of_the_value_added_named_before_it() -> None:
    text = (
        "全县规模以上工业增加值增长6.5%，增速比一季度回落1.2个百分点，位列全市第三。"
        "工业用电量增长3%。从重点行业看，煤炭开采和洗选业增长7.2%，农副食品加工业下降3.5%。"
    )
    assert names(text)[-2:] == ["煤炭开采和洗选业增加值", "农副食品加工业增加值"]
    # a breakdown opening its paragraph reads the paragraph before (and its names)
    opening = "分经济类型看，国有企业增长6.1%，私营企业下降5.6%。"
    before = "全县规模以上工业增加值增长6.5%。"
    assert [m.indicator for m in find_mentions(opening, before)] == [
        "国有企业增加值",
        "私营企业增加值",
    ]
    assert [m.indicator for m in find_mentions(opening)] == ["国有企业", "私营企业"]


def test_annotate_gives_each_paragraph_the_one_before() -> None:
    root = etree.fromstring(
        f"""<report xmlns="{NS}" xml:lang="zh-CN" version="1"><meta><title>报告</title></meta>
        <body><section level="1"><heading>一、工业</heading>
        <p>全县规模以上工业增加值增长6.5%。</p>
        <p>从三大门类看，采矿业增长4.1%，制造业增长7%。</p>
        <p>从重点行业看，煤炭开采和洗选业增长7.2%。</p></section></body></report>""".encode()
    )
    annotate(root)
    got = [m.get("indicator") for m in root.iter(f"{{{NS}}}metric")]
    assert got[1:] == ["采矿业增加值", "制造业增加值", "煤炭开采和洗选业增加值"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全国共有艺术表演团体1.8万个，从业人员38.5万人。", "全国艺术表演团体从业人员"),
        ("全市共有医院120家，卫生技术人员3.2万人。", "医院卫生技术人员"),
    ],
)
def test_who_works_in_the_bodies_just_counted_is_theirs(text: str, name: str) -> None:
    assert names(text)[-1] == name


def test_a_verb_of_having_at_a_names_end_goes() -> None:
    assert names("文化系统的文化单位共有3.2万个。") == ["文化系统的文化单位"]


def test_a_bare_size_lends_no_owner() -> None:
    text = "第三幼儿园项目，占地面积8400平方米，建筑面积7000平方米，投入建设资金2100万元。"
    assert names(text)[-1] == "投入建设资金"


def test_what_bodies_counted_achieve_is_theirs_across_the_sentence() -> None:
    text = (
        "上半年20家开发区实现工业总产值600亿元，工业增加值160亿元，税收收入31亿元，"
        "出口24亿美元，同比分别增长12%、7%、16%。全县工业增加值增长5%。"
    )
    assert names(text) == [
        "开发区",
        "开发区工业总产值",
        "开发区工业增加值",
        "开发区税收收入",
        "开发区出口",
        "开发区工业增加值",  # three growths: of the last three figures
        "开发区税收收入",
        "开发区出口",
        "工业增加值",
    ]
    # a scope is no count of bodies: its figures stay as written
    assert names("全县实现地区生产总值100亿元，工业增加值30亿元。") == [
        "地区生产总值",
        "工业增加值",
    ]


def test_a_base_before_a_growth_is_last_years_and_the_growth_the_measures() -> None:
    text = "全县总支出完成22亿元，比上年同期19.7亿元增长13.4%。"
    assert names(text) == ["总支出", "上年同期总支出", "总支出"]


@pytest.mark.parametrize("text", ["规上工业增长面达60.0%。", "规上工业企业亏损面为12%。"])
def test_how_widely_a_growth_or_a_loss_spread_is_a_share(text: str) -> None:
    found = find_mentions(text)[0]
    assert (found.kind, found.direction) == ("share", "")


def test_steadiness_after_a_rate_is_no_part_of_its_name() -> None:
    assert names("水库使用率稳定保持在90%以上。") == ["水库使用率"]


def test_resettlement_housing_is_a_noun_not_a_verb_and_its_object() -> None:
    assert names("42个安置房项目中开工了30个。")[-1] == "开工安置房项目"
    assert names("新建安置房1200套，竣工800套。") == ["新建安置房", "竣工安置房"]
