"""Indicator names put together and tidied: the stray words at a name's edges,
parts joined without repeating a phrase, heads shared by a list, a predicate
made into the name of the things counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportpress import patterns
from reportpress.metrics.lexicon import (
    BUDGET_OUTTURNS,
    EARLIER_PERIOD,
    EFFORT_ADVERBS,
    HAN,
    HAN_LETTER,
    HAN_ONLY_RE,
    HAVE,
    NOT_A_BODY,
    PLACE_END_CHARS,
    REACH_WORD_BEFORE,
    SAME_BELOW,
    VERB_ALTERNATION,
    cpi_category,
)
from reportpress.metrics.script import TONED

#: An absolute change and its base: 较去年增长17亿元.
ABS_CHANGE_RE = patterns.compile(
    r"(?:(?:同比|环比|(?<![占对])[较比])[^，。；]{0,6}?|年均)"
    rf"(?:增长|增加|减少|下降|提高|降低|上升|偏多|偏少|压减|压缩|削减|缩减|净增|净减|{'|'.join(BUDGET_OUTTURNS)})了?$"
    r"|(?<=[\u4e00-\u9fff”）)])(?<![天日年月])(?:拟|将|再)?(?:增加|减少|新增|提高|提升|延长|缩短|扩大|缩小)$"  # 贫困人口减少1109万, 中央政府拟新增1.18万亿元
)


#: The verbs a name opens with (新建改建公园, 取消行政许可事项), joined ones too: a list
#: shares them whole (新建改扩建及维修改造|幼儿园…、学校…).
_VERB_RUN = rf"(?:新|已)?(?:(?:改扩建|{VERB_ALTERNATION}){NOT_A_BODY})+"
LEADING_VERBS_RE = patterns.compile(rf"^{_VERB_RUN}了?(?:[及和与、]{_VERB_RUN}了?)*")  # (出台了…)

#: Light verbs and nouns at the end of an object: 项目实施, 创建工作, 建设任务.
LIGHT_TAIL_RE = patterns.compile(r"(?:建设|实施|落地|落实|工作|任务)+$")


#: Quotation marks and brackets: they take no room in a name's visible length.
_INVISIBLE = str.maketrans("", "", '“”‘’"（）()')


def visible_len(s: str) -> int:
    return len(s.translate(_INVISIBLE))


@lru_cache(maxsize=4096)  # the same names are tidied by several rules
def light_stripped(name: str) -> str:
    """城中村改造项目实施 → 城中村改造项目; 重点任务 stays (too little would be left)."""
    shorter = LIGHT_TAIL_RE.sub("", name)
    return shorter if visible_len(shorter) >= 3 else name


def with_predicate(predicate: str, noun: str) -> str:
    """A predicate made into the name of the things counted: 开工项目, 完成撤村的村.

    A short verb phrase joins its noun directly; a long one, a one-character
    noun or a list of nouns (完成改革的高校、职业院校) needs 的.
    """
    if len(noun) > 1 and predicate.endswith(noun):
        return predicate  # 4家基地上榜…直播电商基地
    if (
        visible_len(predicate) <= 6
        and len(noun) > 1
        and "、" not in noun
        and predicate[-2:] != noun[:2]  # (实现再就业的就业困难人员: no word said twice running)
    ):
        return predicate + noun
    return predicate + "的" + noun


def shared_head(nouns: list[str]) -> str:
    """The common final characters of sibling nouns (“平急两用”项目, 存量项目 → 项目)."""
    head = nouns[0]
    for noun in nouns[1:]:
        while head and not noun.endswith(head):
            head = head[1:]
    return head


def join_once(*parts: str) -> str:
    """Parts of a name put together without writing a phrase twice.

    A part the name already ends with is not added again (失业率低于全市平均水平 +
    低于全市平均水平), and one that begins where the name ends overlaps it.
    """
    name = ""
    for part in parts:
        if not part or name.endswith(part):
            continue
        overlap = (
            next((k for k in range(min(len(name), len(part)), 1, -1) if name.endswith(part[:k])), 0)
            if part[:2] in name  # an overlap of two or more holds the part's first two
            else 0
        )
        name += part[overlap:]
    return name


@lru_cache(maxsize=4096)  # a sibling's name is lent to every figure after it
def without_absolute_change(name: str) -> str:
    """A sibling's name as lent to the next figure: without its absolute change
    (常住人口比上年末增加2.1万人，增长1.2%: the 1.2% is of 常住人口; 粮食总产量增产…，
    达到…: the total is of 粮食总产量)."""
    name = EXCESS_RE.sub("", name) if "超额" in name else name
    name = ABS_CHANGE_RE.sub("", name) or name  # (比上年末净增: the base goes with it)
    if name[-2:] == "净增":  # 地区生产总值净增…，增长6.2%: the measure's growth
        name = name[:-2] or name
    if name[-2:] in HARVEST_CHANGES:
        name = HARVEST_CHANGE_RE.sub("", name) or name
        # (非税收入同比增收: the base the change was against goes with it)
        name = BASE_LEFT_RE.sub("", name) or name
    return name


#: The base of a change left when the change is cut (非税收入同比|增收).
BASE_LEFT_RE = patterns.compile(r"(?:同比|环比|按年|按月|[比较](?:上年|去年)(?:同期)?)$")


#: How a crop or a herd is kept, closing its area's or its stock's owner (蔬菜种植|面积,
#: 生猪出栏|…): its yield is of the crop or the herd, without it (蔬菜产量).
HARVEST_MODIFIER_RE = patterns.compile(r"(?<=..)(?:种植|播种|养殖|设施|出栏|存栏)$")
#: A herd's head a list of animals shares (猪、牛、羊和家禽|存栏): where the last one's name ends.
HERD_HEAD_RE = patterns.compile(r"(?:存栏|出栏|饲养|存笼|出笼|屠宰)(?:量|数)?$")
#: What a measure did beyond its plan, said after it (固定资产投资|超额完成年度任务…):
#: a change against the plan, not part of what is measured.
EXCESS_RE = patterns.compile(r"超额完成(?:年度|全年|年)?(?:目标|任务|计划)$")


#: A change of a harvest or an income, of the owner written before it (粮食总产量|增产,
#: 农民|增收) or in the clause before (粮食总产量在…基础上，又增产…); a budget's 增支 likewise.
HARVEST_CHANGES = (
    "增产", "减产", "增收", "减收", "超收", "短收", "增支", "减支", "调增", "调减", "多增", "少增",
    "多减", "少减",
)  # fmt: skip
#: Changes said against last year's change (贷款余额…同比多增49.6亿元): 同比 is part of them.
AGAINST_LAST_CHANGE = ("多增", "少增", "多减", "少减")
#: The same change against last year (同比增收, 比上年增支, 比2017年增收 in a 2018 account;
#: a year is left out of names anyway): the comparison names nothing; one against the
#: budget (比年初预算增支) says against what.
COMPARED_CHANGE_RE = patterns.compile(
    r"(?:同比|[比较](?:上年|去年|(?:19|20)[0-9]{2}年)(?:同期)?|([比较](?:年初|调整)?预算))"
    rf"((?:{'|'.join(HARVEST_CHANGES)}))"
)
HARVEST_CHANGE_RE = patterns.compile(rf"(?<=[{HAN}]{{2}})(?:{'|'.join(HARVEST_CHANGES)})$")


#: A first list item per unit of output (单位地区生产总值|能耗): the others are per unit too.
PER_UNIT_RE = patterns.compile(r"单位(?:国内|地区)?(?:生产总值|GDP|工业增加值|增加值)")


#: What an event costs, listed with its counts (事故起数、…、直接经济损失): the same owner's.
OWNED_LOSSES = ("直接经济损失", "经济损失")
#: What the bodies a list counts first have, named alone after them (民营经济户数、从业人员、
#: 注册资金): theirs.
BODIES_HAVE = frozenset(
    ("从业人员", "注册资金", "注册资本", "营业收入", "资产总额", "利润总额", "实缴税金", "纳税额")
)


#: A share of what a thing is used for, written once after the last of a list
#: (…、新增工业用地|支持民间投资项目比重).
SHARE_OF_USE_RE = patterns.compile(rf"(?:支持|用于|投向|带动){HAN_LETTER}{{2,12}}?(?:比重|占比)$")


#: A comparison whose places are listed after it (增速高于|全国、全市).
COMPARED_WITH_RE = patterns.compile(r"(?:高于|低于|快于|慢于)(?=[\u4e00-\u9fff]{2,4}$)")
#: The verb of a comparison written after its bases (比A、B|加快): each base's.
COMPARED_MOVE_RE = patterns.compile(
    r"(?:加快|放缓|回落|提高|提升|上升|下降|增加|减少|[高低快慢多少])$"
)
#: A place or a level named alone as a list's part (呼玛县, 加格达奇区, 地本级; of three
#: characters at least: 城市、县城… are kinds of places, not places).
PLACE_PART_RE = patterns.compile(r"[\u4e00-\u9fff]{1,6}?(?:本级|自治县|[县区市旗镇乡州盟])")
#: A period as a list's part (一季度, 上半年, 1月, 1-2月, 前三季度): what it opens is shared.
PERIOD_PART_RE = patterns.compile(
    r"(?:[一二三四]季度|第[一二三四]季度|[上下]半年|前三季度|[0-9]{1,2}(?:[-—－至~～][0-9]{1,2})?月份?)"
)
#: What joins the parts of a list (A、B和C, A及B, A与B): split on it in Python, never tried part
#: by part inside a pattern (a part could hold 和 too; trying each reading backtracks).
LIST_JOIN_RE = patterns.compile("[、和及与]")
#: A period closing the first part of a list of periods after their measure (全市生产总值|一季度、
#: 上半年和前三季度分别增长…): each period, the measure written once before them.
PERIOD_CLOSING_RE = patterns.compile(rf"(?:{PERIOD_PART_RE.pattern}|(?:19|20)[0-9]{{2}}年)$")
#: A period listed after the first (上半年, 2023年).
PERIOD_LISTED_RE = patterns.compile(rf"{PERIOD_PART_RE.pattern}|(?:19|20)[0-9]{{2}}年")


#: Words that make the periods after them bases of a comparison (增速比1-3月、1-6月…回落).
COMPARED_BASE_END_RE = patterns.compile(r"[比较](?:今年|本年|去年|上年)?$")


def periods_after_measure(subject: str) -> list[str]:
    """The names of a measure given for periods listed after it, one per period (全市生产总值
    一季度、上半年和前三季度 → 一季度全市生产总值, …; 财政收入2022年、2023年); [] for anything
    else (增速比1-3月、1-6月: bases of a comparison)."""
    first, comma, rest = subject.partition("、")
    if not comma or not (period := PERIOD_CLOSING_RE.search(first)):
        return []
    head = first[: period.start()]
    periods = [period.group(), *LIST_JOIN_RE.split(rest)]
    if han_len(head) < 2 or COMPARED_BASE_END_RE.search(head):
        return []
    return (
        [period + head for period in periods]
        if all(map(PERIOD_LISTED_RE.fullmatch, periods[1:]))
        else []
    )


#: An age band as a list's part (0-17岁, 60周岁及以上): what it opens is shared.
AGE_BAND_PART_RE = patterns.compile(
    r"[0-9]{1,3}(?:[-—－~～至到][0-9]{1,3})?周?岁(?:及以上|以上|及以下|以下)?"
)
#: A speed of growth closing a list's last part (…电子信息|增幅), and an industry's name
#: before it in the list (矿产加工业).
SPEED_END_WORDS = ("增幅", "增速", "增长率", "增长速度")
SPEED_END_RE = patterns.compile(rf"(?:{'|'.join(SPEED_END_WORDS)})$")
INDUSTRY_END_RE = patterns.compile(r"(?<!企)业$")
#: A speed of growth closing a name, or the speed said by its way (…降幅: 降幅收窄3.8个百分点).
MOVE_SPEED_END_RE = patterns.compile(
    rf"(?:{'|'.join((*SPEED_END_WORDS, '降幅', '跌幅', '涨幅'))})$"
)
#: The four trades of a release written by one character each (批、零、住、餐, 批零住餐) or
#: by their trade words (批发、零售、住宿、餐饮四个行业).
TRADES_ABBREVIATED_RE = patterns.compile(r"批发?、?零售?、?住宿?、?餐饮?(?:[四4]个?)?(?:行业)?")
FOUR_TRADES = ("批发业", "零售业", "住宿业", "餐饮业")
#: A comparison opening a list of the places compared with (高于|全市、全省平均增速).
COMPARED_LEAD_RE = patterns.compile(r"(?:分别)?(?:高于|低于|快于|慢于)(?=[\u4e00-\u9fff]{2})")
#: The 和 between the last two bases of a comparison (较1-6月|和|1-7月回落).
COMPARED_JOIN_RE = patterns.compile(r"(?<=[月年期度])[和及与](?=[0-9一二三四上去全本])")
#: The places just listed counted again before their shared head (杭州、宁波|两个城市|房价).
RESTATED_COUNT_RE = patterns.compile(
    r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]个?(?:[\u4e00-\u9fff]{1,3}?(?=[市县区州]))?"
    r"(?:城市|地区|县区|区县|县市|市县|省份|园区|片区|乡镇|区|县|市|省|镇|州)(?:[（(][市县区州盟旗][）)])?"
    r"(?=[\u4e00-\u9fff]{2})"
)
#: Industries listed then counted again before the head they share (蔬菜、小浆果、食用菌|等三大
#: 特色|产业产值): the count and its class name none of them.
RESTATED_INDUSTRIES_RE = patterns.compile(
    r"(?<=[\u4e00-\u9fff])等?[两二三四五六七八九十]大(?:特色|主导|支柱|重点|优势|新兴|传统)?"
    r"(?=(?:产业|行业)[\u4e00-\u9fff]{2})"
)
#: Ordinals listed with one 第 and one head (第一、二、三产业…).
ORDINALS_LISTED_RE = patterns.compile(
    r"第?[一二三四五六七八九十](?:、[一二三四五六七八九十])*、[一二三四五六七八九十][\u4e00-\u9fff]+"
)


#: Heads of a list of kinds of bodies or trades, written once after the last (化工、建材、食品行业).
KIND_HEADS = ("行业", "产业", "企业")
#: The head of a list of kinds of things (…、污水处理|项目): what each kind is a kind of.
THING_HEAD_RE = patterns.compile(r"(?:项目|工程|设施|企业|基地|园区)$")


#: People a list's short parts are kinds of (国内、入境游客; 城镇、农村居民).
PEOPLE_HEAD_RE = patterns.compile(r"(?:游客|旅客|居民|人口|学生|职工|农户|儿童|老人)$")


#: The scope a list's first category is written with, shared by the others (限额以上单位…类).
SCOPE_LEAD_RE = patterns.compile("(?:限额以上|规模以上)(?:单位|企业)?|限上|规上")


#: What a sum's 总额 or 余额 is of, shared with it by a list (A和B利润总额, 存、贷款余额).
SUMMED_NOUNS = ("利润", "资产", "负债", "工资", "存款", "贷款", "利税")


#: Two or three regions of the country written as one (中西部, 东中西部): each with 部 and what
#: follows.
REGIONS_PAIR_RE = patterns.compile("([东中西]{2,3})部(.+)")
REGIONS_REST_END_RE = patterns.compile("(?:增幅|增速|涨幅|降幅).*$")
#: A trade's verb opening a list of goods (进口原油、农产品): shared by every item.
TRADE_VERB_RE = patterns.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?:进口|出口)(?=[\u4e00-\u9fff]{2})")


def with_kind_head(parts: list[str]) -> list[str]:
    """Kinds of bodies or trades listed with their head written once after the last (化工、
    建材、食品行业 → 化工行业, 建材行业, 食品行业; 国有、民营企业), each with it; else ``parts``."""
    if (
        len(parts) > 1
        and parts[-1].endswith(KIND_HEADS)
        and han_len(parts[-1]) >= 4
        and all(2 <= han_len(part) <= 4 and not part.endswith("业") for part in parts[:-1])
    ):
        return (
            [
                part
                + parts[-1][same:]  # 省级、市级重点龙头企业: the modifier after 市级 shared too
                if (same := _same_modifier_end(part, parts[-1]))
                else part + parts[-1][-2:]
                for part in parts[:-1]
            ]
            + [parts[-1]]
        )
    return parts


#: Grades of water or air listed before the class they share (一、二类, 四类、劣四类).
GRADES_LISTED_RE = patterns.compile(r"[一二三四五六]类?(?:、劣?[一二三四五六]类?)+类")


#: Characters that make a word with the 等 after them (高等, 中等, 平等, 甲等): no list's 等.
BEFORE_WORD_ETC = "高中初同平对相优上特头次均差劣甲乙丙"
#: The 等 closing a list before the head its parts share (…、社会保障和就业等支出), not
#: a word's own 等 (高等教育, 中等职业, 等级).
LISTED_ETC_RE = patterns.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})(?<![{BEFORE_WORD_ETC}])等(?![级次同])(?=[\u4e00-\u9fff]{{2}})"
)

#: The class a list is put in after its 等, before the measure its parts share (教育、医疗、
#: 社保等|重点领域|支出, …等|民生|支出): it names none of them.
LISTED_CLASS_RE = patterns.compile(r"(?:重点|主要)?(?:领域|行业|产业|板块|方面)|民生")


def listed_class_end(name: str, at: int) -> int:
    """Where the class named at ``at`` after a list's 等 ends, or ``at``."""
    named = LISTED_CLASS_RE.match(name, at)
    return named.end() if named else at


#: 同比 before the speed a list's last part ends with (…就业支出同比增速): the speed's
#: usual base, which would part the head from the speed.
SAME_PERIOD_SPEED_RE = patterns.compile(r"(?<=[\u4e00-\u9fff]{2})同比(?=(?:增速|增幅|降幅)$)")


#: Ordinals listed with their 第 written once (第一、二、三产业): the first, with what is
#: before it (group 1) and its number (group 2); the last, its number and the words after.
CN_ORDINALS = frozenset("一二三四五六七八九十")
ORDINAL_FIRST_RE = patterns.compile(r"(.{0,8}?)第([一二三四五六七八九十])")
ORDINAL_LAST_RE = patterns.compile(r"([一二三四五六七八九十])([\u4e00-\u9fff]{2,16})")
#: A per-head measure's lead, shared by a list's parts (每千人|托位、养老床位数).
PER_HEAD_LEAD_RE = patterns.compile(r"每[十百千万]+(?:常住人口|人口|人|户|名老年人)(?:拥有|有)?")
#: The points of the compass that regions are named by (东部, 中部, 西部).
COMPASS_POINTS = frozenset("东中西南北")


def parallel_parts(subject: str) -> list[str]:
    """The names of a list of subjects that share one head, written once after
    the last of them (原油、天然气产量 → 原油产量, 天然气产量).

    Where the last part's head starts is found from the words a measured
    quantity ends with (``MEASURE_HEADS``), optionally followed by the whole of
    a share (增加值占规上工业增加值比重).  A short first modifier of the same
    kind as the last one's (城镇、农村居民人均可支配收入) takes everything after
    the last one's modifier of its own length; a part that is already a whole
    name (解决率、满意率; 游客、…销售额) keeps it.  A last part that names only
    a count of the same owner (事故起数、死亡人数) takes the owner of the first.
    """
    places = False  # the parts are places counted again (杭州、宁波两个城市房价)
    if GRADES_LISTED_RE.match(subject):
        return [subject]  # 一、二类海水比例: the grades reported together, one measure
    if "餐" in subject and (trades := TRADES_ABBREVIATED_RE.search(subject)):
        # 限上批、零、住、餐四行业增速: the four trades, each with the scope and the head
        scope, head = subject[: trades.start()], subject[trades.end() :]
        return [scope + trade + head for trade in FOUR_TRADES]
    if "、" in subject:
        subject, places = RESTATED_COUNT_RE.subn("", subject)  # 杭州房价, 宁波房价
        if "大" in subject:
            subject = RESTATED_INDUSTRIES_RE.sub("", subject)  # 蔬菜、…、食用菌|三大特色|产业产值
        parts = [p for p in subject.split("、") if p]
        if "等" in parts[-1] and (etc := LISTED_ETC_RE.search(parts[-1])):
            # 教育、…、社会保障和就业等|支出: the list's 等 (and others) names no part, nor
            # the class it puts them in (教育、医疗、社保等重点领域|支出: 教育支出)
            parts[-1] = (
                parts[-1][: etc.start()] + parts[-1][listed_class_end(parts[-1], etc.end()) :]
            )
        if "同比" in parts[-1]:
            parts[-1] = SAME_PERIOD_SPEED_RE.sub("", parts[-1])  # …支出同比|增速: the speed's
    elif regions := REGIONS_PAIR_RE.match(subject):
        # 中西部地区投资…分别增长…: 中部地区投资, 西部地区投资; 东中西部…: three
        letters, rest = regions.groups()
        rest = REGIONS_REST_END_RE.sub("", rest)  # (…投资增幅明显加快: the speed's report cut)
        return [letter + "部" + rest for letter in letters]
    else:
        parts = [subject] if subject else []  # one subject: nothing to split
    if (
        len(parts) > 1
        and (per := PER_HEAD_LEAD_RE.match(parts[0]))
        and len(parts[0]) > per.end()
        and not any(PER_HEAD_LEAD_RE.match(part) for part in parts[1:])
    ):
        # 每千人托位、养老床位数: each part per thousand people
        parts = parts[:1] + [per.group() + part for part in parts[1:]]
    if len(parts) > 2 and parts[0] in COMPASS_POINTS:
        # 东、中、西部和东北地区: the single points share the 部 of the part they run into
        run = next((k for k, part in enumerate(parts) if part not in COMPASS_POINTS), 0)
        if run and parts[run][:1] in COMPASS_POINTS and parts[run][1:2] == "部":
            parts = [part + "部" for part in parts[:run]] + parts[run:]
    if (
        len(parts) > 1
        and (first := ORDINAL_FIRST_RE.fullmatch(parts[0]))
        and all(part in CN_ORDINALS for part in parts[1:-1])
        and (last := ORDINAL_LAST_RE.fullmatch(parts[-1]))
        and not any(join in last.group(2) for join in "和及与")  # (…三产业和居民生活用电)
    ):
        # 第一、二、三产业就业人员: each ordinal with the 第 and the words after the last
        numbers = [first.group(2), *parts[1:-1], last.group(1)]
        names = [f"第{number}{last.group(2)}" for number in numbers]
        return [first.group(1) + names[0], *names[1:]]
    if (
        len(parts) > 1
        and (verb := TRADE_VERB_RE.match(parts[0]))
        and all(han_len(p) <= 4 and not WHOLE_NAME_RE.search(p) for p in parts[1:])
    ):
        # 进口原油、农产品: each goods imported (not 进口货值、免签入境游客…: other measures)
        parts = parts[:1] + [p if TRADE_VERB_RE.match(p) else verb.group() + p for p in parts[1:]]
    if (
        len(parts) > 1
        and (lead := COMPARED_LEAD_RE.match(parts[0]))
        and all(han_len(part) <= 8 for part in parts)
    ):
        # 高于全市、全省平均增速: each place with the comparison, the head shared
        rest = parallel_parts("、".join([parts[0][lead.end() :], *parts[1:]]))
        return [lead.group() + part for part in rest]
    if parts and parts[0][:1] in ("比", "较") and (moved := COMPARED_MOVE_RE.search(parts[-1], 2)):
        # 比上年全年、上年同期加快: each base with the comparison's 比 and its verb; the
        # last two joined by 和 (较1-6月和1-7月回落) are two
        word, verb = parts[0][0], moved.group()
        bases = [part.removeprefix(word).removesuffix(verb) for part in parts]
        bases[-1:] = COMPARED_JOIN_RE.split(bases[-1], maxsplit=1)
        if len(bases) > 1 and all(han_len(base) <= 5 for base in bases):
            return [word + base + verb for base in bases]
    pair = len(parts) == 1 and PAIR_RE.fullmatch(subject)
    if pair:
        parts = list(pair.groups())  # 城镇和农村…人均可支配收入, 旅客和货邮吞吐量, A及B入园率
    if len(parts) < 2 or all(map(cpi_category, parts)):
        return parts  # 衣着、居住、…、其他用品和服务: the price index's categories, whole
    if (
        all(PLACE_PART_RE.fullmatch(part) and han_len(part) >= 3 for part in parts[:-1])
        and (place := PLACE_PART_RE.match(parts[-1]))
        and han_len(head := parts[-1][place.end() :]) >= 2
        and head[:1] not in "和及与、级"
    ):
        # 地本级、加格达奇区、…漠河县地方公共财政预算收入: the places, the head written once
        return [part + head for part in parts[:-1]] + [parts[-1]]
    for band_re in (PERIOD_PART_RE, AGE_BAND_PART_RE):
        if (
            all(band_re.fullmatch(part) for part in parts[:-1])
            and (band := band_re.match(parts[-1]))
            and han_len(head := parts[-1][band.end() :]) >= 2
        ):
            # 一季度、二季度和三季度地区生产总值增幅, 0-17岁、…、60岁及以上户籍人口: each
            # period or age band, the head written once
            return [part + head for part in parts[:-1]] + [parts[-1]]
    if periods := periods_after_measure("、".join(parts)):
        return periods  # 全市生产总值一季度、上半年和前三季度: the measure written once
    if (
        all(part[-1:] == "类" for part in parts[:-1])
        and (kind := parts[-1].rfind("类")) >= 1
        and han_len(head := parts[-1][kind + 1 :]) >= 2
    ):
        # 限额以上单位粮油食品类、饮料类、…服装鞋帽针织品类零售额: each category, the scope
        # of the first and the head written once
        scope = SCOPE_LEAD_RE.match(parts[0])
        lead = scope.group() if scope else ""
        return (
            [parts[0] + head]
            + [(part if part.startswith(lead) else lead + part) + head for part in parts[1:-1]]
            + [parts[-1] if parts[-1].startswith(lead) else lead + parts[-1]]
        )
    if (
        (speed := SPEED_END_RE.search(parts[-1]))
        and han_len(parts[-1]) - len(speed.group()) >= 2
        and not re.search("[比较于]", parts[-1])  # (…贷款增速比各项贷款平均增速: a gap's)
        and (
            all(INDUSTRY_END_RE.search(part) for part in parts[:-1])
            or all(PLACE_PART_RE.fullmatch(part) for part in parts[:-1])
            and PLACE_PART_RE.fullmatch(parts[-1], 0, speed.start())
        )
    ):
        # 矿产加工业和电子信息增幅, 东区、西区和南区增幅: each one's growth, the speed once
        return [part + speed.group() for part in parts[:-1]] + [parts[-1]]
    if (compared := COMPARED_WITH_RE.search(parts[0], 2)) and all(
        han_len(part) <= 4 for part in parts[1:]
    ):
        # 增速分别高于全国、全市: each gap is against one of the places listed
        return parts[:1] + [parts[0][: compared.end()] + part for part in parts[1:]]
    if (kinds := with_kind_head(parts)) != parts:
        return kinds  # 化工、建材、食品行业: each kind with the head written once
    if ORDINALS_LISTED_RE.fullmatch("、".join(parts)) and (
        parts[0].startswith("第") or parts[-1][1:].startswith(("产", "季度"))
    ):
        # 第一、二、三产业 (or without 第): each ordinal with the 第 and the head written once
        head = parts[-1][1:]
        return ["第" + part[-1] + head for part in parts[:-1]] + ["第" + parts[-1]]
    if len(parts) == 2 and len(parts[0]) == 1 and han_len(parts[0] + parts[1]) >= 4:
        if parts[0] == "城" and parts[1][:1] == "乡":
            # 城、乡居民收入: the two abbreviated, the rest shared (城镇…, 农村…)
            return ["城镇" + parts[1][1:], "农村" + parts[1][1:]]
        # 内、外资企业, 中、小学: one character each, the rest written once after the second
        return [parts[0] + parts[1][1:], parts[1]]
    if (
        len(parts) == 2
        and len(parts[0]) >= 4
        and (parts[0][-2:], parts[1][:2]) in PAIRED_WORDS
        and han_len(parts[1]) >= 4
    ):
        # 功能区声环境质量昼间、夜间总达标率: the owner before the first, the head after the
        # second, each written once
        owner, rest = parts[0][:-2], parts[1][2:]
        return [parts[0] + rest, owner + parts[1]]
    if len(parts) == 2 and len(parts[0]) >= 3 and parts[0][-1] + parts[1][:1] in PAIRED_CHARS:
        # 金融机构本外币存、贷款余额: one character each, sharing the owner and the head.
        owner, rest = parts[0][:-1], parts[1][1:]
        return [parts[0] + rest, owner + parts[1]]
    last = parts[-1]
    if (tail := SHARE_OF_USE_RE.search(last, 2)) and not any(tail.group() in p for p in parts[:-1]):
        # 专项产业基金、新增能耗、新增工业用地支持民间投资项目比重: each one's share
        return [part + tail.group() for part in parts[:-1]] + [last]
    head = SHARED_HEAD_RE.search(last, 1) or RATE_OR_VOLUME_RE.search(last, 1)
    named = []
    rate = head and re.search(r"率|增速|增幅", head.group())
    # goods traded, the trade's word before the head (…、玩具和农产品|出口|规模): each one's
    traded = TRADED_END_RE.search(last, 1, head.start()) if head else None
    for part in parts[:-1]:
        own = last[: head.start()] if head else ""
        if traded and head and not TRADED_END_RE.search(part):
            named.append(part + traded.group() + head.group())
        elif (
            own and han_len(part) <= 4 and WHOLE_NAME_RE.search(own) and WHOLE_NAME_RE.search(part)
        ):
            named.append(part + head.group())  # 出口、进口总额: each a whole name, one more head
        elif WHOLE_NAME_RE.search(part) and not (rate and THINGS_END_RE.search(part)):
            named.append(part)  # 解决率、满意率; but 小微企业、“三农”贷款增速: a rate of the things
        elif not head and (same := _same_modifier_end(part, last)):
            named.append(part + last[same:])  # 省级、市级|重点龙头企业; 新建、改扩建|幼儿园
        elif (
            not head
            and (people := PEOPLE_HEAD_RE.search(last, 2))
            and han_len(part := leading_verbs_stripped(part) if not named else part) <= 2
        ):
            named.append(part + people.group())  # (接待)国内、入境游客: 国内游客, the head shared
        elif not head and (kind := THING_HEAD_RE.search(last, 2)):
            # 道路、供水、污水处理项目: each a kind of the things, named with their head alone
            # (实施|道路: the verb before the list is no part of its first kind)
            part = leading_verbs_stripped(part) if len(named) == 0 else part
            named.append(part if part.endswith(kind.group()) else part + kind.group())
        elif not head and (inner := INNER_PRICE_RE.search(last, 1)):
            # 青椒、芹菜、西红柿价格每公斤均价: the goods' prices, however long each name
            named.append(part + last[inner.start() :])
        elif not head:  # no known head: a short modifier is taken as parallel (广州、深圳地铁…),
            # in a list of short ones (…圆片、汽车、聚酯、金属集装箱: things of their own)
            short = len(part) <= 2 < len(last) - 2 and all(len(p) <= 2 for p in parts[:-1])
            # (猪、牛、羊、禽出栏: parts of one character, the last's own modifier as long)
            short = short or (
                all(len(p) == 1 for p in parts[:-1])
                and len(last) >= 3
                and HAN_ONLY_RE.fullmatch(last) is not None
            )
            short = short or places and len(part) <= len(last) - 2
            if len(part) >= 2 and part[-1] == last[-1]:
                named.append(part)  # 契税、土地增值税: a name of the same kind, whole
            elif len(part) == 1 and len(last) == 2 and all(len(p) == 1 for p in parts[:-1]):
                named.append(part + last[1:])  # 猪、牛、羊、禽肉: one character each, 肉 shared
            elif short and len(part) == 1 and (herd := HERD_HEAD_RE.search(last, 2)):
                named.append(part + herd.group())  # 猪、牛、羊和家禽|存栏: the head alone
            else:
                named.append(part + last[len(part) :] if short else part)
        elif last[: head.start()] in BUDGET_FUNCTIONS:
            named.append(part + head.group())  # 教育、卫生健康支出: two functions, one head
        elif (
            (
                len(part) <= 2
                # (衣着、居住、教育文化和娱乐、医疗保健|价格: a long part among them, whole names)
                and all(len(p) <= 3 for p in parts[:-1])
            )
            and (
                head.start() - len(part) >= 2
                or head.start() - len(part) == 1
                and all(len(p) == len(part) for p in parts[:-1])
                and last[len(part)] in SHARED_ONE_CHARACTER
            )
        ):
            # 城镇 + 居民人均可支配收入; 小麦、甜玉米种植面积 → 小麦 + 种植面积: the last
            # part's own modifier ends where a word the list shares begins, else at the
            # first part's length (小学、初中、高中|毛入学率: one character shared too).
            shared = SHARED_MODIFIER_RE.search(last, 2, head.start())
            named.append(
                part + last[shared.start() if shared else _own_end(part, last, head.start()) :]
            )
        elif (
            len(part) == 1
            and head.start() == 2
            and all(len(p) == 1 for p in parts[:-1])
            and HAN_ONLY_RE.fullmatch(last[:2])
        ):
            named.append(part + last[1:])  # 猪、牛、羊、禽肉产量: one character each, 肉 shared
        elif last[: head.start()].endswith("产业") and not part.endswith("业"):
            named.append(part + "产业" + head.group())  # 新能源、…装备产业产值
        else:
            word = head.group()
            if word in ("总额", "余额") and last[head.start() - 2 : head.start()] in SUMMED_NOUNS:
                word = last[head.start() - 2 : head.start()] + word  # A和B利润总额: each one's
            named.append(_with_head(part, word))
            last = _pair_owner(part, last, head.start()) if pair else last
    if per := PER_UNIT_RE.match(parts[0]):
        # 单位地区生产总值用水量、能耗、二氧化碳排放量: each is per unit of output.
        named = named[:1] + [p if p.startswith("单位") else per.group() + p for p in named[1:]]
        last = last if last.startswith("单位") else per.group() + last
    owner = OWNED_COUNT_RE.fullmatch(parts[0])
    if owner and han_len(owned := owner.group(1) or owner.group(2) or "") >= 4:  # (件数: "")
        # 道路交通事故起数、死亡人数、受伤人数: the counts of the same 道路交通事故.
        bodies = parts[0].endswith(("户数", "家数"))  # 民营经济户数、从业人员、注册资金
        return named[:1] + [
            owned + part
            if len(part) <= 4
            and OWNED_COUNT_RE.fullmatch(part)
            or part in OWNED_LOSSES
            or bodies
            and part in BODIES_HAVE
            else part
            for part in named[1:] + [last]
        ]
    return named + [last]


#: Where a list of industries is cut: a 、, or a 和/及/与 right after an industry (制造业和|电力).
INDUSTRY_LIST_CUT_RE = patterns.compile(r"、|(?<=业)[和及与]")


#: Speeds a list of industries shares after its last 业 (…制造业和…加工业|增速).
LISTED_SPEEDS = ("增速", "增幅", "降幅", "增长速度")


def industries_listed(subject: str) -> list[str]:
    """The industries of a list whose names hold 、 of their own (采矿业、制造业和电力、热力、
    燃气及水生产和供应业|增加值 → 采矿业增加值, 制造业增加值, 电力、热力、燃气及水生产和供应业
    增加值): the pieces before an industry's closing 业 are its own; the head after the last
    one is every industry's.  [] when a piece is left over or there is one industry."""
    # the longest head after an industry's 业 (…供应业|营业收入, not …供应业营业|收入)
    cut = next(
        (
            len(subject) - k
            for k in range(min(8, len(subject) - 2), -1, -1)
            if subject[: len(subject) - k].endswith("业")
            and (
                k == 0
                or SHARED_HEAD_RE.fullmatch(subject, len(subject) - k)
                or subject[len(subject) - k :] in LISTED_SPEEDS
            )
        ),
        -1,
    )
    if cut < 0:
        return []
    head = subject[cut:]
    parts: list[str] = []
    pending = ""
    for piece in INDUSTRY_LIST_CUT_RE.split(subject[:cut]):
        pending = f"{pending}、{piece}" if pending else piece
        if pending.endswith("业"):
            parts.append(pending)
            pending = ""
    if pending or len(parts) < 2 or not all(2 <= han_len(part) <= 20 for part in parts):
        return []
    return [part + head for part in parts]


#: A trade's word closing the goods traded (农产品|出口, 原油|进口).
TRADED_END_RE = patterns.compile(r"(?<=[\u4e00-\u9fff]{2})(?:进出口|出口|进口)$")


def _pair_owner(first: str, last: str, head_start: int) -> str:
    """The second of a pair whose first names the owner too (机场航空旅客和货邮吞吐量
    → 机场航空货邮吞吐量): a two-character modifier pairs with the first's last two
    characters, and what the first has before them (four or more) owns both."""
    owner = first[:-2]
    if head_start != 2 or len(owner) < 4:
        return last
    return owner + last


#: A one-character modifier a list's parts share before its head (小学、初中、高中毛入学率,
#: 小麦、玉米总产量), not a character of the last part's own name (原煤、原油、天然气产量).
SHARED_ONE_CHARACTER = frozenset("毛总净年")
#: The last characters of short modifiers that a list's parts share with its last part's
#: (省级、市级, 新建、改扩建, 大型、中型): where the last part's own modifier ends.
MODIFIER_ENDS = frozenset("级建型")


def _same_modifier_end(part: str, last: str) -> int:
    """Where the rest the list shares starts in ``last``, when a short ``part`` ends with a
    modifier's last character that ``last``'s own modifier ends with too (省级、市级|重点龙头
    企业 → 3; 新建、改扩建|幼儿园 → 3), leaving at least two characters; else 0."""
    if len(part) > 3 or part[-1:] not in MODIFIER_ENDS:
        return 0
    same = last.find(part[-1], len(part) - 1, 5)
    return same + 1 if same >= 1 and han_len(last[same + 1 :]) >= 2 else 0


def _own_end(part: str, last: str, head_start: int) -> int:
    """Where the last part's own modifier ends: after the character a short part ends
    with too (城区、郊区、开发区|存款增量), else at the short part's length."""
    # (小学、初中专任教师学历|合格率: a 学 far into the last part's words is no modifier's end)
    same = last.find(part[-1], 1, min(head_start, len(part) + 3))
    if same < len(part) - 1 and last.endswith(BUDGET_FUNCTION_ENDS, 0, head_start):
        return head_start  # 教育、卫生、农林水事务|支出: functions of a budget share only the head
    return same + 1 if same >= len(part) - 1 else len(part)


#: How a budget's functional categories end (农林水事务, 城乡社区事务, 一般公共服务).
#: The functions a budget's spending is classed by (支出功能分类): each a whole name.
BUDGET_FUNCTIONS = frozenset(
    "一般公共服务 外交 国防 公共安全 教育 科学技术 文化旅游体育与传媒 文化体育与传媒 社会保障和就业"
    " 卫生健康 医疗卫生 医疗卫生与计划生育 节能环保 城乡社区 农林水 交通运输 资源勘探工业信息"
    " 商业服务业 金融 自然资源海洋气象 住房保障 粮油物资储备 灾害防治及应急管理".split()
)
BUDGET_FUNCTION_ENDS = ("事务", "公共服务", "公共安全")


def _with_head(part: str, head: str) -> str:
    """``part`` with the list's shared head, the word they both end with written once
    (国有企业贷款 + 款增量 → 国有企业贷款增量, not …贷款款增量)."""
    for k in range(len(head) - 1, 0, -1):
        if part.endswith(head[:k]) and head[k:] in _MEASURE_WORDS:
            return part + head[k:]
    return part + head


#: What a rate or a volume head is after the word it measures (贷款|增量).
_MEASURE_WORDS = frozenset(("增量", "存量", "总量", "增速", "增幅", "比例", "率", "量"))


@lru_cache(maxsize=4096)  # asked of the same names by several rules
def leading_verbs_stripped(name: str) -> str:
    """新增跨国公司地区总部 → 跨国公司地区总部 (for a stock written after a flow)."""
    return LEADING_VERBS_RE.sub("", name) or name


#: Two subjects joined by 和, 及 or 与 (城镇和农村…收入, A及B入园率).
PAIR_RE = patterns.compile(
    rf"((?:[0-9]{{1,2}}[-—－~～至][0-9]{{1,2}}月)?(?:{HAN_LETTER}|GDP|GNP|CPI|PPI){{2,12}}?)[和及与](.+)"
)  # (1-2月水路客运量和周转量: a period may open the first; 万元GDP和万元工业增加值用水量)
#: Two characters that are each one side of a pair (存、贷款, 进、出口): written with
#: a 、 between them, each is a list item of its own.
PAIRED_CHARS = ("存贷", "进出", "城乡", "中小", "内外", "供需", "产销", "收支")
#: Pairs of two-character words a list walks through, the owner written before the first.
PAIRED_WORDS = frozenset(
    (("昼间", "夜间"), ("白天", "夜间"), ("城镇", "农村"), ("城市", "农村"), ("男性", "女性"),
     ("存款", "贷款"), ("进口", "出口"), ("出口", "进口"), ("收入", "支出"), ("上半", "下半"))
)  # fmt: skip
#: Words a measured quantity ends with: the head a list of subjects shares.
MEASURE_HEADS = ("人均可支配收入", "人均纯收入", "参保人数", "进出口总额", "生产总值",
                 "增加值", "产值", "产量", "营业收入", "销售额", "零售额", "进出口额", "交易额", "吞吐量", "投资", "人数", "起数", "次数", "件数",
                 "户数", "数量", "收入", "支出", "总额", "规模", "面积", "里程", "标准", "比重",
                 "占比", "价格", "指数", "花费", "金额", "能耗", "人次", "利润",
                 "营收", "税收", "出口", "进口", "警情", "产能", "销量", "成交额", "成交价",
                 "保有量", "余额", "限额", "合同额", "外资额")  # fmt: skip
#: Words between a list's own modifiers and their shared head (城镇、农村|居民人均…,
#: 蔬菜、小浆果|设施产量): where the last part's own modifier ends.
SHARED_MODIFIER_RE = patterns.compile(
    r"常住|居民|农民|职工|人均|种植|播种|养殖|设施|出栏|存栏|产品|产业|企业|行业|项目"
)
#: A rate or a volume is named with the word before 率 or 量 (普及率, 排放量):
#: 农村自来水、卫生户厕普及率; 能耗、二氧化碳排放量.
#: Heads read whole before the shorter ones they end with, which would cut a word in two
#: (国有企业进|出口 would lend 国有企业进 to 出口; 规上工业总|产值 规上工业总 to 增加值).
_HEADS = "|".join(("进出口", "总产值", *MEASURE_HEADS))
#: The head of a list's last part, to its end, a share of something included.
SHARED_HEAD_RE = patterns.compile(rf"(?:{_HEADS})(?:占[^、]*)?$")
#: Prices inside a list's last part, the words naming which after it (价格|每公斤均价).
INNER_PRICE_RE = patterns.compile(r"价格(?![为是分达])")


def part_head(whole: str) -> str:
    """The head a part of the measure ``whole`` is named with (农林牧渔总产值 → 产值: a part
    of a total is no total; 工业增加值 → 增加值), or "" when ``whole`` has none after its
    first character."""
    head = SHARED_HEAD_RE.search(whole, 1)
    if head is None:
        return ""
    return whole[head.start() + 1 :] if whole.startswith("总产值", head.start()) else head.group()


#: A population's rates, reported one after another (户籍人口出生率…，死亡率…，自然增长率…).
VITAL_RATES = ("出生率", "死亡率", "自然增长率")


def vital_rate_owner(before: str, name: str) -> str:
    """The population whose rate ``before`` names, for the next of its rates ``name``
    (户籍人口出生率 → 户籍人口 for 死亡率), or ""."""
    if name not in VITAL_RATES:
        return ""
    rate = next((rate for rate in VITAL_RATES if before.endswith(rate)), "")
    owner = before[: len(before) - len(rate)] if rate else ""
    return owner if han_len(owner) >= 2 else ""


#: Measures of a whole economy, named whole: the words before their head own nothing
#: (地区|生产总值, 社会消费品零售|总额): 地区完成投资 is no one's investment.
_WHOLE_ECONOMY = r"(?:地区|国内|国民)生产总值|社会消费品零售总额|居民消费价格"
WHOLE_ECONOMY_RE = patterns.compile(_WHOLE_ECONOMY)
#: Measures a report gives for its whole territory, never for firms: those of the whole
#: economy, and 固定资产投资, 地方财政收入…: a clause before about firms lends them no owner.
TERRITORY_MEASURE_RE = patterns.compile(
    rf"{_WHOLE_ECONOMY}|(?:全社会)?固定资产投资|GDP|外贸进出口(?:总额)?"
    r"|(?:地方)?(?:一般公共预算|公共财政预算|财政)收入"
)


def head_owner(indicator: str, start: int = 1) -> tuple[str, bool]:
    """The owner a measure's name holds before its head (工业|生产总值 → 工业; 11月份当月|进出口
    → 11月份当月), from ``start`` on, and whether it names a whole economy's measure (then "":
    地区生产总值)."""
    if WHOLE_ECONOMY_RE.search(indicator):
        return "", True
    if SHARED_HEAD_RE.fullmatch(indicator):
        return "", False  # 营业收入: a head whole, no 营业 that owns 收入
    head = SHARED_HEAD_RE.search(indicator, start)
    if head is None:
        return "", False
    # (…进出口: the trade's owner before 进, not …进 before its head 出口)
    trade = indicator[head.start() - 1 : head.start() + 2] in ("进出口", "出进口")
    end = head.start() - 1 if trade else head.start()
    return indicator[:end], False


#: Else a word before 率, 量, 增速 or 增幅 ends it (小微企业、“三农”贷款增速).
RATE_OR_VOLUME_RE = patterns.compile(rf"(?:水质)?{HAN_LETTER}{{2}}(?:[率量]|增速|增幅|比例)$")
#: A part that is a whole name already: it ends with a head, or it counts people,
#: firms or movements of its own (游客、…离岛免税销售额分别增长).
_THINGS = "游客|人口|企业|主体|进出|出入境"
WHOLE_NAME_RE = patterns.compile(rf"(?:{_HEADS}|[{HAN}]{{2}}量|率|{_THINGS})$")
#: A part naming things, not a measure: it has no rate of its own.
THINGS_END_RE = patterns.compile(rf"(?:{_THINGS})$")
#: A count that belongs to an owner: 道路交通事故|起数; else 诈骗案件|受理数.
OWNED_COUNT_RE = patterns.compile(
    rf"(.*?)(?:起数|人数|件数|次数|户数|个数|数量)|(.*)[{HAN}]{{2}}数"
)


#: Words that are never part of a name: 分别 anywhere, a preposition before it,
#: a modal or a verb stub after it (把居民消费价格涨幅, …预期, …拟, …不 from 不低于);
#: a modal run before the verb (也要再减少…), an adverb or a conjunction of addition
#: alone (又增产…, 而且取消了…, 加上…, 加|上级补助收入), a news summary's 该县 (该县将新建…), 在 after
#: a rate (调查失业率在5.5%以内); a figure reached before the figure (种群恢复至7群|42只);
#: 提出 before a target; the period a change starts from (由“十二五”期末的|4.2亿元); the end
#: of a clause of what was added (含上年净结余165万元|后的总财力); a topic's frame run on into
#: the name by a dash (在社会保险基金预算收支执行情况方面——全省社会保险基金预算收入); a bracketed
#: tag before it, a source's or a column's ([国家统计局]2021年…, 【新数据 新看点】上半年…).
#: A balance sheet's arithmetic before an item (加上年结余…, 减上解支出…, 减预计体制应上缴…; 上年结余 stays
#: whole) and a circled or bracketed list numeral (⑴, ②, ⒊) name nothing, nor a table's
#: figure run on into the next row's name (…1194.4万吨3.8|棉花产量).
#: A leading 有 of "there are" (有国家级非遗项目) names nothing either, unless it opens a
#: relative clause (有进出口实绩的企业).
_LEADING_STRAY_RE = patterns.compile(
    "^(?:"
    + HAVE
    + r"(?=[\u4e00-\u9fff]{2})(?![^的]{1,16}的)|在[\u4e00-\u9fff]{2,24}?方面(?:——|—|：|:)|[\[【［][^\]】］\[【［]{1,12}[\]】］]|但是?(?=[\u4e00-\u9fff]{2})|(?:境|域|辖区|区域|[乡镇村县区])?内共?有(?=[\u4e00-\u9fff]{2})|以来共?(?=[\u4e00-\u9fff]{2})|仅(?!次于)(?=[\u4e00-\u9fff]{2})|发生(?=[\u4e00-\u9fff]{0,6}(?:成本|费用)$)|继(?![续承任往电])(?=[\u4e00-\u9fff]{3})|由于(?=[\u4e00-\u9fff]{4})(?![^的]{1,16}的)|的|这?是在|是(?![否非])(?=[\u4e00-\u9fff]{2})|并(?![购网联举重行发存轨列入且])(?=[\u4e00-\u9fff]{2})|故(?![障事宫居乡意])(?=[\u4e00-\u9fff]{2})|(?:比|较)(?:上年|去年)(?:同期)?(?=[\u4e00-\u9fff]{4})|因地制宜|我[省市区县州盟旗镇乡](?=[\u4e00-\u9fff]{2})|(?:我|本)[院局委厅庭所](?=[\u4e00-\u9fff]{2})|(?:尚|仍|另)有(?=[\u4e00-\u9fff]{2})|(?:每年)?可为(?=[\u4e00-\u9fff]{2})|(?:每年)?可形成(?=[\u4e00-\u9fff]{2})|(?:每年)?可(?=带动|新增|增加|节约|节省|吸纳|创造|产生)|(?:"
    + EFFORT_ADVERBS
    + r"|相应)(?=[\u4e00-\u9fff]{2})|(?:直接|从而|进而)?(?:导致|造成|使得)(?=[\u4e00-\u9fff]{2})|后的(?=[\u4e00-\u9fff]{2})|提出(?!意见|建议|议案|提案|问题)|[和及并](?:修订|修改|完善|制定|出台|印发)|(?:也|还|仍|又)(?:要|将|需|须|应)再?|而且|[而且](?=[\u4e00-\u9fff]{2})|并且|即(?![墨将使便])(?=[\u4e00-\u9fff]{2})|又|也|还(?![款贷本债原])|再(?=[增减])|(?:要|需|须|应)再|依法(?:依规)?|依规(?:依法)?|(?:按|以)(?:可比价格?|不变价格?|现价)计算的?(?=[\u4e00-\u9fff]{2})|以(?=[^，。；]{1,10}?方式)|(?:其中)?(?:主要)?包括|主要有|(?:年[末底])?(?:共|现)?拥有(?=[\u4e00-\u9fff]{2})|批准(?=(?:年初|调整)?预算)|(?:按照?|依照?)(?:有关|相关)?规定|认真|把|将|拟|加上(?![级年解缴])|该[省市县区镇乡旗盟州](?:将|要|拟)?|(?:全力)?确保|力争|(?:去年|今年|上年|明年)(?![度底末]|结余|结转|同期)|(?:加|减去?|扣除)(?=上级|上年|下年|税收返还|转移支付|调入|调出|上解|上缴|债务|债券|补助|结转|结余|动用|预算稳定|预计|体制|一般公共预算|政府性基金|国有资本|社会保险基金|当年|本年)|[\u2460-\u249b]|[.．](?=[\u4e00-\u9fff]{2})|(?:到|至|截至)?(?:19|20|１９|２０)[0-9０-９]{2}年(?:度|的|底|末)?|(?:19|20)[0-9]{2}(?=[全本我该今上下前财])|[%％‰]|[0-9]{1,2}[.．](?:(?![0-9])|(?=(?:19|20)[0-9]{2}年))|-?[0-9]{1,4}[.．][0-9]{1,2}(?=[\u4e00-\u9fff]{2})|[（(][一二三四五六七八九十0-9]{1,3}[）)])+"
)


_TRAILING_STRAY_RE = patterns.compile(
    r"(?:(?<=[\u4e00-\u9fff]{2})(?:最终|最后|先后|相继|陆续|率先|已|(?:均|都)(?:超过|达到?|高于|低于))|(?<=[\u4e00-\u9fff]{2})(?:一般|大多|多数|普遍)[在为]?|(?:均|都)实现了?|(?<=[率重额量值数])均|(?<=[量额值入])实现了?|(?<=[率量])稳定|(?<=[\u4e00-\u9fff]{2})(?:共有|现有)|(?<=[幅速])(?:较大|较快|明显|显著)|"
    r"(?<=[\u4e00-\u9fff]{2})(?<![高初集空其])中(?:我[省市区县旗镇乡])?(?:共有|有)?(?=$)|(?<![于过出])预期|拟|不|了|将|要|(?<=[率量额数值])[应须需]|力争|预计|(?<=[额量值入资计])(?:可望|有望|可)|基本|实际|名义|统一|首次|都|又|也|(?<![返偿归退])还|[增降升]至|"
    rf"[从由]{EARLIER_PERIOD}的?|从|由|(?<![新净调多少])增|(?<![赶高])超|不动摇|[和及与、]?“|"
    r"累计|保持在|稳定在|控制在|(?<=[\u4e00-\u9fff]{2})(?<![所存实现正自内潜])在|双双|(?<=[入出值额量])[两三四五六七八九十]年|(?<!相当于)(?:去年|今年|上年)[底末]?|"
    r"(?:稳步|有序|加快|顺利|全面|深入)推进|高效运行|高质量发展|按期|如期|按时|接连|相继|逆势|逆市|"
    r"每年|每月|等(?:工程|项目|工作|任务|设施)|(?<=[\u4e00-\u9fff]{2})(?<![一二三四五六七八九十特优混高中低同平均对相次头上下初])等|(?<=[率重比度数量值])(?:保持|提升|提高|下降|降低|上升|回落|扩大|缩小|收窄)[至到]?|"
    r"(?:恢复|增加|增长|发展|扩大|提高)?[至到达][0-9０-９]{1,4}[\u4e00-\u9fff])+$"
)


#: 共 "in all" between an owner and its verb (裘皮小镇共入驻服装企业): a total's adverb,
#: no part of the name (共建, 共享, 公共, 共有产权 are words of their own).
#: 年内 inside a name, with a modal after it (粮食作物|年内可|种植): when, not what; a span
#: of years (项目一年内投产) is a condition of the things and stays.
_WITHIN_YEAR_RE = patterns.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![一两二三四五])年内(?:可|将)?(?=[\u4e00-\u9fff]{2})"
)
#: The report's scope and a verb of having before what it has (全国共有|公共图书馆): the scope
#: stays, the verb goes.
_SCOPE_HAVE_RE = patterns.compile(r"^((?:全|我)[国省市县区旗州])共有(?=[\u4e00-\u9fff]{2})")
#: A verb of having after a place (东部地区拥有|法人单位): the place's things, no verb.
_PLACE_HAS_RE = patterns.compile(
    rf"(?<=[{PLACE_END_CHARS}])(?:拥有|(?:境|域|辖区)内共?有)(?=[\u4e00-\u9fff]{{2}})"
)  # (红石镇境内有|林地: the town's)
_TOTAL_ADVERB_RE = patterns.compile(
    r"(?<=[\u4e00-\u9fff])(?<![公总合])共计?(?=入驻|引进|新增|新建|建成|完成|实现|签约|落地|培育|"
    r"开工|招引|吸纳|发放|举办|组织|开展|培训|接待|帮扶|救助|走访|受理|办理|查处|收到|吸引|"
    r"投入|安排|争取|拨付|筹集|减免|兑现|惠及|涉及|审结|审理|执结|办结|立案|起诉|批捕|"
    r"调解|化解|排查|检查|审计|追回|挽回|收缴|处理|解决|提供|帮助|选派|派出|出动|召开|"
    r"征集|回复|答复|督办|查办|侦办|侦破|破获|抓获|查获|收治|救治|抽检|抽查|检测|转移|"
    r"安置|改造|维修|整治|清理|拆除|治理|服务|提出)"
    r"|(?<=[\u4e00-\u9fff]{2})共有(?=资产|负债|净资产|所有者权益)"  # 国有企业共有|资产总额
)


#: A figure a template left as letters (XX亿元, X.X%): no part of a name.
PLACEHOLDER_RE = patterns.compile(
    r"(?<![A-Za-z0-9])(?:[XxＸｘ]{2,4}(?:[.．][XxＸｘ]{1,2})?|[XxＸｘ][.．][XxＸｘ]{1,2})"
    r"(?:[万亿]?元|[万亿]|%|％)?(?![A-Za-z])"
)
#: A note mark the report sets after a term (四大主导产业［2］): a reference, not a word;
#: so is 为此 (中央财政将为此投入: for what the sentence before said).
NOTE_MARK_RE = patterns.compile(
    r"[［\[](?:[0-9０-９]{1,3}|[ivxIVX]{1,4})[］\]]|(?:将|拟|要|还|再)?为此(?:将|拟|要)?"
)


#: A year inside a name, between Han characters (重点园区2025年营业收入).
YEAR_INSIDE_RE = patterns.compile(
    rf"(?<=[{HAN}])(?<![从由至到])(?:19|20|１９|２０)[0-9０-９]{{2}}年(?:前|底|末)?(?=[{HAN}])"
)


#: The tail of a bracket opened before the name's clause (重点项目）、新建学校): cut with
#: the marks after it.
_UNOPENED_RE = patterns.compile(r"^[^（(）)]*[）)][、，,：:；;]*")


#: The report's own scope after 年末 or a period (年末全县户籍人口, 9月末我县…, 上半年全市出口,
#: 3月份全市…), and the 有 after it (年末全县有养老机构): the period names the measure, 全县
#: nothing.
_SCOPE_AFTER_PERIOD_RE = patterns.compile(
    r"^(年[末底]|[0-9０-９]{1,2}月[末底份]?|[上下]半年|前三季度|[一二三四]季度|1[-—－至~～][0-9]{1,2}月)"
    r"(?:全|我)[县市区省旗州盟镇乡]"
    rf"(?:[共现]?{HAVE})?"
)


#: A pinyin gloss a page sets after a character (城鄉（xiāng）): the page's, not the name's.
PINYIN_GLOSS_RE = patterns.compile(
    rf"[（(][a-z{TONED}üê]{{1,8}}(?: [a-z{TONED}üê]{{1,8}}){{0,3}}[）)]"
)


#: A list's number or enumeration word opening a name (2、规上工业增加值, 三是城乡居民收入,
#: 1）…, 其二，…, 2、|20104-发展与改革事务 before a budget code): the report's own points, no
#: part of what is measured.
#: So is a paragraph's label in lenticular brackets (【收支执行情况】…), a dash before the name,
#: the beneficiary's 为 before what they save (为全市中小微企业新增减负; 为…提供的岗位 keeps it:
#: the group is given them), and a light verb before a whole measure
#: (实现生产总值, left where a page's glosses kept the subject from being read); not a grade
#: listed before the next (一、二类海水比例).
LIST_MARK_RE = patterns.compile(
    r"^(?:[0-9０-９]{1,2}[、)）](?![0-9０-９])|[0-9]{1,2}、(?=[0-9]{3,7}[-－—])|[一二三四五六七八九十]{1,3}(?:是|、(?!劣?[一二三四五六]类))|其[一二三四五六七八九十][，,、]?|第[一二三四五六七八九十]{1,3}[，,、]"
    r"|【[^【】]{1,20}】|—+|[-－·•]\s*(?=[\u4e00-\u9fff])|为(?=[\u4e00-\u9fff]{2,12}(?:减负|减税|降费|降本|节约|节省|增收|减费)$)"
    r"|(?:实现|完成)(?=[\u4e00-\u9fff]{4})(?=[\u4e00-\u9fff]{0,8}(?:生产总值|增加值|收入|利润|产值|总额)$))"
)
#: A ranked list's number with a point (3.通辽, 8..呼伦贝尔), and the items before it in the same
#: name (6.赤峰（数据暂缺）、7.乌海): the name is the last item's, without its rank.
ORDINAL_ITEM_RE = patterns.compile(r"^(?:[^、]*、)*[0-9]{1,2}[.．]+(?=[\u4e00-\u9fff])")
LIST_MARK_STARTS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十其第【—为实完-－·•")
#: A heading written without a colon before the line's name (镇级财政收支情况 镇级一般公共
#: 预算收入…): a report of the situation names no figure.
HEADING_GLUED_RE = patterns.compile(
    r"^(?:[0-9]{1,2}[.．、]\s*)?[\u4e00-\u9fff（）()]{2,16}?情况\s*(?=[\u4e00-\u9fff]{4})"
)
#: The cells and column labels of a table flattened into the text before a name
#: (结余资金 |0.92 |…|——全县…收入; …执行结果增幅备注地区生产总值): the last cell is the name.
TABLE_CELLS_RE = patterns.compile(r"^.*(?:\||备注)\s*")
#: A milestone verb after a rate or a sum (占GDP比重首次突破): the predicate, not the name.
PASSED_RE = patterns.compile(
    r"(?<=[率重比值额量入出数])(?:均|都|双双)?(?:首次)?(?:突破|超过|跨越|跨过|迈过|迈上)"
    r"(?:[十百千万亿]+(?:美?元)?)?$"
)


#: The procedure a budget was changed by (预算经法定程序调整为…, 经区人大常委会批准, 经县第十九届
#: 人民代表大会第三次会议批准的…, 区人代会审议通过…): no part of what is measured.
_PROCEDURE_RE = patterns.compile(
    r"经(?:过)?(?:法定程序|[^，。；“”]{0,16}?(?:人民代表大会|人大|人代会)[^，。；“”]{0,24}?"
    r"(?:批准|审议(?:通过)?|审查))的?|^[省市县区]?人代会审议通过的?"
)


#: The source a figure is taken from (根据市统计局反馈数据, 据统计, 据初步测算): how it is
#: known, not what.
_SOURCE_RE = patterns.compile(
    r"根据[^，。；、]{1,16}(?:数据|统计|测算|核算|反馈|快报)|^据[^，。；、]{0,12}?(?:统计|测算|核算|调查)"
)


#: The aspect particle after a verb inside a name (提供了|母猪), or left where the verb was
#: cut (完成|了投资), not in a word (了解, 为了, 除了, 了结, 不得了).
_ASPECT_RE = patterns.compile(
    r"(?:^|(?<=[\u4e00-\u9fff])(?<![为除罢不得]))了(?=[\u4e00-\u9fff])(?![解结])"
)


#: Who decided, before what they decided (党委、政府研究决定减少贫困人口): the figure is of
#: what was decided.
_DECIDED_RE = patterns.compile(rf"^[^，。；]{{0,16}}?(?:研究|会议)决定(?=[{HAN}]{{4}})")
#: A flattened table's header of the change column before its first row's name
#: (1996年 比上年增长% 粮食): no part of the row.
_COLUMN_HEADER_RE = patterns.compile(
    r"^\s*(?:(?:19|20)[0-9]{2}年)?\s*(?:比上年|同比|较上年)(?:增长|增减|±|\+/-)[（(]?[%％][）)]?\s*"
)
#: An adverb of effort between a name's owner and its verb (河北积极争取…).
_EFFORT_INSIDE_RE = patterns.compile(rf"(?<=[{HAN}]{{2}})(?:{EFFORT_ADVERBS})(?=[{HAN}]{{2}})")


@lru_cache(maxsize=4096)  # the same names come back from several rules and paragraphs
def tidy(name: str) -> str:
    """An indicator without the stray words at its edges, nor a year inside it
    (重点园区2025年营业收入); kept whole when too little would remain."""
    name = name.strip()  # the space a page put before spaced digits (共有 2023 个)
    # Each pattern only where its telltale character is (most names have none).
    if "分别" in name or "依次" in name:
        name = name.replace("分别", "").replace("依次", "")
    if "为此" in name or "［" in name or "[" in name:
        name = NOTE_MARK_RE.sub("", name)
    if "年" in name:
        name = _WITHIN_YEAR_RE.sub("", YEAR_INSIDE_RE.sub("", name))
    if "共" in name:
        name = _SCOPE_HAVE_RE.sub(r"\1", _TOTAL_ADVERB_RE.sub("", name))
    if "经" in name or "人代会" in name:
        name = _PROCEDURE_RE.sub("", name)
    if "据" in name:
        name = _SOURCE_RE.sub("", name)
    if "全" in name[2:6] or "我" in name[2:6]:
        name = _SCOPE_AFTER_PERIOD_RE.sub(r"\1", name)
    if "（" in name or "(" in name:
        name = without_cited_notes(PINYIN_GLOSS_RE.sub("", LINK_NOTE_RE.sub("", name)))
    if "|" in name or "备注" in name:
        name = TABLE_CELLS_RE.sub("", name)
    if "." in name or "．" in name:
        name = ORDINAL_ITEM_RE.sub("", _after_table_debris(_after_full_stop(name)))
    if "X" in name or "x" in name or "Ｘ" in name:
        name = PLACEHOLDER_RE.sub("", name)  # 工业总产值XX亿元: a figure a template left out
    if name[:1] in LIST_MARK_STARTS:
        name = LIST_MARK_RE.sub("", name)
    if "情况" in name[2:-2]:
        name = HEADING_GLUED_RE.sub("", name)
    if "突破" in name or "超过" in name or "跨" in name or "迈" in name:
        name = PASSED_RE.sub("", name)
    if "了" in name:
        name = _ASPECT_RE.sub("", name)  # 提供了母猪: what was given, not that it was
    if "决定" in name:
        name = _DECIDED_RE.sub("", name)  # 党委、政府研究决定|减少贫困人口: the decision's object
    if "%" in name or "％" in name:
        name = _COLUMN_HEADER_RE.sub("", name)  # 比上年增长% 粮食: a flattened table's header
    name = _EFFORT_INSIDE_RE.sub("", name)  # 河北积极争取…资金: how, not what
    tidied = _edges_tidied(_TRAILING_STRAY_RE.sub("", _LEADING_STRAY_RE.sub("", name)))
    if "有" in tidied:
        tidied = _PLACE_HAS_RE.sub("", tidied)
    if tidied[:1] == "末" and han_len(tidied) >= 3:
        tidied = "年" + tidied  # 2011年|末人民币贷款余额: the year's end, its year gone
    if "比" in tidied or "较" in tidied:
        tidied = YEAR_LEFT_COMPARISON_RE.sub("", tidied)  # …里程比(2002年)增加: no bare 比
    if "从" in tidied and (restated := FROM_RESTATED_RE.fullmatch(tidied)):
        tidied = restated.group(1) + restated.group(3) + restated.group(2)  # 农村低保年标准
    if ("由" in tidied[-6:] or "从" in tidied[-6:]) and (
        per_head := PER_HEAD_FROM_RE.fullmatch(tidied)
    ):
        tidied = per_head.group(1) + per_head.group(3) + per_head.group(2)  # …服务年人均补助标准
    if "月" in tidied[-3:]:
        tidied = MONTHS_AFTER_RE.sub("", tidied)  # 规上工业增加值1-10月|增长: the period
    if tidied[-1:].isdigit():
        tidied = TRAILING_DIGITS_RE.sub("", tidied)  # …零售额2: a note's number; …增加值5(月)
    tidied = label_repeated(tidied)
    return tidied if han_len(tidied) >= 2 else name


#: A web page's link in brackets inside a name (棉花（棉花市场前景调查分析报告）产量): a page's
#: furniture, no part of what is measured.
LINK_NOTE_RE = patterns.compile(r"[（(][^（）()]{0,20}(?:报告|前景|行情|点击|查看|详情|网址)[）)]")


def without_cited_notes(text: str) -> str:
    """``text`` without the bracketed notes that cite a document (（预计数取自《…通报》，闽财
    预〔2018〕30号）): where a figure came from, no part of what it measures.  Brackets
    nest (《…市县（区）…》), so the note ends where its own bracket closes."""
    out: list[str] = []
    i = 0
    while found := _BRACKET_OPENING_RE.search(text, i):
        opening = found.start()
        close, depth, cited = opening, 0, False
        for close in range(opening, min(len(text), opening + CITED_NOTE_MAX)):
            char = text[close]
            if char in "（(":
                depth += 1
            elif char in "）)":
                depth -= 1
            cited = cited or char in "《〔"
            if depth == 0:
                break
        if depth == 0 and cited:
            out.append(text[i:opening])
        else:
            out.append(text[i : close + 1])
        i = close + 1
    out.append(text[i:])
    return "".join(out)


#: How long a cited note may be (its bracket closed within that many characters), and
#: where one may open.
CITED_NOTE_MAX = 120
_BRACKET_OPENING_RE = patterns.compile(r"[（(]")


def label_repeated(name: str) -> str:
    """A name run on from a label that it repeats (地表水资源量|全国地表水资源量: a section's
    label and its first line's name): the name, once."""
    for k in range(3, min(LABEL_MAX, len(name) // 2) + 1):
        if name.endswith(name[:k]) and name[k : len(name) - k] in LABEL_SCOPES:
            return name[k:]
    return name


#: The longest label, and the scopes that may stand between it and its repetition.
LABEL_MAX = 10
LABEL_SCOPES = frozenset(("", "全国", "全省", "全市", "全县", "全区", "全州", "全旗"))
#: Digits left at a name's end after Han characters (限上贸易单位零售额2: a note's mark).
TRAILING_DIGITS_RE = patterns.compile(rf"(?<=[{HAN}]{{2}})[0-9０-９]{{1,2}}$")
#: A measure restated more exactly after 从 (农村低保标准从年标准1680元提高到…): the exact one.
FROM_RESTATED_RE = patterns.compile(rf"([{HAN}]{{2,12}}?)([{HAN}]{{2}})从([{HAN}]{{1,3}})\2")
#: A standard said per head after 由/从, its figure next (补助标准由年人均120元提高到200元):
#: the standard per head (年人均补助标准).
PER_HEAD_FROM_RE = patterns.compile(
    rf"([{HAN}]{{0,30}}?)(补助标准|补贴标准|保障标准|补助|补贴|标准)[从由]"
    r"(年人均|人均|生均|户均|亩均|每人每年|每人每月|每人)"
)
#: Months written after a measure's name, before its verb (规上工业增加值1-10月增长5%): the
#: figure's period, the dataset's column, not its name.
MONTHS_AFTER_RE = patterns.compile(
    rf"(?<=[{HAN}]{{2}})(?<![高低快慢]于)(?:[0-9０-９]{{1,2}}[-—－~～至到])?[0-9０-９]{{1,2}}月份?$"
)


#: A comparison whose year went with the name's years (公路通车里程比|2002年|增加): 比 alone.
YEAR_LEFT_COMPARISON_RE = patterns.compile(
    r"(?<![同环])[比较](?=(?:增加|减少|增长|下降|提高|降低)$)"
)


#: Notes and openings at a name's edge that name nothing: a （下同）/（以下简称…） note
#: anywhere, an opening bracket left unclosed (（其中乡级结余), the 度 of a year
#: cut off (2021年度|政府性基金收入), a forecast's 预计 before the name.
_NOTE_RE = patterns.compile(SAME_BELOW + r"|[，,、]?下同")
_OPENING_RE = patterns.compile(
    r"^(?:[（(](?!.*[）)])(?:其中[：:，,]?)?|度(?![假电])|预计(?!数|值))+"
)
#: The kind a list of examples ends with (A、B等环节…, 等领域, 等方面): left at a name's start
#: when the examples are cut off, it names nothing.
LISTED_KINDS = frozenset(("环节", "方面", "领域"))
#: A verb stub at the end: 是 of 分别是…, 达 of 達（dá）到 split by a gloss, 达到了.
_CLOSING_RE = patterns.compile(
    rf"(?:分别)?是$|(?<![{REACH_WORD_BEFORE}])达(?:到了?|了)?$|(?<=[价格额量率值数])为$"
)  # (鸡蛋价格为|…: the copula)
#: A manner adverb left at a name's end by the verb cut after it (支出规模不断|扩大).
_MANNER_END_RE = patterns.compile(r"(?<=[\u4e00-\u9fff]{3})(?:不断|持续|稳步|逐步|相应)$")
#: 共 left at a name's end (…收入共|完成851064万元): how, not what.
_TOTAL_END_RE = patterns.compile(
    r"(?<=[\u4e00-\u9fff）)]{2})(?<!公)共$"
)  # (…共计: the sum of parts)
#: X调整为N: the value after the change, named so (调整后X), not the change; a structure's,
#: a strategy's or a policy's adjustment is a purpose (…用于支持经济结构战略调整|3.85亿元).
_ADJUSTED_RE = patterns.compile(r"(?<!结构|布局|政策|战略)(?:均|都|分别|统一)?调整$")


#: The report's own place a sum was given to, opening a name (给我县, 给全区).
_RECIPIENT_RE = patterns.compile(r"给(?:我|本|全)[省市州县区旗镇乡]")


#: A note's number at a name's end (工业增加值（3）): the bulletin's footnote, no part of it.
_NOTE_NUMBER_RE = patterns.compile(r"[（(][0-9０-９]{1,2}[）)]$")


#: A decimal a table's cell holds (199.31, -0.9, 1612.339.2 where two cells ran together).
_CELL_DECIMAL_RE = patterns.compile(r"-?[0-9]+\.[0-9.]+")


#: A point between Han characters: a sentence's end a page or its OCR wrote as a point
#: (行政村占法屯.总人口2.2万人).
HAN_STOP_RE = patterns.compile(rf"(?<=[{HAN}])[.．](?=[{HAN}])")


def _after_full_stop(name: str) -> str:
    """``name`` after the last sentence's end written as a point (总人口), unless too little
    follows it."""
    rest = HAN_STOP_RE.split(name)[-1]
    return rest if han_len(rest) >= 2 else name


def _after_table_debris(name: str) -> str:
    """A name after the cells of a table flattened before its sentence (仓储和邮政业199.31-0.9
    住宿和餐饮业58.666.5…年末全区常住人口 → 年末全区常住人口): two decimals or more in a name
    are no part of one; unchanged if too little follows them."""
    cells = [*_CELL_DECIMAL_RE.finditer(name)]
    if len(cells) < 2 or han_len(rest := name[cells[-1].end() :]) < 2:
        return name
    return rest


def _edges_tidied(name: str) -> str:
    """``name`` without the notes and verb stubs at its edges (see the patterns above)."""
    if "下同" in name or "以下" in name or "说明" in name:
        name = _NOTE_RE.sub("", name)  # (区属（以下均为区属口径）国内生产总值: the note goes)
    if "）" in name or ")" in name:
        name = _NOTE_NUMBER_RE.sub("", _UNOPENED_RE.sub("", name))  # 工业增加值（3）
    if name[:1] in "（(度预":
        name = _OPENING_RE.sub("", name)
    if name[:1] == "给" and (recipient := _RECIPIENT_RE.match(name)) and han_len(name) >= 6:
        name = name[recipient.end() :]  # (安排)给我县|地方政府债券资金: to whom, not what
    if name[:2] in LISTED_KINDS and han_len(name) >= 4:
        name = name[2:]  # (工程招标、资金拨付等)环节|违纪案件: the list's kind, cut from it
    if name[-1:] in "是达到了为":
        name = _CLOSING_RE.sub("", name)
    if name[-1:] in "断续步应" and han_len(name) >= 5:
        name = _MANNER_END_RE.sub("", name)  # 支出规模不断|扩大: how it grew, not what
    if name[-1:] == "共" and han_len(name) >= 4:
        name = _TOTAL_END_RE.sub("", name)  # …公共财政预算收入共|完成…: how, not what
    if name[-1:] == "各" and han_len(name) >= 3:
        name = name[:-1]  # 经营性收入各|为25万元、46.2万元: each, not what
    if name.endswith("调整") and han_len(name) >= 4 and (adjusted := _ADJUSTED_RE.search(name)):
        name = "调整后" + name[: adjusted.start()]  # 收入和支出均调整为: both, adjusted
    if "拟" in name and han_len(name) >= 4:
        name = _PROPOSED_RE.sub("", name)  # 税收收入拟|调整为…: what is proposed, not the proposal
    return name


#: A proposal's 拟 at a name's end or before its change (收入拟, 收入拟调增).
_PROPOSED_RE = patterns.compile(r"拟(?=$|调[增减整])")


#: The characters a name's length leaves out: all but Han characters, ASCII letters and digits.
_UNCOUNTED_RE = patterns.compile(r"[^\u4e00-\u9fff0-9A-Za-z]+")


#: A word written twice running (镇村工业工业总产值, 示范镇示范镇): only words that name a
#: sector, a measure's head, a scope or a kind of place, as others may meet by chance
#: (实现就业|就业困难人员, 楠木村|通村通畅).
WORD_TWICE_RE = patterns.compile(
    r"(工业|农业|保险|收入|价格|投资|增加|增长|增幅|增收|救助|项目|工程|国际|全[国省市县区镇乡旗州]"
    r"|[\u4e00-\u9fff]{2}[镇区园])\1"
)


def written_once(name: str) -> str:
    """``name`` with a word written twice running where an owner met its measure written
    once (镇村工业|工业总产值 → 镇村工业总产值): the last step of every name."""
    if twice := WORD_TWICE_RE.search(name):
        return name[: twice.end(1)] + name[twice.end() :]
    return name


@lru_cache(maxsize=4096)  # asked again and again of the same names, in a paragraph and across
def han_len(name: str) -> int:
    return len(_UNCOUNTED_RE.sub("", name))
