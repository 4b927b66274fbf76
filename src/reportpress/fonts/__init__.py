"""Font resolution: a style's font roles → faces, embedded with just the glyphs a document uses.

- :mod:`~reportpress.fonts.discovery` finds the installed faces and the one a
  family name asks for (a damaged font file is skipped with a warning);
- :mod:`~reportpress.fonts.store` caches on disk, per face, what it covers and
  every glyph drawn as TrueType so far (shared safely by parallel processes);
- :mod:`~reportpress.fonts.outlines` reads a face's glyphs through HarfBuzz
  (each face opened once per process) and draws them as TrueType (a first
  build in two processes when a CPU is idle);
- :mod:`~reportpress.fonts.glyf` makes a glyph's TrueType record (CFF curves
  made quadratic by cu2qu, TrueType glyphs copied unhinted);
- :mod:`~reportpress.fonts.sfnt` reads a face's table directory and writes a
  font file; :mod:`~reportpress.fonts.assembly` packs a document's small font
  from the cached records, without fontTools' tables;
- :mod:`~reportpress.fonts.fontset` serves the roles of a style, character by
  character, with fallback along each role's chain;
- :mod:`~reportpress.fonts.embeddable` makes the same small fonts for other
  editions to embed (renamed for the DOCX), without ReportLab.

API::

    fontset = resolve(style)                 # once per style per process
    fontset.prepare({("song", False): text}) # per document: its fonts, exactly its characters
    for text, face, fake_bold in fontset.fonts_for(text, "song", bold=False): ...
    fontset.describe()                       # {role: "Family Style (file#index)"}
    subset_font(face, points, family_names("黑体", bold=False))  # TrueType bytes, or None
"""

from reportpress.fonts.discovery import (
    BOLD,
    REGULAR,
    FontFile,
    bold_variant,
    find_face,
    installed_faces,
)
from reportpress.fonts.embeddable import family_names, may_embed_subset, subset_font
from reportpress.fonts.fontset import FontSet, LoadedFace, RoleFonts, coverage, load_face, resolve
from reportpress.fonts.glyf import Outline
from reportpress.fonts.store import FontFileError, cache_dir

__all__ = [
    "BOLD",
    "REGULAR",
    "FontFile",
    "FontFileError",
    "FontSet",
    "LoadedFace",
    "Outline",
    "RoleFonts",
    "bold_variant",
    "cache_dir",
    "coverage",
    "family_names",
    "find_face",
    "installed_faces",
    "load_face",
    "may_embed_subset",
    "resolve",
    "subset_font",
]
