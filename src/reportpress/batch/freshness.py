"""What each file of a build tree is, so that a later build trusts it or remakes it.

After an input's editions are written, its *record* ``DIR/.reportpress/<stem>.json``
is replaced atomically.  For each output it holds the file's identity (inode,
size, modification time in ns) and what made it: the style (path and content
hash), the program, the ``--title`` given, and the input's size and
modification time.  An output is
up to date only when all of these still match; so a build killed half way (some
files replaced, the record not yet) or a concurrent build with another style
leaves files whose identity no longer matches, and they are rebuilt.

Concurrent builds into one tree are serialised by :func:`tree_lock`.
This module stats files and reads small JSON files only: a build with nothing
to do must not import the heavy stages.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from reportpress import __version__
from reportpress.batch.jobs import Job

RECORD_DIR = ".reportpress"
RECORD_VERSION = 1


def record_path(out_dir: Path, stem: str) -> Path:
    """Where the record of an input's outputs lives."""
    return out_dir / RECORD_DIR / f"{stem}.json"


def style_digest(style_path: str | Path) -> str:
    """What identifies a style: its file's content (another style, or an edit, rebuilds)."""
    return hashlib.sha256(Path(style_path).read_bytes()).hexdigest()


def program_identity() -> str:
    """The version and the newest file of the installed program: a change rebuilds."""
    package = Path(__file__).resolve().parents[1]
    newest = 0
    for directory, _, files in os.walk(package):
        for name in files:
            if name.endswith((".py", ".rng")):
                newest = max(newest, os.stat(os.path.join(directory, name)).st_mtime_ns)
    return f"{__version__}+{newest}"


def _identity(path: Path) -> dict[str, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return {"inode": info.st_ino, "size": info.st_size, "mtime_ns": info.st_mtime_ns}


def _read_record(path: Path) -> dict:
    try:
        record = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(record, dict) or record.get("version") != RECORD_VERSION:
        return {}
    outputs = record.get("outputs")
    return outputs if isinstance(outputs, dict) else {}


def source_identity(job: Job) -> dict[str, int]:
    """The input as it is now; taken before it is read, so an edit during the build shows."""
    return _identity(job.source) or {}


def _made_by(
    job: Job, digest: str, program: str, source: dict[str, int] | None = None
) -> dict[str, object]:
    source = source_identity(job) if source is None else source
    return {
        "style": job.style,
        "style_sha256": digest,
        "program": program,
        "title": job.title,
        "source_size": source.get("size"),
        "source_mtime_ns": source.get("mtime_ns"),
    }


def is_fresh(job: Job, digest: str, program: str) -> bool:
    """True when every requested output is exactly what this build would write."""
    if job.force:
        return False
    recorded = _read_record(record_path(job.out_dir, job.stem))
    wanted = _made_by(job, digest, program)
    for fmt in job.formats:
        out = job.output(fmt)
        if fmt == "xml" and out.resolve() == job.source.resolve():
            continue  # an XML input is its own XML output
        entry = recorded.get(fmt)
        if not isinstance(entry, dict) or entry.get("file") != _identity(out):
            return False
        for key, value in wanted.items():
            if key.startswith("style") and fmt == "xml":
                continue  # the XML does not depend on the style
            if entry.get(key) != value:
                return False
    return True


def record_outputs(
    job: Job, formats: list[str], digest: str, program: str, source: dict[str, int]
) -> None:
    """Record what the outputs just written are (made from ``source``, the input's
    identity when it was read); entries of other formats are kept."""
    from reportpress.atomic import write_atomic

    path = record_path(job.out_dir, job.stem)
    outputs = _read_record(path)
    made_by = _made_by(job, digest, program, source)
    for fmt in formats:
        outputs[fmt] = {"file": _identity(job.output(fmt)), **made_by}
    record = {"version": RECORD_VERSION, "source": str(job.source), "outputs": outputs}
    write_atomic(path, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
    # The style's digest alone, as ``check`` reads it (check.recorded_style).
    write_atomic(path.with_suffix(".style"), f"{digest}\n".encode())


def recorded_style(output: Path) -> str | None:
    """The style file that made an edition (``build/a.pdf``), if the record still matches it."""
    recorded = _read_record(record_path(output.parent, output.stem))
    entry = recorded.get(output.suffix.lstrip(".").lower())
    if isinstance(entry, dict) and entry.get("file") == _identity(output):
        style = entry.get("style")
        return style if isinstance(style, str) else None
    return None


@contextlib.contextmanager
def tree_lock(out_dir: Path, say: bool = True) -> Iterator[None]:
    """Hold the build tree's lock: a second build into the same folder waits its turn.

    The lock file goes away with its folder when nothing else was recorded (a
    build whose inputs all failed leaves no trace); a waiting build then finds
    its lock file gone and takes a new one.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: builds into one tree are not serialised
        yield
        return
    lock = out_dir / RECORD_DIR / "lock"
    told = not say
    while True:
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            handle = open(lock, "a+b")  # noqa: SIM115 — closed below
        except OSError:  # a tree that cannot be written: each input will say so
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not told:
                print(f"waiting for another build into {out_dir} to finish", file=sys.stderr)
                told = True
            fcntl.flock(handle, fcntl.LOCK_EX)
        if _same_file(handle.fileno(), lock):
            break
        handle.close()  # the holder removed it: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if os.listdir(lock.parent) == [lock.name]:
                lock.unlink()
                lock.parent.rmdir()
        handle.close()  # releases the lock


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(descriptor), os.stat(path))
    except OSError:
        return False
