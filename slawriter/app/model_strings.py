"""Every model string the forms show, for pyside6-lupdate. Generated — do not edit.

Regenerate with ``python -m slawriter.app.i18n --write`` (``make model-strings``) after
changing the model, then run ``make update-ts`` and translate the new strings. Enum
labels carry their enum's name as disambiguation (see ``slawriter.app.i18n.enum_label``).
"""

# ruff: noqa: E501

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP


def translate(context: str, text: str, disambiguation: str) -> str:
    """QT_TRANSLATE_NOOP3, which lupdate reads like QCoreApplication.translate."""
    return text


MODEL_STRINGS: tuple[object, ...] = (
    # section parties
    QT_TRANSLATE_NOOP("model", "Agreement & parties"),
    # section scope
    QT_TRANSLATE_NOOP("model", "Scope"),
    # section responsibilities
    QT_TRANSLATE_NOOP("model", "Responsibilities"),
    # section objectives
    QT_TRANSLATE_NOOP("model", "Service level objectives"),
    # section limitations
    QT_TRANSLATE_NOOP("model", "Limitations & exclusions"),
    # section consequences
    QT_TRANSLATE_NOOP("model", "Breach consequences"),
    # section governance
    QT_TRANSLATE_NOOP("model", "Reporting, review & change"),
    # section signoff
    QT_TRANSLATE_NOOP("model", "Sign-off"),
    # Agreement (noun)
    QT_TRANSLATE_NOOP("model", "Agreement"),
    # Agreement.parties
    QT_TRANSLATE_NOOP("model", "Parties"),
    # AgreementInfo (noun)
    QT_TRANSLATE_NOOP("model", "Agreement info"),
    # AgreementInfo.kind
    QT_TRANSLATE_NOOP("model", "Kind"),
    # AgreementInfo.kind (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Customer SLA, internal SLA/OLA between departments, vendor or underpinning contract, onboarding agreement, or partner agreement. Chooses the contract's look.",
    ),
    # AgreementKind
    translate("model", "Customer", "AgreementKind"),
    # AgreementKind
    translate("model", "Internal", "AgreementKind"),
    # AgreementKind
    translate("model", "Vendor", "AgreementKind"),
    # AgreementKind
    translate("model", "Onboarding", "AgreementKind"),
    # AgreementKind
    translate("model", "Partner", "AgreementKind"),
    # AgreementInfo.title
    QT_TRANSLATE_NOOP("model", "Title"),
    # AgreementInfo.title (tooltip)
    QT_TRANSLATE_NOOP("model", "The contract's title."),
    # AgreementInfo.document_id
    QT_TRANSLATE_NOOP("model", "Document ID"),
    # AgreementInfo.document_id (tooltip)
    QT_TRANSLATE_NOOP("model", "Reference printed on every page, e.g. SLA-2026-014."),
    # AgreementInfo.version
    QT_TRANSLATE_NOOP("model", "Version"),
    # AgreementInfo.version (tooltip)
    QT_TRANSLATE_NOOP("model", "Revision number; goes up with each new revision."),
    # AgreementInfo.language
    QT_TRANSLATE_NOOP("model", "Language"),
    # AgreementInfo.language (tooltip)
    QT_TRANSLATE_NOOP("model", "Language the contract is written in."),
    # Language
    translate("model", "English", "Language"),
    # Language
    translate("model", "Spanish", "Language"),
    # AgreementInfo.currency
    QT_TRANSLATE_NOOP("model", "Currency"),
    # AgreementInfo.currency (tooltip)
    QT_TRANSLATE_NOOP("model", "Currency of fees, credits and money targets."),
    # AgreementInfo.time_zone
    QT_TRANSLATE_NOOP("model", "Time zone"),
    # AgreementInfo.time_zone (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Time zone in which the agreement's times and deadlines are measured."
    ),
    # AgreementInfo.region
    QT_TRANSLATE_NOOP("model", "Region"),
    # AgreementInfo.region (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Two-letter country code (GB, US, ES, MX…) whose conventions the contract follows for dates, numbers and money, in its language. Empty: the country of the time zone, or else of the currency, when the language is spoken there officially; otherwise the language's usual conventions.",
    ),
    # AgreementInfo.effective_date
    QT_TRANSLATE_NOOP("model", "Effective date"),
    # AgreementInfo.effective_date (tooltip)
    QT_TRANSLATE_NOOP("model", "Date from which the agreement applies."),
    # AgreementInfo.term
    QT_TRANSLATE_NOOP("model", "Term and renewal"),
    # AgreementInfo.party_terms
    QT_TRANSLATE_NOOP("model", "Defined terms for the parties"),
    # AgreementInfo.party_terms (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "What the contract calls each side, e.g. the Provider and the Customer."
    ),
    # AgreementInfo.purpose
    QT_TRANSLATE_NOOP("model", "Purpose"),
    # AgreementInfo.purpose (tooltip)
    QT_TRANSLATE_NOOP("model", "One paragraph on why the parties make this agreement."),
    # AgreementInfo.master_agreement
    QT_TRANSLATE_NOOP("model", "Master agreement"),
    # AgreementInfo.master_agreement (tooltip)
    QT_TRANSLATE_NOOP("model", "The master or framework agreement this SLA belongs to, if any."),
    # AgreementInfo.order_of_precedence
    QT_TRANSLATE_NOOP("model", "Order of precedence"),
    # AgreementInfo.order_of_precedence (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Documents in the order that prevails when they conflict, highest first."
    ),
    # Party (noun)
    QT_TRANSLATE_NOOP("model", "Party"),
    # Party.id
    QT_TRANSLATE_NOOP("model", "ID"),
    # Party.id (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Stable ID: lowercase letters, digits and hyphens, at most 63 characters (an RFC 1123 label), used by other parts of the agreement to refer to this one.",
    ),
    # Party.name
    QT_TRANSLATE_NOOP("model", "Legal name or department"),
    # Party.name (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Registered legal name, or the department's name for an internal SLA."
    ),
    # Party.kind
    QT_TRANSLATE_NOOP("model", "Kind of party"),
    # PartyKind
    translate("model", "Organization", "PartyKind"),
    # PartyKind
    translate("model", "Department", "PartyKind"),
    # PartyKind
    translate("model", "Person", "PartyKind"),
    # Party.role
    QT_TRANSLATE_NOOP("model", "Role"),
    # Party.role (tooltip)
    QT_TRANSLATE_NOOP("model", "Provider delivers the service; customer receives it."),
    # PartyRole
    translate("model", "Provider", "PartyRole"),
    # PartyRole
    translate("model", "Customer", "PartyRole"),
    # PartyRole
    translate("model", "Partner", "PartyRole"),
    # Party.term
    QT_TRANSLATE_NOOP("model", "Defined term"),
    # Party.term (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "What the contract calls this party, with its article, when it differs from its side's term: e.g. 'the Hiring Team' beside 'the New Hire'. Empty: the term for its side (Agreement › Defined terms for the parties).",
    ),
    # Party.registration
    QT_TRANSLATE_NOOP("model", "Registration number"),
    # Party.registration (tooltip)
    QT_TRANSLATE_NOOP("model", "Company or tax registration number."),
    # Party.address
    QT_TRANSLATE_NOOP("model", "Address"),
    # Party.representatives
    QT_TRANSLATE_NOOP("model", "Representatives"),
    # Party.representatives (tooltip)
    QT_TRANSLATE_NOOP("model", "People who act for the party under this agreement."),
    # Party.contacts
    QT_TRANSLATE_NOOP("model", "Contacts"),
    # Party.contacts (tooltip)
    QT_TRANSLATE_NOOP("model", "Day-to-day contacts for service matters."),
    # Scope.services
    QT_TRANSLATE_NOOP("model", "Services in scope"),
    # Scope.out_of_scope
    QT_TRANSLATE_NOOP("model", "Out of scope"),
    # Scope.out_of_scope (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Things a reader might expect but that the agreement does not cover."
    ),
    # Scope.coverage_calendar
    QT_TRANSLATE_NOOP("model", "Service hours"),
    # Scope.coverage_calendar (tooltip)
    QT_TRANSLATE_NOOP("model", "Business calendar of the service hours; empty means 24×7."),
    # Scope.support_channels
    QT_TRANSLATE_NOOP("model", "Support channels"),
    # Scope.dependencies
    QT_TRANSLATE_NOOP("model", "Dependencies"),
    # Scope.dependencies (tooltip)
    QT_TRANSLATE_NOOP("model", "Systems, suppliers or inputs the service relies on."),
    # Scope.users_and_locations
    QT_TRANSLATE_NOOP("model", "Users and locations served"),
    # Responsibilities.request_requirements
    QT_TRANSLATE_NOOP("model", "What a request must contain"),
    # Responsibilities.request_requirements (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Information a request or incident report must include to start the clock."
    ),
    # ServiceLevels (noun)
    QT_TRANSLATE_NOOP("model", "Service levels"),
    # ServiceLevels.calendars
    QT_TRANSLATE_NOOP("model", "Business calendars"),
    # ServiceLevels.priorities
    QT_TRANSLATE_NOOP("model", "Priorities"),
    # ServiceLevels.objectives
    QT_TRANSLATE_NOOP("model", "Objectives"),
    # Limitations (noun)
    QT_TRANSLATE_NOOP("model", "Limitations"),
    # Limitations.maintenance
    QT_TRANSLATE_NOOP("model", "Scheduled maintenance"),
    # Limitations.exclusions
    QT_TRANSLATE_NOOP("model", "Exclusions"),
    # Limitations.usage_limits
    QT_TRANSLATE_NOOP("model", "Usage limits"),
    # Limitations.standards
    QT_TRANSLATE_NOOP("model", "Norms, standards and procedures"),
    # Limitations.standards (tooltip)
    QT_TRANSLATE_NOOP("model", "Standards and procedures the parties must follow."),
    # Consequences (noun)
    QT_TRANSLATE_NOOP("model", "Consequences"),
    # Consequences.credit_tiers
    QT_TRANSLATE_NOOP("model", "Service credit tiers"),
    # Consequences.credit_cap_percent
    QT_TRANSLATE_NOOP("model", "Credit cap (% of monthly fee)"),
    # Consequences.credit_cap_percent (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Most that can be credited for one period, as a share of the monthly fee."
    ),
    # Consequences.credit_cap_term_percent
    QT_TRANSLATE_NOOP("model", "Credit cap over a longer period (% of its fees)"),
    # Consequences.credit_cap_term_percent (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Most that can be credited over a subscription period or contract year, as a share of the fees for that period, e.g. 8. Can be set with or without the monthly cap.",
    ),
    # Consequences.credit_cap_term
    QT_TRANSLATE_NOOP("model", "Longer cap counted per"),
    # Consequences.credit_cap_term (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "The period the longer cap counts over: the subscription period or the contract year.",
    ),
    # CapBasis
    translate("model", "Subscription period", "CapBasis"),
    # CapBasis
    translate("model", "Contract year", "CapBasis"),
    # Consequences.monthly_fee
    QT_TRANSLATE_NOOP("model", "Monthly fee"),
    # Consequences.monthly_fee (tooltip)
    QT_TRANSLATE_NOOP("model", "Monthly fee credits are computed from."),
    # Consequences.claim
    QT_TRANSLATE_NOOP("model", "Claim procedure"),
    # Consequences.sole_remedy
    QT_TRANSLATE_NOOP("model", "Credits are the sole remedy"),
    # Consequences.sole_remedy (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Service credits are the customer's only remedy for missed objectives."
    ),
    # Consequences.escalation
    QT_TRANSLATE_NOOP("model", "Escalation path"),
    # Consequences.remediation_plan
    QT_TRANSLATE_NOOP("model", "Remediation plan"),
    # Consequences.remediation_plan (tooltip)
    QT_TRANSLATE_NOOP("model", "What the responsible party does after a breach, and by when."),
    # Consequences.chronic_failure
    QT_TRANSLATE_NOOP("model", "Chronic failure"),
    # Consequences.non_monetary
    QT_TRANSLATE_NOOP("model", "Other consequences"),
    # Consequences.non_monetary (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Non-monetary consequences, e.g. a review meeting with both managers."
    ),
    # Governance (noun)
    QT_TRANSLATE_NOOP("model", "Governance"),
    # Governance.reporting
    QT_TRANSLATE_NOOP("model", "Reporting"),
    # Governance.review
    QT_TRANSLATE_NOOP("model", "Review meetings"),
    # Governance.change_control
    QT_TRANSLATE_NOOP("model", "Change control"),
    # Governance.change_control (tooltip)
    QT_TRANSLATE_NOOP("model", "How the agreement is changed."),
    # Governance.definitions
    QT_TRANSLATE_NOOP("model", "Definitions"),
    # Governance.extra_clauses
    QT_TRANSLATE_NOOP("model", "Additional clauses"),
    # SignOff (noun)
    QT_TRANSLATE_NOOP("model", "Sign off"),
    # SignOff.status
    QT_TRANSLATE_NOOP("model", "Status"),
    # AgreementStatus
    translate("model", "Draft", "AgreementStatus"),
    # AgreementStatus
    translate("model", "In review", "AgreementStatus"),
    # AgreementStatus
    translate("model", "Approved", "AgreementStatus"),
    # AgreementStatus
    translate("model", "Signed", "AgreementStatus"),
    # AgreementStatus
    translate("model", "Superseded", "AgreementStatus"),
    # SignOff.signatories
    QT_TRANSLATE_NOOP("model", "Signatories"),
    # SignOff.approvals
    QT_TRANSLATE_NOOP("model", "Internal approvals"),
    # SignOff.revisions
    QT_TRANSLATE_NOOP("model", "Revision history"),
    # SignOff.records
    QT_TRANSLATE_NOOP("model", "Recorded sign-offs"),
    # SignOff.records (tooltip)
    QT_TRANSLATE_NOOP("model", "Who has signed off this version, when and how."),
    # SignOff.history
    QT_TRANSLATE_NOOP("model", "Audit log"),
    # SignOff.history (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Every status change, approval, sign-off and new revision, each chained to the one before by its hash. Append-only: slawriter check reports an edited log.",
    ),
    # Term (noun)
    QT_TRANSLATE_NOOP("model", "Term"),
    # Term.months
    QT_TRANSLATE_NOOP("model", "Initial term (months)"),
    # Term.months (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Length of the initial term in months; empty for an open-ended agreement."
    ),
    # Term.renewal
    QT_TRANSLATE_NOOP("model", "Renewal"),
    # Term.renewal (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "What happens at the end of the term: nothing, automatic renewal, or renewal only when both parties agree.",
    ),
    # RenewalKind
    translate("model", "None", "RenewalKind"),
    # RenewalKind
    translate("model", "Automatic", "RenewalKind"),
    # RenewalKind
    translate("model", "By agreement", "RenewalKind"),
    # Term.renewal_months
    QT_TRANSLATE_NOOP("model", "Renewal period (months)"),
    # Term.renewal_months (tooltip)
    QT_TRANSLATE_NOOP("model", "Length of each renewal period."),
    # Term.notice_days
    QT_TRANSLATE_NOOP("model", "Notice to terminate or not renew (days)"),
    # Term.notice_days (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Days of written notice a party must give before the end of a term to stop it renewing.",
    ),
    # PartyTerms (noun)
    QT_TRANSLATE_NOOP("model", "Party terms"),
    # PartyTerms.provider
    QT_TRANSLATE_NOOP("model", "Term for the providing side"),
    # PartyTerms.provider (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "How the contract refers to the party or parties that provide the service, with its article, in the contract's language: e.g. 'the Provider', 'IT', 'el Equipo de Sistemas'. Empty: the default for the kind of agreement (the Provider; the Service Team for internal agreements; the Company for onboarding).",
    ),
    # PartyTerms.customer
    QT_TRANSLATE_NOOP("model", "Term for the receiving side"),
    # PartyTerms.customer (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "How the contract refers to the party or parties that receive the service, with its article: e.g. 'the Customer', 'the New Hire', 'la Nueva Incorporación'. Empty: the default for the kind of agreement (the Customer; the Requesting Team for internal agreements; the New Hire for onboarding).",
    ),
    # Contact (noun)
    QT_TRANSLATE_NOOP("model", "Contact"),
    # Contact.name
    QT_TRANSLATE_NOOP("model", "Name"),
    # Contact.title
    QT_TRANSLATE_NOOP("model", "Job title"),
    # Contact.email
    QT_TRANSLATE_NOOP("model", "Email"),
    # Contact.phone
    QT_TRANSLATE_NOOP("model", "Phone"),
    # Service (noun)
    QT_TRANSLATE_NOOP("model", "Service"),
    # Service.description
    QT_TRANSLATE_NOOP("model", "Description"),
    # Service.components
    QT_TRANSLATE_NOOP("model", "Components"),
    # Service.components (tooltip)
    QT_TRANSLATE_NOOP("model", "Parts of the service that are covered."),
    # SupportChannel (noun)
    QT_TRANSLATE_NOOP("model", "Support channel"),
    # SupportChannel.kind
    QT_TRANSLATE_NOOP("model", "Channel"),
    # ChannelKind
    translate("model", "Email", "ChannelKind"),
    # ChannelKind
    translate("model", "Phone", "ChannelKind"),
    # ChannelKind
    translate("model", "Portal", "ChannelKind"),
    # ChannelKind
    translate("model", "Chat", "ChannelKind"),
    # ChannelKind
    translate("model", "In person", "ChannelKind"),
    # ChannelKind
    translate("model", "Other", "ChannelKind"),
    # SupportChannel.address (tooltip)
    QT_TRANSLATE_NOOP("model", "Email address, phone number or portal URL."),
    # SupportChannel.hours
    QT_TRANSLATE_NOOP("model", "Hours"),
    # SupportChannel.hours (tooltip)
    QT_TRANSLATE_NOOP("model", "When the channel is staffed, e.g. 'Mon–Fri 09:00–18:00'."),
    # SupportChannel.calendar
    QT_TRANSLATE_NOOP("model", "Calendar"),
    # SupportChannel.calendar (tooltip)
    QT_TRANSLATE_NOOP("model", "Business calendar that gives the channel's hours."),
    # Responsibility (noun)
    QT_TRANSLATE_NOOP("model", "Responsibility"),
    # Responsibility.owners
    QT_TRANSLATE_NOOP("model", "Owners"),
    # Responsibility.owners (tooltip)
    QT_TRANSLATE_NOOP("model", "IDs of the parties that carry this duty."),
    # Responsibility.kind (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "A plain duty, or a customer obligation that must be met for service credits to apply.",
    ),
    # ResponsibilityKind
    translate("model", "Duty", "ResponsibilityKind"),
    # ResponsibilityKind
    translate("model", "Credit condition", "ResponsibilityKind"),
    # BusinessCalendar (noun)
    QT_TRANSLATE_NOOP("model", "Business calendar"),
    # BusinessCalendar.time_zone (tooltip)
    QT_TRANSLATE_NOOP("model", "IANA time zone name, e.g. Europe/Madrid."),
    # BusinessCalendar.hours
    QT_TRANSLATE_NOOP("model", "Working hours"),
    # BusinessCalendar.holidays_country
    QT_TRANSLATE_NOOP("model", "Public holidays of"),
    # BusinessCalendar.holidays_country (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "ISO 3166 country code whose public holidays are closed days, e.g. ES."
    ),
    # BusinessCalendar.holidays_subdivision (tooltip)
    QT_TRANSLATE_NOOP("model", "Subdivision for regional holidays, e.g. MD for Madrid."),
    # BusinessCalendar.closures
    QT_TRANSLATE_NOOP("model", "Extra closure days"),
    # Priority (noun)
    QT_TRANSLATE_NOOP("model", "Priority"),
    # Priority.name (tooltip)
    QT_TRANSLATE_NOOP("model", "Short name, e.g. P1 or Urgent."),
    # Priority.description
    QT_TRANSLATE_NOOP("model", "Meaning"),
    # Priority.description (tooltip)
    QT_TRANSLATE_NOOP("model", "Which requests get this priority."),
    # Objective (noun)
    QT_TRANSLATE_NOOP("model", "Objective"),
    # Objective.metric
    QT_TRANSLATE_NOOP("model", "Metric"),
    # MetricKind
    translate("model", "Availability", "MetricKind"),
    # MetricKind
    translate("model", "First response time", "MetricKind"),
    # MetricKind
    translate("model", "Resolution time", "MetricKind"),
    # MetricKind
    translate("model", "Implementation time", "MetricKind"),
    # MetricKind
    translate("model", "Lead follow up time", "MetricKind"),
    # MetricKind
    translate("model", "Ticket volume", "MetricKind"),
    # MetricKind
    translate("model", "Nps", "MetricKind"),
    # MetricKind
    translate("model", "Csat", "MetricKind"),
    # MetricKind
    translate("model", "Delivery volume", "MetricKind"),
    # MetricKind
    translate("model", "Custom", "MetricKind"),
    # Objective.target
    QT_TRANSLATE_NOOP("model", "Target"),
    # Objective.priority_targets
    QT_TRANSLATE_NOOP("model", "Targets per priority"),
    # Objective.priority_targets (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Different targets for each priority; when set they replace the main target for tickets of that priority.",
    ),
    # Objective.attainment_percent
    QT_TRANSLATE_NOOP("model", "Share that must meet the target (%)"),
    # Objective.attainment_percent (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "For targets that each ticket or lead must meet: the share of them in the window that must meet it, e.g. 95 %. Empty means every one.",
    ),
    # Objective.volume
    QT_TRANSLATE_NOOP("model", "The volume is"),
    # Objective.volume (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "For a volume target (a count or an amount): a capacity is a ceiling the provider absorbs ('up to 500 tickets a month'), so fewer is never a breach and more is not one either; a commitment is a floor ('$100,000 of opportunities a month'), so less is a breach.",
    ),
    # VolumeKind
    translate("model", "Capacity", "VolumeKind"),
    # VolumeKind
    translate("model", "Commitment", "VolumeKind"),
    # Objective.suspended_above_capacity
    QT_TRANSLATE_NOOP("model", "Targets suspended above the capacity"),
    # Objective.suspended_above_capacity (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "For a ticket capacity: IDs of the objectives whose targets do not apply to the tickets beyond the capacity in a period (the latest created).",
    ),
    # Objective.suspended_priorities
    QT_TRANSLATE_NOOP("model", "For priorities"),
    # Objective.suspended_priorities (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "The priorities whose targets are suspended above the capacity; empty means all."
    ),
    # Objective.window
    QT_TRANSLATE_NOOP("model", "Measured over"),
    # Objective.calendar (tooltip)
    QT_TRANSLATE_NOOP("model", "Business calendar the clock runs on; empty means 24×7."),
    # Objective.clock
    QT_TRANSLATE_NOOP("model", "Clock rules"),
    # Objective.data_source
    QT_TRANSLATE_NOOP("model", "Data source"),
    # Objective.data_source (tooltip)
    QT_TRANSLATE_NOOP("model", "Where the measurements come from."),
    # Objective.measurement_method
    QT_TRANSLATE_NOOP("model", "Measurement method"),
    # Objective.measurement_method (tooltip)
    QT_TRANSLATE_NOOP("model", "How the value is computed from the data."),
    # Objective.downtime_definition
    QT_TRANSLATE_NOOP("model", "Downtime definition"),
    # Objective.downtime_definition (tooltip)
    QT_TRANSLATE_NOOP("model", "For availability: what counts as a minute of downtime."),
    # Objective.reporting_frequency
    QT_TRANSLATE_NOOP("model", "Reported"),
    # Frequency
    translate("model", "Weekly", "Frequency"),
    # Frequency
    translate("model", "Monthly", "Frequency"),
    # Frequency
    translate("model", "Quarterly", "Frequency"),
    # Frequency
    translate("model", "Yearly", "Frequency"),
    # Objective.responsible_party
    QT_TRANSLATE_NOOP("model", "Responsible party"),
    # Objective.responsible_party (tooltip)
    QT_TRANSLATE_NOOP("model", "ID of the party that must meet it."),
    # Objective.internal_target
    QT_TRANSLATE_NOOP("model", "Internal target"),
    # Objective.internal_target (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "A stricter target the provider aims for internally; not contractual."
    ),
    # Maintenance (noun)
    QT_TRANSLATE_NOOP("model", "Maintenance"),
    # Maintenance.window
    QT_TRANSLATE_NOOP("model", "Maintenance window"),
    # Maintenance.window (tooltip)
    QT_TRANSLATE_NOOP("model", "e.g. 'Sundays 02:00–06:00 CET'."),
    # Maintenance.notice
    QT_TRANSLATE_NOOP("model", "Notice period"),
    # Maintenance.notice (tooltip)
    QT_TRANSLATE_NOOP("model", "How long before maintenance it is announced."),
    # Maintenance.max_per_month
    QT_TRANSLATE_NOOP("model", "Most per month"),
    # Maintenance.max_per_month (tooltip)
    QT_TRANSLATE_NOOP("model", "Upper limit of scheduled maintenance a month."),
    # Maintenance.excluded_from_downtime
    QT_TRANSLATE_NOOP("model", "Not counted as downtime"),
    # Maintenance.excluded_from_downtime (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Announced maintenance inside the window does not count as downtime."
    ),
    # Exclusion (noun)
    QT_TRANSLATE_NOOP("model", "Exclusion"),
    # ExclusionKind
    translate("model", "Scheduled maintenance", "ExclusionKind"),
    # ExclusionKind
    translate("model", "Force majeure", "ExclusionKind"),
    # ExclusionKind
    translate("model", "Customer caused", "ExclusionKind"),
    # ExclusionKind
    translate("model", "Third party", "ExclusionKind"),
    # ExclusionKind
    translate("model", "Internet", "ExclusionKind"),
    # ExclusionKind
    translate("model", "Preview features", "ExclusionKind"),
    # ExclusionKind
    translate("model", "Suspension", "ExclusionKind"),
    # ExclusionKind
    translate("model", "Other", "ExclusionKind"),
    # CreditTier (noun)
    QT_TRANSLATE_NOOP("model", "Credit tier"),
    # CreditTier.objective (tooltip)
    QT_TRANSLATE_NOOP("model", "ID of the objective."),
    # CreditTier.below
    QT_TRANSLATE_NOOP("model", "Attainment below (%)"),
    # CreditTier.below (tooltip)
    QT_TRANSLATE_NOOP("model", "The tier applies when attainment is below this."),
    # CreditTier.at_least
    QT_TRANSLATE_NOOP("model", "Attainment at least (%)"),
    # CreditTier.at_least (tooltip)
    QT_TRANSLATE_NOOP("model", "…and at least this (0 for the last tier)."),
    # CreditTier.credit_percent
    QT_TRANSLATE_NOOP("model", "Credit (% of monthly fee)"),
    # CreditTier.credit_percent (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Share of the monthly fee for the affected service credited to the customer."
    ),
    # ClaimProcedure.deadline_days
    QT_TRANSLATE_NOOP("model", "Claim deadline (days after the period)"),
    # ClaimProcedure.deadline_days (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Days after the end of the measurement period within which a claim is made."
    ),
    # ClaimProcedure.required_information
    QT_TRANSLATE_NOOP("model", "A claim must include"),
    # ClaimProcedure.application
    QT_TRANSLATE_NOOP("model", "How credits are paid"),
    # ClaimProcedure.application (tooltip)
    QT_TRANSLATE_NOOP("model", "Against future invoices (usual) or refunded."),
    # CreditApplication
    translate("model", "Future invoices", "CreditApplication"),
    # CreditApplication
    translate("model", "Refund", "CreditApplication"),
    # ClaimProcedure.applied_within_days
    QT_TRANSLATE_NOOP("model", "Credit applied within (days)"),
    # ClaimProcedure.applied_within_days (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Days after a claim is accepted within which the credit is applied to an invoice or refunded.",
    ),
    # ClaimProcedure.expiry
    QT_TRANSLATE_NOOP("model", "Unused credits lapse"),
    # ClaimProcedure.expiry (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "When credits not yet used lapse: when this agreement ends, when the order form they were earned under ends, or never.",
    ),
    # CreditExpiry
    translate("model", "Agreement end", "CreditExpiry"),
    # CreditExpiry
    translate("model", "Order form end", "CreditExpiry"),
    # CreditExpiry
    translate("model", "Never", "CreditExpiry"),
    # EscalationLevel (noun)
    QT_TRANSLATE_NOOP("model", "Escalation level"),
    # EscalationLevel.name
    QT_TRANSLATE_NOOP("model", "Level"),
    # EscalationLevel.name (tooltip)
    QT_TRANSLATE_NOOP("model", "e.g. 'Service manager'."),
    # EscalationLevel.after
    QT_TRANSLATE_NOOP("model", "Escalate after"),
    # EscalationLevel.after (tooltip)
    QT_TRANSLATE_NOOP("model", "Time without resolution before this level."),
    # EscalationLevel.at_percent
    QT_TRANSLATE_NOOP("model", "Escalate at (% of the time allowed)"),
    # EscalationLevel.at_percent (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "Instead of a fixed time: escalate when this share of the objective's target time has passed, e.g. 50 or 100. Use either this or 'Escalate after'.",
    ),
    # EscalationLevel.objectives
    QT_TRANSLATE_NOOP("model", "For objectives"),
    # EscalationLevel.objectives (tooltip)
    QT_TRANSLATE_NOOP("model", "IDs of the objectives this level covers; empty means all."),
    # ChronicFailure.missed_periods
    QT_TRANSLATE_NOOP("model", "Missed periods"),
    # ChronicFailure.out_of
    QT_TRANSLATE_NOOP("model", "Out of consecutive periods"),
    # ChronicFailure.remedy
    QT_TRANSLATE_NOOP("model", "Remedy"),
    # ChronicFailure.remedy (tooltip)
    QT_TRANSLATE_NOOP("model", "What the customer may then do."),
    # Reporting.frequency
    QT_TRANSLATE_NOOP("model", "Report every"),
    # Reporting.contents
    QT_TRANSLATE_NOOP("model", "Report contents"),
    # Reporting.recipients
    QT_TRANSLATE_NOOP("model", "Sent to"),
    # Review (noun)
    QT_TRANSLATE_NOOP("model", "Review"),
    # Review.frequency
    QT_TRANSLATE_NOOP("model", "Review every"),
    # Review.participants
    QT_TRANSLATE_NOOP("model", "Participants"),
    # Review.agenda
    QT_TRANSLATE_NOOP("model", "Agenda"),
    # Definition (noun)
    QT_TRANSLATE_NOOP("model", "Definition"),
    # Clause (noun)
    QT_TRANSLATE_NOOP("model", "Clause"),
    # Clause.title
    QT_TRANSLATE_NOOP("model", "Heading"),
    # Clause.text
    QT_TRANSLATE_NOOP("model", "Text"),
    # Clause.placement
    QT_TRANSLATE_NOOP("model", "Placed in"),
    # Clause.placement (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "The section of the contract the clause goes in: scope, limitations, breach consequences, or the additional clauses.",
    ),
    # ClausePlacement
    translate("model", "Scope", "ClausePlacement"),
    # ClausePlacement
    translate("model", "Limitations", "ClausePlacement"),
    # ClausePlacement
    translate("model", "Consequences", "ClausePlacement"),
    # ClausePlacement
    translate("model", "Additional", "ClausePlacement"),
    # Clause.placeholders
    QT_TRANSLATE_NOOP("model", "Uses placeholders"),
    # Clause.placeholders (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "The heading and text name agreement values in braces, e.g. {provider}, {effective_date} or {target:uptime}; the contract shows the values. {{ and }} are a brace.",
    ),
    # Signatory (noun)
    QT_TRANSLATE_NOOP("model", "Signatory"),
    # Signatory.party (tooltip)
    QT_TRANSLATE_NOOP("model", "ID of the party the person signs for."),
    # Approval (noun)
    QT_TRANSLATE_NOOP("model", "Approval"),
    # Approval.role (tooltip)
    QT_TRANSLATE_NOOP("model", "e.g. Legal review."),
    # Approval.name
    QT_TRANSLATE_NOOP("model", "Approved by"),
    # Approval.date
    QT_TRANSLATE_NOOP("model", "Date"),
    # Approval.note
    QT_TRANSLATE_NOOP("model", "Note"),
    # Revision (noun)
    QT_TRANSLATE_NOOP("model", "Revision"),
    # Revision.author
    QT_TRANSLATE_NOOP("model", "Author"),
    # Revision.summary
    QT_TRANSLATE_NOOP("model", "Summary of changes"),
    # Revision.fingerprint
    QT_TRANSLATE_NOOP("model", "Fingerprint"),
    # Revision.fingerprint (tooltip)
    QT_TRANSLATE_NOOP("model", "Fingerprint of that revision's agreement."),
    # SignOffRecord (noun)
    QT_TRANSLATE_NOOP("model", "Sign off record"),
    # SignOffRecord.signatory (tooltip)
    QT_TRANSLATE_NOOP("model", "ID of the signatory."),
    # SignOffRecord.party (tooltip)
    QT_TRANSLATE_NOOP("model", "ID of the party the person signed for."),
    # SignOffRecord.date
    QT_TRANSLATE_NOOP("model", "Date signed"),
    # SignOffRecord.method
    QT_TRANSLATE_NOOP("model", "Method"),
    # SignOffRecord.method (tooltip)
    QT_TRANSLATE_NOOP(
        "model", "Signed in ink, signed digitally, or an approval recorded on their behalf."
    ),
    # SignOffMethod
    translate("model", "Ink", "SignOffMethod"),
    # SignOffMethod
    translate("model", "Digital", "SignOffMethod"),
    # SignOffMethod
    translate("model", "Approval", "SignOffMethod"),
    # LifecycleEvent (noun)
    QT_TRANSLATE_NOOP("model", "Lifecycle event"),
    # LifecycleEvent.at
    QT_TRANSLATE_NOOP("model", "When"),
    # LifecycleEvent.at (tooltip)
    QT_TRANSLATE_NOOP("model", "Date and time of the event (UTC)."),
    # LifecycleEvent.by
    QT_TRANSLATE_NOOP("model", "By"),
    # LifecycleEvent.by (tooltip)
    QT_TRANSLATE_NOOP("model", "Who made the change."),
    # LifecycleEvent.action
    QT_TRANSLATE_NOOP("model", "Action"),
    # LifecycleAction
    translate("model", "Status", "LifecycleAction"),
    # LifecycleAction
    translate("model", "Approval", "LifecycleAction"),
    # LifecycleAction
    translate("model", "Sign off", "LifecycleAction"),
    # LifecycleAction
    translate("model", "New revision", "LifecycleAction"),
    # LifecycleEvent.status
    QT_TRANSLATE_NOOP("model", "Status after the event"),
    # LifecycleEvent.detail
    QT_TRANSLATE_NOOP("model", "Detail"),
    # LifecycleEvent.content
    QT_TRANSLATE_NOOP("model", "Content hash"),
    # LifecycleEvent.content (tooltip)
    QT_TRANSLATE_NOOP("model", "SHA-256 of the agreement (without the audit log) after the event."),
    # LifecycleEvent.previous
    QT_TRANSLATE_NOOP("model", "Previous entry hash"),
    # LifecycleEvent.previous (tooltip)
    QT_TRANSLATE_NOOP("model", "SHA-256 of the entry before this one; empty for the first entry."),
    # WorkingPeriod (noun)
    QT_TRANSLATE_NOOP("model", "Working period"),
    # WorkingPeriod.weekday
    QT_TRANSLATE_NOOP("model", "Weekday"),
    # Weekday
    translate("model", "Monday", "Weekday"),
    # Weekday
    translate("model", "Tuesday", "Weekday"),
    # Weekday
    translate("model", "Wednesday", "Weekday"),
    # Weekday
    translate("model", "Thursday", "Weekday"),
    # Weekday
    translate("model", "Friday", "Weekday"),
    # Weekday
    translate("model", "Saturday", "Weekday"),
    # Weekday
    translate("model", "Sunday", "Weekday"),
    # WorkingPeriod.start
    QT_TRANSLATE_NOOP("model", "From"),
    # WorkingPeriod.end
    QT_TRANSLATE_NOOP("model", "Until"),
    # Target.comparator
    QT_TRANSLATE_NOOP("model", "Comparator"),
    # Comparator
    translate("model", "at least", "Comparator"),
    # Comparator
    translate("model", "more than", "Comparator"),
    # Comparator
    translate("model", "at most", "Comparator"),
    # Comparator
    translate("model", "less than", "Comparator"),
    # Target.value
    QT_TRANSLATE_NOOP("model", "Value"),
    # Target.unit
    QT_TRANSLATE_NOOP("model", "Unit"),
    # TargetUnit
    translate("model", "Percent", "TargetUnit"),
    # TargetUnit
    translate("model", "Minutes", "TargetUnit"),
    # TargetUnit
    translate("model", "Hours", "TargetUnit"),
    # TargetUnit
    translate("model", "Business hours", "TargetUnit"),
    # TargetUnit
    translate("model", "Days", "TargetUnit"),
    # TargetUnit
    translate("model", "Business days", "TargetUnit"),
    # TargetUnit
    translate("model", "Count", "TargetUnit"),
    # TargetUnit
    translate("model", "Score", "TargetUnit"),
    # TargetUnit
    translate("model", "Money", "TargetUnit"),
    # PriorityTarget (noun)
    QT_TRANSLATE_NOOP("model", "Priority target"),
    # PriorityTarget.best_effort
    QT_TRANSLATE_NOOP("model", "Best effort"),
    # PriorityTarget.best_effort (tooltip)
    QT_TRANSLATE_NOOP(
        "model",
        "No target applies to this priority: requests of it are handled with reasonable efforts and are not measured. Leave the target empty.",
    ),
    # PriorityTarget.target (tooltip)
    QT_TRANSLATE_NOOP("model", "The target for this priority; empty for best effort."),
    # MeasurementWindow (noun)
    QT_TRANSLATE_NOOP("model", "Measurement window"),
    # MeasurementWindow.kind
    QT_TRANSLATE_NOOP("model", "Window"),
    # WindowKind
    translate("model", "Month", "WindowKind"),
    # WindowKind
    translate("model", "Quarter", "WindowKind"),
    # WindowKind
    translate("model", "Year", "WindowKind"),
    # WindowKind
    translate("model", "Rolling days", "WindowKind"),
    # MeasurementWindow.days
    QT_TRANSLATE_NOOP("model", "Days"),
    # MeasurementWindow.days (tooltip)
    QT_TRANSLATE_NOOP("model", "Length of a rolling window in days."),
    # ClockRules.start
    QT_TRANSLATE_NOOP("model", "Clock starts"),
    # ClockRules.pause
    QT_TRANSLATE_NOOP("model", "Clock pauses"),
    # ClockRules.stop
    QT_TRANSLATE_NOOP("model", "Clock stops"),
    # Duration (noun)
    QT_TRANSLATE_NOOP("model", "Duration"),
    # DurationUnit
    translate("model", "Minutes", "DurationUnit"),
    # DurationUnit
    translate("model", "Hours", "DurationUnit"),
    # DurationUnit
    translate("model", "Business hours", "DurationUnit"),
    # DurationUnit
    translate("model", "Days", "DurationUnit"),
    # DurationUnit
    translate("model", "Business days", "DurationUnit"),
    # place
    QT_TRANSLATE_NOOP("model", "Agreement file"),
    # place
    QT_TRANSLATE_NOOP("model", "Item"),
    # place
    QT_TRANSLATE_NOOP("model", "Schema version"),
    # place
    QT_TRANSLATE_NOOP("model", "From the library"),
    # place
    QT_TRANSLATE_NOOP("model", "Tier"),
    # place
    QT_TRANSLATE_NOOP("model", "Entry"),
    # place
    QT_TRANSLATE_NOOP("model", "Library"),
    # place
    QT_TRANSLATE_NOOP("model", "Kind of entry"),
    # place
    QT_TRANSLATE_NOOP("model", "Library entry"),
    # place
    QT_TRANSLATE_NOOP("model", "Entry version"),
    # place
    QT_TRANSLATE_NOOP("model", "Item version"),
    # place
    QT_TRANSLATE_NOOP("model", "Period"),
    # place
    QT_TRANSLATE_NOOP("model", "Row"),
    # FieldErrorMessage.IDENTIFIER
    QT_TRANSLATE_NOOP(
        "model", "use lowercase letters, digits and hyphens (e.g. p1-first-response)"
    ),
    # FieldErrorMessage.PATTERN
    QT_TRANSLATE_NOOP("model", "String should match pattern '{pattern}'"),
    # FieldErrorMessage.STRING_TOO_LONG
    QT_TRANSLATE_NOOP("model", "String should have at most {max_length} characters"),
    # FieldErrorMessage.STRING_TOO_LONG_ONE
    QT_TRANSLATE_NOOP("model", "String should have at most {max_length} character"),
    # FieldErrorMessage.STRING_TOO_SHORT
    QT_TRANSLATE_NOOP("model", "String should have at least {min_length} characters"),
    # FieldErrorMessage.STRING_TOO_SHORT_ONE
    QT_TRANSLATE_NOOP("model", "String should have at least {min_length} character"),
    # FieldErrorMessage.LIST_TOO_LONG
    QT_TRANSLATE_NOOP(
        "model", "List should have at most {max_length} items after validation, not {actual_length}"
    ),
    # FieldErrorMessage.LIST_TOO_LONG_ONE
    QT_TRANSLATE_NOOP(
        "model", "List should have at most {max_length} item after validation, not {actual_length}"
    ),
    # FieldErrorMessage.LIST_TOO_SHORT
    QT_TRANSLATE_NOOP(
        "model",
        "List should have at least {min_length} items after validation, not {actual_length}",
    ),
    # FieldErrorMessage.LIST_TOO_SHORT_ONE
    QT_TRANSLATE_NOOP(
        "model", "List should have at least {min_length} item after validation, not {actual_length}"
    ),
    # FieldErrorMessage.MISSING
    QT_TRANSLATE_NOOP("model", "Field required"),
    # FieldErrorMessage.NOT_TEXT
    QT_TRANSLATE_NOOP("model", "Input should be a valid string"),
    # FieldErrorMessage.NOT_UNICODE
    QT_TRANSLATE_NOOP(
        "model", "Input should be a valid string, unable to parse raw data as a unicode string"
    ),
    # FieldErrorMessage.NOT_INTEGER
    QT_TRANSLATE_NOOP("model", "Input should be a valid integer"),
    # FieldErrorMessage.INTEGER_PARSING
    QT_TRANSLATE_NOOP(
        "model", "Input should be a valid integer, unable to parse string as an integer"
    ),
    # FieldErrorMessage.INTEGER_FRACTION
    QT_TRANSLATE_NOOP(
        "model", "Input should be a valid integer, got a number with a fractional part"
    ),
    # FieldErrorMessage.NOT_DECIMAL
    QT_TRANSLATE_NOOP("model", "Input should be a valid decimal"),
    # FieldErrorMessage.DECIMAL_TYPE
    QT_TRANSLATE_NOOP(
        "model", "Decimal input should be an integer, float, string or Decimal object"
    ),
    # FieldErrorMessage.NOT_FINITE
    QT_TRANSLATE_NOOP("model", "Input should be a finite number"),
    # FieldErrorMessage.MAX_DIGITS
    QT_TRANSLATE_NOOP(
        "model", "Decimal input should have no more than {max_digits} digits in total"
    ),
    # FieldErrorMessage.MAX_DIGITS_ONE
    QT_TRANSLATE_NOOP(
        "model", "Decimal input should have no more than {max_digits} digit in total"
    ),
    # FieldErrorMessage.MAX_PLACES
    QT_TRANSLATE_NOOP(
        "model", "Decimal input should have no more than {decimal_places} decimal places"
    ),
    # FieldErrorMessage.MAX_PLACES_ONE
    QT_TRANSLATE_NOOP(
        "model", "Decimal input should have no more than {decimal_places} decimal place"
    ),
    # FieldErrorMessage.WHOLE_DIGITS
    QT_TRANSLATE_NOOP(
        "model",
        "Decimal input should have no more than {whole_digits} digits before the decimal point",
    ),
    # FieldErrorMessage.WHOLE_DIGITS_ONE
    QT_TRANSLATE_NOOP(
        "model",
        "Decimal input should have no more than {whole_digits} digit before the decimal point",
    ),
    # FieldErrorMessage.GREATER_THAN
    QT_TRANSLATE_NOOP("model", "Input should be greater than {gt}"),
    # FieldErrorMessage.AT_LEAST
    QT_TRANSLATE_NOOP("model", "Input should be greater than or equal to {ge}"),
    # FieldErrorMessage.LESS_THAN
    QT_TRANSLATE_NOOP("model", "Input should be less than {lt}"),
    # FieldErrorMessage.AT_MOST
    QT_TRANSLATE_NOOP("model", "Input should be less than or equal to {le}"),
    # FieldErrorMessage.NOT_DATE
    QT_TRANSLATE_NOOP("model", "Input should be a valid date"),
    # FieldErrorMessage.DATE_PARSING
    QT_TRANSLATE_NOOP("model", "Input should be a valid date in the format YYYY-MM-DD, {error}"),
    # FieldErrorMessage.DATE_OR_DATETIME_PARSING
    QT_TRANSLATE_NOOP("model", "Input should be a valid date or datetime, {error}"),
    # FieldErrorMessage.DATE_WITH_TIME
    QT_TRANSLATE_NOOP(
        "model", "Datetimes provided to dates should have zero time - e.g. be exact dates"
    ),
    # FieldErrorMessage.NOT_TIME
    QT_TRANSLATE_NOOP("model", "Input should be a valid time"),
    # FieldErrorMessage.TIME_PARSING
    QT_TRANSLATE_NOOP("model", "Input should be in a valid time format, {error}"),
    # FieldErrorMessage.CHOICE
    QT_TRANSLATE_NOOP("model", "Input should be {expected}"),
    # FieldErrorMessage.CHOICES
    QT_TRANSLATE_NOOP("model", "Input should be {choices} or {last}"),
    # FieldErrorMessage.NOT_BOOLEAN
    QT_TRANSLATE_NOOP("model", "Input should be a valid boolean"),
    # FieldErrorMessage.BOOLEAN_PARSING
    QT_TRANSLATE_NOOP("model", "Input should be a valid boolean, unable to interpret input"),
    # FieldErrorMessage.UNKNOWN_FIELD
    QT_TRANSLATE_NOOP("model", "Extra inputs are not permitted"),
    # FieldErrorMessage.NOT_LIST
    QT_TRANSLATE_NOOP("model", "Input should be a valid list"),
    # FieldErrorMessage.NOT_OBJECT
    QT_TRANSLATE_NOOP("model", "Input should be a valid dictionary or instance of {class_name}"),
    # CalendarMessage.NO_HOLIDAYS
    QT_TRANSLATE_NOOP(
        "model",
        "no public holidays are known for country '{country}'; check the country and region codes",
    ),
    # CalendarMessage.NO_REGIONAL_HOLIDAYS
    QT_TRANSLATE_NOOP(
        "model",
        "no public holidays are known for country '{country}', region '{region}'; check the country and region codes",
    ),
    # CalendarMessage.NO_WORKING_TIME
    QT_TRANSLATE_NOOP(
        "model",
        "the calendar '{calendar}' has no working time in the {years} years after this moment; give it working hours",
    ),
    # CalendarMessage.NO_WORKING_DAYS
    QT_TRANSLATE_NOOP("model", "the calendar '{calendar}' has no working days; give it hours"),
    # CalendarMessage.NO_SUCH_CALENDAR
    QT_TRANSLATE_NOOP("model", "there is no business calendar with ID '{calendar}'"),
    # CalendarMessage.WHOLE_BUSINESS_DAYS
    QT_TRANSLATE_NOOP("model", "objective '{objective}': {value} business days must be whole"),
    # ClauseMessage.UNKNOWN_PLACEHOLDER
    QT_TRANSLATE_NOOP(
        "model", "the clause '{clause}' uses the unknown placeholder {placeholder}; known: {known}"
    ),
    # ClauseMessage.UNKNOWN_OBJECTIVE
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' uses {placeholder}, but the agreement has no objective '{value}'",
    ),
    # ClauseMessage.NEEDS_OBJECTIVE
    QT_TRANSLATE_NOOP(
        "model", "the clause '{clause}' uses {placeholder} without an objective's ID"
    ),
    # ClauseMessage.TAKES_NO_ID
    QT_TRANSLATE_NOOP("model", "the clause '{clause}' uses {placeholder}, which takes no ID"),
    # ClauseMessage.LONE_BRACE
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' has a lone '{brace}'; write {{{{ or }}}} for a brace in the text",
    ),
    # ClauseMessage.NOT_SET
    QT_TRANSLATE_NOOP(
        "model", "the clause '{clause}' uses {placeholder}, which the agreement does not give yet"
    ),
    # ClauseMessage.CAP_PER_TERM
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' uses {placeholder}, the monthly credit cap, but this agreement caps credits over a longer period only ({cap} of its fees); write that cap in the clause or set a monthly cap",
    ),
    # ClauseMessage.TAKES_NO_PRIORITY
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' uses {placeholder}; only {{target:ID:PRIORITY}} takes a priority",
    ),
    # ClauseMessage.PER_PRIORITY
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' uses {placeholder}, but the objective '{value}' has a target per priority ({priorities}); write {{target:{value}:PRIORITY}} for one of them",
    ),
    # ClauseMessage.NOT_PER_PRIORITY
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' uses {placeholder}, but the objective '{value}' has one target for every priority; write {{target:{value}}}",
    ),
    # ClauseMessage.UNKNOWN_PRIORITY
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' uses {placeholder}, but the objective '{value}' has no target for the priority '{priority}'; it has: {priorities}",
    ),
    # ClauseMessage.BEST_EFFORT
    QT_TRANSLATE_NOOP(
        "model",
        "the clause '{clause}' uses {placeholder}, but the priority '{priority}' of the objective '{value}' is best effort: no target applies to it",
    ),
    # ReadinessMessage.NO_TITLE
    QT_TRANSLATE_NOOP("model", "the agreement has no title"),
    # ReadinessMessage.CREDIT_CAP_ZERO
    QT_TRANSLATE_NOOP(
        "model",
        "a credit cap of 0 % means no Service Credit is ever paid, whatever the tiers say; remove the cap or give the most that can be credited",
    ),
    # ReadinessMessage.SHARED_TERM_SAME_SIDE
    QT_TRANSLATE_NOOP(
        "model",
        "'{party}' and '{other}' are both called “{term}” in the contract, so its clauses cannot tell them apart; give each party its own defined term",
    ),
    # ReadinessMessage.NO_DOCUMENT_ID
    QT_TRANSLATE_NOOP(
        "model", "no document ID: every page of the contract carries one, so readers can cite it"
    ),
    # ReadinessMessage.NO_EFFECTIVE_DATE
    QT_TRANSLATE_NOOP("model", "no effective date: from when does it apply?"),
    # ReadinessMessage.NO_TERM_NO_RENEWAL
    QT_TRANSLATE_NOOP("model", "no term and no renewal: the agreement runs until a party ends it"),
    # ReadinessMessage.RENEWAL_WITHOUT_NOTICE
    QT_TRANSLATE_NOOP(
        "model", "it renews automatically but says nothing about notice to stop the renewal"
    ),
    # ReadinessMessage.RENEWAL_WITHOUT_TERM
    QT_TRANSLATE_NOOP("model", "it renews, but the initial term has no length"),
    # ReadinessMessage.PARTY_WITHOUT_NAME
    QT_TRANSLATE_NOOP("model", "the party has no name"),
    # ReadinessMessage.PARTY_WITHOUT_SIGNATORY
    QT_TRANSLATE_NOOP("model", "no signatory for {party}: add one in Sign-off"),
    # ReadinessMessage.PARTY_WITHOUT_CONTACT
    QT_TRANSLATE_NOOP("model", "no contact person for {party}"),
    # ReadinessMessage.PARTY_WITHOUT_ADDRESS
    QT_TRANSLATE_NOOP(
        "model", "no address for {party}: a contract names where each party can be served notice"
    ),
    # ReadinessMessage.PARTIES_SAME_ROLE
    QT_TRANSLATE_NOOP("model", "every party is a {role}: who provides the service to whom?"),
    # ReadinessMessage.NO_SERVICE
    QT_TRANSLATE_NOOP("model", "no service in scope: what does the agreement cover?"),
    # ReadinessMessage.SERVICE_WITHOUT_DESCRIPTION
    QT_TRANSLATE_NOOP("model", "the service {service} has no description"),
    # ReadinessMessage.NOTHING_OUT_OF_SCOPE
    QT_TRANSLATE_NOOP(
        "model", "nothing is listed as out of scope; naming what is excluded prevents disputes"
    ),
    # ReadinessMessage.NO_SUPPORT_CHANNEL
    QT_TRANSLATE_NOOP("model", "no support channel: how are requests made?"),
    # ReadinessMessage.NO_RESPONSIBILITIES
    QT_TRANSLATE_NOOP("model", "no responsibilities for either party"),
    # ReadinessMessage.RESPONSIBILITY_WITHOUT_OWNER
    QT_TRANSLATE_NOOP("model", "the responsibility has no owner: whose duty is it?"),
    # ReadinessMessage.RESPONSIBILITY_EMPTY
    QT_TRANSLATE_NOOP("model", "the responsibility is empty"),
    # ReadinessMessage.PARTY_WITHOUT_RESPONSIBILITIES
    QT_TRANSLATE_NOOP("model", "{party} has no responsibilities; most SLAs bind both sides"),
    # ReadinessMessage.CREDITS_WITHOUT_CONDITION
    QT_TRANSLATE_NOOP(
        "model", "credits are offered but no customer obligation is a condition for them"
    ),
    # ReadinessMessage.NO_REQUEST_REQUIREMENTS
    QT_TRANSLATE_NOOP(
        "model",
        "response and resolution times are promised, but nothing says what a request must contain to start the clock",
    ),
    # ReadinessMessage.NO_OBJECTIVE
    QT_TRANSLATE_NOOP(
        "model", "no service level objective: an SLA needs at least one measurable target"
    ),
    # ReadinessMessage.OBJECTIVE_WITHOUT_NAME
    QT_TRANSLATE_NOOP("model", "the objective has no name"),
    # ReadinessMessage.NO_MEASUREMENT_METHOD
    QT_TRANSLATE_NOOP(
        "model",
        "'{objective}' does not say how it is measured; without it, attainment can be disputed",
    ),
    # ReadinessMessage.NO_DATA_SOURCE
    QT_TRANSLATE_NOOP("model", "'{objective}' has no data source"),
    # ReadinessMessage.NO_DOWNTIME_DEFINITION
    QT_TRANSLATE_NOOP("model", "'{objective}' measures availability but does not define downtime"),
    # ReadinessMessage.NO_RESPONSIBLE_PARTY
    QT_TRANSLATE_NOOP("model", "'{objective}' does not say which party must meet it"),
    # ReadinessMessage.NO_BUSINESS_CALENDAR
    QT_TRANSLATE_NOOP(
        "model", "'{objective}' counts business hours or days but names no business calendar"
    ),
    # ReadinessMessage.NO_CLOCK_RULES
    QT_TRANSLATE_NOOP(
        "model", "'{objective}' is a time objective: say when the clock starts and stops"
    ),
    # ReadinessMessage.INTERNAL_TARGET_NOT_STRICTER
    QT_TRANSLATE_NOOP(
        "model", "the internal target of '{objective}' is not stricter than the contractual one"
    ),
    # ReadinessMessage.PRIORITIES_WITHOUT_TARGET
    QT_TRANSLATE_NOOP(
        "model", "'{objective}' has no target for {priorities}; the main target applies"
    ),
    # ReadinessMessage.NO_EXCLUSIONS
    QT_TRANSLATE_NOOP(
        "model",
        "an availability SLA with no exclusions: force majeure, customer-caused outages and scheduled maintenance would all count against the provider",
    ),
    # ReadinessMessage.NO_MAINTENANCE_WINDOW
    QT_TRANSLATE_NOOP(
        "model", "no scheduled maintenance window: any maintenance will count as downtime"
    ),
    # ReadinessMessage.MAINTENANCE_WITHOUT_WINDOW
    QT_TRANSLATE_NOOP("model", "maintenance has no window"),
    # ReadinessMessage.MAINTENANCE_WITHOUT_NOTICE
    QT_TRANSLATE_NOOP("model", "scheduled maintenance has no notice period"),
    # ReadinessMessage.EXCLUSION_EMPTY
    QT_TRANSLATE_NOOP("model", "the exclusion is empty"),
    # ReadinessMessage.NO_CREDIT_CAP
    QT_TRANSLATE_NOOP("model", "service credits have no cap: total credits could exceed the fee"),
    # ReadinessMessage.NO_CLAIM_DEADLINE
    QT_TRANSLATE_NOOP(
        "model", "service credits are offered but there is no deadline to claim them"
    ),
    # ReadinessMessage.NO_CLAIM_CONTENTS
    QT_TRANSLATE_NOOP("model", "nothing says what a credit claim must include"),
    # ReadinessMessage.CREDITS_NOT_SOLE_REMEDY
    QT_TRANSLATE_NOOP(
        "model", "credits are not stated to be the sole remedy for missed objectives"
    ),
    # ReadinessMessage.INTERNAL_CREDITS
    QT_TRANSLATE_NOOP(
        "model",
        "money credits between departments of one company rarely change behaviour; consider escalation or a review meeting",
    ),
    # ReadinessMessage.ESCALATION_TO_NOBODY
    QT_TRANSLATE_NOOP("model", "the escalation level names nobody to escalate to"),
    # ReadinessMessage.ESCALATION_WITHOUT_THRESHOLD
    QT_TRANSLATE_NOOP(
        "model",
        "the escalation level does not say when to escalate: set a time or a share of the time allowed",
    ),
    # ReadinessMessage.CAPACITY_SUSPENDS_NOTHING
    QT_TRANSLATE_NOOP(
        "model",
        "'{objective}' is a capacity but suspends no target: tickets above it are still measured against every target",
    ),
    # ReadinessMessage.CREDITS_NOT_APPLIED_BY
    QT_TRANSLATE_NOOP("model", "nothing says how soon an accepted credit is applied"),
    # ReadinessMessage.NO_CONSEQUENCES
    QT_TRANSLATE_NOOP(
        "model",
        "nothing happens when an objective is missed: add credits, escalation, a remediation plan or another consequence",
    ),
    # ReadinessMessage.CHRONIC_FAILURE_WITHOUT_REMEDY
    QT_TRANSLATE_NOOP(
        "model", "chronic failure is defined but its remedy (e.g. termination) is not"
    ),
    # ReadinessMessage.DEFINITION_WITHOUT_MEANING
    QT_TRANSLATE_NOOP("model", "'{term}' is defined with no meaning"),
    # ReadinessMessage.DEFINITION_UNUSED
    QT_TRANSLATE_NOOP("model", "'{term}' is defined but never used in the agreement"),
    # ReadinessMessage.TERM_NOT_DEFINED
    QT_TRANSLATE_NOOP("model", "'{term}' is used as a defined term but has no definition"),
    # ReadinessMessage.NO_CHANGE_CONTROL
    QT_TRANSLATE_NOOP("model", "nothing says how the agreement is changed"),
    # ReadinessMessage.NO_REPORT_CONTENTS
    QT_TRANSLATE_NOOP("model", "the reports' contents are not listed"),
    # ReadinessMessage.CLAUSE_EMPTY
    QT_TRANSLATE_NOOP("model", "the clause is empty"),
    # ReadinessMessage.SIGNATORY_WITHOUT_NAME
    QT_TRANSLATE_NOOP("model", "the signatory has no name"),
    # ReadinessMessage.SIGNATORY_WITHOUT_TITLE
    QT_TRANSLATE_NOOP("model", "the signatory has no job title"),
    # ReadinessMessage.NO_SIGNATORIES
    QT_TRANSLATE_NOOP("model", "nobody is named to sign the agreement"),
    # ReadinessMessage.BRACES_PRINTED
    QT_TRANSLATE_NOOP(
        "model",
        "the clause writes {placeholder}, but “Uses placeholders” is off, so the contract prints the braces as they are written; switch it on for the agreement's value",
    ),
    # ReadinessMessage.DIRECTION_CONTROLS
    QT_TRANSLATE_NOOP(
        "model",
        "the text holds invisible direction controls ({controls}), which make the contract show it in another order than it is written; remove them unless a right-to-left name needs them",
    ),
    # LibraryMessage.OLDER_VERSION
    QT_TRANSLATE_NOOP(
        "model",
        "uses an older version of the library entry {entry} of the library '{library}'; the library now says: {changes}",
    ),
    # LibraryMessage.ENTRY_NOT_FOUND
    QT_TRANSLATE_NOOP(
        "model",
        "came from the library entry {entry} of the library '{library}', which none of the libraries in use holds",
    ),
    # LibraryMessage.CLAUSE_LANGUAGE_MISSING
    QT_TRANSLATE_NOOP(
        "model",
        "the library clause {entry} of the library '{library}' has no {language} text; the contract shows it in {other}",
    ),
    # LibraryMessage.CLAUSE_IN_OTHER_LANGUAGE
    QT_TRANSLATE_NOOP(
        "model",
        "the clause is in {other}, as the library clause {entry} of the library '{library}' was inserted, but the agreement is in {language}; update it from the library to put in its {language} text",
    ),
    # LibraryMessage.CHANGED_FIELD
    QT_TRANSLATE_NOOP("model", "{field}: {ours} → {library}"),
    # LibraryMessage.CHANGED_VALUE
    QT_TRANSLATE_NOOP("model", "{ours} → {library}"),
    # LibraryMessage.EMPTY
    QT_TRANSLATE_NOOP("model", "(empty)"),
    # LibraryMessage.SAME_AS_ITEM
    QT_TRANSLATE_NOOP("model", "the same as this item"),
    # LibraryMessage.TIERS_NOT_OF_OBJECTIVE
    QT_TRANSLATE_NOOP(
        "model",
        "the credit tier {tier} is for the objective '{objective}', not for this entry's objective '{item}'",
    ),
    # LifecycleMessage.LOCKED_SIGNED
    QT_TRANSLATE_NOOP(
        "model", "the agreement is signed and cannot be changed; start a new revision to change it"
    ),
    # LifecycleMessage.LOCKED_SUPERSEDED
    QT_TRANSLATE_NOOP("model", "the agreement is superseded and cannot be changed"),
    # LifecycleMessage.TIME_WITHOUT_ZONE
    QT_TRANSLATE_NOOP("model", "the time of a lifecycle event must carry a time zone"),
    # LifecycleMessage.NO_NAME
    QT_TRANSLATE_NOOP("model", "say who makes the change (a name)"),
    # LifecycleMessage.ALREADY
    QT_TRANSLATE_NOOP("model", "the agreement is already {status}"),
    # LifecycleMessage.TRANSITION
    QT_TRANSLATE_NOOP(
        "model", "an agreement that is {current} cannot become {status}; allowed: {allowed}"
    ),
    # LifecycleMessage.TRANSITION_LOCKED
    QT_TRANSLATE_NOOP(
        "model",
        "an agreement that is {current} cannot become {status}; allowed: {allowed} (start a new revision to change a signed agreement)",
    ),
    # LifecycleMessage.TRANSITION_NONE
    QT_TRANSLATE_NOOP(
        "model",
        "an agreement that is {current} cannot become {status}; allowed: none (start a new revision to change a signed agreement)",
    ),
    # LifecycleMessage.SIGN_WITHOUT_SIGNATORIES
    QT_TRANSLATE_NOOP("model", "nobody is named to sign; add the signatories first"),
    # LifecycleMessage.SIGN_OFFS_MISSING
    QT_TRANSLATE_NOOP(
        "model",
        "record the sign-off of every signatory before marking the agreement signed; missing: {missing}",
    ),
    # LifecycleMessage.APPROVAL_INCOMPLETE
    QT_TRANSLATE_NOOP(
        "model", "an approval needs what was approved (e.g. Legal review) and by whom"
    ),
    # LifecycleMessage.APPROVAL_IN_FUTURE
    QT_TRANSLATE_NOOP(
        "model", "an approval cannot be dated {date}, after the day it is recorded ({today})"
    ),
    # LifecycleMessage.SIGN_OFF_IN_FUTURE
    QT_TRANSLATE_NOOP(
        "model", "a sign-off cannot be dated {date}, after the day it is recorded ({today})"
    ),
    # LifecycleMessage.SIGN_OFF_NOT_APPROVED
    QT_TRANSLATE_NOOP("model", "sign-offs are recorded on an approved agreement; approve it first"),
    # LifecycleMessage.SIGN_OFF_ALREADY_SIGNED
    QT_TRANSLATE_NOOP(
        "model", "the agreement is already signed; start a new revision to sign again"
    ),
    # LifecycleMessage.NO_SUCH_SIGNATORY
    QT_TRANSLATE_NOOP("model", "no signatory '{key}'; the signatories are: {names}"),
    # LifecycleMessage.NO_SUCH_SIGNATORY_NONE
    QT_TRANSLATE_NOOP("model", "no signatory '{key}'; the signatories are: none"),
    # LifecycleMessage.REVISE_DRAFT
    QT_TRANSLATE_NOOP(
        "model",
        "a draft is edited as it is; a new revision starts from an agreement in review, approved or signed",
    ),
    # LifecycleMessage.REVISE_SUPERSEDED
    QT_TRANSLATE_NOOP("model", "a superseded agreement cannot be revised"),
    # LifecycleMessage.SIGNED_WITHOUT_LOG
    QT_TRANSLATE_NOOP("model", "the agreement is signed but has no audit log"),
    # LifecycleMessage.LOG_START_REMOVED
    QT_TRANSLATE_NOOP(
        "model",
        "the first entry points at an earlier one: entries were removed from the start of the audit log",
    ),
    # LifecycleMessage.LOG_CHAIN_BROKEN
    QT_TRANSLATE_NOOP(
        "model",
        "entry {entry} does not follow from entry {previous}: the audit log was edited (an entry changed, removed or reordered)",
    ),
    # LifecycleMessage.STATUS_CHANGED_BY_HAND
    QT_TRANSLATE_NOOP(
        "model",
        "the status is {status} but the audit log's last entry says {logged}: the status was changed outside slawriter",
    ),
    # LifecycleMessage.EARLIER_APPROVALS
    QT_TRANSLATE_NOOP(
        "model",
        "the text changed after {approvals} approved it: that approval is of the earlier text, and this one is of the text as it is now",
    ),
    # LifecycleMessage.LOG_NOT_OURS
    QT_TRANSLATE_NOOP(
        "model",
        "{problem}; nothing is added to an audit log that is not what slawriter wrote — restore the file from a copy or from git",
    ),
    # LifecycleMessage.VERSION_CHANGED_BY_HAND
    QT_TRANSLATE_NOOP(
        "model",
        "the version is {version} but the audit log's last entry says {logged}: the version was changed outside slawriter",
    ),
    # LifecycleMessage.SIGNED_TEXT_CHANGED
    QT_TRANSLATE_NOOP(
        "model",
        "the agreement was changed after it became {status} ({at} UTC by {by}); signed text must not change — start a new revision",
    ),
    # LifecycleMessage.APPROVED_TEXT_CHANGED
    QT_TRANSLATE_NOOP(
        "model",
        "the agreement changed after its last recorded event ({date} by {by}); the approval applies to the earlier text — send it for review again",
    ),
    # RuleMessage.TOO_FEW_PARTIES
    QT_TRANSLATE_NOOP("model", "an agreement needs at least two parties; it has {count}"),
    # RuleMessage.DUPLICATE_PARTY_ID
    QT_TRANSLATE_NOOP("model", "party ID '{value}' is used twice; each party ID must be unique"),
    # RuleMessage.DUPLICATE_SERVICE_ID
    QT_TRANSLATE_NOOP(
        "model", "service ID '{value}' is used twice; each service ID must be unique"
    ),
    # RuleMessage.DUPLICATE_RESPONSIBILITY_ID
    QT_TRANSLATE_NOOP(
        "model", "responsibility ID '{value}' is used twice; each responsibility ID must be unique"
    ),
    # RuleMessage.DUPLICATE_CALENDAR_ID
    QT_TRANSLATE_NOOP(
        "model", "calendar ID '{value}' is used twice; each calendar ID must be unique"
    ),
    # RuleMessage.DUPLICATE_PRIORITY_ID
    QT_TRANSLATE_NOOP(
        "model", "priority ID '{value}' is used twice; each priority ID must be unique"
    ),
    # RuleMessage.DUPLICATE_OBJECTIVE_ID
    QT_TRANSLATE_NOOP(
        "model", "objective ID '{value}' is used twice; each objective ID must be unique"
    ),
    # RuleMessage.DUPLICATE_EXCLUSION_ID
    QT_TRANSLATE_NOOP(
        "model", "exclusion ID '{value}' is used twice; each exclusion ID must be unique"
    ),
    # RuleMessage.DUPLICATE_CREDIT_TIER_ID
    QT_TRANSLATE_NOOP(
        "model", "credit tier ID '{value}' is used twice; each credit tier ID must be unique"
    ),
    # RuleMessage.DUPLICATE_ESCALATION_LEVEL_ID
    QT_TRANSLATE_NOOP(
        "model",
        "escalation level ID '{value}' is used twice; each escalation level ID must be unique",
    ),
    # RuleMessage.DUPLICATE_TERM
    QT_TRANSLATE_NOOP(
        "model", "defined term '{value}' is defined twice; each defined term must be unique"
    ),
    # RuleMessage.DUPLICATE_CLAUSE_ID
    QT_TRANSLATE_NOOP("model", "clause ID '{value}' is used twice; each clause ID must be unique"),
    # RuleMessage.DUPLICATE_SIGNATORY_ID
    QT_TRANSLATE_NOOP(
        "model", "signatory ID '{value}' is used twice; each signatory ID must be unique"
    ),
    # RuleMessage.DUPLICATE_PRIORITY_ROW
    QT_TRANSLATE_NOOP("model", "priority '{value}' is used twice; each priority must be unique"),
    # RuleMessage.UNKNOWN_CALENDAR
    QT_TRANSLATE_NOOP("model", "refers to calendar '{value}', which does not exist ({choices})"),
    # RuleMessage.UNKNOWN_CALENDAR_NONE
    QT_TRANSLATE_NOOP(
        "model", "refers to calendar '{value}', which does not exist (none defined yet)"
    ),
    # RuleMessage.UNKNOWN_PARTY
    QT_TRANSLATE_NOOP("model", "refers to party '{value}', which does not exist ({choices})"),
    # RuleMessage.UNKNOWN_PARTY_NONE
    QT_TRANSLATE_NOOP(
        "model", "refers to party '{value}', which does not exist (none defined yet)"
    ),
    # RuleMessage.UNKNOWN_PRIORITY
    QT_TRANSLATE_NOOP("model", "refers to priority '{value}', which does not exist ({choices})"),
    # RuleMessage.UNKNOWN_PRIORITY_NONE
    QT_TRANSLATE_NOOP(
        "model", "refers to priority '{value}', which does not exist (none defined yet)"
    ),
    # RuleMessage.UNKNOWN_OBJECTIVE
    QT_TRANSLATE_NOOP("model", "refers to objective '{value}', which does not exist ({choices})"),
    # RuleMessage.UNKNOWN_OBJECTIVE_NONE
    QT_TRANSLATE_NOOP(
        "model", "refers to objective '{value}', which does not exist (none defined yet)"
    ),
    # RuleMessage.UNKNOWN_HOLIDAY_COUNTRY
    QT_TRANSLATE_NOOP("model", "no public holidays are known for the country code '{country}'"),
    # RuleMessage.UNKNOWN_HOLIDAY_REGION
    QT_TRANSLATE_NOOP(
        "model", "'{region}' is not a region of {country} with known holidays ({regions})"
    ),
    # RuleMessage.REGION_WITHOUT_COUNTRY
    QT_TRANSLATE_NOOP("model", "a holiday region is set without its country"),
    # RuleMessage.NO_LOCALE_FOR_REGION
    QT_TRANSLATE_NOOP(
        "model",
        "a contract in {language} has no conventions for region '{region}' ({regions}); choose one of those, or leave it empty to follow the time zone",
    ),
    # RuleMessage.HOURS_END_NOT_AFTER_START
    QT_TRANSLATE_NOOP("model", "working hours end at {end}, not after they start at {start}"),
    # RuleMessage.HOURS_OVERLAP
    QT_TRANSLATE_NOOP("model", "working hours on {weekday} overlap another period"),
    # RuleMessage.TARGET_UNIT_NOT_ALLOWED
    QT_TRANSLATE_NOOP("model", "a {metric} target is measured in {units}, not {unit}"),
    # RuleMessage.AVAILABILITY_OUT_OF_RANGE
    QT_TRANSLATE_NOOP(
        "model", "an availability target must be above 0 % and below 100 %, not {value} %"
    ),
    # RuleMessage.AVAILABILITY_NOT_MINIMUM
    QT_TRANSLATE_NOOP("model", "an availability target is a minimum: use 'at least'"),
    # RuleMessage.PERCENT_OUT_OF_RANGE
    QT_TRANSLATE_NOOP("model", "a percentage must be between 0 and 100, not {value}"),
    # RuleMessage.TIME_NOT_POSITIVE
    QT_TRANSLATE_NOOP("model", "a time target must be longer than zero, not {value}"),
    # RuleMessage.TIME_NOT_MAXIMUM
    QT_TRANSLATE_NOOP("model", "a time target is a maximum: use 'at most' or 'less than'"),
    # RuleMessage.NEGATIVE_AMOUNT
    QT_TRANSLATE_NOOP("model", "a {unit} target cannot be negative ({value})"),
    # RuleMessage.COUNT_NOT_WHOLE
    QT_TRANSLATE_NOOP("model", "a count must be a whole number, not {value}"),
    # RuleMessage.NPS_OUT_OF_RANGE
    QT_TRANSLATE_NOOP("model", "a Net Promoter Score lies between -100 and 100, not {value}"),
    # RuleMessage.INTERNAL_TARGET_OTHER_UNIT
    QT_TRANSLATE_NOOP("model", "the internal target must use the same unit as the target ({unit})"),
    # RuleMessage.ROLLING_WINDOW_WITHOUT_DAYS
    QT_TRANSLATE_NOOP("model", "a rolling window needs its length in days"),
    # RuleMessage.DAYS_WITHOUT_ROLLING_WINDOW
    QT_TRANSLATE_NOOP("model", "days are only for a rolling window, not a {window} window"),
    # RuleMessage.TIER_BAND_EMPTY
    QT_TRANSLATE_NOOP(
        "model", "the band is empty: 'at least' ({at_least} %) must be below 'below' ({below} %)"
    ),
    # RuleMessage.TIER_ABOVE_TARGET
    QT_TRANSLATE_NOOP(
        "model",
        "the tier starts at {below} %, above the objective's target of {target} %: it would credit a month that met the target",
    ),
    # RuleMessage.TIERS_OUT_OF_ORDER
    QT_TRANSLATE_NOOP(
        "model",
        "tiers must be listed from the highest attainment down: {below} % comes after {previous} %",
    ),
    # RuleMessage.TIERS_OVERLAP
    QT_TRANSLATE_NOOP(
        "model",
        "the band {at_least}–{below} % overlaps the band {other_at_least}–{other_below} % above it",
    ),
    # RuleMessage.TIER_CREDIT_DROPS
    QT_TRANSLATE_NOOP(
        "model",
        "a lower band must not earn a smaller credit: {credit} % here after {previous} % for the band above",
    ),
    # RuleMessage.CHRONIC_IMPOSSIBLE
    QT_TRANSLATE_NOOP("model", "{missed} missed periods cannot happen within {out_of}"),
    # RuleMessage.BEST_EFFORT_WITH_TARGET
    QT_TRANSLATE_NOOP(
        "model", "a best-effort priority has no target: clear the target or turn off best effort"
    ),
    # RuleMessage.PRIORITY_WITHOUT_TARGET
    QT_TRANSLATE_NOOP("model", "give this priority a target, or mark it best effort"),
    # RuleMessage.VOLUME_NOT_A_VOLUME
    QT_TRANSLATE_NOOP(
        "model",
        "only a count or an amount can be a capacity or a commitment, not a target in {unit}",
    ),
    # RuleMessage.VOLUME_KIND_MISSING
    QT_TRANSLATE_NOOP(
        "model",
        "say whether this volume is a capacity (a ceiling the provider absorbs) or a commitment (a floor that must be delivered)",
    ),
    # RuleMessage.CAPACITY_NOT_MAXIMUM
    QT_TRANSLATE_NOOP(
        "model", "a capacity is a ceiling ('up to {value}'): use 'at most' as the comparator"
    ),
    # RuleMessage.COMMITMENT_NOT_MINIMUM
    QT_TRANSLATE_NOOP(
        "model", "a commitment is a floor ('at least {value}'): use 'at least' as the comparator"
    ),
    # RuleMessage.SUSPENSION_WITHOUT_CAPACITY
    QT_TRANSLATE_NOOP(
        "model", "targets can be suspended above a capacity only: this objective is not a capacity"
    ),
    # RuleMessage.SUSPENDS_ITSELF
    QT_TRANSLATE_NOOP("model", "a capacity cannot suspend its own target"),
    # RuleMessage.SUSPENDS_NO_TICKET_TARGET
    QT_TRANSLATE_NOOP(
        "model",
        "'{value}' has no ticket time target to suspend (first response, resolution, implementation or lead follow-up)",
    ),
    # RuleMessage.ESCALATION_BOTH_THRESHOLDS
    QT_TRANSLATE_NOOP(
        "model", "escalate either after a fixed time or at a share of the time allowed, not both"
    ),
    # RuleMessage.ESCALATION_SHARE_NOT_POSITIVE
    QT_TRANSLATE_NOOP(
        "model", "an escalation threshold must be above 0 % of the time allowed, not {value} %"
    ),
    # RuleMessage.ESCALATION_SHARE_WITHOUT_TIME_TARGET
    QT_TRANSLATE_NOOP(
        "model",
        "a threshold as a share of the time allowed needs an objective with a time target; {objectives} has none",
    ),
    # RuleMessage.ESCALATION_SHARE_NO_OBJECTIVES
    QT_TRANSLATE_NOOP(
        "model",
        "a threshold as a share of the time allowed needs objectives with a time target; this agreement has none",
    ),
    # RuleMessage.PRIORITY_TARGETS_NOT_PER_REQUEST
    QT_TRANSLATE_NOOP(
        "model",
        "targets per priority are for objectives measured request by request (response, resolution, implementation or follow-up time), not {metric}",
    ),
    # RuleMessage.RENEWAL_PERIOD_WITHOUT_RENEWAL
    QT_TRANSLATE_NOOP("model", "a renewal period is set but the agreement does not renew"),
    # RuleMessage.SHARED_TERM_ACROSS_SIDES
    QT_TRANSLATE_NOOP(
        "model",
        "'{party}' and '{other}' are on different sides but both called “{term}” in the contract; give each its own defined term",
    ),
    # RuleMessage.REVISIONS_OUT_OF_ORDER
    QT_TRANSLATE_NOOP(
        "model",
        "revision {version} is listed after revision {previous}; list revisions oldest first",
    ),
    # RuleMessage.REVISION_NEWER_THAN_AGREEMENT
    QT_TRANSLATE_NOOP(
        "model", "revision {version} is newer than the agreement's version {current}"
    ),
    # ValueMessage.NUMBER_AS_TEXT
    QT_TRANSLATE_NOOP("model", "must be written as a number, not as text"),
    # ValueMessage.NUMBER_AS_BOOLEAN
    QT_TRANSLATE_NOOP("model", "must be written as a number, not as true/false"),
    # ValueMessage.NUMBER_AS_FLOAT
    QT_TRANSLATE_NOOP("model", "must be written as a number, not as a binary float"),
    # ValueMessage.NOT_FINITE
    QT_TRANSLATE_NOOP("model", "must be a finite number"),
    # ValueMessage.UNKNOWN_TIME_ZONE
    QT_TRANSLATE_NOOP(
        "model",
        "'{value}' is not a known IANA time zone; use a name such as 'Europe/Madrid' or 'UTC'",
    ),
    # ValueMessage.UNKNOWN_CURRENCY
    QT_TRANSLATE_NOOP("model", "'{value}' is not an ISO 4217 currency code such as EUR or USD"),
    # ValueMessage.UNKNOWN_REGION
    QT_TRANSLATE_NOOP(
        "model",
        "'{value}' is not a two-letter ISO 3166 region code such as GB, US, ES or MX; leave it empty to follow the time zone",
    ),
    # ValueMessage.CURRENCY_SIGN
    QT_TRANSLATE_NOOP("model", "'{value}' is a currency sign; write its ISO 4217 code, {code}"),
    # ValueMessage.CURRENCY_LOWER_CASE
    QT_TRANSLATE_NOOP("model", "write the currency code in capitals: {code}"),
    # ValueMessage.NUMBER_WITH_COMMA
    QT_TRANSLATE_NOOP(
        "model", "must be written as a number with a point for decimals, {number}, not as text"
    ),
    # BrandingMessage.NOT_A_COLOUR
    QT_TRANSLATE_NOOP(
        "model", "{value} is not a colour: write it as # and six hexadecimal digits, e.g. #1f4e79"
    ),
    # BrandingMessage.LOGO_NOT_A_FILE
    QT_TRANSLATE_NOOP("model", "{path}: the logo is not a regular file"),
    # BrandingMessage.LOGO_FILE_TOO_LARGE
    QT_TRANSLATE_NOOP("model", "{path}: the logo is larger than {limit} MB"),
    # BrandingMessage.LOGO_UNREADABLE
    QT_TRANSLATE_NOOP("model", "{path}: the logo cannot be read ({reason})"),
    # BrandingMessage.LOGO_TOO_LARGE
    QT_TRANSLATE_NOOP("model", "{name} is {size} MB; a logo can be at most {limit} MB"),
    # BrandingMessage.SVG_DOCTYPE
    QT_TRANSLATE_NOOP("model", "{name}: SVG logos with a DOCTYPE or entities are not accepted"),
    # BrandingMessage.NOT_AN_IMAGE
    QT_TRANSLATE_NOOP("model", "{name} is neither a PNG image nor an SVG drawing ({error})"),
    # BrandingMessage.NOT_SVG
    QT_TRANSLATE_NOOP("model", "{name} is XML but not an SVG drawing"),
    # BrandingMessage.SVG_REFERENCE
    QT_TRANSLATE_NOOP("model", "{name} refers to {target}; a logo must be self-contained"),
    # BrandingMessage.SVG_STYLE_RESOURCES
    QT_TRANSLATE_NOOP("model", "{name} loads resources from its style sheet"),
    # BrandingMessage.LOGO_NOT_BYTES
    QT_TRANSLATE_NOOP("model", "the logo must be given as bytes, through Branding.create"),
    # DocxHint.EXPORTED_ONLY
    QT_TRANSLATE_NOOP(
        "model",
        "only Word documents exported by slawriter carry their agreement; open the .sla.json file instead",
    ),
    # DocxMessage.IS_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder, not a Word document"),
    # DocxMessage.TOO_LARGE
    QT_TRANSLATE_NOOP("model", "is too large to be a contract exported by slawriter"),
    # DocxMessage.NOT_A_DOCX
    QT_TRANSLATE_NOOP("model", "is not a Word document (.docx)"),
    # DocxMessage.NO_AGREEMENT
    QT_TRANSLATE_NOOP("model", "has no slawriter agreement inside"),
    # DocxMessage.DAMAGED
    QT_TRANSLATE_NOOP("model", "its slawriter agreement part is damaged ({reason})"),
    # RenderMessage.NO_SUCH_STYLE
    QT_TRANSLATE_NOOP("model", "there is no style '{style}'; choose one of: {styles}"),
    # RenderMessage.NO_TEMPLATE_FOLDER
    QT_TRANSLATE_NOOP("model", "{folder}: the template folder does not exist"),
    # RenderMessage.NOT_A_TEMPLATE_FOLDER
    QT_TRANSLATE_NOOP(
        "model",
        "{folder}: not a contract template folder — it has no {main}; start from a copy of slawriter's templates/ folder",
    ),
    # RenderMessage.NO_SUCH_TEMPLATE
    QT_TRANSLATE_NOOP("model", "the template has no {name}"),
    # RenderMessage.STYLE_SHEET_CLOSES
    QT_TRANSLATE_NOOP("model", "{file}: a style sheet may not contain '</'"),
    # RenderMessage.TEMPLATE_FAILED
    QT_TRANSLATE_NOOP("model", "{name}: {error}"),
    # RenderMessage.TEMPLATE_FAILED_AT
    QT_TRANSLATE_NOOP("model", "{name} (line {line}): {error}"),
    # PdfHint.OPEN_THE_AGREEMENT_FILE
    QT_TRANSLATE_NOOP(
        "model",
        "only PDFs exported by slawriter carry their agreement; open the .sla.json file instead",
    ),
    # PdfMessage.IS_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder, not a PDF file"),
    # PdfMessage.NOT_A_PDF
    QT_TRANSLATE_NOOP("model", "is not a PDF file"),
    # PdfMessage.DAMAGED
    QT_TRANSLATE_NOOP("model", "cannot be read as a PDF ({reason})"),
    # PdfMessage.NO_AGREEMENT
    QT_TRANSLATE_NOOP("model", "has no {name} attachment"),
    # PdfMessage.AGREEMENT_TOO_LARGE
    QT_TRANSLATE_NOOP("model", "its {name} is too large to be an agreement"),
    # PdfMessage.AGREEMENT_NOT_UTF8
    QT_TRANSLATE_NOOP("model", "its {name} is not UTF-8 text"),
    # ComplianceHint.SAVE_AS_UTF8_CSV
    QT_TRANSLATE_NOOP("model", "save it as UTF-8 CSV"),
    # ComplianceHint.SAVE_AS_PARQUET
    QT_TRANSLATE_NOOP("model", "export it again as Parquet, or save it as UTF-8 CSV"),
    # ComplianceHint.WRITE_TIMESTAMPS
    QT_TRANSLATE_NOOP(
        "model", "store it as timestamps, or as text such as 2026-03-02T09:15:00+01:00"
    ),
    # ComplianceHint.WRITE_TEXT
    QT_TRANSLATE_NOOP("model", "store it as a text (string) column"),
    # ComplianceHint.RENAME_ONE
    QT_TRANSLATE_NOOP("model", "rename one, or change the column mapping"),
    # ComplianceHint.CHECK_MAPPING
    QT_TRANSLATE_NOOP("model", "check the column mapping for '{name}'"),
    # ComplianceHint.ADD_COLUMN
    QT_TRANSLATE_NOOP("model", "add it, or map your column name to it"),
    # ComplianceHint.WRITE_TIME
    QT_TRANSLATE_NOOP(
        "model", "write ISO 8601 with the UTC offset, e.g. 2026-03-02T09:15:00+01:00"
    ),
    # ComplianceHint.WRITE_PAUSE_TIMES
    QT_TRANSLATE_NOOP("model", "write start/end in ISO 8601 with the UTC offset"),
    # ComplianceHint.WRITE_PAUSES
    QT_TRANSLATE_NOOP("model", "write start/end in ISO 8601, several separated by ';'"),
    # ComplianceHint.MERGE_PAUSES
    QT_TRANSLATE_NOOP("model", "merge them into one interval"),
    # ComplianceHint.WRITE_PERIOD
    QT_TRANSLATE_NOOP(
        "model", "write YYYY-MM for a month, YYYY-Qn for a quarter or YYYY for a year"
    ),
    # ComplianceHint.WRITE_NUMBER
    QT_TRANSLATE_NOOP("model", "write a plain number such as 104500.50"),
    # ComplianceHint.ONE_ROW
    QT_TRANSLATE_NOOP("model", "keep one row per objective and period"),
    # ComplianceHint.USE_OBJECTIVE
    QT_TRANSLATE_NOOP("model", "use one of its objective IDs: {objectives}"),
    # ComplianceHint.USE_OBJECTIVE_NONE
    QT_TRANSLATE_NOOP("model", "use one of its objective IDs: none"),
    # ComplianceHint.GIVE_TICKETS
    QT_TRANSLATE_NOOP(
        "model",
        "remove the row and give the tickets file (--tickets), which is measured per priority",
    ),
    # ComplianceHint.USE_PRIORITY
    QT_TRANSLATE_NOOP("model", "use one of {priorities}, or map your priority column"),
    # ComplianceHint.WRITE_EXCLUSION
    QT_TRANSLATE_NOOP("model", "write yes/no, or one of: {reasons}"),
    # ComplianceHint.WRITE_EXCLUSION_NONE
    QT_TRANSLATE_NOOP("model", "write yes/no, or one of: (none listed)"),
    # ComplianceMessage.NOT_A_MONTH
    QT_TRANSLATE_NOOP("model", "'{period}' is not a month; write it as YYYY-MM, e.g. 2026-03"),
    # ComplianceMessage.OUTSIDE_YEARS
    QT_TRANSLATE_NOOP(
        "model", "'{period}' is outside the years 1900 to 2200 an agreement can cover"
    ),
    # ComplianceMessage.NOT_A_MAPPING
    QT_TRANSLATE_NOOP("model", "'{item}' is not NAME=COLUMN, e.g. created_at=Opened"),
    # ComplianceMessage.UNKNOWN_COLUMN
    QT_TRANSLATE_NOOP("model", "'{name}' is not a column slawriter reads; it reads {columns}"),
    # ComplianceMessage.TICKETS_MISSING
    QT_TRANSLATE_NOOP("model", "the tickets file does not exist"),
    # ComplianceMessage.INCIDENTS_MISSING
    QT_TRANSLATE_NOOP("model", "the incidents file does not exist"),
    # ComplianceMessage.METRICS_MISSING
    QT_TRANSLATE_NOOP("model", "the metrics file does not exist"),
    # ComplianceMessage.UNREADABLE
    QT_TRANSLATE_NOOP("model", "cannot be read ({reason})"),
    # ComplianceMessage.NOT_A_REGULAR_FILE
    QT_TRANSLATE_NOOP("model", "is not a regular file (a pipe or a device?); give a CSV file"),
    # ComplianceMessage.TICKETS_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder, not a tickets file (CSV or Parquet)"),
    # ComplianceMessage.INCIDENTS_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder, not an incidents CSV file"),
    # ComplianceMessage.METRICS_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder, not a metrics CSV file"),
    # ComplianceMessage.TICKETS_TOO_LARGE
    QT_TRANSLATE_NOOP("model", "is too large for a tickets file ({size} bytes)"),
    # ComplianceMessage.INCIDENTS_TOO_LARGE
    QT_TRANSLATE_NOOP("model", "is too large for an incidents file ({size} bytes)"),
    # ComplianceMessage.METRICS_TOO_LARGE
    QT_TRANSLATE_NOOP("model", "is too large for a metrics file ({size} bytes)"),
    # ComplianceMessage.NOT_CSV
    QT_TRANSLATE_NOOP("model", "is not a readable CSV file ({error})"),
    # ComplianceMessage.NOT_PARQUET
    QT_TRANSLATE_NOOP(
        "model", "is named as a Parquet file but is not one (it does not begin with PAR1)"
    ),
    # ComplianceMessage.NOT_READABLE_PARQUET
    QT_TRANSLATE_NOOP("model", "is not a readable Parquet file ({error})"),
    # ComplianceMessage.PARQUET_NOT_TIMES
    QT_TRANSLATE_NOOP(
        "model",
        "column '{column}' holds {type} values, not timestamps or ISO 8601 date and time text",
    ),
    # ComplianceMessage.PARQUET_NOT_TEXT
    QT_TRANSLATE_NOOP("model", "column '{column}' holds {type} values, not text"),
    # ComplianceMessage.TICKETS_SAME_NAME
    QT_TRANSLATE_NOOP("model", "two columns of the tickets file would both be read as '{column}'"),
    # ComplianceMessage.INCIDENTS_SAME_NAME
    QT_TRANSLATE_NOOP(
        "model", "two columns of the incidents file would both be read as '{column}'"
    ),
    # ComplianceMessage.METRICS_SAME_NAME
    QT_TRANSLATE_NOOP("model", "two columns of the metrics file would both be read as '{column}'"),
    # ComplianceMessage.TICKETS_NO_COLUMN
    QT_TRANSLATE_NOOP(
        "model", "the tickets file has no '{column}' column (its columns: {columns})"
    ),
    # ComplianceMessage.INCIDENTS_NO_COLUMN
    QT_TRANSLATE_NOOP(
        "model", "the incidents file has no '{column}' column (its columns: {columns})"
    ),
    # ComplianceMessage.METRICS_NO_COLUMN
    QT_TRANSLATE_NOOP(
        "model", "the metrics file has no '{column}' column (its columns: {columns})"
    ),
    # ComplianceMessage.TICKETS_NO_COLUMNS
    QT_TRANSLATE_NOOP("model", "the tickets file has no '{column}' column (its columns: none)"),
    # ComplianceMessage.INCIDENTS_NO_COLUMNS
    QT_TRANSLATE_NOOP("model", "the incidents file has no '{column}' column (its columns: none)"),
    # ComplianceMessage.METRICS_NO_COLUMNS
    QT_TRANSLATE_NOOP("model", "the metrics file has no '{column}' column (its columns: none)"),
    # ComplianceMessage.NOT_A_TIME
    QT_TRANSLATE_NOOP("model", "'{value}' is not a date and time"),
    # ComplianceMessage.NOT_A_PAUSE_TIME
    QT_TRANSLATE_NOOP("model", "'{value}' in a pause interval is not a date and time"),
    # ComplianceMessage.TICKET_ENDS_EARLY
    QT_TRANSLATE_NOOP(
        "model", "the ticket ends before it starts ('{end}' is earlier than '{start}')"
    ),
    # ComplianceMessage.RESPONSE_ENDS_EARLY
    QT_TRANSLATE_NOOP(
        "model",
        "the ticket's response time ends before it starts ('{end}' is earlier than '{start}')",
    ),
    # ComplianceMessage.PAUSE_ENDS_EARLY
    QT_TRANSLATE_NOOP("model", "a pause interval ends before it starts"),
    # ComplianceMessage.PAUSE_BEFORE_CREATED
    QT_TRANSLATE_NOOP("model", "a pause interval starts before the ticket was created"),
    # ComplianceMessage.PAUSE_AFTER_RESOLVED
    QT_TRANSLATE_NOOP("model", "a pause interval starts after the ticket was resolved"),
    # ComplianceMessage.INCIDENT_ENDS_EARLY
    QT_TRANSLATE_NOOP(
        "model", "the incident ends before it starts ('{end}' is earlier than '{start}')"
    ),
    # ComplianceMessage.NO_CREATION_TIME
    QT_TRANSLATE_NOOP("model", "the ticket has no creation time"),
    # ComplianceMessage.NO_TICKET_ID
    QT_TRANSLATE_NOOP("model", "the ticket has no ID"),
    # ComplianceMessage.DUPLICATE_TICKET
    QT_TRANSLATE_NOOP("model", "ticket '{ticket}' is listed twice (first on line {first})"),
    # ComplianceMessage.DUPLICATE_TICKET_ROW
    QT_TRANSLATE_NOOP("model", "ticket '{ticket}' is listed twice (first in row {first})"),
    # ComplianceMessage.NOT_A_PAUSE
    QT_TRANSLATE_NOOP("model", "'{value}' is not a pause interval"),
    # ComplianceMessage.PAUSES_OVERLAP
    QT_TRANSLATE_NOOP("model", "two pause intervals of the ticket overlap"),
    # ComplianceMessage.NO_START_TIME
    QT_TRANSLATE_NOOP("model", "the incident has no start time"),
    # ComplianceMessage.NOT_A_PERIOD
    QT_TRANSLATE_NOOP("model", "'{value}' is not a period"),
    # ComplianceMessage.NOT_A_NUMBER
    QT_TRANSLATE_NOOP("model", "'{value}' is not a number"),
    # ComplianceMessage.SECOND_VALUE
    QT_TRANSLATE_NOOP("model", "a second value for objective '{objective}' in {period}"),
    # ComplianceMessage.NO_SUCH_OBJECTIVE
    QT_TRANSLATE_NOOP("model", "the agreement has no objective '{objective}'"),
    # ComplianceMessage.PERIOD_NOT_OF_WINDOW
    QT_TRANSLATE_NOOP(
        "model",
        "objective '{objective}' is measured per {window}, so its period is written {form}, not '{value}'",
    ),
    # ComplianceMessage.VALUE_NOT_NPS
    QT_TRANSLATE_NOOP(
        "model",
        "{value} is not a Net Promoter Score for objective '{objective}': it lies between -100 and 100",
    ),
    # ComplianceMessage.VALUE_NOT_PERCENT
    QT_TRANSLATE_NOOP(
        "model",
        "{value} is not a percentage for objective '{objective}': it lies between 0 and 100",
    ),
    # ComplianceMessage.VALUE_NOT_COUNT
    QT_TRANSLATE_NOOP(
        "model",
        "{value} is not a count for objective '{objective}': a count is a whole number, 0 or more",
    ),
    # ComplianceMessage.VALUE_NEGATIVE
    QT_TRANSLATE_NOOP(
        "model", "{value} cannot be a value of objective '{objective}': it cannot be negative"
    ),
    # ComplianceMessage.PER_PRIORITY_NOT_ONE_VALUE
    QT_TRANSLATE_NOOP(
        "model",
        "objective '{objective}' has a target for each priority, so one value cannot say whether it was met",
    ),
    # ComplianceMessage.NOT_A_PRIORITY
    QT_TRANSLATE_NOOP("model", "'{value}' is not a priority of the agreement"),
    # ComplianceMessage.NO_PRIORITY
    QT_TRANSLATE_NOOP("model", "the ticket has no priority"),
    # ComplianceMessage.NOT_AN_EXCLUSION
    QT_TRANSLATE_NOOP("model", "'{value}' is not an exclusion of the agreement"),
    # CompliancePlace.LINE_COLUMN
    QT_TRANSLATE_NOOP("model", "line {line}, column '{column}'"),
    # CompliancePlace.ROW
    QT_TRANSLATE_NOOP("model", "row {row}"),
    # CompliancePlace.ROW_COLUMN
    QT_TRANSLATE_NOOP("model", "row {row}, column '{column}'"),
    # HistoryMessage.NOT_SAVED
    QT_TRANSLATE_NOOP(
        "model", "the agreement has no file yet; save it in a git repository to see its history"
    ),
    # HistoryMessage.GIT_MISSING
    QT_TRANSLATE_NOOP(
        "model",
        "{path}: the history of a file comes from git, and git is not installed here (or not on the PATH)",
    ),
    # HistoryMessage.NOT_A_REPOSITORY
    QT_TRANSLATE_NOOP("model", "{path}: is not in a git repository, so git has no history of it"),
    # HistoryMessage.NOT_COMMITTED
    QT_TRANSLATE_NOOP(
        "model", "{path}: git has no commit of this file yet; its history starts with one"
    ),
    # HistoryMessage.GIT_FAILED
    QT_TRANSLATE_NOOP("model", "{path}: git could not read the history: {reason}"),
    # HistoryMessage.TIMED_OUT
    QT_TRANSLATE_NOOP("model", "{path}: git took longer than {seconds} seconds and was stopped"),
    # HistoryMessage.NO_SUCH_COMMIT
    QT_TRANSLATE_NOOP(
        "model", "{path}: '{commit}' is not one of the commits of this file's history"
    ),
    # HistoryMessage.AMBIGUOUS_COMMIT
    QT_TRANSLATE_NOOP(
        "model", "{path}: '{commit}' names more than one commit of this file's history"
    ),
    # HistoryMessage.NOT_AT_COMMIT
    QT_TRANSLATE_NOOP(
        "model", "{path}: git could not give the file as it was at {commit}: {reason}"
    ),
    # LibraryCommandMessage.BAD_REFERENCE
    QT_TRANSLATE_NOOP(
        "model",
        "'{reference}' does not name a library entry: write KIND/ID, e.g. parties/acme-gmbh (kinds: {kinds})",
    ),
    # LibraryCommandMessage.NOT_FOUND
    QT_TRANSLATE_NOOP("model", "'{reference}': no library in use holds this entry"),
    # LibraryCommandMessage.UNKNOWN_LIBRARY
    QT_TRANSLATE_NOOP(
        "model",
        "'{reference}': no library in use is called '{library}' (the libraries in use: {libraries})",
    ),
    # LibraryCommandMessage.AMBIGUOUS
    QT_TRANSLATE_NOOP(
        "model",
        "'{reference}' is in more than one library in use ({libraries}); write LIBRARY:{reference} for the one meant",
    ),
    # LibraryCommandMessage.NOT_AN_ENTRY
    QT_TRANSLATE_NOOP("model", "'{reference}' cannot be saved as a library entry: {reason}"),
    # LibraryCommandMessage.DESCRIPTION_TOO_LONG
    QT_TRANSLATE_NOOP(
        "model",
        "'{reference}': --description is {length} characters long; an entry's description holds at most {limit}",
    ),
    # LibraryCommandMessage.SAME_NAME
    QT_TRANSLATE_NOOP(
        "model",
        "is called '{name}' too, like the library in {other}; it is left out — give one of the folders another name",
    ),
    # LibraryCommandMessage.NO_ITEM
    QT_TRANSLATE_NOOP("model", "'{reference}': the agreement has no {kind} with the ID '{item}'"),
    # LibraryCommandMessage.CONTACT_NEEDS_PARTY
    QT_TRANSLATE_NOOP(
        "model", "'{reference}': a contact goes into a party; write {reference}@PARTY-ID"
    ),
    # LibraryCommandMessage.NO_PARTY
    QT_TRANSLATE_NOOP("model", "'{reference}': the agreement has no party with the ID '{party}'"),
    # LibraryCommandMessage.BAD_PREFERENCES
    QT_TRANSLATE_NOOP(
        "model",
        'is not a libraries preferences file slawriter can read: it lists the team libraries as {{"team_libraries": [folders]}}',
    ),
    # LibraryUpdateMessage.NOTHING_NAMED
    QT_TRANSLATE_NOOP(
        "model",
        "name the items to update as KIND/ITEM-ID (as 'library add' names them), or give --all",
    ),
    # LibraryUpdateMessage.NOT_FROM_LIBRARY
    QT_TRANSLATE_NOOP("model", "'{reference}': this item did not come from a library"),
    # LibraryUpdateMessage.ENTRY_GONE
    QT_TRANSLATE_NOOP(
        "model",
        "'{reference}': its entry {entry} of the library '{library}' is in none of the libraries in use",
    ),
    # OperationMessage.IN_FILE
    QT_TRANSLATE_NOOP("model", "{path}: {problem}"),
    # OperationMessage.OUTPUT_TWICE
    QT_TRANSLATE_NOOP("model", "{path}: given for both {first} and {second}; choose two files"),
    # OperationMessage.OUTPUT_IN_TEMPLATE
    QT_TRANSLATE_NOOP(
        "model", "{path}: is inside the template folder {folder}; write it elsewhere"
    ),
    # OperationMessage.OUTPUT_OVER_INPUT
    QT_TRANSLATE_NOOP("model", "{path}: is an input of this command; choose another output"),
    # OperationMessage.OUTPUT_EXISTS
    QT_TRANSLATE_NOOP("model", "{path}: already exists; choose another name or add --force"),
    # OperationMessage.REDLINE_SUFFIX
    QT_TRANSLATE_NOOP("model", "{path}: the redline is written as .pdf, .html or .docx"),
    # OperationMessage.FORMAT_SUFFIX
    QT_TRANSLATE_NOOP("model", "{path}: --format {format} writes a .{format} file; name it so"),
    # OperationMessage.UNKNOWN_FORMAT
    QT_TRANSLATE_NOOP("model", "--format: '{format}' is not a contract format (pdf or docx)"),
    # OperationMessage.UNKNOWN_REDLINE_FORMAT
    QT_TRANSLATE_NOOP("model", "--format: '{format}' is not a redline format (pdf, html or docx)"),
    # OperationMessage.COMPARED_WITH_ITSELF
    QT_TRANSLATE_NOOP(
        "model",
        "{path}: given as both OLD and NEW; a redline compares two versions of an agreement",
    ),
    # OperationMessage.ANOTHER_AGREEMENT
    QT_TRANSLATE_NOOP(
        "model",
        "{path}: is another agreement ({new_id}) than {old} ({old_id}); a redline compares two versions of one agreement",
    ),
    # OperationMessage.NO_PERIOD
    QT_TRANSLATE_NOOP("model", "give the month to check with --period YYYY-MM"),
    # OperationMessage.NO_REPORT_OUTPUT
    QT_TRANSLATE_NOOP("model", "give -o REPORT.pdf, --json REPORT.json or both"),
    # OperationMessage.COLUMN_MAP
    QT_TRANSLATE_NOOP("model", "--map: {problem}"),
    # OperationMessage.UNKNOWN_OPERATION
    QT_TRANSLATE_NOOP("model", "unknown operation '{kind}'"),
    # ReminderMessage.NO_EFFECTIVE_DATE
    QT_TRANSLATE_NOOP(
        "model",
        "the agreement has no effective date, so there are no dates to remind of — set the effective date first",
    ),
    # SigningMessage.NO_STAMP_FONT
    QT_TRANSLATE_NOOP(
        "model",
        "no font for the signature stamp: install URW Nimbus Sans (Debian: fonts-urw-base35)",
    ),
    # SigningMessage.KEY_UNREADABLE
    QT_TRANSLATE_NOOP("model", "{path}: cannot be read ({reason})"),
    # SigningMessage.NOT_A_KEY
    QT_TRANSLATE_NOOP("model", "{path}: not a PKCS#12 key file, or the passphrase is wrong"),
    # SigningMessage.NO_BLOCK
    QT_TRANSLATE_NOOP(
        "model", "the contract has no signature block for '{signatory}'; export it again"
    ),
    # SigningMessage.BLOCK_ON_NO_PAGE
    QT_TRANSLATE_NOOP("model", "the signature block of '{signatory}' is on no page"),
    # SigningMessage.NOT_SIGNED_OFF
    QT_TRANSLATE_NOOP(
        "model",
        "the contract is {status}, not signed off: record each signatory's sign-off, mark the agreement signed and export the PDF again",
    ),
    # SigningMessage.SIGNATORY
    QT_TRANSLATE_NOOP("model", "{problem}"),
    # SigningMessage.SIGNATORY_NOT_NAMED
    QT_TRANSLATE_NOOP("model", "{problem} (give --signatory ID-or-NAME)"),
    # SigningMessage.KEY_OF_SOMEONE_ELSE
    QT_TRANSLATE_NOOP(
        "model",
        "the key file's certificate is issued to '{name}', not to the signatory '{signatory}'; sign with {signatory}'s own key",
    ),
    # SigningMessage.ALREADY_SIGNED
    QT_TRANSLATE_NOOP("model", "{signatory} has already signed this PDF"),
    # FileHint.SAVE_AS_UTF8_AND_REOPEN
    QT_TRANSLATE_NOOP("model", "save it as UTF-8 and open it again"),
    # FileHint.SAVE_AS_UTF8
    QT_TRANSLATE_NOOP("model", "save it as UTF-8"),
    # FileHint.SAVE_AS_UTF8_IF_AGREEMENT
    QT_TRANSLATE_NOOP("model", "save it as UTF-8; is it an agreement file?"),
    # FileHint.ONE_OBJECT
    QT_TRANSLATE_NOOP("model", "an agreement file holds one JSON object"),
    # FileHint.MAY_BE_TRUNCATED
    QT_TRANSLATE_NOOP("model", "the file may be truncated or not an agreement file"),
    # FileHint.KEEP_ONE
    QT_TRANSLATE_NOOP("model", "keep one of them"),
    # FileHint.UPDATE_SLAWRITER
    QT_TRANSLATE_NOOP("model", "update slawriter to open it"),
    # FileHint.CANNOT_UPGRADE
    QT_TRANSLATE_NOOP("model", "this file cannot be upgraded"),
    # FileHint.REPORT_IT
    QT_TRANSLATE_NOOP("model", "the file is unchanged; report this with the file attached"),
    # FileMessage.IS_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder, not an agreement file"),
    # FileMessage.NOT_REGULAR
    QT_TRANSLATE_NOOP("model", "is not a regular file (a device, pipe or socket)"),
    # FileMessage.TOO_LARGE
    QT_TRANSLATE_NOOP(
        "model",
        "is larger than {limit} MB ({size} bytes), too large for an agreement file — is this the right file?",
    ),
    # FileMessage.MISSING
    QT_TRANSLATE_NOOP("model", "does not exist"),
    # FileMessage.PERMISSION_DENIED
    QT_TRANSLATE_NOOP("model", "cannot be read: permission denied"),
    # FileMessage.GREW
    QT_TRANSLATE_NOOP("model", "grew past the size limit while being read"),
    # FileMessage.UNICODE_TEXT
    QT_TRANSLATE_NOOP("model", "is {encoding} text"),
    # FileMessage.UTF16_WITHOUT_BOM
    QT_TRANSLATE_NOOP("model", "is UTF-16 text without a byte order mark"),
    # FileMessage.NOT_UTF8
    QT_TRANSLATE_NOOP("model", "is not UTF-8 text (byte {byte}, line {line})"),
    # FileMessage.EMPTY
    QT_TRANSLATE_NOOP("model", "is empty"),
    # FileMessage.TRUNCATED
    QT_TRANSLATE_NOOP("model", "ends before the JSON is complete"),
    # FileMessage.NOT_JSON
    QT_TRANSLATE_NOOP("model", "is not valid JSON ({reason})"),
    # FileMessage.TOO_MANY_DIGITS
    QT_TRANSLATE_NOOP("model", "{number} has too many digits"),
    # FileMessage.NOT_A_NUMBER
    QT_TRANSLATE_NOOP("model", "{number} is not a number"),
    # FileMessage.OUT_OF_RANGE
    QT_TRANSLATE_NOOP("model", "{number} is out of range"),
    # FileMessage.NOT_A_JSON_NUMBER
    QT_TRANSLATE_NOOP("model", "{number} is not a number JSON allows; write a plain number"),
    # FileMessage.DUPLICATE_KEY
    QT_TRANSLATE_NOOP("model", 'the key "{key}" appears twice in one object'),
    # FileMessage.TOO_DEEP
    QT_TRANSLATE_NOOP("model", "is nested too deeply to be an agreement file"),
    # FileMessage.HOLDS_LIST
    QT_TRANSLATE_NOOP("model", "holds a list, not an agreement (a JSON object)"),
    # FileMessage.HOLDS_STRING
    QT_TRANSLATE_NOOP("model", "holds a string, not an agreement (a JSON object)"),
    # FileMessage.HOLDS_BOOLEAN
    QT_TRANSLATE_NOOP("model", "holds true or false, not an agreement (a JSON object)"),
    # FileMessage.HOLDS_NUMBER
    QT_TRANSLATE_NOOP("model", "holds a number, not an agreement (a JSON object)"),
    # FileMessage.HOLDS_NULL
    QT_TRANSLATE_NOOP("model", "holds null, not an agreement (a JSON object)"),
    # FileMessage.HOLDS_VALUE
    QT_TRANSLATE_NOOP("model", "holds a value, not an agreement (a JSON object)"),
    # FileMessage.SCHEMA_VERSION_MISSING
    QT_TRANSLATE_NOOP("model", "is missing; is this a slawriter agreement file?"),
    # FileMessage.SCHEMA_VERSION_NOT_WHOLE
    QT_TRANSLATE_NOOP("model", "must be a whole number from 1, not {value}"),
    # FileMessage.NEWER_SCHEMA
    QT_TRANSLATE_NOOP(
        "model",
        "was written by a newer slawriter (schema version {version}; this version reads up to {supported})",
    ),
    # FileMessage.NOT_UPGRADED
    QT_TRANSLATE_NOOP("model", "could not be upgraded from schema version {version} ({error})"),
    # FileMessage.UNKNOWN_FIELD
    QT_TRANSLATE_NOOP(
        "model", "“{key}” is not a field slawriter knows; check its spelling or remove it"
    ),
    # FileMessage.REQUIRED
    QT_TRANSLATE_NOOP("model", "is required but missing"),
    # FileMessage.NOT_AN_ID
    QT_TRANSLATE_NOOP(
        "model",
        "{value} is not a valid ID: use lowercase letters, digits and single hyphens, at most 63 characters (e.g. 'p1-first-response')",
    ),
    # FileMessage.REFUSED_VALUE
    QT_TRANSLATE_NOOP("model", "{problem} (found {value})"),
    # FileMessage.MORE_PROBLEMS
    QT_TRANSLATE_NOOP("model", "{problem} (and {count} more problems)"),
    # FileMessage.ONE_MORE_PROBLEM
    QT_TRANSLATE_NOOP("model", "{problem} (and 1 more problem)"),
    # FileMessage.SAVE_TO_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder; choose a file name ending in .sla.json"),
    # FileMessage.NOT_SAVED
    QT_TRANSLATE_NOOP("model", "could not be saved ({reason}); the previous file is unchanged"),
    # FileMessage.OUTPUT_TO_FOLDER
    QT_TRANSLATE_NOOP("model", "is a folder; give a file name for the output"),
    # FileMessage.NOT_WRITTEN
    QT_TRANSLATE_NOOP("model", "could not be written ({reason}); any previous file is unchanged"),
    # FilePlace.LINE
    QT_TRANSLATE_NOOP("model", "line {line}"),
    # FilePlace.LINE_COLUMN
    QT_TRANSLATE_NOOP("model", "line {line}, column {column}"),
    # JsonReason.EXPECTING_VALUE
    QT_TRANSLATE_NOOP("model", "Expecting value"),
    # JsonReason.EXPECTING_COMMA
    QT_TRANSLATE_NOOP("model", "Expecting ',' delimiter"),
    # JsonReason.EXPECTING_COLON
    QT_TRANSLATE_NOOP("model", "Expecting ':' delimiter"),
    # JsonReason.EXPECTING_NAME
    QT_TRANSLATE_NOOP("model", "Expecting property name enclosed in double quotes"),
    # JsonReason.EXTRA_DATA
    QT_TRANSLATE_NOOP("model", "Extra data"),
    # JsonReason.CONTROL_CHARACTER
    QT_TRANSLATE_NOOP("model", "Invalid control character"),
    # JsonReason.BAD_ESCAPE
    QT_TRANSLATE_NOOP("model", "Invalid \\escape"),
    # JsonReason.BAD_UNICODE_ESCAPE
    QT_TRANSLATE_NOOP("model", "Invalid \\uXXXX escape"),
    # JsonReason.TRAILING_COMMA_OBJECT
    QT_TRANSLATE_NOOP("model", "Illegal trailing comma before end of object"),
    # JsonReason.TRAILING_COMMA_ARRAY
    QT_TRANSLATE_NOOP("model", "Illegal trailing comma before end of array"),
    # LibraryFileMessage.NOT_A_FOLDER
    QT_TRANSLATE_NOOP("model", "is not a folder"),
    # LibraryFileMessage.FOLDER_UNREADABLE
    QT_TRANSLATE_NOOP("model", "cannot be read ({reason}); the entries in it are left out"),
    # LibraryFileMessage.BAD_ENTRY_NAME
    QT_TRANSLATE_NOOP(
        "model",
        "is not named as a library entry: use lowercase letters, digits and single hyphens, then .json (e.g. 'acme-gmbh.json')",
    ),
    # LibraryFileMessage.WRONG_FOLDER
    QT_TRANSLATE_NOOP(
        "model", "holds an entry of the kind '{kind}' but is in the folder '{folder}'"
    ),
    # LibraryFileMessage.NOT_AN_ENTRY
    QT_TRANSLATE_NOOP("model", "holds {what}, not a library entry (a JSON object)"),
    # LibraryFileMessage.NEWER_LIBRARY
    QT_TRANSLATE_NOOP(
        "model",
        "was written by a newer slawriter (library version {version}; this version reads up to {supported})",
    ),
    # LibraryFileMessage.ENTRY_EXISTS
    QT_TRANSLATE_NOOP("model", "already exists"),
    # LibraryFileMessage.TOO_MANY_ENTRIES
    QT_TRANSLATE_NOOP("model", "holds more than {limit} entries; the rest are left out"),
    # LibraryFileMessage.NOT_A_KIND
    QT_TRANSLATE_NOOP(
        "model",
        "is not a folder of library entries (those are: {kinds}); the files in it are left out",
    ),
    # LibraryFileMessage.LINK_OUTSIDE
    QT_TRANSLATE_NOOP(
        "model",
        "is a link to {target}, outside the library; it is left out (a library's entries are its own files)",
    ),
    # LibraryFileMessage.NOT_REMOVED
    QT_TRANSLATE_NOOP("model", "could not be removed ({reason})"),
    # LibraryHint.MOVE_IT
    QT_TRANSLATE_NOOP("model", "move it to the folder '{kind}'"),
    # LibraryHint.REPLACE_WITH_FORCE
    QT_TRANSLATE_NOOP("model", "add --force to replace it"),
    # LibraryHint.SEE_LIST
    QT_TRANSLATE_NOOP("model", "see 'slawriter library list'"),
    # LibraryHint.MAY_BE_TRUNCATED
    QT_TRANSLATE_NOOP("model", "the file may be truncated or not a library entry"),
    # MergeHint.RESOLVE
    QT_TRANSLATE_NOOP(
        "model", "choose a side per conflict with 'slawriter resolve FILE --take ours|theirs'"
    ),
    # MergeMessage.UNRESOLVED
    QT_TRANSLATE_NOOP(
        "model",
        "has {count} unresolved merge conflicts; the first is {field}: ours {ours}, theirs {theirs}",
    ),
    # MergeMessage.UNRESOLVED_ONE
    QT_TRANSLATE_NOOP(
        "model", "has an unresolved merge conflict: {field}: ours {ours}, theirs {theirs}"
    ),
    # MergeMessage.NOT_A_CONFLICT_LIST
    QT_TRANSLATE_NOOP("model", "lists its merge conflicts in a form slawriter does not know"),
    # MergeMessage.NO_SUCH_CONFLICT
    QT_TRANSLATE_NOOP("model", "has no merge conflict number {number} (it has {count})"),
    # MergeMessage.NOT_MERGED
    QT_TRANSLATE_NOOP(
        "model", "is not an agreement or a library entry, so it cannot be merged field by field"
    ),
    # MergeMessage.IN_CONFLICT_ALREADY
    QT_TRANSLATE_NOOP(
        "model", "still has unresolved merge conflicts of an earlier merge; resolve them first"
    ),
    # MergeMessage.REFUSED
    QT_TRANSLATE_NOOP(
        "model",
        "the merge was refused, so the file is kept unchanged (our version); merge the other side's changes by hand in slawriter",
    ),
    # MergeMessage.NO_CONFLICTS
    QT_TRANSLATE_NOOP("model", "has no merge conflicts; nothing to resolve"),
    # MigrationMessage.GAP
    QT_TRANSLATE_NOOP("model", "no migration from schema version {version} to {next}"),
)
