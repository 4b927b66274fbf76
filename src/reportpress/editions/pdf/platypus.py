"""ReportLab's page-layout classes, imported without a cost we never use.

Importing any part of ``reportlab.platypus`` runs its ``__init__``, which imports
the Paragraph module; that module compiles, at import, a case-insensitive URL
pattern whose character classes span the whole BMP (``[a-z\\xa1-\\uffff]`` with
``re.I``): about 90 ms of every PDF build's start, for Paragraph links that
reportpress never makes (it sets its own text).  The pattern is compiled on
first use instead; every other pattern compiles as usual.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_IMPORT_LOCK = threading.Lock()


class _LazyPattern:
    """A pattern compiled when it is first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)


def _is_paragraph_uri_pattern(pattern: object, flags: int) -> bool:
    return (
        isinstance(pattern, str)
        and bool(flags & re.IGNORECASE)
        and pattern.startswith("(^(?:[a-z0-9")
        and "://" in pattern
        and "\uffff" in pattern
    )


def _import_platypus() -> None:
    if "reportlab.platypus" in sys.modules:
        return
    with _IMPORT_LOCK:
        compile_now = re.compile

        def compile_cheaply(pattern: Any, flags: int = 0) -> Any:
            if _is_paragraph_uri_pattern(pattern, flags):
                return _LazyPattern(pattern, flags)
            return compile_now(pattern, flags)

        re.compile = compile_cheaply  # type: ignore[assignment]
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = compile_now


_import_platypus()

from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
)

__all__ = ["BaseDocTemplate", "Flowable", "Frame", "PageBreak", "PageTemplate"]
