"""Batch benchmark: a generated corpus of the genre, timed end to end and by stage.

Prints, all from one run on this machine:
- per document (all four outputs), the median time on one core, split by stage;
- throughput of ``-j 2`` against ``-j 1``;
- how cost grows with length (×4 document against ×1);
- peak RSS of a worker building the ×4 document;
- pandoc (pypandoc-binary) turning equivalent Markdown into DOCX and EPUB, and the ratio;
- LibreOffice converting the sample's DOCX to PDF, against the full set of editions.

Usage: python benchmarks/batch.py [--count N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SAMPLE, write_corpus  # noqa: E402
from soffice import converter  # noqa: E402
from userenv import as_installed  # noqa: E402

import reportpress  # noqa: E402
from reportpress.batch import Job, build_one  # noqa: E402
from reportpress.inputs import load  # noqa: E402
from reportpress.model import from_xml  # noqa: E402

FORMATS = ("xml", "docx", "pdf", "epub")
STAGES = ("normalize", *FORMATS)


def markdown_of(path: Path) -> str:
    """Equivalent Markdown of a report: the same headings and paragraphs."""
    report = from_xml(load(path)[0])
    lines = [f"% {report.title}", ""]
    for block in report.blocks:
        if block.kind == "heading":
            lines += ["#" * block.level + " " + block.heading_text, ""]
        elif block.kind not in ("title",):
            lines += [block.text, ""]
    return "\n".join(lines)


def time_pandoc(markdown_files: list[Path], out: Path) -> float:
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    started = time.perf_counter()
    for md in markdown_files:
        for fmt in ("docx", "epub3"):
            subprocess.run(
                [pandoc, str(md), "-f", "markdown", "-t", fmt, "-o", str(out / f"{md.stem}.{fmt}")],
                check=True,
                capture_output=True,
            )
    return time.perf_counter() - started


def time_batch(inputs: Path, out: Path, jobs: int) -> float:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    results = reportpress.build([inputs], out=out, formats=FORMATS, jobs=jobs, force=True)
    elapsed = time.perf_counter() - started
    failed = [r.message for r in results if r.status == "failed"]
    if failed:
        raise SystemExit(f"build failed: {failed}")
    return elapsed


def peak_rss_mb(path: Path, out: Path) -> float:
    """Peak resident memory of a fresh process building one document (all editions)."""
    code = (
        "import reportpress,sys;"
        f"r=reportpress.build([{str(path)!r}], out={str(out)!r}, jobs=1, force=True);"
        "sys.exit(r[0].status=='failed')"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-c", code], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024


def soffice_seconds(docx: Path, out: Path) -> float | None:
    convert = converter(docx, out, Path(tempfile.mkdtemp(prefix="lo-profile-")))
    if convert is None:
        return None
    convert()  # the first start creates the profile
    started = time.perf_counter()
    convert()
    return time.perf_counter() - started


def main() -> None:
    as_installed()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=8, help="documents in the corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs per document for medians")
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")

    work = Path(tempfile.mkdtemp(prefix="reportpress-bench-"))
    corpus = work / "corpus"
    paths = write_corpus(corpus, args.count)
    print(
        f"corpus: {len(paths)} documents in {corpus} ({sum(p.stat().st_size for p in paths) // 1024} KiB)"
    )

    # Fonts and modules load once per worker: warm up before timing documents.
    warm = time.perf_counter()
    build_one(Job(SAMPLE, work / "warm", FORMATS, "gbt9704", force=True))
    print(f"first document incl. font loading: {time.perf_counter() - warm:.2f} s")

    per_stage: dict[str, dict[str, list[float]]] = {}
    for path in [SAMPLE, *paths]:
        factor = "x1 (sample)" if path == SAMPLE else path.stem.rsplit("-", 1)[1]
        for _ in range(args.repeat):
            result = build_one(Job(path, work / "one", FORMATS, "gbt9704", force=True))
            if result.status != "built":
                raise SystemExit(result.message)
            for stage in STAGES:
                per_stage.setdefault(factor, {}).setdefault(stage, []).append(
                    result.seconds.get(stage, 0.0)
                )
    print("\nmedian seconds per document, one core, by stage:")
    print(f"{'doc':>12} " + " ".join(f"{s:>9}" for s in STAGES) + f" {'total':>8}")
    totals: dict[str, float] = {}
    for factor, stages in per_stage.items():
        medians = [statistics.median(stages[s]) for s in STAGES]
        totals[factor] = sum(medians)
        print(f"{factor:>12} " + " ".join(f"{m:9.3f}" for m in medians) + f" {totals[factor]:8.3f}")
    if "x1" in totals and "x4" in totals:
        print(f"\nlength scaling: x4 / x1 = {totals['x4'] / totals['x1']:.2f} (linear would be ~4)")

    one = time_batch(corpus, work / "out-j1", 1)
    two = time_batch(corpus, work / "out-j2", 2)
    print(
        f"\nbatch of {len(paths)}: -j 1 {one:.2f} s, -j 2 {two:.2f} s, throughput ×{one / two:.2f}"
    )
    started = time.perf_counter()
    reportpress.build([corpus], out=work / "out-j2", formats=FORMATS, jobs=2)
    print(f"incremental re-run over the unchanged tree: {time.perf_counter() - started:.2f} s")

    x4 = next(p for p in paths if p.stem.endswith("x4"))
    print(
        f"\npeak RSS building the x4 document in a fresh process: {peak_rss_mb(x4, work / 'rss'):.0f} MiB"
    )

    markdown = []
    for path in [SAMPLE, *paths]:
        md = work / "md" / f"{path.stem}.md"
        md.parent.mkdir(exist_ok=True)
        md.write_text(markdown_of(path), encoding="utf-8")
        markdown.append(md)
    pandoc = time_pandoc(markdown[:1], work / "md")
    ours = totals["x1 (sample)"]
    print(
        f"\nsample: reportpress all four editions {ours:.2f} s; pandoc md→docx+epub {pandoc:.2f} s; ratio {ours / pandoc:.2f}"
    )
    pandoc_all = time_pandoc(markdown[1:], work / "md")
    print(
        f"corpus: reportpress -j 1 {one:.2f} s; pandoc md→docx+epub {pandoc_all:.2f} s; ratio {one / pandoc_all:.2f}"
    )
    lo = soffice_seconds(work / "one" / f"{SAMPLE.stem}.docx", work / "lo")
    if lo is None:
        print("soffice not found: LibreOffice comparison skipped")
    else:
        print(
            f"sample: soffice --convert-to pdf of the DOCX {lo:.2f} s; reportpress all editions {ours:.2f} s"
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
