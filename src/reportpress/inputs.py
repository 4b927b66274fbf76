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


#: Suffixes of saved web pages, read as HTML.
HTML_SUFFIXES = (".html", ".htm")


def load(
    path: Path, *, title: str | None = None, validate: bool = True
) -> tuple[etree._Element, Warnings]:
    """Any input (``.txt`` raw text, ``.html``/``.htm`` web page, ``.xml`` semantic XML)
    → validated XML root.  ``title`` sets the report's title (recorded as given).

    ``validate=False``: a tree made from raw text is returned before the schema is asked
    about it; the caller must :func:`reportxml.validate` it (with ``path``) before anything
    takes it as valid (a helper process sends it first and validates meanwhile)."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    if path.suffix.lower() == ".xml":
        root = reportxml.read(path)
        if title and title.strip():
            element = root.find(reportxml.element_name("meta")).find(
                reportxml.element_name("title")
            )
            element.text = title.strip()
            element.set("derived", "given")
            reportxml.validate(root, path)  # what load() returns is valid as it stands
        return root, []
    from reportpress.metrics import annotate  # the normalizer and metrics rules: raw text only
    from reportpress.structure import normalize

    source = read_source(path)
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    root, warnings = normalize(source, title=title, html=html)
    annotate(root)
    if validate:
        reportxml.validate(root, path)
    return root, warnings
