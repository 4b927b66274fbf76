"""Reports written in traditional characters, read through simplified ones (and other
slips of how a page is written, read past position for position).

The metrics rules (units, verbs of change, indicator heads) are written in
simplified characters.  A report copied from a portal's traditional-character
version (``增長3.2%``, ``1.5億元``, ``個百分點``) would lose its units and read its
verbs as names.  Such a paragraph is read through OpenCC's ``t2s`` conversion,
which maps character for character; the mentions keep the positions, and so
the raw text, of the paragraph as written.  Indicators come out in simplified
characters, the form the dataset compares across reports.

OpenCC is imported only for a paragraph that holds a character simplified
text never uses, so that simplified reports (nearly all) pay nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from reportpress import patterns

#: Traditional forms of characters the genre uses in nearly every paragraph
#: (个为会发经济与国这们时实现对进长区业产万亿总标设项务农费税预资点县镇乡机开来过后),
#: in a price or trade release's short lines (价涨场粮货销购较统计数据环类猪鸡鲜:
#: 籼米均价同比上漲22.44%), and in a bulletin's items (学达儿师医疗卫车电: - 學齡兒童淨入學率
#: 達到99.94%): simplified text does not contain them, a traditional paragraph always holds some.
TRADITIONAL_HINT_RE = patterns.compile(
    "[個為會發經濟與國這們時實現對進長區業產萬億總標設項務農費稅預資點縣鎮鄉機開來過後"
    "價漲場糧貨銷購較統計數據環類豬雞鮮學達兒師醫療衛車電]"
)


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


#: Quotation marks a page set with the look-alike double primes (“十五〞期末), or with the
#: corner brackets of traditional script (『九五』, 「十五」): read as “ ”.
PRIME_QUOTES = str.maketrans("〝〞『』「」", "“”“”“”")
QUOTE_LOOKALIKES = frozenset("〝〞『』「」")
#: Punctuation's small forms, read as the marks they stand for (1﹒区级…: a list's number).
SMALL_FORMS = str.maketrans("﹒﹐﹑﹔﹕﹖﹗", ".，、；：？！")
SMALL_FORM_MARKS = frozenset("﹒﹐﹑﹔﹕﹖﹗")
#: Variant forms OpenCC's t2s keeps, which pages written in them use for common characters
#: (每公觔, 水菓, 棃, 分彆, 咊, 不衕): read as the standard forms.
VARIANT_FORMS = str.maketrans("觔菓棃彆咊衕", "斤果梨别和同")
VARIANTS = frozenset("觔菓棃彆咊衕")
#: Any character :func:`simplified` reads otherwise: a look-alike quote, a small form, a
#: traditional form.
_ANY_TO_READ_RE = patterns.compile(
    "[" + "".join(sorted(QUOTE_LOOKALIKES | SMALL_FORM_MARKS)) + TRADITIONAL_HINT_RE.pattern[1:]
)


def simplified(text: str) -> str:
    """``text`` in simplified characters, position for position (prime quotes and small forms
    of punctuation read as the marks they stand for); ``text`` itself if it has none to convert.

    Where a conversion would change the length (a phrase mapped to a longer
    one), the paragraph is read as written rather than with shifted positions.
    """
    if _ANY_TO_READ_RE.search(text) is None:  # nearly every paragraph: one look at it
        return text
    if not QUOTE_LOOKALIKES.isdisjoint(text):
        text = text.translate(PRIME_QUOTES)
    if not SMALL_FORM_MARKS.isdisjoint(text):
        text = text.translate(SMALL_FORMS)
    if TRADITIONAL_HINT_RE.search(text) is None:
        return text
    converted = _converter().convert(text)
    if len(converted) != len(text):
        return text
    return converted.translate(VARIANT_FORMS) if not VARIANTS.isdisjoint(converted) else converted


#: Ordinals a page listed with commas instead of 、 (一，二，三季度, 一,二产业): the list of
#: one head, which the rules read as such once the commas are 、 (same length).
COMMA_ORDINALS_RE = patterns.compile(
    r"(?<![一二三四五六七八九十第0-9.])(?:第?[一二三四1-4][，,]){1,3}第?[一二三四1-4](?=季度|产业|产)"
)


def ordinals_listed(text: str) -> str:
    """``text`` with the commas of :data:`COMMA_ORDINALS_RE` read as 、, position for position."""
    if "，" not in text and "," not in text:
        return text
    return COMMA_ORDINALS_RE.sub(lambda m: m.group().replace("，", "、").replace(",", "、"), text)


#: A colon between a list's copula and the figures it gives (价格分别为：27元、58元), or a
#: measure's (鸡蛋价格为:12.16元/公斤): no clause break, which would part the figures from
#: what they are of.
COPULA_COLON_RE = patterns.compile(
    r"(?:(?<=分别为|分别是|依次为|依次是)|(?<=[价格率额量值数][为是]))[：:](?=[0-9０-９])"
)


def copula_colons_read_past(text: str) -> str:
    """``text`` with the colons of :data:`COPULA_COLON_RE` read as spaces, position for position."""
    if "：" not in text and ":" not in text:
        return text
    return COPULA_COLON_RE.sub(" ", text)


#: 同比增长 or 同比下降 shortened before its figures (同增17.1%, 同增1.9%和38.4%, 同降5%).
SHORT_SAME_PERIOD_RE = patterns.compile(r"同([增降])(?=[0-9０-９])")


def short_moves_read(text: str) -> str:
    """``text`` with the news' short 同增/同降 (同比增长, 同比下降) read as 比增/比降, which the
    rules know, position for position."""
    if "同增" not in text and "同降" not in text:
        return text
    return SHORT_SAME_PERIOD_RE.sub(lambda m: "比" + m.group(1), text)


#: A list's number opening a paragraph or a sentence before words (2、酒精制造业实现…): no
#: part of what follows, which the 、 would make a list's second member.
ENUMERATION_RE = patterns.compile(r"(?:^|(?<=[。；;]))[ 　]*[0-9０-９]{1,2}、(?=[\u4e00-\u9fff])")


def enumerations_read_past(text: str) -> str:
    """``text`` with the numbers of :data:`ENUMERATION_RE` read as spaces, position for position."""
    if "、" not in text:
        return text
    return ENUMERATION_RE.sub(lambda m: " " * len(m.group()), text)


#: The pinyin letters with a tone mark (the gloss patterns here and in :mod:`.names`).
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

#: One toneless pinyin syllable, whole (zeng, zhang, jiu): a page that glosses without
#: tone marks; an abbreviation or a unit ((kg), (km), （gdp）) is no syllable.
_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui"
    r"|ue|er|a|o|e|i|u|ü)"
)

#: Asides the rules read past: a pinyin gloss a page sets after a character (增長（zhǎng）,
#: 達（dá）到; a page may gloss twice: 增（zeng）(zeng)), a ruby annotation flattened into
#: the line, with a tone mark or a whole toneless syllable, so that a bracketed
#: abbreviation or unit ((kg), （gdp）) is never taken for one; a page's space inside
#: a list of figures (增长7.3% 和8.2%); and a note naming an abbreviation (同比增长（以下简称
#: “增长”或“下降”）55.2%) or saying what a word means from here on (同比（比上年同期。下同）增加…;
#: not a unit's note, 大米（500克、下同）, figures, 鄂尔多斯（101.6亿元 …下同）, nor a scope, 区级（含
#: 开发区，下同）, which says what a sum covers), whose words are no verb of the figure; a
#: footnote's mark (同口径[①]下降2.6%), a note on the data's status (（为…调整后的数据）),
#: and a comma, 、 or ； a page doubled (项目104个，，计划投资…), read as one.
ASIDE_RE = patterns.compile(
    rf"(?<=[\u4e00-\u9fff）)])[（(][a-zü]{{0,6}}[{TONED}][a-zü{TONED}]{{0,6}}"
    rf"(?: ?/ ?[a-zü]{{0,6}}[{TONED}][a-zü{TONED}]{{0,6}})?[）)]"  # (为（wéi/wèi）, 爲(wéi / wèi))
    rf"|(?<=[\u4e00-\u9fff）)])[（(](?=[a-zü]{{2}}){_SYLLABLE}[）)]"
    r"|(?<=[0-9%％元倍])[ \u3000\u00a0]{1,4}(?=[、和及与][0-9０-９])"
    r"|[（(]以下(?:简称|称)[^（()）]{1,24}[）)]"
    # a note on the data's status (…107416.28万吨(为国家统计局调整后的数据)增加…)
    r"|(?<=[\u4e00-\u9fff%％])[（(][^（()）0-9]{0,16}?(?:调整后|修订后|快报|初步核算|初步统计)"
    r"[^（()）0-9]{0,8}[）)]"
    # a footnote's mark between a name and its figure or verb (同口径[①]下降2.6%, 入学率[13]100%)
    r"|(?<=[\u4e00-\u9fff）)])[\[［](?:[\u2460-\u2473]|[0-9]{1,2})[\]］]"
    r"(?=[0-9０-９]|[为达是增减下上提降比同较])"
    r"|[（(](?!每|不?含|不?包括)(?:[^（()）0-9]|(?:19|20)[0-9]{2}[年~～\-—]){1,24}[。，,；、]?下同[）)]"
    # a mark a page doubled (重点项目104个，，计划投资…): read once
    r"|(?<=[，,])[，,]{1,3}|(?<=、)、{1,3}|(?<=；)；{1,3}"
)


def unglossed(text: str) -> tuple[str, Callable[[int], int] | None]:
    """``text`` without its pinyin glosses (and spaces inside lists of figures), and a
    map from a position in it back to ``text`` (None: nothing was left out).

    The rules read 達到259億元 rather than 達（dá）到…, so a gloss never splits a
    verb from its figure nor becomes a name's edge; the glosses stay in the
    output, since each mention's position is mapped back to the text as written.
    """
    if ASIDE_RE.search(text) is None:
        return text, None
    glosses = list(ASIDE_RE.finditer(text))
    kept: list[int] = []
    parts: list[str] = []
    previous = 0
    for gloss in glosses:
        parts.append(text[previous : gloss.start()])
        kept.extend(range(previous, gloss.start()))
        previous = gloss.end()
    parts.append(text[previous:])
    kept.extend(range(previous, len(text) + 1))  # the end of the text maps to its end
    return "".join(parts), kept.__getitem__
