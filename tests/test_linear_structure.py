"""Ingest and normalizer time grows linearly with the input, whatever its shape.

Each pathological input is normalized at two sizes in one run and the times
compared: 4× the input may cost about 4× the time, never the 16× of a
quadratic path.  No absolute seconds: the machine may be slow or busy.
"""

from __future__ import annotations

import pytest
from timing import growth

from reportpress.ingest import source_from_bytes
from reportpress.structure import normalize

HEAD = "工作报告\n各位代表：\n"
#: Input builders: size n (characters, roughly) → text.
PATHOLOGICAL = {
    # Markdown links' targets with no opening bracket before them, each looked for backwards.
    "link targets without their words": lambda n: HEAD + "中](/a)" * (n // 6) + "\n",
    # A table of contents' entry: words, then a leader that never reaches a page number.
    "a leader without its page number": lambda n: HEAD + "目录\n一、综合" + "…" * n + "x\n",
    # A page-number pattern that started with \s* backtracked over every space.
    "spaces between Latin letters": lambda n: HEAD + "中a" + " " * n + "a中\n",
    # Parentheses paired by rescanning their inner text.
    "nested ASCII parentheses": lambda n: HEAD + "中" + "(" * (n // 2) + ")" * (n // 2) + "\n",
    # A list popped from its front and a string grown by += in the body joiner.
    "short hard-wrapped lines": lambda n: HEAD + "".join(f"第{i}行文字\n" for i in range(n // 6)),
    "figures without full stops": lambda n: (
        HEAD + "指标12 完成12.5亿元 增长2.2% 新增企业12家\n" * (n // 30)
    ),
    "one long line": lambda n: HEAD + "全年新增企业5个，增长3.5%，完成投资7亿元。" * (n // 22),
    "glued page numbers": lambda n: HEAD + "中- 1 -中" * (n // 7),
    "markup": lambda n: "<p>工作报告</p><p>各位代表：</p>" + "<p>全年平稳。</p>" * (n // 13),
    # Comment openings without an end, each scanned to the end of the text.
    "unterminated comments": lambda n: "<p>工作报告</p><p>各位代表：</p>" + "<!--x" * (n // 5),
    # Tags without a closing bracket, each scanned to the next one.
    "unclosed tags": lambda n: "<p>工作报告</p><p>各位代表：</p>" + "<a href=x " * (n // 10),
    "invisible characters": lambda n: HEAD + "中\u200b" * (n // 2) + "\n",
    "headings glued into one line": lambda n: (
        HEAD + "".join(f"（{i % 9 + 1}）做好工作。" for i in range(n // 8))
    ),
}
SMALL = 50_000


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_normalizer_time_is_near_linear(name):
    make = PATHOLOGICAL[name]
    small_data, large_data = make(SMALL).encode("utf-8"), make(4 * SMALL).encode("utf-8")
    small, large, ratio = growth(
        lambda: normalize(source_from_bytes(small_data, "t.txt")),
        lambda: normalize(source_from_bytes(large_data, "t.txt")),
        8,
    )
    assert ratio < 8, (
        f"{name}: 4× the input took {ratio:.1f}× the time ({small:.3f} s → {large:.3f} s)"
    )
