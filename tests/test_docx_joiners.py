"""A metric's WORD JOINERs, put in by one join and one substitution, are those of the
rule said per pair of characters: one between any two characters unless both are ASCII."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportpress.editions.docx.body import WORD_JOINER, unbreakable


def _reference(text: str) -> str:
    out = text[:1]
    for before, char in zip(text, text[1:], strict=False):
        if not (before.isascii() and char.isascii()):
            out += WORD_JOINER
        out += char
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12.5%亩万平方米ａＢ \u00a0\u2060–—", max_size=24))
def test_joiners_follow_the_rule(text: str) -> None:
    assert unbreakable(text) == _reference(text)


def test_invented_figures() -> None:
    assert unbreakable("3509处") == f"3509{WORD_JOINER}处"
    assert unbreakable("PM2.5") == "PM2.5"
    assert unbreakable("１５％") == WORD_JOINER.join("１５％")
    assert unbreakable("") == "" and unbreakable("亩") == "亩"
