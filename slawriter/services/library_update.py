"""Which items of an agreement to bring up to their library entry's current version
(``slawriter library update``): the items named, or every item whose entry changed, each with
what the library now says otherwise. The edits themselves go through the editing core
(:meth:`slawriter.editing.document.Document.update_from_library`), one per item, as the app's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model.agreement import Agreement
from ..model.library import (
    Difference,
    in_other_language,
    item_changes,
    local_edits,
    sources,
)
from ..model.messages import MessageTemplate
from ..model.sections import Loc
from ..storage.library import StoredEntry
from .library import Libraries, item_loc, parse_reference


class LibraryUpdateMessage(MessageTemplate):
    """Why an item cannot be updated from its library (English templates)."""

    NOTHING_NAMED = (
        "name the items to update as KIND/ITEM-ID (as 'library add' names them), or give --all"
    )
    NOT_FROM_LIBRARY = "'{reference}': this item did not come from a library"
    ENTRY_GONE = (
        "'{reference}': its entry {entry} of the library '{library}' is in none of the "
        "libraries in use"
    )


class LibraryUpdateError(Exception):
    """An item cannot be updated; ``str()`` is the English line."""

    def __init__(self, template: LibraryUpdateMessage, **params: str) -> None:
        self.template = template
        self.params = params
        super().__init__(template.value.format_map(params))


@dataclass(frozen=True, slots=True)
class Pending:
    """One item to update: where it is, the entry as its library has it now, what differs."""

    loc: Loc
    stored: StoredEntry
    changes: list[Difference]
    edited: bool | None = False
    """The item was changed in the agreement since it came from the library (``None``: that
    cannot be told); updating replaces those changes with the library's text."""


@dataclass(slots=True)
class Plan:
    pending: list[Pending]
    up_to_date: list[Loc]
    """Items named (or, with ``every``, from a library) that already have the current version."""
    missing: list[tuple[Loc, str]]
    """With ``every``: items whose entry no library in use holds (and the entry's reference)."""


def plan_updates(
    agreement: Agreement, libraries: Libraries, items: Sequence[str], every: bool
) -> Plan:
    """The updates ``items`` (``KIND/ITEM-ID`` of the agreement; a contact is
    ``contacts/PARTY-ID/NUMBER``) or, with ``every``, all items whose entry changed ask for.
    Raises :class:`LibraryUpdateError` or :class:`~.library.LibraryError` (nothing changes)."""
    if not items and not every:
        raise LibraryUpdateError(LibraryUpdateMessage.NOTHING_NAMED)
    from_library = dict(sources(agreement))
    wanted: list[tuple[Loc, str]] = []
    for reference in items:
        _, kind, item = parse_reference(reference)
        loc = item_loc(agreement, kind, item)
        if loc not in from_library:
            raise LibraryUpdateError(LibraryUpdateMessage.NOT_FROM_LIBRARY, reference=reference)
        wanted.append((loc, reference))
    if every:
        named = {loc for loc, _ in wanted}
        wanted += [(loc, "") for loc in from_library if loc not in named]
    plan = Plan([], [], [])
    for loc, reference in wanted:
        source = from_library[loc]
        stored = libraries.stored(source)
        if stored is None:
            entry = f"{source.kind.value}/{source.entry}"
            if reference:
                raise LibraryUpdateError(
                    LibraryUpdateMessage.ENTRY_GONE,
                    reference=reference,
                    entry=entry,
                    library=source.library,
                )
            plan.missing.append((loc, entry))
        elif stored.hash == source.hash and in_other_language(agreement, loc, stored.entry) is None:
            plan.up_to_date.append(loc)
        else:
            changes = item_changes(agreement, loc, stored.entry)
            if not changes:  # already what the library says (saved back to it, say)
                plan.up_to_date.append(loc)
                continue
            edited = local_edits(agreement, loc, source)
            plan.pending.append(Pending(loc, stored, changes, edited))
    return plan


__all__ = [
    "LibraryUpdateError",
    "LibraryUpdateMessage",
    "Pending",
    "Plan",
    "plan_updates",
]
