"""Indicator names put together and tidied: the stray words at a name's edges,
parts joined without repeating a phrase, heads shared by a list, a predicate
made into the name of the things counted.
"""

from __future__ import annotations

import re

from reportpress.metrics.lexicon import (
    HAN,
    VERB_ALTERNATION,
)

#: An absolute change and its base: 较去年增长17亿元.
ABS_CHANGE_RE = re.compile(
    r"(?:(?:同比|环比|(?<![占对])[较比])[^，。；]{0,6}?|年均)(?:增长|增加|减少|下降|压减|压缩|削减|缩减)$"
)


#: Light verbs and nouns at the end of an object: 项目实施, 创建工作, 建设任务.
LIGHT_TAIL_RE = re.compile(r"(?:建设|实施|落地|落实|工作|任务)+$")


def visible_len(s: str) -> int:
    return len(re.sub(r"[“”‘’\"（）()]", "", s))


def light_stripped(name: str) -> str:
    """城中村改造项目实施 → 城中村改造项目; 重点任务 stays (too little would be left)."""
    shorter = LIGHT_TAIL_RE.sub("", name)
    return shorter if visible_len(shorter) >= 3 else name


def with_predicate(predicate: str, noun: str) -> str:
    """A predicate made into the name of the things counted: 开工项目, 完成撤村的村.

    A short verb phrase joins its noun directly; a long one, or a one-character
    noun, needs 的.
    """
    if len(noun) > 1 and predicate.endswith(noun):
        return predicate  # 4家基地上榜…直播电商基地
    if visible_len(predicate) <= 6 and len(noun) > 1:
        return predicate + noun
    return predicate + "的" + noun


def shared_head(nouns: list[str]) -> str:
    """The common final characters of sibling nouns (“平急两用”项目, 存量项目 → 项目)."""
    head = nouns[0]
    for noun in nouns[1:]:
        while head and not noun.endswith(head):
            head = head[1:]
    return head


def join_once(*parts: str) -> str:
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


def without_absolute_change(name: str) -> str:
    """A sibling's name as lent to the next figure: without its absolute change
    (常住人口比上年末增加2.1万人，增长1.2%: the 1.2% is of 常住人口)."""
    return ABS_CHANGE_RE.sub("", name) or name


def parallel_parts(subject: str) -> list[str]:
    """城镇、农村居民人均可支配收入 → 城镇居民…, 农村居民…: short parallel
    modifiers share the head written once after the last of them."""
    parts = [p for p in subject.split("、") if p]
    if len(parts) == 1 and (pair := re.fullmatch(r"([\u4e00-\u9fff]{2})和(.+)", subject)):
        parts = list(pair.groups())  # 城镇和农村常住居民人均可支配收入
    last = parts[-1] if parts else ""
    head = next((h for h in SHARED_HEADS if last.endswith(h) and len(last) > len(h)), "")
    return [
        p + last[len(p) :]
        if len(p) <= 2 and len(last) > len(p) + 2
        else p + head
        if head and not p.endswith(head)
        else p
        for p in parts[:-1]
    ] + parts[-1:]


def leading_verbs_stripped(name: str) -> str:
    """新增跨国公司地区总部 → 跨国公司地区总部 (for a stock written after a flow)."""
    return re.sub(rf"^(?:新|已)?(?:{VERB_ALTERNATION})+", "", name) or name


#: Heads a list of subjects shares, written once after the last (新一代信息技术、
#: 新能源、输变电装备产业产值 → 新一代信息技术产业产值 …), longest first.
SHARED_HEADS = ("产业增加值", "产业产值", "人均可支配收入", "参保人数", "增加值", "产值", "产量",
                "营业收入", "销售额", "进出口额", "投资", "人数")  # fmt: skip


#: Words that are never part of a name: 分别 anywhere, a preposition before it,
#: a modal or a verb stub after it (把居民消费价格涨幅, …预期, …拟, …不 from 不低于).
_LEADING_STRAY_RE = re.compile(
    r"^(?:把|将|(?:19|20)[0-9]{2}年(?:的|底|末)?|[0-9]{1,2}[.．](?![0-9])|[（(][一二三四五六七八九十0-9]{1,3}[）)])+"
)


_TRAILING_STRAY_RE = re.compile(
    r"(?:预期|拟|不|了|将|要|力争|预计|基本|实际|名义|都|[增降升]至|从|由|(?<![新净])增|[和及与、]?“|(?<=[率重比度数量])(?:保持|提升|提高))+$"
)


def tidy(name: str) -> str:
    """An indicator without the stray words at its edges, nor a year inside it
    (重点园区2025年营业收入); kept whole when too little would remain."""
    name = re.sub(
        rf"(?<=[{HAN}])(?<![从由至到])(?:19|20)[0-9]{{2}}年(?=[{HAN}])",
        "",
        name.replace("分别", ""),
    )
    tidied = _TRAILING_STRAY_RE.sub("", _LEADING_STRAY_RE.sub("", name))
    return tidied if han_len(tidied) >= 2 else name


def han_len(name: str) -> int:
    return sum(1 for ch in name if "\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalnum())
