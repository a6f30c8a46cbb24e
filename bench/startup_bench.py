"""Start-up: time from process start to the first paint of the main window.

Measures, side by side in one run, a bare PySide6 ``QMainWindow`` and slawriter's main window,
each in a fresh process, several times, and prints the medians and their ratio (issue 4's goal:
slawriter within 2x of the bare window). Uses the real X server when ``DISPLAY`` is set (run it
under Xvfb), otherwise Qt's offscreen platform.

    .venv/bin/python bench/startup_bench.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, time
start = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            heavy = [m for m in ("weasyprint", "polars", "pypdf") if m in sys.modules]
            print(f"{time.time() - start:.4f} {','.join(heavy) or '-'}", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.resize(1200, 800)
else:
    from slawriter.app.application import configure_application
    from slawriter.app.main_window import MainWindow
    configure_application(app)
    window = MainWindow()
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
QTimer.singleShot(10000, lambda: os._exit(3))
app.exec()
"""


def first_paint(kind: str, env: dict[str, str]) -> tuple[float, str]:
    env = {**env, "BENCH_T0": repr(time.time())}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    seconds, heavy = done.stdout.strip().splitlines()[-1].split()
    return float(seconds), heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env["XDG_CONFIG_HOME"] = str(Path("/tmp") / "slawriter-bench-config")
    env["XDG_STATE_HOME"] = str(Path("/tmp") / "slawriter-bench-state")
    times: dict[str, list[float]] = {"bare": [], "slawriter": []}
    heavy: set[str] = set()
    first_paint("bare", env)  # warm the disk cache for both
    first_paint("slawriter", env)
    for _ in range(args.repeat):  # interleaved, so load changes hit both alike
        for kind in times:
            seconds, loaded = first_paint(kind, env)
            times[kind].append(seconds)
            if kind == "slawriter" and loaded != "-":
                heavy.update(loaded.split(","))
    bare = statistics.median(times["bare"])
    app = statistics.median(times["slawriter"])
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                f"Python {platform.python_version()}, load {os.getloadavg()[0]:.2f}",
                "platform": env["QT_QPA_PLATFORM"],
                "repeat": args.repeat,
                "bare_qmainwindow_s": round(bare, 3),
                "slawriter_s": round(app, 3),
                "ratio": round(app / bare, 2),
                "heavy_modules_loaded_before_first_paint": sorted(heavy),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
