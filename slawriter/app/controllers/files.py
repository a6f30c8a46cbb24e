"""Files and recovery: New, Open, Open Recent, Save, Save As, the question about unsaved changes,
the autosave every 30 seconds and the offer of what a crashed session left behind."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from .. import dialogs
from ..application import ui_language
from ..error_presenter import present

if TYPE_CHECKING:
    from ...model import Agreement
    from ..document import Document
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

MAX_RECENT = 10


class FileController(QObject):
    """What the File menu does with the window's document, and its autosave."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.autosaved_generation = -1
        """The document generation the recovery copy has."""

    # -- unsaved changes, new and open -------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; ``True`` when it is fine to drop the document."""
        document = self.window.document
        if not document.modified:
            return True
        answer = dialogs.ask_unsaved(self.window, document.display_name)
        if answer == dialogs.Unsaved.SAVE:
            return self.save()
        return answer == dialogs.Unsaved.DISCARD

    def new_document(self) -> bool:
        from ...editing.presets import available_presets, blank_agreement

        presets = available_presets(ui_language())
        choice = dialogs.choose_new(self.window, presets)
        if choice is None or not self.maybe_save():
            return False
        if choice:
            preset = next(p for p in presets if p.name == choice)
            title = QCoreApplication.translate("MainWindow", "Could not open the preset")
            agreement = self._read(preset.create, title)
            if agreement is None:
                return False
        else:
            agreement = blank_agreement(ui_language())
        self.start_new(agreement)
        return True

    def _read(self, read: Callable[[], Agreement], title: str) -> Agreement | None:
        """The agreement ``read`` gives; ``None`` after showing its file error under ``title``."""
        from ...storage import DocumentError

        try:
            return read()
        except DocumentError as error:
            present(self.window, title, error)
            return None

    def start_new(self, agreement: Agreement) -> None:
        """Show a new (unsaved) agreement in the guided wizard."""
        from ..document import Document

        self.replace_document(Document(agreement, parent=self.window), guided=True)
        self.window.navigation.focus_page()

    def open_dialog(self) -> bool:
        path = self.window.document.path
        chosen = dialogs.open_file(self.window, path.parent if path else None)
        return self.window.open_path(chosen) if chosen is not None else False

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in the ready window. A file that fails to load is shown, never written."""
        document = self.load(path)
        if document is None:
            return False
        if not self.maybe_save():
            document.deleteLater()
            return False
        self.replace_document(document)
        self.opened(path)
        return True

    def load(self, path: Path) -> Document | None:
        """The document at ``path``; ``None`` after showing why it cannot be opened."""
        from ...storage import DocumentError
        from ...storage.merge import UnresolvedMerge
        from ..document import Document

        title = QCoreApplication.translate("MainWindow", "Could not open the agreement")
        try:
            return Document.open(path, parent=self.window)
        except UnresolvedMerge as error:
            return self._resolve_merge(path, error, title)
        except DocumentError as error:
            present(self.window, title, error)
            self.forget_recent(path)
            return None
        except Exception as error:  # a bug, not the file: say so, and keep the window working
            log.exception("opening %s failed", path)
            present(self.window, title, [f"{path}: {type(error).__name__}: {error}"])
            return None

    def _resolve_merge(self, path: Path, refusal: Exception, title: str) -> Document | None:
        """A file a git merge left with conflicts: the choice per field, the file resolved
        (atomically) and opened; ``None`` (the file untouched) when the user cancels."""
        from ...storage import DocumentError
        from ...storage.merge import is_library_entry, loadable, read_conflicts, resolve_choices
        from ..document import Document

        try:
            data, conflicts = read_conflicts(path)
        except DocumentError as error:  # conflicts in a form slawriter does not know
            present(self.window, title, error)
            return None
        if not conflicts or is_library_entry(data):  # the library's own files are not opened here
            present(self.window, title, refusal)
            return None
        choices = dialogs.resolve_conflicts(self.window, path, data, conflicts)
        if choices is None:
            return None
        try:
            # a mix of sides that is not a valid agreement is refused before the file is written
            resolve_choices(path, choices, check=loadable(path))
            return Document.open(path, parent=self.window)
        except DocumentError as error:  # not written, or the resolved file does not load
            present(self.window, title, error)
            return None

    def opened(self, path: Path) -> None:
        self.add_recent(path)
        message = QCoreApplication.translate("MainWindow", "Opened {0}").format(path)
        self.window.statusBar().showMessage(message, 4000)

    def replace_document(self, document: Document, guided: bool = False) -> None:
        self.window.recovery.clear()
        self.window.set_document(document, guided=guided)
        self.window.section_list.setCurrentRow(0)

    # -- save --------------------------------------------------------------------------------

    def save(self) -> bool:
        path = self.window.document.path
        if path is None:
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
        from ...storage import agreement_file_name

        document = self.window.document
        suggested = document.path or (
            self.last_folder() / agreement_file_name(document.agreement.agreement.title)
        )
        path = dialogs.save_file(self.window, suggested)
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from ...storage import DocumentError

        window, document = self.window, self.window.document
        if (
            path == document.path
            and document.changed_on_disk()
            and not dialogs.confirm_overwrite(window, path)
        ):
            return False
        try:
            document.save(path)
        except DocumentError as error:
            title = QCoreApplication.translate("MainWindow", "Could not save the agreement")
            present(window, title, error)
            return False
        window.recovery.clear()
        self.autosaved_generation = document.generation
        self.add_recent(path)
        window.update_title()
        message = QCoreApplication.translate("MainWindow", "Saved {0}").format(path)
        window.statusBar().showMessage(message, 4000)
        return True

    # -- recent files ------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        value = self.window.settings.value("recent/files", [])
        if isinstance(value, str):
            return [Path(value)]
        if isinstance(value, list):
            return [Path(str(v)) for v in value]
        return []

    def last_folder(self) -> Path:
        recent = self.recent_files()
        return recent[0].parent if recent else Path.home()

    def _store_recent(self, paths: list[Path]) -> None:
        self.window.settings.setValue("recent/files", [str(p) for p in paths[:MAX_RECENT]])

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        self._store_recent([path, *[p for p in self.recent_files() if p != path]])

    def forget_recent(self, path: Path) -> None:
        path = path.resolve()
        if path in self.recent_files():
            self._store_recent([p for p in self.recent_files() if p != path])

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for number, path in enumerate(self.recent_files(), start=1):
            action = menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_path(p))
        if menu.isEmpty():
            empty = menu.addAction(QCoreApplication.translate("MainWindow", "No recent files"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(QCoreApplication.translate("MainWindow", "Clear List"))
            clear.triggered.connect(lambda: self._store_recent([]))

    # -- autosave and recovery ---------------------------------------------------------------

    def autosave(self) -> bool:
        """Write the recovery copy if there are unsaved changes it does not have yet."""
        if not self.window.is_ready():
            return False
        from ...storage import DocumentError

        document, recovery = self.window.document, self.window.recovery
        if not document.modified:
            if recovery.written:
                recovery.clear()
            return False
        if document.generation == self.autosaved_generation and recovery.written:
            return False
        digest = document.disk_state.digest if document.disk_state else ""
        try:
            recovery.write(document.agreement, document.path, digest)
        except DocumentError as error:
            log.error("autosave failed: %s", error)
            return False
        self.autosaved_generation = document.generation
        return True

    def offer_recovery(self) -> bool:
        """Offer the work a crashed session left behind; ``True`` if it was restored."""
        from ..recovery import left_behind

        copies = left_behind(self.window.recovery.folder)
        if not copies:
            return False
        answer = dialogs.ask_restore(self.window, [c.describe() for c in copies])
        if answer is dialogs.Restore.DISCARD:
            for copy in copies:
                copy.discard()
            return False
        if answer is not dialogs.Restore.RESTORE:
            return False
        chosen = copies[0]
        title = QCoreApplication.translate("MainWindow", "Could not restore the autosaved copy")
        agreement = self._read(chosen.load, title)
        if agreement is None or not self.maybe_save():
            return False
        self._restore(agreement, chosen.original, chosen.original_digest)
        chosen.discard()
        return True

    def _restore(self, agreement: Agreement, original: Path | None, digest: str) -> None:
        from ...editing import DiskState
        from ..document import Document

        document = Document(agreement, original, parent=self.window)
        if original is not None:
            # Saving over the original asks first if it changed after the autosave was taken.
            state = DiskState.of(original)
            document.disk_state = (
                state if state is not None and state.digest == digest else document.disk_state
            )
            if state is not None and state.digest != digest:
                document.disk_state = DiskState(0, 0, digest)
        self.replace_document(document)
        document.mark_modified()
        self.window.update_title()
        self.autosave()
