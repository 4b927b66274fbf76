"""How wide each column of the metrics appendix is: one policy, from the content.

Every edition sizes its table here; each says how wide a text is set (in ems of
the table's type) and how much room a cell keeps around its text:

- the PDF measures with the very faces it draws;
- the DOCX with the faces it embeds, never less than the official faces' widths
  (a Han character 1 em, Latin and digits ½), so the table holds in a word
  processor that has those faces and in one that uses the embedded stand-ins;
- the EPUB, whose reader's fonts are unknown, with those nominal widths alone.

The short columns (value, unit, kind, section) are as wide as their widest cell,
so they never wrap; when they would leave the indicator column (the longest
names) less than :data:`MIN_INDICATOR_SHARE` of the table, the widest of them are
cut first, none narrower than its widest piece a line may not break
(``4318元/年``, ``一/（九）/6``: a number stays with its unit).  The
indicator takes the rest.  Where an edition cannot balance a wrapped cell's lines
itself (a word processor, a browser), each column that wraps is then nudged a
little narrower (a cut column's difference going to the indicator, the
indicator's to the last column that does not wrap), so that as few cells as
possible wrap leaving one character alone on their last line.  The same rows
always give the same widths.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import NamedTuple

from reportpress.editions.linebreak import boxes

#: The indicator column (the longest names) keeps at least this share of the width.
MIN_INDICATOR_SHARE = 0.3
#: However many pieces may not break, the short columns never take more than this share.
MAX_SHORT_SHARE = 1 - MIN_INDICATOR_SHARE / 2
#: Room around a cell's text where the edition does not say (a screen), in ems.
CELL_AIR_EMS = 1.0
#: Room a cell's rules take beside its padding, in points.
RULES_PT = 1.0
#: How far the indicator column may narrow to avoid a lone last character, in ems.
NUDGE_EMS = 3.0
#: Table width in ems assumed when only shares are wanted (a screen of 35–40 em).
SHARE_BASIS_EMS = 38.0

#: How wide a text is set, in ems of the table's type; the flag says it is set bold.
Measure = Callable[[str, bool], float]


def text_ems(text: str, bold: bool = False) -> float:
    """A text's nominal width in ems: wide characters 1, others ½ (bold or not).

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


def cell_air(padding_pt: float, size_pt: float) -> float:
    """The room a cell keeps beside its text, in ems: its padding on both sides, its rules."""
    return (2 * padding_pt + RULES_PT) / size_pt


class _Name(NamedTuple):
    """An indicator as a line breaker sees it: its width, and its pieces' (in ems)."""

    width: float
    pieces: tuple[float, ...]


def _name(text: str, measure: Measure) -> _Name:
    pieces = tuple(measure(text[a:b], False) for a, b in boxes(text))
    return _Name(sum(pieces), pieces)


def _last_line(pieces: Sequence[float], usable: float) -> float:
    """The width of the last line when pieces are set greedily into lines of ``usable``."""
    line = 0.0
    for piece in pieces:
        line = piece if line and line + piece > usable else line + piece
    return line


def _lone_last_chars(names: Sequence[_Name], width: float, air: float = CELL_AIR_EMS) -> int:
    """How many names (sorted) wrap at ``width`` leaving ≤ 1 em on their last line,
    their pieces (what a line may not break) set greedily.  Only the names wider than
    the line can wrap: the others are skipped by bisection, not looked at one by one
    for every width tried."""
    usable = width - air
    if usable <= 1:
        return len(names)
    start = bisect_right(names, (usable, ()))
    return sum(0 < _last_line(name.pieces, usable) <= 1 for name in islice(names, start, None))


def _unbroken(text: str, bold: bool, measure: Measure) -> float:
    """The widest piece of a text that a line may not break."""
    return max((measure(text[a:b].rstrip(), bold) for a, b in boxes(text)), default=0.0)


def _cut_widest(widest: Sequence[float], least: Sequence[float], room: float) -> list[float]:
    """The columns cut to fit ``room``: the widest first, all cut down to one width (found
    by bisection), none narrower than its ``least``; a narrow column (a kind, a unit)
    keeps its width while a long one (a section named by its heading) can wrap."""

    def fitted(cap: float) -> list[float]:
        return [max(m, min(w, cap)) for w, m in zip(widest, least, strict=True)]

    if sum(widest) <= room:
        return list(widest)
    low, high = 0.0, max(widest)
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if sum(fitted(middle)) <= room else (low, middle)
    return fitted(low)


def column_widths(
    total: float,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    measure: Measure = text_ems,
    air: float = CELL_AIR_EMS,
    slack: float = 0.0,
    nudge: bool = True,
) -> list[float]:
    """Widths in ems, summing to ``total``: the indicator column first, then the short ones.

    ``air`` is the room a cell keeps beside its text (both sides); the header is set
    bold.  ``slack``: how far from ``air`` the program that sets the table may be (a
    word processor's rounding, borders counted or not): the short columns keep it
    too, and a name counts as wrapping to one character if it would with either
    ``air - slack`` or ``air + slack`` (the whole characters a line holds are one of
    those two counts).  ``nudge``: narrow the indicator column, and any column cut to
    fit, so that few cells wrap leaving one character alone.
    """
    widest, least = [], []
    for index in range(1, len(header)):
        # Each distinct cell once: units, kinds and sections repeat down a long table.
        entries = {row[index] for row in rows}
        widest.append(
            max([measure(header[index], True), *(measure(e, False) for e in entries)]) + air + slack
        )
        least.append(
            max(
                [_unbroken(header[index], True, measure)]
                + [_unbroken(e, False, measure) for e in entries]
            )
            + air
            + slack
        )
    short = _cut_widest(widest, least, total * (1 - MIN_INDICATOR_SHARE))
    if sum(short) > total * MAX_SHORT_SHARE:
        short = [w * total * MAX_SHORT_SHARE / sum(short) for w in short]
    first = total - sum(short)
    if not nudge:
        return [first, *short]
    # A column cut to fit narrows a little more where fewer of its cells then wrap
    # leaving one character alone; the indicator column takes what it gives.
    for index, (width, wide) in enumerate(zip(short, widest, strict=True)):
        if width < wide:
            cells = {row[index + 1] for row in rows}
            short[index] = _narrowed(cells, measure, width, least[index], air, slack)
    first = total - sum(short)
    # The indicator column does the same, giving to the last column that does not wrap.
    whole = [i for i, (w, wide) in enumerate(zip(short, widest, strict=True)) if w >= wide]
    if whole:
        names = [row[0] for row in rows]
        lowest = min(first, total * MIN_INDICATOR_SHARE)
        best = _narrowed(names, measure, first, lowest, air, slack)
        short[whole[-1]] += first - best
        first = best
    return [first, *short]


def _narrowed(
    texts: Iterable[str], measure: Measure, width: float, lowest: float, air: float, slack: float
) -> float:
    """The width, at most :data:`NUDGE_EMS` below ``width`` in half ems and not below
    ``lowest``, at which the fewest of these cells wrap leaving one character alone
    with either ``air - slack`` or ``air + slack``; the widest such.

    Only a cell wider than the narrowest line tried can wrap: the line breaker's
    pieces are found for those alone (a long report has thousands of names).
    """
    choices = [width] + [
        width - step / 2 for step in range(1, int(NUDGE_EMS * 2) + 1) if width - step / 2 >= lowest
    ]
    narrowest = min(choices) - air - slack
    known: dict[str, _Name | None] = {}
    cells = []
    for text in texts:
        if text not in known:
            known[text] = _name(text, measure) if measure(text, False) > narrowest else None
        if known[text] is not None:
            cells.append(known[text])
    cells.sort()

    def lone(choice: float) -> int:
        return sum(_lone_last_chars(cells, choice, air + side) for side in (-slack, slack))

    return min(choices, key=lambda choice: (lone(choice), width - choice))


def column_shares(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    """The same policy as fractions of the table's width (for a page of unknown width)."""
    widths = column_widths(SHARE_BASIS_EMS, header, rows)
    return [round(w / SHARE_BASIS_EMS, 4) for w in widths]
