"""A document's small TrueType font, assembled from cached glyph records and the face's header.

The font holds ``.notdef`` and one glyph per character, in code point order,
and the ten tables a TrueType font needs.  Each table is packed here after the
OpenType specification, with the values fontTools' ``FontBuilder`` gave them
before (the tests compare the bytes), so a build needs no fontTools at all to
make its fonts: the glyph records are used as they are, and the few totals the
tables carry (bounding box, extents, maxima) are taken from the records'
headers.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from math import floor

from reportpress.fonts.glyf import Outline
from reportpress.fonts.sfnt import FaceTables, FontFileError, search_range, write_font

#: name IDs of the face's own names a document's font keeps
_NAME_IDS = {
    "familyName": 1,
    "styleName": 2,
    "uniqueFontIdentifier": 3,
    "fullName": 4,
    "version": 5,
    "psName": 6,
}

#: Windows (platform 3, Unicode BMP) English and Simplified Chinese name records.
_NAME_LANGUAGES = (0x0409, 0x0804)

#: OS/2 fields kept from the face (others take FontBuilder's defaults), where each lies
#: in the table, its format, and the first table version that has it
_OS2_FIELDS = {
    "sTypoAscender": (68, "h", 0),
    "sTypoDescender": (70, "h", 0),
    "sTypoLineGap": (72, "h", 0),
    "usWinAscent": (74, "H", 0),
    "usWinDescent": (76, "H", 0),
    "usWeightClass": (4, "H", 0),
    "fsType": (8, "H", 0),
    "fsSelection": (62, "H", 0),
    "achVendID": (58, "4s", 0),
    "sxHeight": (86, "h", 2),
    "sCapHeight": (88, "h", 2),
    "ulCodePageRange1": (78, "I", 1),
    "ulCodePageRange2": (82, "I", 1),
    "ulUnicodeRange1": (42, "I", 0),
    "ulUnicodeRange2": (46, "I", 0),
    "ulUnicodeRange3": (50, "I", 0),
    "ulUnicodeRange4": (54, "I", 0),
}


#: the size of each OS/2 table version
_OS2_SIZES = {0: 78, 1: 86, 2: 96, 3: 96, 4: 96, 5: 100}


@dataclass(frozen=True)
class FaceHeader:
    """What a face's own tables say about it, beyond its glyphs (kept in the font cache)."""

    units_per_em: int
    ascent: int
    descent: int
    line_gap: int
    modified: int
    mac_style: int
    names: tuple[tuple[str, str], ...]
    os2: tuple[tuple[str, int | str], ...]
    post: tuple[tuple[str, float], ...]

    @classmethod
    def read(cls, tables: FaceTables, name: Callable[[int], str]) -> FaceHeader:
        """Read from the face's ``head``, ``hhea``, ``OS/2`` and ``post`` tables; ``name``
        gives a name-table entry by its ID.  A table cut short is a damaged face."""
        try:
            head, hhea, os2 = tables.table("head"), tables.table("hhea"), tables.table("OS/2")
            post = tables.table("post")
            units_per_em, modified = struct.unpack_from(">H8xQ", head, 18)
            mac_style = struct.unpack_from(">H", head, 44)[0]
            ascent, descent, line_gap = struct.unpack_from(">3h", hhea, 4)
            italic_angle, underline_position, underline_thickness = struct.unpack_from(
                ">ihh", post, 4
            )
            version = struct.unpack_from(">H", os2, 0)[0]
            if version not in _OS2_SIZES:
                raise FontFileError(f"its OS/2 table has an unknown version {version}")
            if len(os2) < _OS2_SIZES[version]:
                raise struct.error(f"OS/2 version {version} in {len(os2)} bytes")
            os2_values: list[tuple[str, int | str]] = []
            for key, (offset, form, since) in _OS2_FIELDS.items():
                value: int | str = 0
                if version >= since:
                    value = struct.unpack_from(f">{form}", os2, offset)[0]
                    if isinstance(value, bytes):
                        value = value.decode("latin-1")
                os2_values.append((key, value))
        except struct.error as exc:
            raise FontFileError(f"a table is cut short ({exc})") from exc
        names = [(key, name(name_id)) for key, name_id in _NAME_IDS.items()]
        return cls(
            units_per_em=units_per_em,
            ascent=ascent,
            descent=descent,
            line_gap=line_gap,
            modified=modified,
            mac_style=mac_style,
            names=tuple((k, v) for k, v in names if v),
            os2=tuple(os2_values),
            post=(
                ("italicAngle", italic_angle / 65536),
                ("underlinePosition", underline_position),
                ("underlineThickness", underline_thickness),
            ),
        )


def assemble(
    info: FaceHeader,
    outlines: Mapping[int, Outline],
    name_suffix: str = "",
    names: Mapping[int, str] | None = None,
) -> bytes:
    """A TrueType font holding exactly these characters, with the face's own metrics and names.

    ``name_suffix`` is added to the PostScript name, for a second font of the same
    face in one PDF (which names fonts by it).  ``names`` (name ID → text), when
    given, replace the face's names, written as Windows records in English and
    Simplified Chinese: a font embedded under another family name (a DOCX's).
    """
    points = sorted(outlines)
    glyphs = [Outline(info.units_per_em // 2, b""), *(outlines[p] for p in points)]  # .notdef
    boxes = [(glyph.bounds, glyph.advance) for glyph in glyphs if glyph.data]
    sizes = [glyph.size for glyph in glyphs if glyph.data]
    x_min = min((box[0] for box, _ in boxes), default=0)
    glyf, loca, long_offsets = _glyf_and_loca([glyph.data for glyph in glyphs])
    hmtx, metrics = _hmtx(glyphs)
    if names is None:
        own = dict(info.names)
        own["psName"] = own.get("psName", "font") + name_suffix
        records = _english_names({_NAME_IDS[key]: text for key, text in own.items()})
    else:
        records = [
            (3, 1, language, name_id, text.encode("utf-16-be"))
            for name_id, text in names.items()
            for language in _NAME_LANGUAGES
        ]
    head = struct.pack(
        ">4I2H2Q4h2H3h",
        0x00010000,  # version 1.0
        0x00010000,  # font revision 1.0
        0,  # checkSumAdjustment: set when the file is written
        0x5F0F3CF5,  # magic number
        0x0003,  # flags: baseline at 0, left sidebearing at x = 0
        info.units_per_em,
        info.modified,  # created
        info.modified,
        x_min,
        min((box[1] for box, _ in boxes), default=0),
        max((box[2] for box, _ in boxes), default=0),
        max((box[3] for box, _ in boxes), default=0),
        info.mac_style,
        3,  # lowest readable size in pixels
        2,  # font direction hint: left to right, with neutrals
        1 if long_offsets else 0,
        0,  # glyph data format
    )
    hhea = struct.pack(
        ">I3hH3h3h4hhH",
        0x00010000,
        info.ascent,
        info.descent,
        info.line_gap,
        max(glyph.advance for glyph in glyphs),
        x_min,
        min((advance - box[2] for box, advance in boxes), default=0),
        max((box[2] for box, _ in boxes), default=0),
        1,  # caret slope rise: vertical
        0,
        0,
        0,
        0,
        0,
        0,  # reserved
        0,  # metric data format
        metrics,
    )
    maxp = struct.pack(
        ">IH13H",
        0x00010000,  # version 1.0: TrueType outlines
        len(glyphs),
        max((count for count, _ in sizes), default=0),
        max((contours for _, contours in sizes), default=0),
        0,
        0,
        2,  # zones: the twilight zone too
        *(0,) * 8,
    )
    tables = {
        "head": head,
        "hhea": hhea,
        "maxp": maxp,
        "OS/2": _os2(info, glyphs, points),
        "hmtx": hmtx,
        "cmap": _cmap(points),
        "loca": loca,
        "glyf": glyf,
        "name": _name(records),
        "post": struct.pack(
            ">Iihh5I",
            0x00030000,  # format 3: no glyph names (ReportLab drops them anyway)
            _fixed(dict(info.post).get("italicAngle", 0)),
            int(dict(info.post).get("underlinePosition", 0)),
            int(dict(info.post).get("underlineThickness", 0)),
            0,
            0,
            0,
            0,
            0,
        ),
    }
    return write_font(tables)


def _fixed(value: float) -> int:
    """A 16.16 fixed-point number, rounded as fontTools rounds (halves up)."""
    return floor(value * 65536 + 0.5)


def _glyf_and_loca(records: list[bytes]) -> tuple[bytes, bytes, bool]:
    """The glyph table, its index, and whether the index needs long (32-bit) offsets.

    Short offsets count 16-bit words, so odd records are padded with a zero byte
    when the table stays under 128 KiB with it; otherwise offsets are long.
    """
    total = sum(map(len, records))
    odd = sum(len(record) % 2 for record in records)
    if total < 0x20000 and odd and total + odd < 0x20000:
        records = [record + b"\0" if len(record) % 2 else record for record in records]
        total += odd
    offsets = [0]
    for record in records:
        offsets.append(offsets[-1] + len(record))
    glyf = b"".join(records) or b"\0"  # all glyphs empty: one byte, as readers expect
    if total < 0x20000 and not any(offset % 2 for offset in offsets):
        return glyf, struct.pack(f">{len(offsets)}H", *(o // 2 for o in offsets)), False
    return glyf, struct.pack(f">{len(offsets)}I", *offsets), True


def _hmtx(glyphs: list[Outline]) -> tuple[bytes, int]:
    """The horizontal metrics and how many carry an advance: the advances of a run of
    equal ones at the end are written once (then only left side bearings)."""
    advances = [glyph.advance for glyph in glyphs]
    bearings = [glyph.bounds[0] if glyph.data else 0 for glyph in glyphs]  # type: ignore[index]
    metrics = len(advances)
    while metrics > 1 and advances[metrics - 2] == advances[-1]:
        metrics -= 1
    pairs = [value for pair in zip(advances, bearings[:metrics], strict=False) for value in pair]
    form = ">" + "Hh" * metrics + f"{len(advances) - metrics}h"
    return struct.pack(form, *pairs, *bearings[metrics:]), metrics


def _os2(info: FaceHeader, glyphs: list[Outline], points: list[int]) -> bytes:
    """OS/2 version 3: the face's kept fields, FontBuilder's defaults for the rest, the average
    advance and the first and last characters of this font."""
    fields = dict(info.os2)
    widths = [glyph.advance for glyph in glyphs if glyph.advance > 0]
    average = floor(sum(widths) / len(widths) + 0.5) if widths else 0
    vendor = str(fields.get("achVendID", "????")).encode("latin-1")
    return struct.pack(
        ">HhHHH11h10s4I4s3H3h2H2I2h3H",
        3,
        average,
        int(fields.get("usWeightClass", 400)),
        5,  # width class: medium
        int(fields.get("fsType", 0x0004)),
        *(0,) * 11,  # sub- and superscript sizes and offsets, strikeout, family class
        bytes(10),  # PANOSE: any
        *(int(fields.get(f"ulUnicodeRange{i}", 0)) for i in range(1, 5)),
        vendor,
        int(fields.get("fsSelection", 0)),
        min(0xFFFF, points[0]) if points else 0,
        min(0xFFFF, points[-1]) if points else 0,
        int(fields.get("sTypoAscender", 0)),
        int(fields.get("sTypoDescender", 0)),
        int(fields.get("sTypoLineGap", 0)),
        int(fields.get("usWinAscent", 0)),
        int(fields.get("usWinDescent", 0)),
        int(fields.get("ulCodePageRange1", 0)),
        int(fields.get("ulCodePageRange2", 0)),
        int(fields.get("sxHeight", 0)),
        int(fields.get("sCapHeight", 0)),
        0,  # default character: .notdef
        32,  # break character: space
        0,  # maximum context
    )


def _cmap(points: list[int]) -> bytes:
    """The character map: glyph ``i + 1`` for the ``i``-th code point.

    Format 4 for the BMP (Unicode and Windows records sharing one subtable), and
    format 12 for all characters when some lie beyond it.  A BMP map too large
    for format 4 (more than 8 000 scattered characters) is written as format 12.
    """
    bmp = [point for point in points if point < 0x10000]
    subtables = []  # (platform, encoding, data)
    try:
        basic = _cmap_format_4(bmp)
    except struct.error:
        basic = _cmap_format_12(bmp)
    subtables += [(0, 3, basic), (3, 1, basic)]
    if bmp != points:
        subtables.append((3, 10, _cmap_format_12(points)))
    offset = 4 + 8 * len(subtables)
    records, chunks, placed = [], [], {}
    for platform, encoding, data in subtables:
        if data not in placed:
            placed[data] = offset + sum(map(len, chunks))
            chunks.append(data)
        records.append(struct.pack(">HHI", platform, encoding, placed[data]))
    return struct.pack(">HH", 0, len(subtables)) + b"".join(records) + b"".join(chunks)


def _runs(points: list[int]) -> list[tuple[int, int, int]]:
    """Runs of consecutive code points: (first, last, glyph of the first)."""
    runs: list[tuple[int, int, int]] = []
    for glyph, point in enumerate(points, 1):
        if runs and runs[-1][1] == point - 1:
            runs[-1] = (runs[-1][0], point, runs[-1][2])
        else:
            runs.append((point, point, glyph))
    return runs


def _cmap_format_4(points: list[int]) -> bytes:
    """Segments of consecutive characters, each mapped by a delta, and the closing 0xFFFF one
    (whose delta maps it to .notdef)."""
    runs = _runs(points)
    starts = [first for first, _, _ in runs] + [0xFFFF]
    ends = [last for _, last, _ in runs] + [0xFFFF]
    deltas = [(glyph - first) % 0x10000 for first, _, glyph in runs] + [1]
    count = len(starts)
    data = struct.pack(
        f">{count}HH{count}H{count}H{count}H", *ends, 0, *starts, *deltas, *([0] * count)
    )
    header = struct.pack(">7H", 4, 14 + len(data), 0, 2 * count, *search_range(count, 2))
    return header + data


def _cmap_format_12(points: list[int]) -> bytes:
    """Groups of consecutive characters with consecutive glyphs (all of a run, here)."""
    runs = _runs(points)
    groups = b"".join(struct.pack(">3I", first, last, glyph) for first, last, glyph in runs)
    return struct.pack(">HHIII", 12, 0, 16 + len(groups), 0, len(runs)) + groups


def _english_names(names: Mapping[int, str]) -> list[tuple[int, int, int, int, bytes]]:
    """Windows English records of these names, and Mac Roman ones of those it can spell
    (fontTools would add an ``ltag`` table for the others; no reader needs them)."""
    records = []
    for name_id, text in names.items():
        records.append((3, 1, 0x0409, name_id, text.encode("utf-16-be")))
        with contextlib.suppress(UnicodeEncodeError):
            records.append((1, 0, 0, name_id, text.encode("mac_roman")))
    return records


def _name(records: list[tuple[int, int, int, int, bytes]]) -> bytes:
    """The naming table (format 0): records sorted, equal strings stored once."""
    records = sorted(records)
    pool: dict[bytes, int] = {}
    strings = []
    packed = []
    size = 0
    for platform, encoding, language, name_id, text in records:
        if text not in pool:
            pool[text] = size
            strings.append(text)
            size += len(text)
        packed.append(
            struct.pack(">6H", platform, encoding, language, name_id, len(text), pool[text])
        )
    header = struct.pack(">3H", 0, len(records), 6 + 12 * len(records))
    return header + b"".join(packed) + b"".join(strings)
