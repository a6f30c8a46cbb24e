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
