"""Pydantic's refusals of a field's value as messages the app can translate. No Qt.

Pydantic phrases each error in English from its ``type`` and ``ctx``. :data:`_BY_TYPE` maps the
types a user can run into while typing, or in a file that does not load (a list where an object
belongs…), to templates with the same English wording and the same placeholders, so
:func:`field_error` gives a :class:`~slawriter.model.messages.Message` whose values come from
``ctx``; :func:`slawriter.app.i18n.message_tr` then translates it. The English
text stays pydantic's: a template is used only when it renders exactly pydantic's message (so a
pydantic upgrade that rewords one falls back to pydantic's text, and a test says so).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic_core import ErrorDetails

from ..model.messages import InvalidValue, Message, MessageTemplate, Phrased, render
from ..model.types import IDENTIFIER_PATTERN


class FieldErrorMessage(MessageTemplate):
    """Pydantic's messages, as templates (and slawriter's own wording for IDs)."""

    IDENTIFIER = "use lowercase letters, digits and hyphens (e.g. p1-first-response)"
    PATTERN = "String should match pattern '{pattern}'"
    STRING_TOO_LONG = "String should have at most {max_length} characters"
    STRING_TOO_LONG_ONE = "String should have at most {max_length} character"
    STRING_TOO_SHORT = "String should have at least {min_length} characters"
    STRING_TOO_SHORT_ONE = "String should have at least {min_length} character"
    LIST_TOO_LONG = (
        "List should have at most {max_length} items after validation, not {actual_length}"
    )
    LIST_TOO_LONG_ONE = (
        "List should have at most {max_length} item after validation, not {actual_length}"
    )
    LIST_TOO_SHORT = (
        "List should have at least {min_length} items after validation, not {actual_length}"
    )
    LIST_TOO_SHORT_ONE = (
        "List should have at least {min_length} item after validation, not {actual_length}"
    )
    MISSING = "Field required"
    NOT_TEXT = "Input should be a valid string"
    NOT_UNICODE = "Input should be a valid string, unable to parse raw data as a unicode string"
    NOT_INTEGER = "Input should be a valid integer"
    INTEGER_PARSING = "Input should be a valid integer, unable to parse string as an integer"
    INTEGER_FRACTION = "Input should be a valid integer, got a number with a fractional part"
    NOT_DECIMAL = "Input should be a valid decimal"
    DECIMAL_TYPE = "Decimal input should be an integer, float, string or Decimal object"
    NOT_FINITE = "Input should be a finite number"
    MAX_DIGITS = "Decimal input should have no more than {max_digits} digits in total"
    MAX_DIGITS_ONE = "Decimal input should have no more than {max_digits} digit in total"
    MAX_PLACES = "Decimal input should have no more than {decimal_places} decimal places"
    MAX_PLACES_ONE = "Decimal input should have no more than {decimal_places} decimal place"
    WHOLE_DIGITS = (
        "Decimal input should have no more than {whole_digits} digits before the decimal point"
    )
    WHOLE_DIGITS_ONE = (
        "Decimal input should have no more than {whole_digits} digit before the decimal point"
    )
    GREATER_THAN = "Input should be greater than {gt}"
    AT_LEAST = "Input should be greater than or equal to {ge}"
    LESS_THAN = "Input should be less than {lt}"
    AT_MOST = "Input should be less than or equal to {le}"
    NOT_DATE = "Input should be a valid date"
    DATE_PARSING = "Input should be a valid date in the format YYYY-MM-DD, {error}"
    DATE_OR_DATETIME_PARSING = "Input should be a valid date or datetime, {error}"
    DATE_WITH_TIME = "Datetimes provided to dates should have zero time - e.g. be exact dates"
    NOT_TIME = "Input should be a valid time"
    TIME_PARSING = "Input should be in a valid time format, {error}"
    CHOICE = "Input should be {expected}"
    CHOICES = "Input should be {choices} or {last}"
    NOT_BOOLEAN = "Input should be a valid boolean"
    BOOLEAN_PARSING = "Input should be a valid boolean, unable to interpret input"
    UNKNOWN_FIELD = "Extra inputs are not permitted"
    NOT_LIST = "Input should be a valid list"
    NOT_OBJECT = "Input should be a valid dictionary or instance of {class_name}"


_M = FieldErrorMessage

_BY_TYPE: dict[str, tuple[FieldErrorMessage, ...]] = {
    "string_pattern_mismatch": (_M.PATTERN,),
    "string_too_long": (_M.STRING_TOO_LONG, _M.STRING_TOO_LONG_ONE),
    "string_too_short": (_M.STRING_TOO_SHORT, _M.STRING_TOO_SHORT_ONE),
    "too_long": (_M.LIST_TOO_LONG, _M.LIST_TOO_LONG_ONE),
    "too_short": (_M.LIST_TOO_SHORT, _M.LIST_TOO_SHORT_ONE),
    "missing": (_M.MISSING,),
    "string_type": (_M.NOT_TEXT,),
    "string_unicode": (_M.NOT_UNICODE,),
    "int_type": (_M.NOT_INTEGER,),
    "int_parsing": (_M.INTEGER_PARSING,),
    "int_from_float": (_M.INTEGER_FRACTION,),
    "decimal_parsing": (_M.NOT_DECIMAL,),
    "decimal_type": (_M.DECIMAL_TYPE,),
    "finite_number": (_M.NOT_FINITE,),
    "decimal_max_digits": (_M.MAX_DIGITS, _M.MAX_DIGITS_ONE),
    "decimal_max_places": (_M.MAX_PLACES, _M.MAX_PLACES_ONE),
    "decimal_whole_digits": (_M.WHOLE_DIGITS, _M.WHOLE_DIGITS_ONE),
    "greater_than": (_M.GREATER_THAN,),
    "greater_than_equal": (_M.AT_LEAST,),
    "less_than": (_M.LESS_THAN,),
    "less_than_equal": (_M.AT_MOST,),
    "date_type": (_M.NOT_DATE,),
    "date_parsing": (_M.DATE_PARSING,),
    "date_from_datetime_parsing": (_M.DATE_OR_DATETIME_PARSING,),
    "date_from_datetime_inexact": (_M.DATE_WITH_TIME,),
    "time_type": (_M.NOT_TIME,),
    "time_parsing": (_M.TIME_PARSING,),
    "enum": (_M.CHOICES, _M.CHOICE),
    "bool_type": (_M.NOT_BOOLEAN,),
    "bool_parsing": (_M.BOOLEAN_PARSING,),
    "extra_forbidden": (_M.UNKNOWN_FIELD,),
    "list_type": (_M.NOT_LIST,),
    "model_type": (_M.NOT_OBJECT,),
}
"""Pydantic error type → the templates that may phrase it (plural, then singular)."""

_DECIMAL_REPR = re.compile(r"Decimal\('([^']*)'\)")


def _plain(value: str) -> str:
    """A bound pydantic shows as ``Decimal('1E+15')`` written as the number, 1000000000000000."""
    match = _DECIMAL_REPR.fullmatch(value)
    if match is None:
        return value
    try:
        return f"{Decimal(match.group(1)):f}"
    except InvalidOperation:
        return value


def field_error(error: ErrorDetails | Mapping[str, Any]) -> Phrased | None:
    """The translatable message for one of pydantic's errors, or None to show pydantic's text."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        cause = ctx.get("error")
        return cause if isinstance(cause, InvalidValue) else None
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == IDENTIFIER_PATTERN:
        return Message(_M.IDENTIFIER)
    if kind == "enum":  # "'a', 'b' or 'c'": the stored values stay, the "or" is translated
        choices = re.findall(r"'[^']*'", str(ctx.get("expected", "")))
        if len(choices) > 1:
            params = {"choices": ", ".join(choices[:-1]), "last": choices[-1]}
            if render(_M.CHOICES, params) == error["msg"]:
                return Message(_M.CHOICES, params)
    shown = {name: str(value) for name, value in ctx.items()}
    for template in _BY_TYPE.get(kind, ()):
        try:
            same = render(template, shown) == error["msg"]
        except (KeyError, IndexError):
            continue
        if same:
            return Message(template, {name: _plain(value) for name, value in shown.items()})
    return None


def field_error_text(error: ErrorDetails) -> str:
    """Pydantic's English message for a person: without its "Value error, " prefix."""
    return str(error["msg"]).removeprefix("Value error, ")
