"""Push-in (紧排): a line closes its gaps a little rather than stretch past the limit."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from reportpress.editions import linebreak
from reportpress.editions.linebreak import PushIn, break_lines
from reportpress.editions.pdf.typeset import Piece, Typesetter
from reportpress.fonts import resolve
from reportpress.styles import load_style

HAN = 16.0
#: Half-width advances: digits, a decimal point, a percent sign.
NARROW = {".": 4.0, "%": 12.0}
#: The styles' tolerance: a line stretched past twice this a gap is over the limit.
TOLERANCE = 0.5
LIMIT = 0.2

#: Invented: 20 characters before a figure that cannot be split (``7.5%``, 28 pt).
OPENING = "全县农村居民人均可支配收入在较高基数上增长"[:20]
FIGURE = "7.5%"
CLOSING = "比上年提高零点三个百分点"


def advances(text: str) -> list[float]:
    return [NARROW.get(c, 8.0) if c.isascii() else HAN for c in text]


def ems(text: str) -> list[float]:
    return [0.0 if c.isascii() else HAN for c in text]


def set_lines(text: str, width: float, push_in: float | PushIn = LIMIT) -> list:
    """``push_in``: a :class:`PushIn`, or its ``most`` alone (no inks: a face-wide limit)."""
    if not isinstance(push_in, PushIn):
        push_in = PushIn(push_in)
    return break_lines(
        text, advances(text), width, ems=ems(text), tolerance=TOLERANCE, push_in=push_in
    )


#: Invented inks: a Han character's outline 1 pt in from each side of its 16 pt em,
#: a digit's 0.5 pt in, a closing mark's in its left half, an opening mark's in its right.
def inks(text: str, close: dict[int, tuple[float, float]] | None = None) -> list:
    """Each character's ink edges from its origin; ``close`` replaces some by index."""
    boxes = []
    for c in text:
        if c in linebreak.CLOSING:
            boxes.append((1.0, 6.0))
        elif c in linebreak.OPENING:
            boxes.append((10.0, 15.0))
        else:
            boxes.append((0.5, advances(c)[0] - 0.5) if c.isascii() else (1.0, HAN - 1.0))
    for index, box in (close or {}).items():
        boxes[index] = box
    return boxes


#: Inks kept 0.2 pt apart; a line closed by 1 pt a gap at most.
INK_GAP = 0.2
MOST = 1.0


def by_inks(text: str, close: dict[int, tuple[float, float]] | None = None) -> PushIn:
    return PushIn(MOST, INK_GAP, lambda: inks(text, close))


def texts(text: str, lines: list) -> list[str]:
    return [text[line.start : line.end] for line in lines]


def gaps(text: str, line) -> list[float]:
    """Each gap between the line's characters beyond their advances."""
    widths = advances(text)
    return [
        b - a - widths[line.start + i]
        for i, (a, b) in enumerate(zip(line.positions, line.positions[1:], strict=False))
    ]


def width_for(push: float) -> float:
    """A measure the 20 characters and the figure fill if 20 gaps close by ``push``."""
    return 20 * HAN + sum(advances(FIGURE)) - 20 * push


def test_a_line_pushes_in_rather_than_stretch_past_the_limit():
    text = OPENING + FIGURE + CLOSING
    width = width_for(0.15)
    # Without push-in the 20 characters alone stretch by 1.32 pt a gap.
    old = set_lines(text, width, push_in=0.0)
    assert texts(text, old)[0] == OPENING
    assert min(gaps(text, old[0])) > 2 * TOLERANCE
    lines = set_lines(text, width)
    assert texts(text, lines) == [OPENING + FIGURE, CLOSING]
    first = lines[0]
    assert first.width == pytest.approx(width)
    # Every gap but those inside the figure closes by the same 0.15 pt.
    closed = gaps(text, first)
    assert closed[:20] == pytest.approx([-0.15] * 20)
    assert closed[20:] == pytest.approx([0.0] * 3)


def test_the_marks_give_their_blank_halves_before_the_gaps_close():
    # ``，`` inside the line gives its 8 pt blank half first, the gaps the last 0.5 pt.
    text = OPENING[:10] + "，" + OPENING[10:19] + FIGURE + CLOSING
    width = 20 * HAN + sum(advances(FIGURE)) - 8.5
    lines = set_lines(text, width)
    assert texts(text, lines)[0] == text[:24]
    closed = gaps(text, lines[0])
    assert closed[10] == pytest.approx(-8.0 - 0.5 / 20)
    assert closed[0] == pytest.approx(-0.5 / 20)


def test_a_line_stretches_where_push_in_would_pass_the_limit():
    text = OPENING + FIGURE + CLOSING
    width = width_for(LIMIT + 0.05)
    lines = set_lines(text, width)
    assert texts(text, lines)[0] == OPENING
    assert min(gaps(text, lines[0])) > 2 * TOLERANCE


def test_push_in_is_the_smaller_deviation_or_none():
    """Where a line must stretch past the limit or push in, the smaller of the two is set."""
    number = "258526"  # 48 pt: 19 gaps stretched by s or 20 closed by p, 19 s + 20 p = 48
    text = OPENING + number + CLOSING
    # s = 1.05 pt, p = 1.40 pt: the stretch, though push-in may go to 1.5 pt.
    lines = set_lines(text, 20 * HAN + 19 * 1.05, push_in=1.5)
    assert lines[0].end == len(OPENING)
    # s = 1.6 pt, p = 0.88 pt: push-in.
    lines = set_lines(text, 20 * HAN + 19 * 1.6, push_in=1.5)
    assert lines[0].end == len(OPENING + number)
    assert gaps(text, lines[0])[:20] == pytest.approx([-0.88] * 20)


def test_a_line_whose_inks_leave_room_pushes_in_past_a_face_wide_limit():
    """The old face-wide 0.2 pt would stretch this line by 1.16 pt a gap; its own inks
    (2 pt apart at the natural spacing) let it close by 0.3 pt a gap instead."""
    text = OPENING + FIGURE + CLOSING
    width = width_for(0.3)
    assert texts(text, set_lines(text, width, push_in=LIMIT))[0] == OPENING
    lines = set_lines(text, width, push_in=by_inks(text))
    assert texts(text, lines) == [OPENING + FIGURE, CLOSING]
    assert gaps(text, lines[0])[:20] == pytest.approx([-0.3] * 20)


def test_a_line_holding_a_close_pair_of_inks_is_not_pushed_in():
    """Two inks 0.4 pt apart on the line leave it 0.2 pt a gap: it stretches instead.
    The same pair on the next line does not count."""
    text = OPENING + FIGURE + CLOSING
    width = width_for(0.3)
    close = {6: (1.0, HAN - 0.3), 7: (0.1, HAN - 1.0)}  # 16 - 15.7 + 0.1 = 0.4 pt
    lines = set_lines(text, width, push_in=by_inks(text, close))
    assert texts(text, lines)[0] == OPENING
    assert min(gaps(text, lines[0])) > 2 * TOLERANCE
    after = len(OPENING + FIGURE)
    on_next_line = {after + 3: close[6], after + 4: close[7]}
    lines = set_lines(text, width, push_in=by_inks(text, on_next_line))
    assert texts(text, lines)[0] == OPENING + FIGURE


def test_a_line_never_closes_by_more_than_the_most_its_inks_aside():
    """Closing by 1.05 pt a gap beats stretching by 1.42, and the inks would allow it;
    ``most`` (1 pt) does not."""
    number = "258526"  # 48 pt: 19 gaps stretched by s or 20 closed by p, 19 s + 20 p = 48
    text = OPENING + number + CLOSING
    width = 20 * HAN + 19 * 1.42
    far = {i: (4.0, HAN - 4.0) for i in range(len(text)) if not text[i].isascii()}
    lines = set_lines(text, width, push_in=by_inks(text, far))
    assert texts(text, lines)[0] == OPENING
    lines = set_lines(text, width, push_in=PushIn(2 * MOST, INK_GAP, lambda: inks(text, far)))
    assert texts(text, lines)[0] == OPENING + number


def test_a_mark_that_gave_its_blank_half_counts_with_its_compressed_ink():
    """An opening mark set half width moves its ink left by 8 pt, to within 0.1 pt of
    the character before it: the line may not close at all.  Kept whole, the same
    two inks would stand 8.1 pt apart."""
    text = OPENING[:10] + "“" + OPENING[10:19] + FIGURE + CLOSING
    # The mark gives 8 pt and the 20 gaps 0.5 pt in all; stretched, 19 gaps 1.03 pt.
    width = 20 * HAN + sum(advances(FIGURE)) - 8.5
    lines = set_lines(text, width, push_in=by_inks(text))
    assert texts(text, lines)[0] == text[:24]
    near = {9: (1.0, HAN - 0.05), 10: (8.05, 15.0)}  # after the move: 16 - 15.95 + 0.05
    lines = set_lines(text, width, push_in=by_inks(text, near))
    assert texts(text, lines)[0] == text[:20]


def test_an_opening_mark_that_stands_after_a_narrow_character_closes_with_both_gaps():
    """After a half-width ``1`` the mark's ink may move no nearer than just after the
    ``1``'s start: its gap after then closes by the push-in of the gap before too."""
    text = "1“" + "县" * 30
    m = linebreak._measure(text, advances(text), ems(text))
    at_gaps = linebreak._gaps_before(len(text), set())
    room = linebreak.push_in_room(m, at_gaps, by_inks(text))
    # Standing 0.1 pt after the ``1``'s origin, the mark's ink ends at 15.1 pt; the
    # next character's starts at 8 + 8 + 1 = 17 pt: 1.9 pt, less 0.2, over two gaps.
    assert room(0, 10) == pytest.approx((17.0 - 15.1 - INK_GAP) / 2)
    # Where the mark begins the line nothing stands before it: its ink moves by 8 pt.
    assert room(1, 10) == pytest.approx(MOST)


def test_push_in_work_grows_with_the_paragraph_not_its_square():
    """The inks are asked once per paragraph, and the total fit asks a line's room a
    bounded number of times per box: twice the paragraph, about twice the questions."""

    def rooms_asked(units: int) -> int:
        text = (OPENING + "，" + FIGURE + "，") * units
        m = linebreak._measure(text, advances(text), ems(text))
        at_gaps = linebreak._gaps_before(len(text), linebreak._rigid_gaps(text, 0, len(text)))
        asked = {"inks": 0, "rooms": 0}

        def inks_once():
            asked["inks"] += 1
            return inks(text)

        room = linebreak.push_in_room(m, at_gaps, PushIn(MOST, INK_GAP, inks_once))

        def counted(start: int, ink_end: int) -> float:
            asked["rooms"] += 1
            return room(start, ink_end)

        width = width_for(0.3)
        assert linebreak._total_fit(m, at_gaps, width, 0.0, TOLERANCE, push_in=counted)
        assert asked["inks"] == 1
        return asked["rooms"]

    few, many = rooms_asked(20), rooms_asked(40)
    assert few > 40
    assert many <= 2.2 * few


@pytest.mark.parametrize("cells", range(8, 30))
@pytest.mark.parametrize(
    "text",
    [
        "全市一般公共预算收入完成42.6亿元，增长8.1%；其中税收收入31.2亿元，"
        "占比73.2%。“十四五”规划（2021—2025年）确定的12项约束性指标全部完成，"
        "城镇新增就业1.86万人，城镇调查失业率控制在5.5%以内。",
        "全区税收收入完成18.4亿元，增长6.2%；非税收入下降3.5%。“三大攻坚”"
        "成效巩固，新增城镇就业2.3万人，调查失业率4.9%，比全省低0.6个百分点。",
    ],
    ids=["city", "district"],
)
def test_paragraphs_set_within_the_limit_do_not_change(text, cells):
    """A line's end mark may give its blank half (or part of it) where that keeps the
    line full, as any compressed mark does: its box ends at the measure, its ink inside."""
    width = cells * HAN
    old = set_lines(text, width, push_in=0.0)
    m = linebreak._measure(text, advances(text), ems(text))
    at_gaps = linebreak._gaps_before(len(text), linebreak._rigid_gaps(text, 0, len(text)))
    ranges = [(line.start, line.end) for line in old]
    if linebreak._worst_stretch(m, at_gaps, ranges, width, 0.0)[0] > 2 * TOLERANCE:
        return  # a paragraph push-in is for
    assert set_lines(text, width) == old
    assert set_lines(text, width, push_in=by_inks(text)) == old
    for line in old[:-1]:
        if text[line.ink_end - 1] in linebreak.CLOSING:
            end = line.positions[-1]
            assert end + HAN / 2 - 1e-6 <= width <= end + HAN + 1e-6
            assert line.width == pytest.approx(width)


def test_each_glyphs_ink_is_read_once_per_face(gbt_style, monkeypatch):
    """The ink edges come from the glyph cache's records, read once per face and
    character: asked again, no outline is read."""
    from reportpress.fonts import fontset as fonts
    from reportpress.fonts.store import GlyphStore

    face = resolve(gbt_style).primary(gbt_style.role("body").font)
    monkeypatch.setattr(fonts, "_BOUNDS", {})
    read: list[int] = []
    outlines = GlyphStore.outlines

    def counted(self, points):
        points = list(points)
        read.extend(points)
        return outlines(self, points)

    loaded = fonts.load_face(face, map(ord, "县民"))
    monkeypatch.setattr(GlyphStore, "outlines", counted)
    edges = loaded.ink_edges("县民县 ")
    assert sorted(read) == sorted(map(ord, "县民 "))
    left, right = edges["县"]
    assert 0 < left < right < 1000  # inside its em, in thousandths
    assert edges[" "] is None  # no ink
    assert loaded.glyph_top("民") > 0
    assert loaded.ink_edges("民县") == {"民": edges["民"], "县": edges["县"]}
    assert sorted(read) == sorted(map(ord, "县民 "))  # nothing read again


def test_the_styles_keep_pushed_in_inks_apart_and_close_no_more_than_they_stretch():
    """Inks at least 0.2 pt apart (what the eye resolves at reading distance), and a
    line closed by 1 pt a gap at most, the limit of a stretch."""
    for name in ("gbt9704", "reading"):
        style = load_style(name)
        size = style.role("body").size_pt
        assert style.push_in_ink_gap_em * size == pytest.approx(0.2, abs=0.02)
        assert style.push_in_em * size == pytest.approx(1.0, abs=0.01)


def _printed_gaps(
    style, width: float, text: str = OPENING + FIGURE + CLOSING, boxes: list | None = None
) -> list[tuple[str, list[float]]]:
    """The paragraph set in ``style`` at ``width``, drawn and read back: each line's
    text and the gaps between its characters beyond their advances (and, given
    ``boxes``, each line's characters as pdfplumber reads them, appended to it)."""
    fontset = resolve(style)
    fontset.prepare({(style.role("body").font, False): text})
    setter = Typesetter(style, fontset)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(600, 200), invariant=1, pageCompression=0)
    top = 150.0
    for line in setter.set([Piece(text, "body")], "body", width, first_indent=0.0):
        line.draw(canvas, top)
        top -= line.height
    canvas.showPage()
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        chars = pdf.pages[0].chars
    rows: dict[float, list] = {}
    for char in chars:
        rows.setdefault(round(char["top"], 1), []).append(char)
    spacing = setter.char_space("body")
    ordered = [sorted(r, key=lambda c: c["x0"]) for _, r in sorted(rows.items())]
    if boxes is not None:
        boxes.extend(ordered)
    return [
        (
            "".join(c["text"] for c in row),
            [b["x0"] - a["x1"] - spacing for a, b in zip(row, row[1:], strict=False)],
        )
        for row in ordered
    ]


def test_the_pdf_draws_a_pushed_in_line_with_its_gaps_closed_evenly(gbt_style):
    fontset = resolve(gbt_style)
    fontset.prepare({(gbt_style.role("body").font, False): OPENING + FIGURE})
    setter = Typesetter(gbt_style, fontset)
    advance = [c.advance for c in setter._chars([Piece(OPENING + FIGURE, "body")])[0]]
    width = sum(advance) - 20 * 0.1  # 20 gaps closed by 0.1 pt fill the line
    rows = _printed_gaps(gbt_style, width)
    assert rows[0][0] == OPENING + FIGURE
    assert rows[0][1][:20] == pytest.approx([-0.1] * 20, abs=0.01)
    # The style's push-in off: the line stretches past the limit instead.
    rows = _printed_gaps(gbt_style.model_copy({"push_in_em": 0.0}), width)
    assert rows[0][0] == OPENING
    assert min(rows[0][1]) > 2 * TOLERANCE


def test_the_pdf_keeps_a_pushed_in_lines_inks_apart(gbt_style):
    """Closed by 0.35 pt a gap (more than the old face-wide 0.2 pt), the printed line's
    neighbouring glyph outlines still stand the style's 0.2 pt apart or more."""
    fontset = resolve(gbt_style)
    fontset.prepare({(gbt_style.role("body").font, False): OPENING + FIGURE + CLOSING})
    setter = Typesetter(gbt_style, fontset)
    chars = setter._chars([Piece(OPENING + FIGURE, "body")])[0]
    width = sum(c.advance for c in chars) - 20 * 0.35
    rows = _printed_gaps(gbt_style, width)
    assert rows[0][0] == OPENING + FIGURE
    assert rows[0][1][:20] == pytest.approx([-0.35] * 20, abs=0.01)
    spacing = setter.char_space("body")
    ink = setter._inks(chars)
    # Where each glyph is drawn: its advance, the spacing and the printed gap.
    x = 0.0
    nearest = float("inf")
    for i, gap in enumerate(rows[0][1]):
        step = chars[i].glyph + spacing + gap
        nearest = min(nearest, (x + step + ink[i + 1][0]) - (x + ink[i][1]))
        x += step
    assert nearest >= gbt_style.push_in_ink_gap_em * 16 - 0.01


def test_no_push_in_where_the_marks_stay_whole(gbt_style, monkeypatch):
    """Push-in comes after compressing the marks: a style that keeps them whole has none."""
    from reportpress.editions.pdf import typeset

    asked: list[PushIn | None] = []

    def spy(*args, push_in=None, **kw):
        asked.append(push_in)
        return break_lines(*args, push_in=push_in, **kw)

    monkeypatch.setattr(typeset, "break_lines", spy)
    fontset = resolve(gbt_style)
    fontset.prepare({(gbt_style.role("body").font, False): OPENING})
    for punctuation in ("compress-when-needed", "full"):
        setter = Typesetter(gbt_style.model_copy({"punctuation": punctuation}), fontset)
        setter.set([Piece(OPENING, "body")], "body", 300.0)
        push_in = asked.pop()
        if punctuation == "full":
            assert push_in is None
        else:
            assert (push_in.most, push_in.ink_gap) == pytest.approx((1.0, 0.2))
            assert len(push_in.inks()) == len(OPENING)


#: Invented: the figure is followed by a comma the line may end with.
WITH_COMMA = OPENING + FIGURE + "，" + CLOSING


def width_with_half_comma(push: float) -> float:
    """A measure the 20 characters, the figure and a half-width ``，`` fill if their
    21 gaps close by ``push``; with the comma whole, by ``push`` + 8/21 pt."""
    return 20 * HAN + sum(advances(FIGURE)) + HAN / 2 - 21 * push


@pytest.mark.parametrize("push_in", [LIMIT, by_inks(WITH_COMMA)], ids=["face-wide", "inks"])
def test_a_pushed_in_lines_end_mark_gives_its_blank_half_before_the_gaps_close(push_in):
    """Kept whole, the comma would leave the gaps 0.48 pt a gap to close (past the
    0.2 pt limit: the 20 characters alone would stretch by 2 pt a gap); set half width
    at the line's end, 0.1 pt.  Its box ends at the measure, its ink (left half) inside."""
    text = WITH_COMMA
    width = width_with_half_comma(0.1)
    lines = set_lines(text, width, push_in=push_in)
    assert texts(text, lines) == [OPENING + FIGURE + "，", CLOSING]
    first = lines[0]
    closed = gaps(text, first)
    assert closed[:20] == pytest.approx([-0.1] * 20)
    assert closed[20:23] == pytest.approx([0.0] * 3)  # inside the figure
    assert closed[23] == pytest.approx(-0.1)
    # The comma stands where its gap puts it; its box is half an em: it ends the line.
    assert first.positions[-1] + HAN / 2 == pytest.approx(width)
    assert first.width == pytest.approx(width)


def test_the_end_mark_gives_after_the_marks_inside_the_line():
    """A mark inside the line gives its blank half first, the end mark only what is
    still lacking, and the gaps close only for what neither could give."""
    text = OPENING[:10] + "、" + OPENING[10:19] + FIGURE + "，" + CLOSING
    inside = 20 * HAN + sum(advances(FIGURE)) + HAN  # the two marks whole
    # Lacking 8 + 3 pt: the pause mark gives 8, the comma 3, no gap closes.
    lines = set_lines(text, inside - 11.0)
    assert texts(text, lines)[0] == text[:25]
    closed = gaps(text, lines[0])
    assert closed[10] == pytest.approx(-8.0)
    assert [g for k, g in enumerate(closed) if k != 10] == pytest.approx([0.0] * 23)
    assert lines[0].positions[-1] + HAN - 3.0 == pytest.approx(lines[0].width)
    # Lacking 8 + 8 + 2.1 pt: both marks give all, the 21 gaps close by 0.1 pt.
    lines = set_lines(text, inside - 18.1)
    closed = gaps(text, lines[0])
    assert closed[10] == pytest.approx(-8.0 - 0.1)
    assert closed[0] == pytest.approx(-0.1)


def test_a_mark_inside_the_line_gives_no_more_than_before():
    """The comma inside the line gives its blank half, the line's end (the figure)
    nothing: 0.225 pt a gap is left to close, past the 0.2 pt limit, so the line
    stretches (1.03 pt a gap) as before; 0.25 pt would allow the push-in."""
    text = OPENING[:10] + "，" + OPENING[10:19] + FIGURE + CLOSING
    width = 19 * HAN + HAN / 2 + sum(advances(FIGURE)) - 20 * 0.225
    lines = set_lines(text, width)
    assert texts(text, lines)[0] == text[:20]
    assert min(gaps(text, lines[0])) > 2 * TOLERANCE
    lines = set_lines(text, width, push_in=0.25)
    assert texts(text, lines)[0] == text[:24]
    assert gaps(text, lines[0])[0] == pytest.approx(-0.225)


def test_marks_kept_whole_give_nothing_at_a_lines_end():
    """``punctuation = "full"`` (no ems): the comma has no blank half to give."""
    text = WITH_COMMA
    width = width_with_half_comma(0.1)
    whole = [0.0] * len(text)
    lines = break_lines(
        text, advances(text), width, ems=whole, tolerance=TOLERANCE, push_in=PushIn(LIMIT)
    )
    assert texts(text, lines)[0] == OPENING


def test_the_pdf_sets_a_pushed_in_lines_end_mark_half_width(gbt_style):
    """Printed, the line ends with ``，`` whose glyph stands where its half-width box
    puts it: the box ends at the measure, the blank right half of the glyph past it.
    With the marks kept whole the paragraph is set as before."""
    text = OPENING + FIGURE + "，" + CLOSING
    fontset = resolve(gbt_style)
    fontset.prepare({(gbt_style.role("body").font, False): text})
    setter = Typesetter(gbt_style, fontset)
    chars = setter._chars([Piece(OPENING + FIGURE + "，", "body")])[0]
    size = chars[-1].size
    width = sum(c.advance for c in chars) - size / 2 - 21 * 0.1
    boxes: list = []
    rows = _printed_gaps(gbt_style, width, text, boxes)
    assert rows[0][0] == OPENING + FIGURE + "，"
    assert rows[0][1][:20] == pytest.approx([-0.1] * 20, abs=0.01)
    comma = boxes[0][-1]
    assert comma["x0"] + chars[-1].advance - size / 2 == pytest.approx(width, abs=0.01)
    full = gbt_style.model_copy({"punctuation": "full"})
    assert _printed_gaps(full, width, text)[0][0] == OPENING
