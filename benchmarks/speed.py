"""Speed benchmark: whole processes from the shell, side by side with peer tools.

Everything a new user pays is timed: interpreter start, imports, font loading and
conversion, writing.  Commands of one comparison run interleaved, round after
round, and the medians are compared, so that a noisy shared machine shifts both
sides alike; read the ratios, not the seconds.

Prints, from one run:
- all four editions of the sample against pandoc md→docx + pandoc md→epub +
  typst compile (the PyPI ``typst`` package, ``pip install .[bench]``);
- ``-f pdf`` against typst, ``-f docx`` / ``-f epub`` against pandoc, and
  LibreOffice converting our DOCX to PDF, for the sample's body repeated
  x1, x4, x16 and x64, with the cost of each extra sample-length;
- a first build on an empty font cache (``XDG_CACHE_HOME``) against a warm one;
- a nothing-to-do rebuild against ``--version``;
- a one-document build with its helper process against the same held to one core;
- ``-j 2`` against ``-j 1`` on 16 documents;
- peak memory of a worker building the x64 document;
- the modules that cost most at import (``python -X importtime``);
- ``stages``: where the cost of each extra sample-length goes, stage by stage
  (ingest, normalizer, metrics, validation, model, XML; the PDF's paragraphs,
  appendix table, drawing and saving; the DOCX with its page layout; the EPUB's
  Python side and pandoc), in CPU seconds and function calls (a measure the
  machine's load does not move), each size in a fresh process.

``--against SRC`` (say another worktree's ``src``) runs every command of ours a
second time with ``PYTHONPATH=SRC`` in the same rounds ("base: …"), so that old
and new are compared in one interleaved run.

Each line ends with the goal of issue 11 and whether it is met.

Usage: python benchmarks/speed.py [--rounds N] [--sizes 1,4,16,64] [--quick] [--only SECTION]
                                  [--against SRC] [--big-rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SAMPLE, write_corpus  # noqa: E402
from soffice import converter  # noqa: E402
from userenv import as_installed  # noqa: E402

PYTHON = sys.executable
FORMATS = ("xml", "docx", "pdf", "epub")
Command = Sequence[str]


# ---- inputs ---------------------------------------------------------------------------


def repeated_sample(factor: int, folder: Path) -> Path:
    """The sample with its body (everything from the first level-1 heading) repeated."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    start = next(
        i for i, line in enumerate(lines) if re.match(r"^\s*[一二三四五六七八九十]+、", line)
    )
    text = "\n".join(lines[:start] + lines[start:] * factor)
    path = folder / f"sample-x{factor}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def peer_sources(xml: Path, appendix: bool = False) -> tuple[Path, Path]:
    """Markdown (for pandoc) and Typst markup of a report: the same headings and paragraphs.

    With ``appendix``, the Markdown also ends with our metrics appendix as a pipe table
    (a heading, then its group rows and metric rows), written to ``*.table.md``: pandoc
    then writes what our DOCX holds, and only the finding of the figures is ours alone.
    """
    from reportpress.model import from_xml
    from reportpress.reportxml import read
    from reportpress.styles import load_style

    report = from_xml(read(xml))
    markdown = [f"% {report.title}", ""]
    typst = [
        '#set page(paper: "a4", margin: (top: 37mm, left: 28mm, right: 26mm, bottom: 35mm),'
        ' numbering: "— 1 —")',
        '#set text(font: ("Noto Serif CJK SC",), size: 16pt, lang: "zh")',
        "#set par(justify: true, first-line-indent: 2em, leading: 0.75em)",
        f"#align(center, text(size: 22pt)[{_typst_escape(report.title)}])",
        "",
    ]
    for block in report.blocks:
        if block.kind == "heading":
            markdown += ["#" * block.level + " " + block.heading_text, ""]
            typst += ["=" * block.level + " " + _typst_escape(block.heading_text), ""]
        elif block.kind != "title":
            markdown += [block.text, ""]
            typst += [_typst_escape(block.text), ""]
    md, typ = xml.with_suffix(".md"), xml.with_suffix(".typ")
    if appendix:
        style = load_style("gbt9704").appendix
        columns = style.columns
        md = xml.with_suffix(".table.md")
        markdown += ["# " + style.title, ""]
        markdown += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        for group in report.appendix():
            if group.label:
                markdown.append("| " + _cell(group.label) + " |" * len(columns))
            markdown += ["| " + " | ".join(map(_cell, m.row)) + " |" for m in group.metrics]
    md.write_text("\n".join(markdown), encoding="utf-8")
    typ.write_text("\n".join(typst), encoding="utf-8")
    return md, typ


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _typst_escape(text: str) -> str:
    return re.sub(r"([\\#\[\]*_`$<>@=\-+/~\"])", r"\\\1", text)


# ---- commands ------------------------------------------------------------------------------


def reportpress(*args: str) -> list[str]:
    return [PYTHON, "-m", "reportpress", *args]


def build(source: Path, out: Path, formats: Sequence[str] = FORMATS, *extra: str) -> list[str]:
    return reportpress("build", str(source), "-o", str(out), "-f", ",".join(formats), *extra)


def pandoc_command(md: Path, target: Path) -> list[str]:
    import pypandoc

    return [pypandoc.get_pandoc_path(), str(md), "-f", "markdown", "-o", str(target)]


def typst_command(typ: Path, target: Path) -> list[str]:
    code = "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2])"
    return [PYTHON, "-c", code, str(typ), str(target)]


#: CPU seconds (user + system, with every process it waited for) of the last :func:`run`:
#: what the machine's load moves least.
LAST_CPU = [0.0]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: Command, env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of one process; a failure stops the benchmark with its message."""
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    LAST_CPU[0] = _children_cpu() - cpu
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{proc.stderr[-2000:]}")
    return elapsed


#: Median CPU seconds of each task of the last :func:`interleaved` run by :func:`run`.
CPU_MEDIANS: dict[str, float] = {}


def interleaved(
    tasks: dict[str, Callable[[], float]], rounds: int, warmup: bool = True
) -> dict[str, float]:
    """Median seconds of each task, run round-robin ``rounds`` times (after one warm-up round)."""
    times: dict[str, list[float]] = {name: [] for name in tasks}
    cpu: dict[str, list[float]] = {name: [] for name in tasks}
    for round_index in range(rounds + (1 if warmup else 0)):
        for name, task in tasks.items():
            LAST_CPU[0] = float("nan")
            seconds = task()
            if round_index or not warmup:
                times[name].append(seconds)
                cpu[name].append(LAST_CPU[0])
    CPU_MEDIANS.clear()
    CPU_MEDIANS.update({name: statistics.median(values) for name, values in cpu.items()})
    return {name: statistics.median(values) for name, values in times.items()}


def verdict(value: float, goal: float, smaller_is_better: bool = True, unit: str = "") -> str:
    met = value <= goal if smaller_is_better else value >= goal
    sign = "≤" if smaller_is_better else "≥"
    return f"goal {sign} {goal:g}{unit}: {'met' if met else 'NOT met'}"


def peak_rss_mib(command: Command, env: dict[str, str] | None = None) -> float:
    """Peak resident memory of the largest process a command runs (itself or a worker)."""
    code = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [PYTHON, "-c", code, *command], capture_output=True, text=True, env=env, check=True
    )
    return int(out.stdout.strip()) / 1024


def import_costs(command: Command, top: int = 12) -> list[tuple[float, str]]:
    """The modules with the largest cumulative import time (``-X importtime``), in seconds."""
    proc = subprocess.run(
        [PYTHON, "-X", "importtime", *command[1:]], capture_output=True, text=True, check=False
    )
    rows: list[tuple[float, str]] = []
    for line in proc.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(2)) <= 3:  # top-level imports and their direct children
            rows.append((int(match.group(1)) / 1e6, match.group(3)))
    return sorted(rows, reverse=True)[:top]


# ---- stages: where each extra sample-length goes --------------------------------------------

#: The stages a -f pdf, -f docx and -f epub build goes through, timed in one process.
STAGE_CODE = r"""
import cProfile, json, os, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from speed import repeated_sample
from reportpress import reportxml
from reportpress.editions import edition
from reportpress.editions.pdf import compose, flowables, write
from reportpress.editions.docx import pagination as docx_pagination
from reportlab.pdfgen import canvas
from reportpress.ingest import read_source
from reportpress.metrics import annotate
from reportpress.model import from_xml
from reportpress.structure import normalize
from reportpress.styles import load_style

source = repeated_sample(int(sys.argv[1]), Path(sys.argv[2]))
style = load_style("gbt9704")
seconds, calls = {}, {}
HeadingPages = getattr(docx_pagination, "HeadingPages", None)  # (not in older trees)
PDF_PARTS = [  # (owner, method, stage): what the PDF's time is spent on
    (compose.Composer, "body", "pdf: set paragraphs"),
    (flowables.RuledTable, "wrap", "pdf: set appendix table"),
    (flowables.LineBlock, "draw", "pdf: draw paragraphs"),
    (flowables.RuledTable, "draw", "pdf: draw table"),
    (canvas.Canvas, "save", "pdf: save (objects, zlib)"),
    (HeadingPages, "result", "docx: its pages laid out (this process's share)"),
]
inner = {}
def timed(owner, name, stage):
    function = getattr(owner, name)
    def wrapper(*args, **kw):
        started = time.process_time()
        try:
            return function(*args, **kw)
        finally:
            inner[stage] = inner.get(stage, 0.0) + time.process_time() - started
    setattr(owner, name, wrapper)
for owner, name, stage in PDF_PARTS:
    if hasattr(owner, name):
        timed(owner, name, stage)

def stage(name, action, profile):
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        result = action()
        profiler.disable()
        calls[name] = sum(s[1] for s in profiler.getstats())
        return result
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.process_time()
    result = action()
    seconds[name] = time.process_time() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    if child > 0.005:
        seconds[name + " (pandoc)"] = child
    return result

for profile in (False, False, True):  # warm, timed, counted
    inner.clear()
    text = stage("ingest", lambda: read_source(source), profile)
    root, _ = stage("normalize", lambda: normalize(text, title=None, html=None), profile)
    stage("metrics", lambda: annotate(root), profile)
    stage("validate", lambda: reportxml.validate(root), profile)
    report = stage("model", lambda: from_xml(root), profile)
    stage("xml", lambda: reportxml.to_bytes(root), profile)
    stage("pdf", lambda: edition("pdf").write(report, style), profile)
    stage("docx (with its pages laid out)", lambda: edition("docx").write(report, style), profile)
    stage("epub", lambda: edition("epub").write(report, style), profile)
    if not profile:
        parts = dict(inner)
print(json.dumps({"seconds": seconds | parts, "calls": calls}))
"""


def stage_costs(work: Path, factor: int, env: dict[str, str] | None) -> dict[str, dict]:
    """CPU seconds and function calls of each stage at one size, in a fresh process."""
    repeated_sample(factor, work)
    here = str(Path(__file__).resolve().parent)
    proc = subprocess.run(
        [PYTHON, "-c", STAGE_CODE, str(factor), str(work), here],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"stages failed at x{factor}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def stages(work: Path, sizes: list[int]) -> None:
    low, high = sizes[0], sizes[-1]
    section(f"each extra sample-length by stage, x{low} → x{high} (CPU ms; calls in thousands)")
    trees = {"ours": None} | ({"base": BASE_ENV} if BASE_ENV is not None else {})
    per: dict[str, dict[str, tuple[float, float]]] = {tree: {} for tree in trees}
    costs = {  # the trees take turns at each size
        (tree, factor): stage_costs(work, factor, env)
        for factor in (low, high)
        for tree, env in trees.items()
    }
    for tree in trees:
        a, b = costs[tree, low], costs[tree, high]
        for name in b["seconds"]:
            ms = (b["seconds"][name] - a["seconds"].get(name, 0.0)) / (high - low) * 1000
            kcalls = (b["calls"].get(name, 0) - a["calls"].get(name, 0)) / (high - low) / 1000
            per[tree][name] = (ms, kcalls)
    names = list(per["ours"])
    header = "".join(f"{tree:>22}" for tree in trees)
    print(f"   {'stage':<30}{header}")
    for name in names:
        cells = ""
        for tree in trees:
            ms, kcalls = per[tree].get(name, (float("nan"), float("nan")))
            cells += f"{ms:10.1f} ms {kcalls:7.1f} k"
        print(f"   {name:<30}{cells}")


# ---- the sections ------------------------------------------------------------------------------


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


#: The environment of the base tree's commands (``--against``), else None.
BASE_ENV: dict[str, str] | None = None
#: Timed rounds of each comparison at x16 and over (``--big-rounds``): minutes each.
BIG_ROUNDS = 1
#: Our commands compared with the peers: label → formats.
OURS = {
    "all four": FORMATS,
    "-f pdf": ("pdf",),
    "-f docx": ("docx",),
    "-f epub": ("epub",),
}


def editions_vs_peers(work: Path, sizes: list[int], rounds: int, soffice: bool) -> None:
    section("editions against peer tools (whole processes, warm font cache)")
    marginal: dict[str, dict[int, float]] = {}
    marginal_cpu: dict[str, dict[int, float]] = {}
    trees = {"ours": None} | ({"base": BASE_ENV} if BASE_ENV is not None else {})
    for factor in sizes:
        source = repeated_sample(factor, work)
        out = work / f"out-x{factor}"
        run(build(source, out, FORMATS, "--force", "-j", "1"))
        md, typ = peer_sources(out / f"{source.stem}.xml")
        peers = work / f"peers-x{factor}"
        peers.mkdir(exist_ok=True)
        tasks: dict[str, Callable[[], float]] = {}
        for tree, env in trees.items():
            for label, formats in OURS.items():
                command = build(source, work / f"{tree}-x{factor}", formats, "--force", "-j", "1")
                tasks[f"{tree}: {label}"] = lambda c=command, e=env: run(c, e)
        tasks |= {
            "pandoc docx": lambda m=md, p=peers: run(pandoc_command(m, p / "x.docx")),
            "pandoc epub": lambda m=md, p=peers: run(pandoc_command(m, p / "x.epub")),
            "typst pdf": lambda t=typ, p=peers: run(typst_command(t, p / "x.pdf")),
        }
        convert = converter(out / f"{source.stem}.docx", peers, work / "lo-profile")
        if soffice and convert is not None and factor <= 4:
            convert()  # the first start creates the profile

            def libreoffice(c: Callable[[], None] = convert) -> float:
                started = time.perf_counter()
                c()
                return time.perf_counter() - started

            tasks["soffice docx→pdf"] = libreoffice
        big = factor >= 16  # minutes per round on a shared machine: no warm-up, fewer rounds
        medians = interleaved(tasks, BIG_ROUNDS if big else rounds, warmup=not big)
        peer_sum = medians["pandoc docx"] + medians["pandoc epub"] + medians["typst pdf"]
        pages = _pages(out / f"{source.stem}.pdf")
        print(f"-- x{factor} ({source.stat().st_size // 1024} KiB, our PDF {pages} pages)")
        for name, seconds in medians.items():
            print(f"   {name:<18} {seconds:7.2f} s")
        for tree in trees:
            print(
                f"   {tree}: all four / (pandoc docx + pandoc epub + typst) = "
                f"{medians[f'{tree}: all four']:.2f} / {peer_sum:.2f} = "
                f"{medians[f'{tree}: all four'] / peer_sum:.2f}×"
                + (
                    f"  ({verdict(medians[f'{tree}: all four'] / peer_sum, 1.5)})"
                    if factor == 1
                    else ""
                )
            )
            print(
                f"   {tree}: pdf / typst {medians[f'{tree}: -f pdf'] / medians['typst pdf']:.2f}×,"
                f" docx / pandoc {medians[f'{tree}: -f docx'] / medians['pandoc docx']:.2f}×,"
                f" epub / pandoc {medians[f'{tree}: -f epub'] / medians['pandoc epub']:.2f}×"
            )
        if "soffice docx→pdf" in medians:
            print(
                f"   soffice docx→pdf / ours -f pdf "
                f"{medians['soffice docx→pdf'] / medians['ours: -f pdf']:.2f}×"
            )
        for name, seconds in medians.items():
            marginal.setdefault(name, {})[factor] = seconds
            marginal_cpu.setdefault(name, {})[factor] = CPU_MEDIANS[name]
    # Each step between sizes (x1 → x16, x16 → x64), and the whole span.
    steps = list(zip(sizes, sizes[1:], strict=False))
    steps += [(sizes[0], sizes[-1])] if len(sizes) > 2 else []
    for low, high in steps:
        for what, figures in (
            ("wall-clock", marginal),
            ("CPU, processes waited for", marginal_cpu),
        ):
            section(f"cost of each extra sample-length, x{low} → x{high} ({what})")
            per = {
                name: (by[high] - by[low]) / (high - low)
                for name, by in figures.items()
                if high in by and low in by
            }
            for name, seconds in per.items():
                print(f"   {name:<18} {seconds * 1000:7.0f} ms")
            for tree in trees:
                for label, peer in (
                    ("-f pdf", "typst pdf"),
                    ("-f docx", "pandoc docx"),
                    ("-f epub", "pandoc epub"),
                ):
                    ours = f"{tree}: {label}"
                    ratio = per[ours] / per[peer] if per[peer] > 0 else float("inf")
                    print(f"   {ours} / {peer}: {ratio:.2f}×  ({verdict(ratio, 2)})")


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def cold_vs_warm(work: Path, rounds: int) -> None:
    section("first build on an empty font cache against a warm one (all four editions, x1)")
    warm_cache = work / "warm-cache"
    source = repeated_sample(1, work)
    warm_env = {**os.environ, "XDG_CACHE_HOME": str(warm_cache)}
    run(build(source, work / "cold-warmup", FORMATS, "--force", "-j", "1"), warm_env)
    counter = iter(range(10**6))

    def cold() -> float:
        cache = work / f"cold-cache-{next(counter)}"
        env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
        try:
            return run(build(source, work / "cold", FORMATS, "--force", "-j", "1"), env)
        finally:
            shutil.rmtree(cache, ignore_errors=True)

    medians = interleaved(
        {
            "cold": cold,
            "warm": lambda: run(
                build(source, work / "warm", FORMATS, "--force", "-j", "1"), warm_env
            ),
        },
        rounds,
        warmup=False,
    )
    ratio = medians["cold"] / medians["warm"]
    print(
        f"   cold {medians['cold']:.2f} s, warm {medians['warm']:.2f} s: {ratio:.2f}×  ({verdict(ratio, 1.5)})"
    )
    size = sum(p.stat().st_size for p in warm_cache.rglob("*") if p.is_file())
    print(f"   font cache after one build: {size / 1024:.0f} KiB in {warm_cache}")


def nothing_to_do(work: Path, rounds: int) -> None:
    section("nothing-to-do rebuild of one file")
    source = repeated_sample(1, work)
    out = work / "uptodate"
    run(build(source, out, FORMATS, "-j", "1"))
    medians = interleaved(
        {
            "rebuild": lambda: run(build(source, out, FORMATS)),
            "--version": lambda: run(reportpress("--version")),
        },
        rounds,
    )
    print(
        f"   rebuild {medians['rebuild']:.2f} s, --version {medians['--version']:.2f} s  "
        f"({verdict(medians['rebuild'], 0.2, unit=' s')})"
    )


def one_core_vs_two(work: Path, rounds: int) -> None:
    """A one-document build with its helper process (batch.overlap) against the same build
    held to one core (``taskset``), where it gets none."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    if shutil.which("taskset") is None or cores < 2:
        return
    section("one document, all four editions: with its helper (all cores) and held to one core")
    source = repeated_sample(1, work)
    command = build(source, work / "cores", FORMATS, "--force", "-j", "1")
    medians = interleaved(
        {
            "one core": lambda: run(["taskset", "-c", "0", *command]),
            f"{cores} cores": lambda: run(command),
        },
        rounds,
    )
    for name, seconds in medians.items():
        print(f"   {name:<18} {seconds:7.2f} s")
    print(f"   one core / {cores} cores: {medians['one core'] / medians[f'{cores} cores']:.2f}×")


def scale_out(work: Path, rounds: int) -> None:
    section("-j 2 against -j 1 on 16 documents (all four editions)")
    corpus = work / "corpus16"
    write_corpus(corpus, 16)
    medians = interleaved(
        {
            "-j 1": lambda: run(
                reportpress("build", str(corpus), "-o", str(work / "j1"), "--force", "-j", "1")
            ),
            "-j 2": lambda: run(
                reportpress("build", str(corpus), "-o", str(work / "j2"), "--force", "-j", "2")
            ),
        },
        rounds,
        warmup=False,
    )
    speedup = medians["-j 1"] / medians["-j 2"]
    print(
        f"   -j 1 {medians['-j 1']:.2f} s, -j 2 {medians['-j 2']:.2f} s: ×{speedup:.2f}  "
        f"({verdict(speedup, 1.7, smaller_is_better=False)} on an idle 2-core machine)"
    )


def memory(work: Path, factor: int) -> None:
    section(f"peak memory of one worker at x{factor}")
    source = repeated_sample(factor, work)
    trees = {"ours": None} | ({"base": BASE_ENV} if BASE_ENV is not None else {})
    for formats in (FORMATS, ("pdf",), ("epub",)):
        for tree, env in trees.items():
            command = build(source, work / "rss", formats, "--force", "-j", "1")
            mib = peak_rss_mib(command, env)
            label = f"{tree}: -f {','.join(formats)}"
            print(f"   {label:<24} {mib:6.0f} MiB  ({verdict(mib, 300, unit=' MiB')})")


def imports(work: Path) -> None:
    section("import time by module (python -X importtime; cumulative, top-level and children)")
    source = repeated_sample(1, work)
    for label, command in (
        ("--version", reportpress("--version")),
        ("build -f pdf", build(source, work / "imports", ["pdf"], "--force", "-j", "1")),
    ):
        print(f"-- {label}")
        for seconds, module in import_costs(command):
            print(f"   {seconds * 1000:7.0f} ms  {module}")


def main() -> None:
    as_installed()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per comparison")
    parser.add_argument("--sizes", default="1,4,16,64", help="body repetitions of the sample")
    parser.add_argument("--quick", action="store_true", help="x1 and x4 only, no LibreOffice")
    parser.add_argument(
        "--only",
        choices=("peers", "cores", "cold", "rebuild", "scale", "memory", "imports", "stages"),
        action="append",
        help="run only these sections (repeatable; default: all)",
    )
    parser.add_argument("--against", type=Path, help="compare with the reportpress of SRC")
    parser.add_argument(
        "--big-rounds", type=int, default=1, help="timed rounds at x16 and over (default 1)"
    )
    args = parser.parse_args()
    global BIG_ROUNDS
    BIG_ROUNDS = args.big_rounds
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")
    global BASE_ENV
    if args.against:
        BASE_ENV = {**os.environ, "PYTHONPATH": str(args.against.resolve())}
    sizes = [1, 4] if args.quick else [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="reportpress-speed-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    try:
        sections: dict[str, Callable[[], None]] = {
            "peers": lambda: editions_vs_peers(work, sizes, args.rounds, not args.quick),
            "cores": lambda: one_core_vs_two(work, args.rounds),
            "cold": lambda: cold_vs_warm(work, args.rounds),
            "rebuild": lambda: nothing_to_do(work, args.rounds),
            "scale": lambda: scale_out(work, max(1, args.rounds - 1)),
            "memory": lambda: memory(work, sizes[-1]),
            "imports": lambda: imports(work),
            "stages": lambda: stages(work, sizes),
        }
        for name, run_section in sections.items():
            if not args.only or name in args.only:
                run_section()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nload at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
