"""Where reportpress keeps what it can make again: ``$XDG_CACHE_HOME/reportpress``."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """The folder of every cache (font glyphs, compiled patterns); deleting it is always safe."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportpress"
