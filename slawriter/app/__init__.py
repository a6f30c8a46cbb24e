"""The desktop app (PySide6). The only package of slawriter that imports Qt.

:func:`run` is the entry point; Qt is imported when it is called, so ``import slawriter.app``
stays cheap for the command line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..workarounds import keep_none_alive

keep_none_alive()  # before Qt is imported (see slawriter.workarounds)


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
