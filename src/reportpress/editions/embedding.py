"""Fonts embedded in an edition file (EPUB): which face of each role draws which characters.

The fonts themselves come from :func:`reportpress.fonts.subset_font` (the glyph
cache's TrueType font of exactly those characters; a face whose licence, the
OS/2 ``fsType`` bits, forbids embedding a subset is left out with a warning and
readers fall back to the names the edition gives).
"""

from __future__ import annotations

from reportpress.characters import distinct
from reportpress.styles import Style


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
        for char in distinct(text) - set(" \t\r\n"):
            for position, face in enumerate(chain.faces):
                real = chain.bold_faces[position] if bold else None
                use = real if real is not None else face
                if ord(char) in fonts.coverage(use):  # from the font cache, no cmap decoded
                    wanted.setdefault((role.font, real is not None, position), set()).add(ord(char))
                    break
    return wanted
