"""A file's history from git (issue 15 §3) on a real temporary repository: the commits that
changed it (renames followed), the file at a commit, a redline against a commit, and what is
said when there is no history to show (not a repository, git missing, nothing committed).
File names and commits never become options of git."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from slawriter.services import history
from slawriter.services.history import HistoryError, HistoryMessage
from slawriter.services.operations import Diff, FileHistory, decode_result, encode_result
from slawriter.storage import load_agreement, loads_agreement, save_agreement
from tests import factories
from tests.cli.test_cli import run

pytestmark = pytest.mark.process


def git(repo: Path, *args: str, author: str = "Ana", day: int = 1) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": f"{author.lower()}@example.com",
        "GIT_AUTHOR_DATE": f"2027-03-{day:02d} 10:00:00 +0100",
        "GIT_COMMITTER_NAME": author,
        "GIT_COMMITTER_EMAIL": f"{author.lower()}@example.com",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True, env=env
    )
    return done.stdout


def _retitle(path: Path, title: str) -> None:
    agreement = load_agreement(path)
    agreement.agreement.title = title
    save_agreement(agreement, path)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return history_repo(tmp_path)


def history_repo(tmp_path: Path) -> Path:
    """Three commits of one agreement by two people: written, retitled, moved to a folder."""
    repo = tmp_path / "team"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    save_agreement(factories.agreement(), repo / "hosting.sla.json")
    (repo / "other.txt").write_text("not an agreement\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "First draft")
    _retitle(repo / "hosting.sla.json", "Managed hosting SLA")
    git(repo, "commit", "-q", "-am", "Title as agreed with the customer", author="Bea", day=2)
    (repo / "clients").mkdir()
    git(repo, "mv", "hosting.sla.json", "clients/hosting.sla.json")
    (repo / "other.txt").write_text("changed, and not the agreement\n")
    git(repo, "commit", "-q", "-am", "Moved into clients/", day=3)
    return repo


def test_the_commits_that_changed_the_file_newest_first_renames_followed(repo: Path) -> None:
    commits = history.file_history(repo / "clients" / "hosting.sla.json")
    assert [(c.author, c.subject, c.path) for c in commits] == [
        ("Ana", "Moved into clients/", "clients/hosting.sla.json"),
        ("Bea", "Title as agreed with the customer", "hosting.sla.json"),
        ("Ana", "First draft", "hosting.sla.json"),
    ]
    assert commits[1].email == "bea@example.com"
    assert commits[2].moment.isoformat() == "2027-03-01T10:00:00+01:00"
    assert all(len(c.commit) == 40 for c in commits)
    # the same through the operation the app sends to its worker, as JSON and back
    result = decode_result(encode_result(FileHistory(repo / "clients" / "hosting.sla.json").run()))
    assert [c.subject for c in result.commits] == [c.subject for c in commits]


def test_the_file_as_it_was_at_a_commit(repo: Path) -> None:
    path = repo / "clients" / "hosting.sla.json"
    first = history.file_history(path)[-1]
    commit, data = history.file_at(path, first.commit[:7])  # a prefix names it too
    assert commit == first
    assert loads_agreement(data.decode("utf-8")).agreement.title == "Hosting SLA"
    assert history.version_name(path, commit).name == f"hosting.sla.json@{first.commit[:10]}"


def test_a_redline_against_a_commit(repo: Path, tmp_path: Path) -> None:
    path = repo / "clients" / "hosting.sla.json"
    first = history.file_history(path)[-1]
    _retitle(path, "Managed hosting SLA 2027")  # not committed: the agreement as it is now
    output = tmp_path / "redline.html"
    result = Diff(old=path, new=path, output=output, old_commit=first.commit).run()
    assert any("Hosting SLA" in c and "Managed hosting SLA 2027" in c for c in result.changes)
    text = output.read_text(encoding="utf-8")
    assert "Hosting SLA" in text and "Managed hosting SLA 2027" in text
    # the report says which version it compared against (both are "version 1")
    assert f"as of git commit {first.commit[:10]} of March 1, 2027" in text
    older = tmp_path / "older.sla.json"
    older.write_bytes(history.file_at(path, first.commit)[1])
    plain = Diff(old=older, new=path, output=tmp_path / "plain.html").run()
    assert "git commit" not in plain.output.read_text(encoding="utf-8")


def test_not_in_a_repository(tmp_path: Path) -> None:
    path = tmp_path / "alone.sla.json"
    save_agreement(factories.agreement(), path)
    with pytest.raises(HistoryError) as caught:
        history.file_history(path)
    assert caught.value.template is HistoryMessage.NOT_A_REPOSITORY
    assert str(caught.value) == f"{path}: is not in a git repository, so git has no history of it"
    assert history.unavailable(path) is not None
    assert history.unavailable(None).template is HistoryMessage.NOT_SAVED  # type: ignore[union-attr]


def test_git_missing(repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = repo / "clients" / "hosting.sla.json"
    assert history.unavailable(path) is None
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(HistoryError) as caught:
        history.file_history(path)
    assert caught.value.template is HistoryMessage.GIT_MISSING
    assert "git is not installed here" in str(caught.value)
    assert history.unavailable(path).template is HistoryMessage.GIT_MISSING  # type: ignore[union-attr]


def test_a_file_git_has_no_commit_of(repo: Path) -> None:
    path = repo / "new.sla.json"
    save_agreement(factories.agreement(), path)
    with pytest.raises(HistoryError) as caught:
        history.file_history(path)
    assert caught.value.template is HistoryMessage.NOT_COMMITTED


def test_file_names_and_commits_never_become_options_of_git(repo: Path) -> None:
    for name in ("--output=x.sla.json", "-n1.sla.json", "*.sla.json"):
        (repo / name).write_text(f'{{"note": "{name}"}}\n')  # nothing like another file
        git(repo, "add", "--", name)
        git(repo, "commit", "-q", "-m", f"add {name}", day=4)
        (commit,) = history.file_history(repo / name)  # that file only, not a pattern
        assert commit.subject == f"add {name}"
        assert commit.path == name
    assert not (repo / "x.sla.json").exists()
    path = repo / "clients" / "hosting.sla.json"
    for commit in ("HEAD~1", "--all", "-p", "main", "abc", "zzzz"):
        with pytest.raises(HistoryError) as caught:
            history.file_at(path, commit)
        assert caught.value.template is HistoryMessage.NO_SUCH_COMMIT
    # a commit of the repository that did not change this file is not one of its history
    other = git(repo, "log", "-1", "--format=%H", "--", "*.sla.json").strip()
    with pytest.raises(HistoryError):
        history.file_at(path, other)


def test_the_history_command(repo: Path, tmp_path: Path) -> None:
    path = repo / "clients" / "hosting.sla.json"
    code, out, err = run("history", str(path))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[1].endswith("+0100  Bea  Title as agreed with the customer")
    assert lines[2].split("  ")[1] == "2027-03-01 10:00 +0100"
    first = lines[2].split()[0]
    _retitle(path, "Managed hosting SLA 2027")
    output = tmp_path / "redline.html"
    code, out, err = run("history", str(path), "--compare", first, "-o", str(output))
    assert (code, err) == (0, "")
    assert out.splitlines()[-1].startswith(f"{output}: redline of {path} against {first}")
    assert "Managed hosting SLA 2027" in output.read_text(encoding="utf-8")
    code, _, err = run("history", str(path), "--compare=--all", "-o", str(output))
    assert code == 2 and "'--all' is not one of the commits of this file's history" in err
    alone = tmp_path / "alone.sla.json"
    save_agreement(factories.agreement(), alone)
    assert run("history", str(alone)) == (
        2,
        "",
        f"slawriter: {alone}: is not in a git repository, so git has no history of it\n",
    )
    code, _, err = run("history", str(path), "-o", str(output))
    assert code == 2 and "--compare COMMIT" in err


def test_a_merge_that_changed_the_file_is_one_of_its_commits(tmp_path: Path) -> None:
    """Two people edit different fields on two branches; the merge that joins them is who
    made the file as it is, and it is listed with them."""
    repo = tmp_path / "team"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    path = repo / "hosting.sla.json"
    save_agreement(factories.agreement(), path)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "First draft")
    git(repo, "checkout", "-q", "-b", "legal")
    _retitle(path, "Hosting SLA (legal)")
    git(repo, "commit", "-q", "-am", "Legal's title", author="Bea", day=2)
    git(repo, "checkout", "-q", "main")
    agreement = load_agreement(path)
    agreement.agreement.purpose = "Hosting of the shop and its API."
    save_agreement(agreement, path)
    git(repo, "commit", "-q", "-am", "Purpose widened", day=3)
    git(repo, "merge", "-q", "--no-edit", "-m", "Merge legal's title", "legal", author="Cy", day=4)
    (repo / "notes.txt").write_text("a branch that never touches the agreement\n")
    git(repo, "checkout", "-q", "-b", "notes")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-q", "-m", "Notes", day=5)
    git(repo, "checkout", "-q", "main")
    _retitle(path, "Hosting SLA (final)")
    git(repo, "commit", "-q", "-am", "Final title", day=5)
    git(repo, "merge", "-q", "--no-edit", "-m", "Merge notes", "notes", author="Dee", day=6)
    commits = history.file_history(path)[1:]  # the merge of notes did not change the file
    assert history.file_history(path)[0].subject == "Final title"
    assert [(c.author, c.subject) for c in commits] == [
        ("Cy", "Merge legal's title"),
        ("Ana", "Purpose widened"),
        ("Bea", "Legal's title"),
        ("Ana", "First draft"),
    ]
    _, merged = history.file_at(path, commits[0].commit[:8])
    at_merge = loads_agreement(merged.decode("utf-8"))
    assert (at_merge.agreement.title, at_merge.agreement.purpose) == (
        "Hosting SLA (legal)",
        "Hosting of the shop and its API.",
    )
