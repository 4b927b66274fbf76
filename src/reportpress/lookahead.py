"""A pattern with a test of its first character in front, for ``patterns.compile``.

Python's ``re`` skips quickly to where a match can start only when a pattern
opens with a literal or a character class.  Most of the rules' patterns open
with an alternation of words, a lookbehind or an optional word
(``(?:分别|年均|(?<!人)均|…)$``): the engine then tries every alternative at
every position of the text, which was most of the cost of the ``$``-anchored
searches the metrics rules make.  The characters a match can start with are
read from the parsed pattern and put in front as a lookahead
(``(?=[分年均…])(?:…)``), a test the engine makes in one step per position.

The same class is also written into the pattern's info block (:func:`engine_code`), as
``re`` itself does for a pattern that opens with a class: its search then skips
to the next position holding one of those characters in a tight loop of C,
instead of starting the whole pattern (and its lookahead) at every position.

Inside a pattern, an alternation of several words tried at many positions (in a
lazy run ``{1,16}?`` followed by ``(?=…|加快|加紧|办理|…)``, or after a
lookbehind) costs the engine a step for each alternative at each position; the
same test of first characters put in front of it (:func:`add_inner_tests`)
turns that into one class lookup wherever no alternative can start.

The lookahead only states a necessary condition of every match, so the
matches are the same.  Whenever the set cannot be read for sure (a negated
class, ``.``, a back reference, a pattern that may match the empty string,
case-insensitive matching, an unknown construct), the pattern is left as it is.
"""

from __future__ import annotations

import re
from typing import Any

from reportpress.charsets import fast_charsets

try:
    from re import _compiler, _constants, _parser
except ImportError:  # another interpreter: patterns stay as written
    _parser = None

#: Classes that may stand in a first-character set as written.
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
#: Anchors after which a pattern is tried at one position only: nothing to skip.
_START_ANCHORS = ("AT_BEGINNING", "AT_BEGINNING_STRING")
#: Leading global flags, which must stay at the very start of a pattern.
_GLOBAL_FLAGS_RE = re.compile(r"(?:\(\?[aiLmsux]+\))*")


class _Unknown(Exception):
    """The first characters cannot be said for sure."""


def with_first_character_test(pattern: str, flags: int = 0) -> str:
    """``pattern`` with a lookahead for the characters a match can start with,
    or ``pattern`` itself when there is no such test to add or it would not help."""
    if _parser is None:
        return pattern
    try:
        test = first_character_test(_parser.parse(pattern, flags), flags)
    except re.error:
        return pattern
    if test is None:
        return pattern
    lead = _GLOBAL_FLAGS_RE.match(pattern).group()
    return f"{lead}{test}(?:{pattern[len(lead) :]})"


def first_character_test(parsed: Any, flags: int = 0) -> str | None:
    """The lookahead (``(?=[…])``) for the characters a match of the parsed pattern
    can start with; None when there is no such test to add or it would not help."""
    try:
        if (parsed.state.flags | flags) & re.IGNORECASE or _engine_skips_already(parsed, flags):
            return None
        first, nullable = _first_characters(parsed.data, at_start=True)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not first:
        return None
    return _class_test(first)


def _class_test(first: list[str]) -> str:
    """The lookahead for a class of first characters (their items, as written)."""
    return f"(?=[{''.join(dict.fromkeys(first))}])"


def add_first_character_test(parsed: Any, flags: int = 0) -> None:
    """Put :func:`first_character_test` in front of the parsed pattern itself, so that
    a pattern is parsed once (what :func:`with_first_character_test` writes, unparsed)."""
    test = first_character_test(parsed, flags)
    if test is not None:
        parsed.data[0:0] = _parser.parse(test, flags & ~re.VERBOSE).data


#: What an inner alternation must cost to try, in skips of an alternative opening with
#: a character or class that differs (a few steps of the engine each), before a test
#: of its first characters pays: the test costs about as much as a dozen such skips,
#: and is pure cost where a character passes it.  An alternative opening otherwise (a
#: group, a lookbehind) is entered to be tried, at the cost of several skips.
INNER_COST = 16
#: The cost of trying an alternative that opens with neither a character nor a class.
ENTERED_ALTERNATIVE = 8


def add_inner_tests(parsed: Any, flags: int = 0) -> None:
    """Put a test of first characters in front of each alternation inside the parsed
    pattern that costs at least ``INNER_COST`` to try (not the one the pattern opens
    with, which :func:`add_first_character_test` covers, nor one in a lookbehind)."""
    if _parser is None or (parsed.state.flags | flags) & re.IGNORECASE:
        return
    _inner_tests(parsed.data, flags, top=True)


def _inner_tests(items: list[tuple[Any, Any]], flags: int, top: bool = False) -> None:
    c = _constants
    i = 0
    while i < len(items):
        op, av = items[i]
        cost = 0
        if op is c.SUBPATTERN:
            _inner_tests(av[3].data, flags)  # a group's own alternation is tested in it
        elif op is c.BRANCH:
            for alternative in av[1]:
                _inner_tests(alternative.data, flags)
            cost = _cost_to_try(av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            _inner_tests(av[2].data, flags)
        elif op in (c.ASSERT, c.ASSERT_NOT) and av[0] >= 0:  # not inside a lookbehind
            _inner_tests(av[1].data, flags)
        at_start = top and all(o in (c.ASSERT, c.ASSERT_NOT, c.AT) for o, _ in items[:i])
        if cost >= INNER_COST and not at_start:
            test = _test_of([items[i]], flags)
            if test is not None:
                items[i:i] = test
                i += len(test)
        i += 1


def _cost_to_try(alternatives: list[Any]) -> int:
    """What trying every alternative costs where none matches, in skips (``INNER_COST``)."""
    opening = (_constants.LITERAL, _constants.IN)
    return sum(
        1 if alternative.data and alternative.data[0][0] in opening else ENTERED_ALTERNATIVE
        for alternative in alternatives
    )


def _test_of(items: list[tuple[Any, Any]], flags: int) -> list[tuple[Any, Any]] | None:
    """The parsed lookahead for the first characters of ``items``, or None."""
    try:
        first, nullable = _first_characters(items)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not first:
        return None
    return _parser.parse(_class_test(first), flags & ~re.VERBOSE).data


def engine_code(parsed: Any, flags: int = 0) -> list[int]:
    """The engine's code for the parsed pattern (what ``re`` compiles), with the class
    of a leading one-class lookahead (:func:`add_first_character_test`'s, or one
    written so) as the info block's first-character set, so that searches skip to it.

    The lookahead stays in the pattern: a match must still start with one of the
    class's characters, so the set is a necessary condition and the matches are
    the same.  ``re`` writes no set for a pattern that may match the empty string.
    """
    flags = int(parsed.state.flags | flags)
    leading = _leading_class(parsed)
    with fast_charsets():
        if leading is None:
            return [int(word) for word in _compiler._code(parsed, flags)]
        words: list[Any] = []
        _compiler._compile_info(words, _InfoView(parsed, leading), flags)
        _compiler._compile(words, parsed.data, flags)
    words.append(_constants.SUCCESS)
    return [int(word) for word in words]


def _leading_class(parsed: Any) -> tuple[Any, Any] | None:
    """The class (an IN item) of a lookahead of one class or character that opens
    the pattern, or None."""
    c = _constants
    if _parser is None or not parsed.data or not hasattr(_compiler, "_compile_info"):
        return None
    op, av = parsed.data[0]
    if op is not c.ASSERT or av[0] != 1 or len(av[1].data) != 1:
        return None
    inner_op, inner_av = av[1].data[0]
    if inner_op is c.IN:
        return inner_op, inner_av
    if inner_op is c.LITERAL:  # as a class: a literal prefix would mean the whole match
        return c.IN, [(inner_op, inner_av)]
    return None


class _InfoView:
    """The parsed pattern as ``re``'s info block sees it: its own widths, and the
    leading class as its first item."""

    def __init__(self, parsed: Any, leading: tuple[Any, Any]) -> None:
        self.data = [leading]
        self._parsed = parsed

    def getwidth(self) -> tuple[int, int]:
        return self._parsed.getwidth()


def _engine_skips_already(parsed: Any, flags: int) -> bool:
    """Whether ``re`` finds this pattern's starts on its own (a literal or class prefix)."""
    return bool(
        _compiler._get_literal_prefix(parsed, flags)[0]
        or _compiler._get_charset_prefix(parsed, flags)
    )


def _first_characters(
    items: list[tuple[Any, Any]], at_start: bool = False
) -> tuple[list[str], bool]:
    """The class items a match of the sequence ``items`` can start with, and whether
    the sequence can match the empty string (then what follows it may start the match)."""
    c = _constants
    first: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            return [*first, re.escape(chr(av))], False
        if op is c.IN:
            return [*first, *_class_items(av)], False
        if op is c.AT:
            if at_start and getattr(av, "name", "") in _START_ANCHORS:
                raise _Unknown  # tried at one position only
            continue
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item consumes the first character
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, inner = av
            if add_flags & re.IGNORECASE:
                raise _Unknown
            got, nullable = _first_characters(inner.data, at_start and not first)
        elif op is c.BRANCH:
            got, nullable = [], False
            for alternative in av[1]:
                more, empty = _first_characters(alternative.data, at_start and not first)
                got += more
                nullable = nullable or empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, inner = av
            got, nullable = _first_characters(inner.data)
            nullable = nullable or low == 0
        else:
            raise _Unknown  # ., a negated literal, a back reference, a conditional …
        first += got
        at_start = False
        if not nullable:
            return first, False
    return first, True


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    """A character class's items, written again for another class."""
    c = _constants
    written = []
    for op, av in items:
        if op is c.LITERAL:
            written.append(re.escape(chr(av)))
        elif op is c.RANGE:
            written.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and getattr(av, "name", "") in _CATEGORIES:
            written.append(_CATEGORIES[av.name])
        else:
            raise _Unknown  # a negated class: its complement is no list of items
    return written
