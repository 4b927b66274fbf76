"""What a batch is made of: the jobs (one per input) and their results.

Collecting the jobs only walks folders and stats files, so that a build with
nothing to do never imports the heavy stages.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportpress.editions import FORMATS
from reportpress.errors import UsageError

#: What a folder contributes: raw text, semantic XML and saved web pages.
INPUT_SUFFIXES = (".txt", ".xml", ".html", ".htm")

#: The per-input time budget, in seconds, unless told otherwise.
DEFAULT_TIMEOUT = 300.0


@dataclass
class Job:
    """One input and where its editions go."""

    source: Path
    out_dir: Path
    formats: tuple[str, ...]
    style: str  # the style file's path
    force: bool = False
    check: bool = False
    #: The report's title when the text has none (``build --title``).
    title: str | None = None
    #: Seconds this input may take before it fails; None: no limit.
    timeout: float | None = DEFAULT_TIMEOUT
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


def failed(job: Job, reason: str) -> Result:
    """The result of an input that could not be built, with its one line."""
    return Result(job.source, "failed", message=f"{job.source}: {reason}")


def parse_formats(text: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"unknown format {', '.join(unknown) or '(none)'} (known: {', '.join(FORMATS)})"
        )
    return formats


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _folder_inputs(folder: Path, out_dir: Path) -> list[Path]:
    """Every input below ``folder``, sorted, skipping hidden entries and the output tree.

    Symbolic links are followed only while they stay inside ``folder``: a link
    to ``/etc/passwd`` must not be published.  Each link not followed is named
    on standard error.
    """
    root = folder.resolve()
    out = out_dir.resolve()
    found: list[Path] = []
    for directory, subdirs, files in os.walk(folder):
        here = Path(directory)
        kept = []
        for name in sorted(subdirs):
            path = here / name
            if name.startswith(".") or path.resolve() == out:
                continue
            if path.is_symlink():
                if not _inside(path.resolve(), root):
                    print(f"{path}: link leads outside {folder}; not followed", file=sys.stderr)
                continue  # a link inside the folder would only repeat inputs
            kept.append(name)
        subdirs[:] = kept
        for name in files:
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in INPUT_SUFFIXES:
                continue
            if path.is_symlink() and not _inside(path.resolve(), root):
                print(f"{path}: link leads outside {folder}; not followed", file=sys.stderr)
                continue
            if path.is_file():
                found.append(path)
    return sorted(found)


def collect_jobs(
    inputs: Sequence[Path],
    out_dir: Path,
    formats: tuple[str, ...],
    style: str,
    force: bool = False,
    check: bool = False,
    title: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> list[Job]:
    """Expand folders (recursively; the build tree mirrors their layout) into jobs.

    An output folder inside an input folder is left out of the inputs (``build .``
    writes to ``./build``).  An output folder that *is* an input folder or holds
    one is refused: its outputs would land among the sources and be read back as
    inputs by the next build, and nothing could tell a built ``.xml`` from a
    user's.
    """
    out = out_dir.resolve()
    jobs: list[Job] = []
    for given in inputs:
        if given.is_dir():
            if given.resolve() == out:
                raise UsageError(f"{given}: the output folder cannot be the input folder")
            if _inside(given.resolve(), out):
                raise UsageError(
                    f"{given}: the output folder {out_dir} holds this input folder; "
                    "choose an output folder outside it"
                )
            for path in _folder_inputs(given, out_dir):
                target = out_dir / path.parent.relative_to(given)
                jobs.append(Job(path, target, formats, style, force, check, title, timeout))
        elif given.is_file():
            jobs.append(Job(given, out_dir, formats, style, force, check, title, timeout))
        else:
            raise UsageError(f"{given}: no such file or folder")
    first_by_output: dict[Path, Job] = {}
    for job in jobs:
        key = job.output("xml").resolve()
        if key in first_by_output and first_by_output[key].source.resolve() != job.source.resolve():
            job.clashes_with = first_by_output[key].source
        first_by_output.setdefault(key, job)
    return jobs
