"""Whether any setting avoids the lines the PDF stretches by more than 1 pt a gap,
and how far a line would be pushed in instead.

    python benchmarks/stretch_floor.py [--style gbt9704] [--corpus] [FILE ...]

Builds each text (the sample by default; ``--corpus`` adds the 24 reports of
``../shared/corpus/texts``) to PDF in memory.  For every paragraph the total
fit sets with a line stretched past twice the tolerance (1 pt a gap, the limit
of issue 13) when it may not push a line in, it asks the same fit with such
lines refused (``_total_fit(..., refuse_over_limit=True)``) and prints whether
a setting exists: ``none`` means every way of breaking the paragraph under the
rules (no percentage split, no mark hanging, a range broken only after its
connector, the line-start and line-end rules) has a line that far.

Then what push-in does about it: ``needed`` is the least push-in per gap (beyond
what the line's marks give) of a setting with no line past the limit, as the
total fit finds it with push-in unbounded; ``inks`` is how far the lines of that
setting that push in may close by their own inks (``linebreak.push_in_room``
without the style's cap ``push_in_em``: the closest pair of neighbouring inks
less ``push_in_ink_gap_em``); ``set`` is what the build sets: the worst push-in
and the worst stretch left.  A pushed-in line's end mark may give its blank half
(``linebreak._end_mark_give``): ``needed`` and ``inks`` count it; ``whole end``
gives them again with every end mark kept whole, as before that rule.  The
figures are the total fit's own estimates, which count the gaps inside a range
as closed; the PDF may open the one before a connector that ends a line
(``benchmarks/lines.py`` measures what is printed).
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "texts"


@dataclass
class OverLimit:
    """A paragraph whose setting without push-in stretches a line past the limit."""

    stem: str
    text: str
    worst: float
    avoidable: bool
    needed: float | None  # push-in a gap that sets it within the limit (None: none does)
    needing: list[tuple[int, int]]  # the lines of that setting that push in
    whole_needed: float | None  # the same with every line's end mark kept whole
    whole_needing: list[tuple[int, int]]
    inks: float | None = None  # the least room their inks leave (None: not asked)
    whole_inks: float | None = None
    pushed_in: float = 0.0  # what the build sets: the worst push-in
    stretched: float = 0.0  # and the worst stretch


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="texts to build (default: the sample)")
    parser.add_argument("--style", default="gbt9704", help="style (default gbt9704)")
    parser.add_argument("--corpus", action="store_true", help="also the 24 corpus reports")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from dataclasses import replace

    from reportpress.editions import linebreak
    from reportpress.editions.pdf.edition import write
    from reportpress.editions.pdf.typeset import Typesetter
    from reportpress.inputs import load
    from reportpress.model import from_xml
    from reportpress.styles import load_style

    found: list[OverLimit] = []
    current = [""]
    total_fit = linebreak._total_fit
    room_of = linebreak.push_in_room
    end_mark_give = linebreak._end_mark_give

    def watched(m, at_gaps, line_width, first_indent, tolerance, *rest, push_in=None, **kw):
        ranges = total_fit(
            m, at_gaps, line_width, first_indent, tolerance, *rest, push_in=push_in, **kw
        )
        if ranges is None:
            return None
        measures = (m, at_gaps, ranges, line_width, first_indent)
        if push_in is not None:  # the build's second try, with the style's push-in
            last = found[-1]
            last.pushed_in = linebreak._worst_push_in(*measures)
            last.stretched = linebreak._worst_stretch(*measures)[0]
            return ranges
        worst, _ = linebreak._worst_stretch(*measures)
        if worst > 2 * tolerance:
            args = (m, at_gaps, line_width, first_indent, tolerance, *rest)
            avoidable = total_fit(*args, **kw, refuse_over_limit=True)

            def least_push_in() -> tuple[float | None, list[tuple[int, int]]]:
                """The least push-in a gap of a setting within the limit, and its pushed lines."""
                unbounded = total_fit(
                    *args, **kw, refuse_over_limit=True, push_in=lambda start, end: line_width
                )
                if unbounded is None:
                    return None, []
                rooms = [line_width - first_indent] + [line_width] * (len(unbounded) - 1)
                return linebreak._worst_push_in(m, at_gaps, unbounded, line_width, first_indent), [
                    (start, linebreak._strip_trailing_spaces(m.text, start, end))
                    for (start, end), room in zip(unbounded, rooms, strict=True)
                    if linebreak._spacing(m, at_gaps, start, end, room) < 0
                ]

            needed, needing = least_push_in()
            with whole_end_marks():
                whole_needed, whole_needing = least_push_in()
            found.append(
                OverLimit(
                    current[0],
                    m.text[:20],
                    worst,
                    avoidable is not None,
                    needed,
                    needing,
                    whole_needed,
                    whole_needing,
                )
            )
            found[-1].stretched = worst
        return ranges

    def ink_room(m, at_gaps, push_in):
        """The build's room, and what the inks alone allow the lines found needing push-in."""
        uncapped = room_of(m, at_gaps, replace(push_in, most=float("inf")))
        last = found[-1]
        if push_in.inks is not None:
            if last.needing:
                last.inks = min(uncapped(start, end) for start, end in last.needing)
            if last.whole_needing:
                last.whole_inks = min(uncapped(start, end) for start, end in last.whole_needing)
        return room_of(m, at_gaps, push_in)

    @contextmanager
    def whole_end_marks():
        """Every line's end mark kept whole, as before a pushed-in line's might give."""
        linebreak._end_mark_give = lambda m, final: 0.0
        try:
            yield
        finally:
            linebreak._end_mark_give = end_mark_give

    # A measurement: the build itself is unchanged.
    linebreak._total_fit = watched
    linebreak.push_in_room = ink_room
    files = list(args.files) or [SAMPLE]
    if args.corpus:
        files += sorted(CORPUS.glob("*.txt"))
    style = load_style(args.style)
    for path in files:
        current[0] = path.stem
        write(from_xml(load(path)[0]), style)
    print(
        f"push-in: at most {style.push_in_em} em a gap, inks kept"
        f" {style.push_in_ink_gap_em} em apart"
    )
    print(
        f"{'':69}{'whole end':>13}\n"
        f"{'document':36} {'stretch':>7} {'avoidable':9} {'needed':>6} {'inks':>6}"
        f" {'needed':>6} {'inks':>6} {'set: in':>7} {'stretch':>7}"
    )

    def figure(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    for f in found:
        print(
            f"{f.stem[:36]:36} {f.worst:7.2f} {'YES' if f.avoidable else 'none':9}"
            f" {figure(f.needed):>6} {figure(f.inks):>6} {figure(f.whole_needed):>6}"
            f" {figure(f.whole_inks):>6} {f.pushed_in:7.2f} {f.stretched:7.2f}  {f.text}"
        )
    avoidable_count = sum(f.avoidable for f in found)
    left = sum(f.stretched > 2 * Typesetter.STRETCH_TOLERANCE for f in found)
    print(
        f"{len(found)} paragraphs over the limit without push-in, {avoidable_count} of them"
        f" avoidable; {len(found) - left} set by push-in, {left} still stretched past it"
    )
    return 1 if avoidable_count else 0


if __name__ == "__main__":
    raise SystemExit(main())
