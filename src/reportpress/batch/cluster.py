"""The same jobs on a Dask distributed cluster (``build --cluster ADDRESS``).

For thousands of reports or more than one machine.  Every worker must see the
input and output folders at the same paths (a shared file system) and have
reportpress installed; each worker loads the style and fonts once (a worker
plugin) and writes its outputs atomically, as a local build does.  A failing
input is one line; a worker lost with its task fails that input only.

Dask cannot stop a running task, so the time budget works thus: the task waits
for its build at most ``timeout`` seconds and then reports the input failed;
the build left running writes nothing, because it checks the budget before
writing.  Run workers with one thread each (``dask worker ADDRESS --nthreads 1``):
the renderers are not meant to share a process between threads.
"""

from __future__ import annotations

import logging
import os
import threading

from distributed import Client, WorkerPlugin, as_completed

from reportpress.batch.jobs import Job, Result, failed
from reportpress.batch.local import ResultSink, StageSink
from reportpress.batch.work import build_one, over_budget_reason, warm_up
from reportpress.errors import UsageError

#: How long to try reaching the scheduler before calling the address bad.
CONNECT_TIMEOUT = "10s"


class WarmWorker(WorkerPlugin):
    """Loads the style and fonts once on each worker, when it joins."""

    def __init__(self, formats: tuple[str, ...], style: str) -> None:
        self.formats, self.style = formats, style

    def setup(self, worker: object) -> None:
        from reportpress.cpus import allow_copies

        allow_copies(False)  # tasks run in threads: no forked copies
        warm_up(self.formats, self.style)


def build_within_budget(job: Job, digest: str, program: str) -> Result:
    """A Dask task: build one input, giving up on it after its time budget."""
    if job.timeout is None:
        return build_one(job, digest, program)
    outcome: list[Result] = []
    thread = threading.Thread(
        target=lambda: outcome.append(build_one(job, digest, program)),
        name=f"reportpress {job.source.name}",
        daemon=True,
    )
    thread.start()
    thread.join(job.timeout)
    if not outcome:
        return failed(job, over_budget_reason(job.timeout))
    return outcome[0]


def connect(address: str) -> Client:
    """A client of the scheduler at ``address``; an unreachable one is bad usage."""
    if not os.environ.get("REPORTPRESS_DEBUG"):
        # Dask's own notices (a busy event loop, a port in use) are not one line per input.
        logging.getLogger("distributed").setLevel(logging.ERROR)
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def run_on_cluster(
    jobs: list[tuple[int, Job]],
    address: str,
    digest: str,
    program: str,
    on_stage: StageSink,
    on_result: ResultSink,
) -> None:
    """Build the jobs on the cluster; each result goes to ``on_result`` as it arrives."""
    if not jobs:
        return
    formats, style = jobs[0][1].formats, jobs[0][1].style
    with connect(address) as client:
        client.register_plugin(WarmWorker(formats, style), name="reportpress-warm")
        futures = {}
        for index, job in jobs:
            future = client.submit(build_within_budget, job, digest, program, pure=False)
            futures[future] = (index, job)
            on_stage(index, "sent to the cluster")
        for future in as_completed(futures):
            index, job = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 — a lost worker fails its input only
                result = failed(job, f"the cluster could not build it: {type(exc).__name__}: {exc}")
            on_result(index, result)
