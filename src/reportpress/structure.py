"""Structure: decoded report text → the semantic XML tree.

The normalizer reads the genre, not one sample: a title block (title over one
to three lines, a ``——…在…会议上`` subtitle, a speaker line, a salutation), a
body under the Chinese numbering ladder ``一、`` → ``（一）`` → ``1.`` →
``（1）``, run-in leads, and a closing that addresses the audience again.
Web and page furniture is moved to ``<dropped>`` with a reason; every other
character is kept, changed only by the punctuation mapping of ``report-xml.md``.
Anything it has to guess at is reported as a ``<warning>``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import cn2an
from lxml import etree

from reportpress.ingest import Source
from reportpress.reportxml import NSMAP, XML_NS, q

# ---- characters -----------------------------------------------------------------------

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·"
_CJK = f"[{HAN}{CJK_PUNCT}]"
SENTENCE_END = "。！？"
#: What may end a paragraph; a line ending otherwise is a hard wrap.
PARAGRAPH_END = "。！？；：…”’」』）)》.!?;:"
CN_DIGITS = "一二三四五六七八九十百零〇两"

_INDENT_ENTITIES = re.compile(r"&(?:nbsp|#160|#xa0|#12288|ensp|emsp);", re.IGNORECASE)
_SPACE_BETWEEN_CJK = re.compile(rf"(?<={_CJK})[ \t\u00a0\u3000\u2002\u2003]+(?={_CJK})")
_FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _is_cjk(ch: str) -> bool:
    return bool(ch) and re.match(_CJK, ch) is not None


def clean_line(raw: str) -> str:
    """Remove indentation (spaces, tabs, full-width spaces, ``&nbsp;``) and spaces between Han."""
    line = _INDENT_ENTITIES.sub(" ", raw).strip(" \t\u00a0\u3000\u2002\u2003\ufeff\f\v")
    return _SPACE_BETWEEN_CJK.sub("", line)


def normalize_punctuation(text: str) -> str:
    """ASCII ``, : ; ? ! ( )`` next to Han → full width; digits, times and Latin stay.

    A mark converts when a neighbour (spaces skipped) is Han or CJK punctuation
    and it does not sit between two digits (``1,000``, ``10:30``).  Parentheses
    convert as a pair, so ``(CBD)`` inside Chinese text becomes ``（CBD）``.
    """
    chars = list(text)

    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < len(chars) and chars[j] in " \t":
            j += step
        return chars[j] if 0 <= j < len(chars) else ""

    def beside_cjk(i: int) -> bool:
        return _is_cjk(neighbour(i, -1)) or _is_cjk(neighbour(i, 1))

    opens: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(chars):
        if ch == "(":
            opens.append(i)
        elif ch == ")" and opens:
            pairs.append((opens.pop(), i))
    for start, end in pairs:
        inner = "".join(chars[start + 1 : end])
        if beside_cjk(start) or beside_cjk(end) or re.search(f"[{HAN}]", inner):
            chars[start], chars[end] = "（", "）"
    for i, ch in enumerate(chars):
        if ch in ",:;?!":
            before, after = neighbour(i, -1), neighbour(i, 1)
            if before.isdigit() and after.isdigit():
                continue
            if _is_cjk(before) or _is_cjk(after):
                chars[i] = _FULLWIDTH[ch]
    return "".join(chars)


# ---- furniture ------------------------------------------------------------------------

_FURNITURE: list[tuple[str, re.Pattern[str]]] = [
    ("web-navigation", re.compile(r"^(您?(当前|现在)?的?(所在)?位置)\s*[:：]")),
    ("web-navigation", re.compile(r"^(首页|主页|网站首页)\s*(>|＞|»|›|/|→)")),
    (
        "web-navigation",
        re.compile(
            r"^[【\[]?(分享到?|打印本页|打印|关闭窗口|关闭|返回顶部|返回|收藏|扫一扫|上一篇|下一篇|"
            r"字号|字体|大\s*中\s*小)[】\]]?(\s*[:：]|\s|[【\[]|$)"
        ),
    ),
    (
        "web-metadata",
        re.compile(
            r"^(来源|信息来源|稿源|发布时间|发布日期|更新时间|日期|时间|作者|编辑|责任编辑|浏览次数|"
            r"点击数|访问量|阅读量|索引号|发布机构|发文机关|文号|发文字号|主题分类|主题词|成文日期|"
            r"有效性|生效日期|废止日期|体裁分类|公开方式)\s*[:：]"
        ),
    ),
    ("page-furniture", re.compile(r"^[-—–―－－\s]*\d{1,4}[-—–―－\s]*$")),
    ("page-furniture", re.compile(r"^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$")),
    ("page-furniture", re.compile(r"^共\s*\d+\s*页\s*[/，,]?\s*第\s*\d+\s*页$")),
    (
        "web-metadata",
        re.compile(
            r"^(主办|承办|主管|协办|技术支持|网站标识码|网站地图|联系我们|版权所有|Copyright|©)\s*[:：]?"
            r"|ICP备|公网安备"
        ),
    ),
    ("page-furniture", re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$")),
]
#: Metadata tables flattened to ``a | b |`` rows.
_TABLE_ROW = re.compile(r"^\|?([^|]*\|){2,}[^|]*$")
_TABLE_KEYS = re.compile(r"索引号|发布机构|文号|成文日期|发布日期|主题分类|名称|有效性|主题词")
#: A page number glued into running text: ``— 3 —``, ``- 12 -``.
#: Not between digits, so dates (2024-06-30) and ranges (2024—2025—2026) stay.
_GLUED_PAGE_NUMBER = re.compile(
    r"(?<![\d－-])\s*[—–－-]{1,2}\s?\d{1,4}\s?[—–－-]{1,2}\s*(?![\d－-])"
)


def furniture_reason(line: str) -> str | None:
    """The reason a whole line is web or page furniture, or None for report text."""
    if len(line) > 120:
        return None
    for reason, pattern in _FURNITURE:
        if pattern.search(line):
            return reason
    if _TABLE_ROW.match(line) and _TABLE_KEYS.search(line):
        return "web-metadata"
    return None


# ---- the title block ------------------------------------------------------------------

_ROLE_WORDS = sorted(
    """主任委员 常务副主任 副主任 主任 常务副区长 副区长 代区长 区长 常务副市长 副市长 代市长 市长
    常务副省长 副省长 代省长 省长 副县长 代县长 县长 副镇长 镇长 副乡长 乡长 副旗长 旗长 副州长 州长
    副局长 局长 副厅长 厅长 副部长 部长 副主席 主席 副书记 书记 秘书长 副院长 院长 检察长 会长 行长
    署长 处长 主任科员 委员 总经理 董事长 组长 理事长 党组书记""".split(),
    key=len,
    reverse=True,
)
_ORG_SUFFIX = re.compile(
    r"(委员会|人民政府|政府|局|厅|办公室|办|委|部|院|处|署|中心|公司|研究会|联合会)"
)
_SALUTATION = re.compile(r"^[^，。；]{2,40}[:：]$")
_SALUTATION_WORDS = re.compile(r"各位|代表|委员|主任|同志|女士|先生|来宾")
_SUBTITLE_START = re.compile(r"^(——|──|--|—|－－|-)\s*")
_DATE = re.compile(
    r"([0-9〇零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日"
)
_OCCASION = re.compile(r"在(.+?)(?:上|上的(?:讲话|报告|发言))?[）)]?$")
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _number(text: str) -> int:
    return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))


def parse_date(text: str) -> tuple[str, str] | None:
    """``2024年8月22日`` (or in Chinese numerals) → (ISO date, the text as written)."""
    m = _DATE.search(text)
    if not m:
        return None
    try:
        year = int(m.group(1).translate(_YEAR_DIGITS))
        month, day = _number(m.group(2)), _number(m.group(3))
    except (ValueError, TypeError):
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", m.group(0)


def is_subtitle(line: str) -> bool:
    if _SUBTITLE_START.match(line):
        return True
    core = line.strip("（）()")
    return bool(
        parse_date(core)
        and core.index(parse_date(core)[1]) == 0
        and ("在" in core or len(core) < 16)
    ) or bool(re.search(r"在.{2,60}(会议|大会|座谈会|论坛)", line) and len(line) < 80)


def is_salutation(line: str) -> bool:
    return bool(_SALUTATION.match(line) and _SALUTATION_WORDS.search(line))


_TITLE_ENDINGS = ("报告", "报告（草案）", "（草案）", "草案", "报告(草案)")


def _title_like(text: str) -> bool:
    return len(text) <= 50 and not re.search("[。；，,;]", text) and not match_heading(text)


def _overlaps(a: str, b: str) -> bool:
    """Two titles that are near copies: one holds the other, or they share most characters."""
    if a in b or b in a:
        return True
    shared = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    return shared >= 0.6 * min(len(a), len(b))


def _name_line(raw: str) -> str:
    """A line holding only a person's name (two to four Han characters, maybe spaced)."""
    name = re.sub(r"[ \t\u00a0\u3000]|&nbsp;", "", raw)
    return name if re.fullmatch(f"[{HAN}·]{{2,5}}", name) else ""


@dataclass(frozen=True)
class Speaker:
    affiliation: str = ""
    role: str = ""
    name: str = ""


def parse_speaker(raw_line: str) -> Speaker | None:
    """``朝阳区发展和改革委员会主任  魏思源`` → affiliation, role, name; None if not a speaker line."""
    line = re.sub(r"&nbsp;|&#160;", " ", raw_line, flags=re.IGNORECASE).strip(" \t\u00a0\u3000")
    if not line or len(line) > 60 or re.search(r"[，。；：:,;!?！？“”]", line):
        return None
    tokens = [t for t in re.split(r"[ \t\u00a0\u3000]+", line) if t]
    head, name = tokens[0], ""
    rest = tokens[1:]
    # A name padded with spaces: "王  明" → two one-character tokens.
    if rest and all(re.fullmatch(f"[{HAN}·]+", t) for t in rest):
        candidate = "".join(rest)
        if 2 <= len(candidate) <= 5:
            name = candidate
        else:
            head = "".join(tokens)
    elif rest:
        return None
    role = next((w for w in _ROLE_WORDS if head.endswith(w)), "")
    affiliation = head[: len(head) - len(role)]
    if not role:
        # No space: "区财政局局长王明" — a role word followed by a short name.
        for word in _ROLE_WORDS:
            m = re.search(f"{word}([{HAN}]{{2,4}})$", head)
            if m and not name:
                role, name = word, m.group(1)
                affiliation = head[: m.start()]
                break
    if not (role or _ORG_SUFFIX.search(affiliation)):
        return None
    if not (role or name) and not affiliation.endswith(
        ("委员会", "政府", "局", "厅", "办公室", "委", "部", "院")
    ):
        return None
    return Speaker(affiliation=affiliation, role=role, name=name)


# ---- headings -------------------------------------------------------------------------

_LADDER: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"^([{CN_DIGITS}]{{1,3}})[、．.，,]\s*")),
    (2, re.compile(rf"^[（(]\s*([{CN_DIGITS}]{{1,3}})\s*[）)]\s*")),
    (3, re.compile(r"^(\d{1,2})\s*[.．、](?![\d%])\s*")),
    (4, re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*")),
]
_LABELS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}
#: An unnumbered part heading: "第一部分 …", "附件"…, or a short line that ends no sentence.
_PART_HEADING = re.compile(rf"^(第[{CN_DIGITS}\d]+(部分|章|篇))")
_MAX_HEADING = 60
_MAX_LEAD = 30


@dataclass(frozen=True)
class HeadingMatch:
    level: int
    value: int
    number: str  # normalized label
    rest: str


def match_heading(line: str) -> HeadingMatch | None:
    """The ladder level and label of a numbered line, or None."""
    for level, pattern in _LADDER:
        m = pattern.match(line)
        if not m:
            continue
        rest = line[m.end() :]
        if not rest or (level == 1 and rest[0] in "是者来则"):  # 一是…, 一来…
            return None
        # "1.5万人" and "3、4月" are not headings; a level-3 label must start a text.
        if level == 3 and (re.match(r"[\d月日号年%]", rest)):
            return None
        try:
            value = _number(m.group(1))
        except (ValueError, TypeError):
            return None
        label = _LABELS[level].format(unicodedata.normalize("NFKC", m.group(1)))  # １ → 1
        if level == 3 and "、" in m.group(0):
            label = f"{unicodedata.normalize('NFKC', m.group(1))}、"  # "1、" keeps its mark; "1．" folds to "1."
        return HeadingMatch(level, value, label, rest)
    return None


#: A line at least this long that ends inside a sentence was wrapped, not ended.
_MIN_WRAPPED = 16


def _is_list_item(first_sentence: str) -> bool:
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


def split_first_sentence(text: str) -> tuple[str, str]:
    """(first sentence with its end mark, the rest); the rest is empty if there is one sentence."""
    depth = 0
    for i, ch in enumerate(text):
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


def lead_of(text: str) -> str:
    """The run-in lead of a topic paragraph: a short, comma-free opening sentence."""
    first, rest = split_first_sentence(text)
    if not rest.strip() or not first.endswith(("。", "！", ".")):
        return ""
    if len(first) > _MAX_LEAD or len(first) < 5 or re.search("[，,；;：:？?]", first):
        return ""
    if re.search(r"[0-9０-９%％]", first):
        return ""  # a sentence with figures states a fact; a topic sentence names a topic
    return first


# ---- the parse ------------------------------------------------------------------------


@dataclass
class Line:
    number: int  # 1-based line number in the source
    text: str  # cleaned
    raw: str
    blank_before: bool = False


@dataclass
class _Section:
    level: int
    number: str
    heading: str
    line: int
    run_in: bool = False
    paragraphs: list[str] = field(default_factory=list)
    children: list[_Section] = field(default_factory=list)


@dataclass
class Parsed:
    title: str = ""
    subtitle: str = ""
    date: tuple[str, str] | None = None
    occasion: str = ""
    speaker: Speaker | None = None
    salutation: str = ""
    intro: list[str] = field(default_factory=list)
    sections: list[_Section] = field(default_factory=list)
    closing: str = ""
    dropped: list[tuple[str, int, str]] = field(default_factory=list)  # (reason, line, text)
    warnings: list[tuple[int, str]] = field(default_factory=list)


#: Characters XML 1.0 cannot hold; recorded as dropped by code point.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _remove_illegal(text: str, dropped: list[tuple[str, int, str]]) -> str:
    """Form feeds and vertical tabs are layout; other control characters are dropped by name."""
    # A form feed is a page break of the text it came from: nothing inside a
    # line (the text flows on), a line break between lines.
    text = re.sub(r"\n?\f\n?", lambda m: "\n" if m.group(0) != "\f" else "", text).replace(
        "\v", "\n"
    )
    if not _XML_ILLEGAL.search(text):
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        for ch in _XML_ILLEGAL.findall(line):
            dropped.append(("control-character", number, f"U+{ord(ch):04X}"))
        lines[number - 1] = _XML_ILLEGAL.sub("", line)
    return "\n".join(lines)


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    blank = False
    for number, raw in enumerate(text.split("\n"), 1):
        cleaned = clean_line(raw)
        if not cleaned:
            blank = True
            continue
        out.append(Line(number, cleaned, raw, blank_before=blank))
        blank = False
    return out


class _Parser:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.out = Parsed()
        self.lines = _lines(_remove_illegal(source.text, self.out.dropped))

    # -- furniture

    def drop_furniture(self) -> None:
        kept: list[Line] = []
        for line in self.lines:
            reason = furniture_reason(line.text)
            if reason:
                self.out.dropped.append((reason, line.number, line.raw.strip()))
            elif kept and line.text == kept[-1].text and len(line.text) > 1:
                self.out.dropped.append(("duplicate", line.number, line.raw.strip()))
                self.out.warnings.append((line.number, "line repeats the line before it; dropped"))
            else:
                kept.append(line)
        self.lines = kept

    # -- title block

    def _is_anchor(self, index: int) -> bool:
        """A line that only follows a title: a subtitle, a speaker line, a salutation, a heading."""
        line = self.lines[index]
        return bool(
            is_subtitle(line.text)
            or is_salutation(line.text)
            or match_heading(line.text)
            or (index > 0 and parse_speaker(line.raw))
        )

    def _title_lines(self) -> tuple[int, int]:
        """(first, end) indices of the title lines.

        The title stands right above the first anchor line (subtitle, speaker,
        salutation or first heading): up to three short lines without a full
        stop.  A line above them that ends like a title (``…报告``) is another
        title — a web page's own — and not part of this one.
        """
        lines = self.lines
        anchor = next((i for i in range(min(len(lines), 12)) if self._is_anchor(i)), None)
        if anchor is None:  # no title block to lean on: read forward
            end = 0
            while end < min(len(lines), 3) and _title_like(lines[end].text):
                end += 1
                if lines[end - 1].text.endswith(_TITLE_ENDINGS):
                    break
            return 0, end
        first = anchor
        while first > 0 and anchor - first < 3 and _title_like(lines[first - 1].text):
            if first < anchor and lines[first - 1].text.endswith(_TITLE_ENDINGS):
                break
            first -= 1
        return first, anchor

    def title_block(self) -> int:
        """Parse title, subtitle, speaker and salutation; return the index of the first body line."""
        lines = self.lines
        first, i = self._title_lines()
        title = [line.text for line in lines[first:i]]
        if not title:
            self.out.warnings.append((lines[0].number if lines else 1, "no title found"))
        self.out.title = normalize_punctuation("".join(title))
        # Lines above the title: a web page's own title (a near copy) or page text.
        for line in lines[:first]:
            if self.out.title and _overlaps(line.text, self.out.title):
                self.out.dropped.append(("duplicate", line.number, line.raw.strip()))
                self.out.warnings.append((line.number, "a second title above the title; dropped"))
            else:
                self.out.dropped.append(("web-metadata", line.number, line.raw.strip()))
                self.out.warnings.append((line.number, "text above the title; dropped"))
        # A title printed twice (page header, then heading) keeps one copy.
        while (
            i < len(lines)
            and self.out.title
            and normalize_punctuation(lines[i].text) == self.out.title
        ):
            self.out.dropped.append(("duplicate", lines[i].number, lines[i].raw.strip()))
            i += 1
        for _ in range(2):  # subtitle and speaker, in either order
            if i < len(lines) and not self.out.subtitle and is_subtitle(lines[i].text):
                i = self._subtitle(i)
            elif i < len(lines) and not self.out.speaker and not is_salutation(lines[i].text):
                speaker = parse_speaker(lines[i].raw)
                if speaker:
                    i += 1
                    wants_name = speaker.role and not speaker.name and i < len(lines)
                    name = _name_line(lines[i].raw) if wants_name else ""
                    if name:  # "某区人民政府区长" / "王  强"
                        speaker = Speaker(speaker.affiliation, speaker.role, name)
                        i += 1
                    self.out.speaker = speaker
        if i < len(lines) and is_salutation(lines[i].text):
            self.out.salutation = normalize_punctuation(lines[i].text)
            i += 1
        elif i < len(lines):
            # Text pasted without line breaks: "各位委员：一、执行情况……".
            m = re.match(r"^([^，。；：:]{2,30}[:：])(.+)$", lines[i].text)
            if m and is_salutation(m.group(1)):
                self.out.salutation = normalize_punctuation(m.group(1))
                rest = Line(lines[i].number, m.group(2).strip(), lines[i].raw)
                self.lines[i] = rest
                self.out.warnings.append((rest.number, "salutation runs into the text; split"))
        return i

    def _subtitle(self, i: int) -> int:
        """Read the subtitle at line ``i`` (joined with its second line if split); return the next index."""
        lines = self.lines
        subtitle = lines[i].text
        i += 1
        while (
            i < len(lines)
            and not re.search(r"(上|讲话|报告|发言)[）)]?$", subtitle)
            and len(lines[i].text) < 40
            and not is_salutation(lines[i].text)
            and not parse_speaker(lines[i].raw)
            and not match_heading(lines[i].text)
        ):
            subtitle += lines[i].text
            i += 1
        self.out.subtitle = normalize_punctuation(subtitle)
        self.out.date = parse_date(subtitle)
        core = _SUBTITLE_START.sub("", subtitle).strip("（）() ")
        m = _OCCASION.search(core)
        if m:
            self.out.occasion = normalize_punctuation(m.group(1))
        return i

    # -- body

    def split_glued(self, line: Line, expected: set[str]) -> list[Line]:
        """Split a line pasted without breaks at unambiguous heading markers and page numbers."""
        text = line.text
        pieces: list[str] = []

        # Page numbers (and a running head equal to the title) glued into the text.
        def drop(m: re.Match[str]) -> str:
            found = m.group(0)
            self.out.dropped.append(("page-furniture", line.number, found.strip()))
            self.out.warnings.append(
                (line.number, f"page number {found.strip()!r} inside the text; dropped")
            )
            return ""

        text = _GLUED_PAGE_NUMBER.sub(drop, text)
        # A running head (the title) glued into a long line pasted from a PDF.
        if len(text) > 80 and len(self.out.title) >= 8 and self.out.title in text:
            for _ in range(text.count(self.out.title)):
                self.out.dropped.append(("page-furniture", line.number, self.out.title))
            self.out.warnings.append((line.number, "running head inside the text; dropped"))
            text = text.replace(self.out.title, "")
        start = 0
        own = match_heading(text)
        if own:
            expected = _expected_after(own, expected)
        for m in re.finditer(
            rf"(?<=[{SENTENCE_END}])\s*(?=[（(]?[{CN_DIGITS}\d]{{1,3}}[）)、.．])", text
        ):
            head = match_heading(text[m.end() :])
            if head and head.number in expected:
                pieces.append(text[start : m.start()])
                start = m.end()
                expected = _expected_after(head, expected)
        pieces.append(text[start:])
        if len(pieces) > 1:
            self.out.warnings.append(
                (line.number, f"{len(pieces) - 1} heading(s) found inside one line; split there")
            )
        return [
            Line(line.number, p.strip(), line.raw, line.blank_before) for p in pieces if p.strip()
        ]

    def body(self, start: int) -> None:
        stack: list[_Section] = []
        expected = {"一、", "（一）", "1.", "（1）"}
        last_kind = "heading"  # what the previous kept line became
        pending: list[Line] = list(self.lines[start:])
        while pending:
            raw_line = pending.pop(0)
            pieces = self.split_glued(raw_line, expected)
            line, rest = pieces[0], pieces[1:]
            pending[:0] = rest
            text = line.text
            heading = match_heading(text)
            if heading:
                expected = _expected_after(heading, expected)
                title, after = split_first_sentence(heading.rest)
                run_in = bool(after.strip())
                if heading.level >= 3 and _is_list_item(title):
                    # "（1）增值税完成72.5亿元，增长6.1%。": a numbered sentence, not a heading.
                    target = stack[-1].paragraphs if stack else self.out.intro
                    target.append(normalize_punctuation(text))
                    last_kind = "paragraph"
                    continue
                if not run_in and len(title) > _MAX_HEADING:
                    self.out.warnings.append(
                        (line.number, f"heading {heading.number} is {len(title)} characters long")
                    )
                section = _Section(
                    heading.level,
                    heading.number,
                    normalize_punctuation(title),
                    line.number,
                    run_in=run_in,
                )
                while stack and stack[-1].level >= heading.level:
                    stack.pop()
                (stack[-1].children if stack else self.out.sections).append(section)
                stack.append(section)
                if run_in:
                    section.paragraphs.append(normalize_punctuation(after.strip()))
                last_kind = "paragraph" if run_in else "heading"
                continue
            if self._is_part_heading(line, pending, last_kind):
                section = _Section(1, "", normalize_punctuation(text), line.number)
                stack.clear()
                self.out.sections.append(section)
                stack.append(section)
                last_kind = "heading"
                continue
            target = stack[-1].paragraphs if stack else self.out.intro
            text = normalize_punctuation(text)
            # A paragraph never ends inside a sentence: a line after one that does
            # continues it (a hard wrap), even across a dropped page number.
            unfinished = bool(target) and not target[-1].endswith(tuple(PARAGRAPH_END))
            if (
                last_kind == "paragraph"
                and unfinished
                and (not line.blank_before or len(target[-1]) >= _MIN_WRAPPED)
            ):
                target[-1] += text  # a hard-wrapped line continues its paragraph
            else:
                target.append(text)
            last_kind = "paragraph"
        self._take_closing()

    def _is_part_heading(self, line: Line, pending: list[Line], last_kind: str) -> bool:
        text = line.text
        if _PART_HEADING.match(text) and len(text) <= _MAX_HEADING:
            return True
        if len(text) > 24 or text[-1] in PARAGRAPH_END or re.search("[，。；：,;:]", text):
            return False
        if last_kind == "paragraph" and not line.blank_before:
            return False  # the end of a hard-wrapped paragraph
        return bool(pending) and len(pending[0].text) > len(text)

    def _take_closing(self) -> None:
        """The last paragraph, when it addresses the audience again, is the closing."""
        holder = self.out.intro
        node: list[_Section] = self.out.sections
        while node:
            holder = node[-1].paragraphs if not node[-1].children else holder
            if not node[-1].children:
                break
            node = node[-1].children
        if not holder:
            return
        last = holder[-1]
        address = self.out.salutation.rstrip("：:")
        if (address and last.startswith(address)) or re.match(
            r"^(各位代表|各位委员|同志们|主任、|各位领导|以上报告|特此报告)", last
        ):
            self.out.closing = holder.pop()

    def parse(self) -> Parsed:
        self.drop_furniture()
        if not self.lines:
            return self.out
        first_body = self.title_block()
        self.body(first_body)
        return self.out


def _expected_after(head: HeadingMatch, expected: set[str]) -> set[str]:
    """Labels that may follow ``head`` unambiguously: its successor, and each deeper first label."""
    nxt = {
        1: "{}、",
        2: "（{}）",
        3: "{}.",
        4: "（{}）",
    }
    result = {label for label in expected if _label_level(label) < head.level}
    successor = head.value + 1
    digits = cn2an.an2cn(successor) if head.level in (1, 2) else str(successor)
    result.add(nxt[head.level].format(digits))
    for level in range(head.level + 1, 5):
        result.add(nxt[level].format("一" if level in (1, 2) else "1"))
    return result


def _label_level(label: str) -> int:
    m = match_heading(label + "x")
    return m.level if m else 0


# ---- XML ------------------------------------------------------------------------------


def _el(parent: etree._Element, tag: str, text: str = "", **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, q(tag), {k.replace("_", "-"): v for k, v in attrs.items()})
    if text:
        element.text = text
    return element


def _paragraph(parent: etree._Element, text: str, with_lead: bool) -> None:
    p = _el(parent, "p")
    lead = lead_of(text) if with_lead else ""
    if lead:
        _el(p, "lead", lead).tail = text[len(lead) :]
    else:
        p.text = text


def _indent(element: etree._Element, depth: int = 0) -> None:
    """Newlines and indentation between structural elements only, never inside text."""
    structural = {"report", "meta", "speaker", "body", "section"}
    if etree.QName(element).localname not in structural or len(element) == 0:
        return
    pad = "\n" + "  " * (depth + 1)
    element.text = pad
    for child in element:
        _indent(child, depth + 1)
        child.tail = pad
    element[-1].tail = "\n" + "  " * depth


def to_xml(parsed: Parsed, source: Source) -> etree._Element:
    root = etree.Element(q("report"), nsmap=NSMAP)
    root.set(f"{{{XML_NS}}}lang", "zh-CN")
    root.set("version", "1")
    meta = _el(root, "meta")
    _el(meta, "title", parsed.title or source.name.rsplit(".", 1)[0])  # no title: the file's stem
    if parsed.subtitle:
        _el(meta, "subtitle", parsed.subtitle)
    if parsed.date:
        _el(meta, "date", parsed.date[1], when=parsed.date[0])
    if parsed.occasion:
        _el(meta, "occasion", parsed.occasion)
    if parsed.speaker:
        speaker = _el(meta, "speaker")
        for key in ("affiliation", "role", "name"):
            value = getattr(parsed.speaker, key)
            if value:
                _el(speaker, key, normalize_punctuation(value))
    _el(meta, "source", name=source.name, sha256=source.sha256, encoding=source.encoding)
    for reason, line, text in sorted(parsed.dropped, key=lambda d: d[1]):
        _el(meta, "dropped", text, reason=reason, line=str(line))
    for line, message in parsed.warnings:
        _el(meta, "warning", message, line=str(line))

    body = _el(root, "body")
    if parsed.salutation:
        _el(body, "salutation", parsed.salutation)
    for text in parsed.intro:
        _paragraph(body, text, with_lead=False)

    def add(parent: etree._Element, sections: list[_Section], prefix: str) -> None:
        for index, section in enumerate(sections, 1):
            sid = f"{prefix}-{index}" if prefix else f"s{index}"
            attrs = {"id": sid, "level": str(section.level)}
            if section.number:
                attrs["number"] = section.number
            element = _el(parent, "section", **attrs)
            heading = _el(element, "heading", section.heading)
            if section.run_in:
                heading.set("run-in", "true")
            # Paragraphs before a section's subsections introduce it: no run-in leads there.
            topical = not section.children
            for n, text in enumerate(section.paragraphs):
                _paragraph(element, text, with_lead=topical and not (section.run_in and n == 0))
            add(element, section.children, sid)

    add(body, parsed.sections, "")
    if parsed.closing:
        _el(body, "closing", parsed.closing)
    _indent(root)
    return root


def normalize(source: Source) -> tuple[etree._Element, list[tuple[int, str]]]:
    """Decoded source → (semantic XML root, warnings as (line, message))."""
    parsed = _Parser(source).parse()
    return to_xml(parsed, source), parsed.warnings
