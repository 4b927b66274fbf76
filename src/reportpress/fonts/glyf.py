"""TrueType glyph records (``glyf`` entries), written and trimmed without fontTools' tables.

A first build draws every glyph a document uses from a CFF face and keeps it as
a TrueType record.  fontTools' general path (a chain of pens, a ``Glyph``
object, its compiler) cost three times what HarfBuzz and cu2qu cost for the
drawing itself, so the record is made here in one pass:

- :class:`QuadraticPen` takes the outline as HarfBuzz draws it, makes each
  cubic curve quadratic with cu2qu (its compiled module) and reverses each
  contour, keeping its first point (CFF runs counter-clockwise, TrueType
  clockwise), with exactly the rules of fontTools' ``Cu2QuPen``,
  ``ReverseContourPen`` and ``TTGlyphPen``;
- :func:`encode` writes the record: rounded coordinates as deltas, each in its
  shortest form, runs of equal flags repeated, as ``Glyph.compile`` does;
- :func:`unhinted` drops a TrueType face's own record's instructions and padding
  (``Glyph.trim(remove_hinting=True)``).

The bytes are fontTools' own; ``tests/test_fonts_glyf.py`` compares them.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from itertools import repeat
from math import floor
from operator import or_, sub

Point = tuple[float, float]

#: flag bits of a simple glyph's points
ON_CURVE = 0x01
X_SHORT = 0x02
Y_SHORT = 0x04
REPEAT = 0x08
X_SAME_OR_POSITIVE = 0x10
Y_SAME_OR_POSITIVE = 0x20


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


def _short_flags(short: int, positive: int) -> dict[int, int]:
    """An axis's flag bits for each delta from -255 to 255: one byte, its sign in the flag;
    none for 0 (the "same" bit).  A larger delta takes two bytes and no bit."""
    flags = {0: positive}
    for delta in range(1, 256):
        flags[delta], flags[-delta] = short | positive, short
    return flags


_X_FLAGS = _short_flags(X_SHORT, X_SAME_OR_POSITIVE)
_Y_FLAGS = _short_flags(Y_SHORT, Y_SAME_OR_POSITIVE)
#: the bytes of a delta from -255 to 255: none for 0, else its size in one byte
_SHORT_BYTES = {delta: bytes((abs(delta),)) if delta else b"" for delta in range(-255, 256)}
_LONG = struct.Struct(">h")


def encode(points: list[Point], on_curve: list[int], ends: list[int]) -> bytes:
    """A simple glyph's record: its points (font units, rounded here), which of them are
    on the curve (1) or off it (0), the index of each contour's last point.

    No contours: the empty record of a glyph without ink.  (Built with ``map`` over
    whole lists: a first build encodes a hundred thousand points.)
    """
    if not ends:
        return b""
    xs = [floor(x + 0.5) for x, _ in points]  # fontTools' otRound: halves go up
    ys = [floor(y + 0.5) for _, y in points]
    dxs = list(map(sub, xs, [0, *xs]))
    dys = list(map(sub, ys, [0, *ys]))
    x_flags, y_flags = map(_X_FLAGS.get, dxs, repeat(0)), map(_Y_FLAGS.get, dys, repeat(0))
    # a delta's bytes: none, one, or (beyond ±255, the default) two; struct.error past ±32767
    x_data = b"".join(map(_SHORT_BYTES.get, dxs, map(_LONG.pack, dxs)))
    y_data = b"".join(map(_SHORT_BYTES.get, dys, map(_LONG.pack, dys)))
    flags = bytes(map(or_, map(or_, on_curve, x_flags), y_flags))
    header = struct.pack(
        f">5h{len(ends)}HH", len(ends), min(xs), min(ys), max(xs), max(ys), *ends, 0
    )
    return b"".join((header, _RUNS.sub(_repeated, flags), x_data, y_data))


#: three or more equal flags in a row (at most 256, what one repeat count holds)
_RUNS = re.compile(rb"(.)\1{2,255}", re.DOTALL)


def _repeated(run: re.Match[bytes]) -> bytes:
    """A run of equal flags as the flag marked repeated and how many more follow."""
    return bytes((run[0][0] | REPEAT, len(run[0]) - 1))


class QuadraticPen:
    """A pen HarfBuzz draws a cubic (CFF) outline into, giving the TrueType record of it.

    Curves become quadratic splines within ``max_error`` font units.  Each contour
    is kept as its points in drawing order; when it closes, a last point
    repeating the first is dropped and the others are reversed behind the first.
    That is what fontTools' ``ReverseContourPen`` and ``TTGlyphPen`` make of a
    closed contour, segment by segment, through their rules on implied closing
    lines.  Coordinates stay unrounded until :func:`encode`, as in fontTools
    (which compares points before rounding).
    """

    def __init__(self, max_error: float) -> None:
        from fontTools.cu2qu import curve_to_quadratic  # compiled; imports no fontTools tables

        self._to_quadratic = curve_to_quadratic
        self.max_error = max_error
        self.points: list[Point] = []
        self.on_curve: list[int] = []
        self.ends: list[int] = []
        self._start: int | None = None  # where the open contour starts

    # -- the pen protocol HarfBuzz calls --

    def moveTo(self, point: Point) -> None:  # noqa: N802 — fontTools' pen protocol
        if self._start is not None:
            self.closePath()
        self._start = len(self.points)
        self.points.append(point)
        self.on_curve.append(ON_CURVE)

    def lineTo(self, point: Point) -> None:  # noqa: N802
        self.points.append(point)
        self.on_curve.append(ON_CURVE)

    def curveTo(self, *points: Point) -> None:  # noqa: N802
        if len(points) != 3:
            raise ValueError(f"a cubic curve takes 3 points, not {len(points)}")
        spline = self._to_quadratic((self.points[-1], *points), self.max_error)
        self.points += spline[1:]
        self.on_curve += _SPLINE_FLAGS[len(spline)]

    def qCurveTo(self, *points: Point) -> None:  # noqa: N802
        """Off-curve points, then the on-curve one."""
        self.points += points
        self.on_curve += _SPLINE_FLAGS[len(points) + 1]

    def closePath(self) -> None:  # noqa: N802
        """The contour reversed behind its first point; a one-point path is dropped."""
        start, self._start = self._start, None
        if start is None:
            return
        points, on_curve = self.points, self.on_curve
        if len(points) - start == 1:
            points.pop()
            on_curve.pop()
            return
        if points[-1] == points[start]:  # back at the start: TrueType closes by itself
            points.pop()
            on_curve.pop()
        points[start + 1 :] = points[:start:-1]
        on_curve[start + 1 :] = on_curve[:start:-1]
        self.ends.append(len(points) - 1)

    # -- the record --

    def record(self) -> bytes:
        """The glyph drawn so far as a TrueType record."""
        self.closePath()
        return encode(self.points, self.on_curve, self.ends)


#: the flags of a quadratic spline's points after its start, by its number of points:
#: off-curve ones, then on-curve (none for 0 and 1; cu2qu makes at most 100 quadratics)
_SPLINE_FLAGS = [[], [], *([0] * (n - 2) + [ON_CURVE] for n in range(2, 128))]


def unhinted(data: bytes) -> bytes | None:
    """A face's own simple glyph record without its instructions and trailing padding;
    ``b""`` for a glyph without contours, None for a composite (to be drawn instead).

    Raises ValueError when the record's flags run past its end (a damaged face).
    """
    if len(data) < 2:
        return b""
    contours = struct.unpack(">h", data[:2])[0]
    if contours <= 0:
        return b"" if contours == 0 else None
    at = 10 + 2 * contours
    points = struct.unpack(">H", data[at - 2 : at])[0] + 1
    instructions = struct.unpack(">H", data[at : at + 2])[0]
    flags_at = at + 2 + instructions
    position, seen, coordinate_bytes = flags_at, 0, 0
    while seen < points:
        flag = data[position]
        position += 1
        repeat = 1
        if flag & REPEAT:
            repeat = data[position] + 1
            position += 1
        x = 1 if flag & X_SHORT else 0 if flag & X_SAME_OR_POSITIVE else 2
        y = 1 if flag & Y_SHORT else 0 if flag & Y_SAME_OR_POSITIVE else 2
        coordinate_bytes += (x + y) * repeat
        seen += repeat
    if seen != points or position + coordinate_bytes > len(data):
        raise ValueError("bad glyph flags")
    return data[:at] + b"\0\0" + data[flags_at : position + coordinate_bytes]
