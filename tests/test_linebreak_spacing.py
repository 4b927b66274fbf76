"""Punctuation spacing, found mark by mark at once, is that of the rule said one character at a time.

:func:`linebreak.punctuation_spacing` gives every full-width mark its blank half
to give at once and then lets the pairs share theirs; the reference below says
the rule (clreq 3.1.6) for each character in turn, as the breaker once did.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportpress.editions import linebreak
from reportpress.editions.linebreak import CLOSING, OPENING, SQUEEZABLE

#: Han, Latin, digits, closing and opening marks, marks that are not squeezable, spaces.
ALPHABET = "县区市aZ19，。、：；！？”’）》」】“‘（《「【·—…%／ \u3000"


def _reference(text: str, ems: list[float], always: bool) -> tuple[list[float], list[float]]:
    shrink = [0.0] * len(text)
    squeeze = [0.0] * len(text)
    for index, char in enumerate(text):
        if char not in SQUEEZABLE or not ems[index]:
            continue
        following = text[index + 1] if index + 1 < len(text) else ""
        adjacent = following in SQUEEZABLE and bool(ems[index + 1])
        if always or (adjacent and (char in CLOSING or following in OPENING)):
            shrink[index] = ems[index] / 2
        else:
            squeeze[index] = ems[index] / 2
    return shrink, squeeze


@st.composite
def _texts(draw) -> tuple[str, list[float]]:
    text = draw(st.text(alphabet=ALPHABET, max_size=40))
    # A mark set in a half-width face has no em to give: 0 for some characters.
    ems = [draw(st.sampled_from([0.0, 16.0, 10.5])) for _ in text]
    return text, ems


@settings(max_examples=400, deadline=None)
@given(_texts(), st.booleans())
def test_spacing_is_that_of_the_rule(case: tuple[str, list[float]], always: bool) -> None:
    text, ems = case
    assert linebreak.punctuation_spacing(text, ems, always=always) == _reference(text, ems, always)


def test_invented_pairs_share_a_blank_half() -> None:
    text = "他说：“好。”（见附表）《规划》、“十五五”"
    ems = [16.0] * len(text)
    shrink, squeeze = linebreak.punctuation_spacing(text, ems)
    assert shrink[text.index("：")] == 8.0  # ：“ share
    assert squeeze[text.index("：")] == 0.0
    assert shrink[text.index("。")] == 8.0  # 。” share
    assert shrink[text.index("”")] == 8.0  # ”（ share too
    assert shrink[text.index("好")] == 0.0 and squeeze[text.index("好")] == 0.0
    assert squeeze[text.index("、")] == 0.0 and shrink[text.index("、")] == 8.0  # 、“
    assert squeeze[text.index("《")] == 8.0 and shrink[text.index("《")] == 0.0
