"""Edit › Preferences: UI language, default export folder and the contract's branding (General),
and the team library folders (Libraries, :mod:`.library_preferences`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .i18n import message_tr
from .library_preferences import LibrariesTab
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
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        self.logo = QLineEdit(str(current.logo or ""))
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.setAccessibleName(self.tr("Organization logo file"))
        self.logo.setToolTip(
            self.tr("A PNG or SVG file shown on the contract's title page (at most 2 MB).")
        )
        self.logo_browse = QPushButton(self.tr("B&rowse…"))
        self.logo_browse.setAccessibleName(self.tr("Choose the logo file"))
        self.logo_browse.clicked.connect(self._browse_logo)
        logo_layout.addWidget(self.logo, 1)
        logo_layout.addWidget(self.logo_browse)
        logo_label = QLabel(self.tr("Organization &logo:"))
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        self.accent = QLineEdit(current.accent)
        self.accent.setPlaceholderText("#1f4e79")
        self.accent.setAccessibleName(self.tr("Accent colour"))
        self.accent.setToolTip(
            self.tr("The colour of headings and table headers, as # and six hexadecimal digits.")
        )
        accent_label = QLabel(self.tr("&Accent colour:"))
        accent_label.setBuddy(self.accent)
        form.addRow(accent_label, self.accent)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it names the chosen file
        self.problem.setObjectName("preferencesProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        form.addRow("", self.problem)
        general = QWidget()
        general.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.libraries = LibrariesTab()
        self.tabs.addTab(self.libraries, self.tr("Libraries"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, max(420, self.sizeHint().height()))

    def _browse(self) -> None:
        # A folder picker owned by this dialog, which is itself only opened through dialogs.py.
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default export folder"), self.export_folder.text() or str(Path.home())
        )
        if folder:
            self.export_folder.setText(folder)

    def _browse_logo(self) -> None:
        # A file picker owned by this dialog, which is itself only opened through dialogs.py.
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Organization logo"),
            self.logo.text() or str(Path.home()),
            self.tr("Images (*.png *.svg)"),
        )
        if chosen:
            self.logo.setText(chosen)

    def branding_problem(self) -> str:
        """Why the logo or colour cannot be used, or an empty string."""
        from ..render.branding import BrandingError, check_accent, logo_data_url, read_logo

        try:
            if self.accent.text().strip():
                check_accent(self.accent.text().strip())
            logo = self.logo.text().strip()
            if logo:
                logo_data_url(read_logo(Path(logo).expanduser()), name=Path(logo).name)
        except BrandingError as exc:
            return message_tr(exc)
        return ""

    def accept(self) -> None:
        problem = self.branding_problem()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.tabs.setCurrentIndex(0)
            return
        if not self.libraries.save():
            self.tabs.setCurrentWidget(self.libraries)
            return
        super().accept()

    def preferences(self) -> Preferences:
        folder = self.export_folder.text().strip()
        return Preferences(
            language=str(self.language.currentData()),
            export_folder=Path(folder).expanduser() if folder else None,
            logo=Path(self.logo.text().strip()).expanduser() if self.logo.text().strip() else None,
            accent=self.accent.text().strip(),
        )
