"""Every modal dialog of the app, in one place so that tests can replace them.

Tests monkeypatch these functions; the rest of the app never opens a dialog itself.
"""

from __future__ import annotations

import html
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from .. import __version__
from ..storage import SUFFIX
from .presets import PresetChoice

FILE_FILTER = "Agreements (*.sla.json);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class Unsaved(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Restore(StrEnum):
    RESTORE = "restore"
    DISCARD = "discard"
    KEEP = "keep"


def ask_unsaved(parent: QWidget | None, name: str) -> Unsaved:
    """Save / Discard / Cancel for a document with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Save the changes to “{0}” before closing?").format(name))
    box.setInformativeText(_tr("If you don't save, your changes will be lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm_overwrite(parent: QWidget | None, path: Path) -> bool:
    """The file changed on disk since it was opened: overwrite it anyway?"""
    answer = QMessageBox.warning(
        parent,
        _tr("File changed on disk"),
        _tr(
            "“{0}” was changed by another program since you opened it.\n\n"
            "Overwrite it with your version? The other changes will be lost."
        ).format(path),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def show_error(parent: QWidget | None, title: str, lines: list[str]) -> None:
    """A file could not be opened or saved: show the loader's message, one line per problem."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(html.escape(lines[0]) if lines else title)
    if len(lines) > 1:
        box.setDetailedText("\n".join(lines))
    box.exec()


def open_file(parent: QWidget | None, folder: Path | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open agreement"), str(folder or Path.home()), FILE_FILTER
    )
    return Path(name) if name else None


def save_file(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save agreement as"), str(suggested), FILE_FILTER
    )
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(SUFFIX):
        path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
    return path


def choose_new(parent: QWidget | None, presets: list[PresetChoice]) -> str | None:
    """The preset to start from (``""`` for blank), or ``None`` if cancelled."""
    from .new_dialog import NewDialog

    dialog = NewDialog(presets, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def ask_restore(parent: QWidget | None, descriptions: list[str]) -> Restore:
    """Unsaved work from a previous session was found: restore it, discard it, or keep it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Restore unsaved work?"))
    box.setText(_tr("slawriter closed without saving your work last time."))
    box.setInformativeText("\n".join(descriptions))
    restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return Restore.RESTORE
    if clicked is discard:
        return Restore.DISCARD
    return Restore.KEEP


def about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        _tr("About slawriter"),
        _tr(
            "<h3>slawriter {0}</h3><p>Write service level agreements and export them as "
            "contracts, offline.</p><p>MIT licence.</p>"
        ).format(__version__),
    )
