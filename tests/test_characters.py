"""characters.distinct: set(text)'s answer, for any text, short or long."""

from __future__ import annotations

import random

import pytest

from reportpress.characters import SEED, distinct


@pytest.mark.parametrize("seed", range(6))
def test_the_same_set_as_set_itself(seed):
    rng = random.Random(seed)
    pool = [chr(c) for c in [*range(0x250), *range(0x3000, 0x3100), *range(0x4E00, 0x4F00)]]
    pool += ["\U0001f600", "\U00020000", "\ufffe"]
    common = rng.sample(pool, 60)
    for length in (0, 7, 2 * SEED, 2 * SEED + 1, 5 * SEED):
        text = "".join(rng.choice(common) for _ in range(length))
        rare = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        at = rng.randint(0, len(text))
        text = text[:at] + rare + text[at:]
        assert distinct(text) == set(text)


def test_characters_a_class_would_read_as_syntax():
    """The known characters make a regex class: its own syntax must stay literal."""
    text = "中" * (3 * SEED) + "]^-\\[.*" + "文" * 10
    assert distinct(text) == set(text)
    head = "]^-\\" * SEED
    assert distinct(head + "a" + head) == set("]^-\\a")
