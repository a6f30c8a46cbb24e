"""What the contract template sees: the agreement, a formatter, and facts worked out in advance.

Templates decide the words; this module decides which sections exist (so the table of contents
and the headings agree on numbers) and looks up what IDs refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..model.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    BusinessCalendar,
    ClausePlacement,
    CreditTier,
    ExclusionKind,
    Objective,
    Party,
    PartyRole,
    Responsibility,
    ResponsibilityKind,
    TargetUnit,
    VolumeKind,
    WorkingPeriod,
)
from ..model.findings import DIRECTION_RE
from .formatting import Formatter
from .i18n import N_

FORMAL = "formal"
INTERNAL = "internal"
STYLES = (FORMAL, INTERNAL)


def default_style(agreement: Agreement) -> str:
    """Formal contract for customers, vendors and partners; plainer look for internal ones."""
    kind = agreement.agreement.kind
    return INTERNAL if kind in (AgreementKind.INTERNAL, AgreementKind.ONBOARDING) else FORMAL


@dataclass(frozen=True, slots=True)
class SectionRef:
    """A numbered top-level section of the contract."""

    key: str
    number: str
    title: str

    @property
    def anchor(self) -> str:
        return f"s-{self.key}"


class Numbering:
    """Clause numbers inside one section: ``next()`` gives 3.1, 3.2…; ``sub()`` gives 3.2.1…"""

    def __init__(self, section: str) -> None:
        self.section = section
        self.clause = 0
        self.subclause = 0

    def next(self) -> str:
        self.clause += 1
        self.subclause = 0
        return f"{self.section}.{self.clause}"

    def sub(self) -> str:
        self.subclause += 1
        return f"{self.section}.{self.clause}.{self.subclause}"


@dataclass(slots=True)
class DutyGroup:
    owners: list[Party]
    duties: list[Responsibility] = field(default_factory=list)


_SECTION_TITLES = {
    "definitions": N_("Definitions and interpretation"),
    "parties": N_("Parties, purpose and term"),
    "scope": N_("Scope of the services"),
    "responsibilities": N_("Responsibilities of the parties"),
    "levels": N_("Service levels"),
    "limitations": N_("Limitations and exclusions"),
    "consequences": N_("Service credits and remedies"),
    "consequences_internal": N_("Consequences of missed objectives"),
    "governance": N_("Reporting, review and change"),
    "additional": N_("Additional terms"),
    "signatures": N_("Signatures"),
}

ROMAN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def paragraphs(text: str) -> list[list[str]]:
    """Free text as paragraphs of lines: a blank line starts a paragraph, a newline a line."""
    blocks = re.split(r"\n[ \t]*\n", text.strip().replace("\r\n", "\n"))
    return [block.split("\n") for block in blocks if block.strip()]


def item_letter(index: int) -> str:
    """(a), (b)… (z), (aa)… for list items inside clauses."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = ROMAN_LETTERS[rest] + letters
    return f"({letters})"


def _sections(a: Agreement, fmt: Formatter) -> list[SectionRef]:
    lim = a.limitations
    con = a.consequences
    placed = {
        place.value: [c for c in a.governance.extra_clauses if c.placement is place]
        for place in ClausePlacement
    }
    present = {
        "definitions": True,
        "parties": True,
        "scope": True,
        "responsibilities": bool(
            a.responsibilities.items or a.responsibilities.request_requirements
        ),
        "levels": bool(
            a.service_levels.objectives or a.service_levels.calendars or a.service_levels.priorities
        ),
        "limitations": bool(
            lim.maintenance
            or lim.exclusions
            or lim.usage_limits
            or lim.standards
            or placed["limitations"]
        ),
        "consequences": bool(
            con.credit_tiers
            or con.credit_cap_percent is not None
            or con.monthly_fee is not None
            or con.sole_remedy
            or con.escalation
            or con.remediation_plan.strip()
            or con.chronic_failure
            or con.non_monetary
            or con.claim.deadline_days is not None
            or con.claim.required_information
            or placed["consequences"]
        ),
        "governance": True,
        "additional": bool(placed["additional"]),
        "signatures": True,
    }
    refs: list[SectionRef] = []
    for key, on in present.items():
        if not on:
            continue
        title_key = key
        if key == "consequences" and not (con.credit_tiers or con.monthly_fee is not None):
            title_key = "consequences_internal"
        refs.append(SectionRef(key, str(len(refs) + 1), fmt.gettext(_SECTION_TITLES[title_key])))
    return refs


def _duty_groups(a: Agreement, kind: ResponsibilityKind) -> list[DutyGroup]:
    parties = {p.id: p for p in a.parties}
    groups: dict[tuple[str, ...], DutyGroup] = {}
    for duty in a.responsibilities.items:
        if duty.kind is not kind:
            continue
        key = tuple(duty.owners)
        if key not in groups:
            owners = [parties[o] for o in duty.owners if o in parties]
            groups[key] = DutyGroup(owners)
        groups[key].duties.append(duty)
    return list(groups.values())


def calendar_hours(calendar: BusinessCalendar, fmt: Formatter) -> list[str]:
    """Working hours with consecutive days of equal hours run together: "Monday to Friday, …"."""
    by_day: dict[str, list[WorkingPeriod]] = {}
    order: list[Any] = []
    for period in calendar.hours:
        if period.weekday not in by_day:
            by_day[period.weekday] = []
            order.append(period.weekday)
        by_day[period.weekday].append(period)
    from ..model.agreement import Weekday

    days = [d for d in Weekday if d in by_day]
    runs: list[tuple[list[Any], str]] = []
    for day in days:
        spans = fmt.join(
            [
                f"{fmt.time(p.start)}–{fmt.time(p.end)}"
                for p in sorted(by_day[day], key=lambda p: p.start)
            ]
        )
        week = list(Weekday)
        if runs and runs[-1][1] == spans and week.index(runs[-1][0][-1]) + 1 == week.index(day):
            runs[-1][0].append(day)
        else:
            runs.append(([day], spans))
    lines = []
    for run_days, spans in runs:
        if len(run_days) >= 3:
            who = fmt.gettext("%(first)s to %(last)s") % {
                "first": fmt.weekday(run_days[0]),
                "last": fmt.weekday(run_days[-1]),
            }
        else:
            who = fmt.join([fmt.weekday(d) for d in run_days])
        lines.append(f"{who}: {spans}")
    return lines


def item_end(item: str, last: bool) -> str:
    """The punctuation that closes a list item, unless the item brings its own."""
    if item.rstrip().endswith((".", ";", ":", "!", "?", "…")):
        return ""
    return "." if last else ";"


def currency_name(code: str, language: str) -> str:
    from babel.numbers import get_currency_name

    return f"{get_currency_name(code, count=2, locale=language)} ({code})"


STANDARD_EXCLUSIONS = {
    ExclusionKind.SCHEDULED_MAINTENANCE: N_(
        "maintenance carried out in accordance with the scheduled maintenance clause"
    ),
    ExclusionKind.FORCE_MAJEURE: N_(
        "events beyond the reasonable control of the party concerned, such as natural "
        "disasters, war, epidemics, general strikes or acts of public authorities"
    ),
    ExclusionKind.CUSTOMER_CAUSED: N_(
        "acts or omissions of %(customer)s or its users, including use of the Services "
        "contrary to this Agreement or to the instructions of %(provider)s"
    ),
    ExclusionKind.THIRD_PARTY: N_(
        "equipment, software or services that %(provider)s neither supplies nor controls"
    ),
    ExclusionKind.INTERNET: N_(
        "failures of the public internet or of telecommunication networks outside the "
        "control of %(provider)s"
    ),
    ExclusionKind.PREVIEW_FEATURES: N_(
        "features identified as preview, beta or trial, which carry no service level"
    ),
    ExclusionKind.SUSPENSION: N_(
        "a suspension of the Services that this Agreement or the Master Agreement permits"
    ),
    ExclusionKind.OTHER: N_("other circumstances agreed in writing by the parties"),
}


def country_name(code: str, language: str) -> str:
    from babel import Locale

    if not code:
        return ""
    name = Locale.parse(language).territories.get(code)
    return str(name) if name else code


_DEFAULT_TERMS = {
    AgreementKind.INTERNAL: (N_("the Service Team"), N_("the Requesting Team")),
    AgreementKind.ONBOARDING: (N_("the Company"), N_("the New Hire")),
}
_STANDARD_TERMS = (N_("the Provider"), N_("the Customer"))
_ARTICLES = {"en": ("the ",), "es": ("el ", "la ", "los ", "las ")}


@dataclass(frozen=True, slots=True)
class PartyTerm:
    """A side's defined term as the contract uses it: "the Customer", "la Nueva Incorporación".

    ``str()`` is the term inside a sentence; ``cap`` starts a sentence with it; ``article`` and
    ``noun`` split it where the parties clause defines it: the “Customer”.
    """

    text: str
    language: str

    def __str__(self) -> str:
        return self.text

    @property
    def cap(self) -> str:
        return self.text[:1].upper() + self.text[1:]

    @property
    def article(self) -> str:
        lowered = self.text.lower()
        for article in _ARTICLES.get(self.language, ()):
            if lowered.startswith(article) and len(self.text) > len(article):
                return self.text[: len(article)]
        return ""

    @property
    def noun(self) -> str:
        return self.text[len(self.article) :]

    @property
    def label(self) -> str:
        """The term as a heading: "Customer", "New Hire", "IT"."""
        noun = self.noun
        return noun[:1].upper() + noun[1:]


@dataclass(frozen=True, slots=True)
class PartyTerms:
    provider: PartyTerm
    customer: PartyTerm
    partner: PartyTerm

    def of(self, party: Party) -> PartyTerm:
        if party.term.strip():
            return PartyTerm(party.term.strip(), self.provider.language)
        if party.role is PartyRole.PARTNER:
            return self.partner
        return self.provider if party.role is PartyRole.PROVIDER else self.customer


def party_terms(a: Agreement, fmt: Formatter) -> PartyTerms:
    """The agreement's defined terms for each side, else the defaults for its kind."""
    language = a.agreement.language.value
    provider, customer = _DEFAULT_TERMS.get(a.agreement.kind, _STANDARD_TERMS)
    chosen = a.agreement.party_terms

    def side(role: PartyRole, term: str, default: str) -> PartyTerm:
        if term.strip():
            return PartyTerm(term.strip(), language)
        # A side of one party that has its own term: the clauses speak of it by that term, or
        # they would use a term ("the Provider") that the contract never defines.
        members = [p for p in a.parties if p.role is role]
        if len(members) == 1 and members[0].term.strip():
            return PartyTerm(members[0].term.strip(), language)
        return PartyTerm(fmt.gettext(default), language)

    return PartyTerms(
        side(PartyRole.PROVIDER, chosen.provider, provider),
        side(PartyRole.CUSTOMER, chosen.customer, customer),
        PartyTerm(fmt.gettext(N_("the Partner")), language),
    )


@dataclass(frozen=True, slots=True)
class PlacedClause:
    """A clause as the contract prints it: its placeholders filled in."""

    id: str
    title: str
    text: str


def clause_values(a: Agreement, fmt: Formatter, terms: PartyTerms) -> dict[str, str]:
    """The values of the clause placeholders without an ID, formatted as the contract does."""
    info = a.agreement
    con = a.consequences

    def first_name(role: PartyRole) -> str:
        return next((p.name.strip() for p in a.parties if p.role is role and p.name.strip()), "")

    values = {
        "provider": str(terms.provider),
        "customer": str(terms.customer),
        "provider_name": first_name(PartyRole.PROVIDER),
        "customer_name": first_name(PartyRole.CUSTOMER),
        "effective_date": fmt.date(info.effective_date) if info.effective_date else "",
        "term": fmt.months(info.term.months) if info.term.months else "",
        "notice": fmt.days(info.term.notice_days) if info.term.notice_days is not None else "",
        "claim_deadline": (
            fmt.days(con.claim.deadline_days) if con.claim.deadline_days is not None else ""
        ),
        "credit_cap": (
            fmt.percent(con.credit_cap_percent) if con.credit_cap_percent is not None else ""
        ),
        "monthly_fee": fmt.money(con.monthly_fee) if con.monthly_fee is not None else "",
    }
    return {name: value for name, value in values.items() if value}


# Placeholders whose value is a phrase of the contract's own ("the Provider", "at most 1
# business day"), written with a capital where a sentence starts; names (a party's legal name, an
# objective's) are written exactly as given.
_PHRASES = frozenset(
    {
        "provider",
        "customer",
        "effective_date",
        "term",
        "notice",
        "claim_deadline",
        "credit_cap",
        "monthly_fee",
        "target",
    }
)
_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n\s*)\Z")
# Spanish joins "a"/"de" with the article "el" ("al Proveedor", "del Proveedor"); not before a
# name that starts with "El" (proper names keep their article: "de El Corte Inglés").
_ES_CONTRACTIONS = {"a": "al", "de": "del", "A": "Al", "De": "Del", "DE": "DEL"}
_ES_BEFORE_EL = re.compile(r"(?<!\w)(a|de|A|De|DE)(\s+)\Z")


def _fitted(before: str, name: str, value: str, language: str) -> tuple[str, str]:
    """``before`` (the clause so far) and ``value`` as they read joined: the Spanish
    contraction of "a el"/"de el", a capital where a sentence starts."""
    if language == "es" and value.startswith("el "):
        joined = _ES_BEFORE_EL.search(before)
        if joined is not None:
            before = before[: joined.start(1)]
            value = _ES_CONTRACTIONS[joined.group(1)] + value[2:]
            return before, value
    if name in _PHRASES and _SENTENCE_START.search(before):
        value = value[:1].upper() + value[1:]
    return before, value


def fill_placeholders(text: str, a: Agreement, values: dict[str, str], fmt: Formatter) -> str:
    """``text`` with each placeholder replaced by its value, in one pass: a value is text and
    is never read for placeholders again. What has no value stays as the author wrote it.

    A value reads as the sentence around it needs: a phrase of the contract's own ("the
    Provider") starts with a capital where a sentence starts, and in Spanish "a"/"de" before
    "el Proveedor" become "al"/"del Proveedor"."""
    from ..model.clauses import Lone, Placeholder, parse, target_of

    objectives = {o.id: o for o in a.service_levels.objectives}
    written = ""
    for part in parse(text):
        if isinstance(part, Lone):
            written += part.brace
        elif isinstance(part, Placeholder):
            objective = objectives.get(part.value)
            if part.name == "objective" and objective is not None:
                value = objective.name or objective.id
            elif part.name == "target" and objective is not None:
                target = target_of(objective, part.priority)
                if target is None:  # refused by the rules (clause_problems); never guessed
                    written += str(part)
                    continue
                if objective.volume is VolumeKind.CAPACITY and not part.priority:
                    value = fmt.gettext("up to %(quantity)s (capacity)") % {
                        "quantity": fmt.quantity(target)
                    }
                else:
                    value = fmt.target(target)
            elif not part.value and part.name in values:
                value = values[part.name]
            else:
                written += str(part)
                continue
            before, value = _fitted(written, part.name, value, fmt.language)
            written = before + value
        else:
            written += part
    return written


def placed_clauses(
    a: Agreement, fmt: Formatter, terms: PartyTerms
) -> dict[str, list[PlacedClause]]:
    """The additional clauses by the section they go in, placeholders filled."""
    values = clause_values(a, fmt, terms)
    out: dict[str, list[PlacedClause]] = {place.value: [] for place in ClausePlacement}
    for clause in a.governance.extra_clauses:
        title, text = clause.title, clause.text
        if clause.placeholders:
            title = fill_placeholders(title, a, values, fmt)
            text = fill_placeholders(text, a, values, fmt)
        out[clause.placement.value].append(PlacedClause(clause.id, title, text))
    return out


def calendar_scope(objective: Objective) -> str:
    """Which of an objective's targets run on its business calendar: "all", "some" or "none".

    A calendar applies to targets in business hours or business days; minutes, hours and days are
    elapsed time, around the clock.
    """
    rows = [row.target.unit for row in objective.priority_targets if row.target is not None]
    # The main target applies to requests without a priority, so its unit counts too.
    units = [*rows, objective.target.unit]
    if not units:
        return "none"
    business = [u in (TargetUnit.BUSINESS_HOURS, TargetUnit.BUSINESS_DAYS) for u in units]
    if all(business):
        return "all"
    return "some" if any(business) else "none"


_OPENS_EMBEDDING = frozenset("\u202a\u202b\u202d\u202e")
_OPENS_ISOLATE = frozenset("\u2066\u2067\u2068")
_POP_EMBEDDING, _POP_ISOLATE, _FIRST_STRONG_ISOLATE = "\u202c", "\u2069", "\u2068"


def isolate_direction(text: str) -> str:
    """``text`` as one isolated run of its own (FSI … PDI, UAX #9) with every embedding,
    override and isolate it opens closed at its end: however a name or a clause uses
    direction controls, they can reorder only that text, never the contract's words around it
    (``check`` warns about them: ``findings.DIRECTION_CONTROLS``)."""
    if not DIRECTION_RE.search(text):
        return text
    stack: list[str] = []
    for ch in text:
        if ch in _OPENS_EMBEDDING:
            stack.append(_POP_EMBEDDING)
        elif ch in _OPENS_ISOLATE:
            stack.append(_POP_ISOLATE)
        elif ch == _POP_EMBEDDING and stack and stack[-1] == _POP_EMBEDDING:
            stack.pop()
        elif ch == _POP_ISOLATE and _POP_ISOLATE in stack:
            while stack.pop() != _POP_ISOLATE:
                pass
    return _FIRST_STRONG_ISOLATE + text + "".join(reversed(stack)) + _POP_ISOLATE


def directions_isolated(a: Agreement) -> Agreement:
    """The agreement with :func:`isolate_direction` applied to each of its texts (a copy, for
    the contract only; the file, its fingerprint and its attachment keep the text as typed)."""
    from pydantic import BaseModel

    def walk(node: Any) -> Any:
        if isinstance(node, str):
            return node if isinstance(node, Enum) else isolate_direction(node)
        if isinstance(node, BaseModel):
            update = {}
            for name in type(node).model_fields:
                value = getattr(node, name)
                new = walk(value)
                if new is not value:
                    update[name] = new
            return node.model_copy(update=update) if update else node
        if isinstance(node, list):
            items = [walk(value) for value in node]
            return items if any(n is not o for n, o in zip(items, node, strict=True)) else node
        return node

    result: Agreement = walk(a)
    return result


def build_context(
    a: Agreement, *, fingerprint: str, style: str, branding: Any, stylesheets: list[Any]
) -> dict[str, Any]:
    """Everything the template gets, by name."""
    a = directions_isolated(a)
    info = a.agreement
    fmt = Formatter.for_agreement(info)
    parties = {p.id: p for p in a.parties}
    objectives = {o.id: o for o in a.service_levels.objectives}
    priorities = {p.id: p for p in a.service_levels.priorities}
    tiers: dict[str, list[CreditTier]] = {}
    for tier in a.consequences.credit_tiers:
        tiers.setdefault(tier.objective, []).append(tier)
    for group in tiers.values():
        group.sort(key=lambda t: t.below, reverse=True)
    orphan_tiers = [t for t in a.consequences.credit_tiers if t.objective not in objectives]
    title = info.title.strip() or fmt.label(info.kind)
    providers = [p for p in a.parties if p.role is PartyRole.PROVIDER]
    customers = [p for p in a.parties if p.role is not PartyRole.PROVIDER]
    revisions = a.signoff.revisions
    author = ""
    if revisions and revisions[-1].author.strip():
        author = revisions[-1].author.strip()
    elif providers:
        author = providers[0].name
    subject = fmt.label(info.kind)
    names = [p.name.strip() for p in a.parties if p.name.strip()]
    if names:
        subject = fmt.gettext("%(kind)s between %(parties)s") % {
            "kind": subject,
            "parties": fmt.join(names),
        }
    keywords = [
        k.replace(",", " ")
        for k in (fmt.gettext("service level agreement"), info.document_id.strip(), fingerprint)
        if k
    ]
    user_terms = {d.term.strip().casefold() for d in a.governance.definitions}
    terms = party_terms(a, fmt)
    term_values = {"provider": str(terms.provider), "customer": str(terms.customer)}
    status = a.signoff.status
    watermark = ""
    if status is AgreementStatus.SUPERSEDED:
        watermark = fmt.gettext("SUPERSEDED")
    elif status is not AgreementStatus.SIGNED:
        watermark = fmt.gettext("DRAFT")
    return {
        "a": a,
        "problems": rule_problems(a),
        "info": info,
        "fmt": fmt,
        "lang": info.language.value,
        "style": style,
        "title": title,
        "fingerprint": fingerprint,
        "watermark": watermark,
        "branding": branding,
        "stylesheets": stylesheets,
        "meta": {"title": title, "author": author, "subject": subject, "keywords": keywords},
        "sections": _sections(a, fmt),
        "clauses": placed_clauses(a, fmt, terms),
        "numbering": Numbering,
        "parties": parties,
        "providers": providers,
        "customers": customers,
        "objectives": objectives,
        "priorities": priorities,
        "calendars": {c.id: c for c in a.service_levels.calendars},
        "tiers": tiers,
        "orphan_tiers": orphan_tiers,
        "duty_groups": _duty_groups(a, ResponsibilityKind.DUTY),
        "credit_conditions": _duty_groups(a, ResponsibilityKind.CREDIT_CONDITION),
        "user_terms": user_terms,
        "paragraphs": paragraphs,
        "letter": item_letter,
        "calendar_hours": lambda c: calendar_hours(c, fmt),
        "calendar_scope": calendar_scope,
        "country_name": lambda code: country_name(code, info.language.value),
        "party_names": lambda ids: fmt.join(
            [parties[i].name or i if i in parties else i for i in ids]
        ),
        "priority_names": lambda ids: fmt.join(
            [(priorities[i].name or i) if i in priorities else i for i in ids]
        ),
        "objective_names": lambda ids: fmt.join(
            [(objectives[i].name or i) if i in objectives else i for i in ids]
        ),
        "item_end": item_end,
        "standard_exclusion": lambda kind: fmt.gettext(STANDARD_EXCLUSIONS[kind]) % term_values,
        "terms": terms,
        "currency_name": currency_name(info.currency, info.language.value),
        "objective_name": lambda oid: (objectives[oid].name or oid) if oid in objectives else oid,
    }


def rule_problems(agreement: Agreement) -> list[tuple[str, str]]:
    """The rules the agreement breaks, as (place, message) in English: the draft's banner.

    Export refuses such an agreement (``services.documents.require_valid``); the preview shows
    them on the first page so that a draft still renders as it is typed.
    """
    from ..model.rules import rule_violations
    from ..model.sections import describe

    return [(describe(p.loc, agreement), p.message) for p in rule_violations(agreement)]
