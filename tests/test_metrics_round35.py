"""Round 35 (issue 15, eighth session): shapes of the genre found by probing the rules
with invented sentences and the classes the session's held-out judges named; each
example invented.
"""

from __future__ import annotations

import pytest

from reportpress.metrics import find_mentions


def names(text: str) -> list[str]:
    return [m.indicator for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sum word opening the clause is its tally, not its name: 共计 went as 共 + 计.
        ("全年共计发放助学金1200万元。", ["发放助学金"]),
        ("共计接待游客120万人次。", ["接待游客"]),
        ("全年合计发放助学金1200万元。", ["发放助学金"]),
        # A figure right after the sum word is the sum's, named as before.
        ("全年收入合计40.5亿元。", ["收入合计"]),
        # 共 or 共计 between an owner and its verb goes (verbs of courts and audits too).
        ("全市法院共审结案件12000件，同比下降5%。", ["法院审结案件", "法院审结案件"]),
        ("全市法院共计审结案件12000件。", ["法院审结案件"]),
        ("市检察院共批捕犯罪嫌疑人320人。", ["市检察院批捕犯罪嫌疑人"]),
        ("各级审计机关共追回资金1.2亿元。", ["各级审计机关追回资金"]),
        # 共 of a word stays: 公共, 共享, 共建.
        ("全区公共服务支出12亿元。", ["公共服务支出"]),
    ],
)
def test_a_sum_word_or_total_adverb_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
