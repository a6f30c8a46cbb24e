"""A small, valid, ready agreement built in code, for tests to mutate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from slawriter.model.agreement import (
    Agreement,
    AgreementInfo,
    BusinessCalendar,
    ChronicFailure,
    ClaimProcedure,
    ClockRules,
    Comparator,
    Consequences,
    Contact,
    CreditTier,
    Definition,
    EscalationLevel,
    Exclusion,
    ExclusionKind,
    Governance,
    Limitations,
    Maintenance,
    MetricKind,
    Objective,
    Party,
    PartyRole,
    Priority,
    PriorityTarget,
    Reporting,
    Responsibilities,
    Responsibility,
    ResponsibilityKind,
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
    Weekday,
    WorkingPeriod,
)
from slawriter.model.types import Duration, DurationUnit


def availability() -> Objective:
    return Objective(
        id="uptime",
        name="Monthly uptime",
        metric=MetricKind.AVAILABILITY,
        description="Share of minutes in the month in which the service is available.",
        target=Target(comparator=Comparator.GTE, value=Decimal("99.9"), unit=TargetUnit.PERCENT),
        data_source="External uptime probe every minute",
        measurement_method="(total minutes − Downtime minutes) / total minutes",
        downtime_definition="A minute in which more than 5 % of requests fail.",
        responsible_party="acme",
    )


def first_response() -> Objective:
    return Objective(
        id="first-response",
        name="First response",
        metric=MetricKind.FIRST_RESPONSE_TIME,
        target=Target(comparator=Comparator.LTE, value=Decimal(8), unit=TargetUnit.BUSINESS_HOURS),
        priority_targets=[
            PriorityTarget(
                priority="p1",
                target=Target(comparator=Comparator.LTE, value=Decimal(1), unit=TargetUnit.HOURS),
            ),
            PriorityTarget(
                priority="p2",
                target=Target(
                    comparator=Comparator.LTE, value=Decimal(4), unit=TargetUnit.BUSINESS_HOURS
                ),
            ),
        ],
        calendar="office",
        clock=ClockRules(
            start="The request is logged", pause="Waiting on the customer", stop="A person replies"
        ),
        data_source="Helpdesk",
        measurement_method="Time from creation to first human reply",
        responsible_party="acme",
    )


def agreement() -> Agreement:
    """A valid agreement with no error finding."""
    return Agreement(
        agreement=AgreementInfo(
            title="Hosting SLA",
            document_id="SLA-2027-001",
            effective_date=dt.date(2027, 1, 1),
            time_zone="Europe/Madrid",
            term=Term(months=12),
            purpose="Hosting of the shop.",
        ),
        parties=[
            Party(
                id="acme",
                name="Acme Hosting S.L.",
                role=PartyRole.PROVIDER,
                address="Calle Mayor 1, Madrid",
                contacts=[Contact(name="Ana Ruiz", email="ana@acme.example")],
            ),
            Party(
                id="shop",
                name="Shop GmbH",
                role=PartyRole.CUSTOMER,
                address="Hauptstraße 2, Berlin",
                contacts=[Contact(name="Jonas Weber")],
            ),
        ],
        scope=Scope(
            services=[
                Service(id="hosting", name="Managed hosting", description="Servers for the shop.")
            ],
            out_of_scope=["Application code"],
            support_channels=[SupportChannel(address="support@acme.example")],
        ),
        responsibilities=Responsibilities(
            items=[
                Responsibility(id="operate", owners=["acme"], text="Operate the servers."),
                Responsibility(
                    id="report",
                    owners=["shop"],
                    kind=ResponsibilityKind.CREDIT_CONDITION,
                    text="Report incidents promptly.",
                ),
            ],
            request_requirements=["Affected URL", "Time observed"],
        ),
        service_levels=ServiceLevels(
            calendars=[
                BusinessCalendar(
                    id="office",
                    name="Office hours",
                    time_zone="Europe/Madrid",
                    hours=[
                        WorkingPeriod(weekday=d, start=dt.time(9), end=dt.time(18))
                        for d in list(Weekday)[:5]
                    ],
                    holidays_country="ES",
                )
            ],
            priorities=[Priority(id="p1", name="P1"), Priority(id="p2", name="P2")],
            objectives=[availability(), first_response()],
        ),
        limitations=Limitations(
            maintenance=Maintenance(
                window="Sundays 02:00–06:00",
                notice=Duration(value=Decimal(5), unit=DurationUnit.DAYS),
            ),
            exclusions=[
                Exclusion(id="fm", kind=ExclusionKind.FORCE_MAJEURE, text="Force majeure."),
            ],
        ),
        consequences=Consequences(
            credit_tiers=[
                CreditTier(
                    id="t1",
                    objective="uptime",
                    below=Decimal("99.9"),
                    at_least=Decimal(99),
                    credit_percent=Decimal(10),
                ),
                CreditTier(
                    id="t2",
                    objective="uptime",
                    below=Decimal(99),
                    at_least=Decimal(95),
                    credit_percent=Decimal(25),
                ),
                CreditTier(
                    id="t3", objective="uptime", below=Decimal(95), credit_percent=Decimal(50)
                ),
            ],
            credit_cap_percent=Decimal(50),
            claim=ClaimProcedure(
                deadline_days=30, required_information=["Dates and times"], applied_within_days=60
            ),
            sole_remedy=True,
            escalation=[
                EscalationLevel(
                    id="l1",
                    name="Service manager",
                    party="acme",
                    objectives=["uptime"],
                    after=Duration(value=Decimal(4), unit=DurationUnit.HOURS),
                )
            ],
            chronic_failure=ChronicFailure(remedy="The customer may terminate."),
        ),
        governance=Governance(
            reporting=Reporting(contents=["Monthly uptime"]),
            change_control="Changes in writing signed by both parties.",
            definitions=[Definition(term="Downtime", meaning="See the downtime definition.")],
        ),
        signoff=SignOff(
            signatories=[
                Signatory(id="ana", party="acme", name="Ana Ruiz", title="CEO"),
                Signatory(id="jonas", party="shop", name="Jonas Weber", title="CTO"),
            ],
            revisions=[Revision(version=1, date=dt.date(2026, 11, 1), summary="First draft.")],
        ),
    )
