"""The EPUB's blocks between headings, written as XHTML beside pandoc.

The book must be the very book pandoc writes when it is given every block,
byte for byte, whatever the text holds; pandoc must be given only the
headings and the places of the rest.  Invented reports throughout.
"""

from __future__ import annotations

import io
import json

import pytest

from reportpress.editions.epub import edition
from reportpress.editions.epub.ast import write_document
from reportpress.editions.epub.xhtml import block_html, fill, marker
from reportpress.errors import RenderError
from reportpress.model import Block, Metric, Report, Span, with_depths
from reportpress.styles import load_style


def _metric(mid: str, text: str, indicator: str, unit: str = "亿元") -> Metric:
    return Metric(mid, text, text.rstrip(unit), unit, "约", "amount", "", indicator, "")


def _hostile_report(name: str = "李四") -> Report:
    """Every kind of block, with what a web page or word processor leaves in text:
    markup characters, quotes of both kinds, runs and ends of ASCII spaces, tabs,
    full-width spaces, an emoji with its variation selector, a figure in a
    heading, a lead holding a figure, a lead that ends the paragraph."""
    m1 = _metric("m1", "约12.5亿元", "“光伏+” <储能> & 'A' \"B\"")
    m2 = _metric("m2", "3亿元", "")
    m3 = _metric("m3", "40亿元", "R&D投入")
    m4 = _metric("m4-x", "7亿元", "社区 食堂")
    report = Report(
        title="关于某县2031年预算执行情况的报告",
        subtitle="——2031年3月2日在某县第九届人民代表大会上 ",
        date="2031-03-02",
        affiliation="某县财政局",
        role="局长",
        name=name,
        source_sha256="0" * 64,
    )
    report.blocks = [
        Block("title", (Span(report.title),)),
        Block("subtitle", (Span(report.subtitle),)),
        Block("speaker", (Span(report.speaker_line),)),
        Block("salutation", (Span("各位代表：  "),)),
        Block("paragraph", (Span(" 全县收入"), Span(m1.text, metric=m1), Span("，<b>不</b>&amp;"))),
        Block("paragraph", (Span("\t"),)),
        Block(
            "heading", (Span("收入 "), Span(m2.text, metric=m2)), level=1, number="一、", id="s1"
        ),
        Block("heading", (Span("“两个” 'x'  <y>"),), level=2, number="（一）", id="s1-1"),
        Block(
            "paragraph",
            (
                Span("研发　投入，", lead=True),
                Span(m3.text, lead=True, metric=m3),
                Span("。 ", lead=True),
                Span("满意度☺\ufe0f 提升\r\n。"),
                Span("末尾加粗", lead=True),
            ),
        ),
        Block("paragraph", (Span("第二段"), Span(m4.text, metric=m4))),
        Block("heading", (Span("细项。"),), level=3, number="1.", id="s1-1-1", run_in=True),
        Block("paragraph", (Span("细项内容。"),)),
        Block("heading", (Span("支出"),), level=1, number="二、", id="s2"),
        Block("heading", (Span("空节"),), level=2, number="（一）", id="s2-1"),
        Block("closing", (Span("以上报告，请予审议。"),)),
    ]
    report.metrics = [m1, m2, m3, m4]
    return with_depths(report)


def _book_by_pandoc_alone(report: Report, style, monkeypatch) -> bytes:
    """The book as pandoc writes it when it is given every block and writes the
    whole contents."""
    with monkeypatch.context() as patch:
        patch.setattr(edition, "BESIDE_PANDOC", False)
        return edition.write(report, style)


@pytest.mark.parametrize("style_name", ["gbt9704", "reading"])
@pytest.mark.parametrize("name", ["李四", ""])
def test_the_book_is_the_one_pandoc_writes_alone(style_name, name, monkeypatch):
    style = load_style(style_name)
    report = _hostile_report(name)
    assert edition.write(report, style) == _book_by_pandoc_alone(report, style, monkeypatch)


def test_without_an_appendix_too(monkeypatch):
    """Figures are then spans, not links: written as pandoc writes those."""
    base = load_style("gbt9704")
    style = base.model_copy(
        update={"appendix": base.appendix.model_copy(update={"enabled": False})}
    )
    report = _hostile_report()
    assert edition.write(report, style) == _book_by_pandoc_alone(report, style, monkeypatch)


def test_pandoc_is_given_the_headings_and_the_places_of_the_rest():
    style = load_style("gbt9704")
    parts: dict[str, str] = {}
    out = io.StringIO()
    write_document(_hostile_report(), style, [1, 23], out, parts)
    blocks = json.loads(out.getvalue())["blocks"]
    kinds = {block["t"] for block in blocks}
    assert kinds == {"Header", "RawBlock"}
    places = [b["c"][1] for b in blocks if b["t"] == "RawBlock"]
    assert places[:-1] == [marker(name) for name in parts]  # the last: the appendix's
    assert "满意度" not in out.getvalue()
    assert any("满意度" in html for html in parts.values())
    # Between two headings with nothing between them there is no place.
    assert [b["t"] for b in blocks[-5:]] == ["Header", "Header", "RawBlock", "Header", "RawBlock"]


def test_a_node_the_writer_does_not_know_goes_to_pandoc():
    from reportpress.editions.epub.ast import _headings_and_places

    image = {"t": "Para", "c": [{"t": "Image", "c": [["", [], []], [], ["x.png", ""]]}]}
    para = {"t": "Para", "c": [{"t": "Str", "c": "文字"}]}
    header = {"t": "Header", "c": [1, ["h", [], []], [{"t": "Str", "c": "标题"}]]}
    parts: dict[str, str] = {}
    given = list(_headings_and_places(iter([para, image, para, header, para]), parts))
    assert given == [
        {"t": "RawBlock", "c": ["html", marker("body 1")]},
        image,
        {"t": "RawBlock", "c": ["html", marker("body 2")]},
        header,
        {"t": "RawBlock", "c": ["html", marker("body 3")]},
    ]
    assert parts == {n: "<p>文字</p>" for n in ("body 1", "body 2", "body 3")}


def test_an_empty_paragraph_is_left_out_as_pandoc_leaves_it():
    assert block_html({"t": "Para", "c": []}) == ""


def test_every_part_is_put_in_exactly_one_place():
    pages = {"a.xhtml": f"<p/>{marker('one')}\n{marker('two')}".encode()}
    assert fill(pages, {"one": "<p>1</p>", "two": "<p>&amp;</p>"}) == {
        "a.xhtml": b"<p/><p>1</p>\n<p>&amp;</p>"
    }
    with pytest.raises(RenderError, match="two 0 times"):
        fill({"a.xhtml": marker("one").encode()}, {"one": "", "two": ""})
    twice = (marker("one") * 2).encode()
    with pytest.raises(RenderError, match="one 2 times"):
        fill({"a.xhtml": twice}, {"one": ""})
    # A comment that is no part of ours is left as it is.
    assert fill({"a.xhtml": marker("other").encode()}, {}) == {"a.xhtml": marker("other").encode()}


# -- the contents below the top level -------------------------------------------------------


def _ladder_report(levels: tuple[int, ...]) -> Report:
    """Headings at these ladder levels, each with a paragraph; the report's first
    heading may be deeper than a later one, and levels may be skipped."""
    report = Report(title="关于目录测试的报告", date="2031-03-02", source_sha256="0" * 64)
    report.blocks = [Block("title", (Span(report.title),))]
    for index, level in enumerate(levels):
        spans = (Span(f"第{index}项 'a' \"b\""),)
        report.blocks.append(
            Block("heading", spans, level=level, number=f"{index}.", id=f"h{index}")
        )
        report.blocks.append(Block("paragraph", (Span(f"正文{index}。"),)))
    return with_depths(report)


@pytest.mark.parametrize(
    "levels",
    [(1, 2, 3, 4, 2, 1, 3), (2, 1, 2), (3, 4, 4, 3), (1, 3, 2, 4, 1), (2, 2, 2)],
    ids=["all", "deeper-first", "no-top", "skips", "one-level"],
)
@pytest.mark.parametrize("toc_levels", [2, 3])
def test_the_contents_are_the_ones_pandoc_writes(levels, toc_levels, monkeypatch):
    base = load_style("reading")
    style = base.model_copy(update={"toc": base.toc.model_copy(update={"levels": toc_levels})})
    report = _ladder_report(levels)
    assert edition.write(report, style) == _book_by_pandoc_alone(report, style, monkeypatch)


def test_pandoc_is_asked_for_the_top_level_only(sample_report, monkeypatch):
    """Of the invented report and of the sample, whose title breaks into lines."""
    from reportpress.editions.epub import pandoc

    asked: list[list[str]] = []
    running = pandoc.Running

    def recording(args, env=None):
        asked.append(args)
        return running(args, env)

    monkeypatch.setattr(pandoc, "Running", recording)
    for report in (_hostile_report(), sample_report):
        edition.write(report, load_style("gbt9704"))
        assert [a for a in asked[-1] if a.startswith("--toc-depth")] == ["--toc-depth=1"]


def test_the_sample_is_the_book_pandoc_writes_alone(sample_report, monkeypatch):
    style = load_style("gbt9704")
    alone = _book_by_pandoc_alone(sample_report, style, monkeypatch)
    assert edition.write(sample_report, style) == alone


def test_a_heading_it_cannot_label_leaves_the_contents_to_pandoc(monkeypatch):
    from reportpress.editions.epub.nav import Contents

    contents = Contents()
    header = {"t": "Header", "c": [1, ["h", [], []], [{"t": "Str", "c": "标题"}]]}
    contents.add(header)
    assert contents.complete
    odd = {"t": "Header", "c": [2, ["h2", [], []], [{"t": "Image", "c": []}]]}
    contents.add(odd)
    assert not contents.complete


def test_a_heading_without_its_section_is_an_error_not_a_broken_contents():
    from reportpress.editions.epub.nav import Contents

    contents = Contents()
    contents.add({"t": "Header", "c": [1, ["gone", [], []], [{"t": "Str", "c": "标题"}]]})
    files = {
        "EPUB/nav.xhtml": b'<nav><ol class="toc"></ol></nav>',
        "EPUB/toc.ncx": b"<navMap>\n  </navMap>",
        "EPUB/text/ch001.xhtml": b'<section id="other">',
    }
    with pytest.raises(RenderError, match="gone"):
        contents.fill(files, 2)
