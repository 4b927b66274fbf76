"""The font resolver: finding faces, per-character fallback, CFF conversion, caching."""

from __future__ import annotations

import logging
from io import BytesIO

import pytest

from reportpress import fonts
from reportpress.errors import RenderError


def _face(pattern: str) -> fonts.FontFile:
    face = fonts.find_face(pattern)
    if face is None:
        pytest.skip(f"{pattern} is not installed")
    return face


def test_every_role_of_both_styles_resolves_and_is_logged(any_style, caplog):
    fonts._FONTSETS.clear()
    with caplog.at_level(logging.INFO, logger="reportpress.fonts"):
        fontset = fonts.resolve(any_style)
    assert set(fontset.roles) == set(any_style.fonts)
    described = fontset.describe()
    for role in any_style.fonts:
        assert role in described
        assert f"font role {role}:" in caplog.text


def test_resolve_is_cached_per_process(gbt_style):
    assert fonts.resolve(gbt_style) is fonts.resolve(gbt_style)


def test_find_face_honours_style_and_exact_family():
    bold = _face("Noto Serif CJK SC:Bold")
    assert bold.weight == 700
    regular = _face("Noto Serif CJK SC")
    assert regular.weight == 400 and regular.path != bold.path
    kai = _face("LXGW WenKai")
    assert "Mono" not in kai.family
    assert fonts.find_face("No Such Family 仿宋_GB2312_missing") is None


def test_collections_are_opened_by_index():
    face = _face("Noto Serif CJK SC")
    assert face.path.suffix == ".ttc"
    assert face.index > 0  # SC is not the first font of the Noto CJK collections


def test_bold_variant_is_found_or_none():
    assert fonts.bold_variant(_face("Noto Sans CJK SC")).weight == 700
    zenhei = _face("WenQuanYi Zen Hei")
    assert fonts.bold_variant(zenhei) is None  # bold will be synthesized


def _fontset(*patterns: str) -> fonts.FontSet:
    faces = [_face(p) for p in patterns]
    role = fonts.RoleFonts("test", list(patterns), faces, [fonts.bold_variant(f) for f in faces])
    return fonts.FontSet("test", {"test": role})


def test_a_character_missing_from_the_first_face_comes_from_the_next():
    fontset = _fontset("AR PL SungtiL GB", "Noto Serif CJK SC")
    # 镕 is outside GB 2312, so the AR PL face lacks it.
    runs = fontset.fonts_for("朱镕基", "test")
    assert [text for text, _, _ in runs] == ["朱", "镕", "基"]
    assert runs[0][1].source.family == "AR PL SungtiL GB"
    assert runs[1][1].source.family == "Noto Serif CJK SC"


def test_a_character_no_face_has_is_an_error_naming_it():
    fontset = _fontset("AR PL SungtiL GB")
    with pytest.raises(RenderError, match=r"U\+E000"):
        fontset.fonts_for("正文\ue000", "test")


def test_bold_without_a_bold_face_is_synthesized():
    fontset = _fontset("WenQuanYi Zen Hei")
    [(_, _, fake_bold)] = fontset.fonts_for("加粗", "test", bold=True)
    assert fake_bold


def test_bold_uses_the_real_bold_face_when_there_is_one():
    fontset = _fontset("Noto Serif CJK SC")
    [(_, face, fake_bold)] = fontset.fonts_for("加粗", "test", bold=True)
    assert not fake_bold and face.source.weight == 700


def test_cff_outlines_are_converted_to_truetype_that_reportlab_embeds():
    from fontTools.ttLib import TTFont
    from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont

    face = _face("Noto Sans CJK SC")
    assert fonts._outline_kind(face.path, face.index) == "cff"
    data = fonts.convert_cff(face.path, face.index, map(ord, "黑体字ABC123，。"))
    converted = TTFont(BytesIO(data))
    assert "glyf" in converted and "CFF " not in converted
    assert set(map(ord, "黑体字，")) <= set(converted.getBestCmap())
    assert ReportLabFont("rp-test-converted", BytesIO(data)).face.name


def test_converted_faces_are_cached_on_disk_keyed_by_file(gbt_style):
    fontset = fonts.resolve(gbt_style)
    fontset.prepare({("hei", False): "黑体"})
    [(_, face, _)] = fontset.fonts_for("黑体", "hei")
    if face.converted:
        assert face.embed_file is not None
        assert face.embed_file.parent == fonts.cache_dir()
        assert fonts._cache_key(face.source.path, face.source.index) in face.embed_file.name
    # Loaded once per process: asking again gives the very same face.
    assert fontset.fonts_for("黑", "hei")[0][1] is face


def test_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert fonts.cache_dir() == tmp_path / "reportpress" / "fonts"


def test_user_fonts_folder_comes_first(monkeypatch, tmp_path):
    monkeypatch.setenv("REPORTPRESS_FONT_DIRS", str(tmp_path))
    assert fonts._user_font_dirs()[0] == tmp_path


def test_base_repertoire_covers_gb2312():
    points = fonts.base_repertoire()
    assert all(ord(c) in points for c in "中华人民共和国，。“”《》0123456789%")
    assert len(points) > 7000
