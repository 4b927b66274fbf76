"""The font cache: per face what it covers, and every glyph drawn so far, on disk.

One SQLite file per face under ``$XDG_CACHE_HOME/reportpress/fonts``, named
after the font file and keyed by its path, size and modification time.  It
holds the face's header (outline kind, metrics, names), the code points its
cmap maps (so that no process decodes a 40 000-entry CJK cmap again) and the
TrueType outline of every character a document has needed (a few hundred
bytes each, so the cache stays small: the sample's three Noto faces take less
than a megabyte).

Processes share it safely: a process that must draw glyphs takes the file's
write lock first (``BEGIN IMMEDIATE``) and looks again, so parallel workers
on an empty cache never draw the same glyphs twice — the second one waits and
finds them.  When the cache cannot be written (a read-only home, a damaged
file) the work is done in memory and a warning says so once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from functools import cached_property
from itertools import chain, repeat
from operator import add, itemgetter
from pathlib import Path

from reportpress.errors import RenderError
from reportpress.fonts.assembly import FaceHeader, assemble
from reportpress.fonts.discovery import FontFile
from reportpress.fonts.outlines import FaceGlyphs, Outline
from reportpress.fonts.sfnt import FaceTables, FontFileError

log = logging.getLogger(__name__)

#: Bumped when what is stored changes, so old cache files are not reused.
STORE_VERSION = 7

#: Documents' fonts kept per face (a few hundred kilobytes each): a document's
#: PDF font and its DOCX font (the same glyphs under the official name) for the
#: last few documents.
KEEP_FONTS = 8

#: The size from which a face's write-ahead log is folded into its file (folding waits
#: for the disk twice; a first build writes about a megabyte per face it uses).
FOLD_AT = 1024 * 1024

#: How long a process waits for another one drawing the same face's glyphs.
LOCK_TIMEOUT_S = 600


def cache_dir() -> Path:
    """Where faces' glyphs are kept: ``$XDG_CACHE_HOME/reportpress/fonts``."""
    from reportpress.cachedir import cache_root

    return cache_root() / "fonts"


@dataclass(frozen=True)
class FaceInfo:
    """A face as the cache knows it: outline kind, covered code points, header."""

    kind: str  # "truetype", "cff" or "other" (CFF2, bitmaps: not usable)
    ranges: tuple[tuple[int, int], ...]  # the code points the cmap maps, as runs
    header: FaceHeader | None

    @cached_property
    def coverage(self) -> frozenset[int]:
        """Every code point of the runs (built with whole-list operations: some 45 000)."""
        starts = map(itemgetter(0), self.ranges)
        stops = map(add, map(itemgetter(1), self.ranges), repeat(1))
        return frozenset(chain.from_iterable(map(range, starts, stops)))

    @classmethod
    def of(cls, kind: str, points: Iterable[int], header: FaceHeader | None) -> FaceInfo:
        ranges: list[list[int]] = []
        for point in sorted(points):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
        return cls(kind, tuple(map(tuple, ranges)), header)

    def to_json(self) -> str:
        header = asdict(self.header) if self.header else None
        return json.dumps({"kind": self.kind, "ranges": self.ranges, "header": header})

    @classmethod
    def from_json(cls, text: str) -> FaceInfo:
        raw = json.loads(text)
        header = raw["header"]
        if header is not None:
            header = FaceHeader(
                **{
                    key: tuple(map(tuple, value)) if isinstance(value, list) else value
                    for key, value in header.items()
                }
            )
        return cls(raw["kind"], tuple(map(tuple, raw["ranges"])), header)


def outline_kind(path: Path, index: int) -> str:
    """A face's outline kind, read cheaply (its table directory) and checked for truncation."""
    return FaceTables(path, index).kind


def read_info(path: Path, index: int) -> tuple[FaceInfo, FaceGlyphs | None]:
    """A face's kind, covered code points and header, read from the font file (checked for
    damage), and the face opened for drawing (None when it has no outlines to draw)."""
    tables = FaceTables(path, index)
    if tables.kind == "other":
        return FaceInfo("other", (), None), None
    glyphs = FaceGlyphs(path, index, tables)
    points = glyphs.unicodes()
    header = FaceHeader.read(tables, glyphs.name)
    if not points and "cmap" in tables.tables:
        raise FontFileError("its character map cannot be read")
    return FaceInfo.of(tables.kind, points, header), glyphs


class GlyphStore:
    """The cache of one face: its :class:`FaceInfo` and its drawn glyphs.

    One connection per process (a forked process opens its own), in WAL mode:
    a commit is atomic whatever kills the process, and it does not wait for
    the disk (``synchronous=NORMAL``: a power cut may lose the last glyphs
    drawn, never make the file lie).  Waiting for the disk at each of the
    two dozen commits of a first build cost more than drawing its glyphs.
    """

    def __init__(self, face: FontFile) -> None:
        self.face = face
        self.path = cache_dir() / f"{_stem(face)}-{_version(face)}.sqlite"
        self._info: FaceInfo | None = None
        self._kind: str | None = None
        self._outlines: dict[int, Outline] = {}
        self._glyphs: FaceGlyphs | None = None  # the face opened for drawing, once per process
        self._disk = True  # False once the cache file proved unusable
        self._damage: FontFileError | None = None  # the font file's, once found
        self._db: sqlite3.Connection | None = None
        self._db_pid = 0  # the process that opened _db
        self._lock = threading.RLock()  # one connection, used by one thread at a time

    # -- the face's info --

    def info(self) -> FaceInfo:
        """Kind, coverage and header: from the cache, else read from the font once and kept."""
        with self._lock:
            if self._info is None:
                text = self._query_one("SELECT json FROM info")
                if text is not None:
                    try:
                        self._info = FaceInfo.from_json(text)
                    except (ValueError, KeyError, TypeError):
                        text = None
                if text is None:
                    if self._damage is not None:
                        raise self._damage
                    try:
                        self._info, self._glyphs = read_info(self.face.path, self.face.index)
                    except FontFileError as exc:
                        self._damage = exc
                        raise
                    self._write_once("info", self._info.to_json())
            return self._info

    def kind(self) -> str:
        """The outline kind: the cached info's, else read from the font's table directory.

        Reading the directory costs less than opening a cache file, and making
        one (which waits for the disk) for a fallback face that may never draw a
        glyph would cost a first build more than everything else it does for it.
        """
        with self._lock:
            if self._kind is None:
                if self._info is not None or self._query_one("SELECT json FROM info") is not None:
                    self._kind = self.info().kind
                else:
                    self._kind = outline_kind(self.face.path, self.face.index)
            return self._kind

    # -- outlines --

    def outlines(self, points: Iterable[int]) -> dict[int, Outline]:
        """The TrueType outlines of these characters (those the face has), drawing what is new."""
        with self._lock:
            wanted = set(points) & self.info().coverage
            missing = wanted - self._outlines.keys()
            if missing:
                self._outlines.update(self._select(missing))
                missing -= self._outlines.keys()
            if missing:
                self._draw(missing)
            return {point: self._outlines[point] for point in wanted}

    # -- a document's font --

    def font(
        self,
        points: frozenset[int],
        name_suffix: str = "",
        names: Mapping[int, str] | None = None,
    ) -> bytes:
        """The TrueType font of exactly these characters, kept for the documents seen last.

        Rebuilding a document (or another with the same characters) then needs
        no font assembly and no fontTools at all.  ``name_suffix`` and ``names``
        are :func:`~reportpress.fonts.assembly.assemble`'s.
        """
        named = f"{sorted(names.items())}\0" if names else ""
        key = hashlib.sha1(f"{name_suffix}\0{named}{sorted(points)}".encode()).hexdigest()
        with self._lock:
            db = self._connect()
            row = None
            if db is not None:
                with contextlib.suppress(sqlite3.Error), _transaction(db):
                    row = db.execute("SELECT data FROM fonts WHERE key = ?", (key,)).fetchone()
                    if row is not None:
                        db.execute("UPDATE fonts SET used = ? WHERE key = ?", (time.time_ns(), key))
            if row is not None:
                return bytes(row[0])
            data = assemble(self.info().header, self.outlines(points), name_suffix, names)
            db = self._connect()
            if db is not None:
                with contextlib.suppress(sqlite3.Error), _transaction(db):
                    db.execute(
                        "INSERT OR REPLACE INTO fonts VALUES (?, ?, ?)", (key, time.time_ns(), data)
                    )
                    db.execute(
                        "DELETE FROM fonts WHERE key NOT IN "
                        "(SELECT key FROM fonts ORDER BY used DESC LIMIT ?)",
                        (KEEP_FONTS,),
                    )
                self._fold_log(db)
            return data

    def _draw(self, missing: set[int]) -> None:
        """Draw and store glyphs, under the file's write lock so no other process draws them too."""
        db = self._connect()
        if db is None:
            self._outlines.update(self._draw_now(missing))
            return
        drawn: dict[int, Outline] = {}
        try:
            with _transaction(db):  # waits while another process draws this face
                self._outlines.update(_select(db, missing))
                missing -= self._outlines.keys()
                if missing:
                    drawn = self._draw_now(missing)
                    db.executemany(
                        "INSERT OR REPLACE INTO glyphs VALUES (?, ?, ?)",
                        [(point, o.advance, o.data) for point, o in drawn.items()],
                    )
            self._fold_log(db)
        except sqlite3.Error as exc:
            self._give_up(exc)
            if not drawn:
                drawn = self._draw_now(missing)
        self._outlines.update(drawn)

    def _draw_now(self, points: set[int]) -> dict[int, Outline]:
        log.info("drawing %d glyphs of %s as TrueType", len(points), self.face.label())
        if self._glyphs is None:
            try:
                self._glyphs = FaceGlyphs(self.face.path, self.face.index)
            except FontFileError as exc:
                raise RenderError(
                    f"font file {self.face.path}: cannot read its glyphs ({exc})"
                ) from exc
        return self._glyphs.draw(points)

    def _select(self, points: set[int]) -> dict[int, Outline]:
        db = self._connect(create=False)
        if db is None:
            return {}
        try:
            return _select(db, points)
        except sqlite3.Error as exc:
            self._give_up(exc)
            return {}

    # -- the SQLite file --

    def _connect(self, create: bool = True) -> sqlite3.Connection | None:
        """This process's connection to the cache file, made (with the file) on first use;
        None (work in memory) when the file is unusable."""
        if not self._disk:
            return None
        if self._db is not None:
            if self._db_pid == os.getpid():
                return self._db
            _INHERITED.append(self._db)  # a forked process must neither use nor close it
            self._db = None
        try:
            new = not self.path.exists()
            if new:
                if not create:
                    return None
                self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                self.path, timeout=LOCK_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            if new:  # nothing in it to keep safe yet: made without waiting for the disk
                db.execute("PRAGMA synchronous = OFF")
            with contextlib.suppress(sqlite3.OperationalError):  # another process is making it
                db.execute("PRAGMA journal_mode = WAL")
            if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION:
                with _transaction(db):
                    for statement in _SCHEMA:
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            db.execute("PRAGMA synchronous = NORMAL")
        except (OSError, sqlite3.Error) as exc:
            self._give_up(exc)
            return None
        self._db, self._db_pid = db, os.getpid()
        return db

    def _query_one(self, sql: str) -> str | None:
        db = self._connect(create=False)
        if db is None:
            return None
        try:
            row = db.execute(sql).fetchone()
            return row[0] if row else None
        except sqlite3.Error as exc:
            self._give_up(exc)
            return None

    def _write_once(self, table: str, value: str) -> None:
        """Store the one row of ``info``, unless another process has just done so."""
        db = self._connect()
        if db is None:
            return
        try:
            with _transaction(db):
                if db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0:
                    db.execute(f"INSERT INTO {table} VALUES (?)", (value,))
        except sqlite3.Error as exc:
            self._give_up(exc)

    def _fold_log(self, db: sqlite3.Connection) -> None:
        """Once the write-ahead log has grown, move it into the file and empty it.

        A batch worker exits without closing its connections, which would leave
        each log behind as large as what the process wrote; so the cache stays
        about the size of its glyphs.  A small log is left as it is (folding
        waits twice for the disk).
        """
        try:
            grown = Path(f"{self.path}-wal").stat().st_size >= FOLD_AT
        except OSError:
            return
        if grown:
            with contextlib.suppress(sqlite3.Error):
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _give_up(self, exc: Exception) -> None:
        if self._disk:
            log.warning(
                "font cache %s not usable (%s); fonts are prepared in memory", self.path, exc
            )
        self._disk = False


#: What a cache file holds; user_version says the tables are made.
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS info (json TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS fonts "
    "(key TEXT PRIMARY KEY, used INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS glyphs "
    "(point INTEGER PRIMARY KEY, advance INTEGER NOT NULL, data BLOB NOT NULL)",
)
_SCHEMA_VERSION = 1

#: Connections a forked process inherited from its parent (kept, so never closed in it).
_INHERITED: list[sqlite3.Connection] = []


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection):
    """A write transaction: the file's write lock first (waiting for another process), then
    all or nothing."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _select(db: sqlite3.Connection, points: set[int]) -> dict[int, Outline]:
    found: dict[int, Outline] = {}
    ordered = sorted(points)
    for start in range(0, len(ordered), 500):  # SQLite's limit on bound parameters
        chunk = ordered[start : start + 500]
        rows = db.execute(
            f"SELECT point, advance, data FROM glyphs WHERE point IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        found.update({point: Outline(advance, bytes(data)) for point, advance, data in rows})
    return found


def _stem(face: FontFile) -> str:
    """The part of a cache file's name that stays while the font file is replaced."""
    where = hashlib.sha1(str(face.path.resolve()).encode()).hexdigest()[:8]
    return f"{face.path.stem}-{face.index}-{where}"


def _version(face: FontFile) -> str:
    """Changes when the font file does (size, time) or the store's format does."""
    stat = face.path.stat()
    raw = f"{stat.st_mtime_ns}\0{stat.st_size}\0{STORE_VERSION}"
    return hashlib.sha1(raw.encode()).hexdigest()[:8]


_STORES: dict[tuple[Path, int, str | None], GlyphStore] = {}
_STORES_LOCK = threading.Lock()


def store(face: FontFile) -> GlyphStore:
    """The cache of a face (one object per face per process, so each is read once)."""
    key = (face.path, face.index, os.environ.get("XDG_CACHE_HOME"))
    found = _STORES.get(key)
    if found is not None:
        return found
    with _STORES_LOCK:
        if key not in _STORES:
            try:
                _STORES[key] = GlyphStore(face)
            except OSError as exc:  # the font file went away
                raise RenderError(f"font file {face.path}: {exc}") from exc
        return _STORES[key]
