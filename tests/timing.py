"""CPU time of pieces of work, for tests that compare two sizes of one input (linearity).

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
                start = time.process_time()
                work()
                best[i] = min(best[i], time.process_time() - start)
    finally:
        gc.enable()
    return best


def growth(
    small: Callable[[], object], large: Callable[[], object], limit: float
) -> tuple[float, float, float]:
    """(seconds of ``small``, of ``large``, their ratio): one round each, and two more only
    when the ratio comes near ``limit`` (noise, or the real thing), the best kept.

    Linearity tests compare 4× sizes (linear 4, quadratic 16, limits 7–8): one round
    tells them apart but near the limit; they were a third of the suite's time at five.
    """
    a, b = best_cpu_seconds(small, large, rounds=1)
    if b / max(a, 1e-4) >= 0.8 * limit:
        again = best_cpu_seconds(small, large, rounds=2)
        a, b = min(a, again[0]), min(b, again[1])
    return a, b, b / max(a, 1e-4)
