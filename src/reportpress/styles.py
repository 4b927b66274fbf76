"""The style model: one typed description of an edition's look, shared by every renderer.

A style is a TOML file in ``styles/`` (or any path).  It is validated here, once,
so that renderers can trust every field and none of them hard-codes a font, a
size or a margin.  Unknown keys and bad values are refused with the key's path.
"""

from __future__ import annotations

import tomllib
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from reportpress.errors import UsageError

MM = 72 / 25.4  # points per millimetre

#: Where named styles live: the project's ``styles/`` folder, found from the
#: working directory first (a user's own styles), then beside the package source.
STYLE_DIRS = [Path.cwd() / "styles", Path(__file__).resolve().parents[2] / "styles"]

Align = Literal["left", "center", "right", "justify"]
ROLE_NAMES = (
    "title",
    "subtitle",
    "speaker",
    "salutation",
    "body",
    "heading1",
    "heading2",
    "heading3",
    "heading4",
    "lead",
    "closing",
    "appendix_heading",
    "appendix_table",
    "page_number",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Page(_Strict):
    width_mm: float = Field(gt=50, le=2000)
    height_mm: float = Field(gt=50, le=2000)
    margin_top_mm: float = Field(ge=0)
    margin_left_mm: float = Field(ge=0)
    margin_right_mm: float = Field(ge=0)
    margin_bottom_mm: float = Field(ge=0)

    @model_validator(mode="after")
    def _text_block_fits(self) -> Page:
        if self.text_width_mm <= 20 or self.text_height_mm <= 20:
            raise ValueError("margins leave no room for the text block")
        return self

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def text_height_mm(self) -> float:
        return self.height_mm - self.margin_top_mm - self.margin_bottom_mm


class Grid(_Strict):
    """A document grid: a full page holds exactly this many lines and characters."""

    lines_per_page: int = Field(gt=0, le=200)
    chars_per_line: int = Field(gt=0, le=200)


#: Face style words (after the ``:`` of ``Family:Style``) that mean a bold weight.
BOLD_STYLE_WORDS = ("bold", "black", "heavy", "semibold", "demibold")


def split_face(candidate: str) -> tuple[str, str]:
    """``Noto Serif CJK SC:Bold`` → (``Noto Serif CJK SC``, ``Bold``); no style gives ``""``."""
    family, _, face_style = candidate.partition(":")
    return family.strip(), face_style.strip()


def is_bold_face(candidate: str) -> bool:
    """Whether a font candidate names a bold face (``…:Bold``, ``…:Black`` …)."""
    return split_face(candidate)[1].lower() in BOLD_STYLE_WORDS


class FontRole(_Strict):
    """A named typeface role (宋体, 仿宋, 黑体 …) and the families that may serve it."""

    candidates: list[str] = Field(min_length=1)
    fallback: str | None = None
    generic: Literal["serif", "sans-serif", "monospace"] = "serif"

    def family_names(self) -> list[str]:
        """Family names without fontconfig style suffixes (``Noto Serif CJK SC:Bold``)."""
        return [split_face(c)[0] for c in self.candidates]


class Role(_Strict):
    """How one kind of paragraph (or run, for ``lead``) is set."""

    font: str
    size_pt: float = Field(gt=3, le=200)
    bold: bool = False
    align: Align = "left"
    first_line_indent_chars: float = Field(default=0, ge=0, le=10)
    #: Line height as a multiple of the size; None means "on the document grid"
    #: where the style has one, else 1.5.
    line_height: float | None = Field(default=None, gt=0.5, le=5)
    space_before_lines: float = Field(default=0, ge=0, le=10)
    space_after_lines: float = Field(default=0, ge=0, le=10)


class PageNumbers(_Strict):
    format: str = "— {n} —"
    offset_below_text_mm: float = Field(default=7, ge=0)
    position: Literal["outer", "center", "left", "right"] = "outer"
    indent_chars: float = Field(default=1, ge=0)

    @model_validator(mode="after")
    def _has_placeholder(self) -> PageNumbers:
        if "{n}" not in self.format:
            raise ValueError("format must contain {n}")
        return self


class Toc(_Strict):
    enabled: bool = True
    levels: int = Field(default=2, ge=1, le=4)
    title: str = "目录"


class Appendix(_Strict):
    enabled: bool = True
    title: str = "附录　指标一览"
    columns: list[str] = Field(min_length=5, max_length=5)


class Epub(_Strict):
    embed_fonts: bool = False


class Style(_Strict):
    name: str
    description: str = ""
    language: str = "zh-CN"
    page: Page
    grid: Grid | None = None
    fonts: dict[str, FontRole]
    roles: dict[str, Role]
    page_numbers: PageNumbers = PageNumbers()
    toc: Toc = Toc()
    appendix: Appendix
    #: Full-width punctuation: always whole (``full``), compressed where two marks
    #: meet and where a line would otherwise stretch (``compress-when-needed``), or
    #: set half width everywhere (``compress-always``); clreq 3.1.6, GB/T 15834.
    punctuation: Literal["full", "compress-when-needed", "compress-always"] = "compress-when-needed"
    epub: Epub = Epub()
    #: The file it was read from (set by :func:`load_style`, not by the TOML).
    path: Path | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    @model_validator(mode="after")
    def _references_resolve(self) -> Style:
        unknown = sorted(set(self.roles) - set(ROLE_NAMES))
        if unknown:
            raise ValueError(f"roles: unknown role {', '.join(unknown)}")
        missing = [r for r in ROLE_NAMES if r not in self.roles]
        if missing:
            raise ValueError(f"roles: missing {', '.join(missing)}")
        for name, role in self.roles.items():
            if role.font not in self.fonts:
                raise ValueError(f"roles.{name}.font: no font role {role.font!r}")
        for name, font in self.fonts.items():
            if font.fallback is not None and font.fallback not in self.fonts:
                raise ValueError(f"fonts.{name}.fallback: no font role {font.fallback!r}")
        return self

    # ---- derived geometry, in points -------------------------------------------------

    @property
    def page_size_pt(self) -> tuple[float, float]:
        return self.page.width_mm * MM, self.page.height_mm * MM

    @property
    def text_width_pt(self) -> float:
        return self.page.text_width_mm * MM

    @property
    def text_height_pt(self) -> float:
        return self.page.text_height_mm * MM

    @property
    def char_pitch_pt(self) -> float | None:
        """Advance of one body character on the grid (≈15.8 pt for GB/T 9704)."""
        return self.text_width_pt / self.grid.chars_per_line if self.grid else None

    @property
    def grid_line_pitch_pt(self) -> float | None:
        """Distance between baselines on the grid (≈29 pt for GB/T 9704)."""
        return self.text_height_pt / self.grid.lines_per_page if self.grid else None

    def role(self, name: str) -> Role:
        return self.roles[name]

    def is_bold(self, role_name: str) -> bool:
        """Bold set on a role, or implied by its face (``Noto Serif CJK SC:Bold``)."""
        role = self.roles[role_name]
        return role.bold or is_bold_face(self.fonts[role.font].candidates[0])

    def line_pitch_pt(self, role_name: str) -> float:
        """Baseline-to-baseline distance for a role: its own leading, else the grid's."""
        role = self.roles[role_name]
        if role.line_height is not None:
            return role.size_pt * role.line_height
        if self.grid_line_pitch_pt is not None:
            # A role larger than the grid pitch takes whole grid lines.
            pitch = self.grid_line_pitch_pt
            lines = max(1, -(-role.size_pt * 1.2 // pitch))
            return pitch * lines
        return role.size_pt * 1.5

    def font_chain(self, font_role: str) -> list[str]:
        """Candidate font patterns for a font role, followed through its fallbacks."""
        chain: list[str] = []
        seen: set[str] = set()
        name: str | None = font_role
        while name is not None and name not in seen:
            seen.add(name)
            chain.extend(c for c in self.fonts[name].candidates if c not in chain)
            name = self.fonts[name].fallback
        return chain


def find_style(name_or_path: str) -> Path:
    """A style name (``gbt9704``) or a path to a ``.toml`` file → the file's path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or "/" in name_or_path:
        if candidate.is_file():
            return candidate
        raise UsageError(f"{name_or_path}: no such style file")
    for folder in STYLE_DIRS:
        path = folder / f"{name_or_path}.toml"
        if path.is_file():
            return path
    known = sorted({p.stem for d in STYLE_DIRS if d.is_dir() for p in d.glob("*.toml")})
    raise UsageError(f"unknown style {name_or_path!r} (known: {', '.join(known) or 'none'})")


def load_style(name_or_path: str = "gbt9704") -> Style:
    """Read and validate a style; errors name the file and the key."""
    path = find_style(name_or_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read style: {exc}") from None
    if "path" in data:
        raise UsageError(f"{path}: path: unknown key")
    try:
        return Style.model_validate({**data, "path": path})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown key"
        raise UsageError(f"{path}: {where + ': ' if where else ''}{message}") from None
