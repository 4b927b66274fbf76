"""Names shared across the figures of a list or a sentence, once each has its own.

A count right before another figure counts the same things; modifiers listed
before one head share it; the parts of a budget or a breakdown are named by
their whole; 分别 lists give each owner its figure (``respective_owners``);
sectors and per-head groups share their measure (``sectors_shared``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from reportpress import patterns
from reportpress.metrics.counted import (
    CAPACITY_WORDS,
    noun_unit,
)
from reportpress.metrics.indicators.check import (
    BUDGET_PHRASE_RE,
    PERIOD_ONLY_RE,
    PLAN_WORD_END_RE,
    weakness,
)
from reportpress.metrics.indicators.context import (
    LIST_JOINS,
    MODIFIER_GAP_RE,
    NOTE_CLOSE_RE,
    PART_END_RE,
    PLACE_ENDS,
    PLACE_WORD_RE,
    PLACES_RE,
    SENTENCE_WINDOW,
    SHARE_WORDS,
    SHARED_GAP_RE,
    SIBLINGS,
    UP_BEFORE_RE,
    _sentence_before_start,
    _sentence_start,
    among_parts,
    parts_sentence_start,
)
from reportpress.metrics.kinds import SPEED_OF_AFTER_RE
from reportpress.metrics.lexicon import (
    ATTRIBUTIVE,
    CAPACITY_NAMES,
    COMPARED_TARGET_RE,
    COMPARED_WORD_RE,
    COMPARED_WORD_WINDOW,
    DIGIT_RE,
    EARLIER_PERIOD,
    FLOW_SIBLINGS,
    HAN,
    HAN_LETTER,
    HAN_ONLY_RE,
    INDUSTRY_SECTION,
    PERSON_UNITS,
    PLACE_END_CHARS,
    PULL_VERBS,
    SPREADS,
    is_price_unit,
)
from reportpress.metrics.names import (
    BUDGET_FUNCTIONS,
    FOUR_TRADES,
    INNER_PRICE_RE,
    LIST_JOIN_RE,
    LISTED_ETC_RE,
    MEASURE_HEADS,
    MOVE_SPEED_END_RE,
    PEOPLE_HEAD_RE,
    PLACE_PART_RE,
    SHARED_HEAD_RE,
    SPEED_END_RE,
    WHOLE_NAME_RE,
    han_len,
    join_once,
    label_repeated,
    leading_verbs_stripped,
    light_stripped,
    parallel_parts,
    part_head,
    tidy,
    with_predicate,
    without_absolute_change,
)
from reportpress.metrics.scan import (
    Item,
    clause_end,
    clause_start,
    enclosing_bracket,
    kind_of_unit,
    unit_base,
)
from reportpress.metrics.subjects import (
    BARE_VERBS_RE,
    FRAME_HEAD_RE,
    VERB_END_RE,
    VERB_START_RE,
    project_named_alone,
    trim_prefix,
)
from reportpress.numerals import chinese_value


@lru_cache(maxsize=256)  # asked for every amount; a report has few units
def _capacity_word(unit: str) -> str:
    """产能 for tonnes, 装机容量 for watts, nothing for other units."""
    return next((word for end, word in CAPACITY_NAMES.items() if unit.endswith(end)), "")


#: What befell the people a disaster's or an accident's list counts (2人死亡、7人受伤).
CASUALTIES = frozenset(("死亡", "受伤", "失踪", "遇难", "重伤", "轻伤", "获救", "被困", "中毒"))


def share_indicators(text: str, chains: list[list[Item]], before: str = "") -> None:
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
            and name not in CASUALTIES  # (造成2人死亡、7人受伤: each count its own state)
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
        if "售" in text and ("其中" in text or "、" in text):
            _goods_of_sales(text, items)
        if "看" in text or "按" in text or "：" in text or "其中" in text:
            _parts_of_a_breakdown(text, items, before)
        if "排序" in text or "排名" in text:
            _ranked_places(text, items)
        if "零售" in text:
            _trades_of_retail(text, items)
        if "业" in text:
            _industries_after_industry(text, items)
        places_changed(text, items)
        if "工业中" in text:
            _industries_of_industry(text, items)
        if "债" in text:
            _kinds_of_debt(text, items)
        if "其中" in text and "预算" in text:
            _parts_of_a_budget(text, items)
            _levels_of_a_budget(text, items)
        if "（" in text or "(" in text:
            _bracketed_parts(text, items)
        if "消费" in text and "中" in text:
            _consumption_breakdown(text, items)
        if "人均" in text:
            _per_head_group(text, items)
            if "其中" in text:
                _per_head_parts(text, items)
        if "目标" in text:
            _compared_targets(text, items)


def _compared_targets(text: str, items: list[Item]) -> None:
    """A target a figure is compared with, written after it (城镇登记失业率为3.2%，低于4.5%的
    控制目标 → 城镇登记失业率控制目标): the target of the figure before in its unit."""
    for before, item, after in zip(items, items[1:], [*items[2:], None], strict=False):
        target = COMPARED_TARGET_RE.match(text, item.after)
        if (
            target
            and before.unit == item.unit
            and (
                compared := COMPARED_WORD_RE.search(
                    text, max(0, item.start - COMPARED_WORD_WINDOW), item.start
                )
            )
            and _sentence_start(text, before.start) == _sentence_start(text, item.start)
            and not weakness(before.indicator)
        ):
            words = text[clause_start(text, before.start) : before.start]
            grew = kind_of_unit(before.unit) == "rate" and UP_BEFORE_RE.search(words.rstrip("了"))
            owner = without_absolute_change(before.indicator)
            item.indicator = f"{owner}{'增长' if grew else ''}{target.group(1)}"
            if after is not None and after.start == target.end() and after.unit == "个百分点":
                # …，高于18%的目标|2.4个百分点: the gap of the growth over its target
                gap = f"{'增速' if grew else ''}{compared.group(1)}{target.group(1)}"
                after.indicator = owner + gap


#: A breakdown of a group's spending opening a sentence (在城镇居民消费分类中，…): group 1 the
#: group.
CONSUMPTION_FRAME_RE = patterns.compile(
    r"在?(城镇居民|农村居民|全体居民|居民|农民|职工)(?:人均)?消费(?:性)?(?:支出)?(?:分类|构成|结构)中[，,]?"
)


def _consumption_breakdown(text: str, items: list[Item]) -> None:
    """Spending named alone after a frame of a group's spending, up to the sentence's end
    (在城镇居民消费分类中，食品消费5330元；衣着消费… → 城镇居民人均食品消费)."""
    frames = list(CONSUMPTION_FRAME_RE.finditer(text))
    ends = [_sentence_end(text, frame.end()) for frame in frames]
    k = -1  # the last frame before the item (items and frames both in order: one pass)
    for item in items:
        while k + 1 < len(frames) and frames[k + 1].end() <= item.start:
            k += 1
        if k < 0 or item.start >= ends[k]:
            continue
        group = frames[k].group(1)
        name = item.indicator
        if name.endswith(("消费", "支出")) and not name.startswith((group, "人均")):
            item.indicator = group + "人均" + name


#: A sentence opening with a per-head measure, no group named (人均消费性支出为…).
PER_HEAD_OPENING_RE = patterns.compile(r"\s*(?:全年|同期|其中[，,]?)?人均")


def _per_head_group(text: str, items: list[Item]) -> None:
    """A per-head measure named without whose heads, after a per-head measure of a group
    in the same sentence, is that group's (城镇居民人均可支配收入…；人均消费支出… →
    城镇居民人均消费支出); so is one opening the next sentence (…人均可支配收入30000元，
    增长10%。人均消费性支出为…)."""
    group, sentence_start = "", -1
    for item in items:
        start = _sentence_start(text, item.start)
        if start != sentence_start:
            opens = PER_HEAD_OPENING_RE.match(text, start) is not None
            group, sentence_start = (group if opens else ""), start
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
            owner, owner_end, renamed = (
                PERIOD_LEAD_RE.sub("", owned.group(1)) + "人均",
                item.end,
                {},
            )
            continue
        kind = kind_of_unit(item.unit)
        if not owner or kind not in ("amount", "rate"):
            continue
        between = text[owner_end : item.start]
        listed = between.rfind("其中")
        if (
            listed >= 0
            and name not in renamed
            and ("人均" not in name or name.startswith("人均"))
            and PER_HEAD_MONEY_RE.search(name)
            and not PER_HEAD_GROUP_WORD_RE.search(name)  # 其中农村居民收入: a group's own
            and between.count("。") <= 1
            and "。" not in between[listed:]
            and "\n" not in between
        ):
            # 其中，人均工资性收入…, 其中：工资性收入增长13%: the group's
            item.indicator = owner + name.removeprefix("人均")
            renamed[name] = item.indicator
        elif kind == "rate":
            if name in renamed and "。" not in between[listed:]:
                item.indicator = renamed[name]  # …人均工资性收入6000元，增长8%: the part's growth
            # (a growth between the whole and its parts leaves them its parts)
        else:
            owner = ""  # another sum: the list of parts, if any, was of it


#: A period opening a measure's name (1-9月全县财政收入): no part of its base's name, nor
#: of a group's (一季度城镇居民人均… → 城镇居民人均).
PERIOD_LEAD_RE = patterns.compile(
    r"^(?:[0-9]{1,2}(?:[-—－~～至][0-9]{1,2})?月份?|[上下]半年|前三季度|[一二三四]季度)"
)
#: The money a group's household survey reports per head (收入, 支出, 消费, 存款).
PER_HEAD_MONEY_RE = patterns.compile(r"(?:收入|支出|消费|存款)$")
#: A group's per-head measure (城镇居民人均…, 农村常住居民人均…, 农民人均…): the group.
PER_HEAD_GROUP_WORD_RE = patterns.compile(r"居民|农民|职工|农牧民|村民")
PER_HEAD_GROUP_RE = patterns.compile(
    # (a place's full name may open it: 玉树藏族自治州|全体居民人均…)
    rf"(?:{HAN_LETTER}{{2,8}}?(?:自治州|自治县|自治区|自治旗|地区|[省市县区州盟旗])(?=全体|城镇|农村))?"
    rf"({HAN_LETTER}{{0,6}}?(?:{PER_HEAD_GROUP_WORD_RE.pattern}))人均"
)


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
        if (opened := enclosing_bracket(text, start, item.start)) < 0:
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
#: A part's first character that makes a word with 中 before it (中医院, 中小学, 中学校).
MIDDLE_WORD_STARTS = frozenset("医小学药专职型等央心")
PART_MEASURE_RE = patterns.compile(r"(?:播种|种植|养殖|造林|建筑|使用)面积$|(?:总)?产量$|总产$")


def crop_measure(whole: str) -> str:
    """The measure a crop or a kind listed after 其中 takes from its whole's name (粮食总产量 →
    产量: the wheat's yield is no total; 农作物播种面积 → 播种面积), or ""."""
    if not (crop := PART_MEASURE_RE.search(whole)):
        return ""
    measure = crop.group()
    return measure[1:] if measure[0] == "总" and len(measure) > 2 else measure


def deed_kept_once(name: str, measure: str) -> str:
    """The measure a part ``name`` takes from its whole's (营造林面积 → 造林面积): its head
    alone when the part is a deed of its own ending as the whole's does (封山育林 + 造林面积 →
    面积, not 封山育林造林面积)."""
    deed = measure[:-2]
    return measure[-2:] if deed and name[-1:] == deed[-1:] and not name.endswith(deed) else measure


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
    r"((?:自治区|[省市州县区旗])本?级)(?:（[^（）]{1,16}）)?"  # 区级（含开发区）: its note stays
    r"(?=一般公共预算|公共(?:财政)?预算|政府性基金|国有资本经营|社会保险基金)"
)
#: A budget's item without a scope of its own (一般公共预算支出; 公共预算支出, 公共财政预算
#: 支出 as reports before 2015 name it).
UNSCOPED_BUDGET_RE = patterns.compile(
    r"(?:一般公共预算|公共(?:财政)?预算|政府性基金|国有资本经营|社会保险基金)"
)
#: A budget's item with a level written after it, as a list lends it (一般公共预算收入|区级).
SCOPE_AFTER_BUDGET_RE = patterns.compile(
    rf"((?:{UNSCOPED_BUDGET_RE.pattern})[{HAN}]{{0,4}}(?:收入|支出))([{HAN}]{{0,2}}[省市州区县乡镇旗]本?级)"
)
#: A name that is only a scope, a level or a place (区本级, 经开区, 城关镇; 上级, the money
#: from above, beside 本级).
SCOPE_ONLY_RE = patterns.compile(
    rf"[{HAN}]{{1,4}}(?:本级|[区县市镇乡旗]|街道|园区)|[{HAN}]{{0,2}}[省市州区县乡镇旗]级|上级|本级"
)
#: The places a list's first figure names before its measure (苏州市|地区生产总值).
PLACE_LEAD_RE = patterns.compile(rf"[{HAN}]{{1,4}}?[区县市镇乡旗]")


#: What may stand between a place named alone and its figure (乙县为100mm, 北部平原区一般在…).
PLACE_LINK_RE = patterns.compile("(?:一般|大多)?(?:为|在|达到?|是)?")


#: A measure labelling the places listed after its colon (…天数比例分别为：|越城区80.5%；…):
#: group 1 the measure.
PLACES_LABEL_RE = patterns.compile(rf"([{HAN}（）()、A-Za-z0-9]{{2,30}}?)(?:分别)?(?:为|是)?[：:]")


#: A place labelling its paragraph (福建省：全省当天共接待游客…): group 1 the place, not the
#: report's own scope (全区：, 我县：).
PLACE_LABEL_RE = patterns.compile(
    rf"\s*(?![全我本])([{HAN}]{{1,10}}?(?:省|市|自治区|特别行政区|地区|区|县|州|盟|旗))[：:]"
)


def place_labelled(text: str, lists: list[list[Item]]) -> None:
    """A paragraph labelled by a place (福建省：全省当天共接待游客493万人次…；广西壮族自治区：
    全区…) reports that place's figures, its own scope (全省) said only after the label: each
    name gets the place (福建省当天接待游客), unless it has it."""
    if not (label := PLACE_LABEL_RE.match(text)):
        return
    place = label.group(1)
    for item in (item for chain in lists for item in chain):
        if item.start > label.end() and place not in item.indicator:
            item.indicator = place + item.indicator


def places_after_label(text: str, lists: list[list[Item]]) -> None:
    """Places named alone, each by its figure, after a measure and a colon in their sentence
    (各区空气质量优良天数比例分别为：越城区80.5%；柯桥区89.0% → 越城区空气质量优良天数比例)
    have that measure."""
    items = [item for chain in lists for item in chain]
    starts = [
        item.start for item in items
    ]  # in order: the figures before a colon found by bisection
    measures: dict[int, str] = {}  # a colon → the measure its label names, read once
    for item in items:
        name = item.indicator
        place = PLACE_NOTE_END_RE.sub("", name)  # 越城区（含高新区）: a place, its note aside
        # (a place's short name, 泉港, after the label, each figure's its own: …分别为：泉港72.3%)
        short = (
            2 <= len(place) <= 4
            and HAN_ONLY_RE.fullmatch(place)
            and text.startswith(place, item.start - len(place))
            and not WHOLE_NAME_RE.search(place)  # (发电量120亿度: a measure, no place)
            and not weakness(place)
        )
        if not (place[-1:] in SCOPE_ENDS and SCOPE_ONLY_RE.fullmatch(place) or short):
            continue
        sentence = _sentence_start(text, item.start)
        colon = max(text.rfind("：", sentence, item.start), text.rfind(":", sentence, item.start))
        if colon < 0:
            continue
        if colon not in measures:
            first = bisect_left(starts, sentence)
            # (a figure before the colon: the label is no measure alone)
            figured = first < len(starts) and starts[first] < colon
            measures[colon] = "" if figured else _label_measure(text, colon)
        if measure := measures[colon]:
            item.indicator = name + measure


def _label_measure(text: str, colon: int) -> str:
    """The measure a label before ``colon`` names, the places it speaks of aside
    (市区和各县（市）|空气污染指数…天数比例分别为：), or ""."""
    label = PLACES_LABEL_RE.search(text, clause_start(text, colon), colon + 1)
    measure = trim_prefix(FRAME_HEAD_RE.sub("", label.group(1))) if label else ""
    for each in PLACES_EACH_RE.finditer(measure):  # (…和各县（市）|空气污染指数…: each place's)
        measure = measure[each.end() :]
    measured = MEASURED_END_RE.search(measure) or measure.endswith(
        ("比例", "比重", "浓度", "指数", "增幅", "增速", "降幅", "涨幅")
    )
    return measure if 2 <= han_len(measure) <= 20 and measured else ""


#: Words saying the measure is each place's (各区县, 全市各县（市、区）).
PLACES_EACH_RE = patterns.compile(r"各[\u4e00-\u9fff]{0,3}?(?:[区县市乡镇]|（[^（）]{1,8}）)+")
#: A note closing a place's name (越城区（含高新区）).
PLACE_NOTE_END_RE = patterns.compile(r"[（(][^（）()]{1,12}[）)]$")


def places_listed(text: str, lists: list[list[Item]]) -> None:
    """Places named alone right after another place's figure, each by its figure alone
    (苏州市地区生产总值11458亿元，南京市8317亿元，无锡市7106亿元), have its measure, in the
    same unit (南京市地区生产总值)."""
    items = [item for chain in lists for item in chain]
    measure = ""
    for before, item in pairwise(items):
        name = item.indicator
        gap = text[before.end : item.start]
        if not (
            (
                name[-1:] in SCOPE_ENDS
                and SCOPE_ONLY_RE.fullmatch(name)
                or PREFECTURE_RE.fullmatch(name)
            )
            and gap[:1] in "，、；,;"
            and gap.startswith(name, 1)
            and PLACE_LINK_RE.fullmatch(gap, 1 + len(name))
            and unit_base(before.unit) == unit_base(item.unit)
        ):
            measure = ""
            continue
        if not measure and (lead := PLACE_LEAD_RE.match(before.indicator)):
            measure = before.indicator[lead.end() :]
        if (
            2 <= len(measure) <= 12
            and HAN_ONLY_RE.fullmatch(measure)  # (not a note: 寒亭区（含经济开发区）270亿元)
            and not SCOPE_ONLY_RE.fullmatch(measure)
        ):
            item.indicator = name + measure
            if kind_of_unit(item.unit) == "rate" and measure.endswith(SHARE_WORDS):
                item.rate_default = "share"  # 西宁市比重为83.5%，海东市73.9%: a share too
        else:
            measure = ""


#: A prefecture named alone (海西州, 锡林郭勒盟), as a list of places may name one.
PREFECTURE_RE = patterns.compile(rf"[{HAN}]{{1,5}}[州盟]")


#: A place's name: a province, a prefecture, a city, a county, a district, a league.
PLACE_NAME = rf"[{HAN}]{{1,6}}?[省市州县区旗盟]"
#: A place named alone (楚雄州, 丽江市, 甲县), as a change of it may be.
PLACE_ALONE_RE = patterns.compile(rf"(?![^占比全]*[占比全]){PLACE_NAME}")
#: A whole's scope or place opening its measure (全省|地表水资源量, 全州|平均降水量).
MEASURE_SCOPE_RE = patterns.compile(
    rf"^(?:全[省市州县区旗盟国]|(?!地区){PLACE_NAME})(?:本?级)?(?=[{HAN}]{{2}})"
)


def places_changed(text: str, items: list[Item]) -> None:
    """A place named alone by a change of its own, after a measure in its sentence or the
    one before (全省地表水资源量…，比常年偏少30%。…楚雄州偏少57%): that place's change of the
    measure (楚雄州地表水资源量); the nearest measure named, its own scope or place left out."""
    for i, item in enumerate(items):
        name = item.indicator
        if (
            kind_of_unit(item.unit) != "rate"
            or not PLACE_ALONE_RE.fullmatch(name)
            or "其中" in text[_sentence_start(text, item.start) : item.start]
        ):
            continue  # (其中，县属投资…，临空园区…: parts of a whole, their own rules')
        for before in _this_or_last_sentence(text, items, i):
            if PLACE_ALONE_RE.fullmatch(before.indicator):
                continue  # another place of the list: its measure is what is looked for
            measure = MEASURE_SCOPE_RE.sub("", without_absolute_change(before.indicator))
            if MEASURED_END_RE.search(measure) and 2 <= han_len(measure) <= 12:
                if HAN_ONLY_RE.fullmatch(measure):
                    item.indicator = name + measure
                break


#: A revenue's collector named alone (税务部门完成…, 财政部门…): what it collected is
#: the revenue the paragraph reports, else revenue.
_COLLECTORS = "税务|财政|国税|地税"
COLLECTOR_RE = patterns.compile(rf"(?:[省市州县区]级?)?(?:{_COLLECTORS})(?:部门|局|系统)|海关")
#: Collectors named alone, as a comparison of them writes them (国税…，地税…，财政…).
BARE_COLLECTORS = frozenset(_COLLECTORS.split("|"))
#: A collector named short with its verb, right before its figure (其中税务完成|18.96亿元).
BARE_COLLECTOR_RE = patterns.compile(rf"({_COLLECTORS})(?:征收|组织|完成)(?:收入)?$")
#: The body that issues or sets what a count counts, right before the count (落实县委|
#: 28条推进举措, 县委|6个方面|28条, 市对县|12项考核指标): the measures are that body's.
ORGAN_BEFORE_RE = patterns.compile(
    r"((?:[省市州县区旗]委|[省市州县区旗]政府|党中央|国务院|[省市州县区地盟]对[市州县区乡镇旗]))"
    r"(?:[0-9一二三四五六七八九十两]{1,3}(?:个|大)?(?:方面|领域|类|批))?$"
)
#: A level or a department alone (市本级, 县级, 交通部门): never the thing a count counts,
#: as a place may be (其中示范区3个), so a count named so is a part of the count before.
LEVEL_OR_BODY_RE = patterns.compile(
    rf"[{HAN}]{{0,4}}本级|[{HAN}]{{0,2}}[省市州区县乡镇旗]级|[{HAN}]{{1,4}}部门"
)
#: The last characters of a scope alone and of a collector alone.
SCOPE_ENDS, COLLECTOR_ENDS = "级区县市镇乡旗道", "门局统关"
#: The place a whole is of, opening its name, the parts being places in it (福建自贸试验区|
#: 实际使用外资…，其中，厦门片区…).
WHOLE_PLACE_LEAD_RE = patterns.compile(
    rf"[{HAN}]{{2,8}}?(?:试验区|开发区|高新区|园区|新区|片区|自治[州县]|[省市县区州旗])(?=[{HAN}]{{2}})"
)
#: A budget's part named alone (税收收入, 非税收入, 教育支出, 转移性支出).
BUDGET_PART_RE = patterns.compile(rf"(?![全本省市州县区旗乡镇])[{HAN}]{{0,8}}(?:收入|支出)")
#: The whole's scope said in a clause (全省|政府性基金总收入), which ends a level's.
WHOLE_SCOPE_SAID_RE = patterns.compile(r"全[省市州县区旗]")
#: A whole before its parts' scope (全县一般公共预算收入 → 一般公共预算收入).
WHOLE_SCOPE_RE = patterns.compile(r"^(?:全[省市州县区旗]|[省市州县区旗]本级)")


def _share_budget_scope(text: str, chains: list[list[Item]]) -> None:
    """A budget report's scope stays with the sentence (市本级一般公共预算收入…；一般公共
    预算支出… → 市本级一般公共预算支出); a part named by its scope alone after 其中
    is that part of the figure before (收入58.2亿元（其中：区本级36.1亿元 →
    区本级一般公共预算收入)."""
    items = [item for chain in chains for item in chain]
    scope, scope_end, scoped_end = "", -1, -1
    # The figures named as parts, with the whole's name for the sums among them: no
    # whole of the next part, but the whole of the parts listed after it.
    parts: dict[int, str] = {}
    renamed: dict[str, str] = {}  # the names a short collector replaced, in this sentence
    renamed_end = -1
    for i, item in enumerate(items):
        name = item.indicator
        # Each pattern only where its telltale characters are (most names have none).
        part = "中" in name and WHOLE_AND_PART_RE.fullmatch(name)  # …收入中税务: a collector's
        if "级" in name[1:5] and (found := SCOPED_BUDGET_RE.match(name)) and not part:
            scope, scope_end = found.group(1), _sentence_end(text, item.end)
            scoped_end = item.end
        elif scope and item.start < scope_end and UNSCOPED_BUDGET_RE.match(name) and not part:
            if WHOLE_SCOPE_SAID_RE.search(text, clause_start(text, item.start), item.start):
                scope = ""  # …；全省政府性基金总收入…: the whole's again, its scope said
            else:
                item.indicator = scope + name
        elif (
            scope
            and item.start < scope_end
            and text.find("其中", scoped_end, item.start) >= 0
            and BUDGET_PART_RE.fullmatch(name)
        ):
            item.indicator = scope + name  # 省级…收入…，其中税收收入…: the level's taxes
        elif name[-1:] in "级" and (late := SCOPE_AFTER_BUDGET_RE.fullmatch(name)):
            item.indicator = late.group(2) + late.group(1)  # …收入、区级… → 区级…收入
        elif (name[-1:] in SCOPE_ENDS and SCOPE_ONLY_RE.fullmatch(name)) or (
            name[-1:] == "门"
            and LEVEL_OR_BODY_RE.fullmatch(name)
            and (kind_of_unit(item.unit) == "count" or not COLLECTOR_RE.match(name))
        ):  # (a collector's amount is what it collected: below)
            if whole := _whole_of_part(text, items, i, parts):
                item.indicator = name + whole
                parts[i] = whole
            elif i - 1 in parts and _of_part_before(text, items[i - 1], item, name):
                # 其中县本级8亿元，增长6%: the part's growth, named as the part
                item.indicator = without_absolute_change(items[i - 1].indicator)
        elif (
            i - 1 in parts
            and (change := name[len(scope_of := without_absolute_change(name)) :])
            and SCOPE_ONLY_RE.fullmatch(scope_of)
            and _of_part_before(text, items[i - 1], item, scope_of, "amount")
        ):
            # 其中市本级完成44.11亿元，增加4.37亿元: the part's change, named as the part
            item.indicator = items[i - 1].indicator + change
            parts[i] = ""
        elif (
            (whole := parts.get(i - 1))
            and kind_of_unit(items[i - 1].unit) == "count"
            and (label := items[i - 1].indicator.removesuffix(whole)) != items[i - 1].indicator
            and not any(mark in text[items[i - 1].end : item.start] for mark in "；;。")
            and any(before.indicator == name for before in items[max(0, i - 6) : i - 1])
        ):
            # 项目20个，送审投资金额5.74亿元。其中：交通部门1个，送审投资金额1.5亿元: the
            # part's own amount, measured as the whole's was
            item.indicator = label + name
            parts[i] = ""
        elif (
            name[-1:] in "措施务标策项"
            and kind_of_unit(item.unit) == "count"
            and (organ := ORGAN_BEFORE_RE.search(text, clause_start(text, item.start), item.start))
            and not name.startswith(organ.group(1))
        ):
            item.indicator = organ.group(1) + name  # 落实县委28条推进举措: whose measures
        elif (
            name in BARE_COLLECTORS
            and kind_of_unit(item.unit) == "amount"
            and _collectors_compared(text, item)
        ):
            # 国税4169万元，…；地税4408万元，…；财政2753万元: each one's collection
            revenue = _revenue_before(text, items[max(0, i - 8) : i])
            renamed[name] = item.indicator = f"{name}部门征收{revenue}"
            renamed_end = _sentence_end(text, item.end)
        elif (
            name[-1:] in COLLECTOR_ENDS + "收成数"
            and (collector := COLLECTOR_RE.match(name))
            and (
                name[collector.end() :] in ("", "征收", "组织", "完成")  # 财政部门征收0.7亿元
                or BUDGET_PHRASE_RE.fullmatch(name, collector.end())  # 税务部门占任务数的56.4%
            )
            and kind_of_unit(item.unit) in ("amount", "rate")
        ):
            revenue = _revenue_before(text, items[max(0, i - 8) : i])
            item.indicator = collector.group() + "征收" + revenue
        elif (
            kind_of_unit(item.unit) == "amount"
            and (name[-2:] == "收入" or name[-2:] in _COLLECTORS.split("|"))
            and (bare := BARE_COLLECTOR_RE.search(text, max(0, item.start - 8), item.start))
            and clause_start(text, item.start) <= bare.start()
        ):
            # 其中税务完成18.96亿元，…，财政完成8428万元: the collector named short, its verb
            revenue = _revenue_before(text, items[max(0, i - 8) : i])
            renamed[name] = item.indicator = f"{bare.group(1)}部门征收{revenue}"
            renamed_end = _sentence_end(text, item.end)
        elif name in renamed and item.start < renamed_end and kind_of_unit(item.unit) == "rate":
            item.indicator = renamed[name]  # …，同比增长36.3%: the collected revenue's growth


def _collectors_compared(text: str, item: Item) -> bool:
    """Whether ``item``'s sentence names two collectors or more (国税…；地税…；财政…): a
    collector named alone there is one of them, not money from a budget (财政500万元)."""
    sentence = text[_sentence_start(text, item.start) : _sentence_end(text, item.end)]
    return sum(word in sentence for word in BARE_COLLECTORS) >= 2


def _revenue_before(text: str, items: list[Item]) -> str:
    """The last revenue the figures just before name (…一般公共预算收入), without its scope,
    not a part of it listed after 其中 (…，其中专项收入…。分部门看，税务部门…); 收入 when
    none does."""
    for before in reversed(items):
        name = before.indicator
        if (
            name.endswith("收入")
            and not COLLECTOR_RE.match(name)
            and han_len(name) <= 16
            and not among_parts(text, before.start)
        ):
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
#: Money moved between budgets (调入政府性基金预算…, 调出…): it names the budget it came from.
TRANSFER_RE = patterns.compile(r"(?:调入|调出|划入|划出)")
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
        total = BUDGET_TOTAL_RE.fullmatch(name)
        lent = items[i - 1].indicator if i else ""
        if not total and lent and name.startswith(lent):
            # …、上年结转结余21728万元，总收入为…: the total, not the last part's
            total = BUDGET_TOTAL_RE.fullmatch(name, len(lent))
            name = name[len(lent) :]
        if not total:
            continue
        for before in reversed(items[max(0, i - 8) : i]):
            if item.start - before.end > SENTENCE_WINDOW:
                break  # the sentence before too: …收入3862.5亿元。加上…，收入总量为…
            if TRANSFER_RE.match(before.indicator):
                continue  # 调入政府性基金预算收入…后，收入总量为…: another budget's money, moved in
            if owner := BUDGET_OWNER_RE.search(before.indicator):
                scope = ALL_OF_RE.sub("", before.indicator[: owner.end()])
                if han_len(scope) <= 14 and "、" not in scope:
                    item.indicator = scope + (total.group(1) or name)
                break


#: Names that already say what is measured (…增加值, …率, …额): no part named by its kind.
MEASURED_END_RE = patterns.compile(rf"(?:{'|'.join(MEASURE_HEADS)}|[率额量值数])$")
MEASURED_ENDS = frozenset("率额量值数" + "".join(head[-1] for head in MEASURE_HEADS))


#: The two kinds of government debt, and of the bonds it is issued as.
DEBT_KINDS_RE = patterns.compile(r"(?:一般|专项)(?:债券|债务)")
#: A sum of debt or bonds of one flow or purpose, before its kinds (新增|债券, 再融资|债券).
DEBT_WHOLE_RE = patterns.compile(rf"([{HAN}]{{2,6}}?)(债券|债务)(?:资金|额度)?$")


def _kinds_of_debt(text: str, items: list[Item]) -> None:
    """The kinds of a debt or bond sum named alone after it, in its note or after 其中
    (新增债券44200万元（一般债券8800万元、专项债券35400万元） → 新增一般债券, 新增专项债券): of
    the same flow as the sum, however many the list holds."""
    whole: tuple[str, int] | None = None  # the flow word and where its note or list ends
    for item in items:
        name = item.indicator
        if kind_of_unit(item.unit) != "amount":
            continue
        if DEBT_KINDS_RE.fullmatch(name):
            if whole and item.start < whole[1] and not name.startswith(whole[0]):
                item.indicator = whole[0] + name
            continue
        found = DEBT_WHOLE_RE.search(name)
        whole = None
        if found and not DEBT_KINDS_RE.search(name):
            between = text[item.end : item.end + 4]
            if between[:1] in "（(" or "其中" in between:
                end = _sentence_end(text, item.end)
                close = text.find("）" if between[:1] == "（" else ")", item.end, end)
                whole = (found.group(1).removeprefix("全年"), close if close >= 0 else end)


def _part_named_by_its_kind(text: str, items: list[Item]) -> None:
    """A money figure or a rate named only by a kind of the owner of a measure before it in
    the sentence (居民人均可支配收入…，其中城镇居民4.8万元; 规上工业增加值增长8.2%，其中重
    工业增长9.1%; 城镇居民人均可支配收入…；农村居民…) is that kind's measure: the kind's last
    two characters (an industry's 业) found in the measure's name, the measure's head after
    them (城镇居民人均可支配收入, 重工业增加值, 制造业增加值).  Counts are left alone (国内游客
    is a count of people)."""
    for i, item in enumerate(items):
        name = item.indicator
        if (
            (
                name[6:]
                and (name[10:] or name[-2:] != "企业" and name[-1] not in PLACE_END_CHARS)
                and (name[20:] or name[-1] != "业")
            )
            or not name[1:]
            or name[-1] in MEASURED_ENDS
        ):
            # the cheap tests first: too long (but a firm type: 外商及港澳台投资企业; a place:
            # 新技术产业园区; an industry: 电力、热力、燃气及水生产和供应业), too short, a
            # measure's last character
            continue
        kind = kind_of_unit(item.unit)
        if (
            kind not in ("amount", "rate")
            or MEASURED_END_RE.search(name)
            or not HAN_ONLY_RE.fullmatch(name.replace("、", "") if name[-1] == "业" else name)
        ):
            continue
        start = _sentence_start(text, item.start)
        for before in reversed(items[max(0, i - 8) : i]):
            if before.start < start:
                break
            owner = before.indicator
            if owner == name:
                break  # …入境游客240万人次、增长19.1%: the growth of the figure before
            owner = PERIOD_LEAD_RE.sub("", owner)  # 11月东部地区投资…，中部地区…: the month's
            place = name[-1] in PLACE_END_CHARS and PLACE_PART_RE.fullmatch(name)
            if name[-2:] in owner or not place:
                tail = name[-2:] if name[-2:] in owner or name[-1] != "业" else "业"  # 制造业: 工业
            else:
                tail = name[-1]  # 开发区…合同额…；保税区…: the place's kind, where its name ends
            k = owner.find(tail)
            if (
                k >= 0
                and 2 <= len(head := owner[k + len(tail) :]) <= 10
                and SHARED_HEAD_RE.search(head)
                and HAN_ONLY_RE.fullmatch(head)
                and (kind == "rate" or unit_base(before.unit) == unit_base(item.unit))
                and (
                    "其中" in text[before.end : item.start]  # 其中城镇居民…: a part of it
                    # 城镇居民…；农村居民…: a kind beside another of the same length; any
                    # industry or firms beside another (纺织业增加值…，医药制造业增长…;
                    # 国有企业增加值…，股份制企业增长…)
                    or (
                        len(name) - len(tail) == k
                        or tail in ("业", "企业")
                        # places of any length (分地区看，成都平原经济区…，川南经济区…)
                        or place
                        and PLACE_PART_RE.fullmatch(owner, 0, k + len(tail))
                    )
                    and name[: len(name) - len(tail)] != owner[:k]
                    # not 年均煤炭产量; a modifier ending in 有 (国有企业) is no predicate
                    and (trim_prefix(owner[:k]) == owner[:k] or owner[k - 1 : k] == "有")
                )
            ):
                item.indicator = name + head
                break


#: A breakdown's frame (分经济类型看，, 按经营地统计，, 从产业看，): the figures after it are
#: parts of the measure reported before it; a basis of comparison (从环比看) is none.
BREAKDOWN_FRAME = r"[分按从](?!环比|同比)[^，。；：:,]{1,12}?(?:看|统计|划分|分)"
BREAKDOWN_FRAME_RE = patterns.compile(BREAKDOWN_FRAME + r"[，,：:]")
#: A frame written as a line of its own, a release's subheading (从重点行业看¶装备制造业增长…):
#: the paragraph after it is read as if it opened with it.
FRAME_LINE_RE = patterns.compile(rf"\s*({BREAKDOWN_FRAME})[，,：:。]?\s*")
#: A breakdown by industry or by type of firm (从重点行业看, 分经济类型看, 分三大门类看).
INDUSTRY_BREAKDOWN_RE = patterns.compile(r"行业|门类|经济类型|企业类型|企业规模|登记注册类型")
#: What an industry's output is written as (增加值, 总产值, 产值).
INDUSTRY_OUTPUT_RE = patterns.compile(r"增加值|总?产值")
#: A measure a breakdown's frame names (从主要产品产量看): the parts' measure.
FRAME_MEASURE_RE = patterns.compile(
    r"(?:产量|销量|产值|增加值|营业收入|利润总额|投资|零售额|进出口|出口|进口"
    r"|(?:地方财政|财政|税收|一般公共预算)(?:收入|支出)|利用外资)"
    # (its words of how it is broken down between: 从财政收入|分级次完成情况|看)
    r"(?=(?:[\u4e00-\u9fff]{0,6}情况)?来?看|统计)"
)

#: A breakdown of funds by their source (从到位资金情况看, 从资金来源看): the parts are the
#: sources, named whole (自筹资金, 国内贷款), and no part of the measure before the frame.
FUNDS_FRAME_RE = patterns.compile(r"资金(?:来源)?(?:情况)?来?看")


#: The verb of producing around a product's name (生产滚动轴承, 烧碱生产).
PRODUCED_RE = patterns.compile(r"^生产(?=[\u4e00-\u9fff]{2})|(?<=[\u4e00-\u9fff]{2})生产$")
#: A breakdown by product (分产品看, 从主要产品看): each product's output.
PRODUCTS_FRAME_RE = patterns.compile("产品")
#: The longest sentence whose frame governs the sentence after it too (分行业看，…41个大类行业
#: 中有30个…。其中，煤炭开采和洗选业…).
FRAME_REACH = 120
#: The units a product's output is counted in (汽车10.97万辆, 电子计算机整机18.59万台); not
#: kinds (601种重点监测产品).
PRODUCT_COUNT_UNITS = frozenset("辆台部件套艘架只头块片支双条箱")


def _paragraph_frame(text: str, start: int) -> re.Match[str] | None:
    """The frame opening the sentence just before the one at ``start`` (分产品看，5月份，…。
    烧碱生产…; 分行业看，…。其中，…), which governs the sentence after it too; else None."""
    if start < 2:
        return None
    before = _sentence_start(text, start - 1)
    frame = BREAKDOWN_FRAME_RE.match(text, before, start)
    return frame if frame is not None and start - before <= FRAME_REACH else None


#: A measure said without a figure before the parts that give it (多种主要工业产品产量大幅
#: 增长，其中：变压器…): the parts' measure.
MEASURE_BEFORE_PARTS_RE = patterns.compile(
    r"(产量|销量|产值|增加值|营业收入|利润总额|零售额)[^，。；：:,0-9０-９]{0,6}[，,]?其中"
)

#: Products said to move as a whole in the sentence before a 其中 listing some (N种产品产量
#: 同比增长): group 1 the measure each product's figure is of.
PRODUCTS_MEASURED_RE = patterns.compile(r"产品(产量|销量|产值)")


#: Sales whose parts after 其中 are goods named alone (社会消费品零售总额…，其中汽车…), and
#: the measure each good's figure is of.
SALES_RE = patterns.compile(r"(?:零售总额|零售额|销售额|销售收入)$")


#: A category's sales, as a list of categories opens (家用电器和音像器材类商品零售额).
CATEGORY_SALES_RE = patterns.compile(r"类(?:商品)?(?:零售额|销售额)$")


def _goods_of_sales(text: str, items: list[Item]) -> None:
    """A rate or a sum named by a good alone after 其中, following sales in the same
    sentence, is that good's sales (社会消费品零售总额增长6%，其中电动自行车增长40% →
    电动自行车零售额)."""
    renamed: set[int] = set()  # the goods named so: the next one listed is a part too
    for i, item in enumerate(items):
        name = item.indicator
        # (a part before it named with its sales already: 其中，…食品类零售额增长8%，饮料类…;
        # or listed right after it: …类商品零售额增长21.3%、家具类增长12.8%)
        listed = (
            i - 1 in renamed
            or i > 0
            and SALES_RE.search(items[i - 1].indicator) is not None
            and (
                among_parts(text, items[i - 1].start)
                or text.startswith("、", items[i - 1].end)
                and CATEGORY_SALES_RE.search(items[i - 1].indicator) is not None
            )
        ) and "。" not in text[items[i - 1].end : item.start]
        if (
            not 2 <= han_len(name) <= 6
            or not HAN_ONLY_RE.fullmatch(name)
            or MEASURED_END_RE.search(name)
            or kind_of_unit(item.unit) not in ("rate", "amount")
            or not (listed or among_parts(text, item.start))
        ):
            continue
        start = _sentence_start(text, item.start)
        for before in reversed(items[max(0, i - 4) : i]):
            if before.start < start:
                break
            if sales := SALES_RE.search(before.indicator):
                item.indicator = name + sales.group().replace("零售总额", "零售额")
                renamed.add(i)
                break


#: The industry a clause of industries is framed by (规模以上工业中，装备制造业增长…).
INDUSTRY_FRAME_RE = patterns.compile(r"(?:规模以上|规上)工业中[，,]")
#: An industry named alone (装备制造业, 高技术制造业, 汽车制造业).
INDUSTRY_NAME_RE = patterns.compile(
    r"[\u4e00-\u9fff]{1,10}(?:制造业|工业|业|产业)"
    # the classification's sections listed inside one name (交通运输、仓储和邮政业,
    # 水利、环境和公共设施管理业), and those not ending in 业
    rf"|{INDUSTRY_SECTION}|[\u4e00-\u9fff]{{0,8}}[和及][\u4e00-\u9fff]{{1,10}}业"
    r"|卫生和社会工作|公共管理、社会保障和社会组织"
)


def _industries_of_industry(text: str, items: list[Item]) -> None:
    """A rate named by an industry alone, in a sentence framed by 规模以上工业中, is the
    industry's value added (规上工业中，装备制造业增长10.2% → 装备制造业增加值), as
    bulletins and releases write it."""
    for item in items:
        name = item.indicator
        if kind_of_unit(item.unit) != "rate" or not INDUSTRY_NAME_RE.fullmatch(name):
            continue
        frame = INDUSTRY_FRAME_RE.search(text, _sentence_start(text, item.start), item.start)
        if frame:
            item.indicator = name + "增加值"


def _parts_of_a_breakdown(text: str, items: list[Item], before: str = "") -> None:
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
            kind not in ("rate", "amount", "count")
            or not 1 <= han_len(name) <= 16
            or MEASURED_END_RE.search(name)
            or PERIOD_ONLY_RE.fullmatch(name)
            or SPEED_END_RE.search(name)  # (同比增幅: a speed, of no class named)
            or name.endswith(SPREADS)  # (行业盈利面: how widely, a measure of its own)
        ):
            continue
        sentence_start = _sentence_start(text, item.start)
        frames = list(BREAKDOWN_FRAME_RE.finditer(text, sentence_start, item.start))
        if not frames and (opening := _paragraph_frame(text, sentence_start)):
            frames = [opening]  # 分行业看，…。其中，煤炭开采和洗选业增长1.4%: the paragraph's
        if kind == "count" and not (
            frames
            and PRODUCTS_FRAME_RE.search(frames[-1].group())
            and unit_base(item.unit) in PRODUCT_COUNT_UNITS
        ):
            continue  # (汽车10.97万辆 after 分产品看: a product's output, counted)
        if han_len(name) < 2 and not (frames and FRAME_MEASURE_RE.search(frames[-1].group())):
            continue  # 纱 alone names a product only where the frame names its measure
        if not frames and (
            parts_of := "其中" in text[sentence_start : item.start]
            and (
                MEASURE_BEFORE_PARTS_RE.search(text, sentence_start, item.start)
                # (…64种产品产量同比保持增长，增长面为57.7%。其中单晶硅…: the sentence before's)
                or text.startswith("其中", sentence_start)
                and PRODUCTS_MEASURED_RE.search(
                    text, _sentence_start(text, sentence_start - 1), sentence_start
                )
            )
        ):
            if 2 <= han_len(name) <= 8 and not VERB_START_RE.match(name):
                item.indicator = name + parts_of.group(1)  # …产量大幅增长，其中：电力电缆…
            continue
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
        if FUNDS_FRAME_RE.search(frames[-1].group()):
            continue  # 从到位资金情况看，…自筹资金增长11.4%: the funds by source, named as they are
        if said := FRAME_MEASURE_RE.search(frames[-1].group()):
            # 从主要产品产量看，水泥…，增长4.1%: the frame names the measure itself (生产滚动轴承…:
            # the product, not the verb)
            if not name.endswith(said.group()):
                item.indicator = PRODUCED_RE.sub("", name) + said.group()
            continue
        if PRODUCTS_FRAME_RE.search(frames[-1].group()):
            # 分产品看，…烧碱生产15.98万吨，…；汽车10.97万辆: each product's output
            product = PRODUCED_RE.sub("", name)
            if 2 <= han_len(product) <= 10 and not VERB_START_RE.match(product):
                item.indicator = product + "产量"
            continue
        frame = frames[-1].start()
        if INDUSTRY_BREAKDOWN_RE.search(frames[-1].group()) and INDUSTRY_NAME_RE.fullmatch(name):
            # …规模以上工业增加值增长6.5%…。从重点行业看，煤炭开采和洗选业增长7.2%: the
            # industries' value added, however far back the paragraph (or the one before
            # it, when nothing in this one comes before the frame: its last output named,
            # 产值 or 增加值) named it
            if any(
                it.end <= frame
                and frame - it.end <= SENTENCE_WINDOW
                and it.indicator.endswith("增加值")
                for it in items[max(0, i - SIBLINGS) : i]
            ):
                item.indicator = name + "增加值"
                continue
            if not any(it.end <= frame for it in items[:i]) and (
                # (分行业看，…30个行业增加值保持增长。其中…: the output the frame's sentences name)
                outputs := INDUSTRY_OUTPUT_RE.findall(text, frame, item.start)
                or INDUSTRY_OUTPUT_RE.findall(before[-SENTENCE_WINDOW:])
            ):
                item.indicator = name + outputs[-1].removeprefix("总")
                continue
        wholes = [
            before
            for before in reversed(items[max(0, i - SIBLINGS) : i])
            if before.end <= frame
            and (kind == "rate" or unit_base(before.unit) == unit_base(item.unit))
            and kind_of_unit(before.unit) != "pp"  # a gap after the measure is no whole
        ]
        # (分行业看，39个大类行业均实现增长。分地区看，东部地区增长…: the rates' measure is
        # the output's before, not what another breakdown counted between)
        whole = next(
            (
                it
                for it in wholes
                if not (
                    kind == "rate"
                    and kind_of_unit(it.unit) == "count"
                    and BREAKDOWN_FRAME_RE.search(text, _sentence_start(text, it.start), it.start)
                )
            ),
            None,
        )
        if whole is None or frame - whole.end > SENTENCE_WINDOW // 2:
            continue
        word = head_of_whole(whole.indicator)
        if word == "价格" and consumer_prices_of(name, whole.indicator):
            word = "居民消费价格"  # 分城乡看，城市、农村均上涨0.6%: the places' consumer prices
        if _takes_head(name, word):
            item.indicator = name + word


def consumer_prices_of(name: str, whole: str) -> bool:
    """Whether ``name`` lists town and country alone (城市, 农村, 城市、农村) as parts of the
    consumer prices ``whole`` names (居民消费价格…, 全国居民消费价格总水平): their prices are
    consumer prices too."""
    return CONSUMER_PRICES in whole and all(
        part in URBAN_RURAL for part in LIST_JOIN_RE.split(name)
    )


#: Consumer prices, and the town and country they are given for apart (城市上涨2.9%).
CONSUMER_PRICES = "居民消费价格"
URBAN_RURAL = frozenset(("城市", "农村", "城镇", "乡村"))


def _takes_head(name: str, word: str) -> bool:
    """Whether a part named ``name`` takes its whole's head ``word``: not a share, nor a head
    it has already, whole or but its last character (商品零售 + 零售额: 商品零售 already), nor
    revenue of a tax (增值税: revenue already)."""
    if (
        not word
        or "占" in word
        or name.endswith(word)
        or name[-1:] == "税"
        and word in ("收入", "税收")
    ):
        return False
    return not (len(word) >= 3 and name.endswith(word[:-1]))


#: Power generated or used, whose parts (火电, 工业) are named with it.
POWER_HEADS = ("发电量", "用电量")


def head_of_whole(name: str) -> str:
    """What a part of the measure ``name`` measures (…增加值 → 增加值); a trade's part of
    retail sales is its sales (社会消费品零售总额…，其中批发业… → 零售额); "" if none."""
    if name.endswith("零售总额"):
        return "零售额"
    if name.endswith(POWER_HEADS):
        return name[-3:]  # 发电量…。分品种看，火电…: 火电发电量
    if name in MEASURE_HEADS:
        return name  # 投资…，分产业看，第一产业…: 第一产业投资
    head = SHARED_HEAD_RE.search(name, 1)
    if head and name[head.start() :] == "总额":
        return name[max(0, head.start() - 2) :]  # 实现利润总额…，其中，中央企业…: 利润总额
    return part_head(name)


#: The trades retail sales are broken down by (批发和零售业68.5亿元，住宿和餐饮业10.4亿元).
RETAIL_TRADES = frozenset(("批发和零售业", "住宿和餐饮业", *FOUR_TRADES))


def _trades_of_retail(text: str, items: list[Item]) -> None:
    """A trade named alone after retail sales, in the sentence or the one after it, is
    that trade's part of the sales (社会消费品零售总额78.99亿元…。批发和零售业增长快于住宿和
    餐饮业：批发和零售业68.5亿元，… → 批发和零售业零售额), as after 其中 or a frame."""
    for i, item in enumerate(items):
        if item.indicator not in RETAIL_TRADES or kind_of_unit(item.unit) not in ("rate", "amount"):
            continue
        # (another measure between: the trades' own)
        for before in _this_or_last_sentence(text, items, i):
            if before.indicator.endswith(("零售总额", "零售额")):
                item.indicator += "零售额"
            if before.indicator not in RETAIL_TRADES:
                break


#: An industry's output, closing a name (制造业|增加值, 采矿业|产值).
INDUSTRY_OUTPUT_END_RE = patterns.compile(r"(?<=业)(?:增加值|总?产值)$")


#: A park named alone (梅县园区, 高新区, 经济开发区).
PARK_NAME_RE = patterns.compile(rf"[{HAN}]{{1,10}}(?:园区|开发区|工业园|产业园|高新区|集聚区)")
#: Parks' output (工业园区增加值, 开发区工业总产值): what a park named alone after it has.
PARK_OUTPUT_END_RE = patterns.compile(
    r"(?<=[区园])(?:[（(][^（()）]{1,16}[）)])?((?:工业)?(?:增加值|总?产值))$"
)


#: A sector named right before a count of its firms (…，纺织鞋服|13户实现产值…): group 1.
SECTOR_BEFORE_COUNT_RE = patterns.compile(rf"(?:^|[，、；：,;:])([{HAN}]{{2,10}})$")
#: What the firms counted achieved, between the count and its sum (13户|实现产值|41亿元):
#: group 1 the measure.
FIRMS_ACHIEVED_RE = patterns.compile(rf"(?:企业)?(?:累计)?(?:实现|完成)([{HAN}]{{2,10}})")


def sectors_counted(text: str, lists: list[list[Item]]) -> None:
    """A sector named right before a count of its firms and what they achieved
    (其中：纺织鞋服13户实现产值41.03亿元，同比增长8.22%，健康食品23户实现产值…): the firms are
    the sector's, the sum and its change the sector's measure (纺织鞋服企业, 纺织鞋服产值)."""
    items = [item for chain in lists for item in chain]
    for i, (count, total) in enumerate(pairwise(items)):
        if unit_base(count.unit) not in ("户", "家") or kind_of_unit(total.unit) != "amount":
            continue
        achieved = FIRMS_ACHIEVED_RE.fullmatch(text, count.end, total.start)
        sector = SECTOR_BEFORE_COUNT_RE.search(text, max(0, count.start - 12), count.start)
        if not (achieved and sector and MEASURED_END_RE.search(measure := achieved.group(1))):
            continue
        name = sector.group(1)
        if (
            name in ("其中", "合计", "共计")
            or VERB_START_RE.match(name)
            or WHOLE_SCOPE_RE.match(name)
        ):
            continue
        was = total.indicator
        count.indicator, total.indicator = name + "企业", name + measure
        for after in items[i + 2 : i + 2 + SIBLINGS]:
            if after.indicator != was or CLAUSE_GROUP_END_RE.search(text, total.end, after.start):
                break
            after.indicator = total.indicator  # …41.03亿元，同比增长8.22%: the same sum's


#: The end of a group of clauses about one thing (；, 。).
CLAUSE_GROUP_END_RE = patterns.compile(r"[；。;]")


#: A thing named right before its figure in brackets, in a list (呼和浩特市（23.1%）、包头市…):
#: group 1 the thing.
NAMED_BEFORE_BRACKET_RE = patterns.compile(
    rf"(?:^|[、，,：:；;和及与是为]|的有)(?!分别|依次)([{HAN}]{{2,10}})[（(]$"
)
#: What follows such a list: how many places it holds (…4个盟市: group 1), the measure they
#: are ranked by (group 2) and how (group 3: 规上工业增加值增速|高于全区平均水平).
AFTER_BRACKETED_RE = patterns.compile(
    rf"[）)]等?(?:[0-9０-９一二三四五六七八九十两]{{1,3}}个([{HAN}]{{0,4}}?"
    r"(?:盟市|市州|州市|县市区|县区|地市|省份|省区市|[省市县区州盟旗])))?"
    rf"([{HAN}]{{0,16}}?)(?:均|都|分别)?((?:高于|低于|快于|慢于|超过|位居|居)[^，。；]{{1,16}})"
)
#: The scope of the measure the places are ranked by (全国|规模以上工业增加值).
RANKING_SCOPE_RE = patterns.compile(r"^全[国省市州县区旗]")
#: A ranking's frame before such a list that names a speed (增速位居全国前两位的是|西藏（…）).
RANKED_SPEED_RE = patterns.compile(r"(?:增速|增幅)[^，。；]{0,12}?(?:是|为|有)[：:]?$")
#: A ranking by a gap before such a list (增幅高于全市平均水平（13.5%）的有|金寨县（20.5%）…):
#: group 1 the speed; the frame opening the sentence may name it in full (从限上增幅看).
GAP_RANKED_RE = patterns.compile(
    r"(增速|增幅|涨幅|降幅)(?:高于|低于|快于|慢于|超过)[^，。；]{0,24}?的(?:有|是|为)[：:]?$"
)
FRAME_TOPIC_RE = patterns.compile(rf"[，,]?从([{HAN}]{{2,10}}?)看")
#: Places counted by a measure above a mark, then listed (R&D经费投入超过千亿元的省（市）有6个，
#: 分别为|广东（3098.5亿元）…): group 1 the measure.
COUNTED_ABOVE_RE = patterns.compile(
    rf"([{HAN}A-Za-z&（）()]{{2,24}}?)(?:超过|高于|达到|突破|在)[^，。；]{{1,12}}?的"
    rf"[{HAN}（）()]{{1,8}}有[0-9一二三四五六七八九十两]{{1,3}}个[，,]?(?:分别|依次)(?:为|是)[：:]?$"
)


def bracketed_lists(text: str, lists: list[list[Item]]) -> None:
    """Figures in brackets, each right after the thing it is of, listed (呼和浩特市（23.1%）、
    包头市（22.9%）4个盟市规上工业增加值增速高于全区平均水平): each thing's value of the measure
    the list is followed by, or else of the list before it in the paragraph, or the speed a
    ranking frame before it names, of the last rate named before it (规模以上工业增加值增长
    7.4%…。增速位居全国前两位的是西藏（15.8%）、… → 西藏规模以上工业增加值增速); the places
    counted right after it are named by how they rank (…增速高于全区平均水平的盟市)."""
    items = [item for chain in lists for item in chain]
    measure, rate = "", ""
    i = 0
    while i < len(items):
        run = _bracketed_run(text, items, i)
        if len(run) < 2:
            if kind_of_unit(items[i].unit) == "rate" and items[i].indicator:
                rate = without_absolute_change(items[i].indicator)
            i += 1
            continue
        i += len(run)
        last = run[-1][0]
        after = AFTER_BRACKETED_RE.match(text, last.end, last.end + 60)
        said = after.group(2) if after else ""
        frame_end = run[0][0].start - len(run[0][1]) - 1
        if MEASURED_END_RE.search(said) or SPEED_END_RE.search(said):
            measure = said
        elif (above := COUNTED_ABOVE_RE.search(text, max(0, frame_end - 60), frame_end)) and (
            len(re.findall(r"[（(]", above.group(1))) == len(re.findall(r"[）)]", above.group(1)))
        ):
            measure = trim_prefix(above.group(1))  # (a bracket the window cut: no measure)
        elif gap := GAP_RANKED_RE.search(text, max(0, frame_end - 40), frame_end):
            topic = FRAME_TOPIC_RE.match(text, _sentence_start(text, frame_end))
            named = topic.group(1) if topic else ""
            measure = named if named.endswith(gap.group(1)) else gap.group(1)
        elif (
            not measure and rate and RANKED_SPEED_RE.search(text, max(0, frame_end - 30), frame_end)
        ):
            measure = SPEED_END_RE.sub("", RANKING_SCOPE_RE.sub("", rate)) + "增速"
        if not measure:
            continue
        for item, thing in run:
            item.indicator = thing + measure
        if after and after.group(1) and i < len(items) and items[i].start == last.end + 1:
            # …4个盟市规上工业增加值增速高于全区平均水平: the places counted, by how they rank
            items[i].indicator = f"{measure}{after.group(3)}的{after.group(1)}"


def _bracketed_run(text: str, items: list[Item], i: int) -> list[tuple[Item, str]]:
    """The figures from ``items[i]`` on that each stand in brackets right after the thing
    they are of, listed one after another; with those things."""
    run: list[tuple[Item, str]] = []
    for item in items[i:]:
        named = NAMED_BEFORE_BRACKET_RE.search(text, max(0, item.start - 12), item.start)
        if (
            named is None
            or text[item.end : item.end + 1] not in ("）", ")")
            or run
            and len(text[run[-1][0].end + 1 : named.start(1)]) > 2
        ):
            break
        run.append((item, named.group(1)))
    return run


def _industries_after_industry(text: str, items: list[Item]) -> None:
    """Industries named alone after an industry's output, in its sentence or the next
    (制造业增加值增长5.8%，…。采矿业下降8.2%，电力…业增长7.8%): the same output of each;
    so are parks after parks' output (工业园区增加值增长20.2%。增长较快的有：梅县园区增长…)."""
    for i, item in enumerate(items):
        name = item.indicator
        park = bool(PARK_NAME_RE.fullmatch(name))
        if (
            kind_of_unit(item.unit) not in ("rate", "amount")
            or not (park or INDUSTRY_NAME_RE.fullmatch(name))
            or name.endswith("企业")  # firms, not an industry (产值超亿元企业)
            or MEASURED_END_RE.search(name)
        ):
            continue
        output_re = PARK_OUTPUT_END_RE if park else INDUSTRY_OUTPUT_END_RE
        for before in _this_or_last_sentence(text, items, i):
            if output := output_re.search(before.indicator):
                item.indicator = name + output.group(output.lastindex or 0).removeprefix("总")
                break


def _this_or_last_sentence(text: str, items: list[Item], i: int) -> Iterator[Item]:
    """The figures before ``items[i]``, nearest first, in its sentence and the one before
    (at most :data:`SIBLINGS`): where a breakdown's parts find the measure they are of."""
    reach = _sentence_before_start(text, items[i].start)
    for before in reversed(items[max(0, i - SIBLINGS) : i]):
        if before.start < reach:
            return
        yield before


#: Places ranked by one figure of the measure a label names (…收入完成情况：按规模排序，泽州县
#: 10.6亿元，…；按预算完成进度排序，泽州县80.2%，…；按增速排序，…): group 1 what is ranked.
RANKED_BY_RE = patterns.compile(
    r"按[^，。；：:,]{0,6}?(规模|总量|完成进度|进度|增速|增幅|增长率?)(?:排序|排名|排列)[，,：:]"
)
#: The measure a label of ranked places names, without whose they are and its 情况
#: (各县（市、区）一般公共财政预算收入完成情况 → 一般公共财政预算收入).
RANKED_LABEL_RE = patterns.compile(
    r"(?:各[^，。；：:（(]{1,6}(?:[（(][^（）()]{1,8}[）)])?)?([^，。；：:]{2,20}?)(?:完成|执行)?情况"
)
#: What a rank's figure is, by the word it is ranked by: the measure, its completion of
#: the budget, its growth.
RANKED_KINDS = {"完成进度": "completion", "进度": "completion"}


def _ranked_places(text: str, items: list[Item]) -> None:
    """Places named alone in a ranking under a label (…收入完成情况：按规模排序，泽州县10.6
    亿元；按增速排序，沁水县6%): each place's figure of the label's measure (泽州县一般公共
    财政预算收入), a completion or a growth as the ranking says."""
    for item in items:
        name = item.indicator
        if not (2 <= han_len(name) <= 8 and SCOPE_ONLY_RE.fullmatch(name)):
            continue
        sentence = _sentence_start(text, item.start)
        segment = max(sentence, text.rfind("；", sentence, item.start) + 1)
        ranks = [*RANKED_BY_RE.finditer(text, segment, item.start)]
        colon = text.rfind("：", sentence, item.start)
        if not ranks or colon < 0 or colon > ranks[-1].start():
            continue
        label = RANKED_LABEL_RE.fullmatch(text, clause_start(text, colon), colon)
        if not label or not MEASURED_END_RE.search(measure := label.group(1)):
            continue
        item.indicator = name + measure
        by = ranks[-1].group(1)
        if kind_of_unit(item.unit) == "rate":
            item.rate_default = RANKED_KINDS.get(by, "change" if by[:1] == "增" else "")


#: A part named with a bracketed number inside (小（1）型, 小(2)型 reservoirs).
NUMBERED_PART = r"[\u4e00-\u9fff]{1,2}[（(][0-9一二三四]{1,2}[）)][\u4e00-\u9fff]{1,2}"
NUMBERED_PART_RE = patterns.compile(NUMBERED_PART)
#: A part named with its whole (年末户籍人口中|男性): the whole, then the part.
WHOLE_AND_PART_RE = patterns.compile(
    rf"({HAN_LETTER}{{2,16}})中({HAN_LETTER}{{1,6}}|{NUMBERED_PART})"
)


def _parts_named_like_the_first(text: str, items: list[Item]) -> None:
    """The parts listed after the first of a 其中 list, named alone, are parts of the same
    whole (年末户籍人口8万人，其中男性4.1万人，女性3.9万人 → 年末户籍人口中女性): the
    first names the whole, the others only themselves."""
    written = [item.indicator for item in items]  # (the names before any part was renamed)
    for i, item in enumerate(items[1:], start=1):
        name = item.indicator
        last = before = items[i - 1]
        if kind_of_unit(before.unit) == "rate" and i >= 2:
            # (…，薯类2899吨，增长59.2%，豆类134吨: the part before with its own change)
            before = items[i - 2]
            if written[i - 2] != written[i - 1] or kind_of_unit(before.unit) == "rate":
                continue
        if (
            not 1 <= han_len(name) <= 4
            or not (HAN_ONLY_RE.fullmatch(name) or NUMBERED_PART_RE.fullmatch(name))
            or MEASURED_END_RE.search(name)
            or unit_base(before.unit) != unit_base(item.unit)
            or not (first := WHOLE_AND_PART_RE.fullmatch(before.indicator))
        ):
            continue
        whole, part = first.groups()
        if last is not before and not MEASURED_END_RE.search(whole):
            continue  # (a part past its change only where the whole is a measure's)
        if whole.endswith("中") and len(whole) >= 3:
            whole, part = whole[:-1], "中" + part  # 参与供水水库中|中型: the part is 中型
        elif part[:1] in MIDDLE_WORD_STARTS and not NUMBERED_PART_RE.fullmatch(part):
            continue  # 职业中学: a word with 中, no part of a whole (职业中|学)
        if part == name:
            continue
        between = text[last.end : item.start]
        if (
            len(between) <= (4 if HAN_ONLY_RE.fullmatch(name) else len(name) + 1)
            and between[:1] in "，、；,;"
            and "其中" in text[_sentence_start(text, before.start) : before.start]
        ):
            item.indicator = f"{whole}中{name}"


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its 。), read at most a sentence's
    length (400 characters) ahead."""
    end = text.find("。", pos, pos + SENTENCE_WINDOW)
    return min(len(text), pos + SENTENCE_WINDOW) if end < 0 else end


def _of_part_before(text: str, part: Item, item: Item, scope: str, unit_kind: str = "rate") -> bool:
    """Whether ``item``, named by ``scope`` alone, is the part's just before (其中县本级8亿元，
    增长6%), of ``unit_kind``, in its sentence."""
    return (
        kind_of_unit(item.unit) == unit_kind
        and part.indicator.startswith(scope)
        and "。" not in text[part.end : item.start]
    )


def _whole_of_part(text: str, items: list[Item], i: int, parts: dict[int, str]) -> str:
    """The measure of the sum a part after 其中 belongs to: the nearest figure before
    in the same unit and sentence, with 其中 between them, or a note opened right after
    it (收入58.2亿元（区本级36.1亿元）); "" when there is none, and for a count, whose
    name is the thing counted (其中示范区3个), not a place, unless it names a level or a
    department (单位180个，其中市本级13个)."""
    part = items[i]
    kind = kind_of_unit(part.unit)
    if kind != "amount" and not (kind == "count" and LEVEL_OR_BODY_RE.fullmatch(part.indicator)):
        return ""
    for j in range(i - 1, max(-1, i - 5), -1):
        before = items[j]
        if unit_base(before.unit) != unit_base(part.unit) or j in parts and not parts[j]:
            continue
        if j in parts:  # 其中市本级44亿元…；市辖区49亿元: the whole of the part before
            return parts[j] if "。" not in text[before.end : part.start] else ""
        if part.start - before.end > 80:
            return ""
        between = text[before.end : part.start]
        note = between[:1] in "（(" and not NOTE_CLOSE_RE.search(between)
        # (…增长9.39%。其中：市本级完成44.11亿元: the parts open the sentence after the sum)
        if ("其中" not in between and not note) or before.end < parts_sentence_start(
            text, part.start
        ):
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
    items = [item for chain in chains for item in chain]
    at = 0  # where ``then`` starts among the items
    for first, then in pairwise(chains):
        at += len(first)
        if len(then) >= 2:
            _pulls_of_parts(text, items[max(0, at - SIBLINGS) : at], then)
        if len(first) < 2 or len(first) != len(then):
            continue
        start = clause_start(text, then[0].start)
        if (
            _changes_of_parts(text, first, then, start)
            or _speeds_of_parts(text, first, then, start)
            or _sibling_flows(text, first, then, start)
        ):
            continue
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
        shared = shared_end(*names)
        common = len(shared)
        cut = shared.find("对")  # …产业|对经济增长的贡献率: the owners end before 对
        if cut < 0:
            continue
        owners = [n[: len(n) - common + cut] for n in names]
        if all(2 <= han_len(o) <= 10 for o in owners):
            for it, owner in zip(then, owners, strict=True):
                it.indicator = owner + phrase


#: Kinds of property a sales release reports one by one, each opening its sentence alone
#: (住宅，成交…套/…㎡，均价…；办公楼，成交…).
PROPERTY_LABEL_RE = patterns.compile(
    r"(?:其中[：:，,]?)?((?:新建|新房|一手房?|二手房?|存量房?|商品房)?"
    r"(?:住宅|商业|商铺|办公楼?|商办|公寓|车位|别墅|厂房|其他))[，,：:]"
)
#: The seller of a sales release's sentence, before its deals (深圳全市商品房共成交|930套).
SOLD_BY_RE = patterns.compile(r"([\u4e00-\u9fff]{2,12}?)(?:共|累计|合计)?(?:成交|销售|网签)$")
#: What a sales release says of each seller's deals after the first (均价, 总金额, 套均总价…).
SALES_WORDS = ("均价", "总金额", "套均", "上周成交", "上月成交", "成交", "销售")


def property_kinds_labelled(text: str, chains: list[list[Item]]) -> None:
    """A kind of property named alone at a sentence's start in a sales release (商业，成交206套/
    12151.88㎡，…均价45659元/㎡，总金额55.48亿元) owns the figures of its sentence (商业成交,
    商业均价, 商业总金额) that do not name it."""
    seller, sentence = "", -1
    for item in (item for chain in chains for item in chain):
        start = _sentence_start(text, item.start)
        if start != sentence:  # (the sentence's first figure says who sold: 全市商品房共成交…)
            sold = SOLD_BY_RE.search(item.indicator)
            seller, sentence = (sold.group(1) if sold else ""), start
        while text[start : start + 1].isspace():
            start += 1
        label = PROPERTY_LABEL_RE.match(text, start)
        if label is not None and label.end() <= item.start and item.indicator:
            kind = label.group(1)
        elif seller and item.indicator.startswith(SALES_WORDS):
            kind = seller  # …，均价53060元/㎡，总金额…: the seller's
        else:
            continue
        if not item.indicator.startswith(kind):
            item.indicator = kind + item.indicator


#: Verbs that bring bodies into being, opening a count's name (新增工商户, 新建学校).
FOUNDING_VERB_RE = patterns.compile(
    r"(?:新增|新建|新登记|新设立?|新注册|新培育|新认定|新引进|新开工|新发展|新组建|新成立)"
    r"(?=[\u4e00-\u9fff]{2})"
)
#: States a body is counted in that no founding verb makes (续建项目, 投产项目, 现有企业).
BODY_STATES = (
    "续建",
    "在建",
    "完工",
    "竣工",
    "投产",
    "改扩建",
    "改建",
    "扩建",
    "累计",
    "现有",
    "共有",
)
#: Verbs of working off a problem (化解大班额, 消除隐患): what follows them is no body founded.
WORKED_OFF_VERBS = ("化解", "消除", "消化", "清零", "解决")
#: Units bodies are counted in (not people: 新建学校3所，在校学生… is no 新建 of students).
BODY_UNITS = ("家", "户", "所", "个", "座", "处", "项", "条", "套", "台", "支", "名")


def founding_verbs_shared(text: str, chains: list[list[Item]]) -> None:
    """A count named by its things alone right after one named with a verb of founding
    (新增工商户220户，民营企业30家; 新建学校3所，幼儿园5所) shares the verb (新增民营企业,
    新建幼儿园): its clause is the things and the figure, nothing more.  The verb alone
    after a rate of time (日均新登记144户) counts the same things per day."""
    items = [item for chain in chains for item in chain]
    for before, item in pairwise(items):
        name = item.indicator
        if (
            (rate := next((r for r in RATE_OF_TIME if name.startswith(r)), ""))
            and (verb := FOUNDING_VERB_RE.match(before.indicator))
            and name[len(rate) :] == verb.group()
            and unit_base(before.unit) == unit_base(item.unit)
            and "。" not in text[before.end : item.start]
        ):
            # 新登记经营主体5.26万户，日均新登记144户: the same bodies, per day
            item.indicator = rate + before.indicator
            continue
        if (
            kind_of_unit(item.unit) != "count"
            # (新增托位2.6万个、养老床位3.2万张: a list's next item, of any things counted)
            or unit_base(item.unit) not in BODY_UNITS
            and text[before.end] != "、"
            or unit_base(item.unit) == "名"
            # (a list's next item may be as long as its first: …企业8家、省级专精特新中小企业56家)
            or not 2 <= han_len(name) <= (12 if text[before.end] == "、" else 8)
            or not HAN_ONLY_RE.fullmatch(name.replace("“", "").replace("”", ""))
            or text[before.end : before.end + 1] not in "，、；"
            # the very next clause, or the next item of a list (…车间20个、|智能工厂5家)
            or text[before.end + 1 : item.start] != name
            or kind_of_unit(before.unit) != "count"
            or not (verb := FOUNDING_VERB_RE.match(before.indicator))
            or FOUNDING_VERB_RE.match(name)
            or VERB_START_RE.match(name.removeprefix("新"))  # (建成产地市场, 续建项目, 新竣工
            # 投产项目: a deed of their own)
            or name.startswith(WORKED_OFF_VERBS)  # (新增学位…，化解大班额…: a deed too)
            or name.startswith(BODY_STATES)
            or name[-1] in SCOPE_ENDS + "外内"  # (省外: a place, no body)
        ):
            continue
        item.indicator = verb.group() + name


#: A change of a list's sum said after the list (，合计减收|3.6亿元): group 1 the change.
LIST_SUM_CHANGE_RE = patterns.compile(r"[，,](?:合计|共计|累计|共)(减收|增收|减少|增加|减支|增支)")


def sums_of_list_changed(text: str, lists: list[list[Item]]) -> None:
    """A change summed right after a list that moved (契税、土地增值税分别下降32.6%、28.3%，合计
    减收3.6亿元) is the listed things' together (契税、土地增值税减收), not a bare 减收."""
    for chain, after in pairwise(lists):
        first = after[0]
        if (
            len(chain) >= 2
            and len(after) == 1
            and (said := LIST_SUM_CHANGE_RE.fullmatch(text, chain[-1].end, first.start))
            and first.indicator.endswith(said.group(1))
            and kind_of_unit(first.unit) == "amount"
        ):
            names = dict.fromkeys(without_absolute_change(it.indicator) for it in chain)
            if len(names) == len(chain) and all(2 <= han_len(n) <= 10 for n in names):
                first.indicator = "、".join(names) + said.group(1)


#: A rate of handling things, its core alone (办结率, 满意率, 解决率).
HANDLING_RATE = (
    r"(?:办结|办复|答复|回复|响应|满意|解决|完成|化解|结案|受理|消除|清零|销号|整改|"
    r"完工|竣工|开工|采纳|落实|执行|支付|兑现|到位|就业|升学|录取|巩固|参保|合格)率"
)
HANDLING_RATE_END_RE = patterns.compile(rf"{HANDLING_RATE}$")
#: How a rate of handling may say the things were handled (按时|办结率): no part of whose.
HANDLING_MANNERS = ("按时", "及时", "限时", "一次性", "当场", "当日", "当月")


def rates_of_one_owner(text: str, chains: list[list[Item]]) -> None:
    """A rate of handling named alone (满意率) right after another rate of handling with
    its owner (12345热线受理诉求按时办结率99.2%，满意率93.6%) is the same owner's."""
    items = [item for chain in chains for item in chain]
    for before, item in pairwise(items):
        if (
            HANDLING_RATE_END_RE.fullmatch(item.indicator)
            and kind_of_unit(item.unit) == kind_of_unit(before.unit) == "rate"
            and text[before.end : item.start].rstrip("为达到是")
            in (f"，{item.indicator}", f"、{item.indicator}", f",{item.indicator}")
            and (core := HANDLING_RATE_END_RE.search(before.indicator))
        ):
            owner = before.indicator[: core.start()]
            for manner in HANDLING_MANNERS:
                owner = owner.removesuffix(manner)
            if 2 <= han_len(owner) <= 20 and not owner.endswith(("、", "和", "及")):
                item.indicator = owner + item.indicator


def heads_listed_bare(text: str, chains: list[list[Item]]) -> None:
    """A bare two-character head listed with its count right after a named one
    (新创建全国法治政府建设示范地区4个、项目6个) shares all that named one's words but its own
    head (新创建全国法治政府建设示范项目): the 、 lists things of the same program."""
    items = [item for chain in chains for item in chain]
    for before, item in pairwise(items):
        name, named = item.indicator, before.indicator
        head = name[-2:]  # (a verb the list shares may stand before it: 新创建|项目)
        if (
            HAN_ONLY_RE.fullmatch(head)
            and named.startswith(name[:-2])
            and kind_of_unit(item.unit) == "count"
            and unit_base(item.unit) == unit_base(before.unit)
            # (新开工43个、竣工38个: deeds, no heads of things)
            and not BARE_VERBS_RE.fullmatch(head)
            and not BARE_VERBS_RE.fullmatch(named[-2:])
            and text[before.end : item.start] == "、" + head
            and han_len(named) >= 8
            and HAN_ONLY_RE.fullmatch(named[-2:])
            and not named.endswith(head)
        ):
            item.indicator = named[:-2] + head


def last_listed_before_deng(text: str, chains: list[list[Item]]) -> None:
    """The last of things listed each after its own figure (10万平方米职工住宅小区、…和2万平方米
    回迁房|等开发项目) is named without the 等 and the class that closes the list: the class
    is of all of them, the figure of the last alone."""
    items = [item for chain in chains for item in chain]
    for before, item in pairwise(items):
        etc = LISTED_ETC_RE.search(item.indicator) if "等" in item.indicator else None
        own = item.indicator[: etc.start()] if etc else ""
        if (
            etc
            and han_len(own) >= 2
            and text.startswith(item.indicator, item.end)  # the name read after the figure
            and text[before.end : item.start].endswith(("、", "和", "及"))
            and text.startswith(before.indicator, before.end)  # so was the one before
            and unit_base(item.unit) == unit_base(before.unit)
        ):
            item.indicator = own


#: What a congress's deputies or a conference's members submit (议案, 建议, 提案).
MOTIONS = ("议案", "建议", "提案")
#: Who submit them, as a motion's name says before it (人大代表|议案, 政协委员|提案).
MOTION_BODIES = ("代表", "委员", "人大", "政协")


def motions_of_one_body(text: str, chains: list[list[Item]]) -> None:
    """A motion listed bare right after another of the same body's (人大代表议案5件、建议286件)
    is that body's too (人大代表建议); one with its own body (政协提案) keeps it."""
    items = [item for chain in chains for item in chain]
    for before, item in pairwise(items):
        bare = leading_verbs_stripped(item.indicator)
        if (
            bare in MOTIONS
            and before.indicator.endswith(MOTIONS)
            and not before.indicator.endswith(bare)
            and text[before.end : before.end + 1] in ("、", "，")
            and before.indicator[:-2].endswith(MOTION_BODIES)  # (提出意见建议…、提案…: no body)
        ):
            item.indicator = before.indicator[:-2] + bare  # (办理人大代表|议案 → 办理人大代表|建议)


#: A bar's verb opening a name, or the measure said before it (产值|超亿元企业): group 1 the measure.
BAR_NAMED_RE = patterns.compile(rf"({HAN_LETTER}{{2,8}}?)?(?:超过|超|逾|突破)")


def bars_of_sibling_measure(text: str, chains: list[list[Item]]) -> None:
    """A count of things past a bar said right after a sibling past a lower bar of a
    measure (产值超亿元企业42家，超10亿元企业5家) passed the same measure's bar (产值超10亿元
    企业)."""
    items = [item for chain in chains for item in chain]
    for before, item in pairwise(items):
        said, bare = BAR_NAMED_RE.match(before.indicator), BAR_NAMED_RE.match(item.indicator)
        if (
            said
            and said.group(1)
            and bare
            and not bare.group(1)
            and kind_of_unit(item.unit) == kind_of_unit(before.unit) == "count"
            and text[before.end : item.start].startswith(("，", "、", "；"))
            and _sentence_start(text, before.start) == _sentence_start(text, item.start)
        ):
            item.indicator = said.group(1) + item.indicator


#: What a count of some of the things counted before says of them, before its 的有 (完成或
#: 超额完成|的有18项): group 1.
PREDICATE_HAVING_RE = patterns.compile(rf"((?:{HAN_LETTER}|[“”]){{1,14}}?)的有")


def counted_by_predicate(text: str, chains: list[list[Item]]) -> None:
    """A count said as "those that … number N" (完成或超额完成的有18项, 未完成的有5项) after a
    count of things in its sentence (23项主要指标中) counts those of the things: 完成或超额完成
    的主要指标, 未完成的主要指标.  One pass: the last such whole of each unit is kept."""
    wholes: dict[str, Item] = {}  # the sentence's last figure of each unit not said so
    sentence = -1
    for item in (item for chain in chains for item in chain):
        if (opens := _sentence_start(text, item.start)) != sentence:
            sentence, wholes = opens, {}
        said = PREDICATE_HAVING_RE.fullmatch(text, clause_start(text, item.start), item.start)
        if not said:
            wholes[unit_base(item.unit)] = item
            continue
        whole = wholes.get(unit_base(item.unit))
        things = leading_verbs_stripped(whole.indicator) if whole else ""
        if kind_of_unit(item.unit) == "count" and 2 <= han_len(things) <= 12:
            item.indicator = f"{said.group(1)}的{things}"


#: The two bases a good's moves are said against, listed before them (环比、同比分别下降…).
PAIRED_BASES_RE = patterns.compile(r"(环比|同比)[、和与及](环比|同比)(?:分别|均)?")
#: A base said inside a list of moves, before its own figure (环比上涨0.34%、|同比下降…).
BASE_IN_LIST_RE = patterns.compile(r"(环比|同比)[^、，。；0-9０-９]{0,4}$")


def bases_of_price_moves(text: str, chains: list[list[Item]]) -> None:
    """The moves of a good's price said right after it against two bases (土豆2.54元/公斤，
    环比、同比分别下降12.41%、38.5%; 玉米5.99元/公斤，环比上涨0.34%、同比下降0.99%) are
    that good's price's, each against its own base (土豆价格环比, 土豆价格同比)."""
    items = [item for chain in chains for item in chain]
    for price, first, then in zip(items, items[1:], items[2:], strict=False):
        if (
            not is_price_unit(price.unit)
            or kind_of_unit(first.unit) != "rate"
            or kind_of_unit(then.unit) != "rate"
            or not 1 <= han_len(price.indicator) <= 8
            or not HAN_ONLY_RE.fullmatch(price.indicator)
            or text[price.end : price.end + 1] not in "，,"
            or price.end + 1 != clause_start(text, first.start)
            or text[first.end : first.end + 1] != "、"
            or then.start - first.end > 8
            or any(mark in text[first.end : then.start] for mark in "，,。；;")
        ):
            continue
        paired = PAIRED_BASES_RE.match(text, price.end + 1, first.start)
        own = BASE_IN_LIST_RE.search(text, price.end + 1, first.start)
        second = BASE_IN_LIST_RE.search(text, first.end, then.start)
        if paired and paired.group(1) != paired.group(2):
            bases = paired.groups()
        elif own and second and own.group(1) != second.group(1):
            bases = (own.group(1), second.group(1))
        else:
            continue
        priced = _price_of(price.indicator)
        first.indicator, then.indicator = (priced + base for base in bases)


def _price_of(good: str) -> str:
    """A good's price named once (土豆 → 土豆价格; 大黄花鱼周均价: a price already)."""
    return good if good.endswith(("价", "价格")) else good + "价格"


#: How counted things' prices moved, said alone (持平, 上涨, 跌).
COUNTED_MOVES = "持平|上涨|下跌|上升|下降|涨|跌"
#: A count's clause that says only how its things moved (3种|持平, 13种|上涨): group 1 the move.
MOVED_ALONE_RE = patterns.compile(rf"(?:价格)?(?:均|也|则|基本)?({COUNTED_MOVES})")
#: The move a count's name ends with (12种蔬菜价格下跌 → 蔬菜价格|下跌).
MOVE_END_RE = patterns.compile(rf"(?:{COUNTED_MOVES})$")


#: What a count's things are, then the bar their speed passed (个|乡镇|同比增速超过5%以上).
COUNT_OVER_BAR_RE = patterns.compile(
    r"((?:[\u4e00-\u9fff]|[（(][^）)]{0,8}[）)]){1,10}?)"
    r"((?:同比)?(?:增速|增幅|增长|涨幅)(?:均)?"
    r"(?:(?:超过|超|高于)[0-9０-９.．]{1,6}[%％](?:以上)?|在?[0-9０-９.．]{1,6}[%％]以上))"
    # (7个|省份旅游总收入|超过400亿元: a sum the things passed, their measure before it)
    r"|((?:[\u4e00-\u9fff]|[（(][^）)]{0,8}[）)]){3,16}?)"
    r"((?:超过|超|逾|高于|突破)[0-9０-９.．]{1,8}[千万亿]{0,2}[\u4e00-\u9fff]{1,3}?(?:以上)?)"
)


#: The kind of things such a count counts, before the measure whose speed passed the bar.
COUNTED_KIND_RE = patterns.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:乡镇|县区|县市|市县|省份|县|区|市|州|企业|行业|门类|大类|产品|项目|"
    r"机场|港口|景区|园区|开发区|医院|高校|学校|社区|村)"
    r"(?:[（(][^）)]{0,8}[）)])?"
)


#: The words that make the things counted after them those a deed is done for (为, 向, 给).
BENEFICIARY_MARKS = ("为", "向", "给")


def counts_over_a_bar(text: str, chains: list[list[Item]]) -> None:
    """A count whose things are said with the speed they passed (有12个乡镇同比增速超过5%)
    counts the things that passed it (同比增速超过5%的乡镇): the bar is no figure."""
    renamed = ("", "", -1)  # the last count renamed: its old name, its new one, its sentence
    for item in (item for chain in chains for item in chain):
        old, new, sentence = renamed
        if (
            old
            and item.indicator.startswith(old)
            and item.indicator != old
            and item.unit == "个"
            and _sentence_start(text, item.start) == sentence
        ):
            # …，比上年增加5个: the change of the same things, named as they were renamed
            item.indicator = new + item.indicator[len(old) :]
            continue
        if item.unit != "个" or text[item.after : item.after + 1] in "月百":
            continue
        if text[item.start - 1 : item.start] in BENEFICIARY_MARKS:
            continue  # 为12个省份调运电煤超3亿吨: what was done for them in all, no bar
        end = clause_end(text, item.after)
        said = COUNT_OVER_BAR_RE.fullmatch(text, item.after, end)
        if said:
            things, bar = said.group(1, 2) if said.group(1) else said.group(3, 4)
            # (13个县（市、区）|一般公共预算收入|增幅超过10%: the measure goes before the bar)
            kind = COUNTED_KIND_RE.match(things)
            measure = things[kind.end() :] if kind else ""
            new = f"{measure}{bar}的{things[: len(things) - len(measure)]}"
            renamed = (item.indicator, new, _sentence_start(text, item.start))
            item.indicator = new


#: A count's name saying how its things moved, then the things (猪肉价格下降|的|省份,
#: 利润同比增长|的|行业).
MOVED_THINGS_RE = patterns.compile(
    rf"(.+?)(?:{COUNTED_MOVES}|增长|减少)的({HAN_LETTER}{{1,4}}(?:[（(][^（）()]{{1,8}}[）)])?)"
)


def counts_of_kinds_moved(text: str, chains: list[list[Item]]) -> None:
    """Counts listed after a first that names its things and their move, each saying only
    its own move (12种蔬菜价格下跌，3种持平，13种上涨), count the same things, moved their
    own way (蔬菜价格持平, 蔬菜价格上涨); so do counts of places after places counted by a
    measure's move (27个省份猪肉价格下降，3个省份上涨 → 猪肉价格上涨的省份; 24个行业利润同比
    增长，7个行业下降 → 利润同比下降的行业)."""
    items = [item for chain in chains for item in chain]
    for before, item in pairwise(items):
        if (
            kind_of_unit(item.unit) != "count"
            or unit_base(item.unit) != unit_base(before.unit)
            or "。" in text[before.end : item.start]
        ):
            continue
        end = clause_end(text, item.after)
        first = MOVE_END_RE.search(before.indicator)
        if first and han_len(before.indicator[: first.start()]) >= 2:
            if moved := MOVED_ALONE_RE.fullmatch(text, item.after, end):
                item.indicator = before.indicator[: first.start()] + moved.group(1)
        elif places := MOVED_THINGS_RE.fullmatch(before.indicator):
            what, things = places.groups()
            said = text[item.after : end]
            said = said[len(things) :] if said.startswith(things) else said
            if moved := MOVED_ALONE_RE.fullmatch(said):
                item.indicator = f"{what}{moved.group(1)}的{things}"
    _kinds_by_move(text, items)


#: The clause before a count of the things that moved one way (下跌的有|14种): group 1 the move.
MOVED_ONES_RE = patterns.compile(rf"({COUNTED_MOVES})的(?:有|为|是)?")


def _kinds_by_move(text: str, items: list[Item]) -> None:
    """Counts of a whole's things by how they moved (在所监测的30个品种中，下跌的有14种，占
    46.67%；…；持平2种): the things that moved so (下跌品种, 下跌品种占比, 持平品种), where the
    count's name is the things alone."""
    renamed = ("", "", -1)  # the things' name, the name given with the move, where it ends
    for item in items:
        opens = clause_start(text, item.start)
        if kind_of_unit(item.unit) == "count":
            things = item.indicator
            if (moved := MOVED_ONES_RE.fullmatch(text, opens, item.start)) and 2 <= han_len(
                things
            ) <= 4:
                renamed = (things, moved.group(1) + things, item.end)
            elif (
                renamed[0]
                and MOVED_ALONE_RE.fullmatch(things)
                and "。" not in text[renamed[2] : item.start]
            ):
                renamed = (things, things + renamed[0], item.end)  # 持平|2种: the things, too
            else:
                renamed = ("", "", -1)
                continue
            item.indicator = renamed[1]
        elif (
            renamed[0]
            and item.indicator.startswith(renamed[0])
            and kind_of_unit(item.unit) == "rate"
            and "。" not in text[renamed[2] : item.start]
        ):
            item.indicator = renamed[1] + item.indicator[len(renamed[0]) :]  # 占46.67%: theirs


#: A 分别 list's clause naming a measure alone (，人均消费支出分别为|…): group 1 the measure.
MEASURE_ALONE_LISTED_RE = patterns.compile(
    rf"({HAN_LETTER}{{2,12}}?)分别(?:为|是|达到?|增长|下降)?"
)


def owners_of_a_second_list(text: str, chains: list[list[Item]]) -> None:
    """A 分别 list naming a measure alone right after another of the same length in the
    sentence, whose names hold its owners (城镇、农村居民人均可支配收入分别为…，人均消费支出
    分别为… → 城镇居民人均消费支出, 农村居民人均消费支出): each is its item's owner's, the
    owner being what stands before the first words the measures share (人均)."""
    for first, then in pairwise(chains):
        if (
            len(first) < 2
            or len(first) != len(then)
            or _sentence_start(text, first[0].start) != _sentence_start(text, then[0].start)
            or not (
                alone := MEASURE_ALONE_LISTED_RE.fullmatch(
                    text, clause_start(text, then[0].start), then[0].start
                )
            )
            or len({it.indicator for it in first}) != len(first)
        ):
            continue
        measure = alone.group(1)
        owners = [it.indicator[: it.indicator.find(measure[:2], 2)] for it in first]
        if all(2 <= han_len(owner) <= 10 and owner != measure for owner in owners) and all(
            it.indicator.find(measure[:2], 2) > 0 for it in first
        ):
            for item, owner in zip(then, owners, strict=True):
                item.indicator = owner + measure
        elif (people := PEOPLE_HEAD_RE.search(first[0].indicator)) and all(
            it.indicator.endswith(people.group())
            and 2 <= han_len(it.indicator) - len(people.group()) <= 4
            for it in first
        ):
            # 国内、入境游客分别为…，旅游收入分别增长…: each kind of visitor's (国内旅游收入)
            for item, counted in zip(then, first, strict=True):
                item.indicator = counted.indicator[: -len(people.group())] + measure


def moves_of_goods_listed(text: str, chains: list[list[Item]]) -> None:
    """A list of moves said with the verb alone right after as many prices of goods named
    one by one (排骨、有皮上肉、肋条肉21.42元、15.63元、11.85元，分别升0.05%、0.13%、0.34%;
    猪去骨后腿肉13.5元/斤、鸡蛋3.6元/斤，较上周分别下降…) is of those goods' prices, item by
    item (排骨价格, 有皮上肉价格, 肋条肉价格)."""
    for k, then in enumerate(chains[1:], start=1):
        # the prices before, one chain of them or one each (猪去骨后腿肉13.5元/斤、鸡蛋3.6元/斤，
        # 较上周分别下降3.57%、2.7%), as many as the moves
        first = [it for chain in chains[max(0, k - len(then)) : k] for it in chain][-len(then) :]
        if (
            len(first) < 2
            or len(first) != len(then)
            or kind_of_unit(then[0].unit) != "rate"
            or not all(it.unit.endswith("元") or is_price_unit(it.unit) for it in first)
            or not (
                moved := GOODS_MOVED_RE.fullmatch(
                    text, clause_start(text, then[0].start), then[0].start
                )
            )
            or _sentence_start(text, first[0].start) != _sentence_start(text, then[0].start)
            or len({it.indicator for it in first}) != len(first)
            or not all(HAN_ONLY_RE.fullmatch(it.indicator) for it in first)
        ):
            continue
        against = "同比" if moved.group(1) == "同比" else "环比" if moved.group(1) else ""
        for good, move in zip(first, then, strict=True):
            move.indicator = _price_of(good.indicator) + against


#: The verb alone of a list of prices' moves (分别升, 降, 环比分别上涨了); group 1 what
#: they are against (a week or a month before: 环比).
GOODS_MOVED_RE = patterns.compile(
    r"(?:分别)?([比较]上周|[比较]前一?周|[比较]上月|环比|同比)?(?:分别)?"
    r"(?:上涨|下跌|上升|下降|升|降|涨|跌)了?"
)


#: A list announced, its names alone in their clause (贡献最大的三个行业分别是：A、B、C，…):
#: group 1 the names.
ANNOUNCED_LIST_RE = patterns.compile(
    rf"(?:分别是|分别为|依次是|依次为|是|为|有|包括)[：:]((?:{HAN_LETTER}|[“”（）、]){{4,80}})[，,]$"
)
#: How many clauses back from a 分别 list its announced owners are looked for.
ANNOUNCED_REACH = 4


#: The words that name a speed alone (涨幅, 降幅, 增速…).
SPEED_WORDS = "涨幅|增幅|降幅|跌幅|增速|降速"
#: A clause saying a speed alone before its figures (涨幅分别为：, 降幅为).
SPEED_CLAUSE_RE = patterns.compile(rf"(?:{SPEED_WORDS})(?:分别)?(?:为|是|达)? ?")
#: A speed named by its words alone (降幅; 涨幅降幅 when the one before lent its own).
SPEED_ALONE_RE = patterns.compile(rf"(?:{SPEED_WORDS})+")
#: Parts listed moving alike, their shared measure after the last (青椒、西红柿、黄瓜价格均上涨):
#: group 1 the parts before the last, group 2 the last part with the measure.
PARTS_MOVED_RE = patterns.compile(
    rf"((?:[{HAN}（）]{{1,12}}、)*)([{HAN}（）]{{1,16}}?)(?:均|都|全部)?(?:有所)?"
    r"(?:上涨|上升|增长|下降|下跌|回落|提高|增加|减少|降低)了?"
)


def speeds_of_parts_moved(text: str, chains: list[list[Item]]) -> None:
    """A list named by a speed alone, right after a clause listing as many parts moving
    alike, is of those parts, item by item, with the measure the last one names (青椒、西红柿、
    黄瓜价格均上涨，涨幅分别为：77%、12.5%、37.5% → 青椒价格, 西红柿价格, 黄瓜价格; 芹菜价格
    下降，降幅为5% → 芹菜价格)."""
    for chain in chains:
        if (
            len({it.indicator for it in chain}) > 1  # (named each already)
            or len(chain) == 1
            and not SPEED_ALONE_RE.fullmatch(chain[0].indicator)
        ):
            continue
        start = clause_start(text, chain[0].start)
        if (
            start < 2
            or text[start - 1] not in "，,"
            or not SPEED_CLAUSE_RE.fullmatch(text, start, chain[0].start)
        ):
            continue
        moved = PARTS_MOVED_RE.fullmatch(text, clause_start(text, start - 1), start - 1)
        if moved is None:
            continue
        parts = [*moved.group(1).split("、")[:-1], moved.group(2)]  # (group 1 may be "")
        head = SHARED_HEAD_RE.search(parts[-1], 1)
        if len(parts) != len(chain) or head is None:
            continue
        measure = parts[-1][head.start() :]
        parts[-1] = parts[-1][: head.start()]
        for item, part in zip(chain, parts, strict=True):
            item.indicator = join_once(part, measure)


#: Goods listed before 等 and the class they are of (青椒、芹菜、西红柿|等蔬菜价格…): group 1.
LISTED_BEFORE_DENG_RE = patterns.compile(rf"((?:[{HAN}（）]{{1,8}}、)+[{HAN}（）]{{1,8}})$")
#: How far before 等 the goods it closes are read (a bound: linear time).
LIST_REACH = 120


def goods_listed_before_deng(text: str, chains: list[list[Item]]) -> None:
    """A list of prices named alike after as many goods listed before 等 and their class is
    of those goods, item by item (重点监测的青椒、芹菜、西红柿等蔬菜价格每公斤均价分别为23元、
    5元、9元 → 青椒价格每公斤均价, …): the class's name was all the subject kept."""
    for chain in chains:
        name = chain[0].indicator
        if len(chain) < 2 or any(it.indicator != name for it in chain):
            continue
        if (head := INNER_PRICE_RE.search(name)) is None:
            continue
        start = clause_start(text, chain[0].start)
        deng = text.rfind("等", start, chain[0].start)
        if deng < 0:
            continue
        listed = LISTED_BEFORE_DENG_RE.search(text, max(start, deng - LIST_REACH), deng)
        if listed is None:
            continue
        parts = listed.group(1).split("、")
        parts[0] = parts[0].rpartition("的")[2]  # (重点监测的|青椒: what was done to them)
        if len(parts) != len(chain) or not all(parts):
            continue
        for item, part in zip(chain, parts, strict=True):
            item.indicator = part + name[head.start() :]


#: The sums of a project named bare (总投资, 计划投资…): of the project its section is headed by.
PROJECT_SUMS_BARE = frozenset(
    ("总投资", "计划投资", "概算投资", "完成投资", "累计完成投资", "投资")
)
#: A heading naming one project (大陈智慧农贸市场改造提升项目完成情况): group 1 the project.
PROJECT_HEADING_RE = patterns.compile(
    rf"([{HAN}0-9（）“”]{{2,30}}?(?:项目|工程))(?:建设|推进)?(?:完成情况|进展情况|情况)?"
)


def projects_headed(text: str, lists: list[list[Item]], before: str) -> None:
    """A project's sum named bare in the first sentence of a paragraph right after a heading
    naming the project (大陈智慧农贸市场改造提升项目完成情况¶总投资29万元，… → 大陈智慧农贸
    市场改造提升项目总投资) is that project's; ``before`` is the paragraph before."""
    heading = PROJECT_HEADING_RE.fullmatch(before.strip())
    if heading is None:
        return
    first_stop = text.find("。")
    for item in (item for chain in lists for item in chain):
        if item.indicator in PROJECT_SUMS_BARE and (first_stop < 0 or item.start < first_stop):
            item.indicator = heading.group(1) + item.indicator


#: A rate of holding said once before a list of goods (城镇居民家庭每百户拥有|摩托车…),
#: up to 拥有.
HELD_PER_HEAD = rf"[{HAN}]{{0,12}}每[百千万]?[户人家][{HAN}]{{0,4}}?拥有"
HELD_PER_HEAD_RE = patterns.compile(f"({HELD_PER_HEAD})")
#: Such a rate announcing the goods listed after a colon (…每百户拥有的主要耐用消费品：|洗衣机…).
HELD_ANNOUNCED_RE = patterns.compile(rf"({HELD_PER_HEAD})(?:的[{HAN}]{{0,8}})?[：:]$")
#: How many figures after such a head its goods are read (a bound).
HELD_GOODS_REACH = 12
#: How far before a clause a rate announcing its goods is looked for (a bound).
HELD_ANNOUNCED_REACH = 40
#: Goods named by how they moved (外调粮食, 收购油菜籽): a flow of them, no part of an output.
MOVED_GOODS = ("外调", "调出", "调入", "外销", "保供", "收购", "销售", "出口", "进口", "储备")
#: Verbs of using a service, not goods held (使用互联网, 接入宽带, 开通…).
USES = ("使用", "接入", "开通", "享受", "参加", "安装")


def goods_held_per_head(text: str, lists: list[list[Item]]) -> None:
    """Goods listed after one named with a rate of holding (每百户拥有摩托车14辆，照像机33台，
    彩色电视机121台 → …每百户拥有照像机, …) are held at the same rate, in its sentence."""
    items = [item for chain in lists for item in chain]
    head, until, left = "", -1, 0
    for before, item in zip([None, *items], items, strict=False):
        if (held := HELD_PER_HEAD_RE.match(item.indicator)) and han_len(item.indicator) > len(
            held.group(1)
        ):
            head, until, left = held.group(1), _sentence_end(text, item.end), HELD_GOODS_REACH
            continue
        opening = clause_start(text, item.start)
        if (
            (
                announced := HELD_ANNOUNCED_RE.search(
                    text, max(0, opening - HELD_ANNOUNCED_REACH), opening
                )
            )
            and 1 <= han_len(item.indicator) <= 8
            and HAN_ONLY_RE.fullmatch(item.indicator)
        ):
            # 城镇居民家庭每百户拥有的主要耐用消费品：洗衣机92台，摩托车14辆…: the goods after it
            head, until, left = announced.group(1), _sentence_end(text, item.end), HELD_GOODS_REACH
            item.indicator = head + item.indicator
            continue
        if not head or item.start >= until or left <= 0:
            head = ""
            continue
        left -= 1
        name = item.indicator
        if (
            before is not None
            and kind_of_unit(item.unit) == "count"
            and 1 <= han_len(name) <= 8
            and HAN_ONLY_RE.fullmatch(name)
            and not VERB_START_RE.match(name)
            and not name.startswith(USES)  # (使用互联网26条: a use, no good held)
            # the good written alone after the figure before (，照像机33台), no words of its own
            and text[before.end : item.start].lstrip("，,、和及 \u3000") == name
        ):
            item.indicator = head + name
        else:
            head = ""  # (…，全市共有医院30家: a sentence of its own from here)


def owners_announced(text: str, chains: list[list[Item]]) -> None:
    """Each 分别 list of figures named alike whose owners a list announced before it in the
    sentence names, one per figure (对…贡献最大的三个行业分别是：化学原料和化学制品制造业、专用
    设备制造业、计算机…制造业，增加值分别增长46.9%、93.5%和3.6%，分别拉动…增速5.3、1.3和1.3个
    百分点 → 化学原料和化学制品制造业增加值, …拉动…增速).  A name holding 和 is one name when
    the list's 、 alone part as many names as figures."""
    for chain in chains:
        n = len(chain)
        opening = clause_start(text, chain[0].start)
        if (
            not 2 <= n <= 8
            or "分别" not in text[opening : chain[0].start]
            or len({item.indicator for item in chain}) != 1
        ):
            continue
        sentence = _sentence_start(text, chain[0].start)
        end = opening
        for _ in range(ANNOUNCED_REACH):
            start = clause_start(text, max(sentence, end - 1))
            if start <= sentence or end <= start:
                break
            if (listed := ANNOUNCED_LIST_RE.search(text, max(0, start - 5), end)) and listed.end(
                1
            ) == end - 1:
                _name_each(chain, _announced_names(listed.group(1), n))
                break
            end = start


def _announced_names(listed: str, n: int) -> list[str]:
    """The ``n`` names of an announced list, or [] when it does not part into so many."""
    names = listed.split("、")
    if len(names) == n - 1 and len(last := LIST_JOIN_RE.split(names[-1], maxsplit=1)) == 2:
        names = [*names[:-1], *last]  # A、B和C
    if len(names) != n or not all(2 <= han_len(name) <= 16 for name in names):
        return []
    return names


def _name_each(chain: list[Item], names: list[str]) -> None:
    for item, name in zip(chain, names, strict=False):
        if name not in item.indicator:
            item.indicator = join_once(name, item.indicator)  # (合肥市 + 市: once)


def measures_of_topic(text: str, lists: list[list[Item]]) -> None:
    """A measure named bare after a colon, its period aside, is the measure its sentence's
    topic before the colon names with its owner (全国国有企业利润增幅逐月扩大：1—4月利润同比增长
    5.3%，1—5月利润… → 1—4月全国国有企业利润)."""
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        core = PERIOD_LEAD_RE.sub("", name)
        if core not in MEASURE_HEADS:
            continue
        sentence = _sentence_start(text, item.start)
        colon = max(text.rfind("：", sentence, item.start), text.rfind(":", sentence, item.start))
        if colon < 0:
            continue
        topic = text[clause_start(text, colon) : colon]
        owner = trim_prefix(topic[: topic.find(core)]) if topic.find(core) >= 2 else ""
        if (
            2 <= han_len(owner) <= 12
            and not DIGIT_RE.search(owner)
            and "、" not in owner
            and owner[0] not in "按分从据"  # (按行业分产值完成情况：…: a breakdown, no owner)
        ):
            item.indicator = name[: len(name) - len(core)] + owner + core


#: An absolute change said alone of a list (，减收18万元和297万元).
PARTS_CHANGE_RE = patterns.compile(r"(?:同比)?(减收|增收|增加|减少|多增|少增|净增|净减)了?")


def _changes_of_parts(text: str, first: list[Item], then: list[Item], start: int) -> bool:
    """Whether ``then``, absolute changes said alone right after a 分别 list ``first`` of as
    many figures in the sentence, were named each by its part (A和B分别下降53%和2.15%，减收18万元
    和297万元 → A减收, B减收)."""
    change = PARTS_CHANGE_RE.fullmatch(text, start, then[0].start)
    opening = clause_start(text, first[0].start)
    if (
        change is None
        or kind_of_unit(then[0].unit) not in ("amount", "count")
        or "分别" not in text[opening : first[0].start]
        or _sentence_start(text, first[0].start) != _sentence_start(text, then[0].start)
        or len({it.indicator for it in first}) != len(first)
    ):
        return False
    for part, item in zip(first, then, strict=True):
        item.indicator = without_absolute_change(part.indicator) + change.group(1)
    return True


#: A list's speeds compared alone (，降幅比上半年收窄|7.7、2.9和1.6个百分点): group 1 the speed.
PARTS_SPEED_RE = patterns.compile(
    r"(增幅|降幅|增速|涨幅|跌幅)(?:分别)?[比较][^，。；：、0-9]{1,8}?"
    r"(?:收窄|扩大|缩小|回落|回升|提高|加快|放缓|减缓|下降|上升|增加|减少)了?(?:分别)?"
)


def _speeds_of_parts(text: str, first: list[Item], then: list[Item], start: int) -> bool:
    """Whether ``then``, points by which speeds moved said alone right after a 分别 list
    ``first`` of as many changes in the sentence, were named each by its part (A、B和C利润
    分别下降77.3%、63.9%和17.5%，降幅比上半年收窄7.7、2.9和1.6个百分点 → A利润降幅, …)."""
    speed = PARTS_SPEED_RE.fullmatch(text, start, then[0].start)
    if (
        speed is None
        or not all(kind_of_unit(it.unit) == "pp" for it in then)
        or not all(kind_of_unit(it.unit) == "rate" for it in first)
        or "分别" not in text[clause_start(text, first[0].start) : first[0].start]
        or _sentence_start(text, first[0].start) != _sentence_start(text, then[0].start)
        or len({it.indicator for it in first}) != len(first)
    ):
        return False
    for part, item in zip(first, then, strict=True):
        item.indicator = join_once(part.indicator, speed.group(1))
    return True


#: A list of pulls whose owners the rates before it name (分别拉动…增长|4.6、1.0、1.1个百分点).
PULLS_LISTED_RE = patterns.compile(rf"分别((?:{'|'.join(PULL_VERBS)})[^，。；：、0-9]{{2,14}})")


#: A rate that pulls nothing: a share, a contribution, a place's average (…的贡献率分别为…，
#: 分别拉动…; 比全省平均增速…，拉动…).
NOT_A_PULLER_RE = patterns.compile(r"占|比重|贡献|平均增速")


def _pulls_of_parts(text: str, before: list[Item], pulls: list[Item]) -> None:
    """A 分别 list of pulls after as many rates, one per part, in its sentence, is of those
    parts in order (其中，电子信息增长35.1%、机电制造增长12.3%，分别拉动…增长4.6、1.0个百分点 →
    电子信息拉动…增长, 机电制造拉动…增长); an industry by its name, without the value added.
    ``before``: the figures just before the pulls (at most :data:`SIBLINGS`)."""
    start = clause_start(text, pulls[0].start)
    if not (listed := PULLS_LISTED_RE.fullmatch(text, start, pulls[0].start)):
        return
    rates = [it for it in before if it.end <= start][-len(pulls) :]
    names = [it.indicator.removesuffix("增加值") for it in rates]
    if (
        len(rates) != len(pulls)
        or _sentence_start(text, rates[0].start) != _sentence_start(text, start)
        or any(
            kind_of_unit(it.unit) != "rate" or NOT_A_PULLER_RE.search(it.indicator) for it in rates
        )
        or len(set(names)) != len(names)
        or not all(2 <= han_len(name) <= 16 for name in names)
    ):
        return
    for pull, name in zip(pulls, names, strict=True):
        pull.indicator = name + listed.group(1)


#: A flow named alone before a second 分别 list (存栏|分别达到…): the other side of a herd's
#: or a trade's flow.
SIBLING_FLOW_RE = patterns.compile(r"(存栏|出栏|进口|出口)分别")


def _sibling_flows(text: str, first: list[Item], then: list[Item], start: int) -> bool:
    """Whether ``then`` is a 分别 list of the other side of ``first``'s flow, its owners
    the same, item by item (猪、羊出栏分别达到…，存栏分别达到… → 猪存栏, 羊存栏); renames it."""
    if not (flow := SIBLING_FLOW_RE.match(text, start)) or _sentence_start(
        text, first[0].start
    ) != _sentence_start(text, then[0].start):
        return False
    other = FLOW_SIBLINGS.get(flow.group(1), "")
    names = [it.indicator for it in first]
    if not other or not all(name.endswith(other) and len(name) > len(other) for name in names):
        return False
    for it, name in zip(then, names, strict=True):
        it.indicator = name[: -len(other)] + flow.group(1)
    return True


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
    rf"[，,]?(分别)?(?:相当于|恢复到|恢复至|为|是)((?:{EARLIER_PERIOD}(?:同期)?(?:日均|月均)?|同期)(?:水平)?)的"
)
#: The base a list of multiples is of, left on the list's last part (A、B、C增量分别是上年的|3.5倍、…):
#: no part of the head the parts share.
BASE_OF_MULTIPLE_RE = patterns.compile(
    r"分别(?:是|为|相当于)?(?:上年|去年|上年同期|同期|(?:19|20)[0-9]{2}年)(?:同期)?的?$"
)


#: The 和, 及 or 与 before a list's last part (…、地方财政收入|和|税收收入), not inside it; the
#: part before it may be one character when a 、 opens it (奶牛、…、羊及大鹅饲养量).
LAST_JOIN_RE = patterns.compile(
    r"(?:(?<=[\u4e00-\u9fff0-9]{2})|(?<=、[\u4e00-\u9fff]))[和及与]"
    r"(?=[\u4e00-\u9fff0-9]{2}[^、和及与]*$)"
)
#: The same with 和 alone, which joins lists more than 及 or 与 (日用品类和石油及制品类).
LAST_AND_RE = patterns.compile(
    r"(?:(?<=[\u4e00-\u9fff]{2})|(?<=、[\u4e00-\u9fff]))和(?=[\u4e00-\u9fff]{2}[^、和]*$)"
)


#: The three sectors of the economy written as one subject (三次产业增加值, 一二三产业…).
_THREE_SECTORS_RE = patterns.compile(r"一[、，]?二[、，]?三[次大]?产业?|三[次大]产业")
_SECTORS = ("第一产业", "第二产业", "第三产业")


#: What a sector's part of the economy is called in a structure (三次产业结构构成, 产业
#: 构成, 三次产业比例): its share, whatever the word.
_STRUCTURE_WORDS_RE = patterns.compile(r"(?:结构)?(?:构成|结构|比例|比重|占比)")
#: The sectors' structure named without their number (产业结构构成由…): of three
#: figures in percent, the three sectors' (group 1: the structure's word).
_SECTORS_STRUCTURE_RE = patterns.compile(r"产业((?:结构)?(?:构成|结构|比例|比重))")
#: A structure's earlier parts, written before them (由上年的|…调整为…): the year's.
_STRUCTURE_FROM_RE = patterns.compile(r"由(上年|去年|(?:19|20)[0-9]{2}年)末?的?$")
#: The year a structure's earlier parts are named by (上年第一产业比重).
_STRUCTURE_YEAR_RE = patterns.compile(r"^(?:上年|去年|(?:19|20)[0-9]{2}年)")
#: The parts it moved to, written after the earlier ones (…|调整为|…).
_STRUCTURE_TO_RE = patterns.compile(
    r"[，,]?(?:调整|变化|优化|转变|改变|变)为(?:(?:本年|今年|(?:19|20)[0-9]{2}年)末?的?)?"
)  # (…调整为2003年的|9.47%、…: the year moved to)


def sectors_shared(chain: list[Item], text: str = "", before: list[Item] | None = None) -> None:
    """A list of three figures of the three sectors, in order, each named by its
    own sector (三次产业增加值分别实现64亿元、135亿元和52亿元 → 第一产业增加值, …);
    the list's shared name fits none of them.  A 分别 list of three rates sharing one
    name after the three sectors named earlier in its sentence is theirs too (三次产业结构
    为…，对经济增长的贡献率分别为… → 第一产业对经济增长的贡献率, …).  A structure in
    percent is of shares (三次产业结构构成 → 第一产业比重), those it moved from the
    year's (由上年的…: 上年第一产业比重) and those it moved to, the list ``before``
    followed by 调整为, the sectors' own."""
    if len(chain) != 3:
        return
    if before is not None and _structure_moved_to(chain, text, before):
        for item, earlier in zip(chain, before, strict=True):
            item.indicator = _STRUCTURE_YEAR_RE.sub("", earlier.indicator)
            item.rate_default = "share"
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
    three = _THREE_SECTORS_RE.search(names[0])
    structure = None if three else _SECTORS_STRUCTURE_RE.fullmatch(names[0])
    if len(set(names)) == 1 and (sectors := three or structure):
        rest = names[0][sectors.end() :].removeprefix("产业")
        lead = names[0][: sectors.start()]
        if structure:  # 产业结构构成 of three: the three sectors'
            lead, rest = "", structure.group(1)
        if _structure_in_percent(chain, rest):
            moved = _STRUCTURE_FROM_RE.search(text, max(0, chain[0].start - 12), chain[0].start)
            lead, rest = (moved.group(1) if moved else "") + lead, "比重"
            for item in chain:
                item.rate_default = "share"
        for item, sector in zip(chain, _SECTORS, strict=True):
            item.indicator = lead + sector + rest
    elif all(
        name.removeprefix("第").startswith(digit + "产业")
        for name, digit in zip(names, "一二三", strict=True)
    ):
        for item in chain:  # 一二三产业…, 第一、二、三产业…: 一产业, 二产业 … are no names
            if not item.indicator.startswith("第"):
                item.indicator = "第" + item.indicator


def _structure_in_percent(chain: list[Item], rest: str) -> bool:
    """Whether the three sectors' figures are their parts of a structure (结构构成, 比例)."""
    return bool(_STRUCTURE_WORDS_RE.fullmatch(rest)) and all(it.unit in ("%", "％") for it in chain)


def _structure_moved_to(chain: list[Item], text: str, before: list[Item] | None) -> bool:
    """Whether ``chain`` gives the parts a structure moved to, right after the parts it
    moved from (``before``: 由上年的22.3%、28.6%和49.1%|调整为|21.4%、…), those named by
    the three sectors in order (上年第一产业比重, 第一产业增加值占生产总值的比重 …)."""
    return (
        before is not None
        and len(before) == 3
        and all(it.unit in ("%", "％") for it in (*before, *chain))
        and all(
            _STRUCTURE_YEAR_RE.sub("", it.indicator).startswith(sector)
            for it, sector in zip(before, _SECTORS, strict=True)
        )
        and bool(_STRUCTURE_TO_RE.fullmatch(text, before[-1].end, chain[0].start))
    )


#: A list of whole measures, then a short predicate without a figure (…和税收收入|迈上新台阶).
LISTED_THEN_PREDICATE_RE = patterns.compile(
    rf"([^，。；]*、[^，。；]*(?:{'|'.join(MEASURE_HEADS)}|增加额|减少额))[\u4e00-\u9fff]{{1,8}}"
)  # (…和北京增加额|较多，同比分别增加…: a change's amount, each one's)


def _listed_before(text: str, start: int, count: int) -> list[str]:
    """The parts of a list of measures the clause before names, one per figure of a
    分别 list after it (A、B、C和D跃上新台阶，分别为…); [] when they do not match."""
    if start < 2 or text[start - 1] not in "，,":
        return []
    opening = clause_start(text, start - 1)
    listed = LISTED_THEN_PREDICATE_RE.fullmatch(text, opening, start - 1)
    if not listed or DIGIT_RE.search(listed.group()):
        return []
    parts = listed_parts(listed.group(1), count)
    return [tidy(part) for part in parts] if len(parts) == count else []


def listed_parts(subject: str, count: int) -> list[str]:
    """The parts of a list of ``count`` subjects (:func:`parallel_parts`), the 和 before the
    last one joining it to the list when that makes ``count`` (A、B、C和D)."""
    parts = parallel_parts(subject)
    if len(parts) != count - 1:
        return parts
    for join in (LAST_AND_RE, LAST_JOIN_RE):  # 和 first: 及 joins inside names (石油及制品类)
        if joined := join.search(subject):
            rejoined = parallel_parts(subject[: joined.start()] + "、" + subject[joined.end() :])
            if len(rejoined) == count:
                return rejoined
    return parts


#: A budget framing the figures listed after its colon (县人大…批准的年初预算为：一般公共
#: 预算收入76138万元（税收收入…、非税收入…）): they are that budget's, not the year's
#: results; group 1 the budget's word.
BUDGET_FRAME_RE = patterns.compile(r"((?:年初|调整后?|全年)预算)(?:数)?(?:为|是|安排)?[：:]")
#: A congress approving what follows (经区第十八届人民代表大会第三次会议批准|…): a budget.
APPROVED_RE = patterns.compile(
    r"经[^，。；,;：:]{0,30}?(?:人民代表大会|人大)[^，。；,;：:]{0,16}?批准的?"
    r"|(?:人民代表大会|人大)[^，。；,;：:]{0,16}?会议(?:审议)?批准的?"  # 区…人大第四次会议批准
)
#: Changes said of an approved budget's figure: no part of the budget.
APPROVED_CHANGES = ("减少", "增加", "减收", "增收", "调增", "调减", "增长", "下降")
#: The side of a budget a name is of: a revenue or a spending.
BUDGET_SIDE_RE = patterns.compile(r"收入|支出")
#: How far back in its sentence a figure looks for the budget framing it.
BUDGET_FRAME_WINDOW = 200


def _approved_object(text: str, end: int) -> tuple[int, int]:
    """Where the thing approved is written: the clause after the approval (批准|年初一般公共
    预算收入81.75亿元, 批准，|全旗一般公共预算收入…, 批准的|国民经济和社会发展计划)."""
    start = end + 1 if text[end : end + 1] in "，," else end
    return start, clause_end(text, start)


#: What a year cut off leaves at a name's start (2013年|度区级财政预算收入).
YEAR_LEFT_RE = patterns.compile(r"^(?:(?:19|20)[0-9]{2}年)?度(?![假电])")


#: A budget's label opening its paragraph (政府性基金预算：全市收入实现…): group 1 the budget.
BUDGET_LABEL_RE = patterns.compile(
    r"[\s0-9.、．（）()一二三四五六七八九十]{0,6}"
    r"(一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)(?:执行情况)?[：:]"
)
#: A side of a budget named with its scope alone (全市收入, 市本级支出, 市属园区收入, 支出).
SCOPED_SIDE_RE = patterns.compile(
    rf"((?:全[省市县区州旗]|[省市县区州旗]本级|本级|[{HAN}]{{1,4}}(?:园区|[区县市]))?)"
    r"(收入|支出|结余|滚存结余)"
)


def budget_labelled(text: str, lists: list[list[Item]]) -> None:
    """A paragraph opening with a budget's label and a colon reports that budget: its sides
    named by their scope alone are the budget's (政府性基金预算：全市收入实现287.76亿元…；支出
    实现…。其中：市本级收入… → 全市政府性基金预算收入, 政府性基金预算支出, 市本级政府性基金预算收入)."""
    label = BUDGET_LABEL_RE.match(text)
    if label is None:
        return
    budget = label.group(1)
    for item in (item for chain in lists for item in chain):
        if side := SCOPED_SIDE_RE.fullmatch(item.indicator):
            item.indicator = side.group(1) + budget + side.group(2)


def budget_framed(text: str, lists: list[list[Item]]) -> None:
    """The figures listed after a budget's colon in their sentence are that budget's
    (…批准的年初预算为：一般公共预算收入76138万元 → 一般公共预算收入年初预算), and so are
    a revenue's or a spending's figures a congress approved in their sentence, without the
    approver (经…人民代表大会…批准全旗一般公共预算收入83.318亿元，其中：旗本级…51.9亿元，
    增长2% → 全旗一般公共预算收入预算, 旗本级一般公共预算收入预算 twice)."""
    for item in (item for chain in lists for item in chain):
        if item.indicator.endswith(("预算", "预算数")):
            continue
        # (…批准年初一般公共预算收入81.75亿元。其中：本级收入…: the sentence before's parts)
        opening = max(parts_sentence_start(text, item.start), item.start - BUDGET_FRAME_WINDOW)
        if kind_of_unit(item.unit) == "amount":
            frames = [*BUDGET_FRAME_RE.finditer(text, opening, item.start)]
            if frames and han_len(item.indicator) >= 2:
                item.indicator += frames[-1].group(1)
                continue
        approved = [*APPROVED_RE.finditer(text, opening, item.start)]
        name = item.indicator.partition("批准")[2].removeprefix("的") or item.indicator
        name = YEAR_LEFT_RE.sub("", name)  # 批准2013年度|区级…预算收入: the year's 度 cut off
        if (
            approved
            and BUDGET_SIDE_RE.search(name)
            # what was approved is a budget (…批准年初一般公共预算收入…), not a plan
            and BUDGET_SIDE_RE.search(text, *_approved_object(text, approved[-1].end()))
            and not name.startswith("调整")
            and "调整" not in text[approved[-1].end() : item.start]
        ):
            # (批准年初一般公共预算收入 → 一般公共预算收入年初预算; …支出安排: a budget
            # already; …较年初预算数减少1775万元: a change against it, not the budget)
            if name.endswith(APPROVED_CHANGES):
                item.indicator = name
            elif name.startswith("年初"):
                item.indicator = name[2:] + "年初预算"
            else:
                item.indicator = name if name.endswith("安排") else name + "预算"


#: A budget's revenue or spending set out for a year, written before its figure
#: (收入安排|5504.25亿元, 支出安排为…): the plan, not the year's outturn.
PLANNED_BEFORE_RE = patterns.compile(r"(?:收入|支出)安排(?:为|是)?$")
#: A plan's revenue or spending named with 计划 (财政计划收入): its parts are planned too.
PLANNED_WHOLE_RE = patterns.compile(r"计划(收入|支出)$")


def budget_plans(text: str, lists: list[list[Item]]) -> None:
    """A revenue or a spending set out for a year keeps the word that says so, and the
    change after it in its clause is the plan's too (2015年…收入安排5504.25亿元，比上年增长
    9.5% → …收入安排, twice); the parts after 其中 of a plan named with 计划 are planned
    (地方财政计划收入…。其中，市级财政收入…，增长16.0% → 市级财政计划收入, twice)."""
    renamed = ("", "")  # the figure just renamed: its name before and after
    plan, side = -1, ""  # where the last plan named with 计划 ends, and its side
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        if name == renamed[0] and kind_of_unit(item.unit) == "rate":
            item.indicator = renamed[1]  # the change of the figure just renamed
            continue
        renamed = ("", "")
        if kind_of_unit(item.unit) == "amount" and name.endswith(("收入", "支出")):
            if PLANNED_BEFORE_RE.search(text, max(0, item.start - 5), item.start):
                item.indicator = name + "安排"
            elif (
                side
                and name.endswith(side)
                and "计划" not in name
                and "其中" in text[plan : item.start]
                and item.start - plan <= AMONG_WINDOW
            ):
                item.indicator = f"{name[:-2]}计划{name[-2:]}"
            if item.indicator != name:
                renamed = (name, item.indicator)
                continue
        if whole := PLANNED_WHOLE_RE.search(name):
            plan, side = item.end, whole.group(1)


#: A sector named alone (第二产业, 二产) and the measure after a sector's name.
SECTOR_ALONE_RE = patterns.compile(r"第[一二三]产业|[一二三]产业?")
#: A sentence about the sectors' structure (三次产业结构调整为…): their shares move.
STRUCTURE_RE = patterns.compile(r"(?:产业|经济)结构|三次产业(?:比例|比重)")
SECTOR_MEASURE_RE = patterns.compile(r"第[一二三]产业(.{2,10})")


def sectors_measured(text: str, lists: list[list[Item]]) -> None:
    """A sector named alone after another sector's measure in its sentence has that
    measure (第一产业比重提高0.6个百分点，第二产业提高1.3个百分点 → 第二产业比重)."""
    items = [item for chain in lists for item in chain]
    for before, item in pairwise(items):
        if (
            SECTOR_ALONE_RE.fullmatch(item.indicator)
            and (measured := SECTOR_MEASURE_RE.fullmatch(before.indicator))
            and before.unit == item.unit
            and _sentence_start(text, before.start) == _sentence_start(text, item.start)
        ):
            item.indicator += measured.group(1)


def structure_ratios(text: str, lists: list[list[Item]]) -> None:
    """Three percentages joined by colons in a sentence about the sectors' structure are
    the three sectors' shares, in order (三次产业结构由上年的23.1%:20.5%:56.4%调整为
    23.1%:20.2%:56.7% → 第一产业比重, 第二产业比重, 第三产业比重)."""
    items = [item for chain in lists for item in chain]
    run: list[Item] = []
    for item in items:
        if run and text[run[-1].end : item.start] in RATIO_COLONS and item.unit == "%":
            run.append(item)
        else:
            run = [item] if item.unit == "%" else []
        if (
            len(run) == len(SECTORS_IN_ORDER)
            and not text.startswith(RATIO_COLONS, item.end)
            and not text.endswith(RATIO_COLONS, 0, run[0].start)
            and STRUCTURE_RE.search(text, _sentence_start(text, run[0].start), run[0].start)
        ):
            for sector, share in zip(SECTORS_IN_ORDER, run, strict=True):
                share.indicator, share.rate_default = sector + "比重", "share"


#: The colons a ratio's members are joined by, and the sectors a structure lists in order.
RATIO_COLONS = (":", "：")
SECTORS_IN_ORDER = ("第一产业", "第二产业", "第三产业")


#: The measures a breakdown by industry is written in, named by a sentence without
#: figures before a 其中 (部分行业总产值增长势头良好。其中，食品业增长…).
INDUSTRY_MEASURE_RE = patterns.compile(
    r"总产值|产值|增加值|营业收入|主营业务收入|零售额|利润总额|利润"
)
#: How far back from a figure its sentence's 其中 is looked for.
AMONG_WINDOW = 200
#: One side of trade named alone (出口额, 进口总额).
TRADE_SIDE_RE = patterns.compile(r"(?:出口|进口)(?:总额|额|总值)?")
#: A trade's whole named with whose it is (加工贸易|进出口总额).
TRADE_WHOLE_RE = patterns.compile(r"(.{2,10}?)(?:外贸)?进出口(?:总额|额|总值)?$")


def _trade_side_of_whole(text: str, items: list[Item], i: int, among: int) -> None:
    """A side of trade named alone after 其中 (at ``among``), after a whole of someone's
    trade in the sentence or the one before (加工贸易进出口总额…。其中，出口额…；进口额… →
    加工贸易进口额): the same trade's side."""
    item = items[i]
    for before in _this_or_last_sentence(text, items, i):
        if before.end <= among and (whole := TRADE_WHOLE_RE.match(before.indicator)):
            owner = WHOLE_SCOPE_RE.sub("", whole.group(1))
            if han_len(owner) >= 2 and not owner.endswith(("和", "与", "及")):
                item.indicator = owner + item.indicator
            return


#: Sales a whole's name ends with (…消费品零售额, 商品销售额): what goods' categories have.
SALES_END_RE = patterns.compile(r"(?:零售|销售)总?额$")
#: What a whole's name opens with that no part has (全部职工劳动报酬, 年末职工人数).
WHOLE_LEAD_RE = patterns.compile(r"^(?:全部|年[末底])+")
#: The heads a short part named alone takes from its whole (其中内河|0.24亿吨 → 内河吞吐量).
SHORT_PART_HEAD_RE = patterns.compile(
    r"(?:吞吐量|货运量|客运量|产量|面积|里程|用水量|供水量|贷款余额|存款余额)$"
)
#: The sectors employers are counted in (其中：企业…；事业单位…；机关…): parts of a whole
#: paid or employed, like places.
SECTOR_UNIT_RE = patterns.compile(r"(?:国有|集体|城镇集体|其他)?(?:企业|事业|机关)(?:单位)?")


def industries_of_whole(text: str, lists: list[list[Item]]) -> None:
    """Industries (and places, and places of service counted in) named alone in a breakdown
    after 其中 have the whole's measure (农林牧渔总产值…，其中农业…；林业…；牧业9.26亿元 → 牧业
    产值; 诊疗…，其中：医院…，专业公共卫生机构98万人次 → …机构诊疗), from the figure before
    其中 in its sentence or the sentence before, or, when that sentence has no figure,
    from the measure it names (部分行业总产值增长势头良好。其中，食品业增长85% →
    食品业总产值)."""
    items = [item for chain in lists for item in chain]
    renamed: dict[str, str] = {}  # the parts named so, for the gaps of their speed after them
    for i, item in enumerate(items):
        name = item.indicator
        if kind_of_unit(item.unit) == "pp" and (speed := SPEED_END_RE.search(name)):
            # …增长20.4%，增速较上半年回落1.5个百分点: the part's speed, as it is now named
            item.indicator = (
                renamed.get(name[: speed.start()], name[: speed.start()]) + speed.group()
            )
            continue
        if (
            kind_of_unit(item.unit) == "rate"
            and i
            and items[i - 1].indicator == renamed.get(name)
            and not PART_END_RE.search(text, items[i - 1].end, item.start)
        ):
            item.indicator = renamed[name]  # 其中，进港22128万吨，增长8.3%: the part's growth
            continue
        trade_side = bool(TRADE_SIDE_RE.fullmatch(name))
        place = name[-1:] in SCOPE_ENDS and bool(SCOPE_ONLY_RE.fullmatch(name))
        place = place or bool(SECTOR_UNIT_RE.fullmatch(name))  # 其中：企业…；事业…；机关…
        served = kind_of_unit(item.unit) == "count" and bool(PLACES_RE.search(name))
        goods = name[-1:] == "类" and HAN_ONLY_RE.fullmatch(name.replace("、", "")) is not None
        # (其中，家具类…; 粮油、食品类…: a category named by its goods)
        # 其中沿海港口2.96亿吨，内河0.24亿吨: a short part of a sum in its unit, no measure named
        short = (
            kind_of_unit(item.unit) == "amount"
            and 2 <= len(name) <= 4
            and HAN_ONLY_RE.fullmatch(name) is not None
            and not MEASURED_END_RE.search(name)
            and not VERB_START_RE.match(name)
        )
        function = name in BUDGET_FUNCTIONS  # 其中教育增长12%，卫生健康…: a spending's class
        if not trade_side and (
            (kind_of_unit(item.unit) not in ("rate", "amount") and not served)
            or not (
                2 <= han_len(name) <= 16
                and (
                    place
                    or served
                    or goods
                    or short
                    or function
                    or INDUSTRY_NAME_RE.fullmatch(name)
                )
            )
        ):
            continue
        sentence = _sentence_start(text, item.start)
        among = text.rfind("其中", max(sentence, item.start - AMONG_WINDOW), item.start)
        if among < 0:
            continue
        if trade_side:
            _trade_side_of_whole(text, items, i, among)
            continue
        reach = _sentence_start(text, max(0, sentence - 1)) if sentence > 0 else 0
        wholes = [it for it in items[:i] if reach <= it.start and it.end <= among]
        if kind_of_unit(item.unit) in ("amount", "count"):
            wholes = [it for it in wholes if unit_base(it.unit) == unit_base(item.unit)]
        else:  # (…营业收入增长5.3%，…0.4个百分点。…10个门类中有6个，其中…: the rate's)
            wholes = [it for it in wholes if kind_of_unit(it.unit) in ("amount", "rate")]
        word = ""
        if served:
            # 诊疗824万人次，其中：医院…，专业公共卫生机构98万人次: the same count at those
            # places (卫生机构床位…，其中乡镇卫生院488张 → 乡镇卫生院床位)
            measure = without_absolute_change(wholes[-1].indicator) if wholes else ""
            if at := [*PLACE_WORD_RE.finditer(measure)]:
                measure = measure[at[-1].end() :]
            whole = 2 <= len(measure) <= 8 and HAN_ONLY_RE.fullmatch(measure)
            whole = whole and measure[:1] not in LIST_JOINS  # (养老服务机构和设施: more places)
            word = measure if whole and not weakness(measure) and measure not in name else ""
        elif wholes and place:
            # 地表水资源量…，其中甲区、乙区分别偏多…: each place's part of the measure itself
            # (职工劳动报酬…。其中：企业…；事业…: each sector's)
            measure = WHOLE_SCOPE_RE.sub("", without_absolute_change(wholes[-1].indicator))
            measure = WHOLE_LEAD_RE.sub("", measure)
            if han_len(measure) > 10 and (lead := WHOLE_PLACE_LEAD_RE.match(measure)):
                measure = measure[lead.end() :]  # 福建自贸试验区实际使用外资…。其中，厦门片区…
            word = measure if 2 <= han_len(measure) <= 10 else ""
        elif wholes and goods:
            # 限额以上单位消费品零售额…。其中，建筑材料类下降9.4%: the category's sales
            sold = SALES_END_RE.search(wholes[-1].indicator)
            word = "零售额" if sold and "零售" in sold.group() else sold.group() if sold else ""
        elif wholes:
            word = head_of_whole(wholes[-1].indicator)
            if (crop := crop_measure(wholes[-1].indicator)) and crop[-2:] == word[-2:]:
                word = deed_kept_once(name, crop)  # 播种面积…，小麦45万亩: 小麦播种面积
            if short and not (place or goods or function or INDUSTRY_NAME_RE.fullmatch(name)):
                # (only a physical quantity's head: 调入资金…, 收入合计…, 工业投入… are no parts)
                word = word if SHORT_PART_HEAD_RE.search(word) else ""
        if (
            not word
            and not (served or place or goods)
            and (
                kind_of_unit(item.unit) == "rate"
                or not any(reach <= it.start < among for it in items[:i])
            )
        ):
            # (…10个行业门类中有7个营业收入有所下降。其中，…服务业同比下降20.5%: a rate's
            # measure is named beside counts of the parts, or beside a share that is no
            # measure of theirs: 21个行业增加值增长，增长面接近七成。其中…)
            said = [*INDUSTRY_MEASURE_RE.finditer(text, reach, among)]
            word = said[-1].group() if said else ""
        if _takes_head(name, word):
            renamed[name] = item.indicator = name + word


def industries_named_bare(text: str, lists: list[list[Item]], before: str = "") -> None:
    """An industry given a growth alone, with no whole or frame to lend it a measure (能源工业同比
    增长7.1%…。…电力、热力生产和供应业下降3.0%), grows in the measure the release last named for
    industries, in its paragraph or the one before (规模以上工业增加值同比增长9.7% → …业增加值);
    a class of goods likewise, in retail sales only (…商品零售额…。化妆品类增长33.4% → 化妆品类零售额)."""
    said = [(m.end(), m.group()) for m in INDUSTRY_MEASURE_RE.finditer(text)]  # once: linear
    ends = [end for end, _ in said]
    earlier = [m.group() for m in INDUSTRY_MEASURE_RE.finditer(before)][-1:]
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        goods = name[-1:] == "类" and bool(GOODS_CLASS_RE.fullmatch(name))
        if (
            kind_of_unit(item.unit) != "rate"
            or not 3 <= han_len(name) <= 20
            or not (goods or INDUSTRY_NAME_RE.fullmatch(name))
            or name in GENERIC_INDUSTRIES
            or name.endswith(NOT_INDUSTRIES)
            or "占" in name
        ):
            continue
        k = bisect_right(ends, item.start) - 1  # the last measure named before the figure
        word = said[k][1] if k >= 0 else earlier[0] if earlier else ""
        if goods and word != "零售额":
            continue  # (a class of goods grows in sales only: 化妆品类零售额)
        if word and word not in name and _takes_head(name, word):
            item.indicator = name + word


def products_named_bare(text: str, lists: list[list[Item]]) -> None:
    """A product named alone, with its quantity or its growth, in a sentence about products
    (全省主要工业产品产量中，…原铝增长20.9%，氧化铝增长8.9%; 工业新产品…多晶硅297.02万千克，增长
    10.6%; 主要农产品中：粮食431162吨，增3.8%), or opening a sentence with its quantity right
    after a sentence that gave another's output in the same unit (粮食产量25684吨，…。棉花4189
    吨，增长…), is measured by its output (原铝产量, 棉花产量), not money's worth."""
    output: Item | None = None  # the last quantity named as an output
    renamed = Renamed()
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        kind = kind_of_unit(item.unit)
        if again := renamed.again(text, item):
            item.indicator = again  # (棉花4189吨，增长…: the growth of the same output)
        elif (
            not 2 <= han_len(name) <= PRODUCT_LONGEST
            or not PRODUCT_NAME_RE.fullmatch(name)
            or MEASURED_END_RE.search(name)
            or NOT_PRODUCT_RE.search(name)
            or VERB_START_RE.match(name)
            or VERB_END_RE.search(name)
            or MOVE_OR_RANK_END_RE.search(name)
            or not (
                kind == "rate"
                or kind == "amount"
                and "元" not in item.unit  # (money, or a price: 茄子6.31元/公斤)
                or unit_base(item.unit) in PRODUCT_COUNT_UNITS
            )
        ):
            pass
        elif PRODUCTS_SAID_RE.search(
            text, sentence := _sentence_start(text, item.start), item.start
        ) or (
            kind == "amount"
            and output is not None
            and output.end <= sentence
            and sentence - output.end <= SENTENCE_WINDOW
            and unit_base(output.unit) == unit_base(item.unit)
            and text[sentence : item.start].strip() == name
        ):
            # (生产原油 → 原油产量)
            item.indicator = renamed.rename(item, PRODUCED_RE.sub("", name) + "产量")
        if kind == "amount" and item.indicator.endswith("产量"):
            output = item


#: A name ending in how something moved or stood (略涨, 最低): no product's.
MOVE_OR_RANK_END_RE = patterns.compile(r"(?:[涨跌升降增减高低]|持平)$")
#: A product's name (移动通信手持机（手机）), the longest, and words no product's name holds.
PRODUCT_NAME_RE = patterns.compile(r"[\u4e00-\u9fff]+(?:[（(][\u4e00-\u9fff]{1,8}[）)])?")
PRODUCT_LONGEST = 16
NOT_PRODUCT_RE = patterns.compile(
    r"业$|产量|产品|价格|价$|增速|增幅|比重|占比|率$|存栏|出栏|面积|总产|合计|总计|[省市县区]"
)
#: How a sentence says its figures are products' (主要工业产品产量中, 工业新产品, 产量同比下降
#:主要有：; products
#: are counted in ``PRODUCT_COUNT_UNITS``).
PRODUCTS_SAID_RE = patterns.compile(
    r"(?:工业|主要)(?:农|农副|畜|畜牧|水|工业)?新?产品|产品产量|产量[^，。；：:]{0,10}[：:]"
)


#: A class of goods a retail release lists (化妆品类, 服装鞋帽、针纺织品类).
GOODS_CLASS_RE = patterns.compile(r"[\u4e00-\u9fff、]{1,16}类")


#: A sentence opening with the mode or body its figures are of (公路方面，4月份完成货运量…): group
#: 1 the mode.  Not a discourse's 一方面/另一方面.
ASPECT_RE = patterns.compile(rf"(?<![一另])([{HAN}]{{2,6}})方面[，,：:]")


def aspects_named(text: str, lists: list[list[Item]]) -> None:
    """A short measure in the sentences after a mode's frame, up to the next frame, is the
    mode's (公路方面，4月份完成货运量7093万吨…。1-4月累计完成… → 4月份公路货运量, 1-4月累计公路
    货运量); a measure that names it or is long enough to say what it is of is left."""
    frames = [*ASPECT_RE.finditer(text)]
    if not frames:
        return
    starts = [frame.start() for frame in frames]
    for item in (item for chain in lists for item in chain):
        k = bisect_right(starts, item.start) - 1
        if k < 0:
            continue
        aspect = frames[k].group(1)
        if aspect.endswith("一"):
            continue  # 另一方面: a turn of the argument, no mode (it ends the frame before)
        name = item.indicator
        if SPEED_ALONE_RE.fullmatch(name) and MEASURED_END_RE.search(aspect):
            item.indicator = aspect + name  # 地区生产总值方面，降幅较年初收窄…: the measure's
            continue
        period = PERIOD_LEAD_RE.match(name)
        core = name[period.end() :] if period else name
        core = core.removeprefix("累计")
        if (
            aspect in name
            or not 2 <= han_len(core) <= 4
            or not core.endswith(MEASURE_ENDS)
            or PLAN_WORD_END_RE.search(core.removesuffix("数"))  # (实现全年目标数的93.61%)
        ):
            continue
        item.indicator = name[: len(name) - len(core)] + aspect + core


#: What a short measure a mode's frame owns ends with (货运量, 客运量, 周转量, 吞吐量).
MEASURE_ENDS = ("量", "额", "数")


#: Industry words too general to be a part named (工业, 产业, 行业).
GENERIC_INDUSTRIES = frozenset(("工业", "产业", "行业", "企业", "农业", "服务业"))
#: Words ending in 业 that name no industry: firms (科技型企业), jobs (城镇新增就业).
NOT_INDUSTRIES = ("企业", "就业", "创业", "毕业", "失业", "作业", "学业", "事业")


#: A change closing a short name (床位增加, 卫生人员数比上年增加): of a measure named in full
#: before it in the sentence.
CHANGE_TAIL_RE = patterns.compile(
    r"(?:(?:比|较|与)(?:上年|去年)(?:同期|末)?(?:相比|比较)?)?(?:增加|减少|净增|净减)$"
)
#: How many figures back the fuller name is looked for, and how long it may be.
FULLER_WINDOW, FULL_NAME_LIMIT = 6, 16


#: Rates of time a count of a flow is said by (日均新设…, 日均净增…).
RATE_OF_TIME = ("日均", "月均", "周均", "平均每天", "每天")
#: The bodies a count of registrations ends with (…新设企业, …新登记市场主体).
COUNTED_BODY_END_RE = patterns.compile(r"(?:市场主体|个体工商户|企业|农民专业合作社|合作社|公司)$")


def changes_named_in_full(text: str, lists: list[list[Item]]) -> None:
    """A change whose measure is named short (…乡镇卫生院…床位150.5万张，…，与上年比较，
    床位增加4.9万张) is of the measure its sentence named in full just before, in the
    same unit (乡镇卫生院床位增加)."""
    items = [item for chain in lists for item in chain]
    for i, item in enumerate(items):
        name = item.indicator
        if not (change := CHANGE_TAIL_RE.search(name, 1)):
            continue
        base = name[: change.start()].removesuffix("数")
        sentence = _sentence_start(text, item.start)
        if base in RATE_OF_TIME and i > 0 and kind_of_unit(item.unit) == "count":
            # 日均新设企业2.2万户，日均净增1.2万户: the same bodies' net change
            before = items[i - 1]
            entity = COUNTED_BODY_END_RE.search(before.indicator)
            if (
                entity
                and before.start >= sentence
                and unit_base(before.unit) == unit_base(item.unit)
                and base in before.indicator
            ):
                item.indicator = name + entity.group()
            continue
        if not 1 <= han_len(base) <= 5:
            continue
        for before in reversed(items[max(0, i - FULLER_WINDOW) : i]):
            if before.start < sentence:
                break
            full = before.indicator
            if (
                unit_base(before.unit) == unit_base(item.unit)
                and full.endswith(base)
                and han_len(base) < han_len(full) <= FULL_NAME_LIMIT  # never copy a run-on
                and not CHANGE_TAIL_RE.search(full)
            ):
                item.indicator = full + name[change.start() :]
                break


#: Cases counted, then the people in them, written together (审结…案件326件364人).
CASE_UNITS = ("件", "起")


def cases_and_persons(text: str, lists: list[list[Item]]) -> None:
    """A count of cases followed at once by the people in them (…案件326件364人) names the
    people as such (…案件人数), and two rates after them in the sentence, said 分别
    (同比分别下降17.5%、15.2%), are of the cases, then of the people."""
    items = [item for chain in lists for item in chain]
    for i, (cases, persons) in enumerate(pairwise(items)):
        if not (
            persons.start == cases.end
            and unit_base(cases.unit) in CASE_UNITS
            and unit_base(persons.unit) in PERSON_UNITS
            and persons.indicator == cases.indicator
            and han_len(cases.indicator) >= 2
            and not cases.indicator.endswith(("人", "人员"))  # 犯罪嫌疑人120件180人
        ):
            continue
        persons.indicator = cases.indicator + "人数"
        rates = items[i + 2 : i + 4]
        if (
            len(rates) == 2
            and all(kind_of_unit(it.unit) == "rate" for it in rates)
            and _sentence_start(text, rates[1].start) == _sentence_start(text, cases.start)
            and "分别" in text[persons.end : rates[0].start]
        ):
            rates[0].indicator, rates[1].indicator = cases.indicator, persons.indicator


#: What people counted are counted as, closing a whole's name (招生, 在校生, 参保人数): a
#: group after 其中 is counted as the same (其中研究生204人 → 研究生招生).
PEOPLE_MEASURES = (
    "在校学生", "毕业学生", "在校生", "毕业生", "招生", "在园幼儿", "从业人员", "就业人员",
    "参保人数", "人数",
)  # fmt: skip


#: What people counted received, opening the whole's name (得到政府最低生活保障, 享受…).
RECEIVED_RE = patterns.compile(r"(?:得到|享受|获得|领取|纳入)")
#: The end of a name of people (居民, 人员, 对象, 学生, 农民工, 人口): a group, not a way.
PEOPLE_END_RE = patterns.compile(r"(?:[人民员者户生工童属士兵口]|对象|老人|儿童|群众)$")
#: A way people counted are cared for (集中供养, 分散供养, 居家安置): a part of the whole.
CARE_WAY_RE = patterns.compile(r"(?:供养|安置|托养|救助|赡养|照料)$")


def people_parts(text: str, lists: list[list[Item]]) -> None:
    """Groups of people after 其中 are counted as the whole before it is (年内招生8730人，
    其中研究生204人，普通本专科8526人 → 研究生招生, 普通本专科招生; 参保人数60万人，其中：
    退休人员6.62万人 → 参保退休人员), up to the clause group's end (；, 。); those who
    received something are named by it (得到…保障的城市居民), and a way of it is the whole's
    (农村五保对象…，其中集中供养… → 集中供养农村五保对象)."""
    whole: Item | None = None
    people: Item | None = None  # the last figure of people before
    renamed = Renamed()  # the last part renamed: its change after it follows (…，下降1.0%)
    listed = False  # whether the parts follow a colon (其中：…；…)
    items = [item for chain in lists for item in chain]
    for prev, item in pairwise(items):
        between = text[prev.end : item.start]
        if unit_base(prev.unit) in PERSON_UNITS:
            people = prev
        if "其中" in between:
            whole, listed = people, "其中：" in between or "其中:" in between
        elif (
            "。" in between
            or "；" in between
            # (其中：外国人…；香港同胞7871.30万人次: a list after a colon goes on)
            and not (listed and renamed.old and _listed_alone(text, item))
        ):
            whole = people = None
        if kind_of_unit(item.unit) in ("rate", "pp") and (again := renamed.again(text, item)):
            item.indicator = again
            continue
        name = item.indicator
        if (
            whole is None
            or unit_base(item.unit) not in PERSON_UNITS
            or han_len(name) > 8
            or name.endswith(PEOPLE_MEASURES)
            or not HAN_ONLY_RE.fullmatch(name)
        ):
            continue
        if RECEIVED_RE.match(whole.indicator) and PEOPLE_END_RE.search(name):
            item.indicator = f"{whole.indicator}的{name}"  # 得到…最低生活保障|其中：城市居民…
            continue
        if CARE_WAY_RE.search(name) and han_len(name) <= 4 and han_len(whole.indicator) >= 2:
            item.indicator = name + whole.indicator  # 农村五保对象…，其中集中供养839人
            continue
        measure = next((m for m in PEOPLE_MEASURES if whole.indicator.endswith(m)), "")
        if measure.endswith(name[-2:]):
            continue  # 在校学生…，其中：寄宿学生: named as what they are already
        if measure.endswith("人数"):
            stem = whole.indicator[: -len("人数")]
            if stem not in name:  # 不起诉人数…，其中法定不起诉: named in full already
                item.indicator = renamed.rename(item, stem + name)  # 参保|退休人员
        elif measure:
            item.indicator = renamed.rename(item, name + measure)  # 研究生|招生


def _listed_alone(text: str, item: Item) -> bool:
    """Whether ``item``'s clause is its name and figure alone (；香港同胞|7871.30万人次)."""
    said = text[clause_start(text, item.start) : item.start].strip()
    return said == item.indicator and han_len(said) <= 6


#: What schools counted teach or employ, named alone (全年招生, 年末在校学生, 毕业学生,
#: 专任教师): the schools'.
STUDENTS_RE = patterns.compile(
    r"(?:全年|年内|年末|当年)?"
    r"(招生|在校学生|在校生|毕业学生|毕业生|在园幼儿|专任教师|教职工|学生|注册生|在校学员|学员)"
)
#: The units schools are counted in.
SCHOOL_UNITS = ("所", "个")


def schools_students(text: str, lists: list[list[Item]]) -> None:
    """Students and teachers named alone after a count of schools in their sentence are
    the schools' (普通高中17所；全年招生…；年末在校学生…；全年毕业学生… → 普通高中在校学生,
    普通高中毕业学生), across ； too, and in the sentences after it that open with such a
    figure (幼儿园32所。毕业3600人；…园舍总面积… → 幼儿园毕业, 幼儿园园舍总面积); a part
    of them after 其中 keeps its own group (少数民族在校学生 → 普通高中少数民族在校学生)."""
    schools: Item | None = None
    sentence, carried = -1, False  # carried: the schools of a sentence before
    kinds = 0  # the kinds of schools the schools' sentence counted
    labelled = SCHOOL_LABEL_RE.match(text)  # ——初中。校数13所；毕业3584人；招生4000人
    for item in (item for chain in lists for item in chain):
        if labelled and SCHOOL_FIGURES_RE.fullmatch(item.indicator):
            item.indicator = labelled.group(1) + item.indicator
            continue
        start = _sentence_start(text, item.start)
        if start != sentence:
            # 幼儿园32所。毕业3600人；招生…: the sentences after are the schools', when their
            # sentence counted one kind (not 学校487所，其中初中20所，…幼儿园177所。在校学生…)
            carried = kinds == 1 and bool(schools and SCHOOL_FIGURES_RE.fullmatch(item.indicator))
            sentence, kinds = start, kinds if carried else 0
            if not carried:
                schools = None
        if unit_base(item.unit) in SCHOOL_UNITS and SCHOOLS_END_RE.search(item.indicator):
            if text.rfind("（", start, item.start) > text.rfind("）", start, item.start):
                continue  # 初中学校5.28万所（其中职业初中40所）: a note's part, no other kind
            schools, carried, kinds = item, False, kinds + 1
            continue
        if schools and carried and SCHOOL_FIGURES_RE.fullmatch(item.indicator):
            item.indicator = _schools_owner(schools.indicator) + item.indicator
            continue
        if schools is None or unit_base(item.unit) not in PERSON_UNITS:
            continue
        if alone := STUDENTS_RE.fullmatch(item.indicator):
            item.indicator = _schools_owner(schools.indicator) + alone.group(1)
        elif SCHOOL_FIGURES_RE.fullmatch(item.indicator):
            # …学校479所；招生28.06万人，比上年减少0.14万人: the schools' intake's change
            item.indicator = _schools_owner(schools.indicator) + item.indicator
        elif (
            (part := STUDENTS_RE.search(item.indicator))
            and part.end() == len(item.indicator)
            and 2 <= han_len(item.indicator[: part.start()]) <= 6
            and not SCHOOLS_END_RE.search(item.indicator[: part.start()])  # 特殊学校在校生
            and not item.indicator.startswith(schools.indicator)
        ):
            item.indicator = schools.indicator + item.indicator  # 少数民族在校学生


def _schools_owner(schools: str) -> str:
    """The schools as the owner of their figures: without a note of what they include or
    the verb and word that counted them (中等职业教育（包括职业高中…）共有学校 → 中等职业教育)."""
    owner = SCHOOLS_NOTE_RE.sub("", schools) if "）" in schools or ")" in schools else schools
    stem = label_repeated(SCHOOLS_COUNTED_RE.sub("", owner))  # 高中段教育 全县高中段教育…
    return stem if han_len(stem) >= 4 else owner


#: A note of what the schools include (（包括职业高中、普通中等专业学校…）).
SCHOOLS_NOTE_RE = patterns.compile(r"[（(][^（）()]{1,60}[）)]")
#: How a sentence counts schools after naming their level (…共有学校, …学校).
SCHOOLS_COUNTED_RE = patterns.compile(r"(?:共有|有)?学校$")
#: Names of schools counted (普通高中, 中等职业教育学校, 幼儿园, 普通高等教育院校).
SCHOOLS_END_RE = patterns.compile(
    r"(?:学校|高中|初中|小学|幼儿园|院校|学院|大学|中学|职校|(?:培训|教育)机构)$"
)
#: A school level labelling its paragraph (——初中。, 小学：): the figures after are its.
SCHOOL_LABEL_RE = patterns.compile(
    r"\s*[—－\-]*\s*([\u4e00-\u9fff]{0,6}(?:学校|高中|初中|小学|幼儿园|中学|教育))[。：:]"
)
#: What a school level's paragraph reports, named alone (校数, 招生, 校舍总面积, 图书).
SCHOOL_FIGURES_RE = patterns.compile(
    rf"(?:{STUDENTS_RE.pattern}|校数|学校数|毕业|[校园]舍总?面积|仪器设备值|图书|专任教师)"
    r"(?:比上年|较上年)?(?:增加|减少)?"
)


#: A span of months written right before a figure's name (其中1~5月|降水量…).
MONTHS_BEFORE_NAME_RE = patterns.compile(
    r"[0-9０-９]{1,2}[-—－~～至到][0-9０-９]{1,2}月份?(?:累计)?$"
)
#: How far before a figure its name and span of months are looked for.
PERIOD_NAME_WINDOW = 32


def periods_told_apart(text: str, lists: list[list[Item]]) -> None:
    """Figures of one measure for different spans of months in one sentence (其中1~5月降水量…；
    6~9月降水量…；10~12月降水量…) keep their spans, which alone tell them apart (a release's
    one period, 1-9月全市…, is left out of names); the rates that lend a renamed figure's name
    (…，较常年偏多26.0%) follow it."""
    items = [item for chain in lists for item in chain]
    spans: dict[int, list[tuple[Item, str]]] = {}  # sentence start → figures with a span
    for item in items:
        name = item.indicator
        reach = max(clause_start(text, item.start), item.start - PERIOD_NAME_WINDOW)
        at = text.rfind(name, reach, item.start) if name else -1
        span = MONTHS_BEFORE_NAME_RE.search(text, max(0, at - 12), at) if at > 0 else None
        if span is not None:
            spans.setdefault(_sentence_start(text, item.start), []).append((item, span.group()))
    renamed: dict[int, tuple[str, str]] = {}  # a renamed figure's id → its old and new name
    for found in spans.values():
        told: dict[str, set[str]] = {}
        for item, span in found:
            told.setdefault(item.indicator, set()).add(span)
        for item, span in found:
            if len(told[item.indicator]) > 1:
                renamed[id(item)] = (item.indicator, span + item.indicator)
    if not renamed:
        return
    lent: tuple[str, str, int] = ("", "", -1)  # the last renamed figure: old, new name, its end
    for item in items:
        if id(item) in renamed:
            old, new = renamed[id(item)]
            item.indicator, lent = new, (old, new, item.end)
        elif item.indicator == lent[0] and not PART_END_RE.search(text, lent[2], item.start):
            item.indicator = lent[1]  # …降水量139.4mm，较常年偏多26.0%: the same span's


#: Places listed with how many they are (青岛、烟台、潍坊、威海、东营五市…; 香港、美国两大出口市场):
#: group 1 the places, group 2 the count.
PLACES_COUNTED_RE = patterns.compile(
    r"((?:[\u4e00-\u9fff]{2,5}[、和])+[\u4e00-\u9fff]{2,5}?)"
    r"([一二三四五六七八九十两]|[0-9]{1,2})(?:个?(?:地?市|县|区|州|盟|省)|大(?=[\u4e00-\u9fff]))()"
)
#: Industries listed with their count (A业、B业两个行业): group 3 the word that counts them.
INDUSTRIES_COUNTED_RE = patterns.compile(
    r"((?:[\u4e00-\u9fff]{2,16}?业、)+[\u4e00-\u9fff]{2,16}?业)"
    r"([一二三四五六七八九十两]|[0-9]{1,2})(?:个|大)?(行业|产业)"
)
#: The count a list's name restates the things listed by (两大市场出口 → 市场出口).
RESTATED_LEAD_RE = patterns.compile(r"^[两二三四五六七八九十]大")
PLACE_JOINS_RE = patterns.compile("[、和]")
#: How far before a 分别 list the places it is of are looked for.
PLACES_COUNTED_WINDOW = 120


def places_counted_listed(text: str, lists: list[list[Item]]) -> None:
    """A 分别 list of one measure after places listed with their count in its sentence, as
    many as its figures (青岛、烟台、潍坊、威海、东营五市进出口…，分别进出口4588.6亿元、…，分别增长…
    → 青岛进出口, 烟台进出口, …), is of those places, item by item."""
    for chain in lists:
        n = len(chain)
        if n < 2 or len({it.indicator for it in chain}) != 1 or not chain[0].indicator:
            continue
        start = clause_start(text, chain[0].start)
        if "分别" not in text[start : chain[0].start]:
            continue
        reach = max(_sentence_start(text, start), start - PLACES_COUNTED_WINDOW)
        found = [*PLACES_COUNTED_RE.finditer(text, reach, start)]
        industries = (
            [*INDUSTRIES_COUNTED_RE.finditer(text, reach, chain[0].start)] if "业" in text else []
        )
        if (
            industries
            and (not found or industries[-1].start() > found[-1].start())
            and chain[0].indicator.startswith(industries[-1].group(3))  # (…的行业增速: no)
        ):
            # 道路运输业、广播电视电影和录音制作业两个行业营业收入分别下降…: the industries'
            # (a 和 inside a name: only 、 joins them)
            places = industries[-1].group(1).split("、")
            places[0] = places[0].rpartition("其中")[2].rpartition("看")[2]
            found = industries
        elif found:
            places = PLACE_JOINS_RE.split(found[-1].group(1))  # the last places counted before it
        else:
            continue
        count = found[-1].group(2)
        counted = int(count) if count.isdigit() else int(chinese_value(count))
        # 两大市场出口: the places' 市场出口; 行业营业收入: the industries' 营业收入
        name = RESTATED_LEAD_RE.sub("", chain[0].indicator).removeprefix(found[-1].group(3) or "")
        if counted != n or len(places) != n or any(name.startswith(p) for p in places):
            continue
        for item, place in zip(chain, places, strict=True):
            item.indicator = place + name


class Renamed:
    """The last figure a rule renamed, whose old name the figures after it in the same part of
    the sentence repeat (…完成0.44亿元，同比增长124%): they are renamed alike; with ``speeds``,
    so is the old name with a speed's word (…较上年同期回落4.9个百分点: 生产总值增速)."""

    def __init__(self, speeds: bool = False) -> None:
        self.old, self.new, self.end, self.speeds = "", "", -1, speeds

    def rename(self, item: Item, new: str) -> str:
        """Remember ``item``'s rename to ``new``, and return ``new``."""
        self.old, self.new, self.end = item.indicator, new, item.end
        return new

    def again(self, text: str, item: Item) -> str:
        """``item``'s new name when it repeats the renamed figure's old one, else ""."""
        name = item.indicator
        if not self.old or not name.startswith(self.old):
            return ""
        if name != self.old and not (
            self.speeds and MOVE_SPEED_END_RE.fullmatch(name, len(self.old))
        ):
            return ""
        if PART_END_RE.search(text, self.end, item.start):
            return ""
        return self.new + name[len(self.old) :]


#: A farm good's measures, the verbs of its trade before them, and the trades measured by
#: quantity alone (收购量): a measure said with no owner (产量, 收购金额, 养殖产量), and the same
#: at the end of a sibling's name, its owner before it (烤烟|收购量, 油菜|种植面积).
GOODS_MEASURES = (
    "总?产量|总产值?|产值|总收入|单产|亩产值?|亩利润|亩效益|面积|金额|均价|平均价|销售额|销量"
)
GOODS_TRADES = "收购|销售|种植|播种|养殖|捕捞|收获"
GOODS_QUANTITY = "(?:收购|销售|养殖|捕捞)量"
GOODS_MEASURE = rf"(?:年|平均)?(?:{GOODS_TRADES})?(?:{GOODS_MEASURES})|{GOODS_QUANTITY}"
BARE_MEASURE_RE = patterns.compile(GOODS_MEASURE)
OWNED_MEASURE_RE = patterns.compile(rf"(?:{GOODS_MEASURE})$")
#: A yield said by its verb (可产干条, 年产鲜果): the good before it yields it.
YIELD_OPENING_RE = patterns.compile(r"可?年?(?:产出?|生产)")
#: A good's land or herd named by the verb of raising it (种植苹果, 养殖对虾): group 1 the good.
GOOD_PLANTED_RE = patterns.compile(rf"(?:种植|栽植|栽种|播种|养殖)([{HAN}]{{2,6}})")
#: A good named alone, in a few characters (晚稻, 蔬菜, 绿肥), and the units its land and
#: harvest are measured in.
GOOD_ALONE_RE = patterns.compile(rf"[{HAN}]{{1,6}}")
GOODS_UNITS = frozenset(("亩", "公顷", "吨", "斤", "公斤", "千克"))
#: The units of the land a good is grown on (油料4.3万亩: the good's land, named by it).
LAND_UNITS = frozenset(("亩", "公顷"))
#: What a good's growth is of, when a sibling's growth named it (油料产量…，蔬菜增长…).
GROWN_MEASURES = ("产量", "总产", "产值", "面积")
#: The change a good named alone is said with (…，蔬菜及食用菌|增长|1.1%).
GOOD_CHANGE_RE = patterns.compile(r"(?:同比)?(?:增长|下降|增加|减少)")
#: An owner that is no good's name: a verb, a preposition or a change before the measure.
NOT_OWNER_RE = patterns.compile(r"^[在对从向比]|同比|环比|[增减]")
#: What may stand between a measure said alone and its figure (产量为|0.92万吨).
COPULA_AFTER_RE = patterns.compile(r"可?(?:为|达到?|是|共)?")
#: What may open the clause of a measure said alone (其中养殖产量…).
AMONG_RE = patterns.compile(r"其中[，,：:]?")


def figure_before_its_change(earlier: list[Item]) -> Item:
    """The figure before, or the one before it if that is only its change (各类事故71起，同比
    下降17.4%，|死亡…: the accidents counted; …产量285.79万吨，增长3.6%；|猪牛羊禽肉…: the
    output)."""
    last = earlier[-1]
    if (
        len(earlier) >= 2
        and kind_of_unit(last.unit) == "rate"
        and earlier[-2].indicator == last.indicator
    ):
        return earlier[-2]
    return last


def owners_of_bare_measures(text: str, lists: list[list[Item]]) -> None:
    """A farm good's measure said alone right after the amount of a sibling that named the
    good with another measure in the same sentence (烤烟种植面积3.2万亩，收购量…，收购金额35784
    万元; 油菜种植面积…；产量为0.92万吨; 水产品总产量…，其中养殖产量…) is the good's (烤烟收购
    金额, 油菜产量, 水产品养殖产量), and so is the change after it.  A good named alone right
    after a sibling's amount in the same unit (粮食播种面积19470亩，晚稻1521亩，蔬菜5000亩) has
    the sibling's measure (晚稻播种面积, 蔬菜播种面积)."""
    items = [item for chain in lists for item in chain]
    renamed = Renamed(speeds=True)
    for i, item in enumerate(items):
        if again := renamed.again(text, item):
            item.indicator = again
            continue
        name = item.indicator
        start = clause_start(text, item.start)
        start = among.end() if (among := AMONG_RE.match(text, start)) else start
        kind = kind_of_unit(item.unit)
        if (
            kind not in ("amount", "rate")
            or not text.startswith(name, start)
            or not (COPULA_AFTER_RE if kind == "amount" else GOOD_CHANGE_RE).fullmatch(
                text, start + len(name), item.start
            )
        ):
            continue
        if not BARE_MEASURE_RE.fullmatch(name):
            if (
                i
                and (kind == "rate" or unit_base(item.unit) in GOODS_UNITS)
                and GOOD_ALONE_RE.fullmatch(name)
                and not OWNED_MEASURE_RE.search(name)
                and not MEASURED_END_RE.search(name)
                and not weakness(name)
                and text[items[i - 1].end : start] in ("，", ",", "、", "；")
                and (sibling := figure_before_its_change(items[max(0, i - 2) : i]))
                and unit_base(sibling.unit) == unit_base(item.unit)
                and kind_of_unit(sibling.unit) == kind
                and (owned := OWNED_MEASURE_RE.search(sibling.indicator))
                and owned.start() >= 2
                # (粮食产量…，外调粮食…: the same good, something else done with it)
                and sibling.indicator[owned.start() - 2 : owned.start()] not in name
                # (a rate of money, a price or a sale is of another kind of thing)
                and (kind == "amount" or owned.group().endswith(GROWN_MEASURES))
            ):
                item.indicator = renamed.rename(item, name + owned.group())
            continue
        if kind != "amount":
            continue
        sentence = _sentence_start(text, item.start)
        # The amount right before it in the sentence, its change skipped, names the good.
        for sibling in reversed(items[max(0, i - SIBLINGS) : i]):
            if sibling.start < sentence:
                break
            if kind_of_unit(sibling.unit) != "amount":
                continue
            owned = OWNED_MEASURE_RE.search(sibling.indicator)
            owner = sibling.indicator[: owned.start()] if owned else ""
            if not owned and (planted := GOOD_PLANTED_RE.fullmatch(sibling.indicator)):
                owned, owner = planted, planted.group(1)  # 种植苹果6540.9亩，年产量…: the good's
            if not owned and YIELD_OPENING_RE.match(sibling.indicator):
                continue  # 种植菜葫芦…亩，可产干条…万斤，总产值…: the yield of the same good
            if not owned and _good_on_land(sibling):
                owner = sibling.indicator  # 油料4.3万亩，亩产…，总产量…: the good's
            if (
                (owned or owner)
                and 2 <= han_len(owner) <= 8
                and HAN_ONLY_RE.fullmatch(owner)
                and not NOT_OWNER_RE.search(owner)
                and not VERB_START_RE.match(owner)
            ):
                item.indicator = renamed.rename(item, owner + name)
            break


def _good_on_land(item: Item) -> bool:
    """Whether a figure is the land a good is grown on, named by the good alone (油料|4.3万亩)."""
    return (
        unit_base(item.unit) in LAND_UNITS
        and GOOD_ALONE_RE.fullmatch(item.indicator) is not None
        and not MEASURED_END_RE.search(item.indicator)
        and not weakness(item.indicator)
    )


#: A region of a release's parts by region (东部地区, 中部地区, 东北地区, 长三角地区).
REGION_PART_RE = patterns.compile(rf"[{HAN}]{{1,4}}?地区(?=[{HAN}]{{2}})")


def measures_of_regions(text: str, lists: list[list[Item]]) -> None:
    """A region named with a shortened measure after another region that wrote it whole, in the
    same sentence and unit (东部地区房地产开发投资25190亿元，…；中部地区投资9051亿元，下降6.8%)
    has the whole measure (中部地区房地产开发投资), and so have its change and speed after it."""
    renamed = Renamed(speeds=True)
    whole: tuple[str, str, Item] | None = None  # the last region, its measure written whole
    for item in (item for chain in lists for item in chain):
        if again := renamed.again(text, item):
            item.indicator = again
            continue
        name = item.indicator
        if not (region := REGION_PART_RE.match(name)) or not HAN_ONLY_RE.fullmatch(name):
            continue
        measure = name[region.end() :]
        if (
            whole is not None
            and whole[0] != region.group()
            and whole[2].start >= _sentence_start(text, item.start)
            and unit_base(whole[2].unit) == unit_base(item.unit)
            and whole[1] != measure
            and whole[1].endswith(measure)
        ):
            item.indicator = renamed.rename(item, region.group() + whole[1])
        elif kind_of_unit(item.unit) == "amount":
            whole = (region.group(), measure, item)


#: A measure written once before the first of the regions its figures are listed by
#: (水泥产量东部地区|40310.77万吨、中部地区|…): group 1 the measure, group 2 the region.
MEASURE_THEN_REGION_RE = patterns.compile(
    rf"([{HAN}]{{0,10}}?(?:{'|'.join(MEASURE_HEADS)}))([{HAN}]{{1,4}}?地区)"
)
REGION_ALONE_RE = patterns.compile(rf"[{HAN}]{{1,4}}?地区")
#: A rate named by its word alone (增长率分别为…, 占比…): whose, the words before say.
RATES_ALONE = frozenset(("增速", "增幅", "增长率", "增长速度", "占比", "比重"))


def regions_after_measure(text: str, lists: list[list[Item]]) -> None:
    """Figures listed by region after a measure written once before the first region
    (水泥产量东部地区40310.77万吨、中部地区32880.37万吨…) are each region's measure (东部地区
    水泥产量, 中部地区水泥产量); the lists after them in the sentence naming a rate alone, as
    many (，增长率分别为2.32%、3.39%…，分别提高了…个百分点), give each region's rate in turn."""
    items = [item for chain in lists for item in chain]
    for at, item in enumerate(items):
        if not (first := MEASURE_THEN_REGION_RE.fullmatch(item.indicator)):
            continue
        sentence = _sentence_start(text, item.start)
        regions = [item]
        for other in items[at + 1 :]:
            if other.unit != item.unit or not REGION_ALONE_RE.fullmatch(other.indicator):
                break
            regions.append(other)
        if len(regions) < 2:
            continue
        measure = first.group(1)
        named = [first.group(2), *(other.indicator for other in regions[1:])]
        for region, name in zip(regions, named, strict=True):
            region.indicator = name + measure
        rest = items[at + len(regions) :]
        while (
            len(rest) >= len(regions)
            and (rate := rest[0].indicator) in RATES_ALONE
            and all(
                it.indicator == rate
                and _sentence_start(text, it.start) == sentence
                and kind_of_unit(it.unit) in ("rate", "pp")
                for it in rest[: len(regions)]
            )
        ):
            for it, name in zip(rest, named, strict=False):
                it.indicator = name + measure + rate  # (and 分别提高了…个百分点: those rates')
            rest = rest[len(regions) :]


#: A mode of transport opening the name of what it carries (铁路|客运量, 水路|货物周转量).
TRAFFIC_MODE_RE = patterns.compile(
    r"(?:铁路|公路|水路|水运|民航|航空|管道|港口|高速公路|城市轨道交通|轨道交通)(?=[客货旅])"
)
#: What a mode carries, measured, named alone (旅客周转量, 货运量, 货物吞吐量).
TRAFFIC_ALONE_RE = patterns.compile(r"(?:旅客|货物|货邮)?(?:周转量|吞吐量)|[客货]运量")


def modes_of_traffic(text: str, lists: list[list[Item]]) -> None:
    """What a mode carries, named alone after the same mode's other measure in the sentence
    (全省铁路客运量同比增长17.4%，旅客周转量同比增长31.3%，货运量…), is that mode's
    (铁路旅客周转量, 铁路货运量), until another mode is named."""
    mode, sentence = "", -1
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        if found := TRAFFIC_MODE_RE.match(name):
            mode, sentence = found.group(), _sentence_start(text, item.start)
        elif (
            mode
            and TRAFFIC_ALONE_RE.fullmatch(name)
            and _sentence_start(text, item.start) == sentence
        ):
            item.indicator = mode + name


#: A project's or a works' sums, yields and size named alone (计划投资, 产值, 利税, 年产矿石,
#: 占地面积, 注册资金, 解决社会就业), which a sentence opening with its name lends it.
PROJECT_FIGURE_RE = patterns.compile(
    r"(?:项目建设|项目)?(?:计划|完成|实际)?(?:总投资|投资)|(?:创|年)?产值|利税|税收|销售收入"
    r"|年产[\u4e00-\u9fff]{1,6}|(?:总|厂房)?(?:占地|建筑)?面积|厂房面积|注册(?:资金|资本)"
    r"|(?:解决|带动)(?:社会)?就业|(?:现有)?(?:员工|职工)"
)
#: What the name of a works ends with: a firm, a plant or mine, a resort, a cooperative.
WORKS_ENDS = "有限责任公司|有限公司|公司|集团|厂|矿|山庄|度假村|合作社|酒店|宾馆"
#: Words one of which a paragraph holds if a sentence of it may open with a project's or a
#: works' name (:func:`figures_of_project_opening` runs only then).
OPENING_OWNER_WORDS = ("项目", "工程", *WORKS_ENDS.split("|"))
#: A sentence opening with a works' name, then what it says of it (柳河县海华矿业有限公司|位于…,
#: 钰坤金矿|现已探明…): the name (group 1), no longer name of a works going on after it (矿|业有限公司).
WORKS_OPENING_RE = patterns.compile(
    rf"({HAN_LETTER}{{2,20}}?(?:{WORKS_ENDS}))(?![{HAN}]{{0,4}}(?:{WORKS_ENDS})|[石泉产])"
)
#: How a works' name may not begin: a scope (全县…厂), a pronoun, a count (两家公司), a
#: preposition or a copula (以…公司为主体, 是供水厂…).
WORKS_NOT_FIRST = "全本我各该其这此一二两三四五六七八九十几多以由在对从向按经与和据为是将把被"
#: A list's number before a project's name (2、|大东沟村铅矿开发项目).
ITEM_NUMBER_RE = patterns.compile(
    r"\s*(?:[0-9０-９]{1,2}[、.．]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)])?\s*"
)


def figures_of_project_opening(text: str, lists: list[list[Item]]) -> None:
    """A project's sum or yield named alone, in a sentence that opens with the project's name
    alone (2、大东沟村铅矿开发项目，投资商为…，年产矿石5000吨，计划投资2000万元，创产值…), is
    that project's (大东沟村铅矿开发项目计划投资); so is a works' (a firm, a plant, a mine, a
    resort) in a sentence that opens with its name (柳河县海华矿业有限公司位于…，占地面积56亩，
    建筑面积4500平方米 → 柳河县海华矿业有限公司建筑面积)."""
    opening: tuple[int, str] = (-1, "")  # a sentence's start, the project it opens with
    for item in (item for chain in lists for item in chain):
        name = item.indicator
        if not PROJECT_FIGURE_RE.fullmatch(name):
            continue
        sentence = _sentence_start(text, item.start)
        if opening[0] != sentence:
            begin = ITEM_NUMBER_RE.match(text, sentence).end()
            clause = text[begin : clause_end(text, begin)]
            opening = (sentence, clause if project_named_alone(clause) else "")
            if (
                not opening[1]
                and text[begin : begin + 1] not in WORKS_NOT_FIRST
                and leading_verbs_stripped(clause) == clause
            ):
                works = WORKS_OPENING_RE.match(text, begin, begin + len(clause))
                opening = (sentence, works.group(1) if works else "")
        if opening[1] and clause_start(text, item.start) > sentence and opening[1] not in name:
            item.indicator = opening[1] + name.removeprefix("创")  # (创产值: 产值)


#: Things listed before 等, then a measure of theirs said alone (鸡鸭鹅等|年末存栏|4.8万只): the
#: things (group 1, the report's own scope before them left out), the measure (group 2), all
#: the clause says before the figure.
THINGS_THEN_MEASURE_RE = patterns.compile(
    rf"(?:(?:全|我)[县市区省旗州盟镇乡])?([{HAN}、]{{2,12}}?)等"
    rf"((?:年末|当年|全年)?(?:存栏|出栏|存笼|出笼|(?:{GOODS_TRADES})?(?:{GOODS_MEASURES})))"
    r"(?:为|达到?|共)?"
)


def things_listed_before_deng(text: str, lists: list[list[Item]]) -> None:
    """A measure said alone right after things listed before 等 in its clause (鸡鸭鹅等年末存栏
    4.8万只, 小麦、玉米等播种面积…) is theirs (鸡鸭鹅年末存栏): the list was all that named
    what is measured."""
    for item in (item for chain in lists for item in chain):
        start = clause_start(text, item.start)
        said = THINGS_THEN_MEASURE_RE.fullmatch(text, start, item.start)
        if said and item.indicator == said.group(2):
            item.indicator = said.group(1) + said.group(2)


#: A body or place and a light verb alone before its sum (县直工业完成|0.44亿元): the measure
#: left out; group 1 the body.
MEASURE_LEFT_OUT_RE = patterns.compile(rf"({HAN_LETTER}{{2,12}}?)(?:累计)?(?:完成|实现)")
#: The same with the measure written (枞阳海螺公司完成产值|1.44亿元): group 1 the measure.
MEASURE_WRITTEN_RE = patterns.compile(
    rf"{HAN_LETTER}{{2,12}}?(?:累计)?(?:完成|实现)((?:{'|'.join(MEASURE_HEADS)}))"
)


def measures_left_out(text: str, lists: list[list[Item]]) -> None:
    """A sum said of a body or place with a light verb alone (…；县直工业完成0.44亿元，同比增长
    124%) is of the measure a sibling before it in the sentence was said with the same verb
    (枞阳海螺公司完成产值1.44亿元 → 县直工业产值), and so is the change after it."""
    items = [item for chain in lists for item in chain]
    renamed = Renamed()
    for i, item in enumerate(items):
        name = item.indicator
        if again := renamed.again(text, item):
            item.indicator = again  # …完成0.44亿元，同比增长124%: the same figure's
            continue
        if kind_of_unit(item.unit) != "amount":
            continue
        start = clause_start(text, item.start)
        left_out = MEASURE_LEFT_OUT_RE.fullmatch(text, start, item.start)
        if left_out is None or left_out.group(1) != name or MEASURED_END_RE.search(name):
            continue  # (工业投资完成253.4亿元: the measure written before the verb)
        sentence = _sentence_start(text, item.start)
        for before in reversed(items[max(0, i - SIBLINGS) : i]):
            if before.start < sentence:
                break
            written = MEASURE_WRITTEN_RE.fullmatch(
                text, clause_start(text, before.start), before.start
            )
            if written and unit_base(before.unit) == unit_base(item.unit):
                item.indicator = renamed.rename(item, name + written.group(1))
                break


#: A part said with 为 alone, opening its clause after 其中 (；写字楼为|106.6万平方米): group 1
#: the part.
PART_SAID_RE = patterns.compile(rf"(?:其中[，,：:]?)?([{HAN}、“”]{{2,16}}?)为")


#: A part said with its change alone, opening its clause after 其中 (其中，商品住宅销售面积同比
#: 下降2.1%，|办公楼|下降15.4%): group 1 the part.
PART_CHANGED_RE = patterns.compile(
    rf"(?:其中[，,：:]?)?([{HAN}、“”]{{2,16}}?)(?:同比)?(?:增长|下降|上升|增加|减少|提高|降低)"
)
#: The units bodies themselves are counted in (企业60家, 航线12条).
BODY_COUNT_UNITS = ("家", "个", "户", "所", "条", "座", "处")
#: How the names of bodies that own measures end (省属国有企业, 市属公司, 驻区单位).
OWNER_ENDS = (
    "企业",
    "公司",
    "集团",
    "单位",
    "机构",
    "银行",
    "部门",
    "行业",
    "港口",
    "机场",
    "航线",
)


def _whole_before_among(text: str, items: list[Item], i: int) -> tuple[int, Item | None]:
    """Where the 其中 of ``items[i]``'s sentence stands before it (-1: none), and the whole:
    the last figure before that 其中 in the same unit, back to the sentence before."""
    item = items[i]
    sentence = _sentence_start(text, item.start)
    among = text.rfind("其中", max(sentence, item.start - AMONG_WINDOW), item.start)
    if among < 0:
        return -1, None
    reach = _sentence_start(text, max(0, sentence - 1)) if sentence > 0 else 0
    for k in range(i - 1, -1, -1):
        if items[k].start < reach:
            break
        if items[k].end <= among and unit_base(items[k].unit) == unit_base(item.unit):
            return among, items[k]
    return among, None


def owners_of_whole(text: str, lists: list[list[Item]]) -> None:
    """Owners named alone after 其中 that are some of the whole's owners (全省国有企业营业成本
    13051.7亿元，…。其中：省属国有企业4546.0亿元，同比增长5.4% → 省属国有企业营业成本, for
    both figures): the whole's measure, written after the words the part's name ends with
    in the whole's name."""
    items = [item for chain in lists for item in chain]
    renamed = Renamed()
    for i, item in enumerate(items):
        name = item.indicator
        if again := renamed.again(text, item):
            item.indicator = again  # …4546.0亿元，同比增长5.4%: the same part's
            continue
        if (
            kind_of_unit(item.unit) not in ("amount", "count")
            or unit_base(item.unit) in BODY_COUNT_UNITS  # (60家调查企业: the bodies themselves)
            or not 4 <= len(name) <= 12
            or not name.endswith(OWNER_ENDS)
            or not HAN_ONLY_RE.fullmatch(name)
        ):
            continue
        _among, before = _whole_before_among(text, items, i)
        if before is None:
            continue
        whole = without_absolute_change(before.indicator)
        # the longest end of the part's name (at least two characters) the whole's name holds
        shared = next((name[k:] for k in range(len(name) - 1) if name[k:] in whole), "")
        measure = whole[whole.find(shared) + len(shared) :] if shared else ""
        if (
            shared != name
            and 2 <= han_len(measure) <= 10
            and HAN_ONLY_RE.fullmatch(measure)
            and "占" not in measure
            and measure[0] not in "中的"  # (企业中预计…: a part of the bodies, no measure)
            and not weakness(measure)
            and not VERB_START_RE.match(measure)
        ):
            item.indicator = renamed.rename(item, name + measure)


#: A place named alone, down to a village or a community (甲村, 东城镇, 城关街道).
PART_PLACE_RE = patterns.compile(rf"[{HAN}]{{1,6}}?(?:[省市州县区旗盟镇乡村]|街道|社区)")
#: A part named by its grade, alone or before the whole's last words (其中国家级|面积…,
#: 省级…): group 1 the grade, group 2 those words.
PART_GRADE_RE = patterns.compile(rf"((?:国家|[省市州县区乡镇村])级|本级)([{HAN}]{{0,6}})")
#: A sum's word closing a whole's name (政府性基金支出|总计): its parts are of the measure.
WHOLE_SUM_END_RE = patterns.compile(r"(?:总计|合计)$")
#: The report's own scope opening a whole's name (全乡|贫困人口): no part of its measure.
OWN_SCOPE_LEAD_RE = patterns.compile(r"^[全我本][省市州县区旗盟国乡镇村]")
#: The most a whole's figure stands before its 其中 (贫困人口281户|、1078人。|其中).
WHOLE_GAP_LONGEST = 24


def places_of_whole(text: str, lists: list[list[Item]]) -> None:
    """Places named alone after 其中, each by its figures alone (贫困人口281户、1078人。其中：甲村
    61户、247人，乙村…), are parts of the whole said before 其中 in the same unit: each
    figure has the whole's measure (甲村贫困人口, for both).  So are grades, alone or
    before the whole's last words (天然林保护工程面积…，其中国家级面积… → 国家级天然林
    保护工程面积)."""
    items = [item for chain in lists for item in chain]
    placed = [
        PART_PLACE_RE.fullmatch(item.indicator) is not None
        or PART_GRADE_RE.fullmatch(item.indicator) is not None
        for item in items
    ]
    renamed = Renamed()
    for i, item in enumerate(items):
        name = item.indicator
        if again := renamed.again(text, item):
            item.indicator = again  # 其中本级支出1703万元，下降52.75%: the same part's
            continue
        if kind_of_unit(item.unit) not in ("amount", "count") or not placed[i]:
            continue
        among, before = _whole_before_among(text, items, i)
        if before is None or among - before.end > WHOLE_GAP_LONGEST:
            continue
        k = i - 1
        while k >= 0 and items[k].start > among and placed[k]:
            k -= 1
        if k >= 0 and items[k].start > among:
            continue  # (a figure of something else since 其中: no list of places)
        measure = OWN_SCOPE_LEAD_RE.sub("", without_absolute_change(before.indicator))
        if (
            2 <= han_len(measure) <= 12
            and HAN_ONLY_RE.fullmatch(measure)
            and not PART_PLACE_RE.fullmatch(measure)
            and "占" not in measure
            and not weakness(measure)
            and not VERB_START_RE.match(measure)
        ):
            if grade := PART_GRADE_RE.fullmatch(name):
                measure = WHOLE_SUM_END_RE.sub("", measure)
                if (
                    not measure.endswith(grade.group(2))
                    or not weakness(grade.group(2))  # (市级自然保护区: named whole)
                    or any(scope in measure for scope in "国省市州县区乡镇村级")
                ):
                    continue  # (全市财政收入…，其中市级收入…: the whole's own tier)
                name = grade.group(1)
            item.indicator = renamed.rename(item, name + measure)


#: How the names of bodies counted end (新增个体工商户, 私营企业, 农民专业合作社); not 单位 or
#: 机构, which any body is (纳入统计的单位3100户，资产总额…: no owner named).
BODY_ENDS = (
    "企业",
    "公司",
    "集团",
    "工商户",
    "个体户",
    "合作社",
    "市场主体",
    "经营主体",
    "家庭农场",
)
#: What bodies just counted have, said alone after them (…14.3万户，从业人员30.4万人，注册资金…).
BODY_MEASURES = frozenset(
    ("从业人员", "从业人数", "就业人员", "职工", "职工人数", "注册资金", "注册资本", "资产总额",
     "营业收入", "实缴资本")
)  # fmt: skip
#: What ends a run of one bodies' figures (新增个体工商户…；新增私营企业…: other bodies').
RUN_END = "。；;！？\n"


def measures_of_bodies_counted(text: str, lists: list[list[Item]]) -> None:
    """A measure of bodies said alone right after a count of bodies in the same run of the
    sentence (新增个体工商户14.3万户，从业人员30.4万人，注册资金16.6亿元) is theirs (新增个体工商户
    从业人员, 新增个体工商户注册资金), and so is the change after it."""
    renamed = Renamed(speeds=True)
    owner, previous = "", None
    for item in (item for chain in lists for item in chain):
        if previous is None or any(ch in RUN_END for ch in text[previous.end : item.start]):
            owner = ""
        previous = item
        if again := renamed.again(text, item):
            item.indicator = again
            continue
        name = item.indicator
        if (
            kind_of_unit(item.unit) == "count"
            and unit_base(item.unit) in BODY_COUNT_UNITS
            and name.endswith(BODY_ENDS)
            and 2 <= han_len(name) <= 12
            and HAN_ONLY_RE.fullmatch(name)
        ):
            owner = name
            continue
        start = clause_start(text, item.start)
        if (
            owner
            and name.removeprefix("新增") in BODY_MEASURES
            and text.startswith(name, start)
            and COPULA_AFTER_RE.fullmatch(text, start + len(name), item.start)
        ):
            item.indicator = renamed.rename(item, owner + name)


def measures_of_first_part(text: str, lists: list[list[Item]]) -> None:
    """Parts after 其中 said with 为 alone (其中，住宅销售面积为230.2万平方米，…；写字楼为106.6万平方米；
    商业、非公益用房及其他为50.9万平方米), or their changes with a verb alone (其中，商品住宅销售
    面积同比下降2.1%，办公楼下降15.4%), are of the measure the first part wrote with its name, the
    words it and the whole before 其中 end with (商品房销售面积, 住宅销售面积 → 销售面积); so is the
    change after each."""
    items = [item for chain in lists for item in chain]
    renamed = Renamed()
    measure, among = "", -1
    for i, item in enumerate(items):
        if again := renamed.again(text, item):
            item.indicator = again  # …为106.6万平方米，增长328.1%: the same figure's
            continue
        start = clause_start(text, item.start)
        if kind_of_unit(item.unit) == "amount":
            said = PART_SAID_RE.fullmatch(text, start, item.start)
        elif kind_of_unit(item.unit) == "rate":
            said = PART_CHANGED_RE.fullmatch(text, start, item.start)
        else:
            continue
        if said is None:
            continue
        if (opening := text.rfind("其中", max(0, start - 3), item.start)) >= 0:
            among, measure = opening, _first_part_measure(items, i)  # the first part itself
            continue
        part = said.group(1)
        if (
            among < 0
            or not measure
            or _sentence_start(text, item.start) != _sentence_start(text, among)
            or not item.indicator.startswith(part)
            or MEASURED_END_RE.search(part)
        ):
            continue
        # (…服务业 + 服务业企业营业收入: the industry's word written once)
        item.indicator = renamed.rename(item, join_once(part, measure))


def _first_part_measure(items: list[Item], i: int) -> str:
    """The measure the part ``items[i]`` and the whole before it (the last figure in its unit)
    name alike, at their ends (住宅销售面积, 商品房销售面积 → 销售面积), or ""."""
    part = items[i]
    whole = last_in_unit(items[:i], part)
    if whole is None:
        return ""
    # (…邮政业增加值, 服务业增加值 share 业增加值: the measure starts after the word's 业)
    shared = shared_end(part.indicator, whole.indicator).lstrip("业类")
    ok = len(shared) >= 3 and shared != part.indicator and shared.endswith(MEASURE_HEADS)
    return shared if ok else ""


def measures_of_siblings(text: str, lists: list[list[Item]]) -> None:
    """A part said with its quantity alone after siblings that wrote the measure with their names
    (化工行业用电量699亿千瓦时，…；建材行业用电量375亿千瓦时；有色金属冶炼行业880亿千瓦时) is of
    the measure they share at their ends (有色金属冶炼行业用电量); so are its change and its
    speed's gap after it."""
    items = [item for chain in lists for item in chain]
    renamed = Renamed(speeds=True)
    for i, item in enumerate(items):
        if again := renamed.again(text, item):
            item.indicator = again  # …，同比增长22.4%，增速比上年同期提高…: the same figure's
            continue
        name = item.indicator
        if (
            kind_of_unit(item.unit) != "amount"
            or not 2 <= han_len(name) <= 12
            or not HAN_ONLY_RE.fullmatch(name)
            or MEASURED_END_RE.search(name)
            or not text.endswith(name, clause_start(text, item.start), item.start)
        ):
            continue  # (the name written right before its sum, nothing between)
        sentence = _sentence_start(text, item.start)
        siblings = [
            it
            for it in items[max(0, i - SIBLINGS) : i]
            if it.start >= sentence and unit_base(it.unit) == unit_base(item.unit)
        ][-2:]
        if len(siblings) == 1 and han_len(name) <= 4:
            # 蔬菜产量1870.6万吨、增长3.6%，水果731.1万吨: one sibling, a short thing named
            # before its head alone (产量, 用电量), the part of the same kind, its clause its
            # name alone (not 累计为29个省份保供煤炭超…, 水果总产…)
            head = part_head(siblings[0].indicator)
            if (
                head[-1:] == "量"
                and 2 <= han_len(siblings[0].indicator) - len(head) <= 4
                and text[clause_start(text, item.start) : item.start].strip() == name
                and name[-1:] not in "产量"
                and not name.startswith(MOVED_GOODS)  # (外调粮食超20万吨: a flow, no output)
                and not VERB_START_RE.match(name)
            ):
                item.indicator = renamed.rename(item, name + head)
            continue
        if len(siblings) < 2:
            continue
        shared = shared_end(siblings[0].indicator, siblings[1].indicator)
        k = next((k for k in range(len(shared), 0, -1) if name.endswith(shared[:k])), 0)
        measure = shared[k:]
        if han_len(measure) >= 2 and measure[-1] == "量" and (k or han_len(measure) <= 3):
            # (nothing shared with the part: a head alone, 产量, 用电量, not 粮食产量 for 油料)
            # (a quantity only: a budget's items, 调入资金…, 上年结余…, share no 收入 with theirs)
            item.indicator = renamed.rename(item, name + measure)


def price_heads_listed(text: str, lists: list[list[Item]]) -> None:
    """Goods listed with their prices after one that named the price (排骨零售价为35.24元、
    精瘦肉24.65元、有皮上肉19.32元和肋条肉18.79元) are priced alike: each takes the first
    one's head, with its name as written (精瘦肉零售价, 有皮上肉零售价, 肋条肉零售价)."""
    items = [item for chain in lists for item in chain]
    for before, item in pairwise(items):
        written = text[before.end + 1 : item.start]  # (有皮上肉, whose 有 the name lost)
        if (
            (head := PRICE_HEAD_END_RE.search(before.indicator))
            and text[before.end : before.end + 1] in ("、", "和")
            and 0 <= len(written) - len(item.indicator) <= 1
            and written.endswith(item.indicator)
            and unit_base(item.unit) == unit_base(before.unit)
            and 1 <= han_len(written) <= LISTED_GOODS_LONGEST
            and HAN_ONLY_RE.fullmatch(written)
            and not MEASURED_END_RE.search(written)
        ):
            item.indicator = written + head.group()  # (the one before: the first, or renamed)


#: What a price is named, at the end of a good's (排骨零售价, 大米价格).
PRICE_HEAD_END_RE = patterns.compile(r"(?:零售价|批发价|收购价|出厂价|均价|单价|价格)$")
#: The longest good listed with its price alone (Han characters).
LISTED_GOODS_LONGEST = 6


def shared_end(*names: str) -> str:
    """The words names end with alike (化工行业用电量, 建材行业用电量 → 行业用电量)."""
    common = 0
    while common < min(map(len, names)) and len({n[len(n) - common - 1] for n in names}) == 1:
        common += 1
    return names[0][len(names[0]) - common :]


def last_in_unit(earlier: list[Item], item: Item) -> Item | None:
    """The last figure of ``earlier`` in ``item``'s unit, within a few figures back, or None."""
    return next(
        (it for it in reversed(earlier[-SIBLINGS:]) if unit_base(it.unit) == unit_base(item.unit)),
        None,
    )


#: A comparison whose other side's value is given in brackets after it (高于全省平均水平|（5.2%）):
#: group 1 the other side.
COMPARED_BRACKET_RE = patterns.compile(
    r"(?:高于|低于|快于|慢于|超过|超出|好于|领先)([^，。；：、（(）)0-9]{2,16})[（(]$"
)
#: How far before its bracket such a comparison is looked for.
COMPARED_BRACKET_WINDOW = 20


def compared_in_brackets(text: str, lists: list[list[Item]]) -> None:
    """A rate in brackets after what a rate before it is compared with (规上工业增加值增长6.5%，
    高于年度预期目标增速（4.5%）…; 税收收入增长9.5%，高于全省平均增幅（6.1%）…，高于全市平均增幅
    （7.2%）…) is that other side's value of the same measure (规上工业增加值年度预期目标增速,
    税收收入全省平均增幅, 税收收入全市平均增幅): the rate compared is the last one of the
    sentence before it not in brackets itself."""
    items = [item for chain in lists for item in chain]
    for i, item in enumerate(items):
        if kind_of_unit(item.unit) != "rate" or text[item.end : item.end + 1] not in ("）", ")"):
            continue
        sentence = _sentence_start(text, item.start)
        measured = next(
            (
                it
                for it in reversed(items[max(0, i - SIBLINGS) : i])
                if it.start >= sentence
                and kind_of_unit(it.unit) == "rate"
                and text[it.start - 1 : it.start] not in ("（", "(")
            ),
            None,
        )
        if measured is None:
            continue
        reach = max(measured.end, item.start - COMPARED_BRACKET_WINDOW)
        compared = COMPARED_BRACKET_RE.search(text, reach, item.start)
        measure = without_absolute_change(measured.indicator)
        if compared is None or item.indicator != compared.group(1) or han_len(measure) < 2:
            continue
        if measure not in compared.group(1):
            item.indicator = measure + compared.group(1)


#: An earlier year's value in a note right after a figure (32161元（2020年人均27947元）): the
#: year, then what of the measure the note repeats.
YEAR_IN_NOTE_RE = patterns.compile(
    r"((?:19|20)[0-9]{2}年(?:末|底)?)(?:为|是)?([\u4e00-\u9fff]{0,8}?)(?:为|是|达)?"
)


def earlier_years_in_notes(text: str, lists: list[list[Item]]) -> None:
    """A figure in a note right after another, said of an earlier year with at most a piece
    of its measure (人均生产总值32161元（2020年人均27947元；2019年29006元）), is that measure's
    in that year (2020年人均生产总值)."""
    items = [item for chain in lists for item in chain]
    for i, item in enumerate(items):
        opened = max(text.rfind("（", max(0, item.start - 40), item.start), 0)
        if text[opened : opened + 1] != "（" or "）" in text[opened : item.start]:
            continue
        owner = next(
            (it for it in reversed(items[max(0, i - SIBLINGS) : i]) if it.end <= opened), None
        )
        cut = max(opened, *(text.rfind(mark, opened, item.start) for mark in "；，、"))
        said = YEAR_IN_NOTE_RE.fullmatch(text, cut + 1, item.start)
        if (
            owner is None
            or owner.end != opened
            or said is None
            or unit_base(owner.unit) != unit_base(item.unit)
            or said.group(2) not in owner.indicator
            or han_len(measure := without_absolute_change(owner.indicator)) < 2
        ):
            continue
        year = said.group(1)
        if year[-1] in "末底":
            measure = measure.removeprefix("年末").removeprefix("年底")  # (2020年末|总人口)
        item.indicator = year + measure


#: A share given in a note right after the thing it is of (食品类商品|（限上占比|18.5%）): the
#: words before its figure.
NOTED_SHARE_RE = patterns.compile(r"[\u4e00-\u9fff]{0,8}(?:占比|比重)(?:为|达)?")
#: What a figure right after such a note says of the thing: its change (）|同比增长|3.8%).
NOTED_CHANGE_RE = patterns.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|上涨|下跌|减少|增加)")


def shares_in_notes(text: str, lists: list[list[Item]]) -> None:
    """A thing whose share stands in a note right after it (1.食品类商品（限上占比18.5%）同比增长
    3.8%，拉动…0.7个百分点) owns the share (食品类商品限上占比), the change right after the note
    (食品类商品) and a pull after that in its clause's sentence part (食品类商品拉动…)."""
    items = [item for chain in lists for item in chain]
    owner, close = "", -1
    for item in items:
        opening = enclosing_bracket(text, clause_start(text, item.start), item.start)
        if (
            opening >= 0
            and kind_of_unit(item.unit) == "rate"
            and text[item.end : item.end + 1] in ("）", ")")
            and NOTED_SHARE_RE.fullmatch(text, opening + 1, item.start)
        ):
            thing = tidy(text[clause_start(text, opening) : opening])
            if 2 <= han_len(thing) <= 16 and HAN_ONLY_RE.fullmatch(thing):
                owner, close = thing, item.end
                item.indicator = thing + text[opening + 1 : item.start]
            continue
        if not owner or PART_END_RE.search(text, close, item.start):
            owner = ""
            continue
        if item.start - close <= 12 and NOTED_CHANGE_RE.fullmatch(text, close + 1, item.start):
            item.indicator = owner  # ）同比增长3.8%: the thing's change
        elif kind_of_unit(item.unit) == "pp" and item.indicator.startswith(PULL_VERBS):
            item.indicator = owner + item.indicator  # ，拉动本月限上零售额增长0.7个百分点


#: The grades of air quality a day is given (优, 良, 轻度污染…), counted in days.
AIR_GRADES = frozenset(("优", "良", "优良", "轻度污染", "中度污染", "重度污染", "严重污染"))
#: Days counted in all, or of the better grades, before the grades' own counts (香格里拉市总采样
#: 天数为365天，优为275天…; 环境空气质量优良天数…，其中优…): group 1 whose days.
DAYS_COUNTED_RE = patterns.compile(
    r"(.*?)(?:达到)?(?:全年)?总?(?:有效)?(?:采样|监测|评价)?(?:优良|优、良|优和良|达标)?天数"
)


def air_quality_grades(text: str, lists: list[list[Item]]) -> None:
    """Days of an air-quality grade named by the grade alone (优为275天，良为90天，优良率100%)
    are the days, and the rate, of the place whose days the sentence counted before them
    (香格里拉市优天数, 香格里拉市良天数, 香格里拉市优良率), or of the air quality the paragraph
    speaks of (空气质量良天数)."""
    items = [item for chain in lists for item in chain]
    owner, owner_sentence = "", -1
    for item in items:
        name, sentence = item.indicator, _sentence_start(text, item.start)
        if unit_base(item.unit) == "天" and (days := DAYS_COUNTED_RE.fullmatch(name)):
            if han_len(days.group(1)) >= 2:
                owner, owner_sentence = days.group(1), sentence
            continue
        if sentence != owner_sentence:
            owner = ""
        if name in AIR_GRADES and unit_base(item.unit) == "天":
            # (a grade's days alone, where the paragraph speaks of air: its quality's)
            whose = owner or ("空气质量" if "空气" in text[: item.start] else "")
            item.indicator = whose + name + "天数"
        elif owner and name == "优良率" and kind_of_unit(item.unit) == "rate":
            item.indicator = owner + name


#: An earlier census whose value a figure is (比2000年第五次全国人口普查的|3.31人): group 1 the
#: census.
CENSUS_BASE_RE = patterns.compile(
    r"[比与同](?:(?:19|20)[0-9]{2}年)?(第[一二三四五六七八九十]次全国(?:人口|经济|农业)普查)的?$"
)
#: The change said of a figure against the census (…的3.31人|增加了|0.25人; …的242万人|相比，增加|).
CENSUS_CHANGE_RE = patterns.compile(
    r"(?:相比|比较)?[，,]?(?:共|净)?(增加|减少|增长|下降|提高|降低)了?"
)
#: How far before a figure the census it is compared with is looked for.
CENSUS_WINDOW = 30


def census_bases(text: str, lists: list[list[Item]]) -> None:
    """A figure compared with an earlier census (平均每个家庭户的人口为3.56人，比2000年第五次全国
    人口普查的3.31人增加了0.25人): the census's value is the measure's then (第五次全国人口普查
    平均每个家庭户的人口), the change after it the measure's against it (平均每个家庭户的人口比
    第五次全国人口普查增加; 与…普查的242万人相比，增加9万人)."""
    items = [item for chain in lists for item in chain]
    measure, census, base_end = "", "", -1
    for i, item in enumerate(items):
        reach = max(0, item.start - CENSUS_WINDOW)
        compared = CENSUS_BASE_RE.search(text, reach, item.start)
        if compared and i and (before := items[i - 1]).end <= compared.start():
            measure = without_absolute_change(before.indicator)
            census = compared.group(1)
            if han_len(measure) >= 2 and unit_base(before.unit) == unit_base(item.unit):
                item.indicator = census + measure
                base_end = item.end
            else:
                measure = ""
            continue
        if measure and (change := CENSUS_CHANGE_RE.fullmatch(text, base_end, item.start)):
            item.indicator = f"{measure}比{census}{change.group(1)}"
        measure = ""


#: A light verb and the measure right after a count of places or bodies (77个县（市）|实现生产总值
#: 2135.01亿元): group 1 the measure.
ACHIEVED_BY_COUNTED_RE = patterns.compile(rf"(?:共|累计)?(?:实现|完成)({HAN_LETTER}{{2,12}})")


def achieved_by_counted(text: str, lists: list[list[Item]]) -> None:
    """A sum the places or bodies just counted achieved (全省77个县（市）实现生产总值2135.01亿元，
    同比增长3.2%) is theirs (县（市）生产总值), and so are the rates after it named as it was:
    the whole's figure is another (the province's 生产总值)."""
    items = [item for chain in lists for item in chain]
    renamed = Renamed(speeds=True)
    for before, item in pairwise(items):
        name = item.indicator
        if again := renamed.again(text, item):
            # …，同比增长3.2%，较上年同期回落4.9个百分点: the same figure's, and its speed's
            item.indicator = again
            continue
        counted = before.end + len(before.indicator)  # 77个|县（市）|实现…: the noun after it
        if not text.startswith(before.indicator, before.end) or not before.indicator:
            continue
        achieved = ACHIEVED_BY_COUNTED_RE.fullmatch(text, counted, item.start)
        if (
            achieved is None
            or kind_of_unit(item.unit) != "amount"
            or unit_base(before.unit) not in ("个", "家")
            or name != achieved.group(1)
            or not PLACE_COUNTED_NAME_RE.fullmatch(before.indicator)
        ):
            continue
        item.indicator = renamed.rename(item, before.indicator + name)


#: Places named as the things a count counts (县（市）, 区, 乡镇, 开发区).
PLACE_COUNTED_NAME_RE = patterns.compile(
    rf"{HAN_LETTER}{{0,6}}[{PLACE_END_CHARS}](?:（[{PLACE_END_CHARS}、]{{1,5}}）)?"
)


def speeds_named_after(text: str, lists: list[list[Item]]) -> None:
    """A rate whose speed is named after it (据测算，在5月份-2.9%的全国工业生产者出厂价格总水平同比
    降幅中，…) is of that speed's measure (全国工业生产者出厂价格总水平同比降幅), not of the words
    before it (在5月份)."""
    for item in (item for chain in lists for item in chain):
        if kind_of_unit(item.unit) == "rate" and (
            speed := SPEED_OF_AFTER_RE.match(text, item.after)
        ):
            item.indicator = speed.group(1)
