"""What the reader builds: source lines, paragraphs, sections and the parsed report."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportpress.structure.text import PARAGRAPH_END, Dropped, clean_line
from reportpress.structure.titleblock import Speaker


@dataclass
class SourceLine:
    """One source line: its 1-based number, its text cleaned, and the text as it came."""

    number: int
    text: str
    raw: str
    blank_before: bool = False


@dataclass
class Paragraph:
    """A paragraph as it is read: hard-wrapped lines are collected and joined once."""

    parts: list[str]
    #: An attachment's label on a line of its own (``附件``, ``附件2``), above its title.
    attachment_label: bool = False
    #: The body signing the report, or the date under it (落款): a line of its own.
    signature: bool = False

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def ends_sentence(self) -> bool:
        return self.parts[-1].endswith(tuple(PARAGRAPH_END))

    def length_at_least(self, n: int) -> bool:
        total = 0
        for part in self.parts:
            total += len(part)
            if total >= n:
                return True
        return False


@dataclass
class Section:
    level: int  # 0: an unnumbered part or appendix heading
    number: str
    heading: str
    line: int
    run_in: bool = False
    paragraphs: list[Paragraph] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    topical: bool = True  # paragraphs may open with a run-in lead
    printed: str = ""  # the label as printed, where normalizing changed its mark (一，)


@dataclass
class Parsed:
    title: str = ""
    subtitle: str = ""
    date: tuple[str, str] | None = None
    occasion: str = ""
    speaker: Speaker | None = None
    salutation: str = ""
    intro: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: str = ""
    #: What follows the closing, as in the source: an appendix's label (``附件``)
    #: and the appendices themselves (名词解释, a list of projects).
    after_closing: list[Paragraph] = field(default_factory=list)
    appendices: list[Section] = field(default_factory=list)
    dropped: Dropped = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)


def split_lines(text: str) -> list[SourceLine]:
    out: list[SourceLine] = []
    blank = False
    for number, raw in enumerate(text.split("\n"), 1):
        cleaned = clean_line(raw)
        if not cleaned:
            blank = True
            continue
        out.append(SourceLine(number, cleaned, raw, blank_before=blank))
        blank = False
    return out
