"""Value types shared by every section of an agreement: IDs, text, amounts, durations."""

from __future__ import annotations

import re
import zoneinfo
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
)

from .messages import InvalidValue, MessageTemplate

SCHEMA_VERSION = 2
"""Version of the ``*.sla.json`` layout this code writes. Bump it with a migration step."""

SHORT_TEXT = 300
LONG_TEXT = 20_000
MAX_ITEMS = 500


class Strict(BaseModel):
    """Base for every part of an agreement: unknown keys are refused, values stay typed."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        allow_inf_nan=False,
        use_enum_values=False,
    )


IDENTIFIER_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
Identifier = Annotated[
    str,
    StringConstraints(strict=True, pattern=IDENTIFIER_PATTERN),
    Field(
        description="Stable ID: lowercase letters, digits and hyphens, at most 63 characters "
        "(an RFC 1123 label), used by other parts of the agreement to refer to this one.",
        examples=["p1-first-response"],
    ),
]
ShortText = Annotated[str, StringConstraints(strict=True, max_length=SHORT_TEXT)]
LongText = Annotated[str, StringConstraints(strict=True, max_length=LONG_TEXT)]


class ValueMessage(MessageTemplate):
    """Why a validator refuses a value (English templates; the app translates them)."""

    NUMBER_AS_TEXT = "must be written as a number, not as text"
    NUMBER_AS_BOOLEAN = "must be written as a number, not as true/false"
    NUMBER_AS_FLOAT = "must be written as a number, not as a binary float"
    NOT_FINITE = "must be a finite number"
    UNKNOWN_TIME_ZONE = (
        "'{value}' is not a known IANA time zone; use a name such as 'Europe/Madrid' or 'UTC'"
    )
    UNKNOWN_CURRENCY = "'{value}' is not an ISO 4217 currency code such as EUR or USD"
    UNKNOWN_REGION = (
        "'{value}' is not a two-letter ISO 3166 region code such as GB, US, ES or MX; "
        "leave it empty to follow the time zone"
    )
    CURRENCY_SIGN = "'{value}' is a currency sign; write its ISO 4217 code, {code}"
    CURRENCY_LOWER_CASE = "write the currency code in capitals: {code}"
    NUMBER_WITH_COMMA = (
        "must be written as a number with a point for decimals, {number}, not as text"
    )


FROM_FILE = {"from_file": True}
"""Validation context for agreement files: numbers must be written as JSON numbers."""


def _number_not_text(value: object, info: ValidationInfo) -> object:
    """In a file, a decimal is a JSON number: refuse text and true/false there.

    Code may still pass ``"99.9"`` or ``99.9``; only what a file says is held to the stricter rule,
    so that a quoted number is not silently rewritten as a number on the next save.
    """
    if info.context and info.context.get("from_file") and isinstance(value, str | bool | float):
        if isinstance(value, str) and _COMMA_DECIMAL.fullmatch(value.strip()):
            raise InvalidValue(
                ValueMessage.NUMBER_WITH_COMMA, number=value.strip().replace(",", ".")
            )
        raise InvalidValue(
            {
                str: ValueMessage.NUMBER_AS_TEXT,
                bool: ValueMessage.NUMBER_AS_BOOLEAN,
                float: ValueMessage.NUMBER_AS_FLOAT,
            }[type(value)]
        )
    return value


_COMMA_DECIMAL = re.compile(r"-?[0-9]+,[0-9]+")
"""Text such as "99,9": a decimal comma where a file needs a JSON number with a point."""

NumberOnly = BeforeValidator(_number_not_text)


def _non_negative_finite(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise InvalidValue(ValueMessage.NOT_FINITE)
    return value


Percentage = Annotated[
    Decimal,
    NumberOnly,
    Field(ge=0, le=100, decimal_places=6, description="Percent, 0 to 100."),
]
EscalationShare = Annotated[
    Decimal,
    NumberOnly,
    Field(
        ge=0,
        le=1000,
        max_digits=10,
        decimal_places=4,
        description="Percent of the time an objective allows, above 0 and at most 1000.",
    ),
]
Amount = Annotated[
    Decimal,
    NumberOnly,
    AfterValidator(_non_negative_finite),
    Field(ge=0, le=10**15, decimal_places=6),
]


def slugify(text: str, fallback: str = "item") -> str:
    """Free text as an :data:`Identifier`: ``"P1 first response"`` → ``"p1-first-response"``."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:63].strip("-")
    return slug or fallback


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _check_time_zone(value: str) -> str:
    if value not in _time_zones():
        raise InvalidValue(ValueMessage.UNKNOWN_TIME_ZONE, value=value)
    return value


TimeZoneName = Annotated[
    str,
    StringConstraints(max_length=64),
    AfterValidator(_check_time_zone),
    Field(description="IANA time zone name, e.g. Europe/Madrid.", examples=["Europe/Madrid"]),
]


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _check_currency(value: str) -> str:
    if value not in _currencies():
        raise InvalidValue(ValueMessage.UNKNOWN_CURRENCY, value=value)
    return value


_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR"}
"""Signs people type for a currency, and the code meant (``$`` alone is most often USD)."""


def _currency_sign(value: object) -> object:
    """Before the pattern check: a sign or a lower-case code gets the code to write instead."""
    if isinstance(value, str):
        text = value.strip()
        if text in _CURRENCY_SIGNS:
            raise InvalidValue(ValueMessage.CURRENCY_SIGN, value=text, code=_CURRENCY_SIGNS[text])
        lower = re.fullmatch(r"[A-Za-z]{3}", text) and text != text.upper()
        if lower and text.upper() in _currencies():
            raise InvalidValue(ValueMessage.CURRENCY_LOWER_CASE, code=text.upper())
    return value


CurrencyCode = Annotated[
    str,
    BeforeValidator(_currency_sign),
    StringConstraints(pattern=r"^[A-Z]{3}$"),
    AfterValidator(_check_currency),
    Field(description="ISO 4217 currency code.", examples=["EUR", "USD"]),
]


def _check_region(value: str) -> str:
    from .locales import known_regions

    if value and value not in known_regions():
        raise InvalidValue(ValueMessage.UNKNOWN_REGION, value=value)
    return value


RegionCode = Annotated[
    str,
    StringConstraints(strict=True, max_length=2),
    AfterValidator(_check_region),
    Field(
        description="ISO 3166 two-letter region code, or empty.",
        examples=["GB", "MX"],
        json_schema_extra={"pattern": "^([A-Z]{2})?$"},
    ),
]


class Language(StrEnum):
    """Language the contract is written in."""

    EN = "en"
    ES = "es"


class DurationUnit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    BUSINESS_HOURS = "business_hours"
    DAYS = "days"
    BUSINESS_DAYS = "business_days"


class Duration(Strict):
    """A length of time with its unit, e.g. 4 business hours."""

    value: Annotated[Decimal, NumberOnly, Field(ge=0, le=100_000, decimal_places=4)]
    unit: DurationUnit
