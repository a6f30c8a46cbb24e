"""Numbers, money, percentages, dates, durations and labels in the agreement's language (Babel)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum
from typing import TYPE_CHECKING

from babel.dates import format_date, format_datetime, format_skeleton, format_time, get_day_names
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal, format_percent

from ..model.agreement import (
    AgreementKind,
    AgreementStatus,
    ChannelKind,
    Comparator,
    ExclusionKind,
    Frequency,
    MeasurementWindow,
    MetricKind,
    PartyKind,
    PartyRole,
    Target,
    TargetUnit,
    Weekday,
    WindowKind,
)
from ..model.types import Duration, DurationUnit
from .i18n import N_, NP_, translations

_LABEL_LIST: list[tuple[Enum, str]] = [
    (AgreementKind.CUSTOMER, N_("Service Level Agreement")),
    (AgreementKind.INTERNAL, N_("Internal Service Level Agreement")),
    (AgreementKind.VENDOR, N_("Underpinning Service Agreement")),
    (AgreementKind.ONBOARDING, N_("Onboarding Agreement")),
    (AgreementKind.PARTNER, N_("Partner Service Level Agreement")),
    (PartyRole.PROVIDER, N_("Provider")),
    (PartyRole.CUSTOMER, N_("Customer")),
    (PartyRole.PARTNER, N_("Partner")),
    (PartyKind.ORGANIZATION, N_("Organisation")),
    (PartyKind.DEPARTMENT, N_("Department")),
    (PartyKind.PERSON, N_("Individual")),
    (ChannelKind.EMAIL, N_("Email")),
    (ChannelKind.PHONE, N_("Telephone")),
    (ChannelKind.PORTAL, N_("Service portal")),
    (ChannelKind.CHAT, N_("Chat")),
    (ChannelKind.IN_PERSON, N_("In person")),
    (ChannelKind.OTHER, N_("Other channel")),
    (MetricKind.AVAILABILITY, N_("Availability")),
    (MetricKind.FIRST_RESPONSE_TIME, N_("First response time")),
    (MetricKind.RESOLUTION_TIME, N_("Resolution time")),
    (MetricKind.IMPLEMENTATION_TIME, N_("Implementation time")),
    (MetricKind.LEAD_FOLLOW_UP_TIME, N_("Lead follow-up time")),
    (MetricKind.TICKET_VOLUME, N_("Ticket volume")),
    (MetricKind.NPS, N_("Net Promoter Score")),
    (MetricKind.CSAT, N_("Satisfaction (CSAT)")),
    (MetricKind.DELIVERY_VOLUME, N_("Delivery volume")),
    (MetricKind.CUSTOM, N_("Other measure")),
    (Frequency.WEEKLY, N_("weekly")),
    (Frequency.MONTHLY, N_("monthly")),
    (Frequency.QUARTERLY, N_("quarterly")),
    (Frequency.YEARLY, N_("yearly")),
    (ExclusionKind.SCHEDULED_MAINTENANCE, N_("Scheduled maintenance")),
    (ExclusionKind.FORCE_MAJEURE, N_("Force majeure")),
    (ExclusionKind.CUSTOMER_CAUSED, N_("Caused by the customer")),
    (ExclusionKind.THIRD_PARTY, N_("Third parties")),
    (ExclusionKind.INTERNET, N_("Internet and public networks")),
    (ExclusionKind.PREVIEW_FEATURES, N_("Preview features")),
    (ExclusionKind.SUSPENSION, N_("Suspension of the service")),
    (ExclusionKind.OTHER, N_("Other exclusion")),
    (AgreementStatus.DRAFT, N_("Draft")),
    (AgreementStatus.IN_REVIEW, N_("In review")),
    (AgreementStatus.APPROVED, N_("Approved")),
    (AgreementStatus.SIGNED, N_("Signed")),
    (AgreementStatus.SUPERSEDED, N_("Superseded")),
]
# StrEnum members of different enums with the same value compare equal: key by type too.
LABELS: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _LABEL_LIST}

_COMPARATOR_WORDS: dict[Comparator, str] = {
    Comparator.GTE: N_("at least %(value)s"),
    Comparator.GT: N_("more than %(value)s"),
    Comparator.LTE: N_("at most %(value)s"),
    Comparator.LT: N_("less than %(value)s"),
}

_WINDOW_WORDS: dict[WindowKind, str] = {
    WindowKind.MONTH: N_("calendar month"),
    WindowKind.QUARTER: N_("calendar quarter"),
    WindowKind.YEAR: N_("calendar year"),
}

_UNIT_FORMS: dict[str, tuple[str, str]] = {
    DurationUnit.MINUTES.value: NP_("%(num)s minute", "%(num)s minutes"),
    DurationUnit.HOURS.value: NP_("%(num)s hour", "%(num)s hours"),
    DurationUnit.BUSINESS_HOURS.value: NP_("%(num)s business hour", "%(num)s business hours"),
    DurationUnit.DAYS.value: NP_("%(num)s day", "%(num)s days"),
    DurationUnit.BUSINESS_DAYS.value: NP_("%(num)s business day", "%(num)s business days"),
}

_WEEKDAY_INDEX = {day: index for index, day in enumerate(Weekday)}


if TYPE_CHECKING:
    from ..model.agreement import AgreementInfo

# Quotation marks of each contract language: English “…”; Spanish «…», the comillas angulares
# the RAE puts first for Spanish text (and that the catalog's own sentences already use).
QUOTES: dict[str, tuple[str, str]] = {"en": ("“", "”"), "es": ("«", "»")}


NONE = "—"
"""How a figure that is not there reads (a report's empty cell)."""


def _rounded(value: int | Decimal, places: int | None) -> int | Decimal:
    """``value`` rounded half-even to ``places`` decimals, without trailing zeros."""
    if places is None:
        return value
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN).normalize()


class Formatter:
    """Formats values for one document's language and locale; exposed to templates as ``fmt``.

    ``language`` picks the words (the catalog), ``locale`` the conventions for dates, numbers and
    money (``en_GB``: "8 February 2027"); without one, the language's own. Every document — the
    contract, the redline, the compliance report — formats with it.
    """

    def __init__(self, language: str, currency: str, locale: str | None = None) -> None:
        self.language = language
        self.currency = currency
        self.locale = locale or language
        self._t = translations(language)

    @classmethod
    def for_agreement(cls, info: AgreementInfo) -> Formatter:
        """The formatter of an agreement: its language, currency and locale."""
        from ..model.locales import agreement_locale

        return cls(info.language.value, info.currency, agreement_locale(info))

    def quote(self, text: str) -> str:
        """``text`` in the language's quotation marks: “Service” / «Servicio»."""
        start, end = QUOTES.get(self.language, QUOTES["en"])
        return f"{start}{text}{end}"

    # -- words --------------------------------------------------------------------------------
    def gettext(self, message: str) -> str:
        return self._t.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        return self._t.pgettext(context, message)

    def ngettext(self, singular: str, plural: str, n: int | Decimal) -> str:
        # Plural rules pick the form from a whole number; 1.5 hours reads as plural everywhere.
        count = int(n) if Decimal(n) == Decimal(int(n)) else 2
        return self._t.ngettext(singular, plural, count)

    def label(self, value: Enum) -> str:
        """The contract's word for an enumeration value (a kind, role, status…)."""
        return self.gettext(LABELS[(type(value), value.value)])

    def count(self, forms: tuple[str, str], n: int, **values: object) -> str:
        """A counted phrase (an ``NP_`` pair with ``%(num)s``) in the catalog's plural form:
        "1 ticket counted", "2 tickets counted", "1 ticket computado"."""
        return self.ngettext(*forms, n) % {"num": self.number(n), **values}

    # -- numbers ------------------------------------------------------------------------------
    # ``places`` rounds half-even to that many decimals (and drops trailing zeros); a value that
    # is None (a figure that is not there) reads as NONE.
    def number(self, value: int | Decimal | None, places: int | None = None) -> str:
        if value is None:
            return NONE
        return format_decimal(
            _rounded(value, places), locale=self.locale, decimal_quantization=False
        )

    def percent(self, value: int | Decimal | None, places: int | None = None) -> str:
        """``value`` is a percentage (99.9 → "99.9%", "99,9 %")."""
        if value is None:
            return NONE
        share = Decimal(_rounded(value, places)) / 100
        return format_percent(share, locale=self.locale, decimal_quantization=False)

    def money(self, value: int | Decimal | None) -> str:
        if value is None:
            return NONE
        return format_currency(value, self.currency, locale=self.locale)

    def date(self, value: dt.date | None) -> str:
        return "" if value is None else format_date(value, "long", locale=self.locale)

    def dates(self, values: list[dt.date]) -> str:
        return self.join([self.date(v) for v in values])

    def time(self, value: dt.time) -> str:
        return format_time(value, "short", locale=self.locale)

    def moment(self, value: dt.datetime | None) -> str:
        """A moment on its own clock, "2026-03-02 10:15" (as the data files state it)."""
        if value is None:
            return NONE
        return format_datetime(value, "yyyy-MM-dd HH:mm", tzinfo=value.tzinfo, locale=self.locale)

    def month(self, start: dt.datetime) -> str:
        """The month that starts at ``start``: "March 2026", "marzo de 2026"."""
        return format_skeleton("yMMMM", start, tzinfo=start.tzinfo, locale=self.locale)

    def weekday(self, day: Weekday) -> str:
        names = get_day_names("wide", locale=self.locale)
        return str(names[_WEEKDAY_INDEX[day]])

    def join(self, items: list[str]) -> str:
        return format_list([str(i) for i in items], locale=self.locale) if items else ""

    # -- durations and targets ------------------------------------------------------------------
    def duration(self, value: Duration | None) -> str:
        """ "4 business hours" / "4 horas hábiles"."""
        if value is None:
            return ""
        return self._amount_of(value.value, value.unit.value)

    def days(self, n: int) -> str:
        return self.ngettext("%(num)s day", "%(num)s days", n) % {"num": self.number(n)}

    def months(self, n: int) -> str:
        return self.ngettext("%(num)s month", "%(num)s months", n) % {"num": self.number(n)}

    def amount(self, value: Decimal, unit: str) -> str:
        """``value`` of a time unit (``business_days``…) with the catalog's plural form."""
        return self._amount_of(value, unit)

    def _amount_of(self, value: Decimal, unit: str) -> str:
        num = self.number(value)
        singular, plural = _UNIT_FORMS[unit]
        return self.ngettext(singular, plural, value) % {"num": num}

    def quantity(self, target: Target) -> str:
        """The target's value with its unit, without the comparator: "99.9%", "4 hours"."""
        unit = target.unit
        if unit is TargetUnit.PERCENT:
            return self.percent(target.value)
        if unit is TargetUnit.MONEY:
            return self.money(target.value)
        if unit.is_time:
            return self._amount_of(target.value, unit.value)
        if unit is TargetUnit.SCORE:
            return self.gettext("a score of %(num)s") % {"num": self.number(target.value)}
        return self.number(target.value)

    def target(self, target: Target | None) -> str:
        """ "at least 99.9%", "at most 4 business hours", "al menos 99,9 %"."""
        if target is None:
            return ""
        words = self.gettext(_COMPARATOR_WORDS[target.comparator])
        return words % {"value": self.quantity(target)}

    def window(self, window: MeasurementWindow) -> str:
        if window.kind is WindowKind.ROLLING_DAYS:
            days = window.days
            if days is None:
                return self.gettext("rolling period")
            return self.ngettext(
                "rolling period of %(num)s day", "rolling period of %(num)s days", days
            ) % {"num": self.number(days)}
        return self.gettext(_WINDOW_WORDS[window.kind])


# The first revision's summary of a new agreement, written in its language (services.presets).
CREATED_FROM_PRESET = N_("Created from the %(preset)s preset.")
CREATED_BLANK = N_("Created from a blank agreement.")
