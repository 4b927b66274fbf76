"""Character classes coded for ``re`` without filling a table one character at a time.

``re`` codes a class such as ``[\\u4e00-\\u9fff]`` by setting each of its
characters in a 65,536-entry table in a Python loop (``_optimize_charset``),
then compressing the table.  The rules' patterns hold about 1,300 such classes,
most with the 20,992 characters of the Han block: about 0.3 s of a first build
on a machine whose pattern cache (:mod:`reportpress.patterns`) is still empty.
:func:`optimize_charset` fills the same table a range at a time and compresses
it as ``re`` does, so the code is the same; anything but literals and ranges
of the Basic Multilingual Plane matched case-sensitively goes to ``re``'s own.

:func:`fast_charsets` puts it in place while :mod:`reportpress.patterns`
compiles, after checking that it codes a few classes exactly as ``re`` does (an
interpreter whose ``re`` codes classes otherwise keeps its own).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

try:
    from re import _compiler
    from re._constants import BIGCHARSET, CHARSET, LITERAL, NEGATE, RANGE
except ImportError:  # another interpreter: its own coding stays
    _compiler = None

_lock = threading.Lock()
_checked: bool | None = None
#: A class's items → its code.  The rules repeat the same classes (the Han block, with a
#: few punctuation marks) in hundreds of patterns: about half the classes coded are repeats.
_coded: dict[tuple[tuple[Any, Any], ...], tuple[list[tuple[Any, Any]], bool]] = {}


def _probes() -> list[list[tuple[Any, Any]]]:
    """Classes ``re`` codes in each of its ways: a run or two, a small bitmap, a big one."""
    return [
        [(RANGE, (0x4E00, 0x9FFF))],
        [(LITERAL, 0x3001), (LITERAL, 0x3002), (RANGE, (0x4E00, 0x9FFF)), (LITERAL, 0xFF0C)],
        [(LITERAL, 97), (RANGE, (48, 57))],
        [(LITERAL, 97), (LITERAL, 99), (LITERAL, 101)],
        [(NEGATE, None), (RANGE, (0x3400, 0x4DBF)), (LITERAL, 183)],
        [(RANGE, (0x4E00, 0x9FFF)), (LITERAL, 0x4E00)],
        [(LITERAL, 300)],
    ]


def optimize_charset(
    charset: list[tuple[Any, Any]], iscased: Any = None, fixup: Any = None, fixes: Any = None
) -> tuple[list[tuple[Any, Any]], bool]:
    """What ``re._compiler._optimize_charset`` returns, its table filled a range at a time
    (and a class coded before given its code again: ``re`` only reads the list it gets)."""
    if fixup is not None:
        return _ORIGINAL(charset, iscased, fixup, fixes)
    try:
        key = tuple(charset)
        coded = _coded.get(key)
    except TypeError:  # an unhashable item: code it afresh
        key, coded = None, None
    if coded is not None:
        return list(coded[0]), coded[1]
    result = _coded_afresh(charset)
    if key is not None:
        _coded[key] = (list(result[0]), result[1])
    return result


def _coded_afresh(charset: list[tuple[Any, Any]]) -> tuple[list[tuple[Any, Any]], bool]:
    """The table filled a range at a time, then compressed as ``re`` does."""
    out: list[tuple[Any, Any]] = []
    tail: list[tuple[Any, Any]] = []
    charmap = bytearray(256)
    for op, av in charset:
        if op is LITERAL:
            low = high = av
        elif op is RANGE:
            low, high = av
        elif op is NEGATE:
            out.append((op, av))
            continue
        else:
            tail.append((op, av))
            continue
        if high > 0xFFFF:
            return _ORIGINAL(charset)
        if high >= len(charmap):
            charmap += bytes(0x10000 - len(charmap))
        charmap[low : high + 1] = b"\x01" * (high - low + 1)
    return _compressed(charset, out, tail, charmap)


def _compressed(
    charset: list[tuple[Any, Any]],
    out: list[tuple[Any, Any]],
    tail: list[tuple[Any, Any]],
    charmap: bytearray,
) -> tuple[list[tuple[Any, Any]], bool]:
    """The table as ``re`` codes it: two runs at most as literals and ranges, else a bitmap
    (one of 256 characters, or chunks of 256 numbered once each for the whole plane)."""
    runs: list[tuple[int, int]] | None = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))
            break
        runs.append((p, q))
    if runs is not None:
        for p, q in runs:
            out.append((LITERAL, p) if q - p == 1 else (RANGE, (p, q - 1)))
        out += tail
        return (out, False) if len(out) < len(charset) else (charset, False)
    if len(charmap) == 256:
        out.append((CHARSET, _compiler._mk_bitmap(charmap)))
        return out + tail, False
    table = bytes(charmap)
    chunks = [table[i : i + 256] for i in range(0, 0x10000, 256)]
    numbers = {chunk: number for number, chunk in enumerate(dict.fromkeys(chunks))}
    mapping = bytes(map(numbers.__getitem__, chunks))
    words = _compiler._mk_bitmap(b"".join(numbers))
    words[0:0] = [len(numbers), *_compiler._bytes_to_codes(mapping)]
    out.append((BIGCHARSET, words))
    return out + tail, False


#: ``re``'s own, for what :func:`optimize_charset` leaves to it.
_ORIGINAL = getattr(_compiler, "_optimize_charset", None)


def _codes_as_re_does() -> bool:
    """Whether this interpreter's ``re`` has the helpers used and codes the probes alike."""
    needed = ("_optimize_charset", "_mk_bitmap", "_bytes_to_codes")
    if _compiler is None or not all(callable(getattr(_compiler, name, None)) for name in needed):
        return False
    try:
        return all(optimize_charset(probe) == _ORIGINAL(probe) for probe in _probes())
    except Exception:  # noqa: BLE001 - any difference keeps re's own coding
        return False


@contextlib.contextmanager
def fast_charsets() -> Iterator[None]:
    """While inside, ``re`` codes classes with :func:`optimize_charset` (when it checks out).

    A thread compiling meanwhile gets the same code either way.
    """
    global _checked
    with _lock:
        if _checked is None:
            _checked = _codes_as_re_does()
        if not _checked:
            yield
            return
        _compiler._optimize_charset = optimize_charset
        try:
            yield
        finally:
            _compiler._optimize_charset = _ORIGINAL
