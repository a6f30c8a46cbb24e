"""The document: model edits at JSON paths, validation, undo and redo, disk state."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app.document import Document
from slawriter.editing import EditRefused
from slawriter.editing.presets import blank_agreement
from slawriter.storage import save_agreement


@pytest.fixture
def document(qtbot: QtBot) -> Document:
    return Document(blank_agreement())


def test_set_value_undo_redo(document: Document) -> None:
    document.set_value(("agreement", "title"), "Support SLA")
    assert document.agreement.agreement.title == "Support SLA"
    assert document.modified
    document.undo_stack.undo()
    assert document.agreement.agreement.title == ""
    assert not document.modified
    document.undo_stack.redo()
    assert document.agreement.agreement.title == "Support SLA"


def test_typing_in_one_field_is_one_undo_step(document: Document) -> None:
    for text in ("S", "Su", "Sup"):
        document.set_value(("agreement", "title"), text)
    assert document.undo_stack.count() == 1
    document.close_merge()
    document.set_value(("agreement", "title"), "Supp")
    assert document.undo_stack.count() == 2


def test_invalid_value_is_refused_and_the_model_is_unchanged(document: Document) -> None:
    with pytest.raises(EditRefused) as refused:
        document.set_value(("agreement", "currency"), "XXQ")
    assert ("agreement", "currency") in refused.value.errors
    assert document.agreement.agreement.currency == "EUR"
    assert document.undo_stack.count() == 0


def test_list_insert_move_remove_and_undo(document: Document) -> None:
    loc = ("parties",)
    document.insert_item(loc, 0, {"id": "acme", "name": "Acme"})
    document.insert_item(loc, 1, {"id": "globex", "name": "Globex"})
    document.move_item(loc, 1, 0)
    assert [p.id for p in document.agreement.parties] == ["globex", "acme"]
    document.remove_item(loc, 0)
    assert [p.id for p in document.agreement.parties] == ["acme"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [p.id for p in document.agreement.parties] == ["acme", "globex"]
    with pytest.raises(EditRefused):
        document.insert_item(loc, 0, {"id": "Not An ID"})


def test_nested_value_and_revisited_signal(document: Document, qtbot: QtBot) -> None:
    document.insert_item(
        ("service_levels", "objectives"), 0, {"id": "up", "target": {"value": Decimal("99.9")}}
    )
    loc = ("service_levels", "objectives", 0, "target", "value")
    document.set_value(loc, Decimal("99.95"))
    with qtbot.waitSignal(document.revisited) as blocker:
        document.undo_stack.undo()
    assert blocker.args == [loc]
    assert document.value_at(loc) == Decimal("99.9")


def test_changed_on_disk(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "a.sla.json"
    save_agreement(blank_agreement(), path)
    document = Document.open(path)
    assert not document.changed_on_disk()
    path.write_text(path.read_text(encoding="utf-8").replace('"EUR"', '"USD"'), encoding="utf-8")
    assert document.changed_on_disk()
    document.save()
    assert not document.changed_on_disk()


def test_the_undo_actions_follow_the_history(document: Document, qtbot: QtBot) -> None:
    """The Qt side of the history: the state the Undo and Redo actions show, as signals."""
    stack = document.undo_stack
    seen: list[tuple[str, object]] = []
    stack.canUndoChanged.connect(lambda can: seen.append(("can undo", can)))
    stack.canRedoChanged.connect(lambda can: seen.append(("can redo", can)))
    stack.undoTextChanged.connect(lambda text: seen.append(("undo text", text)))
    document.set_value(("agreement", "title"), "S", text="Edit title")
    document.set_value(("agreement", "title"), "Su", text="Edit title")  # merged: no news
    assert seen == [("can undo", True), ("undo text", "Edit title")]
    seen.clear()
    with qtbot.waitSignal(document.modifiedChanged) as modified:
        stack.undo()
    assert modified.args == [False]
    assert seen == [("can undo", False), ("can redo", True), ("undo text", "")]
    assert (stack.canUndo(), stack.canRedo(), stack.count()) == (False, True, 1)
