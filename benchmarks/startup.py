"""Start-up benchmark: whole ``reportpress`` processes that do little work, against the
interpreter's own start.

Prints, from one run, the median wall time of interleaved runs of each command
and its ratio to ``python -c pass``: ``--version``, ``outline`` of each edition,
``check`` of the sample, a nothing-to-do rebuild, and the import of the style
model.  ``--src DIR`` times another checkout's sources (e.g. ../main/src) in
the same run, for before/after figures.

Usage: python benchmarks/startup.py [--repeat R] [--src DIR ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from userenv import as_installed

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"


def _time(argv: list[str], src: Path, cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    started = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    as_installed()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--src", type=Path, action="append", default=[])
    args = parser.parse_args()
    sources = [REPO / "src", *args.src]
    work = Path(tempfile.mkdtemp(prefix="reportpress-startup-"))
    try:
        built = work / "build"
        py = sys.executable
        subprocess.run(
            [py, "-m", "reportpress", "build", str(SAMPLE), "-o", str(built), "-j", "1"],
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
            check=True,
            capture_output=True,
        )
        stem = built / SAMPLE.stem
        commands = {
            "python -c pass": [py, "-c", "pass"],
            "--version": [py, "-m", "reportpress", "--version"],
            "import styles + load": [
                py,
                "-c",
                "from reportpress.styles import load_style; load_style('gbt9704')",
            ],
            "outline .xml": [py, "-m", "reportpress", "outline", f"{stem}.xml"],
            "outline .docx": [py, "-m", "reportpress", "outline", f"{stem}.docx"],
            "outline .pdf": [py, "-m", "reportpress", "outline", f"{stem}.pdf"],
            "outline .epub": [py, "-m", "reportpress", "outline", f"{stem}.epub"],
            "check": [py, "-m", "reportpress", "check", str(stem), "-s", "gbt9704"],
            "build (nothing to do)": [
                py,
                "-m",
                "reportpress",
                "build",
                str(SAMPLE),
                "-o",
                str(built),
                "-j",
                "1",
            ],
        }
        times: dict[tuple[str, Path], list[float]] = {}
        for _ in range(args.repeat):  # interleaved, so that machine noise hits all alike
            for name, argv in commands.items():
                for src in sources:
                    if name == "check" and src != sources[0]:
                        argv = argv[:-2]  # older sources have no --style
                    times.setdefault((name, src), []).append(_time(argv, src, work))
        base = statistics.median(times["python -c pass", sources[0]])
        print(f"{'command':24}" + "".join(f"{str(s)[-24:]:>28}" for s in sources))
        for name in commands:
            cells = []
            for src in sources:
                median = statistics.median(times[name, src])
                cells.append(f"{median:8.3f} s {median / base:6.1f}× start")
            print(f"{name:24}" + "".join(f"{c:>28}" for c in cells))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
