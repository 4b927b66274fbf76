"""How evenly the PDF edition sets its lines, read back from the PDF's character positions.

    python benchmarks/lines.py [--style gbt9704 --style reading] [--corpus] [--show] [FILE ...]

Builds each text (the sample by default; ``--corpus`` adds the 24 reports of
``../shared/corpus/texts``) to PDF in memory, reads every character's box with
pdfplumber and prints, per document and style:

- ``lines``: printed lines (runs of characters on one baseline, split at the
  table's rules, so table cells count apart; page numbers left out);
- ``>0.5pt`` / ``>1pt``: lines whose gaps between characters are stretched by
  more than that beyond the style's spacing, and ``max`` the worst stretch
  (outward only: a line pushed in is counted apart);
- ``in`` / ``max-in``: lines pushed in (``push_in_em``, ``push_in_ink_gap_em``), i.e.
  whose gaps between two characters neither of which is a full-width mark are
  closed by more than 0.02 pt beyond the style's spacing, and the worst closing
  a gap; ``ink``: the least gap on those lines between two neighbouring inks (the
  right edge of one glyph's outline to the left edge of the next's, from the
  faces the PDF names; a synthesized bold's stroke not counted), "—" if none;
- ``end``: lines whose last character, a full-width closing mark, gave its
  blank half or part of it (a pushed-in line's end mark may): read as a mark
  whose whole box would reach past the text block's right edge, its blank half
  past it, its ink inside (a table cell's edge is not in the PDF: not counted).
  Such a line is a compressed one: not off the grid, and not a stretch;
- ``pairs``: adjacent full-width marks (``”。`` ``），`` ``。“``) left a whole em
  apart, i.e. not compressed;
- ``rules``: lines starting with a closing or pause mark or ending with an opening one
  (a paragraph or a cell whose text itself ends with ``“`` or ``《`` counts too);
- ``split``: full lines ending inside an atom of the line breaker (a number
  with its unit, a Latin word) that the next line finishes (``完成3509`` /
  ``处``, ``微克/`` / ``立方米``); the breaker does this only where every other
  choice would stretch a line by more (``linebreak.SPLIT_COST``);
- ``range``: full lines ending after a range's connector (``3—`` / ``5个``,
  ``6.5%～`` / ``7%``), a break the breaker takes at a smaller cost
  (``linebreak.RANGE_COST``), counted apart from ``split``;
- ``off-grid``: on a style with a character grid, characters of body-size lines
  that start on the grid (not centred) and have no compressed mark, no push-in
  and no half-width character, that do not stand on the grid.  A pushed-in line
  is a compressed line, off the grid by design: ``in`` counts those, ``end``
  those whose end mark gave.  Where the style sets
  half-width runs in whole cells (``grid.half_width = "whole-cells"``) every
  line can keep the grid, so lines holding them count too (their full-width
  characters), and the space beside such a run, which holds its leftover by
  design, is not counted as stretch (the gaps between the other characters
  of a stretched line still show it).

``--show`` prints every line counted as stretched > 1 pt, as pushed in, as ending
with a mark set half width, as holding an uncompressed pair, as breaking a rule,
as splitting a number or as holding characters off the grid, with its page, so
each can be looked at.

Character positions, not ``pdftotext -layout``, because a compressed mark's box
overlaps its neighbour's and layout mode takes that for a column break.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "texts"


@dataclass
class Figures:
    lines: int = 0
    over_half: int = 0
    over_one: int = 0
    worst: float = 0.0
    pushed_in: int = 0
    worst_in: float = 0.0
    least_ink: float = float("inf")
    end_marks: int = 0
    pairs: int = 0
    rules: int = 0
    split: int = 0
    ranges: int = 0
    off_grid: int = 0

    def add(self, other: Figures) -> None:
        names = ("lines", "over_half", "over_one", "pushed_in", "end_marks", "pairs", "rules")
        for name in (*names, "split", "ranges", "off_grid"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.worst = max(self.worst, other.worst)
        self.worst_in = max(self.worst_in, other.worst_in)
        self.least_ink = min(self.least_ink, other.least_ink)

    def row(self, grid: bool) -> str:
        """The figures as a row of the table (``off-grid`` only on a style with a grid)."""
        return (
            f"{self.lines:6} {self.over_half:6} {self.over_one:5} {self.worst:5.2f}"
            f" {self.pushed_in:3} {self.worst_in:6.2f} {self._ink():>5} {self.end_marks:3}"
            f" {self.pairs:5} {self.rules:5}"
            f" {self.split:5} {self.ranges:5} {self.off_grid if grid else '—':>8}"
        )

    def _ink(self) -> str:
        return "—" if self.least_ink == float("inf") else f"{self.least_ink:.2f}"


def ink_reader(style, pdf: bytes):
    """The least gap between neighbouring inks of a printed line, in points: each
    glyph's outline read from the face the PDF names (``AAAAAA+NotoSerifCJKsc-Regular``)."""
    import io
    from functools import cache

    import pdfplumber

    from reportpress.fonts import resolve
    from reportpress.fonts.fontset import glyph_bounds
    from reportpress.fonts.store import store

    faces = {}
    for role in resolve(style).roles.values():
        for face in [*role.faces, *role.bold_faces]:
            if face is not None:
                faces.setdefault(dict(store(face).info().header.names).get("psName"), face)

    document = pdfplumber.open(io.BytesIO(pdf))

    @cache
    def fonts_on(page: int) -> dict[tuple[float, float], str]:
        """Each character's face on a page, by its place (read only for pages asked)."""
        return {
            (round(c["x0"], 2), round(c["top"], 2)): c["fontname"].split("+", 1)[-1]
            for c in document.pages[page - 1].chars
        }

    def face(char):
        return faces.get(fonts_on(char.page).get((round(char.x0, 2), round(char.top, 2))))

    def least_gap(line: list) -> float:
        least = float("inf")
        for a, b in zip(line, line[1:], strict=False):
            fa, fb = face(a), face(b)
            if b.index != a.index + 1 or fa is None or fb is None:
                continue
            right = glyph_bounds(fa, a.text)[a.text]
            left = glyph_bounds(fb, b.text)[b.text]
            if right and left:
                gap = (b.x0 + left[0] * b.size / 1000) - (a.x0 + right[2] * a.size / 1000)
                least = min(least, gap)
        return least

    return least_gap


def _splits_an_atom(line: list, following: list) -> str:
    """What runs on from the line's end to the next line's start: ``range`` (a range
    broken after its connector), ``split`` (a number, its unit or a word), or ""."""
    from reportpress.editions.linebreak import atoms, range_split

    tail = "".join(c.text for c in line[-16:])
    joined = tail + "".join(c.text for c in following[:16])
    for start, end in atoms(joined):
        if start < len(tail) < end:
            return "range" if range_split(joined, start, end) == len(tail) else "split"
    return ""


def measure(pdf: bytes, style, show: bool = False, least_gap=None) -> Figures:
    from reportpress.editions.linebreak import CLOSING, NO_END, NO_START, OPENING, SQUEEZABLE
    from reportpress.editions.pdf.read import read_lines

    pitch = style.char_pitch_pt
    left = style.page.margin_left_mm * 72 / 25.4
    right = style.page_size_pt[0] - style.page.margin_right_mm * 72 / 25.4
    body = style.role("body").size_pt

    def spacing(size: float) -> float:
        if pitch is None or abs(pitch - size) > 0.1 * size:
            return 0.0
        return pitch - size

    whole_cells = style.grid is not None and style.grid.half_width == "whole-cells"

    def half_width(char) -> bool:
        return abs(char.width - char.size) > 0.02 * char.size

    figures = Figures()
    block_bottom = style.page_size_pt[1] - style.page.margin_bottom_mm * 72 / 25.4
    segments = [[c for c in line if not c.text.isspace()] or line for line in read_lines(pdf)]
    segments = [line for line in segments if line[0].bottom <= block_bottom + 1]  # no page numbers
    for index, line in enumerate(segments):
        figures.lines += 1
        size = line[0].size
        # A space (``主任  姓名``, ``THE BOX``) is a gap of its own, not a stretched one.
        gaps = [
            b.x0 - a.x1 - spacing(a.size) if b.index == a.index + 1 else 0.0
            for a, b in zip(line, line[1:], strict=False)
        ]
        stretch = max(
            [0.0]
            + [
                gap
                for a, b, gap in zip(line, line[1:], gaps, strict=False)
                if not (whole_cells and half_width(a) != half_width(b))
            ]
        )
        figures.worst = max(figures.worst, stretch)
        figures.over_half += stretch > 0.5
        figures.over_one += stretch > 1.0
        if show and stretch > 1.0:
            _show("stretch", f"{stretch:.2f}", line)
        # Push-in closes the gaps between characters, not a mark's blank half.
        pushed = max(
            [0.0]
            + [
                -gap
                for a, b, gap in zip(line, line[1:], gaps, strict=False)
                if a.text not in SQUEEZABLE
                and b.text not in SQUEEZABLE
                and not (whole_cells and half_width(a) != half_width(b))
            ]
        )
        pushed = pushed if pushed > 0.02 else 0.0
        figures.pushed_in += pushed > 0
        figures.worst_in = max(figures.worst_in, pushed)
        if pushed and least_gap is not None:
            figures.least_ink = min(figures.least_ink, least_gap(line))
        if show and pushed:
            _show("in", f"{pushed:.2f}", line)
        # A closing mark ending the line whose whole box (with the grid's spacing)
        # would reach past the block's edge gave (some of) its blank half: the line
        # is a compressed one.
        end = line[-1]
        past = end.x1 + spacing(end.size) - right
        half_end = end.text in CLOSING and end.width >= 0.9 * end.size and past > 0.1
        figures.end_marks += half_end
        if show and half_end:
            _show("end", f"{past:.2f}", line)
        compressed = pushed > 0 or half_end  # a pushed-in line is a compressed one
        for a, b, gap in zip(line, line[1:], gaps, strict=False):
            full = a.width >= 0.9 * a.size and b.width >= 0.9 * b.size
            pair = (a.text in CLOSING and b.text in CLOSING | OPENING) or (
                a.text in OPENING and b.text in OPENING
            )
            if gap < -0.1:  # a mark gave some of its blank half
                compressed = True
            elif full and pair:
                figures.pairs += 1
                if show:
                    _show("pair", a.text + b.text, line)
        # A cell holding only ``%`` is content, not a line that starts badly.
        broken = (len(line) > 1 and line[0].text in NO_START) or line[-1].text in NO_END
        figures.rules += broken
        if show and broken:
            _show("rule", "", line)
        following = segments[index + 1] if index + 1 < len(segments) else None
        split = (
            following is not None
            and following[0].bottom != line[-1].bottom  # not the next cell of a row
            # the line under this one, not the next row's first cell
            and line[0].x0 - 2 * size <= following[0].x0 <= line[-1].x1
            and line[-1].x1 >= right - size  # a justified line: not a short one (``附件1``)
            and _splits_an_atom(line, following)
        )
        if split:
            figures.split += split == "split"
            figures.ranges += split == "range"
            if show:
                _show(split, "", line)
        wide = whole_cells or all(c.width >= 0.9 * c.size for c in line)
        # A centred or right-aligned line (a subtitle, the speaker) is off the grid by design.
        # (A line may start with a run in whole cells whose blank stands before it.)
        first = next((c for c in line if not (whole_cells and half_width(c))), line[0])
        aligned = (
            abs((first.x0 - left) / pitch - round((first.x0 - left) / pitch)) < 0.01
            if pitch
            else False
        )
        if aligned and not compressed and wide and abs(size - body) < 0.1:
            off = 0
            for char in line:
                if whole_cells and half_width(char):
                    continue
                offset = (char.x0 - left) / pitch
                off += abs(offset - round(offset)) * pitch > 0.05
            figures.off_grid += off
            if show and off:
                _show("off-grid", str(off), line)
    return figures


def _show(what: str, figure: str, line: list) -> None:
    text = "".join(c.text for c in line)
    print(f"  {what:7} {figure:>5} p.{line[0].page:<3} {text}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="texts to build (default: the sample)")
    parser.add_argument("--style", action="append", help="style (repeatable; default both)")
    parser.add_argument("--corpus", action="store_true", help="also the 24 corpus reports")
    parser.add_argument("--show", action="store_true", help="print each line found wanting")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from reportpress.editions.pdf.edition import write
    from reportpress.inputs import load
    from reportpress.model import from_xml
    from reportpress.styles import load_style

    files = list(args.files) or [SAMPLE]
    if args.corpus:
        files += sorted(CORPUS.glob("*.txt"))
    styles = [load_style(name) for name in args.style or ("gbt9704", "reading")]
    reports = [(path, from_xml(load(path)[0])) for path in files]
    header = f"{'document':40} {'style':8} {'lines':>6} {'>0.5pt':>6} {'>1pt':>5} {'max':>5}"
    header += f" {'in':>3} {'max-in':>6} {'ink':>5} {'end':>3} {'pairs':>5} {'rules':>5}"
    header += f" {'split':>5}"
    header += f" {'range':>5}"
    header += f" {'off-grid':>8}"
    for style in styles:
        print(header)
        total = Figures()
        for path, report in reports:
            pdf = write(report, style)
            f = measure(pdf, style, args.show, ink_reader(style, pdf))
            total.add(f)
            grid = bool(style.char_pitch_pt)
            print(f"{path.stem[:40]:40} {style.name:8} {f.row(grid)}", flush=True)
        if len(reports) > 1:
            print(f"{'total':40} {style.name:8} {total.row(bool(style.char_pitch_pt))}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
