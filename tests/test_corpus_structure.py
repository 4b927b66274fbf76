"""The normalizer against the answer keys of the shared corpus (benchmarks/structure.py).

Needs ``../shared/corpus``; without it the test fails rather than skips, since
the figure it guards is the project's measure of structure accuracy.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: The share of keyed fields right on the corpus; raise it as the normalizer improves.
FLOOR = 0.98


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "structure_scorer", REPO / "benchmarks" / "structure.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_corpus_fields_stay_at_or_above_the_floor():
    scorer = _scorer()
    assert (scorer.CORPUS / "keys").is_dir(), f"corpus not found at {scorer.CORPUS}"
    right, total, scores = scorer.run()
    misses = [f"{name}: {m}" for name, s in scores.items() for m in s.misses]
    assert right / total >= FLOOR, "\n".join(misses[:40])


def test_no_character_of_a_corpus_text_is_lost():
    from collections import Counter

    from test_nothing_lost import folded, kept_text

    from reportpress.ingest import read_source
    from reportpress.structure import normalize

    scorer = _scorer()
    for path in sorted((scorer.CORPUS / "texts").glob("*.txt")):
        source = read_source(path)
        root, _ = normalize(source)
        everything, _ = kept_text(root)
        expected = folded(source.text.replace("\r", "\n"))
        lost = Counter(expected) - Counter(everything)
        added = Counter(everything) - Counter(expected)
        assert not lost and not added, f"{path.name}: lost {dict(lost)}, added {dict(added)}"
