"""Export speed: whole-process CLI export, warm in-process export, and headless Chromium.

Run with ``.venv/bin/python bench/export_bench.py`` (``--profile`` adds a profile of one warm
export of each agreement; ``--only reference`` or ``--only large`` runs one of them;
``--vs-checkout DIR`` times another checkout's export in the same rounds, for a change's before
and after). Each figure is the median of several runs measured side by side in one run of this
script, so the ratios hold on a shared, noisy machine even when the absolute seconds move.
Whole processes are measured from outside (wall clock, the CPU time and peak memory the kernel
accounts for the process and the children it waited for), each in a process group of its own.
Headless Chromium (``python3 -m slawriter.system check bench``; skipped, saying so, when it is
missing) prints ``slawriter export --html``'s document with CSS inlined, with a fresh profile
folder every run.

``whole`` is a first print of the agreement (``SLAWRITER_PRINT_CACHE=off``); ``cached`` exports
the same unchanged file again with the print cache on (``slawriter/render/print_cache.py``:
the unmeasured first run printed it, as the app's live preview prints it before an export), so
it measures what an export costs when nothing needs laying out; ``--no-cached`` leaves it out.

The two agreements are the ones issue 3 (§ 7) names:

* ``reference``: the bundled preset closest to ten pages (``saas-availability``, 14 pages; every
  preset is between 14 and 16 pages, so this reference is on the heavy side of "about ten").
* ``large``: the same agreement with 200 short objectives — name, metric, target and
  measurement window only (a ticket volume is a capacity), like a plain catalogue of objectives;
  48 pages.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import itertools
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
from dataclasses import dataclass
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
    VolumeKind,
    WindowKind,
)
from slawriter.services.presets import find_preset  # noqa: E402
from slawriter.storage import save_agreement  # noqa: E402

REPEAT = 5
PRINT_CACHE = "SLAWRITER_PRINT_CACHE"
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
    """The reference agreement with ``objectives`` short objectives (48 pages)."""
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
                # A ticket volume "at most 500 a month" is a ceiling the provider absorbs.
                volume=VolumeKind.CAPACITY if metric is MetricKind.TICKET_VOLUME else None,
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


CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def chromium_command(chromium: str, profile: Path, html: Path, out: Path) -> list[str]:
    """Headless Chromium printing ``html`` to ``out`` with a profile folder of its own."""
    return [
        chromium,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",
        f"--print-to-pdf={out}",
        html.as_uri(),
    ]


@dataclass(frozen=True)
class Run:
    """One whole process, measured from outside: wall seconds, user + system seconds of the
    process and of the children it waited for, and the largest of their peak resident sizes."""

    wall: float
    cpu: float
    peak_mib: float


# The processes are started by a small Python of their own, not by this script: a child's peak
# resident size starts at its parent's size when it forks (the kernel keeps the high-water mark
# across exec), and this script has WeasyPrint loaded. The launcher runs one command per line of
# JSON it reads, each in a process group of its own, and kills whatever a command leaves running
# in its group (Chromium's helpers) once it has measured it.
_LAUNCHER = """
import contextlib, json, os, signal, subprocess, sys, time
for line in sys.stdin:
    request = json.loads(line)
    start = time.perf_counter()
    process = subprocess.Popen(request["command"], env=request["env"], stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
        "peak_kib": usage.ru_maxrss, "code": os.waitstatus_to_exitcode(status),
        "errors": errors.decode(errors="replace")}), flush=True)
"""


class Launcher:
    """Runs whole processes and measures them (see ``_LAUNCHER``)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _LAUNCHER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(
        self, command: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
    ) -> Run:
        """Run ``command``; an exit status not in ``ok`` stops the bench with its stderr."""
        assert self.process.stdin is not None and self.process.stdout is not None
        request = {"command": command, "env": dict(os.environ) if env is None else env}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        if answer["code"] not in ok:
            raise SystemExit(f"{command[0]} exited with {answer['code']}: {answer['errors']}")
        return Run(answer["wall"], answer["cpu"], answer["peak_kib"] / 1024)  # KiB on Linux

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def summary(runs: list[Run]) -> dict[str, float]:
    return {
        "wall_s": round(statistics.median(r.wall for r in runs), 3),
        "cpu_s": round(statistics.median(r.cpu for r in runs), 3),
        "peak_mib": round(statistics.median(r.peak_mib for r in runs), 1),
    }


def paired(a: list[Run], b: list[Run]) -> dict[str, object]:
    """A over B round by round (both measured in the same round), and their median."""
    ratios = [x.wall / y.wall for x, y in zip(a, b, strict=True)]
    return {"median": round(statistics.median(ratios), 2), "rounds": [round(r, 2) for r in ratios]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--profile", action="store_true", help="print a profile of a warm export")
    parser.add_argument("--only", choices=("reference", "large"), help="run one agreement only")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="runs per median")
    parser.add_argument(
        "--vs-checkout",
        type=Path,
        metavar="DIR",
        help="also time the export of another checkout (its .venv), in the same rounds: "
        "before and after a change, side by side",
    )
    parser.add_argument(
        "--no-cached",
        action="store_true",
        help="leave out the export of an unchanged file (the print cache's hit)",
    )
    args = parser.parse_args(argv)

    from slawriter.render import render_html, render_pdf

    os.environ[PRINT_CACHE] = "off"  # the warm in-process figure is of a print, every time

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print(
            "export_bench: headless Chromium is not installed, so its column is skipped "
            "(python3 -m slawriter.system check bench says how to install it)",
            file=sys.stderr,
        )
    other = args.vs_checkout.resolve() / ".venv" / "bin" / "python" if args.vs_checkout else None
    if other is not None and not other.exists():
        parser.error(f"{other} does not exist: run make venv in {args.vs_checkout}")
    # Python's bytecode cached, as it is for an installed slawriter (a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 compiles every slawriter module at each start).
    cli_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    results: dict[str, dict[str, object]] = {}
    profiles: dict[str, str] = {}
    agreements = [("reference", reference_agreement), ("large", large_agreement)]
    launcher = Launcher()
    profiles_made = itertools.count()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cli_env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        cli_env["XDG_CACHE_HOME"] = str(work / "cache")  # compiled templates, the print cache
        for label, make in agreements:
            if args.only and label != args.only:
                continue
            agreement = make()
            source = work / f"{label}.sla.json"
            save_agreement(agreement, source)
            pdf = work / f"{label}.pdf"
            html = work / f"{label}.html"
            printed = work / f"{label}-chromium.pdf"

            def export(python: str, out: Path, source: Path = source, cache: bool = False) -> Run:
                # -P: the checkout of ``python`` is imported, not the one this runs in (a
                # ``-m`` run puts the working folder first on sys.path).
                command = [python, "-P", "-m", "slawriter", "export", str(source), "-o", str(out)]
                env = {**cli_env, PRINT_CACHE: "on" if cache else "off"}
                return launcher.run(command, env)

            def print_chromium(html: Path = html, printed: Path = printed) -> Run:
                assert chromium is not None
                profile = work / f"chromium-profile-{next(profiles_made)}"  # fresh every run
                try:
                    return launcher.run(chromium_command(chromium, profile, html, printed))
                finally:
                    shutil.rmtree(profile, ignore_errors=True)

            render_pdf(agreement)  # warm-up: imports, fonts, templates

            def warm(agreement: Agreement = agreement) -> None:
                render_pdf(agreement)

            html.write_text(render_html(agreement, inline_css=True).html, encoding="utf-8")
            row: dict[str, object] = {"objectives": len(agreement.service_levels.objectives)}
            # The whole-process exports and Chromium alternate, round by round, so that a
            # change of load on this shared machine hits them alike. One unmeasured run of
            # each first: the disk cache and slawriter's compiled templates are then as they
            # are on any machine after the first export.
            # "whole": a first print of this agreement (the print cache off); "cached": the
            # same file exported again (the print cache on: the unmeasured run printed it).
            contenders: dict[str, Callable[[], Run]] = {
                "whole": functools.partial(export, sys.executable, pdf)
            }
            if not args.no_cached:
                contenders["cached"] = functools.partial(
                    export, sys.executable, work / f"{label}-cached.pdf", cache=True
                )
            if other is not None:
                before = work / f"{label}-other.pdf"
                contenders["other_checkout"] = functools.partial(export, str(other), before)
            if chromium:
                contenders["chromium"] = print_chromium
            runs: dict[str, list[Run]] = {name: [] for name in contenders}
            for measure in contenders.values():
                measure()
            for _ in range(args.repeat):
                for name, measure in contenders.items():
                    runs[name].append(measure())
            for name, measured in runs.items():
                row[name] = summary(measured)
            row["warm_in_process_s"] = round(median_seconds(warm, args.repeat), 3)
            row["pages"] = pages(pdf)
            if other is not None:
                row["whole_vs_other_checkout"] = paired(runs["whole"], runs["other_checkout"])
            if chromium:
                row["chromium_pages"] = pages(printed)
                row["whole_vs_chromium"] = paired(runs["whole"], runs["chromium"])
                if "cached" in runs:
                    row["cached_vs_chromium"] = paired(runs["cached"], runs["chromium"])
                if other is not None:
                    row["other_checkout_vs_chromium"] = paired(
                        runs["other_checkout"], runs["chromium"]
                    )
            results[label] = row
            if args.profile:
                profiles[label] = profile_summary(warm)
    launcher.close()
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
