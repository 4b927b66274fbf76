"""The report's paragraphs written straight as WordprocessingML text.

The title block and the body are most of a long report's document part:
thousands of runs and bookmarks.  As lxml elements each would cost an element
made with its namespace looked up, then its serialization, and the pagination
would read each back; written here as the very text lxml serializes for them
(``tests/test_docx_written.py`` holds them to what python-docx and
:mod:`.oxml` write), each costs a string.  The body puts a placeholder where
they go (:meth:`Written.place`), the serialized document part gets them in its
place (:meth:`Written.fill`), and the pagination reads their runs
(:attr:`WrittenParagraph.runs`) where it meets the placeholder.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from reportpress import patterns
from reportpress.errors import RenderError

#: Where the paragraphs go in the document part, until it is serialized.
_PLACEHOLDER = "reportpress paragraphs"
_SECT_PR = qn("w:sectPr")
#: Any space (then every ``w:t`` of the run keeps its spaces, as :mod:`.oxml` writes it).
_SPACE = patterns.compile(r"\s")
#: What a text cannot be written as it stands: what XML escapes, a tab or a line end
#: (``w:tab``, ``w:br``), or a character XML cannot hold.
_NOT_AS_IS = patterns.compile("[&<>\t\r\n\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Either of the two above: a text with neither is written as it stands, unmarked.
_SPACE_OR_NOT_AS_IS = patterns.compile("[\\s" + _NOT_AS_IS.pattern[1:])
_XML_ILLEGAL = patterns.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: A tab or a line end: where python-docx parts a run's text (``w:tab``, ``w:br``).
_TAB_OR_BREAK = patterns.compile("([\t\r\n])")
_CONTENT_OF = {"\t": "<w:tab/>", "\r": "<w:br/>", "\n": "<w:br/>"}
#: How the pagination reads a tab and a line break back (:func:`.pagination._runs`).
_READ_AS = str.maketrans({"\t": " ", "\r": "\n"})


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run_content(text: str) -> str:
    """A run's content as python-docx writes ``Run.text``: ``w:t`` for the text between
    tabs and line ends, ``w:tab`` and ``w:br`` for those; every ``w:t`` keeps its
    spaces when the text has any (:func:`.oxml.add_text`)."""
    bad = _XML_ILLEGAL.search(text)
    if bad:
        raise RenderError(f"docx: a character XML cannot hold: U+{ord(bad.group()):04X}")
    opening = '<w:t xml:space="preserve">' if _SPACE.search(text) else "<w:t>"
    out = []
    for piece in _TAB_OR_BREAK.split(text):
        if piece in _CONTENT_OF:
            out.append(_CONTENT_OF[piece])
        elif piece:
            out.append(f"{opening}{_escaped(piece)}</w:t>")
    return "".join(out)


class WrittenParagraph:
    """One paragraph of a named style: its content as text, and its runs as the
    pagination reads them (character style, text; a tab a space, a line break ``\\n``)."""

    __slots__ = ("style_id", "break_before", "hidden_mark", "runs", "_content")

    def __init__(self, style_id: str) -> None:
        self.style_id = style_id
        self.break_before = False  # starts a page (``w:pageBreakBefore``)
        self.hidden_mark = False  # Word's style separator (:func:`.oxml.hide_mark`)
        self.runs: list[tuple[str | None, str]] = []
        self._content: list[str] = []

    def add_text(self, text: str, style_id: str | None = None) -> None:
        """A run of ``text`` in a character style (``style_id``) or the paragraph's."""
        style = "" if style_id is None else f'<w:rPr><w:rStyle w:val="{style_id}"/></w:rPr>'
        if not text:
            self._content.append(f"<w:r>{style}</w:r>" if style else "<w:r/>")
            return
        if not _SPACE_OR_NOT_AS_IS.search(text):  # most runs: one look at the text
            content = f"<w:t>{text}</w:t>"
            self.runs.append((style_id, text))
        elif _NOT_AS_IS.search(text):
            content = _run_content(text)
            self.runs.append((style_id, text.translate(_READ_AS)))
        else:
            opening = '<w:t xml:space="preserve">' if _SPACE.search(text) else "<w:t>"
            content = f"{opening}{text}</w:t>"
            self.runs.append((style_id, text))
        self._content.append(f"<w:r>{style}{content}</w:r>")

    def bookmark_start(self, ident: int, name: str) -> None:
        self._content.append(f'<w:bookmarkStart w:id="{ident}" w:name="{name}"/>')

    def bookmark_end(self, ident: int) -> None:
        self._content.append(f'<w:bookmarkEnd w:id="{ident}"/>')

    def xml(self) -> str:
        """The ``w:p`` as lxml serializes it, properties in schema order."""
        properties = f'<w:pStyle w:val="{self.style_id}"/>'
        if self.break_before:
            properties += "<w:pageBreakBefore/>"
        if self.hidden_mark:
            properties += "<w:rPr><w:vanish/><w:specVanish/></w:rPr>"
        return f"<w:p><w:pPr>{properties}</w:pPr>{''.join(self._content)}</w:p>"


class Written:
    """The paragraphs written as text, in order, and where they go in the document."""

    def __init__(self) -> None:
        self.paragraphs: list[WrittenParagraph] = []
        #: The placeholder in the document's body (:meth:`place`).
        self.placeholder: etree._Element | None = None

    def paragraph(self, style_id: str) -> WrittenParagraph:
        """A new paragraph after those written so far."""
        paragraph = WrittenParagraph(style_id)
        self.paragraphs.append(paragraph)
        return paragraph

    def place(self, document) -> None:
        """Mark the end of the body (before its section properties) as where the
        paragraphs go; what is added to the body later comes after them."""
        self.placeholder = etree.Comment(_PLACEHOLDER)
        body = document.element.body
        last = next(body.iterchildren(reversed=True), None)
        if last is not None and last.tag == _SECT_PR:
            last.addprevious(self.placeholder)
        else:
            body.append(self.placeholder)

    def fill(self, xml: bytes) -> bytes:
        """The serialized document part with the paragraphs in place of the placeholder."""
        mark = f"<!--{_PLACEHOLDER}-->".encode()
        if xml.count(mark) != 1:
            raise RenderError("docx: the place of the report's paragraphs is lost")
        written = "".join(p.xml() for p in self.paragraphs).encode("utf-8")
        return xml.replace(mark, written)
