"""Was the agreement kept? The compliance report of one month (issue 6, section 4).

``compliance_report(agreement, "2026-03", tickets=..., incidents=..., metrics=...)`` reads the
month's data and says, for each objective: the attainment, whether the target was met, the
evidence of each breach, the service credit owed and the chronic-failure status. ``report_json``
and ``report_pdf`` give the same figures as JSON and as a PDF in the contract's style.

Input files (UTF-8 CSV with a header row; map other column names with ``column_map``, a dict from
the standard name to the name in your file, e.g. ``{"created_at": "Created"}``). The tickets file
may also be Parquet (named ``.parquet``, or starting with ``PAR1``): the same columns, the times
as timestamps (without a time zone: on the agreement's wall clock) or as text; its rows are
named from row 1. It is read as a stream (``tickets.py``), so a year of a large helpdesk — ten
million tickets — fits in memory:

- **Tickets**: ``id,priority,created_at,first_response_at,resolved_at`` and optionally
  ``paused``: the ticket's pause intervals as ``start/end`` ISO 8601 pairs separated by ``;``
  (``2026-03-02T10:00+01:00/2026-03-02T12:00+01:00;…``). ``priority`` matches a priority's ID or
  name (any case) and is required when the agreement has priorities.
- **Incidents**: ``start,end`` and optionally ``excluded``, ``id``, ``description``. ``excluded``
  is empty/no/false (downtime), yes/true/1 (excluded), or a reason: an exclusion ID or kind of
  the agreement, or ``maintenance`` for scheduled maintenance (rows for maintenance windows are
  written this way). An empty ``end`` is an incident still open at the end of the period.
- **Metrics**: ``objective,period,value`` — objective ID, ``YYYY-MM`` (monthly and rolling
  windows), ``YYYY-Qn`` (quarterly) or ``YYYY`` (yearly), and a number in the target's unit
  (for availability, the percentage).

Timestamps are ISO 8601; with no UTC offset they are read on the agreement's wall clock.

Rules:

- The period is the calendar month on the agreement's wall clock (its time zone), so a month
  with a daylight-saving change is an hour shorter or longer.
- **Tickets** count in the month in which they were **created** (a ticket opened on 31 January
  and resolved on 2 February belongs to January). Response objectives (first response, lead
  follow-up) stop at ``first_response_at``; resolution and implementation objectives stop at
  ``resolved_at``. Each ticket's target is its priority's (else the objective's main target);
  a priority marked **best effort** has no target, so its tickets are counted in no breach (the
  report says how many there were).
  Minutes, hours and days are elapsed time; business hours run on the objective's calendar;
  N business days follow ``BusinessClock.add_business_days``. Pauses are subtracted (in the
  same kind of time) when the objective's clock rules say the clock pauses (its "pause" rule is
  not empty or "never"). An open ticket already past its target counts as missed; one not yet
  due is pending and not counted. "Now" for open tickets is the latest time in the tickets file,
  or ``as_of``. Attainment is the share of counted tickets that met their target, pooled over
  priorities (each priority's share is shown too); the objective is met when it reaches the
  objective's "share that must meet the target" (100 % when empty).
- **Availability** = (eligible − downtime) / eligible, where eligible = minutes in the month −
  excluded minutes (scheduled maintenance and excluded incidents) and downtime = the union of
  counted incidents, clipped to the month, less any time inside an excluded span. With no
  exclusions a 31-day month with 60 minutes down is (44,640 − 60) / 44,640 = 99.866 %. If the
  agreement counts maintenance as downtime (``excluded_from_downtime`` false), maintenance rows
  are downtime.
- **Other objectives** (volumes, money, scores, percentages such as CSAT) take their value from
  the metrics file and compare it with the target; a monthly ticket volume with no metrics row
  is the number of tickets created in the month. Credit tiers apply to percentages only.
- **Volumes**: a *commitment* is a floor (less is a breach). A *capacity* is a ceiling the
  provider absorbs: it is never a breach, fewer or more; above it, the tickets received after
  the capacity was reached (in order of creation, in the listed priorities) are not measured
  against the objectives the capacity suspends, and those objectives say how many were left out.
- **Escalation**: for each level with a threshold as a share of the time allowed, the number of
  the month's tickets whose measured time reached that share of their own target.
- **Credits**: the tier with at_least ≤ attainment < below gives its credit; the objectives'
  credits are added and capped at ``credit_cap_percent`` (else 100 %), and turned into money
  when the monthly fee is set. A cap over the subscription period or contract year
  (``credit_cap_term_percent`` of that period's fees = that percentage × its months of the
  monthly fee) is applied too, less the credits of earlier months of the same period found in
  ``history`` (``Report`` objects); the subscription period runs from the effective date for the
  initial term, then for each renewal period.
- **Chronic failure**: per objective, the number of missed periods among the last ``out_of``
  (the report's and the previous ones). Earlier months come from the data files when they
  cover them (tickets created then, metrics rows, incidents files from their first incident
  onward) and otherwise from ``history`` (earlier ``Report`` objects, or
  ``{"2026-01": {"objective-id": False}}``, False/"breached" = missed).
"""

from __future__ import annotations

from ...model.compliance import (
    ChronicStatus,
    DowntimeSpan,
    ExcludedSpan,
    Note,
    ObjectiveResult,
    PeriodStatus,
    PriorityResult,
    Report,
    TargetSpec,
    TicketBreach,
)
from .compute import MAX_EVIDENCE, PeriodError, compliance_report, month_bounds
from .inputs import ColumnMapError, ComplianceDataError, parse_column_map
from .output import report_dict, report_html, report_json, report_pdf, write_report

__all__ = [
    "MAX_EVIDENCE",
    "ChronicStatus",
    "ColumnMapError",
    "ComplianceDataError",
    "DowntimeSpan",
    "ExcludedSpan",
    "Note",
    "ObjectiveResult",
    "PeriodError",
    "PeriodStatus",
    "PriorityResult",
    "Report",
    "TargetSpec",
    "TicketBreach",
    "compliance_report",
    "month_bounds",
    "parse_column_map",
    "report_dict",
    "report_html",
    "report_json",
    "report_pdf",
    "write_report",
]
