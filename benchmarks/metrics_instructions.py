"""Instructions the metrics stage executes, counted by cachegrind: steadier than CPU time.

CPU time on a shared machine moves by a third from run to run; instruction counts
move by well under one per cent with the hash seed fixed.  Two measures, each
the difference of two runs of the same process (so imports and warming are not
counted), for every source tree given::

    python benchmarks/metrics_instructions.py SRC [SRC ...] [--only corpus|length]

- ``corpus``: ``find_mentions`` over 800 paragraphs of the shared corpus, after
  the process has read 932 others (a report's varied words: memos and ``re``'s
  cache are used as they are in a long document);
- ``length``: ``annotate`` of the sample repeated 8 times against once, per extra
  sample-length (what ``speed.py --only stages`` times; a body repeated word for
  word finds its names in the memos, which flatters them).

Each tree runs once first without valgrind, so that the patterns it compiles are
in the disk cache and not counted.  Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "texts"

#: argv: mode (corpus|length), what to run ("none" or "all"), a folder for files.
CODE = r"""
import sys
from pathlib import Path
from reportpress.inputs import load
from reportpress.metrics import annotate, find_mentions
from reportpress.metrics.export import document_text
mode, run, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
if mode == "corpus":
    paras = []
    for path in sorted(Path(sys.argv[4]).glob("*.txt")):
        doc, _ = document_text(load(path)[0])
        paras += [line for line in doc.split("\n") if line.strip()]
    for p in paras[1600:]:
        find_mentions(p)
    if run == "all":
        for p in paras[:800]:
            find_mentions(p)
else:
    sys.path.insert(0, sys.argv[5])
    from speed import repeated_sample
    from reportpress.ingest import read_source
    from reportpress.structure import normalize
    factor = int(sys.argv[4])
    warm, _ = normalize(read_source(repeated_sample(1, folder)), title=None, html=None)
    annotate(warm)
    root, _ = normalize(read_source(repeated_sample(factor, folder)), title=None, html=None)
    if run == "all":
        annotate(root)
"""


def instructions(src: Path, args: list[str], valgrind: bool = True) -> int:
    """Instructions of one run of CODE with ``src`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    command = [sys.executable, "-c", CODE, *args]
    if valgrind:
        command = ["valgrind", "--tool=cachegrind", "--cache-sim=no"]
        command += ["--cachegrind-out-file=/dev/null", sys.executable, "-c", CODE, *args]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{src}: {proc.stderr[-1500:]}")
    if not valgrind:
        return 0
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if found is None:
        raise SystemExit(f"{src}: no instruction count in valgrind's output")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trees", nargs="+", type=Path, help="source trees (their src)")
    parser.add_argument("--only", choices=("corpus", "length"))
    options = parser.parse_args()
    work = Path(os.environ.get("TMPDIR", "/tmp")) / f"metrics-instructions-{os.getpid()}"
    work.mkdir(parents=True, exist_ok=True)
    for src in options.trees:
        src = src.resolve()
        if options.only in (None, "corpus"):
            args = ["corpus", "all", str(work), str(CORPUS)]
            instructions(src, args, valgrind=False)  # the patterns compiled and cached
            none = instructions(src, ["corpus", "none", str(work), str(CORPUS)])
            full = instructions(src, args)
            print(f"{src}: find_mentions, 800 corpus paragraphs: {(full - none) / 1e6:.0f} M")
        if options.only in (None, "length"):
            cost = {}
            for factor in (1, 8):
                args = [str(work), str(factor), str(HERE)]
                instructions(src, ["length", "all", *args], valgrind=False)
                cost[factor] = instructions(src, ["length", "all", *args]) - instructions(
                    src, ["length", "none", *args]
                )
            per = (cost[8] - cost[1]) / 7 / 1e6
            print(f"{src}: annotate per extra sample-length (x1 -> x8): {per:.0f} M")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
