"""Instructions the PDF edition executes per extra sample-length, counted by cachegrind.

CPU time on a shared machine moves by a third from run to run; instruction counts
move by well under one per cent with the hash seed fixed.  For every source tree
given, one process (its ``src`` first on the path) loads the XML of the sample and
of the sample repeated eight times, writes the sample's PDF once to warm up (fonts,
patterns, memos), then writes the PDF of the sample once more or of the long one;
the difference of the two, over seven, is the cost of each extra sample-length::

    python benchmarks/pdf_instructions.py SRC [SRC ...] [--style gbt9704] [--times 8]

The collector is set as a build's worker sets it (``collect_less``).  Each tree
first builds the XML without valgrind (so the patterns it compiles are in the disk
cache and not counted).  Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: argv: the short XML, the long XML, which to write ("short" or "long"), the style.
CODE = r"""
import sys
from pathlib import Path
from reportpress.batch.work import collect_less
from reportpress.editions.pdf.write import write
from reportpress.inputs import load
from reportpress.model import from_xml
from reportpress.styles import load_style
short, long, which, style = sys.argv[1:5]
style = load_style(style)
reports = {"short": from_xml(load(Path(short))[0]), "long": from_xml(load(Path(long))[0])}
write(reports["short"], style)
collect_less()
write(reports[which], style)
"""


def instructions(src: Path, args: list[str]) -> int:
    """Instructions of one run of CODE with ``src`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command += [sys.executable, "-c", CODE, *args]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{src}: {proc.stderr[-1500:]}")
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if found is None:
        raise SystemExit(f"{src}: no instruction count in valgrind's output")
    return int(found.group(1).replace(",", ""))


def xml_of(src: Path, factor: int, work: Path) -> Path:
    """The XML of the sample repeated ``factor`` times, built by ``src``."""
    sys.path.insert(0, str(HERE))
    from speed import repeated_sample

    text = repeated_sample(factor, work)
    out = work / src.parent.name
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-m", "reportpress", "build", str(text), "-o", str(out)]
    proc = subprocess.run([*command, "-f", "xml", "--force"], env=env, capture_output=True)
    if proc.returncode != 0:
        raise SystemExit(f"{src}: {proc.stderr[-1500:]}")
    return out / f"{text.stem}.xml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trees", nargs="+", type=Path, help="source trees (their src)")
    parser.add_argument("--style", default="gbt9704")
    parser.add_argument("--times", type=int, default=8, help="the long document's repetitions")
    options = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")
    with tempfile.TemporaryDirectory(prefix="pdf-instructions-") as folder:
        work = Path(folder)
        for src in options.trees:
            src = src.resolve()
            short, long = xml_of(src, 1, work), xml_of(src, options.times, work)
            count = {
                which: instructions(src, [str(short), str(long), which, options.style])
                for which in ("short", "long")
            }
            per = (count["long"] - count["short"]) / (options.times - 1) / 1e6
            print(f"{src}: PDF per extra sample-length (x1 -> x{options.times}): {per:.1f} M")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
