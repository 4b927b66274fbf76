"""How many CPUs a build may use, how many are idle, and work given to an idle one:
said once for every policy."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable
from typing import BinaryIO, Generic, TypeVar

T = TypeVar("T")


def usable_cpus() -> int:
    """The CPUs this process may run on: its affinity where the system says, else all."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


#: Whether this process may give work to forked copies (:class:`Forked`) at all; see
#: :func:`allow_copies`.
_copies_allowed = True


def allow_copies(allowed: bool) -> None:
    """Let this process fork copies onto idle CPUs, or not: a batch of as many documents
    as cores keeps each worker to one CPU, so that ``-j`` alone decides how many it
    uses; a Dask worker runs its tasks in threads, which a fork must not copy."""
    global _copies_allowed
    _copies_allowed = allowed


#: How often a long piece of work looks for an idle CPU to share the rest with: every
#: 1/LOOKS of it (a worker beside a helper may still be loading, or the helper done).
LOOKS = 20


def spare_cpus() -> int:
    """How many CPUs are idle right now: usable CPUs less the tasks runnable (this one included).

    Linux counts the runnable tasks in ``/proc/loadavg``; elsewhere the answer
    is none, as it is in a process not allowed copies (:func:`allow_copies`).  A
    busy machine is so never given more processes than it has CPUs.
    """
    if not _copies_allowed:
        return 0
    try:
        with open("/proc/loadavg", encoding="ascii") as loadavg:
            runnable = int(loadavg.read().split()[3].partition("/")[0])
    except (OSError, ValueError, IndexError):
        return 0
    return max(0, usable_cpus() - runnable)


class Forked(Generic[T]):
    """Work done by a forked copy of this process on an idle CPU (:func:`spare_cpus`),
    its result sent back pickled through a pipe.

    The copy has everything the work needs loaded already: it works, writes and exits
    (``os._exit``: none of this process's cleanup runs twice).  :meth:`result` is None
    when the copy failed in any way; the caller then does the work itself, so that
    what is made never depends on the copy.
    """

    def __init__(self, pid: int, pipe: BinaryIO) -> None:
        self.pid, self.pipe = pid, pipe

    @classmethod
    def start(cls, work: Callable[[], T], others: Iterable[Forked] = ()) -> Forked[T] | None:
        """A copy doing ``work``, or None if none could be forked.  ``others``: copies
        started before, whose pipes are not the new copy's to hold open."""
        if not hasattr(os, "fork"):
            return None
        reader, writer = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(reader)
            os.close(writer)
            return None
        if pid == 0:  # the copy: work, write, exit
            status = 1
            try:
                os.close(reader)
                for other in others:
                    other.pipe.close()
                with open(writer, "wb") as out:
                    pickle.dump(work(), out, pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)
        os.close(writer)
        return cls(pid, open(reader, "rb"))  # noqa: SIM115 — closed by close()

    def result(self) -> T | None:
        """What the copy made, once it is done; None if it failed."""
        try:
            return pickle.load(self.pipe)
        except Exception:  # noqa: BLE001 — a copy that died or wrote half: do the work here
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop reading (a copy still writing stops: a broken pipe) and reap the copy."""
        if not self.pipe.closed:
            self.pipe.close()
            os.waitpid(self.pid, 0)


def list_or_redone(
    copy: Forked[list[T]] | None, length: int, redo: Callable[[], list[T]]
) -> list[T]:
    """What a copy made, if it is a list of the ``length`` expected; else the work redone here
    (no copy, or one that failed), so that what is made never depends on the copy."""
    made = copy.result() if copy is not None else None
    return made if isinstance(made, list) and len(made) == length else redo()
