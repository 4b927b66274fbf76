"""The ``reportpress`` command line (contract: specs/cli.md).

Exit status: 0 all done, 1 an input failed, 2 bad usage.  Errors are one line
on standard error naming the file and the reason; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
import time
from pathlib import Path

from reportpress import __version__
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
    build.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="JOBS")
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
    normalize.add_argument("-o", "--output", type=Path, metavar="FILE")

    metrics = commands.add_parser(
        "metrics", parents=[debug], help="list the metric mentions of one input"
    )
    metrics.add_argument("input", type=Path, metavar="INPUT")
    metrics.add_argument("--format", choices=("tsv", "csv", "json"), default="tsv")
    metrics.add_argument("-o", "--output", type=Path, metavar="FILE")

    outline = commands.add_parser(
        "outline", parents=[debug], help="the heading outline of any input or output"
    )
    outline.add_argument("file", type=Path, metavar="FILE")

    check = commands.add_parser(
        "check", parents=[debug], help="compare a document's editions with its XML"
    )
    check.add_argument("targets", nargs="+", metavar="STEM_OR_FILES")
    return parser


def _require_file(path: Path) -> None:
    if not path.exists():
        raise UsageError(f"{path}: no such file")


def _emit(text: str, output: Path | None) -> None:
    from reportpress.atomic import write_atomic

    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text.encode("utf-8"))


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
    _emit(reportxml.to_bytes(root).decode("utf-8"), args.output)
    return 0


def cmd_metrics(args: argparse.Namespace) -> int:
    from reportpress.inputs import load
    from reportpress.metrics import rows, write_rows

    _require_file(args.input)
    root, _ = load(args.input)
    buffer = io.StringIO()
    write_rows(rows(root), args.format, buffer)
    _emit(buffer.getvalue(), args.output)
    return 0


def cmd_outline(args: argparse.Namespace) -> int:
    from reportpress.outline import format_outline, read_outline

    _require_file(args.file)
    sys.stdout.write(format_outline(read_outline(args.file)))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from reportpress.check import check_targets

    problems = check_targets(args.targets)
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.debug:
        os.environ["REPORTPRESS_DEBUG"] = "1"
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="reportpress: %(message)s",
    )
    try:
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
