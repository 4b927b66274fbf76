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
    """
    best = [float("inf")] * len(works)
    for _ in range(rounds):
        for i, work in enumerate(works):
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                work()
                best[i] = min(best[i], time.process_time() - start)
            finally:
                gc.enable()
    return best
