"""Metric mentions marked up in the report XML as ``<metric>`` elements."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from lxml import etree

from reportpress.metrics.mentions import find_mentions
from reportpress.metrics.scan import Mention

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
    """Wrap every mention in <p>, <lead>, <closing> and <heading> text in <metric>.

    Mentions are found on a paragraph's whole text; one that would cross an
    element boundary (a <lead> edge) is left unwrapped.  Existing <metric>
    elements are unwrapped first, so annotating twice gives the same tree.
    """
    ns = namespace(root)
    etree.strip_tags(root, tag(ns, "metric"))
    targets = list(root.iter(*(tag(ns, n) for n in ANNOTATED)))
    # An element inside another (a <lead> in a <p>) is read with it.  Ancestors are
    # looked up among the targets themselves: asking each its tag built a string in lxml.
    annotated = set(targets)
    outer = [el for el in targets if not any(a in annotated for a in el.iterancestors())]
    numbered = 0  # ids follow reading order: the outer elements' and their slots'
    before = ""  # the paragraph just before: what a breakdown opening the next is of
    for el in outer:
        slots = list(_slots(el))
        texts = [((o.text if s == "text" else o.tail) or "") for o, s in slots]
        paragraph = "".join(texts)
        mentions = find_mentions(paragraph, before)
        # its text and the names its figures were given (采矿业增长…, named 采矿业增加值)
        before = paragraph + "".join(f"，{m.indicator}" for m in mentions)
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
