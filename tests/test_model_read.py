"""The model read off the XML: every span and mention as the XML holds it.

``from_xml`` compares whole tags and takes a mention's text once; these tests read
the same XML the plain way (local names, every text iterated) and compare.
"""

from __future__ import annotations

from lxml import etree

from reportpress.model import Metric, Span, from_xml
from reportpress.reportxml import local, q


def _plain_spans(element, lead: bool = False) -> list[tuple[str, bool, str | None]]:
    spans = [(element.text, lead, None)] if element.text else []
    for child in element:
        if local(child) == "metric":
            spans.append(("".join(child.itertext()), lead, child.get("id")))
        elif local(child) == "lead":
            spans += _plain_spans(child, lead=True)
        if child.tail:
            spans.append((child.tail, lead, None))
    return spans


def _plain_blocks(root) -> list[list[tuple[str, bool, str | None]]]:
    return [
        _plain_spans(e)
        for e in root.find(q("body")).iter(q("heading"), q("p"), q("salutation"), q("closing"))
    ]


def _model_blocks(report) -> list[list[tuple[str, bool, str | None]]]:
    def row(span: Span):
        return span.text, span.lead, span.metric.id if span.metric else None

    return [
        [row(s) for s in b.spans]
        for b in report.blocks
        if b.kind not in ("title", "subtitle", "speaker")
    ]


def test_the_sample_reads_as_its_xml_holds_it(sample_root):
    report = from_xml(sample_root)
    assert _model_blocks(report) == _plain_blocks(sample_root)
    elements = {m.get("id"): m for m in sample_root.iter(q("metric"))}
    assert [m.id for m in report.metrics] == list(elements)
    for metric in report.metrics:
        element = elements[metric.id]
        assert metric.text == "".join(element.itertext())
        for name in Metric.ATTRIBUTES:
            assert getattr(metric, name) == element.get(name, "")


def test_a_mention_with_inner_markup_keeps_all_its_text(sample_root):
    """A mention holding an element or comment (a hand-edited XML) is read whole."""
    root = etree.fromstring(etree.tostring(sample_root))
    element = next(root.iter(q("metric")))
    whole = "".join(element.itertext())
    element.text = whole[:1]
    inner = etree.SubElement(element, q("x"))  # any child: its text is the mention's
    inner.text, inner.tail = whole[1:2], whole[2:]
    element.insert(0, etree.Comment("note"))
    metric = from_xml(root).metrics[0]
    assert metric.text == "".join(element.itertext())
    assert metric.id == element.get("id")
