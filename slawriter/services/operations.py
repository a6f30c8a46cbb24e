"""Operations as commands: each piece of work both faces do, as one typed, JSON-encodable value.

An operation is a frozen dataclass whose fields are its inputs (paths, options, the agreement's
file or its text). :meth:`Operation.run` does the work through the services and returns a result
dataclass; the checks every face needs — an output never replaces an input, the branding files
are readable, the output's kind is right — are made there, once. The command line builds an
operation from its arguments and runs it in its process; the app sends it to its worker process
(:func:`encode` / :func:`decode`, :mod:`slawriter.worker.render_worker`) and gets the result, or the
error as data, back.

Refusals are :class:`OperationError`\\ s, phrased from :class:`OperationMessage` (the app translates
them); a file that cannot be read or written is the storage layer's ``DocumentError``.

Heavy modules (the model, storage, WeasyPrint, pyHanko, polars) are imported inside ``run``:
``slawriter export`` forks its printer before it imports the model.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, get_type_hints

from ..model.messages import MessageTemplate, PhrasedError, as_message

if TYPE_CHECKING:
    from ..model import Agreement

Progress = Callable[[float], None]


class OperationMessage(MessageTemplate):
    """Refusals of an operation's inputs (the app translates these, context "model")."""

    IN_FILE = "{path}: {problem}"
    OUTPUT_TWICE = "{path}: given for both {first} and {second}; choose two files"
    OUTPUT_IN_TEMPLATE = "{path}: is inside the template folder {folder}; write it elsewhere"
    OUTPUT_OVER_INPUT = "{path}: is an input of this command; choose another output"
    OUTPUT_EXISTS = "{path}: already exists; choose another name or add --force"
    REDLINE_SUFFIX = "{path}: the redline is written as .pdf, .html or .docx"
    FORMAT_SUFFIX = "{path}: --format {format} writes a .{format} file; name it so"
    UNKNOWN_FORMAT = "--format: '{format}' is not a contract format (pdf or docx)"
    UNKNOWN_REDLINE_FORMAT = "--format: '{format}' is not a redline format (pdf, html or docx)"
    COMPARED_WITH_ITSELF = (
        "{path}: given as both OLD and NEW; a redline compares two versions of an agreement"
    )
    ANOTHER_AGREEMENT = (
        "{path}: is another agreement ({new_id}) than {old} ({old_id}); a redline compares "
        "two versions of one agreement"
    )
    NO_PERIOD = "give the month to check with --period YYYY-MM"
    NO_REPORT_OUTPUT = "give -o REPORT.pdf, --json REPORT.json or both"
    COLUMN_MAP = "--map: {problem}"
    UNKNOWN_OPERATION = "unknown operation '{kind}'"


class OperationError(PhrasedError):
    """An operation refuses its inputs; ``str()`` is the English line the command line prints."""


def refuse(template: OperationMessage, /, **params: Any) -> OperationError:
    return OperationError(template, **params)


# -- the shared checks ---------------------------------------------------------------------------


def check_outputs(
    inputs: Iterable[Path | None],
    outputs: Sequence[tuple[str, Path | None]],
    template: Path | None = None,
) -> None:
    """An output file must never replace one of the inputs (the agreement above all), nor
    another output, nor land in the template folder. ``outputs`` pairs each with its option."""
    given = [(name, path) for name, path in outputs if isinstance(path, Path)]
    sources = [path for path in inputs if isinstance(path, Path)]
    for index, (name, output) in enumerate(given):
        for other_name, other in given[index + 1 :]:
            if output.resolve() == other.resolve():
                raise refuse(
                    OperationMessage.OUTPUT_TWICE, path=str(output), first=name, second=other_name
                )
        if isinstance(template, Path) and output.resolve().is_relative_to(template.resolve()):
            raise refuse(
                OperationMessage.OUTPUT_IN_TEMPLATE, path=str(output), folder=str(template)
            )
        if not output.exists():
            continue
        for source in sources:
            if source.exists() and output.samefile(source):
                raise refuse(OperationMessage.OUTPUT_OVER_INPUT, path=str(output))


def branding(logo: Path | None, accent: str | None) -> Any:
    """The organization's logo and accent colour, checked (``None`` when neither is given)."""
    from ..render import Branding, BrandingError
    from ..render.branding import read_logo

    if logo is None and accent is None:
        return None
    checked = read_logo(logo) if logo is not None else None
    try:
        return Branding.create(logo=checked, accent=accent)
    except BrandingError as exc:
        source = str(logo) if logo is not None else "--accent"
        raise refuse(OperationMessage.IN_FILE, path=source, problem=as_message(exc)) from exc


def agreement_from(path: Path) -> Agreement:
    """An agreement file, or the agreement attached to a contract PDF slawriter exported."""
    from ..storage import load_agreement

    if path.suffix.lower() == ".pdf":
        from ..render import agreement_from_pdf

        return agreement_from_pdf(path)
    return load_agreement(path)


def agreement_source(path: Path) -> tuple[Agreement, bytes]:
    """:func:`agreement_from`, with the agreement file's exact bytes (a PDF's attached file)."""
    from ..storage import read_agreement

    if path.suffix.lower() == ".pdf":
        from ..render.pdf import read_pdf_agreement

        return read_pdf_agreement(path)
    return read_agreement(path)


# -- operations ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """Base of the operations; subclasses are registered by their ``kind``."""

    kind: ClassVar[str] = ""

    def inputs(self) -> tuple[Path | None, ...]:
        return ()

    def outputs(self) -> tuple[tuple[str, Path | None], ...]:
        return ()

    def check(self) -> None:
        """The checks made before any work: outputs over inputs."""
        check_outputs(self.inputs(), self.outputs(), getattr(self, "template", None))

    def run(self, progress: Progress | None = None) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True)
class _OnAgreement(Operation):
    """An operation on one agreement: its file, or its text (``file`` then only names it)."""

    file: Path = Path("<agreement>")
    text: str | None = field(default=None, repr=False)

    def agreement(self) -> Agreement:
        from ..storage import load_agreement, loads_agreement

        if self.text is not None:
            return loads_agreement(self.text, self.file)
        return load_agreement(self.file)

    def inputs(self) -> tuple[Path | None, ...]:
        return (None if self.text is not None else self.file,)

    def refusal(self, exc: PhrasedError) -> PhrasedError:
        """A refusal about the agreement: naming its file on the command line; as it is for
        an agreement given as text (the app's open agreement)."""
        if self.text is not None:
            return exc
        return refuse(OperationMessage.IN_FILE, path=str(self.file), problem=as_message(exc))


@dataclass(frozen=True)
class ExportResult:
    outputs: tuple[Path, ...]
    warnings: tuple[str, ...]


CONTRACT_FORMATS = ("pdf", "docx")


def contract_format(output: Path | None, given: str | None) -> str:
    """The format of the contract written to ``output``: ``given`` (``--format``), else by
    the file's extension (``.docx``: Word; anything else: PDF). A ``.pdf`` or ``.docx`` name
    that says otherwise than ``given`` is refused."""
    if given is not None and given not in CONTRACT_FORMATS:
        raise refuse(OperationMessage.UNKNOWN_FORMAT, format=given)
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    if given is None:
        return "docx" if suffix == "docx" else "pdf"
    if output is not None and suffix in CONTRACT_FORMATS and suffix != given:
        raise refuse(OperationMessage.FORMAT_SUFFIX, path=str(output), format=given)
    return given


@dataclass(frozen=True)
class ExportContract(_OnAgreement):
    """The contract as PDF/A or Word (``output``, its format ``format`` or its extension's)
    and/or HTML (``html``); ``preview`` writes the PDF without the export's checks (the app's
    live preview)."""

    kind: ClassVar[str] = "export"
    output: Path | None = None
    html: Path | None = None
    style: str | None = None
    template: Path | None = None
    logo: Path | None = None
    accent: str | None = None
    preview: bool = False
    format: str | None = None

    def inputs(self) -> tuple[Path | None, ...]:
        return (*super().inputs(), self.logo)

    def output_format(self) -> str:
        return contract_format(self.output, self.format)

    def source(self) -> tuple[Agreement, bytes]:
        """The agreement and its file's exact bytes (the text's, for an agreement given as
        text): what a Word document carries inside."""
        from ..storage import read_agreement

        if self.text is not None:
            return self.agreement(), self.text.encode("utf-8")
        return read_agreement(self.file)

    def outputs(self) -> tuple[tuple[str, Path | None], ...]:
        return (("-o", self.output), ("--html", self.html))

    def run(self, progress: Progress | None = None, printer: Any = None) -> ExportResult:
        from ..render import render_pdf
        from ..services import export
        from ..storage import atomic_write_bytes

        fmt = self.output_format()
        agreement, data = self.source()
        brand = branding(self.logo, self.accent)
        warnings: list[str] = []
        written: list[Path] = []
        if self.preview:
            if self.output is None:  # pragma: no cover - the worker always gives one
                raise ValueError("a preview needs an output")
            chosen = {"printer": printer} if printer is not None else {}
            result = render_pdf(agreement, style=self.style, branding=brand, **chosen)
            atomic_write_bytes(self.output, result.pdf)
            return ExportResult((self.output,), tuple(str(w) for w in result.warnings))
        self.check()
        if self.html is not None:
            warnings += export.export_html(
                agreement, self.html, self.style, self.template, branding=brand, path=self.file
            )
            written.append(self.html)
        if self.output is not None and fmt == "docx":
            warnings += export.export_docx(
                agreement,
                self.output,
                self.style,
                self.template,
                branding=brand,
                path=self.file,
                data=data,
            )
            written.append(self.output)
        elif self.output is not None:
            warnings += export.export_pdf(
                agreement,
                self.output,
                self.style,
                self.template,
                branding=brand,
                printer=printer,
                path=self.file,
            )
            written.append(self.output)
        return ExportResult(tuple(written), tuple(str(w) for w in warnings))


@dataclass(frozen=True)
class ImportDocxResult:
    output: Path
    document_id: str
    edited: bool
    """The Word document's text was edited after export (the edits are not taken in)."""


@dataclass(frozen=True)
class ImportDocx(Operation):
    """The agreement file a Word document exported by slawriter carries, written to
    ``output`` byte for byte (an existing ``output`` only with ``force``)."""

    kind: ClassVar[str] = "import-docx"
    file: Path = Path("<docx>")
    output: Path = Path("<agreement>")
    force: bool = False

    def inputs(self) -> tuple[Path | None, ...]:
        return (self.file,)

    def outputs(self) -> tuple[tuple[str, Path | None], ...]:
        return (("-o", self.output),)

    def check(self) -> None:
        super().check()
        if self.output.exists() and not self.force:
            raise refuse(OperationMessage.OUTPUT_EXISTS, path=str(self.output))

    def run(self, progress: Progress | None = None) -> ImportDocxResult:
        from . import export

        self.check()
        imported = export.import_docx(self.file, self.output)
        return ImportDocxResult(
            self.output, imported.agreement.agreement.document_id, imported.edited
        )


@dataclass(frozen=True)
class SignResult:
    output: Path


@dataclass(frozen=True)
class Sign(Operation):
    """Sign a contract PDF for a signatory (PAdES B-B) with a PKCS#12 key; ``output`` may be
    the PDF itself. The passphrase is used once and never stored."""

    kind: ClassVar[str] = "sign"
    file: Path = Path("<pdf>")
    output: Path = Path("<pdf>")
    p12: Path = Path("<p12>")
    passphrase: str | None = field(default=None, repr=False)
    signatory: str | None = None
    reason: str | None = None
    force: bool = False

    def check(self) -> None:
        """What can be refused before the passphrase is asked for."""
        from ..render.pdf import read_pdf
        from . import signing

        output = self.output
        if output.exists() and not self.force and output.resolve() != self.file.resolve():
            raise refuse(OperationMessage.OUTPUT_EXISTS, path=str(output))
        signing.signable_agreement(read_pdf(self.file), self.file)

    def run(self, progress: Progress | None = None) -> SignResult:
        from ..render.pdf import read_pdf
        from ..storage import write_output
        from . import signing

        self.check()
        data = read_pdf(self.file)
        passphrase = self.passphrase.encode("utf-8") if self.passphrase is not None else None
        try:
            signer = signing.load_signer(self.p12, passphrase)
            signed = signing.sign_pdf(
                data, signer, signatory=self.signatory, reason=self.reason, source=self.file
            )
        except signing.KeyFileError as exc:  # its message names the key file
            raise OperationError(exc.template, **exc.params) from exc
        except signing.SigningError as exc:
            raise refuse(
                OperationMessage.IN_FILE, path=str(self.file), problem=as_message(exc)
            ) from exc
        write_output(self.output, signed)
        return SignResult(self.output)


@dataclass(frozen=True)
class Verify(Operation):
    """Check a contract PDF's signatures and its embedded agreement's fingerprint."""

    kind: ClassVar[str] = "verify"
    file: Path = Path("<pdf>")
    trust: tuple[Path, ...] = ()

    def run(self, progress: Progress | None = None) -> Any:
        from ..render.pdf import read_pdf
        from . import signing

        return signing.verify_pdf(read_pdf(self.file), self.file, list(self.trust))


@dataclass(frozen=True)
class DiffResult:
    output: Path
    changes: tuple[str, ...]


@dataclass(frozen=True)
class Diff(Operation):
    """A redline between two versions (``.sla.json`` or contract PDF) as ``.pdf``, ``.html``
    or ``.docx`` (the newer contract with Word tracked changes), by ``format`` or by the
    output's extension.

    ``new_text`` stands for the later version's file (the app's open agreement).
    """

    kind: ClassVar[str] = "diff"
    old: Path = Path("<old>")
    new: Path = Path("<new>")
    output: Path = Path("redline.pdf")
    new_text: str | None = field(default=None, repr=False)
    format: str | None = None
    old_commit: str | None = None
    """The earlier version is ``old`` as it was at this commit of its git history."""

    def inputs(self) -> tuple[Path | None, ...]:
        return (self.old, None if self.new_text is not None else self.new)

    def outputs(self) -> tuple[tuple[str, Path | None], ...]:
        return (("-o", self.output),)

    def output_format(self) -> str:
        """``format``, else the one the output's extension names; a name that names
        another format than ``format``, or none without it, is refused."""
        from .redline import REDLINE_FORMATS, redline_format

        named = redline_format(self.output)
        if self.format is not None and self.format not in REDLINE_FORMATS:
            raise refuse(OperationMessage.UNKNOWN_REDLINE_FORMAT, format=self.format)
        if self.format is None:
            if named is None:
                raise refuse(OperationMessage.REDLINE_SUFFIX, path=str(self.output))
            return named
        if named is not None and named != self.format:
            raise refuse(OperationMessage.FORMAT_SUFFIX, path=str(self.output), format=self.format)
        return self.format

    def check(self) -> None:
        self.output_format()
        super().check()

    def run(self, progress: Progress | None = None) -> DiffResult:
        from ..model.comparison import Origin
        from ..storage import loads_agreement
        from . import redline

        self.check()
        if self.old_commit is not None:
            from ..storage.files import _decode
            from . import history

            commit, data = history.file_at(self.old, self.old_commit)
            name = history.version_name(self.old, commit)
            old = loads_agreement(_decode(name, data), name)
            origin = Origin(commit.short, commit.moment.date())
        else:
            old = agreement_from(self.old)
            origin = None
        if self.new_text is not None:
            new, data = loads_agreement(self.new_text, self.new), self.new_text.encode("utf-8")
        else:
            new, data = agreement_source(self.new)
            # the same file is compared with itself only as it was at an earlier commit
            if self.old_commit is None and self.old.samefile(self.new):
                raise refuse(OperationMessage.COMPARED_WITH_ITSELF, path=str(self.new))
        old_id, new_id = old.agreement.document_id, new.agreement.document_id
        if old_id and new_id and old_id != new_id:
            raise refuse(
                OperationMessage.ANOTHER_AGREEMENT,
                path=str(self.new),
                new_id=new_id,
                old=str(self.old),
                old_id=old_id,
            )
        comparison = redline.write_redline(
            old, new, self.output, self.output_format(), new_data=data, old_origin=origin
        )
        return DiffResult(self.output, tuple(comparison.change_texts))


@dataclass(frozen=True)
class CommitRow:
    """One commit of a file's history (:class:`slawriter.services.history.Commit`)."""

    commit: str
    author: str
    email: str
    date: str
    subject: str
    path: str


@dataclass(frozen=True)
class HistoryResult:
    file: Path
    commits: tuple[CommitRow, ...]


@dataclass(frozen=True)
class FileHistory(Operation):
    """The commits of git that changed ``file``, newest first (``git log --follow``)."""

    kind: ClassVar[str] = "history"
    file: Path = Path("<agreement>")

    def run(self, progress: Progress | None = None) -> HistoryResult:
        from . import history

        commits = history.file_history(self.file)
        return HistoryResult(
            self.file,
            tuple(
                CommitRow(c.commit, c.author, c.email, c.date, c.subject, c.path) for c in commits
            ),
        )


@dataclass(frozen=True)
class ObjectiveRow:
    """One objective of a compliance report, as the app's table shows it."""

    name: str
    status: str
    attainment: str | None
    attainment_unit: str
    credit_percent: str | None


@dataclass(frozen=True)
class ComplianceResult:
    period: str
    met: int
    breached: int
    credit_percent: str
    objectives: tuple[ObjectiveRow, ...]
    statuses: tuple[tuple[str, str], ...]
    """(objective ID, status) in order, as the command line prints them."""
    report_json: str
    """The report as :func:`~slawriter.services.compliance.report_json` writes it."""


@dataclass(frozen=True)
class ComplianceReport(_OnAgreement):
    """A month of service data checked against the objectives; writes the report as PDF
    (``output``) and/or JSON (``json``) when given, else only computes it."""

    kind: ClassVar[str] = "compliance"
    period: str | None = None
    tickets: Path | None = None
    incidents: Path | None = None
    metrics: Path | None = None
    column_map: tuple[str, ...] = ()
    """``NAME=COLUMN`` pairs as ``--map`` takes them."""
    output: Path | None = None
    json: Path | None = None
    require_output: bool = False

    def inputs(self) -> tuple[Path | None, ...]:
        return (*super().inputs(), self.tickets, self.incidents, self.metrics)

    def outputs(self) -> tuple[tuple[str, Path | None], ...]:
        return (("-o", self.output), ("--json", self.json))

    def run(self, progress: Progress | None = None) -> ComplianceResult:
        from ..model.business_time import CalendarError
        from . import compliance

        if self.period is None:
            raise refuse(OperationMessage.NO_PERIOD)
        if self.require_output and self.output is None and self.json is None:
            raise refuse(OperationMessage.NO_REPORT_OUTPUT)
        self.check()
        agreement = self.agreement()
        try:
            column_map = compliance.parse_column_map(list(self.column_map))
        except compliance.ColumnMapError as exc:
            if self.text is not None:
                raise
            raise refuse(OperationMessage.COLUMN_MAP, problem=as_message(exc)) from exc
        try:
            report = compliance.compliance_report(
                agreement,
                self.period,
                tickets=self.tickets,
                incidents=self.incidents,
                metrics=self.metrics,
                column_map=column_map,
                progress=progress,
                source=None if self.text is not None else self.file,
            )
        except (compliance.PeriodError, CalendarError) as exc:
            raise self.refusal(exc) from exc
        compliance.write_report(report, agreement, pdf_path=self.output, json_path=self.json)
        rows = tuple(
            ObjectiveRow(
                name=result.name,
                status=result.status,
                attainment=None if result.attainment is None else str(result.attainment),
                attainment_unit=result.attainment_unit,
                credit_percent=str(result.credit_percent) if result.credit_percent else None,
            )
            for result in report.objectives
        )
        return ComplianceResult(
            period=report.period,
            met=len(report.met),
            breached=len(report.breached),
            credit_percent=str(report.credit_percent),
            objectives=rows,
            statuses=tuple((result.id, result.status) for result in report.objectives),
            report_json=compliance.report_json(report),
        )


@dataclass(frozen=True)
class CalendarResult:
    output: Path
    reminders: int


@dataclass(frozen=True)
class CalendarExport(_OnAgreement):
    """The agreement's dates and deadlines as an iCalendar file."""

    kind: ClassVar[str] = "ics"
    output: Path = Path("reminders.ics")

    def outputs(self) -> tuple[tuple[str, Path | None], ...]:
        return (("-o", self.output),)

    def run(self, progress: Progress | None = None) -> CalendarResult:
        from . import reminders

        self.check()
        agreement = self.agreement()
        try:
            reminders.write_ics(agreement, self.output, source=self.file)
        except reminders.NoEffectiveDate as exc:
            raise self.refusal(exc) from exc
        return CalendarResult(self.output, len(reminders.reminders(agreement)))


@dataclass(frozen=True)
class OpenSloResult:
    output: Path
    slos: int
    objectives: int
    skipped: tuple[tuple[str, str], ...]
    """(objective ID, English reason) of each objective or priority left out."""


@dataclass(frozen=True)
class OpenSloExport(_OnAgreement):
    """The objectives as OpenSLO v1 documents."""

    kind: ClassVar[str] = "openslo"
    output: Path = Path("objectives.openslo.yaml")

    def outputs(self) -> tuple[tuple[str, Path | None], ...]:
        return (("-o", self.output),)

    def run(self, progress: Progress | None = None) -> OpenSloResult:
        from . import openslo

        self.check()
        agreement = self.agreement()
        documents, skipped = openslo.write_openslo_objects(agreement, self.output, source=self.file)
        objectives = {
            doc["metadata"]["annotations"][openslo.ANNOTATION + "objective"] for doc in documents
        }
        return OpenSloResult(
            self.output,
            len(documents),
            len(objectives),
            tuple((str(i), str(reason)) for i, reason in skipped),
        )


OPERATIONS: dict[str, type[Operation]] = {
    kind.kind: kind
    for kind in (
        ExportContract,
        ImportDocx,
        Sign,
        Verify,
        Diff,
        FileHistory,
        ComplianceReport,
        CalendarExport,
        OpenSloExport,
    )
}
RESULTS: dict[str, type[Any]] = {
    kind.__name__: kind
    for kind in (
        ExportResult,
        ImportDocxResult,
        SignResult,
        DiffResult,
        HistoryResult,
        ComplianceResult,
        CalendarResult,
        OpenSloResult,
    )
}


# -- JSON ----------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def encode(operation: Operation) -> dict[str, Any]:
    """``operation`` as JSON data: ``{"kind": "sign", "file": "/x.pdf", …}``."""
    data = _plain(operation)
    return {"kind": operation.kind, **data}


def _typed(hint: Any, value: Any) -> Any:
    """``value`` from JSON back to the field's type (paths, tuples, nested results)."""
    if value is None:
        return None
    text = str(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, value)
    origin = getattr(hint, "__origin__", None)
    if origin is tuple:
        args = [a for a in getattr(hint, "__args__", ()) if a is not Ellipsis]
        if len(args) == 1 or (args and hint.__args__[-1] is Ellipsis):
            return tuple(_typed(args[0], item) for item in value)
        return tuple(_typed(a, item) for a, item in zip(args, value, strict=True))
    for arg in getattr(hint, "__args__", ()):  # X | None
        if arg is not type(None):
            return _typed(arg, value)
    if hint is Path or "Path" in text:
        return Path(value)
    return value


def _build(kind: type[Any], data: Mapping[str, Any]) -> Any:
    hints = get_type_hints(kind)
    values = {
        f.name: _typed(hints[f.name], data[f.name])
        for f in dataclasses.fields(kind)
        if f.name in data
    }
    return kind(**values)


def decode(data: Mapping[str, Any]) -> Operation:
    """The operation :func:`encode` described. Raises :class:`OperationError`."""
    kind = str(data.get("kind", ""))
    operation = OPERATIONS.get(kind)
    if operation is None:
        raise refuse(OperationMessage.UNKNOWN_OPERATION, kind=kind)
    try:
        built: Operation = _build(operation, data)
    except (TypeError, ValueError, KeyError) as exc:
        raise refuse(OperationMessage.UNKNOWN_OPERATION, kind=kind) from exc
    return built


def encode_result(result: Any) -> dict[str, Any] | None:
    """A result as JSON data with its type's name (``None`` for a result the app never reads)."""
    if not (dataclasses.is_dataclass(result) and type(result).__name__ in RESULTS):
        return None
    return {"type": type(result).__name__, **_plain(result)}


def decode_result(data: Any) -> Any:
    """The result :func:`encode_result` described, or ``None``."""
    if not isinstance(data, Mapping):
        return None
    kind = RESULTS.get(str(data.get("type", "")))
    if kind is None:
        return None
    try:
        return _build(kind, data)
    except (TypeError, ValueError, KeyError):
        return None


def dumps(operation: Operation) -> str:
    return json.dumps(encode(operation), ensure_ascii=False)
