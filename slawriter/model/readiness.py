"""Readiness: is a valid agreement ready to send? Findings a legal reviewer would raise."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from .agreement import (
    Agreement,
    AgreementKind,
    Comparator,
    MetricKind,
    Objective,
    RenewalKind,
    ResponsibilityKind,
    Target,
)
from .lifecycle import history_problems
from .rules import TIME_METRICS, rule_violations
from .sections import Loc, Section, describe, section_of


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to fix or consider before the agreement goes out."""

    severity: Severity
    section: Section
    loc: Loc
    message: str

    def where(self, agreement: Agreement | None = None) -> str:
        return describe(self.loc, agreement)


# Terms a contract uses as defined terms; if the text uses one, a definition should exist.
_KNOWN_TERMS: dict[str, tuple[str, ...]] = {
    "en": (
        "Business Day",
        "Business Hours",
        "Downtime",
        "Incident",
        "Monthly Uptime Percentage",
        "Scheduled Maintenance",
        "Service Credit",
        "Response Time",
        "Resolution Time",
        "Marketing Qualified Lead",
        "Force Majeure Event",
    ),
    "es": (
        "Día Hábil",
        "Horario Laborable",
        "Tiempo de Inactividad",
        "Incidencia",
        "Porcentaje de Disponibilidad Mensual",
        "Mantenimiento Programado",
        "Crédito de Servicio",
        "Tiempo de Respuesta",
        "Tiempo de Resolución",
        "Lead Cualificado por Marketing",
    ),
}


def readiness(agreement: Agreement) -> list[Finding]:
    """Every finding for ``agreement``, errors first, then in section order."""
    findings = [
        Finding(Severity.ERROR, section_of(p.loc), p.loc, p.message)
        for p in rule_violations(agreement)
    ]
    findings.extend(_checks(agreement))
    order = list(Section)
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    findings.sort(key=lambda f: (rank[f.severity], order.index(f.section)))
    return findings


def _finding(severity: Severity, loc: Loc, message: str) -> Finding:
    return Finding(severity, section_of(loc), loc, message)


def _error(loc: Loc, message: str) -> Finding:
    return _finding(Severity.ERROR, loc, message)


def _warning(loc: Loc, message: str) -> Finding:
    return _finding(Severity.WARNING, loc, message)


def _info(loc: Loc, message: str) -> Finding:
    return _finding(Severity.INFO, loc, message)


def _checks(a: Agreement) -> Iterator[Finding]:
    yield from _identity(a)
    yield from _parties(a)
    yield from _scope(a)
    yield from _responsibilities(a)
    yield from _objectives(a)
    yield from _limitations(a)
    yield from _consequences(a)
    yield from _governance(a)
    yield from _signoff(a)
    yield from _audit_log(a)


def _identity(a: Agreement) -> Iterator[Finding]:
    info = a.agreement
    if not info.title.strip():
        yield _error(("agreement", "title"), "the agreement has no title")
    if not info.document_id.strip():
        yield _warning(
            ("agreement", "document_id"),
            "no document ID: every page of the contract carries one, so readers can cite it",
        )
    if info.effective_date is None:
        yield _error(("agreement", "effective_date"), "no effective date: from when does it apply?")
    term = info.term
    if term.months is None and term.renewal is RenewalKind.NONE:
        yield _info(
            ("agreement", "term", "months"),
            "no term and no renewal: the agreement runs until a party ends it",
        )
    if term.renewal is RenewalKind.AUTOMATIC and term.notice_days is None:
        yield _warning(
            ("agreement", "term", "notice_days"),
            "it renews automatically but says nothing about notice to stop the renewal",
        )
    if term.renewal is not RenewalKind.NONE and term.months is None:
        yield _warning(
            ("agreement", "term", "months"),
            "it renews, but the initial term has no length",
        )


def _parties(a: Agreement) -> Iterator[Finding]:
    signing_parties = {s.party for s in a.signoff.signatories}
    for i, party in enumerate(a.parties):
        loc: Loc = ("parties", i)
        if not party.name.strip():
            yield _error((*loc, "name"), "the party has no name")
        if party.id not in signing_parties:
            yield _warning(loc, f"no signatory for {party.name or party.id}: add one in Sign-off")
        if not party.contacts and not party.representatives:
            yield _info((*loc, "contacts"), f"no contact person for {party.name or party.id}")
        if a.agreement.kind in (AgreementKind.CUSTOMER, AgreementKind.VENDOR) and not (
            party.address.strip()
        ):
            yield _warning(
                (*loc, "address"),
                f"no address for {party.name or party.id}: a contract names where each party "
                "can be served notice",
            )
    roles = {p.role for p in a.parties}
    if len(a.parties) >= 2 and len(roles) == 1:
        yield _warning(
            ("parties",),
            f"every party is a {next(iter(roles)).value}: who provides the service to whom?",
        )


def _scope(a: Agreement) -> Iterator[Finding]:
    if not a.scope.services:
        yield _error(("scope", "services"), "no service in scope: what does the agreement cover?")
    for i, service in enumerate(a.scope.services):
        if not service.description.strip():
            yield _warning(
                ("scope", "services", i, "description"),
                f"the service {service.name or service.id} has no description",
            )
    if not a.scope.out_of_scope:
        yield _info(
            ("scope", "out_of_scope"),
            "nothing is listed as out of scope; naming what is excluded prevents disputes",
        )
    if not a.scope.support_channels and a.agreement.kind is not AgreementKind.ONBOARDING:
        yield _warning(("scope", "support_channels"), "no support channel: how are requests made?")


def _responsibilities(a: Agreement) -> Iterator[Finding]:
    items = a.responsibilities.items
    if not items:
        yield _warning(("responsibilities", "items"), "no responsibilities for either party")
    for i, duty in enumerate(items):
        loc: Loc = ("responsibilities", "items", i)
        if not duty.owners:
            yield _warning((*loc, "owners"), "the responsibility has no owner: whose duty is it?")
        if not duty.text.strip():
            yield _error((*loc, "text"), "the responsibility is empty")
    owners = {owner for duty in items for owner in duty.owners}
    for i, party in enumerate(a.parties):
        if items and party.id not in owners:
            yield _info(
                ("parties", i),
                f"{party.name or party.id} has no responsibilities; most SLAs bind both sides",
            )
    has_credits = bool(a.consequences.credit_tiers)
    if has_credits and not any(d.kind is ResponsibilityKind.CREDIT_CONDITION for d in items):
        yield _info(
            ("responsibilities", "items"),
            "credits are offered but no customer obligation is a condition for them",
        )
    has_time_objectives = any(o.metric in TIME_METRICS for o in a.service_levels.objectives)
    if has_time_objectives and not a.responsibilities.request_requirements:
        yield _warning(
            ("responsibilities", "request_requirements"),
            "response and resolution times are promised, but nothing says what a request must "
            "contain to start the clock",
        )


def _stricter(internal: Target, target: Target) -> bool:
    if internal.comparator in (Comparator.GTE, Comparator.GT):
        return internal.value > target.value
    return internal.value < target.value


def _objectives(a: Agreement) -> Iterator[Finding]:
    objectives = a.service_levels.objectives
    if not objectives:
        yield _error(
            ("service_levels", "objectives"),
            "no service level objective: an SLA needs at least one measurable target",
        )
    for i, o in enumerate(objectives):
        yield from _objective(a, i, o)


def _objective(a: Agreement, i: int, o: Objective) -> Iterator[Finding]:
    loc: Loc = ("service_levels", "objectives", i)
    name = o.name or o.id
    if not o.name.strip():
        yield _error((*loc, "name"), "the objective has no name")
    if not o.measurement_method.strip():
        yield _warning(
            (*loc, "measurement_method"),
            f"'{name}' does not say how it is measured; without it, attainment can be disputed",
        )
    if not o.data_source.strip():
        yield _warning((*loc, "data_source"), f"'{name}' has no data source")
    if o.metric is MetricKind.AVAILABILITY and not o.downtime_definition.strip():
        yield _warning(
            (*loc, "downtime_definition"),
            f"'{name}' measures availability but does not define downtime",
        )
    if o.responsible_party is None:
        yield _warning(
            (*loc, "responsible_party"), f"'{name}' does not say which party must meet it"
        )
    business_units = [o.target.unit, *(row.target.unit for row in o.priority_targets)]
    if o.calendar is None and any(u.value.startswith("business_") for u in business_units):
        yield _warning(
            (*loc, "calendar"),
            f"'{name}' counts business hours or days but names no business calendar",
        )
    if o.metric in TIME_METRICS and not (o.clock.start.strip() and o.clock.stop.strip()):
        yield _warning(
            (*loc, "clock"), f"'{name}' is a time objective: say when the clock starts and stops"
        )
    if o.internal_target is not None and not _stricter(o.internal_target, o.target):
        yield _warning(
            (*loc, "internal_target"),
            f"the internal target of '{name}' is not stricter than the contractual one",
        )
    if o.priority_targets:
        listed = {row.priority for row in o.priority_targets}
        missing = [p.name or p.id for p in a.service_levels.priorities if p.id not in listed]
        if missing:
            yield _info(
                (*loc, "priority_targets"),
                f"'{name}' has no target for {', '.join(missing)}; the main target applies",
            )


def _limitations(a: Agreement) -> Iterator[Finding]:
    lim = a.limitations
    has_availability = any(o.metric is MetricKind.AVAILABILITY for o in a.service_levels.objectives)
    if has_availability and not lim.exclusions:
        yield _warning(
            ("limitations", "exclusions"),
            "an availability SLA with no exclusions: force majeure, customer-caused outages and "
            "scheduled maintenance would all count against the provider",
        )
    if has_availability and lim.maintenance is None:
        yield _info(
            ("limitations", "maintenance"),
            "no scheduled maintenance window: any maintenance will count as downtime",
        )
    if lim.maintenance is not None:
        if not lim.maintenance.window.strip():
            yield _warning(("limitations", "maintenance", "window"), "maintenance has no window")
        if lim.maintenance.notice is None:
            yield _warning(
                ("limitations", "maintenance", "notice"),
                "scheduled maintenance has no notice period",
            )
    for i, exclusion in enumerate(lim.exclusions):
        if not exclusion.text.strip():
            yield _error(("limitations", "exclusions", i, "text"), "the exclusion is empty")


def _consequences(a: Agreement) -> Iterator[Finding]:
    co = a.consequences
    loc: Loc = ("consequences",)
    if co.credit_tiers:
        if co.credit_cap_percent is None:
            yield _warning(
                (*loc, "credit_cap_percent"),
                "service credits have no cap: total credits could exceed the fee",
            )
        if co.claim.deadline_days is None:
            yield _warning(
                (*loc, "claim", "deadline_days"),
                "service credits are offered but there is no deadline to claim them",
            )
        if not co.claim.required_information:
            yield _info(
                (*loc, "claim", "required_information"),
                "nothing says what a credit claim must include",
            )
        if not co.sole_remedy and a.agreement.kind in (
            AgreementKind.CUSTOMER,
            AgreementKind.VENDOR,
        ):
            yield _info(
                (*loc, "sole_remedy"),
                "credits are not stated to be the sole remedy for missed objectives",
            )
        if a.agreement.kind is AgreementKind.INTERNAL:
            yield _info(
                (*loc, "credit_tiers"),
                "money credits between departments of one company rarely change behaviour; "
                "consider escalation or a review meeting",
            )
    for i, level in enumerate(co.escalation):
        if not (level.contact.name.strip() or level.contact.email.strip() or level.name.strip()):
            yield _warning(
                (*loc, "escalation", i, "contact"),
                "the escalation level names nobody to escalate to",
            )
    nothing = (
        not co.credit_tiers
        and not co.escalation
        and not co.non_monetary
        and not co.remediation_plan.strip()
        and co.chronic_failure is None
    )
    if nothing and a.service_levels.objectives:
        yield _warning(
            loc,
            "nothing happens when an objective is missed: add credits, escalation, a remediation "
            "plan or another consequence",
        )
    if co.chronic_failure is not None and not co.chronic_failure.remedy.strip():
        yield _warning(
            (*loc, "chronic_failure", "remedy"),
            "chronic failure is defined but its remedy (e.g. termination) is not",
        )


def _texts(a: Agreement) -> str:
    """All free text of the agreement except the definitions themselves."""
    data = a.model_dump(mode="json", exclude={"governance": {"definitions"}})
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return "\n".join(out)


def _term_pattern(term: str) -> str:
    """A defined term as a whole word, in the singular or a regular plural."""
    return rf"(?<!\w){re.escape(term)}(?:s|es)?(?!\w)"


def _uses(text: str, term: str) -> bool:
    return re.search(_term_pattern(term), text, flags=re.IGNORECASE) is not None


def _governance(a: Agreement) -> Iterator[Finding]:
    gov = a.governance
    text = _texts(a)
    defined = {d.term.strip().casefold() for d in gov.definitions}
    for i, definition in enumerate(gov.definitions):
        loc: Loc = ("governance", "definitions", i)
        if not definition.meaning.strip():
            yield _error((*loc, "meaning"), f"'{definition.term}' is defined with no meaning")
        if definition.term.strip() and not _uses(text, definition.term.strip()):
            yield _warning(
                (*loc, "term"), f"'{definition.term}' is defined but never used in the agreement"
            )
    for term in _KNOWN_TERMS[a.agreement.language.value]:
        if term.casefold() not in defined and re.search(_term_pattern(term), text):
            yield _warning(
                ("governance", "definitions"),
                f"'{term}' is used as a defined term but has no definition",
            )
    if not gov.change_control.strip():
        yield _info(("governance", "change_control"), "nothing says how the agreement is changed")
    if not gov.reporting.contents:
        yield _info(("governance", "reporting", "contents"), "the reports' contents are not listed")
    for i, clause in enumerate(gov.extra_clauses):
        if not clause.text.strip():
            yield _error(("governance", "extra_clauses", i, "text"), "the clause is empty")


def _signoff(a: Agreement) -> Iterator[Finding]:
    for i, signatory in enumerate(a.signoff.signatories):
        if not signatory.name.strip():
            yield _error(("signoff", "signatories", i, "name"), "the signatory has no name")
        if not signatory.title.strip():
            yield _info(("signoff", "signatories", i, "title"), "the signatory has no job title")
    if not a.signoff.signatories:
        yield _warning(("signoff", "signatories"), "nobody is named to sign the agreement")


# -- Audit log (issue 5): the lifecycle's hash chain, see model/lifecycle.py -------------------


def _audit_log(a: Agreement) -> Iterator[Finding]:
    for severity, problem in history_problems(a):
        maker = _error if severity == "error" else _warning
        yield maker(problem.loc, problem.message)
