"""Saving and loading agreement files: the format on disk, atomic saves, versions, migrations."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field

import slawriter.storage.atomic as atomic
from slawriter.model import Agreement
from slawriter.model.agreement import Consequences, Party, Target, TargetUnit
from slawriter.storage import (
    SUFFIX,
    InvalidAgreement,
    MigrationFailed,
    NewerSchema,
    SaveFailed,
    dumps_agreement,
    files,
    load_agreement,
    migrations,
    save_agreement,
)
from tests import factories

NON_ASCII = "Müller & Söhne — 東京 🚀 👩‍💻 «ok»"
RTL = "شركة الاستضافة הסכם"


def rich_agreement() -> Agreement:
    """The factory agreement with non-ASCII and right-to-left text in it."""
    agreement = factories.agreement()
    agreement.agreement.title = "Acuerdo de nivel de servicio — Café ✓"
    agreement.parties[1].name = NON_ASCII
    agreement.parties.append(Party(id="partner", name=RTL))
    return agreement


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------------------------------------
# The format on disk


def test_file_is_utf8_json_with_two_space_indent_and_a_trailing_newline(tmp_path: Path) -> None:
    path = tmp_path / f"hosting{SUFFIX}"
    save_agreement(rich_agreement(), path)
    data = path.read_bytes()
    text = data.decode("utf-8")  # strict: raises on anything that is not UTF-8
    assert not data.startswith(b"\xef\xbb\xbf"), "no byte order mark"
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "\r" not in text
    # Every choice of layout is the standard library's indent=2 layout, so diffs stay small.
    # (The factory's numbers are ones a float prints back exactly, so json's floats are safe.)
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert text.startswith('{\n  "schema_version": 2,\n  "agreement": {\n    "kind": ')


def test_non_ascii_text_is_written_as_is(tmp_path: Path) -> None:
    path = tmp_path / "a.sla.json"
    save_agreement(rich_agreement(), path)
    data = path.read_bytes()
    for text in (NON_ASCII, RTL, "Acuerdo de nivel de servicio — Café ✓"):
        assert f'"{text}"'.encode() in data
    assert b"\\u" not in data, "non-ASCII text must not be escaped"


def test_control_characters_and_quotes_are_escaped(tmp_path: Path) -> None:
    agreement = Agreement()
    agreement.agreement.purpose = 'Line one\nline "two"\ttab \\ back \x00 nul \u2028 sep'
    path = tmp_path / "a.sla.json"
    save_agreement(agreement, path)
    text = path.read_text(encoding="utf-8")
    assert r'"purpose": "Line one\nline \"two\"\ttab \\ back \u0000 nul' in text
    assert load_agreement(path) == agreement


def _assert_model_order(model: BaseModel, data: Any, where: str = "") -> None:
    assert isinstance(data, dict), where
    # An item's library source is written only when it came from a library (issue 15).
    fields = [n for n in type(model).model_fields if n != "source" or model.source is not None]  # type: ignore[attr-defined]
    assert list(data) == fields, f"key order at {where or 'the root'}"
    for name in fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            _assert_model_order(value, data[name], f"{where}.{name}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _assert_model_order(item, data[name][index], f"{where}.{name}[{index}]")


def test_keys_follow_the_model_field_order_at_every_level(tmp_path: Path) -> None:
    agreement = rich_agreement()
    path = tmp_path / "a.sla.json"
    save_agreement(agreement, path)
    _assert_model_order(agreement, json.loads(path.read_text(encoding="utf-8")))


def test_decimals_are_written_as_exact_json_numbers(tmp_path: Path) -> None:
    agreement = factories.agreement()
    agreement.consequences = Consequences(
        monthly_fee=Decimal("123456789012345.123456"),  # more digits than a float holds
        credit_cap_percent=Decimal("99.90"),
    )
    agreement.service_levels.objectives[0].target = Target(
        value=Decimal("99.9"), unit=TargetUnit.PERCENT
    )
    path = tmp_path / "a.sla.json"
    save_agreement(agreement, path)
    text = path.read_text(encoding="utf-8")
    assert '"monthly_fee": 123456789012345.123456,' in text
    assert '"credit_cap_percent": 99.90,' in text
    assert '"value": 99.9,' in text
    assert "99.90000" not in text and "99.899" not in text and '"99.9"' not in text

    loaded = load_agreement(path)
    assert isinstance(loaded.consequences.monthly_fee, Decimal)
    assert str(loaded.consequences.monthly_fee) == "123456789012345.123456"
    assert str(loaded.consequences.credit_cap_percent) == "99.90"
    assert str(loaded.service_levels.objectives[0].target.value) == "99.9"


def test_dates_and_times_are_iso_strings(tmp_path: Path) -> None:
    path = tmp_path / "a.sla.json"
    save_agreement(factories.agreement(), path)
    text = path.read_text(encoding="utf-8")
    assert '"effective_date": "2027-01-01",' in text
    assert '"start": "09:00:00",' in text


# ---------------------------------------------------------------------------------------------
# Round trip


@pytest.mark.parametrize(
    "make", [Agreement, factories.agreement, rich_agreement], ids=["empty", "factory", "rich"]
)
def test_save_then_load_gives_the_same_agreement(make: Any, tmp_path: Path) -> None:
    agreement = make()
    path = tmp_path / "a.sla.json"
    save_agreement(agreement, path)
    first = path.read_bytes()
    loaded = load_agreement(path)
    assert loaded == agreement
    save_agreement(loaded, path)
    assert path.read_bytes() == first
    assert listing(tmp_path) == ["a.sla.json"]


def test_file_with_a_utf8_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.sla.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_agreement(rich_agreement()).encode("utf-8"))
    assert load_agreement(path) == rich_agreement()


def test_loading_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "a.sla.json"
    save_agreement(factories.agreement(), path)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = path.read_bytes(), path.stat().st_mtime_ns
    load_agreement(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert listing(tmp_path) == ["a.sla.json"]


# ---------------------------------------------------------------------------------------------
# Saving: permissions, failures


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o444])
def test_saving_over_a_file_keeps_its_permission_bits(mode: int, tmp_path: Path) -> None:
    path = tmp_path / "a.sla.json"
    save_agreement(Agreement(), path)
    path.chmod(mode)
    save_agreement(factories.agreement(), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert load_agreement(path) == factories.agreement()


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask_022")
def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.sla.json"
    save_agreement(Agreement(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's private 0o600


def _existing(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "a.sla.json"
    save_agreement(factories.agreement(), path)
    return path, path.read_bytes()


def test_saving_to_a_folder_fails_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sla.json"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(SaveFailed) as info:
        save_agreement(Agreement(), folder)
    assert str(info.value).startswith(f"{folder}: ")
    assert "is a folder" in str(info.value)
    assert listing(folder) == ["keep.txt"]
    assert listing(tmp_path) == ["folder.sla.json"]


def test_saving_into_a_missing_folder_fails(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "a.sla.json"
    with pytest.raises(SaveFailed) as info:
        save_agreement(Agreement(), path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "could not be saved" in message
    assert listing(tmp_path) == []


def test_saving_below_a_file_fails(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "plain.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(SaveFailed):
        save_agreement(Agreement(), not_a_folder / "a.sla.json")
    assert not_a_folder.read_text(encoding="utf-8") == "x"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_saving_into_a_read_only_folder_keeps_the_old_file(tmp_path: Path) -> None:
    path, old = _existing(tmp_path)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(SaveFailed) as info:
            save_agreement(Agreement(), path)
    finally:
        tmp_path.chmod(0o755)
    assert "previous file is unchanged" in str(info.value)
    assert path.read_bytes() == old
    assert listing(tmp_path) == ["a.sla.json"]


def _fail_with(exc: BaseException) -> Any:
    def fail(*args: object, **kwargs: object) -> None:
        raise exc

    return fail


@pytest.mark.parametrize(
    ("target", "exc"),
    [
        ("os.fsync", OSError(errno.EIO, "Input/output error")),
        ("os.fsync", OSError(errno.ENOSPC, "No space left on device")),
        ("pathlib.Path.replace", OSError(errno.EACCES, "Permission denied")),
    ],
    ids=["fsync-eio", "disk-full", "replace-denied"],
)
def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary_file(
    target: str, exc: OSError, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, old = _existing(tmp_path)
    with monkeypatch.context() as patch, pytest.raises(SaveFailed) as info:
        patch.setattr(target, _fail_with(exc))
        save_agreement(rich_agreement(), path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert exc.strerror is not None and exc.strerror in message
    assert "previous file is unchanged" in message
    assert isinstance(info.value.__cause__, OSError)
    assert path.read_bytes() == old
    assert listing(tmp_path) == ["a.sla.json"]


def test_an_interrupted_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, old = _existing(tmp_path)
    with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
        patch.setattr(atomic.os, "fsync", _fail_with(KeyboardInterrupt()))
        save_agreement(rich_agreement(), path)
    assert path.read_bytes() == old
    assert listing(tmp_path) == ["a.sla.json"]


def test_saving_through_a_symlink_updates_the_linked_file(tmp_path: Path) -> None:
    real = tmp_path / "real.sla.json"
    save_agreement(Agreement(), real)
    link = tmp_path / "link.sla.json"
    link.symlink_to(real)
    save_agreement(factories.agreement(), link)
    assert link.is_symlink()
    assert load_agreement(real) == factories.agreement()


def test_a_file_with_a_long_name_can_be_saved(tmp_path: Path) -> None:
    path = tmp_path / ("x" * (250 - len(SUFFIX)) + SUFFIX)
    path.write_text('{"schema_version": 1}\n', encoding="utf-8")
    loaded = load_agreement(path)
    save_agreement(loaded, path)


# ---------------------------------------------------------------------------------------------
# Schema versions and migrations


def test_a_file_from_a_newer_slawriter_is_refused(tmp_path: Path) -> None:
    newer = files.SCHEMA_VERSION + 1
    path = tmp_path / "new.sla.json"
    text = f'{{\n  "schema_version": {newer},\n  "a_field_from_the_future": true\n}}\n'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NewerSchema) as info:
        load_agreement(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert f"newer slawriter (schema version {newer};" in message
    assert f"reads up to {files.SCHEMA_VERSION}" in message
    assert "update slawriter" in message
    assert path.read_text(encoding="utf-8") == text


class AgreementV2(Agreement):
    """The agreement as a version-2 slawriter would define it.

    ``Agreement.schema_version`` is bounded by ``le=SCHEMA_VERSION`` when the class is created,
    so patching the constant alone is not enough: the loader's model is swapped as well.
    """

    schema_version: Annotated[int, Field(ge=1, le=2)] = Field(2, title="Schema version")


class AgreementV3(Agreement):
    schema_version: Annotated[int, Field(ge=1, le=3)] = Field(3, title="Schema version")


def _rename_name_to_title(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2 of a made-up history: ``agreement.name`` became ``agreement.title``."""
    info = dict(data.get("agreement", {}))
    if "name" in info:
        info["title"] = info.pop("name")
    return {**data, "agreement": info}


V1_FILE = """{
  "schema_version": 1,
  "agreement": {
    "name": "Hosting SLA — Café ✓",
    "version": 3
  }
}
"""


def _pretend_schema(
    monkeypatch: pytest.MonkeyPatch, version: int, model: type[Agreement], steps: dict[int, Any]
) -> None:
    monkeypatch.setattr(files, "SCHEMA_VERSION", version)
    monkeypatch.setattr(files, "Agreement", model)
    monkeypatch.setattr(migrations, "STEPS", steps)


def _v1_file(tmp_path: Path) -> tuple[Path, tuple[bytes, int]]:
    path = tmp_path / "old.sla.json"
    path.write_text(V1_FILE, encoding="utf-8")
    return path, (path.read_bytes(), path.stat().st_mtime_ns)


def _untouched(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_the_current_version_needs_no_migration() -> None:
    assert files.SCHEMA_VERSION == 2
    assert Agreement().schema_version == files.SCHEMA_VERSION
    # Every step up to the current version is registered.
    assert all(v in migrations.STEPS for v in range(1, files.SCHEMA_VERSION))


def test_an_older_file_is_migrated_on_load_and_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def step(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(data["schema_version"])
        return _rename_name_to_title(data)

    _pretend_schema(monkeypatch, 2, AgreementV2, {1: step})
    path, before = _v1_file(tmp_path)

    loaded = files.load_agreement(path)

    assert calls == [1]
    assert loaded.schema_version == 2
    assert loaded.agreement.title == "Hosting SLA — Café ✓"
    assert loaded.agreement.version == 3
    assert _untouched(path) == before, "migrating must not rewrite the file"
    assert listing(tmp_path) == ["old.sla.json"]
    # Saving then writes the new layout.
    text = files.dumps_agreement(loaded)
    assert '"schema_version": 2,' in text and '"title": "Hosting SLA — Café ✓"' in text
    assert '"name"' not in text.split('"parties"')[0]


def test_migration_steps_run_in_order_on_a_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int]] = []

    def one(data: dict[str, Any]) -> dict[str, Any]:
        seen.append((1, data["schema_version"]))
        data["agreement"]["document_id"] = "from-step-1"  # mutates its input on purpose
        return _rename_name_to_title(data)

    def two(data: dict[str, Any]) -> dict[str, Any]:
        seen.append((2, data["schema_version"]))
        data["agreement"]["document_id"] += "+2"
        return data

    _pretend_schema(monkeypatch, 3, AgreementV3, {2: two, 1: one})
    original = json.loads(V1_FILE)
    raw = json.loads(V1_FILE)

    loaded = files.agreement_from_json(raw, "old.sla.json")

    assert seen == [(1, 1), (2, 2)]
    assert loaded.schema_version == 3
    assert loaded.agreement.title == "Hosting SLA — Café ✓"
    assert loaded.agreement.document_id == "from-step-1+2"
    assert raw == original, "steps must work on a copy of the caller's data"


def test_a_missing_migration_step_fails_with_migration_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pretend_schema(monkeypatch, 3, AgreementV3, {1: _rename_name_to_title})
    path, before = _v1_file(tmp_path)
    with pytest.raises(MigrationFailed) as info:
        files.load_agreement(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "no migration from schema version 2 to 3" in message
    assert _untouched(path) == before


def test_no_steps_at_all_fails_with_migration_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pretend_schema(monkeypatch, 2, AgreementV2, {})
    path, before = _v1_file(tmp_path)
    with pytest.raises(MigrationFailed, match="no migration from schema version 1 to 2"):
        files.load_agreement(path)
    assert _untouched(path) == before


def test_a_step_that_crashes_fails_with_migration_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "agreement": data["no such section"]}

    _pretend_schema(monkeypatch, 2, AgreementV2, {1: broken})
    path, before = _v1_file(tmp_path)
    with pytest.raises(MigrationFailed) as info:
        files.load_agreement(path)
    message = str(info.value)
    assert "\n" not in message
    assert "could not be upgraded from schema version 1" in message
    assert "the file is unchanged" in message
    assert _untouched(path) == before


def test_a_migrated_file_is_still_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without a step, the version-1 field "name" is unknown to version 2.
    _pretend_schema(monkeypatch, 2, AgreementV2, {1: lambda data: data})
    path, before = _v1_file(tmp_path)
    with pytest.raises(InvalidAgreement, match="“name” is not a field slawriter knows"):
        files.load_agreement(path)
    assert _untouched(path) == before


def test_with_version_2_current_a_version_3_file_is_newer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pretend_schema(monkeypatch, 2, AgreementV2, {1: _rename_name_to_title})
    path = tmp_path / "v3.sla.json"
    path.write_text('{"schema_version": 3}\n', encoding="utf-8")
    with pytest.raises(NewerSchema, match=r"schema version 3; this version reads up to 2"):
        files.load_agreement(path)
