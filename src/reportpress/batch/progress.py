"""What a build tells its user while it runs, and the one summary line at the end.

On a terminal a live line (rich) says what the workers are doing — preparing
fonts, reading an input, making its PDF — and how many inputs are done, even
for a single input.  Elsewhere each built input is one plain line.  Failures,
warnings and ``--check`` problems are always printed, one line each.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportpress.batch.jobs import Result


class Reporter:
    """Progress and per-input lines on standard error."""

    def __init__(self, total: int, live: bool, quiet: bool = False) -> None:
        self.quiet = quiet
        self.live = None
        if live and total and not quiet:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TimeElapsedColumn,
            )

            self.live = Progress(
                SpinnerColumn(),
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.live.add_task("starting", total=total)
            self.live.start()

    def stage(self, source: Path, what: str) -> None:
        """A worker says what it is doing with an input."""
        if self.live is not None:
            self.live.update(self.task, description=f"{source.name}: {what}")

    def done(self, result: Result) -> None:
        if self.quiet:
            return
        lines = [
            f"{result.source}: line {number}: warning: {message}"
            for number, message in result.warnings
        ]
        if result.status == "failed":
            lines.append(result.message)
        lines += [f"{result.source}: check: {problem}" for problem in result.problems]
        if not lines and result.status == "built" and self.live is None:
            lines.append(f"built {result.source}")
        for line in lines:
            if self.live is not None:
                self.live.console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                print(line, file=sys.stderr)
        if self.live is not None:
            self.live.advance(self.task)

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()


def summary(results: list[Result], seconds: float) -> str:
    built = sum(r.status == "built" for r in results)
    skipped = sum(r.status == "skipped" for r in results)
    failed = sum(not r.ok for r in results)
    return f"built {built}, skipped {skipped}, failed {failed} in {seconds:.1f} s"
