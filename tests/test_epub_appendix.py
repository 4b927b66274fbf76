"""The EPUB's appendix table, written as XHTML beside pandoc, and its links across chapters.

The table must be what pandoc itself writes for the same table (so readers, screen
readers and ``check`` see no change), and every link that pandoc cannot point at
its chapter file must be pointed there afterwards.  Invented reports throughout.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from reportpress.editions.columns import column_shares
from reportpress.editions.epub import pandoc
from reportpress.editions.epub.appendix import (
    BACK_TITLE,
    MARKER,
    MARKER_NAME,
    point_links,
    row_id,
    table_html,
)
from reportpress.editions.epub.xhtml import fill
from reportpress.errors import RenderError
from reportpress.model import Block, Metric, Report, Span, with_depths


def _metric(mid: str, text: str, indicator: str, unit: str = "个") -> Metric:
    return Metric(mid, text, text.rstrip(unit), unit, "", "count", "", indicator, "")


def _awkward_report() -> Report:
    """Figures before any heading, heading texts and indicators with markup characters,
    runs of ASCII spaces, quotes of both kinds and an empty unit."""
    m1 = _metric("m1", "12个", "“光伏+”<试点> & 示范")
    m2 = _metric("m2", "3.5%", "A  B\t\"C\" 'D'", unit="%")
    m3 = _metric("m3", "40", "没有单位的数", unit="")
    m4 = _metric("m4", "7所", "新建<学校>", unit="所")
    report = Report(title="关于测试表格的报告", source_sha256="0" * 64)
    report.blocks = [
        Block("title", (Span(report.title),)),
        Block("paragraph", (Span("开篇"), Span(m1.text, metric=m1), Span("。"))),
        Block("heading", (Span("R&D <投入>  增长"),), level=1, number="一、", id="s1"),
        Block("paragraph", (Span("占"), Span(m2.text, metric=m2), Span("，另有"))),
        Block("heading", (Span("“两个” 'x'"),), level=2, number="（一）", id="s1-1"),
        Block("paragraph", (Span(m3.text, metric=m3), Span("、"), Span(m4.text, metric=m4))),
    ]
    report.metrics = [m1, m2, m3, m4]
    return with_depths(report)


# -- the table as pandoc would write it ---------------------------------------------------


def _attr(ident: str = "", classes: tuple[str, ...] = ()) -> list:
    return [ident, list(classes), []]


def _words(text: str) -> list[dict]:
    out: list[dict] = []
    for piece in re.split(r"([ \t\r\n]+)", text):
        if piece:
            out.append({"t": "Str", "c": piece} if piece.strip(" \t\r\n") else {"t": "Space"})
    return out


#: Pandoc's alignments by the style's words.
_ALIGN = {"left": "AlignLeft", "right": "AlignRight", "center": "AlignCenter"}


def _cell(inlines: list, colspan: int = 1, align: str = "") -> list:
    how = {"t": _ALIGN[align] if align else "AlignDefault"}
    return [_attr(), how, 1, colspan, [{"t": "Plain", "c": inlines}]]


def _pandoc_table(report: Report, columns: tuple[str, ...], aligns: list[str]) -> dict:
    """The appendix as a pandoc Table: how the EPUB gave it to pandoc before, its header
    centred and each cell aligned as its column."""
    bodies = []
    for group in report.appendix():
        head = []
        if group.label:
            link = {"t": "Link", "c": [_attr(), _words(group.label), [f"#{group.section_id}", ""]]}
            head = [[_attr(classes=(f"group{group.level}",)), [_cell([link], len(columns))]]]
        rows = []
        for m in group.metrics:
            indicator, value, unit, kind, where = m.row
            back = {"t": "Link", "c": [_attr(), _words(value), [f"#{m.id}", BACK_TITLE]]}
            anchor = {"t": "Span", "c": [_attr(row_id(m.id)), _words(indicator)]}
            cells = [[anchor], [back], _words(unit), _words(kind), _words(where)]
            rows.append([_attr(), [_cell(c, 1, a) for c, a in zip(cells, aligns, strict=True)]])
        bodies.append([_attr(), 0, head, rows])
    shares = column_shares(columns, [m.row for m in report.metrics])
    return {
        "t": "Table",
        "c": [
            _attr(classes=("metrics",)),
            [None, []],
            [[{"t": "AlignDefault"}, {"t": "ColWidth", "c": w}] for w in shares],
            [_attr(), [[_attr(), [_cell(_words(c), 1, "center") for c in columns]]]],
            bodies,
            [_attr(), []],
        ],
    }


def _pandoc_xhtml(blocks: list[dict], tmp_path) -> str:
    """The chapter pandoc writes into an EPUB 3 for these blocks."""
    source = tmp_path / "doc.json"
    document = {"pandoc-api-version": pandoc.api_version(), "meta": {}, "blocks": blocks}
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "doc.epub"
    pandoc.run(["--from=json", "--to=epub3", "--wrap=none", f"--output={out}", str(source)])
    with zipfile.ZipFile(out) as book:
        return book.read("EPUB/text/ch001.xhtml").decode("utf-8")


def test_the_table_is_the_markup_pandoc_writes_for_it(gbt_style, tmp_path):
    """Put in pandoc's chapter where pandoc kept its place, the table makes the very
    page pandoc writes when it is given the table itself, byte for byte."""
    report = _awkward_report()
    columns = gbt_style.appendix.columns
    header = {"t": "Header", "c": [1, _attr("h"), [{"t": "Str", "c": "附录"}]]}
    table = _pandoc_table(report, columns, gbt_style.appendix.align)
    theirs = _pandoc_xhtml([header, table], tmp_path)
    marker = {"t": "RawBlock", "c": ["html", MARKER]}
    page = _pandoc_xhtml([header, marker], tmp_path).encode("utf-8")
    ours = fill({"ch001.xhtml": page}, {MARKER_NAME: table_html(report, gbt_style)})["ch001.xhtml"]
    assert ours.decode("utf-8") == theirs


def test_a_lost_or_repeated_place_is_an_error_not_a_book_without_its_table():
    with pytest.raises(RenderError):
        fill({"a.xhtml": b"<p/>", "b.xhtml": b"<p/>"}, {MARKER_NAME: "<table/>"})
    twice = MARKER.encode("utf-8") * 2
    with pytest.raises(RenderError):
        fill({"a.xhtml": twice}, {MARKER_NAME: "<table/>"})


# -- links across chapter files -------------------------------------------------------------


def test_links_are_pointed_at_the_page_holding_their_id():
    pages = {
        "EPUB/text/ch001.xhtml": b'<p id="a"><a href="#b">b</a> <a href="#a">a</a></p>',
        "EPUB/text/ch002.xhtml": b'<p><span id="b">x</span><a href="#c">c</a></p>',
        "EPUB/more/ch003.xhtml": b'<td id="c"><a href="#a" title="#b">a</a></td>',
        "EPUB/nav.xhtml": b'<a href="text/ch001.xhtml#a">a</a> <a href="#nowhere">?</a>',
    }
    pointed = point_links(pages)
    assert pointed["EPUB/text/ch001.xhtml"] == (
        b'<p id="a"><a href="ch002.xhtml#b">b</a> <a href="#a">a</a></p>'
    )
    assert pointed["EPUB/text/ch002.xhtml"] == (
        b'<p><span id="b">x</span><a href="../more/ch003.xhtml#c">c</a></p>'
    )
    assert pointed["EPUB/more/ch003.xhtml"] == (
        b'<td id="c"><a href="../text/ch001.xhtml#a" title="#b">a</a></td>'
    )
    assert pointed["EPUB/nav.xhtml"] == pages["EPUB/nav.xhtml"]  # nothing of ours to point


def test_every_link_of_a_book_reaches_its_id(gbt_style):
    """Built end to end: figures and rows link both ways across chapters, groups to headings."""
    from reportpress.editions.epub import edition

    report = _awkward_report()
    book = zipfile.ZipFile(io.BytesIO(edition.write(report, gbt_style)))
    pages = {n: book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xhtml")}
    ids = {
        (name.rsplit("/", 1)[-1], ident)
        for name, text in pages.items()
        for ident in re.findall(r'\sid="([^"]+)"', text)
    }
    targets = []
    for name, text in pages.items():
        if name.endswith("nav.xhtml"):
            continue
        for href in re.findall(r'href="([^"]*#[^"]+)"', text):
            file, _, fragment = href.rpartition("#")
            assert file, f"{name}: {href} names no chapter"
            assert (file.rsplit("/", 1)[-1], fragment) in ids, f"{name}: {href}"
            targets.append(fragment)
    expected = {"s1", "s1-1"} | {f"m{n}" for n in range(1, 5)} | {f"row-m{n}" for n in range(1, 5)}
    assert expected <= set(targets)


def test_pandoc_reads_no_table_for_the_appendix(gbt_style):
    """The document pandoc is given holds only the appendix's heading and its place."""
    from reportpress.editions.epub.ast import write_document

    out = io.StringIO()
    write_document(_awkward_report(), gbt_style, [1, 23], out)
    document = json.loads(out.getvalue())
    kinds = [block["t"] for block in document["blocks"]]
    assert "Table" not in kinds
    assert document["blocks"][-1] == {"t": "RawBlock", "c": ["html", MARKER]}
    assert BACK_TITLE not in out.getvalue()  # no row links back: the rows are not there
