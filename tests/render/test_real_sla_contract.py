"""The contract says what real SLAs say (issue 11 §2), in English and Spanish: best effort,
capacities and commitments, both credit caps, when credits apply and lapse, escalation at a share
of the time allowed, and the parties' defined terms for the kind of agreement."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from pathlib import Path

import pytest

from slawriter.model import Agreement
from slawriter.model.agreement import AgreementKind, CapBasis, CreditExpiry, Language
from slawriter.render import render_html
from slawriter.storage import load_agreement

from .sample import full_agreement

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


def text(a: Agreement) -> str:
    """The contract's words, tags and styles dropped, whitespace collapsed."""
    page = render_html(a).html
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def preset(name: str) -> Agreement:
    return load_agreement(PRESETS / f"{name}.sla.json")


def test_best_effort_priority_says_no_target_applies() -> None:
    en, es = text(full_agreement("en")), text(full_agreement("es"))
    assert "P3 Question best effort: no target applies" in en
    assert (
        "No target applies to requests of priority P3 Question: Northwind Hosting S.L. handles "
        "them with reasonable efforts, and they are not counted" in en
    )
    assert "P3 Question mejor esfuerzo: no se aplica ningún objetivo" in es
    assert "No se aplica ningún objetivo a las solicitudes de prioridad P3 Question" in es


def test_ticket_capacity_reads_as_a_ceiling_and_delivery_as_a_floor() -> None:
    support = text(preset("customer-support"))
    assert "at least 400" not in support
    assert "up to 400 (capacity)" in support
    assert "shall absorb up to 400 in each calendar month" in support
    assert "a lower volume is never a breach of this Agreement" in support
    assert (
        "the targets for priorities P3 Normal and P4 Low of First Response Time and Resolution "
        "Time do not apply" in support
    )
    marketing = text(preset("marketing-sales"))  # in Spanish
    assert "Se trata de un compromiso mínimo: entregar menos en un mes natural" in marketing
    assert "hasta" not in marketing.split("Objetivos.")[1].split("Medición.")[0]


def test_both_credit_caps_when_credits_apply_and_when_they_lapse() -> None:
    a = full_agreement("en")
    words = text(a)
    assert "shall not in total exceed 60% of the Monthly Fee" in words
    assert (
        "The Service Credits for any subscription period shall not in total exceed 8% of the "
        "fees payable for the affected Service for that subscription period." in words
    )
    assert "issued within 45 days of acceptance" in words
    assert "lapse when the order form under which they were earned ends" in words
    assert "Credits are capped at 8% of the fees for each subscription period." in words
    a.consequences.credit_cap_term = CapBasis.CONTRACT_YEAR
    a.consequences.claim.expiry = CreditExpiry.AGREEMENT_END
    words = text(a)
    assert "for any contract year, counted from the Effective Date" in words
    assert "lapse if this Agreement ends before they are used" in words
    spanish = text(full_agreement("es"))
    assert "en ese periodo de suscripción" in spanish and "8 %" in spanish
    assert "en un plazo de 45 días desde su aceptación" in spanish
    assert "al terminar el formulario de pedido" in spanish


def test_escalation_table_shows_the_share_of_the_time_allowed() -> None:
    en = text(full_agreement("en"))
    assert "Support lead" in en and "75% of the time allowed" in en
    assert "A threshold given as a share of the time allowed is measured against the target" in en
    es = text(full_agreement("es"))
    assert "al 75 % del tiempo permitido" in es
    support = text(preset("customer-support"))
    assert "50% of the time allowed" in support and "100% of the time allowed" in support
    assert "Escalate after —" not in support


@pytest.mark.parametrize("language", [Language.EN, Language.ES])
def test_an_onboarding_agreement_has_no_customer_and_no_credits(language: Language) -> None:
    a = preset("onboarding")
    a.agreement.language = language
    words = text(a)
    for word in ("Customer", "Cliente", "Provider", "Proveedor", "Service Credit", "Crédito"):
        assert word not in words, word
    assert "New Hire" in words and "Hiring Team" in words


def test_the_kind_gives_the_default_terms_in_both_languages() -> None:
    a = preset("it-support")  # internal, no terms of its own
    assert not a.agreement.party_terms.provider and a.agreement.kind is AgreementKind.INTERNAL
    a.limitations.exclusions[0].text = ""  # the standard wording names the sides
    en = text(a)
    assert "(the “Service Team”)" in en and "(the “Requesting Team”)" in en
    assert "the Customer" not in en and "the Provider" not in en
    a.agreement.language = Language.ES
    es = text(a)
    assert "(el «Equipo Prestador»)" in es and "(el «Equipo Solicitante»)" in es
    customer = preset("customer-support")
    assert "(the “Provider”)" in text(customer) and "(the “Customer”)" in text(customer)


def test_terms_chosen_in_the_agreement_are_used_throughout() -> None:
    en = text(full_agreement("en"))
    assert "(the “Host”)" in en and "(the “Merchant”)" in en
    assert "the Merchant is entitled to a Service Credit" in en
    assert "sole and exclusive remedy of the Merchant" in en
    assert "the Customer is entitled" not in en
    es = text(full_agreement("es"))
    assert "(el «Comercio»)" in es and "el Comercio tendrá derecho a un Crédito de Servicio" in es
    assert not re.search(r"\b(a|de) el\b", es), "Spanish contracts 'a el' and 'de el'"


def test_an_agreement_without_credits_does_not_mention_them() -> None:
    a = preset("it-support")
    a.consequences.credit_tiers = []
    a.consequences.monthly_fee = None
    words = text(a)
    assert "Service Credit" not in words
    a.consequences.credit_cap_percent = Decimal(10)  # a cap alone still reads as a cap
    assert "Cap." in text(a)


def test_an_older_onboarding_file_gets_the_kind_s_terms() -> None:
    old = load_agreement(
        Path(__file__).resolve().parents[1] / "data" / "v1" / "onboarding.sla.json"
    )
    words = text(old)
    assert "(the “Company”)" in words and "(the “New Hire”)" in words
    for word in ("Customer", "Provider", "Service Credit"):
        assert word not in words, word
