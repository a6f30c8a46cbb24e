"""The entry point the command line calls."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import PRESETS


@pytest.mark.process
def test_importing_the_app_package_does_not_import_qt() -> None:
    code = "import sys, slawriter.app; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


RUN_AND_QUIT = """
import os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from slawriter.app import run
from slawriter.app.main_window import MainWindow

app = QApplication([])

def check_and_quit():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not all(window.is_ready() for window in windows):  # the staged start is not done yet
        QTimer.singleShot(100, check_and_quit)
        return
    for window in windows:
        if window.isVisible():
            print("opened", window.document.path, flush=True)
        window.document.undo_stack.setClean()
        window.close()
    QApplication.exit(3)

QTimer.singleShot(500, check_and_quit)
sys.exit(run(Path(sys.argv[1])))
"""


@pytest.mark.process
def test_run_opens_the_file_and_returns_the_exit_code(tmp_path: Path) -> None:
    """In a process of its own, as the command line starts it: QApplication.exit() would end
    every later event loop of the test session."""
    path = tmp_path / PRESETS[0].name
    shutil.copyfile(PRESETS[0], path)
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_QUIT, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 3, done.stderr[-2000:]
    assert f"opened {path}" in done.stdout
