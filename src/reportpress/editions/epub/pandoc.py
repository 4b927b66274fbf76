"""Running the pandoc that pypandoc-binary ships: one process per book, with a time limit.

pypandoc lists pandoc's formats before every conversion (thirteen processes per
book); the binary is called directly instead.  The build date reaches pandoc
through the environment of its own process only (``env=``), never through
``os.environ``, so threads building books at once cannot see each other's dates.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TextIO

from reportpress.errors import RenderError, ReportpressError, UsageError

#: Seconds one pandoc run may take before the book fails (``REPORTPRESS_PANDOC_TIMEOUT``).
DEFAULT_TIMEOUT = 120.0


def timeout() -> float:
    """The time limit of one pandoc run, in seconds, from the environment or the default."""
    raw = os.environ.get("REPORTPRESS_PANDOC_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 < value < 1e6:
        raise UsageError(f"REPORTPRESS_PANDOC_TIMEOUT={raw[:20]!r}: not a number of seconds")
    return value


def _bundled_pandoc() -> Path | None:
    """The binary pypandoc-binary ships, found without running or importing anything
    (importing pypandoc loads urllib and its HTTP stack, a tenth of a build's start)."""
    spec = importlib.util.find_spec("pypandoc")
    if spec is None or not spec.submodule_search_locations:
        return None
    name = "pandoc.exe" if os.name == "nt" else "pandoc"
    path = Path(next(iter(spec.submodule_search_locations))) / "files" / name
    return path if path.is_file() and os.access(path, os.X_OK) else None


@cache
def pandoc_path() -> str:
    """The pandoc executable: the one bundled with pypandoc-binary, else the one pypandoc finds.

    Looked up once per process (pypandoc's own search runs ``pandoc --version``
    on six candidates).
    """
    bundled = _bundled_pandoc()
    if bundled is not None:
        return str(bundled)
    try:
        import pypandoc

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        raise RenderError(
            "epub: pandoc not found (install pypandoc-binary, or pandoc on PATH)"
        ) from None


class Running:
    """A pandoc process at work: started by the constructor, waited for by :meth:`finish`.

    It reads no standard input (a book's document is a file) and its standard
    error goes to a file, so it runs to its end while the caller does other work
    (an EPUB's pandoc beside the DOCX) with no pipe for either side to wait on.
    ``env`` is added to a copy of the process environment for this run only.
    """

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.limit = timeout()
        self.started = time.monotonic()
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 — closed by finish()
        try:
            self.process = subprocess.Popen(
                [pandoc_path(), *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=self.errors,
                env={**os.environ, **(env or {})},
            )
        except OSError as exc:
            self.errors.close()
            raise RenderError(f"epub: cannot run pandoc: {exc.strerror or exc}") from None

    def finish(self) -> bytes:
        """pandoc's standard output.  A failure or a run longer than :func:`timeout`
        (counted from the start) is one RenderError line."""
        left = max(0.0, self.limit - (time.monotonic() - self.started))
        try:
            out, _ = self.process.communicate(timeout=left)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            raise RenderError(f"epub: pandoc did not finish in {self.limit:g} s") from None
        finally:
            self.errors.seek(0)
            said = self.errors.read().decode("utf-8", "replace").strip().splitlines()
            self.errors.close()
        if self.process.returncode != 0:
            raise RenderError(
                f"epub: pandoc failed: {said[-1] if said else self.process.returncode}"
            )
        return out


def run(args: list[str], env: dict[str, str] | None = None) -> bytes:
    """pandoc's standard output for ``args``, waited for (see :class:`Running`)."""
    return Running(args, env).finish()


#: The background asking of :func:`ask_ahead`, waited for before asking again.
_asking: threading.Thread | None = None


def ask_ahead(lang: str) -> None:
    """Ask pandoc now, in the background, what every book asks it (its AST version, the
    language's term translations), so that the questions run while the input is read."""
    global _asking

    def ask() -> None:
        with contextlib.suppress(ReportpressError):  # asked again, and reported, when needed
            _api_version()
            _translations(lang)

    _asking = threading.Thread(target=ask, name="reportpress-pandoc-ahead", daemon=True)
    _asking.start()


def _asked() -> None:
    """Wait for the background asking, if any, so that no question is asked twice."""
    if _asking is not None and _asking is not threading.current_thread():
        _asking.join()


def api_version() -> list[int]:
    """The bundled pandoc's AST version: its JSON reader refuses any other."""
    _asked()
    return _api_version()


def translations(lang: str) -> str:
    """Pandoc's term translations for a language tag it has no file for (zh-CN → zh-Hans)."""
    _asked()
    return _translations(lang)


@cache
def _api_version() -> list[int]:
    return json.loads(run(["--from=markdown", "--to=json"]))["pandoc-api-version"]


@cache
def _translations(lang: str) -> str:
    script = {"CN": "Hans", "SG": "Hans", "TW": "Hant", "HK": "Hant", "MO": "Hant"}
    base, _, region = lang.partition("-")
    for name in (lang, f"{base}-{script.get(region.upper(), '')}", base):
        try:
            return run([f"--print-default-data-file=translations/{name}.yaml"]).decode("utf-8")
        except RenderError:
            continue
    return ""


def start_epub(
    write_source: Callable[[TextIO], list[str]], args: list[str], folder: Path, epoch: int
) -> Running:
    """pandoc writing ``folder/out.epub`` from the JSON document ``write_source`` writes,
    dated ``epoch`` (seconds since 1970), started in the background:
    :meth:`Running.finish` waits for it.  ``write_source`` returns the arguments
    that depend on the document, added to ``args``."""
    source = folder / "book.json"
    with source.open("w", encoding="utf-8") as out:
        more = write_source(out)
    return Running(
        ["--from=json", "--to=epub3", f"--output={folder / 'out.epub'}", *args, *more, str(source)],
        env={"SOURCE_DATE_EPOCH": str(epoch)},
    )
