"""The package around the body: the template's leftovers cleared, settings, font table with
embedded fonts, theme, properties, and a reproducible zip.

python-docx's default template brings much that is not the report's: a
Japanese theme language and font slots, Calibri/Cambria styles and 160 styles
the report never uses, ``rsid`` values, a thumbnail, customXml, numbering, web
settings and ``stylesWithEffects`` parts, and core properties by "python-docx".
:func:`clear_template` undoes all of it before anything is written; the
latent-style table stays (it is Word's catalogue of built-in styles).  The zip is
then rewritten with sorted entries and fixed dates, so the same input gives the
same bytes.
"""

from __future__ import annotations

import datetime as _dt
import zipfile
from io import BytesIO

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from reportpress.editions.common import EARLIEST
from reportpress.editions.docx.fonts import EmbeddedFont
from reportpress.editions.docx.oxml import SETTINGS_ORDER, el, put, set_attrs, twips
from reportpress.editions.docx.styles import PageMeasures, alt_font, word_font
from reportpress.model import Report
from reportpress.styles import Style

#: Document-part relationships the report keeps; the template's others go.
_KEPT_PARTS = {RT.STYLES, RT.SETTINGS, RT.FONT_TABLE, RT.THEME, RT.FOOTER}
_KEPT_PACKAGE_PARTS = {RT.OFFICE_DOCUMENT, RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES}
_FAMILY = {"serif": "roman", "sans-serif": "swiss", "monospace": "modern"}
_OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"


def clear_template(document) -> None:
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


def _replace_part(source, reltype: str, element):
    """Swap the part ``source`` relates to by ``reltype`` for one holding ``element``."""
    rel_id = next(r for r, rel in source.rels.items() if rel.reltype == reltype)
    old = source.rels[rel_id].target_part
    del source.rels[rel_id]
    new = XmlPart(old.partname, old.content_type, element, old.package)
    source.relate_to(new, reltype)
    return new


def settings(document, style: Style, measures: PageMeasures, embeds_fonts: bool) -> None:
    """Zoom, tab stop, field update, compatibility, theme language, embedded fonts kept on save."""
    root = document.settings.element
    # Template furniture: spelling marked as checked, a preview picture, rsids,
    # math defaults (Cambria Math), shape defaults, Word 2010 ids.
    unrelated = {"proofState", "savePreviewPicture", "rsids", "mathPr", "shapeDefaults",
                 "doNotAutoCompressPictures", "docId", "defaultImageDpi"}  # fmt: skip
    for child in list(root):
        if child.tag.rsplit("}", 1)[-1] in unrelated:
            root.remove(child)
    set_attrs(root.find(qn("w:zoom")), {"percent": 100}, replace=True)
    set_attrs(root.find(qn("w:defaultTabStop")), {"val": twips(2 * measures.char_pitch_pt)})
    # Full-width punctuation keeps its full width, as on the official grid.
    set_attrs(root.find(qn("w:characterSpacingControl")), {"val": "doNotCompress"})
    if embeds_fonts:  # Word keeps the embedded subsets when the editor saves
        put(root, "embedTrueTypeFonts", SETTINGS_ORDER)
        put(root, "saveSubsetFonts", SETTINGS_ORDER)
    put(root, "updateFields", SETTINGS_ORDER, {"val": "true"})  # Word refreshes the contents
    compat = root.find(qn("w:compat"))
    for child in list(compat):
        compat.remove(child)
    compat.append(
        el(
            "compatSetting",
            {
                "name": "compatibilityMode",
                "uri": "http://schemas.microsoft.com/office/word",
                "val": 15,
            },
        )
    )
    set_attrs(root.find(qn("w:themeFontLang")), {"val": "en-US", "eastAsia": style.language})


def font_table(document, style: Style, embedded: list[EmbeddedFont]) -> None:
    """Each face used, with its other name, GB2312 charset and family for substitution,
    and the stand-in subsets embedded under its name."""
    root = OxmlElement("w:fonts")
    fonts: dict[str, object] = {}
    for role_name in sorted({r.font for r in style.roles.values()}):
        name = word_font(style, role_name)
        if name in fonts:
            continue
        font = fonts[name] = el("font", {"name": name})
        alt = alt_font(style, role_name)
        if alt:
            font.append(el("altName", {"val": alt}))
        font.append(el("charset", {"val": "86"}))
        font.append(el("family", {"val": _FAMILY[style.fonts[role_name].generic]}))
        font.append(el("pitch", {"val": "variable"}))
        root.append(font)
    part = _replace_part(document.part, RT.FONT_TABLE, root)
    for number, face in enumerate(embedded, start=1):
        uri = PackURI(f"/word/fonts/font{number}.odttf")
        rel_id = part.relate_to(Part(uri, _OBFUSCATED_FONT, face.data, part.package), RT.FONT)
        tag = "embedBold" if face.bold else "embedRegular"
        # embedded is sorted by (name, bold): embedRegular comes before embedBold, as it must
        fonts[face.name].append(el(tag, {qn("r:id"): rel_id, "fontKey": face.key}))


def theme(document, style: Style) -> None:
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


def properties(document, report: Report, style: Style, when: _dt.datetime) -> None:
    """Core properties from the report (the title whole); the application is reportpress."""
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


class _Members(dict):
    """Stands in for python-docx's zip writer: keeps each member's bytes by name."""

    def write(self, pack_uri, blob: bytes) -> None:
        self[pack_uri.membername] = blob

    def close(self) -> None:
        pass


def members(document) -> dict[str, bytes]:
    """The package's members (name → bytes), as python-docx's ``save`` would zip them.

    ``save`` compresses every member, which :func:`reproducible_zip` would then
    inflate and compress again (a sixth of the DOCX's time: the fonts are large),
    so the steps of python-docx's ``PackageWriter.write`` are run here into a
    dict (``tests/test_docx_members.py`` checks they still give what ``save`` writes).
    """
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    found = _Members()
    PackageWriter._write_content_types_stream(found, parts)
    PackageWriter._write_pkg_rels(found, package.rels)
    PackageWriter._write_parts(found, parts)
    return dict(found)


#: Deflate level of the package's members (see :func:`reproducible_zip`).
ZIP_LEVEL = 3


def reproducible_zip(parts: dict[str, bytes], when: _dt.datetime) -> bytes:
    """The package's members zipped: ``[Content_Types].xml`` first, the rest sorted,
    every entry dated ``when`` with fixed attributes.

    Deflate at level 3, not zlib's default 6: a long report's ``document.xml`` (4.6 MB at
    16 times the sample) deflates in half the time (18 ms against 35) for a file 10 %
    larger; subset fonts grow by 3 %."""
    stamp = max(when, EARLIEST).timetuple()[:6]
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o644 << 16
            archive.writestr(info, parts[name], compresslevel=ZIP_LEVEL)
    return buffer.getvalue()
