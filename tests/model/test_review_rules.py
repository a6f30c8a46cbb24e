"""Rules added after a new user's review of issue 11: what the contract cannot state honestly is
refused with a reason."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from slawriter.model.agreement import Definition, PriorityTarget, Target
from slawriter.model.rules import rule_violations
from slawriter.storage import load_agreement

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


def test_targets_per_priority_on_an_availability_objective_are_refused() -> None:
    # The contract would say "requests without a priority are subject to at least 99.9 %".
    a = load_agreement(PRESETS / "saas-subscription.sla.json")
    uptime = a.service_levels.objectives[0]
    uptime.priority_targets = [
        PriorityTarget(priority="p1", target=Target.model_validate(uptime.target.model_dump()))
    ]
    assert [(p.loc, p.message) for p in rule_violations(a)] == [
        (
            ("service_levels", "objectives", 0, "priority_targets"),
            "targets per priority are for objectives measured request by request (response, "
            "resolution, implementation or follow-up time), not availability",
        )
    ]


def test_a_term_defined_twice_is_said_to_be_defined_twice() -> None:
    a = load_agreement(PRESETS / "saas-subscription.sla.json")
    a.governance.definitions.append(Definition(term="Downtime", meaning="Again."))
    assert [p.message for p in rule_violations(a)] == [
        "defined term 'Downtime' is defined twice; each defined term must be unique"
    ]


def test_a_credit_cap_of_zero_is_a_warning() -> None:
    from slawriter.model.findings import readiness

    a = load_agreement(PRESETS / "saas-subscription.sla.json")
    a.consequences.credit_cap_term_percent = Decimal(0)
    warned = [f for f in readiness(a) if f.template.name == "CREDIT_CAP_ZERO"]
    assert [(f.severity.value, f.loc) for f in warned] == [
        ("warning", ("consequences", "credit_cap_term_percent"))
    ]
