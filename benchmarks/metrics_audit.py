"""A hand audit of metric extraction on reports the rules were not written for.

Draws a seeded random sample from ``../shared/corpus/texts`` (24 real reports):
rows of the extracted table, and number spans of the text (every run of digits
or Chinese numerals, whether or not it was extracted).  Each is written with
its context to a TSV that a person judges by reading, against docs/metrics.md:

* rows: ``mention`` (y/n: a metric mention at all), ``indicator`` (y/n: says
  what is measured, understandable without the sentence), ``row`` (y/n: text,
  value, unit, kind, direction and indicator all right);
* spans: ``should`` (y/n: the spec counts this number as a mention); whether it
  was ``found`` is filled in by the script.

Usage::

    PYTHONPATH=src python benchmarks/metrics_audit.py draw  [--label after] [--rows 60] [--spans 40] [--seed N]
                                                            [--texts DIR] [--tsv PATH]
    PYTHONPATH=src python benchmarks/metrics_audit.py score [--label after] [--tsv PATH]
    PYTHONPATH=src python benchmarks/metrics_audit.py recheck [--tsv PATH] [--texts DIR]

``recheck`` runs the current code on a judged sample's texts and prints the judged rows
that changed since (a failed one may be fixed, a passed one may be broken: read them).

``--texts DIR`` draws from another folder of reports and ``--tsv PATH`` keeps the
sample elsewhere (both commands take ``--tsv``): for a held-out set of reports the
rules were never written from, kept outside the repository so that neither its
texts nor its judged rows can be read while rules are written.  The defaults stay
``../shared/corpus/texts`` and ``benchmarks/audits/metrics_audit_<label>.tsv``.  A folder
with fewer rows or spans than asked for gives all it has.

``draw`` keeps the judgements already in the TSV for items drawn again (same
file, same place, same output), so that a re-run asks only about what changed.
Judged samples kept here: ``before`` (seed 20261201, the code before this
work) and ``after`` (the same seed once its errors were fixed: it guided the
rules, so it flatters them); ``holdout`` (seed 7, judged untouched when first
drawn, then its error classes fixed); ``final`` (seed 7 drawn again with the
last rules: the rows whose output changed are new to the judge); ``fresh``
(seed 20261202, judged, then its error classes fixed) and ``unseen`` (seed
20261203, drawn and judged after the last rule, untouched), each with a
``_before`` twin drawn on the code before that round; ``changed`` (every corpus
row a round of rules changed, judged before and after).  The fourth round:
``guide_before`` (seed 20261204, on the code before it), then ``blind``
(20261205) and ``untouched``, ``untouched3`` … ``untouched8`` (20261206 …
20261212), each drawn and judged before any rule was written from it, the last
on the final rules; ``guide``, ``blind_final`` and ``unseen_final`` are seeds
20261204, 20261205 and 20261203 drawn again on the final rules.  The fifth
round: ``r5_before`` (seed 20261220, the code before it), ``r5_untouched``,
``r5_untouched2`` … ``r5_untouched5`` (20261221 … 20261225, each drawn and
judged before any rule was written from it, the last on the final rules);
``r5_guide`` and the ``_final`` twins are those seeds drawn again on the final
rules.  The sixth round: ``r6_before`` (seed 20261230, the code before it),
``r6_untouched``, ``r6_untouched2`` … ``r6_untouched5`` (20261231 … 20261235,
each drawn and judged before any rule was written from it, the last on the
final rules).  The seventh round: ``r7_before`` (seed 20261240, the code before
it), ``r7_untouched``, ``r7_untouched2`` … ``r7_untouched9`` (20261241 … 20261249,
each drawn and judged before any rule was written from it; the last two on the
final rules).  The eighth round: ``r8_before`` (seed 20261250, the code before
it), ``r8_untouched``, ``r8_untouched2`` … ``r8_untouched8`` (20261251 …
20261258, each drawn and judged before any rule was written from it; the last
two on the final rules).  The ninth round: ``r9_before`` (seed 20261260, the
code before it), ``r9_untouched``, ``r9_untouched2`` … ``r9_untouched8`` (20261261
… 20261268, each drawn and judged before any rule was written from it; the last
two on the final rules).  The tenth round: ``r10_before`` (seed 20261270, the code
before it), ``r10_untouched``, ``r10_untouched2`` … ``r10_untouched21`` (20261271 …
20261291, each drawn and judged before any rule was written from it), and
``r10_final``, ``r10_final2``, ``r10_final3`` (20261292 … 20261294, drawn and judged
after the last rule).  The eleventh round: ``r11_final`` and ``r11_final2`` (20261300,
20261301), drawn and judged after its last rule.  The twelfth round: ``r12_before``
(20261302, the code before it), the guides ``r12_guide``, ``r12_guide2`` … ``r12_guide10``
(20261310 … 20261319, each judged before any rule was written from it), and
``r12_final``, ``r12_final2`` (20261303, 20261304), drawn and judged after its last rule.
``r13_judge``, ``r13_judge2`` (20261320, 20261321): drawn after the twelfth round and
judged by a second judge who wrote no rule.
The sample
of rows depends on the output, so a draw after a rule change asks again about
what changed.  ``score`` prints: precision (rows that are mentions), recall (spans that should
be mentions and were found), indicator understandable, whole-row accuracy.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

from reportpress.inputs import load

try:
    from reportpress.metrics.export import document_text, rows
    from reportpress.metrics.lexicon import NUMBER_RE
except ImportError:  # the single-module metrics.py before the split: to measure "before"
    from reportpress.metrics import NUMBER_RE, _document_text, _ns, rows  # type: ignore

    def document_text(root):  # type: ignore[no-redef]
        return _document_text(root, _ns(root))


HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "texts"
SEED = 20261201
ROW_FIELDS = ("kind_of_item", "file", "at", "context", "text", "value", "unit", "kind",
              "direction", "indicator", "mention", "indicator_ok", "row", "note")  # fmt: skip
SPAN_FIELDS = ("kind_of_item", "file", "at", "context", "text", "found", "should", "note")


def _context(doc: str, start: int, end: int) -> str:
    return (
        (doc[max(0, start - 40) : start] + "【" + doc[start:end] + "】" + doc[end : end + 20])
        .replace("\n", "⏎")
        .replace("\t", " ")
    )


def _tsv(label: str, tsv: Path | None) -> Path:
    return tsv if tsv is not None else HERE / "audits" / f"metrics_audit_{label}.tsv"


def _reports(texts: Path = CORPUS) -> list[tuple[str, str, list[dict[str, str]], list[int]]]:
    found = []
    for path in sorted(texts.glob("*.txt")):
        root, _ = load(path)
        doc, metrics = document_text(root)
        found.append((path.name, doc, rows(root), [start for _, start in metrics]))
    return found


def draw(
    label: str,
    n_rows: int,
    n_spans: int,
    seed: int = SEED,
    texts: Path = CORPUS,
    tsv: Path | None = None,
) -> Path:
    out = _tsv(label, tsv)
    judged: dict[tuple[str, ...], dict[str, str]] = {}
    if out.exists():
        with out.open(encoding="utf-8", newline="") as fh:
            for old in csv.DictReader(fh, delimiter="\t"):
                judged[_judged_as(old)] = old
    rng = random.Random(seed)
    reports = _reports(texts)
    all_rows = [
        (name, doc, row, start)
        for name, doc, table, starts in reports
        for row, start in zip(table, starts, strict=True)
    ]
    all_spans = [
        (name, doc, m.start(), m.end(), starts, table)
        for name, doc, table, starts in reports
        for m in NUMBER_RE.finditer(doc)
    ]
    items: list[dict[str, str]] = []
    for name, doc, row, start in rng.sample(all_rows, min(n_rows, len(all_rows))):
        end = start + len(row["text"])
        item = {
            "kind_of_item": "row",
            "file": name,
            "at": str(start),
            "context": _context(doc, start, end),
        }
        item |= {k: row[k] for k in ("text", "value", "unit", "kind", "direction", "indicator")}
        items.append(item)
    for name, doc, a, b, starts, table in rng.sample(all_spans, min(n_spans, len(all_spans))):
        hit = next(
            (r for r, s in zip(table, starts, strict=True) if s <= a < s + len(r["text"])), None
        )
        item = {
            "kind_of_item": "span",
            "file": name,
            "at": str(a),
            "context": _context(doc, a, b),
            "text": doc[a:b],
        }
        item["found"] = f"y {hit['text']} | {hit['indicator']}" if hit else "n"
        items.append(item)
    fields = ROW_FIELDS + tuple(f for f in SPAN_FIELDS if f not in ROW_FIELDS)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(
            fh, fieldnames=fields, delimiter="\t", lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        for item in items:
            old = judged.get(_judged_as(item))
            if old:
                for key in ("mention", "indicator_ok", "row", "should", "note"):
                    item[key] = old.get(key, "")
            writer.writerow(item)
    return out


#: What a judgement is of: a row drawn again keeps it only if every field judged is the
#: same (a changed value, unit, kind or direction asks again, as a changed indicator does).
JUDGED_FIELDS = ("kind_of_item", "file", "at", "text", "indicator", "value", "unit", "kind",
                 "direction")  # fmt: skip


def _judged_as(item: dict[str, str]) -> tuple[str, ...]:
    return tuple(item.get(field) or "" for field in JUDGED_FIELDS)


def score(label: str, tsv: Path | None = None) -> dict[str, float]:
    with _tsv(label, tsv).open(encoding="utf-8", newline="") as fh:
        items = list(csv.DictReader(fh, delimiter="\t"))
    rows_ = [i for i in items if i["kind_of_item"] == "row" and i["mention"]]
    spans = [i for i in items if i["kind_of_item"] == "span" and i["should"]]
    mentions = [r for r in rows_ if r["mention"] == "y"]
    should = [s for s in spans if s["should"] == "y"]
    figures = {
        "precision": len(mentions) / max(len(rows_), 1),
        "recall": sum(s["found"].startswith("y") for s in should) / max(len(should), 1),
        "indicator understandable": sum(r["indicator_ok"] == "y" for r in mentions)
        / max(len(mentions), 1),
        "whole-row accuracy": sum(r["row"] == "y" for r in rows_) / max(len(rows_), 1),
    }
    print(f"{tsv.stem if tsv else label}: {len(rows_)} rows and {len(spans)} spans judged")
    for name, value in figures.items():
        print(f"  {name}: {value:.3f}")
    return figures


def recheck(label: str, tsv: Path | None = None, texts: Path = CORPUS) -> tuple[int, int]:
    """Run the current code on the texts a judged sample was drawn from and print every
    judged row whose name, unit, kind or direction is now different: a failed row that
    changed may be fixed, a passed row that changed may be broken (read it).  Returns
    (failed rows changed, passed rows changed)."""
    with _tsv(label, tsv).open(encoding="utf-8", newline="") as fh:
        judged = [i for i in csv.DictReader(fh, delimiter="\t") if i["kind_of_item"] == "row"]
    now = {
        (name, start): row
        for name, _doc, table, starts in _reports(texts)
        for row, start in zip(table, starts, strict=True)
    }
    fields = ("indicator", "unit", "kind", "direction")
    changed = {"y": 0, "n": 0}
    for old in judged:
        new = now.get((old["file"], int(old["at"])))
        if new is not None and all(new[f] == old[f] for f in fields):
            continue
        verdict = "y" if old["row"] == "y" else "n"
        changed[verdict] += 1
        was = " | ".join(old[f] for f in fields)
        is_ = " | ".join(new[f] for f in fields) if new else "(no row now)"
        print(f"[{verdict}] {old['text']}: {was}  ->  {is_}")
    print(f"{changed['n']} failed rows changed, {changed['y']} passed rows changed")
    return changed["n"], changed["y"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("draw", "score", "recheck"))
    parser.add_argument("--label", default="after")
    parser.add_argument("--rows", type=int, default=60)
    parser.add_argument("--spans", type=int, default=40)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--texts", type=Path, default=CORPUS, help="folder of reports (*.txt)")
    parser.add_argument("--tsv", type=Path, help="sample file (default: by --label, here)")
    args = parser.parse_args(argv)
    if args.command == "draw":
        print(draw(args.label, args.rows, args.spans, args.seed, args.texts, args.tsv))
    elif args.command == "recheck":
        recheck(args.label, args.tsv, args.texts)
    else:
        score(args.label, args.tsv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
