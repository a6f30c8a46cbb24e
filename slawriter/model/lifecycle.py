"""An agreement's lifecycle: draft → in review → approved → signed, and superseded.

Every change goes through a function here, which returns a new :class:`Agreement` (the input is
never changed) with one more entry in the audit log (``signoff.history``). Each entry carries the
SHA-256 of the entry before it and of the agreement's content after the event, so that
:func:`history_problems` can tell an edited log, a status changed by hand, or a signed agreement
edited afterwards. No I/O: the caller passes the time, the person and, for a new revision, the
fingerprint of the revision being closed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from .agreement import (
    Agreement,
    AgreementStatus,
    Approval,
    LifecycleAction,
    LifecycleEvent,
    Revision,
    SignOffMethod,
    SignOffRecord,
    without_late_defaults,
)
from .messages import (
    Message,
    MessageTemplate,
    PhrasedError,
    Words,
    as_message,
    raw_word,
    word,
)
from .rules import Problem

S = AgreementStatus

TRANSITIONS: dict[AgreementStatus, tuple[AgreementStatus, ...]] = {
    S.DRAFT: (S.IN_REVIEW, S.SUPERSEDED),
    S.IN_REVIEW: (S.DRAFT, S.APPROVED, S.SUPERSEDED),
    S.APPROVED: (S.DRAFT, S.IN_REVIEW, S.SIGNED, S.SUPERSEDED),
    S.SIGNED: (S.SUPERSEDED,),
    S.SUPERSEDED: (),
}
"""Which status may follow which. A signed agreement changes only by a new revision."""

LOCKED = frozenset({S.SIGNED, S.SUPERSEDED})
"""Statuses in which the agreement's content may not be edited."""

REVISABLE = frozenset({S.IN_REVIEW, S.APPROVED, S.SIGNED})
"""Statuses from which a new revision can be started (a draft is simply edited)."""


class LifecycleMessage(MessageTemplate):
    """What the lifecycle says: refused steps and audit-log problems (English templates)."""

    LOCKED_SIGNED = (
        "the agreement is signed and cannot be changed; start a new revision to change it"
    )
    LOCKED_SUPERSEDED = "the agreement is superseded and cannot be changed"
    TIME_WITHOUT_ZONE = "the time of a lifecycle event must carry a time zone"
    NO_NAME = "say who makes the change (a name)"
    ALREADY = "the agreement is already {status}"
    TRANSITION = "an agreement that is {current} cannot become {status}; allowed: {allowed}"
    TRANSITION_LOCKED = (
        "an agreement that is {current} cannot become {status}; allowed: {allowed} "
        "(start a new revision to change a signed agreement)"
    )
    TRANSITION_NONE = (
        "an agreement that is {current} cannot become {status}; allowed: none "
        "(start a new revision to change a signed agreement)"
    )
    SIGN_WITHOUT_SIGNATORIES = "nobody is named to sign; add the signatories first"
    SIGN_OFFS_MISSING = (
        "record the sign-off of every signatory before marking the agreement signed; "
        "missing: {missing}"
    )
    APPROVAL_INCOMPLETE = "an approval needs what was approved (e.g. Legal review) and by whom"
    APPROVAL_IN_FUTURE = (
        "an approval cannot be dated {date}, after the day it is recorded ({today})"
    )
    SIGN_OFF_IN_FUTURE = "a sign-off cannot be dated {date}, after the day it is recorded ({today})"
    SIGN_OFF_NOT_APPROVED = "sign-offs are recorded on an approved agreement; approve it first"
    SIGN_OFF_ALREADY_SIGNED = "the agreement is already signed; start a new revision to sign again"
    NO_SUCH_SIGNATORY = "no signatory '{key}'; the signatories are: {names}"
    NO_SUCH_SIGNATORY_NONE = "no signatory '{key}'; the signatories are: none"
    REVISE_DRAFT = (
        "a draft is edited as it is; a new revision starts from an agreement in review, "
        "approved or signed"
    )
    REVISE_SUPERSEDED = "a superseded agreement cannot be revised"
    SIGNED_WITHOUT_LOG = "the agreement is signed but has no audit log"
    LOG_START_REMOVED = (
        "the first entry points at an earlier one: entries were removed from the start of "
        "the audit log"
    )
    LOG_CHAIN_BROKEN = (
        "entry {entry} does not follow from entry {previous}: the audit log was edited (an "
        "entry changed, removed or reordered)"
    )
    STATUS_CHANGED_BY_HAND = (
        "the status is {status} but the audit log's last entry says {logged}: the status was "
        "changed outside slawriter"
    )
    EARLIER_APPROVALS = (
        "the text changed after {approvals} approved it: that approval is of the earlier text, "
        "and this one is of the text as it is now"
    )
    LOG_NOT_OURS = (
        "{problem}; nothing is added to an audit log that is not what slawriter wrote — "
        "restore the file from a copy or from git"
    )
    VERSION_CHANGED_BY_HAND = (
        "the version is {version} but the audit log's last entry says {logged}: the version "
        "was changed outside slawriter"
    )
    SIGNED_TEXT_CHANGED = (
        "the agreement was changed after it became {status} ({at} UTC by {by}); signed text "
        "must not change — start a new revision"
    )
    APPROVED_TEXT_CHANGED = (
        "the agreement changed after its last recorded event ({date} by {by}); the approval "
        "applies to the earlier text — send it for review again"
    )


class LifecycleError(PhrasedError):
    """A lifecycle step is not allowed; the message says why and what to do.

    ``str()`` is the English text; ``template`` and ``params`` let the app translate it.
    """


M = LifecycleMessage


class AgreementLocked(LifecycleError):
    """The agreement is signed (or superseded): its content may not be edited."""


# ---------------------------------------------------------------------------------------------
# Hashes


def _digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(agreement: Agreement) -> str:
    """SHA-256 of everything in the agreement except its audit log."""
    data = without_late_defaults(agreement.model_dump(mode="json"))
    data["signoff"].pop("history", None)
    return _digest(data)


def content_hashes(agreement: Agreement) -> set[str]:
    """The content hashes that say the agreement is unchanged: :func:`content_hash`, and for
    one read from a file of an older schema version, the hash of the agreement in that file's
    shape — only the fields the file has, at its schema version — which is what slawriter
    hashed when the file's entries were logged. A field added since (at its default) is not a
    change; a value changed, removed or reinterpreted by a migration is."""
    hashes = {content_hash(agreement)}
    as_filed = agreement._as_filed
    if isinstance(as_filed, dict):
        data = _shaped(without_late_defaults(agreement.model_dump(mode="json")), as_filed)
        data["schema_version"] = as_filed.get("schema_version")
        data.get("signoff", {}).pop("history", None)
        hashes.add(_digest(data))
    return hashes


def _shaped(value: Any, shape: Any) -> Any:
    """``value`` with only the keys ``shape`` has, all the way down."""
    if isinstance(value, dict) and isinstance(shape, dict):
        return {k: _shaped(v, shape[k]) for k, v in value.items() if k in shape}
    if isinstance(value, list) and isinstance(shape, list) and len(value) == len(shape):
        return [_shaped(v, s) for v, s in zip(value, shape, strict=True)]
    return value


def entry_hash(event: LifecycleEvent) -> str:
    """SHA-256 of one audit-log entry (all its fields, ``previous`` included)."""
    return _digest(event.model_dump(mode="json"))


# ---------------------------------------------------------------------------------------------
# Queries


def is_locked(agreement: Agreement) -> bool:
    """Signed or superseded agreements may not be edited."""
    return agreement.signoff.status in LOCKED


def ensure_editable(agreement: Agreement) -> None:
    """Raise :class:`AgreementLocked` unless the agreement's content may be edited."""
    status = agreement.signoff.status
    if status is S.SIGNED:
        raise AgreementLocked(M.LOCKED_SIGNED)
    if status is S.SUPERSEDED:
        raise AgreementLocked(M.LOCKED_SUPERSEDED)


def allowed_transitions(agreement: Agreement) -> tuple[AgreementStatus, ...]:
    """The statuses the agreement can move to now."""
    return TRANSITIONS[agreement.signoff.status]


def missing_sign_offs(agreement: Agreement) -> list[str]:
    """IDs of signatories without a recorded sign-off."""
    done = {r.signatory for r in agreement.signoff.records}
    return [s.id for s in agreement.signoff.signatories if s.id not in done]


# ---------------------------------------------------------------------------------------------
# Changes


def _utc(at: dt.datetime) -> dt.datetime:
    if at.tzinfo is None:
        raise LifecycleError(M.TIME_WITHOUT_ZONE)
    return at.astimezone(dt.UTC).replace(microsecond=0)


def _by(by: str) -> str:
    name = " ".join(by.split())
    if not name:
        raise LifecycleError(M.NO_NAME)
    return name


def _log(
    agreement: Agreement,
    action: LifecycleAction,
    *,
    by: str,
    at: dt.datetime,
    detail: str,
    signoff_update: dict[str, Any] | None = None,
    info_update: dict[str, Any] | None = None,
) -> Agreement:
    """``agreement`` with the updates applied and one more audit-log entry for them.

    Refused when the log is not what slawriter wrote (an entry edited, removed or reordered,
    the status or version changed by hand): a new entry would vouch for it."""
    for severity, problem in history_problems(agreement):
        if severity == "error" and problem.template in _LOG_EDITED:
            raise LifecycleError(M.LOG_NOT_OURS, problem=as_message(problem))
    signoff = agreement.signoff.model_copy(update=signoff_update or {})
    info = agreement.agreement.model_copy(update=info_update or {})
    changed = Agreement.model_validate(
        agreement.model_copy(update={"signoff": signoff, "agreement": info}).model_dump()
    )
    history = changed.signoff.history
    event = LifecycleEvent(
        at=_utc(at),
        by=_by(by),
        action=action,
        status=changed.signoff.status,
        version=changed.agreement.version,
        detail=detail[:300],
        content=content_hash(changed),
        previous=entry_hash(history[-1]) if history else "",
    )
    signoff = changed.signoff.model_copy(update={"history": [*history, event]})
    return changed.model_copy(update={"signoff": signoff})


def set_status(
    agreement: Agreement, status: AgreementStatus, *, by: str, at: dt.datetime
) -> Agreement:
    """Move the agreement to ``status`` if the lifecycle allows it.

    Signing needs at least one signatory and a recorded sign-off from each (see
    :func:`record_sign_off`). Going back to draft clears the sign-offs recorded so far.
    """
    current = agreement.signoff.status
    if status is current:
        raise LifecycleError(M.ALREADY, status=word(status))
    if status not in TRANSITIONS[current]:
        allowed = TRANSITIONS[current]
        if not allowed:
            template = M.TRANSITION_NONE
        else:
            template = M.TRANSITION_LOCKED if current in LOCKED else M.TRANSITION
        raise LifecycleError(
            template,
            current=word(current),
            status=word(status),
            allowed=Words(tuple(raw_word(s) for s in allowed)),
        )
    update: dict[str, Any] = {"status": status}
    if status is S.SIGNED:
        if not agreement.signoff.signatories:
            raise LifecycleError(M.SIGN_WITHOUT_SIGNATORIES)
        missing = missing_sign_offs(agreement)
        if missing:
            raise LifecycleError(M.SIGN_OFFS_MISSING, missing=", ".join(missing))
    if status in (S.DRAFT, S.IN_REVIEW):
        update["records"] = []
    return _log(
        agreement,
        LifecycleAction.STATUS,
        by=by,
        at=at,
        detail=f"{current.value} → {status.value}",
        signoff_update=update,
    )


def record_approval(
    agreement: Agreement,
    *,
    role: str,
    name: str,
    date: dt.date,
    note: str = "",
    by: str,
    at: dt.datetime,
) -> Agreement:
    """Add an internal approval (e.g. legal review) and log it."""
    ensure_editable(agreement)
    if not role.strip() or not name.strip():
        raise LifecycleError(M.APPROVAL_INCOMPLETE)
    if date > at.date():
        raise LifecycleError(
            M.APPROVAL_IN_FUTURE, date=date.isoformat(), today=at.date().isoformat()
        )
    approval = Approval(role=role.strip(), name=name.strip(), date=date, note=note.strip())
    return _log(
        agreement,
        LifecycleAction.APPROVAL,
        by=by,
        at=at,
        detail=_approval_detail(approval),
        signoff_update={"approvals": [*agreement.signoff.approvals, approval]},
    )


def approvals_of_earlier_text(agreement: Agreement) -> list[Approval]:
    """The recorded approvals given to another text than the agreement's now: each approval's
    audit-log entry holds the content hash of what was approved."""
    current = content_hashes(agreement)
    approved: dict[str, str] = {}
    for event in agreement.signoff.history:
        if event.action is LifecycleAction.APPROVAL and event.content:
            approved[event.detail] = event.content
    return [
        approval
        for approval in agreement.signoff.approvals
        if approved.get(_approval_detail(approval), next(iter(current))) not in current
    ]


def _approval_detail(approval: Approval) -> str:
    day = approval.date.isoformat() if approval.date is not None else ""
    return f"{approval.role} approved by {approval.name} on {day}"[:300]


def earlier_approvals_note(agreement: Agreement) -> Message | None:
    """What recording another approval now should say, if earlier ones are of another text."""
    earlier = approvals_of_earlier_text(agreement)
    if not earlier:
        return None
    names = "; ".join(
        f"{a.role} ({a.name}, {a.date.isoformat()})" if a.date else f"{a.role} ({a.name})"
        for a in earlier
    )
    return Message(M.EARLIER_APPROVALS, {"approvals": names})


def record_sign_off(
    agreement: Agreement,
    signatory: str,
    *,
    method: SignOffMethod,
    date: dt.date,
    by: str,
    at: dt.datetime,
) -> Agreement:
    """Record that a signatory signed off the approved text (replaces an earlier record)."""
    if agreement.signoff.status is not S.APPROVED:
        raise LifecycleError(
            M.SIGN_OFF_NOT_APPROVED
            if agreement.signoff.status not in LOCKED
            else M.SIGN_OFF_ALREADY_SIGNED
        )
    if date > at.date():
        raise LifecycleError(
            M.SIGN_OFF_IN_FUTURE, date=date.isoformat(), today=at.date().isoformat()
        )
    person = find_signatory(agreement, signatory)
    record = SignOffRecord(
        signatory=person.id,
        name=person.name,
        title=person.title,
        party=person.party,
        date=date,
        method=method,
    )
    records = [r for r in agreement.signoff.records if r.signatory != person.id]
    return _log(
        agreement,
        LifecycleAction.SIGN_OFF,
        by=by,
        at=at,
        detail=f"{person.name or person.id} signed off ({method.value}) on {date.isoformat()}",
        signoff_update={"records": [*records, record]},
    )


def find_signatory(agreement: Agreement, key: str) -> Any:
    """The signatory whose ID or name (any case) is ``key``; raises :class:`LifecycleError`."""
    wanted = " ".join(key.split()).casefold()
    people = agreement.signoff.signatories
    for person in people:
        if person.id == key:
            return person
    matches = [p for p in people if " ".join(p.name.split()).casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    if not people:
        raise LifecycleError(M.NO_SUCH_SIGNATORY_NONE, key=key)
    names = ", ".join(f"{p.id} ({p.name})" if p.name else p.id for p in people)
    raise LifecycleError(M.NO_SUCH_SIGNATORY, key=key, names=names)


def new_revision(
    agreement: Agreement,
    *,
    by: str,
    at: dt.datetime,
    fingerprint: str,
    summary: str = "",
) -> Agreement:
    """Start the next version: version + 1, status draft, approvals and sign-offs cleared.

    The revision being closed keeps its entry in the revision history, with ``fingerprint`` (the
    fingerprint printed on its PDF); a new entry is added for the new version.
    """
    status = agreement.signoff.status
    if status not in REVISABLE:
        raise LifecycleError(M.REVISE_DRAFT if status is S.DRAFT else M.REVISE_SUPERSEDED)
    version = agreement.agreement.version
    day = _utc(at).date()
    revisions = list(agreement.signoff.revisions)
    for index, revision in enumerate(revisions):
        if revision.version == version:
            revisions[index] = revision.model_copy(update={"fingerprint": fingerprint})
            break
    else:
        revisions.append(
            Revision(version=version, date=day, author=_by(by), fingerprint=fingerprint)
        )
    revisions.append(
        Revision(version=version + 1, date=day, author=_by(by), summary=summary.strip()[:300])
    )
    return _log(
        agreement,
        LifecycleAction.NEW_REVISION,
        by=by,
        at=at,
        detail=f"version {version} ({status.value}, fingerprint {fingerprint}) → "
        f"version {version + 1}",
        signoff_update={
            "status": S.DRAFT,
            "approvals": [],
            "records": [],
            "revisions": revisions,
        },
        info_update={"version": version + 1},
    )


# ---------------------------------------------------------------------------------------------
# Checking the history


_LOG_EDITED = frozenset(
    {
        M.LOG_START_REMOVED,
        M.LOG_CHAIN_BROKEN,
        M.STATUS_CHANGED_BY_HAND,
        M.VERSION_CHANGED_BY_HAND,
    }
)
"""The audit log's own problems, as against the text changed after its last entry (which a
new revision or a new review answers)."""


def history_problems(agreement: Agreement) -> Iterator[tuple[str, Problem]]:
    """What is wrong with the audit log, as ``(severity, problem)``; severity error or warning.

    Errors: an entry was edited, removed or reordered (the hash chain breaks); the status or
    version differs from what the log's last entry says (changed by hand); a signed agreement
    whose content changed after it was signed. Warning: an approved agreement changed after its
    last logged event (the approval applies to an earlier text); a signed agreement without a log.
    """
    signoff = agreement.signoff
    history = signoff.history
    base = ("signoff", "history")
    if not history:
        if signoff.status in LOCKED:
            yield "warning", Problem(base, M.SIGNED_WITHOUT_LOG)
        return
    if history[0].previous:
        yield (
            "error",
            Problem((*base, 0, "previous"), M.LOG_START_REMOVED),
        )
    for index in range(1, len(history)):
        if history[index].previous != entry_hash(history[index - 1]):
            yield (
                "error",
                Problem(
                    (*base, index, "previous"),
                    M.LOG_CHAIN_BROKEN,
                    {"entry": index + 1, "previous": index},
                ),
            )
    last = history[-1]
    if last.status is not signoff.status:
        yield (
            "error",
            Problem(
                ("signoff", "status"),
                M.STATUS_CHANGED_BY_HAND,
                {"status": raw_word(signoff.status), "logged": raw_word(last.status)},
            ),
        )
    if last.version != agreement.agreement.version:
        yield (
            "error",
            Problem(
                ("agreement", "version"),
                M.VERSION_CHANGED_BY_HAND,
                {"version": agreement.agreement.version, "logged": last.version},
            ),
        )
    if last.content and last.content not in content_hashes(agreement):
        if signoff.status in LOCKED:
            yield (
                "error",
                Problem(
                    base,
                    M.SIGNED_TEXT_CHANGED,
                    {
                        "status": raw_word(last.status),
                        "at": f"{last.at:%Y-%m-%d %H:%M}",
                        "by": last.by,
                    },
                ),
            )
        elif signoff.status is S.APPROVED:
            yield (
                "warning",
                Problem(
                    base,
                    M.APPROVED_TEXT_CHANGED,
                    {"date": f"{last.at:%Y-%m-%d}", "by": last.by},
                ),
            )


def audit_log_intact(agreement: Agreement) -> bool:
    """No error in :func:`history_problems`."""
    return not any(severity == "error" for severity, _ in history_problems(agreement))
