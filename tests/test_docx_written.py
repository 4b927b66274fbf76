"""The paragraphs the Word copy writes as text are the bytes python-docx and lxml write.

:mod:`reportpress.editions.docx.written` writes the title block and the report's
paragraphs as WordprocessingML text; each invented paragraph here is also made
the way python-docx and :mod:`.oxml` make it (``add_text``, ``paragraph_format``,
bookmark elements), and the serialized document parts must be equal byte for
byte, and the pagination must read the same runs from both.
"""

from __future__ import annotations

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reportpress.editions.docx import pagination
from reportpress.editions.docx.oxml import PPR_ORDER, add_text, el, put, styled_paragraph
from reportpress.editions.docx.written import Written
from reportpress.errors import RenderError

#: Han, Latin, digits, spaces of several kinds, tabs and line ends, what XML escapes,
#: and the Word copy's invisible joiners and optional breaks.
TEXT = st.text(alphabet="指标亿元 aZ09\u3000\t\r\n&<>\"'%\u2060\u200b", max_size=10)
RUN = st.tuples(TEXT, st.booleans(), st.booleans())  # text, lead, bookmarked
PARAGRAPH = st.tuples(
    st.sampled_from(["Normal", "Heading1", "Title"]),
    st.booleans(),  # page break before
    st.booleans(),  # hidden mark
    st.lists(RUN, max_size=5),
)


def _both(paragraphs) -> tuple[bytes, bytes, list, list]:
    """The document part made by python-docx and by :mod:`.written`, and the runs the
    pagination reads from each."""
    theirs, ours = docx.Document(), docx.Document()
    lead = theirs.styles.add_style("Lead", WD_STYLE_TYPE.CHARACTER)
    written = Written()
    written.place(ours)
    made, their_runs, bookmark = [], [], 0
    for style_id, break_before, hidden, runs in paragraphs:
        p = styled_paragraph(theirs, style_id)
        w = written.paragraph(style_id)
        for text, is_lead, bookmarked in runs:
            if bookmarked:
                p._p.append(el("bookmarkStart", {"id": bookmark, "name": f"m_{bookmark}"}))
                w.bookmark_start(bookmark, f"m_{bookmark}")
            add_text(p, text, lead if is_lead else None)
            w.add_text(text, "Lead" if is_lead else None)
            if bookmarked:
                p._p.append(el("bookmarkEnd", {"id": bookmark}))
                w.bookmark_end(bookmark)
                bookmark += 1
        if break_before:
            p.paragraph_format.page_break_before = True
            w.break_before = True
        if hidden:
            put(p._p.get_or_add_pPr(), "rPr", PPR_ORDER).extend([el("vanish"), el("specVanish")])
            w.hidden_mark = True
        made.append(w)
        their_runs.append(pagination._runs(p._p))
    ours_xml = written.fill(etree.tostring(ours.element, encoding="utf-8"))
    return etree.tostring(theirs.element, encoding="utf-8"), ours_xml, their_runs, made


@settings(max_examples=300, deadline=None)
@given(st.lists(PARAGRAPH, max_size=4))
def test_written_paragraphs_are_the_bytes_python_docx_writes(paragraphs) -> None:
    theirs, ours, their_runs, made = _both(paragraphs)
    assert ours == theirs
    assert [w.runs for w in made] == their_runs


def test_invented_paragraphs_with_breaks_escapes_and_marks() -> None:
    paragraphs = [
        ("Title", False, False, [("2025年国民经济和", False, False), ("\n", False, False)]),
        ("Heading1", True, True, [("一、", False, True), ("R&D <投入>\t增长", True, True)]),
        ("Normal", False, False, [("  两个空格 ", False, False), ("", True, False)]),
    ]
    theirs, ours, their_runs, made = _both(paragraphs)
    assert ours == theirs
    assert [w.runs for w in made] == their_runs
    assert made[1].runs == [(None, "一、"), ("Lead", "R&D <投入> 增长")]


def test_a_character_xml_cannot_hold_is_refused_with_its_code_point() -> None:
    with pytest.raises(RenderError, match="U\\+0001"):
        Written().paragraph("Normal").add_text("增长\x01")


def test_the_placeholder_must_be_there_once() -> None:
    with pytest.raises(RenderError):
        Written().fill(b"<w:body></w:body>")
