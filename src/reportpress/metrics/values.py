"""What a mention's value means to a reader: its qualifier, its sign, its base units.

The XML keeps a mention as written (value and unit as the report states them,
``approx`` near/over); this module derives what the appendix and the dataset
show: the value with the words that qualify it (超1800, 3200余, 66.67以上), a
decline with its sign (-2.1), a range (3—5), and the value in base units
(309.3亿元 → 30,930,000,000 元) so that figures of different reports add up.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from reportpress import patterns
from reportpress.metrics.lexicon import (
    APPROX_AFTER_NUMBER,
    APPROX_AFTER_UNIT,
    APPROX_BEFORE,
    ARABIC,
    CHINESE,
    MAGNITUDE,
    RANGE_SEP,
    THOUSANDS_SEPARATORS,
)
from reportpress.numerals import chinese_value, decimal_text

#: Factor of each magnitude written before a unit (万平方米, 亿元).
MAGNITUDE_FACTORS = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4}

#: Each unit in base units: (base unit, factor).  Units not listed (classifiers,
#: currencies other than 元, 倍, 个百分点) are their own base.  % and ‰ become a
#: plain ratio (5.3% → 0.053); 个百分点 stays apart: a difference of rates.
BASE_UNITS: dict[str, tuple[str, Decimal]] = {
    "元人民币": ("元", Decimal(1)),
    "人民币": ("元", Decimal(1)),
    "%": ("比率", Decimal("0.01")),
    "‰": ("比率", Decimal("0.001")),
    **{
        unit: ("比率", Decimal(1) / Decimal(100000))
        for unit in ("/10万", "/十万", "／10万", "／十万")
    },
    **{unit: ("比率", Decimal(1) / Decimal(10000)) for unit in ("/万", "／万")},
    "平方公里": ("平方米", Decimal(10**6)),
    "平方千米": ("平方米", Decimal(10**6)),
    "公顷": ("平方米", Decimal(10**4)),
    "千公顷": ("平方米", Decimal(10**7)),
    "亩": ("平方米", Decimal(10000) / Decimal(15)),
    "公里": ("米", Decimal(1000)),
    "千米": ("米", Decimal(1000)),
    "km": ("米", Decimal(1000)),
    **{unit: ("平方米", Decimal(1)) for unit in ("m²", "㎡", "m2")},
    **{unit: ("平方米", Decimal(10**6)) for unit in ("km²", "km2")},
    **{unit: ("平方米", Decimal(10**4)) for unit in ("hm²", "hm2")},
    **{unit: ("立方米", Decimal(1)) for unit in ("m³", "m3")},
    "延米": ("米", Decimal(1)),
    "海里": ("米", Decimal(1852)),  # the international nautical mile
    "方": ("立方米", Decimal(1)),
    "立方": ("立方米", Decimal(1)),
    "平": ("平方米", Decimal(1)),
    "平米": ("平方米", Decimal(1)),
    "平方": ("平方米", Decimal(1)),
    "度": ("千瓦时", Decimal(1)),
    "千瓦小时": ("千瓦时", Decimal(1)),
    "兆瓦时": ("千瓦时", Decimal(10**3)),
    "吉瓦时": ("千瓦时", Decimal(10**6)),
    "太瓦时": ("千瓦时", Decimal(10**9)),
    "兆瓦": ("千瓦", Decimal(10**3)),
    "MW": ("千瓦", Decimal(10**3)),
    "吉瓦": ("千瓦", Decimal(10**6)),
    "GW": ("千瓦", Decimal(10**6)),
    "kW": ("千瓦", Decimal(1)),
    "兆伏安": ("千伏安", Decimal(10**3)),
    "吨": ("千克", Decimal(1000)),
    "t": ("千克", Decimal(1000)),
    "m": ("米", Decimal(1)),
    "人千米": ("人公里", Decimal(1)),
    "人·km": ("人公里", Decimal(1)),
    "人·公里": ("人公里", Decimal(1)),
    "吨千米": ("吨公里", Decimal(1)),
    "吨·公里": ("吨公里", Decimal(1)),
    "t·km": ("吨公里", Decimal(1)),
    "车千米": ("车公里", Decimal(1)),
    "公斤": ("千克", Decimal(1)),
    "吨标煤": ("吨标准煤", Decimal(1)),
    "斤": ("千克", Decimal("0.5")),
    "担": ("千克", Decimal(50)),  # a market dan (市担) of tobacco or tea: 100 斤
    "微克/立方米": ("微克每立方米", Decimal(1)),
    "微克／立方米": ("微克每立方米", Decimal(1)),
    "毫克/立方米": ("微克每立方米", Decimal(1000)),
    "毫克／立方米": ("微克每立方米", Decimal(1000)),
    "毫克每立方米": ("微克每立方米", Decimal(1000)),
    **{unit: ("微克每立方米", Decimal(1)) for unit in ("μg/m³", "μg/m3", "µg/m³", "µg/m3")},
    **{unit: ("微克每立方米", Decimal(1)) for unit in ("ug/m³", "ug/m3")},
    **{unit: ("微克每立方米", Decimal(1000)) for unit in ("mg/m³", "mg/m3")},
}

_RANGE_RE = patterns.compile(
    rf"^(?:{'|'.join(w for w, _ in APPROX_BEFORE)})?(?P<low>(?P<ar>{ARABIC})|{CHINESE})[%％﹪‰℅]?"
    rf"(?:{'|'.join(sorted(RANGE_SEP, key=len, reverse=True))})"
)
#: Qualifiers as the dataset names them, from the words the report wrote.
_BEFORE = tuple(word for word, _ in APPROX_BEFORE)
_AFTER = tuple(word for word, _ in APPROX_AFTER_NUMBER) + tuple(w for w, _ in APPROX_AFTER_UNIT)
#: The words before, longest first (超过 before 超), sorted once, not per mention.
_BEFORE_LONGEST_FIRST = tuple(sorted(_BEFORE, key=len, reverse=True))


def split_magnitude(unit: str) -> tuple[int, str]:
    """万平方米 → (10000, 平方米); 亿 → (100000000, ""); 家 → (1, 家)."""
    for magnitude in MAGNITUDE:
        if unit.startswith(magnitude):
            return MAGNITUDE_FACTORS[magnitude], unit[len(magnitude) :]
    return 1, unit


def base_value(value: str, unit: str) -> tuple[str, str]:
    """The value in base units and the base unit's name: 309.3 亿元 → ("30930000000", "元").

    A bare magnitude (3.1万) is a plain number; 个百分点 and 倍 keep their unit.
    """
    factor, rest = split_magnitude(unit)
    slash = per = ""
    if rest not in BASE_UNITS:
        rest, slash, per = rest.partition("/")  # 元/月 stays a rate per month
    base, unit_factor = BASE_UNITS.get(rest, (rest, Decimal(1)))
    base += slash + per
    try:
        number = Decimal(value) * factor * unit_factor
    except InvalidOperation:
        return "", base
    return decimal_text(number, 6), base


def qualifier_words(text: str) -> tuple[str, str]:
    """The approximation words of a mention as written, before and after its number:
    超1800家 → ("超", ""); 3200余万元 → ("", "余"); 三分之二以上 → ("", "以上")."""
    before = next((w for w in _BEFORE_LONGEST_FIRST if text.startswith(w)), "")
    after = "".join(w for w in _AFTER if w in text[len(before) :])
    return before, after


def range_low(text: str) -> str:
    """The lower end written in a range mention (3至5个 → "3", 5%—5.5% → "5"), or ""."""
    m = _RANGE_RE.match(text)
    if not m:
        return ""
    low = m.group("low")
    if m.group("ar") is None:
        return decimal_text(chinese_value(low), 4)
    return unicodedata.normalize("NFKC", low).translate(THOUSANDS_SEPARATORS)


def signed(value: str, kind: str, direction: str) -> str:
    """A change's value with its sign: a decline shows as -2.1 whatever the words were
    (下降2.1%, 增长-2.1%); other kinds as written."""
    if kind not in ("change", "pp") or not direction:
        return value
    magnitude = value.lstrip("-")
    return "-" + magnitude if direction == "down" else magnitude


def shown_value(text: str, value: str, kind: str, direction: str) -> str:
    """The appendix's value cell: the signed number with its qualifier and range, no unit.

    超1800家 → 超1800, 下降2.1% → -2.1, 三分之二以上 → 66.67以上, 3至5个 → 3—5.
    """
    before, after = qualifier_words(text)
    low = range_low(text)
    number = signed(value, kind, direction)
    if low:
        number = f"{low}—{number}"
    return f"{before}{number}{after}"
