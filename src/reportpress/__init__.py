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

    Paths = str | PathLike[str]


def build(
    paths: Paths | Iterable[Paths] = ("source",),
    *,
    out: Paths = "build",
    formats: Iterable[str] = ("xml", "docx", "pdf", "epub"),
    style: str = "gbt9704",
    jobs: int = 1,
    force: bool = False,
    check: bool = False,
    progress: bool | None = False,
    title: str | None = None,
    timeout: float | None = 300.0,
    cluster: str | None = None,
) -> list[Result]:
    """Build the editions of every input (a file or folder, or several); one
    :class:`Result` per input.

    A failing input is a ``Result`` with ``status == "failed"`` and a one-line
    ``message``; it never raises for bad input.  Bad usage (an unknown format
    or style, a missing path) raises :class:`reportpress.errors.UsageError`.
    ``title`` names a report whose text has none; ``timeout`` is each input's
    budget in seconds (None: no limit); ``cluster`` is the address of a Dask
    scheduler (``"tcp://host:8786"``) to build on instead of local processes.
    ``progress=True`` shows progress and each failure on standard error;
    by default the API prints nothing.
    """
    from os import PathLike
    from pathlib import Path

    from reportpress.batch import collect_jobs, parse_formats, run
    from reportpress.editions.common import source_date_epoch
    from reportpress.errors import UsageError
    from reportpress.styles import find_style

    if isinstance(paths, str | PathLike):
        paths = [paths]  # one path, not the characters of its name
    if jobs < 1:
        raise UsageError("jobs must be at least 1")
    if timeout is not None and timeout <= 0:
        raise UsageError("timeout must be a positive number of seconds (or None)")
    source_date_epoch()  # a date no file can hold is bad usage, before any input
    chosen = parse_formats(",".join(formats))
    style_path = str(find_style(style).resolve())
    out_dir = Path(out)
    jobs_list = collect_jobs(
        [Path(p) for p in paths], out_dir, chosen, style_path, force, check, title, timeout
    )
    return run(
        jobs_list, jobs, out_dir, cluster=cluster, progress=bool(progress), quiet=progress is False
    )


__all__ = ["build", "__version__"]
