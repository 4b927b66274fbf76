"""The book's CSS, generated from the style model: fonts by role, the heading ladder, Chinese line breaking.

The EPUB follows the style's fonts, sizes and heading ladder, not its page
geometry: a screen is narrower or wider than any page, so the text column is
held to a comfortable measure instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportpress.editions.epub.fonts import EmbeddedFace
from reportpress.styles import Style, is_bold_face, split_face

#: The longest line the text column allows, in ems: about 35–40 characters reads well.
MEASURE_EMS = 38
#: The title is at least this many times the body size: a screen shows it against
#: far less page than print, so the print ratio (22/16 pt) would look barely larger.
MIN_TITLE_EMS = 1.5


def _css_string(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _families(style: Style, font_role: str, embedded: Mapping[str, list[str]]) -> str:
    """Embedded faces, the font role's candidates, then its fallbacks', then the generic family."""
    names: list[str] = list(embedded.get(font_role, []))
    for candidate in style.font_chain(font_role):
        name = split_face(candidate)[0]
        if name not in names:
            names.append(name)
    return ", ".join([*map(_css_string, names), style.fonts[font_role].generic])


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
    bold = style.is_bold(role_name) or _stand_in_is_bold(style, role.font)
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
        if role.right_indent_chars:
            decls.append(f"padding-right: {_num(role.right_indent_chars)}em;")
    return decls


def _stand_in_is_bold(style: Style, font_role: str) -> bool:
    """Whether the role's free stand-ins are bold cuts (小标宋 → ``Noto Serif CJK SC:Bold``).

    A display face as heavy as 方正小标宋 is seldom on a reader's device; what the
    reader shows is its stand-in, which the style names as a bold cut.
    """
    return any(is_bold_face(c) for c in style.font_chain(font_role))


def _rule(selector: str, decls: list[str]) -> str:
    return selector + " {\n" + "".join(f"  {d}\n" for d in decls) + "}\n"


def _face_rule(face: EmbeddedFace) -> str:
    return _rule(
        "@font-face",
        [
            f"font-family: {_css_string(face.family)};",
            f"font-weight: {'bold' if face.bold else 'normal'};",
            "font-style: normal;",
            f'src: url("../fonts/{face.path.name}");',
        ],
    )


def _title_css(style: Style, embedded: Mapping[str, list[str]]) -> list[str]:
    """The title role, at least :data:`MIN_TITLE_EMS` the body size, its lines balanced."""
    role = style.role("title")
    size = max(MIN_TITLE_EMS, role.size_pt / style.role("body").size_pt)
    decls = [d for d in _role_css(style, embedded, "title") if not d.startswith("font-size")]
    return [*decls, f"font-size: {_num(size)}em;", "text-wrap: balance;"]


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
    pad = style.appendix.cell_padding_em  # ems of the table's type, as the cells' own
    rules = [
        f"/* reportpress style {style.name}: generated from the style model */\n",
        *(_face_rule(face) for face in faces),
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
        _rule("body", [f"max-width: {MEASURE_EMS}em;", "margin: 0 auto;", "padding: 0 0.75em;"]),
        _rule("p", _role_css(style, embedded, "body") + ["widows: 2;", "orphans: 2;"]),
        _rule(".salutation p", _role_css(style, embedded, "salutation")),
        _rule(".closing p", _role_css(style, embedded, "closing")),
        _rule(".signature p", _role_css(style, embedded, "signature")),
        _rule(
            ".attachment-label p",
            [*_role_css(style, embedded, "attachment_label"), "page-break-after: avoid;"],
        ),
        _rule("strong", _role_css(style, embedded, "lead", spacing=False)),
        _rule("h1.title", [*_title_css(style, embedded), "margin-top: 2em;"]),
        _rule(".subtitle p", _role_css(style, embedded, "subtitle")),
        _rule(".speaker p", _role_css(style, embedded, "speaker")),
        _rule(".speaker .name", ["margin-left: 1em;"]),
        _rule("section", ["margin: 0;", "padding: 0;"]),
    ]
    indent = body.first_line_indent_chars
    before = body.space_before_lines * style.line_pitch_pt("body") / body.size_pt
    for level in range(1, 5):
        decls = _role_css(style, embedded, f"heading{level}")
        decls += [
            "clear: both;",
            "page-break-after: avoid;",
            "break-after: avoid;",
            "text-wrap: pretty;",  # no heading ends with one character alone
        ]
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
        _rule("section.attachment-title > h1", _title_css(style, embedded)),
        _rule("a", ["color: inherit;", "text-decoration: none;"]),
        # A figure stays whole (133.9万平方米 never splits from its unit) and is
        # linked without decoration; the link shows when pointed at or focused.
        _rule(".metric", ["white-space: nowrap;"]),
        # A range may break after its connector (at its <wbr>), as in print.
        _rule(".metric.range", ["white-space: normal;"]),
        _rule(".metric .whole", ["white-space: nowrap;"]),
        _rule(
            "a.metric:hover, a.metric:focus",
            ["text-decoration: underline dotted;", "text-underline-offset: 0.2em;"],
        ),
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
                f"padding: {_num(pad / 2)}em {_num(pad)}em;",
                "text-indent: 0;",
                "vertical-align: top;",
                "text-wrap: pretty;",  # no cell ends with one character alone
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
            "nav#toc li",
            [
                *_role_css(style, embedded, "body", spacing=False),
                "margin: 0.2em 0;",
                "text-wrap: pretty;",  # no label ends with one character alone
            ],
        ),
    ]
    return "\n".join(rules)
