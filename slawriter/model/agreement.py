"""The service level agreement, section by section (PRODUCT.md, "What an SLA must be able to say").

Field titles are the labels people see (in error messages, the app and the contract); field
descriptions say what the field means in an SLA and become the app's tooltips.

The model accepts drafts: a half-written agreement (one party, a credit tier pointing at a deleted
objective) is still an ``Agreement`` so that nothing typed is lost. The cross-field rules live in
:mod:`slawriter.model.rules`; loading checks structure, ``validate`` checks both.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, Field, PrivateAttr, StrictBool, StrictInt, StrictStr

from .types import (
    MAX_ITEMS,
    SCHEMA_VERSION,
    Amount,
    CurrencyCode,
    Duration,
    EscalationShare,
    Identifier,
    Language,
    LongText,
    NumberOnly,
    Percentage,
    RegionCode,
    ShortText,
    Strict,
    TimeZoneName,
)

# ---------------------------------------------------------------------------------------------
# Enumerations


class AgreementKind(StrEnum):
    CUSTOMER = "customer"
    INTERNAL = "internal"
    VENDOR = "vendor"
    ONBOARDING = "onboarding"
    PARTNER = "partner"


class PartyRole(StrEnum):
    PROVIDER = "provider"
    CUSTOMER = "customer"
    PARTNER = "partner"


class PartyKind(StrEnum):
    ORGANIZATION = "organization"
    DEPARTMENT = "department"
    PERSON = "person"


class RenewalKind(StrEnum):
    NONE = "none"
    AUTOMATIC = "automatic"
    BY_AGREEMENT = "by_agreement"


class ChannelKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    PORTAL = "portal"
    CHAT = "chat"
    IN_PERSON = "in_person"
    OTHER = "other"


class ResponsibilityKind(StrEnum):
    DUTY = "duty"
    CREDIT_CONDITION = "credit_condition"


class MetricKind(StrEnum):
    AVAILABILITY = "availability"
    FIRST_RESPONSE_TIME = "first_response_time"
    RESOLUTION_TIME = "resolution_time"
    IMPLEMENTATION_TIME = "implementation_time"
    LEAD_FOLLOW_UP_TIME = "lead_follow_up_time"
    TICKET_VOLUME = "ticket_volume"
    NPS = "nps"
    CSAT = "csat"
    DELIVERY_VOLUME = "delivery_volume"
    CUSTOM = "custom"


class Comparator(StrEnum):
    """How a measured value is compared with the target (OpenSLO's ``op`` names)."""

    GTE = "gte"
    GT = "gt"
    LTE = "lte"
    LT = "lt"


class TargetUnit(StrEnum):
    PERCENT = "percent"
    MINUTES = "minutes"
    HOURS = "hours"
    BUSINESS_HOURS = "business_hours"
    DAYS = "days"
    BUSINESS_DAYS = "business_days"
    COUNT = "count"
    SCORE = "score"
    MONEY = "money"

    @property
    def is_time(self) -> bool:
        return self in _TIME_UNITS


_TIME_UNITS = frozenset(
    {
        TargetUnit.MINUTES,
        TargetUnit.HOURS,
        TargetUnit.BUSINESS_HOURS,
        TargetUnit.DAYS,
        TargetUnit.BUSINESS_DAYS,
    }
)


class WindowKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ROLLING_DAYS = "rolling_days"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Weekday(StrEnum):
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"


class ExclusionKind(StrEnum):
    SCHEDULED_MAINTENANCE = "scheduled_maintenance"
    FORCE_MAJEURE = "force_majeure"
    CUSTOMER_CAUSED = "customer_caused"
    THIRD_PARTY = "third_party"
    INTERNET = "internet"
    PREVIEW_FEATURES = "preview_features"
    SUSPENSION = "suspension"
    OTHER = "other"


class CreditApplication(StrEnum):
    FUTURE_INVOICES = "future_invoices"
    REFUND = "refund"


class VolumeKind(StrEnum):
    """Which way a volume target goes."""

    CAPACITY = "capacity"
    """A ceiling the provider absorbs: fewer is never a breach; more may suspend targets."""
    COMMITMENT = "commitment"
    """A floor the responsible party delivers: less is a breach."""


class CapBasis(StrEnum):
    """The longer period a second credit cap counts over."""

    SUBSCRIPTION_PERIOD = "subscription_period"
    CONTRACT_YEAR = "contract_year"


class CreditExpiry(StrEnum):
    """When unused service credits lapse."""

    AGREEMENT_END = "agreement_end"
    ORDER_FORM_END = "order_form_end"
    NEVER = "never"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class EntryKind(StrEnum):
    """What a library entry holds; the value is the entry's folder in a library."""

    PARTIES = "parties"
    CONTACTS = "contacts"
    CALENDARS = "calendars"
    OBJECTIVES = "objectives"
    EXCLUSIONS = "exclusions"
    RESPONSIBILITIES = "responsibilities"
    CLAUSES = "clauses"


class LibrarySource(Strict):
    """Where an item inserted from a library came from (issue 15): not printed in contracts."""

    library: ShortText = Field(title="Library", description="Name of the library.")
    kind: EntryKind = Field(title="Kind of entry")
    entry: Identifier = Field(title="Library entry", description="ID of the entry.")
    hash: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{12,64}$")] = Field(
        title="Entry version",
        description="Hash of the entry when it was inserted; check compares it with the entry now.",
    )
    item_hash: Annotated[StrictStr | None, Field(pattern=r"^[0-9a-f]{12,64}$")] = Field(
        None,
        title="Item version",
        description="Hash of the item as it was inserted or last updated from the library: "
        "tells edits made in the agreement from the library's.",
    )


LATE_DEFAULTS: dict[str, Any] = {
    "source": None,
    "placement": "additional",
    "placeholders": False,
    "item_hash": None,
}
"""Fields added after agreements were first signed (issue 15), by key, with their defaults.

Files, fingerprints and content hashes leave each out while it holds its default, so an
agreement that uses none of them reads, prints and hashes exactly as before they existed (a
signed agreement's audit log stays right). No other model field has these names.
"""


def without_late_defaults(data: Any) -> Any:
    """An agreement's plain data without the :data:`LATE_DEFAULTS` that hold their default."""
    if isinstance(data, dict):
        return {
            key: without_late_defaults(value)
            for key, value in data.items()
            if not (key in LATE_DEFAULTS and _same(value, LATE_DEFAULTS[key]))
        }
    if isinstance(data, list):
        return [without_late_defaults(item) for item in data]
    return data


def _same(value: Any, default: Any) -> bool:
    if isinstance(value, Enum):
        value = value.value
    return value is default if default is None or isinstance(default, bool) else value == default


def _source() -> Any:
    return Field(
        None,
        title="From the library",
        description="The library entry this item was inserted from, and which version of it.",
    )


# ---------------------------------------------------------------------------------------------
# 1. Agreement & parties


class Term(Strict):
    """How long the agreement runs and how it renews."""

    months: Annotated[StrictInt | None, Field(ge=1, le=1200)] = Field(
        None,
        title="Initial term (months)",
        description="Length of the initial term in months; empty for an open-ended agreement.",
    )
    renewal: RenewalKind = Field(
        RenewalKind.NONE,
        title="Renewal",
        description="What happens at the end of the term: nothing, automatic renewal, or renewal "
        "only when both parties agree.",
    )
    renewal_months: Annotated[StrictInt | None, Field(ge=1, le=1200)] = Field(
        None, title="Renewal period (months)", description="Length of each renewal period."
    )
    notice_days: Annotated[StrictInt | None, Field(ge=0, le=3650)] = Field(
        None,
        title="Notice to terminate or not renew (days)",
        description="Days of written notice a party must give before the end of a term to stop "
        "it renewing.",
    )


class PartyTerms(Strict):
    """The defined terms the contract uses for each side; empty means the kind's default."""

    provider: ShortText = Field(
        "",
        title="Term for the providing side",
        description="How the contract refers to the party or parties that provide the service, "
        "with its article, in the contract's language: e.g. 'the Provider', 'IT', 'el Equipo de "
        "Sistemas'. Empty: the default for the kind of agreement (the Provider; the Service "
        "Team for internal agreements; the Company for onboarding).",
    )
    customer: ShortText = Field(
        "",
        title="Term for the receiving side",
        description="How the contract refers to the party or parties that receive the service, "
        "with its article: e.g. 'the Customer', 'the New Hire', 'la Nueva Incorporación'. Empty: "
        "the default for the kind of agreement (the Customer; the Requesting Team for internal "
        "agreements; the New Hire for onboarding).",
    )


class AgreementInfo(Strict):
    """What the document is: kind, title, identity, language and dates."""

    kind: AgreementKind = Field(
        AgreementKind.CUSTOMER,
        title="Kind",
        description="Customer SLA, internal SLA/OLA between departments, vendor or underpinning "
        "contract, onboarding agreement, or partner agreement. Chooses the contract's look.",
    )
    title: ShortText = Field("", title="Title", description="The contract's title.")
    document_id: ShortText = Field(
        "",
        title="Document ID",
        description="Reference printed on every page, e.g. SLA-2026-014.",
    )
    version: Annotated[StrictInt, Field(ge=1, le=100_000)] = Field(
        1, title="Version", description="Revision number; goes up with each new revision."
    )
    language: Language = Field(
        Language.EN, title="Language", description="Language the contract is written in."
    )
    currency: CurrencyCode = Field(
        "EUR", title="Currency", description="Currency of fees, credits and money targets."
    )
    time_zone: TimeZoneName = Field(
        "UTC",
        title="Time zone",
        description="Time zone in which the agreement's times and deadlines are measured.",
    )
    region: RegionCode = Field(
        "",
        title="Region",
        description="Two-letter country code (GB, US, ES, MX…) whose conventions the contract "
        "follows for dates, numbers and money, in its language. Empty: the country of the time "
        "zone, or else of the currency, when the language is spoken there officially; otherwise "
        "the language's usual conventions.",
    )
    effective_date: Annotated[
        dt.date | None, Field(ge=dt.date(1900, 1, 1), le=dt.date(2200, 12, 31))
    ] = Field(None, title="Effective date", description="Date from which the agreement applies.")
    term: Term = Field(default_factory=Term, title="Term and renewal")
    party_terms: PartyTerms = Field(
        default_factory=PartyTerms,
        title="Defined terms for the parties",
        description="What the contract calls each side, e.g. the Provider and the Customer.",
    )
    purpose: LongText = Field(
        "",
        title="Purpose",
        description="One paragraph on why the parties make this agreement.",
    )
    master_agreement: ShortText = Field(
        "",
        title="Master agreement",
        description="The master or framework agreement this SLA belongs to, if any.",
    )
    order_of_precedence: list[ShortText] = Field(
        default_factory=list,
        max_length=20,
        title="Order of precedence",
        description="Documents in the order that prevails when they conflict, highest first.",
    )


class Contact(Strict):
    """A person to reach at a party."""

    name: ShortText = Field("", title="Name")
    title: ShortText = Field("", title="Job title")
    email: ShortText = Field("", title="Email")
    phone: ShortText = Field("", title="Phone")
    source: LibrarySource | None = _source()


class Party(Strict):
    """A party to the agreement: a company, a department or a person."""

    id: Identifier = Field(title="ID")
    name: ShortText = Field(
        "",
        title="Legal name or department",
        description="Registered legal name, or the department's name for an internal SLA.",
    )
    kind: PartyKind = Field(PartyKind.ORGANIZATION, title="Kind of party")
    role: PartyRole = Field(
        PartyRole.PROVIDER,
        title="Role",
        description="Provider delivers the service; customer receives it.",
    )
    term: ShortText = Field(
        "",
        title="Defined term",
        description="What the contract calls this party, with its article, when it differs from "
        "its side's term: e.g. 'the Hiring Team' beside 'the New Hire'. Empty: the term for its "
        "side (Agreement › Defined terms for the parties).",
    )
    registration: ShortText = Field(
        "", title="Registration number", description="Company or tax registration number."
    )
    address: LongText = Field("", title="Address")
    representatives: list[Contact] = Field(
        default_factory=list,
        max_length=50,
        title="Representatives",
        description="People who act for the party under this agreement.",
    )
    contacts: list[Contact] = Field(
        default_factory=list,
        max_length=50,
        title="Contacts",
        description="Day-to-day contacts for service matters.",
    )
    source: LibrarySource | None = _source()


# ---------------------------------------------------------------------------------------------
# 2. Scope


class Service(Strict):
    """A service the agreement covers."""

    id: Identifier = Field(title="ID")
    name: ShortText = Field("", title="Name")
    description: LongText = Field("", title="Description")
    components: list[ShortText] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="Components",
        description="Parts of the service that are covered.",
    )


class SupportChannel(Strict):
    """How requests reach the provider."""

    kind: ChannelKind = Field(ChannelKind.EMAIL, title="Channel")
    address: ShortText = Field(
        "", title="Address", description="Email address, phone number or portal URL."
    )
    hours: ShortText = Field(
        "", title="Hours", description="When the channel is staffed, e.g. 'Mon–Fri 09:00–18:00'."
    )
    calendar: Identifier | None = Field(
        None, title="Calendar", description="Business calendar that gives the channel's hours."
    )


class Scope(Strict):
    """What the service is and is not."""

    services: list[Service] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Services in scope"
    )
    out_of_scope: list[ShortText] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="Out of scope",
        description="Things a reader might expect but that the agreement does not cover.",
    )
    coverage_calendar: Identifier | None = Field(
        None,
        title="Service hours",
        description="Business calendar of the service hours; empty means 24×7.",
    )
    support_channels: list[SupportChannel] = Field(
        default_factory=list, max_length=50, title="Support channels"
    )
    dependencies: list[ShortText] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="Dependencies",
        description="Systems, suppliers or inputs the service relies on.",
    )
    users_and_locations: list[ShortText] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="Users and locations served",
    )


# ---------------------------------------------------------------------------------------------
# 3. Responsibilities


class Responsibility(Strict):
    """A duty of one or more parties."""

    id: Identifier = Field(title="ID")
    owners: list[Identifier] = Field(
        default_factory=list,
        max_length=20,
        title="Owners",
        description="IDs of the parties that carry this duty.",
    )
    kind: ResponsibilityKind = Field(
        ResponsibilityKind.DUTY,
        title="Kind",
        description="A plain duty, or a customer obligation that must be met for service "
        "credits to apply.",
    )
    text: LongText = Field("", title="Responsibility")
    source: LibrarySource | None = _source()


class Responsibilities(Strict):
    items: list[Responsibility] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Responsibilities"
    )
    request_requirements: list[ShortText] = Field(
        default_factory=list,
        max_length=100,
        title="What a request must contain",
        description="Information a request or incident report must include to start the clock.",
    )


# ---------------------------------------------------------------------------------------------
# 4. Service level objectives


class WorkingPeriod(Strict):
    """Working hours on one weekday; two periods on one day leave a break between them."""

    weekday: Weekday = Field(title="Weekday")
    start: dt.time = Field(title="From")
    end: dt.time = Field(title="Until")


class BusinessCalendar(Strict):
    """Named business hours, with public holidays and closures."""

    id: Identifier = Field(title="ID")
    name: ShortText = Field("", title="Name")
    time_zone: TimeZoneName = Field("UTC", title="Time zone")
    hours: list[WorkingPeriod] = Field(default_factory=list, max_length=70, title="Working hours")
    holidays_country: Annotated[StrictStr, Field(pattern=r"^([A-Z]{2})?$")] = Field(
        "",
        title="Public holidays of",
        description="ISO 3166 country code whose public holidays are closed days, e.g. ES.",
    )
    holidays_subdivision: Annotated[StrictStr, Field(pattern=r"^([A-Z0-9]{1,3})?$")] = Field(
        "", title="Region", description="Subdivision for regional holidays, e.g. MD for Madrid."
    )
    closures: list[dt.date] = Field(
        default_factory=list, max_length=366, title="Extra closure days"
    )
    source: LibrarySource | None = _source()


class Priority(Strict):
    """A ticket priority (P1…P4 or a named level)."""

    id: Identifier = Field(title="ID")
    name: ShortText = Field("", title="Name", description="Short name, e.g. P1 or Urgent.")
    description: LongText = Field(
        "", title="Meaning", description="Which requests get this priority."
    )


class Target(Strict):
    """A measurable threshold: comparator, value and unit."""

    comparator: Comparator = Field(Comparator.GTE, title="Comparator")
    value: Annotated[Decimal, NumberOnly, Field(ge=-1_000_000_000_000, le=1_000_000_000_000)] = (
        Field(title="Value", decimal_places=6)
    )
    unit: TargetUnit = Field(TargetUnit.PERCENT, title="Unit")


class PriorityTarget(Strict):
    """The target for one priority in an objective's per-priority matrix, or best effort."""

    priority: Identifier = Field(title="Priority")
    best_effort: StrictBool = Field(
        False,
        title="Best effort",
        description="No target applies to this priority: requests of it are handled with "
        "reasonable efforts and are not measured. Leave the target empty.",
    )
    target: Target | None = Field(
        None, title="Target", description="The target for this priority; empty for best effort."
    )


class MeasurementWindow(Strict):
    kind: WindowKind = Field(WindowKind.MONTH, title="Window")
    days: Annotated[StrictInt | None, Field(ge=1, le=366)] = Field(
        None, title="Days", description="Length of a rolling window in days."
    )


class ClockRules(Strict):
    """When a time objective's clock starts, pauses and stops."""

    start: ShortText = Field("", title="Clock starts")
    pause: ShortText = Field("", title="Clock pauses")
    stop: ShortText = Field("", title="Clock stops")


class Objective(Strict):
    """A service level objective: what is measured, the target, and how it is measured."""

    id: Identifier = Field(title="ID")
    name: ShortText = Field("", title="Name")
    metric: MetricKind = Field(MetricKind.CUSTOM, title="Metric")
    description: LongText = Field("", title="Description")
    target: Target = Field(title="Target")
    priority_targets: list[PriorityTarget] = Field(
        default_factory=list,
        max_length=20,
        title="Targets per priority",
        description="Different targets for each priority; when set they replace the main target "
        "for tickets of that priority.",
    )
    attainment_percent: Percentage | None = Field(
        None,
        title="Share that must meet the target (%)",
        description="For targets that each ticket or lead must meet: the share of them in the "
        "window that must meet it, e.g. 95 %. Empty means every one.",
    )
    volume: VolumeKind | None = Field(
        None,
        title="The volume is",
        description="For a volume target (a count or an amount): a capacity is a ceiling the "
        "provider absorbs ('up to 500 tickets a month'), so fewer is never a breach and more "
        "is not one either; a commitment is a floor ('$100,000 of opportunities a month'), so "
        "less is a breach.",
    )
    suspended_above_capacity: list[Identifier] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="Targets suspended above the capacity",
        description="For a ticket capacity: IDs of the objectives whose targets do not apply "
        "to the tickets beyond the capacity in a period (the latest created).",
    )
    suspended_priorities: list[Identifier] = Field(
        default_factory=list,
        max_length=20,
        title="For priorities",
        description="The priorities whose targets are suspended above the capacity; empty "
        "means all.",
    )
    window: MeasurementWindow = Field(default_factory=MeasurementWindow, title="Measured over")
    calendar: Identifier | None = Field(
        None,
        title="Calendar",
        description="Business calendar the clock runs on; empty means 24×7.",
    )
    clock: ClockRules = Field(default_factory=ClockRules, title="Clock rules")
    data_source: ShortText = Field(
        "", title="Data source", description="Where the measurements come from."
    )
    measurement_method: LongText = Field(
        "", title="Measurement method", description="How the value is computed from the data."
    )
    downtime_definition: LongText = Field(
        "",
        title="Downtime definition",
        description="For availability: what counts as a minute of downtime.",
    )
    reporting_frequency: Frequency = Field(Frequency.MONTHLY, title="Reported")
    responsible_party: Identifier | None = Field(
        None, title="Responsible party", description="ID of the party that must meet it."
    )
    internal_target: Target | None = Field(
        None,
        title="Internal target",
        description="A stricter target the provider aims for internally; not contractual.",
    )
    source: LibrarySource | None = _source()


class ServiceLevels(Strict):
    calendars: list[BusinessCalendar] = Field(
        default_factory=list, max_length=50, title="Business calendars"
    )
    priorities: list[Priority] = Field(default_factory=list, max_length=20, title="Priorities")
    objectives: list[Objective] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Objectives"
    )


# ---------------------------------------------------------------------------------------------
# 5. Limitations & exclusions


class Maintenance(Strict):
    """Scheduled maintenance: when it happens and how much notice is given."""

    window: ShortText = Field(
        "", title="Maintenance window", description="e.g. 'Sundays 02:00–06:00 CET'."
    )
    notice: Duration | None = Field(
        None, title="Notice period", description="How long before maintenance it is announced."
    )
    max_per_month: Duration | None = Field(
        None, title="Most per month", description="Upper limit of scheduled maintenance a month."
    )
    excluded_from_downtime: StrictBool = Field(
        True,
        title="Not counted as downtime",
        description="Announced maintenance inside the window does not count as downtime.",
    )


class Exclusion(Strict):
    id: Identifier = Field(title="ID")
    kind: ExclusionKind = Field(ExclusionKind.OTHER, title="Kind")
    text: LongText = Field("", title="Exclusion")
    source: LibrarySource | None = _source()


class Limitations(Strict):
    maintenance: Maintenance | None = Field(None, title="Scheduled maintenance")
    exclusions: list[Exclusion] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Exclusions"
    )
    usage_limits: list[ShortText] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Usage limits"
    )
    standards: list[ShortText] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="Norms, standards and procedures",
        description="Standards and procedures the parties must follow.",
    )


# ---------------------------------------------------------------------------------------------
# 6. Breach consequences


class CreditTier(Strict):
    """A band of attainment that earns a service credit: from ≤ attainment < below → credit."""

    id: Identifier = Field(title="ID")
    objective: Identifier = Field(title="Objective", description="ID of the objective.")
    below: Percentage = Field(
        title="Attainment below (%)", description="The tier applies when attainment is below this."
    )
    at_least: Percentage = Field(
        Decimal(0),
        title="Attainment at least (%)",
        description="…and at least this (0 for the last tier).",
    )
    credit_percent: Percentage = Field(
        title="Credit (% of monthly fee)",
        description="Share of the monthly fee for the affected service credited to the customer.",
    )


class ClaimProcedure(Strict):
    deadline_days: Annotated[StrictInt | None, Field(ge=1, le=365)] = Field(
        None,
        title="Claim deadline (days after the period)",
        description="Days after the end of the measurement period within which a claim is made.",
    )
    required_information: list[ShortText] = Field(
        default_factory=list, max_length=50, title="A claim must include"
    )
    application: CreditApplication = Field(
        CreditApplication.FUTURE_INVOICES,
        title="How credits are paid",
        description="Against future invoices (usual) or refunded.",
    )
    applied_within_days: Annotated[StrictInt | None, Field(ge=1, le=365)] = Field(
        None,
        title="Credit applied within (days)",
        description="Days after a claim is accepted within which the credit is applied to an "
        "invoice or refunded.",
    )
    expiry: CreditExpiry = Field(
        CreditExpiry.AGREEMENT_END,
        title="Unused credits lapse",
        description="When credits not yet used lapse: when this agreement ends, when the order "
        "form they were earned under ends, or never.",
    )


class EscalationLevel(Strict):
    id: Identifier = Field(title="ID")
    name: ShortText = Field("", title="Level", description="e.g. 'Service manager'.")
    party: Identifier | None = Field(None, title="Party")
    contact: Contact = Field(default_factory=Contact, title="Contact")
    after: Duration | None = Field(
        None, title="Escalate after", description="Time without resolution before this level."
    )
    at_percent: EscalationShare | None = Field(
        None,
        title="Escalate at (% of the time allowed)",
        description="Instead of a fixed time: escalate when this share of the objective's "
        "target time has passed, e.g. 50 or 100. Use either this or 'Escalate after'.",
    )
    objectives: list[Identifier] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="For objectives",
        description="IDs of the objectives this level covers; empty means all.",
    )


class ChronicFailure(Strict):
    """Repeated misses that let the customer terminate."""

    missed_periods: Annotated[StrictInt, Field(ge=1, le=120)] = Field(2, title="Missed periods")
    out_of: Annotated[StrictInt, Field(ge=1, le=120)] = Field(3, title="Out of consecutive periods")
    remedy: LongText = Field("", title="Remedy", description="What the customer may then do.")


class Consequences(Strict):
    credit_tiers: list[CreditTier] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Service credit tiers"
    )
    credit_cap_percent: Percentage | None = Field(
        None,
        title="Credit cap (% of monthly fee)",
        description="Most that can be credited for one period, as a share of the monthly fee.",
    )
    credit_cap_term_percent: Percentage | None = Field(
        None,
        title="Credit cap over a longer period (% of its fees)",
        description="Most that can be credited over a subscription period or contract year, as a "
        "share of the fees for that period, e.g. 8. Can be set with or without the monthly cap.",
    )
    credit_cap_term: CapBasis = Field(
        CapBasis.SUBSCRIPTION_PERIOD,
        title="Longer cap counted per",
        description="The period the longer cap counts over: the subscription period or the "
        "contract year.",
    )
    monthly_fee: Amount | None = Field(
        None, title="Monthly fee", description="Monthly fee credits are computed from."
    )
    claim: ClaimProcedure = Field(default_factory=ClaimProcedure, title="Claim procedure")
    sole_remedy: StrictBool = Field(
        False,
        title="Credits are the sole remedy",
        description="Service credits are the customer's only remedy for missed objectives.",
    )
    escalation: list[EscalationLevel] = Field(
        default_factory=list, max_length=20, title="Escalation path"
    )
    remediation_plan: LongText = Field(
        "",
        title="Remediation plan",
        description="What the responsible party does after a breach, and by when.",
    )
    chronic_failure: ChronicFailure | None = Field(None, title="Chronic failure")
    non_monetary: list[LongText] = Field(
        default_factory=list,
        max_length=50,
        title="Other consequences",
        description="Non-monetary consequences, e.g. a review meeting with both managers.",
    )


# ---------------------------------------------------------------------------------------------
# 7. Reporting, review & change


class Reporting(Strict):
    frequency: Frequency = Field(Frequency.MONTHLY, title="Report every")
    contents: list[ShortText] = Field(default_factory=list, max_length=50, title="Report contents")
    recipients: ShortText = Field("", title="Sent to")


class Review(Strict):
    frequency: Frequency = Field(Frequency.QUARTERLY, title="Review every")
    participants: ShortText = Field("", title="Participants")
    agenda: LongText = Field("", title="Agenda")


class Definition(Strict):
    term: ShortText = Field(title="Defined term")
    meaning: LongText = Field("", title="Meaning")


class ClausePlacement(StrEnum):
    """Where the contract places a clause, numbered with the section's own."""

    SCOPE = "scope"
    LIMITATIONS = "limitations"
    CONSEQUENCES = "consequences"
    ADDITIONAL = "additional"


class Clause(Strict):
    id: Identifier = Field(title="ID")
    title: ShortText = Field("", title="Heading")
    text: LongText = Field("", title="Text")
    placement: ClausePlacement = Field(
        ClausePlacement.ADDITIONAL,
        title="Placed in",
        description="The section of the contract the clause goes in: scope, limitations, breach "
        "consequences, or the additional clauses.",
    )
    placeholders: StrictBool = Field(
        False,
        title="Uses placeholders",
        description="The heading and text name agreement values in braces, e.g. {provider}, "
        "{effective_date} or {target:uptime}; the contract shows the values. {{ and }} are a "
        "brace.",
    )
    source: LibrarySource | None = _source()


class Governance(Strict):
    reporting: Reporting = Field(default_factory=Reporting, title="Reporting")
    review: Review = Field(default_factory=Review, title="Review meetings")
    change_control: LongText = Field(
        "", title="Change control", description="How the agreement is changed."
    )
    definitions: list[Definition] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Definitions"
    )
    extra_clauses: list[Clause] = Field(
        default_factory=list, max_length=MAX_ITEMS, title="Additional clauses"
    )


# ---------------------------------------------------------------------------------------------
# 8. Sign-off


class Signatory(Strict):
    id: Identifier = Field(title="ID")
    party: Identifier = Field(title="Party", description="ID of the party the person signs for.")
    name: ShortText = Field("", title="Name")
    title: ShortText = Field("", title="Job title")
    email: ShortText = Field("", title="Email")


class Approval(Strict):
    """An internal approval, e.g. legal review."""

    role: ShortText = Field("", title="Approval", description="e.g. Legal review.")
    name: ShortText = Field("", title="Approved by")
    date: dt.date | None = Field(None, title="Date")
    note: ShortText = Field("", title="Note")


class Revision(Strict):
    version: Annotated[StrictInt, Field(ge=1, le=100_000)] = Field(title="Version")
    date: dt.date = Field(title="Date")
    author: ShortText = Field("", title="Author")
    summary: ShortText = Field("", title="Summary of changes")
    fingerprint: Annotated[StrictStr, Field(pattern=r"^([0-9a-f]{12,64})?$")] = Field(
        "", title="Fingerprint", description="Fingerprint of that revision's agreement."
    )


class SignOffMethod(StrEnum):
    """How a signatory signed off."""

    INK = "ink"
    DIGITAL = "digital"
    APPROVAL = "approval"


class SignOffRecord(Strict):
    """A signatory's sign-off, recorded with who they were when they gave it."""

    signatory: Identifier = Field(title="Signatory", description="ID of the signatory.")
    name: ShortText = Field("", title="Name")
    title: ShortText = Field("", title="Job title")
    party: Identifier = Field(title="Party", description="ID of the party the person signed for.")
    date: dt.date = Field(title="Date signed")
    method: SignOffMethod = Field(
        SignOffMethod.INK,
        title="Method",
        description="Signed in ink, signed digitally, or an approval recorded on their behalf.",
    )


class LifecycleAction(StrEnum):
    STATUS = "status"
    APPROVAL = "approval"
    SIGN_OFF = "sign_off"
    NEW_REVISION = "new_revision"


Sha256Hex = Annotated[StrictStr, Field(pattern=r"^([0-9a-f]{64})?$")]


class LifecycleEvent(Strict):
    """One entry of the append-only audit log; ``previous`` chains it to the entry before."""

    at: AwareDatetime = Field(title="When", description="Date and time of the event (UTC).")
    by: ShortText = Field("", title="By", description="Who made the change.")
    action: LifecycleAction = Field(title="Action")
    status: AgreementStatus = Field(title="Status after the event")
    version: Annotated[StrictInt, Field(ge=1, le=100_000)] = Field(title="Version")
    detail: ShortText = Field("", title="Detail")
    content: Sha256Hex = Field(
        "",
        title="Content hash",
        description="SHA-256 of the agreement (without the audit log) after the event.",
    )
    previous: Sha256Hex = Field(
        "",
        title="Previous entry hash",
        description="SHA-256 of the entry before this one; empty for the first entry.",
    )


class SignOff(Strict):
    status: AgreementStatus = Field(AgreementStatus.DRAFT, title="Status")
    signatories: list[Signatory] = Field(default_factory=list, max_length=50, title="Signatories")
    approvals: list[Approval] = Field(
        default_factory=list, max_length=50, title="Internal approvals"
    )
    revisions: list[Revision] = Field(
        default_factory=list, max_length=1000, title="Revision history"
    )
    records: list[SignOffRecord] = Field(
        default_factory=list,
        max_length=50,
        title="Recorded sign-offs",
        description="Who has signed off this version, when and how.",
    )
    history: list[LifecycleEvent] = Field(
        default_factory=list,
        max_length=10_000,
        title="Audit log",
        description="Every status change, approval, sign-off and new revision, each chained to "
        "the one before by its hash. Append-only: slawriter check reports an edited log.",
    )


# ---------------------------------------------------------------------------------------------


class Agreement(Strict):
    """A service level agreement: one ``*.sla.json`` file."""

    schema_version: Annotated[StrictInt, Field(ge=1, le=SCHEMA_VERSION)] = Field(
        SCHEMA_VERSION, title="Schema version"
    )
    agreement: AgreementInfo = Field(default_factory=AgreementInfo, title="Agreement")
    parties: list[Party] = Field(default_factory=list, max_length=20, title="Parties")
    scope: Scope = Field(default_factory=Scope, title="Scope")
    responsibilities: Responsibilities = Field(
        default_factory=Responsibilities, title="Responsibilities"
    )
    service_levels: ServiceLevels = Field(
        default_factory=ServiceLevels, title="Service level objectives"
    )
    limitations: Limitations = Field(default_factory=Limitations, title="Limitations & exclusions")
    consequences: Consequences = Field(default_factory=Consequences, title="Breach consequences")
    governance: Governance = Field(default_factory=Governance, title="Reporting, review & change")
    signoff: SignOff = Field(default_factory=SignOff, title="Sign-off")

    _as_filed: Any = PrivateAttr(None)
    """The file's data as it was written, before migration to this schema version, for an
    agreement read from an older file with an audit log: its entries' content hashes are of the
    agreement in that shape (:func:`slawriter.model.lifecycle.content_hashes`). Not saved."""
