"""File › History… (issue 15 §3): the commits of git that changed the open file, and a redline
of the agreement as it is now against the file at one of them, written by the app's worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app.main_window import MainWindow
from slawriter.storage import save_agreement
from tests import factories
from tests.app.conftest import DialogLog
from tests.services.test_history import history_repo

pytestmark = pytest.mark.process


def test_history_lists_the_commits_and_compares_with_one(
    window: MainWindow, dialog_log: DialogLog, tmp_path: Path, qtbot: QtBot
) -> None:
    path = history_repo(tmp_path) / "clients" / "hosting.sla.json"
    assert not window.history_action.isEnabled()  # an untitled agreement has no history
    assert window.open_path(path)
    assert window.history_action.isEnabled()
    dialog = window.show_history()
    assert dialog is not None
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.done, timeout=120_000) as done:
        pass
    assert done.args[0] is True, dialog_log.calls
    tree = dialog.tree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(4)]  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
    ]
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("2027-03-03 10:00", "Ana", "Moved into clients/"),
        ("2027-03-02 10:00", "Bea", "Title as agreed with the customer"),
        ("2027-03-01 10:00", "Ana", "First draft"),
    ]
    assert dialog.status.text() == (
        "Commits of git that changed hosting.sla.json, newest first: 3."
    )
    # the agreement as it is now, unsaved edit included, against the first draft
    window.document.set_value(("agreement", "title"), "Managed hosting SLA 2027")
    target = tmp_path / "redline.html"
    dialog_log.answers.update(choose_save=target, show_info=None)
    tree.setCurrentItem(tree.topLevelItem(2))
    job = dialog.compare()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=120_000) as done:
        pass
    assert done.args[0] is True, dialog_log.calls
    text = target.read_text(encoding="utf-8")
    assert "Hosting SLA" in text and "Managed hosting SLA 2027" in text
    info = next(args for name, args in dialog_log.calls if name == "show_info")
    assert info[1] == f"Redline written to {target}"
    dialog.close()


def test_history_is_disabled_outside_a_repository_and_says_why(
    window: MainWindow, tmp_path: Path
) -> None:
    alone = tmp_path / "alone.sla.json"
    save_agreement(factories.agreement(), alone)
    assert window.open_path(alone)
    assert not window.history_action.isEnabled()
    assert window.history_action.statusTip() == (
        f"{alone}: is not in a git repository, so git has no history of it"
    )


def test_history_is_disabled_without_git(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = history_repo(tmp_path) / "clients" / "hosting.sla.json"
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert window.open_path(path)
    assert not window.history_action.isEnabled()
    assert "git is not installed here" in window.history_action.statusTip()
