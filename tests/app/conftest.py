"""Fixtures for the app: a main window with settings and recovery in tmp_path, and no dialogs;
the Spanish UI on request."""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slawriter.app import application, dialogs
from slawriter.app.main_window import MainWindow
from slawriter.app.recovery import RecoverySession
from slawriter.bundled import resources_dir

PRESETS = sorted((resources_dir() / "presets").glob("*.sla.json"))


class DialogLog:
    """Records dialog calls; each dialog answers what the test told it to."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, Any] = {}

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def make(self, name: str) -> Callable[..., Any]:
        def fake(_parent: Any, *args: Any) -> Any:
            self.calls.append((name, args))
            if name not in self.answers:
                raise AssertionError(f"unexpected dialog {name}{args}")
            answer = self.answers[name]
            return answer(*args) if callable(answer) else answer

        return fake


@pytest.fixture
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    """Every dialog is replaced; a dialog the test did not expect fails the test."""
    log = DialogLog()
    for name, value in vars(dialogs).items():
        if name.startswith("_") or not inspect.isfunction(value):
            continue
        if value.__module__ != dialogs.__name__:
            continue
        monkeypatch.setattr(dialogs, name, log.make(name))
    return log


@pytest.fixture
def recovery_folder(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def make_window(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog, recovery_folder: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Windows with their own settings; the preview (and its render process) only on request."""
    windows: list[MainWindow] = []

    def make(preview: bool = False) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        if not windows and settings.value("window/preview") is None:
            settings.setValue("window/preview", preview)
        window = MainWindow(settings=settings, recovery=RecoverySession(recovery_folder))
        # Not qtbot.addWidget: pytest-qt would close it before this fixture can answer the
        # unsaved-changes question.
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    dialog_log.answers.setdefault("ask_unsaved", dialogs.Unsaved.DISCARD)
    for window in windows:
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def lrelease() -> str:
    """pyside6-lrelease beside this Python (the test is skipped without it)."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Spanish translations installed from a catalogue built from the .ts file, then removed."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    source = resources_dir() / "i18n" / "slawriter_es.ts"
    subprocess.run(
        [lrelease(), str(source), "-qm", str(folder / "slawriter_es.qm")],
        check=True,
        capture_output=True,
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = application.install_translations(
        app, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain), folder
    )
    yield folder
    for translator in installed:
        app.removeTranslator(translator)
    application.install_translations(app, QLocale(QLocale.Language.English), folder)


@pytest.fixture(autouse=True, scope="session")
def _stop_the_shared_worker() -> Iterator[None]:
    """The app's shared worker (operations run without a window) stops with the session."""
    yield
    from slawriter.app import render_service

    shared = render_service._shared
    if shared is not None and shared.alive():
        shared.shutdown()
