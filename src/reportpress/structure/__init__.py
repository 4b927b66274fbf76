"""Structure: decoded report text → the semantic XML tree.

The normalizer reads the genre, not one sample: it finds the report inside
what people paste (portal furniture, datelines, captions, HTML), reads the
title block (title, a ``——…在…会议上`` subtitle, speaker, salutation), the
body under the numbering ladder ``一、`` → ``（一）`` → ``1.`` → ``（1）``
with run-in leads, the closing, and appendices after it.  Furniture goes to
``<dropped>`` with a reason; every other character is kept, changed only by
the punctuation mapping of ``docs/report-xml.md``.  Guesses are reported as
``<warning>``.

Modules: ``text`` (characters, punctuation), ``furniture`` (+ the
``furniture.toml`` lexicon), ``markup`` (HTML), ``titleblock``, ``headings``,
``parts`` (what is read), ``reader`` (the read itself), ``writer`` (the XML).
"""

from __future__ import annotations

from lxml import etree

from reportpress.ingest import Source
from reportpress.structure.markup import (
    bracketed_headings_read_past,
    has_markup,
    markdown_read_past,
    unmarked_text,
)
from reportpress.structure.parts import Parsed, split_lines
from reportpress.structure.reader import Reader
from reportpress.structure.text import clean_line, normalize_punctuation, take_out_characters
from reportpress.structure.writer import to_xml

Warnings = list[tuple[int, str]]


def normalize(
    source: Source, *, title: str | None = None, html: bool | None = None
) -> tuple[etree._Element, Warnings]:
    """Decoded source → (semantic XML root, warnings as (line, message)).

    ``title`` sets the report's title (recorded as given, not read);
    ``html`` says the source is a web page (None: decide from its tags).
    """
    parsed = Parsed()
    # Characters first: the HTML parser would drop controls without a record.
    text = take_out_characters(source.text, parsed.dropped, source.undecodable)
    if html or (html is None and has_markup(text)):
        text = unmarked_text(text, parsed.dropped)
        parsed.warnings.append((1, "HTML markup read as structure; tags dropped"))
    text, marked = markdown_read_past(text, parsed.dropped)
    if marked:
        parsed.warnings.append((1, "Markdown marks (#, **, links' targets) dropped"))
    text = bracketed_headings_read_past(text, parsed.dropped)
    Reader(split_lines(text), parsed).parse()
    if title is not None and not title.strip():
        title = None
    if not parsed.title and title is None:
        parsed.warnings.append((1, "no title in the text; the file name stands in (derived)"))
    return to_xml(parsed, source, title.strip() if title else None), parsed.warnings


__all__ = ["normalize", "normalize_punctuation", "clean_line"]
