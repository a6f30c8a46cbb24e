"""Calendar reminders: dates checked by hand, stable UIDs, all-day events, en/es (issue 6 §3)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from slawriter.model.agreement import (
    Agreement,
    Frequency,
    Language,
    MeasurementWindow,
    RenewalKind,
    Term,
    WindowKind,
)
from slawriter.services.reminders import (
    NoEffectiveDate,
    add_months,
    reminders,
    reminders_ics,
    write_ics,
)
from slawriter.storage import load_agreement
from tests.factories import agreement

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


def days_of(a: Agreement, kind: str, **kwargs: int) -> list[dt.date]:
    return [r.day for r in reminders(a, **kwargs) if r.kind == kind]


def with_info(a: Agreement, **changes: object) -> Agreement:
    return a.model_copy(update={"agreement": a.agreement.model_copy(update=changes)})


def events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 11, 15), 3) == dt.date(2028, 2, 15)


def test_fixed_term_dates() -> None:
    # 1 January 2027, 12 months, no renewal, quarterly reviews, claims 30 days after each month.
    a = agreement()
    assert days_of(a, "effective") == [dt.date(2027, 1, 1)]
    assert days_of(a, "term-end") == [dt.date(2027, 12, 31)]
    assert days_of(a, "renewal") == []
    assert days_of(a, "review") == [dt.date(2027, 4, 1), dt.date(2027, 7, 1), dt.date(2027, 10, 1)]
    claims = days_of(a, "credit-claim")
    assert len(claims) == 12
    assert claims[0] == dt.date(2027, 3, 2)  # 31 January + 30 days
    assert claims[1] == dt.date(2027, 3, 30)  # 28 February + 30 days
    assert claims[-1] == dt.date(2028, 1, 30)  # 31 December + 30 days, after the term ends


def test_automatic_renewal_and_notice() -> None:
    # Customer support preset: 1 January 2027, 12 months, renews for 12 months, 60 days' notice.
    a = load_agreement(PRESETS / "customer-support.sla.json")
    assert days_of(a, "renewal") == [dt.date(2028, 1, 1), dt.date(2029, 1, 1), dt.date(2030, 1, 1)]
    assert days_of(a, "notice")[0] == dt.date(2027, 11, 2)  # 60 days before 1 January 2028
    assert days_of(a, "renewal", years=1) == [dt.date(2028, 1, 1)]
    # SaaS preset: 1 February 2027, 36 months, 90 days' notice.
    saas = load_agreement(PRESETS / "saas-availability.sla.json")
    assert days_of(saas, "renewal") == [dt.date(2030, 2, 1)]
    assert days_of(saas, "notice") == [dt.date(2029, 11, 3)]
    assert len(days_of(saas, "credit-claim")) == 36


def test_renewal_by_agreement_and_open_ended() -> None:
    by_agreement = with_info(
        agreement(), term=Term(months=6, renewal=RenewalKind.BY_AGREEMENT, notice_days=30)
    )
    assert days_of(by_agreement, "term-end") == [dt.date(2027, 6, 30)]
    assert days_of(by_agreement, "notice") == [dt.date(2027, 6, 1)]
    open_ended = with_info(agreement(), term=Term())
    assert days_of(open_ended, "term-end") == []
    assert len(days_of(open_ended, "review", years=2)) == 7  # quarterly, before 1 January 2029


def test_review_frequencies() -> None:
    a = agreement()
    for frequency, count in [
        (Frequency.WEEKLY, 52),
        (Frequency.MONTHLY, 11),
        (Frequency.QUARTERLY, 3),
        (Frequency.YEARLY, 0),
    ]:
        governance = a.governance.model_copy(
            update={"review": a.governance.review.model_copy(update={"frequency": frequency})}
        )
        assert len(days_of(a.model_copy(update={"governance": governance}), "review")) == count


def test_quarterly_credit_claims_and_no_credits() -> None:
    a = agreement()
    quarterly = [
        o.model_copy(update={"window": MeasurementWindow(kind=WindowKind.QUARTER)})
        for o in a.service_levels.objectives
    ]
    q = a.model_copy(
        update={"service_levels": a.service_levels.model_copy(update={"objectives": quarterly})}
    )
    assert days_of(q, "credit-claim") == [
        dt.date(2027, 4, 30),
        dt.date(2027, 7, 30),
        dt.date(2027, 10, 30),  # 30 September + 30 days
        dt.date(2028, 1, 30),
    ]
    assert "Q1 2027" in next(r.summary for r in reminders(q) if r.kind == "credit-claim")
    none = a.model_copy(
        update={"consequences": a.consequences.model_copy(update={"credit_tiers": []})}
    )
    assert days_of(none, "credit-claim") == []
    # The marketing preset has no credits and no claim deadline.
    assert days_of(load_agreement(PRESETS / "marketing-sales.sla.json"), "credit-claim") == []


def test_no_effective_date() -> None:
    with pytest.raises(NoEffectiveDate, match="effective date"):
        reminders_ics(with_info(agreement(), effective_date=None))


def test_ics_events_are_all_day_with_stable_unique_uids() -> None:
    a = agreement()
    data = reminders_ics(a)
    parsed = events(data)
    assert len(parsed) == len(reminders(a))
    uids = [str(e["UID"]) for e in parsed]
    assert len(set(uids)) == len(uids)
    assert "sla-2027-001-effective-20270101@slawriter" in uids
    for event in parsed:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date
        assert end - start == dt.timedelta(days=1)
        assert "DTSTAMP" in event
    # Written at the same moment, the same agreement, or one changed elsewhere, gives the same
    # bytes.
    at = dt.datetime(2027, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    assert reminders_ics(a, now=at) == reminders_ics(with_info(a, purpose="Else."), now=at)
    # Moving the effective date moves the events and their UIDs.
    moved = reminders_ics(with_info(a, effective_date=dt.date(2027, 2, 1)))
    assert "sla-2027-001-effective-20270201@slawriter" in [str(e["UID"]) for e in events(moved)]


def test_dtstamp_is_when_the_file_was_written_not_the_effective_date(tmp_path: Path) -> None:
    """RFC 5545: DTSTAMP is the date-time the iCalendar object was created, in UTC."""
    a = agreement()
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    write_ics(a, tmp_path / "dates.ics")
    after = dt.datetime.now(dt.UTC)
    stamps = {e.decoded("DTSTAMP") for e in events((tmp_path / "dates.ics").read_bytes())}
    assert len(stamps) == 1
    (stamp,) = stamps
    assert stamp.utcoffset() == dt.timedelta(0)
    assert before <= stamp <= after
    assert b"DTSTAMP:" in (tmp_path / "dates.ics").read_bytes()
    madrid = dt.datetime(2027, 3, 4, 12, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    (stamp,) = {e.decoded("DTSTAMP") for e in events(reminders_ics(a, now=madrid))}
    assert stamp == dt.datetime(2027, 3, 4, 11, 0, tzinfo=dt.UTC)


def test_deadlines_have_an_alarm_a_week_before() -> None:
    parsed = events(reminders_ics(agreement()))
    claim = next(e for e in parsed if "credit" in str(e["SUMMARY"]))
    alarms = claim.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0].decoded("TRIGGER") == -dt.timedelta(days=7)
    effective = next(e for e in parsed if "takes effect" in str(e["SUMMARY"]))
    assert effective.walk("VALARM") == []


def test_summaries_in_spanish() -> None:
    a = with_info(agreement(), language=Language.ES, title="ANS de alojamiento")
    summaries = [r.summary for r in reminders(a)]
    assert "ANS de alojamiento: entrada en vigor del acuerdo" in summaries
    assert "ANS de alojamiento: reunión de revisión trimestral" in summaries
    assert (
        "ANS de alojamiento: último día para reclamar créditos de servicio de enero de 2027"
        in summaries
    )
    assert "ANS de alojamiento: último día de vigencia" in summaries
    data = reminders_ics(a)
    assert b"entrada en vigor" in data


def test_write_ics(tmp_path: Path) -> None:
    out = tmp_path / "dates.ics"
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    write_ics(agreement(), out)
    after = dt.datetime.now(dt.UTC)
    written = out.read_bytes()
    assert written.startswith(b"BEGIN:VCALENDAR")
    # The file is reminders_ics() of the agreement, stamped with the moment it was written (the
    # two calls may fall in different seconds, so the stamp is compared with the clock around it).
    stamps = set(re.findall(rb"DTSTAMP:(\d{8}T\d{6})Z", written))
    assert len(stamps) == 1
    stamp = dt.datetime.strptime(stamps.pop().decode(), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
    assert before <= stamp <= after
    assert written == reminders_ics(agreement(), now=stamp)


def test_fee_and_other_fields_do_not_matter() -> None:
    a = agreement()
    richer = a.model_copy(
        update={"consequences": a.consequences.model_copy(update={"monthly_fee": Decimal(100)})}
    )
    assert reminders_ics(richer) == reminders_ics(a)
