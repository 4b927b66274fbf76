"""Score the normalizer against the answer keys of the shared corpus.

Normalizes every text of ``../shared/corpus/texts/`` and compares it with
``keys/NN.json`` field by field (conventions in ``corpus/README.md``): title,
subtitle, date, occasion, the three speaker parts, salutation, every heading
(level, number, text — aligned in order, extra headings count against),
closing (the key gives its opening words) and every furniture string (it must
not be kept as report text).  Prints each document and the total.

    PYTHONPATH=src python benchmarks/structure.py [-v]
"""

from __future__ import annotations

import difflib
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTPRESS_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"

_FOLD = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
_HAN = "\u3400-\u9fff"
_BETWEEN_HAN = re.compile(rf"(?<=[{_HAN}”“])([,:;()!?])(?=[{_HAN}“”])")


def _heading_text(text: str) -> str:
    """The key's heading convention: trimmed, no trailing 。, ASCII punctuation between Han folded."""
    text = _BETWEEN_HAN.sub(lambda m: _FOLD[m.group(1)], text.strip())
    return text.removesuffix("。").strip()


@dataclass
class Score:
    """Fields right and fields keyed for one document, with what went wrong."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def field(self, name: str, expected: object, got: object) -> None:
        self.total += 1
        if expected == got:
            self.right += 1
        else:
            self.misses.append(f"{name}: expected {expected!r}, got {got!r}")


def _outcome(root: etree._Element) -> dict[str, object]:
    """The keyed fields as the normalizer's XML states them."""
    from reportpress.reportxml import q

    meta, body = root.find(q("meta")), root.find(q("body"))

    def text_of(parent: etree._Element, path: str) -> str | None:
        found = parent.find(path)
        return "".join(found.itertext()) if found is not None else None

    title = meta.find(q("title"))
    date = meta.find(q("date"))
    speaker = meta.find(q("speaker"))
    headings = []
    for section in body.iter(q("section")):
        number = section.get("number", "")
        level = int(section.get("level")) if number else 0
        headings.append((level, number, _heading_text(text_of(section, q("heading")) or "")))
    kept: list[str] = []
    for element in meta.iter():
        if element.tag in (q("dropped"), q("warning"), q("source")) or element is meta:
            continue
        if element.text and element.text.strip():
            kept.append(element.text.strip())
    for element in body.iter(q("p"), q("heading"), q("salutation"), q("closing")):
        kept.append("".join(element.itertext()).strip())
    return {
        "title": None if title is None or title.get("derived") else title.text,
        "subtitle": text_of(meta, q("subtitle")),
        "date": date.get("when") if date is not None else None,
        "occasion": text_of(meta, q("occasion")),
        "speaker": {
            part: (text_of(speaker, q(part)) if speaker is not None else None)
            for part in ("affiliation", "role", "name")
        },
        "salutation": text_of(body, q("salutation")),
        "headings": headings,
        "closing": text_of(body, q("closing")),
        "kept": kept,
    }


def _kept_as_text(furniture: str, kept: list[str]) -> bool:
    """A furniture string is kept when a text block is it, or (when it is long enough
    to be unambiguous) holds it."""
    if len(furniture) >= 6:
        return any(furniture in text for text in kept)
    return any(text == furniture for text in kept)


def score(key: dict, root: etree._Element) -> Score:
    got = _outcome(root)
    result = Score()
    for name in ("title", "subtitle", "date", "occasion", "salutation"):
        result.field(name, key[name], got[name])
    speaker = key["speaker"] or {}
    for part in ("affiliation", "role", "name"):
        result.field(f"speaker.{part}", speaker.get(part), got["speaker"][part])
    expected = [(h["level"], h["number"], _heading_text(h["text"])) for h in key["headings"]]
    found = got["headings"]
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    result.total += max(len(expected), len(found))
    result.right += matched
    if matched < max(len(expected), len(found)):
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                result.misses.append(f"headings {tag}: {expected[i1:i2]} → {found[j1:j2]}")
    closing = got["closing"]
    result.field(
        "closing",
        key["closing"],
        key["closing"]
        if closing and key["closing"] and closing.startswith(key["closing"])
        else closing,
    )
    for furniture in key["furniture"]:
        result.field(
            f"furniture {furniture!r}",
            "dropped",
            "kept" if _kept_as_text(furniture, got["kept"]) else "dropped",
        )
    return result


def run(verbose: bool = False) -> tuple[int, int, dict[str, Score]]:
    """Score every corpus text; (fields right, fields keyed, per-document scores)."""
    from reportpress.ingest import read_source
    from reportpress.structure import normalize

    scores: dict[str, Score] = {}
    for key_path in sorted((CORPUS / "keys").glob("*.json")):
        key = json.loads(key_path.read_text("utf-8"))
        root, _ = normalize(read_source(CORPUS / "texts" / key["file"]))
        scores[key["file"]] = score(key, root)
    right = sum(s.right for s in scores.values())
    total = sum(s.total for s in scores.values())
    return right, total, scores


def time_60kb() -> float:
    """Seconds to ingest and normalize a 60 KB report (the sample, repeated), best of three."""
    from reportpress.ingest import source_from_bytes
    from reportpress.structure import normalize

    sample = (REPO / "source" / "chaoyang-2024-h1.txt").read_bytes()
    head, _, body = sample.partition(b"\n\n")
    data = sample + body * max(0, (60_000 - len(sample)) // len(body) + 1)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        normalize(source_from_bytes(data, "sample-60k.txt"))
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    verbose = "-v" in sys.argv
    if not (CORPUS / "keys").is_dir():
        sys.exit(f"corpus not found at {CORPUS} (set REPORTPRESS_SHARED)")
    start = time.perf_counter()
    right, total, scores = run(verbose)
    seconds = time.perf_counter() - start
    for name, s in scores.items():
        print(f"{s.right:4d}/{s.total:<4d} {100 * s.right / s.total:6.1f} %  {name}")
        if verbose:
            for miss in s.misses:
                print(f"      {miss}")
    print(f"total {right}/{total} = {100 * right / total:.1f} % of fields ({seconds:.2f} s)")
    print(f"normalize of a 60 KB report: {time_60kb():.3f} s")


if __name__ == "__main__":
    main()
