"""Glyph outlines as TrueType, one character at a time.

ReportLab embeds TrueType outlines only, while the free CJK faces (Noto CJK,
Source Han) ship CFF outlines.  So every glyph a document uses is drawn once
from its face (HarfBuzz reads the font; CFF curves are made quadratic by cu2qu,
TrueType glyphs are copied) and kept as a TrueType glyph record (see
:mod:`reportpress.fonts.store`); a document's font is then assembled from
exactly its own glyphs (:mod:`reportpress.fonts.assembly`): no build ever
converts a whole CJK face, and the same characters always give the same font
bytes.
"""

from __future__ import annotations

import contextlib
import os
import struct
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from reportpress.cpus import Forked, spare_cpus
from reportpress.errors import RenderError
from reportpress.fonts.glyf import Outline, QuadraticPen, unhinted
from reportpress.fonts.sfnt import FaceTables, FontFileError

#: cu2qu's tolerance in font units: invisible at any size (an em is 1000 or 2048 units).
MAX_ERROR = 1.0

#: Glyphs per process from which another process helps drawing (a fork costs
#: milliseconds; a glyph, a third of one).
SPLIT_AT = 200

#: Copies of the process that may draw at once.
MAX_COPIES = 3

#: The language and script each character's glyph is chosen for: a face's localized
#: forms (OpenType ``locl``) for Simplified Chinese, as a browser or a word processor
#: picks them for ``zh-CN`` text.  Noto CJK and Source Han map ``—`` (U+2014) to a
#: proportional dash by default (0.89 em) and to the full-width one only for Chinese:
#: the default would take ``——`` off the character grid and break the dash's line.
SHAPING_LANGUAGE = "zh-Hans"
SHAPING_SCRIPT = "Hani"

#: Dashes whose ink is drawn across their whole advance, so that ``——`` (破折号) reads
#: as one unbroken line, as GB/T 15834 writes it and as the official faces (仿宋_GB2312,
#: SimSun) draw it: the free faces leave a blank at each side (Noto CJK's full-width
#: dash inks 0.07–0.93 em), which breaks the line in two.
JOINED_DASHES = frozenset((0x2014, 0x2015, 0x2E3A, 0x2E3B))


class FaceGlyphs:
    """A face opened for drawing its glyphs as TrueType, once per process.

    HarfBuzz maps the font file and reads only what each glyph needs (its cmap
    entry, advance and charstring), so opening a 20 MB CJK collection costs
    nothing and no 65 000-entry charset, cmap or ``hmtx`` is decoded.  CFF
    glyphs are drawn and their curves made quadratic by cu2qu; a TrueType
    glyph is copied from the ``glyf`` table as it is, less its hinting (which
    would need the face's own programs), and only a composite one is drawn.
    """

    def __init__(self, path: Path, index: int, tables: FaceTables | None = None) -> None:
        """``tables``: the face's table directory, when the caller has read it already."""
        import uharfbuzz as hb

        tables = tables if tables is not None else FaceTables(path, index)
        self.path = path
        self._cubic = tables.kind == "cff"
        # TrueType: where the glyph table starts, its index, and the index's entry format
        self._glyf: tuple[int, bytes, str] | None = None
        try:
            self._face = hb.Face(hb.Blob.from_file_path(str(path)), index)
            self._font = hb.Font(self._face)
            if tables.kind == "truetype":
                long_offsets = struct.unpack_from(">h", tables.table("head"), 50)[0]
                entry = ">I" if long_offsets else ">H"
                self._glyf = (tables.tables["glyf"][0], tables.table("loca"), entry)
        except FontFileError:
            raise
        except Exception as exc:  # noqa: BLE001 — HarfBuzz, struct: many kinds on damaged files
            raise FontFileError(f"{type(exc).__name__}: {exc}") from exc

    def name(self, name_id: int) -> str:
        """A name-table entry as HarfBuzz picks it (English), or ""."""
        return self._face.get_name(name_id) or ""

    def unicodes(self) -> list[int]:
        """The code points the face's cmap maps, in order (HarfBuzz picks the subtable, as
        fontTools would, and lists a set in order: sorting it again costs nothing)."""
        return list(self._face.unicodes)

    def draw(self, codepoints: Iterable[int]) -> dict[int, Outline]:
        """The TrueType outlines of the given characters (those the face has).

        Many CFF glyphs (a first build) are shared with copies of this process
        when CPUs are idle right now: see :func:`spare_cpus`.
        """
        points = sorted({p for p in codepoints if self._font.get_nominal_glyph(p) is not None})
        copies = min(len(points) // SPLIT_AT, MAX_COPIES) if self._cubic else 0
        copies = min(copies, spare_cpus()) if copies and hasattr(os, "fork") else 0
        if copies:
            return self._draw_shared(points, copies)
        return self._draw_here(points)

    def _draw_here(self, points: list[int]) -> dict[int, Outline]:
        try:
            with open(self.path, "rb") if self._glyf else contextlib.nullcontext() as file:
                out: dict[int, Outline] = {}
                for point in points:
                    glyph = self._localized_glyph(point)
                    advance = self._font.get_glyph_h_advance(glyph)
                    if point in JOINED_DASHES:
                        data = self._drawn(glyph, across=advance)
                    else:
                        data = self._copied(file, glyph) if file else None
                        if data is None:
                            data = self._drawn(glyph)
                    out[point] = Outline(advance, data)
                return out
        except Exception as exc:  # noqa: BLE001 — a damaged font file: say which, not a traceback
            raise RenderError(f"font file {self.path}: cannot read its glyphs ({exc})") from exc

    def _localized_glyph(self, point: int) -> int:
        """The glyph a Simplified Chinese text shows for ``point`` (:data:`SHAPING_LANGUAGE`):
        the nominal one unless the face localizes it to one other glyph."""
        import uharfbuzz as hb

        nominal = self._font.get_nominal_glyph(point)
        buffer = hb.Buffer()
        buffer.add_codepoints([point])
        buffer.direction, buffer.script = "ltr", SHAPING_SCRIPT
        buffer.language = SHAPING_LANGUAGE
        hb.shape(self._font, buffer, {"liga": False, "clig": False, "calt": False})
        shaped = [info.codepoint for info in buffer.glyph_infos]
        return shaped[0] if len(shaped) == 1 and shaped[0] else nominal

    def _draw_shared(self, points: list[int], copies: int) -> dict[int, Outline]:
        """Draw the first share of ``points`` here, each other share in a forked copy.

        A copy has the face open already and only draws, writes its outlines to
        a pipe and exits (``os._exit``: no cleanup of the parent's state).  A
        share whose copy fails in any way is drawn here; the bytes are the same.
        """
        parts = copies + 1
        shares = [
            points[i * len(points) // parts : (i + 1) * len(points) // parts] for i in range(parts)
        ]
        out = self._draw_here(shares[0][:1])  # what drawing imports is imported before forking
        forked: list[tuple[Forked[dict[int, Outline]], list[int]]] = []
        try:
            for share in shares[1:]:
                copy = Forked.start(partial(self._draw_here, share), [f for f, _ in forked])
                if copy is None:
                    out |= self._draw_here(share)
                else:
                    forked.append((copy, share))
            out |= self._draw_here(shares[0][1:])
            for copy, share in forked:
                theirs = copy.result()
                if not isinstance(theirs, dict) or set(theirs) != set(share):
                    theirs = self._draw_here(share)
                out |= theirs
        finally:
            for copy, _ in forked:
                copy.close()
        return {point: out[point] for point in points}  # in order, as drawn alone

    def _copied(self, file, glyph: int) -> bytes | None:
        """A simple TrueType glyph's record as the face has it, unhinted; None for a composite."""
        offset, loca, entry = self._glyf  # type: ignore[misc]
        size = struct.calcsize(entry)
        start, end = (struct.unpack_from(entry, loca, size * i)[0] for i in (glyph, glyph + 1))
        if size == 2:  # short offsets count 16-bit words
            start, end = 2 * start, 2 * end
        if end <= start:
            return b""  # no contours (a space)
        file.seek(offset + start)
        return unhinted(file.read(end - start))

    def _drawn(self, glyph: int, across: int | None = None) -> bytes:
        """A glyph drawn through a pen: CFF curves made quadratic, composites taken apart.

        ``across``: the glyph's ink is scaled horizontally to span exactly that many
        units from its origin (:data:`JOINED_DASHES`)."""
        extents = self._font.get_glyph_extents(glyph) if across else None
        if self._cubic:
            pen = QuadraticPen(MAX_ERROR)
            self._font.draw_glyph_with_pen(glyph, _across(pen, extents, across))
            return pen.record()
        from fontTools.pens.ttGlyphPen import TTGlyphPen  # a composite or a dash: rare

        pen = TTGlyphPen(None)
        self._font.draw_glyph_with_pen(glyph, _across(pen, extents, across))
        drawn = pen.glyph(dropImpliedOnCurves=True)  # HarfBuzz spells every point out
        return drawn.compile(None) if drawn.numberOfContours > 0 else b""


def _across(pen, extents, across: int | None):
    """``pen``, or a pen drawing into it with the ink scaled to span ``0…across``
    horizontally (``extents``: the glyph's ink box as HarfBuzz gives it)."""
    if not across or extents is None or extents.width <= 0:
        return pen
    from fontTools.pens.transformPen import TransformPen

    scale = across / extents.width
    return TransformPen(pen, (scale, 0, 0, 1, -extents.x_bearing * scale, 0))
