"""The OpenType container (sfnt): a face's tables found in its file, a font's tables written out.

A first build reads a few small tables of each face (``head``, ``hhea``,
``OS/2``, ``post``, ``loca``) and writes each document's small fonts.  Both are
done here with :mod:`struct` after the OpenType specification, so that a build
needs no fontTools tables at all (their import and the generic compilers cost
more than the rest of a first build's font work).
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from pathlib import Path


class FontFileError(Exception):
    """A font file that cannot be used (damaged, truncated, not a font)."""


#: sfnt versions of a single face: TrueType outlines ("true" on old Macs), CFF outlines
_FACE_VERSIONS = (b"\x00\x01\x00\x00", b"true", b"OTTO")
#: signatures of compressed web fonts, whose tables cannot be read in place
_WEB_FONTS = (b"wOFF", b"wOF2")


class FaceTables:
    """A face's table directory, in a font file or a collection (``index``), checked:
    every table lies within the file."""

    def __init__(self, path: Path, index: int) -> None:
        self.path = path
        try:
            with open(path, "rb") as file:
                size = file.seek(0, 2)
                file.seek(0)
                head = file.read(12)
                self.web_font = head[:4] in _WEB_FONTS
                self.tables: dict[str, tuple[int, int]] = {}
                if self.web_font:
                    return
                if head[:4] == b"ttcf":
                    count = struct.unpack(">I", head[8:12])[0]
                    if not 0 <= index < count:
                        raise FontFileError(f"the collection has no face {index}")
                    file.seek(12 + 4 * index)
                    file.seek(struct.unpack(">I", file.read(4))[0])
                    head = file.read(12)
                if head[:4] not in _FACE_VERSIONS:
                    raise FontFileError("not a TrueType or OpenType font")
                count = struct.unpack(">H", head[4:6])[0]
                directory = file.read(16 * count)
        except OSError as exc:
            raise FontFileError(str(exc)) from exc
        except struct.error as exc:
            raise FontFileError("its header is cut short") from exc
        if len(directory) < 16 * count:
            raise FontFileError("its table directory runs past the end of the file")
        for tag, _, offset, length in struct.iter_unpack(">4sIII", directory):
            name = tag.decode("latin-1")
            if offset + length > size:
                raise FontFileError(f"table {name.strip()!r} runs past the end of the file")
            self.tables[name] = (offset, length)

    @property
    def kind(self) -> str:
        """``truetype``, ``cff``, or ``other`` (CFF2, bitmaps, a web font's compressed tables)."""
        if "glyf" in self.tables:
            return "truetype"
        return "cff" if "CFF " in self.tables else "other"

    def table(self, tag: str) -> bytes:
        """A whole table's bytes (FontFileError when the face has none)."""
        if tag not in self.tables:
            raise FontFileError(f"it has no {tag.strip()!r} table")
        offset, length = self.tables[tag]
        try:
            with open(self.path, "rb") as file:
                file.seek(offset)
                return file.read(length)
        except OSError as exc:
            raise FontFileError(str(exc)) from exc


# ---- writing ---------------------------------------------------------------------------------

#: the order the OpenType specification recommends for a TrueType font's tables in the file
_TRUETYPE_ORDER = ("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "name", "post")

#: head's checkSumAdjustment makes the whole file's checksum this
_CHECKSUM_MAGIC = 0xB1B0AFBA


def search_range(count: int, item_size: int) -> tuple[int, int, int]:
    """searchRange, entrySelector and rangeShift of a binary-searchable array of ``count`` items."""
    exponent = max(count.bit_length() - 1, 0)
    searched = (1 << exponent) * item_size
    return searched, exponent, max(0, count * item_size - searched)


def checksum(data: bytes) -> int:
    """The sum of the data as big-endian 32-bit words (zero-padded), modulo 2**32."""
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def write_font(tables: Mapping[str, bytes]) -> bytes:
    """A TrueType font file of these tables: directory sorted by tag, tables in the
    recommended order, each padded to four bytes, ``head``'s checkSumAdjustment set."""
    order = [tag for tag in _TRUETYPE_ORDER if tag in tables]
    order += sorted(set(tables) - set(order))
    count = len(tables)
    offset = 12 + 16 * count
    entries: dict[str, tuple[int, int, int]] = {}
    body = []
    for tag in order:
        data = tables[tag]
        if tag == "head":
            data = data[:8] + b"\0\0\0\0" + data[12:]
        entries[tag] = (checksum(data), offset, len(data))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    header = struct.pack(">4sH3H", b"\x00\x01\x00\x00", count, *search_range(count, 16))
    directory = b"".join(
        struct.pack(">4s3I", tag.encode("latin-1"), *entries[tag]) for tag in sorted(entries)
    )
    font = bytearray(header + directory + b"".join(body))
    if "head" in entries:  # the file's sum: its header's and every (padded) table's
        total = checksum(header + directory) + sum(entry[0] for entry in entries.values())
        at = entries["head"][1] + 8
        font[at : at + 4] = struct.pack(">I", (_CHECKSUM_MAGIC - total) & 0xFFFFFFFF)
    return bytes(font)
