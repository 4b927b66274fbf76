"""One input built on two cores: a helper process beside the worker.

A build of one document leaves a core idle on a small machine.  Given the
input, the worker forks a helper and then loads ReportLab and the fonts while
the helper reads the input (normalizer and metrics) and sends the report back.
The helper then loads the EPUB and DOCX stages and, while the worker lays out
and draws the PDF, starts the EPUB (pandoc runs in its own process) and makes
the DOCX.  The same functions make the same bytes as a build without a helper.

Only for batches whose documents cannot fill the cores (see :func:`worth_it`),
so that ``-j N`` workers never compete with helpers; only where ``fork``
exists.  The helper writes no file: it sends bytes back and the worker writes
every output as before.  A helper that dies leaves its work to the worker; an
input failing in the helper fails with the same one line.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from reportpress.batch.jobs import Job
    from reportpress.batch.work import Read
    from reportpress.model import Report
    from reportpress.styles import Style

T = TypeVar("T")


def worth_it(inputs: int, workers: int, formats: Iterable[str]) -> bool:
    """Whether workers building ``inputs`` documents leave a core for a helper each,
    and the helper has something to do beside them.

    A worker and its helper keep two cores busy for part of a build.  A batch of
    as many documents as cores is a matter of throughput, which ``-j`` decides:
    it gets no helpers, so ``-j 1`` keeps to one core and ``-j 2`` to two.  A
    build of neither the PDF nor the DOCX leaves the worker too little to load
    or make meanwhile to pay for a second process.  Nor does a machine whose
    cores other programs keep busy (a load average of one per core or more):
    there a helper only adds its own cost (some of its work is the worker's
    done twice) to a build that cannot run alongside it.
    """
    if not hasattr(os, "fork") or not {"pdf", "docx"} & set(formats):
        return False
    if not cores_to_spare(inputs, workers):
        return False
    from reportpress.cpus import usable_cpus

    return not hasattr(os, "getloadavg") or os.getloadavg()[0] < usable_cpus()


def cores_to_spare(inputs: int, workers: int) -> bool:
    """Whether workers building ``inputs`` documents leave cores beside them (a helper's, a
    forked copy's: :func:`reportpress.cpus.allow_copies`): fewer documents than cores.
    A batch of as many as the cores or more is a matter of throughput, which ``-j`` decides."""
    from reportpress.cpus import usable_cpus

    cores = usable_cpus()
    return inputs < cores and 2 * min(inputs, workers) <= cores


def delegated(formats: Iterable[str]) -> tuple[str, ...]:
    """The editions a helper makes while the worker makes the rest.

    The DOCX while the worker makes the PDF; the EPUB when the worker has another
    edition to make meanwhile.
    """
    formats = set(formats)
    helped = []
    if "docx" in formats and "pdf" in formats:
        helped.append("docx")
    if "epub" in formats and formats - {"xml", "epub"}:
        helped.append("epub")
    return tuple(sorted(helped))


class Helper:
    """A forked process reading one input and making its :func:`delegated` editions."""

    def __init__(self, job: Job, style_path: str) -> None:
        from multiprocessing import Pipe

        self.formats = delegated(job.formats)
        self.conn, child = Pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the helper: never returns
            self.conn.close()
            _serve(child, parent, job, self.formats, style_path)
        child.close()
        self.pid = pid
        self.gone = False
        self._source, self._style_path = job.source, style_path

    def read(self) -> Read | None:
        """The input read, its model built (or what reading it raised); None if the helper
        is gone.

        The wait is spent drawing glyphs the document will likely need (a first build).
        The model is built from the XML's bytes while the helper validates them: a read
        is used only once the helper says they are valid, and an invalid input fails with
        what validating it says, not with what building a model from it raised.
        """
        if not self.gone:
            from reportpress.fonts.ahead import draw_ahead

            draw_ahead(self._source, self._style_path, self.conn.poll)
        read = self._receive("read")
        if read is None:
            return None
        try:
            read.report  # noqa: B018 — built now, while the helper validates
        except Exception as exc:  # noqa: BLE001 — said below, unless the XML is invalid
            unbuilt: Exception | None = exc
        else:
            unbuilt = None
        if not self._receive("valid"):
            return None
        if unbuilt is not None:
            raise unbuilt
        return read

    def collect(self) -> tuple[dict[str, bytes], dict[str, float]] | None:
        """The delegated editions and the seconds each took; None if the helper is gone.

        A bad input raises here what it raised in the helper.
        """
        try:
            return self._receive("done")
        finally:
            self.close()

    def _receive(self, expected: str):
        if self.gone:
            return None
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            self.gone = True
            return None
        if kind == "error":
            self.gone = True
            raise payload
        assert kind == expected, (kind, expected)
        return payload

    def close(self) -> None:
        """Stop the helper (if still running) and reap it."""
        self.gone = True
        self.conn.close()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _serve(
    conn: Connection, parent: int, job: Job, formats: tuple[str, ...], style_path: str
) -> None:
    """The helper's life: read the input, send it, make the delegated editions, exit."""
    code = 0
    try:
        from reportpress.batch.local import die_with_parent
        from reportpress.batch.work import read_to_send, validate_sent

        die_with_parent(parent)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle
        if "epub" in formats:
            _ask_pandoc_ahead(style_path)
        read, tree = read_to_send(job)  # the tree is kept: this process ends without freeing
        conn.send(("read", read))
        validate_sent(job, tree)
        conn.send(("valid", True))
        if formats:
            style = _warm(formats, style_path)
            conn.send(("done", _make(read.report, style, formats)))
    except (EOFError, OSError):  # the worker gave up on us
        code = 1
    except BaseException as exc:  # noqa: BLE001 — the worker reports it as its own
        with contextlib.suppress(Exception):
            conn.send(("error", _portable(exc)))
    finally:
        sys.stdout.flush()
        os._exit(code)


def _ask_pandoc_ahead(style_path: str) -> None:
    """Let pandoc answer the EPUB's questions while the input is read."""
    from reportpress.editions.epub import pandoc
    from reportpress.styles import load_style

    pandoc.ask_ahead(load_style(style_path).language)


def _warm(formats: tuple[str, ...], style_path: str) -> Style:
    """Import the delegated editions and load the style."""
    from reportpress.editions import edition
    from reportpress.styles import load_style

    style = load_style(style_path)
    for fmt in formats:
        edition(fmt)
    return style


def _make(
    report: Report, style: Style, formats: tuple[str, ...]
) -> tuple[dict[str, bytes], dict[str, float]]:
    """The delegated editions: the EPUB's pandoc runs while the DOCX is made."""
    made: dict[str, bytes] = {}
    seconds: dict[str, float] = {}

    def timed(fmt: str, work: Callable[[], T]) -> T:
        started = time.perf_counter()
        try:
            return work()
        finally:
            seconds[fmt] = seconds.get(fmt, 0.0) + time.perf_counter() - started

    if "epub" in formats:
        from reportpress.editions.epub import edition as epub

        book = timed("epub", lambda: epub.start(report, style))
    if "docx" in formats:
        from reportpress.editions.docx import edition as docx

        made["docx"] = timed("docx", lambda: docx.write(report, style))
    if "epub" in formats:
        made["epub"] = timed("epub", book.result)
    return made, seconds


def _portable(exc: BaseException) -> BaseException:
    """The exception itself if it survives pickling, else one the worker reports the same
    way (one that takes more than a message, such as InputError, does not unpickle)."""
    import pickle

    from reportpress.errors import ReportpressError

    try:
        return pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 — any exception type may refuse to pickle
        if isinstance(exc, ReportpressError):
            return ReportpressError(str(exc))
        return RuntimeError(f"{type(exc).__name__}: {exc}")
