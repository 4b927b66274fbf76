"""Whether any setting avoids the lines the PDF stretches by more than 1 pt a gap.

    python benchmarks/stretch_floor.py [--style gbt9704] [--corpus] [FILE ...]

Builds each text (the sample by default; ``--corpus`` adds the 24 reports of
``../shared/corpus/texts``) to PDF in memory.  For every paragraph the total
fit sets with a line stretched past twice the tolerance (1 pt a gap, the limit
of issue 13), it asks the same fit with such lines refused
(``_total_fit(..., refuse_over_limit=True)``) and prints whether a setting
exists: ``none`` means every way of breaking the paragraph under the rules (no
percentage split, no mark hanging, a range broken only after its connector, the
line-start and line-end rules) has a line that far, so the line is the best the
rules allow.  The figure is the total fit's own estimate, which counts the gaps
inside a range as closed; the PDF may open the one before a connector that ends
a line (``benchmarks/lines.py`` measures what is printed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "texts"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="texts to build (default: the sample)")
    parser.add_argument("--style", default="gbt9704", help="style (default gbt9704)")
    parser.add_argument("--corpus", action="store_true", help="also the 24 corpus reports")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from reportpress.editions import linebreak
    from reportpress.editions.pdf.edition import write
    from reportpress.inputs import load
    from reportpress.model import from_xml
    from reportpress.styles import load_style

    found: list[tuple[str, float, bool, str]] = []
    current = [""]
    total_fit = linebreak._total_fit

    def watched(m, at_gaps, line_width, first_indent, tolerance, *rest, **kw):
        ranges = total_fit(m, at_gaps, line_width, first_indent, tolerance, *rest, **kw)
        if ranges is not None:
            worst, _ = linebreak._worst_stretch(m, at_gaps, ranges, line_width, first_indent)
            if worst > 2 * tolerance:
                avoidable = total_fit(
                    m,
                    at_gaps,
                    line_width,
                    first_indent,
                    tolerance,
                    *rest,
                    **kw,
                    refuse_over_limit=True,
                )
                found.append((current[0], worst, avoidable is not None, m.text[:24]))
        return ranges

    linebreak._total_fit = watched  # a measurement: the build itself is unchanged
    files = list(args.files) or [SAMPLE]
    if args.corpus:
        files += sorted(CORPUS.glob("*.txt"))
    style = load_style(args.style)
    for path in files:
        current[0] = path.stem
        write(from_xml(load(path)[0]), style)
    for stem, worst, avoidable, text in found:
        verdict = "AVOIDABLE" if avoidable else "none"
        print(f"{stem[:36]:36} {worst:5.2f} pt  setting within the limit: {verdict:9}  {text}")
    avoidable_count = sum(1 for *_, a, _ in found if a)
    print(f"{len(found)} paragraphs over the limit, {avoidable_count} of them avoidable")
    return 1 if avoidable_count else 0


if __name__ == "__main__":
    raise SystemExit(main())
