"""The two presets shaped on well-known public SLAs (issue 11, "Done when"): a Common Paper-style
SaaS subscription SLA and a hyperscaler-style 99.99 % regional SLA with three credit tiers. Each is
check-clean, and its contract says in both languages what the shapes are known for."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from slawriter.model import Agreement
from slawriter.model.agreement import Language
from slawriter.render import render_html
from slawriter.services import presets
from slawriter.services.documents import check_file
from slawriter.storage import load_agreement

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
NEW = ["saas-subscription", "cloud-regional"]


def words(a: Agreement) -> str:
    page = render_html(a).html
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def in_language(name: str, language: Language) -> Agreement:
    a = load_agreement(PRESETS / f"{name}.sla.json")
    a.agreement.language = language
    return a


@pytest.mark.parametrize("name", NEW)
def test_the_preset_is_listed_and_check_clean(name: str) -> None:
    listed = {p.name: p for p in presets.list_presets()}
    assert name in listed
    assert listed[name].title("en") != listed[name].title("es")
    assert [f.message for f in check_file(PRESETS / f"{name}.sla.json").findings] == []


def test_common_paper_style_saas_subscription() -> None:
    en = words(in_language("saas-subscription", Language.EN))
    assert "at least 99.9%" in en
    assert "P4 Low best effort: no target applies" in en
    assert "P1 Critical at most 1 hour" in en
    assert (
        "The Service Credits for any subscription period shall not in total exceed 8% of the "
        "fees payable for the affected Service for that subscription period." in en
    )
    assert "The Service Credits for any one Measurement Period" not in en  # no monthly cap
    assert "issued within 60 days of acceptance" in en
    assert "lapse when the order form under which they were earned ends" in en
    assert "Service Credits are the sole and exclusive remedy" in en
    assert "missed in 3 out of any 6 consecutive Measurement Periods" in en
    es = words(in_language("saas-subscription", Language.ES))
    assert "al menos 99,9 %" in es
    assert "P4 Low mejor esfuerzo: no se aplica ningún objetivo" in es
    assert (
        "8 % de las cuotas devengadas por el Servicio afectado en ese periodo de suscripción" in es
    )
    assert "en un plazo de 60 días desde su aceptación" in es
    assert "al terminar el formulario de pedido" in es


def test_hyperscaler_style_regional_uptime_with_three_tiers() -> None:
    en = words(in_language("cloud-regional", Language.EN))
    assert "at least 99.99%" in en
    for band in (
        "below 99.99% and at least 99% 10%",
        "below 99% and at least 95% 25%",
        "below 95% 100%",
    ):
        assert band in en
    assert "shall not in total exceed 100% of the Monthly Fee" in en
    # No fixed fee: the contract still says what the Monthly Fee is, instead of leaving a
    # capitalised term undefined.
    assert (
        "the Monthly Fee is the amount charged for the affected Service for the Measurement "
        "Period concerned" in en
    )
    assert "no later than 60 days after the end of the Measurement Period" in en
    assert "Scheduled maintenance counts as Downtime" in en
    es = words(in_language("cloud-regional", Language.ES))
    assert "al menos 99,99 %" in es
    assert "inferior a 95 % 100 %" in es
    assert "la Cuota Mensual es el importe facturado por el Servicio afectado" in es


def test_a_fixed_monthly_fee_is_stated_instead() -> None:
    en = words(in_language("saas-subscription", Language.EN))
    assert "the Monthly Fee is $4,000.00" in en
    assert "the amount charged for the affected Service" not in en


def test_a_party_with_its_own_term_is_called_by_it_in_every_clause() -> None:
    a = in_language("saas-subscription", Language.EN)
    a.parties[0].term = "Tessellate"
    en = words(a)
    assert "Tessellate Labs, Inc. (“Tessellate”)" in en
    assert "Provider" not in en  # never used without being defined
    assert "Tessellate may carry out scheduled maintenance" in en


def test_the_hours_sentence_counts_the_main_target_for_requests_without_a_priority() -> None:
    a = in_language("saas-subscription", Language.EN)
    response = a.service_levels.objectives[1]
    for row in response.priority_targets:
        if row.target is not None:
            row.target.unit = row.target.unit.__class__("hours")
    en = words(a)
    # P1-P3 run around the clock, the 1 business day for requests without a priority does not.
    assert "Targets in business hours or business days count only the working hours" in en
    assert "Support Response Time, measured over each calendar month, counting every hour" not in en


def test_at_a_glance_shows_per_priority_targets_as_such() -> None:
    for language, phrase in (
        (Language.EN, "Support Response Time per priority"),
        (Language.ES, "Support Response Time según prioridad"),
    ):
        assert phrase in words(in_language("saas-subscription", language))


def test_cloud_regional_defines_the_downtime_it_speaks_of() -> None:
    a = load_agreement(PRESETS / "cloud-regional.sla.json")
    assert "Downtime" in {d.term for d in a.governance.definitions}
