"""The ``slawriter`` command: no arguments (or a file) opens the app; subcommands do batch work.

Exit codes: 0 success; 1 the work ran and found a problem (``check`` with error findings);
2 wrong input — a bad file, a bad option — reported as one line per problem on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeVar

from . import __version__
from .model import Agreement, Severity
from .model.sections import describe
from .services import documents, presets
from .storage import DocumentError, load_agreement, save_agreement

T = TypeVar("T")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Wrong input on the command line; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def _cmd_presets(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    items = presets.list_presets()
    width = max(len(p.name) for p in items)
    for preset in items:
        out.write(f"{preset.name:<{width}}  {preset.description(args.language)}\n")
    return EXIT_OK


def _cmd_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target: Path = args.output
    if target.exists() and not args.force:
        raise UsageError(f"{target}: already exists; choose another name or add --force")
    today = dt.date.today()
    if args.preset:
        try:
            agreement = presets.new_from_preset(args.preset, today=today)
        except presets.UnknownPreset as exc:
            raise UsageError(str(exc)) from exc
    else:
        agreement = presets.restart_as_new(Agreement(), today=today)
    save_agreement(agreement, target)
    out.write(f"{target}: new agreement {agreement.agreement.document_id} written\n")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            documents.validate_file(path)
        except DocumentError as exc:
            for line in exc.lines():
                err.write(line + "\n")
            status = EXIT_USAGE
        else:
            out.write(f"{path}: valid\n")
    return status


_LABEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    checked = documents.check_file(args.file)
    counts = dict.fromkeys(Severity, 0)
    for finding in checked.findings:
        counts[finding.severity] += 1
        where = describe(finding.loc, checked.agreement)
        if not where.startswith(finding.section.label):
            where = f"{finding.section.label} › {where}"
        out.write(f"{args.file}: {_LABEL[finding.severity]}: {where}: {finding.message}\n")

    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    out.write(
        f"{args.file}: {plural(counts[Severity.ERROR], 'error')}, "
        f"{plural(counts[Severity.WARNING], 'warning')}, {plural(counts[Severity.INFO], 'note')}\n"
    )
    return EXIT_FINDINGS if checked.has_errors else EXIT_OK


def _branding(args: argparse.Namespace) -> Any:
    """The logo and accent colour from the command line, checked."""
    from .render import Branding, BrandingError

    if args.logo is None and args.accent is None:
        return None
    logo: bytes | None = None
    if args.logo is not None:
        try:
            logo = args.logo.read_bytes()
        except OSError as exc:
            raise UsageError(f"{args.logo}: cannot be read ({exc.strerror or exc})") from exc
    try:
        return Branding.create(logo=logo, accent=args.accent)
    except BrandingError as exc:
        source = args.logo if args.logo is not None else "--accent"
        raise UsageError(f"{source}: {exc}") from exc


def _cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .render import RenderError
    from .services import export

    if args.output is None and args.html is None:
        raise UsageError("give -o OUT.pdf, --html OUT.html or both (see 'slawriter export --help')")
    agreement = load_agreement(args.file)
    branding = _branding(args)
    warnings: list[str] = []
    try:
        if args.html is not None:
            warnings += export.export_html(
                agreement, args.html, args.style, args.template, branding=branding
            )
            out.write(f"{args.html}: contract HTML written\n")
        if args.output is not None:
            warnings += export.export_pdf(
                agreement, args.output, args.style, args.template, branding=branding
            )
            out.write(f"{args.output}: contract PDF written\n")
    except RenderError as exc:
        raise UsageError(str(exc)) from exc
    for warning in dict.fromkeys(warnings):
        err.write(f"{args.file}: warning: {warning}\n")
    return EXIT_OK


def _cmd_import_pdf(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import export

    if args.output.exists() and not args.force:
        raise UsageError(f"{args.output}: already exists; choose another name or add --force")
    agreement = export.import_pdf(args.file, args.output)
    out.write(f"{args.output}: agreement {agreement.agreement.document_id} written\n")
    return EXIT_OK


def _cmd_openslo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import openslo

    agreement = load_agreement(args.file)
    skipped = _write_output(args.output, lambda: openslo.write_openslo(agreement, args.output))
    exported = len(agreement.service_levels.objectives) - len({oid for oid, _ in skipped})
    for objective_id, reason in skipped:
        err.write(f"{args.file}: objective '{objective_id}' not exported: {reason}\n")
    out.write(f"{args.output}: OpenSLO documents for {exported} objective(s)\n")
    return EXIT_OK


def _cmd_ics(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import reminders

    agreement = load_agreement(args.file)
    try:
        _write_output(args.output, lambda: reminders.write_ics(agreement, args.output))
    except reminders.NoEffectiveDate as exc:
        raise UsageError(f"{args.file}: {exc}") from exc
    count = len(reminders.reminders(agreement))
    out.write(f"{args.output}: {count} reminder(s)\n")
    return EXIT_OK


def _write_output(path: Path, write: Callable[[], T]) -> T:
    """Run ``write`` for an output file; a folder or an unwritable place is a usage error."""
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name for the output")
    try:
        return write()
    except OSError as exc:
        raise UsageError(f"{path}: cannot be written ({exc.strerror or exc})") from exc


def _cmd_schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    out.write(documents.json_schema_text())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="slawriter",
        description="Write service level agreements and export them as PDF contracts. "
        "Without a command, opens the desktop app (with FILE, opens that agreement).",
    )
    parser.add_argument("--version", action="version", version=f"slawriter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    sub = command("presets", _cmd_presets, "list the starter agreements")
    sub.add_argument("--language", choices=["en", "es"], default="en")

    sub = command("new", _cmd_new, "write a new agreement file, blank or from a preset")
    sub.add_argument("--preset", metavar="NAME", help="start from this preset (see 'presets')")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sub.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    sub = command("validate", _cmd_validate, "check that agreement files are valid")
    sub.add_argument("files", nargs="+", type=Path, metavar="FILE")

    sub = command("check", _cmd_check, "list what to fix before an agreement is sent")
    sub.add_argument("file", type=Path, metavar="FILE")

    sub = command("export", _cmd_export, "export an agreement as a PDF/A contract (or HTML)")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("-o", "--output", type=Path, metavar="OUT.pdf")
    sub.add_argument(
        "--html", type=Path, metavar="OUT.html", help="write the contract as HTML, CSS inlined"
    )
    sub.add_argument("--style", choices=["formal", "internal"], help="override the contract look")
    sub.add_argument("--template", type=Path, metavar="DIR", help="use your own template folder")
    sub.add_argument("--logo", type=Path, metavar="FILE", help="organization logo (PNG or SVG)")
    sub.add_argument("--accent", metavar="COLOUR", help="accent colour as #rrggbb")

    sub = command("import-pdf", _cmd_import_pdf, "get the agreement file back from its PDF")
    sub.add_argument("file", type=Path, metavar="IN.pdf")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.sla.json")
    sub.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    sub = command("openslo", _cmd_openslo, "export the objectives as OpenSLO v1 YAML")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.yaml")

    sub = command("ics", _cmd_ics, "export dates and deadlines as an iCalendar file")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.ics")

    command("schema", _cmd_schema, "print the JSON Schema of agreement files")
    return parser


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse keeps its subcommands here only
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _start_app(file: Path | None, out: TextIO) -> int:
    from .app import run  # Qt loads only here, never for a batch command

    return run(file)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        if not args_list:
            return _start_app(None, out)
        if not args_list[0].startswith("-") and args_list[0] not in _commands(parser):
            if len(args_list) > 1:
                raise UsageError(f"unknown command '{args_list[0]}' (see 'slawriter --help')")
            file = Path(args_list[0])
            if not file.is_file():
                raise UsageError(
                    f"'{args_list[0]}' is neither a command nor an existing file "
                    "(see 'slawriter --help')"
                )
            return _start_app(file, out)
        try:
            with contextlib.redirect_stdout(out):
                args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help and --version print, then exit
            return int(exc.code or 0)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(out)
            return EXIT_OK
        return handler(args, out, err)
    except UsageError as exc:
        err.write(f"slawriter: {exc}\n")
        return EXIT_USAGE
    except DocumentError as exc:
        for line in exc.lines():
            err.write(line + "\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.write("slawriter: interrupted\n")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
