"""Any input — raw text or semantic XML — loaded as a validated report XML tree.

Kept apart from the CLI so that scripts (and the batch workers) call the same
code the command line does.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from reportpress import reportxml
from reportpress.errors import InputError
from reportpress.ingest import read_source

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
    from reportpress.metrics import annotate  # the normalizer only for raw text (cn2an: slow)
    from reportpress.structure import normalize

    source = read_source(path)
    root, warnings = normalize(source)
    annotate(root)
    reportxml.validate(root, path)
    return root, warnings
