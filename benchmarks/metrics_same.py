"""Whether two source trees give the same metrics output, byte for byte.

A speed-up of the metrics stage must not change a single attribute.  For the
sample, the sample with its body repeated, every text of the shared corpus and
a few hostile strings, each tree (in its own process, its ``src`` first on the
path) writes the metrics-annotated report XML, the dataset rows of that XML
and the mentions of the hostile strings; the two sets of files are then
compared and the first difference of each file printed::

    python benchmarks/metrics_same.py OLD_SRC NEW_SRC [--keep DIR]

Exits 1 when any output differs.  Also prints each tree's CPU seconds for the
metrics stage over all inputs (one run each; a rough figure, see speed.py for
an interleaved one).
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"

#: Run inside each tree's process: argv = output folder, inputs...
WRITE_CODE = r"""
import sys, time
from pathlib import Path
from reportpress import reportxml
from reportpress.ingest import read_source
from reportpress.metrics import annotate, find_mentions
from reportpress.metrics.dataset import records, to_bytes
from reportpress.structure import normalize

out = Path(sys.argv[1])
spent = 0.0
for name in sys.argv[2:]:
    path = Path(name)
    if path.suffix == ".lines":  # hostile strings, one a line: their mentions
        found = [repr(find_mentions(line)) for line in path.read_text("utf-8").split("\n")]
        (out / (path.stem + ".mentions")).write_text("\n".join(found), "utf-8")
        continue
    root, _ = normalize(read_source(path), title=None, html=None)
    started = time.process_time()
    annotate(root)
    spent += time.process_time() - started
    (out / (path.stem + ".xml")).write_bytes(reportxml.to_bytes(root))
    (out / (path.stem + ".tsv")).write_bytes(to_bytes(records(root, path.name), "tsv"))
print(f"{spent:.3f}")
"""

#: Strings that have broken or slowed the metrics stage before (issue 12 and audits).
HOSTILE = [
    "指标12 完成12.5亿元 增长2.2% 新增企业12家 " * 40,
    "全年新增企业5个，增长3.5%，完成投资7亿元。" * 40,
    "增加" + "5个" * 200,
    "“甲”5个，" * 200,
    "新增" + "一" * 400 + "个企业。",
    "百分之" + "一" * 400,
    "2023-2024年，A-1区增长-2.1%，3%-5%，一-二个，３至５个，2-3家，5%—5.5%。",
    "三分之二、2/3、一半、九成以上企业复工，7成以上，3成为，约3200余万，4万多亿元。",
    "11.“先锋工程”：布局20个项目，［10］两个基地、两个枢纽：建成3个。",
]


def inputs(folder: Path) -> list[Path]:
    """The sample, the sample x8, the corpus texts, and the hostile strings as a file."""
    sys.path.insert(0, str(HERE))
    from speed import repeated_sample

    hostile = folder / "hostile.lines"
    hostile.write_text("\n".join(HOSTILE), "utf-8")
    corpus = sorted((SHARED / "corpus" / "texts").glob("*.txt"))
    return [repeated_sample(1, folder), repeated_sample(8, folder), *corpus, hostile]


def write_outputs(src: Path, out: Path, sources: list[Path]) -> float:
    """Every output of one tree into ``out``; the CPU seconds its metrics stage took."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(src))
    proc = subprocess.run(
        [sys.executable, "-c", WRITE_CODE, str(out), *map(str, sources)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{src}: failed\n{proc.stderr[-3000:]}")
    return float(proc.stdout.strip().splitlines()[-1])


def first_difference(a: Path, b: Path) -> str:
    old = a.read_text("utf-8").splitlines()
    new = b.read_text("utf-8").splitlines() if b.exists() else []
    diff = difflib.unified_diff(old, new, str(a), str(b), n=0, lineterm="")
    return "\n".join(list(diff)[:12])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path, help="the src folder of the reference tree")
    parser.add_argument("new", type=Path, help="the src folder of the changed tree")
    parser.add_argument("--keep", type=Path, help="write the outputs here (else a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        sources = inputs(Path(tmp))
        spent = {
            side: write_outputs(src, work / side, sources)
            for side, src in (("old", args.old), ("new", args.new))
        }
        names = sorted(p.name for p in (work / "old").iterdir())
        differing = [
            n for n in names if (work / "old" / n).read_bytes() != _bytes(work / "new" / n)
        ]
        for name in differing:
            print(first_difference(work / "old" / name, work / "new" / name))
        print(
            f"{len(names) - len(differing)}/{len(names)} outputs identical; "
            f"metrics CPU old {spent['old']:.2f} s, new {spent['new']:.2f} s"
        )
        return 1 if differing else 0


def _bytes(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


if __name__ == "__main__":
    sys.exit(main())
