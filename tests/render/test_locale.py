"""Locale is language plus region: dates, numbers and money follow the agreement's country."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from slawriter.model import Agreement
from slawriter.model.locales import agreement_locale, locale_name
from slawriter.model.rules import RuleMessage, rule_violations
from slawriter.model.types import Language
from slawriter.render import render_html
from slawriter.render.formatting import Formatter
from slawriter.storage import DocumentError, load_agreement

from .sample import full_agreement, full_agreement_data

EFFECTIVE = dt.date(2027, 2, 8)


def _agreement(language: str, currency: str, time_zone: str, region: str = "") -> Agreement:
    a = full_agreement(language)
    a.agreement.currency = currency
    a.agreement.time_zone = time_zone
    a.agreement.region = region
    a.agreement.effective_date = EFFECTIVE
    return a


def _text(a: Agreement) -> str:
    page = render_html(a).html
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.mark.parametrize(
    ("language", "currency", "time_zone", "region", "locale", "date", "fee"),
    [
        ("en", "GBP", "Europe/London", "", "en_GB", "8 February 2027", "£12,500.00"),
        ("en", "USD", "America/New_York", "", "en_US", "February 8, 2027", "$12,500.00"),
        ("es", "EUR", "Europe/Madrid", "", "es_ES", "8 de febrero de 2027", "12.500,00 €"),
        ("es", "MXN", "America/Mexico_City", "", "es_MX", "8 de febrero de 2027", "$12,500.00"),
        # No time zone to go by: the currency's country (GBP → GB, MXN → MX).
        ("en", "GBP", "UTC", "", "en_GB", "8 February 2027", "£12,500.00"),
        ("es", "MXN", "UTC", "", "es_MX", "8 de febrero de 2027", "$12,500.00"),
        # English is not an official language in Spain: the language's own conventions.
        ("en", "EUR", "Europe/Madrid", "", "en", "February 8, 2027", "€12,500.00"),
        # The agreement's own region wins over its time zone.
        ("en", "EUR", "Europe/Madrid", "IE", "en_IE", "8 February 2027", "€12,500.00"),
        ("es", "USD", "Europe/Madrid", "MX", "es_MX", "8 de febrero de 2027", "USD12,500.00"),
    ],
)
def test_the_contract_follows_language_and_region(
    language: str,
    currency: str,
    time_zone: str,
    region: str,
    locale: str,
    date: str,
    fee: str,
) -> None:
    a = _agreement(language, currency, time_zone, region)
    assert agreement_locale(a.agreement) == locale
    text = _text(a)
    assert date in text
    assert fee in text


def test_spanish_for_mexico_and_for_spain_differ_in_numbers() -> None:
    spain = Formatter.for_agreement(_agreement("es", "EUR", "Europe/Madrid").agreement)
    mexico = Formatter.for_agreement(_agreement("es", "MXN", "America/Mexico_City").agreement)
    assert spain.percent(Decimal("99.95")) == "99,95\u00a0%"
    assert mexico.percent(Decimal("99.95")) == "99.95%"
    assert spain.number(12500) == "12.500"
    assert mexico.number(12500) == "12,500"
    # The words stay the language's.
    assert mexico.months(1) == spain.months(1) == "1 mes"


def test_english_time_of_day_follows_the_region() -> None:
    us = Formatter.for_agreement(_agreement("en", "USD", "America/New_York").agreement)
    uk = Formatter.for_agreement(_agreement("en", "GBP", "Europe/London").agreement)
    assert us.time(dt.time(18, 0)) == "6:00\u202fPM"
    assert uk.time(dt.time(18, 0)) == "18:00"


def test_a_region_without_conventions_for_the_language_is_a_rule_problem() -> None:
    a = _agreement("es", "GBP", "Europe/London", "GB")
    problems = [p for p in rule_violations(a) if p.loc == ("agreement", "region")]
    assert [p.template for p in problems] == [RuleMessage.NO_LOCALE_FOR_REGION]
    assert "a contract in Spanish has no conventions for region 'GB'" in problems[0].message
    assert "MX" in problems[0].message
    a.agreement.language = Language.EN
    assert [p for p in rule_violations(a) if p.loc == ("agreement", "region")] == []
    assert locale_name("en", "GB") == "en_GB"


@pytest.mark.parametrize("region", ["ZZ", "gb", "GBR", "EU"])
def test_a_region_that_is_no_country_is_refused_naming_the_file_and_field(
    region: str, tmp_path: Path
) -> None:
    data = full_agreement_data("en")
    data["agreement"]["region"] = region
    path = tmp_path / "bad.sla.json"
    text = json.dumps(data, indent=2)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        load_agreement(path)
    message = str(caught.value)
    assert "bad.sla.json" in message
    assert "Region" in message
    assert path.read_text(encoding="utf-8") == text


def test_an_old_file_without_a_region_loads_with_none() -> None:
    data = full_agreement_data("en")
    assert "region" not in data["agreement"]
    a = Agreement.model_validate(data)
    assert a.agreement.region == ""
