"""A library entry as an agreement in the making, so the wizard's forms can edit it. No Qt.

The forms edit an agreement at a JSON path (:mod:`slawriter.editing.fields`, the app's
``forms``). A library entry holds one item as agreements hold it, so :func:`draft_agreement`
puts it into a blank agreement at a known place: the first item of its list
(:data:`~slawriter.model.library.LISTS`), a contact in a placeholder party's contacts, an
objective's credit tiers in the agreement's tiers. References of the item (an objective's
calendar, a responsibility's owners…) choose from the IDs an agreement gives, so the draft also
holds the context agreement's items of the other lists they point to — the choices, nothing more.
:func:`entry_from_draft` is the entry as the draft has it now; :func:`entry_problems` the model
rules' problems of the item's own fields, without those that only a real agreement can settle
(a reference to a calendar the draft does not have).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ..model.agreement import Agreement, CreditTier, EntryKind
from ..model.library import (
    ENTRY_ADAPTER,
    ITEM_MODELS,
    LISTS,
    TIERS,
    LibraryEntry,
    entry_kind,
    value_at,
)
from ..model.messages import MessageTemplate
from ..model.rules import Problem, RuleMessage, rule_violations
from ..model.sections import Loc
from .edits import node
from .fields import Kind, RefTarget, field_specs

HOLDER_ID = "contact-holder"
"""The ID of the placeholder party whose contacts hold a contact entry's item."""

REFERENCE_MISSING: frozenset[MessageTemplate] = frozenset(
    {
        RuleMessage.UNKNOWN_CALENDAR,
        RuleMessage.UNKNOWN_CALENDAR_NONE,
        RuleMessage.UNKNOWN_PARTY,
        RuleMessage.UNKNOWN_PARTY_NONE,
        RuleMessage.UNKNOWN_PRIORITY,
        RuleMessage.UNKNOWN_PRIORITY_NONE,
        RuleMessage.UNKNOWN_OBJECTIVE,
        RuleMessage.UNKNOWN_OBJECTIVE_NONE,
    }
)
"""A reference to something the agreement lacks: the agreement's matter when the entry goes in,
not a mistake of the entry."""


def item_loc(kind: EntryKind) -> Loc:
    """Where a draft holds the item of an entry of ``kind``."""
    if kind is EntryKind.CONTACTS:
        return ("parties", 0, "contacts", 0)
    return (*LISTS[kind], 0)


def own_locs(kind: EntryKind) -> list[Loc]:
    """What of a draft is the entry's: its item, and an objective's credit tiers."""
    loc = item_loc(kind)
    return [loc, TIERS] if kind is EntryKind.OBJECTIVES else [loc]


def referenced_targets(model: type[BaseModel]) -> set[RefTarget]:
    """The lists whose IDs ``model``'s fields (nested ones too) refer to."""
    found: set[RefTarget] = set()
    seen: set[type[BaseModel]] = set()

    def walk(current: type[BaseModel]) -> None:
        if current in seen:
            return
        seen.add(current)
        for spec in field_specs(current):
            if spec.ref is not None and spec.kind in (Kind.REF, Kind.REF_LIST):
                found.add(spec.ref)
            if spec.model is not None and spec.kind in (Kind.MODEL, Kind.MODEL_LIST):
                walk(spec.model)

    walk(model)
    return found


def draft_agreement(entry: LibraryEntry, context: Agreement | None) -> tuple[Agreement, Loc]:
    """A blank agreement holding ``entry``'s item, and where it holds it.

    An objective's credit tiers are the agreement's tiers. With a ``context`` agreement, the
    lists the item's references point to (other than the item's own list) are the context's, so
    a reference field offers its IDs.
    """
    kind = entry_kind(entry)
    loc = item_loc(kind)
    data: dict[str, Any] = Agreement().model_dump(mode="python")
    if context is not None:
        targets = referenced_targets(ITEM_MODELS[kind])
        if kind is EntryKind.OBJECTIVES:
            targets |= referenced_targets(CreditTier)
        for target in targets:
            if target.list_loc != loc[:-1]:
                node(data, target.list_loc)[:] = [
                    item.model_dump(mode="python") for item in value_at(context, target.list_loc)
                ]
    item = entry.item.model_dump(mode="python")
    if kind is EntryKind.CONTACTS:
        data["parties"] = [{"id": HOLDER_ID, "contacts": [item]}]
    else:
        node(data, loc[:-1]).insert(0, item)
    if kind is EntryKind.OBJECTIVES:
        tiers = getattr(entry, "credit_tiers", [])
        node(data, TIERS)[:] = [tier.model_dump(mode="python") for tier in tiers]
    return Agreement.model_validate(data), loc


def _tiers_repointed(draft: Agreement, loc: Loc) -> list[CreditTier]:
    """The draft's credit tiers pointing at the objective's ID as it is now."""
    item_id = value_at(draft, loc).id
    return [tier.model_copy(update={"objective": item_id}) for tier in value_at(draft, TIERS)]


def entry_from_draft(
    entry: LibraryEntry, draft: Agreement, loc: Loc, description: str
) -> LibraryEntry:
    """``entry`` with the item the draft holds at ``loc`` and ``description`` (an objective's
    tiers those of the draft, pointing at its ID even if it was renamed). Raises pydantic's
    ``ValidationError`` for an entry it refuses."""
    data = entry.model_dump(mode="python")
    data["description"] = description
    data["item"] = value_at(draft, loc).model_dump(mode="python")
    if entry_kind(entry) is EntryKind.OBJECTIVES:
        data["credit_tiers"] = [t.model_dump(mode="python") for t in _tiers_repointed(draft, loc)]
    return ENTRY_ADAPTER.validate_python(data)


def entry_problems(draft: Agreement, kind: EntryKind) -> list[Problem]:
    """The model rules' problems of the entry's own fields in ``draft`` (see :func:`own_locs`),
    without the references to what the draft lacks. An objective's tiers are checked as pointing
    at it (as they are saved)."""
    loc = item_loc(kind)
    checked = draft
    if kind is EntryKind.OBJECTIVES:
        checked = draft.model_copy(
            update={
                "consequences": draft.consequences.model_copy(
                    update={"credit_tiers": _tiers_repointed(draft, loc)}
                )
            }
        )
    own = own_locs(kind)
    return [
        problem
        for problem in rule_violations(checked)
        if problem.template not in REFERENCE_MISSING
        and any(tuple(problem.loc[: len(mine)]) == mine for mine in own)
    ]


__all__ = [
    "HOLDER_ID",
    "REFERENCE_MISSING",
    "draft_agreement",
    "entry_from_draft",
    "entry_problems",
    "item_loc",
    "own_locs",
    "referenced_targets",
]
