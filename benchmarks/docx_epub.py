"""How long the DOCX and EPUB editions of the sample take, and how many processes the EPUB starts.

    python benchmarks/docx_epub.py [--runs 3] [--style gbt9704] [--source FILE]

Each edition is written once to warm up (fonts, pandoc's version and translations
are cached per process), then ``--runs`` times; the median is printed, with the
number of child processes one warm EPUB starts (pandoc's, counted at
``subprocess.Popen``).  The DOCX figure includes laying out the PDF once, for the
page numbers of its contents.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--style", default="gbt9704")
    parser.add_argument("--source", type=Path, default=None)
    args = parser.parse_args()
    from reportpress.editions import edition
    from reportpress.inputs import load
    from reportpress.model import from_xml
    from reportpress.styles import load_style

    source = args.source or next((REPO / "source").glob("*.txt"))
    report = from_xml(load(source)[0])
    style = load_style(args.style)
    for fmt in ("docx", "epub"):
        module = edition(fmt)
        module.write(report, style)  # warm
        started = subprocess.Popen.__init__
        count = 0

        def counting(self, *a, _started=started, **k):
            nonlocal count
            count += 1
            _started(self, *a, **k)

        subprocess.Popen.__init__ = counting
        times = []
        try:
            for _ in range(args.runs):
                begin = time.perf_counter()
                module.write(report, style)
                times.append(time.perf_counter() - begin)
        finally:
            subprocess.Popen.__init__ = started
        print(
            f"{fmt} {args.style}: median {statistics.median(times):.2f} s over {args.runs} runs, "
            f"{count / args.runs:.0f} child processes per book"
        )


if __name__ == "__main__":
    sys.exit(main())
