"""Chinese line breaking and justification (W3C clreq, GB/T 15834), independent of fonts.

ReportLab's ``wordWrap='CJK'`` lets a line start with ``，`` or ``”`` and end
with ``“`` and justifies only at spaces, which Chinese text has none of.  This
module decides where lines break and where every character stands, from the
characters' advance widths alone, so it can be tested on hand-written strings
and reused by any renderer that places glyphs itself.

- No line starts with a closing mark or a pause mark (:data:`NO_START`); no line
  ends with an opening mark (:data:`NO_END`).
- ``——`` and ``……`` are never split; a number stays with its decimals, its
  ``%`` and its unit (``309.3亿元``, ``99.56%``), and a Latin word stays whole.
- Lines are justified by spreading the slack over every gap between characters,
  so both edges are straight; the last line of a paragraph stays flush left.
- When a line overflows by less than the blank halves of its full-width
  punctuation (all but the line's last character, whose box stays inside the
  margin), that punctuation is compressed (push-in) rather than pushing a
  character to the next line; otherwise the character moves down (push-out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
_ATOM = re.compile(
    rf"—{{2,}}|…+|⋯+"  # dashes and ellipses, never split
    rf"|{_LATIN}+(?:[.,:/+\-&×'’]{_LATIN}+)*[%‰℃]?"  # words, numbers, "PM2.5", "1+7", "99.56%"
    r"|\s+"
    r"|.",
    re.DOTALL,
)


def punctuation_spacing(text: str, ems: Sequence[float]) -> tuple[list[float], list[float]]:
    """How much each character's advance shrinks, and how much more it may give on demand.

    ``ems[i]`` is the size of character ``i`` when its glyph is full-width, else 0.
    Two full-width marks in a row (``，“``, ``。”``, ``“《``) would show a whole
    blank em between their inks; the first gives up its blank half (clreq 3.1.6).
    Every other full-width mark may give its blank half to push-in.
    """
    shrink = [0.0] * len(text)
    squeeze = [0.0] * len(text)
    for index, char in enumerate(text):
        if not ems[index] or char not in SQUEEZABLE:
            continue
        following = text[index + 1] if index + 1 < len(text) else ""
        adjacent = following in SQUEEZABLE and index + 1 < len(text) and ems[index + 1]
        if adjacent and (char in CLOSING or following in OPENING):
            shrink[index] = ems[index] / 2
        else:
            squeeze[index] = ems[index] / 2
    return shrink, squeeze


def atoms(text: str) -> list[tuple[int, int]]:
    """Indivisible pieces of text as (start, end): a character, a word, a number with its unit."""
    pieces: list[tuple[int, int]] = []
    position = 0
    while position < len(text):
        match = _ATOM.match(text, position)
        end = match.end()
        if text[position].isdigit():
            for unit in UNITS:
                if text.startswith(unit, end):
                    end += len(unit)
                    break
        pieces.append((position, end))
        position = end
    return pieces


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
        if glued and previous is not None and not break_allowed(text, previous, atom):
            glued[-1] = (glued[-1][0], atom[1])
        else:
            glued.append(atom)
        previous = atom
    return glued


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
    atoms: list[tuple[int, int]]
    #: Per box: start, end of its ink (trailing spaces excluded), end, the ink's
    #: width, what its marks may give to push-in, the width of its spaces.
    boxes: list[tuple[int, int, int, float, float, float]]


def _measure(text: str, widths: Sequence[float], ems: Sequence[float] | None) -> _Measured:
    if len(widths) != len(text):
        raise ValueError("one width per character")
    shrink, squeeze = punctuation_spacing(text, ems or [0.0] * len(text))
    widths = [w - cut for w, cut in zip(widths, shrink, strict=True)]
    pieces = atoms(text)
    measured = []
    for start, end in boxes(text, pieces):
        ink_end = _strip_trailing_spaces(text, start, end)
        measured.append(
            (
                start,
                ink_end,
                end,
                sum(widths[start:ink_end]),
                sum(squeeze[start:ink_end]),
                sum(widths[ink_end:end]),
            )
        )
    return _Measured(text, widths, shrink, squeeze, pieces, measured)


def _ranges(m: _Measured, line_width: float, first_indent: float) -> list[tuple[int, int]]:
    """Where the lines of a measured text begin and end (push-in, else push-out)."""
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
                if overflow <= room + give - squeeze[last] + eps:
                    close(box_end)  # push-in: this line's punctuation gives way
                    continue
                close(box_start)  # push-out
        if start == box_start and ink > available + eps:
            # A box wider than a line (a long URL or number): split it where it must.
            for index in range(box_start, ink_end):
                if used + widths[index] > available + eps and index > start:
                    close(index)
                used += widths[index]
                room += squeeze[index]
        else:
            used += spaces + ink
            room += give
        spaces = box_spaces
    if start < len(text) or not ranges:
        ranges.append((start, len(text)))
    return ranges


def break_lines(
    text: str,
    widths: Sequence[float],
    line_width: float,
    *,
    first_indent: float = 0.0,
    ems: Sequence[float] | None = None,
    justify: bool = True,
) -> list[Line]:
    """Break text into lines of at most ``line_width`` and place every character.

    ``widths`` are the characters' advances (grid spacing included).  ``ems``
    gives, per character, its size when its glyph is full-width (else 0): that
    turns on punctuation compression (:func:`punctuation_spacing`), where two
    marks in a row share a blank half and push-in may take the others' halves.
    """
    m = _measure(text, widths, ems)
    ranges = _ranges(m, line_width, first_indent)
    # The rigid gaps of the whole text serve every line that begins and ends
    # where atoms do (a line's own atoms are then the text's); a line split
    # inside a box wider than the measure has atoms of its own.
    bounds = {start for start, _ in m.atoms} | {len(text)}
    rigid = _rigid_gaps(text, 0, len(text), m.atoms)
    lines = []
    for i, (s, e) in enumerate(ranges):
        ink_end = _strip_trailing_spaces(text, s, e)
        lines.append(
            _place(
                m,
                s,
                e,
                line_width - (first_indent if i == 0 else 0.0),
                rigid if s in bounds and ink_end in bounds else _rigid_gaps(text, s, ink_end),
                justify=justify and i < len(ranges) - 1,
                last=i == len(ranges) - 1,
            )
        )
    return lines


def _rigid_gaps(
    text: str, start: int, end: int, pieces: list[tuple[int, int]] | None = None
) -> set[int]:
    """Indices ``i`` whose gap to ``i + 1`` must not stretch: inside ``309.3``, ``CBD``, ``——``.

    ``pieces`` are the atoms of ``text[start:end]``, when the caller has them already.
    """
    rigid: set[int] = set()
    for atom_start, atom_end in atoms(text[start:end]) if pieces is None else pieces:
        for i in range(atom_start, atom_end - 1):
            a, b = text[start + i], text[start + i + 1]
            if not (_is_han(a) or _is_han(b)):
                rigid.add(start + i)
    return rigid


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

    ``rigid`` holds (at least) the line's gaps that must not stretch (:func:`_rigid_gaps`).
    """
    text, widths, shrink, squeeze = m.text, m.widths, m.shrink, m.squeeze
    ink_end = _strip_trailing_spaces(text, start, end)
    if ink_end == start:
        return Line(start, end, (), 0.0, last)
    advances = list(widths[start:ink_end])
    advances[-1] += shrink[ink_end - 1]  # a mark ending the line is whole
    natural = sum(advances)
    if natural > room + 1e-6:
        gives = list(squeeze[start:ink_end])
        gives[-1] = 0.0  # the last character's box stays inside the margin
        total = sum(gives)
        if total > 0:
            ratio = min(1.0, (natural - room) / total)
            advances = [a - ratio * g for a, g in zip(advances, gives, strict=True)]
    elif justify and len(advances) > 1:
        # Every gap gets the same share, so the last character ends at the margin;
        # only the inside of a number, a word, a dash or an ellipsis stays closed.
        gaps = [i for i in range(len(advances) - 1) if start + i not in rigid]
        if not gaps:
            gaps = list(range(len(advances) - 1))
        extra = (room - natural) / len(gaps)
        for i in gaps:
            advances[i] += extra
    positions: list[float] = []
    x = 0.0
    for advance in advances:
        positions.append(x)
        x += advance
    return Line(start, end, tuple(positions), x, last)


def balanced_width(
    text: str,
    widths: Sequence[float],
    line_width: float,
    *,
    ems: Sequence[float] | None = None,
) -> float:
    """The narrowest measure that keeps the line count: balanced lines for a centred title."""
    m = _measure(text, widths, ems)
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
