"""The disk cache of compiled patterns: the same patterns as ``re``, and never trusted blindly."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reportpress import patterns

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"

CASES = [
    (r"[\u4e00-\u9fff]{2,4}(?=[，。])", 0, "全区地区生产总值，同比增长"),
    (r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元|%)", 0, "完成投资309.3亿元，增长5.2%"),
    (r"(?<![占对])[较比]上年(增长|下降)", 0, "比上年增长2.1%，较上年下降"),
    (r"^\s*[一二三四五六七八九十]+、", re.MULTILINE, "前言\n  三、重点工作\n"),
    (r"https?://\S+", re.IGNORECASE, "见 HTTP://WWW.EXAMPLE.GOV.CN/a.html 。"),
    (r"(a)|(b)", 0, "xxbxa"),
]


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    """A cache folder of our own, and the module's memory of it emptied."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_known", None)
    monkeypatch.setattr(patterns, "_new", {})
    return tmp_path


def _forget(monkeypatch) -> None:
    """As a new process would start: nothing in memory, only the file."""
    monkeypatch.setattr(patterns, "_known", None)
    monkeypatch.setattr(patterns, "_new", {})


def _same(compiled: re.Pattern[str], pattern: str, flags: int, text: str) -> None:
    expected = re.compile(pattern, flags)
    assert compiled.pattern == expected.pattern
    assert compiled.flags == expected.flags
    assert compiled.groups == expected.groups
    assert compiled.groupindex == expected.groupindex
    found = [(m.span(), m.groups()) for m in compiled.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in expected.finditer(text)]
    assert found  # every case matches something, so the comparison means something


def test_patterns_read_back_from_disk_match_as_re_compiles_them(fresh_cache, monkeypatch):
    for pattern, flags, text in CASES:
        _same(patterns.compile(pattern, flags), pattern, flags, text)
    patterns.save()
    assert patterns.cache_file().is_file()

    _forget(monkeypatch)
    for pattern, flags, text in CASES:
        _same(patterns.compile(pattern, flags), pattern, flags, text)
    assert patterns._new == {}  # every one came from the file


def test_a_damaged_file_is_ignored(fresh_cache, monkeypatch):
    target = patterns.cache_file()
    target.parent.mkdir(parents=True)
    target.write_bytes(b"\x00garbage, not marshal")
    for pattern, flags, text in CASES:
        _same(patterns.compile(pattern, flags), pattern, flags, text)


def test_a_wrong_entry_is_refused_by_the_engine_and_compiled_afresh(fresh_cache, monkeypatch):
    pattern, flags, text = CASES[1]
    patterns.compile(pattern, flags).search(text)  # compiled when first used
    patterns.save()
    _forget(monkeypatch)
    known = patterns._load()
    entry = known[(pattern, flags)]
    known[(pattern, flags)] = (entry[0], [999, 1, 2], *entry[2:])  # not code _sre accepts
    _same(patterns.compile(pattern, flags), pattern, flags, text)
    assert (pattern, flags) in patterns._new


def test_an_unwritable_cache_costs_nothing_but_time(fresh_cache, monkeypatch):
    blocked = fresh_cache / "reportpress"
    blocked.write_text("a file where the folder should be")
    pattern, flags, text = CASES[0]
    _same(patterns.compile(pattern, flags), pattern, flags, text)
    patterns.save()  # no exception
    assert not list(fresh_cache.glob("**/*.tmp"))


def test_a_second_process_reading_a_report_compiles_nothing_the_first_compiled(tmp_path):
    """The point of the cache: reading a report again generates no pattern code."""
    probe = (
        "import re._compiler as c, sys\n"
        "from pathlib import Path\n"
        "made = []\n"
        "real = c._code\n"
        "c._code = lambda p, f: made.append(1) or real(p, f)\n"
        "from reportpress.batch.jobs import Job\n"
        "from reportpress.batch.work import read_input\n"
        f"read_input(Job(Path({str(SAMPLE)!r}), Path('.'), ('xml',), ''))\n"
        "print(len(made))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(REPO / "src")}

    def generated(seed: str) -> int:
        run = subprocess.run(
            [sys.executable, "-c", probe],
            env={**env, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        return int(run.stdout.split()[-1])

    def cached() -> set:
        (file,) = tmp_path.glob("reportpress/patterns-*.marshal")
        return set(marshal.loads(file.read_bytes()))

    first = generated("1")
    known = cached()
    second = generated("2")
    assert first > 50
    assert second < first / 2, (first, second)
    # Under another hash seed too: a pattern written from a set in its iteration
    # order would be another pattern in every process, compiled every time.
    assert cached() == known


def test_a_save_keeps_what_another_process_saved_meanwhile(fresh_cache, monkeypatch):
    """Two processes of different versions load the file, then each compiles a pattern
    of its own and saves: the file ends with both (the last writer used to drop the
    other's, so two checkouts or a batch's workers compiled again and again)."""
    first, second = CASES[0][:2], CASES[1][:2]
    patterns._load()  # this process has read the (empty) file
    # another process, started alike, compiles and saves its pattern
    _forget(monkeypatch)
    patterns.compile(*second).search("")
    patterns.save()
    saved_by_other = patterns._read(patterns.cache_file())
    # back to this one: its memory never saw the other's pattern
    monkeypatch.setattr(patterns, "_known", {})
    monkeypatch.setattr(patterns, "_new", {})
    patterns.compile(*first).search("")
    patterns.save()
    on_disk = patterns._read(patterns.cache_file())
    assert set(saved_by_other) == {second}
    assert {first, second} <= set(on_disk)


def test_a_pattern_is_compiled_when_first_used_and_never_before(fresh_cache):
    """Defining a pattern costs nothing; its first use compiles it (then it is cached)."""
    pattern, flags, text = CASES[0]
    defined = patterns.compile(pattern, flags)
    assert defined.pattern == pattern  # there without compiling: patterns are built from others
    assert patterns._new == {}
    _same(defined, pattern, flags, text)
    assert (pattern, flags) in patterns._new
    assert "search" in vars(defined)  # the compiled pattern's own method from now on
