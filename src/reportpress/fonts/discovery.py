"""Finding fonts: every face installed, and the one a family name (and style) asks for.

Faces are looked up in the folders a user adds (``$REPORTPRESS_FONT_DIRS``, then
a ``fonts/`` folder), through fontconfig (``fc-list``), and in the folders Windows
and macOS keep fonts in.  A file that cannot be read as a font is skipped with a
warning naming it, so one damaged file in a font folder never stops a build.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

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
    return dirs + [Path.cwd() / "fonts", Path(__file__).resolve().parents[3] / "fonts"]


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
    from fontTools.ttLib import TTCollection, TTFont

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
    except Exception as exc:  # noqa: BLE001 — any damage: skip the file, say which
        log.warning("skipping font file %s: not a readable font (%s)", path, exc)
        return []


_FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc"}


@cache
def installed_faces() -> tuple[FontFile, ...]:
    """All faces found: the user's folders, then fontconfig, then the OS folders."""
    faces: list[FontFile] = []
    seen: set[tuple] = set()

    def add(found: Iterable[FontFile]) -> None:
        for face in found:
            try:  # the same file reached twice (a link, two folders) is one face
                stat = face.path.stat()
                key: tuple = (stat.st_dev, stat.st_ino, face.index)
            except OSError:
                key = (face.path, face.index)
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


def _by_family(faces: tuple[FontFile, ...]) -> dict[str, list[FontFile]]:
    """Faces by folded family name (find_face runs for every candidate of every role)."""
    last = _FAMILY_INDEX.get("last")
    if last is not None and last[0] is faces:
        return last[1]
    index: dict[str, list[FontFile]] = {}
    for face in faces:
        for name in {_fold(n) for n in face.families}:
            index.setdefault(name, []).append(face)
    _FAMILY_INDEX["last"] = (faces, index)
    return index


#: The index of the last face list asked about (usually installed_faces()).
_FAMILY_INDEX: dict[str, tuple[tuple[FontFile, ...], dict[str, list[FontFile]]]] = {}


def find_face(pattern: str, faces: Iterable[FontFile] | None = None) -> FontFile | None:
    """``"Noto Serif CJK SC:Bold"`` → the face of that family and style, if installed.

    Without a style the face nearest to regular weight wins; upright faces are
    preferred to italic ones.  Family names match exactly (ignoring case and
    spaces), so ``LXGW WenKai`` never picks ``LXGW WenKai Mono``.
    """
    family, _, style = pattern.partition(":")
    style = style.removeprefix("style=")
    wanted = _fold(family)
    matches = list(
        _by_family(tuple(faces) if faces is not None else installed_faces()).get(wanted, ())
    )
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
