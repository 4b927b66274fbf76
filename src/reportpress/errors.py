"""The errors a user sees: each becomes one line on standard error, never a traceback."""

from __future__ import annotations


class ReportpressError(Exception):
    """Base for errors reported to the user as one line."""

    exit_status = 1

    def __str__(self) -> str:
        # Reasons come from libraries too (lxml ends some with a newline): one line, always.
        return " ".join(super().__str__().split())


class InputError(ReportpressError):
    """An input cannot be read or understood: names the file and the reason."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(ReportpressError):
    """Bad usage: unknown flag, missing file, unknown style (exit status 2)."""

    exit_status = 2


class RenderError(ReportpressError):
    """An edition cannot be made (for instance a character that no font has)."""
