"""The Sign-off page: move the status on, record approvals and sign-offs, lock, new revision."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app import dialogs
from slawriter.app.document import Document
from slawriter.app.pages.signoff import SignOffPage
from slawriter.model.agreement import AgreementStatus, LifecycleAction, SignOffMethod
from slawriter.model.lifecycle import audit_log_intact
from tests.factories import agreement as make_agreement

S = AgreementStatus


@pytest.fixture
def page(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> SignOffPage:
    answers: dict[str, Any] = {}

    def ask_text(_parent: Any, title: str, label: str, default: str = "") -> str | None:
        if "name" in label.lower() and "audit" in label:
            return "Ana Ruiz"
        if "approved (e.g." in label:
            return "Legal review"
        if label == "Approved by:":
            return "Bo Li"
        return answers.get("summary", "Lower target")

    def fail(*args: Any) -> None:
        raise AssertionError(f"unexpected dialog {args}")

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    monkeypatch.setattr(dialogs, "show_error", fail)
    document = Document(make_agreement())
    widget = SignOffPage(document)
    qtbot.addWidget(widget)
    widget.refresh(force=True)
    return widget


def _status(page: SignOffPage) -> AgreementStatus:
    return page.document.agreement.signoff.status


def test_draft_to_signed_and_lock(page: SignOffPage) -> None:
    assert not page.move_buttons[S.SIGNED].isVisibleTo(page)
    page.move_buttons[S.IN_REVIEW].click()
    assert _status(page) is S.IN_REVIEW
    page.approval_button.click()
    assert page.document.agreement.signoff.approvals[0].role == "Legal review"
    page.move_buttons[S.APPROVED].click()
    assert page.sign_off_button.isEnabled()
    for index in range(page.signatory_box.count()):
        page.signatory_box.setCurrentIndex(index)
        page.sign_off_button.click()
    page.move_buttons[S.SIGNED].click()
    agreement = page.document.agreement
    assert _status(page) is S.SIGNED
    assert len(agreement.signoff.records) == len(agreement.signoff.signatories)
    assert agreement.signoff.history[-1].by == "Ana Ruiz"
    assert audit_log_intact(agreement)
    # Signed: the forms are read-only and only a new revision can change it.
    assert not page.form.isEnabled()
    assert "read-only" in page.status_label.text()
    assert page.revision_button.isEnabled() and page.sign_pdf_button.isEnabled()

    page.revision_button.click()
    agreement = page.document.agreement
    assert _status(page) is S.DRAFT and agreement.agreement.version == 2
    assert agreement.signoff.records == []
    assert agreement.signoff.history[-1].action is LifecycleAction.NEW_REVISION
    assert [r.version for r in agreement.signoff.revisions][-2:] == [1, 2]
    assert agreement.signoff.revisions[-2].fingerprint
    assert page.form.isEnabled()


def test_each_step_is_one_undo(page: SignOffPage) -> None:
    page.move_buttons[S.IN_REVIEW].click()
    assert _status(page) is S.IN_REVIEW
    page.document.undo_stack.undo()
    assert _status(page) is S.DRAFT
    assert page.document.agreement.signoff.history == []


def test_a_signed_agreement_is_read_only_everywhere_until_a_new_revision(
    make_window: Any,
) -> None:
    from slawriter.editing import EditRefused
    from slawriter.model import Section
    from slawriter.services.lifecycle import new_revision, record_sign_off, set_status

    a = make_agreement()
    for status in (S.IN_REVIEW, S.APPROVED):
        a = set_status(a, status, by="Ana Ruiz")
    for signatory in a.signoff.signatories:
        a = record_sign_off(a, signatory.id, method=SignOffMethod.INK, by="Ana Ruiz")
    a = set_status(a, S.SIGNED, by="Ana Ruiz")
    window = make_window()
    window.set_document(Document(a, parent=window))
    parties = window.pages[Section.PARTIES]
    parties.refresh(force=True)
    assert not any(form.isEnabled() for form in parties.forms)
    assert parties.lock_label.isVisibleTo(parties)
    with pytest.raises(EditRefused, match="signed"):
        window.document.set_value(("agreement", "title"), "Changed after signing")
    with pytest.raises(EditRefused):
        window.document.remove_item(("parties",), 0)
    assert window.document.agreement.agreement.title == a.agreement.title

    revised = new_revision(window.document.agreement, by="Ana Ruiz", summary="Lower target")
    window.document.set_value(("signoff",), revised.signoff, lifecycle=True)
    window.document.set_value(("agreement",), revised.agreement, lifecycle=True)
    parties.refresh(force=True)
    assert all(form.isEnabled() for form in parties.forms)
    window.document.set_value(("agreement", "title"), "Changed in revision 2")
    assert window.document.agreement.agreement.title == "Changed in revision 2"


def test_status_and_audit_log_are_shown_not_edited(page: SignOffPage) -> None:
    names = {editor.objectName() for editor in page.form.editors}
    assert "field_signatories" in names
    assert not names & {"field_status", "field_records", "field_history"}
    assert "No lifecycle steps" in page.log_view.toPlainText()
    page.move_buttons[S.IN_REVIEW].click()
    assert page.log_view.isReadOnly()
    assert "Ana Ruiz" in page.log_view.toPlainText().splitlines()[0]


def test_a_saved_lifecycle_step_can_no_longer_be_undone(page: SignOffPage, tmp_path: Any) -> None:
    page.document.set_value(("agreement", "title"), "Edited before review")
    page.move_buttons[S.IN_REVIEW].click()
    assert page.document.undo_stack.canUndo()
    path = tmp_path / "a.sla.json"
    page.document.save(path)
    assert not page.document.undo_stack.canUndo()
    assert not page.document.modified
    from slawriter.storage import load_agreement

    saved = load_agreement(path)
    assert saved.signoff.status is S.IN_REVIEW and len(saved.signoff.history) == 1
    page.document.set_value(("agreement", "title"), "Edited in review")
    page.document.save(path)
    assert page.document.undo_stack.canUndo(), "ordinary edits stay undoable after a save"


@pytest.mark.parametrize("record", [False, True])
def test_approving_a_text_changed_since_an_earlier_approval_asks_first(
    page: SignOffPage, monkeypatch: pytest.MonkeyPatch, record: bool
) -> None:
    asked: list[str] = []

    def confirm(_parent: Any, note: str) -> bool:
        asked.append(note)
        return record

    monkeypatch.setattr(dialogs, "confirm_approval_of_changed_text", confirm)
    page.move_buttons[S.IN_REVIEW].click()
    page.approval_button.click()
    assert asked == []  # nothing changed since: no question
    page.document.set_value(("agreement", "title"), "Hosting SLA, revised")
    page.approval_button.click()
    assert asked == [
        "the text changed after Legal review (Bo Li, "
        f"{page.document.agreement.signoff.approvals[0].date.isoformat()}) approved it: that "
        "approval is of the earlier text, and this one is of the text as it is now"
    ]
    assert len(page.document.agreement.signoff.approvals) == (2 if record else 1)
