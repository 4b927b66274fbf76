"""Opening a zip-packaged edition (DOCX, EPUB) to read it back, refusing zip bombs.

A reader must never decompress more than a real edition could hold: the sizes
each entry declares are checked before any byte is inflated.  ``zipfile`` stops
an entry at its declared size (and then fails its CRC), so a lying header cannot
make it inflate more than was checked.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from reportpress.errors import InputError

#: The most a whole package may hold once decompressed (the sample's DOCX holds < 2 MB).
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
#: The most one entry may grow when decompressed; text compresses 5–20×, fonts less.
MAX_RATIO = 100
#: Entries smaller than this may have any ratio (a run of spaces compresses 1000×).
SMALL_ENTRY_BYTES = 1024 * 1024
#: The most entries a package may have.
MAX_ENTRIES = 10_000


def check_sizes(archive: zipfile.ZipFile, path: object, kind: str) -> None:
    """InputError naming ``path`` if the archive would decompress to more than limits allow."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise InputError(path, f"not a plausible {kind}: {len(infos)} zip entries")
    total = 0
    for info in infos:
        total += info.file_size
        grows = info.file_size > max(SMALL_ENTRY_BYTES, MAX_RATIO * info.compress_size)
        if grows or total > MAX_UNPACKED_BYTES:
            raise InputError(
                path,
                f"not a plausible {kind}: {info.filename!r} would decompress to "
                f"{info.file_size} bytes from {info.compress_size} (a zip bomb?)",
            )


def open_package(path: Path, kind: str) -> zipfile.ZipFile:
    """The zip at ``path``, its sizes checked; InputError if it is none or too large unpacked."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(path, f"not a {kind}: {exc}") from None
    try:
        check_sizes(archive, path, kind)
    except InputError:
        archive.close()
        raise
    return archive
