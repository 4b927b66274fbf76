"""The pandoc document (its JSON AST) of a report.

Built straight from the :class:`~reportpress.model.Report`, never printed as
Markdown and parsed back, so that numbers, leads, metric mentions and ids cannot
be re-read as markup.  Pandoc is then given only its headings; the blocks
between them are written from the same tree by :mod:`.xhtml`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from typing import Any, TextIO

from reportpress.editions.epub.appendix import MARKER, row_id
from reportpress.editions.epub.nav import Contents
from reportpress.editions.epub.xhtml import (
    BREAKABLE_SPACE,
    LABEL_CLASS,
    WORD_BREAK,
    Unwritable,
    block_html,
    marker,
)
from reportpress.editions.linebreak import kept_pieces
from reportpress.editions.titles import title_span_lines
from reportpress.model import Block, Metric, Report, Span
from reportpress.styles import Style

Json = Any

#: Id of the metrics appendix heading; section ids are ``s1``, ``s1-2`` …, so no clash.
APPENDIX_ID = "metrics-appendix"
#: Id of the title heading that opens the first chapter.
TITLE_ID = "report-title"

ACCESSIBILITY = {
    "accessModes": ["textual"],
    "accessModeSufficient": ["textual"],
    "accessibilityFeatures": [
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "tableHeaders",
        "displayTransformability",
    ],
    "accessibilityHazards": ["none"],
}
#: The accessibility summary, in the report's language; the second sentence only
#: when the book has a metrics appendix.
SUMMARY = "纯文本出版物，无图片、音视频。标题按层级标记，带目录导航。"
SUMMARY_APPENDIX = "文中每处指标均链接到附录指标一览表中的一行，表中每行链接回原文。"


def _attr(
    ident: str = "", classes: tuple[str, ...] = (), pairs: tuple[tuple[str, str], ...] = ()
) -> Json:
    return [ident, list(classes), [list(p) for p in pairs]]


def _text(text: str) -> list[Json]:
    """Plain text as Str/Space inlines; only ASCII spaces break, U+3000 stays a character."""
    out: list[Json] = []
    for piece in BREAKABLE_SPACE.split(text):
        if piece:
            out.append({"t": "Str", "c": piece} if piece.strip(" \t\r\n") else {"t": "Space"})
    return out


def _metric_inline(metric: Metric, linked: bool) -> Json:
    """A mention keeps its id (the appendix links here); linked, it is itself the link
    to its appendix row (one element a figure, not a span around a link).

    A figure is kept on one line (class ``metric``); a range may break after its
    connector, as in the PDF (:func:`~reportpress.editions.linebreak.kept_pieces`):
    class ``range``, each side kept whole (``whole``) and a ``<wbr>`` between.
    """
    pieces = kept_pieces(metric.text)
    classes: tuple[str, ...] = ("metric",)
    inner = _text(metric.text)
    if len(pieces) > 1:
        classes = ("metric", "range")
        inner = [WORD_BREAK] * (2 * len(pieces) - 1)
        inner[::2] = [{"t": "Span", "c": [_attr(classes=("whole",)), _text(p)]} for p in pieces]
    if linked:
        title = f"{metric.indicator}：见附录" if metric.indicator else "见附录"
        target = [f"#{row_id(metric.id)}", title]
        return {"t": "Link", "c": [_attr(metric.id, classes), inner, target]}
    return {"t": "Span", "c": [_attr(metric.id, classes), inner]}


def _inlines(spans: tuple[Span, ...], linked: bool) -> list[Json]:
    """Spans → inlines; consecutive lead spans become one Strong run-in."""
    out: list[Json] = []
    lead: list[Json] = []
    for span in spans:
        pieces = [_metric_inline(span.metric, linked)] if span.metric else _text(span.text)
        if span.lead:
            lead.extend(pieces)
            continue
        if lead:
            out.append({"t": "Strong", "c": lead})
            lead = []
        out.extend(pieces)
    if lead:
        out.append({"t": "Strong", "c": lead})
    return out


def _heading(block: Block, linked: bool) -> Json:
    """A heading at its display depth (h1 for the shallowest level the report uses).

    When that differs from its ladder level, class ``ladderN`` (which pandoc moves
    to the heading's section) keeps the look of its level: a ``1.`` heading shown
    as h1 still looks like a level-3 heading.  An attachment's title has class
    ``attachment-title`` and the report title's look.
    """
    classes = ("run-in",) if block.run_in else ()
    if block.attachment_title:
        classes = ("attachment-title",)
    if block.depth != block.level:
        classes = (f"ladder{block.level}", *classes)
    number = (
        [{"t": "Span", "c": [_attr(classes=("number",)), _text(block.number)]}]
        if block.number
        else []
    )
    return {
        "t": "Header",
        "c": [block.depth, _attr(block.id, classes), number + _inlines(block.spans, linked)],
    }


def _title(block: Block, style: Style, linked: bool) -> Json:
    """The title as printed, its lines parted by ``<br/>`` (the metadata keeps it whole).

    It must be a heading: pandoc puts one with the title before any text that has
    none.  It is left out of the navigation, which lists the report's own headings.
    """
    inlines = _broken(block.spans, style, "title", linked)
    classes = ("unlisted", "unnumbered", "title")
    return {"t": "Header", "c": [1, _attr(TITLE_ID, classes), inlines]}


def _broken(spans: tuple[Span, ...], style: Style, role: str, linked: bool) -> list[Json]:
    """A title's (or subtitle's) inlines in the lines every edition breaks it into; a
    headline's figures linked as the body's are."""
    inlines: list[Json] = []
    for line in title_span_lines(spans, style, role):
        if inlines:
            inlines.append({"t": "LineBreak"})
        inlines.extend(_inlines(tuple(line), linked))
    return inlines


def _appendix(style: Style) -> list[Json]:
    """The metrics appendix: its heading, and the place of its table, which is put in
    the finished book (:mod:`.appendix`: pandoc is slow at long tables)."""
    title = {
        "t": "Header",
        "c": [1, _attr(APPENDIX_ID, ("unnumbered", "appendix")), _text(style.appendix.title)],
    }
    return [title, {"t": "RawBlock", "c": ["html", MARKER]}]


def _speaker(report: Report) -> list[Json]:
    """The speaker line with a wider gap before the name, as it is printed."""
    who = report.affiliation + report.role
    if not report.name:
        return _text(report.speaker_line)
    name = {"t": "Span", "c": [_attr(classes=("name",)), _text(report.name)]}
    return [*_text(who), {"t": "Space"}, name] if who else [name]


def _blocks(report: Report, style: Style) -> Iterator[Json]:
    """The book's blocks one at a time, so that a long report is never held whole as
    pandoc's verbose tree (see :func:`write_document`).

    An attachment's label comes right after the heading it stands above: pandoc
    starts a chapter at a heading, and the label belongs to its attachment's
    chapter, not to the report's last one; :func:`~.xhtml.labels_first` puts it
    back before the heading in the finished book.
    """
    linked = report.prints_appendix(style)
    labels: list[Json] = []
    for block in report.blocks:
        if block.kind == "attachment_label":
            para = {"t": "Para", "c": _inlines(block.spans, linked)}
            labels.append({"t": "Div", "c": [_attr(classes=(LABEL_CLASS,)), [para]]})
            continue
        if block.kind != "heading":
            yield from labels
            labels.clear()
        if block.kind == "title":
            yield _title(block, style, linked)
        elif block.kind == "speaker":
            para = {"t": "Para", "c": _speaker(report)}
            yield {"t": "Div", "c": [_attr(classes=("speaker",)), [para]]}
        elif block.kind == "heading":
            yield _heading(block, linked)
            yield from labels
            labels.clear()
        elif block.kind == "paragraph":
            yield {"t": "Para", "c": _inlines(block.spans, linked)}
        else:  # subtitle, salutation, closing, signature
            para = {"t": "Para", "c": _inlines(block.spans, linked)}
            if block.kind == "subtitle":
                para = {"t": "Para", "c": _broken(block.spans, style, "subtitle", linked)}
            yield {"t": "Div", "c": [_attr(classes=(block.kind,)), [para]]}
    yield from labels
    if linked:
        yield from _appendix(style)


def _headings_and_places(blocks: Iterator[Json], parts: dict[str, str]) -> Iterator[Json]:
    """The headings, and a :func:`~.xhtml.marker` in place of each run of blocks between
    them, those blocks written into ``parts`` (name → XHTML) as pandoc writes them.

    Headings stay pandoc's: it makes chapters, sections and the navigation of
    them.  A block the XHTML writer cannot write goes to pandoc as it is.
    """
    run: list[str] = []

    def place() -> Iterator[Json]:
        if run:
            name = f"body {len(parts) + 1}"
            parts[name] = "\n".join(run)
            run.clear()
            yield {"t": "RawBlock", "c": ["html", marker(name)]}

    for block in blocks:
        if block["t"] != "Header":
            try:
                html = block_html(block)
            except Unwritable:
                pass
            else:
                if html:
                    run.append(html)
                continue
        yield from place()
        yield block
    yield from place()


def _meta_inlines(text: str) -> Json:
    return {"t": "MetaInlines", "c": _text(text)}


def _meta_strings(values: list[str]) -> Json:
    return {"t": "MetaList", "c": [{"t": "MetaString", "c": v} for v in values]}


def identifier(report: Report, style: Style) -> str:
    """A urn:uuid that depends only on the text the book holds and the style.

    Hashed from the report's words as a reader meets them (each block's kind,
    heading level and number, and text; the language and date), written out
    explicitly as JSON, never from the program's ``repr`` of its model: a field
    added to the model must not give every book a new id, a changed word must.
    """
    blocks = [[b.kind, b.level, b.number, b.text] for b in report.blocks]
    content = [style.name, report.language, report.date, blocks]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'urn:reportpress:{digest}')}"


def _metadata(report: Report, style: Style) -> dict[str, Json]:
    lang = report.language or style.language
    summary = SUMMARY + (SUMMARY_APPENDIX if report.prints_appendix(style) else "")
    meta: dict[str, Json] = {
        "title": _meta_inlines(report.title),
        "lang": {"t": "MetaString", "c": lang},
        "identifier": {"t": "MetaString", "c": identifier(report, style)},
        "toc-title": _meta_inlines(style.toc.title),
        "accessibilitySummary": {"t": "MetaString", "c": summary},
        **{k: _meta_strings(v) for k, v in ACCESSIBILITY.items()},
    }
    if report.subtitle:
        meta["subtitle"] = _meta_inlines(report.subtitle)
    if report.speaker_line:
        creator = " ".join(report.speaker_line.split())
        author = {
            "role": {"t": "MetaString", "c": "author"},
            "text": {"t": "MetaString", "c": creator},
        }
        meta["creator"] = {"t": "MetaList", "c": [{"t": "MetaMap", "c": author}]}
    if report.date:
        meta["date"] = {"t": "MetaString", "c": report.date}
    if report.occasion:
        meta["description"] = _meta_inlines(report.occasion)
    return meta


def write_document(
    report: Report,
    style: Style,
    api_version: list[int],
    out: TextIO,
    parts: dict[str, str] | None = None,
    contents: Contents | None = None,
) -> None:
    """Write the pandoc document (JSON AST) of a report, for a pandoc of ``api_version``.

    Given ``parts``, pandoc gets the headings and the places of the other blocks,
    which are written into ``parts`` for :func:`~.xhtml.fill`; without, it gets
    every block (what the tests compare the parts with).  Given ``contents``, the
    headings are gathered there too (:mod:`.nav`).  Each block is encoded as soon
    as it is built: the text is the same as ``json.dumps`` of the whole document,
    without its tree in memory at once.
    """
    head = {"pandoc-api-version": api_version, "meta": _metadata(report, style)}
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "blocks": [')
    blocks = _blocks(report, style)
    if parts is not None:
        blocks = _headings_and_places(blocks, parts)
    for i, block in enumerate(blocks):
        if contents is not None and block["t"] == "Header":
            contents.add(block)
        out.write((", " if i else "") + json.dumps(block, ensure_ascii=False))
    out.write("]}")
