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


def paragraphs(root) -> list[str]:
    return ["".join(p.itertext()) for p in root.iter(q("p"))]


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


def test_links_to_the_previous_and_next_article_are_dropped():
    text = (
        "关于某县2022年政府工作报告\n"
        "各位代表：\n"
        "全县生产总值增长5.1%。\n"
        "上一篇：某县召开春季植树动员会\n"
        "下一条：全县防汛工作会议召开\n"
        "上一条:某镇举办农民丰收节\n"
    )
    root, _ = parse(text)
    reasons = dropped(root)
    assert ("web-navigation", "下一条：全县防汛工作会议召开") in reasons
    assert ("web-navigation", "上一条:某镇举办农民丰收节") in reasons
    body = "".join(root.find(q("body")).itertext())
    assert "一条" not in body and "植树" not in body


@pytest.mark.parametrize(
    "lines, sentence, gone",
    [
        (  # figures alone on their lines; a page number between paragraphs still goes
            [
                "全年实施重点项目",
                "46",
                "个，新建学校",
                "3",
                "所、卫生院",
                "2",
                "所。",
                "",
                "128",
                "",
            ],
            "全年实施重点项目46个，新建学校3所、卫生院2所。",
            [("page-furniture", "128")],
        ),
        (  # a pause, a percent sign or a month number alone on its line
            ["截至", "9", "月底，全县存款余额", "856", "亿元", "、", "贷款余额", "702"]
            + ["亿元，分别增长", "4.6", "%", "、", "7.2", "%。"],
            "截至9月底，全县存款余额856亿元、贷款余额702亿元，分别增长4.6%、7.2%。",
            [],
        ),
    ],
)
def test_figures_and_marks_on_lines_of_their_own_stay_in_their_sentence(lines, sentence, gone):
    # A PDF's text that puts each figure on a line of its own: the numbers and marks
    # are the sentence's, not page numbers or a page's separators.
    root, _ = parse(
        "关于某县2021年政府工作报告\n各位代表：\n" + "\n".join(lines) + "\n全年支出平稳。\n"
    )
    body = "".join(root.find(q("body")).itertext())
    assert sentence in body
    assert dropped(root) == gone


@pytest.mark.parametrize(
    "lines",
    [
        ["全年实施重点", "3", "项目46个。"],  # a page number inside a word: 项目 is no unit
        ["全年实施重点项目46", "3", "个。"],  # the figure before it owns the unit
        ["全年实施重点项目46个。", "3", "个别指标未完成。"],  # a sentence ended before it
    ],
)
def test_a_page_number_inside_a_sentence_is_still_one(lines):
    root, _ = parse("关于某县2021年政府工作报告\n各位代表：\n" + "\n".join(lines) + "\n")
    assert ("page-furniture", "3") in dropped(root)


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


def test_a_dated_line_of_prose_is_body_not_subtitle():
    # a news copy whose whole text is one line opening with its dateline: it is the body's
    # (it was the subtitle and the occasion, twice over, and no figure of it was read)
    line = (
        "2010年09月27日 10:51 来源：某网 统计局27日在此间说，1-8月份，全省规模以上工业企业"
        "实现利润2600亿元，同比增长55%。其中，国有企业实现利润842亿元，同比增长67.5%。"
    )
    root, _ = parse(line + "\n")
    assert meta(root, "subtitle") == meta(root, "occasion") == ""
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs and paragraphs[0].endswith("同比增长67.5%。")


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


def test_the_numbered_notes_after_one_read_as_a_statement_are_statements_too():
    """注：(1)…。(2)…，…。(3)人均…计算。: the third is as short as a title, but a note of
    the list the first two began, not a heading at the report's end."""
    root, _ = parse(
        "报告\n一、综合\n全年生产总值增长5%。\n注：(1)本公报所列数据为初步统计数据。\n"
        "(2)生产总值绝对数按现行价格计算，增长速度按可比价格计算。\n(3)人均生产总值按户籍人口计算。\n"
    )
    assert headings(root) == [(1, "一、", "综合")]
    texts = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert texts[-1] == "（3）人均生产总值按户籍人口计算。"
    # a numbered title after a numbered statement of another number stays a heading
    root, _ = parse("报告\n一、综合\n（1）增值税完成72.5亿元，增长6.1%。\n（3）加快产业发展\n")
    assert headings(root)[-1] == (4, "（3）", "加快产业发展")


def test_a_section_label_before_a_colon_is_the_heading_and_its_text_runs_in():
    """（二）支出情况：1—5月，… heads a section with its label; the sentence after the
    colon is the section's text (its figures and the 其中 parts after them stay together)."""
    root, _ = parse(
        "报告\n一、预算执行情况\n（一）收入情况：全市完成收入12.6亿元，增长1.8%。其中：税收收入"
        "8.1亿元。\n（二）支出情况：\n全市完成支出22.7亿元。\n（1）增值税：完成3.2亿元。\n"
    )
    # (the numbered sentence under the second is a statement, not a heading)
    assert headings(root) == [
        (1, "一、", "预算执行情况"),
        (2, "（一）", "收入情况："),
        (2, "（二）", "支出情况："),
    ]
    first = next(s for s in root.iter(q("section")) if s.get("number") == "（一）")
    assert first.find(q("heading")).get("run-in") == "true"
    assert "".join(first.find(q("p")).itertext()) == (
        "全市完成收入12.6亿元，增长1.8%。其中：税收收入8.1亿元。"
    )


def test_a_label_of_listed_topics_before_a_colon_is_the_heading() -> None:
    """二、肉、禽蛋价格：猪肉…分别为：27元… heads the section with the label at the first
    colon (the topics listed with 、), not the whole sentence up to the second."""
    root, _ = parse(
        "报告\n一、粮油价格：面粉每公斤均价3.28元。\n"
        "二、肉、禽蛋价格：猪肉、牛肉价格每公斤均价分别为：27元、58元。鸡蛋每公斤均价为9.5元。\n"
    )
    assert headings(root) == [(1, "一、", "粮油价格："), (1, "二、", "肉、禽蛋价格：")]


def test_a_section_label_before_a_space_is_the_heading_and_its_text_follows() -> None:
    """A web copy that put a section's first sentence on its heading's line after a space
    (the normalizer joins Han characters across it) made one heading of both."""
    root, _ = parse(
        "报告\n一、财政收支情况\n"
        "（一）2024年财政收入执行情况 2024年实现财政总收入5884.57万元，完成年初预算的63.6%。\n"
        "（二）财政支出执行情况\u3000全年实现财政总支出15884.57万元。\n"
        "二、主要工作 今年以来，我镇坚持稳中求进，经济运行总体平稳。\n"
    )
    assert headings(root) == [
        (1, "一、", "财政收支情况"),
        (2, "（一）", "2024年财政收入执行情况"),
        (2, "（二）", "财政支出执行情况"),
        (1, "二、", "主要工作"),
    ]
    # No mark closes such a label: the text is the section's first paragraph, under it.
    assert not [h for h in root.iter(q("heading")) if h.get("run-in")]
    assert paragraphs(root) == [
        "2024年实现财政总收入5884.57万元，完成年初预算的63.6%。",
        "全年实现财政总支出15884.57万元。",
        "今年以来，我镇坚持稳中求进，经济运行总体平稳。",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "一、坚持稳中求进 推动高质量发展",  # a heading said in two phrases
        "一、聚焦产业升级 加快动能转换，着力构建现代产业体系。",
    ],
)
def test_a_heading_in_two_phrases_is_not_cut_at_its_space(line: str) -> None:
    root, _ = parse(f"报告\n{line}\n全年完成投资5亿元。\n")
    assert headings(root) == [(1, "一、", line[2:].replace(" ", ""))]
    assert paragraphs(root)[-1] == "全年完成投资5亿元。"


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


def test_a_release_without_a_title_keeps_its_first_line_of_prose():
    """A release pasted from its first sentence, punctuated in ASCII: that line is the
    report's text, not a title block's furniture (it was dropped as web metadata)."""
    root, _ = parse(
        "实现地区生产总值544.9亿元,同比增长5.1%\n工业运行平稳,第二产业增加值122.8亿元,增长4.2%。\n"
    )
    assert dropped(root) == []
    # (joined with the next: a line that ends inside a sentence continues)
    assert "".join(root.find(f"{q('body')}/{q('p')}").itertext()).startswith(
        "实现地区生产总值544.9亿元，同比增长5.1%"
    )
    # A portal's line of keywords with one comma stays furniture above the title.
    root, _ = parse(
        "某某市政府工作报告全文,政府工作报告要点解读\n某某市政府工作报告\n各位代表：\n"
        "现在，我代表市人民政府向大会报告工作。\n"
    )
    assert meta(root, "title") == "某某市政府工作报告"
    assert [reason for reason, _ in dropped(root)] == ["web-metadata"]


def test_a_headline_line_is_not_joined_to_the_paragraph_after_it():
    """In a text written a paragraph a line, a short line that ends inside a sentence and
    a long one after it are two paragraphs (a headline, a caption), not a hard wrap;
    where the lines are wrapped at one width, they are one."""
    long_line = (
        "2006年是全县经济跨越发展的一年，来自统计部门的数字显示，全县完成生产总值142亿元，增长15%。"
    )
    root, _ = parse(f"报告\n各位代表：\n生产总值：142亿元\n{long_line}\n{long_line}\n")
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs[:2] == ["生产总值：142亿元", long_line]
    # Opening the text, a headline before a whole paragraph, however short.
    root, _ = parse(
        "实现地区生产总值544.9亿元,同比增长5.1%\n农业生产形势较好,增长3.8%。\n"
        + long_line * 3
        + "\n"
    )
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs[:2] == [
        "实现地区生产总值544.9亿元，同比增长5.1%",
        "农业生产形势较好，增长3.8%。",
    ]
    # Where most lines are whole paragraphs, a caption before a short one stands alone.
    root, _ = parse(
        "报告\n各位代表：\n"
        + long_line
        + "\n农业生产良好，产值平稳增长\n前三季度，农业增加值增长6.2%。\n"
        + long_line
        + "\n"
    )
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs[1:3] == ["农业生产良好，产值平稳增长", "前三季度，农业增加值增长6.2%。"]
    # Wrapped at one width: the lines of a paragraph are joined.
    wrapped = "全年实施重点项目46个，新建学校3所、卫生院2所，\n新增城镇就业1.2万人，城镇登记失业率控制在4%以内。\n"
    root, _ = parse("报告\n各位代表：\n" + wrapped * 3)
    assert "".join(next(root.iter(q("p"))).itertext()) == wrapped.replace("\n", "")


def test_a_numbered_sentence_wrapped_inside_its_bracket_is_one_paragraph():
    """A report copied from a PDF wraps ``1、…`` items where the page ended: inside a bracket
    or after a comma.  The item is one numbered sentence, not a heading and a paragraph."""
    root, _ = parse(
        "报告\n一、支出安排\n1、国防支出284万元(区本级272万元,上级\n12万元),同比增长7.2%。\n"
        "2、教育支出3.04亿元(区本级2.22亿元,上级8135万元),\n同比增长11.6%。\n"
    )
    assert headings(root) == [(1, "一、", "支出安排")]
    paragraphs = ["".join(p.itertext()) for p in root.iter(q("p"))]
    assert paragraphs == [
        "1、国防支出284万元（区本级272万元，上级12万元），同比增长7.2%。",
        "2、教育支出3.04亿元（区本级2.22亿元，上级8135万元），同比增长11.6%。",
    ]


def test_dashed_captions_head_a_release_but_not_a_numbered_report():
    caption = "——工业生产快速增长，企业效益明显回升"
    release = (
        "今年以来,全市经济快速增长,主要经济指标大幅提升。\n"
        f"{caption}\n1-8月份,全市规模以上工业企业实现增加值40.7亿元,同比增长29.4%。\n"
        "——消费市场继续活跃\n1-8月份,全市社会消费品零售总额38.5亿元,增长18.6%。\n"
    )
    root, _ = parse(release)
    assert headings(root) == [(1, "", caption), (1, "", "——消费市场继续活跃")]
    # Under numbered headings a dashed line is a summary inside its section.
    report = (
        "报告\n一、工作回顾\n过去一年，经济平稳运行。\n" + caption + "\n全市经济实力明显增强。\n"
    )
    root, _ = parse(report)
    assert headings(root) == [(1, "一、", "工作回顾")]


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


def test_a_title_quoted_in_a_sentence_is_text_not_a_running_head():
    """A long pasted line that cites the report by its title (听取了《关于…的报告》) keeps
    it; the same title standing bare in the line is a running head, dropped."""
    text = (
        "关于某区2023年预算执行情况的报告\n"
        "各位委员：区人大常委会会议听取了区政府《关于某区2023年预算执行情况的报告》，"
        "会议认为，全区预算执行情况总体良好，收支平衡，各项财政政策有效落实，"
        "财政保障能力持续增强，基本民生支出得到有力保障。 关于某区2023年预算执行情况的报告 "
        "全年一般公共预算收入完成预算，重点支出保障有力。\n"
    )
    root, _ = parse(text)
    body = "".join(root.find(q("body")).itertext())
    assert "《关于某区2023年预算执行情况的报告》" in body
    assert body.count("预算执行情况的报告") == 1
    assert ("page-furniture", "关于某区2023年预算执行情况的报告") in dropped(root)


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


# ---- finding the report inside what people paste (invented pages of the genre) --------

PORTAL_HEAD = (
    "您所在的位置：\n首页\n>\n政务动态\n"
    "某县2025年政府工作报告\n"
    "来源：某县融媒体中心\n"
    "2025-03-02 08:15:20\n"
    "【字号：\n大\n中\n小\n】\n"
)


def test_title_is_chosen_by_score_not_first_line():
    text = (
        PORTAL_HEAD
        + "――2025年2月20日在某县第十八届人民代表大会第五次会议上\n"
        + "县长　李　明\n"
        + "1月20日，某县第十八届人民代表大会第五次会议开幕。县长李明作报告。融媒体记者 赵 平 摄\n"
        + "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去一年工作回顾\n全县经济稳中向好。\n"
    )
    root, _ = parse(text)
    assert meta(root, "title") == "某县2025年政府工作报告"
    assert meta(root, "subtitle").startswith("――2025年2月20日")
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2025-02-20"
    report = from_xml(root)
    assert (report.affiliation, report.role, report.name) == ("", "县长", "李 明")
    assert report.blocks[3].kind == "salutation"
    reasons = dict((text, reason) for reason, text in dropped(root))
    assert reasons["首页"] == "web-navigation" and reasons[">"] == "web-navigation"
    assert reasons["来源：某县融媒体中心"] == "web-metadata"
    assert reasons["2025-03-02 08:15:20"] == "web-metadata"
    assert any(r == "photo-caption" for r, _ in dropped(root))


def test_news_dateline_and_glued_title_subtitle_speaker_are_split():
    text = (
        "人民网长沙1月12日电\n"
        "政府工作报告——2025年1月8日在某省第十四届人民代表大会第三次会议上某省省长 王 刚\n"
        "各位代表：\n现在，我代表省人民政府向大会报告工作。\n一、回顾\n全省经济平稳。\n"
    )
    root, warnings = parse(text)
    assert meta(root, "title") == "政府工作报告"
    assert meta(root, "subtitle") == "——2025年1月8日在某省第十四届人民代表大会第三次会议上"
    assert meta(root, "occasion") == "某省第十四届人民代表大会第三次会议"
    report = from_xml(root)
    assert (report.affiliation, report.role, report.name) == ("某省", "省长", "王 刚")
    assert ("dateline", "人民网长沙1月12日电") in dropped(root)
    assert any("one line" in message for _, message in warnings)


def test_bare_speaker_name_and_label_lines_with_values_below():
    text = (
        "2025年某市政府工作报告\n——2025年1月5日在某市第十七届人民代表大会第四次会议上\n"
        "时间：\n2025-01-09\n"
        "张伟国\n"
        "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、回顾\n全市经济平稳。\n"
    )
    root, _ = parse(text)
    assert from_xml(root).name == "张伟国"
    assert ("web-metadata", "2025-01-09") in dropped(root)


def test_report_without_title_gets_a_derived_title_and_a_warning():
    root, warnings = parse(
        "各位代表：\n现在，我代表区人民政府报告工作。\n一、回顾\n全区平稳运行。\n"
    )
    title = root.find(f"{q('meta')}/{q('title')}")
    assert title.get("derived") == "file-name"
    assert from_xml(root).title_derived == "file-name"
    assert any("no title" in message for _, message in warnings)


def test_title_given_by_the_caller_is_recorded_as_given():
    source = source_from_bytes("各位代表：\n一、回顾\n全区平稳运行。\n".encode(), "t.txt")
    root, _ = normalize(source, title="某区2025年政府工作报告")
    title = root.find(f"{q('meta')}/{q('title')}")
    assert (title.text, title.get("derived")) == ("某区2025年政府工作报告", "given")


def test_closing_is_found_before_trailing_furniture_and_appendices():
    text = (
        "政府工作报告\n各位代表：\n现在，我代表市人民政府报告工作。\n"
        "一、今年的工作\n全年经济平稳运行，民生持续改善。\n"
        "各位代表！\n"
        "新征程重任在肩。让我们团结一心，为建设美好家园而努力奋斗！\n"
        "附件\n2025年市级民生实事项目\n"
        "1.新建改建城市公园10个，提升绿地品质（责任单位：市园林局）。\n"
        "2.新增普惠托育位3000个（责任单位：市卫健委）。\n"
        "名词解释\n"
        "1.“两新”：\n大规模设备更新和消费品以旧换新。\n"
        "相关报道：\n某市召开人代会\n扫一扫在手机打开当前页\n"
    )
    root, _ = parse(text)
    assert "".join(root.find(f"{q('body')}/{q('closing')}").itertext()).startswith("新征程重任在肩")
    assert headings(root) == [
        (1, "一、", "今年的工作"),
        (1, "", "2025年市级民生实事项目"),
        (1, "", "名词解释"),
    ]
    # The closing stands where the source has it: after the report, before its appendices.
    body = [child.tag for child in root.find(q("body"))]
    assert body.index(q("closing")) == body.index(q("section")) + 1
    assert body[body.index(q("closing")) + 1] == q("p")  # 附件, the label
    assert "".join(root.find(q("body")).itertext()).index("附件") > "".join(
        root.find(q("body")).itertext()
    ).index("新征程重任在肩")
    assert leads(root) == []  # 各位代表！ is a vocative, not a lead
    kept = "".join(root.find(q("body")).itertext())
    assert "相关报道" not in kept and "扫一扫" not in kept and "某市召开人代会" not in kept
    assert "1.新建改建城市公园10个" in kept


def test_unnumbered_parts_between_finished_paragraphs():
    text = (
        "政府工作报告\n各位代表：\n现在，我代表县人民政府报告工作。\n"
        "过去五年工作回顾\n五年来，全县上下团结奋斗，经济总量迈上新台阶。\n"
        "今后五年主要任务\n今后五年，我们将加快建设现代化产业体系，推动高质量发展。\n"
        "（一）做强特色产业\n壮大特色农业，发展农产品加工。\n"
    )
    root, _ = parse(text)
    assert headings(root) == [
        (1, "", "过去五年工作回顾"),
        (1, "", "今后五年主要任务"),
        (2, "（一）", "做强特色产业"),
    ]


def test_heading_broken_after_its_bracket_is_joined():
    text = BODY + "（\n二）稳住农业基本盘\n粮食产量稳定。\n"
    root, _ = parse(text)
    assert (2, "（二）", "稳住农业基本盘") in headings(root)


def test_html_markup_in_text_is_read_as_structure_and_recorded():
    text = (
        '[<div class="article">\n<!-- body -->\n<h4>各位代表：</h4>'
        "<p>现在，我代表市政府向大会报告工作。</p>"
        '<h5>一、过去一年的工作</h5><p><span class="lead">经济平稳。</span>全年增长稳定。</p>'
        "<h5>各位代表！</h5><p>让我们携手奋进，再创佳绩！</p>\n</div>]"
    )
    root, _ = parse(text)
    assert headings(root) == [(1, "一、", "过去一年的工作")]
    assert "".join(root.find(f"{q('body')}/{q('salutation')}").itertext()) == "各位代表："
    assert (
        "".join(root.find(f"{q('body')}/{q('closing')}").itertext()) == "让我们携手奋进，再创佳绩！"
    )
    markup = [t for r, t in dropped(root) if r == "markup"]
    assert "<!-- body -->" in markup and "<h5>" in markup and "</div>" in markup
    assert "<" not in "".join(root.find(q("body")).itertext())


def test_saved_web_page_is_an_input(tmp_path):
    from reportpress.inputs import load

    page = tmp_path / "report.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>某区政府工作报告_某区人民政府网</title>"
        "<style>p{margin:0}</style></head><body>"
        "<div class='crumb'>首页 &gt; 政务公开</div>"
        "<h1>某区2025年政府工作报告</h1><p>——2025年1月6日在某区第九届人民代表大会第五次会议上</p>"
        "<p>各位代表：</p><p>现在，我代表区人民政府报告工作。</p>"
        "<h2>一、2024年工作回顾</h2><p>全区经济平稳运行。</p>"
        "<p>各位代表，让我们共同努力！</p></body></html>",
        "utf-8",
    )
    root, _ = load(page)
    report = from_xml(root)
    assert report.title == "某区2025年政府工作报告"
    assert report.date == "2025-01-06"
    assert [(b.level, b.number, b.text) for b in report.headings()] == [
        (1, "一、", "2024年工作回顾")
    ]
    assert "p{margin:0}" not in "".join(root.find(q("body")).itertext())


def test_invisible_format_characters_and_escape_residue_are_dropped_and_recorded():
    text = "工作\u200b报告\n各位代表：<U+200D>\n一、回顾\n全年\u202e平稳\ufeff运行。\n"
    root, _ = parse(text)
    kept = "".join(root.itertext())
    assert not any(ch in kept for ch in "\u200b\u202e\ufeff\u200d")
    reasons = dropped(root)
    assert ("format-character", "U+200B") in reasons and ("format-character", "U+202E") in reasons
    assert ("encoding-residue", "<U+200D>") in reasons
    assert meta(root, "title") == "工作报告"


def test_report_without_salutation_keeps_its_opening_paragraph():
    text = (
        "关于某区2024年区级决算的报告\n（草案）\n2025年6月24日在区人大常委会第九次会议上\n区财政局\n"
        "2024年，区财政部门落实区委部署，决算情况总体良好，现报告如下。\n"
        "一、区级决算情况\n区级一般公共预算收入完成15.2亿元。\n以上报告，请予审议。\n"
    )
    root, _ = parse(text)
    assert meta(root, "title") == "关于某区2024年区级决算的报告（草案）"
    assert [d for d in dropped(root)] == []
    assert "".join(root.find(f"{q('body')}/{q('p')}").itertext()).startswith("2024年，区财政部门")
    assert "".join(root.find(f"{q('body')}/{q('closing')}").itertext()) == "以上报告，请予审议。"


def test_web_page_head_and_style_text_is_recorded_not_lost():
    page = (
        "<html><head><title>某镇工作报告_某镇人民政府</title><style>p{margin:0}</style></head>"
        "<body><h1>某镇2025年政府工作报告</h1><p>各位代表：</p><h2>一、回顾</h2><p>全镇平稳。</p></body></html>"
    )
    root, _ = parse(page)
    markup = [t for r, t in dropped(root) if r == "markup"]
    assert "某镇工作报告_某镇人民政府" in markup and "p{margin:0}" in markup
    assert meta(root, "title") == "某镇2025年政府工作报告"


def test_photo_caption_inside_the_body_is_dropped():
    text = BODY + "图为新建成的城市书房。本报记者 陈 晨 摄\n全年新建城市书房12个。\n"
    root, _ = parse(text)
    assert ("photo-caption", "图为新建成的城市书房。本报记者 陈 晨 摄") in dropped(root)
    assert "城市书房12个" in "".join(root.find(q("body")).itertext())


def test_bold_lead_on_a_line_of_its_own_leads_the_next_paragraph():
    text = (
        BODY
        + "（一）推进产业升级\n"
        + "制造业提质增效。\n全年规模以上工业增加值增长6%，新培育专精特新企业30家，技术改造投资增长12%。\n"
        + "服务业稳步发展。\n社会消费品零售总额增长5%，接待游客人次和旅游收入均创历史新高。\n"
    )
    root, _ = parse(text)
    assert leads(root) == ["制造业提质增效。", "服务业稳步发展。"]
    assert headings(root)[-1] == (2, "（一）", "推进产业升级")
    # A short sentence before a closing stays its own paragraph.
    root, _ = parse(BODY + "全年平稳。\n各位代表，让我们团结一心，为实现今年目标任务而努力奋斗！\n")
    assert leads(root) == []
    assert root.find(f"{q('body')}/{q('closing')}").text.startswith("各位代表")


def test_long_comments_tags_and_declarations_are_recorded_whole():
    image = '<img src="data:image/png;base64,' + "A" * 5000 + '">'
    comment = "<!-- " + "旧版页面 " * 800 + "-->"
    page = (
        "<!DOCTYPE html><p>某区政府工作报告</p>"
        + comment
        + "<p>各位代表：</p>"
        + image
        + "<h2>一、回顾</h2><p>全区平稳。</p><!-- 未闭合的注释 <p>页脚</p>"
    )
    root, _ = parse(page)
    markup = [t for r, t in dropped(root) if r == "markup"]
    assert comment in markup and image in markup and "<!DOCTYPE html>" in markup
    assert "<!-- 未闭合的注释 <p>页脚</p>" in markup
    assert "页脚" not in "".join(root.find(q("body")).itertext())


def test_markup_nested_deeper_than_the_parser_builds_loses_no_text():
    depth = 5000
    page = (
        "<p>工作报告</p><p>各位代表：</p>"
        + "<div>" * depth
        + "全年经济平稳运行。"
        + "</div>" * depth
    )
    root, _ = parse(page)
    assert "全年经济平稳运行。" in "".join(root.find(q("body")).itertext())


@pytest.mark.parametrize(
    "broken", ["（\n三）稳住农业基本盘", "（三\n）稳住农业基本盘", "（三）\n稳住农业基本盘"]
)
def test_heading_broken_inside_or_after_its_label_is_joined(broken):
    root, _ = parse(BODY + broken + "\n粮食产量稳定在合理水平，农民收入持续增长。\n")
    assert (2, "（三）", "稳住农业基本盘") in headings(root)


def test_title_with_a_comma_is_still_the_title():
    text = "关于加快发展现代农业，推进乡村全面振兴的实施意见\n（2025年2月10日）\n一、总体要求\n坚持农业农村优先发展。\n"
    root, _ = parse(text)
    assert meta(root, "title") == "关于加快发展现代农业，推进乡村全面振兴的实施意见"
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2025-02-10"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("市卫生健康委员会主任委员孙立华", ("市卫生健康委员会", "主任委员", "孙立华")),
        ("县审计局副局长欧阳明远", ("县审计局", "副局长", "欧阳明远")),
        ("镇人民政府镇长李丹", ("镇人民政府", "镇长", "李丹")),
        ("处长王", None),  # a role word and one character: no name
    ],
)
def test_a_role_and_name_written_without_a_space(line, expected):
    from reportpress.structure.titleblock import parse_speaker

    speaker = parse_speaker(line)
    got = speaker and (speaker.affiliation, speaker.role, speaker.name)
    assert got == expected


def test_a_short_sentence_under_the_title_starts_the_body():
    # an excerpt without a salutation: a line that ends a sentence is prose, not a
    # line of the title block to drop as web metadata, however short
    root, _ = parse("全县经济运行情况\n城镇居民收入3万元，增长6%。\n农村居民收入2万元。\n")
    assert dropped(root) == []
    assert "城镇居民收入3万元，增长6%。" in "".join(root.find(q("body")).itertext())


@pytest.mark.parametrize("speaker", ["县长 张三 ", ""])
def test_prose_running_on_after_a_glued_title_block_is_the_body(speaker):
    # a page that put the whole report on one line: title, subtitle, speaker, then prose
    text = f"政府工作报告——2023年1月5日在县第十届人民代表大会第三次会议上 {speaker}过去一年，全县生产总值达到58.6亿元。\n"
    root, _ = parse(text)
    assert meta(root, "subtitle") == "——2023年1月5日在县第十届人民代表大会第三次会议上"
    assert (
        "".join(root.find(q("body")).itertext()).strip() == "过去一年，全县生产总值达到58.6亿元。"
    )


def test_an_article_after_a_dashed_subtitle_on_one_line_is_the_body():
    # a news page's one line: ——subtitle, a byline, then the article with its figures
    text = "——县十届人大三次会议开幕侧记 ● 记者 王明 1月5日，大会开幕。全县生产总值达到58.6亿元。\n"
    root, _ = parse(text)
    assert meta(root, "subtitle") == "——县十届人大三次会议开幕侧记"
    assert "全县生产总值达到58.6亿元。" in "".join(root.find(q("body")).itertext())


def test_a_bracketed_dateline_running_on_into_the_report_is_split():
    # a bulletin's page: the title, then one line holding the date in brackets and the text
    text = (
        "某县2009年国民经济和社会发展统计公报\n"
        "(2010年3月1日) 2009年，全县实现地区生产总值50.1亿元，增长12%。一、农业 全年粮食产量20万吨。\n"
    )
    root, _ = parse(text)
    assert meta(root, "subtitle") == "（2010年3月1日）"
    body = "".join(root.find(q("body")).itertext()).split()
    assert body[0] == "2009年，全县实现地区生产总值50.1亿元，增长12%。"
    assert "全年粮食产量20万吨。" in "".join(body)
    # a dateline alone stays the subtitle, as before
    root, _ = parse("某县2009年统计公报\n（2010年3月1日）\n全县生产总值50.1亿元。\n")
    assert meta(root, "subtitle") == "（2010年3月1日）"


def test_a_dateline_speaker_and_salutation_running_on_into_the_report_are_split():
    # a portal's copy: the title, then one line holding the dateline, the speaker, the
    # salutation and the whole report
    text = (
        "2016年某区政府工作报告\n"
        "2016年1月18日在某区第八届人民代表大会第五次会议上某区人民政府区长张明各位代表:"
        "现在,我代表区人民政府向大会报告工作。2015年实现地区生产总值336.8亿元,增长7.6%。\n"
    )
    root, _ = parse(text)
    assert meta(root, "subtitle").startswith("2016年1月18日在某区第八届人民代表大会第五次会议上")
    assert root.find(q("body")).find(q("salutation")).text == "各位代表："
    body = "".join(root.find(q("body")).itertext())
    assert "我代表区人民政府向大会报告工作" in body
    assert "地区生产总值336.8亿元" in body


def test_a_news_pages_comment_box_is_dropped_with_its_reason():
    """A news page's comment box after the report (评论一下, counters of people who took
    part) is the page's, not the report's: its 0人 is no figure, and the lines are
    recorded as dropped."""
    text = (
        "某区召开上半年经济运行座谈会\n"
        "上半年，全区实现地区生产总值227.73亿元，同比下降18.2%。\n"
        "会议要求继续优化营商环境。\n"
        "评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最新评论\n"
        "已有0人参与,点击查看更多精彩评论\n"
    )
    root, _ = parse(text)
    kept = "".join(root.find(q("body")).itertext())
    assert "227.73亿元" in kept and "参与" not in kept and "评论" not in kept
    dropped = [(d.get("reason"), d.text) for d in root.iter(q("dropped"))]
    assert ("web-navigation", "已有0人参与,点击查看更多精彩评论") in dropped


def test_an_articles_tags_and_rating_widget_are_dropped_with_their_reason():
    """标签：, then 0人觉得有用 and the tag links, a reposting site's 声明: the page's."""
    text = (
        "某乡民生实事报告\n一、道路提升项目完成情况\n总投资278万元，全长600米。\n"
        "各位代表，乡政府将继续努力！\n标签:\n0人觉得有用\n招标\n|\n声明\n来源:互联网\n"
    )
    root, _ = parse(text)
    kept = "".join(root.find(q("body")).itertext())
    assert "278万元" in kept and "觉得有用" not in kept and "标签" not in kept
    assert "声明" not in kept
    dropped = [d.text for d in root.iter(q("dropped"))]
    assert "0人觉得有用" in dropped


def test_a_table_pasted_a_cell_a_line_stays_one_paragraph_with_every_cell():
    text = (
        "2024年国庆假期各县旅游收入\n\n全市旅游形势良好，各县收入如下。\n"
        "名次 |\n县区 |\n旅游收入\n(亿元)\n|\n同比增长 |\n"
        "1 |\n甲县 |\n30.4 |\n10% |\n2 |\n乙县 |\n25.1 |\n/ |\n3 |\n丙县 |\n20.6 |\n8.5% |\n"
    )
    root, _ = parse(text)
    assert [p for p in paragraphs(root) if "|" in p] == [
        "名次 |县区 |旅游收入（亿元）|同比增长 |1 |甲县 |30.4 |10% |2 |乙县 |25.1 |/ |"
        "3 |丙县 |20.6 |8.5% |"
    ]
    assert headings(root) == []  # (名次 |, |: cells, no headings)
    assert not [d for d in dropped(root) if "|" in (d[1] or "")]


def test_a_bar_among_words_is_still_navigation():
    root, _ = parse("某县人民政府\n\n首页\n|\n\n全县经济运行平稳。\n")
    assert ("web-navigation", "|") in dropped(root)


def test_a_lists_bulleted_items_are_paragraphs_of_their_own():
    """A bulletin's items written with a bullet are not the wrapped end of the line before
    (- 学校1.6万所…), nor taken for a subtitle; a minus sign before digits is no bullet."""
    root, _ = parse(
        "某省教育事业发展统计公报\n2023年，全省教育事业稳步发展，各项指标继续改善。\n小学\n"
        "学校数量继续减少\n- 学校1.6万所，比上年下降1.03%\n- 招生186.9万人，比上年增长0.09%\n"
        "• 在校生1056.1万人。\n全省平均气温比常年偏低0.3℃，北部山区偏低明显，最低气温出现在1月中旬，\n"
        "-0.5℃以下的区域比上年扩大。\n"
    )
    found = paragraphs(root)
    assert meta(root, "subtitle") == ""
    assert "- 学校1.6万所，比上年下降1.03%" in found
    assert "- 招生186.9万人，比上年增长0.09%" in found
    assert "• 在校生1056.1万人。" in found
    assert found[-1].endswith("出现在1月中旬，-0.5℃以下的区域比上年扩大。")
    assert not dropped(root)


def test_a_notice_opens_with_its_addressees_and_lists_its_attachments() -> None:
    """An official notice transmitting a plan (主送机关, 附件说明, 落款): its addressees are
    its salutation, its attachments' numbered list is no heading, and it is signed."""
    root, _ = parse(
        "某市人民政府办公室关于印发某市2024年国民经济和社会发展计划的通知\n"
        "各区县人民政府,市政府各部门:\n"
        "经市政府同意,现将《某市2024年国民经济和社会发展计划》印发给你们,请认真贯彻执行.\n"
        "附件:1.某市2024年国民经济和社会发展主要指标\n"
        "     2.某市2024年重大项目清单\n"
        "某市人民政府办公室\n"
        "2024年2月1日\n"
        "(此件公开发布)\n"
        "一、经济运行回升向好\n"
        "全市地区生产总值达到3520亿元,增长5.6%.\n"
    )
    salutations = ["".join(s.itertext()) for s in root.iter(q("salutation"))]
    assert salutations == ["各区县人民政府，市政府各部门："]
    assert paragraphs(root)[1:6] == [
        "附件：1.某市2024年国民经济和社会发展主要指标",
        "2.某市2024年重大项目清单",
        "某市人民政府办公室",
        "2024年2月1日",
        "（此件公开发布）",
    ]
    assert headings(root) == [(1, "一、", "经济运行回升向好")]
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2024-02-01"
    assert not dropped(root)


def test_a_report_signed_at_its_end_keeps_its_date() -> None:
    """The body signing a report and the date under it (落款) were joined, and the date
    dropped as a web page's stamp."""
    root, _ = parse(
        "关于某区2024年上半年计划执行情况的报告\n各位代表：\n一、总体情况\n上半年经济平稳。\n"
        "下一步，我们将继续努力\n某区发展和改革委员会\n2024年8月22日\n"
    )
    assert paragraphs(root)[-2:] == ["某区发展和改革委员会", "2024年8月22日"]
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2024-08-22"
    assert not dropped(root)
    # A date line alone elsewhere, a web page's stamp, is still dropped.
    root, _ = parse(
        "关于某区2024年上半年计划执行情况的报告\n2024年8月22日\n各位代表：\n上半年经济平稳。\n"
    )
    assert ("web-metadata", "2024年8月22日") in dropped(root)


def test_a_report_to_a_standing_committee_names_it_and_is_signed() -> None:
    """A government's report to its congress's standing committee: the committee it is made
    to was dropped as "not the title", and the body signing it, after the last numbered
    section and a blank line, became a heading of its own with the date as its text."""
    root, _ = parse(
        "某某市人民政府关于2024年度法治政府建设情况的报告\n\n市人大常委会：\n"
        "现将有关情况报告如下：\n一、主要举措和成效\n全年取消行政许可事项12项。\n"
        "二、存在的不足\n法治宣传教育针对性有待增强。\n特此报告。\n\n某某市人民政府\n2025年2月28日\n"
    )
    salutations = ["".join(s.itertext()) for s in root.iter(q("salutation"))]
    assert salutations == ["市人大常委会："]
    assert headings(root) == [(1, "一、", "主要举措和成效"), (1, "二、", "存在的不足")]
    assert paragraphs(root)[-2:] == ["某某市人民政府", "2025年2月28日"]
    assert root.find(f"{q('meta')}/{q('date')}").get("when") == "2025-02-28"
    assert not dropped(root)


def test_a_communiques_notes_titled_with_a_colon_are_an_appendix() -> None:
    """注释： closing a statistical communiqué was a paragraph of its last section, and its
    notes the section's text."""
    root, _ = parse(
        "某县2024年国民经济和社会发展统计公报\n\n一、综合\n全年地区生产总值186.5亿元。\n"
        "二、农业\n全年粮食种植面积86.3万亩。\n\n注释：\n[1]地区生产总值按现价计算。\n"
    )
    assert [h for _, _, h in headings(root)] == ["综合", "农业", "注释："]
    last = list(root.iter(q("section")))[-1]
    assert last.get("number") is None
    assert "".join(last.find(q("p")).itertext()) == "[1]地区生产总值按现价计算。"


def test_a_printed_table_of_contents_is_page_furniture() -> None:
    """目录 and its entries (leaders, page numbers) were read as the speaker's name and
    as headings: each section came twice."""
    root, _ = parse(
        "某县2023年国民经济和社会发展统计公报\n目  录\n"
        "一、综合………………………………1\n二、农业………………………………3\n"
        "一、综合\n全年全县地区生产总值235.6亿元。\n二、农业\n全年粮食总产量12.3万吨。\n"
    )
    assert headings(root) == [(1, "一、", "综合"), (1, "二、", "农业")]
    assert [d for d in dropped(root) if d[0] == "page-furniture"] == [
        ("page-furniture", "目  录"),
        ("page-furniture", "一、综合………………………………1"),
        ("page-furniture", "二、农业………………………………3"),
    ]
    assert meta(root, "speaker") == ""
    # One line with a leader is no table of contents: 合计……………5 in a text stays.
    root, _ = parse("报告\n各位代表：\n全年新建项目如下\n合计……………5\n")
    assert "合计……………5" in "".join(paragraphs(root))


def test_a_running_head_beside_each_page_number_is_page_furniture() -> None:
    """A text copied from a PDF repeats its running head at every page, next to the page's
    number: it was kept as a paragraph each time."""
    head = "某市2023年预算执行情况和2024年预算草案的报告"
    root, _ = parse(
        f"关于{head[2:]}\n各位代表：\n一、2023年预算执行情况\n全市收入完成125.6亿元，同比增\n"
        f"长8.1%。\n— 1 —\n{head}\n（一）市本级预算执行情况\n市本级收入完成45.2亿元。\n"
        f"— 2 —\n{head}\n二、2024年预算草案\n收入预期增长6%。\n"
    )
    assert head not in "".join(paragraphs(root))
    assert [d for d in dropped(root) if d[1] == head] == [("page-furniture", head)] * 2
    assert "全市收入完成125.6亿元，同比增长8.1%。" in paragraphs(root)
    # A line said twice, but not beside a page number, stays.
    root, _ = parse(
        "报告\n各位代表：\n坚持稳中求进\n全年经济平稳。\n坚持稳中求进\n全年民生改善。\n"
    )
    assert not dropped(root)


def test_chapters_and_their_sections_under_the_title_are_headings() -> None:
    """A plan's outline (规划纲要) opens with 第一章 and 第一节 right under its title: the title
    block dropped both as text that is not the title."""
    root, _ = parse(
        "某县国民经济和社会发展第十五个五年规划纲要\n第一章 发展基础\n第一节 “十四五”时期发展成就\n"
        "全县地区生产总值年均增长6.2%。\n第二节 面临的形势\n外部环境更趋复杂。\n第二章 总体要求\n"
        "1、指导思想\n坚持稳中求进。\n"
    )
    assert not dropped(root)
    assert [h[2] for h in headings(root)][:4] == [
        "第一章发展基础",
        "第一节“十四五”时期发展成就",
        "第二节面临的形势",
        "第二章总体要求",
    ]


def test_a_report_pasted_on_one_line_keeps_its_title_and_its_spaced_labels() -> None:
    """A web copy that lost every line break: the title ran into the salutation (the file
    name stood in for it), and each heading's label ran into its first sentence."""
    root, _ = parse(
        "关于某区2024年上半年预算执行情况的报告 各位代表：受区政府委托，现将上半年预算执行情况"
        "报告如下，请予审议。一、预算执行情况 上半年，全区一般公共预算收入完成25.3亿元，增长4.2%。"
        "（一）收入情况 税收收入18.6亿元，增长3.1%。二、下半年工作 全力以赴完成全年目标。\n"
    )
    assert meta(root, "title") == "关于某区2024年上半年预算执行情况的报告"
    assert ["".join(s.itertext()) for s in root.iter(q("salutation"))] == ["各位代表："]
    assert headings(root) == [
        (1, "一、", "预算执行情况"),
        (2, "（一）", "收入情况"),
        (1, "二、", "下半年工作"),
    ]
    assert paragraphs(root)[1:] == [
        "上半年，全区一般公共预算收入完成25.3亿元，增长4.2%。",
        "税收收入18.6亿元，增长3.1%。",
        "全力以赴完成全年目标。",
    ]


def test_markdown_marks_are_markup_and_the_report_reads_as_without_them() -> None:
    """A page saved or converted as Markdown: its heading marks made the title '# 关于…' and
    hid every heading; its strong emphasis became part of names (**全县地区生产总值)."""
    root, warnings = parse(
        "# 关于某县2024年计划执行情况的报告\n\n**各位代表：**\n\n受县人民政府委托，现将执行情况报告如下。\n\n"
        "## 一、2024年计划执行情况\n\n**（一）经济运行稳中有进。** 全县生产总值增长6.1%。\n\n"
        "详见[全文](https://example.gov.cn/a.html)。\n"
    )
    assert meta(root, "title") == "关于某县2024年计划执行情况的报告"
    assert ["".join(s.itertext()) for s in root.iter(q("salutation"))] == ["各位代表："]
    assert headings(root) == [
        (1, "一、", "2024年计划执行情况"),
        (2, "（一）", "经济运行稳中有进。"),
    ]
    assert paragraphs(root)[-1] == "详见全文。"
    marks = [text for reason, text in dropped(root) if reason == "markup"]
    assert marks == ["#", "**", "**", "##", "**", "**", "[", "]", "(https://example.gov.cn/a.html)"]
    assert any("Markdown" in message for _, message in warnings)


@pytest.mark.parametrize(
    "line",
    ["2024年__月__日", "#1机组投产发电。", "乘号**不成对。", "第3#楼完工。"],
)
def test_text_that_only_looks_like_markdown_stays(line: str) -> None:
    root, _ = parse(f"报告\n各位代表：\n{line}\n")
    assert line in "".join(paragraphs(root))
    assert not [d for d in dropped(root) if d[0] == "markup"]


def test_a_numbered_heading_in_lenticular_brackets_is_a_heading() -> None:
    """A page that set its headings off in 【】: the first two were headings whose text held
    the brackets, without their numbers, and the third (after a paragraph of 一是…) was a
    paragraph."""
    root, _ = parse(
        "某区上半年经济运行情况\n\n今年以来，全区经济运行总体平稳。\n\n【一、主要指标完成情况】\n"
        "上半年地区生产总值增长5.6%。\n【二、存在的问题】\n一是工业增长乏力。二是投资后劲不足。\n"
        "〖三、下半年工作打算〗\n（一）抓好项目建设。加快推进重点项目。\n"
        "【责任编辑：王五】\n"
    )
    assert headings(root)[:3] == [
        (1, "一、", "主要指标完成情况"),
        (1, "二、", "存在的问题"),
        (1, "三、", "下半年工作打算"),
    ]
    marks = [text for reason, text in dropped(root) if reason == "markup"]
    assert marks == ["【", "】", "【", "】", "〖", "〗"]
    # a bracketed line without a number is not taken apart here
    assert "【" not in "".join(h for _, _, h in headings(root))


def test_a_heading_glued_after_a_full_stop_and_a_space_is_split() -> None:
    """A copy that joined its lines with spaces (。 (一)…): only a heading right after the
    full stop was split, so most of a one-line report's headings were lost."""
    root, _ = parse(
        "报告\n各位代表：\n一、总体情况 全年经济平稳。 (一)工业生产稳中有进。规上工业增长7%。"
        " (二)消费市场持续活跃。社零增长8%。\n"
    )
    assert headings(root) == [
        (1, "一、", "总体情况"),
        (2, "（一）", "工业生产稳中有进。"),
        (2, "（二）", "消费市场持续活跃。"),
    ]
