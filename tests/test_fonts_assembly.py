"""A document's font written table by table (issue 11: no fontTools in a first build).

The oracle is what the project made before with fontTools: ``FontBuilder`` fed
the same glyph records and header, and the header read through ``TTFont``.
Every font must be those bytes, and fontTools and ReportLab must read it.
"""

from __future__ import annotations

import struct
from io import BytesIO
from pathlib import Path

import pytest

from reportpress import fonts
from reportpress.fonts import sfnt
from reportpress.fonts.assembly import FaceHeader, assemble
from reportpress.fonts.glyf import Outline
from reportpress.fonts.outlines import FaceGlyphs
from reportpress.fonts.sfnt import FaceTables, FontFileError

_NAME_LANGUAGES = (0x0409, 0x0804)


def _face(pattern: str) -> fonts.FontFile:
    face = fonts.find_face(pattern)
    if face is None:
        pytest.skip(f"{pattern} is not installed")
    return face


def _fontbuilder_font(info: FaceHeader, outlines, name_suffix: str = "", names=None) -> bytes:
    """The font as fontTools' FontBuilder made it from the same records and header."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.ttLib import newTable
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    def empty():
        glyph = Glyph()
        glyph.numberOfContours = 0
        return glyph

    points = sorted(outlines)
    glyph_names = {point: f"u{point:04X}" for point in points}
    order = [".notdef", *glyph_names.values()]
    glyphs = {".notdef": empty()}
    metrics = {".notdef": (info.units_per_em // 2, 0)}
    boxes = []
    max_points = max_contours = 0
    for point in points:
        outline = outlines[point]
        glyphs[glyph_names[point]] = Glyph(outline.data) if outline.data else empty()
        box = outline.bounds
        metrics[glyph_names[point]] = (outline.advance, box[0] if box else 0)
        if box:
            boxes.append((box, outline.advance))
            count, contours = outline.size
            max_points, max_contours = max(max_points, count), max(max_contours, contours)
    builder = FontBuilder(info.units_per_em, isTTF=True)
    builder.font.recalcBBoxes = False
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(glyph_names)
    builder.font["loca"] = newTable("loca")
    glyf = builder.font["glyf"] = newTable("glyf")
    glyf.glyphs = glyphs
    glyf.glyphOrder = order
    builder.setupHorizontalMetrics(metrics)
    x_min = min((b[0] for b, _ in boxes), default=0)
    builder.setupHorizontalHeader(
        ascent=info.ascent,
        descent=info.descent,
        lineGap=info.line_gap,
        advanceWidthMax=max(advance for advance, _ in metrics.values()),
        minLeftSideBearing=x_min,
        minRightSideBearing=min((a - b[2] for b, a in boxes), default=0),
        xMaxExtent=max((b[2] for b, _ in boxes), default=0),
    )
    if names is None:
        names_table = dict(info.names)
        names_table["psName"] = names_table.get("psName", "font") + name_suffix
        builder.setupNameTable(names_table)
    else:
        builder.setupNameTable({}, mac=False)
        for name_id, text in sorted(names.items()):
            for language in _NAME_LANGUAGES:
                builder.font["name"].setName(text, name_id, 3, 1, language)
    builder.setupOS2(**dict(info.os2))
    builder.setupPost(keepGlyphNames=False, **dict(info.post))
    maxp = builder.font["maxp"]
    maxp.maxPoints, maxp.maxContours = max_points, max_contours
    head = builder.font["head"]
    head.xMin, head.yMin = x_min, min((b[1] for b, _ in boxes), default=0)
    head.xMax = max((b[2] for b, _ in boxes), default=0)
    head.yMax = max((b[3] for b, _ in boxes), default=0)
    head.created = head.modified = info.modified
    head.macStyle = info.mac_style
    out = BytesIO()
    builder.save(out)
    return out.getvalue()


def _fonttools_header(path: Path, index: int, name) -> FaceHeader:
    """The header as read through fontTools' TTFont."""
    from fontTools.misc import sstruct
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._p_o_s_t import postFormat, postFormatSize

    font = TTFont(str(path), fontNumber=index, lazy=True)
    os2, hhea, head = font["OS/2"], font["hhea"], font["head"]
    post = sstruct.unpack(postFormat, font.reader["post"][:postFormatSize])
    fields = ("familyName", "styleName", "uniqueFontIdentifier", "fullName", "version")
    names = [(key, name(i)) for i, key in enumerate(fields, 1)] + [("psName", name(6))]
    keys = (
        "sTypoAscender sTypoDescender sTypoLineGap usWinAscent usWinDescent usWeightClass "
        "fsType fsSelection achVendID sxHeight sCapHeight ulCodePageRange1 ulCodePageRange2 "
        "ulUnicodeRange1 ulUnicodeRange2 ulUnicodeRange3 ulUnicodeRange4"
    ).split()
    return FaceHeader(
        units_per_em=head.unitsPerEm,
        ascent=hhea.ascent,
        descent=hhea.descent,
        line_gap=hhea.lineGap,
        modified=head.modified,
        mac_style=head.macStyle,
        names=tuple((k, v) for k, v in names if v),
        os2=tuple((key, getattr(os2, key, 0)) for key in keys),
        post=tuple(
            (k, post[k]) for k in ("italicAngle", "underlinePosition", "underlineThickness")
        ),
    )


_FACES = ["Noto Sans CJK SC", "Noto Serif CJK SC:bold", "LXGW WenKai"]
_TEXT = "全区经济运行总体平稳（2024年），增长5.2%；“十四五”规划。ABC xyz"


@pytest.fixture(scope="module", params=_FACES)
def drawn(request) -> tuple[fonts.FontFile, FaceHeader, dict[int, Outline]]:
    face = _face(request.param)
    glyphs = FaceGlyphs(face.path, face.index)
    header = FaceHeader.read(FaceTables(face.path, face.index), glyphs.name)
    return face, header, glyphs.draw(map(ord, _TEXT))


def test_the_header_is_read_as_fonttools_reads_it(drawn):
    face, header, _ = drawn
    glyphs = FaceGlyphs(face.path, face.index)
    assert header == _fonttools_header(face.path, face.index, glyphs.name)


@pytest.mark.parametrize(
    ("suffix", "names"),
    [
        ("", None),  # a PDF's font: the face's names, English Windows and Mac records
        ("-3fa2c1", None),  # a second font of the face in one PDF
        ("", fonts.family_names("仿宋_GB2312", False)),  # a DOCX's: the official name
    ],
)
def test_fonts_are_the_bytes_fontbuilder_made(drawn, suffix, names):
    _, header, outlines = drawn
    ours = assemble(header, outlines, suffix, names)
    assert ours == _fontbuilder_font(header, outlines, suffix, names)


def test_the_font_reads_back_whole_with_valid_checksums(drawn):
    from fontTools.ttLib import TTFont
    from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont

    _, header, outlines = drawn
    data = assemble(header, outlines)
    font = TTFont(BytesIO(data), checkChecksums=2)  # a wrong table checksum raises
    font.ensureDecompiled()
    assert set(font.getBestCmap()) == set(outlines)
    total = sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF
    assert total == 0xB1B0AFBA  # head's checkSumAdjustment balances the file
    glyf = font["glyf"]
    for point, outline in outlines.items():
        glyph = glyf[font.getBestCmap()[point]]
        assert glyph.compile(glyf, recalcBBoxes=False) == outline.data
    assert ReportLabFont("rp-test-assembled", BytesIO(data)).face.name


def _box(x: int, points: int = 4) -> Outline:
    """A made-up record: one contour of ``points`` points from x to x + 100."""
    from reportpress.fonts.glyf import encode

    coords = [(float(x + i * 100 // points), float(i % 2 * 700)) for i in range(points)]
    return Outline(1000, encode(coords, [1] * points, [points - 1]))


_HEADER = FaceHeader(
    1000,
    880,
    -120,
    0,
    3_600_000_000,
    1,
    (("familyName", "Made Up"), ("styleName", "Bold"), ("psName", "MadeUp-Bold")),
    (("fsType", 8), ("achVendID", "RPRS"), ("usWeightClass", 700), ("ulUnicodeRange1", 1)),
    (("italicAngle", -11.5), ("underlinePosition", -100), ("underlineThickness", 50)),
)


@pytest.mark.parametrize(
    "outlines",
    [
        {},  # nothing at all
        {0x20: Outline(500, b"")},  # a space only: every glyph empty
        {0x4E00: _box(0)},
        {0x20000: _box(10), 0x20001: _box(20), 0x4E00: _box(30)},  # beyond the BMP: format 12
        {0x4E00 + 3 * i: _box(i % 900, 3 + i % 5) for i in range(300)},  # odd records: padded
        {0x4E00 + i: _box(i, 2000) for i in range(40)},  # over 128 KiB: long offsets
        {0x3000 + 2 * i: Outline(1000 - i % 2, b"") for i in range(50)},  # varied advances
    ],
    ids=["empty", "space", "one", "astral", "odd", "long", "advances"],
)
def test_made_up_fonts_are_the_bytes_fontbuilder_made(outlines):
    assert assemble(_HEADER, outlines) == _fontbuilder_font(_HEADER, outlines)
    names = {1: "黑体", 2: "Regular", 6: "reportpress-hei"}
    assert assemble(_HEADER, outlines, names=names) == _fontbuilder_font(
        _HEADER, outlines, "", names
    )


def test_a_bmp_map_too_large_for_format_4_is_written_as_format_12():
    from fontTools.ttLib import TTFont

    outlines = {0x4E00 + 2 * i: Outline(1000, b"") for i in range(9000)}  # 9 000 segments
    font = TTFont(BytesIO(assemble(_HEADER, outlines)))
    assert {t.format for t in font["cmap"].tables} == {12}
    assert set(font.getBestCmap()) == set(outlines)


def test_a_name_mac_roman_cannot_spell_gets_windows_records_only():
    from fontTools.ttLib import TTFont

    header = FaceHeader(1000, 880, -120, 0, 0, 0, (("familyName", "霞鹜文楷"),), (), ())
    font = TTFont(BytesIO(assemble(header, {0x4E00: _box(0)})))
    records = {(n.platformID, n.nameID): n.toUnicode() for n in font["name"].names}
    assert records[3, 1] == "霞鹜文楷"
    assert (1, 1) not in records and records[1, 6] == "font"
    assert "ltag" not in font


# ---- reading a face's tables --------------------------------------------------------------


def test_a_collections_face_is_found_by_its_index():
    face = _face("Noto Serif CJK SC")
    tables = FaceTables(face.path, face.index)
    assert tables.kind == "cff" and {"head", "hhea", "OS/2", "cmap", "CFF "} <= set(tables.tables)
    with pytest.raises(FontFileError, match="no face 99"):
        FaceTables(face.path, 99)


def _font_file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "made.ttf"
    path.write_bytes(data)
    return path


def test_damaged_files_are_refused_naming_what_is_wrong(tmp_path):
    good = assemble(_HEADER, {0x4E00: _box(0)})
    assert FaceTables(_font_file(tmp_path, good), 0).kind == "truetype"
    with pytest.raises(FontFileError, match="not a TrueType"):
        FaceTables(_font_file(tmp_path, b"%PDF-1.4 not a font at all"), 0)
    with pytest.raises(FontFileError, match="directory runs past"):
        FaceTables(_font_file(tmp_path, good[:40]), 0)
    with pytest.raises(FontFileError, match="runs past the end"):
        FaceTables(_font_file(tmp_path, good[: len(good) - 8]), 0)
    with pytest.raises(FontFileError, match="cut short"):
        FaceTables(_font_file(tmp_path, b"ttcf\0\1"), 0)
    tables = FaceTables(_font_file(tmp_path, good), 0)
    with pytest.raises(FontFileError, match="no 'CFF'"):
        tables.table("CFF ")


def test_a_header_table_cut_short_is_damage(tmp_path):
    data = bytearray(assemble(_HEADER, {0x4E00: _box(0)}))
    count = struct.unpack(">H", data[4:6])[0]
    for at in range(12, 12 + 16 * count, 16):
        if data[at : at + 4] == b"OS/2":
            struct.pack_into(">I", data, at + 12, 6)  # OS/2 said to be 6 bytes long
    tables = FaceTables(_font_file(tmp_path, bytes(data)), 0)
    with pytest.raises(FontFileError, match="cut short"):
        FaceHeader.read(tables, lambda name_id: "")


def test_web_fonts_are_not_read_in_place(tmp_path):
    assert FaceTables(_font_file(tmp_path, b"wOF2" + bytes(40)), 0).kind == "other"


def test_search_ranges_follow_the_specification():
    assert sfnt.search_range(10, 16) == (128, 3, 32)
    assert sfnt.search_range(1, 2) == (2, 0, 0)
    assert sfnt.search_range(0, 16) == (16, 0, 0)
