"""Tools › Compliance: was the agreement kept in a month? The app's face of ``slawriter comply``.

The figures are computed by a :class:`~slawriter.services.operations.ComplianceReport`
operation in the app's worker process, with its progress shown as it goes; the PDF report
(WeasyPrint, which never runs in the GUI process) is the same operation with an output. Errors
come back as data and are shown in the UI language.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
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

from ..model import Agreement
from ..storage import DocumentError, dumps_agreement, write_output
from . import dialogs
from .error_presenter import present
from .render_service import OperationHandle, shared_service

INPUTS = (
    (
        "tickets",
        str(
            QT_TRANSLATE_NOOP(
                "ComplianceDialog",
                "Tickets, CSV or Parquet (id, priority, created_at, first_response_at, resolved_at):",  # noqa: E501
            )
        ),
    ),
    (
        "incidents",
        str(
            QT_TRANSLATE_NOOP("ComplianceDialog", "Incidents CSV (start, end, optional excluded):")
        ),
    ),
    (
        "metrics",
        str(QT_TRANSLATE_NOOP("ComplianceDialog", "Metrics CSV (objective, period, value):")),
    ),
)
"""Each data file and its label (translated where it is shown)."""


class ComplianceDialog(QDialog):
    """Choose a month and its data files, see each objective met or breached, save the report."""

    finished_check = Signal(bool)
    """A check ended: ``True`` with a report, ``False`` with an error shown."""
    pdf_written = Signal(Path)

    def __init__(self, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement = agreement
        self.report: Any = None
        """The last check's :class:`~slawriter.services.operations.ComplianceResult`."""
        self._job: OperationHandle | None = None
        self._pdf_job: OperationHandle | None = None
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
            edit.setAccessibleName(self.tr(label))
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
        if key == "tickets":  # the names of services.compliance.tickets.PARQUET_SUFFIXES
            kinds = self.tr("CSV or Parquet (*.csv *.parquet *.parq *.pq);;All files (*)")
        else:
            kinds = self.tr("CSV (*.csv);;All files (*)")
        chosen = dialogs.choose_file(self, self.tr("Data file"), kinds)
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

    def _operation(self, **outputs: Any) -> Any:
        from ..services.operations import ComplianceReport

        column_map = tuple(f"{ours}={theirs}" for ours, theirs in self.column_map().items())
        files = self.files()
        return ComplianceReport(
            text=dumps_agreement(self.agreement),
            period=self.period_text(),
            tickets=files.get("tickets"),
            incidents=files.get("incidents"),
            metrics=files.get("metrics"),
            column_map=column_map,
            **outputs,
        )

    def run_check(self) -> None:
        from ..services.compliance import ColumnMapError

        if self._job is not None:
            return
        try:
            operation = self._operation()
        except ColumnMapError as exc:
            present(self, self.tr("Compliance"), exc)
            self.finished_check.emit(False)
            return
        self.run_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Checking…"))
        job = shared_service().run(operation)
        job.progressed.connect(lambda fraction: self.progress.setValue(int(fraction * 100)))
        job.finished.connect(self._show)
        job.failed.connect(self._fail)
        self._job = job

    def _done(self) -> None:
        self._job = None
        self.run_button.setEnabled(True)
        self.progress.hide()

    def _fail(self, error: object) -> None:
        self._done()
        self.summary.setText(self.tr("The check could not run."))
        present(self, self.tr("Compliance"), error)
        self.finished_check.emit(False)

    def _show(self, report: Any) -> None:
        self._done()
        self.report = report
        self.table.setRowCount(len(report.objectives))
        for row, result in enumerate(report.objectives):
            if result.attainment is None:
                attainment = "—"
            elif result.attainment_unit == "percent":
                attainment = f"{Decimal(result.attainment):.3f} %"
            else:
                attainment = f"{result.attainment} {result.attainment_unit}"
            credit = f"{result.credit_percent} %" if result.credit_percent else "—"
            statuses = {
                "met": self.tr("met"),
                "breached": self.tr("breached"),
                "no_data": self.tr("no data"),
            }
            status = statuses.get(result.status, result.status)
            cells = [result.name, attainment, status, credit]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(text)))
        self.summary.setText(
            self.tr("%1: %2 met, %3 breached; credit owed %4 % of the monthly fee.")
            .replace("%1", report.period)
            .replace("%2", str(report.met))
            .replace("%3", str(report.breached))
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
        if self.report is None:
            return
        path = dialogs.choose_save(self, self.tr("Save JSON"), self._suggested(".json"), "*.json")
        if path is None:
            return
        try:
            write_output(path, self.report.report_json.encode("utf-8"))
        except DocumentError as exc:
            present(self, self.tr("Compliance"), exc)

    def save_pdf_report(self) -> None:
        if self.report is None or self._pdf_job is not None:
            return
        path = dialogs.choose_save(self, self.tr("Save PDF"), self._suggested(".pdf"), "*.pdf")
        if path is None:
            return
        job = shared_service().run(self._operation(output=path))
        job.finished.connect(lambda _result: self.pdf_written.emit(path))
        job.failed.connect(lambda error: present(self, self.tr("Compliance"), error))
        job.done.connect(self._pdf_done)
        self._pdf_job = job
        self.save_pdf.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

    def _pdf_done(self, _ok: bool) -> None:
        self._pdf_job = None
        self.save_pdf.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.hide()
