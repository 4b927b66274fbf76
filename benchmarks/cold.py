"""First build on an empty font cache against a warm one, and what a glyph costs to draw.

Whole processes as a new user runs them (``reportpress build`` of the sample, all
four editions, ``-j 1``): a cold build gets a fresh ``XDG_CACHE_HOME`` each
round, a warm one the same cache every round; the two run interleaved and
their medians are compared, so a noisy shared machine shifts both alike.

CPU time (user and system, the build's worker and pandoc included) is printed
beside: on a busy machine it is the steadier figure.

Then, in this process, the glyphs the sample needs are drawn again from each
face into an empty cache (no document, no PDF): glyphs per face, milliseconds
per glyph, and the cache's size after one build.

Usage: python benchmarks/cold.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import FORMATS, build, interleaved, repeated_sample, verdict  # noqa: E402
from speed import run as run_process  # noqa: E402

#: CPU seconds (user + system) of every process run, by what was run.
CPU: dict[str, list[float]] = {"cold": [], "warm": []}


def run(command: list[str], env: dict[str, str], kind: str) -> float:
    """Wall-clock seconds of one process; its CPU seconds (with its children) kept in CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = run_process(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[kind].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return seconds


def cold_vs_warm(work: Path, rounds: int) -> Path:
    """Print the medians and their ratio; return the warm cache folder."""
    source = repeated_sample(1, work)
    warm_cache = work / "warm-cache"
    warm_env = {**os.environ, "XDG_CACHE_HOME": str(warm_cache)}
    run(build(source, work / "warm", FORMATS, "--force", "-j", "1"), warm_env, "warm")
    CPU["warm"].clear()
    counter = iter(range(10**6))

    def cold() -> float:
        cache = work / f"cold-cache-{next(counter)}"
        try:
            env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
            return run(build(source, work / "cold", FORMATS, "--force", "-j", "1"), env, "cold")
        finally:
            shutil.rmtree(cache, ignore_errors=True)

    def warm() -> float:
        return run(build(source, work / "warm", FORMATS, "--force", "-j", "1"), warm_env, "warm")

    medians = interleaved({"cold": cold, "warm": warm}, rounds, warmup=False)
    ratio = medians["cold"] / medians["warm"]
    extra = medians["cold"] - medians["warm"]
    print(
        f"all four editions of the sample, -j 1, {rounds} interleaved rounds:\n"
        f"   cold {medians['cold']:.2f} s, warm {medians['warm']:.2f} s, "
        f"cold extra {extra:.2f} s: {ratio:.2f}×  ({verdict(ratio, 1.5)})"
    )
    cold_cpu, warm_cpu = (statistics.median(CPU[kind]) for kind in ("cold", "warm"))
    print(
        f"   CPU time (user + system, all processes): cold {cold_cpu:.2f} s, warm {warm_cpu:.2f} s, "
        f"cold extra {cold_cpu - warm_cpu:.2f} s: {cold_cpu / warm_cpu:.2f}×"
    )
    same = (work / "cold" / f"{source.stem}.pdf").read_bytes() == (
        work / "warm" / f"{source.stem}.pdf"
    ).read_bytes()
    print(f"   PDF of the cold build byte-identical to the warm one: {same}")
    return warm_cache


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per comparison")
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1724284800")
    work = Path(tempfile.mkdtemp(prefix="reportpress-cold-"))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    try:
        warm_cache = cold_vs_warm(work, args.rounds)
        per_glyph(warm_cache, 3)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
