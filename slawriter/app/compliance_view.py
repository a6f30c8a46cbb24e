"""Tools › Compliance: was the agreement kept in a month? The app's face of ``slawriter comply``.

The figures are computed by :func:`slawriter.services.compliance.compliance_report` on a worker
thread (polars does the heavy lifting outside the GIL), with its progress shown as it goes. The
PDF report needs WeasyPrint, which never runs in the GUI process, so it is written by the same
command line the user could run (``python -m slawriter comply``) in a child process.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QProcess, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..bundled import module_command
from ..model import Agreement
from ..storage import DocumentError, save_agreement, write_output
from . import dialogs
from .i18n import lines_tr, message_tr

INPUTS = (
    ("tickets", "Tickets CSV (id, priority, created_at, first_response_at, resolved_at):"),
    ("incidents", "Incidents CSV (start, end, optional excluded):"),
    ("metrics", "Metrics CSV (objective, period, value):"),
)


class _Job(QObject):
    """Runs one compliance check on a worker thread."""

    progressed = Signal(float)
    succeeded = Signal(object)
    failed = Signal(list)

    def __init__(
        self,
        agreement: Agreement,
        period: str,
        files: dict[str, Path | None],
        column_map: dict[str, str],
    ) -> None:
        super().__init__()
        self.agreement = agreement
        self.period = period
        self.files = files
        self.column_map = column_map

    @Slot()
    def run(self) -> None:
        from ..model.business_time import CalendarError
        from ..services import compliance

        # Errors are put in the UI language here (QCoreApplication.translate is thread-safe).
        try:
            report = compliance.compliance_report(
                self.agreement,
                self.period,
                tickets=self.files.get("tickets"),
                incidents=self.files.get("incidents"),
                metrics=self.files.get("metrics"),
                column_map=self.column_map,
                progress=self.progressed.emit,
            )
        except DocumentError as exc:
            self.failed.emit(lines_tr(exc))
        except (compliance.PeriodError, CalendarError) as exc:
            self.failed.emit([message_tr(exc)])
        else:
            self.succeeded.emit(report)


class ComplianceDialog(QDialog):
    """Choose a month and its data files, see each objective met or breached, save the report."""

    finished_check = Signal(bool)
    """A check ended: ``True`` with a report, ``False`` with an error shown."""
    pdf_written = Signal(Path)

    def __init__(self, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement = agreement
        self.report: Any = None
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._process: QProcess | None = None
        self.setWindowTitle(self.tr("Compliance"))
        self.setObjectName("compliance")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.period = QDateEdit()
        self.period.setDisplayFormat("yyyy-MM")
        today = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        self.period.setDate(QDate(today.year, today.month, 1))
        self.period.setAccessibleName(self.tr("Month to check"))
        form.addRow(self.tr("&Month:"), self.period)
        self.inputs: dict[str, QLineEdit] = {}
        for key, label in INPUTS:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Not used"))
            edit.setAccessibleName(label)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, k=key: self._browse(k))
            row_layout.addWidget(edit, 1)
            row_layout.addWidget(browse)
            form.addRow(QLabel(self.tr(label)), row)
            self.inputs[key] = edit
        self.columns = QLineEdit()
        self.columns.setPlaceholderText("created_at=Opened, id=Ticket ID")
        self.columns.setAccessibleName(self.tr("Column names in your files"))
        self.columns.setToolTip(
            self.tr(
                "When your export names a column differently, say which: the column slawriter "
                "reads, =, the name in your file."
            )
        )
        form.addRow(self.tr("Column &names:"), self.columns)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Check"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_check)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.progress, 1)
        layout.addLayout(buttons)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("complianceSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Objective"), self.tr("Attainment"), self.tr("Status"), self.tr("Credit")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        saves = QHBoxLayout()
        self.save_json = QPushButton(self.tr("Save &JSON…"))
        self.save_json.clicked.connect(self.save_json_report)
        self.save_pdf = QPushButton(self.tr("Save &PDF…"))
        self.save_pdf.clicked.connect(self.save_pdf_report)
        for button in (self.save_json, self.save_pdf):
            button.setEnabled(False)
            saves.addWidget(button)
        saves.addStretch(1)
        layout.addLayout(saves)
        self.resize(720, 520)

    # -- inputs --------------------------------------------------------------------------------

    def _browse(self, key: str) -> None:
        chosen = dialogs.choose_file(self, self.tr("Data file"), "CSV (*.csv);;All files (*)")
        if chosen is not None:
            self.inputs[key].setText(str(chosen))

    def period_text(self) -> str:
        return self.period.date().toString("yyyy-MM")

    def files(self) -> dict[str, Path | None]:
        return {
            key: Path(edit.text().strip()).expanduser() if edit.text().strip() else None
            for key, edit in self.inputs.items()
        }

    # -- the check -----------------------------------------------------------------------------

    def column_map(self) -> dict[str, str]:
        from ..services.compliance import parse_column_map

        return parse_column_map(self.columns.text())

    def run_check(self) -> None:
        from ..services.compliance import ColumnMapError

        if self._thread is not None:
            return
        try:
            column_map = self.column_map()
        except ColumnMapError as exc:
            dialogs.show_error(self, self.tr("Compliance"), [message_tr(exc)])
            self.finished_check.emit(False)
            return
        self.run_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Checking…"))
        thread = QThread(self)
        job = _Job(self.agreement, self.period_text(), self.files(), column_map)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progressed.connect(lambda fraction: self.progress.setValue(int(fraction * 100)))
        job.succeeded.connect(self._show)
        job.failed.connect(self._fail)
        self._thread, self._job = thread, job
        thread.start()

    def _done(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self._job = None, None
        self.run_button.setEnabled(True)
        self.progress.hide()

    def _fail(self, lines: list[str]) -> None:
        self._done()
        self.summary.setText(self.tr("The check could not run."))
        dialogs.show_error(self, self.tr("Compliance"), lines)
        self.finished_check.emit(False)

    def _show(self, report: Any) -> None:
        self._done()
        self.report = report
        self.table.setRowCount(len(report.objectives))
        for row, result in enumerate(report.objectives):
            if result.attainment is None:
                attainment = "—"
            elif result.attainment_unit == "percent":
                attainment = f"{result.attainment:.3f} %"
            else:
                attainment = f"{result.attainment} {result.attainment_unit}"
            credit = f"{result.credit_percent} %" if result.credit_percent else "—"
            cells = [result.name, attainment, result.status.replace("_", " "), credit]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(text)))
        self.summary.setText(
            self.tr("%1: %2 met, %3 breached; credit owed %4 % of the monthly fee.")
            .replace("%1", report.period)
            .replace("%2", str(len(report.met)))
            .replace("%3", str(len(report.breached)))
            .replace("%4", str(report.credit_percent))
        )
        for button in (self.save_json, self.save_pdf):
            button.setEnabled(True)
        self.finished_check.emit(True)

    # -- saving --------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> Path:
        stem = self.agreement.agreement.document_id or "agreement"
        return Path.home() / f"{stem}-{self.period_text()}-compliance{suffix}"

    def save_json_report(self) -> None:
        from ..services.compliance import report_json

        if self.report is None:
            return
        path = dialogs.choose_save(self, self.tr("Save JSON"), self._suggested(".json"), "*.json")
        if path is None:
            return
        try:
            write_output(path, report_json(self.report).encode("utf-8"))
        except DocumentError as exc:
            dialogs.show_error(self, self.tr("Compliance"), lines_tr(exc))

    def save_pdf_report(self) -> None:
        if self.report is None or self._process is not None:
            return
        path = dialogs.choose_save(self, self.tr("Save PDF"), self._suggested(".pdf"), "*.pdf")
        if path is None:
            return
        scratch = Path(tempfile.mkdtemp(prefix="slawriter-comply-"))
        source = scratch / "agreement.sla.json"
        save_agreement(self.agreement, source)
        program, *arguments = module_command("slawriter")
        arguments += ["comply", str(source), "--period", self.period_text()]
        for key, file in self.files().items():
            if file is not None:
                arguments += [f"--{key}", str(file)]
        for ours, theirs in self.column_map().items():
            arguments += ["--map", f"{ours}={theirs}"]
        arguments += ["-o", str(path)]
        process = QProcess(self)
        process.finished.connect(
            lambda code, _status: self._pdf_finished(process, path, code, scratch)
        )
        self._process = process
        self.save_pdf.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        process.start(program, arguments)

    def _pdf_finished(self, process: QProcess, path: Path, code: int, scratch: Path) -> None:
        shutil.rmtree(scratch, ignore_errors=True)
        self._process = None
        self.save_pdf.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.hide()
        # comply exits 1 when an objective was breached: the report is written all the same.
        if code in (0, 1) and path.is_file():
            self.pdf_written.emit(path)
            return
        error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        dialogs.show_error(
            self, self.tr("Compliance"), error.strip().splitlines() or [self.tr("Failed.")]
        )

    def closeEvent(self, event: Any) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().closeEvent(event)
