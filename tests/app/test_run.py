"""The entry point the command line calls."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slawriter.app import run
from slawriter.app.main_window import MainWindow

from .conftest import PRESETS, DialogLog


def test_importing_the_app_package_does_not_import_qt() -> None:
    code = "import sys, slawriter.app; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_run_opens_the_file_and_returns_the_exit_code(
    qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path = tmp_path / PRESETS[0].name
    shutil.copyfile(PRESETS[0], path)
    seen: list[Path | None] = []

    def check_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w.document.path for w in windows if w.isVisible())
        for window in windows:
            window.close()
        QApplication.exit(3)

    QTimer.singleShot(200, check_and_quit)
    assert run(path) == 3
    assert path in seen
