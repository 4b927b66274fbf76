"""Where titles break: between words, never inside a date, an ordinal or a fixed term."""

from __future__ import annotations

import re

import pytest

from reportpress.editions.titles import FIXED_TERMS, title_breaks, title_lines


def _breaks(text: str, measure: float = 10.0, lines: int = 2) -> list[str]:
    """Breaks at uniform widths: ``measure`` characters to a line at most."""
    ranges = title_breaks(text, [1.0] * len(text), measure, measure, lines)
    assert ranges is not None
    return [text[a:b] for a, b in ranges]


@pytest.mark.parametrize(
    ("role", "text", "lines"),
    [
        (
            "title",
            "关于朝阳区2024年国民经济和社会发展计划上半年执行情况的报告",
            ["关于朝阳区2024年国民经济和社会发展计划", "上半年执行情况的报告"],
        ),
        (
            "subtitle",
            "——2024年8月22日在朝阳区第十七届人民代表大会常务委员会第二十四次会议上",
            ["——2024年8月22日在朝阳区第十七届", "人民代表大会常务委员会第二十四次会议上"],
        ),
    ],
)
def test_the_sample_title_breaks_between_words(gbt_style, role, text, lines):
    assert title_lines(text, gbt_style, role) == lines


@pytest.mark.parametrize(
    "text",
    [
        "关于西城区2025年国民经济和社会发展计划执行情况的报告",
        "关于2026年国民经济和社会发展计划草案和2025年计划执行情况的报告",
        "关于静安区2023年预算执行情况和2024年预算草案的报告",
        "关于本市2023年度市级预算执行和其他财政收支的审计工作报告",
        "关于第十七届人民代表大会第三次会议代表建议、批评和意见办理情况的报告",
    ],
)
def test_fixed_terms_are_never_split(any_style, text):
    lines = title_lines(text, any_style)
    assert "".join(lines) == text
    assert len(lines) >= 2
    for term in FIXED_TERMS:
        for match in re.finditer(re.escape(term), text):
            assert any(term in line for line in lines), (term, match.start(), lines)


@pytest.mark.parametrize(
    "text",
    [
        "关于2024年城市更新行动计划和老旧小区综合整治工作进展情况的报告",
        "关于第十七届人民代表大会第三次会议代表建议、批评和意见办理情况的报告",
        "关于本市2023年度市级预算执行和其他财政收支的审计工作报告",
    ],
)
def test_title_lines_keep_dates_and_ordinals_and_stay_balanced(any_style, text):
    lines = title_lines(text, any_style)
    assert "".join(lines) == text
    assert len(lines) >= 2
    for keep in re.findall(r"(?:\d+[年月日])+|第[一二三四五六七八九十百\d]+[届次]", text):
        assert any(keep in line for line in lines), (keep, lines)
    shortest, longest = min(map(len, lines)), max(map(len, lines))
    assert longest <= 1.6 * shortest, lines
    assert not any(line[0] in "的和与及" for line in lines[1:]), lines


def test_a_short_title_stays_on_one_line(any_style):
    assert title_lines("政府工作报告", any_style) == ["政府工作报告"]


def test_breaks_prefer_punctuation_then_function_characters():
    assert _breaks("甲乙丙丁，戊己庚辛壬癸子丑") == ["甲乙丙丁，", "戊己庚辛壬癸子丑"]
    assert _breaks("甲乙丙丁戊的己庚辛壬癸子") == ["甲乙丙丁戊的", "己庚辛壬癸子"]
    assert _breaks("甲乙丙丁戊己庚关于壬癸子") == ["甲乙丙丁戊己庚", "关于壬癸子"]
    # No good break within the tolerance: the most even split.
    assert _breaks("甲乙丙丁戊己庚辛壬癸子丑") == ["甲乙丙丁戊己", "庚辛壬癸子丑"]
    # Never inside a date or an ordinal (even at the cost of balance), and 上半年
    # is not 上 + 半年.
    assert _breaks("甲乙丙丁2024年8月戊己庚辛壬", 12.0) == ["甲乙丙丁2024年8月", "戊己庚辛壬"]
    assert _breaks("甲乙丙第十七届戊己庚辛壬") == ["甲乙丙第十七届", "戊己庚辛壬"]
    assert _breaks("甲乙丙丁戊己上半年庚辛壬") == ["甲乙丙丁戊己", "上半年庚辛壬"]


def test_a_fixed_term_moves_whole_and_a_line_never_starts_with_he():
    # Before the dictionary: 甲乙丙丁国民经济和 / 社会发展戊己庚辛 (after 和, well balanced).
    lines = _breaks("甲乙丙丁国民经济和社会发展戊己庚辛", 13.0)
    assert any("国民经济和社会发展" in line for line in lines), lines
    # After a term, but 和 stays on the line it joins.
    assert _breaks("甲乙丙丁执行情况和戊己庚辛壬") == ["甲乙丙丁执行情况和", "戊己庚辛壬"]


def test_a_term_longer_than_a_line_is_broken_rather_than_overflowing():
    # Only without the dictionary do the breaks fit: inside the term.
    text = "国民经济和社会发展计划" * 3
    ranges = title_breaks(text, [1.0] * len(text), 8.0, 8.0, 5, dictionary=False)
    assert ranges is not None
    assert title_breaks(text, [1.0] * len(text), 8.0, 8.0, 5) is None


def test_a_budget_title_breaks_after_a_function_word_not_inside_a_word():
    title = "关于顺义区2023年预算执行情况和2024年预算的报告"
    widths = [1.0 if ord(c) > 0x2E80 else 0.55 for c in title]
    breaks = title_breaks(title, widths, 20, 20, 2)
    assert breaks is not None
    assert [title[a:b] for a, b in breaks] == ["关于顺义区2023年预算执行情况和", "2024年预算的报告"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("去年我国38个机场年旅客吞吐量超1000万人次", ["旅客", "吞吐量", "机场"]),
        ("全省规模以上工业企业实现利润总额同比增长百分之十二点五", ["利润", "企业", "增长"]),
        ("本市居民人均可支配收入上半年增长百分之五点一创近年新高", ["收入", "居民", "新高"]),
    ],
)
def test_a_headline_without_marks_breaks_between_two_words(gbt_style, text, words):
    # No punctuation, function word or term of the genre to break at: the words of the
    # headline (by jieba's dictionary) keep a balanced break out of 旅|客 and 利|润.
    lines = title_lines(text, gbt_style)
    assert "".join(lines) == text and len(lines) == 2, lines
    for word in words:
        assert any(word in line for line in lines), (word, lines)


def test_titles_with_a_good_break_do_not_load_the_word_dictionary(gbt_style):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reportpress.editions.titles import title_lines\n"
        "from reportpress.styles import load_style\n"
        "title_lines('关于朝阳区2024年国民经济和社会发展计划上半年执行情况的报告',"
        " load_style('gbt9704'))\n"
        "print('rjieba' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert shown.stdout.strip() == "False", shown.stderr
