"""JSON paths become places a person recognises."""

from __future__ import annotations

from slawriter.model import Section, describe, section_of
from tests import factories


def test_describe_names_sections_fields_and_items() -> None:
    a = factories.agreement()
    assert describe(("service_levels", "objectives", 1, "target", "value"), a) == (
        "Service level objectives › Objectives › Objective 2 “First response” › Target › Value"
    )
    assert describe(("parties", 1, "address"), a) == ("Parties › Party 2 “Shop GmbH” › Address")
    assert describe(("consequences", "credit_tiers", 0, "below")) == (
        "Breach consequences › Service credit tiers › Tier 1 › Attainment below (%)"
    )


def test_describe_survives_unknown_and_raw_paths() -> None:
    assert describe(()) == "Agreement file"
    assert describe(("mystery", 3, "thing")) == "Mystery › Item 4 › Thing"
    raw = {"parties": [{"name": 5}]}
    assert describe(("parties", 0, "name"), raw) == "Parties › Party 1 › Legal name or department"


def test_section_of() -> None:
    assert section_of(("agreement", "title")) is Section.PARTIES
    assert section_of(("service_levels",)) is Section.OBJECTIVES
    assert section_of(("signoff", "status")) is Section.SIGNOFF
    assert [s.label for s in Section][:2] == ["Agreement & parties", "Scope"]
