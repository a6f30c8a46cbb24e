"""The choice after a git merge: a file whose fields were changed two ways (``merge_conflicts``,
written by ``slawriter merge-driver``) opens this dialog instead of being refused.

Each conflict is a row: where it is in the agreement (the place as the section list names it,
in the UI language), the value before both changes, ours and theirs; the user keeps one side per
row ("All ours" / "All theirs" set every row). Accepting writes the choice through
:func:`slawriter.storage.merge.resolve_choices` (one atomic write) and the window opens the
agreement; cancelling leaves the file as it is.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.merge import MISSING, Conflict
from .i18n import place_tr

OURS, THEIRS = "ours", "theirs"
_LONGEST = 240
"""A value longer than this is cut in its cell (its tooltip holds all of it)."""


def value_text(value: Any) -> str:
    """A merged value as a person reads it: text as it is, numbers and lists as JSON, and a
    value a side does not have (it added or removed the field or item) as "(none)"."""
    if value is MISSING:
        return QCoreApplication.translate("conflicts", "(none)")
    if value is None:
        return QCoreApplication.translate("conflicts", "(empty)")
    if isinstance(value, str):
        return value if value else QCoreApplication.translate("conflicts", "(empty)")
    return _compact(value)


def _compact(value: Any) -> str:
    """JSON on one line, numbers as the file writes them (exact decimals, unquoted)."""
    if isinstance(value, dict):
        inner = ", ".join(f"{json.dumps(str(k))}: {_compact(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_compact(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _short(text: str) -> str:
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"


class ConflictDialog(QDialog):
    """One row per conflict with its three values; a side to keep per row (ours by default)."""

    def __init__(
        self, path: Path, data: Any, conflicts: list[Conflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflicts = conflicts
        self.setWindowTitle(
            QCoreApplication.translate("conflicts", "Merge conflicts in {0}").format(path.name)
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "conflicts",
                "{0} was merged in git, and these fields were changed in two ways. Choose the "
                "version to keep for each field; the file is then saved and opened. Cancel "
                "leaves the file as it is.",
            ).format(path.name)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the user's
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(conflicts), 4)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("conflicts", "Field"),
                QCoreApplication.translate("conflicts", "Before the merge"),
                QCoreApplication.translate("conflicts", "Ours (this branch)"),
                QCoreApplication.translate("conflicts", "Theirs (merged in)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.groups: list[QButtonGroup] = []
        self.buttons: list[dict[str, QRadioButton]] = []
        for row, conflict in enumerate(conflicts):
            where = place_tr(conflict.path, data) or "/".join(str(p) for p in conflict.path)
            place = QTableWidgetItem(where)
            place.setToolTip(where)
            self.table.setItem(row, 0, place)
            base = value_text(conflict.base)
            before = QTableWidgetItem(_short(base))
            before.setToolTip(base)
            self.table.setItem(row, 1, before)
            group = QButtonGroup(self)
            group.setExclusive(True)
            sides: dict[str, QRadioButton] = {}
            for column, side in ((2, OURS), (3, THEIRS)):
                text = value_text(getattr(conflict, side))
                button = QRadioButton(_short(text).replace("&", "&&"))
                button.setObjectName(f"conflict{row + 1}{side.capitalize()}")
                button.setToolTip(text)
                group.addButton(button)
                sides[side] = button
                self.table.setCellWidget(row, column, button)
            sides[OURS].setChecked(True)
            self.groups.append(group)
            self.buttons.append(sides)
        self.table.resizeRowsToContents()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the radio buttons take the focus
        layout.addWidget(self.table, 1)

        shortcuts = QHBoxLayout()
        self.all_ours = QPushButton(QCoreApplication.translate("conflicts", "All &ours"))
        self.all_ours.setObjectName("allOurs")
        self.all_ours.clicked.connect(lambda: self.choose_all(OURS))
        self.all_theirs = QPushButton(QCoreApplication.translate("conflicts", "All &theirs"))
        self.all_theirs.setObjectName("allTheirs")
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        shortcuts.addWidget(self.all_ours)
        shortcuts.addWidget(self.all_theirs)
        shortcuts.addStretch(1)
        layout.addLayout(shortcuts)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("conflicts", "Keep the chosen versions and open"))
        ok.setObjectName("resolveButton")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("conflicts", "Cancel")
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(900, min(640, 200 + 56 * len(conflicts)))

    def choose(self, number: int, side: str) -> None:
        """Keep ``side`` for conflict ``number`` (from 1)."""
        self.buttons[number - 1][side].setChecked(True)

    def choose_all(self, side: str) -> None:
        for sides in self.buttons:
            sides[side].setChecked(True)

    def choices(self) -> dict[int, str]:
        """The side kept for each conflict, numbered from 1 as the file lists them."""
        return {
            number: THEIRS if sides[THEIRS].isChecked() else OURS
            for number, sides in enumerate(self.buttons, 1)
        }


__all__ = ["OURS", "THEIRS", "ConflictDialog", "value_text"]
