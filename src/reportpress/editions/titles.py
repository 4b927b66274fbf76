"""Where a title breaks into lines, decided once for every edition.

Chinese has no spaces, so a balanced title would break mid-word (``国民经/济``);
the title breaks between words instead, and the PDF, the DOCX (a manual line
break) and the EPUB (``<br/>``) print the same lines.  The XML keeps the title
whole: line breaks are typography, not text.

Where no punctuation, function word, date, figure or fixed term of the genre gives
a good break (a news headline: ``去年我国38个机场年旅客吞吐量…``), the words are
found by segmenting the title with jieba's dictionary (rjieba, jieba-rs's binding,
loaded only then), so that the line still breaks between two words (``旅客``
whole).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate

from reportpress import patterns
from reportpress.editions.linebreak import boxes
from reportpress.model import Span
from reportpress.styles import Style

EPS = 1e-6

#: A title's lines may be this much longer than perfectly balanced ones, to break well.
TITLE_TOLERANCE = 0.35
#: Break after these: the title's own punctuation.
_TITLE_PUNCTUATION = frozenset("，、；：。！？）》”’—…")
#: Break after these function characters (的, 和 …), which end a phrase.
_TITLE_FUNCTION = frozenset("的和与及在于上中")
#: Never begin a line with these: they join the phrase before to the one after.
_TITLE_JOINING = frozenset("的和与及")
#: Break before these: ``关于`` opens the title's object, ``报告`` ends it.
_TITLE_BEFORE = ("关于", "报告")
#: Never broken inside, and a good place to break around: dates (``2024年8月22日``),
#: ordinals (``第十七届``, ``第二十四次``), and words that begin with a function
#: character (``上半年``, ``中国``), which must not count as ending a phrase.
_TITLE_KEEP = patterns.compile(
    r"(?:\d+[年月日])+|第[\d一二三四五六七八九十百零〇]+[届次]|[上下]半年|中[国央华共]"
)
#: The genre's fixed terms: never broken inside (``国民经济和/社会发展`` reads as two
#: phrases), and good places to break around.  Data, not rules: add a term here.
FIXED_TERMS = frozenset(
    """
    国民经济和社会发展计划 国民经济和社会发展 社会发展计划 发展计划 国民经济 社会发展 经济社会发展 高质量发展 计划执行情况 预算执行情况
    执行情况 计划草案 预算草案 决算草案 财政预算 财政决算 财政收支 审计工作 审计查出问题
    整改情况 工作报告 政府工作报告 工作情况 办理情况 进展情况 实施情况 人民代表大会
    常务委员会 人民政府 政治协商会议 委员会 发展和改革委员会 人大常委会 代表建议 批评和意见
    国有资产管理 国有资产 生态环境 环境保护 城市更新 老旧小区 综合整治 民生实事 重点工作
    重大项目 固定资产投资 一般公共预算 政府性基金预算 国有资本经营预算 社会保险基金预算
    五年规划 十四五 十五五 规划纲要 经济技术开发区 高新技术产业开发区 自治区 自治州 自治县
    """.split()
)
_LONGEST_TERM = max(map(len, FIXED_TERMS))


def _fixed_spans(
    text: str, dictionary: bool = True, keep: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans never broken inside: dates, ordinals, ``keep`` (a headline's figures), and
    (with ``dictionary``) the fixed terms.

    Each position is tried against terms up to the longest one: linear in the text.
    """
    spans = [m.span() for m in _TITLE_KEEP.finditer(text)] + list(keep)
    if dictionary:
        for start in range(len(text)):
            for length in range(2, min(_LONGEST_TERM, len(text) - start) + 1):
                if text[start : start + length] in FIXED_TERMS:
                    spans.append((start, start + length))
    return spans


def _title_break_class(
    text: str, at: int, keep_ends: set[int], words: frozenset[int] | None = None
) -> float:
    """How good breaking before ``text[at]`` is: 0 best (after punctuation) … 3 (anywhere);
    with ``words`` (where the title's words begin), 2.5 between two words, 3 inside one."""
    before = text[at - 1]
    if before in _TITLE_PUNCTUATION:
        return 0
    if text[at] in _TITLE_JOINING:
        return 3  # a line beginning with 的 or 和 reads as a fragment
    if before in _TITLE_FUNCTION:
        return 1
    if at in keep_ends:
        return 1.25  # after a term, but not after 和: ``情况和 / 2024年`` beats ``情况 / 和``
    if text.startswith(_TITLE_BEFORE, at):
        return 2
    if words is not None and at in words:
        return 2.5
    return 3


#: The class of a break that no word, mark or term of the title supports (:func:`_title_break_class`).
ANYWHERE = 3


def word_starts(text: str) -> frozenset[int]:
    """Where the words of ``text`` begin, by jieba's dictionary (imported here: few titles
    need it, and loading it costs a sixth of a second)."""
    import rjieba

    return frozenset(accumulate(map(len, rjieba.cut(text)), initial=0))


def title_breaks(
    text: str,
    widths: list[float],
    first_width: float,
    width: float,
    lines: int,
    *,
    dictionary: bool = True,
    keep: Sequence[tuple[int, int]] = (),
    words: frozenset[int] | None = None,
) -> list[tuple[int, int]] | None:
    """Where a centred title's ``lines`` lines begin and end, breaking between words.

    Chinese has no spaces, so a balanced title would break mid-word (``国民经/济``).
    Among the breaks that keep every line within :data:`TITLE_TOLERANCE` of the
    balanced length (and the measure), the best total break class wins (after
    punctuation, then after 的/和/与/及/在/于/上/中 or around a date, an ordinal
    or a fixed term (:data:`FIXED_TERMS`), then before 关于/报告, then anywhere
    the line-breaking rules allow, between two of the ``words`` first); among
    equals, the most even lines.  When no
    breaks are that even, the most even ones that fit the measure.  Dates,
    ordinals and the ``keep`` spans are never split, nor (with ``dictionary``)
    fixed terms.  None when no set of breaks fits.
    """
    for tolerant in (True, False):
        found = _title_breaks(
            text, widths, first_width, width, lines,
            tolerant=tolerant, dictionary=dictionary, keep=keep, words=words,
        )  # fmt: skip
        if found is not None:
            return found
    return None


def _title_breaks(
    text: str,
    widths: list[float],
    first_width: float,
    width: float,
    lines: int,
    *,
    tolerant: bool,
    dictionary: bool,
    keep: Sequence[tuple[int, int]],
    words: frozenset[int] | None,
) -> list[tuple[int, int]] | None:
    keep = _fixed_spans(text, dictionary, keep)
    inside = {i for start, end in keep for i in range(start + 1, end)}
    keep_ends = {i for span in keep for i in span}
    candidates = [start for start, _ in boxes(text)[1:] if start not in inside]
    total = sum(widths)
    limit = (1 + TITLE_TOLERANCE) * total / lines if tolerant else float("inf")
    starts = [0.0]
    for w in widths:
        starts.append(starts[-1] + w)

    def line_width(a: int, b: int) -> float:
        while b > a and text[b - 1].isspace():
            b -= 1
        return starts[b] - starts[a]

    # best[(k, at)]: the score of k lines ending before ``at`` (class sum, squared
    # deviation; the other way round when not tolerant) and where the k-th begins.
    target = total / lines
    best: dict[tuple[int, int], tuple[float, float, int]] = {(0, 0): (0.0, 0.0, -1)}
    ends = [*candidates, len(text)]
    for k in range(1, lines + 1):
        room = min(first_width if k == 1 else width, limit)
        for at in ends if k == lines else candidates:
            options = []
            for (j, start), (first, second, _) in best.items():
                if j != k - 1 or start >= at:
                    continue
                klass, deviation = (first, second) if tolerant else (second, first)
                used = line_width(start, at)
                if used > room + EPS:
                    continue
                here = _title_break_class(text, at, keep_ends, words) if at < len(text) else 0
                score = (klass + here, deviation + (used - target) ** 2)
                options.append((*(score if tolerant else score[::-1]), start))
            if options:
                best[k, at] = min(options)
    if (lines, len(text)) not in best:
        return None
    ranges, at = [], len(text)
    for k in range(lines, 0, -1):
        start = best[k, at][2]
        ranges.append((start, at))
        at = start
    return ranges[::-1]


#: Advances in ems of narrow characters wider than the rest: a CJK face's Latin capitals
#: and percent sign (Noto Serif CJK: G 0.76, % 0.97).
_WIDE_NARROW = dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0.75) | {"%": 1.0, "@": 1.0}
#: The advance of other narrow characters: a CJK face's digits are about 0.6 em (Noto
#: Serif CJK 0.59); counted at ½, a headline with figures was broken again when set.
_NARROW = 0.6


def _em_width(char: str) -> float:
    """A character's advance in ems as the editions set it, a little over rather than under:
    wide characters and those a CJK face sets wide (“ ” · …) 1, Latin capitals ¾, other
    narrow ones 0.6."""
    if unicodedata.east_asian_width(char) in "WFA":
        return 1.0
    return _WIDE_NARROW.get(char, _NARROW)


#: A title may take this many lines more than it needs, to keep its fixed terms whole.
EXTRA_TITLE_LINES = 1


def title_lines(
    title: str, style: Style, role: str = "title", keep: Sequence[tuple[int, int]] = ()
) -> list[str]:
    """The lines a title (or, with ``role``, a subtitle) is printed in, in this style.

    One line when it fits the measure; else as few lines as fit without breaking
    a fixed term (up to :data:`EXTRA_TITLE_LINES` more), else as few as fit.
    The ``keep`` spans (a headline's figures) are never broken.  Where the breaks
    found fall where nothing but the line-breaking rules allow them, they are
    looked for again between the title's words (:func:`word_starts`).
    """
    widths = [_em_width(c) for c in title]
    measure = style.text_width_pt / style.role(role).size_pt
    count = max(1, math.ceil(sum(widths) / measure - EPS))
    if count == 1:
        return [title]
    tries = [(n, True) for n in range(count, count + EXTRA_TITLE_LINES + 1)]
    words: frozenset[int] | None = None
    while True:
        for lines, dictionary in [*tries, (count, False)]:
            ranges = title_breaks(
                title, widths, measure, measure, lines,
                dictionary=dictionary, keep=keep, words=words,
            )  # fmt: skip
            if ranges is not None:
                break
        else:
            return [title]
        keep_ends = {i for span in _fixed_spans(title, dictionary, keep) for i in span}
        unsupported = any(
            _title_break_class(title, at, keep_ends) >= ANYWHERE for _, at in ranges[:-1]
        )
        if words is not None or not unsupported:
            return [title[a:b] for a, b in ranges]
        words = word_starts(title)


def title_span_lines(spans: Sequence[Span], style: Style, role: str = "title") -> list[list[Span]]:
    """A title's (or subtitle's) spans in the lines :func:`title_lines` breaks it into.

    A headline's figure is a span of its own, anchored and linked like the body's:
    the lines never break inside one, so each edition prints it whole on one line.
    """
    keep: list[tuple[int, int]] = []
    at = 0
    for span in spans:
        if span.metric is not None:
            keep.append((at, at + len(span.text)))
        at += len(span.text)
    text = "".join(span.text for span in spans)
    ends = list(accumulate(map(len, title_lines(text, style, role, keep))))
    lines: list[list[Span]] = [[] for _ in ends]
    line = at = 0
    for span in spans:
        # A figure stays whole on the line it starts on (only when no breaks keep every
        # one whole would it cross one); other text is cut at the lines' ends.
        rest = span
        while rest.text:
            while line < len(ends) - 1 and at >= ends[line]:
                line += 1
            room = ends[line] - at
            if rest.metric is None and len(rest.text) > room:
                lines[line].append(replace(rest, text=rest.text[:room]))
                rest, at = replace(rest, text=rest.text[room:]), at + room
                continue
            lines[line].append(rest)
            at += len(rest.text)
            break
    return lines
