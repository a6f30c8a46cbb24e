"""Edit › Preferences › Libraries: the team library folders, added and removed (issue 15).

The folders are the services' preference (``libraries.json``, written through
:func:`slawriter.services.library.save_team_library_folders`), shared with the command line.
Each folder says what it holds, or why it cannot be used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import dialogs
from .i18n import lines_tr


def folder_status(folder: Path) -> tuple[bool, str]:
    """(usable, what the folder holds or why it cannot be used), in the UI language."""
    from ..storage.library import LibraryFolderError, read_library

    contents = read_library(folder)
    own = [p for p in contents.problems if isinstance(p, LibraryFolderError) and p.path == folder]
    if own:
        return False, " ".join(lines_tr(own[0]))
    count = len(contents.entries)
    if count == 1:
        text = QCoreApplication.translate("library", "1 entry")
    else:
        text = QCoreApplication.translate("library", "{0} entries").format(count)
    if contents.problems:
        text += " · " + QCoreApplication.translate(
            "library", "{0} files or folders cannot be read (see Tools › Library…)"
        ).format(len(contents.problems))
    return True, text


class LibrariesTab(QWidget):
    """The user library's folder, and the list of team library folders with Add and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from ..services.library import team_library_folders, user_library_folder

        super().__init__(parent)
        self.setObjectName("librariesTab")
        layout = QVBoxLayout(self)
        own = QLabel(
            QCoreApplication.translate("library", "Your own library: {0}").format(
                user_library_folder()
            )
        )
        own.setTextFormat(Qt.TextFormat.PlainText)
        own.setWordWrap(True)
        own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(own)
        label = QLabel(
            QCoreApplication.translate(
                "library",
                "&Team libraries — folders the team shares (a git repository, a shared drive); "
                "their entries are offered beside your own:",
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("teamLibraries")
        self.list.setAccessibleName(QCoreApplication.translate("library", "Team libraries"))
        label.setBuddy(self.list)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add = QPushButton(QCoreApplication.translate("library", "&Add Folder…"))
        self.remove = QPushButton(QCoreApplication.translate("library", "Re&move"))
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        self.problem = QLabel()
        self.problem.setObjectName("librariesProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it names folders
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        folders, problems = team_library_folders()
        self.initial = list(folders)
        self._folders: list[Path] = []
        for folder in folders:
            self._append(folder)
        if problems:
            self.show_problem("\n".join(line for p in problems for line in lines_tr(p)))
        self.add.clicked.connect(self.add_folder)
        self.remove.clicked.connect(self.remove_folder)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def _append(self, folder: Path) -> None:
        usable, status = folder_status(folder)
        item = QListWidgetItem(f"{folder}\n    {'' if usable else '⚠ '}{status}")
        item.setToolTip(status)
        if not usable:
            item.setForeground(Qt.GlobalColor.darkRed)
        self.list.addItem(item)
        self._folders.append(folder)

    def _update_buttons(self) -> None:
        self.remove.setEnabled(self.list.currentRow() >= 0)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def folders(self) -> list[Path]:
        return list(self._folders)

    def changed(self) -> bool:
        return self._folders != self.initial

    def add_folder(self) -> bool:
        """Choose a folder and list it; a file, or a folder listed already, is refused."""
        from ..services.library import user_library_folder

        chosen = dialogs.choose_folder(
            self, QCoreApplication.translate("library", "Add a team library folder")
        )
        if chosen is None:
            return False
        if not chosen.is_dir():
            self.show_problem(
                QCoreApplication.translate("library", "“{0}” is not a folder.").format(chosen)
            )
            return False
        taken = [f.resolve() for f in [user_library_folder(), *self._folders]]
        if chosen.resolve() in taken:
            self.show_problem(
                QCoreApplication.translate(
                    "library", "“{0}” is already one of your libraries."
                ).format(chosen)
            )
            return False
        self.show_problem("")
        self._append(chosen)
        self.list.setCurrentRow(self.list.count() - 1)
        return True

    def remove_folder(self) -> bool:
        """Stop using the chosen team library (its folder and files are left as they are)."""
        row = self.list.currentRow()
        if row < 0:
            return False
        self.list.takeItem(row)
        del self._folders[row]
        self._update_buttons()
        return True

    def save(self) -> bool:
        """Write the folders to the preference; ``False`` with the reason shown."""
        from ..services.library import save_team_library_folders
        from ..storage import DocumentError
        from .library import store

        if not self.changed():
            return True
        try:
            save_team_library_folders(self._folders)
        except DocumentError as error:
            self.show_problem("\n".join(lines_tr(error)))
            return False
        self.initial = list(self._folders)
        store().reload()
        return True
