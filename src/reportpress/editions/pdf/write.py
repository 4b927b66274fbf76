"""Document assembly: the page template, fixed dates, XMP metadata, and :func:`write`.

Output is byte-identical for the same input and style (ReportLab ``invariant``,
the date from :func:`reportpress.editions.common.build_time`).
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from hashlib import md5
from html import escape as _html_escape

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfdoc import XMP, PDFDestinationXYZ, PDFDocument
from reportlab.pdfgen.canvas import Canvas

from reportpress import __version__ as _version
from reportpress.editions.common import build_time
from reportpress.editions.pdf.compose import Composer, PageDecorator
from reportpress.editions.pdf.platypus import BaseDocTemplate, Frame, PageTemplate
from reportpress.fonts import resolve
from reportpress.model import Report
from reportpress.styles import MM, Style

log = logging.getLogger(__name__)


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (``xml.sax.saxutils.escape`` imports urllib)."""
    return _html_escape(text, quote=False)


def _timestamp(epoch: int) -> TimeStamp:
    stamp = TimeStamp(invariant=1)
    stamp.t = epoch
    stamp.lt = time.gmtime(epoch)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def _keywords(report: Report) -> list[str]:
    return [k for k in (report.occasion, report.date_text, report.affiliation) if k]


def _xmp(report: Report, epoch: int) -> bytes:
    """XMP metadata mirroring the document information dictionary."""
    when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
    lang = escape(report.language)
    keywords = escape("; ".join(_keywords(report)))

    def alt(text: str) -> str:
        return (
            f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li>'
            f'<rdf:li xml:lang="{lang}">{escape(text)}</rdf:li></rdf:Alt>'
        )

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title>{alt(report.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(report.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(report.subtitle)}</dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<dc:subject><rdf:Bag>{"".join(f"<rdf:li>{escape(k)}</rdf:li>" for k in _keywords(report))}</rdf:Bag></dc:subject>
<pdf:Keywords>{keywords}</pdf:Keywords>
<pdf:Producer>reportpress {escape(_version)}</pdf:Producer>
<xmp:CreatorTool>reportpress {escape(_version)}</xmp:CreatorTool>
<xmp:CreateDate>{when}</xmp:CreateDate>
<xmp:ModifyDate>{when}</xmp:ModifyDate>
<xmp:MetadataDate>{when}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


class _PointDestination(PDFDestinationXYZ):
    """A destination at a point of its page (left, top, the reader's zoom kept), written
    as ReportLab writes it without building an array of objects for each: every
    figure and every appendix row is one."""

    def __init__(self, left: float, top: float) -> None:
        super().__init__(None, left, top, 0)
        self.tail = f" /XYZ {fp_str(left)} {fp_str(top)} 0 ]".encode("ascii")

    def format(self, document: PDFDocument) -> bytes:
        return b"[ " + document.Reference(self.page).format(document) + self.tail


class _Canvas(Canvas):
    """ReportLab's canvas, its horizontal bookmarks written by :class:`_PointDestination`."""

    def bookmarkHorizontal(self, key: str, relativeX: float, relativeY: float, **kw) -> None:  # noqa: N803
        left, top = self.absolutePosition(relativeX, relativeY)
        destination = self.bookmarkPage(key, fit="XYZ", top=top, left=left, zoom=0, **kw)
        destination.fmt = _PointDestination(left, top)


class _Document(BaseDocTemplate):
    """A doc template whose canvas gets fixed dates and XMP metadata."""

    def __init__(self, buffer: io.BytesIO, *, epoch: int, xmp: bytes, **kw) -> None:
        self._epoch = epoch
        self._xmp = xmp
        super().__init__(buffer, **kw)

    def handle_documentBegin(self) -> None:
        doc = self.canv._doc
        doc._timeStamp = _timestamp(self._epoch)
        # The file's /ID digests the date ReportLab read for itself (SOURCE_DATE_EPOCH, else
        # a fixed one): seeded with the edition's date instead, the same report gives the same
        # bytes whether that date came from the environment or from the report.
        doc.signature = md5(b"a reportlab document", usedforsecurity=False)
        doc.signature.update(str(self._epoch).encode())
        doc.Catalog.Metadata = XMP(creator=lambda _doc: self._xmp)
        self.canv.showOutline()
        super().handle_documentBegin()


def font_texts(report: Report, style: Style) -> dict[tuple[str, bool], str]:
    """Every character per (font role, bold), so fonts are loaded and converted once.

    The model's text per style role, plus what the PDF sets bold on its own
    (run-in headings, the appendix header and group rows) and its page numbers.
    Nothing more: on a first build every glyph asked for is drawn (~1 ms each).
    """
    texts: dict[tuple[str, bool], list[str]] = {}

    def add(role_name: str, text: str, bold: bool = False) -> None:
        role = style.role(role_name)
        texts.setdefault((role.font, bold or role.bold), []).append(text)

    role_texts = report.role_texts(style)
    for role_name, text in role_texts.items():
        add(role_name, text)
    for block in report.blocks:
        if block.kind == "heading" and block.run_in:
            add(block.role, block.heading_text, bold=True)
    add("page_number", style.page_numbers.text("0123456789"))
    if report.prints_appendix(style):
        bold_rows = [*style.appendix.columns, *(group.label for group in report.appendix())]
        add("appendix_table", "".join(bold_rows), bold=True)
    return {key: "".join(parts) for key, parts in texts.items() if any(parts)}


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams only deflated, not also ASCII85-wrapped as ReportLab does by default.

    The wrapping makes them a quarter bigger and, in ReportLab's pure-Python
    fallback, costs a tenth of the time a document takes; PDF readers need
    none of it.  The setting is ReportLab's global, read when the file is saved.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def write(report: Report, style: Style) -> bytes:
    """The PDF of a report in a style."""
    fontset = resolve(style)
    fontset.prepare(font_texts(report, style))
    composer = Composer(report, style, fontset)
    story = composer.body() + composer.appendix()

    width, height = style.page_size_pt
    page = style.page
    frame = Frame(
        page.margin_left_mm * MM,
        page.margin_bottom_mm * MM - 0.5,  # slack so 22 grid lines never miss by rounding
        style.text_width_pt,
        style.text_height_pt + 0.5,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    decorate = PageDecorator(style, composer.typesetter)
    epoch = int(build_time(report).timestamp())
    body_face = fontset.face_for("中", style.role("body").font)[0]
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        epoch=epoch,
        xmp=_xmp(report, epoch),
        pagesize=(width, height),
        leftMargin=page.margin_left_mm * MM,
        rightMargin=page.margin_right_mm * MM,
        topMargin=page.margin_top_mm * MM,
        bottomMargin=page.margin_bottom_mm * MM,
        title=report.title,
        author=report.author,
        subject=report.subtitle,
        keywords=_keywords(report),
        creator=f"reportpress {_version}",
        lang=report.language,
        invariant=1,
        pageCompression=1,
        initialFontName=body_face.rl_name,
        initialFontSize=style.role("body").size_pt,
        displayDocTitle=1,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    started = time.perf_counter()
    with _binary_streams():
        doc.build(story, canvasmaker=_Canvas)
    log.debug("PDF laid out in %.2f s, %d pages", time.perf_counter() - started, doc.page)
    # ReportLab's document, canvas and pages refer to each other: freed by a pass of
    # the cycle collector, which a batch worker makes between two documents, its PDF
    # made after its other editions (x64: 150 MiB of pages and annotations).
    return buffer.getvalue()
