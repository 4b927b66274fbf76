"""The check every piece of work shared with a forked copy passes: the same bytes."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def same_whether_shared(
    make: Callable[[], bytes], module: ModuleType, forks: list[bool], monkeypatch
) -> None:
    """``make()`` gives the same bytes with no idle CPU, with one (a copy started), and with
    a copy that fails (its work done in the process).  ``module``: where the work asks
    for idle CPUs (``spare_cpus``); ``forks``: the ``forks`` fixture."""
    monkeypatch.setattr(module, "spare_cpus", lambda: 0)
    alone = make()
    assert forks == []
    monkeypatch.setattr(module, "spare_cpus", lambda: 1)
    assert make() == alone
    assert forks == [True]

    def broken(*args, **kwargs):
        raise OSError("no room")  # only the copy pickles what it made

    monkeypatch.setattr("pickle.dump", broken)
    assert make() == alone
    assert forks == [True, True]
