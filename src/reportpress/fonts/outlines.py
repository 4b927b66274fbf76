"""Glyph outlines as TrueType, one character at a time, and small fonts made of them.

ReportLab embeds TrueType outlines only, while the free CJK faces (Noto CJK,
Source Han) ship CFF outlines.  So every glyph a document uses is drawn once
from its face (HarfBuzz reads the font; CFF curves are made quadratic by cu2qu,
TrueType glyphs are copied) and kept as compiled TrueType glyph data (see
:mod:`reportpress.fonts.store`).  A document's font is then assembled from
exactly its own glyphs in milliseconds: no build ever converts a whole CJK
face, and the same characters always give the same font bytes.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportpress.errors import RenderError
from reportpress.fonts.glyf import QuadraticPen

#: cu2qu's tolerance in font units: invisible at any size (an em is 1000 or 2048 units).
MAX_ERROR = 1.0

#: Glyphs per process from which another process helps drawing (a fork costs
#: milliseconds; a glyph, a third of one).
SPLIT_AT = 200

#: Copies of the process that may draw at once.
MAX_COPIES = 3


def spare_cpus() -> int:
    """How many CPUs are idle right now: CPUs less the tasks runnable (this one included).

    Linux counts the runnable tasks in ``/proc/loadavg``; elsewhere the answer
    is none.  A batch keeping every CPU busy (``-j N``), or a busy machine, is
    so never given more processes than it has CPUs.
    """
    if not hasattr(os, "fork") or not hasattr(os, "sched_getaffinity"):
        return 0
    try:
        with open("/proc/loadavg", encoding="ascii") as loadavg:
            runnable = int(loadavg.read().split()[3].partition("/")[0])
        return max(0, len(os.sched_getaffinity(0)) - runnable)
    except (OSError, ValueError, IndexError):
        return 0


@dataclass(frozen=True)
class Outline:
    """One character's glyph: its advance and its compiled TrueType ``glyf`` data."""

    advance: int
    data: bytes  # empty for a glyph without contours (a space)

    @property
    def bounds(self) -> tuple[int, int, int, int] | None:
        """(xMin, yMin, xMax, yMax) from the glyph header, or None for an empty glyph."""
        return struct.unpack(">4h", self.data[2:10]) if self.data else None

    @property
    def size(self) -> tuple[int, int]:
        """(points, contours), what the ``maxp`` table sums up."""
        if not self.data:
            return 0, 0
        contours = struct.unpack(">h", self.data[:2])[0]
        last = struct.unpack(">H", self.data[8 + 2 * contours : 10 + 2 * contours])[0]
        return last + 1, contours


class FontFileError(Exception):
    """A font file that cannot be used (damaged, truncated, not a font)."""


def open_checked(path: Path, index: int):
    """The face opened lazily by fontTools, its table directory checked against the file's size."""
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(str(path), fontNumber=index, lazy=True)
        size = path.stat().st_size
        for tag, entry in font.reader.tables.items():
            if entry.offset + entry.length > size:
                raise FontFileError(f"table {tag.strip()!r} runs past the end of the file")
        return font
    except FontFileError:
        raise
    except Exception as exc:  # noqa: BLE001 — fontTools raises many kinds on damaged files
        raise FontFileError(f"{type(exc).__name__}: {exc}") from exc


def kind_of(font) -> str:
    """``truetype``, ``cff``, or ``other`` (CFF2, bitmaps, a web font's compressed tables)."""
    if font.reader.flavor is not None:
        return "other"
    if "glyf" in font:
        return "truetype"
    return "cff" if "CFF " in font else "other"


class FaceGlyphs:
    """A face opened for drawing its glyphs as TrueType, once per process.

    HarfBuzz maps the font file and reads only what each glyph needs (its cmap
    entry, advance and charstring), so opening a 20 MB CJK collection costs
    nothing and no 65 000-entry charset, cmap or ``hmtx`` is decoded.  CFF
    glyphs are drawn and their curves made quadratic by cu2qu; a TrueType
    glyph is copied from the ``glyf`` table as it is, less its hinting (which
    would need the face's own programs), and only a composite one is drawn.
    """

    def __init__(self, path: Path, index: int, font=None) -> None:
        """``font``: the face as :func:`open_checked` gave it, when the caller has it already."""
        import uharfbuzz as hb

        font = font if font is not None else open_checked(path, index)
        self.path = path
        try:
            self._face = hb.Face(hb.Blob.from_file_path(str(path)), index)
            self._font = hb.Font(self._face)
            self._cubic = kind_of(font) == "cff"
            self._glyf = None  # TrueType: where the glyph data starts, and each glyph's offset
            if not self._cubic:
                self._glyf = (font.reader.tables["glyf"].offset, font["loca"])
        except Exception as exc:  # noqa: BLE001 — HarfBuzz, fontTools: many kinds on damaged files
            raise FontFileError(f"{type(exc).__name__}: {exc}") from exc

    def name(self, name_id: int) -> str:
        """A name-table entry as HarfBuzz picks it (English), or ""."""
        return self._face.get_name(name_id) or ""

    def unicodes(self) -> set[int]:
        """The code points the face's cmap maps (HarfBuzz picks the subtable, as fontTools would)."""
        return set(self._face.unicodes)

    def draw(self, codepoints: Iterable[int]) -> dict[int, Outline]:
        """The TrueType outlines of the given characters (those the face has).

        Many CFF glyphs (a first build) are shared with copies of this process
        when CPUs are idle right now: see :func:`spare_cpus`.
        """
        points = sorted({p for p in codepoints if self._font.get_nominal_glyph(p) is not None})
        copies = min(len(points) // SPLIT_AT, MAX_COPIES) if self._cubic else 0
        copies = min(copies, spare_cpus()) if copies else 0
        if copies:
            return self._draw_shared(points, copies)
        return self._draw_here(points)

    def _draw_here(self, points: list[int]) -> dict[int, Outline]:
        try:
            with open(self.path, "rb") if self._glyf else contextlib.nullcontext() as file:
                out: dict[int, Outline] = {}
                for point in points:
                    glyph = self._font.get_nominal_glyph(point)
                    data = self._copied(file, glyph) if file else None
                    if data is None:
                        data = self._drawn(glyph)
                    out[point] = Outline(self._font.get_glyph_h_advance(glyph), data)
                return out
        except Exception as exc:  # noqa: BLE001 — a damaged font file: say which, not a traceback
            raise RenderError(f"font file {self.path}: cannot read its glyphs ({exc})") from exc

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
        forked: list[tuple[int, BinaryIO, list[int]]] = []
        try:
            for share in shares[1:]:
                copy = self._fork_drawing(share, [results for _, results, _ in forked])
                if copy is None:
                    out |= self._draw_here(share)
                else:
                    forked.append((*copy, share))
            out |= self._draw_here(shares[0][1:])
            for _, results, share in forked:
                try:
                    theirs = pickle.load(results)
                except (EOFError, pickle.UnpicklingError):
                    theirs = None  # the copy failed
                if not isinstance(theirs, dict) or set(theirs) != set(share):
                    theirs = self._draw_here(share)
                out |= theirs
        finally:
            for child, results, _ in forked:
                results.close()  # a copy still writing stops (broken pipe)
                os.waitpid(child, 0)
        return {point: out[point] for point in points}  # in order, as drawn alone

    def _fork_drawing(
        self, share: list[int], inherited: list[BinaryIO]
    ) -> tuple[int, BinaryIO] | None:
        """A copy of this process drawing ``share`` into a pipe: (its pid, the pipe), or None."""
        reader, writer = os.pipe()
        try:
            child = os.fork()
        except OSError:
            os.close(reader)
            os.close(writer)
            return None
        if child == 0:  # the copy: draw, write, exit
            status = 1
            try:
                os.close(reader)
                for results in inherited:  # other copies' pipes are not its own
                    results.close()
                with open(writer, "wb") as out:
                    pickle.dump(self._draw_here(share), out, pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)
        os.close(writer)
        return child, open(reader, "rb")  # noqa: SIM115 — closed by the caller

    def _copied(self, file, glyph: int) -> bytes | None:
        """A simple TrueType glyph's data as the face has it, unhinted; None for a composite."""
        from fontTools.ttLib.tables._g_l_y_f import Glyph

        offset, loca = self._glyf  # type: ignore[misc]
        start, end = loca[glyph], loca[glyph + 1]
        if end <= start:
            return b""  # no contours (a space)
        file.seek(offset + start)
        data = file.read(end - start)
        contours = struct.unpack(">h", data[:2])[0]
        if contours <= 0:
            return b"" if contours == 0 else None
        glyph_data = Glyph(data)
        glyph_data.trim(remove_hinting=True)
        return bytes(glyph_data.data)

    def _drawn(self, glyph: int) -> bytes:
        """A glyph drawn through a pen: CFF curves made quadratic, composites taken apart."""
        if self._cubic:
            pen = QuadraticPen(MAX_ERROR)
            self._font.draw_glyph_with_pen(glyph, pen)
            return pen.record()
        from fontTools.pens.ttGlyphPen import TTGlyphPen  # a TrueType composite: rare

        pen = TTGlyphPen(None)
        self._font.draw_glyph_with_pen(glyph, pen)
        drawn = pen.glyph(dropImpliedOnCurves=True)  # HarfBuzz spells every point out
        return drawn.compile(None) if drawn.numberOfContours > 0 else b""


#: Windows (platform 3, Unicode BMP) English and Simplified Chinese name records.
_NAME_LANGUAGES = (0x0409, 0x0804)


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

    The glyph data is used as compiled; the few totals the tables carry (bounding
    box, extents, maxima) are summed here instead of fontTools re-reading every
    glyph, which would cost as much as drawing them.
    """
    from fontTools.fontBuilder import FontBuilder
    from fontTools.ttLib import newTable
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    points = sorted(outlines)
    glyph_names = {point: f"u{point:04X}" for point in points}
    order = [".notdef", *glyph_names.values()]
    glyphs = {".notdef": _empty_glyph(Glyph)}
    metrics = {".notdef": (info.units_per_em // 2, 0)}
    boxes = []
    max_points = max_contours = 0
    for point in points:
        outline = outlines[point]
        glyphs[glyph_names[point]] = Glyph(outline.data) if outline.data else _empty_glyph(Glyph)
        box = outline.bounds
        metrics[glyph_names[point]] = (outline.advance, box[0] if box else 0)
        if box:
            boxes.append((box, outline.advance))
            count, contours = outline.size
            max_points, max_contours = max(max_points, count), max(max_contours, contours)

    builder = FontBuilder(info.units_per_em, isTTF=True)
    builder.font.recalcBBoxes = False  # the totals are set below from the glyph headers
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
    builder.setupPost(keepGlyphNames=False, **dict(info.post))  # ReportLab drops names anyway
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


def _empty_glyph(glyph_class):
    glyph = glyph_class()
    glyph.numberOfContours = 0
    return glyph


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
    def of(cls, font, name: Callable[[int], str]) -> FaceHeader:
        """Read from a face opened by fontTools; ``name`` gives a name-table entry by its ID.

        Of ``post`` only the fixed header is read: decoding a TrueType face's
        glyph names (format 2) would cost more than everything else here.
        """
        from fontTools.misc import sstruct
        from fontTools.ttLib.tables._p_o_s_t import postFormat, postFormatSize

        os2 = font["OS/2"]
        post = sstruct.unpack(postFormat, font.reader["post"][:postFormatSize])
        hhea = font["hhea"]
        head = font["head"]
        fields = ("familyName", "styleName", "uniqueFontIdentifier", "fullName", "version")
        names = [(key, name(i)) for i, key in enumerate(fields, 1)] + [("psName", name(6))]
        return cls(
            units_per_em=head.unitsPerEm,
            ascent=hhea.ascent,
            descent=hhea.descent,
            line_gap=hhea.lineGap,
            modified=head.modified,
            mac_style=head.macStyle,
            names=tuple((k, v) for k, v in names if v),
            os2=tuple(
                (key, getattr(os2, key, 0))
                for key in (
                    "sTypoAscender",
                    "sTypoDescender",
                    "sTypoLineGap",
                    "usWinAscent",
                    "usWinDescent",
                    "usWeightClass",
                    "fsType",
                    "fsSelection",
                    "achVendID",
                    "sxHeight",
                    "sCapHeight",
                    "ulCodePageRange1",
                    "ulCodePageRange2",
                    "ulUnicodeRange1",
                    "ulUnicodeRange2",
                    "ulUnicodeRange3",
                    "ulUnicodeRange4",
                )
            ),
            post=(
                ("italicAngle", post["italicAngle"]),
                ("underlinePosition", post["underlinePosition"]),
                ("underlineThickness", post["underlineThickness"]),
            ),
        )
