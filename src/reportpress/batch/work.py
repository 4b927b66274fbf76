"""Building one input: every requested edition made in memory, then all written.

Runs in a worker (a local process or a Dask worker).  A bad input becomes a
failed :class:`Result` with one line; it never raises.  Nothing is written
until every edition has been made, so an input that fails (a character no font
has, the time budget spent) leaves none of its outputs behind.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportpress.batch.jobs import Job, Result, failed
from reportpress.errors import ReportpressError

if TYPE_CHECKING:
    from lxml import etree

    from reportpress.batch.overlap import Helper
    from reportpress.model import Report

#: Told what a worker is doing, for the progress display.
StageCallback = Callable[[str], None]


class OverBudget(Exception):
    """The input took longer than its time budget."""


def over_budget_reason(timeout: float) -> str:
    return f"took longer than {timeout:g} s (the --timeout budget); not built"


def _named(job: Job, message: str) -> str:
    """The message as one line naming the input (a renderer may not know the file)."""
    return message if message.startswith(str(job.source)) else f"{job.source}: {message}"


@dataclass
class Read:
    """An input read: the record's view of the source (taken before reading), the XML
    (empty unless it is an output, ``--check`` reads it or the read crosses from a
    helper process), the normalizer's warnings, the model the editions read, and the
    seconds it took."""

    source: dict[str, int]
    xml: bytes
    warnings: list[tuple[int, str]]
    _report: Report | None
    seconds: float

    @property
    def report(self) -> Report:
        """The model; a read sent by a helper carries only the XML's bytes, from which
        the model is built where it is needed (an x64 model pickled and unpickled cost
        twice its building from the parsed bytes)."""
        if self._report is None:
            from reportpress import reportxml
            from reportpress.model import from_xml

            self._report = from_xml(reportxml.parse_own(self.xml))
        return self._report

    def tree(self) -> etree._Element:
        """The XML parsed back (``--check`` compares the editions with it); the model
        crosses from a helper process, an lxml tree cannot."""
        from reportpress import reportxml

        return reportxml.parse(self.xml, "the report's XML")

    def __getstate__(self) -> dict[str, object]:
        """What crosses to another process: everything but the model (see :attr:`report`)."""
        return self.__dict__ | {"_report": None}


def read_input(job: Job) -> Read:
    """Read and normalize one input in the worker."""
    from reportpress import reportxml
    from reportpress.model import from_xml

    started = time.perf_counter()
    read, root = _read(job, validate=True)
    read._report = from_xml(root)
    # The XML's bytes: an output, or what --check compares with (load() validated it).
    if "xml" in job.formats or job.check:
        read.xml = reportxml.to_bytes(root, validated=True)
    read.seconds = time.perf_counter() - started
    return read


def read_to_send(job: Job) -> tuple[Read, etree._Element]:
    """Read and normalize one input in a helper process, to send to the worker, which
    builds the model from the XML's bytes: the read, and the tree, not yet validated.

    The helper validates the tree (:func:`validate_sent`) while the worker parses the
    bytes and builds the model, and keeps it until it exits (freeing a long report's
    tree cost 30 ms the worker waited for).
    """
    from reportpress import reportxml

    started = time.perf_counter()
    read, root = _read(job, validate=False)
    read.xml = reportxml.to_bytes(root, validated=True)  # validated before the worker uses it
    read.seconds = time.perf_counter() - started
    return read, root


def validate_sent(job: Job, root: etree._Element) -> None:
    """The check :func:`read_to_send` left to do: raises what reading would have raised."""
    from reportpress import reportxml

    reportxml.validate(root, job.source)


def _read(job: Job, validate: bool) -> tuple[Read, etree._Element]:
    from reportpress import patterns
    from reportpress.batch.freshness import source_identity
    from reportpress.inputs import load

    source = source_identity(job)
    root, warnings = load(job.source, title=job.title, validate=validate)
    patterns.save()  # every pattern a report needs is compiled by now; a helper never exits normally
    return Read(source, b"", warnings, None, 0.0), root


def build_one(
    job: Job,
    digest: str | None = None,
    program: str | None = None,
    on_stage: StageCallback | None = None,
    helper: Helper | None = None,
) -> Result:
    """Build every requested edition of one input.  Never raises for a bad input.

    ``digest`` and ``program`` (what the outputs' record says made them) are
    computed by the batch once for all inputs; alone, this call works them out.
    ``helper`` (started for this job) reads the input and makes some editions in a
    second process meanwhile; it is closed here.
    """
    try:
        return _build_one(job, digest, program, on_stage, helper)
    finally:
        if helper is not None:
            helper.close()


def _build_one(
    job: Job,
    digest: str | None,
    program: str | None,
    on_stage: StageCallback | None,
    helper: Helper | None,
) -> Result:
    from reportpress.atomic import write_atomic
    from reportpress.batch.freshness import program_identity, record_outputs, style_digest
    from reportpress.editions import edition
    from reportpress.styles import load_style

    say = on_stage or (lambda stage: None)
    result = Result(job.source, "built")
    if job.clashes_with is not None:
        return failed(job, f"same output name as {job.clashes_with}; not built")
    began = time.perf_counter()
    try:
        style = load_style(job.style)
        say("reading")
        read = (helper.read() if helper is not None else None) or read_input(job)
        report, result.warnings = read.report, read.warnings
        result.seconds["normalize"] = read.seconds
        helped = helper.formats if helper is not None and not helper.gone else ()
        made: dict[str, bytes] = {}
        for fmt in sorted(job.formats, key=lambda f: f == "pdf"):  # the PDF last: see below
            if fmt in helped:
                continue
            if fmt == "xml" and job.output(fmt).resolve() == job.source.resolve():
                continue  # building an XML from itself: nothing to write
            say(f"making the {fmt}")
            started = time.perf_counter()
            made[fmt] = read.xml if fmt == "xml" else edition(fmt).write(report, style)
            result.seconds[fmt] = time.perf_counter() - started
        if helper is not None and helped:
            say(f"making the {' and the '.join(helped)}")
            came = helper.collect()
            if came is None:  # the helper died: make its editions here
                for fmt in helped:
                    made[fmt] = edition(fmt).write(report, style)
            else:
                made.update(came[0])
                for fmt, seconds in came[1].items():
                    result.seconds[fmt] = result.seconds.get(fmt, 0.0) + seconds
        made = {fmt: made[fmt] for fmt in job.formats if fmt in made}
        if job.timeout is not None and time.perf_counter() - began > job.timeout:
            raise OverBudget
        for fmt, data in made.items():
            write_atomic(job.output(fmt), data)
        digest = digest or style_digest(style.path)
        record_outputs(job, list(made), digest, program or program_identity(), read.source)
        result.outputs = [job.output(fmt) for fmt in job.formats]
        if job.check:
            from reportpress.check import check_outputs

            if "pdf" in made and "pdf" not in helped:
                gc.collect()  # the PDF's pages, before the check reads the outputs back

            say("checking")
            result.problems = check_outputs(
                read.tree(), [job.output(f) for f in job.formats if f != "xml"], style
            )
    except OverBudget:
        return failed(job, over_budget_reason(job.timeout or 0))
    except ReportpressError as exc:
        result.status, result.message = "failed", _named(job, str(exc))
    except OSError as exc:  # an output that cannot be written: a full disk, a file in the way
        where = exc.filename or job.out_dir
        result.status = "failed"
        result.message = f"{job.source}: cannot write {where}: {exc.strerror or exc}"
    except RecursionError:
        result.status = "failed"
        result.message = f"{job.source}: nested too deeply to build"
    except Exception as exc:  # noqa: BLE001 — one bad input must not stop the batch
        result.status = "failed"
        result.message = f"{job.source}: internal error: {type(exc).__name__}: {exc}"
        if os.environ.get("REPORTPRESS_DEBUG"):
            raise
    return result


def collect_less() -> None:
    """Keep Python's cycle collector out of a worker's builds; the worker collects once
    between two documents instead (:func:`collect_after`), never after the last.

    A build makes millions of small objects that live to its end (the model, set
    lines, the PDF's objects) and few cycles.  The default threshold (a pass every
    700 allocations) went over them some 440 times for an x16 PDF, 7 % of its time;
    a raised one (10 000, 50, 100) still cost about 3 % of an x64 build of all four
    editions (interleaved runs: 14.5 s of CPU against 15.0 s, the same peak memory,
    275 MB), as its passes over the older generations grow with the document.
    ReportLab's document and pages, the one cycle that holds much (150 MiB at x64),
    are left to that pass too: a worker makes its PDF after its other editions, so
    that nothing of the document is built while they wait (a collection where the PDF
    was made cost 0.4 s of an x64 build).
    What is loaded when this is called (modules, the style, fonts) is frozen out
    of the collector's sight for good; called again after warming up, it freezes
    what that loaded.
    """
    gc.disable()
    gc.freeze()


def collect_after() -> None:
    """Free the cycles a document left, before the worker takes the next one (a worker
    that has built its last document exits without collecting: its pages go with it)."""
    gc.collect()


def warm_up(
    formats: Iterable[str], style: str, reads: bool = True, made_elsewhere: Iterable[str] = ()
) -> None:
    """Import the stages, load the style and the fonts once per worker, not per document.

    ``reads``: the worker reads inputs itself (not a helper), so the normalizer is
    loaded; ``made_elsewhere``: editions a helper makes, not loaded here.
    """
    formats = tuple(formats)
    try:
        if reads:
            from reportpress import inputs  # noqa: F401 — the normalizer and its tables
        from reportpress.editions import REGISTRY, edition
        from reportpress.styles import load_style

        loaded = load_style(style)
        for fmt in formats:
            if fmt in REGISTRY and fmt not in made_elsewhere:
                edition(fmt)
        if "pdf" in formats and "pdf" not in made_elsewhere:
            from reportpress.editions.pdf import write  # noqa: F401 — ReportLab, loaded to write
        if {"pdf", "docx"} & set(formats):  # both set the report in the style's fonts
            from reportpress import fonts

            fonts.resolve(loaded)
        if "epub" in formats and "epub" not in made_elsewhere:
            from reportpress.editions.epub import pandoc

            pandoc.ask_ahead(loaded.language)
    except Exception:  # noqa: BLE001 — the build of each input reports problems itself
        pass
