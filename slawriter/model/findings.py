"""Readiness: is a valid agreement ready to send? Findings a legal reviewer would raise."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel

from .agreement import (
    Agreement,
    AgreementKind,
    Comparator,
    MetricKind,
    Objective,
    RenewalKind,
    ResponsibilityKind,
    Target,
    VolumeKind,
)
from .lifecycle import history_problems
from .messages import MessageTemplate, Param, Params, render, word
from .rules import TIME_METRICS, rule_violations, shared_terms
from .sections import Loc, Section, Translate, describe, section_of


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class ReadinessMessage(MessageTemplate):
    """What the readiness checks say (English templates; the app translates them)."""

    NO_TITLE = "the agreement has no title"
    CREDIT_CAP_ZERO = (
        "a credit cap of 0 % means no Service Credit is ever paid, whatever the tiers say; "
        "remove the cap or give the most that can be credited"
    )
    SHARED_TERM_SAME_SIDE = (
        "'{party}' and '{other}' are both called \u201c{term}\u201d in the contract, so its "
        "clauses cannot tell them apart; give each party its own defined term"
    )
    NO_DOCUMENT_ID = (
        "no document ID: every page of the contract carries one, so readers can cite it"
    )
    NO_EFFECTIVE_DATE = "no effective date: from when does it apply?"
    NO_TERM_NO_RENEWAL = "no term and no renewal: the agreement runs until a party ends it"
    RENEWAL_WITHOUT_NOTICE = (
        "it renews automatically but says nothing about notice to stop the renewal"
    )
    RENEWAL_WITHOUT_TERM = "it renews, but the initial term has no length"
    PARTY_WITHOUT_NAME = "the party has no name"
    PARTY_WITHOUT_SIGNATORY = "no signatory for {party}: add one in Sign-off"
    PARTY_WITHOUT_CONTACT = "no contact person for {party}"
    PARTY_WITHOUT_ADDRESS = (
        "no address for {party}: a contract names where each party can be served notice"
    )
    PARTIES_SAME_ROLE = "every party is a {role}: who provides the service to whom?"
    NO_SERVICE = "no service in scope: what does the agreement cover?"
    SERVICE_WITHOUT_DESCRIPTION = "the service {service} has no description"
    NOTHING_OUT_OF_SCOPE = (
        "nothing is listed as out of scope; naming what is excluded prevents disputes"
    )
    NO_SUPPORT_CHANNEL = "no support channel: how are requests made?"
    NO_RESPONSIBILITIES = "no responsibilities for either party"
    RESPONSIBILITY_WITHOUT_OWNER = "the responsibility has no owner: whose duty is it?"
    RESPONSIBILITY_EMPTY = "the responsibility is empty"
    PARTY_WITHOUT_RESPONSIBILITIES = "{party} has no responsibilities; most SLAs bind both sides"
    CREDITS_WITHOUT_CONDITION = (
        "credits are offered but no customer obligation is a condition for them"
    )
    NO_REQUEST_REQUIREMENTS = (
        "response and resolution times are promised, but nothing says what a request must "
        "contain to start the clock"
    )
    NO_OBJECTIVE = "no service level objective: an SLA needs at least one measurable target"
    OBJECTIVE_WITHOUT_NAME = "the objective has no name"
    NO_MEASUREMENT_METHOD = (
        "'{objective}' does not say how it is measured; without it, attainment can be disputed"
    )
    NO_DATA_SOURCE = "'{objective}' has no data source"
    NO_DOWNTIME_DEFINITION = "'{objective}' measures availability but does not define downtime"
    NO_RESPONSIBLE_PARTY = "'{objective}' does not say which party must meet it"
    NO_BUSINESS_CALENDAR = (
        "'{objective}' counts business hours or days but names no business calendar"
    )
    NO_CLOCK_RULES = "'{objective}' is a time objective: say when the clock starts and stops"
    INTERNAL_TARGET_NOT_STRICTER = (
        "the internal target of '{objective}' is not stricter than the contractual one"
    )
    PRIORITIES_WITHOUT_TARGET = (
        "'{objective}' has no target for {priorities}; the main target applies"
    )
    NO_EXCLUSIONS = (
        "an availability SLA with no exclusions: force majeure, customer-caused outages and "
        "scheduled maintenance would all count against the provider"
    )
    NO_MAINTENANCE_WINDOW = (
        "no scheduled maintenance window: any maintenance will count as downtime"
    )
    MAINTENANCE_WITHOUT_WINDOW = "maintenance has no window"
    MAINTENANCE_WITHOUT_NOTICE = "scheduled maintenance has no notice period"
    EXCLUSION_EMPTY = "the exclusion is empty"
    NO_CREDIT_CAP = "service credits have no cap: total credits could exceed the fee"
    NO_CLAIM_DEADLINE = "service credits are offered but there is no deadline to claim them"
    NO_CLAIM_CONTENTS = "nothing says what a credit claim must include"
    CREDITS_NOT_SOLE_REMEDY = "credits are not stated to be the sole remedy for missed objectives"
    INTERNAL_CREDITS = (
        "money credits between departments of one company rarely change behaviour; "
        "consider escalation or a review meeting"
    )
    ESCALATION_TO_NOBODY = "the escalation level names nobody to escalate to"
    ESCALATION_WITHOUT_THRESHOLD = (
        "the escalation level does not say when to escalate: set a time or a share of the "
        "time allowed"
    )
    CAPACITY_SUSPENDS_NOTHING = (
        "'{objective}' is a capacity but suspends no target: tickets above it are still "
        "measured against every target"
    )
    CREDITS_NOT_APPLIED_BY = "nothing says how soon an accepted credit is applied"
    NO_CONSEQUENCES = (
        "nothing happens when an objective is missed: add credits, escalation, a remediation "
        "plan or another consequence"
    )
    CHRONIC_FAILURE_WITHOUT_REMEDY = (
        "chronic failure is defined but its remedy (e.g. termination) is not"
    )
    DEFINITION_WITHOUT_MEANING = "'{term}' is defined with no meaning"
    DEFINITION_UNUSED = "'{term}' is defined but never used in the agreement"
    TERM_NOT_DEFINED = "'{term}' is used as a defined term but has no definition"
    NO_CHANGE_CONTROL = "nothing says how the agreement is changed"
    NO_REPORT_CONTENTS = "the reports' contents are not listed"
    CLAUSE_EMPTY = "the clause is empty"
    SIGNATORY_WITHOUT_NAME = "the signatory has no name"
    SIGNATORY_WITHOUT_TITLE = "the signatory has no job title"
    NO_SIGNATORIES = "nobody is named to sign the agreement"
    BRACES_PRINTED = (
        "the clause writes {placeholder}, but “Uses placeholders” is off, so the contract prints "
        "the braces as they are written; switch it on for the agreement's value"
    )
    DIRECTION_CONTROLS = (
        "the text holds invisible direction controls ({controls}), which make the contract show "
        "it in another order than it is written; remove them unless a right-to-left name needs "
        "them"
    )


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to fix or consider before the agreement goes out: a template and its values."""

    severity: Severity
    section: Section
    loc: Loc
    template: MessageTemplate
    params: Params = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """The English text."""
        return render(self.template, self.params)

    def where(self, agreement: Agreement | None = None, translate: Translate | None = None) -> str:
        """The place, e.g. ``Scope › Services in scope › Service 1 “Hosting”``.

        ``translate`` turns the model's words (section labels, field titles, nouns) into the UI
        language; names the user typed stay as they are.
        """
        return describe(self.loc, agreement, translate)


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
        Finding(Severity.ERROR, section_of(p.loc), p.loc, p.template, p.params)
        for p in rule_violations(agreement)
    ]
    findings.extend(_checks(agreement))
    order = list(Section)
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    findings.sort(key=lambda f: (rank[f.severity], order.index(f.section)))
    return findings


def _finding(severity: Severity, loc: Loc, template: MessageTemplate, params: Params) -> Finding:
    return Finding(severity, section_of(loc), loc, template, params)


def _error(loc: Loc, template: MessageTemplate, **params: Param) -> Finding:
    return _finding(Severity.ERROR, loc, template, params)


def _warning(loc: Loc, template: MessageTemplate, **params: Param) -> Finding:
    return _finding(Severity.WARNING, loc, template, params)


def _info(loc: Loc, template: MessageTemplate, **params: Param) -> Finding:
    return _finding(Severity.INFO, loc, template, params)


M = ReadinessMessage


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
    yield from _direction_controls(a)
    yield from _braces_printed(a)


def _identity(a: Agreement) -> Iterator[Finding]:
    info = a.agreement
    if not info.title.strip():
        yield _error(("agreement", "title"), M.NO_TITLE)
    if not info.document_id.strip():
        yield _warning(
            ("agreement", "document_id"),
            M.NO_DOCUMENT_ID,
        )
    if info.effective_date is None:
        yield _error(("agreement", "effective_date"), M.NO_EFFECTIVE_DATE)
    term = info.term
    if term.months is None and term.renewal is RenewalKind.NONE:
        yield _info(
            ("agreement", "term", "months"),
            M.NO_TERM_NO_RENEWAL,
        )
    if term.renewal is RenewalKind.AUTOMATIC and term.notice_days is None:
        yield _warning(
            ("agreement", "term", "notice_days"),
            M.RENEWAL_WITHOUT_NOTICE,
        )
    if term.renewal is not RenewalKind.NONE and term.months is None:
        yield _warning(
            ("agreement", "term", "months"),
            M.RENEWAL_WITHOUT_TERM,
        )


def _parties(a: Agreement) -> Iterator[Finding]:
    signing_parties = {s.party for s in a.signoff.signatories}
    for i, party in enumerate(a.parties):
        loc: Loc = ("parties", i)
        name = party.name or party.id
        if not party.name.strip():
            yield _error((*loc, "name"), M.PARTY_WITHOUT_NAME)
        if party.id not in signing_parties:
            yield _warning(loc, M.PARTY_WITHOUT_SIGNATORY, party=name)
        if not party.contacts and not party.representatives:
            yield _info((*loc, "contacts"), M.PARTY_WITHOUT_CONTACT, party=name)
        if a.agreement.kind in (AgreementKind.CUSTOMER, AgreementKind.VENDOR) and not (
            party.address.strip()
        ):
            yield _warning(
                (*loc, "address"),
                M.PARTY_WITHOUT_ADDRESS,
                party=name,
            )
    for i, j, shown in shared_terms(a):
        if a.parties[j].role is a.parties[i].role:
            yield _warning(
                ("parties", i, "term"),
                M.SHARED_TERM_SAME_SIDE,
                party=a.parties[i].name or a.parties[i].id,
                other=a.parties[j].name or a.parties[j].id,
                term=shown,
            )
    roles = {p.role for p in a.parties}
    if len(a.parties) >= 2 and len(roles) == 1:
        yield _warning(
            ("parties",),
            M.PARTIES_SAME_ROLE,
            role=word(next(iter(roles))),
        )


def _scope(a: Agreement) -> Iterator[Finding]:
    if not a.scope.services:
        yield _error(("scope", "services"), M.NO_SERVICE)
    for i, service in enumerate(a.scope.services):
        if not service.description.strip():
            yield _warning(
                ("scope", "services", i, "description"),
                M.SERVICE_WITHOUT_DESCRIPTION,
                service=service.name or service.id,
            )
    if not a.scope.out_of_scope:
        yield _info(
            ("scope", "out_of_scope"),
            M.NOTHING_OUT_OF_SCOPE,
        )
    if not a.scope.support_channels and a.agreement.kind is not AgreementKind.ONBOARDING:
        yield _warning(("scope", "support_channels"), M.NO_SUPPORT_CHANNEL)


def _responsibilities(a: Agreement) -> Iterator[Finding]:
    items = a.responsibilities.items
    if not items:
        yield _warning(("responsibilities", "items"), M.NO_RESPONSIBILITIES)
    for i, duty in enumerate(items):
        loc: Loc = ("responsibilities", "items", i)
        if not duty.owners:
            yield _warning((*loc, "owners"), M.RESPONSIBILITY_WITHOUT_OWNER)
        if not duty.text.strip():
            yield _error((*loc, "text"), M.RESPONSIBILITY_EMPTY)
    owners = {owner for duty in items for owner in duty.owners}
    for i, party in enumerate(a.parties):
        if items and party.id not in owners:
            yield _info(
                ("parties", i),
                M.PARTY_WITHOUT_RESPONSIBILITIES,
                party=party.name or party.id,
            )
    has_credits = bool(a.consequences.credit_tiers)
    if has_credits and not any(d.kind is ResponsibilityKind.CREDIT_CONDITION for d in items):
        yield _info(
            ("responsibilities", "items"),
            M.CREDITS_WITHOUT_CONDITION,
        )
    has_time_objectives = any(o.metric in TIME_METRICS for o in a.service_levels.objectives)
    if has_time_objectives and not a.responsibilities.request_requirements:
        yield _warning(
            ("responsibilities", "request_requirements"),
            M.NO_REQUEST_REQUIREMENTS,
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
            M.NO_OBJECTIVE,
        )
    for i, o in enumerate(objectives):
        yield from _objective(a, i, o)


def _objective(a: Agreement, i: int, o: Objective) -> Iterator[Finding]:
    loc: Loc = ("service_levels", "objectives", i)
    name = o.name or o.id
    if not o.name.strip():
        yield _error((*loc, "name"), M.OBJECTIVE_WITHOUT_NAME)
    if not o.measurement_method.strip():
        yield _warning(
            (*loc, "measurement_method"),
            M.NO_MEASUREMENT_METHOD,
            objective=name,
        )
    if not o.data_source.strip():
        yield _warning((*loc, "data_source"), M.NO_DATA_SOURCE, objective=name)
    if o.metric is MetricKind.AVAILABILITY and not o.downtime_definition.strip():
        yield _warning(
            (*loc, "downtime_definition"),
            M.NO_DOWNTIME_DEFINITION,
            objective=name,
        )
    if o.responsible_party is None:
        yield _warning((*loc, "responsible_party"), M.NO_RESPONSIBLE_PARTY, objective=name)
    business_units = [
        o.target.unit,
        *(row.target.unit for row in o.priority_targets if row.target is not None),
    ]
    if o.calendar is None and any(u.value.startswith("business_") for u in business_units):
        yield _warning(
            (*loc, "calendar"),
            M.NO_BUSINESS_CALENDAR,
            objective=name,
        )
    if o.metric in TIME_METRICS and not (o.clock.start.strip() and o.clock.stop.strip()):
        yield _warning((*loc, "clock"), M.NO_CLOCK_RULES, objective=name)
    if o.internal_target is not None and not _stricter(o.internal_target, o.target):
        yield _warning(
            (*loc, "internal_target"),
            M.INTERNAL_TARGET_NOT_STRICTER,
            objective=name,
        )
    if o.volume is VolumeKind.CAPACITY and not o.suspended_above_capacity:
        yield _info((*loc, "suspended_above_capacity"), M.CAPACITY_SUSPENDS_NOTHING, objective=name)
    if o.priority_targets:
        listed = {row.priority for row in o.priority_targets}
        missing = [p.name or p.id for p in a.service_levels.priorities if p.id not in listed]
        if missing:
            yield _info(
                (*loc, "priority_targets"),
                M.PRIORITIES_WITHOUT_TARGET,
                objective=name,
                priorities=", ".join(missing),
            )


def _limitations(a: Agreement) -> Iterator[Finding]:
    lim = a.limitations
    has_availability = any(o.metric is MetricKind.AVAILABILITY for o in a.service_levels.objectives)
    if has_availability and not lim.exclusions:
        yield _warning(
            ("limitations", "exclusions"),
            M.NO_EXCLUSIONS,
        )
    if has_availability and lim.maintenance is None:
        yield _info(
            ("limitations", "maintenance"),
            M.NO_MAINTENANCE_WINDOW,
        )
    if lim.maintenance is not None:
        if not lim.maintenance.window.strip():
            yield _warning(("limitations", "maintenance", "window"), M.MAINTENANCE_WITHOUT_WINDOW)
        if lim.maintenance.notice is None:
            yield _warning(
                ("limitations", "maintenance", "notice"),
                M.MAINTENANCE_WITHOUT_NOTICE,
            )
    for i, exclusion in enumerate(lim.exclusions):
        if not exclusion.text.strip():
            yield _error(("limitations", "exclusions", i, "text"), M.EXCLUSION_EMPTY)


def _consequences(a: Agreement) -> Iterator[Finding]:
    co = a.consequences
    loc: Loc = ("consequences",)
    if co.credit_tiers:
        if co.credit_cap_percent is None and co.credit_cap_term_percent is None:
            yield _warning(
                (*loc, "credit_cap_percent"),
                M.NO_CREDIT_CAP,
            )
        for field_name in ("credit_cap_percent", "credit_cap_term_percent"):
            if getattr(co, field_name) == 0:
                # A cap of 0 % takes back every credit the tiers promise.
                yield _warning((*loc, field_name), M.CREDIT_CAP_ZERO)
        if co.claim.deadline_days is None:
            yield _warning(
                (*loc, "claim", "deadline_days"),
                M.NO_CLAIM_DEADLINE,
            )
        if not co.claim.required_information:
            yield _info(
                (*loc, "claim", "required_information"),
                M.NO_CLAIM_CONTENTS,
            )
        if co.claim.applied_within_days is None:
            yield _info((*loc, "claim", "applied_within_days"), M.CREDITS_NOT_APPLIED_BY)
        if not co.sole_remedy and a.agreement.kind in (
            AgreementKind.CUSTOMER,
            AgreementKind.VENDOR,
        ):
            yield _info(
                (*loc, "sole_remedy"),
                M.CREDITS_NOT_SOLE_REMEDY,
            )
        if a.agreement.kind is AgreementKind.INTERNAL:
            yield _info(
                (*loc, "credit_tiers"),
                M.INTERNAL_CREDITS,
            )
    for i, level in enumerate(co.escalation):
        if not (level.contact.name.strip() or level.contact.email.strip() or level.name.strip()):
            yield _warning(
                (*loc, "escalation", i, "contact"),
                M.ESCALATION_TO_NOBODY,
            )
        if level.after is None and level.at_percent is None:
            yield _info((*loc, "escalation", i, "after"), M.ESCALATION_WITHOUT_THRESHOLD)
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
            M.NO_CONSEQUENCES,
        )
    if co.chronic_failure is not None and not co.chronic_failure.remedy.strip():
        yield _warning(
            (*loc, "chronic_failure", "remedy"),
            M.CHRONIC_FAILURE_WITHOUT_REMEDY,
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


# Words of a Spanish term that never take a plural: "Tiempo de Respuesta" → "Tiempos de Respuesta".
_ES_FIXED = frozenset(
    {"a", "al", "con", "de", "del", "el", "en", "la", "las", "los", "para", "por", "y"}
)
_ES_UNACCENTED = str.maketrans("áéíóú", "aeiou")


def _english_forms(word: str) -> list[str]:
    """``word`` and its regular English plurals: Day/Days, Class/Classes, Party/Parties."""
    forms = [word, word + "s", word + "es"]
    if len(word) > 1 and word[-1] in "yY" and word[-2].lower() not in "aeiou":
        forms.append(word[:-1] + ("ies" if word[-1] == "y" else "IES"))
    return forms


def _spanish_forms(word: str) -> list[str]:
    """``word`` and its regular Spanish plurals: Día/Días, Hábil/Hábiles, Resolución/Resoluciones,
    Vez/Veces (a stressed last syllable loses its written accent in the plural)."""
    if word.casefold() in _ES_FIXED:
        return [word]
    forms = [word, word + "s", word + "es"]
    last = word[-1:]
    if last.lower() in "áéíóú" or len(word) < 2:
        return forms
    if word[-2].lower() in "áéíóú":  # Resolución → Resoluciones, Interés → Intereses
        forms.append(word[:-2] + word[-2].translate(_ES_UNACCENTED) + word[-1] + "es")
    if last in "zZ":
        forms.append(word[:-1] + "ces")
    return forms


def _term_pattern(term: str, language: str = "en") -> str:
    """A defined term as whole words, in the singular or an inflected plural: in English the last
    word takes the plural ("Business Days"), in Spanish every word but the small ones ("Días
    Hábiles", "Créditos de Servicio"). Words may be separated by any white space."""
    pieces = term.split()
    if not pieces:
        return r"(?!)"
    parts: list[str] = []
    for index, piece in enumerate(pieces):
        if language == "es":
            forms = _spanish_forms(piece)
        elif index == len(pieces) - 1:
            forms = _english_forms(piece)
        else:
            forms = [piece]
        unique = sorted(set(forms), key=len, reverse=True)
        parts.append("(?:" + "|".join(re.escape(f) for f in unique) + ")")
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


def _uses(text: str, term: str, language: str = "en") -> bool:
    return re.search(_term_pattern(term, language), text, flags=re.IGNORECASE) is not None


def _governance(a: Agreement) -> Iterator[Finding]:
    gov = a.governance
    text = _texts(a)
    defined = {d.term.strip().casefold() for d in gov.definitions}
    language = a.agreement.language.value
    for i, definition in enumerate(gov.definitions):
        loc: Loc = ("governance", "definitions", i)
        if not definition.meaning.strip():
            yield _error((*loc, "meaning"), M.DEFINITION_WITHOUT_MEANING, term=definition.term)
        if definition.term.strip() and not _uses(text, definition.term.strip(), language):
            yield _warning((*loc, "term"), M.DEFINITION_UNUSED, term=definition.term)
    for term in _KNOWN_TERMS[language]:
        if term.casefold() not in defined and re.search(_term_pattern(term, language), text):
            yield _warning(
                ("governance", "definitions"),
                M.TERM_NOT_DEFINED,
                term=term,
            )
    if not gov.change_control.strip():
        yield _info(("governance", "change_control"), M.NO_CHANGE_CONTROL)
    if not gov.reporting.contents:
        yield _info(("governance", "reporting", "contents"), M.NO_REPORT_CONTENTS)
    for i, clause in enumerate(gov.extra_clauses):
        if not clause.text.strip():
            yield _error(("governance", "extra_clauses", i, "text"), M.CLAUSE_EMPTY)


def _signoff(a: Agreement) -> Iterator[Finding]:
    for i, signatory in enumerate(a.signoff.signatories):
        if not signatory.name.strip():
            yield _error(("signoff", "signatories", i, "name"), M.SIGNATORY_WITHOUT_NAME)
        if not signatory.title.strip():
            yield _info(("signoff", "signatories", i, "title"), M.SIGNATORY_WITHOUT_TITLE)
    if not a.signoff.signatories:
        yield _warning(("signoff", "signatories"), M.NO_SIGNATORIES)


# -- Audit log (issue 5): the lifecycle's hash chain, see model/lifecycle.py -------------------


def _audit_log(a: Agreement) -> Iterator[Finding]:
    for severity, problem in history_problems(a):
        yield _finding(
            Severity.ERROR if severity == "error" else Severity.WARNING,
            problem.loc,
            problem.template,
            problem.params,
        )


# Unicode's explicit embeddings, overrides and isolates (UAX #9): text with them can be shown in
# another order than it is stored ("Trojan Source"), so what a reviewer reads in the file or a
# diff is not what the contract shows. Marks (LRM, RLM) only nudge neutral characters: left alone.
DIRECTION_CONTROLS: dict[str, str] = {
    "\u202a": "U+202A LEFT-TO-RIGHT EMBEDDING",
    "\u202b": "U+202B RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "U+202C POP DIRECTIONAL FORMATTING",
    "\u202d": "U+202D LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "U+202E RIGHT-TO-LEFT OVERRIDE",
    "\u2066": "U+2066 LEFT-TO-RIGHT ISOLATE",
    "\u2067": "U+2067 RIGHT-TO-LEFT ISOLATE",
    "\u2068": "U+2068 FIRST STRONG ISOLATE",
    "\u2069": "U+2069 POP DIRECTIONAL ISOLATE",
}
DIRECTION_RE = re.compile("[" + "".join(DIRECTION_CONTROLS) + "]")
"""Any of :data:`DIRECTION_CONTROLS` (the contract isolates text that holds one)."""


def _strings_in(node: object, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(node, str):
        yield loc, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _strings_in(getattr(node, name), (*loc, name))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _strings_in(item, (*loc, index))


def _direction_controls(a: Agreement) -> Iterator[Finding]:
    """Text that shows in another order than it is written: a warning at the field."""
    for loc, text in _strings_in(a, ()):
        if loc[:2] == ("signoff", "history"):
            continue  # the audit log is what it is; its entries are never printed as clauses
        found = sorted(set(DIRECTION_RE.findall(text)))
        if found:
            names = ", ".join(DIRECTION_CONTROLS[c] for c in found)
            yield _warning(loc, M.DIRECTION_CONTROLS, controls=names)


def _braces_printed(a: Agreement) -> Iterator[Finding]:
    """A clause that names a known placeholder while it does not read placeholders (a library
    clause written by hand without the flag, say): the braces would reach the contract."""
    from .clauses import PLACEHOLDERS, Placeholder, parse

    for index, clause in enumerate(a.governance.extra_clauses):
        if clause.placeholders:
            continue
        named = [
            str(part)
            for text in (clause.title, clause.text)
            for part in parse(text)
            if isinstance(part, Placeholder) and part.name in PLACEHOLDERS
        ]
        if named:
            loc: Loc = ("governance", "extra_clauses", index, "placeholders")
            yield _warning(loc, M.BRACES_PRINTED, placeholder=named[0])
