"""Clauses with placeholders (issue 15 §2): text lawyers write once, naming agreement values.

The syntax is the project's own and is not a template language: ``{name}``, ``{name:ID}`` or
``{target:ID:PRIORITY}`` stands for one value from :data:`PLACEHOLDERS`; ``{{`` and ``}}`` are
a brace. Nothing else is special: there is no loop, call, include, filter or attribute, and a
value put in is text that is never read again for placeholders. A clause reads placeholders
only when its ``placeholders`` flag is on (clauses typed before libraries existed stay text as
they were). No I/O; the contract formats the values (``render/context.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .agreement import Agreement, Clause, Objective, Target
from .messages import MessageTemplate, Param
from .sections import Loc


class ClauseMessage(MessageTemplate):
    """What is wrong with a clause's placeholders (English templates; the app translates them)."""

    UNKNOWN_PLACEHOLDER = (
        "the clause '{clause}' uses the unknown placeholder {placeholder}; known: {known}"
    )
    UNKNOWN_OBJECTIVE = (
        "the clause '{clause}' uses {placeholder}, but the agreement has no objective '{value}'"
    )
    NEEDS_OBJECTIVE = "the clause '{clause}' uses {placeholder} without an objective's ID"
    TAKES_NO_ID = "the clause '{clause}' uses {placeholder}, which takes no ID"
    LONE_BRACE = (
        "the clause '{clause}' has a lone '{brace}'; write {{{{ or }}}} for a brace in the text"
    )
    NOT_SET = "the clause '{clause}' uses {placeholder}, which the agreement does not give yet"
    CAP_PER_TERM = (
        "the clause '{clause}' uses {placeholder}, the monthly credit cap, but this agreement caps "
        "credits over a longer period only ({cap} of its fees); write that cap in the clause or "
        "set a monthly cap"
    )
    TAKES_NO_PRIORITY = (
        "the clause '{clause}' uses {placeholder}; only {{target:ID:PRIORITY}} takes a priority"
    )
    PER_PRIORITY = (
        "the clause '{clause}' uses {placeholder}, but the objective '{value}' has a target per "
        "priority ({priorities}); write {{target:{value}:PRIORITY}} for one of them"
    )
    NOT_PER_PRIORITY = (
        "the clause '{clause}' uses {placeholder}, but the objective '{value}' has one target for "
        "every priority; write {{target:{value}}}"
    )
    UNKNOWN_PRIORITY = (
        "the clause '{clause}' uses {placeholder}, but the objective '{value}' has no target for "
        "the priority '{priority}'; it has: {priorities}"
    )
    BEST_EFFORT = (
        "the clause '{clause}' uses {placeholder}, but the priority '{priority}' of the objective "
        "'{value}' is best effort: no target applies to it"
    )


PLACEHOLDERS: dict[str, str] = {
    "provider": "the defined term for the providing side (the Provider)",
    "customer": "the defined term for the receiving side (the Customer)",
    "provider_name": "the legal name of the first providing party",
    "customer_name": "the legal name of the first receiving party",
    "effective_date": "the effective date",
    "term": "the initial term in months",
    "notice": "the notice period in days",
    "claim_deadline": "the days after a period within which credits are claimed",
    "credit_cap": "the credit cap as a share of the monthly fee",
    "monthly_fee": "the monthly fee, in the agreement's currency",
    "objective": "an objective's name: {objective:ID}",
    "target": "an objective's target: {target:ID}, or for one priority {target:ID:PRIORITY}",
}
"""Every name a clause may use, and what it stands for (the app's clause editor lists them)."""

WITH_ID = frozenset({"objective", "target"})

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]{0,80})\}|[{}]")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """``{target:uptime}``: the name ``target`` and the ID ``uptime``; ``{target:response:P1}``
    also the priority ``P1``."""

    name: str
    value: str = ""
    priority: str = ""

    def __str__(self) -> str:
        return (
            "{"
            + self.name
            + (f":{self.value}" if self.value or self.priority else "")
            + (f":{self.priority}" if self.priority else "")
            + "}"
        )


Part = str | Placeholder


@dataclass(frozen=True, slots=True)
class Lone:
    """A brace that opens or closes nothing."""

    brace: str


def parse(text: str) -> list[Part | Lone]:
    """The text as literal parts and placeholders (and lone braces, which are mistakes)."""
    parts: list[Part | Lone] = []
    literal: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        literal.append(text[position : match.start()])
        position = match.end()
        token = match.group()
        if token in ("{{", "}}"):
            literal.append(token[0])
            continue
        if "".join(literal):
            parts.append("".join(literal))
        literal = []
        if token in ("{", "}"):
            parts.append(Lone(token))
            continue
        name, _, rest = (match.group(1) or "").strip().partition(":")
        value, _, priority = rest.partition(":")
        parts.append(Placeholder(name.strip(), value.strip(), priority.strip()))
    literal.append(text[position:])
    if "".join(literal):
        parts.append("".join(literal))
    return parts


def _given(a: Agreement, placeholder: Placeholder) -> bool:
    """Whether the agreement gives the value a placeholder stands for."""
    name = placeholder.name
    info = a.agreement
    consequences = a.consequences
    given = {
        "provider_name": any(p.role.value == "provider" and p.name.strip() for p in a.parties),
        "customer_name": any(p.role.value == "customer" and p.name.strip() for p in a.parties),
        "effective_date": info.effective_date is not None,
        "term": info.term.months is not None,
        "notice": info.term.notice_days is not None,
        "claim_deadline": consequences.claim.deadline_days is not None,
        "credit_cap": consequences.credit_cap_percent is not None,
        "monthly_fee": consequences.monthly_fee is not None,
    }
    return given.get(name, True)


def clause_problems(
    a: Agreement, clause: Clause
) -> Iterator[tuple[MessageTemplate, dict[str, Param]]]:
    """What is wrong with ``clause``'s placeholders in ``a``: unknown names or objectives,
    lone braces, values the agreement does not give yet."""
    for _field, template, params in field_problems(a, clause):
        yield template, params


def field_problems(
    a: Agreement, clause: Clause
) -> Iterator[tuple[str, MessageTemplate, dict[str, Param]]]:
    """:func:`clause_problems` with the field each is in (``"title"`` or ``"text"``), each
    problem once per field however often the same mistake is repeated there."""
    if not clause.placeholders:
        return
    objectives = {o.id: o for o in a.service_levels.objectives}
    known = (
        ", ".join("{" + name + (":ID" if name in WITH_ID else "") + "}" for name in PLACEHOLDERS)
        + ", {target:ID:PRIORITY}"
    )
    for field, text in (("title", clause.title), ("text", clause.text)):
        said: list[tuple[MessageTemplate, dict[str, Param]]] = []
        for template, params in _text_problems(a, clause, text, objectives, known):
            if (template, params) not in said:
                said.append((template, params))
                yield field, template, params


def _text_problems(
    a: Agreement, clause: Clause, text: str, objectives: dict[str, Objective], known: str
) -> Iterator[tuple[MessageTemplate, dict[str, Param]]]:
    for part in parse(text):
        params: dict[str, Param] = {"clause": clause.title or clause.id}
        if isinstance(part, Lone):
            yield ClauseMessage.LONE_BRACE, {**params, "brace": part.brace}
            continue
        if not isinstance(part, Placeholder):
            continue
        params["placeholder"] = str(part)
        if part.name not in PLACEHOLDERS:
            yield ClauseMessage.UNKNOWN_PLACEHOLDER, {**params, "known": known}
        elif part.name in WITH_ID and not part.value:
            yield ClauseMessage.NEEDS_OBJECTIVE, params
        elif part.name not in WITH_ID and part.value:
            yield ClauseMessage.TAKES_NO_ID, params
        elif part.priority and part.name != "target":
            yield ClauseMessage.TAKES_NO_PRIORITY, params
        elif part.name in WITH_ID and part.value not in objectives:
            yield ClauseMessage.UNKNOWN_OBJECTIVE, {**params, "value": part.value}
        elif part.name == "target":
            yield from _target_problems(objectives[part.value], part, params)
        elif not _given(a, part):
            term_cap = a.consequences.credit_cap_term_percent
            if part.name == "credit_cap" and term_cap is not None:
                yield ClauseMessage.CAP_PER_TERM, {**params, "cap": f"{term_cap} %"}
            else:
                yield ClauseMessage.NOT_SET, params


def _target_problems(
    objective: Objective, part: Placeholder, params: dict[str, Param]
) -> Iterator[tuple[MessageTemplate, dict[str, Param]]]:
    """``{target:ID}`` stands for the one target the contract gives the objective; with a
    target per priority there is none, and ``{target:ID:PRIORITY}`` names the one meant."""
    rows = {row.priority: row for row in objective.priority_targets}
    params = {**params, "value": part.value, "priorities": ", ".join(rows) or "—"}
    if not part.priority:
        if rows:
            yield ClauseMessage.PER_PRIORITY, params
        return
    if not rows:
        yield ClauseMessage.NOT_PER_PRIORITY, params
        return
    row = rows.get(part.priority)
    params["priority"] = part.priority
    if row is None:
        yield ClauseMessage.UNKNOWN_PRIORITY, params
    elif row.best_effort or row.target is None:
        yield ClauseMessage.BEST_EFFORT, params


def target_of(objective: Objective, priority: str = "") -> Target | None:
    """The target ``{target:ID}`` (or ``{target:ID:PRIORITY}``) stands for, or ``None`` when the
    objective has none such (:func:`clause_problems` says why)."""
    if not priority:
        return None if objective.priority_targets else objective.target
    for row in objective.priority_targets:
        if row.priority == priority and not row.best_effort:
            return row.target
    return None


def clause_locs(a: Agreement) -> Iterator[tuple[Loc, Clause]]:
    """Each additional clause and its place (its ``title`` and ``text`` are below it)."""
    for index, clause in enumerate(a.governance.extra_clauses):
        yield ("governance", "extra_clauses", index), clause
