"""Round 38 (issue 15, eleventh session): classes the tenth session's held-out judges named
(test98–test102) and left open; each example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(m.text, m.unit, m.kind, m.direction, m.indicator) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count after 其中 named by a level or a department alone is a part of the
        # count before, not the thing counted; the part's amount after it, measured as
        # the whole's was, is the part's.
        (
            "全年共审计单位96个，其中县本级21个。",
            [
                ("96个", "个", "count", "", "审计单位"),
                ("21个", "个", "count", "", "县本级审计单位"),
            ],
        ),
        (
            "全年开工建设项目48个，总投资32亿元。其中：水利部门9个，总投资6.1亿元；教育部门7个，"
            "总投资2.4亿元。",
            [
                ("48个", "个", "count", "", "开工建设项目"),
                ("32亿元", "亿元", "amount", "", "开工建设项目总投资"),
                ("9个", "个", "count", "", "水利部门开工建设项目"),
                ("6.1亿元", "亿元", "amount", "", "水利部门总投资"),
                ("7个", "个", "count", "", "教育部门开工建设项目"),
                ("2.4亿元", "亿元", "amount", "", "教育部门总投资"),
            ],
        ),
        # A place is not named with what the place before had when the name says it
        # already (全县共有…5个，其中市级示范区3个).
        (
            "全县共有农业产业园8个，其中省级农业产业园3个。",
            [
                ("8个", "个", "count", "", "农业产业园"),
                ("3个", "个", "count", "", "省级农业产业园"),
            ],
        ),
        # A place whose count is a thing counted stays as it was.
        (
            "全县共有示范区5个，其中市级3个。",
            [
                ("5个", "个", "count", "", "示范区"),
                ("3个", "个", "count", "", "市级示范区"),
            ],
        ),
        # A 分别 list whose parts stand one a clause, commas between them, the head once
        # after the last: each part with the head (a part may hold 、 or 及 itself).
        (
            "其中，粮油、食品类，家用电器类，石油及制品类商品零售额分别增长12.1%、3.4%和8.8%。",
            [
                ("12.1%", "%", "change", "up", "粮油、食品类商品零售额"),
                ("3.4%", "%", "change", "up", "家用电器类商品零售额"),
                ("8.8%", "%", "change", "up", "石油及制品类商品零售额"),
            ],
        ),
        # Clauses before that are no such parts leave the list as it was.
        (
            "消费市场回暖，家用电器类商品零售额分别增长12.1%和3.4%。",
            [
                ("12.1%", "%", "change", "up", "家用电器类商品零售额"),
                ("3.4%", "%", "change", "up", "家用电器类商品零售额"),
            ],
        ),
        # A month before the report's scope names the measure, the scope nothing, as 上半年
        # and 9月末 do.
        (
            "5月份全县税收收入1.2亿元，比4月份增加0.3亿元。",
            [
                ("1.2亿元", "亿元", "amount", "", "5月份税收收入"),
                ("0.3亿元", "亿元", "amount", "", "5月份税收收入比4月份增加"),
            ],
        ),
        # Sections of the industry classification written with 、 and 和 inside one name,
        # or without 业, are industries: after 其中 they take the whole's measure; the
        # whole is the last amount or rate, not a count or a gap in points after it.
        (
            "前三季度，第三产业增加值128.6亿元，增长5.1%。其中，交通运输、仓储和邮政业增长4.2%，"
            "居民服务修理和其他服务业增长6.3%。",
            [
                ("128.6亿元", "亿元", "amount", "", "第三产业增加值"),
                ("5.1%", "%", "change", "up", "第三产业增加值"),
                ("4.2%", "%", "change", "up", "交通运输、仓储和邮政业增加值"),
                ("6.3%", "%", "change", "up", "居民服务修理和其他服务业增加值"),
            ],
        ),
        (
            "规模以上服务业企业营业收入增长7.2%，比一季度提高0.5个百分点。10个门类中有7个实现增长，"
            "其中卫生和社会工作增长9.1%。",
            [
                ("7.2%", "%", "change", "up", "规模以上服务业企业营业收入"),
                ("0.5个百分点", "个百分点", "pp", "up", "规模以上服务业企业营业收入增速"),
                ("10个", "个", "count", "", "门类"),
                ("7个", "个", "count", "", "实现增长门类"),
                ("9.1%", "%", "change", "up", "卫生和社会工作营业收入"),
            ],
        ),
        # 投资 and 消费 alone, growing in a summary of the economy, are what the statistics
        # report under those words; no industry before them owns them.
        (
            "上半年，规模以上工业增加值增长8.2%，投资增长11.6%，消费增长9.4%。",
            [
                ("8.2%", "%", "change", "up", "规模以上工业增加值"),
                ("11.6%", "%", "change", "up", "固定资产投资"),
                ("9.4%", "%", "change", "up", "社会消费品零售总额"),
            ],
        ),
        # Collectors compared by their bare names: each one's collection; a budget's money
        # named 财政 alone, with no other collector by it, is not one.
        (
            "全县一般公共预算收入完成3.2亿元。其中，国税1.1亿元，同比增长5.2%；地税0.9亿元；"
            "财政1.2亿元。",
            [
                ("3.2亿元", "亿元", "amount", "", "一般公共预算收入"),
                ("1.1亿元", "亿元", "amount", "", "国税部门征收一般公共预算收入"),
                ("5.2%", "%", "change", "up", "国税部门征收一般公共预算收入"),
                ("0.9亿元", "亿元", "amount", "", "地税部门征收一般公共预算收入"),
                ("1.2亿元", "亿元", "amount", "", "财政部门征收一般公共预算收入"),
            ],
        ),
        (
            "项目总投资800万元，其中财政500万元。",
            [
                ("800万元", "万元", "amount", "", "项目总投资"),
                ("500万元", "万元", "amount", "", "项目总投资中财政"),
            ],
        ),
        # A rate's gaps to several bases listed after 增速分别较, the last two joined by
        # 和, then a second list of gaps: each the rate's gap to one base.
        (
            "1-9月，全县固定资产投资增长9.6%，增速分别较1-6月和1-8月回落1.2、0.4个百分点，"
            "较去年同期和全年分别回落2.5、1.8个百分点。",
            [
                ("9.6%", "%", "change", "up", "固定资产投资"),
                ("1.2", "个百分点", "pp", "down", "固定资产投资增速较1-6月回落"),
                ("0.4个百分点", "个百分点", "pp", "down", "固定资产投资增速较1-8月回落"),
                ("2.5", "个百分点", "pp", "down", "固定资产投资增速较去年同期回落"),
                ("1.8个百分点", "个百分点", "pp", "down", "固定资产投资增速较全年回落"),
            ],
        ),
        # Goods listed after 其中 whose first part is named with its sales: the next
        # goods' figures are their sales too.
        (
            "全市社会消费品零售总额86亿元，增长6%。其中，限额以上单位服装类零售额增长8.1%，"
            "饮料类增长3.2%，家具类下降2.1%。",
            [
                ("86亿元", "亿元", "amount", "", "社会消费品零售总额"),
                ("6%", "%", "change", "up", "社会消费品零售总额"),
                ("8.1%", "%", "change", "up", "限额以上单位服装类零售额"),
                ("3.2%", "%", "change", "up", "饮料类零售额"),
                ("2.1%", "%", "change", "down", "家具类零售额"),
            ],
        ),
        # Other places' figures in brackets: each the place's own (named as a rate where
        # the place's words name one; of the measure compared since round 42), each gap the
        # compared rate's, not a gap's before.
        (
            "全县税收收入增长9.5%，高于全省平均增幅（6.1%）3.4个百分点，高于全市平均增幅（7.2%）"
            "2.3个百分点。",
            [
                ("9.5%", "%", "change", "up", "税收收入"),
                ("6.1%", "%", "change", "up", "税收收入全省平均增幅"),
                ("3.4个百分点", "个百分点", "pp", "up", "税收收入增速高于全省平均增幅"),
                ("7.2%", "%", "change", "up", "税收收入全市平均增幅"),
                ("2.3个百分点", "个百分点", "pp", "up", "税收收入增速高于全市平均增幅"),
            ],
        ),
        (
            "全县规模以上工业增加值增长8%，比全省（5.0%）高3个百分点，比全市（6.0%）高2个百分点。",
            [
                ("8%", "%", "change", "up", "规模以上工业增加值"),
                # (change, up since round 39: a rate named as a speed is a growth; was level)
                ("5.0%", "%", "change", "up", "全省规模以上工业增加值增速"),
                ("3个百分点", "个百分点", "pp", "up", "规模以上工业增加值增速比全省高"),
                ("6.0%", "%", "change", "up", "全市规模以上工业增加值增速"),
                ("2个百分点", "个百分点", "pp", "up", "规模以上工业增加值增速比全市高"),
            ],
        ),
        # Rates named by their word alone after 分别, the things listed in the clause
        # before (after a lead such as 增长较快的有, the 和 before the last joining the list,
        # not the 及 inside a name).
        (
            "其中增长较快的有家具类、建筑及装潢材料类和汽车类，增速分别为21.5%、12.4%和9.8%。",
            [
                ("21.5%", "%", "change", "up", "家具类增速"),
                ("12.4%", "%", "change", "up", "建筑及装潢材料类增速"),
                ("9.8%", "%", "change", "up", "汽车类增速"),
            ],
        ),
        # The places compared with listed after 分别高于, their head written once.
        (
            "全县固定资产投资增长11%，分别高于全市、全省平均增速1.5、3.2个百分点。",
            [
                ("11%", "%", "change", "up", "固定资产投资"),
                ("1.5", "个百分点", "pp", "up", "固定资产投资增速高于全市平均增速"),
                ("3.2个百分点", "个百分点", "pp", "up", "固定资产投资增速高于全省平均增速"),
            ],
        ),
        # Two places with their figures in brackets, then the gaps to each after 分别.
        (
            "全市生产总值增长8.4%，比全省（7.7%）和全国（7.0%）分别高0.7、1.4个百分点。",
            [
                ("8.4%", "%", "change", "up", "生产总值"),
                ("7.7%", "%", "change", "up", "全省生产总值增速"),  # (was level: round 39)
                ("7.0%", "%", "change", "up", "全国生产总值增速"),
                ("0.7", "个百分点", "pp", "up", "生产总值增速比全省高"),
                ("1.4个百分点", "个百分点", "pp", "up", "生产总值增速比全国高"),
            ],
        ),
        # A breakdown's frame naming a revenue or foreign investment (从财政收入分级次完成
        # 情况看, 从利用外资情况看): the places after it report that measure.
        (
            "从财政收入分级次完成情况看，城关、新区分别增长21.7%、11.2%。",
            [
                ("21.7%", "%", "change", "up", "城关财政收入"),
                ("11.2%", "%", "change", "up", "新区财政收入"),
            ],
        ),
        (
            "从利用外资情况看，开发区增长12.5%，城区增长6%。",
            [
                ("12.5%", "%", "change", "up", "开发区利用外资"),
                ("6%", "%", "change", "up", "城区利用外资"),
            ],
        ),
        # The four trades written by one character each (批、零、住、餐).
        (
            "全县限上批、零、住、餐四行业营业额分别增长3.1%、5.2%、-4.0%和6.6%。",
            [
                ("3.1%", "%", "change", "up", "限上批发业营业额"),
                ("5.2%", "%", "change", "up", "限上零售业营业额"),
                ("-4.0%", "%", "change", "down", "限上住宿业营业额"),
                ("6.6%", "%", "change", "up", "限上餐饮业营业额"),
            ],
        ),
        # A trade's part of retail sales, by a breakdown's frame, is its sales.
        (
            "全区社会消费品零售总额65.2亿元，增长4.1%。分行业看，餐饮业完成8.6亿元，增长9.2%。",
            [
                ("65.2亿元", "亿元", "amount", "", "社会消费品零售总额"),
                ("4.1%", "%", "change", "up", "社会消费品零售总额"),
                ("8.6亿元", "亿元", "amount", "", "餐饮业零售额"),
                ("9.2%", "%", "change", "up", "餐饮业零售额"),
            ],
        ),
        # A campaign named by its days is no span of time.
        ("全县开展“决战100天”活动，新开工项目12个。", [("12个", "个", "count", "", "新开工项目")]),
        # A budget value whose approver and scope are written inline (为县人民代表大会批准全县
        # 全年预算…的…%): the measure's budget, and the rates after it the measure's.
        (
            "1-9月一般公共预算收入3.8亿元，为县人民代表大会批准全县全年预算4.7亿元的80.4%，"
            "比上年同期3.5亿元增收0.3亿元，增长6.9%。",
            [
                ("3.8亿元", "亿元", "amount", "", "一般公共预算收入"),
                ("4.7亿元", "亿元", "amount", "", "一般公共预算收入全年预算"),
                ("80.4%", "%", "completion", "", "一般公共预算收入"),
                ("3.5亿元", "亿元", "amount", "", "上年同期一般公共预算收入"),
                ("0.3亿元", "亿元", "amount", "", "一般公共预算收入增收"),
                ("6.9%", "%", "change", "up", "一般公共预算收入"),
            ],
        ),
        # Places ranked under a label naming the measure: each place's figure of it, a
        # completion or a growth as the ranking says.
        (
            "各县（区）税收收入完成情况：按规模排序，东县5.2亿元，西县3.1亿元；按预算完成进度排序，"
            "西县78.5%，东县70.2%；按增速排序，东县6.3%，西县-2.1%。",
            [
                ("5.2亿元", "亿元", "amount", "", "东县税收收入"),
                ("3.1亿元", "亿元", "amount", "", "西县税收收入"),
                ("78.5%", "%", "completion", "", "西县税收收入"),
                ("70.2%", "%", "completion", "", "东县税收收入"),
                ("6.3%", "%", "change", "up", "东县税收收入"),
                ("-2.1%", "%", "change", "down", "西县税收收入"),
            ],
        ),
        # Other places' figures listed in brackets after the measure's: each place's own,
        # and a rate's list shares the cue before its bracket.
        (
            "农民人均纯收入2219元（全国2187元、全省1616元），增长27.3%（全国14.3%、全省29.2%）。",
            [
                ("2219元", "元", "amount", "", "农民人均纯收入"),
                ("2187元", "元", "amount", "", "全国农民人均纯收入"),
                ("1616元", "元", "amount", "", "全省农民人均纯收入"),
                ("27.3%", "%", "change", "up", "农民人均纯收入"),
                ("14.3%", "%", "change", "up", "全国农民人均纯收入"),
                ("29.2%", "%", "change", "up", "全省农民人均纯收入"),
            ],
        ),
        # The parts of a group's per-head income listed after 其中 with their growths alone
        # are that group's per head; a group listed there is its own (农村居民收入).
        (
            "一季度城镇居民人均可支配收入4894元，同比增长16.8%，其中：工资性收入增长13%，"
            "经营净收入增长73.7%。",
            [
                ("4894元", "元", "amount", "", "一季度城镇居民人均可支配收入"),
                ("16.8%", "%", "change", "up", "一季度城镇居民人均可支配收入"),
                ("13%", "%", "change", "up", "城镇居民人均工资性收入"),
                ("73.7%", "%", "change", "up", "城镇居民人均经营净收入"),
            ],
        ),
        (
            "全体居民人均可支配收入达3.9万元、增长5%，其中农村居民收入增长5.8%。",
            [
                ("3.9万元", "万元", "amount", "", "全体居民人均可支配收入"),
                ("5%", "%", "change", "up", "全体居民人均可支配收入"),
                ("5.8%", "%", "change", "up", "农村居民收入"),
            ],
        ),
        # A pull downwards (拉低, 拖累) is the puller's, as 拉动 is.
        (
            "其中，第一产业投资下降19.3%，拉低投资增速2.8个百分点。",
            [
                ("19.3%", "%", "change", "down", "第一产业投资"),
                ("2.8个百分点", "个百分点", "pp", "down", "第一产业拉低投资增速"),
            ],
        ),
        # A target task without a year (完成目标任务6.6亿元的51.3%) is the measure's target.
        (
            "财政收入完成3.39亿元，完成目标任务6.6亿元的51.3%。",
            [
                ("3.39亿元", "亿元", "amount", "", "财政收入"),
                ("6.6亿元", "亿元", "amount", "", "财政收入目标任务"),
                ("51.3%", "%", "completion", "", "财政收入"),
            ],
        ),
        # A completion's gap to the time elapsed: the measure's, above or below.
        (
            "税收收入占年预算的52.3%，超序时进度2.3个百分点。",
            [
                ("52.3%", "%", "completion", "", "税收收入"),
                ("2.3个百分点", "个百分点", "pp", "up", "税收收入超序时进度"),
            ],
        ),
        # A bar all the parts stand at (均在25%以上) says nothing of the name; growths ranked
        # first in the clause before (增幅最大，分别为…) are growths, each industry's.
        (
            "部分企业产值增长均在25%以上。",
            [("25%以上", "%", "change", "up", "部分企业产值")],
        ),
        (
            "分行业看，矿产加工业和电子信息增幅最大，分别为22.5%和21.6%。",
            [
                ("22.5%", "%", "change", "up", "矿产加工业增幅"),
                ("21.6%", "%", "change", "up", "电子信息增幅"),
            ],
        ),
        # 同比上年 is one word (not 同 and 比上年); a level's money from above (上级) is a
        # part of the sum as 区本级 is; the approval a budget's figure had names nothing.
        (
            "一般公共预算收入决算数为24.5亿元，同比上年增长4.9%。",
            [
                ("24.5亿元", "亿元", "amount", "", "一般公共预算收入决算数"),
                ("4.9%", "%", "change", "up", "一般公共预算收入决算数"),
            ],
        ),
        (
            "国防支出284万元（区本级272万元，上级12万元），同比增长11.6%。",
            [
                ("284万元", "万元", "amount", "", "国防支出"),
                ("272万元", "万元", "amount", "", "区本级国防支出"),
                ("12万元", "万元", "amount", "", "上级国防支出"),
                ("11.6%", "%", "change", "up", "国防支出"),
            ],
        ),
        (
            "经县第十九届人民代表大会第三次会议批准的本级一般公共预算总收入由39.8亿元调整为41亿元。",
            [
                ("39.8亿元", "亿元", "amount", "", "本级一般公共预算总收入预算"),
                ("41亿元", "亿元", "amount", "", "本级一般公共预算总收入"),
            ],
        ),
        # A completion of a forecast, with the document the forecast came from in brackets:
        # the measure's completion, the citation no part of any name, and the gap to the
        # time elapsed the measure's.
        (
            "基金支出完成26亿元，占省级核定基金支出预计数（预计数取自《省财政厅关于1-5月财政收支"
            "考核情况的通报》，财预〔2018〕30号）的31.83%，落后序时进度要求18.17个百分点。",
            [
                ("26亿元", "亿元", "amount", "", "基金支出"),
                ("31.83%", "%", "completion", "", "基金支出"),
                ("18.17个百分点", "个百分点", "pp", "down", "基金支出落后序时进度要求"),
            ],
        ),
        # Trades named alone after retail sales are the trades' sales; a second 分别 list
        # of the other side of a herd's flow is of the same animals; a change's base left
        # when its change is cut goes with it (非税收入同比|增收 → 非税收入's growth).
        (
            "社会消费品零售总额79亿元，增长12.5%。分行业：批发和零售业68.5亿元，增长12.8%，"
            "住宿和餐饮业10.4亿元，增长10.9%。",
            [
                ("79亿元", "亿元", "amount", "", "社会消费品零售总额"),
                ("12.5%", "%", "change", "up", "社会消费品零售总额"),
                ("68.5亿元", "亿元", "amount", "", "批发和零售业零售额"),
                ("12.8%", "%", "change", "up", "批发和零售业零售额"),
                ("10.4亿元", "亿元", "amount", "", "住宿和餐饮业零售额"),
                ("10.9%", "%", "change", "up", "住宿和餐饮业零售额"),
            ],
        ),
        (
            "牛、羊出栏分别达到1.2万头和7.5万只，存栏分别达到3.6万头和12万只。",
            [
                ("1.2万头", "万头", "count", "", "牛出栏"),
                ("7.5万只", "万只", "count", "", "羊出栏"),
                ("3.6万头", "万头", "count", "", "牛存栏"),
                ("12万只", "万只", "count", "", "羊存栏"),
            ],
        ),
        (
            "上半年非税收入同比增收1.63亿元，增长6.8%。",
            [
                ("1.63亿元", "亿元", "amount", "", "非税收入同比增收"),
                ("6.8%", "%", "change", "up", "非税收入"),
            ],
        ),
        # A stock named alone after a flow of things is the things' stock; each item of a
        # 分别 list of gaps keeps its own way.
        (
            "全年新认定高新技术企业553家、总量达到1340家。",
            [
                ("553家", "家", "count", "", "新认定高新技术企业"),
                ("1340家", "家", "count", "", "高新技术企业总量"),
            ],
        ),
        (
            "工业投资、房地产投资占比分别提高5个百分点和下降16.5个百分点。",
            [
                ("5个百分点", "个百分点", "pp", "up", "工业投资占比"),
                ("16.5个百分点", "个百分点", "pp", "down", "房地产投资占比"),
            ],
        ),
        # A measure named alone after a clause of an industry and a short predicate is
        # the industry's, and so is the growth after it.
        (
            "其中，金融业活力凸显，前三季度增加值实现200.8亿元，同比增长5.2%。",
            [
                ("200.8亿元", "亿元", "amount", "", "前三季度金融业增加值"),
                ("5.2%", "%", "change", "up", "前三季度金融业增加值"),
            ],
        ),
        # Industries named alone after an industry's output, in its sentence or the next,
        # are of the same output; firms are no industry.
        (
            "制造业增加值增长5.8%，拉动规模工业增长5.3个百分点。采矿业下降8.2%，建筑业增长7.8%。",
            [
                ("5.8%", "%", "change", "up", "制造业增加值"),
                ("5.3个百分点", "个百分点", "pp", "up", "制造业拉动规模工业增长"),
                ("8.2%", "%", "change", "down", "采矿业增加值"),
                ("7.8%", "%", "change", "up", "建筑业增加值"),
            ],
        ),
        # An adverb of degree before the change (微幅, 小幅, 大幅) is no part of the name; a
        # growth written as a noun after 的 (…的高位增长) is a growth; how widely a thing
        # reached its output (达产面) is a share, as 增长面 is.
        (
            "公车支出微幅增长，增加了0.89%。",
            [("0.89%", "%", "change", "up", "公车支出")],
        ),
        (
            "固定资产投资保持30%以上的高位增长。",
            [("30%以上", "%", "change", "up", "固定资产投资")],
        ),
        ("重点项目达产面达到93.3%。", [("93.3%", "%", "share", "", "重点项目达产面")]),
        # Firms of a classification section with 、 inside its name (交通运输、仓储和邮政业企业)
        # own their figure, and a part's speed is named as the part is after its renaming.
        (
            "1-9月，规上交通运输、仓储和邮政业企业实现营业收入78.6亿元，同比增长16.6%。其中，道路"
            "运输业企业实现29.3亿元，增长20.4%，增速较上半年回落1.5个百分点。",
            [
                ("78.6亿元", "亿元", "amount", "", "规上交通运输、仓储和邮政业企业营业收入"),
                ("16.6%", "%", "change", "up", "规上交通运输、仓储和邮政业企业营业收入"),
                ("29.3亿元", "亿元", "amount", "", "道路运输业企业营业收入"),
                ("20.4%", "%", "change", "up", "道路运输业企业营业收入"),
                ("1.5个百分点", "个百分点", "pp", "down", "道路运输业企业营业收入增速"),
            ],
        ),
        # A task set from above (完成市下达任务…的98.6%) is the measure's target; the four
        # trades written in full words are the four trades.
        (
            "重大项目完成投资1.48亿元，完成市下达任务1.5亿元的98.6%。",
            [
                ("1.48亿元", "亿元", "amount", "", "重大项目完成投资"),
                ("1.5亿元", "亿元", "amount", "", "重大项目完成投资市下达任务"),
                ("98.6%", "%", "completion", "", "重大项目完成投资"),
            ],
        ),
        (
            "全区限上批发、零售、住宿、餐饮四个行业零售额分别为5.2亿元、30.7亿元、0.5亿元和2.1亿元。",
            [
                ("5.2亿元", "亿元", "amount", "", "限上批发业零售额"),
                ("30.7亿元", "亿元", "amount", "", "限上零售业零售额"),
                ("0.5亿元", "亿元", "amount", "", "限上住宿业零售额"),
                ("2.1亿元", "亿元", "amount", "", "限上餐饮业零售额"),
            ],
        ),
        # Projects counted, then their planned and their done investment: the sibling's
        # measure is no object of the first (投资计划投资), and the plan no part of the done.
        (
            "全县重点项目104个，计划投资93.68亿元，完成投资44.24亿元，占年度计划的47.2%。",
            [
                ("104个", "个", "count", "", "重点项目"),
                ("93.68亿元", "亿元", "amount", "", "重点项目计划投资"),
                ("44.24亿元", "亿元", "amount", "", "重点项目完成投资"),
                ("47.2%", "%", "completion", "", "重点项目完成投资"),
            ],
        ),
        # Places listed before a last part that writes the head once (…、塔河县和漠河县地方
        # 公共财政预算收入分别…): each place with the whole head, not its last word.
        (
            "地本级、呼玛县和漠河县地方公共财政预算收入分别完成7234万元、2016万元和10002万元。",
            [
                ("7234万元", "万元", "amount", "", "地本级地方公共财政预算收入"),
                ("2016万元", "万元", "amount", "", "呼玛县地方公共财政预算收入"),
                ("10002万元", "万元", "amount", "", "漠河县地方公共财政预算收入"),
            ],
        ),
        # How a figure was estimated (初步测算), a second verb joined to the first (出台和修订),
        # and a congress's reading (区人代会审议通过) are no part of a name.
        (
            "全体居民人均可支配收入初步测算达33234.9元。",
            [
                ("33234.9元", "元", "amount", "", "全体居民人均可支配收入"),
            ],
        ),
        (
            "先后出台和修订促进企业上市政策措施6条。",
            [
                ("6条", "条", "count", "", "促进企业上市政策措施"),
            ],
        ),
        (
            "区人代会审议通过2021年全区一般公共预算收入预期为2020300万元。",
            [
                ("2020300万元", "万元", "amount", "", "全区一般公共预算收入"),
            ],
        ),
    ],
)
def test_round38_names(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_breakdown_by_industry_takes_the_output_the_paragraph_before_named() -> None:
    before = "从轻重工业看，轻工业产值占比23.9%，同比增长0.8%；重工业产值占比76.1%。"
    found = find_mentions("从行业看，装备制造业同比下降0.1%，医药制造业同比增长5.1%。", before)
    assert [(m.text, m.indicator) for m in found] == [
        ("0.1%", "装备制造业产值"),
        ("5.1%", "医药制造业产值"),
    ]
