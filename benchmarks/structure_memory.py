"""Peak memory of ingest + normalize on a large input, as a multiple of its size.

    PYTHONPATH=src python benchmarks/structure_memory.py [MEGABYTES]

Builds a report of the genre of about MEGABYTES (default 19) from the sample,
normalizes it in a fresh process and prints the peak resident size over the
baseline after imports.  Goal: under 20× the input.  ``REPORTPRESS_SRC`` points
at another checkout's ``src`` to compare.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"

_CHILD = """
import resource, sys
from pathlib import Path
from reportpress.ingest import read_source
from reportpress.structure import normalize
try:
    from reportpress.structure.furniture import lexicon
    lexicon()
except ImportError:
    pass
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
root, _ = normalize(read_source(Path(sys.argv[1]), limit=1 << 30))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(base, peak)
"""


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 19
    sample = SAMPLE.read_bytes()
    head, _, body = sample.partition(b"\n\n")
    copies = int(megabytes * 1024 * 1024 / len(body)) + 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.txt"
        path.write_bytes(sample + body * copies)
        size = path.stat().st_size
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": os.environ.get("REPORTPRESS_SRC", str(REPO / "src"))},
        ).stdout.split()
    base, peak = (int(v) * 1024 for v in out)  # ru_maxrss is in KiB on Linux
    used = peak - base
    print(
        f"input {size / 1e6:.1f} MB: peak {peak / 1e6:.0f} MB, {used / 1e6:.0f} MB over imports = {used / size:.1f}× the input"
    )


if __name__ == "__main__":
    main()
