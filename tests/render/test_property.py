"""Any valid agreement renders: the templates never meet a value they cannot show."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from markupsafe import escape

from slawriter.model import Agreement
from slawriter.render import render_html
from tests.strategies import agreements


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(agreements())
def test_any_valid_agreement_renders_with_its_parties_and_objectives(agreement: Agreement) -> None:
    result = render_html(agreement)
    assert result.warnings == []
    for party in agreement.parties:
        if party.name.strip():
            assert str(escape(party.name.strip())) in result.html
    for objective in agreement.service_levels.objectives:
        if objective.name.strip():
            assert str(escape(objective.name.strip())) in result.html
