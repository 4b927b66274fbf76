"""The build tree is never wrong: what each output is, locks, inputs it must not take."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest

import reportpress
from reportpress.batch.freshness import recorded_style, tree_lock
from reportpress.cli import main

REPO = Path(__file__).resolve().parents[1]
REPORT = (
    "关于区县财政预算执行情况的报告\n各位委员：\n一、总体情况\n"
    "上半年一般公共预算收入完成42.6亿元，增长3.1%。\n二、下一步工作\n继续加力提效。\n"
)


def page_widths_mm(folder: Path, stem: str) -> tuple[int, int]:
    """The page width of the PDF and of the DOCX, in whole millimetres."""
    pdf = pypdf.PdfReader(str(folder / f"{stem}.pdf")).pages[0].mediabox.width * 25.4 / 72
    word = docx.Document(str(folder / f"{stem}.docx")).sections[0].page_width.mm
    return round(float(pdf)), round(word)


def _build(source: Path, out: Path, style: str) -> list[str]:
    results = reportpress.build(source, out=out, formats=["docx", "pdf"], style=style)
    return [r.status for r in results]


def test_an_interrupted_restyle_is_rebuilt_not_skipped(tmp_path, monkeypatch):
    """A build killed between its outputs leaves files whose record no longer matches."""
    source = tmp_path / "r1.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    assert _build(source, out, "gbt9704") == ["built"]
    assert page_widths_mm(out, "r1") == (210, 210)

    import reportpress.atomic

    real_write = reportpress.atomic.write_atomic

    def killed_after_first(path, data):  # the worker dies like kill -9 after one output
        real_write(path, data)
        if Path(path).parent == out:  # not a cache file the editions write on the way
            os._exit(137)

    monkeypatch.setattr(reportpress.atomic, "write_atomic", killed_after_first)
    [result] = reportpress.build(source, out=out, formats=["docx", "pdf"], style="reading")
    assert result.status == "failed" and "worker building it died" in result.message
    monkeypatch.undo()
    widths = page_widths_mm(out, "r1")
    assert widths in ((148, 210), (210, 148)), "the interrupted build replaced one file"

    assert _build(source, out, "gbt9704") == ["built"]  # neither file is trusted as it was
    assert page_widths_mm(out, "r1") == (210, 210)
    assert _build(source, out, "reading") == ["built"]
    assert page_widths_mm(out, "r1") == (148, 148)
    assert recorded_style(out / "r1.pdf") == recorded_style(out / "r1.docx")
    assert Path(recorded_style(out / "r1.pdf")).stem == "reading"
    assert _build(source, out, "reading") == ["skipped"]


def test_an_output_changed_behind_the_build_is_rebuilt(tmp_path):
    source = tmp_path / "r1.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    assert _build(source, out, "reading") == ["built"]
    (out / "r1.pdf").write_bytes((out / "r1.pdf").read_bytes())  # same bytes, another file
    assert recorded_style(out / "r1.pdf") is None
    assert _build(source, out, "reading") == ["built"]
    (out / "r1.docx").unlink()
    assert _build(source, out, "reading") == ["built"]
    assert _build(source, out, "reading") == ["skipped"]


def test_builds_of_other_formats_keep_each_others_records(tmp_path):
    source = tmp_path / "r1.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"

    def status(fmt: str) -> str:
        return reportpress.build(source, out=out, formats=[fmt])[0].status

    assert [status("xml"), status("docx"), status("xml"), status("docx")] == [
        "built",
        "built",
        "skipped",
        "skipped",
    ]


def _cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "reportpress", "build", *args],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_build_into_the_tree_waits_for_the_first(tmp_path):
    source = tmp_path / "r1.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    with tree_lock(out):
        proc = _cli(str(source), "-o", str(out), "-f", "xml", "-j", "1")
        assert proc.stderr is not None
        assert proc.stderr.readline().startswith(f"waiting for another build into {out}")
        assert not (out / "r1.xml").exists()
    assert proc.wait() == 0
    assert proc.stderr.read().strip().splitlines()[-1].startswith("built 1, skipped 0, failed 0")
    assert (out / "r1.xml").exists()


def test_concurrent_builds_with_two_styles_leave_one_consistent_tree(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(3):
        (folder / f"r{index}.txt").write_text(REPORT.replace("42.6", f"4{index}.5"), "utf-8")
    out = tmp_path / "out"
    runs = [
        _cli(str(folder), "-o", str(out), "-f", "docx,pdf", "-s", style, "-j", "1")
        for style in ("gbt9704", "reading")
    ]
    assert [proc.wait() for proc in runs] == [0, 0]
    for index in range(3):
        style = recorded_style(out / f"r{index}.pdf")
        assert style is not None and style == recorded_style(out / f"r{index}.docx")
        width = 148 if Path(style).stem == "reading" else 210
        assert page_widths_mm(out, f"r{index}") == (width, width)


def test_an_output_folder_around_the_inputs_is_refused(tmp_path, monkeypatch, capsys):
    year = tmp_path / "reports" / "2024"
    year.mkdir(parents=True)
    (year / "r1.txt").write_text(REPORT, encoding="utf-8")
    assert main(["build", str(year), "-o", str(tmp_path / "reports"), "-f", "xml"]) == 2
    err = capsys.readouterr().err
    assert "holds this input folder" in err and "Traceback" not in err
    monkeypatch.chdir(year)
    assert main(["build", ".", "-o", ".", "-f", "xml"]) == 2
    assert main(["build", "-o", "..", ".", "-f", "xml"]) == 2
    assert not (tmp_path / "reports" / "r1.xml").exists()


def test_an_output_folder_inside_the_inputs_is_not_read_back(tmp_path, monkeypatch):
    (tmp_path / "r1.txt").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = reportpress.build(".", out="build", formats=["xml"])
    again = reportpress.build(".", out="build", formats=["xml"])
    assert [(r.source.name, r.status) for r in first] == [("r1.txt", "built")]
    assert [(r.source.name, r.status) for r in again] == [("r1.txt", "skipped")]


def test_links_that_leave_the_input_folder_are_not_followed(tmp_path, capsys):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(REPORT.replace("总体", "机密"), encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "r1.txt").write_text(REPORT, encoding="utf-8")
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (folder / "more").symlink_to(outside, target_is_directory=True)
    (folder / "alias.txt").symlink_to(folder / "r1.txt")  # inside: an ordinary input
    status = main(["build", str(folder), "-o", str(tmp_path / "out"), "-f", "xml", "-j", "1"])
    err = capsys.readouterr().err
    assert status == 0
    assert f"{folder / 'leak.txt'}: link leads outside {folder}; not followed" in err
    assert f"{folder / 'more'}: link leads outside {folder}; not followed" in err
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["alias.xml", "r1.xml"]


@pytest.mark.parametrize("formats", ["xml,docx,pdf", "docx,xml,epub,pdf"])
def test_a_character_no_font_has_leaves_no_output_of_that_input(tmp_path, capsys, formats):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "glyph.txt").write_text(REPORT.replace("继续", "继续\U00013000"), "utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-f", formats, "-j", "1"]) == 1
    err = capsys.readouterr().err
    [line] = [line for line in err.splitlines() if "glyph.txt" in line]
    assert line.startswith(f"{folder / 'glyph.txt'}: ") and "U+13000" in line
    assert sorted(p.name for p in out.iterdir() if p.stem == "glyph") == []
    assert len([p for p in out.iterdir() if p.stem == "good"]) == len(formats.split(","))


def test_an_input_edited_during_its_build_is_built_again(tmp_path, monkeypatch):
    import reportpress.inputs

    real_load = reportpress.inputs.load

    def load_then_edit(path, **kwargs):
        loaded = real_load(path)
        path.write_text(REPORT.replace("继续", "持续"), encoding="utf-8")  # a later save
        return loaded

    source = tmp_path / "r1.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.setattr(reportpress.inputs, "load", load_then_edit)
    assert reportpress.build(source, out=out, formats=["xml"])[0].status == "built"
    monkeypatch.undo()
    assert reportpress.build(source, out=out, formats=["xml"])[0].status == "built"
    assert "持续" in (out / "r1.xml").read_text(encoding="utf-8")
