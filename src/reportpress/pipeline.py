"""The pipeline for one input: raw text or XML → validated semantic XML → editions.

Kept apart from the CLI so that scripts (and the batch workers) call the same
code the command line does.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from reportpress import reportxml
from reportpress.errors import InputError
from reportpress.ingest import read_source
from reportpress.structure import normalize

#: Warnings as (line, message), reported by the caller.
Warnings = list[tuple[int, str]]


def load(path: Path) -> tuple[etree._Element, Warnings]:
    """Any input (``.txt`` raw text or ``.xml`` semantic XML) → validated XML root."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if path.suffix.lower() == ".xml":
        return reportxml.read(path), []
    source = read_source(path)
    root, warnings = normalize(source)
    _annotate_metrics(root)
    reportxml.validate(root, path)
    return root, warnings


def _annotate_metrics(root: etree._Element) -> None:
    try:
        from reportpress.metrics import annotate
    except ImportError:  # the metrics stage is optional until it lands
        return
    annotate(root)


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
