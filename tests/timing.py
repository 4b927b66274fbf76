"""CPU time of pieces of work, for tests that compare two sizes of one input (linearity).

The time is the calling thread's own (``time.thread_time``), not the process's: threads
an earlier test left behind (a Dask cluster's event loop) would otherwise be counted into
whichever size they happened to run beside.

No absolute seconds: a test compares the times of two sizes taken in one run.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_cpu_seconds(*works: Callable[[], object], rounds: int = 5) -> list[float]:
    """CPU seconds of each piece of work, the best of ``rounds`` rounds taken in turn, so
    that another process's burst slows every size alike instead of one.

    The cycle collector is held off while timing: its full passes cost what the
    whole test process holds (every earlier test's objects), which made a larger
    size look superlinear in a full run; the work's own cost is what is measured.
    It collects once before (a full pass costs what the process holds, late in a run).
    """
    best = [float("inf")] * len(works)
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            for i, work in enumerate(works):
                start = time.thread_time()
                work()
                best[i] = min(best[i], time.thread_time() - start)
    finally:
        gc.enable()
    return best


def growth(
    small: Callable[[], object], large: Callable[[], object], limit: float, rounds: int = 4
) -> tuple[float, float, float]:
    """(seconds of ``small``, of ``large``, their ratio) from the round with the smallest
    ratio: a round times both sizes back to back, and another round runs only while the
    ratio stays near ``limit`` (noise, or the real thing).

    Linearity tests compare 4× sizes (linear 4, quadratic 16, limits 7–8): one round
    tells them apart but near the limit; they were a third of the suite's time at five.
    The ratio is taken within a round, not between the best of each size, because a
    neighbour's burst on the shared machine lasts seconds: it slowed the large size in
    every round of one CI run (7.4× where 4.1× is usual) while the small one had its
    best in a quiet moment.  A quadratic stage gives 16× in every round, so it still fails.
    """
    best = (float("inf"), float("inf"), float("inf"))
    for _ in range(rounds):
        a, b = best_cpu_seconds(small, large, rounds=1)
        ratio = b / max(a, 1e-4)
        if ratio < best[2]:
            best = (a, b, ratio)
        if ratio < 0.8 * limit:
            break
    return best
