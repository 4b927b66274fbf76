"""The heading-number ladder: ``一、`` → ``（一）`` → ``1.`` → ``（1）``.

Every stage that meets a heading number (the normalizer, the metrics' section
labels, the model, the edition readers) asks this module, so the ladder is
said once.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportpress import patterns
from reportpress.numerals import DIGITS, chinese_numeral, chinese_value

Heading = tuple[int, str, str]  # (level, number, text)

_NUMBER = patterns.compile(
    r"^([一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\d+[.．、]|（\d+）)"
)

#: Each label's shape and the level it marks.
_LADDER = (
    (patterns.compile(r"^[一二三四五六七八九十百]+、$"), 1),
    (patterns.compile(r"^（[一二三四五六七八九十百]+）$"), 2),
    (patterns.compile(r"^\d+[.．、]$"), 3),
    (patterns.compile(r"^（\d+）$"), 4),
)


#: Each rung as a text prints it: either width, ASCII or full-width marks, spaces inside.
_PRINTED = (
    (1, patterns.compile(r"^([一二三四五六七八九十百零〇两]{1,3})[、．.，,] ?")),
    (2, patterns.compile(r"^[（(] ?([一二三四五六七八九十百零〇两]{1,3}) ?[）)] ?")),
    (3, patterns.compile(r"^([0-9０-９]{1,2}) ?[.．、](?![\d%０-９]) ?")),
    (4, patterns.compile(r"^[（(] ?([0-9０-９]{1,2}) ?[）)] ?")),
)
#: The normalized label of each level, from its numeral.
LABELS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}


def read_label(line: str) -> tuple[int, str, str, str] | None:
    """The printed label a line opens with: (level, numeral as printed, label text, rest).

    ``(三)坚持…`` → (2, ``三``, ``(三)``, ``坚持…``).  Whether the line is a heading
    is the reader's question; this only says which rung its label belongs to.
    """
    for level, pattern in _PRINTED:
        m = pattern.match(line)
        if m:
            return level, m.group(1), m.group(0), line[m.end() :]
    return None


def label_for(level: int, value: int) -> str:
    """The normalized label of a level and value: (2, 3) → ``（三）``, (3, 3) → ``3.``."""
    return LABELS[level].format(chinese_numeral(value) if level in (1, 2) else str(value))


def split_number(printed: str) -> tuple[str, str]:
    """``（一）坚持…`` → (``（一）``, ``坚持…``); unnumbered headings give an empty number."""
    m = _NUMBER.match(printed)
    return (m.group(1), printed[m.end() :]) if m else ("", printed)


def ladder_level(number: str) -> int | None:
    """The level a heading number marks: 一、→1, （一）→2, 1. or 1、→3, （1）→4; else None."""
    number = number.strip()
    for pattern, level in _LADDER:
        if pattern.match(number):
            return level
    return None


def display_depths(levels: Sequence[int]) -> list[int]:
    """The depth (1, 2 …) each heading is shown at in bookmarks and navigation.

    A report need not use the whole ladder: one that starts at ``1.`` shows its
    ``1.`` headings at the top.  Levels are shifted so the shallowest present is
    1, and a heading never goes more than one deeper than the heading it stands
    under (outlines cannot skip a level): the ``1.`` and ``2.`` right under a part
    (第一部分) are both one deeper than the part, siblings.
    """
    if not levels:
        return []
    shift = min(levels) - 1
    depths: list[int] = []
    open_: list[tuple[int, int]] = []  # the headings a next one may stand under: level, depth
    for level in levels:
        while open_ and open_[-1][0] >= level:
            open_.pop()
        depth = max(1, min(level - shift, (open_[-1][1] if open_ else 0) + 1))
        depths.append(depth)
        open_.append((level, depth))
    return depths


def read_level(number: str, depth: int) -> int:
    """A heading's level read back from an edition: its number's ladder level, else its depth."""
    return ladder_level(number) or depth


def section_label(number: str, heading: str) -> str:
    """A section as named in a metric's ``section`` path: ``一``, ``（一）``, ``1``; unnumbered, its heading."""
    return number.strip().rstrip("、.．，,").strip() or heading


def numeral_value(text: str) -> int | None:
    """The value of a number as headings and dates write it: ``12``, ``１２``, ``十二``, ``二十三``, ``一百零五``.

    Small whole numbers only (below 1,000); a run of digits without 十/百 (``二三``)
    or anything else gives None.
    """
    text = text.strip()
    if text.isdigit():
        return int(text) if len(text) <= 6 else None
    if not text or (len(text) > 1 and all(ch in DIGITS for ch in text)):
        return None
    try:
        value = chinese_value(text)
    except ValueError:
        return None
    return int(value) if value == int(value) and value < 1000 else None
