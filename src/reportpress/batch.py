"""Batch builds: inputs (files or folders) → a build tree, in parallel, incrementally.

Each input is built in a worker process; one failing input is reported on one
line and never stops the others.  An edition newer than its input, its style
and the program is not rebuilt.  Outputs are written whole or not at all.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from reportpress.editions import FORMATS
from reportpress.errors import ReportpressError, UsageError

INPUT_SUFFIXES = (".txt", ".xml")


@dataclass
class Job:
    """One input and where its editions go."""

    source: Path
    out_dir: Path
    formats: tuple[str, ...]
    style: str
    force: bool = False
    check: bool = False
    #: Another input that writes the same outputs (``a.txt`` beside ``a.xml``).
    clashes_with: Path | None = None

    @property
    def stem(self) -> str:
        return self.source.stem

    def output(self, fmt: str) -> Path:
        return self.out_dir / f"{self.stem}.{fmt}"


@dataclass
class Result:
    """What became of one input."""

    source: Path
    status: str  # "built", "skipped" or "failed"
    outputs: list[Path] = field(default_factory=list)
    message: str = ""
    warnings: list[tuple[int, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage
    problems: list[str] = field(default_factory=list)  # from --check

    @property
    def ok(self) -> bool:
        return self.status != "failed" and not self.problems


def parse_formats(text: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"unknown format {', '.join(unknown) or '(none)'} (known: {', '.join(FORMATS)})"
        )
    return formats


def collect_jobs(
    inputs: Sequence[Path],
    out_dir: Path,
    formats: tuple[str, ...],
    style: str,
    force: bool = False,
    check: bool = False,
) -> list[Job]:
    """Expand folders (recursively; the build tree mirrors their layout) into jobs."""
    jobs: list[Job] = []
    for given in inputs:
        if given.is_dir() and given.resolve() == out_dir.resolve():
            raise UsageError(f"{given}: the output folder cannot be the input folder")
        if given.is_dir():
            found = sorted(
                p
                for p in given.rglob("*")
                if p.suffix.lower() in INPUT_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(given).parts)
                and out_dir.resolve() not in p.resolve().parents
            )
            for path in found:
                target = out_dir / path.parent.relative_to(given)
                jobs.append(Job(path, target, formats, style, force, check))
        elif given.is_file():
            jobs.append(Job(given, out_dir, formats, style, force, check))
        else:
            raise UsageError(f"{given}: no such file or folder")
    first_by_output: dict[Path, Job] = {}
    for job in jobs:
        key = job.output("xml").resolve()
        if key in first_by_output and first_by_output[key].source.resolve() != job.source.resolve():
            job.clashes_with = first_by_output[key].source
        first_by_output.setdefault(key, job)
    return jobs


def program_mtime() -> float:
    """The newest file of the installed program: a change to the code makes outputs stale."""
    package = Path(__file__).resolve().parent
    return max(p.stat().st_mtime for p in package.rglob("*") if p.suffix in (".py", ".rng"))


def stamp_path(job: Job) -> Path:
    """Where a build records which style made an input's editions."""
    return job.out_dir / ".reportpress" / f"{job.stem}.style"


def style_stamp(style_path: Path | None) -> bytes:
    """What identifies a style: its file's content (so another style, or an edit, rebuilds)."""
    data = style_path.read_bytes() if style_path else b""
    return hashlib.sha256(data).hexdigest().encode() + b"\n"


def is_fresh(job: Job, style_path: Path | None, program: float) -> bool:
    """True when every requested output is newer than the input, the style and the program,
    and was made with this style."""
    if job.force:
        return False
    stamp = stamp_path(job)
    editions = [f for f in job.formats if f != "xml"]
    if editions and (not stamp.exists() or stamp.read_bytes() != style_stamp(style_path)):
        return False
    newest_input = max(
        job.source.stat().st_mtime,
        style_path.stat().st_mtime if style_path else 0.0,
        program,
    )
    for fmt in job.formats:
        out = job.output(fmt)
        if out.resolve() == job.source.resolve():
            continue  # building an XML from itself
        if not out.exists() or out.stat().st_mtime < newest_input:
            return False
    return True


def build_one(job: Job) -> Result:
    """Build every requested edition of one input.  Never raises for a bad input."""
    from reportpress import reportxml
    from reportpress.atomic import write_atomic
    from reportpress.editions import edition
    from reportpress.inputs import load
    from reportpress.model import from_xml
    from reportpress.styles import load_style

    result = Result(job.source, "built")
    if job.clashes_with is not None:
        result.status = "failed"
        result.message = f"{job.source}: same output name as {job.clashes_with}; not built"
        return result
    try:
        style = load_style(job.style)
        if is_fresh(job, style.path, program_mtime()):
            result.status = "skipped"
            return result
        started = time.perf_counter()
        root, result.warnings = load(job.source)
        result.seconds["normalize"] = time.perf_counter() - started
        report = from_xml(root)
        for fmt in job.formats:
            started = time.perf_counter()
            out = job.output(fmt)
            if fmt == "xml":
                if out.resolve() != job.source.resolve():
                    write_atomic(out, reportxml.to_bytes(root))
            else:
                write_atomic(out, edition(fmt).write(report, style))
            result.outputs.append(out)
            result.seconds[fmt] = time.perf_counter() - started
        write_atomic(stamp_path(job), style_stamp(style.path))
        if job.check:
            from reportpress.check import check_outputs

            result.problems = check_outputs(
                root, [job.output(f) for f in job.formats if f != "xml"], style
            )
    except ReportpressError as exc:
        result.status, result.message = "failed", str(exc)
    except OSError as exc:  # an output that cannot be written: a full disk, a file in the way
        where = exc.filename or job.out_dir
        result.status = "failed"
        result.message = f"{job.source}: cannot write {where}: {exc.strerror or exc}"
    except Exception as exc:  # noqa: BLE001 — one bad input must not stop the batch
        result.status = "failed"
        result.message = f"{job.source}: internal error: {type(exc).__name__}: {exc}"
        if os.environ.get("REPORTPRESS_DEBUG"):
            raise
    return result


def _warm_up(formats: Iterable[str], style: str) -> None:
    """Load fonts and heavy modules once per worker, not once per document."""
    try:
        from reportpress.styles import load_style

        loaded = load_style(style)
        if "pdf" in formats:
            from reportpress import fonts

            fonts.resolve(loaded)
    except Exception:  # noqa: BLE001 — the build of each input reports problems itself
        pass


def run(
    jobs: list[Job], workers: int, progress: bool | None = None, quiet: bool = False
) -> list[Result]:
    """Build all jobs; results in the order of the jobs.

    ``progress``: a bar (True), plain lines (False) or a bar only on a terminal
    (None); ``quiet`` prints nothing at all (the Python API's default).
    """
    if progress is None:
        progress = sys.stderr.isatty()
    results: dict[int, Result] = {}
    reporter = _Reporter(len(jobs), progress, quiet)
    try:
        if workers <= 1 or len(jobs) <= 1:
            if jobs:
                _warm_up(jobs[0].formats, jobs[0].style)
            for index, job in enumerate(jobs):
                results[index] = build_one(job)
                reporter.done(results[index])
        else:
            formats = jobs[0].formats
            with ProcessPoolExecutor(
                max_workers=min(workers, len(jobs)),
                initializer=_warm_up,
                initargs=(formats, jobs[0].style),
            ) as pool:
                futures = {pool.submit(build_one, job): i for i, job in enumerate(jobs)}
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    reporter.done(results[futures[future]])
    finally:
        reporter.close()
    return [results[i] for i in range(len(jobs)) if i in results]


class _Reporter:
    """A progress bar on a terminal, plain lines otherwise."""

    def __init__(self, total: int, bar: bool, quiet: bool = False) -> None:
        self.bar = None
        self.quiet = quiet
        if bar and total > 1 and not quiet:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            self.bar = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                transient=True,
            )
            self.task = self.bar.add_task("building", total=total)
            self.bar.start()

    def done(self, result: Result) -> None:
        if self.quiet:
            return
        line = None
        if result.status == "failed":
            line = result.message
        elif result.problems:
            line = "\n".join(f"{result.source}: check: {p}" for p in result.problems)
        for number, message in result.warnings:
            print(f"{result.source}: line {number}: warning: {message}", file=sys.stderr)
        if line:
            print(line, file=sys.stderr)
        if self.bar is not None:
            self.bar.advance(self.task)
        elif result.status == "built" and not line:
            print(f"built {result.source}", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def summary(results: list[Result], seconds: float) -> str:
    built = sum(r.status == "built" for r in results)
    skipped = sum(r.status == "skipped" for r in results)
    failed = sum(not r.ok for r in results)
    return f"built {built}, skipped {skipped}, failed {failed} in {seconds:.1f} s"
