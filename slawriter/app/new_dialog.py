"""File › New: a gallery of the presets with their descriptions, or a blank agreement."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..editing.presets import PresetChoice
from .icons import icon

BLANK = ""


class NewDialog(QDialog):
    """Pick a preset (or blank); :meth:`choice` is the preset's name, or ``BLANK``."""

    def __init__(self, presets: list[PresetChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New agreement"))
        self.resize(720, 420)
        self.presets = presets
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a preset, or from a blank agreement:")))
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setIconSize(QSize(32, 32))
        self.list.setAccessibleName(self.tr("Presets"))
        blank = QListWidgetItem(icon("new"), self.tr("Blank agreement"))
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.list.addItem(blank)
        for preset in presets:
            item = QListWidgetItem(icon("slawriter"), preset.title)
            item.setData(Qt.ItemDataRole.UserRole, preset.name)
            item.setToolTip(preset.description)
            self.list.addItem(item)
        row.addWidget(self.list, 2)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setMinimumWidth(280)
        row.addWidget(self.description, 3)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_description)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(1 if presets else 0)

    def _show_description(self, row: int) -> None:
        if row <= 0:
            self.description.setText(
                self.tr("An empty agreement: you fill in every section yourself.")
            )
            return
        preset = self.presets[row - 1]
        self.description.setText(f"<b>{preset.title}</b><p>{preset.description}</p>")

    def choice(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else BLANK

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
