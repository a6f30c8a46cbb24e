"""Export speed: whole-process CLI export, warm in-process export, and headless Chromium.

Run with ``.venv/bin/python bench/export_bench.py`` (``--profile`` adds a profile of one warm
export of each agreement; ``--only 10-page`` or ``--only 60-page`` runs one of them). Each figure
is the median of several runs measured side by side in one run of this script, so the ratios hold
on a shared, noisy machine even when the absolute seconds move.

The two agreements are the ones issue 3 (§ 7) names:

* ``10-page``: the bundled preset closest to ten pages (``saas-availability``; every preset is
  between 14 and 16 pages, so this reference is on the heavy side of "about ten").
* ``60-page``: the same agreement with 200 short objectives — name, metric, target and
  measurement window only, like a plain catalogue of objectives.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
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
from slawriter.model.agreement import (  # noqa: E402
    Comparator,
    CreditTier,
    MeasurementWindow,
    MetricKind,
    Objective,
    Target,
    TargetUnit,
    WindowKind,
)
from slawriter.services.presets import find_preset  # noqa: E402
from slawriter.storage import save_agreement  # noqa: E402

REPEAT = 5
REFERENCE_PRESET = "saas-availability"

# (metric, comparator, value, unit, window): cycled through to build the catalogue.
_CATALOGUE: list[tuple[MetricKind, Comparator, str, TargetUnit, WindowKind]] = [
    (MetricKind.AVAILABILITY, Comparator.GTE, "99.9", TargetUnit.PERCENT, WindowKind.MONTH),
    (MetricKind.FIRST_RESPONSE_TIME, Comparator.LTE, "30", TargetUnit.MINUTES, WindowKind.MONTH),
    (MetricKind.RESOLUTION_TIME, Comparator.LTE, "8", TargetUnit.HOURS, WindowKind.MONTH),
    (MetricKind.CSAT, Comparator.GTE, "90", TargetUnit.PERCENT, WindowKind.QUARTER),
    (MetricKind.TICKET_VOLUME, Comparator.LTE, "500", TargetUnit.COUNT, WindowKind.MONTH),
    (MetricKind.NPS, Comparator.GTE, "40", TargetUnit.SCORE, WindowKind.YEAR),
    (MetricKind.IMPLEMENTATION_TIME, Comparator.LTE, "5", TargetUnit.DAYS, WindowKind.QUARTER),
]
_SUBJECTS = ["Checkout API", "Storefront", "Search", "Payments", "Reporting", "Identity", "Email"]


def reference_agreement() -> Agreement:
    """The preset closest to ten pages."""
    return find_preset(REFERENCE_PRESET).load()


def large_agreement(objectives: int = 200) -> Agreement:
    """The reference agreement with ``objectives`` short objectives (about sixty pages)."""
    data = reference_agreement()
    grown: list[Objective] = []
    for i in range(objectives):
        metric, comparator, value, unit, window = _CATALOGUE[i % len(_CATALOGUE)]
        subject = _SUBJECTS[(i // len(_CATALOGUE)) % len(_SUBJECTS)]
        grown.append(
            Objective(
                id=f"objective-{i + 1:03d}",
                name=f"{subject} {metric.value.replace('_', ' ')} {i + 1}",
                metric=metric,
                target=Target(comparator=comparator, value=Decimal(value), unit=unit),
                window=MeasurementWindow(kind=window),
            )
        )
    # The credit tiers of the preset move to the first objective of the catalogue.
    data.consequences.credit_tiers = [
        CreditTier(
            id=tier.id,
            objective=grown[0].id,
            below=tier.below,
            at_least=tier.at_least,
            credit_percent=tier.credit_percent,
        )
        for tier in data.consequences.credit_tiers
    ]
    data.service_levels.objectives = grown
    for level in data.consequences.escalation:
        level.objectives = []
    return data


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_seconds(action: Callable[[], object], repeat: int = REPEAT) -> float:
    return statistics.median(seconds(action) for _ in range(repeat))


def pages(pdf: Path | bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf).pages)


# Where a warm export spends its time: (phase, file suffix, function). Cumulative times of
# nested calls, so the indented phases are parts of the one above them.
_PHASES = [
    ("Jinja2 (render_html)", "slawriter/render/documents/contract.py", "render_html"),
    ("HTML parse", "weasyprint/__init__.py", "__init__"),
    ("CSS cascade and computed styles", "weasyprint/css/__init__.py", "get_all_computed_styles"),
    ("box tree", "weasyprint/formatting_structure/build.py", "build_formatting_structure"),
    ("layout", "weasyprint/layout/__init__.py", "layout_document"),
    ("  running header/footer (margin boxes)", "weasyprint/layout/page.py", "make_margin_boxes"),
    ("  tables", "weasyprint/layout/table.py", "table_layout"),
    ("  line breaking (Pango)", "weasyprint/text/line_break.py", "split_first_line"),
    ("write_pdf", "weasyprint/document.py", "write_pdf"),
    ("  drawing (text, borders)", "weasyprint/document.py", "paint"),
    ("  fonts (subsetting)", "weasyprint/pdf/fonts.py", "build_fonts_dictionary"),
    ("  PDF/A metadata", "weasyprint/pdf/pdfa.py", "pdfa"),
    ("  serialising (pydyf)", "pydyf/__init__.py", "write"),
    ("signature anchors", "slawriter/render/printer.py", "_signature_anchors"),
    ("total render_pdf", "slawriter/render/documents/contract.py", "render_pdf"),
]


def profile_summary(action: Callable[[], object], top: int = 15) -> str:
    """One profiled run of ``action``: time per phase, then the functions that cost most."""
    profiler = cProfile.Profile()
    profiler.enable()
    action()
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    lines = ["  phase (cProfile seconds, inflated by profiling)"]
    for label, suffix, name in _PHASES:
        seconds = max(
            (
                ct
                for (f, _, fn), (_, _, _, ct, _) in raw.items()
                if f.endswith(suffix) and fn == name
            ),
            default=None,
        )
        shown = "    n/a" if seconds is None else f"{seconds:7.3f}"
        lines.append(f"    {label:42s} {shown}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    body = out.getvalue()
    start = body.find("   ncalls")
    lines.append(f"  top {top} by own time")
    lines.extend("    " + line for line in body[start:].rstrip().splitlines())
    return "\n".join(lines)


def chromium_command(chromium: str, work: Path, html: Path, out: Path) -> list[str]:
    return [
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
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--profile", action="store_true", help="print a profile of a warm export")
    parser.add_argument("--only", choices=("10-page", "60-page"), help="run one agreement only")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="runs per median")
    args = parser.parse_args(argv)

    from slawriter.render import render_html, render_pdf

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    # Python's bytecode cached, as it is for an installed slawriter (a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 compiles every slawriter module at each start).
    cli_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    results: dict[str, dict[str, object]] = {}
    profiles: dict[str, str] = {}
    agreements = [("10-page", reference_agreement), ("60-page", large_agreement)]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cli_env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        for label, make in agreements:
            if args.only and label != args.only:
                continue
            agreement = make()
            source = work / f"{label}.sla.json"
            save_agreement(agreement, source)
            pdf = work / f"{label}.pdf"
            html = work / f"{label}.html"

            def cli_export(source: Path = source, pdf: Path = pdf) -> None:
                subprocess.run(
                    [sys.executable, "-m", "slawriter", "export", str(source), "-o", str(pdf)],
                    check=True,
                    capture_output=True,
                    env=cli_env,
                )

            render_pdf(agreement)  # warm-up: imports, fonts, templates

            def warm(agreement: Agreement = agreement) -> None:
                render_pdf(agreement)

            html.write_text(render_html(agreement, inline_css=True).html, encoding="utf-8")
            row: dict[str, object] = {"objectives": len(agreement.service_levels.objectives)}
            # Whole-process exports and Chromium alternate, round by round, so that a change
            # of load on this shared machine hits both alike. One unmeasured run of each first:
            # the disk cache, Chromium's profile folder and slawriter's compiled templates are
            # then as they are on any machine after the first export.
            cli_export()
            runs: dict[str, list[float]] = {"whole": [], "chromium": []}
            printed = work / f"{label}-chromium.pdf"
            command = chromium_command(chromium, work, html, printed) if chromium else []

            def print_chromium(command: list[str] = command) -> None:
                subprocess.run(command, check=True, capture_output=True)

            if chromium:
                print_chromium()
            for _ in range(args.repeat):
                runs["whole"].append(seconds(cli_export))
                if chromium:
                    runs["chromium"].append(seconds(print_chromium))
            row["whole_process_s"] = round(statistics.median(runs["whole"]), 3)
            row["warm_in_process_s"] = round(median_seconds(warm, args.repeat), 3)
            row["pages"] = pages(pdf)
            if chromium:
                row["chromium_s"] = round(statistics.median(runs["chromium"]), 3)
                row["chromium_pages"] = pages(printed)
                row["whole_process_vs_chromium"] = round(
                    statistics.median(runs["whole"]) / statistics.median(runs["chromium"]), 2
                )
                row["ratio_per_round"] = [
                    round(w / c, 2) for w, c in zip(runs["whole"], runs["chromium"], strict=True)
                ]
            results[label] = row
            if args.profile:
                profiles[label] = profile_summary(warm)
    load = os.getloadavg() if hasattr(os, "getloadavg") else ()
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
                f"{os.cpu_count()} cores, Python {platform.python_version()}",
                "load_average": [round(x, 2) for x in load],
                "repeat": args.repeat,
                "results": results,
            },
            indent=2,
            default=lambda v: str(v) if isinstance(v, Decimal) else v,
        )
    )
    for label, text in profiles.items():
        print(f"\nprofile of one warm export, {label}:\n{text}")


if __name__ == "__main__":
    main()
