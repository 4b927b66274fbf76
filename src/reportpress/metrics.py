"""Metric mentions: find them in report text, mark them in the XML, list them.

The definition is ``specs/metrics.md``: a metric mention is a number with a unit
stating an amount, a count, a rate, a share or a completion level.  Everything
here is a rule of the genre (Chinese government reports), not of one report:

* a number is Arabic digits, a Chinese numeral, a fraction (三分之二) or tenths
  (九成); Chinese numerals are recognized here and converted with ``cn2an``;
* it must carry a unit (currency, measure, classifier, %, 个百分点, 倍); a list
  of bare numbers shares the unit of its last item (提升2.7、1.1个百分点); the
  unit field is normalized to half width (５％ → %), the text stays as written;
* a minus sign right before the digits belongs to the number (增长-2.1%: a
  decline); 以内/以下 after it are bounds, neither approximations nor names;
* numbers that name, order or date something are refused by their context:
  第/届 before them, 连续/每 before them, a ranking (排名全市前7名), a
  quotation (“1+7”), Latin letters around them (Z4, 5G), a threshold that
  defines a category (千人以上活动), idioms and slogans written in Chinese
  numerals (一批, 一户一策, 两个“关键小事”, 两项补贴…);
* the indicator is read from the clause's grammar: the noun a count stands
  before, with the verb or predicate that says which ones are counted
  (新建中小学, 提前完成年度目标的任务); the subject of a rate or an amount;
  the whole of a share (进出口总额占全市); siblings lend what a list leaves out.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TextIO

import cn2an
from lxml import etree

from reportpress.ladder import section_label

NS = "urn:reportpress:report:1"

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

CN_DIGITS = "一二三四五六七八九十两"
CN_ALL = CN_DIGITS + "零〇百千万亿"
HAN = r"\u4e00-\u9fff"

#: Arabic number: digits (half or full width), optional thousands groups, decimals.
ARABIC = r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
#: Chinese numeral: starts with a digit word (a bare 百/千/万 is a word, not a count).
CHINESE = rf"[{CN_DIGITS}][{CN_ALL}]*(?:点[零〇一二三四五六七八九]+)?|半"
#: Fractions: 三分之二, 百分之十五.
FRACTION = rf"(?:百|[{CN_DIGITS}]+)分之[{CN_ALL}]+(?:点[零〇一二三四五六七八九]+)?"
NUMBER_RE = re.compile(rf"(?P<frac>{FRACTION})|(?P<cn>{CHINESE})|(?P<ar>{ARABIC})")

#: Magnitudes stay in the unit (万元, 亿元, 万平方米).
MAGNITUDE = ("万亿", "千万", "百万", "亿", "万")

MONEY = ("元人民币", "人民币", "美元", "欧元", "港元", "日元", "元")
MEASURES = (
    "微克/立方米",
    "微克／立方米",
    "毫克/立方米",
    "毫克／立方米",
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "千瓦时",
    "公顷",
    "公里",
    "千米",
    "延米",
    "千瓦",
    "兆瓦",
    "吉瓦",
    "千克",
    "公斤",
    "标准箱",
    "吨",
    "亩",
    "米",
)
LATIN_UNITS = ("EFLOPS", "PFLOPS", "TEU", "PB", "EB", "TB", "MW", "GW", "kW", "km", "P")
CLASSIFIERS = (
    "家次",
    "人次",
    "批次",
    "场次",
    "户次",
    "车次",
    "架次",
    "班次",
    "片区",
    "区块",
    "个",
    "家",
    "项",
    "场",
    "所",
    "套",
    "部",
    "条",
    "名",
    "人",
    "户",
    "批",
    "支",
    "张",
    "处",
    "台",
    "辆",
    "架",
    "艘",
    "座",
    "栋",
    "幢",
    "间",
    "类",
    "宗",
    "件",
    "次",
    "位",
    "例",
    "只",
    "头",
    "株",
    "棵",
    "份",
    "篇",
    "块",
)
PERCENT = ("%", "％", "‰")
PP = ("个百分点", "百分点")
TIMES = ("倍",)
TENTHS = ("成",)

#: Classifiers that, after a Chinese numeral, are mostly parts of place names
#: (三间房, 五棵松, 九棵树) or too rare to be trusted.
CN_REFUSED_UNITS = frozenset({"间", "块", "头", "只", "株", "棵", "例", "篇", "份"})

#: A unit followed by these characters is the start of a word, not a unit
#: (3部门, 5个体户, 2场所, 位于, 条例, 支持).
WORD_AFTER_UNIT = {
    "部": "门署委",
    "个": "体别案",
    "场": "所地景馆",
    "位": "于居列置",
    "条": "例件款",
    "支": "持出付撑",
    "名": "单称录",
    "人": "民员口",
    "项": "目",
    "台": "阶",
    "处": "理置",
    "件": "事",
    "米": "粮",
    "次": "性",
}

#: After 个, these make a duration, not a count (6个月, 5个工作日).
DURATION_AFTER_GE = ("月", "工作日", "小时", "季度", "年度", "星期")

APPROX_BEFORE = (("不少于", "over"), ("超过", "over"), ("超", "over"), ("逾", "over"),
                 ("近", "near"), ("约", "near"))  # fmt: skip
APPROX_AFTER_NUMBER = (("余", "over"), ("多", "over"))
APPROX_AFTER_UNIT = (("以上", "over"), ("左右", "near"))
#: Bounds after a figure (控制在3%以内, 4%以下): not approximation words in the spec,
#: so they stay out of the mention's text, its approx and its indicator.
BOUNDS_AFTER_UNIT = ("以内", "以下")
#: A sign written right before the digits (增长-2.1%, 下降－0.5个百分点).
SIGNS = "-－"
#: Characters that make 约/近/超 the end of a word (节约, 制约, 附近, 赶超).
APPROX_WORD_BEFORE = {"约": "节制签邀合条公预履违婚集", "近": "附邻最临亲", "超": "赶高"}

LIST_SEP = ("、", "和", "及", "与")
CLAUSE_END = "，。；：！？,;:!?\n"
QUOTED_RE = re.compile(r"“[^“”]{1,30}”|‘[^‘’]{1,30}’|《[^《》]{1,40}》|\"[^\"]{1,30}\"")

#: Verbs of a rate going up or down; together they are the cues of a change.
UP_WORDS = ("增长", "提高", "提升", "上升", "增加", "上涨", "扩大", "增速", "增幅", "涨幅", "高于")
DOWN_WORDS = (
    "下降", "减少", "缩短", "回落", "降低", "下滑", "下跌", "收窄", "降幅", "低于",
    "压减", "压缩", "削减", "缩减",
)  # fmt: skip
UP_RE = re.compile("|".join(UP_WORDS))
DOWN_RE = re.compile("|".join(DOWN_WORDS))
#: Cues for the kind of a rate; the nearest one before the number wins.
CUE_RE = re.compile(
    r"(?P<completion>完成率|完成|进度|执行率)"
    rf"|(?P<change>{'|'.join(UP_WORDS + DOWN_WORDS)})"
    r"|(?P<share>占比|比重|份额|占)"
    r"|(?P<level>率)"
)
#: A verb reaching a level (提升至54%) states a level, not a change.
REACHED_RE = re.compile(r"^(?:分别)?[至到]")
RANKING_RE = re.compile(rf"(?:排名|排在|名列|位列|位居|居于|居|进入|跻身)[{HAN}]{{0,6}}[前后]$")


@dataclass(frozen=True)
class Mention:
    start: int  # offset of the mention in the text passed in
    end: int
    text: str  # exact characters, approximation word included (超1800家)
    value: str  # decimal as a string: "1800", "309.3", "66.67" (三分之二), "90" (九成)
    unit: str  # "家", "亿元", "%", "个百分点" ... approximation words removed
    approx: str  # "", "near", "over"
    kind: str  # amount|count|change|pp|share|completion|level
    direction: str  # "", "up", "down"
    indicator: str  # shortest phrase naming what is measured


# ---------------------------------------------------------------------------
# Numbers and units
# ---------------------------------------------------------------------------


def _decimal(x: float, places: int = 2) -> str:
    """Format a computed value: at most ``places`` decimals, no trailing zeros."""
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return s or "0"


def _cn_value(numeral: str) -> str:
    """Convert a Chinese numeral with cn2an (which only converts, never finds)."""
    if numeral == "半":
        return "0.5"
    value = cn2an.cn2an(numeral.replace("两", "二").replace("〇", "零"), "normal")
    return _decimal(float(value), 4)


def _fraction_value(text: str) -> str:
    """三分之二 → 66.67 (a percentage), 百分之十五 → 15."""
    denominator, numerator = text.split("分之")
    den = 100.0 if denominator == "百" else float(_cn_value(denominator))
    return _decimal(100 * float(_cn_value(numerator)) / den)


def _starts(text: str, pos: int, options: Iterable[str]) -> str:
    """The first (longest-first) option that ``text`` has at ``pos``."""
    for option in options:
        if text.startswith(option, pos):
            return option
    return ""


def _by_length(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({u for g in groups for u in g}, key=len, reverse=True))


ALL_UNITS = _by_length(MONEY, MEASURES, LATIN_UNITS, CLASSIFIERS, PERCENT, PP, TIMES, TENTHS)
CN_UNITS = tuple(u for u in ALL_UNITS if u not in CN_REFUSED_UNITS and u not in PERCENT)


def _unit_at(text: str, pos: int, chinese: bool) -> str:
    """The unit starting at ``pos``, or "" when what follows is no unit."""
    unit = _starts(text, pos, CN_UNITS if chinese else ALL_UNITS)
    if not unit:
        return ""
    after = text[pos + len(unit) : pos + len(unit) + 1]
    if unit in LATIN_UNITS and after.isascii() and after.isalnum():
        return ""  # 400PB is a unit, 3Pro is not
    if after and after in WORD_AFTER_UNIT.get(unit, ""):
        return ""
    if unit == "个" and _starts(text, pos + 1, DURATION_AFTER_GE):
        return ""
    if unit in TENTHS and not chinese:
        return ""  # 九成 yes; 3成 is not how reports write it, and 建成/形成 must not match
    return unit


def _unit_base(unit: str) -> str:
    """The unit without its magnitude: 万平方米 → 平方米, 万人 → 人."""
    for mag in MAGNITUDE:
        if unit.startswith(mag) and unit != mag:
            return unit[len(mag) :]
    return unit


def _kind_of_unit(unit: str) -> str:
    base = _unit_base(unit)
    if base in MONEY or base in MEASURES or base in LATIN_UNITS:
        return "amount"
    if base in PP:
        return "pp"
    if base in PERCENT or base in TIMES or base in TENTHS:
        return "rate"
    return "count"


# ---------------------------------------------------------------------------
# Finding items
# ---------------------------------------------------------------------------


@dataclass
class _Item:
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
    bound: str = ""  # 以内/以下 after the mention: read past it, never into it

    @property
    def after(self) -> int:
        """Where the words after the figure begin (past a bound like 以内)."""
        return self.end + len(self.bound)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTED_RE.finditer(text)]


def _approx_before(text: str, pos: int) -> tuple[int, str]:
    """Start and approx value of an approximation word just before ``pos``."""
    for word, value in APPROX_BEFORE:
        start = pos - len(word)
        if start >= 0 and text[start:pos] == word:
            prev = text[start - 1] if start else ""
            if prev and prev in APPROX_WORD_BEFORE.get(word, ""):
                continue
            return start, value
    return pos, ""


def _sign_len(text: str, pos: int) -> int:
    """1 when a minus sign stands right before the digits at ``pos`` (增长-2.1%).

    Not after a digit, a letter or a percent sign: 2023-2024, A-1 and 3%-5%
    are ranges and names, not negative numbers.
    """
    if pos == 0 or text[pos - 1] not in SIGNS:
        return 0
    prev = text[pos - 2] if pos >= 2 else ""
    if prev and (prev.isalnum() and not re.match(rf"[{HAN}]", prev) or prev in "%％‰.．"):
        return 0
    if prev and prev in CN_ALL:
        return 0  # 一-二: a range of numerals
    return 1


def _refused_before(text: str, start: int, chinese: bool) -> bool:
    """Context before a number that makes it an ordinal, a date, a name or a rate base."""
    prev = text[start - 1] if start else ""
    head = text[max(0, start - 12) : start]
    if prev in ("第", "届", "每", "+", "＋", "×", "#"):
        return True
    if prev.isascii() and prev.isalpha():
        return True  # Z4, PM2.5, G7
    if chinese and prev and prev in CN_ALL + "统唯之这那某另逐同单初周":
        return True  # 统一, 之一, 这一, 万一 ...
    if head.endswith("连续") or re.search(r"连续(?:近|超过|超)?$", head):
        return True  # streaks: 连续5次, 连续6个月
    return bool(RANKING_RE.search(head))


def _ranking(text: str, item: _Item) -> bool:
    """前10名, 后十位: a place in a ranking, not a count."""
    return item.unit in ("名", "位") and text[item.start - 1 : item.start] in ("前", "后")


def _parse_at(text: str, m: re.Match[str]) -> _Item | None:
    """Read one number and what belongs to it (approx words, magnitude, unit)."""
    raw = m.group()
    chinese = m.group("ar") is None
    pos = m.end()
    approx_words: list[str] = []
    num_start = m.start() - _sign_len(text, m.start()) if not chinese else m.start()
    negative = num_start < m.start()
    pre_start, pre = _approx_before(text, num_start)
    if pre:
        approx_words.append(pre)
    rate_default = ""
    if m.group("frac"):
        try:
            value = _fraction_value(raw)
        except (ValueError, KeyError, TypeError, AttributeError, ZeroDivisionError):
            return None  # 一分之万: not a numeral cn2an can read
        unit = "%"
        rate_default = "share"
        if raw.startswith("百分之"):
            rate_default = ""
    else:
        magnitude = ""
        if m.group("cn"):
            # A Chinese numeral ending in 万/亿 keeps the magnitude in the unit.
            for mag in ("万亿", "亿", "万"):  # 一千二百万元 → 1200 万元
                if raw.endswith(mag) and len(raw) > len(mag):
                    raw, magnitude = raw[: -len(mag)], mag
                    break
            try:
                value = _cn_value(raw)
            except (ValueError, KeyError, TypeError, AttributeError):
                return None
        else:
            value = unicodedata.normalize("NFKC", raw).replace(",", "")
            if negative:
                value = "-" + value
        word = _starts(text, pos, [w for w, _ in APPROX_AFTER_NUMBER])
        if word and not magnitude:
            approx_words.append(dict(APPROX_AFTER_NUMBER)[word])
            pos += len(word)
        if not magnitude:
            magnitude = _starts(text, pos, MAGNITUDE)  # 3.5万, 一千多万
            pos += len(magnitude)
        if magnitude:
            word = _starts(text, pos, [w for w, _ in APPROX_AFTER_NUMBER])
            if word:
                approx_words.append(dict(APPROX_AFTER_NUMBER)[word])
                pos += len(word)
        unit = _unit_at(text, pos, chinese)
        pos += len(unit)
        if unit in TENTHS:
            value, unit, rate_default = _decimal(float(value) * 10), "%", "share"  # 九成 = 90%
        if unit:
            unit = magnitude + unit
        elif magnitude and not chinese:
            unit = magnitude  # 约3200余万, 3.1万转非劳动力
        elif magnitude:
            return None  # 十二万 with nothing after: not enough to be sure
        else:
            return _Item(pre_start, m.end(), num_start, value, "", "", chinese)
    word = _starts(text, pos, [w for w, _ in APPROX_AFTER_UNIT])
    if word:
        approx_words.append(dict(APPROX_AFTER_UNIT)[word])
        pos += len(word)
    approx = approx_words[0] if approx_words else ""
    # The unit as a field is normalized (５％ → %); the text stays as written.
    unit = unicodedata.normalize("NFKC", unit)
    item = _Item(pre_start, pos, num_start, value, unit, approx, chinese, rate_default)
    item.bound = "" if word else _starts(text, pos, BOUNDS_AFTER_UNIT)
    return item


def _refused_after(text: str, item: _Item) -> bool:
    """Context after a mention that makes it a threshold, a slogan or a name."""
    rest = text[item.after : item.after + 12]
    nxt = rest[:1]
    threshold = text[item.start : item.end].endswith("以上") or item.bound
    if threshold and nxt and re.match(rf"[{HAN}]", nxt) and nxt != "的":
        return True  # 千人以上活动, 3层以上自建房, 500万元以上项目, 100人以下企业
    if nxt in ("+", "＋", "×"):
        return True  # 1+7
    if item.chinese:
        if nxt in '“‘"':
            return True  # 两个“关键小事”
        if nxt and nxt in CN_ALL:
            return True  # 一户一策, 千家万户
        lone_one = re.match(rf"一[^{CN_ALL}点]", text[item.num_start : item.end])
        if lone_one and nxt and nxt not in CLAUSE_END + "、）)":
            return True  # 一批, 一张网, 一件事: a lone 一 counts only when it ends the clause
        if re.match(r"[^共计达为，。；、]{1,4}?(?:约|近|超过|超|逾|不少于)?[0-9]", rest):
            return True  # 两项补贴约3200余万: the numeral is part of the name of what is measured
    return False


def _items(text: str) -> list[_Item]:
    """Numbers with units, and bare numbers waiting for a list's shared unit."""
    quoted = _quoted_spans(text)
    found: list[_Item] = []
    for m in NUMBER_RE.finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        item = _parse_at(text, m)
        if item is None:
            continue
        if found and item.start < found[-1].end:
            continue
        found.append(item)
    return found


def _chains(text: str, items: list[_Item]) -> list[list[_Item]]:
    """Group items written as a list (54.7%、54.6%; 2.7、1.1个百分点)."""
    chains: list[list[_Item]] = []
    for item in items:
        if chains and text[chains[-1][-1].end : item.start] in LIST_SEP:
            chains[-1].append(item)
        else:
            chains.append([item])
    result: list[list[_Item]] = []
    for chain in chains:
        # Bare numbers and partial units (4.2个、3.6个百分点) take the unit that follows.
        for i in range(len(chain) - 2, -1, -1):
            here, nxt = chain[i], chain[i + 1]
            if nxt.unit and (
                not here.unit or (nxt.unit.startswith(here.unit) and nxt.unit != here.unit)
            ):
                here.unit = nxt.unit
                here.rate_default = here.rate_default or nxt.rate_default
        chain = [it for it in chain if it.unit]
        if chain:
            result.append(chain)
    return result


# ---------------------------------------------------------------------------
# Kinds, directions, indicators
# ---------------------------------------------------------------------------


def _clause_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] not in CLAUSE_END:
        pos += 1
    return pos


def _clause_start(text: str, pos: int, stops: str) -> int:
    i = pos
    while i > 0 and text[i - 1] not in stops:
        i -= 1
    return i


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
            if REACHED_RE.match(prefix[cue.end() :]):
                end = cue.start()  # 占比提升至54%: a level reached
                continue
            return "change", _direction(prefix[cue.start() :])
        return name, ""


def _direction(prefix: str) -> str:
    ups = [m.end() for m in UP_RE.finditer(prefix)]
    downs = [m.end() for m in DOWN_RE.finditer(prefix)]
    if not ups and not downs:
        return ""
    return "up" if max(ups, default=-1) > max(downs, default=-1) else "down"


PREDICATE_TAIL_RE = re.compile(
    r"(?:分别|均|共计|共|累计|合计|总计|全部|已|控制在|保持在|稳定在|同比|环比|比上年|较上年|较去年底?|较同期|比去年|较年初|"
    r"(?<![占对])[比较](?:上|去|前|同期|年初|[0-9]{4}年)[^，。；、比较]{0,6}?|(?<!一)再|继续|进一步|安排|"
    r"增长|下降|提高|提升|上升|增加|减少|缩短|回落|降低|下滑|上涨|下跌|扩大|收窄|高于[^，。]{0,4}?|低于[^，。]{0,4}?|"
    r"压减|压缩|削减|缩减|"
    r"达到|达|为|是|至|到|实现|占[^，。]{0,4}?|完成[^，。]{0,8}?的|完成|超过|突破|新增|"
    r"约|近|超|逾|不少于|的|连续[0-9一二三四五六七八九十两]+(?:个月|年|次|天))$"
)
FRAME_HEAD_RE = re.compile(
    r"^(?:其中|上半年|下半年|全年|今年|年内|当年|截至[^，。]{0,8}?|我区|全区|全市|全县|全省|"
    r"累计|共|同时|此外|另外|目前|已|力争|在[^，。]{0,6}?中)"
)
#: Verbs that end a counted noun: 9个项目|加快建设, 3家文化园区|成为…
PREDICATE_START = (
    r"(?<![未新待])(?:占|完成|实现|开工|完工|建成|入驻|落地|进入|成为|上榜|"
    r"加快|加紧|办理|启动|共同|获得|全部|均|已|正式|开展|提前|投入|发放|联合|牵头|回迁|入市|建设|"
    r"改造|达到|达|为|增长|下降|实施|整治|创建|竣工|加入|置换|打造|进场|受|在|的|"
    r"开业|投用|投运|交付|入住|通车|入选|挂牌|共建)"
)
NOUN_AFTER_RE = re.compile(
    rf"^(?:的)?(?!共|合计|累计|约|近|超|达(?!标)|以内|以下)((?:[{HAN}A-Za-z“”（）()]){{1,16}}?)"
    rf"(?=[，。；：、,;:!?！？0-9]|$|[和及与](?=[0-9])|{PREDICATE_START})"
)
#: Verbs that open a clause's object: the measured thing is what follows them.
LEADING_VERB_RE = re.compile(
    r"^.*?(?:完成|实现|开展|组织|举办|推出|出台|发布|梳理|配备|设置|集聚|安排|推进|推动|落实|协助|引导|吸引|"
    r"压减|压缩|削减|缩减|"
    r"[^、]等)(?![率量额])(?=[\u4e00-\u9fff“A-Za-z])"
)
GENERIC_SUBJECT = ("增速", "增幅", "总量", "占比", "比重")
#: A copula or a bound verb between a name and its figure (比重为85%, 达到60%).
COPULA = "(?:为|是|达到|达|约为|约|近|超过|超|逾)?"
#: A gap against another figure: 增速高于全市1.6个百分点.
GAP_RE = re.compile(r"[高低]于[^，。；、]{1,6}$")
#: An absolute change and its base: 较去年增长17亿元.
ABS_CHANGE_RE = re.compile(
    r"(?:同比|环比|(?<![占对])[较比])[^，。；]{0,6}?(?:增长|增加|减少|下降|压减|压缩|削减|缩减)$"
)

#: Action verbs of the genre.  A count right after one of them is its object
#: (新建3所中小学, 推进19个重点行业领域专项整治); a clause made of them alone
#: has left its object out (新开工7个、完工52个).
VERBS = (
    "建设", "新建", "改建", "扩建", "建成", "打造", "创建", "完成", "推进", "深化", "加快",
    "开展", "举办", "承办", "推出", "出台", "发布", "制定", "印发", "设立", "成立", "组建",
    "建立", "形成", "引进", "引入", "培育", "新增", "增加", "开发", "开通", "提供", "配备",
    "设置", "安装", "加装", "改造", "整治", "治理", "拆除", "腾退", "疏解", "清理", "整改",
    "检查", "排查", "走访", "解决", "办理", "受理", "办结", "发放", "救助", "帮扶", "安置",
    "投入", "获得", "获批", "入选", "认定", "遴选", "梳理", "储备", "谋划", "启动", "实施",
    "落实", "落地", "严守", "保护", "覆盖", "惠及", "接待", "吸纳", "招聘", "培训", "签约",
    "筹集", "供应", "修缮", "维修", "更新", "开工", "完工", "竣工", "开业", "投用", "回迁",
    "入驻", "入市", "上榜", "加入", "置换", "进场", "施工", "集聚", "服务", "建",
)  # fmt: skip
#: Verbs whose object also does what follows (引导455家企业回迁, 实现8个项目开业).
PIVOT_VERBS = ("引导", "吸引", "带动", "鼓励", "帮助", "协助", "组织", "推动", "实现", "力争", "促进")  # fmt: skip
_VERB = "|".join(sorted(VERBS, key=len, reverse=True))
_PIVOT = "|".join(PIVOT_VERBS)
#: Manner adverbs standing before a verb (稳步推进, 全力打造).
MANNER_RE = re.compile(
    r"^(?:稳步|有序|全力|积极|持续|大力|扎实|深入|不断|进一步|全面|着力|率先|先后|陆续|累计|共|已|"
    r"还|再|又|先行|初步|基本|顺利|集中|加快|加紧)"
)
VERB_START_RE = re.compile(rf"^(?:{_VERB})")
VERB_END_RE = re.compile(rf"(?:{_VERB})了?$")
PIVOT_RE = re.compile(rf"^(?:{_PIVOT})|(?:{_PIVOT})了?$")
#: A clause of verbs only, its object left out (启动实施, 新开工, 谋划储备).
BARE_VERBS_RE = re.compile(rf"^(?:新|已|再)?(?:{_VERB})+$")
#: Adverbs that open a predicate without naming anything (全部达标, 均已开工).
PRED_ADVERB_RE = re.compile(r"^(?:全部|均已|均|已经|已|正式|都|顺利|先后|陆续|分别)")
#: Light verbs and nouns at the end of an object: 项目实施, 创建工作, 建设任务.
LIGHT_TAIL_RE = re.compile(r"(?:建设|实施|落地|落实|工作|任务)+$")
#: A verb and a noun that make one noun: 改造项目, 建设工程 (城中村改造项目实施).
VERB_NOUN_RE = re.compile(rf"^(?:{_VERB})(?:项目|工程|计划|方案|行动|资金|基地|中心)")
#: Units that are themselves the people or households counted (1.6万人完成…).
PERSON_UNITS = ("人", "人次", "户", "户次", "名")
#: A predicate that does not define the counted set: 的…, 在…, 占…, 为…
NOT_PREDICATE_RE = re.compile(r"^(?:的|在|受|为|达|占|和|及|与|、|等)")
#: Attributive suffixes shared by a list of modifiers (示范类、达标类小区).
ATTRIBUTIVE = "类型级性式"
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
    subject = _trim_prefix(text[start:end].lstrip("、"))
    for _ in range(3):
        shorter = _trim_prefix(LEADING_VERB_RE.sub("", subject))
        if not shorter or shorter == subject or re.fullmatch(r"“[^“”]*”", shorter):
            break
        subject = shorter
    return TIME_TAIL_RE.sub("", subject) or subject


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
class _Counted:
    name: str
    noun: str  # the counted noun itself, for siblings that leave it out
    mode: str


def _counted(text: str, chain: list[_Item], segment: str, siblings: list[_Item]) -> _Counted | None:
    """The name of what a count or amount written before its noun measures."""
    last = chain[-1]
    m = NOUN_AFTER_RE.match(text[last.after :])
    if not m or not re.match(rf"[{HAN}“A-Za-z]", m.group(1)) or text[last.after] == "的":
        return None  # 4片区7区块的调整方案: what follows 的 is not what is counted
    noun = m.group(1)
    end = noun_end = last.after + m.end(1)
    while end < len(text) and text[end] not in CLAUSE_END + "、":
        end += 1
    if text[end : end + 1] == "、" and not re.search(
        r"[0-9０-９]", text[end : _clause_end(text, end)]
    ):
        end = _clause_end(
            text, end
        )  # 发放生活费、助学金等: a 、 ends the clause only before a figure
    rest = text[noun_end:end]
    # A list item after another's noun (示范类、340个…) is read like the first.
    prev = siblings[-1] if siblings else None
    list_item = prev is not None and re.fullmatch(rf"[{HAN}（）()“”]{{1,10}}[、和及与]", segment)
    mode = prev.mode if list_item and prev and prev.mode else _segment_mode(segment)
    if rest.startswith("的") and (task := NOUN_AFTER_RE.match(rest)):
        # 22个村的撤村建居工作: the counted ones are those the task concerns.
        return _Counted(_with_predicate(_light_stripped(task.group(1)), noun), noun, "subject")
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
        return _Counted(name, _light_stripped(noun), mode)
    if len(noun) > 2 and noun.endswith("中") and not rest:
        noun = noun[:-1]  # 15个项目中，…
    if compound := VERB_NOUN_RE.match(rest):
        noun, rest = noun + compound.group(), rest[compound.end() :]  # 城中村|改造项目|实施
    if VERB_START_RE.match(noun) or re.match(PREDICATE_START, noun):
        if _unit_base(last.unit) in PERSON_UNITS:
            # 1.6万人完成转非户籍办理: the unit is who is counted; the verb phrase says which.
            return _Counted(noun if re.search(r"[0-9０-９]", rest) else noun + rest, "", mode)
        # 15个开展前期工作: the noun is left out; the siblings have it.
        nouns = [s.noun for s in siblings if s.noun]
        if nouns:
            return _Counted(_with_predicate(noun, _shared_head(nouns) or nouns[-1]), "", mode)
    predicate = PRED_ADVERB_RE.sub("", rest)
    if (
        predicate
        and _visible_len(noun) <= 8
        and not NOT_PREDICATE_RE.match(predicate)
        and not re.search(r"[0-9０-９、]", predicate)
        and not LIGHT_TAIL_RE.fullmatch(predicate)
        and _visible_len(predicate) <= 16
    ):
        return _Counted(_with_predicate(predicate, noun), noun, mode)
    return _Counted(noun, noun, mode)


def _share_of(segment: str) -> tuple[str, int]:
    """占全市 in …，占全市43.8%: the whole a share is taken of, and how long the
    segment's tail is that holds it (的 and a copula after it are not part of it:
    占一般公共预算收入的比重为85%)."""
    m = re.search(rf"占(?!比)([^，。；、占]{{1,12}}?)的?{COPULA}$", segment)
    return ("占" + m.group(1), len(m.group())) if m else ("", 0)


def _joined(*parts: str) -> str:
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


def _lent(name: str) -> str:
    """A sibling's name as lent to the next figure: without its absolute change
    (常住人口比上年末增加2.1万人，增长1.2%: the 1.2% is of 常住人口)."""
    return ABS_CHANGE_RE.sub("", name) or name


def _parallel_parts(subject: str) -> list[str]:
    """城镇、农村居民人均可支配收入 → 城镇居民…, 农村居民…: short parallel
    modifiers share the head written once after the last of them."""
    parts = [p for p in subject.split("、") if p]
    last = parts[-1] if parts else ""
    return [
        p + last[len(p) :] if len(p) <= 2 and len(last) > len(p) + 2 else p for p in parts[:-1]
    ] + parts[-1:]


def _leading_verbs_stripped(name: str) -> str:
    """新增跨国公司地区总部 → 跨国公司地区总部 (for a stock written after a flow)."""
    return re.sub(rf"^(?:新|已)?(?:{_VERB})+", "", name) or name


def _elided_object(verb: str, sentence: list[_Item]) -> str:
    """Name for a bare verb whose object the list left out (完工52个, 竣工6865套)."""
    prev = sentence[-1].indicator
    if (m := re.search(rf"新?(?:{_VERB})$", prev)) and m.start() > 0:
        return prev[: m.start()] + verb  # 老旧小区改造新开工7个、完工52个
    if (m := re.match(rf"(?:新|已)?(?:{_VERB})+", prev)) and m.end() < len(prev):
        return verb + prev[m.end() :]  # 建设筹集保障性住房4200套、竣工6865套
    nouns = [it.indicator for it in sentence if it.indicator]
    head = _shared_head(nouns) if len(nouns) > 1 else ""
    return _with_predicate(verb, head or prev)  # 存量项目31个、启动实施9个


def _indicators(text: str, chain: list[_Item], earlier: list[_Item]) -> list[str]:
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
    unit_kind = _kind_of_unit(last.unit)
    start = _clause_start(text, first.start, "，。；：！？,;:!?\n")
    same_clause = [it for it in earlier if it.end > start]
    if same_clause:
        start = max(start, same_clause[-1].end)
    segment = text[start : first.start]
    sentence = [it for it in earlier if "。" not in text[it.end : first.start]]
    if unit_kind in ("count", "amount") and (counted := _counted(text, chain, segment, sentence)):
        for it in chain:
            it.noun, it.mode = counted.noun, counted.mode
        return [counted.name] * len(chain)
    after = NOUN_AFTER_RE.match(text[last.after :])
    noun = after.group(1) if after and re.match(rf"[{HAN}“A-Za-z]", after.group(1)) else ""
    if same_clause and same_clause[-1].noun and segment.startswith(same_clause[-1].noun):
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
    if noun and text[last.after : last.after + 1] == "的" and unit_kind not in ("count", "amount"):
        pos = last.after + 1 + len(noun)
        while text[pos : pos + 1] == "、" and (more := NOUN_AFTER_RE.match(text[pos + 1 :])):
            noun += "、" + more.group(1)  # 占比约五成的金融业、租赁和商务服务业…
            pos += 1 + len(more.group(1))
        share = segment.endswith(("占比", "比重")) or not subject
        return [noun + ("占比" if share else "")] * len(chain)
    if subject in GENERIC_SUBJECT and (same_clause or sentence):
        # 新增…总部7家、总量达160家; …完成980亿元，增速高于全省…: whose 总量, whose 增速
        lent = _lent((same_clause or sentence)[-1].indicator)
        subject = _leading_verbs_stripped(lent) + subject
    quantities = [it for it in sentence if _kind_of_unit(it.unit) in ("count", "amount")]
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
    if len(parts) == len(chain) > 1:
        return [_joined(p, suffix) for p in parts]
    if subject:
        if segment.endswith("完成") and (
            obj := re.match(rf"[{HAN}]{{2,12}}(?=[，。；])", text[last.after :])
        ):
            return [_joined(subject, obj.group())] * len(chain)  # 完成80%主体结构建设
        return [_joined(subject, suffix)] * len(chain)
    tail = task.group(1) if task else ""
    if len(sentence) >= len(chain) > 1:
        return [_joined(_lent(it.indicator), tail, suffix) for it in sentence[-len(chain) :]]
    if sentence:
        return [_joined(_lent(sentence[-1].indicator), tail, suffix)] * len(chain)
    # Nothing but a predicate (完成全年投资计划的52.3%): the predicate names it.
    return [segment.strip("、的")] * len(chain)


def _kind(text: str, chain: list[_Item], item: _Item) -> tuple[str, str]:
    """Kind and direction; a negative rate is a change the other way (增长-2.1%: down)."""
    kind, direction = _written_kind(text, chain, item)
    if item.value.startswith("-") and kind not in ("count", "amount"):
        if kind != "pp":
            kind = "change"  # a share, a level or a completion is never negative
        direction = "up" if direction == "down" else "down"
    return kind, direction


def _written_kind(text: str, chain: list[_Item], item: _Item) -> tuple[str, str]:
    """Kind and direction: from the unit, and for rates from the clause's cues."""
    base = _kind_of_unit(item.unit)
    if base == "count" and item.unit in MAGNITUDE:
        # A bare 万 before a noun counts it (3.1万转非劳动力); at a clause end it is money.
        nxt = text[chain[-1].after : chain[-1].after + 1]
        return ("count" if re.match(rf"[{HAN}]", nxt) else "amount"), ""
    if base in ("count", "amount"):
        return base, ""
    # A list shares the cue written before its first item (分别完成全年任务的54.7%、54.6%).
    first = chain[0]
    prefix = text[_clause_start(text, first.start, CLAUSE_END + "、") : first.start]
    if base == "pp":
        return "pp", _direction(prefix)
    return _rate_kind(prefix, first.rate_default or "level")


def _share_indicators(text: str, chains: list[list[_Item]]) -> None:
    """Indicators that the next figure decides, once every figure has its own.

    A count written right before another figure, without a noun of its own,
    counts the same things (12类47个专病特色科室, 两批共发放4000万元消费券).  Modifiers listed before
    one head share it: 126个示范类、340个达标类小区 → 示范类小区, 达标类小区.
    """
    for here, there in pairwise(chains):
        gap = text[here[-1].end : there[0].start]
        shared = re.fullmatch(rf"(?:共计|共|计|合计)?(?:{_VERB})?", gap)
        if shared and not here[-1].noun and _kind_of_unit(here[-1].unit) == "count":
            for it in here:
                it.indicator = there[0].indicator
            continue
        name, nxt = here[-1].indicator, there[0].indicator
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


def find_mentions(text: str) -> list[Mention]:
    """All metric mentions in one paragraph of text, in order, non-overlapping."""
    items = [
        it
        for it in _items(text)
        if not _refused_before(text, it.start, it.chinese)
        and not (it.unit and (_refused_after(text, it) or _ranking(text, it)))
    ]
    mentions: list[Mention] = []
    earlier: list[_Item] = []
    chains = _chains(text, items)
    for chain in chains:
        for name, item in zip(_indicators(text, chain, earlier), chain, strict=True):
            item.indicator = name
        earlier.extend(chain)
    _share_indicators(text, chains)
    for chain in chains:
        for item in chain:
            kind, direction = _kind(text, chain, item)
            mentions.append(
                Mention(
                    start=item.start,
                    end=item.end,
                    text=text[item.start : item.end],
                    value=item.value,
                    unit=item.unit,
                    approx=item.approx,
                    kind=kind,
                    direction=direction,
                    indicator=item.indicator,
                )
            )
    return mentions


# ---------------------------------------------------------------------------
# The report XML
# ---------------------------------------------------------------------------

ANNOTATED = ("p", "lead", "closing", "heading")
#: Meta text that stands in the source; <date> and <occasion> repeat the subtitle's words.
META_TEXT = ("title", "subtitle", "speaker")
FIELDS = (
    "n",
    "text",
    "occurrence",
    "value",
    "unit",
    "approx",
    "kind",
    "direction",
    "indicator",
    "section",
)


def _ns(root: etree._Element) -> str:
    qname = etree.QName(root)
    return qname.namespace or ""


def _tag(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}" if ns else name


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _slots(el: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """The text slots of an element in reading order: (owner, "text"|"tail")."""
    yield el, "text"
    for child in el:
        if isinstance(child.tag, str):
            yield from _slots(child)
        yield child, "tail"


def _wrap_slot(
    owner: etree._Element, slot: str, spans: list[Mention], offset: int, ns: str
) -> None:
    """Split one text slot around its mentions, inserting <metric> elements."""
    s = (owner.text if slot == "text" else owner.tail) or ""
    pieces: list[etree._Element] = []
    cut = 0
    head = ""
    for i, mention in enumerate(spans):
        a, b = mention.start - offset, mention.end - offset
        if i == 0:
            head = s[:a]
        else:
            pieces[-1].tail = s[cut:a]
        metric = etree.Element(_tag(ns, "metric"))
        metric.set("id", "")
        metric.set("value", mention.value)
        metric.set("unit", mention.unit)
        if mention.approx:
            metric.set("approx", mention.approx)
        metric.set("kind", mention.kind)
        if mention.direction:
            metric.set("direction", mention.direction)
        metric.set("indicator", mention.indicator)
        metric.text = s[a:b]
        pieces.append(metric)
        cut = b
    pieces[-1].tail = s[cut:] or None
    if slot == "text":
        owner.text = head or None
        for i, piece in enumerate(pieces):
            owner.insert(i, piece)
    else:
        owner.tail = head or None
        parent = owner.getparent()
        index = parent.index(owner)
        for i, piece in enumerate(pieces, start=1):
            parent.insert(index + i, piece)


def annotate(root: etree._Element) -> None:
    """Wrap every mention in <p>, <lead>, <closing> and <heading> text in <metric>.

    Mentions are found on a paragraph's whole text; one that would cross an
    element boundary (a <lead> edge) is left unwrapped.  Existing <metric>
    elements are unwrapped first, so annotating twice gives the same tree.
    """
    ns = _ns(root)
    etree.strip_tags(root, _tag(ns, "metric"))
    targets = [el for el in root.iter(*(_tag(ns, n) for n in ANNOTATED))]
    outer = [el for el in targets if not any(_local(a) in ANNOTATED for a in el.iterancestors())]
    for el in outer:
        slots = list(_slots(el))
        texts = [((o.text if s == "text" else o.tail) or "") for o, s in slots]
        mentions = find_mentions("".join(texts))
        if not mentions:
            continue
        bounds: list[tuple[int, int]] = []
        pos = 0
        for t in texts:
            bounds.append((pos, pos + len(t)))
            pos += len(t)
        by_slot: dict[int, list[Mention]] = {}
        for mention in mentions:
            for i, (a, b) in enumerate(bounds):
                if a <= mention.start and mention.end <= b:
                    by_slot.setdefault(i, []).append(mention)
                    break
        # Right to left, so that earlier slots' owners are still where they were.
        for i in sorted(by_slot, reverse=True):
            owner, slot = slots[i]
            _wrap_slot(owner, slot, by_slot[i], bounds[i][0], ns)
    for n, metric in enumerate(root.iter(_tag(ns, "metric")), start=1):
        metric.set("id", f"m{n}")


def _section_label(section: etree._Element) -> str:
    heading = section.find(_tag(_ns(section), "heading"))
    text = "".join(heading.itertext()) if heading is not None else ""
    return section_label(section.get("number") or "", text)


def _document_text(root: etree._Element, ns: str) -> tuple[str, list[tuple[etree._Element, int]]]:
    """The document's text (meta title…speaker, then body) and each metric with its offset."""
    parts: list[str] = []
    metrics: list[tuple[etree._Element, int]] = []
    length = 0
    metric_tag = _tag(ns, "metric")

    def walk(el: etree._Element) -> None:
        nonlocal length
        if el.tag == metric_tag:
            metrics.append((el, length))
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    meta = root.find(_tag(ns, "meta"))
    if meta is not None:
        for child in meta:
            if _local(child) in META_TEXT:
                walk(child)
    body = root.find(_tag(ns, "body"))
    if body is not None:
        walk(body)
    return "".join(parts), metrics


def _occurrences(text: str, needle: str, before: int) -> int:
    """How many (overlapping) matches of needle start before ``before``."""
    count, i = 0, text.find(needle)
    while 0 <= i < before:
        count += 1
        i = text.find(needle, i + 1)
    return count


def rows(root: etree._Element) -> list[dict[str, str]]:
    """One dict per <metric> (in <meta> text or <body>), in reading order."""
    ns = _ns(root)
    doc, metrics = _document_text(root, ns)
    section_tag = _tag(ns, "section")
    result: list[dict[str, str]] = []
    for n, (metric, start) in enumerate(metrics, start=1):
        text = "".join(metric.itertext())
        sections = list(metric.iterancestors(section_tag))
        result.append(
            {
                "n": str(n),
                "text": text,
                "occurrence": str(_occurrences(doc, text, start) + 1),
                "value": metric.get("value", ""),
                "unit": metric.get("unit", ""),
                "approx": metric.get("approx", ""),
                "kind": metric.get("kind", ""),
                "direction": metric.get("direction", ""),
                "indicator": metric.get("indicator", ""),
                "section": "/".join(_section_label(s) for s in reversed(sections)),
            }
        )
    return result


def write_rows(rows: Iterable[dict[str, str]], fmt: str, out: TextIO) -> None:
    """Write rows as tsv or csv (with a header) or json (a list of objects)."""
    rows = list(rows)
    if fmt == "json":
        json.dump(
            [{k: r.get(k, "") for k in FIELDS} for r in rows], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
    elif fmt in ("tsv", "csv"):
        writer = csv.DictWriter(
            out,
            fieldnames=FIELDS,
            delimiter="\t" if fmt == "tsv" else ",",
            lineterminator="\n",
            extrasaction="ignore",
            quoting=csv.QUOTE_MINIMAL,
        )
        writer.writeheader()
        for r in rows:
            writer.writerow({k: r.get(k, "") for k in FIELDS})
    else:
        raise ValueError(f"unknown format {fmt!r}: use tsv, csv or json")
