"""Preview latency in the real app (issue 14 goals 1 and 2), this checkout against another.

Each measurement is a fresh app process (``MainWindow(staged=True)``, as ``slawriter FILE``
starts it) on the real X server (run it under Xvfb: ``xvfb-run -a`` or ``DISPLAY``), opening one
of the two agreements of ``bench/export_bench.py`` (the 14-page SaaS preset and the 47-page
agreement with 200 objectives). It records:

- ``open → page``: from the window being ready (``MainWindow.ready``) to a page of the contract
  painted in the preview (``→ whole``: to the whole contract shown); measured twice, with an
  empty cache folder (``cold``) and after a run that previewed the same unchanged file
  (``again``);
- ``edit → page``: real key presses in the agreement's title field (``QTest.keyClicks``, which
  goes through the event loop like typing); from the last key press to the preview showing the
  title page with that title painted (checked by the text Qt reads from the page shown), be it
  the interim pages or the whole print; ``edit → whole``: to the whole contract shown;
- ``warm export``: the same contract printed in this process once WeasyPrint is warm, the
  figure the whole preview should not be slower than.

``--vs-checkout PATH`` runs the same measurements with the slawriter of another checkout (a
worktree of main, say) in the same rounds, interleaved, so that the ratio holds on a shared,
noisy machine: the machine this was written on has 2 cores shared with other test runs. Medians.

    git -C /work/main worktree add /tmp/baseline <commit>
    xvfb-run -a .venv/bin/python bench/preview_latency.py --rounds 3 --vs-checkout /tmp/baseline
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
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

path, edits = Path(sys.argv[1]), int(sys.argv[2])
app = QApplication(sys.argv[:1])
from slawriter.app.main_window import MainWindow

window = MainWindow(staged=True)
window.resize(1440, 900)
window.show()
window.open_path(path)
result = {"edits": []}
marks = {}


def now():
    return time.perf_counter()


def wait(condition, limit=120.0):
    end = now() + limit
    while not condition():
        if now() > end:
            raise SystemExit(f"timed out waiting for {condition.__name__}")
        app.processEvents()
        time.sleep(0.002)


def painted_pdf():
    # A page is shown once the view has a document with pages and has painted since.
    pdf = window.preview.pdf
    return pdf is not None and pdf.pageCount() > 0


wait(window.is_ready)
ready = now()
wait(painted_pdf)
window.preview.view.viewport().repaint()  # paint it now: what the bench waits for is on screen
result["open_to_page"] = now() - ready
# Until the preview shows the document as it is (and nothing runs) before editing.
wait(lambda: window.preview.shown_generation == window.document.generation
     and not window.render_service.busy)
result["open_to_whole"] = now() - ready
time.sleep(0.5)
window.go_to(("agreement", "title"))
base = window.document.agreement.agreement.title
from PySide6.QtWidgets import QLineEdit
wait(lambda: any(e.text() == base for e in window.findChildren(QLineEdit)))
field = next(e for e in window.findChildren(QLineEdit) if e.text() == base)
for n in range(edits):
    marker = f" Q{n}Z"
    field.selectAll()
    QTest.keyClicks(field, base + marker)
    typed = now()

    def shows_edit():
        pdf = window.preview.pdf
        if pdf is None or pdf.pageCount() == 0:
            return False
        return f"Q{n}Z" in pdf.getAllText(0).text()

    wait(shows_edit)
    window.preview.view.viewport().repaint()
    page = now() - typed
    wait(lambda: window.preview.shown_generation == window.document.generation
         and not window.render_service.busy)
    whole = now() - typed
    result["edits"].append({"page": page, "whole": whole})
    time.sleep(0.5)
window.document.undo_stack.setClean()
window.close()
print("RESULT " + json.dumps(result))
"""


def make_agreements(folder: Path) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT / "bench"))
    from export_bench import large_agreement, reference_agreement

    from slawriter.storage import save_agreement

    files = {"14-page": folder / "saas.sla.json", "47-page": folder / "large.sla.json"}
    save_agreement(reference_agreement(), files["14-page"])
    save_agreement(large_agreement(), files["47-page"])
    return files


def child_env(checkout: Path, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(checkout)
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        env[name] = str(home / sub)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def run_app(checkout: Path, home: Path, agreement: Path, edits: int) -> dict[str, object]:
    done = subprocess.run(
        # -P and the working directory: the app is the one of ``checkout`` (PYTHONPATH), and
        # so is its render worker (``python -m``, which puts the working directory first on
        # sys.path). Before, ``--vs-checkout`` ran this checkout's app and worker for both, and
        # its "open again" for a checkout without the preview cache read 0.02 s.
        [sys.executable, "-P", "-c", CHILD, str(agreement), str(edits)],
        cwd=checkout,
        env=child_env(checkout, home),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise SystemExit(f"the app run failed ({checkout}):\n{done.stdout}\n{done.stderr[-3000:]}")


def warm_export(agreement: Path) -> float:
    from slawriter.render import render_pdf
    from slawriter.storage import load_agreement

    loaded = load_agreement(agreement)
    render_pdf(loaded)  # warm
    times = []
    for _ in range(3):
        start = time.perf_counter()
        render_pdf(loaded)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--edits", type=int, default=3, help="edits measured per app run")
    parser.add_argument("--vs-checkout", type=Path, help="another checkout to compare with")
    parser.add_argument("--only", choices=("14-page", "47-page"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("run it under Xvfb: xvfb-run -a .venv/bin/python bench/preview_latency.py")
    work = Path(tempfile.mkdtemp(prefix="preview-latency-"))
    files = make_agreements(work)
    if args.only:
        files = {args.only: files[args.only]}
    variants = {"this": ROOT}
    if args.vs_checkout is not None:
        variants["other"] = args.vs_checkout.resolve()
    rows: dict[tuple[str, str], dict[str, list[float]]] = {}
    for round_number in range(args.rounds):
        for name, agreement in files.items():
            for variant, checkout in variants.items():
                row = rows.setdefault((name, variant), {})
                cold_home = work / f"cold-{variant}-{name}-{round_number}"
                cold = run_app(checkout, cold_home, agreement, args.edits)
                again = run_app(checkout, cold_home, agreement, 0)  # same cache folder
                row.setdefault("open cold", []).append(float(cold["open_to_page"]))  # type: ignore[arg-type]
                row.setdefault("open cold → whole", []).append(float(cold["open_to_whole"]))  # type: ignore[arg-type]
                row.setdefault("open again", []).append(float(again["open_to_page"]))  # type: ignore[arg-type]
                for edit in cold["edits"]:  # type: ignore[union-attr]
                    row.setdefault("edit → page", []).append(edit["page"])
                    row.setdefault("edit → whole", []).append(edit["whole"])
            rows.setdefault((name, "warm export"), {}).setdefault("export", []).append(
                warm_export(agreement)
            )
            print(f"round {round_number + 1}/{args.rounds}: {name} done", file=sys.stderr)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"rounds: {args.rounds}, edits per run: {args.edits}; medians in seconds")
    for name in files:
        export = statistics.median(rows[(name, "warm export")]["export"])
        print(f"\n{name} (warm export {export:.2f} s)")
        for variant, checkout in variants.items():
            figures = rows[(name, variant)]
            cells = ", ".join(
                f"{label} {statistics.median(values):.2f}" for label, values in figures.items()
            )
            print(f"  {variant} ({checkout}): {cells}")


if __name__ == "__main__":
    main()
