"""The line breaker on a character grid: lines that keep it, and half-width runs in whole cells."""

from __future__ import annotations

import pytest

from reportpress.editions.linebreak import break_lines, grid_runs
from reportpress.styles import StyleError, load_style, style_from_data

#: A grid cell, as a 16 pt face on the official grid (a 28-character line of 442 pt).
CELL = 15.8
#: Half-width characters' advances: a digit, a decimal point, a percent sign.
NARROW = {".": 5.0, "%": 14.0}


def widths(text: str) -> list[float]:
    return [NARROW.get(c, 8.7) if c.isascii() else CELL for c in text]


def ems(text: str) -> list[float]:
    return [0.0 if c.isascii() else CELL for c in text]


def lines_of(text: str, cells: int, **kw) -> list:
    return break_lines(text, widths(text), cells * CELL, ems=ems(text), tolerance=0.5, **kw)


def texts(text: str, found: list) -> list[str]:
    return [text[line.start : line.end] for line in found]


def on_grid(text: str, line, *, full_width_only: bool = True) -> bool:
    return all(
        abs(x / CELL - round(x / CELL)) < 1e-6
        for char, x in zip(text[line.start :], line.positions, strict=False)
        if not (full_width_only and char.isascii())
    )


# ---- a line that could keep the grid compresses before it stretches ------------------------


def test_a_short_line_compresses_its_marks_on_a_grid_and_stretches_without_one():
    # One cell short over eight gaps is 2 pt a gap: off a grid the line stretches
    # only if that costs less than compressing (it does not here either), but a
    # line one cell short by a smaller stretch shows the difference: forty cells.
    text = "甲乙，丙丁，戊己庚" + "天" * 30 + "辛，" + "地" * 40
    plain = lines_of(text, 40)
    gridded = lines_of(text, 40, cell=CELL)
    # Without a grid the first line stretches a little (0.4 pt a gap, under the
    # tolerance): nothing else is tried.
    assert texts(text, plain)[0] == text[:39]
    assert not on_grid(text, plain[0])
    # On a grid it takes 辛， in by giving up its marks' blank halves instead.
    assert texts(text, gridded)[0] == text[:41]
    assert gridded[0].width == pytest.approx(40 * CELL)
    assert all(on_grid(text, line) for line in gridded[1:])


def test_what_stands_before_the_compressed_marks_keeps_the_grid():
    text = "甲乙丙丁，戊己庚，" + "天" * 30 + "地，" + "玄" * 40
    first = lines_of(text, 40, cell=CELL)[0]
    assert text[first.start : first.end] == text[:41]
    cut = text.index("，")
    assert all(abs(x / CELL - round(x / CELL)) < 1e-6 for x in first.positions[: cut + 1])
    assert first.positions[cut + 1] == pytest.approx((cut + 0.5) * CELL)


def test_a_line_holding_a_half_width_number_is_not_compressed_to_keep_a_grid_it_has_left():
    # With numbers at their own width a line holding one is off the grid anyway:
    # a small stretch there costs nothing more than it did.
    text = "甲乙，丙丁，戊己12" + "天" * 30 + "辛，" + "地" * 40
    plain = lines_of(text, 40)
    gridded = lines_of(text, 40, cell=CELL)
    assert texts(text, gridded) == texts(text, plain)


def test_a_line_whose_marks_share_a_blank_half_is_not_compressed_further_for_the_grid():
    # 、《, 》， and ”。 share blank halves: the line is off the grid from there on
    # whatever its breaks, so half a cell short it keeps its small stretch
    # rather than giving up its other marks' halves to take 辛， in.
    head = "甲、乙、《丙丁》，戊“己”。" + "天" * 27
    text = head + "辛，" + "地" * 40
    assert texts(text, lines_of(text, 40))[0] == head
    assert texts(text, lines_of(text, 40, cell=CELL))[0] == head


# ---- half-width runs in whole cells ----------------------------------------------------------


def test_a_run_takes_whole_cells_and_its_blank_faces_the_han_characters():
    text = "增长5.8%，比上年"  # 8.7 + 5 + 8.7 + 14 = 36.4 pt: three cells, 11 pt over
    (run,) = grid_runs(text, widths(text), CELL)
    assert (run.start, run.end) == (2, 6)
    blank = 3 * CELL - 36.4
    # Only 长 faces the run (the comma follows it): it takes up to half a cell.
    assert run.before == pytest.approx(CELL / 2)
    assert run.after == pytest.approx(blank - CELL / 2)
    (centred,) = grid_runs("第12届", widths("第12届"), CELL)
    assert centred.before == pytest.approx(centred.after)


def test_a_run_that_fills_its_cells_gets_no_blank():
    assert not grid_runs("第一2024年", [CELL, CELL, 7.9, 7.9, 7.9, 7.9, CELL], CELL)


@pytest.mark.parametrize("cells", [9, 10, 11, 12, 13])
def test_every_full_width_character_stays_on_the_grid_with_runs_in_whole_cells(cells):
    text = "全年完成投资5.8亿元（同比增长12.3%），民间投资增长7%以上，新开工项目218个。"
    found = break_lines(
        text, widths(text), cells * CELL, justify=False, cell=CELL, whole_cells=True
    )
    assert "".join(texts(text, found)) == text
    for line in found:
        assert on_grid(text, line), texts(text, [line])
        assert line.width <= cells * CELL + 1e-6
    natural = break_lines(text, widths(text), cells * CELL, justify=False, cell=CELL)
    assert not all(on_grid(text, line) for line in natural)


def test_a_run_at_a_line_edge_sets_its_blank_inside():
    text = "甲乙丙丁戊己庚辛壬" + "123" + "天地玄黄宇宙洪荒日月"
    found = lines_of(text, 11, cell=CELL, whole_cells=True)
    assert texts(text, found)[0] == "甲乙丙丁戊己庚辛壬123"
    first = found[0]
    # The run ends the line: flush right, its blank before it (at most half a cell).
    assert first.width == pytest.approx(11 * CELL)
    assert first.positions[-1] + 8.7 == pytest.approx(11 * CELL)
    second = lines_of("123" + "天地玄黄", 11, cell=CELL, whole_cells=True)[0]
    assert second.positions[0] == 0.0  # a run starting a line starts at its edge
    assert second.positions[3] == pytest.approx(2 * CELL)  # 天 in its cell


def test_the_style_sets_half_width_runs_in_whole_cells_or_at_their_own_width():
    style = load_style("gbt9704")
    assert style.grid is not None and style.grid.half_width in ("whole-cells", "natural")
    data = {**_style_data(style), "grid": {"lines_per_page": 22, "chars_per_line": 28}}
    data["grid"]["half_width"] = "cells"
    with pytest.raises(StyleError, match="grid.half_width"):
        style_from_data(data)


def _style_data(style) -> dict:
    import tomllib

    assert style.path is not None
    return tomllib.loads(style.path.read_text(encoding="utf-8"))


def test_the_official_style_keeps_han_characters_in_their_cells_beside_figures(gbt_style):
    """Set with the style's own faces (figures wider than half an em): Han characters in cells."""
    from dataclasses import replace

    from reportpress.editions.pdf.typeset import Piece, Typesetter
    from reportpress.fonts import resolve

    text = "全区完成投资43亿元，增长12.6%，其中民间投资2894.8万元、PM2.5下降7%。" * 3
    grid = replace(gbt_style.grid, half_width="whole-cells")
    style = gbt_style.model_copy(update={"grid": grid, "punctuation": "full"})
    fontset = resolve(style)
    fontset.prepare({(style.role("body").font, False): text})
    setter = Typesetter(style, fontset)
    pitch = style.char_pitch_pt
    han = 0
    for line in setter.set([Piece(text, "body")], "body", style.text_width_pt, align="left"):
        for run in line.runs:
            x = run.x
            for char in run.text:
                if not char.isascii():
                    assert abs(x / pitch - round(x / pitch)) < 1e-6, (line.text, char)
                    han += 1
                x += setter.glyph(char, style.role("body").font, False, run.size)[2]
                x += run.char_space
    assert han > 50


def test_a_number_leaves_its_unit_rather_than_a_line_stretching_past_twice_the_tolerance():
    """25 characters then ``3万元``: the 25 alone stretch by 1.03 pt a gap, which the stretch
    cost alone would prefer to splitting ``3`` from ``万元``; past twice the tolerance
    (1 pt) no line stretches where another setting avoids it."""
    text = "汉" * 25 + "3万元" + "汉" * 10
    advances = [8.0 if c.isascii() else 16.0 for c in text]
    width = 25 * 16.0 + 24 * 1.03
    found = break_lines(text, advances, width, tolerance=0.5)
    assert [text[line.start : line.end] for line in found] == ["汉" * 25 + "3", "万元" + "汉" * 10]
    # Where no other setting exists the line still stretches (``35.5%`` cannot be split).
    text = "汉" * 25 + "35.5%" + "汉" * 10
    advances = [8.0 if c.isascii() else 16.0 for c in text]
    found = break_lines(text, advances, width, tolerance=0.5)
    assert [text[line.start : line.end] for line in found] == ["汉" * 25, "35.5%" + "汉" * 10]


# ---- a line one cell short: its marks, its end mark last, before a stretch ---------------


def test_an_end_mark_gives_its_blank_half_to_keep_a_grid_line_full():
    """Invented: 29 characters up to ``题。``, which no line may start with; the comma
    inside the line and the stop ending it each give a blank half (clreq: a mark at a
    line's end may be set half width), so the line holds them in 28 cells instead of
    stretching 27 characters over them."""
    text = "甲乙，" + "天" * 23 + "问题。" + "地" * 30
    found = lines_of(text, 28, cell=CELL)
    assert texts(text, found)[0] == text[:29]
    first = found[0]
    assert first.width == pytest.approx(28 * CELL)
    # The stop's ink (its left half) ends inside the measure; its box at it.
    assert first.positions[-1] + CELL / 2 == pytest.approx(28 * CELL)
    # Before the comma, every character stands in its cell.
    assert all(abs(x / CELL - round(x / CELL)) < 1e-6 for x in first.positions[:3])


def test_a_line_keeps_the_grid_even_where_that_makes_later_lines_compress():
    """Invented: taking ``题。`` in compresses the first line, and shifts the next two so
    that each ends one mark past its 28 cells and compresses too.  Three compressed
    lines keep the grid; one line stretched over 27 characters would leave it."""
    text = "甲乙，" + "天" * 23 + "问题。" + ("地" * 10 + "，" + "地" * 17 + "，") * 2 + "宇" * 60
    found = texts(text, lines_of(text, 28, cell=CELL))
    assert found[0] == text[:29]
    assert [len(line) for line in found[:-1]] == [29, 29, 29, 28, 28]


def test_a_mark_that_ends_a_line_whole_takes_no_line_off_the_grid():
    """Invented, in the shape of a paragraph of the corpus: ``、`` shares its blank half
    with the ``“`` after it, but where a line ends at ``、`` the mark is whole again, so
    that line could keep the grid.  It was counted as off it anyway, and the paragraph,
    set as a whole for the number at its end, stretched 27 characters over 28 cells
    rather than compress the line to take ``“玄`` in."""
    head = "甲乙，" + "天" * 22 + "地、" + "“玄黄”"
    body = "地" * 8 + ("，" + "地" * 5) * 4 + "，" + "地" * 16 + "，" + "地" * 11 + "，" + "地" * 23
    text = head + body + "增长92983.3%" + "宙" * 10
    found = lines_of(text, 28, cell=CELL)
    assert texts(text, found)[0] == head[:-2]  # …地、“玄: compressed, not stretched
    assert found[0].width == pytest.approx(28 * CELL)
    assert all(on_grid(text, line) for line in found[2:4])  # after one more compressed line


def test_a_dash_keeps_the_characters_after_it_in_their_cells(gbt_style):
    """``——`` (破折号) takes two whole cells in the official style's faces (the
    Chinese full-width dash, not the 0.89 em one), so what follows it stays on the grid."""
    from reportpress.editions.pdf.typeset import Piece, Typesetter
    from reportpress.fonts import resolve

    text = "——坚持农业农村优先发展。把实现乡村振兴作为全党的共同意志、共同行动。" * 2
    fontset = resolve(gbt_style)
    fontset.prepare({(gbt_style.role("body").font, False): text})
    setter = Typesetter(gbt_style, fontset)
    pitch = gbt_style.char_pitch_pt
    first = setter.set([Piece(text, "body")], "body", gbt_style.text_width_pt)[0]
    assert first.text.startswith("——坚持")
    x = first.runs[0].x
    starts = []
    for run in first.runs:
        x = run.x
        for char in run.text:
            starts.append(x)
            x += setter.glyph(char, gbt_style.role("body").font, False, run.size)[2]
            x += run.char_space
    indent = starts[0]
    assert all(abs((s - indent) / pitch - k) < 1e-6 for k, s in enumerate(starts[:12]))
