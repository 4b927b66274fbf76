"""Batch builds: inputs (files or folders) → a build tree, in parallel, incrementally.

The parent decides what is up to date (:mod:`.freshness`, stat and small JSON
records only, under the tree's lock), then hands the rest to worker processes
on this machine (:mod:`.local`) or to a Dask cluster (:mod:`.cluster`).  One
failing input is reported on one line and never stops the others.
"""

from __future__ import annotations

from pathlib import Path

from reportpress.batch.freshness import is_fresh, program_identity, style_digest, tree_lock
from reportpress.batch.jobs import (
    DEFAULT_TIMEOUT,
    INPUT_SUFFIXES,
    Job,
    Result,
    collect_jobs,
    parse_formats,
)
from reportpress.batch.progress import summary
from reportpress.batch.work import build_one
from reportpress.errors import UsageError


def run(
    jobs: list[Job],
    workers: int,
    out_dir: Path,
    *,
    cluster: str | None = None,
    progress: bool | None = None,
    quiet: bool = False,
) -> list[Result]:
    """Build all jobs into the tree at ``out_dir``; results in the order of the jobs.

    ``progress``: a live display (True), plain lines (False) or a live display
    only on a terminal (None); ``quiet`` prints nothing at all (the API's default).
    """
    import sys

    if progress is None:
        progress = sys.stderr.isatty()
    results: dict[int, Result] = {}
    program = program_identity()
    digests = {style: style_digest(style) for style in {job.style for job in jobs}}
    with tree_lock(out_dir, say=not quiet):
        stale: list[tuple[int, Job]] = []
        for index, job in enumerate(jobs):
            if job.clashes_with is None and is_fresh(job, digests[job.style], program):
                results[index] = Result(job.source, "skipped")
            else:
                stale.append((index, job))
        if stale:
            from reportpress.styles import load_style

            for style in digests:
                load_style(style)  # a bad style is bad usage, before any input is built
            _build(stale, workers, digests, program, cluster, progress, quiet, results)
    return [results[i] for i in range(len(jobs)) if i in results]


def _build(
    stale: list[tuple[int, Job]],
    workers: int,
    digests: dict[str, str],
    program: str,
    cluster: str | None,
    progress: bool,
    quiet: bool,
    results: dict[int, Result],
) -> None:
    """Build the jobs that are not up to date, reporting each as it ends."""
    from reportpress.batch.progress import Reporter

    sources = dict(stale)
    reporter = Reporter(len(stale), progress, quiet)

    def on_stage(index: int, what: str) -> None:
        reporter.stage(sources[index].source, what)

    def on_result(index: int, result: Result) -> None:
        results[index] = result
        reporter.done(result)

    try:
        for style in digests:
            group = [(i, job) for i, job in stale if job.style == style]
            if cluster is not None:
                try:
                    from reportpress.batch.cluster import run_on_cluster
                except ImportError as exc:
                    if (exc.name or "").split(".")[0] not in ("dask", "distributed"):
                        raise
                    raise UsageError(
                        "--cluster needs Dask: pip install 'reportpress[dask]'"
                    ) from None
                run_on_cluster(group, cluster, digests[style], program, on_stage, on_result)
            else:
                from reportpress.batch.local import run_local

                run_local(group, workers, digests[style], program, on_stage, on_result)
    finally:
        reporter.close()


__all__ = [
    "DEFAULT_TIMEOUT",
    "INPUT_SUFFIXES",
    "Job",
    "Result",
    "build_one",
    "collect_jobs",
    "parse_formats",
    "run",
    "summary",
]
