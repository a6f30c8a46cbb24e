"""Pydantic's field errors as translatable messages: same English words, values from ``ctx``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any

import pytest
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StrictInt,
    StrictStr,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)
from pydantic_core import ErrorDetails

from slawriter.editing.field_errors import _BY_TYPE, FieldErrorMessage, field_error
from slawriter.model import Agreement
from slawriter.model.messages import InvalidValue, render
from slawriter.model.types import ValueMessage
from tests import factories


class _Choice(Enum):
    A = "a"
    B = "b"


class _OnlyChoice(Enum):
    A = "a"


class _Required(BaseModel):
    model_config = ConfigDict(extra="forbid")
    x: int


def _error(annotation: Any, value: Any, *, json: bool = False) -> ErrorDetails:
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    with pytest.raises(ValidationError) as refused:
        if json:
            adapter.validate_json(value)
        else:
            adapter.validate_python(value)
    return refused.value.errors()[0]


def _text(max_length: int | None = None, min_length: int | None = None) -> Any:
    return Annotated[str, StringConstraints(max_length=max_length, min_length=min_length)]


def _decimal(**constraints: Any) -> Any:
    return Annotated[Decimal, Field(**constraints)]


# (pydantic error type, what raises it): every type the table maps, singular and plural.
CASES: list[tuple[str, Any, Any, bool]] = [
    ("string_pattern_mismatch", Annotated[str, Field(pattern=r"^[A-Z]{3}$")], "eur", False),
    ("string_too_long", _text(max_length=3), "abcd", False),
    ("string_too_long", _text(max_length=1), "ab", False),
    ("string_too_short", _text(min_length=2), "a", False),
    ("string_too_short", _text(min_length=1), "", False),
    ("too_long", Annotated[list[int], Field(max_length=2)], [1, 2, 3], False),
    ("too_long", Annotated[list[int], Field(max_length=1)], [1, 2], False),
    ("too_short", Annotated[list[int], Field(min_length=2)], [1], False),
    ("too_short", Annotated[list[int], Field(min_length=1)], [], False),
    ("missing", _Required, {}, False),
    ("extra_forbidden", _Required, {"x": 1, "y": 2}, False),
    ("string_type", StrictStr, 5, False),
    ("string_unicode", _text(max_length=10), "a\ud800b", False),
    ("int_type", StrictInt, "x", False),
    ("int_parsing", int, "x", False),
    ("int_from_float", int, 1.5, False),
    ("decimal_parsing", Decimal, "abc", False),
    ("decimal_type", Decimal, [], False),
    ("finite_number", _decimal(allow_inf_nan=False), Decimal("Infinity"), False),
    ("decimal_max_digits", _decimal(max_digits=3), Decimal("1234"), False),
    ("decimal_max_digits", _decimal(max_digits=1), Decimal("12"), False),
    ("decimal_max_places", _decimal(decimal_places=2), Decimal("1.234"), False),
    ("decimal_max_places", _decimal(decimal_places=1), Decimal("1.23"), False),
    ("decimal_whole_digits", _decimal(max_digits=4, decimal_places=2), Decimal("123.4"), False),
    ("decimal_whole_digits", _decimal(max_digits=3, decimal_places=2), Decimal("12.1"), False),
    ("greater_than", Annotated[int, Field(gt=0)], 0, False),
    ("greater_than_equal", Annotated[int, Field(ge=1)], 0, False),
    ("less_than", Annotated[int, Field(lt=10)], 10, False),
    ("less_than_equal", Annotated[int, Field(le=10)], 11, False),
    (
        "greater_than_equal",
        Annotated[dt.date, Field(ge=dt.date(1900, 1, 1))],
        dt.date(1800, 1, 1),
        False,
    ),
    ("date_type", dt.date, [], False),
    ("date_parsing", Annotated[dt.date, Strict()], '"2026-13-01"', True),
    ("date_from_datetime_parsing", dt.date, "2026-13-01", False),
    ("date_from_datetime_inexact", dt.date, dt.datetime(2026, 1, 1, 10), False),
    ("time_type", dt.time, [], False),
    ("time_parsing", dt.time, "25:00", False),
    ("enum", _Choice, "c", False),
    ("enum", _OnlyChoice, "c", False),
    ("bool_type", StrictBool, "x", False),
    ("bool_parsing", bool, "maybe", False),
    ("list_type", list[int], "not a list", False),
    ("model_type", _Required, [1], False),
]


@pytest.mark.parametrize(
    ("kind", "annotation", "value", "json"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_a_template_says_what_pydantic_says(
    kind: str, annotation: Any, value: Any, json: bool
) -> None:
    error = _error(annotation, value, json=json)
    assert error["type"] == kind
    phrased = field_error(error)
    assert phrased is not None, f"pydantic reworded {kind}: {error['msg']!r}"
    assert phrased.template in _BY_TYPE[kind]
    assert render(phrased.template, phrased.params) == error["msg"]


def test_every_mapped_error_type_is_tried() -> None:
    assert {kind for kind, *_ in CASES} == set(_BY_TYPE)
    singular_and_plural = {t for kind, *_ in CASES for t in _BY_TYPE[kind]}
    tried = set()
    for _, annotation, value, json in CASES:
        phrased = field_error(_error(annotation, value, json=json))
        assert phrased is not None
        tried.add(phrased.template)
    assert tried == singular_and_plural


def _agreement_error(section: str, key: str, value: Any, index: int | None = None) -> ErrorDetails:
    data = factories.agreement().model_dump(mode="python")
    node = data[section] if index is None else data[section][index]
    node[key] = value
    with pytest.raises(ValidationError) as refused:
        Agreement.model_validate(data)
    return refused.value.errors()[0]


def test_an_id_gets_slawriters_own_words() -> None:
    phrased = field_error(_agreement_error("parties", "id", "Acme Corp", index=0))
    assert phrased is not None and phrased.template is FieldErrorMessage.IDENTIFIER


def test_a_validators_message_is_its_own_template() -> None:
    phrased = field_error(_agreement_error("agreement", "time_zone", "Mars/Base"))
    assert isinstance(phrased, InvalidValue)
    assert phrased.template is ValueMessage.UNKNOWN_TIME_ZONE
    assert phrased.params == {"value": "Mars/Base"}


def test_a_decimal_bound_is_written_as_a_number() -> None:
    error = _agreement_error("consequences", "monthly_fee", Decimal("2e15"))
    # The bound is a whole number, so pydantic itself no longer writes Decimal('1E+15').
    assert error["msg"] == "Input should be less than or equal to 1000000000000000"
    phrased = field_error(error)
    assert phrased is not None and phrased.template is FieldErrorMessage.AT_MOST
    assert render(phrased.template, phrased.params) == (
        "Input should be less than or equal to 1000000000000000"
    )


def test_an_error_not_in_the_table_keeps_pydantics_text() -> None:
    assert field_error(_error(dt.timedelta, "not a duration")) is None
