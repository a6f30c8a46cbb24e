"""Lifecycle: transitions, sign-off records, the lock, new revisions and the audit log's chain."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from slawriter.model import Agreement, Severity, readiness
from slawriter.model.agreement import AgreementStatus, LifecycleAction, SignOffMethod
from slawriter.model.lifecycle import (
    AgreementLocked,
    LifecycleError,
    allowed_transitions,
    approvals_of_earlier_text,
    audit_log_intact,
    earlier_approvals_note,
    ensure_editable,
    history_problems,
    is_locked,
    new_revision,
    record_approval,
    record_sign_off,
    set_status,
)
from slawriter.storage import dumps_agreement, loads_agreement
from tests.factories import agreement as make_agreement

S = AgreementStatus
AT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
DAY = dt.date(2026, 3, 2)


def _signed(a: Agreement) -> Agreement:
    a = set_status(a, S.IN_REVIEW, by="Ana", at=AT)
    a = record_approval(a, role="Legal review", name="Bo Li", date=DAY, by="Ana", at=AT)
    a = set_status(a, S.APPROVED, by="Bo Li", at=AT)
    for person in a.signoff.signatories:
        a = record_sign_off(a, person.id, method=SignOffMethod.INK, date=DAY, by="Ana", at=AT)
    return set_status(a, S.SIGNED, by="Ana", at=AT)


@pytest.fixture
def draft() -> Agreement:
    a = make_agreement()
    assert a.signoff.signatories, "the factory agreement names signatories"
    return a


@pytest.fixture
def signed(draft: Agreement) -> Agreement:
    return _signed(draft)


def _errors(a: Agreement) -> list[str]:
    return [
        f.message
        for f in readiness(a)
        if f.severity is Severity.ERROR and f.loc[:1] in (("signoff",), ("agreement",))
    ]


def test_happy_path_records_each_change(signed: Agreement) -> None:
    so = signed.signoff
    assert so.status is S.SIGNED
    assert [e.action for e in so.history] == [
        LifecycleAction.STATUS,
        LifecycleAction.APPROVAL,
        LifecycleAction.STATUS,
        *[LifecycleAction.SIGN_OFF] * len(so.signatories),
        LifecycleAction.STATUS,
    ]
    assert all(e.by and e.at == AT for e in so.history)
    assert [r.signatory for r in so.records] == [s.id for s in so.signatories]
    assert {r.method for r in so.records} == {SignOffMethod.INK}
    assert so.records[0].name == so.signatories[0].name
    assert audit_log_intact(signed) and not list(history_problems(signed))


def test_the_input_is_never_changed(draft: Agreement) -> None:
    before = dumps_agreement(draft)
    set_status(draft, S.IN_REVIEW, by="Ana", at=AT)
    assert dumps_agreement(draft) == before


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), S.APPROVED),
        ((), S.SIGNED),
        ((S.IN_REVIEW,), S.SIGNED),
        ((S.SUPERSEDED,), S.DRAFT),
        ((), S.DRAFT),
    ],
)
def test_forbidden_transitions(
    draft: Agreement, path: tuple[AgreementStatus, ...], target: AgreementStatus
) -> None:
    for step in path:
        draft = set_status(draft, step, by="Ana", at=AT)
    assert target not in allowed_transitions(draft)
    with pytest.raises(LifecycleError):
        set_status(draft, target, by="Ana", at=AT)


def test_signing_needs_every_sign_off(draft: Agreement) -> None:
    a = set_status(set_status(draft, S.IN_REVIEW, by="A", at=AT), S.APPROVED, by="A", at=AT)
    first = a.signoff.signatories[0].id
    a = record_sign_off(a, first, method=SignOffMethod.DIGITAL, date=DAY, by="A", at=AT)
    if len(a.signoff.signatories) > 1:
        with pytest.raises(LifecycleError, match="missing"):
            set_status(a, S.SIGNED, by="A", at=AT)


def test_a_sign_off_or_approval_cannot_be_dated_after_the_day_it_is_recorded(
    draft: Agreement,
) -> None:
    """A record of something that has not happened yet is refused; an earlier date (a paper
    signature recorded a week later) is fine."""
    tomorrow = AT.date() + dt.timedelta(days=1)
    review = set_status(draft, S.IN_REVIEW, by="A", at=AT)
    with pytest.raises(LifecycleError, match="after the day it is recorded"):
        record_approval(review, role="Legal review", name="Bo", date=tomorrow, by="A", at=AT)
    last_week = AT.date() - dt.timedelta(days=7)
    record_approval(review, role="Legal review", name="Bo", date=last_week, by="A", at=AT)
    approved = set_status(review, S.APPROVED, by="A", at=AT)
    first = approved.signoff.signatories[0].id
    with pytest.raises(LifecycleError) as refused:
        record_sign_off(approved, first, method=SignOffMethod.INK, date=tomorrow, by="A", at=AT)
    assert str(refused.value) == (
        "a sign-off cannot be dated 2026-03-03, after the day it is recorded (2026-03-02)"
    )
    signed = record_sign_off(
        approved, first, method=SignOffMethod.INK, date=last_week, by="A", at=AT
    )
    assert signed.signoff.records[-1].date == last_week


def test_sign_off_only_on_approved_text(draft: Agreement) -> None:
    with pytest.raises(LifecycleError, match="approve it first"):
        record_sign_off(
            draft,
            draft.signoff.signatories[0].id,
            method=SignOffMethod.INK,
            date=DAY,
            by="A",
            at=AT,
        )


def test_unknown_signatory_and_missing_name(draft: Agreement) -> None:
    a = set_status(set_status(draft, S.IN_REVIEW, by="A", at=AT), S.APPROVED, by="A", at=AT)
    with pytest.raises(LifecycleError, match="no signatory 'nobody'"):
        record_sign_off(a, "nobody", method=SignOffMethod.INK, date=DAY, by="A", at=AT)
    with pytest.raises(LifecycleError, match="who"):
        set_status(draft, S.IN_REVIEW, by="  ", at=AT)


def test_sign_off_by_name_any_case(draft: Agreement) -> None:
    a = set_status(set_status(draft, S.IN_REVIEW, by="A", at=AT), S.APPROVED, by="A", at=AT)
    person = a.signoff.signatories[0]
    a = record_sign_off(
        a, person.name.upper(), method=SignOffMethod.APPROVAL, date=DAY, by="A", at=AT
    )
    assert a.signoff.records[0].signatory == person.id


def test_back_to_draft_clears_sign_offs(draft: Agreement) -> None:
    a = set_status(set_status(draft, S.IN_REVIEW, by="A", at=AT), S.APPROVED, by="A", at=AT)
    a = record_sign_off(
        a, a.signoff.signatories[0].id, method=SignOffMethod.INK, date=DAY, by="A", at=AT
    )
    assert set_status(a, S.DRAFT, by="A", at=AT).signoff.records == []


def test_signed_is_locked(signed: Agreement, draft: Agreement) -> None:
    assert is_locked(signed) and not is_locked(draft)
    ensure_editable(draft)
    with pytest.raises(AgreementLocked, match="new revision"):
        ensure_editable(signed)
    with pytest.raises(AgreementLocked):
        record_approval(signed, role="Legal", name="X", date=DAY, by="A", at=AT)
    superseded = set_status(signed, S.SUPERSEDED, by="A", at=AT)
    with pytest.raises(AgreementLocked):
        ensure_editable(superseded)
    with pytest.raises(LifecycleError):
        new_revision(superseded, by="A", at=AT, fingerprint="abcdefabcdef")


def test_new_revision(signed: Agreement) -> None:
    version = signed.agreement.version
    revised = new_revision(
        signed, by="Cy", at=AT, fingerprint="0123456789ab", summary="Lower availability target"
    )
    assert revised.agreement.version == version + 1
    assert revised.signoff.status is S.DRAFT
    assert revised.signoff.records == [] and revised.signoff.approvals == []
    old = [r for r in revised.signoff.revisions if r.version == version]
    assert len(old) == 1 and old[0].fingerprint == "0123456789ab"
    latest = revised.signoff.revisions[-1]
    assert (latest.version, latest.author, latest.summary, latest.fingerprint) == (
        version + 1,
        "Cy",
        "Lower availability target",
        "",
    )
    assert revised.signoff.history[-1].action is LifecycleAction.NEW_REVISION
    assert revised.signoff.history[: len(signed.signoff.history)] == signed.signoff.history
    assert not is_locked(revised) and audit_log_intact(revised)


def test_new_revision_not_from_a_draft(draft: Agreement) -> None:
    with pytest.raises(LifecycleError, match="draft"):
        new_revision(draft, by="A", at=AT, fingerprint="0123456789ab")


def test_history_survives_save_and_load(signed: Agreement) -> None:
    again = loads_agreement(dumps_agreement(signed))
    assert again == signed
    assert audit_log_intact(again)


def _edit_log(a: Agreement, index: int, **changes: object) -> Agreement:
    data = a.model_dump(mode="python")
    data["signoff"]["history"][index].update(changes)
    return Agreement.model_validate(data)


def test_edited_entry_is_caught(signed: Agreement) -> None:
    tampered = _edit_log(signed, 1, by="Mallory")
    assert not audit_log_intact(tampered)
    assert any("audit log was edited" in m for m in _errors(tampered))


def test_removed_entry_is_caught(signed: Agreement) -> None:
    data = signed.model_dump(mode="python")
    del data["signoff"]["history"][2]
    assert any("audit log was edited" in m for m in _errors(Agreement.model_validate(data)))
    data = signed.model_dump(mode="python")
    del data["signoff"]["history"][0]
    assert any("removed from the start" in m for m in _errors(Agreement.model_validate(data)))


def test_status_changed_by_hand_is_caught(draft: Agreement) -> None:
    a = set_status(draft, S.IN_REVIEW, by="A", at=AT)
    forged = a.model_copy(update={"signoff": a.signoff.model_copy(update={"status": S.SIGNED})})
    assert any("changed outside slawriter" in m for m in _errors(forged))


def test_signed_text_edited_afterwards_is_caught(signed: Agreement) -> None:
    info = signed.agreement.model_copy(update={"title": "Something else"})
    edited = signed.model_copy(update={"agreement": info})
    assert any("changed after it became signed" in m for m in _errors(edited))


def test_approved_text_edited_afterwards_is_a_warning(draft: Agreement) -> None:
    a = set_status(set_status(draft, S.IN_REVIEW, by="A", at=AT), S.APPROVED, by="A", at=AT)
    edited = a.model_copy(update={"agreement": a.agreement.model_copy(update={"title": "X"})})
    findings = [f for f in readiness(edited) if f.loc == ("signoff", "history")]
    assert [f.severity for f in findings] == [Severity.WARNING]


def test_drafts_without_a_log_are_fine(draft: Agreement) -> None:
    assert not list(history_problems(draft))
    edited = draft.model_copy(
        update={"agreement": draft.agreement.model_copy(update={"title": "X"})}
    )
    assert not list(history_problems(edited))


def test_naive_times_are_refused(draft: Agreement) -> None:
    with pytest.raises(LifecycleError, match="time zone"):
        set_status(draft, S.IN_REVIEW, by="A", at=dt.datetime(2026, 1, 1))


def test_nothing_is_added_to_an_audit_log_that_was_edited(draft: Agreement) -> None:
    a = record_approval(
        set_status(draft, S.IN_REVIEW, by="Ana", at=AT),
        role="Legal review",
        name="Bo Li",
        date=DAY,
        by="Ana",
        at=AT,
    )
    tampered = _edit_log(a, 0, by="Mallory")
    forged = a.model_copy(update={"signoff": a.signoff.model_copy(update={"status": S.APPROVED})})
    for broken, said in ((tampered, "audit log was edited"), (forged, "changed outside")):
        with pytest.raises(LifecycleError, match=said) as refused:
            record_approval(broken, role="Finance", name="Cy", date=DAY, by="Ana", at=AT)
        assert "nothing is added to an audit log that is not what slawriter wrote" in str(
            refused.value
        )
        with pytest.raises(LifecycleError, match=said):
            set_status(broken, S.DRAFT, by="Ana", at=AT)


def test_signed_text_changed_by_hand_can_still_start_a_new_revision(signed: Agreement) -> None:
    # The error says "start a new revision": that way stays open.
    info = signed.agreement.model_copy(update={"title": "Something else"})
    edited = signed.model_copy(update={"agreement": info})
    revised = new_revision(edited, by="Ana", at=AT, fingerprint="abcdefabcdef")
    assert revised.agreement.version == 2


def test_approvals_of_an_earlier_text_are_named_when_another_is_recorded(
    draft: Agreement,
) -> None:
    a = set_status(draft, S.IN_REVIEW, by="Ana", at=AT)
    a = record_approval(a, role="Legal review", name="Bo Li", date=DAY, by="Ana", at=AT)
    assert earlier_approvals_note(a) is None
    a = a.model_copy(update={"agreement": a.agreement.model_copy(update={"title": "Changed"})})
    note = earlier_approvals_note(a)
    assert note is not None and str(note) == (
        "the text changed after Legal review (Bo Li, 2026-03-02) approved it: that approval is "
        "of the earlier text, and this one is of the text as it is now"
    )
    a = record_approval(a, role="Finance", name="Cy", date=DAY, by="Ana", at=AT)
    assert [x.role for x in approvals_of_earlier_text(a)] == ["Legal review"]


GOOD = Path(__file__).parents[1] / "data" / "good"


def test_an_agreement_signed_in_an_older_file_format_is_still_what_was_signed(
    tmp_path: Path,
) -> None:
    """Signed with schema version 1: the fields added since are not changes to the signed text,
    a value changed or removed by hand still is."""
    from slawriter.storage import load_agreement

    original = GOOD / "signed_with_audit_log.sla.json"
    data = json.loads(original.read_text())
    assert data["schema_version"] == 1 and data["signoff"]["status"] == "signed"
    assert list(history_problems(load_agreement(original))) == []

    def changed(change: Callable[[dict[str, Any]], None]) -> list[str]:
        edited = json.loads(original.read_text())
        change(edited)
        path = tmp_path / "edited.sla.json"
        path.write_text(json.dumps(edited))
        return [p.message for _, p in history_problems(load_agreement(path))]

    def cap(d: dict[str, Any]) -> None:
        d["consequences"]["credit_cap_percent"] = 100

    def no_cap(d: dict[str, Any]) -> None:
        del d["consequences"]["credit_cap_percent"]

    def added_with_a_value(d: dict[str, Any]) -> None:
        d["agreement"]["region"] = "MD"

    for change in (cap, no_cap, added_with_a_value):
        assert any("signed text must not change" in m for m in changed(change)), change
