"""Ingest: raw bytes of a report → Unicode text with ``\\n`` line ends.

Reports arrive as UTF-8 (with or without BOM), GB18030/GBK from older Windows
tools, or UTF-16 from word processors.  BOMs decide first, strict UTF-8 next,
then charset-normalizer guesses; GBK guesses are widened to GB18030, its
superset, so that no character is refused that the file really holds.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from reportpress.errors import InputError

#: Default size limit for a raw input; ``REPORTPRESS_MAX_INPUT_BYTES`` overrides it.
DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030"}


@dataclass(frozen=True)
class Source:
    """One raw input, decoded."""

    name: str
    text: str
    encoding: str
    sha256: str


def max_input_bytes() -> int:
    value = os.environ.get("REPORTPRESS_MAX_INPUT_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_INPUT_BYTES


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII and CJK text put NULs at every other byte of one side."""
    if len(data) < 16 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > half * 0.2 and even_nuls < half * 0.05:
        return "utf-16-le"
    if even_nuls > half * 0.2 and odd_nuls < half * 0.05:
        return "utf-16-be"
    return None


_REPORT_CHARS = re.compile(
    r"[\s\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
)


def _plausible_report_text(text: str) -> bool:
    """A guessed decoding must read as Chinese or ASCII text, not as stray code points.

    Wrong-endian UTF-16 of Chinese text also decodes to Han characters, so the
    guess must also hold line breaks or ASCII where the text has them.
    """
    if len(_REPORT_CHARS.findall(text)) < 0.9 * len(text):
        return False
    return "\n" in text or "\r" in text or len(text) < 200


def _is_text(text: str) -> bool:
    """Decoded text that is mostly control characters or unassigned is not a report."""
    if not text:
        return False
    bad = sum(
        1
        for ch in text
        if (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\n\r\t\f\v")
        or ch == "\ufffd"
    )
    return bad <= max(2, len(text) // 1000)


def decode(data: bytes, origin: object) -> tuple[str, str]:
    """Bytes → (text, encoding name); refuse binary and undecodable input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise InputError(
                    origin, f"not valid {encoding} after its BOM: {exc.reason}"
                ) from None
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    # NUL bytes: UTF-16 without a BOM, or binary.  Chinese text in UTF-16 has
    # NULs only where it has ASCII, so both byte orders are tried and kept only
    # when the result reads as report text.
    if b"\x00" in data and len(data) >= 16 and len(data) % 2 == 0:
        guess = _looks_like_utf16(data)
        for encoding in dict.fromkeys([guess, "utf-16-le", "utf-16-be"]):
            if encoding is None:
                continue
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _is_text(text) and _plausible_report_text(text):
                return text, encoding
    if b"\x00" in data:
        raise InputError(origin, "binary file (contains NUL bytes), not text")
    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "cannot tell the text encoding (not text?)")
    encoding = _WIDER.get(best.encoding.lower(), best.encoding.lower())
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(origin, f"undecodable as {encoding}") from None
    return text, encoding


def read_bytes(path: Path, limit: int) -> bytes:
    """A file's bytes, refused before reading when larger than ``limit``."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(path, f"too large ({size} bytes; limit {limit})")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


def read_source(path: Path, limit: int | None = None) -> Source:
    """Read a raw text report; one :class:`InputError` line for anything unreadable."""
    data = read_bytes(path, max_input_bytes() if limit is None else limit)
    return source_from_bytes(data, path.name, origin=path)


def source_from_bytes(data: bytes, name: str, origin: object | None = None) -> Source:
    origin = origin if origin is not None else name
    if not data.strip():
        raise InputError(origin, "empty file")
    text, encoding = decode(data, origin)
    if not _is_text(text):
        raise InputError(origin, f"not text (decoded as {encoding}, mostly control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(origin, "empty file (only white space)")
    return Source(name=name, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
