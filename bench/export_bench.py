"""Export speed: whole-process CLI export, warm in-process export, and headless Chromium.

Run with ``make bench`` (or ``.venv/bin/python bench/export_bench.py``). Each figure is the
median of several runs measured side by side in one run of this script, so the ratios hold on a
shared, noisy machine even when the absolute seconds move.
"""

from __future__ import annotations

import copy
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slawriter.model import Agreement  # noqa: E402
from slawriter.model.agreement import CreditTier, Objective, PriorityTarget  # noqa: E402
from slawriter.services.presets import find_preset  # noqa: E402
from slawriter.storage import save_agreement  # noqa: E402

REPEAT = 3


def reference_agreement() -> Agreement:
    """The customer-support preset: about ten pages."""
    return find_preset("customer-support").load()


def large_agreement(objectives: int = 200) -> Agreement:
    """The reference agreement grown to ``objectives`` objectives (about sixty pages)."""
    base = reference_agreement()
    template = base.service_levels.objectives
    grown: list[Objective] = []
    tiers: list[CreditTier] = []
    for i in range(objectives):
        source = template[i % len(template)]
        objective = source.model_copy(deep=True)
        objective.id = f"{source.id[:50]}-{i}"
        objective.name = f"{source.name} ({i + 1})"
        objective.priority_targets = [
            PriorityTarget(priority=row.priority, target=row.target.model_copy())
            for row in source.priority_targets
        ]
        grown.append(objective)
    for tier in base.consequences.credit_tiers:
        tiers.append(tier.model_copy())
    data = copy.deepcopy(base)
    data.service_levels.objectives = grown
    data.consequences.credit_tiers = [t for t in tiers if any(o.id == t.objective for o in grown)]
    for level in data.consequences.escalation:
        level.objectives = []
    return data


def median_seconds(action: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main() -> None:
    from slawriter.render import render_html, render_pdf

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for label, agreement in (
            ("10-page", reference_agreement()),
            ("60-page", large_agreement()),
        ):
            source = work / f"{label}.sla.json"
            save_agreement(agreement, source)
            pdf = work / f"{label}.pdf"
            html = work / f"{label}.html"

            def cli_export(source: Path = source, pdf: Path = pdf) -> None:
                subprocess.run(
                    [sys.executable, "-m", "slawriter", "export", str(source), "-o", str(pdf)],
                    check=True,
                    capture_output=True,
                )

            render_pdf(agreement)  # warm-up: imports, fonts, templates

            def warm(agreement: Agreement = agreement) -> None:
                render_pdf(agreement)

            html.write_text(render_html(agreement, inline_css=True).html, encoding="utf-8")
            row: dict[str, object] = {
                "objectives": len(agreement.service_levels.objectives),
                "whole_process_s": round(median_seconds(cli_export), 3),
                "warm_in_process_s": round(median_seconds(warm), 3),
            }
            row["pages"] = pages(pdf)
            if chromium:
                out = work / f"{label}-chromium.pdf"

                def print_chromium(html: Path = html, out: Path = out) -> None:
                    subprocess.run(
                        [
                            chromium,
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            f"--user-data-dir={work / 'chromium-profile'}",
                            "--no-pdf-header-footer",
                            f"--print-to-pdf={out}",
                            html.as_uri(),
                        ],
                        check=True,
                        capture_output=True,
                    )

                row["chromium_s"] = round(median_seconds(print_chromium), 3)
                row["chromium_pages"] = pages(out)
                row["whole_process_vs_chromium"] = round(
                    float(str(row["whole_process_s"])) / float(str(row["chromium_s"])), 2
                )
            results[label] = row
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
                f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}",
                "results": results,
            },
            indent=2,
            default=lambda v: str(v) if isinstance(v, Decimal) else v,
        )
    )


if __name__ == "__main__":
    main()
