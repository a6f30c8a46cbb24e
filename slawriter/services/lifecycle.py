"""Lifecycle steps on agreements and their files, for the app and the command line.

The rules are in :mod:`slawriter.model.lifecycle`; this module supplies the clock and the
fingerprint (which needs the file encoding) and reads and writes files atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..model import Agreement
from ..model import lifecycle as rules
from ..model.agreement import AgreementStatus, SignOffMethod
from ..storage import fingerprint, load_agreement, save_agreement

LifecycleError = rules.LifecycleError
AgreementLocked = rules.AgreementLocked


def now() -> dt.datetime:
    """The time recorded in the audit log (UTC, whole seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def set_status(
    agreement: Agreement, status: AgreementStatus, *, by: str, at: dt.datetime | None = None
) -> Agreement:
    return rules.set_status(agreement, status, by=by, at=at or now())


def record_approval(
    agreement: Agreement,
    *,
    role: str,
    name: str,
    date: dt.date | None = None,
    note: str = "",
    by: str,
    at: dt.datetime | None = None,
) -> Agreement:
    when = at or now()
    return rules.record_approval(
        agreement, role=role, name=name, date=date or when.date(), note=note, by=by, at=when
    )


def record_sign_off(
    agreement: Agreement,
    signatory: str,
    *,
    method: SignOffMethod,
    date: dt.date | None = None,
    by: str,
    at: dt.datetime | None = None,
) -> Agreement:
    when = at or now()
    return rules.record_sign_off(
        agreement, signatory, method=method, date=date or when.date(), by=by, at=when
    )


def new_revision(
    agreement: Agreement, *, by: str, summary: str = "", at: dt.datetime | None = None
) -> Agreement:
    """The next version as a draft; the closed revision keeps its fingerprint in the history."""
    return rules.new_revision(
        agreement, by=by, at=at or now(), fingerprint=fingerprint(agreement), summary=summary
    )


def update_file(path: Path | str, step: Callable[[Agreement], Agreement]) -> Agreement:
    """Load ``path``, apply one lifecycle ``step`` and save atomically; returns the result.

    Raises a :class:`~slawriter.storage.DocumentError` for the file and :class:`LifecycleError`
    when the step is not allowed; the file is then unchanged.
    """
    agreement = step(load_agreement(path))
    save_agreement(agreement, path)
    return agreement
