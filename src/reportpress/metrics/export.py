"""The metric rows of one report XML, as the answer keys list them (tsv, csv, json)."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TextIO

from lxml import etree

from reportpress.ladder import section_label
from reportpress.metrics.markup import local_name, namespace, tag
from reportpress.model import Metric

#: Meta text that stands in the source; <date> and <occasion> repeat the subtitle's words.
META_TEXT = ("title", "subtitle", "speaker")
#: The columns of one report's rows: place in the source, then the <metric> attributes.
FIELDS = ("n", "text", "occurrence", *Metric.ATTRIBUTES, "section")


def document_text(root: etree._Element) -> tuple[str, list[tuple[etree._Element, int]]]:
    """The document's text (meta title…speaker, then body) and each metric with its offset."""
    ns = namespace(root)
    parts: list[str] = []
    metrics: list[tuple[etree._Element, int]] = []
    length = 0
    metric_tag = tag(ns, "metric")

    def walk(el: etree._Element) -> None:
        nonlocal length
        if el.tag == metric_tag:
            metrics.append((el, length))
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    meta = root.find(tag(ns, "meta"))
    if meta is not None:
        for child in meta:
            if local_name(child) in META_TEXT:
                walk(child)
    body = root.find(tag(ns, "body"))
    if body is not None:
        walk(body)
    return "".join(parts), metrics


def occurrences(doc: str, found: list[tuple[str, int]]) -> list[int]:
    """For each (text, start) in document order: 1 + the overlapping matches of that
    text starting before it (the spec's ``occurrence``).

    One sweep over the document, checking at each character only the lengths of
    the mention texts that begin with it: linear in the document, however many
    distinct mention texts there are.
    """
    needles = {text for text, _ in found if text}
    lengths: dict[str, set[int]] = defaultdict(set)
    for needle in needles:
        lengths[needle[0]].add(len(needle))
    # re.compile, not patterns.compile: a class made of this document's characters would
    # be added to the disk cache of patterns that every process loads, one per document.
    starters = re.compile("[" + "".join(re.escape(ch) for ch in lengths) + "]") if lengths else None
    seen: Counter[str] = Counter()
    result: list[int] = []
    scanned = 0
    for text, start in found:
        if starters is not None and start > scanned:
            for m in starters.finditer(doc, scanned, start):
                p = m.start()
                for n in lengths[doc[p]]:
                    if (piece := doc[p : p + n]) in needles:
                        seen[piece] += 1
            scanned = start
        result.append(seen[text] + 1)
    return result


def section_path(metric: etree._Element, labels: dict[etree._Element, str]) -> str:
    """The numbers of the headings a metric stands under, joined by "/" (一/（一）)."""
    ns = namespace(metric)
    trail = []
    for section in metric.iterancestors(tag(ns, "section")):
        if section not in labels:
            heading = section.find(tag(ns, "heading"))
            text = "".join(heading.itertext()) if heading is not None else ""
            labels[section] = section_label(section.get("number") or "", text)
        trail.append(labels[section])
    return "/".join(reversed(trail))


def rows(root: etree._Element) -> list[dict[str, str]]:
    """One dict per <metric> (in <meta> text or <body>), in reading order."""
    doc, metrics = document_text(root)
    texts = ["".join(metric.itertext()) for metric, _ in metrics]
    counts = occurrences(doc, [(t, start) for t, (_, start) in zip(texts, metrics, strict=True)])
    labels: dict[etree._Element, str] = {}
    result: list[dict[str, str]] = []
    for n, ((metric, _), text, count) in enumerate(zip(metrics, texts, counts, strict=True), 1):
        row = {"n": str(n), "text": text, "occurrence": str(count)}
        row.update({name: metric.get(name, "") for name in Metric.ATTRIBUTES})
        row["section"] = section_path(metric, labels)
        result.append(row)
    return result


def write_rows(
    rows: Iterable[dict[str, str]], fmt: str, out: TextIO, fields: tuple[str, ...] = FIELDS
) -> None:
    """Write rows as tsv or csv (with a header) or json (a list of objects)."""
    rows = list(rows)
    if fmt == "json":
        json.dump(
            [{k: r.get(k, "") for k in fields} for r in rows], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
    elif fmt in ("tsv", "csv"):
        writer = csv.DictWriter(
            out,
            fieldnames=fields,
            delimiter="\t" if fmt == "tsv" else ",",
            lineterminator="\n",
            extrasaction="ignore",
            quoting=csv.QUOTE_MINIMAL,
        )
        writer.writeheader()
        for r in rows:
            writer.writerow({k: r.get(k, "") for k in fields})
    else:
        raise ValueError(f"unknown format {fmt!r}: use tsv, csv or json")
