"""Round 30 (issue 15): classes found in the development corpus and in the fresh parts
judged this session (test35 on); each example invented.
"""

from __future__ import annotations

import pytest
from mention_names import indicators as names

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.unit, m.indicator) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("全年新开工亿元以上项目 7 个，总投资 35.6 亿元。", ("7 个", "个", "新开工亿元以上项目")),
        ("新开工项目 7 家，竣工项目 3 座。", ("7 家", "家", "新开工项目")),
        ("共有 2023 个。", ("2023 个", "个", "共有")),
    ],
)
def test_a_count_whose_digits_a_page_spaced_keeps_its_classifier(
    text: str, row: tuple[str, str, str]
) -> None:
    assert rows(text)[0] == row


@pytest.mark.parametrize("text", ["排名全省第 3 名。", "于 2023 年完成。", "第 3 个阶段。"])
def test_a_spaced_place_or_year_is_no_count(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("地区生产总值增长5.2%，完成投资12亿元。", "完成投资"),
        ("社会消费品零售总额增长5%，完成投资12亿元。", "完成投资"),
        ("全市国内生产总值增长5%，实现利润12亿元。", "利润"),
        ("工业生产总值增长5%，实现利润12亿元。", "工业利润"),
        ("铁路投资完成80亿元，新投产里程800公里。", "铁路新投产里程"),
    ],
)
def test_a_whole_economys_measure_lends_no_owner_to_the_next_bare_measure(
    text: str, name: str
) -> None:
    assert names(text)[-1] == name


def test_what_a_whole_economys_measure_pulls_is_its_own() -> None:
    text = "社会消费品零售总额完成320亿元，增长5%，拉动经济增长1.2个百分点。"
    assert names(text)[-1] == "社会消费品零售总额拉动经济增长"


def test_the_colloquial_ping_after_wan_is_square_metres() -> None:
    from reportpress.metrics.values import base_value

    assert rows("新建住房面积达到120万平。") == [("120万平", "万平", "新建住房面积")]
    assert rows("新建住房面积达到120万平方，增长5%。")[0][:2] == ("120万平方", "万平方")
    assert base_value("120", "万平") == ("1200000", "平方米")
    assert rows("全年增长3万平稳运行。")[0][1] == "万"  # 平稳 is no unit
    assert rows("与上年持平。") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("全县辖3个乡4个村。", ["乡", "村"]),
        ("全县辖3个乡45个行政村。", ["乡", "行政村"]),
        ("9个乡7.6万名农民整建制转居。", ["农民整建制转居的乡", "农民整建制转居"]),
    ],
)
def test_a_count_of_places_before_another_count_of_places_is_a_list(
    text: str, found: list[str]
) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "本报告共分为五部分。",  # the report's outline: 部分 is a word, not 五部
        "规模以上工业企业是指年主营业务收入2000万元及以上的工业企业。",  # a class's bar
    ],
)
def test_no_figure_in_an_outline_or_a_class_defined_by_its_bar(text: str) -> None:
    assert rows(text) == []


def test_a_bar_before_de_and_its_class_counts_only_the_class() -> None:
    found = names("年主营业务收入2000万元以上的工业企业实现利润5亿元。")
    assert found == ["年主营业务收入2000万元以上的工业企业利润"]
    # a rate's bar before 的 is a share of the people, still a figure
    assert rows("确保95%以上的学生在永久性校舍中学习。")[0][0] == "95%以上"


def test_ji_yishang_is_the_same_qualifier_as_yishang() -> None:
    assert rows("全年完成投资3亿元及以上。")[0][0] == "3亿元及以上"


def test_a_list_of_age_bands_names_the_people() -> None:
    found = rows("0-14岁、15-64岁人口分别为12万人、40万人。")
    assert [text for text, _, _ in found] == ["12万人", "40万人"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("税收增速由2019年的3%转为2020年的12%。", "税收增速"),
        ("城镇化率由2019年的45%变为2020年的52%。", "城镇化率"),
        ("2022全县社保基金收入完成5亿元，增长4%。", "全县社保基金收入"),
        ("全县生产总值根据市统计局反馈数据预计完成80亿元。", "生产总值"),
        ("%全年全镇税收收入完成3亿元。", "全年全镇税收收入"),
        ("出栏肉牛3万头、羊15万只。", "出栏羊"),
        ("全县宽带用户12万户，其中农村3.1万户。", "农村宽带用户"),
        ("城乡居民养老保险参保12万人，其中农村8万人。", "农村居民养老保险参保"),
        ("市场主体总量达2037万户，其中企业929万户。", "市场主体中企业"),
        ("建成15个亩产值超万元的示范基地。", "亩产值超万元的示范基地"),
    ],
)
def test_stray_words_years_sources_and_lent_verbs(text: str, name: str) -> None:
    assert names(text)[-1] == name


@pytest.mark.parametrize(
    "text",
    [
        "三大产业比重分别提高-0.9、1.2、-0.3个百分点。",
        "一、二、三产业增加值分别增长3.2%、5.1%和6.3%。",
        "三次产业增加值依次为12亿元、40亿元、52亿元。",
    ],
)
def test_the_three_sectors_named_at_once_share_out_in_order(text: str) -> None:
    found = names(text)
    assert [name[:4] for name in found] == ["第一产业", "第二产业", "第三产业"]
    assert not any("依次" in name or "分别" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全市生猪出栏率95%、存栏3万头。", "生猪存栏"),
        ("全县外贸出口增长5%、进口增长3%。", "外贸进口"),
        ("扶贫工作扎实推进，投入资金3亿元。", "扶贫投入资金"),
        ("扶贫工作扎实推进，投入财政资金3亿元。", "扶贫投入财政资金"),
        ("全县共投入财政资金3亿元。", "投入财政资金"),
    ],
)
def test_a_list_item_or_a_sum_takes_the_owner_its_sentence_gives(text: str, name: str) -> None:
    assert names(text)[0 if "扶贫" in text or "共" in text else -1] == name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "1.地区生产总值：预计完成120亿元，增长5%；2.固定资产投资：完成80亿元，下降3%。",
            ["地区生产总值", "地区生产总值", "固定资产投资", "固定资产投资"],
        ),
        ("（1）地区生产总值：预计完成120亿元。", ["地区生产总值"]),
        ("一是地区生产总值：完成120亿元。", ["地区生产总值"]),
        # a glossary entry's term still owns the figures of its definition
        ("11.“先锋工程”：布局20个示范点。", ["“先锋工程”示范点"]),
    ],
)
def test_a_numbered_line_with_a_measure_before_its_colon_names_its_figures(
    text: str, found: list[str]
) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("经济总量跃上了500亿元台阶。", ["经济总量"]),
        (
            "新开工亿元以上项目32个，投资额增长12%。",
            ["新开工亿元以上项目", "新开工亿元以上项目投资额"],
        ),
        # the number of all the kinds, after some named, is no figure and no owner
        (
            "食品、衣着、居住等八类价格分别上涨3.1%、1.2%、2.0%。",
            ["食品价格", "衣着价格", "居住价格"],
        ),
        ("——纺织企业稳步回升。累计实现利润总额3.2亿元，增长5%。", ["纺织企业利润总额"] * 2),
        ("经济运行稳中向好。实现利润12亿元。", ["利润"]),
    ],
)
def test_milestones_kinds_and_headlines_of_bulletins(text: str, found: list[str]) -> None:
    assert names(text) == found


def test_some_of_a_list_then_a_count_in_words_of_other_things_still_counts() -> None:
    assert rows("实施东区、西区等三个片区改造。")[0][0] == "三个"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "纺织、化工、建材等行业产值分别增长5.2%、3.1%、2.0%。",
            ["纺织行业产值", "化工行业产值", "建材行业产值"],
        ),
        (
            "纺织、化工、建材三个行业产值分别增长5.2%、3.1%、2.0%。",
            ["纺织行业产值", "化工行业产值", "建材行业产值"],
        ),
        ("税收收入8亿元，在疫情冲击下增长2%。", ["税收收入", "税收收入"]),
        ("税收收入减收200万元，降幅3%。", ["税收收入减收", "税收收入降幅"]),
    ],
)
def test_kinds_of_a_class_circumstances_and_falls(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("入选全国十个典型案例之一。", []),
        ("成为全省100个示范县之一。", []),
        ("税收超5亿元的乡镇由3个增加到6个。", ["3个", "6个"]),  # the bar defines the class
    ],
)
def test_one_of_a_class_and_a_class_by_its_bar_are_no_figures(text: str, found: list[str]) -> None:
    assert [text for text, _, _ in rows(text)] == found


def test_people_counted_at_a_kind_of_school_after_qizhong_are_the_wholes() -> None:
    assert names("年末在校学生1.2万人，其中：技工学校850人。")[-1] == "技工学校在校学生"
    assert names("全市卫生技术人员8000人，其中医院5200人。")[-1] == "医院卫生技术人员"
    # firms counted in 户 stay a kind of the whole
    assert names("市场主体总量达2037万户，其中企业929万户。")[-1] == "市场主体中企业"


def test_firms_of_a_type_beside_another_take_its_measure() -> None:
    text = "分经济类型看，国有企业增加值增长3.2%，股份制企业增长6.8%，私营企业下降1.5%。"
    assert names(text) == ["国有企业增加值", "股份制企业增加值", "私营企业增加值"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("城镇新增就业1.2万人，是年度目标的120%。", ["城镇新增就业", "城镇新增就业"]),
        ("实现进出口总额8.5亿美元，其中出口6.2亿美元。", ["进出口总额", "出口总额"]),
        ("实现进出口总额8.5亿美元，出口6.2亿美元。", ["进出口总额", "出口"]),
    ],
)
def test_a_target_with_shi_and_a_part_named_inside_its_whole(text: str, found: list[str]) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("全市户籍人口出生率8.5‰、自然增长率1.2‰。", ["户籍人口出生率", "户籍人口自然增长率"]),
        (
            "全市户籍人口出生率8.5‰，死亡率7.3‰，自然增长率1.2‰。",
            ["户籍人口出生率", "户籍人口死亡率", "户籍人口自然增长率"],
        ),
    ],
)
def test_a_populations_rates_one_after_another_are_the_same_populations(
    text: str, found: list[str]
) -> None:
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # test39: parts after 其中, groups, a school's stages, notes and run-in headings
        ("全年货运量5.2亿吨，其中，航空0.3亿吨。", ["货运量", "航空货运量"]),
        ("全年旅客周转量12亿人公里，其中公路8亿人公里。", ["旅客周转量", "公路旅客周转量"]),
        (
            "卫生机构210个，比上年增加3个，其中医院12个。",
            ["卫生机构", "卫生机构比上年增加", "卫生机构中的医院"],  # (round 46: 中的, not 中医院)
        ),
        ("专任教师3200人，教师中，高级职称420人。", ["专任教师", "高级职称教师"]),
        (
            "年末户籍人口52万人。户籍人口中，男性27万人，女性25万人。",
            ["年末户籍人口", "男性户籍人口", "女性户籍人口"],
        ),
        ("参保人员中，在职职工3万人，退休人员1万人。", ["在职职工", "退休人员"]),
        (
            "职业高中招生800人，在校2400人，毕业700人。",
            ["职业高中招生", "职业高中在校生", "职业高中毕业生"],
        ),
        ("工业增加值（3）实现120亿元。", ["工业增加值"]),
        ("八、交通运输 全年货运量5.2亿吨。", ["货运量"]),
        # test40: a basis alone, a multiple of an earlier five years, stray 即, adverbs
        ("财政收入增长5%，剔除政策因素后同口径增长2%。", ["财政收入", "财政收入"]),
        ("五年累计工业投资是上个五年的4倍。", ["工业投资"]),
        ("即工业总产值首次突破80亿元。", ["工业总产值"]),
        ("即墨区生产总值增长5%。", ["即墨区生产总值"]),
        ("投资30亿元的甲园区、5亿美元的乙总部相继落地。", ["甲园区投资", "乙总部投资"]),
        ("新打机井30多眼。", ["新打机井"]),
    ],
)
def test_the_classes_of_test39_and_test40(text: str, found: list[str]) -> None:
    assert names(text) == found


def test_a_change_against_the_budget_is_of_the_measure_before() -> None:
    # (round 33: a change against a budget says so, not a change over the year)
    assert names("三公经费支出320万元，比预算减少15%。") == ["三公经费支出", "三公经费支出比预算"]
    assert names("三公经费支出比预算减少15%。") == ["三公经费支出"]
