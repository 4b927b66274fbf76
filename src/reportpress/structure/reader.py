"""Read a report out of its lines: find the report proper, then its title block, body and end.

Order of work, as an editor reads a pasted page: drop the lines that are
furniture wherever they stand; find where the report starts (its salutation,
else its first heading or prose) and read the title block above it; find
where it ends (the page's trailing apparatus); then read the body under the
numbering ladder, with the closing and any appendix (glossary, list of
projects) after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, deque

from reportpress import patterns
from reportpress.reportxml import CELL_SEPARATOR
from reportpress.structure.furniture import lexicon
from reportpress.structure.headings import (
    MAX_HEADING,
    MAX_LEAD,
    PART_HEADING,
    SPACE_GAP_RE,
    expected_after,
    is_lead_sentence,
    is_list_item,
    match_heading,
    split_heading_title,
)
from reportpress.structure.parts import Paragraph, Parsed, Section, SourceLine
from reportpress.structure.text import (
    CN_DIGITS,
    PARAGRAPH_END,
    SENTENCE_END,
    clean_line,
    collapse_spaces,
    normalize_punctuation,
)
from reportpress.structure.titleblock import (
    MAX_SUBTITLE,
    Speaker,
    bracketed_prose_start,
    ends_like_title,
    furniture_reason,
    glued_prose_start,
    han_count,
    is_salutation,
    is_subtitle,
    is_vocative,
    name_line,
    occasion_of,
    overlaps,
    parse_date,
    parse_speaker,
    salutation_run_on_start,
    signature_date,
    split_glued_title,
    title_furniture,
    title_like,
    title_score,
    titled_salutation_start,
)

#: A line opening with a dashed subtitle (——…侧记) before a space.
DASHED_OPENING_RE = patterns.compile(r"[—－-]{2}[^ 。，]{2,40} ")
#: How many lines a numbered sentence wrapped inside its bracket is read over, at most.
_MAX_WRAPPED_LINES = 3


def _runs_on(text: str) -> bool:
    """Whether the line ``text`` ends inside a sentence's clause: after a comma, or inside
    a bracket it opened (no heading ends so)."""
    if text.rstrip()[-1:] in ("，", ",", "、"):
        return True
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


#: Longer than a portal's line of keywords, as a sentence of prose is.
_LONG_LINE = 40
#: A figure with a decimal point or a unit of money or percent (744.94亿元, 6.3%).
_FIGURE_RE = patterns.compile(r"[0-9]\.[0-9]|[0-9](?:%|亿|万)")


def _ascii_clauses(text: str) -> bool:
    """Prose punctuated in ASCII (…,同比增长6.3%): two clause marks, or one in a long line
    or with a figure; a portal's line (…全文,…解读) has one at most, short, no figure."""
    marks = text.count(",") + text.count(";")
    return marks >= 2 or (
        marks == 1 and (len(text) > _LONG_LINE or _FIGURE_RE.search(text) is not None)
    )


#: A line that is only a dashed caption (——工业生产快速增长，企业效益明显回升): in the
#: body, economic releases head their sections so.
DASHED_CAPTION_RE = patterns.compile(r"[—－]{2}[^。；;！!？?—－]{4,40}")
#: A sentence's end: a line holding one is prose, whatever opens it.
SENTENCE_END_RE = patterns.compile(f"[{SENTENCE_END}]")
#: A line at least this long that ends inside a sentence was wrapped, not ended.
_MIN_WRAPPED = 16
#: A table's cell on a line of its own (:func:`_cell_runs`): short, no mark of a sentence,
#: and a figure alone; how many lines make a run of cells, and how many figures among them.
_CELL_LINE = patterns.compile(r"[^，。；！？：,;!?:]{1,16}")
_FIGURE_ALONE = patterns.compile(r"[-+－]?[0-9０-９][0-9０-９.．]*[%％]?")
_CELL_RUN = 6
_CELL_FIGURES = 3
#: The longest line read as a running head (:meth:`Reader.drop_furniture`).
_RUNNING_HEAD_MAX = 60
#: The shortest: a unit or a word said again beside a number (亿元) is no running head.
_RUNNING_HEAD_MIN = 4
#: A printed table of contents' title, and an entry of it: its words, a leader of dots or
#: dashes, a page number (一、综合……………1).  Two entries in a row, or one under the title,
#: make a table of contents.
_CONTENTS_TITLES = frozenset({"目录", "目次"})
_CONTENTS_ENTRY = patterns.compile(r"^.{1,80}?[.．…·‥⋯_—-]{4,} ?(?:第 ?)?\d{1,4} ?页?$")
#: How far into the text the title block may reach, in kept lines.
_TITLE_REACH = 60
#: A breadcrumb ending with the headline (:meth:`Reader._title_from_crumb`): how far down
#: the source it may stand, and how many Han characters its last step needs (a section's
#: name, 新闻中心 or 政府信息公开, is shorter than a headline).
_CRUMB_TITLE_REACH = 10
_CRUMB_TITLE_MIN = 8
#: A page number glued into running text: ``— 3 —``, ``- 12 -``; not between digits,
#: so dates (2024-06-30) and ranges (2024—2025—2026) stay.  No leading ``\s*``:
#: a pattern that starts with a run of spaces backtracks over every space.
#: Marks that quote a title cited in a sentence (《…》, “…”): such a title is text.
_QUOTE_OPENINGS, _QUOTE_CLOSINGS = "《〈“「『", "》〉”」』"
_GLUED_PAGE_NUMBER = patterns.compile(r"(?<![\d－-])[—–－-]{1,2} ?\d{1,4} ?[—–－-]{1,2}(?![\d－-])")
_GLUED_HEADING = patterns.compile(
    rf"(?<=[{SENTENCE_END}])[ \u3000]?(?=[（(]?[{CN_DIGITS}\d]{{1,3}}[）)、.．])"
)  # (a space a copy left after the full stop: 。 (一)…)
#: The start of a heading label standing alone on a line: "（", "（三", "三、", "（1）".
_LABEL_FRAGMENT = patterns.compile(
    rf"^(?:[（(]|[（(]?[{CN_DIGITS}0-9０-９]{{1,3}}[）)、.．]|[（(][{CN_DIGITS}0-9０-９]{{1,3}})$"
)
#: An appendix label on its own line: 附件, 附件1, 附录二.
_APPENDIX_LABEL = patterns.compile(
    r"^(附件|附录|附表)\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?$"
)
#: The title of notes after a report: 注释, 名词解释, 《…》有关内容名词注释 (a colon after it,
#: as a communiqué prints it: 注释：).
_NOTES_TITLE = patterns.compile(
    r"^(注释|注解|附注|名词解释|名词注释|.{0,30}(名词解释|名词注释|注释|词语解释))[:：]?$"
)
#: A paragraph of notes opening with its first numbered note (注：(1)本公报所列…).
NOTES_OPENING_RE = patterns.compile(r"^(?:注|说明|附注|附件)[：:]\s*")
#: A note printed under a title: （草案）, （书面）, （摘要）.
_TITLE_NOTE = patterns.compile(
    r"^[（(](草案|征求意见稿|送审稿|讨论稿|修订稿|书面|摘要|节选|全文)[）)]$"
)
#: A list's item written with a bullet (- 学校16.01万所，…; • 招生…): a paragraph of its own,
#: not the wrapped end of the line before (a digit after the mark is a minus sign).
_BULLET_RE = patterns.compile(r"^[-－•·●▪◆■]\s*[\u4e00-\u9fff]")
#: Words that open a closing paragraph when it does not address the audience by name.
_CLOSING_CUES = patterns.compile(r"^(各位|同志们|以上报告|特此报告|以上)|让我们")


def _signs_above_date(text: str, pending: deque[SourceLine]) -> bool:
    """Whether ``text`` is the body signing, with its date alone on the next line waiting
    (某区发展和改革委员会 / 2024年8月22日)."""
    return bool(pending) and signature_date(text, pending[0].text) is not None


class Reader:
    def __init__(self, lines: list[SourceLine], parsed: Parsed) -> None:
        self.lines = lines
        self.out = parsed
        #: Indices (into the kept lines) where a trailer line such as 相关报道： stood.
        self.trailer_marks: list[int] = []

    def drop(self, reason: str, line: SourceLine, warn: str = "") -> None:
        """Record a line as dropped: as it came, or (a piece split off a line) its text."""
        whole = clean_line(line.raw) == line.text
        self.out.dropped.append((reason, line.number, line.raw.strip() if whole else line.text))
        if warn:
            self.out.warnings.append((line.number, warn))

    # -- furniture anywhere

    def drop_furniture(self) -> None:
        words = lexicon()
        kept: list[SourceLine] = []
        value_next = False
        lines = self.lines
        reasons = [words.reason(line.text) for line in lines]
        texts = [line.text for line in lines]
        numbered = [  # page numbers, not figures a PDF put on a line of their own (46 / 亿元)
            reason == "page-furniture"
            and not (0 < i < len(texts) - 1 and _figure_broken_off(*texts[i - 1 : i + 2]))
            for i, reason in enumerate(reasons)
        ]
        apparatus = _printed_apparatus(texts, numbered)
        cells = _cell_runs(texts)
        for index, line in enumerate(lines):
            if index in apparatus:
                self.drop("page-furniture", line)
                continue
            if index in cells:  # a table's cell (a number in it is no page number): a row
                if run := cells[index]:
                    kept.append(
                        SourceLine(
                            line.number,
                            CELL_SEPARATOR.join(lines[i].text for i in run),
                            CELL_SEPARATOR.join(lines[i].raw.strip() for i in run),
                            line.blank_before,
                        )
                    )
                continue
            if value_next and len(line.text) <= 40 and not match_heading(line.text):
                value_next = False
                self.drop("web-metadata", line)  # the value under a label line
                continue
            value_next = False
            reason = reasons[index]
            if (
                reason == "page-furniture"
                and kept
                and index + 1 < len(lines)
                and _figure_broken_off(kept[-1].text, line.text, lines[index + 1].text)
            ):
                reason = None
            if reason == "web-metadata" and kept and signature_date(kept[-1].text, line.text):
                reason = None  # the date a report is signed with, under the body signing it
            if (
                not reason
                and line.text.rstrip("）)").endswith("摄")
                and words.is_caption(line.text)
            ):
                reason = "photo-caption"  # a photo's caption anywhere: "…本报记者 某某 摄"
            if reason and words.trailer.match(line.text):
                self.trailer_marks.append(len(kept))  # where the page's apparatus may start
                self.drop(reason, line)
            elif reason and _cell_of_a_bar_table(kept, lines, index):
                kept.append(line)  # "/ |", "|": an empty cell, or the close of one, in a table
            elif reason:
                self.drop(reason, line)
                value_next = words.label_alone.match(line.text) is not None
            elif kept and line.text == kept[-1].text and len(line.text) > 1:
                self.drop("duplicate", line, "line repeats the line before it; dropped")
            else:
                kept.append(line)
        self.lines = kept

    # -- the title block

    def _block_end(self) -> int:
        """Index of the first line of the report proper: the salutation, else the first
        heading or prose paragraph (a photo caption is not prose)."""
        lines = self.lines
        reach = min(len(lines), _TITLE_REACH)
        for i in range(reach):
            text = lines[i].text
            if is_salutation(text) or (
                re.match(r"^[^，。；：:]{2,30}[:：].", text)
                and is_salutation(re.split("[:：]", text, maxsplit=1)[0] + "：")
            ):
                return i
            # Without a salutation, the report starts at its first heading or prose.
            if i and PART_HEADING.match(text) and len(text) <= MAX_HEADING:
                return i  # 第一章 发展基础: a chapter's heading under the title
            head = match_heading(text)
            if head and head.level <= 2 and not furniture_reason(text):
                return i
            if _BULLET_RE.match(text) and not is_subtitle(text):
                return i  # a list's first item (- 学校1.6万所，…)
            if (
                (len(text) > 20 or len(text) >= 8 and text[-1] in SENTENCE_END)  # a sentence ends
                and (re.search("[。；，！？]", text) or _ascii_clauses(text))
                and not furniture_reason(text)
                and not is_subtitle(text)
                and not title_like(text)
                and not split_glued_title(lines[i].raw)
            ):
                return i
        return 0 if not lines else min(len(lines), 3)

    def title_block(self) -> int:
        """Read title, subtitle, speaker and salutation; return the index of the first body line."""
        self._split_glued_prose()
        lines = self.lines
        end = self._block_end()
        roles: list[str] = []  # per line of the block: title, subtitle, speaker, furniture
        for i in range(end):
            line = lines[i]
            glued = split_glued_title(line.raw)
            if glued and not self.out.subtitle:
                title, subtitle, speaker = glued
                if title:
                    self.out.warnings.append((line.number, "title and subtitle on one line; split"))
                self._set_subtitle(subtitle)
                if speaker:
                    self.out.speaker = parse_speaker(speaker)
                roles.append("glued-title")
                self._glued_title = title
            elif not self.out.subtitle and is_subtitle(line.text):
                roles.append("subtitle")
            elif not self.out.speaker and parse_speaker(line.raw) and i > 0:
                roles.append("speaker")
            elif furniture_reason(line.text):
                roles.append("furniture")
            elif title_like(line.text):
                roles.append("title")
            else:
                roles.append("other")
        self._choose_title(roles, end)
        i = end
        if i < len(lines) and is_salutation(lines[i].text):
            self.out.salutation = normalize_punctuation(lines[i].text)
            i += 1
        elif i < len(lines):
            # Text pasted without line breaks: "各位委员：一、执行情况……".
            m = re.match(r"^([^，。；：:]{2,30}[:：])(.+)$", lines[i].text)
            if m and is_salutation(m.group(1)):
                self.out.salutation = normalize_punctuation(m.group(1))
                self.lines[i] = SourceLine(lines[i].number, m.group(2).strip(), lines[i].raw)
                self.out.warnings.append((lines[i].number, "salutation runs into the text; split"))
        return i

    _glued_title = ""

    def _split_glued_prose(self) -> None:
        """A first line that runs on from a glued title block into the report's prose is
        two lines: the block, then the prose (the body, not the subtitle, holds it)."""
        for i, line in enumerate(self.lines[:3]):
            raw = collapse_spaces(line.raw)  # the speaker's spaces, which the text has lost
            start = glued_prose_start(raw) if split_glued_title(raw) else 0
            if not start and DASHED_OPENING_RE.match(raw) and SENTENCE_END_RE.search(raw):
                # ——县人代会开幕侧记 ● 记者… 1月5日…。: a dashed subtitle, then the article
                start = raw.find(" ", 0, MAX_SUBTITLE) + 1
            if not start and i > 0:
                start = bracketed_prose_start(raw)  # (2009年4月10日) 2008年，全区…
            if not start:
                start = salutation_run_on_start(raw)  # …会议上 区长 魏明|各位代表:现在，…
            if not start and i == 0:
                start = titled_salutation_start(raw)  # 关于…的报告|各位代表：受…委托，…
            if start:
                block, prose = raw[:start].strip(), raw[start:].strip()
                self.lines[i : i + 1] = [
                    SourceLine(line.number, clean_line(block), block, line.blank_before),
                    SourceLine(line.number, clean_line(prose), prose),
                ]
                self.out.warnings.append((line.number, "the text runs on after the title; split"))
                return

    def _set_subtitle(self, subtitle: str) -> None:
        self.out.subtitle = normalize_punctuation(subtitle)
        self.out.date = parse_date(subtitle)
        occasion = occasion_of(subtitle)
        if occasion:
            self.out.occasion = normalize_punctuation(occasion)

    def _choose_title(self, roles: list[str], end: int) -> None:
        """Pick the title among candidate runs by score; read subtitle and speaker; drop the rest."""
        lines = self.lines
        for i, role in enumerate(roles):
            if role == "subtitle" and not self.out.subtitle:
                self._read_subtitle(i, roles)  # first: its second line is not a title
                roles[i] = "subtitle-read"
        anchors = {"subtitle", "subtitle-read", "speaker", "glued-title"}
        # Runs of consecutive title lines (furniture between them does not break a run);
        # a line that ends like a title closes its run: the next title line starts another.
        runs: list[list[int]] = []
        current: list[int] = []
        for i, role in enumerate(roles):
            if (
                role == "title"
                and _TITLE_NOTE.match(lines[i].text)
                and runs
                and runs[-1][-1] == i - 1
            ):
                runs[-1].append(i)  # "（草案）" under a title that ended
            elif role == "title":
                if current and len(lines[current[-1]].text) < 8:
                    runs.append(current)  # a title breaks for length; a short line is a label
                    current = []
                current.append(i)
                if ends_like_title(lines[i].text) or len(current) == 3:
                    runs.append(current)
                    current = []
            elif role != "furniture" and current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)

        def next_role(run: list[int]) -> str:
            for role in roles[run[-1] + 1 :]:
                if role != "furniture" and role != "title":
                    return role
                if role == "title":
                    return "title"
            return "end"

        chosen: list[int] = []
        if "glued-title" in roles and self._glued_title:
            self.out.title = normalize_punctuation(self._glued_title)
        elif runs:
            scored = [
                (
                    title_score(
                        "".join(lines[i].text for i in run),
                        next_role(run) in anchors | {"end"},
                        run[0],
                    ),
                    run,
                )
                for run in runs
            ]
            chosen = max(scored)[1]
            self.out.title = normalize_punctuation(
                " ".join(collapse_spaces(lines[i].raw) for i in chosen)
            )
            if len(chosen) > 1:
                self.out.title = normalize_punctuation(
                    "".join(collapse_spaces(lines[i].raw) for i in chosen)
                )
        glued = roles.index("glued-title") if "glued-title" in roles else None
        self._cut_title_furniture(
            [lines[i] for i in chosen] if chosen else [] if glued is None else [lines[glued]]
        )
        title_key = self.out.title.replace(" ", "")
        for i, role in enumerate(roles):
            line = lines[i]
            if i in chosen or role == "glued-title":
                continue
            if role in ("subtitle-read", "subtitle-cont"):
                continue
            elif role == "speaker" and not self.out.speaker:
                self.out.speaker = parse_speaker(line.raw)
            elif title_key and role == "title" and overlaps(line.text, title_key):
                self.drop("duplicate", line, "a second copy of the title; dropped")
            elif role == "furniture":
                self.drop(furniture_reason(line.text) or "web-metadata", line)
            elif (
                role == "title"
                and self.out.speaker
                and not self.out.speaker.name
                and name_line(line.raw)
            ):
                s = self.out.speaker
                self.out.speaker = Speaker(s.affiliation, s.role, name_line(line.raw))
            elif (
                role == "title"
                and not self.out.speaker
                and name_line(line.raw)
                and i > max(chosen, default=-1)
            ):
                self.out.speaker = Speaker(name=name_line(line.raw))  # a bare name under the title
            else:
                self.drop(
                    "web-metadata", line, "text in the title block that is not the title; dropped"
                )

    def _cut_title_furniture(self, run: list[SourceLine]) -> None:
        """Drop the portal's breadcrumb and metadata around the headline (:func:`title_furniture`)
        from the title read off ``run``, its lines.  A whole line of the run that is
        furniture (a dateline under the headline) is dropped as the line it is; a part glued
        to a line of the headline is dropped with a warning on that line."""
        title = self.out.title
        if not run or not title:
            return
        parts = title_furniture(title)
        if not (parts.lead or parts.run_on):
            return
        self.out.title = parts.headline
        starts = [0] * len(run)  # where each line of the run begins in the title
        if len(run) > 1:
            texts = [collapse_spaces(line.raw) for line in run]
            starts = [len(normalize_punctuation("".join(texts[:k]))) for k in range(len(run))]
        head = title.index(parts.headline) if parts.headline else 0
        for reason, start, end in (
            (parts.lead_reason, 0, head),
            ("web-metadata", head + len(parts.headline), len(title)),
        ):
            cut = title[start:end]
            if not cut.strip():
                continue
            start, end = start + len(cut) - len(cut.lstrip()), end - len(cut) + len(cut.rstrip())
            first = bisect_right(starts, start) - 1  # the lines the furniture is on
            last = bisect_right(starts, end - 1) - 1
            line_end = starts[last + 1] if last + 1 < len(run) else len(title)
            if starts[first] == start and not title[end:line_end].strip():  # lines of their own
                for line in run[first : last + 1]:
                    self.drop(reason, line)
                continue
            self.out.dropped.append((reason, run[first].number, title[start:end]))
            self.out.warnings.append(
                (run[first].number, "page furniture glued to the title; dropped")
            )

    def _title_from_crumb(self) -> None:
        """No title in the title block: a breadcrumb dropped near the top whose last step is
        the headline (``首页 > 新闻 > 某市…增长5.3%``) gives it; the steps before it stay dropped."""
        for k, (reason, number, text) in enumerate(self.out.dropped):
            if number > _CRUMB_TITLE_REACH:
                return
            if reason != "web-navigation":
                continue
            parts = title_furniture(normalize_punctuation(collapse_spaces(text)))
            if (
                parts.lead_reason == "web-navigation"
                and parts.lead
                and not parts.run_on
                and title_like(parts.headline)
                and han_count(parts.headline) >= _CRUMB_TITLE_MIN
            ):
                self.out.title = parts.headline
                self.out.dropped[k] = (reason, number, parts.lead)
                self.out.warnings.append(
                    (number, "no title line; the breadcrumb's last step read as the title")
                )
                return

    def _read_subtitle(self, i: int, roles: list[str]) -> None:
        """The subtitle at line ``i``, joined with its second line when split (roles updated)."""
        lines = self.lines
        subtitle = lines[i].text
        j = i + 1
        while (
            j < len(roles)
            and not re.search(r"(上|讲话|报告|发言)[）)]?$", subtitle)
            and roles[j] in ("title", "other")
            and len(lines[j].text) < 40
        ):
            subtitle += lines[j].text
            roles[j] = "subtitle-cont"
            j += 1
        self._set_subtitle(subtitle)

    # -- the end of the page

    def drop_trailer(self, start: int) -> None:
        """Drop the page's trailing apparatus: after a trailer line (相关报道：, 相关链接>>…),
        the short lines that follow to the end (related titles, links) are not report text."""
        lines = self.lines
        i = len(lines)
        while (
            i > start
            and len(lines[i - 1].text) <= 60
            and not lines[i - 1].text.endswith(("。", "！"))
        ):
            i -= 1  # lines[i:] is the run of short lines at the end
        marks = [m for m in self.trailer_marks if m >= i]
        if not marks:
            return
        for line in lines[min(marks) :]:
            self.drop(furniture_reason(line.text) or "web-navigation", line)
        del lines[min(marks) :]

    # -- the body

    def split_glued(self, line: SourceLine, expected: set[str]) -> list[SourceLine]:
        """Split a line pasted without breaks at unambiguous heading markers and page numbers."""
        text = line.text

        def cut(m: re.Match[str]) -> str:
            found = m.group(0)
            self.out.dropped.append(("page-furniture", line.number, found.strip()))
            self.out.warnings.append(
                (line.number, f"page number {found.strip()!r} inside the text; dropped")
            )
            return ""

        if "-" in text or "—" in text or "–" in text or "－" in text:
            text = clean_line(_GLUED_PAGE_NUMBER.sub(cut, text))
        title = self.out.title
        if len(text) > 80 and len(title) >= 8 and title in text:
            # A title quoted in a sentence (听取了《关于…的报告》) is a citation, not a head.
            head = re.compile(rf"(?<![{_QUOTE_OPENINGS}]){re.escape(title)}(?![{_QUOTE_CLOSINGS}])")
            text, count = head.subn("", text)
            for _ in range(count):
                self.out.dropped.append(("page-furniture", line.number, title))
            if count:
                self.out.warnings.append((line.number, "running head inside the text; dropped"))
        pieces: list[str] = []
        start = 0
        own = match_heading(text)
        if own:
            expected = expected_after(own, expected)
        for m in _GLUED_HEADING.finditer(text):
            head = match_heading(text[m.end() : m.end() + 8] + "x")
            if head and head.number in expected:
                pieces.append(text[start : m.start()])
                start = m.end()
                expected = expected_after(head, expected)
        pieces.append(text[start:])
        if len(pieces) > 1:
            self.out.warnings.append(
                (line.number, f"{len(pieces) - 1} heading(s) found inside one line; split")
            )
        kept = [p.strip() for p in pieces if p.strip()]
        raws = _raw_pieces(line.raw, kept) if len(kept) > 1 else [line.raw]
        return [
            SourceLine(line.number, p, raw, line.blank_before)
            for p, raw in zip(kept, raws, strict=True)
        ]

    def body(self, start: int) -> None:
        stack: list[Section] = []
        expected = {"一、", "（一）", "1.", "（1）"}
        last_kind = "heading"  # what the previous kept line became
        pending: deque[SourceLine] = deque(self.lines[start:])
        appendix = False
        seen_heading = False
        # The ladder level and number of the last numbered line read as a list item (or
        # opening a paragraph of notes, 注：(1)…): the next number of its level is one too.
        listed: tuple[int, int] | None = None
        while pending:
            raw_line = pending.popleft()
            if (
                _LABEL_FRAGMENT.match(raw_line.text)
                and pending
                and match_heading(raw_line.text + pending[0].text)
            ):  # a heading broken inside or after its label: "（" / "三）…", "一、" / "总体要求"
                following = pending.popleft()
                raw_line = SourceLine(
                    raw_line.number,
                    raw_line.text + following.text,
                    raw_line.raw,
                    raw_line.blank_before,
                )
                self.out.warnings.append((raw_line.number, "heading broken over two lines; joined"))
            pieces = self.split_glued(raw_line, expected)
            if not pieces:
                continue
            line = pieces[0]
            pending.extendleft(reversed(pieces[1:]))
            text = line.text
            holder = stack[-1].paragraphs if stack else self.out.intro
            if seen_heading and self._starts_appendix(line, pending, last_kind):
                if not appendix:
                    self._take_closing()
                appendix = True
                # A label alone (附件, 附件2) above its appendix's title is text
                # after the closing (or ending the appendix before), as in the source.
                if (
                    _APPENDIX_LABEL.match(text)
                    and pending
                    and len(pending[0].text) <= MAX_HEADING
                    and title_like(pending[0].text)
                    and not _APPENDIX_LABEL.match(pending[0].text)
                ):
                    label = Paragraph([normalize_punctuation(text)], attachment_label=True)
                    if self.out.appendices:
                        stack[-1].paragraphs.append(label)
                    elif self.out.closing:
                        self.out.after_closing.append(label)
                    else:  # no closing: the report's last paragraph is just before
                        holder.append(label)
                    line = pending.popleft()
                stack = [self._part(line, appendix=True)]
                last_kind = "heading"
                expected = {"一、", "（一）", "1.", "（1）"}
                continue
            row = CELL_SEPARATOR in text  # a table's row pasted as text: a paragraph of its own
            heading = None if row else match_heading(text)
            if heading and heading.level >= 3 and _runs_on(text) and pending:
                # 1、…支出2.89 亿元(区本级2.85 亿元，上级 / 361 万元)，同比增长55.2%。: a
                # numbered sentence wrapped inside its bracket or after a comma; read it
                # whole first
                for _ in range(_MAX_WRAPPED_LINES):
                    if not (pending and _runs_on(text)):
                        break
                    nxt = pending.popleft()
                    text += nxt.text
                    line = SourceLine(line.number, text, line.raw + nxt.raw, line.blank_before)
                heading = match_heading(text)
            if heading and appendix and heading.level >= 3:
                heading = None  # numbered entries of a list or glossary after the report
            if heading:
                expected = expected_after(heading, expected)
                title, after = split_heading_title(
                    heading.rest, heading.level, _spaced_at(line, text, heading.rest)
                )
                # The text after a label before a space (no mark closes it) is the section's
                # first paragraph, under its heading, not printed run in after it.
                run_in = bool(after.strip()) and title[-1:] in _RUN_IN_CLOSERS
                if heading.level >= 3 and (
                    is_list_item(title) or listed == (heading.level, heading.value - 1)
                ):
                    # "（1）增值税完成72.5亿元，增长6.1%。": a numbered sentence, not a heading;
                    # so is the next of a list of them (注：(1)…。(2)…，…。(3)人均…计算。)
                    holder.append(Paragraph([normalize_punctuation(text)]))
                    last_kind = "paragraph"
                    listed = (heading.level, heading.value)
                    continue
                listed = None
                if not run_in and len(title) > MAX_HEADING:
                    self.out.warnings.append(
                        (line.number, f"heading {heading.number} is {len(title)} characters long")
                    )
                section = Section(
                    heading.level,
                    heading.number,
                    normalize_punctuation(title),
                    line.number,
                    run_in,
                    printed=heading.printed,
                )
                while stack and stack[-1].level >= heading.level:
                    stack.pop()
                (stack[-1].children if stack else self.out.sections).append(section)
                stack.append(section)
                if after.strip():
                    section.paragraphs.append(Paragraph([normalize_punctuation(after.strip())]))
                last_kind = "paragraph" if after.strip() else "heading"
                seen_heading = True
                continue
            if not (appendix or row) and self._is_part_heading(line, pending, last_kind, holder):
                stack = [self._part(line)]
                last_kind = "heading"
                seen_heading = True
                continue
            text = normalize_punctuation(text)
            # A paragraph never ends inside a sentence: a line after one that does
            # continues it (a hard wrap), even across a dropped page number.
            if (
                last_kind == "paragraph"
                and holder
                and (text.lstrip().startswith(BARS) or holder[-1].parts[-1].rstrip().endswith(BARS))
                and any(_BAR_RE.search(part) for part in holder[-1].parts[-_CELL_LINES:])
            ):
                holder[-1].parts.append(text)  # a table's cells pasted a line each: one row
            elif (
                last_kind == "paragraph"
                and holder
                and not holder[-1].ends_sentence()
                and not row
                and CELL_SEPARATOR not in holder[-1].parts[-1]
                and not self._signs(line, pending, holder[-1])
                and not _BULLET_RE.match(text)  # a list's item opens a paragraph of its own
                and (not line.blank_before or holder[-1].length_at_least(_MIN_WRAPPED))
                and not self._headline_before(
                    holder[-1], text, first=len(holder) == 1 and not stack
                )
            ):
                holder[-1].parts.append(text)
            elif last_kind == "lead" and holder:
                holder[-1].parts.append(text)  # a bold lead printed on a line of its own
            else:
                holder.append(
                    Paragraph([text], signature=self._signature_line(text, pending, holder))
                )
                notes = NOTES_OPENING_RE.match(text)
                first = match_heading(text[notes.end() :]) if notes else None
                listed = (
                    (first.level, 1) if first and first.level >= 3 and first.value == 1 else None
                )
                if is_lead_sentence(text) and pending and self._opens_paragraph(pending[0]):
                    last_kind = "lead"
                    continue
            last_kind = "paragraph"
        if not appendix:
            self._take_closing()

    def _signs(self, line: SourceLine, pending: deque[SourceLine], before: Paragraph) -> bool:
        """Whether ``line`` is a line of the signature that ends a report or a notice (the
        body signing, with its date alone under it; or that date), or follows a date alone
        (its note: （此件公开发布）): a paragraph of its own.  The date is the report's when
        its meta holds none."""
        if _signs_above_date(line.text, pending):
            return True
        alone = before.parts[0] if len(before.parts) == 1 else ""
        if (date := parse_date(alone)) and date[1] == alone:
            return True
        when = signature_date(alone, line.text) if alone else None
        if when and self.out.date is None:
            self.out.date = (when, line.text)
        return when is not None

    @staticmethod
    def _signature_line(text: str, pending: deque[SourceLine], holder: list[Paragraph]) -> bool:
        """Whether a line opening a paragraph is a line of the signature: the body signing
        with its date alone on the next line, or that date under it (某区发展和改革委员会 /
        2024年8月22日)."""
        if _signs_above_date(text, pending):
            return True
        before = holder[-1] if holder else None
        return bool(
            before is not None
            and before.signature
            and len(before.parts) == 1
            and signature_date(before.parts[0], text)
        )

    def _headline_before(self, paragraph: Paragraph, text: str, first: bool) -> bool:
        """Whether ``paragraph`` is a headline line before a paragraph of its own, in a text
        written a paragraph a line (生产总值：142亿元 / 2006年是…): a short line of one part,
        then a long line, where wrapped lines are all long; or then a whole paragraph,
        opening the text or where its lines are paragraphs (实现地区生产总值744.94亿元,同比
        增长6.3% / 农业生产形势较好,…。; 农业生产良好，产值平稳增长 / 前三季度，…。)."""
        half = self._line_width() / 2
        if len(paragraph.parts) != 1 or len(paragraph.parts[0]) >= half:
            return False
        whole = len(text) >= _MIN_WRAPPED and text[-1] in SENTENCE_END and text[0] not in "，、；："
        return len(text) >= half or (whole and (first or self._paragraph_a_line()))

    _lines_are_paragraphs: bool | None = None

    def _paragraph_a_line(self) -> bool:
        """Whether the text is written a paragraph a line: most of its lines of some length
        end a sentence (a wrapped text's lines mostly end inside one)."""
        if self._lines_are_paragraphs is None:
            long = [line.text for line in self.lines if len(line.text) >= _MIN_WRAPPED]
            ended = sum(text[-1] in PARAGRAPH_END for text in long)
            self._lines_are_paragraphs = bool(long) and 2 * ended >= len(long)
        return self._lines_are_paragraphs

    _width = 0

    def _line_width(self) -> int:
        """How long the text's long lines are (the ninth decile): a wrap's width, or a
        paragraph's where the text has a paragraph a line."""
        if not self._width:
            lengths = sorted(len(line.text) for line in self.lines) or [0]
            self._width = max(1, lengths[len(lengths) * 9 // 10])
        return self._width

    def _opens_paragraph(self, line: SourceLine) -> bool:
        """A line that starts a paragraph of prose (not a heading, an appendix or another lead)."""
        text = line.text
        if match_heading(text) or _APPENDIX_LABEL.match(text) or _NOTES_TITLE.match(text):
            return False
        address = self.out.salutation.rstrip("：:")
        if _CLOSING_CUES.search(text) or (address and text.startswith(address)):
            return False  # the audience addressed again: a closing, never led
        return len(text) > MAX_LEAD and not is_lead_sentence(text)

    def _part(self, line: SourceLine, appendix: bool = False) -> Section:
        section = Section(
            0, "", normalize_punctuation(line.text), line.number, topical=not appendix
        )
        (self.out.appendices if appendix else self.out.sections).append(section)
        return section

    def _starts_appendix(
        self, line: SourceLine, pending: deque[SourceLine], last_kind: str
    ) -> bool:
        """附件 / 附录 labels and the title of notes (注释, 名词解释) after the report."""
        text = line.text
        if _APPENDIX_LABEL.match(text):
            return True
        return bool(_NOTES_TITLE.match(text) and len(text) <= 40 and last_kind != "heading")

    def _is_part_heading(
        self, line: SourceLine, pending: deque[SourceLine], last_kind: str, holder: list[Paragraph]
    ) -> bool:
        """An unnumbered heading: ``第一部分…``, or a short line standing alone between
        finished paragraphs and followed by a longer one."""
        text = line.text
        if PART_HEADING.match(text) and len(text) <= MAX_HEADING:
            return True
        if (
            DASHED_CAPTION_RE.fullmatch(text)
            and pending
            and len(pending[0].text) > len(text)
            and (not holder or holder[-1].parts[-1].endswith(tuple(SENTENCE_END)))
            and not any(section.number for section in self.out.sections)
        ):
            # ——工业生产快速增长，企业效益明显回升: a release's section caption, after a
            # finished paragraph (after a colon or mid-sentence, a dashed item of a list;
            # under numbered headings, a dashed summary inside a section)
            return True
        if len(text) > 30 or text[-1] in PARAGRAPH_END or re.search("[，。；：,;:！？!?|｜]", text):
            return False  # (名次 |: a table's cell, pasted a line each)
        if (
            not pending
            or len(pending[0].text) <= len(text)
            or match_heading(pending[0].text) is not None
            or _signs_above_date(text, pending)  # 某市人民政府 / 2025年2月28日: who signs
        ):
            return False
        if last_kind == "paragraph" and holder and not holder[-1].ends_sentence():
            return False  # the end of a hard-wrapped paragraph, or a bold word inside one
        return not name_line(line.raw) or len(text) > 5

    def _take_closing(self) -> None:
        """The last paragraph of the report proper is its closing when it addresses the
        audience, follows a vocative (``各位代表！``), or rallies (``让我们…``)."""
        holder = self.out.intro
        sections = self.out.sections
        while sections:
            last = sections[-1]
            holder = last.paragraphs
            if not last.children:
                break
            sections = last.children
        if not holder:
            return
        last_section = self._last_section()
        if last_section is not None and last_section.run_in and len(holder) == 1:
            return  # the run-in text of the last heading, not a closing
        text = holder[-1].text
        address = self.out.salutation.rstrip("：:")
        before = holder[-2].text if len(holder) > 1 else ""
        if (
            (address and text.startswith(address))
            or _CLOSING_CUES.search(text)
            or is_vocative(before)
            or (self.out.salutation and text.endswith("！"))
        ):
            self.out.closing = text
            holder.pop()

    def _last_section(self) -> Section | None:
        sections, last = self.out.sections, None
        while sections:
            last = sections[-1]
            sections = last.children
        return last

    def parse(self) -> Parsed:
        self.drop_furniture()
        if not self.lines:
            return self.out
        first_body = self.title_block()
        if not self.out.title:
            self._title_from_crumb()
        self.drop_trailer(first_body)
        self.body(first_body)
        return self.out


def _cell_runs(texts: list[str]) -> dict[int, range | None]:
    """A table pasted a cell a line (a PDF's or a converter's copy: ``项目`` / ``预算数`` / …
    / ``税收收入`` / ``80000`` / ``82000``): at least :data:`_CELL_RUN` short lines without
    marks, :data:`_CELL_FIGURES` of them figures alone.  Joined as hard-wrapped lines, the
    figures ran together (``8000082000``); a run is read as one row, its cells a tab
    apart.  The answer maps a run's first line to the run, its other lines to None."""
    found: dict[int, range | None] = {}
    start = 0
    for end in range(len(texts) + 1):
        if end < len(texts) and _CELL_LINE.fullmatch(texts[end]) and not match_heading(texts[end]):
            continue
        run = range(start, end)
        alone = [i for i in run if _FIGURE_ALONE.fullmatch(texts[i])]
        if (
            len(run) >= _CELL_RUN
            and len(alone) >= _CELL_FIGURES
            and not any(i + 1 < len(texts) and _unit_follows(texts[i], texts[i + 1]) for i in alone)
        ):
            found.update(dict.fromkeys(run))
            found[start] = run
        start = end + 1
    return found


def _unit_follows(figure: str, after: str) -> bool:
    """Whether a figure alone on its line reads with the line after it as a figure with its
    unit (``46`` / ``亿元，增长``: a sentence a PDF broke at each figure, not a table)."""
    from reportpress.metrics.scan import figures

    return any(item.start == 0 and item.unit for item in figures(figure + after[:8]))


def _printed_apparatus(texts: list[str], numbered: list[bool]) -> set[int]:
    """The lines of a printed page's apparatus besides its numbers (``numbered``): a running
    head, a line said twice or more right before or after a page number; and a table of
    contents, its title and its entries (leaders, page numbers), which the editions make
    their own of."""
    seen = Counter(text for text in texts if len(text) <= _RUNNING_HEAD_MAX)
    found: set[int] = set()
    entries = [_CONTENTS_ENTRY.match(text) is not None for text in texts]
    for index, text in enumerate(texts):
        beside = (index and numbered[index - 1]) or (index + 1 < len(texts) and numbered[index + 1])
        if not numbered[index] and seen[text] >= 2 and beside and len(text) >= _RUNNING_HEAD_MIN:
            found.add(index)
        entry_next = index + 1 < len(texts) and entries[index + 1]
        if (text in _CONTENTS_TITLES and entry_next) or (
            entries[index] and (index - 1 in found or entry_next)
        ):
            found.add(index)
    return found


def _raw_pieces(raw: str, pieces: list[str]) -> list[str]:
    """The line as it came cut where its cleaned ``pieces`` begin (each piece's first two
    characters looked for in turn), so that a piece keeps its own spaces; the whole line
    for each piece when one is not found."""
    starts = [0]
    for piece in pieces[1:]:
        found = raw.find(piece[:2], starts[-1] + 1)
        if found < 0:
            return [raw] * len(pieces)
        starts.append(found)
    return [raw[a:b] for a, b in zip(starts, [*starts[1:], len(raw)], strict=True)]


def _spaced_at(line: SourceLine, text: str, rest: str) -> int:
    """Where, in a heading's ``rest`` (the end of ``text``), the line as it came had its first
    gap of spaces after the heading's number; 0 when none (:func:`split_heading_title`)."""
    raw = line.raw.strip()
    number = len(text) - len(rest)
    for gap in SPACE_GAP_RE.finditer(raw, 0, _SPACED_REACH):
        before = clean_line(raw[: gap.start()])
        if len(before) > number and text.startswith(before):
            return len(before) - number
    return 0


#: The marks that close a heading's title printed run in before its text (。, ：, ”).
_RUN_IN_CLOSERS = frozenset(SENTENCE_END + "：:”’」』.")
#: How far into a heading's line a space may end its label (:func:`_spaced_at`).
_SPACED_REACH = 40


#: What a number of a sentence's date is followed by (10 / 月份).
DATE_UNITS = ("年", "月", "日")
#: A sentence broken off before a figure: it ends with a Han character.
_BROKEN_OFF_RE = patterns.compile(r"[\u4e00-\u9fff]$")


#: What separates a table's cells pasted as text (``名次 |省区市 |…``), half or full width.
_BAR_RE = patterns.compile(r"[|｜]")
#: The most lines one cell of such a table takes (旅游总收入 / （亿元） / |).
_CELL_LINES = 3
#: The bars themselves: a line opening with one ends a cell begun on the lines before it; a
#: line ending with one closes a cell, the row going on.
BARS = ("|", "｜")


def _cell_of_a_bar_table(kept: list[SourceLine], lines: list[SourceLine], index: int) -> bool:
    """Whether a line of marks alone (``/ |``, ``|``) is a cell of a table pasted a cell a
    line: it holds a bar, and so does the line kept before it or the line after it.  A
    page's navigation bars stand alone, among words (首页 | 新闻), not among cells."""
    text = lines[index].text
    if not _BAR_RE.search(text) or any(ch.isalnum() for ch in text):
        return False
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    return bool(kept and _BAR_RE.search(kept[-1].text) or _BAR_RE.search(after))


def _figure_broken_off(before: str, line: str, after: str) -> bool:
    """Whether a line of digits alone is a figure of its sentence rather than a page number.

    A text taken from a PDF that puts each figure on a line of its own
    (``完成投资`` / ``46`` / ``亿元，增长``) has lines a page number would look like.  Such a
    line is the sentence's when the line before breaks off at a Han character
    (no mark, no digit: a page number between ``46`` and ``个`` belongs to neither)
    and the number with the line after it reads as a figure with its unit, as
    the metrics read one, or as a date (so ``3`` / ``项目…`` stays a page number).
    """
    if not line.isdigit() or _BROKEN_OFF_RE.search(before) is None:
        return False
    if after[:1] in DATE_UNITS:
        return True  # 截至 / 10 / 月份: a date of the sentence
    return _unit_follows(line, after)
