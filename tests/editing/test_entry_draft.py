"""A library entry as a draft agreement the wizard's forms edit (the library window): every kind
goes in and comes back unchanged, an edit shows in the entry, an objective renamed keeps its
credit tiers, and only the entry's own problems are its problems."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slawriter.editing import Document, EditRefused
from slawriter.editing.entry_draft import (
    draft_agreement,
    entry_from_draft,
    entry_problems,
    item_loc,
)
from slawriter.model.agreement import (
    Agreement,
    Clause,
    Contact,
    EntryKind,
    Exclusion,
    ExclusionKind,
    MetricKind,
    TargetUnit,
)
from slawriter.model.library import (
    LibraryEntry,
    ObjectiveEntry,
    entry_hash,
    make_entry,
    value_at,
)
from slawriter.model.rules import RuleMessage
from tests import factories


def _entries() -> dict[EntryKind, LibraryEntry]:
    a = factories.agreement()
    uptime = a.service_levels.objectives[0]
    return {
        EntryKind.PARTIES: make_entry(EntryKind.PARTIES, a.parties[0], "Our company"),
        EntryKind.CONTACTS: make_entry(
            EntryKind.CONTACTS, Contact(name="Ana Ruiz", email="ana@acme.example")
        ),
        EntryKind.CALENDARS: make_entry(EntryKind.CALENDARS, a.service_levels.calendars[0]),
        EntryKind.OBJECTIVES: make_entry(
            EntryKind.OBJECTIVES,
            uptime,
            "Standard uptime",
            credit_tiers=[t for t in a.consequences.credit_tiers if t.objective == uptime.id],
        ),
        EntryKind.EXCLUSIONS: make_entry(
            EntryKind.EXCLUSIONS,
            Exclusion(id="fm", kind=ExclusionKind.FORCE_MAJEURE, text="Force majeure."),
        ),
        EntryKind.RESPONSIBILITIES: make_entry(
            EntryKind.RESPONSIBILITIES, a.responsibilities.items[0]
        ),
        EntryKind.CLAUSES: make_entry(
            EntryKind.CLAUSES, Clause(id="audit", title="Audit", text="Once a year.")
        ),
    }


@pytest.mark.parametrize("kind", list(EntryKind))
@pytest.mark.parametrize("with_context", [False, True])
def test_every_kind_comes_back_unchanged(kind: EntryKind, with_context: bool) -> None:
    entry = _entries()[kind]
    context = factories.agreement() if with_context else None
    draft, loc = draft_agreement(entry, context)
    assert loc == item_loc(kind)
    assert value_at(draft, loc) == entry.item
    again = entry_from_draft(entry, draft, loc, entry.description)
    assert entry_hash(again) == entry_hash(entry)
    assert again == entry


def test_the_draft_offers_the_context_lists_the_references_point_to() -> None:
    context = factories.agreement()
    draft, _ = draft_agreement(_entries()[EntryKind.OBJECTIVES], context)
    assert draft.parties == context.parties
    assert draft.service_levels.calendars == context.service_levels.calendars
    assert draft.service_levels.priorities == context.service_levels.priorities
    # Its own list holds only the entry's item, its tiers only the entry's tiers.
    assert [o.id for o in draft.service_levels.objectives] == ["uptime"]
    assert [t.id for t in draft.consequences.credit_tiers] == ["t1", "t2", "t3"]
    assert draft.scope == Agreement().scope and draft.limitations == Agreement().limitations
    duty, _ = draft_agreement(_entries()[EntryKind.RESPONSIBILITIES], context)
    assert [p.id for p in duty.parties] == ["acme", "shop"]
    assert duty.service_levels == Agreement().service_levels
    party, _ = draft_agreement(_entries()[EntryKind.PARTIES], context)
    assert [p.id for p in party.parties] == ["acme"]  # the entry's own list: no others


def test_an_edit_in_the_draft_shows_in_the_entry() -> None:
    entry = _entries()[EntryKind.PARTIES]
    draft, loc = draft_agreement(entry, None)
    document = Document(draft)
    document.set_value((*loc, "name"), "Acme Cloud S.L.")
    edited = entry_from_draft(entry, document.agreement, loc, "Our company, renamed")
    assert edited.item.name == "Acme Cloud S.L."
    assert edited.description == "Our company, renamed"
    assert entry_hash(edited) != entry_hash(entry)
    contact = _entries()[EntryKind.CONTACTS]
    draft, loc = draft_agreement(contact, None)
    document = Document(draft)
    document.set_value((*loc, "phone"), "+34 600 000 000")
    assert entry_from_draft(contact, document.agreement, loc, "").item == Contact(
        name="Ana Ruiz", email="ana@acme.example", phone="+34 600 000 000"
    )


def test_an_objective_renamed_keeps_its_tiers() -> None:
    entry = _entries()[EntryKind.OBJECTIVES]
    draft, loc = draft_agreement(entry, factories.agreement())
    document = Document(draft)
    document.set_value((*loc, "id"), "availability")
    document.set_value(("consequences", "credit_tiers", 0, "credit_percent"), Decimal(15))
    edited = entry_from_draft(entry, document.agreement, loc, entry.description)
    assert isinstance(edited, ObjectiveEntry)
    assert edited.item.id == "availability"
    assert [(t.id, t.objective) for t in edited.credit_tiers] == [
        ("t1", "availability"),
        ("t2", "availability"),
        ("t3", "availability"),
    ]
    assert edited.credit_tiers[0].credit_percent == Decimal(15)


def test_a_value_pydantic_refuses_never_reaches_the_draft() -> None:
    entry = _entries()[EntryKind.OBJECTIVES]
    draft, loc = draft_agreement(entry, None)
    document = Document(draft)
    with pytest.raises(EditRefused) as refused:
        document.set_value((*loc, "attainment_percent"), Decimal(150))
    assert (*loc, "attainment_percent") in refused.value.errors
    assert entry_from_draft(entry, document.agreement, loc, entry.description) == entry


def test_only_the_entrys_own_problems_count() -> None:
    entry = _entries()[EntryKind.OBJECTIVES]
    # Without a context the objective's party and calendar are missing, the agreement has no
    # parties: none of that is the entry's matter.
    draft, loc = draft_agreement(entry, None)
    assert Document(draft).problems()  # the blank agreement's rules do complain
    assert entry_problems(draft, EntryKind.OBJECTIVES) == []
    document = Document(draft)
    document.set_value((*loc, "target", "unit"), TargetUnit.HOURS)
    problems = entry_problems(document.agreement, EntryKind.OBJECTIVES)
    assert [(p.loc, p.template) for p in problems] == [
        ((*loc, "target", "unit"), RuleMessage.TARGET_UNIT_NOT_ALLOWED)
    ]
    # A tier above the target, after the objective was renamed: still checked against it.
    document.set_value((*loc, "target", "unit"), TargetUnit.PERCENT)
    document.set_value((*loc, "id"), "availability")
    document.set_value(("consequences", "credit_tiers", 0, "below"), Decimal("99.95"))
    problems = entry_problems(document.agreement, EntryKind.OBJECTIVES)
    assert [(p.loc, p.template) for p in problems] == [
        (("consequences", "credit_tiers", 0, "below"), RuleMessage.TIER_ABOVE_TARGET)
    ]
    assert value_at(document.agreement, loc).metric is MetricKind.AVAILABILITY
