"""The normalizer on the genre: small inputs written for each rule, and the sample's answer key."""

from __future__ import annotations

import json

import pytest

from reportpress.ingest import source_from_bytes
from reportpress.model import from_xml
from reportpress.reportxml import q, to_bytes, validate
from reportpress.structure import normalize, normalize_punctuation


def parse(text: str, encoding: str = "utf-8"):
    root, warnings = normalize(source_from_bytes(text.encode(encoding), "t.txt"))
    validate(root)
    return root, warnings


def meta(root, name: str) -> str:
    found = root.find(f"{q('meta')}/{q(name)}")
    return "".join(found.itertext()) if found is not None else ""


def dropped(root) -> list[tuple[str, str]]:
    return [(d.get("reason"), d.text) for d in root.iter(q("dropped"))]


def headings(root) -> list[tuple[int, str, str]]:
    return [(b.level, b.number, b.text) for b in from_xml(root).headings()]


def leads(root) -> list[str]:
    return ["".join(e.itertext()) for e in root.iter(q("lead"))]


BODY = "各位代表：\n\n一、工作回顾\n\n过去一年，全市经济运行稳中有进。\n"


# ---- the sample against its answer key ------------------------------------------------


def test_sample_matches_structure_key(sample_root, fixtures_dir):
    key = json.loads((fixtures_dir / "chaoyang-2024-h1.structure.json").read_text("utf-8"))
    report = from_xml(sample_root)
    assert report.title == key["title"]
    assert report.subtitle == key["subtitle"]
    assert report.date == key["date"]
    assert report.occasion == key["occasion"]
    assert (report.affiliation, report.role, report.name) == (
        key["speaker"]["affiliation"],
        key["speaker"]["role"],
        key["speaker"]["name"],
    )
    assert report.blocks[3].kind == "salutation" and report.blocks[3].text == key["salutation"]
    assert [
        {"level": b.level, "number": b.number, "text": b.text} for b in report.headings()
    ] == key["headings"]
    assert leads(sample_root) == key["leads"]
    closing = [b.text for b in report.blocks if b.kind == "closing"]
    head, tail = key["closing"].split("……")
    assert len(closing) == 1 and closing[0].startswith(head) and closing[0].endswith(tail)
    assert [text for _, text in report.dropped] == key["dropped_lines"]


# ---- web furniture --------------------------------------------------------------------


def test_web_furniture_is_dropped_with_reasons():
    text = (
        "您当前的位置：首页 > 政务公开 > 规划计划\n"
        "索引号 | 11010500/2024-00123 | 发布机构 | 某区发展改革委 |\n"
        "文号 | 某发改〔2024〕3号 | 成文日期 | 2024-03-01 |\n"
        "关于某区2023年预算执行情况的报告\n"
        "关于某区2023年预算执行情况的报告\n"
        "来源：某区财政局\n"
        "发布时间：2024-03-05 10:00\n"
        "字号：大 中 小\n"
        "分享：\n"
        "各位代表：\n"
        "一、预算执行情况\n"
        "全年收入平稳增长。\n"
        "— 2 —\n"
        "收入结构持续优化。\n"
        "【打印本页】【关闭窗口】\n"
    )
    root, _ = parse(text)
    assert meta(root, "title") == "关于某区2023年预算执行情况的报告"
    reasons = dropped(root)
    assert ("web-navigation", "您当前的位置：首页 > 政务公开 > 规划计划") in reasons
    assert sum(r == "web-metadata" for r, _ in reasons) == 4
    assert ("web-navigation", "字号：大 中 小") in reasons
    assert ("duplicate", "关于某区2023年预算执行情况的报告") in reasons
    assert ("page-furniture", "— 2 —") in reasons
    assert ("web-navigation", "【打印本页】【关闭窗口】") in reasons
    assert any(r == "web-navigation" and t.startswith("分享") for r, t in reasons)
    body = "".join(root.find(q("body")).itertext())
    assert "打印" not in body and "来源" not in body and "— 2 —" not in body


# ---- the title block ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines, title",
    [
        (
            ["关于某市2023年国民经济和社会发展计划", "执行情况与2024年计划草案的报告"],
            "关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
        ),
        (
            ["关于某县2023年全县和县级", "预算执行情况与2024年全县和", "县级预算草案的报告"],
            "关于某县2023年全县和县级预算执行情况与2024年全县和县级预算草案的报告",
        ),
        (["政 府 工 作 报 告"], "政 府 工 作 报 告"),  # as printed: letter spacing kept
    ],
)
def test_titles_over_lines_and_letter_spaced(lines, title):
    root, _ = parse("\n".join(lines) + "\n" + BODY)
    assert meta(root, "title") == title


def test_subtitle_split_over_two_lines_with_date_and_occasion():
    text = (
        "政府工作报告\n——2025年1月6日在北京市西城区第十八届人民代表大会\n第五次会议上\n"
        "西城区人民政府区长  刘  东\n" + BODY
    )
    root, _ = parse(text)
    assert meta(root, "subtitle") == "——2025年1月6日在北京市西城区第十八届人民代表大会第五次会议上"
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2025-01-06"
    assert meta(root, "occasion") == "北京市西城区第十八届人民代表大会第五次会议"
    report = from_xml(root)
    assert (report.affiliation, report.role, report.name) == ("西城区人民政府", "区长", "刘 东")


def test_subtitle_without_dashes_and_speaker_without_name():
    text = "关于2023年决算的报告\n2024年6月28日在区人大常委会第十次会议上\n区财政局\n" + BODY
    root, _ = parse(text)
    assert meta(root, "subtitle") == "2024年6月28日在区人大常委会第十次会议上"
    assert meta(root, "occasion") == "区人大常委会第十次会议"
    report = from_xml(root)
    assert (report.affiliation, report.role, report.name) == ("区财政局", "", "")


def test_subtitle_with_chinese_numeral_date():
    root, _ = parse("工作报告\n——二〇二四年一月十五日在县人民代表大会上\n" + BODY)
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2024-01-15"


@pytest.mark.parametrize("salutation", ["主任、各位副主任、各位委员:", "各位代表："])
def test_salutations(salutation):
    root, _ = parse(f"工作报告\n{salutation}\n一、回顾\n全年平稳。\n")
    expected = salutation.replace(":", "：")
    assert "".join(root.find(f"{q('body')}/{q('salutation')}").itertext()) == expected


# ---- headings -------------------------------------------------------------------------


def test_heading_ladder_in_both_widths():
    text = (
        "报告\n各位代表：\n"
        "一、总体情况\n总体平稳。\n"
        "(一)收入情况\n收入增长。\n"
        "1.税收收入\n税收增长。\n"
        "（1）增值税\n增值税增长。\n"
        "(2)企业所得税\n所得税下降。\n"
        "2．非税收入\n非税收入下降。\n"
        "（二）支出情况\n支出平稳。\n"
        "二、下一步工作\n继续努力。\n"
    )
    root, _ = parse(text)
    assert headings(root) == [
        (1, "一、", "总体情况"),
        (2, "（一）", "收入情况"),
        (3, "1.", "税收收入"),
        (4, "（1）", "增值税"),
        (4, "（2）", "企业所得税"),
        (3, "2.", "非税收入"),
        (2, "（二）", "支出情况"),
        (1, "二、", "下一步工作"),
    ]
    sections = list(root.iter(q("section")))
    assert [s.get("id") for s in sections[:4]] == ["s1", "s1-1", "s1-1-1", "s1-1-1-1"]


def test_run_in_heading_ending_with_full_stop():
    root, _ = parse(
        "报告\n一、主要工作\n1.民生保障持续加强。全年新增就业1.2万人。\n2.生态环境持续改善。\n"
    )
    assert headings(root)[1:] == [(3, "1.", "民生保障持续加强。"), (3, "2.", "生态环境持续改善。")]
    first = next(s for s in root.iter(q("section")) if s.get("number") == "1.")
    assert first.find(q("heading")).get("run-in") == "true"
    assert "".join(first.find(q("p")).itertext()) == "全年新增就业1.2万人。"


def test_enumerations_and_numbers_are_not_headings():
    text = (
        "报告\n一、工作\n"
        "一是加快产业升级，二是扩大有效投资。\n"
        "2024年经济平稳运行。\n"
        "1.5万人次参加了培训。\n"
    )
    root, _ = parse(text)
    assert headings(root) == [(1, "一、", "工作")]
    assert len(list(root.iter(q("p")))) == 3


def test_unnumbered_part_heading():
    text = "工作报告\n各位代表：\n现在报告工作。\n\n过去一年的工作\n\n一年来经济平稳。\n\n今年的主要任务\n\n今年要稳中求进。\n"
    root, _ = parse(text)
    assert headings(root) == [(1, "", "过去一年的工作"), (1, "", "今年的主要任务")]


def test_leads_are_short_opening_sentences_of_topic_paragraphs():
    text = (
        "报告\n一、工作\n（一）经济\n"
        "产业结构持续优化。服务业增加值增长5%，占比提高。\n"
        "今年以来，我们按照部署，推动各项工作取得进展。全年完成目标。\n"
        "创新能力显著增强。\n"
    )
    root, _ = parse(text)
    assert leads(root) == ["产业结构持续优化。"]


def test_closing_addresses_the_audience_again():
    text = "报告\n各位代表：\n一、工作\n全年平稳。\n各位代表，让我们团结一心，奋力前行！\n"
    root, _ = parse(text)
    closing = root.find(f"{q('body')}/{q('closing')}")
    assert closing is not None and closing.text.startswith("各位代表，")


# ---- encodings, line ends and indentation ---------------------------------------------

SAMPLE_TEXT = "关于预算的报告\r\n\r\n各位代表:\r\n\u3000\u3000一、收入情况\r\n&nbsp;&nbsp;全年收入增长(同比)5%。\r\n\t二、支出情况\r\n\u00a0支出平稳。\r\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]
)
@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_encodings_line_ends_and_indents(encoding, newline):
    text = SAMPLE_TEXT.replace("\r\n", newline)
    if encoding == "gbk":
        text = text.replace("\u00a0", "\u3000")  # GBK has no NO-BREAK SPACE
    root, _ = parse(text, encoding)
    assert meta(root, "title") == "关于预算的报告"
    assert headings(root) == [(1, "一、", "收入情况"), (1, "二、", "支出情况")]
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs == ["全年收入增长（同比）5%。", "支出平稳。"]


def test_encoding_is_recorded(sample_root):
    root, _ = parse(SAMPLE_TEXT, "gb18030")
    assert root.find(f"{q('meta')}/{q('source')}").get("encoding") == "gb18030"


# ---- text pasted from a PDF -----------------------------------------------------------


def test_pdf_paste_without_line_breaks_is_split_at_unambiguous_markers():
    text = (
        "关于某区2023年计划执行情况的报告\n"
        "各位委员：一、执行情况全年经济平稳运行，各项指标好于预期。（一）产业发展产业持续升级，"
        "服务业占比提高到百分之六十，工业稳步增长。 — 3 — 关于某区2023年计划执行情况的报告 "
        "新兴产业加快发展。（二）民生保障就业形势稳定。二、存在问题部分指标增速放缓。\n"
    )
    root, warnings = parse(text)
    numbers = [n for _, n, _ in headings(root)]
    assert numbers == ["一、", "（一）", "（二）", "二、"]
    assert ("page-furniture", "— 3 —") in dropped(root)
    assert any(r == "page-furniture" and "计划执行情况的报告" in t for r, t in dropped(root))
    assert warnings, "guesses must be reported"
    body = "".join(root.find(q("body")).itertext())
    assert "— 3 —" not in body and "报告" not in body


def test_hard_wrapped_paragraphs_are_joined():
    text = "报告\n一、工作\n全年地区生产总值增长百分之五，城乡居民收入\n稳步提高，就业形势总体稳定。\n二、任务\n继续努力。\n"
    root, _ = parse(text)
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs[0] == "全年地区生产总值增长百分之五，城乡居民收入稳步提高，就业形势总体稳定。"


# ---- punctuation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("增长5.3%,区级收入", "增长5.3%，区级收入"),
        ("各位委员:", "各位委员："),
        ("22号线(朝阳段)完成", "22号线（朝阳段）完成"),
        ("中央商务区(CBD)建设", "中央商务区（CBD）建设"),
        ("是否完成?是的!", "是否完成？是的！"),
        ("收入1,234亿元", "收入1,234亿元"),
        ("上午10:30召开", "上午10:30召开"),
        ("升级到2.0版本", "升级到2.0版本"),
        ("THE BOX B, Beijing (CN)", "THE BOX B, Beijing (CN)"),
        ("一是加强;二是推进", "一是加强；二是推进"),
    ],
)
def test_punctuation_normalization(raw, expected):
    assert normalize_punctuation(raw) == expected


def test_output_is_deterministic():
    one, _ = parse(BODY)
    two, _ = parse(BODY)
    assert to_bytes(one) == to_bytes(two)


def test_web_page_title_above_the_report_title_and_speaker_before_subtitle():
    text = (
        "首页 > 政务公开 > 政府工作报告\n"
        "2024年某区政府工作报告\n"
        "发布日期：2024-01-20　　来源：区政府办公室\n"
        "政 府 工 作 报 告\n"
        "某区人民政府代区长　张　三\n"
        "（2024年1月8日在某区第十七届人民代表大会第四次会议上）\n"
        "各位代表：\n"
        "　　现在，我代表区人民政府向大会报告工作。\n"
        "　　一、2023年工作回顾\n"
        "　　2023年是全面贯彻落实党的二十大精神的开局之年。全年经济平稳。\n"
        "　　（一）创新发展动能持续增强\n"
        "　　科技创新成果丰硕。新增企业。\n"
    )
    root, warnings = parse(text)
    assert meta(root, "title") == "政 府 工 作 报 告"
    assert ("duplicate", "2024年某区政府工作报告") in dropped(root)
    assert meta(root, "occasion") == "某区第十七届人民代表大会第四次会议"
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2024-01-08"
    report = from_xml(root)
    assert (report.affiliation, report.role, report.name) == ("某区人民政府", "代区长", "张 三")
    assert report.blocks[-1].text.startswith("科技创新成果丰硕")
    # The opening of a section that has subsections is an introduction, not a lead.
    assert leads(root) == ["科技创新成果丰硕。"]
    assert warnings


def test_speaker_name_on_a_line_of_its_own():
    root, _ = parse("政府工作报告\n丰台区人民政府区长\n王  强\n各位代表：\n一、回顾\n全年平稳。\n")
    report = from_xml(root)
    assert (report.affiliation, report.role, report.name) == ("丰台区人民政府", "区长", "王 强")
    assert headings(root) == [(1, "一、", "回顾")]
    assert [b.kind for b in report.blocks[:3]] == ["title", "speaker", "salutation"]


def test_numbered_statements_are_list_items_not_headings():
    text = (
        "报告\n一、预算执行情况\n（一）收入\n1.税收收入\n"
        "（1）增值税完成72.5亿元，增长6.1%。\n（2）企业所得税完成31.2亿元，下降2.3%。\n"
        "2.非税收入\n非税收入下降。\n"
    )
    root, _ = parse(text)
    assert headings(root) == [
        (1, "一、", "预算执行情况"),
        (2, "（一）", "收入"),
        (3, "1.", "税收收入"),
        (3, "2.", "非税收入"),
    ]
    items = ["".join(p.itertext()) for p in root.iter(q("p"))][:2]
    assert items == [
        "（1）增值税完成72.5亿元，增长6.1%。",
        "（2）企业所得税完成31.2亿元，下降2.3%。",
    ]


def test_ascii_punctuation_headings_and_full_stops():
    text = "报告\n一,主要指标完成情况\n1-11月,全区地区生产总值增长5%.\n二,存在的问题\n(一)推动重点项目落地.全年完成投资.\n"
    root, _ = parse(text)
    assert headings(root) == [
        (1, "一、", "主要指标完成情况"),
        (1, "二、", "存在的问题"),
        (2, "（一）", "推动重点项目落地."),
    ]


def test_hard_wraps_across_page_numbers_and_after_run_in_headings():
    text = (
        "报告\n一、上半年工作\n"
        "1.数字经济提质增效。规模以上数字经济核心产业营业收入增长1\n5.3%，占比达到23.6%。\n"
        "（一）持续抓好民生实事。新增养老床位800张，完成老旧小区改\n\n- 2 -\n\n造25个。\n"
    )
    root, _ = parse(text)
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs == [
        "规模以上数字经济核心产业营业收入增长15.3%，占比达到23.6%。",
        "新增养老床位800张，完成老旧小区改造25个。",
    ]
    assert ("page-furniture", "- 2 -") in dropped(root)


@pytest.mark.parametrize(
    "line, kept",
    [
        ("数据截至2024-06-30，全区完成投资。", "数据截至2024-06-30，全区完成投资。"),
        ("实施“2024—2025—2026”三年行动。", "实施“2024—2025—2026”三年行动。"),
        ("全年增长5.6%。- 3 -", "全年增长5.6%。"),
    ],
)
def test_glued_page_numbers_but_not_dates_or_ranges(line, kept):
    root, _ = parse(f"报告\n一、工作\n{line}\n")
    assert "".join(next(root.iter(q("p"))).itertext()) == kept


def test_web_footer_is_dropped_and_closing_found():
    text = (
        "报告\n各位委员：\n一、工作\n全年平稳。\n各位委员，下半年任务艰巨，我们将继续努力。\n"
        "主办：北京市某区人民政府  承办：某区政府办公室  京ICP备05060933号\n共12页 第6页\n"
    )
    root, _ = parse(text)
    assert [r for r, _ in dropped(root)] == ["web-metadata", "page-furniture"]
    assert root.find(f"{q('body')}/{q('closing')}") is not None


def test_closing_that_asks_for_review():
    root, _ = parse("报告\n一、工作\n全年平稳。\n以上报告，请予审议。\n")
    assert root.find(f"{q('body')}/{q('closing')}").text == "以上报告，请予审议。"


def test_leads_with_figures_are_statements_not_topics():
    root, _ = parse(
        "报告\n一、工作\n（一）旅游\n城市绿心森林公园接待游客超过520万人次。同比增长。\n"
    )
    assert leads(root) == []


def test_form_feed_inside_a_line_does_not_break_it():
    root, _ = parse("报告\n一、工作\n上半年全区地区生产\f总值增长5%。\n")
    assert headings(root) == [(1, "一、", "工作")]
    assert "".join(next(root.iter(q("p"))).itertext()) == "上半年全区地区生产总值增长5%。"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_mostly_chinese_utf16_without_bom(sample_path, encoding):
    """Chinese text in UTF-16 has few NUL bytes (only its ASCII): still read, not refused."""
    text = sample_path.read_text(encoding="utf-8")
    root, _ = parse(text, encoding)
    assert root.find(f"{q('meta')}/{q('source')}").get("encoding") == encoding
    assert len(headings(root)) == 13
