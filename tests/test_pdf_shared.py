"""A long report's PDF set on two CPUs: the later half of its blocks by a forked copy.

The file must not depend on whether a copy set them, nor on the copy: a copy
that fails leaves its half to be set in the process.
"""

from __future__ import annotations

import re

import pytest
from forked_copies import same_whether_shared

from reportpress.editions.pdf import compose
from reportpress.editions.pdf import edition as pdf
from reportpress.inputs import load
from reportpress.model import from_xml
from reportpress.styles import load_style


@pytest.fixture(scope="module")
def long_report(sample_path, tmp_path_factory):
    """The sample with its body written three times: past :data:`compose.SHARED_FROM`."""
    lines = sample_path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if re.match(r"^\s*一、", line))
    source = tmp_path_factory.mktemp("long") / "plan.txt"
    source.write_text("\n".join(lines[:start] + lines[start:] * 3), encoding="utf-8")
    report = from_xml(load(source)[0])
    assert sum(len(s.text) for b in report.blocks for s in b.spans) > compose.SHARED_FROM
    return report


def test_a_long_report_set_on_two_cpus_gives_the_same_pdf(long_report, forks, monkeypatch):
    style = load_style("gbt9704")
    same_whether_shared(lambda: pdf.write(long_report, style), compose, forks, monkeypatch)


def test_a_short_report_is_set_in_one_pass(sample_report, forks, monkeypatch):
    monkeypatch.setattr(compose, "spare_cpus", lambda: 1)
    pdf.write(sample_report, load_style("gbt9704"))
    assert forks == []
