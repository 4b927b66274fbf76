"""Worker processes on this machine, each building one input at a time.

A small pool of our own rather than ``concurrent.futures``: the parent must be
able to stop one input that runs over its time budget (kill that worker, start
another), to survive a worker the OS kills (that input fails, the others go
on), and its workers must die with it (``kill -9`` of the build leaves no
orphans building for minutes).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection, wait

from reportpress.batch import overlap
from reportpress.batch.jobs import Job, Result, failed
from reportpress.batch.work import (
    build_one,
    collect_after,
    collect_less,
    over_budget_reason,
    warm_up,
)

#: Called with (job index, what the worker is doing) and (job index, result).
StageSink = Callable[[int, str], None]
ResultSink = Callable[[int, Result], None]

_PR_SET_PDEATHSIG = 1
#: What :func:`_collect` answers for a worker that is gone.
DIED = "died"


def die_with_parent(parent: int) -> None:
    """Make this worker exit when the build that started it dies, even by ``kill -9``.

    Linux delivers a signal on the parent's death (``prctl``); elsewhere, and as
    a second guard, a thread notices that the parent has changed.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    watch_parent(parent)


def watch_parent(parent: int, every: float = 1.0) -> None:
    """Exit as soon as ``parent`` is no longer this process's parent (checked ``every`` s)."""
    if os.getppid() != parent:  # the parent died before the guard was set
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="reportpress-parent-watch", daemon=True).start()


def _serve(
    conn: Connection, parent: int, formats: tuple[str, ...], style: str, helped: bool, spare: bool
) -> None:
    """A worker's life: build each job the parent sends until told to stop, warming up
    (imports, style, fonts) once, with the first.

    ``helped``: each job gets a helper process (:mod:`.overlap`), started as soon as
    the job comes, which reads the input (and makes some editions) meanwhile.
    ``spare``: the batch leaves cores beside its workers, for forked copies.
    """
    from reportpress.cpus import allow_copies

    allow_copies(spare)
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    collect_less()  # before a helper is forked: it inherits the setting
    warm = built = False
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, digest, program = message
        if built:
            collect_after()  # the last document's cycles, now that there is a next one
        helper = overlap.Helper(job, style) if helped else None
        if not warm:
            conn.send(("stage", "preparing fonts and styles"))
            elsewhere = helper.formats if helper is not None else ()
            warm_up(formats, style, reads=helper is None, made_elsewhere=elsewhere)
            collect_less()
            warm = True
        conn.send(("start", ""))  # the time budget counts from here, not from the warm-up
        result = build_one(job, digest, program, lambda stage: conn.send(("stage", stage)), helper)
        conn.send(("result", result))
        built = True


class _Worker:
    """One worker process and the job it is building."""

    def __init__(self, formats: tuple[str, ...], style: str, helped: bool, spare: bool) -> None:
        context = multiprocessing.get_context()
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve,
            args=(child, os.getpid(), formats, style, helped, spare),
            name="reportpress-worker",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.index: int | None = None
        self.started = 0.0

    def give(self, index: int, job: Job, digest: str, program: str) -> None:
        self.index, self.started = index, time.monotonic()
        self.conn.send((job, digest, program))

    def stop(self) -> None:
        """Ask an idle worker to finish; kill a busy one."""
        if self.index is None and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _death(process: multiprocessing.process.BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def run_local(
    jobs: list[tuple[int, Job]],
    workers: int,
    digest: str,
    program: str,
    on_stage: StageSink,
    on_result: ResultSink,
) -> None:
    """Build the jobs on up to ``workers`` processes; each result goes to ``on_result``."""
    if not jobs:
        return
    formats, style = jobs[0][1].formats, jobs[0][1].style
    helped = overlap.worth_it(len(jobs), workers, formats)
    spare = overlap.cores_to_spare(len(jobs), workers)
    pending = deque(jobs)
    by_index = dict(jobs)
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    try:
        while pending or busy:
            while pending and len(busy) < workers:
                index, job = pending.popleft()
                worker = idle.pop() if idle else _Worker(formats, style, helped, spare)
                try:
                    worker.give(index, job, digest, program)
                except OSError:  # an idle worker the OS killed: start another
                    worker.stop()
                    worker = _Worker(formats, style, helped, spare)
                    worker.give(index, job, digest, program)
                busy.append(worker)
            budgets = [
                w.started + by_index[w.index].timeout - time.monotonic()
                for w in busy
                if w.index is not None and by_index[w.index].timeout is not None
            ]
            ready = wait(
                [w.conn for w in busy] + [w.process.sentinel for w in busy],
                timeout=max(0.0, min(budgets)) if budgets else None,
            )
            for worker in list(busy):
                index = worker.index
                assert index is not None
                job = by_index[index]
                outcome = _collect(worker, ready, on_stage)
                if outcome is None:
                    if job.timeout is None or time.monotonic() - worker.started <= job.timeout:
                        continue
                    # Killed mid-build; had it begun writing, the record no longer
                    # matches the files it replaced, so the next build remakes them.
                    outcome = failed(job, over_budget_reason(job.timeout))
                    worker.stop()
                elif outcome is DIED:
                    outcome = failed(job, f"the worker building it died ({_death(worker.process)})")
                    worker.stop()
                else:
                    worker.index = None
                    idle.append(worker)
                busy.remove(worker)
                on_result(index, outcome)
    finally:
        for worker in idle + busy:
            worker.stop()


def _collect(worker: _Worker, ready: list[object], on_stage: StageSink) -> Result | str | None:
    """The worker's result if it has one, :data:`DIED` if it is gone, else None."""
    index = worker.index
    assert index is not None
    if worker.conn in ready:
        try:
            while worker.conn.poll():
                kind, payload = worker.conn.recv()
                if kind == "result":
                    return payload
                if kind == "start":  # the budget counts from here, not from the warm-up
                    worker.started = time.monotonic()
                else:
                    on_stage(index, payload)
        except (EOFError, OSError):
            return DIED
    if worker.process.sentinel in ready and not worker.conn.poll():
        worker.process.join()
        return DIED
    return None
