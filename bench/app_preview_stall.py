"""Longest event-loop stall in the app while the live preview renders (issue 4: under 100 ms).

A 5 ms heartbeat QTimer records the largest gap between its ticks while the preview of a preset
is rendered N times after edits (first render, with the worker starting, counted separately).
Run: QT_QPA_PLATFORM=offscreen python bench/app_preview_stall.py [renders]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    renders = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication(sys.argv[:1])  # noqa: F841  (kept alive for the run)
    from slawriter.app.main_window import MainWindow
    from slawriter.app.recovery import RecoverySession
    from slawriter.bundled import resources_dir

    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery=RecoverySession(folder / "rec"))
    window.resize(1440, 900)
    window.show()
    window.open_path(resources_dir() / "presets" / "customer-support.sla.json")
    clock = QElapsedTimer()
    gaps: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    heartbeat.timeout.connect(tick)

    def wait_render() -> float:
        loop = QEventLoop()
        window.preview.updated.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        start = time.perf_counter()
        loop.exec()
        window.preview.updated.disconnect(loop.quit)
        return time.perf_counter() - start

    clock.start()
    heartbeat.start()
    first = wait_render()
    first_stall = max(gaps)
    gaps.clear()
    seconds = []
    for n in range(renders):
        window.document.set_value(("agreement", "title"), f"Bench title {n}")
        seconds.append(wait_render())
    heartbeat.stop()
    print(
        f"first preview (worker start + render): {first:.2f} s, longest stall {first_stall:.1f} ms"
    )
    print(
        f"{renders} previews after an edit: {min(seconds):.2f}–{max(seconds):.2f} s each "
        f"(incl. 0.5 s debounce); longest stall {max(gaps):.1f} ms over {len(gaps)} ticks"
    )
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
