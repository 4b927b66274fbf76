"""The line breaker's atoms and boxes, found without a step per character, are those of the rules.

:func:`linebreak.atoms` and :func:`linebreak.boxes` say the rules one atom at a
time; the breaker itself finds the long atoms with one pattern and asks the
rules only where a mark, a dash or a space may glue (:func:`linebreak._measure`).
Both must give the same pieces for any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportpress.editions import linebreak

#: Characters that make atoms and glue: Han, digits (ASCII, full width), Latin,
#: separators, signs, units, dashes, ellipses, spaces, closing and opening marks.
ALPHABET = (
    "县区市亿元万平方米处人次吨个百分点2093１５aZéPM.,:/+-&×'’%‰℃—…⋯ \t\u3000，。、：”“《》（）·～"
    "－−–~〜"
)


def _reference_boxes(text: str) -> list[tuple[int, int]]:
    return linebreak.boxes(text)


def _fast_boxes(text: str) -> list[tuple[int, int]]:
    measured = linebreak._measure(text, [1.0] * len(text), None)
    return [(start, end) for start, _, end, *_ in measured.boxes]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_long_atoms_are_the_atoms_of_two_characters_or_more(text: str) -> None:
    long = [(a, b) for a, b in linebreak.atoms(text) if b - a > 1]
    assert linebreak.long_atoms(text) == long


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_boxes_are_those_of_the_rules(text: str) -> None:
    assert _fast_boxes(text) == _reference_boxes(text)


def test_invented_examples_keep_their_pieces() -> None:
    for text in (
        "完成投资309.3亿元，同比增长12.5%。",
        "PM2.5年均浓度为31微克/立方米——比上年下降",
        "“十四五”规划（2021—2025年）……  共计１５处",
        "  首行空格与 two  spaces\t",
        "A—B 与 CBD—三里屯",
        "",
    ):
        assert _fast_boxes(text) == _reference_boxes(text), text
        long = [(a, b) for a, b in linebreak.atoms(text) if b - a > 1]
        assert linebreak.long_atoms(text) == long, text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "的了在", min_size=1, max_size=40), st.integers(0, 39))
def test_box_starts_near_a_place_are_those_of_the_whole_text(text: str, end: int) -> None:
    end = min(end, len(text) - 1)
    near = linebreak.box_starts_near(text, end)
    if near is None:  # no place within reach where no atom runs across
        assert end > 64
        return
    q, starts = near
    assert q <= end and (q == 0 or not linebreak._ATOM_GOES_ON.match(text, q - 1))
    assert starts == [at for at in linebreak.box_starts(text) if q <= at <= end]


def test_box_starts_near_give_up_in_a_long_run() -> None:
    text = "网址" + "a" * 100
    assert linebreak.box_starts_near(text, 90) is None
    assert linebreak.box_starts_near(text, 60) == (2, [2])
