"""Indicators: the shortest phrase of the text that names what a figure measures.

Read from the clause's grammar.  A count standing before its noun is named by
that noun and the predicate picking the counted ones out; a rate or an amount
by the subject of its clause; a share by its whole; a list by its siblings.
The rules are an ordered chain (``chain_indicators``): each is tried where the
ones before it have found nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from reportpress.metrics.lexicon import (
    ATTRIBUTIVE,
    CLAUSE_END,
    COPULA,
    DOWN_WORDS,
    GENERIC_SUBJECT,
    HAN,
    NOT_PREDICATE_RE,
    PERSON_UNITS,
    PIVOT_ALTERNATION,
    UP_WORDS,
    VERB_ALTERNATION,
)
from reportpress.metrics.scan import WINDOW, Item, clause_end, clause_start, kind_of_unit, unit_base

#: A figure followed by a change verb is the start of a change (由380元提高到420元),
#: so no noun is read after it.
CHANGE_WORDS = "|".join(UP_WORDS + DOWN_WORDS)
#: How far back a sentence is read for the figures that lend a name.
SENTENCE_WINDOW = 400
#: How many earlier figures of a clause or sentence are consulted.
SIBLINGS = 16

PREDICATE_TAIL_RE = re.compile(
    r"(?:分别|年均|(?<!人)均|共计|共|累计|合计|总计|全部|已|控制在|保持在|稳定在|同比|环比|比上年|较上年|较去年底?|较同期|比去年|较年初|"
    r"(?<![占对])[比较](?:上|去|前|同期|年初|[0-9]{4}年)[^，。；、比较]{0,6}?|(?<!一)再|继续|进一步|安排|"
    r"增长|下降|提高|提升|上升|增加|减少|缩短|回落|降低|下滑|上涨|下跌|扩大|收窄|高于[^，。]{0,4}?|低于[^，。]{0,4}?|"
    r"压减|压缩|削减|缩减|精简|压降|(?:跃升|攀升)[至到]?|(?:下降|上升|提高|提升|降低|增长|增加|减少)[至到]|[增降升减]至|[增降升减]到|折合|(?<!自)[由从](?:每[人户年月天日])*|(?:每[人户年月天日])+|"
    r"达到|达|为|是|至|到|实现|占[^，。]{0,4}?|完成[^，。]{0,8}?的|完成|超过|突破|新增|"
    r"约|近|超|逾|不少于|的|连续[0-9一二三四五六七八九十两]+(?:个月|年|次|天))$"
)
FRAME_HEAD_RE = re.compile(
    r"^(?:其中|上半年|下半年|全年|今年|年内|当年|截至[^，。]{0,8}?|我区|全区|全市|全县|全省|"
    r"累计|共|同时|此外|另外|目前|已|力争|在[^，。]{0,6}?中|平均每[天日年月]|每[天日年月]|日均|"
    r"(?:今后|过去|近)?[0-9一二三四五六七八九十两]+年(?:来|间|内|中)?)"
)
#: Verbs that end a counted noun: 9个项目|加快建设, 3家文化园区|成为…
PREDICATE_START = (
    r"(?<![未新待])(?:占|完成|实现|开工|完工|建成|入驻|落地|进入|成为|上榜|"
    r"加快|加紧|办理|启动|共同|获得|全部|均|已|正式|开展|提前|投入|发放|联合|牵头|回迁|入市|建设|"
    r"改造|达到|达|为|增长|下降|实施|整治|创建|竣工|加入|置换|打造|进场|受|在|的|"
    r"开业|投用|投运|交付|入住|通车|入选|挂牌|共建|免费)"
)
NOUN_AFTER_RE = re.compile(
    rf"^(?:的)?(?!共|合计|累计|约|近|超|达(?!标)|以内|以下|并|且|其中|同时|分别|跃升|攀升|跃居|{CHANGE_WORDS})((?:[{HAN}A-Za-z“”（）()]){{1,16}}?)"
    rf"(?=[，。；：、,;:!?！？0-9]|$|[和及与](?=[0-9０-９]|[一二三四五六七八九十两]+[个家项所座条处])|{PREDICATE_START})"
)
#: Verbs that open a clause's object: the measured thing is what follows them.
LEADING_VERB_RE = re.compile(
    r"^.*?(?:完成|实现|开展|组织|举办|推出|出台|发布|梳理|配备|设置|集聚|安排|推进|推动|落实|协助|引导|吸引|"
    r"压减|压缩|削减|缩减|"
    r"[^、]等)(?![率量额])(?=[\u4e00-\u9fff“A-Za-z])"
)
#: A note the report puts inside its sentence: 广义货币M2（注：M2为…）.
NOTE_RE = re.compile(r"[（(]注[：:][^）)]{0,40}[）)]")
#: Steps of a scale: a count of them is how far something moved (指数提升2个等级, 排名前移5位).
STEP_NOUNS = ("等级", "档次", "位次", "级", "档", "位")
#: What is left of a figure's unit before the next item of a list: （间）、 /月、.
UNIT_REST_RE = re.compile(rf"(?:[（(][{HAN}]{{1,2}}[）)]|/[{HAN}]{{1,2}})、")
#: A gap against another figure: 增速高于全市1.6个百分点.
GAP_RE = re.compile(r"[高低]于[^，。；、]{1,6}$")
#: An absolute change and its base: 较去年增长17亿元.
ABS_CHANGE_RE = re.compile(
    r"(?:(?:同比|环比|(?<![占对])[较比])[^，。；]{0,6}?|年均)(?:增长|增加|减少|下降|压减|压缩|削减|缩减)$"
)

#: Action verbs of the genre.  A count right after one of them is its object
#: (新建3所中小学, 推进19个重点行业领域专项整治); a clause made of them alone
#: has left its object out (新开工7个、完工52个).
#: Manner adverbs standing before a verb (稳步推进, 全力打造).
MANNER_RE = re.compile(
    r"^(?:稳步|有序|全力|积极|持续|大力|扎实|深入|不断|进一步|全面|着力|率先|先后|陆续|累计|共|已|"
    r"还|再|又|先行|初步|基本|顺利|集中|加快|加紧)"
)
VERB_START_RE = re.compile(rf"^(?:{VERB_ALTERNATION})")
VERB_END_RE = re.compile(rf"(?:{VERB_ALTERNATION})了?$")
PIVOT_RE = re.compile(rf"^(?:{PIVOT_ALTERNATION})|(?:{PIVOT_ALTERNATION})了?$")
#: A clause of verbs only, its object left out (启动实施, 新开工, 谋划储备).
BARE_VERBS_RE = re.compile(rf"^(?:新|已|再)?(?:{VERB_ALTERNATION})+$")
#: Adverbs that open a predicate without naming anything (全部达标, 均已开工).
PRED_ADVERB_RE = re.compile(r"^(?:全部|均已|均|已经|已|正式|都|顺利|先后|陆续|分别)")
#: Light verbs and nouns at the end of an object: 项目实施, 创建工作, 建设任务.
LIGHT_TAIL_RE = re.compile(r"(?:建设|实施|落地|落实|工作|任务)+$")
#: A verb and a noun that make one noun: 改造项目, 建设工程 (城中村改造项目实施).
VERB_NOUN_RE = re.compile(rf"^(?:{VERB_ALTERNATION})(?:项目|工程|计划|方案|行动|资金|基地|中心)")
#: A time clause at the end of a subject (征收启动当日): not part of the name.
TIME_TAIL_RE = re.compile(rf"[{HAN}]{{0,2}}当[日天月年]$")


def _visible_len(s: str) -> int:
    return len(re.sub(r"[“”‘’\"（）()]", "", s))


def _light_stripped(name: str) -> str:
    """城中村改造项目实施 → 城中村改造项目; 重点任务 stays (too little would be left)."""
    shorter = LIGHT_TAIL_RE.sub("", name)
    return shorter if _visible_len(shorter) >= 3 else name


def _trim_prefix(prefix: str) -> str:
    """Strip predicates and framing words so the subject remains."""
    prev = None
    while prev != prefix:
        prev = prefix
        prefix = PREDICATE_TAIL_RE.sub("", prefix)
        prefix = FRAME_HEAD_RE.sub("", prefix)
    return prefix.strip()


def _subject(text: str, start: int, end: int) -> str:
    """The subject of a clause segment: predicates, frames and leading verbs stripped.

    Light verbs (完成, 实现, 推动…) are peeled off one after another
    (协助天津港完成车辆出口服务 → 车辆出口服务), but not when what is left is a
    quotation: a slogan names no quantity (拆除并实现“场清地净”).
    """
    subject = _trim_prefix(NOTE_RE.sub("", text[start:end]).lstrip("、"))
    if subject.endswith("、"):
        subject = _first_predicates_subject(subject)
    head, comma, tail = subject.rpartition("、")
    if comma and FRAME_HEAD_RE.match(tail) and _trim_prefix(tail):
        subject = _trim_prefix(tail)  # …“十大民生实事”、近五年累计投入资金: a new clause
    for _ in range(3):
        shorter = _trim_prefix(LEADING_VERB_RE.sub("", subject))
        if not shorter or shorter == subject or re.fullmatch(r"“[^“”]*”", shorter):
            break
        if shorter in GENERIC_AMOUNTS:
            break  # 中央财政拟安排资金: 资金 alone names nothing
        subject = shorter
    return TIME_TAIL_RE.sub("", subject) or subject


#: Where a predicate starts in a clause of several (收入增速高于经济增速、突破3万元).
FIRST_PREDICATE_RE = re.compile(
    r"(?:增速|增幅)?(?:高于|低于|实现|稳居|位居|保持|继续|基本|达到|达|翻番|翻一番|提前|全面)"
)


def _first_predicates_subject(subject: str) -> str:
    """A subject ending in 、 holds predicates listed before the figure's own
    (收入增速高于经济增速、突破3万元; 企业数量实现翻番、达1.8万家): the subject
    is what stands before the first of them."""
    first = subject.split("、")[0]
    cut = FIRST_PREDICATE_RE.search(first)
    if cut and cut.start() == 0:
        return ""  # 、稳居全国前十强、增长4.8%: the subject is the one before
    head = _trim_prefix(first[: cut.start()]) if cut else ""
    return head if _han_len(head) >= 2 else subject.rstrip("、")


def _segment_mode(segment: str) -> str:
    """Whether a count after ``segment`` is a verb's object or the subject of what follows.

    新建3所中小学, 推进19个…专项整治: object, the words after the number name it.
    …等9项任务提前完成年度目标, 引导455家企业回迁, 为35万户居民家庭免费安装…:
    subject, the predicate after its noun says which ones are counted.
    """
    core = segment
    for _ in range(3):
        core = MANNER_RE.sub("", FRAME_HEAD_RE.sub("", core))
    if not core or core.endswith("的") or PIVOT_RE.search(core):
        return "subject"
    if VERB_END_RE.search(core) or VERB_START_RE.match(core):
        return "object"
    return "subject"


def _with_predicate(predicate: str, noun: str) -> str:
    """A predicate made into the name of the things counted: 开工项目, 完成撤村的村.

    A short verb phrase joins its noun directly; a long one, or a one-character
    noun, needs 的.
    """
    if len(noun) > 1 and predicate.endswith(noun):
        return predicate  # 4家基地上榜…直播电商基地
    if _visible_len(predicate) <= 6 and len(noun) > 1:
        return predicate + noun
    return predicate + "的" + noun


def _shared_head(nouns: list[str]) -> str:
    """The common final characters of sibling nouns (“平急两用”项目, 存量项目 → 项目)."""
    head = nouns[0]
    for noun in nouns[1:]:
        while head and not noun.endswith(head):
            head = head[1:]
    return head


@dataclass
class _CountedName:
    name: str
    noun: str  # the counted noun itself, for siblings that leave it out
    mode: str


def _counted_name(
    text: str, chain: list[Item], segment: str, siblings: list[Item]
) -> _CountedName | None:
    """The name of what a count or amount written before its noun measures."""
    last = chain[-1]
    m = NOUN_AFTER_RE.match(_ahead(text, last.after))
    if not m or not re.match(rf"[{HAN}“A-Za-z]", m.group(1)) or text[last.after] == "的":
        return None  # 4片区7区块的调整方案: what follows 的 is not what is counted
    noun = m.group(1)
    end = noun_end = last.after + m.end(1)
    while end < len(text) and text[end] not in CLAUSE_END + "、":
        end += 1
    if text[end : end + 1] == "、" and not re.search(
        r"[0-9０-９]", text[end : clause_end(text, end)]
    ):
        end = clause_end(
            text, end
        )  # 发放生活费、助学金等: a 、 ends the clause only before a figure
    rest = text[noun_end:end]
    # A list item after another's noun (示范类、340个…) is read like the first.
    prev = siblings[-1] if siblings else None
    list_item = prev is not None and re.fullmatch(rf"[{HAN}（）()“”]{{1,10}}[、和及与]", segment)
    mode = prev.mode if list_item and prev and prev.mode else _segment_mode(segment)
    if rest.startswith("的") and (task := NOUN_AFTER_RE.match(rest)):
        # 22个村的撤村建居工作: the counted ones are those the task concerns.
        return _CountedName(_with_predicate(_light_stripped(task.group(1)), noun), noun, "subject")
    if noun in STEP_NOUNS and (
        moved := re.search(rf"[{HAN}]{{2,16}}?(?:{CHANGE_WORDS}|前移)$", segment)
    ):
        return _CountedName(moved.group() + noun, noun, mode)  # 指数提升2个等级
    if relative := re.fullmatch(rf"(?![为是以被由作])([{HAN}]{{2,4}})的([{HAN}]{{2,10}})", rest):
        # 三家医院牵头的医联体: the counted ones are named by what they do for the thing after 的.
        return _CountedName(_with_predicate("".join(relative.groups()), noun), noun, "subject")
    if mode == "object":
        obj = _light_stripped(
            re.split(r"[、和及与](?=[0-9０-９一二三四五六七八九十两])", noun + rest)[0]
        )
        if "的" in obj or re.search(r"[0-9０-９]", obj) or _visible_len(obj) > 18:
            obj = _light_stripped(noun)
        name = obj
        verb = VERB_END_RE.search(segment) or VERB_START_RE.match(MANNER_RE.sub("", segment))
        in_list = re.match(r"[、和及与][0-9０-９]", text[noun_end : noun_end + 2])
        if _visible_len(name) <= 3 and verb and not list_item and not in_list:
            name = (
                verb.group().rstrip("了") + name
            )  # 新建中小学, 开发岗位: a bare noun names no quantity
        return _CountedName(_owned(segment, name), _light_stripped(noun), mode)
    if len(noun) >= 2 and noun.endswith("中") and not rest:
        noun = noun[:-1]  # 15个项目中，…
    if compound := VERB_NOUN_RE.match(rest):
        noun, rest = noun + compound.group(), rest[compound.end() :]  # 城中村|改造项目|实施
    if VERB_START_RE.match(noun) or re.match(PREDICATE_START, noun):
        if unit_base(last.unit) in PERSON_UNITS:
            # 1.6万人完成转非户籍办理: the unit is who is counted; the verb phrase says which.
            return _CountedName(noun if re.search(r"[0-9０-９]", rest) else noun + rest, "", mode)
        # 15个开展前期工作: the noun is left out; the siblings have it.
        nouns = [s.noun for s in siblings if s.noun]
        if PRED_ADVERB_RE.fullmatch(noun) and not re.search(r"[0-9０-９]", rest):
            noun = rest  # 2个已竣工: the adverb says nothing of which ones
        if nouns and noun:
            return _CountedName(_with_predicate(noun, _shared_head(nouns) or nouns[-1]), "", mode)
    owner = _trim_prefix(MANNER_RE.sub("", FRAME_HEAD_RE.sub("", segment.lstrip("，、"))))
    if (
        re.match(r"(?:全部|均|都)", rest)
        and 2 <= _han_len(owner) <= 10
        and not VERB_END_RE.search(owner)
        and not VERB_START_RE.match(owner)
        and not PIVOT_RE.search(owner)
        and not re.search(r"[0-9０-９、，]", owner)
    ):
        return _CountedName(owner + noun, noun, mode)  # 第四使馆区12条道路全部…: all of them
    predicate = PRED_ADVERB_RE.sub("", rest)
    if (
        predicate
        and prev
        and prev.noun == noun
        and BARE_VERBS_RE.match(MANNER_RE.sub("", predicate))
    ):
        predicate += _sibling_object(prev.indicator, noun)  # 5个乡完成…改革、12个乡加快谋划
    if (
        predicate
        and _visible_len(noun) <= 8
        and not NOT_PREDICATE_RE.match(predicate)
        and not re.search(r"[0-9０-９、]", predicate)
        and not LIGHT_TAIL_RE.fullmatch(predicate)
        and _visible_len(predicate) <= 16
    ):
        return _CountedName(_with_predicate(predicate, noun), noun, mode)
    if (
        LIGHT_TAIL_RE.fullmatch(rest)
        and _han_len(noun) <= 2
        and 4 <= _han_len(owner) <= 12
        and not BARE_VERBS_RE.match(owner)
    ):
        return _CountedName(owner + noun + rest, noun, mode)  # 支持三旗县21个项目建设
    return _CountedName(_owned(segment, noun), noun, mode)


def _owned(segment: str, noun: str) -> str:
    """A one-character noun (县, 村) named with the subject of its clause:
    合作医疗试点已扩大到671个县 → 合作医疗试点县."""
    if _han_len(noun) != 1:
        return noun
    owner = _trim_prefix(MANNER_RE.sub("", FRAME_HEAD_RE.sub("", segment.lstrip("，、"))))
    owner = _leading_verbs_stripped(re.sub(r"^(?:在|为|对|向|于)", "", owner))
    owner = _trim_prefix(VERB_END_RE.sub("", owner)) or owner  # 服务已覆盖到213个村
    return owner + noun if 2 <= _han_len(owner) <= 14 and not PIVOT_RE.search(owner) else noun


def _named_before(text: str, item: Item, earlier: list[Item]) -> str:
    """The name of the same figure a little before (15个…。15个项目中，…), when it has one."""
    written = text[item.start : item.end]
    for before in reversed(_latest(earlier, max(0, item.start - SENTENCE_WINDOW))):
        if text[before.start : before.end] == written and before.indicator:
            return before.indicator
    return ""


def _noun_unit(unit: str) -> str:
    """A unit that is itself a noun of two characters or more (片区, 区块), without its magnitude."""
    noun = re.sub(r"^[万亿千百]+", "", unit)
    return noun if _han_len(noun) >= 2 and re.fullmatch(rf"[{HAN}]+", noun) else ""


def _sibling_object(name: str, noun: str) -> str:
    """The object of a sibling's predicate (完成乡级产权制度改革的乡 → 乡级产权制度改革),
    lent to a bare verb that leaves it out (12个乡加快谋划)."""
    predicate = re.sub(rf"的?{re.escape(noun)}$", "", name) if noun else name
    obj = _leading_verbs_stripped(MANNER_RE.sub("", predicate))
    return obj if obj != predicate and _han_len(obj) >= 2 else ""


def _share_of(segment: str) -> tuple[str, int]:
    """占全市 in …，占全市43.8%: the whole a share is taken of, and how long the
    segment's tail is that holds it (的 and a copula after it are not part of it:
    占一般公共预算收入的比重为85%)."""
    m = re.search(rf"占(?!比)([^，。；、占]{{1,12}}?)的?{COPULA}$", segment)
    return ("占" + m.group(1), len(m.group())) if m else ("", 0)


def _join_once(*parts: str) -> str:
    """Parts of a name put together without writing a phrase twice.

    A part the name already ends with is not added again (失业率低于全市平均水平 +
    低于全市平均水平), and one that begins where the name ends overlaps it.
    """
    name = ""
    for part in parts:
        if not part or name.endswith(part):
            continue
        overlap = next(
            (k for k in range(min(len(name), len(part)), 1, -1) if name.endswith(part[:k])), 0
        )
        name += part[overlap:]
    return name


def _without_absolute_change(name: str) -> str:
    """A sibling's name as lent to the next figure: without its absolute change
    (常住人口比上年末增加2.1万人，增长1.2%: the 1.2% is of 常住人口)."""
    return ABS_CHANGE_RE.sub("", name) or name


def _parallel_parts(subject: str) -> list[str]:
    """城镇、农村居民人均可支配收入 → 城镇居民…, 农村居民…: short parallel
    modifiers share the head written once after the last of them."""
    parts = [p for p in subject.split("、") if p]
    if len(parts) == 1 and (pair := re.fullmatch(r"([\u4e00-\u9fff]{2})和(.+)", subject)):
        parts = list(pair.groups())  # 城镇和农村常住居民人均可支配收入
    last = parts[-1] if parts else ""
    head = next((h for h in SHARED_HEADS if last.endswith(h) and len(last) > len(h)), "")
    return [
        p + last[len(p) :]
        if len(p) <= 2 and len(last) > len(p) + 2
        else p + head
        if head and not p.endswith(head)
        else p
        for p in parts[:-1]
    ] + parts[-1:]


def _leading_verbs_stripped(name: str) -> str:
    """新增跨国公司地区总部 → 跨国公司地区总部 (for a stock written after a flow)."""
    return re.sub(rf"^(?:新|已)?(?:{VERB_ALTERNATION})+", "", name) or name


def _elided_object(verb: str, sentence: list[Item]) -> str:
    """Name for a bare verb whose object the list left out (完工52个, 竣工6865套)."""
    prev = sentence[-1].indicator
    if (m := re.search(rf"新?(?:{VERB_ALTERNATION})$", prev)) and m.start() > 0:
        return prev[: m.start()] + verb  # 老旧小区改造新开工7个、完工52个
    if (m := re.match(rf"(?:新|已)?(?:{VERB_ALTERNATION})+", prev)) and m.end() < len(prev):
        return verb + prev[m.end() :]  # 建设筹集保障性住房4200套、竣工6865套
    nouns = [it.indicator for it in sentence if it.indicator]
    head = _shared_head(nouns) if len(nouns) > 1 else ""
    return _with_predicate(verb, head or prev)  # 存量项目31个、启动实施9个


def _ahead(text: str, pos: int) -> str:
    """The words after ``pos`` that any rule reads (a bounded slice, never the rest of the text)."""
    return text[pos : pos + WINDOW]


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


def chain_indicators(text: str, chain: list[Item], earlier: list[Item]) -> list[str]:
    """The indicator of each figure of a list, tidied, and named by what follows
    when the clause gave only a generic word (投资3亿元的滨河公园改造工程)."""
    names = [tidy(name) for name in _clause_indicators(text, chain, earlier)]
    after = text[chain[-1].after : chain[-1].after + WINDOW]
    if kind_of_unit(chain[-1].unit) == "amount" and (m := OWNER_AFTER_RE.match(after)):
        names = [
            m.group(1) + _leading_verbs_stripped(name)
            if _han_len(name) <= 4 or name.endswith(GENERIC_AMOUNTS)
            else name
            for name in names
        ]
    if any(_han_len(name) < 2 for name in names) and (thing := _thing_after(after)):
        names = [thing if _han_len(name) < 2 else name for name in names]
    if len(chain) == 2 and names[0] == names[1] and names[0].startswith("城乡"):
        # 城乡低保标准分别提高26.7%、27%: 城乡 is the pair the list walks through.
        names = ["城镇" + names[0][2:], "农村" + names[1][2:]]
    return names


#: Heads a list of subjects shares, written once after the last (新一代信息技术、
#: 新能源、输变电装备产业产值 → 新一代信息技术产业产值 …), longest first.
SHARED_HEADS = ("产业增加值", "产业产值", "人均可支配收入", "参保人数", "增加值", "产值", "产量",
                "营业收入", "销售额", "进出口额", "投资", "人数")  # fmt: skip
#: An amount named only by these words is of what the clause before speaks of.
GENERIC_AMOUNT_NAMES = ("资金额度", "资金规模", "总规模", "资金", "额度", "规模", "总额", "金额")
#: Words that name no amount alone: the clause's subject before them is kept.
GENERIC_AMOUNTS = ("资金", "投资", "投入", "经费", "收入", "支出", "规模", "数量", "总额")
#: Evaluations after 的, not the thing a rate is of (控制在3.5%的较低水平).
EVALUATIONS = ("水平", "区间", "高位", "低位", "位置", "目标", "范围")
#: The thing an amount belongs to, written after it with 的 (投资3亿元的滨河公园改造工程):
#: up to the clause end or the verb that starts its predicate.
OWNER_AFTER_RE = re.compile(
    rf"的(?!有|目标|任务|水平|基础|成绩|态势|格局|规模|增长|比重|历史|纪录|记录)([{HAN}“”（）()A-Za-z0-9]{{2,14}}?)(?=[，。；、,;]|$|签约|落地|开工|建成|完工|投用|投运|竣工|"
    r"开业|启动|获批|通过|基本|正式|顺利|进展|已|将|全面|成功|实现|完成)"
)

#: A completion against a budget: …为预算的104.3%, 完成年初预算的98%.
BUDGET_RE = re.compile(r"(?:为|完成|达到|占)?(?:年初|调整|全年)?预算(?:数)?的?$")
#: Words that are never part of a name: 分别 anywhere, a preposition before it,
#: a modal or a verb stub after it (把居民消费价格涨幅, …预期, …拟, …不 from 不低于).
_LEADING_STRAY_RE = re.compile(
    r"^(?:把|将|(?:19|20)[0-9]{2}年(?:的|底|末)?|[0-9]{1,2}[.．](?![0-9])|[（(][一二三四五六七八九十0-9]{1,3}[）)])+"
)
_TRAILING_STRAY_RE = re.compile(
    r"(?:预期|拟|不|了|将|要|力争|预计|基本|实际|名义|都|[增降升]至|从|由|(?<![新净])增|[和及与、]?“|(?<=[率重比度数量])(?:保持|提升|提高))+$"
)


def _thing_after(after: str) -> str:
    """The words right after a figure up to its predicate, when nothing else names it:
    35个地方和单位荣获… → 地方和单位."""
    m = re.match(
        rf"的?([{HAN}（）“”A-Za-z]{{2,12}}?)(?=[，。；、,;]|$|{PREDICATE_START}|荣获|获评)", after
    ) or re.match(  # a long object: its first noun (在14个市州城区和新区增补…, 为53万名妇女免费…)
        rf"的?([{HAN}（）“”A-Za-z]{{2,12}}?)(?=[和及与]|免费|提供|{VERB_ALTERNATION})", after
    )
    return m.group(1) if m and _han_len(m.group(1)) >= 2 else ""


def tidy(name: str) -> str:
    """An indicator without the stray words at its edges, nor a year inside it
    (重点园区2025年营业收入); kept whole when too little would remain."""
    name = re.sub(
        rf"(?<=[{HAN}])(?<![从由至到])(?:19|20)[0-9]{{2}}年(?=[{HAN}])",
        "",
        name.replace("分别", ""),
    )
    tidied = _TRAILING_STRAY_RE.sub("", _LEADING_STRAY_RE.sub("", name))
    return tidied if _han_len(tidied) >= 2 else name


def _han_len(name: str) -> int:
    return sum(1 for ch in name if "\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalnum())


def _previous_object(text: str, start: int) -> str:
    """The thing the clause before ``start`` speaks of, when it holds no figure:
    a quoted name and what follows it, or the clause without its leading verbs."""
    if start < 2 or text[start - 1] not in "，,":
        return ""
    clause = text[clause_start(text, start - 1) : start - 1]
    if not clause or re.search(r"[0-9０-９]", re.sub(r"“[^“”]*”", "", clause)):
        return ""
    quoted = clause.find("“")
    owner = clause[quoted:] if quoted >= 0 else _leading_verbs_stripped(_trim_prefix(clause))
    return owner if 2 <= _han_len(owner) <= 16 and owner != clause or quoted >= 0 else ""


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
    start = clause_start(text, first.start)
    same_clause = _latest(earlier, start)
    if same_clause:
        start = max(start, same_clause[-1].end)
    if same_clause and (rest := UNIT_REST_RE.match(text, start, first.start)):
        start = rest.end()  # 7.4万套（间）、累计达到61万套: （间） belongs to 7.4万套
    elif (close := text.find("）", start, first.start)) >= 0 and "（" not in text[start:close]:
        # The clause began inside a note (广义货币M2（注：M2为…）预期增长): read from before it.
        opening = text.rfind("（", max(0, start - WINDOW), start)
        start = clause_start(text, opening) if opening >= 0 and not same_clause else start
    segment = text[start : first.start]
    sentence = _latest(earlier, _sentence_start(text, first.start))
    if segment.endswith("的有") and same_clause:
        # 占比超过10%的有44种: the ones meeting the condition, of the things counted before.
        # The next condition listed with it (、超过20%的有23种) is a figure of the same rate.
        cond = same_clause[-1]
        thing = next(
            (it.noun for it in reversed(sentence) if it.noun and it.unit == first.unit), ""
        )
        named = f"{cond.indicator}{text[cond.start : cond.end]}的{thing}"
        return [named if it.unit == first.unit else cond.indicator for it in chain]
    if (
        same_clause
        and re.fullmatch(r"的[^，。；、]{2,16}、", segment)
        and OWNER_AFTER_RE.match(_ahead(text, last.after))
        and (
            generic := next(
                (w for w in GENERIC_AMOUNTS if same_clause[-1].indicator.endswith(w)), ""
            )
        )
    ):
        return [generic] * len(chain)  # 投资3500万元的管网改造、3800万元的巷道改造: the same 投资
    if unit_kind == "rate" and (budget := BUDGET_RE.search(segment)):
        # 收入完成89.2亿元，为预算的104.3%: the budget item completed names it.
        subject = _subject(text, start, first.start - len(budget.group()))
        if not subject and sentence:
            subject = _without_absolute_change(sentence[-1].indicator)
        if subject:
            return [subject] * len(chain)
    if (
        len(chain) == 1
        and (within := re.match(rf"([{HAN}]{{1,8}})中[，,：:]", _ahead(text, last.after)))
        and (named := _named_before(text, last, earlier))
    ):
        last.noun = within.group(1)
        return [named]  # …15个开展前期工作。15个项目中，…: the same 15 as before
    if unit_kind in ("count", "amount") and (
        counted := _counted_name(text, chain, segment, sentence)
    ):
        for it in chain:
            it.noun, it.mode = counted.noun, counted.mode
        return [counted.name] * len(chain)
    after = NOUN_AFTER_RE.match(_ahead(text, last.after))
    noun = after.group(1) if after and re.match(rf"[{HAN}“A-Za-z]", after.group(1)) else ""
    if (
        same_clause
        and same_clause[-1].noun
        and segment.startswith(same_clause[-1].noun)
        and not re.match(
            rf"[0-9０-９]{{4}}年|[{HAN}]{{0,4}}(?:收入|产值|总额|规模|面积)",
            segment[len(same_clause[-1].noun) :],
        )
    ):
        start += len(same_clause[-1].noun)  # 为2.3万名困难群众|发放救助金1.8亿元
        segment = text[start : first.start]
    # What a share is taken of, a gap's comparison, an absolute change's base: each
    # stands at the end of the segment, after the subject, which is read without it.
    share_of, cut = _share_of(segment)
    suffix = share_of
    if not share_of and (m := GAP_RE.search(segment)):
        suffix, cut = m.group(), len(m.group())  # 增速高于全市1.6个百分点
    elif not share_of and unit_kind in ("count", "amount") and (m := ABS_CHANGE_RE.search(segment)):
        suffix, cut = m.group(), len(m.group())  # 较去年增长17亿元: an absolute change
    subject = _subject(text, start, first.start - cut)  # the subject stands before 占…
    if (
        noun
        and text[last.after : last.after + 1] == "的"
        and unit_kind not in ("count", "amount")
        and not noun.endswith(EVALUATIONS)
        and not noun.startswith("有")  # 占比超过10%的有44种: a condition, not a noun
    ):
        pos = last.after + 1 + len(noun)
        while text[pos : pos + 1] == "、" and (more := NOUN_AFTER_RE.match(_ahead(text, pos + 1))):
            noun += "、" + more.group(1)  # 占比约五成的金融业、租赁和商务服务业…
            pos += 1 + len(more.group(1))
        if adverb := re.search(r"(?:都能|均能|都|均|也)$", noun):
            noun, pos = noun[: adverb.start()], pos - len(adverb.group())  # 学生都能在…学习
        predicate = re.sub(r"^(?:都|均|也)?(?:能|可以|可)?", "", text[pos : clause_end(text, pos)])
        if (
            predicate
            and _visible_len(predicate) <= 12
            and not re.search(r"[0-9０-９]", predicate)
            and not re.match(r"(?:的|受|为|达|占|和|及|与|、|等)", predicate)
        ):
            noun = _with_predicate(predicate, noun)  # 96.2%的养老机构开展医养结合
        if scope := re.search(rf"((?:本|全|该)[{HAN}]{{1,4}}?)(?:占比|比重)$", segment):
            return [f"{noun}占{scope.group(1)}比重"] * len(chain)  # 本行业占比80%的重点企业
        share = segment.endswith(("占比", "比重")) or not subject
        return [noun + ("占比" if share else "")] * len(chain)
    if subject in GENERIC_SUBJECT and (same_clause or sentence):
        # 新增…总部7家、总量达160家; …完成980亿元，增速高于全省…: whose 总量, whose 增速
        lent = _without_absolute_change((same_clause or sentence)[-1].indicator)
        subject = _leading_verbs_stripped(lent) + subject
    elif (
        subject in GENERIC_AMOUNT_NAMES
        and not same_clause
        and (owner := _previous_object(text, start))
    ):
        subject = owner + subject  # 设立乡村振兴基金，资金规模10亿元: whose 资金规模
    quantities = [it for it in sentence if kind_of_unit(it.unit) in ("count", "amount")]
    if (
        subject
        and not quantities
        and not re.match(rf"(?!的)[{HAN}“]", _ahead(text, last.after))  # nothing names it after
        and BARE_VERBS_RE.match(MANNER_RE.sub("", subject))
        and (owner := _previous_object(text, start))
    ):
        # 完善朝阳园空间布局，初步形成4片区…: the verbs alone name nothing; the
        # clause before says what, and a unit that is a noun (片区) says which part.
        return [owner + (_noun_unit(last.unit) if unit_kind == "count" else "")] * len(chain)
    if subject and BARE_VERBS_RE.match(subject) and quantities and unit_kind in ("count", "amount"):
        return [_elided_object(subject, quantities)] * len(chain)
    if (
        not suffix
        and subject
        and (m := re.match(r"(?:占比|比重)", segment[segment.rfind(subject) + len(subject) :]))
    ):
        suffix = m.group()  # 金融业占比近20%
    task = re.search(r"完成([^，。；]{1,8}?)的$", segment)
    parts = _parallel_parts(subject)
    if (industries := re.match(r"([一二三]{2,3})(产业?)(.*)", subject)) and len(
        industries.group(1)
    ) == len(chain):
        digits, word, rest = industries.groups()  # 一二三产增加值 → 一产…, 二产…, 三产…
        parts = [d + word + rest for d in digits]
    if len(parts) == len(chain) > 1:
        return [_join_once(p, suffix) for p in parts]
    if subject:
        if segment.endswith("完成") and (
            obj := re.match(rf"[{HAN}]{{2,12}}(?=[，。；])", _ahead(text, last.after))
        ):
            return [_join_once(subject, obj.group())] * len(chain)  # 完成80%主体结构建设
        return [_join_once(subject, suffix)] * len(chain)
    tail = task.group(1) if task else ""
    if len(sentence) >= len(chain) > 1:
        return [
            _join_once(_without_absolute_change(it.indicator), tail, suffix)
            for it in sentence[-len(chain) :]
        ]
    if sentence and segment.lstrip("，、").startswith(("累计", "总数", "总量", "共计")):
        # 新增公园127座，累计达到1100座: the stock is of the things, not of the new ones.
        lent = _leading_verbs_stripped(_without_absolute_change(sentence[-1].indicator))
        return [_join_once(lent, tail, suffix)] * len(chain)
    if sentence:
        return [_join_once(_without_absolute_change(sentence[-1].indicator), tail, suffix)] * len(
            chain
        )
    # Nothing but a predicate (完成全年投资计划的52.3%): the predicate names it.
    return [segment.strip("、的")] * len(chain)


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
        head, other = _noun_unit(here[-1].unit), _noun_unit(there[0].unit)
        if not gap and head and other and here[-1].indicator.endswith(head):
            # 4片区7区块: a unit that is a noun names the part each figure counts.
            for it in there:
                it.indicator = here[-1].indicator[: -len(head)] + other
            continue
        shared = re.fullmatch(rf"(?:共计|共|计|合计)?(?:{VERB_ALTERNATION})?", gap)
        if shared and not here[-1].noun and kind_of_unit(here[-1].unit) == "count":
            for it in here:
                it.indicator = there[0].indicator
            continue
        if _han_len(here[-1].indicator) < 2 and gap == here[-1].indicator and there[0].indicator:
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
            and _han_len(name) <= 4
        ):
            # 2000个点位、305户家庭无障碍设施改造; 为1502家企业、9.4万人发放…:
            # the list shares what follows its last noun.
            noun = there[0].noun
            rest = (
                nxt[len(noun) :]
                if noun and nxt.startswith(noun)
                else nxt[: -len(noun)].rstrip("的")  # 5个县级城市新获评… → 新获评…的县级城市
                if noun and nxt.endswith(noun) and _han_len(nxt) - _han_len(noun) >= 4
                else ""
            )
            if not there[0].noun:  # 9.4万人发放…: people, named by what is done for them
                rest = nxt if unit_base(there[0].unit) in PERSON_UNITS else ""
            rest = rest.lstrip("的")
            if _han_len(rest) >= 2:
                for it in here:
                    it.indicator = _with_predicate(rest, name)
                continue
        if (
            re.fullmatch(rf"[{HAN}]{{1,8}}[、和及与]", gap)
            and name
            and name[-1] in ATTRIBUTIVE
            and gap.startswith(name)
            and (k := nxt.find(name[-1])) >= 0
            and k + 1 < len(nxt)
        ):
            head = _light_stripped(nxt[k + 1 :])
            for it in here:
                it.indicator = name + head
