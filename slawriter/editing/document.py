"""The agreement being edited: the model, its file, its undo history and the rules of editing.

Every edit goes through :meth:`Document.set_value` or the list operations: the edit is checked
against the whole agreement first (an edit that would make it invalid is refused with pydantic's
messages by path), made, and recorded as one undo step. So the model is never invalid and every
change can be undone. A signed or superseded agreement refuses every edit but lifecycle steps.

No Qt: the app's document (``slawriter.app.document``) is this class with Qt signals, which it
emits from the ``on_…`` hooks below.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from pydantic import BaseModel, ValidationError

from ..model import Agreement, Finding, Problem, readiness, rule_violations
from ..model.agreement import LibrarySource
from ..model.library import TIERS, LibraryEntry, insertions, updated_item
from ..model.lifecycle import AgreementLocked, ensure_editable
from ..model.messages import Phrased, render
from ..model.sections import Loc
from ..storage import dumps_agreement, load_agreement, save_agreement
from .edits import Edit, InsertItem, MoveItem, RemoveItem, SetValue, node
from .field_errors import field_error, field_error_text
from .history import History

Phrase = Callable[[Phrased], str]
"""How a message is put into words: English by default, the UI language in the app."""


def english(message: Phrased) -> str:
    return render(message.template, message.params)


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


def errors_by_loc(error: ValidationError, phrase: Phrase = english) -> dict[Loc, str]:
    """Pydantic's messages keyed by JSON path, phrased for a person by ``phrase``."""
    out: dict[Loc, str] = {}
    for item in error.errors():
        loc = tuple(item["loc"])
        phrased = field_error(item)
        message = field_error_text(item) if phrased is None else phrase(phrased)
        out.setdefault(loc, message)
    return out


class EditRefused(Exception):
    """An edit would make the agreement invalid, or it is locked; the messages by path."""

    def __init__(self, errors: dict[Loc, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def plain(value: Any) -> Any:
    """A model (or a list of them) as the plain data edits keep."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="python")
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


class Document:
    """One agreement being edited: the model, its file and its undo history (:attr:`history`)."""

    UNTITLED = "Untitled agreement"

    def __init__(
        self,
        agreement: Agreement | None = None,
        path: Path | None = None,
        *,
        phrase: Phrase = english,
    ) -> None:
        self._agreement = agreement if agreement is not None else Agreement()
        self._path = path
        self._phrase = phrase
        self.disk_state: DiskState | None = DiskState.of(path) if path is not None else None
        self.history = History(self._revisit, on_change=self._history_changed)
        self._clean = True
        self._forced_modified = False
        self._saved_log = len(self._agreement.signoff.history)
        self._problems: list[Problem] | None = None
        self._findings: list[Finding] | None = None
        self.generation = 0
        """Goes up with every change; autosave and preview compare it."""

    # -- what the app listens to (no-ops here) ------------------------------------------------

    def on_changed(self, loc: Loc) -> None:
        """The model changed at ``loc`` (by an edit, an undo or a redo)."""

    def on_revisited(self, loc: Loc) -> None:
        """Undo or redo changed the model at ``loc`` (the UI shows that place)."""

    def on_modified(self, modified: bool) -> None:
        """:attr:`modified` may have changed."""

    def on_path_changed(self) -> None:
        """The document has a new file."""

    def on_history_changed(self) -> None:
        """What can be undone or redone changed."""

    # -- loading and saving ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Self:
        """Read ``path``. Raises :class:`~slawriter.storage.DocumentError`; never writes."""
        return cls(load_agreement(path), path)

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
            self.history.clear()
            self._saved_log = log
        self.disk_state = DiskState.of(target)
        if target != self._path:
            self._path = target
            self.on_path_changed()
        self._forced_modified = False
        self.history.set_clean()
        self.on_modified(False)

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
        return title or self.untitled()

    def untitled(self) -> str:
        """What a document without a file or a title is called."""
        return self.UNTITLED

    @property
    def modified(self) -> bool:
        return self._forced_modified or not self.history.is_clean

    def mark_modified(self) -> None:
        """Treat the document as unsaved (a restored recovery copy, a new preset)."""
        self._forced_modified = True
        self.on_modified(True)

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
        value: Any = self._agreement
        for step in loc:
            value = value[step] if isinstance(step, int) else getattr(value, step)
        return value

    def exists(self, loc: Loc) -> bool:
        value: Any = self._agreement
        for step in loc:
            if isinstance(step, int):
                if not isinstance(value, list) or not 0 <= step < len(value):
                    return False
                value = value[step]
            else:
                if not isinstance(value, BaseModel) or step not in type(value).model_fields:
                    return False
                value = getattr(value, step)
                if value is None:
                    return step == loc[-1]
        return True

    # -- editing -----------------------------------------------------------------------------

    def check_value(self, loc: Loc, value: Any) -> dict[Loc, str]:
        """Pydantic's errors if ``value`` were set at ``loc`` (empty when it is fine)."""
        data = self._agreement.model_dump(mode="python")
        try:
            node(data, loc[:-1])[loc[-1]] = value
            Agreement.model_validate(data)
        except ValidationError as error:
            return errors_by_loc(error, self._phrase)
        return {}

    def _ensure_editable(self, loc: Loc, lifecycle: bool) -> None:
        """A signed or superseded agreement is read-only, except for lifecycle steps."""
        if lifecycle:
            return
        try:
            ensure_editable(self._agreement)
        except AgreementLocked as exc:
            raise EditRefused({tuple(loc): self._phrase(exc)}) from exc

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

        ``merge``: typing, which joins the last step if that set the same value (see
        :meth:`~.history.History.record`). ``lifecycle``: a sign-off step (new status, new
        revision), allowed on a locked agreement.
        """
        self._ensure_editable(loc, lifecycle)
        value = plain(value)
        old = plain(self.value_at(loc))
        if old == value:
            return
        errors = self.check_value(loc, value)
        if errors:
            raise EditRefused(errors)
        self._make(SetValue(loc, old, value), text or f"Edit {loc[-1]}", merge=merge)

    def close_merge(self) -> None:
        """The next edit starts a new undo step even at the same place (focus left a field)."""
        self.history.close_merge()

    def insert_item(self, loc: Loc, index: int, value: Any, text: str = "Add item") -> None:
        self._ensure_editable(loc, lifecycle=False)
        value = plain(value)
        data = self._agreement.model_dump(mode="python")
        node(data, loc).insert(index, value)
        try:
            Agreement.model_validate(data)
        except ValidationError as error:
            raise EditRefused(errors_by_loc(error, self._phrase)) from error
        self._make(InsertItem(loc, index, value), text)

    def remove_item(self, loc: Loc, index: int, text: str = "Remove item") -> None:
        self._ensure_editable(loc, lifecycle=False)
        self._make(RemoveItem(loc, index, plain(self.value_at((*loc, index)))), text)

    def move_item(self, loc: Loc, source: int, target: int, text: str = "Move item") -> None:
        self._ensure_editable(loc, lifecycle=False)
        size = len(self.value_at(loc))
        if source == target or not (0 <= source < size and 0 <= target < size):
            return
        self._make(MoveItem(loc, source, target), text)

    # -- the library (issue 15) ------------------------------------------------------------

    def insert_from_library(
        self,
        entry: LibraryEntry,
        source: LibrarySource,
        *,
        contacts_of: Loc | None = None,
        text: str = "Insert from library",
    ) -> Loc:
        """Insert a library entry's item (an objective with its credit tiers) as one undo step;
        returns where the item went. The item remembers ``source``. A contact goes into the
        list ``contacts_of``. Raises :class:`EditRefused` (nothing changes)."""
        placed = insertions(self._agreement, entry, source, contacts_of=contacts_of)
        with self.history.group(text):
            for insertion in placed:
                self.insert_item(insertion.loc, insertion.index, insertion.value, text)
        return (*placed[0].loc, placed[0].index)

    def update_from_library(
        self,
        loc: Loc,
        entry: LibraryEntry,
        source: LibrarySource,
        *,
        text: str = "Update from library",
    ) -> None:
        """Bring the item at ``loc`` up to the library's ``entry`` (its ID kept), and an
        objective's credit tiers with it, as one undo step. A signed agreement refuses it
        (:class:`EditRefused`); nothing changes by itself."""
        self._ensure_editable(loc, lifecycle=False)
        update = updated_item(self._agreement, loc, entry, source)
        with self.history.group(text):
            self.set_value(loc, update.new, merge=False, text=text)
            if update.tiers is not None:
                self.set_value(TIERS, update.tiers, merge=False, text=text)
            self.history.close_merge()

    def _make(self, edit: Edit, text: str, *, merge: bool = False) -> None:
        self._apply(edit)
        self.history.record(edit, text, merge=merge)

    def _apply(self, edit: Edit) -> None:
        data = self._agreement.model_dump(mode="python")
        edit.apply(data)
        self._agreement = Agreement.model_validate(data)
        self._problems = None
        self._findings = None
        self.generation += 1
        self.on_changed(edit.loc)

    def _revisit(self, edit: Edit) -> None:
        """An edit made again by undo or redo."""
        self._apply(edit)
        self.on_revisited(edit.loc)

    def _history_changed(self) -> None:
        clean = self.history.is_clean
        if clean != self._clean:
            self._clean = clean
            self.on_modified(self.modified)
        self.on_history_changed()
