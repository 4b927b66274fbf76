"""The command-line contract: exit codes, one-line errors, no half-written outputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportpress.cli import main

GOOD = "关于预算的报告\n各位代表：\n一、收入\n全年收入增长5%。\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def exit_status(capsys, *argv: str) -> tuple[int, str]:
    """Exit status and standard error of a command line, whether it returns or exits."""
    try:
        status = main(list(argv))
    except SystemExit as exit_info:
        status = exit_info.code
    return status, capsys.readouterr().err


def one_line_error(err: str, path: Path, reason: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in err


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_normalize_prints_valid_xml(capsys, good):
    status, out, _ = run(capsys, "normalize", str(good))
    assert status == 0 and out.startswith("<?xml") and "<title>关于预算的报告</title>" in out


def test_normalize_round_trips_through_xml(capsys, good, tmp_path):
    xml = tmp_path / "good.xml"
    assert run(capsys, "normalize", str(good), "-o", str(xml))[0] == 0
    status, again, _ = run(capsys, "normalize", str(xml))
    assert status == 0 and again == xml.read_text("utf-8")


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (bytes(range(256)) * 8, "binary"),
        (b"\xff\xfe" + "报告".encode("utf-16-le") + b"\x00\xd8", "not valid"),
    ],
)
def test_unreadable_text_inputs(capsys, tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = tmp_path / "out.xml"
    status, _, err = run(capsys, "normalize", str(path), "-o", str(out))
    assert status == 1
    one_line_error(err, path, reason)
    assert not out.exists() and list(tmp_path.iterdir()) == [path]


def test_size_limit_is_configurable(capsys, good, monkeypatch):
    monkeypatch.setenv("REPORTPRESS_MAX_INPUT_BYTES", "20")
    status, _, err = run(capsys, "normalize", str(good))
    assert status == 1
    one_line_error(err, good, "too large")


HOSTILE = {
    "external entity": (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<report xmlns="urn:reportpress:report:1">&x;</report>',
        "DTDs and entity declarations are not allowed",
    ),
    "billion laughs": (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<lolz>&lol2;</lolz>",
        "DTDs and entity declarations are not allowed",
    ),
    "malformed": ('<report xmlns="urn:reportpress:report:1"><meta>', "malformed XML"),
    "invalid": (
        '<report xmlns="urn:reportpress:report:1" xml:lang="zh-CN" version="1"><meta/></report>',
        "invalid report XML",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_bad_xml_is_refused(capsys, tmp_path, case):
    text, reason = HOSTILE[case]
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "normalize", str(path))
    assert status == 1
    one_line_error(err, path, reason)
    if case in ("malformed", "invalid"):
        assert "line " in err
    status, _, err = run(capsys, "build", str(path), "-o", str(tmp_path / "out"), "-j", "1")
    assert status == 1 and str(path) in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "argv",
    [
        ["normalize", "no-such-file.txt"],
        ["build", "no-such-folder"],
        ["build", "--no-such-flag"],
        ["build", "-f", "xml,odt"],
        ["build", "-s", "no-such-style"],
        ["outline", "no-such-file.pdf"],
    ],
)
def test_bad_usage_exits_2(capsys, argv):
    status, err = exit_status(capsys, *argv)
    assert status == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_batch_goes_on_past_a_bad_input(capsys, tmp_path, good):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text(GOOD.replace("收入", "支出"), encoding="utf-8")
    out = tmp_path / "out"
    status, _, err = run(capsys, "build", str(folder), "-o", str(out), "-f", "xml", "-j", "2")
    assert status == 1
    assert (out / "a.xml").exists() and (out / "sub" / "c.xml").exists()
    assert not (out / "b.xml").exists()
    assert "b.txt: empty file" in err
    assert err.strip().splitlines()[-1].startswith("built 2, skipped 0, failed 1 in ")
    # A second run does no work for the inputs that are up to date.
    status, _, err = run(capsys, "build", str(folder), "-o", str(out), "-f", "xml", "-j", "1")
    assert err.strip().splitlines()[-1].startswith("built 0, skipped 2, failed 1")


def test_no_traceback_from_a_real_process(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    proc = subprocess.run(
        [sys.executable, "-m", "reportpress", "normalize", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"reportpress: {bad}: binary file (contains NUL bytes), not text"


def test_outline_of_text_and_xml(capsys, good, tmp_path):
    status, out, _ = run(capsys, "outline", str(good))
    assert status == 0 and out == "1\t一、\t收入\n"
    xml = tmp_path / "good.xml"
    run(capsys, "normalize", str(good), "-o", str(xml))
    assert run(capsys, "outline", str(xml))[1] == out


def test_usage_errors_found_by_review(capsys, good, tmp_path):
    # A style file with an unknown key is bad usage (2), named before any input is read.
    bad = tmp_path / "bad.toml"
    bad.write_text(
        (Path(__file__).parents[1] / "styles" / "gbt9704.toml").read_text("utf-8") + "oops = 1\n"
    )
    status, _, err = run(capsys, "build", str(good), "-s", str(bad), "-o", str(tmp_path / "o"))
    assert (
        status == 2 and err.strip() == f"reportpress: {bad}: epub.oops: unknown key"
    )  # the last table
    # The output folder cannot be the input folder.
    status, _, err = run(capsys, "build", str(tmp_path), "-o", str(tmp_path))
    assert status == 2 and "cannot be the input folder" in err
    # --debug is accepted after the command.
    assert run(capsys, "outline", str(good), "--debug")[0] == 0


def test_schema_errors_name_the_line(capsys, good, tmp_path):
    xml = tmp_path / "e.xml"
    run(capsys, "normalize", str(good), "-o", str(xml))
    text = xml.read_text("utf-8").replace('level="1"', 'level="one"')
    xml.write_text(text, encoding="utf-8")
    status, _, err = run(capsys, "normalize", str(xml))
    line = next(i for i, row in enumerate(text.splitlines(), 1) if 'level="one"' in row)
    assert status == 1 and f"line {line}: invalid report XML: Invalid attribute level" in err


@pytest.mark.parametrize("command", ["normalize", "metrics"])
def test_an_output_file_needs_an_existing_writable_folder(capsys, good, tmp_path, command):
    missing = tmp_path / "missing" / "dir" / "x.out"
    status, err = exit_status(capsys, command, str(good), "-o", str(missing))
    assert status == 2 and len(err.strip().splitlines()) == 1 and "no such folder" in err
    assert not (tmp_path / "missing").exists()  # no folder made behind the user's back
    folder = tmp_path / "existing"
    folder.mkdir()
    status, err = exit_status(capsys, command, str(good), "-o", str(folder))
    assert status == 2 and "is a folder" in err and list(folder.iterdir()) == []
    # /proc refuses new files even to root, whatever its permission bits say.
    status, err = exit_status(capsys, command, str(good), "-o", "/proc/reportpress.out")
    assert status == 2 and len(err.strip().splitlines()) == 1 and "/proc/reportpress.out" in err
    assert "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_output_file_in_a_read_only_folder(capsys, good, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o555)
    status, err = exit_status(capsys, "normalize", str(good), "-o", str(folder / "x.xml"))
    assert status == 2 and "not writable" in err


def test_a_date_no_file_can_hold_is_refused_up_front(capsys, good, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999")
    out = tmp_path / "out"
    status, err = exit_status(capsys, "build", str(good), "-o", str(out), "-j", "1")
    assert status == 2 and err.strip().splitlines() == [
        "reportpress: SOURCE_DATE_EPOCH='99999999999999': not a time between 1980 and 9999 in seconds"
    ]
    assert not out.exists()
    import reportpress
    from reportpress.errors import UsageError

    with pytest.raises(UsageError, match="SOURCE_DATE_EPOCH"):
        reportpress.build([good], out=out)


def test_a_bad_style_is_bad_usage_whatever_it_holds(capsys, good, tmp_path):
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    status, err = exit_status(capsys, "build", str(good), "-s", str(deep), "-o", str(tmp_path))
    assert (
        status == 2 and err.strip() == f"reportpress: {deep}: cannot read style: nested too deeply"
    )


@pytest.fixture(scope="module")
def small_build(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("startup")
    (folder / "r.txt").write_text(GOOD, encoding="utf-8")
    out = folder / "out"
    assert main(["build", str(folder / "r.txt"), "-o", str(out), "-f", "xml,docx,epub"]) == 0
    return out / "r"


RENDERERS = {"reportlab", "docx", "pypandoc"}
# The normalizer and the metrics rules; the appendix's value cells need only
# metrics.values (qualifiers, signs), which any command printing rows may load.
NORMALIZER = {
    "cn2an",
    "reportpress.structure",
    "reportpress.metrics.markup",
    "reportpress.metrics.indicators",
}


@pytest.mark.parametrize(
    "argv, absent",
    [
        (["--version"], {"lxml", "reportpress.styles", "logging", *RENDERERS, *NORMALIZER}),
        (["outline", "{stem}.xml"], {*RENDERERS, *NORMALIZER}),
        (["outline", "{stem}.docx"], {"reportlab", "pypandoc", "pdfplumber", *NORMALIZER}),
        (["outline", "{stem}.epub"], {"reportlab", "docx", "pdfplumber", *NORMALIZER}),
        (["check", "{stem}"], {"reportlab", "pdfplumber", "rich", *NORMALIZER}),
    ],
)
def test_a_command_imports_only_what_it_uses(small_build, argv, absent):
    """Start-up time: no command loads a renderer it does not use, the normalizer or pydantic."""
    argv = [a.format(stem=small_build) for a in argv]
    code = (
        "import sys\n"
        "from reportpress.cli import main\n"
        "try:\n"
        f"    status = main({argv!r})\n"
        "except SystemExit as exit:\n"
        "    status = exit.code\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] in sys.argv[1:]\n"
        "                     or m in sys.argv[1:]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, *absent, "pydantic"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout.strip().splitlines()[-1] == "0 []", proc.stdout + proc.stderr


def test_default_jobs_are_the_cpus_the_process_may_run_on(monkeypatch):
    """Under a restricted affinity (a container, ``taskset``) ``-j`` defaults to those CPUs."""
    from reportpress import cli

    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("no CPU affinity on this system")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    parser = cli._parser()
    assert parser.parse_args(["build", "in.txt"]).jobs == 1
    assert parser.parse_args(["metrics", "in.txt"]).jobs == 1
