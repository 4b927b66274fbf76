"""Indicators: the shortest phrase of the text that names what a figure measures.

Read from the clause's grammar.  A count standing before its noun is named by
that noun and the predicate picking the counted ones out; a rate or an amount
by the subject of its clause; a share by its whole; a list by its siblings.
The rules are an ordered chain (``chain_indicators``): each is tried where the
ones before it have found nothing.  The subject of a clause is found in
``subjects``, a counted noun in ``counted``; names are put together and tidied
in ``names``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from reportpress import patterns
from reportpress.metrics.counted import (
    CAPACITY_WORDS,
    GIFT_NOUNS,
    NOUN_AFTER_RE,
    NOUN_ATTRIBUTE_RE,
    NOUN_START_RE,
    OUTCOMES,
    PREDICATE_START,
    counted_name,
    noun_unit,
)
from reportpress.metrics.lexicon import (
    ATTRIBUTIVE,
    CAPACITY_NAMES,
    CHANGE_VERB_BEFORE_RE,
    COMPARED_TARGET_RE,
    COMPARED_WORD_RE,
    DIGIT_RE,
    DOWN_WORDS,
    EARLIER_PERIOD,
    FACILITY_HEAD_RE,
    FOREIGN_MONEY,
    GENERIC_SUBJECT,
    GROWTH_AFTER_DE_RE,
    GROWTH_TARGET_RE,
    HAN,
    HAN_LETTER,
    HAN_ONLY_RE,
    MILESTONE_AFTER_RE,
    MILESTONES,
    NOT_A_BODY,
    PERSON_UNITS,
    PREDICATE_DURATION_RE,
    RATE_HELD_RE,
    REMOVAL_VERBS,
    SPEEDS,
    TARGET_WORDS,
    UP_WORDS,
    VERB_ALTERNATION,
    VERBS,
)
from reportpress.metrics.names import (
    ABS_CHANGE_RE,
    COMPARED_CHANGE_RE,
    EXCESS_RE,
    HARVEST_CHANGES,
    LEADING_VERBS_RE,
    MEASURE_HEADS,
    SHARED_HEAD_RE,
    SHARED_MODIFIER_RE,
    han_len,
    head_owner,
    join_once,
    leading_verbs_stripped,
    light_stripped,
    parallel_parts,
    shared_head,
    tidy,
    visible_len,
    with_predicate,
    without_absolute_change,
)
from reportpress.metrics.scan import (
    WINDOW,
    Item,
    ahead,
    clause_end,
    clause_start,
    figures,
    kind_of_unit,
    opens_clause,
    unit_base,
)
from reportpress.metrics.subjects import (
    BARE_VERBS_RE,
    FRAME_HEAD_RE,
    GENERIC_AMOUNTS,
    MANNER_RE,
    OWNED_AMOUNT_RE,
    PIVOT_RE,
    VERB_END_RE,
    VERB_START_RE,
    clause_subject,
    measure_after_state,
    next_object,
    previous_object,
    previous_rate_owner,
    previous_subject,
    share_whole,
    trim_prefix,
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
    r"[高低]于[^，。；、]{1,6}$|(?<![占对])比(?![重例率])[^，。；、比]{2,12}?(?:分别)?(?<![提降升抬减])[高低快慢]$"
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


def _elided_object(verb: str, sentence: list[Item]) -> str:
    """Name for a bare verb whose object the list left out (完工52个, 竣工6865套)."""
    prev = sentence[-1].indicator
    if (m := re.search(rf"新?(?:{VERB_ALTERNATION})$", prev)) and m.start() > 0:
        return prev[: m.start()] + verb  # 老旧小区改造新开工7个、完工52个
    if (m := re.match(rf"(?:新|已)?(?:{VERB_ALTERNATION})+", prev)) and m.end() < len(prev):
        return verb + prev[m.end() :]  # 建设筹集保障性住房4200套、竣工6865套
    nouns = [it.indicator for it in sentence if it.indicator]
    head = shared_head(nouns) if len(nouns) > 1 else ""
    return with_predicate(verb, head or prev)  # 存量项目31个、启动实施9个


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most ``SENTENCE_WINDOW``."""
    limit = max(0, pos - SENTENCE_WINDOW)
    stop = text.rfind("。", limit, pos)
    return stop + 1 if stop >= 0 else limit


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
    kept = []
    for item in items:
        lo = max(0, item.start - SENTENCE_WINDOW)  # a note opens inside the sentence read
        opening = max(text.rfind("（", lo, item.start), text.rfind("(", lo, item.start))
        closed = opening >= 0 and not NOTE_CLOSE_RE.search(text, opening, item.start)
        if not (closed and NOTE_CLOSE_RE.search(text, item.end, start)):
            kept.append(item)
    return kept or items


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


#: The word that makes a name a rate's (…收入增速, …占比): no part of a quantity's owner.
RATE_WORD_END_RE = patterns.compile(r"(?:增速|增幅|涨幅|降幅|比重|占比)$")


def chain_indicators(text: str, chain: list[Item], earlier: list[Item]) -> list[str]:
    """The indicator of each figure of a list, tidied, and named by what follows
    when the clause gave only a generic word (投资3亿元的滨河公园改造工程)."""
    names = [tidy(name) for name in _clause_indicators(text, chain, earlier)]
    after = text[chain[-1].after : chain[-1].after + WINDOW]
    if kind_of_unit(chain[-1].unit) == "amount" and (
        m := after[:1] == "的"
        and (LISTED_PROJECT_AFTER_RE.match(after) or OWNER_AFTER_RE.match(after))
    ):
        names = [
            _owner_and_amount(m.group(1), name)
            if han_len(name) <= 4 or name.endswith(GENERIC_AMOUNTS)
            else name
            for name in names
        ]
    comma = after[:1] in "，,"
    if not comma and WORK_AFTER_RE.match(after) and any(after.startswith(n) for n in names):
        # 投入资金3亿元建设城北物流园: the deed after the sum named it; the sum is the clause's
        own = clause_subject(text, clause_start(text, chain[0].start), chain[0].start)
        if _bare_amount(text, chain[0], own):
            for item in chain:
                item.noun = ""  # the deed is no noun of the sum: the count after reads it
            names = [own if after.startswith(name) else name for name in names]
    if (
        kind_of_unit(chain[-1].unit) == "amount"
        and (comma or WORK_AFTER_RE.match(after))  # 投入资金800万元完成各类道路工程…
        and all(_bare_amount(text, chain[0], name) for name in names)
        and (
            thing := next_object(text, chain[-1].after + comma)
            or next_object(_without_counts(text, chain[-1].after + comma), 0).lstrip("、的")
        )
        and not thing.endswith("的")  # 支出620亿元，完成预算的89%: a completion, no object
    ):
        names = [thing + name for name in names]  # 投资1亿元，启动实施水厂改扩建工程
    if kind_of_unit(chain[-1].unit) == "amount" and (use := _use_after(text, chain[-1], names)):
        names = use  # 安排30亿元国债资金，重点支持煤矿瓦斯治理: what the money is for
    elif (
        kind_of_unit(chain[-1].unit) == "amount"
        and all(name.endswith(ALLOCATION_VERBS) for name in names)
        and (done := DONE_TO_AFTER_RE.match(text, chain[-1].after))
        and han_len(done.group(1) + done.group(2)) <= 20
    ):
        # 国家财政将投入200亿元，对乡镇卫生院…进行改造: the money is for that work
        names = [f"{done.group(1)}{done.group(2)}资金"] * len(names)
    if min(map(han_len, names), default=2) < 2 and (thing := _thing_after(after)):
        names = [thing if han_len(name) < 2 else name for name in names]
    if (
        (not names or names[0].endswith("类"))
        and all(n.endswith("类") and han_len(n) <= 8 for n in names)
        and (head := _kinds_head(text, chain[0].start, earlier))
    ):
        names = [name + head for name in names]  # 项目105个，其中，工业类3个: 工业类项目
    clause = text[clause_start(text, chain[0].start) : chain[0].start]
    if (
        len(chain) == 2
        and names[0] == names[1]
        and (pair := PAIR_WORD_RE.search(names[0]))
        and (pair.group() == "城乡" or "分别" in clause and not re.search("[、和]", clause))
    ):
        # 城乡低保标准分别提高26.7%、27%; 存贷款余额分别达…: the pair the list walks through.
        first, second = PAIR_WORDS[pair.group()]
        names = [
            names[0].replace(pair.group(), first, 1),
            names[1].replace(pair.group(), second, 1),
        ]
    if chain[-1].unit == "条" and (package := _policy_package(text, chain[0], chain[-1])):
        names = [package] * len(names)
    amount = kind_of_unit(chain[-1].unit) == "amount"
    names = [_owned_by_words_before(text, chain[0], name, earlier, amount) for name in names]
    names = _per_head_owned(text, chain, names)
    names = [
        _owned_in_context(text, chain[0], item, name, earlier)
        for item, name in zip(chain, names, strict=True)
    ]
    segment = text[clause_start(text, chain[0].start) : chain[0].start]
    if PER_DAY_RE.search(segment) and (
        per := next((word for word in PER_DAY_WORDS if word in segment), "")
    ):
        # 平均每天新增620户: a figure per day or month is no total; the name says so.
        names = [name if per in name else per + name for name in names]
    if not all(names):  # never an empty name: the clause's own words after the figure
        after = text[chain[-1].after : clause_end(text, chain[-1].after)]
        rest = tidy(re.split(r"位?居|排名|[、（(]", after)[0])[:24]
        names = [name or rest for name in names]
    return names


#: A verb issuing policies that opens the clause of a package counted in 条 (印发…18条).
ISSUED_RE = patterns.compile(r"(?:先后|相继|陆续|制定)?(?:印发|出台|制定|发布|推出)(?:实施)?")
#: What a package's aim is written with: Han letters and quotes, no figure, no 的.
AIM_RE = patterns.compile(rf"(?:{HAN_LETTER}|[“”]){{2,16}}")
#: Heads that name a package themselves (…政策措施33条, 地方性法规12条).
PACKAGE_HEADS = ("政策", "措施", "举措", "意见", "办法", "规定", "条例", "法规", "条款", "细则")


#: What closes a list of policy packages after its last count (…8条|等政策).
PACKAGES_AFTER = ("等政策", "等措施", "等举措", "等文件", "等政策措施")


def _policy_package(text: str, first: Item, last: Item) -> str:
    """A package of policy articles named by its aim with the count last (印发促消费18条、
    支持外贸稳规模12条 → 促消费政策措施): the articles are policy measures; "" when the
    words say what they are (…政策措施33条) or no issuing verb opens the clause."""
    listed_end = text[last.after : last.after + 1] in ("", "、", "，", "。", "；", ",", ";", "和")
    if not listed_end and not text.startswith(PACKAGES_AFTER, last.after):
        return ""  # 出台稳就业15条、促消费8条等政策: 等 closes the list of packages
    clause = MANNER_RE.sub("", text[clause_start(text, first.start) : first.start])
    if not (issued := ISSUED_RE.match(clause)):
        return ""
    aim = clause[max(issued.end(), clause.rfind("、") + 1) :]
    if not AIM_RE.fullmatch(aim) or aim.endswith(PACKAGE_HEADS):
        return ""
    return aim + "政策措施"


def _owned_by_words_before(
    text: str, first: Item, name: str, earlier: list[Item], amount: bool
) -> str:
    """The rules that give a name the owner, body or context the words before its list
    name, in their order (each reads only the text and the figures before: a name at a
    time, all rules, is the same as a rule at a time, all names)."""
    name = _strengthened(text, first, name)
    name = _owned_by_clause_before(text, first, name, earlier)
    if name[-1:] in "润税金入收额值":
        name = _firms_across_semicolon(text, first, name, earlier)
    name = _owned_by_body_before(text, first, name, earlier)
    name = _lent_by_context(text, first, name, earlier)
    return _purpose_before(text, first, name) if amount else name


def _owned_in_context(text: str, first: Item, item: Item, name: str, earlier: list[Item]) -> str:
    """The rules that make a name whole from its sentence, once per-head names have their
    owner, in their order: a raise, a ranking, a flow, the people reached or solved, the
    insured, the sentence's owner, a short name's owner."""
    name = _per_head_raise(text, first, name)
    name = _ranking_owned(text, first, name)
    name = _part_of_flow(text, first, name, earlier)
    name = _owner_of_the_same_word(text, first, name, earlier)
    name = _people_reached(text, item, name)
    name = _people_solved(text, item, name)
    name = _insured_by(text, first, name)
    name = _owned_in_sentence(text, first, name, earlier)
    if "参" in name or "观" in name or "签约" in name:  # the words the rule needs
        name = _entrants_of_event(text, first, name)
    if name[:2] in ("获得", "争取", "获取", "取得"):
        name = _obtained_by_counted(text, first, name, earlier)
    if name[:2] in REACH_STARTS:
        name = _reached_by_deed_before(text, first, name, earlier)
    return _short_name_owned(text, first, name) if len(name) <= 4 else name


#: Verbs of reach that open a clause of the people or firms a deed before reached.
REACH_STARTS = ("惠及", "受益", "覆盖")


def _reached_by_deed_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """Those reached, counted in a clause that opens with the verb of reach, are reached by
    the sum whose figure ends the clause before (减税降费4.6亿元，惠及市场主体2.3万户 →
    减税降费惠及市场主体), not by anything at all; after a count (…活动1200场，惠及市民…)
    the answer key keeps the bare 惠及市民, and so does this rule."""
    start = clause_start(text, first.start)
    if kind_of_unit(first.unit) != "count" or not text.startswith(name[:2], start):
        return name  # a share reached (惠及90%的在校生) is of a whole the rule does not read
    if start < 2 or text[start - 1] not in "，,":
        return name
    prev = _last_after(earlier, _sentence_start(text, first.start))
    if (
        not prev
        or kind_of_unit(prev.unit) != "amount"  # money spent reaches them; events counted
        or prev.end > start
        or start - 1 - prev.end > 2  # the figure ends the clause before (约, 以上 at most)
        or not 2 <= han_len(deed := prev.indicator) <= 10
        or re.search(r"[、的]", deed)
        or deed[:2] in REACH_STARTS
    ):
        return name
    return deed + name


#: Verbs of obtaining a sum (获得授信, 争取到贷款): the sum is of whoever obtained it.
OBTAINED_RE = patterns.compile(rf"(?:获得|争取到|获取|取得)[{HAN}]{{1,4}}")


def _obtained_by_counted(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A sum obtained, named by the deed only, is of the things the count just before
    names (引导27家外贸企业获得授信3.6亿元 → 外贸企业获得授信), not every firm's."""
    if not OBTAINED_RE.fullmatch(name):
        return name
    prev = _last_after(earlier, clause_start(text, first.start))
    if (
        not prev
        or kind_of_unit(prev.unit) != "count"
        or not prev.noun
        or text[prev.after : first.start] != prev.noun + name
    ):
        return name
    return prev.noun + name


#: Those who take part, named with what they do (企业参展, 观众参观).
ENTRANTS_RE = patterns.compile(rf"([{HAN}]{{1,4}}?)(参展|参会|参赛|参演|参观|观展|观赛)")
#: An event the sentence names before its entrants are counted (第五届…博览会，吸引…).
EVENT_RE = patterns.compile(
    rf"((?:第[一二三四五六七八九十百0-9０-９]{{1,4}}届)?(?:{HAN_LETTER}|[“”·《》0-9０-９]){{2,24}}?"
    r"(?:(?<![社机都协学工])会|(?<![发进拓开扩伸施])展|(?<![环季春时礼])节|赛|论坛))"
    r"(?=[，,]|吸引|期间|共有|有)"
)
HOSTING_RE = patterns.compile(r"(?:成功)?(?:举办|承办|召开|主办|举行)")


#: What is signed at an event, named without it (现场签约项目, 签约金额).
SIGNED_RE = patterns.compile(r"(?:现场)?(签约(?:项目|金额|总金额|总额|投资|资金))")


def _entrants_of_event(text: str, first: Item, name: str) -> str:
    """Entrants counted without their event (419家企业参展), or what was signed there
    (签约金额), are the event's: the one the sentence names before them (第五届农产品
    博览会，吸引…企业参展 → 第五届农产品博览会参展企业; …招商会，签约金额… →
    …招商会签约金额), not every firm at any fair nor the year's signed investment."""
    who = ENTRANTS_RE.fullmatch(name)
    signed = None if who else SIGNED_RE.fullmatch(name)
    if not (who or signed):
        return name
    start = _sentence_start(text, first.start)
    cut = max(text.rfind("；", start, first.start), text.rfind("\n", start, first.start))
    if not (event := EVENT_RE.search(text, max(start, cut + 1), first.start)):
        return name
    held = HOSTING_RE.split(event.group(1))[-1]
    if han_len(held) < 4:
        return name
    return f"{held}{who.group(2)}{who.group(1)}" if who else held + signed.group(1)


#: Verbs of help or of a flow before a count whose noun is one generic word: the count
#: is of the ones helped or added (累计支持近2000家|企业, 净增经营主体…、企业14万家).
HELPED_VERBS = "支持|扶持|帮助|帮扶|引导|带动|吸引|培育|服务|走访|指导|净增|新增"
HELPED_BEFORE_RE = patterns.compile(rf"({HELPED_VERBS})$")
HELPED_LIST_RE = patterns.compile(rf"^(?:累计|全年|今年|共)?({HELPED_VERBS})[^，。；]{{2,30}}、")


def _helped(text: str, first: Item, name: str) -> str:
    """A count named by one generic word (企业, 项目) after a verb of help or a flow
    that the name left out (支持2000家企业 → 支持企业); the same verb for the next item of
    a list (净增经营主体…、企业… → 净增企业)."""
    if name[:1] in "新净" or not HAN_ONLY_RE.fullmatch(name) or re.fullmatch(HELPED_VERBS, name):
        return name
    segment = text[clause_start(text, first.start) : first.start]
    if segment.endswith("、" + name):
        helped = HELPED_LIST_RE.match(segment)
    else:
        helped = HELPED_BEFORE_RE.search(segment)
    return helped.group(1) + name if helped else name


#: Periods that may open a clause before a share opening it (每年70%左右财政支出…).
CLAUSE_PERIODS = ("每年", "每月", "全年", "今年")


def _short_name_owned(text: str, first: Item, name: str) -> str:
    """A name of one or two words that says only what sort of thing it is (增速, 救助,
    企业) given the owner its clause or the text before writes, decided by the name
    first so that the common case reads nothing (names of at most four characters)."""
    if name in BARE_SPEEDS:
        return _speed_of_the_economy(text, first, name)
    if name in GIFT_WORDS:
        return _gift_per_head(text, first, name)
    return _helped(text, first, name) if len(name) <= 2 else name


#: What is done with a sum, said after it (…亿元，对乡镇卫生院…进行改造).
DONE_TO_AFTER_RE = patterns.compile(
    rf"[，,]对((?:{HAN_LETTER}|[“”、]){{2,20}}?)(?:进行|开展|实施)((?:{HAN_LETTER}){{2,6}}?)(?=[，。；,;]|$)"
)


#: A deed written right after a sum, with no comma (…800万元|完成各类道路工程): what it paid for.
WORK_AFTER_RE = patterns.compile(r"(?:完成|实施|新建|建设|改造|用于)")


def _bare_amount(text: str, first: Item, name: str) -> bool:
    """Whether a sum's name is a generic amount alone (投资, 全年计划投资), or one completed
    or spent (完成投资, 投入资金) in a clause opening its sentence: what follows it then
    says of what."""
    amount = PLAN_WORDS_RE.sub("", name)
    if amount in GENERIC_AMOUNTS:
        return True
    start = clause_start(text, first.start)
    opens_sentence = start == 0 or text[start - 1] in "。；\n"
    return opens_sentence and SPENDING_LEAD_RE.sub("", amount) in GENERIC_AMOUNTS


#: The verb a sum opening its sentence is completed or spent by (完成|投资, 投入|资金).
SPENDING_LEAD_RE = patterns.compile(r"^(?:完成|投入|安排|筹集|整合)")


#: How far back a bare speed looks for the economy it is the speed of.
ECONOMY_WINDOW = 200


def _speed_of_the_economy(text: str, first: Item, name: str) -> str:
    """A speed of growth that nothing before it in the clause or the clause before
    owns (稳增长…，有5%左右的增速就能…) is the economy's when the text just before
    speaks of the economy or its growth (经济, 稳增长): the genre leaves it unsaid."""
    before = text[max(0, first.start - ECONOMY_WINDOW) : first.start]
    return "经济增长速度" if "经济" in before or "稳增长" in before else name


#: A sum given per head as a named benefit (给予每人1万元救助): who gets it, before 给予.
GIFT_PER_HEAD_RE = patterns.compile(
    rf"(?:对|为|向)?((?:{HAN_LETTER}|[“”]){{2,14}}?)(?:给予|发放|提供)(每[人户年月]?(?:每[年月])?)$"
)
#: Benefits named by one word after their sum (…5000元救助).
GIFT_WORDS = ("救助", "补助", "补贴", "资助", "奖励", "奖补", "慰问金")


def _gift_per_head(text: str, first: Item, name: str) -> str:
    """A benefit named by its word alone (救助) is the receivers' per head, when the
    clause gives it to them (对患重病的困难老人给予每人5000元救助 → 困难老人每人救助)."""
    segment = text[clause_start(text, first.start) : first.start]
    given = GIFT_PER_HEAD_RE.search(segment)
    if not given:
        return name
    receiver = given.group(1).rpartition("的")[2]
    return receiver + given.group(2) + name if han_len(receiver) >= 2 else name


#: Heads that say only what sort of thing is counted or paid: 实施项目, 落实资金, 4项内容.
GENERIC_HEADS = ("政策措施", "项目", "资金", "措施", "举措", "政策", "事项", "内容", "指标", "任务")
#: Things listed up to 等 right before their count (A、B、C等14个项目).
LISTED_BEFORE_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[“”（）]){{2,40}}、(?:{HAN_LETTER}|[“”（）、]){{2,60}}?)等$"
)
#: A generic head and the state its things reached (项目全部完工, 项目已竣工).
HEAD_DONE_RE = patterns.compile(
    rf"(?:{'|'.join(GENERIC_HEADS)})(?:全部|均已|均|已|顺利|基本|如期)(?:{VERB_ALTERNATION})"
)
#: One thing named before 等 and its count (实施的向阳幼儿园等|6个项目).
ONE_LISTED_RE = patterns.compile(
    rf"(?:的|实施|推进|建设|完成)((?!的)(?:{HAN_LETTER}|[“”]){{2,12}}?)等$"
)
#: The generic heads that name a policy (改革举措, 惠企政策): what they are for is the owner.
POLICY_HEADS = ("政策措施", "措施", "举措", "政策")
#: What a policy is for, written before it with 的 after the verb that issues it
#: (出台…稳定外贸、扩大消费的|八项措施).
POLICY_AIM_RE = patterns.compile(
    rf"^(?:.*(?:推出|出台|制定|实施|落实|采取|提出|印发|发布))?((?:{HAN_LETTER}|[“”、]){{4,24}}?)的$"
)
#: Where a sentence's topic ends and its report of progress starts
#: (对口援建持续深化, 制造业数字化转型深入开展).
TOPIC_END_RE = patterns.compile(
    r"(?:持续|不断|快速|迅速|进一步|稳步|大幅度?|明显|深入|全面|扎实|有序|取得|成效|显著|向好|"
    r"有力|更加|逐步|蓬勃|强劲|稳健|强势|稳中|摆脱|企稳|逆势)"
)
#: A topic that is a doer or an order, not a thing: 我们大力…, 要坚持…, 三要….
DOER_RE = patterns.compile(r"^(?:我们|我|要|必须|[一二三四五六七八九十]要)")
NO_TOPIC_RE = patterns.compile(rf"{DOER_RE.pattern}|^(?:{VERB_ALTERNATION}){NOT_A_BODY}")


#: A plan named by its period (“十四五”规划, “十五五”专项规划): no period frame to strip.
PLAN_NAME_RE = patterns.compile(rf"“[^“”]{{2,6}}”[{HAN}]{{0,4}}?(?:规划|纲要|计划)")


def _lent_by_context(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A name that says too little alone, completed from its context: a generic amount
    by its scope, a gap by the change before, an outcome by its task, a bare measure
    by the firms before.  Each kind is told by the name's own words before anything
    else is read."""
    if name in GENERIC_AMOUNTS:
        return _scoped(text, first, name)
    if name.endswith(OUTCOMES):
        return _outcome_of_task_before(text, first, name)
    if name.endswith(MEASURE_HEADS):
        return _firms_measure_before(text, first, name, earlier)
    if name.startswith(GAP_WORDS) and GAP_ONLY_RE.fullmatch(name):
        return _gap_of_figure_before(text, first, name, earlier)
    return name


#: A gap with no subject of its own (…增长2.7%，高出全国平均水平9.1个百分点).
GAP_WORDS = ("高出", "高于", "低于", "快于", "慢于", "超出")
GAP_ONLY_RE = patterns.compile(rf"(?:{'|'.join(GAP_WORDS)})[^，。；、]{{2,12}}")
#: A change verb ending the words before a figure (民间投资增长|2.7%): up or down.
UP_BEFORE_RE = patterns.compile(rf"(?:{'|'.join(UP_WORDS)})$")
DOWN_BEFORE_RE = patterns.compile(rf"(?:{'|'.join(DOWN_WORDS)})$")


def _gap_of_figure_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A gap opening its clause is the gap of the change that ends the clause before:
    民间投资增长2.7%，高出全国平均水平9.1个百分点 → 民间投资增速高出全国平均水平; a gap
    in money is the measure's own (收入增长10.2%，高出…1260元 → 收入高出…)."""
    start = clause_start(text, first.start)
    if start < 2 or text[start - 1] not in "，,":
        return name
    prev = _last_after(earlier, clause_start(text, start - 1))
    if not prev or not prev.indicator or text[prev.end : start - 1].strip():
        return name  # the figure before must end its clause
    words = text[clause_start(text, prev.start) : prev.start]
    if kind_of_unit(first.unit) == "amount" and kind_of_unit(prev.unit) == "rate":
        return f"{prev.indicator}{name}"  # …增长10.2%，高出全省平均水平1260元: the income's gap
    if UP_BEFORE_RE.search(words):
        return f"{prev.indicator}增速{name}"
    if DOWN_BEFORE_RE.search(words):
        return f"{prev.indicator}降幅{name}"
    return name


def _outcome_of_task_before(text: str, first: Item, name: str) -> str:
    """深化职务科技成果权属改革，形成10个以上典型案例 → 职务科技成果权属改革典型案例:
    an outcome counted alone is of the task the clause before names (a clause with no figure)."""
    outcome = leading_verbs_stripped(name)
    if outcome not in OUTCOMES and not (outcome.endswith(OUTCOMES) and han_len(outcome) <= 6):
        return name
    start = clause_start(text, first.start)
    task = previous_object(text, start)
    if not 2 <= han_len(task) <= 14 or re.search(r"[、的]", task):
        return name
    return task + outcome


#: What stands between what grows and the speed it grows at (经济|保持以|7%的速度…).
SPEED_LEAD_RE = patterns.compile(r"^(?:保持|继续|力争)|(?:保持|继续|力争)?(?:以|按)?$")
#: Owners whose measures the clause after goes on listing (省属企业资产总额…，工业总产值…).
FIRMS_RE = patterns.compile(rf"(?:{HAN_LETTER}|[“”]){{1,8}}?(?:企业|集团|公司)(?=[{HAN}])")


def _firms_measure_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A bare measure opening its clause is of the firms whose measure ends the clause
    before: 省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元 → 省属企业工业总产值."""
    if han_len(name) > 6 or OWN_SCOPE_RE.match(name):
        return name
    start = clause_start(text, first.start)
    if start < 2 or text[start - 1] not in "，," or text[start : first.start].find(name) != 0:
        return name  # the measure must open its clause
    prev = _last_after(earlier, clause_start(text, start - 1))
    firms = FIRMS_RE.match(prev.indicator) if prev else None
    if not prev or not firms or not SHARED_HEAD_RE.search(prev.indicator, firms.end()):
        return name
    return firms.group() + name


#: The scope a generic amount is written with (全年|投资, 全市|支出).
SCOPED_RE = patterns.compile(
    r"(?:全年|全市|全省|全县|全区|全国|全社会|上半年)(资金|投资|投入|经费|收入|支出|规模|总额)"
)


def _scoped(text: str, first: Item, name: str) -> str:
    """A generic amount alone (投资) with the scope its clause opens with: 全年投资增长5%."""
    start = clause_start(text, first.start)
    scoped = SCOPED_RE.match(text, start + (text[start : start + 1] in "，、 "), first.start)
    return scoped.group() if scoped and scoped.group(1) == name else name


def _doer_of_generic(segment: str, name: str) -> str:
    """Who does the verb of a generic name (设置指标, 安排资金) when the clause writes it
    right before the verb: “十五五”规划|共设置26项指标 → “十五五”规划设置指标; "" if none."""
    head = next(h for h in GENERIC_HEADS if name.endswith(h))
    verb = name[: len(name) - len(head)]
    if han_len(verb) != 2 or not segment.endswith(verb):
        return ""
    written = re.sub(r"(?:共|累计|先后|已|再|又|还|拟|将|要)+$", "", segment[: -len(verb)])
    plan = PLAN_NAME_RE.match(written)  # “十五五”规划: the plan's name whole, no period
    doer = written if plan else FRAME_HEAD_RE.sub("", written)
    if (
        2 <= han_len(doer) <= 12
        and not re.search(r"[0-9０-９、，,]", doer)
        and not NO_TOPIC_RE.match(doer)
        and not VERB_END_RE.search(doer)
    ):
        return doer
    return ""


def _strengthened(text: str, first: Item, name: str) -> str:
    """A generic name (实施项目, 落实资金) joined to the topic of its sentence, when the
    sentence opens with a clause of its own that names a thing and reports its
    progress (对口援建持续深化，…，实施项目681个 → 对口援建实施项目)."""
    segment = text[clause_start(text, first.start) : first.start]
    if name.endswith(GENERIC_HEADS) and (doer := _doer_of_generic(segment, name)):
        return doer + name  # “十五五”规划共设置26项指标: whose indicators
    if (
        name.startswith(GENERIC_HEADS)
        and HEAD_DONE_RE.fullmatch(name)
        and (listed := LISTED_BEFORE_RE.search(segment) or ONE_LISTED_RE.search(segment))
    ):
        items = leading_verbs_stripped(listed.group(1).rpartition("的")[2])
        if visible_len(items) <= 16:
            return f"{items}等{name}"  # 实施的向阳幼儿园等6个项目全部完工: which ones
    head = leading_verbs_stripped(name)
    if head not in GENERIC_HEADS and not (head.endswith(POLICY_HEADS) and han_len(head) <= 4):
        # 实施项目; 改革举措: a policy word with at most two characters more; any deed of
        # helpers a sentence names (A、B对口协作，…投入财政援助资金…): theirs
        if head == name or not COOPERATION_WORD_RE.search(
            text, max(0, first.start - WINDOW), first.start
        ):
            return name
        helpers, cooperation = _sentence_topic(text, first)
        return helpers + name if cooperation and han_len(name) <= 10 else name
    segment = re.sub(r"^(?:以|围绕|按照)", "", segment)  # 以A、B等4项内容为重点: no preposition
    if head in POLICY_HEADS and (aim := POLICY_AIM_RE.match(segment)):
        # 推出扩大内需、促进经济增长的十项措施: what the measures are for names them.
        return f"{MANNER_RE.sub('', aim.group(1))}的{head}"
    if listed := LISTED_BEFORE_RE.search(segment):
        # 实施了标准化幼儿园、滨河小学新建等14个项目: the list names them.
        items = leading_verbs_stripped(re.sub(r"^(?:[^、]*?了)", "", listed.group(1)))
        whole = f"{items}等{head}"
        return whole if visible_len(whole) <= 24 else f"{items.split('、')[0]}等{head}"
    owner = leading_verbs_stripped(MANNER_RE.sub("", segment))
    if (
        owner != segment
        and head not in owner  # 出台政策措施30项: the count follows its own noun
        and 4 <= han_len(owner) <= 14
        and not re.search(r"[0-9０-９、]", owner)
        and not VERB_END_RE.search(owner)
        and not NO_TOPIC_RE.match(owner)
    ):
        # 落实开发区管理制度改革30条政策措施: the owner before the count; a verb of the
        # name not in the clause stays (实施水厂3万吨扩建项目 → 水厂扩建项目).
        verbs = name[: len(name) - len(head)]
        return owner + (head if verbs in segment else name)
    topic, _ = _sentence_topic(text, first)
    return join_once(topic, name) if topic else name


def _sentence_topic(text: str, first: Item) -> tuple[str, bool]:
    """The thing a sentence opens with in a clause of its own, before a figure's clause:
    cut where its report of progress starts (对口援建持续深化 → 对口援建), or a deed of
    cooperation whole (五年来，A、B对口协作、倾力帮扶 → A、B对口协作), and whether it
    is the latter; ("", False) when the sentence opens otherwise."""
    begin = _sentence_start(text, first.start)
    end = clause_end(text, begin)
    opening = text[begin:end].strip()
    if TIME_OPENING_RE.fullmatch(opening):  # 五年来，A、B对口协作、倾力帮扶，…: after when
        begin = end + 1
        end = clause_end(text, begin)
        opening = HELP_TAIL_RE.sub("", text[begin:end].strip())
    cut = TOPIC_END_RE.search(opening, 2)
    cooperation = not cut and bool(COOPERATION_END_RE.search(opening, 2))
    stop = cut.start() if cut else len(opening) if cooperation else 0
    if (
        not stop
        or end >= clause_start(text, first.start)
        or "；" in text[end : first.start]  # …；37家中央定点帮扶单位…、引进项目: another doer
        or DIGIT_RE.search(opening)
        or NO_TOPIC_RE.match(opening)
        or not 2 <= han_len(topic := opening[:stop]) <= 12
        or topic.endswith(AIMS)
    ):
        return "", False
    return topic, cooperation


#: A sentence's opening that says only since when (五年来, 过去一年): the topic is after it.
TIME_OPENING_RE = patterns.compile(r"[^，。；]{0,8}(?:来|以来|期间|过去一年)")
#: A manner of helping listed after the helpers' deed (…对口协作、倾力帮扶): no topic.
HELP_TAIL_RE = patterns.compile(r"、(?:倾力|全力|大力|积极|精准|持续|深入)[\u4e00-\u9fff]{2}$")
#: A deed of cooperation ending a topic with no report of progress (天津、山东对口协作).
COOPERATION_END_RE = patterns.compile(r"(?:对口协作|对口支援|东西部协作|对口帮扶|定点帮扶)$")
COOPERATION_WORD_RE = patterns.compile(r"协作|对口支援|帮扶")
#: Topics that name an aim, not a thing (发展着力点不断向…聚焦): they own no figure.
AIMS = ("着力点", "落脚点", "着眼点", "切入点", "方向", "思路")


#: Verbs of a figure's effect (带动, 拉动): what has the effect is the owner of the figure
#: before (大展总营收7.6亿元，带动城市综合消费350亿元).
EFFECT_VERBS = ("带动", "拉动", "撬动", "吸引")
#: A flow or a total before a name (新登记经营主体, …总量): the things themselves remain.
FLOW_WORDS_RE = patterns.compile(r"^(?:新增|新设立|新设|新登记|新注册|新认定|累计)|(?:总量|总数)$")


#: Verbs that set a bar after a share's things (…行政村集体经济收入超过|10万元).
THRESHOLD_VERBS = ("超过", "达到", "突破", "以上")
#: The figure of a bar, up to its unit's end (10万元, 50%).
BAR_RE = patterns.compile(rf"[0-9０-９.．]+[{HAN}%‰]{{0,4}}?(?=以上|[，。；、,;]|$)(?:以上)?")


def _past_the_bar(noun: str, after: str) -> str:
    """The share of the things whose attribute passes a bar (行政村集体经济收入超过10万元 →
    集体经济收入超过10万元的行政村占比); the things and the bar whole where no attribute
    is named."""
    bar = BAR_RE.match(after)
    words = noun + (bar.group() if bar else "")
    held = noun[:-2]
    if attribute := NOUN_ATTRIBUTE_RE.search(held):
        things = held[: attribute.start()]
        if han_len(things) >= 2:
            return f"{attribute.group(1)}{noun[-2:]}{bar.group() if bar else ''}的{things}占比"
    return f"{words}的占比"


#: A rank of bodies or awards alone (国家级, 省级, 市级): a part named by its level.
LEVEL_NAME_RE = patterns.compile(
    r"(?:国家|国际|世界|部|省|自治区|市|州|盟|县|区|旗|乡|镇|村|[1-5][A-Z])级"
)


#: The level the whole's own name opens with (A级旅游景区, 省级龙头企业).
OWN_LEVEL_RE = patterns.compile(r"^(?:[1-5]?[A-Z]{1,2}级|(?:国家|省|市|县)级)")


def _among(text: str, start: int) -> bool:
    """Whether the clause of a figure at ``start`` opens with 其中 (其中企业…, 其中：长绒棉…,
    …639公里、其中高铁…)."""
    clause = clause_start(text, start)
    segment = text[clause:start].lstrip("，、")
    segment = segment.rpartition("、")[2] if "、其中" in segment else segment
    return segment.startswith("其中") or text.endswith(("其中：", "其中:"), 0, clause)


def _owned_in_sentence(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A name that the figures before it in the sentence complete:

    * a one-word kind after 其中 (or 其中：) is part of the things counted or measured
      before (…总量达2037万户，其中企业929万户 → 经营主体中企业), and a crop has the
      whole's area or yield (棉花播种面积…，其中：长绒棉… → 长绒棉播种面积);
    * a generic head opening the name is the one the sentence counted
      (安排重点项目105个，…，项目总投资… → 重点项目总投资);
    * an effect is of the owner of the figure just before (大展总营收…，带动消费… →
      大展带动消费)."""
    head = ""
    if name.startswith(GENERIC_HEADS):
        head = next(h for h in GENERIC_HEADS if name.startswith(h))
        head = "" if head == name else head
    elif (
        len(name) > 2
        and not name.startswith(EFFECT_VERBS)
        and name[-1] != "级"
        and not (han_len(name) <= 3 and _among(text, first.start))
    ):
        return name  # the common case, decided before the sentence is read
    sentence = _latest(earlier, _sentence_start(text, first.start))
    if not sentence:
        return name
    counts = [it for it in sentence if kind_of_unit(it.unit) == "count" and it.indicator]
    # …里程639公里，其中高铁370公里: a part of the same measure, in the same unit
    wholes = [
        it
        for it in sentence
        if it.unit == first.unit and it.indicator and kind_of_unit(it.unit) == "amount"
    ] or counts
    level = LEVEL_NAME_RE.fullmatch(name)
    among = text.rfind("其中", _sentence_start(text, first.start), first.start)
    listed_level = level and among >= 0
    if (_among(text, first.start) or listed_level) and (han_len(name) <= 3 or level) and wholes:
        # (a level after a level listed after 其中 is a part too: 其中国家级2处，市级11处)
        # …其中企业929万户、个体工商户…: each a part of the whole written before 其中
        whole = next((it for it in reversed(wholes) if it.end <= among), wholes[-1])
        owner = FLOW_WORDS_RE.sub("", leading_verbs_stripped(whole.indicator))
        if not 2 <= han_len(owner) <= 12 or owner == name:
            return name
        if level:  # 其中国家级1家: 国家级龙头企业; A级景区…，其中4A级: 4A级景区, one level
            return name + (OWN_LEVEL_RE.sub("", owner) or owner)
        if han_len(name) > 2:
            # 棉花播种面积…，其中：长绒棉1.2万亩: a crop after 其中 has the whole's 播种面积
            crop = PART_MEASURE_RE.search(owner) if kind_of_unit(whole.unit) == "amount" else None
            return name + crop.group() if crop and crop.start() > 0 else name
        return f"{owner}中{name}"
    counted = (
        next(
            (
                it.indicator
                for it in reversed(counts)
                if it.indicator.endswith(head)
                and "类" not in it.indicator  # 工业类3个: a kind of them, not all
                and not it.unit.endswith("次")  # 16次调度推进…项目: times, not projects
            ),
            "",
        )
        if head
        else ""
    )
    if counted and counted != head:
        things = leading_verbs_stripped(counted)
        return (counted if things == head else things) + name[len(head) :]  # 开工项目…
    measured = sentence[-1]
    if name.startswith(EFFECT_VERBS) and measured.indicator in INCREMENT_NAMES:
        # …增加值74.69亿元，增长7.1%，净增额4.90亿元，拉动GDP…: the measure's owner
        measured = next(
            (it for it in reversed(sentence) if it.indicator not in INCREMENT_NAMES), measured
        )
    owner, whole = head_owner(measured.indicator) if name.startswith(EFFECT_VERBS) else ("", False)
    if owner or whole:
        owner = measured.indicator if whole else owner.rstrip("总")  # 社会消费品零售总额拉动…
        if han_len(owner) >= 2 and sentence[-1].end <= clause_start(text, first.start):
            return owner + name
    elif name.startswith(EFFECT_VERBS) and (
        text[sentence[-1].end : sentence[-1].end + 1] in ("、", "，", ",")
        and not DIGIT_RE.search(text[sentence[-1].end : first.start])
    ):
        # 发放以旧换新补贴…、带动销售… : what was given has the effect.
        given = leading_verbs_stripped(sentence[-1].indicator)
        if given != sentence[-1].indicator and 2 <= han_len(given) <= 10:
            return given + name
    return name


#: An increment named alone (净增额4.90亿元): of the measure named before it.
INCREMENT_NAMES = ("净增额", "净增加额", "增加额", "净增量", "增量")


#: A ranking named without its owner (在“世界500强”排名), and the body a ranking is of:
#: an organisation opening the sentence (金川集团工业总产值…，在…排名由369位…).
RANKING_NAME_RE = patterns.compile(r"^在?(.{2,16}?(?:排名|排位|位次))$")
ORGANISATION_RE = patterns.compile(
    rf"\s*((?:{HAN_LETTER}|[“”]){{2,12}}?(?:集团|公司|银行|大学|医院))"
)


def _ranking_owned(text: str, first: Item, name: str) -> str:
    """A ranking with its owner, the organisation the sentence opens with; without
    the 在 before it either way."""
    if not (ranking := RANKING_NAME_RE.match(name)):
        return name
    begin = _sentence_start(text, first.start)
    owner = ORGANISATION_RE.match(text, begin, first.start)
    if owner and owner.group(1) not in name:
        return owner.group(1) + ranking.group(1)
    return ranking.group(1)


#: A figure per day or per month (平均每天, 日均, 月均): the period is part of its name;
#: the longer words first.
PER_DAY_WORDS = ("平均每天", "平均每日", "平均每月", "每天", "每日", "日均", "月均")
#: Whether any of them is there at all (one pass; the list decides which).
PER_DAY_RE = patterns.compile("|".join(PER_DAY_WORDS))


#: Measures that name no owner alone (利润, 投资, 产值 …).
#: A speed of growth written alone (…，增速达到5.5%): the speed of what the text grows.
BARE_SPEEDS = ("增速", "增长速度")
#: GDP is a whole name; a yield per mu is the crop's (水稻种植面积…，亩产…).
BARE_MEASURES = frozenset(MEASURE_HEADS + GENERIC_AMOUNTS + BARE_SPEEDS + ("亩产", "单产")) - {
    "生产总值"
}
#: What things counted yield or cost: 开工项目57个，完成投资… is those projects' 投资;
#: 引进项目46个，到位资金… the funds they brought.
YIELDS = (
    "投资",
    "产值",
    "利润",
    "收入",
    "营业收入",
    "销售收入",
    "营收",
    "税收",
    "销售额",
    "到位资金",
)
#: What things or people counted earn (…，实现收入2亿元): the earnings of their topic.
EARNINGS = ("收入", "营业收入", "销售收入", "营收", "利润", "产值")
#: Verbs of serving or drawing people: the topic is before them (乡村旅游|接待游客).
SERVING_RE = patterns.compile(r"接待|带动|吸纳|吸引|服务|培训")


def _earning_topic(counted: Item) -> str:
    """Whose earnings follow a count (:data:`EARNINGS`): for people, the topic written
    before the verb that serves or draws them (乡村旅游接待游客 → 乡村旅游), or what the
    verb names (带动返乡创业 → 返乡创业); for things, the things (新建光伏电站 → 光伏电站);
    "" when that is no short plain name."""
    name = counted.indicator
    if unit_base(counted.unit) in PERSON_UNITS and (verb := SERVING_RE.search(name)):
        name = name[: verb.start()] if han_len(name[: verb.start()]) >= 2 else name[verb.end() :]
    topic = leading_verbs_stripped(trim_prefix(name))
    return topic if 2 <= han_len(topic) <= 12 and not re.search("[、的]", topic) else ""


#: Words before a bare measure that say nothing of whose it is (全年计划投资, 实现利润,
#: 综合产值).
BARE_WORDS_RE = patterns.compile(
    r"^(?:全年|年内|今年|当年|年度|计划|预计|拟|实现|完成|累计|共|先|再|总|综合)+"
)
#: Verbs of adding land or plants a measure's owner opens with (新栽|油茶林, 新增造林).
ADDED_RE = patterns.compile(r"^(?:新|累计)?(?:栽植|种植|栽|种|植|营造|造|新增)")
#: A bare change of the object of the clause before (增加X，今年先增加50亿元).
BARE_CHANGES = ("增加", "减少", "新增", "压减", "削减", "降低", "提高")
BARE_CHANGE_NAME_RE = patterns.compile(
    rf"(?:平均每年|每年|拟|将|再|先|又)*({'|'.join(BARE_CHANGES)})"
)
#: A clause of nothing but when (力争年末, 今年, 到2027年): the clause before it speaks.
WHEN_ONLY_RE = patterns.compile(
    r"(?:力争|确保|预计|计划)?(?:今年|明年|年内|年底|年末|上半年|下半年|全年|到?[0-9]{4}年(?:底|末)?)(?:前)?"
)
#: A herd's stock or flow (奶牛|存栏, 生猪|出栏): a rate after it of breeds or of
#: scale is that herd's (良种化率).
HERD_RE = patterns.compile(r"(?:存栏|出栏|饲养量|养殖量)$")
#: Trees or seedlings planted (完成造林, 植树): a survival rate after them is theirs.
PLANTED_RE = patterns.compile(rf"({HAN_LETTER}{{0,4}}?(?:造林|植树|栽植|育苗))(?:面积)?$")
#: A rate of handling named alone (办结率, 满意率, 解决率), or with the object handled only
#: (风险消除率, 隐患整改率): of the things counted before.
BARE_RATE_RE = patterns.compile(
    rf"(?:[{HAN}]{{2}})?(?:办结|办复|答复|满意|解决|完成|化解|结案|受理|消除|清零|销号|整改)率"
)
#: A flow of a measure named without its owner (新投产里程, 在建规模): the owner of the
#: figure of the clause before (铁路投资…).
FLOW_HEADS = frozenset(("里程", "规模", "装机", "产能", "总量"))
FLOW_MEASURE_RE = patterns.compile(
    rf"(?:新增|新投产|新开通|新建成?|新开工|新通车|运营|通车|在建)(?:{'|'.join(sorted(FLOW_HEADS))})"
)
#: A sum of all the parts listed before it (收入总计, 支出合计).
SUM_WORD_RE = patterns.compile(r"总计|合计|共计")
#: What firms or bodies spend or earn (研发经费投入, 营业收入): named alone after a clause
#: whose topic opens with them, theirs.
SPENT_ENDS = ("投入", "经费", "营业收入", "营收", "利润", "利润总额", "产值")
FIRMS_TOPIC_RE = patterns.compile(
    rf"(?:{HAN_LETTER}){{1,8}}?(?:企业|单位|高校|医院|机构)(?=(?:{HAN_LETTER}){{2}}|$)"
)
#: Where the topic of a clause before ends: its report of progress, or a change
#: (工业企业经济效益大幅度提高, 粮食连续五年增产).
TOPIC_CUT_RE = patterns.compile(
    rf"{TOPIC_END_RE.pattern}|在(?=[^，。；]{{0,12}}?基础上)|连续|加快|总体|平稳|培育壮大|发展壮大|做大做强|提质扩面|(?:{'|'.join(UP_WORDS + DOWN_WORDS)})|增产|增收|好转|改善|(?:首次|成功)?(?:突破|迈上|跨上|跃上|跨越|站上|迈过|越过)"
)
#: What a topic says of its thing rather than the thing (经济效益, 工作): left out.
TOPIC_TAIL_RE = patterns.compile(
    r"(?:[经济营]{2}效益|效益|运行质量|运行|生产经营|工作|(?:国际|国内)?(?:影响力|竞争力|知名度))$"
)
#: What a thing gives to a whole, named without the thing (对GDP综合贡献率, 对经济增长的拉动).
TOWARD_RE = patterns.compile(
    rf"对(?:{HAN_LETTER}|[A-Za-z0-9]){{1,8}}?的?(?:综合)?(?:贡献率|贡献|拉动)"
)


def _widened_owner(text: str, prev: Item) -> str:
    """What a count of places reached by a widening is named with (绿电外送|拓展至|22个
    省区市 → 绿电外送), when the figure before is such a count; "" otherwise."""
    if not text.endswith(("至", "到"), 0, prev.start):
        return ""
    owner = prev.indicator.removesuffix(prev.noun)
    if owner == prev.indicator or not 2 <= han_len(owner) <= 10 or re.search(r"[、的]", owner):
        return ""
    return owner


#: A tally of generic things (项目数, 企业数): of the ones the clause before speaks of.
TALLY_RE = patterns.compile(r"(项目|企业|事项|产品|机构|品种)(?:数|数量)")


#: A clause that says under what circumstance, not about what (随着…, 由于…).
CIRCUMSTANCE_RE = patterns.compile(r"(?:随着|由于|因为|通过|如果|只要|为了)")


def _owned_by_clause_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A bare measure (利润, 计划投资, 先增加) joined to its owner, the nearest
    noun phrase before it in the sentence that is a subject or topic:

    * the things counted by the figure just before (开工项目57个，完成投资… →
      开工项目完成投资), for what things yield or cost;
    * the object of the clause before, for a change of it (增加建设投资，今年先增加…)
      or a sum spent on it (全力建设物流园区，全年计划投资…);
    * the topic of the clause before, cut where its report of progress starts
      (工业企业经济效益大幅度提高，实现利润… → 工业企业利润).

    Only across one comma, never from a doer or an order (我们…, 要…), and
    never a list or a phrase with 的 (whose head is not sure)."""
    core = BARE_WORDS_RE.sub("", name)
    change = name[-2:] in BARE_CHANGES and BARE_CHANGE_NAME_RE.fullmatch(name)
    toward = core[:1] == "对" and TOWARD_RE.fullmatch(
        core
    )  # 对GDP综合贡献率: a contribution of the topic's
    effect = name[:2] in EFFECT_VERBS and han_len(name) <= 6  # 带动就业: what did
    flow = core[-2:] in FLOW_HEADS and FLOW_MEASURE_RE.fullmatch(core)  # 新投产里程: of what
    bare = (core in BARE_MEASURES or core in YIELDS) and han_len(core) <= 4
    rate = core[-1:] == "率" and BARE_RATE_RE.fullmatch(core)  # 办结率: of the things counted
    total = name in ("总量", "总数", "总规模")  # 经营主体持续壮大。总量接近800万户: of the topic
    network = name[-2:] in ("总长", "里程") and han_len(name) <= 6  # 运营线路总长: of what
    tally = name.endswith(("数", "数量")) and TALLY_RE.fullmatch(name)  # 扩大…项目库，项目数…
    harvest = name in HARVEST_CHANGES  # 粮食总产量在…基础上，又增产…: the topic's harvest
    owned = bool(
        change or toward or effect or flow or bare or rate or total or network or tally or harvest
    )
    # 省属企业创新导向更加突出，研发经费投入增长…: what firms spend or earn is theirs
    spent = not owned and name.endswith(SPENT_ENDS) and han_len(name) <= 8
    owned = owned or spent
    short = han_len(name) <= 2  # 绿电外送拓展至22个省区市，输出…: of what was widened
    herd_rate = core[-1:] == "率" and han_len(core) <= 5  # 奶牛存栏…，良种化率…: the herd's
    if not (owned or short or herd_rate):
        return name
    start = clause_start(text, first.start)
    if bare and (sum_of_all := SUM_WORD_RE.search(text, start, first.start)):
        # …补助收入9.2亿元，收入总计30.8亿元: the sum of all, no part's
        return name + sum_of_all.group() if not name.endswith(sum_of_all.group()) else name
    topic_sentence = (
        total
        and text[start - 1 : start] == "。"
        and han_len(text[clause_start(text, start - 1) : start]) <= 12
    )
    if start < 2 or text[start - 1] not in "，," and not topic_sentence:
        return name
    before = clause_start(text, start - 1)
    if (
        before >= 2
        and text[before - 1] in "，,"
        and WHEN_ONLY_RE.fullmatch(text, before, start - 1)
    ):
        start, before = before, clause_start(text, before - 1)  # …物流中心，力争年末，完成投资…
    prev = _last_after(earlier, before)
    if herd_rate and not (owned or short):
        herd = HERD_RE.search(prev.indicator) if prev and prev.end < start else None
        owner = trim_prefix(prev.indicator[: herd.start()]) if herd else ""
        owner = re.sub(r"^(?:年[末底]|期末)", "", owner)
        if (
            ("成活" in name or "保存" in name)
            and prev
            and prev.end < start
            and (planted := PLANTED_RE.search(prev.indicator))
        ):
            owner = leading_verbs_stripped(planted.group(1))  # 完成造林2万亩，成活率…: 造林成活率
        return owner + name if 1 <= han_len(owner) <= 6 and owner not in name else name
    if prev and harvest:
        # 税收收入完成12亿元，增长5%，增收6000万元: the sentence's measure in the same unit
        # (or in money: 增收4376万 after …30161万元), none inside a note closed before
        sentence = _outside_notes(text, _latest(earlier, _sentence_start(text, first.start)), start)
        same = [it for it in sentence if unit_base(it.unit) == unit_base(first.unit)] or [
            it for it in sentence if kind_of_unit(it.unit) == "amount"
        ]
        owner = without_absolute_change(same[-1].indicator) if same else ""
        ok = 2 <= han_len(owner) <= 16 and "、" not in owner and owner != name
        return owner + name if ok else name
    if prev:
        counted = kind_of_unit(prev.unit) == "count" and unit_base(prev.unit) not in PERSON_UNITS
        if (
            core in EARNINGS
            and prev.end < start
            and kind_of_unit(prev.unit) == "count"
            and (topic := _earning_topic(prev))
        ):
            return topic + core  # 乡村旅游接待游客50万人次，实现收入2亿元: 乡村旅游收入
        if counted and core in YIELDS and prev.end < start and prev.indicator:
            return prev.indicator + name  # 年内开工项目57个，完成投资34.8亿元
        if rate and prev.end < start:
            # 办理代表建议95件、政协提案136件，办结率…: the rate of the things counted
            counts = [it for it in _latest(earlier, before) if kind_of_unit(it.unit) == "count"]
            owner = "、".join(
                dict.fromkeys(  # 对象16.6万户70.5万人: the same things counted twice
                    leading_verbs_stripped(it.indicator.removeprefix(core[:2])) for it in counts
                )
            )
            if len(core) > 3 and owner.endswith(core[:2]):
                name = name[: len(name) - len(core)] + core[2:]  # 排查隐患…，隐患整改率: once
            return owner + name if 2 <= han_len(owner) <= 20 and "的" not in owner else name
        if short and prev.noun and (widened := _widened_owner(text, prev)):
            return widened + name  # …外送拓展至22个省区市，输出345亿度: 绿电外送输出
        if not owned:
            return name
        owner, whole = head_owner(prev.indicator, 2)
        owner = owner if flow or bare else ""
        if bare and not owner and not whole and unit_base(prev.unit) == unit_base(first.unit):
            # 新栽油茶林3.2万亩，总面积达到18万亩: the total of the things just added
            owner = leading_verbs_stripped(prev.indicator)
            owner = ADDED_RE.sub("", owner) if han_len(owner) > 3 else owner
        if bare and owner:
            # 蔬菜种植面积…，产量…: the same crop's yield; 马铃薯总产量…，实现产值…
            owner = re.sub(r"(?<=..)(?:种植|播种|养殖|设施|出栏|存栏)$", "", owner)
            owner = owner.removesuffix("总")
        if (
            2 <= han_len(owner) <= 8
            and not re.search(r"[、的]", owner)
            and owner != name[: len(owner)]
        ):
            # 铁路投资…，新投产里程8000公里: the railways' new lines (完成投资…，增长8%: the
            # growth already has the name, no owner twice)
            return owner + name
        return name
    clause = text[before : start - 1]
    if DIGIT_RE.search(clause) or not owned:
        return name
    if tally:
        k = clause.rfind(tally.group(1))
        owner = _doing_stripped(
            re.sub(r"^(?:扩大|扩充|充实|建立|完善|更新|培育|壮大)+", "", clause[:k])
        )
        return owner + name if k >= 2 and 2 <= han_len(owner) <= 12 and "、" not in owner else name
    if change:  # the object of the same verb before: whoever does it
        verb = change.group(1)
        k = clause.rfind(verb)
        owner = trim_prefix(clause[k + len(verb) :]) if k >= 0 else ""
        return owner + verb if 2 <= han_len(owner) <= 16 and "、" not in owner else name
    owner, doing = _clause_owner(clause)
    if not owner:
        return name
    if (spent or bare) and (firms := FIRMS_TOPIC_RE.match(owner)):
        owner = firms.group()  # 民营企业活力不断增强，营业收入…: the firms', not their vigour's
    elif spent:
        return name
    if spent and OWN_SCOPE_RE.match(name):
        return name
    if han_len(owner) > 14 or "、" in owner:  # “A”“B”等劳务品牌, 东环线、西环线等轨道交通线
        owner = owner.rpartition("等")[2]
    if doing == owner and "的" in owner:  # 对接东北的|区域物流中心; not …的|增长机制
        owner = owner.rpartition("的")[2]
        owner = "" if SYSTEM_TAIL_RE.search(owner) else owner
    if not 2 <= han_len(owner) <= 14 or re.search(r"[、的，]", owner) or VERB_END_RE.search(owner):
        return name
    return owner + name


def _clause_owner(clause: str) -> tuple[str, str]:
    """The thing a clause without a figure speaks of, for a measure in the clause after
    it, and the clause without its verbs of doing: the object of those verbs (全力建设中俄蒙
    国际物流园区 → 中俄蒙国际物流园区), else its topic cut where its report of progress
    starts (工业企业经济效益大幅度提高 → 工业企业); ("", …) for a doer, an order or a
    circumstance (我们…, 要…, 随着服务业比重上升…)."""
    doing = _doing_stripped(clause)
    if DOER_RE.match(clause) or CIRCUMSTANCE_RE.match(clause):
        return "", doing
    if doing != MANNER_RE.sub("", clause):
        return doing, doing
    if not NO_TOPIC_RE.match(clause) and (cut := TOPIC_CUT_RE.search(clause, 2)):
        return (
            TOPIC_TAIL_RE.sub("", trim_prefix(FRAME_HEAD_RE.sub("", clause[: cut.start()]))),
            doing,
        )
    return "", doing


#: What firms earn or pay, named alone (实现利润…, 利税…), and the firms a measure before
#: is of (规模以上服务业企业营业收入…, 规模以上工业主营业务收入…).
FIRM_MEASURES = (
    "利润", "利润总额", "利税", "税金", "营业收入", "主营业务收入", "营收", "销售产值", "总产值"
)  # fmt: skip
FIRMS_OWNER_RE = patterns.compile(
    rf"(?:规模以上|规上|限额以上|限上)(?:工业|服务业|{HAN_LETTER}{{1,6}}?业)(?:企业)?"
    rf"|{HAN_LETTER}{{1,8}}?企业(?=(?:{HAN_LETTER}){{2}})"
)


def _firms_across_semicolon(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """What firms earn, named alone in a clause opening after a ； (…营业收入326亿元，增长
    9.1%；实现利润28.7亿元) is of the firms a figure of the same sentence named before it
    (规模以上服务业企业利润): the ；divides a report of the same firms, unlike a ，, which
    the clause-before rule reads; "" otherwise (the name as it is)."""
    if name.removeprefix("实现") not in FIRM_MEASURES:
        return name
    start = clause_start(text, first.start)
    if text[start - 1 : start] != "；":
        return name
    for before in reversed(_latest(earlier, _sentence_start(text, first.start))[-4:]):
        if firms := FIRMS_OWNER_RE.match(before.indicator):
            return firms.group() + name.removeprefix("实现")
    return name


#: Words that end the name of a body or a programme that figures can belong to
#: (…试验区, …经济圈, 中欧班列, …改善计划).
BODY_WORDS = ("试验区", "示范区", "合作区", "自贸区", "开发区", "高新区", "经开区", "新区", "园区",
              "片区", "经济圈", "都市圈", "城市群", "经济带", "铁路", "班列", "机场", "港", "口岸",
              "平台", "计划", "工程", "集团", "公司", "基金", "先行区", "博览会", "展销会", "交易会",
              "洽谈会", "运动会", "集群")  # fmt: skip
BODY_WORDS_RE = patterns.compile("|".join(map(re.escape, BODY_WORDS)))
#: A clause opening with a verb after a word or two of manner (重点实施, 着力打造).
DOING_OPENING_RE = patterns.compile(rf"^[{HAN}]{{1,2}}(?:{VERB_ALTERNATION})")
#: How many clauses back the body may open the sentence.
BODY_CLAUSES = 3
#: A body opening its clause, then what the clause says of it (中老铁路|发展远超预期).
BODY_OPENING_RE = patterns.compile(
    rf"((?:第[0-9一二三四五六七八九十]{{1,3}}届)?(?:{HAN_LETTER}|[“”·]){{2,18}}?(?:{'|'.join(BODY_WORDS)}))"
    rf"(?=[{HAN}“]|$)(?![{HAN}]{{0,2}}(?:{'|'.join(BODY_WORDS)}))"
)
#: A clause that reports a thing launched (…账户上线运行, …平台投入运营): the thing.
LAUNCHED_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[“”（）()A-Za-z]){{2,20}}?)(?:正式|顺利|成功)?(?:上线运行|上线|投入运营|"
    r"投入运行|投入使用|建成投用|建成运营|开通运行|落地运行|挂牌运行|开业运营)"
)
#: A name in quotes opening a list's first item (“渝快办”|用户突破…).
QUOTED_BODY_RE = patterns.compile(rf"“[{HAN}A-Za-z0-9]{{1,12}}”(?=[{HAN}])")
#: What a body does or how big it is, the measures a body owns: 发送旅客, 服务客户,
#: 受益学生, 在园师生规模, 经济总量, 新增供水能力, 月访问量.  A thing counted (5G基站)
#: or an area (节水灌溉面积) may be anyone's.
BODY_DOINGS = ("发送", "运输", "服务", "接待", "受益", "入驻", "吸纳", "开行", "在园", "在校")
BODY_MEASURES = ("规模", "能力", "量", "额", "人次", "占比")
#: A name that says its own scope (全省…, 城镇…, 居民…): no body before owns it.
OWN_SCOPE_RE = patterns.compile(r"^(?:全|本|我|各|该|其|城镇|农村|城乡|居民|地区|规上|规模以上)")
#: Words before a bare measure that say when or how, not whose (累计发送旅客, 新增受益学生).
WHEN_WORDS = ("累计", "新增", "年均", "月均", "全年", "当年", "已", "签约")
WHEN_WORDS_RE = patterns.compile(rf"^(?:{'|'.join(WHEN_WORDS)})+")


def _names_a_body(words: str) -> bool:
    """Whether a body word stands in the words at all: the patterns run only then."""
    return BODY_WORDS_RE.search(words) is not None


@lru_cache(maxsize=4096)  # asked of every name, most of them seen before
def _body_measure(name: str) -> str:
    """The name without its when-words, if it is a measure a body owns; else ""."""
    core = WHEN_WORDS_RE.sub("", name) if name.startswith(WHEN_WORDS) else name
    return core if core.startswith(BODY_DOINGS) or core.endswith(BODY_MEASURES) else ""


def _owned_by_body_before(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A short measure of what a body does or how big it is, opening its clause,
    owned by the body the clause before opens with and reports on (中老铁路发展远超
    预期，累计发送旅客… → 中老铁路发送旅客), or by the name in quotes that opens
    the list it is an item of (“湘易办”用户突破…、月访问量… → “湘易办”月访问量).

    The body's clause has no figures; between it and the name only clauses that
    continue it, opening with a verb (…展销会，吸引…企业参展，现场销售额…), at most
    ``BODY_CLAUSES`` back.  Never onto a name that says its own scope or names a
    body of its own."""
    if not (core := _body_measure(name)):
        return name  # the common case, decided before anything is read
    if (
        not 2 <= han_len(core) <= (10 if core.startswith(BODY_DOINGS) else 6)
        or OWN_SCOPE_RE.match(core)
        or re.search(r"[、“”]", name)
        or _names_a_body(core)
        and BODY_OPENING_RE.search(core)  # 上海港吞吐量: its own body
    ):
        return name
    start = clause_start(text, first.start)
    if same := _latest(earlier, start):
        start = same[-1].end + 1  # a list item: what follows the 、 is its own clause
        lent = same[-1].indicator
        body = QUOTED_BODY_RE.match(lent)
        if not body and _names_a_body(lent) and (body := BODY_OPENING_RE.match(lent)):
            # 国家卓越工程师2人、大国工匠4人: 工程 is no body there
            body = body if _body_measure(lent[body.end() :]) else None
        if text[start - 1] != "、" or not body:
            return name
    opening = text.find(core, start, first.start)
    if opening < 0 or WHEN_WORDS_RE.sub("", FRAME_HEAD_RE.sub("", text[start:opening])):
        return name  # the name is not what opens the clause (全省涉企检查…)
    if same:
        return body.group() + name
    for _ in range(BODY_CLAUSES):
        if start < 2 or text[start - 1] not in "，,":
            return name
        start = clause_start(text, start - 1)
        clause = FRAME_HEAD_RE.sub("", text[start : clause_end(text, start)].strip())
        if NO_TOPIC_RE.match(doing := MANNER_RE.sub("", clause)) or doing.startswith(EFFECT_VERBS):
            continue  # 吸引…企业参展: a clause that goes on with the same subject
        if DOING_OPENING_RE.match(doing) or PIVOT_RE.match(doing):
            return name  # 重点实施“菜篮子”工程, 推动…集群…: the body is an object, not the subject
        body = (
            _names_a_body(clause) and BODY_OPENING_RE.match(clause) or LAUNCHED_RE.fullmatch(clause)
        )  # 多功能自由贸易账户上线运行，发生业务量…: what was launched is a body too
        listed = clause.find("、")  # a list of the body's own projects, after its name
        if (
            body
            and not DIGIT_RE.search(clause)
            and (listed < 0 and "等" not in clause or listed > body.end() + 1)
            and body.group(1) not in name
        ):
            # 物流园区A、B等项目开工建设，入驻企业达到8家: the projects are the body's own
            return body.group(1) + name
        return name  # a clause with a subject of its own: the body is not the sentence's
    return name


#: A name that says only "per head" (人均, 月人均提高): whose it is, the clause before says.
PER_HEAD_RE = patterns.compile(r"(?:月|年)?人均(?:每[年月])?(?:增长|提高|增加)?")
#: A raise that ends the clause before, its subjects before it (A、B和C再次提高，…).
RAISE_END_RE = patterns.compile(r"(?:再次|继续|进一步|同步)?(?:提高|增加|上调|提升)$")
#: A raise of an object in the clause before (继续提高企业退休人员基本养老金，…).
RAISE_VERB_RE = patterns.compile(r"(?:提高|增加|上调|提升)(?![到至])")


def _per_head_owned(text: str, chain: list[Item], names: list[str]) -> list[str]:
    """Per-head figures joined to what the clause before raises: its subjects, one per
    figure (A、B和C再次提高，月人均分别提高…), or its object (提高X，人均每年增长…)."""
    if not names or "人均" not in names[0] or not all(PER_HEAD_RE.fullmatch(n) for n in names):
        return names  # 人均: what every per-head name holds
    start = clause_start(text, chain[0].start)
    if text[start - 1 : start] != "，":
        return names
    clause = text[clause_start(text, start - 1) : start - 1]
    if DIGIT_RE.search(clause):
        return names
    if end := RAISE_END_RE.search(clause):
        parts = [p for p in re.split("[、和及与]", trim_prefix(clause[: end.start()])) if p]
        if len(parts) == len(names) or len(parts) == 1:
            parts = parts * len(names) if len(parts) == 1 else parts
            return [part + name for part, name in zip(parts, names, strict=True)]
        return names
    if (verb := RAISE_VERB_RE.search(clause)) and 2 <= han_len(
        owner := trim_prefix(clause[verb.end() :])
    ) <= 16:
        return [owner + name for name in names]  # 继续提高基本养老金，人均每年增长10%
    return names


#: Verbs of reach that may end a name: the people reached are what is counted.
REACH_END = ("惠及", "受益", "覆盖")


def _people_reached(text: str, item: Item, name: str) -> str:
    """A count of people after a verb of reach (改造惠及390万人) is of the people
    reached: named by the noun after it (惠及600万名近亲属), or as a head count."""
    if not name.endswith(REACH_END) or unit_base(item.unit) not in PERSON_UNITS:
        return name
    after = NOUN_AFTER_RE.match(ahead(text, item.after))
    if after and re.match(rf"{HAN_LETTER}", after.group(1)):
        return name + after.group(1)
    return name + ("人次" if item.unit.endswith("人次") else "人数")


#: A count or a rate of the insured, named without the insurance (新增参保人数, 参保率).
INSURED_NAME_RE = patterns.compile(
    r"^(?:新增|累计)?(?:参保(?:人数|人次|率)|待遇享受人[数次]|享受待遇人[数次])|^保费$"
)
#: An insurance named before in the sentence (城乡居民社会养老保险, 职工医保, 长护险).
INSURANCE_RE = patterns.compile(rf"{HAN_LETTER}{{2,12}}?(?:保险|医保|(?<![风危])险)")
#: A verb that puts people into an insurance (纳入|长护险): the insurance follows it.
ENROL_RE = patterns.compile(r"纳入|参加|加入|^[将把]")


def _insured_by(text: str, first: Item, name: str) -> str:
    """The insured counted without the insurance take the one the sentence named last
    before them (城乡居民社会养老保险全面实施，新增参保人数… → 城乡居民社会养老保险新增
    参保人数)."""
    if ("参保" not in name[:4] and "待遇" not in name[:4] and name != "保费") or not (
        INSURED_NAME_RE.match(name)
    ):
        return name
    found = list(INSURANCE_RE.finditer(text, _sentence_start(text, first.start), first.start))
    last = found[-1] if found else None
    if (
        not last
        or text[last.end() : last.end() + 1] in LIST_JOINS
        or last.group()[0] in LIST_JOINS
        or text[last.start() - 1 : last.start()] in LIST_JOINS
    ):
        return name  # A、B和C…参保率均…: the rate of them all
    owner = leading_verbs_stripped(MANNER_RE.sub("", ENROL_RE.split(last.group())[-1]))
    return owner + name if 3 <= han_len(owner) <= 12 else name


#: People whose problem is solved or whose lot is improved (解决3948人的安全饮水问题,
#: 改善了城区3万人的居住条件), a group word between the verb and them: the verb and the group.
SOLVED_END_RE = patterns.compile(
    r"(解决|改善)了?((?:农村|城区|城镇|城乡|山区|库区|牧区|全[市县区旗])?)$"
)
#: What is solved or improved, written after the people.
PROBLEM_AFTER_RE = patterns.compile(rf"的?((?:{HAN_LETTER}|[“”]){{2,12}}?(?:问题|条件|环境|状况))")


#: People named after a bare count, then their problem (6434万|农村人口|饮水安全问题).
PEOPLE_PROBLEM_RE = patterns.compile(
    rf"({HAN_LETTER}{{0,4}}(?:人口|群众|居民|农民|学生|儿童))的?({HAN_LETTER}{{2,10}}?问题)"
)


def _people_solved(text: str, item: Item, name: str) -> str:
    """People counted between 解决 (改善) and their problem are named as those whose
    problem is solved (再解决6000万人安全饮水问题 → 安全饮水问题解决人数; 改善了城区3万人的
    居住条件 → 城区居住条件改善人数)."""
    if (
        "解决" not in text[max(0, item.start - 7) : item.start]
        and "改善" not in text[max(0, item.start - 7) : item.start]
    ):
        return name
    solved = SOLVED_END_RE.search(text, max(0, item.start - 7), item.start)
    if not solved:
        return name
    verb, group = solved.groups()
    if unit_base(item.unit) not in PERSON_UNITS:
        # 再解决6434万农村人口饮水安全问题: the people named before their problem
        people = PEOPLE_PROBLEM_RE.match(text, item.after, item.after + WINDOW)
        if not people or verb != "解决" or group:
            return name
        return f"解决{people.group(2)}的{people.group(1)}"
    problem = PROBLEM_AFTER_RE.match(text, item.after, item.after + WINDOW)
    if not problem or (verb == "解决") != problem.group(1).endswith("问题"):
        return name
    counted = "户数" if unit_base(item.unit) in ("户", "户次") else "人数"
    return f"{group}{problem.group(1)}{verb}{counted}"


def _owner_of_the_same_word(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A short rate opening with a word the figure of the clause before has after
    its owner (新增长护险参保人数…，参保率达93% → 长护险参保率) is that owner's:
    the sentence goes on about the same thing."""
    if not name.endswith("率") or han_len(name) > 5 or not name[:2].isalpha():
        return name
    before = _last_after(earlier, _sentence_start(text, first.start))
    at = before.indicator.find(name[:2], 2) if before else -1
    if not before or at < 2 or before.end > clause_start(text, first.start):
        return name
    owner = leading_verbs_stripped(FLOW_WORDS_RE.sub("", before.indicator[:at]))
    if (
        not 2 <= han_len(owner) <= 10
        or re.search(r"[、的“”0-9０-９]", owner)
        or VERB_END_RE.search(owner)
        or BARE_VERBS_RE.fullmatch(owner)
    ):
        return name
    return owner + name


#: What a figure adds or builds, written once before the part that 其中 gives.
FLOW_STARTS = ("新增", "新建", "新开工", "累计")


def _part_of_flow(text: str, first: Item, name: str, earlier: list[Item]) -> str:
    """A part given after 其中 of a figure that adds or builds (新增装机…，其中
    非化石能源装机…) is an addition too: without 新增 it reads as the stock."""
    if (
        name.startswith(FLOW_STARTS)
        or text.find("其中", max(0, first.start - 130), first.start) < 0
    ):
        return name  # the search is bounded: a clause is at most 120 characters
    if not text.startswith("其中", clause_start(text, first.start)):
        return name
    whole = _last_after(earlier, _sentence_start(text, first.start))
    flow = next((w for w in FLOW_STARTS if whole.indicator.startswith(w)), "") if whole else ""
    if not flow or not whole or whole.indicator[-2:] != name[-2:]:
        return name
    return flow + name


#: A raise per head written just before the figure (养老金人均每月新增110元).
PER_HEAD_RAISE_RE = patterns.compile(r"人均((?:每[年月日])?(?:新增|增长|增加|提高|上调|提升))$")


def _per_head_raise(text: str, first: Item, name: str) -> str:
    """A name ending in 人均 keeps the raise the text writes after it: without it
    the figure reads as the level itself (养老金人均 110元 is not the pension); a
    rate's kind says it is a change already."""
    if not name.endswith("人均") or kind_of_unit(first.unit) != "amount":
        return name
    raise_ = PER_HEAD_RAISE_RE.search(text[max(0, first.start - 8) : first.start])
    return name + raise_.group(1) if raise_ else name


#: Words of time or plan before a generic amount (全年计划投资): it stays generic.
PLAN_WORDS_RE = patterns.compile(r"^(?:全年|年内|今年|计划|预计|拟)+")


#: An amount named only by these words is of what the clause before speaks of.
GENERIC_AMOUNT_NAMES = ("资金额度", "资金规模", "总规模", "资金", "额度", "规模", "总额", "金额",
                        "交易额", "成交额", "营业额", "总投资额", "总投资", "投资额")  # fmt: skip


#: A clause that is only an absolute change of the figure before (…，增加5232亿元).
BARE_CHANGE_RE = patterns.compile(r"[，、,]?(增加|减少|增长|下降|新增)")
#: A verb of reach inside a subject: 试点要覆盖全国10%的县 is a share of the 县 reached.
VERB_IN_RE = patterns.compile(r"覆盖|惠及|通达|联通|延伸[到至]|(?:扩大|扩展|拓展|推广)[到至]")
#: Words that name a pair at once: a list of two figures walks through it.
PAIR_WORDS = {"城乡": ("城镇", "农村"), "存贷款": ("存款", "贷款"), "进出口": ("进口", "出口"),
              "牛羊": ("牛", "羊"), "中小学": ("中学", "小学"), "内外资": ("内资", "外资")}  # fmt: skip
PAIR_WORD_RE = patterns.compile(r"^城乡|存贷款|进出口|牛羊|中小学|内外资")
#: Evaluations after 的, not the thing a rate is of (控制在3.5%的较低水平).
EVALUATIONS = ("水平", "区间", "高位", "低位", "位置", "目标", "范围")


#: The thing an amount belongs to, written after it with 的 (投资3亿元的滨河公园改造工程):
#: up to the clause end or the verb that starts its predicate.
OWNER_AFTER_RE = patterns.compile(
    rf"的(?!有|目标|任务|水平|基础|成绩|态势|格局|规模|增长|比重|历史|纪录|记录)([{HAN}“”（）()A-Za-z0-9—－\\-·]{{2,20}}?)(?=[，。；、,;]|$|签约|落地|开工|建成|完工|投用|投运|竣工|"
    r"通车|开通|投产|交付|运行|开业|启动|获批|通过|基本|正式|顺利|进展|已|将|全面|全部|成功|实现|完成|投入|"
    r"刷新|创下|创造|成为|填补|落户|加快|推进|列入|入选|带动|达到|达(?!标))"
)


#: A project of several places after 的 (投资1.3亿元的东河、西河堤防工程): one owner.
LISTED_PROJECT_AFTER_RE = patterns.compile(
    rf"的((?:{HAN_LETTER}|[“”]){{2,12}}(?:、(?:{HAN_LETTER}|[“”]){{2,12}}?)+?(?:工程|项目|基地|园区))"
    r"(?=[，。；,;]|$|开工|建成|投产|竣工|落地|签约|全面|顺利)"
)
#: Money named after its figure, then what it is spent on (30亿元国债资金，重点支持…;
#: 200亿元专项资金，主要用贴息方式支持…; 219亿元支持…).
USE_AFTER_RE = patterns.compile(
    rf"({HAN_LETTER}{{0,4}}?(?:资金|经费))?[，,]?(?:重点|主要|全部|专门|集中)?(?:用来|用于)?"
    rf"(?:(?:用|通过|以|采取){HAN_LETTER}{{1,6}}?(?:方式|办法))?(?:直接)?(支持|用于|扶持|资助|补助|补贴|奖补)"
)
#: 等 ending a list, not inside a word (高等, 中等, 平等, 等级).
LIST_END_RE = patterns.compile(r"(?<![高中初同平对相优上特头次均差劣])等(?!级)")
#: What a sum is for, without the verb that says so.
USE_VERB_RE = patterns.compile(r"^(?:直接)?(?:支持|用于|扶持|资助|补助|补贴|奖补)")
#: Verbs that set money aside: a name ending with them says only who gives it
#: (国家从粮食风险基金中拿出).
ALLOCATION_VERBS = ("安排", "拿出", "投入", "下达", "筹集", "筹措", "拨付", "统筹")


#: A sum a treasury gives with no object named (中央财政将投入, 省财政每年安排支出):
#: what for, the sentence says before it.
ALLOCATION_NAME_RE = patterns.compile(
    rf"^([{HAN}]{{0,4}}财政|中央|国家)(?:将|拟|要)*((?:每年|再)?(?:将|拟|要)?(?:增加)?"
    rf"(?:{'|'.join(ALLOCATION_VERBS)})?(?:支出|资金|投入|补助|补贴|转移支付))$"
)
#: A treasury that gives a sum (中央财政, 省级财政, 国家).
TREASURY_RE = patterns.compile(r"(?:中央|国家|省|市|县|区|省级|市级|县级|地方|各级)?(?:财政)?")
#: A purpose written after a treasury's sum (…亿元，以保证…的顺利推进).
AIM_AFTER_RE = patterns.compile(
    r"[^，。；]{0,4}?[，,]以((?:保证|确保|保障|支持|推动|促进)[^，。；]{2,22}?)"
    r"(?:的顺利推进|的需要|顺利推进|的顺利实施)?[，。；]"
)
#: A programme a clause opens with, before what it does (农机具购置补贴|覆盖到…).
FUNDED_TOPIC_RE = patterns.compile(
    rf"((?:{HAN_LETTER}|[“”]){{2,16}}?(?:补贴|补助|奖补|资助|工程|计划|行动))(?={HAN_LETTER})"
)
#: What a policy's object ends with that a sum is not for (…医保|制度).
SYSTEM_TAIL_RE = patterns.compile(r"(?:制度|体系|机制|政策|工作)$")
#: A change from one value to another closing a clause (…补助标准由20元提高到40元).
CHANGED_TO_RE = patterns.compile(r"由[^，。；]{0,12}?(提高|增加|提升|扩大)[到至][^，。；]*$")
#: A count inside a purpose (提高1200万中小学教师待遇): the purpose reads without it.
COUNT_IN_PURPOSE_RE = patterns.compile(r"[0-9０-９.．]+[万亿]?(?:多|余)?(?:名|个|人|所|户|家)?")


def _purpose_before(text: str, first: Item, name: str) -> str:
    """A treasury's sum named by what it is for, when the sentence says it before:
    the clause before, for 为此 (提高…教师待遇，中央财政为此将投入… → 中央财政为提高
    教师待遇投入), or a clause opening with 为 (为保证…的需要，…省财政将每年安排支出)."""
    given = ("财政" in name or name.startswith(("中央", "国家"))) and ALLOCATION_NAME_RE.match(name)
    if not given:
        return name
    start = clause_start(text, first.start)
    begin = _sentence_start(text, first.start)
    purpose = ""
    if "为此" in text[start : first.start] and start >= 2 and text[start - 1] in "，,":
        clause = text[clause_start(text, start - 1) : start - 1]
        if changed := CHANGED_TO_RE.search(clause):
            purpose = changed.group(1) + clause[: changed.start()]  # 补助标准由…提高到…
        else:  # a verb phrase (提高…待遇, 支持…建设), its counts left out
            purpose = COUNT_IN_PURPOSE_RE.sub("", clause)
            purpose = (
                purpose if VERB_START_RE.match(purpose) or purpose.startswith(UP_WORDS) else ""
            )
    elif aim := re.match(r"为了?([^，。；]{4,30}?)(?:的需要|需要)?[，,]", text[begin:start]):
        purpose = aim.group(1)
    elif start > begin and TREASURY_RE.fullmatch(given.group(1)):  # not 节约财政资金
        # 农机具购置补贴覆盖到…，中央财政拟安排资金…; 整合城乡居民基本医保制度，财政补助由…:
        # a programme the clause before opens with, or the object of its verb.
        clause = text[clause_start(text, start - 1) : start - 1]
        funded = FUNDED_TOPIC_RE.match(clause)
        purpose = (
            funded.group(1) if funded else SYSTEM_TAIL_RE.sub("", previous_object(text, start))
        )
        purpose = purpose if VERB_START_RE.match(clause) or funded else ""
    if not purpose and (aim := AIM_AFTER_RE.match(text, first.after)):
        purpose = aim.group(1)  # 中央财政投入3318亿元，以保证医药卫生体制改革的顺利推进
    if not 4 <= han_len(purpose) <= 28 or DIGIT_RE.search(purpose):
        return name
    return f"{given.group(1)}为{purpose}{given.group(2).replace('将', '')}"


def _use_after(text: str, last: Item, names: list[str]) -> list[str]:
    """The names of a sum named by nothing but a money word or a verb, when what it
    is spent on follows (安排30亿元国债资金，重点支持煤矿瓦斯治理 → 煤矿瓦斯治理国债资金);
    empty when the sum has a name of its own or nothing follows."""
    m = USE_AFTER_RE.match(text, last.after, last.after + WINDOW)
    if not m:
        return []
    word = m.group(1) or ""
    generic = all(
        not name
        or name == m.group(2)  # 安排219亿元支持…: the verb after it was taken for its name
        or m.group(2) == "用于"
        and name.startswith("用于")  # 拿出…用于转移支付
        or BARE_VERBS_RE.fullmatch(name)
        or name.endswith(ALLOCATION_VERBS)
        or name.endswith(("资金", "经费"))
        and han_len(leading_verbs_stripped(name)) <= 4  # 投入国债资金: no more than its kind
        for name in names
    )
    use = light_stripped(USE_VERB_RE.sub("", _without_counts(text, m.start(2))))
    listed = LIST_END_RE.search(use)
    if listed and "、" in use[: listed.start()] and "，" not in use[: listed.start()]:
        use = use[listed.end() :]  # 用于淮河、太湖等|重点流域污染防治: what the list is of
    use = re.split(r"[，、]", use)[0]
    if not generic or not 2 <= han_len(use) <= 20:
        return []
    money = word or next((n for n in names if n.endswith(("资金", "经费"))), "资金")
    if not word and m.group(2) in GIFT_NOUNS:
        money = m.group(2)  # …拿出100亿元，直接补贴种粮农民: 种粮农民补贴
    return [use + leading_verbs_stripped(money)] * len(names)


def _doing_stripped(words: str) -> str:
    """A clause's words without the manner and the verbs of doing before its thing
    (推动县中托管帮扶 → 县中托管帮扶)."""
    words = POINT_MARK_RE.sub("", words)  # 一是全力保障防汛: the report's own point
    return leading_verbs_stripped(
        re.sub(r"^(?:推动|促进|推进|加快|支持|保障|助力|聚焦)", "", MANNER_RE.sub("", words))
    )


#: The report's own enumeration opening a clause (一是, 其二, 第三，).
POINT_MARK_RE = patterns.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,]?)")


#: A count widened to another (从15个县扩大到57个县): the noun and the verb between them.
WIDENED_RE = patterns.compile(
    rf"([{HAN}（）、]{{1,10}}?)(?:扩大|拓展|扩展|增加|提高|提升|增)[至到]"
)


#: A figure reached as a milestone (迈上3万亿元台阶, 突破千亿元大关): the verb before it,
#: the word after it.
MILESTONE_RE = patterns.compile(
    r"(?:历史性|首次|成功|相继|接连|连续)?(?:迈上|跨上|跃上|登上|站上|迈过|越过|跨越|跨过|连跨|突破|冲上)$"
)
#: The steps a count of milestones counts (连跨3个千亿级台阶).
STEPS_AFTER_RE = patterns.compile(rf"{HAN_LETTER}{{0,4}}?(?:{'|'.join(MILESTONES)})")


#: A completion against a budget or a plan: …为预算的104.3%, 完成年初预算的98%, 为年计划的102%.
BUDGET_RE = patterns.compile(
    r"(?:为|完成|达到|占)?(?:年初|调整|全年|年度)?预算(?:数)?的?$"
    r"|(?<!分别)(?:为|完成|达到|占)(?:年初|调整|全年|年度|年)?(?:计划|目标任务|目标)的$"
)


#: A plan a figure is measured against, after the verb that reaches it (完成年度计划|1350亿元).
PLAN_VALUE_RE = patterns.compile(r"(?:完成|达到|为)((?:年度|全年|年)(?:计划|目标)|计划)$")
#: A budget or plan changed to a new value (一般公共预算支出|调整为…).
ADJUSTED_TO_RE = patterns.compile(r"(?<=预算|收入|支出|资金|计划|目标)调整(?:为|到|至)$")
#: A clause that states another basis before its figure (扣除…因素后|增长8.8%).
BASIS_CLAUSE_RE = patterns.compile(
    r"((?:[若如]?(?:扣除|剔除)|不含|不考虑)[^，。；、]{1,16}?(?:因素)?(?:后|外|影响))"
    r"(?:同比|比上年)?(?:增长|下降|增加|减少|为|达|约)?"
)
#: A multiple of the same measure at an earlier time (是“十二五”期末的|1.7倍).
MULTIPLE_OF_RE = patterns.compile(rf"(?:是|为|相当于){EARLIER_PERIOD}的")
#: A note in brackets (（调整后预算，下同）): it says which, it names nothing.
BRACKETED_NOTE_RE = patterns.compile(r"[（(][^（）()]{1,20}[）)]")


def _plan_named(
    text: str, clause: int, first: Item, segment: str, same_clause: list[Item], sentence: list[Item]
) -> str:
    """A plan-execution report's figure, its plan and its completion (地区生产总值1280亿元，
    完成年度计划1350亿元的94.8%，增长4.6%): the plan value is the measure's plan
    (地区生产总值年度计划), its completion the measure's (地区生产总值), whose name the
    growth after it then borrows; an excess over the plan (超额完成年度目标1.2亿元) the
    measure's too; "" for any other figure."""
    if kind_of_unit(first.unit) == "rate" and segment == "的" and same_clause:
        planned = same_clause[-1]
        plan = PLAN_VALUE_RE.search(text, clause, planned.start)
        if plan and planned.indicator.endswith(plan.group(1)):
            return planned.indicator[: -len(plan.group(1))]
        return ""
    if (
        segment.startswith("超额")
        and EXCESS_RE.fullmatch(segment)
        and sentence
        and unit_base(sentence[-1].unit) == unit_base(first.unit)
    ):
        # 规上工业增加值完成31亿元，超额完成年度目标1.2亿元: the measure's excess
        owner = without_absolute_change(sentence[-1].indicator)
        return owner + segment if 2 <= han_len(owner) <= 20 else ""
    if (
        not segment.endswith(("计划", "目标"))
        or not (plan := PLAN_VALUE_RE.search(segment))
        or plan.start() != 0
        or not sentence
        or sentence[-1].unit != first.unit
        or not text.startswith("的", first.after)
    ):
        return ""
    owner = without_absolute_change(sentence[-1].indicator)  # the measure the plan is of
    return owner + plan.group(1) if 2 <= han_len(owner) <= 20 else ""


def _owner_and_amount(owner: str, name: str) -> str:
    """An amount named by its owner after 的: the owner and what the name says of the
    amount (…总投资); a verb alone goes before the owner, as written (取消了700亿元的
    “三提五统” → 取消“三提五统”), never after it."""
    word = _amount_word(name)
    return word + owner if LEADING_VERBS_RE.fullmatch(word) else owner + word


def _amount_word(name: str) -> str:
    """What a name says of an amount once its owner is known: the name without its
    verbs (抓好总投资 → 总投资, 年销售收入 stays) and without the other attributes
    listed before it (规模最大、总投资 → 总投资)."""
    name = name.rpartition("、")[2]
    return LIGHT_VERBS_RE.sub("", leading_verbs_stripped(name)) or name


#: Verbs of management before an amount, named by its owner after it (抓好总投资…的项目).
LIGHT_VERBS_RE = patterns.compile(r"^(?:抓好|做好|用好|管好|带动|撬动|保障)")


#: The short noun a count owns before 的 (5个村的饮水安全工程): it goes with the count.
COUNTED_OWNER_RE = patterns.compile(rf"[{HAN}]{{1,3}}的")


def _without_counts(text: str, pos: int) -> str:
    """The clause starting at ``pos`` with its counts and amounts left out (投资1亿元，完成
    54栋住宅楼节能改造 → 完成住宅楼节能改造): what the money pays for, named by its words."""
    clause = text[pos : clause_end(text, pos)]
    kept, at = [], 0
    for item in figures(clause):
        if item.unit:
            kept.append(clause[at : item.start])
            owned = COUNTED_OWNER_RE.match(clause, item.end)  # 5个村的|饮水安全工程
            at = item.end
            if owned and kind_of_unit(item.unit) == "count" and han_len(clause[owned.end() :]) >= 4:
                at = owned.end()  # …村的改造 stays whole: 改造 alone would name nothing
    kept.append(clause[at:])
    words = re.sub(r"[、，]+(?=[、，])", "", "".join(kept))
    return re.split(r"的?(?:全部|均已|均|已经|已|顺利|正式)", words)[0]


def _kinds_head(text: str, start: int, earlier: list[Item]) -> str:
    """The things a list of kinds (工业类、城市建设类) sorts: the latest count of the
    sentence that is not itself a kind, without its verbs."""
    for item in reversed(_latest(earlier, _sentence_start(text, start))):
        if item.indicator and "类" not in item.indicator and kind_of_unit(item.unit) == "count":
            return leading_verbs_stripped(item.indicator)
    return ""


def _thing_after(after: str) -> str:
    """The words right after a figure up to its predicate, when nothing else names it:
    35个地方和单位荣获… → 地方和单位."""
    m = re.match(
        rf"的?(?!的)([{HAN}（）“”A-Za-z]{{2,12}}?)(?=[，。；、,;]|$|{PREDICATE_START}|荣获|获评)",
        after,
    ) or re.match(  # a long object: its first noun (在14个市州城区和新区增补…, 为53万名妇女免费…)
        rf"的?(?!的)([{HAN}（）“”A-Za-z]{{2,12}}?)(?=[和及与]|免费|提供|{VERB_ALTERNATION})", after
    )
    return m.group(1) if m and han_len(m.group(1)) >= 2 else ""


#: What a comparison or a rank says right after a rate (增长5%高于全国, 居全省第2): no
#: thing the rate changed.
NOT_CHANGED_THING_RE = patterns.compile(
    r"[高低快慢]于|居|位居|排|列|为|是|以上|以下|左右|等|和|及|与"
)


def _changed_after(text: str, item: Item) -> str:
    """The thing a rate written right after its verb of change changes, named right after
    it up to the clause's end (提高20%低保标准 → 低保标准); "" when a mark, a comparison,
    a verb or more of the sentence follows the rate."""
    after = text[item.after : item.after + WINDOW]
    if not HAN_ONLY_RE.match(after) or after[0] == "的":
        return ""
    thing = _thing_after(after)
    if (
        not thing
        or after[len(thing) : len(thing) + 1] not in ("", "，", "。", "；", "、", ",", ";")
        or weakness(thing)
        or NOT_CHANGED_THING_RE.match(thing)
        or VERB_START_RE.match(thing)
    ):
        return ""
    return thing


#: The words that make what follows a capacity a project (…褐煤提质一期工程).
PROJECT_WORDS = ("项目", "工程")
#: What a capacity is of, written after it up to the next item or its project word.
CAPACITY_OF_RE = patterns.compile(
    rf"(?:{HAN_LETTER}|[“”]){{2,16}}?(?=[、，。；和及]|等?(?:项目|工程)|$)"
)


#: The ends of the names of places a count may list (乡, 行政村, 街道, 社区).
PLACE_ENDS = ("乡", "镇", "村", "县", "区", "市", "旗", "街道", "社区", "组")


@lru_cache(maxsize=256)  # asked for every amount; a report has few units
def _capacity_word(unit: str) -> str:
    """产能 for tonnes, 装机容量 for watts, nothing for other units."""
    return next((word for end, word in CAPACITY_NAMES.items() if unit.endswith(end)), "")


#: The end of a list of projects (…风电、…大麦芽二期等项目): its items are projects.
PROJECTS_LISTED_RE = patterns.compile(r"等(?:重点|重大)?(项目|工程)")


def _in_list_of_projects(text: str, pos: int) -> str:
    """项目 or 工程 when the thing at ``pos`` is an item (…、) of a list the clause ends
    with 等项目; empty otherwise."""
    if text[pos : pos + 1] != "、":
        return ""
    listed = PROJECTS_LISTED_RE.search(text, pos, clause_end(text, pos))
    return listed.group(1) if listed else ""


def _capacity_plant(text: str, last: Item, segment: str) -> str:
    """The plant a capacity written before it sizes (大唐800万吨煤矿, 关停5万吨造纸
    生产线), with the owner or the verb just before the figure; empty otherwise."""
    plant = FACILITY_HEAD_RE.match(ahead(text, last.after)) if _capacity_word(last.unit) else None
    if not plant or text.startswith("、", last.after + plant.end()):
        return ""  # 完成2100万千瓦火电机组、…超低排放改造: objects of one task, listed
    owner = segment.lstrip("，、：:")
    listed, comma, last_item = owner.rpartition("、")
    if comma and PROJECT_END_RE.search(listed):
        owner = last_item  # …金属镁一体化技术改造、沃锦储热40万吨熔盐装置: a list of projects
    if not re.match(REMOVAL_VERBS, owner):
        owner = _doing_stripped(owner)  # 关停晨鸣公司…: a plant closed keeps its verb
    if re.search(r"[^\u4e00-\u9fff]", owner) or han_len(owner) > 8:
        owner = ""  # 加快格尔木、德令哈3座…: a list of places, not the plant's owner
    return owner + plant.group()


#: The end of a project's name in a list of projects (…一体化技术改造、…).
PROJECT_END_RE = patterns.compile(r"(?:改造|升级|建设|项目|工程|扩建|新建)$")
#: Words that point back at a figure already named (上述1.3万亿元, 这15个).
POINTING_BACK_RE = patterns.compile(r"(?:上述|前述|以上|这)$")
#: The things a figure is among, written right after it (15个项目中，…).
AMONG_AFTER_RE = patterns.compile(rf"([{HAN}]{{1,8}})中[，,：:]")
AMONG_BEFORE_RE = patterns.compile(rf"([{HAN}]{{2,8}}?)中[，,]")
#: Something after the figure that names it (anything but 的 before a Han word or a quotation).
NAMED_AFTER_RE = patterns.compile(rf"(?!的)[{HAN}“]")
#: A share word after the subject's own words (金融业占比近20%).
SHARE_WORD_RE = patterns.compile(r"(?:占比|比重)")
#: 占 with no whole after it (…，占45.2%; 约占, 占到).
BARE_SHARE_RE = patterns.compile(r"(?:约|仅|已|共)?占(?:到|了)?(?:约|近|超过?)?")
#: A task completed, the figure its share (完成全年投资计划的52.3%).
TASK_DONE_RE = patterns.compile(r"完成([^，。；]{1,8}?)的$")
#: The industries listed in one word (一二三产增加值).
INDUSTRIES_RE = patterns.compile(r"([一二三]{2,3})(产业?)(.*)")


#: A note in brackets giving a figure on another basis (（同口径增长, （按可比价格计算).
BASIS_NOTE_RE = patterns.compile(
    rf"[（(]((?:{HAN_LETTER}){{0,4}}?(?:口径|可比价?格?|扣除[^，。；）)]{{1,8}}?|剔除[^，。；）)]{{1,8}}?))"
    r"(?:计算|因素|后)?(?:增长|下降|增加|减少|为|达|约)?"
)
#: What opens a clause naming who holds a rate (成为全国|…率保持…的省份).
HOLDER_LEAD_RE = patterns.compile(r"^(?:成为|是|作为)?(?:全国|全省|全球)?")
#: How a network's length is counted, before the measure (营业|里程): not its owner.
OPERATING_RE = patterns.compile(r"(?:营业|运营|通车|建成)$")
#: Whom a sum is spent for, before what is done (投资1330万元|为全部学校|配置…).
FOR_WHOM_RE = patterns.compile(rf"为{HAN_LETTER}{{1,10}}?(?=(?:{VERB_ALTERNATION}))")
#: A condition's measure, before its bound and figure (我省在全国占比|超过10%的有).
CONDITION_MEASURE_RE = patterns.compile(
    r"^(.*?)(?:超过|超|高于|大于|低于|小于|不足|达到|达|在)?[0-9０-９一二三四五六七八九十两]"
)


def _condition_met(text: str, start: int, first: Item, sentence: list[Item]) -> str:
    """The things counted before that meet a condition (104种产品中，占比超过10%的有44种
    → 占比超过10%的产品); a condition listed after it (、超过20%的有23种) has the
    same measure."""
    condition = text[start : first.start - 2].lstrip("、，")
    if not CONDITION_MEASURE_RE.match(condition):
        return ""
    if text[start : start + 1] == "、" and sentence:
        before = text[clause_start(text, sentence[-1].start) : sentence[-1].start]
        if measure := CONDITION_MEASURE_RE.match(before):
            condition = measure.group(1) + condition
    thing = next((it.noun for it in reversed(sentence) if it.noun and it.unit == first.unit), "")
    if not thing and (among := AMONG_BEFORE_RE.search(text, _sentence_start(text, start), start)):
        thing = FRAME_HEAD_RE.sub("", among.group(1))  # 全县行政村中，收入超过50万元的有31个
    return f"{FRAME_HEAD_RE.sub('', condition)}的{thing}" if thing else ""


#: An increase a part contributes to (贡献了全国24.1%的增量), and the whole it is of.
INCREASES = ("增量", "增长")
CONTRIBUTED_RE = patterns.compile(rf"贡献了?({HAN_LETTER}{{0,6}})$")


#: What a bare verb did to the amount before it, up to 和 or the clause's end (完成|60吨|
#: 污泥焚烧处置|和…项目).
DONE_THING_RE = patterns.compile(rf"的?((?:{HAN_LETTER}|[“”]){{2,12}}?)(?=和|与|及|[，。；、,;]|$)")


#: A list item after 的 (投资3500万元的管网改造、…): the figure before is its amount too.
LISTED_AFTER_DE_RE = patterns.compile(r"的[^，。；、]{2,16}、")


def _compared_change(segment: str, first: Item, sentence: list[Item]) -> str:
    """A budget's change against last year in money (…收入9.8亿元，同比增收0.7亿元; 支出…，
    比上年增支…): the change of the sentence's last measure in the same unit, not that
    measure itself; against the budget, with the budget (支出比年初预算增支); "" when the
    segment is no such change or no measure is before."""
    compared = COMPARED_CHANGE_RE.fullmatch(segment)
    same = [it for it in sentence if unit_base(it.unit) == unit_base(first.unit)]
    if not compared or not same or kind_of_unit(first.unit) != "amount":
        return ""
    owner = without_absolute_change(same[-1].indicator)
    change = (compared.group(1) or "") + compared.group(2)
    return owner + change if 2 <= han_len(owner) <= 16 and "、" not in owner else ""


#: A sum written after its parts, alone or with its head (…调入资金1亿元，总计10亿元;
#: 收入合计…): the sentence's total, no part's.
SUM_ALONE_RE = patterns.compile(r"[，、,：:]?((?:收入|支出)?)(总计|合计|共计)(?:为|达到?|实现)?")
#: What the first part of a sum is a part of (一般公共预算收入, 争取中央资金 → 收入, 资金).
SUM_HEADS = ("收入", "支出", "资金", "投资")
#: How money summed was got or given (争取上级资金…、社会资本…，共计…): the sum's too.
SUM_VERBS = ALLOCATION_VERBS + ("争取", "募集", "引进", "吸引", "落实", "发放", "兑付", "完成")


def _sum_of_parts(text: str, segment: str, first: Item, sentence: list[Item]) -> str:
    """The name of a sum written after its parts (一般公共预算收入6亿元，上级补助收入2亿元，
    …，总计10亿元 → 收入总计): the head the first of the parts (since the sentence's last
    ；) ends with, and the verb it opens with when that is no revenue or spending (争取
    中央资金…、省级资金…，合计… → 争取资金合计); "" when it is no sum, fewer than two
    parts precede it or the first names no head.  Whose budget it is comes later
    (:func:`_budget_of_totals`)."""
    if not (alone := SUM_ALONE_RE.fullmatch(segment)):
        return ""
    if alone.group(1):
        return alone.group(1) + alone.group(2)  # 收入总计: the head is written
    since = text.rfind("；", sentence[0].start, first.start)
    base = unit_base(first.unit)
    parts = [it for it in sentence if it.start > since and unit_base(it.unit) == base]
    if len(parts) == 2 and not any(BUDGET_OWNER_RE.search(it.indicator) for it in parts):
        named = [it.indicator for it in parts]
        if all(2 <= han_len(n) <= 8 and "、" not in n for n in named):
            return f"{named[0]}和{named[1]}{alone.group(2)}"  # 税收收入和非税收入总计
    if len(parts) < 2 or not (
        head := next((h for h in SUM_HEADS if parts[0].indicator.endswith(h)), "")
    ):
        return ""
    verb = (
        ""
        if head in ("收入", "支出")
        else next((v for v in SUM_VERBS if parts[0].indicator.startswith(v)), "")
    )
    return verb + head + alone.group(2)


#: A figure again in another unit or as the end of a from–to whose words the clause
#: writes before it (约合6.5亿斤, 约合人民币…; 从120亿元增加到预计完成的135亿元).
CONVERTED_RE = patterns.compile(r"[，,（(]?(?:约合|折合|约折合|相当于)(?:人民币|美元)?")
PLAN_WORD = "(?:预计|预期|计划|力争|有望)"
FROM_TO_ESTIMATE_RE = patterns.compile(
    rf"(?:{PLAN_WORD}[{HAN}]{{0,4}}?[到至为]|[{HAN}]{{0,4}}?[到至为]{PLAN_WORD})"
    rf"(?:完成|实现|达到)?(?:(?:19|20)[0-9]{{2}}年(?:底|末)?)?的?"
)
FROM_RE = patterns.compile(r"[从由]")
#: The last characters of the clauses those are written with (the cheap test first).
SAME_FIGURE_ENDS = frozenset("合于币元的计期划争成现到至为年末底")


def _same_figure_again(
    text: str, segment: str, same_clause: list[Item], sentence: list[Item]
) -> str:
    """The name of the figure before, when this one is the same measure: the same quantity
    in another unit (粮食总产量32.5万吨，约合6.5亿斤), or the end of a from–to that a plan
    word stands in (从120亿元增加到预计完成的135亿元, 由45亿元预计增加到97亿元);
    "" otherwise."""
    if segment[-1:] in "合于币元" and CONVERTED_RE.fullmatch(segment):
        return without_absolute_change(sentence[-1].indicator)
    if (
        same_clause
        and FROM_TO_ESTIMATE_RE.fullmatch(segment)
        and FROM_RE.search(text, clause_start(text, same_clause[-1].start), same_clause[-1].start)
        and unit_base(same_clause[-1].unit) == unit_base(sentence[-1].unit)
    ):
        return without_absolute_change(sentence[-1].indicator)
    return ""


#: A subject that is only a time, a note or a net change (去年达到…, 同比（下同）增长…,
#: 净增41.5亿元): the figure is the one before's, or its net change.
NO_SUBJECT_RE = patterns.compile(
    r"(?:去年|今年|上年|当年)|(?:同比|环比)?[（(]下同[）)]|(净增|净减)"
)


def _no_subject_but(subject: str, sentence: list[Item]) -> str | None:
    """None when ``subject`` names something; else the name it stands for: "" for a time or a
    note alone (the figure before lends its name as to any clause without a subject), the
    figure before's measure and the net change for 净增 (地区生产总值净增)."""
    if not (alone := NO_SUBJECT_RE.fullmatch(subject)):
        return None
    if not alone.group(1):
        return ""
    owner = without_absolute_change(sentence[-1].indicator) if sentence else ""
    return owner + alone.group(1) if 2 <= han_len(owner) <= 16 else None


#: A milestone the clause before passes without a figure (GDP突破千亿元大关), and what is
#: reached after it (，达1046亿元): the owner of both.
MILESTONE_PASSED_RE = patterns.compile(
    r"(.{2,16}?)(?:首次|成功|一举)?(?:突破|跨越|迈上|迈入|站上|跃上|越过)[^，。；]{1,8}$"
)
REACHED_ONLY_RE = patterns.compile(r"[，、,]?(?:达到?了?|为|增至|增加到|升至|实现|完成)")


def _milestone_owner(text: str, start: int, segment: str) -> str:
    """The subject of the clause before when it passes a milestone written without a figure
    (全市GDP突破千亿元大关，达1046亿元 → GDP) and this clause only says what it reached;
    "" otherwise."""
    if start < 2 or text[start - 1] not in "，," or not REACHED_ONLY_RE.fullmatch(segment):
        return ""
    before = text[clause_start(text, start - 1) : start - 1]
    if not (passed := MILESTONE_PASSED_RE.fullmatch(before)):
        return ""
    owner = trim_prefix(FRAME_HEAD_RE.sub("", passed.group(1)))
    return owner if 2 <= han_len(owner) <= 12 and not DIGIT_RE.search(owner) else ""


#: A budget value written inside its completion (完成年初预算|41200万元的93.74%, 为调整预算|…,
#: 完成…批准的支出调整预算|…): the verb, whoever approved it, and the budget's word.
BUDGET_VALUE_RE = patterns.compile(
    r"(?:完成|达到|为|占)(?:[^，。；]{1,24}?批准的?)?(?:支出|收入)?"
    r"((?:年初|调整|全年|年度)?预算|(?:全年|年度|年)计划)数?$"
)
#: The base of a change against last year, written before it (比上年同期|45310万元|减收…).
BASE_BEFORE_RE = patterns.compile(r"[，、,]?(?:同比|比|较)(上年|去年)(同期)?")
#: The change written after its base (…45310万元|减收|6690万元).
BASE_CHANGES = ("增收", "减收", "增支", "减支", "增加", "减少")
BASE_CHANGE_RE = patterns.compile(rf"(?:{'|'.join(BASE_CHANGES)})")
#: The last characters of a budget value's, a base's or a change's clause (the cheap test).
BUDGET_OR_BASE_ENDS = frozenset("算数划年期收支加少")
#: A period opening a measure's name (1-9月全县财政收入): no part of its base's name.
PERIOD_LEAD_RE = patterns.compile(
    r"^(?:[0-9]{1,2}[-—－~～至][0-9]{1,2}月|[上下]半年|前三季度|[一二三四]季度)"
)


def _budget_or_base(
    text: str, segment: str, chain: list[Item], same_clause: list[Item], sentence: list[Item]
) -> str:
    """A budget report's figures around a budget value or a base written inside the
    sentence, named by the measure before them (非税收入38620万元，完成年初预算41200万元的
    93.74%，比上年同期45310万元减收6690万元): the budget value is the measure's (非税收入
    年初预算), the rate after it the measure's completion (非税收入), the base last year's
    (上年同期非税收入) and the change after the base the measure's (非税收入减收); "" for
    any other figure."""
    first = chain[0]
    after = text[chain[-1].after : chain[-1].after + 2]
    measure = without_absolute_change(sentence[-1].indicator)
    if segment == "的" and same_clause and kind_of_unit(first.unit) == "rate":
        value = same_clause[-1]
        budget = BUDGET_VALUE_RE.search(text, clause_start(text, value.start), value.start)
        if budget and value.indicator.endswith(budget.group(1)):
            for item in chain:
                item.rate_default = "completion"  # 为调整预算150000万元的98.84%: no cue before
            return value.indicator[: -len(budget.group(1))].removesuffix("占")
        return ""
    if not 2 <= han_len(measure) <= 20:
        return ""
    if (
        segment[-1:] in "算数划"
        and after[:1] == "的"
        and (budget := BUDGET_VALUE_RE.search(segment))
        and budget.start() == 0
    ):
        # 完成年初预算|41200万元的: the measure's budget, which is the year's, whatever
        # period the measure was reported for (1-9月税收…年初预算 → 税收年初预算)
        return PERIOD_LEAD_RE.sub("", measure) + budget.group(1)
    if (
        kind_of_unit(first.unit) == "amount"
        and segment[-1:] in "年期"
        and (base := BASE_BEFORE_RE.fullmatch(segment))
        and after in BASE_CHANGES
    ):
        return base.group(1) + (base.group(2) or "") + PERIOD_LEAD_RE.sub("", measure)
    if (
        kind_of_unit(first.unit) == "amount"
        and same_clause
        and (change := BASE_CHANGE_RE.fullmatch(segment))
        and len(sentence) >= 2
        and BASE_BEFORE_RE.fullmatch(
            text, clause_start(text, same_clause[-1].start), same_clause[-1].start
        )
    ):
        owner = without_absolute_change(sentence[-2].indicator)
        return owner + change.group() if 2 <= han_len(owner) <= 20 else ""
    return ""


#: A plan of a task that reduces or settles what the subject names (完成年度化解计划的…):
#: the completion is of the task, not of the thing.
TASK_PLAN_RE = patterns.compile(
    r"完成(?:年度|全年|年)?(化解|压减|削减|处置|偿还|清偿|消化|整改|清理|清欠)(?:计划|任务|目标)的$"
)
#: A plan the clause before carries out (推进第三轮老城区更新五年行动计划，…): the tasks
#: counted in the next clause are its; an ordinal round before it names none.
PLAN_OBJECT_RE = patterns.compile(
    rf"(?:第[一二三四五六七八九十0-9]{{1,3}}[轮批期])?({HAN_LETTER}{{2,16}}?(?:行动计划|计划|行动|方案|规划))"
)
TASKS_NAME_RE = patterns.compile(rf"{HAN_LETTER}{{0,6}}任务")


def _plan_of_tasks(text: str, start: int, subject: str) -> str:
    """The plan the clause before carries out, for a count of tasks named without it
    (完成市区级年度任务150项 after 推进…五年行动计划 → 老城区更新五年行动计划); "" otherwise."""
    if start < 2 or text[start - 1] not in "，," or not TASKS_NAME_RE.fullmatch(subject):
        return ""
    before = _doing_stripped(text[clause_start(text, start - 1) : start - 1])
    if before == text[clause_start(text, start - 1) : start - 1]:
        return ""  # no verb of doing: a topic, not a plan carried out
    plan = PLAN_OBJECT_RE.fullmatch(before)
    return plan.group(1) if plan and not DIGIT_RE.search(plan.group(1)) else ""


#: A verb that spends money on what it lists (投资供水、燃气等基础设施9.4亿元).
SPENDING_RE = patterns.compile(r"^(?:投资|投入)")


def _head_of_listed(segment: str, subject: str, unit_kind: str) -> str:
    """The generic head a list of examples ends with, named with the verb its clause opens
    with (全年新引进A、B、C等项目43个 → 新引进项目), or, for money spent on them, as the spending
    (投资供水、燃气、通信等基础设施9.4亿元 → 基础设施投资); "" when the clause is no such list."""
    k = segment.rfind("等")
    head = segment[k + 1 :]
    if not head.endswith(subject) or han_len(head) > 6 or "、" not in segment[:k]:
        return ""
    opening = MANNER_RE.sub("", FRAME_HEAD_RE.sub("", segment[:k].lstrip("，、")))
    if unit_kind == "amount" and (spent := SPENDING_RE.match(opening)):
        return head + spent.group()
    if not head.endswith(GENERIC_HEADS):
        return ""  # …等千人以上活动: a head that says what it is keeps its name
    verbs = LEADING_VERBS_RE.match(opening)
    return verbs.group() + head if verbs and verbs.end() < len(opening) else ""


#: A completion of a plan said of a 分别 list (分别占年度计划…; 分别完成全年任务的… keeps its
#: task in the name, as the answer key writes it).
PLAN_COMPLETED_RE = patterns.compile(r"占(?:年度|全年|年)?(?:投资)?(?:计划|目标|任务|预算)的?")


def _each_listed(segment: str, chain: list[Item], sentence: list[Item]) -> list[str]:
    """Each figure of a 分别 list named by the thing listed before it in the same order:
    counts listed before a measure of each (8个省重点项目、…、75个市重点项目分别完成投资
    36.4亿元、… → 省重点项目完成投资, …), and the completions of the plan said of each
    after them (，分别占年度计划108.5%、… → 省重点项目完成投资, …); [] otherwise."""
    n = len(chain)
    listed = sentence[-n:]
    names = [it.indicator for it in listed]
    if len(listed) < n or len(set(names)) < n or not all(names):
        return []
    noun = listed[-1].noun.removesuffix("分别")  # 75个市重点项目分别…: the noun read on
    if (
        noun
        and segment.startswith(noun + "分别")
        and all(kind_of_unit(it.unit) == "count" for it in listed)
        and 2 <= han_len(words := segment[len(noun) + 2 :]) <= 8
        and not DIGIT_RE.search(words)
    ):
        return [name + words for name in names]  # …项目分别完成投资: each one's investment
    words = segment.lstrip("，,").removeprefix("分别")
    if (
        segment.lstrip("，,").startswith("分别")
        and kind_of_unit(chain[0].unit) == "rate"
        and PLAN_COMPLETED_RE.fullmatch(words)
        and len({unit_base(it.unit) for it in listed}) == 1
    ):
        return [without_absolute_change(name) for name in names]  # each one's completion
    return []


#: Owners listed before 分别 and the measure after its verb (A区、B区和C区|分别实现|生产总值).
OWNERS_LISTED_RE = patterns.compile(
    rf"^([{HAN}A-Za-z“”、]{{3,103}})分别(?:实现|完成|达到|达|为|是|{VERB_ALTERNATION})?([{HAN}]{{2,12}})$"
)
#: What joins the owners of such a list: the list is split on each, in Python, not by the
#: pattern (an owner could hold 和 too, and trying each reading made the match backtrack).
OWNER_JOINS_RE = patterns.compile("[、和及与]")


def _owners_listed(segment: str, n: int) -> list[str]:
    """Each figure of a 分别 list named by its owner, listed before 分别 in the same order,
    and the measure written once after the verb (A区、B区和C区分别实现生产总值50亿元、…
    → A区生产总值, …); [] when the owners are not one per figure or the words after the
    verb name no measure."""
    listed = OWNERS_LISTED_RE.match(trim_prefix(FRAME_HEAD_RE.sub("", segment.lstrip("，,"))))
    if not listed or not MEASURED_END_RE.search(measure := listed.group(2)):
        return []
    owners = OWNER_JOINS_RE.split(listed.group(1))
    if (
        len(owners) != n
        or not 2 <= n <= 8
        or not all(2 <= han_len(owner) <= 10 and len(owner) <= 12 for owner in owners)
    ):
        return []
    return [owner + measure for owner in owners]


def _clause_indicators(text: str, chain: list[Item], earlier: list[Item]) -> list[str]:
    """The shortest phrase naming what is measured, for each item of a list.

    A count written before its noun (9个改革创新实践案例) names it after the
    number, with the predicate that picks the counted ones out (9项任务提前完成
    年度目标 → 提前完成年度目标的任务); otherwise the subject of the clause names
    it (GDP增长5.3%), or a subject list is shared out (解决率、满意率分别为…),
    or, for a clause with no subject of its own (…，增长1.9%), the figures just
    before lend theirs.  Shares name their whole (进出口总额占全市), gaps their
    comparison (增速高于全市), absolute changes their base (…较去年增长).
    """
    first, last = chain[0], chain[-1]
    unit_kind = kind_of_unit(last.unit)
    beneficiary = None
    start = start_of_clause = clause_start(text, first.start)
    same_clause = _latest(earlier, start)
    if same_clause:
        start = max(start, same_clause[-1].end)
    if same_clause and (
        rest := UNIT_REST_RE.match(text, start, first.start)
        or SCOPE_NOTE_RE.match(text, start, first.start)
    ):
        start = rest.end()  # 7.4万套（间）、累计达到61万套: （间） belongs to 7.4万套
    elif same_clause and (word := next((w for w in MILESTONES if text.startswith(w, start)), "")):
        start += len(word)  # 迈上3000亿元台阶、增长6%: 台阶 belongs to the figure before
    elif (close := text.find("）", start, first.start)) >= 0 and "（" not in text[start:close]:
        # The clause began inside a note (广义货币M2（注：M2为…）预期增长): read from before it.
        opening = text.rfind("（", max(0, start - WINDOW), start)
        start = clause_start(text, opening) if opening >= 0 and not same_clause else start
    segment = text[start : first.start]
    sentence = _latest(earlier, _sentence_start(text, first.start))
    if segment[:1] in "同比较" and (
        compared := _compared_change(segment, first, _outside_notes(text, sentence, start))
    ):
        return [compared] * len(chain)
    if (
        sentence
        and segment[-1:] == "的"
        and last.unit in ("%", "％")  # a multiple of it stays the measure's (是上年的1.8倍)
        and (against := RELATIVE_TO_EARLIER_RE.fullmatch(segment))
    ):
        # 旅游总收入586亿元，恢复到2019年的105%; A…、B…，分别相当于上年的…: each figure
        # before, as a part of its own earlier level
        each = against.group(1) and len(sentence) >= len(chain)
        lenders = sentence[-len(chain) :] if each else [sentence[-1]] * len(chain)
        return [
            without_absolute_change(it.indicator) + "相当于" + against.group(2) for it in lenders
        ]
    if (
        sentence
        and segment[-1:] in SAME_FIGURE_ENDS
        and (same := _same_figure_again(text, segment, same_clause, sentence))
    ):
        return [same] * len(chain)
    if (
        sentence
        and (segment == "的" or segment[-1:] in BUDGET_OR_BASE_ENDS)
        and (based := _budget_or_base(text, segment, chain, same_clause, sentence))
    ):
        return [based] * len(chain)
    if "分别" in segment and len(chain) > 1 and (each := _each_listed(segment, chain, sentence)):
        return each
    if "分别" in segment and len(chain) > 1 and (owners := _owners_listed(segment, len(chain))):
        return owners
    if (
        unit_kind == "amount"
        and "计" in segment
        and (total := _sum_of_parts(text, segment, first, sentence))
    ):
        return [total] * len(chain)
    if (
        same_clause
        and segment.endswith(("为", "至", "到"))
        and visible_len(segment) <= 8
        and text.endswith(("由", "从"), 0, same_clause[-1].start)
        and unit_base(same_clause[-1].unit) == unit_base(first.unit)
        and same_clause[-1].indicator
    ):
        return [same_clause[-1].indicator] * len(chain)  # 学校由120所调整为98所: the same
    if segment.endswith("的有") and (condition := _condition_met(text, start, first, sentence)):
        return [condition] * len(chain)  # 占比超过10%的有44种: the things that meet it
    if (
        same_clause
        and LISTED_AFTER_DE_RE.fullmatch(segment)
        and OWNER_AFTER_RE.match(ahead(text, last.after))
        and (
            generic := next(
                (w for w in GENERIC_AMOUNTS if same_clause[-1].indicator.endswith(w)), ""
            )
        )
    ):
        return [generic] * len(chain)  # 投资3500万元的管网改造、3800万元的巷道改造: the same 投资
    if (
        unit_kind == "count"
        and same_clause
        and (which := CONDITION_RE.fullmatch(segment))
        and visible_len(cond := text[start_of_clause : same_clause[-1].end]) <= 24
    ):
        # 年销售收入超10亿元的龙头企业达100家: the things counted are those meeting it.
        return [f"{FRAME_HEAD_RE.sub('', cond)}的{which.group(1)}"] * len(chain)
    if (segment == "的" or segment.endswith(("计划", "目标", "任务"))) and (
        plan_named := _plan_named(text, start_of_clause, first, segment, same_clause, sentence)
    ):
        return [plan_named] * len(chain)
    if (
        unit_kind == "amount"
        and (adjusted := ADJUSTED_TO_RE.search(segment))
        and (subject := clause_subject(text, start, first.start - len(adjusted.group())))
    ):
        # 一般公共预算支出调整为48.6亿元: the budget after the change, not the change
        return ["调整后" + subject] * len(chain)
    if segment[:1] in "扣剔若如不" and sentence and (basis := BASIS_CLAUSE_RE.fullmatch(segment)):
        # …下降8.0%，扣除留抵退税因素后增长8.8%: the figure before, on another basis
        lent = without_absolute_change(sentence[-1].indicator)
        return [f"{lent}（{basis.group(1)}）"] * len(chain)
    if first.unit == "倍" and sentence and MULTIPLE_OF_RE.fullmatch(segment.lstrip("，,")):
        # …由58亿元增加到97亿元，是“十二五”期末的1.7倍: the same measure, as a multiple;
        # 税收收入5亿元，非税收入2亿元，是2010年的1.4倍和1.9倍: each of the sums before
        sums = [it for it in sentence if kind_of_unit(it.unit) == "amount"]
        if len(chain) > 1 and len(sums) >= len(chain):
            return [without_absolute_change(it.indicator) for it in sums[-len(chain) :]]
        return [without_absolute_change(sentence[-1].indicator)] * len(chain)
    bare = BRACKETED_NOTE_RE.sub("", segment) if "）" in segment else segment
    if unit_kind == "rate" and (budget := BUDGET_RE.search(bare)):
        # 收入完成89.2亿元，为预算的104.3%: the budget item completed names it; a note
        # after the budget (为预算（调整后预算，下同）的…) says which budget.
        subject = clause_subject(text, start, first.start - len(budget.group()))
        if bare != segment:
            subject = ""
        if not subject and sentence:
            # 收入50亿元（区本级40亿元，开发区10亿元），完成预算的101%: the whole's, not a part's
            whole = _outside_closed_note(text, sentence, start)[-1]
            subject = without_absolute_change(whole.indicator)
        if subject:
            return [subject] * len(chain)
    if segment[:1] in "（(" and sentence and (basis := BASIS_NOTE_RE.fullmatch(segment)):
        # 增长1.7%（同口径增长2.5%）: the figure before, on another basis.
        lent = without_absolute_change(sentence[-1].indicator)
        return [f"{lent}（{basis.group(1)}）"] * len(chain)
    if (
        ("这" in segment or "述" in segment or "以上" in segment)  # what the pattern ends with
        and POINTING_BACK_RE.search(segment)
        and (named := _named_before(text, last, earlier))
    ):
        return [named] * len(chain)  # …国债1.3万亿元。上述1.3万亿元…: the same sum again
    if (
        len(chain) == 1
        and (within := AMONG_AFTER_RE.match(ahead(text, last.after)))
        and (named := _named_before(text, last, earlier))
    ):
        last.noun = within.group(1)
        return [named]  # …15个开展前期工作。15个项目中，…: the same 15 as before
    if (
        unit_kind == "amount"
        and (
            VERB_START_RE.match(ahead(text, last.after))
            or text.startswith("对", last.after)
            or text[last.after : last.after + 1] == "为"
            and (beneficiary := FOR_WHOM_RE.match(text, last.after, last.after + 16))
        )
        and (generic := clause_subject(text, start, first.start)) in GENERIC_AMOUNTS
        and (
            thing := next_object(text, beneficiary.end() if beneficiary else last.after)
            or next_object(_without_counts(text, last.after), 0)  # 实施…等14个项目
        )
    ):
        return [thing + generic] * len(chain)  # 投资800万元实施燃煤锅炉改造: what it pays for
    if (
        unit_kind == "count"
        and same_clause
        and (noun := same_clause[-1].noun)
        and segment in (noun + "中", noun + "中有")  # a pattern per noun filled re's cache
    ):
        # 68所学校中有12所达到省级标准: some of the things just counted, picked out
        # by what follows them.
        predicate = text[last.after : clause_end(text, last.after)]
        named = with_predicate(predicate, noun) if 2 <= han_len(predicate) <= 12 else noun
        return [named] * len(chain)
    if (
        unit_kind == "count"
        and segment.endswith(("从", "由"))
        and (widened := WIDENED_RE.match(ahead(text, last.after)))
        and 2 <= han_len(owner := _doing_stripped(segment[:-1])) <= 12
    ):
        # 托管帮扶从15个县（市）扩大到57个县（市）: both counts are of the owner's things.
        last.noun = widened.group(1)
        return [join_once(owner, widened.group(1))] * len(chain)
    if (
        same_clause
        and (noun := same_clause[-1].noun)
        and WIDENED_RE.fullmatch(segment)
        and ahead(text, last.after).startswith(noun)
    ):
        return [same_clause[-1].indicator] * len(chain)
    if (
        last.unit == "个"
        and (milestone := MILESTONE_RE.search(segment))
        and (steps := STEPS_AFTER_RE.match(ahead(text, last.after)))
        and (owner := clause_subject(text, start, first.start - len(milestone.group())))
    ):
        # 地区生产总值连跨3个千亿级台阶: the steps the owner's figure passed.
        last.noun = steps.group()
        return [owner + milestone.group() + steps.group()] * len(chain)
    if (milestone := MILESTONE_RE.search(segment)) and MILESTONE_AFTER_RE.match(
        ahead(text, last.after)
    ):
        # 地区生产总值迈上3000亿元台阶: the figure is the subject's, not the 台阶's.
        owner = clause_subject(text, start, first.start - len(milestone.group()))
        if not owner and sentence:
            owner = without_absolute_change(sentence[-1].indicator)
        if owner:
            return [owner] * len(chain)
    if (
        unit_kind == "amount"
        and (word := _capacity_word(last.unit))
        and (thing := CAPACITY_OF_RE.match(ahead(text, last.after)))
        and (
            segment.endswith("年产")
            or segment == "、"
            and same_clause
            and same_clause[-1].indicator.endswith(tuple(CAPACITY_NAMES.values()))
            or text.startswith(
                PROJECT_WORDS, last.after + thing.end() + (text[last.after + thing.end()] == "等")
            )
            and not any(verb in thing.group() for verb in VERBS)  # 煤矿完成项目核准, 扩建项目
            or _in_list_of_projects(text, last.after + thing.end())
        )
    ):
        # 年产4万吨基础锂盐一体化和…项目; 700万吨露天煤矿、400万吨褐煤提质; 亘富200万吨
        # 褐煤提质一期工程: a capacity of what is built, with a short owner before it.
        owner = _doing_stripped(segment.rpartition("、")[2])  # …、青海广泰10万吨再生铝
        owner = owner if 2 <= han_len(owner) <= 6 and not VERB_END_RE.search(owner) else ""
        if segment.endswith("年产"):
            return [thing.group() + "年产能"] * len(chain)
        after = last.after + thing.end()
        after += text[after] == "等"  # 10万吨再生铝等项目: the project word after 等
        project = next((w for w in PROJECT_WORDS if text.startswith(w, after)), "")
        if listed := _in_list_of_projects(text, last.after + thing.end()):
            # 加快推进大唐哈克5万千瓦风电、…等项目: each item is a project
            owner, project = _doing_stripped(segment.rpartition("、")[2]), listed
        return [owner + thing.group() + project + word] * len(chain)
    if unit_kind == "amount" and (plant := _capacity_plant(text, last, segment)):
        # 2座60万千瓦风电场: the count is of plants, the capacity is theirs.
        return [plant + _capacity_word(it.unit) for it in chain]
    if unit_kind in ("count", "amount") and (
        counted := counted_name(text, chain, segment, sentence)
    ):
        for it in chain:
            it.noun, it.mode = counted.noun, counted.mode
        return [counted.name] * len(chain)
    after = NOUN_AFTER_RE.match(ahead(text, last.after))
    noun = after.group(1) if after and NOUN_START_RE.match(after.group(1)) else ""
    if (
        same_clause
        and same_clause[-1].noun
        and segment.startswith(same_clause[-1].noun)
        and not re.match(
            rf"[0-9０-９]{{4}}年|[{HAN}]{{0,4}}(?:收入|产值|增加值|营收|利润|产量|总额|规模|面积)",
            segment[len(same_clause[-1].noun) :],
        )
        and not OWNED_AMOUNT_RE.fullmatch(segment[len(same_clause[-1].noun) :])
    ):
        start += len(same_clause[-1].noun)  # 为2.3万名困难群众|发放救助金1.8亿元
        segment = text[start : first.start]
        if measure := measure_after_state(trim_prefix(segment)):
            # 12家部门运维|实现集中管理、经费下降28%: the things counted own the measure
            return [same_clause[-1].noun + measure] * len(chain)
    # What a share is taken of, a gap's comparison, an absolute change's base: each
    # stands at the end of the segment, after the subject, which is read without it.
    share_of, cut = share_whole(segment, unit_kind == "rate")
    suffix = share_of
    if not share_of and (
        (m := GAP_RE.search(segment))
        or unit_kind == "pp"
        and sentence
        and kind_of_unit(sentence[-1].unit) == "rate"
        and (m := PASSED_GAP_RE.search(segment))
    ):
        suffix, cut = m.group(), len(m.group())  # 增速高于全市1.6个百分点, 超过计划…
    elif not share_of and unit_kind in ("count", "amount") and (m := ABS_CHANGE_RE.search(segment)):
        suffix, cut = m.group().lstrip("拟将再"), len(m.group())  # 较去年增长17亿元: a change
    subject = clause_subject(text, start, first.start - cut)  # the subject stands before 占…
    if len(subject) <= 4 and subject and MANNER_RE.fullmatch(subject):
        subject = ""  # …增加近800亿元，稳步达到…: a manner word names nothing
    if (
        unit_kind == "rate"
        and "完成" in segment
        and (task := TASK_PLAN_RE.search(segment))
        and subject
        and not subject.endswith(task.group(1))
    ):
        subject += task.group(1)  # 存量隐性债务完成年度化解计划的…: the reduction is completed
    if subject[-2:] == "任务" and (plan := _plan_of_tasks(text, start_of_clause, subject)):
        subject = plan + subject  # 推进…五年行动计划，完成市区级年度任务150项: the plan's tasks
    if "等" in segment and subject and (listed := _head_of_listed(segment, subject, unit_kind)):
        subject = listed  # 新引进A、B、C等项目43个: the projects newly brought in
    if subject[-1:] in "年）)增" and (lent := _no_subject_but(subject, sentence)) is not None:
        if lent:
            return [lent] * len(chain)
        subject = ""  # 去年达到…; 同比（下同）增长…: the figure before's
    written = subject  # as the clause writes it, before a list lends it a verb or an owner
    if segment.startswith("、") and same_clause and subject:
        subject = shared_verb(same_clause[-1], subject, unit_kind, chain[0].unit)  # 取消A、B
        subject = shared_owner(  # 企业营收…、利润…
            same_clause[-1].indicator,
            subject,
            kind_of_unit(same_clause[-1].unit) == "count",
        )
        doer = LIGHT_OWNER_RE.match(text, start_of_clause, same_clause[0].start)
        owner = trim_prefix(MANNER_RE.sub("", doer.group(1))) if doer else ""
        if han_len(owner) >= 2 and not subject.startswith(owner) and han_len(subject) <= 6:
            subject = owner + subject  # 省属企业完成投资…、研发投入…: the same doer
        elif (topic := _topic_of(same_clause, subject)) and _predicate_alone(subject):
            subject = topic + subject  # “千企帮扶”行动服务企业…、解决困难…: the same doer
    after_de = text[last.after : last.after + 1] == "的"
    if after_de and unit_kind == "rate" and (target := GROWTH_TARGET_RE.match(text, last.after)):
        return [target.group(1) + "增长目标"] * len(chain)  # 8%左右的国内生产总值增长目标
    if after_de and unit_kind == "rate" and text.startswith(SPEEDS, last.after):
        # 经济以7%左右的速度增长: the speed of what grows, written before 以
        grower = trim_prefix(FRAME_HEAD_RE.sub("", SPEED_LEAD_RE.sub("", segment)))
        return [(grower if 2 <= han_len(grower) <= 10 else "") + "增长速度"] * len(chain)
    if (
        after_de
        and unit_kind == "rate"
        and noun in INCREASES
        and sentence
        and (given := CONTRIBUTED_RE.search(segment))
    ):
        # …进出口总额9.5万亿元，贡献了全国24.1%的增量: its share of the whole's increase
        lent = without_absolute_change(sentence[-1].indicator)
        return [f"{lent}占{given.group(1)}{noun}比重"] * len(chain)
    if after_de and unit_kind == "rate" and (held := RATE_HELD_RE.search(segment)):
        # 成为全国…优良率连续五年保持100%的唯一省份: the rate's level, whoever holds it.
        rate = trim_prefix(HOLDER_LEAD_RE.sub("", segment[: held.end(1)]))
        if han_len(rate) >= 3:
            return [rate] * len(chain)
    if subject in CLAUSE_PERIODS and unit_kind == "rate" and noun and not after_de:
        subject = ""  # 每年70%左右财政支出用于民生: when it holds, not whose share it is
    if (
        noun
        and (after_de or unit_kind == "rate" and not subject and opens_clause(text, first.start))
        and unit_kind not in ("count", "amount")
        and not noun.endswith(EVALUATIONS)
        and not noun.startswith("有")  # 占比超过10%的有44种: a condition, not a noun
        and not GROWTH_AFTER_DE_RE.match(text, last.after)  # 实现7%的较快增长: the subject's
    ):
        pos = last.after + after_de + len(noun)  # 九成以上企业复工: a share opening its clause
        while text[pos : pos + 1] == "、" and (more := NOUN_AFTER_RE.match(ahead(text, pos + 1))):
            noun += "、" + more.group(1)  # 占比约五成的金融业、租赁和商务服务业…
            pos += 1 + len(more.group(1))
        if adverb := re.search(r"(?:都能|均能|都|均|也)$", noun):
            noun, pos = noun[: adverb.start()], pos - len(adverb.group())  # 学生都能在…学习
        if not after_de and sentence and (VERB_START_RE.match(noun) or PIVOT_RE.match(noun)):
            # 支出3.4万亿元，74%以上用于民生: the share is of the figure before.
            lent = without_absolute_change(sentence[-1].indicator)
            return [f"{lent}{noun}占比"] * len(chain)
        if noun[-2:] in THRESHOLD_VERBS and (bar := ahead(text, pos)) and DIGIT_RE.match(bar):
            # 超五成行政村集体经济收入超过10万元: the share of those past the bar
            return [_past_the_bar(noun, bar)] * len(chain)
        predicate = re.sub(r"^(?:都|均|也)?(?:能|可以|可)?", "", text[pos : clause_end(text, pos)])
        if (
            predicate
            and visible_len(predicate) <= 16
            and not DIGIT_RE.search(PREDICATE_DURATION_RE.sub("", predicate))
            and not re.match(r"(?:的|受|为|达(?!到[^0-9０-９])|占|和|及|与|、|等)", predicate)
        ):
            # 96.2%的养老机构开展医养结合; 一半人口居住在城镇: a place completes the verb.
            located = predicate.startswith("在") and VERB_END_RE.search(noun) is None
            noun = noun + predicate if located else with_predicate(predicate, noun)
        if scope := re.search(rf"((?:本|全|该)[{HAN}]{{1,4}}?)(?:占比|比重)$", segment):
            return [f"{noun}占{scope.group(1)}比重"] * len(chain)  # 本行业占比80%的重点企业
        if (
            segment.startswith("、")
            and same_clause
            and (reach := VERB_IN_RE.fullmatch(segment[1:]))
            and (head := SHARED_HEAD_RE.search(same_clause[-1].indicator, 2))
        ):
            # 高铁营业里程达到3万公里、覆盖80%以上的大城市: what the figure before is of
            owner = OPERATING_RE.sub("", same_clause[-1].indicator[: head.start()])
            return [f"{owner}{reach.group()}{noun}占比"] * len(chain)
        if VERB_END_RE.search(subject) or VERB_IN_RE.search(subject):
            return [f"{subject}{noun}占比"] * len(chain)  # 轨道交通覆盖85%的乡镇: a share of 乡镇
        # 所有市州和98%的县市区建成…: what is listed before 和 is no subject of the share.
        share = segment.endswith(("占比", "比重")) or not subject or segment.endswith(LIST_JOINS)
        return [noun + ("占比" if share else "")] * len(chain)
    generic = subject in GENERIC_SUBJECT or bool(
        # 落地项目120个、总投资额560亿元; 实施重点项目800个、完成投资2000亿元
        same_clause
        and (
            subject in GENERIC_AMOUNT_NAMES or LEADING_VERBS_RE.sub("", subject) in GENERIC_AMOUNTS
        )
    )
    total_of = (
        leading_verbs_stripped(without_absolute_change(sentence[-1].indicator)) if sentence else ""
    )
    if subject.startswith("总") and han_len(subject) >= 3 and total_of.endswith(subject[1:]):
        subject = total_of  # 新增公路里程320公里，总里程达5600公里: the total of the same
    elif generic and (same_clause or sentence):
        # 新增…总部7家、总量达160家; …完成980亿元，增速高于全省…: whose 总量, whose 增速
        lent = leading_verbs_stripped(
            without_absolute_change((same_clause or sentence)[-1].indicator)
        )
        if subject.startswith("总"):
            # 新登记经营主体…，总量…: the total of all of them
            lent = FLOW_WORDS_RE.sub("", lent.removeprefix("净增"))
        if unit_kind in ("count", "amount"):
            lent = RATE_WORD_END_RE.sub("", lent)  # …收入增速达9%，规模达到80亿元: the income's
        subject = lent + subject
    elif (
        subject in GENERIC_AMOUNT_NAMES
        and not same_clause
        and (owner := previous_object(text, start))
    ):
        subject = owner + subject  # 设立乡村振兴基金，资金规模10亿元: whose 资金规模
    quantities = [it for it in sentence if kind_of_unit(it.unit) in ("count", "amount")]
    if unit_kind == "count" and (same := [it for it in quantities if it.unit == last.unit]):
        quantities = same  # 交通项目8个，年度计划投资9亿元，开工6个: of the projects counted
    if (
        subject
        and not quantities
        and not NAMED_AFTER_RE.match(ahead(text, last.after))  # nothing names it after
        and BARE_VERBS_RE.match(MANNER_RE.sub("", subject))
        and (owner := previous_object(text, start))
    ):
        # 完善朝阳园空间布局，初步形成4片区…: the verbs alone name nothing; the
        # clause before says what, and a unit that is a noun (片区) says which part.
        return [owner + (noun_unit(last.unit) if unit_kind == "count" else "")] * len(chain)
    if (
        subject
        and BARE_VERBS_RE.match(MANNER_RE.sub("", subject))  # 基本建成511万套: 基本 is manner
        and quantities
        and unit_kind in ("count", "amount")
    ):
        return [_elided_object(subject, quantities)] * len(chain)
    if (
        not suffix
        and subject
        and written
        and (m := SHARE_WORD_RE.match(segment[segment.rfind(written) + len(written) :]))
    ):
        suffix = m.group()  # 金融业占比近20%
    if not suffix and not subject and (m := SHARE_WORD_RE.match(segment.lstrip("，、"))):
        suffix = m.group()  # 风电装机达…、占比达31.5%: the share of the figure before
    elif not suffix and not subject and BARE_SHARE_RE.fullmatch(segment.lstrip("，、")):
        suffix = "占比"  # 林地面积120万亩，占45.2%: a share whose whole goes unsaid
    task = TASK_DONE_RE.search(segment) if "完成" in segment else None
    parts = parallel_parts(BASE_OF_MULTIPLE_RE.sub("", subject) if "分别" in subject else subject)
    if (
        "、" in subject
        and not subject.removeprefix("分别").startswith(("比", "较"))  # a gap's bases
        and len(parts) == len(chain) - 1
        and (joined := LAST_JOIN_RE.search(subject))
    ):
        # A、B、C和D分别为…: the 和 before the last part joins the list, when that makes
        # one part per figure (租赁和商务服务业 stays whole where the count is already right).
        parts = parallel_parts(subject[: joined.start()] + "、" + subject[joined.end() :])
    if (
        subject[:1] in ("一", "二", "三")
        and (industries := INDUSTRIES_RE.match(subject))
        and len(industries.group(1)) == len(chain)
    ):
        digits, word, rest = industries.groups()  # 一二三产增加值 → 一产…, 二产…, 三产…
        parts = [d + word + rest for d in digits]
    if len(parts) == len(chain) > 1:
        # 游客人数和总花费分别增长: a bare measure takes the owner of the part before.
        parts = parts[:1] + [shared_owner(a, b) for a, b in pairwise(parts)]
        if parts[0][:1] == "“" and (owner := QUOTED_LEAD_RE.match(parts[0])):
            # “一区六园”工业总产值、工业增加值和入库税收: the parks own every part
            parts = [p if p.startswith(owner.group()) else owner.group() + p for p in parts]
        return [join_once(p, suffix) for p in parts]
    if subject:
        if segment.endswith("完成") and (
            obj := re.match(rf"[{HAN}]{{2,12}}(?=[，。；])", ahead(text, last.after))
        ):
            return [join_once(subject, obj.group())] * len(chain)  # 完成80%主体结构建设
        return [join_once(subject, suffix)] * len(chain)
    tail = task.group(1) if task else ""
    if (
        len(chain) > 1
        and "分别" in segment
        and len(parts := parallel_parts(previous_subject(text, start))) == len(chain)
    ):
        return parts  # A、B从无到有，分别达2个、3个: the clause before lists whose they are
    if len(sentence) >= len(chain) > 1:
        return [
            join_once(_growth_named(text, unit_kind, it), tail, suffix)
            for it in sentence[-len(chain) :]
        ]
    if owner := _milestone_owner(text, start, segment):
        # GDP突破千亿元大关，达1046亿元: the GDP's, whatever figures came before it
        return [owner] * len(chain)
    if sentence:
        sentence = _outside_closed_note(text, sentence, start)
    if sentence and segment.lstrip("，、").startswith(("累计", "总数", "总量", "共计")):
        # 新增公园127座，累计达到1100座: the stock is of the things, not of the new ones;
        # 新增市场主体…，其中企业…、个体工商户…，累计达到…: of the whole, not its last part.
        parts_from = text.rfind("其中", sentence[0].start, first.start)
        whole = [it for it in sentence if it.end <= parts_from] or sentence
        lent = leading_verbs_stripped(without_absolute_change(whole[-1].indicator))
        return [join_once(lent, tail, suffix)] * len(chain)
    if sentence:
        lender = _outside_notes(text, sentence, start)[-1]
        if (
            unit_kind == "rate"
            and "占" in lender.indicator
            and (UP_BEFORE_RE.search(segment) or DOWN_BEFORE_RE.search(segment))
            and (sums := [it for it in sentence if "占" not in it.indicator])
        ):
            lender = sums[-1]  # 非税收入2亿元，占财政收入20%，同比下降5%: the sum's decline
        elif (
            unit_kind == "rate"
            and kind_of_unit(lender.unit) == "rate"
            and (UP_BEFORE_RE.search(segment) or DOWN_BEFORE_RE.search(segment))
            and text.endswith("的", 0, lender.start)
            and "完成" in text[clause_start(text, lender.start) : lender.start]
            and (
                sums := [
                    it
                    for it in sentence
                    if kind_of_unit(it.unit) == "amount"
                    and not it.indicator.endswith(("计划", "预算", "目标", "任务"))
                ]
            )
        ):
            # 税收收入2.1亿元，完成市定任务的98%，下降3.4%: the sum's decline (not its plan's)
            lender = sums[-1]
        lent = _growth_named(text, unit_kind, lender)
        if unit_kind in ("count", "amount") and (change := BARE_CHANGE_RE.fullmatch(segment)):
            return [lent + change.group(1)] * len(chain)  # 收入突破3万亿元，增加5232亿元
        return [join_once(lent, tail, suffix)] * len(chain)
    if "分别" in segment and (listed := _listed_before(text, start, len(chain))):
        return listed  # A、B、C和D跃上新台阶，分别为…: each part its figure
    if "分别" in segment and (owner := previous_subject(text, start)):
        parts = parallel_parts(owner)  # A和B，分别增长8.3%和9.2%
        return parts if len(parts) == len(chain) else [owner] * len(chain)
    if owner := previous_rate_owner(text, start):
        return [owner] * len(chain)  # …生产总值增长速度…，“十一五”年均增长7.5%
    predicate = segment.strip("、的")
    if BARE_VERBS_RE.fullmatch(predicate) and (
        done := DONE_THING_RE.match(ahead(text, last.after))
    ):
        return [predicate + done.group(1)] * len(chain)  # 完成60吨污泥焚烧处置和…项目
    # Nothing but a predicate (完成全年投资计划的52.3%): the predicate names it.
    return [predicate] * len(chain)


#: A body named in quotes opening a list's first part (“一区六园”工业总产值).
QUOTED_LEAD_RE = patterns.compile(r"“[^“”]{2,10}”(?=[\u4e00-\u9fff]{2})")
#: A name that already says it is a rate: a change in points is of it as named.
RATE_NAME_END_RE = patterns.compile(r"(?:率|速|幅|比重|占比|份额|水平|指数)$")


def _growth_named(text: str, unit_kind: str, lent: Item) -> str:
    """The name a figure before lends to a clause without a subject: the figure's
    measure; for a change in points after a growth rate (存款余额增长8.4%，提高2.6个百分点)
    that measure's growth (存款余额增速), not the measure moving by points."""
    name = without_absolute_change(lent.indicator)
    owner, share, _ = name.partition("占")
    if unit_kind in ("count", "amount") and share and han_len(owner) >= 2:
        return owner  # 预备费按…的2%设置，安排1.2亿元: the sum is the part's, not its share
    if unit_kind != "pp" or kind_of_unit(lent.unit) != "rate" or RATE_NAME_END_RE.search(name):
        return name
    words = text[clause_start(text, lent.start) : lent.start].rstrip("、，,")
    while words[-1:] in "0123456789.%、个和及" and words:
        words = words[:-1]  # 分别增长8.4%、|11.2%: the list's verb is before its first item
    if UP_BEFORE_RE.search(words):
        return name + "增速"
    return name + "降幅" if DOWN_BEFORE_RE.search(words) else name


#: Verbs that may follow the topic of a list's first item (行动|服务企业, 以旧换新|带动…).
TOPIC_VERBS_RE = patterns.compile(rf"(?:{VERB_ALTERNATION}|{'|'.join(EFFECT_VERBS)})")


def _topic_of(same_clause: list[Item], subject: str) -> str:
    """The doer the list's item before opens with, before its verb and outside quotes
    (“千企帮扶”行动|服务企业, 家电以旧换新|带动…销售), when the item after does another
    deed; "" when it opens with a verb, its words before the verb name no one, or both
    items do the same (县城新增人口…、新增旅居人口…: parallel scopes, not one doer).
    A noun the clause counted is read whole (帮扶单位: no verb inside it)."""
    indicator = same_clause[-1].indicator
    counted = [it.noun for it in same_clause if it.noun and indicator.startswith(it.noun)]
    quoted = False
    for pos, char in enumerate(indicator):
        if char in "“”":
            quoted = char == "“"
        elif (
            not quoted
            and pos >= max([2, *map(len, counted)])
            and (verb := TOPIC_VERBS_RE.match(indicator, pos))
        ):
            topic = indicator[:pos]
            if (
                2 <= han_len(topic) <= 12
                and verb.end() < len(indicator)
                and not subject.startswith(verb.group())
                and not LEADING_VERBS_RE.match(topic)
                and not VERB_END_RE.search(topic)
                and not NO_TOPIC_RE.match(topic)
                and not re.search(r"[0-9０-９、，的]", topic)
            ):
                return topic
            return ""
    return ""


def _predicate_alone(subject: str) -> bool:
    """A list item's words that are a verb and its object only (解决困难, 惠及群众)."""
    return bool(TOPIC_VERBS_RE.match(subject)) and 3 <= han_len(subject) <= 8


def shared_verb(before: Item, subject: str, unit_kind: str, unit: str = "") -> str:
    """A list item's subject with the verb its list shares (取消行政许可事项42项、
    中介服务事项87项 → 取消中介服务事项), for counts and amounts of things, and for
    people counted after people (新上榜中国好人1名、江苏好人4名 → 新上榜江苏好人)."""
    verb = LEADING_VERBS_RE.match(MANNER_RE.sub("", before.indicator)) or PRODUCED_RE.match(
        before.indicator
    )  # 依法处置A…、B…; 生产原油…、天然气…
    if (
        not verb
        or verb.group() == "新增"  # a flow: 新增床位800张、老年餐桌30个 are named as the things
        # 接待游客…、旅游花费: a verb that takes people, unless people are counted again
        or (unit_base(before.unit) in ("人", "人次", "名") and unit_base(unit) not in PERSON_UNITS)
        or SHARED_HEAD_RE.search(subject)  # 建成机架…、算力规模: a measure, not a thing built
        or PIVOT_RE.match(subject)
        or subject.startswith(OWN_USE_VERBS)  # 引进省外资金…、利用外资…: a verb of its own
        or {kind_of_unit(before.unit), unit_kind} - {"count", "amount"}
        or LEADING_VERBS_RE.match(subject)
        or FRAME_HEAD_RE.match(subject)
        or han_len(subject) < 2
    ):
        return subject
    head = next((w for w in LENT_HEADS if before.indicator.endswith(w)), "")
    if head and han_len(subject) <= 4 and not subject.endswith(head):
        subject += head  # 淘汰落后产能9000万吨、水泥2.3亿吨: the list's head too
    return verb.group() + subject


#: Verbs of using or drawing in money that a list item opens with itself (利用外资).
OWN_USE_VERBS = ("利用", "实际利用", "使用", "争取", "吸引", "招引", "募集")
#: A verb of producing or trading that opens a list's first item (生产原油…、天然气…).
PRODUCED_RE = patterns.compile(r"(?:生产|产出|销售|出口|进口)(?!总值|总额|额|量)")
#: Heads a list's first item writes once for all (淘汰落后炼钢产能…、水泥…).
LENT_HEADS = ("产能", "能力")


#: A period or 总 before a measure (年度产量, 全年收入, 总产量): its owner is still needed.
TIME_WORD_RE = patterns.compile(r"年度|全年|当年|年末|年底|年均|总")


#: A share or an excess over plan, said of the figure listed before it.
OF_THE_ONE_BEFORE_RE = patterns.compile(
    r"^(?:占|超(?:出|过)?(?:年度|全年|序时)?(?:计划|目标|任务|进度))"
)


def shared_owner(before: str, subject: str, counted: bool = False) -> str:
    """A list item named by a measure alone takes the owner of the one before
    (市属企业营收增长5.9%、利润增长5.5% → 市属企业利润), or the things the one before
    counted (``counted``: 企业达320家、营收增长6% → 企业营收)."""
    if OF_THE_ONE_BEFORE_RE.match(subject) and han_len(before) >= 2 and "占" not in before:
        # …总产值增长6.5%、占规上工业总产值比重45%; 完成投资…、超年度计划28%: the same figure's
        return before + subject
    head = SHARED_HEAD_RE.search(before, 1)
    if head and SHARED_HEAD_RE.fullmatch(subject) and han_len(before[: head.start()]) >= 2:
        return before[: head.start()] + subject
    if len(subject) == 2 and (k := before.find(subject)) >= 2 and 1 <= len(before) - k - 2 <= 4:
        return before[:k] + subject  # 风电装机容量…、装机占比超40%: the same words' owner
    if (
        len(subject) == 2
        and subject[-1] in "耗"
        and before[-1:] == subject[-1]
        and len(before) >= 4
    ):
        return before[:-2] + subject  # 万元GDP电耗下降3%、气耗下降5%: the same intensity's
    own = SHARED_HEAD_RE.search(subject)
    if not own or han_len(subject[: own.start()]) > 2:
        return subject
    if (
        head
        and TIME_WORD_RE.fullmatch(subject[: own.start()])
        and han_len(before[: head.start()]) >= 2
    ):
        # 粮食播种面积…、年度产量突破…: 粮食年度产量, the owner without the sibling's own words
        owner = before[: head.start()]
        shared = SHARED_MODIFIER_RE.search(owner, 2)
        return owner[: shared.start() if shared else len(owner)] + subject
    if (
        (subject[: own.start()] in ("", "总") or TIME_WORD_RE.fullmatch(subject[: own.start()]))
        and not head
        and counted
        and han_len(before) >= 4
    ):
        # 规上工业企业达7.6万家、增加值增长3%: the measure of the things just counted.
        return leading_verbs_stripped(before) + subject
    if own.start() > 0 and (k := before.find(subject[: own.start()])) >= 2:
        # 风电装机容量…、装机占比超40%: the owner written before the same words.
        return before[:k] + subject
    return subject


#: What may stand between a count and the next figure when both count the same things
#: (3座35万千瓦, 两批共发放4000万元).
SHARED_GAP_RE = patterns.compile(rf"(?:共计|共|计|合计)?(?:{VERB_ALTERNATION})?")
#: A modifier listed before the next figure (126个示范类、340个达标类小区).
MODIFIER_GAP_RE = patterns.compile(rf"[{HAN}]{{1,8}}[、和及与]")


def share_indicators(text: str, chains: list[list[Item]]) -> None:
    """Indicators that the next figure decides, once every figure has its own.

    A count written right before another figure, without a noun of its own,
    counts the same things (12类47个专病特色科室, 两批共发放4000万元消费券).  Modifiers listed before
    one head share it: 126个示范类、340个达标类小区 → 示范类小区, 达标类小区.
    A one-character noun right before the next figure (9个乡7.6万名农民…) names
    the places that figure is about.
    """
    for here, there in pairwise(chains):
        gap = text[here[-1].end : there[0].start]
        head, other = noun_unit(here[-1].unit), noun_unit(there[0].unit)
        if not gap and head and other and here[-1].indicator.endswith(head):
            # 4片区7区块: a unit that is a noun names the part each figure counts.
            for it in there:
                it.indicator = here[-1].indicator[: -len(head)] + other
            continue
        if gap[:1] in ("及", "和", "与", "、") and here[-1].indicator == gap and there[0].indicator:
            # 首批12项及第二批14项重点改革: the list's words between are no name.
            for it in here:
                it.indicator = there[0].indicator
            continue
        if (
            not here[-1].noun
            and kind_of_unit(here[-1].unit) == "count"
            and SHARED_GAP_RE.fullmatch(gap)
        ):
            # 3座35万千瓦光热电站: the plants are counted, their capacity is not.
            counted = there[0].indicator.removesuffix(_capacity_word(there[0].unit))
            for it in here:  # its own name, when that says more (…光热发电项目)
                if not (counted and it.indicator.startswith(counted)):
                    it.indicator = counted or there[0].indicator
            continue
        if (
            han_len(here[-1].indicator) < 2
            and gap == here[-1].indicator
            and there[0].indicator
            and not there[0].indicator.endswith(PLACE_ENDS)  # 辖3个乡4个村: a list of places
        ):
            # 9个乡7.6万名农民整建制转居: the places the next figure is about.
            for it in here:
                it.indicator = there[0].indicator + "的" + gap
            continue
        name, nxt = here[-1].indicator, there[0].indicator
        if (
            here[-1].noun
            and name == here[-1].noun
            and gap[:-1] == name
            and gap[-1:] in "、和及与"
            and han_len(name) <= 6
        ):
            # 2000个点位、305户家庭无障碍设施改造; 为1502家企业、9.4万人发放…:
            # the list shares what follows its last noun.
            noun = there[0].noun
            rest = (
                nxt[len(noun) :]
                if noun and nxt.startswith(noun)
                else nxt[: -len(noun)].rstrip("的")  # 5个县级城市新获评… → 新获评…的县级城市
                if noun and nxt.endswith(noun) and han_len(nxt) - han_len(noun) >= 4
                else ""
            )
            if not there[0].noun:  # 9.4万人发放…: people, named by what is done for them
                rest = nxt if unit_base(there[0].unit) in PERSON_UNITS else ""
            rest = rest.lstrip("的")
            if noun and text.startswith(f"{rest}的{noun}", there[-1].after):
                rest = ""  # 1亿多受过培训的人才: a relative clause written before its own noun
            longer_shares = (  # only a verb and its object, between counts
                VERB_START_RE.match(rest)
                and not BARE_VERBS_RE.match(rest)
                and kind_of_unit(here[-1].unit) == kind_of_unit(there[0].unit) == "count"
            )
            if han_len(rest) >= 2 and (han_len(name) <= 4 or longer_shares):
                # a longer noun shares only a verb phrase (4个保种场、3个育种场开展测定); a
                # measure after the last noun is each one's (10万吨化肥、5万吨尿素的生产能力)
                measure = rest.endswith(CAPACITY_WORDS) or SHARED_HEAD_RE.fullmatch(rest)
                for it in here:
                    it.indicator = name + rest if measure else with_predicate(rest, name)
                continue
        if (
            name
            and name[-1] in ATTRIBUTIVE
            and MODIFIER_GAP_RE.fullmatch(gap)
            and gap.startswith(name)
            and (k := nxt.find(name[-1])) >= 0
            and k + 1 < len(nxt)
        ):
            head = light_stripped(nxt[k + 1 :])
            for it in here:
                it.indicator = name + head
    _share_trailing_heads(text, chains)
    _share_trailing_task(text, chains)
    if "为" in text:
        _share_beneficiary_deed(text, chains)
    _share_budget_scope(text, chains)
    if chains:
        items = [item for chain in chains for item in chain]
        _budget_of_totals(text, items)
        _part_named_by_its_kind(text, items)
        if "其中" in text:
            _parts_named_like_the_first(text, items)
        if "看" in text or "按" in text or "：" in text:
            _parts_of_a_breakdown(text, items)
        if "其中" in text and "预算" in text:
            _parts_of_a_budget(text, items)
            _levels_of_a_budget(text, items)
        if "（" in text or "(" in text:
            _bracketed_parts(text, items)
        if "人均" in text:
            _per_head_group(text, items)
            if "其中" in text:
                _per_head_parts(text, items)
        if "目标" in text:
            _compared_targets(text, items)


def _compared_targets(text: str, items: list[Item]) -> None:
    """A target a figure is compared with, written after it (城镇登记失业率为3.2%，低于4.5%的
    控制目标 → 城镇登记失业率控制目标): the target of the figure before in its unit."""
    for before, item in pairwise(items):
        target = COMPARED_TARGET_RE.match(text, item.after)
        if (
            target
            and before.unit == item.unit
            and COMPARED_WORD_RE.search(text, max(0, item.start - 3), item.start)
            and _sentence_start(text, before.start) == _sentence_start(text, item.start)
            and not weakness(before.indicator)
        ):
            words = text[clause_start(text, before.start) : before.start]
            grew = kind_of_unit(before.unit) == "rate" and UP_BEFORE_RE.search(words.rstrip("了"))
            owner = without_absolute_change(before.indicator)
            item.indicator = f"{owner}{'增长' if grew else ''}{target.group(1)}"


def _per_head_group(text: str, items: list[Item]) -> None:
    """A per-head measure named without whose heads, after a per-head measure of a group
    in the same sentence, is that group's (城镇居民人均可支配收入…；人均消费支出… →
    城镇居民人均消费支出)."""
    group, sentence_start = "", -1
    for item in items:
        start = _sentence_start(text, item.start)
        if start != sentence_start:
            group, sentence_start = "", start
        if owned := PER_HEAD_GROUP_RE.match(item.indicator):
            group = owned.group(1)
        elif (
            group and item.indicator.startswith("人均") and PER_HEAD_MONEY_RE.search(item.indicator)
        ):
            item.indicator = group + item.indicator  # 人均预期寿命 is no group's money: stays


def _per_head_parts(text: str, items: list[Item]) -> None:
    """The parts listed after 其中 of a group's per-head money are per head of that group
    too (城镇居民人均消费支出2.1万元…。其中，居住支出5300元 → 城镇居民人均居住支出),
    up to the end of the sentence that lists them."""
    owner, owner_end = "", -1
    renamed: dict[str, str] = {}  # a part's name before and after, for the growth lent it
    for item in items:
        name = item.indicator
        if (owned := PER_HEAD_GROUP_RE.match(name)) and PER_HEAD_MONEY_RE.search(name):
            owner, owner_end, renamed = owned.group(), item.end, {}
            continue
        if not owner or kind_of_unit(item.unit) != "amount":
            gap = text[owner_end : item.start]
            if name in renamed and "。" not in gap[gap.rfind("其中") :]:
                item.indicator = renamed[name]  # …人均工资性收入6000元，增长8%: the part's growth
            continue  # a growth between the whole and its parts leaves them its parts
        between = text[owner_end : item.start]
        listed = between.rfind("其中")
        if (
            listed >= 0
            and ("人均" not in name or name.startswith("人均"))
            and PER_HEAD_MONEY_RE.search(name)
            and between.count("。") <= 1
            and "。" not in between[listed:]
            and "\n" not in between
        ):
            item.indicator = owner + name.removeprefix("人均")  # 其中，人均工资性收入…: the group's
            renamed[name] = item.indicator
        else:
            owner = ""  # another sum: the list of parts, if any, was of it


#: The money a group's household survey reports per head (收入, 支出, 消费, 存款).
PER_HEAD_MONEY_RE = patterns.compile(r"(?:收入|支出|消费|存款)$")
#: A group's per-head measure (城镇居民人均…, 农村常住居民人均…, 农民人均…): the group.
PER_HEAD_GROUP_RE = patterns.compile(rf"({HAN_LETTER}{{0,6}}?(?:居民|农民|职工|农牧民|村民))人均")


def _bracketed_parts(text: str, items: list[Item]) -> None:
    """Kinds named alone inside a bracket opened behind a figure are parts of the
    sentence's last measure in their unit (谷物播种面积63.2千公顷，总产量41.9万吨（早稻
    21.5千公顷，总产量11.77万吨；中稻15.45千公顷） → 早稻播种面积, 早稻总产量, 中稻播种
    面积; 粮食产量40万吨（稻谷30万吨 → 稻谷产量): a bare measure after a part is that
    part's."""
    for i in range(1, len(items)):
        item, name = items[i], items[i].indicator
        gap = text[items[i - 1].end : item.start]
        if (
            gap[:1] not in "（(，,；;、"
            or gap[1:].removeprefix("其中") != name
            or kind_of_unit(item.unit) != "amount"
            or not 2 <= han_len(name) <= 4
            or not HAN_ONLY_RE.fullmatch(name)
        ):
            continue
        start = _sentence_start(text, item.start)
        opened = max(text.rfind("（", start, item.start), text.rfind("(", start, item.start))
        if (
            opened < 0
            or max(text.rfind("）", opened, item.start), text.rfind(")", opened, item.start)) > 0
        ):
            continue  # not inside a bracket
        first = i  # the sentence's figures before this one, read back (no copy of all)
        while first and items[first - 1].start >= start:
            first -= 1
        before = items[first:i]
        wholes = [it for it in before if it.start < opened and it.unit == item.unit]
        parts = [it for it in before if it.start > opened]
        if SHARED_HEAD_RE.search(name):
            # 早稻21.5千公顷，总产量11.77万吨: the bare measure of the part just named
            kind = parts[-1].indicator if parts and gap[:1] != "（" else ""
            cut = PART_MEASURE_RE.search(kind) or SHARED_HEAD_RE.search(kind, 2)
            if cut and name in PART_HEADS:
                item.indicator = kind[: cut.start()] + name
            continue
        head = wholes and (
            PART_MEASURE_RE.search(wholes[-1].indicator)
            or SHARED_HEAD_RE.search(wholes[-1].indicator, 2)
        )
        if head and head.group() in PART_HEADS + ("种植面积", "养殖面积", "造林面积"):
            item.indicator = name + head.group()  # 中央资金…: a source, no kind of 投资


#: Bare measures a bracketed part may report after its first figure (早稻…，总产量…).
PART_HEADS = ("总产量", "产量", "面积", "播种面积", "产值", "增加值")
#: A measure's head with its verb of measuring, kept whole for a part (播种面积).
PART_MEASURE_RE = patterns.compile(r"(?:播种|种植|养殖|造林|建筑|使用)面积$|(?:总)?产量$")


def _last_ending_by(items: list[Item], i: int, pos: int) -> Item | None:
    """The last of ``items[:i]`` that ends at or before ``pos``, read back from ``i`` (no
    copy of the paragraph's figures: ``pos`` lies a clause before ``items[i]``)."""
    return next((items[j] for j in range(i - 1, -1, -1) if items[j].end <= pos), None)


def _levels_of_a_budget(text: str, items: list[Item]) -> None:
    """The levels listed after 其中 of a budget other than the general one are that
    budget's (全省政府性基金预算收入1014亿元，其中：省本级收入13亿元 → 省本级政府性基金
    预算收入), not the general budget's, as their bare names would read."""
    for i, item in enumerate(items):
        if not (level := LEVEL_PART_RE.fullmatch(item.indicator)):
            continue
        among = text.rfind("其中", max(0, item.start - 80), item.start)
        if among < 0 or "。" in text[among : item.start]:
            continue
        whole = _last_ending_by(items, i, among)
        if (
            whole
            and (budget := UNSCOPED_BUDGET_RE.search(whole.indicator))
            and whole.indicator.endswith(level.group(2))
        ):
            item.indicator = level.group(1) + whole.indicator[budget.start() :]


#: A level's part of a budget named alone (省本级收入, 市县级支出).
LEVEL_PART_RE = patterns.compile(
    r"((?:省|市|县|区|自治区|州|盟|旗|乡|镇)本级|(?:省|市|县|区)级|市县级?|县乡级?|区县级?)(收入|支出)"
)


def _parts_of_a_budget(text: str, items: list[Item]) -> None:
    """The parts listed after 其中 of a budget's planned figure are planned too, named so
    (批准年初预算收入50亿元，其中：本级收入30亿元 → 年初预算本级收入; 一般公共预算收入预算
    50亿元，其中税收收入… → 税收收入预算), not as if they were what came in."""
    for i, item in enumerate(items):
        if "预算" in item.indicator or kind_of_unit(item.unit) != "amount":
            continue
        among = text.rfind("其中", max(0, item.start - 80), item.start)
        if among < 0 or "。" in text[among : item.start] or "；" in text[among : item.start]:
            continue
        whole = _last_ending_by(items, i, among)
        if (
            not whole
            or among - whole.end > 3  # 50亿元，其中 / 50亿元。其中: right before it
            or unit_base(whole.unit) != unit_base(item.unit)
            or not (budget := BUDGET_FIGURE_RE.search(whole.indicator))
        ):
            continue
        if budget.group(1):
            item.indicator = budget.group(1) + item.indicator
        else:
            item.indicator += "预算"


#: A budget's planned figure, by its name (年初预算收入, 调整预算支出, …收入预算): the plan's
#: word, or "" where it closes the name.
BUDGET_FIGURE_RE = patterns.compile(r"((?:年初|调整)预算)(?:收入|支出)|(?<=收入|支出)预算$")


#: A budget's own scope before its item (市本级|一般公共预算收入): the sentence's next items too.
SCOPED_BUDGET_RE = patterns.compile(
    r"((?:自治区|[省市州县区旗])本级)(?=一般公共预算|政府性基金|国有资本经营|社会保险基金)"
)
#: A budget's item without a scope of its own (一般公共预算支出).
UNSCOPED_BUDGET_RE = patterns.compile(r"(?:一般公共预算|政府性基金|国有资本经营|社会保险基金)")
#: A budget's item with a level written after it, as a list lends it (一般公共预算收入|区级).
SCOPE_AFTER_BUDGET_RE = patterns.compile(
    rf"((?:{UNSCOPED_BUDGET_RE.pattern})[{HAN}]{{0,4}}(?:收入|支出))([{HAN}]{{0,2}}[省市州区县乡镇旗]本?级)"
)
#: A name that is only a scope, a level or a place (区本级, 经开区, 城关镇).
SCOPE_ONLY_RE = patterns.compile(
    rf"[{HAN}]{{1,4}}(?:本级|[区县市镇乡旗]|街道|园区)|[{HAN}]{{0,2}}[省市州区县乡镇旗]级"
)
#: A revenue's collector named alone (税务部门完成…, 财政部门…): what it collected is
#: the revenue the paragraph reports, else revenue.
COLLECTOR_RE = patterns.compile(r"(?:[省市州县区]级?)?(?:税务|财政|国税|地税)(?:部门|局|系统)|海关")
#: The body that issues or sets what a count counts, right before the count (落实县委|
#: 28条推进举措, 县委|6个方面|28条, 市对县|12项考核指标): the measures are that body's.
ORGAN_BEFORE_RE = patterns.compile(
    r"((?:[省市州县区旗]委|[省市州县区旗]政府|党中央|国务院|[省市州县区地盟]对[市州县区乡镇旗]))"
    r"(?:[0-9一二三四五六七八九十两]{1,3}(?:个|大)?(?:方面|领域|类|批))?$"
)
#: The last characters of a scope alone and of a collector alone.
SCOPE_ENDS, COLLECTOR_ENDS = "级区县市镇乡旗道", "门局统关"
#: A whole before its parts' scope (全县一般公共预算收入 → 一般公共预算收入).
WHOLE_SCOPE_RE = patterns.compile(r"^(?:全[省市州县区旗]|[省市州县区旗]本级)")


def _share_budget_scope(text: str, chains: list[list[Item]]) -> None:
    """A budget report's scope stays with the sentence (市本级一般公共预算收入…；一般公共
    预算支出… → 市本级一般公共预算支出); a part named by its scope alone after 其中
    is that part of the figure before (收入58.2亿元（其中：区本级36.1亿元 →
    区本级一般公共预算收入)."""
    items = [item for chain in chains for item in chain]
    scope, scope_end = "", -1
    parts: set[int] = set()  # the figures named as parts: no whole of the next part
    for i, item in enumerate(items):
        name = item.indicator
        # Each pattern only where its telltale characters are (most names have none).
        if "本级" in name[1:5] and (found := SCOPED_BUDGET_RE.match(name)):
            scope, scope_end = found.group(1), _sentence_end(text, item.end)
        elif scope and item.start < scope_end and UNSCOPED_BUDGET_RE.match(name):
            item.indicator = scope + name
        elif name[-1:] in "级" and (late := SCOPE_AFTER_BUDGET_RE.fullmatch(name)):
            item.indicator = late.group(2) + late.group(1)  # …收入、区级… → 区级…收入
        elif (
            name[-1:] in SCOPE_ENDS
            and SCOPE_ONLY_RE.fullmatch(name)
            and (whole := _whole_of_part(text, items, i, parts))
        ):
            item.indicator = name + whole
            parts.add(i)
        elif (
            name[-1:] in "措施务标策项"
            and kind_of_unit(item.unit) == "count"
            and (organ := ORGAN_BEFORE_RE.search(text, clause_start(text, item.start), item.start))
            and not name.startswith(organ.group(1))
        ):
            item.indicator = organ.group(1) + name  # 落实县委28条推进举措: whose measures
        elif (
            name[-1:] in COLLECTOR_ENDS
            and COLLECTOR_RE.fullmatch(name)
            and kind_of_unit(item.unit) in ("amount", "rate")
        ):
            item.indicator = name + "征收" + _revenue_before(items[max(0, i - 8) : i])


def _revenue_before(items: list[Item]) -> str:
    """The last revenue the figures just before name (…一般公共预算收入), without its scope;
    收入 when none does."""
    for before in reversed(items):
        name = before.indicator
        if name.endswith("收入") and not COLLECTOR_RE.match(name) and han_len(name) <= 16:
            return WHOLE_SCOPE_RE.sub("", name)
    return "收入"


#: A budget's own name in an item (县本级一般公共预算|收入…): whose totals the sentence gives.
BUDGET_OWNER_RE = patterns.compile(
    r"(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)(?=收入|支出)"
)
#: A total or a balance named without whose budget it is (收入总计, 支出总量, 总收入, 赤字).
BUDGET_TOTAL_RE = patterns.compile(
    r"(?:收入|支出)(?:总计|合计|总量|总额)|总(?:收入|支出)|(?:收支相抵)?(赤字|收支缺口)"
)
#: A budget's revenue or spending with its sum word written before the figure
#: (区本级政府性基金收入总计8.6亿元): the sum word is part of the name.
SUM_BEFORE_RE = patterns.compile(r"(总计|合计)(?:为|达到?)?$")
#: A whole scope before a budget (全县一般公共预算): the frame, not whose budget.
ALL_OF_RE = patterns.compile(r"^全[省市州县区旗]")


def _budget_of_totals(text: str, items: list[Item]) -> None:
    """A budget report's totals and balances keep whose budget they are: a total named by
    its head alone (收入总计, 支出总量, 赤字) takes the budget the nearest item before it
    names, in its sentence or the one before (区本级一般公共预算收入…，收入总计… → 区本级一般公共预算收入总计;
    a whole scope, 全县, is no part of it), and a budget's revenue written with 总计 before
    its figure keeps it (政府性基金收入总计8.6亿元)."""
    for i, item in enumerate(items):
        name = item.indicator
        if (
            name[-2:] in ("收入", "支出")
            and (sum_word := SUM_BEFORE_RE.search(text, max(0, item.start - 4), item.start))
            and BUDGET_OWNER_RE.search(name)
        ):
            item.indicator = name + sum_word.group(1)
            continue
        if name[-2:] not in ("总计", "合计", "总量", "总额", "收入", "支出", "赤字", "缺口"):
            continue  # the cheap test first
        if not (total := BUDGET_TOTAL_RE.fullmatch(name)):
            continue
        for before in reversed(items[max(0, i - 8) : i]):
            if item.start - before.end > SENTENCE_WINDOW:
                break  # the sentence before too: …收入3862.5亿元。加上…，收入总量为…
            if owner := BUDGET_OWNER_RE.search(before.indicator):
                scope = ALL_OF_RE.sub("", before.indicator[: owner.end()])
                if han_len(scope) <= 14 and "、" not in scope:
                    item.indicator = scope + (total.group(1) or name)
                break


#: Names that already say what is measured (…增加值, …率, …额): no part named by its kind.
MEASURED_END_RE = patterns.compile(rf"(?:{'|'.join(MEASURE_HEADS)}|[率额量值数])$")
MEASURED_ENDS = frozenset("率额量值数" + "".join(head[-1] for head in MEASURE_HEADS))


def _part_named_by_its_kind(text: str, items: list[Item]) -> None:
    """A money figure or a rate named only by a kind of the owner of a measure before it in
    the sentence (居民人均可支配收入…，其中城镇居民4.8万元; 规上工业增加值增长8.2%，其中重
    工业增长9.1%; 城镇居民人均可支配收入…；农村居民…) is that kind's measure: the kind's last
    two characters (an industry's 业) found in the measure's name, the measure's head after
    them (城镇居民人均可支配收入, 重工业增加值, 制造业增加值).  Counts are left alone (国内游客
    is a count of people)."""
    for i, item in enumerate(items):
        name = item.indicator
        if name[6:] or not name[1:] or name[-1] in MEASURED_ENDS:
            continue  # the cheap tests first: too long, too short, a measure's last character
        kind = kind_of_unit(item.unit)
        if (
            kind not in ("amount", "rate")
            or MEASURED_END_RE.search(name)
            or not HAN_ONLY_RE.fullmatch(name)
        ):
            continue
        start = _sentence_start(text, item.start)
        for before in reversed(items[max(0, i - 8) : i]):
            if before.start < start:
                break
            owner = before.indicator
            if owner == name:
                break  # …入境游客240万人次、增长19.1%: the growth of the figure before
            tail = name[-2:] if name[-2:] in owner or name[-1] != "业" else "业"  # 制造业: 工业…
            k = owner.find(tail)
            if (
                k >= 0
                and 2 <= len(head := owner[k + len(tail) :]) <= 8
                and SHARED_HEAD_RE.search(head)
                and HAN_ONLY_RE.fullmatch(head)
                and (kind == "rate" or unit_base(before.unit) == unit_base(item.unit))
                and (
                    "其中" in text[before.end : item.start]  # 其中城镇居民…: a part of it
                    # 城镇居民…；农村居民…: a kind beside another of the same length; any
                    # industry beside another (纺织业增加值…，医药制造业增长…)
                    or (len(name) - len(tail) == k or tail == "业")
                    and name[: len(name) - len(tail)] != owner[:k]
                    and trim_prefix(owner[:k]) == owner[:k]  # not 年均煤炭产量
                )
            ):
                item.indicator = name + head
                break


#: A breakdown's frame (分经济类型看，, 按经营地统计，, 从产业看，): the figures after it are
#: parts of the measure reported before it.
BREAKDOWN_FRAME_RE = patterns.compile(r"[分按从][^，。；：:,]{1,8}?(?:看|统计|划分|分)[，,：:]")


def _parts_of_a_breakdown(text: str, items: list[Item]) -> None:
    """A rate or a sum named by a class alone after a breakdown's frame is that class's
    part of the measure before the frame (规模以上工业增加值增长6.5%。分门类看，采矿业增长
    4.1% → 采矿业增加值; 分经济类型看，私营企业… → 私营企业增加值): the class takes the
    measure's head; so do names after a label with a measure before a colon (各区生产总值：
    东城区…、西城区… → 东城区生产总值).  Periods are left to the check of names (分季度看，
    一季度…)."""
    for i, item in enumerate(items):
        name = item.indicator
        kind = kind_of_unit(item.unit)
        if (
            kind not in ("rate", "amount")
            or not 2 <= han_len(name) <= 16
            or MEASURED_END_RE.search(name)
            or PERIOD_ONLY_RE.fullmatch(name)
        ):
            continue
        sentence_start = _sentence_start(text, item.start)
        frames = list(BREAKDOWN_FRAME_RE.finditer(text, sentence_start, item.start))
        if not frames:
            colon = text.rfind("：", sentence_start, item.start)
            label = text[clause_start(text, colon) : colon] if colon >= 0 else ""
            if (
                2 <= han_len(name) <= 8
                and not VERB_START_RE.match(name)  # 财政收入：完成8亿元: the label's own figure
                and (head := SHARED_HEAD_RE.search(label, 1))
            ):
                item.indicator = name + label[head.start() :]  # 各区生产总值：东城区…、西城区…
            continue
        frame = frames[-1].start()
        whole = next(
            (
                before
                for before in reversed(items[max(0, i - SIBLINGS) : i])
                if before.end <= frame
                and (kind == "rate" or unit_base(before.unit) == unit_base(item.unit))
            ),
            None,
        )
        if whole is None or frame - whole.end > SENTENCE_WINDOW // 2:
            continue
        head = SHARED_HEAD_RE.search(whole.indicator, 1)
        word = whole.indicator[head.start() :] if head else ""
        if word and "占" not in word and not name.endswith(word):
            item.indicator = name + word


#: A part named with its whole (年末户籍人口中|男性): the whole, then the part.
WHOLE_AND_PART_RE = patterns.compile(rf"({HAN_LETTER}{{2,16}})中({HAN_LETTER}{{1,6}})")


def _parts_named_like_the_first(text: str, items: list[Item]) -> None:
    """The parts listed after the first of a 其中 list, named alone, are parts of the same
    whole (年末户籍人口8万人，其中男性4.1万人，女性3.9万人 → 年末户籍人口中女性): the
    first names the whole, the others only themselves."""
    for before, item in pairwise(items):
        name = item.indicator
        if (
            not 1 <= han_len(name) <= 4
            or not HAN_ONLY_RE.fullmatch(name)
            or MEASURED_END_RE.search(name)
            or unit_base(before.unit) != unit_base(item.unit)
            or not (first := WHOLE_AND_PART_RE.fullmatch(before.indicator))
            or first.group(2) == name
        ):
            continue
        between = text[before.end : item.start]
        if (
            len(between) <= 4
            and between[:1] in "，、；,;"
            and "其中" in text[_sentence_start(text, before.start) : before.start]
        ):
            item.indicator = f"{first.group(1)}中{name}"


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its 。), read at most a sentence's
    length (400 characters) ahead."""
    end = text.find("。", pos, pos + SENTENCE_WINDOW)
    return min(len(text), pos + SENTENCE_WINDOW) if end < 0 else end


def _whole_of_part(text: str, items: list[Item], i: int, parts: set[int]) -> str:
    """The measure of the sum a part after 其中 belongs to: the nearest figure before
    in the same unit and sentence, with 其中 between them, or a note opened right after
    it (收入58.2亿元（区本级36.1亿元）); "" when there is none, and for a count, whose
    name is the thing counted (其中示范区3个), not a place."""
    part = items[i]
    if kind_of_unit(part.unit) != "amount":
        return ""
    for j in range(i - 1, max(-1, i - 5), -1):
        before = items[j]
        if j in parts or unit_base(before.unit) != unit_base(part.unit):
            continue
        if part.start - before.end > 80:
            return ""
        between = text[before.end : part.start]
        note = between[:1] in "（(" and not NOTE_CLOSE_RE.search(between)
        if ("其中" not in between and not note) or "。" in between:
            return ""
        whole = WHOLE_SCOPE_RE.sub("", without_absolute_change(before.indicator))
        return whole if 2 <= han_len(whole) <= 16 else ""
    return ""


#: A task written once after the last of a list of things with their figures
#: (完成800万千瓦煤电机组、1200万吨钢铁产能、150台燃煤锅炉|超低排放改造).
TRAILING_TASK_RE = patterns.compile(
    r"(?:超低排放|节能|清洁能源|清洁取暖|智能化|数字化|绿色化)?"
    r"(?:改造|建设|治理|整治|修复|升级)$"
)
#: A task, not a thing (燃煤锅炉拆改、供热管线改造): a list of them shares nothing.
TASK_END_RE = patterns.compile(r"(?:改造|建设|治理|整治|修复|升级|拆改|拆除|铺设|安装)$")
#: A thing listed after its figure, before the next one (…万千瓦|煤电机组、).
LISTED_THING_RE = patterns.compile(rf"({HAN_LETTER}{{2,8}})、")


def _share_trailing_task(text: str, chains: list[list[Item]]) -> None:
    """Things listed with their figures as the objects of one task share the task the
    last one is written with (1200万吨钢铁产能、150台燃煤锅炉超低排放改造 →
    钢铁产能超低排放改造); the list follows a verb of doing (完成, 实施)."""
    i, last = 0, len(chains) - 1
    while i < last:
        j, nouns = i, []
        while (
            j < last
            and text[chains[j + 1][0].start - 1] == "、"  # the cheap test first
            and (
                thing := LISTED_THING_RE.fullmatch(
                    text, chains[j][-1].after, chains[j + 1][0].start
                )
            )
        ):
            nouns.append(thing.group(1))
            j += 1
        if not nouns:
            i += 1
            continue
        tail = text[chains[j][-1].after : clause_end(text, chains[j][-1].after)]
        task = TRAILING_TASK_RE.search(tail)
        opening = text[clause_start(text, chains[i][0].start) : chains[i][0].start]
        if (
            task
            and not any(TASK_END_RE.search(noun) for noun in nouns)  # a list of tasks
            and 2 <= han_len(tail[: task.start()]) <= 8
            and DOING_BEFORE_LIST_RE.search(opening)
        ):
            for chain, noun in zip(chains[i:j], nouns, strict=True):
                for it in chain:
                    if it.indicator.endswith(noun):
                        it.indicator = noun + task.group()
        i = j + 1


def respective_owners(text: str, chains: list[list[Item]]) -> None:
    """A 分别 list right after another of the same length in the sentence, whose clause
    names no owners of its own, is of the same owners, item by item (三次产业对经济增长
    的贡献率分别为19.4%、36.0%和44.6%，分别拉动经济增长1.74、3.22、4.0个百分点 →
    第一产业拉动经济增长, …)."""
    for first, then in pairwise(chains):
        if len(first) < 2 or len(first) != len(then):
            continue
        start = clause_start(text, then[0].start)
        phrase = text[start : then[0].start].removeprefix("分别")
        if (
            not text.startswith("分别", start)
            or not 2 <= len(phrase) <= 10
            or not HAN_ONLY_RE.fullmatch(phrase)
            or _sentence_start(text, first[0].start) != _sentence_start(text, then[0].start)
            or len({it.indicator for it in first}) != len(first)
        ):
            continue
        names = [it.indicator for it in first]
        common = 0
        while common < min(map(len, names)) and len({n[len(n) - common - 1] for n in names}) == 1:
            common += 1
        shared = names[0][len(names[0]) - common :]
        cut = shared.find("对")  # …产业|对经济增长的贡献率: the owners end before 对
        if cut < 0:
            continue
        owners = [n[: len(n) - common + cut] for n in names]
        if all(2 <= han_len(o) <= 10 for o in owners):
            for it, owner in zip(then, owners, strict=True):
                it.indicator = owner + phrase


def _share_beneficiary_deed(text: str, chains: list[list[Item]]) -> None:
    """Groups listed with their counts after a beneficiary's 为 share what is done for
    them, written after the last (为1万户低保户、300户边缘户落实帮扶措施 → 落实帮扶措施的
    低保户, 落实帮扶措施的边缘户), as one group alone is named."""
    i, last = 0, len(chains) - 1
    while i < last:
        j, groups = i, []
        while (
            j < last
            and text[chains[j + 1][0].start - 1] == "、"
            and (
                thing := LISTED_THING_RE.fullmatch(
                    text, chains[j][-1].after, chains[j + 1][0].start
                )
            )
        ):
            groups.append(thing.group(1))
            j += 1
        opening = text[clause_start(text, chains[i][0].start) : chains[i][0].start]
        if groups and FOR_WHOM_OPENING_RE.search(opening):
            after = chains[j][-1].after
            tail = text[after : clause_end(text, after)]  # 边缘户落实帮扶措施: group, deed
            cut = next(
                (k for k in range(2, min(len(tail), 11)) if VERB_START_RE.match(tail[k:])), 0
            )
            group, deed = tail[:cut], tail[cut:]
            counts = all(kind_of_unit(it.unit) == "count" for ch in chains[i : j + 1] for it in ch)
            if cut and counts and 2 <= han_len(deed) <= 12 and HAN_ONLY_RE.fullmatch(group + deed):
                for chain, noun in zip(chains[i : j + 1], [*groups, group], strict=True):
                    for it in chain:
                        it.indicator = f"{deed}的{noun}"
        i = j + 1


#: A beneficiary's 为 right before a list of groups counted (为|1万户低保户、…).
FOR_WHOM_OPENING_RE = patterns.compile(
    r"(?:^|[，、,]|累计|先后|共|已|还|又|再|全年|今年|年内|将)为$"
)


#: The verb a list of tasks' objects follows (完成|800万千瓦…、…改造).
DOING_BEFORE_LIST_RE = patterns.compile(r"(?:完成|实施|推进|开展|推动|加快)$")


def _share_trailing_heads(text: str, chains: list[list[Item]]) -> None:
    """Two or more two-character names listed after their figures share the head of
    the last (26公里供水、117公里供热、20公里燃气管网铺设 → 供水管网铺设, 供热管网铺设;
    but 13亿人口、9亿劳动力资源 is no such list)."""
    i, last_chain = 0, len(chains) - 1
    while i < last_chain:
        j = i
        while j < last_chain and _listed_short(text, chains[j][-1], chains[j + 1][0]):
            j += 1
        last = chains[j][0].indicator
        if j - i >= 2 and han_len(last) >= 5:
            for chain in chains[i:j]:
                for it in chain:
                    it.indicator = chain[-1].indicator + last[2:]
        elif j - i == 1 and (head := next((h for h in NETWORK_HEADS if last.startswith(h, 2)), "")):
            # 68公里供水、15公里雨水管网: two are enough when the head is a network's.
            for it in chains[i]:
                it.indicator += head
        i = max(j, i + 1)


#: Heads of networks measured in length, which a list of what they carry shares
#: (供水、雨水管网; 通信、电力管线).
NETWORK_HEADS = ("管网", "管道", "管线", "干管", "线路", "廊道")


def _listed_short(text: str, here: Item, there: Item) -> bool:
    """Whether ``here`` is named by two characters only and listed before ``there``."""
    return (
        text[here.end : there.start] == here.indicator + "、"
        and han_len(here.indicator) == 2
        and unit_base(here.unit) == unit_base(there.unit)
    )


#: A figure as a part of its own earlier level (，恢复到2019年的|105%, 分别相当于上年的).
RELATIVE_TO_EARLIER_RE = patterns.compile(
    rf"[，,]?(分别)?(?:相当于|恢复到|恢复至|为|是)({EARLIER_PERIOD}(?:同期)?|同期)(?:水平)?的"
)
#: The base a list of multiples is of, left on the list's last part (A、B、C增量分别是上年的|3.5倍、…):
#: no part of the head the parts share.
BASE_OF_MULTIPLE_RE = patterns.compile(
    r"分别(?:是|为|相当于)?(?:上年|去年|上年同期|同期|(?:19|20)[0-9]{2}年)(?:同期)?的?$"
)


#: The 和, 及 or 与 before a list's last part (…、地方财政收入|和|税收收入), not inside it.
LAST_JOIN_RE = patterns.compile(
    r"(?<=[\u4e00-\u9fff]{2})[和及与](?=[\u4e00-\u9fff]{2}[^、和及与]*$)"
)


#: The three sectors of the economy written as one subject (三次产业增加值, 一二三产业…).
_THREE_SECTORS_RE = patterns.compile(r"三次产业|一[、，]?二[、，]?三产业?")
_SECTORS = ("第一产业", "第二产业", "第三产业")


def sectors_shared(chain: list[Item], text: str = "") -> None:
    """A list of three figures of the three sectors, in order, each named by its
    own sector (三次产业增加值分别实现64亿元、135亿元和52亿元 → 第一产业增加值, …);
    the list's shared name fits none of them.  A 分别 list of three rates sharing one
    name after the three sectors named earlier in its sentence is theirs too (三次产业结构
    为…，对经济增长的贡献率分别为… → 第一产业对经济增长的贡献率, …)."""
    if len(chain) != 3:
        return
    names = [item.indicator for item in chain]
    if (
        len(set(names)) == 1
        and text
        and not _THREE_SECTORS_RE.search(names[0])
        and not names[0].startswith(_SECTORS)
        and kind_of_unit(chain[0].unit) in ("rate", "pp")
        and "分别" in text[clause_start(text, chain[0].start) : chain[0].start]
        and _THREE_SECTORS_RE.search(text, _sentence_start(text, chain[0].start), chain[0].start)
    ):
        for item, sector in zip(chain, _SECTORS, strict=True):
            item.indicator = sector + names[0]
        return
    if len(set(names)) == 1 and (sectors := _THREE_SECTORS_RE.search(names[0])):
        for item, sector in zip(chain, _SECTORS, strict=True):
            item.indicator = (
                names[0][: sectors.start()]
                + sector
                + names[0][sectors.end() :].removeprefix("产业")
            )
    elif all(
        name.removeprefix("第").startswith(digit + "产业")
        for name, digit in zip(names, "一二三", strict=True)
    ):
        for item in chain:  # 一二三产业…, 第一、二、三产业…: 一产业, 二产业 … are no names
            if not item.indicator.startswith("第"):
                item.indicator = "第" + item.indicator


#: A list of whole measures, then a short predicate without a figure (…和税收收入|迈上新台阶).
LISTED_THEN_PREDICATE_RE = patterns.compile(
    rf"([^，。；]*、[^，。；]*(?:{'|'.join(MEASURE_HEADS)}))[\u4e00-\u9fff]{{1,8}}"
)


def _listed_before(text: str, start: int, count: int) -> list[str]:
    """The parts of a list of measures the clause before names, one per figure of a
    分别 list after it (A、B、C和D跃上新台阶，分别为…); [] when they do not match."""
    if start < 2 or text[start - 1] not in "，,":
        return []
    opening = clause_start(text, start - 1)
    listed = LISTED_THEN_PREDICATE_RE.fullmatch(text, opening, start - 1)
    if not listed or DIGIT_RE.search(listed.group()):
        return []
    subject = listed.group(1)
    parts = parallel_parts(subject)
    if len(parts) == count - 1 and (joined := LAST_JOIN_RE.search(subject)):
        parts = parallel_parts(subject[: joined.start()] + "、" + subject[joined.end() :])
    return [tidy(part) for part in parts] if len(parts) == count else []


# The check of a finished name (issue 15), applied last, whatever rule built the name.

#: A budget a figure is set against, as a whole name (为预算调整数, 占年初预算): of the
#: measure before it, as a basis is (never at a name's end: 一般公共预算 is a budget's name).
BUDGET_PHRASE_RE = patterns.compile(r"(?:为|占|完成)?(?:年初|调整后?)?预算(?:调整后?数?|数)?")
#: A basis a figure is read on (按可比价格计算, 同口径, 现价, 调整后): it says how, not what.
_QUALIFIER = (
    r"(?:按|以)?(?:可比价格?|可比口径|不变价格?|现价|同口径|可比)(?:计算)?|调整后|自然(?=增长|增收|$)"
    r"|(?:扣除|剔除)[^，。；]{1,10}?(?:因素(?:后|影响)?|后)"
)
QUALIFIER_RE = patterns.compile(_QUALIFIER)
#: A clause between a figure and the one it names that names nothing itself: a basis,
#: or the balancing of a budget (收支相抵, 收支平衡).
ASIDE_CLAUSE_RE = patterns.compile(rf"{_QUALIFIER}|收支(?:相抵|两抵|平衡)(?:后)?")
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
    r"(?:第?[一二三四1-4]季度|前三季度|[上下]半年|[0-9０-９]{1,2}(?:[-—－~～至][0-9０-９]{1,2})?月份?)"
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
    + ("均价", "单价", "价格", "面积", "净增额", "净增加额", "增加额", "净增量")
)
#: The unit a price or a rate is given per, after its noun (均价|每公斤): no part of what.
PER_UNIT_TAIL_RE = patterns.compile(rf"(?<=[{HAN}]{{2}})每[{HAN}]{{1,3}}$")
#: Words of time, plan or sum before a weak noun that say nothing of whose it is
#: (当年结余, 全年计划投资, 完成投资; 总计 stays whole).
WEAK_LEAD_RE = patterns.compile(
    r"^(?:全年|年内|今年|当年|本年|年度|年末|年底|年终|计划|预计|累计|其中|实际|完成|实现|共|涉及|涉案|安排|投入|下达|拨付|筹措|筹集|统筹|总(?![计额量数]))+"
)


def weakness(name: str) -> str:
    """What is wrong with a finished name, told by its own words alone: ``qualifier``
    (可比, 同口径), ``qualified`` (a name with its basis after it: 财政收入同口径),
    ``share`` (占比 without its whole), ``from`` (由, 由2019年: a from–to's word alone),
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
    if BARE_VERBS_RE.fullmatch(core) or STATUS_ONLY_RE.fullmatch(core):
        return "verb"
    return ""


#: The word of a from–to alone, with its year (…稳步增长，由2019年的12.4亿元增加到…): the
#: thing that changed is the topic of the clause before.
FROM_ONLY_RE = patterns.compile(r"[由从](?:(?:19|20)[0-9]{2}年|上年|去年|年初)?(?:底|末)?的?")
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
INCLUDED_RE = patterns.compile(r"含(?![税量金有])")
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
)
#: Those verbs alone, their things left out (建成投产, 竣工投产).
STATUS_ONLY_RE = patterns.compile(
    r"(?:新|再|已)?(?:开工|复工|竣工|完工|开业|投产|达产|建成|签约|落地|入库|在建|续建|建设)+"
)
#: The longest a name made by the check may be, in Han characters.
FULL_NAME_MAX = 20


def full_names(text: str, lists: list[list[Item]]) -> None:
    """The check of every finished name, last, independent of how it was built: a name
    that is only a generic noun, a qualifier, a share without its whole, a verb without
    its object or shorter than two Han characters is replaced by the longer name its
    sentence gives (:func:`_fuller`); where nothing better exists, it stays, unless the
    figure just before, in the same sentence, had the same weak name (lent it) and got
    a new one: then it takes that (财政收入：完成8亿元，增长5% → both 财政收入)."""
    earlier: list[Item] = []
    lent = ("", "", -1)  # the figure before: its weak name, its new name, where it ends
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        if name[:1] in "）)" or name[-1:] in "（(":
            name = item.indicator = _compared_in_brackets(text, item, name, earlier)
        if (
            "平均" in text[max(0, item.start - 12) : item.start]
            and kind_of_unit(item.unit) == "rate"
            and "平均" not in name
            and (span := YEARS_AVERAGE_RE.search(text, clause_start(text, item.start), item.start))
        ):
            # …同比增长9%，两年平均增长5.0%: the average over the years, not the year's growth
            name = item.indicator = name.removesuffix("增速") + span.group(1) + "增速"
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
        if kind := weakness(name):
            item.indicator = _fuller(text, item, name, kind, earlier)
            if item.indicator == name == lent[0] and "。" not in text[lent[2] : item.start]:
                item.indicator = lent[1]
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
        if item.indicator.startswith("调整后") and "实际" in item.indicator:
            item.indicator = item.indicator[3:]  # …调整为9亿元，实际收入9.5亿元: no adjusted sum
        if (sector := SECTOR_ALONE_RE.fullmatch(item.indicator)) and (
            item.unit.endswith("元") or kind_of_unit(item.unit) == "rate"
        ):
            item.indicator = sector.group() + "增加值"  # 第二产业40亿元: its value added
        elif _price_category(text, item, earlier):
            item.indicator += "价格"  # 衣着类上涨1.2%: the category's prices
        elif item.indicator in STOCK_FLOWS and (owner := _stock_owner(text, item, earlier)):
            item.indicator = owner + item.indicator  # 羊存栏2万只，…出栏1.5万只: 羊出栏
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
            clause = text[clause_start(text, item.start) : item.start]
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


def _last_sum_named(text: str, item: Item, earlier: list[Item]) -> str:
    """The name of the sentence's last sum of money or stuff before ``item`` that says what
    it measures, its absolute change left out; "" when there is none."""
    sentence = _latest(earlier, _sentence_start(text, item.start))
    sums = [
        it for it in sentence if kind_of_unit(it.unit) == "amount" and not weakness(it.indicator)
    ]
    return without_absolute_change(sums[-1].indicator) if sums else ""


#: A note after a figure giving the year before's (…5%（上年为3%）).
PRIOR_NOTE_RE = patterns.compile(r"[（(]((?:上年|去年)(?:同期)?)(?:为|是)?$")


#: An average growth over a span of years (两年平均增长, 三年平均增速).
YEARS_AVERAGE_RE = patterns.compile(r"((?:[两三四五]|[2-5])年平均)(?:增长|增速|增幅|下降)")
#: A comparison whose other side's figure stands in brackets (比全省（5.0%）高…).
BRACKETED_PLACE_RE = patterns.compile(rf"(?:比|较|高于|低于|快于|慢于)({HAN_LETTER}{{1,8}})[（(]$")


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
    before = [it for it in earlier[-SIBLINGS:] if it.end <= start]
    bare = name.strip("（）()")  # 完成年度计划目标（6%）的93.3%: the brackets name nothing
    if not before or "。" in text[before[-1].end : start]:
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
        return place.group(1) + measure  # the place's figure: 全省地区生产总值
    words = text[place.start() : opening] + name[1:]  # 比全省|高
    return measure + ("增速" if kind_of_unit(before[-1].unit) == "rate" else "") + words


def _measure_of_period(text: str, item: Item, period: str, earlier: list[Item]) -> str:
    """The measure a period named alone reports (…增长5%。分季度看，一季度增长4.1%): that of
    the nearest figure before it in its paragraph, over at most one sentence before its own,
    whose name is no period's, without its own period (全年); "" if there is none."""
    floor = _sentence_start(text, max(0, _sentence_start(text, item.start) - 1))
    for before in reversed(earlier[-SIBLINGS:]):
        if before.end < floor or "\n" in text[before.end : item.start]:
            return ""
        measure = PLAN_WORD_END_RE.sub("", FRAME_HEAD_RE.sub("", before.indicator))
        if measure and not weakness(measure) and not PERIOD_ONLY_RE.match(measure):
            return period + measure  # …计划增长8%。上半年完成…: the measure, not its plan
    return ""


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
    if kind == "qualified":  # 一般公共预算收入同口径: the name, its basis no part of it
        rest = QUALIFIER_TAIL_RE.sub("", core)
        return rest if not weakness(rest) else name
    start = clause_start(text, item.start)
    if kind == "target":  # 地区生产总值增长5.5%左右，预期目标为6% → 地区生产总值增长预期目标
        return _target_of(text, item, name, earlier) or name
    if kind == "limit":  # 政府债务余额45亿元，控制在省核定的限额52亿元以内 → 政府债务限额
        sentence = _latest(earlier, _sentence_start(text, item.start))
        balance = (
            sentence[-1].indicator.removeprefix("年末").removeprefix("年底") if sentence else ""
        )
        return balance[:-2] + "限额" if balance.endswith("余额") and han_len(balance) >= 4 else name
    if kind == "milestone":  # 生产总值…，跨过3个万亿元级台阶、年均增长5% → 生产总值's growth
        if kind_of_unit(item.unit) == "count":
            return name  # the steps themselves are counted
        return _last_sum_named(text, item, earlier) or name
    if kind == "from":  # 工业税收稳步增长，由12.4亿元增加到20.1亿元 → 工业税收
        if start >= 2 and text[start - 1] in "，,":
            owner, _ = _clause_owner(text[clause_start(text, start - 1) : start - 1])
            if _names_an_owner(owner):
                return owner
        return name
    if kind == "period":  # 生产总值增长5%。分季度看，一季度增长4.1% → 一季度生产总值
        return _measure_of_period(text, item, PERIOD_VERB_RE.sub("", name), earlier) or name
    if kind == "included":  # 支出50亿元（含代列支出2亿元）: the part is 代列支出
        noted = f"（{name}" in text[start : item.start] or f"({name}" in text[start : item.start]
        return name[1:] if noted and han_len(name) >= 3 and not weakness(name[1:]) else name
    if (
        kind in ("verb", "short")
        and GROWTH_AFTER_DE_RE.match(text, item.after)
        and start >= 2
        and text[start - 1] in "，,"
    ):
        # 固定资产投资强势回升，实现8%的快速增长: the growth of the clause before's topic
        owner, _ = _clause_owner(text[clause_start(text, start - 1) : start - 1])
        if _names_an_owner(owner):
            return owner
    if kind in ("verb", "short"):
        if kind == "short" and start and text[start - 1] in "：:":
            # 财政收入：完成8亿元: a label before a colon names what the line reports.
            label = text[clause_start(text, start - 1) : start - 1].strip()
            if HAN_ONLY_RE.fullmatch(label) and 2 <= len(label) <= 16 and not weakness(label):
                return label
        thing = UNIT_NOTE_RE.sub("", _thing_after(text[item.after : item.after + WINDOW]))
        if not thing and kind == "verb" and (things := _counted_just_before(text, item, earlier)):
            return with_predicate(core, things)  # 入驻企业120家，建成投产60多家: those firms
        if not thing or weakness(thing):
            return name
        return thing if kind == "short" else with_predicate(core, thing)
    sibling = _last_after(earlier, start)
    words = trim_prefix(text[sibling.end if sibling else start : item.start].strip("、，, "))
    if han_len(words) > han_len(name) + 2:
        return name  # 实现北焦奥莱荟等8个项目开业: the clause names them itself
    joins = "，,；;" if kind == "generic" and kind_of_unit(item.unit) == "amount" else "，,"
    before = clause_start(text, start - 1) if start >= 2 and text[start - 1] in joins else start
    if (
        kind in ("qualifier", "generic")
        and before >= 2
        and text[before - 1] in "，,"
        and ASIDE_CLAUSE_RE.fullmatch(text[before : start - 1].strip())
    ):
        # …5.2亿元，剔除退税因素后，可比增长7%; …支出29.6亿元，收支相抵，年终结余0.4亿元
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
    if prev and prev.indicator and not weakness(prev.indicator):
        owner = without_absolute_change(prev.indicator)
        if kind == "qualifier":
            return owner
        if kind == "generic":
            people = unit_base(prev.unit) in PERSON_UNITS  # 新增就业5000人，完成投资: no owner
            before_kind = "people" if people else kind_of_unit(prev.unit)
            owner = _generic_owner(owner, before_kind, kind_of_unit(item.unit), core)
    elif before < start and not DIGIT_RE.search(text, before, start - 1):
        owner, _ = _clause_owner(text[before : start - 1])
        if kind == "qualifier":
            return owner if _names_an_owner(owner) else name
    else:
        return name
    if not _names_an_owner(owner) or han_len(owner) + han_len(core) > FULL_NAME_MAX:
        return name
    if BALANCE_RE.search(name) and not BUDGET_END_RE.search(owner):
        return name
    return join_once(owner, core)


#: A sector named alone (第二产业): with money or a rate, its value added.
SECTOR_ALONE_RE = patterns.compile(r"第[一二三]产业")
#: The verbs of a price category's move written right before its rate (衣着类上涨1.2%).
PRICE_MOVES = ("上涨", "下跌", "下降", "上升", "回落", "持平")
#: Moves said of prices only (a category that 上涨 is priced; one that 下降 may be an output).
PRICE_ONLY_MOVES = ("上涨", "下跌")


def _price_category(text: str, item: Item, earlier: list[Item]) -> bool:
    """Whether a rate names a category of prices without the word (衣着类上涨1.2%;
    居民消费价格上涨2%，其中交通通信上涨2%): a category (…类), or a short plain name, moving
    as prices do, by a verb said of prices only or in a sentence about prices, and no
    quantity of the same category before it in the sentence (豆类40吨，同比下降12%: output)."""
    name = item.indicator
    if (
        kind_of_unit(item.unit) != "rate"
        or not text.endswith(PRICE_MOVES, 0, item.start)
        or not (name.endswith("类") or 2 <= han_len(name) <= 4 and HAN_ONLY_RE.fullmatch(name))
        or MEASURED_END_RE.search(name)
    ):
        return False
    sentence = _latest(earlier, _sentence_start(text, item.start))
    if any(it.indicator == name and kind_of_unit(it.unit) != "rate" for it in sentence):
        return False
    priced = text.endswith(PRICE_ONLY_MOVES, 0, item.start)
    return priced or any(it.indicator.endswith(("价格", "价格指数")) for it in sentence)


#: Livestock's stock and flow named alone, and the owner a figure before gives them.
STOCK_FLOWS = ("存栏", "出栏", "存笼", "出笼", "产量", "总产量")
STOCK_OWNER_RE = patterns.compile(rf"({HAN_LETTER}{{1,6}}?)(?:{'|'.join(STOCK_FLOWS)})$")


def _stock_owner(text: str, item: Item, earlier: list[Item]) -> str:
    """The animal or crop a bare stock or flow is of: the one named by the figure before
    in the sentence (羊存栏2万只，同比增长3%，出栏1.5万只 → 羊); "" when none."""
    for before in reversed(_latest(earlier, _sentence_start(text, item.start))):
        if owned := STOCK_OWNER_RE.match(before.indicator):
            return owned.group(1)
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
        return stem[: head.start()] if head else ""
    if kind_before == "count" and kind == "amount" and han_len(name) <= 10:
        return leading_verbs_stripped(name)  # a verb phrase stays one: 促成…签约 owns nothing
    if kind_before == "amount" and kind == "count" and FUNDED_RE.fullmatch(weak):
        # 投入…补助资金3.2亿元，实施项目268个: the projects the fund pays for (引进项目 stays)
        return stem if FUND_END_RE.search(stem) else ""
    return ""


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
