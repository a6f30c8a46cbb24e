"""Two parties the contract calls by one term cannot be told apart (review of issue 11)."""

from __future__ import annotations

from pathlib import Path

from slawriter.model.findings import readiness
from slawriter.model.rules import rule_violations
from slawriter.storage import load_agreement

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
V1 = Path(__file__).resolve().parents[1] / "data" / "v1"


def test_parties_on_different_sides_with_one_term_are_refused() -> None:
    a = load_agreement(PRESETS / "saas-subscription.sla.json")
    a.parties[0].term = "the Customer"
    problems = rule_violations(a)
    assert [(p.loc, p.message) for p in problems] == [
        (
            ("parties", 1, "term"),
            "'Brightwater Logistics, Inc.' and 'Tessellate Labs, Inc.' are on different sides but "
            "both called “the Customer” in the contract; give each its own defined term",
        )
    ]


def test_both_sides_given_one_term_are_refused() -> None:
    a = load_agreement(PRESETS / "saas-subscription.sla.json")
    a.agreement.party_terms.provider = "the Customer"
    assert [p.loc for p in rule_violations(a)] == [("parties", 1, "term")]


def test_two_parties_of_one_side_sharing_its_term_are_a_warning() -> None:
    # A schema-1 onboarding file: no party has its own term, so the hiring team and the new
    # hire would both be "the New Hire".
    a = load_agreement(V1 / "onboarding.sla.json")
    shared = [f for f in readiness(a) if f.template.name == "SHARED_TERM_SAME_SIDE"]
    assert [f.params["term"] for f in shared] == ["the Company", "the New Hire"]
    assert rule_violations(a) == []


def test_presets_give_every_party_a_term_of_its_own() -> None:
    for path in sorted(PRESETS.glob("*.sla.json")):
        a = load_agreement(path)
        assert [f for f in readiness(a) if f.template.name == "SHARED_TERM_SAME_SIDE"] == [], path
