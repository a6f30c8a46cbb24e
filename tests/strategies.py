"""Hypothesis strategies for valid agreements, built from the pydantic models themselves.

``agreements()`` draws an :class:`Agreement` that passes pydantic validation *and* every
cross-field rule (:func:`slawriter.model.rules.rule_violations` is empty): IDs are unique,
references point at things that exist, each objective's target suits its metric, credit tiers
are ordered bands. Text mixes arbitrary Unicode with emoji, right-to-left scripts and characters
JSON must escape. Lists are short so that an example takes milliseconds to draw.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

import holidays
from babel.numbers import list_currencies
from hypothesis import assume
from hypothesis import strategies as st

from slawriter.model.agreement import (
    Agreement,
    AgreementInfo,
    AgreementKind,
    AgreementStatus,
    Approval,
    BusinessCalendar,
    CapBasis,
    ChannelKind,
    ChronicFailure,
    ClaimProcedure,
    Clause,
    ClockRules,
    Comparator,
    Consequences,
    Contact,
    CreditApplication,
    CreditExpiry,
    CreditTier,
    Definition,
    EscalationLevel,
    Exclusion,
    ExclusionKind,
    Frequency,
    Governance,
    Limitations,
    Maintenance,
    MeasurementWindow,
    MetricKind,
    Objective,
    Party,
    PartyKind,
    PartyRole,
    PartyTerms,
    Priority,
    PriorityTarget,
    RenewalKind,
    Reporting,
    Responsibilities,
    Responsibility,
    ResponsibilityKind,
    Review,
    Revision,
    Scope,
    Service,
    ServiceLevels,
    Signatory,
    SignOff,
    SupportChannel,
    Target,
    TargetUnit,
    Term,
    VolumeKind,
    Weekday,
    WindowKind,
    WorkingPeriod,
)
from slawriter.model.rules import (
    ALLOWED_UNITS,
    TIME_METRICS,
    VOLUME_METRICS,
    VOLUME_UNITS,
    has_ticket_time_target,
    shared_terms,
)
from slawriter.model.types import Duration, DurationUnit, Language

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[T]], T]

ID_PATTERN = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
FRAGMENTS = (
    "Müller & Söhne GmbH",
    "Ünïcødé",
    "اتفاقية مستوى الخدمة",  # Arabic, right to left
    "הסכם רמת שירות",  # Hebrew, right to left
    "東京都千代田区",
    "👩‍💻",  # a ZWJ sequence
    "🇪🇸🇩🇪",
    "🚀 ✓ €",
    "\u200f",  # right-to-left mark
    "e\u0301",  # combining accent
    '"quoted" \\ back/slash',
    "<b>&amp;</b>",
    "line\nbreak",
    "tab\there",
    "\x00\x1f\x7f",
    "\u2028\u2029",
)
TIME_ZONES = sorted(zoneinfo.available_timezones())
CURRENCIES = sorted(list_currencies())
COUNTRIES = ("ES", "DE", "US", "GB", "MX", "JP")


@cache
def text(max_parts: int = 4) -> st.SearchStrategy[str]:
    """Short free text (well under ShortText's 300 characters), often non-ASCII.

    Strategies here are cached: building one costs more than drawing from it.
    """
    part = st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=8),
        st.text("abcdefghijklmnopqrstuvwxyz ", max_size=12),
        st.sampled_from(FRAGMENTS),
    )
    return st.lists(part, max_size=max_parts).map("".join)


@cache
def identifiers() -> st.SearchStrategy[str]:
    return st.from_regex(ID_PATTERN, fullmatch=True)


@cache
def unique_ids(min_size: int = 0, max_size: int = 3) -> st.SearchStrategy[list[str]]:
    return st.lists(identifiers(), min_size=min_size, max_size=max_size, unique=True)


@cache
def decimals(low: str, high: str, places: int) -> st.SearchStrategy[Decimal]:
    """Exact decimals in [low, high] with up to ``places`` decimals, sometimes normalized
    (``Decimal("100").normalize()`` is ``1E+2``, still a plain JSON number)."""
    value = st.integers(0, places).flatmap(
        lambda p: st.decimals(Decimal(low), Decimal(high), places=p)
    )
    return st.tuples(value, st.booleans()).map(lambda t: t[0].normalize() if t[1] else t[0])


def some(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def pick(draw: Draw[Any], choices: Sequence[T]) -> T | None:
    """One of ``choices`` or None (None when there is nothing to choose)."""
    if not choices:
        return None
    return draw(some(st.sampled_from(list(choices))))


def subset(draw: Draw[Any], choices: Sequence[T], max_size: int = 3) -> list[T]:
    if not choices:
        return []
    return draw(st.lists(st.sampled_from(list(choices)), max_size=max_size, unique=True))


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2199, 12, 31))
durations = st.builds(
    Duration, value=decimals("0", "100000", 4), unit=st.sampled_from(DurationUnit)
)
contacts = st.builds(
    Contact, name=text(), title=text(2), email=text(2), phone=st.sampled_from(["", "+34 600 000"])
)
text_lists = st.lists(text(2), max_size=2)
clocks = st.builds(ClockRules, start=text(2), pause=text(2), stop=text(2))
maintenance = st.builds(
    Maintenance,
    window=text(2),
    notice=some(durations),
    max_per_month=some(durations),
    excluded_from_downtime=st.booleans(),
)
definitions = st.lists(
    st.builds(Definition, term=text(2), meaning=text()),
    max_size=3,
    unique_by=lambda d: d.term.strip().casefold(),  # rules: a term is defined once
)
approvals = st.lists(
    st.builds(Approval, role=text(1), name=text(1), date=some(dates), note=text(1)), max_size=2
)
fingerprints = st.just("") | st.binary(min_size=6, max_size=32).map(bytes.hex)


# ---------------------------------------------------------------------------------------------
# Targets that suit their metric (rules._target_problems)


@cache
def _target_value(metric: MetricKind, unit: TargetUnit) -> st.SearchStrategy[Decimal]:
    if metric is MetricKind.AVAILABILITY:
        return decimals("1", "99.999", 3)
    if unit is TargetUnit.PERCENT:
        return decimals("0", "100", 6)
    if unit.is_time:
        return decimals("0.25", "100000", 2)
    if unit is TargetUnit.COUNT:
        return st.integers(0, 10**9).map(Decimal)
    if unit is TargetUnit.MONEY:
        return decimals("0", "1000000000000", 6)
    if metric is MetricKind.NPS:
        return decimals("-100", "100", 1)
    return decimals("-1000000000000", "1000000000000", 6)


def _comparators(metric: MetricKind) -> list[Comparator]:
    if metric is MetricKind.AVAILABILITY:
        return [Comparator.GTE, Comparator.GT]
    if metric in TIME_METRICS:
        return [Comparator.LTE, Comparator.LT]
    return list(Comparator)


@cache
def targets(metric: MetricKind, unit: TargetUnit | None = None) -> st.SearchStrategy[Target]:
    """A target valid for ``metric`` (in ``unit`` when given)."""
    units = [unit] if unit is not None else sorted(ALLOWED_UNITS[metric])
    return st.sampled_from(units).flatmap(
        lambda u: st.builds(
            Target,
            comparator=st.sampled_from(_comparators(metric)),
            value=_target_value(metric, u),
            unit=st.just(u),
        )
    )


# ---------------------------------------------------------------------------------------------
# Sections


@st.composite
def working_hours(draw: Draw[Any]) -> list[WorkingPeriod]:
    """One or two periods on some weekdays, never overlapping, each ending after it starts."""
    periods: list[WorkingPeriod] = []
    for weekday in draw(st.lists(st.sampled_from(Weekday), max_size=5, unique=True)):
        count = draw(st.sampled_from([2, 4]))
        minutes = sorted(
            draw(st.lists(st.integers(0, 1439), min_size=count, max_size=count, unique=True))
        )
        if draw(st.booleans()):
            minutes[-1] = 24 * 60  # the last period runs to midnight, written as 00:00
        for start, end in zip(minutes[::2], minutes[1::2], strict=True):
            second = draw(st.sampled_from([0, 0, 0, 30]))
            micro = draw(st.sampled_from([0, 0, 250_000]))
            periods.append(
                WorkingPeriod(
                    weekday=weekday,
                    start=dt.time(start // 60, start % 60, second, micro),
                    end=dt.time((end // 60) % 24, end % 60),
                )
            )
    return periods


@cache
def holiday_places() -> st.SearchStrategy[tuple[str, str]]:
    """(country, region) pairs the holidays library knows, or no public holidays at all."""
    known = holidays.list_supported_countries()
    places = [("", "")] + [
        (country, region) for country in COUNTRIES for region in ["", *known[country][:6]]
    ]
    return st.sampled_from(places)


@st.composite
def calendars(draw: Draw[Any]) -> list[BusinessCalendar]:
    result: list[BusinessCalendar] = []
    for calendar_id in draw(unique_ids(max_size=2)):
        country, region = draw(holiday_places())
        result.append(
            BusinessCalendar(
                id=calendar_id,
                name=draw(text()),
                time_zone=draw(st.sampled_from(TIME_ZONES)),
                hours=draw(working_hours()),
                holidays_country=country,
                holidays_subdivision=region,
                closures=draw(st.lists(dates, max_size=3)),
            )
        )
    return result


@st.composite
def objectives(
    draw: Draw[Any], party_ids: list[str], calendar_ids: list[str], priority_ids: list[str]
) -> list[Objective]:
    result: list[Objective] = []
    for objective_id in draw(unique_ids(max_size=3)):
        metric = draw(st.sampled_from(MetricKind))
        target = draw(targets(metric))
        window_kind = draw(st.sampled_from(WindowKind))
        rolling = window_kind is WindowKind.ROLLING_DAYS
        rows = subset(draw, priority_ids)
        # Which way a volume goes (rules._volume): required for ticket and delivery volumes, and
        # its comparator follows it.
        volume: VolumeKind | None = None
        if target.unit in VOLUME_UNITS:
            choices = [VolumeKind.CAPACITY, VolumeKind.COMMITMENT]
            volume = draw(
                st.sampled_from(choices)
                if metric in VOLUME_METRICS
                else some(st.sampled_from(choices))
            )
            if volume is VolumeKind.CAPACITY:
                target.comparator = draw(st.sampled_from([Comparator.LTE, Comparator.LT]))
            elif volume is VolumeKind.COMMITMENT:
                target.comparator = draw(st.sampled_from([Comparator.GTE, Comparator.GT]))
        result.append(
            Objective(
                id=objective_id,
                name=draw(text()),
                metric=metric,
                description=draw(text()),
                target=target,
                priority_targets=[
                    PriorityTarget(priority=row, best_effort=True)
                    if draw(st.integers(0, 4)) == 0
                    else PriorityTarget(priority=row, target=draw(targets(metric)))
                    for row in rows
                    # Targets per priority only for objectives measured request by request.
                    if metric in TIME_METRICS
                ],
                volume=volume,
                attainment_percent=draw(some(decimals("0", "100", 6))),
                window=MeasurementWindow(
                    kind=window_kind,
                    days=draw(st.integers(1, 366)) if rolling else None,
                ),
                calendar=pick(draw, calendar_ids),
                clock=draw(clocks),
                data_source=draw(text(2)),
                measurement_method=draw(text()),
                downtime_definition=draw(text(2)),
                reporting_frequency=draw(st.sampled_from(Frequency)),
                responsible_party=pick(draw, party_ids),
                internal_target=draw(some(targets(metric, target.unit))),
            )
        )
    timed = [o.id for o in result if has_ticket_time_target(o)]
    for objective in result:
        if objective.volume is VolumeKind.CAPACITY and timed:
            objective.suspended_above_capacity = subset(
                draw, [t for t in timed if t != objective.id]
            )
            if objective.suspended_above_capacity:
                objective.suspended_priorities = subset(draw, priority_ids)
    return result


@st.composite
def credit_tiers(draw: Draw[Any], objectives: list[Objective]) -> list[CreditTier]:
    """For some objectives, bands from the highest attainment down, credits growing."""
    chosen = [objectives[i] for i in sorted(subset(draw, range(len(objectives))))]
    counts = [draw(st.integers(1, 3)) for _ in chosen]
    ids = iter(draw(unique_ids(sum(counts), sum(counts))))
    tiers: list[CreditTier] = []
    for objective, count in zip(chosen, counts, strict=True):
        top = "100"
        if objective.metric is MetricKind.AVAILABILITY:
            top = str(objective.target.value)  # a tier must not credit a month that met it
        bounds = draw(
            st.lists(decimals("0", top, 3), min_size=count + 1, max_size=count + 1, unique=True)
        )
        bounds.sort(reverse=True)
        credits = sorted(draw(st.lists(decimals("0", "100", 2), min_size=count, max_size=count)))
        for below, at_least, credit in zip(bounds, bounds[1:], credits, strict=False):
            tiers.append(
                CreditTier(
                    id=next(ids),
                    objective=objective.id,
                    below=below,
                    at_least=at_least,
                    credit_percent=credit,
                )
            )
    return tiers


def _escalation_threshold(draw: Draw[Any], objectives: list[Objective]) -> dict[str, Any]:
    """A fixed time, or a share of the time allowed for objectives with a time target."""
    timed = [o.id for o in objectives if has_ticket_time_target(o)]
    if timed and draw(st.booleans()):
        return {
            "at_percent": draw(decimals("0.5", "1000", 2)),
            "objectives": subset(draw, timed),
            "after": None,
        }
    return {
        "after": draw(some(durations)),
        "objectives": subset(draw, [o.id for o in objectives]),
    }


@st.composite
def agreements(draw: Draw[Any]) -> Agreement:
    """A valid agreement: no pydantic error and no cross-field rule violation."""
    party_ids = draw(unique_ids(2, 3))
    parties = [
        Party(
            id=party_id,
            name=draw(text()),
            kind=draw(st.sampled_from(PartyKind)),
            role=draw(st.sampled_from(PartyRole)),
            term=draw(text(1)),
            registration=draw(text(1)),
            address=draw(text()),
            representatives=draw(st.lists(contacts, max_size=1)),
            contacts=draw(st.lists(contacts, max_size=2)),
        )
        for party_id in party_ids
    ]
    cals = draw(calendars())
    calendar_ids = [c.id for c in cals]
    priorities = [
        Priority(id=priority_id, name=draw(text(1)), description=draw(text(2)))
        for priority_id in draw(unique_ids(max_size=3))
    ]
    objs = draw(objectives(party_ids, calendar_ids, [p.id for p in priorities]))

    renewal = draw(st.sampled_from(RenewalKind))
    version = draw(st.integers(1, 30))
    out_of = draw(st.integers(1, 120))
    agreement = Agreement(
        agreement=AgreementInfo(
            kind=draw(st.sampled_from(AgreementKind)),
            title=draw(text()),
            document_id=draw(text(2)),
            version=version,
            language=draw(st.sampled_from(Language)),
            currency=draw(st.sampled_from(CURRENCIES)),
            time_zone=draw(st.sampled_from(TIME_ZONES)),
            effective_date=draw(some(dates)),
            party_terms=PartyTerms(provider=draw(text(1)), customer=draw(text(1))),
            term=Term(
                months=draw(some(st.integers(1, 1200))),
                renewal=renewal,
                renewal_months=None
                if renewal is RenewalKind.NONE
                else draw(some(st.integers(1, 1200))),
                notice_days=draw(some(st.integers(0, 3650))),
            ),
            purpose=draw(text()),
            master_agreement=draw(text(2)),
            order_of_precedence=draw(text_lists),
        ),
        parties=parties,
        scope=Scope(
            services=[
                Service(
                    id=service_id,
                    name=draw(text(2)),
                    description=draw(text()),
                    components=draw(text_lists),
                )
                for service_id in draw(unique_ids(max_size=3))
            ],
            out_of_scope=draw(text_lists),
            coverage_calendar=pick(draw, calendar_ids),
            support_channels=[
                SupportChannel(
                    kind=draw(st.sampled_from(ChannelKind)),
                    address=draw(text(1)),
                    hours=draw(text(1)),
                    calendar=pick(draw, calendar_ids),
                )
                for _ in range(draw(st.integers(0, 2)))
            ],
            dependencies=draw(text_lists),
            users_and_locations=draw(text_lists),
        ),
        responsibilities=Responsibilities(
            items=[
                Responsibility(
                    id=duty_id,
                    owners=subset(draw, party_ids),
                    kind=draw(st.sampled_from(ResponsibilityKind)),
                    text=draw(text()),
                )
                for duty_id in draw(unique_ids(max_size=3))
            ],
            request_requirements=draw(text_lists),
        ),
        service_levels=ServiceLevels(calendars=cals, priorities=priorities, objectives=objs),
        limitations=Limitations(
            maintenance=draw(some(maintenance)),
            exclusions=[
                Exclusion(
                    id=exclusion_id,
                    kind=draw(st.sampled_from(ExclusionKind)),
                    text=draw(text()),
                )
                for exclusion_id in draw(unique_ids(max_size=2))
            ],
            usage_limits=draw(text_lists),
            standards=draw(text_lists),
        ),
        consequences=Consequences(
            credit_tiers=draw(credit_tiers(objs)),
            credit_cap_percent=draw(some(decimals("0", "100", 6))),
            credit_cap_term_percent=draw(some(decimals("0", "100", 6))),
            credit_cap_term=draw(st.sampled_from(CapBasis)),
            monthly_fee=draw(some(decimals("0", "999999999999999.999999", 6))),
            claim=ClaimProcedure(
                deadline_days=draw(some(st.integers(1, 365))),
                required_information=draw(text_lists),
                application=draw(st.sampled_from(CreditApplication)),
                applied_within_days=draw(some(st.integers(1, 365))),
                expiry=draw(st.sampled_from(CreditExpiry)),
            ),
            sole_remedy=draw(st.booleans()),
            escalation=[
                EscalationLevel(
                    id=level_id,
                    name=draw(text(1)),
                    party=pick(draw, party_ids),
                    contact=draw(contacts),
                    **_escalation_threshold(draw, objs),
                )
                for level_id in draw(unique_ids(max_size=2))
            ],
            remediation_plan=draw(text()),
            chronic_failure=draw(
                some(
                    st.builds(
                        ChronicFailure,
                        missed_periods=st.integers(1, out_of),
                        out_of=st.just(out_of),
                        remedy=text(2),
                    )
                )
            ),
            non_monetary=draw(text_lists),
        ),
        governance=Governance(
            reporting=Reporting(
                frequency=draw(st.sampled_from(Frequency)),
                contents=draw(text_lists),
                recipients=draw(text(1)),
            ),
            review=Review(
                frequency=draw(st.sampled_from(Frequency)),
                participants=draw(text(1)),
                agenda=draw(text()),
            ),
            change_control=draw(text()),
            definitions=draw(definitions),
            extra_clauses=[
                Clause(id=clause_id, title=draw(text(1)), text=draw(text()))
                for clause_id in draw(unique_ids(max_size=2))
            ],
        ),
        signoff=SignOff(
            status=draw(st.sampled_from(AgreementStatus)),
            signatories=[
                Signatory(
                    id=signatory_id,
                    party=draw(st.sampled_from(party_ids)),
                    name=draw(text(1)),
                    title=draw(text(1)),
                    email=draw(text(1)),
                )
                for signatory_id in draw(unique_ids(max_size=3))
            ],
            approvals=draw(approvals),
            revisions=[
                Revision(
                    version=revision,
                    date=draw(dates),
                    author=draw(text(1)),
                    summary=draw(text(2)),
                    fingerprint=draw(fingerprints),
                )
                for revision in sorted(draw(st.lists(st.integers(1, version), max_size=3)))
            ],
        ),
    )
    # rules: parties on different sides are never called by one defined term
    assume(
        all(
            agreement.parties[i].role is agreement.parties[j].role
            for i, j, _ in shared_terms(agreement)
        )
    )
    return agreement
