"""Whether two source trees write the same Word copies and XML, byte for byte.

A speed-up of the ``-f docx`` path must not change a byte.  For the sample, the
sample with its body repeated eight times and every text of the shared corpus,
each tree builds ``-f xml,docx`` in both styles (its own process, its ``src``
first on the path, the command line as a user runs it); the files are then
compared and the differing ones named::

    python benchmarks/docx_same.py OLD_SRC NEW_SRC [--keep DIR] [--reuse-old]

``--reuse-old`` keeps the old tree's outputs from an earlier run in ``--keep DIR``
(the old tree does not change between runs).  Exits 1 when any file differs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
STYLES = ("gbt9704", "reading")


def inputs(folder: Path) -> Path:
    """A folder holding the sample, the sample x8 and the corpus texts."""
    sys.path.insert(0, str(HERE))
    from speed import repeated_sample

    texts = folder / "inputs"
    texts.mkdir(parents=True, exist_ok=True)
    repeated_sample(1, texts)
    repeated_sample(8, texts)
    for path in sorted((SHARED / "corpus" / "texts").glob("*.txt")):
        shutil.copy(path, texts / path.name)
    return texts


def build(src: Path, texts: Path, out: Path, formats: str = "xml,docx") -> None:
    """Both styles' XML and DOCX (or ``formats``) of every input, built by ``src``."""
    env = os.environ | {"PYTHONPATH": str(src)}
    for style in STYLES:
        target = out / style
        command = [sys.executable, "-m", "reportpress", "build", str(texts), "-o", str(target)]
        command += ["-f", formats, "-s", style, "--force"]
        proc = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"{src}: build failed ({style}):\n{proc.stderr[-2000:]}")


def differing(
    old: Path, new: Path, suffixes: tuple[str, ...] = (".xml", ".docx")
) -> tuple[int, list[str]]:
    """How many outputs were compared, and those that differ or are missing."""
    names = sorted(str(p.relative_to(old)) for p in old.rglob("*") if p.suffix in suffixes)
    bad = [
        n
        for n in names
        if not (new / n).exists() or (old / n).read_bytes() != (new / n).read_bytes()
    ]
    return len(names), bad


def main(formats: str = "xml,docx", doc: str = __doc__) -> None:
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    parser.add_argument("--reuse-old", action="store_true", help="old outputs from --keep")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="docx-same-"))
    texts = inputs(work)
    if not (args.reuse_old and (work / "old").is_dir()):
        shutil.rmtree(work / "old", ignore_errors=True)
        build(args.old.resolve(), texts, work / "old", formats)
    shutil.rmtree(work / "new", ignore_errors=True)
    build(args.new.resolve(), texts, work / "new", formats)
    suffixes = tuple(f".{name}" for name in formats.split(","))
    count, bad = differing(work / "old", work / "new", suffixes)
    for name in bad:
        print(f"differs: {name}")
    print(f"{count - len(bad)}/{count} identical")
    if not args.keep:
        shutil.rmtree(work)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
