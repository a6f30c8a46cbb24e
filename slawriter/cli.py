"""The ``slawriter`` command: no arguments (or a file) opens the app; subcommands do batch work.

Exit codes: 0 success; 1 the work ran and found a problem (``check`` with error findings);
2 wrong input — a bad file, a bad option — reported as one line per problem on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from . import __version__
from .services import PASSPHRASE_VARIABLE
from .system import MissingSystemPackages

if TYPE_CHECKING:
    from .model import Agreement

# The model, services and storage are imported by the commands that use them: opening the app
# imports none of them before its window is on screen.

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


COMPLY_FORMATS = """\
Data files (UTF-8 CSV with a header row, or Parquet for tickets; other column names with
--map NAME=COLUMN):

  tickets    id,priority,created_at,first_response_at,resolved_at[,paused]
             priority: a priority's ID or name; empty: the main target applies;
             paused: the ticket's pauses as START/END pairs separated by ';'
             (2027-03-02T10:00+01:00/2027-03-02T12:00+01:00;...); an empty first_response_at
             or resolved_at is a ticket still open.
             Parquet (a file named .parquet or starting with PAR1): the same columns, times
             as timestamps (without a time zone: the agreement's) or as text; messages name
             its rows, from row 1.
  incidents  start,end[,excluded,id,description]
             excluded: empty or no (downtime), yes, an exclusion ID or kind of the agreement,
             or 'maintenance' (scheduled maintenance); an empty end is still open.
  metrics    objective,period,value
             objective ID; period YYYY-MM (monthly and rolling windows), YYYY-Qn (quarterly)
             or YYYY (yearly); value: a number in the target's unit, with a point for decimals.

Timestamps are ISO 8601 (2027-03-02T10:00:00+01:00, 2027-03-02 10:00, 2027-03-02T09:00Z);
without a UTC offset they are read in the agreement's time zone.

Exit status: 0 none breached (objectives without data are listed as such), 1 at least one
breached, 2 bad input (nothing written).
"""
"""The data files of ``comply`` and its exit codes (its ``--help``; the README says the same)."""


class UsageError(Exception):
    """Wrong input on the command line; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def _cmd_presets(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import presets

    items = presets.list_presets()
    width = max(len(p.name) for p in items)
    for preset in items:
        out.write(f"{preset.name:<{width}}  {preset.description(args.language)}\n")
    return EXIT_OK


def _cmd_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model import Agreement
    from .services import presets
    from .storage import save_agreement

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
    placed: list[Any] = []
    if args.from_library:
        from .model import rule_violations
        from .services import library

        libraries = _libraries(args, err)
        before = {(p.loc, p.template) for p in rule_violations(agreement)}
        try:
            agreement, placed = library.with_entries(agreement, libraries, args.from_library)
        except library.LibraryError as exc:
            raise UsageError(str(exc)) from exc
        brought = [p for p in rule_violations(agreement) if (p.loc, p.template) not in before]
    save_agreement(agreement, target)
    out.write(f"{target}: new agreement {agreement.agreement.document_id} written\n")
    for item in placed:
        what = f"replaces the item '{item.replaced}'" if item.replaced else "inserted"
        if item.as_role:
            what = (
                f"replaces the {item.as_role} '{item.replaced}', under that ID (what the "
                "agreement says of it now says of this party)"
            )
        out.write(f"  {item.reference}: {what}\n")
    if placed and brought:
        # Written, as any unfinished draft is; but the author hears now what the entries need.
        from .storage.errors import InvalidAgreement, Issue, Place

        problems = InvalidAgreement(target, [Issue(Place(p.loc, agreement), p) for p in brought])
        count = f"{len(brought)} problem" + ("s" if len(brought) > 1 else "")
        err.write(
            f"{target}: warning: the library entries need {count} fixed before the contract "
            "can be exported:\n"
        )
        for line in problems.lines():
            err.write(f"  {line}\n")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import documents
    from .storage import DocumentError

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


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model import Severity
    from .model.sections import describe
    from .services import documents

    label = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    checked = documents.check_file(args.file, _libraries(args, err).findings)
    counts = dict.fromkeys(Severity, 0)
    for finding in checked.findings:
        counts[finding.severity] += 1
        where = describe(finding.loc, checked.agreement)
        if not where.startswith(finding.section.label):
            where = f"{finding.section.label} › {where}"
        out.write(f"{args.file}: {label[finding.severity]}: {where}: {finding.message}\n")

    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    out.write(
        f"{args.file}: {plural(counts[Severity.ERROR], 'error')}, "
        f"{plural(counts[Severity.WARNING], 'warning')}, {plural(counts[Severity.INFO], 'note')}\n"
    )
    return EXIT_FINDINGS if checked.has_errors else EXIT_OK


def _counted(n: int, word: str) -> str:
    """ "1 change", "3 changes": the CLI speaks English."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def _checked(work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``work(...)``, an operation's refusal as a usage error (its English line)."""
    from .services.operations import OperationError

    try:
        return work(*args, **kwargs)
    except OperationError as exc:
        raise UsageError(str(exc)) from exc


def _cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.output is None and args.html is None:
        raise UsageError(
            "give -o OUT.pdf (or OUT.docx), --html OUT.html or both (see 'slawriter export --help')"
        )
    from .services.operations import contract_format

    printed = (
        args.output is not None and _checked(contract_format, args.output, args.format) == "pdf"
    )
    # First of all, so that WeasyPrint loads in a child process while this one reads the file.
    from .render.forked import forked_printer

    with forked_printer() if printed else contextlib.nullcontext() as printer:
        return _export(args, out, err, printer)


def _export(args: argparse.Namespace, out: TextIO, err: TextIO, printer: Any) -> int:
    from .render import BrandingError, RenderError
    from .services.operations import ExportContract

    operation = ExportContract(
        file=args.file,
        output=args.output,
        html=args.html,
        style=args.style,
        template=args.template,
        logo=args.logo,
        accent=args.accent,
        format=args.format,
    )
    try:
        result = _checked(operation.run, printer=printer)
    except (BrandingError, RenderError) as exc:
        raise UsageError(str(exc)) from exc
    written = {"pdf": "PDF", "docx": "Word document"}[operation.output_format()]
    for path in result.outputs:
        what = "HTML" if path == args.html else written
        out.write(f"{path}: contract {what} written\n")
    for warning in dict.fromkeys(result.warnings):
        err.write(f"{args.file}: warning: {warning}\n")
    return EXIT_OK


def _cmd_import_pdf(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import export

    if args.output.exists() and not args.force:
        raise UsageError(f"{args.output}: already exists; choose another name or add --force")
    agreement = export.import_pdf(args.file, args.output)
    out.write(f"{args.output}: agreement {agreement.agreement.document_id} written\n")
    return EXIT_OK


def _cmd_import_docx(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import operations

    operation = operations.ImportDocx(file=args.file, output=args.output, force=args.force)
    result = _checked(operation.run)
    out.write(f"{args.output}: agreement {result.document_id} written\n")
    if result.edited:
        err.write(
            f"{args.file}: warning: the document's text was edited after it was exported; "
            "the agreement written is the one it was exported from, without those edits\n"
        )
    return EXIT_OK


def _cmd_openslo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import operations

    result = _checked(operations.OpenSloExport(file=args.file, output=args.output).run)
    for objective_id, reason in result.skipped:
        # The reason names the priority when only one priority of the objective is left out.
        err.write(
            f"{args.file}: objective '{objective_id}', left out of the OpenSLO file: {reason}\n"
        )
    slos, of = _counted(result.slos, "SLO"), _counted(result.objectives, "objective")
    out.write(f"{args.output}: OpenSLO file with {slos} for {of}\n")
    return EXIT_OK


def _cmd_ics(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import operations

    result = _checked(operations.CalendarExport(file=args.file, output=args.output).run)
    out.write(f"{args.output}: {_counted(result.reminders, 'reminder')}\n")
    return EXIT_OK


def _cmd_comply(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import operations

    if args.example is not None:
        return _comply_example(args, out)
    operation = operations.ComplianceReport(
        file=args.file,
        period=args.period,
        tickets=args.tickets,
        incidents=args.incidents,
        metrics=args.metrics,
        column_map=tuple(args.map or ()),
        output=args.output,
        json=args.json,
        require_output=True,
    )
    report = _checked(operation.run)
    for objective_id, status in report.statuses:
        out.write(f"{objective_id}: {status.replace('_', ' ')}\n")
    out.write(
        f"{args.file}: {args.period}: {report.met} met, {report.breached} breached; "
        f"credit owed {report.credit_percent}% of the monthly fee\n"
    )
    return EXIT_FINDINGS if report.breached else EXIT_OK


def _comply_example(args: argparse.Namespace, out: TextIO) -> int:
    """``comply FILE --example DIR``: sample data files for FILE's priorities and objectives."""
    from zoneinfo import ZoneInfo

    from .services import compliance
    from .services.compliance.example import NAMES, write_examples
    from .storage import load_agreement

    folder: Path = args.example
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: is a file; --example needs a folder for the sample files")
    taken = [folder / name for name in NAMES.values() if (folder / name).exists()]
    if taken:
        raise UsageError(f"{taken[0]}: already exists; choose another folder")
    agreement = load_agreement(args.file)
    period = args.period or f"{dt.date.today():%Y-%m}"
    try:
        compliance.month_bounds(period, ZoneInfo("UTC"))
    except compliance.PeriodError as exc:
        raise UsageError(f"--period: {exc}") from exc
    folder.mkdir(parents=True, exist_ok=True)
    paths = write_examples(agreement, period, folder)
    for path in paths:
        out.write(f"{path}: sample written\n")
    names = dict(zip(NAMES, paths, strict=True))
    out.write(
        f"try: slawriter comply {args.file} --period {period} --tickets {names['tickets']} "
        f"--incidents {names['incidents']} --metrics {names['metrics']} --json report.json\n"
    )
    return EXIT_OK


# -- The library (issue 15) ---------------------------------------------------------------------


def _libraries(args: argparse.Namespace, err: TextIO) -> Any:
    """The libraries in use (the user's, the preference's, ``--library DIR``); a folder or file
    that cannot be read is a warning line on stderr, and the rest is used."""
    from .services import library

    folders = [
        *(getattr(args, "library_before_action", None) or ()),
        *(getattr(args, "library", None) or ()),
    ]
    libraries = library.open_libraries(folders)
    for problem in libraries.all_problems:
        for line in problem.lines():
            err.write(f"slawriter: warning: {line}\n")
    return libraries


def _library_error(work: Callable[..., Any], *args: Any) -> Any:
    from .services import library

    try:
        return work(*args)
    except library.LibraryError as exc:
        raise UsageError(str(exc)) from exc


def _cmd_library_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    libraries = _libraries(args, err)
    kind = getattr(args, "kind", None)
    entries = [e for e in libraries.entries if kind is None or e.kind.value == kind]
    if not entries:
        which = "no entries" if kind is None else f"no {kind} entries"
        used = ", ".join(f"'{lib.name}' ({lib.folder})" for lib in libraries.libraries)
        out.write(f"{which} in the libraries in use: {used or 'none'}\n")
    width = max((len(e.reference) for e in entries), default=0)
    for entry in entries:
        item = entry.entry.item
        label = getattr(item, "name", "") or getattr(item, "title", "") or ""
        label = label or getattr(item, "text", "")[:60]
        out.write(f"{entry.reference:<{width}}  {entry.library}  {entry.hash}  {label}\n")
    return EXIT_FINDINGS if libraries.all_problems else EXIT_OK


def _cmd_library_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .storage.library import dumps_entry

    libraries = _libraries(args, err)
    entry = _library_error(libraries.find, args.entry)
    out.write(f"{entry.reference}: library '{entry.library}', version {entry.hash}\n")
    out.write(f"{entry.path}:\n")
    out.write(dumps_entry(entry.entry))
    return EXIT_OK


def _cmd_library_add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.library import entry_hash
    from .services import library
    from .storage import load_agreement
    from .storage.library import save_entry

    agreement = load_agreement(args.file)
    _, kind, item = _library_error(library.parse_reference, args.item)
    entry = _library_error(
        library.entry_from_agreement, agreement, kind, item, args.description or ""
    )
    entry_id = args.as_id or (item if kind is not kind.CONTACTS else "")
    if not entry_id:
        raise UsageError(f"'{args.item}': give the contact's entry ID with --as ID")
    folder = args.to or library.user_library_folder()
    new_folder = args.to is not None and not folder.exists()
    replaced = library.replaced_entry(folder, entry_id, entry, args.force, args.description)
    path = save_entry(folder, entry_id, replaced.entry, replace=args.force)
    out.write(
        f"{path}: entry {kind.value}/{entry_id} saved, version {entry_hash(replaced.entry)}\n"
    )
    kept = [*(["its description"] if replaced.kept_description else [])]
    kept += [f"its {language.value} text" for language in replaced.kept_languages]
    if kept:
        out.write(f"{path}: kept from the entry it replaces: {', '.join(kept)}\n")
    if new_folder:
        in_use = {lib.folder.resolve() for lib in library.open_libraries().libraries}
        if folder.resolve() not in in_use:
            out.write(
                f"{folder}: a new library folder; it is not among the libraries in use — add it "
                "in Preferences › Libraries or give --library DIR\n"
            )
    return EXIT_OK


def _cmd_library_update(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .editing.document import Document, EditRefused
    from .model.library import changes_param
    from .model.lifecycle import AgreementLocked, ensure_editable
    from .model.sections import describe
    from .services.library import source_of
    from .services.library_update import LibraryUpdateError, plan_updates

    document = Document.open(args.file)
    agreement = document.agreement
    try:
        ensure_editable(agreement)
    except AgreementLocked as exc:
        raise UsageError(f"{args.file}: {exc}; nothing was updated") from exc
    libraries = _libraries(args, err)
    try:
        plan = _library_error(plan_updates, agreement, libraries, args.items, args.all)
    except LibraryUpdateError as exc:
        raise UsageError(str(exc)) from exc
    for loc, entry in plan.missing:
        err.write(
            f"slawriter: warning: {args.file}: {describe(loc, agreement)}: its entry {entry} "
            "is in none of the libraries in use; left as it is\n"
        )
    for loc in plan.up_to_date if args.items else ():
        out.write(f"{args.file}: {describe(loc, agreement)}: up to date\n")
    if not plan.pending:
        out.write(f"{args.file}: nothing to update; the file is unchanged\n")
        return EXIT_OK
    kept = [p for p in plan.pending if p.edited is not False]
    if kept and not args.force:
        lines = [
            f"{args.file}: {describe(p.loc, agreement)}: "
            + (
                "was changed in this agreement since it came from the library"
                if p.edited
                else "came from the library through an older slawriter, so whether it was "
                "changed in this agreement cannot be told"
            )
            for p in kept
        ]
        raise UsageError(
            "\n".join(lines)
            + "\nupdating would replace "
            + ("those changes" if len(kept) > 1 else "its changes")
            + " with the library's text; add --force to replace them, or name the other "
            "items; nothing was updated"
        )
    for pending in plan.pending:
        stored = pending.stored
        out.write(
            f"{args.file}: {describe(pending.loc, agreement)}: updated to version {stored.hash} "
            f"of {stored.reference} ('{stored.library}'): "
            f"{changes_param(agreement, pending.loc, pending.changes)}\n"
        )
    try:
        for pending in plan.pending:
            document.update_from_library(
                pending.loc, pending.stored.entry, source_of(pending.stored)
            )
    except EditRefused as exc:
        raise UsageError(f"{args.file}: {exc}; nothing was updated") from exc
    document.save()
    out.write(f"{args.file}: {_counted(len(plan.pending), 'item')} updated and saved\n")
    _say_if_approval_lapsed(args.file, agreement, document.agreement, err)
    return EXIT_OK


def _say_if_approval_lapsed(path: Path, before: Agreement, after: Agreement, err: TextIO) -> None:
    """An edit of an approved agreement: its approval is of the earlier text (a warning)."""
    from .model.lifecycle import LifecycleMessage, history_problems

    def lapsed(agreement: Agreement) -> list[str]:
        return [
            problem.message
            for _, problem in history_problems(agreement)
            if problem.template is LifecycleMessage.APPROVED_TEXT_CHANGED
        ]

    if not lapsed(before):
        for message in lapsed(after):
            err.write(f"slawriter: warning: {path}: {message}\n")


def _cmd_library_remove(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import library
    from .storage.library import remove_entry

    named, kind, entry_id = _library_error(library.parse_reference, args.entry)
    folder = args.source or library.user_library_folder()
    if named is not None:
        # LIBRARY:KIND/ID removes from that library, found among the libraries in use.
        found = _library_error(_libraries(args, err).named, named, args.entry)
        if args.source is not None and found.folder.resolve() != args.source.resolve():
            raise UsageError(
                f"'{args.entry}' names the library '{named}' ({found.folder}), but --from "
                f"gives {args.source}; nothing was removed"
            )
        folder = found.folder
    path = remove_entry(folder, kind, entry_id)
    out.write(f"{path}: entry {kind.value}/{entry_id} removed\n")
    return EXIT_OK


# -- Merging in git (issue 15 §3) ---------------------------------------------------------------


def _cmd_merge_driver(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .storage.merge import conflict_line, merge_files

    name = args.name or str(args.ours)
    result = merge_files(args.base, args.ours, args.theirs, name)
    for note in result.notes:
        err.write(f"{name}: {note}\n")
    for number, conflict in enumerate(result.conflicts, 1):
        err.write(f"{name}: conflict {number}: {conflict_line(conflict, result.data)}\n")
    for problem in result.problems:
        err.write(f"{problem}\n")
    if result.conflicts:
        err.write(
            f"{name}: {_counted(len(result.conflicts), 'conflict')} left in the file; choose a "
            f"side with 'slawriter resolve {name} --take ours|theirs [--conflict N]'\n"
        )
    return EXIT_OK if result.clean else EXIT_FINDINGS


def _cmd_resolve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .storage.merge import MergeMessage, conflict_line, read_conflicts, resolve_file

    data, conflicts = read_conflicts(args.file)
    if not conflicts:
        out.write(f"{args.file}: {MergeMessage.NO_CONFLICTS.value}\n")
        return EXIT_OK
    if args.take is None:
        for number, conflict in enumerate(conflicts, 1):
            out.write(f"{args.file}: conflict {number}: {conflict_line(conflict, data)}\n")
        out.write(f"{args.file}: {_counted(len(conflicts), 'conflict')}\n")
        return EXIT_FINDINGS if conflicts else EXIT_OK
    left = resolve_file(args.file, args.take, args.conflict)
    out.write(f"{args.file}: {_counted(len(left), 'conflict')} left\n")
    return EXIT_FINDINGS if left else EXIT_OK


def _cmd_history(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import history, operations

    try:
        if args.compare is None:
            if args.output is not None:
                raise UsageError("-o writes a redline: give the commit with --compare COMMIT")
            for commit in history.file_history(args.file):
                moment = commit.moment.strftime("%Y-%m-%d %H:%M %z")
                out.write(f"{commit.short}  {moment}  {commit.author}  {commit.subject}\n")
            return EXIT_OK
        if args.output is None:
            raise UsageError("--compare writes a redline: give it with -o OUT.pdf|.html|.docx")
        commit = history.find_commit(args.file, args.compare)
    except history.HistoryError as exc:
        raise UsageError(str(exc)) from exc
    operation = operations.Diff(
        old=args.file,
        new=args.file,
        output=args.output,
        format=args.format,
        old_commit=commit.commit,
    )
    try:
        comparison = _checked(operation.run)
    except history.HistoryError as exc:
        raise UsageError(str(exc)) from exc
    for line in comparison.changes:
        out.write(f"  {line}\n")
    out.write(
        f"{args.output}: redline of {args.file} against {commit.short} "
        f"({commit.moment:%Y-%m-%d}, {commit.author}), "
        f"{_counted(len(comparison.changes), 'change')}\n"
    )
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import documents

    out.write(documents.json_schema_text(library_entry=args.library_entry))
    return EXIT_OK


# -- Lifecycle, redlines and signatures (issue 5) ------------------------------------------------


def _lifecycle_step(args: argparse.Namespace, step: Callable[[Agreement], Agreement]) -> Agreement:
    from .services import lifecycle

    try:
        return lifecycle.update_file(args.file, step)
    except lifecycle.LifecycleError as exc:
        raise UsageError(f"{args.file}: {exc}") from exc


def _cmd_status(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.agreement import AgreementStatus
    from .services import lifecycle
    from .storage import load_agreement

    if args.set is None:
        agreement = load_agreement(args.file)
        so = agreement.signoff
        out.write(f"{args.file}: version {agreement.agreement.version}, {so.status.value}\n")
        for event in so.history:
            out.write(
                f"  {event.at:%Y-%m-%d %H:%M} UTC  {event.by}: {event.action.value}: "
                f"{event.detail}\n"
            )
        return EXIT_OK
    if not args.by:
        raise UsageError("say who changes the status with --by NAME")
    status = AgreementStatus(args.set)
    agreement = _lifecycle_step(args, lambda a: lifecycle.set_status(a, status, by=args.by))
    out.write(f"{args.file}: now {agreement.signoff.status.value}\n")
    return EXIT_OK


def _cmd_approve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.lifecycle import earlier_approvals_note
    from .services import lifecycle
    from .storage import load_agreement

    note = earlier_approvals_note(load_agreement(args.file))
    _lifecycle_step(
        args,
        lambda a: lifecycle.record_approval(
            a, role=args.role, name=args.name, date=args.date, note=args.note, by=args.by
        ),
    )
    out.write(f"{args.file}: approval '{args.role}' by {args.name} recorded\n")
    if note is not None:
        err.write(f"slawriter: warning: {args.file}: {note}\n")
    return EXIT_OK


def _cmd_sign_off(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .model.agreement import SignOffMethod
    from .services import lifecycle

    method = SignOffMethod(args.method)
    _lifecycle_step(
        args,
        lambda a: lifecycle.record_sign_off(
            a, args.signatory, method=method, date=args.date, by=args.by
        ),
    )
    out.write(f"{args.file}: sign-off of {args.signatory} ({method.value}) recorded\n")
    return EXIT_OK


def _cmd_revise(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import lifecycle

    agreement = _lifecycle_step(
        args, lambda a: lifecycle.new_revision(a, by=args.by, summary=args.summary)
    )
    out.write(f"{args.file}: version {agreement.agreement.version} started as a draft\n")
    return EXIT_OK


def _folder_arg(text: str) -> Path:
    """A folder named on the command line; an empty name (``--library ""``) would be the
    current folder, which is never what was meant."""
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a folder name, not an empty one")
    return Path(text)


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date such as 2026-03-01") from exc


def _cmd_diff(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import operations

    operation = operations.Diff(old=args.old, new=args.new, output=args.output, format=args.format)
    comparison = _checked(operation.run)
    for line in comparison.changes:
        out.write(f"  {line}\n")
    out.write(f"{args.output}: redline written, {_counted(len(comparison.changes), 'change')}\n")
    return EXIT_OK


def _passphrase(args: argparse.Namespace) -> bytes:
    """From the environment, else --passphrase-file, else a prompt; never stored."""
    import getpass
    import os

    if PASSPHRASE_VARIABLE in os.environ:
        return os.environ[PASSPHRASE_VARIABLE].encode("utf-8")
    if args.passphrase_file is not None:
        try:
            text = args.passphrase_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{args.passphrase_file}: cannot be read ({exc})") from exc
        return text.rstrip("\r\n").encode("utf-8")
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {PASSPHRASE_VARIABLE} or give --passphrase-file FILE")
    return getpass.getpass(f"Passphrase for {args.p12}: ").encode("utf-8")


def _cmd_sign(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import dataclasses

    from .services import operations

    operation = operations.Sign(
        file=args.file,
        output=args.output,
        p12=args.p12,
        signatory=args.signatory,
        reason=args.reason,
        force=args.force,
    )
    _checked(operation.check)  # a rejected agreement: before the passphrase
    passphrase = _passphrase(args).decode("utf-8")
    _checked(dataclasses.replace(operation, passphrase=passphrase).run)
    out.write(f"{args.output}: signed\n")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .services import operations

    report = _checked(operations.Verify(file=args.file, trust=tuple(args.trust or ())).run)

    def yes(flag: bool) -> str:
        return "yes" if flag else "NO"

    if not report.signatures:
        out.write(f"{args.file}: no digital signatures\n")
    for number, sig in enumerate(report.signatures, 1):
        when = f"{sig.signing_time:%Y-%m-%d %H:%M:%S %Z}" if sig.signing_time else "unknown"
        out.write(f"{args.file}: signature {number} ({sig.field})\n")
        out.write(f"  signer:             {sig.signer}\n")
        out.write(f"  signing time:       {when}\n")
        out.write(f"  intact:             {yes(sig.intact)}\n")
        out.write(f"  valid:              {yes(sig.valid)}\n")
        out.write(f"  trusted:            {yes(sig.trusted)}\n")
        out.write(f"  covers whole file:  {yes(sig.covers_whole_file)}\n")
        out.write(f"  changed after it:   {sig.changes_after}\n")
        if sig.problem:
            out.write(f"  problem:            {sig.problem}\n")
    if report.agreement_problem:
        out.write(f"{args.file}: agreement: {report.agreement_problem}\n")
    else:
        printed = ", ".join(report.printed_fingerprints) or "none found"
        verdict = "matches" if report.fingerprint_matches else "DOES NOT MATCH"
        out.write(
            f"{args.file}: embedded agreement fingerprint {report.embedded_fingerprint} "
            f"{verdict} the printed fingerprint ({printed})\n"
        )
    out.write(f"{args.file}: {'OK' if report.ok else 'NOT OK'}\n")
    return EXIT_OK if report.ok else EXIT_FINDINGS


_INPUTS = ("file", "old", "new", "tickets", "incidents", "metrics", "logo", "p12")
_OUTPUTS = ("output", "html", "json")
_OPTION = {"output": "-o", "html": "--html", "json": "--json"}


def _refuse_output_over_input(args: argparse.Namespace) -> None:
    """An output file must never replace one of the command's inputs (the agreement above all)."""
    from .services.operations import check_outputs

    if args.command == "sign":  # signing in place is allowed: the signed PDF is the same PDF
        return
    inputs = [getattr(args, name, None) for name in _INPUTS]
    outputs = [(_OPTION[name], getattr(args, name, None)) for name in _OUTPUTS]
    _checked(check_outputs, inputs, outputs, getattr(args, "template", None))


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

    def library_option(sub: argparse.ArgumentParser, dest: str = "library") -> None:
        sub.add_argument(
            "--library",
            dest=dest,
            type=_folder_arg,
            action="append",
            metavar="DIR",
            help="also use the library in DIR (repeatable), after your own and the team "
            "libraries of your preferences",
        )

    sub = command("presets", _cmd_presets, "list the starter agreements")
    sub.add_argument("--language", choices=["en", "es"], default="en")

    sub = command("new", _cmd_new, "write a new agreement file, blank or from a preset")
    sub.add_argument("--preset", metavar="NAME", help="start from this preset (see 'presets')")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sub.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    sub.add_argument(
        "--from-library",
        action="append",
        metavar="KIND/ID",
        help="put this library entry in (repeatable; an item with the same ID, such as the "
        "preset's provider, is replaced; a contact is contacts/ID@PARTY-ID)",
    )
    library_option(sub)

    sub = command("validate", _cmd_validate, "check that agreement files are valid")
    sub.add_argument("files", nargs="+", type=Path, metavar="FILE")

    sub = command("check", _cmd_check, "list what to fix before an agreement is sent")
    sub.add_argument("file", type=Path, metavar="FILE")
    library_option(sub)

    sub = command(
        "export", _cmd_export, "export an agreement as a PDF/A contract, a Word document or HTML"
    )
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.pdf|OUT.docx",
        help="the contract as PDF/A, or as a Word document with the agreement inside (.docx)",
    )
    sub.add_argument(
        "--format", choices=["pdf", "docx"], help="the format of -o (default: by its extension)"
    )
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

    sub = command(
        "import-docx", _cmd_import_docx, "get the agreement file back from its Word document"
    )
    sub.add_argument("file", type=Path, metavar="IN.docx")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.sla.json")
    sub.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    sub = command("openslo", _cmd_openslo, "export the objectives as OpenSLO v1 YAML")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.yaml")

    sub = command("ics", _cmd_ics, "export dates and deadlines as an iCalendar file")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.ics")

    sub = command("status", _cmd_status, "show the status and audit log, or move the status on")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--set",
        choices=["draft", "in_review", "approved", "signed", "superseded"],
        help="the new status",
    )
    sub.add_argument("--by", metavar="NAME", help="who makes the change (recorded in the log)")

    sub = command("approve", _cmd_approve, "record an internal approval (e.g. legal review)")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--role", required=True, metavar="TEXT", help="e.g. 'Legal review'")
    sub.add_argument("--name", required=True, metavar="NAME", help="who approved")
    sub.add_argument("--date", type=_date_arg, metavar="YYYY-MM-DD", help="default: today")
    sub.add_argument("--note", default="", metavar="TEXT")
    sub.add_argument("--by", required=True, metavar="NAME", help="who records it")

    sub = command("sign-off", _cmd_sign_off, "record a signatory's sign-off of the approved text")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--signatory", required=True, metavar="ID-or-NAME")
    sub.add_argument("--method", choices=["ink", "digital", "approval"], default="ink")
    sub.add_argument("--date", type=_date_arg, metavar="YYYY-MM-DD", help="default: today")
    sub.add_argument("--by", required=True, metavar="NAME", help="who records it")

    sub = command("revise", _cmd_revise, "start a new revision (version + 1, back to draft)")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--by", required=True, metavar="NAME")
    sub.add_argument("--summary", default="", metavar="TEXT", help="what the revision changes")

    sub = command("comply", _cmd_comply, "check a month of service data against the objectives")
    sub.formatter_class = argparse.RawDescriptionHelpFormatter
    sub.epilog = COMPLY_FORMATS
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--period", metavar="YYYY-MM", help="the month to check (required)")
    sub.add_argument(
        "--example",
        type=Path,
        metavar="DIR",
        help="write sample tickets.csv, incidents.csv and metrics.csv for FILE into DIR "
        "(for --period, else this month) and stop",
    )
    sub.add_argument(
        "--tickets", type=Path, metavar="FILE", help="helpdesk tickets export, CSV or Parquet"
    )
    sub.add_argument("--incidents", type=Path, metavar="CSV", help="outages: start,end[,excluded]")
    sub.add_argument("--metrics", type=Path, metavar="CSV", help="objective,period,value rows")
    sub.add_argument(
        "--map",
        action="append",
        metavar="NAME=COLUMN",
        help="read column NAME from your file's COLUMN, e.g. --map created_at=Opened (repeatable)",
    )
    sub.add_argument("-o", "--output", type=Path, metavar="REPORT.pdf")
    sub.add_argument("--json", type=Path, metavar="REPORT.json")

    sub = command("diff", _cmd_diff, "redline: what changed between two versions of an agreement")
    sub.add_argument("old", type=Path, metavar="OLD", help="earlier agreement (.sla.json or .pdf)")
    sub.add_argument("new", type=Path, metavar="NEW", help="later agreement (.sla.json or .pdf)")
    sub.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf|OUT.html|OUT.docx",
        help="the redline: a PDF or HTML report, or the new version as a Word document with "
        "tracked changes against the old one",
    )
    sub.add_argument(
        "--format",
        choices=["pdf", "html", "docx"],
        help="the format of -o (default: by its extension)",
    )

    sub = command("sign", _cmd_sign, "sign a contract PDF digitally (PAdES B-B) for a signatory")
    sub.add_argument("file", type=Path, metavar="IN.pdf")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    sub.add_argument("--p12", type=Path, required=True, metavar="FILE", help="PKCS#12 key file")
    sub.add_argument("--signatory", metavar="ID-or-NAME", help="default: the certificate's name")
    sub.add_argument("--reason", metavar="TEXT", help="reason for signing")
    sub.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help=f"file holding the passphrase, read when ${PASSPHRASE_VARIABLE} is not set "
        "(that variable comes first; with neither, a prompt)",
    )
    sub.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    sub = command("verify", _cmd_verify, "check a contract PDF's signatures and fingerprint")
    sub.add_argument("file", type=Path, metavar="FILE.pdf")
    sub.add_argument(
        "--trust", type=Path, action="append", metavar="CERT.pem", help="trusted certificate"
    )

    sub = command("library", _cmd_library_list, "list, show, save or remove shared library entries")
    entries = sub.add_subparsers(dest="library_command", metavar="ACTION", parser_class=_Parser)

    def action(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        part = entries.add_parser(name, help=help_text, description=help_text)
        part.set_defaults(handler=handler)
        return part

    part = action("list", _cmd_library_list, "list the entries of the libraries in use")
    part.add_argument("--kind", choices=ENTRY_KINDS, help="only entries of this kind")
    library_option(part)
    part = action("show", _cmd_library_show, "print one entry and where it is")
    part.add_argument("entry", metavar="KIND/ID", help="e.g. parties/acme-gmbh")
    library_option(part)
    part = action("add", _cmd_library_add, "save an item of an agreement as a library entry")
    part.add_argument("file", type=Path, metavar="FILE", help="the agreement holding the item")
    part.add_argument(
        "item",
        metavar="KIND/ITEM-ID",
        help="e.g. objectives/uptime (an objective brings its credit tiers); a contact is "
        "contacts/PARTY-ID/NUMBER",
    )
    part.add_argument("--as", dest="as_id", metavar="ID", help="the entry's ID (default: ITEM-ID)")
    part.add_argument(
        "--to", type=_folder_arg, metavar="DIR", help="library folder (default: your own)"
    )
    part.add_argument(
        "--description",
        default=None,
        metavar="TEXT",
        help="what the entry is for (replacing an entry keeps its description unless given)",
    )
    part.add_argument("--force", action="store_true", help="replace an entry with that ID")
    part = action(
        "update",
        _cmd_library_update,
        "bring an agreement's items up to their library entry's current version",
    )
    part.add_argument("file", type=Path, metavar="FILE", help="the agreement (saved in place)")
    part.add_argument(
        "items",
        nargs="*",
        metavar="KIND/ITEM-ID",
        help="the items to update, e.g. objectives/uptime (a contact is contacts/PARTY-ID/NUMBER)",
    )
    part.add_argument(
        "--all", action="store_true", help="every item whose library entry has changed"
    )
    part.add_argument(
        "--force",
        action="store_true",
        help="also replace items changed in the agreement since they came from the library",
    )
    library_option(part)
    part = action("remove", _cmd_library_remove, "delete a library entry")
    part.add_argument("entry", metavar="KIND/ID")
    part.add_argument(
        "--from",
        dest="source",
        type=_folder_arg,
        metavar="DIR",
        help="library folder (default: your own)",
    )
    library_option(part)
    library_option(sub, dest="library_before_action")  # slawriter library --library DIR list

    sub = command(
        "merge-driver",
        _cmd_merge_driver,
        "git merge driver for agreements and library entries: merges field by field",
    )
    sub.add_argument("base", type=Path, metavar="%O", help="the common ancestor's version")
    sub.add_argument("ours", type=Path, metavar="%A", help="our version; the result goes here")
    sub.add_argument("theirs", type=Path, metavar="%B", help="the other branch's version")
    sub.add_argument("name", nargs="?", default="", metavar="%P", help="the file's path")

    sub = command("resolve", _cmd_resolve, "list a merged file's conflicts, or choose a side")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--take", choices=["ours", "theirs"], help="the side to keep")
    sub.add_argument(
        "--conflict",
        type=int,
        action="append",
        metavar="N",
        help="only conflict N (as listed; repeatable); default: every conflict",
    )

    sub = command(
        "history", _cmd_history, "a file's history from git, or a redline against a commit of it"
    )
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--compare",
        metavar="COMMIT",
        help="write the redline of FILE as it is against FILE at COMMIT (an ID of its history, "
        "or its first digits)",
    )
    sub.add_argument(
        "-o", "--output", type=Path, metavar="OUT.pdf|OUT.html|OUT.docx", help="the redline"
    )
    sub.add_argument(
        "--format",
        choices=["pdf", "html", "docx"],
        help="the format of -o (default: by its extension)",
    )

    sub = command("schema", _cmd_schema, "print the JSON Schema of agreement files")
    sub.add_argument(
        "--library-entry", action="store_true", help="the schema of library entry files instead"
    )
    return parser


ENTRY_KINDS = (
    "parties",
    "contacts",
    "calendars",
    "objectives",
    "exclusions",
    "responsibilities",
    "clauses",
)
"""The kinds of library entries (``model.agreement.EntryKind``), without importing the model."""


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse keeps its subcommands here only
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _qt_uses_x11() -> bool:
    """Qt will pick its xcb platform: an X display and no Wayland, offscreen or other choice."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def _no_display() -> bool:
    """Linux, no platform chosen, and neither an X nor a Wayland display to show a window on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")


def _start_app(file: Path | None, out: TextIO) -> int:
    from . import system

    # Qt aborts the process when it has no display or its xcb platform lacks a library (exit
    # 134, advising a reinstall): check both before it loads.
    if _no_display():
        raise UsageError(
            "the desktop app needs a display, and there is none here (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set): start it from your desktop, or use a command "
            "(see 'slawriter --help')"
        )
    if _qt_uses_x11():
        system.require("x11", "the desktop app on X11")
    try:
        # Qt loads only here, never for a batch command; a library it links to may be missing.
        import PySide6.QtWidgets  # noqa: F401

        from .app import run
    except ImportError:
        system.require("app", "the desktop app")
        raise
    return run(file)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if not args_list:
            return _start_app(None, out)
        parser = build_parser()
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
        _refuse_output_over_input(args)
        return _run_command(handler, args, out, err)
    except UsageError as exc:
        err.write(f"slawriter: {exc}\n")
        return EXIT_USAGE
    except MissingSystemPackages as exc:
        err.write(f"slawriter: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.write("slawriter: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`slawriter presets | head`): stop quietly, as `ls | head` does,
        # and keep Python from reporting the unflushed rest when it exits.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _run_command(handler: Handler, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run a command's handler; a file it cannot load is reported in the loader's lines."""
    try:
        return handler(args, out, err)
    except Exception as exc:
        # Imported here, not at the top: it imports the model, which 'export' must not have
        # loaded when it forks its printer.
        from .storage import DocumentError

        if not isinstance(exc, DocumentError):
            raise
        for line in exc.lines():
            err.write(line + "\n")
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
