"""The compliance report in the agreement's language and locale, with the catalogs' plurals."""

from __future__ import annotations

import html
import re

import pytest

from slawriter.model.agreement import Agreement
from slawriter.model.types import Language
from slawriter.services.compliance import compliance_report
from slawriter.services.compliance.output import report_html

from .test_compliance import DATA, tight_p3_response


def _report_text(agreement: Agreement) -> str:
    report = compliance_report(agreement, "2026-03", tickets=DATA / "support-tickets.csv")
    page = re.sub(r"<style>.*?</style>", "", report_html(report, agreement), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _support(language: str) -> Agreement:
    agreement = tight_p3_response(1)
    agreement.agreement.language = Language(language)
    return agreement


@pytest.fixture(scope="module")
def english() -> str:
    return _report_text(_support("en"))


@pytest.fixture(scope="module")
def spanish() -> str:
    return _report_text(_support("es"))


def test_time_targets_have_their_singular_and_plural(english: str, spanish: str) -> None:
    assert "at most 1 business hour " in english
    assert "at most 2 business days" in english
    assert "como máximo 1 hora hábil " in spanish
    assert "como máximo 2 días hábiles" in spanish
    for text in (english, spanish):
        assert "business h " not in text
        assert "1 business days" not in text
        assert "h hábiles" not in text.replace("h 00 min (hábiles)", "")


def test_counts_agree_with_their_number(english: str, spanish: str) -> None:
    assert "7 tickets counted, 4 met the target, 0 pending." in english
    assert "7 tickets computados, 4 dentro de la meta, 0 pendientes." in spanish
    assert "1 missed of 6" in english
    assert "1 incumplido de 6" in spanish  # not "1 incumplidos"
    assert "1 met · 2 breached · 2 without data" in english  # the capacity: 7 of 400
    assert "1 cumplido · 2 incumplidos · 2 sin datos" in spanish  # not "1 cumplidos"
    assert "Incumplir un objetivo en 3 de 6 periodos consecutivos." in spanish


def test_the_report_follows_the_agreement_locale() -> None:
    agreement = _support("en")
    agreement.agreement.currency = "GBP"
    agreement.agreement.time_zone = "Europe/London"
    text = _report_text(agreement)
    assert "(£975.00)" in text
    agreement = _support("es")
    agreement.agreement.currency = "MXN"
    agreement.agreement.region = "MX"
    text = _report_text(agreement)
    assert "57.143%" in text  # Mexico writes a decimal point
    assert "57,143 %" not in text


def _subscription_report(
    language: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, object]:
    from pathlib import Path

    from slawriter.storage import load_agreement

    folder = tmp_path_factory.mktemp("subscription")
    tickets = folder / "tickets.csv"
    tickets.write_text(
        "id,priority,created_at,first_response_at,resolved_at\n"
        "T-1,P1 Critical,2027-04-01T10:00-05:00,2027-04-01T12:15-05:00,2027-04-01T13:00-05:00\n"
        "T-2,P4 Low,2027-04-08T10:00-05:00,2027-04-20T10:15-05:00,2027-04-21T11:00-05:00\n"
        "T-3,P2 High,2027-04-06T10:00-05:00,2027-04-06T10:15-05:00,2027-04-06T11:00-05:00\n",
        encoding="utf-8",
    )
    incidents = folder / "incidents.csv"
    incidents.write_text(
        "start,end,excluded\n2027-04-14T10:00-05:00,2027-04-14T12:00-05:00,\n", encoding="utf-8"
    )
    root = Path(__file__).resolve().parents[2]
    agreement = load_agreement(root / "resources" / "presets" / "saas-subscription.sla.json")
    agreement.agreement.language = Language(language)
    report = compliance_report(agreement, "2027-04", tickets=tickets, incidents=incidents)
    page = re.sub(r"<style>.*?</style>", "", report_html(report, agreement), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split()), report


def test_counted_notes_agree_with_their_number_and_percentages_follow_the_locale(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Review finding: "1 ticket(s) reached 50 % of the time allowed" in an English report."""
    en, report = _subscription_report("en", tmp_path_factory)
    assert "1 ticket of P4 Low is best effort: no target applies and it is not counted." in en
    assert "1 ticket reached 50% of the time allowed: escalate to Support team lead." in en
    assert "ticket(s)" not in en
    notes = [n.text for o in report.objectives for n in o.notes]  # what the JSON says
    assert (
        "1 ticket reached 100% of the time allowed: escalate to Head of Customer Support." in notes
    )
    es, _ = _subscription_report("es", tmp_path_factory)
    assert "1 ticket alcanzó el 50 % del tiempo permitido: se escala a Support team lead." in es
    assert "1 ticket de P4 Low es de mejor esfuerzo" in es
    assert "ticket(s)" not in es
    assert "Ficheros de datos tickets: tickets.csv; incidencias: incidents.csv" in es


def test_the_credit_table_shows_the_cap_for_the_subscription_period(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Review finding: with only a cap per subscription period, the table said "Cap —"."""
    en, _ = _subscription_report("en", tmp_path_factory)
    assert "Cap —" not in en
    assert "Left of the cap for the subscription period (8% of its fees) 96%" in en
    es, _ = _subscription_report("es", tmp_path_factory)
    assert "Queda del límite del periodo de suscripción (8 % de sus cuotas) 96 %" in es


def test_above_capacity_is_shown_as_such_and_names_the_priorities_it_suspends(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Review finding: 500 tickets against a capacity of 400 read "Met", and the note said every
    target of the suspended objectives stopped, though only P3 and P4 do."""
    from pathlib import Path

    from slawriter.storage import load_agreement

    root = Path(__file__).resolve().parents[2]
    agreement = load_agreement(root / "resources" / "presets" / "customer-support.sla.json")
    metrics = tmp_path_factory.mktemp("capacity") / "metrics.csv"
    metrics.write_text("objective,period,value\nticket-capacity,2027-04,500\n", encoding="utf-8")
    report = compliance_report(agreement, "2027-04", metrics=metrics)
    capacity = report.objective("ticket-capacity")
    assert capacity.status == "met"  # never a breach
    assert [n.text for n in capacity.notes] == [
        "500 against a capacity of 400: 100 above it. A volume above the capacity is not a "
        "breach; the targets of First Response Time, Resolution Time for P3 Normal, P4 Low do "
        "not apply to the excess."
    ]
    page = re.sub(r"<style>.*?</style>", "", report_html(report, agreement), flags=re.S)
    words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert "Above capacity" in words and "Met" not in words.split("Monthly ticket capacity")[1][:80]
