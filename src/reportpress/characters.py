"""The distinct characters of a long text, which fonts are chosen and cut down for.

``set(text)`` makes a string object of each character outside Latin-1 (every Han
character) before it is hashed: 40 ms for the million characters of a long
report, asked once per edition.  Nearly all of a report's characters appear in
its first pages, so those are read that way, and the rest of the text is looked
through by the regex engine for any other, skipping known ones in C (a third of
the time at that length).  The answer is ``set(text)``'s, whatever the text.
"""

from __future__ import annotations

import re

#: Characters read one at a time before the rest is looked through for others.
SEED = 20_000


def distinct(text: str) -> set[str]:
    """The set of characters in ``text``: ``set(text)``, faster for a long text."""
    if len(text) <= 2 * SEED:
        return set(text)
    seen = set(text[:SEED])
    # Compiled per text with ``re`` itself: a class of a document's own characters is
    # no pattern for the program's pattern cache (:mod:`reportpress.patterns`).
    others = re.compile("[^" + "".join(map(re.escape, sorted(seen))) + "]+")
    return seen.union(*others.findall(text, SEED))
