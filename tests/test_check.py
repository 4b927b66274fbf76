"""``reportpress check``: editions read back agree with their XML, and differences are named."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from reportpress import reportxml
from reportpress.check import check_outputs
from reportpress.cli import main
from reportpress.editions import edition
from reportpress.model import from_xml
from reportpress.reportxml import q
from reportpress.styles import load_style

EDITIONS = ("docx", "epub")  # the PDF edition is checked in the batch test


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_root) -> Path:
    folder = tmp_path_factory.mktemp("check")
    (folder / "r.xml").write_bytes(reportxml.to_bytes(sample_root))
    report, style = from_xml(sample_root), load_style("gbt9704")
    for fmt in EDITIONS:
        (folder / f"r.{fmt}").write_bytes(edition(fmt).write(report, style))
    return folder / "r"


def test_editions_agree_with_their_xml(built, capsys):
    assert main(["check", str(built)]) == 0
    assert capsys.readouterr().out == ""


def _tampered(sample_root, change) -> object:
    root = copy.deepcopy(sample_root)
    change(root)
    return from_xml(root)


def _drop_last_paragraph(root) -> None:
    paragraph = list(root.iter(q("p")))[-1]
    paragraph.getparent().remove(paragraph)


def _rename_heading(root) -> None:
    root.find(f".//{q('heading')}").text = "改过的标题"


def _change_metric(root) -> None:
    root.find(f".//{q('metric')}").set("indicator", "别的指标")


@pytest.mark.parametrize(
    "change, expected",
    [
        (_drop_last_paragraph, "text lost"),
        (_rename_heading, "heading 1"),
        (_change_metric, "appendix row 2"),
    ],
)
@pytest.mark.parametrize("fmt", EDITIONS)
def test_differences_are_named(tmp_path, sample_root, change, expected, fmt, capsys):
    target = tmp_path / f"r.{fmt}"
    target.write_bytes(edition(fmt).write(_tampered(sample_root, change), load_style("gbt9704")))
    problems = check_outputs(sample_root, [target])
    assert problems and any(expected in p and str(target) in p for p in problems), problems
    (tmp_path / "r.xml").write_bytes(reportxml.to_bytes(sample_root))
    assert main(["check", str(tmp_path / "r.xml"), str(target)]) == 1
    assert expected in capsys.readouterr().out


def test_check_usage_errors(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nothing")]) == 2
    assert "no such file" in capsys.readouterr().err
