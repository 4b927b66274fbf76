"""The sentence around a figure, as every indicator rule reads it.

How far back a rule looks, the figures of the same clause or sentence, the
notes in brackets they may sit in, and the words several rules share (a list's
joins, verbs of effect, generic heads).  Every other module of the package
builds on these.
"""

from __future__ import annotations

import re

from reportpress import patterns
from reportpress.metrics.lexicon import (
    CASE_VERBS,
    DOWN_WORDS,
    HAN,
    HAN_LETTER,
    NOT_A_BODY,
    UP_WORDS,
    VERB_ALTERNATION,
)
from reportpress.metrics.names import (
    shared_head,
    with_predicate,
)
from reportpress.metrics.scan import (
    WINDOW,
    Item,
    clause_start,
)

#: How far back a sentence is read for the figures that lend a name.
SENTENCE_WINDOW = 400


#: How many earlier figures of a clause or sentence are consulted.
SIBLINGS = 16


#: What is left of a figure's unit before the next item of a list: （间）、 /月、.
UNIT_REST_RE = patterns.compile(rf"(?:[（(][{HAN}]{{1,2}}[）)]|/[{HAN}]{{1,2}})、")
#: A note on what a figure includes, after it (530亿元（含保税区）、增长6.1%): the figure's.
SCOPE_NOTE_RE = patterns.compile(r"[（(](?:不?含|不?包括|包含)[^（）()，。；]{1,16}[）)]、?")


#: Words that join a list's items.
LIST_JOINS = ("和", "及", "与", "、")
#: A doer before the light or building verb of a list's first item (省属企业完成…,
#: 新能源开工…、投产…): it owns the others.
LIGHT_OWNER_RE = patterns.compile(
    rf"({HAN_LETTER}{{2,10}}?)(?:完成|实现|新开工|开工|投产|建成|竣工|并网)"
)


#: The things that meet a condition written before them, then their count
#: (…超10亿元|的龙头企业达|100家).
CONDITION_RE = patterns.compile(
    rf"的((?:{HAN_LETTER}|[“”]){{2,12}}?)(?:已达到|达到|达|增至|增加到|超过|突破|有)"
)


#: A gap against another figure: 增速高于全市1.6个百分点, 比各项贷款增速高4个百分点.
GAP_RE = patterns.compile(
    r"[高低好优]于[^，。；、]{1,14}(?<!的)$|与[^，。；、]{2,12}?相差$|(?<![占对])比(?![重例率])[^，。；、比]{2,12}?(?:分别)?(?<![提降升抬减])[高低快慢]$"
    r"|(?<![占对])[比较][^，。；、比较]{2,12}?[高低]出$"  # 较全国平均数高出: said with 出
    r"|(?<![占对比])较(?:常年|历年|多年平均)偏[高低]$"  # 较常年偏高0.6℃: as 比常年偏高
    r"|[比较](?:年度|全年|预期)?(?:目标|计划)(?:提高|高出|高|低|降低|下降|回落)$"  # a target's gap
)
#: A gap written with a verb of passing (超过计划|1.5个百分点): of a growth rate only.
PASSED_GAP_RE = patterns.compile(r"(?:超过|超出)[^，。；、]{1,6}$")


def _named_before(text: str, item: Item, earlier: list[Item]) -> str:
    """The name of the same figure a little before (15个…。15个项目中，…), when it has one."""
    written = text[item.start : item.end]
    for before in reversed(_latest(earlier, max(0, item.start - SENTENCE_WINDOW))):
        if text[before.start : before.end] == written and before.indicator:
            return before.indicator
    return ""


#: A public body as the doer, then the verbs of a count's name (法院|受理|各类案件).
VERB_AFTER_DOER_RE = patterns.compile(
    rf"[{HAN}]{{0,2}}(?:法院|检察院|检察机关|公安机关|审计机关|政府|部门)((?:{VERB_ALTERNATION})+)"
)


#: A congress's verbs of passing laws, opening a count's name (审议通过|法规).
ENACTED_RE = patterns.compile(r"(?:审议通过|表决通过|审查批准|审议|批准|制定)")


#: A name that is verbs alone (开工, 新开工, 基本建成): it has no object to lend.
VERBS_ONLY_RE = patterns.compile(rf"(?:新|已|基本)?(?:{VERB_ALTERNATION})+")


def _elided_object(verb: str, sentence: list[Item]) -> str:
    """Name for a bare verb whose object the list left out (完工52个, 竣工6865套)."""
    prev = sentence[-1].indicator
    if (m := re.search(rf"新?(?:{VERB_ALTERNATION})$", prev)) and m.start() > 0:
        return prev[: m.start()] + verb  # 老旧小区改造新开工7个、完工52个
    if (
        m := re.match(rf"(?:新|已)?(?:(?:{VERB_ALTERNATION}){NOT_A_BODY})+", prev)
    ) and m.end() < len(prev):
        return verb + prev[m.end() :]  # 建设筹集保障性住房4200套、竣工6865套; not 安置房…
    if (m := ENACTED_RE.match(prev)) and m.end() < len(prev):
        return verb + prev[m.end() :]  # 审议通过法规10件、集中修改9件: the laws amended
    if (m := VERB_AFTER_DOER_RE.match(prev)) and m.end() < len(prev):
        # 法院受理各类案件25万件，办结23万件: the doer keeps its place, the verb is the new one
        return prev[: m.start(1)] + verb + prev[m.end() :]
    if verb in CASE_VERBS:
        return verb  # 收案262万件，结案269万件: a court's verb names its cases itself
    nouns = [it.indicator for it in sentence if it.indicator]
    head = shared_head(nouns) if len(nouns) > 1 else ""
    if VERBS_ONLY_RE.fullmatch(head or prev):
        return verb  # 全年开工1200套，建成800套: the name before is a verb too, no object to lend
    return with_predicate(verb, head or prev)  # 存量项目31个、启动实施9个


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most ``SENTENCE_WINDOW``."""
    limit = max(0, pos - SENTENCE_WINDOW)
    stop = text.rfind("。", limit, pos)
    return stop + 1 if stop >= 0 else limit


def _sentence_before_start(text: str, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts (what it says may be of
    both: a structure given, then its parts' moves in a sentence of their own)."""
    return _sentence_start(text, max(0, _sentence_start(text, pos) - 1))


def parts_sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, or the one before when this one opens with
    其中 (…项目20个，送审投资金额5.74亿元。其中：交通部门1个…): its parts are of that one's sums."""
    start = _sentence_start(text, pos)
    if start and text[start : start + 8].lstrip().startswith("其中"):
        return _sentence_start(text, start - 1)
    return start


def _latest(earlier: list[Item], start: int) -> list[Item]:
    """The figures before this one that end after ``start``: at most ``SIBLINGS`` of them,
    found from the end, so that the cost does not grow with the figures already read."""
    found: list[Item] = []
    for item in reversed(earlier):
        if item.end <= start or len(found) == SIBLINGS:
            break
        found.append(item)
    return found[::-1]


def _outside_notes(text: str, items: list[Item], start: int) -> list[Item]:
    """``items`` but those inside a bracketed note closed before ``start`` (收入78亿元（县
    本级60亿元，高新区18亿元），…同比增收2亿元: the parts in the note own no later figure)."""
    kept = [item for item in items if not in_closed_note(text, item, start)]
    return kept or items


def in_closed_note(text: str, item: Item, start: int) -> bool:
    """Whether ``item`` stands in a bracketed note closed before ``start``."""
    lo = max(0, item.start - SENTENCE_WINDOW)  # a note opens inside the sentence read
    opening = max(text.rfind("（", lo, item.start), text.rfind("(", lo, item.start))
    inside = opening >= 0 and not NOTE_CLOSE_RE.search(text, opening, item.start)
    return inside and NOTE_CLOSE_RE.search(text, item.end, start) is not None


def _outside_closed_note(text: str, sentence: list[Item], start: int) -> list[Item]:
    """The sentence's figures but those of a bracketed note closed before ``start``:
    a clause after the note speaks of the figure the note is about (收入8.2亿元（其中
    税收收入6.1亿元），增长5%: the revenue's growth, not the tax's); all of them when
    the note holds every figure, or when no note closes there."""
    last = sentence[-1]
    if not NOTE_CLOSE_RE.search(text, last.end, start):
        return sentence
    lo = max(sentence[0].start, last.start - WINDOW)
    opening = max(text.rfind("（", lo, last.start), text.rfind("(", lo, last.start))
    if opening < 0 or NOTE_CLOSE_RE.search(text, opening, last.start):
        return sentence
    return [item for item in sentence if item.end <= opening] or sentence


#: A closing bracket: the end of a note.
NOTE_CLOSE_RE = patterns.compile(r"[）)]")
#: Any bracket in a name (a note left in it, （上年): no owner for another figure.
BRACKET_RE = patterns.compile(r"[（()）]")


def _last_after(earlier: list[Item], start: int) -> Item | None:
    """The figure just before this one, if it ends after ``start`` (the last of :func:`_latest`)."""
    return earlier[-1] if earlier and earlier[-1].end > start else None


#: What ends a part of a sentence: after it, a figure's bodies or parts are another part's.
PART_END_RE = patterns.compile("[；;。]")


#: The word that makes a name a rate's (…收入增速, …占比): no part of a quantity's owner.
RATE_WORD_END_RE = patterns.compile(r"(?:增速|增幅|涨幅|降幅|比重|占比)$")


#: Periods that may open a clause before a share opening it (每年70%左右财政支出…).
CLAUSE_PERIODS = ("每年", "每月", "全年", "今年")


#: Heads that say only what sort of thing is counted or paid: 实施项目, 落实资金, 4项内容.
GENERIC_HEADS = ("政策措施", "项目", "资金", "措施", "举措", "政策", "事项", "内容", "指标", "任务")
#: A topic that is a doer, an order or a stance, not a thing: 我们大力…, 要坚持…, 三要…,
#: 坚持把项目建设作为…
DOER_RE = patterns.compile(
    r"^(?:我们|我|要|必须|[一二三四五六七八九十]要|坚持|始终坚持|把(?![握关]))"
)
NO_TOPIC_RE = patterns.compile(rf"{DOER_RE.pattern}|^(?:{VERB_ALTERNATION}){NOT_A_BODY}")
#: Words of a share that name the same thing (比重…，占比…).
SHARE_WORDS = ("比重", "占比", "份额")
#: A change verb ending the words before a figure (民间投资增长|2.7%): up or down.
UP_BEFORE_RE = patterns.compile(rf"(?:{'|'.join(UP_WORDS)})$")
DOWN_BEFORE_RE = patterns.compile(rf"(?:{'|'.join(DOWN_WORDS)})$")


#: What stands between what grows and the speed it grows at (经济|保持以|7%的速度…).
SPEED_LEAD_RE = patterns.compile(r"^(?:保持|继续|力争)|(?:保持|继续|力争)?(?:以|按)?$")


#: Verbs of a figure's effect (带动, 拉动; 拉低, 拖累 the other way): what has the effect
#: is the owner of the figure before (大展总营收7.6亿元，带动城市综合消费350亿元).
EFFECT_VERBS = ("带动", "拉动", "拉低", "拖累", "撬动", "吸引")
#: Words that count things as new (新登记经营主体).
NEW_WORDS = "新增|新设立|新设|新登记|新注册|新认定"
#: A flow or a total before a name (新登记经营主体, …总量): the things themselves remain.
FLOW_WORDS_RE = patterns.compile(rf"^(?:{NEW_WORDS}|累计)|(?:总量|总数)$")


#: Verbs that set a bar after a share's things (…行政村集体经济收入超过|10万元).
THRESHOLD_VERBS = ("超过", "达到", "突破", "以上")
#: The figure of a bar, up to its unit's end (10万元, 50%).
BAR_RE = patterns.compile(rf"[0-9０-９.．]+[{HAN}%‰]{{0,4}}?(?=以上|[，。；、,;]|$)(?:以上)?")


#: Measures that name no owner alone (利润, 投资, 产值 …).
#: A speed of growth written alone (…，增速达到5.5%): the speed of what the text grows.
BARE_SPEEDS = ("增速", "增长速度")


#: An amount named only by these words is of what the clause before speaks of.
GENERIC_AMOUNT_NAMES = ("资金额度", "资金规模", "总规模", "资金", "额度", "规模", "总额", "金额",
                        "交易额", "成交额", "营业额", "总投资额", "总投资", "投资额", "标的额",
                        "标的金额")  # fmt: skip


#: A clause that is only an absolute change of the figure before (…，增加5232亿元).
BARE_CHANGE_RE = patterns.compile(
    r"[，、,]?(?:当年|全年|本年|今年)?(增加|减少|增长|下降|新增|提高|降低|上升)"
    r"|[，、,]?(?:同比|比上年|较上年)([增减])"  # 同比减952万元: the one character, said in full
)


def bare_change(found: re.Match[str]) -> str:
    """The change a :data:`BARE_CHANGE_RE` match says, in full (减 → 减少)."""
    return found.group(1) or {"增": "增加", "减": "减少"}[found.group(2)]


#: A verb of reach inside a subject: 试点要覆盖全国10%的县 is a share of the 县 reached.
VERB_IN_RE = patterns.compile(r"覆盖|惠及|通达|联通|延伸[到至]|(?:扩大|扩展|拓展|推广)[到至]")
#: Evaluations after 的, not the thing a rate is of (控制在3.5%的较低水平).
EVALUATIONS = ("水平", "区间", "高位", "低位", "位置", "目标", "范围")


#: The thing an amount belongs to, written after it with 的 (投资3亿元的滨河公园改造工程):
#: up to the clause end or the verb that starts its predicate.
OWNER_AFTER_RE = patterns.compile(
    rf"的(?!有|目标|任务|水平|基础|成绩|态势|格局|规模|增长|比重|历史|纪录|记录)([{HAN}“”（）()A-Za-z0-9—－\\-·]{{2,20}}?)(?=[，。；、,;]|$|签约|落地|开工|建成|完工|投用|投运|竣工|"
    r"通车|开通|投产|交付|运行|开业|启动|获批|通过|基本|正式|顺利|进展|已|将|全面|全部|成功|实现|完成|投入|相继|先后|陆续|"
    r"刷新|创下|创造|成为|填补|落户|加快|推进|列入|入选|带动|达到|达(?!标)|被|获评|荣获|提前|如期|按期|"
    # a time said before the deed (…工程于6月开工, 在年内建成): when, not whose
    r"(?:将|已)?于(?=[0-9今去明本上下年月近])|在(?=[0-9]{1,4}年|今年|年内|年底)|年内|年底前)"
)
#: Verbs that set money aside: a name ending with them says only who gives it
#: (国家从粮食风险基金中拿出).
ALLOCATION_VERBS = ("安排", "拿出", "投入", "下达", "筹集", "筹措", "拨付", "统筹")


#: The ends of the names of places a count may list (乡, 行政村, 街道, 社区).
PLACE_ENDS = ("乡", "镇", "村", "县", "区", "市", "旗", "街道", "社区", "组")


#: What may stand between a count and the next figure when both count the same things
#: (3座35万千瓦, 两批共发放4000万元).
SHARED_GAP_RE = patterns.compile(rf"(?:共计|共|计|合计)?(?:{VERB_ALTERNATION})?")
#: A modifier listed before the next figure (126个示范类、340个达标类小区).
MODIFIER_GAP_RE = patterns.compile(rf"[{HAN}]{{1,8}}[、和及与]")


#: Places of service counted or counted in: whose people a bare group counted after them
#: is (养老机构120家，…，入住老人8000人), whose part of a whole's count a part named by one is
#: (诊疗…，其中：医院…，专业公共卫生机构98万人次).
PLACE_WORDS = r"机构|中心|医院|卫生院|养老院|敬老院|福利院|图书馆|博物馆|文化馆|站"
PLACES_RE = patterns.compile(rf"(?:{PLACE_WORDS})$")
PLACE_WORD_RE = patterns.compile(PLACE_WORDS)


def among_parts(text: str, start: int) -> bool:
    """Whether the clause of a figure at ``start`` opens with 其中 (其中企业…, 其中：长绒棉…,
    …639公里、其中高铁…)."""
    clause = clause_start(text, start)
    segment = text[clause:start].lstrip("，、")
    segment = segment.rpartition("、")[2] if "、其中" in segment else segment
    return segment.startswith("其中") or text.endswith(
        ("其中：", "其中:", "其中，", "其中,"), 0, clause
    )
