"""Typesetting: pieces of text → lines of positioned runs, ready to draw.

Text is not handed to ReportLab's Paragraph: its CJK wrapping lets a line start
with ``，`` and cannot justify Chinese.  Instead :mod:`reportpress.editions.linebreak`
places every character, and each line is drawn run by run, each run in the face
that has its characters (:mod:`reportpress.fonts`), with grid spacing and
justification written as TJ adjustments so the text stays extractable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfdoc import PDFDocument, PDFObject
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from reportpress import patterns
from reportpress.editions.linebreak import (
    OPENING,
    READING_ORDER_GAP,
    Line,
    PushIn,
    break_lines,
)
from reportpress.fonts import FontSet, LoadedFace
from reportpress.styles import Style

#: Top of the ideographic em box above the baseline, in ems (880/1000 in CJK fonts).
EM_TOP = 0.88
#: Stroke width of synthesized bold, in ems (text render mode 2).
FAKE_BOLD_STROKE = 0.03


@dataclass(frozen=True)
class Piece:
    """A stretch of text in one paragraph role, maybe bold, maybe a link or an anchor."""

    text: str
    role: str
    bold: bool = False
    link: str = ""  # named destination this text jumps to
    anchor: str = ""  # named destination placed at this text
    outline: tuple[str, str, int] | None = None  # a run-in heading's bookmark


@dataclass(slots=True)
class Run:
    """Characters drawn by one text operation: same face, size and spacing."""

    x: float
    text: str
    font: str
    size: float
    char_space: float
    fake_bold: bool


@dataclass
class TextLine:
    """One printed line (or a blank of ``height``), drawn from its top edge."""

    height: float
    baseline: float = 0.0  # distance from the top edge
    x: float = 0.0
    width: float = 0.0  # from x to the right edge of the last character
    runs: list[Run] = field(default_factory=list)
    links: list[tuple[float, float, float, str]] = field(default_factory=list)  # x0, x1, size
    anchors: list[tuple[float, str]] = field(default_factory=list)
    outline: tuple[str, str, int] | None = None  # key, title, level (0-based)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def draw(self, canvas: Canvas, top: float, left: float = 0.0) -> None:
        """Draw the line with its top at ``top``, its measure starting at ``left``."""
        y = top - self.baseline
        x = left + self.x
        if self.outline is not None:
            key, title, level = self.outline
            canvas.bookmarkHorizontal(key, left, top)
            canvas.addOutlineEntry(title, key, level=level, closed=False)
        for at, name in self.anchors:
            canvas.bookmarkHorizontal(name, x + at, top)
        runs = self.runs
        if not runs:
            return
        fake_bold = False
        for run in runs:
            if run.fake_bold:
                fake_bold = True
                break
        if fake_bold:
            canvas.saveState()
            canvas.setLineWidth(max(run.size for run in runs) * FAKE_BOLD_STROKE)
        canvas._code.append(_Shown.of(canvas._doc).line(runs, x, _number(y)))
        if fake_bold:
            canvas.restoreState()
        for x0, x1, size, destination in self.links:
            rect = (x + x0, y - 0.2 * size, x + x1, y + EM_TOP * size)
            _link(canvas, destination, rect)


def _link(canvas: Canvas, destination: str, rect: tuple[float, float, float, float]) -> None:
    """An invisible link over ``rect`` (in the canvas's current coordinates) to a named destination.

    What ``canvas.linkRect(..., thickness=0)`` adds, without ReportLab's generic
    dictionary formatting: the metrics appendix links every figure to its text.
    """
    x0, y0, x1, y1 = canvas._absRect(rect, relative=1)
    box = " ".join(map(_number, (x0, y0, x1, y1)))
    annotation = _LinkAnnotation(canvas._bookmarkReference(destination), box)
    canvas._addAnnotation(annotation)


class _LinkAnnotation(PDFObject):
    """A link annotation, written as ReportLab's ``LinkAnnotation`` writes it."""

    HEAD = b"<<\n/Border [ 0 0 0 ] /Contents () /Dest "

    def __init__(self, destination: PDFObject, box: str) -> None:
        self.destination = destination  # bound to its page only when the PDF is saved
        self.tail = f" /Rect [ {box} ] /Subtype /Link /Type /Annot\n>>".encode("ascii")

    def format(self, document: PDFDocument) -> bytes:
        return self.HEAD + self.destination.format(document) + self.tail


@lru_cache(maxsize=4096)
def _number(value: float) -> str:
    """A number as ReportLab writes it (``fp_str``), remembered.

    Without ReportLab's C accelerator ``fp_str`` is slow Python, and the same
    numbers come back on every page: the grid's baselines, the left edge, the
    indent, the spacing of a full line.
    """
    return fp_str(value)


#: How one font, size and spacing is shown: the font's codes, the size as written,
#: each subset's ``Tf``; then, per character, its subset and its code as written
#: (``codes.glyph_of`` or ``codes.escaped_of``), what joins two codes of a subset
#: (the adjustment between spaced glyphs, or nothing), what opens the first
#: stretch of a run and each later one, and what closes a stretch.
_Look = tuple["_FontCodes", str, list[str], dict[str, tuple[int, str]], str, str, str, str]


class _Shown:
    """Writes the runs of a line (one ``BT``/``ET``), ``Tf`` only where the font changes.

    One per PDF being written (:meth:`of`).  Spacing is written as TJ
    adjustments rather than ``Tc``: pdfminer (hence pdfplumber) drops ``Tc`` at
    every string boundary, and a run's string ends whenever it crosses one of
    ReportLab's 256-glyph subsets; explicit adjustments read back the same in
    every tool.
    """

    def __init__(self, doc: PDFDocument) -> None:
        self.doc = doc
        self.codes: dict[str, _FontCodes] = {}  # per font
        # Per (font, size, spacing): the font's codes, the size as written, each
        # subset's ``Tf``, and how a stretch of one subset is written (:data:`_Look`).
        self.looks: dict[tuple[str, float, float], _Look] = {}

    @staticmethod
    def of(doc: PDFDocument) -> _Shown:
        """The one that writes the runs of ``doc``."""
        shown = doc.__dict__.get("_reportpress_shown")
        if shown is None:
            shown = doc._reportpress_shown = _Shown(doc)
        return shown

    def line(self, runs: list[Run], x: float, baseline: str) -> str:
        """The operators drawing ``runs``, each placed ``x`` on, at ``baseline``."""
        code = ["BT"]
        mode = 0
        current = ""  # the ``Tf`` set last
        for run in runs:
            if run.fake_bold != bool(mode):
                mode = 2 if run.fake_bold else 0
                code.append(f"{mode} Tr")
            code.append(f"1 0 0 1 {_number(x + run.x)} {baseline} Tm")
            current = self.show(run, code, current)
        code.append("ET")
        return " ".join(code)

    def _look(self, run: Run) -> _Look:
        codes = self.codes.get(run.font)
        if codes is None:
            codes = self.codes[run.font] = _FontCodes(getFont(run.font), self.doc)
        adjust = -run.char_space * 1000 / run.size
        gap = f" {_number(adjust)} " if abs(adjust) > 1e-4 else ""
        if gap:  # spaced glyphs, one string each: [(a) gap (b)] TJ
            shown = (codes.glyph_of, gap, "[", "[" + gap, "] TJ")
        else:  # (ab) Tj
            shown = (codes.escaped_of, "", "(", "(", ") Tj")
        look = (codes, _number(run.size), [], *shown)
        self.looks[run.font, run.size, run.char_space] = look
        return look

    def show(self, run: Run, out: list[str], current: str) -> str:
        """Append the operators showing ``run`` (its position already set) to ``out``;
        the ``Tf`` set last, after them."""
        look = self.looks.get((run.font, run.size, run.char_space))
        codes, size, selections, table, joiner, opening, later, closing = look or self._look(run)
        text = run.text
        done, before = len(out), current
        # Character by character: a run's characters fall in ReportLab's subsets
        # of 256 glyphs by first use, so most runs change subset every one or two
        # characters; a step per character costs less than str.translate and a
        # regular expression per subset did.
        span: list[str] = []
        subset = -1
        try:
            for char in text:
                code, glyph = table[char]
                if code != subset:
                    if span:
                        out.append(opening + joiner.join(span) + closing)
                        opening = later
                        span = []
                    subset = code
                    selected = selections[code]
                    if selected != current:
                        out.append(selected)
                        current = selected
                span.append(glyph)
        except LookupError:
            # A character this PDF has not numbered yet, or a subset new to this
            # look: learn them (in the text's order) and show the run again.
            # Asked only then: a test of every run cost more.
            del out[done:]
            codes.learn(text)
            while len(selections) < len(codes.names):
                selections.append(f"{codes.names[len(selections)]} {size} Tf")
            return self.show(run, out, before)
        out.append(opening + joiner.join(span) + closing)
        return current


class _FontCodes:
    """What one font's characters are written as in one PDF.

    ReportLab numbers a font's glyphs in the order characters are first shown,
    in subsets of 256 (:meth:`learn` asks it once per character and PDF, in
    that order), and spares ``splitString`` on every run.  Per character: its
    subset, with its code escaped for a PDF string (``escaped_of``) or as a
    string of its own (``glyph_of``: spaced glyphs are shown one by one).
    """

    def __init__(self, font, doc: PDFDocument) -> None:
        self.font = font
        self.doc = doc
        self.known: set[str] = set()
        self.names: list[str] = []  # subset resource name, by subset number
        self.escaped_of: dict[str, tuple[int, str]] = {}
        self.glyph_of: dict[str, tuple[int, str]] = {}

    def learn(self, text: str) -> None:
        """Have ReportLab number the characters of ``text`` it has not seen, in order."""
        for char in dict.fromkeys(text):
            if char in self.known:
                continue
            ((subset, code),) = self.font.splitString(char, self.doc)
            while len(self.names) <= subset:
                self.names.append(self.font.getSubsetInternalName(len(self.names), self.doc))
            self.escaped_of[char] = (subset, escapePDF(code))
            self.glyph_of[char] = (subset, _GLYPH_STRINGS[code[0]])
            self.known.add(char)


#: Each byte as a PDF string of its own, escaped (spaced glyphs are shown one by one).
_GLYPH_STRINGS = [f"({escapePDF(bytes((b,)))})" for b in range(256)]


@dataclass(frozen=True, slots=True)
class _Char:
    """A character as one role sets it; made once per character, role and weight."""

    char: str
    face: LoadedFace
    size: float
    fake_bold: bool
    glyph: float  # advance of the glyph alone
    advance: float  # with the grid's spacing
    #: Its size if its glyph is full width (a mark whose blank half may be
    #: compressed, :func:`~reportpress.editions.linebreak.break_lines`), else 0.
    em: float
    #: (font, size, fake bold), one shared tuple per kind: characters that may share
    #: a run have the very same one.
    kind: tuple[str, float, bool]


#: A set character's advance and its full-width size (:class:`_Char`), as functions.
_ADVANCE = attrgetter("advance")
_EM = attrgetter("em")


#: An opening mark (:data:`~reportpress.editions.linebreak.OPENING`).
_OPENING_MARK = patterns.compile(f"[{re.escape(''.join(sorted(OPENING)))}]")


def _ink_positions(
    positions: tuple[float, ...], drawn: list[_Char], text: str, start: int
) -> list[float]:
    """Where each glyph is drawn: at its position, except a compressed opening mark.

    An opening mark's ink sits in the right half of its em (``“``, ``（``, ``《``);
    when compression takes its blank half away, the blank left half must go, so
    the glyph moves left by what its advance lost, up to that half (it would
    cover the next character otherwise; more is a pushed-in line's closing,
    which moves it no further than its neighbours).  Closing marks lose their
    right half: no move.  ``drawn`` are the characters of ``text`` from ``start``.
    """
    ink = list(positions)
    # The marks found in the text by a pattern: a step per character costs more.
    for mark in _OPENING_MARK.finditer(text, start, start + len(drawn) - 1):
        offset = mark.start() - start
        char = drawn[offset]
        lost = char.advance - (positions[offset + 1] - positions[offset])
        if lost > 0.01:
            # Never before the character it follows (after a half-width ``1`` or
            # ``/`` the blank half is that character's own room): text readers
            # order characters by where they start.
            after = ink[offset - 1] + READING_ORDER_GAP if offset else float("-inf")
            ink[offset] = max(positions[offset] - min(lost, char.size / 2), after)
    return ink


class Typesetter:
    """Sets pieces of text into lines for one style and its fonts."""

    #: A justified line whose gaps would stretch by more than this (in points) makes
    #: its paragraph be broken as a whole, compressing punctuation where that helps.
    STRETCH_TOLERANCE = 0.5

    def __init__(self, style: Style, fontset: FontSet) -> None:
        self.style = style
        self.fontset = fontset
        # (char, font role, bold, size) → (face, fake bold, advance): asked for every
        # character typeset.  The faces cannot change while a typesetter lives, as
        # render() has the font set load every character of the document first.
        self._glyphs: dict[tuple[str, str, bool, float], tuple[LoadedFace, bool, float]] = {}
        self._char_space: dict[str, float] = {}  # per role: asked for every paragraph
        # (role, bold) → character → the character as set: asked for every character.
        self._set_chars: dict[tuple[str, bool], dict[str, _Char]] = {}
        self._kinds: dict[tuple[str, float, bool], tuple[str, float, bool]] = {}

    def glyph(
        self, char: str, font_role: str, bold: bool, size: float
    ) -> tuple[LoadedFace, bool, float]:
        """The face drawing a character, whether its bold is synthesized, its advance."""
        key = (char, font_role, bold, size)
        found = self._glyphs.get(key)
        if found is None:
            face, fake_bold = self.fontset.face_for(char, font_role, bold)
            found = self._glyphs[key] = (face, fake_bold, face.width(char, size))
        return found

    def char_space(self, role_name: str) -> float:
        """Spacing that puts a role's characters on the grid's pitch (0 off the grid)."""
        if role_name not in self._char_space:
            self._char_space[role_name] = self._grid_spacing(role_name)
        return self._char_space[role_name]

    def _grid_spacing(self, role_name: str) -> float:
        pitch = self.cell(role_name)
        return 0.0 if pitch is None else pitch - self.style.role(role_name).size_pt

    def cell(self, role_name: str) -> float | None:
        """The grid's character pitch if a role is set on the grid, else None."""
        size = self.style.role(role_name).size_pt
        pitch = self.style.char_pitch_pt
        return None if pitch is None or abs(pitch - size) > 0.1 * size else pitch

    def em(self, role_name: str) -> float:
        """One character's width in a role, for indents: the grid pitch where it applies."""
        return self.style.role(role_name).size_pt + self.char_space(role_name)

    def baseline(self, role_name: str, pitch: float) -> float:
        """Baseline below a line's top: em box at the top on a grid, else centred in the leading."""
        role = self.style.role(role_name)
        if role.line_height is None and self.style.grid is not None:
            return EM_TOP * role.size_pt
        return (pitch - role.size_pt) / 2 + EM_TOP * role.size_pt

    def _chars(self, pieces: list[Piece]) -> tuple[list[_Char], list[int]]:
        """Each character of the pieces as set, and the index of the piece it is in."""
        chars: list[_Char] = []
        owners: list[int] = []
        for index, piece in enumerate(pieces):
            bold = piece.bold or self.style.role(piece.role).bold
            known = self._set_chars.get((piece.role, bold))
            if known is None:
                known = self._set_chars[piece.role, bold] = {}
            done = len(chars)
            try:  # (a set of the text to compare cost more than the look-ups)
                chars.extend(map(known.__getitem__, piece.text))
            except KeyError:  # characters not set in this role yet
                del chars[done:]
                for char in dict.fromkeys(piece.text):  # in order: fonts are asked reproducibly
                    if char not in known:
                        known[char] = self._char(char, piece.role, bold)
                chars.extend(map(known.__getitem__, piece.text))
            owners.extend([index] * len(piece.text))
        return chars, owners

    def _char(self, char: str, role_name: str, bold: bool) -> _Char:
        role = self.style.role(role_name)
        face, fake_bold, glyph = self.glyph(char, role.font, bold, role.size_pt)
        kind = (face.rl_name, role.size_pt, fake_bold)
        kind = self._kinds.setdefault(kind, kind)
        size = role.size_pt
        em = size if glyph >= 0.9 * size else 0.0
        return _Char(
            char, face, size, fake_bold, glyph, glyph + self.char_space(role_name), em, kind
        )

    def set(
        self,
        pieces: list[Piece],
        role_name: str,
        width: float,
        *,
        align: str | None = None,
        first_indent: float | None = None,
        line_texts: list[str] | None = None,
        balance: bool = False,
    ) -> list[TextLine]:
        """Lines of a paragraph whose pieces are set in ``role_name`` (the leading's role).

        ``line_texts``, the paragraph's text cut into lines already (a title's,
        :func:`~reportpress.editions.titles.title_lines`), are set as they are:
        each is broken further only if it does not fit the measure.  With
        ``balance`` (a table cell) unjustified lines that wrap are evened out, so
        none ends with a lone character.
        """
        role = self.style.role(role_name)
        align = align or role.align
        indent = role.first_line_indent_chars * self.em(role_name)
        indent = indent if first_indent is None else first_indent
        width -= role.right_indent_chars * self.em(role_name)  # (a signature's 右空二字)
        live = [p for p in pieces if p.text]
        chars, owners = self._chars(live)
        text = "".join(p.text for p in live)
        widths = list(map(_ADVANCE, chars))
        compress = self.style.punctuation != "full"
        ems = list(map(_EM, chars)) if compress else [0.0] * len(chars)
        cell = self.cell(role_name)
        whole_cells = self.style.grid is not None and self.style.grid.half_width == "whole-cells"
        pitch = self.style.line_pitch_pt(role_name)
        baseline = self.baseline(role_name, pitch)
        if line_texts is not None and "".join(line_texts) == text:
            lines = self._given_lines(line_texts, widths, width, indent, ems, cell, whole_cells)
        else:
            breaking = {
                "first_indent": indent,
                "ems": ems,
                "justify": align == "justify",
                "always": self.style.punctuation == "compress-always",
                "tolerance": self.STRETCH_TOLERANCE,
                "balance": balance and align != "justify",
                "cell": cell,
                "whole_cells": whole_cells,
                # Push-in comes after the marks' compression: none where marks stay whole.
                "push_in": PushIn(
                    self.style.push_in_em * role.size_pt,
                    self.style.push_in_ink_gap_em * role.size_pt,
                    lambda: self._inks(chars),
                )
                if compress
                else None,
            }
            lines = break_lines(text, widths, width, **breaking)
        out: list[TextLine] = []
        seen_pieces: set[int] = set()
        for number, line in enumerate(lines):
            lead = indent if number == 0 else 0.0
            if align == "center":
                x = lead + (width - lead - line.width) / 2
            elif align == "right":
                x = width - line.width
            else:
                x = lead
            printed = TextLine(pitch, baseline, x, line.width)
            self._runs(printed, text, chars, owners, line, live, seen_pieces)
            out.append(printed)
        return out

    @staticmethod
    def _inks(chars: list[_Char]) -> list[tuple[float, float] | None]:
        """Each character's ink, its left and right edges from its origin in points (a
        synthesized bold's stroke included): how close a pushed-in line may set two."""
        edges: dict[tuple[str, str], tuple[float, float] | None] = {}
        for face in {c.face.rl_name: c.face for c in chars}.values():
            found = face.ink_edges(c.char for c in chars if c.face is face)
            edges.update(((face.rl_name, char), edge) for char, edge in found.items())
        inks: list[tuple[float, float] | None] = []
        for c in chars:
            edge = edges[c.face.rl_name, c.char]
            stroke = FAKE_BOLD_STROKE * c.size / 2 if c.fake_bold else 0.0
            inks.append(
                None
                if edge is None
                else (edge[0] * c.size / 1000 - stroke, edge[1] * c.size / 1000 + stroke)
            )
        return inks

    def _given_lines(
        self,
        line_texts: list[str],
        widths: list[float],
        width: float,
        indent: float,
        ems: list[float],
        cell: float | None,
        whole_cells: bool,
    ) -> list[Line]:
        """Lines cut where ``line_texts`` end, unjustified; one too long breaks again."""
        lines: list[Line] = []
        start = 0
        for part in line_texts:
            end = start + len(part)
            room = width - (indent if not lines else 0.0)
            for line in break_lines(
                part,
                widths[start:end],
                room,
                ems=ems[start:end],
                justify=False,
                always=self.style.punctuation == "compress-always",
                cell=cell,
                whole_cells=whole_cells,
            ):
                lines.append(
                    replace(line, start=start + line.start, end=start + line.end, last=False)
                )
            start = end
        lines[-1] = replace(lines[-1], last=True)
        return lines

    @staticmethod
    def _runs(
        printed: TextLine,
        text: str,
        chars: list[_Char],
        owners: list[int],
        line: Line,
        pieces: list[Piece],
        seen_pieces: set[int],
    ) -> None:
        """Group a line's characters into runs of one face and one spacing, plus links."""
        count = len(line.positions)
        drawn = chars[line.start : line.start + count]
        owned = owners[line.start : line.start + count]
        positions = _ink_positions(line.positions, drawn, text, line.start)
        # What each character adds to its glyph's advance to reach the next one.
        spacings = [
            b - a - c.glyph for a, b, c in zip(positions, positions[1:], drawn, strict=False)
        ]
        last = count - 1
        begin = 0
        while begin < count:
            char, owner = drawn[begin], owned[begin]
            kind = char.kind
            space = spacings[begin] if begin < last else 0.0
            end = begin + 1
            # A run goes on while the face, the piece and the spacing after each
            # character stay the same; the line's last character has no spacing
            # after it, so it is looked at apart (one test fewer a character).
            while (
                end < last
                and drawn[end].kind is kind
                and owned[end] == owner
                and -1e-4 < spacings[end] - space < 1e-4
            ):
                end += 1
            if end == last and drawn[end].kind is kind and owned[end] == owner:
                end += 1
            x = positions[begin]
            printed.runs.append(
                Run(
                    x,
                    text[line.start + begin : line.start + end],
                    char.face.rl_name,
                    char.size,
                    space,
                    char.fake_bold,
                )
            )
            piece = pieces[owner]
            if owner not in seen_pieces:
                seen_pieces.add(owner)
                if piece.anchor:
                    printed.anchors.append((x, piece.anchor))
                if piece.outline is not None:
                    printed.outline = piece.outline
            if piece.link:
                right = positions[end - 1] + drawn[end - 1].glyph
                if printed.links and printed.links[-1][3] == piece.link and begin:
                    x0, _, size, dest = printed.links[-1]
                    printed.links[-1] = (x0, right, size, dest)
                else:
                    printed.links.append((x, right, char.size, piece.link))
            begin = end
