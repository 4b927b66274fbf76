"""Chinese numerals to numbers and back, exactly and without limits that can crash.

Reports write counts in Chinese numerals (三所, 一千二百万, 三分之二, 九成,
二〇二四).  This small converter replaces ``cn2an``: that package costs a
quarter of a second at import (through ``pkg_resources``) for a job of thirty
lines, and its float arithmetic raised ``OverflowError`` on a run of four
hundred 一.  Values are exact (``Decimal``); a numeral that is not well formed
or whose value is beyond any figure a report states raises ``ValueError``, and
the caller then treats the characters as text, not as a metric.
"""

from __future__ import annotations

from decimal import Decimal

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10**4, "亿": 10**8}
#: Beyond this no figure in a report is meant (a quadrillion): the text is not a number.
LARGEST = Decimal(10) ** 16


def chinese_value(numeral: str) -> Decimal:
    """一千二百 → 1200, 十二 → 12, 三万五千 → 35000, 二〇二四 → 2024, 三点五 → 3.5, 半 → 0.5."""
    if numeral == "半":
        return Decimal("0.5")
    whole, dot, decimals = numeral.partition("点")
    if dot and (not decimals or any(ch not in DIGITS for ch in decimals)):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    value = Decimal(_integer(whole))
    if decimals:
        value += Decimal("0." + "".join(str(DIGITS[ch]) for ch in decimals))
    if value >= LARGEST:
        raise ValueError(f"too large to be a figure: {numeral[:20]!r}…")
    return value


def _integer(numeral: str) -> int:
    """The integer part: digit by digit (二〇二四) or with 十百千万亿."""
    if not numeral or any(
        ch not in DIGITS and ch not in SMALL_UNITS and ch not in LARGE_UNITS for ch in numeral
    ):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if all(ch in DIGITS for ch in numeral):
        if len(numeral) > 16:
            raise ValueError(f"too large to be a figure: {numeral[:20]!r}…")
        return int("".join(str(DIGITS[ch]) for ch in numeral))
    total = section = 0  # total: above the last 万/亿; section: below it
    digit: int | None = None
    for ch in numeral:
        if ch in DIGITS:
            if digit not in (None, 0) and DIGITS[ch] != 0:
                raise ValueError(f"two digits without a unit: {numeral!r}")
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]  # 十二: a leading 十 is 10
            digit = None
        elif section == 0 and not digit and total == 0:
            raise ValueError(f"{ch} with no number before it: {numeral!r}")
        elif ch == "万":
            total += (section + (digit or 0)) * LARGE_UNITS[ch]
            section, digit = 0, None
        else:  # 亿 scales everything before it: 一万亿
            total = (total + section + (digit or 0)) * LARGE_UNITS[ch]
            section, digit = 0, None
        if total + section >= LARGEST:
            raise ValueError(f"too large to be a figure: {numeral[:20]!r}…")
    return total + section + (digit or 0)


def fraction_value(text: str) -> Decimal:
    """三分之二 → 0.666…, 百分之十五 → 0.15, 2/3 → 0.666…: the part of one whole."""
    if "/" in text:
        top, bottom = text.split("/")
        return Decimal(top) / Decimal(bottom)
    denominator, numerator = text.split("分之")
    den = Decimal(100) if denominator == "百" else chinese_value(denominator)
    if den == 0:
        raise ValueError(f"a fraction of nothing: {text!r}")
    return chinese_value(numerator) / den


def decimal_text(value: Decimal, places: int = 2) -> str:
    """A computed value as the XML writes it: at most ``places`` decimals, no trailing zeros."""
    text = f"{value.quantize(Decimal(1).scaleb(-places)):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def chinese_numeral(value: int) -> str:
    """``1`` → ``一``, ``12`` → ``十二``, ``23`` → ``二十三``, ``105`` → ``一百零五`` (below 1,000)."""
    digits = "零一二三四五六七八九"
    if value < 10:
        return digits[value]
    if value < 20:
        return "十" + (digits[value - 10] if value > 10 else "")
    if value < 100:
        tens, ones = divmod(value, 10)
        return digits[tens] + "十" + (digits[ones] if ones else "")
    hundreds, rest = divmod(value, 100)
    if not rest:
        return digits[hundreds] + "百"
    return (
        digits[hundreds]
        + "百"
        + ("零" if rest < 10 else "")
        + (chinese_numeral(rest) if rest >= 20 or rest < 10 else "一" + chinese_numeral(rest))
    )
