"""A refused value is explained in the user's terms, never in a library's (issue 11 §4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slawriter.services.documents import validate_file
from slawriter.storage import InvalidAgreement, save_agreement
from tests import factories


def _lines(tmp_path: Path, change: dict[str, object], *where: str | int) -> list[str]:
    path = tmp_path / "a.sla.json"
    save_agreement(factories.agreement(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    node = data
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = change["value"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidAgreement) as caught:
        validate_file(path)
    return caught.value.lines()


@pytest.mark.parametrize(
    ("value", "where", "expected"),
    [
        (2e15, ("consequences", "monthly_fee"), "less than or equal to 1000000000000000"),
        (1e-21, ("consequences", "credit_tiers", 0, "at_least"), "no more than 6 decimal places"),
        (
            1e-21,
            ("service_levels", "objectives", 0, "target", "value"),
            "no more than 6 decimal places",
        ),
        ("€", ("agreement", "currency"), "'€' is a currency sign; write its ISO 4217 code, EUR"),
        ("£", ("agreement", "currency"), "write its ISO 4217 code, GBP"),
        ("eur", ("agreement", "currency"), "write the currency code in capitals: EUR"),
        (
            "99,9",
            ("consequences", "credit_tiers", 0, "at_least"),
            "must be written as a number with a point for decimals, 99.9, not as text",
        ),
    ],
)
def test_messages_say_the_limit_and_the_fix(
    tmp_path: Path, value: object, where: tuple[str | int, ...], expected: str
) -> None:
    (line,) = _lines(tmp_path, {"value": value}, *where)
    assert expected in line
    for internal in ("Decimal(", "digits in total", "1E+15", "should match pattern"):
        assert internal not in line
