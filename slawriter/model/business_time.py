"""Business-time arithmetic: the clock a time objective runs on (issue 6, section 1).

A :class:`BusinessClock` knows when work happens: a time zone, working periods per weekday (two
periods on one day leave a break), public holidays from the ``holidays`` package and extra closure
days. It answers two questions, exactly (to the microsecond) and right across daylight-saving
changes:

- :meth:`BusinessClock.add_business_time` — when are N business minutes used up?
- :meth:`BusinessClock.business_time_between` — how much business time lies between two moments?

Business time is the real elapsed time during which the local wall clock shows a working time.
A period from 00:00 to 06:00 on the night the clocks go forward is five hours long; on the night
they go back it is seven (the repeated hour is worked twice). Wall times in a spring-forward gap
never show, so they are never worked.

Conventions:

- Adding zero returns the start unchanged, even outside working hours.
- Business time that runs out exactly at the end of a period is due at that end (Friday 18:00),
  not at the next opening.
- A working period ending at 00:00 means "until midnight" (the model's rules refuse such a period
  today; the clock accepts it so that a 24-hour day can be written once the rule allows it).
- Units: minutes, hours and days are elapsed time (24×7) even when a calendar is set; business
  hours run on the calendar; N business days end at the same point of the working day N working
  days later (see :meth:`BusinessClock.add_business_days`).

Pure: no I/O, no Qt. Results are aware datetimes in the clock's time zone; compare or subtract
them in UTC (``.astimezone(datetime.UTC)``), because Python compares two datetimes that share a
``tzinfo`` on the wall clock, which is wrong across the repeated hour of an autumn change.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from zoneinfo import ZoneInfo

from .agreement import Agreement, BusinessCalendar, Objective, TargetUnit, Weekday
from .messages import MessageTemplate, PhrasedError
from .types import DurationUnit

__all__ = [
    "BusinessClock",
    "CalendarError",
    "CalendarMessage",
    "clock_for",
    "due_at",
    "periods_of",
    "sample_opening",
    "worked_example",
]

UTC = dt.UTC
DAY_SECONDS = 86_400
MICROSECOND = dt.timedelta(microseconds=1)
# No real calendar is closed this long; the limit only stops a search on a calendar with no hours.
MAX_SEARCH_DAYS = 366 * 30
# UTC offsets stay within ±26 hours, so a local day lies within this reach of the same UTC day.
_OFFSET_REACH = dt.timedelta(hours=26)

_WEEKDAY_INDEX: dict[Weekday, int] = {day: i for i, day in enumerate(Weekday)}

Interval = tuple[dt.datetime, dt.datetime]
Minutes = int | Decimal | dt.timedelta


class CalendarMessage(MessageTemplate):
    """Why a business calendar cannot be used (English templates; the app translates them)."""

    NO_HOLIDAYS = (
        "no public holidays are known for country '{country}'; check the country and region codes"
    )
    NO_REGIONAL_HOLIDAYS = (
        "no public holidays are known for country '{country}', region '{region}'; check the "
        "country and region codes"
    )
    NO_WORKING_TIME = (
        "the calendar '{calendar}' has no working time in the {years} years after this moment; "
        "give it working hours"
    )
    NO_WORKING_DAYS = "the calendar '{calendar}' has no working days; give it hours"
    NO_SUCH_CALENDAR = "there is no business calendar with ID '{calendar}'"
    WHOLE_BUSINESS_DAYS = "objective '{objective}': {value} business days must be whole"


class CalendarError(PhrasedError):
    """A business calendar that cannot be used: unknown holidays, or no working time at all."""


@cache
def _holiday_dates(country: str, subdivision: str, year: int) -> frozenset[dt.date]:
    import holidays as holidays_lib  # its country data is large: load it when first needed

    calendar = holidays_lib.country_holidays(country, subdiv=subdivision or None, years=year)
    return frozenset(calendar.keys())


def _check_holidays(country: str, subdivision: str) -> None:
    import holidays as holidays_lib

    try:
        holidays_lib.country_holidays(country, subdiv=subdivision or None, years=())
    except NotImplementedError as exc:
        if subdivision:
            raise CalendarError(
                CalendarMessage.NO_REGIONAL_HOLIDAYS, country=country, region=subdivision
            ) from exc
        raise CalendarError(CalendarMessage.NO_HOLIDAYS, country=country) from exc


def _to_timedelta(amount: Minutes) -> dt.timedelta:
    if isinstance(amount, dt.timedelta):
        return amount
    micro = (Decimal(amount) * 60_000_000).to_integral_value(rounding=ROUND_HALF_EVEN)
    return dt.timedelta(microseconds=int(micro))


def _minutes(delta: dt.timedelta) -> Decimal:
    micro = delta // MICROSECOND
    return Decimal(micro) / Decimal(60_000_000)


def _seconds_of_day(value: dt.time) -> int:
    return value.hour * 3600 + value.minute * 60 + value.second


def _require_aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment.isoformat()} has no time zone; business time needs one")
    return moment.astimezone(UTC)


class BusinessClock:
    """When work happens: time zone, working periods per weekday, holidays and closures.

    ``hours`` maps a weekday (0 = Monday … 6 = Sunday) to ``(start, end)`` wall-clock times;
    an ``end`` of 00:00 (or ``None``) means midnight at the end of the day. Overlapping periods
    are merged; a period that ends before it starts is ignored (the model's rules report it).
    """

    def __init__(
        self,
        time_zone: str | ZoneInfo = "UTC",
        hours: Mapping[int, Iterable[tuple[dt.time, dt.time | None]]] | None = None,
        *,
        holidays_country: str = "",
        holidays_subdivision: str = "",
        closures: Iterable[dt.date] = (),
        name: str = "",
    ) -> None:
        self.tz = time_zone if isinstance(time_zone, ZoneInfo) else ZoneInfo(time_zone)
        self.name = name
        self.holidays_country = holidays_country
        self.holidays_subdivision = holidays_subdivision if holidays_country else ""
        if holidays_country:
            _check_holidays(holidays_country, self.holidays_subdivision)
        self.closures = frozenset(closures)
        if hours is None:
            self.always_open = True
            self._periods: tuple[tuple[tuple[int, int], ...], ...] = (((0, DAY_SECONDS),),) * 7
        else:
            self.always_open = False
            self._periods = tuple(_merge(hours.get(day, ())) for day in range(7))
        self._cache: dict[dt.date, tuple[Interval, ...]] = {}

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def around_the_clock(cls, time_zone: str | ZoneInfo = "UTC") -> BusinessClock:
        """A 24×7 clock: every minute counts (elapsed time); ``time_zone`` only shapes output."""
        return cls(time_zone, None, name="24×7")

    @classmethod
    def from_calendar(cls, calendar: BusinessCalendar) -> BusinessClock:
        """The clock of a model :class:`BusinessCalendar`. Raises :class:`CalendarError`."""
        hours: dict[int, list[tuple[dt.time, dt.time | None]]] = {}
        for period in calendar.hours:
            hours.setdefault(_WEEKDAY_INDEX[period.weekday], []).append((period.start, period.end))
        return cls(
            calendar.time_zone,
            hours,
            holidays_country=calendar.holidays_country,
            holidays_subdivision=calendar.holidays_subdivision,
            closures=calendar.closures,
            name=calendar.name or calendar.id,
        )

    # -- days and intervals ------------------------------------------------------------------
    def is_closed_day(self, day: dt.date) -> bool:
        """A public holiday or a closure day (whatever the weekday's hours)."""
        if self.always_open:
            return False
        if day in self.closures:
            return True
        if self.holidays_country:
            return day in _holiday_dates(self.holidays_country, self.holidays_subdivision, day.year)
        return False

    def intervals(self, day: dt.date) -> tuple[Interval, ...]:
        """The working intervals of local ``day`` as ``(start, end)`` UTC datetimes, in order."""
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        result: tuple[Interval, ...] = ()
        periods = self._periods[day.weekday()]
        if periods and not self.is_closed_day(day):
            # The instants at which the local wall clock shows a working time of ``day``: the
            # repeated hour of an autumn change counts twice, a spring-forward gap never.
            base = dt.datetime.combine(day, dt.time(), tzinfo=UTC)
            spans: list[Interval] = []
            for seg_start, seg_end, offset in self._offset_segments(day):
                for start, end in periods:
                    lo = max(seg_start, base + dt.timedelta(seconds=start) - offset)
                    hi = min(seg_end, base + dt.timedelta(seconds=end) - offset)
                    if hi > lo:
                        spans.append((lo, hi))
            result = _merge_intervals(spans)
        if len(self._cache) > 20_000:
            self._cache.clear()
        self._cache[day] = result
        return result

    def is_working_day(self, day: dt.date) -> bool:
        return bool(self.intervals(day))

    def working_intervals(self, first: dt.date, last: dt.date) -> list[Interval]:
        """Every working interval from local day ``first`` to ``last`` inclusive (UTC)."""
        out: list[Interval] = []
        day = first
        while day <= last:
            out.extend(self.intervals(day))
            day += dt.timedelta(days=1)
        return out

    def _offset_segments(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime, dt.timedelta]]:
        """UTC stretches around local ``day`` in which the UTC offset is constant."""
        base = dt.datetime.combine(day, dt.time(), tzinfo=UTC)
        first, last = base - _OFFSET_REACH, base + dt.timedelta(days=1) + _OFFSET_REACH
        samples = []
        moment = first
        while moment <= last:
            samples.append((moment, self._offset(moment)))
            moment += dt.timedelta(hours=1)
        segments = []
        seg_start, seg_offset = samples[0]
        for (a, off_a), (b, off_b) in itertools.pairwise(samples):
            if off_a != off_b:
                lo, hi = a, b  # the change happens in (lo, hi]
                while hi - lo > MICROSECOND:
                    mid = lo + (hi - lo) // 2
                    if self._offset(mid) == off_a:
                        lo = mid
                    else:
                        hi = mid
                segments.append((seg_start, hi, seg_offset))
                seg_start, seg_offset = hi, off_b
        segments.append((seg_start, last, seg_offset))
        return segments

    def _offset(self, moment_utc: dt.datetime) -> dt.timedelta:
        offset = moment_utc.astimezone(self.tz).utcoffset()
        assert offset is not None
        return offset

    def _local_date(self, moment_utc: dt.datetime) -> dt.date:
        return moment_utc.astimezone(self.tz).date()

    def _intervals_from(self, moment_utc: dt.datetime) -> Iterator[Interval]:
        """Working intervals that end after ``moment_utc``, clipped to start no earlier."""
        day = self._local_date(moment_utc) - dt.timedelta(days=1)
        for _ in range(MAX_SEARCH_DAYS):
            for start, end in self.intervals(day):
                if end > moment_utc:
                    yield max(start, moment_utc), end
            day += dt.timedelta(days=1)
        raise CalendarError(
            CalendarMessage.NO_WORKING_TIME, calendar=self.name, years=MAX_SEARCH_DAYS // 366
        )

    # -- arithmetic --------------------------------------------------------------------------
    def is_open(self, moment: dt.datetime) -> bool:
        """Whether ``moment`` lies inside a working period (start included, end excluded)."""
        at = _require_aware(moment)
        day = self._local_date(at)
        return any(
            s <= at < e for d in (day - dt.timedelta(days=1), day) for s, e in self.intervals(d)
        )

    def next_open(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` if the clock is running then, else the next opening."""
        start, _ = next(self._intervals_from(_require_aware(moment)))
        return start.astimezone(self.tz)

    def add_business_time(self, start: dt.datetime, minutes: Minutes) -> dt.datetime:
        """The moment ``minutes`` of business time after ``start`` (an aware datetime)."""
        remaining = _to_timedelta(minutes)
        if remaining < dt.timedelta(0):
            raise ValueError("business time to add must not be negative")
        at = _require_aware(start)
        if not remaining:
            return at.astimezone(self.tz)
        if self.always_open:
            return (at + remaining).astimezone(self.tz)
        for s, e in self._intervals_from(at):
            available = e - s
            if remaining <= available:
                return (s + remaining).astimezone(self.tz)
            remaining -= available
        raise AssertionError("unreachable: _intervals_from raises when it runs out")

    def business_time_between(self, a: dt.datetime, b: dt.datetime) -> dt.timedelta:
        """Business time from ``a`` to ``b``; negative when ``b`` is before ``a``."""
        start, end = _require_aware(a), _require_aware(b)
        if end < start:
            return -self.business_time_between(b, a)
        if self.always_open:
            return end - start
        total = dt.timedelta(0)
        day = self._local_date(start) - dt.timedelta(days=1)
        last = self._local_date(end) + dt.timedelta(days=1)
        while day <= last:
            for s, e in self.intervals(day):
                lo, hi = max(s, start), min(e, end)
                if hi > lo:
                    total += hi - lo
            day += dt.timedelta(days=1)
        return total

    def business_minutes_between(self, a: dt.datetime, b: dt.datetime) -> Decimal:
        """:meth:`business_time_between` in minutes, exactly (``Decimal('240')``)."""
        return _minutes(self.business_time_between(a, b))

    def add_business_days(self, start: dt.datetime, days: int) -> dt.datetime:
        """The same point of the working day, ``days`` working days later.

        A start outside working time counts from the next opening; a start at the opening of a
        working day is due at the end of that day plus ``days - 1`` working days (a ticket opened
        on Saturday with one business day is due Monday at closing). When the target day is
        shorter than the offset, the end of that day.
        """
        if days < 0:
            raise ValueError("business days to add must not be negative")
        at = _require_aware(start)
        if days == 0:
            return at.astimezone(self.tz)
        opening, _ = next(self._intervals_from(at))
        day = self._local_date(opening)
        day_start = self.intervals(day)[0][0]
        offset = self.business_time_between(day_start, opening)
        if not offset:
            target = self._working_day_after(day, days - 1)
            return self.intervals(target)[-1][1].astimezone(self.tz)
        target = self._working_day_after(day, days)
        due = self.add_business_time(self.intervals(target)[0][0], offset)
        closing = self.intervals(target)[-1][1]
        return min(due, closing).astimezone(self.tz)

    def _working_day_after(self, day: dt.date, count: int) -> dt.date:
        for _ in range(MAX_SEARCH_DAYS):
            if count == 0 and self.is_working_day(day):
                return day
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
                if count == 0:
                    return day
        raise CalendarError(CalendarMessage.NO_WORKING_DAYS, calendar=self.name)


def _merge_intervals(spans: list[Interval]) -> tuple[Interval, ...]:
    merged: list[Interval] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def _merge(periods: Iterable[tuple[dt.time, dt.time | None]]) -> tuple[tuple[int, int], ...]:
    spans = []
    for start, end in periods:
        s = _seconds_of_day(start)
        e = DAY_SECONDS if end is None or end == dt.time() else _seconds_of_day(end)
        if e > s:
            spans.append((s, e))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


# ---------------------------------------------------------------------------------------------
# Objectives and deadlines


def clock_for(agreement: Agreement, objective: Objective | None = None) -> BusinessClock:
    """The clock an objective runs on: its calendar, else 24×7 in the agreement's time zone."""
    calendar_id = objective.calendar if objective is not None else None
    if calendar_id is not None:
        for calendar in agreement.service_levels.calendars:
            if calendar.id == calendar_id:
                return BusinessClock.from_calendar(calendar)
        raise CalendarError(CalendarMessage.NO_SUCH_CALENDAR, calendar=calendar_id)
    return BusinessClock.around_the_clock(agreement.agreement.time_zone)


_ELAPSED_MINUTES = {"minutes": 1, "hours": 60, "days": 1440}


def due_at(
    clock: BusinessClock,
    opened: dt.datetime,
    value: int | Decimal,
    unit: TargetUnit | DurationUnit | str,
) -> dt.datetime:
    """When a ticket opened at ``opened`` is due under a time target of ``value`` ``unit``.

    Minutes, hours and days are elapsed time; business hours run on ``clock``; business days
    must be whole and use :meth:`BusinessClock.add_business_days`.
    """
    name = unit.value if isinstance(unit, TargetUnit | DurationUnit) else unit
    amount = Decimal(value)
    if name in _ELAPSED_MINUTES:
        moment = _require_aware(opened) + _to_timedelta(amount * _ELAPSED_MINUTES[name])
        return moment.astimezone(clock.tz)
    if name == "business_hours":
        return clock.add_business_time(opened, amount * 60)
    if name == "business_days":
        if amount != amount.to_integral_value():
            raise ValueError(f"{amount} business days: business days must be whole")
        return clock.add_business_days(opened, int(amount))
    raise ValueError(f"'{name}' is not a unit of time")


def sample_opening(clock: BusinessClock, after: dt.date) -> dt.datetime:
    """A telling moment to open an example ticket: 30 minutes before the last closing of a week.

    The first working day on or after ``after`` that is followed by a closed day (usually a
    Friday); for a 24×7 clock, the first Friday at 17:30.
    """
    day = after
    if not clock.always_open:
        for _ in range(MAX_SEARCH_DAYS):
            periods = clock.intervals(day)
            if periods and not clock.is_working_day(day + dt.timedelta(days=1)):
                start, end = periods[-1]
                return (end - min(dt.timedelta(minutes=30), (end - start) / 2)).astimezone(clock.tz)
            day += dt.timedelta(days=1)
    day += dt.timedelta(days=(4 - day.weekday()) % 7)
    return dt.datetime.combine(day, dt.time(17, 30), tzinfo=clock.tz)


_EXAMPLE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "sentence": "{a_ticket} opened {opened} is due {due}",
        "ticket": "a ticket",
        "priority_ticket": "a {priority} ticket",
        "moment": "{day} {time}",
        "day": "EEEE",
        "long_day": "EEEE d MMMM",
    },
    "es": {
        "sentence": "{a_ticket} abierto {opened} vence {due}",
        "ticket": "un ticket",
        "priority_ticket": "un ticket {priority}",
        "moment": "el {day} a {article} {time}",
        "day": "EEEE",
        "long_day": "EEEE d 'de' MMMM",
    },
}


def _moment_words(moment: dt.datetime, words: Mapping[str, str], language: str, long: bool) -> str:
    from babel.dates import format_date

    day = format_date(moment.date(), words["long_day" if long else "day"], locale=language)
    article = "la" if moment.hour == 1 else "las"
    return words["moment"].format(day=day, time=f"{moment:%H:%M}", article=article)


def worked_example(
    clock: BusinessClock,
    opened: dt.datetime,
    value: int | Decimal,
    unit: TargetUnit | DurationUnit | str,
    *,
    priority: str = "",
    language: str = "en",
) -> str:
    """The objective editor's example: "a P2 ticket opened Friday 17:30 is due Monday 12:30".

    Times are shown on ``clock``'s wall clock; the date is added when the due day is a week or
    more after the opening day, so the weekday alone would mislead.
    """
    words = _EXAMPLE_WORDS.get(language, _EXAMPLE_WORDS["en"])
    lang = language if language in _EXAMPLE_WORDS else "en"
    start = _require_aware(opened).astimezone(clock.tz)
    due = due_at(clock, start, value, unit)
    long = (due.date() - start.date()).days >= 7
    a_ticket = words["priority_ticket"].format(priority=priority) if priority else words["ticket"]
    return words["sentence"].format(
        a_ticket=a_ticket,
        opened=_moment_words(start, words, lang, long),
        due=_moment_words(due, words, lang, long),
    )


def periods_of(clock: BusinessClock) -> Sequence[tuple[tuple[int, int], ...]]:
    """Working periods per weekday as (start, end) seconds of the day (for display and tests)."""
    return clock._periods
