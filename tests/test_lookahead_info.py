"""The first-character class in the info block: searches skip to it, matches stay the same."""

from __future__ import annotations

import _sre
import re
from re import _constants, _parser

import pytest

from reportpress import lookahead

INFO_CHARSET = _constants.SRE_INFO_CHARSET

#: Invented patterns of the kinds the rules write, and texts that try their edges.
CASES = [
    (r"(?:扣减|净额|(?<!毛)利)$", ["净利", "毛利", "本年净额", "扣减扣减", "利\n", ""]),
    (r"(?:甲乙|乙)丙", ["甲乙丙乙丙", "丙乙", "乙丙乙"]),
    (r"(?=[5-9])[0-9]+件", ["12件、56件", "7件件", "件"]),
    (r"(?=x)x+", ["axxbx", ""]),
    (r"(?:[一二三]+|[4-6])(?:项|条)", ["一二项，5条", "七项", "二三条款"]),
]


def _compiled(pattern: str) -> re.Pattern[str]:
    parsed = _parser.parse(pattern)
    lookahead.add_first_character_test(parsed)
    groups = parsed.state.groups
    return _sre.compile(
        pattern, parsed.state.flags, lookahead.engine_code(parsed), groups - 1, {}, (None,) * groups
    )


@pytest.mark.parametrize(("pattern", "texts"), CASES)
def test_searches_find_what_re_finds(pattern: str, texts: list[str]) -> None:
    mine, plain = _compiled(pattern), re.compile(pattern)
    for text in texts:
        assert mine.findall(text) == re.findall(pattern, text), text
        assert mine.sub("|", text) == re.sub(pattern, "|", text), text
        for pos in range(len(text) + 1):
            found, expected = mine.search(text, pos), plain.search(text, pos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)


@pytest.mark.parametrize("pattern", [c[0] for c in CASES])
def test_the_info_block_holds_the_first_characters(pattern: str) -> None:
    parsed = _parser.parse(pattern)
    lookahead.add_first_character_test(parsed)
    code = lookahead.engine_code(parsed)
    assert code[0] == _constants.INFO and code[2] & INFO_CHARSET


def test_a_pattern_that_may_match_nothing_gets_no_set() -> None:
    parsed = _parser.parse(r"(?=[ab])(?:a|b)?")
    assert not lookahead.engine_code(parsed)[2] & INFO_CHARSET


def test_a_lone_character_is_a_set_not_a_whole_literal_match() -> None:
    # As a literal prefix re would report the whole match found at the character.
    parsed = _parser.parse(r"(?=x)x[0-9]")
    code = lookahead.engine_code(parsed)
    assert code[2] & INFO_CHARSET and not code[2] & _constants.SRE_INFO_LITERAL
    assert _compiled(r"(?=x)x[0-9]").findall("xa x1 xx2") == ["x1", "x2"]
