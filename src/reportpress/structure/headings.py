"""Headings and sentences: the numbering ladder as the body text writes it, leads, list items."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportpress import patterns
from reportpress.ladder import LABELS, label_for, numeral_value, read_label
from reportpress.structure.text import CN_DIGITS, HAN, SENTENCE_END
from reportpress.structure.titleblock import is_vocative

#: An unnumbered heading of a part, a chapter or a chapter's section (第一部分 …, 第二章 …,
#: 第三节 …): an unnumbered section.
PART_HEADING = patterns.compile(rf"^(第[{CN_DIGITS}\d]+(部分|章|篇|节))")
MAX_HEADING = 60
MAX_LEAD = 30


@dataclass(frozen=True)
class HeadingMatch:
    level: int
    value: int
    number: str  # normalized label
    rest: str
    printed: str = ""  # the label as the line prints it, where normalizing changed a mark


def match_heading(line: str) -> HeadingMatch | None:
    """The ladder level and label of a numbered line, or None."""
    found = read_label(line)
    if found is None:
        return None
    level, numeral, printed, rest = found
    if not rest or (level == 1 and rest[0] in "是者来则"):  # 一是…, 一来…
        return None
    # "1.5万人" and "3、4月" are not headings; a level-3 label must start a text.
    if level == 3 and re.match(r"[\d月日号年%]", rest):
        return None
    value = numeral_value(numeral)
    if value is None:
        return None
    digits = unicodedata.normalize("NFKC", numeral)  # １ → 1
    label = LABELS[level].format(digits)
    if level == 3 and "、" in printed:
        label = f"{digits}、"  # "1、" keeps its mark; "1．" folds to "1."
    # 一，/一. for 一、: the mark is another character, kept beside the label so that
    # nothing of the source is lost (full-width forms and spaces are no change).
    written = unicodedata.normalize("NFKC", printed).replace(" ", "")
    changed = written != unicodedata.normalize("NFKC", label)
    return HeadingMatch(level, value, label, rest, printed.strip() if changed else "")


def expected_after(head: HeadingMatch, expected: set[str]) -> set[str]:
    """Labels that may follow ``head`` unambiguously: its successor, and each deeper first label."""
    result = {label for label in expected if label_level(label) < head.level}
    result.add(label_for(head.level, head.value + 1))
    for level in range(head.level + 1, 5):
        result.add(label_for(level, 1))
    return result


@lru_cache(maxsize=256)  # the few labels a report's ladder expects, asked at every heading
def label_level(label: str) -> int:
    m = match_heading(label + "x")
    return m.level if m else 0


def is_list_item(first_sentence: str) -> bool:
    """A ``1.``/``（1）`` line that is a whole sentence with clauses is a list item, not a heading.

    (``一、`` and ``（一）`` always head sections in this genre.)
    Headings on a line of their own end without a full stop (``（一）坚持…，带动…``)
    or are short run-in titles (``1.民生保障持续加强。``); ``（1）增值税完成72.5亿元，
    增长6.1%。`` is a statement.
    """
    sentence = first_sentence.rstrip()
    if not sentence or sentence[-1] not in "。！？；.;":
        return False
    return bool(re.search("[，,；;：:]", sentence[:-1])) or len(sentence) > 40


def _is_ascii_full_stop(text: str, i: int) -> bool:
    """An ASCII ``.`` after a Han character ends a sentence (``…落地.全年…``); ``2.0`` does not."""
    return text[i] == "." and i > 0 and re.match(f"[{HAN}”’）]", text[i - 1]) is not None


_SENTENCE_MARKS = patterns.compile(r"[“‘（《「『”’）》」』。！？.]")


def split_first_sentence(text: str) -> tuple[str, str]:
    """(first sentence with its end mark, the rest); the rest is empty if there is one sentence."""
    depth = 0
    for m in _SENTENCE_MARKS.finditer(text):
        i, ch = m.start(), m.group(0)
        if ch in "“‘（《「『":
            depth += 1
        elif ch in "”’）》」』":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in SENTENCE_END or _is_ascii_full_stop(text, i)):
            end = i + 1
            while end < len(text) and text[end] in "”’」』":
                end += 1
            return text[:end], text[end:]
    return text, ""


#: A section's topic said as a label before a colon, its text run in after it
#: (（二）支出情况：1—5月，全市…; 二、肉、禽蛋价格：猪肉…): the label is the heading.
LABEL_COLON_RE = patterns.compile(rf"[{HAN}](?:[{HAN}]|、(?=[{HAN}])){{1,11}}[：:](?=\S)")


#: A section's topic said as a label before a space, its text run in after it: the line as it
#: came (``（二）2024年财政支出执行情况 2024年实现财政总支出…。``; the normalizer joins Han
#: characters across the space).  Digits, Han and 、 only.
LABEL_SPACE_RE = patterns.compile(rf"[{HAN}0-9](?:[{HAN}0-9]|、(?=[{HAN}])){{1,23}}")
#: How a topic said as a label ends (…执行情况, 主要工作, 一般公共预算收支): a heading said in
#: two phrases (``一、坚持稳中求进 推动高质量发展``) ends with its verb's object instead.
LABEL_TOPIC_ENDS = (
    "情况", "概况", "工作", "方面", "执行", "收支", "收入", "支出", "预算", "决算", "进展",
    "成效", "问题", "建议", "措施", "安排", "说明", "分析", "目标", "任务",
)  # fmt: skip
#: A gap of spaces in a line as it came.
SPACE_GAP_RE = patterns.compile(r"[ \t\u3000\u00a0]+")


def split_heading_title(rest: str, level: int, spaced: int = 0) -> tuple[str, str]:
    """(the title of a numbered heading, the text run in after it): a section's label
    before a colon (``（二）支出情况：…``, levels 1 and 2, which always head sections),
    or before the space the line had at ``spaced`` (:func:`label_before_space`), else
    the first sentence."""
    if level <= 2 and (label := LABEL_COLON_RE.match(rest)):
        return label.group(), rest[label.end() :]
    if level <= 2 and spaced and label_before_space(rest, spaced):
        return rest[:spaced], rest[spaced:]
    return split_first_sentence(rest)


def label_before_space(rest: str, spaced: int) -> bool:
    """Whether ``rest[:spaced]``, before a space of the line as it came, is a section's topic
    said as a label with its text run in after it: a label of Han and digits ending with a
    topic's word or followed by figures, then prose that ends a sentence."""
    label, after = rest[:spaced], rest[spaced:]
    return (
        LABEL_SPACE_RE.fullmatch(label) is not None
        and "\u4e00" <= label[-1] <= "\u9fff"
        and any(mark in after for mark in SENTENCE_END)
        and (label.endswith(LABEL_TOPIC_ENDS) or any(ch.isdigit() for ch in after[:12]))
    )


def lead_of(text: str) -> str:
    """The run-in lead of a topic paragraph: a short, comma-free opening sentence."""
    first, rest = split_first_sentence(text)
    return first if rest.strip() and is_lead_sentence(first) else ""


def is_lead_sentence(sentence: str) -> bool:
    """A sentence shaped as a topic: short, ended, without clauses or figures, not a vocative."""
    if not sentence.endswith(("。", "！", ".")) or not 5 <= len(sentence) <= MAX_LEAD:
        return False
    if re.search("[，,；;：:？?]", sentence[:-1]):
        return False
    # A sentence with figures states a fact; "各位代表！" addresses the audience.
    return not re.search(r"[0-9０-９%％]", sentence) and not is_vocative(sentence)
