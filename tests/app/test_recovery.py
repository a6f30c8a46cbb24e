"""Autosave and crash recovery: a copy left behind is offered on the next start."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from slawriter.app import dialogs
from slawriter.app.main_window import MainWindow
from slawriter.app.recovery import RecoverySession, left_behind
from slawriter.editing.presets import blank_agreement
from slawriter.storage import load_agreement

from .conftest import PRESETS, DialogLog


def test_autosave_writes_only_unsaved_work(window: MainWindow, recovery_folder: Path) -> None:
    assert not window.autosave()
    window.document.set_value(("agreement", "title"), "Draft in progress")
    assert window.autosave()
    copies = list(recovery_folder.glob("*.sla.json"))
    assert len(copies) == 1
    assert load_agreement(copies[0]).agreement.title == "Draft in progress"
    assert not window.autosave()  # nothing new since
    # The running window owns its copy: nobody else is offered it.
    assert left_behind(recovery_folder) == []
    window.document.undo_stack.undo()
    window.autosave()
    assert list(recovery_folder.glob("*.sla.json")) == []


def test_focus_loss_autosaves(window: MainWindow, recovery_folder: Path) -> None:
    window.document.set_value(("agreement", "title"), "Typed before switching away")
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert len(list(recovery_folder.glob("*.sla.json"))) == 1


def test_a_crashed_session_is_offered_on_the_next_start(
    make_window: Callable[[], MainWindow],
    recovery_folder: Path,
    tmp_path: Path,
    dialog_log: DialogLog,
) -> None:
    path = tmp_path / PRESETS[0].name
    shutil.copyfile(PRESETS[0], path)
    crashed = make_window()
    assert crashed.open_path(path)
    crashed.document.set_value(("agreement", "title"), "Unsaved when it crashed")
    assert crashed.autosave()
    # The process dies: its lock goes away, the copy stays.
    assert crashed.recovery._lock is not None
    crashed.recovery._lock.unlock()
    crashed.recovery = RecoverySession(tmp_path / "elsewhere")

    dialog_log.answers["ask_restore"] = dialogs.Restore.RESTORE
    window = make_window()
    assert window.offer_recovery()
    assert dialog_log.calls[-1][0] == "ask_restore"
    assert path.name in dialog_log.calls[-1][1][0][0]
    assert window.document.agreement.agreement.title == "Unsaved when it crashed"
    assert window.document.path == path
    assert window.document.modified and window.isWindowModified()
    # The restored work is now this window's own autosave; nothing is left to offer.
    assert left_behind(recovery_folder) == []
    assert len(list(recovery_folder.glob("*.sla.json"))) == 1
    # Saving goes to the original file, which has not changed since: no question.
    assert window.save()
    assert load_agreement(path).agreement.title == "Unsaved when it crashed"
    assert list(recovery_folder.glob("*.sla.json")) == []


def test_a_left_behind_copy_can_be_discarded_or_kept(
    make_window: Callable[[], MainWindow], recovery_folder: Path, dialog_log: DialogLog
) -> None:
    old = RecoverySession(recovery_folder)
    agreement = blank_agreement().model_copy(deep=True)
    agreement.agreement.title = "Left behind"
    old.write(agreement, None, "")
    assert old._lock is not None
    old._lock.unlock()

    window = make_window()
    dialog_log.answers["ask_restore"] = dialogs.Restore.KEEP
    assert not window.offer_recovery()
    assert len(left_behind(recovery_folder)) == 1
    assert left_behind(recovery_folder)[0].describe().startswith("Left behind")
    dialog_log.answers["ask_restore"] = dialogs.Restore.DISCARD
    assert not window.offer_recovery()
    assert left_behind(recovery_folder) == []
    assert window.document.agreement.agreement.title == ""


def test_no_copies_no_question(window: MainWindow, dialog_log: DialogLog) -> None:
    assert not window.offer_recovery()
    assert dialog_log.calls == []
