"""The font resolver: finding faces, per-character fallback, glyphs drawn by need and cached."""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sqlite3
import struct
from collections import OrderedDict
from io import BytesIO
from pathlib import Path

import pytest

from reportpress import fonts
from reportpress.errors import RenderError
from reportpress.fonts import fontset as fontset_module
from reportpress.fonts import outlines as outlines_module
from reportpress.fonts import store as store_module
from reportpress.fonts.assembly import assemble
from reportpress.fonts.outlines import FaceGlyphs
from reportpress.fonts.sfnt import FaceTables


def _face(pattern: str) -> fonts.FontFile:
    face = fonts.find_face(pattern)
    if face is None:
        pytest.skip(f"{pattern} is not installed")
    return face


def test_every_role_of_both_styles_resolves_and_is_logged(any_style, caplog):
    fontset_module._FONTSETS.clear()
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


@pytest.mark.parametrize(("char", "code"), [("\ue000", "U+E000"), ("\U0010fffd", "U+10FFFD")])
def test_a_character_no_face_has_is_an_error_naming_it(char, code):
    fontset = _fontset("AR PL SungtiL GB")
    with pytest.raises(RenderError, match=code.replace("+", r"\+")):
        fontset.fonts_for(f"正文{char}", "test")


def test_bold_without_a_bold_face_is_synthesized():
    fontset = _fontset("WenQuanYi Zen Hei")
    [(_, _, fake_bold)] = fontset.fonts_for("加粗", "test", bold=True)
    assert fake_bold


def test_bold_uses_the_real_bold_face_when_there_is_one():
    fontset = _fontset("Noto Serif CJK SC")
    [(_, face, fake_bold)] = fontset.fonts_for("加粗", "test", bold=True)
    assert not fake_bold and face.source.weight == 700


def test_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert fonts.cache_dir() == tmp_path / "reportpress" / "fonts"


def test_user_fonts_folder_comes_first(monkeypatch, tmp_path):
    monkeypatch.setenv("REPORTPRESS_FONT_DIRS", str(tmp_path))
    from reportpress.fonts.discovery import _user_font_dirs

    assert _user_font_dirs()[0] == tmp_path


# ---- glyphs by need, the cache ------------------------------------------------------------


@pytest.fixture
def empty_cache(monkeypatch, tmp_path) -> Path:
    """A fresh font cache, as on a new machine."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "reportpress" / "fonts"


def _cached_points(folder: Path, face: fonts.FontFile) -> set[int]:
    [path] = [p for p in folder.glob(f"{face.path.stem}-{face.index}-*.sqlite")]
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT point FROM glyphs")}


def test_cff_glyphs_are_drawn_as_truetype_that_reportlab_embeds(empty_cache):
    from fontTools.ttLib import TTFont
    from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont

    face = _face("Noto Sans CJK SC")
    cache = store_module.store(face)
    assert cache.info().kind == "cff"
    data = assemble(cache.info().header, cache.outlines(map(ord, "黑体字ABC123，。")))
    built = TTFont(BytesIO(data))
    assert "glyf" in built and "CFF " not in built
    assert set(built.getBestCmap()) == set(map(ord, "黑体字ABC123，。"))
    assert ReportLabFont("rp-test-drawn", BytesIO(data)).face.name


@pytest.mark.parametrize("family", ["Noto Serif CJK SC", "Noto Sans CJK SC", "LXGW WenKai"])
def test_the_dash_is_the_chinese_full_width_one_inked_across_its_cell(empty_cache, family):
    """Noto CJK maps ``—`` to a 0.89 em dash unless the text is Chinese (``locl``); the
    Chinese one is a full em, and its ink is drawn across the whole of it so that
    ``——`` reads as one line.  Other characters keep their glyphs as the face has them."""
    from fontTools.ttLib import TTFont

    face = _face(family)
    cache = store_module.store(face)
    outlines = cache.outlines(map(ord, "——一中"))
    units = cache.info().header.units_per_em
    dash = outlines[ord("—")]
    assert dash.advance == units
    left, _, right, _ = dash.bounds
    assert (left, right) == pytest.approx((0, units), abs=1)
    # The ideograph 一 (a bar too) keeps its own side bearings.
    one_left, _, one_right, _ = outlines[ord("一")].bounds
    assert one_left > 10 and one_right < units - 10
    built = TTFont(BytesIO(assemble(cache.info().header, outlines)))
    assert built["hmtx"][built.getBestCmap()[ord("—")]][0] == units


def test_only_the_characters_a_document_uses_are_drawn_and_cached(empty_cache):
    fontset = _fontset("Noto Serif CJK SC")
    text = "区县财政预算执行情况"
    fontset.prepare({("test", False): text})
    [(_, face, _)] = fontset.fonts_for(text, "test")
    assert face.covered == set(map(ord, text))
    assert _cached_points(empty_cache, face.source) == set(map(ord, text))
    size = sum(p.stat().st_size for p in empty_cache.iterdir())
    # the file with its write-ahead log; a whole CJK face converted would be megabytes
    assert size < 200_000, size


def test_a_later_process_draws_nothing_and_opens_no_font_file(empty_cache, monkeypatch):
    text = "镇街道办事处年度决算"
    _fontset("Noto Serif CJK SC").prepare({("test", False): text})

    # A new process: nothing in memory, and fontTools must not be needed at all.
    monkeypatch.setattr(store_module, "_STORES", {})
    monkeypatch.setattr(fontset_module, "_LOADED", {})
    monkeypatch.setattr(fontset_module, "_REGISTERED", OrderedDict())

    def no_font_file(*args, **kwargs):
        raise AssertionError("a font file was opened")

    monkeypatch.setattr(FaceTables, "__init__", no_font_file)
    monkeypatch.setattr(FaceGlyphs, "__init__", no_font_file)  # nor HarfBuzz
    monkeypatch.setattr(store_module, "assemble", no_font_file)  # the document's font is kept too
    fontset = _fontset("Noto Serif CJK SC")
    fontset.prepare({("test", False): text})
    [(_, face, _)] = fontset.fonts_for(text, "test")
    assert face.covered == set(map(ord, text))
    assert ord("镇") in face.has  # the cmap comes from the cache
    assert 500 < face.glyph_top("决") < 1000  # and glyph tops from the cached outlines


def test_each_document_gets_exactly_its_own_glyphs_whatever_came_before(empty_cache):
    fontset = _fontset("Noto Serif CJK SC")
    fontset.prepare({("test", False): "乡镇人民代表大会报告"})
    fontset.prepare({("test", False): "人民代表、委员"})
    [(_, face, _)] = fontset.fonts_for("人民代表、委员", "test")
    assert face.covered == set(map(ord, "人民代表、委员"))
    # its own font, not the first one of the same face that ReportLab saw
    assert face.width("委", 10) == face.width("、", 10) == 10
    cache = store_module.store(face.source)
    outlines = cache.outlines(map(ord, "人民代表、委员"))
    assert assemble(cache.info().header, outlines) == assemble(cache.info().header, outlines)


def test_only_the_last_documents_fonts_are_kept(empty_cache):
    fontset = _fontset("Noto Serif CJK SC")
    texts = [f"{month}月份" for month in "一二三四五六七八九十"[: store_module.KEEP_FONTS + 2]]
    for text in texts:
        fontset.prepare({("test", False): text})
    [path] = list(empty_cache.glob("NotoSerifCJK-Regular-*.sqlite"))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM fonts").fetchone()[0] == store_module.KEEP_FONTS


def test_a_character_beyond_the_prepared_ones_is_added(empty_cache):
    fontset = _fontset("Noto Serif CJK SC")
    fontset.prepare({("test", False): "预算"})
    [(_, face, _)] = fontset.fonts_for("决", "test")
    assert {ord("预"), ord("算"), ord("决")} <= face.covered
    assert fontset.fonts_for("预", "test")[0][1] is face


def _draw_in_a_worker(args: tuple[str, str, str]) -> int:
    """Draw glyphs of a face in a fresh process; the number of glyphs this process drew."""
    cache_home, pattern, text = args
    os.environ["XDG_CACHE_HOME"] = cache_home
    store_module._STORES.clear()
    drawn = []
    original = FaceGlyphs.draw

    def counting(self, points):
        found = original(self, points)
        drawn.append(len(found))
        return found

    FaceGlyphs.draw = counting  # a forked process: the parent's class is untouched
    _BARRIER.wait()
    store_module.store(fonts.find_face(pattern)).outlines(map(ord, text))
    return sum(drawn)


_BARRIER = multiprocessing.get_context("fork").Barrier(2)


def test_parallel_workers_on_an_empty_cache_draw_each_glyph_once(empty_cache):
    face = _face("Noto Sans CJK SC")
    text = "全区一般公共预算收入完成情况良好"
    store_module.store(face).info()  # the cmap is read once, as resolve() does before the pool
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        counts = pool.map(
            _draw_in_a_worker, [(os.environ["XDG_CACHE_HOME"], "Noto Sans CJK SC", text)] * 2
        )
    assert sorted(counts) == [0, len(set(text))]


# ---- a first build: each face opened once, each glyph drawn once (issue 11) --------------------


def _new_process(monkeypatch) -> None:
    """Nothing in memory, as in a process of its own (not the fonts earlier tests registered)."""
    monkeypatch.setattr(store_module, "_STORES", {})
    monkeypatch.setattr(fontset_module, "_LOADED", {})
    monkeypatch.setattr(fontset_module, "_REGISTERED", OrderedDict())
    monkeypatch.setattr(fontset_module, "_FONTSETS", {})


_FIRST = "营商环境持续优化，新增各类市场主体"
_SECOND = "市场主体活力增强；新登记企业三千余户"


def test_a_cold_process_opens_each_face_once_and_draws_each_glyph_once(empty_cache, monkeypatch):
    face = _face("Noto Serif CJK SC")
    opened, drawn = [], []
    original_init, original_drawn = FaceGlyphs.__init__, FaceGlyphs._drawn

    def counting_init(self, path, index, font=None):
        opened.append((path, index))
        original_init(self, path, index, font)

    def counting_drawn(self, glyph):
        drawn.append(glyph)
        return original_drawn(self, glyph)

    monkeypatch.setattr(FaceGlyphs, "__init__", counting_init)
    monkeypatch.setattr(FaceGlyphs, "_drawn", counting_drawn)
    monkeypatch.setattr(outlines_module, "spare_cpus", lambda: 0)  # every glyph drawn here
    _new_process(monkeypatch)
    fontset = _fontset("Noto Serif CJK SC")
    fontset.prepare({("test", False): _FIRST})  # the PDF of one document
    fontset.fonts_for(_SECOND, "test")  # characters beyond it
    fontset.prepare({("test", False): _SECOND})  # the next document
    fonts.load_face(face, map(ord, _FIRST + _SECOND))  # the DOCX asking for both
    assert opened == [(face.path, face.index)]
    assert sorted(drawn) == sorted(set(drawn))
    assert len(drawn) == len(set(_FIRST + _SECOND))


def _shared_draw(monkeypatch, points: list[int], copies: int) -> tuple[dict, dict, list[int]]:
    """Outlines drawn in one process, then shared with copies; and the glyphs this process drew."""
    face = _face("Noto Sans CJK SC")
    monkeypatch.setattr(outlines_module, "spare_cpus", lambda: 0)
    alone = FaceGlyphs(face.path, face.index).draw(points)
    monkeypatch.setattr(outlines_module, "SPLIT_AT", 5)
    monkeypatch.setattr(outlines_module, "spare_cpus", lambda: copies)
    here: list[int] = []
    original = FaceGlyphs._drawn

    def counting(self, glyph):
        here.append(glyph)  # in a copy, its own list: not seen here
        return original(self, glyph)

    monkeypatch.setattr(FaceGlyphs, "_drawn", counting)
    return alone, FaceGlyphs(face.path, face.index).draw(points), here


@pytest.mark.parametrize("copies", [1, 3])
def test_many_glyphs_are_shared_with_copies_of_the_process_to_the_same_bytes(monkeypatch, copies):
    points = sorted(set(map(ord, _FIRST + _SECOND)))
    alone, shared, here = _shared_draw(monkeypatch, points, copies)
    assert shared == alone and list(shared) == points
    assert len(here) == len(points) // (copies + 1)  # this process drew its share only


def test_no_copy_is_made_without_an_idle_cpu(monkeypatch):
    def no_fork():
        raise AssertionError("a copy was made with every CPU busy")

    monkeypatch.setattr(outlines_module.os, "fork", no_fork)
    points = sorted(set(map(ord, _FIRST + _SECOND)))
    alone, shared, here = _shared_draw(monkeypatch, points, 0)
    assert shared == alone and len(here) == len(points)


def test_a_copy_that_fails_leaves_its_share_to_this_process(monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("no room")  # only the copies write their outlines

    monkeypatch.setattr(pickle, "dump", broken)
    points = sorted(set(map(ord, _FIRST + _SECOND)))
    alone, shared, here = _shared_draw(monkeypatch, points, 2)
    assert shared == alone
    assert len(here) == len(points)


def test_a_cold_build_drawn_in_two_processes_gives_the_warm_builds_pdf(
    empty_cache, monkeypatch, sample_report, gbt_style
):
    import copy

    from reportpress.editions.pdf import edition as pdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1724284800")
    monkeypatch.setattr(outlines_module, "SPLIT_AT", 50)
    monkeypatch.setattr(outlines_module, "spare_cpus", lambda: 1)

    _new_process(monkeypatch)
    cold = pdf.write(copy.deepcopy(sample_report), gbt_style)
    _new_process(monkeypatch)  # a later one, on the cache the first one filled
    monkeypatch.setattr(FaceGlyphs, "draw", None)  # everything comes from the cache
    assert pdf.write(copy.deepcopy(sample_report), gbt_style) == cold


def _killed_while_drawing(cache_home: str, pattern: str, text: str) -> None:
    """A fresh process that dies (as ``kill -9`` would) halfway through drawing."""
    os.environ["XDG_CACHE_HOME"] = cache_home
    store_module._STORES.clear()
    original = FaceGlyphs.draw

    def dying(self, points):
        original(self, list(points)[: len(points) // 2])
        os._exit(9)

    FaceGlyphs.draw = dying
    store_module.store(fonts.find_face(pattern)).outlines(map(ord, text))


def test_a_process_killed_while_drawing_leaves_none_of_its_glyphs(empty_cache):
    face = _face("Noto Sans CJK SC")
    text = "决算草案审查意见落实情况"
    store_module.store(face).info()
    context = multiprocessing.get_context("fork")
    worker = context.Process(
        target=_killed_while_drawing, args=(os.environ["XDG_CACHE_HOME"], face.family, text)
    )
    worker.start()
    worker.join()
    assert worker.exitcode == 9
    assert _cached_points(empty_cache, face) == set()  # nothing half-written is trusted
    store_module._STORES.clear()
    assert set(store_module.store(face).outlines(map(ord, text))) == set(map(ord, text))
    assert _cached_points(empty_cache, face) == set(map(ord, text))


def test_an_unwritable_cache_warns_and_works_in_memory(monkeypatch, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    fontset = _fontset("Noto Sans CJK SC")
    with caplog.at_level(logging.WARNING):
        fontset.prepare({("test", False): "社会事业"})
        [(_, face, _)] = fontset.fonts_for("社会事业", "test")
    assert face.covered == set(map(ord, "社会事业"))
    assert "font cache" in caplog.text and "in memory" in caplog.text


# ---- damaged font files (issue 12) ------------------------------------------------------------


def _tiny_font(family: str, text: str, fs_type: int = 0) -> bytes:
    """A valid TrueType font of ``family`` drawing every character of ``text`` as a box
    (``fs_type``: its embedding licence)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef", *(f"g{ord(c):X}" for c in text)]
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 800))
        pen.lineTo((900, 800))
        pen.lineTo((900, 0))
        pen.closePath()
        glyphs[name] = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"g{ord(c):X}" for c in text})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({n: (1000, 100) for n in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(fsType=fs_type)
    builder.setupPost()
    out = BytesIO()
    builder.save(out)
    return out.getvalue()


def _table_entry(data: bytes, tag: bytes) -> int:
    """Where a table's directory entry starts in a font file."""
    count = struct.unpack(">H", data[4:6])[0]
    for at in range(12, 12 + 16 * count, 16):
        if data[at : at + 4] == tag:
            return at
    raise KeyError(tag)


def _truncated(data: bytes) -> bytes:
    """The file cut short: its glyph table runs past the end (a download that broke off)."""
    at = _table_entry(data, b"glyf")
    offset, length = struct.unpack(">II", data[at + 8 : at + 16])
    return data[: offset + length // 2]


def _glyphs_past_the_end(data: bytes) -> bytes:
    """Names intact, but the glyph table said to run past the end of the file."""
    at = _table_entry(data, b"glyf")
    return data[: at + 12] + struct.pack(">I", len(data)) + data[at + 16 :]


def _scrambled_cmap(data: bytes) -> bytes:
    """The character map overwritten with garbage, the file's length unchanged."""
    at = _table_entry(data, b"cmap")
    offset, length = struct.unpack(">II", data[at + 8 : at + 16])
    return data[:offset] + b"\xff" * length + data[offset + length :]


class _OneRoleStyle:
    """The little of a style that resolve() reads: one role and its candidates."""

    def __init__(self, *candidates: str) -> None:
        self.name = "damaged-test"
        self.fonts = {"body": None}
        self._candidates = list(candidates)

    def font_chain(self, role: str) -> list[str]:
        return self._candidates


@pytest.fixture
def font_folder(monkeypatch, tmp_path, empty_cache) -> Path:
    folder = tmp_path / "user-fonts"
    folder.mkdir()
    monkeypatch.setenv("REPORTPRESS_FONT_DIRS", str(folder))
    fonts.installed_faces.cache_clear()
    yield folder
    fonts.installed_faces.cache_clear()


def test_a_file_that_is_not_a_font_is_skipped_with_a_warning(font_folder, caplog):
    (font_folder / "仿宋_GB2312.ttf").write_bytes(b"\x00\x01\x00\x00" + os.urandom(3000))
    (font_folder / "empty.otf").write_bytes(b"")
    with caplog.at_level(logging.WARNING):
        _face("Noto Serif CJK SC")
        fontset = fonts.resolve(_OneRoleStyle("仿宋_GB2312", "Noto Serif CJK SC"))
    assert fontset.roles["body"].faces[0].family == "Noto Serif CJK SC"
    assert "仿宋_GB2312.ttf" in caplog.text and "empty.otf" in caplog.text


@pytest.mark.parametrize("damage", [_truncated, _glyphs_past_the_end, _scrambled_cmap])
def test_a_damaged_font_falls_back_to_the_next_candidate(font_folder, caplog, damage):
    family = f"Damaged Test Song {damage.__name__}"
    path = font_folder / "damaged.ttf"
    path.write_bytes(damage(_tiny_font(family, "预算报告")))
    with caplog.at_level(logging.WARNING):
        _face("Noto Serif CJK SC")
        fontset = fonts.resolve(_OneRoleStyle(family, "Noto Serif CJK SC"))
        fontset.prepare({("body", False): "预算报告"})
        runs = fontset.fonts_for("预算报告", "body")
    assert [face.source.family for _, face, _ in runs] == ["Noto Serif CJK SC"]
    assert str(path) in caplog.text
    # a file cut short loses its names and is skipped when found; the others are
    # found by family name and refused when first read
    found = any(f.family == family for f in fonts.installed_faces())
    assert found == (damage is not _truncated)


def test_an_undamaged_user_font_is_used(font_folder):
    family = "Intact Test Song"
    (font_folder / "intact.ttf").write_bytes(_tiny_font(family, "预算报告"))
    fontset = fonts.resolve(_OneRoleStyle(family, "Noto Serif CJK SC"))
    fontset.prepare({("body", False): "预算"})
    [(_, face, _)] = fontset.fonts_for("预算", "body")
    assert face.source.family == family and not face.converted


# ---- fonts other editions embed, from the glyph cache (issue 11) --------------------------------


def _tiny_face(tmp_path: Path, family: str, text: str, fs_type: int = 0) -> fonts.FontFile:
    path = tmp_path / f"{family.replace(' ', '')}.ttf"
    path.write_bytes(_tiny_font(family, text, fs_type))
    return fonts.FontFile(path, 0, (family,), ("Regular",), 400, False)


def _names(data: bytes) -> dict[tuple[int, int], str]:
    from fontTools.ttLib import TTFont

    return {(n.nameID, n.langID): n.toUnicode() for n in TTFont(BytesIO(data))["name"].names}


def test_a_renamed_subset_has_exactly_the_characters_under_the_official_name(empty_cache, tmp_path):
    from fontTools.ttLib import TTFont

    face = _tiny_face(tmp_path, "Box Kai", "决算草案审议")
    data = fonts.subset_font(face, map(ord, "审议草案 X"), fonts.family_names("楷体_GB2312", True))
    assert data is not None
    font = TTFont(BytesIO(data))
    assert set(font.getBestCmap()) == set(map(ord, "审议草案"))  # those the face has
    names = _names(data)
    for language in (0x0409, 0x0804):  # English and Simplified Chinese records
        assert names[1, language] == "楷体_GB2312" and names[2, language] == "Bold"
        assert names[6, language].isascii() and names[6, language].endswith("-Bold")
    assert "Box Kai" not in names.values()
    # the face's own font of the same characters keeps its own names
    own = fonts.subset_font(face, map(ord, "审议草案"))
    assert own is not None and _names(own)[1, 0x0409] == "Box Kai"


def test_a_face_whose_licence_forbids_subsets_is_not_embedded(empty_cache, tmp_path, caplog):
    allowed = _tiny_face(tmp_path, "Box Installable", "预算", fs_type=0x0008)  # editable embedding
    assert fonts.subset_font(allowed, map(ord, "预算")) is not None
    for fs_type in (0x0002, 0x0100, 0x0200):
        face = _tiny_face(tmp_path, f"Box Restricted {fs_type}", "预算", fs_type=fs_type)
        with caplog.at_level(logging.WARNING):
            assert (
                fonts.subset_font(face, map(ord, "预算"), fonts.family_names("黑体", False)) is None
            )
        assert str(face.path) in caplog.text and "licence" in caplog.text


def test_a_renamed_subset_made_once_needs_no_font_assembly_again(
    empty_cache, tmp_path, monkeypatch
):
    face = _tiny_face(tmp_path, "Box Song", "执行情况报告")
    names = fonts.family_names("方正小标宋简体", False)
    first = fonts.subset_font(face, map(ord, "执行情况"), names)

    def no_assembly(*args, **kwargs):
        raise AssertionError("assembled again although cached")

    monkeypatch.setattr("reportpress.fonts.store.assemble", no_assembly)
    assert fonts.subset_font(face, map(ord, "情况执行"), names) == first
    with pytest.raises(AssertionError, match="assembled again"):  # other names: made anew
        fonts.subset_font(face, map(ord, "执行情况"), fonts.family_names("黑体", False))
