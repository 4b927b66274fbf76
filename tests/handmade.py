"""Hand-made reports for the editions' tests, completed as ``model.from_xml`` completes read ones."""

from __future__ import annotations

from dataclasses import replace

from reportpress.ladder import display_depths
from reportpress.model import Report


def with_depths(report: Report) -> Report:
    """Give the headings of hand-made blocks the display depth ``from_xml`` would give them."""
    at = [i for i, b in enumerate(report.blocks) if b.kind == "heading"]
    depths = display_depths([report.blocks[i].level for i in at])
    for index, depth in zip(at, depths, strict=True):
        report.blocks[index] = replace(report.blocks[index], depth=depth)
    return report
