"""How wide each column of the metrics appendix is: one policy, from the content.

The short columns (value, unit, kind, section) are as wide as their longest
cell, so they never wrap; the indicator column takes the rest, at least
:data:`MIN_INDICATOR_SHARE` of the table.  Its width is then nudged (the
difference going to the last column) so that as few indicator cells as possible
wrap leaving one character alone on their last line.  Widths are in ems of the
table's type; the same rows always give the same widths.
"""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from itertools import islice

#: The indicator column (the longest names) keeps at least this share of the width.
MIN_INDICATOR_SHARE = 0.3
#: Room around a cell's text (padding and a little air), in ems.
CELL_AIR_EMS = 1.0
#: How far the indicator column may narrow to avoid a lone last character, in ems.
NUDGE_EMS = 3.0
#: Table width in ems assumed when only shares are wanted (a screen of 35–40 em).
SHARE_BASIS_EMS = 38.0


def text_ems(text: str) -> float:
    """A cell's printed width in ems: wide characters 1, others ½.

    Characters of ambiguous width (“”、‘’, ·, —) are wide in Chinese faces.
    Each character's width is looked up once (a long appendix has thousands of cells);
    an ASCII text (most values) is narrow throughout, with no look-up per character.
    """
    narrow = len(text) if text.isascii() else sum(map(_NARROW.__getitem__, text))
    return len(text) - narrow / 2


class _Narrow(dict):
    """Character → 1 if it is set half an em wide, else 0; filled as characters are asked."""

    def __missing__(self, char: str) -> int:
        narrow = self[char] = int(unicodedata.east_asian_width(char) not in "WFA")
        return narrow


_NARROW = _Narrow()


def _lone_last_chars(cells: Sequence[float], width: float) -> int:
    """How many cells of these widths (sorted) wrap at ``width`` leaving ≤ 1 em on their
    last line.  Only the cells wider than the line can wrap: the others are skipped by
    bisection, not looked at one by one for every width tried."""
    usable = width - CELL_AIR_EMS
    if usable <= 1:
        return len(cells)
    count = 0
    for ems in islice(cells, bisect_right(cells, usable), None):
        rest = ems - math.floor(ems / usable) * usable
        count += 0 < rest <= 1
    return count


def column_widths(
    total: float, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> list[float]:
    """Widths in ems, summing to ``total``: the indicator column first, then the short ones."""
    table = [tuple(header), *(tuple(r) for r in rows)]
    short = []
    for index in range(1, len(header)):
        # Each distinct cell once: units, kinds and sections repeat down a long table.
        longest = max(map(text_ems, {row[index] for row in table}))
        short.append(min(total / 4, longest + CELL_AIR_EMS))
    least = total * MIN_INDICATOR_SHARE
    if total - sum(short) < least:
        scale = (total - least) / sum(short)
        short = [w * scale for w in short]
    first = total - sum(short)
    names = sorted(text_ems(row[0]) for row in table)
    steps = int(NUDGE_EMS * 2)
    choices = [first] + [
        first - step / 2 for step in range(1, steps + 1) if first - step / 2 >= least
    ]
    best = min(choices, key=lambda w: (_lone_last_chars(names, w), first - w))
    short[-1] += first - best
    return [best, *short]


def column_shares(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """The same policy as fractions of the table's width (for a page of unknown width)."""
    widths = column_widths(SHARE_BASIS_EMS, header, rows)
    return [round(w / SHARE_BASIS_EMS, 4) for w in widths]
