"""Indicator rules for the error classes of the twelfth corpus audit (issue 15):
whom a count after 为 is for, what a generic word alone is of, and what a bare
speed of growth is the speed of.

Each example is invented for its class, in the genre's words, not copied from
the sample or the corpus.
"""

from __future__ import annotations

from reportpress.metrics import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.indicator) for m in find_mentions(text)]


def test_a_count_after_a_beneficiarys_wei_is_named_by_the_deed() -> None:
    # the group is who the deed is done for, never the doer (农民工追回欠薪 read as if
    # the workers recovered it)
    assert names("今年为4.3万名进城务工人员追回工资5.2亿元。")[0] == (
        "4.3万名",
        "追回工资的进城务工人员",
    )
    assert names("累计为12个省份调运电煤超3亿吨。")[0] == ("12个", "调运电煤的省份")
    assert names("为26万困难群众提供临时救助。") == [("26万", "提供临时救助的困难群众")]
    assert names("为860家企业办理出口退税12亿元。")[0] == ("860家", "办理出口退税的企业")


def test_a_wei_that_is_no_beneficiary_is_left_alone() -> None:
    # 合并为: a verb ending in 为, what the things become; a list of deeds after the
    # group says no single deed
    assert names("将原有建制村合并为126个行政村统一管理。") == [("126个", "行政村统一管理")]
    assert names("为320名留守儿童发放学习用品、生活用品等物资。") == [("320名", "留守儿童")]
