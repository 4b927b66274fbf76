"""Counted nouns: a count or amount written before its noun (新建3所中小学,
9项任务提前完成年度目标) is named by that noun and by the predicate that picks
the counted ones out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportpress import patterns
from reportpress.metrics.lexicon import (
    AWARD_VERBS,
    CLAUSE_END,
    CN_ALL,
    DIGIT_RE,
    DOWN_WORDS,
    EARLIER_PERIOD,
    HAN,
    HAN_LETTER,
    HAN_ONLY_RE,
    NOT_PREDICATE_RE,
    PERSON_UNITS,
    PLACE_END_CHARS,
    PREDICATE_DURATION_RE,
    REMOVAL_VERBS,
    SETTLED_IN,
    UP_WORDS,
    VERB_ALTERNATION,
    WHOLE_PLACE,
)
from reportpress.metrics.names import (
    LIGHT_TAIL_RE,
    han_len,
    leading_verbs_stripped,
    light_stripped,
    shared_head,
    visible_len,
    with_predicate,
)
from reportpress.metrics.scan import (
    WINDOW,
    Item,
    ahead,
    clause_end,
    clause_start,
    kind_of_unit,
    unit_base,
)
from reportpress.metrics.subjects import (
    BARE_VERBS_RE,
    FRAME_HEAD_RE,
    MANNER_RE,
    OWNED_AMOUNT_RE,
    PIVOT_RE,
    PRED_ADVERB_RE,
    VERB_END_RE,
    VERB_START_RE,
    segment_mode,
    trim_prefix,
)

#: A figure followed by a change verb is the start of a change (由380元提高到420元),
#: so no noun is read after it.
CHANGE_WORDS = "|".join(UP_WORDS + DOWN_WORDS)


#: Verbs that end a counted noun: 9个项目|加快建设, 3家文化园区|成为…; a shortfall
#: (6项指标|不及预期) or a span of years (57个县|近3年…) opens what is said of it.
PREDICATE_START = (
    r"(?<![未新待])(?:占|完成|实现|开工|完工|建成|入驻|落地|进入|成为|上榜|(?<!自)由(?!于)|将于|将在|拟于|"
    r"(?<![结相针面应绝反])对(?![口外象接话比照])|"
    r"加快|加紧|办理|启动|共同|获得|全部|平均|累计(?=[\u4e00-\u9fff])|(?<!平)均|已|正式|开展|提前|投入|发放|联合|牵头|回迁|入市|建设|保持|"
    r"获(?=[^，。；、]{0,12}(?:表彰|奖励|嘉奖))|得到(?=[^，。；、]{0,12}(?:表彰|表扬|奖励|嘉奖|激励))|"
    r"改造|达到|达|为|[正负]?增长|下降|实施|整治|创建|竣工|加入|置换|打造|进场|进行|提供|享受|享有|受|在|的|"
    r"各(?![类级项种界族部方个式样色位])|开业|投用|投运|交付|入住|通车|入选|获评|被评为|被命名|被(?:确定|认定|列)为|被授予|被(?=[^，。；、]{1,12}?(?:评为|命名|认定|确定|列为|授予))|荣获|挂牌|共建|免费|增选|当选|顺利|"
    r"因(?![素子])|由于|不及|未达|未造成|未发生|未出现|选派|派出|派驻|近(?=[0-9０-９一二三四五六七八九十两]{1,3}年))"
)
PREDICATE_START_RE = patterns.compile(PREDICATE_START)
#: The head of a counted noun that a light tail would otherwise take off (重点改革|任务).
COUNTED_HEAD_RE = patterns.compile(r"(?:任务|工作)$")
#: The units tasks are counted in (21项|重点改革任务; not 149处|维修任务: the places).
TASK_UNITS = frozenset(("项", "个", "条", "件"))
#: A figure set to a new value after it (由每人每月600元|调整为650元): a from–to, no noun.
RESET_TO_RE = patterns.compile(r"(?:调整|调减|调增|变更|调)[为至到]")


#: Where an award was given (在全省评估中|获评优秀): it may make the predicate long.
AWARD_PLACE_RE = patterns.compile(rf"^在[^，。；]{{1,14}}?[中上](?={AWARD_VERBS})")
#: Attributes of a counted noun (普通高中|办学能力): the count is of the noun.
ATTRIBUTE_RE = patterns.compile(r"(?:办学|服务|治理|管理)(?:能力|水平|质量|条件)$")
#: A change to a value (增至, 提高到): no noun after a count that starts from 从/由.
CHANGE_TO_RE = patterns.compile(
    rf"(?:{CHANGE_WORDS}|发展壮大|发展|壮大|扩大|扩展|拓展|扩充|跃升|攀升)?[增降升减]?[至到为]"
)
#: A plan word between a from–to's two figures (由45亿元|预计|增加到97亿元).
PLAN_WORDS = ("预计", "预期", "计划", "力争", "有望")
FROM_BEFORE_RE = patterns.compile(rf"[由从](?:{EARLIER_PERIOD}的?)?$")
#: A manner word closing a counted noun, the verb after it (民生实事全面|完成).
TRAILING_MANNERS = ("圆满", "全面", "顺利", "全部", "基本")
TRAILING_WHEN = (
    "一年内",
    "两年内",
    "三年内",
    "五年内",
    "年内",
    "年底前",
    "年底",
    "年末",
    "今年",
    "当年",
    "上半年",
    "下半年",
    "月底前",
)
TRAILING_MANNER_RE = patterns.compile(rf"(?<=..)(?:{'|'.join(TRAILING_MANNERS + TRAILING_WHEN)})$")
#: A capacity said of the stuff measured before 的 (…尿素的生产能力).
CAPACITY_WORDS = ("生产能力", "产能", "处理能力", "加工能力", "仓储能力", "能力")
#: A short task after 的 that closes the clause (的综合改造): read whole.
WHOLE_TASK_RE = patterns.compile(rf"的([{HAN}]{{2,6}})")
#: An attribute written after the things counted (盟市|空气质量全部达标, 行政村|集体经济收入
#: 均已达标: the villages are counted, not their income).
NOUN_ATTRIBUTE_WORDS = ("质量", "水平", "能力", "条件", "经济收入", "集体收入", *(
    "利润", "产值", "增加值", "营业收入", "产量", "增速", "增幅", "降幅")
)  # fmt: skip
NOUN_ATTRIBUTE_RE = patterns.compile(
    r"((?:空气|水|环境|服务|办学|治理|管理)?(?:质量|水平|能力|条件)|(?:集体)?经济收入|集体收入"
    # (a measure of the things counted, and when: 24个行业|利润同比|增长, 7个行业|月度降幅|收窄)
    r"|(?:月度|累计|当月)?(?:利润|产值|增加值|(?:主营业务|营业)收入|产量|增速|增幅|降幅)"
    r"(?:同比|累计)?)"
    r"(?:全面|全部|均|基本|稳定|实现)?$"
)
#: Places counted by how a good's price moved there (27个|省份|猪肉价格|下降, 27个|省（市）|…):
#: the places (group 1), the price (group 2), its move (group 3), all the clause says.
PLACES_PRICED_RE = patterns.compile(
    rf"((?:省份|省区市|城市|地区|县市区|县区|县市|市县|省|市|县|区)(?:[（(][{HAN}、]{{1,8}}[）)])?)"
    rf"([{HAN}]{{1,4}}?(?:价格|均价|价))(?:均|也|则|有所)?(持平|上涨|下跌|上升|下降|回落)"
)
#: A verb or a change done to an attribute (提升|办学能力).
DONE_TO_RE = patterns.compile(rf"(?:{VERB_ALTERNATION}|{CHANGE_WORDS})$")
#: Verbs that remove what they count: without them the name says the opposite.
REMOVAL_RE = patterns.compile(rf"(?:(?:{REMOVAL_VERBS}|调整|下放|合并|精简|免征)[和及、]?)+$")
REMOVAL_ONLY_RE = patterns.compile(REMOVAL_VERBS)
#: Short modifiers listed after the first up to 等 and the head they share (视力、听力等|残疾儿童).
LISTED_MODIFIERS_RE = patterns.compile(
    rf"(?:、[{HAN}]{{1,3}})+等([{HAN}]{{2,8}}?)(?=免费|提供|开展|[，。；]|{PREDICATE_START})"
)
#: A bracketed list of the kinds a noun covers: 县（市、区）.
KINDS = rf"[（(][{HAN}]{{1,4}}(?:、[{HAN}]{{1,4}})+[）)]"
#: A note opened right after the things counted (13个项目（其中：…）): no predicate of theirs.
NOTE_WORDS = "其中|含|包括|不含|不包括|下同"
#: A pollutant's code after the places counted (120个城市|PM10平均浓度): its measure's start.
POLLUTANT = r"PM[0-9]|[SN]O2|O3"
NOTE_OPENED_RE = patterns.compile(rf"[（(](?:{NOTE_WORDS})")
#: The noun after a count, a bracketed list of kinds included (12个县（市、区）), a note
#: opened after it not (13个项目（其中：…）, 8个单位（含…）);
#: 近 opens no noun only before a number or a time (近三年, 近期), 近亲属 is one.
NOUN_AFTER_RE = patterns.compile(
    rf"^(?!的?(?:基础上|前提下|情况下|背景下))(?:的)?(?!共|合计|累计|正在|仍在|尚在|尚未|已经|等(?!级)|约(?!束)|近(?=[0-9０-９一二三四五六七八九十两百千万亿半年期日月来些])|超(?!市)|达(?!标|到(?:或超过)?(?:预期)?(?:目标|要求|标准|序时进度))|以内|以下|之间|之内|并|且|其中|同时|分别|同比|环比|[比较](?:上年|去年)|跃升|攀升|跃居|拓展|扩展|延伸|[增降升减][至到为]|(?:{CHANGE_WORDS})(?![式型]))"
    rf"([{HAN}A-Za-z“”]{{1,12}}?{KINDS}"  # 县（市、区）: a list of kinds ends the noun
    rf"|(?:[（(][{HAN}]{{1,8}}[）)]|“[{HAN}·]{{1,16}}”|[{HAN}A-Za-z“”·）)]|[（(](?!{KINDS}|{NOTE_WORDS})){{1,16}}?"
    rf"(?=[，。；：、,;:!?！？0-9]|$|{NOTE_OPENED_RE.pattern}|{POLLUTANT}|中共?有?(?=[0-9０-９])|中共?有(?=[{HAN}]{{2,8}}[0-9０-９])|(?<=[{HAN}]{{2}})[户人]均(?=[{HAN}]{{2}})|[和及与或](?=[0-9０-９]|[一二三四五六七八九十两]+[个家项所座条处])|{PREDICATE_START}))"
)


#: A measure closing a counted noun (…制造业|增加值) and the change that follows it.
COUNTED_MEASURES = r"(?:(?:工业)?(?:增加值|总产值|产值)|生产总值|营业收入|营收|利润|产量|居民(?:人均)?(?:可支配)?收入)"
COUNTED_MEASURE_RE = patterns.compile(rf"{COUNTED_MEASURES}(?:合计|共计|总计)?$")
CHANGE_AFTER_RE = patterns.compile(rf"(?:{CHANGE_WORDS})")
#: …or the measure's own figure (78户规模企业工业增加值|完成2.85亿元).
FIGURE_AFTER_RE = patterns.compile(r"(?:完成|实现|达到?|为)(?:约|近|超过?)?[0-9０-９]")
#: The quality of the things counted closing their noun (35个市控断面|水质优良比例为91.4%;
#: 3个…水源地|水环境质量均达到Ⅱ类标准), and what is then said of it: a figure or a grade.
QUALITY_END_RE = patterns.compile(
    r"(?:水质|(?:水|空气|声)?环境质量|空气质量)(?:优良比例|优良率|达标率|达标比例|状况)?$"
)
GRADE_SAID_RE = patterns.compile(r"(?:均|全部|全都|都|总体)?(?:达到|优于|好于|保持|稳定在)")
#: What is said of a measure over a span of years (57个县|生产总值|近3年年均增速快于全省).
SPAN_SAID_RE = patterns.compile(
    rf"({COUNTED_MEASURES}?)近[0-9０-９一二三四五六七八九十两]{{1,3}}年[{HAN}]{{2,16}}(?=[，。；]|$)"
)
#: An order after the things counted (…项目要加快建设): what is to be done names none.
ORDER_AFTER_RE = patterns.compile(r"(?:要|将|需要|须|应|必须)")
#: A thing handled with 把 (把中央财政的|400亿元补贴资金用好): its owner, before 的.
DISPOSAL_RE = patterns.compile(rf"把((?:{HAN_LETTER}|[“”]){{0,10}}?)的?$|将$")
DISPOSED_RE = patterns.compile(rf"{VERB_ALTERNATION}|用[好活足]|管[好住]|花[好在]")
#: Steps of a scale: a count of them is how far something moved (指数提升2个等级, 排名前移5位).
STEP_NOUNS = ("等级", "档次", "位次", "级", "档", "位")


#: Verbs that complete or push a piece of work rather than make the things counted.
WORK_DONE_VERBS = ("完成", "推进", "加快", "启动")

#: A verb and a noun that make one noun: 改造项目, 建设工程 (城中村改造项目实施).
VERB_NOUN_RE = patterns.compile(
    rf"^(?:{VERB_ALTERNATION})(?:项目|工程|计划|方案|行动|资金|基地|中心)"
)


#: An age band written between a count and its noun (1467位80岁以上老年人).
AGE_BAND_RE = patterns.compile(
    r"[0-9０-９]{1,3}(?:[—－-][0-9０-９]{1,3})?(?:周)?岁(?:以上|以下|及以上)?"
)


#: An honour received after a count of people or bodies, or after the list it ends
#: (9个集体、|24名个人|获市级表彰).
HONOR_AFTER_RE = patterns.compile(
    rf"(?:[、和及与][0-9０-９一二三四五六七八九十两]{{1,5}}[个名位家][{HAN}]{{1,8}}?)?"
    rf"((?:获得?|受到|得到|荣获)[^，。；、]{{0,12}}?(?:表彰|奖励|嘉奖|表扬|激励)+)"
)
#: A sum spent, written before it (总投资|5亿元…, 投资|33亿元…).
SPENT_ON_RE = patterns.compile(r"(?:总投资|投资|投入)$")
#: What befell a thing, said after it (…小镇|被国家发改委评为…, 获评, 入选, 荣获).
PASSIVE_AFTER_RE = patterns.compile(r"被|获评|荣获|成功入选|入选|获批")
#: Verbs of finding: what an audit or a check found (查出的问题, 反映的问题).
FINDING_VERBS = ("排查出", "检查出", "审计出", "查出", "发现", "反映", "提出", "指出", "移送")
FINDING_END_RE = patterns.compile(rf"(?:{'|'.join(FINDING_VERBS)})$")
#: The finder and its verb before the count of what it found (…专项审计查出的|46个问题),
#: a count before them aside.
FINDING_CLAUSE_RE = patterns.compile(rf"([{HAN}]{{2,14}}(?:{'|'.join(FINDING_VERBS)})的)$")
#: A verb of helping right before a count (帮助|119家企业获得贷款): the ones counted are
#: those the help brought something.
HELPED_BEFORE_RE = patterns.compile(r"(?:帮助|扶持|支持|助力|协助|指导|引导)$")
#: What the ones helped got, after their noun and before the sum or the clause's end
#: (…企业|获得贷款|0.9亿元).
GOT_AFTER_RE = patterns.compile(
    rf"(?:获得|取得|享受|得到|争取到?)[{HAN}]{{2,8}}?(?=[0-9０-９，。；、]|$)"
)
#: What opens a relative clause before its head (受过培训的工人, 具有博士学位的人才,
#: 在全国有影响力的企业: where they have it first), or a topic (有关法律问题的决定).
RELATIVE_START_RE = patterns.compile(
    r"具有|拥有|受过|持有|懂|会|从事|来自|符合|具备|掌握|经过|参加|参与|获得|取得|达到|完成|开展|有关|关于|涉及|"
    r"有(?!关|效|序|力)|在[^，。；、的]{1,8}?(?:具有|拥有|享有|有(?!关|效|序))"
)
#: A bar passed inside the words after a count (亩产值超万元|的示范基地): they are a
#: relative clause too, the class the things counted after 的 belong to.
BAR_PASSED_RE = patterns.compile(
    rf"(?:超过|超|逾|突破|达到|达)[0-9０-９{CN_ALL}]+[{HAN}%]{{0,3}}(?:以上)?$"
)
#: The verbs of a bar (超, 逾, 突破), and a bar's figure written in digits up to the 的
#: of the things that passed it (年产值超|10亿元|的产业园区), or a sum's up to their noun
#: (年产值超|10亿元|企业).
BAR_VERBS = ("超过", "超", "逾", "突破", "达到", "达")
BAR_FIGURE_RE = patterns.compile(
    rf"[0-9０-９][0-9０-９.．]{{0,12}}(?:[{HAN}%]{{0,3}}?(?:以上)?(?=的)|[万亿]?元(?:以上)?(?=[{HAN}]))"
)
#: Words before a count that make it an object or a beneficiary (为, 让, 支持) or a plan (今年).
NOT_SUBJECT_WORDS = ("为", "对", "向", "给", "支持", "帮助", "免费", "资助", "今年", "全年", "年内")
#: Characters that count or rank rather than own (首批, 十大类).
COUNT_CHARS = frozenset("一二三四五六七八九十两首批")
#: What is done in places counted after 在, up to the figure of what is done (建设基地|6万亩).
PLACE_DOING_RE = patterns.compile(rf"(?:{HAN_LETTER}|[“”]){{4,16}}?(?=[0-9０-９])")
#: Heads of what is done that end a counted noun before 和 (6个整治项目和…).
TASK_HEADS = ("项目", "工程", "行动", "任务", "事项", "活动")
#: Heads of bodies that end a counted noun before 和 (4个工作委员会|和常委会办公厅参与).
BODY_HEADS = ("委员会", "办公厅", "办公室", "机关", "部门")
#: Verbs of giving that are nouns too: a sum is named by them (…，直接补贴种粮农民 →
#: 种粮农民补贴; 困难家庭每月多了200元补助 → 困难家庭每月补助).
GIFT_NOUNS = ("资助", "补助", "补贴", "奖补")
#: Who receives a sum written before it, and how often (困难家庭|每月|多了).
RECEIVER_RE = patterns.compile(
    rf"((?:{HAN_LETTER}){{2,10}}?)(每[年月人户天日])?(?:多了|多|新增|增加了?|获得|领到|享受)"
)
#: Verbs of reach: what they reach is named with them (覆盖30个国家和地区).
REACH_RE = patterns.compile(r"覆盖|惠及|辐射|通达|联通")


#: A long noun ending in a head of what is built or run, when the short reading finds none
#: (2个国家级公立医院改革与高质量发展示范项目).
LONG_NOUN_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[“”]){{6,28}}?(?:项目|工程|基地|中心|园区|平台))(?=[，。；、,;]|$)"
)
#: A task before a count of its sites, after a light verb (完成|户厕改造|25个示范点).
TASK_BEFORE_RE = patterns.compile(
    rf"(?:完成|实施|推进|开展)((?:{HAN_LETTER}){{1,6}}(?:{VERB_ALTERNATION}))"
)
#: Short names listed between a verb and their count (建设|东山、西岭、南湾|3个…电站).
NAMES_LISTED_RE = patterns.compile(
    rf"(?!的)(?:(?:{HAN_LETTER}|[“”]){{1,8}}、){{1,8}}(?:{HAN_LETTER}|[“”]){{1,8}}等?"
)
#: A code of digits and letters that opens a noun (4S店, 5G基站), a voltage class
#: (220千伏输变电工程) or a size class of money (30亿元以上项目).
CODE_NAME_RE = patterns.compile(
    rf"(?:[0-9]{{1,2}}[A-Za-z]{{1,3}}|[0-9]{{2,4}}(?:千伏|万伏|kV|KV)|[0-9]{{1,4}}[万亿]元(?:以上|级))"
    rf"(?={HAN_LETTER})"
)
#: A size class of money written where a noun is expected (12个|百亿元|、…项目), and the
#: head after the rest of the list that says what is counted.
SIZE_CLASS_RE = patterns.compile(r"[十百千]?[万亿]元(?:级|以上)?")
SIZE_HEAD_AFTER_RE = patterns.compile(r"、[^，。；]{0,24}?(项目|工程|企业|产业集群|集群)")


#: What a task yields, counted (形成10个典型案例): the task's, or the body's written
#: right before the count (试点28项经验获…推广).
OUTCOMES = ("典型案例", "案例", "经验", "经验做法", "成果", "模式", "样板", "范例")
OUTCOMES_LONGEST_FIRST = sorted(OUTCOMES, key=len, reverse=True)


def _outcome_of_owner(segment: str, noun: str, rest: str) -> CountedName | None:
    """An outcome counted right after the body it is of (深圳综合改革试点|48项经验获全国推广
    → 深圳综合改革试点经验获全国推广), also as the second of a list; None otherwise."""
    if not noun.startswith(OUTCOMES):
        return None
    head = next(word for word in OUTCOMES_LONGEST_FIRST if noun.startswith(word))
    owner = trim_prefix(FRAME_HEAD_RE.sub("", segment.rpartition("、")[2]))
    if not _names_owner(owner) or COUNT_CHARS.intersection(owner):
        return None
    predicate = noun[len(head) :] + (rest if not re.search(r"[0-9０-９、]", rest) else "")
    if visible_len(predicate) > 12:
        predicate = ""
    return CountedName(owner + head + predicate, head, "subject")


#: A beneficiary's 为 at the end of the words before a count (累计为29个省份…), or before
#: the ones it lists (为公交公司等19家企业…), not a copula or a verb ending in 为 (成为,
#: 作为, 认定为, 调整为).
FOR_WHOM_END_RE = patterns.compile(
    rf"(?:^|[，、,]|累计|先后|共|已|还|又|再|全年|今年|年内|将)为(?:{HAN_LETTER}{{2,10}}等)?$"
)
#: The group a beneficiary count is of, when the words after it run on into what is
#: done for them (农民工追回欠薪: 农民工 | 追回欠薪); longer heads before their tails.
BENEFICIARY_HEAD_RE = patterns.compile(
    r"((?:[^，。；、的]){0,10}?(?:农民工|老年人|残疾人|劳动者|毕业生|家庭|群众|人员|人口|居民|农民|职工|学生|"
    r"儿童|老人|妇女|群体|省份|省区市|地区|城市|企业|单位|户))(?=[^，。；、的]{2})"
)
#: Approximation words a run-on noun may end with before the next figure (保供煤炭超).
TRAILING_APPROX_RE = patterns.compile(r"(?:超过|超|近|约|逾|达)$")


#: Places counted (17个省（区、市）, 28个省份, 11个县（市、区）) and what a place completes.
PLACES_RE = patterns.compile(
    r"(?:[省市县区乡镇村旗州盟]|省份|地区|城市)(?:[（(][^）)]{1,8}[）)])?$"
)
PLACE_DONE_RE = patterns.compile(r"(?:已经|已|均|全部)?(?:完成|实现|通过|出台|建立)")


def _places_done(noun: str, predicate: str) -> bool:
    """Whether a count of places is named by a long task they completed (an award's name
    and a task done by provinces may both be long: 完成国有企业…省级统筹的省（区、市）)."""
    return bool(PLACES_RE.search(noun) and PLACE_DONE_RE.match(predicate))


def _for_whom(segment: str, noun: str, rest: str) -> CountedName | None:
    """A count after a beneficiary's 为 named by what is done for them, in the order
    the key writes it (为5万名农民工追回欠薪 → 追回欠薪的农民工; 为29个省份保供煤炭 →
    保供煤炭的省份), never the group first as if it did the deed; None otherwise.
    The deed runs up to the next figure (…办理退税|8亿元) or the clause's end."""
    if "为" not in segment[-12:] or not FOR_WHOM_END_RE.search(segment):
        return None
    deed = TRAILING_APPROX_RE.sub("", DIGIT_RE.split(rest, maxsplit=1)[0])
    group = noun
    if not deed and (head := BENEFICIARY_HEAD_RE.match(noun)):
        group, deed = head.group(1), TRAILING_APPROX_RE.sub("", noun[head.end(1) :])
    elif not VERB_START_RE.match(deed):
        return None
    if han_len(deed) < 2 or visible_len(deed) > 16 or "、" in deed:
        return None
    return CountedName(f"{deed}的{group}", group, "subject")


#: What is given to a group written before its count (为退役军人提供|5万个就业岗位).
PROVIDED_FOR_RE = patterns.compile(
    rf"(?:^|[，、,]|累计|先后|共|已|还|又|再|全年|今年|年内|将)(为(?:{HAN_LETTER}|[“”]){{2,10}}?"
    r"(?:提供|创造|开发|筹集|募集|发放|送去|落实))$"
)


def _provided_for(segment: str, noun: str) -> CountedName | None:
    """A count of what is given to a group named before it keeps the group: 为退役军人提供
    5万个就业岗位 counts jobs for veterans, not all jobs (为退役军人提供的就业岗位)."""
    if "为" not in segment[-14:] or not (given := PROVIDED_FOR_RE.search(segment)):
        return None
    if VERB_START_RE.match(noun) or han_len(noun) < 2:
        return None
    return CountedName(with_predicate(given.group(1), noun), noun, "object")


#: What a sum is spent on, written after it (…亿元用于…): no noun it counts.
USE_START_RE = patterns.compile(r"(?:重点|主要|全部|专门|集中)?(?:用于|用来)")


@dataclass
class CountedName:
    name: str
    noun: str  # the counted noun itself, for siblings that leave it out
    mode: str


#: The end of a breakdown's frame a count stands in (从6个旗县市|增速看).
FRAME_END_RE = patterns.compile(r"(?:增速|增幅|总量|规模|情况)?看$")
#: The names of the things counted, said after their noun (三个行业|分别是…, 两家企业|依次为…).
NAMED_AFTER_RE = patterns.compile(r"(?:分别|依次)(?:是|为)|是(?=[\u4e00-\u9fff])")
#: A whole place opening what follows a sum: the next subject, not what the sum measures.
WHOLE_PLACE_OPENS_RE = patterns.compile(WHOLE_PLACE)
#: What a counted noun may start with: a Han character, a quotation, a Latin letter; not
#: a time word alone (…上解支出26.6亿元后，…: no noun of the figure).
NOUN_START_RE = patterns.compile(
    rf"(?![后前时内间](?:[，。；,;]|$)|相比|相较)[{HAN}“A-Za-z]"
)  # (与…的133972万人|相比: the comparison's base, no noun)
#: A list's join opening the words after a figure, then the next figure (41座|和电灌站|9处;
#: 首批12项|及第二批|14项重点改革): group 1 the next figure's first unit character, group 2
#: what follows it.  In another unit, or with no noun after it, the words are the next
#: item's name; in the same unit with a noun after, the noun after both is shared.
JOINED_ITEM_RE = patterns.compile(
    r"(?:和(?![平田谐美睦龙顺静政硕林县])|及(?!时)|与(?!会)|或)[^0-9０-９，。；、,;]{1,12}?"
    r"[0-9０-９][0-9０-９.．]*\s*([^0-9０-９.．\s])(.?)"
)
#: A negated predicate after a sum (专项债券5.5亿元|未纳入预算安排): no noun the money buys
#: (a count's 未开工项目, 未就业毕业生 are things counted).
NEGATED_RE = patterns.compile(r"未|尚未|没有|不(?:纳入|再|能|会|予|属于)")
#: Words of progress after a sum, a length or an area (道路硬化4.5公里|已完成设计): the deed's
#: state, no noun (a count's 2个|已竣工 picks out the things that did it).
PROGRESS_WORDS = ("已", "正在", "尚")
#: A relative clause after the counted noun (牵头的医联体): what they do for the thing after 的.
RELATIVE_AFTER_RE = patterns.compile(rf"(?![为是以被由作])([{HAN}]{{2,4}})的([{HAN}]{{2,10}})")


#: The next list item's examples, up to its 等 (8个示范车间|及景丰科技等|5个…).
NEXT_EXAMPLES_RE = patterns.compile(rf"(?<![普涉以波危参给赋])[及和与](?=[{HAN}]{{1,10}}等$)")


def _second_thing_at(noun: str) -> int:
    """Where a counted noun runs on into other things the count is not of: 以及 after
    two characters (2座垃圾转运站|以及停车场), 和 after a head of its own (6个整治项目|和…),
    the examples of the next count (8个示范车间|及景丰科技等5个工厂); -1 when it does not.
    A body's head ends its name as a task's does (4个工作委员会|和常委会办公厅)."""
    if (also := noun.find("以及")) >= 2:
        return also
    if noun[-1:] == "等" and (listed := NEXT_EXAMPLES_RE.search(noun, 2)):
        return listed.start()
    joined = noun.find("和")
    return joined if joined >= 4 and noun[:joined].endswith(TASK_HEADS + BODY_HEADS) else -1


#: A list item written before the count it shares a head with (示范类、|340个…).
LIST_ITEM_RE = patterns.compile(rf"[{HAN}（）()“”]{{1,10}}[、和及与]")
#: Where the next item of a list of counts begins (…、|5个…, …和|三家…).
NEXT_LIST_ITEM_RE = patterns.compile(r"[、和及与](?=[0-9０-９一二三四五六七八九十两])")
#: Where people counted settle (农业转移人口|在城镇落户).
SETTLED_RE = patterns.compile(rf"在{SETTLED_IN}$")
AWARD_VERB_RE = patterns.compile(AWARD_VERBS)


#: Who raised or handed over the problems counted (督察反馈|19个问题, 督察反馈、交办|问题):
#: they are named by it, not by what is being done about them.
RAISED_RE = patterns.compile(r"(?:反馈|交办|督办|移交|转办|指出|查出|发现)$")
PROBLEMS = ("问题", "事项", "线索", "案件", "信访件", "隐患", "意见建议")
RAISED_ENDS = frozenset(("反馈", "交办", "督办", "移交", "转办", "指出", "查出", "发现"))
PROBLEM_STARTS = frozenset(p[:2] for p in PROBLEMS)
#: A second raising verb listed after the first, with the problems they share (、交办问题).
RAISED_MORE_RE = patterns.compile(rf"[、和及与][{HAN}]{{2}}(?:{'|'.join(PROBLEMS)})")
#: A predicate that says which of them are counted (完成整改, 已办结): kept before the noun.
SETTLED_PREDICATE_RE = patterns.compile(
    r"(?:已|均已|全部|已全部)?(?:完成整改|整改到位|整改完成|办结|销号|化解)"
)


def _raised(text: str, segment: str, noun: str, noun_end: int) -> CountedName | None:
    """Problems counted after whoever raised them (中央第三轮环保督察反馈19个问题整改…
    → 中央第三轮环保督察反馈问题), or with the raising verbs written after the count before
    the problems they share (7项省级督察反馈、交办问题完成整改 → 完成整改的省级督察反馈、
    交办问题); None for any other count."""
    if RAISED_RE.search(noun) and (more := RAISED_MORE_RE.match(text, noun_end)):
        noun += more.group()
        rest = text[more.end() : clause_end(text, more.end())]
        settled = SETTLED_PREDICATE_RE.fullmatch(rest)
        return CountedName(f"{rest}的{noun}" if settled else noun, noun, "subject")
    problem = (
        next((p for p in PROBLEMS if noun.startswith(p)), "") if noun[:2] in PROBLEM_STARTS else ""
    )
    if not problem or not RAISED_RE.search(segment):
        return None
    owner = trim_prefix(FRAME_HEAD_RE.sub("", segment.lstrip("，、")))
    if not 2 <= han_len(owner) <= 20 or DIGIT_RE.search(owner) or owner.startswith(("我", "要")):
        return None
    return CountedName(owner + problem, problem, "subject")


def _second_listed(text: str, pos: int) -> str:
    """The noun a short counted noun is listed with (困境|、留守儿童, 机关|、企事业单位), when
    ``、`` at ``pos`` joins the two and the clause holds no other figure; else ""."""
    if text[pos : pos + 1] != "、":
        return ""
    rest = text[pos + 1 : clause_end(text, pos + 1)]
    second = NOUN_AFTER_RE.match(rest)
    if not second or DIGIT_RE.search(rest) or VERB_START_RE.match(rest):
        return ""
    noun = second.group(1)
    return noun if 2 <= han_len(noun) <= 12 and NOUN_START_RE.match(noun) else ""


#: Land taken, after a count (3个|占地100亩的项目): no share follows.
LAND_TAKEN_RE = patterns.compile(r"占地(?:面积)?(?:约|近|超|逾)?[0-9０-９]")


#: A place that holds the things counted, before the verb of holding (湘江干流岳阳段共有|4个监测
#: 断面): group 1 the place, which ends as a place's name does.
HOLDER_RE = patterns.compile(
    rf"^([{HAN}]{{2,12}}?(?:段|流域|园区|[{PLACE_END_CHARS}]))(?:共有|共设|设有|拥有|共布设|布设)$"
)


def held_by(segment: str, counted: CountedName) -> str:
    """The name of things counted as the place before them that holds them says it
    (湘江干流岳阳段共有4个监测断面 → 湘江干流岳阳段监测断面); a whole place (全县共有…) is the
    report's own scope and adds nothing."""
    holder = HOLDER_RE.match(segment.lstrip("，,"))
    if holder is None or counted.name != counted.noun or WHOLE_PLACE_OPENS_RE.match(holder[1]):
        return counted.name
    return holder.group(1) + counted.name


#: How far a deed stands, right after a count with no noun (2件|正在加快推进).
STATE_AFTER_RE = patterns.compile(rf"(正在|仍在|尚在|尚未)([{HAN}]{{2,8}}?)(?=[，。；,;]|$)")


#: Where the people counted live or work, said as a relative clause after them (1亿人|居住的
#: 棚户区和城中村|改造): group 1 the verb, group 2 the place.
RESIDED_IN_RE = patterns.compile(
    rf"(居住|生活|务工|就读)的([{HAN}和、]{{2,16}}?)(?:改造|建设|整治|搬迁)?(?=[，。；,;]|$)"
)


def counted_name(
    text: str, chain: list[Item], segment: str, siblings: list[Item]
) -> CountedName | None:
    """The name of what a count or amount written before its noun measures."""
    last = chain[-1]
    if unit_base(last.unit) in PERSON_UNITS and (lived := RESIDED_IN_RE.match(text, last.after)):
        # 完成约1亿人|居住的棚户区和城中村改造: the people living there, not a deed
        return CountedName(lived.group(2) + lived.group(1) + "人口", "", "subject")
    band = AGE_BAND_RE.match(text, last.after)
    after = (
        band.end() if band else last.after
    )  # 为1467位80岁以上老年人发放…: the band is the noun's
    code = CODE_NAME_RE.match(text, after)  # 4个4S店, 3个5G基站: a name opening with digits
    m = NOUN_AFTER_RE.match(ahead(text, code.end() if code else after))
    if not m and kind_of_unit(last.unit) == "count":
        if state := STATE_AFTER_RE.match(text, after, after + WINDOW):
            # 其中28件已按期完成，2件|正在加快推进: those the deed stands so for, no noun; how
            # fast it goes (加快) is no part of it
            deed = state.group(1) + (MANNER_RE.sub("", state.group(2)) or state.group(2))
            return CountedName(deed, deed, "subject")
        m = LONG_NOUN_RE.match(text, after, after + WINDOW)
    if (
        not m
        or not NOUN_START_RE.match(m.group(1))
        or (joined := JOINED_ITEM_RE.match(text, (code.end() if code else after) + m.start(1)))
        and (joined.group(1) != last.unit[:1] or not HAN_ONLY_RE.fullmatch(joined.group(2)))
        or kind_of_unit(last.unit) == "amount"
        and (NEGATED_RE.match(m.group(1)) or m.string.startswith(PROGRESS_WORDS, m.start(1)))
        or text[last.after] == "的"
        or RESET_TO_RE.match(text, last.after)
        or text.startswith("占", last.after)
        and not LAND_TAKEN_RE.match(text, last.after)
        or kind_of_unit(last.unit) == "amount"
        and WHOLE_PLACE_OPENS_RE.match(m.group(1))
    ):
        # 4片区7区块的调整方案: what follows 的 is not what is counted; 民生支出666.1亿元|占…
        # 支出的70.2%: a share of the sum follows; 用水量0.95亿m3|全市人均…: a new subject
        return None
    noun = (band.group() if band else "") + (code.group() if code else "") + m.group(1)
    noun_end = (code.end() if code else after) + m.end(1)
    if segment.endswith(("从", "按")) and (frame := FRAME_END_RE.search(noun, 1)):
        # 从6个旗县市|增速看: the places counted, the frame's measure and verb no part of them
        noun = noun[: frame.start()]
    if (named := NAMED_AFTER_RE.search(noun, 1)) and kind_of_unit(last.unit) == "count":
        # 贡献最大的三个行业|分别是电气机械和器材制造业…: the things counted, then their names
        noun_end -= len(noun) - named.start()
        noun = noun[: named.start()]
    if (found := FINDING_END_RE.search(noun, 2)) and text[noun_end : noun_end + 1] == "的":
        # 5个专项审计|查出的46个问题: the audits counted, not what they found
        return CountedName(noun[: found.start()], noun[: found.start()], "subject")
    if (
        segment[-1:] == "的"
        and (finding := FINDING_CLAUSE_RE.search(segment))
        and han_len(noun) <= 3
    ):
        # 专项审计查出的|46个问题: what the audit found, not any problems
        return CountedName(finding.group(1).removeprefix("对") + noun, noun, "object")
    if (
        kind_of_unit(last.unit) == "amount"
        and (spent := SPENT_ON_RE.search(segment))
        and PASSIVE_AFTER_RE.match(text, noun_end)
    ):
        # 投资33亿元|大庆赛车小镇|被…评为: what the sum was spent on, then what befell it
        return CountedName(noun + spent.group(), noun, "object")
    if kind_of_unit(last.unit) == "amount" and USE_START_RE.match(noun):
        return None  # 安排1.2亿元|用于老旧小区改造: what the sum is for, not what it counts
    end = noun_end
    if (
        kind_of_unit(last.unit) == "count"
        and HELPED_BEFORE_RE.search(segment)
        and (got := GOT_AFTER_RE.match(text, noun_end, noun_end + WINDOW))
    ):
        return CountedName(f"{got.group()}的{noun}", noun, "subject")  # 帮助119家企业获得贷款
    if kind_of_unit(last.unit) == "count" and (honor := HONOR_AFTER_RE.match(text, noun_end)):
        # 12个集体和28名干警受到省级表彰: those honoured, each item of the list
        return CountedName(f"{honor.group(1)}的{noun}", noun, "subject")
    if SIZE_CLASS_RE.fullmatch(noun) and (head := SIZE_HEAD_AFTER_RE.match(text, end)):
        # 12个百亿元、70个30亿元以上项目: a size class; what is counted is said after the list
        return CountedName(noun + head.group(1), noun + head.group(1), "object")
    others = ""  # what the noun ran on into that the count is not of
    if (joined := _second_thing_at(noun)) >= 0:
        others = noun[joined:] if noun.startswith("以及", joined) else ""
        noun, end, noun_end = noun[:joined], end - len(noun) + joined, noun_end - len(noun) + joined
    if (
        segment[-1:] == "的"
        and (ORDER_AFTER_RE.match(text, noun_end) or ORDER_AFTER_RE.search(noun[-2:]))
        and 3 <= han_len(described := FRAME_HEAD_RE.sub("", segment.lstrip("，、"))) <= 16
        and not re.search(r"[0-9０-９，、]", described)
        and not VERB_START_RE.match(described)
    ):
        # 重大水利工程已开工的57个项目要加快建设: an order says nothing of which ones;
        # the relative clause before the count names them.
        noun = re.sub(rf"(?:{ORDER_AFTER_RE.pattern})$", "", noun)
        return CountedName(described + noun, noun, "subject")
    if kind_of_unit(last.unit) == "count" and (
        (measured := COUNTED_MEASURE_RE.search(noun, 2))
        and (CHANGE_AFTER_RE.match(text, noun_end) or FIGURE_AFTER_RE.match(text, noun_end))
        or (measured := QUALITY_END_RE.search(noun, 2))
        and (FIGURE_AFTER_RE.match(text, noun_end) or GRADE_SAID_RE.match(text, noun_end))
    ):
        # 17个重点传统制造业|增加值增长5.3%: the things are counted, their measure is not
        # (78户规模企业|工业增加值完成2.85亿元; 7个省控断面|水质优良比例为100%: their quality)
        noun = noun[: measured.start()]
        return CountedName(noun, noun, segment_mode(segment))
    if (
        kind_of_unit(last.unit) == "count"
        and "近" in text[noun_end : noun_end + 12]
        and (said := SPAN_SAID_RE.match(text, noun_end, noun_end + 40))
        and (said.group(1) or (measured := COUNTED_MEASURE_RE.search(noun, 1)))
    ):
        # 57个县（市）|生产总值近3年年均增速快于全省: the things counted are those the
        # measure's record is said of.
        if not said.group(1):
            noun, said_of = noun[: measured.start()], measured.group() + said.group()
        else:
            said_of = said.group()
        return CountedName(with_predicate(said_of, noun), noun, "subject")
    if ("把" in segment or segment[-1:] == "将") and (disposal := DISPOSAL_RE.search(segment)):
        # 把省财政的200亿元奖补资金用好用活: what is done with the sum names no part of it.
        owner = disposal.group(1) or ""  # 将18项收费的免征范围…: no owner written
        if done := DISPOSED_RE.search(noun, 2):
            noun = noun[: done.start()]  # …补贴资金|用好用活
        name = owner + noun if 2 <= han_len(owner) <= 10 else noun
        return CountedName(name, noun, "object")
    if (
        noun[:2] in PLAN_WORDS
        and CHANGE_TO_RE.match(text, noun_end - len(noun) + 2)
        and FROM_BEFORE_RE.search(segment)
    ):
        return None  # 由45亿元|预计增加到…, 由2012年的83.6亿元|预计增加到…: a from–to
    if segment.endswith(("由", "从")) and (
        text.startswith(("为", "至", "到"), noun_end) or CHANGE_TO_RE.match(noun)
    ):
        # 学校由120所调整为98所, 托位数从0.5个增至4.8个: a verb of change, the subject
        # before names it
        return None
    paid = OWNED_AMOUNT_RE.search(noun)
    if paid and paid.start() >= 2 and DIGIT_RE.match(text[noun_end : noun_end + 1]):
        # 37家帮扶单位援助资金3亿元: the things counted own the amount that follows.
        cut = len(paid.group())
        noun, end, noun_end = noun[:-cut], end - cut, noun_end - cut
    if han_len(noun) <= 3 and (
        listed := LISTED_MODIFIERS_RE.match(text, noun_end, noun_end + WINDOW)
    ):
        # 为5000名视力、听力、肢体等残疾儿童免费提供…: the head after 等 is what is counted.
        noun, end = listed.group(1), listed.end()
        noun_end = end
    elif han_len(noun) <= 3 and (second := _second_listed(text, noun_end)):
        # 为1万名困境、留守儿童提供…, 20个机关、企事业单位…: the count is of both
        noun += "、" + second
        end = noun_end = noun_end + 1 + len(second)
    if (
        (noun[-2:] in RAISED_ENDS or noun[:2] in PROBLEM_STARTS)
        and kind_of_unit(last.unit) == "count"
        and (raised := _raised(text, segment, noun, noun_end))
    ):
        return raised
    if noun.endswith(BAR_VERBS) and (bar := BAR_FIGURE_RE.match(text, noun_end)):
        # 5个年产值超10亿元的产业园区: the bar is part of the words before 的 (as 超万元 is)
        noun, noun_end = noun + bar.group(), bar.end()
        if text[noun_end : noun_end + 1] != "的" and (
            head := NOUN_AFTER_RE.match(text[noun_end : noun_end + WINDOW])
        ):
            noun, noun_end = noun + head.group(1), noun_end + head.end(1)  # …10亿元|企业
        end = max(end, noun_end)
    end = clause_end(text, end, CLAUSE_END + "、")  # bounded: a walk to the stop was quadratic
    if (
        text[end : end + 1] == "、"
        and not DIGIT_RE.search(text[end : clause_end(text, end)])
        and not VERB_START_RE.match(text[end + 1 : end + 1 + WINDOW])
    ):
        # 发放生活费、助学金等: a 、 ends the clause only before a figure, or before a
        # verb that starts the next deed (培育5家龙头企业、打造特色品牌)
        end = clause_end(text, end)
    rest = "" if others or NOTE_OPENED_RE.match(text, noun_end) else text[noun_end:end]
    if rest and (manner := TRAILING_MANNER_RE.search(noun)):
        # 10件民生实事|圆满完成, 8个污水处理厂|年内完工: the manner or time word belongs to
        # the predicate after the noun
        noun, rest = noun[: manner.start()], manner.group() + rest
        noun_end -= len(manner.group())
    if kind_of_unit(last.unit) == "count" and (for_whom := _for_whom(segment, noun, rest)):
        return for_whom
    if kind_of_unit(last.unit) == "count" and (given := _provided_for(segment, noun)):
        return given
    if (
        segment.startswith("加快")
        and NAMES_LISTED_RE.fullmatch(segment, 2)
        and not VERB_START_RE.match(segment[2:])  # 加快建设A、B…: the verb says it
        and not segment.startswith(("加快发展", "加快培育"))  # industries grown, not built
        and visible_len(noun) <= 10
    ):
        # 加快A、B等6条高铁: 加快 alone before listed projects pushes them ahead
        return CountedName("加快推进" + noun, noun, "object")
    if kind_of_unit(last.unit) == "count" and (outcome := _outcome_of_owner(segment, noun, rest)):
        return outcome
    # A list item after another's noun (示范类、340个…) is read like the first.
    prev = siblings[-1] if siblings else None
    list_item = (
        prev is not None
        and LIST_ITEM_RE.fullmatch(segment)
        and not VERB_END_RE.search(segment)  # 惠及2.1亿农民: 及 ends a verb, not a list
    )
    mode = prev.mode if list_item and prev and prev.mode else segment_mode(segment)
    if (
        not rest
        and (attribute := ATTRIBUTE_RE.search(noun))
        and han_len(counted := noun[: attribute.start()]) >= 2
        and (done := DONE_TO_RE.search(segment))
    ):
        # 提升40所普通高中办学能力: the schools are counted, by what is done to them.
        return CountedName(with_predicate(done.group() + attribute.group(), counted), counted, mode)
    if (
        rest.startswith("的")
        and kind_of_unit(last.unit) == "count"
        and (RELATIVE_START_RE.match(noun) or BAR_PASSED_RE.search(noun))
        and (head := NOUN_AFTER_RE.match(rest))
    ):
        # 2000名具有博士学位的青年人才: a relative clause before its head, read as written.
        return CountedName(f"{noun}的{head.group(1)}", head.group(1), "subject")
    if len(rest) == 2 and rest[0] == "的" and re.match(rf"[{HAN}]", rest[1]):
        # 4万户农牧民用上稳定可靠的电: one character after 的 ends an object, no task; the
        # words read as written
        return CountedName(noun + rest, noun, mode)
    if rest.startswith("的") and (task := NOUN_AFTER_RE.match(rest)):
        if rest[task.end(1) : task.end(1) + 1] == "、":
            # 12个小区的供水、燃气等管网改造: a list of tasks; the count is of the noun.
            return CountedName(_owned(segment, noun), noun, mode)
        if whole := WHOLE_TASK_RE.fullmatch(rest):
            task = whole  # 16条背街巷道的综合改造: the task whole, its verb too
        # 22个村的撤村建居工作: the counted ones are those the task concerns.
        if LIGHT_TAIL_RE.fullmatch(task.group(1)) or (
            kind_of_unit(last.unit) == "amount" and task.group(1).endswith(CAPACITY_WORDS)
        ):
            # 5.3公里道路的建设任务: a task of light words only is the noun's own; 10万吨化肥、
            # 5万吨尿素的生产能力: a capacity of the stuff
            return CountedName(noun + task.group(1), noun, "subject")
        return CountedName(with_predicate(light_stripped(task.group(1)), noun), noun, "subject")
    if noun in STEP_NOUNS and (
        moved := re.search(rf"[{HAN}]{{2,16}}?(?:{CHANGE_WORDS}|前移)$", segment)
    ):
        return CountedName(moved.group() + noun, noun, mode)  # 指数提升2个等级
    if relative := RELATIVE_AFTER_RE.fullmatch(rest):
        # 三家医院牵头的医联体: the counted ones are named by what they do for the thing after 的.
        return CountedName(with_predicate("".join(relative.groups()), noun), noun, "subject")
    if mode == "object":
        obj = NEXT_LIST_ITEM_RE.split(noun + rest)[0]
        # (梳理21项重点改革任务: the tasks are what is counted, no light tail of it)
        tasks = obj == noun and unit_base(last.unit) in TASK_UNITS and COUNTED_HEAD_RE.search(noun)
        obj = obj if tasks else light_stripped(obj)
        if "的" in obj or DIGIT_RE.search(obj) or visible_len(obj) > 18:
            obj = light_stripped(noun)
        name = obj
        verb = VERB_END_RE.search(segment) or VERB_START_RE.match(MANNER_RE.sub("", segment))
        in_list = NEXT_LIST_ITEM_RE.match(text[noun_end : noun_end + 2])
        reach = verb and REACH_RE.fullmatch(verb.group())
        if (visible_len(name) <= 3 or reach) and verb and not list_item and not in_list:
            task = TASK_BEFORE_RE.fullmatch(MANNER_RE.sub("", segment))
            done = task.group(1) if task else verb.group().rstrip("了")
            if segment.endswith("新" + done):
                done = "新" + done  # 新开工5座水库: the new ones only
            elif (
                (run := REMOVAL_RE.search(segment))
                and len(run.group()) > len(done)
                and REMOVAL_ONLY_RE.search(run.group())
            ):
                done = run.group()  # 取消和停征12项收费: every verb of the run
            if done in WORK_DONE_VERBS and (whole := noun + rest).endswith("建设") and whole != obj:
                name = whole  # 完成8所风雨馆建设: the work is what was done, not the halls
            name = done + name  # 新建中小学, 开发岗位: a bare noun names no quantity; 完成|户厕改造
            if reach and (owner := _reaching(segment[: verb.start()])):
                name = owner + name  # 免费教育惠及43万儿童: what reaches them is theirs
        elif (
            (removed := REMOVAL_RE.search(segment))
            and REMOVAL_ONLY_RE.search(removed.group())
            and not list_item
        ):
            name = removed.group() + name  # 取消和停征100项收费: what is counted is gone
        elif (
            (opening := VERB_START_RE.match(done := MANNER_RE.sub("", segment)))
            and NAMES_LISTED_RE.fullmatch(done, opening.end())
            and visible_len(name) <= 10  # a long noun says enough (…保护传承示范项目)
            and not in_list
        ):
            # 加快建设A、B、C 3个抽水蓄能电站: the verb before the names is the count's
            name = opening.group() + name + (rest if LIGHT_TAIL_RE.fullmatch(rest) else "")
        return CountedName(_owned(segment, name), light_stripped(noun), mode)
    if len(noun) >= 2 and noun.endswith("中") and not rest:
        noun = noun[:-1]  # 15个项目中，…
    if compound := VERB_NOUN_RE.match(rest):
        noun, rest = noun + compound.group(), rest[compound.end() :]  # 城中村|改造项目|实施
    people = unit_base(last.unit) in PERSON_UNITS
    lead = _lead(text, last, segment, siblings) if people else segment
    part = people and lead.strip("，,：:") == "其中" and not PEOPLE_END_RE.search(noun)
    if VERB_START_RE.match(noun) or PREDICATE_START_RE.match(noun) or part:
        if people:
            # 1.6万人完成转非户籍办理: the unit is who is counted; the verb phrase says which,
            # and the group written before the count who they are (低保家庭220户486人全部…).
            phrase = noun if DIGIT_RE.search(rest) else noun + rest
            owner = _group_before(lead, siblings)
            return CountedName(f"{phrase}的{owner}" if owner else phrase, "", mode)
        # 15个开展前期工作: the noun is left out; the siblings have it.
        nouns = [s.noun for s in siblings if s.noun]
        if nouns and not rest and noun[-2:] == nouns[-1][-2:] and noun != nouns[-1]:
            return CountedName(noun, noun, mode)  # 20个续建项目、8个新建项目: a whole noun
        if PRED_ADVERB_RE.fullmatch(noun) and not DIGIT_RE.search(rest):
            noun = rest  # 2个已竣工: the adverb says nothing of which ones
        elif (
            rest
            and (PREDICATE_START_RE.fullmatch(noun) or BARE_VERBS_RE.fullmatch(noun))
            and visible_len(noun + rest) <= 8
            and not re.search(r"[0-9０-９、]", rest)
        ):
            noun += rest  # 其中4条实现通车: the verb and its object
        if nouns and noun:
            return CountedName(with_predicate(noun, shared_head(nouns) or nouns[-1]), "", mode)
    owner = trim_prefix(MANNER_RE.sub("", FRAME_HEAD_RE.sub("", segment.lstrip("，、"))))
    if _names_owner(owner) and rest.startswith(("全部", "均", "都")):
        return CountedName(owner + noun, noun, mode)  # 第四使馆区12条道路全部…: all of them
    predicate = PRED_ADVERB_RE.sub("", rest)
    if (
        predicate
        and prev
        and prev.noun == noun
        and BARE_VERBS_RE.match(MANNER_RE.sub("", predicate))
    ):
        predicate += _sibling_object(prev.indicator, noun)  # 5个乡完成…改革、12个乡加快谋划
    if "价" in noun and (priced := PLACES_PRICED_RE.fullmatch(noun + rest)):
        # 27个省份猪肉价格下降: the places are counted, by how the price moved there.
        place, price, moved = priced.groups()
        return CountedName(f"{price}{moved}的{place}", place, mode)
    if (
        predicate
        and any(word in noun for word in NOUN_ATTRIBUTE_WORDS)
        and (attribute := NOUN_ATTRIBUTE_RE.search(noun))
        and (
            han_len(head := noun[: attribute.start()]) >= 2 - ("收入" in attribute.group(1))
            or head in ("县", "市", "区", "乡", "镇", "村")  # 5个县利润同比增长
        )
        and 2 <= han_len(predicate) <= 6
        and not re.search(r"[0-9０-９、]", predicate)
        and not NOT_PREDICATE_RE.match(predicate)
    ):
        # 12个盟市空气质量全部达标: the places are counted, by what their attribute reached.
        return CountedName(f"{attribute.group(1)}{predicate}的{head}", head, mode)
    if (
        segment.startswith("在")
        and VERB_START_RE.match(predicate)
        and (done := PLACE_DOING_RE.match(predicate))
    ):
        predicate = done.group()  # 在8个县建设果菜基地6万亩: the places, by what is done there
    if SETTLED_RE.match(predicate) and visible_len(noun) <= 16:
        return CountedName(noun + predicate, noun, mode)  # 农业转移人口|在城镇落户
    if (
        predicate
        and visible_len(noun) <= 8
        and not NOT_PREDICATE_RE.match(predicate)
        and not re.search(r"[0-9０-９、]", _without_words_of_kind(predicate))
        and not LIGHT_TAIL_RE.fullmatch(predicate)
        and visible_len(AWARD_PLACE_RE.sub("", predicate))
        <= (24 if _places_done(noun, predicate) else 22 if AWARD_VERB_RE.match(predicate) else 16)
    ):
        subject = owner if _subject_before(owner, segment) else ""
        return CountedName(_with_subject(subject, predicate, noun), noun, mode)
    if (
        LIGHT_TAIL_RE.fullmatch(rest)
        and han_len(noun) <= 2
        and 4 <= han_len(owner) <= 12
        and not BARE_VERBS_RE.match(owner)
    ):
        return CountedName(owner + noun + rest, noun, mode)  # 支持三旗县21个项目建设
    if (
        han_len(noun) >= 6
        and kind_of_unit(last.unit) == "count"
        and _subject_before(owner, segment)
    ):
        return CountedName(owner + noun, noun, mode)  # 园区4项成果全国推广: a long noun read whole
    if noun in GIFT_NOUNS and (receiver := RECEIVER_RE.fullmatch(owner)):
        return CountedName("".join(receiver.groups(default="")) + noun, noun, mode)
    return CountedName(_owned(segment, noun), noun, mode)


def _lead(text: str, last: Item, segment: str, siblings: list[Item]) -> str:
    """The words before a count, or before the household count right before it
    (建档立卡贫困户|301户611人)."""
    if not segment and siblings and siblings[-1].end == last.start:
        return text[clause_start(text, siblings[-1].start) : siblings[-1].start]
    return segment


def _group_before(segment: str, siblings: list[Item]) -> str:
    """The group of people a head count before its verb phrase counts, written before
    it (低保家庭220户…全部纳入救助), or, after 其中, the group counted before."""
    if segment.strip("，,：:") == "其中":
        # …全部脱贫，其中173户349人稳定脱贫: some of the group counted before
        groups = [s.indicator.rpartition("的")[2] for s in siblings if "的" in s.indicator]
        return groups[-1] if groups and unit_base(siblings[-1].unit) in PERSON_UNITS else ""
    owner = trim_prefix(MANNER_RE.sub("", FRAME_HEAD_RE.sub("", segment.lstrip("，、"))))
    if (
        not 2 <= han_len(owner) <= 10
        or not PEOPLE_END_RE.search(owner)
        or VERB_END_RE.search(owner)
        or re.search(r"[0-9０-９、，]", owner)
    ):
        return ""
    return owner[:-1] + "人口" if owner.endswith("户") and len(owner) > 2 else owner


#: A group of people or households (低保家庭, 贫困户, 困难群众, 农民工).
PEOPLE_END_RE = patterns.compile(r"(?:家庭|户|群众|人员|人口|居民|农民|职工|学生|儿童|老人|工)$")


def _names_owner(words: str) -> bool:
    """Whether the words before a count are a bare noun phrase that owns what is
    counted: no verb at either edge, no pivot, no other figure, no list."""
    return (
        2 <= han_len(words) <= 10
        and not VERB_END_RE.search(words)
        and not VERB_START_RE.match(words)
        and not PIVOT_RE.search(words)
        and not re.search(r"[0-9０-９、，等]|[与和及]$", words)
    )


def _subject_before(owner: str, segment: str) -> bool:
    """Whether the noun phrase before a count is its subject: three characters or
    more (two may be a verb: 壮大, 调整), no count word (首批, 十大类), nothing
    that makes the count an object or a beneficiary (为, 让, 支持) or a plan (今年)."""
    return (
        han_len(owner) >= 3
        and not COUNT_CHARS.intersection(owner)
        and not any(word in segment for word in NOT_SUBJECT_WORDS)
        and not owner.startswith(("让", "使"))
        and _names_owner(owner)
    )


def _with_subject(subject: str, predicate: str, noun: str) -> str:
    """The counted ones named by their predicate and by the subject written before
    the count (奋斗镇4000平方米保鲜库投入使用 → 投入使用奋斗镇保鲜库; 院所4项成果
    入选…榜单 → 院所入选…榜单的成果): the subject owns them."""
    name = with_predicate(predicate, noun)
    if not subject:
        return name
    return predicate + subject + noun if name == predicate + noun else subject + name


def _reaching(words: str) -> str:
    """The subject of a verb of reach (学前免费教育|惠及…), or the object of the
    predicate listed before it (实施免费教育政策、惠及…), when it names a thing:
    not a doer, a frame, a list or a phrase with another figure."""
    if words.endswith("、"):
        words = leading_verbs_stripped(MANNER_RE.sub("", words[:-1]))
    owner = trim_prefix(MANNER_RE.sub("", FRAME_HEAD_RE.sub("", words)))
    if (
        not 2 <= han_len(owner) <= 16
        or re.search(r"[0-9０-９、，的]", owner)
        or VERB_END_RE.search(owner)
        or re.match(r"(?:我们|我|要|必须|将|并|可)", owner)
    ):
        return ""
    return owner


#: The year an award is of (入选|2025|西部企业…).
AWARD_YEAR_RE = patterns.compile(r"(?:19|20)[0-9]{2}(?:年度?)?")


def _without_words_of_kind(predicate: str) -> str:
    """A predicate without what says which or how rather than how much: a rank (30强),
    a duration or a year, and the list an award names (获评领航级、卓越级工厂)."""
    words = PREDICATE_DURATION_RE.sub("", re.sub(r"[0-9０-９]+强", "", predicate))
    if AWARD_VERB_RE.match(words):  # 入选2025西部企业…卓越单位: the award's year, its list
        return AWARD_YEAR_RE.sub("", words).replace("、", "")
    return words


def _owned(segment: str, noun: str) -> str:
    """A one-character noun (县, 村) named with the subject of its clause:
    合作医疗试点已扩大到671个县 → 合作医疗试点县; so is a short one reached by it
    (绿电外送拓展至22个省区市 → 绿电外送省区市, 对外贸易扩大至…国家和地区, 农产品远销…)."""
    if han_len(noun) != 1 and not (
        han_len(noun) <= 5 and re.search(r"(?:[至到]|远销|销往)$", segment)
    ):
        return noun
    if noun in segment:
        return noun  # 从15个县（市）扩大到57个县（市）: the owner is the same thing
    owner = trim_prefix(MANNER_RE.sub("", FRAME_HEAD_RE.sub("", segment.lstrip("，、"))))
    owner = leading_verbs_stripped(re.sub(r"^(?:在|为|对(?!外)|向|于)", "", owner))
    owner = trim_prefix(VERB_END_RE.sub("", owner)) or owner  # 服务已覆盖到213个村
    if "、" in owner:
        return noun  # 辖3个街道、9个乡: the noun of the count before is no owner
    return owner + noun if 2 <= han_len(owner) <= 14 and not PIVOT_RE.search(owner) else noun


@lru_cache(maxsize=1024)  # asked for every pair of lists by share_indicators; units are few
def noun_unit(unit: str) -> str:
    """A unit that is itself a noun of two characters or more (片区, 区块), without its magnitude."""
    noun = re.sub(r"^[万亿千百]+", "", unit)
    return noun if han_len(noun) >= 2 and HAN_ONLY_RE.fullmatch(noun) else ""


def _sibling_object(name: str, noun: str) -> str:
    """The object of a sibling's predicate (完成乡级产权制度改革的乡 → 乡级产权制度改革),
    lent to a bare verb that leaves it out (12个乡加快谋划)."""
    predicate = re.sub(rf"的?{re.escape(noun)}$", "", name) if noun else name
    obj = leading_verbs_stripped(MANNER_RE.sub("", predicate))
    return obj if obj != predicate and han_len(obj) >= 2 else ""
