"""Generate a corpus of reports of the genre by varying the sample.

Sections are shuffled, level-2 sections repeated or cut to scale the length
(×0.5 to ×4), figures perturbed and place names changed, so that a batch
benchmark sees many different documents with the sample's shape.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from reportpress.numerals import chinese_numeral

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"
PLACES = ["海淀", "丰台", "西城", "东城", "通州", "顺义", "昌平", "大兴", "房山", "怀柔"]
_LEVEL1 = re.compile(r"^[\s\u00a0\u3000]*[一二三四五六七八九十]+、")
_LEVEL2 = re.compile(r"^[\s\u00a0\u3000]*[（(]([一二三四五六七八九十]+)[）)]")


def _blocks(lines: list[str]) -> tuple[list[str], list[list[str]], list[str]]:
    """(title block, level-1 sections as line lists, closing lines)."""
    head: list[str] = []
    sections: list[list[str]] = []
    for line in lines:
        if _LEVEL1.match(line):
            sections.append([line])
        elif sections:
            sections[-1].append(line)
        else:
            head.append(line)
    closing = [sections[-1].pop()] if sections else []
    return head, sections, closing


def _scale_section(section: list[str], factor: float, rng: random.Random) -> list[str]:
    heading, rest = section[0], section[1:]
    chunks: list[list[str]] = [[]]
    for line in rest:
        if _LEVEL2.match(line):
            chunks.append([line])
        else:
            chunks[-1].append(line)
    intro, subsections = chunks[0], chunks[1:]
    if not subsections:
        return section  # a section of one or two paragraphs stays as it is
    count = max(1, round(len(subsections) * factor))
    chosen = [rng.choice(subsections) for _ in range(count)] if factor > 1 else subsections[:count]
    out = [heading, *intro]
    for index, sub in enumerate(chosen, 1):
        label = f"（{chinese_numeral(index)}）"
        out.append(_LEVEL2.sub(label, sub[0], count=1))
        out.extend(sub[1:])
    return out


def _perturb_numbers(text: str, rng: random.Random) -> str:
    def change(m: re.Match[str]) -> str:
        number = m.group(0)
        if len(number) == 4 and number.startswith("20"):
            return number  # a year
        if "." in number:
            digits = len(number.split(".")[1])
            return f"{float(number) * rng.uniform(0.7, 1.3):.{digits}f}"
        return str(max(1, round(int(number) * rng.uniform(0.7, 1.3))))

    return re.sub(r"\d+(?:\.\d+)?", change, text)


def make_report(seed: int, factor: float, source: Path = SAMPLE) -> str:
    """One varied report, about ``factor`` times the sample's length."""
    rng = random.Random(seed)
    lines = source.read_text(encoding="utf-8").split("\n")
    head, sections, closing = _blocks(lines)
    body: list[str] = []
    for section in sections:
        body.extend(_scale_section(section, factor, rng))
    text = "\n".join(_perturb_numbers(line, rng) for line in [*head, *body, *closing])
    return text.replace("朝阳", rng.choice(PLACES))


def write_corpus(
    folder: Path, count: int, factors: tuple[float, ...] = (0.5, 1, 2, 4)
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        factor = factors[index % len(factors)]
        path = folder / f"report-{index:03d}-x{factor:g}.txt"
        path.write_text(make_report(index, factor), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/corpus")
    for p in write_corpus(target, int(sys.argv[2]) if len(sys.argv) > 2 else 8):
        print(p, p.stat().st_size)
