"""``slawriter schema`` is an honest Draft 2020-12 schema (issue 11 §4).

An independent validator (``jsonschema``, format checks on) accepts every preset and every file
of ``tests/data/good/`` (which ``validate`` accepts too), and refuses the files of
``tests/data/bad/`` that ``validate`` refuses for a reason a schema can express (a wrong type,
an unknown key, a missing field, a bound). The schema uses only standard keywords.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from slawriter.bundled import resources_dir
from slawriter.services.documents import json_schema, library_entry_schema, validate_file
from slawriter.storage import DocumentError

DATA = Path(__file__).resolve().parent / "data"
PRESETS = sorted((resources_dir() / "presets").glob("*.sla.json"))
GOOD = sorted((DATA / "good").glob("*.sla.json"))

# The bad files validate refuses for a reason the schema can say too; the others are not JSON,
# or need what no schema can check (duplicate keys, NaN, a time zone or currency that exists).
SCHEMA_REFUSES = [
    "absurd_number_100_digit_integer",
    "bad_date",
    "bad_enum_value",
    "bad_id",
    "future_schema_version_99",
    "huge_string_title_over_limit",
    "missing_required_field",
    "root_is_list",
    "root_is_null",
    "root_is_string",
    "schema_version_as_string",
    "schema_version_boolean",
    "schema_version_zero",
    "section_wrong_type_scope_is_list",
    "several_problems",
    "too_many_items_501_services",
    "unknown_key",
    "unknown_top_level_key",
    "wrong_type_decimal_as_text",
    "wrong_type_number_for_string",
    "wrong_type_numeric_string_for_number",
    "wrong_type_object_for_list",
    "wrong_type_string_for_boolean",
    "wrong_type_string_for_number",
]

# Every keyword of JSON Schema Draft 2020-12 (core, applicator, unevaluated, validation,
# meta-data, format-annotation, content): anything else is a library's own word.
DRAFT_2020_12_KEYWORDS = frozenset(
    [
        "$schema",
        "$id",
        "$ref",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$vocabulary",
        "$comment",
        "$defs",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "prefixItems",
        "items",
        "contains",
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "type",
        "enum",
        "const",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxContains",
        "minContains",
        "maxProperties",
        "minProperties",
        "required",
        "dependentRequired",
        "title",
        "description",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "examples",
        "format",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
    ]
)
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = [
    "not",
    "if",
    "then",
    "else",
    "items",
    "contains",
    "additionalProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
]


def _validator() -> Draft202012Validator:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _errors(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validator().iter_errors(data)
    ]


def _keywords(node: Any, where: str = "#") -> list[tuple[str, str]]:
    """Every (place, keyword) of a schema object and the schemas inside it."""
    found: list[tuple[str, str]] = []
    if not isinstance(node, dict):
        return found
    for key, value in node.items():
        found.append((where, key))
        if key in _SCHEMA_MAPS:
            for name, sub in value.items():
                found += _keywords(sub, f"{where}/{key}/{name}")
        elif key in _SCHEMA_LISTS:
            for index, sub in enumerate(value):
                found += _keywords(sub, f"{where}/{key}/{index}")
        elif key in _SCHEMA_VALUES:
            found += _keywords(value, f"{where}/{key}")
    return found


def test_the_format_checker_checks_time_date_and_date_time() -> None:
    """Without rfc3339-validator installed the checks would pass anything: prove they run."""
    checker = Draft202012Validator.FORMAT_CHECKER
    assert not checker.conforms("09:00:00", "time")  # RFC 3339 wants an offset
    assert not checker.conforms("2027-02-30", "date")
    assert not checker.conforms("2027-01-05T09:30:00", "date-time")
    assert checker.conforms("2027-01-05T09:30:00Z", "date-time")


@pytest.mark.parametrize("path", PRESETS + GOOD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_preset_and_good_file_is_valid_by_the_schema_and_by_validate(path: Path) -> None:
    validate_file(path)
    assert _errors(path) == []


def test_there_are_good_files_and_presets() -> None:
    assert len(PRESETS) >= 7 and len(GOOD) >= 4


def test_the_schema_uses_only_draft_2020_12_keywords() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    unknown = [
        (where, key) for where, key in _keywords(schema) if key not in DRAFT_2020_12_KEYWORDS
    ]
    assert unknown == []


def test_a_decimal_is_a_json_number_not_text() -> None:
    """The loader refuses "99.9" for a number: the schema does not offer "number or string"."""
    text = json.dumps(json_schema())
    assert '[{"type": "number"}, {"type": "string"}' not in text
    tier = json_schema()["$defs"]["CreditTier"]["properties"]["at_least"]
    assert (tier["type"], tier["minimum"], tier["maximum"], tier["default"]) == (
        "number",
        0,
        100,
        0,
    )


@pytest.mark.parametrize("name", SCHEMA_REFUSES)
def test_bad_files_refused_for_their_type_are_refused_by_the_schema(name: str) -> None:
    path = DATA / "bad" / f"{name}.sla.json"
    with pytest.raises(DocumentError):
        validate_file(path)
    assert _errors(path), f"{name}: the schema accepts what validate refuses"


# -- Library entries (issue 15) ----------------------------------------------------------------


def _entry_validator() -> Draft202012Validator:
    schema = library_entry_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_the_library_entry_schema_is_the_bundled_copy_in_standard_keywords() -> None:
    bundled = resources_dir() / "library-entry.schema.json"
    assert json.loads(bundled.read_text(encoding="utf-8")) == library_entry_schema(), (
        "resources/library-entry.schema.json is stale: run `slawriter schema --library-entry > "
        "resources/library-entry.schema.json` and commit it"
    )
    unknown = [
        (where, key)
        for where, key in _keywords(library_entry_schema())
        if key not in DRAFT_2020_12_KEYWORDS
    ]
    assert unknown == []


def test_every_kind_of_entry_saved_by_slawriter_is_valid_by_the_schema(tmp_path: Path) -> None:
    from slawriter.model.agreement import EntryKind
    from slawriter.services.library import entry_from_agreement
    from slawriter.storage.library import dumps_entry
    from tests import factories

    agreement = factories.agreement()
    items = {
        EntryKind.PARTIES: agreement.parties[0].id,
        EntryKind.CONTACTS: f"{agreement.parties[0].id}/1",
        EntryKind.CALENDARS: agreement.service_levels.calendars[0].id,
        EntryKind.OBJECTIVES: agreement.service_levels.objectives[0].id,
        EntryKind.EXCLUSIONS: agreement.limitations.exclusions[0].id,
        EntryKind.RESPONSIBILITIES: agreement.responsibilities.items[0].id,
    }
    validator = _entry_validator()
    for kind, item in items.items():
        data = json.loads(dumps_entry(entry_from_agreement(agreement, kind, item)))
        assert [e.message for e in validator.iter_errors(data)] == [], kind
        wrong = {**data, "kind": "clauses"}  # a party is not a clause
        assert list(validator.iter_errors(wrong)), kind
