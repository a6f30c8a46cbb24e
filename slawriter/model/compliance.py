"""What a compliance report says: plain dataclasses, no I/O.

``slawriter.services.compliance`` works a report out from an agreement and its month's data
files and writes it as JSON; ``slawriter.render.documents.report`` prints it. Both state
attainment the same way (:func:`shown_attainment`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Literal

Status = Literal["met", "breached", "no_data"]
Source = Literal["tickets", "incidents", "metrics", "none"]


@dataclass(frozen=True, slots=True)
class TargetSpec:
    """A target as the contract states it: comparator, value and unit."""

    comparator: str
    value: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class Note:
    """A remark on a figure: a code, its English text and the values in it.

    The code names the note's English template (``slawriter.render.documents.report.NOTES``),
    which the PDF says in the report's language with the same values.
    """

    code: str
    text: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TicketBreach:
    """A ticket (or lead, request…) that missed its target; ``stopped`` None = still open."""

    ticket: str
    priority: str
    line: int
    created: dt.datetime
    stopped: dt.datetime | None
    measured_minutes: Decimal
    target: TargetSpec
    business_time: bool


@dataclass(frozen=True, slots=True)
class DowntimeSpan:
    """A stretch of downtime in the period after merging, clipping and exclusions."""

    start: dt.datetime
    end: dt.datetime
    minutes: Decimal
    incidents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExcludedSpan:
    """A stretch not counted: scheduled maintenance or an excluded incident."""

    start: dt.datetime
    end: dt.datetime
    minutes: Decimal
    reason: str
    incidents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PriorityResult:
    priority: str
    name: str
    target: TargetSpec
    counted: int
    met: int
    pending: int
    attainment: Decimal | None
    status: Status


@dataclass(frozen=True, slots=True)
class EscalationCount:
    """Tickets of an objective in the period that reached an escalation level's threshold."""

    level: str
    name: str
    at_percent: Decimal
    tickets: int


@dataclass(frozen=True, slots=True)
class PeriodStatus:
    period: str
    status: Status
    source: Literal["data", "history", "none"]


@dataclass(frozen=True, slots=True)
class ChronicStatus:
    """Chronic failure of one objective: misses in the last ``out_of`` periods."""

    periods: tuple[PeriodStatus, ...]
    missed: int
    missed_limit: int
    out_of: int
    triggered: bool


@dataclass(slots=True)
class ObjectiveResult:
    """One objective in the period: the measurement, the verdict, the evidence and the credit."""

    id: str
    name: str
    metric: str
    source: Source
    target: TargetSpec
    window: str
    status: Status = "no_data"
    attainment: Decimal | None = None
    attainment_unit: str = "percent"
    required_percent: Decimal | None = None
    counted: int | None = None
    met_count: int | None = None
    pending: int | None = None
    breach_count: int = 0
    priorities: list[PriorityResult] = field(default_factory=list)
    ticket_breaches: list[TicketBreach] = field(default_factory=list)
    period_minutes: Decimal | None = None
    excluded_minutes: Decimal | None = None
    eligible_minutes: Decimal | None = None
    downtime_minutes: Decimal | None = None
    downtime: list[DowntimeSpan] = field(default_factory=list)
    excluded: list[ExcludedSpan] = field(default_factory=list)
    volume: str | None = None
    """"capacity" (a ceiling: never a breach) or "commitment" (a floor), for a volume."""
    over_capacity: int | None = None
    best_effort: int = 0
    """Tickets of the period in best-effort priorities: no target, not counted."""
    suspended: int = 0
    """Tickets of the period beyond a capacity that suspends this objective's targets."""
    escalations: list[EscalationCount] = field(default_factory=list)
    credit_tier: str | None = None
    credit_percent: Decimal = Decimal(0)
    chronic: ChronicStatus | None = None
    notes: list[Note] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """The compliance report of one agreement for one month."""

    period: str
    period_start: dt.datetime
    period_end: dt.datetime
    time_zone: str
    as_of: dt.datetime | None
    agreement_title: str
    document_id: str
    version: int
    language: str
    currency: str
    objectives: list[ObjectiveResult]
    credit_percent_before_cap: Decimal
    credit_cap_percent: Decimal | None
    credit_percent: Decimal
    monthly_fee: Decimal | None
    credit_amount: Decimal | None
    chronic_failure: bool
    chronic_objectives: list[str]
    inputs: dict[str, str]
    notes: list[Note] = field(default_factory=list)
    credit_cap_term_percent: Decimal | None = None
    """The cap over a subscription period or contract year, in % of that period's fees."""
    credit_cap_term: str = "subscription_period"
    credit_term_start: str | None = None
    """First month (YYYY-MM) of the subscription period or contract year holding the report's."""
    credit_term_months: int | None = None
    credit_earlier_in_term: Decimal | None = None
    """Credits earned earlier in that period (from history), in % of the monthly fee."""
    credit_term_remaining: Decimal | None = None
    """What the longer cap still allows, in % of the monthly fee, before this month's credit."""

    @property
    def met(self) -> list[ObjectiveResult]:
        return [o for o in self.objectives if o.status == "met"]

    @property
    def breached(self) -> list[ObjectiveResult]:
        return [o for o in self.objectives if o.status == "breached"]

    def objective(self, objective_id: str) -> ObjectiveResult:
        for result in self.objectives:
            if result.id == objective_id:
                return result
        raise KeyError(objective_id)


def _at_most(o: ObjectiveResult) -> bool:
    """Whether the objective's attainment must stay at or below its target."""
    return o.source != "tickets" and o.target.comparator in ("lte", "lt")


def shown_attainment(
    o: ObjectiveResult | PriorityResult, required: Decimal | None = None
) -> Decimal | None:
    """Attainment to three decimals, never rounded across its target.

    (44,640 − 60) / 44,640 shows as 99.866 %; but 99.89988 % against "at least 99.9 %" is
    breached and shows as 99.899 %, not as a met-looking 99.9 %. Verdicts use the exact figure.
    """
    value = o.attainment
    if value is None:
        return None
    places = Decimal("0.001")
    rounded = value.quantize(places, rounding=ROUND_HALF_EVEN)
    at_most = isinstance(o, ObjectiveResult) and _at_most(o)
    if isinstance(o, ObjectiveResult):
        threshold = o.target.value if o.source != "tickets" else o.required_percent
    else:  # a priority row: the objective's required share (``required``)
        threshold = required
    threshold = Decimal(100) if threshold is None and not at_most else threshold
    if o.status == "breached" and threshold is not None:
        looks_met = rounded <= threshold if at_most else rounded >= threshold
        if looks_met:
            return value.quantize(places, rounding=ROUND_CEILING if at_most else ROUND_FLOOR)
    return rounded
