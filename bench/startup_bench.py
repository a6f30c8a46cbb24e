"""Start-up: time from process start to the first paint of the main window, and to "ready".

Measures, side by side in one run, a bare PySide6 ``QMainWindow`` and slawriter, each in a fresh
process, several times, and prints the medians and their ratio (issue 4's goal: slawriter's first
paint within 2x of the bare window's). slawriter starts the way the ``slawriter`` command starts
it — ``slawriter.cli.main([])`` — with an application-wide event filter on a ``QApplication``
made first (``run()`` reuses it). Two figures for slawriter:

- first paint: the first paint event of its main window (stage 1: the window's frame);
- ready: stage 2 is done (``MainWindow.ready``) and the first section's form has painted.

Uses the real X server when ``DISPLAY`` is set (run it under Xvfb), otherwise Qt's offscreen
platform. Python's bytecode is cached in a temporary folder (``PYTHONPYCACHEPREFIX``), as it is
for an installed package; ``--no-bytecode-cache`` measures a source checkout run with
``PYTHONDONTWRITEBYTECODE=1`` instead, where every slawriter module is compiled at each start.

    .venv/bin/python bench/startup_bench.py [--repeat 7] [--no-bytecode-cache]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, time
start = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

HEAVY = ("pydantic", "slawriter.model.agreement", "jinja2", "weasyprint", "polars", "pypdf")


def heavy():
    return ",".join(m for m in HEAVY if m in sys.modules) or "-"


class Probe(QObject):
    def __init__(self):
        super().__init__()
        self.painted = None
        self.window = None
        self.page = None

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        if self.painted is None:
            window = watched.window()
            if sys.argv[1] == "bare" or window.objectName() == "mainWindow":
                self.painted = f"{time.time() - start:.4f} {heavy()}"
                if sys.argv[1] == "bare":
                    self.done("-")
                self.window = window
                window.ready.connect(self.ready)
        elif self.page is not None and (watched is self.page or self.page.isAncestorOf(watched)):
            self.done(f"{time.time() - start:.4f}")
        return False

    def ready(self):
        self.page = self.window.current_page()

    def done(self, ready):
        print(self.painted, ready, flush=True)
        os._exit(0)


app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
QTimer.singleShot(20000, lambda: os._exit(3))
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    app.exec()
else:
    from slawriter.cli import main

    main([])
"""


def start(kind: str, env: dict[str, str]) -> tuple[float, float | None, str]:
    """First paint, ready (``None`` for the bare window) and the heavy modules at first paint."""
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
    painted, heavy, ready = done.stdout.strip().splitlines()[-1].split()
    return float(painted), None if ready == "-" else float(ready), heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile every module at each start (PYTHONDONTWRITEBYTECODE=1, no cache folder)",
    )
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    scratch = Path(tempfile.gettempdir())
    env["XDG_CONFIG_HOME"] = str(scratch / "slawriter-bench-config")
    env["XDG_STATE_HOME"] = str(scratch / "slawriter-bench-state")
    if args.no_bytecode_cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "slawriter-bench-pycache")
    painted: dict[str, list[float]] = {"bare": [], "slawriter": []}
    ready: list[float] = []
    heavy: set[str] = set()
    start("bare", env)  # warm the disk and bytecode caches for both
    start("slawriter", env)
    for _ in range(args.repeat):  # interleaved, so load changes hit both alike
        for kind in painted:
            seconds, ready_seconds, loaded = start(kind, env)
            painted[kind].append(seconds)
            if kind == "slawriter":
                assert ready_seconds is not None
                ready.append(ready_seconds)
                if loaded != "-":
                    heavy.update(loaded.split(","))
    bare = statistics.median(painted["bare"])
    first = statistics.median(painted["slawriter"])
    done = statistics.median(ready)
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                f"Python {platform.python_version()}, load {os.getloadavg()[0]:.2f}",
                "platform": env["QT_QPA_PLATFORM"],
                "bytecode_cache": not args.no_bytecode_cache,
                "repeat": args.repeat,
                "bare_qmainwindow_s": round(bare, 3),
                "slawriter_first_paint_s": round(first, 3),
                "first_paint_ratio": round(first / bare, 2),
                "slawriter_ready_s": round(done, 3),
                "ready_ratio": round(done / bare, 2),
                "runs": {
                    "bare": [round(t, 3) for t in painted["bare"]],
                    "first_paint": [round(t, 3) for t in painted["slawriter"]],
                    "ready": [round(t, 3) for t in ready],
                },
                "heavy_modules_loaded_before_first_paint": sorted(heavy),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
