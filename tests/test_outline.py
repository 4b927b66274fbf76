"""Outlines and heading numbers: splitting numbers off, their place on the ladder, display
depths, and outlines read back from files."""

from __future__ import annotations

import re

import pytest

from reportpress.check import check_edition
from reportpress.editions.docx import edition as docx
from reportpress.editions.epub import edition as epub
from reportpress.editions.pdf import edition as pdf
from reportpress.ingest import source_from_bytes
from reportpress.ladder import display_depths, ladder_level, read_level, split_number
from reportpress.metrics import annotate
from reportpress.model import from_xml
from reportpress.structure import normalize
from reportpress.styles import load_style


@pytest.mark.parametrize(
    ("number", "level"),
    [
        ("一、", 1),
        ("十二、", 1),
        ("（一）", 2),
        ("（十四）", 2),
        ("1.", 3),
        ("12.", 3),
        ("1．", 3),
        ("1、", 3),
        ("（1）", 4),
        ("（12）", 4),
        ("", None),
        ("第一部分", None),
        ("(一)", None),  # half-width brackets are normalized away before they get here
    ],
)
def test_ladder_level(number, level):
    assert ladder_level(number) == level


@pytest.mark.parametrize(
    ("printed", "number", "text"),
    [
        ("一、总体要求", "一、", "总体要求"),
        ("（一）坚持　联动", "（一）", "坚持　联动"),
        ("1.主要做法", "1.", "主要做法"),
        ("2、存在问题", "2、", "存在问题"),
        ("（1）增值税完成72.5亿元", "（1）", "增值税完成72.5亿元"),
        ("附录　指标一览", "", "附录　指标一览"),
        ("2024年计划执行情况", "", "2024年计划执行情况"),  # a year is not a number label
    ],
)
def test_split_number(printed, number, text):
    assert split_number(printed) == (number, text)
    assert ladder_level(split_number(printed)[0]) == (ladder_level(number) if number else None)


@pytest.mark.parametrize(
    ("levels", "depths"),
    [
        ([1, 2, 3, 4, 1], [1, 2, 3, 4, 1]),
        ([3, 4, 4, 3, 4], [1, 2, 2, 1, 2]),  # no 一、: 1. at the top
        ([2, 2, 2], [1, 1, 1]),
        ([1, 3, 4, 2, 1], [1, 2, 3, 2, 1]),  # never more than one deeper than the last
        ([4, 3], [1, 1]),  # an opening （1） cannot sit under nothing
        ([1, 3, 3], [1, 2, 2]),  # 1. and 2. under a part: siblings, not 2. under 1.
        ([1, 3, 4, 3, 1], [1, 2, 3, 2, 1]),
        ([], []),
    ],
)
def test_display_depths(levels, depths):
    assert display_depths(levels) == depths


def test_read_level_prefers_the_number():
    assert read_level("（1）", 2) == 4
    assert read_level("", 2) == 2


BROKEN = {
    "text": b"hi\n",
    "png": b"\x89PNG\r\n\x1a\n" + bytes(200),
    "empty zip": b"PK\x05\x06" + bytes(18),
    "truncated zip": b"PK\x03\x04" + bytes(60),
}


@pytest.mark.parametrize("content", sorted(BROKEN))
@pytest.mark.parametrize("fmt", ["docx", "pdf", "epub"])
def test_an_unreadable_edition_is_an_input_error(tmp_path, capsys, fmt, content):
    """Reading back a damaged file names it in one line: no traceback, no library noise."""
    from reportpress.cli import main
    from reportpress.editions import edition
    from reportpress.errors import InputError

    path = tmp_path / f"broken.{fmt}"
    path.write_bytes(BROKEN[content])
    module = edition(fmt)
    for read in (module.read_outline, module.read_text, module.read_appendix):
        with pytest.raises(InputError, match=re.escape(str(path))):
            read(path)
    capsys.readouterr()
    assert main(["outline", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and str(path) in err, err


def test_outline_lines_and_unknown_formats(tmp_path):
    from reportpress.errors import InputError
    from reportpress.outline import format_outline, read_outline

    headings = [(1, "一、", "总体要求"), (2, "（一）", "坚持\n稳中\u2028求进")]
    assert format_outline(headings) == "1\t一、\t总体要求\n2\t（一）\t坚持 稳中 求进\n"
    odt = tmp_path / "report.odt"
    odt.write_bytes(b"PK")
    with pytest.raises(InputError, match=r"report\.odt: cannot read an outline from \.odt"):
        read_outline(odt)
    with pytest.raises(InputError, match="no such file"):
        read_outline(tmp_path / "missing.pdf")


def test_numbered_sections_right_under_a_part_are_siblings_in_every_edition(tmp_path):
    """第一部分, then 1、 and 2、 (the ladder's 一、 and （一） skipped): the EPUB's navigation
    put 2、 under 1、 (one deeper than the heading before it) and lost it from its list."""
    text = (
        "报告\n各位代表：\n第一部分 总体情况\n1、指导思想\n坚持稳中求进。\n2、主要目标\n增长5%。\n"
    )
    root, _ = normalize(source_from_bytes(text.encode(), "t.txt"))
    annotate(root)
    report = from_xml(root)
    assert [b.depth for b in report.blocks if b.kind == "heading"] == [1, 2, 2]
    style = load_style("gbt9704")
    for module, suffix in ((pdf, "pdf"), (docx, "docx"), (epub, "epub")):
        path = tmp_path / f"t.{suffix}"
        path.write_bytes(module.write(report, style))
        assert check_edition(report, path, style) == [], suffix


def test_check_compares_the_epub_navigation_by_depth_not_by_ladder_level(tmp_path):
    """Under 一、, 1. is shown one deeper (depth 2) and listed in the EPUB's navigation; under
    （一）, 1. is at depth 3 and is not.  check inferred the depth from the levels it found
    (3) and reported the second 1. lost."""
    text = (
        "报告\n各位代表：\n一、回顾\n1.经济发展。增长5%。\n二、任务\n（一）扩大需求\n"
        "1.扩投资。实施项目100个。\n（二）深化改革\n"
    )
    root, _ = normalize(source_from_bytes(text.encode(), "t.txt"))
    annotate(root)
    report = from_xml(root)
    style = load_style("gbt9704")
    path = tmp_path / "t.epub"
    path.write_bytes(epub.write(report, style))
    assert check_edition(report, path, style) == []
    listed = [h[2] for h in epub.read_outline(path)]
    assert "经济发展。" in listed and "扩投资。" not in listed
