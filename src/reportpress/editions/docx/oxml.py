"""The WordprocessingML python-docx has no API for, in one place.

python-docx writes paragraphs, runs, styles, tables and sections; what it leaves
out (East Asian fonts and language, ``…Chars`` indents, the document grid,
fields, internal hyperlinks, repeating header rows) is written here with
``docx.oxml``, children kept in schema order.  The rest of the DOCX edition reads
as python-docx code and reaches into ``._p``, ``._r``, ``._tbl`` only through
these functions; the title block and the report's paragraphs, bookmarks and
hidden paragraph marks among them, are written as text (:mod:`.written`).
"""

from __future__ import annotations

import math

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from reportpress import patterns

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

#: Schema order of the ``w:pPr``, ``w:rPr`` and ``w:sectPr`` children (python-docx keeps
#: it for the children it writes; ours go into the same sequence).
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
    "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
    "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
    "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
    "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
    "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
    "eastAsianLayout", "specVanish", "oMath",
)  # fmt: skip
SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
    "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt",
    "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
)  # fmt: skip
#: ``w:settings`` children, in schema order, as far as this edition writes or meets them.
SETTINGS_ORDER = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
    "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
    "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
    "proofState", "formsDesign", "attachedTemplate", "linkStyles",
    "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
    "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting",
    "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet",
    "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
    "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle",
    "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
    "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData",
    "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
    "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore",
    "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
    "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
    "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr",
    "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
)  # fmt: skip

Attrs = dict[str, str | int]

_BOOKMARK_BAD = patterns.compile(r"[^A-Za-z0-9_]")


def el(tag: str, attrs: Attrs | None = None, *children):
    """A ``w:`` oxml element with ``w:`` attributes (``qn`` names pass through)."""
    element = set_attrs(OxmlElement(f"w:{tag}"), attrs or {})
    element.extend(children)
    return element


def put(parent, tag: str, order: tuple[str, ...], attrs: Attrs | None = None):
    """Set ``w:tag`` on ``parent`` (made if missing, in schema order) with ``attrs``."""
    child = parent.find(qn(f"w:{tag}"))
    if child is None:
        child = el(tag)
        later = {qn(f"w:{t}") for t in order[order.index(tag) + 1 :]}
        following = next((c for c in parent if c.tag in later), None)
        if following is None:
            parent.append(child)
        else:
            following.addprevious(child)
    set_attrs(child, attrs or {})
    return child


def set_attrs(element, attrs: Attrs, *, replace: bool = False):
    """Set ``w:`` attributes on an element (all of them, with ``replace``)."""
    if replace:
        element.attrib.clear()
    for key, value in attrs.items():
        element.set(key if key.startswith("{") else qn(f"w:{key}"), str(value))
    return element


def twips(points: float) -> int:
    return round(points * 20)


def floor_twips(points: float) -> int:
    """Line pitches round down so that the promised number of lines still fits."""
    return math.floor(points * 20 + 1e-6)


def half_points(points: float) -> int:
    return round(points * 2)


# ---- runs and paragraphs ----------------------------------------------------------------


def keep_spaces(run) -> None:
    """Spaces in a run are kept as typed (Word would collapse runs of them)."""
    for t in run._r.iterchildren(qn("w:t")):
        t.set(qn("xml:space"), "preserve")


_R, _R_PR, _R_STYLE, _T = qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:t")
_P, _P_PR, _P_STYLE, _SECT_PR, _VAL = (
    qn("w:p"),
    qn("w:pPr"),
    qn("w:pStyle"),
    qn("w:sectPr"),
    qn("w:val"),
)
_XML_SPACE = qn("xml:space")
#: Any space (``str.isspace``'s, which ``re``'s ``\s`` is for ``str`` patterns).
_SPACE = patterns.compile(r"\s")


def add_text(paragraph, text: str, char_style=None) -> Run:
    """A run of text, its spaces kept as typed.

    Written with lxml, the XML python-docx writes for ``add_run``, ``Run.text`` and
    ``Run.style``: python-docx reads text character by character (for tabs and
    breaks, which body text has none of), finds a style's id by scanning every
    style, and places each new element by searching its siblings, per run.
    """
    if not plain(text):
        run = paragraph.add_run(text, char_style)  # w:tab and w:br, as python-docx writes them
        if _SPACE.search(text):
            keep_spaces(run)
        return run
    style_id = None if char_style is None else char_style.style_id
    return Run(append_text(paragraph._p, text, style_id), paragraph)


def plain(text: str) -> bool:
    """Whether a text is one ``w:t`` in a run (no tab or line end, which python-docx writes)."""
    return not ("\t" in text or "\n" in text or "\r" in text)


def append_text(p: etree._Element, text: str, style_id: str | None = None) -> etree._Element:
    """:func:`add_text`'s run of a :func:`plain` text, with no python-docx object around
    it (the body's many runs)."""
    r = etree.SubElement(p, _R)
    if style_id is not None:
        etree.SubElement(etree.SubElement(r, _R_PR), _R_STYLE).set(_VAL, style_id)
    if text:
        t = etree.SubElement(r, _T)
        t.text = text
        if _SPACE.search(text):
            t.set(_XML_SPACE, "preserve")
    return r


def styled_paragraph(document, style_id: str) -> Paragraph:
    """A new paragraph at the end of the body that names its style by id, Normal too
    (python-docx would omit Normal's, find any style's id by scanning every style,
    and look for the section properties from the body's first paragraph on, per
    paragraph: the body's last child)."""
    body = document._body
    p = OxmlElement("w:p")
    last = next(body._element.iterchildren(reversed=True), None)  # lxml's len() counts
    if last is not None and last.tag == _SECT_PR:
        last.addprevious(p)
    else:
        body._element.append(p)
    etree.SubElement(etree.SubElement(p, _P_PR), _P_STYLE).set(_VAL, style_id)
    return Paragraph(p, body)


def append_to_run(run, element) -> None:
    run._r.append(element)


def append_to_paragraph(paragraph, element) -> None:
    paragraph._p.append(element)


def link_run(runs, anchor: str) -> None:
    """Wrap a run (or consecutive runs) in an internal hyperlink to a bookmark."""
    runs = runs if isinstance(runs, list) else [runs]
    link = el("hyperlink", {"anchor": anchor, "history": 1})
    runs[0]._r.addprevious(link)
    link.extend(run._r for run in runs)


def add_field(paragraph, instruction: str, result: str = "") -> None:
    """A complex field (``w:fldChar`` begin, instruction, separate, result, end)."""
    begin_field(paragraph, instruction)
    if result:
        paragraph.add_run(result)
    end_field(paragraph)


def begin_field(paragraph, instruction: str, dirty: bool = False) -> None:
    """A field's begin, instruction and separator; its result runs follow."""
    begin: Attrs = {"fldCharType": "begin"} | ({"dirty": "true"} if dirty else {})
    append_to_run(paragraph.add_run(), el("fldChar", begin))
    instr = el("instrText", {qn("xml:space"): "preserve"})
    instr.text = f" {instruction} "
    append_to_run(paragraph.add_run(), instr)
    append_to_run(paragraph.add_run(), el("fldChar", {"fldCharType": "separate"}))


def end_field(paragraph) -> None:
    append_to_run(paragraph.add_run(), el("fldChar", {"fldCharType": "end"}))


def bookmark_name(ident: str, prefix: str = "") -> str:
    """A Word bookmark name: letters, digits and ``_`` only, at most 40 characters."""
    name = prefix + _BOOKMARK_BAD.sub("_", ident)
    if not name[:1].isalpha() and not name.startswith("_"):
        name = "m" + name
    return name[:40]


def end_section(document, paragraph) -> None:
    """End a section (the next starts on a new page) at ``paragraph``, adding no empty paragraph.

    python-docx's ``add_section`` puts the section's properties in a paragraph of its
    own; they move into ``paragraph``, the section's last.
    """
    from docx.enum.section import WD_SECTION

    document.add_section(WD_SECTION.NEW_PAGE)
    carrier = document.element.body.findall(qn("w:p"))[-1]
    properties = carrier.find(qn("w:pPr")).find(qn("w:sectPr"))
    paragraph._p.get_or_add_pPr().append(properties)  # sectPr is pPr's last child
    carrier.getparent().remove(carrier)


def section_element(section) -> etree._Element:
    return section._sectPr


# ---- tables ----------------------------------------------------------------------------


def table_element(table) -> etree._Element:
    return table._tbl


def row_element(cells) -> etree._Element:
    """The ``w:tr`` of a row's cells."""
    return cells[0]._tc.getparent()


def repeat_and_keep_row(row, header: bool) -> None:
    """A row never split across pages; a header row repeated on every page."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(el("cantSplit"))
    if header:
        trpr.append(el("tblHeader"))


def set_texts(row: etree._Element, texts) -> etree._Element:
    """Set the text runs of a row (one per cell), in order."""
    space = qn("xml:space")
    for t, text in zip(row.iter(_T), texts, strict=True):
        t.text = text
        if _SPACE.search(text):
            t.set(space, "preserve")
        else:
            t.attrib.pop(space, None)
    return row
