"""Export and jobs: Export PDF and Export Word Document (written in the background by the
render process, with the busy indicator in the status bar), the calendar and OpenSLO files, and
the compliance check."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from .. import dialogs
from ..error_presenter import present
from ..preferences import Preferences

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from ..render_service import OperationHandle


class ExportController(QObject):
    """What the window exports, and the one export that may run at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.exporting: Path | None = None
        """The PDF being written, while an export runs."""

    # -- the contract as PDF -----------------------------------------------------------------

    def export_pdf(self) -> bool:
        """Ask where, then render the contract in the background; ``False`` if cancelled.

        An agreement that ``validate`` rejects is refused as the command line refuses it (the
        same check, :func:`~slawriter.services.documents.require_valid`): the problems are shown
        and the first one's field gets the focus.
        """
        return self._export(".pdf")

    def export_docx(self) -> bool:
        """The same as :meth:`export_pdf` for the contract as a Word document (``.docx``, the
        agreement inside); the render process writes it through the same export operation."""
        return self._export(".docx")

    def _title(self, suffix: str) -> str:
        if suffix == ".docx":
            return QCoreApplication.translate("MainWindow", "Export Word Document")
        return QCoreApplication.translate("MainWindow", "Export PDF")

    def _export(self, suffix: str) -> bool:
        window = self.window
        if self.exporting is not None:
            return False
        if not self._exportable(suffix):
            return False
        path = dialogs.export_file(window, self._suggestion(suffix))
        if path is None:
            return False
        own = window.document.path
        if own is not None and path.exists() and own.exists() and path.samefile(own):
            present(
                window,
                self._title(suffix),
                [
                    QCoreApplication.translate(
                        "MainWindow", "{0}: is this agreement's own file; choose another name"
                    ).format(path)
                ],
            )
            return False
        self.exporting = path
        window.export_action.setEnabled(False)
        window.export_docx_action.setEnabled(False)
        busy = QCoreApplication.translate("MainWindow", "Exporting {0}…").format(path.name)
        window.busy_label.setText(busy)
        window.busy_label.show()
        window.busy_bar.show()
        window.render_service.export(window.document.agreement, path)
        return True

    def _exportable(self, suffix: str = ".pdf") -> bool:
        """Whether the agreement passes ``validate``; if not, say why and show the first problem."""
        from ...services.documents import require_valid
        from ...storage import InvalidAgreement, Place

        document = self.window.document
        try:
            require_valid(document.agreement, document.path or document.display_name)
        except InvalidAgreement as error:
            present(self.window, self._title(suffix), error)
            first = error.issues[0].place
            if isinstance(first, Place):
                self.window.navigation.go_to(tuple(first.loc))
            return False
        return True

    def _suggestion(self, suffix: str = ".pdf") -> Path:
        from ...storage import SUFFIX, agreement_file_name

        settings = self.window.settings
        preferences = Preferences.load(settings)
        last = str(settings.value("export/last_folder", "") or "")
        document = self.window.document
        document_path = document.path
        folder = (
            preferences.export_folder
            or (Path(last) if last else None)
            or (document_path.parent if document_path else None)
            or self.window.files.last_folder()
        )
        if document_path is not None:
            stem = document_path.name.removesuffix(SUFFIX)
        else:
            stem = agreement_file_name(document.agreement.agreement.title).removesuffix(SUFFIX)
        return folder / f"{stem}{suffix}"

    def _done(self) -> None:
        self.exporting = None
        self.window.export_action.setEnabled(True)
        self.window.export_docx_action.setEnabled(True)
        self.window.busy_label.hide()
        self.window.busy_bar.hide()

    def finished(self, path: str, warnings: list[str]) -> None:
        """The render process wrote the PDF (``warnings``: what it had to leave out)."""
        self._done()
        target = Path(path)
        self.window.settings.setValue("export/last_folder", str(target.parent))
        message = QCoreApplication.translate("MainWindow", "Exported {0}").format(target)
        self.window.statusBar().showMessage(message, 6000)
        dialogs.exported(self.window, target, warnings)

    def failed(self, path: str, lines: list[str]) -> None:
        """The render process could not write the PDF (or Word document); ``lines`` say why."""
        self._done()
        if Path(path).suffix.lower() == ".docx":
            title = QCoreApplication.translate("MainWindow", "Could not export the Word document")
        else:
            title = QCoreApplication.translate("MainWindow", "Could not export the PDF")
        present(self.window, title, lines)

    # -- calendar, OpenSLO and compliance ------------------------------------------------------

    def export_reminders(self) -> OperationHandle | None:
        from ..calendar_exports import export_reminders

        return export_reminders(self.window, self.window.document.agreement)

    def export_openslo(self) -> OperationHandle | None:
        from ..calendar_exports import export_openslo

        return export_openslo(self.window, self.window.document.agreement)

    def show_compliance(self) -> QWidget:
        """Open the compliance check for the agreement as it is now (a window of its own)."""
        from ..compliance_view import ComplianceDialog

        view = ComplianceDialog(self.window.document.agreement, self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view
