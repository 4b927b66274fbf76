"""Running the pandoc that pypandoc-binary ships: one process per book, with a time limit.

pypandoc lists pandoc's formats before every conversion (thirteen processes per
book); the binary is called directly instead.  The build date reaches pandoc
through the environment of its own process only (``env=``), never through
``os.environ``, so threads building books at once cannot see each other's dates.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
from functools import cache
from pathlib import Path

from reportpress.errors import RenderError, UsageError

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


def run(args: list[str], source: bytes = b"", env: dict[str, str] | None = None) -> bytes:
    """pandoc's standard output for ``args`` and ``source`` on standard input.

    ``env`` is added to a copy of the process environment for this run only.
    A failure, a missing binary or a run longer than :func:`timeout` is one RenderError line.
    """
    limit = timeout()
    try:
        done = subprocess.run(
            [pandoc_path(), *args],
            input=source,
            capture_output=True,
            timeout=limit,
            env={**os.environ, **(env or {})},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(f"epub: pandoc did not finish in {limit:g} s") from None
    except OSError as exc:
        raise RenderError(f"epub: cannot run pandoc: {exc.strerror or exc}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"epub: pandoc failed: {message[-1] if message else done.returncode}")
    return done.stdout


@cache
def api_version() -> list[int]:
    """The bundled pandoc's AST version: its JSON reader refuses any other."""
    return json.loads(run(["--from=markdown", "--to=json"]))["pandoc-api-version"]


@cache
def translations(lang: str) -> str:
    """Pandoc's term translations for a language tag it has no file for (zh-CN → zh-Hans)."""
    script = {"CN": "Hans", "SG": "Hans", "TW": "Hant", "HK": "Hant", "MO": "Hant"}
    base, _, region = lang.partition("-")
    for name in (lang, f"{base}-{script.get(region.upper(), '')}", base):
        try:
            return run([f"--print-default-data-file=translations/{name}.yaml"]).decode("utf-8")
        except RenderError:
            continue
    return ""


def write_epub(document: dict, args: list[str], output: Path, epoch: int) -> bytes:
    """The EPUB pandoc writes from a JSON document, dated ``epoch`` (seconds since 1970)."""
    source = json.dumps(document, ensure_ascii=False).encode("utf-8")
    run(
        ["--from=json", "--to=epub3", f"--output={output}", *args],
        source,
        env={"SOURCE_DATE_EPOCH": str(epoch)},
    )
    return output.read_bytes()
