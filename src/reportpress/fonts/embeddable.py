"""Fonts for other editions to embed (DOCX, EPUB), made from the glyph cache like the PDF's.

A document's font of a face is assembled from the cached TrueType glyphs of
exactly its characters (:meth:`~reportpress.fonts.store.GlyphStore.font`), so
embedding it costs no subsetting and no ReportLab, and its bytes depend on
the characters and the names asked for only, never on what else the process
built.  A face whose licence (OS/2 ``fsType``) forbids embedding a subset is
not embedded.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable

from reportpress.fonts.discovery import FontFile
from reportpress.fonts.store import store

log = logging.getLogger(__name__)

#: OS/2 fsType bits that forbid embedding a subset: restricted licence (0x2),
#: no subsetting (0x100), bitmap embedding only (0x200).
NO_SUBSET_EMBEDDING = 0x0002 | 0x0100 | 0x0200

_REFUSED: set[FontFile] = set()


def may_embed_subset(face: FontFile) -> bool:
    """Whether the face's licence allows embedding a subset of it (said once when not)."""
    header = store(face).info().header
    fs_type = int(dict(header.os2).get("fsType", 0)) if header else 0
    if fs_type & NO_SUBSET_EMBEDDING:
        if face not in _REFUSED:
            _REFUSED.add(face)
            log.warning("%s: its licence forbids embedding a subset; not embedded", face.path)
        return False
    return True


def family_names(family: str, bold: bool) -> dict[int, str]:
    """Name-table records (ID → text) under which a word processor finds a font as ``family``.

    The PostScript name must be ASCII: it is made from a digest of the family name.
    """
    subfamily = "Bold" if bold else "Regular"
    digest = hashlib.sha256(family.encode("utf-8")).hexdigest()[:12]
    postscript = f"reportpress-{digest}-{subfamily}"
    return {1: family, 2: subfamily, 3: postscript, 4: f"{family} {subfamily}", 6: postscript}


def subset_font(
    face: FontFile, points: Iterable[int], names: dict[int, str] | None = None
) -> bytes | None:
    """A TrueType font of the face's glyphs for ``points`` (those it has), optionally renamed;
    None when the face's licence forbids embedding a subset."""
    if not may_embed_subset(face):
        return None
    cache = store(face)
    covered = frozenset(points) & cache.info().coverage
    return cache.font(covered, names=names)
