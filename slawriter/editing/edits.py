"""The four edits of an agreement's data: set a value, insert, remove or move a list item.

An edit works on the agreement's plain data (``Agreement.model_dump(mode="python")``) at a JSON
path, and knows its inverse: undoing an edit is applying its inverse. Values are kept as plain
data and copied whenever they go into the agreement, so a step in the history never shares a list
or a dict with the model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from ..model.sections import Loc


def node(data: Any, loc: Loc) -> Any:
    """The part of ``data`` at ``loc`` (a dict key or list index per step)."""
    for step in loc:
        data = data[step]
    return data


@dataclass(frozen=True, slots=True)
class SetValue:
    """The value at ``loc`` was ``old`` and becomes ``new``."""

    loc: Loc
    old: Any
    new: Any

    def apply(self, data: Any) -> None:
        node(data, self.loc[:-1])[self.loc[-1]] = copy.deepcopy(self.new)

    def inverse(self) -> SetValue:
        return SetValue(self.loc, self.new, self.old)

    def joined(self, earlier: Edit) -> SetValue | None:
        """``earlier`` and then this edit as one edit, if both set this value; else ``None``."""
        if isinstance(earlier, SetValue) and earlier.loc == self.loc:
            return SetValue(self.loc, earlier.old, self.new)
        return None


@dataclass(frozen=True, slots=True)
class _ItemEdit:
    loc: Loc
    index: int
    value: Any


class InsertItem(_ItemEdit):
    """``value`` goes into the list at ``loc`` at ``index``."""

    __slots__ = ()

    def apply(self, data: Any) -> None:
        node(data, self.loc).insert(self.index, copy.deepcopy(self.value))

    def inverse(self) -> RemoveItem:
        return RemoveItem(self.loc, self.index, self.value)


class RemoveItem(_ItemEdit):
    """The item ``value`` at ``index`` of the list at ``loc`` goes."""

    __slots__ = ()

    def apply(self, data: Any) -> None:
        node(data, self.loc).pop(self.index)

    def inverse(self) -> InsertItem:
        return InsertItem(self.loc, self.index, self.value)


@dataclass(frozen=True, slots=True)
class MoveItem:
    """The item at ``source`` of the list at ``loc`` moves to ``target``."""

    loc: Loc
    source: int
    target: int

    def apply(self, data: Any) -> None:
        items = node(data, self.loc)
        items.insert(self.target, items.pop(self.source))

    def inverse(self) -> MoveItem:
        return MoveItem(self.loc, self.target, self.source)


Edit = SetValue | InsertItem | RemoveItem | MoveItem
