"""The contract as a Word document beside the PDF: how long each export takes in one process.

Every bundled preset is exported as DOCX (``render_docx``) and as PDF (``render_pdf``),
interleaved, ``--repeat`` rounds after one warm-up round (which imports WeasyPrint, python-docx
and compiles the templates); prints the median per preset of each and their ratio. The HTML is
rendered for both (the Word document is written from the same HTML the PDF is printed from), so
the difference is python-docx against WeasyPrint's layout and PDF writing.

    .venv/bin/python bench/docx_bench.py --repeat 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from slawriter.render import render_pdf
from slawriter.render.docx import render_docx
from slawriter.services.presets import list_presets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    agreements = [(preset.name, preset.load()) for preset in list_presets()]
    for _, agreement in agreements:  # warm-up: imports, compiled templates, fonts
        render_docx(agreement)
        render_pdf(agreement)
    times: dict[str, dict[str, list[float]]] = {
        name: {"docx": [], "pdf": []} for name, _ in agreements
    }
    for _ in range(args.repeat):
        for name, agreement in agreements:
            for kind, work in (("docx", render_docx), ("pdf", render_pdf)):
                started = time.perf_counter()
                work(agreement)
                times[name][kind].append(time.perf_counter() - started)
    print(f"load {os.getloadavg()[0]:.1f}, {args.repeat} rounds, medians")
    print(f"{'preset':<22} {'docx':>8} {'pdf':>8} {'docx/pdf':>9}")
    total = {"docx": 0.0, "pdf": 0.0}
    for name, kinds in times.items():
        docx, pdf = (statistics.median(kinds[k]) for k in ("docx", "pdf"))
        total["docx"] += docx
        total["pdf"] += pdf
        print(f"{name:<22} {docx * 1000:>6.0f}ms {pdf * 1000:>6.0f}ms {docx / pdf:>9.2f}")
    print(
        f"{'all presets':<22} {total['docx']:>7.2f}s {total['pdf']:>7.2f}s "
        f"{total['docx'] / total['pdf']:>9.2f}"
    )


if __name__ == "__main__":
    main()
