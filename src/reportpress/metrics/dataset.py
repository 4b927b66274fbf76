"""The metrics of many reports as one table, and the same indicators of two reports side by side.

One row per mention, with the report it comes from (file, title, date,
issuer), where it stands (section), what it measures (indicator), what the
text says (raw text, value, unit, qualifier, period) and the value in base
units, so that an analyst can add, compare and chart figures across districts
and years.  Reports are read in parallel; one that fails is named on one line
and the others are still in the table.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

from reportpress import patterns
from reportpress.errors import ReportpressError, UsageError
from reportpress.metrics.export import rows
from reportpress.metrics.periods import period_before
from reportpress.metrics.values import base_value, qualifier_words, range_low, signed

#: The dataset's columns, in order.  ``n`` … ``section`` are the answer keys'
#: columns; the rest say which report, and what the figure means for analysis.
COLUMNS = (
    "file", "title", "date", "issuer",
    "n", "section", "indicator", "text", "occurrence",
    "value", "value_low", "unit", "approx", "qualifier", "kind", "direction", "period",
    "base_value", "base_unit",
)  # fmt: skip
#: Columns holding numbers (typed in JSON and Parquet; empty means none).
NUMERIC = ("value", "value_low", "base_value")
FORMATS = ("tsv", "csv", "json", "parquet")
INPUT_SUFFIXES = (".txt", ".xml")


@dataclass
class Failure:
    path: Path
    message: str


def expand(inputs: Sequence[Path]) -> list[Path]:
    """Files as given; folders as every .txt and .xml below them (hidden ones skipped)."""
    found: list[Path] = []
    for given in inputs:
        if given.is_dir():
            found += sorted(
                p
                for p in given.rglob("*")
                if p.suffix.lower() in INPUT_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(given).parts)
            )
        elif given.is_file():
            found.append(given)
        else:
            raise UsageError(f"{given}: no such file or folder")
    return found


def records(root: etree._Element, file: str) -> list[dict[str, str]]:
    """The dataset rows of one report XML."""
    from reportpress.metrics.export import document_text
    from reportpress.model import from_xml

    report = from_xml(root)
    doc, metrics = document_text(root)
    issuer = report.affiliation
    result: list[dict[str, str]] = []
    for row, (_, start) in zip(rows(root), metrics, strict=True):
        before, after = qualifier_words(row["text"])
        # A decline is negative in base units, so that figures add and compare.
        signed_value = signed(row["value"], row["kind"], row["direction"])
        base, base_unit = base_value(signed_value, row["unit"])
        record = {
            "file": file,
            "title": report.title,
            "date": report.date,
            "issuer": issuer,
            **row,
            "value_low": range_low(row["text"]),
            "qualifier": before + after,
            "period": period_before(doc, start),
            "base_value": base,
            "base_unit": base_unit,
        }
        result.append(record)
    return result


def _records_of(path: Path) -> tuple[list[dict[str, str]], str]:
    """One worker's job: the rows of one input, or the one line saying why not."""
    from reportpress.inputs import load

    try:
        root, _ = load(path)
        return records(root, path.name), ""
    except ReportpressError as exc:
        return [], str(exc)
    except Exception as exc:  # one bad input never stops the others
        return [], f"{path}: internal error: {type(exc).__name__}: {exc}"


def build(paths: Sequence[Path], jobs: int = 1) -> tuple[list[dict[str, str]], list[Failure]]:
    """The rows of every input, in the order given, and the inputs that failed."""
    if jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
            results = list(pool.map(_records_of, paths))
    else:
        results = [_records_of(p) for p in paths]
    table: list[dict[str, str]] = []
    failures: list[Failure] = []
    for path, (found, message) in zip(paths, results, strict=True):
        if message:
            failures.append(
                Failure(path, message if str(path) in message else f"{path}: {message}")
            )
        table += found
    return table, failures


def _number(text: str) -> float | None:
    try:
        return float(Decimal(text)) if text else None
    except InvalidOperation:
        return None


def to_bytes(table: Iterable[dict[str, str]], fmt: str, columns: Sequence[str] = COLUMNS) -> bytes:
    """The table as tsv, csv, json (numbers typed) or parquet (needs pyarrow)."""
    table = list(table)
    if fmt in ("tsv", "csv"):
        out = io.StringIO()
        writer = csv.DictWriter(
            out,
            fieldnames=list(columns),
            delimiter="\t" if fmt == "tsv" else ",",
            lineterminator="\n",
            extrasaction="ignore",
        )
        writer.writeheader()
        writer.writerows({c: r.get(c, "") for c in columns} for r in table)
        return out.getvalue().encode("utf-8")
    typed = [
        {c: (_number(r.get(c, "")) if c in NUMERIC else r.get(c, "")) for c in columns}
        for r in table
    ]
    if fmt == "json":
        return (json.dumps(typed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise UsageError("parquet needs pyarrow: pip install 'reportpress[parquet]'") from None
        schema = pa.schema([(c, pa.float64() if c in NUMERIC else pa.string()) for c in columns])
        sink = io.BytesIO()
        pq.write_table(pa.Table.from_pylist(typed, schema=schema), sink)
        return sink.getvalue()
    raise UsageError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


# ---------------------------------------------------------------------------
# Two reports side by side
# ---------------------------------------------------------------------------

#: Words around an indicator that do not change what is measured: the place the
#: report speaks for and the period (全区GDP, 上半年全区GDP → GDP).
_FRAME_RE = patterns.compile(
    r"^(?:(?:19|20)[0-9]{2}年|今年|上半年|下半年|全年|前三季度|全区|全市|全县|全省|全州|全旗|全盟|全国|我区|我市|我县|我省)+"
)
COMPARE_COLUMNS = (
    "indicator", "kind", "direction", "base_unit",
    "text_a", "value_a", "base_value_a", "text_b", "value_b", "base_value_b", "change",
)  # fmt: skip


def indicator_key(indicator: str) -> str:
    """An indicator normalized for matching across reports: width, quotes, 的, frame words."""
    name = unicodedata.normalize("NFKC", indicator)
    name = re.sub(r"[的“”‘’\"'《》\s]", "", name)
    return _FRAME_RE.sub("", name) or name


def compare(a: list[dict[str, str]], b: list[dict[str, str]]) -> list[dict[str, str]]:
    """Line up the mentions of two reports by normalized indicator, kind and base unit.

    The n-th mention of an indicator in A stands beside the n-th in B; what has
    no partner stands alone.  ``change`` is B − A in base units when both exist.
    """
    groups: dict[tuple[str, str, str], list[list[dict[str, str]]]] = defaultdict(lambda: [[], []])
    for side, table in enumerate((a, b)):
        for row in table:
            key = (indicator_key(row["indicator"]), row["kind"], row["base_unit"])
            groups[key][side].append(row)
    result: list[dict[str, str]] = []
    for (_, kind, unit), (left, right) in groups.items():
        for i in range(max(len(left), len(right))):
            x = left[i] if i < len(left) else {}
            y = right[i] if i < len(right) else {}
            first = x or y
            change = ""
            if x and y and x["base_value"] and y["base_value"]:
                change = str(Decimal(y["base_value"]) - Decimal(x["base_value"]))
            result.append(
                {
                    "indicator": first["indicator"],
                    "kind": kind,
                    "direction": first["direction"],
                    "base_unit": unit,
                    "text_a": x.get("text", ""),
                    "value_a": x.get("value", ""),
                    "base_value_a": x.get("base_value", ""),
                    "text_b": y.get("text", ""),
                    "value_b": y.get("value", ""),
                    "base_value_b": y.get("base_value", ""),
                    "change": change,
                }
            )
    return result
