"""The EPUB 3 edition, written by pandoc from a document tree built here.

Pandoc does what it is good at: splitting chapters at level 1, sections and
headings, the navigation document and the package document.  This package
builds what pandoc is given — the headings (:mod:`.ast`), the CSS from the
style model (:mod:`.css`), the embedded font subsets (:mod:`.fonts`) — runs
pandoc once (:mod:`.pandoc`), writes what pandoc would add nothing to in
pandoc's own markup (the blocks between headings, :mod:`.xhtml`; the appendix
table, :mod:`.appendix`), puts those in the finished book and reads books back
(:mod:`.read`).
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from reportpress import patterns
from reportpress.editions.common import build_time
from reportpress.editions.epub import pandoc
from reportpress.editions.epub.appendix import MARKER_NAME, point_links, table_html
from reportpress.editions.epub.ast import write_document
from reportpress.editions.epub.css import stylesheet
from reportpress.editions.epub.fonts import embed_fonts
from reportpress.editions.epub.nav import Contents
from reportpress.editions.epub.read import read_appendix, read_outline, read_text
from reportpress.editions.epub.xhtml import fill, labels_first
from reportpress.model import Report
from reportpress.styles import Style

__all__ = ["write", "start", "listed_depth", "read_outline", "read_text", "read_appendix"]

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


#: Whether the blocks between headings and the contents below the top level are
#: written beside pandoc (:mod:`.xhtml`, :mod:`.nav`); the tests turn it off to
#: compare with the book pandoc writes alone.
BESIDE_PANDOC = True


@dataclass
class Beside:
    """What is written beside pandoc and put in the book it wrote."""

    parts: dict[str, str] = field(default_factory=dict)  # place name → XHTML
    contents: Contents | None = None  # the headings, when the contents are ours
    toc_depth: int = 0


class Pending:
    """A book pandoc is writing: :meth:`result` waits for it and finishes it."""

    def __init__(
        self, folder: tempfile.TemporaryDirectory, running: pandoc.Running, beside: Beside
    ) -> None:
        self._folder, self._running, self._beside = folder, running, beside

    def result(self) -> bytes:
        """The whole EPUB file."""
        try:
            self._running.finish()
            epub = (Path(self._folder.name) / "out.epub").read_bytes()
        finally:
            self._folder.cleanup()
        return _finish(epub, self._beside)


def start(report: Report, style: Style) -> Pending:
    """The EPUB begun: its document, CSS and fonts made, pandoc started on them.

    What pandoc does then takes a process of its own; a build with other work
    (the DOCX) does it meanwhile and asks for the :meth:`Pending.result` last.
    """
    epoch = int(build_time(report).timestamp())
    lang = report.language or style.language
    temporary = tempfile.TemporaryDirectory(prefix="reportpress-epub-")
    try:
        folder = Path(temporary.name)
        (folder / "template.xhtml").write_text(TEMPLATE, encoding="utf-8")
        faces = embed_fonts(report, style, folder / "fonts") if style.epub.embed_fonts else []
        (folder / "style.css").write_text(stylesheet(style, faces), encoding="utf-8")
        translations = folder / "data" / "translations"
        translations.mkdir(parents=True)
        (translations / f"{lang}.yaml").write_text(pandoc.translations(lang), encoding="utf-8")
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
        ]
        if style.toc.enabled:
            args.append("--toc")
        args += [f"--epub-embed-font={face.path}" for face in faces]
        version = pandoc.api_version()
        beside = Beside(toc_depth=listed_depth(style))
        if BESIDE_PANDOC:
            beside.contents = Contents()

        def write_source(out: TextIO) -> list[str]:
            parts = beside.parts if BESIDE_PANDOC else None
            write_document(report, style, version, out, parts, beside.contents)
            if beside.contents is not None and not beside.contents.complete:
                beside.contents = None  # pandoc writes them all
            return [f"--toc-depth={1 if beside.contents else beside.toc_depth}"]

        running = pandoc.start_epub(write_source, args, folder, epoch)
        if report.prints_appendix(style):  # the table, written while pandoc writes the rest
            beside.parts[MARKER_NAME] = table_html(report, style)
        return Pending(temporary, running, beside)
    except BaseException:
        temporary.cleanup()
        raise


def listed_depth(style: Style) -> int:
    """How deep the EPUB's navigation lists headings: as deep as the style's contents, at
    least two levels."""
    return max(2, style.toc.levels)


def write(report: Report, style: Style) -> bytes:
    """The whole EPUB file.  Same report and style, same bytes."""
    return start(report, style).result()


_NAV_ITEMREF = patterns.compile(rb"\s*<itemref idref=\"nav\"[^>]*/>")
_FIRST_ITEMREF = patterns.compile(rb"<itemref idref=\"ch001_xhtml\"[^>]*/>")


def _finish(epub: bytes, beside: Beside) -> bytes:
    """The book pandoc wrote, with the parts written beside it (the blocks between
    headings, the appendix table) in their places (:mod:`.xhtml`), the links
    pandoc could not point pointed at their chapter files (:mod:`.appendix`), each
    attachment's label opening its chapter (:func:`.xhtml.labels_first`), the
    contents below the top level (:mod:`.nav`), and the contents page moved after
    the title block.  Entries keep pandoc's order, dates and compression
    (``mimetype`` first, stored), so the book stays reproducible."""
    source = zipfile.ZipFile(io.BytesIO(epub))
    opf_name = next(n for n in source.namelist() if n.endswith(".opf"))
    pages = {name: source.read(name) for name in source.namelist() if name.endswith(".xhtml")}
    if beside.parts:
        pages = point_links(fill(pages, beside.parts))
    pages = labels_first(pages)
    if beside.contents is not None:
        ncx = next(n for n in source.namelist() if n.endswith(".ncx"))
        pages = beside.contents.fill({**pages, ncx: source.read(ncx)}, beside.toc_depth)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename == opf_name:
                data = _title_before_contents(source.read(info))
            else:
                data = pages.get(info.filename) or source.read(info)
            target.writestr(info, data, compress_type=info.compress_type)
    return out.getvalue()


def _title_before_contents(opf: bytes) -> bytes:
    """The package document with the contents page after the title block in the reading
    order: pandoc puts its navigation document first in the spine; a report opens
    with its title, subtitle and speaker, then the contents, as in print."""
    nav = _NAV_ITEMREF.search(opf)
    first = _FIRST_ITEMREF.search(opf)
    if nav is None or first is None or nav.start() > first.start():
        return opf
    return opf[: nav.start()] + opf[nav.end() : first.end()] + nav.group(0) + opf[first.end() :]
