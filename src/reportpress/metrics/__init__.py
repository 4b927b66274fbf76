"""Metric mentions: find them in report text, mark them in the XML, list them.

The contract is ``docs/metrics.md``: a metric mention is a number with a unit
stating an amount, a count, a rate, a share or a completion level.  Every rule
is one of the genre (Chinese government reports), not of one report.  The
package is split by concern:

* ``lexicon``: the words rules are made of (units, approximation words, verbs, cues);
* ``script``: traditional characters and glosses read as the simplified text;
* ``scan``: figures (number, unit, approximation words), their refusals and lists;
* ``kinds``: amount, count, change, pp, share, completion, level, and direction;
* ``subjects``, ``counted``, ``names``: a clause's subject, a counted noun, names
  joined and tidied;
* ``indicators``: the phrase naming what each figure measures (a package: its
  clause, its owner, its list, a weak name finished);
* ``mentions``: one paragraph's mentions (``find_mentions``);
* ``periods``: the period a figure is given for, and single months told apart;
* ``markup``: ``<metric>`` elements in the report XML (``annotate``);
* ``values``: qualifiers, signs, ranges and base units, for the appendix and dataset;
* ``export``: one report's rows; ``dataset``: the table of many reports, and comparisons.

Names are imported on first use, so ``import reportpress.metrics`` costs nothing
until a rule is needed.
"""

from __future__ import annotations

import importlib
from typing import Any

NS = "urn:reportpress:report:1"

_WHERE = {
    "annotate": "markup",
    "find_mentions": "mentions",
    "Mention": "scan",
    "rows": "export",
    "write_rows": "export",
    "FIELDS": "export",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["NS", "FIELDS", "Mention", "annotate", "find_mentions", "rows", "write_rows"]
