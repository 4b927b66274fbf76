"""The kind of a figure (amount, count, change, pp, share, completion, level) and
the direction of a change: from its unit, and for rates from the cue words of
its clause (增长, 占, 完成, 率)."""

from __future__ import annotations

import re
from decimal import Decimal

from reportpress import patterns
from reportpress.metrics.lexicon import (
    CHANGE_CHAR,
    CLAUSE_END,
    COMPARED_TARGET_RE,
    COMPARED_WORD_RE,
    COMPARED_WORD_WINDOW,
    CUE_RE,
    DOWN_RE,
    GROWTH_AFTER_DE_RE,
    GROWTH_TARGET_RE,
    HAN,
    MAGNITUDE,
    MILESTONE_AFTER_RE,
    PEOPLE_CUES,
    PLUS_SIGNS,
    RATE_HELD_RE,
    REACHED_RE,
    SCHEDULES,
    SPEEDS,
    TARGET_SHARE,
    TARGET_WORDS,
    TIMES_CUES,
    UP_CHARS,
    UP_RE,
)
from reportpress.metrics.names import without_cited_notes
from reportpress.metrics.scan import (
    ALLOCATED_TO_RE,
    Item,
    clause_start,
    enclosing_bracket,
    kind_of_unit,
    opens_clause,
)

#: A Han character: what follows a figure names things (3.1万转非劳动力, 的养老机构).
HAN_CHARACTER_RE = patterns.compile(rf"[{HAN}]")
#: A measure's other name or a figure in brackets (占户籍人口的比重（城镇化率）, 比全市平均增速
#: （8.1%）低): no cue of its own.
ALIAS_NOTE_RE = patterns.compile(rf"[（(](?:[{HAN}]{{2,10}}|[0-9.%％-]{{1,8}})[）)]")
#: The whole a contribution is to (对经济增长的|贡献为…): its 增长 states no change.
CONTRIBUTED_TO_RE = patterns.compile(rf"对[{HAN}A-Za-z]{{1,8}}?增长的?(?=贡献)")
#: Floors and ceilings before a rate: their 低于/高于 state no change.
BOUND_WORDS_RE = patterns.compile(r"不[低高]于|不少于|不超过")


#: A sum as the subject of a rate with no cue (民生支出保持在70%以上): a rate of a sum
#: that is no change is the part of the whole it makes up.
SUM_SUBJECT_RE = patterns.compile(
    r"(?:支出|投入|投资|资金|经费)(?:保持在|稳定在|始终保持在|达到|达|为|超过|超)$"
)


#: Where a move starts (由2.87%下降为…, 从…提高为…): the level it ends at follows 为.
MOVE_STARTS = frozenset("由从")


def _rate_kind(prefix: str, default: str) -> tuple[str, str]:
    """Kind and direction of a rate from the nearest cue in its clause."""
    end = len(prefix)
    while True:
        cues = [c for c in CUE_RE.finditer(prefix, 0, end)]
        if not cues:
            return default, ""
        cue = cues[-1]
        name = cue.lastgroup or ""
        if name == "change":
            if REACHED_RE.match(prefix[cue.end() :]) or (
                prefix[cue.end() :] == "为" and not MOVE_STARTS.isdisjoint(prefix[: cue.start()])
            ):
                # 占比提升至54%; 由2.87%下降为2.02% (为 after where the move started): a level
                # reached
                end = cue.start()
                continue
            return "change", _direction(prefix[cue.start() :])
        return name, ""


#: A growth ranked, closing the clause before a figure's (增速最快，|达21.6%).
FASTEST_BEFORE_RE = patterns.compile(r"(?:增幅|增速|增长)(?:最大|最快|最高|较快|较大)[，,]$")
#: Verbs of one figure pulling another down (拖累工业增速…): down, whatever the pulled
#: measure's own word (增速, 增长) says.
DRAG_RE = patterns.compile(r"拖累|拉低|下拉")


#: A rate or a share adjusted up or down (比重下调|0.5个百分点): its way (not a verb of change
#: elsewhere: 五次下调…利率 is a count of adjustments).
ADJUSTED_RE = patterns.compile(r"([上下])调(?![整查研度控剂])")


def _direction(prefix: str) -> str:
    if ("拖" in prefix or "拉" in prefix) and DRAG_RE.search(prefix):
        return "down"
    ups = [m.end() for m in UP_RE.finditer(prefix)]
    downs = [m.end() for m in DOWN_RE.finditer(prefix)]
    if "调" in prefix:
        for adjusted in ADJUSTED_RE.finditer(prefix):
            (ups if adjusted.group(1) == "上" else downs).append(adjusted.end())
    if not ups and not downs:
        return ""
    return "up" if max(ups, default=-1) > max(downs, default=-1) else "down"


#: A speed a rate is the value of, named after it (…-2.9%|的全国工业生产者出厂价格总水平同比降幅中):
#: group 1 the speed's name, group 2 its word.
SPEED_OF_AFTER_RE = patterns.compile(r"的([^，。；：、0-9]{2,30}?(涨幅|降幅|增幅|跌幅|增速))中")


#: Above a target, a plan or a schedule, right before the points it is above by.
OVER_TARGET_RE = patterns.compile(
    r"超(?:过|出)?(?:了)?(?:规划|计划|年度|全年)?(?:目标|任务|进度|序时进度)值?$"
)


#: Behind a schedule, right before the points it is behind by (短平均进度|6.8个百分点).
SHORT_OF_SCHEDULE_RE = patterns.compile(rf"短(?:于)?{SCHEDULES}?进度$")


#: How a share's name ends: a rate so named is a share, whatever its clause says.
SHARE_NAME_ENDS = ("比重", "占比")


def kind_and_direction(text: str, chain: list[Item], item: Item) -> tuple[str, str]:
    """Kind and direction; a negative rate is a decline (增长-2.1%, 下降-2.1%: down)."""
    if item.tabled and item.tabled[1]:
        # a table's column of changes (与上月比) or shares: the sign says a change's way
        if item.tabled[1] != "change" or not Decimal(item.value):
            return item.tabled[1], ""
        return "change", "down" if item.value.startswith("-") else "up"
    kind, direction = _written_kind(text, chain, item)
    if (
        kind == "level"
        and kind_of_unit(item.unit) == "rate"
        and (moved := _moved_in_a_word(text, chain))
    ):
        kind, direction = "change", moved  # 环比跌1.8%, 减产0.9%, 增 4.9%
    if kind == "level" and item.indicator.endswith(SHARE_NAME_ENDS):
        kind = "share"  # 西宁市比重为83.5%，海东市73.9%: named a share by its list, one too
    if kind_of_unit(item.unit) == "rate" and SPREAD_BEFORE_RE.search(
        text, max(0, item.start - 6), item.start
    ):
        return "share", ""  # 增长面达60%: the share of the things that grew, no growth
    if kind_of_unit(item.unit) == "rate" and (grew := GROWTH_AFTER_DE_RE.match(text, item.after)):
        return "change", "down" if grew.group(1) in ("下降", "回落") else "up"  # 7%的较快增长
    if kind_of_unit(item.unit) == "rate" and (speed := SPEED_OF_AFTER_RE.match(text, item.after)):
        # 在5月份-2.9%的…同比降幅中: the value of that speed (the sign or the word says the way)
        down = speed.group(2) in ("降幅", "跌幅") or item.value.startswith("-")
        return "change", "down" if down else "up"
    if (
        kind == "change"
        and COMPARED_TARGET_RE.match(text, item.after)
        and COMPARED_WORD_RE.search(text, max(0, item.start - COMPARED_WORD_WINDOW), item.start)
    ):
        # 失业率为3.2%，低于4.5%的控制目标: the target of the figure before, of its kind
        # (增长6.5%，高于6%的预期目标: a growth's target is a growth)
        start = clause_start(text, item.start)
        before = text[clause_start(text, max(0, start - 1)) : start]
        return _rate_kind(before, "level") if start else ("level", "")
    if (
        kind == "level"
        and STRETCH_ALONE_RE.fullmatch(text, start := clause_start(text, item.start), item.start)
        and start
    ):
        # 增长10%，力争11.5%: the stretch target of the figure before, of its kind
        return _rate_kind(text[clause_start(text, start - 1) : start], "level")
    if (
        kind == "pp"
        and not direction
        and OVER_TARGET_RE.search(text, clause_start(text, item.start), item.start)
    ):
        direction = "up"  # 超规划目标值12个百分点: above the target by so many points
    if (
        kind == "pp"
        and not direction
        and SHORT_OF_SCHEDULE_RE.search(text, clause_start(text, item.start), item.start)
    ):
        direction = "down"  # 短平均进度6.8个百分点: behind the schedule by so many points
    if kind in ("change", "pp") and item.turn:
        # 分别下降5.2%和上升3.1%, 分别提高5个百分点和下降16.5个百分点: its own way
        direction = _direction(item.turn)
    if kind == "change" and not direction and item.rate_default == "change":
        direction = "up"  # 按增速排序，沁水县6%: a growth by what it was ranked by, its sign
    if (
        (kind == "level" or kind == "change" and text[item.start - 1 : item.start] in ("（", "("))
        and item.indicator.endswith(SPEED_NAMES)
        and not item.indicator.endswith(SIGNED_LEVELS)
        and kind_of_unit(item.unit) == "rate"
        and (item.unit != "‰" or item.indicator.endswith(("年均增长率", "年平均增长率")))
    ):  # (然增长率为8.69‰, a name cut: a population's growth per mille is its natural one)
        # 宁夏（10.7%）, named …增加值增速: a growth (低于…的有舒城县（12.9%）: a growth still,
        # the words before compare it, its sign says its way)
        kind, direction = "change", "up"
    if (
        item.value.startswith("-")
        and kind not in ("count", "amount")
        and not (kind == "level" and item.indicator.endswith(SIGNED_LEVELS))
    ):
        if kind != "pp":
            kind = "change"  # a share, a level or a completion is never negative
        # (下降-3.5%: a decline written with its sign as well says it once, not twice)
        direction = "down"
    elif (
        text[item.start : item.start + 1] in PLUS_SIGNS
        and kind == "level"
        and kind_of_unit(item.unit) == "rate"
        and not item.indicator.endswith(SIGNED_LEVELS)
    ):
        kind, direction = "change", "up"  # 同比+19.8%: a growth written with its sign
    return kind, direction


#: A move said by one character right after its basis, as price releases write it (环比跌|1.8%,
#: 同比分别涨|…, 同比高|0.5%): a change, its way the character's.
BARE_MOVE_RE = patterns.compile(
    r"(?:同比|环比|按年|按月|[比较]上[周月年]|[比较](?:去年|上年)同期)(?:分别)?([涨跌升降高低])了?$"
)
#: A harvest's, an income's or a spending's move said right before its rate (减产|0.9%).
HARVEST_MOVE_RE = patterns.compile(
    r"(增产|减产|增收|减收|增支|减支)(?:了|分别)?$"
    r"|(?:^|[，,；;]|同比|[比较](?:上年|去年))\s*([增减])\s*$"  # (…，增 4.9%: a move in one character)
)


def _moved_in_a_word(text: str, chain: list[Item]) -> str:
    """The way a list's rates moved, said by a short word right before the first (环比跌|1.8%,
    减产|0.9%, ，增 |4.9%): "up", "down", or "" when no such word stands there."""
    start = chain[0].start
    for words in (BARE_MOVE_RE, HARVEST_MOVE_RE):
        if said := words.search(text, max(0, start - 8), start):
            word = next(group for group in said.groups() if group)
            return "up" if word[0] in "涨升高增" else "down"
    return ""


#: Levels that may be below zero (人口自然增长率为-11.91‰): a level still, no change.
SIGNED_LEVELS = ("自然增长率", "贡献率")  # (一产对总投资的贡献率为-2.25%: a level below zero)
#: Names of a speed of growth (…增速, …增幅): a rate so named is a change.
SPEED_NAMES = ("增速", "增幅", "增长速度", "增长率")  # (自然增长率 is a level: SIGNED_LEVELS)
#: A stretch target said alone, opening its clause (，力争|11.5%): the figure before's, higher.
STRETCH_ALONE_RE = patterns.compile(r"(?:力争|争取|努力)(?:达到|实现)?")


#: How widely a growth spread, right before its rate (增长面达|60%, 亏损面为, 达产面): a share.
SPREAD_BEFORE_RE = patterns.compile(r"(?:增长|下降|亏损|盈利|达产|覆盖|受益)面(?:达到?|为|是)?$")


#: A clause that gives only a total (总计达到, 累计达): its subject is the clause before's.
TOTAL_OPENING_RE = patterns.compile(r"(?:总计|累计|合计|共计|总数|总量)")


#: A scale reached after a bare magnitude (突破300亿规模, 千亿级规模 keeps its 级).
SCALE_AFTER_RE = patterns.compile(r"(?:元)?(?:规模|量级)(?!以上|以下)")


#: The names of a growth rate's target (…增长预期目标): a change up, as 8%的增长目标 is.
GROWTH_TARGET_NAMES = tuple(f"增长{word}" for word in TARGET_WORDS)


#: A change said with its verb's first character alone, opening the clause (，增9.5%).
BARE_CHANGE_CHAR_RE = patterns.compile(rf"[，,、]?(?:分别)?{CHANGE_CHAR}")
#: A change said as more or less than a base (比2020年少|5.4%, 比上年多|2.1%).
COMPARED_MORE_LESS_RE = patterns.compile(r"比[^，。；、比]{1,12}([多少])")
#: 占 before a target or a budget (占全年目标任务|1200人的|174%): the figure's completion.
TARGET_SHARE_RE = patterns.compile(TARGET_SHARE)
#: A comparison with another figure or place (高于|低于; 进度超过去年同期): the way a gap goes.
COMPARISON_RE = patterns.compile(
    r"(高于|高出|快于|超(?:出|过)?(?=(?:序时|时序|时间)进度|(?:去年|上年)同期))"
    r"|(低于|慢于|落后于?(?=(?:序时|时序|时间)进度|(?:去年|上年)同期))"
)
#: A gap written with 比 and its side (比全省|高, 比全国、全省|高, 比全省（7.7%）和全国
#: （7.0%）分别|高): above or below.
COMPARED_GAP_RE = patterns.compile(r"[比较][^，。；比较]{1,32}?(?:分别)?([高低快慢多少])(?:出)?$")


#: A gap written with a verb of passing its other side (超过全国|0.4个百分点, 超额完成年度目标|1.1个百分点):
#: above it.
PASSED_GAP_RE = patterns.compile(r"(?:超过|超出|超额|超(?=计划|目标|预期|序时))[^，。；、]{1,12}$")


def _gap_direction(words: str) -> str:
    """The way of a gap written with 比 or 较 and its side at the end of ``words`` (比全省|高,
    较上年同期|低): up or down; "" when there is none."""
    gap = COMPARED_GAP_RE.search(words)
    return ("up" if gap.group(1) in "高快多" else "down") if gap else ""


#: Money's words right before a bare 万 or 亿 (投资|2000万的…, 总投资1.2亿的…).
MONEY_BEFORE_RE = patterns.compile(
    r"(?:投资|投入|资金|融资|筹资|产值|收入)(?:总额|额)?(?:约|近|超|达|为)?$"
)


def _written_kind(text: str, chain: list[Item], item: Item) -> tuple[str, str]:
    """Kind and direction: from the unit, and for rates from the clause's cues."""
    base = kind_of_unit(item.unit)
    if base == "count" and item.unit in MAGNITUDE:
        # A bare 万 before a noun counts it (3.1万转非劳动力); at a clause end it is
        # money, unless the clause counts people (就业人数达12万, 接待游客3.2万).
        nxt = text[chain[-1].after : chain[-1].after + 1]
        start = clause_start(text, chain[0].start)
        before = text[start : chain[0].start]
        if TOTAL_OPENING_RE.match(before) and start > 0 and text[start - 1] in "，,":
            # 参保人数增加7359万，总计达到1.17亿: the total of what the clause before counts
            before = text[clause_start(text, start - 1) : chain[0].start]
        counted = (
            re.match(rf"[{HAN}]", nxt)
            and not (nxt == "的" and MONEY_BEFORE_RE.search(before))  # 投资2000万的…平台: money
            or any(cue in before for cue in PEOPLE_CUES + TIMES_CUES)
        )
        if SCALE_AFTER_RE.match(text, chain[-1].after) and not any(
            c in before for c in PEOPLE_CUES
        ):
            counted = False  # 总产值突破300亿规模: a sum of money reached, no 规模 counted
        elif MILESTONE_AFTER_RE.match(text, chain[-1].after):
            # 跨越8万亿、9万亿两个大台阶: a sum reached, nothing counted; 旅客吞吐量突破300万
            # 大关: people, a count reached
            counted = any(cue in before for cue in PEOPLE_CUES)
        return ("count" if counted else "amount"), ""
    if base in ("count", "amount"):
        return base, ""
    if item.indicator.endswith(GROWTH_TARGET_NAMES):
        return "change", "up"  # 地区生产总值增长预期目标 (named by the check of names)
    # A list shares the cue written before its first item (分别完成全年任务的54.7%、54.6%).
    first = chain[0]
    start = clause_start(text, first.start, CLAUSE_END + "、")
    if text[start - 1 : start] == "、" and (
        (opening := enclosing_bracket(text, clause_start(text, first.start), start)) >= 0
    ):
        # 增长16.8%（全国7.1%、全省14.8%）: a bracketed list shares the cue before its bracket
        start = clause_start(text, opening, CLAUSE_END + "、")
    close = text.find("）", start, first.start)
    if (
        close >= 0
        and "（" not in text[start:close]
        and (opening := text.rfind("（", max(0, start - 120), start)) >= 0
    ):
        # 为预算（调整后预算，下同）的101.2%: the clause began inside a note; read from before it
        start = clause_start(text, opening, CLAUSE_END + "、")
    prefix = text[start : first.start]
    if (
        start
        and prefix.removeprefix("分别") in ("为", "达", "达到", "是")
        and FASTEST_BEFORE_RE.search(text, max(0, start - 12), start)
    ):
        return "change", "up"  # …增幅最大，分别为22.5%和21.6%: the growths ranked first
    if bare := BARE_CHANGE_CHAR_RE.fullmatch(prefix):
        # …30万吨，增9.5%; 升0.7个百分点: a gap in points stays one
        return "pp" if base == "pp" else "change", "up" if bare.group(1) in UP_CHARS else "down"
    if (
        prefix[-1:] in "多少"
        and base == "rate"
        and (compared := COMPARED_MORE_LESS_RE.fullmatch(prefix))
    ):
        return "change", "up" if compared.group(1) == "多" else "down"  # 比2020年少5.4%
    if first.rate_default == "completion" and TARGET_SHARE_RE.search(prefix):
        return "completion", ""  # 占全年目标任务1200人的174%: a completion, 占 notwithstanding
    prefix = BOUND_WORDS_RE.sub("", prefix)  # 不低于50%: a floor, not a decline
    if "贡献" in prefix:
        prefix = CONTRIBUTED_TO_RE.sub("", prefix)  # 对经济增长的贡献为50%: no growth of its own
    if "）" in prefix or ")" in prefix:
        prefix = ALIAS_NOTE_RE.sub("", prefix)  # 占…的比重（城镇化率）为: 占, not the alias's 率
        if "《" in prefix or "〔" in prefix:
            prefix = without_cited_notes(prefix)  # 占…预计数（预计数取自《…》）的: the cue after
    if base == "pp":
        # 比全省高1个百分点: a gap written with 比 and a bare 高 or 低 is above or below;
        # 低于全市平均增速1.3个百分点: the comparison says the way, not the speed after it
        compared = [m.lastindex for m in COMPARISON_RE.finditer(prefix)]
        direction = (
            ("up" if compared[-1] == 1 else "down")
            if compared
            else _gap_direction(prefix)
            or _direction(prefix)
            or ("up" if PASSED_GAP_RE.search(prefix) else "")  # 超过全国0.4个百分点
        )
        if not direction and text.rfind("、", start - 1, first.start) >= 0:
            # 分别高于全省、全市3.2和5个百分点: the cue stands before the places listed;
            # 分别比全国、全省高1.2、0.5个百分点: the side after them
            listed = text[clause_start(text, first.start) : first.start]
            direction = _direction(BOUND_WORDS_RE.sub("", listed)) or _gap_direction(listed)
        return "pp", direction
    after_de = text.startswith("的", chain[-1].after)
    if after_de and (
        text.startswith(SPEEDS, chain[-1].after) or GROWTH_TARGET_RE.match(text, chain[-1].after)
    ):
        return "change", "up"  # 以7%左右的速度增长, 8%的…增长目标: a speed of growth
    # 96.2%的养老机构开展医养结合: a rate standing before the things it is of is a share.
    # So is one opening its clause before a noun (90%以上企业实现复工).
    after = text[chain[-1].after : chain[-1].after + 2]
    of_things = len(after) == 2 and after[0] == "的" and bool(HAN_CHARACTER_RE.match(after[1]))
    of_things = of_things or bool(HAN_CHARACTER_RE.match(after)) and opens_clause(text, first.start)
    of_things = of_things and not RATE_HELD_RE.search(prefix)  # …优良率保持100%的省份
    of_sum = ("支出" in prefix or "投" in prefix or "资金" in prefix or "经费" in prefix) and bool(
        SUM_SUBJECT_RE.search(prefix)
    )  # 民生支出保持在70%以上: a part of the budget
    # 新增财力的65%用于教育: a part of the whole before 的, put to a use
    of_whole = text.endswith("的", 0, first.start) and bool(
        ALLOCATED_TO_RE.match(text, chain[-1].after)
    )
    default = "share" if of_things or of_sum or of_whole else "level"
    return _rate_kind(prefix, first.rate_default or default)
