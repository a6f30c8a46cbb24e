"""``slawriter library list | show | add | remove``, ``new --from-library`` and ``check`` with
the libraries in use (issue 15): as a user types them, exit 2 on bad input with one line."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from slawriter.cli import ENTRY_KINDS
from slawriter.model.agreement import EntryKind
from slawriter.services.library import (
    save_team_library_folders,
    user_library_folder,
)
from slawriter.storage import load_agreement, save_agreement
from tests import factories
from tests.cli.test_cli import run


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "hosting.sla.json"
    save_agreement(factories.agreement(), path)
    return path


def test_the_command_line_knows_every_kind_of_entry() -> None:
    assert tuple(kind.value for kind in EntryKind) == ENTRY_KINDS


def test_save_list_show_and_remove_an_entry_of_the_user_library(source: Path) -> None:
    code, out, err = run(
        "library", "add", str(source), "objectives/uptime", "--as", "standard-uptime",
        "--description", "Our uptime",
    )  # fmt: skip
    path = user_library_folder() / "objectives" / "standard-uptime.json"
    assert (code, err) == (0, "")
    assert out.startswith(f"{path}: entry objectives/standard-uptime saved, version ")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["description"] == "Our uptime"
    assert [t["objective"] for t in saved["credit_tiers"]] == ["uptime"] * 3

    code, out, err = run("library", "list")
    assert (code, err) == (0, "")
    (line,) = out.splitlines()
    assert line.split()[:2] == ["objectives/standard-uptime", "personal"]
    assert line.endswith("Monthly uptime")

    code, out, _ = run("library", "show", "objectives/standard-uptime")
    assert code == 0
    assert out.splitlines()[1] == f"{path}:"
    assert '"name": "Monthly uptime"' in out

    assert run("library", "add", str(source), "objectives/uptime", "--as", "standard-uptime")[
        :3
    ] == (2, "", f"{path}: already exists — add --force to replace it\n")

    assert run("library", "remove", "objectives/standard-uptime") == (
        0,
        f"{path}: entry objectives/standard-uptime removed\n",
        "",
    )
    assert not path.exists()
    code, out, err = run("library", "list")  # an empty library says so
    assert (code, err) == (0, "")
    assert out == f"no entries in the libraries in use: 'personal' ({user_library_folder()})\n"
    code, out, _ = run("library", "list", "--kind", "clauses")
    assert out.startswith("no clauses entries in the libraries in use: 'personal' (")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["library", "show", "objective/x"], "'objective/x' does not name a library entry"),
        (["library", "show", "objectives/x"], "'objectives/x': no library in use holds this"),
        (["library", "remove", "parties/x"], "parties/x.json: does not exist"),
        (["library", "add", "FILE", "parties/nobody"], "the agreement has no party with the ID"),
        (["library", "add", "FILE", "contacts/acme/1"], "give the contact's entry ID with --as"),
        (["new", "-o", "OUT", "--from-library", "parties/x"], "no library in use holds this"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    source: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    argv = [
        str(source) if a == "FILE" else str(tmp_path / "new.sla.json") if a == "OUT" else a
        for a in argv
    ]
    code, _out, err = run(*argv)
    assert code == 2
    assert message in err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert not (tmp_path / "new.sla.json").exists()


def _team_library(tmp_path: Path, source: Path) -> Path:
    team = tmp_path / "acme-legal"
    for item, entry_id in (("parties/acme", "acme"), ("objectives/uptime", "uptime")):
        assert run("library", "add", str(source), item, "--as", entry_id, "--to", str(team))[0] == 0
    return team


def test_new_from_library_replaces_the_presets_item_and_remembers_the_source(
    source: Path, tmp_path: Path
) -> None:
    team = _team_library(tmp_path, source)
    target = tmp_path / "new.sla.json"
    code, out, err = run(
        "new", "-o", str(target), "--from-library", "parties/acme",
        "--from-library", "acme-legal:objectives/uptime", "--library", str(team),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [
        "  parties/acme: inserted",
        "  acme-legal:objectives/uptime: inserted",
    ]
    made = load_agreement(target)
    assert [p.id for p in made.parties] == ["acme"]
    assert made.parties[0].source is not None
    assert (made.parties[0].source.library, made.parties[0].source.entry) == ("acme-legal", "acme")
    assert [t.objective for t in made.consequences.credit_tiers] == ["uptime"] * 3

    preset = tmp_path / "preset.sla.json"
    code, out, err = run(
        "new", "--preset", "saas-availability", "-o", str(preset),
        "--from-library", "objectives/uptime", "--library", str(team),
    )  # fmt: skip
    assert code == 0
    objectives = load_agreement(preset).service_levels.objectives
    assert "uptime" in [o.id for o in objectives]


def test_check_reports_an_older_entry_with_the_difference_and_a_team_preference(
    source: Path, tmp_path: Path
) -> None:
    team = _team_library(tmp_path, source)
    save_team_library_folders([team])  # the preference the app will show
    target = tmp_path / "new.sla.json"
    assert run("new", "-o", str(target), "--from-library", "objectives/uptime")[0] == 0
    _, out, _ = run("check", str(target))
    assert "older version" not in out

    entry = team / "objectives" / "uptime.json"
    entry.write_text(entry.read_text().replace('"value": 99.9,', '"value": 99.95,'))
    _code, out, err = run("check", str(target))
    assert err == ""
    assert (
        f"{target}: warning: Service level objectives › Objectives › Objective 1 “Monthly "
        "uptime”: uses an older version of the library entry objectives/uptime of the library "
        "'acme-legal'; the library now says: Target › Value: 99.9 → 99.95"
    ) in out.splitlines()


def test_a_damaged_library_is_named_and_the_rest_still_used(source: Path, tmp_path: Path) -> None:
    team = _team_library(tmp_path, source)
    bad = team / "parties" / "broken.json"
    bad.write_text("{")
    code, out, err = run("library", "list", "--library", str(team))
    assert code == 1  # it ran and found a problem
    assert [line.split()[0] for line in out.splitlines()] == ["parties/acme", "objectives/uptime"]
    assert err.startswith(f"slawriter: warning: {bad}: ")
    target = tmp_path / "new.sla.json"
    code, out, err = run(
        "new", "-o", str(target), "--from-library", "objectives/uptime", "--library", str(team)
    )
    assert code == 0 and target.exists()
    assert f"{bad}: " in err


def _updated_entries(team: Path) -> None:
    """The team changes its uptime target and its party's name."""
    entry = team / "objectives" / "uptime.json"
    entry.write_text(entry.read_text().replace('"value": 99.9,', '"value": 99.95,'))
    party = team / "parties" / "acme.json"
    text = party.read_text()
    name = json.loads(text)["item"]["name"]
    party.write_text(text.replace(f'"name": "{name}"', '"name": "Acme Hosting GmbH"'))


def test_library_update_brings_items_up_to_the_current_entry(source: Path, tmp_path: Path) -> None:
    team = _team_library(tmp_path, source)
    target = tmp_path / "new.sla.json"
    code, _, _ = run(
        "new", "-o", str(target), "--from-library", "parties/acme",
        "--from-library", "objectives/uptime", "--library", str(team),
    )  # fmt: skip
    assert code == 0
    lib = ["--library", str(team)]
    assert run("library", "update", str(target), "--all", *lib) == (
        0,
        f"{target}: nothing to update; the file is unchanged\n",
        "",
    )
    _updated_entries(team)
    before = load_agreement(target)
    code, out, err = run("library", "update", str(target), "objectives/uptime", *lib)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(
        f"{target}: Service level objectives › Objectives › Objective 1 “Monthly uptime”: "
        "updated to version "
    )
    assert lines[0].endswith("of objectives/uptime ('acme-legal'): Target › Value: 99.9 → 99.95")
    assert lines[-1] == f"{target}: 1 item updated and saved"
    after = load_agreement(target)
    assert after.service_levels.objectives[0].target.value == Decimal("99.95")
    assert after.parties[0].name == before.parties[0].name  # not named: left as it was
    assert "older version" in run("check", str(target), *lib)[1]  # the party still is

    code, out, err = run("library", "update", str(target), "--all", *lib)
    assert (code, err) == (0, "")
    assert "Acme Hosting GmbH" in out.splitlines()[0]
    assert out.splitlines()[-1] == f"{target}: 1 item updated and saved"
    assert load_agreement(target).parties[0].name == "Acme Hosting GmbH"
    _, out, _ = run("check", str(target), *lib)
    assert "older version" not in out
    code, out, _ = run("library", "update", str(target), "objectives/uptime", *lib)
    assert (code, out.splitlines()[-1]) == (
        0,
        f"{target}: nothing to update; the file is unchanged",
    )
    assert "Objective 1 “Monthly uptime”: up to date" in out.splitlines()[0]


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([], "name the items to update as KIND/ITEM-ID"),
        (["parties/shop"], "'parties/shop': this item did not come from a library"),
        (["parties/nobody"], "the agreement has no party with the ID 'nobody'"),
        (["objective/uptime"], "'objective/uptime' does not name a library entry"),
    ],
)
def test_library_update_refuses_bad_input(
    source: Path, tmp_path: Path, items: list[str], message: str
) -> None:
    team = _team_library(tmp_path, source)  # made from ``source``, which has no library item
    _updated_entries(team)
    before = source.read_bytes()
    code, _out, err = run("library", "update", str(source), *items, "--library", str(team))
    assert code == 2 and message in err and len(err.splitlines()) == 1, err
    assert source.read_bytes() == before


def test_library_update_never_changes_a_signed_agreement(source: Path, tmp_path: Path) -> None:
    from slawriter.model.agreement import AgreementStatus

    team = _team_library(tmp_path, source)
    target = tmp_path / "new.sla.json"
    run("new", "-o", str(target), "--from-library", "objectives/uptime", "--library", str(team))
    agreement = load_agreement(target)
    agreement.signoff.status = AgreementStatus.SIGNED
    save_agreement(agreement, target)
    _updated_entries(team)
    before = target.read_bytes()
    code, out, err = run("library", "update", str(target), "--all", "--library", str(team))
    assert (code, out) == (2, "")
    assert err.startswith(f"slawriter: {target}: ") and "nothing was updated" in err
    assert "signed" in err
    assert target.read_bytes() == before


def test_new_from_library_says_what_an_entry_still_needs(tmp_path: Path) -> None:
    """An objective with per-priority targets put into an agreement without those priorities:
    the draft is written (as any draft is) and the author hears at once what to fix."""
    support = tmp_path / "support.sla.json"
    assert run("new", "--preset", "customer-support", "-o", str(support))[0] == 0
    team = tmp_path / "team"
    added = run("library", "add", str(support), "objectives/first-response", "--to", str(team))
    assert added[0] == 0, added
    target = tmp_path / "new.sla.json"
    code, out, err = run(
        "new", "--preset", "saas-availability", "-o", str(target),
        "--from-library", "objectives/first-response", "--library", str(team),
    )  # fmt: skip
    assert code == 0 and target.exists()
    assert out.splitlines()[1] == "  objectives/first-response: inserted"
    lines = err.splitlines()
    assert lines[0] == (
        f"{target}: warning: the library entries need 6 problems fixed before the contract can "
        "be exported:"
    )
    assert any("refers to priority 'p1', which does not exist" in line for line in lines[1:])
    assert all(line.startswith(f"  {target}: ") for line in lines[1:])
    # what the preset alone has is not blamed on the entries
    plain = run("new", "--preset", "saas-availability", "-o", str(tmp_path / "plain.sla.json"))
    assert plain[2] == ""


def _from_team_library(tmp_path: Path, source: Path) -> tuple[Path, list[str]]:
    team = _team_library(tmp_path, source)
    target = tmp_path / "new.sla.json"
    code, _, err = run(
        "new", "-o", str(target), "--from-library", "parties/acme",
        "--from-library", "objectives/uptime", "--library", str(team),
    )  # fmt: skip
    assert code == 0, err
    return target, ["--library", str(team)]


def test_library_update_never_replaces_what_was_changed_in_the_agreement_unasked(
    source: Path, tmp_path: Path
) -> None:
    target, lib = _from_team_library(tmp_path, source)
    agreement = load_agreement(target)
    agreement.service_levels.objectives[0].name = "Uptime of the shop"  # our own wording
    save_agreement(agreement, target)
    _updated_entries(Path(lib[1]))
    before = target.read_bytes()
    code, out, err = run("library", "update", str(target), "--all", *lib)
    assert (code, out) == (2, ""), err
    assert err.splitlines() == [
        f"slawriter: {target}: Service level objectives › Objectives › Objective 1 “Uptime of "
        "the shop”: was changed in this agreement since it came from the library",
        "updating would replace its changes with the library's text; add --force to replace "
        "them, or name the other items; nothing was updated",
    ]
    assert target.read_bytes() == before
    # The party was not changed here: it can be updated by name.
    assert run("library", "update", str(target), "parties/acme", *lib)[0] == 0
    assert load_agreement(target).service_levels.objectives[0].name == "Uptime of the shop"
    code, out, err = run("library", "update", str(target), "--all", "--force", *lib)
    assert (code, err) == (0, ""), err
    after = load_agreement(target).service_levels.objectives[0]
    assert (after.name, after.target.value) == ("Monthly uptime", Decimal("99.95"))
    # Updated, the item is the library's again: a later library change updates without --force.
    team = Path(lib[1]) / "objectives" / "uptime.json"
    team.write_text(team.read_text().replace('"value": 99.95,', '"value": 99.99,'))
    assert run("library", "update", str(target), "--all", *lib)[0] == 0


def test_library_update_of_an_approved_agreement_says_the_approval_is_of_the_earlier_text(
    source: Path, tmp_path: Path
) -> None:
    target, lib = _from_team_library(tmp_path, source)
    for argv in (
        ["status", str(target), "--set", "in_review", "--by", "Ana"],
        ["approve", str(target), "--role", "Legal review", "--name", "Bo Li", "--by", "Ana"],
        ["status", str(target), "--set", "approved", "--by", "Bo Li"],
    ):
        assert run(*argv)[0] == 0
    _updated_entries(Path(lib[1]))
    code, out, err = run("library", "update", str(target), "--all", *lib)
    assert code == 0 and out.endswith("2 items updated and saved\n")
    assert err.startswith(f"slawriter: warning: {target}: the agreement changed after its last ")
    assert "the approval applies to the earlier text — send it for review again" in err
    code, out, err = run("approve", str(target), "--role", "Finance", "--name", "Cy", "--by", "Ana")
    assert code == 0 and out == f"{target}: approval 'Finance' by Cy recorded\n"
    assert err.startswith(f"slawriter: warning: {target}: the text changed after Legal review ")
    assert "that approval is of the earlier text" in err


def test_the_library_folders_can_be_given_before_the_action(source: Path, tmp_path: Path) -> None:
    team = _team_library(tmp_path, source)
    for argv in (
        ["library", "--library", str(team), "list"],
        ["library", "list", "--library", str(team)],
    ):
        code, out, err = run(*argv)
        assert (code, err) == (0, ""), argv
        assert [line.split()[:2] for line in out.splitlines()] == [
            ["parties/acme", "acme-legal"],
            ["objectives/uptime", "acme-legal"],
        ]


def test_two_libraries_of_one_name_are_not_mixed_and_one_entry_in_two_must_be_named(
    source: Path, tmp_path: Path
) -> None:
    team = _team_library(tmp_path, source)  # "acme-legal"
    twin = tmp_path / "elsewhere" / "acme-legal"
    other = tmp_path / "ops"
    for folder in (twin, other):
        added = run("library", "add", str(source), "objectives/uptime", "--to", str(folder))
        assert added[0] == 0, added
    code, out, err = run("library", "list", "--library", str(team), "--library", str(twin))
    assert code == 1 and "ops" not in out
    assert err == (
        f"slawriter: warning: {twin}: is called 'acme-legal' too, like the library in {team}; it "
        "is left out — give one of the folders another name\n"
    )
    lib = ["--library", str(team), "--library", str(other)]
    target = tmp_path / "new.sla.json"
    code, out, err = run("new", "-o", str(target), "--from-library", "objectives/uptime", *lib)
    assert (code, out) == (2, "") and not target.exists()
    assert err == (
        "slawriter: 'objectives/uptime' is in more than one library in use ('acme-legal', "
        "'ops'); write LIBRARY:objectives/uptime for the one meant\n"
    )
    code, _, err = run("new", "-o", str(target), "--from-library", "ops:objectives/uptime", *lib)
    assert code == 0, err


def test_replacing_an_entry_keeps_what_the_agreement_does_not_hold_and_says_so(
    tmp_path: Path,
) -> None:
    from slawriter.model.agreement import Clause, Language
    from slawriter.model.library import ClauseEntry, ClauseText
    from slawriter.storage.library import load_entry, save_entry

    team = tmp_path / "legal"
    house = ClauseEntry(
        kind="clauses",
        description="Yearly audit right, approved by legal",
        language=Language.EN,
        item=Clause(id="audit", title="Audit", text="Once a year."),
        translations=[ClauseText(language=Language.ES, title="Auditoría", text="Una vez al año.")],
    )
    save_entry(team, "audit", house)
    agreement = factories.agreement()
    agreement.governance.extra_clauses = [
        Clause(id="audit", title="Audit", text="Once a year, on 30 days' notice.")
    ]
    path = tmp_path / "a.sla.json"
    save_agreement(agreement, path)
    code, out, err = run("library", "add", str(path), "clauses/audit", "--to", str(team), "--force")
    entry_file = team / "clauses" / "audit.json"
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == (
        f"{entry_file}: kept from the entry it replaces: its description, its es text"
    )
    saved = load_entry(entry_file)
    assert isinstance(saved, ClauseEntry)
    assert saved.item.text == "Once a year, on 30 days' notice."
    assert saved.description == house.description
    assert [(t.language, t.text) for t in saved.translations] == [(Language.ES, "Una vez al año.")]
    # A description given replaces the earlier one.
    code, out, _ = run(
        "library", "add", str(path), "clauses/audit", "--to", str(team), "--force",
        "--description", "Audit on notice",
    )  # fmt: skip
    assert code == 0 and out.splitlines()[1].endswith(
        "kept from the entry it replaces: its es text"
    )
    assert load_entry(entry_file).description == "Audit on notice"


def test_a_clause_left_in_the_old_language_after_the_agreement_changed_language_is_flagged(
    tmp_path: Path,
) -> None:
    from slawriter.model.agreement import Clause, Language
    from slawriter.model.library import ClauseEntry, ClauseText
    from slawriter.storage.library import save_entry

    team = tmp_path / "legal"
    save_entry(
        team,
        "audit",
        ClauseEntry(
            kind="clauses",
            language=Language.EN,
            item=Clause(id="audit", title="Audit", text="Once a year."),
            translations=[
                ClauseText(language=Language.ES, title="Auditoría", text="Una vez al año.")
            ],
        ),
    )
    lib = ["--library", str(team)]
    target = tmp_path / "a.sla.json"
    assert run("new", "-o", str(target), "--from-library", "clauses/audit", *lib)[0] == 0
    agreement = load_agreement(target)
    agreement.agreement.language = Language.ES
    save_agreement(agreement, target)
    _, out, _ = run("check", str(target), *lib)
    assert (
        "the clause is in en, as the library clause clauses/audit of the library 'legal' was "
        "inserted, but the agreement is in es; update it from the library to put in its es text"
    ) in out
    code, out, err = run("library", "update", str(target), "--all", *lib)
    assert (code, err) == (0, "")
    assert "Heading: “Audit” → “Auditoría”; Text: “Once a year.” → “Una vez al año.”" in out
    (clause,) = load_agreement(target).governance.extra_clauses
    assert (clause.title, clause.text) == ("Auditoría", "Una vez al año.")
    assert "the clause is in" not in run("check", str(target), *lib)[1]


def test_what_is_said_about_library_folders_names_the_mistake(source: Path, tmp_path: Path) -> None:
    team = _team_library(tmp_path, source)
    (team / "objective").mkdir()  # a typo of objectives/
    (team / ".git").mkdir()  # a repository's own folder is not a mistake
    code, out, err = run("library", "list", "--library", str(team))
    assert code == 1 and "objectives/uptime" in out
    assert err == (
        f"slawriter: warning: {team / 'objective'}: is not a folder of library entries (those "
        "are: calendars, clauses, contacts, exclusions, objectives, parties, responsibilities); "
        "the files in it are left out\n"
    )
    assert run("library", "show", "nosuch:objectives/uptime", "--library", str(team))[2].endswith(
        "slawriter: 'nosuch:objectives/uptime': no library in use is called 'nosuch' (the "
        "libraries in use: 'personal', 'acme-legal')\n"
    )
    code, out, err = run("library", "list", "--library", "")
    assert (code, out) == (2, "") and "argument --library: needs a folder name" in err
    fresh = tmp_path / "typo-legal"
    code, out, _ = run("library", "add", str(source), "parties/acme", "--to", str(fresh))
    assert code == 0 and out.splitlines()[-1] == (
        f"{fresh}: a new library folder; it is not among the libraries in use — add it in "
        "Preferences › Libraries or give --library DIR"
    )
    entry = team / "parties" / "acme.json"
    entry.write_text(entry.read_text().replace('"schema_version": 1', '"schema_version": "1"'))
    _, _, err = run("library", "list", "--library", str(team))
    assert f'{entry}: Schema version: must be a whole number from 1, not "1"' in err


def test_remove_with_a_library_named_removes_from_that_library_only(
    source: Path, tmp_path: Path
) -> None:
    team = _team_library(tmp_path, source)  # acme-legal: parties/acme, objectives/uptime
    assert run("library", "add", str(source), "objectives/uptime")[0] == 0  # personal too
    personal = user_library_folder() / "objectives" / "uptime.json"
    theirs = team / "objectives" / "uptime.json"
    for argv in (["library", "--library", str(team), "remove", "acme-legal:objectives/uptime"],):
        code, out, err = run(*argv)
        assert (code, out, err) == (0, f"{theirs}: entry objectives/uptime removed\n", "")
    assert personal.exists() and not theirs.exists()
    code, out, err = run("library", "remove", "ops:objectives/uptime", "--library", str(team))
    assert (code, out) == (2, "") and "no library in use is called 'ops'" in err
    assert personal.exists()
    code, _, err = run(
        "library", "remove", "acme-legal:parties/acme", "--library", str(team),
        "--from", str(user_library_folder()),
    )  # fmt: skip
    assert code == 2 and "but --from gives" in err and (team / "parties" / "acme.json").exists()


def test_an_item_saved_back_to_its_entry_is_current(source: Path, tmp_path: Path) -> None:
    target, lib = _from_team_library(tmp_path, source)
    agreement = load_agreement(target)
    agreement.service_levels.objectives[0].name = "Uptime, as legal words it"
    save_agreement(agreement, target)
    team = lib[1]
    code, _, err = run("library", "add", str(target), "objectives/uptime", "--to", team, "--force")
    assert code == 0, err
    _, out, _ = run("check", str(target), *lib)
    assert "older version" not in out
    code, out, err = run("library", "update", str(target), "--all", *lib)
    assert (code, err) == (0, "") and out.endswith("nothing to update; the file is unchanged\n")


def test_a_description_too_long_is_refused_in_one_line(source: Path, tmp_path: Path) -> None:
    code, out, err = run(
        "library", "add", str(source), "objectives/uptime", "--to", str(tmp_path / "lib"),
        "--description", "x" * 30_000,
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        "slawriter: 'objectives/uptime': --description is 30000 characters long; an entry's "
        "description holds at most 20000\n"
    )
    assert not (tmp_path / "lib").exists()


def test_our_company_from_the_library_takes_the_place_of_the_presets_provider(
    tmp_path: Path,
) -> None:
    from slawriter.model.agreement import Party, PartyRole
    from slawriter.storage.library import save_entry

    own = tmp_path / "own"
    ours = Party(id="cloudmere", name="Cloudmere Analytics, Inc.", role=PartyRole.PROVIDER)
    from slawriter.model.library import make_entry

    save_entry(own, "cloudmere", make_entry(EntryKind.PARTIES, ours))
    target = tmp_path / "support.sla.json"
    code, out, err = run(
        "new", "--preset", "customer-support", "-o", str(target),
        "--from-library", "parties/cloudmere", "--library", str(own),
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert out.splitlines()[1] == (
        "  parties/cloudmere: replaces the provider 'lumora', under that ID (what the agreement "
        "says of it now says of this party)"
    )
    made = load_agreement(target)
    providers = [p for p in made.parties if p.role is PartyRole.PROVIDER]
    assert [(p.id, p.name) for p in providers] == [("lumora", "Cloudmere Analytics, Inc.")]
    assert run("validate", str(target))[0] == 0
