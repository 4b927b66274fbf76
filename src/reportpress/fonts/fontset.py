"""The fonts of a style: per font role a chain of faces, each loaded with just what a document needs.

Every role of a style lists family names tried in order (then its ``fallback``
role's).  The first face found serves the role; a character it lacks is taken
from the next face of the chain that has it, and a character no face has is an
error naming it, so a missing glyph never prints as a blank box.

For a document, :meth:`FontSet.prepare` registers with ReportLab, per face, a
small TrueType font of exactly the characters the document sets (from the
glyph cache of :mod:`reportpress.fonts.store`).  The same text therefore gives
the same font bytes whatever was built before in the process, and a batch
worker never holds more than a few documents' fonts.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from reportpress.characters import distinct
from reportpress.errors import RenderError
from reportpress.fonts.discovery import FontFile, bold_variant, find_face, installed_faces
from reportpress.fonts.store import FontFileError, store

log = logging.getLogger(__name__)

#: Fonts registered with ReportLab kept per process (older ones are unregistered).
KEEP_REGISTERED = 32


def coverage(face: FontFile) -> frozenset[int]:
    """The code points a face maps (from the font cache; the font is read once per machine).

    A damaged face maps nothing: its characters come from the next face of the chain.
    """
    try:
        return store(face).info().coverage
    except FontFileError as exc:
        _warn_damaged(face, exc)
        return frozenset()


_DAMAGED: set[FontFile] = set()


def _warn_damaged(face: FontFile, exc: FontFileError) -> None:
    """Say once per process that a font file is skipped, and why."""
    if face not in _DAMAGED:
        _DAMAGED.add(face)
        log.warning("skipping font file %s: damaged (%s)", face.path, exc)


@dataclass
class LoadedFace:
    """A face registered with ReportLab under :attr:`rl_name`, covering :attr:`covered`."""

    source: FontFile
    rl_name: str
    converted: bool  # its outlines were CFF, drawn as TrueType
    covered: frozenset[int]  # code points the registered font can draw
    _ttfont: object = field(default=None, repr=False)

    @property
    def has(self) -> frozenset[int]:
        """What the original face has (the truth for fallback decisions)."""
        return coverage(self.source)

    def width(self, char: str, size: float) -> float:
        return _char_width(self, char) * size / 1000

    @property
    def ascent(self) -> float:
        """Ascender in thousandths of the em, as ReportLab writes it to the PDF."""
        return self._ttfont.face.ascent  # type: ignore[attr-defined]

    @property
    def descent(self) -> float:
        return self._ttfont.face.descent  # type: ignore[attr-defined]

    def glyph_top(self, char: str) -> float:
        """Top of a glyph's outline in thousandths of the em (for placing page numbers)."""
        box = glyph_bounds(self.source, char)[char]  # a character is an iterable of one
        return box[3] if box else 0.0

    def ink_edges(self, chars: Iterable[str]) -> dict[str, tuple[float, float] | None]:
        """The left and right edges of each character's ink from its origin, in thousandths
        of the em (None: a glyph without ink): how close a pushed-in line may set two."""
        return {
            char: (box[0], box[2]) if box else None
            for char, box in glyph_bounds(self.source, chars).items()
        }


#: (path, index, character) → its glyph's outline box in thousandths of the em, or None.
_BOUNDS: dict[tuple, tuple[float, float, float, float] | None] = {}


def glyph_bounds(
    face: FontFile, chars: Iterable[str]
) -> dict[str, tuple[float, float, float, float] | None]:
    """Each character's glyph box (xMin, yMin, xMax, yMax) in thousandths of the em, or
    None for a glyph without contours; read once per face and character (from the glyph
    cache's records, several at a time) and remembered."""
    key = (face.path, face.index)
    chars = list(dict.fromkeys(chars))
    missing = [char for char in chars if (*key, char) not in _BOUNDS]
    if missing:
        cache = store(face)
        scale = 1000 / cache.info().header.units_per_em
        outlines = cache.outlines(map(ord, missing))
        for char in missing:
            outline = outlines.get(ord(char))
            box = outline.bounds if outline else None
            _BOUNDS[(*key, char)] = tuple(v * scale for v in box) if box else None
    return {char: _BOUNDS[(*key, char)] for char in chars}


_WIDTHS: dict[tuple, float] = {}


def _char_width(face: LoadedFace, char: str) -> float:
    """Advance width of one character in thousandths of the em (memoized per face)."""
    key = (face.source.path, face.source.index, char)
    width = _WIDTHS.get(key)
    if width is None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        width = _WIDTHS[key] = stringWidth(char, face.rl_name, 1000)
    return width


_LOCK = threading.RLock()
#: (path, index) → the face's current registration.
_LOADED: dict[tuple, LoadedFace] = {}
#: (path, index, covered, exact) → registration, the most recently used last.
_REGISTERED: OrderedDict[tuple, LoadedFace] = OrderedDict()
_COUNTER = [0]


def _face_key(face: FontFile) -> tuple:
    return (face.path, face.index)


def _register(face: FontFile, covered: frozenset[int], exact: bool) -> LoadedFace:
    """Assemble the face's font of exactly ``covered`` and hand it to ReportLab.

    A document's own font (``exact``) carries the face's PostScript name; one
    grown beyond it while the document is set gets a suffix naming its
    characters, so that the two never share a name in the PDF.
    """
    from io import BytesIO

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    cache = store(face)
    info = cache.info()
    suffix = "" if exact else "-" + hashlib.sha1(repr(sorted(covered)).encode()).hexdigest()[:6]
    data = cache.font(covered, suffix)
    _COUNTER[0] += 1
    ps = re.sub(r"[^A-Za-z0-9-]", "", face.family + "-" + face.style) or "font"
    rl_name = f"rp-{ps}-{face.index}-{_COUNTER[0]}"
    ttfont = TTFont(rl_name, BytesIO(data))
    pdfmetrics.registerFont(ttfont)
    # ReportLab maps a later font with the same PostScript name to the first one
    # registered; each document's font of a face must be itself.
    pdfmetrics._fonts[rl_name] = ttfont
    loaded = LoadedFace(face, rl_name, info.kind == "cff", covered, ttfont)
    _REGISTERED[(*_face_key(face), covered, exact)] = loaded
    current = {id(face) for face in _LOADED.values()} | {id(loaded)}
    for key in list(_REGISTERED)[: max(0, len(_REGISTERED) - KEEP_REGISTERED)]:
        if id(_REGISTERED[key]) not in current:  # a face's current font is never dropped
            _unregister(_REGISTERED.pop(key)._ttfont)
    return loaded


def _unregister(ttfont) -> None:
    """Forget a font in ReportLab's registries (its name, face and family mappings)."""
    from reportlab.lib import fonts as rl_fonts
    from reportlab.pdfbase import pdfmetrics

    name = ttfont.fontName
    pdfmetrics._fonts.pop(name, None)
    if pdfmetrics._dynFaceNames.get(ttfont.face.name) is ttfont:
        del pdfmetrics._dynFaceNames[ttfont.face.name]
    for bold in (0, 1):
        for italic in (0, 1):
            rl_fonts._tt2ps_map.pop((name.lower(), bold, italic), None)
    rl_fonts._ps2tt_map.pop(name.lower(), None)


def load_face(face: FontFile, needed: Iterable[int] = (), exact: bool = False) -> LoadedFace:
    """The face registered with ReportLab, covering ``needed`` (exactly, with ``exact``).

    Without ``exact`` the current registration serves if it covers ``needed``;
    otherwise a new one covers both.
    """
    key = _face_key(face)
    with _LOCK:
        info = store(face).info()
        if info.kind not in ("truetype", "cff"):
            raise RenderError(f"font {face.label()} has no outlines ReportLab can embed")
        wanted = frozenset(needed) & info.coverage
        current = _LOADED.get(key)
        if current is not None and (
            wanted == current.covered if exact else wanted <= current.covered
        ):
            return current
        if current is not None and not exact:
            wanted |= current.covered
        loaded = _REGISTERED.get((*key, wanted, exact))
        if loaded is None:
            loaded = _register(face, wanted, exact)
        else:
            _REGISTERED.move_to_end((*key, wanted, exact))
        _LOADED[key] = loaded
        return loaded


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
        if char.isspace() and point not in coverage(fonts.faces[0]):
            # Spaces carry no ink: the role's first face may advance over them.
            found = self._choice[key] = (fonts.faces[0], False)
            return found
        for position, (regular, real_bold) in enumerate(
            zip(fonts.faces, fonts.bold_faces, strict=True)
        ):
            if bold and real_bold is not None and point in coverage(real_bold):
                found = (real_bold, False)
            elif point in coverage(regular):
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
        """Load, per face, a font of exactly the characters the texts of one document need."""
        needs = self._needs(texts)
        for face in sorted(needs, key=lambda f: (str(f.path), f.index)):
            load_face(face, needs[face], exact=True)

    def _needs(self, texts: Mapping[tuple[str, bool], str]) -> dict[FontFile, set[int]]:
        """The code points each face must draw for these texts."""
        needs: dict[FontFile, set[int]] = {}
        for (font_role, bold), text in texts.items():
            for char in distinct(text):
                face, _ = self._choose(char, font_role, bold)
                needs.setdefault(face, set()).add(ord(char))
        return needs

    def faces_of(self, chars: Iterable[str], font_role: str) -> dict[FontFile, set[int]]:
        """The code points each face draws of these characters in a role (regular weight),
        the face drawing most first; spaces, and characters no face has, are left out."""
        found: dict[FontFile, set[int]] = {}
        for char in chars:
            if char.isspace():
                continue
            try:
                face, _ = self._choose(char, font_role, False)
            except RenderError:
                continue  # the build itself says which character, if the document sets it
            found.setdefault(face, set()).add(ord(char))
        return dict(sorted(found.items(), key=lambda item: -len(item[1])))

    def face_for(self, char: str, font_role: str, bold: bool = False) -> tuple[LoadedFace, bool]:
        key = (char, font_role, bold)
        found = self._loaded.get(key)
        # A remembered face stays right while it is the face's current registration:
        # prepare registers each document's own fonts, and a character outside them
        # registers a larger one; then every character of that face must move to it.
        if found is None or _LOADED.get(_face_key(found[0].source)) is not found[0]:
            face, fake_bold = self._choose(char, font_role, bold)
            found = self._loaded[key] = (load_face(face, (ord(char),)), fake_bold)
        return found

    def fonts_for(
        self, text: str, font_role: str, bold: bool = False
    ) -> list[tuple[str, LoadedFace, bool]]:
        """Split text into runs, each drawn by one face: ``(text, face, fake_bold)``."""
        for face, points in self._needs({(font_role, bold): text}).items():
            load_face(face, points)  # one registration for the whole text
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


def usable(face: FontFile, role: str) -> bool:
    """Whether a face can serve: readable, undamaged, with outlines ReportLab embeds."""
    try:
        kind = store(face).kind()
    except FontFileError as exc:
        _warn_damaged(face, exc)
        return False
    if kind not in ("truetype", "cff"):
        log.info("font role %s: %s has no usable outlines", role, face.label())
        return False
    return True


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
                if face not in chain and usable(face, name):
                    chain.append(face)
            if not chain:
                raise RenderError(
                    f"style {style.name}: no font installed for role {name!r} "
                    f"(tried {', '.join(patterns)}); install one or put it in fonts/"
                )
            bolds = [bold_variant(f, faces) for f in chain]
            bolds = [b if b is not None and usable(b, name) else None for b in bolds]
            roles[name] = RoleFonts(name, patterns, chain, bolds)
        fontset = FontSet(style.name, roles)
        for name, text in fontset.describe().items():
            log.info("font role %s: %s", name, text)
        _FONTSETS[key] = fontset
        return fontset
