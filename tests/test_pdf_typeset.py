"""How typeset lines are written into the PDF: text operators and link annotations."""

from __future__ import annotations

import io
import re

import pdfplumber
import pypdf
from reportlab.pdfgen.canvas import Canvas

from reportpress.editions.pdf.typeset import Piece, Typesetter
from reportpress.fonts import resolve

#: Invented text: a run-on sentence with a linked figure, Latin and a mark pair.
TEXT = "全县新建乡村公路"
LINKED = "41.7公里"
AFTER = "，完成“村村通”工程（二期）验收。"


def _draw(style, pieces, width=300.0, anchor="row-7") -> bytes:
    fontset = resolve(style)
    fontset.prepare({(style.role("body").font, False): "".join(p.text for p in pieces) + "目的地"})
    setter = Typesetter(style, fontset)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(400, 400), invariant=1, pageCompression=0)
    canvas.translate(20, 10)  # as a frame does: links are placed in page space
    top = 350.0
    for line in setter.set(pieces, "body", width):
        line.draw(canvas, top)
        top -= line.height
    canvas.showPage()
    target = Piece("目的地", "body", anchor=anchor)
    for line in setter.set([target], "body", width):
        line.draw(canvas, 300.0)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pieces() -> list[Piece]:
    return [Piece(TEXT, "body"), Piece(LINKED, "body", link="row-7"), Piece(AFTER, "body")]


def test_each_line_sets_its_font_only_where_it_changes(gbt_style):
    data = _draw(gbt_style, _pieces())
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    for text_object in re.findall(r"BT (.*?) ET", content, re.DOTALL):
        selected = re.findall(r"(/F\S+ [\d.]+) Tf", text_object)
        assert selected, text_object
        assert all(a != b for a, b in zip(selected, selected[1:], strict=False)), selected
    extracted = re.sub(r"\s+", "", page.extract_text())
    assert extracted == TEXT + LINKED + AFTER


def test_a_link_covers_its_text_and_jumps_to_its_anchor(gbt_style):
    data = _draw(gbt_style, _pieces())
    reader = pypdf.PdfReader(io.BytesIO(data))
    first, second = reader.pages
    annotations = [a.get_object() for a in first.get("/Annots", [])]
    assert len(annotations) == 1
    link = annotations[0]
    assert link["/Subtype"] == "/Link" and list(link["/Border"]) == [0, 0, 0]
    destination = link["/Dest"]
    assert destination[0] == second.indirect_reference and destination[1] == "/XYZ"
    x0, y0, x1, y1 = map(float, link["/Rect"])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    inside = [
        c["text"]
        for c in chars
        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and y0 <= (c["y0"] + c["y1"]) / 2 <= y1
    ]
    assert "".join(inside) == LINKED
    assert x0 >= 20  # the frame's translation is applied


def test_the_same_lines_give_the_same_bytes(gbt_style):
    assert _draw(gbt_style, _pieces()) == _draw(gbt_style, _pieces())
