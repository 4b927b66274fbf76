"""Chinese line breaking and justification (W3C clreq, GB/T 15834), independent of fonts.

ReportLab's ``wordWrap='CJK'`` lets a line start with ``，`` or ``”`` and end
with ``“`` and justifies only at spaces, which Chinese text has none of.  This
module decides where lines break and where every character stands, from the
characters' advance widths alone, so it can be tested on hand-written strings
and reused by any renderer that places glyphs itself.

- No line starts with a closing mark or a pause mark (:data:`NO_START`); no line
  ends with an opening mark (:data:`NO_END`).
- ``——`` and ``……`` are never split; a number stays with its decimals, its
  ``%`` and its unit (``309.3亿元``, ``99.56%``), a minus sign with its number,
  and a Latin word stays whole.  A range (``3—5个``, ``6.5%～7%``) may break only
  after its connector, and only where the paragraph is broken as a whole.
- Lines are justified by spreading the slack over every gap between characters,
  so both edges are straight; the last line of a paragraph stays flush left.
- When a line overflows by less than the blank halves of its full-width
  punctuation, that punctuation is compressed rather than pushing a character
  to the next line (the mark ending the line gives last: set half width, its
  blank half is on the right, so its box and its ink stay inside: nothing
  hangs); otherwise the character moves down (push-out).  Where every way of
  breaking a paragraph would stretch a line past twice the tolerance, a line may
  also close its gaps between characters by a little (``push_in``, the style's
  limit), after its marks.
- On a character grid (``cell``) a line that could keep the grid stretches only
  where no compression keeps it full; with ``whole_cells`` a run of half-width
  characters takes whole cells, its leftover set as space beside it
  (:func:`grid_runs`), so every line can keep the grid.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, eq, methodcaller, sub

from reportpress import patterns

#: Marks that never begin a line: pause and stop marks, closing quotes and
#: brackets, connectors, the interpunct, and their ASCII forms.
NO_START = frozenset(
    "、，。．：；！？）］｝》〉」』】〕〗〙〛”’%‰℃°·・/／～~–"
    ",.:;!?)]}"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー々〻"
)
#: Marks that never end a line: opening quotes and brackets.
NO_END = frozenset("（［｛《〈「『【〔〖〘〚“‘([{")
#: Full-width marks whose ink sits in the right half (blank left half).
OPENING = frozenset("“‘（［｛《〈「『【〔〖")
#: Full-width marks whose ink sits in the left half (blank right half).
CLOSING = frozenset("”’）］｝》〉」』】〕〗、，。．：；！？")
#: Full-width punctuation whose glyph has a blank half that push-in may take.
SQUEEZABLE = OPENING | CLOSING
_SQUEEZABLE_MARK = patterns.compile(f"[{re.escape(''.join(sorted(SQUEEZABLE)))}]")
_OPENING_MARK = patterns.compile(f"[{re.escape(''.join(sorted(OPENING)))}]")

#: Units kept on the line of their number: the longest match after a number wins.
UNITS = sorted(
    """
    亿元 万元 千元 元 美元 亿美元 万美元 亿 万 千 百
    个百分点 百分点 倍 成
    平方公里 平方千米 平方米 万平方米 立方米 万立方米 公里 千米 米 厘米 毫米 公顷 万亩 亩
    万吨 吨 公斤 千克 克 万千瓦 千瓦时 千瓦 兆瓦 瓦 度 微克/立方米
    万人次 人次 万人 人 万户 户 万家 家 家次 万个 个 万台 台 万辆 辆 万套 套 万件 件
    项 所 名 位 批 条 座 次 岁 周年 年 月 日 号 届 期 类 栋 处 场 篇 部 张 宗 款 株 棵
    只 头 组 支 种 本 份 册 起 例 床 间 层 分钟 小时 天 秒 余 多
    """.split(),
    key=len,
    reverse=True,
)

_LATIN = r"[A-Za-z0-9\u00C0-\u024F]"
#: A Latin word or a number: "PM2.5", "1+7", "7×24", "99.56%".
_WORD = patterns.compile(rf"{_LATIN}+(?:[.,:/+\-&×'’]{_LATIN}+)*[%‰℃]?")
_UNIT = f"(?:{'|'.join(map(re.escape, UNITS))})"

#: Connectors of a range between two numbers (连接号, GB/T 15834 4.13): ``3—5个``,
#: ``6.5%～7%``, ``2018－2022年``, ASCII and full width.  One may end a line,
#: never begin one (clreq): a range is an atom that only the total fit may
#: break, right after its connector (:func:`split_points`).
RANGE_CONNECTORS = "—–-－～~〜"
#: Signs that make a number negative where no number stands before them:
#: ``为-2.1%``, ``增长－3%``.  The sign stays with its number.
MINUS_SIGNS = "-−－"
_CONNECTOR = f"[{re.escape(RANGE_CONNECTORS)}]"
#: A number of a range: digits with their decimals, never a part of a longer number.
_RANGE_NUMBER = r"[0-9]+(?:[.,][0-9]+)*(?![0-9]|[.,][0-9])"
#: A range: a number (with its ``%`` or unit), a connector, a number (with its
#: ``%`` or unit), none of them part of a chain such as a date or a phone number
#: (``2024-08-22``, ``010-6512-3456``), whose pieces are numbers joined the same way.
_RANGE = (
    rf"(?<![0-9.,])(?<![0-9%‰℃]{_CONNECTOR})(?=[0-9])"
    rf"{_RANGE_NUMBER}[%‰℃]?{_UNIT}?{_CONNECTOR}"
    rf"{_RANGE_NUMBER}(?:[%‰℃](?!{_CONNECTOR}[0-9])|(?![%‰℃]|{_CONNECTOR}[0-9])){_UNIT}?"
)
#: A minus sign with its number: not after a number, a letter or a sign (that
#: ``-`` is a connector or part of a word).
_SIGNED = rf"(?<![0-9A-Za-z%‰℃.,])[{re.escape(MINUS_SIGNS)}](?=[0-9]){_WORD.pattern}{_UNIT}?"
#: A range atom (:data:`_RANGE`) read whole: its two numbers as groups.
_RANGE_SIDES = patterns.compile(
    rf"({_RANGE_NUMBER})[%‰℃]?{_UNIT}?{_CONNECTOR}({_RANGE_NUMBER})[%‰℃]?{_UNIT}?"
)
_ATOM = patterns.compile(
    rf"—{{2,}}|…+|⋯+"  # dashes and ellipses, never split
    rf"|{_RANGE}|{_SIGNED}"  # a range, a negative number
    rf"|(?=\d)(?:{_WORD.pattern}|.){_UNIT}?"  # a number, its unit
    rf"|{_WORD.pattern}"
    r"|\s+"
    r"|.",
    re.DOTALL,
)


#: What makes a word longer than its first character: another letter, a
#: separator and a letter, or a sign (``%``).
_LONGER = rf"(?={_LATIN}(?:{_LATIN}|[.,:/+\-&×'’]{_LATIN}|[%‰℃]))"
#: The atoms of :data:`_ATOM` longer than one character, and only those: each
#: branch matches where that of ``_ATOM`` would match two characters or more,
#: so a search that finds none at an index has a one-character atom there.
_LONG_ATOM = patterns.compile(
    rf"—{{2,}}|…{{2,}}|⋯{{2,}}"
    rf"|{_RANGE}|{_SIGNED}"
    rf"|(?=\d)(?:{_LONGER}{_WORD.pattern}{_UNIT}?|(?:{_WORD.pattern}|.){_UNIT})"
    rf"|{_LONGER}{_WORD.pattern}"
    r"|\s{2,}",
    re.DOTALL,
)
_SPACES = patterns.compile(r"\s+")
#: Stretches of the characters a long atom may begin with: every branch of
#: :data:`_LONG_ATOM` begins with a dash, an ellipsis, a digit, a minus sign, a
#: Latin letter or a space.
_LONG_ATOM_FIRSTS = patterns.compile(rf"[—…⋯{re.escape(MINUS_SIGNS)}\d\s{_LATIN[1:-1]}]+")


def punctuation_spacing(
    text: str, ems: Sequence[float], *, always: bool = False
) -> tuple[list[float], list[float]]:
    """How much each character's advance shrinks, and how much more it may give on demand.

    ``ems[i]`` is the size of character ``i`` when its glyph is full-width, else 0.
    Two full-width marks in a row (``，“``, ``。”``, ``“《``) would show a whole
    blank em between their inks; the first gives up its blank half (clreq 3.1.6).
    Every other full-width mark may give its blank half to push-in, or, with
    ``always``, gives it up everywhere (half-width punctuation).
    """
    # Every full-width mark's blank half; then the pairs (fewer) share theirs.
    squeeze = [0.0] * len(text)
    for index in [mark.start() for mark in _SQUEEZABLE_MARK.finditer(text)]:
        squeeze[index] = ems[index] / 2
    if always:
        return squeeze, [0.0] * len(text)
    shrink = [0.0] * len(text)
    for pair in _MARK_PAIR.finditer(text):
        index = pair.start()
        if ems[index + 1] and (text[index] in CLOSING or text[index + 1] in OPENING):
            shrink[index], squeeze[index] = squeeze[index], 0.0
    return shrink, squeeze


#: A squeezable mark followed by another.
_MARK_PAIR = patterns.compile(f"{_SQUEEZABLE_MARK.pattern}(?={_SQUEEZABLE_MARK.pattern})")


def atoms(text: str) -> list[tuple[int, int]]:
    """Indivisible pieces of text as (start, end): a character, a word, a number with its unit."""
    return [match.span() for match in _ATOM.finditer(text)]


def _is_connector(text: str, start: int, end: int) -> bool:
    """A lone ``—`` joining two words (``CBD—三里屯``): nothing may break around it."""
    return text[start:end] == "—"


def break_allowed(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """May a line end after atom ``before`` and the next begin with atom ``after``?"""
    last, first = text[before[1] - 1], text[after[0]]
    if first.isspace():
        return False  # a space stays at the end of the line it follows
    if last.isspace():
        return True
    if first in NO_START or last in NO_END:
        return False
    if "—" not in (last, first):
        return True  # neither side can be a connector
    return not (_is_connector(text, *before) or _is_connector(text, *after))


def boxes(text: str, pieces: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Atoms glued together wherever a break is forbidden: the units lines are made of.

    ``pieces`` are the text's :func:`atoms`, when the caller has them already.
    """
    glued: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None
    for atom in atoms(text) if pieces is None else pieces:
        first = text[atom[0]]
        if (
            previous is not None
            and (
                first in _MAY_GLUE_START
                or text[previous[1] - 1] in _MAY_GLUE_END
                or first.isspace()
            )
            and not break_allowed(text, previous, atom)
        ):
            glued[-1] = (glued[-1][0], atom[1])
        else:
            glued.append(atom)
        previous = atom
    return glued


# Where break_allowed may say no: anything else breaks freely (a shortcut, the rule is there).
_MAY_GLUE_START = NO_START | frozenset("—")
_MAY_GLUE_END = NO_END | frozenset("—")
#: The same places as patterns: before a closing mark, a dash or a space (where
#: one is), after an opening mark or a dash (where one ends).  Characters, not
#: places between them: a pattern of lookarounds costs a try at every place.
_GLUES_BEFORE = patterns.compile(rf"[{re.escape(''.join(sorted(_MAY_GLUE_START)))}\s]")
_GLUES_AFTER = patterns.compile(rf"[{re.escape(''.join(sorted(_MAY_GLUE_END)))}]")
_START, _END = methodcaller("start"), methodcaller("end")


def long_atoms(text: str) -> list[tuple[int, int]]:
    """The :func:`atoms` of more than one character; every other character is an atom alone.

    What ``_LONG_ATOM.finditer`` finds, tried only where one may begin: that
    pattern, tried at every character, cost more than all the rest of
    measuring a paragraph; most characters of a Chinese text cannot begin one.
    """
    spans: list[tuple[int, int]] = []
    end = 0  # where the last atom found ends: none overlap
    for stretch in _LONG_ATOM_FIRSTS.finditer(text):
        at, stop = stretch.span()
        at = max(at, end)
        while at < stop:
            atom = _LONG_ATOM.match(text, at)
            if atom is None:
                at += 1
            else:
                end = at = atom.end()
                spans.append(atom.span())
    return spans


def box_starts(text: str) -> list[int]:
    """Where a line may begin in ``text``: the start of each of its :func:`boxes`."""
    return _box_starts(text, long_atoms(text))


def _box_starts(
    text: str, long: list[tuple[int, int]], lo: int = 0, hi: int | None = None
) -> list[int]:
    """Where the :func:`boxes` of a text start, from its long atoms; only those from
    ``lo`` to before ``hi`` (the whole text by default) when ``lo`` is a place no atom
    runs across and ``long`` holds every long atom starting from ``lo`` to before ``hi``.

    The same boxes, found without a step per character in Python: every index
    outside a long atom starts an atom, and only where :data:`_GLUES_BEFORE` or
    :data:`_GLUES_AFTER` find a mark, a dash or a space is :func:`break_allowed`
    asked whether it glues (each place on its own: in any order, even twice).
    """
    hi = len(text) if hi is None else hi
    if lo >= hi:
        return []
    starts = bytearray(b"\1") * (hi - lo)
    first_of = {}
    last_of = {}
    for start, end in long:
        starts[start + 1 - lo : end - lo] = bytes(len(starts[start + 1 - lo : end - lo]))
        first_of[start] = end
        last_of[end] = start
    places = chain(
        map(_START, _GLUES_BEFORE.finditer(text, lo, hi)),
        map(_END, _GLUES_AFTER.finditer(text, max(lo - 1, 0), hi - 1)),
    )
    for at in places:
        if at == 0 or at >= hi or not starts[at - lo]:
            continue
        before = (last_of.get(at, at - 1), at)
        after = (at, first_of.get(at, at + 1))
        if not break_allowed(text, before, after):
            starts[at - lo] = 0
    return list(compress(range(lo, hi), starts))


#: Characters a long atom (:data:`_LONG_ATOM`) may go on after: digits, letters and
#: the separators inside a word, signs, connectors, dashes, ellipses, spaces and the
#: characters of units.  After any other character, every atom has ended.
_ATOM_GOES_ON = patterns.compile(
    "[\\d\\s"
    + re.escape(
        "".join(
            sorted(set("".join(UNITS)) | set(".,:/+-&×'’%‰℃—…⋯" + RANGE_CONNECTORS + MINUS_SIGNS))
        )
    )
    + _LATIN[1:]
)


#: Two CJK ideographs: between them a line may start unless an atom (a figure's unit)
#: runs across; no mark of :data:`_MAY_GLUE_START` or :data:`_MAY_GLUE_END` is one.
_IDEOGRAPHS = patterns.compile("[\u4e00-\u9fff]{2}")


def box_starts_near(text: str, end: int, reach: int = 64) -> tuple[int, list[int]] | None:
    """The :func:`box_starts` from ``q`` to ``end`` (inclusive), worked out from that
    stretch alone: ``(q, starts)``, ``q`` the nearest place at or before ``end`` where
    no atom runs across (after a character no atom goes on after, or the text's start).

    A first-fit line breaker needs only the box starts just before each line's end;
    the whole text's would cost a pass over every character.  None when no such
    place lies within ``reach`` characters (a long Latin run): take
    :func:`box_starts` of the whole text then.
    """
    end = min(end, len(text) - 1)
    if end > 0 and _IDEOGRAPHS.match(text, end - 1) and not _ATOM_GOES_ON.match(text, end - 1):
        return end, [end]  # most line ends: no atom runs across, no mark glues either side
    q = end
    while q > 0 and _ATOM_GOES_ON.match(text, q - 1):
        q -= 1
        if end - q > reach:
            return None
    long: list[tuple[int, int]] = []  # matched where each atom starts: no search past ``end``
    at = q
    while at <= end:
        atom = _LONG_ATOM.match(text, at)
        if atom:
            long.append(atom.span())
        at = atom.end() if atom else at + 1
    return q, _box_starts(text, long, q, end + 1)


@dataclass(frozen=True)
class Line:
    """One line: characters ``start:end`` of the text, each at ``positions[i - start]``."""

    start: int
    end: int  # exclusive; trailing spaces are inside but not drawn
    positions: tuple[float, ...]  # x of each character from the line's left edge
    width: float  # from the left edge to the right edge of the last drawn character
    last: bool  # the paragraph's last line

    @property
    def ink_end(self) -> int:
        """End of the drawn characters (trailing spaces excluded)."""
        return self.start + len(self.positions)


def _strip_trailing_spaces(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@dataclass(frozen=True)
class _Measured:
    """A text's widths after punctuation spacing, with its atoms and boxes.

    Worked out once per paragraph: breaking it again at another measure (as
    :func:`balanced_width` does) reuses all of it.
    """

    text: str
    widths: list[float]
    shrink: list[float]
    squeeze: list[float]
    #: The atoms of more than one character (:func:`long_atoms`).
    long_atoms: list[tuple[int, int]]
    #: Per box: start, end of its ink (trailing spaces excluded), end, the ink's
    #: width, what its marks may give to push-in, the width of its spaces.
    boxes: list[tuple[int, int, int, float, float, float]]
    #: Where each box starts (for bisection), and whether a box is all spaces
    #: (leading spaces: only the first fit sets those).
    box_starts: list[int]
    blank_box: bool
    #: Sums of ``widths`` and ``squeeze`` before each character: any stretch's width
    #: is a difference of two, so no line or box is summed character by character.
    at_width: list[float]
    at_give: list[float]
    #: On a grid, the half-width runs set in whole cells (:func:`grid_runs`).
    runs: list[GridRun]
    #: On a grid, the count before each index of the characters that take a line
    #: off the grid whatever its breaks (a line holding one is off it anyway):
    #: marks set half width, and half-width characters at their own width.
    half_at: list[int] | None


def _measure(
    text: str,
    widths: Sequence[float],
    ems: Sequence[float] | None,
    always: bool = False,
    cell: float | None = None,
    whole_cells: bool = False,
) -> _Measured:
    if len(widths) != len(text):
        raise ValueError("one width per character")
    shrink, squeeze = punctuation_spacing(text, ems or [0.0] * len(text), always=always)
    runs: list[GridRun] = []
    half_at = None
    if cell:
        # What takes a line off the grid whatever its breaks: a mark set half
        # width (two in a row share a blank half) and, at their own width,
        # half-width characters.
        off = list(map(bool, shrink))
        if whole_cells:
            runs = grid_runs(text, widths, cell)
        else:
            for start, end, _ in _half_width_spans(text, widths, cell):
                off[start:end] = [1] * (end - start)
        half_at = list(accumulate(off, initial=0))
    widths = list(map(sub, widths, shrink))
    for run in runs:
        widths[run.start] += run.before
        widths[run.end - 1] += run.after
    at_width = list(accumulate(widths, initial=0.0))
    at_give = list(accumulate(squeeze, initial=0.0))
    long = long_atoms(text)
    starts = _box_starts(text, long)
    ends = [*starts[1:], len(text)] if starts else []
    # A run of spaces ends the box it is glued to, and is no part of its ink.
    ink_ends = ends.copy()
    spaces = [match.span() for match in _SPACES.finditer(text)]
    if spaces and ink_ends:
        box_at = {end: index for index, end in enumerate(ends)}
        for space_start, space_end in spaces:
            index = box_at.get(space_end)
            if index is not None:
                ink_ends[index] = max(starts[index], space_start)
    # One comprehension: map() over bound list methods costs more a box.
    measured = [
        (
            start,
            ink_end,
            end,
            at_width[ink_end] - at_width[start],
            at_give[ink_end] - at_give[start],
            at_width[end] - at_width[ink_end],
        )
        for start, ink_end, end in zip(starts, ink_ends, ends, strict=True)
    ]
    blank_box = any(map(eq, starts, ink_ends))
    return _Measured(
        text,
        widths,
        shrink,
        squeeze,
        long,
        measured,
        starts,
        blank_box,
        at_width,
        at_give,
        runs,
        half_at,
    )


@dataclass(frozen=True, slots=True)
class GridRun:
    """Characters ``start:end`` set across whole grid cells, ``before`` and ``after`` blank."""

    start: int
    end: int
    before: float
    after: float
    cell: float

    def sides(self, before: bool, after: bool) -> tuple[float, float]:
        """The run's blank split between the sides wished for, none over half a cell.

        The one side wished for takes what it can up to half a cell, the other
        the rest (less than half a cell too, as the blank is less than a cell);
        both sides or neither centre the run.
        """
        blank = self.before + self.after
        if before == after:
            return blank / 2, blank / 2
        wished = min(blank, self.cell / 2)
        return (wished, blank - wished) if before else (blank - wished, wished)


#: What may be narrower than a grid cell: anything but the CJK blocks and the
#: full-width forms (a quick look; the widths decide).
_MAYBE_HALF_WIDTH = patterns.compile(
    "[^\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003ffff]+"
)


def grid_runs(text: str, widths: Sequence[float], cell: float) -> list[GridRun]:
    """Runs of characters narrower than a cell, each widened to whole cells.

    As Word's document grid sets Latin text (ECMA-376 ``docGrid``): a run of
    digits, Latin or ``%`` spans as many cells as it needs and its leftover (less
    than a cell) is set as space beside it, so every full-width character stays
    in its cell.  The space goes to the side that faces a Han character (clreq
    3.2.2: none between a figure and a punctuation mark), evenly when both or
    neither do, never more than half a cell on a side (JLREQ's widest space
    beside Western text); at a line's start or end it moves inside
    (:func:`_place_runs`).
    """
    runs = (_widened(text, *span, cell) for span in _half_width_spans(text, widths, cell))
    return [run for run in runs if run.before or run.after]


def _half_width_spans(
    text: str, widths: Sequence[float], cell: float
) -> list[tuple[int, int, float]]:
    """Runs of characters whose advance is not a cell, as (start, end, width)."""
    spans: list[tuple[int, int, float]] = []
    close = 1e-3 * cell
    for candidate in _MAYBE_HALF_WIDTH.finditer(text):
        start = None
        for index in range(candidate.start(), candidate.end() + 1):
            whole = index == candidate.end() or abs(widths[index] - cell) <= close
            if start is None:
                if not whole:
                    start, natural = index, 0.0
            elif whole:
                spans.append((start, index, natural))
                start = None
            if start is not None:
                natural += widths[index]
    return spans


def _widened(text: str, start: int, end: int, natural: float, cell: float) -> GridRun:
    leftover = max(1, math.ceil(natural / cell - 1e-6)) * cell - natural
    if leftover < 1e-6:
        return GridRun(start, end, 0.0, 0.0, cell)
    run = GridRun(start, end, leftover / 2, leftover / 2, cell)
    facing_before = start > 0 and _is_han(text[start - 1])
    facing_after = end < len(text) and _is_han(text[end])
    return GridRun(start, end, *run.sides(facing_before, facing_after), cell)


def _ranges(
    m: _Measured, line_width: float, first_indent: float, *, push_in: bool = True
) -> list[tuple[int, int]]:
    """Where the lines of a measured text begin and end, line by line (first fit).

    A box that does not fit goes to the next line (push-out), unless ``push_in``
    and the line's punctuation can give the room it lacks.
    """
    text, widths, shrink, squeeze = m.text, m.widths, m.shrink, m.squeeze
    eps = 1e-6
    ranges: list[tuple[int, int]] = []
    start = 0
    used = 0.0  # width of the current line up to its last drawn character
    spaces = 0.0  # spaces after it, which count only if more follows on the line
    room = 0.0  # how much the current line's punctuation may give back
    available = line_width - first_indent

    def close(end: int) -> None:
        nonlocal start, used, spaces, room, available
        ranges.append((start, end))
        start, used, spaces, room, available = end, 0.0, 0.0, 0.0, line_width

    for box_start, ink_end, box_end, ink, give, box_spaces in m.boxes:
        last = ink_end - 1
        if start < box_start:
            # Tested as the line's last box: its last mark is whole again and
            # keeps its box inside the margin, so it neither shares nor gives.
            overflow = used + spaces + ink + shrink[last] - available
            if overflow > eps:
                if push_in and overflow <= room + give - squeeze[last] + eps:
                    close(box_end)  # push-in: this line's punctuation gives way
                    continue
                close(box_start)  # push-out
        if start == box_start and ink > available + eps:
            # A box wider than a line (a long URL or number, a narrow cell): split
            # it where it must, at the last place the line-start and line-end
            # rules allow if the line has one.
            for index in range(box_start, ink_end):
                if used + widths[index] > available + eps and index > start:
                    cut = index
                    while cut > start and (text[cut] in NO_START or text[cut - 1] in NO_END):
                        cut -= 1
                    close(cut if cut > start else index)
                    used = m.at_width[index] - m.at_width[start]
                    room = m.at_give[index] - m.at_give[start]
                used += widths[index]
                room += squeeze[index]
        else:
            used += spaces + ink
            room += give
        spaces = box_spaces
    if start < len(text) or not ranges:
        ranges.append((start, len(text)))
    return ranges


#: What a line costs the total fit besides its spacing: fewer lines are better.
LINE_COST = 1.0
#: What compressing a line's punctuation costs at least (twice that if it takes all
#: the marks can give): a line whose gaps would stretch by less than about 0.9 to
#: 1.1 tolerances stretches, one that would stretch more compresses instead.
COMPRESS_COST = 10.0


#: The most a line (but the last) may fall short of the measure, as a share of it,
#: for the total fit to consider it (such a line would letter-space past reading).
SHORTEST_SLACK = 0.2
#: Tried first: almost every paragraph is set best without lines that short, and
#: each box then looks back over fewer starts (the total fit's time is linear in it).
SHORT_SLACK = 0.1


#: What the total fit pays for a line ending between a number and its unit
#: (``3509`` / ``处``): as much as a line stretched by twice the tolerance, so a
#: number leaves its unit only where the paragraph would otherwise stretch more.
#: A line ending inside a unit (``微克/`` / ``立方米``) or inside a long Latin
#: run (a web address) pays twice that.
SPLIT_COST = 100.0
#: What a stretched line costs besides its stretch on a grid, where its characters
#: leave their cells: as much as a number split from its unit, or ten lines whose
#: marks are compressed.  Keeping a line full by its marks shifts the rest of the
#: paragraph, which may have to compress other lines; the grid is worth that, so a
#: line leaves it only where no compression of the paragraph keeps it (a figure
#: like ``8000亿元`` too wide for the end of a line, and no mark to give the room).
OFF_GRID_COST = SPLIT_COST
#: A split number also leaves the grid, and costs that many off-grid lines besides
#: its own cost: a number leaves its unit only where keeping it whole would take
#: more than two lines off the grid.
SPLIT_OFF_GRID = 2
#: What a line stretched by more than twice the tolerance per gap (1 pt on the
#: styles' 0.5 pt) costs besides its stretch, per point beyond that: more than the
#: splits, compressions and stretches of a paragraph together, so the total fit
#: stretches a line that far only where every setting of the paragraph does (a
#: figure like ``25852元`` or ``5.5%`` that cannot be split); then it spreads the
#: excess over the fewest points, never piling two lines' into one.
#: Where a paragraph has no setting within that limit, the total fit is asked again
#: with push-in (追い込み, 紧排: JIS X 4051, clreq's line adjustment): a line may
#: close its gaps by up to the style's limit once its marks have given their blank
#: halves, costing this per point a gap, and a line stretched past the limit then
#: costs this per point of its whole stretch, not only of what exceeds the limit:
#: of the two deviations from the natural spacing the smaller is set.
OVER_LIMIT_COST = 1e6
#: What the total fit pays for a line ending after a range's connector (``3—`` /
#: ``5个``): half a number/unit split.  clreq and GB/T 15834 let a connector end a
#: line (never begin one) and each side stays a whole number with its unit, so
#: the split reads more naturally than ``3509`` / ``处``; yet a range read on one
#: line is best, so it is split only where keeping it whole would stretch a line
#: by 0.79 of twice the tolerance or more (0.8 pt a gap on the styles' 0.5 pt),
#: where the cubic stretch cost reaches 50.
RANGE_COST = SPLIT_COST / 2
#: A Latin or digit run at least this long may break after ``/ . - _ & : = ?``.
LONG_RUN = 16
_RUN_BREAKS = frozenset("/.-_&:=?")


def _range(text: str, start: int, end: int) -> re.Match[str] | None:
    """The atom ``text[start:end]`` read as a range, its two numbers as groups 1 and 2;
    None if it is another atom."""
    if not text[start].isdigit():
        return None
    return _RANGE_SIDES.fullmatch(text, start, end)


def _from_low_to_high(sides: re.Match[str]) -> bool:
    """A range runs from a smaller number to a larger one, neither written with a
    leading zero; numbers joined otherwise (``2024-08``, ``6512-3456``, ``1.2.3～4``) are a code."""
    low, high = sides.group(1, 2)
    if any(len(n) > 1 and n[0] == "0" and n[1].isdigit() for n in (low, high)):
        return False
    try:
        return float(low.replace(",", "")) < float(high.replace(",", ""))
    except ValueError:  # 1.2.3～4: not numbers, a code
        return False


def range_split(text: str, start: int, end: int) -> int | None:
    """Where the atom ``text[start:end]``, a range, may break: right after its connector.

    ``3—`` / ``5个``, ``2018－`` / ``2022年``, ``6.5%～`` / ``7%``: never before the
    connector, never inside a number or between a number and its ``%`` or unit.
    None for any other atom, a code among them.  Every edition breaks a range
    here and nowhere else: the PDF's line breaker (:func:`split_points`), the
    Word copy's and the EPUB's figures kept whole (:func:`kept_pieces`).
    """
    sides = _range(text, start, end)
    return sides.start(2) if sides is not None and _from_low_to_high(sides) else None


def kept_pieces(text: str) -> list[str]:
    """A figure's text (``6.5%～7%``) in the pieces no line may break inside.

    The whole figure, but for a range, which may break after its connector
    (:func:`range_split`): ``["6.5%～", "7%"]``.  The Word copy and the EPUB keep
    each piece whole and let a line break between two, where the PDF may.
    """
    if not _CONNECTOR_RE.search(text):
        return [text]  # no range: one piece, without reading its atoms
    cuts = [at for start, end in long_atoms(text) if (at := range_split(text, start, end))]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


_CONNECTOR_RE = patterns.compile(_CONNECTOR)


def split_points(text: str, pieces: list[tuple[int, int]]) -> dict[int, float]:
    """Breaks inside atoms that only the total fit may take, each with its cost.

    Before ``i`` for each ``i``: after a range's connector (:func:`range_split`),
    between a number and its unit and inside the unit, and after a separator
    inside a long Latin run, wherever the line-start and line-end rules allow.
    ``pieces`` are the text's atoms (those of one character have no such
    place: :func:`long_atoms` will do).
    """
    points: dict[int, float] = {}
    for start, end in pieces:
        if end - start < 2:
            continue
        if text[start] in MINUS_SIGNS:
            start += 1  # a negative number leaves its unit where the number would
        elif (sides := _range(text, start, end)) is not None:
            if not _from_low_to_high(sides):
                continue  # a code: kept whole
            start = sides.start(2)
            points[start] = RANGE_COST
            # the number after the connector may leave its unit as any number does
        word = _WORD.match(text, start)
        word_end = word.end() if word else start + 1
        if word_end - start >= LONG_RUN:
            for at in range(start + 1, word_end):
                if text[at - 1] in _RUN_BREAKS and text[at] not in NO_START:
                    points[at] = 2 * SPLIT_COST
        if word_end < end and text[start].isdigit():
            for at in range(word_end, end):
                if text[at] not in NO_START and text[at - 1] not in NO_END:
                    points[at] = SPLIT_COST if at == word_end else 2 * SPLIT_COST
    return points


def _fine_boxes(
    m: _Measured,
) -> tuple[list[tuple[int, int, int, float, float, float]], list[float]]:
    """The measured boxes cut again at :func:`split_points`, with what breaking after each costs."""
    points = split_points(m.text, m.long_atoms)
    if not points:
        return m.boxes, [0.0] * len(m.boxes)
    fine: list[tuple[int, int, int, float, float, float]] = []
    penalties: list[float] = []
    copied = 0  # boxes before this one are in ``fine`` already
    cuts = sorted(points)
    k = 0
    while k < len(cuts):
        # Only the boxes holding a cut are cut; those between are copied whole.
        index = bisect_right(m.box_starts, cuts[k]) - 1
        box = m.boxes[index]
        start, ink_end = box[0], box[1]
        if cuts[k] >= ink_end or cuts[k] == start:
            k += 1  # in the box's trailing spaces or at its start: no cut
            continue
        fine.extend(m.boxes[copied:index])
        penalties.extend([0.0] * (index - copied))
        while k < len(cuts) and cuts[k] < ink_end:
            cut = cuts[k]
            width, give = m.at_width[cut] - m.at_width[start], m.at_give[cut] - m.at_give[start]
            fine.append((start, cut, cut, width, give, 0.0))
            penalties.append(points[cut])
            start = cut
            k += 1
        ink, give = m.at_width[ink_end] - m.at_width[start], m.at_give[ink_end] - m.at_give[start]
        fine.append((start, ink_end, box[2], ink, give, box[5]))
        penalties.append(0.0)
        copied = index + 1
    fine.extend(m.boxes[copied:])
    penalties.extend([0.0] * (len(m.boxes) - copied))
    return fine, penalties


def _total_fit(
    m: _Measured,
    at_gaps: list[int],
    line_width: float,
    first_indent: float,
    tolerance: float,
    slack: float = SHORTEST_SLACK,
    off_grid: float = 0.0,
    refuse_over_limit: bool = False,
    push_in: PushInRoom | None = None,
) -> list[tuple[int, int]] | None:
    """Where lines break so the paragraph as a whole is set best (Knuth–Plass, simplified).

    Each line either stretches its gaps (at a cost cubic in the stretch per gap,
    as TeX's badness, 100 at twice ``tolerance``) or, if it is
    overfull, compresses its punctuation within what the marks may give (costing
    :data:`COMPRESS_COST` and more the more it takes); a line can never be wider
    than the measure.  Every break is between boxes, so every rule holds.  A box
    starts at most a line's worth of boxes back, so the work is linear in the text.
    Breaks inside a number with its unit or a long Latin run cost
    :data:`SPLIT_COST` or more (:func:`split_points`), so they are taken only
    where every other choice would stretch a line further.  On a grid, a
    line that stretches also pays ``off_grid`` (its characters leave their
    cells), and a split pays it :data:`SPLIT_OFF_GRID` times besides its own cost.
    A line stretched by more than twice ``tolerance`` pays :data:`OVER_LIMIT_COST`
    per point beyond: it is set only where no setting avoids it.
    With ``refuse_over_limit`` such a line is never set (None if every setting
    has one): ``benchmarks/stretch_floor.py`` asks that of the lines left.
    With ``push_in`` (:func:`push_in_room`: what a line may close each gap by) a
    line may also be wider than its marks can make room for, by at most that
    much a gap; push-in and a stretch past the limit then cost
    :data:`OVER_LIMIT_COST` per point a gap, so the smaller wins.
    None when a box is wider than a line (the first fit splits it).
    """
    if m.blank_box:
        return None  # a box of spaces alone (leading spaces): leave it to the first fit
    boxes_, penalties = _fine_boxes(m)
    at_width, at_give = m.at_width, m.at_give
    eps = 1e-6
    inf = float("inf")
    count = len(boxes_)
    cost = [0.0] + [inf] * count
    previous = [-1] * (count + 1)
    starts = [box[0] for box in boxes_]
    # Where each box begins, in width (the first line's indent counted as width,
    # so every line has the whole measure), in give and in gaps.
    begins = [at_width[start] for start in starts]
    begins[0] -= first_indent
    begin_gives = [at_give[start] for start in starts]
    begin_gaps = [at_gaps[start] for start in starts]
    half_at = m.half_at
    # Off a grid every line counts as one that could keep it (0 == 0): it pays
    # ``off_grid`` (0 there) as before, with one test fewer in the hot loop.
    begin_halves = [0] * count if half_at is None else [half_at[start] for start in starts]
    # Lines shorter than the measure by more than ``slack`` of it are never
    # tried (but for the last): each box looks back only over the boxes that can
    # start a line ending with it, found by bisection on where the boxes begin.
    cap = slack * line_width
    room = line_width + eps
    scale = 100.0 / (2 * tolerance) ** 3  # the stretch cost, inlined: this loop is hot
    limit = 2 * tolerance
    shrink, squeeze = m.shrink, m.squeeze
    # Per box, as a line's last: where the line ends in width and in give (its
    # last mark is whole again, a half it shared restored, and gives its blank half
    # as an end mark, :func:`_end_mark_give`), and the latest start to try (all at
    # once: this function is the hot one; a comprehension costs less a box than
    # map() with a bound method).
    ink_ends = [box[1] for box in boxes_]
    finals = [ink_end - 1 for ink_end in ink_ends]
    end_widths = [at_width[ink_end] + shrink[ink_end - 1] for ink_end in ink_ends]
    # What its marks give, its end mark's blank half last (:func:`_end_mark_give`): a
    # closing mark gives what it shrinks and squeezes, any other character nothing,
    # which is what the sums say but for an opening mark, found apart (it ends a box
    # only where nothing follows it to glue to: rare).
    end_gives = [at_give[ink_end] + shrink[ink_end - 1] for ink_end in ink_ends]
    for mark in _OPENING_MARK.finditer(m.text):
        index = bisect_left(finals, mark.start())
        if index < count and finals[index] == mark.start():
            end_gives[index] -= shrink[mark.start()] + squeeze[mark.start()]
    longest_short = [end_width - line_width + cap for end_width in end_widths]
    firsts = [
        latest if latest < index else index  # min(), which costs more than the bisection
        for index, latest in enumerate(map(bisect_right, repeat(begins), longest_short))
    ]
    firsts[-1] = count - 1  # the last line may be as short as it likes
    short = line_width - eps
    ends = zip(range(1, count + 1), ink_ends, finals, end_widths, end_gives, firsts, strict=True)
    for j, ink_end, final, end_width, end_give, first in ends:
        last = j == count
        end_gaps = at_gaps[final]
        # (a mark ending the line is whole again: the half it shared is no line's)
        end_half = 0 if half_at is None else half_at[ink_end] - (shrink[final] > 0)
        best, best_start = inf, -1
        for i in range(first, -1, -1):
            natural = end_width - begins[i]
            if natural < short:
                # Short of the measure (no wider than its marks can make room for,
                # whatever they give): stretched, but for the last, which stays flush left.
                base = cost[i]
                if base >= best:
                    continue  # (inf too) what the line adds is never negative: no better
                if not last:
                    gaps = end_gaps - begin_gaps[i] or max(1, final - starts[i])
                    stretch = (line_width - natural) / gaps
                    base += scale * stretch**3
                    if stretch > limit:
                        if refuse_over_limit:
                            continue
                        base += OVER_LIMIT_COST * (stretch - (limit if push_in is None else 0.0))
                    if end_half == begin_halves[i]:
                        base += off_grid
                if base < best:
                    best, best_start = base, i
                continue
            give = end_give - begin_gives[i]
            over = natural - give - room
            if over > 0:
                # From here back every line is wider still (each box adds more
                # width than a gap's push-in), with as little room or less.
                if push_in is None:
                    break
                gaps = end_gaps - begin_gaps[i] or max(1, final - starts[i])
                if over > push_in(starts[i], ink_end) * gaps:
                    break
                base = cost[i]
                if base < best:  # push-in: the marks give all, then the gaps close
                    base += 2 * COMPRESS_COST + off_grid + OVER_LIMIT_COST * over / gaps
                    if base < best:
                        best, best_start = base, i
                continue
            base = cost[i]
            if base >= best:
                continue
            if natural > room:
                base += COMPRESS_COST * (1 + (natural - line_width) / give)
            if base < best:
                best, best_start = base, i
        if not last and penalties[j - 1]:
            best += penalties[j - 1] + SPLIT_OFF_GRID * off_grid
        cost[j], previous[j] = best + LINE_COST, best_start
    if cost[count] == float("inf"):
        return None
    ranges: list[tuple[int, int]] = []
    j = count
    while j > 0:
        i = previous[j]
        ranges.append((boxes_[i][0], boxes_[j - 1][2]))
        j = i
    return ranges[::-1]


def _worst_stretch(
    m: _Measured,
    at_gaps: list[int],
    ranges: list[tuple[int, int]],
    line_width: float,
    indent: float,
) -> tuple[float, float]:
    """The largest stretch per gap among the justified lines (all but the last) of ``ranges``.

    And the largest among the lines that could keep a grid (:attr:`_Measured.half_at`).
    """
    worst = worst_gridded = 0.0
    for number, (start, end) in enumerate(ranges[:-1]):
        stretch = _spacing(m, at_gaps, start, end, line_width - (indent if number == 0 else 0.0))
        worst = max(worst, stretch)
        ink_end = _strip_trailing_spaces(m.text, start, end)
        if m.half_at is None or _could_keep_grid(m, start, ink_end):
            worst_gridded = max(worst_gridded, stretch)
    return worst, worst_gridded


def _could_keep_grid(m: _Measured, start: int, ink_end: int) -> bool:
    """Whether the line ``start:ink_end`` holds nothing that takes it off a grid
    (:attr:`_Measured.half_at`): a mark ending it is whole again, so a half it shared
    with the mark after it (``、`` of ``、“``) is no part of this line."""
    assert m.half_at is not None
    return m.half_at[ink_end] - (m.shrink[ink_end - 1] > 0) == m.half_at[start]


def _worst_push_in(
    m: _Measured,
    at_gaps: list[int],
    ranges: list[tuple[int, int]],
    line_width: float,
    indent: float,
) -> float:
    """The most any line of ``ranges`` closes its gaps beyond what its marks give, per gap."""
    rooms = [line_width - indent] + [line_width] * (len(ranges) - 1)
    spacings = map(_spacing, repeat(m), repeat(at_gaps), *zip(*ranges, strict=True), rooms)
    return max(0.0, -min(spacings, default=0.0))


def _spacing(m: _Measured, at_gaps: list[int], start: int, end: int, room: float) -> float:
    """What each gap of the line ``start:end`` gets to fill ``room``: a stretch (> 0),
    or a push-in (< 0) once its marks have given their blank halves, its end mark's
    last (:func:`_end_mark_give`); 0 if they suffice."""
    ink_end = _strip_trailing_spaces(m.text, start, end)
    if ink_end - start < 2:
        return 0.0
    # The line's last mark is whole again and gives nothing (its box ends inside),
    # but to a line its other marks cannot make room for (:func:`_place`).
    natural = m.at_width[ink_end] - m.at_width[start] + m.shrink[ink_end - 1]
    gaps = at_gaps[ink_end - 1] - at_gaps[start] or ink_end - start - 1
    if natural < room - 1e-6:
        return (room - natural) / gaps
    give = m.at_give[ink_end] - m.at_give[start] - m.squeeze[ink_end - 1]
    give += _end_mark_give(m, ink_end - 1)
    return min(0.0, (room - natural + give) / gaps)


def _end_mark_give(m: _Measured, final: int) -> float:
    """What the mark ending a line (at ``final``) may give to a compressed line: a closing
    mark's blank half (clreq, GB/T 15834: a full-width mark at a line's end may be set
    half width).

    Its blank half is on the right, so its box and its ink stay inside the text
    block: no hanging.  Only a line whose other marks cannot make the room it lacks
    asks for it (:func:`_place`): only the total fit sets such a line, where it
    keeps a line full that would otherwise stretch.
    """
    return m.shrink[final] + m.squeeze[final] if m.text[final] in CLOSING else 0.0


#: Each character's ink: the left and right edges of its glyph's outline from the
#: glyph's origin, in points (None: a glyph without ink, such as a space).
Inks = Sequence[tuple[float, float] | None]
#: How far the line from a start to an ink end may close each of its gaps, in points.
PushInRoom = Callable[[int, int], float]
#: Text readers order characters by where they start: an opening mark that gives its
#: blank half stands at least this far right of the character before it.
READING_ORDER_GAP = 0.1


@dataclass(frozen=True)
class PushIn:
    """How far a line may close its gaps (紧排) once its marks have given their blank halves.

    ``most`` (points a gap) bounds every line, whatever its inks: a line closed
    more looks darker than its neighbours.  Within it, the line's own closest pair
    of neighbouring inks sets its room: no two may come nearer than ``ink_gap``
    (points).  ``inks`` gives each character's :data:`Inks`; it is asked only for
    a paragraph fitted with push-in.  Without it ``most`` alone bounds a line.
    """

    most: float
    ink_gap: float = 0.0
    inks: Callable[[], Inks] | None = None


def push_in_room(m: _Measured, at_gaps: list[int], push_in: PushIn) -> PushInRoom:
    """The one rule of how far a line may be pushed in: ``room(start, ink_end)``.

    A pushed-in line gives every blank half of its marks, its end mark's last
    (:func:`_end_mark_give`: that mark's ink does not move), then closes each gap
    that may stretch (not inside a number) by the same amount (:func:`_place`).  Its room is the least, over its gaps, of how far that gap
    may close before its two inks stand ``ink_gap`` apart (:func:`_ink_limits`),
    and never more than ``most``; below 0 where a pair is that close already.
    The limits are worked out once per paragraph, each line's is the least of a
    slice of them: the work stays linear in the line.
    """
    most = push_in.most
    if push_in.inks is None:
        return lambda start, ink_end: most
    limits, after_moved = _ink_limits(m, at_gaps, push_in.inks(), push_in.ink_gap)

    def room(start: int, ink_end: int) -> float:
        # A moved opening mark's second limit holds only where it is not the
        # line's first character (nothing before it to stand after) nor its last.
        return min(most, *limits[start : ink_end - 1], *after_moved[start + 1 : ink_end - 1])

    return room


def _ink_limits(
    m: _Measured, at_gaps: list[int], inks: Inks, ink_gap: float
) -> tuple[list[float], list[float]]:
    """How far each gap of the text may close before its two inks stand ``ink_gap`` apart,
    on a line whose marks have all given their blank halves (inf: no limit).

    Gap ``k`` lies between characters ``k`` and ``k + 1``; a gap inside a number
    never closes.  A mark that gave its blank half counts with its compressed box:
    a closing mark's ink stays where it is and its advance shrinks, an opening
    mark's ink moves left by what it gave (its blank half is on the left), yet
    never nearer than :data:`READING_ORDER_GAP` to where the character before it
    starts.  Where it may stand there, its gap after closes with both gaps around
    it: the second list holds that limit, by the mark's index.
    """
    text, shrink, squeeze = m.text, m.shrink, m.squeeze
    count = len(text)
    # Where each character stands from the one before once the marks gave all; a
    # whole-cell run's blank before it is drawn in the gap before it.
    pitch = list(map(sub, m.widths, squeeze))
    for run in m.runs:
        pitch[run.start] -= run.before
        if run.start:
            pitch[run.start - 1] += run.before
    closes = [at_gaps[k + 1] - at_gaps[k] for k in range(count)]
    inf = float("inf")
    moved = [0.0] * count  # how far left an opening mark's ink moves
    boxes = list(inks)
    for k in range(count):
        if text[k] in OPENING and boxes[k] is not None:
            moved[k] = shrink[k] + squeeze[k]
    limits = [inf] * count
    after_moved = [inf] * count
    for k in range(count - 1):
        left, right = boxes[k], boxes[k + 1]
        if left is None or right is None:
            continue  # a space: no ink to meet
        rate = closes[k]
        if text[k + 1] in OPENING and not moved[k + 1]:
            rate += 1  # a mark with no blank half to give moves by the push-in itself
        clearance = pitch[k] + (right[0] - moved[k + 1]) - (left[1] - moved[k])
        if rate:
            limits[k] = (clearance - ink_gap) / rate
        if moved[k] and k:
            # Standing just after where the character before it starts, the
            # mark's ink comes nearer the next character by the gap before it too.
            rate = closes[k - 1] + closes[k]
            clearance = pitch[k - 1] + pitch[k] - READING_ORDER_GAP + right[0] - left[1]
            if rate:
                after_moved[k] = (clearance - ink_gap) / rate
    return limits, after_moved


def break_lines(
    text: str,
    widths: Sequence[float],
    line_width: float,
    *,
    first_indent: float = 0.0,
    ems: Sequence[float] | None = None,
    justify: bool = True,
    always: bool = False,
    tolerance: float | None = None,
    balance: bool = False,
    cell: float | None = None,
    whole_cells: bool = False,
    push_in: PushIn | None = None,
) -> list[Line]:
    """Break text into lines of at most ``line_width`` and place every character.

    ``widths`` are the characters' advances (grid spacing included).  ``ems``
    gives, per character, its size when its glyph is full-width (else 0): that
    turns on punctuation compression (:func:`punctuation_spacing`), where two
    marks in a row share a blank half and push-in may take the others' halves;
    with ``always`` every mark is set half width.

    In the order clreq gives: punctuation widths first, then the line-start and
    line-end rules (breaks only between boxes), then justification.  Justified
    text is broken line by line, marks whole, so ordinary lines keep the grid;
    only if some line would then stretch its gaps by more than ``tolerance`` is
    the paragraph broken as a whole (:func:`_total_fit`), where a line may
    compress its punctuation rather than stretch.  With ``balance`` the lines
    are first narrowed to :func:`balanced_width` (a table cell, a centred title).

    ``cell`` is a character grid's pitch (the advance ``widths`` give a
    full-width character): a justified line that could keep the grid but is
    left short sends the paragraph to the total fit, which stretches such a
    line (off the grid) only where no compression keeps it full.  A line
    holding a mark set half width (``”，``), or a half-width run at its own
    width, is off the grid anyway; with ``whole_cells`` half-width runs take
    whole cells instead (:func:`grid_runs`).

    ``push_in`` lets a paragraph that every setting would stretch past twice
    ``tolerance`` somewhere close a line's gaps instead, after its marks, by as
    much as that line's inks allow (:class:`PushIn`, :func:`push_in_room`);
    None never.
    """
    m, line_width, rigid, ranges = _breaks(
        text,
        widths,
        line_width,
        first_indent,
        ems,
        justify,
        always,
        tolerance,
        balance,
        cell,
        whole_cells,
        push_in,
    )
    # The rigid gaps of the whole text serve every line that begins and ends
    # where atoms do (a line's own atoms are then the text's); a line split
    # inside a box wider than the measure has atoms of its own.
    inside = _inside_atoms(m.long_atoms)
    lines = []
    for i, (s, e) in enumerate(ranges):
        ink_end = _strip_trailing_spaces(text, s, e)
        lines.append(
            _place(
                m,
                s,
                e,
                line_width - (first_indent if i == 0 else 0.0),
                rigid if not (inside(s) or inside(ink_end)) else _rigid_gaps(text, s, ink_end),
                justify=justify and i < len(ranges) - 1,
                last=i == len(ranges) - 1,
            )
        )
    return lines


def _breaks(
    text: str,
    widths: Sequence[float],
    line_width: float,
    first_indent: float,
    ems: Sequence[float] | None,
    justify: bool,
    always: bool,
    tolerance: float | None,
    balance: bool,
    cell: float | None,
    whole_cells: bool,
    push_in: PushIn | None = None,
) -> tuple[_Measured, float, set[int], list[tuple[int, int]]]:
    """The measured text, the measure (narrowed if ``balance``), its rigid gaps, the lines."""
    m = _measure(text, widths, ems, always, cell, whole_cells)
    if balance:
        line_width = _balanced(m, line_width)
    rigid = _rigid_gaps(text, 0, len(text), m.long_atoms)
    if not justify:
        ranges = _ranges(m, line_width, first_indent)
    else:
        ranges = _ranges(m, line_width, first_indent, push_in=False)
        if tolerance is not None:
            at_gaps = _gaps_before(len(text), rigid)
            worst, worst_gridded = _worst_stretch(m, at_gaps, ranges, line_width, first_indent)
            if worst > tolerance or (cell and worst_gridded > 1e-3):
                off_grid = OFF_GRID_COST if cell else 0.0

                def fit(push: PushInRoom | None) -> list[tuple[int, int]] | None:
                    return _total_fit(
                        m,
                        at_gaps,
                        line_width,
                        first_indent,
                        tolerance,
                        SHORT_SLACK,
                        off_grid,
                        push_in=push,
                    ) or _total_fit(
                        m,
                        at_gaps,
                        line_width,
                        first_indent,
                        tolerance,
                        off_grid=off_grid,
                        push_in=push,
                    )

                fitted = fit(None)
                # Push-in only where every setting stretches a line past the limit.
                if push_in is not None and push_in.most > 0 and fitted:
                    worst, _ = _worst_stretch(m, at_gaps, fitted, line_width, first_indent)
                    if worst > 2 * tolerance:
                        fitted = fit(push_in_room(m, at_gaps, push_in)) or fitted
                ranges = fitted or _ranges(m, line_width, first_indent)
    return m, line_width, rigid, ranges


def _rigid_gaps(
    text: str, start: int, end: int, pieces: list[tuple[int, int]] | None = None
) -> set[int]:
    """Indices ``i`` whose gap to ``i + 1`` must not stretch: inside ``309.3``, ``CBD``, ``——``.

    ``pieces`` are the :func:`long_atoms` of ``text[start:end]`` (or all its
    atoms), when the caller has them already: an atom of one character has no gap.
    """
    rigid: set[int] = set()
    for atom_start, atom_end in long_atoms(text[start:end]) if pieces is None else pieces:
        for i in range(atom_start, atom_end - 1):
            a, b = text[start + i], text[start + i + 1]
            if not (_is_han(a) or _is_han(b)):
                rigid.add(start + i)
    return rigid


def _gaps_before(length: int, rigid: set[int]) -> list[int]:
    """How many gaps before each index may stretch (those not in ``rigid``)."""
    stretches = [1] * length
    for index in rigid:
        stretches[index] = 0
    return list(accumulate(stretches, initial=0))


def _inside_atoms(long: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an index falls strictly inside one of these atoms (not at a boundary)."""
    starts = [start for start, _ in long]

    def inside(index: int) -> bool:
        k = bisect_right(starts, index) - 1
        return k >= 0 and starts[k] < index < long[k][1]

    return inside


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\U00020000"


def _place(
    m: _Measured,
    start: int,
    end: int,
    room: float,
    rigid: set[int],
    *,
    justify: bool,
    last: bool,
) -> Line:
    """Positions of one line's characters: compressed if overfull, spread if justified.

    An overfull line's marks give their blank halves first; what they cannot give
    (a line pushed in, :func:`_total_fit`) closes the gaps, spread as a
    justified line's slack is.  ``rigid`` holds (at least) the line's gaps that
    must not stretch or close (:func:`_rigid_gaps`).
    """
    text, widths, shrink, squeeze = m.text, m.widths, m.shrink, m.squeeze
    ink_end = _strip_trailing_spaces(text, start, end)
    if ink_end == start:
        return Line(start, end, (), 0.0, last)
    advances = list(widths[start:ink_end])
    advances[-1] += shrink[ink_end - 1]  # a mark ending the line is whole
    lead = _place_runs(m.runs, start, ink_end, advances) if m.runs else 0.0
    natural = lead + sum(advances)
    overfull = natural > room + 1e-6
    if overfull:
        # Marks give their blank halves from the line's end back (the last
        # character's box stays inside the margin), the first of them only what
        # is still lacking: what stands before the compressed marks keeps the grid.
        lacking = natural - room
        for k in range(len(advances) - 2, -1, -1):
            if lacking <= 0:
                break
            give = min(squeeze[start + k], lacking)
            advances[k] -= give
            lacking -= give
        if lacking > 1e-6:
            # A line pushed in: its end mark's box gives its blank half (its ink
            # stays), then the gaps close.
            give = min(_end_mark_give(m, ink_end - 1), lacking)
            advances[-1] -= give
            lacking -= give
        natural = room + lacking
    if len(advances) > 1 and (natural > room + 1e-6 or (justify and not overfull)):
        # Every gap gets the same share of the slack (or of what the line has too
        # much), so the last character ends at the margin; only the inside of a
        # number, a word, a dash or an ellipsis stays as it is.
        if rigid.isdisjoint(range(start, ink_end - 1)):
            extra = (room - natural) / (len(advances) - 1)
            advances[:-1] = [advance + extra for advance in advances[:-1]]
        else:
            gaps = [i for i in range(len(advances) - 1) if start + i not in rigid]
            if not gaps:
                gaps = list(range(len(advances) - 1))
            extra = (room - natural) / len(gaps)
            for i in gaps:
                advances[i] += extra
    *positions, x = accumulate(advances, initial=lead)
    return Line(start, end, tuple(positions), x, last)


def _place_runs(runs: list[GridRun], start: int, ink_end: int, advances: list[float]) -> float:
    """Set the blank of the line's whole-cell runs (:func:`grid_runs`) where it is drawn.

    ``advances`` hold each run's blank inside its first and last characters; a
    glyph must stand after the blank before it, so that blank becomes the
    previous character's (or the line's lead, returned).  At the line's start
    and end the blank goes inside, up to half a cell (no space at the text
    block's edges, clreq 3.2.2).  The line's width does not change.
    """
    lead = 0.0
    first = bisect_left(runs, start, key=attrgetter("start"))
    for run in runs[first:]:
        if run.start >= ink_end:
            break
        a, last = run.start - start, min(run.end, ink_end) - 1 - start
        before, after = run.before, run.after
        advances[a] -= before
        if run.end > ink_end:
            after = 0.0  # the line ends at a space inside the run: its blank after is not here
        else:
            advances[last] -= after
        if run.end > ink_end or (a == 0 and last == len(advances) - 1):
            pass  # the line ends inside the run, or the run is the whole line: spread
        elif a == 0:
            before, after = run.sides(before=False, after=True)
        elif last == len(advances) - 1:
            before, after = run.sides(before=True, after=False)
        if a == 0:
            lead += before
        else:
            advances[a - 1] += before
        advances[last] += after
    return lead


def balanced_width(
    text: str,
    widths: Sequence[float],
    line_width: float,
    *,
    ems: Sequence[float] | None = None,
) -> float:
    """The narrowest measure that keeps the line count: balanced lines for a centred title."""
    return _balanced(_measure(text, widths, ems), line_width)


def _balanced(m: _Measured, line_width: float) -> float:
    count = len(_ranges(m, line_width, 0.0))
    if count <= 1:
        return line_width
    low, high = line_width / count, line_width
    for _ in range(24):
        middle = (low + high) / 2
        if len(_ranges(m, middle, 0.0)) > count:
            low = middle
        else:
            high = middle
    return high
