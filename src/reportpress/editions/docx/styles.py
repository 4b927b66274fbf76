"""The Word styles of the edition, each built wholly from one role of the style model.

Everything that shows is carried by named styles (``Title``, ``Subtitle``,
``Speaker``, ``Heading 1``–``4``, ``Normal``, the ``Lead`` and ``Figure`` character
styles, the ``Metrics Table`` table style …); body paragraphs hold no direct
formatting, so an editor restyles the document by editing styles.

Fonts: Word gets the *first* candidate of each font role (the official name, such
as 仿宋_GB2312), because that is what the editor's Windows machine has.

The official grid: the section carries Word's own 22 × 28 document grid
(``linesAndChars``, ``charSpace`` by Word's rule), so Page Setup shows what an
editor of 公文 expects.  The paragraphs, though, do not snap to it: they reach the
same geometry by themselves, with an exact line pitch and a slight letter
spacing.  LibreOffice snaps a character wider than a grid cell (16 pt on a
15.8 pt cell) to two cells and doubles every gap; Word is unaffected either way.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from reportpress.editions.docx.oxml import (
    PPR_ORDER,
    RPR_ORDER,
    el,
    floor_twips,
    half_points,
    put,
    twips,
)
from reportpress.styles import MM, Style, split_face

#: Word's own ids for the built-in heading styles; python-docx and LibreOffice show
#: them as "Heading 1" and so on.
HEADING_STYLE = {1: "Heading1", 2: "Heading2", 3: "Heading3", 4: "Heading4"}


def footer_line(style: Style) -> int:
    """The page number's line box: exactly its size, so the box top is the glyphs' top."""
    return twips(style.role("page_number").size_pt)


def word_font(style: Style, font_role: str) -> str:
    """The family name Word gets for a font role: its first candidate, without fontconfig style."""
    return split_face(style.fonts[font_role].candidates[0])[0]


def alt_font(style: Style, font_role: str) -> str | None:
    """The next distinct family of the role's chain, recorded as the face's other name."""
    first = word_font(style, font_role)
    for candidate in style.font_chain(font_role):
        family = split_face(candidate)[0]
        if family != first:
            return family
    return None


class PageMeasures:
    """The page, the grid and the line pitches in Word's units (twips), from the style."""

    def __init__(self, style: Style) -> None:
        page = style.page
        self.page_width = twips(page.width_mm * MM)
        self.page_height = twips(page.height_mm * MM)
        self.margin_top = twips(page.margin_top_mm * MM)
        self.margin_bottom = twips(page.margin_bottom_mm * MM)
        self.margin_left = twips(page.margin_left_mm * MM)
        self.margin_right = twips(page.margin_right_mm * MM)
        self.text_width = self.page_width - self.margin_left - self.margin_right
        self.text_height = self.page_height - self.margin_top - self.margin_bottom
        self.body_size = style.role("body").size_pt
        self.grid = style.grid
        if style.grid is not None:
            self.line_pitch = math.floor(self.text_height / style.grid.lines_per_page)
            # Word's rule: charSpace is what each character of the Normal font size
            # gains (negative: loses) on the grid, in 1/4096 pt.  Rounded down so
            # that the promised characters per line still fit.
            pitch_pt = self.text_width / 20 / style.grid.chars_per_line
            self.char_space = math.floor((pitch_pt - self.body_size) * 4096)
            self.char_pitch_pt = self.body_size + self.char_space / 4096
            # The same pitch as explicit letter spacing (1/20 pt), so that paragraphs
            # hold their 28 characters without snapping to the grid.  One step more
            # than the exact figure: LibreOffice rounds letter spacing to 1/100 mm and
            # would otherwise lose the last character of a full line.
            self.letter_spacing = min(0, math.floor((pitch_pt - self.body_size) * 20) - 1)
        else:
            self.line_pitch = floor_twips(style.line_pitch_pt("body"))
            self.char_space = 0
            self.char_pitch_pt = self.body_size
            self.letter_spacing = 0

    def line(self, style: Style, role_name: str) -> int:
        """The exact line pitch of a role, in twips; on a grid the grid's own pitch."""
        role = style.role(role_name)
        if self.grid is not None and role.line_height is None:
            lines = max(1, math.ceil(role.size_pt * 1.2 * 20 / self.line_pitch))
            return self.line_pitch * lines
        return floor_twips(style.line_pitch_pt(role_name))


def letter_spacing(measures: PageMeasures, role) -> int:
    """A role's letter spacing in twips: the grid's, for text of the body's size only."""
    return measures.letter_spacing if role.size_pt == measures.body_size else 0


def set_run(
    target, style: Style, measures: PageMeasures, role_name: str, *, bold: bool | None = None
):
    """Run properties of a role on a style: all four font slots, weight, pitch, size, language."""
    role = style.role(role_name)
    face = word_font(style, role.font)
    font = target.font
    font.name = face  # ascii and hAnsi
    if style.is_bold(role_name) if bold is None else bold:
        font.bold = True
        font.cs_bold = True
    font.size = Pt(half_points(role.size_pt) / 2)
    rpr = target.element.get_or_add_rPr()
    put(rpr, "rFonts", RPR_ORDER, {"eastAsia": face, "cs": face, "hint": "eastAsia"})
    if measures.letter_spacing:  # explicit 0 elsewhere, or Normal's spacing would be inherited
        put(rpr, "spacing", RPR_ORDER, {"val": letter_spacing(measures, role)})
    put(rpr, "szCs", RPR_ORDER, {"val": half_points(role.size_pt)})
    put(rpr, "lang", RPR_ORDER, {"val": "en-US", "eastAsia": style.language, "bidi": "ar-SA"})


#: The East Asian language of a figure's runs (``2894.8⁠亩``): "no linguistic content".
#: LibreOffice breaks Chinese text with its own iterator, which ignores the WORD JOINER
#: that holds a number to its unit; for text of another language it keeps the
#: joiner (7.4: the sample's 13 figures split at a line end → 0).  Word, which
#: honours the joiner anyway, only stops proofing these runs.
FIGURE_LANGUAGE = "zxx"

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def set_paragraph(
    target,
    style: Style,
    measures: PageMeasures,
    role_name: str,
    *,
    keep_next: bool = False,
    page_break: bool = False,
    outline: int | None = None,
    indent_chars: float | None = None,
    left_chars: float = 0,
    right_chars: float | None = None,
    line: int | None = None,
    align: str | None = None,
    tabs: Iterable[int] = (),
) -> None:
    """Paragraph properties of a role on a style (``tabs``: right tabs with dot leaders)."""
    role = style.role(role_name)
    fmt = target.paragraph_format
    if keep_next:
        fmt.keep_with_next = True
    if page_break:
        fmt.page_break_before = True
    for position in tabs:
        fmt.tab_stops.add_tab_stop(Twips(position), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    ppr = target.element.get_or_add_pPr()
    if measures.grid is not None:
        # Official layout: no punctuation hung into the margin, no automatic space
        # between Han and Latin/digits (it would pull characters off the grid).
        for tag in ("overflowPunct", "autoSpaceDE", "autoSpaceDN"):
            put(ppr, tag, PPR_ORDER, {"val": 0})
        # Paragraphs keep the grid's geometry by themselves (exact line pitch,
        # letter spacing) instead of snapping to it: LibreOffice snaps a character
        # wider than a grid cell to two cells, doubling every gap.
        put(ppr, "snapToGrid", PPR_ORDER, {"val": 0})
    line = measures.line(style, role_name) if line is None else line
    fmt.space_before = Twips(round(role.space_before_lines * line))
    fmt.space_after = Twips(round(role.space_after_lines * line))
    fmt.line_spacing = Twips(line)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    first = role.first_line_indent_chars if indent_chars is None else indent_chars
    char_pt = measures.char_pitch_pt if role.size_pt == measures.body_size else role.size_pt
    # Word measures indents in characters (…Chars, hundredths) where it can; the
    # twips beside them serve readers that do not.
    chars: dict[str, str | int] = {}
    if left_chars:
        fmt.left_indent = Twips(twips(left_chars * char_pt))
        chars["leftChars"] = round(left_chars * 100)
    right_chars = role.right_indent_chars if right_chars is None else right_chars
    if right_chars:
        fmt.right_indent = Twips(twips(right_chars * char_pt))
        chars["rightChars"] = round(right_chars * 100)
    fmt.first_line_indent = Twips(twips(first * char_pt))
    chars["firstLineChars"] = round(first * 100)
    put(ppr, "ind", PPR_ORDER, chars)
    fmt.alignment = _ALIGN[align or role.align]
    if outline is not None:
        put(ppr, "outlineLvl", PPR_ORDER, {"val": outline})


#: What a style element may keep of the template: its name (and id, an attribute).
_STYLE_KEEP = {qn("w:name")}


class WordStyles:
    """The document's styles: the template's built-in ones reset, ours added, the rest gone."""

    #: Template styles kept as they are (their definitions are Word's own).
    UNTOUCHED = ("DefaultParagraphFont", "TableNormal")

    def __init__(self, document, style: Style, measures: PageMeasures, toc_levels: range) -> None:
        self.styles = document.styles
        self.style, self.measures = style, measures
        self.toc_levels = toc_levels
        self.by_id: dict[str, object] = {}
        #: The style model's role behind each of our paragraph and character styles.
        self.roles: dict[str, str] = {}

    def __getitem__(self, style_id: str):
        return self.by_id[style_id]

    def _get(self, name: str, kind: WD_STYLE_TYPE, style_id: str | None, builtin: bool):
        """The template's style called ``name``, its definition cleared; else a new one.

        Clearing takes the template's look with it: theme fonts, blue headings, the
        rule under Title, numbering on Subtitle, ``rsid``s, links to "… Char" styles.
        """
        try:
            existing = self.styles[name]
        except KeyError:
            existing = None
        if existing is not None and existing.type == kind:
            for child in list(existing.element):
                if child.tag not in _STYLE_KEEP:
                    existing.element.remove(child)
            made = existing
        else:
            made = self.styles.add_style(name, kind, builtin=builtin)
        if style_id is not None:
            made.style_id = style_id
        self.by_id[made.style_id] = made
        return made

    @staticmethod
    def _describe(made, based_on=None, next_style=None, priority=None, semi_hidden=False):
        made.base_style = based_on
        if next_style is not None:
            made.next_paragraph_style = next_style
        made.priority = priority
        if semi_hidden:
            made.hidden = True
            made.unhide_when_used = True
        else:
            made.quick_style = True

    def para(
        self,
        name: str,
        role_name: str,
        *,
        style_id: str | None = None,
        builtin: bool = False,
        based_on: str | None = "Normal",
        next_id: str | None = None,
        priority: int | None = None,
        bold: bool | None = None,
        **layout,
    ):
        """A paragraph style set wholly from one role (``layout`` goes to :func:`_set_paragraph`)."""
        made = self._get(name, WD_STYLE_TYPE.PARAGRAPH, style_id, builtin)
        self._describe(
            made,
            based_on=self.by_id[based_on] if based_on and made.style_id != "Normal" else None,
            next_style=self.by_id[next_id] if next_id else None,
            priority=priority,
        )
        set_paragraph(made, self.style, self.measures, role_name, **layout)
        set_run(made, self.style, self.measures, role_name, bold=bold)
        self.roles[made.style_id] = role_name
        return made

    def build(self) -> WordStyles:
        """Every style the document uses, each complete (fonts, size, pitch, indent, language)."""
        style, measures = self.style, self.measures
        normal = self.para("Normal", "body", priority=0, based_on=None)
        # Stated rather than left to the reader's default (which is on in Word and
        # LibreOffice alike, so the layout does not move): no line of a paragraph
        # left alone at a page's foot or head, as in the PDF edition.
        normal.paragraph_format.widow_control = True
        for kept in self.UNTOUCHED:
            self.by_id[kept] = next(s for s in self.styles if s.style_id == kept)

        # A style names its next style once that exists (Subtitle before Title).
        self.para("Subtitle", "subtitle", keep_next=True, priority=11)
        self.para("Title", "title", keep_next=True, priority=10, next_id="Subtitle")
        self.para("Speaker", "speaker", keep_next=True)
        self.para("Salutation", "salutation")
        self.para("Closing", "closing")
        self.para("Signature", "signature", keep_next=True)  # the body signing, kept with its date
        # An attachment's label heads a page of its own, kept with the title under it.
        self.para("Attachment Label", "attachment_label", keep_next=True, page_break=True)
        # The paragraph a run-in heading flows into: the body without its first-line
        # indent (the heading in front of it already took the indent).
        self.para("Body Continued", "body", indent_chars=0)
        for level in HEADING_STYLE:
            self.para(
                f"Heading {level}", f"heading{level}", keep_next=True,
                outline=level - 1, priority=9, next_id="Normal",
            )  # fmt: skip
        # An attachment's title: a level-1 heading (in the outline and the contents)
        # set in the title's role, centred under its label (GB/T 9704 7.3.7).
        self.para(
            "Attachment Title", "title", based_on="Heading1", keep_next=True,
            outline=0, next_id="Normal",
        )  # fmt: skip
        lead = self._get("Lead", WD_STYLE_TYPE.CHARACTER, None, builtin=False)
        self._describe(lead, priority=20)
        set_run(lead, style, measures, "lead")
        self.roles[lead.style_id] = "lead"
        # A figure with its unit: the look of its paragraph (or of Lead), and a language
        # with no East Asian line breaking (:data:`FIGURE_LANGUAGE`).
        self.figure_ids: dict[str | None, str] = {}
        for name, base, lead_id in (("Figure", None, None), ("Lead Figure", lead, lead.style_id)):
            figure = self._get(name, WD_STYLE_TYPE.CHARACTER, None, builtin=False)
            self._describe(figure, based_on=base, priority=21)
            put(figure.element.get_or_add_rPr(), "lang", RPR_ORDER, {"eastAsia": FIGURE_LANGUAGE})
            self.figure_ids[lead_id] = figure.style_id
            if base is not None:
                self.roles[figure.style_id] = "lead"
        hyperlink = self._get("Hyperlink", WD_STYLE_TYPE.CHARACTER, None, builtin=True)
        self._describe(hyperlink, priority=99, semi_hidden=True)
        hyperlink.font.underline = True
        # Contents: entries indented two characters a level, dot leaders to the page
        # number; the title is not a heading (outline level 9 = body text), so it
        # stays out of the navigation pane and out of the contents themselves.
        for level in self.toc_levels:
            self.para(
                f"toc {level}", "body", style_id=f"TOC{level}", builtin=True,
                indent_chars=0, left_chars=2 * (level - self.toc_levels.start), align="left",
                priority=39, tabs=[measures.text_width],
            )  # fmt: skip
        self.para(
            "TOC Heading", "appendix_heading", keep_next=True, outline=9,
            next_id=f"TOC{self.toc_levels.start}",
        )  # fmt: skip
        # The appendix title is a level-1 heading (it belongs in the outline) set in
        # the appendix-heading role, on a page of its own.
        self.para(
            "Appendix Heading", "appendix_heading", based_on="Heading1",
            keep_next=True, page_break=True, outline=0,
        )  # fmt: skip
        table_role = "appendix_table"
        table_text = self.para("Table Text", table_role, indent_chars=0)
        # Alignment → the paragraph style of an appendix column's cells aligned so: Table
        # Text in the role's own, one named by its alignment for each other a column asks.
        self.table_text_ids = {style.role(table_role).align: table_text.style_id}
        for align in sorted(set(style.appendix.align) - set(self.table_text_ids)):
            made = self.para(
                f"Table Text {align.capitalize()}", table_role, indent_chars=0, align=align
            )
            self.table_text_ids[align] = made.style_id
        self.para("Table Header", table_role, indent_chars=0, align="center", bold=True)
        self.para("Table Group", table_role, indent_chars=0, bold=True)
        # The empty paragraph Word requires after a table: one point high, so that
        # a table ending at a page's foot does not push it onto a blank page.
        self.para("Table End", table_role, indent_chars=0, line=20)
        self._table_style()
        # Page numbers: a line box exactly the number's size (see _footer_distance),
        # set at the outer side one character in, or centred.
        footer = {"indent_chars": 0, "line": footer_line(style), "priority": 99}
        numbers = style.page_numbers
        self.para("Footer", "page_number", align="left", **footer)
        for style_id, align in (("FooterOdd", "right"), ("FooterEven", "left")):
            self.para(
                f"Footer {align.title()}", "page_number", style_id=style_id,
                based_on="Footer", align=align,
                **{f"{align}_chars": numbers.indent_chars}, **footer,
            )  # fmt: skip
        self.para("Footer Center", "page_number", based_on="Footer", align="center", **footer)

        self._document_defaults(normal)
        for unused in [s for s in self.styles if s.style_id not in self.by_id]:
            unused.delete()
        return self

    def _table_style(self) -> None:
        """Ruled grid for the metrics appendix; cell text takes its styles from the paragraphs."""
        made = self._get("Metrics Table", WD_STYLE_TYPE.TABLE, None, builtin=False)
        self._describe(made, based_on=self.by_id["TableNormal"], priority=59)
        borders = el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(el(side, {"val": "single", "sz": 4, "space": 0, "color": "auto"}))
        # The style's cell padding beside the text, half of it above and below.
        pad = self.style.role("appendix_table").size_pt * self.style.appendix.cell_padding_em
        margins = el("tblCellMar")
        for side in ("top", "left", "bottom", "right"):
            margins.append(
                el(side, {"w": twips(pad / 2 if side in ("top", "bottom") else pad), "type": "dxa"})
            )
        made.element.append(el("tblPr", None, borders, margins))

    def _document_defaults(self, normal) -> None:
        """The defaults are Normal's run properties; no space around paragraphs.

        They replace the template's theme fonts (Calibri, Cambria, the Japanese
        slots) and its 10 pt after / 1.15 lines.
        """
        defaults = self.styles.element.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault"))
        for old in rpr_default.findall(qn("w:rPr")):
            rpr_default.remove(old)
        rpr_default.append(copy.deepcopy(normal.element.rPr))
        ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        for old in list(ppr):
            ppr.remove(old)
        ppr.append(el("spacing", {"before": 0, "after": 0}))
