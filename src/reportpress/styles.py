"""The style model: one typed description of an edition's look, shared by every renderer.

A style is a TOML file (the shipped ones in ``styles/``, or any path).  It is
validated here, once and as a whole, so that renderers can trust every field
and none of them hard-codes a font, a size or a margin: each key's type and
range, then whether page, sizes and grid fit together.  Anything else is
refused with the key's path (``roles.body.size_pt: …``), before any input is read.

The model is plain frozen dataclasses checked by :func:`_build` from their type
hints and field limits: a style is small, and loading it is on the path of every
command, so a validation library's import time (pydantic: ~0.15 s) is not worth it.
"""

from __future__ import annotations

import dataclasses
import math
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any, Literal, get_args, get_origin, get_type_hints

from reportpress import patterns
from reportpress.errors import UsageError

MM = 72 / 25.4  # points per millimetre

#: The styles shipped with the package (``styles/`` in the repository).
SHIPPED_STYLES = Path(__file__).resolve().parent / "styles_data"
#: Where named styles are looked up: a ``styles/`` folder in the working
#: directory first (a user's own styles), then the shipped ones.
STYLE_DIRS = [Path.cwd() / "styles", SHIPPED_STYLES]
#: The style used when none is named.
DEFAULT_STYLE = "gbt9704"
#: A style file larger than this is not a style.
MAX_STYLE_BYTES = 1_000_000

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
    "attachment_label",
    "signature",
    "appendix_heading",
    "appendix_table",
    "page_number",
)
#: The one placeholder a page-number format may hold.
PAGE_NUMBER_PLACEHOLDER = "{n}"
#: Every role must hold this many characters on a line of the text block.
MIN_CHARS_PER_LINE = 4
#: A grid's character pitch may differ from the body size by this fraction
#: (the editions condense or space the body onto the grid within it).
GRID_PITCH_TOLERANCE = 0.1
#: The widest page number a style's page-number format must leave room for.
LONGEST_PAGE_NUMBER = 99999


class StyleError(ValueError):
    """A style value is wrong: ``key`` is its dotted path."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key + ': ' if key else ''}{message}")
        self.key = key


def limits(default: Any = dataclasses.MISSING, **bounds: Any) -> Any:
    """A dataclass field with bounds: ``gt``, ``ge``, ``le`` (numbers) or ``min_len``,
    ``max_len`` (strings, lists, tables), checked by :func:`_build`."""
    return field(default=default, metadata=bounds)


class _Model:
    """What every style section can do besides holding its values."""

    def model_copy(self, update: dict[str, Any] | None = None) -> Any:
        """A copy with some fields replaced (not validated again)."""
        return dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]

    def _check(self, where: str) -> None:
        """Rules that involve several fields of the section (none by default)."""


@dataclass(frozen=True, kw_only=True)
class Page(_Model):
    width_mm: float = limits(gt=50, le=2000)
    height_mm: float = limits(gt=50, le=2000)
    margin_top_mm: float = limits(ge=0, le=2000)
    margin_left_mm: float = limits(ge=0, le=2000)
    margin_right_mm: float = limits(ge=0, le=2000)
    margin_bottom_mm: float = limits(ge=0, le=2000)

    def _check(self, where: str) -> None:
        if self.text_width_mm <= 20:
            raise StyleError(f"{where}.margin_right_mm", "margins leave no room for the text block")
        if self.text_height_mm <= 20:
            raise StyleError(
                f"{where}.margin_bottom_mm", "margins leave no room for the text block"
            )

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def text_height_mm(self) -> float:
        return self.height_mm - self.margin_top_mm - self.margin_bottom_mm


@dataclass(frozen=True, kw_only=True)
class Grid(_Model):
    """A document grid: a full page holds exactly this many lines and characters."""

    lines_per_page: int = limits(gt=0, le=200)
    chars_per_line: int = limits(gt=0, le=200)
    #: How a run of half-width characters (digits, Latin, ``%``) sits on the grid:
    #: across whole cells, its leftover as space beside it, so every Han character
    #: keeps its cell (``whole-cells``, as Word's document grid sets it), or at its
    #: own width, moving what follows it off the grid (``natural``).
    half_width: Literal["whole-cells", "natural"] = "natural"


#: Face style words (after the ``:`` of ``Family:Style``) that mean a bold weight.
BOLD_STYLE_WORDS = ("bold", "black", "heavy", "semibold", "demibold")


def split_face(candidate: str) -> tuple[str, str]:
    """``Noto Serif CJK SC:Bold`` → (``Noto Serif CJK SC``, ``Bold``); no style gives ``""``."""
    family, _, face_style = candidate.partition(":")
    return family.strip(), face_style.strip()


def is_bold_face(candidate: str) -> bool:
    """Whether a font candidate names a bold face (``…:Bold``, ``…:Black`` …)."""
    return split_face(candidate)[1].lower() in BOLD_STYLE_WORDS


@dataclass(frozen=True, kw_only=True)
class FontRole(_Model):
    """A named typeface role (宋体, 仿宋, 黑体 …) and the families that may serve it."""

    candidates: list[str] = limits(min_len=1, max_len=50)
    fallback: str | None = None
    generic: Literal["serif", "sans-serif", "monospace"] = "serif"

    def _check(self, where: str) -> None:
        for index, candidate in enumerate(self.candidates):
            if not split_face(candidate)[0]:
                raise StyleError(f"{where}.candidates[{index}]", "names no font family")

    def family_names(self) -> list[str]:
        """Family names without fontconfig style suffixes (``Noto Serif CJK SC:Bold``)."""
        return [split_face(c)[0] for c in self.candidates]


@dataclass(frozen=True, kw_only=True)
class Role(_Model):
    """How one kind of paragraph (or run, for ``lead``) is set."""

    font: str
    size_pt: float = limits(gt=3, le=200)
    bold: bool = False
    align: Align = "left"
    first_line_indent_chars: float = limits(0, ge=0, le=10)
    #: Space kept free at the line's right end, in characters (a signature's 右空二字).
    right_indent_chars: float = limits(0, ge=0, le=10)
    #: Line height as a multiple of the size; None means "on the document grid"
    #: where the style has one, else 1.5.
    line_height: float | None = limits(None, gt=0.5, le=5)
    space_before_lines: float = limits(0, ge=0, le=10)
    space_after_lines: float = limits(0, ge=0, le=10)


@dataclass(frozen=True, kw_only=True)
class PageNumbers(_Model):
    #: The page number's text: ``{n}`` (the only placeholder) stands for the number.
    format: str = limits("— {n} —", max_len=40)
    offset_below_text_mm: float = limits(7, ge=0, le=2000)
    position: Literal["outer", "center", "left", "right"] = "outer"
    indent_chars: float = limits(1, ge=0, le=100)

    def _check(self, where: str) -> None:
        if PAGE_NUMBER_PLACEHOLDER not in self.format:
            raise StyleError(f"{where}.format", "must contain {n}")
        rest = self.format.replace(PAGE_NUMBER_PLACEHOLDER, "")
        if "{" in rest or "}" in rest:
            raise StyleError(f"{where}.format", "only the placeholder {n} may use braces")

    def text(self, number: int | str) -> str:
        """The printed page number: the format with ``{n}`` replaced (never ``str.format``)."""
        return self.format.replace(PAGE_NUMBER_PLACEHOLDER, str(number))


@dataclass(frozen=True, kw_only=True)
class Toc(_Model):
    enabled: bool = True
    levels: int = limits(2, ge=1, le=4)
    title: str = limits("目录", min_len=1, max_len=40)


@dataclass(frozen=True, kw_only=True)
class Appendix(_Model):
    enabled: bool = True
    title: str = limits("附录　指标一览", min_len=1, max_len=40)
    columns: list[str] = limits(min_len=5, max_len=5)
    #: Room beside a cell's text on each side, in ems of the table's type (half of it
    #: above and below): every edition pads its cells so, and sizes its columns with it.
    cell_padding_em: float = limits(0.3, ge=0, le=2)
    #: How each column's cells are aligned in every edition (the header is centred):
    #: figures to the right, so that their units line up, short labels centred.
    align: list[Literal["left", "center", "right"]] = field(
        default_factory=lambda: ["left", "right", "center", "center", "center"],
        metadata={"min_len": 5, "max_len": 5},
    )


@dataclass(frozen=True, kw_only=True)
class Epub(_Model):
    embed_fonts: bool = False


_LANGUAGE = patterns.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_NAME = patterns.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


@dataclass(frozen=True, kw_only=True)
class Style(_Model):
    name: str = limits(min_len=1, max_len=64)
    description: str = limits("", max_len=500)
    language: str = limits("zh-CN", max_len=35)
    page: Page
    grid: Grid | None = None
    fonts: dict[str, FontRole] = limits(min_len=1, max_len=50)
    roles: dict[str, Role]
    page_numbers: PageNumbers = PageNumbers()
    toc: Toc = Toc()
    appendix: Appendix
    #: Full-width punctuation: always whole (``full``), compressed where two marks
    #: meet and where a line would otherwise stretch (``compress-when-needed``), or
    #: set half width everywhere (``compress-always``); clreq 3.1.6, GB/T 15834.
    punctuation: Literal["full", "compress-when-needed", "compress-always"] = "compress-when-needed"
    #: Push-in (追い込み, 紧排; JIS X 4051, clreq): where every way of breaking a
    #: paragraph stretches a line past 1 pt a gap, a line may instead close its gaps,
    #: once its marks have given their blank halves, by as much as its own closest
    #: pair of inks allows (``push_in_ink_gap_em``) and never more than this share
    #: of its font size; 0 never, nor with ``punctuation = "full"`` (marks whole).
    push_in_em: float = limits(0.0, ge=0, le=0.1)
    #: The least blank a pushed-in line leaves between two neighbouring inks (glyph
    #: outlines), as a share of its font size.
    push_in_ink_gap_em: float = limits(0.0, ge=0, le=0.5)
    epub: Epub = Epub()
    #: The file it was read from (set by :func:`load_style`, not by the TOML).
    path: Path | None = field(default=None, compare=False, metadata={"internal": True})

    def _check(self, where: str) -> None:
        if not _LANGUAGE.fullmatch(self.language):
            raise StyleError("language", "not a language tag such as zh-CN")
        _references_resolve(self)
        _fits_the_page(self)

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


def _references_resolve(style: Style) -> None:
    """Every role is defined, and names font roles that exist."""
    unknown = sorted(set(style.roles) - set(ROLE_NAMES))
    if unknown:
        raise StyleError("roles", f"unknown role {', '.join(map(_key, unknown))}")
    missing = [r for r in ROLE_NAMES if r not in style.roles]
    if missing:
        raise StyleError("roles", f"missing {', '.join(missing)}")
    for name, role in style.roles.items():
        if role.font not in style.fonts:
            raise StyleError(f"roles.{name}.font", f"no font role {role.font!r}")
    for name, font in style.fonts.items():
        if font.fallback is not None and font.fallback not in style.fonts:
            raise StyleError(f"fonts.{_key(name)}.fallback", f"no font role {font.fallback!r}")


def _fits_the_page(style: Style) -> None:
    """Page, sizes and grid fit together, so that every edition can be set."""
    _roles_fit(style)
    if style.grid is not None:
        _grid_fits(style, style.grid)
    _furniture_fits(style)


def _roles_fit(style: Style) -> None:
    """Each role holds a few characters on a line, and a line with its spacing on a page."""
    width, height = style.text_width_pt, style.text_height_pt
    for name in ROLE_NAMES:
        role = style.roles[name]
        key = f"roles.{name}.size_pt"
        if role.size_pt * MIN_CHARS_PER_LINE > width:
            raise StyleError(
                key,
                f"{role.size_pt:g} pt leaves fewer than {MIN_CHARS_PER_LINE} characters "
                f"on a {width:.0f} pt line (page.width_mm and margins)",
            )
        pitch = style.line_pitch_pt(name)
        if pitch * (1 + role.space_before_lines + role.space_after_lines) > height:
            raise StyleError(
                key, f"a line with its spacing is taller than the {height:.0f} pt text block"
            )
        if role.first_line_indent_chars * role.size_pt > width - role.size_pt:
            raise StyleError(f"roles.{name}.first_line_indent_chars", "wider than the text block")
        if role.right_indent_chars * role.size_pt > width - MIN_CHARS_PER_LINE * role.size_pt:
            raise StyleError(f"roles.{name}.right_indent_chars", "leaves too short a line")


def _grid_fits(style: Style, grid: Grid) -> None:
    """The body's characters and lines fit the grid's pitches."""
    body = style.roles["body"].size_pt
    char_pitch = style.text_width_pt / grid.chars_per_line
    if abs(char_pitch - body) > GRID_PITCH_TOLERANCE * body:
        raise StyleError(
            "grid.chars_per_line",
            f"{grid.chars_per_line} characters on a {style.text_width_pt:.0f} pt line give a "
            f"pitch of {char_pitch:.1f} pt, not within {GRID_PITCH_TOLERANCE:.0%} of the "
            f"body's {body:g} pt",
        )
    if style.text_height_pt / grid.lines_per_page < body:
        raise StyleError(
            "grid.lines_per_page",
            f"{grid.lines_per_page} lines leave a pitch smaller than the body's {body:g} pt",
        )


def _furniture_fits(style: Style) -> None:
    """What the style itself prints (titles, column names, page numbers) fits the page."""
    width = style.text_width_pt
    _one_line("appendix.title", style.appendix.title, style.roles["appendix_heading"], width)
    _one_line("toc.title", style.toc.title, style.roles["appendix_heading"], width)
    table = style.roles["appendix_table"]
    if len(style.appendix.columns) * MIN_CHARS_PER_LINE * table.size_pt > width:
        raise StyleError(
            "roles.appendix_table.size_pt",
            f"{table.size_pt:g} pt leaves fewer than {MIN_CHARS_PER_LINE} characters in each "
            f"of the appendix's {len(style.appendix.columns)} columns",
        )
    for index, column in enumerate(style.appendix.columns):
        _one_line(f"appendix.columns[{index}]", column, table, width)
    numbers, number_role = style.page_numbers, style.roles["page_number"]
    widest = numbers.text(LONGEST_PAGE_NUMBER)
    if (len(widest) + numbers.indent_chars) * number_role.size_pt > width:
        raise StyleError(
            "page_numbers.indent_chars", "the indented page number leaves the text block"
        )
    if numbers.offset_below_text_mm * MM + number_role.size_pt > style.page.margin_bottom_mm * MM:
        raise StyleError(
            "page_numbers.offset_below_text_mm", "the page number falls off the bottom of the page"
        )


def _one_line(key: str, text: str, role: Role, width: float) -> None:
    if len(text) * role.size_pt > width:
        raise StyleError(key, f"{len(text)} characters do not fit on one line of the text block")


# ---- validation ------------------------------------------------------------------------


def _control_character(text: str) -> str | None:
    """The first character no edition may print (controls, format characters, separators)."""
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            return ch
    return None


def _check_bounds(value: Any, bounds: dict[str, Any], where: str) -> None:
    if "gt" in bounds and not value > bounds["gt"]:
        raise StyleError(where, f"must be greater than {bounds['gt']}")
    if "ge" in bounds and not value >= bounds["ge"]:
        raise StyleError(where, f"must be at least {bounds['ge']}")
    if "le" in bounds and not value <= bounds["le"]:
        raise StyleError(where, f"must be at most {bounds['le']}")


def _check_length(value: Any, bounds: dict[str, Any], where: str, unit: str) -> None:
    if "min_len" in bounds and len(value) < bounds["min_len"]:
        raise StyleError(where, f"must have at least {bounds['min_len']} {unit}")
    if "max_len" in bounds and len(value) > bounds["max_len"]:
        raise StyleError(where, f"must have at most {bounds['max_len']} {unit}")


def _key(key: str) -> str:
    """A TOML key as it may appear in a one-line message (quoted if unusual, cut short)."""
    return key if _NAME.fullmatch(key) and len(key) <= 40 else repr(key[:40])


def _text(value: Any, where: str, bounds: dict[str, Any]) -> str:
    if not isinstance(value, str):
        raise StyleError(where, "must be a string")
    _check_length(value, {"max_len": 200, **bounds}, where, "characters")
    bad = _control_character(value)
    if bad is not None:
        raise StyleError(where, f"control character U+{ord(bad):04X} is not allowed")
    return value


def _value(kind: Any, value: Any, where: str, bounds: dict[str, Any]) -> Any:
    """``value`` checked against the type hint ``kind`` and the field's bounds."""
    origin = get_origin(kind)
    if origin is UnionType:  # ``X | None``: TOML has no null, so only X can be given
        (kind,) = [k for k in get_args(kind) if k is not type(None)]
        origin = get_origin(kind)
    if origin is Literal:
        choices = get_args(kind)
        if value not in choices or not isinstance(value, str):
            raise StyleError(where, f"must be one of {', '.join(choices)}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise StyleError(where, "must be a list")
        _check_length(value, bounds, where, "entries")
        (item,) = get_args(kind)
        return [_value(item, v, f"{where}[{i}]", {}) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise StyleError(where, "must be a table")
        _check_length(value, bounds, where, "entries")
        _, item = get_args(kind)
        return {k: _value(item, v, f"{where}.{_key(k)}", {}) for k, v in value.items()}
    if dataclasses.is_dataclass(kind):
        return _build(kind, value, where)
    if kind is bool:
        if not isinstance(value, bool):
            raise StyleError(where, "must be true or false")
        return value
    if kind is str:
        return _text(value, where, bounds)
    if kind in (int, float):
        ok = isinstance(value, int) if kind is int else isinstance(value, int | float)
        if not ok or isinstance(value, bool):
            raise StyleError(where, "must be a whole number" if kind is int else "must be a number")
        if isinstance(value, float) and not math.isfinite(value):
            raise StyleError(where, "must be a finite number")
        _check_bounds(value, bounds, where)
        return kind(value)
    raise TypeError(f"style field of unsupported type {kind!r}")  # a bug in this module


@cache
def _field_types(cls: type) -> dict[str, Any]:
    """The type hints of a style section, resolved once."""
    return get_type_hints(cls)


def _build(cls: type, data: Any, where: str = "") -> Any:
    """An instance of the dataclass ``cls`` from TOML data, every key checked."""
    if not isinstance(data, dict):
        raise StyleError(where, "must be a table")
    hints = _field_types(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    prefix = f"{where}." if where else ""
    for key in data:
        if key not in fields:
            raise StyleError(f"{prefix}{_key(key)}", "unknown key")
    values: dict[str, Any] = {}
    for name, spec in fields.items():
        if name in data:
            values[name] = _value(hints[name], data[name], prefix + name, dict(spec.metadata))
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise StyleError(prefix + name, "missing")
    built = cls(**values)
    built._check(where or cls.__name__.lower())
    return built


def style_from_data(data: dict[str, Any], path: Path | None = None) -> Style:
    """A style from parsed TOML; :class:`StyleError` names the first bad key."""
    style: Style = _build(Style, data)
    return dataclasses.replace(style, path=path)


def find_style(name_or_path: str) -> Path:
    """A style name (``gbt9704``) or a path to a ``.toml`` file → the file's path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or "/" in name_or_path:
        if candidate.is_file():
            return candidate
        raise UsageError(f"{name_or_path}: no such style file")
    if _NAME.fullmatch(name_or_path):
        for folder in STYLE_DIRS:
            path = folder / f"{name_or_path}.toml"
            if path.is_file():
                return path
    raise UsageError(
        f"unknown style {name_or_path[:80]!r} (known: {', '.join(known_styles()) or 'none'})"
    )


def known_styles() -> list[str]:
    """The names ``-s`` accepts without a path."""
    return sorted({p.stem for d in STYLE_DIRS if d.is_dir() for p in d.glob("*.toml")})


def load_style(name_or_path: str = DEFAULT_STYLE) -> Style:
    """Read and validate a style; errors name the file and the key."""
    path = find_style(name_or_path)
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_STYLE_BYTES:
            raise UsageError(f"{path}: cannot read style: larger than {MAX_STYLE_BYTES} bytes")
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read style: {exc}") from None
    except RecursionError:
        raise UsageError(f"{path}: cannot read style: nested too deeply") from None
    try:
        return style_from_data(data, path)
    except StyleError as exc:
        raise UsageError(f"{path}: {exc}") from None
