"""The main window: sections on the left, the section's form in the centre, preview on the right.

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

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
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
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from .icons import icon
from .preferences import Preferences
from .preview import PreviewPane
from .render_service import RenderService

if TYPE_CHECKING:
    from ..model import Agreement
    from ..model.sections import Loc
    from ..storage import DocumentError
    from .document import Document
    from .pages import SectionPage, SectionPages
    from .recovery import RecoverySession
    from .wizard import ReviewPage, WizardBar

log = logging.getLogger(__name__)

AUTOSAVE_MS = 30_000
MAX_RECENT = 10
STAGE_2_LATEST_MS = 2_000


def _error_lines(error: DocumentError) -> list[str]:
    """A file error's lines in the UI language (:mod:`.i18n` imports the model: not at start-up)."""
    from .i18n import lines_tr

    return lines_tr(error)


class SectionState:
    COMPLETE = "complete"
    WARNINGS = "warning"
    ERRORS = "error"


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


def section_title(section: Section) -> str:
    """The section's title in the UI language.

    The same as ``i18n.model_tr(section.label)``, without importing :mod:`.i18n`, which imports
    the model: the section list is painted before the model is imported.
    """
    return QCoreApplication.translate("model", section.label)


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
        self.guided = True
        """A new agreement: Back/Next through the sections, then the review."""
        self.reached = 0
        """In guided mode, the furthest step the user has got to."""
        self._exporting: Path | None = None
        self._connections: list[QMetaObject.Connection] = []
        self._autosaved_generation = -1
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
        self._findings_timer.timeout.connect(self._update_section_states)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self._restore_settings()
        self._update_title()
        self._document_actions = [
            self.new_action,
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.export_action,
            self.reminders_action,
            self.openslo_action,
            self.compliance_action,
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
        self.wizard_bar.backRequested.connect(self.wizard_back)
        self.wizard_bar.nextRequested.connect(self.wizard_next)
        self.wizard_bar.finishRequested.connect(self.finish_guided)
        document: Document | None = None
        opened: Path | None = None
        while self._queued_paths and document is None:  # the first file asked for that opens
            opened = self._queued_paths.pop(0)
            document = self._load(opened)
        guided = document is None
        if document is None:
            document = Document(blank_agreement(ui_language()), parent=self)
        self.document = document
        for action in self._document_actions:
            action.setEnabled(True)
        self.section_list.currentRowChanged.connect(self._show_section)
        self.set_document(document, guided=guided)
        if opened is not None and not guided:
            self._opened(opened)
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
        self.section_list = QListWidget()
        self.section_list.setObjectName("sections")
        self.section_list.setAccessibleName(self.tr("Sections"))
        # No state yet (it needs the model): a transparent icon that, like the state icons (SVG),
        # is as big as the list asks, so that the rows do not move when the states arrive.
        blank = QPixmap(64, 64)
        blank.fill(QColor(0, 0, 0, 0))
        no_state = QIcon(blank)
        for number, section in enumerate(Section, start=1):
            item = QListWidgetItem(no_state, f"{number}. {section_title(section)}")
            item.setData(Qt.ItemDataRole.UserRole, section.value)
            item.setToolTip(item.text())
            self.section_list.addItem(item)
        review = QListWidgetItem(icon("info"), f"{len(Section) + 1}. " + self.tr("Review"))
        review.setData(Qt.ItemDataRole.UserRole, "review")
        self.section_list.addItem(review)
        self.section_list.setMinimumWidth(200)
        # Narrowed by the user, a long name ends in "…" (its tooltip has it whole), never in a
        # horizontal scroll bar.
        self.section_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setCurrentRow(0)
        self._update_section_flags()
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
        self._apply_branding(Preferences.load(self.settings))
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
        self.render_service.exportFinished.connect(self._export_finished)
        self.render_service.exportFailed.connect(self._export_failed)

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
        self.new_action = self._action(self.tr("&New…"), "new", key.New)
        self.new_action.triggered.connect(self.new_document)
        self.open_action = self._action(self.tr("&Open…"), "open", key.Open)
        self.open_action.triggered.connect(self.open_dialog)
        self.save_action = self._action(self.tr("&Save"), "save", key.Save)
        self.save_action.triggered.connect(self.save)
        self.save_as_action = self._action(self.tr("Save &As…"), "", key.SaveAs)
        if not self.save_as_action.shortcuts():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(self.save_as)
        self.export_action = self._action(self.tr("&Export PDF…"), "export", "Ctrl+E")
        self.export_action.setStatusTip(self.tr("Write the contract as a PDF file"))
        self.export_action.triggered.connect(self.export_pdf)
        self.reminders_action = self._action(self.tr("Export &Reminders (iCalendar)…"))
        self.reminders_action.setStatusTip(
            self.tr("Effective date, reviews, renewal and notice, claim deadlines as an .ics file")
        )
        self.reminders_action.triggered.connect(self.export_reminders)
        self.openslo_action = self._action(self.tr("Export &OpenSLO…"))
        self.openslo_action.setStatusTip(
            self.tr("The objectives as OpenSLO documents for monitoring tools")
        )
        self.openslo_action.triggered.connect(self.export_openslo)
        self.compliance_action = self._action(self.tr("&Compliance…"))
        self.compliance_action.setStatusTip(
            self.tr("Check a month of tickets, incidents or metrics against the objectives")
        )
        self.compliance_action.triggered.connect(self.show_compliance)
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), "preferences", QKeySequence.StandardKey.Preferences
        )
        if not self.preferences_action.shortcuts():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.edit_preferences)
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
        self.previous_section_action.triggered.connect(lambda: self._step_section(-1))
        self.next_section_action = self._action(self.tr("Next Section"), "", "Ctrl+PgDown")
        self.next_section_action.triggered.connect(lambda: self._step_section(1))
        self.about_action = self._action(self.tr("&About slawriter"))
        self.about_action.triggered.connect(lambda: dialogs.about(self))

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
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
        self.review_page.jumpRequested.connect(self.go_to)
        self.stack.addWidget(self.review_page)
        self.guided = guided
        self.reached = 0
        if guided:
            current = 0
        stack = document.undo_stack
        self._connections = [
            document.changed.connect(self._document_changed),
            document.revisited.connect(self._revisited),
            document.modifiedChanged.connect(self._update_title),
            document.pathChanged.connect(self._update_title),
            stack.canUndoChanged.connect(self.undo_action.setEnabled),
            stack.canRedoChanged.connect(self.redo_action.setEnabled),
            stack.undoTextChanged.connect(self._undo_text_changed),
            stack.redoTextChanged.connect(self._redo_text_changed),
        ]
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._autosaved_generation = document.generation
        self._update_wizard()
        self.section_list.setCurrentRow(current)
        self._show_section(current)
        self._update_section_states()
        self._update_title()
        self.preview.set_document(document)

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
        self._update_title()
        self._update_wizard()
        self.preview.schedule()

    def _revisited(self, loc: tuple[str | int, ...]) -> None:
        """Undo or redo changed ``loc``: show that place, even in another section."""
        self.go_to(tuple(loc))

    def go_to(self, loc: Loc) -> None:
        """Show the section of ``loc`` and focus its editor."""
        from ..model import section_of

        section = section_of(loc)
        row = list(Section).index(section)
        if self.guided and row > self.reached:
            self.reached = row
            self._update_wizard()
        self.section_list.setCurrentRow(row)
        page = self.pages[section]
        if page.dirty:
            page.refresh()
        page.focus_loc(loc)

    def current_section(self) -> Section | None:
        """The section shown, or ``None`` on the review step."""
        row = max(0, self.section_list.currentRow())
        return list(Section)[row] if row < len(Section) else None

    def current_page(self) -> SectionPage | None:
        from .pages import SectionPage

        widget = self.stack.currentWidget()
        return widget if isinstance(widget, SectionPage) else None

    def _show_section(self, row: int) -> None:
        if row < 0 or row >= self.stack.count():
            return
        if self.guided and row > self.reached:
            # Sections ahead of the wizard are reached with Next (the list items are disabled;
            # this catches keyboard navigation in the list).
            self.section_list.setCurrentRow(self.reached)
            return
        page = self.pages[list(Section)[row]] if row < len(Section) else self.review_page
        self.stack.setCurrentIndex(row)
        if page is not None and page.dirty:
            page.refresh(force=True)
        self._update_wizard()

    def _step_section(self, step: int) -> None:
        if self.guided:
            self.wizard_next() if step > 0 else self.wizard_back()
            return
        row = (self.section_list.currentRow() + step) % self.section_list.count()
        self.section_list.setCurrentRow(row)

    # -- the guided wizard -------------------------------------------------------------------

    def wizard_back(self) -> None:
        row = self.section_list.currentRow()
        if row > 0:
            self.section_list.setCurrentRow(row - 1)
            self._focus_page()

    def wizard_next(self) -> bool:
        """Go on to the next section if this one is complete enough; say whether it moved."""
        row = self.section_list.currentRow()
        if row >= self.section_list.count() - 1 or not self.wizard_bar.next.isEnabled():
            return False
        self.reached = max(self.reached, row + 1)
        self._update_wizard()
        self.section_list.setCurrentRow(row + 1)
        self._focus_page()
        return True

    def finish_guided(self) -> None:
        """Leave the wizard: every section is open in any order from now on."""
        self.guided = False
        self._update_wizard()
        self.statusBar().showMessage(
            self.tr("Guided set-up finished: choose any section on the left to edit it."), 6000
        )

    def _focus_page(self) -> None:
        page = self.current_page()
        if page is not None and page.forms:
            page.forms[0].focus_first()
        elif self.review_page is not None and self.stack.currentWidget() is self.review_page:
            self.review_page.findings_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_wizard(self) -> None:
        """Next enabled once the section has no errors; later sections locked until reached."""
        from .wizard import blocking_findings

        self.wizard_bar.setVisible(self.guided)
        self._update_section_flags()
        if not self.guided:
            return
        row = max(0, self.section_list.currentRow())
        sections = list(Section)
        blocking = blocking_findings(self.document, sections[row]) if row < len(sections) else []
        title = section_title(sections[row]) if row < len(sections) else self.tr("Review")
        count = self.section_list.count()
        self.wizard_bar.show_step(row, count, title, blocking, self.document)

    def _update_section_flags(self) -> None:
        """In guided mode, the sections after the furthest one reached are disabled."""
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            flags = item.flags()
            enabled = not self.guided or row <= self.reached
            wanted = (
                flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled
            )
            if wanted != flags:
                item.setFlags(wanted)

    def section_state(self, section: Section) -> str:
        from ..model import Severity

        severities = {f.severity for f in self.document.findings() if f.section is section}
        if Severity.ERROR in severities:
            return SectionState.ERRORS
        if Severity.WARNING in severities:
            return SectionState.WARNINGS
        return SectionState.COMPLETE

    def _update_section_states(self) -> None:
        from ..model import Severity

        findings = self.document.findings()
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = sum(f.severity is Severity.WARNING for f in findings)
        for row, section in enumerate(Section):
            state = self.section_state(section)
            item = self.section_list.item(row)
            item.setIcon(icon(state))
            mine = [f for f in findings if f.section is section]
            counts = {
                SectionState.ERRORS: self.tr("has errors"),
                SectionState.WARNINGS: self.tr("has warnings"),
                SectionState.COMPLETE: self.tr("complete"),
            }[state]
            item.setToolTip(
                f"{section_title(section)}: {counts}" + (f" ({len(mine)})" if mine else "")
            )
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, counts)
        if errors or warnings:
            self.summary.setText(
                self.tr("{0} errors, {1} warnings before this can be sent.").format(
                    errors, warnings
                )
            )
        else:
            self.summary.setText(self.tr("Ready to send: no errors or warnings."))

    def _update_title(self) -> None:
        if not hasattr(self, "document"):
            # Before stage 2, the name the document will have (Document.display_name).
            # document.untitled(), without importing the model before the first paint
            untitled = QCoreApplication.translate("Document", "Untitled agreement")
            name = self._queued_paths[0].name if self._queued_paths else untitled
            self.setWindowTitle(f"{name}[*] — slawriter")
            return
        self.setWindowTitle(f"{self.document.display_name}[*] — slawriter")
        self.setWindowModified(self.document.modified)

    # -- file commands -----------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; ``True`` when it is fine to drop the document."""
        if not self.document.modified:
            return True
        answer = dialogs.ask_unsaved(self, self.document.display_name)
        if answer == dialogs.Unsaved.SAVE:
            return self.save()
        return answer == dialogs.Unsaved.DISCARD

    def new_document(self) -> bool:
        from ..editing.presets import available_presets, blank_agreement
        from ..storage import DocumentError

        presets = available_presets(ui_language())
        choice = dialogs.choose_new(self, presets)
        if choice is None or not self.maybe_save():
            return False
        if choice:
            preset = next(p for p in presets if p.name == choice)
            try:
                agreement = preset.create()
            except DocumentError as error:
                dialogs.show_error(self, self.tr("Could not open the preset"), _error_lines(error))
                return False
        else:
            agreement = blank_agreement(ui_language())
        self.start_new(agreement)
        return True

    def start_new(self, agreement: Agreement) -> None:
        """Show a new (unsaved) agreement in the guided wizard."""
        from .document import Document

        self._replace_document(Document(agreement, parent=self), guided=True)
        self._focus_page()

    def open_dialog(self) -> bool:
        folder = self.document.path.parent if self.document.path else None
        path = dialogs.open_file(self, folder)
        return self.open_path(path) if path is not None else False

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window. A file that fails to load is shown, never written.

        Before the window is ready, the file waits and opens as soon as it is (``False`` then).
        """
        if not self._ready:
            self._queued_paths.append(path)
            if not hasattr(self, "document"):  # the first document will be this file
                self.guided = False
                self._update_section_flags()
                self._update_title()
            return False
        document = self._load(path)
        if document is None:
            return False
        if not self.maybe_save():
            document.deleteLater()
            return False
        self._replace_document(document)
        self._opened(path)
        return True

    def _load(self, path: Path) -> Document | None:
        """The document at ``path``; ``None`` after showing why it cannot be opened."""
        from ..storage import DocumentError
        from .document import Document

        try:
            return Document.open(path, parent=self)
        except DocumentError as error:
            dialogs.show_error(self, self.tr("Could not open the agreement"), _error_lines(error))
            self._forget_recent(path)
            return None
        except Exception as error:  # a bug, not the file: say so, and keep the window working
            log.exception("opening %s failed", path)
            dialogs.show_error(
                self,
                self.tr("Could not open the agreement"),
                [f"{path}: {type(error).__name__}: {error}"],
            )
            return None

    def _opened(self, path: Path) -> None:
        self._add_recent(path)
        self.statusBar().showMessage(self.tr("Opened {0}").format(path), 4000)

    def _replace_document(self, document: Document, guided: bool = False) -> None:
        self.recovery.clear()
        self.set_document(document, guided=guided)
        self.section_list.setCurrentRow(0)

    def save(self) -> bool:
        path = self.document.path
        if path is None:
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
        from ..storage import agreement_file_name

        current = self.document.path
        suggested = current or (
            self._last_folder() / agreement_file_name(self.document.agreement.agreement.title)
        )
        path = dialogs.save_file(self, suggested)
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from ..storage import DocumentError

        if (
            path == self.document.path
            and self.document.changed_on_disk()
            and not dialogs.confirm_overwrite(self, path)
        ):
            return False
        try:
            self.document.save(path)
        except DocumentError as error:
            dialogs.show_error(self, self.tr("Could not save the agreement"), _error_lines(error))
            return False
        self.recovery.clear()
        self._autosaved_generation = self.document.generation
        self._add_recent(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 4000)
        return True

    # -- export ------------------------------------------------------------------------------

    def export_pdf(self) -> bool:
        """Ask where, then render the contract in the background; ``False`` if cancelled.

        An agreement that ``validate`` rejects is refused as the command line refuses it (the
        same check, :func:`~slawriter.services.documents.require_valid`): the problems are shown
        and the first one's field gets the focus.
        """
        if self._exporting is not None:
            return False
        if not self._exportable():
            return False
        path = dialogs.export_file(self, self._export_suggestion())
        if path is None:
            return False
        own = self.document.path
        if own is not None and path.exists() and own.exists() and path.samefile(own):
            dialogs.show_error(
                self,
                self.tr("Export PDF"),
                [self.tr("{0}: is this agreement's own file; choose another name").format(path)],
            )
            return False
        self._exporting = path
        self.export_action.setEnabled(False)
        self.busy_label.setText(self.tr("Exporting {0}…").format(path.name))
        self.busy_label.show()
        self.busy_bar.show()
        self.render_service.export(self.document.agreement, path)
        return True

    def _exportable(self) -> bool:
        """Whether the agreement passes ``validate``; if not, say why and show the first problem."""
        from ..services.documents import require_valid
        from ..storage import InvalidAgreement, Place

        document = self.document
        try:
            require_valid(document.agreement, document.path or document.display_name)
        except InvalidAgreement as error:
            dialogs.show_error(self, self.tr("Export PDF"), _error_lines(error))
            first = error.issues[0].place
            if isinstance(first, Place):
                self.go_to(tuple(first.loc))
            return False
        return True

    def _export_suggestion(self) -> Path:
        from ..storage import SUFFIX, agreement_file_name

        preferences = Preferences.load(self.settings)
        last = str(self.settings.value("export/last_folder", "") or "")
        document_path = self.document.path
        folder = (
            preferences.export_folder
            or (Path(last) if last else None)
            or (document_path.parent if document_path else None)
            or self._last_folder()
        )
        if document_path is not None:
            stem = document_path.name.removesuffix(SUFFIX)
        else:
            stem = agreement_file_name(self.document.agreement.agreement.title).removesuffix(SUFFIX)
        return folder / f"{stem}.pdf"

    def _export_done(self) -> None:
        self._exporting = None
        self.export_action.setEnabled(True)
        self.busy_label.hide()
        self.busy_bar.hide()

    def _export_finished(self, path: str, warnings: list[str]) -> None:
        self._export_done()
        target = Path(path)
        self.settings.setValue("export/last_folder", str(target.parent))
        self.statusBar().showMessage(self.tr("Exported {0}").format(target), 6000)
        dialogs.exported(self, target, warnings)

    def _export_failed(self, path: str, lines: list[str]) -> None:
        self._export_done()
        dialogs.show_error(self, self.tr("Could not export the PDF"), lines)

    # -- calendar, OpenSLO and compliance ------------------------------------------------------

    def export_reminders(self) -> Path | None:
        from .calendar_exports import export_reminders

        return export_reminders(self, self.document.agreement)

    def export_openslo(self) -> Path | None:
        from .calendar_exports import export_openslo

        return export_openslo(self, self.document.agreement)

    def show_compliance(self) -> QWidget:
        """Open the compliance check for the agreement as it is now (a window of its own)."""
        from .compliance_view import ComplianceDialog

        view = ComplianceDialog(self.document.agreement, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view

    # -- preferences -------------------------------------------------------------------------

    def edit_preferences(self) -> bool:
        current = Preferences.load(self.settings)
        chosen = dialogs.edit_preferences(self, current)
        if chosen is None or chosen == current:
            return False
        chosen.save(self.settings)
        if (chosen.logo, chosen.accent) != (current.logo, current.accent):
            self._apply_branding(chosen)
            self.preview.schedule()
        if chosen.language != current.language:
            self.statusBar().showMessage(
                self.tr("The new language takes effect when you restart slawriter."), 8000
            )
        return True

    def _apply_branding(self, preferences: Preferences) -> None:
        self.render_service.set_branding(preferences.logo, preferences.accent)

    def _last_folder(self) -> Path:
        recent = self.recent_files()
        return recent[0].parent if recent else Path.home()

    # -- recent files ------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        value = self.settings.value("recent/files", [])
        if isinstance(value, str):
            return [Path(value)]
        if isinstance(value, list):
            return [Path(str(v)) for v in value]
        return []

    def _store_recent(self, paths: list[Path]) -> None:
        self.settings.setValue("recent/files", [str(p) for p in paths[:MAX_RECENT]])

    def _add_recent(self, path: Path) -> None:
        path = path.resolve()
        self._store_recent([path, *[p for p in self.recent_files() if p != path]])

    def _forget_recent(self, path: Path) -> None:
        path = path.resolve()
        if path in self.recent_files():
            self._store_recent([p for p in self.recent_files() if p != path])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.recent_files(), start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear List"))
            clear.triggered.connect(lambda: self._store_recent([]))

    # -- autosave and recovery ---------------------------------------------------------------

    def autosave(self) -> bool:
        """Write the recovery copy if there are unsaved changes it does not have yet."""
        if not self._ready:
            return False
        from ..storage import DocumentError

        document = self.document
        if not document.modified:
            if self.recovery.written:
                self.recovery.clear()
            return False
        if document.generation == self._autosaved_generation and self.recovery.written:
            return False
        digest = document.disk_state.digest if document.disk_state else ""
        try:
            self.recovery.write(document.agreement, document.path, digest)
        except DocumentError as error:
            log.error("autosave failed: %s", error)
            return False
        self._autosaved_generation = document.generation
        return True

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosave()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave()
        super().changeEvent(event)

    def offer_recovery(self) -> bool:
        """Offer the work a crashed session left behind; ``True`` if it was restored.

        Before the window is ready, the offer waits until it is (``False`` then).
        """
        if not self._ready:
            self._when_ready.append(self.offer_recovery)
            return False
        from ..storage import DocumentError
        from .recovery import left_behind

        copies = left_behind(self.recovery.folder)
        if not copies:
            return False
        answer = dialogs.ask_restore(self, [c.describe() for c in copies])
        if answer is dialogs.Restore.DISCARD:
            for copy in copies:
                copy.discard()
            return False
        if answer is not dialogs.Restore.RESTORE:
            return False
        chosen = copies[0]
        try:
            agreement = chosen.load()
        except DocumentError as error:
            dialogs.show_error(
                self, self.tr("Could not restore the autosaved copy"), _error_lines(error)
            )
            return False
        if not self.maybe_save():
            return False
        self._restore(agreement, chosen.original, chosen.original_digest)
        chosen.discard()
        return True

    def _restore(self, agreement: Agreement, original: Path | None, digest: str) -> None:
        from ..editing import DiskState
        from .document import Document

        document = Document(agreement, original, parent=self)
        if original is not None:
            # Saving over the original asks first if it changed after the autosave was taken.
            state = DiskState.of(original)
            document.disk_state = (
                state if state is not None and state.digest == digest else document.disk_state
            )
            if state is not None and state.digest != digest:
                document.disk_state = DiskState(0, 0, digest)
        self._replace_document(document)
        document.mark_modified()
        self._update_title()
        self.autosave()

    # -- window events -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ready and not self.maybe_save():
            event.ignore()
            return
        self._closed = True  # before stage 2, it never runs
        self._save_settings()
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

    # -- settings ----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        visible = self.settings.value("window/preview", True)
        self.preview_action.setChecked(visible not in (False, "false", "0", 0))

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/preview", self.preview_action.isChecked())
        self.settings.sync()
