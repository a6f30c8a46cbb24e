"""Property: any valid agreement survives save → load unchanged, and saving is repeatable."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from slawriter.model import Agreement, rule_violations
from slawriter.model.agreement import Consequences
from slawriter.storage import dumps_agreement, load_agreement, loads_agreement, save_agreement
from tests.strategies import agreements

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the working tree
    # Each example overwrites the same file in tmp_path, so sharing the fixture is fine.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@PROPERTY
@given(agreement=agreements())
def test_generated_agreements_are_valid(agreement: Agreement) -> None:
    """The strategy itself: no cross-field rule is broken, so render tests can use it too."""
    assert rule_violations(agreement) == []
    assert Agreement.model_validate(agreement.model_dump()) == agreement


@PROPERTY
@given(agreement=agreements())
def test_any_agreement_survives_save_and_load(agreement: Agreement, tmp_path: Path) -> None:
    path = tmp_path / "roundtrip.sla.json"
    save_agreement(agreement, path)
    first = path.read_bytes()

    loaded = load_agreement(path)

    assert loaded == agreement
    assert dumps_agreement(loaded).encode("utf-8") == first
    save_agreement(loaded, path)
    assert path.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["roundtrip.sla.json"]


@pytest.mark.parametrize(
    "value",
    ["0", "0.000", "1E+2", "99.90", "0.000001", "100", "100.000000"],
)
def test_decimal_spellings_are_kept(value: str) -> None:
    agreement = Agreement(consequences=Consequences(credit_cap_percent=Decimal(value)))
    text = dumps_agreement(agreement)
    assert f'"credit_cap_percent": {value},' in text
    loaded = loads_agreement(text)
    assert str(loaded.consequences.credit_cap_percent) == value
    assert dumps_agreement(loaded) == text


def test_negative_zero_is_byte_stable() -> None:
    agreement = Agreement(consequences=Consequences(credit_cap_percent=Decimal("-0")))
    text = dumps_agreement(agreement)
    assert dumps_agreement(loads_agreement(text)) == text
