"""Insert from a library, and update from it, as one undo step each (issue 15); a signed
agreement never changes; an older version of an entry is reported with what differs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slawriter.editing import Document, EditRefused
from slawriter.model.agreement import (
    Agreement,
    AgreementStatus,
    Contact,
    EntryKind,
    LibrarySource,
    Party,
    SignOffMethod,
)
from slawriter.model.findings import Severity
from slawriter.model.library import (
    LibraryEntry,
    entry_hash,
    library_findings,
    local_edits,
    make_entry,
    sources,
)
from slawriter.services.lifecycle import record_sign_off, set_status
from tests import factories


def _uptime_entry(value: str = "99.9", credit: int = 10) -> LibraryEntry:
    a = factories.agreement()
    uptime = a.service_levels.objectives[0]
    uptime = uptime.model_copy(
        update={"target": uptime.target.model_copy(update={"value": Decimal(value)})}
    )
    tiers = [t for t in a.consequences.credit_tiers if t.objective == uptime.id]
    tiers[0] = tiers[0].model_copy(update={"credit_percent": Decimal(credit)})
    return make_entry(EntryKind.OBJECTIVES, uptime, credit_tiers=tiers)


def _source(entry: LibraryEntry, name: str = "standard-uptime") -> LibrarySource:
    return LibrarySource(
        library="team", kind=EntryKind(entry.kind), entry=name, hash=entry_hash(entry)
    )


def test_inserting_an_objective_brings_its_tiers_under_a_free_id_in_one_step() -> None:
    document = Document(factories.agreement())  # it has an objective 'uptime' and tiers t1–t3
    before = document.agreement
    entry = _uptime_entry("99.5")
    loc = document.insert_from_library(entry, _source(entry))
    agreement = document.agreement
    assert loc == ("service_levels", "objectives", len(before.service_levels.objectives))
    inserted = agreement.service_levels.objectives[-1]
    assert inserted.id == "uptime-2"
    assert inserted.target.value == Decimal("99.5")
    assert inserted.source is not None
    assert inserted.source.model_copy(update={"item_hash": None}) == _source(entry)
    assert local_edits(agreement, loc, inserted.source) is False  # its own version, as inserted
    new_tiers = agreement.consequences.credit_tiers[len(before.consequences.credit_tiers) :]
    assert [(t.id, t.objective) for t in new_tiers] == [
        ("t1-2", "uptime-2"),
        ("t2-2", "uptime-2"),
        ("t3-2", "uptime-2"),
    ]
    assert list(sources(agreement)) == [(loc, inserted.source)]
    document.history.undo()
    assert document.agreement == before  # objective and tiers: one step


def test_a_contact_goes_into_the_party_it_is_given() -> None:
    document = Document(factories.agreement())
    entry = make_entry(EntryKind.CONTACTS, Contact(name="Eva Berg", email="eva@acme.example"))
    target = ("parties", 0, "contacts")
    count = len(document.agreement.parties[0].contacts)
    loc = document.insert_from_library(entry, _source(entry, "eva"), contacts_of=target)
    assert loc == (*target, count)
    assert document.agreement.parties[0].contacts[-1].name == "Eva Berg"


def _with_older_uptime() -> tuple[Document, LibraryEntry, LibraryEntry]:
    old = _uptime_entry("99.5", credit=10)
    document = Document(factories.agreement())
    document.insert_from_library(old, _source(old))
    document.history.clear()
    return document, old, _uptime_entry("99.9", credit=15)


def test_check_says_an_item_uses_an_older_version_and_what_differs() -> None:
    document, old, new = _with_older_uptime()
    (finding,) = library_findings(document.agreement, lambda source: new)
    assert finding.severity is Severity.WARNING
    assert finding.loc == ("service_levels", "objectives", 2)
    assert finding.message == (
        "uses an older version of the library entry objectives/standard-uptime of the library "
        "'team'; the library now says: Target › Value: 99.5 → 99.9; "
        "Service credit tiers › Tier 1 › Credit (% of monthly fee): 10 → 15"
    )
    assert library_findings(document.agreement, lambda source: old) == []  # up to date
    (missing,) = library_findings(document.agreement, lambda source: None)
    assert missing.severity is Severity.INFO
    assert "which none of the libraries in use holds" in missing.message


def test_update_from_library_is_one_undo_step_and_keeps_the_id() -> None:
    document, _old, new = _with_older_uptime()
    loc = ("service_levels", "objectives", 2)
    before = document.agreement
    document.update_from_library(loc, new, _source(new))
    objective = document.agreement.service_levels.objectives[2]
    assert (objective.id, objective.target.value) == ("uptime-2", Decimal("99.9"))
    assert objective.source is not None
    assert objective.source.model_copy(update={"item_hash": None}) == _source(new)
    assert local_edits(document.agreement, loc, objective.source) is False
    tiers = [t for t in document.agreement.consequences.credit_tiers if t.objective == "uptime-2"]
    assert [t.credit_percent for t in tiers] == [Decimal(15), Decimal(25), Decimal(50)]
    # the other objective's tiers are untouched
    assert [t for t in document.agreement.consequences.credit_tiers if t.objective == "uptime"] == [
        t for t in before.consequences.credit_tiers if t.objective == "uptime"
    ]
    assert library_findings(document.agreement, lambda source: new) == []
    assert document.history.undo_text == "Update from library"
    document.history.undo()
    assert document.agreement == before
    document.history.redo()
    assert document.agreement.service_levels.objectives[2].target.value == Decimal("99.9")


def _signed(agreement: Agreement) -> Agreement:
    for status in (AgreementStatus.IN_REVIEW, AgreementStatus.APPROVED):
        agreement = set_status(agreement, status, by="Ana Ruiz")
    for signatory in agreement.signoff.signatories:
        agreement = record_sign_off(agreement, signatory.id, method=SignOffMethod.INK, by="Ana")
    return set_status(agreement, AgreementStatus.SIGNED, by="Ana Ruiz")


def test_a_signed_agreement_is_never_updated_from_the_library() -> None:
    document, _old, new = _with_older_uptime()
    signed = Document(_signed(document.agreement))
    before = signed.agreement
    with pytest.raises(EditRefused, match="signed"):
        signed.update_from_library(("service_levels", "objectives", 2), new, _source(new))
    with pytest.raises(EditRefused, match="signed"):
        party = make_entry(EntryKind.PARTIES, Party(id="other"))
        signed.insert_from_library(party, _source(party, "other"))
    assert signed.agreement == before
    assert not signed.history.can_undo
