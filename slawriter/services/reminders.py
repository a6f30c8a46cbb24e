"""An agreement's dates as calendar reminders, in iCalendar (issue 6, section 3).

Events, all-day, in the agreement's language (English or Spanish):

- the effective date;
- the end of each term: for automatic renewal, the renewal date and the last day to give notice
  of non-renewal (``notice_days`` before it); otherwise the last day of the term, and the notice
  deadline when a notice period is set;
- review meetings every review period (weekly, monthly, quarterly, yearly) after the effective
  date;
- when the agreement has service-credit tiers and a claim deadline, the last day to claim credits
  for each measurement period: the end of the period plus ``deadline_days`` (periods are months,
  or quarters / years when every objective with credit tiers is measured that way).

Deadlines carry an alarm a week before. Dates run until the end of the initial term; for an
open-ended agreement or one that renews automatically, until ``years`` after the effective date
(at least the initial term). UIDs are built from the document ID, the kind of event and its date,
so calendar programs update events instead of duplicating them when the agreement is exported
again; DTSTAMP is when the file was written (RFC 5545 §3.8.7.2), in UTC.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model.agreement import Agreement, Frequency, RenewalKind, WindowKind
from ..model.messages import MessageTemplate, Param, PhrasedError
from ..model.types import slugify
from ..storage import write_output
from .documents import require_valid

__all__ = [
    "DEFAULT_YEARS",
    "NoEffectiveDate",
    "Reminder",
    "reminders",
    "reminders_ics",
    "write_ics",
]

DEFAULT_YEARS = 3
PRODID = "-//slawriter//Service level agreement reminders//EN"
ALARM_BEFORE = dt.timedelta(days=7)


class ReminderMessage(MessageTemplate):
    """Why there are no reminders (English templates; the app translates them)."""

    NO_EFFECTIVE_DATE = (
        "the agreement has no effective date, so there are no dates to remind of — set the "
        "effective date first"
    )


class NoEffectiveDate(PhrasedError):
    """Reminders need the agreement's effective date."""

    def __init__(
        self, template: MessageTemplate = ReminderMessage.NO_EFFECTIVE_DATE, /, **params: Param
    ) -> None:
        super().__init__(template, **params)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One all-day event."""

    kind: str
    day: dt.date
    summary: str
    description: str = ""
    alarm: bool = False


_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "effective": "{title}: the agreement takes effect",
        "renewal": "{title}: the agreement renews automatically for {months} months",
        "notice": "{title}: last day to give notice of non-renewal ({days} days)",
        "notice_end": "{title}: last day to give notice before the term ends ({days} days)",
        "term_end": "{title}: last day of the term",
        "term_end_agree": "{title}: last day of the term — renew by agreement",
        "review": "{title}: {frequency} review meeting",
        "claim": "{title}: last day to claim service credits for {period}",
        "claim_detail": "Claims made later than {days} days after the end of {period} are not "
        "accepted.",
        "weekly": "weekly",
        "monthly": "monthly",
        "quarterly": "quarterly",
        "yearly": "yearly",
        "month": "MMMM yyyy",
        "quarter": "Q{q} {year}",
        "untitled": "Agreement",
    },
    "es": {
        "effective": "{title}: entrada en vigor del acuerdo",
        "renewal": "{title}: el acuerdo se renueva automáticamente por {months} meses",
        "notice": "{title}: último día para comunicar la no renovación ({days} días)",
        "notice_end": "{title}: último día para dar preaviso antes del fin del plazo ({days} días)",
        "term_end": "{title}: último día de vigencia",
        "term_end_agree": "{title}: último día de vigencia; renovación de mutuo acuerdo",
        "review": "{title}: reunión de revisión {frequency}",
        "claim": "{title}: último día para reclamar créditos de servicio de {period}",
        "claim_detail": "No se aceptan reclamaciones presentadas más de {days} días después del "
        "final de {period}.",
        "weekly": "semanal",
        "monthly": "mensual",
        "quarterly": "trimestral",
        "yearly": "anual",
        "month": "MMMM 'de' yyyy",
        "quarter": "T{q} {year}",
        "untitled": "Acuerdo",
    },
}

_STEP_MONTHS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.YEARLY: 12}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month (31 Jan → 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = month_calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def reminders(agreement: Agreement, *, years: int = DEFAULT_YEARS) -> list[Reminder]:
    """Every reminder of ``agreement``, by date. Raises :class:`NoEffectiveDate`."""
    info = agreement.agreement
    effective = info.effective_date
    if effective is None:
        raise NoEffectiveDate()
    words = _WORDS.get(info.language.value, _WORDS["en"])
    title = info.title or info.document_id or words["untitled"]
    ends = _term_ends(agreement, years)
    until = ends[-1] if ends else add_months(effective, 12 * years)
    out: list[Reminder] = [Reminder("effective", effective, words["effective"].format(title=title))]
    out.extend(_term_reminders(agreement, ends, title, words))
    out.extend(_reviews(agreement, effective, until, title, words))
    out.extend(_claims(agreement, effective, until, title, words))
    out.sort(key=lambda r: (r.day, r.kind))
    return out


def _term_ends(agreement: Agreement, years: int) -> list[dt.date]:
    """The first day after each term (initial and renewals) within the horizon."""
    info = agreement.agreement
    term = info.term
    assert info.effective_date is not None
    if term.months is None:
        return []
    end = add_months(info.effective_date, term.months)
    ends = [end]
    if term.renewal is RenewalKind.AUTOMATIC:
        horizon = add_months(info.effective_date, 12 * years)
        step = term.renewal_months or term.months
        while end < horizon:
            end = add_months(end, step)
            ends.append(end)
    return ends


def _term_reminders(
    agreement: Agreement, ends: list[dt.date], title: str, words: dict[str, str]
) -> Iterator[Reminder]:
    term = agreement.agreement.term
    for end in ends:
        notice = term.notice_days
        if term.renewal is RenewalKind.AUTOMATIC:
            months = term.renewal_months or term.months
            yield Reminder("renewal", end, words["renewal"].format(title=title, months=months))
            if notice is not None:
                summary = words["notice"].format(title=title, days=notice)
                yield Reminder("notice", end - dt.timedelta(days=notice), summary, alarm=True)
        else:
            key = "term_end_agree" if term.renewal is RenewalKind.BY_AGREEMENT else "term_end"
            last_day = end - dt.timedelta(days=1)
            yield Reminder("term-end", last_day, words[key].format(title=title), alarm=True)
            if notice:
                summary = words["notice_end"].format(title=title, days=notice)
                yield Reminder("notice", end - dt.timedelta(days=notice), summary, alarm=True)


def _reviews(
    agreement: Agreement, effective: dt.date, until: dt.date, title: str, words: dict[str, str]
) -> Iterator[Reminder]:
    frequency = agreement.governance.review.frequency
    summary = words["review"].format(title=title, frequency=words[frequency.value])
    k = 1
    while True:
        if frequency is Frequency.WEEKLY:
            day = effective + dt.timedelta(weeks=k)
        else:
            day = add_months(effective, _STEP_MONTHS[frequency] * k)
        if day >= until:
            return
        yield Reminder("review", day, summary)
        k += 1


def _claims(
    agreement: Agreement, effective: dt.date, until: dt.date, title: str, words: dict[str, str]
) -> Iterator[Reminder]:
    consequences = agreement.consequences
    deadline = consequences.claim.deadline_days
    if not consequences.credit_tiers or deadline is None:
        return
    with_credits = {t.objective for t in consequences.credit_tiers}
    kinds = {o.window.kind for o in agreement.service_levels.objectives if o.id in with_credits}
    months = 3 if kinds == {WindowKind.QUARTER} else 12 if kinds == {WindowKind.YEAR} else 1
    start = dt.date(effective.year, (effective.month - 1) // months * months + 1, 1)
    while start < until:
        following = add_months(start, months)
        period_end = following - dt.timedelta(days=1)
        period = _period_name(start, months, words, agreement.agreement.language.value)
        yield Reminder(
            "credit-claim",
            period_end + dt.timedelta(days=deadline),
            words["claim"].format(title=title, period=period),
            words["claim_detail"].format(days=deadline, period=period),
            alarm=True,
        )
        start = following


def _period_name(start: dt.date, months: int, words: dict[str, str], language: str) -> str:
    if months == 12:
        return str(start.year)
    if months == 3:
        return words["quarter"].format(q=(start.month - 1) // 3 + 1, year=start.year)
    from babel.dates import format_date

    return str(format_date(start, words["month"], locale=language))


# ---------------------------------------------------------------------------------------------


def reminders_ics(
    agreement: Agreement, *, years: int = DEFAULT_YEARS, now: dt.datetime | None = None
) -> bytes:
    """The reminders as an iCalendar file (bytes). Raises :class:`NoEffectiveDate`.

    Every DTSTAMP is ``now`` (default: the current time), the moment the file is written.
    """
    from icalendar import Alarm, Calendar, Event

    info = agreement.agreement
    items = reminders(agreement, years=years)
    key = slugify(info.document_id or info.title, fallback="agreement")
    stamp = _stamp(now)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", info.title or info.document_id or key)
    for item in items:
        event = Event()
        event.add("uid", f"{key}-{item.kind}-{item.day:%Y%m%d}@slawriter")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        event.add("categories", [item.kind])
        event.add("transp", "TRANSPARENT")
        if item.alarm:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", -ALARM_BEFORE)
            event.add_component(alarm)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def write_ics(
    agreement: Agreement,
    out_path: Path | str,
    *,
    years: int = DEFAULT_YEARS,
    source: Path | str | None = None,
) -> None:
    """Write :func:`reminders_ics` to ``out_path`` atomically.

    An agreement that ``validate`` rejects is refused (``InvalidAgreement``, messages naming
    ``source``) and nothing is written.
    """
    require_valid(agreement, source)
    write_output(out_path, reminders_ics(agreement, years=years))


def _stamp(now: dt.datetime | None) -> dt.datetime:
    """DTSTAMP: when the file is written, in UTC to the second (RFC 5545 wants a UTC time)."""
    when = dt.datetime.now(dt.UTC) if now is None else now
    if when.tzinfo is None:
        raise ValueError("the time a calendar is written must carry its time zone")
    return when.astimezone(dt.UTC).replace(microsecond=0)
