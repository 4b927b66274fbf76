"""Batch builds: atomic outputs, incremental skips, the Python API, reproducibility, check."""

from __future__ import annotations

import ast
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import reportpress
from reportpress.atomic import write_atomic
from reportpress.batch import collect_jobs
from reportpress.cli import main

GOOD = "关于预算的报告\n各位代表：\n一、收入\n（一）税收\n税收收入稳步增长。全年税收收入增长5.2%，完成预算的101.3%。\n"


def test_atomic_write_leaves_nothing_when_interrupted(tmp_path):
    target = tmp_path / "out.pdf"

    def crash(path: Path) -> None:
        path.write_bytes(b"%PDF-half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, crash)
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        write_atomic(
            target, lambda path: (path.write_bytes(b"new"), (_ for _ in ()).throw(RuntimeError()))
        )
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_python_api_results(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00" * 10)
    results = reportpress.build([tmp_path / "in"], out=tmp_path / "out", formats=["xml"], jobs=1)
    assert [(r.source.name, r.status) for r in results] == [
        ("a.txt", "built"),
        ("bad.txt", "failed"),
    ]
    assert results[0].outputs == [tmp_path / "out" / "a.xml"]
    assert "normalize" in results[0].seconds
    assert results[1].message.endswith("bad.txt: binary file (contains NUL bytes), not text")
    with pytest.raises(reportpress.errors.UsageError):
        reportpress.build([tmp_path / "in"], formats=["odt"])


def test_incremental_builds(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"

    def statuses(**kwargs) -> list[str]:
        return [r.status for r in reportpress.build([source], out=out, formats=["xml"], **kwargs)]

    assert statuses() == ["built"]
    assert statuses() == ["skipped"]
    assert statuses(force=True) == ["built"]
    output = out / "a.xml"
    past = time.time() - 100
    os.utime(output, (past, past))  # the input is now newer than its output
    assert statuses() == ["built"]
    assert statuses() == ["skipped"]
    style = tmp_path / "mine.toml"
    shutil.copy(Path(__file__).parents[1] / "styles" / "reading.toml", style)
    os.utime(output, (past, past))
    os.utime(source, (past - 10, past - 10))
    assert statuses(style=str(style)) == ["built"]  # the style is newer than the output


def test_parallel_and_serial_builds_agree(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(4):
        (folder / f"r{index}.txt").write_text(GOOD.replace("5.2", f"{index}.5"), encoding="utf-8")
    one = reportpress.build([folder], out=tmp_path / "j1", formats=["xml"], jobs=1)
    two = reportpress.build([folder], out=tmp_path / "j2", formats=["xml"], jobs=2)
    assert [r.status for r in one] == [r.status for r in two] == ["built"] * 4
    for index in range(4):
        name = f"r{index}.xml"
        assert (tmp_path / "j1" / name).read_bytes() == (tmp_path / "j2" / name).read_bytes()


def test_an_xml_input_builds_from_itself_without_rewriting_it(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    assert main(["normalize", str(source), "-o", str(tmp_path / "a.xml")]) == 0
    xml = tmp_path / "a.xml"
    before = xml.read_bytes()
    assert main(["build", str(xml), "-o", str(tmp_path), "-f", "xml", "-j", "1"]) == 0
    assert xml.read_bytes() == before


def test_full_build_is_reproducible_and_passes_check(tmp_path, sample_path):
    """Two separate processes build all four outputs byte for byte the same, and check passes."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1724284800"}
    outputs = []
    for run_dir in ("one", "two"):
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "reportpress",
                "build",
                str(sample_path),
                "-o",
                str(tmp_path / run_dir),
                "-j",
                "1",
                "--check",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.strip().splitlines()[-1].startswith("built 1, skipped 0, failed 0")
        outputs.append(
            {p.name: p.read_bytes() for p in sorted((tmp_path / run_dir).iterdir()) if p.is_file()}
        )
    assert sorted(outputs[0]) == [f"{sample_path.stem}.{f}" for f in ("docx", "epub", "pdf", "xml")]
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], f"{name} differs between two builds"


def test_an_output_that_cannot_be_written_is_one_line(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_text("a file where the build folder should be")
    assert main(["build", str(source), "-o", str(blocker), "-f", "xml", "-j", "1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == f"{source}: cannot write {blocker}: File exists"
    assert "Traceback" not in "".join(err)


def test_two_inputs_with_one_stem_do_not_overwrite_each_other(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["normalize", str(folder / "a.txt"), "-o", str(tmp_path / "a.xml")]) == 0
    (tmp_path / "a.xml").rename(folder / "a.xml")
    (folder / "a.txt").write_text(GOOD.replace("收入", "支出"), encoding="utf-8")
    status = main(["build", str(folder), "-o", str(tmp_path / "out"), "-f", "xml", "-j", "1"])
    err = capsys.readouterr().err
    assert status == 1
    assert f"{folder / 'a.xml'}: same output name as {folder / 'a.txt'}; not built" in err
    assert "支出" in (tmp_path / "out" / "a.xml").read_text("utf-8")


def test_another_style_rebuilds_the_editions(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"

    def status(style: str) -> str:
        return reportpress.build([source], out=out, formats=["docx"], style=style)[0].status

    assert status("gbt9704") == "built"
    assert status("gbt9704") == "skipped"
    assert status("reading") == "built"  # same files, newer than everything, but another style
    assert status("reading") == "skipped"


def test_one_path_is_one_input_not_its_characters(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    for given in (str(source), source):
        results = reportpress.build(given, out=tmp_path / "out", formats=["xml"], force=True)
        assert [(r.source, r.status) for r in results] == [(source, "built")]


def test_folders_give_text_xml_and_saved_web_pages(tmp_path):
    for name in ("a.txt", "b.html", "c.HTM", "d.xml", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.htm").write_text(GOOD, encoding="utf-8")  # same stem as a.txt
    jobs = collect_jobs([tmp_path], tmp_path / "out", ("xml",), "gbt9704")
    assert [j.source.name for j in jobs] == ["a.htm", "a.txt", "b.html", "c.HTM", "d.xml"]
    assert [j.clashes_with.name if j.clashes_with else None for j in jobs] == [
        None,
        "a.htm",
        None,
        None,
        None,
    ]


def _patch_load(monkeypatch, behaviour):
    """Replace the loader (the forked workers inherit it) for inputs named ``odd*``."""
    import reportpress.inputs

    real_load = reportpress.inputs.load

    def load(path, **kwargs):
        if path.name.startswith("odd"):
            return behaviour(path, **kwargs)
        return real_load(path)

    monkeypatch.setattr(reportpress.inputs, "load", load)


def test_the_title_option_titles_a_report_without_one(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("各位代表：\n一、收入\n税收收入稳步增长，增长5.2%。\n", encoding="utf-8")
    out = tmp_path / "out"

    def build(title: str | None) -> str:
        return reportpress.build(source, out=out, formats=["xml"], title=title)[0].status

    assert build("甲县预算报告") == "built"
    assert '<title derived="given">甲县预算报告</title>' in (out / "a.xml").read_text("utf-8")
    assert build("甲县预算报告") == "skipped"
    assert build("乙县预算报告") == "built"  # another title is another output
    assert build(None) == "built"
    assert "预算报告" not in (out / "a.xml").read_text("utf-8")


def test_the_title_option_reaches_the_loader(tmp_path, monkeypatch, capsys):
    from reportpress.errors import InputError

    def show_title(path, title=None, validate=True):
        raise InputError(path, f"title={title!r}")

    _patch_load(monkeypatch, show_title)
    source = tmp_path / "odd.txt"
    source.write_text(GOOD, encoding="utf-8")
    out = str(tmp_path / "out")
    assert main(["build", str(source), "-o", out, "-f", "xml", "--title", "甲区报告"]) == 1
    assert f"{source}: title='甲区报告'" in capsys.readouterr().err
    [result] = reportpress.build(source, out=out, formats=["xml"], title="乙县报告")
    assert result.message == f"{source}: title='乙县报告'"


def test_an_input_over_its_time_budget_fails_and_the_batch_goes_on(tmp_path, monkeypatch):
    _patch_load(monkeypatch, lambda path, **kwargs: time.sleep(3600))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "odd.txt").write_text(GOOD, encoding="utf-8")
    (folder / "z.txt").write_text(GOOD, encoding="utf-8")
    results = reportpress.build(folder, out=tmp_path / "out", formats=["xml"], timeout=1)
    assert [(r.source.name, r.status) for r in results] == [
        ("a.txt", "built"),
        ("odd.txt", "failed"),
        ("z.txt", "built"),
    ]
    assert results[1].message == (
        f"{folder / 'odd.txt'}: took longer than 1 s (the --timeout budget); not built"
    )
    assert not (tmp_path / "out" / "odd.xml").exists()
    with pytest.raises(reportpress.errors.UsageError):
        reportpress.build(folder, out=tmp_path / "out", timeout=0)


def test_a_worker_killed_by_the_system_fails_its_input_only(tmp_path, monkeypatch, capsys):
    _patch_load(monkeypatch, lambda path, **kwargs: os.kill(os.getpid(), signal.SIGKILL))
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "odd.txt", "p.txt", "q.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    status = main(["build", str(folder), "-o", str(tmp_path / "out"), "-f", "xml", "-j", "2"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert f"{folder / 'odd.txt'}: the worker building it died (killed by SIGKILL)" in err
    assert err[-1].startswith("built 3, skipped 0, failed 1 in ")
    assert "Traceback" not in "\n".join(err)


ORPHAN_SCRIPT = """
import os, sys, time
import reportpress, reportpress.inputs

def stuck(path, **kwargs):
    (open(os.path.join(sys.argv[3], str(os.getpid())), "w")).close()
    time.sleep(3600)

reportpress.inputs.load = stuck
reportpress.build(sys.argv[1], out=sys.argv[2], formats=["xml"], jobs=2)
"""


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (OSError, IndexError):
        return True
    return state in "ZX"  # a zombie waiting to be reaped has stopped working


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_build(tmp_path):
    folder, pids = tmp_path / "in", tmp_path / "pids"
    folder.mkdir()
    pids.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    script = tmp_path / "stuck.py"
    script.write_text(ORPHAN_SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    build = subprocess.Popen(
        [sys.executable, str(script), str(folder), str(tmp_path / "out"), str(pids)], env=env
    )
    while len(list(pids.iterdir())) < 2 and build.poll() is None:
        time.sleep(0.1)
    workers = [int(p.name) for p in pids.iterdir()]
    assert len(workers) == 2 and not any(_gone(pid) for pid in workers)
    build.kill()
    build.wait()
    for _ in range(300):  # liveness, not speed: the signal arrives at once
        if all(_gone(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert all(_gone(pid) for pid in workers), "workers outlived the killed build"


WATCHED_SCRIPT = """
import os, sys, time
from reportpress.batch.local import watch_parent

parent = os.getpid()
child = os.fork()
if child == 0:
    os.close(1)  # the test waits for the parent's output only
    watch_parent(parent, every=0.05)  # the portable guard alone, without prctl
    time.sleep(3600)
    os._exit(0)
print(child, flush=True)
os._exit(0)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_the_portable_guard_ends_a_worker_whose_parent_died(tmp_path):
    script = tmp_path / "watched.py"
    script.write_text(WATCHED_SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    proc = subprocess.run(
        [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True, check=True
    )
    child = int(proc.stdout)
    for _ in range(300):  # liveness, not speed
        if _gone(child):
            break
        time.sleep(0.1)
    if not _gone(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail("the worker outlived its parent")


def test_a_terminal_is_told_what_a_single_build_is_doing(tmp_path):
    import pty

    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src"), "COLUMNS": "120"}
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "reportpress", "build", str(source), "-o", str(tmp_path / "out")]
        + ["-f", "pdf", "-j", "1"],
        env=env,
        stderr=follower,
        stdout=follower,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    assert proc.wait() == 0
    text = shown.decode("utf-8", "replace")
    assert "a.txt: making the pdf" in text
    assert "built 1, skipped 0, failed 0" in text


def test_a_build_with_nothing_to_do_imports_no_stage(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert reportpress.build(source, out=out, formats=["xml", "docx"])[0].status == "built"
    probe = (
        "import sys\nfrom reportpress.cli import main\n"
        f"status = main(['build', {str(source)!r}, '-o', {str(out)!r}, '-f', 'xml,docx'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportpress.')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    proc = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    top, ours = proc.stdout.splitlines()
    assert "skipped 1" in proc.stderr
    heavy = {"lxml", "reportlab", "docx", "cn2an", "fontTools", "pypandoc", "rich"}
    assert heavy.isdisjoint(ast.literal_eval(top))
    assert not {"reportpress.inputs", "reportpress.editions.docx"} & set(ast.literal_eval(ours))


def test_timeout_option_values(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    args = ["build", str(source), "-o", str(tmp_path / "out"), "-f", "xml"]
    assert main([*args, "--timeout", "-1"]) == 2
    with pytest.raises(SystemExit) as usage:
        main([*args, "--timeout", "soon"])
    assert usage.value.code == 2
    assert main([*args, "--timeout", "0"]) == 0  # no limit
    err = capsys.readouterr().err
    assert "--timeout must be 0 (no limit) or a number of seconds" in err
    assert "invalid float value: 'soon'" in err


def test_a_saved_web_page_in_a_folder_is_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<html><body><h1>关于某县财政预算执行情况的报告</h1><p>各位代表：</p>"
        "<h4>一、收入情况</h4><p>全年税收收入增长5.2%。</p></body></html>",
        encoding="utf-8",
    )
    [result] = reportpress.build(folder, out=tmp_path / "out", formats=["xml"])
    assert result.status == "built", result.message
    xml = (tmp_path / "out" / "page.xml").read_text("utf-8")
    assert "关于某县财政预算执行情况的报告</title>" in xml and "<body>" in xml
