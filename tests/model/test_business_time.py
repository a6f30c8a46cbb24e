"""Business-time arithmetic: hand-checked cases and properties (issue 6, section 1)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from slawriter.model.agreement import (
    BusinessCalendar,
    Comparator,
    MetricKind,
    Objective,
    Target,
    TargetUnit,
    Weekday,
    WorkingPeriod,
)
from slawriter.model.business_time import (
    BusinessClock,
    CalendarError,
    clock_for,
    due_at,
    periods_of,
    sample_opening,
    worked_example,
)
from tests.factories import agreement

MADRID = ZoneInfo("Europe/Madrid")
NEW_YORK = ZoneInfo("America/New_York")
WORKDAYS = list(Weekday)[:5]

PROPERTY_SETTINGS = settings(
    deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow]
)


def office(
    *,
    country: str = "",
    region: str = "",
    closures: tuple[dt.date, ...] = (),
    tz: str = "Europe/Madrid",
    lunch: bool = False,
) -> BusinessClock:
    """Mon–Fri 09:00–18:00 (or 09:00–14:00 + 15:00–18:00 with ``lunch``)."""
    spans = (
        [(dt.time(9), dt.time(14)), (dt.time(15), dt.time(18))]
        if lunch
        else [(dt.time(9), dt.time(18))]
    )
    calendar = BusinessCalendar(
        id="office",
        name="Office",
        time_zone=tz,
        hours=[
            WorkingPeriod(weekday=day, start=start, end=end)
            for day in WORKDAYS
            for start, end in spans
        ],
        holidays_country=country,
        holidays_subdivision=region,
        closures=list(closures),
    )
    return BusinessClock.from_calendar(calendar)


def at(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    *,
    tz: ZoneInfo = MADRID,
) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)


# ---------------------------------------------------------------------------------------------
# Hand-checked cases


def test_issue_example_friday_1730_plus_4_business_hours_is_monday_1230() -> None:
    # Friday 9 April 2027: 30 minutes left on Friday, 3 h 30 on Monday from 09:00 → 12:30.
    clock = office()
    due = clock.add_business_time(at(2027, 4, 9, 17, 30), 4 * 60)
    assert due == at(2027, 4, 12, 12, 30)
    assert due.tzinfo == MADRID
    assert clock.business_minutes_between(at(2027, 4, 9, 17, 30), due) == 240


def test_worked_example_sentence() -> None:
    clock = office()
    opened = at(2027, 4, 9, 17, 30)
    assert (
        worked_example(clock, opened, 4, TargetUnit.BUSINESS_HOURS, priority="P2")
        == "a P2 ticket opened Friday 17:30 is due Monday 12:30"
    )
    assert (
        worked_example(clock, opened, 4, TargetUnit.BUSINESS_HOURS, priority="P2", language="es")
        == "un ticket P2 abierto el viernes a las 17:30 vence el lunes a las 12:30"
    )
    assert (
        worked_example(clock, opened, 30, "minutes")
        == "a ticket opened Friday 17:30 is due Friday 18:00"
    )


def test_worked_example_names_the_date_when_a_week_or_more_away() -> None:
    clock = office()
    sentence = worked_example(clock, at(2027, 4, 9, 17, 30), 10, TargetUnit.BUSINESS_DAYS)
    assert sentence == "a ticket opened Friday 9 April 17:30 is due Friday 23 April 17:30"


def test_sample_opening_is_half_an_hour_before_the_weekend() -> None:
    clock = office()
    assert sample_opening(clock, dt.date(2027, 4, 5)) == at(2027, 4, 9, 17, 30)
    # Wednesday 6 January 2027 is Epiphany: Tuesday is followed by a closed day.
    assert sample_opening(office(country="ES"), dt.date(2027, 1, 4)) == at(2027, 1, 5, 17, 30)
    assert sample_opening(BusinessClock.around_the_clock("Europe/Madrid"), dt.date(2027, 4, 5)) == (
        at(2027, 4, 9, 17, 30)
    )


def test_ticket_opened_on_a_public_holiday_starts_next_working_day() -> None:
    # Wednesday 6 January 2027 (Epiphany, Spain): the clock starts Thursday 09:00.
    clock = office(country="ES")
    assert clock.add_business_time(at(2027, 1, 6, 10, 0), 240) == at(2027, 1, 7, 13, 0)
    assert clock.business_minutes_between(at(2027, 1, 6, 0, 0), at(2027, 1, 7, 0, 0)) == 0
    # Without the holidays the same ticket is due on the Wednesday.
    assert office().add_business_time(at(2027, 1, 6, 10, 0), 240) == at(2027, 1, 6, 14, 0)


def test_regional_holiday_and_closure_day() -> None:
    # 3 May 2027 (Monday) is the Madrid region's holiday, not a national one.
    madrid, spain = office(country="ES", region="MD"), office(country="ES")
    friday = at(2027, 4, 30, 17, 0)
    assert madrid.add_business_time(friday, 120) == at(2027, 5, 4, 10, 0)
    assert spain.add_business_time(friday, 120) == at(2027, 5, 3, 10, 0)
    closed = office(closures=(dt.date(2027, 4, 12),))
    assert closed.add_business_time(at(2027, 4, 9, 17, 30), 240) == at(2027, 4, 13, 12, 30)


def test_lunch_break_is_not_counted() -> None:
    clock = office(lunch=True)
    assert clock.add_business_time(at(2027, 4, 12, 13, 0), 120) == at(2027, 4, 12, 16, 0)
    assert clock.business_minutes_between(at(2027, 4, 12, 8, 0), at(2027, 4, 12, 20, 0)) == 480
    assert not clock.is_open(at(2027, 4, 12, 14, 30))
    assert clock.next_open(at(2027, 4, 12, 14, 30)) == at(2027, 4, 12, 15, 0)


def test_business_hours_across_the_spring_dst_weekend() -> None:
    # Clocks go forward in Madrid on Sunday 28 March 2027; office hours are unaffected.
    clock = office()
    opened = at(2027, 3, 26, 16, 0)  # Friday, CET (+01:00)
    due = clock.add_business_time(opened, 4 * 60)
    assert due == at(2027, 3, 29, 11, 0)  # Monday, CEST (+02:00)
    assert due.utcoffset() == dt.timedelta(hours=2)
    assert clock.business_minutes_between(opened, due) == 240


def test_around_the_clock_counts_real_time_across_dst() -> None:
    clock = BusinessClock.around_the_clock("Europe/Madrid")
    # Saturday 27 March 2027 22:00 CET + 8 h = Sunday 07:00 CEST (the hour 02:00–03:00 is skipped).
    assert clock.add_business_time(at(2027, 3, 27, 22, 0), 8 * 60) == at(2027, 3, 28, 7, 0)
    # Sunday 31 October 2027 has 25 hours.
    assert clock.business_minutes_between(at(2027, 10, 30, 12), at(2027, 10, 31, 12)) == 25 * 60
    assert clock.business_minutes_between(at(2027, 3, 27, 12), at(2027, 3, 28, 12)) == 23 * 60


def test_night_shift_across_dst_counts_the_wall_clock() -> None:
    # Sundays 00:00–06:00: 5 h on the spring-forward night, 7 h on the fall-back night.
    clock = BusinessClock("Europe/Madrid", {6: [(dt.time(0), dt.time(6))]})
    assert clock.business_minutes_between(at(2027, 3, 27), at(2027, 3, 29)) == 300
    assert clock.business_minutes_between(at(2027, 10, 30), at(2027, 11, 1)) == 420
    assert clock.business_minutes_between(at(2027, 4, 3), at(2027, 4, 5)) == 360
    # Periods that fall in the spring gap never happen; in the repeated hour they happen twice.
    gap = BusinessClock("Europe/Madrid", {6: [(dt.time(2, 15), dt.time(2, 45))]})
    assert gap.intervals(dt.date(2027, 3, 28)) == ()
    assert len(gap.intervals(dt.date(2027, 10, 31))) == 2
    assert gap.business_minutes_between(at(2027, 10, 30), at(2027, 11, 1)) == 60


def test_add_zero_and_exact_end_of_day() -> None:
    clock = office()
    saturday = at(2027, 4, 10, 11, 0)
    assert clock.add_business_time(saturday, 0) == saturday
    # Nine business hours from Monday 09:00 end at Monday 18:00, not Tuesday 09:00.
    assert clock.add_business_time(at(2027, 4, 12, 9, 0), 9 * 60) == at(2027, 4, 12, 18, 0)


def test_fractional_and_timedelta_amounts() -> None:
    clock = office()
    start = at(2027, 4, 12, 9, 0)
    assert clock.add_business_time(start, Decimal("1.5")) == at(2027, 4, 12, 9, 1, 30)
    assert clock.add_business_time(start, dt.timedelta(hours=2)) == at(2027, 4, 12, 11, 0)
    assert clock.business_minutes_between(start, at(2027, 4, 12, 9, 0, 30)) == Decimal("0.5")


def test_between_is_antisymmetric_and_other_time_zones_are_converted() -> None:
    clock = office()
    a, b = at(2027, 4, 9, 17, 30), at(2027, 4, 12, 12, 30)
    assert clock.business_minutes_between(b, a) == -240
    # 06:30 in New York is 12:30 in Madrid.
    assert clock.business_minutes_between(a, at(2027, 4, 12, 6, 30, tz=NEW_YORK)) == 240


def test_business_days() -> None:
    clock = office(country="ES")
    # Opened Monday 10:00 → Tuesday 10:00; opened Saturday → Monday at closing.
    assert clock.add_business_days(at(2027, 4, 12, 10, 0), 1) == at(2027, 4, 13, 10, 0)
    assert clock.add_business_days(at(2027, 4, 10, 10, 0), 1) == at(2027, 4, 12, 18, 0)
    # Tuesday 5 January 2027 10:00 + 1 business day skips Epiphany → Thursday 10:00.
    assert clock.add_business_days(at(2027, 1, 5, 10, 0), 1) == at(2027, 1, 7, 10, 0)
    assert due_at(clock, at(2027, 4, 12, 10, 0), 5, TargetUnit.BUSINESS_DAYS) == at(
        2027, 4, 19, 10, 0
    )
    with pytest.raises(ValueError, match="whole"):
        due_at(clock, at(2027, 4, 12, 10, 0), Decimal("0.5"), TargetUnit.BUSINESS_DAYS)


def test_elapsed_units_ignore_the_calendar() -> None:
    clock = office()
    opened = at(2027, 4, 9, 17, 30)
    assert due_at(clock, opened, 2, TargetUnit.HOURS) == at(2027, 4, 9, 19, 30)
    assert due_at(clock, opened, 1, TargetUnit.DAYS) == at(2027, 4, 10, 17, 30)
    assert due_at(clock, opened, 4, TargetUnit.BUSINESS_HOURS) == at(2027, 4, 12, 12, 30)
    with pytest.raises(ValueError, match="not a unit of time"):
        due_at(clock, opened, 4, TargetUnit.COUNT)


def test_clock_for_objective() -> None:
    a = agreement()
    uptime, first_response = a.service_levels.objectives
    assert clock_for(a, uptime).always_open
    assert clock_for(a, uptime).tz == MADRID
    office_clock = clock_for(a, first_response)
    assert not office_clock.always_open
    assert office_clock.is_closed_day(dt.date(2027, 1, 6))
    ghost = Objective(
        id="ghost",
        metric=MetricKind.RESOLUTION_TIME,
        target=Target(comparator=Comparator.LTE, value=Decimal(1), unit=TargetUnit.HOURS),
        calendar="nowhere",
    )
    with pytest.raises(CalendarError, match="nowhere"):
        clock_for(a, ghost)


def test_bad_calendars_are_reported() -> None:
    with pytest.raises(CalendarError, match="country 'XX'"):
        office(country="XX")
    with pytest.raises(CalendarError, match="region 'ZZ'"):
        office(country="ES", region="ZZ")
    empty = BusinessClock("UTC", {})
    with pytest.raises(CalendarError, match="no working time"):
        empty.add_business_time(at(2027, 1, 1), 1)
    with pytest.raises(ValueError, match="time zone"):
        office().add_business_time(dt.datetime(2027, 1, 1), 1)
    with pytest.raises(ValueError, match="negative"):
        office().add_business_time(at(2027, 1, 1), -1)
    with pytest.raises(ValueError, match="time zone"):
        worked_example(office(), dt.datetime(2027, 4, 9, 17, 30), 4, "business_hours")


def test_midnight_end_means_until_midnight() -> None:
    clock = BusinessClock("UTC", {0: [(dt.time(22), dt.time(0))], 1: [(dt.time(0), dt.time(2))]})
    start = dt.datetime(2027, 4, 12, 23, 0, tzinfo=dt.UTC)
    assert clock.add_business_time(start, 120) == dt.datetime(2027, 4, 13, 1, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# Properties

ZONES = ["Europe/Madrid", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"]


@st.composite
def clocks(draw: st.DrawFn) -> BusinessClock:
    tz = draw(st.sampled_from(ZONES))
    if draw(st.integers(0, 5)) == 0:
        return BusinessClock.around_the_clock(tz)
    hours: dict[int, list[tuple[dt.time, dt.time | None]]] = {}
    for day in range(7):
        # Boundaries on a 15-minute grid; pairs of sorted points make periods with breaks.
        points = draw(st.lists(st.integers(0, 96), min_size=0, max_size=4, unique=True).map(sorted))
        spans = []
        for start, end in zip(points[::2], points[1::2], strict=False):
            end_time = None if end == 96 else dt.time(end // 4, end % 4 * 15)
            spans.append((dt.time(start // 4, start % 4 * 15), end_time))
        hours[day] = spans
    assume(any(hours.values()))
    country = draw(st.sampled_from(["", "ES", "US"]))
    closures = draw(st.lists(st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)), max_size=10))
    return BusinessClock(tz, hours, holidays_country=country, closures=closures)


@st.composite
def moments(draw: st.DrawFn, clock: BusinessClock) -> dt.datetime:
    naive = draw(st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2028, 6, 30)))
    # Bias towards the days when the clocks change (March/April and October/November).
    if draw(st.booleans()):
        month = draw(st.sampled_from([3, 4, 10, 11]))
        naive = naive.replace(month=month, day=draw(st.integers(1, 30)))
    # Compared and subtracted in UTC: Python compares two datetimes that share a tzinfo on the
    # wall clock, which is wrong across the repeated hour of an autumn change.
    return naive.replace(tzinfo=clock.tz, fold=draw(st.integers(0, 1))).astimezone(dt.UTC)


amounts = st.integers(0, 6000) | st.decimals(
    Decimal(0), Decimal(6000), places=3, allow_nan=False, allow_infinity=False
)


@PROPERTY_SETTINGS
@given(st.data())
def test_between_inverts_add(data: st.DataObject) -> None:
    clock = data.draw(clocks())
    start = data.draw(moments(clock))
    n = data.draw(amounts)
    due = clock.add_business_time(start, n).astimezone(dt.UTC)
    assert due >= start
    assert clock.business_minutes_between(start, due) == n
    if n:
        # The due moment is inside or at the end of a working interval.
        assert any(
            s < due <= e
            for s, e in clock.working_intervals(
                due.date() - dt.timedelta(days=2), due.date() + dt.timedelta(days=1)
            )
        )


@PROPERTY_SETTINGS
@given(st.data())
def test_add_is_monotonic_and_additive(data: st.DataObject) -> None:
    clock = data.draw(clocks())
    start = data.draw(moments(clock))
    a, b = data.draw(st.integers(0, 3000)), data.draw(st.integers(0, 3000))
    first = clock.add_business_time(start, a).astimezone(dt.UTC)
    both = clock.add_business_time(start, a + b).astimezone(dt.UTC)
    assert first <= both
    # In UTC: a local time in the hour a clock change repeats never equals a time in another
    # zone, even at the same instant (PEP 495).
    assert clock.add_business_time(first, b).astimezone(dt.UTC) == both
    assert clock.business_time_between(start, both) <= both - start


@PROPERTY_SETTINGS
@given(st.data())
def test_between_is_additive(data: st.DataObject) -> None:
    clock = data.draw(clocks())
    a, b, c = sorted(data.draw(moments(clock)) for _ in range(3))
    whole = clock.business_time_between(a, c)
    assert whole == clock.business_time_between(a, b) + clock.business_time_between(b, c)
    assert dt.timedelta(0) <= whole <= c - a
    if clock.always_open:
        assert whole == c - a


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_between_matches_a_minute_by_minute_count(data: st.DataObject) -> None:
    """An independent oracle: walk every minute and read the local wall clock."""
    clock = data.draw(clocks())
    start = data.draw(moments(clock)).replace(second=0, microsecond=0)
    minutes = data.draw(st.integers(0, 3 * 24 * 60))
    expected = 0
    for i in range(minutes):
        local = (start + dt.timedelta(minutes=i)).astimezone(clock.tz)
        if clock.always_open:
            expected += 1
            continue
        if clock.is_closed_day(local.date()):
            continue
        second = local.hour * 3600 + local.minute * 60
        periods = periods_of(clock)[local.weekday()]
        expected += any(s <= second < e for s, e in periods)
    assert clock.business_minutes_between(start, start + dt.timedelta(minutes=minutes)) == (
        expected
    )
