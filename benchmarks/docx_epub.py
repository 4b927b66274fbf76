"""How long the DOCX and EPUB editions of the sample take, and how many processes the EPUB starts.

    python benchmarks/docx_epub.py [--runs 3] [--style gbt9704] [--source FILE]
    python benchmarks/docx_epub.py --scale [--sizes 1,16] [--runs 3] [--against SRC]

Each edition is written once to warm up (fonts, pandoc's version and translations
are cached per process), then ``--runs`` times; the median is printed, with the
number of child processes one warm EPUB starts (pandoc's, counted at
``subprocess.Popen``).  The DOCX figure includes laying out the PDF once, for the
page numbers of its contents.

``--scale`` times whole processes instead, as ``speed.py`` does but for these two
editions only, so that a long size can have several rounds: ``-f docx`` and
``-f epub`` (and the same of ``--against SRC``) interleaved with pandoc md→docx
and md→epub of the same text, at each size; then the cost of each extra
sample-length, wall-clock and CPU (processes waited for, pandoc's included),
and ours over pandoc's; pandoc's DOCX is timed a second time from Markdown
that also holds our metrics appendix as a pipe table ("pandoc docx+table"), so
that the cost of writing the same document is told apart from the cost of finding
the figures, which only we do.  Run it from outside the repository, with a private
``XDG_CACHE_HOME`` (see ``speed.py``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from userenv import as_installed

REPO = Path(__file__).resolve().parents[1]


def scale(sizes: list[int], rounds: int, against: Path | None) -> None:
    """Whole processes at each size, interleaved; then each extra sample-length's cost."""
    import os
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import speed

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")
    trees = {"ours": None}
    if against is not None:
        trees["base"] = {**os.environ, "PYTHONPATH": str(against.resolve())}
    work = Path(tempfile.mkdtemp(prefix="reportpress-docx-epub-"))
    wall: dict[str, dict[int, float]] = {}
    cpu: dict[str, dict[int, float]] = {}
    for factor in sizes:
        source = speed.repeated_sample(factor, work)
        out = work / f"out-x{factor}"
        speed.run(speed.build(source, out, ("xml",), "--force", "-j", "1"))
        md, _ = speed.peer_sources(out / f"{source.stem}.xml")
        md_table, _ = speed.peer_sources(out / f"{source.stem}.xml", appendix=True)
        tasks = {}
        for tree, env in trees.items():
            for fmt in ("docx", "epub"):
                command = speed.build(source, work / tree, (fmt,), "--force", "-j", "1")
                tasks[f"{tree}: -f {fmt}"] = lambda c=command, e=env: speed.run(c, e)
        for fmt in ("docx", "epub"):
            target = work / f"peer.{fmt}"
            tasks[f"pandoc {fmt}"] = lambda m=md, t=target: speed.run(speed.pandoc_command(m, t))
        target = work / "peer-table.docx"
        tasks["pandoc docx+table"] = lambda m=md_table, t=target: speed.run(
            speed.pandoc_command(m, t)
        )
        medians = speed.interleaved(tasks, rounds)
        print(f"-- x{factor}: median of {rounds} rounds (wall s / CPU s)")
        for name, seconds in medians.items():
            wall.setdefault(name, {})[factor] = seconds
            cpu.setdefault(name, {})[factor] = speed.CPU_MEDIANS[name]
            print(f"   {name:<16} {seconds:6.2f} {speed.CPU_MEDIANS[name]:6.2f}")
    low, high = sizes[0], sizes[-1]
    for what, figures in (("wall-clock", wall), ("CPU", cpu)):
        per = {n: (by[high] - by[low]) / (high - low) for n, by in figures.items()}
        print(f"== each extra sample-length x{low} → x{high}, {what}")
        for name, seconds in per.items():
            print(f"   {name:<16} {seconds * 1000:6.0f} ms")
        for tree in trees:
            for fmt in ("docx", "epub"):
                ratio = per[f"{tree}: -f {fmt}"] / per[f"pandoc {fmt}"]
                print(f"   {tree}: -f {fmt} / pandoc {fmt}: {ratio:.2f}×")
            ratio = per[f"{tree}: -f docx"] / per["pandoc docx+table"]
            print(f"   {tree}: -f docx / pandoc docx given our appendix table too: {ratio:.2f}×")


def main() -> None:
    as_installed()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--style", default="gbt9704")
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument("--scale", action="store_true", help="whole processes per length")
    parser.add_argument("--sizes", default="1,16", help="body repetitions (with --scale)")
    parser.add_argument("--against", type=Path, help="compare with the reportpress of SRC")
    args = parser.parse_args()
    if args.scale:
        scale([int(s) for s in args.sizes.split(",")], args.runs, args.against)
        return
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
