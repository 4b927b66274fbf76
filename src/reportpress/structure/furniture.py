"""Web and page furniture: what a portal or a printed page adds around a report.

The words come from ``furniture.toml`` (data, read once); this module turns
each list into one anchored pattern and says why a line is furniture.  Only
whole lines are judged here; a page number glued into text is cut out by the
body reader.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from reportpress import patterns
from reportpress.structure.text import HAN

#: Marks of a sentence's own (a pause, an end, a percent sign): never page furniture.
TEXT_MARKS = "，、。；：？！%％‰"

#: The longest line judged as furniture; a longer line is report text.
MAX_FURNITURE = 120


def _alternatives(words: list[str]) -> str:
    """Words as one alternation, longest first.  (Lines are matched cleaned: no spaces
    stand between Han characters.)"""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


class Lexicon:
    """The compiled furniture lexicon."""

    def __init__(self, data: dict) -> None:
        nav, widgets, meta = data["navigation"], data["widgets"], data["metadata"]
        labels = _alternatives(meta["labels"])
        self.rules: list[tuple[str, re.Pattern[str]]] = [
            ("web-navigation", patterns.compile(rf"^(?:{_alternatives(nav['starts'])})\s*[:：]?")),
            (
                "web-navigation",
                patterns.compile(rf"^(?:{_alternatives(nav['crumbs'])})\s*(?:>|＞|»|›|/|→)"),
            ),
            (
                "web-navigation",
                patterns.compile(
                    rf"^[【\[]?(?:{_alternatives(widgets['lines'])})[】\]]?\s*[:：]?$"
                ),
            ),
            ("web-navigation", patterns.compile(rf"^(?:{_alternatives(widgets['starts'])})")),
            ("web-metadata", patterns.compile(rf"^[（(【\[]?\s*(?:{labels})\s*[:：]")),
            (
                "web-metadata",
                patterns.compile(rf"^(?:{_alternatives(meta['footers'])})|ICP备|公网安备"),
            ),
            (
                "web-navigation",
                patterns.compile(rf"^(?:{_alternatives(meta['trailers'])})\s*[:：>》]*"),
            ),
            # A date and time stamp on its own: "2026-02-03 09:02:33".
            (
                "web-metadata",
                patterns.compile(
                    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$"
                ),
            ),
            # Hex ids of a content system.
            ("web-metadata", patterns.compile(r"^[0-9a-fA-F]{16,64}$")),
            # Page numbers: "3", "— 3 —", "第3页", "第3页 共9页", "3/9".
            ("page-furniture", patterns.compile(r"^[-—–―－]{0,2} ?\d{1,4} ?[-—–―－]{0,2}$")),
            ("page-furniture", patterns.compile(r"^第 ?\d+ ?页(?: ?[/，,]? ?共 ?\d+ ?页)?$")),
            ("page-furniture", patterns.compile(r"^共 ?\d+ ?页 ?[/，,]? ?第 ?\d+ ?页$")),
            ("page-furniture", patterns.compile(r"^\d{1,4} ?/ ?\d{1,4}$")),
            # A line of only separators and brackets: ">", "|", "×", "】", "[", "]".
            # (Not a lone opening bracket: a heading broken after it, "（" / "三）…";
            # nor the text's own marks, which a PDF's text may set on a line of their
            # own: "、", "%。" after a figure alone on its line.)
            ("web-navigation", patterns.compile(rf"^(?![（(]$)[^\w{HAN}{TEXT_MARKS}]{{1,8}}$")),
        ]
        self.label_alone = patterns.compile(rf"^(?:{labels})\s*[:：]$")
        self.table_label = patterns.compile(labels)
        self.trailer = patterns.compile(
            rf"^[（(【\[]?\s*(?:{_alternatives(meta['trailers'])}|{labels}\s*[:：])"
        )
        credits = _alternatives(data["captions"]["credit_words"])
        #: A caption's credit at the end of its line: "新华社记者 庞兴雷 摄", "记者 王 明".
        self.caption = patterns.compile(
            rf"(?:{credits})\s*[{HAN}·]{{1,4}}(?:\s[{HAN}·]{{1,3}})?\s*摄?\s*[)）]?$|\s摄\s*[)）]?$"
        )
        agencies = _alternatives(data["datelines"]["agencies"])
        #: News agencies and sites a page names beside its date (新华网, 新京报).
        self.sites: tuple[str, ...] = (*data["datelines"]["agencies"], *data["datelines"]["sites"])
        self.dateline = patterns.compile(
            rf"^(?:{agencies})[{HAN}]{{0,8}}(?:[0-9０-９一二三四五六七八九十〇]{{4}}年)?[0-9０-９一二三四五六七八九十]{{1,3}}月[0-9０-９一二三四五六七八九十]{{1,3}}日电"
        )

    def reason(self, line: str) -> str | None:
        """The reason a whole line is furniture, or None for report text."""
        if len(line) > MAX_FURNITURE:
            return None
        for reason, pattern in self.rules:
            if pattern.search(line):
                return reason
        if self.dateline.match(line) and len(line) <= 30:
            return "dateline"
        if line.count("|") >= 2 and self.table_label.search(line):
            return "web-metadata"  # a metadata table flattened to "a | b |" rows
        return None

    def is_caption(self, line: str) -> bool:
        """A photo caption: a short text that ends with a photographer's or reporter's credit."""
        return len(line) <= 200 and self.caption.search(line) is not None


@cache
def lexicon() -> Lexicon:
    data = resources.files("reportpress.structure").joinpath("furniture.toml").read_text("utf-8")
    return Lexicon(tomllib.loads(data))
