"""Benchmark: check a year of tickets (1,000,000 rows) against the customer-support preset.

    .venv/bin/python bench/compliance_bench.py [--rows N] [--keep FILE]

Generates synthetic tickets for 2026 (four priorities, Madrid business-hours calendar with public
holidays, one ticket in ten paused once, a few still open), writes them as CSV, then times
``compliance_report`` for one month (which still parses, measures and groups the whole year, for
the chronic-failure status) and prints the figures for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from pathlib import Path

import polars as pl

from slawriter.services.compliance import compliance_report, report_json
from slawriter.storage import load_agreement

ROOT = Path(__file__).resolve().parent.parent
PRESET = ROOT / "resources" / "presets" / "customer-support.sla.json"


def synthetic_tickets(rows: int, seed: int = 6) -> pl.DataFrame:
    """``rows`` tickets created across 2026 (UTC offsets written as +00:00)."""
    start = pl.datetime(2026, 1, 1, time_zone="UTC")
    year_s = 365 * 86_400
    idx = pl.int_range(rows, dtype=pl.Int64)
    # Cheap deterministic pseudo-random numbers from the row index (no numpy in the venv).
    rnd = (idx * 2_654_435_761 + seed) % 4_294_967_291
    rnd2 = (idx * 40_503 + seed * 7) % 1_000_003
    created = start + pl.duration(seconds=(rnd % year_s))
    response = created + pl.duration(minutes=(rnd2 % 600) + 1)
    resolved = response + pl.duration(minutes=(rnd % 7_000) + 10)
    paused = (idx % 10) == 0
    iso = "%Y-%m-%dT%H:%M:%S%:z"
    frame = pl.select(
        pl.format("T-{}", idx).alias("id"),
        pl.concat_str(pl.lit("P"), (rnd2 % 4 + 1).cast(pl.String)).alias("priority"),
        created.dt.strftime(iso).alias("created_at"),
        response.dt.strftime(iso).alias("first_response_at"),
        pl.when((idx % 997) == 0)
        .then(pl.lit(""))
        .otherwise(resolved.dt.strftime(iso))
        .alias("resolved_at"),
        pl.when(paused)
        .then(
            pl.concat_str(
                (response + pl.duration(minutes=5)).dt.strftime(iso),
                pl.lit("/"),
                (response + pl.duration(minutes=65)).dt.strftime(iso),
            )
        )
        .otherwise(pl.lit(""))
        .alias("paused"),
    )
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--period", default="2026-06")
    parser.add_argument("--keep", type=Path, help="also keep the generated CSV here")
    args = parser.parse_args()

    agreement = load_agreement(PRESET)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "tickets.csv"
        t0 = time.perf_counter()
        synthetic_tickets(args.rows).write_csv(path)
        generated = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6

        timings: list[float] = []
        report = None
        for _ in range(3):
            t1 = time.perf_counter()
            report = compliance_report(agreement, args.period, tickets=path)
            timings.append(time.perf_counter() - t1)
        assert report is not None
        t2 = time.perf_counter()
        text = report_json(report)
        json_s = time.perf_counter() - t2

    cpu = platform.processor() or platform.machine()
    print(
        f"machine: {platform.node()} · {cpu} · {os.cpu_count()} CPUs · Python "
        f"{platform.python_version()} · polars {pl.__version__}"
    )
    print(f"tickets: {args.rows:,} rows, {size_mb:.0f} MB CSV (generated in {generated:.1f} s)")
    print(
        f"compliance_report {args.period}: best {min(timings):.2f} s, "
        f"runs {', '.join(f'{t:.2f}' for t in timings)} s"
    )
    print(f"report_json: {json_s * 1000:.0f} ms ({len(text):,} characters)")
    for o in report.objectives:
        if o.source == "tickets":
            print(
                f"  {o.id}: {o.counted:,} tickets counted in {args.period}, "
                f"{o.breach_count:,} breaches, attainment {float(o.attainment or 0):.3f} %"
            )
    limit = 10.0
    best = min(timings)
    print("OK: under 10 s" if best < limit else f"SLOW: {best:.2f} s >= {limit} s")


if __name__ == "__main__":
    main()
