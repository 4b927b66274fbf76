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
    problems = check_outputs(sample_root, [target], load_style("gbt9704"))
    assert problems and any(expected in p and str(target) in p for p in problems), problems
    (tmp_path / "r.xml").write_bytes(reportxml.to_bytes(sample_root))
    assert main(["check", str(tmp_path / "r.xml"), str(target)]) == 1
    assert expected in capsys.readouterr().out


def test_check_usage_errors(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nothing")]) == 2
    assert "no such file" in capsys.readouterr().err


SMALL = (
    "关于预算的报告\n各位代表：\n一、收入\n全年收入增长5%，新增企业12家。\n二、支出\n支出下降3%。\n"
)


def _style_file(tmp_path: Path, title: str, enabled: bool = True) -> Path:
    text = (Path(__file__).parents[1] / "styles" / "reading.toml").read_text("utf-8")
    text = text.replace('title = "附录　指标一览"', f'title = "{title}"')
    if not enabled:
        text = text.replace("[appendix]\nenabled = true", "[appendix]\nenabled = false")
    path = tmp_path / f"own-{enabled}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _build(tmp_path: Path, style: str) -> Path:
    source = tmp_path / "src" / "small.txt"
    source.parent.mkdir(exist_ok=True)
    source.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    assert (
        main(["build", str(source), "-o", str(out), "-f", "xml,docx", "-s", style, "-j", "1"]) == 0
    )
    return out / "small"


@pytest.mark.parametrize("enabled", [True, False])
def test_check_compares_with_the_style_of_the_build(tmp_path, capsys, enabled):
    """An edition is compared with what its own style prints, not with the default's."""
    style = _style_file(tmp_path, "附录　数字一览", enabled)
    stem = _build(tmp_path, str(style))
    assert main(["check", str(stem), "--style", str(style)]) == 0
    # The default style expects its own appendix title, and an appendix at all.
    record = stem.parent / ".reportpress" / "small.style"
    record.unlink()
    capsys.readouterr()
    assert main(["check", str(stem)]) == 1
    assert "outline" in capsys.readouterr().out
    # A record naming the style file is followed.
    record.write_text(f"{style}\n", encoding="utf-8")
    assert main(["check", str(stem)]) == 0


def test_check_finds_a_shipped_style_from_the_build_record(tmp_path, capsys):
    from reportpress.check import recorded_style

    stem = _build(tmp_path, "reading")
    recorded = recorded_style(stem.with_suffix(".xml"))  # the record holds the file's digest
    assert recorded is not None and Path(recorded).name == "reading.toml"
    assert main(["check", str(stem)]) == 0, capsys.readouterr()


def test_a_record_naming_no_known_style_asks_for_the_style(tmp_path, capsys):
    stem = _build(tmp_path, str(_style_file(tmp_path, "附录　数字一览")))
    capsys.readouterr()
    assert main(["check", str(stem)]) == 2  # the record holds the digest of an unlisted file
    assert "--style" in capsys.readouterr().err
