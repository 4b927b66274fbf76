"""reportpress: raw report text → semantic XML → PDF, DOCX and EPUB editions.

The Python API for scripts::

    import reportpress
    results = reportpress.build(["source/"], formats=("xml", "pdf"), style="gbt9704", jobs=2)
    for r in results:
        print(r.source, r.status, r.message)
"""

from __future__ import annotations

__version__ = "0.1.0"

# Names for type checkers only (typing.TYPE_CHECKING without importing typing):
# ``reportpress --version`` imports nothing beyond this file and the CLI.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from os import PathLike

    from reportpress.batch import Result


def build(
    paths: Iterable[str | PathLike[str]] = ("source",),
    *,
    out: str | PathLike[str] = "build",
    formats: Iterable[str] = ("xml", "docx", "pdf", "epub"),
    style: str = "gbt9704",
    jobs: int = 1,
    force: bool = False,
    check: bool = False,
    progress: bool | None = False,
) -> list[Result]:
    """Build the editions of every input (files or folders); one :class:`Result` per input.

    A failing input is a ``Result`` with ``status == "failed"`` and a one-line
    ``message``; it never raises for bad input.  Bad usage (an unknown format
    or style, a missing path) raises :class:`reportpress.errors.UsageError`.
    ``progress=True`` shows a progress bar and each failure on standard error;
    by default the API prints nothing.
    """
    from pathlib import Path

    from reportpress.batch import collect_jobs, parse_formats, run
    from reportpress.editions.common import source_date_epoch
    from reportpress.styles import load_style

    source_date_epoch()  # a date no file can hold is bad usage, before any input
    chosen = parse_formats(",".join(formats))
    style_path = str(load_style(style).path)  # a bad style raises UsageError here
    jobs_list = collect_jobs([Path(p) for p in paths], Path(out), chosen, style_path, force, check)
    return run(jobs_list, jobs, progress=bool(progress), quiet=progress is False)


__all__ = ["build", "__version__"]
