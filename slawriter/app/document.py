"""The open agreement in the app: the editing core's document (:mod:`slawriter.editing`) with
Qt signals, and its undo history as Qt's undo actions want it.

Every widget edit goes through :meth:`Document.set_value` or the list operations of the core,
which check, make and record it; the signals below tell the window and its pages what changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .. import editing
from ..editing.history import History
from ..model import Agreement
from ..model.sections import Loc
from .i18n import message_tr


def untitled() -> str:
    """What a document without a file or a title is called, in the UI language."""
    return QCoreApplication.translate("Document", "Untitled agreement")


class UndoStack(QObject):
    """The undo history (:class:`~slawriter.editing.history.History`) as the Undo and Redo
    actions see it: their state as signals, and QUndoStack's method names."""

    canUndoChanged = Signal(bool)
    canRedoChanged = Signal(bool)
    undoTextChanged = Signal(str)
    redoTextChanged = Signal(str)

    def __init__(self, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._shown = self._state()

    def _state(self) -> tuple[bool, bool, str, str]:
        h = self.history
        return h.can_undo, h.can_redo, h.undo_text, h.redo_text

    def refresh(self) -> None:
        """The history changed: signal what the actions show differently now."""
        before, self._shown = self._shown, self._state()
        can_undo, can_redo, undo_text, redo_text = self._shown
        if can_undo != before[0]:
            self.canUndoChanged.emit(can_undo)
        if can_redo != before[1]:
            self.canRedoChanged.emit(can_redo)
        if undo_text != before[2]:
            self.undoTextChanged.emit(undo_text)
        if redo_text != before[3]:
            self.redoTextChanged.emit(redo_text)

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    def canUndo(self) -> bool:
        return self.history.can_undo

    def canRedo(self) -> bool:
        return self.history.can_redo

    def count(self) -> int:
        return len(self.history)

    def setClean(self) -> None:
        self.history.set_clean()


class Document(editing.Document, QObject):
    """One agreement being edited: the model, its file and its undo history."""

    changed = Signal(tuple)
    """The model changed at this JSON path (by an edit, an undo or a redo)."""
    revisited = Signal(tuple)
    """Undo or redo changed the model at this JSON path (the UI shows that place)."""
    pathChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(
        self,
        agreement: Agreement | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        QObject.__init__(self, parent)
        editing.Document.__init__(self, agreement, path, phrase=message_tr)
        self.undo_stack = UndoStack(self.history, self)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Self:
        """Read ``path``. Raises :class:`~slawriter.storage.DocumentError`; never writes."""
        document = super().open(path)
        if parent is not None:
            document.setParent(parent)
        return document

    def untitled(self) -> str:
        return untitled()

    def on_changed(self, loc: Loc) -> None:
        self.changed.emit(loc)

    def on_revisited(self, loc: Loc) -> None:
        self.revisited.emit(loc)

    def on_modified(self, modified: bool) -> None:
        self.modifiedChanged.emit(modified)

    def on_path_changed(self) -> None:
        self.pathChanged.emit()

    def on_history_changed(self) -> None:
        self.undo_stack.refresh()
