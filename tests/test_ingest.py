"""Ingest and input loading: encodings of the genre, tolerated damage, size limits, XML inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportpress.errors import InputError
from reportpress.ingest import read_bytes, source_from_bytes
from reportpress.inputs import load
from reportpress.reportxml import parse, q
from reportpress.structure import normalize


@pytest.mark.parametrize("text", ["报告\n一、好\n", "预算\n", "关于决算的报告\n（一）收入\n"])
def test_short_gbk_files_are_gb18030_not_a_guess(text):
    source = source_from_bytes(text.encode("gbk"), "t.txt")
    assert (source.text, source.encoding) == (text, "gb18030")


def test_stray_byte_in_utf8_is_recorded_not_refused():
    data = "工作报告\n各位代表：\n一、回顾\n全年经济平稳运行。\n".encode() * 20
    cut = data.index(b"\n", 50) + 1  # between two characters
    data = data[:cut] + b"\xff" + data[cut:]
    source = source_from_bytes(data, "t.txt")
    assert source.encoding == "utf-8" and source.undecodable == ("0xFF",)
    root, _ = normalize(source)
    assert [(d.get("reason"), d.text) for d in root.iter(q("dropped"))] == [("undecodable", "0xFF")]


def test_a_stray_nul_is_dropped_not_binary():
    data = "工作报告\n各位代表：\n一、回顾\n全年\x00经济平稳运行。\n".encode()
    root, _ = normalize(source_from_bytes(data, "t.txt"))
    assert ("control-character", "U+0000") in [
        (d.get("reason"), d.text) for d in root.iter(q("dropped"))
    ]


def test_binary_and_mostly_undecodable_input_is_refused():
    with pytest.raises(InputError, match="binary"):
        source_from_bytes(bytes(range(256)) * 8, "t.bin")
    with pytest.raises(InputError):
        source_from_bytes(bytes(range(128, 256)) * 8, "t.bin")


def test_size_limit_holds_for_bytes_read_not_the_reported_size():
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("no /proc on this system")
    assert status.stat().st_size == 0  # the file system reports nothing
    with pytest.raises(InputError, match="too large"):
        read_bytes(status, 16)


def test_xml_comment_or_processing_instruction_inside_a_paragraph_is_ignored():
    data = (
        '<report xmlns="urn:reportpress:report:1" xml:lang="zh-CN" version="1"><meta><title>报告</title></meta>'
        "<body><p>全年<!-- 编者注 -->经济<?editor keep?>平稳。</p></body></report>"
    ).encode()
    root = parse(data, "t.xml")
    assert "".join(root.find(f"{q('body')}/{q('p')}").itertext()) == "全年经济平稳。"


def test_section_levels_that_disagree_with_nesting_are_refused():
    data = (
        '<report xmlns="urn:reportpress:report:1" xml:lang="zh-CN" version="1"><meta><title>报告</title></meta>'
        '<body><section id="s1" level="2"><heading>甲</heading>'
        '<section id="s1-1" level="1"><heading>乙</heading></section></section></body></report>'
    ).encode()
    with pytest.raises(InputError, match="levels must deepen"):
        parse(data, "t.xml")


@pytest.mark.parametrize("title", ["", "  "])
def test_an_empty_title_is_refused(title):
    """The title may hold a headline's figures, but never nothing."""
    data = (
        '<report xmlns="urn:reportpress:report:1" xml:lang="zh-CN" version="1">'
        f"<meta><title>{title}</title></meta><body><p>全年平稳。</p></body></report>"
    ).encode()
    with pytest.raises(InputError, match="the title is empty"):
        parse(data, "t.xml")


def test_load_sets_the_title_of_text_and_xml_inputs(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("各位代表：\n一、回顾\n全年平稳。\n", "utf-8")
    root, _ = load(path, title="某县政府工作报告")
    title = root.find(f"{q('meta')}/{q('title')}")
    assert (title.text, title.get("derived")) == ("某县政府工作报告", "given")
    root, _ = load(path)
    assert root.find(f"{q('meta')}/{q('title')}").get("derived") == "file-name"
