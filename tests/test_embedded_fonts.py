"""Fonts other editions embed (issue 11): made from the glyph cache, renamed, licence-checked,
and the same bytes whatever else the process built."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from reportpress import fonts
from reportpress.fonts import assembly, embeddable, fontset, glyf

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def empty_cache(monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _names(data: bytes) -> dict[tuple[int, int], str]:
    from fontTools.ttLib import TTFont

    return {(n.nameID, n.langID): n.toUnicode() for n in TTFont(BytesIO(data))["name"].names}


def test_the_docx_registers_no_reportlab_font(empty_cache, sample_report, any_style):
    """The DOCX's fonts come from the cache; only its contents' pages need the PDF's layout."""
    from reportpress.editions.docx import fonts as docx_fonts
    from reportpress.editions.docx.styles import word_font

    registered = fontset._COUNTER[0]
    embedded = docx_fonts.embedded_fonts(sample_report, any_style, {})
    assert embedded and fontset._COUNTER[0] == registered
    official = {word_font(any_style, role) for role in any_style.fonts}
    assert {font.name for font in embedded} <= official


def test_docx_bytes_do_not_depend_on_the_other_editions_built(tmp_path, any_style):
    """The DOCX of ``-f docx`` is the DOCX of ``-f xml,docx,pdf,epub``, byte for byte."""
    source = REPO / "source" / "chaoyang-2024-h1.txt"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    made = {}
    for formats in ("docx", "xml,docx,pdf,epub"):
        out = tmp_path / formats.replace(",", "-")
        argv = [sys.executable, "-m", "reportpress", "build", str(source), "-o", str(out)]
        argv += ["-f", formats, "-s", any_style.name, "-j", "1"]
        subprocess.run(argv, env=env, check=True, capture_output=True)
        made[formats] = (out / f"{source.stem}.docx").read_bytes()
    assert made["docx"] == made["xml,docx,pdf,epub"]
    with zipfile.ZipFile(BytesIO(made["docx"])) as package:
        assert any(name.startswith("word/fonts/") for name in package.namelist())


def test_assembled_names_replace_the_faces_names_only_when_asked():
    header = assembly.FaceHeader(
        1000, 880, -120, 0, 0, 0, (("familyName", "Own"), ("psName", "Own-Regular")), (), ()
    )
    glyph = glyf.Outline(1000, b"")
    own = _names(assembly.assemble(header, {ord("甲"): glyph}))
    renamed = _names(assembly.assemble(header, {ord("甲"): glyph}, names={1: "黑体", 6: "hei"}))
    assert own[1, 0x0409] == "Own" and own[6, 0x0409] == "Own-Regular"
    assert renamed == {
        (1, 0x0409): "黑体",
        (1, 0x0804): "黑体",
        (6, 0x0409): "hei",
        (6, 0x0804): "hei",
    }
    assert embeddable.NO_SUBSET_EMBEDDING & 0x0002


def test_the_docx_fonts_are_the_same_after_the_pdfs_fonts_grew(empty_cache, sample_report):
    """Registering larger fonts of the same faces (as a PDF or another document does)
    changes nothing in the DOCX's embedded fonts."""
    from reportpress.editions.docx import fonts as docx_fonts
    from reportpress.styles import load_style

    style = load_style("gbt9704")
    before = docx_fonts.embedded_fonts(sample_report, style, {})
    fontset_ = fonts.resolve(style)
    extra = "".join(sample_report.role_texts(style).values()) + "鑫淼焱垚"
    fontset_.prepare({(role, False): extra for role in style.fonts})
    fontset_.prepare({(role, True): extra for role in style.fonts})
    assert docx_fonts.embedded_fonts(sample_report, style, {}) == before


def test_the_docx_measures_its_text_with_the_faces_it_embeds(gbt_style):
    """The contents' pagination and the appendix's columns read advances from the glyph
    cache (no ReportLab): the widths the same face gives when ReportLab loads it; a
    character the face lacks is a full em or half of one by its East Asian width."""
    from reportpress import fonts
    from reportpress.editions.docx.fonts import advance_ems, embedded_face

    font = gbt_style.role("appendix_table").font
    text = "地区生产总值2024年增长5.2%，“十四五”"
    ems = advance_ems(gbt_style, font, False, text + "\ue000")
    face = embedded_face(fonts.resolve(gbt_style), font, False)
    loaded = fonts.load_face(face, map(ord, text))
    for char in set(text):
        assert ems[char] == pytest.approx(loaded.width(char, 1.0)), char
    assert ems["\ue000"] == 0.5  # (a private-use character: narrow, no face has it)
