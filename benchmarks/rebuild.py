"""Nothing-to-do rebuilds: whole processes, after a full build of N documents.

Prints, from one run on this machine, the median wall time of
``reportpress build`` when every output is up to date (1 and N documents),
next to ``python -c pass`` and ``reportpress --version``, and which heavy
modules such a rebuild imported (it should import none: only stat files and
read the records).  Goal (issue 11): ≤ 0.2 s for one document.

Usage: python benchmarks/rebuild.py [--count N] [--repeat R]
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

SRC = Path(__file__).resolve().parents[1] / "src"
SAMPLE = Path(__file__).resolve().parents[1] / "source" / "chaoyang-2024-h1.txt"
HEAVY = ("lxml", "reportlab", "docx", "cn2an", "fontTools", "pypandoc", "rich", "pydantic")
PROBE = (
    "import sys\nfrom reportpress.cli import main\nstatus = main(sys.argv[1:])\n"
    f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))\n"
    "sys.exit(status)\n"
)


def seconds(command: list[str], env: dict[str, str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    as_installed()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(SRC), "SOURCE_DATE_EPOCH": "1724284800"}
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for index in range(args.count):
            shutil.copy(SAMPLE, folder / f"r{index:03}.txt")
        one, many, out = folder / "r000.txt", folder, Path(tmp) / "out"
        build = [python, "-m", "reportpress", "build", "-o", str(out), "-j", "2"]
        subprocess.run([*build, str(many)], env=env, check=True, capture_output=True)
        rows = [
            ("python -c pass", seconds([python, "-c", "pass"], env, args.repeat)),
            ("reportpress --version", seconds([*build[:3], "--version"], env, args.repeat)),
            ("nothing to do, 1 document", seconds([*build, str(one)], env, args.repeat)),
            (
                f"nothing to do, {args.count} documents",
                seconds([*build, str(many)], env, args.repeat),
            ),
        ]
        probe = subprocess.run(
            [python, "-c", PROBE, "build", "-o", str(out), str(one)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    for name, value in rows:
        print(f"{name:<32} {value:6.3f} s")
    print(f"heavy modules imported by a nothing-to-do rebuild: {probe.stdout.strip() or 'none'}")


if __name__ == "__main__":
    main()
