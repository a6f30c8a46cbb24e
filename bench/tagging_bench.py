"""What tagging costs: the contract printed as tagged PDF/A-3a against untagged PDF/A-3b.

Run with ``.venv/bin/python bench/tagging_bench.py [--repeat N]``. The agreements are those of
``bench/export_bench.py``: the reference preset (14 pages) and the large agreement (200 short
objectives, 48 pages). For each, the contract's print job is prepared once, then printed in the
same process as PDF/A-3b (no tags: what every contract was before issue 13) and as PDF/A-3a
(tagged, with slawriter's adjustments of the structure tree, ``render/tagging.py``), the two
alternating round by round after one unmeasured print of each, so that a change of load on a
shared machine hits both alike. The figures are medians; the ratio is the median of the
per-round ratios (tagged ÷ untagged), of wall and of CPU seconds (this process's, which a
shared machine's load moves less). The file sizes are those of the last print.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from dataclasses import replace
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from export_bench import large_agreement, reference_agreement  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from slawriter.render.documents.contract import prepare_pdf  # noqa: E402
from slawriter.render.printer import PDF_VARIANT, PrintJob, print_pdf  # noqa: E402

UNTAGGED = "pdf/a-3b"


def _timed(job: PrintJob) -> tuple[float, float, bytes]:
    """Wall and CPU seconds of one print (CPU time moves less when the machine is shared)."""
    start, cpu = time.perf_counter(), time.process_time()
    pdf = print_pdf(job).pdf
    return time.perf_counter() - start, time.process_time() - cpu, pdf


def measure(job: PrintJob, repeat: int) -> dict[str, object]:
    untagged = replace(job, pdf_variant=UNTAGGED)
    tagged = replace(job, pdf_variant=PDF_VARIANT)
    _timed(untagged), _timed(tagged)  # warm-up: imports, fonts, parsed style sheets
    runs: dict[str, list[tuple[float, float]]] = {"untagged_pdfa_3b": [], "tagged_pdfa_3a": []}
    sizes: dict[str, int] = {}
    pdf = b""
    for _ in range(repeat):
        for name, variant in (("untagged_pdfa_3b", untagged), ("tagged_pdfa_3a", tagged)):
            wall, cpu, pdf = _timed(variant)
            runs[name].append((wall, cpu))
            sizes[f"{name}_bytes"] = len(pdf)
    row: dict[str, object] = {"pages": len(PdfReader(BytesIO(pdf)).pages)}
    for name, measured in runs.items():
        row[f"{name}_wall_s"] = round(statistics.median(w for w, _ in measured), 3)
        row[f"{name}_cpu_s"] = round(statistics.median(c for _, c in measured), 3)
    for index, what in ((0, "wall"), (1, "cpu")):
        ratios = [
            a[index] / b[index]
            for a, b in zip(runs["tagged_pdfa_3a"], runs["untagged_pdfa_3b"], strict=True)
        ]
        row[f"tagged_vs_untagged_{what}"] = {
            "median": round(statistics.median(ratios), 3),
            "rounds": [round(r, 2) for r in ratios],
        }
    row.update(sizes)
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=7, help="rounds")
    args = parser.parse_args(argv)
    started = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    results = {}
    for label, make in (("reference", reference_agreement), ("large", large_agreement)):
        _, job = prepare_pdf(make())
        results[label] = measure(job, args.repeat)
    ended = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    # The one-minute load average when the run started and when it ended.
    report = {"machine": machine, "load": [round(started[0], 2), round(ended[0], 2)]}
    print(json.dumps({**report, "repeat": args.repeat, "results": results}, indent=2))


if __name__ == "__main__":
    main()
