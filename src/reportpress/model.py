"""A read-only view of a report XML for the renderers.

Every edition is made from the same flat list of blocks read off the XML, so the
three editions cannot disagree on headings, text or the metrics appendix.  The
view adds nothing the XML does not hold: it only flattens the nesting and
derives what the spec says is derived (a metric's section, the appendix).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from lxml import etree

from reportpress.ladder import display_depths, section_label
from reportpress.reportxml import NS, XML_NS, q

if TYPE_CHECKING:
    from reportpress.styles import Style

BlockKind = Literal[
    "title", "subtitle", "speaker", "salutation", "heading", "paragraph", "closing",
    "attachment_label", "signature",
]  # fmt: skip

#: The kinds of block printed as the report's front matter, above the body.
FRONT_MATTER_KINDS = ("title", "subtitle", "speaker")
#: The style role (see ``styles/*.toml``) of each kind of block other than headings.
_BLOCK_ROLES = {
    "title": "title",
    "subtitle": "subtitle",
    "speaker": "speaker",
    "salutation": "salutation",
    "paragraph": "body",
    "closing": "closing",
    "attachment_label": "attachment_label",
    "signature": "signature",
}
#: The blocks after which a top-level section's heading is an attachment's title:
#: its label (附件2), or the closing when the attachment has no label (名词解释).
ATTACHMENT_OPENERS = frozenset({"attachment_label", "closing"})
#: What a ``<p role="…">`` is, by its role: a paragraph without one is ``paragraph``.
_P_KINDS: dict[str | None, BlockKind] = {
    None: "paragraph",
    "attachment-label": "attachment_label",
    "signature": "signature",
}

#: How a metric kind is named in the appendix.
KIND_LABELS = {
    "amount": "总量",
    "count": "数量",
    "change": "增减率",
    "pp": "百分点",
    "share": "占比",
    "completion": "完成度",
    "level": "水平",
}


@dataclass(frozen=True)
class Metric:
    """One metric mention: its ``<metric>`` attributes, its text and where it stands."""

    id: str
    text: str
    value: str
    unit: str
    approx: str
    kind: str
    direction: str
    indicator: str
    section: str  # heading numbers joined by "/", e.g. "一/（一）"

    #: The attributes a ``<metric>`` element carries besides its id: the one list
    #: of a mention's fields (the XML markup, the rows and the dataset read it).
    ATTRIBUTES: ClassVar[tuple[str, ...]] = (
        "value", "unit", "approx", "kind", "direction", "indicator",
    )  # fmt: skip

    @classmethod
    def from_element(cls, element: etree._Element, section: str, text: str | None = None) -> Metric:
        """The mention an element holds; ``text``, its text, when the caller has it already."""
        get = element.get
        if text is None:
            text = _element_text(element)
        # Positional, in the order of the fields (and of ATTRIBUTES): a long report has
        # thousands, and a dict of them made for keywords cost a fifth of reading the XML.
        return cls(
            get("id", ""), text, get("value", ""), get("unit", ""), get("approx", ""),
            get("kind", ""), get("direction", ""), get("indicator", ""), section,
        )  # fmt: skip

    @cached_property
    def row(self) -> tuple[str, str, str, str, str]:
        """The appendix row every edition prints: 指标, 数值, 单位, 类型, 出处 ("—" before any heading).

        The value cell holds the number with its qualifier and a decline's sign
        (超1800, 66.67以上, -2.1, 3—5), the unit cell the unit: nothing is printed twice.
        Worked out once per mention (each edition and the column widths ask for it).
        """
        from reportpress.metrics.values import shown_value

        value = shown_value(self.text, self.value, self.kind, self.direction)
        return self.indicator, value, self.unit, self.kind_label, self.section or "—"

    @property
    def kind_label(self) -> str:
        label = KIND_LABELS.get(self.kind, self.kind)
        if self.direction:
            label += "（增）" if self.direction == "up" else "（减）"
        return label


@dataclass(frozen=True)
class Span:
    """A run of text: plain, the bold run-in lead, or one metric mention."""

    text: str
    lead: bool = False
    metric: Metric | None = None


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    spans: tuple[Span, ...]
    level: int = 0  # headings: 1–4
    number: str = ""  # headings: "一、", "（一）" …
    id: str = ""  # headings: the section id
    run_in: bool = False  # headings: printed at the start of the next paragraph
    depth: int = 0  # headings: the depth shown in bookmarks and navigation (1 = top)
    attachment_title: bool = False  # headings: an attachment's title (see from_xml)

    @property
    def role(self) -> str:
        """The style role this block is set in: ``body``, ``title`` …, ``heading1``–``heading4``.

        An attachment's title is set like the report's (GB/T 9704 7.3.7 centres it
        under the label; in practice in the title's face): still a heading, so it
        stays in the outline, the contents and the navigation.
        """
        if self.kind == "heading":
            return "title" if self.attachment_title else f"heading{min(max(self.level, 1), 4)}"
        return _BLOCK_ROLES[self.kind]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)

    @property
    def opens_page(self) -> bool:
        """An attachment's label (附件, 附件2) heads a page of its own (GB/T 9704 7.3.7)."""
        return self.kind == "attachment_label"

    @property
    def heading_text(self) -> str:
        """A heading as printed: number then text."""
        return self.number + self.text


@dataclass(frozen=True)
class AppendixGroup:
    """Rows of the metrics appendix under one level-1 or level-2 heading."""

    level: int  # 0 before any heading, else 1 or 2
    label: str  # the heading as printed, or "" before any heading
    section_id: str
    metrics: tuple[Metric, ...]


@dataclass
class Report:
    title: str
    #: Where the title comes from when the report names none: "file-name" or "given" (else "").
    title_derived: str = ""
    subtitle: str = ""
    date: str = ""  # ISO date
    date_text: str = ""
    occasion: str = ""
    affiliation: str = ""
    role: str = ""
    name: str = ""
    language: str = "zh-CN"
    source_name: str = ""
    source_sha256: str = ""
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (reason, text)
    blocks: list[Block] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)

    @property
    def speaker_line(self) -> str:
        """The speaker as printed under the title: affiliation and role, two spaces, name."""
        who = self.affiliation + self.role
        return f"{who}  {self.name}".strip() if self.name else who

    @property
    def author(self) -> str:
        return self.affiliation or self.name

    @property
    def front_matter(self) -> list[Block]:
        """The title block as printed above the body: title, subtitle, speaker."""
        return [b for b in self.blocks if b.kind in FRONT_MATTER_KINDS]

    @property
    def body(self) -> list[Block]:
        """Every block after the title block, in reading order."""
        return [b for b in self.blocks if b.kind not in FRONT_MATTER_KINDS]

    def attachments(self) -> Block | None:
        """The first block after the closing (an attachment's label ``附件`` or its title):
        attachments start on a page of their own, as GB/T 9704 has them (附件另面编排)."""
        blocks = self.blocks
        for index, block in enumerate(blocks[:-1]):
            if block.kind == "closing":
                return blocks[index + 1]
        return None

    def page_openers(self) -> set[int]:
        """The ``id`` of each block that starts a page in every paged edition: the
        attachments (:meth:`attachments`) and each attachment's label (:attr:`Block.opens_page`)."""
        first = self.attachments()
        return {id(block) for block in self.blocks if block is first or block.opens_page}

    def prints_appendix(self, style: Style) -> bool:
        """Whether an edition in this style ends with the metrics appendix."""
        return style.appendix.enabled and bool(self.metrics)

    def role_texts(self, style: Style) -> dict[str, str]:
        """Every character each style role sets (blocks, leads, the appendix if printed).

        Editions load or subset fonts from this, so each face holds what it draws.
        Furniture an edition adds itself (page numbers, a contents title) is not here.
        """
        texts: dict[str, list[str]] = {name: [] for name in style.roles}
        for block in self.blocks:
            if block.kind == "heading":
                texts[block.role].append(block.heading_text)
                continue
            for span in block.spans:
                texts["lead" if span.lead else block.role].append(span.text)
        if self.prints_appendix(style):
            texts["appendix_heading"].append(style.appendix.title)
            table = texts["appendix_table"]
            table += style.appendix.columns
            for group in self.appendix():
                table.append(group.label)
                for metric in group.metrics:
                    table += metric.row
        return {name: "".join(parts) for name, parts in texts.items()}

    def headings(self, max_level: int = 4) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading" and b.level <= max_level]

    def appendix(self) -> list[AppendixGroup]:
        """The metrics grouped under the level-1 and level-2 headings they stand under."""
        groups: list[AppendixGroup] = []
        current: tuple[int, str, str] = (0, "", "")
        rows: list[Metric] = []
        for block in self.blocks:
            if block.kind == "heading" and block.level <= 2:
                if rows:
                    groups.append(AppendixGroup(*current, tuple(rows)))
                current, rows = (block.level, block.heading_text, block.id), []
            rows.extend(s.metric for s in block.spans if s.metric is not None)
        if rows:
            groups.append(AppendixGroup(*current, tuple(rows)))
        return groups


def _text(parent: etree._Element, name: str) -> str:
    found = parent.find(q(name))
    return "".join(found.itertext()) if found is not None else ""


def _element_text(element: etree._Element) -> str:
    """All the text inside an element (its own text when it has no children: the
    usual case of a mention, without walking a text iterator)."""
    if len(element):
        return "".join(element.itertext())
    return element.text or ""


_METRIC, _LEAD = q("metric"), q("lead")
#: The body's elements by their whole tag: no local name made per child.
_BODY_TAGS = {q(name): name for name in ("section", "p", "salutation", "closing")}


def _spans(element: etree._Element, section: str, lead: bool = False) -> list[Span]:
    """Flatten mixed content (text, <lead>, <metric>) into spans."""
    spans: list[Span] = []
    if element.text:
        spans.append(Span(element.text, lead))
    metric_from = Metric.from_element
    for child in element:
        tag = child.tag  # compared whole: no local name made per child
        if tag == _METRIC:
            text = _element_text(child)
            spans.append(Span(text, lead, metric_from(child, section, text)))
        elif tag == _LEAD:
            spans.extend(_spans(child, section, lead=True))
        tail = child.tail
        if tail:
            spans.append(Span(tail, lead))
    return spans


def from_xml(root: etree._Element) -> Report:
    """Read a validated report XML into the renderers' view."""
    meta = root.find(q("meta"))
    body = root.find(q("body"))
    date = meta.find(q("date"))
    speaker = meta.find(q("speaker"))
    source = meta.find(q("source"))
    report = Report(
        title=_text(meta, "title"),
        title_derived=meta.find(q("title")).get("derived", ""),
        subtitle=_text(meta, "subtitle"),
        date=date.get("when", "") if date is not None else "",
        date_text=_text(meta, "date"),
        occasion=_text(meta, "occasion"),
        affiliation=_text(speaker, "affiliation") if speaker is not None else "",
        role=_text(speaker, "role") if speaker is not None else "",
        name=_text(speaker, "name") if speaker is not None else "",
        language=root.get(f"{{{XML_NS}}}lang", "zh-CN"),
        source_name=source.get("name", "") if source is not None else "",
        source_sha256=source.get("sha256", "") if source is not None else "",
        dropped=[(d.get("reason", ""), d.text or "") for d in meta.iter(q("dropped"))],
    )
    blocks = report.blocks
    # A headline's figures are spans of their own, before any heading (section "").
    blocks.append(Block("title", tuple(_spans(meta.find(q("title")), ""))))
    if report.subtitle:
        blocks.append(Block("subtitle", (Span(report.subtitle),)))
    if report.speaker_line:
        blocks.append(Block("speaker", (Span(report.speaker_line),)))

    def walk(parent: etree._Element, trail: list[str]) -> None:
        section = "/".join(trail)
        for child in parent:
            name = _BODY_TAGS.get(child.tag, "")
            if name == "section":
                number = child.get("number", "")
                heading = child.find(q("heading"))
                sub_trail = [*trail, section_label(number, "".join(heading.itertext()))]
                opens_attachment = (
                    bool(blocks)
                    and blocks[-1].kind in ATTACHMENT_OPENERS
                    and child.get("level", "1") == "1"
                    and heading.get("run-in") != "true"
                )
                blocks.append(
                    Block(
                        "heading",
                        tuple(_spans(heading, "/".join(sub_trail))),
                        level=int(child.get("level", "1")),
                        number=number,
                        id=child.get("id", ""),
                        run_in=heading.get("run-in") == "true",
                        attachment_title=opens_attachment,
                    )
                )
                walk(child, sub_trail)
            elif name in ("p", "salutation", "closing"):
                kind = _P_KINDS[child.get("role")] if name == "p" else name
                blocks.append(Block(kind, tuple(_spans(child, section))))  # type: ignore[arg-type]

    walk(body, [])
    report.metrics = [s.metric for b in blocks for s in b.spans if s.metric is not None]
    return with_depths(report)


def with_depths(report: Report) -> Report:
    """Give every heading the depth it is shown at (:func:`ladder.display_depths`).

    ``from_xml`` does this; a report built by hand (a script, a test) calls it
    once its blocks are in place, so no edition works depths out again.
    """
    at = [i for i, b in enumerate(report.blocks) if b.kind == "heading"]
    depths = display_depths([report.blocks[i].level for i in at])
    for index, depth in zip(at, depths, strict=True):
        report.blocks[index] = replace(report.blocks[index], depth=depth)
    return report


__all__ = ["NS", "Block", "Metric", "Report", "Span", "AppendixGroup", "from_xml", "with_depths"]
