"""Scanning: numbers, their units and approximation words, and the lists they form.

A figure is found where a number (Arabic digits, a Chinese numeral, a
fraction, tenths) carries a unit; its context then decides whether it is a
metric at all (an ordinal, a date, a slogan, a threshold naming a category
are not).  Every look around a figure is bounded (``WINDOW`` characters), so
scanning stays linear however dense or long the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter

from reportpress import patterns
from reportpress.metrics.lexicon import (
    APPROX_AFTER_NUMBER,
    APPROX_AFTER_UNIT,
    APPROX_BEFORE,
    APPROX_WORD_BEFORE,
    BOUNDS_AFTER_UNIT,
    CHANGE_VERB_BEFORE_RE,
    CLASSIFIERS,
    CLAUSE_END,
    CLOSING_ONLY_UNITS,
    CN_ALL,
    CN_REFUSED_UNITS,
    DAYS_UNIT,
    DOWN_WORDS,
    DURATION_AFTER_GE,
    FOREIGN_MONEY,
    GRADE_BEFORE_RE,
    HAN,
    HAN_LETTER,
    HOURS_UNIT,
    LABEL_AFTER_UNIT,
    LABEL_BEFORE,
    LATIN_UNITS,
    LIST_SEP,
    LIST_TURN_VERBS,
    MAGNITUDE,
    MAGNITUDE_ONLY_UNITS,
    MEASURES,
    MILESTONES,
    MINUS_SIGNS,
    MINUS_WORD,
    MINUS_WORD_AFTER,
    MONEY,
    NUMBER_RE,
    NUMBERED_NAMES,
    ORDINAL_AFTER_UNIT,
    PER_PACK_RE,
    PER_POPULATION,
    PER_POPULATION_FOLLOWERS,
    PER_UNITS,
    PERCENT,
    PERSON_UNITS,
    PLACES_ALONE,
    PP,
    QUOTED_RE,
    RANGE_SEP,
    RANKING_RE,
    SEAT_CLASS_RE,
    SIGNS,
    SIZED_BODIES,
    TENETS,
    TENTHS,
    THOUSANDS_SEPARATORS,
    TIMES,
    UP_WORDS,
    VERB_ALTERNATION,
    WORD_AFTER_UNIT,
    YEARS_UNIT,
)
from reportpress.numerals import chinese_value, decimal_text, fraction_value

#: How far any rule looks around a figure, in characters.  A clause of a report
#: is far shorter; the bound keeps every pass linear on text with no punctuation.
WINDOW = 120


@dataclass(frozen=True, init=False)
class Mention:
    start: int  # offset of the mention in the text passed in
    end: int
    text: str  # exact characters, approximation word included (超1800家)
    value: str  # decimal as a string: "1800", "309.3", "66.67" (三分之二), "90" (九成)
    unit: str  # "家", "亿元", "%", "个百分点" ... approximation words removed
    approx: str  # "", "near", "over", "under"
    kind: str  # amount|count|change|pp|share|completion|level
    direction: str  # "", "up", "down"
    indicator: str  # shortest phrase naming what is measured
    low: str = ""  # the lower end of a range (3至5个: "3"); value is the upper

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        value: str,
        unit: str,
        approx: str,
        kind: str,
        direction: str,
        indicator: str,
        low: str = "",
    ) -> None:
        # A frozen dataclass's own __init__ sets each field with object.__setattr__, ten
        # calls per mention (a few per cent of the stage); the instance dict takes them in one.
        self.__dict__.update(
            start=start,
            end=end,
            text=text,
            value=value,
            unit=unit,
            approx=approx,
            kind=kind,
            direction=direction,
            indicator=indicator,
            low=low,
        )


class Words:
    """A fixed set of words, asked which of them a text has at a position.

    Only the words beginning with the character at the position are tried (asked
    at most positions of a report; the unit list alone holds over a hundred).
    """

    __slots__ = ("_groups",)

    def __init__(self, options: Iterable[str]) -> None:
        self._groups = _grouped(options)

    def at(self, text: str, pos: int) -> str:
        """The first (longest-first) word that ``text`` has at ``pos``, or ""."""
        first = text[pos : pos + 1]
        if first in self._groups:  # no call where no word can start (most positions)
            for option in self._groups[first]:
                if text.startswith(option, pos):
                    return option
        return ""


def starts_with(text: str, pos: int, options: Iterable[str]) -> str:
    """The first (longest-first) option that ``text`` has at ``pos``."""
    if isinstance(options, tuple):
        return _words_of(options).at(text, pos)
    for option in options:
        if text.startswith(option, pos):
            return option
    return ""


#: Each options tuple asked for (by identity) with its words: a cache keyed by the
#: tuple itself hashed all its strings at every call (the units are over a hundred).
_WORDS: dict[int, tuple[tuple[str, ...], Words]] = {}


def _words_of(options: tuple[str, ...]) -> Words:
    known = _WORDS.get(id(options))
    if known is None or known[0] is not options:
        if len(_WORDS) > 256:
            _WORDS.clear()  # tuples built on the fly: never let them pile up
        known = _WORDS[id(options)] = (options, Words(options))
    return known[1]


def _grouped(options: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The options grouped by their first character, each group in the given order."""
    groups: dict[str, list[str]] = {}
    for option in options:
        if option:
            groups.setdefault(option[0], []).append(option)
    return {first: tuple(group) for first, group in groups.items()}


def _by_length(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({u for g in groups for u in g}, key=len, reverse=True))


ALL_UNITS = _by_length(MONEY, MEASURES, LATIN_UNITS, CLASSIFIERS, PERCENT, PP, TIMES, TENTHS)
CN_UNITS = tuple(u for u in ALL_UNITS if u not in CN_REFUSED_UNITS and u not in PERCENT)
_AFTER_NUMBER_WORDS = tuple(word for word, _ in APPROX_AFTER_NUMBER)
_AFTER_UNIT_WORDS = tuple(word for word, _ in APPROX_AFTER_UNIT)
#: Units read only after 万/亿 (12亿度, 2亿方): alone they are other words (3度, 各方).
AFTER_MAGNITUDE_UNITS = _by_length(MAGNITUDE_ONLY_UNITS)
_APPROX_AFTER_NUMBER = dict(APPROX_AFTER_NUMBER)
_APPROX_AFTER_UNIT = dict(APPROX_AFTER_UNIT)
#: The word lists ``_parse_at`` reads at every number, grouped once.
_ALL_UNITS_AT = Words(ALL_UNITS)
_CN_UNITS_AT = Words(CN_UNITS)
_AFTER_MAGNITUDE_UNITS_AT = Words(AFTER_MAGNITUDE_UNITS)
_DURATION_AFTER_GE_AT = Words(DURATION_AFTER_GE)
_PER_UNITS_AT = Words(PER_UNITS)
_PER_POPULATION_AT = Words(PER_POPULATION)
_AFTER_NUMBER_AT = Words(_AFTER_NUMBER_WORDS)
_MAGNITUDE_AT = Words(MAGNITUDE)
_AFTER_UNIT_AT = Words(_AFTER_UNIT_WORDS)


#: What follows a digit's 成 when it is tenths (7成以上, 约6成，, 7成村庄): anything but
#: the rest of a word that starts with 成 (3成为, 5成员, 2成果, 8成本).
DIGIT_TENTHS_RE = patterns.compile(
    r"(?![为员立效果绩功本熟交长型品都分份片网链套线规龙就年人材像批群团体形环活全事])"
)


def _unit_at(text: str, pos: int, chinese: bool, magnitude: str = "") -> str:
    """The unit starting at ``pos``, or "" when what follows is no unit."""
    unit = (_CN_UNITS_AT if chinese else _ALL_UNITS_AT).at(text, pos)
    if not unit and not chinese and not magnitude and text[pos : pos + 1] in "/／":
        unit = _PER_POPULATION_AT.at(text, pos)  # 8.5/10万, not 10万 alone
        after = text[pos + len(unit) : pos + len(unit) + 1]
        # (0.5吨/万元 is per 10 000 yuan; 1/100万 a scale)
        followed = not _is_han(after) or after in PER_POPULATION_FOLLOWERS
        return unit if unit and not after.isdigit() and followed else ""
    if magnitude and not unit:
        unit = _AFTER_MAGNITUDE_UNITS_AT.at(text, pos)
    if not unit:
        return ""
    end = pos + len(unit)
    after = text[end : end + 1]
    if (unit in LATIN_UNITS or unit.isascii()) and after.isascii() and after.isalnum():
        return ""  # 400PB is a unit, 3Pro is not; 2亿t yes, 2亿to no
    if after and after in WORD_AFTER_UNIT.get(unit, ""):
        return ""
    if unit in CLOSING_ONLY_UNITS and after not in _CLAUSE_STOPS:
        return ""  # 水窖2059口，; not 10.5亿|口岸, nor a wrapped 进出|口22.3亿元
    if unit == "平" and _is_han(after):
        return ""  # 120万平, but 3万平稳: the colloquial 平方米 closes its figure
    if unit == "个" and _DURATION_AFTER_GE_AT.at(text, pos + 1):
        return ""
    if unit in TENTHS and not chinese and not DIGIT_TENTHS_RE.match(text, end):
        return ""  # 7成以上 yes; 3成为… no: after digits 成 must close the figure
    if after in ("/", "／") and (per := _PER_UNITS_AT.at(text, end + 1)):
        return text[pos : end + 1 + len(per)]  # 4318元/月: the unit is per month
    if after in ("/", "／") and unit.endswith("元") and (pack := PER_PACK_RE.match(text, end + 1)):
        return text[pos : pack.end()]  # 38.45元/500克, 43.14元/5L: a price per pack
    return unit


#: A measure that counts years, and what may stand between it and its figure
#: (受教育年限达到, 预期寿命由…提高到).
YEARS_MEASURE_RE = patterns.compile(
    r"(?:年限|寿命|年数)[^，。；、0-9０-９]{0,6}(?:[0-9０-９.．]{1,6}年[^，。；、0-9０-９]{1,6})?$"
)
#: The longest duration a measure of years gives; more is a calendar year.
YEARS_AT_MOST = 200


#: A measure that counts hours, and what may stand between it and its figure (日照时数|,
#: 日照时数1623小时，比常年偏少|).
HOURS_MEASURE_RE = patterns.compile(
    r"(?:时数|时长|工时)[^，。；、0-9０-９]{0,6}"
    r"(?:[0-9０-９.．]{1,8}[万亿]?小时[，,]?[^，。；、0-9０-９]{1,8})?$"
)


#: A measure that counts days written 日 (平均住院日|为8.6日, …住院日为8.6日，比上年减少|).
DAYS_MEASURE_RE = patterns.compile(
    r"(?:住院日|日数)[^，。；、0-9０-９]{0,6}"
    r"(?:[0-9０-９.．]{1,6}日[，,]?[^，。；、0-9０-９]{1,8})?$"
)


def _measured_unit_at(text: str, pos: int, num_start: int, value: str) -> str:
    """年, 小时 or 日 as the unit of a figure that a measure of years, hours or days names
    just before it (平均受教育年限达到10.2年, 日照时数1623小时, 平均住院日为8.6日), never a
    calendar year, a date or a label (24小时自助图书馆); "" otherwise."""
    if text.startswith(YEARS_UNIT, pos) and Decimal(value) < YEARS_AT_MOST:
        found = YEARS_MEASURE_RE.search(text, max(0, num_start - 24), num_start)
        return YEARS_UNIT if found else ""
    if text.startswith(HOURS_UNIT, pos):
        found = HOURS_MEASURE_RE.search(text, max(0, num_start - 30), num_start)
        return HOURS_UNIT if found else ""
    if text.startswith(DAYS_UNIT, pos):
        found = DAYS_MEASURE_RE.search(text, max(0, num_start - 30), num_start)
        return DAYS_UNIT if found else ""
    return ""


#: What a unit field writes for characters NFKC would flatten: ``㎡`` is ``m²``, not
#: ``m2`` (a reader of the appendix sees the power), and ``℅`` (NFKC: c/o) a percent sign.
_UNIT_FORMS = {"㎡": "m²", "㎥": "m³", "㎢": "km²", "²": "²", "³": "³", "℅": "%"}


def unit_field(unit: str) -> str:
    """A unit as the ``unit`` field has it: width and compatibility forms folded (NFKC,
    ``５％`` → ``%``, ``㎏`` → ``kg``), and an area or a volume written with its power
    whichever way the text wrote it (``㎡``, ``m²``, ``m2`` → ``m²``), so that the same
    unit is one field."""
    if not unit.isascii():
        unit = "".join(_UNIT_FORMS.get(c) or unicodedata.normalize("NFKC", c) for c in unit)
    return unit.replace("m2", "m²").replace("m3", "m³") if "m" in unit else unit


@lru_cache(maxsize=1024)  # asked for every figure by many rules; a report's units are few
def unit_base(unit: str) -> str:
    """The unit without its magnitude: 万平方米 → 平方米, 万人 → 人."""
    for mag in MAGNITUDE:
        if unit.startswith(mag) and unit != mag:
            return unit[len(mag) :]
    return unit


@lru_cache(maxsize=1024)
def kind_of_unit(unit: str) -> str:
    base = unit_base(unit)
    if (
        "/" in base
        and (per := base.split("/")[0])
        and (per in MONEY + MEASURES or per in LATIN_UNITS)
    ):
        return "amount"  # 4318元/年, 16.9万吨/日, 52 km/百km2: an amount per something
    if base in MONEY or base in MEASURES or base in LATIN_UNITS:
        return "amount"
    if base in PP:
        return "pp"
    if base in PERCENT or base in TIMES or base in TENTHS or base in PER_POPULATION:
        return "rate"
    if base in MAGNITUDE_ONLY_UNITS or base in (YEARS_UNIT, HOURS_UNIT):
        return "amount"
    return "count"


@dataclass
class Item:
    """One number with what stands around it, before kinds are decided."""

    start: int
    end: int
    num_start: int
    value: str
    unit: str
    approx: str
    chinese: bool
    rate_default: str = ""  # share for fractions and tenths
    indicator: str = ""
    noun: str = ""  # the counted noun written after the number, if any
    mode: str = ""  # "object" or "subject": how the count stands to the verb before it
    bound: str = ""  # the ceiling word (以内/以下) that ends the mention, if any
    low: str = ""  # the lower end of a range (3至5个)
    turn: str = ""  # the verb of change a respective list's later item opens with (和上升)
    tabled: tuple[str, str] | None = None  # the name and kind a table's row and column give
    against_month: bool = False  # a part of a whole that moved against the month: named so last

    #: Where the words after the figure begin (read by C, not a Python call: the
    #: rules ask it some ten times per figure).
    after = property(attrgetter("end"))


#: The characters approximation words end with: most figures have none of them before.
_APPROX_BEFORE_ENDS = frozenset(word[-1] for word, _ in APPROX_BEFORE)


def _approx_before(text: str, pos: int) -> tuple[int, str]:
    """Start and approx value of an approximation word just before ``pos`` (asked only
    where the character before is one such a word ends with)."""
    for word, value in APPROX_BEFORE:
        start = pos - len(word)
        if start >= 0 and text[start:pos] == word:
            prev = text[start - 1] if start else ""
            if prev and prev in APPROX_WORD_BEFORE.get(word, ""):
                continue
            if word[0] == "超" and _FIGURE_END_RE.search(text, max(0, start - 6), start):
                return pos, ""  # 比计划目标3000亿元超过1070亿元: the excess, 超过 its verb
            return start, value
    return pos, ""


#: A figure with its unit ending right before a word (…3000亿元|超过, 3.5%|超): not a date.
_FIGURE_END_RE = patterns.compile(
    r"[0-9０-９](?:[万亿千百]?(?![年月日号])[\u4e00-\u9fff]{1,2}|%|[万亿])$"
)


def _sign_len(text: str, pos: int) -> int:
    """1 when a sign stands right before the digits at ``pos`` (增长-2.1%, 同比+19.8%).

    Not after a digit, a letter or a percent sign: 2023-2024, A-1 and 3%-5%
    are ranges and names, not negative numbers.
    """
    if pos and text[pos - 1] == MINUS_WORD:
        # 财产性净收入负64元; not 正负2%, nor a word ending in 负 (为企业减负16.5亿元, 担负)
        return 0 if text[pos - 2 : pos - 1] in MINUS_WORD_AFTER else 1
    if pos == 0 or text[pos - 1] not in SIGNS:
        return 0
    prev = text[pos - 2] if pos >= 2 else ""
    if prev and (prev.isalnum() and not re.match(rf"[{HAN}]", prev) or prev in "%％﹪‰℅.．"):
        return 0
    if prev and prev in CN_ALL:
        return 0  # 一-二: a range of numerals
    return 1


_LABEL_BEFORE_ENDS = frozenset(word[-1] for word in LABEL_BEFORE)
#: The rest of a range of counts bounding a class (3万人|至6万人之间的乡镇, 6万人|之间的).
BETWEEN_CLASS_RE = patterns.compile(
    r"(?:[至到~～—－-][0-9０-９.]{1,8}[万千百]?[\u4e00-\u9fff]{0,2})?之间的?"
)
#: Signs of a bound right before a number (>50%, ≤35微克): a class's definition.
THRESHOLD_SIGNS = frozenset("<>≤≥＜＞≦≧")
#: Measures written as Latin acronyms, a figure right after them theirs (GDP762亿元).
MEASURE_ACRONYMS = ("GDP", "GNP", "GRP")
#: A streak's words right before its count (连续5次, 连续超过3年).
STREAK_BEFORE_RE = patterns.compile(r"连续(?:近|超过|超)?$")


#: The first characters of the approximation words before a number (约, 超过, 近…).
APPROX_STARTS = frozenset(word[0] for word, _ in APPROX_BEFORE)


#: A number with a decimal point ending right before another (8.156.|64%): garbled.
TWO_POINTS_BEFORE_RE = patterns.compile(r"[0-9０-９][.．][0-9０-９]+[.．]$")


def _refused_before(text: str, start: int, chinese: bool) -> bool:
    """Context before a number that makes it an ordinal, a date, a name or a rate base."""
    prev = text[start - 1] if start else ""
    head = text[start - 12 if start > 12 else 0 : start]
    if prev in ("第", "届", "每", "+", "＋", "×", "#"):
        return True
    if prev in THRESHOLD_SIGNS and not head[-2:-1].isascii():
        # 酸雨频率>50%, pH均值<4.5: the bound of a class defined, no figure (a tag's > left
        # by a page, …/SPAN>18.9%, is none)
        return True
    if prev in (".", "．") and not chinese and not head[-2:-1].isdigit():
        return True  # 占81天.4%: a decimal point after a word, the tail of a broken number
    if prev in (".", "．") and not chinese and TWO_POINTS_BEFORE_RE.search(head):
        return True  # 增长8.156.64%: a number garbled with two decimal points, no figure
    if prev in ("］", "]") and chinese:
        return True  # ［10］两个基地、两个枢纽: a glossary term after its note number
    if (
        ("a" <= prev <= "z" or "A" <= prev <= "Z")
        and text[start : start + 1] not in APPROX_STARTS
        and not head.endswith(MEASURE_ACRONYMS)  # 实现GDP762亿元: the measure, then its figure
    ):
        return True  # Z4, PM2.5, G7 (人均GDP约1.6万美元: a figure, its word after the letters)
    if head[-1:] in _LABEL_BEFORE_ENDS and head.endswith(LABEL_BEFORE):
        return True  # 附件2, 专栏3
    if chinese and prev and prev in CN_ALL + "统唯之这那某另逐同单初周":
        return True  # 统一, 之一, 这一, 万一 ...
    if "连续" in head and (head.endswith("连续") or STREAK_BEFORE_RE.search(head)):
        return True  # streaks: 连续5次, 连续6个月
    return ("前" in head or "后" in head) and bool(RANKING_RE.search(head))  # 排名…前


def _ranking(text: str, item: Item) -> bool:
    """前10名, 后十位: a place in a ranking, not a count; nor are first places counted
    (实现三个全市第一)."""
    if item.unit in ("名", "位") and text[item.start - 1 : item.start] in ("前", "后"):
        return True
    if item.unit == "位" and (
        text[item.start - 1 : item.start] == "居"
        or PLACED_RE.search(
            text, max(clause_start(text, item.start), item.start - _CLAUSE_REACH), item.start
        )
    ):
        return True  # 水城居11位、兴义33位: places in a ranking, listed
    if (
        item.unit in ("名", "位")
        and RANK_PLACE_BEFORE_RE.search(text, max(0, item.start - 8), item.start)
        and RANK_WORD_RE.search(text, max(0, item.start - 16), item.start)
    ):
        return True  # 排名由45位提升至38位: places in a ranking (前移5位 still counts steps)
    return kind_of_unit(item.unit) == "count" and bool(
        FIRST_PLACES_RE.match(text, item.after) or RANK_POOL_RE.match(text, item.after)
    )


#: A place in a ranking said with 居 and no 第 (水城居11位), which the places listed after
#: it in its clause share (、兴义33位).
PLACED_RE = patterns.compile(r"居[0-9０-９]{1,3}位")
#: How far back such a place is looked for in its clause (the places listed in one are few).
_CLAUSE_REACH = 60


#: A ranking named before a place in it, and the words that lead to a place (由, 至, 居).
RANK_WORD_RE = patterns.compile(r"排名|排位|位次|名次|排序")
RANK_PLACE_BEFORE_RE = patterns.compile(
    r"[由从至到为居是](?:上年|去年|上一年|(?:19|20)[0-9]{2}年)?的?$"
)
#: First places or top ranks right after a count (三个|全市第一; 80种产品产能全国第一
#: still counts the products).
FIRST_PLACES_RE = patterns.compile(r"全(?:国|省|市|州|县|区|盟)(?:第一|第[一二三]位|前列|领先)")
#: The pool a ranking is taken in, right after its count (在全市七个|县市区中排名第一, 全省
#: 17个|地市中位居第3): who is ranked among how many, no figure of the report.
RANK_POOL_RE = patterns.compile(
    r"[^，。；、0-9０-９]{1,10}?(?:中|之中)(?:综合|总体|整体)?"
    r"(?:排名|排位|排第|排在|位居|位列|名列|居第|列第)"
)


@lru_cache(maxsize=4096)  # the same few numerals (一, 两, 三) recur all through a report
def _chinese_number(numeral: str) -> str:
    """A Chinese numeral's value as decimal text; ValueError when it is none."""
    return decimal_text(chinese_value(numeral), 4)


#: What may follow a spaced classifier that ends its clause (or the text's end: "").
_CLAUSE_STOPS = ("", *"，。；、：,.;:）)")
#: The marks a clause opening with a spaced count follows.
_CLAUSE_MARKS = frozenset("，；、,;")


def _spaced_unit(text: str, num_start: int, pos: int) -> bool:
    """Whether a unit of money, measure or rate, or a magnitude, starts at ``pos`` after a
    space a converted page put after the digits (5218.36 亿元, 62.3 %); a classifier
    too where the page spaced the digits on both sides (项目 7 个), but for a place
    (第 3 名); years after a space (2023 年) are left alone."""
    if _MAGNITUDE_AT.at(text, pos):
        return True
    unit = _unit_at(text, pos, False)
    if not unit:
        return False
    if kind_of_unit(unit) in ("amount", "rate", "pp"):
        return True
    before = text[max(0, num_start - 2) : num_start]
    if before.rstrip()[-1:] == "第":
        return False  # a place (第 3 名)
    if len(before) == 2 and before[1] == " " and _is_han(before[0]):
        return True
    if before[-1:] in _CLAUSE_MARKS:
        return True  # 教师 23 人,10 个教学班: a clause's count, spaced as the page spaces them
    # 病床45 张，: a classifier that ends its clause is the count's, whatever stands before
    # the digits (a classifier opening a word, 1 个人, runs on into it).
    return text[pos + len(unit) : pos + len(unit) + 1] in _CLAUSE_STOPS


#: The decimals of a number a page wrote with a full stop or a middle dot for its point
#: (增长12。6%, 上涨3·4%), told from a sentence's end by the unit of a rate or a sum right
#: after them.
STOP_AS_POINT_RE = patterns.compile(
    r"[。·・]([0-9０-９]{1,4})(?=%|％|‰|倍|个百分点|[万亿]?元|[万亿]?美元|[万亿][^0-9０-９])"
)
#: The decimals of a number a page wrote with a space after its point (7. 5‰), after a
#: Han character only, spaces between them read past (增长 0. 5%): 。1. 2020年… is a list's
#: number, not a decimal.
SPACED_DECIMAL_RE = patterns.compile(r"[.．] ([0-9０-９]{1,4})(?![0-9０-９])")


def _spaces_before(text: str, pos: int) -> int:
    """How many plain spaces stand right before ``pos`` (增长 |0. 5%), at most two."""
    return 2 if text.endswith("  ", 0, pos) else 1 if text.endswith(" ", 0, pos) else 0


#: What a numeral written digit by digit holds to be a number (二〇二四): a zero, or any
#: place (十百千万亿) makes it an ordinary numeral.
_NO_PLACES = frozenset("零〇十百千万亿点")


def _parse_at(text: str, m: re.Match[str]) -> Item | None:
    """Read one number and what belongs to it (approx words, magnitude, unit)."""
    raw, cn, frac, slash = m.group(0, "cn", "frac", "slash")
    chinese = cn is not None or frac is not None
    begin, number_end = m.span()
    pos = number_end
    approx_words: list[str] = []
    num_start = begin - _sign_len(text, begin) if not chinese else begin
    negative = num_start < begin and text[num_start] in MINUS_SIGNS + MINUS_WORD
    if num_start and text[num_start - 1] in _APPROX_BEFORE_ENDS:
        pre_start, pre = _approx_before(text, num_start)
    elif (
        num_start > 1
        and text[num_start - 1] == " "
        and text[num_start - 1 - (gap := _spaces_before(text, num_start))] in _APPROX_BEFORE_ENDS
    ):
        pre_start, pre = _approx_before(text, num_start - gap)  # 约 1.6万美元: a page's space
        pre_start = num_start if not pre else pre_start
    else:
        pre_start, pre = num_start, ""
    if pre:
        approx_words.append(pre)
    rate_default = ""
    if frac or slash:
        try:
            # 三分之二, 2/3 → 66.67 (%); 一半 → 50 (%)
            value = "50" if raw == "一半" else decimal_text(100 * fraction_value(raw))
        except ValueError:
            return None  # 一分之万, or a value too large to be a figure
        unit = "%"
        rate_default = "share"
        if raw.startswith("百分之"):
            rate_default = ""
    else:
        magnitude = ""
        if cn:
            # A Chinese numeral ending in 万/亿 keeps the magnitude in the unit.
            if raw[-1:] in ("亿", "万"):
                for mag in ("万亿", "亿", "万"):  # 一千二百万元 → 1200 万元
                    if raw.endswith(mag) and len(raw) > len(mag):
                        raw, magnitude = raw[: -len(mag)], mag
                        break
            if len(raw) > 1 and _NO_PLACES.isdisjoint(raw):
                return None  # 一二三次产业, 三四个: digits in a row name or guess, never count
            try:
                value = _chinese_number(raw)
            except ValueError:
                return None  # not a numeral, or too large to be a figure: text
        else:
            if (
                not cn
                and len(raw) <= 3
                and text[number_end : number_end + 2] in (". ", "． ")
                and begin > (spaces := _spaces_before(text, begin))
                and _is_han(text[begin - 1 - spaces])
                and (spaced := SPACED_DECIMAL_RE.match(text, number_end))
            ):
                raw, pos = f"{raw}.{spaced.group(1)}", spaced.end()  # 增长率7. 5‰: a page's space
            elif (
                not cn
                and len(raw) <= 4
                and text[number_end : number_end + 1] in "。·・"
                and (stopped := STOP_AS_POINT_RE.match(text, number_end))
            ):
                # 增长12。6%, 上涨3·4%: a page's 。 or middle dot for the point
                raw, pos = f"{raw}.{stopped.group(1)}", stopped.end()
            value = unicodedata.normalize("NFKC", raw)
            value = value.translate(THOUSANDS_SEPARATORS)
            if len(value) > 16 and len(value.partition(".")[0]) > 16:
                return None  # a digit run too long to be a figure (an id, a code)
            if negative:
                value = "-" + value
            if text[pos : pos + 1] == " " and _spaced_unit(text, num_start, pos + 1):
                pos += 1  # 5218.36 亿元, 62.3 %: a page's space between a number and its unit
        word = _AFTER_NUMBER_AT.at(text, pos)
        if word and not magnitude:
            approx_words.append(_APPROX_AFTER_NUMBER[word])
            pos += len(word)
        if not magnitude:
            magnitude = _MAGNITUDE_AT.at(text, pos)  # 3.5万, 一千多万
            if magnitude:
                pos += len(magnitude)
        if magnitude:
            word = _AFTER_NUMBER_AT.at(text, pos)
            if word:
                approx_words.append(_APPROX_AFTER_NUMBER[word])
                pos += len(word)
            if magnitude == "万" and text.startswith("亿", pos):
                magnitude, pos = "万亿", pos + 1  # 4万多亿元: 4万亿元 and more
        unit = _unit_at(text, pos, chinese, magnitude)
        if (
            not unit
            and magnitude
            and text[pos : pos + 1] == " "
            and text[pos + 1 : pos + 2].isascii()
            and (latin := _unit_at(text, pos + 1, chinese, magnitude)) in LATIN_UNITS
        ):
            pos, unit = pos + 1, latin  # 17.55 亿 m3: a page's space before a Latin unit
        if not unit and text[pos : pos + 1] in (YEARS_UNIT, HOURS_UNIT[0], DAYS_UNIT):
            unit = _measured_unit_at(text, pos, num_start, value)
        if unit:
            pos += len(unit)
            if unit in PER_POPULATION:
                unit = unit.replace(" ", "")  # 14.1/10 万: the page's space is no part of it
        if unit in TENTHS:
            value, unit, rate_default = (
                decimal_text(10 * Decimal(value)),
                "%",
                "share",
            )  # 九成 = 90%
        if unit:
            unit = magnitude + unit
        elif magnitude and not chinese:
            unit = magnitude  # 约3200余万, 3.1万转非劳动力
        elif magnitude:
            return None  # 十二万 with nothing after: not enough to be sure
        else:
            return Item(pre_start, number_end, num_start, value, "", "", chinese)
    word = _AFTER_UNIT_AT.at(text, pos)
    if word:
        approx_words.append(_APPROX_AFTER_UNIT[word])
        pos += len(word)
    approx = approx_words[0] if approx_words else ""
    # The unit as a field is normalized (５％ → %); the text stays as written.
    unit = unit_field(unit)
    item = Item(pre_start, pos, num_start, value, unit, approx, chinese, rate_default)
    item.bound = word if word in BOUNDS_AFTER_UNIT else ""
    return item


#: Names listed right before a count (酒泉、天水|两个区域中心城市).
LISTED_NAMES_RE = patterns.compile(
    rf"(?:{HAN_LETTER}|[“”]|[（(][^（）()、]{{1,10}}[）)]){{2,10}}"
    rf"(?:[、和与及](?:{HAN_LETTER}|[“”]|[（(][^（）()、]{{1,10}}[）)]){{2,10}})+$"
)  # (a name may carry its note: 大中专院校（含技工院校）)
#: A note in brackets inside a listed name, no name of its own.
NAME_NOTE_RE = patterns.compile(r"[（(][^（）()]*[）)]")


#: Classifiers a count of names just listed is written with (香港、澳门两个…, 优化开发、…和
#: 禁止开发四类主体功能区, 东湖、西湖两座公园).
RESTATED_UNITS = frozenset(("个", "家", "项", "类", "种", "条", "座", "所", "件"))


def _restates_a_list(text: str, item: Item) -> bool:
    """Whether a count written in words only restates how many names precede it
    (煤矿瓦斯治理和矿山整顿两个攻坚战): the names say it all, nothing is measured."""
    # 食品、衣着、居住等八类: some of the kinds named, the number of all of them
    some = text[item.start - 1 : item.start] == "等" and item.unit in ("类", "种")
    end = item.start - 1 if some else item.start
    listed = LISTED_NAMES_RE.search(text, max(0, end - 60), end)
    if not listed:
        return False
    names = NAME_NOTE_RE.sub("", listed.group())
    named = len(re.split("[、和与及]", names))
    if some:
        return named <= float(item.value)
    # (省、市、县五级和开发区、大中专院校两类: the names joined by 、 last, after another list)
    return float(item.value) in (named, len(re.split("[和与及]", names)[-1].split("、")))


#: Kinds summed right after a count of them (四类|商品合计…, 上述两类|商品合计…).
SUMMED_AFTER_RE = patterns.compile(rf"[{HAN}]{{0,6}}?(?:合计|共计|总计)")
#: One of the kinds a count in words restates, each named with its own count (县级医院290个).
KIND_COUNTED_RE = patterns.compile(rf"[{HAN}]{{2,16}}[0-9０-９]+[个家所座]$")


def _restates_kinds(text: str, item: Item) -> bool:
    """Whether a count of kinds in words right after a clause listing as many kinds, each with
    its own count, restates them (县级医院290个、…、县级卫生监督所121个，四类县级卫生机构…)."""
    if item.unit not in ("类", "种") or text[item.start - 1 : item.start] not in ("，", ","):
        return False
    listed = text[clause_start(text, item.start - 1) : item.start - 1].split("、")
    return len(listed) == float(item.value) and all(
        KIND_COUNTED_RE.search(part)
        for part in listed  # (the first may open the clause)
    )


#: A bond's issue numbered in brackets after it (一般债券（6期）, 国债(第3期)).
BOND_ISSUE_BEFORE_RE = patterns.compile(r"(?:债券|国债|债)[（(]第?$")
#: Indicators said of all at once after a count (三项|指标增速均…, 两个|指标都…).
ALL_INDICATORS_AFTER_RE = patterns.compile(r"(?:主要)?(?:经济)?指标(?:增速|增幅)?(?:均|都|全部|皆)")
#: A figure as a report writes it (8.1%, 13.3个百分点, 350亿元): counted before a restatement.
WRITTEN_FIGURE_RE = patterns.compile(r"[0-9０-９](?:[%％]|个百分点|[万亿]?元)")
#: How far back the figures a count restates are looked for (characters).
RESTATED_WINDOW = 160


def _restates_figures(text: str, item: Item) -> bool:
    """Whether a count in words of indicators said of all at once (三项指标增速均居全市第一)
    counts the figures just given in its sentence, as many or fewer: a restatement."""
    if not ALL_INDICATORS_AFTER_RE.match(text, item.end):
        return False
    stop = text.rfind("。", max(0, item.start - RESTATED_WINDOW), item.start)
    given = len(
        WRITTEN_FIGURE_RE.findall(text, max(stop + 1, item.start - RESTATED_WINDOW), item.start)
    )
    return given >= float(item.value)


#: People named after a count of people (…万人次以上|农民工): the count is of them.
PEOPLE_AFTER_RE = patterns.compile(
    rf"{HAN_LETTER}{{0,4}}?(?:农民工|劳动力|劳动者|人员|群众|居民|农民|职工|学生|儿童|老人|人才|毕业生)"
)
#: The class one thing is counted among (十个典型案例|之一).
ONE_OF_RE = patterns.compile(r"[^，。；、0-9０-９]{1,10}?之一")
#: A class defined by a threshold, then how many there are (…超10亿元|的龙头企业达100家).
CLASS_COUNTED_RE = patterns.compile(
    rf"的{HAN_LETTER}{{1,10}}?(?:(?:达到|达|有|超过|突破|增至|增加到|共|由|从)[0-9０-９一二三四五六七八九十两]"
    r"|[0-9０-９])"  # (…5公里以上的大小溪河284条; 保持60%以上的三个省份之一: a rate held)
)
#: Bodies named right after a size or a range, then counted (…|床位医院5099个): a class.
CLASS_THEN_COUNT_RE = patterns.compile(
    rf"{HAN_LETTER}{{0,6}}?(?:医院|企业|学校|项目|村|乡镇|城市|园区|机构|单位|景区|工程)"
    r"[0-9０-９]+(?:\.[0-9]+)?(?:个|家|所|座|户|处|条)"
)
#: A ceiling written before the things it defines (不超过|2万元|的个体户).
CEILING_WORDS = ("不超过", "不高于", "未超过", "不足", "低于")
CEILING_CLASS_RE = patterns.compile(
    rf"的{HAN_LETTER}{{0,8}}?(?:户|企业|纳税人|义务人|单位|家庭|人员|人口|个体工商户|项目|群体|学生)"
)
#: The things a sum over a threshold classes, written right after it (超5亿元|产业项目).
OVER_CLASS_RE = patterns.compile(
    rf"(?![对向为在给把将用于])(?:{HAN_LETTER}){{0,6}}?(?:项目|企业|工程|园区|集群|楼宇|平台|基地|品牌|镇街|乡镇|街道)"
)
#: A class defined by a threshold, then its share (…以上|的行政村占比).
CLASS_SHARE_RE = patterns.compile(rf"的{HAN_LETTER}{{1,8}}?(?:占比|比重|比例)")


#: A count in words of a region's own kind of area, run on into a noun it modifies
#: (五个新城|产业细分赛道专项规划, 两个片区|控制性详细规划): the set's name, not a figure.
AREAS_AS_A_NAME_RE = patterns.compile(
    rf"(?:新城|片区|组团|板块)(?!的|和|与|及|等|中|内|建设|[{HAN}]{{0,3}}(?:{VERB_ALTERNATION}))"
    rf"[{HAN}]{{4}}"
)


#: A rate of things named by their classes, right after 类 (八类|主要刑事案件破案率达到98.3%).
CLASS_RATE_AFTER_RE = patterns.compile(
    rf"[{HAN}]{{2,16}}?率(?:达到?|为|是|保持在?|稳定在|提高到|提升至)?[0-9０-９]"
)
#: A count right before a figure (3个|二类新产品): what follows it is of the things counted.
COUNTED_BEFORE_RE = patterns.compile(rf"[0-9０-９{CN_ALL}]+[个项家种件款批台套]$")


#: The time a deed took, written before its duration (仅用|15天, 历时|3个月).
TIME_TAKEN_RE = patterns.compile(r"(?:用时|用了|花了|历时|耗时|用|提前|限期|期限为?)$")
DURATION_UNITS = frozenset(("天", "个月", "小时", "分钟", "周", "个工作日", "工作日"))


#: A bracket of bare numbers (某集团(12.350, 0.21, 1.73%)): a stock quote a page put in, no
#: figure of the report.
QUOTE_RE = patterns.compile(r"[(（][-+0-9.,，%％ ]*,[-+0-9.,，%％ ]*[)）]")


def _in_a_quote(text: str, item: Item) -> bool:
    """Whether the figure stands in a bracket of bare numbers that opens just before it."""
    opened = max(
        text.rfind("(", max(0, item.start - 24), item.start),
        text.rfind("（", max(0, item.start - 24), item.start),
    )
    return opened >= 0 and bool(QUOTE_RE.match(text, opened, item.end + 24))


#: A campaign named by its days (决战|100天, 奋战|60天, 大干|100天).
CAMPAIGN_BEFORE_RE = patterns.compile(r"(?:决战|冲刺|奋战|会战|大干|鏖战)[“\"]?$")
#: The wholesale trade, whose 批 a bare number before it would read as batches.
WHOLESALE = ("批发和", "批发业", "批发零售", "批发、", "批发与")
#: A ranking before a figure in 位 (品牌价值位列全国影响力|63位): its place, no count of persons;
#: unless the rank moved (排名提升|4位).
RANKED_BEFORE_RE = patterns.compile(r"位列|位居|名列|排名|排在|排位|居全")
RANK_MOVED_RE = patterns.compile(r"提升|上升|提高|前移|前进|跃升|下降|后退|下滑|回落|由")
#: A slogan's first item, "one X" (一个中心、|三个…): what follows it in words is its next.
SLOGAN_BEFORE_RE = patterns.compile(rf"一个[{HAN}]{{1,4}}、$")
#: Aims a slogan counts in words (四个领先、六个提升, 三个转变, 两个率先): verbs of
#: striving, ending their clause or a list's item, never things that can be counted.
SLOGAN_AIM_RE = patterns.compile(
    r"(?:领先|提升|转变|突破|率先|走在前列?|确保|坚持|争先|跨越|翻番|倍增)(?=[、，。；”\"]|$)"
)
#: The figures just given, referred to as a group (两项指标均…, 三个数据都…).
RESTATED_FIGURES_RE = patterns.compile(r"(?:主要)?(?:指标|数据|数字)(?:均|都|全部|双双|分别)")


#: A survey named by its sample's size (1%人口抽样调查, 5‰人口变动抽样调查).
SAMPLE_SURVEY_RE = patterns.compile(r"(?:人口)?(?:变动)?(?:抽样|抽查)(?:调查)?")
#: A count right after a bar (…5亿元以上|9家): the bar defines the class counted.
CLASS_COUNT_AFTER_RE = patterns.compile(r"(?:的)?[0-9０-９]+(?:[.．][0-9]+)?[家个户项所座]")


#: What a ranking's top places are counted in (前10家企业, 前5名, 前20位).
RANK_UNITS = ("家", "名", "位", "强")
#: Things counted, then the speed they passed (12个乡镇同比增速|超过5%): the rate is a bar.
COUNTED_OVER_BAR_RE = patterns.compile(
    rf"[0-9０-９{CN_ALL}]+个(?![月百])(?:[^，。；、0-9０-９（(]|[（(][^）)]{{0,8}}[）)]){{1,16}}"
    r"(?:增速|增幅|增长|涨幅)(?:均)?(?:超过|超|高于|在)?$"
)


#: A band of rates naming a class of things after it, then counted (在60%-65%之间的区有1个,
#: 在50%以下的有1个), not a figure of its own (增长10%以上的目标 is one).
CLASS_BAND_AFTER_RE = patterns.compile(
    r"(?:[-—–－~～至到][0-9０-９.．]{1,6}[%％]?)?"  # (60%|-65%之间: the range's start alone)
    r"(?:之间|以下|以上|以内)的(?:[\u4e00-\u9fff]{1,4})?有[0-9０-９一二三四五六七八九十两]"
)


def _in_brackets(text: str, start: int) -> bool:
    """Whether ``start`` stands inside brackets opened at most 12 characters before it."""
    head = text[max(0, start - 12) : start]
    opened = max(head.rfind("（"), head.rfind("("))
    return opened >= 0 and "）" not in head[opened:] and ")" not in head[opened:]


#: A part of a sum put to a use or drawn from a source, written after its rate
#: (70%以上|用于民生): a verb, so no class of things is named.
ALLOCATED_TO_RE = patterns.compile(r"(?:用于|投向|投入|投放|来自|流向|集中(?:在|于)|分布在)")


def _refused_after(text: str, item: Item) -> bool:
    """Context after a mention that makes it a threshold, a slogan or a name."""
    rest = text[item.after : item.after + 12]
    nxt = rest[:1]
    if nxt in ",)）" and _in_a_quote(text, item):
        return True  # 某集团(12.350, 0.21, 1.73%): a stock quote
    if (
        item.unit in DURATION_UNITS or item.unit == "个" and rest.startswith(("多月", "多小时"))
    ) and TIME_TAKEN_RE.search(text, max(0, item.start - 3), item.start):
        # 仅用15天就完成搬迁, 用2个多月时间: the time a deed took, no figure of the report
        return True
    if rest.startswith(("部分）", "部分)")) and _in_brackets(text, item.start):
        return True  # 增值税（50%部分）: the share of a tax a level keeps, a label of the sum
    if item.unit == "岁" and rest[:1].isdigit():
        return True  # 14岁以下5184人, 65岁以上4564人: an age band labels the count after it
    threshold = text[item.start : item.end].endswith("以上") or item.bound
    if item.bound and _is_han(nxt) and nxt != "的":
        return True  # 8座以下小汽车: a bound before a noun defines a class; targets say 以上
    if threshold and kind_of_unit(item.unit) == "amount" and CLASS_COUNT_AFTER_RE.match(rest):
        return True  # 其中营业收入5亿元以上|9家: the bar of a class, then how many are in it
    if kind_of_unit(item.unit) == "rate" and CLASS_BAND_AFTER_RE.match(rest):
        return True  # 城镇化率在60%-65%之间的区有1个, 在50%以下的有1个: a band naming a class
    if (
        threshold
        and _is_han(nxt)
        and nxt != "的"
        and _names_a_category(item.unit)
        and not (unit_base(item.unit) in PERSON_UNITS and PEOPLE_AFTER_RE.match(rest))
        and not ALLOCATED_TO_RE.match(rest)  # 支出的70%以上用于民生: a part, put to a use
    ):  # 2100万人次以上农民工…培训: people after a count of people are who is counted
        share = kind_of_unit(item.unit) == "rate" and (
            opens_clause(text, item.start)  # 九成以上企业
            or CHANGE_VERB_BEFORE_RE.search(text, max(0, item.start - 4), item.start)
        )  # 取消下放三分之一以上行政审批事项: a share of them cut, no class
        if not share:
            return True  # 千人以上活动, 500万元以上项目, 100人以下企业 (but 10个以上重点项目: a target)
    over = threshold or item.approx == "over"
    if over and nxt == "的" and CLASS_COUNTED_RE.match(text, item.after, item.after + 16):
        return True  # 年销售收入超10亿元的龙头企业达100家: the class that is counted
    if (
        item.approx == "over"
        and text[item.start] in "超逾"
        and _is_han(nxt)
        and kind_of_unit(item.unit) == "amount"
        and OVER_CLASS_RE.match(text, item.after, item.after + 12)
    ):
        return True  # 新签约超5亿元产业项目12个: the class of projects counted
    if (
        nxt == "的"
        and (
            text.startswith(CEILING_WORDS, item.start)
            or text.endswith(CEILING_WORDS, max(0, item.start - 3), item.start)
        )
        and CEILING_CLASS_RE.match(text, item.after, item.after + 16)
    ):
        return True  # 月销售额不超过2万元的个体户: the ceiling that defines who is meant
    if (
        threshold
        and nxt == "的"
        and kind_of_unit(item.unit) == "amount"
        and CEILING_CLASS_RE.match(text, item.after, item.after + 16)
    ):  # (a rate: 95%以上的学生 is a share of them)
        return True  # 年营业收入2000万元及以上的企业: the bar that defines who is meant
    if threshold and CLASS_SHARE_RE.match(rest):
        return True  # 收入50万元以上的行政村占比达68%: the class whose share is given
    if item.unit == "人" and nxt == "制":
        return True  # 3人制篮球: a format, not three people
    if (
        text[item.start - 1 : item.start] == "前"
        and unit_base(item.unit) in RANK_UNITS
        and _is_han(nxt)
        and not item.approx
    ):
        return True  # 规模以上服务业前10家企业: a ranking, the top ten, no count of the report
    if item.unit == "元" and nxt == "旦":
        return True  # 2017元旦小长假: a year run into 元旦, no sum of money
    if item.chinese and unit_base(item.unit) == "类" and _in_brackets(text, item.start):
        return True  # 优良（一、二类）水质: the classes a grade covers, a label
    if kind_of_unit(item.unit) == "rate" and SAMPLE_SURVEY_RE.match(rest):
        return True  # 1%人口抽样调查, 5‰人口变动抽样调查: the survey's name, by its sample
    if nxt == "的" and rest[1:2] == "有" and (rest[2:3].isdigit() or rest[2:3] in CN_ALL):
        return True  # 占比超过10%的有44种: a condition the things counted meet, no figure
    if (
        kind_of_unit(item.unit) == "rate"
        and (item.approx == "over" or rest.startswith("以上"))
        and rest.removeprefix("以上")[:1] in "，。；、,;"
        and COUNTED_OVER_BAR_RE.search(text, max(0, item.start - 24), item.start)
    ):
        return True  # 有12个乡镇同比增速超过5%: the bar the things counted passed, no figure
    if kind_of_unit(item.unit) == "count" and ONE_OF_RE.match(rest):
        return True  # 入选全国十个典型案例之一: the class one thing is in, no count of the report
    if item.unit in ORDINAL_AFTER_UNIT and rest.startswith(ORDINAL_AFTER_UNIT[item.unit]):
        return True  # 八次全会: the eighth plenary session, not eight of them
    if rest.startswith(LABEL_AFTER_UNIT):
        return True  # 300万吨级炼化, 100兆瓦级: a size class, not a quantity
    if item.unit == "座" and SEAT_CLASS_RE.match(rest):
        return True  # 7座及以下小客车: a class of vehicles by their seats, not seven of them
    if kind_of_unit(item.unit) == "count" and BETWEEN_CLASS_RE.match(rest):
        return True  # 在3万人至6万人之间的乡镇有3个: the bounds of a class, the 3个 its count
    if (
        kind_of_unit(item.unit) in ("count", "amount")
        and (
            item.approx == "over"
            or text[item.start - 1 : item.start] in RANGE_SEP
            and text[item.start - 2 : item.start - 1].isdigit()
        )
        and CLASS_THEN_COUNT_RE.match(rest)
    ):
        return True  # 100-199张床位医院5099个, 800张及以上床位医院2007个: a class, then its count
    if (
        rest.startswith(SIZED_BODIES)
        and kind_of_unit(item.unit) == "amount"
        and text[item.start - 1 : item.start] in RANGE_SEP
        and text[item.start - 2 : item.start - 1].isdigit()
    ):
        return True  # 10-50亿元企业完成营业收入…: a range of size naming a class of firms
    if (
        item.unit == "%"
        and rest.startswith("部分")
        and text.endswith(("税", "收入"), 0, item.start)
    ):
        return True  # 企业所得税40%部分: the tax's share a level keeps, its name
    if kind_of_unit(item.unit) == "count" and (
        OWN_POINTS_RE.match(text, item.after, item.after + 16)
        or text.startswith(("是：", "是:", "分别是：", "分别是:"), item.after)
    ):
        # 重点抓好三项工作。一是…: the report's own points, listed next; 上涨的五类是：…
        return True
    if (
        item.chinese
        and len(text) - item.after <= 12
        and HEADING_POINTS_RE.fullmatch(text, item.after, len(text))
    ):
        return True  # 全力抓好七项重点工作 (a heading): the report's own points
    if (
        item.chinese
        and item.unit == "项"
        and PROGRAMME_AFTER_RE.match(text, item.after)
        and CARRY_OUT_BEFORE_RE.search(text, clause_start(text, item.start), item.start)
    ):
        return True  # 深入贯彻落实…和十项重点任务: a programme's name, carried out, no count
    if (text.startswith("分", item.start - 1) or text.startswith("分为", item.start - 2)) and (
        (item.chinese and rest.startswith(STAGES)) or item.unit in STAGE_UNITS
    ):
        # 分两个阶段实现…, 分三步走, 分3期建设: the steps of a plan, not a count; 报告共分
        # 四个部分: the report's own outline
        return True
    if item.unit == "所" and rest[:1].isascii() and rest[:1].isalpha():
        return True  # 608所AES100发动机: an institute's name
    if (
        item.unit in MAGNITUDE
        and text.startswith(PEOPLE_OF_A_SAYING, item.after)
        and "的" in rest[2:5]
    ):
        return True  # 14亿中国人的饭碗, 13亿人民的智慧: the nation in a saying
    if unit_base(item.unit) == "岁" and (
        _is_han(nxt)
        and nxt != "的"
        and not CHANGE_AFTER_RE.match(rest)
        or AGE_BAND_LISTED_RE.match(rest)
    ):
        return True  # 0—6岁儿童, 60岁老人, 0-14岁、15-64岁人口: an age band names the people
    if (
        unit_base(item.unit) == "岁"
        and (item.bound or text.endswith("以上", item.start, item.end))
        and nxt == "的"
        and not AGE_MEASURED_RE.search(text, max(0, item.start - 12), item.start)
    ):
        return True  # 50岁以下的农民党员: a band of ages naming the people, no age measured
    if (
        unit_base(item.unit) == "岁"
        and (item.low or AGE_RANGE_END_RE.search(text, max(0, item.start - 5), item.start))
        and not AGE_MEASURED_RE.search(text, max(0, item.start - 12), item.start)
    ):
        return True  # 18-35岁 | 12.3 |: a band of ages labels a row; no age was measured
    if nxt in ("+", "＋", "×"):
        return True  # 1+7
    if item.unit == "期" and BOND_ISSUE_BEFORE_RE.search(text, max(0, item.start - 4), item.start):
        return True  # 2015年一般债券（6期）: the issue's number, a label
    if item.unit == "个" and text.startswith(MILESTONES, item.end):
        return True  # 跨越…两个大台阶: the steps a sum reached, not a count of anything
    if item.chinese and item.unit in RESTATED_UNITS and _restates_a_list(text, item):
        return True  # 香港、澳门两个特别行政区: the number of the names just listed
    if item.chinese and item.unit in ("类", "种") and SUMMED_AFTER_RE.match(text, item.end):
        return True  # …，四类商品合计出口值: the kinds just given, summed; a name's count
    if item.chinese and _restates_kinds(text, item):
        return True  # 县级医院290个、…、县级卫生监督所121个，四类县级卫生机构: those kinds
    if item.chinese and item.unit in ("项", "个") and _restates_figures(text, item):
        return True  # …增长8.1%，…增长13.3%，三项指标增速均居全市第一: those just given
    if item.start >= 2 and text.startswith(NUMBERED_NAMES, item.start - 2):
        return True  # 三个1亿人: the figure inside a name written with a numeral
    if (
        item.unit == "位"
        and (
            ranked := RANKED_BEFORE_RE.search(
                text, max(clause_start(text, item.start), item.start - 24), item.start
            )
        )
        and not RANK_MOVED_RE.search(text, ranked.end(), item.start)
    ):
        return True  # 位列全国影响力63位: a rank (排名提升4位: a move, a figure)
    if item.unit == "批" and text.startswith(WHOLESALE, item.end - 1):
        return True  # 10.8批发和零售业: a bare table cell before the trade (分两批发放: batches)
    if item.unit in ("天", "日") and CAMPAIGN_BEFORE_RE.search(
        text, max(0, item.start - 3), item.start
    ):
        return True  # 决战100天: a campaign's name, not a span of time measured
    if item.chinese:
        if item.unit == "类" and GRADE_BEFORE_RE.search(text, max(0, item.start - 4), item.start):
            return True  # 水质稳定保持二类: a grade reached, not a count of classes
        if item.unit == "类" and COUNTED_BEFORE_RE.search(text, max(0, item.start - 6), item.start):
            return True  # 3个二类新产品: the class of the things counted, not two classes
        if item.unit == "类" and CLASS_RATE_AFTER_RE.match(text, item.after):
            return True  # 八类主要刑事案件破案率98.3%: the classes a rate is of, named
        if text.startswith(NUMBERED_NAMES, item.num_start):
            return True  # 八项规定, 两个积极性, 三次产业: a name written with a numeral
        if text.startswith(TENETS, item.after):
            return True  # 八项主张, 两个基本点: a set of tenets, named by its number
        if item.unit == "个" and SLOGAN_BEFORE_RE.search(text, max(0, item.start - 8), item.start):
            return True  # 一个中心、三个河口建设: a slogan counted in words, no figure
        if item.unit == "个" and SLOGAN_AIM_RE.match(text, item.after):
            return True  # 四个领先、六个提升: aims counted in words, a slogan
        if item.unit in ("项", "个") and RESTATED_FIGURES_RE.match(rest):
            return True  # …增长20%，两项指标均居全市首位: the figures just given, counted again
        if text[item.start - 1 : item.start] in ("上", "下") and nxt in ("：", ":"):
            return True  # 下一条：… (a web page's link to the next item), no figure
        if item.unit == "个" and AREAS_AS_A_NAME_RE.match(text, item.after, item.after + 12):
            return True  # 五个新城产业规划: a region's name for its new towns, a modifier
        if item.unit == "元" and _is_han(nxt) and nxt not in "的，。；":
            return True  # 三元食品: a company name, not three yuan
        if item.unit == "元" and nxt == "、" and not re.match(rf"、[{CN_ALL}0-9０-９]", rest):
            return True  # 扶持三元、麦福劳等企业: a name listed with names
        if nxt and nxt in '“‘"':
            return True  # 两个“关键小事”
        if nxt and nxt in CN_ALL:
            return True  # 一户一策, 千家万户
        lone_one = re.match(rf"一[^{CN_ALL}点半]", text[item.num_start : item.end])
        if lone_one and nxt and nxt not in CLAUSE_END + "、）)":
            return True  # 一批, 一张网, 一件事: a lone 一 counts only when it ends the clause
        if text.startswith("二次", item.num_start) and _is_han(nxt):
            return True  # 二次发掘, 二次供水: "secondary"; two times is 两次
        if text.startswith("一半是", item.num_start):
            return True  # 一半是海水，一半是火焰: a figure of speech
        if lone_one and item.unit == "批":
            return True  # 创新发展一批，重组整合一批: 一批 is "some", never a figure
        written = text[item.start : item.end]
        if (
            lone_one
            and (
                text[max(0, item.start - 7) : item.start].endswith(
                    (written + "是", written + "成", written + "、成", written + "，成")
                )  # 抓一件是一件, 干一件、成一件
                or _saying_after(written).match(text[item.end : item.end + 8])
                or _saying_before(written).search(text[max(0, item.start - 8) : item.start])
            )
        ):
            return True  # 抓一件是一件, 成熟一家，批准一家: a saying, not a count
        if re.match(r"[^共计达为，。；、]{1,4}?(?:约|近|超过|超|逾|不少于)?[0-9]", rest):
            return True  # 两项补贴约3200余万: the numeral is part of the name of what is measured
    return False


@lru_cache(maxsize=64)  # a few words (一件, 一家): compiled once each, not at every figure
def _saying_after(written: str) -> re.Pattern[str]:
    """The words of a saying after a lone 一 (成熟一家，|批准一家): a comma, a verb, the same words."""
    return patterns.compile(rf"[，,、][{HAN}]{{1,4}}{written}")


@lru_cache(maxsize=64)
def _saying_before(written: str) -> re.Pattern[str]:
    """The words of a saying before a lone 一 (成熟一家，批准|一家): the same words, a comma, a verb."""
    return patterns.compile(rf"{written}[，,][{HAN}]{{1,4}}$")


#: Another age band listed after one (0-14岁|、15-64岁人口): both name the people.
AGE_BAND_LISTED_RE = patterns.compile(r"、[0-9０-９]{1,3}(?:岁)?[-—－~～至到][0-9０-９]{1,3}岁")
#: The start of a range ending at the figure (18-|35岁).
AGE_RANGE_END_RE = patterns.compile(r"[0-9０-９](?:岁)?[-—－~～至到]$")
#: Words that measure an age (平均年龄, 人均预期寿命): a range of them is a figure.
AGE_MEASURED_RE = patterns.compile(r"年龄|寿命|岁数")
#: A change verb after a value: 从75.2岁提升至…, the age is a value, not an age band.
CHANGE_AFTER_RE = patterns.compile("|".join(UP_WORDS + DOWN_WORDS + ("延长",)))
#: What may stand between a clause's start and a share that opens it (全区九成以上企业…).
_CLAUSE_OPENING_RE = patterns.compile(
    r"(?:^|[，。；：、,;:\n])(?:全区|全市|全县|全省|全国|其中|我区|我市)?(?:每年|每月|全年|今年)?$"
)


def opens_clause(text: str, start: int) -> bool:
    """Whether a figure opens its clause: a rate there is a share of what follows
    (九成以上企业复工), not a threshold defining a class (增速10%以上企业)."""
    return bool(_CLAUSE_OPENING_RE.search(text, max(0, start - 4), start))


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _names_a_category(unit: str) -> bool:
    """Whether ``N<unit>以上 + noun`` defines a class of things (500万元以上项目,
    千人以上活动) rather than setting a target count (10个以上重点项目)."""
    base = unit_base(unit)
    return kind_of_unit(unit) != "count" or base in PERSON_UNITS or base not in CLASSIFIERS


#: A count whose clause is followed by the report's own enumeration (…三项工作。一是…).
OWN_POINTS_RE = patterns.compile(r"[^，。；：]{0,8}[。：:]\s*(?:一是|第一[，,、]|首先)")
#: A heading that counts the report's own points (全力抓好七项|重点工作).
HEADING_POINTS_RE = patterns.compile(r"[^，。；：]{0,8}?(?:工作|任务|方面)\s*")
#: A programme of tasks named by their number in words (十项|重点任务), and the verbs that
#: carry out a programme (贯彻落实, 围绕, 聚焦): 完成十项重点任务 still counts them.
PROGRAMME_AFTER_RE = patterns.compile(r"(?:重点|重大|主要)?(?:任务|工作|举措|措施|行动|工程)")
CARRY_OUT_BEFORE_RE = patterns.compile(r"贯彻|落实|围绕|聚焦|对标|对照")
#: The steps a plan is taken in (分两个|阶段, 分三|步走).
STAGES = ("阶段", "步", "部分", "章", "篇")
#: A count of sessions (举办培训班40期) that after 分 is the phases of a plan (分3期建设).
STAGE_UNITS = ("期",)  # (分两批发放 still counts the batches: tests/test_metrics_rules.py)
#: The nation named in a saying (14亿|中国人的饭碗).
PEOPLE_OF_A_SAYING = ("中国人", "人民", "各族人民", "中华儿女")


def figures(text: str) -> list[Item]:
    """The metric figures of a text: candidates whose context makes them no ordinal,
    date, name, ranking or threshold; bare numbers kept for a list's shared unit."""
    found = [
        it
        for it in _candidates(text)
        if not _refused_before(text, it.start, it.chinese)
        and not (it.unit and (_refused_after(text, it) or _ranking(text, it)))
    ]
    if "兑" in text or "=" in text:
        # （1美元兑6.228元人民币）: the exchange rate a conversion used, no figure; notes and
        # figures are both in order, walked along together
        notes = iter(EXCHANGE_RATE_RE.finditer(text))
        note = next(notes, None)
        kept = []
        for it in found:
            while note is not None and note.end() <= it.start:
                note = next(notes, None)
            if note is None or it.start < note.start():
                kept.append(it)
        found = kept
    if "亿" in text or "万" in text:
        found = _compound_sums(text, found)
    if "类" in text:
        found = [it for it in found if not _class_label(text, it)]
    return found


#: What a grade of water, air or soil is said of after its numeral (一、二类|海水, 三类|为…,
#: 四类、劣四类|海水): the grade's name, no count of kinds.
CLASS_LABEL_RE = patterns.compile(
    r"(?:、劣?[一二三四五六])*类?(?:、劣?[一二三四五六]类)*(?:海水|水质|水体|地表水|断面|标准|为|比例|占)"
)


def _class_label(text: str, item: Item) -> bool:
    """Whether a numeral of 类 names a grade (一、二类海水比例, 二类为18.2%), not kinds counted."""
    return (
        item.chinese
        and item.unit in ("类", "")
        and item.value in GRADES
        and bool(CLASS_LABEL_RE.match(text, item.after))
        and (item.unit == "类" or text.startswith("、", item.after))
    )


#: The grades water and air are classed in (一类 to 六类).
GRADES = frozenset("123456")


#: The lower magnitudes a sum written in several may go on with after each (118亿|4196万余元,
#: 3亿|2千万元, 302亿|1292万|9000元, 1万|1000元), and what each is worth in the one before.
LOWER_MAGNITUDES = {
    "亿": (("千万", Decimal("0.1")), ("万", Decimal("0.0001")), ("元", Decimal("0.00000001"))),
    "万": (("元", Decimal("0.0001")),),
}
#: What may stand between two magnitudes of one sum (302 亿 1,292万: a page's spaces).
MAGNITUDE_GAP = " \u3000"


def _compound_sums(text: str, found: list[Item]) -> list[Item]:
    """A sum written in several magnitudes, each right after the one before (118亿4196万余元,
    302 亿 1,292万9,000元, 1万1000元: styles of Taiwan's and older reports): one figure in the
    first magnitude (118.4196亿元), not two or three."""
    out: list[Item] = []
    merged = False  # the figure before is a sum merged already (its value has decimals then)
    for it in found:
        before = out[-1] if out else None
        lower = None
        if (
            before is not None
            and before.unit in LOWER_MAGNITUDES
            and not before.approx
            and (merged or "." not in before.value)
            and "." not in it.value
            and not text[before.end : it.start].strip(MAGNITUDE_GAP)
        ):
            lower = next(
                ((w, x) for w, x in LOWER_MAGNITUDES[before.unit] if it.unit.startswith(w)), None
            )
        if lower is None:
            out.append(it)
            merged = False
            continue
        word, scale = lower
        rest = it.unit[len(word) :] if word != "元" else it.unit
        value = Decimal(before.value) + Decimal(it.value) * scale
        out[-1] = replace(
            before,
            end=it.end,
            value=decimal_text(value, 8),
            unit=before.unit + rest,
            approx=it.approx,
        )
        merged = True
    return out


#: An exchange rate written as a note (1美元兑6.228元人民币, 1美元=7.1元).
EXCHANGE_RATE_RE = patterns.compile(
    rf"1(?:{'|'.join(FOREIGN_MONEY)})(?:兑|=|＝|折合)(?:人民币)?[0-9.]{{1,8}}(?:元)?(?:人民币)?"
)


def _candidates(text: str) -> list[Item]:
    """Numbers with units, and bare numbers waiting for a list's shared unit."""
    # Where quotations stand (“1+7”, 《…》): walked along with the numbers, both in order.
    quotations = [m.span() for m in QUOTED_RE.finditer(text)]
    quotations.append((len(text) + 1, len(text) + 1))  # past every number
    q = 0
    found: list[Item] = []
    for m in NUMBER_RE.finditer(text):
        begin = m.start()
        while quotations[q][1] <= begin:
            q += 1  # quotations closed before this number
        if quotations[q][0] < begin:
            continue  # inside a quotation
        item = _parse_at(text, m)
        if item is None:
            continue
        if found and item.start < found[-1].end:
            continue
        found.append(item)
    return found


def _ranges_joined(text: str, found: list[Item]) -> list[Item]:
    """3至5个, 2-3家, 5%—5.5%: one mention whose value is the upper end, ``low`` the lower
    (in whichever order they are written)."""
    joined: list[Item] = []
    for item in found:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and not prev.low
            and text[prev.end : item.num_start] in RANGE_SEP
            and prev.unit in ("", item.unit)
            and not prev.approx
            and item.unit
        ):
            # (written high to low, 2400毫米~1200毫米: the upper end is still the value)
            item.low, item.value = sorted((prev.value, item.value), key=Decimal)
            item.start = prev.start
            joined[-1] = item
        else:
            joined.append(item)
    return joined


#: Spaces a list's joiner may stand between (half and full width, no-break).
LIST_SPACES = " \u3000\u00a0"


#: What ends a figure that stands alone in its clause after a 分别 list's comma ("" the text's end).
LIST_CLAUSE_ENDS = ("", "。", "；", ";", "，", ",")


def chains(text: str, found: list[Item]) -> list[list[Item]]:
    """Group items written as a list (54.7%、54.6%; 2.7、1.1个百分点)."""
    chains: list[list[Item]] = []
    for item in _ranges_joined(text, found):
        # (31600 元和 18500 元: spaces copied off a web page around the joiner join nothing)
        gap = text[chains[-1][-1].end : item.start].strip(LIST_SPACES) if chains else ""
        if chains and gap in LIST_SEP:
            chains[-1].append(item)
        elif (
            chains
            and gap[:1] == "、"
            and gap[1:] in PLACES_ALONE
            and item.unit.startswith(chains[-1][-1].unit)
            and item.unit != chains[-1][-1].unit
        ):
            chains[-1].append(item)  # 高于全国0.7、全省2.3个百分点: each place's gap, one unit
        elif (
            chains
            and gap[1:] in LIST_TURN_VERBS
            and gap[:1] in "和与、"
            and "分别" in text[max(0, chains[-1][0].start - 8) : chains[-1][0].start]
        ):
            item.turn = gap[1:]  # 分别下降5.2%和上升3.1%: one list, each item its own way
            chains[-1].append(item)
        elif (
            chains
            and gap in ("，", ",")
            and item.unit == chains[-1][-1].unit
            and text[item.end : item.end + 1] in LIST_CLAUSE_ENDS
            and "分别" in text[max(0, chains[-1][0].start - 8) : chains[-1][0].start]
        ):
            chains[-1].append(item)  # 分别较上年增长12%,13%。: a 分别 list written with commas
        else:
            chains.append([item])
    result: list[list[Item]] = []
    for chain in chains:
        if len(chain) == 1:
            if chain[0].unit:
                result.append(chain)
            continue
        # Bare numbers and partial units (4.2个、3.6个百分点; 3亿、5亿元) take the unit that
        # follows; a whole unit keeps its own (2.0亿吨和167.9亿吨公里).
        for i in range(len(chain) - 2, -1, -1):
            here, nxt = chain[i], chain[i + 1]
            if nxt.unit and (
                not here.unit
                or nxt.unit.startswith(here.unit)
                and nxt.unit != here.unit
                and (here.unit in MAGNITUDE or nxt.unit[len(here.unit) :] == "百分点")
            ):
                here.unit = nxt.unit
                here.rate_default = here.rate_default or nxt.rate_default
        chain = [it for it in chain if it.unit]
        if chain:
            result.append(chain)
    return result


def ahead(text: str, pos: int) -> str:
    """The words after ``pos`` that any rule reads (a bounded slice, never the rest of the text)."""
    return text[pos : pos + WINDOW]


#: The first clause end, and everything up to the last one: one pass of the regex
#: engine each, where a loop over the characters cost a Python step per character.
_FIRST_STOP = {
    stops: patterns.compile(f"[{re.escape(stops)}]") for stops in (CLAUSE_END, CLAUSE_END + "、")
}
_UP_TO_LAST_STOP = {
    stops: patterns.compile(f"(?s).*[{re.escape(stops)}]")
    for stops in (CLAUSE_END, CLAUSE_END + "、")
}


def clause_end(text: str, pos: int, stops: str = CLAUSE_END) -> int:
    """Where the clause holding ``pos`` ends (at most ``WINDOW`` characters on)."""
    limit = min(len(text), pos + WINDOW)
    pattern = _FIRST_STOP.get(stops) or patterns.compile(f"[{re.escape(stops)}]")
    stop = pattern.search(text, pos, limit)
    return stop.start() if stop else max(pos, limit)


def enclosing_bracket(text: str, start: int, pos: int) -> int:
    """Where the bracket ``pos`` stands inside opened, between ``start`` and ``pos``: the
    last opening one not closed before ``pos``; -1 when there is none."""
    opened = max(text.rfind("（", start, pos), text.rfind("(", start, pos))
    if opened < 0 or max(text.find("）", opened, pos), text.find(")", opened, pos)) >= 0:
        return -1
    return opened


@lru_cache(maxsize=64)  # the rules of one list ask again and again for the same clause
def clause_start(text: str, pos: int, stops: str = CLAUSE_END) -> int:
    """Where the clause holding ``pos`` starts (at most ``WINDOW`` characters back)."""
    limit = max(0, pos - WINDOW)
    pattern = _UP_TO_LAST_STOP.get(stops) or patterns.compile(f"(?s).*[{re.escape(stops)}]")
    before = pattern.match(text, limit, pos)
    return before.end() if before else limit


#: A bracketed note inside a clause (…收入（不包括关税、耕地占用税和契税）稳定较快增长).
NOTE_IN_CLAUSE_RE = patterns.compile(r"[（(][^（）()]*[）)]")


def clause_before(text: str, start: int) -> str:
    """The clause ending right before the comma at ``start - 1``, its bracketed notes left
    out; begun before a note that holds a comma of its own (全国税收收入（不包括关税…，未扣减
    出口退税）稳定较快增长，|累计完成… → 全国税收收入稳定较快增长)."""
    begin = clause_start(text, start - 1)
    if (opened := enclosing_bracket(text, max(0, begin - WINDOW), begin)) >= 0:
        begin = clause_start(text, opened)
    clause = text[begin : start - 1]
    return NOTE_IN_CLAUSE_RE.sub("", clause) if "（" in clause or "(" in clause else clause
