"""One input's editions on two cores (batch.overlap): same bytes, same failures, no extra cores
for a batch that fills them."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from reportpress.batch import overlap
from reportpress.batch.jobs import Job
from reportpress.batch.work import build_one
from reportpress.styles import find_style

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="helpers need fork")

#: An invented budget report: ASCII-numbered subheadings, full-width and ASCII
#: punctuation mixed, a contents page's worth of headings.
BUDGET = """\
关于某县2025年预算执行情况和2026年预算草案的报告
——2026年1月12日在某县第十八届人民代表大会第五次会议上
某县财政局局长  李四
各位代表：
一、2025年预算执行情况
（一）一般公共预算
全县一般公共预算收入完成15.8亿元,增长4.6%。
1.税收收入
税收收入完成10.2亿元，占一般公共预算收入的64.6%。
2.非税收入
非税收入完成5.6亿元（含专项收入2.1亿元）。
二、2026年预算草案
（一）收入预算
全县一般公共预算收入预期增长5%左右。
以上报告，请予审议。
"""

FORMATS = ("xml", "docx", "pdf", "epub")


def _job(tmp_path: Path, out: str, formats=FORMATS) -> Job:
    source = tmp_path / "budget.txt"
    source.write_text(BUDGET, encoding="utf-8")
    style = str(find_style("gbt9704").resolve())
    return Job(source, tmp_path / out, tuple(formats), style, force=True)


def _outputs(job: Job) -> dict[str, bytes]:
    return {fmt: job.output(fmt).read_bytes() for fmt in job.formats}


def test_which_editions_a_helper_makes():
    assert overlap.delegated(FORMATS) == ("docx", "epub")
    # The worker makes the PDF, else the DOCX, while the helper makes the rest; the
    # EPUB alone leaves the worker nothing to do.
    assert overlap.delegated(("docx", "epub")) == ("epub",)
    assert overlap.delegated(("docx",)) == ()
    assert overlap.delegated(("pdf", "docx")) == ("docx",)
    assert overlap.delegated(("xml", "epub")) == ()
    assert overlap.delegated(("pdf",)) == ()


def test_helpers_only_when_the_documents_leave_cores_idle(monkeypatch):
    monkeypatch.setattr(os, "getloadavg", lambda: (0.3, 0.3, 0.3), raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(2)), raising=False)
    assert overlap.worth_it(inputs=1, workers=1, formats=FORMATS)
    assert overlap.worth_it(inputs=1, workers=4, formats=FORMATS)
    # Sixteen documents on two cores: -j decides; -j 1 must stay on one core.
    assert not overlap.worth_it(inputs=16, workers=1, formats=FORMATS)
    assert not overlap.worth_it(inputs=16, workers=2, formats=FORMATS)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    assert overlap.worth_it(inputs=3, workers=2, formats=FORMATS)
    assert not overlap.worth_it(inputs=6, workers=6, formats=FORMATS)
    # An EPUB or an XML alone: the worker would only wait for the helper.
    assert not overlap.worth_it(inputs=1, workers=1, formats=("xml", "epub"))
    assert overlap.worth_it(inputs=1, workers=1, formats=("pdf",))


def test_forked_copies_only_when_the_documents_leave_cores_idle(monkeypatch):
    """The cores a batch leaves beside its workers, for helpers and forked copies alike."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(2)), raising=False)
    assert overlap.cores_to_spare(inputs=1, workers=1)
    assert not overlap.cores_to_spare(inputs=16, workers=1)  # -j 1 stays on one core
    assert not overlap.cores_to_spare(inputs=2, workers=2)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    assert overlap.cores_to_spare(inputs=3, workers=2)
    assert not overlap.cores_to_spare(inputs=5, workers=5)


def test_a_process_not_allowed_copies_sees_no_idle_cpu(monkeypatch):
    from reportpress import cpus

    monkeypatch.setattr(cpus, "usable_cpus", lambda: 64)
    monkeypatch.setattr(cpus, "_copies_allowed", True)
    assert cpus.spare_cpus() > 0  # (this machine is not running 64 tasks)
    cpus.allow_copies(False)
    assert cpus.spare_cpus() == 0


def test_no_helpers_when_other_programs_keep_the_cores_busy(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(2)), raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (3.5, 2.0, 1.0), raising=False)
    assert not overlap.worth_it(inputs=1, workers=1, formats=FORMATS)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.2, 2.0, 1.0), raising=False)
    assert overlap.worth_it(inputs=1, workers=1, formats=FORMATS)


def test_a_helped_build_writes_the_same_bytes(tmp_path):
    alone = _job(tmp_path, "alone")
    assert build_one(alone).status == "built"
    helped = _job(tmp_path, "helped")
    result = build_one(helped, helper=overlap.Helper(helped, helped.style))
    assert result.status == "built", result.message
    assert _outputs(helped) == _outputs(alone)
    assert {"docx", "epub", "pdf"} <= set(result.seconds)


def test_a_helper_that_dies_leaves_its_editions_to_the_worker(tmp_path):
    alone = _job(tmp_path, "alone", ("pdf", "docx"))
    assert build_one(alone).status == "built"
    job = _job(tmp_path, "helped", ("pdf", "docx"))
    helper = overlap.Helper(job, job.style)
    os.kill(helper.pid, signal.SIGKILL)
    result = build_one(job, helper=helper)
    assert result.status == "built", result.message
    assert _outputs(job) == _outputs(alone)


def test_a_failure_in_the_helper_is_the_inputs_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTPRESS_PANDOC_TIMEOUT", "soon")
    alone = _job(tmp_path, "alone")
    expected = build_one(alone)
    job = _job(tmp_path, "helped")
    result = build_one(job, helper=overlap.Helper(job, job.style))
    assert result.status == expected.status == "failed"
    assert result.message == expected.message
    assert "REPORTPRESS_PANDOC_TIMEOUT" in result.message and "\n" not in result.message
    assert not job.out_dir.exists() or not any(job.out_dir.iterdir())


def test_a_helper_reads_the_input_even_with_no_edition_to_make(tmp_path):
    alone = _job(tmp_path, "alone", ("xml", "pdf"))
    assert build_one(alone).status == "built"
    job = _job(tmp_path, "helped", ("xml", "pdf"))
    helper = overlap.Helper(job, job.style)
    assert helper.formats == ()
    result = build_one(job, helper=helper)
    assert result.status == "built", result.message
    assert _outputs(job) == _outputs(alone)
    assert result.warnings == build_one(alone).warnings
    with pytest.raises(ChildProcessError):
        os.waitpid(helper.pid, os.WNOHANG)  # closed and reaped with the job


def test_an_unreadable_input_fails_the_same_in_the_helper(tmp_path):
    source = tmp_path / "empty.txt"
    source.write_bytes(b"\x00" * 10)  # binary: not a report
    style = str(find_style("gbt9704").resolve())
    alone = build_one(Job(source, tmp_path / "alone", FORMATS, style, force=True))
    job = Job(source, tmp_path / "helped", FORMATS, style, force=True)
    helped = build_one(job, helper=overlap.Helper(job, style))
    assert helped.status == alone.status == "failed"
    assert helped.message == alone.message and "\n" not in helped.message


def test_check_reads_the_xml_the_helper_made(tmp_path):
    job = _job(tmp_path, "checked")
    job.check = True
    result = build_one(job, helper=overlap.Helper(job, job.style))
    assert result.status == "built", result.message
    assert result.problems == []


def test_a_read_crosses_as_xml_and_gives_the_same_model(tmp_path):
    """A helper's read carries the XML's bytes, not the model (pickling the model cost
    twice its building); the model built from them is the one read here."""
    import pickle

    from reportpress.batch.work import read_input, read_to_send

    job = _job(tmp_path, "crossed", ("docx",))
    here = read_input(job)
    sent, _ = read_to_send(job)
    assert sent._report is None and sent.xml and not here.xml  # docx alone: no XML kept
    crossed = pickle.loads(pickle.dumps(sent))
    assert crossed.report == here.report
    assert pickle.loads(pickle.dumps(here))._report is None  # a model never crosses


def test_an_invalid_read_fails_with_what_validating_it_says(tmp_path, monkeypatch):
    """The worker builds the model from the helper's bytes while the helper validates
    them; a tree the schema refuses fails with the schema's line, never with what building
    a model from it raised, and leaves no output."""
    from reportpress import model, reportxml
    from reportpress.errors import InputError

    def refuse(root, origin="<report>"):
        raise InputError(origin, "line 7: invalid report XML: refused for the test")

    def unbuildable(root):
        raise KeyError("what a broken tree would raise")

    monkeypatch.setattr(reportxml, "validate", refuse)
    monkeypatch.setattr(model, "from_xml", unbuildable)
    alone = build_one(_job(tmp_path, "alone", ("pdf", "docx")))
    job = _job(tmp_path, "helped", ("pdf", "docx"))
    result = build_one(job, helper=overlap.Helper(job, job.style))
    assert result.status == alone.status == "failed"
    assert result.message == alone.message and "refused for the test" in result.message
    assert not job.out_dir.exists() or not any(job.out_dir.iterdir())
