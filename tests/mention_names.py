"""What the metrics tests read of a paragraph's mentions: their names, with or without
the figure each names (one helper for every round's tests)."""

from __future__ import annotations

from reportpress.metrics import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    """Each mention's text and indicator, in order."""
    return [(m.text, m.indicator) for m in find_mentions(text)]


def indicators(text: str) -> list[str]:
    """Each mention's indicator, in order."""
    return [m.indicator for m in find_mentions(text)]


def named(text: str) -> dict[str, str]:
    """Each mention's indicator by its text (the last of figures written alike)."""
    return {m.text: m.indicator for m in find_mentions(text)}


def assert_named(text: str, expected: list[tuple[str, str]]) -> None:
    """Each expected figure (its text) is found, named as expected."""
    found = named(text)
    assert [(t, found.get(t)) for t, _ in expected] == expected
