"""A news copy's headline: the portal's furniture glued to it is dropped, and its figures
are the report's, marked up, listed in the appendix and linked in every edition.

The examples are invented, in the shapes portals give them.
"""

from __future__ import annotations

import copy
import io
import re
import subprocess
import zipfile

import pypdf
import pytest

from reportpress.check import check_edition
from reportpress.editions.docx import edition as docx
from reportpress.editions.epub import edition as epub
from reportpress.editions.pdf import edition as pdf
from reportpress.editions.titles import title_span_lines
from reportpress.ingest import source_from_bytes
from reportpress.metrics import annotate
from reportpress.model import Block, Span, from_xml
from reportpress.reportxml import q, validate
from reportpress.structure import normalize
from reportpress.structure.titleblock import title_furniture

BODY = "新华社某地3月5日电 今年以来，某省粮食生产形势良好，夏粮播种面积稳中有增，总产量增长2.1%。\n"


def xml(text: str):
    root, _ = normalize(source_from_bytes(text.encode(), "news.txt"))
    annotate(root)
    validate(root)
    return root


def title_of(root) -> str:
    return "".join(root.find(f"{q('meta')}/{q('title')}").itertext())


def dropped(root) -> list[tuple[str, str]]:
    return [(d.get("reason"), d.text) for d in root.iter(q("dropped"))]


# ---- the portal's furniture ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "lead", "headline", "run_on"),
    [
        (
            "某省夏粮总产量312.5万吨 增长2.1%2025-07-14 14:52:13 来源：某某网",
            "", "某省夏粮总产量312.5万吨 增长2.1%", "2025-07-14 14:52:13 来源：某某网",
        ),
        (
            "某市一季度地区生产总值增长5.3%发布日期：2025-04-20",
            "", "某市一季度地区生产总值增长5.3%", "发布日期：2025-04-20",
        ),
        (  # a site named right before its date and time goes with them
            "某县上半年接待游客120万人次新京报2025-07-02 09:30:00 31",
            "", "某县上半年接待游客120万人次", "新京报2025-07-02 09:30:00 31",
        ),
        (  # a page's toolbar before the headline (its 字号： is no run-on label)
            "下载 打印 全屏 收藏 【字号： 加大 还原 减小 】 2026年某省政府工作报告",
            "下载 打印 全屏 收藏 【字号： 加大 还原 减小 】", "2026年某省政府工作报告", "",
        ),
        (  # one widget word alone is no toolbar
            "打印 某市一季度地区生产总值增长5.3%", "", "打印 某市一季度地区生产总值增长5.3%", "",
        ),
        (  # traditional characters and pinyin glosses
            "某省糧食總產（chǎn）量增長（zhǎng）1.5%發（fā）布日期：2025-01-20 08:40:00",
            "", "某省糧食總產（chǎn）量增長（zhǎng）1.5%", "發（fā）布日期：2025-01-20 08:40:00",
        ),
        (
            "原标题：某区前三季度财政收入完成38.2亿元",
            "原标题：", "某区前三季度财政收入完成38.2亿元", "",
        ),
        (
            "资讯中心 > 本地新闻 > 正文某区新增就业1.2万人",
            "资讯中心 > 本地新闻 > 正文", "某区新增就业1.2万人", "",
        ),
        (  # a government portal's metadata table, flattened before the title
            "索 引 号 abc/2025-001 发布机构 某县统计局 名 称 2024年某县国民经济和社会发展统计公报",
            "索 引 号 abc/2025-001 发布机构 某县统计局 名 称",
            "2024年某县国民经济和社会发展统计公报", "",
        ),
        (  # a report's own title: nothing to cut (a 公报 is no paper's name)
            "关于某区2024年预算执行情况和2025年预算草案的报告",
            "", "关于某区2024年预算执行情况和2025年预算草案的报告", "",
        ),
        (  # nothing is cut that leaves the headline fewer than four Han characters
            "通知2025-03-01 10:00", "", "通知2025-03-01 10:00", "",
        ),
    ],
)  # fmt: skip
def test_the_title_loses_the_portal_furniture_glued_to_it(line, lead, headline, run_on):
    parts = title_furniture(line)
    assert (parts.lead, parts.headline, parts.run_on) == (lead, headline, run_on)


def test_what_is_cut_off_the_title_is_recorded_as_dropped():
    root = xml("某省夏粮总产量312.5万吨 增长2.1%2025-07-14 14:52:13 来源：某某网\n" + BODY)
    assert title_of(root) == "某省夏粮总产量312.5万吨 增长2.1%"
    assert ("web-metadata", "2025-07-14 14:52:13 来源：某某网") in dropped(root)
    root = xml("新闻中心 > 本地新闻 > 正文某省夏粮总产量312.5万吨\n" + BODY)
    assert title_of(root) == "某省夏粮总产量312.5万吨"
    assert ("web-navigation", "新闻中心 > 本地新闻 > 正文") in dropped(root)


@pytest.mark.parametrize(
    "head",
    [
        "某省夏粮总产量312.5万吨\n\n",  # a blank line between: still the title block
        "某省夏粮总产量再创新高\n达312.5万吨\n",  # a headline in two lines
    ],
)
def test_a_dateline_under_the_headline_is_dropped_as_its_own_line(head):
    # Not "glued to the title": the line is furniture of its own, dropped with its number.
    root = xml(head + "2025-07-14 14:52:13 来源：某某网\n" + BODY)
    assert title_of(root) == head.replace("\n", "")
    line = head.count("\n") + 1
    found = [(d.get("line"), d.text) for d in root.iter(q("dropped"))]
    assert (str(line), "2025-07-14 14:52:13 来源：某某网") in found
    assert not list(root.iter(q("warning")))


@pytest.mark.parametrize(
    ("crumb", "title", "lead"),
    [
        (
            "首页 > 新闻 > 某省夏粮总产量312.5万吨 增长2.1%",
            "某省夏粮总产量312.5万吨 增长2.1%",
            "首页 > 新闻 >",
        ),
        (
            "当前位置：首页 > 统计数据 > 2024年某市国民经济和社会发展统计公报",
            "2024年某市国民经济和社会发展统计公报",
            "当前位置：首页 > 统计数据 >",
        ),
        ("首页 > 新闻中心 > 政府信息公开", None, None),  # a section, not a headline
    ],
)
def test_a_breadcrumb_ending_with_the_headline_gives_the_title_when_no_line_does(
    crumb, title, lead
):
    root = xml(crumb + "\n" + BODY)
    if title is None:
        assert root.find(f"{q('meta')}/{q('title')}").get("derived") == "file-name"
        assert ("web-navigation", crumb) in dropped(root)
    else:
        assert title_of(root) == title
        assert ("web-navigation", lead) in dropped(root)


# ---- the headline's figures ------------------------------------------------------------


def test_a_headlines_figures_are_marked_up_first_and_the_body_reads_as_before():
    headline = "某省夏粮总产量312.5万吨 增长2.1%"
    root = xml(headline + "\n" + BODY)
    title = root.find(f"{q('meta')}/{q('title')}")
    metrics = [(m.get("id"), m.text, m.get("indicator")) for m in title.iter(q("metric"))]
    assert metrics == [("m1", "312.5万吨", "某省夏粮总产量"), ("m2", "2.1%", "某省夏粮总产量")]
    body = [m.get("indicator") for m in root.find(q("body")).iter(q("metric"))]
    alone = xml("某省粮食生产情况\n" + BODY)  # the same body under a title without figures
    assert body == [m.get("indicator") for m in alone.find(q("body")).iter(q("metric"))]


def test_a_title_not_from_the_text_holds_no_figures():
    root, _ = normalize(
        source_from_bytes(BODY.encode(), "某省夏粮总产量增长2.1%.txt"),
        title="某省夏粮总产量增长2.1%",
    )
    annotate(root)
    title = root.find(f"{q('meta')}/{q('title')}")
    assert title.get("derived") == "given"
    assert not list(title.iter(q("metric")))


def links(path) -> int:
    return sum(len(page.get("/Annots", [])) for page in pypdf.PdfReader(str(path)).pages)


LONG = "某省前三季度规模以上工业增加值同比增长6.1% 社会消费品零售总额超12345.6亿元"


def test_the_title_never_breaks_inside_a_figure(any_style):
    report = from_xml(xml(LONG + "\n" + BODY))
    lines = title_span_lines(report.blocks[0].spans, any_style)
    assert len(lines) > 1
    assert "".join(s.text for line in lines for s in line) == LONG
    figures = [s.text for line in lines for s in line if s.metric is not None]
    assert figures == ["6.1%", "超12345.6亿元"]


def test_the_headlines_figures_stand_first_in_the_appendix_and_every_edition_links_them(
    any_style, tmp_path
):
    report = from_xml(xml(LONG + "\n" + BODY))
    assert [m.text for m in report.metrics[:2]] == ["6.1%", "超12345.6亿元"]
    first = report.appendix()[0]
    assert first.level == 0 and first.metrics[0].id == "m1"
    for module, suffix in ((pdf, "pdf"), (docx, "docx"), (epub, "epub")):
        path = tmp_path / f"news.{suffix}"
        path.write_bytes(module.write(report, any_style))
        assert check_edition(report, path, any_style) == [], suffix
    text = subprocess.run(
        ["pdftotext", "-l", "1", str(tmp_path / "news.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "12345.6亿元" in text.replace("\n", "")
    # The headline's two figures link to their rows and their rows back to them: the same
    # report with a plain title has four links fewer.
    plain = copy.copy(report)
    plain.blocks = [Block("title", (Span(report.title),)), *report.blocks[1:]]
    (tmp_path / "plain.pdf").write_bytes(pdf.write(plain, any_style))
    assert links(tmp_path / "news.pdf") - links(tmp_path / "plain.pdf") == 4
    with zipfile.ZipFile(io.BytesIO((tmp_path / "news.docx").read_bytes())) as book:
        document = book.read("word/document.xml").decode()
    title = next(p for p in document.split("</w:p>") if 'w:pStyle w:val="Title"' in p)
    assert 'w:name="m1"' in title and 'w:name="m2"' in title  # bookmarked in the Title
    with zipfile.ZipFile(io.BytesIO((tmp_path / "news.epub").read_bytes())) as book:
        chapter = next(
            book.read(n).decode()
            for n in book.namelist()
            if "report-title" in book.read(n).decode()
        )
    h1 = re.search(r"<h1[^>]*>.*?</h1>", chapter, re.S).group()
    assert 'id="m1"' in h1 and 'href="' in h1


def test_a_share_widget_glued_to_the_headline_is_dropped():
    parts = title_furniture("[国家统计局]2025年5月份社会消费品零售总额增长6.4%扫描二维码分享")
    assert parts.headline == "[国家统计局]2025年5月份社会消费品零售总额增长6.4%"
    assert parts.run_on == "扫描二维码分享"
