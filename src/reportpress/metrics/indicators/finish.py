"""Every name finished, last, independent of how it was built (``full_names``).

A name ``check.weakness`` finds weak is replaced by the longer name its sentence
gives: the figure before, a comparison in brackets, the period, a target, a
converted sum, a stock's owner; where nothing better exists it stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from reportpress import patterns
from reportpress.metrics.indicators.check import (
    ASIDE_CLAUSE_RE,
    BASE_ONLY_RE,
    BASIS_TAIL_RE,
    FULL_NAME_MAX,
    INCLUDED_RE,
    PERIOD_ONLY_RE,
    PERIOD_VERB_RE,
    PLAN_WORD_END_RE,
    QUALIFIER_TAIL_RE,
    SHARE_ONLY_RE,
    TARGET_ONLY_RE,
    UNIT_NOTE_RE,
    weakness,
)
from reportpress.metrics.indicators.clauses import (
    MOVE_ALONE_RE,
    STOCK_OPENINGS,
    STOCK_TIME_RE,
    _changed_after,
    _thing_after,
)
from reportpress.metrics.indicators.context import (
    ALLOCATION_VERBS,
    BRACKET_RE,
    DOER_RE,
    PART_END_RE,
    PLACE_ENDS,
    SIBLINGS,
    UP_BEFORE_RE,
    _last_after,
    _latest,
    _sentence_before_start,
    _sentence_start,
    among_parts,
)
from reportpress.metrics.indicators.lists import (
    CONSUMER_PRICES,
    INDUSTRY_NAME_RE,
    MEASURED_END_RE,
    NOT_A_PULLER_RE,
    PERIOD_LEAD_RE,
    PLACE_NAME,
    RATES_ALONE,
    SECTOR_ALONE_RE,
    STRUCTURE_RE,
    URBAN_RURAL,
    WHOLE_SCOPE_RE,
    _sentence_end,
    consumer_prices_of,
    figure_before_its_change,
    head_of_whole,
    last_in_unit,
)
from reportpress.metrics.indicators.owners import (
    AIMS,
    AREA_PARTS,
    BODY_UNITS,
    DIMENSIONS,
    SCHOOL_LEVELS,
    STATEMENT_ITEMS,
    STATEMENT_LENDERS,
    SYSTEM_TAIL_RE,
    _clause_owner,
    deed_before,
    headline_before,
    is_base_of,
)
from reportpress.metrics.lexicon import (
    CASE_VERBS,
    CHANGE_CHAR,
    CHANGE_VERB_BEFORE_RE,
    CLAUSE_END,
    DEMAND_ALONE,
    DIGIT_RE,
    EARLIER_SPAN,
    FLOW_SIBLINGS,
    FOREIGN_MONEY,
    GROWTH_AFTER_DE_RE,
    HAN_LETTER,
    HAN_ONLY_RE,
    PATENT_SIDES,
    PERSON_UNITS,
    PLACE_END_CHARS,
    PLACES_ALONE,
    PULL_VERBS,
    SCHEDULES,
    SPREADS,
    cpi_category,
    is_price_unit,
)
from reportpress.metrics.names import (
    MEASURE_HEADS,
    PERIOD_PART_RE,
    SHARED_HEAD_RE,
    WHOLE_NAME_RE,
    han_len,
    join_once,
    leading_verbs_stripped,
    tidy,
    with_predicate,
    without_absolute_change,
)
from reportpress.metrics.scan import (
    NOTE_IN_CLAUSE_RE,
    WINDOW,
    Item,
    clause_before,
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
    PRED_ADVERB_RE,
    VERB_END_RE,
    VERB_START_RE,
    trim_prefix,
)

#: A share said as the part's within its whole (在电信主营业务总收入中所占比重): group 1 the whole.
SHARE_WITHIN_RE = patterns.compile(
    r"在([\u4e00-\u9fff]{2,16}?)中所?(?:占的?(?:比重?|比例)?)?"
    r"(?:(?:比上年|比去年|较上年)(?:同期)?|同比)?(?:分别)?(?:下降|上升|提高|降低|增加|减少)?了?"
)  # (…所占的比重比上年同期分别下降了|1.62个和3.18个百分点: the move of that share)
#: A ranking of places by a measure's speed, framing the places' speeds after it
#: (全社会用电量增速前5位的省份中，…): group 1 the measure, group 2 its speed's word.
RANKED_FRAME_RE = patterns.compile(
    r"([\u4e00-\u9fff]{2,12}?)(增速|增幅)(?:居|排名?)?[前后][0-9一二三四五六七八九十]{1,2}[位名]的"
    r"(?:省份|省区市|省市|地区|城市|地市|县区|区县|市县)"
)
#: A place said to lie a distance away in a direction (连江镇位于定城南|30公里|处): group 1
#: what lies there, group 2 the place it is measured from.
LOCATED_AT_RE = patterns.compile(
    r"([\u4e00-\u9fff]{0,12}?)位于([\u4e00-\u9fff]{2,16}?)(?:以|的)?"
    r"(?:[东西南北]{1,2}|东南|东北|西南|西北)(?:部|面|方|边)?(?:约|大约)?处"
)
DISTANCE_UNITS = ("公里", "千米", "米", "里", "华里", "km")
#: A base a measure is compared with, the figure after it (…，与2010年第六次全国人口普查的|
#: 699575人|相比): group 1 what the base is.
COMPARED_WITH_RE = patterns.compile(r"(?:与|同|和|跟)([^，。；：与同和跟]{2,40}?)的?$")
#: A rate of the measure said after its base by its word alone (，年平均增长率为0.36%).
BASE_RATE_WORDS = RATES_ALONE - {"占比", "比重"} | {"年平均增长率", "年均增长率", "年均增速"}
COMPARED_AFTER_RE = patterns.compile(r"\s*(?:相比|相较|比较)")
#: When a base was counted (2010年11月1日零时): no part of what it is.
BASE_MOMENT_RE = patterns.compile(
    r"(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:零时|0时)?|[0-9]{1,2}月[0-9]{1,2}日(?:零时|0时)?"
)


def bases_compared_with(text: str, lists: list[list[Item]]) -> None:
    """A figure that is the base a measure is compared with (全市常住人口为725482人，与2010年
    第六次全国人口普查的699575人相比，十年共增加25907人，增长3.70%，年平均增长率为0.36%) is
    the measure at that base (第六次全国人口普查常住人口), and the figures after it in the
    sentence, named from it or by a rate's word alone, are the measure's (常住人口增加,
    常住人口年平均增长率); run last, after the names lent from the figure before."""
    earlier: list[Item] = []
    # the base's names new and old, the measure, the span of the sentence after it
    based: tuple[tuple[str, ...], str, int, int] = ((), "", -1, -1)
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        if based[2] <= item.start < based[3] and (
            again := next((old for old in based[0] if name.startswith(old)), "")
        ):
            item.indicator = based[1] + name[len(again) :]  # …相比，十年共增加25907人
        elif based[2] <= item.start < based[3] and name in BASE_RATE_WORDS:
            item.indicator = based[1] + name  # …，年平均增长率为0.36%: the measure's
        elif (base := _base_compared_with(text, item, earlier)) is not None:
            stop = text.find("。", item.end)
            based = ((base[0], name, base[2]), base[1], item.end, stop if stop >= 0 else len(text))
            item.indicator = base[0]
        earlier.append(item)


#: A crop land's state a disaster or a season report measures (农作物受灾面积, 成灾面积):
#: group 1 the state's measure, which the parts in brackets after it share.
LAND_STATE_RE = patterns.compile(r"((?:受灾|成灾|绝收|受损|播种|种植)面积)$")
#: The parts of a figure listed in brackets right after it (19278亩(其中:油橄榄2037亩、…)).
PARTS_BRACKET_RE = patterns.compile(r"[（(]其中[：:]?")
#: How far such a bracket may run (a few parts, each a name and a figure).
PARTS_REACH = 300
#: Where a part's name starts in such a list: after the bracket's colon or a list's mark.
PART_NAME_RE = patterns.compile(r"[\u4e00-\u9fff]{1,8}$")


def land_state_parts(text: str, lists: list[list[Item]]) -> None:
    """The parts listed in brackets after a land's state (农作物受灾面积19278亩(其中:油橄榄
    2037亩、花椒4016亩…), 成灾5089亩(其中:农作物1889亩…)) measure that state: 花椒受灾面积,
    农作物成灾面积 (were 油橄榄面积, 农作物受灾面积中花椒, 农作物面积)."""
    whole: Item | None = None
    state, close = "", -1
    for item in (item for chain in lists for item in chain):
        if whole is not None and item.start < close and item.unit == whole.unit:
            part = PART_NAME_RE.search(text, max(0, item.start - 8), item.start)
            name = part.group().removeprefix("其中") if part else ""
            if name and not name.endswith("面积"):
                item.indicator = name + state
            continue
        measured = LAND_STATE_RE.search(item.indicator)
        opening = PARTS_BRACKET_RE.match(text, item.end)
        if measured and opening:
            closing = ")" if text[item.end] == "(" else "）"
            close = text.find(closing, opening.end(), opening.end() + PARTS_REACH)
            whole, state = (item, measured.group(1)) if close > 0 else (None, "")
        else:
            whole = None


def _base_compared_with(text: str, item: Item, earlier: list[Item]) -> tuple[str, str, str] | None:
    """The name of a figure that is the base a measure is compared with (全市常住人口为725482人，
    与第六次全国人口普查的699575人相比，增加25907人 → 第六次全国人口普查常住人口), and the
    measure, and the words that frame the base (与第六次全国人口普查: the names lent from
    it), or None: the measure is the last figure's in the same unit in this sentence
    or the one before (这一数据与…相比: the figure the sentence before gave)."""
    if not COMPARED_AFTER_RE.match(text, item.after):
        return None
    opens = clause_start(text, item.start)
    if not (framed := COMPARED_WITH_RE.search(text, opens, item.start)):
        return None
    base = BASE_MOMENT_RE.sub("", framed.group(1)).strip()
    reach = _sentence_start(text, max(0, _sentence_start(text, item.start) - 1))
    subject = next(
        (
            it
            for it in reversed(earlier)
            if it.start >= reach and unit_base(it.unit) == unit_base(item.unit)
        ),
        None,
    )
    measure = trim_prefix(without_absolute_change(subject.indicator)) if subject else ""
    if han_len(said := trim_prefix(text[opens : framed.start()])) >= 2 and said[0] not in "这此该":
        measure = said  # 全市常住人口与…的725482人相比: the clause's subject, with no figure
    if not 2 <= han_len(base) <= 16 or not 2 <= han_len(measure) <= 16 or measure in base:
        return None
    return base + measure, measure, BASE_MOMENT_RE.sub("", framed.group()).removesuffix("的")


#: A clause saying only whether the things counted after it are done (，已完成|11项).
DONE_STATUS_RE = patterns.compile(r"(?:已|未|尚未|已经|基本)完成")
#: A whole counted, then 中 (138项|区委、区政府重点工作中，…): group 1 the things.
WHOLE_AMONG_RE = patterns.compile(r"([\u4e00-\u9fff、“”]{2,24}?)中[，,：:]")


def _whole_counted_among(text: str, earlier: list[Item], item: Item) -> str:
    """What the count before in the sentence counts, said as a whole the next are among
    (138项|区委、区政府重点工作中，), or ""."""
    sentence = _sentence_start(text, item.start)
    for whole in reversed(earlier):
        if whole.start < sentence:
            break
        if whole.unit == item.unit and (among := WHOLE_AMONG_RE.match(text, whole.after)):
            return among.group(1) if among.end() <= item.start else ""
    return ""


#: Incidents counted (事故, 火灾, 案件) and the units they are counted in (起, 件, 宗).
INCIDENTS = ("事故", "火灾", "案件", "警情", "险情", "灾害")
INCIDENT_UNITS = frozenset(("起", "件", "宗"))
#: Who had the events counted after it (1.建筑业发生|4起事故): group 1 who.
OCCURRED_RE = patterns.compile(
    r"\s*(?:[0-9]{1,2}[.．、]\s*)?([\u4e00-\u9fff]{2,12}?)(?:共|累计)?发生"
)
#: The people an accident or a disaster harmed, named by the harm alone.
CASUALTIES = frozenset(("死亡", "受伤", "失踪", "遇难", "伤亡", "受灾", "死伤"))
#: The verb of incidents happening inside their name (农村共发生火灾|521起): no part of it.
OCCURRED_WORD_RE = patterns.compile(r"(?:共|累计|全年)?发生(?!在|于)(?=[\u4e00-\u9fff]{2})")
#: The harm said by one character (死二十四人，伤九人): its word.
SHORT_CASUALTIES = {"死": "死亡", "伤": "受伤"}
#: The same harm closing a name the count of incidents lent (，死亡|4人; 各类事故死亡|902人).
CASUALTY_END_RE = patterns.compile(f"(?:{'|'.join(sorted(CASUALTIES))})$")


#: A sentence naming whose incidents the next counts, with no figure of its own, a
#: heading's label before it (…事故情况：煤矿事故总量下降。|发生事故11起…): group 1 the incidents.
INCIDENT_TOPIC_RE = patterns.compile(
    r"(?:[^。：:]{0,30}[：:])?\s*([\u4e00-\u9fff]{2,12}?(?:事故|火灾))(?:总量|起数|死亡人数)?"
    r"[^，。；0-9０-９]{0,8}。"
)


def _incident_topic(text: str, start: int) -> str:
    """The incidents the sentence before names as its topic, when the sentence holding
    ``start`` opens with their count and no owner (发生事故|11起), or ""."""
    sentence = _sentence_start(text, start)
    if not text.startswith("发生", sentence) or sentence < 2:
        return ""
    topic = INCIDENT_TOPIC_RE.fullmatch(text, _sentence_start(text, sentence - 1), sentence)
    return topic.group(1) if topic else ""


def _incident_before(text: str, earlier: list[Item], item: Item) -> str:
    """The name of the incidents counted just before ``item`` in its sentence (建筑业事故|4起),
    or ""."""
    sentence = _sentence_start(text, item.start)
    for before in reversed(earlier[-3:]):
        if before.start < sentence:
            break
        if unit_base(before.unit) in INCIDENT_UNITS and before.indicator.endswith(INCIDENTS):
            named = before.indicator
            return named if HAN_ONLY_RE.fullmatch(named) and han_len(named) <= 16 else ""
    return ""


#: A clause that says nothing before its figure but that it is a total (，共|3500户).
TOTAL_ALONE_RE = patterns.compile(r"\s*(?:共有?|合计|总计|计)?")
#: The grassroots units a place is divided into, counted in 个: no name of its households
#: or people counted after them.
GRASSROOTS_UNITS = frozenset(
    ("行政村", "自然村", "村民小组", "村民组", "居民小组", "居委会", "社区", "村委会")
)
#: A ranking of places by a measure's speed as a header before a colon, the places' moves
#: listed after it (投资增速后三名：西吉县下降13%，…): group 1 the measure, group 2 its
#: speed's word; a month before the measure is its period, no part of it.
RANKED_HEADER_RE = patterns.compile(
    r"(?:月份?|季度|年)?([\u4e00-\u9fff]{2,12}?)(增速|增幅|降幅)(?:居|排名?)?"
    r"[前后][0-9一二三四五六七八九十]{1,2}[位名](?:的(?:是|为|有|依次是|依次为))?[:：]"
)
#: What a figure is a ratio of, said after it (…，是平均数的|91.3%): group 1 the other side,
#: no period (是上年的105%: a change's base, read elsewhere).
RATIO_OF_RE = patterns.compile(
    r"(?:是|为|相当于)((?![^的]*(?:[年月季期末]|预算|计划|目标|任务))[\u4e00-\u9fff]{2,8})的"
)  # (为预算的107.95%, 是十一五末的…: a completion, a base)
#: A comparison closing a clause of its own before the figure's (全县粮食产量与上年相比，|增长5%).
COMPARED_CLAUSE_END_RE = patterns.compile(
    r"(?:与|同)[^，。；]{1,12}?(?:相比|比较)$|(?:比|较)(?:上年|去年)(?:同期)?$"
)
#: A move named alone (增长5%): the name a clause of comparison before it leaves out.
BARE_MOVES = ("增长", "下降", "增加", "减少", "提高", "降低")
#: A share written as 占…比重 with its own name in brackets after it (城镇化率).
SHARE_ALIAS_RE = patterns.compile(
    r"[^（(]{0,24}?(?:占|比重|比例)[^（(]{0,12}[（(]([\u4e00-\u9fff]{2,8}(?:率|指数|系数))[）)]"
)
#: How a verb alone counts the people or households its figure counts (救助|人数).
PEOPLE_TALLIES = {"人": "人数", "名": "人数", "人次": "人次", "户": "户数", "户次": "户次"}
#: A place's households and people said after its name alone (全镇|13951户|68202人), and what
#: each then counts.
SCOPE_TALLIES = {"户": "户数", "万户": "户数", "人": "人口", "万人": "人口"}
SCOPE_ALONE_RE = patterns.compile(
    r"\s*((?:全|我)[省市州县区镇乡村旗])(?:共有|共|有|总)?(?:[0-9０-９.]+万?户[、，,]?)?"
)
#: Where such a run of tallies ends: no noun after it (…68202人|（城镇人口…).
TALLIES_END_RE = patterns.compile(r"(?:[0-9０-９.]+万?[户人])?(?:[，。；、（(,;]|$)")
#: Those due at a meeting, and those who came (应到代表155人，实到|144人).
DUE_RE = patterns.compile(r"应(?:到|出席|参会)")
CAME_RE = patterns.compile(r"实(?:际)?(?:到|出席|参会)(?:会)?")
#: A gap against a place (高于全国), in the name of the figure before another place's gap.
GAP_PLACE_RE = patterns.compile(
    r"(?:高于|低于|快于|慢于|高出|低出|领先|落后)(全[国省市区县州盟旗])"
)
#: Words of resolve before a whole whose part is put to a use (坚持|新增财力的65%用于…).
RESOLVE_LEAD_RE = patterns.compile(r"^(?:坚持|确保|保证|保持|力争|继续|把|将)+")
#: The use a part of a sum is put to, after its rate (的65%|用于教育).
USE_AFTER_RE = patterns.compile(r"(?:用于|投向|投入)[\u4e00-\u9fff]{1,10}(?=[，。；、,;]|$)")


#: A court's verb naming its cases alone (收案, 审结), and the cases a sentence opens with
#: (交通肇事案件|仍呈高发态势…): a figure named by the verb alone is of those cases.
CASES_ALONE = frozenset((*CASE_VERBS, "收案", "受理", "新收", "办结"))
CASE_TOPIC_RE = patterns.compile(r"([^，。；：:0-9]{2,12}?案件)(?![0-9０-９])")
#: A change of a figure written in brackets right after it (9915人次|（比2022年同期增加|753人）).
BRACKETED_CHANGE_RE = patterns.compile(
    r"[（(]((?:比|较|同比|环比)[^，。；（）()]{0,10}?(?:增加|减少|增长|下降|上升|提高))"
)
#: A change named by its verb's first character alone (增, 同比减): of the figure before.
CHANGE_CHAR_NAME_RE = patterns.compile(CHANGE_CHAR)
#: A verb of achieving named alone, opening its sentence (2021年完成46997万元): of the
#: measure the sentence before named, in the same unit.
#: A whole framing its sentence (在规上工业增加值中，…占比44%): what the shares in it are of.
WHOLE_FRAME_RE = patterns.compile(r"(?:在)?([\u4e00-\u9fff]{2,12}?)中[，,]")
#: Words of a share: a whole or a measure holding one is no whole for another share.
SHARE_WORDS_RE = patterns.compile(r"占|比重|比例|占比")


def _share_of_whole(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """A share named without its whole (…占比44%) has the whole its sentence frames it in
    (在规上工业增加值中，战略性新兴产业增加值占比44% → 战略性新兴产业增加值占规上工业增加值
    比重), or, for a part after 其中 named without a measure, the measure of the figure
    before (固定资产投资增长8%，其中四大新区占比54.2% → 四大新区固定资产投资占比)."""
    sentence = _sentence_start(text, item.start)
    part = name[:-2].removesuffix("所")  # 第一产业增加值所占比
    if (frame := WHOLE_FRAME_RE.match(text, sentence)) and frame.end() <= item.start:
        whole = frame.group(1)
        part = part.removesuffix(whole) or part  # (批发和零售业有证照个体经营户: the part of them)
        if not SHARE_WORDS_RE.search(whole) and not part.startswith(whole) and han_len(part) >= 2:
            return f"{part}占{whole}比重"
    before = _latest(earlier, sentence)
    if (
        before
        and "其中" in text[before[-1].end : item.start]
        and not SHARED_HEAD_RE.search(part)
        and (
            head := SHARED_HEAD_RE.search(
                measure := without_absolute_change(before[-1].indicator), 1
            )
        )
        and 2 <= han_len(part) <= 10
        and not SHARE_WORDS_RE.search(measure)  # 装机占比超93%，其中新能源装机占比…: as it is
    ):
        # the whole's measure as named, when short (固定资产投资), else its head
        return part + (measure if han_len(measure) <= 8 else head.group()) + name[-2:]
    return name


#: Goods exported, named by the figure before an earning (出口化肥, 茶叶出口量): group 1 or 2.
EXPORTED_RE = patterns.compile(
    r"出口([\u4e00-\u9fff]{1,8})|([\u4e00-\u9fff]{1,8}?)出口(?:量|数量)?"
)
#: A doer opening a clause of its achievement (园区|实现工业总产值…, 景区|接待游客…), and a
#: clause that opens with the verb alone (；实现税金…, 完成年任务…): the same doer's.
#: Either may say its month or months first (县直工业3月份|实现产值…；1-3月|实现产值…).
ACHIEVED_MONTHS = r"(?:[0-9]{1,2}(?:[-—－~～至][0-9]{1,2})?月份?)?"
#: The verbs of achieving a sum (实现, 完成了).
ACHIEVING = r"(?:实现|完成)了?"
ACHIEVER_RE = patterns.compile(rf"([\u4e00-\u9fff]{{2,8}}?){ACHIEVED_MONTHS}(?:{ACHIEVING}|接待)")
ACHIEVED_OPENING_RE = patterns.compile(rf"({ACHIEVED_MONTHS}){ACHIEVING}")
#: A change against the month or quarter before (环比, 比上月), said in the figure's clause.
MONTH_ON_MONTH_RE = patterns.compile(r"环比|(?:比|较)上(?:个)?(?:月|季度?)(?![末底])")
#: A sentence framed by its basis (从环比看，三季度国内生产总值增长2.7%): against the period
#: before, as 环比 in the clause is.
BASIS_FRAME_RE = patterns.compile(r"从环比(?:情况)?(?:来)?看[，,]")


def _parts_on_basis_before(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is in a sentence of parts (其中，…) of a whole the sentence
    before moved against the period before, and only against it (全国居民消费价格环比持平。
    其中，…；食品价格下降1.2%)."""
    start = _sentence_start(text, at)
    if start < 1 or not text.startswith("其中", start):
        return False
    before = text[_sentence_start(text, start - 1) : start]
    return "环比" in before and "同比" not in before


#: A change against the average of some weeks or months before (与前四周比上涨6.19%), said
#: in the figure's clause: group 1 the span, which the name keeps (…批发价较前四周).
EARLIER_SPAN_RE = patterns.compile(rf"[与和同比较]({EARLIER_SPAN})")
#: A real change, prices deducted, said right before the figure (…，同比实际增长|10.3%).
REAL_CHANGE_END_RE = patterns.compile(r"实际(?:增长|下降)$")
#: How a real change says prices were taken out (扣除价格因素|实际增长): it names no measure.
PRICES_DEDUCTED_RE = patterns.compile(
    r"(?:扣除|剔除)(?:物价|价格)(?:上涨)?因素(?:后)?|按可比价格?计算"
)
#: A place opening what is most or least (怒江州|年降水量最大, 昆明市|最小).
EXTREME_PLACE_RE = patterns.compile(PLACE_NAME)
#: A figure said by its copula alone (…最大，|为1711毫米).
SAID_ALONE = frozenset(("为", "是", "达", "达到"))
#: The clause before such a figure naming what is most or least (怒江州年降水量|最大).
EXTREME_END_RE = patterns.compile(
    r"(?:^|[，；：,;:])([\u4e00-\u9fff]{2,16}?)(?:最大|最小|最多|最少|最高|最低|最快|最慢|最长|最短)，$"
)


def _extreme_before(text: str, item: Item, extremes: list[str]) -> str:
    """What the clause before a figure said by its copula alone is the most or least of:
    a place and its measure (怒江州年降水量最大，为…), or a place alone, which has the measure
    of the extreme before it (昆明市最小，为… → 昆明市年降水量); "" if none.  ``extremes``
    holds that measure, from one call to the next."""
    start = clause_start(text, item.start)
    said = EXTREME_END_RE.search(text, max(0, start - 20), start)
    if said is None:
        return ""
    owner = trim_prefix(said.group(1))
    place = EXTREME_PLACE_RE.match(owner)
    if place is None:
        return owner  # 增速最快，为12%
    if place.end() < len(owner):
        extremes[0] = owner[place.end() :]
        return owner
    return owner + extremes[0] if extremes[0] else ""


#: Prices named by their level alone (价格水平, 物价总水平), after the index named in full.
PRICE_LEVEL_END_RE = patterns.compile(r"(?:价格|物价)总?水平$")


def _price_level(name: str) -> str | None:
    """What a name of prices by their level alone has before it (城市|价格水平 → 城市,
    价格水平 → ""; an area alone is kept whole), or None for another name."""
    if name in AREA_PARTS:
        return name
    level = PRICE_LEVEL_END_RE.search(name)
    return name[: level.start()] if level and han_len(name) - len(level.group()) <= 4 else None


#: Progress named alone after a sum (…，进度95%): the sum's completion.
PROGRESS_ALONE = frozenset(("进度", "执行进度", "完成进度", "支出进度", "序时进度"))
#: A completion's gap to the time elapsed, named alone (超序时进度|2.3个百分点).
SCHEDULE_GAP_RE = patterns.compile(
    rf"(?:超(?:出|过)?|短|快于|高于|低于|慢于|落后于?){SCHEDULES}进度(?:要求)?"
)
#: A gap over or under a target named alone (超规划目标值, 低于目标).
TARGET_GAP_RE = patterns.compile(r"(?:超(?:过|出)?|高于|低于)(?:规划|计划|年度|全年)?目标值?")
#: A completion named by what it is of alone (占省级核定…支出预计数|的31.83%): the measure's.
COMPLETION_BASE_RE = patterns.compile(
    r"占[^，。；]{0,24}?(?:预计数|预算数?|计划数?|目标任务|任务数?)"
)
#: A gap said against a place (较全省总体增速高, 比全国平均水平低): whose speed and how.
GAP_AGAINST_RE = patterns.compile(
    r"[较比](全[省市县区国州旗]|全国|[一-鿿]{1,4}?)(?:总体|平均)?(?:增速|增幅|水平)?([高低快慢])"
)
#: Leaving a programme or a register, named alone after those who joined it (低保新增…，
#: 退出…): of the same programme.
EXITS = ("退出", "退保", "注销", "迁出", "停保")
ENTRY_END_RE = patterns.compile(r"(?:新增|纳入|迁入|新登记)$")
ACHIEVED_ALONE = frozenset(("完成", "实现", "累计完成", "共完成", "全年完成", "达到"))
#: A verb of achieving a sum alone, maybe cumulative, of a year or actual (累计完成, 全年实现,
#: 当年实际完成).
ACHIEVED_ALONE_RE = patterns.compile(r"(?:全年|当年|年内)?(?:实际)?(?:累计|共|合计)?(?:完成|实现)")
#: A plan, a budget or a target closing a measure's name (…收入目标, 调整后…支出预算).
PLANNED_END_RE = patterns.compile(
    r"(?:年初|调整后?|全年|年度|年)?(?:预算|预期目标|目标|计划|任务)数?$"
)


def _planned_measure(name: str) -> str:
    """The measure a plan, a budget or a target named ``name`` is of (…收入目标 → …收入,
    调整后…支出预算 → …支出), what a relative clause before 的 describes left out; the
    name after that 的 when it names no plan."""
    tail = name.rpartition("的")[2]
    if not PLANNED_END_RE.search(tail):
        return tail
    measure = PLANNED_END_RE.sub("", tail.rpartition("批准")[2]).removeprefix("调整后")
    return measure if han_len(measure) > 2 else tail  # (县人大批准|县本级…收入目标)


#: How long a run-in label opening a paragraph may be (人口, 就业, 财政, 居民收入), and the
#: words of the year a sector's label may be glued to (农业|全年…).
RUN_IN_LABEL_MAX = 4
YEAR_WORD_RE = patterns.compile(r"全年|今年|当年|本年")
#: A sector or a place, then the year its figure is of (工业全年|增加值, 东区全年|…): the year
#: is the figure's period, no part of its name (group 1 the owner).
OWNER_YEAR_RE = patterns.compile(
    rf"([\u4e00-\u9fff]{{1,3}}[业区县市镇乡])(?:{YEAR_WORD_RE.pattern})"
)


def _run_in_label(text: str, name: str) -> str:
    """A bulletin's run-in label opening the paragraph and glued to the first name,
    which ends with it again (人口年末常住人口…, 就业城镇新增就业…), or a sector's glued to
    the year's figure of a measure written whole (农业全年|农林牧渔业总产值: label and year
    go); "" if none."""
    start = len(text) - len(text.lstrip())
    for k in range(2, RUN_IN_LABEL_MAX + 1):
        if not text.startswith(name[:k], start):
            continue
        if len(name) >= 2 * k + 2 and name.endswith(name[:k]):
            return name[:k]
        if (
            name[k - 1 : k] == "业"
            and (year := YEAR_WORD_RE.match(name, k))
            and han_len(name[year.end() :]) >= 4
            and name[k - 2] in name[year.end() :]  # (工业全年|规模以上工业增加值)
        ):
            return name[: year.end()]
    return ""


#: A period and a verb of achieving alone (1-4月累计完成): group 1 the period, 2 累计 if said.
PERIOD_DONE_RE = patterns.compile(rf"({PERIOD_ONLY_RE.pattern})(累计)?(?:完成|实现)")


def _without_period(name: str) -> str:
    """A measure's name without the period it opens with (11月|规模以上工业增加值)."""
    lead = PERIOD_ONLY_RE.match(name)
    return name[lead.end() :] if lead else name


#: A period a measure moved from, ending its name (…失业率从上半年): group 1 the period.
FROM_PERIOD_END_RE = patterns.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})[从由]((?:{PERIOD_ONLY_RE.pattern}|年初|上年|去年|前年|(?:19|20)[0-9]{{2}}年)(?:年?末|年?底|同期)?)$"
)
#: A period or a moment opening a measure's name (年末|城镇调查失业率), which a period said
#: apart replaces.
MOMENT_LEAD_RE = patterns.compile(rf"^(?:年[末底初]|{PERIOD_LEAD_RE.pattern[1:]})")


#: An age band alone (15—64岁, 65岁以上), naming people counted.
AGE_BAND_ONLY_RE = patterns.compile(
    r"[0-9]{1,3}(?:岁?[-—－~～至到][0-9]{1,3}(?:周)?岁|(?:周)?岁(?:及以上|以上|以下|及以下))"
)


def _list_mate(text: str, lists: list[list[Item]], starts: list[int], item: Item) -> Item | None:
    """The figure at ``item``'s place in the list just before its own, when both lists
    have as many figures (A和B分别减少…，在…中所占的比重分别下降了p和q: p is A's), in
    the same sentence; else None."""
    at = bisect_right(starts, item.start) - 1
    if at < 1 or len(chain := lists[at]) < 2 or len(before := lists[at - 1]) != len(chain):
        return None
    if "。" in text[before[-1].end : chain[0].start]:
        return None
    place = next((k for k, x in enumerate(chain) if x is item), None)
    return None if place is None else before[place]


#: The words that make a figure's name its plan's (固定资产投资计划|增长8%).
PLAN_WORDS = ("计划", "目标", "预期")


def full_names(text: str, lists: list[list[Item]]) -> None:
    """The check of every finished name, last, independent of how it was built: a name
    that is only a generic noun, a qualifier, a share without its whole, a verb without
    its object or shorter than two Han characters is replaced by the longer name its
    sentence gives (:func:`_fuller`); where nothing better exists, it stays, unless the
    figure just before, in the same sentence, had the same weak name (lent it) and got
    a new one: then it takes that (财政收入：完成8亿元，增长5% → both 财政收入)."""
    earlier: list[Item] = []
    lent = ("", "", -1)  # the figure before: its weak name, its new name, where it ends
    done: dict[str, str] = {}  # the sentence's figures given to bodies counted: old → new name
    done_end = -1  # where the last of them ends
    label = glued = ""  # a run-in label opening the paragraph, and the first name it is in
    achieved = ("", "", -1)  # a verb of achieving alone, the measure it was of, where it ends
    exited = ("", -1)  # the name a leaving was given, where its figure ends
    actual = ("", "", -1)  # an adjusted budget's name an actual sum had, its own, its end
    harmed = ("", -1)  # the events whose casualties the figure before counted, its end
    industry_lent = ("", "", -1)  # a measure an industry before was given, as it was, its end
    achiever = ("", -1)  # who achieved the sentence's first sum (园区实现…), where it ends
    extremes = [""]  # the measure the last extreme was of (怒江州|年降水量最大)
    casualties = ("", "", -1)  # the people an incident killed: their name before and after, end
    incidents = ("", "", -1)  # the incidents counted last: their name before and after, end
    month_on_month_said = "环比" in text
    period = ("", "", -1)  # a period alone named by its measure: before, after, where it ends
    starts = [chain[0].start for chain in lists]
    for opens, item in ((chain[0].start, item) for chain in lists for item in chain):
        name = item.indicator
        if (
            period[0]
            and name.startswith(period[0])
            and name[len(period[0]) : len(period[0]) + 2] in ("增速", "增幅", "降幅")
            and "。" not in text[period[2] : item.start]
        ):
            # …其中11月当月增长7.2%，比上月加快0.6个百分点: the month's measure's speed
            name = item.indicator = period[1] + name[len(period[0]) :]
        if (
            name[:1].isdigit()
            and unit_base(item.unit) in PERSON_UNITS
            and AGE_BAND_ONLY_RE.fullmatch(name)
        ):
            name = item.indicator = name + "人口"  # 15—64岁22611人: the people of that age
        if name[-1:] in PER_QUANTITY_ENDS and (per := PER_QUANTITY_END_RE.search(name)):
            name = item.indicator = name[: per.start()]  # 猪肉零售均价为每500克|4.75元: the price
        if (
            item.unit[:1] == "元"
            and 2 <= len(name) <= 8
            and HAN_ONLY_RE.fullmatch(name)
            and not PRICED_WORD_RE.search(name)
            and name[-1] not in PLACE_END_CHARS  # (雨城区中心城区1.90元/5升: a place's)
            and (
                PER_GOODS_UNIT_RE.fullmatch(item.unit)
                or item.unit == "元"  # (每公斤为|9.18元; a list's first says it for all)
                and PER_QUANTITY_BEFORE_RE.search(text, max(0, opens - 8), opens)
            )
        ):
            name = item.indicator = name + "价格"  # 沙糖桔每公斤为9.18元, 白条鸡17.45元/公斤
        clause = text[clause_start(text, item.start) : item.start]  # the clause before it
        if (
            name[-1:] in "年季月度期底末"
            and (since := FROM_PERIOD_END_RE.search(name))
            and not weakness(name[: since.start()])  # (同比由上半年的…: no measure named)
        ):
            # 年末城镇调查失业率从上半年|5.5%降到5.3%: the measure at the period it moved from,
            # then where it moved to
            measure = name[: since.start()]
            if text[max(0, item.start - 20) : item.start].rstrip(" 的").endswith(since.group()):
                measure = since.group(1) + (MOMENT_LEAD_RE.sub("", measure) or measure)
            name = item.indicator = measure
        if (
            name[-1:] in "月份年度"
            and PERIOD_ONLY_RE.fullmatch(name)
            and (before := _latest(earlier, _sentence_start(text, item.start)))
            and kind_of_unit(before[-1].unit) == kind_of_unit(item.unit)
            and 2 <= han_len(measure := _without_period(before[-1].indicator)) <= 16
        ):
            # 11月规模以上工业增加值同比增长7.9%，前11月同比增长3.4%: the same measure's, over
            # the period named
            period = (name, name + measure, item.end)
            name = item.indicator = name + measure
        elif (
            (summed := PERIOD_DONE_RE.fullmatch(name))
            and (month := last_in_unit(earlier, item))
            and PERIOD_ONLY_RE.match(month.indicator)
            and 2 <= han_len(measure := _without_period(month.indicator)) <= 16
        ):
            # 4月份完成货运量7093万吨，…。1-4月累计完成25613万吨: the same measure's, summed over
            # the period named
            name = item.indicator = summed.group(1) + (summed.group(2) or "") + measure
        if (
            name in CASES_ALONE
            and (topic := CASE_TOPIC_RE.match(text, _sentence_start(text, item.start)))
            and not any(verb in topic.group(1) for verb in CASES_ALONE)
        ):
            # 交通肇事案件仍呈高发态势，收案继续上升，收案同比上升9.4%: the topic's cases
            name = item.indicator = topic.group(1) + name
        if (
            not name.strip("（）()")
            and earlier
            and earlier[-1].end == item.start - 1
            and text[item.start - 1] in "（("
        ):
            name = item.indicator = earlier[-1].indicator  # 13.33万公顷（199.92万亩）: restated
        elif (
            earlier
            and (note := BRACKETED_CHANGE_RE.fullmatch(text, earlier[-1].end, item.start))
            and name in (note.group(1), note.group(1)[-2:])
        ):
            # 出院量9915人次（比2022年同期增加753人）: the change of the figure before
            name = item.indicator = without_absolute_change(earlier[-1].indicator) + note.group(1)
        if (
            kind_of_unit(item.unit) == "rate"
            and 2 <= (share := name.find("占")) <= 4
            and name[share - 1] in MEASURE_LAST_CHARS  # (企业数, 利润: a measure, no owner)
            and earlier
            and "。" not in text[earlier[-1].end : item.start]
            and (before := earlier[-1].indicator).endswith(name[share:])
            and not (measured := before[: len(before) - len(name) + share]).endswith(name[:share])
            and (owner := _owner_of(measured))
        ):
            # 西安市营利性服务业营业收入占全省的88.1%，企业数占全省的68.8%: the same owner's
            name = item.indicator = owner + name
        if (
            kind_of_unit(item.unit) == "rate"
            and (share := _share_opens(name)) > 0
            and earlier
            and name.removesuffix("增速") == earlier[-1].indicator
            and "。" not in text[earlier[-1].end : item.start]
            and SHARES_CHANGE_RE.fullmatch(text, clause_start(text, item.start), item.start)
        ):
            # 风电发电量占新能源发电量的83.9%，同比增长21.8%: the output grew, not its share
            name = item.indicator = name[:share] + name[len(earlier[-1].indicator) :]
        if (
            name.startswith((*PULL_VERBS, "影响"))
            and han_len(name) <= 24
            and kind_of_unit(item.unit) == "pp"
            and (sentence := _latest(earlier, _sentence_start(text, item.start)))
            and 2 <= han_len(puller := _puller(text, sentence, item)) <= 24
        ):
            # 工业增加值增长8.0%，…，拉动经济增长2.0个百分点: the measure's pull
            name = item.indicator = puller + name
        if (
            name in BARE_MOVES
            and (opens := clause_start(text, item.start)) >= 2
            and text[opens - 1] in "，,"
            and (
                compared := COMPARED_CLAUSE_END_RE.search(
                    text, before_start := clause_start(text, opens - 1), opens - 1
                )
            )
            and 2
            <= han_len(
                measure := trim_prefix(FRAME_HEAD_RE.sub("", text[before_start : compared.start()]))
            )
            <= 20
        ):
            # 全县粮食产量与上年相比，增长5%: the measure the comparison's clause named
            name = item.indicator = measure
        if (
            name[:1] in "和及与"
            and han_len(name) >= 3
            and earlier
            and text.startswith(name, earlier[-1].end)
        ):
            name = item.indicator = name[1:]  # 水库塘坝41座和电灌站9处: the list's next item
        if (
            name[-2:] in ("增速", "增幅")
            and 2 <= len(name) - 2 <= 6
            and HAN_ONLY_RE.fullmatch(name)
            and (
                ranked := RANKED_FRAME_RE.search(
                    text, _sentence_start(text, item.start), item.start
                )
            )
            and ranked.group(2) == name[-2:]
            and ranked.group(1) not in name
        ):
            # 全社会用电量增速前5位的省份中，西藏增速为22.1%: each place's speed of that measure
            name = item.indicator = name[:-2] + ranked.group(1) + name[-2:]
        if (
            kind_of_unit(item.unit) == "count"
            and (
                status := DONE_STATUS_RE.fullmatch(text, clause_start(text, item.start), item.start)
            )
            and (whole := _whole_counted_among(text, earlier, item))
        ):
            # 138项重点工作中，已完成11项，未完成1项: the things counted that are (not) done
            name = item.indicator = status.group() + whole
        if (
            incidents[0]
            and name.startswith(incidents[0])
            and (name != incidents[0] or kind_of_unit(item.unit) == "rate")
            and "。" not in text[incidents[2] : item.start]
        ):
            name = item.indicator = incidents[1] + name[len(incidents[0]) :]  # …，同比减少75起
        if unit_base(item.unit) in INCIDENT_UNITS and name.endswith(INCIDENTS):
            # 1.建筑业发生4起事故: the sector's accidents (全市共发生…事故: the report's own)
            said = name
            if "发生" in name and han_len(bare := OCCURRED_WORD_RE.sub("", name)) >= 2:
                name = item.indicator = bare  # 农村共发生火灾|521起: 农村火灾
            if (
                (
                    occurred := OCCURRED_RE.fullmatch(
                        text, clause_start(text, item.start), item.start
                    )
                )
                and 2 <= han_len(owner := trim_prefix(occurred.group(1))) <= 10
                and owner not in name
            ):
                name = item.indicator = owner + name
            elif name in INCIDENTS and (topic := _incident_topic(text, item.start)):
                name = item.indicator = topic  # 煤矿事故总量下降。发生事故11起: the mines'
            incidents = (said, name, item.end)
        if unit_base(item.unit) == "人" and name in SHORT_CASUALTIES:
            name = item.indicator = SHORT_CASUALTIES[name]  # …火灾五百二十一起，死二十四人
        if (
            unit_base(item.unit) == "人"
            and (casualty := CASUALTY_END_RE.search(name))
            and (incident := _incident_before(text, earlier, item))
        ):
            # …发生4起事故，死亡4人: the people those accidents killed
            killed = name
            if casualty.start() == 0 or not name.startswith(incident):
                name = item.indicator = incident + casualty.group() + "人数"
            else:
                name = item.indicator = name + "人数"
            casualties = (killed, name, item.end)
        elif (
            casualties[0]
            and kind_of_unit(item.unit) == "rate"
            and name.startswith(casualties[0])
            and not PART_END_RE.search(text, casualties[2], item.start)
        ):
            # …死亡2190人，下降9.8%; …，死亡人数同比下降45.5%: 人数 is in the new name already
            rest = name[len(casualties[0]) :]
            name = item.indicator = casualties[1] + rest.removeprefix("人数")
        if (
            name in GRASSROOTS_UNITS
            and unit_base(item.unit) in ("户", "人")
            and (
                TOTAL_ALONE_RE.fullmatch(text, clause_start(text, item.start), item.start)
                or earlier
                and earlier[-1].end == item.start
                and earlier[-1].indicator in ("户数", "人口")
            )
        ):
            # 辖19个行政村，142个村民小组，|5666户|，: the households, not the groups
            name = item.indicator = "户数" if unit_base(item.unit) == "户" else "人口"
        if (
            name[-1:] == "处"
            and unit_base(item.unit) in DISTANCE_UNITS
            and (located := LOCATED_AT_RE.fullmatch(name))
        ):
            # 连江镇位于定城南|30公里|处: how far it is from there
            name = item.indicator = located.group(1) + "距" + located.group(2)
        if (
            item.unit in ("%", "％")
            and (
                ranked := RANKED_HEADER_RE.search(
                    text, _sentence_start(text, item.start), item.start
                )
            )
            and 2 <= han_len(place := _ranked_listed(text, ranked.end(), item.start)) <= 10
        ):
            # 县（区）1—7月投资增速后三名：西吉县下降13%，惠农区下降18.5%: each place's speed
            name = item.indicator = place + trim_prefix(ranked.group(1)) + ranked.group(2)
        if (
            name[:1] == "在"
            and (within := SHARE_WITHIN_RE.fullmatch(name))
            and (owned := _list_mate(text, lists, starts, item) or (earlier and earlier[-1]))
            and "。" not in text[owned.end : item.start]
            and "中所" not in owned.indicator  # (…所占的比重从上年同期的33.58%下降到…: no owner)
            and "比" not in (owner := owned.indicator.partition("占")[0])  # (a share's: its owner)
        ):
            # 固定本地电话业务收入…，在电信主营业务总收入中所占比重为17.16%: its share of that
            name = item.indicator = f"{without_absolute_change(owner)}占{within.group(1)}比重"
        if (
            item.unit in ("%", "％")
            and (
                ratio := RATIO_OF_RE.search(
                    text, start := clause_start(text, item.start), item.start
                )
            )
            and ratio.end() == item.start
            and name.endswith(ratio.group(1))  # (为进口额, 中位数是平均数: the copula too)
            and (
                measure := next(
                    (it for it in reversed(earlier[-3:]) if kind_of_unit(it.unit) == "amount"),
                    None,
                )
            )
            and "。" not in text[measure.end : item.start]
            and all(it.indicator == measure.indicator for it in earlier if it.start > measure.start)
            # (the measure restated before the copula: …中位数22157元，中位数是平均数的)
            and measure.indicator.endswith(text[start : ratio.start()])
        ):
            # 城镇居民人均可支配收入中位数18048元，…，是平均数的91.3%: the figure's ratio to it
            name = item.indicator = (
                f"{without_absolute_change(measure.indicator)}占{ratio.group(1)}的比重"
            )
        if kind_of_unit(item.unit) == "rate" and han_len(name) >= 2:
            if (span := EARLIER_SPAN_RE.search(clause)) and span.group(1) not in name:
                # 批发价4.64元，环比上涨6.20%，与前四周比上涨6.19%: apart from both others
                name = item.indicator = SPEED_WORD_END_RE.sub("", name) + "较" + span.group(1)
            elif "环比" not in name and (
                MONTH_ON_MONTH_RE.search(clause)
                or month_on_month_said  # (a frame or a whole before: only where 环比 is said)
                and BASIS_FRAME_RE.search(text, _sentence_start(text, item.start), item.start)
            ):
                # 食品烟酒类价格环比下降2.6%, …价格比上月下降…: against the month before,
                # apart from the same figure against the year before (was named alike)
                name = item.indicator = month_on_month(name)
            elif (
                "环比" not in name
                and month_on_month_said
                and "同比" not in name + clause
                and not SPEED_WORD_END_RE.search(name)
                and _parts_on_basis_before(text, item.start)
            ):
                # …环比持平。其中，城市下降0.2%: named so last, once the part has its whole's
                # measure (城市居民消费价格环比, not 城市环比)
                item.against_month = True
            elif (
                "实际" not in name
                and REAL_CHANGE_END_RE.search(clause)
                and (
                    rates := [
                        it.indicator
                        for it in _latest(earlier, _sentence_start(text, item.start))
                        if kind_of_unit(it.unit) == "rate"
                    ]
                )
                and (
                    (measure := SPEED_WORD_END_RE.sub("", name)) in rates
                    # (…增长5.2%，扣除价格因素实际增长4.9%: the deduction is no measure)
                    or PRICES_DEDUCTED_RE.fullmatch(name)
                    and (measure := rates[-1])
                )
            ):
                # …增长12.5%…；扣除价格因素，同比实际增长10.3%: the real growth, apart from
                # the nominal said before it (alone, 实际增长 is the growth said); after a plan
                # (固定资产投资计划增长8%，实际下降2.1%), the measure's own, as it came out
                planned = measure.endswith(PLAN_WORDS) and han_len(measure) > 4
                name = item.indicator = measure[:-2] if planned else measure + "实际增速"
        if (
            name.endswith(TOTALLED_SIDES)
            and han_len(name) <= 8
            and kind_of_unit(item.unit) == "amount"
            and (owner := _owner_totalled(text, item, earlier, name[-4:-2]))
        ):
            # 全国财政支出139744亿元。加上…，支出总量为142292亿元: the same owner's total
            name = item.indicator = owner + name[-4:]
        if name[:2] in POINTERS and (named := _pointed_at(name[2:], earlier)):
            # 对6.8万家规模以上文化及相关产业企业调查，…，上述企业实现营业收入…: those firms'
            name = item.indicator = named
        if name in SAID_ALONE and (extreme := _extreme_before(text, item, extremes)):
            # 怒江州年降水量最大，为1711毫米；昆明市最小，为562毫米: the one that is most
            name = item.indicator = extreme
        if (
            kind_of_unit(item.unit) == "rate"
            and (area := _price_level(name)) is not None
            and "消费" not in area  # (居民消费价格总水平: named already)
            and "居民消费价格" in text[_sentence_start(text, item.start) : item.start]
        ):
            # 居民消费价格总指数99.6，价格水平下降0.4%，其中：城市下降0.7%: the consumer
            # prices', the area's
            name = item.indicator = area + "居民消费价格"
        if (
            name in PROGRESS_ALONE
            and earlier
            and "。" not in text[earlier[-1].end : item.start]
            and kind_of_unit(earlier[-1].unit) == "amount"
            and 2 <= han_len(measure := without_absolute_change(earlier[-1].indicator)) <= 16
        ):
            name = item.indicator = measure  # 社保基金支出9亿元，进度95%: that sum's progress
        if (
            name[:1] == "占"
            and kind_of_unit(item.unit) == "rate"
            and COMPLETION_BASE_RE.fullmatch(name)
            and (measure := _last_sum_named(text, item, earlier))
        ):
            name = item.indicator = measure  # 支出完成…，占…支出预计数的31.83%: its completion
        if (
            earlier
            and kind_of_unit(item.unit) == "pp"
            and (gap := SCHEDULE_GAP_RE.search(name))
            and gap.end() == len(name)
            and (not gap.start() or COMPLETION_BASE_RE.fullmatch(name, 0, gap.start()))
            and "。" not in text[earlier[-1].end : item.start]
            and 2 <= han_len(measure := _completed_measure(text, item, earlier)) <= 16
        ):
            # 占年预算的52.3%，超序时进度2.3个百分点: the measure's completion's gap (not the
            # target's: …，完成…19500万美元目标任务的77.69%，超序时进度…)
            name = item.indicator = measure + gap.group()
        elif (
            kind_of_unit(item.unit) in ("amount", "rate")
            and (gap := SCHEDULE_GAP_RE.fullmatch(name))
            and (measure := _measured_sum_named(text, item, earlier))
        ):
            # 收入完成911万元，占年初预算月进度的44.3%，短月进度1143万元: the sum short of it;
            # …，较上年同月减收1901万元，下降67.6%: lent the gap's name, the measure's
            said = kind_of_unit(item.unit) == "amount" and clause.endswith(gap.group())
            name = item.indicator = measure + gap.group() if said else measure
        elif (
            kind_of_unit(item.unit) == "pp"
            and TARGET_GAP_RE.fullmatch(name)
            and (
                rates := [
                    it
                    for it in _latest(earlier, _sentence_start(text, item.start))
                    if kind_of_unit(it.unit) == "rate"
                ]
            )
            and 2 <= han_len(measure := rates[-1].indicator) <= 16
        ):
            # 孕产妇系统管理率97.3%，…，超规划目标值12个百分点: that rate's gap over its target
            name = item.indicator = measure + name
        if (
            name in INCREMENTS
            and kind_of_unit(item.unit) == "amount"
            and (whole := last_in_unit(_latest(earlier, _sentence_start(text, item.start)), item))
            and 2 <= han_len(measure := without_absolute_change(whole.indicator)) <= 16
        ):
            # 地区生产总值42.14亿元，年增量7.04亿元，增长15.6%: the measure's increase, and
            # the growth after it is the measure's
            industry_lent = (name, measure, _sentence_end(text, item.end))
            name = item.indicator = measure + name
        if (core := PERIOD_LEAD_RE.sub("", name)) in INDUSTRY_MEASURES and (
            industry := _industry_before(text, item)
        ):
            # 金融业活力凸显，前三季度增加值实现200.8亿元: the industry's value added
            measure = core[2:] if core.startswith("工业") else core  # (轻工业|增加值)
            renamed = name[: len(name) - len(core)] + industry + measure
            industry_lent = (name, renamed, _sentence_end(text, item.end))
            name = item.indicator = renamed
        elif (
            2 <= han_len(name) <= 10
            and (holder := _role_holder_before(text, item))
            and holder not in name
        ):
            # 呼伦贝尔市作为…的主力军，原煤产量0.91亿吨: the place's output
            industry_lent = (name, holder + name, _sentence_end(text, item.end))
            name = item.indicator = holder + name
        elif name.startswith(industry_lent[0]) and item.start < industry_lent[2]:
            # …，同比增长5.2%，增速比上月回落…: the same measure's, and its speed's
            name = item.indicator = industry_lent[1] + name[len(industry_lent[0]) :]
        if (
            earlier
            and kind_of_unit(item.unit) == "rate"
            and SUBJECTLESS_CHANGE_RE.fullmatch(
                text, at := clause_start(text, item.start), item.start
            )
            and at >= 2
            and earlier[-1].end < (before := clause_start(text, at - 1))
            and not DIGIT_RE.search(text, before, at)
            and (topic := _topic_before(text, at))
            and topic != name
            and WHOLE_NAME_RE.search(topic)
        ):
            # 二产投资占比提高…；工业投资增势强劲，同比增长81.9%: the topic's, not the lender's
            name = item.indicator = topic
        if (
            name[-1:] in "幅速率"
            and (alone := PERIOD_SPEED_RE.fullmatch(name))
            and (measure := _measure_before_clause(text, item, earlier))
        ):
            # …财政预算收入继续保持高位运行，1月、2月和3月增幅分别为…: each month's of it
            name = item.indicator = alone.group(1) + measure + alone.group(2)
        if name in SPREADS_ALONE and (whole := _whole_counted_before(text, item)):
            # 38个工业行业大类中27个行业…实现同比增长，增长面71%: the spread among them
            name = item.indicator = whole + name
        if (
            name == "创汇"
            and earlier
            and "。" not in text[earlier[-1].end : item.start]
            and (exported := EXPORTED_RE.fullmatch(earlier[-1].indicator))
        ):
            # 出口化肥73.4万吨，创汇3亿美元: what the goods exported earned (化肥出口创汇)
            name = item.indicator = (exported.group(1) or exported.group(2)) + "出口创汇"
        if (
            item.unit in SCOPE_TALLIES
            and (
                scope := SCOPE_ALONE_RE.fullmatch(text, clause_start(text, item.start), item.start)
            )
            and TALLIES_END_RE.match(text, item.after)  # (全区96户177人建档立卡贫困人口: theirs)
        ):
            # 全镇13951户68202人: the place's households and people, not the figure before's
            name = item.indicator = scope.group(1) + SCOPE_TALLIES[item.unit]
        if (
            item.unit == "户"
            and earlier
            and earlier[-1].unit == "户"
            and (before := earlier[-1].indicator).endswith("户")
            and 2 <= len(name) == len(before) - 1 <= 4
            and name[0] == before[0]
            and not name.endswith("户")
            and HAN_ONLY_RE.fullmatch(name)
            and "。" not in text[earlier[-1].end : item.start]
        ):
            # 其中养鸡户30户，养猪7户，养牛1户: households again, named by what they keep
            name = item.indicator = name + "户"
        if name in DEMAND_ALONE and kind_of_unit(item.unit) == "rate":
            name = item.indicator = DEMAND_ALONE[name]  # 工业增加值增长13.8%，投资增长21.3%
        if (
            kind_of_unit(item.unit) == "rate"
            and (ranked := _ranked_before(text, item))
            and ranked not in name
            and han_len(name) <= 16
        ):
            if ranked.endswith(PLACE_ENDS) and han_len(name) >= 2 and not weakness(name):
                # …增速最快的是高新区，增长8.6%；其次是经开区，增长7.9%: the place's, not the
                # measure the sentence ranks them by alone
                name = item.indicator = ranked + (SPEED_WORD_END_RE.sub("", name) or name)
            elif weakness(name) and not ranked.endswith(PLACE_ENDS):
                name = item.indicator = ranked  # 增长最快的是第三产业，增长8.6%: not 增长
        for of_figure_before in (
            _base_period,
            _threshold_part,
            _things_of_sum,
            _per_head,
            _per_head_of_counted,
            _deed_of_group,
            _per_head_of_group,
            _paired_item,
        ):
            name = item.indicator = of_figure_before(text, item, name, earlier)
        if (
            name[:1] == "被"
            and han_len(name) <= 10
            and earlier
            and earlier[-1].unit == item.unit
            and "。" not in text[earlier[-1].end : item.start]
            and 2 <= han_len(counted := leading_verbs_stripped(earlier[-1].indicator)) <= 12
        ):
            name = item.indicator = counted + name  # 提出审计建议86条，被采纳79条: 审计建议被采纳
        if (
            han_len(name) <= 3
            and earlier
            and text.startswith(("，", ","), earlier[-1].end)
            and clause_start(text, item.start) == earlier[-1].end + 1  # the very next clause
            # (新增公园127座，累计达到1100座: the stock of all of them, no new ones)
            and not text.startswith(STOCK_OPENINGS, earlier[-1].end + 1)
            and han_len(whole := without_absolute_change(earlier[-1].indicator)) > han_len(name)
            and (whole.endswith(name) or name == "余额" and whole.endswith(BALANCED_STOCKS))
        ):
            # 存款余额突破三千亿元，余额达3105亿元: the same measure, named short again;
            # 存款突破两千亿元，余额达…: the balance of that stock
            name = item.indicator = whole if whole.endswith(name) else whole + name
        if (
            AUDIENCE_RE.fullmatch(name)
            and earlier
            and unit_base(earlier[-1].unit) in EVENT_UNITS
            and text[earlier[-1].end : item.start].startswith(("，", ","))
            and "。" not in text[earlier[-1].end : item.start]
            and 2 <= han_len(events := _events_named(earlier[-1].indicator)) <= 10
        ):
            name = item.indicator = events + name  # 开展送文化下乡活动86场，观众3.2万人次
        if (
            name in CASUALTIES
            and earlier
            and text[earlier[-1].end : item.start].startswith(("，", ","))
            and "。" not in text[earlier[-1].end : item.start]
            and (
                unit_base((counted := figure_before_its_change(earlier)).unit)
                in ("起", "次", "宗", "件", "例")
                and 2 <= han_len(events := _events_named(counted.indicator)) <= 12
                or earlier[-1].end == harmed[1]
                and (events := harmed[0])
            )
        ):
            # 发生生产安全事故56起，死亡42人，受伤…，分别下降…: those the accidents harmed
            # (the rate listed after them for them too)
            done[name], done_end = events + name, item.end
            name = item.indicator = events + name
            harmed = (events, item.end)
        if (
            name[:1] in "较比"
            and kind_of_unit(item.unit) == "pp"
            and (gap := GAP_AGAINST_RE.fullmatch(name))
            and (
                rates := [
                    it
                    for it in _latest(earlier, _sentence_start(text, item.start))
                    if kind_of_unit(it.unit) == "rate" and "占" not in it.indicator  # no share
                ]
            )
            and 2 <= han_len(measure := without_absolute_change(rates[-1].indicator)) <= 16
        ):
            # 旅游人均花费增长5%，较全省总体增速高3.04个百分点: the measure's speed against it
            name = item.indicator = f"{measure}增速{gap.group(2)}于{gap.group(1)}"
        if (
            CHANGE_CHAR_NAME_RE.fullmatch(name)
            and earlier
            and "。" not in text[earlier[-1].end : item.start]
            and han_len(lent_name := without_absolute_change(earlier[-1].indicator)) >= 2
        ):
            name = item.indicator = lent_name  # 棉花产量30万吨，增9.5%: the figure before's
        if (
            earlier
            and (
                name in ACHIEVED_ALONE
                or ACHIEVED_ALONE_RE.fullmatch(name)
                and PLANNED_END_RE.search(earlier[-1].indicator)
            )
            and not _latest(earlier, _sentence_start(text, item.start))
            and kind_of_unit(earlier[-1].unit) == kind_of_unit(item.unit)
            and 2 <= han_len(measure := _planned_measure(earlier[-1].indicator)) <= 16
        ):
            # …批准的全区一般公共预算收入为55000万元。2021年完成46997万元: that measure's;
            # …收入目标17.36亿元。当年实际完成17.18亿元: the measure the target was of
            achieved = (name, measure, item.end)
            name = item.indicator = measure
        elif (
            kind_of_unit(item.unit) == "amount"
            and ACHIEVED_ALONE_RE.fullmatch(text, clause_start(text, item.start), item.start)
            and earlier
            and earlier[-1].indicator == name  # lent by the plan before, not said after it
            and PLANNED_END_RE.search(name)
            and (measure := _planned_measure(name)) != name.rpartition("的")[2]
        ):
            # …收入预算20.65亿元，实际完成17.07亿元: the measure done, not its budget again
            achieved = (name, measure, _sentence_end(text, item.end))
            name = item.indicator = measure
        elif name == achieved[0] and "。" not in text[min(achieved[2], item.start) : item.start]:
            name = item.indicator = achieved[1]  # …，为调整预算的85.4%: lent 完成, the same
        if (
            name in EXITS
            and earlier
            and "。" not in text[earlier[-1].end : item.start]
            and (entry := ENTRY_END_RE.search(earlier[-1].indicator, 2))
        ):
            # 城市低保新增276户，退出374户: those who left the same programme
            name = item.indicator = earlier[-1].indicator[: entry.start()] + name
        elif name in EXITS and exited[0] and "。" not in text[exited[1] : item.start]:
            name = item.indicator = exited[0]  # …退出374户714人: the same people, twice
        exited = (name, item.end) if name.endswith(EXITS) else ("", -1)
        if not earlier and (label := _run_in_label(text, name)):
            glued = name  # 人口|年末常住人口94.9万人, and the names lent from it after
        if label and name.startswith(glued):
            name = item.indicator = name[len(label) :]
        elif (year := OWNER_YEAR_RE.match(name)) and han_len(name[year.end() :]) >= 3:
            name = item.indicator = year.group(1) + name[year.end() :]  # 工业全年|增加值
        if name[:1] in "）)" or name[-1:] in "（(":
            name = item.indicator = _compared_in_brackets(text, item, name, earlier)
        elif (
            name in PLACES_ALONE
            and text.endswith(("（" + name, "(" + name), 0, item.start)
            and earlier
            and earlier[-1].end == item.start - len(name) - 1
        ):
            # 全区出口增长8.1%（全省5.2%）: the place's own figure of the measure before
            name = item.indicator = name + without_absolute_change(earlier[-1].indicator)
        elif (
            earlier
            and text[earlier[-1].end : item.start][1:] in PLACES_ALONE
            and text.startswith("、", earlier[-1].end)
            and earlier[-1].unit == item.unit
            and (gaps := list(GAP_PLACE_RE.finditer(earlier[-1].indicator)))
        ):
            # 高于全国0.7个百分点、全省2.3个百分点: the gap against the place listed now
            place, named = gaps[-1].span(1), earlier[-1].indicator
            name = item.indicator = (
                named[: place[0]] + text[earlier[-1].end + 1 : item.start] + named[place[1] :]
            )
        elif (
            earlier
            and text.startswith("、", earlier[-1].end)
            and (place := text[earlier[-1].end + 1 : item.start]) in PLACES_ALONE
            and earlier[-1].unit == item.unit
            and (other := _place_opening(earlier[-1].indicator))
            and other != place
        ):
            # （全国5963元、全省4881元、…）: each place's own figure of the same measure
            name = item.indicator = place + earlier[-1].indicator[len(other) :]
        if (
            "平均" in text[max(0, item.start - 12) : item.start]
            and kind_of_unit(item.unit) == "rate"
            and "平均" not in name
            and (span := YEARS_AVERAGE_RE.search(text, clause_start(text, item.start), item.start))
        ):
            # …同比增长9%，两年平均增长5.0%: the average over the years, not the year's growth
            # (一季度环比增长0.6%，两年平均增长5.0%: over the years, on no quarter's basis)
            measure = name.removesuffix("增速").removesuffix("环比")
            name = item.indicator = measure + span.group(1) + "增速"
        if name.endswith(("以上", "以下")) and kind_of_unit(item.unit) == "count":
            # 龙头企业300家，其中营业收入5亿元以上9家: those of the class the bar defines
            counted = [
                it
                for it in _latest(earlier, _sentence_start(text, item.start))
                if it.unit == item.unit and not it.indicator.endswith(("以上", "以下"))
            ]
            if (
                counted
                and 2 <= han_len(whole := leading_verbs_stripped(counted[-1].indicator)) <= 12
            ):
                name = item.indicator = f"{name}的{whole}"
        if (
            earlier
            and text.startswith("、", earlier[-1].end)
            and earlier[-1].unit == item.unit
            and han_len(name) <= 4
            and not MEASURED_END_RE.search(name)
            and (rate := LISTED_RATE_RE.search(earlier[-1].indicator))
        ):
            # 学前一年幼儿的毛入园率达到99%、学前二年达到92%: the rate listed before, the
            # group its own
            name = item.indicator = name + rate.group(1)
        if (
            earlier
            and (due := DUE_RE.search(earlier[-1].indicator))
            and (came := CAME_RE.fullmatch(text, clause_start(text, item.start), item.start))
        ):
            # 应到代表155人，实到144人: those who came, of the same meeting
            named = earlier[-1].indicator
            name = item.indicator = named[: due.start()] + came.group() + named[due.end() :]
        if han_len(name) <= 6 and (had := _had_before(text, item, name, earlier)):
            # 东部地区拥有法人单位1280万个…；中部地区493万个: what the place before had
            name = item.indicator = name + had
        elif (
            name.endswith("占比")
            and earlier
            and text.startswith(("，", "；", ",", ";"), earlier[-1].end)
            and kind_of_unit(earlier[-1].unit) in ("count", "amount")
            and earlier[-1].indicator.startswith(name[:-2])
            and han_len(earlier[-1].indicator) > han_len(name) - 2
        ):
            # …；中部地区493万个，占22.6%: the share of the figure just before, as it is named now
            name = item.indicator = without_absolute_change(earlier[-1].indicator) + "占比"
        if name.endswith(("占比", "比重")) and "占" not in name[:-2] and han_len(name) <= 16:
            name = item.indicator = _share_of_whole(text, item, name, earlier)
        if done and "。" in text[done_end : item.start]:
            done = {}  # a new sentence: its figures are its own
        if doer := _counted_doer(text, item, earlier):
            # 33家开发区实现工业总产值…，税收收入…，出口…: the bodies counted did it all
            done[name], done_end = doer, item.end
            name = item.indicator = doer
        elif name in done:
            # …工业总产值120亿元，增长8%; …出口…，同比分别增长…: the same figures'
            name = item.indicator = done[name]
        elif done and (share := name.find("占")) > 0 and name[:share] in done:
            # …完成建筑业总产值44.7亿元，占全区建筑业总产值的56.2%: the same bodies' share
            name = item.indicator = done[name[:share]] + name[share:]
        if "。" in text[achiever[1] : item.start]:
            achiever = ("", -1)  # a new sentence: its own doer
        if (
            (said := ACHIEVER_RE.match(clause))
            and (
                doer := said.group(1)
                if name.startswith(said.group(1))
                else trim_prefix(said.group(1))
            )
            and name.startswith(doer)
            and len(name) > len(doer)  # (固定资产投资完成…: a measure, no doer)
            and doer[-1] not in "年月季度期"  # (半年累计完成…: a period, no doer)
        ):
            # 园区实现工业总产值…: who achieved it (全省|规模工业实现…: as the name has it)
            achiever = (doer, item.end)
        elif (
            achiever[0]
            and (opening := ACHIEVED_OPENING_RE.match(clause))
            and earlier
            # right after a figure before the clause (；建材行业…，|实现: its own doer)
            and earlier[-1].end <= (opened := item.start - len(clause))
            and han_len(text[earlier[-1].end : opened]) == 0
            and not name.startswith(achiever[0])
            and han_len(name) >= 2
        ):
            # 园区实现工业总产值…；实现税金6925万元: the same doer's (was 税金 alone), over the
            # months the clause says (…；1-3月实现产值… → 县直工业1-3月产值)
            months = opening.group(1) if not PERIOD_LEAD_RE.match(name) else ""
            name = item.indicator = achiever[0] + months + name
        if (
            "贡献" in name
            and CONTRIBUTION_RE.fullmatch(name)
            and earlier
            and "。" not in text[earlier[-1].end : item.start]
            and (contributor := _contributor(earlier[-1].indicator))
        ):
            # 服务业拉动GDP增长4.3个百分点，贡献度为66.8%: the puller's contribution;
            # 第三产业增加值…，增长6.8%，对经济增长的贡献率为67.2%: that industry's
            name = item.indicator = contributor + name
        if kind := weakness(name):
            item.indicator = _allocated_by(text, item, name) or _fuller(
                text, item, name, kind, earlier
            )
            if item.indicator == name == lent[0] and "。" not in text[lent[2] : item.start]:
                item.indicator = lent[1]
            change = next((c for c in SUM_CHANGES if name.endswith(c)), "")
            if change and len(name) > len(change) and not item.indicator.endswith(change):
                # 收入增加0.12亿元，支出减少0.36亿元: the fuller measure's change, kept a change
                item.indicator += change
        if item.indicator.endswith("所占比"):
            # 第三产业所占比|重比上年提高…: 比重's (or 比例's) 比 was cut as a comparison's
            said = "所占比例" in text[clause_start(text, item.start) : item.start]
            item.indicator += "例" if said else "重"
        if (
            item.indicator == name
            and lent[0] != lent[1]
            and name.startswith(lent[0])
            and name != lent[0]
            # (9月份|工业生产者出厂价格降幅环比: the same whole name again, already)
            and not (lent[1].startswith(lent[0]) and name.startswith(lent[1]))
            and "。" not in text[lent[2] : item.start]
        ):
            # 全市完成107.8亿，增速6.1%: the speed lent the weak name, now made whole
            item.indicator = lent[1] + name[len(lent[0]) :]
        lent = (name, item.indicator, item.end) if kind else ("", "", -1)
        converting = "汇率" in item.indicator or text.endswith(CONVERTED_ENDS, 0, item.start)
        if converting and (converted := _converted_from(text, item, earlier)) is not None:
            item.indicator = converted  # …18.8万元，按汇率（…）折合30206美元: the same measure
        elif (
            "汇率" in item.indicator
            and kind_of_unit(item.unit) in ("rate", "pp")
            and (summed := _last_sum_named(text, item, earlier))
        ):
            # …5.2万元，按年均汇率折算为7800美元，比上年增长4.1%: the measure's growth
            item.indicator = CONVERTED_NOTE_RE.sub("", summed)
        if (
            item.indicator.endswith("基金")
            and not FUND_PUT_RE.match(item.indicator)
            and (put := FUND_PUT_RE.search(text, clause_start(text, item.start), item.start))
        ):
            # 安排预算稳定调节基金2亿元: the sum put into the fund, not the fund's balance
            item.indicator = put.group(1) + item.indicator
        if (
            kind_of_unit(item.unit) == "rate"
            and text.endswith("的", 0, item.start)
            and (use := USE_AFTER_RE.match(text, item.after))
            and 2 <= han_len(whole := RESOLVE_LEAD_RE.sub("", item.indicator)) <= 12
        ):
            # 新增财力的65%用于教育: the share of the whole put to that use
            item.indicator = f"{whole}{use.group()}比例"
        if item.indicator[-1:] in "）)" and (alias := SHARE_ALIAS_RE.fullmatch(item.indicator)):
            item.indicator = alias.group(1)  # 占户籍人口的比重（城镇化率）: its own name
        if item.indicator.startswith("调整后") and (
            "实际" in item.indicator or "实际" in text[clause_start(text, item.start) : item.start]
        ):
            # …调整为9亿元，实际收入9.5亿元 / 实际完成8.8亿元: no adjusted sum, nor its budget
            actual = (item.indicator, item.indicator[3:].removesuffix("预算"), item.end)
            item.indicator = actual[1]
        elif (
            item.indicator == actual[0]
            and kind_of_unit(item.unit) == "rate"
            and "。" not in text[actual[2] : item.start]
        ):
            item.indicator = actual[1]  # …实际完成8.8亿元，占调整预算的99.5%: the actual's rate
        if (sector := SECTOR_ALONE_RE.fullmatch(item.indicator)) and (
            item.unit.endswith("元") or kind_of_unit(item.unit) == "rate"
        ):
            # 第二产业40亿元: a sector named alone, with money or a rate, is its value added,
            # unless it is a part of another measure (固定资产投资…，其中第一、二、三产业分别增长…)
            item.indicator = sector.group() + _sectors_measure(text, item, earlier)
        elif (
            sector
            and kind_of_unit(item.unit) == "count"
            and (whole := _units_counted(text, item, earlier))
        ):
            # 产业活动单位215919个，其中，第二产业36997个: the sector's units of the same count
            item.indicator = sector.group() + whole
        elif (
            sector
            and kind_of_unit(item.unit) == "pp"
            and STRUCTURE_RE.search(text, _sentence_before_start(text, item.start), item.start)
        ):
            # 三次产业结构调整为…，二产提高1.1个百分点 (or in a sentence of its own after the
            # structure: …转变为20.2:34.5:45.3。第一、二产业上升0.2、0.1个百分点): the share moved
            item.indicator = sector.group() + "比重"
        elif priced := _price_of_good(text, item, earlier):
            # …鸡蛋（普通）本月价格15.00元/公斤，上月价格15.00元/公斤: the eggs' last month's
            item.indicator = priced
        elif item.indicator.removesuffix("价格") in URBAN_RURAL and any(
            CONSUMER_PRICES in it.indicator
            for it in _latest(earlier, _sentence_before_start(text, item.start))
        ):
            # 居民消费价格总水平上涨5.6%，其中城市价格上涨5.3%: the town's consumer prices
            item.indicator = item.indicator.removesuffix("价格") + CONSUMER_PRICES
        elif _price_category(text, item, earlier, opens):
            # 衣着类上涨1.2%: the category's prices; 居民消费价格…。其中：城市上涨2.9%: consumer prices
            sentence = _latest(earlier, _sentence_before_start(text, item.start))
            consumer = any(consumer_prices_of(item.indicator, it.indicator) for it in sentence)
            prices = CONSUMER_PRICES if consumer else "价格"
            name, against = _compared_end_cut(item.indicator)
            item.indicator = name + prices + against  # (洋芋环比 → 洋芋价格环比)
        elif item.indicator in STOCK_FLOWS and (owner := _stock_owner(text, item, earlier)):
            item.indicator = owner + item.indicator  # 羊存栏2万只，…出栏1.5万只: 羊出栏
        elif (
            item.indicator[:2] in FLOW_SIBLINGS
            or item.indicator.removeprefix("发生")
            in STATEMENT_ITEMS  # (发生主营业务成本: incurred)
        ) and (owner := _sibling_owner(text, item, earlier)):
            # 卫生院资产总额…，负债总额…: 卫生院负债总额; 区管国企营业收入…；归母净利润…
            # (…企业资产…；资产负债率: the word they share once)
            item.indicator = join_once(owner, item.indicator.removeprefix("发生"))
        elif (fund_line := FUND_LINE_RE.fullmatch(item.indicator)) and (
            fund := _fund_before(text, item, earlier)
        ):
            # 养老保险基金收入…，基金支出…，累计结存…: the same fund's
            item.indicator = fund + fund_line.group(1)
        elif item.indicator in PATENT_SIDES and (owner := _patents_before(text, item, earlier)):
            item.indicator = owner + item.indicator  # 发明专利申请量…，授权量…: the same patents'
        elif item.indicator.startswith("各项") and (owner := _pointing_owner(text, item, earlier)):
            # 金融机构本外币各项存款余额…；各项贷款余额…: the same institutions' loans
            item.indicator = owner + item.indicator
        elif area := _area_of_sibling(text, item, earlier):
            # 城镇参加医疗保险人数…，参加养老保险人数…: the same area's insured
            item.indicator = area + item.indicator
        elif bodies := _bodies_framed(text, item):
            # 在有证照个体经营户中，…：批发和零售业1068个: the industry's of those bodies
            item.indicator += bodies
        elif body := _institutions_of_sentence(text, item, earlier):
            # 县级医院诊疗人次…，入院人数…；病床使用率…: the hospitals' admissions and beds
            item.indicator = body + item.indicator
        pull = "拉动" in item.indicator and not item.indicator.endswith("增长")
        if pull and (
            text.endswith("增长", 0, item.start)
            or item.indicator + "增长" in text[clause_start(text, item.start) : item.start]
            or "拉动经济增长" in text[clause_start(text, item.start) : item.start]
        ):
            # 第二产业拉动经济增长0.2个百分点, 第一、二产业分别拉动经济增长0.4、2.6个
            # 百分点: the pull of growth
            item.indicator += "增长"
        if (
            kind_of_unit(item.unit) == "rate"
            and CHANGE_VERB_BEFORE_RE.search(text, max(0, item.start - 4), item.start)
            and (thing := _changed_after(text, item))
            and thing not in item.indicator
        ):
            # 本届政府减少1/3行政审批事项: a share of the things named after it that changed,
            # whose owner is the subject written in the same clause (not one lent from the
            # figure before: 低保人数5万人，提高20%低保标准 → 低保标准)
            written = 2 <= han_len(item.indicator) <= 6 and item.indicator in clause
            owner = item.indicator if written else ""
            item.indicator = owner + thing if _names_an_owner(owner) else thing
        if (
            earlier
            and (prior := PRIOR_NOTE_RE.search(text, max(0, item.start - 8), item.start))
            and earlier[-1].end == prior.start()
            and _names_an_owner(without_absolute_change(earlier[-1].indicator))
            and not BRACKET_RE.search(earlier[-1].indicator)
        ):
            # 地区生产总值增长5%（上年为3%）: the same measure's figure of the year before
            item.indicator = prior.group(1) + without_absolute_change(earlier[-1].indicator)
        if (
            item.indicator.startswith("现价")
            and "可比" in text[clause_start(text, item.start) : item.start]
        ):
            item.indicator = item.indicator[2:]  # 现价产值20亿元，按可比价计算增长5%: not at 现价
        earlier.append(item)


#: A rate a list's first item names, which the groups after it leave out (…幼儿的|毛入园率,
#: 义务教育|巩固率).
LISTED_RATE_RE = patterns.compile(
    r"(?:的|(?=(?:毛?入[学园]率|巩固率|普及率|覆盖率|达标率|合格率|优良率|升学率|参保率)$))"
    r"([\u4e00-\u9fff]{1,5}率)$"
)


#: What bodies counted achieve, as a clause names it bare (工业总产值, 税收收入, 出口).
PERFORMANCE_RE = patterns.compile(
    r"(?:规模以上)?(?:工业|建筑业)?(?:总产值|增加值|产值)|税收收入|税收|营业收入|主营业务收入|利润总额"
    r"|进出口(?:总额)?|出口(?:额|总额)?|进口(?:额|总额)?|合同外资(?:金额)?|实际(?:使用|利用)外资"
    r"(?:金额)?|外商实际投资|固定资产投资"
)
#: The bodies counted, then the verb they achieve it with (33家|国家级开发区|实现).
ACHIEVED_RE = patterns.compile(rf"(?:[\u4e00-\u9fff]{{2,12}}?|[，,]){ACHIEVING}")
#: Who surveyed the bodies counted, before them (省统计局重点调查|规模以上…单位): no part of them.
SURVEYED_LEAD_RE = patterns.compile(r"[\u4e00-\u9fff]{0,10}(?:调查|监测|统计)的?")
#: Bodies counted after what they have (具有一级资质的|建筑业企业有7家): both name them.
HAVING_BODIES_RE = patterns.compile(r"(?:具有|拥有)([^，。；]{2,10}?)的(.+)")


def _without_achieving(words: str) -> str:
    """``words`` without the verb of achieving opening them (；实现|利润总额), its months kept."""
    opening = ACHIEVED_OPENING_RE.match(words)
    return opening.group(1) + words[opening.end() :] if opening else words


def _counted_doer(text: str, item: Item, earlier: list[Item]) -> str:
    """A performance of the bodies a count just before in the sentence names, when they
    are the doer of the first (33家开发区实现工业总产值…, 具有一级资质的建筑业企业有7家，完成
    建筑业总产值…) and the later ones are written
    bare, each opening its clause (…，税收收入…，出口…); "" when not so."""
    if kind_of_unit(item.unit) != "amount":
        return ""
    sentence = _latest(earlier, _sentence_start(text, item.start))
    for k in range(len(sentence) - 1, -1, -1):  # the nearest count first (…；具有二级资质的…)
        counted = sentence[k]
        if counted.unit not in BODY_UNITS:
            continue
        first = sentence[k + 1] if k + 1 < len(sentence) else item
        achieved = ACHIEVED_RE.match(text, counted.end, first.start)
        if not achieved or not PERFORMANCE_RE.fullmatch(text, achieved.end(), first.start):
            continue
        if first is item:
            written = text[achieved.end() : item.start]
        else:
            # each amount from the first to this one opens its clause, bare
            for later in [*sentence[k + 2 :], item]:
                opening = clause_start(text, later.start)
                written = _without_achieving(text[opening : later.start].strip())
                bare = PERFORMANCE_RE.fullmatch(written)  # (…；实现利润总额…: bare too)
                if kind_of_unit(later.unit) == "amount" and not bare:
                    return ""
            written = _without_achieving(text[clause_start(text, item.start) : item.start].strip())
        having = HAVING_BODIES_RE.fullmatch(counted.indicator)
        owner = (
            having.group(1) + having.group(2) if having else counted.indicator.rpartition("的")[2]
        ).removesuffix("数")  # 规模以上亿元企业数达284家: the firms
        if (surveyed := SURVEYED_LEAD_RE.match(owner)) and han_len(owner) - surveyed.end() >= 4:
            owner = owner[surveyed.end() :]  # 省统计局重点调查|规模以上科技服务业单位1664家
        period = lead.group() if (lead := PERIOD_LEAD_RE.match(item.indicator)) else ""
        return period + owner + written if 2 <= han_len(owner) <= 12 else ""
    return ""


#: A place, then a verb of having, then what it has (东部地区|拥有|法人单位).
HAD_RE = patterns.compile(r"([\u4e00-\u9fff]{2,6}?)(?:共有|拥有|有)([\u4e00-\u9fff]{2,10})")


#: A measure's increase named alone, after the measure's figure (年增量7.04亿元).
INCREMENTS = frozenset(("增量", "年增量", "净增量", "增加额", "增长额"))
#: What an industry's figures measure, named alone (增加值, 营业收入); 工业增加值 said of an
#: industry is its value added (轻工业共13家，工业增加值… → 轻工业增加值).
INDUSTRY_MEASURES = frozenset(
    ("增加值", "产值", "总产值", "营业收入", "主营业务收入", "利润总额", "工业增加值")
)
#: An industry's name, its parts listed (电力、热力、燃气及水生产和供应业); not a list of
#: industries (…器材制造业、通用设备制造业: each its own figure).
_INDUSTRY = r"(?:(?!业、)[\u4e00-\u9fff、]){1,24}?(?:制造业|工业|产业|业)"
#: A clause of an industry and a short predicate (金融业活力凸显, 其中，制造业稳步回升).
INDUSTRY_CLAUSE_RE = patterns.compile(rf"(?:其中[，,：:]?)?({_INDUSTRY})[\u4e00-\u9fff]{{0,6}}")
#: An industry whose firms open a part of a sentence, counted (从三大门类看：1—6月采矿业共27
#: 家，…): what that part measures after it is the industry's.
INDUSTRY_COUNTED_RE = patterns.compile(
    rf"(?:[^，,。；：:]{{0,12}}[：:])?(?:{PERIOD_ONLY_RE.pattern})?({_INDUSTRY})共?[0-9]+[家户个][，,]"
)


#: How widely a change spread, named alone (增长面71%): among the things counted before it.
SPREADS_ALONE = frozenset(SPREADS)
#: A whole counted, of which a part is counted next (38个工业行业大类中|27个…).
COUNTED_AMONG_RE = patterns.compile(r"[0-9０-９]+(?:个|种|家|户|类|项)([\u4e00-\u9fff]{2,10}?)中")


def _whole_counted_before(text: str, item: Item) -> str:
    """The things the sentence counted as a whole before ``item`` (…40种主要工业产品中，33种…),
    the last of them; "" when it counts none."""
    start = max(_sentence_start(text, item.start), item.start - WINDOW)
    wholes = [m.group(1) for m in COUNTED_AMONG_RE.finditer(text, start, item.start)]
    return wholes[-1] if wholes else ""


#: A period's speed alone (1月增幅, 一季度增速): of the measure said before its clause.
PERIOD_SPEED_RE = patterns.compile(rf"({PERIOD_PART_RE.pattern})(增幅|增速|增长率|降幅)")


def _measure_before_clause(text: str, item: Item, earlier: list[Item]) -> str:
    """The measure said before ``item``'s clause in its sentence: the last figure's there,
    else the topic of the figure-less clause just before; "" when neither names one."""
    start = clause_start(text, item.start)
    before = [it for it in _latest(earlier, _sentence_start(text, item.start)) if it.end < start]
    if before:
        measure = without_absolute_change(before[-1].indicator)
        return measure if 2 <= han_len(measure) <= 16 and not PERIOD_SPEED_RE.match(measure) else ""
    topic = _topic_before(text, start)
    return topic if WHOLE_NAME_RE.search(topic) else ""


#: A clause of a change alone (同比增长, 比上年下降): no subject of its own.
SUBJECTLESS_CHANGE_RE = patterns.compile(
    r"(?:同比|比上年|较上年|比去年|较去年)?(?:同期)?(?:增长|下降|增加|减少|提高|回落|上升)了?"
)


def _owner_of(measured: str) -> str:
    """Who a measure is of, its head cut off (西安市营利性服务业|营业收入), or ""."""
    head = next((h for h in MEASURE_HEADS if measured.endswith(h)), "")
    owner = measured[: len(measured) - len(head)] if head else ""
    return owner if han_len(owner) >= 2 else ""


#: The last characters of a measure's name that may open a share after a sibling's (企业数,
#: 营业收入, 利润, 产值, 产量, 销售额, 支出): narrower than lists.MEASURED_ENDS, with whose
#: 口, 收, 资 (出口, 税收, 投资) names open shares of their own (…、税收占财政收入的比重).
MEASURE_LAST_CHARS = frozenset("数入润值量额出")


#: A change said alone after a share, its speed named or not (，增速同比下降|3.9%).
SHARES_CHANGE_RE = patterns.compile(rf"(?:增速)?{SUBJECTLESS_CHANGE_RE.pattern}")
#: A contribution named without its contributor (贡献率, 贡献度, 对经济增长的贡献率).
CONTRIBUTION_RE = patterns.compile(r"(?:对[\u4e00-\u9fffA-Za-z]{1,8}?增长的?)?贡献[率度]?")


def _puller(text: str, sentence: list[Item], pull: Item) -> str:
    """Who pulls, named by the figures of its sentence before the pull: the last growth
    rate of the sentence's clauses since a semicolon (工业增加值增长8.0%，增速…0.3个百分点，拉动
    经济增长…; …增加值增长7.5%，其中国有控股企业增长5.1%，拉动…2.1个百分点 → 国有控股企业
    增加值), else the sentence's first figure; "" for a share or a contribution (no
    puller), or when the pulls are listed with 分别 (each its own part's)."""
    rates = [
        it
        for it in sentence
        if kind_of_unit(it.unit) == "rate"
        and text[it.start - 1 : it.start] not in ("（", "(")  # a place's: 比全省（9.7%）高…
        and not NOT_A_PULLER_RE.search(it.indicator)
    ]
    clause = text.rfind("；", sentence[0].start, sentence[-1].end)
    lender = ([it for it in rates if it.start > clause] or rates or sentence[:1])[-1]
    if (
        "分别" in text[lender.end : pull.start]
        or NOT_A_PULLER_RE.search(lender.indicator)
        or kind_of_unit(lender.unit) == "pp"  # another pull or gap: 分别拉动…0.6、3.2…
        or weakness(lender.indicator)  # (同比增长: no one named)
    ):
        return ""
    name = SPEED_WORD_END_RE.sub("", without_absolute_change(lender.indicator))
    share = _share_opens(name)  # 风电发电量占新能源发电量的83.9%，同比增长…，拉动…: 风电发电量
    return name[:share] if share > 0 and han_len(name[:share]) >= 2 else name


def _share_opens(name: str) -> int:
    """Where the share a measure's name goes on to opens (风电发电量|占新能源发电量), or -1;
    占比 is a share's word of its own, 占用, 占地, 占有 no share (耕地占用税)."""
    at = name.find("占", 2)
    return at if at > 0 and name[at + 1 : at + 2] not in ("比", "用", "地", "有") else -1


#: A speed's word at the end of a name (高新技术产业完成投资增速): the puller is the thing.
SPEED_WORD_END_RE = patterns.compile(r"(?:增速|增幅)$")


def month_on_month(name: str) -> str:
    """A change's name said against the month before (食品烟酒类价格 → 食品烟酒类价格环比),
    apart from the same measure's change against the year before."""
    return SPEED_WORD_END_RE.sub("", name) + "环比"


def _contributor(lender: str) -> str:
    """Who contributes, by the name of the figure before: the puller of a pull (服务业拉动
    GDP增长), the industry of a value added (第三产业增加值) or of a growth named by the
    industry alone, else ""."""
    if (pulled := lender.find("拉动")) >= 2:
        return lender[:pulled]
    lender = without_absolute_change(lender)
    industry = lender.removesuffix("增加值")
    ok = industry != lender and 2 <= han_len(industry) <= 12 and "、" not in industry
    if not ok and INDUSTRY_NAME_RE.fullmatch(lender) and 2 <= han_len(lender) <= 20:
        return lender  # 计算机、通信和其他电子设备制造业（同比增长7.0%，贡献率为15.9%）: its own
    if (
        not ok
        and SHARED_HEAD_RE.search(lender, 1)
        and 4 <= han_len(lender) <= 12
        and "占" not in lender  # (占GDP的比重为61.0%，对GDP增长的贡献率…: the sector's, unnamed)
        and not lender.endswith(("增加值", "比重", "占比"))
    ):
        return lender  # 餐饮收入1.37亿元，增长10.7%，贡献率为14.7%: the measure's own
    return industry if ok else ""


def _topic_before(text: str, start: int) -> str:
    """The thing the clause just before the one at ``start`` speaks of (工业税收稳步增长，|由…;
    固定资产投资增长强劲，|累计完成…), or ""."""
    if start < 2 or text[start - 1] not in "，,":
        return ""
    owner, _ = _clause_owner(clause_before(text, start))
    return owner if _names_an_owner(owner) else ""


#: An index stated as a bare number, no figure of the report (居民消费价格指数（CPI）为101.2):
#: what it is of, group 1, is the topic still.
INDEX_STATED_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[（）()]){{2,20}}?指数(?:[（(][A-Z]{{2,4}}[）)])?)(?:为|是)[0-9.．]+"
)


def _industry_before(text: str, item: Item) -> str:
    """The industry the text speaks of just before ``item``'s clause, or "": by a short
    predicate without a figure, in the clause before (金融业活力凸显，|增加值实现…) or in a
    sentence of its own (信息传输、软件和信息技术服务业持续下滑。|1-7月营业收入…); or counting
    its firms to open the part of the sentence (采矿业共27家，已开工企业19家，|累计增加值…)."""
    start = clause_start(text, item.start)
    if start >= 2 and text[start - 1] in "，,。":
        before = clause_start(text, start - 1)
        whole = text[start - 1] != "。" or before == _sentence_start(text, start - 1)
        if whole and (clause := INDUSTRY_CLAUSE_RE.fullmatch(text, before, start - 1)):
            return clause.group(1)
    back = max(0, start - WINDOW)
    opens = max(text.rfind("；", back, start), text.rfind("。", back, start), back - 1) + 1
    counted = INDUSTRY_COUNTED_RE.match(text, opens)
    return counted.group(1) if counted and counted.end() <= start else ""


#: A place and the role it plays, a clause of its own (呼伦贝尔市作为保障…的主力军).
ROLE_HOLDER_RE = patterns.compile(
    rf"([\u4e00-\u9fff]{{1,8}}[{PLACE_END_CHARS}])作为[^，,。；0-9０-９]{{2,30}}"
)


def _role_holder_before(text: str, item: Item) -> str:
    """The place the clause just before ``item``'s names with the role it plays, when
    ``item``'s clause opens with its figure's name (呼伦贝尔市作为…主力军，|原煤产量…), or ""."""
    start = clause_start(text, item.start)
    if start < 2 or text[start - 1] not in "，,":
        return ""
    begin = clause_start(text, start - 1)
    if begin and text[begin - 1] not in CLAUSE_END:
        return ""  # a clause longer than is looked back over: its place is not seen whole
    role = ROLE_HOLDER_RE.fullmatch(text, begin, start - 1)
    return role.group(1) if role else ""


def _place_opening(name: str) -> str:
    """The place alone (:data:`PLACES_ALONE`) ``name`` opens with, if it is more than that."""
    return next((p for p in PLACES_ALONE if name.startswith(p) and len(name) > len(p)), "")


def _had_before(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """What a place listed after another had, when the figure before in the sentence (in
    the same unit) is that other place's, named with a verb of having; "" when not."""
    for before in reversed(_latest(earlier, _sentence_start(text, item.start))):
        if before.unit != item.unit:
            continue
        clause = text[clause_start(text, before.start) : before.start].strip()
        if had := HAD_RE.fullmatch(clause):
            place = had.group(1)
            parallel = place[-2:] == name[-2:] or (
                place[-1] in PLACE_END_CHARS and name[-1] in PLACE_END_CHARS
            )
            # (其中市级示范区3个: named with what was had already)
            named = name != place and not name.endswith(had.group(2))
            return had.group(2) if parallel and named else ""
    return ""


#: The verb of passing a milestone, right before the steps counted (跨越|3个…台阶).
MILESTONE_VERB_RE = patterns.compile(r"(?:跨越|跨过|跨上|迈上|迈过|登上|突破)$")


#: Words pointing back at things named before (上述企业, 这些项目).
POINTERS = ("上述", "这些")
#: How many figures back the things pointed at are looked for.
POINTED_BACK = 12


def _pointed_at(rest: str, earlier: list[Item]) -> str:
    """``rest`` (a name after 上述) with its noun in full as a count before named it
    (企业营业收入 after 6.8万家规模以上…企业 → 规模以上…企业营业收入), or ""."""
    for it in reversed(earlier[-POINTED_BACK:]):
        if kind_of_unit(it.unit) != "count":
            continue
        for k in range(len(rest) - 1, 1, -1):  # the longest noun first
            if (at := it.indicator.find(rest[:k])) > 0:
                return it.indicator[: at + k] + rest[k:]
    return ""


#: The weights and volumes a good's quantity is said in (每公斤, 元/500克, 每升).
GOODS_QUANTITIES = "克|公斤|千克|斤|吨|升|毫升"
#: The quantity a price is of, written before it (…均价为每500克|4.75元): no part of the name.
PER_QUANTITY_END_RE = patterns.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})为?每[0-9０-９.]*(?:{GOODS_QUANTITIES}|平方千米|平方公里)$"
)
PER_QUANTITY_ENDS = "克斤吨升米里"
#: A quantity a sum in 元 is per, right before it (每公斤为|9.18元, 每斤|3元): a price.
PER_QUANTITY_BEFORE_RE = patterns.compile(
    rf"每[0-9０-９.]*(?:{GOODS_QUANTITIES})(?:为|是|达|在)?(?:分别为|平均)?$"
)
#: Units of a good's price: 元 per weight, volume or pack (元/公斤, 元/500克, 元/5L, 元/桶).
PER_GOODS_UNIT_RE = patterns.compile(
    rf"元/[0-9０-９.]*(?:{GOODS_QUANTITIES}|L|l|ml|mL|袋|桶|瓶|盒|箱|包)"
)
#: Words that say a sum is a price, a cost or money already (均价, 费用, 收入).
PRICED_WORD_RE = patterns.compile(r"价|费|额|收入|成本|支出|资金|工资|金|值|利润|税|补|奖|助|收益")
#: A budget's side totalled, named alone (收入总量, 支出总量): whose, the sentence before says.
TOTALLED_SIDES = ("收入总量", "支出总量")


def _owner_totalled(text: str, item: Item, earlier: list[Item], side: str) -> str:
    """The owner of the first sum of the same side named with one in the sentence before
    (全国财政|支出…。加上…还本支出…，支出总量… → 全国财政: the parts added are the total's
    own sentence's), or ""."""
    start = _sentence_start(text, item.start)
    if not start:
        return ""
    for it in _latest(earlier, _sentence_start(text, start - 1)):
        name = it.indicator
        if it.start >= start:
            break
        if kind_of_unit(it.unit) == "amount" and name.endswith(side) and han_len(name) >= 4:
            return name[: -len(side)]
    return ""


def _sums_named(text: str, item: Item, earlier: list[Item]) -> list[Item]:
    """The sentence's sums of money or stuff before ``item`` that say what they measure."""
    sentence = _latest(earlier, _sentence_start(text, item.start))
    return [
        it for it in sentence if kind_of_unit(it.unit) == "amount" and not weakness(it.indicator)
    ]


def _last_sum_named(text: str, item: Item, earlier: list[Item]) -> str:
    """The name of the sentence's last sum before ``item`` that says what it measures, its
    absolute change left out; "" when there is none."""
    sums = _sums_named(text, item, earlier)
    return without_absolute_change(sums[-1].indicator) if sums else ""


def _completed_measure(text: str, item: Item, earlier: list[Item]) -> str:
    """The measure whose completion the figure before is: its name, or, when that names the
    budget or the target itself (…人大预算数37.1亿元的91.16%), the sentence's last measure."""
    measure = without_absolute_change(earlier[-1].indicator)
    if HELD_AGAINST_END_RE.search(measure):
        return _measured_sum_named(text, item, earlier) or measure
    return measure


#: How the name of a sum a measure is held against ends (人大预算数, 目标任务): no measure.
HELD_AGAINST_END_RE = patterns.compile(r"(?:预算|预算数|目标|任务|计划|计划数)$")


def _measured_sum_named(text: str, item: Item, earlier: list[Item]) -> str:
    """The name of the sentence's last sum before ``item`` that is a measure, not a budget
    or a target it is held against nor a gap to its schedule (收入完成911万元，占年初预算…，
    短月进度1143万元; …外资15150万美元，完成…19500万美元目标任务的…), or ""."""
    sums = [
        it
        for it in _sums_named(text, item, earlier)
        if not HELD_AGAINST_END_RE.search(it.indicator) and not SCHEDULE_GAP_RE.search(it.indicator)
    ]
    return without_absolute_change(sums[-1].indicator) if sums else ""


#: A note after a figure giving the year before's (…5%（上年为3%）).
PRIOR_NOTE_RE = patterns.compile(r"[（(]((?:上年|去年)(?:同期)?)(?:为|是)?$")


#: An average growth over a span of years (两年平均增长, 三年平均增速).
YEARS_AVERAGE_RE = patterns.compile(r"((?:[两三四五]|[2-5])年平均)(?:增长|增速|增幅|下降)")
#: A comparison whose other side's figure stands in brackets (比全省（5.0%）高…).
#: The other side of a comparison named as a rate already (全省平均增幅, 全国平均水平).
RATE_NAMED_END_RE = patterns.compile(r"(?:增幅|增速|增长率|水平)$")
PLACE_BEFORE_BRACKET_RE = patterns.compile(
    # (a second place after the first's bracket: 比全省（17.3%）和全国（11.4%）; an earlier
    # period as the other side: 比1-7月（6.7%）)
    rf"(?:比|较|高于|低于|快于|慢于|[）)][和与及、])"
    # (a place's measure named in full: 比全市制造业增加值平均增速（14.4%）)
    rf"({HAN_LETTER}{{1,8}}|{HAN_LETTER}{{2,12}}?(?:平均)?(?:增速|增幅)"
    rf"|[0-9]{{1,2}}(?:[-—－至~～][0-9]{{1,2}})?月份?)[（(]"
)
BRACKETED_PLACE_RE = patterns.compile(PLACE_BEFORE_BRACKET_RE.pattern + "$")


def _compared_in_brackets(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """A comparison with the other side's figure in brackets (地区生产总值增长6.2%，比全省
    （5.0%）高1.2个百分点): the bracketed figure is the place's own measure (全省地区生产
    总值), the gap after it the measure's growth against the place (地区生产总值增速比全省高),
    the measure being that of the figure before the clause; otherwise the name without
    the bracket at its edge, for the check of names to read."""
    start = clause_start(text, item.start)
    opening = text.rfind("（", start, item.start) if name[-1:] in "（(" else -1
    if name[:1] in "）)":
        closing = max(text.rfind("）", start, item.start), text.rfind(")", start, item.start))
        opening = max(text.rfind("（", start, closing), text.rfind("(", start, closing))
    place = BRACKETED_PLACE_RE.search(text, start, opening + 1) if opening >= 0 else None
    # (…提高到58.3%（年均提高1.2个百分点）: the figures before the bracket, in its clause too)
    before = [it for it in earlier[-SIBLINGS:] if it.end <= max(start, opening)]
    if place:  # of the rate or sum compared, not of a gap or another place's figure before
        before = [
            it
            for it in before
            if kind_of_unit(it.unit) != "pp" and text[it.start - 1 : it.start] not in ("（", "(")
        ] or before
    bare = name.strip("（）()")  # 完成年度计划目标（6%）的93.3%: the brackets name nothing
    if not before or "。" in text[before[-1].end : max(start, opening)]:
        return bare
    if not place:
        # the measure before: a target in brackets is its target (地区生产总值年度计划目标),
        # what follows the bracket of it alone its completion
        measure = without_absolute_change(before[-1].indicator)
        if weakness(measure) or not 2 <= han_len(measure) <= 16:
            return bare
        if not bare:
            return measure
        return measure + bare if bare.endswith(("目标", "计划", "任务")) else bare
    measure = without_absolute_change(before[-1].indicator)
    if weakness(measure) or not 2 <= han_len(measure) <= 16:
        return bare
    if name[-1:] in "（(":
        other = place.group(1)  # the place's figure: 全省地区生产总值, or 全省平均增幅 as named
        if RATE_NAMED_END_RE.search(other):
            return other
        speed = kind_of_unit(before[-1].unit) == kind_of_unit(item.unit) == "rate"
        if other[:1].isdigit():  # 比1-7月（6.7%）: the measure's of that period, said after it
            return measure + other + ("增速" if speed else "")
        return other + measure + ("增速" if speed else "")  # (of a growth: 全省GDP增速)
    side = name[1:]
    if (
        not side
        and kind_of_unit(item.unit) == "pp"
        and (shut := text.find("）", opening, item.start)) >= 0
    ):
        # 比1-7月（6.7%）回落1.5个百分点: the verb after the bracket, which the name lost
        side = text[shut + 1 : item.start].replace("分别", "", 1)
        side = side if HAN_ONLY_RE.fullmatch(side) and len(side) <= 4 else ""
    words = text[place.start() : opening] + side  # 比全省|高
    places = [*PLACE_BEFORE_BRACKET_RE.finditer(text, start, opening + 1)]
    if len(places) > 1 and "分别" in text[opening : item.start]:
        # 比全省（17.3%）和全国（11.4%）分别高17.2、23.1个百分点: each gap against one place,
        # in order, with the first one's word of comparing
        gaps = [it for it in _latest(earlier, opening) if it.unit == item.unit]
        other = places[min(len(gaps), len(places) - 1)].group(1)
        compare = places[0].group()[: -len(places[0].group(1)) - 1]
        words = compare + other + name.lstrip("）)").replace("分别", "", 1)
    return measure + ("增速" if kind_of_unit(before[-1].unit) == "rate" else "") + words


def _measure_of_period(text: str, item: Item, period: str, earlier: list[Item]) -> str:
    """The measure a period named alone reports (…增长5%。分季度看，一季度增长4.1%): that of
    the nearest figure before it in its paragraph, over at most one sentence before its own,
    whose name is no period's, without its own period (全年); "" if there is none."""
    floor = _sentence_before_start(text, item.start)
    for before in reversed(earlier[-SIBLINGS:]):
        if before.end < floor or "\n" in text[before.end : item.start]:
            return ""
        if kind_of_unit(before.unit) == "pp" != kind_of_unit(item.unit):
            continue  # …增长11.5%，比上年同期加快0.5个百分点。其中，一季度增长…: the growth's
        measure = PLAN_WORD_END_RE.sub("", FRAME_HEAD_RE.sub("", before.indicator))
        if lead := PERIOD_ONLY_RE.match(measure):
            measure = measure[lead.end() :]  # 前三季度国内生产总值…。分季度看，一季度…
        if measure and not weakness(measure) and not PERIOD_ONLY_RE.match(measure):
            return period + measure  # …计划增长8%。上半年完成…: the measure, not its plan
    return ""


#: A place named by its rank, ending the clause before a figure's (降幅最大的为新疆，|同比下降…;
#: 其次是安徽省，|…): group 1 the place.
RANKED_PLACE_RE = patterns.compile(
    r"(?:最[大小高低快慢多少]的?|其次)(?:是|为)([\u4e00-\u9fff]{2,8})$"
)
#: What opens a sentence of rankings before its measure: the places ranked, the month.
RANKED_OPENING_RE = patterns.compile(
    r"^[^，。；]*?(?:省份|省区市|城市|地市|县区|区县)|[0-9０-９]{1,2}月份?|当月|本月"
)
#: The measure a sentence of rankings opens with (上述省份12月份原煤产量…).
RANKED_MEASURE_RE = patterns.compile(
    r"([\u4e00-\u9fff]{1,6}?(?:产量|产值|增加值|收入|支出|投资|销售额|零售额|用电量|发电量|价格))"
)


def _ranked_before(text: str, item: Item) -> str:
    """What the clause just before a figure's names by its rank (…最快的是高新区，|增长8.6%;
    其次是经开区，|…; 增长最快的是第三产业，|…), when the figure's clause is the move alone;
    "" otherwise."""
    start = clause_start(text, item.start)
    if (
        start < 2
        or text[start - 1] not in "，,"
        or not MOVE_ALONE_RE.fullmatch(text, start, item.start)
    ):
        return ""
    ranked = RANKED_PLACE_RE.search(text, clause_start(text, start - 1), start - 1)
    return ranked.group(1) if ranked else ""


def _ranked_place(text: str, item: Item) -> str:
    """The measure of a place named by its rank in the clause before a figure named only by
    its basis (…原煤产量…，降幅最大的为新疆，同比下降11.8% → 新疆原煤产量), or ""."""
    start = clause_start(text, item.start)
    if start < 2 or text[start - 1] not in "，,":
        return ""
    if not (place := RANKED_PLACE_RE.search(text, clause_start(text, start - 1), start - 1)):
        return ""
    sentence = _sentence_start(text, item.start)
    opening = text[sentence : clause_end(text, sentence)]
    measure = RANKED_MEASURE_RE.search(RANKED_OPENING_RE.sub("", opening))
    return place.group(1) + measure.group(1) if measure else ""


def _ranked_listed(text: str, listed: int, start: int) -> str:
    """The place a ranking listed after ``listed`` names before the move at ``start``
    (：银川市（不含宁东）下降|0.5%，石嘴山市下降|1.3%), or "" if the clause names more
    than a place (a measure, or a move of its own before the figure)."""
    begin = max(listed, clause_start(text, start, CLAUSE_END + "、"))
    place = trim_prefix(NOTE_IN_CLAUSE_RE.sub("", text[begin:start]))
    if not HAN_ONLY_RE.fullmatch(place) or weakness(place) or place.endswith(MEASURE_HEADS):
        return ""
    return place


def _fuller(text: str, item: Item, name: str, kind: str, earlier: list[Item]) -> str:
    """The longer name of a weak one, from the nearest phrase before it in the sentence
    that names a thing (across one comma at most), else the noun the figure counts.

    * a qualifier is of the figure before it (地区生产总值520亿元，按可比价格计算增长
      6.1% → 地区生产总值), or of the topic of the clause before;
    * a share without its whole, or a generic noun, joins the owner of the figure before
      (…支出110亿元，结余10亿元 → …结余: the owner without its own measure; 增加值…，
      占比… → 增加值占比), or the thing the clause before speaks of (民营经济持续壮大，
      占比达到62% → 民营经济占比);
    * a verb, or a name too short, takes the noun written right after the figure.
    """
    share = SHARE_ONLY_RE.fullmatch(name)
    core = share.group(1) if share else trim_prefix(name) or name
    if kind in ("qualifier", "short", "growth") and (ranked := _ranked_place(text, item)):
        return ranked  # 降幅最大的为新疆，同比下降11.8%: 新疆原煤产量
    if kind == "qualified":  # 一般公共预算收入同口径: the name, its basis no part of it
        rest = QUALIFIER_TAIL_RE.sub("", core)
        if not weakness(rest):
            return rest
        # 财政收入增长5%，剔除政策因素后同口径增长2%: the figure before's, on another basis
        sentence = _latest(earlier, _sentence_start(text, item.start))
        before = without_absolute_change(sentence[-1].indicator) if sentence else ""
        return before if before and not weakness(before) else name
    start = clause_start(text, item.start)
    if kind == "target":  # 地区生产总值增长5.5%左右，预期目标为6% → 地区生产总值增长预期目标
        return _target_of(text, item, name, earlier) or name
    if kind == "limit":  # 政府债务余额45亿元，控制在省核定的限额52亿元以内 → 政府债务限额
        # (…余额86.5亿元，其中一般债务…、专项债务…，控制在…限额…以内: the whole's, the first)
        sentence = _latest(earlier, _sentence_start(text, item.start))
        balance = next((it.indicator for it in sentence if it.indicator.endswith("余额")), "")
        balance = balance.removeprefix("年末").removeprefix("年底")
        return balance[:-2] + "限额" if han_len(balance) >= 4 else name
    if kind == "milestone":  # 生产总值…，跨过3个万亿元级台阶、年均增长5% → 生产总值's growth
        if kind_of_unit(item.unit) == "count":
            # the steps themselves are counted, of the sum before that passed them
            # (地区生产总值完成87.4亿元，五年跨越3个十亿级台阶 → 地区生产总值跨越十亿级台阶)
            verb = MILESTONE_VERB_RE.search(text, max(0, item.start - 4), item.start)
            measure = _last_sum_named(text, item, earlier) if verb else ""
            return f"{measure}{verb.group()}{name}" if measure else name
        return _last_sum_named(text, item, earlier) or name
    if kind in ("from", "reach"):  # 工业税收稳步增长，由12.4亿元增加到20.1亿元 → 工业税收
        return _topic_before(text, start) or name
    if kind == "base":  # 销售收入再攀新高，比2012年的3545亿元增长58% → 销售收入, its base 2012年…
        if not (topic := _topic_before(text, start)):
            return name
        base = BASE_ONLY_RE.fullmatch(name)
        return (
            base.group(1) + topic if base and text[item.start - 1 : item.start] == "的" else topic
        )
    if kind == "period":  # 生产总值增长5%。分季度看，一季度增长4.1% → 一季度生产总值
        return _measure_of_period(text, item, PERIOD_VERB_RE.sub("", name), earlier) or name
    if kind == "included":  # 支出50亿元（含代列支出2亿元）: the part is 代列支出
        noted = f"（{name}" in text[start : item.start] or f"({name}" in text[start : item.start]
        part = name[included.end() :] if (included := INCLUDED_RE.match(name)) else name
        whole = earlier[-1] if earlier else None
        if (
            part != name[1:]  # 不含…, 不包括…: a part left out of the count before
            and whole
            and kind_of_unit(whole.unit) == "count"
            and unit_base(whole.unit) == unit_base(item.unit)
            and not part.endswith(noun := whole.indicator[-2:])
        ):
            part += noun  # 受理案件120件（不含上年结转3件）: 上年结转案件
        return part if noted and han_len(part) >= 2 and not weakness(part) else name
    if (
        kind in ("verb", "short")
        and (
            (growth := GROWTH_AFTER_DE_RE.match(text, item.after))
            # a sum achieved, said of nothing else, after a clause without figures
            or ACHIEVED_ALONE_RE.fullmatch(PERIOD_LEAD_RE.sub("", name))
            and not _thing_after(text[item.after : item.after + WINDOW])
            and start >= 2
            and not DIGIT_RE.search(text, clause_start(text, start - 1), start)
        )
        and (topic := _topic_before(text, start))
        and (growth or WHOLE_NAME_RE.search(topic))  # a measure's, not 农业生产条件's
    ):
        # 固定资产投资强势回升，实现8%的快速增长: the growth of the clause before's topic;
        # 固定资产投资增长强劲，累计完成2070亿元: the topic's sum
        return topic
    if kind in ("verb", "short"):
        if (
            kind == "short"
            and start >= 2
            and text[start - 1] in "，,"
            and (
                stated := INDEX_STATED_RE.fullmatch(text, clause_start(text, start - 1), start - 1)
            )
        ):
            return stated.group(1)  # 居民消费价格指数（CPI）为101.2，|比上年上涨1.2%: the index's
        if kind == "short" and start and text[start - 1] in "：:":
            # 财政收入：完成8亿元: a label before a colon names what the line reports.
            label = text[clause_start(text, start - 1) : start - 1].strip()
            if WHOLE_NAME_RE.search(label):
                label = tidy(label)  # 1.地区生产总值：, 一是…：: a measure's numbered line
            if HAN_ONLY_RE.fullmatch(label) and 2 <= len(label) <= 16 and not weakness(label):
                return label
        thing = UNIT_NOTE_RE.sub("", _thing_after(text[item.after : item.after + WINDOW]))
        if not thing and kind == "verb" and (things := _counted_just_before(text, item, earlier)):
            return with_predicate(core, things)  # 入驻企业120家，建成投产60多家: those firms
        if not thing and kind == "verb" and (tally := PEOPLE_TALLIES.get(unit_base(item.unit))):
            return core + tally  # 全年救助1.2万人: how many people it reached, 救助人数
        if not thing or weakness(thing):
            # 一产增加值稳步提高。全市完成107.8亿元: what the headline before reports;
            # 持续推进棚户区改造。全年开工1200套: what the deed before works on
            deed = deed_before(text, start) if kind == "verb" else ""
            return headline_before(text, start) or (join_once(deed, core) if deed else name)
        return thing if kind == "short" else with_predicate(core, thing)
    sibling = _last_after(earlier, start)
    words = trim_prefix(text[sibling.end if sibling else start : item.start].strip("、，, "))
    if han_len(words) > han_len(name) + 2:
        if kind == "generic" and words.endswith(name) and _names_an_owner(words):
            return words  # 8项主要指标平均值达到90%: the words the count's noun took, again
        return name  # 实现北焦奥莱荟等8个项目开业: the clause names them itself
    joins = "，,；;" if kind == "generic" and kind_of_unit(item.unit) == "amount" else "，,"
    before = clause_start(text, start - 1) if start >= 2 and text[start - 1] in joins else start
    if (
        kind in ("qualifier", "generic")
        and before >= 2
        and text[before - 1] in "，,。"
        and ASIDE_CLAUSE_RE.fullmatch(text[before : start - 1].strip())
    ):
        # …5.2亿元，剔除退税因素后，可比增长7%; …支出29.6亿元，收支相抵，年终结余0.4亿元;
        # …下降18.1%。剔除留抵退税因素后，按可比口径计算下降16.8%: the sentence before's
        before = clause_start(text, before - 1)
    prev = _last_after(earlier, before)
    if (
        kind == "generic"
        and prev
        and kind_of_unit(prev.unit) == "rate"
        and kind_of_unit(item.unit) == "amount"
        and (
            sums := [
                it
                for it in _latest(earlier, _sentence_start(text, item.start))
                if kind_of_unit(it.unit) == "amount"
            ]
        )
    ):
        # 基金收入300亿元，为预算的95%；支出280亿元: the sum's owner, not its rate's
        prev = sums[-1]
    if kind == "growth":  # 地区生产总值突破千亿元大关，增长6%: the topic's growth
        if kind_of_unit(item.unit) not in ("rate", "pp"):
            return name  # 增加5亿元: an absolute change keeps its verb
        if (thing := _changed_after(text, item)) and item.start == start + len(name):
            return thing  # 提高20%低保标准, 减少三分之一行政审批事项: what the verb changes
        kind = "qualifier"
    if prev and prev.indicator in DIMENSIONS:
        return name  # 建筑面积…，投入建设资金…: a bare size names no owner (建筑 is none)
    if is_base_of(prev, name):
        return name  # 支出…，比上年同期4500万元增长11%: the measure's growth, not the base's
    if prev and prev.indicator and not weakness(prev.indicator):
        owner = without_absolute_change(prev.indicator)
        if kind == "qualifier":
            return owner
        if kind == "generic":
            people = unit_base(prev.unit) in PERSON_UNITS  # 新增就业5000人，完成投资: no owner
            before_kind = "people" if people else kind_of_unit(prev.unit)
            owner = _generic_owner(owner, before_kind, kind_of_unit(item.unit), core)
    elif before < start and not DIGIT_RE.search(text, before, start - 1):
        clause = text[before : start - 1].strip()
        if (
            kind == "qualifier"
            and (basis := BASIS_TAIL_RE.search(clause))
            and _names_an_owner(measure := trim_prefix(clause[: basis.start()]))
        ):
            return measure  # 地方一般公共预算收入扣除留抵退税，同口径增长9.9%: the measure
        owner, _ = _clause_owner(clause)
        if kind == "qualifier":
            return owner if _names_an_owner(owner) else name
    else:
        return name
    if (
        han_len(owner) + han_len(core) > FULL_NAME_MAX
        and han_len(head := owner.rpartition("的")[2]) >= 2
    ):
        owner = head  # 开展财政重点评价的重点项目…，涉及资金: the things counted, their deed left
    if not _names_an_owner(owner) or han_len(owner) + han_len(core) > FULL_NAME_MAX:
        return name
    if BALANCE_RE.search(name) and not BUDGET_END_RE.search(owner):
        return name
    return join_once(owner, core)


#: The things a part above a threshold is of, after 其中 (亿元以上|项目).
THRESHOLD_HEADS = ("项目", "企业")
THRESHOLD_PART_RE = patterns.compile(rf"([^，。；、]{{1,8}}以上)({'|'.join(THRESHOLD_HEADS)})")


def _threshold_part(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """A part above a threshold after 其中 is of the things counted just before (在建项目178
    个。其中，亿元以上项目140个 → 亿元以上在建项目); ``name`` otherwise."""
    if (
        name[-2:] in THRESHOLD_HEADS
        and (part := THRESHOLD_PART_RE.fullmatch(name))
        and earlier
        and unit_base(earlier[-1].unit) == unit_base(item.unit)
        and "其中" in text[earlier[-1].end : item.start]
        and (whole := earlier[-1].indicator).endswith(part.group(2))
        and whole[: -len(part.group(2))] not in name  # (新开工…亿元以上项目: named)
        and han_len(whole) <= 8
    ):
        if "以上" in whole:
            # 引进亿元以上项目68个，其中10亿元以上项目12个: the whole's threshold, raised
            verb = whole[: len(whole) - len(leading_verbs_stripped(whole))]
            return verb + name if "以上" not in verb else name
        return part.group(1) + whole
    return name


def _things_of_sum(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """The things a sum goes to, counted in its clause, are the sum's (新增一般债券资金7144万元
    用于以下2个项目 → 新增一般债券资金用于项目); ``name`` otherwise."""
    if (
        name.startswith("用于")
        and han_len(name) <= 6
        and earlier
        and kind_of_unit(earlier[-1].unit) == "amount"
        and clause_start(text, item.start) <= earlier[-1].start
        and 2 <= han_len(sum_name := without_absolute_change(earlier[-1].indicator)) <= 16
    ):
        return sum_name + name
    return name


#: Households or people a report follows as a group (建档立卡贫困户, 低保户, 脱贫人口).
PEOPLE_GROUP_RE = patterns.compile(
    rf"(?<![0-9０-９])"  # (568|名建档立卡贫困户: not the classifier of a count)
    rf"{HAN_LETTER}{{0,6}}(?:贫困户|脱贫户|低保户|农户|贫困人口|脱贫人口|困难群众|农民工|移民)"
)


def _per_head_of_group(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """A per-head measure opening its clause, after a clause about a group of households or
    people, is that group's (全旗…建档立卡贫困户实现稳定脱贫，人均年纯收入达到2.9万元 →
    建档立卡贫困户人均年纯收入); ``name`` otherwise."""
    start = clause_start(text, item.start)
    if (
        name[:2] != "人均"
        or start < 2
        or text[start - 1] not in "，,"
        or not text.startswith("人均", start)
    ):
        return name
    groups = [*PEOPLE_GROUP_RE.finditer(text, clause_start(text, start - 1), start - 1)]
    group = trim_prefix(FRAME_HEAD_RE.sub("", groups[-1].group())) if groups else ""
    return group + name if 2 <= han_len(group) <= 8 else name


#: A base period named alone (去年同期为197件375人): last year's figure of a measure before.
BASE_PERIOD_RE = patterns.compile(r"(?:去年|上年)(?:同期)?")


def _base_period(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """A figure named by its base period alone is that period's figure of the measure given
    before it in the sentence in the same unit (受理…案件97件134人，去年同期为197件375人 →
    去年同期受理…案件, 去年同期受理…案件人数); ``name`` otherwise."""
    period = BASE_PERIOD_RE.match(name)
    if (
        not period
        or (rest := name[period.end() :]) not in ("", "人数", "件数")
        or kind_of_unit(item.unit) == "pp"
    ):
        return name
    sentence = _latest(earlier, _sentence_start(text, item.start))
    if kind_of_unit(item.unit) == "rate":
        # …去年同期为197件375人，件数和人数分别同比下降…: the change of this year's counts
        measures = [
            it.indicator
            for it in sentence
            if kind_of_unit(it.unit) in ("count", "amount")
            and not BASE_PERIOD_RE.match(it.indicator)
            and it.indicator.endswith("人数") == (rest == "人数")
        ]
        return measures[-1] if measures else name
    for before in reversed(sentence):
        if unit_base(before.unit) == unit_base(item.unit) and not BASE_PERIOD_RE.match(
            before.indicator
        ):
            measure = without_absolute_change(before.indicator)
            return period.group() + measure if 2 <= han_len(measure) <= 16 else name
    return name


#: The first characters of a pair of kinds written one after the other (外资、内资; 进口、出口;
#: 国税、地税; 长期、短期; 单产、总产).
PAIRED_KINDS = frozenset("内外进出国地公私长短新旧大中小上下单总")


def _paired_item(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """A list item named by a two-character word of the same kind as the last word of the
    item before it (实际利用外资14.5亿美元、|内资188亿元) shares what that item's name says
    before the word (实际利用内资); ``name`` otherwise."""
    if han_len(name) != 2 or not earlier or text[earlier[-1].end : item.start] != "、" + name:
        return name
    before = earlier[-1].indicator
    if (
        len(before) >= 4
        and before[-1] == name[-1]
        and before[-2] != name[-2]
        and before[-2] in PAIRED_KINDS  # (青花椒、辣椒: two words, no pair)
        and name[0] in PAIRED_KINDS
    ):
        return before[:-2] + name
    return name


def _per_head(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """人均 alone after a sum in its sentence is that sum per head (生产总值3552亿元，人均4.1万元
    → 人均地区生产总值), 人均增加 its change per head, a rate named 人均 its growth;
    ``name`` otherwise."""
    unit_kind = kind_of_unit(item.unit)
    if (
        name[:2] != "人均"
        or name[2:] not in PER_HEAD_CHANGES
        or unit_kind not in ("amount", "rate")
    ):
        return name
    if unit_kind == "rate" and name != "人均":
        return name
    sentence = _latest(earlier, _sentence_start(text, item.start))
    sums = [it for it in sentence if kind_of_unit(it.unit) == "amount"]
    measure = without_absolute_change(sums[-1].indicator) if sums else ""
    if han_len(measure) >= 4:
        measure = TOTAL_WORD_END_RE.sub("", measure)  # 转移性收入总额…，人均: no total per head
    if not 2 <= han_len(measure) <= 16:
        return name
    if unit_kind == "rate":  # …劳动收入为38元，人均增加6元，增长18.5%: that income's growth
        return measure.removesuffix("人均")
    if name != "人均":
        return measure + name  # …劳动收入为38元，人均增加6元: its increase per head
    return "人均" + measure if measure[:2] != "人均" else name


def _deed_of_group(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """A count whose clause is a deed alone right after a group's frame (重大项目中，已开工|86个)
    counts those of the group that did it (开工重大项目), not the group; ``name`` otherwise."""
    if kind_of_unit(item.unit) != "count" or han_len(name) > 12:
        return name
    start = clause_start(text, item.start)
    deed = PRED_ADVERB_RE.sub("", text[start : item.start])
    if not (2 <= han_len(deed) <= 4 and BARE_VERBS_RE.fullmatch(deed)) or deed in name:
        return name
    frame = text[_sentence_start(text, item.start) : start]
    return deed + name if frame.endswith((f"{name}中，", f"{name}中,")) else name


#: Funds named by their noun alone after the sum (安排2万亿元|资金): who set them aside names them.
ALLOCATED_NOUNS = ("资金", "经费")


def _allocated_by(text: str, item: Item, name: str) -> str:
    """Funds named by their noun alone right after the sum (中央财政新增安排2万亿元资金) are
    named by who set them aside and how (中央财政新增安排资金); "" when no owner is said."""
    if name not in ALLOCATED_NOUNS or not text.startswith(name, item.end):
        return ""
    segment = text[clause_start(text, item.start) : item.start]
    if not segment.endswith(ALLOCATION_VERBS):
        return ""
    owner = trim_prefix(segment)
    at = segment.find(owner) if owner else -1
    if at < 0 or not 2 <= han_len(owner) <= 8 or WHOLE_SCOPE_RE.fullmatch(owner):
        return ""
    deed = segment[at + len(owner) :]
    return owner + deed + name if han_len(deed) <= 6 else ""


#: Changes of a sum said after its measure (支出|减少): a weak name made fuller keeps them.
SUM_CHANGES = ("增加", "减少", "增收", "减收", "增支", "减支")


def _per_head_of_counted(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """人均 or 户均 right after the people counted before it (带动12.6万名茶农|户均增收3800元) is
    theirs (茶农户均增收); ``name`` otherwise."""
    if name[:2] not in ("人均", "户均") or not earlier or han_len(name) > 6:
        return name
    before = earlier[-1]
    noun = before.noun
    if not noun or text[before.end : item.start] != noun + name or noun in name:
        return name
    return noun + name


#: What 人均 alone may say of the sum before it: the sum per head, or its change per head.
PER_HEAD_CHANGES = ("", "增加", "减少")


#: The word of a total at a name's end (收入总额, 存款总量): a figure per head is of no total.
TOTAL_WORD_END_RE = patterns.compile(r"(?:总额|总量|总计|合计)$")


#: The verbs of a price category's move written right before its rate, by how they end
#: (衣着类上涨1.2%, 牛腱子肉…，降0.08%).
PRICE_MOVES = ("涨", "跌", "升", "降", "回落", "持平")
#: How far back a report of prices is looked for before a category's rate (characters).
PRICES_SAID_WINDOW = 300
#: Moves said of prices only (a category that 上涨 is priced; one that 下降 may be an output).
PRICE_ONLY_MOVES = ("涨", "跌")


def _units_counted(text: str, item: Item, earlier: list[Item]) -> str:
    """The things a count before ``item`` in its sentence counts, when ``item`` is a part of
    it after 其中 in the same unit (单位215919个，其中，第二产业36997个 → 单位); else ""."""
    for before in reversed(_latest(earlier, _sentence_start(text, item.start))):
        if SECTOR_ALONE_RE.match(before.indicator):
            continue  # another sector listed before it: the whole is further back
        if before.indicator and unit_base(before.unit) == unit_base(item.unit):
            whole = without_absolute_change(before.indicator)
            listed = "其中" in text[before.end : item.start]
            return whole if listed and 2 <= han_len(whole) <= 12 and "、" not in whole else ""
    return ""


def _price_category(text: str, item: Item, earlier: list[Item], opens: int) -> bool:
    """Whether a rate names a category of prices without the word (衣着类上涨1.2%;
    居民消费价格上涨2%，其中交通通信上涨2%): a category (…类), or a short plain name, moving
    as prices do, by a verb said of prices only or in a sentence about prices, and no
    quantity of the same category before it in the sentence (豆类40吨，同比下降12%: output).
    A list's items move by the verb before its first figure, which ``opens`` it
    (…、书报杂志及电子出版物和燃料类分别上涨了0.4、…、3.8和10.6个百分点: longer names too)."""
    name = item.indicator
    if (
        kind_of_unit(item.unit) == "rate"
        and cpi_category(name)
        and "价格" in text[max(0, item.start - PRICES_SAID_WINDOW) : item.start]
    ):
        return True  # …价格指数上涨0.5%。…衣着、…、交通和通信分别上涨1.4%、…、1.3%
    moved = item.start if item.turn or opens == item.start else opens
    moved -= text.endswith("了", 0, moved)
    longest = 4 if moved == item.start else LISTED_CATEGORY_LONGEST
    bare = _compared_end_cut(name)[0]  # (洋芋环比: the category's name before its 环比)
    if (
        kind_of_unit(item.unit) not in ("rate", "pp")
        or not text.endswith(PRICE_MOVES, 0, moved)
        or not (
            name.endswith("类") or 2 <= han_len(bare) <= longest and HAN_ONLY_RE.fullmatch(name)
        )
        or MEASURED_END_RE.search(bare)
        or bare.endswith(PRICED_ENDS)  # 杭州房价, 人均住院费用: a price already
        or "价格" in name  # 居住价格涨幅: prices' already
        or "幅" in name  # 同比涨幅…下降28.9个百分点: a speed's move
        or bare.endswith("水平")  # 水平比上年上涨0.7个百分点: a level, named before
        or PRICE_LEVEL_END_RE.search(bare)  # 价格水平: prices' already
        or bare.endswith(PRICE_MOVES)  # (…上涨0.1个百分点: no category named, a verb)
        or moved != item.start
        and not HAN_ONLY_RE.fullmatch(name)  # (a list left whole)
    ):
        return False
    sentence = _latest(earlier, _sentence_start(text, item.start))
    if any(
        it.indicator in (name, bare)
        and kind_of_unit(it.unit) != "rate"
        and not is_price_unit(it.unit)
        for it in sentence
    ):
        return False  # (洋芋4.35元/公斤，同比下跌2.8%: the price's own move)
    priced = text.endswith(PRICE_ONLY_MOVES, 0, moved) or any(
        it.indicator in (name, bare) and is_price_unit(it.unit) for it in sentence
    )  # (牛肉35.3元/500克，升0.09%: the beef's price moved; 生猪…，环比下降0.49%: 生猪环比)
    return priced or any(it.indicator.endswith(("价格", "价格指数")) for it in sentence)


#: How names of prices or of what is paid end (房价, 住院费用): no category of prices.
PRICED_ENDS = ("价", "价格", "费", "费用", "成本")
#: The longest category named in a list of prices (书报杂志及电子出版物, Han characters).
LISTED_CATEGORY_LONGEST = 10


def _compared_end_cut(name: str) -> tuple[str, str]:
    """A name and the comparison it ends with, apart (洋芋环比 → 洋芋, 环比)."""
    return (
        (name[:-2], name[-2:]) if name.endswith(("环比", "同比")) and len(name) > 2 else (name, "")
    )


#: A price of another period named bare (上月价格, 去年同期均价).
EARLIER_PRICE_PERIODS = "上月|上周|上年同期|去年同期|上年|去年"
PERIOD_PRICE_RE = patterns.compile(
    rf"(?:{EARLIER_PRICE_PERIODS})(?:价格|均价|零售价|平均价格?)(环比|同比)?"
)
#: The period a good's earlier price was named with, at the end of the good (鸡蛋上月|价格).
EARLIER_PERIOD_END_RE = patterns.compile(rf"(?:{EARLIER_PRICE_PERIODS})$")
#: A good's price named with it, perhaps of this period (鸡蛋本月价格, 大米均价).
GOOD_PRICED_RE = patterns.compile(r"(?:本月|本周|当月|本期|今年)?(?:价格|均价|零售价|平均价格?)$")
#: A note on the good's kind or brand (（5L装，金龙鱼）): no part of what it is.
GOOD_NOTE_RE = patterns.compile(r"[（(][^（）()]{1,30}[）)]")


def _price_of_good(text: str, item: Item, earlier: list[Item]) -> str:
    """A price of another period named bare, or its move lent that name, with the good the
    last sum before it in the sentence prices (鸡蛋（普通）本月价格15.00元/公斤，上月价格… →
    鸡蛋上月价格; …，环比上涨7.69% → 鸡蛋价格环比), or ""."""
    if not (period := PERIOD_PRICE_RE.fullmatch(item.indicator)):
        return ""
    sums = [
        it
        for it in _latest(earlier, _sentence_start(text, item.start))
        if kind_of_unit(it.unit) == "amount"
    ]
    priced = GOOD_PRICED_RE.search(sums[-1].indicator) if sums else None
    good = GOOD_NOTE_RE.sub("", sums[-1].indicator[: priced.start()]) if priced else ""
    good = EARLIER_PERIOD_END_RE.sub("", good)  # (the move after 上月价格…: of the good's price)
    if not (1 <= han_len(good) <= PRICED_GOOD_LONGEST and HAN_ONLY_RE.fullmatch(good)):
        return ""
    return good + ("价格" + period.group(1) if period.group(1) else item.indicator)


#: The longest good a price of another period is given (Han characters).
PRICED_GOOD_LONGEST = 10


#: Livestock's stock and flow named alone, and the owner a figure before gives them.
STOCK_FLOWS = ("存栏", "出栏", "存笼", "出笼", "产量", "总产量")
#: (the 总 of 总产量 is no owner: 总产量…，下降… is of nothing more, not 总总产量)
STOCK_OWNER_RE = patterns.compile(
    rf"({HAN_LETTER}{{1,6}}?)(?<!总)(?:{'|'.join(STOCK_FLOWS)})$|(?:出栏|存栏|存笼|出笼)({HAN_LETTER}{{1,6}})$"
)


def _stock_owner(text: str, item: Item, earlier: list[Item]) -> str:
    """The animal or crop a bare stock or flow is of: the one named by the figure before
    in the sentence (羊存栏2万只，同比增长3%，出栏1.5万只 → 羊; 出栏生猪…；存栏… → 生猪);
    "" when none."""
    for before in reversed(_latest(earlier, _sentence_start(text, item.start))):
        if owned := STOCK_OWNER_RE.match(before.indicator):
            return owned.group(1) or owned.group(2)  # 羊存栏…; 出栏生猪… (the verb first)
    return ""


#: A verb of having at an owner's end (区属国有企业共有|资产总额).
HAVE_END_RE = patterns.compile(r"(?:共有|拥有|现有)$")
#: The lines of accounts, longest first (净资产总额 before 资产总额).
STATEMENT_LINES_LONGEST_FIRST = tuple(
    sorted((*STATEMENT_ITEMS, *STATEMENT_LENDERS), key=len, reverse=True)
)


def _pointing_owner(text: str, item: Item, earlier: list[Item]) -> str:
    """The owner of a name that opens with 各项 (各项贷款余额), from one of the three figures
    before in its sentence or the one before that names its own 各项 after an owner
    (年末金融机构本外币各项存款余额); "" when none."""
    start = _sentence_start(text, item.start)
    if start >= 1 and start == clause_start(text, item.start):
        start = _sentence_start(text, start - 1)  # the name opens its sentence
    for before in reversed(_latest(earlier, start)[-3:]):
        k = before.indicator.find("各项")
        if k >= 2 and han_len(owner := before.indicator[:k]) <= 12 and not DIGIT_RE.search(owner):
            return owner
    return ""


#: The verbs of people counted in a scheme (参加养老保险人数, 享受最低生活保障人数).
INSURED_VERBS = ("参加", "参保", "享受", "领取")


def _area_of_sibling(text: str, item: Item, earlier: list[Item]) -> str:
    """The area (城镇, 农村…) a figure before in the sentence names before the same verb of
    a scheme this name opens with (城镇参加医疗保险人数…，参加养老保险人数… → 城镇), or ""."""
    name = item.indicator
    if han_len(name) < 4 or not name.startswith(INSURED_VERBS):
        return ""
    for before in reversed(_latest(earlier, _sentence_start(text, item.start))[-3:]):
        area = before.indicator[:2]
        if area in AREA_PARTS and before.indicator.startswith(name[:2], 2):
            return area
    return ""


#: Bodies a sentence's frame counts among (在有证照个体经营户中，…): what its industries' counts are.
FRAMED_BODIES_RE = patterns.compile(r"(?:户|企业|单位|法人|机构|个体户)$")


def _bodies_framed(text: str, item: Item) -> str:
    """The bodies a count of an industry named alone is of, when its sentence opens framed
    among them (在有证照个体经营户中，位居前三位的行业是：批发和零售业1068个 → 有证照个体经营户),
    or ""."""
    if (
        kind_of_unit(item.unit) != "count"
        or item.indicator[-1:] != "业"
        or FRAMED_BODIES_RE.search(item.indicator)  # (内资企业中，国有企业7.2万个: bodies)
        or not HAN_ONLY_RE.fullmatch(item.indicator.replace("、", ""))
    ):
        return ""
    frame = WHOLE_FRAME_RE.match(text, _sentence_start(text, item.start))
    bodies = frame.group(1) if frame and frame.end() <= item.start else ""
    return bodies if FRAMED_BODIES_RE.search(bodies) else ""


#: Hospitals and schools, whose services a sentence measures one after another.
INSTITUTION_RE = patterns.compile(
    r"医院|卫生院|卫生室|卫生机构|医疗机构|服务中心|保健院|保健所|控制中心|幼儿园|小学|初中|高中"
    r"|中学|高校|院校|学校|图书馆|文化馆|博物馆|美术馆|纪念馆|档案馆|文化站"
)
#: How a name that is no bare measure of a body's service opens (a comparison, a part, 全省).
NOT_SERVICE_OPENINGS = "比较与同其全"


#: Measures of a whole economy, of which sectors have value added (no 生产总值 of a sector).
ECONOMY_HEADS = ("生产总值", "增加值", "GDP")


def _sectors_measure(text: str, item: Item, earlier: list[Item]) -> str:
    """What a sector named alone measures: the head of the measure its sentence gave before
    its 其中 (固定资产投资…，其中第一、二、三产业… → 投资), else its value added."""
    for before in reversed(_latest(earlier, _sentence_start(text, item.start))):
        if SECTOR_ALONE_RE.match(before.indicator) or kind_of_unit(before.unit) == "pp":
            continue  # (the sectors listed before it, a gap of the whole's speed)
        if text.find("其中", before.end, item.start) < 0:
            break
        head = head_of_whole(without_absolute_change(before.indicator))
        return head if head and not head.endswith(ECONOMY_HEADS) else "增加值"
    return "增加值"


#: Rates of an age group's schooling (巩固率, 毛入学率, 入园率): no school's service.
AGE_GROUP_RATES = ("巩固率", "普及率", "入学率", "升学率", "入园率")


#: School levels a name may open with (中等职业教育|招生): they name their own schools.
SCHOOL_LEVEL_OPENINGS = tuple(sorted(SCHOOL_LEVELS))


def _institutions_of_sentence(text: str, item: Item, earlier: list[Item]) -> str:
    """The hospitals or schools whose service a measure named bare is of: those the
    sentence's first figure measures or counts as held (县级医院诊疗人次…，入院人数…，
    病床使用率… → 县级医院; 每千农业人口乡镇卫生院卫生人员…；床位… → 每千农业人口乡镇卫生院;
    拥有小学36所，在校学生数… → 小学), or "": none, another kind named since (医院…，
    卫生院…，床位…), or bodies built or served, which own no measure after them
    (建成50家高水平医院，人均预期寿命…; 应届高校毕业生…，培训各类人员…)."""
    name = item.indicator
    if (
        not 2 <= han_len(name) <= 10
        or INSTITUTION_RE.search(name)
        or name.endswith(BODY_ENDS)  # 疾病预防控制机构拥有0.5万人: other bodies' staff
        or unit_base(item.unit) in INSTITUTION_UNITS  # (文化馆1所: bodies, no service)
        or name[:1] in NOT_SERVICE_OPENINGS
        or "占" in name  # a share, of a whole said
        or name.endswith(AGE_GROUP_RATES)  # 九年义务教育巩固率: of the children, not the schools
        or name.startswith(SCHOOL_LEVEL_OPENINGS)  # …；中等职业教育招生…: a level of its own
        or VERB_END_RE.search(name)
        or VERB_START_RE.match(name)
        or INSTITUTION_RE.search(text, clause_start(text, item.start), item.start)
    ):
        return ""  # (在初中就读的有29.4万人: the clause names its own, the name lost them)
    sentence = _latest(earlier, _sentence_start(text, item.start))
    if not sentence or not (found := INSTITUTION_RE.search(sentence[0].indicator)):
        return ""
    first = sentence[0].indicator
    body = STOCK_TIME_RE.sub("", first[: found.end()])  # (年末公共图书馆1个: the libraries)
    for word in HOLDING_WORDS:  # (市共有幼儿园81所: a name that kept how they are held)
        body = body.rpartition(word)[2] or body
    body = WHOLE_HOLDS_RE.sub("", body)  # (全国有公共图书馆3212个: the libraries)
    measured = STAFF_OR_SERVICE_RE.match(first, found.end())
    held = found.end() == len(first) and HOLDING_RE.search(
        text, clause_start(text, sentence[0].start), sentence[0].start
    )
    if (
        found.start() > INSTITUTION_LEAD_LONGEST
        or not (measured or held)
        or any(before.indicator == name for before in sentence)  # left to none before
    ):
        return ""
    for before in sentence[1:]:
        other = INSTITUTION_RE.search(before.indicator)
        if (
            other
            and not before.indicator.endswith(body, 0, other.end())
            or not other
            and before.indicator.endswith(BODY_ENDS)  # (…；文物保护机构1个，…: theirs since)
        ):
            return ""
    return body


#: How far into the sentence's first name its bodies may be named (每千常住人口社区卫生|服务中心).
INSTITUTION_LEAD_LONGEST = 10
#: What a body's staff, patients, pupils or services are named after it (诊疗人次, 生均图书).
STAFF_OR_SERVICE_RE = patterns.compile(
    r"(?:诊疗|门诊|入院|住院|出院|床位|病床|卫生|医|护|职工|员|人员|在校|在园|招生|生均|专任|教"
    r"|校舍|学生|学龄|入学|每|藏书|馆藏|图书|流通|读者|参观|展览)"
)
#: How a sentence says the bodies its first figure counts are held (拥有小学36所, 共设…).
HOLDING_WORDS = ("共有", "拥有", "现有", "共设", "设有")
HOLDING_RE = patterns.compile(rf"(?:{'|'.join(HOLDING_WORDS)}|有)[^，；]{{0,8}}$")
#: How the names of other bodies end (疾病预防控制机构, 专科疾病防治院（所）).
BODY_ENDS = (
    "机构", "中心", "院", "所", "站", "室", "校", "园", "（所）", "馆", "店", "点", "社", "团", "队",
)  # fmt: skip
#: The units bodies are counted in, and how a whole place that holds them opens a name.
INSTITUTION_UNITS = ("所", "家", "座", "个", "处")
WHOLE_HOLDS_RE = patterns.compile(r"^全[国省市县区州旗]有")


def _owner_written_before(text: str, item: Item) -> bool:
    """Whether the figure's clause writes its name after words of its own, a light verb
    aside (第二产业（工业、建筑业）|实现|增加值): an owner the name lost, not one to lend."""
    opening = clause_start(text, item.start)
    at = text.find(item.indicator, opening, item.start)
    if at <= opening:
        return False  # (opening its clause, or lent: nothing of its own before it)
    verb = LIGHT_VERB_END_RE.search(text, max(opening, at - 4), at)
    at = verb.start() if verb else at
    return at > opening and text[at - 1] not in LIST_SEPARATORS


#: A light verb right before a name (实现|增加值), and what separates a list's items.
LIGHT_VERB_END_RE = patterns.compile(r"(?:实现|完成|共有|拥有|有|发生)$")
LIST_SEPARATORS = "、，,；;：:和及与"


#: A fund's line named without the fund (基金支出, 结存): group 1 the line.
FUND_LINE_RE = patterns.compile(r"(?:基金)?(支出|收入|总收入|总支出|结余|结存|累计结存|滚存结余)")


def _fund_before(text: str, item: Item, earlier: list[Item]) -> str:
    """The fund the figure before in the sentence names (…养老保险基金收入5339亿元，|基金支出),
    its period aside, or ""."""
    sentence = _latest(earlier, _sentence_start(text, item.start))
    if not sentence or (at := sentence[-1].indicator.find("基金")) < 2:
        return ""
    fund = MOMENT_LEAD_RE.sub("", sentence[-1].indicator[: at + 2])
    return fund if 4 <= han_len(fund) <= 20 else ""


def _patents_before(text: str, item: Item, earlier: list[Item]) -> str:
    """The patents whose other count the figure before in the sentence gave (发明专利申请量…，
    授权量…), or ""."""
    sentence = _latest(earlier, _sentence_start(text, item.start))
    other = PATENT_SIDES[item.indicator]
    if sentence and sentence[-1].indicator.endswith(other):
        owner = sentence[-1].indicator[: -len(other)]
        return owner if 2 <= han_len(owner) <= 10 else ""
    return ""


def _sibling_owner(text: str, item: Item, earlier: list[Item]) -> str:
    """The owner of the other side of a pair the name opens with (资产/负债, 进口/出口),
    or of another line of the same accounts (营业收入/净利润, 资产总额/所有者权益), from
    the figure before in the sentence that names it with its owner, or in the sentence
    before when the name opens its own (…资产总额…。负债总额…); "" when none."""
    pair = item.indicator[:2] in FLOW_SIBLINGS
    if _owner_written_before(text, item):
        return ""  # (第二产业（工业、建筑业）实现增加值…: the clause names its own owner)
    # the longest line first, its own too (…净资产总额 is no 资产总额 of …净)
    siblings = (FLOW_SIBLINGS[item.indicator[:2]],) if pair else STATEMENT_LINES_LONGEST_FIRST
    start = _sentence_start(text, item.start)
    if (
        start >= 1
        and start == clause_start(text, item.start)
        and "\n" not in text[start - 2 : start]
    ):
        start = _sentence_start(text, start - 1)
    whole = not pair and not among_parts(text, item.start)
    for before in reversed(_latest(earlier, start)[-3:]):
        if whole and among_parts(text, before.start):
            continue  # 利润总额…，其中盈利企业利润总额…；营业收入利润率…: a part's owner, not the whole's
        for sibling in siblings:
            k = before.indicator.find(sibling) if pair else before.indicator.rfind(sibling)
            if pair and k >= 1 and before.indicator[k - 1] == item.indicator[0]:
                k -= 1  # 外贸进出口总额…，其中进口…: both sides written as one word (进出口)
            if pair or k >= 0 and k + len(sibling) == len(before.indicator):
                owner = HAVE_END_RE.sub("", before.indicator[:k])  # 国有企业共有|资产…
                if (
                    k >= 2
                    and han_len(owner) <= 10
                    and not DIGIT_RE.search(owner)
                    and owner[-1] != "的"  # 归属于母公司的|净利润: whose share, no owner
                    and "占" not in owner  # (…占全区规上工业增加值: a share's whole)
                ):
                    return owner
                break  # the line found: a shorter one inside it is no line
    return ""


#: A verb putting money into a fund, right before the fund's name and its figure.
FUND_PUT_RE = patterns.compile(r"(安排|补充|设立|新设|注入)(?=[\u4e00-\u9fff]{2,16}基金$)")
#: The verbs of a conversion into another money written before its figure.
CONVERTED_ENDS = ("折合", "约合", "折")
#: The money a converted measure's name says (人均地区生产总值（折美元）).
CONVERTED_NOTE_RE = patterns.compile(r"（折[\u4e00-\u9fff]{1,3}）$")


def _converted_from(text: str, item: Item, earlier: list[Item]) -> str | None:
    """The measure a figure in foreign money converts (人均地区生产总值18.8万元，按当年平均
    汇率（1美元兑6.2元）折合3万美元 → 人均地区生产总值): the sentence's last sum in 元,
    written as its name with the money said (…（折美元）), or as it stands when the
    figure is in yuan (外资12亿美元、约合86亿元人民币 → 外资); None when there is none."""
    money = next((m for m in FOREIGN_MONEY if item.unit.endswith(m)), "")
    if not money and item.unit.endswith(("元", "人民币")):
        money = "人民币"  # 引进外资12亿美元、约合86亿元人民币: yuan converted from foreign money
    if not money:
        return None
    sentence = _latest(earlier, _sentence_start(text, item.start))
    sums = [
        it
        for it in sentence
        if it.unit.endswith("元")
        and not it.unit.endswith(money)
        and (money != "人民币" or it.unit.endswith(FOREIGN_MONEY))
    ]
    if not sums or weakness(sums[-1].indicator):
        return None
    name = without_absolute_change(sums[-1].indicator)
    return name if money == "人民币" else f"{name}（折{money}）"  # yuan: the report's own money


def _counted_just_before(text: str, item: Item, earlier: list[Item]) -> str:
    """The things the count just before in the sentence counted, in the same unit, for a
    count named by verbs alone (入驻企业120家，建成投产60多家 → 企业); "" when none."""
    sentence = _latest(earlier, _sentence_start(text, item.start))
    if not sentence or sentence[-1].unit != item.unit or kind_of_unit(item.unit) != "count":
        return ""
    things = leading_verbs_stripped(MANNER_RE.sub("", sentence[-1].indicator))
    return things if 2 <= han_len(things) <= 10 and not BARE_VERBS_RE.fullmatch(things) else ""


def _target_of(text: str, item: Item, name: str, earlier: list[Item]) -> str:
    """The name of a target written after the figure it is set for: the last figure of
    the sentence before it in the same unit, with 增长 where that figure is a growth
    rate; "" when there is none."""
    word = TARGET_ONLY_RE.search(name).group(1)  # type: ignore[union-attr]
    for before in reversed(_latest(earlier, _sentence_start(text, item.start))):
        if unit_base(before.unit) != unit_base(item.unit) or weakness(before.indicator):
            continue
        owner = without_absolute_change(before.indicator)
        words = text[clause_start(text, before.start) : before.start]
        grew = kind_of_unit(before.unit) == "rate" and UP_BEFORE_RE.search(words.rstrip("了"))
        return f"{owner}{'增长' if grew else ''}{word}"
    return ""


def _generic_owner(name: str, kind_before: str, kind: str, weak: str = "") -> str:
    """The owner a generic name takes from the name of the figure before it: that name
    without its own measure, for an amount after an amount (…预算支出110亿元，结余10亿元
    → …预算); the things counted, for an amount after their count (设立基金3只，规模20亿元
    → 基金); "" otherwise (法规55件、政策文件210多项: a sibling, no owner; 帮扶单位援助资金…、
    引进项目 stays, as the twelfth round decided; a rate or people before: no owner)."""
    stem = trim_prefix(name)
    if kind_before == "amount" == kind:
        head = (
            SHARED_HEAD_RE.search(stem, 2)
            or OWNED_AMOUNT_RE.search(stem, 2)
            or BALANCE_END_RE.search(stem, 2)  # …当年结余1.7亿元，年末滚存结余…: the fund's
        )
        # (重点项目年度计划投资…，已完成投资…: the projects', not the plan's, done)
        return PLAN_TAIL_RE.sub("", stem[: head.start()]) if head else ""
    if kind_before == "count" and kind == "amount" and han_len(name) <= 10:
        return leading_verbs_stripped(name)  # a verb phrase stays one: 促成…签约 owns nothing
    if kind_before == "amount" and kind == "count" and FUNDED_RE.fullmatch(weak):
        # 投入…补助资金3.2亿元，实施项目268个: the projects the fund pays for (引进项目 stays)
        return stem if FUND_END_RE.search(stem) else ""
    return ""


#: Those an event reached or drew, named alone (观众, 参训人员, 参会企业, 惠及群众): of the
#: events counted just before.
AUDIENCE_RE = patterns.compile(
    r"(?:观众|受众|听众|读者|(?:参训|参会|参展|参赛|参与|参加)(?:人员|人数|企业|单位|选手|群众)?|"
    r"(?:惠及|覆盖|服务|吸引)(?:群众|人群|人员|居民|学生|观众)?)"
)


def _events_named(name: str) -> str:
    """Events as counted, without the verb that held them (开展|法治宣传活动), unless it is
    their name (培训班, 招聘会)."""
    # (报告法定传染病发病|8623例: the diseases, reported and fallen ill with, are the events)
    stripped = leading_verbs_stripped(name.removeprefix("发生").removeprefix("报告"))
    stripped = stripped.removesuffix("发病") if han_len(stripped) >= 4 else stripped
    return stripped if han_len(stripped) >= 2 else name


#: Stocks of money whose balance a figure after them may be named by alone (存款…，余额…).
BALANCED_STOCKS = ("存款", "贷款", "债务", "借款", "负债")
#: Units that count events (活动86场, 培训班35期, 招聘会42场次).
EVENT_UNITS = ("场", "场次", "期", "届", "批次")
#: A plan's words closing an owner: what was planned, not who did it.
PLAN_TAIL_RE = patterns.compile(r"(?:年度|全年|年)?(?:计划|目标)$")
#: A fund or a sum set aside, whose projects a count after it may be (补助资金, 专项债券).
FUND_END_RE = patterns.compile(r"(?:资金|基金|债券|专项债)$")
#: The projects a fund pays for, named by the paying verb alone.
FUNDED_RE = patterns.compile(r"(?:实施|安排|支持|扶持|资助|补助)项目")


#: A balance or a sum of a budget (结余, 收入总计, 收入共计): of a budget or a fund only,
#: never of one of its items (调入资金…，收入总计; 旅游收入…，支出合计 stay).
BALANCE_RE = patterns.compile(r"结余|结转|总计|合计|共计")
#: A balance closing a budget's or a fund's name (社会保险基金预算当年结余).
BALANCE_END_RE = patterns.compile(r"(?:当年|年终|年末|滚存)*(?:结余|结转)$")
BUDGET_END_RE = patterns.compile(r"(?:预算|基金)$")
#: Words that only point at things (各项, 全部, 该类): they own nothing.
POINTING_RE = patterns.compile(r"^(?:各|全|本|该|这|此|其|每)(?:项|类|个|级|种|方面)?")


def _names_an_owner(owner: str) -> bool:
    """Whether words found before a weak name can own it: a thing of two to sixteen
    Han characters, not a list, a doer, a verb phrase or weak itself."""
    return (
        2 <= han_len(owner) <= 16
        and han_len(POINTING_RE.sub("", owner)) >= 2
        and not re.search(r"[、，,；的0-9０-９]", owner)
        and not SYSTEM_TAIL_RE.search(owner)  # …投资内生增长机制: a mechanism owns no sum
        and not DOER_RE.match(owner)
        and not VERB_END_RE.search(owner)
        and not owner.endswith(AIMS)  # 发展着力点…: where work aims, no thing
        and not weakness(owner)
    )
