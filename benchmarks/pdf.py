"""How long the PDF edition of the sample takes, beside LibreOffice converting the DOCX.

    python benchmarks/pdf.py [--runs 5] [--style gbt9704] [--source FILE] [--cold]

Font loading (finding faces, reading cmaps, registering with ReportLab; with
``--cold`` also converting the CFF faces into a fresh cache) is timed apart
from layout, because a batch worker pays for fonts once and for layout per
document; layout is the median of ``--runs`` renders after a first, warming one.
``--source`` times another text (say ``python benchmarks/corpus.py /tmp/c 4``'s
longest) instead of the sample.  The LibreOffice figure converts ``build/<stem>.docx`` (or a DOCX
made by the DOCX renderer, if there is one) with ``soffice --headless``.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from soffice import converter  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "chaoyang-2024-h1.txt"


def _median_seconds(action, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def _docx_for_soffice(report, style, workdir: Path, source: Path) -> tuple[Path | None, str]:
    """A DOCX of the source: the built one, else one made now, else why there is none."""
    built = REPO / "build" / f"{source.stem}.docx"
    if built.is_file():
        return built, f"{built.relative_to(REPO)}"
    try:
        from reportpress.editions.docx import edition as docx
    except ImportError:
        return None, "no build/*.docx and no DOCX renderer yet"
    path = workdir / f"{source.stem}.docx"
    path.write_bytes(docx.write(report, style))
    return path, "made by reportpress.editions.docx"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="layout runs (median is shown)")
    parser.add_argument("--style", default="gbt9704")
    parser.add_argument("--source", type=Path, default=SAMPLE, help="report text to render")
    parser.add_argument("--cold", action="store_true", help="convert fonts into an empty cache")
    parser.add_argument("--soffice-runs", type=int, default=1)
    args = parser.parse_args()

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")
    workdir = Path(tempfile.mkdtemp(prefix="rp-bench-"))
    if args.cold:
        os.environ["XDG_CACHE_HOME"] = str(workdir / "cache")
    logging.basicConfig(level=logging.WARNING)

    from reportpress import fonts
    from reportpress.editions.pdf import edition as pdf
    from reportpress.inputs import load
    from reportpress.model import from_xml
    from reportpress.styles import load_style

    source = args.source.resolve()
    root, _ = load(source)
    report = from_xml(root)
    style = load_style(args.style)

    started = time.perf_counter()
    fontset = fonts.resolve(style)
    fontset.prepare(pdf.collect_texts(report, style))
    font_seconds = time.perf_counter() - started

    data = pdf.write(report, style)  # warm: the first render also fills per-process caches
    layout, times = _median_seconds(lambda: pdf.write(report, style), args.runs)
    out = workdir / f"{source.stem}.pdf"
    out.write_bytes(data)
    from pypdf import PdfReader

    pages = len(PdfReader(str(out)).pages)

    print(f"source : {source.name}, style {style.name}, {len(report.metrics)} metrics")
    print(f"fonts  : {font_seconds:6.2f} s  (resolve + load{' + convert' if args.cold else ''})")
    for role, text in fontset.describe().items():
        print(f"         {role:13} {text}")
    print(
        f"layout : {layout * 1000:6.0f} ms median of {args.runs} "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
        f"{pages} pages, {len(data) / 1024:.0f} KiB"
    )

    docx, origin = _docx_for_soffice(report, style, workdir, source)
    convert = converter(docx, workdir / "lo", workdir / "lo-profile") if docx else None
    if docx is None:
        print(f"soffice: skipped ({origin})")
    elif convert is None:
        print("soffice: not installed, no comparison")
    else:
        convert()  # first start creates the profile; not counted
        seconds, _ = _median_seconds(convert, args.soffice_runs)
        print(f"soffice: {seconds:6.2f} s  DOCX → PDF ({origin})")
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
