"""Compute the compliance report: each objective's attainment, verdict, evidence and credit."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl

from ...model.agreement import (
    Agreement,
    CapBasis,
    Comparator,
    ExclusionKind,
    MetricKind,
    Objective,
    Target,
    TargetUnit,
    VolumeKind,
    WindowKind,
)
from ...model.business_time import BusinessClock, CalendarError, CalendarMessage, clock_for
from ...model.compliance import (
    ChronicStatus,
    DowntimeSpan,
    EscalationCount,
    ExcludedSpan,
    Note,
    ObjectiveResult,
    PeriodStatus,
    PriorityResult,
    Report,
    Status,
    TargetSpec,
    TicketBreach,
)
from ...model.messages import Message, word
from ...render.documents.report import CONTRACT_YEAR, SUBSCRIPTION_PERIOD, note
from ..documents import require_valid
from .inputs import (
    ComplianceDataError,
    Incidents,
    Metrics,
    excluded_flag,
    line_number,
    line_of,
    read_incidents,
    read_metrics,
)
from .messages import ComplianceHint as H
from .messages import ComplianceMessage as M
from .messages import PeriodError, at_cell
from .tickets import Tickets, read_tickets
from .timeaxis import US_PER_MINUTE, BusinessAxis, from_us, to_us

History = Iterable[Report] | Mapping[str, Mapping[str, bool | str]]
Progress = Callable[[float], None]

MAX_EVIDENCE = 200
"""Breached tickets listed per objective (all are counted; the JSON and PDF list the first)."""

_TICKET_METRICS: dict[MetricKind, str] = {
    MetricKind.FIRST_RESPONSE_TIME: "first_response_at",
    MetricKind.LEAD_FOLLOW_UP_TIME: "first_response_at",
    MetricKind.RESOLUTION_TIME: "resolved_at",
    MetricKind.IMPLEMENTATION_TIME: "resolved_at",
}
_ELAPSED = {TargetUnit.MINUTES: 1, TargetUnit.HOURS: 60, TargetUnit.DAYS: 1440}
_NO_PAUSE = frozenset({"", "never", "nunca", "no", "none", "ninguna", "-"})
_MAINTENANCE_WORDS = frozenset({"maintenance", "scheduled_maintenance", "mantenimiento"})
_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_PLACES = Decimal("0.001")


# ---------------------------------------------------------------------------------------------
# Periods


def month_bounds(period: str, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The month ``YYYY-MM`` as [start, end) on the agreement's wall clock (aware datetimes)."""
    match = _PERIOD.match(period.strip())
    if not match:
        raise PeriodError(M.NOT_A_MONTH, period=period)
    year, month = int(match[1]), int(match[2])
    if not 1900 <= year <= 2200:
        raise PeriodError(M.OUTSIDE_YEARS, period=period)
    start = dt.datetime(year, month, 1, tzinfo=tz)
    nxt = dt.datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=tz)
    return start, nxt


def _shift_month(period: str, months: int) -> str:
    year, month = int(period[:4]), int(period[5:7])
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _window_key(period: str, kind: WindowKind) -> str:
    if kind is WindowKind.QUARTER:
        return f"{period[:4]}-Q{(int(period[5:7]) - 1) // 3 + 1}"
    if kind is WindowKind.YEAR:
        return period[:4]
    return period


def _window_keys(period: str, kind: WindowKind, count: int) -> list[str]:
    """The ``count`` windows ending with the one holding ``period``, oldest first."""
    step = {WindowKind.QUARTER: 3, WindowKind.YEAR: 12}.get(kind, 1)
    return [_window_key(_shift_month(period, -step * i), kind) for i in reversed(range(count))]


# ---------------------------------------------------------------------------------------------
# Small helpers


def _minutes(us: int) -> Decimal:
    return Decimal(us) / Decimal(US_PER_MINUTE)


def _round(value: Decimal) -> Decimal:
    return value.quantize(_PLACES, rounding=ROUND_HALF_EVEN)


def _spec(target: Target) -> TargetSpec:
    return TargetSpec(target.comparator.value, target.value, target.unit.value)


def _compare(value: Decimal, comparator: Comparator, target: Decimal) -> bool:
    if comparator is Comparator.GTE:
        return value >= target
    if comparator is Comparator.GT:
        return value > target
    if comparator is Comparator.LTE:
        return value <= target
    return value < target


def _compare_expr(value: pl.Expr, comparator: pl.Expr, target: pl.Expr) -> pl.Expr:
    return (
        pl.when(comparator == "lte")
        .then(value <= target)
        .when(comparator == "lt")
        .then(value < target)
        .when(comparator == "gte")
        .then(value >= target)
        .otherwise(value > target)
    )


@dataclass(frozen=True, slots=True)
class _Suspension:
    """Tickets beyond a capacity, whose targets in another objective do not apply."""

    capacity: Objective
    suspended: pl.Expr
    """True for a ticket beyond the capacity in its month, in the priorities it suspends."""
    in_period: int


@dataclass(frozen=True, slots=True)
class _Span:
    """The earliest creation and the latest of each stop column over the whole tickets file."""

    created: int
    created_last: int
    stops: dict[str, int | None]
    open: dict[str, bool]


@dataclass(slots=True)
class _Context:
    agreement: Agreement
    period: str
    tz: ZoneInfo
    start_us: int
    end_us: int
    tickets: Tickets | None
    incidents: Incidents | None
    metrics: Metrics | None
    as_of_us: int | None
    history: dict[str, dict[str, Status]]
    axes: dict[str, BusinessAxis] = field(default_factory=dict)
    ticket_frame: pl.DataFrame | None = None
    """The tickets of the months the report looks at (:func:`_months_needed`)."""
    ticket_span: _Span | None = None
    incident_rows: list[_Incident] = field(default_factory=list)
    month_cache: dict[str, tuple[int, int]] = field(default_factory=dict)
    suspended: dict[str, list[_Suspension]] = field(default_factory=dict)

    def bounds(self, period: str) -> tuple[int, int]:
        cached = self.month_cache.get(period)
        if cached is None:
            start, end = month_bounds(period, self.tz)
            cached = (to_us(start), to_us(end))
            self.month_cache[period] = cached
        return cached


# ---------------------------------------------------------------------------------------------
# Entry point


def compliance_report(
    agreement: Agreement,
    period: str,
    *,
    tickets: Path | str | None = None,
    incidents: Path | str | None = None,
    metrics: Path | str | None = None,
    column_map: Mapping[str, str] | None = None,
    history: History | None = None,
    as_of: dt.datetime | None = None,
    progress: Progress | None = None,
    source: Path | str | None = None,
) -> Report:
    """Check ``agreement`` against a month of data; see the package docstring for the rules.

    Raises ``InvalidAgreement`` (a ``DocumentError`` whose messages name ``source``) for an
    agreement that ``validate`` rejects, before any data file is read;
    :class:`ComplianceDataError` (a ``DocumentError``) for a bad data file,
    :class:`PeriodError` for a bad ``period``, and ``CalendarError`` for an unusable calendar.
    """
    require_valid(agreement, source)
    report_progress = progress or (lambda _fraction: None)
    report_progress(0.0)
    tz = ZoneInfo(agreement.agreement.time_zone)
    start, end = month_bounds(period, tz)
    period = period.strip()
    time_zone = agreement.agreement.time_zone
    ticket_data = read_tickets(Path(tickets), time_zone, column_map) if tickets else None
    report_progress(0.25)
    incident_data = read_incidents(Path(incidents), time_zone, column_map) if incidents else None
    metric_data = read_metrics(Path(metrics), column_map) if metrics else None
    report_progress(0.35)

    if as_of is not None:
        as_of_us: int | None = to_us(as_of)
    else:
        candidates = [t.latest for t in (ticket_data,) if t is not None and t.latest is not None]
        as_of_us = max(candidates) if candidates else None
    ctx = _Context(
        agreement=agreement,
        period=period,
        tz=tz,
        start_us=to_us(start),
        end_us=to_us(end),
        tickets=ticket_data,
        incidents=incident_data,
        metrics=metric_data,
        as_of_us=as_of_us,
        history=_history(history),
    )
    if metric_data is not None:
        _check_metric_objectives(ctx, metric_data)
    if ticket_data is not None:
        # Only the months the report uses are measured; the rest of the file is let go.
        ctx.ticket_span = _span(ticket_data.frame)
        ctx.ticket_frame = _canonical_priorities(ctx, ticket_data, _months_needed(ctx))
        ctx.tickets = replace(ticket_data, frame=ctx.ticket_frame)
        del ticket_data
        ctx.suspended = _suspensions(ctx, ctx.ticket_frame)
    if incident_data is not None:
        ctx.incident_rows = _incident_rows(ctx)

    objectives = agreement.service_levels.objectives
    results: list[ObjectiveResult] = []
    for index, objective in enumerate(objectives):
        results.append(_objective(ctx, objective))
        report_progress(0.35 + 0.6 * (index + 1) / max(len(objectives), 1))

    consequences = agreement.consequences
    before_cap = sum((r.credit_percent for r in results), Decimal(0))
    cap = consequences.credit_cap_percent
    capped = min(before_cap, cap) if cap is not None else before_cap
    capped = min(capped, Decimal(100)) if cap is None else capped
    notes: list[Note] = []
    if cap is not None and before_cap > cap:
        notes.append(note("capped", before=_plain(before_cap), cap=_plain(cap)))
    term_cap = _term_cap(ctx, history) if consequences.credit_cap_term_percent is not None else None
    if term_cap is not None:
        notes.extend(term_cap.notes)
        if capped > term_cap.remaining:
            notes.append(
                note(
                    "capped_term",
                    before=_plain(capped),
                    left=_plain(term_cap.remaining),
                    term=term_cap.label,
                    cap=_plain(consequences.credit_cap_term_percent or Decimal(0)),
                )
            )
            capped = term_cap.remaining
    fee = consequences.monthly_fee
    amount = (capped * fee / 100).quantize(Decimal("0.01")) if fee is not None else None
    chronic = [r.id for r in results if r.chronic is not None and r.chronic.triggered]
    inputs = {
        name: str(path)
        for name, path in (("tickets", tickets), ("incidents", incidents), ("metrics", metrics))
        if path
    }
    info = agreement.agreement
    report = Report(
        period=period,
        period_start=start,
        period_end=end,
        time_zone=time_zone,
        as_of=from_us(as_of_us).astimezone(tz) if as_of_us is not None else None,
        agreement_title=info.title,
        document_id=info.document_id,
        version=info.version,
        language=info.language.value,
        currency=info.currency,
        objectives=results,
        credit_percent_before_cap=before_cap,
        credit_cap_percent=cap,
        credit_cap_term_percent=consequences.credit_cap_term_percent,
        credit_cap_term=consequences.credit_cap_term.value,
        credit_term_start=term_cap.start if term_cap else None,
        credit_term_months=term_cap.months if term_cap else None,
        credit_earlier_in_term=term_cap.earlier if term_cap else None,
        credit_term_remaining=term_cap.remaining if term_cap else None,
        credit_percent=capped,
        monthly_fee=fee,
        credit_amount=amount,
        chronic_failure=bool(chronic),
        chronic_objectives=chronic,
        inputs=inputs,
        notes=notes,
    )
    report_progress(1.0)
    return report


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _history(history: History | None) -> dict[str, dict[str, Status]]:
    out: dict[str, dict[str, Status]] = {}
    if history is None:
        return out
    if isinstance(history, Mapping):
        for period, entries in history.items():
            for objective_id, value in entries.items():
                status: Status
                if isinstance(value, bool):
                    status = "met" if value else "breached"
                elif value in ("met", "breached", "no_data"):
                    status = value  # type: ignore[assignment]
                else:
                    raise ValueError(
                        f"history for {period}, objective '{objective_id}': '{value}' is not "
                        "met, breached or no_data"
                    )
                out.setdefault(period, {})[objective_id] = status
        return out
    for report in history:
        for result in report.objectives:
            out.setdefault(report.period, {})[result.id] = result.status
    return out


def _check_metric_objectives(ctx: _Context, metrics: Metrics) -> None:
    known = {o.id for o in ctx.agreement.service_levels.objectives}
    unknown = metrics.frame.filter(~pl.col("objective").is_in(sorted(known)))
    if unknown.height:
        row = unknown.row(0, named=True)
        hint = (
            Message(H.USE_OBJECTIVE, {"objectives": ", ".join(sorted(known))})
            if known
            else Message(H.USE_OBJECTIVE_NONE)
        )
        raise ComplianceDataError(
            metrics.path,
            M.NO_SUCH_OBJECTIVE,
            objective=row["objective"],
            where=at_cell(line_number(row["line"]), "objective"),
            hint=hint,
        )
    by_id = {o.id: o for o in ctx.agreement.service_levels.objectives}
    forms = {
        WindowKind.MONTH: (WindowKind.MONTH, "YYYY-MM", r"^\d{4}-\d{2}$"),
        WindowKind.ROLLING_DAYS: (WindowKind.MONTH, "YYYY-MM", r"^\d{4}-\d{2}$"),
        WindowKind.QUARTER: (WindowKind.QUARTER, "YYYY-Qn", r"^\d{4}-Q[1-4]$"),
        WindowKind.YEAR: (WindowKind.YEAR, "YYYY", r"^\d{4}$"),
    }
    for row in metrics.frame.iter_rows(named=True):
        objective = by_id[row["objective"]]
        window, form, pattern = forms[objective.window.kind]
        if not re.match(pattern, row["period"]):
            # A monthly row for a quarterly objective was silently never read.
            raise ComplianceDataError(
                metrics.path,
                M.PERIOD_NOT_OF_WINDOW,
                objective=objective.id,
                window=word(window),
                form=form,
                value=row["period"],
                where=at_cell(line_number(row["line"]), "period"),
            )
        impossible = _impossible_value(objective, Decimal(repr(row["value"])))
        if impossible is not None:
            raise ComplianceDataError(
                metrics.path,
                impossible,
                value=_plain(Decimal(repr(row["value"]))),
                objective=objective.id,
                where=at_cell(line_number(row["line"]), "value"),
            )
    # A ticket time objective with a target per priority has no one number to compare: a value
    # would be compared with the target for requests without a priority, which is not the
    # objective the contract states.
    per_priority = sorted(
        o.id
        for o in ctx.agreement.service_levels.objectives
        if o.metric in _TICKET_METRICS and any(pt.target is not None for pt in o.priority_targets)
    )
    rows = metrics.frame.filter(pl.col("objective").is_in(per_priority))
    if rows.height:
        row = rows.row(0, named=True)
        raise ComplianceDataError(
            metrics.path,
            M.PER_PRIORITY_NOT_ONE_VALUE,
            objective=row["objective"],
            where=at_cell(line_number(row["line"]), "objective"),
            hint=Message(H.GIVE_TICKETS),
        )


def _canonical_priorities(ctx: _Context, tickets: Tickets, months: list[str]) -> pl.DataFrame:
    """The tickets created in ``months``, with ``prio`` = the agreement's priority ID (matched on
    ID or name, any case) and ``month``, the month of creation on the agreement's wall clock
    (:func:`_month_number`). A priority the agreement does not have is refused in any month."""
    priorities = ctx.agreement.service_levels.priorities
    frame = tickets.frame.with_columns(_month_expr(pl.col("created_at"), ctx.tz).alias("month"))
    in_months = pl.col("month").is_in([_month_number(m) for m in months])
    if not priorities:
        return frame.filter(in_months).with_columns(pl.lit("").alias("prio"))
    lookup: dict[str, str] = {}
    for p in priorities:
        if p.name:
            lookup[p.name.strip().lower()] = p.id
    for p in priorities:
        lookup[p.id.lower()] = p.id
    # A ticket without a priority is measured against the objective's main target, as the
    # contract says ("requests without a priority are subject to a target of …").
    lookup[""] = ""
    # Each distinct value as written is matched once; the column is then one lookup per row.
    written = frame.select(pl.col("priority").fill_null("").unique())
    matched = written.with_columns(
        pl.col("priority")
        .str.strip_chars()
        .str.to_lowercase()
        .replace_strict(lookup, default=None, return_dtype=pl.String)
        .alias("prio")
    ).drop_nulls("prio")
    unknown = frame.filter(~pl.col("priority").fill_null("").is_in(matched["priority"].implode()))
    if unknown.height:
        row = unknown.row(0, named=True)
        known = ", ".join(p.id for p in priorities)
        what = (
            Message(M.NOT_A_PRIORITY, {"value": row["priority"]})
            if row["priority"]
            else Message(M.NO_PRIORITY)
        )
        raise ComplianceDataError(
            tickets.path,
            what,
            where=tickets.rows.cell(row["line"], "priority"),
            hint=Message(H.USE_PRIORITY, {"priorities": known}),
        )
    return frame.filter(in_months).with_columns(
        pl.col("priority")
        .fill_null("")
        .replace_strict(matched["priority"], matched["prio"], return_dtype=pl.String)
        .alias("prio"),
    )


def _span(frame: pl.DataFrame) -> _Span:
    stops: dict[str, int | None] = {}
    for column in set(_TICKET_METRICS.values()):
        value = frame[column].max()
        stops[column] = None if value is None else int(value)  # type: ignore[arg-type]
    is_open = {c: bool(frame[c].null_count()) for c in stops}
    first, last = frame["created_at"].min(), frame["created_at"].max()
    return _Span(int(first or 0), int(last or 0), stops, is_open)  # type: ignore[arg-type]


def _span_of(ctx: _Context, stop_column: str, as_of: int) -> tuple[int, int]:
    """The earliest creation and latest stop (an open ticket stops at ``as_of``) in the file."""
    span = ctx.ticket_span
    assert span is not None
    latest = [span.created_last]
    stop = span.stops[stop_column]
    if stop is not None:
        latest.append(stop)
    if span.open[stop_column]:
        latest.append(as_of)
    return span.created, max(latest)


def _months_needed(ctx: _Context) -> list[str]:
    """The months whose tickets the report uses: its own, and those its chronic-failure status
    looks back on. (Tickets of other months change no figure, so they are not measured.)"""
    months = {ctx.period}
    rule = ctx.agreement.consequences.chronic_failure
    if rule is not None:
        for objective in ctx.agreement.service_levels.objectives:
            keys = _window_keys(ctx.period, objective.window.kind, rule.out_of)
            months.update(k for k in keys if _PERIOD.match(k))
    return sorted(months)


# ---------------------------------------------------------------------------------------------
# One objective


def _objective(ctx: _Context, objective: Objective) -> ObjectiveResult:
    result = ObjectiveResult(
        id=objective.id,
        name=objective.name or objective.id,
        metric=objective.metric.value,
        source="none",
        target=_spec(objective.target),
        window=objective.window.kind.value,
    )
    statuses: dict[str, Status] = {}
    stop_column = _TICKET_METRICS.get(objective.metric)
    is_time = objective.target.unit.is_time or any(
        pt.target.unit.is_time for pt in objective.priority_targets if pt.target is not None
    )
    metric_row = _metric_value(ctx, objective, _window_key(ctx.period, objective.window.kind))
    if objective.volume is not None:
        result.volume = objective.volume.value
    if (
        objective.metric is MetricKind.TICKET_VOLUME
        and metric_row is None
        and ctx.ticket_frame is not None
        and objective.window.kind is WindowKind.MONTH
    ):
        result.source = "tickets"
        statuses = _ticket_count(ctx, objective, result)
    elif objective.metric is MetricKind.AVAILABILITY and ctx.incidents is not None:
        result.source = "incidents"
        statuses = _availability(ctx, objective, result)
    elif stop_column is not None and is_time and ctx.ticket_frame is not None:
        result.source = "tickets"
        statuses = _ticket_objective(ctx, objective, result, stop_column)
    elif metric_row is not None or ctx.metrics is not None:
        result.source = "metrics"
        statuses = _metric_objective(ctx, objective, result)
    if result.source in ("tickets", "incidents") and objective.window.kind is not WindowKind.MONTH:
        result.notes.append(note("window", window=objective.window.kind.value.replace("_", " ")))
    if objective.volume is VolumeKind.CAPACITY:
        statuses = _capacity(ctx, objective, result, statuses)
    if result.status == "no_data" and not result.notes:
        result.notes.append(note("no_data"))
    _credit(ctx, objective, result)
    result.chronic = _chronic(ctx, objective, statuses)
    return result


def _credit(ctx: _Context, objective: Objective, result: ObjectiveResult) -> None:
    tiers = [t for t in ctx.agreement.consequences.credit_tiers if t.objective == objective.id]
    if not tiers or result.status == "no_data" or result.attainment is None:
        return
    if result.attainment_unit != "percent":
        result.notes.append(note("tiers_not_percent"))
        return
    for tier in sorted(tiers, key=lambda t: t.below, reverse=True):
        if tier.at_least <= result.attainment < tier.below:
            result.credit_tier = tier.id
            result.credit_percent = tier.credit_percent
            return


def _chronic(
    ctx: _Context, objective: Objective, statuses: Mapping[str, Status]
) -> ChronicStatus | None:
    rule = ctx.agreement.consequences.chronic_failure
    if rule is None:
        return None
    keys = _window_keys(ctx.period, objective.window.kind, rule.out_of)
    periods: list[PeriodStatus] = []
    for key in keys:
        status = statuses.get(key, "no_data")
        if status != "no_data":
            periods.append(PeriodStatus(key, status, "data"))
            continue
        past = ctx.history.get(key, {}).get(objective.id)
        if past is not None and past != "no_data":
            periods.append(PeriodStatus(key, past, "history"))
        else:
            periods.append(PeriodStatus(key, "no_data", "none"))
    missed = sum(1 for p in periods if p.status == "breached")
    return ChronicStatus(
        periods=tuple(periods),
        missed=missed,
        missed_limit=rule.missed_periods,
        out_of=rule.out_of,
        triggered=missed >= rule.missed_periods,
    )


# ---------------------------------------------------------------------------------------------
# Metrics: a value per objective and period


def _impossible_value(objective: Objective, value: Decimal) -> M | None:
    """Why ``value`` cannot be a measurement of ``objective`` (None when it can)."""
    unit = objective.target.unit
    if objective.metric is MetricKind.NPS:
        return None if Decimal(-100) <= value <= Decimal(100) else M.VALUE_NOT_NPS
    if unit is TargetUnit.PERCENT and not Decimal(0) <= value <= Decimal(100):
        return M.VALUE_NOT_PERCENT
    if unit is TargetUnit.COUNT and (value < 0 or value != value.to_integral_value()):
        return M.VALUE_NOT_COUNT
    if (unit is TargetUnit.MONEY or unit.is_time) and value < 0:
        return M.VALUE_NEGATIVE
    return None


def _metric_value(ctx: _Context, objective: Objective, key: str) -> float | None:
    if ctx.metrics is None:
        return None
    rows = ctx.metrics.frame.filter(
        (pl.col("objective") == objective.id) & (pl.col("period") == key)
    )
    return float(rows["value"][0]) if rows.height else None


def _metric_objective(
    ctx: _Context, objective: Objective, result: ObjectiveResult
) -> dict[str, Status]:
    target = objective.target
    result.attainment_unit = (
        "percent" if objective.metric is MetricKind.AVAILABILITY else target.unit.value
    )
    statuses: dict[str, Status] = {}
    assert ctx.metrics is not None
    rows = ctx.metrics.frame.filter(pl.col("objective") == objective.id)
    for key, value in zip(rows["period"].to_list(), rows["value"].to_list(), strict=True):
        met = _compare(Decimal(repr(value)), target.comparator, target.value)
        statuses[key] = "met" if met else "breached"
    key = _window_key(ctx.period, objective.window.kind)
    value = _metric_value(ctx, objective, key)
    if value is None:
        result.notes.append(note("no_metric", key=key))
        return statuses
    result.attainment = Decimal(repr(value))
    result.status = statuses[key]
    if result.status == "breached":
        result.breach_count = 1
    return statuses


# ---------------------------------------------------------------------------------------------
# Availability from incidents


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _subtract(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt: list[tuple[int, int]] = []
            for ps, pe in pieces:
                if he <= ps or hs >= pe:
                    nxt.append((ps, pe))
                    continue
                if hs > ps:
                    nxt.append((ps, hs))
                if he < pe:
                    nxt.append((he, pe))
            pieces = nxt
        out.extend(pieces)
    return out


@dataclass(frozen=True, slots=True)
class _Incident:
    start: int
    end: int | None
    counted: bool
    reason: str
    label: str


def _incident_rows(ctx: _Context) -> list[_Incident]:
    """The incidents with their verdict: counted as downtime, or excluded and why."""
    assert ctx.incidents is not None
    agreement = ctx.agreement
    maintenance = agreement.limitations.maintenance
    exclusions = agreement.limitations.exclusions
    by_id = {e.id.lower(): e.id for e in exclusions}
    kinds = {e.kind.value: e.kind.value for e in exclusions}
    has_maintenance = maintenance is not None or any(
        e.kind is ExclusionKind.SCHEDULED_MAINTENANCE for e in exclusions
    )
    frame = ctx.incidents.frame
    # Decide once per distinct value of the column, not per row.
    verdicts: dict[str, tuple[bool, str]] = {}
    for value in frame["excluded"].unique().to_list():
        flag = excluded_flag(value)
        if flag is not None:
            verdicts[value] = (not flag, "excluded" if flag else "")
            continue
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        if key in _MAINTENANCE_WORDS and has_maintenance:
            counted = maintenance is not None and not maintenance.excluded_from_downtime
            verdicts[value] = (counted, "scheduled_maintenance")
        elif value.strip().lower() in by_id:
            verdicts[value] = (False, by_id[value.strip().lower()])
        elif key in kinds:
            verdicts[value] = (False, kinds[key])
        else:
            row = frame.filter(pl.col("excluded") == value).row(0, named=True)
            allowed = sorted(
                {*by_id.values(), *kinds, *(["maintenance"] if has_maintenance else [])}
            )
            hint = (
                Message(H.WRITE_EXCLUSION, {"reasons": ", ".join(allowed)})
                if allowed
                else Message(H.WRITE_EXCLUSION_NONE)
            )
            raise ComplianceDataError(
                ctx.incidents.path,
                M.NOT_AN_EXCLUSION,
                value=value,
                where=at_cell(line_number(row["line"]), "excluded"),
                hint=hint,
            )
    rows: list[_Incident] = []
    for line, start, end, excluded, ident in frame.select(
        "line", "start", "end", "excluded", "id"
    ).iter_rows():
        counted, reason = verdicts[excluded]
        rows.append(_Incident(start, end, counted, reason, ident or line_of(line)))
    return rows


def _availability(
    ctx: _Context, objective: Objective, result: ObjectiveResult
) -> dict[str, Status]:
    rows = ctx.incident_rows
    statuses: dict[str, Status] = {}
    # Months before the report's are assessed from the first month the file has an incident in.
    if rows:
        first = min(r.start for r in rows)
        first_period = from_us(first).astimezone(ctx.tz).strftime("%Y-%m")
    else:
        first_period = ctx.period
    rule = ctx.agreement.consequences.chronic_failure
    back = rule.out_of - 1 if rule else 0
    for i in range(back, -1, -1):
        month = _shift_month(ctx.period, -i)
        if month < first_period and i:
            continue
        detail = _availability_month(ctx, objective, rows, month)
        statuses[month] = detail.status
        if i == 0:
            _fill(result, detail)
    return statuses


@dataclass(slots=True)
class _MonthAvailability:
    status: Status
    attainment: Decimal
    period_minutes: Decimal
    excluded_minutes: Decimal
    eligible_minutes: Decimal
    downtime_minutes: Decimal
    downtime: list[DowntimeSpan]
    excluded: list[ExcludedSpan]


def _availability_month(
    ctx: _Context, objective: Objective, rows: list[_Incident], month: str
) -> _MonthAvailability:
    start, end = ctx.bounds(month)

    def clip(r: _Incident) -> tuple[int, int] | None:
        s, e = max(r.start, start), min(r.end if r.end is not None else end, end)
        return (s, e) if e > s else None

    counted_raw = [(c, r) for r in rows if r.counted and (c := clip(r)) is not None]
    excluded_raw = [(c, r) for r in rows if not r.counted and (c := clip(r)) is not None]
    excluded_union = _union([c for c, _ in excluded_raw])
    downtime = _subtract(_union([c for c, _ in counted_raw]), excluded_union)
    down_us = sum(e - s for s, e in downtime)
    excluded_us = sum(e - s for s, e in excluded_union)
    period_us = end - start
    eligible_us = period_us - excluded_us
    if eligible_us > 0:
        attainment = Decimal(eligible_us - down_us) * 100 / Decimal(eligible_us)
    else:
        attainment = Decimal(100)
    met = _compare(attainment, objective.target.comparator, objective.target.value)

    def labels(
        span: tuple[int, int], raw: list[tuple[tuple[int, int], _Incident]]
    ) -> tuple[str, ...]:
        return tuple(r.label for c, r in raw if c[0] < span[1] and c[1] > span[0])

    def moment(us: int) -> dt.datetime:
        return from_us(us).astimezone(ctx.tz)

    spans = [
        DowntimeSpan(moment(s), moment(e), _minutes(e - s), labels((s, e), counted_raw))
        for s, e in downtime
    ]
    excluded = [
        ExcludedSpan(moment(c[0]), moment(c[1]), _minutes(c[1] - c[0]), r.reason, (r.label,))
        for c, r in sorted(excluded_raw, key=lambda item: item[0])
    ]
    return _MonthAvailability(
        status="met" if met else "breached",
        attainment=attainment,
        period_minutes=_minutes(period_us),
        excluded_minutes=_minutes(excluded_us),
        eligible_minutes=_minutes(eligible_us),
        downtime_minutes=_minutes(down_us),
        downtime=spans,
        excluded=excluded,
    )


def _fill(result: ObjectiveResult, detail: _MonthAvailability) -> None:
    result.status = detail.status
    result.attainment = detail.attainment
    result.attainment_unit = "percent"
    result.period_minutes = detail.period_minutes
    result.excluded_minutes = detail.excluded_minutes
    result.eligible_minutes = detail.eligible_minutes
    result.downtime_minutes = detail.downtime_minutes
    result.downtime = detail.downtime
    result.excluded = detail.excluded
    result.breach_count = len(detail.downtime) if detail.status == "breached" else 0


# ---------------------------------------------------------------------------------------------
# Tickets: a time target per ticket, attainment = share that met it


@dataclass(frozen=True, slots=True)
class _TargetRow:
    prio: str
    kind: str  # elapsed | business | bdays
    amount_us: int
    days: int
    comparator: str
    spec: TargetSpec


def _best_effort(objective: Objective) -> list[str]:
    """The priorities of ``objective`` with no target (best effort), in matrix order."""
    return [pt.priority for pt in objective.priority_targets if pt.best_effort]


def _target_rows(ctx: _Context, objective: Objective) -> list[_TargetRow]:
    by_priority = {
        pt.priority: pt.target for pt in objective.priority_targets if pt.target is not None
    }
    best_effort = set(_best_effort(objective))
    # "" is a ticket without a priority: the main target applies to it.
    priorities = [*(p.id for p in ctx.agreement.service_levels.priorities), ""]
    rows: list[_TargetRow] = []
    for prio in priorities:
        if prio in best_effort:
            continue  # no target applies: its tickets are not measured
        target = by_priority.get(prio, objective.target)
        unit = target.unit
        if unit in _ELAPSED:
            kind, amount = "elapsed", target.value * _ELAPSED[unit]
        elif unit is TargetUnit.BUSINESS_HOURS:
            kind, amount = "business", target.value * 60
        elif unit is TargetUnit.BUSINESS_DAYS:
            if target.value != target.value.to_integral_value():
                raise CalendarError(
                    CalendarMessage.WHOLE_BUSINESS_DAYS, objective=objective.id, value=target.value
                )
            kind, amount = "bdays", Decimal(0)
        else:
            continue  # a priority with a non-time target is not measured from tickets
        amount_us = int((amount * US_PER_MINUTE).to_integral_value(rounding=ROUND_HALF_EVEN))
        days = int(target.value) if kind == "bdays" else 0
        rows.append(_TargetRow(prio, kind, amount_us, days, target.comparator.value, _spec(target)))
    return rows


def _axis(ctx: _Context, objective: Objective, low: int, high: int, days: int) -> BusinessAxis:
    key = objective.calendar or ""
    axis = ctx.axes.get(key)
    need_days = days
    if axis is not None:
        tz = axis.clock.tz
        covers = axis.first <= from_us(low).astimezone(tz).date() - dt.timedelta(
            days=2
        ) and axis.last >= from_us(high).astimezone(tz).date() + dt.timedelta(
            days=2
        ) + dt.timedelta(days=need_days * 7 // 5 + 30 if need_days else 0)
        if covers:
            return axis
    clock: BusinessClock = clock_for(ctx.agreement, objective)
    axis = BusinessAxis.covering(clock, low, high, need_days)
    ctx.axes[key] = axis
    return axis


def _pauses_apply(objective: Objective) -> bool:
    return objective.clock.pause.strip().lower().rstrip(".") not in _NO_PAUSE


def _ticket_objective(
    ctx: _Context, objective: Objective, result: ObjectiveResult, stop_column: str
) -> dict[str, Status]:
    assert ctx.ticket_frame is not None and ctx.tickets is not None
    required = objective.attainment_percent
    result.required_percent = required if required is not None else Decimal(100)
    share = result.required_percent
    targets = _target_rows(ctx, objective)
    if not targets:
        result.notes.append(note("no_time_target"))
        return {}
    target_frame = pl.DataFrame(
        {
            "prio": [t.prio for t in targets],
            "kind": [t.kind for t in targets],
            "amount": [t.amount_us for t in targets],
            "days": [t.days for t in targets],
            "cmp": [t.comparator for t in targets],
        },
        schema={
            "prio": pl.String,
            "kind": pl.String,
            "amount": pl.Int64,
            "days": pl.Int64,
            "cmp": pl.String,
        },
    )
    as_of = ctx.as_of_us if ctx.as_of_us is not None else ctx.end_us
    tickets = ctx.ticket_frame
    best_effort = _best_effort(objective)
    if best_effort:
        in_period = tickets.filter(
            pl.col("prio").is_in(best_effort) & (pl.col("month") == _month_number(ctx.period))
        ).height
        result.best_effort = in_period
        if in_period:
            names = {p.id: p.name or p.id for p in ctx.agreement.service_levels.priorities}
            result.notes.append(
                note(
                    "best_effort",
                    n=in_period,
                    priorities=", ".join(names.get(b, b) for b in best_effort),
                )
            )
    for suspension in ctx.suspended.get(objective.id, []):
        tickets = tickets.filter(~suspension.suspended)
        result.suspended += suspension.in_period
        if suspension.in_period:
            capacity = suspension.capacity
            result.notes.append(
                note(
                    "above_capacity",
                    n=suspension.in_period,
                    capacity=_plain(capacity.target.value),
                    name=capacity.name or capacity.id,
                )
            )
    frame = (
        tickets.select(
            "line",
            "id",
            "prio",
            "month",
            pl.col("created_at").alias("created"),
            pl.col(stop_column).alias("stop"),
        )
        .join(target_frame, on="prio", how="inner")
        .with_columns(
            pl.col("stop").is_null().alias("open"),
            pl.max_horizontal(pl.col("stop").fill_null(as_of), pl.col("created")).alias("stop_eff"),
        )
    )
    uses_business = any(t.kind != "elapsed" for t in targets)
    max_days = max((t.days for t in targets), default=0)

    axis: BusinessAxis | None = None
    if uses_business and frame.height:
        # The axis spans the whole file's tickets, whichever months are measured, so that N
        # business days reach as far as they would with every month measured.
        low, high = _span_of(ctx, stop_column, as_of)
        axis = _axis(ctx, objective, low, high, max_days)
        frame = frame.with_columns(
            axis.position(frame["created"]).alias("pos_c"),
            axis.position(frame["stop_eff"]).alias("pos_s"),
        )
    else:
        frame = frame.with_columns(
            pl.lit(0, dtype=pl.Int64).alias("pos_c"), pl.lit(0, dtype=pl.Int64).alias("pos_s")
        )

    # Paused time inside [created, stop] per ticket, in elapsed and in business time.
    pauses = ctx.tickets.pauses
    if _pauses_apply(objective) and pauses.height and frame.height:
        spans = (
            pauses.rename({"__row": "line"})
            .join(frame.select("line", "created", "stop_eff"), on="line", how="inner")
            .with_columns(
                pl.max_horizontal("pause_start", "created").alias("lo"),
                pl.min_horizontal("pause_end", "stop_eff").alias("hi"),
            )
            .filter(pl.col("hi") > pl.col("lo"))
        )
        if axis is not None and spans.height:
            spans = spans.with_columns(
                (axis.position(spans["hi"]) - axis.position(spans["lo"])).alias("pause_b")
            )
        else:
            spans = spans.with_columns(pl.lit(0, dtype=pl.Int64).alias("pause_b"))
        sums = spans.group_by("line").agg(
            (pl.col("hi") - pl.col("lo")).sum().alias("pause_e"), pl.col("pause_b").sum()
        )
        frame = frame.join(sums, on="line", how="left").with_columns(
            pl.col("pause_e").fill_null(0), pl.col("pause_b").fill_null(0)
        )
    else:
        frame = frame.with_columns(
            pl.lit(0, dtype=pl.Int64).alias("pause_e"), pl.lit(0, dtype=pl.Int64).alias("pause_b")
        )

    if axis is not None and max_days:
        due = axis.due_after_business_days(
            frame["pos_c"], frame["days"].set(frame["kind"] != "bdays", None)
        )
        frame = frame.with_columns(due.alias("due"))
    else:
        frame = frame.with_columns(pl.lit(None, dtype=pl.Int64).alias("due"))

    elapsed = pl.col("stop_eff") - pl.col("created") - pl.col("pause_e")
    business = pl.col("pos_s") - pl.col("pos_c") - pl.col("pause_b")
    frame = frame.with_columns(
        pl.when(pl.col("kind") == "elapsed").then(elapsed).otherwise(business).alias("measured")
    )
    on_time = (
        pl.when(pl.col("kind") == "bdays")
        .then(
            pl.when(pl.col("due").is_null())
            .then(pl.lit(True))
            .otherwise(
                _compare_expr(pl.col("pos_s") - pl.col("pause_b"), pl.col("cmp"), pl.col("due"))
            )
        )
        .otherwise(_compare_expr(pl.col("measured"), pl.col("cmp"), pl.col("amount")))
    )
    # An open ticket is counted once it is already late; until then it is pending.
    frame = frame.with_columns(
        on_time.alias("ok"),
    ).with_columns(
        (~pl.col("open") | ~pl.col("ok")).alias("counted"),
    )

    monthly = (
        frame.group_by("month")
        .agg(
            pl.col("counted").sum().alias("counted"),
            (pl.col("counted") & pl.col("ok")).sum().alias("met"),
        )
        .filter(pl.col("counted") > 0)
    )
    statuses: dict[str, Status] = {}
    for month, counted, met in monthly.iter_rows():
        attainment = Decimal(met) * 100 / Decimal(counted)
        statuses[_month_name(month)] = "met" if attainment >= share else "breached"

    current = frame.filter(pl.col("month") == _month_number(ctx.period))
    by_prio = (
        current.group_by("prio")
        .agg(
            pl.col("counted").sum().alias("counted"),
            (pl.col("counted") & pl.col("ok")).sum().alias("met"),
            (~pl.col("counted")).sum().alias("pending"),
        )
        .sort("prio")
    )
    names = {p.id: p.name or p.id for p in ctx.agreement.service_levels.priorities}
    specs = {t.prio: t.spec for t in targets}
    order = {t.prio: i for i, t in enumerate(targets)}
    total_counted = total_met = total_pending = 0
    priorities: list[PriorityResult] = []
    for prio, counted, met, pending in by_prio.iter_rows():
        total_counted += counted
        total_met += met
        total_pending += pending
        share_of: Decimal | None = Decimal(met) * 100 / Decimal(counted) if counted else None
        status: Status = (
            "no_data" if share_of is None else ("met" if share_of >= share else "breached")
        )
        if prio:
            priorities.append(
                PriorityResult(
                    prio,
                    names.get(prio, prio),
                    specs[prio],
                    counted,
                    met,
                    pending,
                    share_of,
                    status,
                )
            )
    priorities.sort(key=lambda p: order.get(p.priority, 0))
    result.priorities = priorities
    result.counted, result.met_count, result.pending = total_counted, total_met, total_pending
    if total_counted:
        result.attainment = Decimal(total_met) * 100 / Decimal(total_counted)
        result.status = "met" if result.attainment >= share else "breached"
    result.breach_count = total_counted - total_met
    if total_pending:
        result.notes.append(note("pending", n=total_pending))
    if not _pauses_apply(objective) and pauses.height:
        result.notes.append(note("no_pauses"))

    result.escalations = _escalations(ctx, objective, current)
    for escalation in result.escalations:
        if escalation.tickets:
            result.notes.append(
                note(
                    "escalated",
                    n=escalation.tickets,
                    share=_plain(escalation.at_percent),
                    level=escalation.name,
                )
            )
    late = (
        current.filter(pl.col("counted") & ~pl.col("ok"))
        .sort("created", "line")
        .head(MAX_EVIDENCE)
        .select("id", "prio", "line", "created", "stop", "open", "measured", "kind")
    )
    tz = ctx.tz
    result.ticket_breaches = [
        TicketBreach(
            ticket=ident,
            priority=prio,
            line=ctx.tickets.rows.number(line),
            created=from_us(created).astimezone(tz),
            stopped=None if is_open else from_us(stop).astimezone(tz),
            measured_minutes=_round(_minutes(measured)),
            target=specs[prio],
            business_time=kind != "elapsed",
        )
        for ident, prio, line, created, stop, is_open, measured, kind in late.iter_rows()
    ]
    return statuses


def _month_expr(created: pl.Expr, tz: ZoneInfo) -> pl.Expr:
    """The month on the agreement's wall clock of a µs timestamp column (:func:`_month_number`)."""
    local = created.cast(pl.Datetime("us", "UTC")).dt.convert_time_zone(str(tz.key))
    return local.dt.year().cast(pl.Int32) * 12 + local.dt.month().cast(pl.Int32) - 1


def _month_number(period: str) -> int:
    """``YYYY-MM`` as a number of months: 2026-03 is 2026 × 12 + 2."""
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def _month_name(number: int) -> str:
    """The ``YYYY-MM`` of :func:`_month_number`."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


# ---------------------------------------------------------------------------------------------
# Volumes: a capacity is a ceiling the provider absorbs, a commitment a floor


def _capacity_limit(target: Target) -> int:
    """How many tickets a capacity absorbs: "at most 400" → 400, "less than 400" → 399."""
    value = target.value
    if target.comparator is Comparator.LT:
        return int(value.to_integral_value(rounding="ROUND_CEILING")) - 1
    return int(value.to_integral_value(rounding="ROUND_FLOOR"))


def _suspensions(ctx: _Context, frame: pl.DataFrame) -> dict[str, list[_Suspension]]:
    """For each objective, the tickets beyond a capacity that suspends its targets.

    Tickets are absorbed in the order received: the first N of each month (by creation, then
    line) are within the capacity, whatever their priority; only those N are looked for (a
    partial selection, not a sort of the month).
    """
    out: dict[str, list[_Suspension]] = {}
    counts = dict(frame.group_by("month").len().iter_rows())
    period = _month_number(ctx.period)
    for capacity in ctx.agreement.service_levels.objectives:
        if capacity.volume is not VolumeKind.CAPACITY or not capacity.suspended_above_capacity:
            continue
        limit = _capacity_limit(capacity.target)
        over = sorted(month for month, n in counts.items() if n > limit)
        within: list[pl.Series] = []
        for month in over:
            first = frame.filter(pl.col("month") == month).select("line", "created_at")
            within.append(first.bottom_k(max(limit, 0), by=["created_at", "line"])["line"])
        kept = pl.concat(within) if within else pl.Series("line", [], dtype=pl.Int64)
        suspended = pl.col("month").is_in(over) & ~pl.col("line").is_in(kept.implode())
        if capacity.suspended_priorities:
            suspended = suspended & pl.col("prio").is_in(capacity.suspended_priorities)
        in_period = frame.filter(suspended & (pl.col("month") == period)).height
        for objective_id in capacity.suspended_above_capacity:
            out.setdefault(objective_id, []).append(_Suspension(capacity, suspended, in_period))
    return out


def _ticket_count(
    ctx: _Context, objective: Objective, result: ObjectiveResult
) -> dict[str, Status]:
    """A ticket volume read from the tickets file: the tickets created in each month."""
    assert ctx.ticket_frame is not None
    counts = ctx.ticket_frame.group_by("month").len()
    target = objective.target
    statuses: dict[str, Status] = {}
    count = 0
    for number, n in counts.iter_rows():
        month = _month_name(number)
        met = _compare(Decimal(n), target.comparator, target.value)
        statuses[month] = "met" if met else "breached"
        if month == ctx.period:
            count = n
    result.attainment_unit = TargetUnit.COUNT.value
    result.attainment = Decimal(count)
    result.counted = count
    met_now = _compare(Decimal(count), target.comparator, target.value)
    result.status = "met" if met_now else "breached"
    result.breach_count = 0 if met_now else 1
    return statuses


def _capacity(
    ctx: _Context, objective: Objective, result: ObjectiveResult, statuses: dict[str, Status]
) -> dict[str, Status]:
    """A capacity is never breached: above it, only the targets it suspends change."""
    if result.attainment is None or result.status == "no_data":
        return statuses
    limit = _capacity_limit(objective.target)
    volume = result.attainment
    result.status = "met"
    result.breach_count = 0
    excess = volume - limit
    result.over_capacity = int(excess) if excess > 0 else 0
    if excess > 0:
        suspended = objective.suspended_above_capacity
        objectives = {o.id: o.name or o.id for o in ctx.agreement.service_levels.objectives}
        if suspended and objective.suspended_priorities:
            names = {p.id: p.name or p.id for p in ctx.agreement.service_levels.priorities}
            result.notes.append(
                note(
                    "over_capacity_suspends",
                    volume=_plain(volume),
                    capacity=limit,
                    excess=_plain(excess),
                    objectives=", ".join(objectives.get(o, o) for o in suspended),
                    priorities=", ".join(names.get(p, p) for p in objective.suspended_priorities),
                )
            )
        elif suspended:
            result.notes.append(
                note(
                    "over_capacity_suspends",
                    volume=_plain(volume),
                    capacity=limit,
                    excess=_plain(excess),
                    objectives=", ".join(objectives.get(o, o) for o in suspended),
                )
            )
        else:
            result.notes.append(
                note("over_capacity", volume=_plain(volume), capacity=limit, excess=_plain(excess))
            )
    return dict.fromkeys(statuses, "met")


# ---------------------------------------------------------------------------------------------
# Escalation: tickets that reached a share of the time their target allows


def _escalations(
    ctx: _Context, objective: Objective, current: pl.DataFrame
) -> list[EscalationCount]:
    levels = [
        level
        for level in ctx.agreement.consequences.escalation
        if level.at_percent is not None
        and (not level.objectives or objective.id in level.objectives)
    ]
    if not levels or not current.height:
        return []
    allowed = (
        pl.when(pl.col("kind") == "bdays")
        .then(pl.col("due") - pl.col("pos_c"))
        .otherwise(pl.col("amount"))
        .cast(pl.Float64)
    )
    measured = pl.col("measured").cast(pl.Float64)
    counts: list[EscalationCount] = []
    for level in levels:
        share = float(level.at_percent or 0)
        reached = current.filter(allowed.is_not_null() & (measured * 100 >= allowed * share))
        counts.append(
            EscalationCount(
                level.id, level.name or level.id, level.at_percent or Decimal(0), reached.height
            )
        )
    return counts


# ---------------------------------------------------------------------------------------------
# The longer credit cap: per subscription period or contract year


@dataclass(frozen=True, slots=True)
class _TermCap:
    start: str
    months: int
    earlier: Decimal
    remaining: Decimal
    label: str
    notes: list[Note]


def _term_cap(ctx: _Context, history: History | None) -> _TermCap:
    """What is left, in % of the monthly fee, of the cap over the period holding the report's."""
    info = ctx.agreement.agreement
    consequences = ctx.agreement.consequences
    percent = consequences.credit_cap_term_percent or Decimal(0)
    yearly = consequences.credit_cap_term is CapBasis.CONTRACT_YEAR
    label = CONTRACT_YEAR if yearly else SUBSCRIPTION_PERIOD
    initial = 12 if yearly else (info.term.months or 12)
    renewal = 12 if yearly else (info.term.renewal_months or initial)
    year, month = int(ctx.period[:4]), int(ctx.period[5:7])
    index = year * 12 + month - 1
    notes: list[Note] = []
    if info.effective_date is None:
        first = year * 12
        notes.append(note("term_from_january", term=label))
    else:
        first = info.effective_date.year * 12 + info.effective_date.month - 1
    elapsed = index - first
    if elapsed < 0:  # a month before the effective date: count whole periods back from it
        start, months = first - (-elapsed + initial - 1) // initial * initial, initial
    elif elapsed < initial:
        start, months = first, initial
    else:
        start = first + initial + (elapsed - initial) // renewal * renewal
        months = renewal
    start_key = f"{start // 12:04d}-{start % 12 + 1:02d}"
    total = percent * months
    earlier = Decimal(0)
    if history is not None and not isinstance(history, Mapping):
        for report in history:
            if start_key <= report.period < ctx.period:
                earlier += report.credit_percent
    elif start_key < ctx.period:
        notes.append(note("term_earlier_unknown", term=label, start=start_key))
    remaining = max(total - earlier, Decimal(0))
    return _TermCap(start_key, months, earlier, remaining, label, notes)
