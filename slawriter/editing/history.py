"""The undo history of one document: its steps, where the document is among them, the saved point.

A step is one entry of the Undo menu: usually one edit, several for a lifecycle step
(:meth:`History.group`), or the keystrokes typed into one field, merged into one edit. The rules
are those of Qt's ``QUndoStack``, which the app used before: a new step drops the steps that were
undone; typing merges only at the same place, never into the step the document was saved at, and
not after :meth:`History.close_merge` (focus left the field); the oldest steps go beyond the limit.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .edits import Edit, SetValue

UNDO_LIMIT = 1000


@dataclass(slots=True)
class Step:
    """One undo step: what the Undo menu calls it and the edits it made, in order."""

    text: str
    edits: list[Edit] = field(default_factory=list)
    merge: bool = False
    """Typing: a later mergeable edit of the same value joins this step."""


def _nothing() -> None:
    pass


class History:
    """Steps to undo and redo. ``apply`` makes an edit (the inverses when undoing, last first);
    ``on_change`` is called after every change of what can be undone, redone or is saved."""

    def __init__(
        self,
        apply: Callable[[Edit], None],
        *,
        limit: int = UNDO_LIMIT,
        on_change: Callable[[], None] = _nothing,
    ) -> None:
        self._apply = apply
        self._on_change = on_change
        self.limit = limit
        self._steps: list[Step] = []
        self._index = 0
        """How many steps are done; the rest can be redone."""
        self._clean: int | None = 0
        """The index at which the document was saved; ``None`` once that step is gone."""
        self._group: Step | None = None
        self._merge_closed = False

    # -- reading -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._steps)

    @property
    def index(self) -> int:
        """How many steps are done (the rest are undone and can be redone)."""
        return self._index

    @property
    def can_undo(self) -> bool:
        return self._group is None and self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._group is None and self._index < len(self._steps)

    @property
    def undo_text(self) -> str:
        return self._steps[self._index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        return self._steps[self._index].text if self.can_redo else ""

    @property
    def is_clean(self) -> bool:
        """The document is as it was saved (or opened)."""
        return self._group is None and self._clean == self._index

    # -- recording ---------------------------------------------------------------------------

    def record(self, edit: Edit, text: str, *, merge: bool = False) -> None:
        """``edit`` has just been made: a new step, or part of the one it continues.

        ``merge``: typing; a :class:`SetValue` of the same place as the last step, itself
        typing, joins that step (inside a :meth:`group`, edits are never merged).
        """
        closed, self._merge_closed = self._merge_closed, False
        if self._group is not None:
            self._group.edits.append(edit)
            return
        self._drop_redo()
        last = self._steps[self._index - 1] if self._index > 0 else None
        if (
            merge
            and not closed
            and last is not None
            and last.merge
            and self._index != self._clean  # the saved state stays a step of its own
            and isinstance(edit, SetValue)
        ):
            joined = edit.joined(last.edits[-1])
            if joined is not None:
                last.edits[-1] = joined
                self._on_change()
                return
        self._push(Step(text, [edit], merge))

    def close_merge(self) -> None:
        """The next edit starts a new step even at the same place (focus left a field)."""
        self._merge_closed = True

    @contextlib.contextmanager
    def group(self, text: str) -> Iterator[None]:
        """The edits recorded inside the block are one step called ``text``."""
        if self._group is not None:  # inside another group: part of its step
            yield
            return
        self._drop_redo()
        self._group = Step(text)
        self._on_change()
        try:
            yield
        finally:
            group, self._group = self._group, None
            if group.edits:
                self._push(group)
            else:
                self._on_change()

    def _push(self, step: Step) -> None:
        self._steps.append(step)
        self._index += 1
        excess = len(self._steps) - self.limit
        if self.limit > 0 and excess > 0:
            del self._steps[:excess]
            self._index -= excess
            if self._clean is not None:
                self._clean = self._clean - excess if self._clean >= excess else None
        self._on_change()

    def _drop_redo(self) -> None:
        del self._steps[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None  # the saved state was among the undone steps

    # -- moving ------------------------------------------------------------------------------

    def undo(self) -> Step | None:
        """Undo the last step done (its edits' inverses, last first); the step, or ``None``."""
        if not self.can_undo:
            return None
        self._index -= 1
        step = self._steps[self._index]
        for edit in reversed(step.edits):
            self._apply(edit.inverse())
        self._on_change()
        return step

    def redo(self) -> Step | None:
        """Make the next undone step again; the step, or ``None``."""
        if not self.can_redo:
            return None
        step = self._steps[self._index]
        self._index += 1
        for edit in step.edits:
            self._apply(edit)
        self._on_change()
        return step

    def set_clean(self) -> None:
        """The document was saved as it is now."""
        if self._group is None:
            self._clean = self._index
            self._on_change()

    def clear(self) -> None:
        """Forget every step; the document as it is now counts as saved."""
        self._steps.clear()
        self._index = 0
        self._clean = 0
        self._group = None
        self._on_change()
