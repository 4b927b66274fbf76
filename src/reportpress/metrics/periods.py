"""The periods figures are given for: what the dataset's ``period`` column says, and the
single months that tell a report's figures of one measure apart."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from reportpress import patterns
from reportpress.metrics.indicators.finish import month_on_month as month_on_month_name
from reportpress.metrics.scan import Mention, clause_start

#: A period the text gives for a figure: 上半年, 1—6月, 全年, 2024年, 前三季度 …
#: (比上年, 较去年 name the base of a comparison, not the period: left out.)
#: A month said as the base of a comparison (比10月份提高) or as when a trend began (自8月以来)
#: is no period, nor a day's (7月20日, a release's dateline).
PERIOD_RE = patterns.compile(
    r"(?<![比较与0-9０-９—–－\-～~至])(?:"
    r"(?:(?:19|20)[0-9]{2}年)?"
    r"(?:上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|全年|年底|年末|"
    r"[0-9０-９]{1,2}(?:月份?)?[—–－\-～~至到][0-9０-９]{1,2}月份?|[0-9０-９]{1,2}月(?:份|末|底)?)"
    r"(?!份?(?:起|以来|开始|[—–－\-～~至到])|[0-9０-９]{1,2}[日号])"
    r"|(?:19|20)[0-9]{2}年|今年|“(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”(?:期间|时期)?)"
)
#: How far back in its sentence the period of a figure is looked for.
PERIOD_WINDOW = 150
#: How many characters at the window's edge a period may be cut in (2024年12-|12月).
EDGE = 9
#: A period opening a paragraph (6月份，…), of its sentences that name none: group 1.
OPENING_PERIOD_RE = patterns.compile(rf"({PERIOD_RE.pattern})[，,]")
#: How far back the start of a figure's paragraph is looked for (a bound: linear time).
PARAGRAPH_REACH = 1000
#: A note in brackets, which names of one measure may have or not (收入（不包括…）).
NOTE_RE = patterns.compile(r"（[^（）]{0,60}）|\([^()]{0,60}\)")
#: A single month (of a year, said or not): group 1 the month as a name opens with it.
SINGLE_MONTH_RE = patterns.compile(r"(?:(?:19|20)[0-9]{2}年)?([0-9]{1,2}月份?)")
#: A name that opens with a period already (9月份…, 1-9月…, 上半年…).
NAMED_WITH_PERIOD_RE = patterns.compile(
    r"(?:[0-9]{1,2}[-~至])?[0-9]{1,2}月|月|[上下]半年|[一二三四]季度"
)


def period_before(doc: str, start: int) -> str:
    """The last period named in the figure's sentence before it, else the one its paragraph
    opens with (6月份，…。其中，同城业务量…), or ""."""
    window = doc[max(0, start - PERIOD_WINDOW) : start]
    cut = max(window.rfind("。"), window.rfind("\n"))
    if cut < 0 and start > PERIOD_WINDOW:
        cut = EDGE  # (a period the window's edge cuts, 1-|8月份, is not read as another)
    found = list(PERIOD_RE.finditer(window, cut + 1))
    if found:
        return _as_column(found[-1].group())
    reach = max(0, start - PARAGRAPH_REACH)
    newline = doc.rfind("\n", reach, start)
    if newline < 0 and reach > 0:
        return ""  # (a paragraph opening further back: not looked for)
    opening = OPENING_PERIOD_RE.match(doc, newline + 1, start)
    return _as_column(opening.group(1)) if opening else ""


def _as_column(period: str) -> str:
    """A period as the dataset's column gives it: half-width, 月份 said 月 (1-8月份: 1-8月)."""
    return unicodedata.normalize("NFKC", period).replace("月份", "月")


def months_told_apart(paragraphs: Sequence[str], found: list[list[Mention]]) -> None:
    """A single month's figures named like figures of another period in the same report
    (9月份，…对外承包工程新签合同额4.6亿美元 beside 1-9月，…对外承包工程新签合同额46.6亿美元)
    are named with their month, which alone tells them apart in the appendix; the
    periods are read as the dataset's column reads them."""
    if not any(
        SINGLE_MONTH_RE.fullmatch(_as_column(found.group()))
        for paragraph in paragraphs
        if "月" in paragraph
        for found in PERIOD_RE.finditer(paragraph)
    ):
        return  # no single month in the report (most annual reports): nothing to tell apart
    periods: dict[str, set[str]] = {}  # a measure (its name without notes) → its periods
    dated: list[tuple[int, int, str, str]] = []  # paragraph, mention, its measure, its period
    for at, (paragraph, mentions) in enumerate(zip(paragraphs, found, strict=True)):
        for i, mention in enumerate(mentions):
            measure = NOTE_RE.sub("", mention.indicator)
            period = period_before(paragraph, mention.start)
            periods.setdefault(measure, set()).add(period)
            dated.append((at, i, measure, period))
    for at, i, measure, period in dated:
        mention = found[at][i]
        if (
            len(periods[measure]) > 1
            and (month := SINGLE_MONTH_RE.fullmatch(period))
            and mention.indicator
            and not NAMED_WITH_PERIOD_RE.match(mention.indicator)
            and month.group(1).rstrip("份") not in mention.indicator
        ):
            found[at][i] = replace(mention, indicator=month.group(1) + mention.indicator)


#: A part's opening saying every change under it is against the month before, or against
#: the year before (二、环比看，8大类商品及服务价格…; 一、同比看，…): group 1 the basis.
BASIS_OPENING_RE = patterns.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.．]|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]+[）)])?\s*"
    r"(?:从[^，。；]{0,16}?|分)?(环比|同比)(?:变动|变化|涨跌)?(?:来看|看|情况|方面)"
)  # (从各类商品及服务价格同比变动情况来看，…: the year before's, the 环比 part ended)


#: A change said against the year before (同比上涨, 比上年, 较去年同期), whatever part it is in.
YEAR_ON_YEAR_RE = patterns.compile(r"同比|[比较](?:上年|去年)|(?:上年|去年)同期")


def changes_against_month_before(
    paragraphs: Sequence[str], found: list[list[Mention]], headings: frozenset[int]
) -> None:
    """The changes under a part opening with 环比看 (a price release's 二、环比看，…) are the
    month's, up to the next heading: named so unless they say their basis (…价格环比,
    同比上涨…), apart from the same measures' changes against the year before."""
    month_on_month = False
    for at, (paragraph, mentions) in enumerate(zip(paragraphs, found, strict=True)):
        opening = BASIS_OPENING_RE.match(paragraph)
        if opening or at in headings:
            month_on_month = bool(opening) and opening.group(1) == "环比"
        if not month_on_month:
            continue
        for k, mention in enumerate(mentions):
            name = mention.indicator
            clause = paragraph[clause_start(paragraph, mention.start) : mention.start]
            if (
                mention.kind in ("change", "pp")
                and "环比" not in name
                and not YEAR_ON_YEAR_RE.search(clause)
            ):
                mentions[k] = replace(mention, indicator=month_on_month_name(name))
