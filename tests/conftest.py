"""Shared fixtures: the sample report, its XML, and the styles."""

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


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    if not FIXTURES.is_dir():
        pytest.skip(f"answer keys not found at {FIXTURES} (set REPORTPRESS_SHARED)")
    return FIXTURES


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
