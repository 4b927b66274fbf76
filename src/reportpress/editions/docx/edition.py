"""The Word edition: a DOCX that an editor can keep working on.

python-docx writes it: the document starts from ``docx.Document()`` and is built
through its API — styles (``add_style``, base and next style, font, paragraph
format), paragraphs and runs, the appendix table, the section's page setup and
footers, the settings' odd/even footers, the core properties.  ``docx.oxml``
(``OxmlElement``, ``qn``) fills only the gaps the API leaves: East Asian fonts and
language, ``…Chars`` indents, the document grid and character spacing, fields,
bookmarks, internal hyperlinks, the repeating header row, the theme, the font
table.  A well-kept library writes the package (relationships, content types,
part names), so the file stays what Word expects as Word and python-docx evolve.

python-docx's default template brings much that is not the report's: a
Japanese theme language and font slots, Calibri/Cambria styles and 160 styles
the report never uses, ``rsid`` values, a thumbnail, customXml, numbering, web
settings and ``stylesWithEffects`` parts, and core properties by "python-docx".
:func:`_clear_template` undoes all of it before anything is written; the
latent-style table stays (it is Word's catalogue of built-in styles).  The zip is
then rewritten with sorted entries and fixed dates, so the same input gives the
same bytes.

Everything that shows is carried by named styles built from the style model
(`Title`, `Subtitle`, `Speaker`, `Heading 1`–`4`, `Normal`, the `Lead` character
style, the `Metrics Table` table style …); body paragraphs hold no direct
formatting, so an editor restyles the document by editing styles.

Fonts: Word gets the *first* candidate of each font role (the official name, such
as 仿宋_GB2312), because that is what the editor's Windows machine has.  The font
table lists the next distinct candidate as ``w:altName`` (仿宋_GB2312 → FangSong_GB2312,
SimSun → 宋体), which is how Word itself records a face's other-language name, plus
the GB2312 charset and the generic family, so a machine without the face substitutes
a Chinese face of the right kind rather than a Latin one.

The official grid: the section carries Word's own 22 × 28 document grid
(``linesAndChars``, ``charSpace`` by Word's rule), so Page Setup shows what an
editor of 公文 expects.  The paragraphs, though, do not snap to it: they reach the
same geometry by themselves, with an exact line pitch and a slight letter
spacing.  LibreOffice snaps a character wider than a grid cell (16 pt on a
15.8 pt cell) to two cells and doubles every gap; Word is unaffected either way.

Run-in headings use Word's style separator: a Heading N paragraph whose mark is
hidden, so the heading is in the outline and flows into its paragraph.
"""

from __future__ import annotations

import copy
import datetime as _dt
import math
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from io import BytesIO
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from lxml import etree

from reportpress.errors import InputError
from reportpress.ladder import Heading, split_number
from reportpress.model import Block, Metric, Report, Span
from reportpress.styles import MM, Role, Style

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

#: Word's own ids for the built-in styles we use; python-docx and LibreOffice show
#: them as "Heading 1", "TOC 1" and so on.
HEADING_STYLE = {1: "Heading1", 2: "Heading2", 3: "Heading3", 4: "Heading4"}
BLOCK_STYLE = {
    "title": "Title",
    "subtitle": "Subtitle",
    "speaker": "Speaker",
    "salutation": "Salutation",
    "paragraph": "Normal",
    "closing": "Closing",
}
#: Styles whose paragraphs are generated furniture, not the report's text.
GENERATED_STYLES = {"TOC Heading", "Appendix Heading"}

_HEADING_NAME = re.compile(r"^heading ([1-9])$", re.IGNORECASE)
_BOOKMARK_BAD = re.compile(r"[^A-Za-z0-9_]")

# ---- oxml helpers: only for what python-docx has no API for ----------------------------

#: Schema order of the ``w:pPr`` and ``w:rPr`` children (python-docx keeps it for the
#: children it writes; ours go into the same sequence).
_PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
    "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
    "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
    "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
_RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
    "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
    "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
    "eastAsianLayout", "specVanish", "oMath",
)  # fmt: skip
_SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
    "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
    "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
)  # fmt: skip
#: ``w:settings`` children after ``w:updateFields`` (the ones the template may hold).
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
)  # fmt: skip


def _el(tag: str, attrs: dict[str, str | int] | None = None, *children):
    """A ``w:`` oxml element with ``w:`` attributes (``qn`` names pass through)."""
    element = _attrs(OxmlElement(f"w:{tag}"), attrs or {})
    element.extend(children)
    return element


def _put(parent, tag: str, order: tuple[str, ...], attrs: dict[str, str | int] | None = None):
    """Set ``w:tag`` on ``parent`` (made if missing, in schema order) with ``attrs``."""
    child = parent.find(qn(f"w:{tag}"))
    if child is None:
        child = _el(tag)
        later = {qn(f"w:{t}") for t in order[order.index(tag) + 1 :]}
        following = next((c for c in parent if c.tag in later), None)
        if following is None:
            parent.append(child)
        else:
            following.addprevious(child)
    _attrs(child, attrs or {})
    return child


def _attrs(element, attrs: dict[str, str | int], *, replace: bool = False):
    """Set ``w:`` attributes on an element (all of them, with ``replace``)."""
    if replace:
        element.attrib.clear()
    for key, value in attrs.items():
        element.set(key if key.startswith("{") else qn(f"w:{key}"), str(value))
    return element


def _twips(points: float) -> int:
    return round(points * 20)


def _floor_twips(points: float) -> int:
    """Line pitches round down so that the promised number of lines still fits."""
    return math.floor(points * 20 + 1e-6)


def _half_points(points: float) -> int:
    return round(points * 2)


# ---- reproducibility ---------------------------------------------------------------


def build_time(report: Report) -> _dt.datetime:
    """The date written into the file: ``SOURCE_DATE_EPOCH``, else the report's date.

    Never the clock, so that the same input gives the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC)
    try:
        day = _dt.date.fromisoformat(report.date)
    except ValueError:
        day = _dt.date(1980, 1, 1)
    return _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC)


def _zip(parts: dict[str, bytes], when: _dt.datetime) -> bytes:
    """A zip with fixed timestamps and attributes; ``[Content_Types].xml`` first, rest sorted."""
    stamp = max(when, _dt.datetime(1980, 1, 1, tzinfo=_dt.UTC)).timetuple()[:6]
    names = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n))
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o644 << 16
            archive.writestr(info, parts[name], compresslevel=6)
    return buffer.getvalue()


def _rezip(package: bytes, when: _dt.datetime) -> bytes:
    """python-docx's saved package, entries sorted and dated ``when``."""
    with zipfile.ZipFile(BytesIO(package)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    return _zip(parts, when)


# ---- fonts -------------------------------------------------------------------------

_WEIGHT_SUFFIX = re.compile(r":(bold|black|heavy|semibold|demibold)$", re.IGNORECASE)


def word_font(style: Style, font_role: str) -> str:
    """The family name Word gets for a font role: its first candidate, without fontconfig style."""
    return style.fonts[font_role].candidates[0].split(":", 1)[0]


def alt_font(style: Style, font_role: str) -> str | None:
    """The next distinct family of the role's chain, recorded as the face's other name."""
    first = word_font(style, font_role)
    for candidate in style.font_chain(font_role):
        family = candidate.split(":", 1)[0]
        if family != first:
            return family
    return None


def _role_is_bold(style: Style, role: Role) -> bool:
    """Bold set on the role, or implied by a bold face (``Noto Serif CJK SC:Bold``)."""
    return role.bold or bool(_WEIGHT_SUFFIX.search(style.fonts[role.font].candidates[0]))


# ---- style properties --------------------------------------------------------------


class _Geometry:
    """Page and grid figures in Word's units, computed once per render."""

    def __init__(self, style: Style) -> None:
        page = style.page
        self.page_w = _twips(page.width_mm * MM)
        self.page_h = _twips(page.height_mm * MM)
        self.top = _twips(page.margin_top_mm * MM)
        self.bottom = _twips(page.margin_bottom_mm * MM)
        self.left = _twips(page.margin_left_mm * MM)
        self.right = _twips(page.margin_right_mm * MM)
        self.text_w = self.page_w - self.left - self.right
        self.text_h = self.page_h - self.top - self.bottom
        self.body_size = style.role("body").size_pt
        self.grid = style.grid
        if style.grid is not None:
            self.line_pitch = math.floor(self.text_h / style.grid.lines_per_page)
            # Word's rule: charSpace is what each character of the Normal font size
            # gains (negative: loses) on the grid, in 1/4096 pt.  Rounded down so
            # that the promised characters per line still fit.
            pitch_pt = self.text_w / 20 / style.grid.chars_per_line
            self.char_space = math.floor((pitch_pt - self.body_size) * 4096)
            self.char_pitch_pt = self.body_size + self.char_space / 4096
            # The same pitch as explicit letter spacing (1/20 pt), so that paragraphs
            # hold their 28 characters without snapping to the grid.  One step more
            # than the exact figure: LibreOffice rounds letter spacing to 1/100 mm and
            # would otherwise lose the last character of a full line.
            self.condense = min(0, math.floor((pitch_pt - self.body_size) * 20) - 1)
        else:
            self.line_pitch = _floor_twips(style.line_pitch_pt("body"))
            self.char_space = 0
            self.char_pitch_pt = self.body_size
            self.condense = 0

    def line(self, style: Style, role_name: str) -> int:
        """The exact line pitch of a role, in twips; on a grid the grid's own pitch."""
        role = style.role(role_name)
        if self.grid is not None and role.line_height is None:
            lines = max(1, math.ceil(role.size_pt * 1.2 * 20 / self.line_pitch))
            return self.line_pitch * lines
        return _floor_twips(style.line_pitch_pt(role_name))


def _set_run(target, style: Style, geo: _Geometry, role: Role, *, bold: bool | None = None):
    """Run properties of a role on a style: all four font slots, weight, pitch, size, language."""
    face = word_font(style, role.font)
    font = target.font
    font.name = face  # ascii and hAnsi
    if _role_is_bold(style, role) if bold is None else bold:
        font.bold = True
        font.cs_bold = True
    font.size = Pt(_half_points(role.size_pt) / 2)
    rpr = target.element.get_or_add_rPr()
    _put(rpr, "rFonts", _RPR_ORDER, {"eastAsia": face, "cs": face, "hint": "eastAsia"})
    if geo.condense:  # explicit 0 elsewhere, or Normal's spacing would be inherited
        condense = geo.condense if role.size_pt == geo.body_size else 0
        _put(rpr, "spacing", _RPR_ORDER, {"val": condense})
    _put(rpr, "szCs", _RPR_ORDER, {"val": _half_points(role.size_pt)})
    _put(rpr, "lang", _RPR_ORDER, {"val": "en-US", "eastAsia": style.language, "bidi": "ar-SA"})


_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _set_paragraph(
    target,
    style: Style,
    geo: _Geometry,
    role_name: str,
    *,
    keep_next: bool = False,
    page_break: bool = False,
    outline: int | None = None,
    indent_chars: float | None = None,
    left_chars: float = 0,
    right_chars: float = 0,
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
    if geo.grid is not None:
        # Official layout: no punctuation hung into the margin, no automatic space
        # between Han and Latin/digits (it would pull characters off the grid).
        for tag in ("overflowPunct", "autoSpaceDE", "autoSpaceDN"):
            _put(ppr, tag, _PPR_ORDER, {"val": 0})
        # Paragraphs keep the grid's geometry by themselves (exact line pitch,
        # letter spacing) instead of snapping to it: LibreOffice snaps a character
        # wider than a grid cell to two cells, doubling every gap.
        _put(ppr, "snapToGrid", _PPR_ORDER, {"val": 0})
    line = geo.line(style, role_name) if line is None else line
    fmt.space_before = Twips(round(role.space_before_lines * line))
    fmt.space_after = Twips(round(role.space_after_lines * line))
    fmt.line_spacing = Twips(line)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    first = role.first_line_indent_chars if indent_chars is None else indent_chars
    char_pt = geo.char_pitch_pt if role.size_pt == geo.body_size else role.size_pt
    # Word measures indents in characters (…Chars, hundredths) where it can; the
    # twips beside them serve readers that do not.
    chars: dict[str, str | int] = {}
    if left_chars:
        fmt.left_indent = Twips(_twips(left_chars * char_pt))
        chars["leftChars"] = round(left_chars * 100)
    if right_chars:
        fmt.right_indent = Twips(_twips(right_chars * char_pt))
        chars["rightChars"] = round(right_chars * 100)
    fmt.first_line_indent = Twips(_twips(first * char_pt))
    chars["firstLineChars"] = round(first * 100)
    _put(ppr, "ind", _PPR_ORDER, chars)
    fmt.alignment = _ALIGN[align or role.align]
    if outline is not None:
        _put(ppr, "outlineLvl", _PPR_ORDER, {"val": outline})


#: What a style element may keep of the template: its name (and id, an attribute).
_STYLE_KEEP = {qn("w:name")}


class _Styles:
    """The document's styles: the template's built-in ones reset, ours added, the rest gone."""

    #: Template styles kept as they are (their definitions are Word's own).
    UNTOUCHED = ("DefaultParagraphFont", "TableNormal")

    def __init__(self, document, style: Style, geo: _Geometry, toc_levels: range) -> None:
        self.styles = document.styles
        self.style, self.geo = style, geo
        self.toc_levels = toc_levels
        self.by_id: dict[str, object] = {}

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
        _set_paragraph(made, self.style, self.geo, role_name, **layout)
        _set_run(made, self.style, self.geo, self.style.role(role_name), bold=bold)
        return made

    def build(self) -> _Styles:
        """Every style the document uses, each complete (fonts, size, pitch, indent, language)."""
        style, geo = self.style, self.geo
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
        # The paragraph a run-in heading flows into: the body without its first-line
        # indent (the heading in front of it already took the indent).
        self.para("Body Continued", "body", indent_chars=0)
        for level in HEADING_STYLE:
            self.para(
                f"Heading {level}", f"heading{level}", keep_next=True,
                outline=level - 1, priority=9, next_id="Normal",
            )  # fmt: skip
        lead = self._get("Lead", WD_STYLE_TYPE.CHARACTER, None, builtin=False)
        self._describe(lead, priority=20)
        _set_run(lead, style, geo, style.role("lead"))
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
                priority=39, tabs=[geo.text_w],
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
        self.para("Table Text", table_role, indent_chars=0)
        self.para("Table Header", table_role, indent_chars=0, align="center", bold=True)
        self.para("Table Group", table_role, indent_chars=0, bold=True)
        # The empty paragraph Word requires after a table: one point high, so that
        # a table ending at a page's foot does not push it onto a blank page.
        self.para("Table End", table_role, indent_chars=0, line=20)
        self._table_style()
        # Page numbers: a line box exactly the number's size (see _footer_distance),
        # set at the outer side one character in, or centred.
        footer = {"indent_chars": 0, "line": _footer_line(style), "priority": 99}
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
        borders = _el("tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(_el(side, {"val": "single", "sz": 4, "space": 0, "color": "auto"}))
        margins = _el("tblCellMar")
        for side in ("top", "left", "bottom", "right"):
            margins.append(_el(side, {"w": 29 if side in ("top", "bottom") else 85, "type": "dxa"}))
        made.element.append(_el("tblPr", None, borders, margins))

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
        ppr.append(_el("spacing", {"before": 0, "after": 0}))


# ---- the body ----------------------------------------------------------------------


def bookmark_name(ident: str, prefix: str = "") -> str:
    """A Word bookmark name: letters, digits and ``_`` only, at most 40 characters."""
    name = prefix + _BOOKMARK_BAD.sub("_", ident)
    if not name[:1].isalpha() and not name.startswith("_"):
        name = "m" + name
    return name[:40]


def toc_levels(report: Report, style: Style) -> range:
    """The heading levels the contents list: ``style.toc.levels`` of them from the
    report's top level (a report with only 1. and （1） headings lists those)."""
    top = min((b.level for b in report.headings()), default=1)
    return range(top, min(4, top + style.toc.levels - 1) + 1)


def _toc_anchor(block: Block) -> str:
    return bookmark_name(block.id or block.number, "_Toc_")


def _run(paragraph, text: str, char_style=None):
    """A run of text; spaces are kept as typed (Word would collapse runs of them)."""
    run = paragraph.add_run(text, char_style)
    if any(c.isspace() for c in text):
        for t in run._r.iterchildren(qn("w:t")):
            t.set(qn("xml:space"), "preserve")
    return run


def _field(paragraph, instruction: str, result: str = "", dirty: bool = False) -> None:
    """A complex field (``w:fldChar`` begin, instruction, separate, result, end)."""
    _field_begin(paragraph, instruction, dirty)
    if result:
        _run(paragraph, result)
    _field_end(paragraph)


def _field_begin(paragraph, instruction: str, dirty: bool = False) -> None:
    begin = {"fldCharType": "begin"} | ({"dirty": "true"} if dirty else {})
    paragraph.add_run()._r.append(_el("fldChar", begin))
    instr = _el("instrText", {qn("xml:space"): "preserve"})
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(_el("fldChar", {"fldCharType": "separate"}))


def _field_end(paragraph) -> None:
    paragraph.add_run()._r.append(_el("fldChar", {"fldCharType": "end"}))


def _link(run, anchor: str) -> None:
    """Wrap a run in an internal hyperlink to a bookmark."""
    link = _el("hyperlink", {"anchor": anchor, "history": 1})
    run._r.addprevious(link)
    link.append(run._r)


class _Body:
    """Builds the document body; keeps the bookmark counter in document order."""

    def __init__(self, document, styles: _Styles, report: Report, geo: _Geometry) -> None:
        self.document, self.styles = document, styles
        self.report, self.style, self.geo = report, styles.style, geo
        self._next_bookmark = 0

    # paragraphs and runs

    def paragraph(self, style_id: str):
        """A paragraph of a named style; every paragraph names its style, Normal too.

        python-docx leaves the default style implicit; the file states it so that
        each paragraph says what it is.
        """
        paragraph = self.document.add_paragraph(style=self.styles[style_id])
        if paragraph._p.style is None:
            paragraph._p.get_or_add_pPr().style = style_id
        return paragraph

    def bookmarked(self, paragraph, name: str) -> _Bookmark:
        ident = self._next_bookmark
        self._next_bookmark += 1
        return _Bookmark(paragraph, ident, name)

    def spans(self, paragraph, spans: Iterable[Span]) -> None:
        lead = self.styles["Lead"]
        for span in spans:
            if not span.text:
                continue
            if span.metric is not None:
                with self.bookmarked(paragraph, bookmark_name(span.metric.id)):
                    _run(paragraph, span.text, lead if span.lead else None)
            else:
                _run(paragraph, span.text, lead if span.lead else None)

    # the document

    def build(self) -> None:
        blocks = self.report.blocks
        front = [b for b in blocks if b.kind in ("title", "subtitle", "speaker")]
        rest = [b for b in blocks if b.kind not in ("title", "subtitle", "speaker")]
        for block in front:
            self.spans(self.paragraph(BLOCK_STYLE[block.kind]), block.spans)
        if self.style.toc.enabled and self.report.headings():
            self.toc()
        continued = False
        for index, block in enumerate(rest):
            if block.kind == "heading":
                following = rest[index + 1] if index + 1 < len(rest) else None
                run_in = block.run_in and following is not None and following.kind == "paragraph"
                self.heading(block, run_in)
                continued = run_in
            else:
                style_id = "BodyContinued" if continued else BLOCK_STYLE[block.kind]
                self.spans(self.paragraph(style_id), block.spans)
                continued = False
        if self.style.appendix.enabled and self.report.metrics:
            self.appendix()

    def heading(self, block: Block, run_in: bool) -> None:
        """A Heading N paragraph; a run-in one ends in Word's style separator.

        The style separator is a hidden paragraph mark (``w:vanish`` + ``w:specVanish``):
        Word shows the heading and the next paragraph on one line, yet the heading
        stays a paragraph of its own, with its style and outline level, so the
        navigation pane and the contents still list it.
        """
        paragraph = self.paragraph(HEADING_STYLE[block.level])
        if run_in:  # the paragraph mark's run properties: no python-docx API
            mark = _put(paragraph._p.get_or_add_pPr(), "rPr", _PPR_ORDER)
            mark.extend([_el("vanish"), _el("specVanish")])
        with self.bookmarked(paragraph, _toc_anchor(block)):
            if block.number:
                _run(paragraph, block.number)
            self.spans(paragraph, block.spans)

    def toc(self) -> None:
        """The contents: a TOC field whose cached result already lists the headings.

        Word refreshes it on opening (``w:updateFields``, ``w:dirty``); the cached
        entries serve readers that never update fields (LibreOffice's PDF export).
        """
        levels = toc_levels(self.report, self.style)  # from the report's top level down
        _run(self.paragraph("TOCHeading"), self.style.toc.title)
        headings = [b for b in self.report.headings() if b.level in levels]
        for index, block in enumerate(headings):
            paragraph = self.paragraph(f"TOC{block.level}")
            if index == 0:
                field = f'TOC \\o "{levels.start}-{levels.stop - 1}" \\h \\z \\u'
                _field_begin(paragraph, field, dirty=True)
            # Cached entries carry no page numbers (only Word's layout knows them);
            # Word rebuilds the entries, leaders and numbers when it updates the field.
            _link(_run(paragraph, block.heading_text), _toc_anchor(block))
            if index == len(headings) - 1:
                _field_end(paragraph)
                # The body starts on a page of its own, after the contents.
                paragraph.add_run().add_break(WD_BREAK.PAGE)

    def appendix(self) -> None:
        """One ruled table, group rows under level-1/2 headings, a repeating header row."""
        appendix = self.style.appendix
        _run(self.paragraph("AppendixHeading"), appendix.title)
        rows = [_metric_cells(m) for m in self.report.metrics]
        widths = _column_widths(
            self.geo.text_w, self.style.role("appendix_table").size_pt, appendix.columns, rows
        )
        table = self.document.add_table(rows=0, cols=len(widths))
        table.style = self.styles["MetricsTable"]
        table.autofit = False  # fixed layout: the computed widths hold
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Twips(width)
        tblpr = table._tbl.tblPr
        _attrs(tblpr.find(qn("w:tblW")), {"w": self.geo.text_w, "type": "dxa"})
        _attrs(
            tblpr.find(qn("w:tblLook")),
            {"val": "04A0", "firstRow": 1, "lastRow": 0, "firstColumn": 0, "lastColumn": 0,
             "noHBand": 1, "noVBand": 1},
        )  # fmt: skip
        hyperlink = self.styles["Hyperlink"]

        def row(header: bool = False):
            new = table.add_row()
            trpr = new._tr.get_or_add_trPr()
            trpr.append(_el("cantSplit"))
            if header:
                trpr.append(_el("tblHeader"))  # repeats on every page
            return new.cells

        def fill(cell, style_id: str, text: str = ""):
            paragraph = cell.paragraphs[0]
            paragraph.style = self.styles[style_id]
            if text:
                _run(paragraph, text)
            return paragraph

        for cell, name in zip(row(header=True), appendix.columns, strict=True):
            fill(cell, "TableHeader", name)
        # One group row and one metric row are built through python-docx; the
        # others are stamped from them (python-docx's per-cell style lookups made
        # the table 75% of the document's time).
        cells = row()
        fill(cells[0].merge(cells[-1]), "TableGroup", " ")
        group_row = cells[0]._tc.getparent()
        cells = row()
        for cell in cells[:4]:
            fill(cell, "TableText", " ")
        _link(_run(fill(cells[4], "TableText"), " ", hyperlink), "")
        metric_row = cells[0]._tc.getparent()
        for prototype in (group_row, metric_row):
            table._tbl.remove(prototype)
        for group in self.report.appendix():
            if group.label:
                table._tbl.append(_stamp(group_row, [group.label]))
            for metric in group.metrics:
                stamped = _stamp(metric_row, _metric_cells(metric))
                stamped.find(f".//{qn('w:hyperlink')}").set(
                    qn("w:anchor"), bookmark_name(metric.id)
                )
                table._tbl.append(stamped)
        # A table may not end the body: Word wants a paragraph before sectPr.
        self.paragraph("TableEnd")


def _stamp(prototype: etree._Element, texts: Iterable[str]) -> etree._Element:
    """A copy of a prototype table row with its text runs (one per cell) set to ``texts``."""
    row = copy.deepcopy(prototype)
    for t, text in zip(row.iter(qn("w:t")), texts, strict=True):
        t.text = text
        if any(c.isspace() for c in text):
            t.set(qn("xml:space"), "preserve")
        else:
            t.attrib.pop(qn("xml:space"), None)
    return row


class _Bookmark:
    """``with`` block: the runs added to a paragraph inside it are bookmarked."""

    def __init__(self, paragraph, ident: int, name: str) -> None:
        self.paragraph, self.ident, self.name = paragraph, ident, name

    def __enter__(self) -> None:
        self.paragraph._p.append(_el("bookmarkStart", {"id": self.ident, "name": self.name}))

    def __exit__(self, *_exc) -> None:
        self.paragraph._p.append(_el("bookmarkEnd", {"id": self.ident}))


def _metric_cells(metric: Metric) -> tuple[str, str, str, str, str]:
    """One appendix row: indicator, the mention as printed, unit, kind, where it stands."""
    return metric.row


def _ems(text: str) -> float:
    """Rough printed width in ems: full-width characters 1, the rest about half."""
    return sum(1.0 if ord(c) >= 0x2E80 else 0.55 for c in text)


def _column_widths(
    total: int, size_pt: float, header: list[str], rows: list[tuple[str, ...]]
) -> list[int]:
    """Columns 2–5 as wide as their longest cell; the indicator column takes the rest.

    The indicator keeps at least 30 % of the width (its names are the longest);
    the other columns give way in proportion.  Computed from the content alone,
    so the table is the same on every run.
    """
    padding = 2 * 85 + _twips(size_pt)  # cell margins and one character of air
    needed = []
    for index in range(1, 5):
        longest = max(_ems(r[index]) for r in [tuple(header), *rows])
        needed.append(min(total // 4, _twips(longest * size_pt) + padding))
    first = total - sum(needed)
    least = total * 3 // 10
    if first < least:
        scale = (total - least) / sum(needed)
        needed = [math.floor(n * scale) for n in needed]
        first = total - sum(needed)
    return [first, *needed]


# ---- page setup and footers ----------------------------------------------------------


def _page_setup(document, style: Style, geo: _Geometry) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Twips(geo.page_w), Twips(geo.page_h)
    section.top_margin, section.bottom_margin = Twips(geo.top), Twips(geo.bottom)
    section.left_margin, section.right_margin = Twips(geo.left), Twips(geo.right)
    section.header_distance = Twips(_twips(style.page.margin_top_mm * MM / 2))
    section.footer_distance = Twips(_footer_distance(style))
    section.gutter = Twips(0)
    section.different_first_page_header_footer = False  # the title page is numbered too
    sect = document.element.body.sectPr
    for name in [n for n in sect.attrib if n.startswith(qn("w:rsid"))]:
        del sect.attrib[name]
    _put(sect, "pgNumType", _SECTPR_ORDER, {"start": 1})
    _put(sect, "cols", _SECTPR_ORDER, {"space": 425})
    grid = _put(sect, "docGrid", _SECTPR_ORDER)
    if style.grid is not None:
        kind = {"type": "linesAndChars", "linePitch": geo.line_pitch, "charSpace": geo.char_space}
        _attrs(grid, kind, replace=True)
    else:
        _attrs(grid, {"linePitch": geo.line_pitch}, replace=True)


def _footer_line(style: Style) -> int:
    """The page number's line box: exactly its size, so the box top is the glyphs' top."""
    return _twips(style.role("page_number").size_pt)


def _footer_distance(style: Style) -> int:
    """Word measures the footer from the page's bottom edge to the footer's bottom.

    The number's line box is placed so its top stands ``offset_below_text_mm``
    below the text block.
    """
    numbers = style.page_numbers
    top_from_bottom = (style.page.margin_bottom_mm - numbers.offset_below_text_mm) * MM
    return max(0, _twips(top_from_bottom) - _footer_line(style))


def _footers(document, styles: _Styles) -> None:
    """The page number as the style writes it (``— PAGE —``): odd/even pages or one footer.

    The default footer is made first (``footer1.xml``), the even one second.
    """
    style = styles.style
    section = document.sections[0]
    position = style.page_numbers.position
    if position == "outer":
        document.settings.odd_and_even_pages_header_footer = True
        footers = [(section.footer, "FooterOdd"), (section.even_page_footer, "FooterEven")]
    else:
        style_id = {"left": "FooterEven", "right": "FooterOdd", "center": "FooterCenter"}
        footers = [(section.footer, style_id[position])]
    before, _, after = style.page_numbers.format.partition("{n}")
    for footer, style_id in footers:
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = styles[style_id]
        if before:
            _run(paragraph, before)
        _field(paragraph, "PAGE", "1")
        if after:
            _run(paragraph, after)


# ---- settings, fonts, theme, properties: the template's leftovers --------------------------

#: Document-part relationships the report keeps; the template's others go.
_KEPT_PARTS = {RT.STYLES, RT.SETTINGS, RT.FONT_TABLE, RT.THEME, RT.FOOTER}
_KEPT_PACKAGE_PARTS = {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES}


def _clear_template(document) -> None:
    """Drop the template's parts the report does not use.

    Thumbnail, customXml, numbering, web settings and ``stylesWithEffects``: the
    package keeps only what is reachable through relationships, so dropping the
    relationship drops the part.
    """
    part = document.part
    for rel_id in [r for r, rel in part.rels.items() if rel.reltype not in _KEPT_PARTS]:
        del part.rels[rel_id]
    package = part.package
    for rel_id in [r for r, rel in package.rels.items() if rel.reltype not in _KEPT_PACKAGE_PARTS]:
        del package.rels[rel_id]


def _replace_part(source, reltype: str, element) -> None:
    """Swap the part ``source`` relates to by ``reltype`` for one holding ``element``."""
    rel_id = next(r for r, rel in source.rels.items() if rel.reltype == reltype)
    old = source.rels[rel_id].target_part
    del source.rels[rel_id]
    source.relate_to(XmlPart(old.partname, old.content_type, element, old.package), reltype)


def _settings(document, style: Style, geo: _Geometry) -> None:
    """Zoom, tab stop, field update, compatibility and theme language; the template's rest goes."""
    settings = document.settings.element
    # Template furniture: spelling marked as checked, a preview picture, rsids,
    # math defaults (Cambria Math), shape defaults, Word 2010 ids.
    unrelated = {"proofState", "savePreviewPicture", "rsids", "mathPr", "shapeDefaults",
                 "doNotAutoCompressPictures", "docId", "defaultImageDpi"}  # fmt: skip
    for child in list(settings):
        if child.tag.rsplit("}", 1)[-1] in unrelated:
            settings.remove(child)
    _attrs(settings.find(qn("w:zoom")), {"percent": 100}, replace=True)
    _attrs(settings.find(qn("w:defaultTabStop")), {"val": _twips(2 * geo.char_pitch_pt)})
    # Full-width punctuation keeps its full width, as on the official grid.
    _attrs(settings.find(qn("w:characterSpacingControl")), {"val": "doNotCompress"})
    update = _el("updateFields", {"val": "true"})  # Word refreshes the contents on opening
    later = {qn(f"w:{t}") for t in _AFTER_UPDATE_FIELDS}
    next(c for c in settings if c.tag in later).addprevious(update)
    compat = settings.find(qn("w:compat"))
    for child in list(compat):
        compat.remove(child)
    compat.append(
        _el(
            "compatSetting",
            {
                "name": "compatibilityMode",
                "uri": "http://schemas.microsoft.com/office/word",
                "val": 15,
            },
        )
    )
    _attrs(settings.find(qn("w:themeFontLang")), {"val": "en-US", "eastAsia": style.language})


_FAMILY = {"serif": "roman", "sans-serif": "swiss", "monospace": "modern"}


def _font_table(document, style: Style) -> None:
    """Each face used, with its other name and GB2312 charset for substitution."""
    root = OxmlElement("w:fonts")
    seen: set[str] = set()
    for role_name in sorted({r.font for r in style.roles.values()}):
        name = word_font(style, role_name)
        if name in seen:
            continue
        seen.add(name)
        font = _el("font", {"name": name})
        alt = alt_font(style, role_name)
        if alt:
            font.append(_el("altName", {"val": alt}))
        font.append(_el("charset", {"val": "86"}))
        font.append(_el("family", {"val": _FAMILY[style.fonts[role_name].generic]}))
        font.append(_el("pitch", {"val": "variable"}))
        root.append(font)
    _replace_part(document.part, RT.FONT_TABLE, root)


def _theme(document, style: Style) -> None:
    """The template's Office theme with every font slot pointing at the style's faces.

    Text an editor types outside our styles then comes out in the report's faces,
    not in 宋体 and Calibri; the other scripts' slots (Japanese, Korean …) go.
    """
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    old = document.part.part_related_by(RT.THEME)
    root = parse_xml(old.blob)
    faces = {
        "majorFont": word_font(style, style.role("heading1").font),
        "minorFont": word_font(style, style.role("body").font),
    }
    for slot, face in faces.items():
        for font in root.iter(f"{{{a}}}{slot}"):
            font.find(f"{{{a}}}latin").set("typeface", face)
            font.find(f"{{{a}}}ea").set("typeface", face)
            for script in font.findall(f"{{{a}}}font"):
                if script.get("script") == "Hans":
                    script.set("typeface", face)
                else:
                    font.remove(script)
    _replace_part(document.part, RT.THEME, root)


def _properties(document, report: Report, style: Style, when: _dt.datetime) -> None:
    """Core properties from the report; the application is reportpress."""
    props = document.core_properties
    props.title = report.title
    props.subject = report.subtitle
    props.author = report.author
    props.last_modified_by = report.author
    props.language = report.language or style.language
    props.comments = ""
    props.revision = 1
    props.created = props.modified = when.replace(tzinfo=None)  # written as UTC ("…Z")
    core = document.part.package.part_related_by(RT.CORE_PROPERTIES).element
    for empty in [c for c in core if not (c.text or "").strip()]:
        core.remove(empty)  # the template's empty keywords, category, description …
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    app = parse_xml(f'<Properties xmlns="{ns}"><Application>reportpress</Application></Properties>')
    _replace_part(document.part.package, RT.EXTENDED_PROPERTIES, app)


# ---- the renderer contract ---------------------------------------------------------


def write(report: Report, style: Style) -> bytes:
    """The whole DOCX; the same report and style always give the same bytes."""
    geo = _Geometry(style)
    document = docx.Document()
    _clear_template(document)
    styles = _Styles(document, style, geo, toc_levels(report, style)).build()
    _page_setup(document, style, geo)
    _footers(document, styles)
    _Body(document, styles, report, geo).build()
    _settings(document, style, geo)
    _font_table(document, style)
    _theme(document, style)
    when = build_time(report)
    _properties(document, report, style, when)
    buffer = BytesIO()
    document.save(buffer)
    return _rezip(buffer.getvalue(), when)


# ---- reading editions back -----------------------------------------------------------


def _heading_level(paragraph_style) -> int | None:
    """The level of a paragraph's style: Heading N itself or a style based on it."""
    seen = 0
    while paragraph_style is not None and seen < 20:
        match = _HEADING_NAME.match(paragraph_style.name or "")
        if match:
            return int(match.group(1))
        paragraph_style = paragraph_style.base_style
        seen += 1
    return None


def _open(path: Path):
    """The document python-docx reads from a file; InputError if it is no Word document."""
    from docx.opc.exceptions import OpcError

    try:
        return docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError) as exc:
        raise InputError(path, f"not a Word document: {exc}") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc


def _paragraphs(path: Path) -> Iterator[tuple[str, int | None, str]]:
    """(style name, heading level, text) of each body paragraph outside tables."""
    document = _open(path)
    for paragraph in document.paragraphs:
        style = paragraph.style
        yield (style.name if style is not None else ""), _heading_level(style), paragraph.text


def read_outline(path: Path) -> list[Heading]:
    """Headings read back from the paragraph styles (Heading 1–4 and styles based on them)."""
    return [
        (level, *split_number(text))
        for _name, level, text in _paragraphs(Path(path))
        if level is not None and level <= 4
    ]


def read_text(path: Path) -> str:
    """The report's text, one line per paragraph, in order.

    Generated furniture is left out: the contents (TOC styles), the appendix
    title and its table, the footers.
    """
    lines = []
    for name, _level, text in _paragraphs(Path(path)):
        if name in GENERATED_STYLES or name.lower().startswith("toc "):
            continue
        if text:
            lines.append(text)
    return "\n".join(lines)


def read_appendix(path: Path) -> list[list[str]]:
    """The metrics appendix table's rows (header row included), for ``check``."""
    document = _open(Path(path))
    rows: list[list[str]] = []
    for table in document.tables:
        style = table.style
        if style is None or style.name != "Metrics Table":
            continue
        for row in table.rows:
            cells = [c.text for c in row.cells]
            rows.append(cells[:1] if len(set(cells)) == 1 else cells)
    return rows
