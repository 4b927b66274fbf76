"""Glyphs drawn ahead, on a core that would otherwise wait (a first build of one document).

When a helper process reads and normalizes the input, the worker has loaded
ReportLab and the fonts before the report comes, and waits.  On a first build
that wait is spent drawing what the document will most likely need: the raw
text's characters in the face of the body's font role, which sets most of a
report (three quarters of the sample's glyphs); then, if the report has not
come yet, what each role's face covers is read.  The drawing goes into the
font cache a few glyphs at a time and stops as soon as the report has come;
whatever is left is done when the document's fonts are made, as it would be
anyway.  A warm cache finds every glyph and draws nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

#: Glyphs drawn between two looks at whether the report has come (a few milliseconds).
CHUNK = 48


def draw_ahead(source: Path, style_path: str, ready: Callable[[], bool]) -> int:
    """Draw the body face's glyphs of the raw text of ``source`` until ``ready()``; how many
    glyphs were looked up (drawn or found cached).

    Best effort: an input that cannot be read, a font that fails, anything that
    goes wrong is left to the build itself, which reports it.
    """
    from reportpress.characters import distinct
    from reportpress.fonts.fontset import resolve
    from reportpress.fonts.store import store
    from reportpress.ingest import read_source
    from reportpress.styles import load_style

    done = 0
    try:
        text = read_source(source).text
        style = load_style(style_path)
        fontset = resolve(style)
        for face, points in fontset.faces_of(distinct(text), style.role("body").font).items():
            ordered = sorted(points)
            for start in range(0, len(ordered), CHUNK):
                if ready():
                    return done
                chunk = ordered[start : start + CHUNK]
                store(face).outlines(chunk)
                done += len(chunk)
        for role in fontset.roles.values():  # then what the other roles' faces cover
            if ready():
                return done
            store(role.faces[0]).info()
    except Exception as exc:  # noqa: BLE001 — only ahead of the build, which says what fails
        log.debug("glyphs not drawn ahead: %s: %s", type(exc).__name__, exc)
    return done
