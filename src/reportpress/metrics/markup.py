"""Metric mentions marked up in the report XML as ``<metric>`` elements."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import partial
from itertools import accumulate

from lxml import etree

from reportpress.cpus import LOOKS, Forked, list_or_redone, spare_cpus
from reportpress.metrics.indicators.lists import FRAME_LINE_RE
from reportpress.metrics.mentions import find_mentions
from reportpress.metrics.periods import changes_against_month_before, months_told_apart
from reportpress.metrics.scan import Mention
from reportpress.metrics.script import simplified

#: Elements whose text is searched; nested ones (a <lead> in a <p>) are read with their parent.
ANNOTATED = ("p", "lead", "closing", "heading")


def namespace(root: etree._Element) -> str:
    return etree.QName(root).namespace or ""


def tag(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}" if ns else name


def local_name(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _slots(el: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """The text slots of an element in reading order: (owner, "text"|"tail")."""
    yield el, "text"
    for child in el:
        if isinstance(child.tag, str):
            yield from _slots(child)
        yield child, "tail"


def _metric_element(
    owner: etree._Element, ns: str, mention: Mention, text: str, number: int
) -> etree._Element:
    """A <metric> for one mention; its attributes given at once, in their order
    (setting them one by one cost a call into lxml each), made in the owner's
    document (``etree.Element`` made a document of its own for each, then moved it)."""
    attributes = {"id": f"m{number}", "value": mention.value, "unit": mention.unit}
    if mention.approx:
        attributes["approx"] = mention.approx
    attributes["kind"] = mention.kind
    if mention.direction:
        attributes["direction"] = mention.direction
    attributes["indicator"] = mention.indicator
    metric = owner.makeelement(tag(ns, "metric"), attributes)
    metric.text = text
    return metric


def _wrap_slot(
    owner: etree._Element,
    slot: str,
    s: str,
    spans: list[Mention],
    offset: int,
    ns: str,
    number: int,
) -> None:
    """Split one text slot (its text ``s``, as read) around its mentions, inserting
    <metric> elements numbered from ``number`` on.

    Each element is put right after the one before (``addnext``), never by
    index, so a paragraph with many mentions costs time in proportion to them.
    """
    pieces: list[etree._Element] = []
    cut = 0
    for n, mention in enumerate(spans, start=number):
        a, b = mention.start - offset, mention.end - offset
        if pieces:
            pieces[-1].tail = s[cut:a] or None
        pieces.append(_metric_element(owner, ns, mention, s[a:b], n))
        cut = b
    head = s[: spans[0].start - offset]
    pieces[-1].tail = s[cut:] or None
    if slot == "text":
        owner.text = head or None
        owner.insert(0, pieces[0])
    else:
        owner.tail = head or None
        owner.addnext(pieces[0])
    for before, piece in zip(pieces, pieces[1:], strict=False):
        before.addnext(piece)


def annotate(root: etree._Element) -> None:
    """Wrap every mention in the title's, <p>, <lead>, <closing> and <heading> text in <metric>.

    Mentions are found on a paragraph's whole text; one that would cross an
    element boundary (a <lead> edge) is left unwrapped.  Existing <metric>
    elements are unwrapped first, so annotating twice gives the same tree.
    """
    ns = namespace(root)
    etree.strip_tags(root, tag(ns, "metric"))
    targets = list(root.iter(*(tag(ns, n) for n in ANNOTATED)))
    title = root.find(f"{tag(ns, 'meta')}/{tag(ns, 'title')}")
    # A headline's figures (…增长6.1%) are the report's; a title made up from the file's
    # name or given by the user is no text of the report.
    headline = title is not None and title.get("derived") is None
    if headline:
        targets.insert(0, title)
    # An element inside another (a <lead> in a <p>) is read with it.  Ancestors are
    # looked up among the targets themselves: asking each its tag built a string in lxml.
    annotated = set(targets)
    outer = [el for el in targets if not any(a in annotated for a in el.iterancestors())]
    read = []
    for el in outer:
        slots = list(_slots(el))
        read.append((slots, [((o.text if s == "text" else o.tail) or "") for o, s in slots]))
    paragraphs = ["".join(texts) for _, texts in read]
    # The headline is read alone: the report's first paragraph reads as it did without it.
    found = [find_mentions(paragraphs[0])] if headline else []
    found += paragraph_mentions(paragraphs[len(found) :])
    months_told_apart(paragraphs, found)
    heading = tag(ns, "heading")
    headings = frozenset(at for at, el in enumerate(outer) if el.tag == heading)
    changes_against_month_before(paragraphs, found, headings)
    numbered = 0  # ids follow reading order: the outer elements' and their slots'
    for (slots, texts), mentions in zip(read, found, strict=True):
        if not mentions:
            continue
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t)
        by_slot: dict[int, list[Mention]] = {}
        for mention in mentions:
            i = bisect_right(starts, mention.start) - 1  # the last slot starting at or before it
            if mention.end <= starts[i] + len(texts[i]):
                by_slot.setdefault(i, []).append(mention)
        first: dict[int, int] = {}
        for i in sorted(by_slot):
            first[i] = numbered + 1
            numbered += len(by_slot[i])
        # Right to left, so that earlier slots' owners are still where they were.
        for i in sorted(by_slot, reverse=True):
            owner, slot = slots[i]
            _wrap_slot(owner, slot, texts[i], by_slot[i], starts[i], ns, first[i])


#: Characters of text from which a long report's later paragraphs are read by a copy of
#: the process on an idle CPU meanwhile (below it, forking costs more than it saves).
SHARED_FROM = 40_000
#: How many paragraphs past the middle a cut is looked for (:func:`_cut`).
CUT_SEARCH = 40


def paragraph_mentions(paragraphs: list[str]) -> list[list[Mention]]:
    """The mentions of each paragraph, in order; each paragraph is read with the one before
    it (and the names of its figures: what a breakdown opening the next is of).

    In a long report, as soon as a CPU is idle (looked at every twentieth of the text:
    the worker beside a helper may still be loading ReportLab when the reading starts),
    the paragraphs after a cut in the middle of what is left are read by a forked copy
    of this process meanwhile (:class:`~reportpress.cpus.Forked`).  The cut falls after
    a paragraph without figures, whose mentions are none whatever came before it, so
    that both parts read exactly what one pass would read; a copy that fails leaves its
    part to be read here.
    """
    total = sum(map(len, paragraphs))
    if total < SHARED_FROM:
        return _read_from(paragraphs, 0, len(paragraphs))
    found: list[list[Mention]] = []
    reading, read, look_at = Reading(), 0, 0
    for at, paragraph in enumerate(paragraphs):
        if read >= look_at:
            look_at = read + total // LOOKS
            if total - read >= SHARED_FROM // 2 and spare_cpus() >= 1:
                cut = _cut(paragraphs, at)
                if cut is None:  # no paragraph without figures near the middle: one pass
                    look_at = total
                else:
                    return found + _shared(paragraphs, at, cut, reading)
        found.append(reading.mentions(paragraph))
        read += len(paragraph)
    return found


def _shared(paragraphs: list[str], start: int, cut: int, reading: Reading) -> list[list[Mention]]:
    """The mentions of ``paragraphs[start:]``: those before ``cut`` read here, the rest by a
    forked copy meanwhile (here too if the copy fails)."""
    rest = partial(_read_from, paragraphs, cut, len(paragraphs))
    later = Forked.start(rest)
    try:
        found = _read_from(paragraphs, start, cut, reading)
        return found + list_or_redone(later, len(paragraphs) - cut, rest)
    finally:
        if later is not None:
            later.close()


def frame_line(paragraph: str) -> str:
    """The breakdown's frame a paragraph is, written as a line of its own (从重点行业看), or ""."""
    line = FRAME_LINE_RE.fullmatch(simplified(paragraph))
    return line.group(1) if line else ""


class Reading:
    """What the next paragraph is read with: the paragraph before it and the names of its
    figures (what a breakdown opening the next is of), and a breakdown's frame written as
    a line of its own just before it (从重点行业看), which passes the paragraph before it on."""

    def __init__(self, before: str = "") -> None:
        self.before = before
        self.frame = ""

    def mentions(self, paragraph: str) -> list[Mention]:
        """The paragraph's mentions; what the next one is read with is updated."""
        found = find_mentions(paragraph, self.before, self.frame)
        if not found and (frame := frame_line(paragraph)):
            self.frame = frame  # the paragraph before stays what the next reads
        else:
            self.before = paragraph + "".join(f"，{m.indicator}" for m in found)
            self.frame = ""
        return found


def _read_from(
    paragraphs: list[str], start: int, stop: int, reading: Reading | None = None
) -> list[list[Mention]]:
    """The mentions of ``paragraphs[start:stop]``, the first read as ``reading`` says, or
    after ``start - 1`` alone, which must have no mentions and be no frame when ``start``
    is a cut."""
    if reading is None:
        reading = Reading(paragraphs[start - 1] if start else "")
    return [reading.mentions(paragraph) for paragraph in paragraphs[start:stop]]


def _cut(paragraphs: list[str], start: int = 0) -> int | None:
    """A paragraph index near the middle of the text from ``start`` on whose paragraph
    before has no figures and is no frame line (a heading, mostly), or None.  Whether a
    paragraph has any does not depend on the one before it: that only names them."""
    ends = list(accumulate(map(len, paragraphs[start:])))
    middle = start + (bisect_left(ends, ends[-1] // 2) if ends else 0)  # the paragraph holding it
    for at in range(middle + 1, min(middle + 1 + CUT_SEARCH, len(paragraphs))):
        # (nor framed by a line before: its figures are then read with the frame)
        framed = any(map(frame_line, paragraphs[max(0, at - 2) : at]))
        if not framed and not find_mentions(paragraphs[at - 1]):
            return at
    return None
