"""Nothing generated is in the other language: quotation marks and generated summaries."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from slawriter.model import Agreement
from slawriter.model.types import Language
from slawriter.render import render_html
from slawriter.services.presets import new_from_preset, restart_as_new

from .sample import full_agreement


def _definitions(a: Agreement) -> list[str]:
    page = render_html(a).html
    return [html.unescape(t) for t in re.findall(r"<dt>(.*?)</dt>", page)]


def test_defined_terms_are_quoted_in_the_contract_language() -> None:
    english = _definitions(full_agreement("en"))
    spanish = _definitions(full_agreement("es"))
    assert "“Agreement”" in english
    assert "«Acuerdo»" in spanish
    assert all(t.startswith("“") and t.endswith("”") for t in english)
    assert all(t.startswith("«") and t.endswith("»") for t in spanish)


@pytest.mark.parametrize(
    ("preset", "summary"),
    [
        ("marketing-sales", "Creado a partir de la plantilla «Marketing → Ventas (en español)»."),
        ("onboarding", "Created from the “Onboarding a new employee or contractor” preset."),
    ],
)
def test_a_new_agreement_says_where_it_came_from_in_its_language(preset: str, summary: str) -> None:
    agreement = new_from_preset(preset, today=dt.date(2027, 1, 4))
    assert [r.summary for r in agreement.signoff.revisions] == [summary]


def test_a_preset_switched_to_the_other_language_says_so_in_that_language() -> None:
    agreement = new_from_preset("onboarding")
    agreement.agreement.language = Language.ES
    again = restart_as_new(agreement, today=dt.date(2027, 1, 4), origin="onboarding")
    assert again.signoff.revisions[0].summary == (
        "Creado a partir de la plantilla «Incorporación de un empleado o colaborador»."
    )


@pytest.mark.parametrize(
    ("language", "summary"),
    [("en", "Created from a blank agreement."), ("es", "Creado a partir de un acuerdo en blanco.")],
)
def test_a_blank_agreement_says_so_in_its_language(language: str, summary: str) -> None:
    blank = Agreement()
    blank.agreement.language = Language(language)
    restarted = restart_as_new(blank, today=dt.date(2027, 1, 4))
    assert restarted.signoff.revisions[0].summary == summary
