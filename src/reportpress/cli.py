"""The ``reportpress`` command line (contract: docs/cli.md).

Exit status: 0 all done, 1 an input failed, 2 bad usage.  Errors are one line
on standard error naming the file and the reason; ``--debug`` shows tracebacks.
Each command imports what it needs when it runs, so that ``--version``,
``outline`` and ``check`` start without loading the renderers they do not use.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from reportpress import __version__
from reportpress.cpus import usable_cpus
from reportpress.errors import ReportpressError, UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one line, as the contract says
        self.exit(2, f"reportpress: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reportpress", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"reportpress {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    # --debug is accepted after the command too (reportpress build … --debug).
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = commands.add_parser(
        "build", parents=[debug], help="build editions from raw text or XML"
    )
    build.add_argument("inputs", nargs="*", type=Path, metavar="INPUT")
    build.add_argument("-o", "--output", type=Path, default=Path("build"), metavar="DIR")
    build.add_argument("-f", "--formats", default="xml,docx,pdf,epub", metavar="FORMATS")
    build.add_argument("-s", "--style", default="gbt9704", metavar="STYLE")
    build.add_argument("-j", "--jobs", type=int, default=usable_cpus(), metavar="JOBS")
    build.add_argument("--force", action="store_true", help="rebuild outputs that are up to date")
    build.add_argument("--check", action="store_true", help="read the outputs back and compare")
    build.add_argument("--title", metavar="TEXT", help="the title of a report whose text has none")
    build.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="fail an input that takes longer than this (default 300; 0: no limit)",
    )
    build.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="build on the Dask scheduler at ADDRESS (tcp://host:8786) instead of -j processes",
    )

    normalize = commands.add_parser(
        "normalize", parents=[debug], help="print the semantic XML of one input"
    )
    normalize.add_argument("input", type=Path, metavar="INPUT")
    normalize.add_argument("-o", "--output", type=output_file, metavar="FILE")

    metrics = commands.add_parser(
        "metrics",
        parents=[debug],
        help="the metric mentions of inputs as one table, or two reports compared",
    )
    metrics.add_argument("inputs", nargs="*", type=Path, metavar="INPUT")
    metrics.add_argument("--format", choices=("tsv", "csv", "json", "parquet"), default="tsv")
    metrics.add_argument("-o", "--output", type=output_file, metavar="FILE")
    metrics.add_argument("-j", "--jobs", type=int, default=usable_cpus(), metavar="JOBS")
    metrics.add_argument(
        "--compare",
        nargs=2,
        type=Path,
        metavar=("A", "B"),
        help="line up the same indicators of two reports",
    )

    outline = commands.add_parser(
        "outline", parents=[debug], help="the heading outline of any input or output"
    )
    outline.add_argument("file", type=Path, metavar="FILE")

    check = commands.add_parser(
        "check", parents=[debug], help="compare a document's editions with its XML"
    )
    check.add_argument("targets", nargs="+", metavar="STEM_OR_FILES")
    check.add_argument(
        "-s",
        "--style",
        metavar="STYLE",
        help="the style the editions were built with (default: the one the build recorded)",
    )
    return parser


def output_file(given: str) -> Path:
    """An ``-o FILE`` argument: its folder must exist and be writable, and it is no folder.

    Checked when the command line is read, so that a command never does its work
    only to fail at the end, and never creates folders the user did not ask for.
    """
    path = Path(given)
    folder = path.parent
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{given}: is a folder, not a file")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"{given}: no such folder {str(folder)!r}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"{given}: folder {str(folder)!r} is not writable")
    return path


def _require_file(path: Path) -> None:
    if not path.exists():
        raise UsageError(f"{path}: no such file")


def _emit(data: bytes, output: Path | None) -> None:
    """Print ``data`` (UTF-8 text), or write it whole to ``output`` (checked by :func:`output_file`)."""
    from reportpress.atomic import write_atomic

    if output is None:
        sys.stdout.write(data.decode("utf-8"))
        return
    try:
        write_atomic(output, data)
    except OSError as exc:  # a folder that refuses files although it looked writable
        raise UsageError(f"{output}: cannot write: {exc.strerror or exc}") from None


def _warn(path: Path, warnings: list[tuple[int, str]]) -> None:
    for line, message in warnings:
        print(f"{path}: line {line}: warning: {message}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    from reportpress.batch import collect_jobs, parse_formats, run, summary
    from reportpress.styles import find_style

    started = time.perf_counter()
    formats = parse_formats(args.formats)
    style_path = str(find_style(args.style).resolve())  # validated before anything is built
    if args.jobs < 1:
        raise UsageError("-j must be at least 1")
    if args.timeout < 0:
        raise UsageError("--timeout must be 0 (no limit) or a number of seconds")
    inputs = args.inputs or [Path("source")]
    jobs = collect_jobs(
        inputs,
        args.output,
        formats,
        style_path,
        args.force,
        args.check,
        title=args.title,
        timeout=args.timeout or None,
    )
    results = run(jobs, args.jobs, args.output, cluster=args.cluster)
    print(summary(results, time.perf_counter() - started), file=sys.stderr)
    return 0 if all(r.ok for r in results) else 1


def cmd_normalize(args: argparse.Namespace) -> int:
    from reportpress import reportxml
    from reportpress.inputs import load

    _require_file(args.input)
    root, warnings = load(args.input)
    _warn(args.input, warnings)
    _emit(reportxml.to_bytes(root, validated=True), args.output)
    return 0


def cmd_metrics(args: argparse.Namespace) -> int:
    """One table of every mention of every input (folders expanded), or a comparison."""
    from reportpress.metrics import dataset

    if bool(args.compare) == bool(args.inputs):
        raise UsageError("give inputs, or --compare A B (not both)")
    if args.format == "parquet" and args.output is None:
        raise UsageError("parquet is binary: name a file with -o")
    if args.jobs < 1:
        raise UsageError("-j must be at least 1")
    columns = dataset.COLUMNS
    if args.compare:
        (a, failed_a), (b, failed_b) = (dataset.build([p]) for p in args.compare)
        failures = failed_a + failed_b
        table, columns = dataset.compare(a, b), dataset.COMPARE_COLUMNS
    else:
        table, failures = dataset.build(dataset.expand(args.inputs), args.jobs)
    for failure in failures:
        print(failure.message, file=sys.stderr)
    if args.compare and failures:
        return 1
    _emit(dataset.to_bytes(table, args.format, columns), args.output)
    return 1 if failures else 0


def cmd_outline(args: argparse.Namespace) -> int:
    from reportpress.outline import format_outline, read_outline

    _require_file(args.file)
    sys.stdout.write(format_outline(read_outline(args.file)))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from reportpress.check import check_targets

    problems = check_targets(args.targets, args.style)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


COMMANDS = {
    "build": cmd_build,
    "normalize": cmd_normalize,
    "metrics": cmd_metrics,
    "outline": cmd_outline,
    "check": cmd_check,
}


def _check_environment() -> None:
    """Refuse, before any input is read, settings every build would fail on."""
    from reportpress.editions.common import source_date_epoch

    source_date_epoch()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.debug:
        os.environ["REPORTPRESS_DEBUG"] = "1"
    import logging

    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="reportpress: %(message)s",
    )
    try:
        if args.command == "build":
            _check_environment()
        return COMMANDS[args.command](args)
    except ReportpressError as exc:
        if args.debug:
            raise
        print(f"reportpress: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("reportpress: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
