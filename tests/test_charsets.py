"""Character classes coded a range at a time: exactly the code ``re`` writes."""

from __future__ import annotations

import re
from re import _compiler
from re._constants import LITERAL, NEGATE, RANGE

from hypothesis import given, settings
from hypothesis import strategies as st

from reportpress import charsets

#: Code points around the edges ``re`` treats apart: the first 256, the plane's end.
POINTS = st.one_of(
    st.integers(0, 300),
    st.integers(0x3000, 0x3040),
    st.integers(0x4E00, 0x9FFF),
    st.integers(0xFF00, 0xFFFF),
)


@st.composite
def items(draw) -> list:
    found = []
    if draw(st.booleans()):
        found.append((NEGATE, None))
    for _ in range(draw(st.integers(1, 6))):
        low = draw(POINTS)
        if draw(st.booleans()):
            found.append((LITERAL, low))
        else:
            found.append((RANGE, (low, min(0xFFFF, low + draw(st.integers(1, 25000))))))
    return found


@settings(max_examples=300, deadline=None)
@given(items())
def test_a_class_is_coded_as_re_codes_it(charset):
    assert charsets.optimize_charset(list(charset)) == _compiler._optimize_charset(list(charset))


def test_what_it_does_not_code_itself_goes_to_re():
    beyond = [(RANGE, (0x20000, 0x2A6DF)), (LITERAL, 0x4E00)]
    assert charsets.optimize_charset(list(beyond)) == _compiler._optimize_charset(list(beyond))
    caseless = [(RANGE, (65, 90))]
    tolower = _compiler._sre.unicode_tolower
    iscased = _compiler._sre.unicode_iscased
    expected = _compiler._optimize_charset(list(caseless), iscased, tolower, None)
    assert charsets.optimize_charset(list(caseless), iscased, tolower, None) == expected


def test_patterns_compile_with_it_in_place_and_re_keeps_its_own_after():
    with charsets.fast_charsets():
        assert _compiler._optimize_charset is charsets.optimize_charset
        compiled = re.compile(r"[\u4e00-\u9fff]{2}[，。]")
    assert _compiler._optimize_charset is not charsets.optimize_charset
    assert compiled.findall("全区生产总值，增长") == ["总值，"]


def test_a_class_coded_again_gets_the_same_code_in_a_list_of_its_own():
    charset = [(LITERAL, 0x3001), (RANGE, (0x4E00, 0x9FFF)), (LITERAL, 0xFF0C)]
    first, _ = charsets.optimize_charset(list(charset))
    first.append((LITERAL, 97))  # whatever one caller does with its list
    again = charsets.optimize_charset(list(charset))
    assert again == _compiler._optimize_charset(list(charset))
