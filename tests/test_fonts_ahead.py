"""Glyphs drawn ahead while a helper reads the input (issue 11: a first build's idle core)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reportpress import fonts
from reportpress.batch import overlap
from reportpress.batch.jobs import Job
from reportpress.batch.work import build_one
from reportpress.fonts import ahead
from reportpress.fonts import store as store_module
from reportpress.styles import find_style, load_style

#: An invented report: a government work report of another county, GBK-encoded below.
REPORT = """\
政府工作报告
——2025年3月2日在某某县第九届人民代表大会第四次会议上
县长  王五
各位代表：
一、过去一年的工作回顾
全县地区生产总值完成286.4亿元,增长6.1%;城镇新增就业4.2万人。
（一）产业转型提速
新建标准厂房35万平方米，引进亿元以上项目27个。
二、今年的主要任务
坚持稳中求进，确保粮食播种面积稳定在98万亩以上。
"""


@pytest.fixture
def empty_cache(monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(store_module, "_STORES", {})
    return tmp_path / "cache" / "reportpress" / "fonts"


def _source(tmp_path: Path) -> Path:
    path = tmp_path / "work-report.txt"
    path.write_bytes(REPORT.encode("gbk"))
    return path


def _style_path() -> str:
    return str(find_style("gbt9704").resolve())


def _body_face() -> fonts.FontFile:
    style = load_style(_style_path())
    return fonts.resolve(style).primary(style.role("body").font)


def _cached(folder: Path, face: fonts.FontFile) -> set[int]:
    paths = list(folder.glob(f"{face.path.stem}-{face.index}-*.sqlite"))
    if not paths:
        return set()
    with sqlite3.connect(paths[0]) as db:
        return {row[0] for row in db.execute("SELECT point FROM glyphs")}


def test_the_raw_texts_glyphs_are_drawn_in_the_body_face(empty_cache, tmp_path, monkeypatch):
    face = _body_face()
    drawn = ahead.draw_ahead(_source(tmp_path), _style_path(), lambda: False)
    wanted = {ord(c) for c in REPORT if not c.isspace()} & fonts.coverage(face)
    assert _cached(empty_cache, face) == wanted  # decoded from GBK, spaces left out
    assert drawn == len(wanted)
    roles = fonts.resolve(load_style(_style_path())).roles.values()
    for other in {role.faces[0] for role in roles}:  # what each role's face covers, read too
        assert list(empty_cache.glob(f"{other.path.stem}-{other.index}-*.sqlite")), other
    # a second time everything is found cached: nothing is drawn
    draws: list[set[int]] = []
    monkeypatch.setattr(
        store_module.GlyphStore, "_draw", lambda self, missing: draws.append(missing)
    )
    assert ahead.draw_ahead(_source(tmp_path), _style_path(), lambda: False) == len(wanted)
    assert draws == []


def test_drawing_stops_as_soon_as_the_report_has_come(empty_cache, tmp_path, monkeypatch):
    monkeypatch.setattr(ahead, "CHUNK", 10)
    looks = iter([False, False, True])
    drawn = ahead.draw_ahead(_source(tmp_path), _style_path(), lambda: next(looks))
    assert drawn == 20
    assert len(_cached(empty_cache, _body_face())) == 20
    assert ahead.draw_ahead(_source(tmp_path), _style_path(), lambda: True) == 0


def test_an_unreadable_input_or_an_unknown_character_is_left_to_the_build(empty_cache, tmp_path):
    assert ahead.draw_ahead(tmp_path / "missing.txt", _style_path(), lambda: False) == 0
    odd = tmp_path / "odd.txt"
    odd.write_text("预算\ue000\U0010fffd报告", encoding="utf-8")  # no face has the last two
    assert ahead.draw_ahead(odd, _style_path(), lambda: False) == 4


@pytest.mark.skipif(not hasattr(os, "fork"), reason="helpers need fork")
def test_a_helped_first_build_writes_the_bytes_of_a_warm_build(empty_cache, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1740873600")
    source = _source(tmp_path)
    formats = ("xml", "docx", "pdf", "epub")
    cold = Job(source, tmp_path / "cold", formats, _style_path(), force=True)
    result = build_one(cold, helper=overlap.Helper(cold, cold.style))
    assert result.status == "built", result.message
    assert _cached(empty_cache, _body_face())  # drawn by the worker or after the report came
    warm = Job(source, tmp_path / "warm", formats, _style_path(), force=True)
    assert build_one(warm).status == "built"
    for fmt in formats:
        assert cold.output(fmt).read_bytes() == warm.output(fmt).read_bytes(), fmt
