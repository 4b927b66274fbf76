"""The EPUB 3 edition, written by pandoc from a document tree built here.

The pandoc document (its JSON AST) is built straight from the
:class:`~reportpress.model.Report`, never printed as Markdown and parsed
back, so that numbers, leads, metric mentions and ids cannot be re-read as
markup.  Pandoc does what it is good at: splitting chapters at level 1,
rewriting links across chapter files, the navigation document and the
package document.  The look comes from CSS generated from the style model;
the EPUB follows the style's fonts and heading ladder, not its page geometry.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import posixpath
import re
import tempfile
import uuid
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pypandoc
from lxml import etree

from reportpress.errors import InputError, RenderError
from reportpress.ladder import Heading, display_depths, read_level, split_number
from reportpress.model import Block, Metric, Report, Span
from reportpress.styles import Style

Json = Any
log = logging.getLogger(__name__)

#: Used when neither SOURCE_DATE_EPOCH nor the report's date is known: the
#: earliest time a zip file can hold (1980-01-01), so builds stay reproducible.
DEFAULT_EPOCH = 315532800

#: Id of the metrics appendix heading; section ids are ``s1``, ``s1-2`` …, so no clash.
APPENDIX_ID = "metrics-appendix"

NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}

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

#: Shares of the appendix table's width: indicator, value, unit, kind, section.
#: The short columns must not wrap ``增减率（增）`` or ``一/（一）``.
COLUMN_WIDTHS = (0.34, 0.18, 0.12, 0.18, 0.18)

#: Id of the title heading that opens the first chapter.
TITLE_ID = "report-title"

#: Pandoc's page template for every XHTML file.  Pandoc's own titles each page
#: with its file name (or, per chapter, with markup that a title may not hold)
#: and adds a generator tag and an empty style element; ours titles every page
#: with the report's title as plain text.
TEMPLATE = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"\
$if(lang)$ lang="$lang$" xml:lang="$lang$"$endif$>
<head>
  <meta charset="utf-8" />
  <title>$book-title$</title>
$for(css)$
  <link rel="stylesheet" type="text/css" href="$css$" />
$endfor$
</head>
<body$if(body-type)$ epub:type="$body-type$"$endif$>
$body$
</body>
</html>
"""


# ---- the pandoc document ------------------------------------------------------------


def _attr(
    ident: str = "", classes: tuple[str, ...] = (), pairs: tuple[tuple[str, str], ...] = ()
) -> Json:
    return [ident, list(classes), [list(p) for p in pairs]]


def _text(text: str) -> list[Json]:
    """Plain text as Str/Space inlines; only ASCII spaces break, U+3000 stays a character."""
    out: list[Json] = []
    for piece in re.split(r"([ \t\r\n]+)", text):
        if piece:
            out.append({"t": "Str", "c": piece} if piece.strip(" \t\r\n") else {"t": "Space"})
    return out


def _metric_inline(metric: Metric, linked: bool) -> Json:
    """A mention keeps its id (the appendix links here) and links to its appendix row."""
    inner = _text(metric.text)
    if linked:
        title = f"{metric.indicator}：见附录" if metric.indicator else "见附录"
        inner = [{"t": "Link", "c": [_attr(), inner, [f"#row-{metric.id}", title]]}]
    return {"t": "Span", "c": [_attr(metric.id, ("metric",)), inner]}


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


def _heading(block: Block, linked: bool, depth: int) -> Json:
    """A heading at its display depth (h1 for the shallowest level the report uses).

    When that differs from its ladder level, class ``ladderN`` (which pandoc moves
    to the heading's section) keeps the look of its level: a ``1.`` heading shown
    as h1 still looks like a level-3 heading.
    """
    classes = ("run-in",) if block.run_in else ()
    if depth != block.level:
        classes = (f"ladder{block.level}", *classes)
    number = (
        [{"t": "Span", "c": [_attr(classes=("number",)), _text(block.number)]}]
        if block.number
        else []
    )
    return {
        "t": "Header",
        "c": [depth, _attr(block.id, classes), number + _inlines(block.spans, linked)],
    }


def _cell(inlines: list[Json], colspan: int = 1) -> Json:
    return [_attr(), {"t": "AlignDefault"}, 1, colspan, [{"t": "Plain", "c": inlines}]]


def _appendix(report: Report, style: Style) -> list[Json]:
    """The metrics appendix: one table, a group row per heading, a row per mention."""
    columns = style.appendix.columns
    head = [[_attr(), [_cell(_text(c)) for c in columns]]]
    bodies = []
    for group in report.appendix():
        intermediate = []
        if group.label:
            link = {"t": "Link", "c": [_attr(), _text(group.label), [f"#{group.section_id}", ""]]}
            intermediate = [
                [_attr(classes=(f"group{group.level}",)), [_cell([link], len(columns))]]
            ]
        rows = []
        for m in group.metrics:
            indicator, value, unit, kind, where = m.row
            back = {"t": "Link", "c": [_attr(), _text(value), [f"#{m.id}", "回到原文"]]}
            # The row's id sits on a span: pandoc rewrites links across chapter files
            # only to the ids it knows, and it does not know the ids of table rows.
            anchor = {"t": "Span", "c": [_attr(f"row-{m.id}"), _text(indicator)]}
            cells = [[anchor], [back], _text(unit), _text(kind), _text(where)]
            rows.append([_attr(), [_cell(c) for c in cells]])
        bodies.append([_attr(), 0, intermediate, rows])
    colspecs = [[{"t": "AlignDefault"}, {"t": "ColWidth", "c": w}] for w in COLUMN_WIDTHS]
    table = {
        "t": "Table",
        "c": [
            _attr(classes=("metrics",)),
            [None, []],
            colspecs,
            [_attr(), head],
            bodies,
            [_attr(), []],
        ],
    }
    title = {
        "t": "Header",
        "c": [1, _attr(APPENDIX_ID, ("unnumbered", "appendix")), _text(style.appendix.title)],
    }
    return [title, table]


def has_appendix(report: Report, style: Style) -> bool:
    return style.appendix.enabled and bool(report.metrics)


def _blocks(report: Report, style: Style) -> list[Json]:
    linked = has_appendix(report, style)
    headings = report.headings()
    depths = {
        id(b): d for b, d in zip(headings, display_depths([b.level for b in headings]), strict=True)
    }
    out: list[Json] = []
    for block in report.blocks:
        if block.kind == "title":
            # The report opens with its title block, as printed.  It must be a heading:
            # pandoc puts one with the title before any text that has none.  It is
            # left out of the navigation, which lists the report's own headings.
            classes = ("unlisted", "unnumbered", "title")
            out.append(
                {"t": "Header", "c": [1, _attr(TITLE_ID, classes), _inlines(block.spans, False)]}
            )
        elif block.kind == "speaker":
            out.append(
                {
                    "t": "Div",
                    "c": [_attr(classes=("speaker",)), [{"t": "Para", "c": _speaker(report)}]],
                }
            )
        elif block.kind == "heading":
            out.append(_heading(block, linked, depths[id(block)]))
        elif block.kind == "paragraph":
            out.append({"t": "Para", "c": _inlines(block.spans, linked)})
        else:  # subtitle, salutation, closing
            para = {"t": "Para", "c": _inlines(block.spans, linked)}
            out.append({"t": "Div", "c": [_attr(classes=(block.kind,)), [para]]})
    if linked:
        out.extend(_appendix(report, style))
    return out


def _meta_inlines(text: str) -> Json:
    return {"t": "MetaInlines", "c": _text(text)}


def _meta_strings(values: list[str]) -> Json:
    return {"t": "MetaList", "c": [{"t": "MetaString", "c": v} for v in values]}


def identifier(report: Report, style: Style) -> str:
    """A urn:uuid that depends only on the content and the style: same input, same id."""
    digest = hashlib.sha256(repr(report).encode("utf-8")).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'urn:reportpress:{style.name}:{digest}')}"


def _speaker(report: Report) -> list[Json]:
    """The speaker line with a wider gap before the name, as it is printed."""
    who = report.affiliation + report.role
    if not report.name:
        return _text(report.speaker_line)
    name = {"t": "Span", "c": [_attr(classes=("name",)), _text(report.name)]}
    return [*_text(who), {"t": "Space"}, name] if who else [name]


def _metadata(report: Report, style: Style) -> dict[str, Json]:
    lang = report.language or style.language
    meta: dict[str, Json] = {
        "title": _meta_inlines(report.title),
        "lang": {"t": "MetaString", "c": lang},
        "identifier": {"t": "MetaString", "c": identifier(report, style)},
        "toc-title": _meta_inlines(style.toc.title),
        "accessibilitySummary": {
            "t": "MetaString",
            "c": SUMMARY + (SUMMARY_APPENDIX if has_appendix(report, style) else ""),
        },
        **{k: _meta_strings(v) for k, v in ACCESSIBILITY.items()},
    }
    if report.subtitle:
        meta["subtitle"] = _meta_inlines(report.subtitle)
    if report.speaker_line:
        creator = " ".join(report.speaker_line.split())
        meta["creator"] = {
            "t": "MetaList",
            "c": [
                {
                    "t": "MetaMap",
                    "c": {
                        "role": {"t": "MetaString", "c": "author"},
                        "text": {"t": "MetaString", "c": creator},
                    },
                }
            ],
        }
    if report.date:
        meta["date"] = {"t": "MetaString", "c": report.date}
    if report.occasion:
        meta["description"] = _meta_inlines(report.occasion)
    return meta


@cache
def api_version() -> list[int]:
    """The bundled pandoc's AST version: its JSON reader refuses any other."""
    return json.loads(pypandoc.convert_text("", "json", format="markdown"))["pandoc-api-version"]


def document(report: Report, style: Style) -> dict[str, Json]:
    """The pandoc document (JSON AST) of a report."""
    return {
        "pandoc-api-version": api_version(),
        "meta": _metadata(report, style),
        "blocks": _blocks(report, style),
    }


# ---- embedded fonts -----------------------------------------------------------------


@dataclass(frozen=True)
class EmbeddedFace:
    """A subset font file in the book, serving one font role (its bold cut if ``bold``)."""

    font_role: str
    family: str  # the CSS family name it is declared under
    bold: bool
    path: Path  # the subset file handed to pandoc

    def css(self) -> str:
        return _rule(
            "@font-face",
            [
                f"font-family: {_css_string(self.family)};",
                f"font-weight: {'bold' if self.bold else 'normal'};",
                "font-style: normal;",
                f'src: url("../fonts/{self.path.name}");',
            ],
        )


def _role_texts(report: Report, style: Style) -> dict[str, str]:
    """The text each style role sets, so each font is subset to what it draws."""
    texts: dict[str, list[str]] = {name: [] for name in style.roles}
    for block in report.blocks:
        if block.kind == "heading":
            role = f"heading{block.level}"
            texts[role].append(block.heading_text)
            texts["body"].append(block.heading_text)  # the table of contents page
        elif block.kind == "paragraph":
            texts["lead"] += [s.text for s in block.spans if s.lead]
            texts["body"] += [s.text for s in block.spans if not s.lead]
        else:
            texts[block.kind].append(block.text)
    texts["appendix_heading"] += [style.appendix.title, style.toc.title]
    texts["appendix_table"] += style.appendix.columns
    for group in report.appendix():
        texts["appendix_table"].append(group.label)
        for m in group.metrics:
            texts["appendix_table"] += list(m.row)
    return {name: "".join(parts) for name, parts in texts.items()}


@cache
def _face_cmap(path: Path, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(str(path), fontNumber=index, lazy=True).getBestCmap() or {})


def _subset(source: Path, index: int, points: set[int], target: Path) -> Path | None:
    """Write the face cut down to ``points``; None if its licence forbids that."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), fontNumber=index, recalcTimestamp=False)
    fs_type = font["OS/2"].fsType if "OS/2" in font else 0
    if fs_type & 0x0002 or fs_type & 0x0100 or fs_type & 0x0200:
        log.warning("%s: its licence forbids embedding a subset; not embedded", source)
        return None
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    # Horizontal Chinese text needs none of the OpenType layout features, and reading
    # a CJK face's layout tables costs seconds; the vertical tables are not used either.
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(points))
    subsetter.subset(font)
    target = target.with_suffix(".otf" if "CFF " in font else ".ttf")
    font.save(str(target))
    return target


def embed_fonts(report: Report, style: Style, folder: Path) -> list[EmbeddedFace]:
    """Subset the installed faces that serve each role to the characters it sets.

    Faces come from :mod:`reportpress.fonts` (the same resolution as the PDF);
    a character goes to the first face of its role's chain that has it.
    """
    from reportpress import fonts

    fontset = fonts.resolve(style)
    wanted: dict[tuple[str, bool, int], set[int]] = {}
    for role_name, text in _role_texts(report, style).items():
        role = style.role(role_name)
        bold = role.bold or _bold_face(style, role.font)
        chain = fontset.roles[role.font]
        for char in set(text) - set(" \t\r\n"):
            for position, face in enumerate(chain.faces):
                real = chain.bold_faces[position] if bold else None
                use = real if real is not None else face
                if ord(char) in _face_cmap(use.path, use.index):
                    wanted.setdefault((role.font, real is not None, position), set()).add(ord(char))
                    break
    folder.mkdir(parents=True, exist_ok=True)
    out: list[EmbeddedFace] = []
    for (font_role, bold, position), points in sorted(wanted.items()):
        chain = fontset.roles[font_role]
        face = chain.bold_faces[position] if bold else chain.faces[position]
        stem = f"{style.name}-{font_role}-{position}{'-bold' if bold else ''}"
        path = _subset(face.path, face.index, points, folder / stem)
        if path is not None:
            out.append(EmbeddedFace(font_role, f"rp-{font_role}-{position}", bold, path))
    return out


# ---- CSS from the style model -------------------------------------------------------


def _css_string(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _families(style: Style, font_role: str, embedded: Mapping[str, list[str]]) -> str:
    """Embedded faces, the font role's candidates, then its fallbacks', then the generic family."""
    names: list[str] = list(embedded.get(font_role, []))
    for candidate in style.font_chain(font_role):
        name = candidate.split(":", 1)[0]
        if name not in names:
            names.append(name)
    return ", ".join([*map(_css_string, names), style.fonts[font_role].generic])


def _bold_face(style: Style, font_role: str) -> bool:
    """A font role whose preferred face is a bold cut (``Noto Serif CJK SC:Bold``)."""
    return "bold" in style.fonts[font_role].candidates[0].partition(":")[2].lower()


def _num(value: float) -> str:
    return f"{value:.4g}"


def _role_css(
    style: Style,
    embedded: Mapping[str, list[str]],
    role_name: str,
    *,
    size: bool = True,
    spacing: bool = True,
) -> list[str]:
    """Declarations for one role; sizes in em of the body size so readers can scale them."""
    role = style.role(role_name)
    body = style.role("body")
    bold = role.bold or _bold_face(style, role.font)
    decls = [
        f"font-family: {_families(style, role.font, embedded)};",
        f"font-weight: {'bold' if bold else 'normal'};",
    ]
    if size:
        decls.append(f"font-size: {_num(role.size_pt / body.size_pt)}em;")
        decls.append(f"line-height: {_num(style.line_pitch_pt(role_name) / role.size_pt)};")
    if spacing:
        pitch = style.line_pitch_pt("body")
        before = role.space_before_lines * pitch / role.size_pt
        after = role.space_after_lines * pitch / role.size_pt
        decls += [
            f"text-align: {role.align};",
            f"text-indent: {_num(role.first_line_indent_chars)}em;",
            f"margin: {_num(before)}em 0 {_num(after)}em 0;",
        ]
    return decls


def _rule(selector: str, decls: list[str]) -> str:
    return selector + " {\n" + "".join(f"  {d}\n" for d in decls) + "}\n"


def stylesheet(style: Style, faces: list[EmbeddedFace] = ()) -> str:
    """The edition's CSS: fonts by role, the heading ladder, Chinese line breaking.

    ``faces`` are fonts embedded in the book: each is put first in its font role's
    family list, before the names a reader's system may have.
    """
    embedded: dict[str, list[str]] = {}
    for face in faces:
        if face.family not in embedded.setdefault(face.font_role, []):
            embedded[face.font_role].append(face.family)
    body = style.role("body")
    body_lh = style.line_pitch_pt("body") / body.size_pt
    rules = [
        f"/* reportpress style {style.name}: generated from the style model */\n",
        *(face.css() for face in faces),
        _rule(
            "html",
            [
                f"font-family: {_families(style, body.font, embedded)};",
                "line-break: strict;",
                "word-break: normal;",
                "overflow-wrap: break-word;",
                "hanging-punctuation: none;",
                "text-spacing-trim: space-all;",
            ],
        ),
        _rule("body", ["margin: 0;", "padding: 0 0.5em;"]),
        _rule("p", _role_css(style, embedded, "body") + ["widows: 2;", "orphans: 2;"]),
        _rule(".salutation p", _role_css(style, embedded, "salutation")),
        _rule(".closing p", _role_css(style, embedded, "closing")),
        _rule("strong", _role_css(style, embedded, "lead", spacing=False)),
        _rule("h1.title", [*_role_css(style, embedded, "title"), "margin-top: 2em;"]),
        _rule(".subtitle p", _role_css(style, embedded, "subtitle")),
        _rule(".speaker p", _role_css(style, embedded, "speaker")),
        _rule(".speaker .name", ["margin-left: 1em;"]),
        _rule("section", ["margin: 0;", "padding: 0;"]),
    ]
    indent = body.first_line_indent_chars
    before = body.space_before_lines * style.line_pitch_pt("body") / body.size_pt
    for level in range(1, 5):
        decls = _role_css(style, embedded, f"heading{level}")
        decls += ["clear: both;", "page-break-after: avoid;", "break-after: avoid;"]
        rules.append(_rule(f"h{level}", decls))
        # A run-in heading stands at the start of its first paragraph, in the body's
        # size and leading, and that paragraph's first line continues after it.
        run_in = _role_css(style, embedded, f"heading{level}", size=False, spacing=False)
        run_in += [
            "float: left;",
            "font-size: 1em;",
            f"line-height: {_num(body_lh)};",
            f"margin: {_num(before)}em 0 0 {_num(indent)}em;",
            "text-indent: 0;",
        ]
        rules.append(_rule(f"section.run-in > h{level}", run_in))
        rules.append(_rule(f"section.run-in > h{level} + p", ["text-indent: 0;"]))
        # Shown shallower than its ladder level (a report without 一、), a heading
        # keeps its level's look: its section has class ladderN (see _heading).
        if level > 1:
            shown = range(1, level)
            rules.append(_rule(", ".join(f"section.ladder{level} > h{d}" for d in shown), decls))
            rules.append(
                _rule(", ".join(f"section.run-in.ladder{level} > h{d}" for d in shown), run_in)
            )
    rules += [
        _rule("h1.appendix, section.appendix > h1", _role_css(style, embedded, "appendix_heading")),
        _rule("a", ["color: inherit;", "text-decoration: none;"]),
        _rule(".metric a", ["border-bottom: 1px dotted;"]),
        _rule(
            "table.metrics",
            [
                *_role_css(style, embedded, "appendix_table", spacing=False),
                "border-collapse: collapse;",
                "width: 100%;",
            ],
        ),
        _rule(
            "table.metrics th, table.metrics td",
            [
                "border: 1px solid;",
                "padding: 0.2em 0.4em;",
                "text-indent: 0;",
                "vertical-align: top;",
            ],
        ),
        _rule(
            "table.metrics th",
            [f"text-align: {style.role('appendix_table').align};", "font-weight: bold;"],
        ),
        _rule("table.metrics tbody tr[class^='group'] td", ["font-weight: bold;"]),
        _rule("nav#toc h1", _role_css(style, embedded, "appendix_heading")),
        _rule("nav#toc ol", ["list-style-type: none;", "margin: 0;", "padding: 0 0 0 2em;"]),
        _rule("nav#toc > ol", ["padding: 0;"]),
        _rule(
            "nav#toc li", [*_role_css(style, embedded, "body", spacing=False), "margin: 0.2em 0;"]
        ),
        _rule("nav#toc li a", ["border: none;"]),
    ]
    return "\n".join(rules)


# ---- running pandoc -----------------------------------------------------------------


def source_date_epoch(report: Report) -> str:
    """SOURCE_DATE_EPOCH from the environment, else the report's date, else a fixed default."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        day = date.fromisoformat(report.date)
    except ValueError:
        return str(DEFAULT_EPOCH)
    stamp = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    return str(max(stamp, DEFAULT_EPOCH))


@contextmanager
def _environ(name: str, value: str) -> Iterator[None]:
    """Set one variable for pandoc (pypandoc runs it with a copy of os.environ)."""
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            del os.environ[name]
        else:
            os.environ[name] = old


@cache
def _translations(lang: str) -> str:
    """Pandoc's term translations for a language tag it has no file for (zh-CN → zh-Hans)."""
    script = {"CN": "Hans", "SG": "Hans", "TW": "Hant", "HK": "Hant", "MO": "Hant"}
    base, _, region = lang.partition("-")
    for name in (lang, f"{base}-{script.get(region.upper(), '')}", base):
        try:
            return pypandoc.convert_text(
                "",
                "plain",
                format="markdown",
                extra_args=[f"--print-default-data-file=translations/{name}.yaml"],
            )
        except RuntimeError:
            continue
    return ""


def write(report: Report, style: Style) -> bytes:
    """The whole EPUB file.  Same report and style, same bytes."""
    depth = max(2, style.toc.levels)
    lang = report.language or style.language
    with tempfile.TemporaryDirectory(prefix="reportpress-epub-") as tmp:
        folder = Path(tmp)
        (folder / "template.xhtml").write_text(TEMPLATE, encoding="utf-8")
        faces = embed_fonts(report, style, folder / "fonts") if style.epub.embed_fonts else []
        (folder / "style.css").write_text(stylesheet(style, faces), encoding="utf-8")
        (folder / "data" / "translations").mkdir(parents=True)
        (folder / "data" / "translations" / f"{lang}.yaml").write_text(
            _translations(lang), encoding="utf-8"
        )
        output = folder / "out.epub"
        args = [
            "--standalone",
            "--wrap=none",
            f"--data-dir={folder / 'data'}",
            f"--template={folder / 'template.xhtml'}",
            f"--css={folder / 'style.css'}",
            "--split-level=1",
            "--epub-title-page=false",
            # A variable, not metadata: pandoc renders chapter files without the metadata.
            f"--variable=book-title:{report.title}",
            f"--toc-depth={depth}",
        ]
        if style.toc.enabled:
            args.append("--toc")
        args += [f"--epub-embed-font={face.path}" for face in faces]
        source = json.dumps(document(report, style), ensure_ascii=False)
        try:
            with _environ("SOURCE_DATE_EPOCH", source_date_epoch(report)):
                pypandoc.convert_text(
                    source, "epub3", format="json", outputfile=str(output), extra_args=args
                )
        except (RuntimeError, OSError) as exc:
            raise RenderError(f"epub: pandoc failed: {exc}") from None
        return _title_before_contents(output.read_bytes())


_NAV_ITEMREF = re.compile(rb"\s*<itemref idref=\"nav\"[^>]*/>")
_FIRST_ITEMREF = re.compile(rb"<itemref idref=\"ch001_xhtml\"[^>]*/>")


def _title_before_contents(epub: bytes) -> bytes:
    """Move the contents page after the title block in the reading order.

    pandoc puts its navigation document first in the spine; a report opens
    with its title, subtitle and speaker, then the contents, as in print.
    Entries keep pandoc's order, dates and compression (``mimetype`` first,
    stored), so the book stays reproducible.
    """
    source = zipfile.ZipFile(io.BytesIO(epub))
    opf_name = next(n for n in source.namelist() if n.endswith(".opf"))
    opf = source.read(opf_name)
    nav = _NAV_ITEMREF.search(opf)
    first = _FIRST_ITEMREF.search(opf)
    if nav is None or first is None or nav.start() > first.start():
        return epub
    moved = opf[: nav.start()] + opf[nav.end() : first.end()] + nav.group(0) + opf[first.end() :]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = moved if info.filename == opf_name else source.read(info)
            target.writestr(info, data, compress_type=info.compress_type)
    return out.getvalue()


# ---- reading an EPUB back -----------------------------------------------------------


def _parse(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def _package(book: zipfile.ZipFile, path: Path) -> tuple[str, etree._Element]:
    """The package document's path in the zip and its root."""
    try:
        container = _parse(book.read("META-INF/container.xml"))
        opf_path = container.xpath("string(//c:rootfile/@full-path)", namespaces=NS)
        return opf_path, _parse(book.read(opf_path))
    except (KeyError, etree.XMLSyntaxError) as exc:
        raise InputError(path, f"not an EPUB: no readable package document ({exc})") from None


def _open(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(path, f"not an EPUB: {exc}") from None


#: What reading a damaged book's parts raises: a part missing from the zip, a
#: corrupt or truncated entry, a page that is not well-formed XML.
_DAMAGED = (KeyError, zipfile.BadZipFile, OSError, EOFError, etree.XMLSyntaxError, ValueError)


@contextmanager
def _reading(path: Path) -> Iterator[zipfile.ZipFile]:
    """The open book; a part it cannot read becomes an InputError naming the file."""
    with _open(path) as book:
        try:
            yield book
        except _DAMAGED as exc:
            raise InputError(path, f"damaged EPUB: {exc}") from exc


def read_outline(path: Path) -> list[Heading]:
    """Headings (level, number, text) as the EPUB's navigation document lists them.

    The navigation nests by display depth; a numbered heading's level is read
    from its number (:func:`~reportpress.outline.ladder_level`), an unnumbered
    one's is its depth.
    """
    with _reading(Path(path)) as book:
        try:
            opf_path, opf = _package(book, Path(path))
            href = opf.xpath(
                "string(//opf:manifest/opf:item[contains(concat(' ', @properties, ' '), ' nav ')]/@href)",
                namespaces=NS,
            )
            nav = _parse(book.read(posixpath.join(posixpath.dirname(opf_path), href)))
        except (KeyError, etree.XMLSyntaxError) as exc:
            raise InputError(path, f"no readable navigation document: {exc}") from None
    toc = nav.xpath("//x:nav[contains(concat(' ', @epub:type, ' '), ' toc ')]", namespaces=NS)
    headings: list[Heading] = []

    def walk(ol: etree._Element, level: int) -> None:
        for li in ol.findall("x:li", NS):
            label = li.find("x:a", NS)
            if label is None:
                label = li.find("x:span", NS)
            if label is not None:
                number, text = split_number("".join(label.itertext()).strip())
                headings.append((read_level(number, level), number, text))
            for sub in li.findall("x:ol", NS):
                walk(sub, level + 1)

    for ol in toc[0].findall("x:ol", NS) if toc else []:
        walk(ol, 1)
    return headings


_BLOCKS = {f"{{{NS['x']}}}{name}" for name in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr")}


def _block_text(element: etree._Element) -> str:
    if element.tag == f"{{{NS['x']}}}tr":
        return "\t".join("".join(cell.itertext()).strip() for cell in element)
    return "".join(element.itertext()).strip()


def read_text(path: Path) -> str:
    """The text of the content documents in spine order, one block a line.

    The navigation document (the table of contents page) is left out: it only
    repeats the headings.
    """
    with _reading(Path(path)) as book:
        opf_path, opf = _package(book, Path(path))
        base = posixpath.dirname(opf_path)
        items = {i.get("id"): i for i in opf.iterfind(".//opf:manifest/opf:item", NS)}
        lines: list[str] = []
        for ref in opf.iterfind(".//opf:spine/opf:itemref", NS):
            item = items.get(ref.get("idref"))
            if item is None or "nav" in (item.get("properties") or "").split():
                continue
            page = _parse(book.read(posixpath.normpath(posixpath.join(base, item.get("href")))))
            body = page.find("x:body", NS)
            for element in body.iter(*_BLOCKS) if body is not None else ():
                if element.tag != f"{{{NS['x']}}}tr" and any(
                    True for _ in element.iterancestors(*_BLOCKS)
                ):
                    continue
                text = _block_text(element)
                if text:
                    lines.append(text)
    return "\n".join(lines) + "\n" if lines else ""


def read_appendix(path: Path) -> list[list[str]]:
    """The metrics appendix table's rows (header and group rows included), for ``check``."""
    rows: list[list[str]] = []
    with _reading(Path(path)) as book:
        opf_path, opf = _package(book, Path(path))
        base = posixpath.dirname(opf_path)
        for item in opf.iterfind(".//opf:manifest/opf:item", NS):
            if item.get("media-type") != "application/xhtml+xml":
                continue
            page = _parse(book.read(posixpath.normpath(posixpath.join(base, item.get("href")))))
            for table in page.iterfind(".//x:table[@class='metrics']", NS):
                for tr in table.iterfind(".//x:tr", NS):
                    rows.append(["".join(cell.itertext()).strip() for cell in tr])
    return rows
