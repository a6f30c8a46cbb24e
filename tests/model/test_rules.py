"""Each cross-field rule: a case that breaks it (with its place and message), one that passes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from slawriter.model import Agreement, rule_violations
from slawriter.model.agreement import (
    Comparator,
    MetricKind,
    Party,
    PartyRole,
    PriorityTarget,
    RenewalKind,
    Revision,
    Signatory,
    Target,
    TargetUnit,
    WindowKind,
    WorkingPeriod,
)
from tests import factories

Mutation = Callable[[Agreement], None]


def _one_party(a: Agreement) -> None:
    a.parties = a.parties[:1]


def _third_party(a: Agreement) -> None:
    a.parties = [*a.parties, Party(id="bank", name="Bank", role=PartyRole.PARTNER)]


def _duplicate_party(a: Agreement) -> None:
    a.parties = [*a.parties, Party(id="acme", name="Acme again")]


def _duplicate_objective(a: Agreement) -> None:
    a.service_levels.objectives = [*a.service_levels.objectives, factories.availability()]


def _signatory_of_nobody(a: Agreement) -> None:
    a.signoff.signatories = [
        *a.signoff.signatories,
        Signatory(id="eve", party="ghost", name="Eve"),
    ]


def _second_signatory_same_party(a: Agreement) -> None:
    a.signoff.signatories = [
        *a.signoff.signatories,
        Signatory(id="luis", party="acme", name="Luis"),
    ]


def _tier_for_missing_objective(a: Agreement) -> None:
    a.consequences.credit_tiers[0].objective = "latency"


def _unknown_calendar(a: Agreement) -> None:
    a.service_levels.objectives[1].calendar = "weekend"


def _unknown_priority(a: Agreement) -> None:
    a.service_levels.objectives[1].priority_targets[0].priority = "p9"


def _owner_missing(a: Agreement) -> None:
    a.responsibilities.items[0].owners = ["acme", "nobody"]


def _escalation_objective_missing(a: Agreement) -> None:
    a.consequences.escalation[0].objectives = ["uptime", "speed"]


def _tiers_unordered(a: Agreement) -> None:
    tiers = a.consequences.credit_tiers
    a.consequences.credit_tiers = [tiers[1], tiers[0], tiers[2]]


def _tiers_overlap(a: Agreement) -> None:
    a.consequences.credit_tiers[1].below = Decimal("99.5")


def _tiers_touching(a: Agreement) -> None:
    a.consequences.credit_tiers[1].below = Decimal(99)


def _tier_empty_band(a: Agreement) -> None:
    a.consequences.credit_tiers[0].at_least = Decimal("99.9")


def _tier_above_target(a: Agreement) -> None:
    a.consequences.credit_tiers[0].below = Decimal("99.95")


def _tier_credit_drops(a: Agreement) -> None:
    a.consequences.credit_tiers[2].credit_percent = Decimal(5)


def _availability_100(a: Agreement) -> None:
    a.service_levels.objectives[0].target.value = Decimal(100)


def _availability_0(a: Agreement) -> None:
    a.service_levels.objectives[0].target.value = Decimal(0)


def _availability_edge(a: Agreement) -> None:
    a.service_levels.objectives[0].target.value = Decimal("99.999")


def _availability_in_hours(a: Agreement) -> None:
    a.service_levels.objectives[0].target.unit = TargetUnit.HOURS


def _availability_at_most(a: Agreement) -> None:
    a.service_levels.objectives[0].target.comparator = Comparator.LTE


def _response_in_percent(a: Agreement) -> None:
    a.service_levels.objectives[1].target = Target(
        comparator=Comparator.LTE, value=Decimal(95), unit=TargetUnit.PERCENT
    )


def _response_at_least(a: Agreement) -> None:
    a.service_levels.objectives[1].target.comparator = Comparator.GTE


def _response_zero(a: Agreement) -> None:
    a.service_levels.objectives[1].priority_targets[0].target.value = Decimal(0)


def _response_in_days(a: Agreement) -> None:
    a.service_levels.objectives[1].target.unit = TargetUnit.BUSINESS_DAYS


def _nps_out_of_range(a: Agreement) -> None:
    objective = a.service_levels.objectives[0]
    objective.metric = MetricKind.NPS
    objective.target = Target(comparator=Comparator.GTE, value=Decimal(120), unit=TargetUnit.SCORE)
    a.consequences.credit_tiers = []


def _nps_negative(a: Agreement) -> None:
    objective = a.service_levels.objectives[0]
    objective.metric = MetricKind.NPS
    objective.target = Target(comparator=Comparator.GTE, value=Decimal(-20), unit=TargetUnit.SCORE)
    a.consequences.credit_tiers = []


def _fractional_count(a: Agreement) -> None:
    objective = a.service_levels.objectives[0]
    objective.metric = MetricKind.TICKET_VOLUME
    objective.target = Target(
        comparator=Comparator.LTE, value=Decimal("10.5"), unit=TargetUnit.COUNT
    )
    a.consequences.credit_tiers = []


def _custom_percent_over_100(a: Agreement) -> None:
    objective = a.service_levels.objectives[0]
    objective.metric = MetricKind.CUSTOM
    objective.target = Target(
        comparator=Comparator.GTE, value=Decimal(101), unit=TargetUnit.PERCENT
    )


def _internal_target_other_unit(a: Agreement) -> None:
    a.service_levels.objectives[1].internal_target = Target(
        comparator=Comparator.LTE, value=Decimal(30), unit=TargetUnit.MINUTES
    )


def _internal_target_same_unit(a: Agreement) -> None:
    a.service_levels.objectives[1].internal_target = Target(
        comparator=Comparator.LTE, value=Decimal(6), unit=TargetUnit.BUSINESS_HOURS
    )


def _rolling_without_days(a: Agreement) -> None:
    a.service_levels.objectives[0].window.kind = WindowKind.ROLLING_DAYS


def _rolling_with_days(a: Agreement) -> None:
    a.service_levels.objectives[0].window.kind = WindowKind.ROLLING_DAYS
    a.service_levels.objectives[0].window.days = 28


def _month_with_days(a: Agreement) -> None:
    a.service_levels.objectives[0].window.days = 28


def _duplicate_priority_row(a: Agreement) -> None:
    rows = a.service_levels.objectives[1].priority_targets
    a.service_levels.objectives[1].priority_targets = [
        *rows,
        PriorityTarget(priority="p1", target=rows[0].target),
    ]


def _hours_backwards(a: Agreement) -> None:
    a.service_levels.calendars[0].hours[0].end = dt.time(8)


def _hours_overlap(a: Agreement) -> None:
    a.service_levels.calendars[0].hours.append(
        WorkingPeriod(weekday="monday", start=dt.time(17), end=dt.time(20))
    )


def _hours_with_break(a: Agreement) -> None:
    calendar = a.service_levels.calendars[0]
    calendar.hours[0].end = dt.time(14)
    calendar.hours.append(WorkingPeriod(weekday="monday", start=dt.time(15), end=dt.time(18)))


def _unknown_holiday_country(a: Agreement) -> None:
    a.service_levels.calendars[0].holidays_country = "XX"


def _unknown_holiday_region(a: Agreement) -> None:
    a.service_levels.calendars[0].holidays_subdivision = "ZZ"


def _madrid_holidays(a: Agreement) -> None:
    a.service_levels.calendars[0].holidays_subdivision = "MD"


def _until_midnight(a: Agreement) -> None:
    a.service_levels.calendars[0].hours[0].end = dt.time(0)


def _chronic_impossible(a: Agreement) -> None:
    assert a.consequences.chronic_failure is not None
    a.consequences.chronic_failure.missed_periods = 4


def _renewal_period_without_renewal(a: Agreement) -> None:
    a.agreement.term.renewal_months = 12


def _renewal_period_with_renewal(a: Agreement) -> None:
    a.agreement.term.renewal = RenewalKind.AUTOMATIC
    a.agreement.term.renewal_months = 12
    a.agreement.term.notice_days = 30


def _revision_from_future(a: Agreement) -> None:
    a.signoff.revisions.append(Revision(version=3, date=dt.date(2026, 12, 1)))


def _revisions_backwards(a: Agreement) -> None:
    a.agreement.version = 2
    a.signoff.revisions.insert(0, Revision(version=2, date=dt.date(2026, 12, 1)))


def _duplicate_definition(a: Agreement) -> None:
    a.governance.definitions.append(a.governance.definitions[0].model_copy())


# (mutation, expected JSON path, words the message must contain)
BREAKING: list[tuple[Mutation, tuple[str | int, ...], str]] = [
    (_one_party, ("parties",), "at least two parties"),
    (_duplicate_party, ("parties", 2, "id"), "party ID 'acme' is used twice"),
    (_duplicate_objective, ("service_levels", "objectives", 2, "id"), "objective ID 'uptime'"),
    (_signatory_of_nobody, ("signoff", "signatories", 2, "party"), "party 'ghost'"),
    (_tier_for_missing_objective, ("consequences", "credit_tiers", 0, "objective"), "'latency'"),
    (_unknown_calendar, ("service_levels", "objectives", 1, "calendar"), "calendar 'weekend'"),
    (
        _unknown_priority,
        ("service_levels", "objectives", 1, "priority_targets", 0, "priority"),
        "priority 'p9'",
    ),
    (_owner_missing, ("responsibilities", "items", 0, "owners", 1), "party 'nobody'"),
    (_escalation_objective_missing, ("consequences", "escalation", 0, "objectives", 1), "'speed'"),
    (_tiers_unordered, ("consequences", "credit_tiers", 1, "below"), "highest attainment down"),
    (_tiers_overlap, ("consequences", "credit_tiers", 1, "below"), "overlaps"),
    (_tier_empty_band, ("consequences", "credit_tiers", 0, "at_least"), "band is empty"),
    (_tier_above_target, ("consequences", "credit_tiers", 0, "below"), "above the objective's"),
    (_tier_credit_drops, ("consequences", "credit_tiers", 2, "credit_percent"), "smaller credit"),
    (_availability_100, ("service_levels", "objectives", 0, "target", "value"), "below 100 %"),
    (_availability_0, ("service_levels", "objectives", 0, "target", "value"), "above 0 %"),
    (_availability_in_hours, ("service_levels", "objectives", 0, "target", "unit"), "percent"),
    (_availability_at_most, ("service_levels", "objectives", 0, "target", "comparator"), "minimum"),
    (_response_in_percent, ("service_levels", "objectives", 1, "target", "unit"), "not percent"),
    (_response_at_least, ("service_levels", "objectives", 1, "target", "comparator"), "maximum"),
    (
        _response_zero,
        ("service_levels", "objectives", 1, "priority_targets", 0, "target", "value"),
        "longer than zero",
    ),
    (_nps_out_of_range, ("service_levels", "objectives", 0, "target", "value"), "-100 and 100"),
    (_fractional_count, ("service_levels", "objectives", 0, "target", "value"), "whole number"),
    (
        _custom_percent_over_100,
        ("service_levels", "objectives", 0, "target", "value"),
        "between 0 and 100",
    ),
    (
        _internal_target_other_unit,
        ("service_levels", "objectives", 1, "internal_target", "unit"),
        "same unit",
    ),
    (
        _rolling_without_days,
        ("service_levels", "objectives", 0, "window", "days"),
        "length in days",
    ),
    (_month_with_days, ("service_levels", "objectives", 0, "window", "days"), "rolling window"),
    (
        _duplicate_priority_row,
        ("service_levels", "objectives", 1, "priority_targets", 2, "priority"),
        "used twice",
    ),
    (_hours_backwards, ("service_levels", "calendars", 0, "hours", 0, "end"), "not after"),
    (_hours_overlap, ("service_levels", "calendars", 0, "hours", 5, "start"), "overlap"),
    (
        _unknown_holiday_country,
        ("service_levels", "calendars", 0, "holidays_country"),
        "country code 'XX'",
    ),
    (
        _unknown_holiday_region,
        ("service_levels", "calendars", 0, "holidays_subdivision"),
        "not a region of ES",
    ),
    (_chronic_impossible, ("consequences", "chronic_failure", "missed_periods"), "within 3"),
    (_renewal_period_without_renewal, ("agreement", "term", "renewal_months"), "does not renew"),
    (_revision_from_future, ("signoff", "revisions", 1, "version"), "newer than"),
    (_revisions_backwards, ("signoff", "revisions", 1, "version"), "oldest first"),
    (
        _duplicate_definition,
        ("governance", "definitions", 1, "term"),
        "'Downtime' is defined twice",
    ),
]

PASSING: list[Mutation] = [
    _third_party,
    _second_signatory_same_party,
    _tiers_touching,
    _availability_edge,
    _response_in_days,
    _nps_negative,
    _internal_target_same_unit,
    _rolling_with_days,
    _hours_with_break,
    _madrid_holidays,
    _until_midnight,
    _renewal_period_with_renewal,
]


def test_the_reference_agreement_breaks_no_rule() -> None:
    assert rule_violations(factories.agreement()) == []


@pytest.mark.parametrize(
    ("mutate", "loc", "words"), BREAKING, ids=[m.__name__.strip("_") for m, _, _ in BREAKING]
)
def test_breaking_a_rule_names_the_field(
    mutate: Mutation, loc: tuple[str | int, ...], words: str
) -> None:
    a = factories.agreement()
    mutate(a)
    problems = rule_violations(a)
    assert problems, "the rule was not enforced"
    assert problems[0].loc == loc, problems
    assert words in problems[0].message


@pytest.mark.parametrize("mutate", PASSING, ids=[m.__name__.strip("_") for m in PASSING])
def test_a_close_but_valid_case_passes(mutate: Mutation) -> None:
    a = factories.agreement()
    mutate(a)
    assert rule_violations(a) == []


def test_credit_percent_is_bounded_by_the_model() -> None:
    a = factories.agreement()
    with pytest.raises(ValueError, match="less than or equal to 100"):
        a.consequences.credit_tiers[0].credit_percent = Decimal(150)


def test_an_unknown_time_zone_is_refused() -> None:
    a = factories.agreement()
    with pytest.raises(ValueError, match="not a known IANA time zone"):
        a.agreement.time_zone = "Mars/Olympus"


def test_an_unknown_currency_is_refused() -> None:
    a = factories.agreement()
    with pytest.raises(ValueError, match="ISO 4217"):
        a.agreement.currency = "XYZ"
