"""``slawriter merge-driver`` on real ``git merge`` runs in a temporary repository (issue 15 §3):
a clean merge of different fields, a conflict per field with both values kept in the file for a
choice, audit logs from both sides kept and chained, a library entry, and ``resolve``."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from slawriter.cli import main
from slawriter.model.agreement import AgreementStatus, EntryKind
from slawriter.model.lifecycle import history_problems
from slawriter.model.merge import MISSING, merge
from slawriter.services.library import entry_from_agreement
from slawriter.services.lifecycle import record_approval, set_status
from slawriter.storage import DocumentError, load_agreement, save_agreement
from slawriter.storage.library import load_entry, save_entry
from slawriter.storage.merge import read_conflicts
from tests import factories
from tests.cli.test_cli import run

pytestmark = pytest.mark.process

FILE = "hosting.sla.json"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Ana",
        "GIT_AUTHOR_EMAIL": "ana@example.com",
        "GIT_COMMITTER_NAME": "Ana",
        "GIT_COMMITTER_EMAIL": "ana@example.com",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=check, env=env
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository set up as the README says: .gitattributes and the driver in git config."""
    repo = tmp_path / "team"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    driver = " ".join(shlex.quote(p) for p in [sys.executable, "-m", "slawriter"])
    git(repo, "config", "merge.slawriter.name", "slawriter field-by-field merge")
    git(repo, "config", "merge.slawriter.driver", f"{driver} merge-driver %O %A %B %P")
    (repo / ".gitattributes").write_text(
        "*.sla.json merge=slawriter\nlibrary/**/*.json merge=slawriter\n"
    )
    save_agreement(factories.agreement(), repo / FILE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def _branches(repo: Path, ours, theirs, path: str = FILE) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """Commit ``theirs(agreement)`` on a branch and ``ours(agreement)`` on main, then merge."""
    git(repo, "checkout", "-q", "-b", "theirs")
    theirs(repo / path)
    git(repo, "commit", "-q", "-am", "theirs")
    git(repo, "checkout", "-q", "main")
    ours(repo / path)
    git(repo, "commit", "-q", "-am", "ours")
    return git(repo, "merge", "--no-edit", "theirs", check=False)


def _edit(change):  # type: ignore[no-untyped-def]
    def edit(path: Path) -> None:
        save_agreement(change(load_agreement(path)), path)

    return edit


def _title(title: str):  # type: ignore[no-untyped-def]
    return _edit(
        lambda a: a.model_copy(
            update={"agreement": a.agreement.model_copy(update={"title": title})}
        )
    )


def _target(value: str):  # type: ignore[no-untyped-def]
    def change(a):  # type: ignore[no-untyped-def]
        data = a.model_dump(mode="python")
        data["service_levels"]["objectives"][0]["target"]["value"] = Decimal(value)
        return type(a).model_validate(data)

    return _edit(change)


def test_different_fields_merge_cleanly(repo: Path) -> None:
    done = _branches(repo, _title("Managed hosting SLA 2027"), _target("99.95"))
    assert done.returncode == 0, done.stderr + done.stdout
    merged = load_agreement(repo / FILE)
    assert merged.agreement.title == "Managed hosting SLA 2027"
    assert merged.service_levels.objectives[0].target.value == Decimal("99.95")
    assert git(repo, "status", "--porcelain").stdout == ""
    # written in slawriter's own format: the merge is one more diff-friendly commit
    assert (repo / FILE).read_text(encoding="utf-8") == (
        (repo / FILE).read_text(encoding="utf-8").rstrip("\n") + "\n"
    )
    assert '"value": 99.95,' in (repo / FILE).read_text(encoding="utf-8")


def test_one_field_changed_two_ways_is_a_conflict_with_both_values(repo: Path) -> None:
    done = _branches(
        repo,
        lambda p: (_title("Ours")(p), _target("99.95")(p)),
        lambda p: (_title("Theirs")(p), _edit(_add_party)(p)),
    )
    assert done.returncode != 0
    assert "CONFLICT" in done.stdout
    data, conflicts = read_conflicts(repo / FILE)
    assert [(c.path, c.base, c.ours, c.theirs) for c in conflicts] == [
        (("agreement", "title"), "Hosting SLA", "Ours", "Theirs")
    ]
    assert data["agreement"]["title"] == "Ours"  # our value stands until a side is chosen
    assert data["merge_conflicts"] == [
        {
            "field": ["agreement", "title"],
            "base": "Hosting SLA",
            "ours": "Ours",
            "theirs": "Theirs",
        }
    ]
    assert [p["id"] for p in data["parties"]] == ["acme", "shop", "auditor"]  # theirs' party
    # Every command refuses the file, naming the conflict and what to do.
    code, _, err = run("validate", str(repo / FILE))
    assert code == 2
    assert err == (
        f"{repo / FILE}: has an unresolved merge conflict: Agreement › Title: "
        'ours "Ours", theirs "Theirs" — choose a side per conflict with \'slawriter '
        "resolve FILE --take ours|theirs'\n"
    )
    code, out, _ = run("resolve", str(repo / FILE))
    assert code == 1
    assert out.splitlines()[0].endswith(
        'conflict 1: Agreement › Title: ours "Ours", theirs "Theirs"'
    )
    assert run("resolve", str(repo / FILE), "--take", "theirs") == (
        0,
        f"{repo / FILE}: 0 conflicts left\n",
        "",
    )
    resolved = load_agreement(repo / FILE)
    assert resolved.agreement.title == "Theirs"
    assert resolved.service_levels.objectives[0].target.value == Decimal("99.95")


def _add_party(a):  # type: ignore[no-untyped-def]
    from slawriter.model.agreement import Party, PartyRole

    return a.model_copy(
        update={
            "parties": [*a.parties, Party(id="auditor", name="Audit Ltd", role=PartyRole.PARTNER)]
        }
    )


def test_audit_logs_of_both_sides_are_kept_and_chained(repo: Path) -> None:
    base = load_agreement(repo / FILE)
    assert base.signoff.history == []
    done = _branches(
        repo,
        _edit(lambda a: record_approval(a, role="Legal review", name="Lena", by="Lena")),
        _edit(lambda a: record_approval(a, role="Finance review", name="Fin", by="Fin")),
    )
    assert done.returncode == 0, done.stderr + done.stdout
    merged = load_agreement(repo / FILE)
    assert sorted(a.role for a in merged.signoff.approvals) == ["Finance review", "Legal review"]
    details = [e.detail for e in merged.signoff.history]
    assert any("Legal review" in d for d in details) and any("Finance review" in d for d in details)
    assert [p for kind, p in history_problems(merged) if kind == "error"] == []


def test_an_audit_log_edited_on_one_side_is_not_merged(repo: Path) -> None:
    save_agreement(
        set_status(load_agreement(repo / FILE), AgreementStatus.IN_REVIEW, by="Ana"), repo / FILE
    )
    git(repo, "commit", "-q", "-am", "in review")

    def rewrite(path: Path) -> None:
        data = json.loads(path.read_text())
        data["signoff"]["history"][0]["by"] = "Somebody else"
        path.write_text(json.dumps(data, indent=2))

    done = _branches(
        repo, rewrite, _edit(lambda a: record_approval(a, role="Legal", name="Lena", by="Lena"))
    )
    assert done.returncode != 0
    _, conflicts = read_conflicts(repo / FILE)
    assert [c.path for c in conflicts] == [("signoff", "history")]
    assert len(conflicts[0].theirs) == 2  # theirs' entries are in the file, not lost


def test_a_library_entry_merges_field_by_field(repo: Path) -> None:
    entry = entry_from_agreement(factories.agreement(), EntryKind.OBJECTIVES, "uptime")
    folder = repo / "library"
    path = save_entry(folder, "uptime", entry)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "entry")

    def change(key: str, value: object):  # type: ignore[no-untyped-def]
        def edit(p: Path) -> None:
            data = json.loads(p.read_text())
            data["item"][key] = value
            p.write_text(json.dumps(data, indent=2))

        return edit

    rel = str(path.relative_to(repo))
    done = _branches(repo, change("name", "Uptime"), change("data_source", "Probe B"), rel)
    assert done.returncode == 0, done.stderr + done.stdout
    merged = load_entry(path)
    assert (merged.item.name, merged.item.data_source) == ("Uptime", "Probe B")  # type: ignore[union-attr]


def test_bad_input_exits_2_and_leaves_ours(tmp_path: Path) -> None:
    good = tmp_path / "ours.sla.json"
    save_agreement(factories.agreement(), good)
    before = good.read_bytes()
    broken = tmp_path / "theirs.sla.json"
    broken.write_text("{")
    code, _, err = run("merge-driver", str(good), str(good), str(broken), "hosting.sla.json")
    assert code == 2
    assert err.startswith("hosting.sla.json: ")
    assert good.read_bytes() == before


def test_items_removed_on_one_side_and_changed_on_the_other_are_kept_as_a_conflict() -> None:
    base = {"parties": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}
    ours = {"parties": [{"id": "b", "name": "B"}]}
    theirs = {"parties": [{"id": "a", "name": "A2"}, {"id": "b", "name": "B"}, {"id": "c"}]}
    merged = merge(base, ours, theirs)
    assert merged.data == {
        "parties": [{"id": "a", "name": "A2"}, {"id": "b", "name": "B"}, {"id": "c"}]
    }
    (conflict,) = merged.conflicts
    assert (conflict.path, conflict.ours, conflict.theirs) == (
        ("parties", 0),
        MISSING,
        {"id": "a", "name": "A2"},
    )
    assert conflict.as_json() == {
        "field": ["parties", 0],
        "base": {"id": "a", "name": "A"},
        "theirs": {"id": "a", "name": "A2"},
    }


def test_a_merged_file_with_conflicts_is_refused_by_the_loader(tmp_path: Path) -> None:
    path = tmp_path / FILE
    save_agreement(factories.agreement(), path)
    data = json.loads(path.read_text())
    data["merge_conflicts"] = [
        {"field": ["agreement", "title"], "ours": "A", "theirs": "B"},
        {"field": ["agreement", "purpose"], "ours": "", "theirs": "X"},
    ]
    path.write_text(json.dumps(data))
    with pytest.raises(DocumentError, match="has 2 unresolved merge conflicts; the first is"):
        load_agreement(path)
    assert main(["resolve", str(path), "--take", "ours", "--conflict", "3"]) == 2


def test_resolving_a_removed_item_moves_the_later_conflicts_in_its_list(tmp_path: Path) -> None:
    from slawriter.storage.merge import resolve_file

    base = {"x": [{"id": "a", "v": 1}, {"id": "b", "v": 1}]}
    ours = {"x": [{"id": "b", "v": 2}]}
    theirs = {"x": [{"id": "a", "v": 3}, {"id": "b", "v": 3}]}
    merged = merge(base, ours, theirs)
    assert [c.path for c in merged.conflicts] == [("x", 0), ("x", 1, "v")]
    path = tmp_path / "m.json"
    path.write_text(json.dumps(merged.with_conflicts()))
    (left,) = resolve_file(path, "ours", [1])  # item a: ours removed it
    assert left.path == ("x", 0, "v")
    data, conflicts = read_conflicts(path)
    assert data["x"] == [{"id": "b", "v": 2}]
    assert [c.path for c in conflicts] == [("x", 0, "v")]


def _approve(a):  # type: ignore[no-untyped-def]
    from tests.model.test_lifecycle import AT, DAY

    a = set_status(a, AgreementStatus.IN_REVIEW, by="Ana", at=AT)
    a = record_approval(a, role="Legal review", name="Bo Li", date=DAY, by="Ana", at=AT)
    return set_status(a, AgreementStatus.APPROVED, by="Bo Li", at=AT)


def _sign(a):  # type: ignore[no-untyped-def]
    from slawriter.model.agreement import SignOffMethod
    from slawriter.model.lifecycle import record_sign_off
    from tests.model.test_lifecycle import AT, DAY

    for person in a.signoff.signatories:
        a = record_sign_off(a, person.id, method=SignOffMethod.INK, date=DAY, by="Ana", at=AT)
    return set_status(a, AgreementStatus.SIGNED, by="Ana", at=AT)


def _change_title_by_hand(path: Path) -> None:
    """The text changed outside slawriter (the audit log left as it was)."""
    data = json.loads(path.read_text())
    data["agreement"]["title"] = "Changed by hand"
    path.write_text(json.dumps(data, indent=2))


@pytest.mark.parametrize(
    ("base", "ours"),
    [
        # Base approved: ours signs it while theirs changes its text.
        (_approve, _sign),
        # Base signed: theirs changes the signed text by hand, ours supersedes it.
        (
            lambda a: _sign(_approve(a)),
            lambda a: set_status(a, AgreementStatus.SUPERSEDED, by="Ana"),
        ),
    ],
    ids=["signed-while-edited", "signed-text-edited-by-hand"],
)
def test_a_merge_that_changes_signed_text_is_refused_and_ours_is_kept(repo, base, ours) -> None:  # type: ignore[no-untyped-def]
    _edit(base)(repo / FILE)
    git(repo, "commit", "-q", "-am", "base")
    git(repo, "checkout", "-q", "-b", "theirs")
    _change_title_by_hand(repo / FILE)
    git(repo, "commit", "-q", "-am", "theirs")
    git(repo, "checkout", "-q", "main")
    _edit(ours)(repo / FILE)
    git(repo, "commit", "-q", "-am", "ours")
    before = (repo / FILE).read_bytes()
    done = git(repo, "merge", "--no-edit", "theirs", check=False)
    said = done.stdout + done.stderr
    assert done.returncode != 0
    assert "signed text must not change" in said
    assert "kept unchanged" in said
    assert (repo / FILE).read_bytes() == before  # ours, byte for byte
    assert load_agreement(repo / FILE).agreement.title != "Changed by hand"


def test_resolve_on_a_file_without_conflicts_says_so_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / FILE
    save_agreement(factories.agreement(), path)
    before = path.read_bytes()
    for args in ((), ("--take", "theirs")):
        code, out, err = run("resolve", str(path), *args)
        assert code == 0, err
        assert "has no merge conflicts" in out
        assert path.read_bytes() == before


def test_a_library_entry_in_conflict_says_to_resolve_it_and_resolve_does(repo: Path) -> None:
    entry = entry_from_agreement(factories.agreement(), EntryKind.OBJECTIVES, "uptime")
    folder = repo / "library"
    path = save_entry(folder, "uptime", entry)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "entry")

    def named(value: str):  # type: ignore[no-untyped-def]
        def edit(p: Path) -> None:
            data = json.loads(p.read_text())
            data["item"]["name"] = value
            p.write_text(json.dumps(data, indent=2))

        return edit

    done = _branches(repo, named("Uptime A"), named("Uptime B"), str(path.relative_to(repo)))
    assert done.returncode != 0
    code, out, err = run("library", "list", "--library", str(folder))
    assert code == 1 and "objectives/uptime" not in out
    assert err == (
        f"slawriter: warning: {path}: has an unresolved merge conflict: Item › Name: ours "
        '"Uptime A", theirs "Uptime B" — choose a side per conflict with '
        "'slawriter resolve FILE --take ours|theirs'\n"
    )
    assert run("resolve", str(path), "--take", "theirs")[0] == 0
    assert load_entry(path).item.name == "Uptime B"  # type: ignore[union-attr]


def test_additions_of_both_sides_to_a_list_without_ids_are_both_kept() -> None:
    base = {"parties": [{"id": "a", "contacts": [{"name": "Desk"}]}], "required": ["URL"]}
    ours = {
        "parties": [{"id": "a", "contacts": [{"name": "Desk"}, {"name": "Ann"}]}],
        "required": ["URL", "Time"],
    }
    theirs = {
        "parties": [{"id": "a", "contacts": [{"name": "Desk"}, {"name": "Bob"}]}],
        "required": ["URL", "Time", "Screenshot"],
    }
    merged = merge(base, ours, theirs)
    assert merged.conflicts == []
    assert merged.data == {
        "parties": [{"id": "a", "contacts": [{"name": "Desk"}, {"name": "Ann"}, {"name": "Bob"}]}],
        "required": ["URL", "Time", "Screenshot"],
    }
    # A change to what was there (not an addition) is still the person's choice.
    changed = {"parties": base["parties"], "required": ["Link"]}
    assert [c.path for c in merge(base, changed, theirs).conflicts] == [("required",)]


def test_a_clauses_languages_merge_language_by_language() -> None:
    base = {"translations": [{"language": "es", "title": "Auditoría", "text": "Una vez."}]}
    ours = {"translations": [{"language": "es", "title": "Auditoría", "text": "Una vez al año."}]}
    theirs = {
        "translations": [
            {"language": "es", "title": "Auditoría", "text": "Una vez."},
            {"language": "fr", "title": "Audit", "text": "Une fois."},
        ]
    }
    merged = merge(base, ours, theirs)
    assert merged.conflicts == []
    assert [(t["language"], t["text"]) for t in merged.data["translations"]] == [
        ("es", "Una vez al año."),
        ("fr", "Une fois."),
    ]
