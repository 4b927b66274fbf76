"""The DOCX's page layout (for its contents) grows linearly with the text, whatever its shape.

Each pathological paragraph is laid out at two sizes in one run and the times
compared: 4× the text may cost about 4× the time, never the 16× of a quadratic
path.  No absolute seconds.
"""

from __future__ import annotations

import pytest
from test_docx_pagination import _layout, _pages_object
from timing import growth

from reportpress.editions.docx.pagination import Paragraph, place

#: Paragraph builders: size n (characters, roughly) → text.
PATHOLOGICAL = {
    "one long paragraph": lambda n: "全年新增企业5个，增长3.5%，完成投资7亿元。" * (n // 22),
    # A box wider than any line: every line is cut where it overflows.
    "one unbreakable Latin run": lambda n: "https://example.org/" + "a" * n,
    "joined figures": lambda n: "完成\u2060投\u2060资\u20607\u2060亿\u2060元，" * (n // 12),
    "optional breaks": lambda n: "3—\u200b5个" * (n // 5),
    "marks that may not start a line": lambda n: "国" + "，" * n,
    "manual line breaks": lambda n: "国家\n" * (n // 3),
    # Where a line may start is looked for near its end (box_starts_near): text in
    # which no atom ends for a long way, and lines whose every start is joined.
    "dates with no place nearby where an atom ends": lambda n: "2024年12月31日" * (n // 11),
    "dashes and spaces": lambda n: "——  ……" * (n // 6),
    "every character joined": lambda n: "国\u2060" * (n // 2),
}
SMALL = 20_000


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_lines_cost_in_proportion_to_the_text(name):
    pages = _pages_object("gbt9704")
    body = pages.layout("Normal")
    small_text, large_text = PATHOLOGICAL[name](SMALL), PATHOLOGICAL[name](4 * SMALL)
    small, large, ratio = growth(
        lambda: pages.line_texts([(None, small_text)], "Normal", body),
        lambda: pages.line_texts([(None, large_text)], "Normal", body),
        8,
    )
    assert ratio < 8, (
        f"{name}: 4× the text took {ratio:.1f}× the time ({small:.3f} → {large:.3f} s)"
    )


@pytest.mark.parametrize("keep_next", [False, True])
def test_placing_costs_in_proportion_to_the_paragraphs(keep_next):
    """Even a document of headings each kept with the next (one long chain)."""

    def document(n: int) -> list[Paragraph]:
        return [Paragraph(_layout(keep_next=keep_next), 3, None) for _ in range(n)]

    small_doc, large_doc = document(5_000), document(20_000)
    _, _, ratio = growth(lambda: place(small_doc, 1000), lambda: place(large_doc, 1000), 8)
    assert ratio < 8, f"4× the paragraphs took {ratio:.1f}× the time"
