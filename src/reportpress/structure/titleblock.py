"""The title block: title, subtitle (date, occasion), speaker and salutation.

What people paste puts page furniture around the title block: breadcrumbs, a
news dateline, font-size buttons, a photo caption, a source line.  The block
ends at the salutation (or, without one, at the first heading or paragraph of
prose); every line before that end is a title candidate, the subtitle, the
speaker, or furniture.  The title is chosen by score, not by first match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from reportpress import patterns
from reportpress.ladder import numeral_value
from reportpress.structure.furniture import lexicon
from reportpress.structure.text import HAN, collapse_spaces

# ---- dates and subtitles --------------------------------------------------------------

_DATE = patterns.compile(
    r"([0-9０-９〇零一二三四五六七八九]{4}) ?年 ?([0-9０-９一二三四五六七八九十]{1,3}) ?月 ?([0-9０-９一二三四五六七八九十]{1,3}) ?日"
)
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九０１２３４５６７８９", "001234567890123456789")
#: The dash that opens a subtitle: em dashes, U+2015 bars, box rules, ASCII hyphens.
_DASHES = "—―─－-"
SUBTITLE_START = patterns.compile(f"^[{_DASHES}]{{1,4}} ?")
_OCCASION = patterns.compile(r"在(.+?)(?:上|上的(?:讲话|报告|发言))?[）)]?$")
_MEETING = patterns.compile(r"在.{2,60}?(会议|大会|座谈会|论坛|全会)")


def parse_date(text: str) -> tuple[str, str] | None:
    """``2024年8月22日`` (or in Chinese numerals, or full width) → (ISO date, the text as written)."""
    m = _DATE.search(text)
    if not m:
        return None
    year = m.group(1).translate(_YEAR_DIGITS)
    month, day = numeral_value(m.group(2)), numeral_value(m.group(3))
    if not year.isdigit() or month is None or day is None:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= int(year) <= 2200):
        return None
    return f"{int(year):04d}-{month:02d}-{day:02d}", m.group(0)


def is_subtitle(line: str) -> bool:
    """``——2024年8月22日在…会议上``, ``（2026年1月27日在…会议上）``, ``2024年6月28日在…上``;
    never a line of prose longer than a subtitle runs (a news copy's dateline opening its
    whole text: ``2010年09月27日 10:51 来源：… 国家统计局27日在此间说，…。``)."""
    if len(line) > MAX_SUBTITLE and _PROSE_END.search(line):
        return False
    if (dash := SUBTITLE_START.match(line)) and len(line) > 4:
        if dash.group().strip() in ("-", "－"):  # one hyphen: a list's bullet (- 学校1.6万所，…)
            return bool(parse_date(line) or _MEETING.search(line))
        return bool(parse_date(line) or _MEETING.search(line) or len(line) < 60)
    core = line.strip("（）() ")
    date = parse_date(core)
    if date and core.startswith(date[1]) and ("在" in core or len(core) < 16):
        return True
    return bool(_MEETING.search(line) and len(line) < 80 and "。" not in line)


#: The marks that end a sentence of prose, which no subtitle holds.
_PROSE_END = patterns.compile("[。；;！!？?]")


def occasion_of(subtitle: str) -> str:
    core = SUBTITLE_START.sub("", subtitle).strip("（）() ")
    m = _OCCASION.search(core)
    return m.group(1) if m else ""


# ---- salutations and vocatives --------------------------------------------------------

_SALUTATION = patterns.compile(r"^[^，。；]{2,40}[:：]$")
_AUDIENCE = patterns.compile(r"各位|代表|委员|主任|同志|女士|先生|来宾|朋友")
_VOCATIVE = patterns.compile(r"^[^，。；：:]{2,20}[！!，,]$")


#: An official notice's addressees (主送机关), which it opens with as a speech opens with its
#: audience: ``各区县人民政府，市政府各部门、各直属机构：``.
_ADDRESSEES = patterns.compile(r"^各[^。；;！!？?]{2,60}[:：]$")
_ADDRESSEE_WORDS = patterns.compile(r"人民政府|政府|部门|单位|机构|街道|乡镇|委办局|办事处|有关")


#: One body a report is made to (``市人大常委会：``, ``县人民政府：``): its addressee too.
_ADDRESSEE_BODY = patterns.compile(
    rf"^[{HAN}]{{1,24}}(?:人大常委会|常委会|常务委员会|人民政府|政府|委员会|党委|党组|"
    r"办公室|办公厅|[局厅委])[:：]$"
)


def is_salutation(line: str) -> bool:
    """The audience a speech opens with (``各位代表：``), or a notice's or a report's
    addressees."""
    if _SALUTATION.match(line) and _AUDIENCE.search(line):
        return True
    return bool(
        _ADDRESSEES.match(line) and _ADDRESSEE_WORDS.search(line) or _ADDRESSEE_BODY.match(line)
    )


def is_vocative(sentence: str) -> bool:
    """``各位代表！``, ``同志们！``: the audience addressed again, not a topic."""
    return bool(_VOCATIVE.match(sentence) and _AUDIENCE.search(sentence))


# ---- speakers -------------------------------------------------------------------------

_ROLE_WORDS = sorted(
    """主任委员 常务副主任 副主任 主任 常务副区长 副区长 代区长 区长 常务副市长 副市长 代市长 市长
    常务副省长 副省长 代省长 省长 副县长 代县长 县长 副镇长 镇长 副乡长 乡长 副旗长 旗长 副州长 州长
    副局长 局长 副厅长 厅长 副部长 部长 副主席 代主席 主席 副书记 书记 秘书长 副院长 院长 检察长 会长
    行长 署长 处长 主任科员 委员 总经理 董事长 组长 理事长 党组书记 副总理 总理 国务委员 主委""".split(),
    key=len,
    reverse=True,
)
#: How the name of a body ends (…委员会, …人民政府, …局): a speaker's affiliation, a signer.
_ORG_ENDS = r"(委员会|人民政府|政府|局|厅|办公室|办|委|部|院|处|署|中心|公司|研究会|联合会)"
_ORG_SUFFIX = patterns.compile(_ORG_ENDS)


#: The name of the body that signs a report or notice at its end (某区发展和改革委员会).
_SIGNER = patterns.compile(rf"[{HAN}（）()]{{2,28}}{_ORG_ENDS}")


def signature_date(signer: str, line: str) -> str | None:
    """The ISO date of ``line`` when it is a date alone under a line naming the body that
    signs (``某区发展和改革委员会`` / ``2024年8月22日``: the 落款 of GB/T 9704), else None: such a
    date is the document's, not a web page's stamp."""
    if not _SIGNER.fullmatch(signer) or not (date := parse_date(line)) or date[1] != line:
        return None
    return date[0]


_NAME = patterns.compile(f"[{HAN}·]{{2,5}}")
_SPEAKER_PUNCT = patterns.compile(r"[，。；：:,;!?！？“”《》、]")


@dataclass(frozen=True)
class Speaker:
    affiliation: str = ""
    role: str = ""
    name: str = ""


def name_line(raw: str) -> str:
    """A line holding only a person's name (two to five Han characters, maybe spaced), as printed."""
    name = collapse_spaces(raw)
    return name if _NAME.fullmatch(name.replace(" ", "")) and name.count(" ") <= 2 else ""


_HAN_TAIL = patterns.compile(f"[{HAN}]{{2,4}}")


def _glued_role(head: str) -> tuple[str, str] | None:
    """(role word, name) of ``区财政局局长王明``: the longest role word that the line's
    last two to four Han characters follow, the longest name for that word."""
    for word in _ROLE_WORDS:
        for size in range(min(4, len(head) - len(word)), 1, -1):
            if head[: len(head) - size].endswith(word) and _HAN_TAIL.fullmatch(head[-size:]):
                return word, head[-size:]
    return None


def parse_speaker(raw_line: str) -> Speaker | None:
    """``朝阳区发展和改革委员会主任  魏思源`` → affiliation, role, name; None if not a speaker line.

    A name keeps its printed inner space (``龚 正``), one space for any run.
    """
    line = collapse_spaces(raw_line)
    if not line or len(line) > 60 or _SPEAKER_PUNCT.search(line):
        return None
    tokens = line.split(" ")
    head, name, rest = tokens[0], "", tokens[1:]
    if rest and all(_NAME.fullmatch(t) or re.fullmatch(f"[{HAN}]", t) for t in rest):
        candidate = " ".join(rest)
        if 2 <= len(candidate.replace(" ", "")) <= 5:
            name = candidate
        else:
            head = "".join(tokens)
    elif rest:
        return None
    role = next((w for w in _ROLE_WORDS if head.endswith(w)), "")
    affiliation = head[: len(head) - len(role)]
    if not role:
        # No space: "区财政局局长王明" — a role word followed by a short name.
        glued = _glued_role(head) if not name else None
        if glued is not None:
            role, name = glued
            affiliation = head[: len(head) - len(role) - len(name)]
    if not (role or _ORG_SUFFIX.search(affiliation)):
        return None
    if not (role or name) and not affiliation.endswith(
        ("委员会", "政府", "局", "厅", "办公室", "委", "部", "院")
    ):
        return None
    return Speaker(affiliation=affiliation, role=role, name=name)


# ---- titles ---------------------------------------------------------------------------

#: Words a report's title ends with or holds (the genre: reports, plans, budgets, opinions).
_GENRE = patterns.compile(r"报告|计划|预算|决算|规划|纲要|意见|讲话|决定|通知|方案|草案|公报|说明")
_TITLE_ENDINGS = patterns.compile(
    r"(报告|意见|讲话|决定|通知|方案|纲要|公报|说明)(（草案）|\(草案\))?$|草案）?$"
)
#: Where a glued line's subtitle starts: a dash run after a title.
_GLUED_SUBTITLE = patterns.compile(f"[{_DASHES}]{{2,4}}(?=[0-9０-９〇一二三四五六七八九]{{4}} ?年)")
#: Where a glued subtitle's speaker starts: after "…会议上".
_AFTER_MEETING = patterns.compile(r"(会议上|大会上|会上)(?=[^，。；）)]{2,30}$)")
#: The longest a subtitle runs (date, place, meeting): more is prose.
MAX_SUBTITLE = 80
#: The end of a subtitle's meeting, and the marks that show prose after it.
_MEETING_END = patterns.compile(r"(?:会议上|大会上|会上)(?:的讲话|的报告)?[）)]?")
_PROSE_MARKS = patterns.compile(r"[，。；！？]")


def title_like(text: str) -> bool:
    """Short and not a sentence; a comma only in a line that ends as a title does
    (``关于…，推动…的意见``)."""
    if not 2 <= len(text) <= 60 or _PROSE_END.search(text):
        return False
    return not re.search("[，,]", text) or ends_like_title(text)


def ends_like_title(text: str) -> bool:
    return _TITLE_ENDINGS.search(text.replace(" ", "")) is not None


def split_glued_title(raw: str) -> tuple[str, str, str] | None:
    """``政府工作报告——2016年3月5日在…会议上国务院总理 李克强`` → (title, subtitle, speaker).

    Any of the three may be empty; None when the line is not glued.  Prose run on after
    them is not read here (:func:`glued_prose_start` finds where it starts).
    """
    line = collapse_spaces(raw)
    m = _GLUED_SUBTITLE.search(line)
    if m is None:
        return None
    title, subtitle = line[: m.start()].strip(), line[m.start() :]
    if title and not (title_like(title) and _GENRE.search(title)):
        return None
    speaker = ""
    after = _AFTER_MEETING.search(subtitle)
    if after and parse_speaker(subtitle[after.end() :]):
        subtitle, speaker = subtitle[: after.end()], subtitle[after.end() :].strip()
    if not title and not speaker:
        return None
    return title, subtitle, speaker


#: A dateline in brackets opening a line ((2009年4月10日), （2024年1月5日在…会议上）).
_BRACKETED_SUBTITLE = patterns.compile(rf"\s*[（(]([^（）()]{{4,{MAX_SUBTITLE}}})[）)]")


def bracketed_prose_start(line: str) -> int:
    """Where the prose starts on a line that opens with a dateline in brackets and runs
    on into the report ((2009年4月10日) 2008年，全区…): right after the bracket; 0 when
    no date opens the bracket or no sentence follows it."""
    m = _BRACKETED_SUBTITLE.match(line)
    date = parse_date(m.group(1)) if m else None
    if not m or not date or not m.group(1).lstrip().startswith(date[1]):
        return 0
    return m.end() if _PROSE_MARKS.search(line, m.end()) else 0


def glued_prose_start(line: str) -> int:
    """Where the report's prose starts on a line that opens with a glued title block
    (政府工作报告——2023年1月5日在…会议上 县长 张三 过去一年，…): after the meeting, and
    after the speaker when one is named; 0 when no prose runs on after the block."""
    m = _GLUED_SUBTITLE.search(line)
    if m is None:
        return 0
    meeting = _MEETING_END.search(line, m.end(), m.end() + MAX_SUBTITLE)
    if meeting is None:
        # no meeting in a subtitle's length: the dashes open a dateline of prose
        # (…——2023年1月5日，县十届人大三次会议开幕。…), not a subtitle
        return m.start() if _PROSE_MARKS.search(line, m.end(), m.end() + MAX_SUBTITLE) else 0
    tail = line[meeting.end() :]
    if not _PROSE_MARKS.search(tail):
        return 0  # nothing but a speaker (or nothing) after the meeting
    words = tail.split(" ")
    for count in (3, 2, 1):  # a speaker of up to three words: 县长 张 三
        speaker = " ".join(words[:count]).strip()
        if speaker and parse_speaker(speaker) and count < len(words):
            return meeting.end() + len(" ".join(words[:count])) + 1
    return meeting.end()


#: A salutation to the meeting's members, inside a line (…区长魏明|各位代表:|现在，…).
_SALUTATION_IN_LINE = patterns.compile(r"各位(?:代表|委员)[，,：:]")
#: How far after the meeting a speaker may run before the salutation.
MAX_SPEAKER = 40


def salutation_run_on_start(line: str) -> int:
    """Where a dateline's meeting and speaker run on into the salutation and the prose
    on one line (2016年1月18日在…第五次会议上越城区人民政府区长魏明各位代表:现在，…): at the
    salutation; 0 when no date and meeting open the line or no prose follows."""
    meeting = _MEETING_END.search(line, 0, MAX_SUBTITLE)
    if meeting is None or parse_date(line[: meeting.start()]) is None:
        return 0
    salute = _SALUTATION_IN_LINE.search(line, meeting.end(), meeting.end() + MAX_SPEAKER)
    if salute is None or not _PROSE_MARKS.search(line, salute.end()):
        return 0
    return salute.start()


def titled_salutation_start(line: str) -> int:
    """Where the salutation starts on a line that opens with the title and runs on into the
    salutation (``关于…的报告 各位代表：受…委托，…``): at the salutation; 0 when the words
    before it are no title."""
    salute = _SALUTATION_IN_LINE.search(line, 0, MAX_TITLE_RUN)
    if salute is None:
        return 0
    title = line[: salute.start()].strip()
    return salute.start() if title_like(title) and ends_like_title(title) else 0


#: How far into a line a title may run before its salutation (:func:`titled_salutation_start`).
MAX_TITLE_RUN = 80


def overlaps(a: str, b: str) -> bool:
    """Two titles that are near copies (a page's own title and the report's): one holds
    the other, or they share most characters."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    shared = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    return shared >= 0.6 * min(len(a), len(b))


def title_score(text: str, before_anchor: bool, index: int) -> float:
    """How much a candidate line reads as the report's title.

    Genre words and standing right above the subtitle/speaker/salutation count
    most; a later line wins a tie (labels and page titles come first).
    """
    score = 0.0
    if _GENRE.search(text):
        score += 3
    if ends_like_title(text):
        score += 1
    if before_anchor:
        score += 3
    if len(text.replace(" ", "")) < 4:
        score -= 3
    return score + index * 0.01


def furniture_reason(text: str) -> str | None:
    """Why a line of the title block's surroundings is furniture (lexicon or caption)."""
    found = lexicon().reason(text)
    if found:
        return found
    return "photo-caption" if lexicon().is_caption(text) else None


# ---- a portal's metadata run on into the title -----------------------------------------

#: Where a headline copied off a portal runs on into the page's metadata, read on the
#: title in simplified characters without glosses and spaces: a date and time stamp
#: (2021-07-14 14:52:13, 2019年10月21日18:44), a date in ISO form (2023-06-27), a
#: magazine's issue (2019年21期), a web address, a label with its colon (来源：,
#: 发布日期：, 原标题：, 栏目：) or a page's widget (上一篇, 发表于, 扫描二维码分享).
_TITLE_RUN_ON_RE = patterns.compile(
    r"(?<![0-9])(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"|[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[0-9]{1,2}:[0-9]{2}"
    r"|[0-9]{4}年第?[0-9]{1,3}期)"
    r"|https?:|www\."
    r"|(?:来源|稿源|信息来源|文章来源|发布时间|发布日期|更新时间|时间|日期|作者|责任编辑|编辑"
    r"|原标题|栏目|关键词|关键字|点击|点击数|浏览次数|阅读量|字号|字体)[:：]"
    r"|上一篇|下一篇|发表于|【字号|【字体|扫描二维码|扫一扫|分享到"
)
#: A news site or paper named right before the stamp (中国新闻网·, 新京报, 长江商报·): the
#: stamp's, not the headline's.  One the lexicon knows, or one whose name follows the
#: headline's last figure (…6.1%中国新闻网·); a 公报 is the title's own genre, no paper.
_SITE_WORDS = "网|日报|晚报|早报|商报|时报|快报|导刊|周刊|新闻社|通讯社"


@cache
def _sites_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The stamp's site: one the lexicon knows, else one named after a figure."""
    sites = "|".join(sorted(map(re.escape, lexicon().sites), key=len, reverse=True))
    return (
        patterns.compile(rf"(?:{sites})[·・\s]*$"),
        patterns.compile(rf"(?<![{HAN}])[{HAN}]{{1,6}}(?:{_SITE_WORDS})[·・\s]*$"),
    )


#: A portal's lead before the headline: a label (原标题：) or a breadcrumb whose last step
#: is the article's (> 正文, > 浏览文章).
_TITLE_LEAD_RE = patterns.compile(r"^(?:原标题|标题)[:：]")
#: The title's label in a flattened metadata table (索引号 … 名称 2021年…统计公报).
_TABLE_TITLE_LABELS = ("名称", "标题")
_CRUMB_SEPARATOR_RE = patterns.compile(r"[>＞»›]")
_CRUMB_LAST_RE = patterns.compile(r"正文|浏览文章|文章内容|内容|详情")
#: The Han characters a headline keeps at least when its furniture is cut off.
_HEADLINE_MIN = 4


def _toolbar_end(title: str) -> int:
    """Where a page's toolbar copied before the headline ends, or 0: two or more of the
    widgets the lexicon drops as whole lines, a space apart, or a font-size widget in
    brackets (``下载 打印 全屏 收藏 【字号： 加大 还原 减小 】 2026年…报告``; its label, 字号：, is
    then no run-on metadata).  One widget alone may open a breadcrumb (首页 > …)."""
    words = lexicon()
    at = end = widgets = 0
    while at < len(title):
        while at < len(title) and title[at].isspace():
            at += 1
        if title.startswith(_TOOLBAR_BRACKETS, at):
            close = title.find("】", at, at + _TOOLBAR_BRACKET_MAX)
            if close < 0:
                break
            at = end = close + 1
            widgets += 2
            continue
        reach = min(len(title), at + _TOOLBAR_WORD_MAX + 1)
        stop = next((i for i in range(at, reach) if title[i].isspace()), -1)
        word = title[at:stop] if stop >= 0 else ""
        if not any(ch.isalnum() for ch in word) or words.reason(word) != "web-navigation":
            break  # (a crumb's separator, >, is no widget)
        at = end = stop
        widgets += 1
    return end if widgets >= 2 else 0


#: A toolbar's bracketed widgets, the longest of them, and its longest word (分享到微信).
_TOOLBAR_BRACKETS = ("【字号", "【字体")
_TOOLBAR_BRACKET_MAX = 40
_TOOLBAR_WORD_MAX = 8


def _reading_view(text: str) -> tuple[str, list[int]]:
    """``text`` in simplified characters without pinyin glosses and spaces, and where each of
    its positions (and its end) stands in ``text``."""
    from reportpress.metrics.script import simplified, unglossed

    plain, back = unglossed(simplified(text))
    kept = [i for i, char in enumerate(plain) if not char.isspace()]
    view = "".join(plain[i] for i in kept)
    where = [back(i) if back else i for i in kept]
    return view, [*where, len(text)]


def han_count(text: str) -> int:
    """How many Han characters (CJK unified ideographs) ``text`` holds."""
    return sum(1 for char in text if "\u4e00" <= char <= "\u9fff")


class TitleParts(NamedTuple):
    """A title line cut into the portal's lead, the headline and the metadata after it."""

    lead: str
    lead_reason: str  # "web-navigation" (a breadcrumb) or "web-metadata" (a label, a table)
    headline: str
    run_on: str  # always "web-metadata"


def title_furniture(title: str) -> TitleParts:
    """``title`` cut into the portal's lead, the headline, and the metadata run on after it.

    A page's title line often carries its breadcrumb before the headline and its date,
    source and widgets after it (``…增长2.1%2021-07-14 14:52:13 来源：新华网``): they
    are no part of the title.  Nothing is cut that would leave the headline fewer than
    :data:`_HEADLINE_MIN` Han characters.
    """
    view, where = _reading_view(title)
    start, reason = 0, "web-metadata"
    lead = _TITLE_LEAD_RE.match(view)
    if toolbar := _toolbar_end(title):
        start, reason = bisect_left(where, toolbar), "web-navigation"
    elif lead:
        start = lead.end()
    elif lexicon().table_label.match(view):
        ends = [view.rfind(label) + len(label) for label in _TABLE_TITLE_LABELS if label in view]
        start = max(ends, default=0)
        if start and view.startswith(("：", ":"), start):
            start += 1
    else:
        separators = [m.end() for m in _CRUMB_SEPARATOR_RE.finditer(view, 0, 80)]
        if len(separators) >= 2 or (separators and lexicon().reason(view[: separators[0]])):
            start, reason = separators[-1], "web-navigation"
            last = _CRUMB_LAST_RE.match(view, start)
            start = last.end() if last else start
    end = len(view)
    run_on = _TITLE_RUN_ON_RE.search(view, start)
    if run_on:
        end = run_on.start()
        known, named = _sites_before()
        site = known.search(view, start, end) or named.search(view, start, end)
        if site and han_count(view[start : site.start()]) >= _HEADLINE_MIN:
            end = site.start()
    if han_count(view[start:end]) < _HEADLINE_MIN:
        start, end = 0, len(view)
    a, b = where[start], where[end]
    return TitleParts(title[:a].strip(), reason, title[a:b].strip(), title[b:].strip())
