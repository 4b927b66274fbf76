"""Characters of the genre and the only changes made to kept text.

Kept text changes only by removing indentation and spaces between Han, and by
the punctuation mapping (ASCII ``, : ; ? ! ( )`` next to Han → full width).
Characters that cannot or should not be kept (XML-illegal controls, invisible
format characters, undecodable bytes, R's ``<U+00A0>`` escape residue) are
taken out here and recorded with a reason.  Every function is linear in its
input: no backtracking patterns, no per-character string objects.
"""

from __future__ import annotations

import re

from reportpress import patterns
from reportpress.reportxml import CELL_SEPARATOR

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·"
CJK = patterns.compile(f"[{HAN}{CJK_PUNCT}]")
SENTENCE_END = "。！？"
#: What may end a paragraph; a line ending otherwise is a hard wrap.
PARAGRAPH_END = "。！？；：…”’」』）)》.!?;:"
CN_DIGITS = "一二三四五六七八九十百零〇两"

#: (reason, line, text) of everything taken out of the source.
Dropped = list[tuple[str, int, str]]

_SPACES = " \t\u00a0\u3000\u2002\u2003"
_INDENT_ENTITIES = patterns.compile(r"&(?:nbsp|#160|#xa0|#12288|ensp|emsp);", re.IGNORECASE)
_SPACE_BETWEEN_CJK = patterns.compile(f"(?<=[{HAN}{CJK_PUNCT}])[{_SPACES}]+(?=[{HAN}{CJK_PUNCT}])")
_FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_MARK = patterns.compile("[,:;?!()]")
_MARK_OR_HAN = patterns.compile(f"[,:;?!()]|[{HAN}]")
#: Each of ``, : ; ? !`` right between two CJK characters, the common case (a web page's
#: ASCII commas in Chinese): made full width in one pass of the engine each, before the
#: marks are looked at one by one (32 000 commas of a long report cost 40 ms that way).
#: Its neighbours are CJK, so no other mark has it as a neighbour: the rest read the same.
_BETWEEN_CJK = {
    mark: patterns.compile(f"(?<=[{HAN}{CJK_PUNCT}]){re.escape(mark)}(?=[{HAN}{CJK_PUNCT}])")
    for mark in ",:;?!"
}


def clean_line(raw: str) -> str:
    """Remove indentation (spaces, tabs, full-width spaces, ``&nbsp;``) and spaces between Han;
    a table's row pasted as text keeps one tab between its cells (:func:`table_cells`), and
    any other tab is a space."""
    line = _INDENT_ENTITIES.sub(" ", raw).strip(_SPACES + "\ufeff\f\v")
    if CELL_SEPARATOR in line:
        if cells := table_cells(line):
            return CELL_SEPARATOR.join(_SPACE_BETWEEN_CJK.sub("", cell) for cell in cells)
        line = line.replace(CELL_SEPARATOR, " ")  # a tab that parts no cells: a space
    return _SPACE_BETWEEN_CJK.sub("", line)


#: A gap between two cells of such a row: a tab, with any spaces around it.
_CELL_GAP = patterns.compile(r"[ \u00a0\u3000]*\t[\t \u00a0\u3000]*")
#: The longest cell of a row: a longer piece is prose that holds a tab.
MAX_CELL = 40
#: A heading's number or a bullet before a tab (``一、⇥总体情况``, ``1.⇥…``): no cell.
_LABEL_CELL = patterns.compile(r"[（(]?[一二三四五六七八九十0-9０-９]{1,3}[）)、.．]?|[^\w]")


def table_cells(line: str) -> list[str] | None:
    """The cells of a table's row pasted as text, else None: tab-separated, three or more
    (or two, the second holding a figure: ``税收收入⇥80000``; not ``局长⇥李四``), each short,
    with a letter, digit or Han character, no sentence ending inside, the first no
    heading's number or bullet."""
    cells = _CELL_GAP.split(line.strip(_SPACES))
    if len(cells) < 2 or (len(cells) == 2 and not any(ch.isdigit() for ch in cells[1])):
        return None
    if _LABEL_CELL.fullmatch(cells[0]):
        return None
    for cell in cells:
        if (
            len(cell) > MAX_CELL
            or not any(ch.isalnum() for ch in cell)
            or any(mark in cell for mark in SENTENCE_END)
        ):
            return None
    return cells


def collapse_spaces(raw: str) -> str:
    """A line as printed, its spacing kept but each run of spaces made one (titles, names)."""
    return " ".join(_INDENT_ENTITIES.sub(" ", raw).split())


def normalize_punctuation(text: str) -> str:
    """ASCII ``, : ; ? ! ( )`` next to Han → full width; digits, times and Latin stay.

    A mark converts when a neighbour (spaces skipped) is Han or CJK punctuation
    and it does not sit between two digits (``1,000``, ``10:30``).  Parentheses
    convert as a pair, so ``(CBD)`` inside Chinese text becomes ``（CBD）``; a
    pair holding Han converts too.  One pass over the marks and Han runs.
    """
    if not any(ch in text for ch in ",:;?!()"):
        return text
    for mark, between in _BETWEEN_CJK.items():
        if mark in text:
            text = between.sub(_FULLWIDTH[mark], text)
    if not any(ch in text for ch in ",:;?!()"):
        return text

    length = len(text)

    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < length and text[j] in " \t":
            j += step
        return text[j] if 0 <= j < length else ""

    def beside_cjk(i: int) -> bool:
        return bool(CJK.match(neighbour(i, -1)) or CJK.match(neighbour(i, 1)))

    changes: dict[int, str] = {}
    #: Whether CJK stands before and after a converted mark (spaces skipped).
    cjk_sides: dict[int, tuple[bool, bool]] = {}
    opens: list[list[int]] = []  # [position, holds Han]
    at = 0
    while True:
        # Han matters only inside a "(" not yet known to hold some: elsewhere the marks
        # alone are looked for (a pass over every Han run of a paragraph
        # with a "(" is not needed to tell which hold Han).
        looking = _MARK_OR_HAN if opens and not opens[-1][1] else _MARK
        m = looking.search(text, at)
        if m is None:
            break
        i, ch, at = m.start(), m.group(0), m.end()
        if ch == "(":
            opens.append([i, 0])
        elif ch == ")":
            if not opens:
                continue
            start, holds_han = opens.pop()
            if holds_han and opens:
                opens[-1][1] = 1
            if holds_han or beside_cjk(start) or beside_cjk(i):
                changes[start], changes[i] = "（", "）"
        elif ch in ",:;?!":
            before, after = neighbour(i, -1), neighbour(i, 1)
            sides = (CJK.match(before) is not None, CJK.match(after) is not None)
            if not (before.isdigit() and after.isdigit()) and (sides[0] or sides[1]):
                changes[i], cjk_sides[i] = _FULLWIDTH[ch], sides
        elif opens:
            opens[-1][1] = 1
    if not changes:
        return text
    pieces, last = [], 0
    for i in sorted(changes):
        before = text[last:i]
        cjk_before, cjk_after = cjk_sides.get(i) or (
            CJK.match(neighbour(i, -1)) is not None,
            CJK.match(neighbour(i, 1)) is not None,
        )
        # A full-width mark has its own blank: spaces between it and CJK go, as between Han.
        pieces.append(before.rstrip(" \t") if cjk_before else before)
        pieces.append(changes[i])
        last = i + 1
        if cjk_after:
            while last < len(text) and text[last] in " \t":
                last += 1
    pieces.append(text[last:])
    return "".join(pieces)


# ---- characters taken out -------------------------------------------------------------

#: Characters XML 1.0 cannot hold; recorded as dropped by code point.
_XML_ILLEGAL = patterns.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Invisible format characters (Unicode Cf): zero-width spaces and joiners, bidi
#: controls, a BOM inside the text.  No font draws them and no reader sees them.
_FORMAT = patterns.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
#: R writes characters its locale cannot hold as the literal text ``<U+00A0>``.
_R_ESCAPE = patterns.compile(r"<U\+([0-9A-Fa-f]{4,6})>")
_UNDECODABLE = "\ufffd"
_TAKEN_OUT = patterns.compile(
    f"{_XML_ILLEGAL.pattern}|{_FORMAT.pattern}|{_R_ESCAPE.pattern}|{_UNDECODABLE}"
)


def _code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def take_out_characters(text: str, dropped: Dropped, undecodable: tuple[str, ...] = ()) -> str:
    """Remove control, format and undecodable characters and R escape residue, each recorded.

    A form feed is a page break of the text it came from: nothing inside a line
    (the text flows on), a line break between lines.  R escape residue is
    replaced by the character it stands for (a no-break space reads as a
    space; an escaped format character is then dropped as one).
    """
    text = re.sub(r"\n?\f\n?", lambda m: "\n" if m.group(0) != "\f" else "", text)
    text = text.replace("\v", "\n")
    if not _TAKEN_OUT.search(text):
        return text
    bad_bytes = iter(undecodable)
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not _TAKEN_OUT.search(line):
            continue

        def record(m: re.Match[str], number: int = number) -> str:
            found = m.group(0)
            if m.group(1):  # <U+00A0>
                dropped.append(("encoding-residue", number, found))
                ch = chr(int(m.group(1), 16)) if int(m.group(1), 16) <= 0x10FFFF else ""
                if not ch or _XML_ILLEGAL.match(ch) or _FORMAT.match(ch):
                    return ""
                return " " if ch.isspace() else ch
            if found == _UNDECODABLE:
                dropped.append(("undecodable", number, next(bad_bytes, _code_point(found))))
            elif _FORMAT.match(found):
                dropped.append(("format-character", number, _code_point(found)))
            else:
                dropped.append(("control-character", number, _code_point(found)))
            return ""

        lines[number - 1] = _TAKEN_OUT.sub(record, line)
    return "\n".join(lines)
