"""Readiness findings: what a reviewer would flag on a valid agreement."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from slawriter.model import Agreement, Section, Severity, readiness
from slawriter.model.agreement import Definition, Responsibility
from tests import factories

Mutation = Callable[[Agreement], None]


def _findings(mutate: Mutation) -> list[tuple[Severity, Section, tuple[str | int, ...], str]]:
    a = factories.agreement()
    mutate(a)
    return [(f.severity, f.section, f.loc, f.message) for f in readiness(a)]


def test_the_reference_agreement_is_ready() -> None:
    assert readiness(factories.agreement()) == []


def _no_method(a: Agreement) -> None:
    a.service_levels.objectives[0].measurement_method = ""


def _no_source(a: Agreement) -> None:
    a.service_levels.objectives[0].data_source = " "


def _no_downtime(a: Agreement) -> None:
    a.service_levels.objectives[0].downtime_definition = ""


def _no_owner(a: Agreement) -> None:
    a.responsibilities.items[0].owners = []


def _no_exclusions(a: Agreement) -> None:
    a.limitations.exclusions = []


def _no_signatory(a: Agreement) -> None:
    a.signoff.signatories = a.signoff.signatories[:1]


def _unused_term(a: Agreement) -> None:
    a.governance.definitions.append(Definition(term="Emergency Change", meaning="A fast change."))


def _undefined_term(a: Agreement) -> None:
    a.responsibilities.items.append(
        Responsibility(id="credits", owners=["acme"], text="Apply any Service Credit owed.")
    )


def _no_cap(a: Agreement) -> None:
    a.consequences.credit_tiers[0].credit_percent = a.consequences.credit_tiers[0].credit_percent
    a.consequences.credit_cap_percent = None


def _no_claim_deadline(a: Agreement) -> None:
    a.consequences.claim.deadline_days = None


def _no_consequence(a: Agreement) -> None:
    c = a.consequences
    c.credit_tiers, c.escalation, c.chronic_failure = [], [], None


def _business_hours_without_calendar(a: Agreement) -> None:
    a.service_levels.objectives[1].calendar = None


def _weak_internal_target(a: Agreement) -> None:
    objective = a.service_levels.objectives[0]
    objective.internal_target = objective.target.model_copy()


def _no_title(a: Agreement) -> None:
    a.agreement.title = ""


def _no_objectives(a: Agreement) -> None:
    a.service_levels.objectives = []
    a.consequences.credit_tiers = []
    a.consequences.escalation[0].objectives = []


def _chronic_without_remedy(a: Agreement) -> None:
    assert a.consequences.chronic_failure is not None
    a.consequences.chronic_failure.remedy = ""


CASES: list[tuple[Mutation, Severity, tuple[str | int, ...], str]] = [
    (
        _no_method,
        Severity.WARNING,
        ("service_levels", "objectives", 0, "measurement_method"),
        "how it is measured",
    ),
    (
        _no_source,
        Severity.WARNING,
        ("service_levels", "objectives", 0, "data_source"),
        "no data source",
    ),
    (
        _no_downtime,
        Severity.WARNING,
        ("service_levels", "objectives", 0, "downtime_definition"),
        "does not define downtime",
    ),
    (_no_owner, Severity.WARNING, ("responsibilities", "items", 0, "owners"), "no owner"),
    (_no_exclusions, Severity.WARNING, ("limitations", "exclusions"), "no exclusions"),
    (_no_signatory, Severity.WARNING, ("parties", 1), "no signatory for Shop GmbH"),
    (_unused_term, Severity.WARNING, ("governance", "definitions", 1, "term"), "never used"),
    (_undefined_term, Severity.WARNING, ("governance", "definitions"), "'Service Credit' is used"),
    (_no_cap, Severity.WARNING, ("consequences", "credit_cap_percent"), "no cap"),
    (
        _no_claim_deadline,
        Severity.WARNING,
        ("consequences", "claim", "deadline_days"),
        "no deadline",
    ),
    (_no_consequence, Severity.WARNING, ("consequences",), "nothing happens"),
    (
        _business_hours_without_calendar,
        Severity.WARNING,
        ("service_levels", "objectives", 1, "calendar"),
        "no business calendar",
    ),
    (
        _weak_internal_target,
        Severity.WARNING,
        ("service_levels", "objectives", 0, "internal_target"),
        "not stricter",
    ),
    (_no_title, Severity.ERROR, ("agreement", "title"), "no title"),
    (_no_objectives, Severity.ERROR, ("service_levels", "objectives"), "at least one measurable"),
    (
        _chronic_without_remedy,
        Severity.WARNING,
        ("consequences", "chronic_failure", "remedy"),
        "remedy",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "severity", "loc", "words"), CASES, ids=[c[0].__name__.strip("_") for c in CASES]
)
def test_finding(
    mutate: Mutation, severity: Severity, loc: tuple[str | int, ...], words: str
) -> None:
    matching = [f for f in _findings(mutate) if f[2] == loc]
    assert matching, _findings(mutate)
    assert matching[0][0] is severity
    assert words in matching[0][3]


def test_rule_violations_are_error_findings_in_their_section() -> None:
    def break_reference(a: Agreement) -> None:
        a.consequences.credit_tiers[0].objective = "gone"

    findings = _findings(break_reference)
    assert findings[0][:3] == (
        Severity.ERROR,
        Section.CONSEQUENCES,
        ("consequences", "credit_tiers", 0, "objective"),
    )


def test_errors_come_first_then_section_order() -> None:
    a = Agreement()
    severities = [f.severity for f in readiness(a)]
    assert severities == sorted(
        severities, key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index
    )


def test_text_that_shows_in_another_order_than_it_is_written_is_flagged() -> None:
    # "Trojan Source": with a right-to-left override the contract shows "credits 50 %" for text
    # stored (and diffed, and reviewed) as "credits 05 %".
    def hidden(a: Agreement) -> None:
        a.responsibilities.items[0].text = "Operate the servers; credits \u202e05\u202c %."
        a.parties[1].name = "Shop \u2067GmbH\u2069"

    assert _findings(hidden) == [
        (
            Severity.WARNING,
            Section.PARTIES,
            ("parties", 1, "name"),
            "the text holds invisible direction controls (U+2067 RIGHT-TO-LEFT ISOLATE, "
            "U+2069 POP DIRECTIONAL ISOLATE), which make the contract show it in another order "
            "than it is written; remove them unless a right-to-left name needs them",
        ),
        (
            Severity.WARNING,
            Section.RESPONSIBILITIES,
            ("responsibilities", "items", 0, "text"),
            "the text holds invisible direction controls (U+202C POP DIRECTIONAL FORMATTING, "
            "U+202E RIGHT-TO-LEFT OVERRIDE), which make the contract show it in another order "
            "than it is written; remove them unless a right-to-left name needs them",
        ),
    ]
    # Marks that only nudge punctuation (LRM, RLM) are ordinary text.
    assert _findings(lambda a: setattr(a.parties[1], "name", "Shop\u200f GmbH")) == []


def test_braces_a_clause_would_print_as_written_are_flagged() -> None:
    from slawriter.model.agreement import Clause

    def forgot(a: Agreement) -> None:
        a.governance.extra_clauses = [
            Clause(id="pay", title="Payment", text="{provider} is paid within 30 days."),
            Clause(id="json", title="Format", text='Reports are JSON: {"ticket": 1}.'),
        ]

    assert _findings(forgot) == [
        (
            Severity.WARNING,
            Section.GOVERNANCE,
            ("governance", "extra_clauses", 0, "placeholders"),
            "the clause writes {provider}, but “Uses placeholders” is off, so the contract "
            "prints the braces as they are written; switch it on for the agreement's value",
        )
    ]
