"""Spaces beside punctuation that the normalizer turns full width (they would show as gaps)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="中文报告12ab ,:;?!)（）“”，\t", max_size=30))
def test_text_without_an_opening_parenthesis_reads_its_marks_alone(text: str) -> None:
    """Without a ``(``, the marks alone are read; a ``(`` at the end (which never
    converts, having no pair) makes the Han runs be read too: the same result."""
    assert normalize_punctuation(text + "(") == normalize_punctuation(text) + "("


def test_spaces_beside_converted_marks_and_pairs_go_only_on_the_cjk_side():
    assert normalize_punctuation("增长 , 下降") == "增长，下降"
    assert normalize_punctuation("A , B") == "A , B"  # no CJK beside it: not a Chinese comma
    assert normalize_punctuation("国( 经济 )发展") == "国（经济）发展"
    assert normalize_punctuation("比上年增长3 , OK") == "比上年增长3 , OK"
    assert normalize_punctuation("投资 ; Q1 :达到") == "投资； Q1 ：达到"  # Latin keeps its space
