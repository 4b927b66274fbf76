"""A hand-made report for the editions' tests: headings on some ladder levels only.

Reports without ``一、`` (only ``1.``/``（1）``, or only ``（一）``) must still nest
right in every edition; the second heading holds a metric and the third runs in.
"""

from __future__ import annotations

from reportpress.model import Block, Metric, Report, Span, with_depths

#: Name → the ladder levels of its headings.
PARTIAL_LADDERS = {"1.-(1)": (3, 4, 4, 3, 4), "(一)": (2, 2, 2)}
_NUMBERS = {2: "（{}）", 3: "{}.", 4: "（{}）"}
_HAN = "一二三四五六七八九"


def partial_ladder_report(levels: tuple[int, ...]) -> Report:
    metric = Metric("m1", "72.5亿元", "72.5", "亿元", "", "amount", "", "增值税", "")
    report = Report(title="关于测试的报告", date="2024-08-22")
    counters = dict.fromkeys(_NUMBERS, 0)
    blocks = [Block("title", (Span(report.title),))]
    for index, level in enumerate(levels):
        counters[level] += 1
        for deeper in range(level + 1, 5):
            counters[deeper] = 0
        n = counters[level]
        number = _NUMBERS[level].format(_HAN[n - 1] if level == 2 else n)
        spans = (Span(f"标题{index}"),)
        if index == 1:
            spans += (Span(metric.text, metric=metric),)
        blocks.append(
            Block("heading", spans, level=level, number=number, id=f"s{index}", run_in=index == 2)
        )
        blocks.append(Block("paragraph", (Span(f"第{index}段正文。"),)))
    report.blocks = blocks
    report.metrics = [metric]
    return with_depths(report)
