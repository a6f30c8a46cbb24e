"""The two-stage start: the window's frame paints before the model is imported; the document, its
first page and whatever was asked for meanwhile come right after (``MainWindow(staged=True)``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QTranslator, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from slawriter.app import dialogs
from slawriter.app.controllers.navigation import section_title
from slawriter.app.i18n import model_tr
from slawriter.app.main_window import MainWindow
from slawriter.app.recovery import RecoverySession
from slawriter.editing.presets import blank_agreement
from slawriter.model import Section

from .conftest import PRESETS, DialogLog


@pytest.fixture
def make_staged(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog, recovery_folder: Path
) -> Iterator[Callable[[], MainWindow]]:
    """Windows as ``run()`` makes them (staged), not shown yet, with their own settings."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("window/preview", False)
        window = MainWindow(
            settings=settings, recovery=RecoverySession(recovery_folder), staged=True
        )
        windows.append(window)
        return window

    yield make
    dialog_log.answers.setdefault("ask_unsaved", dialogs.Unsaved.DISCARD)
    for window in windows:
        window.close()
        window.deleteLater()


def show_until_ready(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    assert window.is_ready()


def copy_of(preset: Path, folder: Path) -> Path:
    path = folder / preset.name
    shutil.copyfile(preset, path)
    return path


def leave_a_copy_behind(folder: Path, title: str) -> None:
    """What a crashed session leaves: an autosave whose lock nobody holds."""
    crashed = RecoverySession(folder)
    agreement = blank_agreement().model_copy(deep=True)
    agreement.agreement.title = title
    crashed.write(agreement, None, "")
    assert crashed._lock is not None
    crashed._lock.unlock()


def test_requests_made_before_the_window_is_ready_wait_for_it(
    make_staged: Callable[[], MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    recovery_folder: Path,
    dialog_log: DialogLog,
) -> None:
    path = copy_of(PRESETS[0], tmp_path)
    leave_a_copy_behind(recovery_folder, "Left behind")
    window = make_staged()
    assert not window.is_ready()
    assert not hasattr(window, "document")
    assert all(not action.isEnabled() for action in window._document_actions)
    assert window.quit_action.isEnabled() and window.about_action.isEnabled()
    # As run() does: the file from the command line, then the recovery offer.
    assert not window.open_path(path)
    assert not window.offer_recovery()
    assert dialog_log.calls == []
    assert window.windowTitle() == f"{path.name}[*] — slawriter"
    items = [window.section_list.item(row) for row in range(window.section_list.count())]
    assert all(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in items)  # not guided

    dialog_log.answers["ask_restore"] = dialogs.Restore.KEEP
    show_until_ready(qtbot, window)
    assert window.document.path == path
    assert not window.guided
    assert window.current_page() is window.pages[Section.PARTIES]
    assert window.windowTitle() == f"{path.name}[*] — slawriter"
    assert window.recent_files() == [path.resolve()]
    assert window.save_action.isEnabled() and window.export_action.isEnabled()
    assert not window.undo_action.isEnabled()  # as its undo stack says
    qtbot.waitUntil(lambda: dialog_log.names() == ["ask_restore"])
    assert "Left behind" in dialog_log.calls[0][1][0][0]


def test_without_a_file_it_becomes_a_blank_guided_agreement(
    make_staged: Callable[[], MainWindow], qtbot: QtBot, dialog_log: DialogLog
) -> None:
    window = make_staged()
    items = [window.section_list.item(row) for row in range(window.section_list.count())]
    enabled = [bool(item.flags() & Qt.ItemFlag.ItemIsEnabled) for item in items]
    assert enabled == [True] + [False] * len(Section)  # as the wizard will have them
    assert [item.text() for item in items[:2]] == ["1. Agreement & parties", "2. Scope"]
    assert window.windowTitle() == "Untitled agreement[*] — slawriter"
    show_until_ready(qtbot, window)
    assert window.guided and window.document.path is None
    assert window.wizard_bar.isVisible()
    assert window.current_page() is window.pages[Section.PARTIES]
    assert [bool(i.flags() & Qt.ItemFlag.ItemIsEnabled) for i in items] == enabled
    assert "errors" in window.summary.text()
    qtbot.wait(50)
    assert dialog_log.calls == []  # no copies left behind, no question


def test_a_file_dropped_before_the_window_is_ready_opens(
    make_staged: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    path = copy_of(PRESETS[1], tmp_path)
    window = make_staged()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: bool(window._queued_paths))
    show_until_ready(qtbot, window)
    assert window.document.path == path


def test_a_file_that_does_not_open_leaves_a_blank_agreement(
    make_staged: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    broken = tmp_path / "broken.sla.json"
    broken.write_text('{"schema_version": 1, "parties": [', encoding="utf-8")
    window = make_staged()
    window.open_path(broken)
    dialog_log.answers["show_error"] = None
    show_until_ready(qtbot, window)
    assert dialog_log.names() == ["show_error"]
    assert window.guided and window.document.path is None
    assert broken.read_text(encoding="utf-8") == '{"schema_version": 1, "parties": ['


def test_an_unexpected_error_opening_the_file_still_leaves_a_working_window(
    make_staged: Callable[[], MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    dialog_log: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Review finding: an exception other than a file error left stage 2 half done — no
    document, every action disabled, never ready."""
    from slawriter.app.document import Document

    def fails(*args: object, **kwargs: object) -> Document:
        raise PermissionError("simulated")

    monkeypatch.setattr(Document, "open", fails)
    path = copy_of(PRESETS[0], tmp_path)
    window = make_staged()
    window.open_path(path)
    dialog_log.answers["show_error"] = None
    with caplog.at_level("ERROR", logger="slawriter"):
        show_until_ready(qtbot, window)
    for record in caplog.records:
        record.expected = True  # type: ignore[attr-defined]
    assert dialog_log.names() == ["show_error"]
    assert "PermissionError: simulated" in str(dialog_log.calls[0])
    assert window.guided and window.document.path is None
    assert window.save_action.isEnabled() and window.open_action.isEnabled()


def test_closed_before_it_is_ready_it_never_loads_the_document(
    make_staged: Callable[[], MainWindow], dialog_log: DialogLog
) -> None:
    window = make_staged()
    window.show()
    assert window.close()  # no document, nothing to ask about
    window._finish_start()  # the timer from the first paint, had it come
    assert not window.is_ready() and not hasattr(window, "document")
    assert dialog_log.calls == []


class _Marking(QTranslator):
    """Translates every model string to a marked copy: the test sees which were looked up."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"<{source}>" if context == "model" else ""


def test_the_section_list_uses_the_same_translations_as_the_forms() -> None:
    marking = _Marking()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(marking)
    try:
        for section in Section:
            assert section_title(section) == model_tr(section.label) == f"<{section.label}>"
    finally:
        app.removeTranslator(marking)


# -- the real entry point, in a process of its own -----------------------------------------------

START = """
import json, os, runpy, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HEAVY = ("pydantic", "jinja2", "slawriter.model.agreement", "slawriter.storage", "weasyprint")
seen = {}


class Probe(QObject):
    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and "first_paint" not in seen
            and isinstance(watched, QWidget)
            and watched.window().objectName() == "mainWindow"
        ):
            window = watched.window()
            items = [window.section_list.item(r) for r in range(window.section_list.count())]
            seen["first_paint"] = {
                "heavy": [m for m in HEAVY if m in sys.modules],
                "ready": window.is_ready(),
                "title": window.windowTitle(),
                "sections": [item.text() for item in items],
                "save_enabled": window.save_action.isEnabled(),
            }
            window.ready.connect(lambda: QTimer.singleShot(0, lambda: ready(window)))
        return False


def ready(window):
    seen["ready"] = {
        "path": str(window.document.path) if window.document.path else None,
        "guided": window.guided,
        "page": window.current_page().objectName(),
        "save_enabled": window.save_action.isEnabled(),
    }
    window.close()  # the last window: the app quits, main() returns


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
QTimer.singleShot(30_000, lambda: os._exit(3))
sys.argv = ["slawriter", *sys.argv[1:]]
try:
    runpy.run_module("slawriter", run_name="__main__", alter_sys=True)  # python -m slawriter
except SystemExit as exit:
    seen["exit"] = exit.code
print(json.dumps(seen))
"""


def start(tmp_path: Path, *argv: str) -> dict[str, Any]:
    """``python -m slawriter ARGV`` as a user starts it, watched from inside."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-c", START, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.process
def test_python_m_slawriter_paints_the_window_before_importing_the_model(tmp_path: Path) -> None:
    seen = start(tmp_path)
    first = seen["first_paint"]
    assert first["heavy"] == []
    assert not first["ready"] and not first["save_enabled"]
    assert first["title"] == "Untitled agreement[*] — slawriter"
    assert first["sections"] == [
        f"{n}. {title}" for n, title in enumerate([s.label for s in Section] + ["Review"], start=1)
    ]
    assert seen["ready"] == {
        "path": None,
        "guided": True,
        "page": "page_parties",
        "save_enabled": True,
    }
    assert seen["exit"] == 0


@pytest.mark.process
def test_a_file_given_on_the_command_line_opens_in_the_staged_start(tmp_path: Path) -> None:
    path = copy_of(PRESETS[0], tmp_path)
    seen = start(tmp_path, str(path))
    assert seen["first_paint"]["heavy"] == []
    assert seen["first_paint"]["title"] == f"{path.name}[*] — slawriter"
    assert seen["ready"]["path"] == str(path)
    assert not seen["ready"]["guided"]
    assert seen["exit"] == 0
