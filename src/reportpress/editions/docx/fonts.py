"""Fonts embedded in the DOCX, so that it looks right on a machine without the official faces.

Word is given the official face of each font role (黑体, 楷体_GB2312, 方正小标宋简体 …).
A machine without them — LibreOffice on Linux, a Mac — would set every role in
one fallback face.  So the free stand-in that serves the role here (the face
:func:`reportpress.fonts.resolve` chose: Noto Sans CJK for 黑体, LXGW WenKai for 楷体,
Noto Serif CJK Bold for 小标宋 …) is embedded under the official name, cut down to
the characters the document sets in it, obfuscated as ECMA-376 §17.8.1 requires.
A word processor that has the official face installed uses the installed face;
one that has not uses the embedded stand-in.  A face whose licence (OS/2
``fsType``) forbids embedding a subset is left out.

The subset is assembled from the font cache's TrueType glyphs with the official
name already in its name table (:func:`reportpress.fonts.subset_font`): no
subsetting, no ReportLab, and the bytes are a function of the document's
characters and the style only, whatever else the process built.
"""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from reportpress.characters import distinct
from reportpress.editions.docx.styles import word_font
from reportpress.model import Report
from reportpress.styles import Style


@dataclass(frozen=True)
class EmbeddedFont:
    """One font file to embed: the subset of a stand-in, renamed to the face Word is given."""

    name: str  # the official family name the document's runs use
    bold: bool  # w:embedBold (else w:embedRegular)
    key: str  # the obfuscation key, a GUID in braces
    data: bytes  # the obfuscated font file (``.odttf``)


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376 font obfuscation: the first 32 bytes XORed with the key's bytes, reversed."""
    key_bytes = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ key_bytes[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


#: Text an edition sets itself: (style role, set bold whatever the role says) → its characters.
Furniture = dict[tuple[str, bool], str]


def _font_texts(report: Report, style: Style, furniture: Furniture) -> dict[tuple[str, bool], str]:
    """(font role, bold) → every character the document sets in it."""
    texts = {(name, False): text for name, text in report.role_texts(style).items()}
    for key, extra in furniture.items():
        texts[key] = texts.get(key, "") + extra
    by_face: dict[tuple[str, bool], str] = {}
    for (role_name, bold), text in texts.items():
        # Bold as Word sets it: the role's flag, or a bold cut named as its face (w:b then).
        key = (style.role(role_name).font, style.is_bold(role_name) or bold)
        by_face[key] = by_face.get(key, "") + text
    return by_face


def embedded_face(fontset, font_role: str, bold: bool):
    """The stand-in face embedded for a font role and weight (the role's first face, or
    its first bold face for bold text where it has one)."""
    chain = fontset.roles[font_role]
    return chain.bold_faces[0] if bold and chain.bold_faces[0] is not None else chain.faces[0]


def advance_ems(style: Style, font_role: str, bold: bool, chars: Iterable[str]) -> dict[str, float]:
    """Each character's advance in ems in the stand-in embedded for a font role, as a word
    processor without the official face sets it (read from the glyph cache); a character
    that face lacks, a full em or half of one by its East Asian width.  The contents'
    pagination and the appendix's columns measure the DOCX's text so."""
    from reportpress import fonts
    from reportpress.fonts.store import store

    cache = store(embedded_face(fonts.resolve(style), font_role, bold))
    units = cache.info().header.units_per_em
    chars = set(chars)
    outlines = cache.outlines(map(ord, chars))
    return {
        char: outlines[ord(char)].advance / units
        if ord(char) in outlines
        else 1.0
        if unicodedata.east_asian_width(char) in "WF"
        else 0.5
        for char in chars
    }


def embedded_fonts(report: Report, style: Style, furniture: Furniture) -> list[EmbeddedFont]:
    """The stand-in subsets to embed, one per official name and weight, in a stable order.

    ``furniture`` is text the edition adds itself (the contents, page numbers, the bold
    header and group rows of the appendix).
    """
    from reportpress import fonts

    fontset = fonts.resolve(style)
    wanted: dict[tuple[str, bool], tuple[object, set[int]]] = {}
    for (font_role, bold), text in sorted(_font_texts(report, style, furniture).items()):
        face = embedded_face(fontset, font_role, bold)
        name = word_font(style, font_role)
        points = {ord(c) for c in distinct(text) if not c.isspace()} | {0x20}
        known = wanted.setdefault((name, bold), (face, set()))
        if known[0] == face:
            known[1].update(points)
    out = []
    for (name, bold), (face, points) in sorted(wanted.items()):
        data = fonts.subset_font(face, points, fonts.family_names(name, bold))
        if data is None:
            continue
        key = "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"
        out.append(EmbeddedFont(name, bold, key, obfuscate(data, key)))
    return out
