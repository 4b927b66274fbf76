"""TrueType glyph records made without fontTools' tables (issue 11: a first build's drawing).

Every record must be byte for byte what fontTools' own chain makes (``Cu2QuPen``
reversing into a ``TTGlyphPen``, ``Glyph.compile``; ``Glyph.trim`` for a face's
own records), so that a cold build's fonts are the fonts fontTools would have
made, and fontTools must read each one back to the same points.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from reportpress import fonts
from reportpress.fonts import glyf
from reportpress.fonts.outlines import MAX_ERROR, FaceGlyphs


def _face(pattern: str) -> fonts.FontFile:
    face = fonts.find_face(pattern)
    if face is None:
        pytest.skip(f"{pattern} is not installed")
    return face


def _fonttools_record(draw) -> bytes:
    """What fontTools makes of an outline drawn by ``draw(pen)`` (cubic, CFF direction)."""
    from fontTools.misc.roundTools import noRound
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    pen = TTGlyphPen(None)
    draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
    glyph = pen.glyph(round=noRound)
    return glyph.compile(None) if glyph.numberOfContours > 0 else b""


def _our_record(draw) -> bytes:
    pen = glyf.QuadraticPen(MAX_ERROR)
    draw(pen)
    return pen.record()


def _read_back(data: bytes) -> list[tuple[int, int]]:
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    glyph = Glyph(data)
    glyph.expand(None)
    return list(glyph.coordinates)


# ---- glyphs of real faces -----------------------------------------------------------------

_TEXT = "国民经济和社会发展计划执行情况（草案）“十四五”规划，。、；：？！《》—…ABCxyz0123456789%"


@pytest.mark.parametrize(
    "pattern", ["Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Serif CJK SC:bold"]
)
def test_cff_glyphs_are_encoded_as_fonttools_would(pattern):
    face = _face(pattern)
    glyphs = FaceGlyphs(face.path, face.index)
    font = glyphs._font
    ids = {font.get_nominal_glyph(ord(c)) for c in _TEXT} - {None}
    ids |= set(range(1, glyphs._face.glyph_count, 401))  # a spread over the whole face
    for glyph in sorted(ids):
        ours = _our_record(lambda pen, g=glyph: font.draw_glyph_with_pen(g, pen))
        assert ours == _fonttools_record(lambda pen, g=glyph: font.draw_glyph_with_pen(g, pen))
        if ours:
            last_point = struct.unpack(">h", ours[:2])[0] * 2 + 8
            assert (
                len(_read_back(ours))
                == struct.unpack(">H", ours[last_point : last_point + 2])[0] + 1
            )


def test_truetype_glyphs_lose_their_hinting_as_fonttools_trims_them():
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    face = _face("LXGW WenKai")
    font = TTFont(str(face.path), fontNumber=face.index, lazy=True)
    loca, offset = font["loca"], font.reader.tables["glyf"].offset
    data = face.path.read_bytes()
    checked = 0
    for glyph in range(0, len(loca) - 1, 97):
        record = data[offset + loca[glyph] : offset + loca[glyph + 1]]
        trimmed = Glyph(record)
        trimmed.trim(remove_hinting=True)
        if record and struct.unpack(">h", record[:2])[0] < 0:
            assert glyf.unhinted(record) is None  # a composite: drawn instead
            continue
        assert glyf.unhinted(record) == bytes(getattr(trimmed, "data", b""))
        checked += 1
    assert checked > 50


# ---- outlines made up to reach every rule -------------------------------------------------


def _lines(*points):
    def draw(pen):
        pen.moveTo(points[0])
        for point in points[1:]:
            pen.lineTo(point)
        pen.closePath()

    return draw


def _mixed(pen):
    """Two contours: curves back to the start, a line first; then one not back at its start."""
    pen.moveTo((100.0, 100.0))
    pen.lineTo((100.0, 700.25))
    pen.curveTo((200.0, 800.0), (400.5, 800.0), (500.0, 700.0))
    pen.curveTo((600.0, 500.0), (600.0, 300.0), (100.0, 100.0))
    pen.closePath()
    pen.moveTo((700.0, 0.0))
    pen.curveTo((800.0, 100.0), (900.0, 100.0), (950.0, 0.0))
    pen.lineTo((800.0, -50.5))
    pen.closePath()


def _curve_first(pen):
    """A contour starting with a curve and closing with an implied line."""
    pen.moveTo((0.0, 0.0))
    pen.curveTo((0.0, 300.0), (300.0, 600.0), (600.0, 600.0))
    pen.lineTo((600.0, 0.0))
    pen.closePath()


def _anchor_then_glyph(pen):
    """A one-point path (an anchor), dropped, then a triangle."""
    pen.moveTo((5.0, 5.0))
    pen.closePath()
    pen.moveTo((0.0, 0.0))
    pen.lineTo((500.0, 1000.0))
    pen.lineTo((1000.0, 0.0))
    pen.closePath()


def _one_curve_home(pen):
    """A single curve that comes back to where it started."""
    pen.moveTo((0.0, 0.0))
    pen.curveTo((0.0, 500.0), (500.0, 500.0), (0.0, 0.0))
    pen.closePath()


def _huge_steps(pen):
    """Deltas beyond one byte and beyond ±255 in both directions, half-units rounding up."""
    pen.moveTo((-700.5, -300.5))
    pen.lineTo((1500.5, -300.5))
    pen.lineTo((1500.0, 2500.49))
    pen.lineTo((-0.5, 2500.5))
    pen.closePath()


@pytest.mark.parametrize(
    "draw",
    [
        _lines((0.0, 0.0), (0.0, 500.0), (500.0, 500.0), (500.0, 0.0), (0.0, 0.0)),  # back home
        _lines((0.0, 0.0), (0.0, 500.0), (500.0, 500.0)),  # the closing line implied
        _lines((0.0, 0.0), (0.0, 0.0), (0.0, 500.0), (500.0, 0.0)),  # a repeated first point
        _lines((0.0, 0.0), (300.0, 300.0)),  # two points
        _lines((0.0, 0.0), (0.0, 0.0)),  # a line to itself
        _lines((10.0, 10.0)),  # one point
        _lines(*[(float(x), 0.0) for x in range(0, 3000, 10)], (0.0, 500.0)),  # 300 equal flags
        _mixed,
        _curve_first,
        _anchor_then_glyph,
        _one_curve_home,
        _huge_steps,
    ],
)
def test_made_up_outlines_are_encoded_as_fonttools_would(draw):
    ours = _our_record(draw)
    assert ours == _fonttools_record(draw)


def test_the_record_reads_back_to_the_rounded_points_in_truetype_direction():
    ours = _our_record(_lines((0.0, 0.0), (0.0, 500.4), (500.5, 500.0), (500.0, 0.0)))
    # counter-clockwise (CFF) in, clockwise out, the first point kept first
    assert _read_back(ours) == [(0, 0), (500, 0), (501, 500), (0, 500)]
    assert struct.unpack(">5h", ours[:10]) == (1, 0, 0, 501, 500)


def test_coordinates_beyond_the_format_are_refused():
    with pytest.raises(struct.error):
        _our_record(_lines((0.0, 0.0), (0.0, 40000.0), (10.0, 0.0)))


def test_a_glyph_without_contours_has_an_empty_record():
    assert _our_record(lambda pen: None) == b""
    assert glyf.encode([], [], []) == b""


def test_a_damaged_record_is_refused_not_read_past_its_end():
    good = _our_record(_lines((0.0, 0.0), (0.0, 500.0), (500.0, 500.0)))
    assert glyf.unhinted(good) == good
    with pytest.raises((ValueError, IndexError)):
        glyf.unhinted(good[:14])  # its flags cut off
    assert glyf.unhinted(b"") == b""
    assert glyf.unhinted(struct.pack(">h", -1) + bytes(8)) is None  # a composite


def test_hinting_is_dropped_and_padding_trimmed():
    plain = _our_record(_lines((0.0, 0.0), (0.0, 500.0), (500.0, 500.0)))
    at = 10 + 2  # one contour: its end point, then the instructions' length
    hinted = plain[:at] + struct.pack(">H", 3) + b"\xb0\x01\x2b" + plain[at + 2 :] + b"\0\0\0"
    assert glyf.unhinted(hinted) == plain


def test_splines_of_any_length_cu2qu_makes_have_their_flags():
    from fontTools.cu2qu.cu2qu import MAX_N

    assert len(glyf._SPLINE_FLAGS) > MAX_N + 2


def test_records_in_the_cache_come_from_this_module(tmp_path: Path, monkeypatch):
    """A cold build draws CFF glyphs through QuadraticPen, not fontTools' pens."""
    import sys

    face = _face("Noto Sans CJK SC")
    monkeypatch.setitem(sys.modules, "fontTools.pens.ttGlyphPen", None)  # importing it fails
    drawn = FaceGlyphs(face.path, face.index).draw(map(ord, "预算"))
    assert set(drawn) == set(map(ord, "预算")) and all(o.data for o in drawn.values())
