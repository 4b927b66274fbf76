"""A long report's paragraphs read on two CPUs (issue 11): the same XML as one pass.

:func:`reportpress.metrics.markup.paragraph_mentions` gives the paragraphs after a
cut to a forked copy of the process when a CPU is idle.  What it marks up must not
depend on whether it did, nor on the copy succeeding.
"""

from __future__ import annotations

import pickle
import re
from dataclasses import replace

import pytest
from lxml import etree

from reportpress.ingest import Source, read_source
from reportpress.metrics import NS, markup
from reportpress.metrics.mentions import find_mentions
from reportpress.structure import normalize


@pytest.fixture(scope="module")
def long_text(sample_path) -> Source:
    """The sample with its body written four times: past :data:`markup.SHARED_FROM`."""
    sample = read_source(sample_path)
    lines = sample.text.split("\n")
    start = next(
        i for i, line in enumerate(lines) if re.match(r"^\s*[一二三四五六七八九十]+、", line)
    )
    text = "\n".join(lines[:start] + lines[start:] * 4)
    assert len(text) > markup.SHARED_FROM
    return replace(sample, text=text)


def _annotated(source: Source) -> bytes:
    root, _ = normalize(source, title=None, html=None)
    markup.annotate(root)
    return etree.tostring(root, encoding="utf-8")


def test_a_long_report_read_on_two_cpus_is_marked_up_as_in_one_pass(
    long_text, forks, monkeypatch
) -> None:
    monkeypatch.setattr(markup, "spare_cpus", lambda: 0)
    alone = _annotated(long_text)
    assert forks == []
    monkeypatch.setattr(markup, "spare_cpus", lambda: 1)
    assert _annotated(long_text) == alone
    assert forks == [True]


def test_a_copy_that_fails_leaves_its_paragraphs_to_this_process(
    long_text, forks, monkeypatch
) -> None:
    monkeypatch.setattr(markup, "spare_cpus", lambda: 0)
    alone = _annotated(long_text)

    def broken(*args, **kwargs):
        raise OSError("no room")  # only the copy writes its mentions

    monkeypatch.setattr(markup, "spare_cpus", lambda: 1)
    monkeypatch.setattr(pickle, "dump", broken)
    assert _annotated(long_text) == alone
    assert forks == [True]


def test_the_cut_follows_a_paragraph_without_figures(long_text) -> None:
    root, _ = normalize(long_text, title=None, html=None)
    paragraphs = ["".join(el.itertext()) for el in root.iter(markup.tag(NS, "p"))]
    cut = markup._cut(paragraphs)
    assert cut is not None and 0 < cut < len(paragraphs)
    assert find_mentions(paragraphs[cut - 1]) == []
    assert find_mentions(paragraphs[cut - 1], "全年完成投资5亿元，增长8%") == []
    # near the middle of the text, not of the paragraph list
    before = sum(map(len, paragraphs[:cut]))
    assert abs(before - sum(map(len, paragraphs)) / 2) < sum(map(len, paragraphs)) / 10


def test_a_short_report_is_read_in_one_pass(sample_path, forks, monkeypatch) -> None:
    monkeypatch.setattr(markup, "spare_cpus", lambda: 1)
    _annotated(read_source(sample_path))
    assert forks == []


def test_the_cut_waits_for_a_paragraph_without_figures() -> None:
    figures = "全年完成固定资产投资5.2亿元，同比增长8.1%。"
    paragraphs = [figures] * 10 + ["（三）加快推进重点项目建设"] + [figures] * 3
    assert markup._cut(paragraphs) == 11
    assert markup._cut([figures] * 100) is None  # none near the middle: one pass


def test_a_cpu_idle_only_later_takes_the_rest_of_the_report(long_text, forks, monkeypatch) -> None:
    """The worker beside a helper may still be loading when the reading starts: the CPUs are
    looked at again as it goes, and a copy takes the later part once one is idle."""
    monkeypatch.setattr(markup, "spare_cpus", lambda: 0)
    alone = _annotated(long_text)
    looks = iter([0, 0, 0])  # busy for the first three looks, idle after
    monkeypatch.setattr(markup, "spare_cpus", lambda: next(looks, 1))
    assert _annotated(long_text) == alone
    assert forks == [True]
    assert next(looks, "spent") == "spent"  # the first looks were made, then the fourth forked


def test_the_cut_from_a_later_paragraph_lies_after_it() -> None:
    figures = "全年完成固定资产投资5.2亿元，同比增长8.1%。"
    paragraphs = (["（一）工业"] + [figures] * 9) * 4
    cut = markup._cut(paragraphs, 12)
    assert cut is not None and cut > 12
    assert find_mentions(paragraphs[cut - 1]) == []


def test_the_cut_falls_neither_after_a_frame_line_nor_after_what_it_frames() -> None:
    """A frame written as a line of its own passes the paragraph before it to the one after
    it: a cut there would read that one without them."""
    figures = "全年完成固定资产投资5.2亿元，同比增长8.1%。"
    paragraphs = [figures] * 10 + ["从重点行业看", "分行业看：", "（三）加快推进重点项目建设"]
    paragraphs += ["1.工业"] + [figures] * 3
    assert markup._cut(paragraphs) == 14


def test_a_frame_line_lends_the_paragraph_after_it_the_measure_before_it() -> None:
    """A release's subheading 从重点行业看 between the measure and its parts: the parts are
    read as if the frame opened their paragraph, with the paragraph before the frame."""
    paragraphs = [
        "1-6月，全县规模以上工业增加值增长7.2%。",
        "从重点行业看",
        "化工行业增长12.4%，建材行业增长3.1%。",
        "从主要产品产量看：",
        "水泥、平板玻璃分别增长5.2%、2.8%。",
    ]
    named = [[m.indicator for m in found] for found in markup.paragraph_mentions(paragraphs)]
    assert named == [
        ["规模以上工业增加值"],
        [],
        ["化工行业增加值", "建材行业增加值"],
        [],
        ["水泥产量", "平板玻璃产量"],
    ]
    framed = markup.paragraph_mentions(paragraphs)[2]
    assert [paragraphs[2][m.start : m.end] for m in framed] == ["12.4%", "3.1%"]
