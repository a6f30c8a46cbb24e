"""File › Export reminders (iCalendar) and File › Export OpenSLO: the app's face of ``ics`` and
``openslo``, the same operations (:mod:`slawriter.services.operations`) the CLI runs. Like every
operation of the app they go to the one warm worker (``render_service.run``), so the window never
writes files itself; the result or the error comes back as data, the error to the one presenter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import Agreement
from ..storage import dumps_agreement
from . import dialogs
from .error_presenter import run_operation
from .render_service import OperationHandle


def _suggested(agreement: Agreement, suffix: str) -> Path:
    stem = agreement.agreement.document_id or "agreement"
    return Path.home() / f"{stem}{suffix}"


def _send(parent: QWidget | None, title: str, operation: Any, shown: Any) -> OperationHandle:
    job = run_operation(parent, title, operation)
    job.finished.connect(lambda result: shown(result))
    return job


def export_reminders(parent: QWidget | None, agreement: Agreement) -> OperationHandle | None:
    """Ask where, then have the worker write the agreement's dates and deadlines as an .ics
    file; ``None`` when the user cancels."""
    from ..services.operations import CalendarExport

    title = QCoreApplication.translate("calendar_exports", "Export reminders")
    path = dialogs.choose_save(parent, title, _suggested(agreement, ".ics"), "iCalendar (*.ics)")
    if path is None:
        return None

    def shown(result: Any) -> None:
        dialogs.show_info(
            parent,
            title,
            QCoreApplication.translate("calendar_exports", "%1 reminders written to %2.")
            .replace("%1", str(result.reminders))
            .replace("%2", str(path)),
        )

    operation = CalendarExport(text=dumps_agreement(agreement), output=path)
    return _send(parent, title, operation, shown)


def export_openslo(parent: QWidget | None, agreement: Agreement) -> OperationHandle | None:
    """Ask where, then have the worker write the objectives as OpenSLO v1 documents; list those
    left out. ``None`` when the user cancels."""
    from ..services.operations import OpenSloExport

    title = QCoreApplication.translate("calendar_exports", "Export OpenSLO")
    path = dialogs.choose_save(
        parent, title, _suggested(agreement, ".openslo.yaml"), "YAML (*.yaml *.yml)"
    )
    if path is None:
        return None

    def shown(result: Any) -> None:
        lines = [
            QCoreApplication.translate("calendar_exports", "Written to %1.").replace(
                "%1", str(path)
            )
        ]
        for objective_id, reason in result.skipped:
            lines.append(
                QCoreApplication.translate("calendar_exports", "Not exported: %1 — %2")
                .replace("%1", objective_id)
                .replace("%2", reason)
            )
        dialogs.show_info(parent, title, "\n".join(lines))

    operation = OpenSloExport(text=dumps_agreement(agreement), output=path)
    return _send(parent, title, operation, shown)
