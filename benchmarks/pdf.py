"""How long the PDF edition of the sample takes, beside typst and LibreOffice.

    python benchmarks/pdf.py [--runs 5] [--style gbt9704] [--source FILE] [--cold] [--times N]
                             [--profile N] [--against SRC]

Font loading (finding faces, reading cmaps, registering with ReportLab; with
``--cold`` also converting the CFF faces into a fresh cache) is timed apart
from layout, because a batch worker pays for fonts once and for layout per
document; layout is the median of ``--runs`` renders after a first, warming one.
``--source`` times another text (say ``python benchmarks/corpus.py /tmp/c 4``'s
longest) instead of the sample.  The LibreOffice figure converts ``build/<stem>.docx`` (or a DOCX
made by the DOCX renderer, if there is one) with ``soffice --headless``.
``--times N`` sets a document of the source's body N times over (x16, x64) and
compares the cost per page with typst (the PyPI ``typst`` package, in-process,
the same paragraphs and headings in the same faces and sizes), both warm.
``--profile N`` then lays the document out once more under cProfile and prints
the N functions that take the most time of their own.  ``--against SRC`` (say
another worktree's ``src``) compares the layout of this tree with SRC's instead,
in fresh processes taking turns (the machine is shared: one interleaved run),
each timing one warm layout in CPU seconds and counting the function calls of
another (a measure the load does not move).
"""

from __future__ import annotations

import argparse
import io
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


def _repeated(report, times: int):
    """The report with its body set ``times`` over (heading ids and metric ids kept apart)."""
    from dataclasses import replace

    blocks = list(report.front_matter)
    metrics = []
    for n in range(times):
        for block in report.body:
            spans = []
            for span in block.spans:
                if span.metric is not None:
                    metric = replace(span.metric, id=f"{span.metric.id}-{n}")
                    metrics.append(metric)
                    span = replace(span, metric=metric)
                spans.append(span)
            ident = f"{block.id}-{n}" if block.id else ""
            blocks.append(replace(block, spans=tuple(spans), id=ident))
    return replace(report, blocks=blocks, metrics=metrics)


def _typst_source(report, style, fontset) -> str:
    """The report as typst markup: the same page, faces, sizes and grid leading."""

    def face(role: str) -> str:
        return fontset.face_for("中", style.role(role).font)[0].source.family

    def escape(text: str) -> str:
        return "".join("\\" + c if c in "\\#*_`$<>@[]=-+/~\"'" else c for c in text)

    body = style.role("body")
    pitch = style.line_pitch_pt("body")
    page = style.page
    out = [
        f"#set page(width: {page.width_mm}mm, height: {page.height_mm}mm, "
        f"margin: (top: {page.margin_top_mm}mm, bottom: {page.margin_bottom_mm}mm, "
        f"left: {page.margin_left_mm}mm, right: {page.margin_right_mm}mm), "
        'numbering: "— 1 —")',
        f'#set text(font: "{face("body")}", size: {body.size_pt}pt, lang: "zh")',
        f"#set par(justify: true, leading: {pitch - body.size_pt}pt, "
        f"first-line-indent: (amount: 2em, all: true), spacing: {pitch - body.size_pt}pt)",
    ]
    for block in report.blocks:
        text = escape(block.heading_text if block.kind == "heading" else block.text)
        role = style.role(block.role)
        out.append(
            f'#block(text(font: "{face(block.role)}", size: {role.size_pt}pt)[{text}])'
            if block.kind != "paragraph"
            else text
        )
        out.append("")
    return "\n".join(out)


def _compare_typst(report, style, fontset, pages: int, layout: float, runs: int) -> None:
    try:
        import typst
    except ImportError:
        print("typst  : not installed (pip install typst), no comparison")
        return
    from pypdf import PdfReader

    source = _typst_source(report, style, fontset).encode("utf-8")
    data = typst.compile(source)  # warm: fonts found and loaded once per process
    seconds, _ = _median_seconds(lambda: typst.compile(source), runs)
    typst_pages = len(PdfReader(io.BytesIO(data)).pages)
    ours, theirs = layout / pages, seconds / typst_pages
    print(
        f"typst  : {seconds * 1000:6.0f} ms median, {typst_pages} pages; per page "
        f"{ours * 1000:.1f} ms here vs {theirs * 1000:.1f} ms typst = {ours / theirs:.2f}×"
    )


def _profile(action, count: int) -> None:
    """One more run of ``action`` under cProfile: its costliest functions by own time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(action)
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(count)


def _layout_figures(report, style) -> None:
    """Print one warm layout's CPU seconds and another's function calls (for ``--against``)."""
    import cProfile
    import pstats

    from reportpress.editions.pdf.write import write as make_layout

    make_layout(report, style)
    started = time.process_time()
    make_layout(report, style)
    seconds = time.process_time() - started
    profiler = cProfile.Profile()
    profiler.runcall(make_layout, report, style)
    print(seconds, pstats.Stats(profiler).total_calls)


def _against(args, other: Path) -> int:
    """Layout of this tree and of ``other`` in processes taking turns: medians and calls."""
    import subprocess

    trees = {"this": REPO / "src", "against": other.resolve()}
    figures: dict[str, list[tuple[float, int]]] = {name: [] for name in trees}
    command = [sys.executable, __file__, "--layout-figures", "--times", str(args.times)]
    command += ["--style", args.style, "--source", str(args.source)]
    for _ in range(args.runs):
        for name, tree in trees.items():
            env = dict(os.environ, PYTHONPATH=str(tree))
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            seconds, calls = out.stdout.split()[-2:]
            figures[name].append((float(seconds), int(calls)))
    for name, tree in trees.items():
        seconds = [s for s, _ in figures[name]]
        print(
            f"{name:8}: {statistics.median(seconds) * 1000:6.0f} ms CPU median of {args.runs} "
            f"(min {min(seconds) * 1000:.0f}), {figures[name][-1][1]:,} calls  ({tree})"
        )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="layout runs (median is shown)")
    parser.add_argument("--style", default="gbt9704")
    parser.add_argument("--source", type=Path, default=SAMPLE, help="report text to render")
    parser.add_argument("--cold", action="store_true", help="convert fonts into an empty cache")
    parser.add_argument("--soffice-runs", type=int, default=1)
    parser.add_argument("--times", type=int, default=1, help="repeat the body N times")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--against", type=Path, help="compare the layout with another src")
    parser.add_argument("--layout-figures", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.against:
        return _against(args, args.against)

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")
    workdir = Path(tempfile.mkdtemp(prefix="rp-bench-"))
    if args.cold:
        os.environ["XDG_CACHE_HOME"] = str(workdir / "cache")
    logging.basicConfig(level=logging.WARNING)

    from reportpress import fonts
    from reportpress.editions.pdf.write import font_texts
    from reportpress.editions.pdf.write import write as make_layout
    from reportpress.inputs import load
    from reportpress.model import from_xml
    from reportpress.styles import load_style

    source = args.source.resolve()
    root, _ = load(source)
    report = from_xml(root)
    style = load_style(args.style)
    if args.times > 1:
        report = _repeated(report, args.times)

    started = time.perf_counter()
    fontset = fonts.resolve(style)
    fontset.prepare(font_texts(report, style))
    font_seconds = time.perf_counter() - started
    if args.layout_figures:
        _layout_figures(report, style)
        return 0

    # warm: the first render also fills per-process caches; write() would remember it
    data = make_layout(report, style)
    layout, times = _median_seconds(lambda: make_layout(report, style), args.runs)
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

    _compare_typst(report, style, fontset, pages, layout, args.runs)
    if args.profile:
        _profile(lambda: make_layout(report, style), args.profile)
    if args.times > 1:
        shutil.rmtree(workdir, ignore_errors=True)
        return 0
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
