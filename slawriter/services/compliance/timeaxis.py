"""Business time for a million tickets at once.

:class:`BusinessAxis` lays a business clock's working intervals end to end: every instant maps to
the business time worked since the axis began (its *position*, in microseconds). Business time
between two instants is the difference of their positions; N business days from an instant is a
lookup in the table of working days. Mapping a column of instants is one ``search_sorted`` and a
few gathers, so the per-ticket work runs inside polars.

The working intervals come from :meth:`BusinessClock.working_intervals`, so holidays, breaks,
closures and daylight-saving changes are exactly those of the scalar clock.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from ...model.business_time import BusinessClock

US = 1_000_000
US_PER_MINUTE = 60 * US
_DAY = dt.timedelta(days=1)


def to_us(moment: dt.datetime) -> int:
    """An aware datetime as µs since the epoch."""
    delta = moment.astimezone(dt.UTC) - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return delta // dt.timedelta(microseconds=1)


def from_us(value: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=value)


class BusinessAxis:
    """The working time of ``clock`` from local day ``first`` to ``last``, laid end to end."""

    def __init__(self, clock: BusinessClock, first: dt.date, last: dt.date) -> None:
        self.clock = clock
        self.first, self.last = first, last
        intervals = clock.working_intervals(first, last)
        starts = [to_us(s) for s, _ in intervals]
        ends = [to_us(e) for _, e in intervals]
        cum: list[int] = []
        total = 0
        for s, e in zip(starts, ends, strict=True):
            cum.append(total)
            total += e - s
        self.total = total
        self._starts = pl.Series("s", starts, dtype=pl.Int64)
        self._ends = pl.Series("e", ends, dtype=pl.Int64)
        self._cum = pl.Series("c", cum, dtype=pl.Int64)
        # Working days: position at the day's opening and at its closing.
        day_open: list[int] = []
        day_close: list[int] = []
        last_day: dt.date | None = None
        tz = clock.tz
        for (opening, _), s_us, e_us, c in zip(intervals, starts, ends, cum, strict=True):
            day = opening.astimezone(tz).date()
            if day != last_day:
                day_open.append(c)
                day_close.append(c + e_us - s_us)
                last_day = day
            else:
                day_close[-1] = c + e_us - s_us
        self._day_open = pl.Series("o", day_open, dtype=pl.Int64)
        self._day_close = pl.Series("cl", day_close, dtype=pl.Int64)
        self.working_days = len(day_open)

    @classmethod
    def covering(
        cls, clock: BusinessClock, low_us: int, high_us: int, extra_business_days: int = 0
    ) -> BusinessAxis:
        """An axis covering the instants ``low_us``…``high_us`` and N working days beyond."""
        tz = clock.tz
        first = from_us(low_us).astimezone(tz).date() - _DAY * 2
        last = from_us(high_us).astimezone(tz).date() + _DAY * 2
        # Seven calendar days hold at least one working day in any real calendar; add a margin.
        last += _DAY * (extra_business_days * 7 // 5 + 30 if extra_business_days else 0)
        return cls(clock, first, last)

    def position(self, instants: pl.Series) -> pl.Series:
        """Business µs worked from the axis start up to each instant (nulls stay null)."""
        if not len(self._starts):
            return pl.Series(instants.name, [0] * len(instants), dtype=pl.Int64).set(
                instants.is_null(), None
            )
        filled = instants.fill_null(0)
        idx = self._starts.search_sorted(filled, side="right").cast(pl.Int64) - 1
        safe = idx.clip(lower_bound=0)
        starts = self._starts.gather(safe)
        lengths = self._ends.gather(safe) - starts
        inside = (filled - starts).clip(lower_bound=0)
        inside = pl.select(pl.min_horizontal(inside, lengths)).to_series()
        pos = self._cum.gather(safe) + inside
        pos = pl.select(pl.when(idx < 0).then(0).otherwise(pos)).to_series()
        return pos.set(instants.is_null(), None).rename(instants.name)

    def due_after_business_days(self, opened: pl.Series, days: pl.Series) -> pl.Series:
        """Position of the deadline N business days after each position ``opened``.

        The rule of :meth:`BusinessClock.add_business_days`: from an opening (offset 0 into the
        working day) the deadline is the closing of the N-th working day counting that day; else
        the same offset into the working day N days later, at most its closing. Null when the
        axis does not reach that far or ``days`` is null.
        """
        n_days = self.working_days
        if not n_days:
            return pl.Series("due", [None] * len(opened), dtype=pl.Int64)
        # The working day the clock is in (or next opens in): the first whose closing is later.
        k0 = self._day_close.search_sorted(opened.fill_null(0), side="right").cast(pl.Int64)
        frame = pl.DataFrame({"pos": opened, "n": days.cast(pl.Int64), "k0": k0})
        frame = frame.with_columns(
            pl.col("k0").clip(upper_bound=n_days - 1).alias("k0c"),
        )
        day_open = self._day_open
        frame = frame.with_columns(
            (pl.col("pos") - pl.lit(day_open).gather(pl.col("k0c")))
            .clip(lower_bound=0)
            .alias("offset")
        )
        frame = frame.with_columns(
            pl.when(pl.col("offset") == 0)
            .then(pl.col("k0") + pl.col("n") - 1)
            .otherwise(pl.col("k0") + pl.col("n"))
            .alias("target")
        )
        frame = frame.with_columns(
            pl.when(
                (pl.col("target") >= 0)
                & (pl.col("target") < n_days)
                & (pl.col("k0") < n_days)
                & pl.col("n").is_not_null()
            )
            .then(pl.col("target"))
            .otherwise(None)
            .alias("t")
        )
        t_safe = pl.col("t").fill_null(0)
        close = pl.lit(self._day_close).gather(t_safe)
        open_ = pl.lit(day_open).gather(t_safe)
        due = (
            pl.when(pl.col("pos").is_null() | pl.col("n").is_null())
            .then(None)
            .when(pl.col("n") <= 0)
            .then(pl.col("pos"))
            .when(pl.col("t").is_null())
            .then(None)
            .when(pl.col("offset") == 0)
            .then(close)
            .otherwise(pl.min_horizontal(open_ + pl.col("offset"), close))
        )
        return frame.select(due.alias("due")).to_series()
