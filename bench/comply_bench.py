"""Compliance at scale (issue 14 §4): whole-process ``slawriter comply`` on a year of tickets.

    .venv/bin/python bench/comply_bench.py [--rows 10000000] [--repeat 3]
        [--vs-checkout DIR] [--vs-rows 1000000]

Generates synthetic tickets for 2026 once (``bench/compliance_bench.py``'s: four priorities, the
Madrid business-hours calendar, one ticket in ten paused, some still open) as CSV and as Parquet
(timestamps as a timestamp type, the way a helpdesk's Parquet export has them), cached under
``bench/out/``, then times ``slawriter comply`` of the customer-support preset for one month,
each run a whole process measured from outside (wall, CPU, peak resident memory; the launcher of
``bench/export_bench.py``). ``--vs-checkout DIR`` runs another checkout (its ``.venv``, e.g. a
worktree of main) on ``--vs-rows`` tickets in the same rounds and checks that both write the same
report JSON. The goal: ten million tickets in 15 s or less with a peak of 2 GiB or less.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from compliance_bench import PRESET, synthetic_tickets  # noqa: E402
from export_bench import Launcher, Run, summary  # noqa: E402

OUT = BENCH / "out"
PERIOD = "2026-06"
GOAL_S, GOAL_MIB = 15.0, 2048.0


def tickets_file(rows: int, kind: str) -> Path:
    """``bench/out/tickets-ROWS.csv`` or ``.parquet``, generated once."""
    import polars as pl

    path = OUT / f"tickets-{rows}.{kind}"
    if not path.exists():
        OUT.mkdir(exist_ok=True)
        frame = synthetic_tickets(rows)
        partial = path.with_suffix(".partial")
        if kind == "csv":
            frame.write_csv(partial)
        else:
            moments = ["created_at", "first_response_at", "resolved_at"]
            frame.with_columns(
                pl.col(c).replace("", None).str.to_datetime("%Y-%m-%dT%H:%M:%S%:z", time_zone="UTC")
                for c in moments
            ).write_parquet(partial)
        partial.replace(path)
    return path


def comply(python: Path, tickets: Path, report: Path) -> list[str]:
    # -P: the working directory is not put first on sys.path, so each venv runs the checkout its
    # editable install points at (without it, --vs-checkout timed this checkout's code twice).
    return [
        str(python),
        "-P",
        "-m",
        "slawriter",
        "comply",
        str(PRESET),
        "--period",
        PERIOD,
        "--tickets",
        str(tickets),
        "--json",
        str(report),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds (medians are shown)")
    parser.add_argument("--vs-checkout", type=Path, metavar="DIR", help="another checkout")
    parser.add_argument("--vs-rows", type=int, default=1_000_000)
    args = parser.parse_args(argv)

    ours = ROOT / ".venv" / "bin" / "python"
    cases: list[tuple[str, Path, Path]] = [
        (f"this checkout, {args.rows:,} tickets, CSV", ours, tickets_file(args.rows, "csv")),
        (
            f"this checkout, {args.rows:,} tickets, Parquet",
            ours,
            tickets_file(args.rows, "parquet"),
        ),
    ]
    if args.vs_checkout is not None:
        theirs = args.vs_checkout.resolve() / ".venv" / "bin" / "python"
        small = tickets_file(args.vs_rows, "csv")
        cases += [
            (f"this checkout, {args.vs_rows:,} tickets, CSV", ours, small),
            (f"{args.vs_checkout}, {args.vs_rows:,} tickets, CSV", theirs, small),
        ]
    runs: dict[str, list[Run]] = {name: [] for name, _, _ in cases}
    launcher = Launcher()
    with tempfile.TemporaryDirectory() as tmp:
        reports: dict[str, bytes] = {}
        for _ in range(args.repeat):
            for index, (name, python, tickets) in enumerate(cases):
                report = Path(tmp) / f"{index}.json"
                # Exit status 1: an objective was breached (the synthetic month breaches two).
                runs[name].append(launcher.run(comply(python, tickets, report), ok=(0, 1)))
                reports[name] = report.read_bytes()
    launcher.close()

    load = os.getloadavg()[0]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; load average {load:.1f} at the end"
    )
    print("| run | tickets file | wall (median) | CPU | peak memory | rounds (wall) |")
    print("|---|---|---|---|---|---|")
    for name, _, tickets in cases:
        figures = summary(runs[name])
        rounds = ", ".join(f"{r.wall:.2f}" for r in runs[name])
        size = tickets.stat().st_size / 1e6
        print(
            f"| {name} | {size:,.0f} MB | {figures['wall_s']:.2f} s | {figures['cpu_s']:.2f} s | "
            f"{figures['peak_mib']:,.0f} MiB | {rounds} s |"
        )
    if args.vs_checkout is not None:
        a, b = (runs[name] for name, _, _ in cases[2:])
        ratio = statistics.median(x.wall / y.wall for x, y in zip(a, b, strict=True))
        same = reports[cases[2][0]] == reports[cases[3][0]]
        print(f"this checkout / the other, {args.vs_rows:,} tickets: {ratio:.2f}× wall")
        print(f"the same report JSON: {'yes' if same else 'NO'}")
    for name, _, _ in cases[:2]:
        figures = summary(runs[name])
        met = figures["wall_s"] <= GOAL_S and figures["peak_mib"] <= GOAL_MIB
        print(f"goal (≤ {GOAL_S:.0f} s, ≤ 2 GiB) for {name}: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
