"""The editing core's document, without Qt: checked edits at a path, undo, the lock of a signed
agreement, the saved point and what the app is told."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from slawriter.editing import Document, EditRefused
from slawriter.editing.presets import blank_agreement
from slawriter.model import Agreement
from slawriter.model.agreement import AgreementStatus, SignOffMethod
from slawriter.model.sections import Loc
from slawriter.services.lifecycle import new_revision, record_sign_off, set_status
from slawriter.storage import load_agreement
from tests import factories

TITLE = ("agreement", "title")


class Watched(Document):
    """A document that records what it tells the app."""

    def __init__(self, agreement: Agreement | None = None, path: Path | None = None) -> None:
        super().__init__(agreement, path)
        self.told: list[tuple[str, object]] = []

    def on_changed(self, loc: Loc) -> None:
        self.told.append(("changed", loc))

    def on_revisited(self, loc: Loc) -> None:
        self.told.append(("revisited", loc))

    def on_modified(self, modified: bool) -> None:
        self.told.append(("modified", modified))


@pytest.fixture
def document() -> Watched:
    return Watched(blank_agreement())


def signed() -> Agreement:
    a = factories.agreement()
    for status in (AgreementStatus.IN_REVIEW, AgreementStatus.APPROVED):
        a = set_status(a, status, by="Ana Ruiz")
    for signatory in a.signoff.signatories:
        a = record_sign_off(a, signatory.id, method=SignOffMethod.INK, by="Ana Ruiz")
    return set_status(a, AgreementStatus.SIGNED, by="Ana Ruiz")


@pytest.mark.process
def test_the_core_imports_no_qt() -> None:
    code = (
        "import sys, slawriter.editing.document, slawriter.editing.fields, "
        "slawriter.editing.presets\nprint('PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_set_undo_redo_and_modified(document: Watched) -> None:
    generation = document.generation
    document.set_value(TITLE, "Support SLA")
    assert document.agreement.agreement.title == "Support SLA"
    assert document.modified and document.generation == generation + 1
    assert document.told == [("changed", TITLE), ("modified", True)]
    document.told.clear()
    document.history.undo()
    assert document.agreement.agreement.title == ""
    assert not document.modified
    assert document.told == [("changed", TITLE), ("revisited", TITLE), ("modified", False)]
    document.history.redo()
    assert document.agreement.agreement.title == "Support SLA"
    assert document.history.undo_text == "Edit title"


def test_setting_the_same_value_is_no_edit(document: Watched) -> None:
    document.set_value(TITLE, "")
    assert len(document.history) == 0 and document.told == []


def test_typing_in_one_field_is_one_undo_step(document: Watched) -> None:
    for text in ("S", "Su", "Sup"):
        document.set_value(TITLE, text, text="Edit “Title”")
    assert len(document.history) == 1
    document.close_merge()
    document.set_value(TITLE, "Supp")
    document.set_value(("agreement", "purpose"), "Help")
    document.set_value(("agreement", "purpose"), "Helpdesk", merge=False)
    assert len(document.history) == 4
    for _ in range(4):
        document.history.undo()
    assert document.agreement.agreement.title == ""
    assert document.agreement.agreement.purpose == ""


def test_a_refused_edit_changes_nothing(document: Watched) -> None:
    before = document.agreement
    with pytest.raises(EditRefused) as refused:
        document.set_value(("agreement", "currency"), "XXQ")
    assert ("agreement", "currency") in refused.value.errors
    with pytest.raises(EditRefused) as bad_item:
        document.insert_item(("parties",), 0, {"id": "Not An ID"})
    assert "lowercase letters" in str(bad_item.value)  # the field errors' English
    assert document.agreement is before
    assert len(document.history) == 0 and document.told == []
    assert not document.modified


def test_insert_remove_and_move_at_a_path_with_undo(document: Watched) -> None:
    loc = ("parties",)
    document.insert_item(loc, 0, {"id": "acme", "name": "Acme"})
    document.insert_item(loc, 1, {"id": "globex", "name": "Globex"})
    document.insert_item(loc, 2, {"id": "initech", "name": "Initech"})
    document.move_item(loc, 2, 0)
    assert [p.id for p in document.agreement.parties] == ["initech", "acme", "globex"]
    document.move_item(loc, 1, 1)  # nowhere to go: no step
    document.move_item(loc, 0, 3)  # out of range: no step
    document.remove_item(loc, 1)
    assert [p.id for p in document.agreement.parties] == ["initech", "globex"]
    assert document.history.undo_text == "Remove item"
    assert len(document.history) == 5
    document.history.undo()
    assert [p.id for p in document.agreement.parties] == ["initech", "acme", "globex"]
    assert document.agreement.parties[1].name == "Acme"
    document.history.undo()
    assert [p.id for p in document.agreement.parties] == ["acme", "globex", "initech"]


def test_a_nested_value_and_what_undo_restores() -> None:
    document = Watched(factories.agreement())
    original = document.agreement
    objective = ("service_levels", "objectives", 0)
    document.set_value((*objective, "target", "value"), Decimal("99.95"))
    document.remove_item(("service_levels", "objectives"), 0)
    document.set_value(TITLE, "Changed")
    document.told.clear()
    while document.history.undo():
        pass
    assert document.agreement == original
    revisited = [loc for what, loc in document.told if what == "revisited"]
    assert revisited == [TITLE, ("service_levels", "objectives"), (*objective, "target", "value")]
    assert not document.modified


def test_a_signed_agreement_refuses_edits_but_lifecycle_steps() -> None:
    document = Watched(signed())
    before = document.agreement
    for edit in (
        lambda: document.set_value(TITLE, "Changed after signing"),
        lambda: document.insert_item(("parties",), 0, {"id": "late"}),
        lambda: document.remove_item(("parties",), 0),
        lambda: document.move_item(("parties",), 0, 1),
    ):
        with pytest.raises(EditRefused, match="signed"):
            edit()
    assert document.agreement is before and len(document.history) == 0
    revised = new_revision(document.agreement, by="Ana Ruiz", summary="Lower target")
    with document.history.group("New revision"):
        document.set_value(("signoff",), revised.signoff, lifecycle=True)
        document.set_value(("agreement",), revised.agreement, lifecycle=True)
    document.set_value(TITLE, "Changed in revision 2")
    assert len(document.history) == 2
    document.history.undo()
    document.history.undo()  # the whole lifecycle step at once: signed and locked again
    assert document.agreement == before
    with pytest.raises(EditRefused):
        document.set_value(TITLE, "Changed after signing")


def test_the_lock_message_is_phrased_by_the_documents_phrase() -> None:
    document = Document(signed(), phrase=lambda message: f"<{message.template.name}>")
    with pytest.raises(EditRefused) as refused:
        document.set_value(TITLE, "x")
    assert refused.value.errors == {TITLE: "<LOCKED_SIGNED>"}


def test_saving_is_the_clean_point_and_a_saved_lifecycle_step_ends_the_history(
    tmp_path: Path,
) -> None:
    document = Watched(factories.agreement())
    path = tmp_path / "a.sla.json"
    document.set_value(TITLE, "Edited before review")
    document.save(path)
    assert not document.modified and document.path == path
    assert document.history.can_undo, "ordinary edits stay undoable after a save"
    document.history.undo()
    assert document.modified
    document.history.redo()
    assert not document.modified
    moved = set_status(document.agreement, AgreementStatus.IN_REVIEW, by="Ana Ruiz")
    with document.history.group("In review"):
        document.set_value(("signoff",), moved.signoff, lifecycle=True)
    document.save()
    assert not document.history.can_undo
    assert load_agreement(path).signoff.status is AgreementStatus.IN_REVIEW


def test_a_restored_copy_is_modified_until_saved(tmp_path: Path) -> None:
    document = Watched(blank_agreement())
    document.mark_modified()
    assert document.modified and document.told == [("modified", True)]
    document.save(tmp_path / "b.sla.json")
    assert not document.modified


def test_changed_on_disk_and_names(tmp_path: Path) -> None:
    document = Document(blank_agreement())
    assert document.display_name == "Untitled agreement"
    document.set_value(TITLE, "  Helpdesk  ")
    assert document.display_name == "Helpdesk"
    path = tmp_path / "a.sla.json"
    document.save(path)
    assert document.display_name == "a.sla.json" and not document.changed_on_disk()
    path.write_text(path.read_text(encoding="utf-8").replace('"EUR"', '"USD"'), encoding="utf-8")
    assert document.changed_on_disk()
    assert Document.open(path).agreement.agreement.currency == "USD"


def test_reading_values_and_places(document: Watched) -> None:
    document.insert_item(("parties",), 0, {"id": "acme"})
    assert document.value_at(("parties", 0, "id")) == "acme"
    assert document.exists(("parties", 0, "id"))
    assert not document.exists(("parties", 1))
    assert not document.exists(("parties", 0, "no_such_field"))
    assert document.check_value(("parties", 0, "id"), "ok-id") == {}
    assert ("parties", 0, "id") in document.check_value(("parties", 0, "id"), "Not OK")
