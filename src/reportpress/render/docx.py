"""The Word edition: a DOCX that an editor can keep working on.

The package is written part by part with lxml rather than by filling python-docx's
default template: that template carries a Japanese theme language, Calibri/Cambria
styles, random ``rsid`` values and parts (thumbnail, customXml) that have nothing
to do with the report, and every one of those would have to be undone.  Writing
the few parts a document needs keeps the file small, valid and byte-identical
from run to run.  python-docx is used only to read editions back.

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

import datetime as _dt
import math
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from functools import cache
from io import BytesIO
from pathlib import Path

from lxml import etree

from reportpress.document import Block, Metric, Report, Span
from reportpress.outline import Heading, split_number
from reportpress.styles import MM, Role, Style

# ---- namespaces and tiny element helpers ---------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_NS = "http://www.w3.org/XML/1998/namespace"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

W_NSMAP = {"w": W_NS, "r": R_NS}

#: Word's own names for the built-in styles we use (lower-case, as Word writes them);
#: python-docx and LibreOffice map these to "Heading 1", "TOC 1" and so on.
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


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _el(tag: str, attrs: dict[str, str | int] | None = None, *children: etree._Element):
    """A ``w:`` element with ``w:`` attributes (``r:id`` and ``xml:space`` pass through)."""
    element = etree.Element(_w(tag), nsmap=W_NSMAP)
    for key, value in (attrs or {}).items():
        name = key if key.startswith("{") else _w(key)
        element.set(name, str(value))
    element.extend(children)
    return element


def _sub(parent: etree._Element, tag: str, attrs: dict[str, str | int] | None = None):
    child = _el(tag, attrs)
    parent.append(child)
    return child


def _twips(points: float) -> int:
    return round(points * 20)


def _floor_twips(points: float) -> int:
    """Line pitches round down so that the promised number of lines still fits."""
    return math.floor(points * 20 + 1e-6)


def _half_points(points: float) -> int:
    return round(points * 2)


def _xml(root: etree._Element) -> bytes:
    """Serialize a part, with its namespace declarations once, on the root."""
    etree.cleanup_namespaces(root, top_nsmap=root.nsmap)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


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


def _rpr(style: Style, geo: _Geometry, role: Role, *, bold: bool | None = None) -> etree._Element:
    """Run properties of a role: all four font slots, weight, pitch, size and language."""
    font = word_font(style, role.font)
    rpr = _el("rPr")
    _sub(
        rpr,
        "rFonts",
        {"ascii": font, "hAnsi": font, "eastAsia": font, "cs": font, "hint": "eastAsia"},
    )
    if _role_is_bold(style, role) if bold is None else bold:
        _sub(rpr, "b")
        _sub(rpr, "bCs")
    if geo.condense:  # explicit 0 elsewhere, or Normal's spacing would be inherited
        _sub(rpr, "spacing", {"val": geo.condense if role.size_pt == geo.body_size else 0})
    size = _half_points(role.size_pt)
    _sub(rpr, "sz", {"val": size})
    _sub(rpr, "szCs", {"val": size})
    _sub(rpr, "lang", {"val": "en-US", "eastAsia": style.language, "bidi": "ar-SA"})
    return rpr


_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def _ppr(
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
    tabs: Iterable[tuple[str, int, str]] = (),
    hide_mark: bool = False,
) -> etree._Element:
    """Paragraph properties of a role, elements in the order the schema wants."""
    role = style.role(role_name)
    ppr = _el("pPr")
    if keep_next:
        _sub(ppr, "keepNext")
    if page_break:
        _sub(ppr, "pageBreakBefore")
    tab_list = list(tabs)
    if tab_list:
        tabs_el = _sub(ppr, "tabs")
        for kind, pos, leader in tab_list:
            _sub(tabs_el, "tab", {"val": kind, "leader": leader, "pos": pos})
    if geo.grid is not None:
        # Official layout: no punctuation hung into the margin, no automatic space
        # between Han and Latin/digits (it would pull characters off the grid).
        _sub(ppr, "overflowPunct", {"val": 0})
        _sub(ppr, "autoSpaceDE", {"val": 0})
        _sub(ppr, "autoSpaceDN", {"val": 0})
        # Paragraphs keep the grid's geometry by themselves (exact line pitch,
        # letter spacing) instead of snapping to it: LibreOffice snaps a character
        # wider than a grid cell to two cells, doubling every gap.
        _sub(ppr, "snapToGrid", {"val": 0})
    line = geo.line(style, role_name) if line is None else line
    _sub(
        ppr,
        "spacing",
        {
            "before": round(role.space_before_lines * line),
            "after": round(role.space_after_lines * line),
            "line": line,
            "lineRule": "exact",
        },
    )
    first = role.first_line_indent_chars if indent_chars is None else indent_chars
    char_pt = geo.char_pitch_pt if role.size_pt == geo.body_size else role.size_pt
    ind: dict[str, str | int] = {}
    if left_chars:
        ind |= {"leftChars": round(left_chars * 100), "left": _twips(left_chars * char_pt)}
    if right_chars:
        ind |= {"rightChars": round(right_chars * 100), "right": _twips(right_chars * char_pt)}
    ind |= {"firstLineChars": round(first * 100), "firstLine": _twips(first * char_pt)}
    _sub(ppr, "ind", ind)
    _sub(ppr, "jc", {"val": _JC[align or role.align]})
    if outline is not None:
        _sub(ppr, "outlineLvl", {"val": outline})
    if hide_mark:
        rpr = _sub(ppr, "rPr")
        _sub(rpr, "vanish")
        _sub(rpr, "specVanish")
    return ppr


def _style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = None,
    next_id: str | None = None,
    default: bool = False,
    semi_hidden: bool = False,
    priority: int | None = None,
    ppr: etree._Element | None = None,
    rpr: etree._Element | None = None,
) -> etree._Element:
    attrs: dict[str, str | int] = {"type": kind, "styleId": style_id}
    if default:
        attrs["default"] = 1
    element = _el("style", attrs)
    _sub(element, "name", {"val": name})
    if based_on:
        _sub(element, "basedOn", {"val": based_on})
    if next_id:
        _sub(element, "next", {"val": next_id})
    if priority is not None:
        _sub(element, "uiPriority", {"val": priority})
    if semi_hidden:
        _sub(element, "semiHidden")
        _sub(element, "unhideWhenUsed")
    else:
        _sub(element, "qFormat")
    if ppr is not None:
        element.append(ppr)
    if rpr is not None:
        element.append(rpr)
    return element


def _styles_xml(style: Style, geo: _Geometry) -> bytes:
    """Every style the document uses, each complete (fonts, size, pitch, indent, language)."""
    root = etree.Element(_w("styles"), nsmap=W_NSMAP)
    body = style.role("body")
    defaults = _sub(root, "docDefaults")
    _sub(defaults, "rPrDefault").append(_rpr(style, geo, body))
    ppr_default = _sub(_sub(defaults, "pPrDefault"), "pPr")
    _sub(ppr_default, "spacing", {"before": 0, "after": 0})

    def para(
        style_id: str,
        name: str,
        role_name: str,
        *,
        based_on: str | None = "Normal",
        next_id: str | None = None,
        priority: int | None = None,
        bold: bool | None = None,
        **layout,
    ) -> etree._Element:
        """A paragraph style set wholly from one role (``layout`` goes to :func:`_ppr`)."""
        return _style(
            "paragraph",
            style_id,
            name,
            based_on=based_on if style_id != "Normal" else None,
            next_id=next_id,
            default=style_id == "Normal",
            priority=priority,
            ppr=_ppr(style, geo, role_name, **layout),
            rpr=_rpr(style, geo, style.role(role_name), bold=bold),
        )

    root.append(para("Normal", "Normal", "body", priority=0))
    root.append(
        _style(
            "character", "DefaultParagraphFont", "Default Paragraph Font",
            default=True, semi_hidden=True, priority=1,
        )
    )  # fmt: skip
    table_normal = _style(
        "table", "TableNormal", "Normal Table", default=True, semi_hidden=True, priority=99
    )
    tblpr = _sub(table_normal, "tblPr")
    _sub(tblpr, "tblInd", {"w": 0, "type": "dxa"})
    margins = _sub(tblpr, "tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        _sub(margins, side, {"w": 0 if side in ("top", "bottom") else 108, "type": "dxa"})
    root.append(table_normal)

    root.append(para("Title", "Title", "title", keep_next=True, priority=10, next_id="Subtitle"))
    root.append(para("Subtitle", "Subtitle", "subtitle", keep_next=True, priority=11))
    root.append(para("Speaker", "Speaker", "speaker", keep_next=True))
    root.append(para("Salutation", "Salutation", "salutation"))
    root.append(para("Closing", "Closing", "closing"))
    # The paragraph a run-in heading flows into: the body without its first-line
    # indent (the heading in front of it already took the indent).
    root.append(para("BodyContinued", "Body Continued", "body", indent_chars=0))
    for level, style_id in HEADING_STYLE.items():
        root.append(
            para(
                style_id, f"heading {level}", f"heading{level}",
                keep_next=True, outline=level - 1, priority=9, next_id="Normal",
            )
        )  # fmt: skip
    root.append(
        _style("character", "Lead", "Lead", priority=20, rpr=_rpr(style, geo, style.role("lead")))
    )
    hyperlink_rpr = _el("rPr")
    _sub(hyperlink_rpr, "u", {"val": "single"})
    root.append(
        _style(
            "character", "Hyperlink", "Hyperlink", semi_hidden=True, priority=99, rpr=hyperlink_rpr
        )
    )
    # Contents: its title is not a heading (outline level 9 = body text), so it
    # stays out of the navigation pane and out of the contents themselves.
    root.append(
        para(
            "TOCHeading",
            "TOC Heading",
            "appendix_heading",
            keep_next=True,
            outline=9,
            next_id="TOC1",
        )
    )
    for level in range(1, style.toc.levels + 1):
        root.append(
            para(
                f"TOC{level}", f"toc {level}", "body", indent_chars=0,
                left_chars=2 * (level - 1), align="left", priority=39,
                tabs=[("right", geo.text_w, "dot")],
            )
        )  # fmt: skip
    # The appendix title is a level-1 heading (it belongs in the outline) set in
    # the appendix-heading role, on a page of its own.
    root.append(
        para(
            "AppendixHeading", "Appendix Heading", "appendix_heading",
            based_on="Heading1", keep_next=True, page_break=True, outline=0,
        )
    )  # fmt: skip
    root.append(para("TableText", "Table Text", "appendix_table", indent_chars=0))
    root.append(
        para(
            "TableHeader",
            "Table Header",
            "appendix_table",
            indent_chars=0,
            align="center",
            bold=True,
        )
    )
    root.append(para("TableGroup", "Table Group", "appendix_table", indent_chars=0, bold=True))
    root.append(_table_style())
    # Page numbers: a line box exactly the number's size (see _footer_distance),
    # set at the outer side one character in, or centred.
    footer = {"indent_chars": 0, "line": _footer_line(style), "priority": 99}
    numbers = style.page_numbers
    root.append(para("Footer", "footer", "page_number", align="left", **footer))
    for style_id, align in (("FooterOdd", "right"), ("FooterEven", "left")):
        root.append(
            para(
                style_id, f"Footer {align.title()}", "page_number", based_on="Footer",
                align=align, **{f"{align}_chars": numbers.indent_chars}, **footer,
            )
        )  # fmt: skip
    root.append(
        para(
            "FooterCenter",
            "Footer Center",
            "page_number",
            based_on="Footer",
            align="center",
            **footer,
        )
    )
    return _xml(root)


def _table_style() -> etree._Element:
    """Ruled grid for the metrics appendix; cell text takes its styles from the paragraphs."""
    element = _style("table", "MetricsTable", "Metrics Table", based_on="TableNormal", priority=59)
    tblpr = _sub(element, "tblPr")
    borders = _sub(tblpr, "tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(borders, side, {"val": "single", "sz": 4, "space": 0, "color": "auto"})
    margins = _sub(tblpr, "tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        _sub(margins, side, {"w": 29 if side in ("top", "bottom") else 85, "type": "dxa"})
    return element


# ---- the body ----------------------------------------------------------------------


def bookmark_name(ident: str, prefix: str = "") -> str:
    """A Word bookmark name: letters, digits and ``_`` only, at most 40 characters."""
    name = prefix + _BOOKMARK_BAD.sub("_", ident)
    if not name[:1].isalpha() and not name.startswith("_"):
        name = "m" + name
    return name[:40]


def _toc_anchor(block: Block) -> str:
    return bookmark_name(block.id or block.number, "_Toc_")


class _Body:
    """Builds ``word/document.xml``'s body; keeps the bookmark counter in document order."""

    def __init__(self, report: Report, style: Style, geo: _Geometry) -> None:
        self.report, self.style, self.geo = report, style, geo
        self.body = _el("body")
        self._next_bookmark = 0

    # paragraphs and runs

    def paragraph(self, style_id: str, ppr_extra: Iterable[etree._Element] = ()) -> etree._Element:
        p = _sub(self.body, "p")
        ppr = _sub(p, "pPr")
        _sub(ppr, "pStyle", {"val": style_id})
        ppr.extend(ppr_extra)
        return p

    @staticmethod
    def run(text: str, char_style: str | None = None) -> etree._Element:
        r = _el("r")
        if char_style:
            _sub(_sub(r, "rPr"), "rStyle", {"val": char_style})
        t = _sub(r, "t")
        t.text = text
        if any(c.isspace() for c in text):  # Word would collapse runs of spaces
            t.set(f"{{{XML_NS}}}space", "preserve")
        return r

    def bookmarked(self, parent: etree._Element, name: str, content: Iterable[etree._Element]):
        ident = self._next_bookmark
        self._next_bookmark += 1
        parent.append(_el("bookmarkStart", {"id": ident, "name": name}))
        parent.extend(content)
        parent.append(_el("bookmarkEnd", {"id": ident}))

    def spans(self, p: etree._Element, spans: Iterable[Span]) -> None:
        for span in spans:
            if not span.text:
                continue
            run = self.run(span.text, "Lead" if span.lead else None)
            if span.metric is not None:
                self.bookmarked(p, bookmark_name(span.metric.id), [run])
            else:
                p.append(run)

    @staticmethod
    def field(parent: etree._Element, instruction: str, result: str, dirty: bool = False) -> None:
        begin = {"fldCharType": "begin"} | ({"dirty": "true"} if dirty else {})
        parent.append(_el("r", None, _el("fldChar", begin)))
        instr = _el("instrText", {f"{{{XML_NS}}}space": "preserve"})
        instr.text = f" {instruction} "
        parent.append(_el("r", None, instr))
        parent.append(_el("r", None, _el("fldChar", {"fldCharType": "separate"})))
        if result:
            parent.append(_Body.run(result))
        parent.append(_el("r", None, _el("fldChar", {"fldCharType": "end"})))

    # the document

    def build(self) -> etree._Element:
        blocks = self.report.blocks
        front = [b for b in blocks if b.kind in ("title", "subtitle", "speaker")]
        rest = [b for b in blocks if b.kind not in ("title", "subtitle", "speaker")]
        for block in front:
            self.spans(self.paragraph(BLOCK_STYLE[block.kind]), block.spans)
        if self.style.toc.enabled and self.report.headings(self.style.toc.levels):
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
        return self.body

    def heading(self, block: Block, run_in: bool) -> None:
        """A Heading N paragraph; a run-in one ends in Word's style separator.

        The style separator is a hidden paragraph mark (``w:vanish`` + ``w:specVanish``):
        Word shows the heading and the next paragraph on one line, yet the heading
        stays a paragraph of its own, with its style and outline level, so the
        navigation pane and the contents still list it.
        """
        extra: list[etree._Element] = []
        if run_in:
            rpr = _el("rPr", None, _el("vanish"), _el("specVanish"))
            extra.append(rpr)
        p = self.paragraph(HEADING_STYLE[block.level], extra)
        content = _el("x")
        if block.number:
            content.append(self.run(block.number))
        self.spans(content, block.spans)
        self.bookmarked(p, _toc_anchor(block), list(content))

    def toc(self) -> None:
        """The contents: a TOC field whose cached result already lists the headings.

        Word refreshes it on opening (``w:updateFields``, ``w:dirty``); the cached
        entries serve readers that never update fields (LibreOffice's PDF export).
        """
        levels = self.style.toc.levels
        title = self.paragraph("TOCHeading")
        title.append(self.run(self.style.toc.title))
        headings = self.report.headings(levels)
        for index, block in enumerate(headings):
            p = self.paragraph(f"TOC{block.level}")
            if index == 0:
                p.append(_el("r", None, _el("fldChar", {"fldCharType": "begin", "dirty": "true"})))
                instr = _el("instrText", {f"{{{XML_NS}}}space": "preserve"})
                instr.text = f' TOC \\o "1-{levels}" \\h \\z \\u '
                p.append(_el("r", None, instr))
                p.append(_el("r", None, _el("fldChar", {"fldCharType": "separate"})))
            # Cached entries carry no page numbers (only Word's layout knows them);
            # Word rebuilds the entries, leaders and numbers when it updates the field.
            link = _sub(p, "hyperlink", {"anchor": _toc_anchor(block), "history": 1})
            link.append(self.run(block.heading_text))
            if index == len(headings) - 1:
                p.append(_el("r", None, _el("fldChar", {"fldCharType": "end"})))
                # The body starts on a page of its own, after the contents.
                p.append(_el("r", None, _el("br", {"type": "page"})))

    def appendix(self) -> None:
        """One ruled table, group rows under level-1/2 headings, a repeating header row."""
        appendix = self.style.appendix
        title = self.paragraph("AppendixHeading")
        title.append(self.run(appendix.title))
        rows = [_metric_cells(m) for m in self.report.metrics]
        widths = _column_widths(
            self.geo.text_w, self.style.role("appendix_table").size_pt, appendix.columns, rows
        )
        table = _sub(self.body, "tbl")
        tblpr = _sub(table, "tblPr")
        _sub(tblpr, "tblStyle", {"val": "MetricsTable"})
        _sub(tblpr, "tblW", {"w": self.geo.text_w, "type": "dxa"})
        _sub(tblpr, "tblLayout", {"type": "fixed"})
        _sub(
            tblpr,
            "tblLook",
            {"val": "04A0", "firstRow": 1, "lastRow": 0, "firstColumn": 0, "lastColumn": 0,
             "noHBand": 1, "noVBand": 1},
        )  # fmt: skip
        grid = _sub(table, "tblGrid")
        for width in widths:
            _sub(grid, "gridCol", {"w": width})

        def row(header: bool = False) -> etree._Element:
            tr = _sub(table, "tr")
            trpr = _sub(tr, "trPr")
            _sub(trpr, "cantSplit")
            if header:
                _sub(trpr, "tblHeader")
            return tr

        def cell(tr: etree._Element, width: int, style_id: str, span: int = 1):
            tc = _sub(tr, "tc")
            tcpr = _sub(tc, "tcPr")
            _sub(tcpr, "tcW", {"w": width, "type": "dxa"})
            if span > 1:
                _sub(tcpr, "gridSpan", {"val": span})
            p = _sub(tc, "p")
            _sub(_sub(p, "pPr"), "pStyle", {"val": style_id})
            return p

        header = row(header=True)
        for width, name in zip(widths, appendix.columns, strict=True):
            cell(header, width, "TableHeader").append(self.run(name))
        for group in self.report.appendix():
            if group.label:
                cell(row(), self.geo.text_w, "TableGroup", span=5).append(self.run(group.label))
            for metric in group.metrics:
                tr = row()
                values = _metric_cells(metric)
                for width, value in zip(widths[:4], values[:4], strict=True):
                    p = cell(tr, width, "TableText")
                    if value:
                        p.append(self.run(value))
                source = cell(tr, widths[4], "TableText")
                link = _sub(source, "hyperlink", {"anchor": bookmark_name(metric.id), "history": 1})
                link.append(self.run(values[4], "Hyperlink"))
        # A table may not end the body: Word wants a paragraph before sectPr.
        self.paragraph("TableText")


def _metric_cells(metric: Metric) -> tuple[str, str, str, str, str]:
    """One appendix row: indicator, the mention as printed, unit, kind, where it stands."""
    return metric.indicator, metric.text, metric.unit, metric.kind_label, metric.section or "—"


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


# ---- page setup, footers, settings, package parts ------------------------------------


def _sect_pr(style: Style, geo: _Geometry, footers: dict[str, str]) -> etree._Element:
    sect = _el("sectPr")
    for kind, rel_id in footers.items():
        _sub(sect, "footerReference", {"type": kind, f"{{{R_NS}}}id": rel_id})
    _sub(sect, "pgSz", {"w": geo.page_w, "h": geo.page_h})
    _sub(
        sect,
        "pgMar",
        {
            "top": geo.top,
            "right": geo.right,
            "bottom": geo.bottom,
            "left": geo.left,
            "header": _twips(style.page.margin_top_mm * MM / 2),
            "footer": _footer_distance(style),
            "gutter": 0,
        },
    )
    _sub(sect, "pgNumType", {"start": 1})
    _sub(sect, "cols", {"space": 425})
    if style.grid is not None:
        _sub(
            sect,
            "docGrid",
            {"type": "linesAndChars", "linePitch": geo.line_pitch, "charSpace": geo.char_space},
        )
    else:
        _sub(sect, "docGrid", {"linePitch": geo.line_pitch})
    return sect


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


def _footer_xml(style: Style, style_id: str) -> bytes:
    """A footer holding the page number as the style writes it (``— PAGE —``)."""
    root = etree.Element(_w("ftr"), nsmap=W_NSMAP)
    p = _sub(root, "p")
    _sub(_sub(p, "pPr"), "pStyle", {"val": style_id})
    before, _, after = style.page_numbers.format.partition("{n}")
    if before:
        p.append(_Body.run(before))
    _Body.field(p, "PAGE", "1")
    if after:
        p.append(_Body.run(after))
    return _xml(root)


def _footers(style: Style) -> dict[str, tuple[str, bytes]]:
    """Footer parts by reference type (``default`` = odd pages, ``even``)."""
    position = style.page_numbers.position
    if position == "outer":
        return {
            "default": ("footer1.xml", _footer_xml(style, "FooterOdd")),
            "even": ("footer2.xml", _footer_xml(style, "FooterEven")),
        }
    style_id = {"left": "FooterEven", "right": "FooterOdd", "center": "FooterCenter"}[position]
    return {"default": ("footer1.xml", _footer_xml(style, style_id))}


def _settings_xml(style: Style, geo: _Geometry, even_odd: bool) -> bytes:
    root = etree.Element(_w("settings"), nsmap=W_NSMAP)
    _sub(root, "zoom", {"percent": 100})
    _sub(root, "defaultTabStop", {"val": _twips(2 * geo.char_pitch_pt)})
    if even_odd:
        _sub(root, "evenAndOddHeaders")
    # Full-width punctuation keeps its full width, as on the official grid.
    _sub(root, "characterSpacingControl", {"val": "doNotCompress"})
    _sub(root, "updateFields", {"val": "true"})
    compat = _sub(root, "compat")
    _sub(
        compat,
        "compatSetting",
        {"name": "compatibilityMode", "uri": "http://schemas.microsoft.com/office/word", "val": 15},
    )
    _sub(root, "themeFontLang", {"val": "en-US", "eastAsia": style.language})
    _sub(root, "decimalSymbol", {"val": "."})
    _sub(root, "listSeparator", {"val": ","})
    return _xml(root)


_FAMILY = {"serif": "roman", "sans-serif": "swiss", "monospace": "modern"}


def _font_table_xml(style: Style) -> bytes:
    """Each face used, with its other name and GB2312 charset for substitution."""
    root = etree.Element(_w("fonts"), nsmap=W_NSMAP)
    seen: set[str] = set()
    for role_name in sorted({r.font for r in style.roles.values()}):
        name = word_font(style, role_name)
        if name in seen:
            continue
        seen.add(name)
        font = _sub(root, "font", {"name": name})
        alt = alt_font(style, role_name)
        if alt:
            _sub(font, "altName", {"val": alt})
        _sub(font, "charset", {"val": "86"})
        _sub(font, "family", {"val": _FAMILY[style.fonts[role_name].generic]})
        _sub(font, "pitch", {"val": "variable"})
    return _xml(root)


@cache
def _template_theme() -> bytes:
    import docx

    template = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(template) as archive:
        return archive.read("word/theme/theme1.xml")


def _theme_xml(style: Style) -> bytes:
    """python-docx's Office theme with the Chinese slots pointing at the style's faces.

    Text an editor types outside our styles then comes out in the report's faces,
    not in 宋体 and Calibri.
    """
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    root = etree.fromstring(_template_theme())
    faces = {
        "majorFont": word_font(style, style.role("heading1").font),
        "minorFont": word_font(style, style.role("body").font),
    }
    for slot, face in faces.items():
        for font in root.iter(f"{{{a}}}{slot}"):
            font.find(f"{{{a}}}ea").set("typeface", face)
            for script in font.iterfind(f"{{{a}}}font"):
                if script.get("script") == "Hans":
                    script.set("typeface", face)
    return _xml(root)


def _core_xml(report: Report, style: Style, when: _dt.datetime) -> bytes:
    cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    dc = "http://purl.org/dc/elements/1.1/"
    dcterms = "http://purl.org/dc/terms/"
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    root = etree.Element(
        f"{{{cp}}}coreProperties",
        nsmap={"cp": cp, "dc": dc, "dcterms": dcterms, "xsi": xsi},
    )
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    for ns, tag, text in (
        (dc, "title", report.title),
        (dc, "subject", report.subtitle),
        (dc, "creator", report.author),
        (cp, "lastModifiedBy", report.author),
        (dc, "language", report.language or style.language),
        (cp, "revision", "1"),
    ):
        etree.SubElement(root, f"{{{ns}}}{tag}").text = text
    for tag in ("created", "modified"):
        element = etree.SubElement(root, f"{{{dcterms}}}{tag}")
        element.set(f"{{{xsi}}}type", "dcterms:W3CDTF")
        element.text = stamp
    return _xml(root)


def _app_xml() -> bytes:
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    root = etree.Element(f"{{{ns}}}Properties", nsmap={None: ns})
    etree.SubElement(root, f"{{{ns}}}Application").text = "reportpress"
    return _xml(root)


def _rels_xml(rels: Iterable[tuple[str, str, str]]) -> bytes:
    root = etree.Element(f"{{{PKG_RELS_NS}}}Relationships", nsmap={None: PKG_RELS_NS})
    for rel_id, kind, target in rels:
        etree.SubElement(
            root, f"{{{PKG_RELS_NS}}}Relationship", Id=rel_id, Type=kind, Target=target
        )
    return _xml(root)


def _content_types_xml(overrides: dict[str, str]) -> bytes:
    root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
    etree.SubElement(
        root,
        f"{{{CT_NS}}}Default",
        Extension="rels",
        ContentType="application/vnd.openxmlformats-package.relationships+xml",
    )
    etree.SubElement(root, f"{{{CT_NS}}}Default", Extension="xml", ContentType="application/xml")
    for part, content_type in sorted(overrides.items()):
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=part, ContentType=content_type)
    return _xml(root)


# ---- the renderer contract ---------------------------------------------------------


def render(report: Report, style: Style) -> bytes:
    """The whole DOCX; the same report and style always give the same bytes."""
    geo = _Geometry(style)
    footers = _footers(style)
    footer_rels = {kind: f"rIdFooter{i}" for i, kind in enumerate(footers, start=1)}

    body = _Body(report, style, geo).build()
    body.append(_sect_pr(style, geo, footer_rels))
    document = etree.Element(_w("document"), nsmap=W_NSMAP)
    document.append(body)

    doc_rels = [
        ("rIdStyles", f"{REL}/styles", "styles.xml"),
        ("rIdSettings", f"{REL}/settings", "settings.xml"),
        ("rIdFonts", f"{REL}/fontTable", "fontTable.xml"),
        ("rIdTheme", f"{REL}/theme", "theme/theme1.xml"),
    ]
    overrides = {
        "/word/document.xml": f"{WML}.document.main+xml",
        "/word/styles.xml": f"{WML}.styles+xml",
        "/word/settings.xml": f"{WML}.settings+xml",
        "/word/fontTable.xml": f"{WML}.fontTable+xml",
        "/word/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    when = build_time(report)
    parts = {
        "word/document.xml": _xml(document),
        "word/styles.xml": _styles_xml(style, geo),
        "word/settings.xml": _settings_xml(style, geo, even_odd="even" in footers),
        "word/fontTable.xml": _font_table_xml(style),
        "word/theme/theme1.xml": _theme_xml(style),
        "docProps/core.xml": _core_xml(report, style, when),
        "docProps/app.xml": _app_xml(),
    }
    for kind, (name, xml) in footers.items():
        parts[f"word/{name}"] = xml
        doc_rels.append((footer_rels[kind], f"{REL}/footer", name))
        overrides[f"/word/{name}"] = f"{WML}.footer+xml"
    parts["word/_rels/document.xml.rels"] = _rels_xml(doc_rels)
    parts["_rels/.rels"] = _rels_xml(
        [
            ("rId1", f"{REL}/officeDocument", "word/document.xml"),
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
            ),
            ("rId3", f"{REL}/extended-properties", "docProps/app.xml"),
        ]
    )
    parts["[Content_Types].xml"] = _content_types_xml(overrides)
    return _zip(parts, when)


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


def _paragraphs(path: Path) -> Iterator[tuple[str, int | None, str]]:
    """(style name, heading level, text) of each body paragraph outside tables."""
    import docx

    document = docx.Document(str(path))
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
    import docx

    document = docx.Document(str(path))
    rows: list[list[str]] = []
    for table in document.tables:
        style = table.style
        if style is None or style.name != "Metrics Table":
            continue
        for row in table.rows:
            cells = [c.text for c in row.cells]
            rows.append(cells[:1] if len(set(cells)) == 1 else cells)
    return rows
