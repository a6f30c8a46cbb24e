"""check: a defined term counts as used when the text inflects it ("Días Hábiles")."""

from __future__ import annotations

import pytest

from slawriter.model import Agreement, readiness
from slawriter.model.agreement import Definition
from slawriter.model.findings import ReadinessMessage
from slawriter.model.types import Language
from tests import factories


def _with(language: str, term: str, text: str) -> Agreement:
    a = factories.agreement()
    a.agreement.language = Language(language)
    a.governance.definitions = [Definition(term=term, meaning="As agreed.")]
    a.governance.change_control = text
    return a


def _findings(a: Agreement, template: ReadinessMessage) -> list[str]:
    return [str(f.params.get("term")) for f in readiness(a) if f.template is template]


@pytest.mark.parametrize(
    ("language", "term", "text"),
    [
        ("en", "Business Day", "Changes take effect five Business Days after notice."),
        ("en", "Authorised Party", "Either of the Authorised Parties may ask for a change."),
        ("en", "Business Day", "Changes take effect five business\ndays after notice."),
        ("es", "Día Hábil", "Los cambios surten efecto cinco Días Hábiles después del aviso."),
        ("es", "Crédito de Servicio", "Los Créditos de Servicio se aplican a la factura."),
        ("es", "Tiempo de Resolución", "Los Tiempos de Resolución se revisan cada año."),
        ("es", "Notificación Formal", "Las Notificaciones Formales se envían por escrito."),
        ("es", "Lead Cualificado", "Los Leads Cualificados se entregan cada día."),
    ],
)
def test_an_inflected_use_counts_as_a_use(language: str, term: str, text: str) -> None:
    a = _with(language, term, text)
    assert term not in _findings(a, ReadinessMessage.DEFINITION_UNUSED)


@pytest.mark.parametrize(
    ("language", "term", "text"),
    [
        ("en", "Business Day", "Changes take effect after notice."),
        ("es", "Día Hábil", "Los cambios surten efecto cinco días después del aviso."),
        ("es", "Día Hábil", "Los cambios surten efecto cinco Díashábiles después."),
    ],
)
def test_a_term_the_text_never_uses_is_still_reported(language: str, term: str, text: str) -> None:
    a = _with(language, term, text)
    assert term in _findings(a, ReadinessMessage.DEFINITION_UNUSED)


def test_a_known_term_used_inflected_without_a_definition_is_reported() -> None:
    a = _with("es", "Otra Cosa", "Otra Cosa. Los cambios surten efecto cinco Días Hábiles después.")
    assert "Día Hábil" in _findings(a, ReadinessMessage.TERM_NOT_DEFINED)
