"""The wheel built from the repository works anywhere: installed alone, run from another folder.

The wheel is installed into a fresh virtual environment that borrows the
dependencies of the running one (so the test needs no network), and the
installed ``reportpress`` builds, outlines and checks a small report in a folder
that holds no ``styles/`` and no sources.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REPORT = (
    "关于计划执行情况的报告\n各位代表：\n一、总体情况\n全年地区生产总值增长5.2%，新增企业120家。\n"
)


def _run(*argv: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The ``bin`` folder of a fresh venv holding only the wheel of this checkout."""
    work = tmp_path_factory.mktemp("wheel")
    tree = work / "tree"  # built from a copy: building writes build/ and egg-info
    tree.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, tree / name)
    for name in ("src", "styles"):
        shutil.copytree(
            REPO / name,
            tree / name,
            symlinks=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
        )
    built = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        work / "dist",
        tree,
        cwd=work,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (work / "dist").glob("reportpress-*.whl")
    venv = work / "venv"
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "-q",
        "--no-deps",
        wheel,
        cwd=work,
    )
    assert done.returncode == 0, done.stderr
    # The dependencies come from the running environment, after the venv's own packages
    # (a path in a .pth file; that folder's own .pth files, such as an editable
    # install of this checkout, are not read).
    purelib = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=work
    ).stdout.strip()
    Path(purelib, "borrowed-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return venv / "bin"


def test_the_installed_wheel_builds_a_report_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "r.txt").write_text(REPORT, encoding="utf-8")
    where = _run(
        installed / "python", "-c", "import reportpress; print(reportpress.__file__)", cwd=elsewhere
    )
    assert where.stdout.startswith(str(installed.parent)), where  # the wheel, not the checkout

    assert _run(installed / "reportpress", "--version", cwd=elsewhere).stdout.startswith(
        "reportpress "
    )
    built = _run(installed / "reportpress", "build", "r.txt", "-o", "out", "-j", "1", cwd=elsewhere)
    assert built.returncode == 0, built.stderr
    assert sorted(p.name for p in (elsewhere / "out").glob("r.*")) == [
        "r.docx",
        "r.epub",
        "r.pdf",
        "r.xml",
    ]
    for style in ("reading", "gbt9704"):  # both shipped styles are found by name
        again = _run(
            installed / "reportpress",
            "build",
            "r.txt",
            "-o",
            style,
            "-f",
            "xml,docx",
            "-s",
            style,
            "-j",
            "1",
            cwd=elsewhere,
        )
        assert again.returncode == 0, again.stderr
    outline = _run(installed / "reportpress", "outline", "out/r.pdf", cwd=elsewhere)
    assert (
        outline.returncode == 0
        and outline.stdout == "1\t一、\t总体情况\n" + "1\t\t附录　指标一览\n"
    ), outline
    checked = _run(installed / "reportpress", "check", "out/r", cwd=elsewhere)
    assert checked.returncode == 0, checked.stdout + checked.stderr


CLOSURE_SCRIPT = """
import re, sys
from importlib import metadata
from reportpress.cli import main

for argv in (["build", "r.txt", "-o", "deps", "-j", "1"], ["outline", "deps/r.pdf"],
             ["outline", "deps/r.docx"], ["outline", "deps/r.epub"], ["check", "deps/r"]):
    assert main(argv) == 0, argv

def name(requirement):
    return re.split(r"[ ;<>=!~\\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")

declared, todo = set(), ["reportpress"]
while todo:
    dist = todo.pop()
    for requirement in metadata.requires(dist) or []:
        if "extra ==" in requirement or name(requirement) in declared:
            continue
        declared.add(name(requirement))
        try:
            metadata.distribution(name(requirement))
        except metadata.PackageNotFoundError:
            continue
        todo.append(name(requirement))
owners = metadata.packages_distributions()
used = {d.lower().replace("_", "-") for m in list(sys.modules)
        for d in owners.get(m.partition(".")[0], [])}
print("undeclared:", *sorted(used - declared - {"reportpress"}))
"""


def test_what_the_commands_import_is_declared(installed, tmp_path):
    """Every distribution build, outline and check load is a runtime dependency (or one of
    theirs): ``outline x.pdf`` must not need the test extras."""
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    proc = _run(installed / "python", "-c", CLOSURE_SCRIPT, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.splitlines()[-1] == "undeclared:", proc.stdout
