"""pandoc runs in the background while the build does other work, with the same limits."""

from __future__ import annotations

import time

import pytest

from reportpress.editions.epub import pandoc
from reportpress.errors import RenderError, UsageError


def _fake_pandoc(tmp_path, body: str):
    script = tmp_path / "pandoc"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(0o755)
    return str(script)


def test_a_started_pandoc_works_while_the_caller_does(monkeypatch, tmp_path):
    fake = _fake_pandoc(tmp_path, "sleep 0.4; echo done")
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: fake)
    started = time.perf_counter()
    assert pandoc.run([]) == b"done\n"
    one = time.perf_counter() - started

    started = time.perf_counter()
    running = [pandoc.Running([]) for _ in range(3)]
    time.sleep(one)  # the caller's own work, as long as one run
    assert [r.finish() for r in running] == [b"done\n"] * 3
    # Three runs and the caller's work overlapped: far less than four runs end to end.
    assert time.perf_counter() - started < 2.5 * one


def test_a_failing_pandoc_says_its_last_line_of_errors(monkeypatch, tmp_path):
    body = "i=0; while [ $i -lt 20000 ]; do echo noise >&2; i=$((i+1)); done; echo 'bad JSON' >&2; exit 3"
    fake = _fake_pandoc(tmp_path, body)
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: fake)
    # More standard error than a pipe holds: the run must still end, with one line.
    with pytest.raises(RenderError, match=r"^epub: pandoc failed: bad JSON$"):
        pandoc.Running([]).finish()


def test_the_time_limit_counts_from_the_start(monkeypatch, tmp_path):
    fake = _fake_pandoc(tmp_path, "exec sleep 30")
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: fake)
    monkeypatch.setenv("REPORTPRESS_PANDOC_TIMEOUT", "0.3")
    running = pandoc.Running([])
    time.sleep(0.3)
    started = time.perf_counter()
    with pytest.raises(RenderError, match="did not finish in 0.3 s"):
        running.finish()
    assert time.perf_counter() - started < 5  # not another full limit, nor the 30 s sleep


@pytest.fixture
def fresh_answers(monkeypatch):
    """pandoc's cached answers forgotten before and after the test."""
    monkeypatch.setattr(pandoc, "_asking", None)
    pandoc._api_version.cache_clear()
    pandoc._translations.cache_clear()
    yield
    pandoc._api_version.cache_clear()
    pandoc._translations.cache_clear()


def test_questions_asked_ahead_are_asked_once(monkeypatch, tmp_path, fresh_answers):
    log = tmp_path / "calls"
    body = f'echo "$@" >> {log}; sleep 0.2; echo \'{{"pandoc-api-version": [9, 1]}}\''
    fake = _fake_pandoc(tmp_path, body)
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: fake)
    pandoc.ask_ahead("zh-CN")
    assert pandoc.api_version() == [9, 1]
    assert pandoc.translations("zh-CN").startswith('{"pandoc-api-version"')
    calls = log.read_text().splitlines()
    assert calls == [
        "--from=markdown --to=json",
        "--print-default-data-file=translations/zh-CN.yaml",
    ]


def test_a_question_that_failed_ahead_fails_when_asked(monkeypatch, tmp_path, fresh_answers):
    monkeypatch.setenv("REPORTPRESS_PANDOC_TIMEOUT", "soon")
    pandoc.ask_ahead("zh-CN")
    with pytest.raises(UsageError, match="REPORTPRESS_PANDOC_TIMEOUT"):
        pandoc.api_version()
