"""Round 58 of the metrics rules (issue 15): shapes of the genre no corpus text has, found by
writing paragraphs of congress, procuratorate, audit, finance and statistics reports and
reading the rows.  Invented examples."""

from __future__ import annotations

import pytest
from mention_names import named

from reportpress.metrics import find_mentions


def _mention(text: str, figure: str):
    return next(m for m in find_mentions(text) if m.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # An excess over the target in points after a rate: the rate's decline or growth.
        (
            "单位地区生产总值能耗下降3.6%，超额完成年度目标1.1个百分点。",
            "1.1个百分点",
            "单位地区生产总值能耗降幅超额完成年度目标",
        ),
        (
            "一般公共预算收入增长6.2%，超额完成年度目标0.7个百分点。",
            "0.7个百分点",
            "一般公共预算收入增速超额完成年度目标",
        ),
        # (in the measure's own unit, as before)
        (
            "规上工业增加值完成31亿元，超额完成年度目标1.2亿元。",
            "1.2亿元",
            "规上工业增加值超额完成年度目标",
        ),
        # A verb of founding alone after a rate of time counts the same things per day.
        (
            "全年新登记各类经营主体5.26万户，日均新登记144户。",
            "144户",
            "日均新登记各类经营主体",
        ),
        ("全年新增市场主体3.2万户，平均每天新增88户。", "88户", "平均每天新增市场主体"),
        # A measure cut to a part of another: what it now is of that other.
        (
            "政务服务事项网上可办率达到98.5%，平均办理时限压缩至法定时限的35%。",
            "35%",
            "平均办理时限相当于法定时限",
        ),
        ("全市三公经费下降到上年的80%。", "80%", "三公经费相当于上年"),
        # A rate of handling named alone after another with its owner: the same owner's.
        (
            "12345热线全年受理诉求48.6万件，按时办结率99.2%，满意率93.6%。",
            "93.6%",
            "12345热线全年受理诉求满意率",
        ),
        ("代表建议办结率100%、满意率达98%。", "98%", "代表建议满意率"),
        # A real growth after the nominal one, prices deducted: the measure's real growth.
        (
            "全市居民人均可支配收入38652元，同比名义增长5.2%，扣除价格因素实际增长4.9%。",
            "4.9%",
            "居民人均可支配收入实际增速",
        ),
        (
            "社会消费品零售总额增长8.5%，扣除价格因素，实际增长7.2%。",
            "7.2%",
            "社会消费品零售总额实际增速",
        ),
        # A subject that broke through without a figure owns the count reached after it.
        (
            "规上工业企业从186家增加到312家，产值超百亿元企业实现零的突破，达到2家。",
            "2家",
            "产值超百亿元企业",
        ),
        # The stocks after new ones listed are the things', not the new ones'.
        (
            "新增“专精特新”中小企业58家、“小巨人”企业6家，累计分别达到236家和21家。",
            "236家",
            "“专精特新”中小企业",
        ),
        ("新增公园127座，累计达到1100座。", "1100座", "公园"),
        # A founding verb of its own is not lent another (新开工… , 新竣工…).
        (
            "力争新开工亿元以上项目50个以上，新竣工投产项目40个以上。",
            "40个以上",
            "新竣工投产项目",
        ),
        # A rate after a whole and its parts after 其中 is the whole's.
        (
            "全区政府债务余额128.6亿元，其中一般债务52.3亿元、专项债务76.3亿元，债务率为186.5%。",
            "186.5%",
            "政府债务率",
        ),
        # A school level after ； names its own schools' pupils.
        (
            "普通高等学校招生5.6万人，在校生18.3万人；中等职业教育招生2.3万人，在校生6.5万人。",
            "2.3万人",
            "中等职业教育招生",
        ),
        (
            "普通高等学校招生5.6万人，在校生18.3万人；中等职业教育招生2.3万人，在校生6.5万人。",
            "6.5万人",
            "中等职业教育在校生",
        ),
        # A part's industry and the whole's measure share the word 服务业 once.
        (
            "规模以上服务业企业实现营业收入1236.8亿元，增长8.6%；其中，信息传输、软件和信息技术"
            "服务业增长15.6%，租赁和商务服务业增长9.3%。",
            "9.3%",
            "租赁和商务服务业企业营业收入",
        ),
        # 已经 is read past whole (not 经竣工); a count whose deed is under way is named by it.
        ("全年实施重点项目86个，已经竣工56个，30个正在建设。", "56个", "竣工重点项目"),
        ("全年实施重点项目86个，已经竣工56个，30个正在建设。", "30个", "正在建设"),
        # (how fast it goes is no part of the deed)
        ("实施民生实事项目30件，其中28件已按期完成，2件正在加快推进。", "2件", "正在推进"),
        # A deviation from the normal in the measure's unit is the measure's deviation.
        ("年降水量1386.5毫米，比常年偏多152.3毫米。", "152.3毫米", "年降水量比常年偏多"),
        # Categories listed with a long one among them are whole names: the head alone shared.
        (
            "八大类商品和服务价格：衣着、居住、教育文化和娱乐、医疗保健价格分别上涨1.2%、0.5%、1.8%、0.9%。",
            "1.2%",
            "衣着价格",
        ),
        # (two short parts before a longer last one still share its modifier)
        ("城镇、农村居民人均可支配收入分别增长4.6%和6.8%。", "4.6%", "城镇居民人均可支配收入"),
        # A class of goods named alone after a frame of retail sales: its retail sales.
        (
            "在限额以上单位商品零售额中，汽车类零售额下降3.2%，石油及制品类增长2.3%。",
            "2.3%",
            "石油及制品类零售额",
        ),
        (
            "限额以上单位商品零售额中，粮油、食品类增长8.6%，饮料类增长5.2%。",
            "8.6%",
            "粮油、食品类零售额",
        ),
        # Places ranked before their move alone: each place's measure.
        (
            "各县（市、区）中，地区生产总值增速最快的是高新区，增长8.6%；其次是经开区，增长7.9%。",
            "7.9%",
            "经开区地区生产总值",
        ),
        ("三次产业中，增长最快的是第三产业，增长8.6%。", "8.6%", "第三产业增加值"),
        # A rate of handling after a count named by its deed alone: of the things counted before.
        (
            "受理各类案件2.86万件，审结2.72万件，结案率95.1%。",
            "95.1%",
            "各类案件结案率",
        ),
        ("审计发现的236个问题，已整改到位212个，整改率89.8%。", "89.8%", "整改率"),
        ("排查隐患326处，整改301处，整改率92.3%。", "92.3%", "隐患整改率"),
        # 户均 right after the people counted is theirs; the noun ends before it.
        ("带动12.6万名茶农户均增收3800元。", "3800元", "茶农户均增收"),
        ("带动12.6万名茶农户均增收3800元。", "12.6万名", "带动茶农"),
        # What a clause yields after two parts listed after 其中 is the whole's.
        (
            "全年签约项目218个，合同引资512.6亿元，其中50亿元以上项目3个、10亿元以上项目16个，"
            "到位资金186.3亿元。",
            "186.3亿元",
            "签约项目到位资金",
        ),
        # A founding verb is shared with the next item of a list after 、 too.
        ("新增数字化车间20个、智能工厂5家。", "5家", "新增智能工厂"),
        # (a later item as long as a first with quotes still shares it)
        (
            "新增国家级专精特新“小巨人”企业8家、省级专精特新中小企业56家。",
            "56家",
            "新增省级专精特新中小企业",
        ),
        # A rate its raters open (代表满意率) takes no owner from the things counted.
        ("共收到代表议案8件、建议286件，全部按时办结，代表满意率98.6%。", "98.6%", "代表满意率"),
        # Budget reports: taxes listed keep their own names; a sum changed after them is theirs.
        ("契税、土地增值税分别下降32.6%、28.3%，合计减收3.6亿元。", "32.6%", "契税"),
        (
            "契税、土地增值税分别下降32.6%、28.3%，合计减收3.6亿元。",
            "3.6亿元",
            "契税、土地增值税减收",
        ),
        # (a short name of the same kind stays whole; a short modifier still shares the rest)
        ("广州、深圳地铁客运量分别增长5%和6%。", "5%", "广州地铁客运量"),
        # A weak name made fuller keeps its change.
        ("一般公共预算收入增加0.12亿元，支出减少0.36亿元。", "0.36亿元", "一般公共预算支出减少"),
        # Plan reports: levels after 其中 of a long whole, gaps said with 相差 or 好于, counts
        # that reached the schedule, deeds of a group framed before them.
        (
            "县级以上农业产业化龙头企业862家，其中国家级18家、省级126家。",
            "126家",
            "省级农业产业化龙头企业",
        ),
        (
            "社会消费品零售总额完成586.3亿元，增长4.6%，与年度目标相差1.4个百分点。",
            "1.4个百分点",
            "社会消费品零售总额增速与年度目标相差",
        ),
        (
            "细颗粒物平均浓度为32微克/立方米，好于年度目标3微克/立方米。",
            "3微克/立方米",
            "细颗粒物平均浓度好于年度目标",
        ),
        (
            "16项主要指标中，12项达到或超过序时进度，4项未达到序时进度。",
            "12项",
            "达到或超过序时进度的主要指标",
        ),
        ("全市重大项目中，已开工86个，开工率86%。", "86个", "开工重大项目"),
        ("全年平均气温18.2℃，较常年偏高0.6℃。", "0.6℃", "平均气温较常年偏高"),
        # (a rate said so stays the measure's own, as with 比)
        ("全年降水量1562.3毫米，较常年偏多8.6%。", "8.6%", "降水量"),
        # Census, health and education bulletins.
        ("小学、初中专任教师学历合格率分别为99.98%、99.86%。", "99.98%", "小学专任教师学历合格率"),
        ("城区、郊区、开发区存款增量分别为1亿元、2亿元、3亿元。", "1亿元", "城区存款增量"),
        (
            "卫生技术人员4.62万人；卫生技术人员中，执业（助理）医师1.86万人，注册护士2.16万人。",
            "2.16万人",
            "注册护士",
        ),
        ("出院者平均住院日为8.6日，比上年减少0.3日。", "8.6日", "出院者平均住院日"),
        (
            "全年共报告甲乙类法定传染病18种8623例，死亡12人。",
            "12人",
            "甲乙类法定传染病死亡",
        ),
        # The change of things counted past a bar is theirs, as the count was renamed.
        (
            "全年共有16个县（市、区）财政收入超过10亿元，比上年增加5个。",
            "5个",
            "财政收入超过10亿元的县（市、区）比上年增加",
        ),
        ("有12个乡镇同比增速超过5%，比上年增加3个。", "3个", "同比增速超过5%的乡镇比上年增加"),
        # A later part that is a deed of its own takes the whole's head alone, as the first.
        (
            "全年完成营造林面积8.6万亩，其中人工造林2.3万亩，封山育林3.6万亩，退化林修复2.7万亩。",
            "3.6万亩",
            "封山育林面积",
        ),
        ("农作物播种面积100万亩，其中小麦45万亩，玉米30万亩。", "30万亩", "玉米播种面积"),
        # 翻了一番 is a predicate before the figure's own, no part of the name.
        ("高新技术企业数量翻了一番、达到1.8万家。", "1.8万家", "高新技术企业数量"),
        # A founding verb reaches the next item after 、 whatever its things (床位 in 张).
        ("新增托位2.6万个、养老床位3.2万张。", "3.2万张", "新增养老床位"),
        # Contributions said of each figure of a list of shares: of the parts, not their shares.
        (
            "第一、二、三产业增加值分别占地区生产总值的7.2%、39.8%和53.0%，对经济增长的贡献率分别为"
            "4.3%、41.2%和54.5%。",
            "41.2%",
            "第二产业增加值对经济增长的贡献率",
        ),
        # 选派 ends the noun of the things counted before it (who sent them).
        (
            "实施援藏项目286个；17个援藏省市和中央企业选派援藏干部人才1236名。",
            "17个",
            "援藏省市和中央企业",
        ),
        # Industries listed then counted again (三大特色产业) name each their own.
        (
            "蔬菜、小浆果、食用菌三大特色产业产值分别达到12.6亿元、3.2亿元和5.8亿元。",
            "5.8亿元",
            "食用菌产业产值",
        ),
        (
            "蔬菜、小浆果、食用菌等三大特色产业产值分别达到12.6亿元、3.2亿元和5.8亿元。",
            "3.2亿元",
            "小浆果产业产值",
        ),
        # Funds named by their noun alone are named by who set them aside, and so are they
        # when said again (上述…).
        (
            "中央财政新增安排2万亿元资金，上述2万亿元全部转给地方。",
            "2万亿元",
            "中央财政新增安排资金",
        ),
        # A bare head listed right after a named one shares its words (of the r58 audit).
        ("新创建全国法治政府建设示范地区4个、项目6个。", "6个", "新创建全国法治政府建设示范项目"),
        # (deeds are no heads: 新开工…、竣工…)
        ("年投资亿元以上项目新开工43个以上、竣工38个以上。", "38个以上", "年投资亿元以上项目竣工"),
        # People counted before where they live are that place's residents (of the r58 audit).
        (
            "完成约1亿人居住的棚户区和城中村改造。",
            "约1亿人",
            "棚户区和城中村居住人口",
        ),
        # The last of things listed each after its own figure drops the list's 等 and class.
        (
            "开工建设10万平方米职工住宅小区、5万平方米公安小区和2万平方米回迁房等开发项目。",
            "2万平方米",
            "回迁房",
        ),
        # (a 等 inside a word is no list's: 受过高等教育…)
        (
            "受过高等教育和有专业技能的人才达到12.6万人。",
            "12.6万人",
            "受过高等教育和有专业技能的人才",
        ),
        # Courts, procuratorates, the congress and the CPPCC.
        (
            "共受理审查逮捕案件862件1236人，批准逮捕623人；受理审查起诉案件1862件2563人，提起公诉2236人。",
            "623人",
            "批准逮捕人数",
        ),
        (
            "办理公益诉讼案件326件，其中生态环境和资源保护领域186件。",
            "186件",
            "生态环境和资源保护领域公益诉讼案件",
        ),
        (
            "政协全年共提交提案563件，立案486件；已办复486件，办复率100%。",
            "100%",
            "政协全年共提交提案办复率",
        ),
        # A month's own figure said with 当月 is the month's measure, and so is its speed.
        (
            "1—11月，全市规模以上工业增加值累计增长6.8%，其中11月当月增长7.2%，比上月加快0.6个百分点。",
            "7.2%",
            "11月规模以上工业增加值",
        ),
        (
            "1—11月，全市规模以上工业增加值累计增长6.8%，其中11月当月增长7.2%，比上月加快0.6个百分点。",
            "0.6个百分点",
            "11月规模以上工业增加值增速比上月加快",
        ),
        (
            "一般公共预算收入累计完成236.5亿元；11月当月完成18.6亿元。",
            "18.6亿元",
            "11月一般公共预算收入",
        ),
        # (a time clause said with 当 after no month is still no part of the name)
        ("征收启动当日签约率达到98%。", "98%", "征收启动当日签约率"),
        # A control target in brackets after a rate is that rate's target.
        ("城镇登记失业率2.8%（控制目标4%以内）。", "4%以内", "城镇登记失业率控制目标"),
        # A task a level above set is no part of the completion's name.
        (
            "全年街道完成固定资产投资36.5亿元，完成区下达任务的108.6%。",
            "108.6%",
            "街道固定资产投资",
        ),
        # 响应率 is a rate of handling too, and the rates after it share its owner.
        (
            "共办理12345热线工单3862件，响应率100%，解决率93.2%，满意率95.6%。",
            "95.6%",
            "12345热线工单满意率",
        ),
    ],
)
def test_named_by_what_the_sentence_says(text: str, figure: str, expected: str) -> None:
    assert named(text)[figure] == expected


def test_an_excess_in_points_is_above_the_target() -> None:
    excess = _mention("单位地区生产总值能耗下降3.6%，超额完成年度目标1.1个百分点。", "1.1个百分点")
    assert (excess.kind, excess.direction) == ("pp", "up")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("日照时数1623小时，比常年偏少86小时。", "1623小时", "小时"),
        ("日照时数1623小时，比常年偏少86小时。", "86小时", "小时"),
        ("全年志愿服务时长达到120万小时。", "120万小时", "万小时"),
    ],
)
def test_hours_of_a_measure_are_figures(text: str, figure: str, unit: str) -> None:
    assert _mention(text, figure).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "会议于8日召开。",  # a date
        "审批时限缩短至5个工作日。",  # a duration (test_metrics: durations are none)
        "政务服务实行24小时不打烊。",  # a label, no measure of hours
    ],
)
def test_durations_and_labels_of_hours_are_no_figures(text: str) -> None:
    assert find_mentions(text) == []


def test_a_label_of_hours_leaves_the_count_after_it() -> None:
    found = find_mentions("开设24小时自助图书馆5个。")
    assert [m.text for m in found] == ["5个"]
    assert named("日照时数1623小时，比常年偏少86小时。")["86小时"] == "日照时数比常年偏少"


def test_kinds_listed_with_their_notes_then_counted_are_no_count() -> None:
    # (of the r58 audit: the names may carry a note in brackets; a list before them ends at 和)
    text = "覆盖省、市、县五级和开发区、大中专院校（含技工院校）两类的就业公共服务网络。"
    assert find_mentions(text) == []


def test_classes_a_rate_is_of_are_no_count() -> None:
    found = find_mentions("八类主要刑事案件破案率达到98.3%。")
    assert [(m.text, m.indicator) for m in found] == [("98.3%", "八类主要刑事案件破案率")]


def test_hectares_written_in_latin_are_square_metres_in_base_units() -> None:
    from reportpress.metrics.values import base_value

    assert _mention("建成区绿地面积2860hm²。", "2860hm²").unit == "hm²"
    assert _mention("完成造林1.2万hm2。", "1.2万hm2").unit == "万hm²"
    assert base_value("2860", "hm²") == ("28600000", "平方米")


def test_staff_after_the_last_of_several_parts_are_not_that_parts() -> None:
    found = named(
        "全年共有卫生机构368个，其中医院12个，卫生院18个，村卫生室286个；卫生技术人员3862人。"
    )
    assert "村卫生室" not in found["3862人"]
    assert found["3862人"].endswith("卫生技术人员")
