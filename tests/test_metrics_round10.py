"""Indicator rules for the error classes of the tenth corpus audit (issue 15):
owners a clause away, shares and excesses of the figure before, conditions and
tenets that are no figures, stray words at the edges.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions


def test_a_modal_run_before_the_verb_is_no_part_of_the_name() -> None:
    assert names("困难再多，明年也要再减少城镇低保人口200万人以上。") == [
        ("200万人以上", "减少城镇低保人口")
    ]
    assert names("还要再新增城镇就业岗位3万个。") == [("3万个", "新增城镇就业岗位")]
    # 再 that opens a word stays (再生资源)
    assert names("全年再生资源回收量达到120万吨。") == [("120万吨", "再生资源回收量")]


def test_zai_after_a_rate_and_fazhan_before_dao_are_no_part_of_the_name() -> None:
    assert names("全市调查失业率在5.5%以内。") == [("5.5%以内", "调查失业率")]
    assert names("家庭农场发展到86家，实现经营收入3亿元。")[0] == ("86家", "家庭农场")
    # 在 inside a word stays
    assert names("潜在增长率保持在5%左右。") == [("5%左右", "潜在增长率")]


def test_a_share_listed_after_a_figure_is_that_figures_share() -> None:
    assert names("风电装机达1200万千瓦、占比达31.5%。") == [
        ("1200万千瓦", "风电装机"),
        ("31.5%", "风电装机占比"),
    ]
    assert names("新兴产业总产值增长7.2%、占规模以上工业总产值比重提高到38%。")[1] == (
        "38%",
        "新兴产业总产值占规模以上工业总产值比重",
    )
    # a share with its own subject keeps it
    assert names("出口增长5%，机电产品占比达到58%。")[1] == ("58%", "机电产品占比")


def test_an_excess_over_plan_is_of_the_figure_before() -> None:
    assert names("218个市级重点项目完成投资860亿元、超年度计划15%。")[-1] == (
        "15%",
        "市级重点项目完成投资超年度计划",
    )
    assert names("新建改造农村公路900公里、超目标任务12%。")[-1][1].endswith("超目标任务")


def test_a_condition_the_counted_things_meet_is_no_figure() -> None:
    assert names("全国公布的200种农产品中，本省占比超过5%的有31种、超过15%的有12种。") == [
        ("200种", "农产品"),
        ("31种", "本省占比超过5%的农产品"),
        ("12种", "本省占比超过15%的农产品"),
    ]
    # the things named by the scope the sentence opens with
    assert names("全县行政村中，集体经营性收入超过50万元的有31个。") == [
        ("31个", "集体经营性收入超过50万元的行政村")
    ]
    # 的有 not followed by a number is no condition (有力, 有效)
    assert [m.text for m in find_mentions("消费拉动增长3.1个百分点的有力支撑显现。")] == [
        "3.1个百分点"
    ]


def test_a_set_of_tenets_counted_in_words_is_a_name() -> None:
    assert names("我们坚持推进和平发展的六项主张。") == []
    assert names("坚持一个中心、两个基本点。") == []
    # a noun that only opens with such a word counts
    assert names("采纳原则性意见5条。") == [("5条", "采纳原则性意见")]


def test_a_count_of_milestones_is_named_by_whose_figure_passed_them() -> None:
    assert names("全市工业总产值连跨3个千亿级台阶。") == [("3个", "工业总产值连跨千亿级台阶")]
    # a sum reached as a milestone is still the subject's figure
    assert names("地区生产总值迈上3万亿元台阶。") == [("3万亿元", "地区生产总值")]


def test_a_policy_is_named_by_what_it_is_for() -> None:
    assert names("迅速推出进一步稳定外贸、扩大消费的八项措施，逐项落实。") == [
        ("八项", "稳定外贸、扩大消费的措施")
    ]
    assert names("省政府出台支持民营经济发展的20条措施。") == [("20条", "支持民营经济发展的措施")]
    # a policy word with its own owner keeps it
    assert names("出台惠企政策措施30项。") == [("30项", "惠企政策措施")]


def test_a_flow_of_a_measure_is_of_the_owner_of_the_clause_before() -> None:
    assert names("公路投资保持在900亿元以上，新通车里程600公里以上。")[1] == (
        "600公里以上",
        "公路新通车里程",
    )
    # a measure with its own owner keeps it
    assert names("公路投资900亿元，高速公路新通车里程600公里。")[1] == (
        "600公里",
        "高速公路新通车里程",
    )


def test_an_effect_is_of_the_topic_of_the_clause_before() -> None:
    assert names("乡村旅游持续升温，带动就业3.2万人。") == [("3.2万人", "乡村旅游带动就业")]
    assert names("“巴山家政”“秦岭月嫂”等劳务品牌做大做强，带动就业超12万人次。") == [
        ("超12万人次", "“巴山家政”“秦岭月嫂”等劳务品牌带动就业")
    ]
    # never from a doer or an order
    assert names("我们要大力发展乡村旅游，带动就业3万人。") == [("3万人", "带动就业")]


def test_a_time_word_after_a_counted_noun_goes_with_its_verb() -> None:
    assert names("全市8个污水处理厂年内完工。") == [("8个", "年内完工污水处理厂")]
    assert names("12个项目年底前建成投用。") == [("12个", "年底前建成投用的项目")]


def test_a_treasurys_sum_is_for_the_programme_of_the_clause_before() -> None:
    assert names("良种补贴扩大到全部产粮大县，中央财政拟安排资金85亿元，比上年增加20亿元。") == [
        ("85亿元", "中央财政为良种补贴安排资金"),
        ("20亿元", "中央财政为良种补贴安排资金比上年增加"),
    ]
    assert names("完善城乡居民大病保险制度，财政补助由每人每年300元提高到360元。")[-1] == (
        "360元",
        "财政为城乡居民大病保险补助",
    )
    # a clause that names no programme lends nothing; a sum saved is no treasury's gift
    assert names("经济平稳运行，中央财政安排资金500亿元。") == [("500亿元", "中央财政安排资金")]
    assert names("深化政府采购改革，节约财政资金12亿元。") == [("12亿元", "节约财政资金")]


def test_a_body_opening_the_sentence_with_its_own_projects_owns_a_measure() -> None:
    assert names("滨江国际物流园区冷链仓储、跨境电商二期等项目开工建设，入驻企业达到26家。") == [
        ("26家", "滨江国际物流园区入驻企业")
    ]
    # a list of bodies owns nothing
    assert names("工业园区、物流园区等建设加快，入驻企业达到26家。") == [("26家", "入驻企业")]


def test_a_sum_handled_with_ba_is_named_by_its_owner_not_by_what_is_done() -> None:
    assert names("把省财政的200亿元奖补资金用好用活。") == [("200亿元", "省财政奖补资金")]


def test_a_figure_on_another_basis_in_brackets_is_the_figure_befores() -> None:
    assert names("税收收入达到800亿元、增长3.1%（同口径增长4.5%）。")[-1] == (
        "4.5%",
        "税收收入（同口径）",
    )
    assert names("一般公共预算收入增长2%（扣除留抵退税因素后增长6.3%）。")[-1] == (
        "6.3%",
        "一般公共预算收入（扣除留抵退税因素）",
    )


def test_people_enjoying_benefits_are_of_the_insurance_named_before() -> None:
    assert names("将失能老人纳入长护险保障，待遇享受人数5万人以上。") == [
        ("5万人以上", "长护险待遇享受人数")
    ]
    # 风险 is no insurance
    assert names("防范化解金融风险，待遇享受人数5万人。") == [("5万人", "待遇享受人数")]


def test_a_yearly_measure_listed_after_a_count_is_of_the_things_counted() -> None:
    assert names("安排第二批重点项目860个、年度投资2100亿元。")[-1] == (
        "2100亿元",
        "第二批重点项目年度投资",
    )


def test_what_was_launched_owns_what_the_next_clause_measures() -> None:
    assert names("多功能跨境收付账户（MF账户）上线运行，发生业务量1200亿元。") == [
        ("1200亿元", "多功能跨境收付账户（MF账户）发生业务量")
    ]
    assert names("滨海国际教育创新试验区初具规模，签约入驻国内外知名高校12所。") == [
        ("12所", "滨海国际教育创新试验区签约入驻国内外知名高校")
    ]
    # a launch with a figure of its own lends nothing
    assert names("3个平台上线运行，发生业务量1200亿元。")[-1] == ("1200亿元", "发生业务量")


def test_shuangshuang_after_a_pair_is_no_part_of_the_name() -> None:
    assert names("存贷款余额双双突破2万亿元。") == [("2万亿元", "存贷款余额")]


def test_people_counted_before_a_verb_phrase_are_the_group_written_before() -> None:
    assert names("全县低保家庭220户486人全部纳入救助，其中58户131人实现稳定就业。") == [
        ("220户", "全部纳入救助的低保家庭"),
        ("486人", "全部纳入救助的低保家庭"),
        ("58户", "实现稳定就业的低保家庭"),
        ("131人", "实现稳定就业的低保家庭"),
    ]
    # households named by 户 give their people (…贫困户 → …贫困人口)
    assert names("建档立卡贫困户301户611人全部脱贫。")[-1] == (
        "611人",
        "全部脱贫的建档立卡贫困人口",
    )
    # a group that is no people (a place) lends nothing
    assert names("城东新区1.6万人完成转非户籍办理。") == [("1.6万人", "完成转非户籍办理")]


def test_things_listed_as_objects_of_one_task_share_it() -> None:
    assert names("完成800万千瓦煤电机组、1200万吨钢铁产能、150台燃煤锅炉超低排放改造。") == [
        ("800万千瓦", "煤电机组超低排放改造"),
        ("1200万吨", "钢铁产能超低排放改造"),
        ("150台", "燃煤锅炉超低排放改造"),
    ]
    # a modifier of one kind of thing (抗震) stays with it; the task is shared
    assert names("完成120个老旧小区、3000户农房抗震改造。")[0] == ("120个", "老旧小区改造")
    # a list of tasks shares nothing
    assert names("完成12座燃煤锅炉拆改、8座热力站改造。")[0] == ("12座", "燃煤锅炉拆改")


def test_a_rate_of_a_sum_with_no_cue_is_a_share() -> None:
    assert [m.kind for m in find_mentions("全县财政民生支出保持在75%以上。")] == ["share"]
    assert [m.kind for m in find_mentions("研发投入强度达到2.5%。")] == ["level"]


def test_tonnes_of_standard_coal_are_one_unit() -> None:
    found = find_mentions("能源综合生产能力达2.3亿吨标准煤左右，保障项目用能80万吨标煤。")
    assert [(m.text, m.unit, m.approx, m.indicator) for m in found] == [
        ("2.3亿吨标准煤左右", "亿吨标准煤", "near", "能源综合生产能力"),
        ("80万吨标煤", "万吨标煤", "", "保障项目用能"),
    ]


def test_a_rate_held_before_de_is_the_rates_not_a_share_of_the_holder() -> None:
    found = find_mentions("成为全国森林覆盖率连续十年保持60%以上的三个省份之一。")
    assert (found[0].indicator, found[0].kind) == ("森林覆盖率", "level")
    # a rate standing before the things it is of is still their share
    assert [(m.indicator, m.kind) for m in find_mentions("96.2%的养老机构开展医养结合。")] == [
        ("开展医养结合养老机构占比", "share")
    ]


def test_a_part_of_a_sum_for_a_purpose_is_for_the_same() -> None:
    got = names(
        "为保证基层政权正常运转的需要，国家财政每年安排支出600亿元，其中中央财政转移支付400亿元。"
    )
    assert got[-1] == ("400亿元", "中央财政为保证基层政权正常运转转移支付")


def test_a_noun_ends_before_xiangshou() -> None:
    assert names("全省3.2万名农村留守儿童享受关爱服务。") == [
        ("3.2万名", "享受关爱服务农村留守儿童")
    ]


def test_a_threshold_defining_the_class_whose_share_is_given_is_no_figure() -> None:
    assert names("村集体经济经营性收入20万元以上的行政村占比达55%。") == [
        ("55%", "村集体经济经营性收入20万元以上的行政村占比")
    ]
    # a target with 以上 before 的 and no share stays a figure
    assert [m.text for m in find_mentions("实现10%以上的增长。")] == ["10%以上"]


def test_a_project_of_several_places_after_de_owns_the_sum() -> None:
    assert names("启动投资2.6亿元的东河、西河堤防工程。") == [("2.6亿元", "东河、西河堤防工程投资")]
    assert names("投资820万元的滨河小区改造、460万元的东湖路改造全部完工。") == [
        ("820万元", "滨河小区改造投资"),
        ("460万元", "东湖路改造投资"),
    ]


def test_a_rate_of_handling_is_of_the_things_counted_before() -> None:
    assert names("全年办理人大代表建议120件、政协提案150件，办结率均达100%。")[-1] == (
        "100%",
        "人大代表建议、政协提案办结率",
    )
    assert names("受理群众诉求3.2万件，满意率达98%。")[-1] == ("98%", "群众诉求满意率")
    assert names("全市满意率达98%。") == [("98%", "满意率")]


def test_a_sum_spent_listed_after_its_work_is_that_works() -> None:
    assert names("大力实施城市更新行动、完成投资220亿元。") == [("220亿元", "城市更新行动完成投资")]


def test_a_treasurys_sum_each_year_keeps_its_purpose() -> None:
    got = names(
        "为保证乡村教育的需要，国家财政每年安排支出600亿元，其中地方财政每年将安排支出200亿元。"
    )
    assert got == [
        ("600亿元", "国家财政为保证乡村教育每年安排支出"),
        ("200亿元", "地方财政为保证乡村教育每年安排支出"),
    ]


def test_a_cluster_opening_the_clause_before_owns_its_measure() -> None:
    assert names("东部数据中心集群从无到有，算力规模达到5万P。") == [
        ("5万P", "东部数据中心集群算力规模")
    ]
    # a cluster that is the object of a pivot verb owns nothing
    assert names("推动东部数据中心集群项目投产，算力规模突破8万P。") == [("8万P", "算力规模")]


def test_voyages_are_counted() -> None:
    assert names("南山港服务科考船2152航次。") == [("2152航次", "南山港服务科考船")]


def test_a_verb_of_producing_reaches_the_next_item_of_its_list() -> None:
    assert names("生产原油239万吨、天然气56.5亿立方米。")[-1] == ("56.5亿立方米", "生产天然气")
    # 生产总值 opens no verb
    assert names("地区生产总值3000亿元、财政收入200亿元。")[-1] == ("200亿元", "财政收入")


def test_a_capacity_in_a_list_of_projects_keeps_its_owner() -> None:
    assert names("华能电厂扩建、沃锦储热40万吨熔盐装置技术升级。") == [
        ("40万吨", "沃锦储热熔盐装置产能")
    ]
    # a list of places before the plants is no owner
    assert names("加快格尔木、德令哈3座35万千瓦光热电站建设。")[0] == ("3座", "光热电站")


def test_you_before_the_doer_ends_a_counted_noun() -> None:
    assert names("调整316项省级行政职权由市县实施。") == [("316项", "由市县实施省级行政职权")]


def test_counted_things_given_an_order_are_named_by_the_clause_before() -> None:
    assert names("重大水利工程已开工的57个项目要加快建设。") == [
        ("57个", "重大水利工程已开工的项目")
    ]
    assert names("新建的5个市场将于年内开业。") == [("5个", "年内开业市场")]


def test_a_share_reached_after_a_figure_is_of_its_owner() -> None:
    assert names("高铁营业里程达到3万公里、覆盖80%以上的大城市。")[-1] == (
        "80%以上",
        "高铁覆盖大城市占比",
    )


def test_a_treasurys_sum_takes_a_purpose_written_after_it() -> None:
    got = names(
        "今后三年各级政府拟投入5000亿元，其中中央财政投入2000亿元，以保证教育综合改革的顺利推进。"
    )
    assert got[-1] == ("2000亿元", "中央财政为保证教育综合改革投入")
    assert names("中央财政投入2000亿元，增长8%。")[0] == ("2000亿元", "中央财政投入")


def test_a_threshold_defining_the_class_counted_after_it_is_no_figure() -> None:
    assert names("年销售收入超10亿元的龙头企业达100家以上。") == [
        ("100家以上", "年销售收入超10亿元的龙头企业")
    ]
    assert names("营业收入超过1亿元的企业有35家。") == [("35家", "营业收入超过1亿元的企业")]
    # an amount reached, with nothing counted after it, stays a figure
    assert names("年销售收入超10亿元，增长8%。")[0] == ("超10亿元", "年销售收入")


def test_a_list_per_unit_of_output_is_per_unit_throughout() -> None:
    assert names("单位地区生产总值用水量、能耗、二氧化碳排放量分别下降20%、12%、15%。") == [
        ("20%", "单位地区生产总值用水量"),
        ("12%", "单位地区生产总值能耗"),
        ("15%", "单位地区生产总值二氧化碳排放量"),
    ]


def test_a_clause_of_only_when_passes_the_owner_through() -> None:
    assert names("全力打造联通俄蒙、对接东北的区域物流中心，力争年末，完成投资2.5亿元。") == [
        ("2.5亿元", "区域物流中心完成投资")
    ]
    # a mechanism owns no investment
    assert names("推动形成政府推动的投资内生增长机制，全年投资增长5%左右。") == [
        ("5%左右", "全年投资")
    ]


def test_deng_after_a_figure_opens_no_noun() -> None:
    assert names("确保完成２００５年前精简机构人员5万等各项任务。") == [("5万", "完成精简机构人员")]
    assert names("指数提升2个等级。") == [("2个", "指数提升等级")]


def test_a_sum_with_its_kind_named_is_for_what_follows_a_list_with_deng() -> None:
    got = names("去年投入国债资金152亿元，主要用于东江、西江等重点流域污染防治和城市污水处理。")
    assert got == [("152亿元", "重点流域污染防治和城市污水处理国债资金")]


def test_a_team_format_is_no_count_of_people() -> None:
    assert names("建成250个社区健身路径或3人制篮球场。") == [("250个", "社区健身路径")]


def test_a_ratio_listed_once_after_its_owners_is_each_owners() -> None:
    assert names("地表水、近岸海域水质优良比例分别达96.9%、99.7%。") == [
        ("96.9%", "地表水水质优良比例"),
        ("99.7%", "近岸海域水质优良比例"),
    ]


def test_people_named_after_a_bare_count_are_those_whose_problem_is_solved() -> None:
    assert names("又解决6434万农村人口饮水安全问题。") == [("6434万", "解决饮水安全问题的农村人口")]
    assert names("解决3948人的安全饮水问题。") == [("3948人", "安全饮水问题解决人数")]


def test_a_verb_inside_a_word_leaves_the_word_whole() -> None:
    assert names("新增5A级景区1个、夜间文旅消费集聚区6个。")[-1] == ("6个", "夜间文旅消费集聚区")


def test_jiejin_is_an_approximation_and_a_topic_sentence_owns_a_total() -> None:
    found = find_mentions("经营主体持续壮大。总量接近800万户，企业主体超220万户。")
    assert [(m.text, m.approx, m.indicator) for m in found] == [
        ("接近800万户", "near", "经营主体总量"),
        ("超220万户", "over", "企业主体"),
    ]


def test_people_after_a_target_count_of_people_are_who_is_counted() -> None:
    assert names("完成2100万人次以上农民工职业技能提升培训任务。") == [
        ("2100万人次以上", "农民工职业技能提升培训")
    ]
    # a class of things defined by a number of people stays no figure
    assert names("举办千人以上活动。") == []


def test_capacities_in_a_list_of_projects_are_each_projects() -> None:
    assert names("加快推进大唐哈克5万千瓦风电、麦多利10万吨大麦芽二期等项目建设。") == [
        ("5万千瓦", "大唐哈克风电项目装机容量"),
        ("10万吨", "麦多利大麦芽二期项目产能"),
    ]


def test_an_awards_year_and_long_name_stay_in_the_predicate() -> None:
    assert names("西部矿业、能源集团等6家企业入选2025西部企业数字化建设成效卓越单位。") == [
        ("6家", "入选2025西部企业数字化建设成效卓越单位的企业")
    ]


def test_an_owner_after_de_ends_before_touru_shiyong() -> None:
    assert names("投资3000万元的东山供水工程投入使用。") == [("3000万元", "东山供水工程投资")]


def test_kongzhi_dao_is_no_part_of_the_name() -> None:
    assert names("城镇登记失业率控制到3.65%。") == [("3.65%", "城镇登记失业率")]


def test_a_loss_listed_with_an_events_counts_is_the_events() -> None:
    assert names("生产安全事故起数、死亡人数、直接经济损失分别下降6%、7%、9%。")[-1] == (
        "9%",
        "生产安全事故直接经济损失",
    )


def test_a_sum_spent_for_someone_is_named_by_what_is_done() -> None:
    assert names("投资1330万元为全部学校配置教学触控一体机。") == [
        ("1330万元", "教学触控一体机投资")
    ]


def test_a_body_in_quotes_opening_the_clause_before_owns_a_share() -> None:
    assert names("甲钢集团“三化”改造实现产业重塑，高端产品占比从30%提高到70%。")[-1] == (
        "70%",
        "甲钢集团高端产品占比",
    )


def test_a_share_of_use_written_once_is_each_items() -> None:
    got = names(
        "专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%。"
    )
    assert [n for _, n in got] == [
        "专项产业基金支持民间投资项目比重",
        "新增能耗支持民间投资项目比重",
        "新增工业用地支持民间投资项目比重",
    ]


def test_things_counted_right_after_jiang_have_no_owner_written() -> None:
    assert names("三是将18项行政事业性收费的免征范围，从小微企业扩大到所有企业。") == [
        ("18项", "行政事业性收费")
    ]


def test_dui_opens_a_predicate_after_a_counted_noun() -> None:
    assert names("强化12所师范院校对县域基础教育的纵向帮扶。") == [
        ("12所", "对县域基础教育的纵向帮扶的师范院校")
    ]
    # 对口, 相对, 对接 are words, not the preposition
    assert names("支持30个对口帮扶县发展产业。")[0][1].startswith("对口帮扶县")


def test_a_measure_closing_a_counted_noun_is_the_next_figures() -> None:
    assert names("17个重点传统制造业增加值增长5.3%。") == [
        ("17个", "重点传统制造业"),
        ("5.3%", "重点传统制造业增加值"),
    ]


def test_a_premium_is_of_the_insurance_named_before() -> None:
    assert names("将学生意外伤害责任保险扩大到高中阶段，保费由每生每年5元提高至10元。")[-1] == (
        "10元",
        "学生意外伤害责任保险保费",
    )


def test_a_treasury_before_ni_anpai_owns_the_sum() -> None:
    assert names("今年中央财政拟安排“三农”投入7161亿元。") == [("7161亿元", "中央财政“三农”投入")]


def test_a_yearly_investment_after_a_count_is_of_the_things_counted() -> None:
    assert names("实施省大中型项目5296个，年度完成投资1.1万亿元左右。")[-1] == (
        "1.1万亿元左右",
        "实施省大中型项目年度完成投资",
    )


def test_a_networks_length_is_of_what_the_clause_before_built_or_speeds() -> None:
    assert names("建成东环线、西环线等轨道交通线，全市运营线路总长达到906公里。") == [
        ("906公里", "轨道交通线运营线路总长")
    ]
    assert names("城市轨道交通加快建设，运营里程达到120公里。") == [
        ("120公里", "城市轨道交通运营里程")
    ]
    # a list of names without 等 gives no kind to own it
    assert names("建成东环线、西环线，全市运营线路总长达到906公里。") == [
        ("906公里", "运营线路总长")
    ]


def test_sayings_names_and_own_points_are_no_figures() -> None:
    assert names("14亿中国人的饭碗端在自己手中。") == []
    assert names("凝聚13亿人民的智慧和力量。") == []
    assert names("分两个阶段实现奋斗目标，分三步走。") == []
    assert names("株洲608所AES100发动机成果转化。") == []
    assert names("努力做到干一件、成一件。") == []
    assert names("全力抓好七项重点工作") == []
    # the nation counted as a fact, a heading's points in a sentence, a count before
    # a Latin name stay figures
    assert [m.text for m in find_mentions("我国有13亿人口、9亿劳动力资源。")] == ["13亿", "9亿"]
    assert names("全力抓好七项重点工作，推动发展。") == [("七项", "重点工作")]
    assert names("新建120个AI应用场景。") == [("120个", "AI应用场景")]
