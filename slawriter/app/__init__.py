"""The desktop app (PySide6). The only package of slawriter that imports Qt.

:func:`run` is the entry point; Qt is imported when it is called, so ``import slawriter.app``
stays cheap for the command line.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path


def _keep_none_alive() -> None:
    """Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

    Measured here: with shiboken6 6.12.0 on CPython 3.11, every call of a Qt method that returns
    nothing (``QLabel.setText``, ``QAction.setText``…) takes one reference from ``None`` and never
    gives it back, so after a few thousand edits CPython aborts with "none_dealloc: deallocating
    None". 6.11.3 does not do it, and from Python 3.12 ``None`` is immortal, so the bug is
    harmless there. PySide6-Pdf exists only for 6.12, so instead of pinning an older Qt, ``None``
    gets a reference count it can never lose — which is what Python 3.12 does.
    """
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value = max(count.value, 1 << 60)


_keep_none_alive()


def run(file: Path | None = None) -> int:
    """Start the app, open ``file`` if given, and return the exit code.

    The window starts in two stages (see :mod:`.main_window`): its frame paints before the model
    is imported; the file and the recovery offer are taken up once the window is ready.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .application import configure_application
    from .main_window import MainWindow
    from .smoke_report import install_from_environment

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    window = MainWindow(staged=True)
    install_from_environment(window)  # only for the bundle's smoke test (see .smoke_report)
    window.show()
    if file is not None:
        window.open_path(Path(file))
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


__all__ = ["run"]
