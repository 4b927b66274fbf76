"""Fonts embedded in an edition file (EPUB, DOCX): the faces of each role cut to what they draw.

A face is embedded only as a subset, and only when its licence (the OS/2
``fsType`` bits) allows embedding a subset; otherwise it is left out with a warning
and readers fall back to the names the edition gives.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reportpress import __version__
from reportpress.styles import Style

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

log = logging.getLogger(__name__)

#: Subsets kept on disk (the fonts of the last few documents, some hundred kilobytes each).
KEEP_SUBSETS = 16


def subset_face(
    source: Path,
    index: int,
    points: set[int],
    rename: Callable[[TTFont], None] | None = None,
    renamed_as: str = "",
) -> tuple[bytes, str] | None:
    """The face cut down to ``points`` and its suffix (``otf``/``ttf``); None if its licence forbids it.

    ``rename`` may change the subset's names before it is written; ``renamed_as``
    says what it names the font, for the cache.  A subset made before for the same
    font file, characters and names is taken from the cache (rebuilding a document
    then costs no fontTools at all); the bytes are the same either way.
    """
    try:
        stat = source.stat()
    except OSError:
        stat = None
    key = hashlib.sha256(
        f"{__version__}\0{source.resolve()}\0{stat and (stat.st_size, stat.st_mtime_ns)}\0{index}"
        f"\0{renamed_as}\0{sorted(points)}".encode()
    ).hexdigest()[:32]
    cached = _cached_subset(key)
    if cached is not None:
        return cached
    made = _make_subset(source, index, points, rename)
    if made is not None and stat is not None:
        _keep_subset(key, *made)
    return made


def _subset_folder() -> Path:
    from reportpress.fonts import cache_dir

    return cache_dir() / "subsets"


def _cached_subset(key: str) -> tuple[bytes, str] | None:
    for suffix in ("ttf", "otf"):
        path = _subset_folder() / f"{key}.{suffix}"
        try:
            data = path.read_bytes()
        except OSError:
            continue
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longest
        return data, suffix
    return None


def _keep_subset(key: str, data: bytes, suffix: str) -> None:
    """Remember a subset under the cache folder, the last :data:`KEEP_SUBSETS` kept."""
    from reportpress.atomic import write_atomic

    folder = _subset_folder()
    try:
        write_atomic(folder / f"{key}.{suffix}", data)
        kept = sorted(
            (p for p in folder.iterdir() if p.suffix in (".ttf", ".otf")),
            key=lambda p: p.stat().st_mtime_ns,
        )
        for old in kept[:-KEEP_SUBSETS]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only or full cache: the subset is simply made again
        log.debug("subset not cached: %s", exc)


def _make_subset(
    source: Path, index: int, points: set[int], rename: Callable[[TTFont], None] | None
) -> tuple[bytes, str] | None:
    """Cut the face with fontTools.  Bounding boxes are kept from the whole face
    (recomputing them for a CFF face costs seconds)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    from reportpress.fonts.embeddable import NO_SUBSET_EMBEDDING

    font = TTFont(str(source), fontNumber=index, recalcTimestamp=False, recalcBBoxes=False)
    if "OS/2" in font and font["OS/2"].fsType & NO_SUBSET_EMBEDDING:
        log.warning("%s: its licence forbids embedding a subset; not embedded", source)
        return None
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    # Horizontal Chinese text needs none of the OpenType layout features, and reading
    # a CJK face's layout tables costs seconds; the vertical tables are not used either.
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(points))
    subsetter.subset(font)
    if rename is not None:
        rename(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue(), "otf" if "CFF " in font else "ttf"


def role_subsets(texts: dict[str, str], style: Style) -> dict[tuple[str, bool, int], set[int]]:
    """(font role, real bold cut, position in its chain) → the code points that face draws.

    Faces come from :mod:`reportpress.fonts` (the same resolution as the PDF);
    a character goes to the first face of its role's chain that has it.
    """
    from reportpress import fonts

    fontset = fonts.resolve(style)
    wanted: dict[tuple[str, bool, int], set[int]] = {}
    for role_name, text in texts.items():
        role = style.role(role_name)
        bold = style.is_bold(role_name)
        chain = fontset.roles[role.font]
        for char in set(text) - set(" \t\r\n"):
            for position, face in enumerate(chain.faces):
                real = chain.bold_faces[position] if bold else None
                use = real if real is not None else face
                if ord(char) in fonts.coverage(use):  # from the font cache, no cmap decoded
                    wanted.setdefault((role.font, real is not None, position), set()).add(ord(char))
                    break
    return wanted
