"""The environment a user's processes run in, for the benchmarks that time whole processes.

A user's Python keeps compiled bytecode: pip compiles a package's modules when it
installs them, and an editable tree writes ``__pycache__`` on its first run.  A
machine that sets ``PYTHONDONTWRITEBYTECODE`` (this one, to keep trees clean)
makes every one of our processes compile every module it imports from source
again (about 0.2 s of a one-report build), a cost no user pays and the peer
tools (pandoc, typst: native programs) never do.  The benchmarks drop the
variable for the processes they start; their warm-up rounds write the bytecode.
"""

from __future__ import annotations

import os


def as_installed() -> None:
    """Let the processes the benchmark starts keep bytecode, as an installed package does."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
