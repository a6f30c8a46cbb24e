"""The choice after a git merge (issue 15 §3): a file ``git merge`` left with conflicts opens a
dialog listing each conflict where it is in the agreement with the three values; the sides
chosen are written (atomically) and the agreement opens; cancel leaves the file untouched."""

from __future__ import annotations

import shlex
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app.conflicts import ConflictDialog
from slawriter.app.main_window import MainWindow
from slawriter.model.merge import CONFLICTS_KEY
from slawriter.storage import load_agreement, save_agreement
from slawriter.storage.merge import read_conflicts
from tests import factories
from tests.app.conftest import DialogLog
from tests.cli.test_merge_driver import FILE, _branches, _target, _title, git

pytestmark = pytest.mark.process


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    """A real ``git merge`` through the driver: the title and an objective's target changed on
    both branches, so the file holds two conflicts."""
    repo = tmp_path / "team"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    driver = " ".join(shlex.quote(p) for p in [sys.executable, "-m", "slawriter"])
    git(repo, "config", "merge.slawriter.driver", f"{driver} merge-driver %O %A %B %P")
    (repo / ".gitattributes").write_text("*.sla.json merge=slawriter\n")
    save_agreement(factories.agreement(), repo / FILE)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    done = _branches(
        repo,
        lambda p: (_title("Ours")(p), _target("99.95")(p)),
        lambda p: (_title("Theirs")(p), _target("99.99")(p)),
    )
    assert done.returncode != 0 and "CONFLICT" in done.stdout
    _, conflicts = read_conflicts(repo / FILE)
    assert len(conflicts) == 2
    return repo / FILE


def _dialog(qtbot: QtBot, path: Path) -> ConflictDialog:
    data, conflicts = read_conflicts(path)
    dialog = ConflictDialog(path, data, conflicts)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_names_each_field_and_shows_the_three_values(qtbot: QtBot, merged: Path) -> None:
    dialog = _dialog(qtbot, merged)
    table = dialog.table
    rows = [
        [table.item(r, 0).text(), table.item(r, 1).text()]
        + [table.cellWidget(r, c).text() for c in (2, 3)]  # type: ignore[attr-defined]
        for r in range(table.rowCount())
    ]
    assert rows[0] == ["Agreement › Title", "Hosting SLA", "Ours", "Theirs"]
    where, base, ours, theirs = rows[1]
    assert where.startswith("Service level objectives › Objectives › Objective 1")
    assert where.endswith("Target › Value")
    assert (ours, theirs) == ("99.95", "99.99")
    assert base != ours
    assert dialog.choices() == {1: "ours", 2: "ours"}  # ours stands until chosen otherwise
    dialog.all_theirs.click()
    assert dialog.choices() == {1: "theirs", 2: "theirs"}
    dialog.all_ours.click()
    dialog.choose(2, "theirs")
    assert dialog.choices() == {1: "ours", 2: "theirs"}


def test_opening_a_merged_file_resolves_it_field_by_field(
    window: MainWindow, dialog_log: DialogLog, merged: Path, qtbot: QtBot
) -> None:
    shown: list[list[str]] = []

    def choose(path: Path, data: Any, conflicts: list[Any]) -> dict[int, str]:
        dialog = ConflictDialog(path, data, conflicts)
        qtbot.addWidget(dialog)
        shown.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        dialog.choose(1, "theirs")  # their title, our target
        return dialog.choices()

    dialog_log.answers["resolve_conflicts"] = choose
    assert window.open_path(merged)
    assert shown and shown[0][0] == "Agreement › Title"
    assert window.document.path == merged
    assert window.document.agreement.agreement.title == "Theirs"
    assert not window.document.modified  # the resolution is the file on disk
    on_disk = load_agreement(merged)  # loads: no conflict is left in the file
    assert on_disk.agreement.title == "Theirs"
    assert on_disk.service_levels.objectives[0].target.value == Decimal("99.95")
    assert CONFLICTS_KEY not in merged.read_text(encoding="utf-8")
    # git sees the resolved file: adding it concludes the merge
    git(merged.parent, "add", FILE)
    git(merged.parent, "commit", "-q", "--no-edit")
    assert git(merged.parent, "status", "--porcelain").stdout == ""


def test_cancel_leaves_the_merged_file_untouched(
    window: MainWindow, dialog_log: DialogLog, merged: Path
) -> None:
    before = merged.read_bytes()
    title = window.document.agreement.agreement.title
    dialog_log.answers["resolve_conflicts"] = None
    assert not window.open_path(merged)
    assert merged.read_bytes() == before
    assert window.document.path != merged
    assert window.document.agreement.agreement.title == title
    assert "show_error" not in dialog_log.names()


def test_conflicts_in_a_form_slawriter_does_not_know_are_refused_with_the_reason(
    window: MainWindow, dialog_log: DialogLog, merged: Path
) -> None:
    text = merged.read_text(encoding="utf-8")
    start = text.index(f'"{CONFLICTS_KEY}"')
    broken = text[:start] + f'"{CONFLICTS_KEY}": "title"\n}}\n'
    merged.write_text(broken, encoding="utf-8")
    dialog_log.answers["show_error"] = None
    assert not window.open_path(merged)
    assert "resolve_conflicts" not in dialog_log.names()
    (_, (_title, lines)) = next(c for c in dialog_log.calls if c[0] == "show_error")
    assert any("merge conflicts in a form slawriter does not know" in line for line in lines)
    assert merged.read_text(encoding="utf-8") == broken


def test_a_choice_that_is_not_a_valid_agreement_is_refused_and_nothing_written(
    window: MainWindow, dialog_log: DialogLog, merged: Path
) -> None:
    """A side whose value the agreement cannot hold (here a hand-edited "theirs" of the wrong
    type) is refused with the loader's reason; the file keeps its conflicts."""
    text = merged.read_text(encoding="utf-8")
    broken = text.replace('"theirs": "Theirs"', '"theirs": 42')
    assert broken != text
    merged.write_text(broken, encoding="utf-8")
    dialog_log.answers["resolve_conflicts"] = {1: "theirs", 2: "ours"}
    dialog_log.answers["show_error"] = None
    assert not window.open_path(merged)
    (_, (_title, lines)) = next(c for c in dialog_log.calls if c[0] == "show_error")
    assert any("Agreement › Title" in line for line in lines), lines
    assert merged.read_text(encoding="utf-8") == broken
    # the same refusal on the command line, exit 2, nothing written
    from tests.cli.test_cli import run

    code, _, err = run("resolve", str(merged), "--take", "theirs")
    assert code == 2 and "Agreement › Title" in err
    assert merged.read_text(encoding="utf-8") == broken


def test_a_merged_library_entry_is_not_opened_as_an_agreement(
    window: MainWindow, dialog_log: DialogLog, tmp_path: Path
) -> None:
    """The app opens agreements: a library entry with conflicts keeps its refusal (which names
    'slawriter resolve'), and the file is left as it is."""
    from slawriter.model.agreement import EntryKind
    from slawriter.services.library import entry_from_agreement
    from slawriter.storage.library import dumps_entry
    from slawriter.storage.merge import merge_files

    entry = entry_from_agreement(factories.agreement(), EntryKind.PARTIES, "acme")
    paths = []
    for name, description in (
        ("base", "Base note"),
        ("ours", "Our note"),
        ("theirs", "Their note"),
    ):
        path = tmp_path / f"{name}.json"
        path.write_text(dumps_entry(entry.model_copy(update={"description": description})))
        paths.append(path)
    assert merge_files(*paths).conflicts
    before = paths[1].read_bytes()
    dialog_log.answers["show_error"] = None
    assert not window.open_path(paths[1])
    assert "resolve_conflicts" not in dialog_log.names()
    (_, (_title, lines)) = next(c for c in dialog_log.calls if c[0] == "show_error")
    assert any("slawriter resolve" in line for line in lines), lines
    assert paths[1].read_bytes() == before
