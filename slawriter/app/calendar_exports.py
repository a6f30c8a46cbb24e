"""File › Export reminders (iCalendar) and File › Export OpenSLO: the app's face of ``ics`` and
``openslo``. Both are quick, pure-Python writes, so they run on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import Agreement
from ..storage import DocumentError
from . import dialogs
from .i18n import lines_tr, message_tr


def _suggested(agreement: Agreement, suffix: str) -> Path:
    stem = agreement.agreement.document_id or "agreement"
    return Path.home() / f"{stem}{suffix}"


def export_reminders(parent: QWidget, agreement: Agreement) -> Path | None:
    """Ask where, then write the agreement's dates and deadlines as an .ics file."""
    from ..services import reminders

    path = dialogs.choose_save(
        parent,
        QCoreApplication.translate("calendar_exports", "Export reminders"),
        _suggested(agreement, ".ics"),
        "iCalendar (*.ics)",
    )
    if path is None:
        return None
    try:
        reminders.write_ics(agreement, path)
    except reminders.NoEffectiveDate as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("calendar_exports", "Export reminders"),
            [message_tr(exc)],
        )
        return None
    except DocumentError as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("calendar_exports", "Export reminders"),
            lines_tr(exc),
        )
        return None
    count = len(reminders.reminders(agreement))
    dialogs.show_info(
        parent,
        QCoreApplication.translate("calendar_exports", "Export reminders"),
        QCoreApplication.translate("calendar_exports", "%1 reminders written to %2.")
        .replace("%1", str(count))
        .replace("%2", str(path)),
    )
    return path


def export_openslo(parent: QWidget, agreement: Agreement) -> Path | None:
    """Ask where, then write the objectives as OpenSLO v1 documents; list those skipped."""
    from ..services import openslo

    path = dialogs.choose_save(
        parent,
        QCoreApplication.translate("calendar_exports", "Export OpenSLO"),
        _suggested(agreement, ".openslo.yaml"),
        "YAML (*.yaml *.yml)",
    )
    if path is None:
        return None
    try:
        skipped = openslo.write_openslo(agreement, path)
    except DocumentError as exc:
        dialogs.show_error(
            parent, QCoreApplication.translate("calendar_exports", "Export OpenSLO"), lines_tr(exc)
        )
        return None
    lines = [
        QCoreApplication.translate("calendar_exports", "Written to %1.").replace("%1", str(path))
    ]
    for objective_id, reason in skipped:
        lines.append(
            QCoreApplication.translate("calendar_exports", "Not exported: %1 — %2")
            .replace("%1", objective_id)
            .replace("%2", reason)
        )
    dialogs.show_info(
        parent, QCoreApplication.translate("calendar_exports", "Export OpenSLO"), "\n".join(lines)
    )
    return path
