"""Every malformed file in ``tests/data/bad/`` is refused with the right error, untouched.

The table below says, for each file, which :class:`DocumentError` subclass it must raise and a
piece of the message that shows the message names the field or the line a person must fix.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import pytest

from slawriter.storage import (
    MAX_FILE_BYTES,
    DocumentError,
    InvalidAgreement,
    NewerSchema,
    NotJson,
    NotUtf8,
    UnreadableFile,
    load_agreement,
)

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"
TIME_LIMIT = 5.0
"""Seconds a single load may take; every refusal here should take milliseconds."""


@dataclass(frozen=True)
class Case:
    error: type[DocumentError]
    expect: str
    """A piece of ``str(exc)``: the field (section › field) or the line, and what is wrong."""


CASES: dict[str, Case] = {
    # Not text, or not UTF-8 text
    "not_utf8_latin1.sla.json": Case(NotUtf8, "is not UTF-8 text (byte 89, line 4)"),
    "utf16_with_bom.sla.json": Case(NotUtf8, "is UTF-16 text"),
    "utf16_without_bom.sla.json": Case(NotUtf8, "UTF-16 text without a byte order mark"),
    "utf32_with_bom.sla.json": Case(NotUtf8, "is UTF-32 text"),
    # Not JSON
    "empty.sla.json": Case(NotJson, "is empty"),
    "whitespace_only.sla.json": Case(NotJson, "is empty"),
    "truncated_json.sla.json": Case(NotJson, "line 6, column 1: ends before the JSON is complete"),
    "truncated_after_key.sla.json": Case(
        NotJson, "line 5, column 1: ends before the JSON is complete"
    ),
    "truncated_inside_string.sla.json": Case(NotJson, "line 5, column 20: "),
    "not_json_yaml.sla.json": Case(NotJson, "line 1, column 1: is not valid JSON"),
    "not_json_plain_text.sla.json": Case(NotJson, "line 1, column 1: is not valid JSON"),
    "not_json_trailing_comma.sla.json": Case(NotJson, "line 5, column 3: is not valid JSON"),
    "not_json_single_quotes.sla.json": Case(NotJson, "line 2, column 3: is not valid JSON"),
    "not_json_extra_data_after_object.sla.json": Case(NotJson, "line 5, column 1: "),
    "not_json_raw_control_character_in_string.sla.json": Case(NotJson, "line 4, column 22: "),
    "deep_nesting_100000_arrays.sla.json": Case(NotJson, "nested too deeply"),
    "nan_value.sla.json": Case(NotJson, "line 4: NaN is not a number JSON allows"),
    "infinity_value.sla.json": Case(NotJson, "line 4: Infinity is not a number JSON allows"),
    "negative_infinity_value.sla.json": Case(
        NotJson, "line 7: -Infinity is not a number JSON allows"
    ),
    "absurd_number_1e999999.sla.json": Case(NotJson, "line 4: 1e999999 is out of range"),
    "absurd_number_100_digit_integer.sla.json": Case(NotJson, "line 4: 1234567890"),
    "duplicate_keys.sla.json": Case(NotJson, 'line 3: the key "title" appears twice'),
    "duplicate_key_in_second_party.sla.json": Case(
        NotJson,
        'line 11: the key "name" appears twice',
    ),
    # Not an agreement
    "root_is_list.sla.json": Case(InvalidAgreement, "Agreement file: holds a list"),
    "root_is_string.sla.json": Case(InvalidAgreement, "Agreement file: holds a string"),
    "root_is_null.sla.json": Case(InvalidAgreement, "Agreement file: holds null"),
    "missing_schema_version.sla.json": Case(InvalidAgreement, "Schema version: is missing"),
    "schema_version_as_string.sla.json": Case(
        InvalidAgreement, "Schema version: must be a whole number"
    ),
    "schema_version_boolean.sla.json": Case(
        InvalidAgreement, "Schema version: must be a whole number"
    ),
    "schema_version_zero.sla.json": Case(
        InvalidAgreement, "Schema version: must be a whole number"
    ),
    "future_schema_version_99.sla.json": Case(NewerSchema, "newer slawriter (schema version 99"),
    "section_wrong_type_scope_is_list.sla.json": Case(InvalidAgreement, "Scope: input should be"),
    "wrong_type_string_for_number.sla.json": Case(
        InvalidAgreement, "Agreement › Version: input should be a valid integer"
    ),
    "wrong_type_number_for_string.sla.json": Case(
        InvalidAgreement, "Agreement › Title: input should be a valid string"
    ),
    "wrong_type_object_for_list.sla.json": Case(
        InvalidAgreement, "Parties: input should be a valid list"
    ),
    "wrong_type_numeric_string_for_number.sla.json": Case(
        InvalidAgreement, "Agreement › Version: "
    ),
    "wrong_type_decimal_as_text.sla.json": Case(
        InvalidAgreement, "must be written as a number, not as text (found '50')"
    ),
    "wrong_type_string_for_boolean.sla.json": Case(
        InvalidAgreement, "Breach consequences › Credits are the sole remedy: "
    ),
    "unknown_key.sla.json": Case(
        InvalidAgreement, "Agreement: “titel” is not a field slawriter knows"
    ),
    "unknown_top_level_key.sla.json": Case(
        InvalidAgreement, "Agreement file: “pricing” is not a field slawriter knows"
    ),
    "huge_string_title_over_limit.sla.json": Case(
        InvalidAgreement, "Agreement › Title: string should have at most 300 characters"
    ),
    "too_many_items_501_services.sla.json": Case(
        InvalidAgreement, "Scope › Services in scope: list should have at most 500 items"
    ),
    "lone_surrogate_escape.sla.json": Case(InvalidAgreement, "Agreement › Title: "),
    "bad_time_zone.sla.json": Case(
        InvalidAgreement, "Agreement › Time zone: 'Mars/Olympus_Mons' is not a known IANA time zone"
    ),
    "bad_currency.sla.json": Case(
        InvalidAgreement, "Agreement › Currency: 'ABC' is not an ISO 4217 currency code"
    ),
    "bad_id.sla.json": Case(
        InvalidAgreement, "Parties › Party 1 “Acme” › ID: 'Acme Hosting' is not a valid ID"
    ),
    "bad_date.sla.json": Case(InvalidAgreement, "Agreement › Effective date: "),
    "bad_enum_value.sla.json": Case(
        InvalidAgreement, "Objective 1 “uptime” › Metric: input should be 'availability'"
    ),
    "missing_required_field.sla.json": Case(
        InvalidAgreement, "Objective 1 “Monthly uptime” › Target: is required but missing"
    ),
    "several_problems.sla.json": Case(
        InvalidAgreement, "Agreement › Version: input should be greater than or equal to 1"
    ),
}

LARGE_ON_PURPOSE = {"deep_nesting_100000_arrays.sla.json"}


class LoadTimedOut(Exception):
    """A load took longer than :data:`TIME_LIMIT`: it would hang the app."""


@contextlib.contextmanager
def time_limit(seconds: float = TIME_LIMIT) -> Iterator[None]:
    """Interrupt the block (even a blocking ``open``) after ``seconds`` with LoadTimedOut."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise LoadTimedOut(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def snapshot(path: Path) -> tuple[bytes, int, int]:
    """What loading must not change: the bytes, the modification time and the mode."""
    info = path.stat()
    return path.read_bytes(), info.st_mtime_ns, info.st_mode


def assert_refused(
    path: Path, error: type[DocumentError], expect: str, seconds: float = TIME_LIMIT
) -> DocumentError:
    """Load ``path``; check the error's class and its one-line message naming the file."""
    with time_limit(seconds), pytest.raises(DocumentError) as info:
        load_agreement(path)
    exc = info.value
    assert type(exc) is error, f"{type(exc).__name__}: {exc}"
    message = str(exc)
    assert "\n" not in message and "\r" not in message, repr(message)
    assert message.startswith(f"{path}: "), message
    assert expect in message, message
    assert exc.path == path
    for line in exc.lines():
        assert "\n" not in line and line.startswith(f"{path}: "), repr(line)
    return exc


def _bad_file_params() -> list[object]:
    params: list[object] = []
    for name in sorted(p.name for p in BAD.iterdir()):
        params.append(pytest.param(name, id=name.removesuffix(".sla.json")))
    return params


def test_every_bad_file_has_an_expectation_and_the_corpus_stays_small() -> None:
    names = {p.name for p in BAD.iterdir()}
    assert names == set(CASES), "add new files in tests/data/bad/ to CASES (and remove old ones)"
    sizes = {p.name: p.stat().st_size for p in BAD.iterdir()}
    assert sum(sizes.values()) < 1024 * 1024
    big = {name for name, size in sizes.items() if size > 16 * 1024}
    assert big <= LARGE_ON_PURPOSE


@pytest.mark.parametrize("name", _bad_file_params())
def test_bad_file_is_refused_and_left_untouched(name: str, tmp_path: Path) -> None:
    case = CASES.get(name)
    assert case is not None, f"{name} has no entry in CASES"
    # A copy, so that a loader that wrongly writes could only damage tmp_path.
    path = tmp_path / name
    shutil.copy2(BAD / name, path)
    before = snapshot(path)

    assert_refused(path, case.error, case.expect)

    assert snapshot(path) == before
    assert list(tmp_path.iterdir()) == [path], "loading left files behind"


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "several.sla.json"
    shutil.copy2(BAD / "several_problems.sla.json", path)
    exc = assert_refused(path, InvalidAgreement, "(and 2 more problems)")
    assert isinstance(exc, InvalidAgreement)
    assert [issue.where for issue in exc.issues] == [
        "Agreement › Version",
        "Agreement › Currency",
        "Agreement › Time zone",
    ]
    assert len(exc.lines()) == 3


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "looks-like.sla.json"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep me", encoding="utf-8")
    assert_refused(folder, UnreadableFile, "is a folder")
    assert [p.name for p in folder.iterdir()] == ["inside.txt"]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.sla.json"
    assert_refused(path, UnreadableFile, "does not exist")
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_dangling_symlink(tmp_path: Path) -> None:
    path = tmp_path / "link.sla.json"
    path.symlink_to(tmp_path / "gone.sla.json")
    assert_refused(path, UnreadableFile, "does not exist")
    assert path.is_symlink() and not path.exists()


def test_symlink_loop(tmp_path: Path) -> None:
    path = tmp_path / "loop.sla.json"
    path.symlink_to(path)
    assert_refused(path, UnreadableFile, "cannot be read")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.sla.json"
    path.write_text('{"schema_version": 1}\n', encoding="utf-8")
    path.chmod(0)
    assert_refused(path, UnreadableFile, "permission denied")


def _file_of_size(path: Path, size: int) -> None:
    """A JSON agreement of exactly ``size`` bytes whose purpose is one long run of letters."""
    head, tail = b'{"schema_version": 1, "agreement": {"purpose": "', b'"}}\n'
    with path.open("wb") as handle:
        handle.write(head)
        handle.write(b"x" * (size - len(head) - len(tail)))
        handle.write(tail)
    assert path.stat().st_size == size


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.sla.json"
    _file_of_size(path, MAX_FILE_BYTES + 1024 * 1024)
    before = snapshot(path)
    assert_refused(path, UnreadableFile, "MB")
    assert snapshot(path) == before


def test_size_limit_boundary(tmp_path: Path) -> None:
    at_limit, over = tmp_path / "at-limit.sla.json", tmp_path / "over.sla.json"
    _file_of_size(at_limit, MAX_FILE_BYTES)
    _file_of_size(over, MAX_FILE_BYTES + 1)
    # At the limit the file is read, and refused only for what it says.
    assert_refused(at_limit, InvalidAgreement, "Agreement › Purpose: string should have at most")
    assert_refused(over, UnreadableFile, f"larger than {MAX_FILE_BYTES // 1024 // 1024} MB")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_refused() -> None:
    assert_refused(Path("/dev/zero"), UnreadableFile, "not a regular file")


def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.sla.json"
    os.mkfifo(path)
    assert_refused(path, UnreadableFile, "", seconds=1)
