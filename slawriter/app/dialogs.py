"""Every modal dialog of the app, in one place so that tests can replace them.

Tests monkeypatch these functions; the rest of the app never opens a dialog itself.
"""

from __future__ import annotations

import html
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from .. import __version__
from .preferences import Preferences

if TYPE_CHECKING:
    from ..editing.presets import PresetChoice
    from ..model.agreement import EntryKind, Language
    from ..storage.library import StoredEntry
    from .library import SaveRequest


def _file_filter() -> str:
    return QCoreApplication.translate("dialogs", "Agreements (*.sla.json);;All files (*)")


class Unsaved(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Restore(StrEnum):
    RESTORE = "restore"
    DISCARD = "discard"
    KEEP = "keep"


def ask_unsaved(parent: QWidget | None, name: str, question: str | None = None) -> Unsaved:
    """Save / Discard / Cancel for a document with unsaved changes (``question``: what is
    asked, when it is not "before closing?")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unsaved changes"))
    closing = QCoreApplication.translate("dialogs", "Save the changes to “{0}” before closing?")
    box.setText(question or closing.format(name))
    box.setInformativeText(
        QCoreApplication.translate("dialogs", "If you don't save, your changes will be lost.")
    )
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
        QCoreApplication.translate("dialogs", "File changed on disk"),
        QCoreApplication.translate(
            "dialogs",
            "“{0}” was changed by another program since you opened it.\n\n"
            "Overwrite it with your version? The other changes will be lost.",
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


if TYPE_CHECKING:
    from ..model.merge import Conflict


def resolve_conflicts(
    parent: QWidget | None, path: Path, data: object, conflicts: list[Conflict]
) -> dict[int, str] | None:
    """The side ("ours"/"theirs") to keep for each of a merged file's conflicts (numbered from
    1), or ``None`` when the user cancels (see :mod:`.conflicts`)."""
    from .conflicts import ConflictDialog

    dialog = ConflictDialog(path, data, conflicts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choices()


def open_file(parent: QWidget | None, folder: Path | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Open agreement"),
        str(folder or Path.home()),
        _file_filter(),
    )
    return Path(name) if name else None


def save_file(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "Save agreement as"),
        str(suggested),
        _file_filter(),
    )
    if not name:
        return None
    from ..storage import SUFFIX

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
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Restore unsaved work?"))
    box.setText(
        QCoreApplication.translate(
            "dialogs", "slawriter closed without saving your work last time."
        )
    )
    box.setInformativeText("\n".join(descriptions))
    restore = box.addButton(
        QCoreApplication.translate("dialogs", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("dialogs", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
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
        QCoreApplication.translate("dialogs", "About slawriter"),
        QCoreApplication.translate(
            "dialogs",
            "<h3>slawriter {0}</h3><p>Write service level agreements and export them as "
            "contracts, offline.</p><p>MIT licence.</p>",
        ).format(__version__),
    )


def export_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to write the contract (``None`` if cancelled): a PDF, or a Word document when
    ``suggested`` is a ``.docx`` name."""
    word = suggested.suffix.lower() == ".docx"
    if word:
        title = QCoreApplication.translate("dialogs", "Export contract as Word document")
        kinds = QCoreApplication.translate("dialogs", "Word documents (*.docx)")
    else:
        title = QCoreApplication.translate("dialogs", "Export contract as PDF")
        kinds = QCoreApplication.translate("dialogs", "PDF documents (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if not name:
        return None
    path = Path(name)
    suffix = suggested.suffix.lower()
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def open_folder(path: Path) -> bool:
    """Show ``path``'s folder in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def exported(parent: QWidget | None, path: Path, warnings: list[str]) -> None:
    """The PDF is written: say so (with any render warnings) and offer to open its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information)
    if path.suffix.lower() == ".docx":
        box.setWindowTitle(QCoreApplication.translate("dialogs", "Word document exported"))
    else:
        box.setWindowTitle(QCoreApplication.translate("dialogs", "PDF exported"))
    box.setText(
        QCoreApplication.translate("dialogs", "The contract was saved as “{0}”.").format(path)
    )
    if warnings:
        box.setInformativeText(
            QCoreApplication.translate("dialogs", "The renderer reported {0} warnings.").format(
                len(warnings)
            )
        )
        box.setDetailedText("\n".join(warnings))
    folder = box.addButton(
        QCoreApplication.translate("dialogs", "Open Folder"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(folder)
    box.exec()
    if box.clickedButton() is folder:
        open_folder(path)


def edit_preferences(parent: QWidget | None, current: Preferences) -> Preferences | None:
    """The Preferences dialog; the chosen preferences, or ``None`` if cancelled."""
    from .preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.preferences()


# -- Sign-off (issue 5) ---------------------------------------------------------------------------


def ask_text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    """One line of text (a name, a summary), or ``None`` if cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def ask_passphrase(parent: QWidget | None, key_file: Path) -> bytes | None:
    """The passphrase of a PKCS#12 key file; used once and never stored."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent,
        "Passphrase",
        f"Passphrase for “{key_file.name}”:",
        QLineEdit.EchoMode.Password,
    )
    return text.encode("utf-8") if ok else None


def choose_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Any existing file (a key file, an earlier revision), or ``None``."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return Path(name) if name else None


def choose_save(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str
) -> Path | None:
    """Where to write an output file (a redline, a signed PDF), or ``None``."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# -- The library (issue 15) -----------------------------------------------------------------------


def choose_library_entry(
    parent: QWidget | None, kind: EntryKind, entries: list[StoredEntry], language: Language
) -> StoredEntry | None:
    """The entry to insert, picked from ``entries`` (all of ``kind``), or ``None``."""
    from .library import EntryPicker

    dialog = EntryPicker(kind, entries, language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


def save_library_entry(
    parent: QWidget | None, kind: EntryKind, targets: list[tuple[str, Path]], suggested: str
) -> SaveRequest | None:
    """Which library, entry ID and description to save an item with, or ``None``."""
    from .library import SaveEntryDialog

    dialog = SaveEntryDialog(kind, targets, suggested, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.request()


def confirm_replace_entry(parent: QWidget | None, reference: str, library: str) -> bool:
    """The library already holds an entry with this ID: replace it?"""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("dialogs", "Entry exists"),
        QCoreApplication.translate(
            "dialogs",
            "The library “{1}” already holds the entry {0}.\n\n"
            "Replace it? Agreements that use it will be told it changed.",
        ).format(reference, library),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    detail: str,
    choices: list[tuple[str, QMessageBox.ButtonRole, str]],
) -> str | None:
    """A question with Cancel (the default) and ``choices`` (label, role, answer): the answer
    of the button pressed, or ``None``."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(detail)
    buttons = [(box.addButton(label, role), answer) for label, role, answer in choices]
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((answer for button, answer in buttons if button is clicked), None)


def ask_same_id(parent: QWidget | None, entry: str, item: str) -> str | None:
    """The agreement already has an item with the entry's ID: "replace" it, add a "copy" under
    a new ID, or ``None`` (cancel)."""
    return _ask(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("dialogs", "Insert from library"),
        QCoreApplication.translate(
            "dialogs", "The agreement already has “{1}”, with the ID of the entry “{0}”."
        ).format(entry, item),
        QCoreApplication.translate(
            "dialogs",
            "Replace it with the library's entry (it keeps its ID, and what refers to it), or "
            "add the entry as a copy under a new ID?",
        ),
        [
            (
                QCoreApplication.translate("dialogs", "&Replace"),
                QMessageBox.ButtonRole.AcceptRole,
                "replace",
            ),
            (
                QCoreApplication.translate("dialogs", "Add a &Copy"),
                QMessageBox.ButtonRole.ActionRole,
                "copy",
            ),
        ],
    )


def confirm_replace_local_edits(parent: QWidget | None, name: str, known: bool) -> bool:
    """An item changed in the agreement since it came from its library: replace those edits?"""
    text = (
        QCoreApplication.translate(
            "dialogs", "“{0}” was changed in this agreement since it came from the library."
        )
        if known
        else QCoreApplication.translate(
            "dialogs",
            "“{0}” came from the library through an older slawriter: whether it was changed "
            "in this agreement cannot be told.",
        )
    )
    label = QCoreApplication.translate("dialogs", "&Replace With Library's")
    return (
        _ask(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("dialogs", "Update from library"),
            text.format(name),
            QCoreApplication.translate(
                "dialogs",
                "Updating replaces what it says here with the library's text. Undo brings it back.",
            ),
            [(label, QMessageBox.ButtonRole.AcceptRole, "replace")],
        )
        == "replace"
    )


def confirm_approval_of_changed_text(parent: QWidget | None, note: str) -> bool:
    """Earlier approvals are of an earlier text: record this one of the text as it is now?"""
    label = QCoreApplication.translate("dialogs", "&Record Approval")
    return (
        _ask(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("dialogs", "Record approval"),
            QCoreApplication.translate("dialogs", "The text changed after an earlier approval."),
            note[:1].upper() + note[1:] + ".",
            [(label, QMessageBox.ButtonRole.AcceptRole, "record")],
        )
        == "record"
    )


def confirm_overwrite_changed_entry(parent: QWidget | None, name: str, path: str) -> bool:
    """The entry's file changed since it was shown: write the edits over it anyway?"""
    label = QCoreApplication.translate("dialogs", "&Overwrite")
    return (
        _ask(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("dialogs", "Save Entry"),
            QCoreApplication.translate(
                "dialogs",
                "“{0}” was changed on disk since it was shown (a git pull or a teammate).",
            ).format(name),
            QCoreApplication.translate(
                "dialogs",
                "Saving writes your version over the changes in {0}. Cancel keeps your edits here "
                "and the file as it is; Reload then shows the file's version.",
            ).format(path),
            [(label, QMessageBox.ButtonRole.DestructiveRole, "overwrite")],
        )
        == "overwrite"
    )


def confirm_delete_entry(parent: QWidget | None, reference: str, library: str) -> bool:
    """Delete a library entry's file?"""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("dialogs", "Delete library entry"),
        QCoreApplication.translate(
            "dialogs",
            "Delete the entry {0} from the library “{1}”?\n\n"
            "Agreements that use it keep their items; check will say the entry is gone.",
        ).format(reference, library),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """An existing folder (a team library), or ``None``."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(name) if name else None
