"""Spaces beside punctuation that the normalizer turns full width (they would show as gaps)."""

from __future__ import annotations

from reportpress.structure.text import normalize_punctuation


def test_a_space_after_an_ascii_comma_made_full_width_goes():
    # ``, “`` typed in a word processor: the full-width comma has its own blank half,
    # and a space left between it and ``“`` keeps the pair from sharing one.
    assert (
        normalize_punctuation("改造12万平方米, “一户一阀”完成") == "改造12万平方米，“一户一阀”完成"
    )


def test_spaces_around_converted_brackets_go_only_beside_chinese():
    assert normalize_punctuation("建设 (二期) 完成") == "建设（二期）完成"
    assert normalize_punctuation("THE BOX , 开业") == "THE BOX ，开业"  # a space after Latin stays
    assert normalize_punctuation("共 1, 000 人") == "共 1, 000 人"  # a thousands comma is no mark
