"""Figures and sentences shown beside the form (no Qt)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slawriter.app.helpers import (
    credit_tier_sentence,
    downtime_budget,
    format_minutes,
    item_label,
)
from slawriter.editing.fields import Kind, field_specs
from slawriter.model.agreement import (
    AgreementInfo,
    CreditTier,
    MetricKind,
    Objective,
    Responsibility,
    Scope,
    Target,
    Term,
    WindowKind,
)


@pytest.mark.parametrize(
    ("target", "month", "quarter"),
    [
        ("99.0", "7 h 12 min", "21 h 50 min"),
        ("99.5", "3 h 36 min", "10 h 55 min"),
        ("99.9", "43.2 min", "2 h 11 min"),
        ("99.95", "21.6 min", "1 h 6 min"),
        ("99.99", "4.32 min", "13.1 min"),
    ],
)
def test_downtime_budget_matches_domain_table(target: str, month: str, quarter: str) -> None:
    per_month, per_quarter = downtime_budget(Decimal(target))
    assert format_minutes(per_month) == month
    assert format_minutes(per_quarter) == quarter


def _objective(**update: object) -> Objective:
    return Objective(
        id="uptime", name="Uptime", metric=MetricKind.AVAILABILITY, target=Target(value=99.9)
    ).model_copy(update=update)


def test_credit_tier_sentence_with_a_band() -> None:
    tier = CreditTier(
        id="t1",
        objective="uptime",
        below=Decimal("99.9"),
        at_least=Decimal("99.0"),
        credit_percent=Decimal(10),
    )
    assert credit_tier_sentence(tier, _objective()) == (
        "If monthly uptime is at least 99.0 % but below 99.9 %, the customer receives a credit "
        "of 10 % of the monthly fee."
    )


def test_credit_tier_sentence_for_the_last_tier_and_other_windows() -> None:
    tier = CreditTier(id="t3", objective="uptime", below=Decimal(95), credit_percent=Decimal(100))
    objective = _objective(
        window=_objective().window.model_copy(update={"kind": WindowKind.QUARTER})
    )
    assert credit_tier_sentence(tier, objective) == (
        "If quarterly uptime is below 95.0 %, the customer receives a credit of 100 % of the "
        "monthly fee."
    )


def test_field_kinds_come_from_the_model() -> None:
    info = {s.name: s for s in field_specs(AgreementInfo)}
    assert info["purpose"].kind is Kind.LONG_TEXT
    assert info["title"].kind is Kind.TEXT and info["title"].max_length == 300
    assert info["effective_date"].kind is Kind.DATE and info["effective_date"].optional
    assert info["kind"].kind is Kind.ENUM
    assert info["term"].kind is Kind.MODEL
    assert info["order_of_precedence"].kind is Kind.TEXT_LIST
    assert info["title"].description == "The contract's title."
    term = {s.name: s for s in field_specs(Term)}
    assert term["months"].kind is Kind.INT and term["months"].optional
    assert term["months"].minimum == 1 and term["months"].maximum == 1200
    scope = {s.name: s for s in field_specs(Scope)}
    assert scope["coverage_calendar"].kind is Kind.REF
    assert scope["services"].kind is Kind.MODEL_LIST
    assert {s.name: s for s in field_specs(Responsibility)}["owners"].kind is Kind.REF_LIST


def test_item_labels_name_items() -> None:
    tier = CreditTier(id="t1", objective="uptime", below=Decimal(99), credit_percent=Decimal(5))
    assert item_label(tier, 0) == "uptime: 0 % – 99.0 % → 5 %"
    assert item_label(_objective(), 0) == "Uptime"
