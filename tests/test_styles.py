"""The style model: both shipped styles load; bad style files are refused by key."""

from __future__ import annotations

import re
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
        ("size_pt = 22", "size_pt = -1", "roles.title.size_pt: must be greater than 3"),
        ('align = "center"', 'align = "middle"', "roles.title.align"),
        ('font = "hei"', 'font = "heiti"', "roles.heading1.font: no font role 'heiti'"),
        ("[roles.lead]", "[roles.leed]", "roles: unknown role leed"),
        ('format = "— {n} —"', 'format = "page"', "page_numbers.format: must contain {n}"),
        ("lines_per_page = 22", "lines_per_page = 22 22", "cannot read style"),
        # Styles that used to validate and then fail on every input, or print nonsense.
        ('format = "— {n} —"', 'format = "{n}{x}"', "page_numbers.format: only the placeholder"),
        ('format = "— {n} —"', 'format = "{n} {"', "page_numbers.format: only the placeholder"),
        (
            'format = "— {n} —"',
            'format = "{n.__class__.__mro__}"',
            "page_numbers.format: must contain {n}",
        ),
        (
            "indent_chars = 1\n",
            "indent_chars = 1e9\n",
            "page_numbers.indent_chars: must be at most",
        ),
        ("indent_chars = 1\n", "indent_chars = 40\n", "page_numbers.indent_chars: the indented"),
        (
            "offset_below_text_mm = 7",
            "offset_below_text_mm = 40",
            "page_numbers.offset_below_text_mm",
        ),
        (
            'title = "附录　指标一览"',
            'title = "附录\\u0007指标"',
            "appendix.title: control character U+0007",
        ),
        (
            'title = "附录　指标一览"',
            'title = "附录\\u200b指标"',
            "appendix.title: control character U+200B",
        ),
        (
            '"指标", "数值"',
            '"' + "名" * 10_000 + '", "数值"',
            "appendix.columns[0]: must have at most",
        ),
        (
            '"指标", "数值"',
            '"' + "名" * 60 + '", "数值"',
            "appendix.columns[0]: 60 characters do not fit",
        ),
        (
            '"仿宋_GB2312"',
            '"仿宋\\u0000GB2312"',
            "fonts.fangsong.candidates[0]: control character U+0000",
        ),
        ('"仿宋_GB2312"', '":Bold"', "fonts.fangsong.candidates[0]: names no font family"),
        (
            "size_pt = 10.5",
            "size_pt = 30",
            "roles.appendix_table.size_pt: 30 pt leaves fewer than 4 characters in each",
        ),
        ("width_mm = 210", "width_mm = 51", "page.margin_right_mm: margins leave no room"),
        ("width_mm = 210", "width_mm = inf", "page.width_mm: must be a finite number"),
        ("width_mm = 210", "width_mm = nan", "page.width_mm: must be a finite number"),
        ("width_mm = 210", "width_mm = true", "page.width_mm: must be a number"),
        ("width_mm = 210", 'width_mm = "210"', "page.width_mm: must be a number"),
        (
            "lines_per_page = 22",
            "lines_per_page = 22.5",
            "grid.lines_per_page: must be a whole number",
        ),
        ("chars_per_line = 28", "chars_per_line = 40", "grid.chars_per_line: 40 characters"),
        ("lines_per_page = 22", "lines_per_page = 60", "grid.lines_per_page: 60 lines"),
        ('language = "zh-CN"', 'language = "../../etc"', "language: not a language tag"),
        ("[page]", '"bad\\nkey" = 1\n[page]', "'bad\\nkey': unknown key"),
        ("[grid]", "[grid.deeper]", "grid.deeper: unknown key"),
        ("[toc]\nenabled = true", "[toc]\nenabled = 1", "toc.enabled: must be true or false"),
    ],
)
def test_bad_style_names_the_key(tmp_path, old, new, message):
    path = _broken(tmp_path, old, new)
    with pytest.raises(UsageError) as error:
        load_style(str(path))
    assert str(path) in str(error.value) and message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_huge_body_on_a_small_page_is_refused_by_key(tmp_path):
    """Body 200 pt on a 51 mm page used to build, then fail ``check``."""
    text = (REPO / "styles" / "reading.toml").read_text(encoding="utf-8")
    text = text.replace("width_mm = 148", "width_mm = 51").replace(
        "margin_left_mm = 18", "margin_left_mm = 5"
    )
    text = text.replace("margin_right_mm = 18", "margin_right_mm = 5")
    body = text.index("[roles.body]")
    text = text[:body] + text[body:].replace("size_pt = 10.5", "size_pt = 200", 1)
    path = tmp_path / "huge.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=r"roles\.body\.size_pt: 200 pt leaves fewer than 4"):
        load_style(str(path))


def _tiny_style(tmp_path: Path) -> Path:
    """A 51 mm square page with 20 pt type: close to the limits the loader accepts."""
    text = (REPO / "styles" / "reading.toml").read_text(encoding="utf-8")
    text = text.replace("width_mm = 148", "width_mm = 51").replace(
        "height_mm = 210", "height_mm = 51"
    )
    for key, value in (("top", 3), ("left", 3), ("right", 3), ("bottom", 12)):
        text = re.sub(rf"margin_{key}_mm = \d+", f"margin_{key}_mm = {value}", text)
    text = re.sub(r"size_pt = [\d.]+", "size_pt = 20", text)
    table = text.index("[roles.appendix_table]")
    text = text[:table] + text[table:].replace("size_pt = 20", "size_pt = 6", 1)
    text = text.replace('title = "附录　指标一览"', 'title = "附录"')
    text = text.replace("offset_below_text_mm = 8", "offset_below_text_mm = 2")
    path = tmp_path / "tiny.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_style_near_the_limits_builds_and_checks(tmp_path, capsys):
    """What the loader accepts, the editions can set: the PDF lays out and reads back."""
    from reportpress.cli import main

    style = _tiny_style(tmp_path)
    source = tmp_path / "r.txt"
    source.write_text(
        "关于预算执行情况的报告\n各位代表：\n一、收入情况\n全年一般公共预算收入完成72.5亿元，"
        "增长5.2%。\n（一）税收收入\n税收收入完成60亿元。\n二、支出情况\n支出下降3%。\n",
        encoding="utf-8",
    )
    argv = ["build", str(source), "-o", str(tmp_path / "out"), "-f", "xml,pdf", "-j", "1"]
    assert main([*argv, "-s", str(style), "--check"]) == 0, capsys.readouterr().err
    # One step past the limits is refused, naming the key.
    text = style.read_text(encoding="utf-8").replace("margin_left_mm = 3", "margin_left_mm = 20")
    style.write_text(text, encoding="utf-8")  # a 28 mm line: 3.97 characters of 20 pt
    assert main([*argv, "-s", str(style)]) == 2
    assert "size_pt: 20 pt leaves fewer than 4 characters" in capsys.readouterr().err


def test_a_deeply_nested_style_is_bad_usage(tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="nested too deeply"):
        load_style(str(path))


def test_page_numbers_are_formatted_by_replacing_the_placeholder():
    numbers = load_style("gbt9704").page_numbers
    assert numbers.text(12) == "— 12 —"
    assert numbers.model_copy({"format": "第{n}页{n}"}).text(3) == "第3页3"


def test_unknown_style_lists_the_known_ones():
    with pytest.raises(UsageError, match="unknown style 'nope'.*gbt9704"):
        load_style("nope")


def test_every_role_is_defined_in_both_styles():
    for name in ("gbt9704", "reading"):
        assert set(load_style(name).roles) == set(ROLE_NAMES)


# ---- fuzzing: whatever a style file holds, loading gives a Style or a UsageError naming a key


def _toml_values():
    from hypothesis import strategies as st

    scalars = (
        st.booleans()
        | st.integers(min_value=-(2**63), max_value=2**63 - 1)
        | st.floats(allow_nan=True, allow_infinity=True)
        | st.text(max_size=30)
        | st.datetimes()
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=8), inner, max_size=6)
        ),
        max_leaves=12,
    )


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))


def _mutated(draw_data, base):
    """The shipped style with random keys replaced, removed or added."""
    import copy

    from hypothesis import strategies as st

    data = copy.deepcopy(base)
    paths = list(_paths(data))[1:]
    for _ in range(draw_data.draw(st.integers(1, 4))):
        path = draw_data.draw(st.sampled_from(paths))
        parent = data
        for key in path[:-1]:
            if not isinstance(parent, dict) or key not in parent:
                break
            parent = parent[key]
        else:
            if not isinstance(parent, dict):
                continue
            action = draw_data.draw(st.sampled_from(["replace", "remove", "add"]))
            if action == "replace":
                parent[path[-1]] = draw_data.draw(_toml_values())
            elif action == "remove":
                parent.pop(path[-1], None)
            else:
                parent[draw_data.draw(st.text(max_size=8))] = draw_data.draw(_toml_values())
    return data


def test_fuzzed_style_data_gives_a_style_or_a_named_key():
    import tomllib

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from reportpress.styles import Style, StyleError, style_from_data

    base = tomllib.loads((REPO / "styles" / "gbt9704.toml").read_text("utf-8"))

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def check(draw_data):
        data = _mutated(draw_data, base)
        try:
            style = style_from_data(data)
        except StyleError as exc:
            assert exc.key and "\n" not in str(exc) and len(str(exc)) < 400, str(exc)
        else:
            assert isinstance(style, Style)
            style.page_numbers.text(7)
            for name in ROLE_NAMES:
                style.line_pitch_pt(name)
                style.font_chain(style.role(name).font)

    check()


def test_fuzzed_style_files_are_read_or_refused_in_one_line(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    text = (REPO / "styles" / "reading.toml").read_text("utf-8")
    path = tmp_path / "fuzz.toml"

    @settings(max_examples=120, deadline=None)
    @given(st.integers(0, len(text)), st.integers(0, 40), st.text(max_size=20))
    def check(start, length, insert):
        path.write_text(text[:start] + insert + text[start + length :], encoding="utf-8")
        try:
            load_style(str(path))
        except UsageError as exc:
            assert str(exc).startswith(str(path)) and "\n" not in str(exc).strip(), str(exc)

    check()
