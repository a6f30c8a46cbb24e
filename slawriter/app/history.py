"""File › History…: the commits of git that changed the open agreement's file — when, who, what
they said — and "Compare with this version…", the redline of the agreement as it is now (unsaved
edits included) against the file at the chosen commit, as a PDF, an HTML page or a Word document
with tracked changes, as Compare with… writes it.

Git runs in the app's worker (:class:`~slawriter.services.operations.FileHistory` and
:class:`~slawriter.services.operations.Diff` with ``old_commit``; see
:mod:`slawriter.services.history`), never in the window's process and never through a shell. The
menu entry is disabled, saying why in its tooltip, when the file is not saved yet, git is not
installed or the file is not in a repository; any other failure is shown in the UI language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from . import dialogs
from .error_presenter import run_operation

if TYPE_CHECKING:
    from ..services.operations import CommitRow, HistoryResult
    from .document import Document
    from .render_service import OperationHandle


def update_action(action: QAction, path: Path | None) -> None:
    """Enable File › History… when git can give the file's history; else say why."""
    from ..services.history import unavailable
    from .i18n import message_tr

    reason = unavailable(path)
    action.setEnabled(reason is None)
    tip = (
        QCoreApplication.translate("history", "The commits of git that changed this file")
        if reason is None
        else message_tr(reason)
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)


def _when(row: CommitRow) -> str:
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(row.date)
    except ValueError:
        return row.date
    return moment.strftime("%Y-%m-%d %H:%M")


class HistoryDialog(QDialog):
    """The file's commits, newest first; "Compare with this version…" for the one selected."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..services.operations import FileHistory

        self.setObjectName("historyDialog")
        self.document = document
        assert document.path is not None
        self.path = Path(document.path).absolute()
        self.commits: list[CommitRow] = []
        self.setWindowTitle(
            QCoreApplication.translate("history", "History of {0}").format(self.path.name)
        )
        layout = QVBoxLayout(self)
        self.status = QLabel(QCoreApplication.translate("history", "Reading the history from git…"))
        self.status.setObjectName("historyStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("history", "Date"),
                QCoreApplication.translate("history", "Author"),
                QCoreApplication.translate("history", "Commit"),
                QCoreApplication.translate("history", "Message"),
            ]
        )
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.compare())
        layout.addWidget(self.tree, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("history", "Close")
        )
        self.compare_button = QPushButton(
            QCoreApplication.translate("history", "Compare with this version…")
        )
        self.compare_button.setObjectName("compareWithCommit")
        self.compare_button.setToolTip(
            QCoreApplication.translate(
                "history",
                "A redline of the agreement as it is now against the file at the chosen commit",
            )
        )
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self.compare)
        box.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(820, 420)
        title = QCoreApplication.translate("history", "Could not read the history")
        # Errors and notices go to the window: the dialog may be closed before git answers.
        self.owner: QWidget = parent if parent is not None else self
        self.job: OperationHandle | None = run_operation(self.owner, title, FileHistory(self.path))
        self.job.finished.connect(self.show_commits)
        self.job.failed.connect(self._failed)
        self.redline: OperationHandle | None = None

    def _failed(self, _error: Any) -> None:
        if not isValid(self):
            return
        self.status.setText(QCoreApplication.translate("history", "No history to show."))

    def show_commits(self, result: HistoryResult) -> None:
        if not isValid(self):  # closed before git answered
            return
        self.commits = list(result.commits)
        self.tree.clear()
        for row in self.commits:
            item = QTreeWidgetItem([_when(row), row.author, row.commit[:10], row.subject])
            item.setToolTip(1, row.email)
            item.setToolTip(2, row.commit)
            item.setToolTip(3, row.subject)
            self.tree.addTopLevelItem(item)
        for column in (0, 1, 2):
            self.tree.resizeColumnToContents(column)
        self.status.setText(
            QCoreApplication.translate(
                "history", "Commits of git that changed {0}, newest first: {1}."
            ).format(self.path.name, len(self.commits))
        )
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _selection_changed(self) -> None:
        self.compare_button.setEnabled(self.selected() is not None and self.redline is None)

    def selected(self) -> CommitRow | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self.commits[index] if 0 <= index < len(self.commits) else None

    def compare(self) -> OperationHandle | None:
        """Ask where to write the redline against the selected commit, then write it."""
        from ..services.operations import Diff
        from ..storage import dumps_agreement

        row = self.selected()
        if row is None or self.redline is not None:
            return None
        target = dialogs.choose_save(
            self,
            QCoreApplication.translate("history", "Save redline"),
            self.path.with_name(f"redline-{row.commit[:10]}.pdf"),
            QCoreApplication.translate(
                "history",
                "PDF (*.pdf);;HTML (*.html);;Word document with tracked changes (*.docx)",
            ),
        )
        if target is None:
            return None
        operation = Diff(
            old=self.path,
            new=Path(self.document.display_name),
            output=target,
            new_text=dumps_agreement(self.document.agreement),
            old_commit=row.commit,
        )
        title = QCoreApplication.translate("history", "Could not compare")
        self.redline = run_operation(self.owner, title, operation)
        self.compare_button.setEnabled(False)

        def done(ok: bool) -> None:
            if isValid(self):
                self.redline = None
                self._selection_changed()
            if ok and isValid(self.owner):
                dialogs.show_info(
                    self.owner,
                    QCoreApplication.translate("history", "Redline"),
                    QCoreApplication.translate("history", "Redline written to {0}").format(target),
                )

        self.redline.done.connect(done)
        return self.redline


def show_history(parent: QWidget, document: Document) -> HistoryDialog | None:
    """Open the history of ``document``'s file, modal to the window (the document it compares
    cannot be closed under it)."""
    if document.path is None:
        return None
    dialog = HistoryDialog(document, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


__all__ = ["HistoryDialog", "show_history", "update_action"]
