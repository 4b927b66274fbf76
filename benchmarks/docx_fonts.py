"""Font embedding benchmark: whole ``reportpress build`` processes, ``-f docx`` and all four
editions, on a warm and on an empty font cache, interleaved in one run.

Prints per case the median CPU time (user + sys of the process and its helpers,
less noisy than wall time on a loaded machine) and wall time.  ``--src DIR``
times another checkout's sources (e.g. ../main/src) in the same run, for
before/after figures.

Usage: python benchmarks/docx_fonts.py [--repeat R] [--style NAME] [--src DIR ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"
FORMATS = {"docx": "docx", "all four": "xml,docx,pdf,epub"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(src: Path, formats: str, style: str, cache: Path, out: Path) -> tuple[float, float]:
    """CPU seconds and wall seconds of one whole build."""
    env = {**os.environ, "PYTHONPATH": str(src), "XDG_CACHE_HOME": str(cache)}
    argv = [sys.executable, "-m", "reportpress", "build", str(SAMPLE), "-o", str(out)]
    argv += ["-f", formats, "-s", style, "--force"]
    cpu, wall = _children_cpu(), time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(argv)} with {src}: failed\n{done.stderr}")
    return _children_cpu() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--style", default="gbt9704")
    parser.add_argument("--src", type=Path, action="append", default=[])
    args = parser.parse_args()
    sources = [REPO / "src", *(s.resolve() for s in args.src)]
    work = Path(tempfile.mkdtemp(prefix="reportpress-docxfonts-"))
    figures: dict[tuple, list[tuple[float, float]]] = {}
    try:
        warm = {src: work / f"warm-{n}" for n, src in enumerate(sources)}
        for src, cache in warm.items():  # fill each warm cache once
            _run(src, FORMATS["all four"], args.style, cache, work / "out")
        for round_ in range(args.repeat):
            for name, formats in FORMATS.items():
                for state in ("warm", "cold"):
                    for n, src in enumerate(sources):
                        cache = warm[src] if state == "warm" else work / f"cold-{n}-{round_}"
                        key = (name, state, n)
                        timing = _run(src, formats, args.style, cache, work / "out")
                        figures.setdefault(key, []).append(timing)
                        if state == "cold":
                            shutil.rmtree(cache, ignore_errors=True)
        print(f"style {args.style}, {args.repeat} interleaved runs, medians")
        print(f"{'build':<10}{'cache':<6}{'sources':<40}{'CPU s':>8}{'wall s':>8}")
        for (name, state, n), runs in sorted(figures.items()):
            cpu = statistics.median(r[0] for r in runs)
            wall = statistics.median(r[1] for r in runs)
            print(f"{name:<10}{state:<6}{str(sources[n])[-38:]:<40}{cpu:>8.2f}{wall:>8.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
