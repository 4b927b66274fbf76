"""Tests of first characters in front of inner alternations: the same matches, fewer steps."""

from __future__ import annotations

import _sre
import re
from re import _constants, _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportpress import lookahead

#: Sixteen invented words of completion: enough for an alternation of them to get a test.
WORDS = "开通|开放|开办|投用|竣工|挂牌|通车|运营|交付|验收|签约|落地|开工|完工|建成|达产"
#: Invented patterns with an alternation of words inside: after a lazy run, in a
#: lookahead, after a lookbehind, in a repeat, one that may be empty, one in a
#: lookbehind, alternatives opening with a lookbehind, and too few words.
PATTERNS = [
    rf"([甲乙丙]{{1,6}}?)(?=[，。]|$|(?<!未)(?:{WORDS}))",
    rf"(?<![未待])(?:{WORDS})[甲乙]?",
    rf"丙(?:(?:{WORDS})丁)+",
    rf"甲(?:{WORDS})?乙",
    rf"(?<=(?:{WORDS}))丁",
    r"甲(?:(?<!未)开通|(?<!待)竣工)乙",
    r"甲(?:开通|开放|投用)乙",
]
ALPHABET = "甲乙丙丁开通放办投用竣工挂牌车运营交付验收签约落地完建成达产未待，。"


def _compiled(pattern: str) -> re.Pattern[str]:
    parsed = _parser.parse(pattern)
    lookahead.add_first_character_test(parsed)
    lookahead.add_inner_tests(parsed)
    groups = parsed.state.groups
    return _sre.compile(
        pattern, parsed.state.flags, lookahead.engine_code(parsed), groups - 1, {}, (None,) * groups
    )


def _asserts(pattern: str) -> int:
    """Lookaheads in the parsed pattern once the inner tests are in."""
    parsed = _parser.parse(pattern)
    lookahead.add_inner_tests(parsed)
    return _count(parsed.data)


def _count(items: list) -> int:
    """Lookaheads anywhere in a parsed sequence."""
    c = _constants
    found = 0
    for op, av in items:
        if op is c.ASSERT and av[0] == 1:
            found += 1
        for sub in av if isinstance(av, (list, tuple)) else ():
            if hasattr(sub, "data"):
                found += _count(sub.data)
            elif isinstance(sub, list):
                found += sum(_count(x.data) for x in sub if hasattr(x, "data"))
    return found


def test_a_test_goes_in_front_of_an_inner_alternation_only() -> None:
    assert _asserts(PATTERNS[0]) == 2  # the words in the lookahead get one (not $'s branch)
    assert _asserts(PATTERNS[1]) == 0  # it opens the pattern: add_first_character_test's
    assert _asserts(PATTERNS[2]) == 1  # inside the repeat
    assert _asserts(PATTERNS[3]) == 1  # the optional group's alternation: itself never empty
    assert _asserts(PATTERNS[4]) == 0  # in a lookbehind: left as written
    assert _asserts(PATTERNS[5]) == 1  # two alternatives, each entered to be tried
    assert _asserts(PATTERNS[6]) == 0  # three words the engine skips cheaply: no test


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=24), st.sampled_from(PATTERNS))
def test_matches_are_those_re_finds(text: str, pattern: str) -> None:
    mine, plain = _compiled(pattern), re.compile(pattern)
    assert [(m.span(), m.groups()) for m in mine.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    for pos in range(len(text) + 1):
        a, b = mine.match(text, pos), plain.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("flags", [re.IGNORECASE])
def test_case_insensitive_patterns_stay_as_written(flags: int) -> None:
    parsed = _parser.parse(
        r"x(?:" + "|".join(f"{a}{b}" for a in "abcd" for b in "wxyz") + ")", flags
    )
    lookahead.add_inner_tests(parsed, flags)
    assert _count(parsed.data) == 0
