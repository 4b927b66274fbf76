"""Indicator rules for the error classes of the twelfth corpus audit (issue 15):
whom a count after 为 is for, what a generic word alone is of, and what a bare
speed of growth is the speed of.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from mention_names import names

from reportpress.metrics import find_mentions


def test_a_count_after_a_beneficiarys_wei_is_named_by_the_deed() -> None:
    # the group is who the deed is done for, never the doer (农民工追回欠薪 read as if
    # the workers recovered it)
    assert names("今年为4.3万名进城务工人员追回工资5.2亿元。")[0] == (
        "4.3万名",
        "追回工资的进城务工人员",
    )
    assert names("累计为12个省份调运电煤超3亿吨。")[0] == ("12个", "调运电煤的省份")
    assert names("为26万困难群众提供临时救助。") == [("26万", "提供临时救助的困难群众")]
    assert names("为860家企业办理出口退税12亿元。")[0] == ("860家", "办理出口退税的企业")
    assert names("为1.3万名劳动者追回工资1.6亿元。")[0] == ("1.3万名", "追回工资的劳动者")


def test_a_wei_that_is_no_beneficiary_is_left_alone() -> None:
    # 合并为: a verb ending in 为, what the things become; a list of deeds after the
    # group says no single deed
    assert names("将原有建制村合并为126个行政村统一管理。") == [("126个", "行政村统一管理")]
    assert names("为320名留守儿童发放学习用品、生活用品等物资。") == [("320名", "留守儿童")]


def test_an_investment_before_what_it_built_is_named_by_it() -> None:
    # a dash in a road's name, and 通车/运行 after the thing built
    assert names("投资1800万元的东—兴乡村公路建成通车。") == [("1800万元", "东—兴乡村公路投资")]
    assert names("投资2.6亿元的滨河大道通车。") == [("2.6亿元", "滨河大道投资")]
    assert names("投资5000万元的城西水厂正式运行。") == [("5000万元", "城西水厂投资")]


def test_a_deed_listed_after_another_takes_the_same_doer() -> None:
    assert names("“千企帮扶”行动服务企业12万户、解决困难1.6万个。")[1] == (
        "1.6万个",
        "“千企帮扶”行动解决困难",
    )
    assert names("家电以旧换新带动相关商品销售超120亿元、惠及群众80余万人次。")[1] == (
        "80余万人次",
        "家电以旧换新惠及群众",
    )


def test_parallel_scopes_and_doers_with_verbs_inside_are_no_shared_doer() -> None:
    # the same verb again: parallel scopes; 帮扶单位: a verb inside the counted noun
    assert names("县城新增人口20万、新增旅居人口10万。")[1] == ("10万", "新增旅居人口")
    assert names("52家定点帮扶单位投入资金3亿元、引进项目120个。")[2] == ("120个", "引进项目")


def test_a_bare_speed_of_growth_takes_what_grows() -> None:
    # the topic of the clause before; else the economy the text just spoke of
    assert names("旅游市场持续回暖，增速达到8%。") == [("8%", "旅游市场增速")]
    assert names("稳增长是为了保就业，有5%左右的增速就能实现比较充分的就业。") == [
        ("5%左右", "经济增长速度")
    ]
    # a circumstance (随着…) owns no figure; nothing of the economy said: left bare
    assert names("随着新兴产业比重上升、经济体量增大，6%左右的增速就能稳住就业。") == [
        ("6%左右", "经济增长速度")
    ]
    assert names("经济保持6%左右的增速。") == [("6%左右", "经济增长速度")]
    assert names("有6%的增速就能完成任务。") == [("6%", "增长速度")]


def test_a_benefit_given_per_head_is_the_receivers() -> None:
    assert names("对患重病的困难老人给予每人5000元救助。") == [("5000元", "困难老人每人救助")]
    assert names("向返乡创业青年发放每户3万元补贴。") == [("3万元", "返乡创业青年每户补贴")]


def test_a_beneficiarys_wei_before_a_list_of_names() -> None:
    assert names("为城建公司等23家企业发放稳岗补贴300万元。")[0] == ("23家", "发放稳岗补贴的企业")


def test_one_generic_word_counted_after_a_verb_of_help_or_a_flow_keeps_the_verb() -> None:
    assert names("累计支持近2000家企业。") == [("近2000家", "支持企业")]
    assert names("净增经营主体34万家、企业14万家。")[1] == ("14万家", "净增企业")
    assert names("新建学校5所。") == [("5所", "新建学校")]  # its own verb already


def test_a_part_after_qizhong_of_an_amount_is_of_the_same_measure() -> None:
    assert names("新增铁路运营里程639公里，其中高铁370公里。")[1] == (
        "370公里",
        "铁路运营里程中高铁",
    )
    # a rate after 其中 is left to the rules of rates: the owner of the measure before
    assert names("外贸进出口总额增长5.6%，其中出口增长10.8%。")[1] == ("10.8%", "外贸出口")


def test_a_share_opening_its_clause_after_a_period_word() -> None:
    # 每年 says when the share holds, not whose it is
    assert names("坚持教育投入只增不减，每年60%左右财政支出用于民生事业。") == [
        ("60%左右", "财政支出用于民生事业占比")
    ]
    assert names("全年90%以上企业实现盈利。") == [("90%以上", "实现盈利企业占比")]


def test_places_counted_by_a_long_task_they_completed() -> None:
    assert names("已有12个省（区、市）完成国有企业职工基本养老保险省级统筹。") == [
        ("12个", "完成国有企业职工基本养老保险省级统筹的省（区、市）")
    ]


def test_a_voltage_class_opens_the_counted_noun() -> None:
    assert names("建成12个220千伏输变电工程。") == [("12个", "220千伏输变电工程")]


def test_a_sum_allotted_for_a_use_is_named_by_the_use() -> None:
    assert names("统筹3200亿元支持巩固拓展脱贫攻坚成果和乡村全面振兴。") == [
        ("3200亿元", "巩固拓展脱贫攻坚成果和乡村全面振兴资金")
    ]
    assert names("安排1.2亿元用于老旧小区改造。") == [("1.2亿元", "老旧小区改造资金")]


def test_a_manner_word_alone_names_nothing() -> None:
    assert names("一般公共预算收入增加近800亿元，稳步达到2600亿元以上。")[1] == (
        "2600亿元以上",
        "一般公共预算收入",
    )


def test_a_bare_measure_after_a_measure_takes_its_owner() -> None:
    assert names("蔬菜种植面积达到3万亩，产量达到12万吨。")[1] == ("12万吨", "蔬菜产量")
    assert names("马铃薯总产量达到25万吨，实现产值2.5亿元。")[1] == ("2.5亿元", "马铃薯产值")
    # a firm's own word is kept whole (民营企业, not 民营 cut at 企业)
    assert names("全市民营企业进出口总额达到900亿元，出口突破500亿元。")[1] == (
        "500亿元",
        "民营企业出口",
    )


def test_a_share_of_a_wholes_increase_is_of_the_measure_before() -> None:
    assert names("全市外贸进出口总额增长6%，贡献了全省18.5%的增量。")[1] == (
        "18.5%",
        "外贸进出口总额占全省增量比重",
    )


def test_a_short_name_after_a_widening_takes_what_was_widened() -> None:
    assert names("风光电力外送通道拓展至8个省份，输出260亿千瓦时、增长20%。")[1:] == [
        ("260亿千瓦时", "风光电力外送通道输出"),
        ("20%", "风光电力外送通道输出"),
    ]


def test_a_list_of_subjects_in_the_clause_before_a_list_of_figures() -> None:
    # the sentence's earlier figure lends nothing when the clause before lists whose
    assert names("工业增加值达1.1万亿元；化工产业、先进制造业集群从无到有，分别达2个、3个。")[
        1:
    ] == [
        ("2个", "化工产业"),
        ("3个", "先进制造业集群"),
    ]


def test_a_bare_verb_before_an_amount_is_named_with_what_it_did() -> None:
    assert names("完成60吨污泥焚烧处置和城东再生资源分拣中心项目。") == [
        ("60吨", "完成污泥焚烧处置")
    ]
    assert names("继续推进棚户区改造，完成600户的改造任务。") == [("600户", "完成改造任务")]


def test_a_growth_target_after_its_rate_is_a_change_up() -> None:
    found = [
        (m.indicator, m.kind, m.direction)
        for m in find_mentions("提出7%左右的地区生产总值增长目标。")
    ]
    assert found == [("地区生产总值增长目标", "change", "up")]


def test_an_outcome_counted_after_its_owner_is_the_owners() -> None:
    assert names("东湖新区32项经验、西湖综合改革试点28项经验获全省推广。") == [
        ("32项", "东湖新区经验"),
        ("28项", "西湖综合改革试点经验获全省推广"),
    ]


def test_generic_things_that_reached_a_state_are_named_by_their_list() -> None:
    assert names("投资8000万元实施的红星幼儿园等5个项目全部完工。")[1] == (
        "5个",
        "红星幼儿园等项目全部完工",
    )
    assert names("实施的红星幼儿园、城南小学等5个项目全部完工。") == [
        ("5个", "红星幼儿园、城南小学等项目全部完工")
    ]


def test_a_tally_of_generic_things_is_of_those_the_clause_before_names() -> None:
    assert names("扩大医疗机构间互认项目库，项目数增加20%以上。") == [
        ("20%以上", "医疗机构间互认项目数")
    ]
    assert names("培育壮大高新技术企业群体，企业数增长15%。") == [("15%", "高新技术企业数")]


def test_a_yield_after_a_count_of_firms_is_theirs() -> None:
    assert names("产业化龙头企业发展到22家，实现销售收入54亿元。")[1] == (
        "54亿元",
        "产业化龙头企业销售收入",
    )


def test_helpers_named_after_a_time_opening_own_the_projects() -> None:
    assert names(
        "五年来，浙江、广东对口协作、倾力帮扶，累计投入财政援助资金86亿元、实施项目3200个。"
    )[1] == ("3200个", "浙江、广东对口协作实施项目")
    # the helpers' other deed in the list is theirs too
    assert names(
        "五年来，浙江、广东对口协作、倾力帮扶，累计投入财政援助资金86亿元、实施项目3200个。"
    )[0] == ("86亿元", "浙江、广东对口协作投入财政援助资金")
    # after a ；, another doer: nothing lent
    assert names(
        "五年来，浙江、广东对口协作、倾力帮扶，实施项目3200个；20家中央单位援助资金5亿元、引进项目90个。"
    )[-1] == ("90个", "引进项目")


def test_what_the_things_of_a_share_reached_names_them() -> None:
    assert names("超50%的行政村达到美丽乡村标准。") == [("超50%", "达到美丽乡村标准的行政村占比")]


def test_people_counted_by_where_they_settle() -> None:
    assert names("实现3000万左右农业转移人口在城镇落户。") == [
        ("3000万左右", "农业转移人口在城镇落户")
    ]
    assert names("实现500万左右农业转移人口和其他常住人口在城镇落户。") == [
        ("500万左右", "农业转移人口和其他常住人口在城镇落户")
    ]


def test_a_verb_before_listed_names_is_the_counts() -> None:
    assert names("加快建设东山、西岭、南湾3个抽水蓄能电站。") == [("3个", "建设抽水蓄能电站")]
    assert names("推进东山、西岭等8个500千伏电网工程建设。") == [("8个", "推进500千伏电网工程建设")]


def test_an_investment_before_listed_bases_is_theirs() -> None:
    assert names("规模最大、总投资近900亿元的东岭、西川清洁能源基地开工建设。") == [
        ("近900亿元", "东岭、西川清洁能源基地总投资")
    ]


def test_a_size_class_of_money_counted_is_of_the_head_after_the_list() -> None:
    assert names("加快推进甲乙产业园、丙丁发电等9个百亿元、40个20亿元以上项目建设。") == [
        ("9个", "百亿元项目"),
        ("40个", "20亿元以上项目"),
    ]


def test_a_task_before_a_count_of_its_sites_names_them() -> None:
    assert names("完成户厕改造25个示范点建设。") == [("25个", "户厕改造示范点")]
    assert names("新建5所中小学。") == [("5所", "新建中小学")]


def test_a_treasurys_sum_is_for_the_work_said_after_it() -> None:
    assert names("五年内省财政将投入200多亿元，对乡镇卫生院和部分县医院进行改造。") == [
        ("200多亿元", "乡镇卫生院和部分县医院改造资金")
    ]


def test_places_reached_by_sales_are_named_with_what_is_sold() -> None:
    assert names("“高原牌”农产品远销40个国家和地区。") == [("40个", "“高原牌”农产品远销国家和地区")]


def test_an_investment_completed_opening_its_sentence_is_of_what_follows() -> None:
    assert names("完成投资3.1亿元，建成保障性住房1200套。")[0] == ("3.1亿元", "保障性住房完成投资")
    # a clause before owns it: left to the clause before
    assert names("一期全面完工，完成投资2.4亿元，建成大棚2350亩。")[0] == (
        "2.4亿元",
        "一期完成投资",
    )


def test_jiakuai_alone_before_listed_projects_pushes_them_ahead() -> None:
    assert names("加快邵阳、铜仁等6条高铁，推进12条高速建设。")[0] == ("6条", "加快推进高铁")
    # 加快发展: industries grown, not projects built
    assert names("加快发展茶叶、中药材等20个百亿级产业。") == [("20个", "百亿级产业")]


def test_a_target_proposed_is_named_without_the_proposing() -> None:
    assert names("提出地区生产总值年均增长5%—5.5%。") == [("5%—5.5%", "地区生产总值")]
    assert names("累计提出意见建议2979件。") == [("2979件", "提出意见建议")]


def test_a_part_after_qizhong_named_by_its_verb_and_object() -> None:
    assert names("9条次干道路开工建设，其中4条实现通车。")[1] == ("4条", "实现通车次干道路")


def test_a_count_in_words_restating_the_kinds_just_listed_is_no_figure() -> None:
    assert names("划分为优化开发、重点开发、限制开发和禁止开发四类主体功能区。") == []
    assert names("新建东湖、西湖两座公园。") == []
    assert names("建设四类功能区。") == [("四类", "建设功能区")]  # nothing listed: a count


def test_the_noun_a_count_owns_goes_with_it_out_of_the_work_paid_for() -> None:
    assert names("投资1260万元，完成5个村的饮水安全工程。")[0] == ("1260万元", "饮水安全工程投资")
