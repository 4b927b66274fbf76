"""Reading an input does each piece of work once: units looked up by their first
character, the XML validated once and written out only when something reads it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reportpress import reportxml
from reportpress.batch.jobs import Job
from reportpress.batch.work import read_input
from reportpress.metrics.scan import ALL_UNITS, CN_UNITS, starts_with

#: Characters that begin units, and some that begin none.
_ALPHABET = "".join(sorted({u[0] for u in ALL_UNITS})) + "的和了年是0.5"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=12))
def test_a_unit_found_by_its_first_character_is_the_unit_found_by_trying_all(text):
    for pos in range(len(text) + 1):
        for units in (ALL_UNITS, CN_UNITS):
            assert starts_with(text, pos, units) == starts_with(text, pos, list(units))


REPORT = """\
关于某县2025年财政预算执行情况的报告
各位代表：
一、预算执行情况
全县一般公共预算收入完成12.3亿元，增长4.5%。
"""


def _job(tmp_path: Path, formats: tuple[str, ...], check: bool = False) -> Job:
    source = tmp_path / "budget.txt"
    source.write_text(REPORT, encoding="utf-8")
    return Job(source, tmp_path / "out", formats, "gbt9704", check=check)


def test_the_xml_is_written_out_only_for_an_output_or_a_check(tmp_path, monkeypatch):
    calls: list[bool] = []
    to_bytes = reportxml.to_bytes

    def counting(root, *, validated=False):
        calls.append(validated)
        return to_bytes(root, validated=validated)

    monkeypatch.setattr(reportxml, "to_bytes", counting)
    assert read_input(_job(tmp_path, ("pdf", "docx"))).xml == b""
    assert calls == []
    xml = read_input(_job(tmp_path, ("xml",))).xml
    assert calls == [True]  # load() validated it: not validated again
    assert read_input(_job(tmp_path, ("pdf",), check=True)).xml == xml
    reportxml.parse(xml, "test")  # and it is valid


def test_a_title_given_to_an_xml_input_is_validated_with_it(tmp_path, monkeypatch):
    from reportpress.inputs import load

    path = tmp_path / "budget.xml"
    path.write_bytes(read_input(_job(tmp_path, ("xml",))).xml)
    origins: list[object] = []
    validate = reportxml.validate

    def counting(root, origin="<report>"):
        origins.append(origin)
        return validate(root, origin)

    monkeypatch.setattr(reportxml, "validate", counting)
    root, _ = load(path, title="另一个标题")
    assert origins == [path, path]  # the file as read, then with its new title
    assert root.find(f"{{{reportxml.NS}}}meta/{{{reportxml.NS}}}title").text == "另一个标题"
