"""How many CPUs a build may use, and how many are idle: said once for every policy."""

from __future__ import annotations

import os


def usable_cpus() -> int:
    """The CPUs this process may run on: its affinity where the system says, else all."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def spare_cpus() -> int:
    """How many CPUs are idle right now: usable CPUs less the tasks runnable (this one included).

    Linux counts the runnable tasks in ``/proc/loadavg``; elsewhere the answer
    is none.  A batch keeping every CPU busy (``-j N``), or a busy machine, is
    so never given more processes than it has CPUs.
    """
    try:
        with open("/proc/loadavg", encoding="ascii") as loadavg:
            runnable = int(loadavg.read().split()[3].partition("/")[0])
    except (OSError, ValueError, IndexError):
        return 0
    return max(0, usable_cpus() - runnable)
