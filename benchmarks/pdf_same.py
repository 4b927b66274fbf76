"""Whether two source trees write the same PDFs, byte for byte.

A speed-up of the ``-f pdf`` path must not change a byte.  For the sample, the
sample with its body repeated eight times and every text of the shared corpus,
each tree builds ``-f xml,pdf`` in both styles (its own process, its ``src``
first on the path, the command line as a user runs it); the files are then
compared and the differing ones named (``docx_same.py`` does the work)::

    python benchmarks/pdf_same.py OLD_SRC NEW_SRC [--keep DIR] [--reuse-old]

``--reuse-old`` keeps the old tree's outputs from an earlier run in ``--keep DIR``
(the old tree does not change between runs).  Exits 1 when any file differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx_same import main  # noqa: E402

if __name__ == "__main__":
    main("xml,pdf", __doc__)
