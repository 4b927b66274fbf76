"""Ingest: raw bytes of a report → Unicode text with ``\\n`` line ends.

Reports arrive as UTF-8 (with or without BOM), GB18030/GBK from older Windows
tools, or UTF-16 from word processors.  BOMs decide first, UTF-16 with the
evidence of its NUL bytes next, then the genre's encodings (UTF-8, then
GB18030, the superset of GBK), and only then charset-normalizer guesses.  A
few undecodable bytes in a report that is otherwise text are recorded, not a
reason to refuse it.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from reportpress import patterns
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
    #: Bytes that did not decode, in order, as hex (``0xFF``); each stands as U+FFFD in ``text``.
    undecodable: tuple[str, ...] = ()


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


_NOT_REPORT_CHARS = patterns.compile(
    r"[^\s\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
)
#: The encodings of the genre, tried in this order before any general guess.
_GENRE_ENCODINGS = ("utf-8", "gb18030")
#: Undecodable bytes tolerated in a text (one in this many bytes); more means a wrong guess.
_UNDECODABLE_RATIO = 200


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _plausible_report_text(text: str) -> bool:
    """A guessed decoding must read as Chinese or ASCII text, not as stray code points.

    Wrong-endian UTF-16 of Chinese text also decodes to Han characters, so the
    guess must also hold line breaks or ASCII where the text has them.
    """
    if _count(_NOT_REPORT_CHARS, text) > 0.1 * len(text):
        return False
    return "\n" in text or "\r" in text or len(text) < 200


_CONTROL = patterns.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def _is_text(text: str) -> bool:
    """Decoded text that is mostly control characters is not a report; a few are dropped."""
    if not text:
        return False
    return _count(_CONTROL, text) <= max(8, len(text) // 100)


_ESCAPED = patterns.compile("[\udc80-\udcff]+")


def _decode_tolerant(data: bytes, encoding: str) -> tuple[str, list[str]] | None:
    """Decode, each undecodable byte run becoming U+FFFD (its bytes kept in hex for the record);
    None when too much of the input does not decode."""
    try:
        text = data.decode(encoding, errors="surrogateescape")
    except UnicodeDecodeError:  # codecs without surrogateescape (UTF-16 odd length)
        return None
    bad: list[str] = []

    def mark(m: re.Match[str]) -> str:
        bad.append("0x" + bytes(ord(ch) - 0xDC00 for ch in m.group(0)).hex().upper())
        return "\ufffd"

    text = _ESCAPED.sub(mark, text)
    if len(bad) > len(data) // _UNDECODABLE_RATIO + 1:
        return None
    return text, bad


def decode(data: bytes, origin: object) -> tuple[str, str, tuple[str, ...]]:
    """Bytes → (text, encoding name, undecodable byte runs); refuse binary input.

    BOMs decide first; then UTF-16 when its NUL pattern shows; then the genre's
    encodings (strict UTF-8, strict GB18030, then each allowing a few bad bytes,
    which are recorded); only then a general guess (charset-normalizer).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            decoded = _decode_tolerant(data, encoding)
            if decoded is None:
                raise InputError(origin, f"not valid {encoding.removesuffix('-sig')} after its BOM")
            return decoded[0], encoding.removesuffix("-sig"), tuple(decoded[1])
    nuls = data.count(0)
    # Many NUL bytes: UTF-16 without a BOM, or binary.  Chinese text in UTF-16 has
    # NULs only where it has ASCII, so both byte orders are tried and kept only
    # when the result reads as report text.
    if nuls > len(data) // 100 and len(data) >= 16 and len(data) % 2 == 0:
        guess = _looks_like_utf16(data)
        for encoding in dict.fromkeys([guess, "utf-16-le", "utf-16-be"]):
            if encoding is None:
                continue
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _is_text(text) and _plausible_report_text(text):
                return text, encoding, ()
    if nuls > max(4, len(data) // 1000):  # a stray NUL or two is dropped from a text
        raise InputError(origin, "binary file (contains NUL bytes), not text")
    for encoding in _GENRE_ENCODINGS:
        try:
            return data.decode(encoding), encoding, ()
        except UnicodeDecodeError:
            pass
    for encoding in _GENRE_ENCODINGS:
        decoded = _decode_tolerant(data, encoding)
        if decoded is not None and _plausible_report_text(decoded[0]):
            return decoded[0], encoding, tuple(decoded[1])
    from charset_normalizer import from_bytes  # the general guess, rarely needed: imported then

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "cannot tell the text encoding (not text?)")
    encoding = _WIDER.get(best.encoding.lower(), best.encoding.lower())
    try:
        return data.decode(encoding), encoding, ()
    except (UnicodeDecodeError, LookupError):
        raise InputError(origin, f"undecodable as {encoding}") from None


def read_bytes(path: Path, limit: int) -> bytes:
    """A file's bytes, refused when larger than ``limit``.

    The limit holds for the bytes actually read, not the size the file system
    reports (``/proc`` files report 0, a growing file more than it had).
    """
    try:
        if path.stat().st_size > limit:
            raise InputError(path, f"too large ({path.stat().st_size} bytes; limit {limit})")
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise InputError(path, f"too large (more than {limit} bytes; limit {limit})")
    return data


def read_source(path: Path, limit: int | None = None) -> Source:
    """Read a raw text report; one :class:`InputError` line for anything unreadable."""
    data = read_bytes(path, max_input_bytes() if limit is None else limit)
    return source_from_bytes(data, path.name, origin=path)


def source_from_bytes(data: bytes, name: str, origin: object | None = None) -> Source:
    origin = origin if origin is not None else name
    if not data.strip():
        raise InputError(origin, "empty file")
    text, encoding, undecodable = decode(data, origin)
    if not _is_text(text):
        raise InputError(origin, f"not text (decoded as {encoding}, mostly control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(origin, "empty file (only white space)")
    return Source(
        name=name,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        undecodable=undecodable,
    )
