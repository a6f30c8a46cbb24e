"""File › Export reminders (iCalendar) and File › Export OpenSLO: the app's face of ``ics`` and
``openslo``, the same operations (:mod:`slawriter.services.operations`). Both are quick,
pure-Python writes, so they run on the GUI thread; their errors go to the one presenter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import Agreement
from ..storage import dumps_agreement
from . import dialogs
from .error_presenter import present


def _suggested(agreement: Agreement, suffix: str) -> Path:
    stem = agreement.agreement.document_id or "agreement"
    return Path.home() / f"{stem}{suffix}"


def export_reminders(parent: QWidget, agreement: Agreement) -> Path | None:
    """Ask where, then write the agreement's dates and deadlines as an .ics file."""
    from ..model.messages import PhrasedError
    from ..services.operations import CalendarExport
    from ..storage import DocumentError

    title = QCoreApplication.translate("calendar_exports", "Export reminders")
    path = dialogs.choose_save(parent, title, _suggested(agreement, ".ics"), "iCalendar (*.ics)")
    if path is None:
        return None
    try:
        result = CalendarExport(text=dumps_agreement(agreement), output=path).run()
    except (DocumentError, PhrasedError) as exc:
        present(parent, title, exc)
        return None
    dialogs.show_info(
        parent,
        title,
        QCoreApplication.translate("calendar_exports", "%1 reminders written to %2.")
        .replace("%1", str(result.reminders))
        .replace("%2", str(path)),
    )
    return path


def export_openslo(parent: QWidget, agreement: Agreement) -> Path | None:
    """Ask where, then write the objectives as OpenSLO v1 documents; list those skipped."""
    from ..model.messages import PhrasedError
    from ..services.operations import OpenSloExport
    from ..storage import DocumentError

    title = QCoreApplication.translate("calendar_exports", "Export OpenSLO")
    path = dialogs.choose_save(
        parent, title, _suggested(agreement, ".openslo.yaml"), "YAML (*.yaml *.yml)"
    )
    if path is None:
        return None
    try:
        result = OpenSloExport(text=dumps_agreement(agreement), output=path).run()
    except (DocumentError, PhrasedError) as exc:
        present(parent, title, exc)
        return None
    lines = [
        QCoreApplication.translate("calendar_exports", "Written to %1.").replace("%1", str(path))
    ]
    for objective_id, reason in result.skipped:
        lines.append(
            QCoreApplication.translate("calendar_exports", "Not exported: %1 — %2")
            .replace("%1", objective_id)
            .replace("%2", reason)
        )
    dialogs.show_info(parent, title, "\n".join(lines))
    return path
