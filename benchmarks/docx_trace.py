"""Where every instruction of a whole ``build -f docx`` process goes, per extra sample-length.

In-process stage timings (``speed.py --only stages``) miss what only a whole
build does: the worker and its helper, what crosses between them, the cycle
collector over a grown heap, reading and writing files.  This runs the command
line itself (``reportpress build sample-xN.txt -f docx --force -j 1``) under
callgrind, with a mark at the entry and exit of each stage: the driver wraps
the stages' functions before the build starts (the code is not changed), and a
mark is a call of ``sched_getscheduler``, which callgrind is told to dump its
counters before (``--dump-before``).  Each stretch between two marks is
charged to the innermost stage open, per process (parent, worker, helper), and
the cycle collector's passes to ``gc`` (``gc.callbacks``).  Every instruction
of every process is in one row, so the rows add up to the whole::

    python benchmarks/docx_trace.py SRC [SRC ...] [--sizes 1,4] [--helper yes|no|both]

``--helper``: force the worker's helper process (:mod:`reportpress.batch.overlap`)
on or off; a build on an idle 2-core machine has one, a busy or 1-core one
does not.  Each build runs once without valgrind first (the disk caches of
patterns and glyphs are warm, as for a user's second build), with
``PYTHONHASHSEED=0`` and a private ``XDG_CACHE_HOME``.  Needs ``valgrind``.
Instructions move by well under one per cent between runs; CPU time on a
shared machine by a third.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: (module, object path, label): the stages marked, outermost first.  A name the
#: tree does not have is skipped (an older or newer tree may lack it).
STAGES = [
    ("reportpress.batch.work", "read_input", "read_input (other)"),
    ("reportpress.batch.freshness", "source_identity", "source identity"),
    ("reportpress.ingest", "read_source", "ingest"),
    ("reportpress.structure", "normalize", "normalize"),
    ("reportpress.metrics", "annotate", "metrics"),
    ("reportpress.reportxml", "validate", "xml: validate"),
    ("reportpress.reportxml", "to_bytes", "xml: to_bytes"),
    ("reportpress.model", "from_xml", "model: from_xml"),
    ("reportpress.patterns", "save", "patterns.save"),
    ("reportpress.batch.work", "warm_up", "warm_up"),
    ("reportpress.editions.docx.edition", "write", "docx (other)"),
    ("reportpress.editions.docx.styles", "WordStyles.build", "docx: styles"),
    ("reportpress.editions.docx.body", "Body.build", "docx: body"),
    ("reportpress.editions.docx.appendix", "add_appendix", "docx: appendix"),
    ("reportpress.editions.docx.fonts", "embedded_fonts", "docx: font subsets"),
    ("reportpress.model", "Report.role_texts", "docx: font subsets: role texts"),
    ("reportpress.fonts", "subset_font", "docx: font subsets: assembled"),
    ("reportpress.editions.columns", "column_widths", "docx: appendix: column widths"),
    ("reportpress.editions.docx.pagination", "HeadingPages.start", "docx: pagination: started"),
    ("reportpress.editions.docx.pagination", "HeadingPages.result", "docx: pagination: finished"),
    ("reportpress.editions.docx.body", "Body.fill_pages", "docx: fill pages"),
    ("reportpress.editions.docx.pagination", "place", "docx: pagination: place"),
    ("reportpress.editions.docx.package", "members", "docx: members (serialize)"),
    ("reportpress.editions.docx.written", "Written.fill", "docx: written fill"),
    ("reportpress.editions.docx.appendix", "AppendixRows.fill", "docx: appendix fill"),
    ("reportpress.editions.docx.package", "reproducible_zip", "docx: zip"),
    ("reportpress.atomic", "write_atomic", "write files"),
    ("reportpress.batch.freshness", "record_outputs", "record outputs"),
    ("reportpress.batch.overlap", "Helper.read", "worker: receive read (helper)"),
    ("reportpress.fonts.ahead", "draw_ahead", "worker: draw ahead"),
    ("multiprocessing.connection", "Connection.send", "pipe: send (pickle)"),
    ("multiprocessing.connection", "Connection.recv", "pipe: recv (unpickle)"),
]

#: Run in the traced process: wrap the stages, then run the command line.
DRIVER = r"""
import gc, importlib, os, sys
LOG = os.open(os.environ["TRACE_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
stack = []

def note(line):
    os.write(LOG, f"{os.getpid()} {line}\n".encode())

def mark():
    note("part " + (stack[-1] if stack else "(outside any stage)"))
    os.sched_getscheduler(0)  # callgrind dumps its counters before this call

def wrap(function, label):
    def marked(*args, **kwargs):
        mark()
        stack.append(label)
        try:
            return function(*args, **kwargs)
        finally:
            mark()
            stack.pop()
    marked.__wrapped__ = function
    return marked

def on_gc(phase, info):
    if phase == "start":
        mark()
        stack.append(f"gc (generation {info['generation']})")
    else:
        mark()
        stack.pop()

stages = eval(sys.argv[1])
helper = sys.argv[2]
for module_name, path, label in stages:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        continue
    owner, *rest = path.split(".")
    if rest:
        cls = getattr(module, owner, None)
        if cls is None or not hasattr(cls, rest[0]):
            continue
        setattr(cls, rest[0], wrap(getattr(cls, rest[0]), label))
        continue
    original = getattr(module, owner, None)
    if original is None:
        continue
    wrapped = wrap(original, label)
    for other in list(sys.modules.values()):  # every module holding it, not only its own
        if getattr(other, "__name__", "").startswith(("reportpress", "multiprocessing")):
            for key, value in list(vars(other).items()):
                if value is original:
                    setattr(other, key, wrapped)

from reportpress.batch import local, overlap
for module, role in ((local, "worker"), (overlap, "helper")):
    def serving(*args, _serve=module._serve, _role=role, **kwargs):
        note("role " + _role)
        return _serve(*args, **kwargs)
    module._serve = serving
if helper != "auto":
    overlap.worth_it = lambda *args, _answer=helper == "yes": _answer
note("role parent")
gc.callbacks.append(on_gc)
from reportpress.cli import main
sys.exit(main(sys.argv[3:]))
"""


def _parts(folder: Path, log: Path) -> dict[str, collections.Counter]:
    """Instructions by (process role, stage label) from the callgrind files and the log."""
    labels: dict[str, list[str]] = collections.defaultdict(list)
    roles: dict[str, str] = {}
    for line in log.read_text().splitlines():
        pid, kind, rest = line.split(" ", 2)
        if kind == "role":
            roles[pid] = rest
        else:
            labels[pid].append(rest)
    by_role: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    dumped = {p.name.split(".")[1] for p in folder.glob("cb.*")}
    if set(labels) - dumped:
        raise SystemExit(f"processes without callgrind files: {sorted(set(labels) - dumped)}")
    for pid in dumped:
        files = sorted(folder.glob(f"cb.{pid}.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
        counts = [_total(p) for p in files]
        role = roles.get(pid, "other process")
        if len(counts) != len(labels[pid]):
            raise SystemExit(
                f"pid {pid} ({role}): {len(counts)} dumps for {len(labels[pid])} marks"
            )
        tally = by_role[role]
        for label, count in zip(labels[pid], counts, strict=True):
            tally[label] += count
        tally["(after the last mark)"] += _total(folder / f"cb.{pid}")
    return by_role


def _total(path: Path) -> int:
    match = re.search(r"^(?:summary|totals): (\d+)", path.read_text(errors="replace"), re.M)
    return int(match.group(1)) if match else 0


def trace(src: Path, factor: int, helper: str, work: Path) -> dict[str, collections.Counter]:
    """Instructions of one whole build of the sample ×``factor``, by process and stage."""
    sys.path.insert(0, str(HERE))
    from speed import repeated_sample

    source = repeated_sample(factor, work)
    out = work / "out"
    env = os.environ | {
        "PYTHONPATH": str(src),
        "PYTHONHASHSEED": "0",
        "XDG_CACHE_HOME": str(work / "cache"),
    }
    command = [sys.executable, "-c", DRIVER, repr(STAGES), helper]
    command += ["build", str(source), "-o", str(out), "-f", "docx", "--force", "-j", "1"]
    command += ["--timeout", "100000"]  # valgrind is some fifty times slower
    folder = work / f"cg-x{factor}"
    for traced in (False, True):  # the first run warms the disk caches
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        log = folder / "marks.log"
        run_env = env | {"TRACE_LOG": str(log)}
        prefix = []
        if traced:
            prefix = ["valgrind", "--tool=callgrind", "--dump-before=sched_getscheduler"]
            prefix += [f"--callgrind-out-file={folder}/cb.%p", "--trace-children=no"]
        proc = subprocess.run(prefix + command, env=run_env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"build failed:\n{proc.stderr[-3000:]}")
    return _parts(folder, log)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", type=Path, help="source trees (their src)")
    parser.add_argument("--sizes", default="1,4", help="two body repetitions of the sample")
    parser.add_argument("--helper", choices=("yes", "no", "both", "auto"), default="both")
    parser.add_argument("--keep", type=Path, help="keep the callgrind files in this folder")
    args = parser.parse_args()
    low, high = (int(s) for s in args.sizes.split(","))
    helpers = ("no", "yes") if args.helper == "both" else (args.helper,)
    for helper in helpers:
        results = {}
        for tree in args.trees:
            work = args.keep or Path(tempfile.mkdtemp(prefix="docx-trace-"))
            work = work / f"{tree.resolve().parent.name}-{helper}"
            work.mkdir(parents=True, exist_ok=True)
            results[tree] = {f: trace(tree.resolve(), f, helper, work) for f in (low, high)}
        print(
            f"\n== -f docx, helper {helper}: instructions per extra sample-length, "
            f"x{low} → x{high} (millions)"
        )
        rows: dict[tuple[str, str], list[float]] = {}
        for index, tree in enumerate(args.trees):
            a, b = results[tree][low], results[tree][high]
            for role in sorted(set(a) | set(b)):
                for label in set(a.get(role, {})) | set(b.get(role, {})):
                    per = (b[role][label] - a[role][label]) / (high - low) / 1e6
                    rows.setdefault((role, label), [0.0] * len(args.trees))[index] = per
        header = "".join(f"{t.resolve().parent.name[-14:]:>16}" for t in args.trees)
        print(f"   {'process: stage':<50}{header}")
        for (role, label), values in sorted(rows.items(), key=lambda kv: -abs(kv[1][0])):
            if any(abs(v) >= 0.05 for v in values):
                cells = "".join(f"{v:16.1f}" for v in values)
                print(f"   {role + ': ' + label:<50}{cells}")
        totals = [sum(v[i] for v in rows.values()) for i in range(len(args.trees))]
        print(f"   {'all processes':<50}" + "".join(f"{t:16.1f}" for t in totals))


if __name__ == "__main__":
    main()
