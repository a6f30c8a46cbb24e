"""``slawriter comply FILE --example DIR``: a small tickets, incidents and metrics file for FILE.

The samples show the formats the compliance check reads (``slawriter comply --help``) with the
agreement's own priorities and objectives, for one month, so that a first run of ``comply`` on
them works and the files can be copied and filled with real data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

from ...model.agreement import Agreement, ExclusionKind, MetricKind
from ...storage import write_output
from .compute import _TICKET_METRICS, _window_key, month_bounds

NAMES = {"tickets": "tickets.csv", "incidents": "incidents.csv", "metrics": "metrics.csv"}


def _when(day: dt.datetime, hours: float) -> str:
    return (day + dt.timedelta(hours=hours)).isoformat(timespec="minutes")


def _weekday_at_ten(start: dt.datetime, tz: ZoneInfo, skip: int) -> dt.datetime:
    """The ``skip``-th Tuesday-to-Thursday of the month at 10:00 on the agreement's clock."""
    day = start.date()
    found = -1
    while True:
        if day.weekday() in (1, 2, 3):
            found += 1
            if found == skip:
                return dt.datetime.combine(day, dt.time(10), tzinfo=tz)
        day += dt.timedelta(days=1)


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def example_files(agreement: Agreement, period: str) -> dict[str, bytes]:
    """The sample files for ``agreement`` and ``period`` (YYYY-MM), by file name."""
    tz = ZoneInfo(agreement.agreement.time_zone)
    start, _end = month_bounds(period, tz)
    levels = agreement.service_levels
    priorities = [p.name or p.id for p in levels.priorities] or [""]
    tickets: list[list[str]] = []
    for index, priority in enumerate(priorities):
        opened = _weekday_at_ten(start, tz, index)
        paused = ""
        if index == 0:
            paused = f"{_when(opened, 0.5)}/{_when(opened, 0.75)}"
        tickets.append(
            [f"T-{index + 1:03d}", priority, _when(opened, 0), _when(opened, 0.25), "", paused]
        )
        tickets[-1][4] = _when(opened, 1)
    maintenance = _weekday_at_ten(start, tz, 4).replace(hour=2)
    outage = _weekday_at_ten(start, tz, 5)
    limits = agreement.limitations
    has_maintenance = limits.maintenance is not None or any(
        e.kind is ExclusionKind.SCHEDULED_MAINTENANCE for e in limits.exclusions
    )
    planned = "maintenance" if has_maintenance else "yes"
    incidents = [
        [_when(maintenance, 0), _when(maintenance, 1), planned, "M-1", "Planned work, excluded"],
        [_when(outage, 0), _when(outage, 0.1), "", "I-1", "Six minutes down"],
    ]
    metrics = [
        [o.id, _window_key(period, o.window.kind), str(o.target.value)]
        for o in levels.objectives
        if o.metric is not MetricKind.AVAILABILITY and o.metric not in _TICKET_METRICS
    ]
    return {
        NAMES["tickets"]: _csv(
            ["id", "priority", "created_at", "first_response_at", "resolved_at", "paused"],
            tickets,
        ),
        NAMES["incidents"]: _csv(["start", "end", "excluded", "id", "description"], incidents),
        NAMES["metrics"]: _csv(["objective", "period", "value"], metrics),
    }


def write_examples(agreement: Agreement, period: str, folder: Path) -> list[Path]:
    """Write :func:`example_files` into ``folder`` (made if needed); returns the paths."""
    written = []
    for name, data in example_files(agreement, period).items():
        target = folder / name
        write_output(target, data)
        written.append(target)
    return written
