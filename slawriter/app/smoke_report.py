"""A test-only report of what the window shows, for the bundle's smoke test (``.ci/bundle/smoke``).

With ``SLAWRITER_SMOKE_REPORT=FILE`` in the environment, the main window appends one JSON line
to FILE once its first preview page has been painted::

    {"section": "parties", "section_title": "1. Parties", "preview_pages": 14,
     "preview_page": 1, "file": "/tmp/x.sla.json", "title": "…"}

and nothing else changes: the app goes on as usual until it is closed. Unset — as it always is
for a user — nothing is installed. The smoke test starts the bundled app with it under Xvfb,
waits for the line, looks at the screen and quits the app with Ctrl+Q.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from .main_window import MainWindow

VARIABLE = "SLAWRITER_SMOKE_REPORT"


class SmokeReport(QObject):
    """Writes the report once the preview's first PDF has been painted."""

    def __init__(self, window: MainWindow, target: Path) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        self.written = False
        self._preview_shown = False
        window.preview.updated.connect(self._updated)
        window.preview.view.viewport().installEventFilter(self)

    def _updated(self, _generation: int) -> None:
        self._preview_shown = True
        self.window.preview.view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._preview_shown and not self.written and event.type() == QEvent.Type.Paint:
            # After the viewport's own paint handler: the page is on screen by then.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.write)
        return False

    def report(self) -> dict[str, Any]:
        window = self.window
        section = window.current_section()
        item = window.section_list.currentItem()
        pdf = window.preview.pdf
        path = window.document.path if window.is_ready() else None
        return {
            "section": section.value if section is not None else "review",
            "section_title": item.text() if item is not None else "",
            "section_page_shown": window.current_page() is not None,
            "preview_pages": pdf.pageCount() if pdf is not None else 0,
            "preview_page": window.preview.current_page() + 1,
            "file": str(path) if path is not None else None,
            "title": window.windowTitle().replace("[*]", ""),
        }

    def write(self) -> None:
        if self.written:
            return
        self.written = True
        self.window.preview.view.viewport().removeEventFilter(self)
        line = json.dumps(self.report(), ensure_ascii=False) + "\n"
        with self.target.open("a", encoding="utf-8") as out:
            out.write(line)


def install_from_environment(window: MainWindow) -> SmokeReport | None:
    """Report on ``window`` if :data:`VARIABLE` names a file; otherwise do nothing."""
    target = os.environ.get(VARIABLE)
    if not target:
        return None
    return SmokeReport(window, Path(target))
