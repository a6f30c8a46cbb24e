"""Cross-field rules: what makes a structurally valid agreement invalid.

Each rule yields a :class:`Problem` with the JSON path it concerns, so the app can show it beside
the field and the command line can name the field.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from .agreement import (
    Agreement,
    AgreementKind,
    Comparator,
    CreditTier,
    MetricKind,
    Objective,
    PartyRole,
    RenewalKind,
    Target,
    TargetUnit,
    VolumeKind,
    WindowKind,
)
from .locales import has_locale, regions_for
from .messages import MessageTemplate, Param, Params, Word, Words, render, word
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


class RuleMessage(MessageTemplate):
    """What the cross-field rules say (English templates; the app translates them)."""

    TOO_FEW_PARTIES = "an agreement needs at least two parties; it has {count}"
    DUPLICATE_PARTY_ID = "party ID '{value}' is used twice; each party ID must be unique"
    DUPLICATE_SERVICE_ID = "service ID '{value}' is used twice; each service ID must be unique"
    DUPLICATE_RESPONSIBILITY_ID = (
        "responsibility ID '{value}' is used twice; each responsibility ID must be unique"
    )
    DUPLICATE_CALENDAR_ID = "calendar ID '{value}' is used twice; each calendar ID must be unique"
    DUPLICATE_PRIORITY_ID = "priority ID '{value}' is used twice; each priority ID must be unique"
    DUPLICATE_OBJECTIVE_ID = (
        "objective ID '{value}' is used twice; each objective ID must be unique"
    )
    DUPLICATE_EXCLUSION_ID = (
        "exclusion ID '{value}' is used twice; each exclusion ID must be unique"
    )
    DUPLICATE_CREDIT_TIER_ID = (
        "credit tier ID '{value}' is used twice; each credit tier ID must be unique"
    )
    DUPLICATE_ESCALATION_LEVEL_ID = (
        "escalation level ID '{value}' is used twice; each escalation level ID must be unique"
    )
    DUPLICATE_TERM = "defined term '{value}' is defined twice; each defined term must be unique"
    DUPLICATE_CLAUSE_ID = "clause ID '{value}' is used twice; each clause ID must be unique"
    DUPLICATE_SIGNATORY_ID = (
        "signatory ID '{value}' is used twice; each signatory ID must be unique"
    )
    DUPLICATE_PRIORITY_ROW = "priority '{value}' is used twice; each priority must be unique"
    UNKNOWN_CALENDAR = "refers to calendar '{value}', which does not exist ({choices})"
    UNKNOWN_CALENDAR_NONE = "refers to calendar '{value}', which does not exist (none defined yet)"
    UNKNOWN_PARTY = "refers to party '{value}', which does not exist ({choices})"
    UNKNOWN_PARTY_NONE = "refers to party '{value}', which does not exist (none defined yet)"
    UNKNOWN_PRIORITY = "refers to priority '{value}', which does not exist ({choices})"
    UNKNOWN_PRIORITY_NONE = "refers to priority '{value}', which does not exist (none defined yet)"
    UNKNOWN_OBJECTIVE = "refers to objective '{value}', which does not exist ({choices})"
    UNKNOWN_OBJECTIVE_NONE = (
        "refers to objective '{value}', which does not exist (none defined yet)"
    )
    UNKNOWN_HOLIDAY_COUNTRY = "no public holidays are known for the country code '{country}'"
    UNKNOWN_HOLIDAY_REGION = (
        "'{region}' is not a region of {country} with known holidays ({regions})"
    )
    REGION_WITHOUT_COUNTRY = "a holiday region is set without its country"
    NO_LOCALE_FOR_REGION = (
        "a contract in {language} has no conventions for region '{region}' ({regions}); "
        "choose one of those, or leave it empty to follow the time zone"
    )
    HOURS_END_NOT_AFTER_START = "working hours end at {end}, not after they start at {start}"
    HOURS_OVERLAP = "working hours on {weekday} overlap another period"
    TARGET_UNIT_NOT_ALLOWED = "a {metric} target is measured in {units}, not {unit}"
    AVAILABILITY_OUT_OF_RANGE = (
        "an availability target must be above 0 % and below 100 %, not {value} %"
    )
    AVAILABILITY_NOT_MINIMUM = "an availability target is a minimum: use 'at least'"
    PERCENT_OUT_OF_RANGE = "a percentage must be between 0 and 100, not {value}"
    TIME_NOT_POSITIVE = "a time target must be longer than zero, not {value}"
    TIME_NOT_MAXIMUM = "a time target is a maximum: use 'at most' or 'less than'"
    NEGATIVE_AMOUNT = "a {unit} target cannot be negative ({value})"
    COUNT_NOT_WHOLE = "a count must be a whole number, not {value}"
    NPS_OUT_OF_RANGE = "a Net Promoter Score lies between -100 and 100, not {value}"
    INTERNAL_TARGET_OTHER_UNIT = "the internal target must use the same unit as the target ({unit})"
    ROLLING_WINDOW_WITHOUT_DAYS = "a rolling window needs its length in days"
    DAYS_WITHOUT_ROLLING_WINDOW = "days are only for a rolling window, not a {window} window"
    TIER_BAND_EMPTY = (
        "the band is empty: 'at least' ({at_least} %) must be below 'below' ({below} %)"
    )
    TIER_ABOVE_TARGET = (
        "the tier starts at {below} %, above the objective's target of {target} %: it would "
        "credit a month that met the target"
    )
    TIERS_OUT_OF_ORDER = (
        "tiers must be listed from the highest attainment down: {below} % comes after {previous} %"
    )
    TIERS_OVERLAP = (
        "the band {at_least}–{below} % overlaps the band {other_at_least}–{other_below} % above it"
    )
    TIER_CREDIT_DROPS = (
        "a lower band must not earn a smaller credit: {credit} % here after {previous} % for the "
        "band above"
    )
    CHRONIC_IMPOSSIBLE = "{missed} missed periods cannot happen within {out_of}"
    BEST_EFFORT_WITH_TARGET = (
        "a best-effort priority has no target: clear the target or turn off best effort"
    )
    PRIORITY_WITHOUT_TARGET = "give this priority a target, or mark it best effort"
    VOLUME_NOT_A_VOLUME = (
        "only a count or an amount can be a capacity or a commitment, not a target in {unit}"
    )
    VOLUME_KIND_MISSING = (
        "say whether this volume is a capacity (a ceiling the provider absorbs) or a commitment "
        "(a floor that must be delivered)"
    )
    CAPACITY_NOT_MAXIMUM = (
        "a capacity is a ceiling ('up to {value}'): use 'at most' as the comparator"
    )
    COMMITMENT_NOT_MINIMUM = (
        "a commitment is a floor ('at least {value}'): use 'at least' as the comparator"
    )
    SUSPENSION_WITHOUT_CAPACITY = (
        "targets can be suspended above a capacity only: this objective is not a capacity"
    )
    SUSPENDS_ITSELF = "a capacity cannot suspend its own target"
    SUSPENDS_NO_TICKET_TARGET = (
        "'{value}' has no ticket time target to suspend (first response, resolution, "
        "implementation or lead follow-up)"
    )
    ESCALATION_BOTH_THRESHOLDS = (
        "escalate either after a fixed time or at a share of the time allowed, not both"
    )
    ESCALATION_SHARE_NOT_POSITIVE = (
        "an escalation threshold must be above 0 % of the time allowed, not {value} %"
    )
    ESCALATION_SHARE_WITHOUT_TIME_TARGET = (
        "a threshold as a share of the time allowed needs an objective with a time target; "
        "{objectives} has none"
    )
    ESCALATION_SHARE_NO_OBJECTIVES = (
        "a threshold as a share of the time allowed needs objectives with a time target; this "
        "agreement has none"
    )
    PRIORITY_TARGETS_NOT_PER_REQUEST = (
        "targets per priority are for objectives measured request by request (response, "
        "resolution, implementation or follow-up time), not {metric}"
    )
    RENEWAL_PERIOD_WITHOUT_RENEWAL = "a renewal period is set but the agreement does not renew"
    SHARED_TERM_ACROSS_SIDES = (
        "'{party}' and '{other}' are on different sides but both called \u201c{term}\u201d in the "
        "contract; give each its own defined term"
    )
    REVISIONS_OUT_OF_ORDER = (
        "revision {version} is listed after revision {previous}; list revisions oldest first"
    )
    REVISION_NEWER_THAN_AGREEMENT = (
        "revision {version} is newer than the agreement's version {current}"
    )


@dataclass(frozen=True, slots=True)
class Problem:
    """A rule the agreement breaks, at a JSON path: a message template and its values."""

    loc: Loc
    template: MessageTemplate
    params: Params = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """The English text."""
        return render(self.template, self.params)


def _problem(loc: Loc, template: MessageTemplate, **params: Param) -> Problem:
    return Problem(loc, template, params)


def rule_violations(agreement: Agreement) -> list[Problem]:
    """Every cross-field rule the agreement breaks, in document order."""
    return list(_all(agreement))


def _all(a: Agreement) -> Iterator[Problem]:
    yield from _parties(a)
    yield from _unique_ids(a)
    yield from _references(a)
    yield from _calendars(a)
    yield from _locale(a)
    yield from _objectives(a)
    yield from _credit_tiers(a)
    yield from _escalation(a)
    yield from _other(a)
    yield from _clauses(a)


def _clauses(a: Agreement) -> Iterator[Problem]:
    """A clause's placeholders name known values the agreement gives (issue 15 §2)."""
    from .clauses import clause_locs, field_problems

    for loc, clause in clause_locs(a):
        for name, template, params in field_problems(a, clause):
            yield Problem((*loc, name), template, params)


def _parties(a: Agreement) -> Iterator[Problem]:
    if len(a.parties) < 2:
        yield _problem(("parties",), RuleMessage.TOO_FEW_PARTIES, count=len(a.parties))
    for i, j, shown in shared_terms(a):
        party, other = a.parties[i], a.parties[j]
        if other.role is not party.role:
            yield _problem(
                ("parties", i, "term"),
                RuleMessage.SHARED_TERM_ACROSS_SIDES,
                party=party.name or party.id,
                other=other.name or other.id,
                term=shown,
            )


def shared_terms(a: Agreement) -> Iterator[tuple[int, int, str]]:
    """(party, the first party called the same, that term) for each party whose defined term an
    earlier party already has."""
    first: dict[str, int] = {}
    for i, (key, shown) in enumerate(party_term_keys(a)):
        j = first.setdefault(key, i)
        if j != i:
            yield i, j, shown


_SIDE_DEFAULTS = {
    AgreementKind.INTERNAL: ("the Service Team", "the Requesting Team"),
    AgreementKind.ONBOARDING: ("the Company", "the New Hire"),
}


def party_term_keys(a: Agreement) -> list[tuple[str, str]]:
    """For each party, what the contract calls it: (a key to compare, the term as shown).

    A party's own term wins; else its side's term from the agreement; else the kind's default
    (the contract translates the default, so two parties with the same default share it).
    """
    provider, customer = _SIDE_DEFAULTS.get(a.agreement.kind, ("the Provider", "the Customer"))
    chosen = a.agreement.party_terms
    sides = {
        PartyRole.PROVIDER: chosen.provider.strip(),
        PartyRole.CUSTOMER: chosen.customer.strip(),
    }
    defaults = {PartyRole.PROVIDER: provider, PartyRole.CUSTOMER: customer}
    keys: list[tuple[str, str]] = []
    for party in a.parties:
        own = party.term.strip()
        if own:
            keys.append((" ".join(own.casefold().split()), own))
        elif party.role is PartyRole.PARTNER:
            keys.append(("the partner", "the Partner"))
        elif sides[party.role]:
            keys.append((" ".join(sides[party.role].casefold().split()), sides[party.role]))
        else:
            keys.append((defaults[party.role].casefold(), defaults[party.role]))
    return keys


def _duplicates(values: Iterable[str]) -> set[str]:
    return {value for value, n in Counter(values).items() if n > 1}


def _unique(base: Loc, ids: list[str], template: RuleMessage, key: str = "id") -> Iterator[Problem]:
    seen: set[str] = set()
    for i, value in enumerate(ids):
        folded = value.casefold()
        if folded in seen:
            yield _problem((*base, i, key), template, value=value)
        seen.add(folded)


def _unique_ids(a: Agreement) -> Iterator[Problem]:
    sl, co = a.service_levels, a.consequences
    m = RuleMessage
    yield from _unique(("parties",), [p.id for p in a.parties], m.DUPLICATE_PARTY_ID)
    yield from _unique(
        ("scope", "services"), [s.id for s in a.scope.services], m.DUPLICATE_SERVICE_ID
    )
    yield from _unique(
        ("responsibilities", "items"),
        [r.id for r in a.responsibilities.items],
        m.DUPLICATE_RESPONSIBILITY_ID,
    )
    yield from _unique(
        ("service_levels", "calendars"), [c.id for c in sl.calendars], m.DUPLICATE_CALENDAR_ID
    )
    yield from _unique(
        ("service_levels", "priorities"), [p.id for p in sl.priorities], m.DUPLICATE_PRIORITY_ID
    )
    yield from _unique(
        ("service_levels", "objectives"), [o.id for o in sl.objectives], m.DUPLICATE_OBJECTIVE_ID
    )
    yield from _unique(
        ("limitations", "exclusions"),
        [e.id for e in a.limitations.exclusions],
        m.DUPLICATE_EXCLUSION_ID,
    )
    yield from _unique(
        ("consequences", "credit_tiers"),
        [t.id for t in co.credit_tiers],
        m.DUPLICATE_CREDIT_TIER_ID,
    )
    yield from _unique(
        ("consequences", "escalation"),
        [e.id for e in co.escalation],
        m.DUPLICATE_ESCALATION_LEVEL_ID,
    )
    yield from _unique(
        ("governance", "definitions"),
        [d.term.strip() for d in a.governance.definitions],
        m.DUPLICATE_TERM,
        key="term",
    )
    yield from _unique(
        ("governance", "extra_clauses"),
        [c.id for c in a.governance.extra_clauses],
        m.DUPLICATE_CLAUSE_ID,
    )
    yield from _unique(
        ("signoff", "signatories"), [s.id for s in a.signoff.signatories], m.DUPLICATE_SIGNATORY_ID
    )
    for i, objective in enumerate(sl.objectives):
        yield from _unique(
            ("service_levels", "objectives", i, "priority_targets"),
            [row.priority for row in objective.priority_targets],
            m.DUPLICATE_PRIORITY_ROW,
            key="priority",
        )


# A reference to an ID that does not exist: (with the IDs that do, when there are none yet).
_UNKNOWN: dict[str, tuple[RuleMessage, RuleMessage]] = {
    "calendar": (RuleMessage.UNKNOWN_CALENDAR, RuleMessage.UNKNOWN_CALENDAR_NONE),
    "party": (RuleMessage.UNKNOWN_PARTY, RuleMessage.UNKNOWN_PARTY_NONE),
    "priority": (RuleMessage.UNKNOWN_PRIORITY, RuleMessage.UNKNOWN_PRIORITY_NONE),
    "objective": (RuleMessage.UNKNOWN_OBJECTIVE, RuleMessage.UNKNOWN_OBJECTIVE_NONE),
}


def _references(a: Agreement) -> Iterator[Problem]:
    parties = {p.id for p in a.parties}
    calendars = {c.id for c in a.service_levels.calendars}
    priorities = {p.id for p in a.service_levels.priorities}
    objectives = {o.id for o in a.service_levels.objectives}

    def check(loc: Loc, value: str | None, known: set[str], what: str) -> Iterator[Problem]:
        if value is not None and value not in known:
            some, none = _UNKNOWN[what]
            if known:
                yield _problem(loc, some, value=value, choices=", ".join(sorted(known)))
            else:
                yield _problem(loc, none, value=value)

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
        for j, ref in enumerate(o.suspended_above_capacity):
            yield from check((*base, "suspended_above_capacity", j), ref, objectives, "objective")
        for j, ref in enumerate(o.suspended_priorities):
            yield from check((*base, "suspended_priorities", j), ref, priorities, "priority")
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


_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def _locale(a: Agreement) -> Iterator[Problem]:
    info = a.agreement
    if info.region and not has_locale(info.language.value, info.region):
        regions = regions_for(info.language.value)
        yield _problem(
            ("agreement", "region"),
            RuleMessage.NO_LOCALE_FOR_REGION,
            language=Word(info.language, _LANGUAGE_NAMES.get(info.language.value, "")),
            region=info.region,
            regions=", ".join(regions[:30]) + (", …" if len(regions) > 30 else ""),
        )


def _calendars(a: Agreement) -> Iterator[Problem]:
    for i, calendar in enumerate(a.service_levels.calendars):
        country, region = calendar.holidays_country, calendar.holidays_subdivision
        if country:
            regions = _holiday_regions().get(country)
            if regions is None:
                yield _problem(
                    ("service_levels", "calendars", i, "holidays_country"),
                    RuleMessage.UNKNOWN_HOLIDAY_COUNTRY,
                    country=country,
                )
            elif region and region not in regions:
                yield _problem(
                    ("service_levels", "calendars", i, "holidays_subdivision"),
                    RuleMessage.UNKNOWN_HOLIDAY_REGION,
                    region=region,
                    country=country,
                    regions=", ".join(regions[:12]) + (", …" if len(regions) > 12 else ""),
                )
        elif region:
            yield _problem(
                ("service_levels", "calendars", i, "holidays_country"),
                RuleMessage.REGION_WITHOUT_COUNTRY,
            )
        by_day: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for j, period in enumerate(calendar.hours):
            loc: Loc = ("service_levels", "calendars", i, "hours", j)
            start = period.start.hour * 60 + period.start.minute
            # An end of 00:00 means midnight at the end of the day (a period up to 24:00).
            end = (period.end.hour * 60 + period.end.minute) or 24 * 60
            if end <= start:
                yield _problem(
                    (*loc, "end"),
                    RuleMessage.HOURS_END_NOT_AFTER_START,
                    end=f"{period.end:%H:%M}",
                    start=f"{period.start:%H:%M}",
                )
                continue
            for other_start, other_end in by_day[period.weekday]:
                if start < other_end and other_start < end:
                    yield _problem(
                        (*loc, "start"),
                        RuleMessage.HOURS_OVERLAP,
                        weekday=word(period.weekday),
                    )
            by_day[period.weekday].append((start, end))


TargetProblem = tuple[str, RuleMessage, Params]
"""(field, message, its values) for a target that does not suit its metric."""


def _target_problems(metric: MetricKind, target: Target) -> Iterator[TargetProblem]:
    """What is wrong with a target for its metric, field by field."""
    m = RuleMessage
    allowed = ALLOWED_UNITS[metric]
    if target.unit not in allowed:
        units = Words(tuple(sorted((word(u) for u in allowed), key=str)))
        yield (
            "unit",
            m.TARGET_UNIT_NOT_ALLOWED,
            {
                "metric": word(metric),
                "units": units,
                "unit": word(target.unit),
            },
        )
        return
    value = target.value
    if metric is MetricKind.AVAILABILITY:
        if not Decimal(0) < value < Decimal(100):
            yield "value", m.AVAILABILITY_OUT_OF_RANGE, {"value": value}
        if target.comparator not in (Comparator.GTE, Comparator.GT):
            yield "comparator", m.AVAILABILITY_NOT_MINIMUM, {}
        return
    if target.unit is TargetUnit.PERCENT and not Decimal(0) <= value <= Decimal(100):
        yield "value", m.PERCENT_OUT_OF_RANGE, {"value": value}
    if target.unit.is_time:
        if value <= 0:
            yield "value", m.TIME_NOT_POSITIVE, {"value": value}
        if metric in TIME_METRICS and target.comparator not in (Comparator.LTE, Comparator.LT):
            yield "comparator", m.TIME_NOT_MAXIMUM, {}
    if target.unit in (TargetUnit.COUNT, TargetUnit.MONEY) and value < 0:
        yield "value", m.NEGATIVE_AMOUNT, {"unit": word(target.unit), "value": value}
    if target.unit is TargetUnit.COUNT and value != value.to_integral_value():
        yield "value", m.COUNT_NOT_WHOLE, {"value": value}
    if metric is MetricKind.NPS and not Decimal(-100) <= value <= Decimal(100):
        yield "value", m.NPS_OUT_OF_RANGE, {"value": value}


def _objectives(a: Agreement) -> Iterator[Problem]:
    for i, o in enumerate(a.service_levels.objectives):
        base: Loc = ("service_levels", "objectives", i)
        for field_name, template, params in _target_problems(o.metric, o.target):
            yield Problem((*base, "target", field_name), template, params)
        if o.priority_targets and o.metric not in TIME_METRICS:
            yield _problem(
                (*base, "priority_targets"),
                RuleMessage.PRIORITY_TARGETS_NOT_PER_REQUEST,
                metric=word(o.metric),
            )
        for j, row in enumerate(o.priority_targets):
            row_loc: Loc = (*base, "priority_targets", j)
            if row.best_effort:
                if row.target is not None:
                    yield _problem((*row_loc, "target"), RuleMessage.BEST_EFFORT_WITH_TARGET)
                continue
            if row.target is None:
                yield _problem((*row_loc, "target"), RuleMessage.PRIORITY_WITHOUT_TARGET)
                continue
            for field_name, template, params in _target_problems(o.metric, row.target):
                yield Problem((*row_loc, "target", field_name), template, params)
        yield from _volume(a, base, o)
        if o.internal_target is not None:
            if o.internal_target.unit is not o.target.unit:
                yield _problem(
                    (*base, "internal_target", "unit"),
                    RuleMessage.INTERNAL_TARGET_OTHER_UNIT,
                    unit=word(o.target.unit),
                )
            else:
                for field_name, template, params in _target_problems(o.metric, o.internal_target):
                    yield Problem((*base, "internal_target", field_name), template, params)
        if o.window.kind is WindowKind.ROLLING_DAYS and o.window.days is None:
            yield _problem((*base, "window", "days"), RuleMessage.ROLLING_WINDOW_WITHOUT_DAYS)
        if o.window.kind is not WindowKind.ROLLING_DAYS and o.window.days is not None:
            yield _problem(
                (*base, "window", "days"),
                RuleMessage.DAYS_WITHOUT_ROLLING_WINDOW,
                window=word(o.window.kind),
            )


VOLUME_METRICS = frozenset({MetricKind.TICKET_VOLUME, MetricKind.DELIVERY_VOLUME})
VOLUME_UNITS = frozenset({TargetUnit.COUNT, TargetUnit.MONEY})


def has_ticket_time_target(objective: Objective) -> bool:
    """Whether ``objective`` sets a time for each ticket (what a capacity or escalation acts on)."""
    units = [objective.target.unit]
    units += [row.target.unit for row in objective.priority_targets if row.target is not None]
    return objective.metric in TIME_METRICS and any(u.is_time for u in units)


def _volume(a: Agreement, base: Loc, o: Objective) -> Iterator[Problem]:
    """Which way a volume goes: a capacity is a ceiling, a commitment a floor."""
    m = RuleMessage
    if o.volume is None:
        if o.metric in VOLUME_METRICS and o.target.unit in VOLUME_UNITS:
            yield _problem((*base, "volume"), m.VOLUME_KIND_MISSING)
    elif o.target.unit not in VOLUME_UNITS:
        yield _problem((*base, "volume"), m.VOLUME_NOT_A_VOLUME, unit=word(o.target.unit))
    elif o.volume is VolumeKind.CAPACITY and o.target.comparator not in (
        Comparator.LTE,
        Comparator.LT,
    ):
        yield _problem(
            (*base, "target", "comparator"), m.CAPACITY_NOT_MAXIMUM, value=o.target.value
        )
    elif o.volume is VolumeKind.COMMITMENT and o.target.comparator not in (
        Comparator.GTE,
        Comparator.GT,
    ):
        yield _problem(
            (*base, "target", "comparator"), m.COMMITMENT_NOT_MINIMUM, value=o.target.value
        )
    if (o.suspended_above_capacity or o.suspended_priorities) and o.volume is not (
        VolumeKind.CAPACITY
    ):
        field_name = (
            "suspended_above_capacity" if o.suspended_above_capacity else ("suspended_priorities")
        )
        yield _problem((*base, field_name), m.SUSPENSION_WITHOUT_CAPACITY)
        return
    objectives = {other.id: other for other in a.service_levels.objectives}
    for j, ref in enumerate(o.suspended_above_capacity):
        loc: Loc = (*base, "suspended_above_capacity", j)
        if ref == o.id:
            yield _problem(loc, m.SUSPENDS_ITSELF)
        elif ref in objectives and not has_ticket_time_target(objectives[ref]):
            yield _problem(loc, m.SUSPENDS_NO_TICKET_TARGET, value=objectives[ref].name or ref)


def _escalation(a: Agreement) -> Iterator[Problem]:
    m = RuleMessage
    objectives = a.service_levels.objectives
    for i, level in enumerate(a.consequences.escalation):
        loc: Loc = ("consequences", "escalation", i)
        if level.at_percent is None:
            continue
        if level.after is not None:
            yield _problem((*loc, "at_percent"), m.ESCALATION_BOTH_THRESHOLDS)
        if level.at_percent <= 0:
            yield _problem(
                (*loc, "at_percent"), m.ESCALATION_SHARE_NOT_POSITIVE, value=level.at_percent
            )
        covered = [o for o in objectives if not level.objectives or o.id in level.objectives]
        if level.objectives:
            without = [o.name or o.id for o in covered if not has_ticket_time_target(o)]
            if without:
                yield _problem(
                    (*loc, "objectives"),
                    m.ESCALATION_SHARE_WITHOUT_TIME_TARGET,
                    objectives=", ".join(without),
                )
        elif not any(has_ticket_time_target(o) for o in covered):
            yield _problem((*loc, "at_percent"), m.ESCALATION_SHARE_NO_OBJECTIVES)


def _credit_tiers(a: Agreement) -> Iterator[Problem]:
    objectives: dict[str, Objective] = {o.id: o for o in a.service_levels.objectives}
    by_objective: dict[str, list[tuple[int, CreditTier]]] = defaultdict(list)
    for i, tier in enumerate(a.consequences.credit_tiers):
        loc: Loc = ("consequences", "credit_tiers", i)
        if tier.at_least >= tier.below:
            yield _problem(
                (*loc, "at_least"),
                RuleMessage.TIER_BAND_EMPTY,
                at_least=tier.at_least,
                below=tier.below,
            )
            continue
        objective = objectives.get(tier.objective)
        if (
            objective is not None
            and objective.metric is MetricKind.AVAILABILITY
            and objective.target.unit is TargetUnit.PERCENT
            and tier.below > objective.target.value
        ):
            yield _problem(
                (*loc, "below"),
                RuleMessage.TIER_ABOVE_TARGET,
                below=tier.below,
                target=objective.target.value,
            )
        by_objective[tier.objective].append((i, tier))
    for tiers in by_objective.values():
        for (_, higher), (j, lower) in itertools.pairwise(tiers):
            loc = ("consequences", "credit_tiers", j)
            if lower.below > higher.at_least:
                if lower.below > higher.below:
                    yield _problem(
                        (*loc, "below"),
                        RuleMessage.TIERS_OUT_OF_ORDER,
                        below=lower.below,
                        previous=higher.below,
                    )
                else:
                    yield _problem(
                        (*loc, "below"),
                        RuleMessage.TIERS_OVERLAP,
                        at_least=lower.at_least,
                        below=lower.below,
                        other_at_least=higher.at_least,
                        other_below=higher.below,
                    )
            elif lower.credit_percent < higher.credit_percent:
                yield _problem(
                    (*loc, "credit_percent"),
                    RuleMessage.TIER_CREDIT_DROPS,
                    credit=lower.credit_percent,
                    previous=higher.credit_percent,
                )


def _other(a: Agreement) -> Iterator[Problem]:
    chronic = a.consequences.chronic_failure
    if chronic is not None and chronic.missed_periods > chronic.out_of:
        yield _problem(
            ("consequences", "chronic_failure", "missed_periods"),
            RuleMessage.CHRONIC_IMPOSSIBLE,
            missed=chronic.missed_periods,
            out_of=chronic.out_of,
        )
    term = a.agreement.term
    if term.renewal is RenewalKind.NONE and term.renewal_months is not None:
        yield _problem(
            ("agreement", "term", "renewal_months"), RuleMessage.RENEWAL_PERIOD_WITHOUT_RENEWAL
        )
    previous = 0
    for i, revision in enumerate(a.signoff.revisions):
        if revision.version < previous:
            yield _problem(
                ("signoff", "revisions", i, "version"),
                RuleMessage.REVISIONS_OUT_OF_ORDER,
                version=revision.version,
                previous=previous,
            )
        if revision.version > a.agreement.version:
            yield _problem(
                ("signoff", "revisions", i, "version"),
                RuleMessage.REVISION_NEWER_THAN_AGREEMENT,
                version=revision.version,
                current=a.agreement.version,
            )
        previous = max(previous, revision.version)
