"""The style model: both shipped styles load; bad style files are refused by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportpress.errors import UsageError
from reportpress.styles import ROLE_NAMES, load_style

REPO = Path(__file__).resolve().parents[1]


def test_gbt9704_geometry_is_the_official_grid():
    style = load_style("gbt9704")
    assert style.page.text_width_mm == pytest.approx(156)
    assert style.page.text_height_mm == pytest.approx(225)
    assert style.char_pitch_pt == pytest.approx(15.79, abs=0.01)
    assert style.grid_line_pitch_pt == pytest.approx(28.99, abs=0.01)
    assert style.line_pitch_pt("body") == pytest.approx(style.grid_line_pitch_pt)
    assert style.role("body").size_pt == 16 and style.role("title").size_pt == 22
    assert style.font_chain("fangsong")[-1] == style.font_chain("song")[-1]  # falls back to 宋体


def test_reading_style_differs():
    style = load_style("reading")
    assert style.grid is None and style.page.width_mm == 148
    assert style.line_pitch_pt("body") == pytest.approx(10.5 * 1.8)


def test_style_by_path():
    assert load_style(str(REPO / "styles" / "reading.toml")).name == "reading"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (REPO / "styles" / "gbt9704.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "old, new, message",
    [
        (
            "margin_top_mm = 37",
            "margin_top_mm = 37\nmargin_tpo_mm = 3",
            "page.margin_tpo_mm: unknown key",
        ),
        ("size_pt = 22", "size_pt = -1", "roles.title.size_pt: Input should be greater than 3"),
        ('align = "center"', 'align = "middle"', "roles.title.align"),
        ('font = "hei"', 'font = "heiti"', "roles.heading1.font: no font role 'heiti'"),
        ("[roles.lead]", "[roles.leed]", "roles: unknown role leed"),
        ('format = "— {n} —"', 'format = "page"', "page_numbers: format must contain {n}"),
        ("lines_per_page = 22", "lines_per_page = 22 22", "cannot read style"),
    ],
)
def test_bad_style_names_the_key(tmp_path, old, new, message):
    path = _broken(tmp_path, old, new)
    with pytest.raises(UsageError) as error:
        load_style(str(path))
    assert str(path) in str(error.value) and message in str(error.value)


def test_unknown_style_lists_the_known_ones():
    with pytest.raises(UsageError, match="unknown style 'nope'.*gbt9704"):
        load_style("nope")


def test_every_role_is_defined_in_both_styles():
    for name in ("gbt9704", "reading"):
        assert set(load_style(name).roles) == set(ROLE_NAMES)
