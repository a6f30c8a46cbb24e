"""PySide6 6.12.0 on Python 3.11 takes a reference from None on every void Qt call; the app must
survive a long session of edits anyway (see ``slawriter.workarounds.keep_none_alive``)."""

from __future__ import annotations

import subprocess
import sys

import pytest

LONG_SESSION = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import slawriter.app  # the guard runs on import
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(30_000):  # None starts with about 5,000 references
    label.setText(str(i))
print("survived")
"""


@pytest.mark.process
def test_a_long_session_of_qt_calls_does_not_abort_python() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
