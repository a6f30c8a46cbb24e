"""Cross-field rules: what makes a structurally valid agreement invalid.

Each rule yields a :class:`Problem` with the JSON path it concerns, so the app can show it beside
the field and the command line can name the field.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .agreement import (
    Agreement,
    Comparator,
    CreditTier,
    MetricKind,
    Objective,
    RenewalKind,
    Target,
    TargetUnit,
    WindowKind,
)
from .sections import Loc

TIME_METRICS = frozenset(
    {
        MetricKind.FIRST_RESPONSE_TIME,
        MetricKind.RESOLUTION_TIME,
        MetricKind.IMPLEMENTATION_TIME,
        MetricKind.LEAD_FOLLOW_UP_TIME,
    }
)

ALLOWED_UNITS: dict[MetricKind, frozenset[TargetUnit]] = {
    MetricKind.AVAILABILITY: frozenset({TargetUnit.PERCENT}),
    **{m: frozenset(u for u in TargetUnit if u.is_time) for m in TIME_METRICS},
    MetricKind.TICKET_VOLUME: frozenset({TargetUnit.COUNT}),
    MetricKind.NPS: frozenset({TargetUnit.SCORE}),
    MetricKind.CSAT: frozenset({TargetUnit.PERCENT, TargetUnit.SCORE}),
    MetricKind.DELIVERY_VOLUME: frozenset({TargetUnit.MONEY, TargetUnit.COUNT}),
    MetricKind.CUSTOM: frozenset(TargetUnit),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """A rule the agreement breaks, at a JSON path."""

    loc: Loc
    message: str


def rule_violations(agreement: Agreement) -> list[Problem]:
    """Every cross-field rule the agreement breaks, in document order."""
    return list(_all(agreement))


def _all(a: Agreement) -> Iterator[Problem]:
    yield from _parties(a)
    yield from _unique_ids(a)
    yield from _references(a)
    yield from _calendars(a)
    yield from _objectives(a)
    yield from _credit_tiers(a)
    yield from _other(a)


def _parties(a: Agreement) -> Iterator[Problem]:
    if len(a.parties) < 2:
        yield Problem(
            ("parties",),
            f"an agreement needs at least two parties; it has {len(a.parties)}",
        )


def _duplicates(values: Iterable[str]) -> set[str]:
    return {value for value, n in Counter(values).items() if n > 1}


def _unique(base: Loc, ids: list[str], what: str, key: str = "id") -> Iterator[Problem]:
    seen: set[str] = set()
    for i, value in enumerate(ids):
        folded = value.casefold()
        if folded in seen:
            yield Problem(
                (*base, i, key),
                f"{what} '{value}' is used twice; each {what} must be unique",
            )
        seen.add(folded)


def _unique_ids(a: Agreement) -> Iterator[Problem]:
    sl, co = a.service_levels, a.consequences
    yield from _unique(("parties",), [p.id for p in a.parties], "party ID")
    yield from _unique(("scope", "services"), [s.id for s in a.scope.services], "service ID")
    yield from _unique(
        ("responsibilities", "items"),
        [r.id for r in a.responsibilities.items],
        "responsibility ID",
    )
    yield from _unique(("service_levels", "calendars"), [c.id for c in sl.calendars], "calendar ID")
    yield from _unique(
        ("service_levels", "priorities"), [p.id for p in sl.priorities], "priority ID"
    )
    yield from _unique(
        ("service_levels", "objectives"), [o.id for o in sl.objectives], "objective ID"
    )
    yield from _unique(
        ("limitations", "exclusions"), [e.id for e in a.limitations.exclusions], "exclusion ID"
    )
    yield from _unique(
        ("consequences", "credit_tiers"), [t.id for t in co.credit_tiers], "credit tier ID"
    )
    yield from _unique(
        ("consequences", "escalation"), [e.id for e in co.escalation], "escalation level ID"
    )
    yield from _unique(
        ("governance", "definitions"),
        [d.term.strip() for d in a.governance.definitions],
        "defined term",
        key="term",
    )
    yield from _unique(
        ("governance", "extra_clauses"), [c.id for c in a.governance.extra_clauses], "clause ID"
    )
    yield from _unique(
        ("signoff", "signatories"), [s.id for s in a.signoff.signatories], "signatory ID"
    )
    for i, objective in enumerate(sl.objectives):
        yield from _unique(
            ("service_levels", "objectives", i, "priority_targets"),
            [row.priority for row in objective.priority_targets],
            "priority",
            key="priority",
        )


def _references(a: Agreement) -> Iterator[Problem]:
    parties = {p.id for p in a.parties}
    calendars = {c.id for c in a.service_levels.calendars}
    priorities = {p.id for p in a.service_levels.priorities}
    objectives = {o.id for o in a.service_levels.objectives}

    def check(loc: Loc, value: str | None, known: set[str], what: str) -> Iterator[Problem]:
        if value is not None and value not in known:
            choices = ", ".join(sorted(known)) or "none defined yet"
            yield Problem(loc, f"refers to {what} '{value}', which does not exist ({choices})")

    yield from check(
        ("scope", "coverage_calendar"), a.scope.coverage_calendar, calendars, "calendar"
    )
    for i, channel in enumerate(a.scope.support_channels):
        yield from check(
            ("scope", "support_channels", i, "calendar"), channel.calendar, calendars, "calendar"
        )
    for i, duty in enumerate(a.responsibilities.items):
        for j, owner in enumerate(duty.owners):
            yield from check(("responsibilities", "items", i, "owners", j), owner, parties, "party")
    for i, o in enumerate(a.service_levels.objectives):
        base: Loc = ("service_levels", "objectives", i)
        yield from check((*base, "calendar"), o.calendar, calendars, "calendar")
        yield from check((*base, "responsible_party"), o.responsible_party, parties, "party")
        for j, row in enumerate(o.priority_targets):
            yield from check(
                (*base, "priority_targets", j, "priority"), row.priority, priorities, "priority"
            )
    for i, tier in enumerate(a.consequences.credit_tiers):
        yield from check(
            ("consequences", "credit_tiers", i, "objective"),
            tier.objective,
            objectives,
            "objective",
        )
    for i, level in enumerate(a.consequences.escalation):
        base = ("consequences", "escalation", i)
        yield from check((*base, "party"), level.party, parties, "party")
        for j, objective_id in enumerate(level.objectives):
            yield from check((*base, "objectives", j), objective_id, objectives, "objective")
    for i, signatory in enumerate(a.signoff.signatories):
        yield from check(("signoff", "signatories", i, "party"), signatory.party, parties, "party")


@cache
def _holiday_regions() -> dict[str, list[str]]:
    import holidays

    return {
        code: list(subdivisions)
        for code, subdivisions in holidays.list_supported_countries().items()
    }


def _calendars(a: Agreement) -> Iterator[Problem]:
    for i, calendar in enumerate(a.service_levels.calendars):
        country, region = calendar.holidays_country, calendar.holidays_subdivision
        if country:
            regions = _holiday_regions().get(country)
            if regions is None:
                yield Problem(
                    ("service_levels", "calendars", i, "holidays_country"),
                    f"no public holidays are known for the country code '{country}'",
                )
            elif region and region not in regions:
                yield Problem(
                    ("service_levels", "calendars", i, "holidays_subdivision"),
                    f"'{region}' is not a region of {country} with known holidays "
                    f"({', '.join(regions[:12])}{', …' if len(regions) > 12 else ''})",
                )
        elif region:
            yield Problem(
                ("service_levels", "calendars", i, "holidays_country"),
                "a holiday region is set without its country",
            )
        by_day: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for j, period in enumerate(calendar.hours):
            loc: Loc = ("service_levels", "calendars", i, "hours", j)
            start = period.start.hour * 60 + period.start.minute
            # An end of 00:00 means midnight at the end of the day (a period up to 24:00).
            end = (period.end.hour * 60 + period.end.minute) or 24 * 60
            if end <= start:
                yield Problem(
                    (*loc, "end"),
                    f"working hours end at {period.end:%H:%M}, not after they start at "
                    f"{period.start:%H:%M}",
                )
                continue
            for other_start, other_end in by_day[period.weekday]:
                if start < other_end and other_start < end:
                    yield Problem(
                        (*loc, "start"),
                        f"working hours on {period.weekday.value} overlap another period",
                    )
            by_day[period.weekday].append((start, end))


def _target_problems(metric: MetricKind, target: Target) -> Iterator[tuple[str, str]]:
    """(field, message) pairs for a target that does not suit its metric."""
    allowed = ALLOWED_UNITS[metric]
    if target.unit not in allowed:
        names = ", ".join(sorted(u.value.replace("_", " ") for u in allowed))
        yield (
            "unit",
            f"a {metric.value.replace('_', ' ')} target is measured in {names}, "
            f"not {target.unit.value.replace('_', ' ')}",
        )
        return
    value = target.value
    if metric is MetricKind.AVAILABILITY:
        if not Decimal(0) < value < Decimal(100):
            yield (
                "value",
                f"an availability target must be above 0 % and below 100 %, not {value} %",
            )
        if target.comparator not in (Comparator.GTE, Comparator.GT):
            yield "comparator", "an availability target is a minimum: use 'at least'"
        return
    if target.unit is TargetUnit.PERCENT and not Decimal(0) <= value <= Decimal(100):
        yield "value", f"a percentage must be between 0 and 100, not {value}"
    if target.unit.is_time:
        if value <= 0:
            yield "value", f"a time target must be longer than zero, not {value}"
        if metric in TIME_METRICS and target.comparator not in (Comparator.LTE, Comparator.LT):
            yield "comparator", "a time target is a maximum: use 'at most' or 'less than'"
    if target.unit in (TargetUnit.COUNT, TargetUnit.MONEY) and value < 0:
        yield "value", f"a {target.unit.value} target cannot be negative ({value})"
    if target.unit is TargetUnit.COUNT and value != value.to_integral_value():
        yield "value", f"a count must be a whole number, not {value}"
    if metric is MetricKind.NPS and not Decimal(-100) <= value <= Decimal(100):
        yield "value", f"a Net Promoter Score lies between -100 and 100, not {value}"


def _objectives(a: Agreement) -> Iterator[Problem]:
    for i, o in enumerate(a.service_levels.objectives):
        base: Loc = ("service_levels", "objectives", i)
        for field, message in _target_problems(o.metric, o.target):
            yield Problem((*base, "target", field), message)
        for j, row in enumerate(o.priority_targets):
            for field, message in _target_problems(o.metric, row.target):
                yield Problem((*base, "priority_targets", j, "target", field), message)
        if o.internal_target is not None:
            if o.internal_target.unit is not o.target.unit:
                yield Problem(
                    (*base, "internal_target", "unit"),
                    "the internal target must use the same unit as the target "
                    f"({o.target.unit.value.replace('_', ' ')})",
                )
            else:
                for field, message in _target_problems(o.metric, o.internal_target):
                    yield Problem((*base, "internal_target", field), message)
        if o.window.kind is WindowKind.ROLLING_DAYS and o.window.days is None:
            yield Problem((*base, "window", "days"), "a rolling window needs its length in days")
        if o.window.kind is not WindowKind.ROLLING_DAYS and o.window.days is not None:
            yield Problem(
                (*base, "window", "days"),
                f"days are only for a rolling window, not a {o.window.kind.value} window",
            )


def _credit_tiers(a: Agreement) -> Iterator[Problem]:
    objectives: dict[str, Objective] = {o.id: o for o in a.service_levels.objectives}
    by_objective: dict[str, list[tuple[int, CreditTier]]] = defaultdict(list)
    for i, tier in enumerate(a.consequences.credit_tiers):
        loc: Loc = ("consequences", "credit_tiers", i)
        if tier.at_least >= tier.below:
            yield Problem(
                (*loc, "at_least"),
                f"the band is empty: 'at least' ({tier.at_least} %) must be below 'below' "
                f"({tier.below} %)",
            )
            continue
        objective = objectives.get(tier.objective)
        if (
            objective is not None
            and objective.metric is MetricKind.AVAILABILITY
            and objective.target.unit is TargetUnit.PERCENT
            and tier.below > objective.target.value
        ):
            yield Problem(
                (*loc, "below"),
                f"the tier starts at {tier.below} %, above the objective's target of "
                f"{objective.target.value} %: it would credit a month that met the target",
            )
        by_objective[tier.objective].append((i, tier))
    for tiers in by_objective.values():
        for (_, higher), (j, lower) in itertools.pairwise(tiers):
            loc = ("consequences", "credit_tiers", j)
            if lower.below > higher.at_least:
                if lower.below > higher.below:
                    message = (
                        f"tiers must be listed from the highest attainment down: "
                        f"{lower.below} % comes after {higher.below} %"
                    )
                else:
                    message = (
                        f"the band {lower.at_least}–{lower.below} % overlaps the band "
                        f"{higher.at_least}–{higher.below} % above it"
                    )
                yield Problem((*loc, "below"), message)
            elif lower.credit_percent < higher.credit_percent:
                yield Problem(
                    (*loc, "credit_percent"),
                    f"a lower band must not earn a smaller credit: {lower.credit_percent} % "
                    f"here after {higher.credit_percent} % for the band above",
                )


def _other(a: Agreement) -> Iterator[Problem]:
    chronic = a.consequences.chronic_failure
    if chronic is not None and chronic.missed_periods > chronic.out_of:
        yield Problem(
            ("consequences", "chronic_failure", "missed_periods"),
            f"{chronic.missed_periods} missed periods cannot happen within {chronic.out_of}",
        )
    term = a.agreement.term
    if term.renewal is RenewalKind.NONE and term.renewal_months is not None:
        yield Problem(
            ("agreement", "term", "renewal_months"),
            "a renewal period is set but the agreement does not renew",
        )
    previous = 0
    for i, revision in enumerate(a.signoff.revisions):
        if revision.version < previous:
            yield Problem(
                ("signoff", "revisions", i, "version"),
                f"revision {revision.version} is listed after revision {previous}; "
                "list revisions oldest first",
            )
        if revision.version > a.agreement.version:
            yield Problem(
                ("signoff", "revisions", i, "version"),
                f"revision {revision.version} is newer than the agreement's version "
                f"{a.agreement.version}",
            )
        previous = max(previous, revision.version)
