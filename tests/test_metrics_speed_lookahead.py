"""The first-character test put in front of patterns: the same matches, found sooner."""

from __future__ import annotations

import importlib
import random
import re

import pytest

from reportpress import patterns
from reportpress.lookahead import with_first_character_test

METRICS_MODULES = ("lexicon", "scan", "kinds", "names", "subjects", "counted", "indicators")


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?:共计|合计|(?<!人)均)$", "[共合均]"),  # words after a lookbehind
        (r"(?:[增降]至|到)?达", "[增降到达]"),  # an optional word: what follows may start it
        (r"(?:\d+|[一二])个", r"[\d一二]"),
        (r"(?s)(?:甲|(?<!丙)乙)", "[甲乙]"),  # global flags stay first
    ],
)
def test_the_first_characters_are_read_from_the_pattern(pattern: str, first: str) -> None:
    written = with_first_character_test(pattern)
    lead = "(?s)" if pattern.startswith("(?s)") else ""
    assert written == f"{lead}(?={first})(?:{pattern[len(lead) :]})"


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?:甲|乙)",  # tried at the start only
        r"(?:甲|乙)?",  # may match nothing
        r"[^，。]+(?:甲|乙)",  # a negated class
        r"(?:.|甲)乙",  # any character
        r"(?i)(?:ab|cd)",  # case folded
        r"(甲)(?:\1|乙)",  # the first item is a literal: re skips to it already
        r"(?:甲|乙)丙",  # all alternatives literal: re has their first characters
    ],
)
def test_patterns_without_a_sure_or_useful_test_stay_as_written(pattern: str) -> None:
    assert with_first_character_test(pattern) == pattern


def test_a_compiled_pattern_keeps_its_source() -> None:
    """Rules build patterns from others' sources (DOER_RE.pattern): the source is the one written."""
    source = r"(?:年均|(?<!人)均)增长$"
    assert patterns.compile(source).pattern == source


def _rule_patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for name in METRICS_MODULES:
        module = importlib.import_module(f"reportpress.metrics.{name}")
        for value in vars(module).values():
            if isinstance(value, (re.Pattern, patterns.Pattern)):
                found[id(value)] = value
    return list(found.values())


def _texts(pattern_sources: list[str], count: int, seed: int) -> list[str]:
    """Strings made of the characters the rules' patterns name, and some others."""
    alphabet = sorted({ch for source in pattern_sources for ch in source if not ch.isspace()})
    alphabet += list("的了是在项目企业12.5%亿元，。、")
    rng = random.Random(seed)
    return ["".join(rng.choices(alphabet, k=rng.randint(0, 24))) for _ in range(count)]


def test_every_rule_pattern_matches_as_written(sample_path) -> None:
    """Each metrics pattern, as compiled with its first-character test, finds exactly
    what the pattern as written finds, by every method the rules call, on the
    sample's clauses and on strings of the characters the patterns name."""
    compiled = _rule_patterns()
    assert any(p.pattern != with_first_character_test(p.pattern, p.flags) for p in compiled)
    clauses = re.split("[，。；\n]", sample_path.read_text(encoding="utf-8"))
    texts = _texts([p.pattern for p in compiled], 300, seed=11) + clauses[:400]
    for fast in compiled:
        plain = re.compile(fast.pattern, fast.flags)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (fast.pattern, text)
            assert fast.sub("", text) == plain.sub("", text)
            for pos in range(0, len(text) + 1, 5):
                a, b = fast.match(text, pos), plain.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (fast.pattern, text, pos)
                a, b = fast.search(text, pos), plain.search(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = fast.fullmatch(text), plain.fullmatch(text)
            assert (a and a.span()) == (b and b.span())
