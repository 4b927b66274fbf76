"""Files written whole or not at all, so a killed build never leaves a half file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, produce: Callable[[Path], None] | bytes) -> None:
    """Write a file whole or not at all: to a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        if isinstance(produce, bytes):
            with os.fdopen(fd, "wb") as handle:
                handle.write(produce)
        else:
            os.close(fd)
            produce(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
