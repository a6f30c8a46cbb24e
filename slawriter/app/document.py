"""The open agreement: model, file, modified flag and one undo stack over model edits.

Every widget edit goes through :meth:`Document.set_value` or the list operations, which push a
:class:`QUndoCommand`; the command changes the model at a JSON path and the whole agreement is
validated again, so the model is never invalid and every change can be undone.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..editing.field_errors import field_error, field_error_text
from ..model import Agreement, Finding, Problem, readiness, rule_violations
from ..model.lifecycle import AgreementLocked, ensure_editable
from ..model.sections import Loc
from ..storage import dumps_agreement, load_agreement, save_agreement
from .i18n import message_tr

_MERGE_ID = 1


@dataclass(frozen=True, slots=True)
class DiskState:
    """What the file looked like when it was last read or written by us."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> DiskState | None:
        try:
            data = path.read_bytes()
            stat = path.stat()
        except OSError:
            return None
        return cls(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def same_content(self, other: DiskState | None) -> bool:
        return other is not None and other.digest == self.digest


def _node(data: Any, loc: Loc) -> Any:
    for step in loc:
        data = data[step]
    return data


def errors_by_loc(error: ValidationError) -> dict[Loc, str]:
    """Pydantic's messages keyed by JSON path, phrased for a person in the UI language."""
    out: dict[Loc, str] = {}
    for item in error.errors():
        loc = tuple(item["loc"])
        phrased = field_error(item)
        message = field_error_text(item) if phrased is None else message_tr(phrased)
        out.setdefault(loc, message)
    return out


class EditRefused(Exception):
    """An edit would make the agreement invalid; carries pydantic's messages by path."""

    def __init__(self, errors: dict[Loc, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class _Command(QUndoCommand):
    def __init__(self, document: Document, text: str, loc: Loc) -> None:
        super().__init__(text)
        self.document = document
        self.loc = loc
        self._done_once = False

    def apply(self, mutate: Callable[[Any], None], *, undoing: bool = False) -> None:
        self.document._apply(mutate, self.loc)
        if undoing or self._done_once:
            self.document.revisited.emit(self.loc)
        self._done_once = True


class SetValue(_Command):
    """Set the value at a JSON path."""

    def __init__(
        self, document: Document, loc: Loc, old: Any, new: Any, text: str, merge: bool
    ) -> None:
        super().__init__(document, text, loc)
        self.old = old
        self.new = new
        self.merge = merge

    def _set(self, value: Any) -> Callable[[Any], None]:
        def mutate(data: Any) -> None:
            _node(data, self.loc[:-1])[self.loc[-1]] = copy.deepcopy(value)

        return mutate

    def redo(self) -> None:
        self.apply(self._set(self.new))

    def undo(self) -> None:
        self.apply(self._set(self.old), undoing=True)

    def id(self) -> int:
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.loc != self.loc or not other.merge:
            return False
        if self.document._merge_closed:
            return False
        self.new = other.new
        return True


class InsertItem(_Command):
    def __init__(self, document: Document, loc: Loc, index: int, value: Any, text: str) -> None:
        super().__init__(document, text, loc)
        self.index = index
        self.value = value

    def redo(self) -> None:
        self.apply(lambda data: _node(data, self.loc).insert(self.index, copy.deepcopy(self.value)))

    def undo(self) -> None:
        self.apply(lambda data: _node(data, self.loc).pop(self.index), undoing=True)


class RemoveItem(_Command):
    def __init__(self, document: Document, loc: Loc, index: int, value: Any, text: str) -> None:
        super().__init__(document, text, loc)
        self.index = index
        self.value = value

    def redo(self) -> None:
        self.apply(lambda data: _node(data, self.loc).pop(self.index))

    def undo(self) -> None:
        value = copy.deepcopy(self.value)
        self.apply(lambda data: _node(data, self.loc).insert(self.index, value), undoing=True)


class MoveItem(_Command):
    def __init__(self, document: Document, loc: Loc, source: int, target: int, text: str) -> None:
        super().__init__(document, text, loc)
        self.source = source
        self.target = target

    @staticmethod
    def _move(source: int, target: int) -> Callable[[Any], None]:
        def mutate(items: list[Any]) -> None:
            items.insert(target, items.pop(source))

        return mutate

    def redo(self) -> None:
        move = self._move(self.source, self.target)
        self.apply(lambda data: move(_node(data, self.loc)))

    def undo(self) -> None:
        move = self._move(self.target, self.source)
        self.apply(lambda data: move(_node(data, self.loc)), undoing=True)


def untitled() -> str:
    """What a document without a file or a title is called, in the UI language."""
    return QCoreApplication.translate("Document", "Untitled agreement")


class Document(QObject):
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
        super().__init__(parent)
        self._agreement = agreement if agreement is not None else Agreement()
        self._path = path
        self.disk_state: DiskState | None = DiskState.of(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._merge_closed = False
        self._forced_modified = False
        self._saved_log = len(self._agreement.signoff.history)
        self._problems: list[Problem] | None = None
        self._findings: list[Finding] | None = None
        self.generation = 0
        """Goes up with every change; autosave and preview compare it."""

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(self.modified if clean else True)

    # -- loading and saving ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Document:
        """Read ``path``. Raises :class:`~slawriter.storage.DocumentError`; never writes."""
        agreement = load_agreement(path)
        return cls(agreement, path, parent)

    def save(self, path: Path | None = None) -> None:
        """Write the agreement atomically. Raises :class:`~slawriter.storage.SaveFailed`."""
        target = path or self._path
        if target is None:
            raise ValueError("no file name to save to")
        save_agreement(self._agreement, target)
        log = len(self._agreement.signoff.history)
        if log != self._saved_log:
            # A lifecycle step (approval, sign-off, signed…) is now on disk in the audit log:
            # undoing it afterwards would silently cut the log, so the history stops here.
            self.undo_stack.clear()
            self._saved_log = log
        self.disk_state = DiskState.of(target)
        if target != self._path:
            self._path = target
            self.pathChanged.emit()
        self._forced_modified = False
        self.undo_stack.setClean()
        self.modifiedChanged.emit(False)

    def changed_on_disk(self) -> bool:
        """The file was changed by someone else since we last read or wrote it."""
        if self._path is None or not self._path.exists():
            return False
        if self.disk_state is None:
            return True
        return not self.disk_state.same_content(DiskState.of(self._path))

    def text(self) -> str:
        return dumps_agreement(self._agreement)

    # -- state -------------------------------------------------------------------------------

    @property
    def agreement(self) -> Agreement:
        return self._agreement

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def display_name(self) -> str:
        if self._path is not None:
            return self._path.name
        title = self._agreement.agreement.title.strip()
        return title or untitled()

    @property
    def modified(self) -> bool:
        return self._forced_modified or not self.undo_stack.isClean()

    def mark_modified(self) -> None:
        """Treat the document as unsaved (a restored recovery copy, a new preset)."""
        self._forced_modified = True
        self.modifiedChanged.emit(True)

    def problems(self) -> list[Problem]:
        """Cross-field rule violations of the current agreement (cached per change)."""
        if self._problems is None:
            self._problems = rule_violations(self._agreement)
        return self._problems

    def findings(self) -> list[Finding]:
        if self._findings is None:
            self._findings = readiness(self._agreement)
        return self._findings

    # -- reading -----------------------------------------------------------------------------

    def value_at(self, loc: Loc) -> Any:
        """The model value at ``loc`` (a model, a list or a plain value)."""
        node: Any = self._agreement
        for step in loc:
            node = node[step] if isinstance(step, int) else getattr(node, step)
        return node

    def exists(self, loc: Loc) -> bool:
        node: Any = self._agreement
        for step in loc:
            if isinstance(step, int):
                if not isinstance(node, list) or not 0 <= step < len(node):
                    return False
                node = node[step]
            else:
                if not isinstance(node, BaseModel) or step not in type(node).model_fields:
                    return False
                node = getattr(node, step)
                if node is None:
                    return step == loc[-1]
        return True

    # -- editing -----------------------------------------------------------------------------

    def check_value(self, loc: Loc, value: Any) -> dict[Loc, str]:
        """Pydantic's errors if ``value`` were set at ``loc`` (empty when it is fine)."""
        data = self._agreement.model_dump(mode="python")
        try:
            _node(data, loc[:-1])[loc[-1]] = value
            Agreement.model_validate(data)
        except ValidationError as error:
            return errors_by_loc(error)
        return {}

    def _ensure_editable(self, loc: Loc, lifecycle: bool) -> None:
        """A signed or superseded agreement is read-only, except for lifecycle steps."""
        if lifecycle:
            return
        try:
            ensure_editable(self._agreement)
        except AgreementLocked as exc:
            raise EditRefused({tuple(loc): message_tr(exc)}) from exc

    def set_value(
        self,
        loc: Loc,
        value: Any,
        *,
        merge: bool = True,
        text: str = "",
        lifecycle: bool = False,
    ) -> None:
        """Set the value at ``loc`` as one undoable edit. Raises :class:`EditRefused`.

        ``lifecycle``: a sign-off step (new status, new revision), allowed on a locked agreement.
        """
        self._ensure_editable(loc, lifecycle)
        if isinstance(value, BaseModel):
            value = value.model_dump(mode="python")
        old = self._dump(self.value_at(loc))
        if old == value:
            return
        errors = self.check_value(loc, value)
        if errors:
            raise EditRefused(errors)
        self.undo_stack.push(SetValue(self, loc, old, value, text or f"Edit {loc[-1]}", merge))
        self._merge_closed = False

    def close_merge(self) -> None:
        """The next edit starts a new undo step even at the same place (focus left a field)."""
        self._merge_closed = True

    def insert_item(self, loc: Loc, index: int, value: Any, text: str = "Add item") -> None:
        self._ensure_editable(loc, lifecycle=False)
        if isinstance(value, BaseModel):
            value = value.model_dump(mode="python")
        data = self._agreement.model_dump(mode="python")
        _node(data, loc).insert(index, value)
        try:
            Agreement.model_validate(data)
        except ValidationError as error:
            raise EditRefused(errors_by_loc(error)) from error
        self.undo_stack.push(InsertItem(self, loc, index, value, text))

    def remove_item(self, loc: Loc, index: int, text: str = "Remove item") -> None:
        self._ensure_editable(loc, lifecycle=False)
        value = self._dump(self.value_at((*loc, index)))
        self.undo_stack.push(RemoveItem(self, loc, index, value, text))

    def move_item(self, loc: Loc, source: int, target: int, text: str = "Move item") -> None:
        self._ensure_editable(loc, lifecycle=False)
        size = len(self.value_at(loc))
        if source == target or not (0 <= source < size and 0 <= target < size):
            return
        self.undo_stack.push(MoveItem(self, loc, source, target, text))

    @staticmethod
    def _dump(value: Any) -> Any:
        if isinstance(value, BaseModel):
            return value.model_dump(mode="python")
        if isinstance(value, list):
            return [Document._dump(v) for v in value]
        return value

    def _apply(self, mutate: Callable[[Any], None], loc: Loc) -> None:
        data = self._agreement.model_dump(mode="python")
        mutate(data)
        self._agreement = Agreement.model_validate(data)
        self._problems = None
        self._findings = None
        self.generation += 1
        self.changed.emit(loc)
