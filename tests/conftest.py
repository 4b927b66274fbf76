"""Shared fixtures: the sample report, its XML, the styles, and the shared folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"
#: The project's shared folder (specs, fixtures) stands beside the repository.
SHARED = Path(os.environ.get("REPORTPRESS_SHARED", REPO.parent / "shared"))
FIXTURES = SHARED / "fixtures"

os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")  # 2024-08-22, reproducible outputs


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


def require_shared(path: Path) -> Path:
    """A file or folder of the shared folder; its absence fails the test, loudly.

    The accuracy tests compare with answer keys kept there (CI has them): a
    missing key must not turn into a skipped test that looks like a pass.
    """
    if not path.exists():
        pytest.fail(
            f"{path} not found: the shared folder (specs, fixtures, corpus) must stand "
            f"beside the repository, or be named by REPORTPRESS_SHARED",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return require_shared(FIXTURES)


@pytest.fixture(scope="session")
def sample_root():
    from reportpress.inputs import load

    root, _ = load(SAMPLE)
    return root


@pytest.fixture(scope="session")
def sample_report(sample_root):
    from reportpress.model import from_xml

    return from_xml(sample_root)


@pytest.fixture(scope="session", params=["gbt9704", "reading"])
def any_style(request):
    from reportpress.styles import load_style

    return load_style(request.param)


@pytest.fixture(scope="session")
def gbt_style():
    from reportpress.styles import load_style

    return load_style("gbt9704")


@pytest.fixture
def forks(monkeypatch) -> list[bool]:
    """The forked copies started (:class:`reportpress.cpus.Forked`), each True if it started."""
    from reportpress.cpus import Forked

    started: list[bool] = []
    start = Forked.start.__func__

    def counted(cls, work, others=()):
        copy = start(cls, work, others)
        started.append(copy is not None)
        return copy

    monkeypatch.setattr(Forked, "start", classmethod(counted))
    return started
