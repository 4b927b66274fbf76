"""First build on an empty font cache against a warm one, and what a glyph costs to draw.

Whole processes as a new user runs them (``reportpress build`` of the sample, all
four editions, ``-j 1``): a cold build gets a fresh ``XDG_CACHE_HOME`` each
round, a warm one the same cache every round; the two run interleaved and
their medians are compared, so a noisy shared machine shifts both alike.

CPU time (user and system, the build's worker and pandoc included) is printed
beside: on a busy machine it is the steadier figure.

Then the glyphs the sample needs are drawn again from each face (no document,
no PDF), in a process of the sources timed: glyphs per face, milliseconds per
glyph, and the cache's size after one build.

``--src DIR`` times another checkout's sources too (e.g. ../main/src), every
build of every tree interleaved in the same rounds: before and after figures
from one run on the same machine load.

Usage: python benchmarks/cold.py [--rounds N] [--src DIR ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import FORMATS, build, interleaved, repeated_sample, verdict  # noqa: E402
from speed import run as run_process  # noqa: E402
from userenv import as_installed  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

#: CPU seconds (user + system) of every process run, by what was run.
CPU: dict[str, list[float]] = {}


def run(command: list[str], env: dict[str, str], kind: str) -> float:
    """Wall-clock seconds of one process; its CPU seconds (with its children) kept in CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = run_process(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    CPU.setdefault(kind, []).append(used)
    return seconds


def cold_vs_warm(work: Path, rounds: int, sources: list[Path]) -> dict[Path, Path]:
    """Print each tree's medians and their ratio; return each tree's warm cache folder."""
    source = repeated_sample(1, work)
    warm_caches: dict[Path, Path] = {}
    tasks = {}
    for number, src in enumerate(sources):
        env = {**os.environ, "PYTHONPATH": str(src)}
        warm_env = {**env, "XDG_CACHE_HOME": str(work / f"warm-cache-{number}")}
        warm_caches[src] = work / f"warm-cache-{number}"
        out = work / f"out-{number}"
        run(build(source, out / "warm", FORMATS, "--force", "-j", "1"), warm_env, "fill")
        counter = iter(range(10**6))

        def cold(env=env, out=out, number=number, counter=counter) -> float:
            cache = work / f"cold-cache-{number}-{next(counter)}"
            try:
                cold_env = {**env, "XDG_CACHE_HOME": str(cache)}
                command = build(source, out / "cold", FORMATS, "--force", "-j", "1")
                return run(command, cold_env, f"cold {number}")
            finally:
                shutil.rmtree(cache, ignore_errors=True)

        def warm(warm_env=warm_env, out=out, number=number) -> float:
            command = build(source, out / "warm", FORMATS, "--force", "-j", "1")
            return run(command, warm_env, f"warm {number}")

        tasks[f"cold {number}"], tasks[f"warm {number}"] = cold, warm
    medians = interleaved(tasks, rounds, warmup=False)
    print(f"all four editions of the sample, -j 1, {rounds} interleaved rounds (medians):")
    for number, src in enumerate(sources):
        cold_s, warm_s = medians[f"cold {number}"], medians[f"warm {number}"]
        ratio = cold_s / warm_s
        cold_cpu, warm_cpu = (statistics.median(CPU[f"{k} {number}"]) for k in ("cold", "warm"))
        out = work / f"out-{number}"
        same = (out / "cold" / f"{source.stem}.pdf").read_bytes() == (
            out / "warm" / f"{source.stem}.pdf"
        ).read_bytes()
        print(
            f"  {src}:\n"
            f"   cold {cold_s:.2f} s, warm {warm_s:.2f} s, cold extra {cold_s - warm_s:.2f} s: "
            f"{ratio:.2f}×  ({verdict(ratio, 1.5)})\n"
            f"   CPU time (user + system, all processes): cold {cold_cpu:.2f} s, "
            f"warm {warm_cpu:.2f} s, cold extra {cold_cpu - warm_cpu:.2f} s: "
            f"{cold_cpu / warm_cpu:.2f}×\n"
            f"   PDF of the cold build byte-identical to the warm one: {same}"
        )
    return warm_caches


def per_glyph(warm_cache: Path, rounds: int) -> None:
    """Draw the glyphs the sample used from each face, as a cold build does, and time it:
    CPU time of one process drawing alone, and wall time with the copies idle CPUs allow."""
    from reportpress.fonts import installed_faces, outlines

    folder = warm_cache / "reportpress" / "fonts"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"   font cache after one build: {size / 1024:.0f} KiB")
    print("glyphs the sample needs, drawn again per face (medians of rounds):")
    spare_cpus = outlines.spare_cpus
    total_glyphs, total_cpu, total_wall = 0, 0.0, 0.0
    for face in installed_faces():
        [cache_file, *_] = [*folder.glob(f"{face.path.stem}-{face.index}-*.sqlite"), None]
        if cache_file is None:
            continue
        with sqlite3.connect(cache_file) as db:
            points = [row[0] for row in db.execute("SELECT point FROM glyphs")]
        if not points:
            continue
        opening, alone, shared = [], [], []
        for _ in range(rounds):
            started = time.process_time()
            glyphs = outlines.FaceGlyphs(face.path, face.index)
            opening.append(time.process_time() - started)
            outlines.spare_cpus = lambda: 0
            started = time.process_time()
            glyphs.draw(points)
            alone.append(time.process_time() - started)
            outlines.spare_cpus = spare_cpus
            started = time.perf_counter()
            glyphs.draw(points)
            shared.append(time.perf_counter() - started)
        opened_s, alone_s, shared_s = (statistics.median(x) for x in (opening, alone, shared))
        total_glyphs += len(points)
        total_cpu += opened_s + alone_s
        total_wall += shared_s
        print(
            f"   {face.label()[:56]:56} {len(points):5d} glyphs: open {opened_s * 1000:4.1f} ms, "
            f"{alone_s / len(points) * 1000:.3f} ms CPU a glyph alone, "
            f"{shared_s / len(points) * 1000:.3f} ms wall shared"
        )
    if total_glyphs:
        print(
            f"   all faces: {total_glyphs} glyphs, {total_cpu:.2f} s CPU alone "
            f"({total_cpu / total_glyphs * 1000:.3f} ms a glyph), {total_wall:.2f} s wall shared "
            f"with the copies idle CPUs allowed (now {spare_cpus()})"
        )


def main() -> None:
    as_installed()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per comparison")
    parser.add_argument("--src", type=Path, action="append", default=[], help="another tree")
    parser.add_argument("--glyphs-of", type=Path, help=argparse.SUPPRESS)  # one tree's glyphs
    args = parser.parse_args()
    if args.glyphs_of:
        per_glyph(args.glyphs_of, 3)
        return
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")
    sources = [REPO / "src", *(src.resolve() for src in args.src)]
    work = Path(tempfile.mkdtemp(prefix="reportpress-cold-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    try:
        warm_caches = cold_vs_warm(work, args.rounds, sources)
        for src, cache in warm_caches.items():
            print(f"{src}:")
            sys.stdout.flush()
            env = {**os.environ, "PYTHONPATH": str(src)}
            argv = [sys.executable, __file__, "--glyphs-of", str(cache)]
            subprocess.run(argv, env=env, check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
