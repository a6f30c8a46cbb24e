"""Editing an agreement, without Qt: what the app's windows are a view of.

- :mod:`.document`: the agreement being edited — its file, its edits (set, insert, remove, move
  at a JSON path, each checked against the whole agreement), the lock of a signed agreement.
- :mod:`.edits` and :mod:`.history`: the edits as data with their inverses, and the undo history
  (typing merged into one step, grouped lifecycle steps, the saved point).
- :mod:`.fields`: the form fields the model asks for (which editor, its bounds, its choices).
- :mod:`.field_errors`: pydantic's refusal of a value as a message the app translates.
- :mod:`.presets`: what File › New offers.
"""

from .document import DiskState, Document, EditRefused
from .edits import Edit, InsertItem, MoveItem, RemoveItem, SetValue
from .history import History, Step

__all__ = [
    "DiskState",
    "Document",
    "Edit",
    "EditRefused",
    "History",
    "InsertItem",
    "MoveItem",
    "RemoveItem",
    "SetValue",
    "Step",
]
