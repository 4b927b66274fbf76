"""The EPUB's identifier: a function of the book's text and style, not of the program's model."""

from __future__ import annotations

import dataclasses

from reportpress.editions.epub.ast import identifier
from reportpress.model import Block, Report, Span
from reportpress.styles import load_style


def _budget_report(closing: str = "以上报告，请予审议。") -> Report:
    """An invented budget report: a title block, two heading levels, a closing."""
    return Report(
        title="关于某县2025年预算草案的报告",
        date="2025-01-09",
        blocks=[
            Block("title", (Span("关于某县2025年预算草案的报告"),)),
            Block("heading", (Span("2024年预算执行情况"),), level=1, number="一、", id="s1"),
            Block("paragraph", (Span("全县一般公共预算收入完成12.6亿元。"),)),
            Block("heading", (Span("收入情况"),), level=3, number="1.", id="s1-1"),
            Block("paragraph", (Span("税收收入8.1亿元，", lead=True), Span("增长3%。"))),
            Block("closing", (Span(closing),)),
        ],
    )


def test_same_text_same_identifier_whatever_else_the_model_holds():
    style = load_style("gbt9704")
    plain = _budget_report()
    # What the model carries beside the text (where it came from, what was dropped)
    # is not the book's identity: the id must not move with it.
    annotated = dataclasses.replace(
        plain, source_name="budget.txt", dropped=[("web cruft", "返回顶部")]
    )
    assert identifier(plain, style) == identifier(annotated, style)
    assert identifier(plain, style) == identifier(_budget_report(), style)


def test_a_changed_word_or_style_changes_the_identifier():
    style = load_style("gbt9704")
    base = identifier(_budget_report(), style)
    assert identifier(_budget_report("以上报告，请审议。"), style) != base
    assert identifier(_budget_report(), load_style("reading")) != base
    renumbered = _budget_report()
    heading = renumbered.blocks[3]
    renumbered.blocks[3] = dataclasses.replace(heading, number="（1）", level=4)
    assert identifier(renumbered, style) != base


def test_identifier_is_a_urn_uuid_and_fixed_for_fixed_text():
    value = identifier(_budget_report(), load_style("gbt9704"))
    # Pinned: a book rebuilt by a later version of the program keeps its id as
    # long as its words and style are the same.
    assert value == "urn:uuid:10d001e9-17ae-5874-b7f2-1408abf16531"
