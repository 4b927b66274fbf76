"""The check of a finished name (issue 15), applied last whatever rule built it.

``weakness`` says why a name would leave a reader asking what is measured: a
generic noun alone (投资, 企业), a qualifier (按可比价格), a share without its
whole, a verb without its object, fewer than two Han characters.  ``finish``
replaces such names; the rules of ``clauses`` and ``lists`` ask it before
lending a name.
"""

from __future__ import annotations

from functools import lru_cache

from reportpress import patterns
from reportpress.metrics.indicators.context import (
    BARE_SPEEDS,
    GENERIC_AMOUNT_NAMES,
    GENERIC_HEADS,
)
from reportpress.metrics.lexicon import (
    CASE_VERBS,
    HAN,
    HAN_LETTER,
    MILESTONES,
    TARGET_WORDS,
)
from reportpress.metrics.names import (
    han_len,
    leading_verbs_stripped,
)
from reportpress.metrics.subjects import (
    BARE_VERBS_RE,
    GENERIC_AMOUNTS,
    trim_prefix,
)

#: A budget a figure is set against, as a whole name (为预算调整数, 占年初预算): of the
#: measure before it, as a basis is (never at a name's end: 一般公共预算 is a budget's name).
BUDGET_PHRASE_RE = patterns.compile(
    r"(?:为|占|完成)?(?:年度|全年)?(?:(?:年初|调整后?|变动)(?:预算|预期)?|预算|预期)(?:调整后?数?|数)?"
    r"|占(?:全年|年度)?(?:计划|任务|目标)数"  # 占任务数的56.4%: the plan, not what
)
#: A basis a figure is read on (按可比价格计算, 同口径, 现价, 调整后): it says how, not what.
_QUALIFIER = (
    r"(?:按|以)?(?:可比价格?|可比口径|不变价格?|现价|同口径|自然口径|可比)(?:计算|比)?|调整后|自然(?=增长|增收|$)"
    r"|比上年(?:实际|同期)(?:[（(]下同[）)])?"
    r"|(?:扣除|剔除)[^，。；]{1,10}?(?:因素(?:后|影响)?|后)"
)
QUALIFIER_RE = patterns.compile(_QUALIFIER)
#: A clause between a figure and the one it names that names nothing itself: a basis,
#: or the balancing of a budget (收支相抵, 收支平衡).
#: A deduction said as a clause of its own, without 因素 or 后 (…收入扣除留抵退税，|同口径…).
_DEDUCTION = r"(?:扣除|剔除)[^，。；,;]{1,12}"
ASIDE_CLAUSE_RE = patterns.compile(rf"{_QUALIFIER}|{_DEDUCTION}|收支(?:相抵|两抵|平衡)(?:后)?")
#: A basis or a deduction closing a clause's words (…收入|扣除留抵退税): the words before
#: name the measure.
BASIS_TAIL_RE = patterns.compile(
    rf"(?:(?<=[{HAN}]{{2}})|(?<=[）)]))(?:{_QUALIFIER}|{_DEDUCTION})$"  # (…（GDP）|按可比价格计算)
)
#: The same written after the name it qualifies (一般公共预算收入同口径|增长5.5%).
QUALIFIER_TAIL_RE = patterns.compile(rf"(?<=[{HAN}]{{2}})(?:{_QUALIFIER})$")
#: The part of a whole, named alone (占比达到62%): of the thing before.
SHARE_NOUNS = ("占比", "比重", "份额")
#: A share noun alone, with the verb that gives its figure (占比达到, 比重提高到).
#: A price basis noted in brackets (（可比价）, （按现价计算）): how, not what.
PRICE_BASIS_NOTE_RE = patterns.compile(r"[（(](?:按|以)?(?:可比价格?|现价|不变价格?)(?:计算)?[）)]")
#: A period named alone (二季度, 1-5月, 上半年): when, not what; a part of a year is of the
#: measure the paragraph reports just before.
PERIOD_ONLY_RE = patterns.compile(
    r"(?:第?[一二三四1-4]季度|前三季度|[上下]半年|[0-9０-９]{1,2}(?:[-—－~～至][0-9０-９]{1,2})?月份?"
    r"|前[0-9一二三四五六七八九十]{1,2}个?月)"
)
#: A plan's word ending a measure's name (工业增加值|计划).
PLAN_WORD_END_RE = patterns.compile(r"(?:年度|全年)?(?:计划|目标|预期目标)$")
#: A light verb after a period named alone (上半年|完成).
PERIOD_VERB_RE = patterns.compile(r"(?:完成|实现|达到|累计)$")
SHARE_ONLY_RE = patterns.compile(
    r"(占比|比重|份额)(?:已|将|继续|进一步)?(?:达到|达|为|是|超过|突破|保持在|稳定在"
    r"|(?:提高|提升|上升|增长|增加|下降|降低|降)(?:到|至)?)?"
)
#: Nouns that say what sort of figure it is, never of what: a name that is only one of
#: them is weak.
WEAK_NOUNS = frozenset(
    GENERIC_AMOUNTS
    + GENERIC_AMOUNT_NAMES
    + GENERIC_HEADS
    + BARE_SPEEDS
    + SHARE_NOUNS
    + ("总量", "总数", "结余", "结转", "滚存结余", "余额", "增量", "增幅", "政策文件", "文件")
    + ("均价", "单价", "价格", "面积", "净增额", "净增加额", "增加额", "净增量", "平均值", "均值")
)
#: The unit a price or a rate is given per, after its noun (均价|每公斤): no part of what.
PER_UNIT_TAIL_RE = patterns.compile(rf"(?<=[{HAN}]{{2}})每[{HAN}]{{1,3}}$")
#: Words of time, plan or sum before a weak noun that say nothing of whose it is
#: (当年结余, 全年计划投资, 完成投资; 总计 stays whole).
WEAK_LEAD_RE = patterns.compile(
    r"^(?:全年|年内|今年|当年|本年|年度|年末|年底|年终|计划|预计|累计|其中|实际|完成|实现|共|涉及|涉案|安排|投入|下达|拨付|筹措|筹集|统筹|总(?![计额量数]))+"
)


@lru_cache(maxsize=4096)  # asked of the same names by many rules, in a paragraph and across
def weakness(name: str) -> str:
    """What is wrong with a finished name, told by its own words alone: ``qualifier``
    (可比, 同口径), ``qualified`` (a name with its basis after it: 财政收入同口径),
    ``share`` (占比 without its whole), ``from`` (由, 由2019年: a from–to's word alone),
    ``base`` (比2012年: a comparison's base alone),
    ``reach`` (达到, 增至: the verb reaching a level, alone),
    ``included`` (含代列支出: a note's part, named
    with the word that includes it), ``generic`` (总量, 资金, 结余, 实施项目), ``verb``
    (verbs without their object: 建设, 新建), ``short`` (under two Han characters);
    "" for a name that says what is measured."""
    if SHARE_ONLY_RE.fullmatch(name):
        return "share"
    if PERIOD_ONLY_RE.fullmatch(PERIOD_VERB_RE.sub("", name)):
        return "period"  # 二季度; 上半年完成: when, and a light verb, but not what
    if FROM_ONLY_RE.fullmatch(name):
        return "from"
    if name[:1] in "比较" and BASE_ONLY_RE.fullmatch(name):
        return "base"
    if REACH_ONLY_RE.fullmatch(name):
        return "reach"
    if INCLUDED_RE.match(name):
        return "included"
    if TARGET_ONLY_RE.search(name):
        return "target"
    if name[-2:] == "限额" and LIMIT_ONLY_RE.fullmatch(name):
        return "limit"
    if name.endswith(MILESTONES) and not name.endswith(("增速", "增幅")):
        return "milestone"
    bare = PRICE_BASIS_NOTE_RE.sub("", name) if "价" in name else name
    if han_len(bare) <= 7 and BARE_GROWTH_RE.fullmatch(bare):
        return "growth"  # 增长（可比价）: a growth on a stated price basis is still bare
    core = trim_prefix(name)
    core = WEAK_LEAD_RE.sub("", core) or core
    core = PER_UNIT_TAIL_RE.sub("", core) or core  # 均价每公斤: the price, per kilogram
    if core[-2:] in ("总计", "合计") and core[:-2] in WEAK_NOUNS:
        core = core[:-2]  # 支出总计: a total, of whose spending
    if (
        QUALIFIER_RE.fullmatch(core)
        or QUALIFIER_RE.fullmatch(name)
        or BUDGET_PHRASE_RE.fullmatch(core)
    ):
        return "qualifier"  # 可比; 为预算调整数: against what, not what
    if QUALIFIER_TAIL_RE.search(core):
        return "qualified"
    if core in WEAK_NOUNS or (
        leading_verbs_stripped(core) in WEAK_NOUNS and not STATUS_VERBS_RE.match(core)
    ):
        return "generic"  # 总量, 资金; 实施项目, 落实资金: only the sort of thing
    if han_len(core) < 2:
        return "short"
    if core in CASE_VERBS:
        return ""  # 结案269万件: a court's verb names the cases it counts
    if BARE_VERBS_RE.fullmatch(core) or STATUS_ONLY_RE.fullmatch(core):
        return "verb"
    return ""


#: The word of a from–to alone, with its year (…稳步增长，由2019年的12.4亿元增加到…): the
#: thing that changed is the topic of the clause before.
FROM_ONLY_RE = patterns.compile(r"[由从](?:(?:19|20)[0-9]{2}年|上年|去年|年初)?(?:底|末)?的?")
#: The base of a comparison alone (…再攀新高，|比2012年|的3545亿元增长58%): what is compared
#: is the topic of the clause before.
BASE_ONLY_RE = patterns.compile(r"[比较]((?:19|20)[0-9]{2}年|上年|去年|前年)(?:同期)?的?")
#: The verb reaching a level, alone (…稳步增长，达到3.2万元): what reached it is the
#: topic of the clause before.
REACH_ONLY_RE = patterns.compile(
    r"(?:已|再|首次|已经|分别|均)?(?:达到|达|为|突破|超过|增至|升至|降至|(?:增加|提高|提升|上升|下降|减少|降低)[到至])"
)
#: A target named alone, or after a note's opening bracket (预期目标为6%, …第2位（预期目标
#: 为8%以上）): the target of the figure before it in the same unit.
TARGET_ONLY_RE = patterns.compile(
    rf"(?:^|[（(])({'|'.join(sorted(TARGET_WORDS, key=len, reverse=True))})$"
)
#: A debt limit named by the verb that keeps a balance under it, or by who set it
#: (控制在省核定的限额, 低于债务限额, 在限额): the limit of the balance named before it.
LIMIT_ONLY_RE = patterns.compile(
    rf"(?:控制在|低于|不超过|未超过|均在|在)?(?:{HAN_LETTER}{{1,8}}?(?:核定|下达|批准)的?)?(?:债务)?限额"
)
#: A part a note includes, named with 含 (（含代列支出2亿元）); not 含税, 含量, 含金量.
INCLUDED_RE = patterns.compile(r"(?:不|未)?(?:包?含(?![税量金有])|包括)")
#: A second unit in brackets after a figure (100条（个）幸福河湖): no part of the noun.
UNIT_NOTE_RE = patterns.compile(rf"^[（(][{HAN}]{{1,2}}[）)]")
#: Verbs that pick out the things of a generic noun by the stage they reached (开工项目,
#: 开业项目, 投产项目): a name of its own, not a weak one.
STATUS_VERBS_RE = patterns.compile(
    r"^(?:新|再|已)?(?:开工|复工|竣工|完工|开业|投产|达产|建成|签约|落地|入库|在建|续建|获批|入选)"
)
#: A growth named by its verb alone (增长, 同比下降): of the figure or the topic before.
BARE_GROWTH_RE = patterns.compile(
    r"(?:同比|[比较]上一?年(?:同期)?|[比较]去年(?:同期)?)?(?:增长|下降|上升|提高|提升|降低|回落|增加|减少)了?"
    r"|(?:同比|比上年|较上年)(?:增速|增幅)"
    r"|逆势|逆市"  # …12.5亿元，逆势增长5%: the manner, its verb taken
)
#: Those verbs alone, their things left out (建成投产, 竣工投产).
STATUS_ONLY_RE = patterns.compile(
    r"(?:新|再|已)?(?:开工|复工|竣工|完工|开业|投产|达产|建成|签约|落地|入库|在建|续建|建设)+"
)
#: The longest a name made by the check may be, in Han characters.
FULL_NAME_MAX = 20
