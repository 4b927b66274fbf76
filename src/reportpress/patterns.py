"""Regular expressions compiled once per machine, not once per process.

Reading one report uses about 500 of the rules' 900 patterns.  Many hold Han ranges
(``[\\u4e00-\\u9fff]``), for which Python's ``re`` fills a 65,536-entry table one
character at a time: about 0.12 s of every process that reads a report, on the
critical path of a one-document build.  What ``re`` makes of a pattern (its code
list) depends only on the pattern, the flags and the interpreter, so it is kept
on disk, as ``.pyc`` files keep bytecode, and handed back to ``_sre`` next time.

A pattern is compiled when first used, not when defined (:class:`Pattern`), so
that a first build compiles only the ones its report needs.

``_sre`` verifies every code list it is given, and the file is keyed by the
interpreter's cache tag and the engine's version: a damaged or foreign file is
ignored and the patterns compile as usual.  Any failure of the cache falls back
to :func:`re.compile`, so matching never depends on it.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any, cast

from reportpress.cachedir import cache_root
from reportpress.lookahead import add_first_character_test, add_inner_tests, engine_code

#: (pattern, flags) → the arguments ``_sre.compile`` takes after the pattern.
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_lock = threading.Lock()
_known: dict[tuple[str, int], Compiled] | None = None
_new: dict[tuple[str, int], Compiled] = {}


def _engine() -> Any | None:
    """``re``'s parser, code generator and engine, if this interpreter has the ones we know."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    needed = (getattr(_parser, "parse", None), getattr(_compiler, "_code", None))
    if not all(map(callable, needed)) or not callable(getattr(_sre, "compile", None)):
        return None
    return _sre, _parser, _compiler


def cache_file() -> Path:
    """One file per interpreter and regular-expression engine version."""
    import _sre

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-lookahead-inner-cost"
    return cache_root() / f"patterns-{tag}.marshal"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's own name
    """``re.compile(pattern, flags)``, done when the pattern is first used (:class:`Pattern`)."""
    if not isinstance(pattern, str) or int(flags) & re.DEBUG:
        return re.compile(pattern, flags)
    return cast("re.Pattern[str]", Pattern(pattern, int(flags)))


class Pattern:
    """A compiled pattern that is compiled when first used, then is the compiled one.

    The rules define about 900 patterns at import; a report of the genre uses
    about 500 (the rest wait for words it does not have).  Compiling none before
    it is needed saves the others on a first build, before the disk cache holds
    them (0.15 s of CPU for the sample).  ``pattern`` is there at once (patterns are
    built from others' sources); any other attribute compiles, and the compiled
    pattern's methods are then kept on the object itself, so a call costs what
    it costs on a ``re.Pattern``.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # (copy and pickle asking for their hooks)
            raise AttributeError(name)
        compiled = self.__dict__.get("_re")
        if compiled is None:  # (once: an attribute not kept below asks for it again)
            compiled = self.__dict__["_re"] = _compiled(self.pattern, self._flags)
            for kept in _KEPT:
                self.__dict__[kept] = getattr(compiled, kept)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"patterns.compile({self.pattern!r}, {self._flags})"


#: What a compiled pattern's users read: its methods and its description.
_KEPT = (
    "match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "scanner",
    "flags", "groups", "groupindex",
)  # fmt: skip


def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the disk cache when it holds the pattern."""
    engine = _engine()
    if engine is None:
        return re.compile(pattern, flags)
    _sre, _parser, _compiler = engine
    key = (pattern, flags)
    with _lock:
        known = _load()
        args = known.get(key) or _new.get(key)
    if args is not None:
        try:
            return _sre.compile(pattern, *args)
        except Exception:  # a damaged entry: compile afresh below
            with _lock:
                known.pop(key, None)
    parsed = _parser.parse(pattern, flags)
    add_first_character_test(parsed, flags)
    add_inner_tests(parsed, flags)
    code = engine_code(parsed, flags)  # plain ints: marshal
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    args = (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    compiled = _sre.compile(pattern, *args)
    with _lock:
        _new[key] = args
    return compiled


def _load() -> dict[tuple[str, int], Compiled]:
    global _known
    if _known is None:
        _known = _read(cache_file())
    return _known


def _read(path: Path) -> dict[tuple[str, int], Compiled]:
    """The patterns a cache file holds ({} when it is missing, damaged or foreign)."""
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            return loaded
    return {}


def save() -> None:
    """Write the patterns compiled afresh in this process (none: nothing is written).

    Called where a process has read a report (every pattern it needs is compiled
    by then) and at exit; the file is replaced whole, so a reader never sees half.
    """
    with _lock:
        if not _new:
            return
        known = _load()
        # What other processes saved since this one loaded the file stays: processes of
        # other versions (a batch's workers, another checkout) each add their own patterns.
        known.update(_read(cache_file()))
        known.update(_new)
        _new.clear()
        data = marshal.dumps(known)
    target = cache_file()
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError:  # a read-only or full cache only costs the compiling again
        with contextlib.suppress(OSError):
            temporary.unlink()


atexit.register(save)
