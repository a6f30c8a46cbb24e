"""Edit › Preferences: UI language and default export folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("User interface language"))
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.restart_note = QLabel(
            self.tr("A new language takes effect when you restart slawriter.")
        )
        self.restart_note.setWordWrap(True)
        self.restart_note.setStyleSheet("color: palette(dark);")
        form.addRow("", self.restart_note)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        self.export_folder = QLineEdit(str(current.export_folder or ""))
        self.export_folder.setPlaceholderText(self.tr("The folder of the last export"))
        self.export_folder.setAccessibleName(self.tr("Default export folder"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the default export folder"))
        self.browse.clicked.connect(self._browse)
        folder_layout.addWidget(self.export_folder, 1)
        folder_layout.addWidget(self.browse)
        folder_label = QLabel(self.tr("Default &export folder:"))
        folder_label.setBuddy(self.export_folder)
        form.addRow(folder_label, folder_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        # A folder picker owned by this dialog, which is itself only opened through dialogs.py.
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default export folder"), self.export_folder.text() or str(Path.home())
        )
        if folder:
            self.export_folder.setText(folder)

    def preferences(self) -> Preferences:
        folder = self.export_folder.text().strip()
        return Preferences(
            language=str(self.language.currentData()),
            export_folder=Path(folder).expanduser() if folder else None,
        )
