"""Check: read a document's editions back and compare them with its XML.

Three things must agree: the heading outline, the metrics appendix (each
mention's indicator and text, in order, after the appendix title) and the text
(every non-space character of the XML body, in order).  Differences are
returned as lines that name the file and what differs.

What an edition should hold depends on the style it was built with (whether it
prints the appendix, and under which title): ``check`` takes it from
``--style``, else from the build's record beside the XML (:func:`recorded_style`),
else the default style (gbt9704).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lxml import etree

from reportpress import patterns
from reportpress.editions import EDITIONS, Edition, edition
from reportpress.errors import UsageError
from reportpress.ladder import Heading
from reportpress.model import Report, from_xml
from reportpress.outline import read_outline
from reportpress.styles import DEFAULT_STYLE, STYLE_DIRS, Style, find_style, load_style

_SPACE = patterns.compile(r"\s+")
#: The words of a build record: anything between spaces, quotes and JSON punctuation.
_WORDS = patterns.compile(r"[^\s\"',:{}\[\]=]+")


def expected_outline(report: Report, style: Style, depth: int | None = None) -> list[Heading]:
    """The headings an edition in ``style`` lists: the report's (down to the display
    ``depth`` it lists, all if None), then the appendix's."""
    headings = [
        (b.level, b.number, b.text) for b in report.headings() if depth is None or b.depth <= depth
    ]
    if report.prints_appendix(style):
        headings.append((1, "", style.appendix.title))
    return headings


def first_missing(needle: str, haystack: str) -> int | None:
    """Index in ``needle`` of the first character not found, in order, in ``haystack``."""
    position = 0
    for index, ch in enumerate(needle):
        position = haystack.find(ch, position)
        if position < 0:
            return index
        position += 1
    return None


def body_text(report: Report) -> str:
    return _SPACE.sub("", "".join(b.text for b in report.blocks if b.kind != "heading"))


def _compare_outline(path: Path, wanted: list[Heading]) -> list[str]:
    found = read_outline(path)
    if found == wanted:
        return []
    problems = [f"{path}: outline has {len(found)} headings, the XML {len(wanted)}"]
    for index, (a, b) in enumerate(zip(wanted, found, strict=False)):
        if a != b:
            problems.append(f"{path}: heading {index + 1}: XML {a!r}, edition {b!r}")
            break
    return problems


def check_edition(report: Report, path: Path, style: Style | None = None) -> list[str]:
    """What differs between one edition, built in ``style`` (default: gbt9704), and the XML."""
    style = style or load_style(DEFAULT_STYLE)
    fmt = path.suffix.lower().lstrip(".")
    module = edition(fmt)
    problems: list[str] = []
    # An edition may list fewer levels (the EPUB's navigation: as deep as the contents).
    wanted = expected_outline(report, style, module.listed_depth(style))
    problems += _compare_outline(path, wanted)
    text = _SPACE.sub("", module.read_text(path))
    body = body_text(report)
    missing = first_missing(body, text)
    if missing is not None:
        context = body[max(0, missing - 10) : missing + 10]
        problems.append(f"{path}: text lost at body character {missing} (near {context!r})")
    if report.prints_appendix(style):
        problems += _compare_appendix(report, path, module)
    return problems


def expected_appendix(report: Report) -> list[list[str]]:
    """The appendix rows every edition must hold: group headings, then one row per mention."""
    rows: list[list[str]] = []
    for group in report.appendix():
        if group.label:
            rows.append([group.label])
        for m in group.metrics:
            rows.append(list(m.row))
    return rows


def _compare_appendix(report: Report, path: Path, module: Edition) -> list[str]:
    expected = expected_appendix(report)
    found = module.read_appendix(path)[1:]  # the first row is the column header
    found = [[_SPACE.sub("", c) for c in row] for row in found]
    want = [[_SPACE.sub("", c) for c in row] for row in expected]
    if found == want:
        return []
    for index, (a, b) in enumerate(zip(want, found, strict=False)):
        if a != b:
            return [f"{path}: appendix row {index + 1}: XML {a!r}, edition {b!r}"]
    return [f"{path}: appendix has {len(found)} rows, the XML {len(want)}"]


def check_outputs(
    root: etree._Element, editions: list[Path], style: Style | None = None
) -> list[str]:
    """What differs between each edition, built in ``style`` (default: gbt9704), and ``root``."""
    style = style or load_style(DEFAULT_STYLE)
    report = from_xml(root)
    problems: list[str] = []
    for path in editions:
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        problems += check_edition(report, path, style)
    return problems


def recorded_style(xml: Path) -> str | None:
    """The style a build recorded for a document, or None if there is no record.

    ``build`` records it in ``DIR/.reportpress/<stem>.style`` beside ``DIR/<stem>.xml``.
    Any line or word of that file that identifies a style is taken: the sha256 of a
    known style file's content (what builds record today), a style's name, or the
    path of a style file.  A record that names no style we can find is bad usage.
    """
    record = xml.parent / ".reportpress" / f"{xml.stem}.style"
    try:
        words = _WORDS.findall(record.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    by_digest = {
        hashlib.sha256(path.read_bytes()).hexdigest(): str(path)
        for folder in STYLE_DIRS
        if folder.is_dir()
        for path in sorted(folder.glob("*.toml"))
    }
    for word in words:
        if word in by_digest:
            return by_digest[word]
        try:
            return str(find_style(word))
        except UsageError:
            continue
    raise UsageError(f"{record}: names no style found here; give it with --style")


def check_targets(targets: list[str], style_name: str | None = None) -> list[str]:
    """``build/x`` (a stem: its .xml and every edition beside it) or explicit files.

    The editions are compared as built in ``style_name``, else in the style the
    build recorded (:func:`recorded_style`), else in :data:`DEFAULT_STYLE`.
    """
    from reportpress import reportxml

    xml: Path | None = None
    editions: list[Path] = []
    for target in targets:
        path = Path(target)
        if path.suffix.lower() in (".xml", *(f".{e}" for e in EDITIONS)):
            if path.suffix.lower() == ".xml":
                xml = path
            else:
                editions.append(path)
            if not path.exists():
                raise UsageError(f"{path}: no such file")
        else:
            xml = path.with_suffix(".xml")
            editions += [
                path.with_suffix(f".{e}") for e in EDITIONS if path.with_suffix(f".{e}").exists()
            ]
    if xml is None:
        stems = {p.with_suffix(".xml") for p in editions}
        if len(stems) != 1:
            raise UsageError("name one document: its stem, or its .xml and editions")
        xml = stems.pop()
    if not xml.exists():
        raise UsageError(f"{xml}: no such file (the XML the editions are compared with)")
    if not editions:
        raise UsageError(f"{xml.with_suffix('')}: no editions to check")
    style = load_style(style_name or recorded_style(xml) or DEFAULT_STYLE)
    return check_outputs(reportxml.read(xml), editions, style)
