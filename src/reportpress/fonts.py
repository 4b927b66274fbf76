"""Font resolution: a style's font roles → real font files that ReportLab can embed.

Every role of a style lists family names tried in order (then its ``fallback``
role's).  They are looked up in a ``fonts/`` folder the user may add, through
fontconfig (``fc-list``), and in the folders Windows and macOS keep fonts in.
The first face found serves the role; a character it lacks is taken from the
next face of the chain that has it, and a character no face has is an error
naming it, so a missing glyph never prints as a blank box.

ReportLab embeds TrueType outlines only, while the free CJK faces (Noto CJK,
Source Han) ship CFF outlines.  Such a face is converted once with fontTools
(cubic → quadratic curves) for a base repertoire (GB 2312 plus common
punctuation and Latin) and whatever a document needs beyond it, and cached on
disk keyed by the file and its mtime.  Everything is also cached per process:
a batch builds many documents per worker and must not pay for fonts twice.

API::

    fontset = resolve(style)                 # once per style per process
    fontset.prepare({("song", False): text}) # optional: load/convert up front
    for text, face, fake_bold in fontset.fonts_for(text, "song", bold=False): ...
    fontset.describe()                       # {role: "Family Style (file#index)"}
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportpress.errors import RenderError

log = logging.getLogger(__name__)

#: Bumped when the conversion changes, so stale cache files are not reused.
CONVERTER_VERSION = 1

#: Weights in CSS units: what "regular" and "bold" aim for.
REGULAR, BOLD = 400, 700

#: fontconfig weight → CSS weight (fontconfig's own table, FcWeightToOpenType).
_FC_WEIGHTS = [
    (0, 100),
    (40, 200),
    (50, 300),
    (55, 350),
    (75, 380),
    (80, 400),
    (100, 500),
    (180, 600),
    (200, 700),
    (205, 800),
    (210, 900),
    (215, 950),
]


def _user_font_dirs() -> list[Path]:
    """Folders a user adds fonts to: ``$REPORTPRESS_FONT_DIRS``, then ``fonts/``."""
    dirs = [Path(p) for p in os.environ.get("REPORTPRESS_FONT_DIRS", "").split(os.pathsep) if p]
    return dirs + [Path.cwd() / "fonts", Path(__file__).resolve().parents[2] / "fonts"]


def _os_font_dirs() -> list[Path]:
    """The folders Windows and macOS keep fonts in (fontconfig covers the rest)."""
    dirs: list[Path] = []
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs += [windir / "Fonts"]
        if "LOCALAPPDATA" in os.environ:
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            home / "Library" / "Fonts",
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/System/Library/AssetsV2"),
        ]
    return dirs


def cache_dir() -> Path:
    """Where converted fonts are kept: ``$XDG_CACHE_HOME/reportpress/fonts``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportpress" / "fonts"


# ---- discovery -----------------------------------------------------------------------


@dataclass(frozen=True)
class FontFile:
    """One face inside a font file (a TTC/OTC holds several, by index)."""

    path: Path
    index: int
    families: tuple[str, ...]
    styles: tuple[str, ...]
    weight: int  # CSS units
    italic: bool

    @property
    def family(self) -> str:
        return self.families[0] if self.families else self.path.stem

    @property
    def style(self) -> str:
        return self.styles[0] if self.styles else ""

    def label(self) -> str:
        return f"{self.family} {self.style} ({self.path}#{self.index})".strip()


def _fold(name: str) -> str:
    return name.casefold().replace(" ", "")


def _fc_weight_to_css(fc: float) -> int:
    best = min(_FC_WEIGHTS, key=lambda pair: abs(pair[0] - fc))
    return best[1]


def _fc_list() -> list[FontFile]:
    """Every face fontconfig knows, in one call."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    fmt = "%{file}\t%{index}\t%{family}\t%{style}\t%{weight}\t%{slant}\n"
    try:
        out = subprocess.run(
            [exe, "--format", fmt], capture_output=True, text=True, timeout=60, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("fc-list failed: %s", exc)
        return []
    faces = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 6 or not parts[0]:
            continue
        path, index, families, styles, weight, slant = parts
        number = re.search(r"[\d.]+", weight)
        faces.append(
            FontFile(
                path=Path(path),
                index=int(index or 0),
                families=tuple(f for f in families.split(",") if f),
                styles=tuple(s for s in styles.split(",") if s),
                weight=_fc_weight_to_css(float(number.group())) if number else REGULAR,
                italic=slant not in ("", "0"),
            )
        )
    return faces


def _scan_file(path: Path) -> list[FontFile]:
    """Read family, style and weight from a font file's own tables."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            count = len(TTCollection(str(path), lazy=True).fonts)
        else:
            count = 1
        faces = []
        for index in range(count):
            font = TTFont(str(path), fontNumber=index, lazy=True)
            names = font["name"]
            families = []
            for name_id in (16, 1):
                for record in names.names:
                    if record.nameID == name_id:
                        try:
                            text = record.toUnicode()
                        except UnicodeDecodeError:
                            continue
                        if text not in families:
                            families.append(text)
            styles = []
            for name_id in (17, 2):
                for record in names.names:
                    if record.nameID == name_id and record.platformID == 3:
                        text = record.toUnicode()
                        if text not in styles:
                            styles.append(text)
            os2 = font.get("OS/2")
            faces.append(
                FontFile(
                    path=path,
                    index=index,
                    families=tuple(families),
                    styles=tuple(styles),
                    weight=os2.usWeightClass if os2 else REGULAR,
                    italic=bool(os2 and os2.fsSelection & 1),
                )
            )
        return faces
    except (TTLibError, OSError, KeyError, AssertionError, ValueError) as exc:
        log.debug("skipping %s: %s", path, exc)
        return []


_FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc"}


@cache
def installed_faces() -> tuple[FontFile, ...]:
    """All faces found: the user's folders, then fontconfig, then the OS folders."""
    faces: list[FontFile] = []
    seen: set[tuple[Path, int]] = set()

    def add(found: Iterable[FontFile]) -> None:
        for face in found:
            key = (face.path.resolve() if face.path.exists() else face.path, face.index)
            if key not in seen:
                seen.add(key)
                faces.append(face)

    def scan(folders: list[Path]) -> None:
        for folder in folders:
            if folder.is_dir():
                for path in sorted(folder.rglob("*")):
                    if path.suffix.lower() in _FONT_SUFFIXES:
                        add(_scan_file(path))

    scan(_user_font_dirs())
    add(_fc_list())
    scan(_os_font_dirs())
    return tuple(faces)


def find_face(pattern: str, faces: Iterable[FontFile] | None = None) -> FontFile | None:
    """``"Noto Serif CJK SC:Bold"`` → the face of that family and style, if installed.

    Without a style the face nearest to regular weight wins; upright faces are
    preferred to italic ones.  Family names match exactly (ignoring case and
    spaces), so ``LXGW WenKai`` never picks ``LXGW WenKai Mono``.
    """
    family, _, style = pattern.partition(":")
    style = style.removeprefix("style=")
    wanted = _fold(family)
    matches = [f for f in (faces or installed_faces()) if wanted in {_fold(n) for n in f.families}]
    if not matches:
        return None
    target = REGULAR
    if style:
        by_style = [f for f in matches if _fold(style) in {_fold(s) for s in f.styles}]
        if by_style:
            matches = by_style
        if "bold" in style.casefold():
            target = BOLD
        elif "black" in style.casefold() or "heavy" in style.casefold():
            target = 900
    matches.sort(key=lambda f: (f.italic, abs(f.weight - target), str(f.path), f.index))
    return matches[0]


def bold_variant(face: FontFile, faces: Iterable[FontFile] | None = None) -> FontFile | None:
    """The real bold face of a face's family, or None (then bold is synthesized)."""
    if face.weight >= 600:
        return face
    found = find_face(f"{face.family}:Bold", faces)
    if found is None or found.weight < 600 or found.italic != face.italic:
        return None
    return found


# ---- loading and conversion ------------------------------------------------------------


@cache
def _cmap(path: Path, index: int) -> frozenset[int]:
    """The code points a face maps (read from the original file)."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), fontNumber=index, lazy=True)
    return frozenset(font.getBestCmap() or {})


def _file_cmap(path: Path) -> frozenset[int]:
    """The cmap of a cache file, read afresh (another process may have rewritten it)."""
    return _cmap.__wrapped__(path, 0)


@cache
def _outline_kind(path: Path, index: int) -> str:
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), fontNumber=index, lazy=True)
    if "glyf" in font:
        return "truetype"
    if "CFF " in font:
        return "cff"
    return "other"  # CFF2 (variable) or bitmap-only: not usable


@cache
def base_repertoire() -> frozenset[int]:
    """What a converted font always covers: GB 2312, ASCII, Latin-1 and CJK punctuation."""
    points: set[int] = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    points |= set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    points |= set(range(0x2150, 0x2190)) | set(range(0x2460, 0x2500))
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                points.add(ord(bytes((high, low)).decode("gb2312")))
    return frozenset(points)


def _name(font, name_id: int) -> str:
    record = font["name"].getName(name_id, 3, 1, 0x409) or font["name"].getName(name_id, 1, 0, 0)
    return record.toUnicode() if record else ""


def convert_cff(path: Path, index: int, codepoints: Iterable[int]) -> bytes:
    """A TrueType-outline font holding the given characters of a CFF face.

    Only the needed glyphs are drawn (through cu2qu, max error 1 unit), which
    keeps a whole-repertoire conversion of a 65 000-glyph CJK face to seconds.
    """
    from io import BytesIO

    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont

    source = TTFont(str(path), fontNumber=index, lazy=True)
    cmap = source.getBestCmap()
    mapping = {cp: cmap[cp] for cp in sorted(set(codepoints)) if cp in cmap}
    order = [".notdef"] + sorted(
        {g for g in mapping.values() if g != ".notdef"}, key=source.getGlyphID
    )
    glyph_set = source.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    hmtx = source["hmtx"]
    builder = FontBuilder(source["head"].unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(mapping)
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({g: (hmtx[g][0], getattr(glyphs[g], "xMin", 0)) for g in order})
    hhea = source["hhea"]
    builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent, lineGap=hhea.lineGap)
    builder.setupNameTable(
        {
            "familyName": _name(source, 1),
            "styleName": _name(source, 2),
            "uniqueFontIdentifier": _name(source, 3),
            "fullName": _name(source, 4),
            "version": _name(source, 5),
            "psName": _name(source, 6),
        }
    )
    os2 = source["OS/2"]
    builder.setupOS2(
        sTypoAscender=os2.sTypoAscender,
        sTypoDescender=os2.sTypoDescender,
        sTypoLineGap=os2.sTypoLineGap,
        usWinAscent=os2.usWinAscent,
        usWinDescent=os2.usWinDescent,
        usWeightClass=os2.usWeightClass,
        fsType=os2.fsType,
        fsSelection=os2.fsSelection,
        achVendID=os2.achVendID,
        sxHeight=getattr(os2, "sxHeight", 0),
        sCapHeight=getattr(os2, "sCapHeight", 0),
        ulCodePageRange1=getattr(os2, "ulCodePageRange1", 0),
        ulCodePageRange2=getattr(os2, "ulCodePageRange2", 0),
    )
    post = source["post"]
    builder.setupPost(
        italicAngle=post.italicAngle,
        underlinePosition=post.underlinePosition,
        underlineThickness=post.underlineThickness,
    )
    head = builder.font["head"]
    head.created = head.modified = source["head"].modified
    head.macStyle = source["head"].macStyle
    out = BytesIO()
    builder.save(out)
    return out.getvalue()


def _cache_key(path: Path, index: int) -> str:
    stat = path.stat()
    raw = f"{path.resolve()}\0{stat.st_mtime_ns}\0{stat.st_size}\0{index}\0{CONVERTER_VERSION}"
    return f"{path.stem}-{index}-{hashlib.sha1(raw.encode()).hexdigest()[:12]}"


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class LoadedFace:
    """A face registered with ReportLab under :attr:`rl_name`."""

    source: FontFile
    rl_name: str
    embed_file: Path | None  # the TrueType file ReportLab reads (original or converted)
    embed_index: int
    converted: bool
    covered: frozenset[int]  # code points the embedded font can draw
    _ttfont: object = field(default=None, repr=False)

    @property
    def has(self) -> frozenset[int]:
        """What the original face has (the truth for fallback decisions)."""
        return _cmap(self.source.path, self.source.index)

    def width(self, char: str, size: float) -> float:
        return _char_width(self.rl_name, char) * size / 1000

    @property
    def ascent(self) -> float:
        """Ascender in thousandths of the em, as ReportLab writes it to the PDF."""
        return self._ttfont.face.ascent  # type: ignore[attr-defined]

    @property
    def descent(self) -> float:
        return self._ttfont.face.descent  # type: ignore[attr-defined]

    def glyph_top(self, char: str) -> float:
        """Top of a glyph's outline in thousandths of the em (for placing page numbers)."""
        return _glyph_top(self.embed_file, self.embed_index, char, self.source)


@cache
def _glyph_top(embed_file: Path | None, index: int, char: str, source: FontFile) -> float:
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.ttLib import TTFont

    font = TTFont(str(embed_file or source.path), fontNumber=index, lazy=True)
    name = font.getBestCmap().get(ord(char))
    if name is None:
        return 0.0
    glyph_set = font.getGlyphSet()
    pen = BoundsPen(glyph_set)
    glyph_set[name].draw(pen)
    scale = 1000 / font["head"].unitsPerEm
    return (pen.bounds[3] if pen.bounds else 0.0) * scale


_WIDTHS: dict[str, dict[str, float]] = {}


def _char_width(rl_name: str, char: str) -> float:
    """Advance width of one character in thousandths of the em (memoized)."""
    table = _WIDTHS.setdefault(rl_name, {})
    width = table.get(char)
    if width is None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        width = table[char] = stringWidth(char, rl_name, 1000)
    return width


_LOCK = threading.RLock()
#: (path, index) → the loaded face; one ReportLab font per face per process.
_LOADED: dict[tuple[Path, int], LoadedFace] = {}
_GENERATION: dict[tuple[Path, int], int] = {}


def _face_key(face: FontFile) -> tuple[Path, int]:
    return (face.path, face.index)


def _register(
    face: FontFile,
    data_or_path: Path | bytes,
    index: int,
    covered: frozenset[int],
    converted: bool,
) -> LoadedFace:
    """Hand a TrueType file (or bytes, when the cache is not writable) to ReportLab."""
    from io import BytesIO

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    key = _face_key(face)
    generation = _GENERATION.get(key, 0) + 1
    _GENERATION[key] = generation
    ps = re.sub(r"[^A-Za-z0-9-]", "", face.family + "-" + face.style) or "font"
    rl_name = f"rp-{ps}-{face.index}-{generation}"
    source = BytesIO(data_or_path) if isinstance(data_or_path, bytes) else str(data_or_path)
    ttfont = TTFont(rl_name, source, subfontIndex=index)
    pdfmetrics.registerFont(ttfont)
    if isinstance(data_or_path, bytes):
        covered = frozenset(ttfont.face.charToGlyph)
    loaded = LoadedFace(
        source=face,
        rl_name=rl_name,
        embed_file=None if isinstance(data_or_path, bytes) else data_or_path,
        embed_index=index,
        converted=converted,
        covered=frozenset(covered),
        _ttfont=ttfont,
    )
    _LOADED[key] = loaded
    return loaded


def load_face(face: FontFile, needed: Iterable[int] = ()) -> LoadedFace:
    """Register a face with ReportLab (converting CFF outlines), covering ``needed``.

    Loaded once per process; loaded again (a new ReportLab name) only when a
    document needs a character of a converted face outside what was converted.
    """
    key = _face_key(face)
    with _LOCK:
        has = _cmap(face.path, face.index)
        wanted = frozenset(needed) & has
        loaded = _LOADED.get(key)
        if loaded is not None and wanted <= loaded.covered:
            return loaded
        kind = _outline_kind(face.path, face.index)
        if kind == "truetype":
            return _register(face, face.path, face.index, has, converted=False)
        if kind != "cff":
            raise RenderError(f"font {face.label()} has no outlines ReportLab can embed")
        cached = cache_dir() / f"{_cache_key(face.path, face.index)}.ttf"
        covered: frozenset[int] = frozenset()
        if cached.is_file():
            try:
                covered = _file_cmap(cached)
            except Exception:  # a damaged cache file is rebuilt  # noqa: BLE001
                covered = frozenset()
        if covered and wanted <= covered:
            return _register(face, cached, 0, covered, converted=True)
        target = (base_repertoire() & has) | wanted | covered
        log.info(
            "converting %s to TrueType outlines (%d characters), cached in %s",
            face.label(),
            len(target),
            cached.parent,
        )
        data = convert_cff(face.path, face.index, target)
        try:
            _write_atomic(cached, data)
            return _register(face, cached, 0, _file_cmap(cached), converted=True)
        except OSError as exc:
            log.warning("cannot cache converted font in %s: %s", cached.parent, exc)
            return _register(face, data, 0, frozenset(), converted=True)


# ---- the font set of a style ---------------------------------------------------------------


@dataclass
class RoleFonts:
    """The faces that serve one font role, in the order they are tried."""

    role: str
    patterns: list[str]
    faces: list[FontFile]
    bold_faces: list[FontFile | None]


class FontSet:
    """The fonts of one style: per font role its faces, loaded on demand."""

    def __init__(self, style_name: str, roles: dict[str, RoleFonts]) -> None:
        self.style_name = style_name
        self.roles = roles
        self._choice: dict[tuple[str, bool, str], tuple[FontFile, bool]] = {}
        # face_for runs once per character typeset (tens of thousands per document),
        # so its answer is kept per (character, role, bold); see face_for.
        self._loaded: dict[tuple[str, str, bool], tuple[LoadedFace, bool]] = {}
        self._fallback_logged: set[tuple[str, bool, str]] = set()

    def primary(self, font_role: str, bold: bool = False) -> FontFile:
        fonts = self._role(font_role)
        if bold and fonts.bold_faces[0] is not None:
            return fonts.bold_faces[0]
        return fonts.faces[0]

    def _role(self, font_role: str) -> RoleFonts:
        try:
            return self.roles[font_role]
        except KeyError:
            raise RenderError(f"style {self.style_name}: no font role {font_role!r}") from None

    def _choose(self, char: str, font_role: str, bold: bool) -> tuple[FontFile, bool]:
        """The face drawing ``char`` in a role, and whether bold must be synthesized."""
        key = (font_role, bold, char)
        found = self._choice.get(key)
        if found is not None:
            return found
        fonts = self._role(font_role)
        point = ord(char)
        if char.isspace() and point not in _cmap(fonts.faces[0].path, fonts.faces[0].index):
            # Spaces carry no ink: the role's first face may advance over them.
            found = self._choice[key] = (fonts.faces[0], False)
            return found
        for position, (regular, real_bold) in enumerate(
            zip(fonts.faces, fonts.bold_faces, strict=True)
        ):
            if bold and real_bold is not None and point in _cmap(real_bold.path, real_bold.index):
                found = (real_bold, False)
            elif point in _cmap(regular.path, regular.index):
                found = (regular, bold and regular.weight < 600)
            else:
                continue
            if position and (font_role, bold, found[0].label()) not in self._fallback_logged:
                self._fallback_logged.add((font_role, bold, found[0].label()))
                log.info(
                    "font role %s: %r and others not in %s, taken from %s",
                    font_role,
                    char,
                    fonts.faces[0].family,
                    found[0].label(),
                )
            self._choice[key] = found
            return found
        tried = ", ".join(f.family for f in fonts.faces)
        raise RenderError(
            f"no font for the character {char!r} (U+{point:04X}) in font role "
            f"{font_role!r} (tried {tried}); add a font that has it to fonts/"
        )

    def prepare(self, texts: Mapping[tuple[str, bool], str]) -> None:
        """Load every face the texts need, converting once for all their characters."""
        needs: dict[FontFile, set[int]] = {}
        for (font_role, bold), text in texts.items():
            for char in set(text):
                face, _ = self._choose(char, font_role, bold)
                needs.setdefault(face, set()).add(ord(char))
        for face in sorted(needs, key=lambda f: (str(f.path), f.index)):
            load_face(face, needs[face])

    def face_for(self, char: str, font_role: str, bold: bool = False) -> tuple[LoadedFace, bool]:
        key = (char, font_role, bold)
        found = self._loaded.get(key)
        # A remembered face stays right while it is the face's current registration:
        # load_face registers a face anew (for characters beyond those converted),
        # and then every character of that face must move to the new one.
        if found is None or _LOADED.get(_face_key(found[0].source)) is not found[0]:
            face, fake_bold = self._choose(char, font_role, bold)
            found = self._loaded[key] = (load_face(face, (ord(char),)), fake_bold)
        return found

    def fonts_for(
        self, text: str, font_role: str, bold: bool = False
    ) -> list[tuple[str, LoadedFace, bool]]:
        """Split text into runs, each drawn by one face: ``(text, face, fake_bold)``."""
        runs: list[tuple[str, LoadedFace, bool]] = []
        for char in text:
            face, fake_bold = self.face_for(char, font_role, bold)
            if runs and runs[-1][1] is face and runs[-1][2] == fake_bold:
                runs[-1] = (runs[-1][0] + char, face, fake_bold)
            else:
                runs.append((char, face, fake_bold))
        return runs

    def describe(self) -> dict[str, str]:
        """Which face serves each font role (and its bold), for logs and reports."""
        out = {}
        for name, fonts in self.roles.items():
            bold = fonts.bold_faces[0]
            text = fonts.faces[0].label()
            text += f"; bold: {bold.family} {bold.style}" if bold else "; bold: synthesized"
            if len(fonts.faces) > 1:
                text += "; then " + ", ".join(f.family for f in fonts.faces[1:])
            out[name] = text
        return out


_FONTSETS: dict[tuple, FontSet] = {}


def resolve(style) -> FontSet:
    """The font set of a style (cached per process); logs which face serves each role."""
    key = (style.name, tuple((k, tuple(style.font_chain(k))) for k in sorted(style.fonts)))
    with _LOCK:
        found = _FONTSETS.get(key)
        if found is not None:
            return found
        faces = installed_faces()
        roles: dict[str, RoleFonts] = {}
        for name in style.fonts:
            patterns = style.font_chain(name)
            chain: list[FontFile] = []
            for pattern in patterns:
                face = find_face(pattern, faces)
                if face is None:
                    log.debug("font role %s: %s not installed", name, pattern)
                    continue
                if _outline_kind(face.path, face.index) not in ("truetype", "cff"):
                    log.info("font role %s: %s has no usable outlines", name, face.label())
                    continue
                if face not in chain:
                    chain.append(face)
            if not chain:
                raise RenderError(
                    f"style {style.name}: no font installed for role {name!r} "
                    f"(tried {', '.join(patterns)}); install one or put it in fonts/"
                )
            roles[name] = RoleFonts(name, patterns, chain, [bold_variant(f, faces) for f in chain])
        fontset = FontSet(style.name, roles)
        for name, text in fontset.describe().items():
            log.info("font role %s: %s", name, text)
        _FONTSETS[key] = fontset
        return fontset
