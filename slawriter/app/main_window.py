"""The main window: sections on the left, the section's form in the centre, preview on the right.

The window is a frame over four controllers (:mod:`.controllers`): it builds the menus, the
toolbar, the section list, the centre and the preview, shows a document, and hands each command
to the controller that carries it out — files and recovery, export, navigation and the wizard,
settings. The commands tests and tools call are here too, each in a line.

The window starts in two stages when :func:`slawriter.app.run` opens it (``staged=True``).
Stage 1, in the constructor, builds the frame — menus, toolbar, the numbered sections, the
splitter with the centre and the preview pane, the status bar — from modules that import neither
pydantic nor the model, so it paints at once. Stage 2 runs right after that first paint: it
imports the model, makes the document (the file asked for, else a blank guided agreement), builds
its first page and starts autosave; then :attr:`MainWindow.ready` is emitted. Until then the
actions that need the document are disabled, and a file to open or the recovery offer waits.
Without ``staged`` (tests, tools) both stages run in the constructor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QMetaObject,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

# Only what stage 1 needs, none of which imports pydantic: the model and the modules built on it
# are imported in stage 2 (MainWindow._finish_start) and in the methods that use them.
from ..model.outline import Section
from . import dialogs
from .application import ui_language
from .controllers.export import ExportController
from .controllers.files import FileController
from .controllers.navigation import NavigationController
from .controllers.settings import SettingsController
from .icons import icon
from .preview import PreviewPane
from .render_service import RenderService

if TYPE_CHECKING:
    from ..model import Agreement
    from ..model.sections import Loc
    from .document import Document
    from .history import HistoryDialog
    from .pages import SectionPage, SectionPages
    from .recovery import RecoverySession
    from .wizard import ReviewPage, WizardBar

AUTOSAVE_MS = 30_000
STAGE_2_LATEST_MS = 2_000


class UndoShortcuts(QObject):
    """Ctrl+Z / Ctrl+Shift+Z always reach the document's undo stack.

    QLineEdit and friends claim these keys (a ShortcutOverride) even when their own history is
    empty; refusing the override lets the window's Undo and Redo actions take them.
    """

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: it is cheap, and this filter sees every event of the application.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride:
            combo = event.keyCombination().toCombined()
            if any(event.matches(key) for key in self.KEYS) or combo in _EXTRA_UNDO_KEYS:
                event.ignore()
                return True
        return False


_CTRL = Qt.KeyboardModifier.ControlModifier
_EXTRA_UNDO_KEYS = {
    QKeyCombination(_CTRL | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z).toCombined(),
    QKeyCombination(_CTRL, Qt.Key.Key_Y).toCombined(),
}


class MainWindow(QMainWindow):
    """One agreement per window."""

    ready = Signal()
    """Stage 2 is done: the document and its first page are shown (see the module docstring)."""

    def __init__(
        self,
        settings: QSettings | None = None,
        recovery: RecoverySession | None = None,
        *,
        staged: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.recovery: RecoverySession  # these four from stage 2 on
        self.document: Document
        self.pages: SectionPages
        self.wizard_bar: WizardBar
        self.review_page: ReviewPage | None = None
        self.files = FileController(self)
        self.exports = ExportController(self)
        self.navigation = NavigationController(self)
        self.window_settings = SettingsController(self)
        self._connections: list[QMetaObject.Connection] = []
        self._given_recovery = recovery
        self._ready = False
        self._starting = False
        self._closed = False
        self._start_pending = staged
        self._queued_paths: list[Path] = []
        self._when_ready: list[Callable[[], object]] = []
        self.setWindowIcon(icon("slawriter"))
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")

        self._build_central()
        self._build_actions()
        self._build_menus()
        self._undo_filter = UndoShortcuts(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self._undo_filter)
            app.applicationStateChanged.connect(self._application_state_changed)

        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(250)
        self._findings_timer.timeout.connect(self.navigation.update_section_states)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.files.autosave)
        self.window_settings.restore_window()
        self.update_title()
        self._document_actions = [
            self.new_action,
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.export_action,
            self.export_docx_action,
            self.reminders_action,
            self.openslo_action,
            self.compliance_action,
            self.library_action,
            self.preferences_action,
            self.undo_action,
            self.redo_action,
            self.previous_section_action,
            self.next_section_action,
        ]
        """What needs the document (or stage 2's modules): disabled until the window is ready."""
        if not staged:
            self._finish_start()
            return
        for action in self._document_actions:
            action.setEnabled(False)
        # The first paint restarts this timer at 0 ms; the longer wait is for a window that is not
        # painted soon (started minimised, say), so that a file asked for still opens.
        self._stage_2_timer = QTimer(self)
        self._stage_2_timer.setSingleShot(True)
        self._stage_2_timer.timeout.connect(self._finish_start)
        self._stage_2_timer.start(STAGE_2_LATEST_MS)

    def is_ready(self) -> bool:
        """Stage 2 is done: there is a document (always, without ``staged``)."""
        return self._ready

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._start_pending:
            # A 0 ms timer from the first paint: the frame is flushed to the screen before stage 2
            # starts. (One started right after show() fires before the X server's first expose.)
            self._start_pending = False
            self._stage_2_timer.start(0)
            if self.preview_action.isChecked():
                # The render process imports WeasyPrint while stage 2 imports the model.
                self.render_service.warm_up()

    def _finish_start(self) -> None:
        """Stage 2: the model, the document and its first page, autosave, then what waited."""
        if self._starting or self._closed:
            return
        self._starting = True
        self._start_pending = False
        from ..editing.presets import blank_agreement
        from . import extras
        from .document import Document
        from .recovery import RecoverySession
        from .wizard import WizardBar

        extras.register()
        given = self._given_recovery
        self.recovery = given if given is not None else RecoverySession()
        self.wizard_bar = WizardBar()
        self.centre_layout.addWidget(self.wizard_bar)
        self.wizard_bar.backRequested.connect(self.navigation.wizard_back)
        self.wizard_bar.nextRequested.connect(self.navigation.wizard_next)
        self.wizard_bar.finishRequested.connect(self.navigation.finish_guided)
        document: Document | None = None
        opened: Path | None = None
        while self._queued_paths and document is None:  # the first file asked for that opens
            opened = self._queued_paths.pop(0)
            document = self.files.load(opened)
        guided = document is None
        if document is None:
            document = Document(blank_agreement(ui_language()), parent=self)
        self.document = document
        for action in self._document_actions:
            action.setEnabled(True)
        self.section_list.currentRowChanged.connect(self.navigation.show_section)
        self.set_document(document, guided=guided)
        if opened is not None and not guided:
            self.files.opened(opened)
        self.autosave_timer.start()
        self._ready = True
        while self._queued_paths:
            self.open_path(self._queued_paths.pop(0))
        self.ready.emit()
        waiting, self._when_ready = self._when_ready, []
        for request in waiting:  # after the first page has painted
            QTimer.singleShot(0, request)

    # -- building ----------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        self.section_list = self.navigation.section_list()
        self.navigation.update_section_flags()
        left_layout.addWidget(self.section_list, 1)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setText("\n")  # until stage 2: the two lines the summary usually takes
        left_layout.addWidget(self.summary)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.render_service = RenderService(self)
        self.window_settings.apply_branding()
        self.preview = PreviewPane(self.render_service)
        self.centre = QWidget()
        self.centre.setObjectName("centre")
        self.centre_layout = QVBoxLayout(self.centre)
        self.centre_layout.setContentsMargins(0, 0, 0, 0)
        self.centre_layout.setSpacing(0)
        self.centre_layout.addWidget(self.stack, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        # Wide enough for the longest section name in the UI language (Spanish needs more).
        frame = 2 * self.section_list.frameWidth() + 6 + 8
        names = self.section_list.sizeHintForColumn(0) + frame
        self.splitter.setSizes([max(230, names), 680, 330])
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.busy_label = QLabel()
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setAccessibleName(self.tr("Exporting"))
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.render_service.exportFinished.connect(self.exports.finished)
        self.render_service.exportFailed.connect(self.exports.failed)

    def _action(self, text: str, icon_name: str = "", shortcut: object = None) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        files, exports, navigation = self.files, self.exports, self.navigation
        self.new_action = self._action(self.tr("&New…"), "new", key.New)
        self.new_action.triggered.connect(files.new_document)
        self.open_action = self._action(self.tr("&Open…"), "open", key.Open)
        self.open_action.triggered.connect(files.open_dialog)
        self.save_action = self._action(self.tr("&Save"), "save", key.Save)
        self.save_action.triggered.connect(files.save)
        self.save_as_action = self._action(self.tr("Save &As…"), "", key.SaveAs)
        if not self.save_as_action.shortcuts():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(files.save_as)
        self.history_action = self._action(self.tr("&History…"))
        self.history_action.setEnabled(False)  # until a saved file in a git repository is open
        self.history_action.triggered.connect(self.show_history)
        self.export_action = self._action(self.tr("&Export PDF…"), "export", "Ctrl+E")
        self.export_action.setStatusTip(self.tr("Write the contract as a PDF file"))
        self.export_action.triggered.connect(exports.export_pdf)
        self.export_docx_action = self._action(self.tr("Export &Word Document…"))
        self.export_docx_action.setStatusTip(
            self.tr("Write the contract as a Word document (.docx) with the agreement inside")
        )
        self.export_docx_action.triggered.connect(exports.export_docx)
        self.reminders_action = self._action(self.tr("Export &Reminders (iCalendar)…"))
        self.reminders_action.setStatusTip(
            self.tr("Effective date, reviews, renewal and notice, claim deadlines as an .ics file")
        )
        self.reminders_action.triggered.connect(exports.export_reminders)
        self.openslo_action = self._action(self.tr("Export &OpenSLO…"))
        self.openslo_action.setStatusTip(
            self.tr("The objectives as OpenSLO documents for monitoring tools")
        )
        self.openslo_action.triggered.connect(exports.export_openslo)
        self.compliance_action = self._action(self.tr("&Compliance…"))
        self.compliance_action.setStatusTip(
            self.tr("Check a month of tickets, incidents or metrics against the objectives")
        )
        self.compliance_action.triggered.connect(exports.show_compliance)
        self.library_action = self._action(self.tr("&Library…"), "", "Ctrl+Shift+L")
        self.library_action.setStatusTip(
            self.tr("Browse, search, edit and delete the entries of your libraries")
        )
        self.library_action.triggered.connect(self.show_library)
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), "preferences", QKeySequence.StandardKey.Preferences
        )
        if not self.preferences_action.shortcuts():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.window_settings.edit_preferences)
        self.quit_action = self._action(self.tr("&Quit"), "", key.Quit)
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.undo_action = self._action(self.tr("&Undo"), "undo", key.Undo)
        self.undo_action.triggered.connect(lambda: self.document.undo_stack.undo())
        self.redo_action = self._action(self.tr("&Redo"), "redo", key.Redo)
        redo_keys = list(self.redo_action.shortcuts())
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(lambda: self.document.undo_stack.redo())
        self.preview_action = self._action(self.tr("Show &Preview"), "preview", "F9")
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.preview_action.toggled.connect(self.preview.setVisible)
        self.previous_section_action = self._action(self.tr("Previous Section"), "", "Ctrl+PgUp")
        self.previous_section_action.triggered.connect(lambda: navigation.step_section(-1))
        self.next_section_action = self._action(self.tr("Next Section"), "", "Ctrl+PgDown")
        self.next_section_action.triggered.connect(lambda: navigation.step_section(1))
        self.about_action = self._action(self.tr("&About slawriter"))
        self.about_action.triggered.connect(lambda: dialogs.about(self))

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.history_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_docx_action)
        file_menu.addAction(self.reminders_action)
        file_menu.addAction(self.openslo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.preview_action)
        view_menu.addSeparator()
        view_menu.addAction(self.previous_section_action)
        view_menu.addAction(self.next_section_action)
        tools_menu = menu_bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.compliance_action)
        tools_menu.addAction(self.library_action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.save_action, self.export_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.preview_action)

    # -- the document ------------------------------------------------------------------------

    def set_document(self, document: Document, guided: bool = False) -> None:
        """Show ``document`` in this window (the previous one is dropped).

        ``guided``: a new agreement, written section by section with Back and Next.
        """
        from .pages import SectionPages
        from .wizard import ReviewPage

        old = self.document
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        if old is not document:
            old.deleteLater()
        document.setParent(self)
        self.document = document
        current = max(0, self.section_list.currentRow())
        while self.stack.count():
            widget = self.stack.widget(0)
            if widget is None:
                break
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages = SectionPages(self.stack, document)
        self.review_page = ReviewPage(document)
        self.review_page.jumpRequested.connect(self.navigation.go_to)
        self.stack.addWidget(self.review_page)
        self.navigation.start(guided)
        if guided:
            current = 0
        stack = document.undo_stack
        self._connections = [
            document.changed.connect(self._document_changed),
            document.revisited.connect(self.navigation.revisited),
            document.modifiedChanged.connect(self.update_title),
            document.pathChanged.connect(self.update_title),
            document.pathChanged.connect(self._update_history_action),
            stack.canUndoChanged.connect(self.undo_action.setEnabled),
            stack.canRedoChanged.connect(self.redo_action.setEnabled),
            stack.undoTextChanged.connect(self._undo_text_changed),
            stack.redoTextChanged.connect(self._redo_text_changed),
        ]
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.files.autosaved_generation = document.generation
        self.navigation.update_wizard()
        self.section_list.setCurrentRow(current)
        self.navigation.show_section(current)
        self.navigation.update_section_states()
        self.update_title()
        self._update_history_action()
        self.preview.set_document(document)

    def _update_history_action(self) -> None:
        from .history import update_action

        update_action(self.history_action, self.document.path)

    def show_history(self) -> HistoryDialog | None:
        """File › History…: the commits of git that changed the file (see :mod:`.history`)."""
        from .history import show_history

        return show_history(self, self.document)

    def _undo_text_changed(self, text: str) -> None:
        verb = self.tr("Undo")
        self.undo_action.setText(f"&{verb} {text}" if text else f"&{verb}")

    def _redo_text_changed(self, text: str) -> None:
        verb = self.tr("Redo")
        self.redo_action.setText(f"&{verb} {text}" if text else f"&{verb}")

    def _document_changed(self, _loc: tuple[str | int, ...]) -> None:
        for page in self.pages.built():
            page.dirty = True
        if self.review_page is not None:
            self.review_page.dirty = True
        current = self.current_page()
        if current is not None:
            current.refresh()
        elif self.stack.currentWidget() is self.review_page and self.review_page is not None:
            self.review_page.refresh()
        self._findings_timer.start()
        self.update_title()
        self.navigation.update_wizard()
        self.preview.schedule()

    def update_title(self) -> None:
        if not hasattr(self, "document"):
            # Before stage 2, the name the document will have (Document.display_name).
            # document.untitled(), without importing the model before the first paint
            untitled = QCoreApplication.translate("Document", "Untitled agreement")
            name = self._queued_paths[0].name if self._queued_paths else untitled
            self.setWindowTitle(f"{name}[*] — slawriter")
            return
        self.setWindowTitle(f"{self.document.display_name}[*] — slawriter")
        self.setWindowModified(self.document.modified)

    # -- the commands, as tests and tools call them ------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window. A file that fails to load is shown, never written.

        Before the window is ready, the file waits and opens as soon as it is (``False`` then).
        """
        if self._ready:
            return self.files.open_path(path)
        self._queued_paths.append(path)
        if not hasattr(self, "document"):  # the first document will be this file
            self.navigation.guided = False
            self.navigation.update_section_flags()
            self.update_title()
        return False

    def offer_recovery(self) -> bool:
        """Offer the work a crashed session left behind; ``True`` if it was restored.

        Before the window is ready, the offer waits until it is (``False`` then).
        """
        if not self._ready:
            self._when_ready.append(self.offer_recovery)
            return False
        return self.files.offer_recovery()

    @property
    def guided(self) -> bool:
        """A new agreement, written in the guided wizard."""
        return self.navigation.guided

    def new_document(self) -> bool:
        return self.files.new_document()

    def start_new(self, agreement: Agreement) -> None:
        self.files.start_new(agreement)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def recent_files(self) -> list[Path]:
        return self.files.recent_files()

    def autosave(self) -> bool:
        return self.files.autosave()

    def export_pdf(self) -> bool:
        return self.exports.export_pdf()

    def export_docx(self) -> bool:
        return self.exports.export_docx()

    def show_compliance(self) -> QWidget:
        return self.exports.show_compliance()

    def edit_preferences(self) -> bool:
        return self.window_settings.edit_preferences()

    def show_library(self) -> QWidget:
        """Tools › Library… (issue 15): the libraries in use, in a window of their own."""
        from .library_window import show_library

        return show_library(self, lambda: self.document.agreement)

    def go_to(self, loc: Loc) -> None:
        self.navigation.go_to(loc)

    def current_section(self) -> Section | None:
        return self.navigation.current_section()

    def current_page(self) -> SectionPage | None:
        return self.navigation.current_page()

    # -- window events -----------------------------------------------------------------------

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.files.autosave()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.files.autosave()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ready and not self.files.maybe_save():
            event.ignore()
            return
        self._closed = True  # before stage 2, it never runs
        self.window_settings.save_window()
        self.autosave_timer.stop()
        if self._ready:
            self.recovery.close()
        self.preview.timer.stop()
        self.render_service.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._undo_filter)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop returns, so a prompt does not block the drag source.
        QTimer.singleShot(0, lambda: self.open_path(path))

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        from ..storage import SUFFIX

        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().endswith(SUFFIX):
                return Path(url.toLocalFile())
        return None
