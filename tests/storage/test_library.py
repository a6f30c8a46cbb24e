"""Library folders (issue 15): entries in the agreement files' format, read whole but failing in
parts — a damaged, unreadable or bad file is one message naming it, the rest still usable."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from slawriter.model.agreement import EntryKind, Party
from slawriter.model.library import entry_hash, make_entry
from slawriter.storage import SaveFailed
from slawriter.storage.library import (
    dumps_entry,
    entry_path,
    load_entry,
    read_library,
    remove_entry,
    save_entry,
)
from tests import factories


def _objective_entry():  # type: ignore[no-untyped-def]
    a = factories.agreement()
    uptime = a.service_levels.objectives[0]
    tiers = [t for t in a.consequences.credit_tiers if t.objective == uptime.id]
    return make_entry(EntryKind.OBJECTIVES, uptime, "Our standard uptime", credit_tiers=tiers)


def test_an_entry_is_written_like_an_agreement_and_reads_back_the_same(tmp_path: Path) -> None:
    entry = _objective_entry()
    path = save_entry(tmp_path, "standard-uptime", entry)
    assert path == tmp_path / "objectives" / "standard-uptime.json"
    text = path.read_text(encoding="utf-8")
    assert text == dumps_entry(entry)
    assert text.startswith('{\n  "schema_version": 1,\n  "kind": "objectives",\n')
    assert '"value": 99.9,' in text  # an exact JSON number, not a float or a string
    assert text.endswith("}\n")
    again = load_entry(path)
    assert again == entry
    assert entry_hash(again) == entry_hash(entry)
    assert [t.id for t in again.credit_tiers] == ["t1", "t2", "t3"]  # type: ignore[union-attr]


def test_saving_over_an_entry_needs_replace(tmp_path: Path) -> None:
    entry = make_entry(EntryKind.PARTIES, Party(id="acme", name="Acme GmbH"))
    save_entry(tmp_path, "acme", entry)
    changed = make_entry(EntryKind.PARTIES, Party(id="acme", name="Acme AG"))
    with pytest.raises(SaveFailed, match="already exists — add --force"):
        save_entry(tmp_path, "acme", changed)
    assert load_entry(entry_path(tmp_path, EntryKind.PARTIES, "acme")) == entry
    save_entry(tmp_path, "acme", changed, replace=True)
    assert load_entry(entry_path(tmp_path, EntryKind.PARTIES, "acme")) == changed
    remove_entry(tmp_path, EntryKind.PARTIES, "acme")
    assert read_library(tmp_path).entries == []


def _library_with_problems(folder: Path) -> None:
    save_entry(folder, "acme", make_entry(EntryKind.PARTIES, Party(id="acme", name="Acme GmbH")))
    save_entry(folder, "standard-uptime", _objective_entry())
    (folder / "parties" / "broken.json").write_text('{"schema_version": 1, "kind": "par')
    (folder / "parties" / "Bad Name.json").write_text("{}")
    wrong = folder / "clauses" / "moved.json"
    wrong.parent.mkdir()
    wrong.write_text(dumps_entry(make_entry(EntryKind.PARTIES, Party(id="x"))))
    bad = dict(json.loads(dumps_entry(make_entry(EntryKind.PARTIES, Party(id="y")))))
    bad["item"] = {**bad["item"], "role": "landlord"}
    (folder / "parties" / "bad-role.json").write_text(json.dumps(bad))
    (folder / "calendars").write_text("not a folder")
    (folder / "README.md").write_text("Our library")  # not an entry: left alone


def test_a_damaged_library_names_each_bad_file_and_keeps_the_rest(tmp_path: Path) -> None:
    _library_with_problems(tmp_path)
    contents = read_library(tmp_path)
    assert sorted(e.reference for e in contents.entries) == [
        "objectives/standard-uptime",
        "parties/acme",
    ]
    lines = sorted(line for problem in contents.problems for line in problem.lines())
    folder = str(tmp_path)
    assert lines == [
        f"{folder}/calendars: is not a folder",
        f"{folder}/clauses/moved.json: holds an entry of the kind 'parties' but is in the folder "
        "'clauses' — move it to the folder 'parties'",
        f"{folder}/parties/Bad Name.json: is not named as a library entry: use lowercase "
        "letters, digits and single hyphens, then .json (e.g. 'acme-gmbh.json')",
        f"{folder}/parties/bad-role.json: Item › Role: input should be 'provider', 'customer' or "
        "'partner' (found 'landlord')",
        f"{folder}/parties/broken.json: line 1, column 31: ends before the JSON is complete — "
        "the file may be truncated or not a library entry",
    ]


def test_an_unreadable_folder_is_named_and_the_other_kinds_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_entry(tmp_path, "acme", make_entry(EntryKind.PARTIES, Party(id="acme")))
    save_entry(tmp_path, "uptime", _objective_entry())
    locked = tmp_path / "objectives"
    real_scandir = os.scandir

    def scandir(path: Path) -> Any:  # as for a folder without read permission (root reads all)
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    contents = read_library(tmp_path)
    assert [e.reference for e in contents.entries] == ["parties/acme"]
    assert [str(p) for p in contents.problems] == [
        f"{locked}: cannot be read (Permission denied); the entries in it are left out"
    ]


def test_a_missing_library_folder_is_one_problem(tmp_path: Path) -> None:
    contents = read_library(tmp_path / "gone", "team")
    assert contents.entries == []
    assert [str(p) for p in contents.problems] == [f"{tmp_path / 'gone'}: does not exist"]


def test_a_newer_entry_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "parties" / "acme.json"
    path.parent.mkdir()
    path.write_text('{"schema_version": 7, "kind": "parties", "item": {"id": "acme"}}')
    problems = read_library(tmp_path).problems
    assert [str(p) for p in problems] == [
        f"{path}: was written by a newer slawriter (library version 7; this version reads up "
        "to 1) — update slawriter to open it"
    ]


def test_tiers_must_belong_to_the_entrys_objective(tmp_path: Path) -> None:
    entry = _objective_entry()
    data = json.loads(dumps_entry(entry))
    data["credit_tiers"][0]["objective"] = "other"
    path = tmp_path / "objectives" / "uptime.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data))
    (problem,) = read_library(tmp_path).problems
    assert "the credit tier t1 is for the objective 'other', not for this entry's objective " in (
        str(problem)
    )


def test_numbers_in_an_entry_file_are_json_numbers(tmp_path: Path) -> None:
    data = json.loads(dumps_entry(_objective_entry()), parse_float=Decimal)
    data["item"]["target"]["value"] = "99.9"
    path = tmp_path / "objectives" / "uptime.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data, default=str))
    (problem,) = read_library(tmp_path).problems
    assert "must be written as a number, not as text" in str(problem)


def test_a_library_folder_without_permission_is_one_problem_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A team library folder shared without read or search permission (root reads everything,
    so the refusals are what the system gives any other user)."""
    locked = tmp_path / "team"
    save_entry(locked, "acme", make_entry(EntryKind.PARTIES, Party(id="acme")))
    real_scandir, real_stat = os.scandir, Path.stat

    def scandir(path: Any) -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def stat(self: Path, *, follow_symlinks: bool = True) -> Any:
        if self.parent == locked:  # what lies inside cannot even be looked at
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "stat", stat)
    contents = read_library(locked)
    assert contents.entries == []
    assert [str(p) for p in contents.problems] == [
        f"{locked}: cannot be read (Permission denied); the entries in it are left out"
    ]


def test_a_link_out_of_the_library_is_not_read(tmp_path: Path) -> None:
    library = tmp_path / "team"
    save_entry(library, "acme", make_entry(EntryKind.PARTIES, Party(id="acme")))
    save_entry(tmp_path / "private", "secret", make_entry(EntryKind.PARTIES, Party(id="s")))
    secret = tmp_path / "private" / "parties" / "secret.json"
    (library / "parties" / "secret.json").symlink_to(secret)
    (library / "parties" / "same.json").symlink_to(library / "parties" / "acme.json")
    (library / "objectives").symlink_to(tmp_path / "private" / "parties", target_is_directory=True)
    contents = read_library(library)
    assert [e.reference for e in contents.entries] == ["parties/acme", "parties/same"]
    assert sorted(str(p) for p in contents.problems) == [
        f"{library / 'objectives'}: is a link to {tmp_path / 'private' / 'parties'}, outside the "
        "library; it is left out (a library's entries are its own files)",
        f"{library / 'parties' / 'secret.json'}: is a link to {secret}, outside the library; it "
        "is left out (a library's entries are its own files)",
    ]
