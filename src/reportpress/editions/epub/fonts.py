"""Fonts embedded in the book: each role's faces cut down to the characters it sets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportpress.editions.embedding import role_subsets
from reportpress.model import Report
from reportpress.styles import Style


@dataclass(frozen=True)
class EmbeddedFace:
    """A subset font file in the book, serving one font role (its bold cut if ``bold``)."""

    font_role: str
    family: str  # the CSS family name it is declared under
    bold: bool
    path: Path  # the subset file handed to pandoc


def book_texts(report: Report, style: Style) -> dict[str, str]:
    """The characters each role sets in the book: the report's, plus the contents page."""
    texts = report.role_texts(style)
    contents = "".join(b.heading_text for b in report.headings())
    texts["body"] += contents  # the navigation page lists headings in the body's face
    texts["appendix_heading"] += style.toc.title
    return texts


def embed_fonts(report: Report, style: Style, folder: Path) -> list[EmbeddedFace]:
    """The installed faces that serve each role, cut to the characters it sets."""
    from reportpress import fonts

    fontset = fonts.resolve(style)
    folder.mkdir(parents=True, exist_ok=True)
    out: list[EmbeddedFace] = []
    for (font_role, bold, position), points in sorted(
        role_subsets(book_texts(report, style), style).items()
    ):
        chain = fontset.roles[font_role]
        face = chain.bold_faces[position] if bold else chain.faces[position]
        stem = f"{style.name}-{font_role}-{position}{'-bold' if bold else ''}"
        data = fonts.subset_font(face, points)  # from the glyph cache: TrueType
        if data is not None:
            path = folder / f"{stem}.ttf"
            path.write_bytes(data)
            out.append(EmbeddedFace(font_role, f"rp-{font_role}-{position}", bold, path))
    return out
