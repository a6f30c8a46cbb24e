"""The library window's editor for every entry but a clause: the wizard's generated forms.

An entry's item goes into a draft agreement (:mod:`slawriter.editing.entry_draft`) held by a
:class:`~slawriter.app.document.Document`, so the forms work as in the wizard: each edit is
checked (a value pydantic refuses stays in its field with the message under it and never
reaches the draft), recorded for Ctrl+Z and Ctrl+Shift+Z, and the model rules' problems of the
item's own fields are shown under them. An objective's credit tiers are a list beside it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFormLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

from ..editing.entry_draft import draft_agreement, entry_from_draft, entry_problems
from ..model.agreement import Agreement, Consequences, EntryKind
from ..model.library import ITEM_MODELS, LibraryEntry, entry_kind
from ..model.sections import Loc
from .document import Document
from .forms import BoundEditor, Form, ModelListEditor
from .i18n import message_tr


class UndoKeys(QObject):
    """Ctrl+Z and Ctrl+Shift+Z of the form's inputs are the draft's undo and redo.

    A line edit claims these keys for its own history (a ShortcutOverride); refused here, they
    reach the panel's Undo and Redo, as the main window does for its pages.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            combo = event.keyCombination()
            if (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or QKeySequence(combo) in (REDO_KEY, UNDO_KEY)
            ):
                event.ignore()
                return True
        return False


UNDO_KEY = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Z)
REDO_KEY = QKeySequence(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Z
)


class EntryForm(QScrollArea):
    """One library entry's item (an objective with its credit tiers) in generated forms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.entry: LibraryEntry | None = None
        self.document: Document | None = None
        self.loc: Loc = ()
        self.forms: list[Form] = []
        self.tiers: ModelListEditor | None = None
        self._keys = UndoKeys(self)
        self._on_change: Callable[[], None] = lambda: None

    def on_change(self, callback: Callable[[], None]) -> None:
        """``callback`` is called after every edit, undo and redo, and when the draft's
        modified state changes."""
        self._on_change = callback

    @property
    def kind(self) -> EntryKind:
        assert self.entry is not None
        return entry_kind(self.entry)

    def load(self, entry: LibraryEntry, context: Agreement | None) -> None:
        """Show ``entry`` (the references choose from ``context``'s IDs); a fresh history."""
        old = self.document
        self.entry = entry
        draft, self.loc = draft_agreement(entry, context)
        self.document = document = Document(draft, parent=self)
        body = QWidget()
        body.setObjectName("entryFormBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        loc = self.loc
        self.forms = [Form(document, ITEM_MODELS[self.kind], lambda: loc)]
        self.tiers = None
        if self.kind is EntryKind.OBJECTIVES:
            tiers = Form(document, Consequences, lambda: ("consequences",), fields=["credit_tiers"])
            self.forms.append(tiers)
            editor = tiers.editor("credit_tiers")
            assert isinstance(editor, ModelListEditor)
            self.tiers = editor
            # The tiers are the objective's: saved pointing at its ID, whatever it is then.
            detail = editor.detail
            objective = detail.editor("objective")
            form_layout = detail.layout()
            assert isinstance(form_layout, QFormLayout)
            form_layout.setRowVisible(objective, False)
        for form in self.forms:
            layout.addWidget(form)
        layout.addStretch(1)
        for widget in body.findChildren(QWidget):
            widget.installEventFilter(self._keys)
        self.setWidget(body)  # the previous body is deleted
        document.changed.connect(self._changed)
        document.revisited.connect(self.focus_loc)
        document.modifiedChanged.connect(lambda _modified: self._on_change())
        if old is not None:
            old.deleteLater()
        self.refresh(force=True)

    def problems(self) -> dict[Loc, list[str]]:
        """The model rules' problems of the entry's own fields, in the UI language."""
        out: dict[Loc, list[str]] = defaultdict(list)
        if self.document is not None:
            for problem in entry_problems(self.document.agreement, self.kind):
                out[tuple(problem.loc)].append(message_tr(problem))
        return out

    def refresh(self, force: bool = False) -> None:
        problems = self.problems()
        for form in self.forms:
            form.refresh(problems, force)

    def _changed(self, _loc: Loc) -> None:
        self.refresh()
        self._on_change()

    def focus_loc(self, loc: Loc) -> bool:
        """Show and focus the editor of ``loc`` (or the nearest one that holds it)."""
        loc = tuple(loc)
        while loc:
            for form in self.forms:
                if form.focus_loc(loc):
                    focused = self.window().focusWidget()
                    if focused is not None and self.isAncestorOf(focused):
                        self.ensureWidgetVisible(focused, 40, 80)
                    return True
            loc = loc[:-1]
        return False

    @property
    def modified(self) -> bool:
        """An edit since the entry was shown (undone edits do not count)."""
        return self.document is not None and self.document.modified

    def refused(self) -> list[str]:
        """Input still shown that was refused (``Field: why``): it is in no entry yet."""
        widget = self.widget()
        if widget is None:
            return []
        return [
            f"{editor.title}: {editor.refused_input}"
            for editor in widget.findChildren(BoundEditor)
            if editor.refused_input and editor.isVisibleTo(widget)
        ]

    def edited(self, description: str) -> LibraryEntry:
        """The entry as the form has it. Raises pydantic's ``ValidationError``."""
        assert self.entry is not None and self.document is not None
        return entry_from_draft(self.entry, self.document.agreement, self.loc, description)

    def undo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.redo()
