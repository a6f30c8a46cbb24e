"""The live preview: the contract as PDF beside the form, re-rendered after edits.

Rendering happens in the worker process (:class:`~slawriter.app.render_service.RenderService`);
this widget only debounces edits, loads the finished file into a :class:`QPdfView` and puts the
reader back on the page, scroll position and zoom they were at.

While the worker prints a preview it may first send its *interim* pages
(:mod:`slawriter.render.interim`): the last preview with the pages of what the edit changed
printed again, or, on open, the title page alone. They are shown at once, marked "updating the
rest…", never cached, and replaced by the whole print; should that fail, the last whole preview
comes back, so no interim page stays as if it were final.

Every preview shown is kept in the preview cache (:mod:`.preview_cache`), keyed by what it was
made from; an agreement previewed before (a file opened again, an edit undone) is shown from
there at once, without a render.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .preview_cache import PreviewCache, preview_key
from .render_service import RenderService, agreement_text

if TYPE_CHECKING:
    from .document import Document

DEBOUNCE_MS = 80
ZOOM_STEP = 1.2
ZOOM_RANGE = (0.25, 4.0)


class PreviewPane(QFrame):
    """The contract preview with an "Updating…" indicator and the render warnings."""

    updated = Signal(int)
    """A preview of this document generation is now shown."""
    interimShown = Signal(int)
    """Interim pages of this document generation are shown (the whole print follows)."""
    failed = Signal(int)

    def __init__(
        self,
        service: RenderService,
        parent: QWidget | None = None,
        cache: PreviewCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.cache = cache if cache is not None else PreviewCache()
        self.document: Document | None = None
        self.shown_generation = -1
        self.requested_generation = -1
        self.requested_key = ""
        """What the newest request was made from (a cache key, or ``#`` and the generation)."""
        self.requested_ident = 0
        """The render service's number of the newest request (0: shown from the cache)."""
        self.from_cache = False
        """What is shown came from the preview cache."""
        self.interim_pages: tuple[int, ...] | None = None
        """While interim pages are shown: which pages were printed for the edit; else None."""
        self._whole: bytes | None = None
        """The last whole preview shown, to go back to if a print fails after an interim."""
        self.setObjectName("preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)

        header = QHBoxLayout()
        title = QLabel(self.tr("Preview"))
        title.setStyleSheet("font-weight: 600;")
        header.addWidget(title)
        self.updating = QLabel(self.tr("Updating…"))
        self.updating.setObjectName("updating")
        self.updating.setStyleSheet(
            "color: #1f3a5f; background: #eef3f9; border-radius: 3px; padding: 1px 6px;"
        )
        self.updating.setAccessibleName(self.tr("The preview is being updated"))
        retain = self.updating.sizePolicy()
        retain.setRetainSizeWhenHidden(True)
        self.updating.setSizePolicy(retain)
        self.updating.hide()
        header.addWidget(self.updating)
        header.addStretch(1)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        header.addWidget(self.page_label)
        self.zoom_out = self._tool_button(
            "−", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in = self._tool_button("+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.fit_width = self._tool_button("↔", self.tr("Fit the page width"), None)
        self.fit_width.setCheckable(True)
        self.fit_width.setChecked(True)
        for button in (self.zoom_out, self.zoom_in, self.fit_width):
            header.addWidget(button)
        layout.addLayout(header)

        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Contract preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().installEventFilter(self)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.view, 1)
        self.placeholder = QLabel(self.tr("The contract appears here a moment after you type."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.placeholder)
        self.messages = QLabel()
        self.messages.setTextFormat(Qt.TextFormat.PlainText)  # warnings quote URLs and names
        self.messages.setObjectName("renderMessages")
        self.messages.setWordWrap(True)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages.hide()
        layout.addWidget(self.messages)

        self.pdf: QPdfDocument | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        self.zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_width.toggled.connect(self._fit_toggled)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        service.previewReady.connect(self._ready)
        service.previewInterim.connect(self._interim)
        service.previewFailed.connect(self._failed)

    def _tool_button(
        self, text: str, tip: str, key: QKeySequence.StandardKey | None
    ) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        if key is not None:
            button.setShortcut(QKeySequence(key))
        return button

    # -- what to show ------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Preview ``document`` from now on (the current picture stays until the new one):
        at once from the cache if it was previewed before, else rendered now."""
        self.document = document
        self.render_now()

    def schedule(self) -> None:
        """Render again once edits pause for :data:`DEBOUNCE_MS`."""
        self.timer.start()

    def render_now(self) -> None:
        self.timer.stop()
        document = self.document
        if document is None or not self.isVisible():
            return
        text = agreement_text(document.agreement)
        logo, accent = self.service.branding
        cache_key = preview_key(text, style=None, logo=logo, accent=accent)
        key = cache_key or f"#{document.generation}"
        if key == self.requested_key and self.pdf is not None:
            return
        self.requested_generation = document.generation
        self.requested_key = key
        if cache_key is not None and self._show_cached(cache_key):
            return
        self.updating.show()
        self.requested_ident = self.service.preview(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        document = self.document
        if document is not None and document.generation != self.shown_generation:
            self.schedule()

    # -- results -----------------------------------------------------------------------------

    def _show_cached(self, key: str) -> bool:
        """Show the cached preview of ``key``, if there is one that Qt can read."""
        cached = self.cache.load(key)
        if cached is None:
            return False
        path = self.service.preview_file(cached.pdf)
        if not self._load(path):
            return False  # not a PDF Qt reads (the entry's check passed): render it instead
        self.requested_ident = 0
        self.from_cache = True
        self._mark_interim(False)
        self._whole = cached.pdf
        self._shown(path, list(cached.warnings))
        return True

    def _interim(self, ident: int, path: str, pages: list[int]) -> None:
        """Show the interim pages of the newest request until its whole print comes."""
        if self.document is None or ident != self.requested_ident:
            return
        if not self._load(Path(path)):
            return  # not a PDF Qt reads: wait for the whole print
        self.interim_pages = tuple(pages)
        self.from_cache = False
        self._mark_interim(True)
        self.service.release(Path(path))
        self.interimShown.emit(self.requested_generation)

    def _mark_interim(self, interim: bool) -> None:
        if interim:
            self.updating.setText(self.tr("Updating the rest…"))
            self.updating.setToolTip(
                self.tr(
                    "The pages you changed are shown first; the others, the contents and the "
                    "page headers are brought up to date in a moment."
                )
            )
            self.updating.show()
        else:
            self.interim_pages = None
            self.updating.setText(self.tr("Updating…"))
            self.updating.setToolTip("")
        self._show_page_number()

    def _ready(self, ident: int, path: str, warnings: list[str]) -> None:
        if self.document is None or ident != self.requested_ident:
            return
        loaded = self._load(Path(path))
        self.from_cache = False
        self._mark_interim(False)
        data = None
        if loaded:
            with contextlib.suppress(OSError):  # the worker's file went away: nothing to keep
                data = Path(path).read_bytes()
        if data is not None:
            self._whole = data
            if not self.requested_key.startswith("#"):
                with contextlib.suppress(OSError):
                    self.cache.store(self.requested_key, data, warnings)
        self._shown(Path(path), warnings)

    def _shown(self, path: Path, warnings: list[str]) -> None:
        self.updating.setVisible(self.timer.isActive())
        self.shown_generation = self.requested_generation
        self._show_messages(warnings, error=False)
        self.service.release(path)
        self.updated.emit(self.shown_generation)

    def _failed(self, ident: int, lines: list[str]) -> None:
        if ident != self.requested_ident:
            return
        if self.interim_pages is not None:
            self._mark_interim(False)
            self._back_to_whole()
        self.updating.hide()
        self._show_messages(
            [self.tr("The preview could not be made:"), *lines], error=True, bullet=False
        )
        self.failed.emit(self.requested_generation)

    def _back_to_whole(self) -> None:
        """Interim pages are shown and the whole print failed: show the last whole preview
        again (or nothing, if there was none), never the interim as if it were final."""
        if self._whole is not None:
            path = self.service.preview_file(self._whole)
            if self._load(path):
                self.service.release(path)
                return
        old, self.pdf = self.pdf, None
        self.view.setDocument(None)  # type: ignore[arg-type]
        if old is not None:
            old.deleteLater()
        self.placeholder.show()
        self._show_page_number()

    def _show_messages(self, lines: list[str], *, error: bool, bullet: bool = True) -> None:
        if not lines:
            self.messages.hide()
            self.messages.clear()
            return
        colour = "#b3261e" if error else "#b26a00"
        text = "\n".join(("⚠ " if bullet else "") + line for line in lines)
        self.messages.setText(text)
        self.messages.setStyleSheet(f"color: {colour};")
        self.messages.show()

    def _load(self, path: Path) -> bool:
        """Show the PDF at ``path`` where the reader was: same scroll position and zoom.
        False (and nothing changes) if Qt cannot read it."""
        horizontal = self.view.horizontalScrollBar().value()
        vertical = self.view.verticalScrollBar().value()
        page = self.view.pageNavigator().currentPage()
        pdf = QPdfDocument(self)
        if pdf.load(str(path)) != QPdfDocument.Error.None_ or pdf.pageCount() == 0:
            pdf.deleteLater()
            return False
        old = self.pdf
        self.pdf = pdf
        self.view.setDocument(pdf)
        if old is not None:
            old.deleteLater()
        self.placeholder.hide()
        last = max(0, pdf.pageCount() - 1)
        self.view.pageNavigator().jump(min(page, last), QPointF(), self.view.zoomFactor())
        self.view.verticalScrollBar().setValue(vertical)
        self.view.horizontalScrollBar().setValue(horizontal)
        self._show_page_number()
        return True

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _show_page_number(self) -> None:
        count = self.pdf.pageCount() if self.pdf is not None else 0
        if count and self.interim_pages is not None:
            # The whole print may have more or fewer pages than the interim.
            self.page_label.setText(self.tr("Page {0} of …").format(self.current_page() + 1))
        elif count:
            self.page_label.setText(
                self.tr("Page {0} of {1}").format(self.current_page() + 1, count)
            )
        else:
            self.page_label.clear()

    # -- zoom --------------------------------------------------------------------------------

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._effective_zoom()
        low, high = ZOOM_RANGE
        self.fit_width.setChecked(False)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(low, min(high, current * factor)))

    def _effective_zoom(self) -> float:
        """The zoom factor "fit to width" amounts to, so + and − start from what is shown."""
        if self.pdf is None or self.pdf.pageCount() == 0:
            return 1.0
        points = self.pdf.pagePointSize(0).width()
        pixels = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        dpi = self.logicalDpiX() or 96
        return max(0.1, pixels / (points / 72 * dpi)) if points else 1.0

    def _fit_toggled(self, checked: bool) -> None:
        if checked:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            factor = self._effective_zoom()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            return True
        return super().eventFilter(watched, event)
