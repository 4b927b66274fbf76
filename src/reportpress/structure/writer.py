"""The parsed report as the semantic XML tree (vocabulary: docs/report-xml.md)."""

from __future__ import annotations

from lxml import etree

from reportpress.ingest import Source
from reportpress.reportxml import NSMAP, XML_NS, element_name
from reportpress.structure.headings import lead_of
from reportpress.structure.parts import Paragraph, Parsed, Section
from reportpress.structure.text import normalize_punctuation


def _el(parent: etree._Element, tag: str, text: str = "", **attrs: str) -> etree._Element:
    element = etree.SubElement(
        parent, element_name(tag), {k.replace("_", "-"): v for k, v in attrs.items()}
    )
    if text:
        element.text = text
    return element


def _paragraph(parent: etree._Element, paragraph: Paragraph, with_lead: bool) -> None:
    text = paragraph.text
    if paragraph.attachment_label or paragraph.signature:
        _el(
            parent,
            "p",
            text,
            role="attachment-label" if paragraph.attachment_label else "signature",
        )
        return
    p = _el(parent, "p")
    lead = lead_of(text) if with_lead else ""
    if lead:
        _el(p, "lead", lead).tail = text[len(lead) :]
    else:
        p.text = text


def _indent(element: etree._Element, depth: int = 0) -> None:
    """Newlines and indentation between structural elements only, never inside text."""
    structural = {"report", "meta", "speaker", "body", "section"}
    if etree.QName(element).localname not in structural or len(element) == 0:
        return
    pad = "\n" + "  " * (depth + 1)
    element.text = pad
    for child in element:
        _indent(child, depth + 1)
        child.tail = pad
    element[-1].tail = "\n" + "  " * depth


def _hoisted(sections: list[Section]) -> list[Section]:
    """Unnumbered parts hold ``（一）`` sections, but their ``一、`` sections stand beside them:
    a section is always deeper than the one it is in."""
    out: list[Section] = []
    for section in sections:
        out.append(section)
        if section.level == 0 and any(child.level <= 1 for child in section.children):
            out.extend(section.children)
            section.children = []
    return out


def _sections(
    parent: etree._Element,
    sections: list[Section],
    prefix: str,
    parent_level: int,
    first: int = 1,
) -> int:
    """Write ``sections`` numbered from ``first``; the number after the last."""
    index = first - 1
    for index, section in enumerate(_hoisted(sections), first):
        sid = f"{prefix}-{index}" if prefix else f"s{index}"
        # An unnumbered part heading is a level-1 section without a number; the
        # ladder inside it starts again at its own level (always deeper than the part).
        level = section.level or parent_level + 1
        attrs = {"id": sid, "level": str(level)}
        if section.number:
            attrs["number"] = section.number
        if section.printed:
            attrs["printed"] = section.printed
        element = _el(parent, "section", **attrs)
        heading = _el(element, "heading", section.heading)
        if section.run_in:
            heading.set("run-in", "true")
        # Paragraphs before a section's subsections introduce it: no run-in leads there.
        topical = section.topical and not section.children
        for n, paragraph in enumerate(section.paragraphs):
            _paragraph(element, paragraph, with_lead=topical and not (section.run_in and n == 0))
        _sections(element, section.children, sid, level)
    return index + 1


def to_xml(parsed: Parsed, source: Source, title_override: str | None = None) -> etree._Element:
    root = etree.Element(element_name("report"), nsmap=NSMAP)
    root.set(f"{{{XML_NS}}}lang", "zh-CN")
    root.set("version", "1")
    meta = _el(root, "meta")
    if title_override:
        _el(meta, "title", title_override, derived="given")
    elif parsed.title:
        _el(meta, "title", parsed.title)
    else:  # the report names no title: say where the one printed comes from
        _el(meta, "title", source.name.rsplit(".", 1)[0] or source.name, derived="file-name")
    if parsed.subtitle:
        _el(meta, "subtitle", parsed.subtitle)
    if parsed.date:
        _el(meta, "date", parsed.date[1], when=parsed.date[0])
    if parsed.occasion:
        _el(meta, "occasion", parsed.occasion)
    if parsed.speaker and any(
        (parsed.speaker.affiliation, parsed.speaker.role, parsed.speaker.name)
    ):
        speaker = _el(meta, "speaker")
        for key in ("affiliation", "role", "name"):
            value = getattr(parsed.speaker, key)
            if value:
                _el(speaker, key, normalize_punctuation(value))
    _el(meta, "source", name=source.name, sha256=source.sha256, encoding=source.encoding)
    for reason, line, text in sorted(parsed.dropped, key=lambda d: d[1]):
        _el(meta, "dropped", text, reason=reason, line=str(line))
    for line, message in parsed.warnings:
        _el(meta, "warning", message, line=str(line))

    body = _el(root, "body")
    if parsed.salutation:
        _el(body, "salutation", parsed.salutation)
    for paragraph in parsed.intro:
        _paragraph(body, paragraph, with_lead=False)
    following = _sections(body, parsed.sections, "", 0)
    if parsed.closing:
        _el(body, "closing", parsed.closing)
    for paragraph in parsed.after_closing:
        _paragraph(body, paragraph, with_lead=False)
    _sections(body, parsed.appendices, "", 0, following)
    _indent(root)
    return root
