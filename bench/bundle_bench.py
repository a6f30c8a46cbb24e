"""The installable bundle against the venv: first window and first preview, side by side.

Starts, in turn, the bundle (``dist/slawriter/slawriter FILE``) and the venv's command
(``.venv/bin/slawriter FILE``), each in a fresh process with a clean environment (``HOME`` in a
temporary folder, ``PATH=/usr/bin:/bin``, the ``DISPLAY`` of an Xvfb this script starts), and
times from the process start to

- *window*: the main window is mapped (one ``xev -root -event substructure`` listening: the
  X server's MapNotify, seen from outside, as a user would see the window appear);
- *preview*: the first preview page has been painted (the app's test-only
  ``SLAWRITER_SMOKE_REPORT`` line, see ``slawriter/app/smoke_report.py``);

then quits it with Ctrl+Q (xdotool) and waits for exit code 0. The two commands alternate
(A B A B …) after one warm-up run each, so that a change of load hits both; prints the medians
and the ratios as JSON. Needs Xvfb, xev (x11-utils) and xdotool, and ``make bundle`` first.

    .venv/bin/python bench/bundle_bench.py [--repeat 7] [--preset saas-availability]
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
COMMANDS = {
    "bundle": ROOT / "dist" / "slawriter" / "slawriter",
    "venv": ROOT / ".venv" / "bin" / "slawriter",
}


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as display:
        number = display.readline().strip()
    return server, f":{number}"


def one_run(program: Path, agreement: Path, display: str, home: Path) -> tuple[float, float]:
    report = home / "report.jsonl"
    report.unlink(missing_ok=True)
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "DISPLAY": display,
        "SLAWRITER_SMOKE_REPORT": str(report),
    }
    xev = subprocess.Popen(
        ["xev", "-root", "-event", "substructure"],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.3)  # xev has selected its events
    started = time.monotonic()
    app = subprocess.Popen(
        [str(program), str(agreement)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert xev.stdout is not None
    window = None
    for line in xev.stdout:
        if line.startswith("MapNotify"):
            window = time.monotonic() - started
            break
    xev.terminate()
    xev.wait()
    deadline = started + 60
    while not report.exists() or not report.read_text(encoding="utf-8").strip():
        if time.monotonic() > deadline or app.poll() is not None:
            app.kill()
            raise SystemExit(f"{program}: no preview report within 60 s")
        time.sleep(0.005)
    preview = time.monotonic() - started
    subprocess.run(
        ["xdotool", "search", "--name", " — slawriter$", "windowfocus", "--sync", "key", "ctrl+q"],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=15,
    )
    if app.wait(timeout=15) != 0:
        raise SystemExit(f"{program}: exit code {app.returncode}")
    assert window is not None
    return window, preview


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--preset", default="saas-availability")
    args = parser.parse_args()
    for program in COMMANDS.values():
        if not program.exists():
            sys.exit(f"{program} is missing (make venv bundle)")
    server, display = start_xvfb()
    results: dict[str, dict[str, list[float]]] = {
        name: {"window": [], "preview": []} for name in COMMANDS
    }
    try:
        with tempfile.TemporaryDirectory(prefix="slawriter-bundle-bench-") as folder:
            agreement = Path(folder) / f"{args.preset}.sla.json"
            subprocess.run(
                [str(COMMANDS["venv"]), "new", "--preset", args.preset, "-o", str(agreement)],
                check=True,
                capture_output=True,
            )
            homes = {name: Path(folder) / name for name in COMMANDS}
            for name, program in COMMANDS.items():  # warm-up: disk cache, font cache, templates
                homes[name].mkdir()
                one_run(program, agreement, display, homes[name])
            for _ in range(args.repeat):
                for name, program in COMMANDS.items():
                    window, preview = one_run(program, agreement, display, homes[name])
                    results[name]["window"].append(window)
                    results[name]["preview"].append(preview)
    finally:
        server.terminate()
        server.wait()
    medians = {
        name: {kind: round(statistics.median(values), 3) for kind, values in kinds.items()}
        for name, kinds in results.items()
    }
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                f"load {os.getloadavg()[0]:.2f}",
                "repeat": args.repeat,
                "preset": args.preset,
                "median_s": medians,
                "ratio_bundle_to_venv": {
                    kind: round(medians["bundle"][kind] / medians["venv"][kind], 2)
                    for kind in ("window", "preview")
                },
                "runs_s": {
                    name: {kind: [round(v, 3) for v in values] for kind, values in kinds.items()}
                    for name, kinds in results.items()
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
