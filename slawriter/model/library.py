"""Library entries: parties, contacts, calendars, objectives, exclusions, responsibilities and
clauses written once and inserted into many agreements (issue 15). No I/O, no Qt.

An entry is one small JSON file, ``<kind>/<entry id>.json`` in a library folder, holding the
item exactly as an agreement holds it (a :class:`~.agreement.Party`, an
:class:`~.agreement.Objective` with its credit tiers…). The storage layer reads and writes
them (:mod:`slawriter.storage.library`).

An item inserted from a library keeps a :class:`LibrarySource` (``source``): the library's
name, the entry and the entry's hash when it was inserted. When the entry changes later,
:func:`library_findings` says which items use an older version and what differs;
:func:`updated_item` is the item as the library has it now. Nothing changes by itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StrictInt, TypeAdapter, model_validator

from .agreement import (
    Agreement,
    BusinessCalendar,
    Clause,
    Contact,
    CreditTier,
    EntryKind,
    Exclusion,
    LibrarySource,
    Objective,
    Party,
    Responsibility,
)
from .findings import Finding, Severity
from .messages import (
    InvalidValue,
    Message,
    MessageTemplate,
    Param,
    Phrases,
    Where,
    raw_word,
    word,
)
from .sections import Loc, section_of
from .types import Language, LongText, ShortText, Strict

LIBRARY_SCHEMA_VERSION = 1
"""Version of the library entry layout this code writes."""


LISTS: dict[EntryKind, Loc] = {
    EntryKind.PARTIES: ("parties",),
    EntryKind.CALENDARS: ("service_levels", "calendars"),
    EntryKind.OBJECTIVES: ("service_levels", "objectives"),
    EntryKind.EXCLUSIONS: ("limitations", "exclusions"),
    EntryKind.RESPONSIBILITIES: ("responsibilities", "items"),
    EntryKind.CLAUSES: ("governance", "extra_clauses"),
}
"""The agreement's list each kind of entry goes into (contacts go into a party's list)."""

TIERS: Loc = ("consequences", "credit_tiers")

ITEM_MODELS: dict[EntryKind, type[BaseModel]] = {
    EntryKind.PARTIES: Party,
    EntryKind.CONTACTS: Contact,
    EntryKind.CALENDARS: BusinessCalendar,
    EntryKind.OBJECTIVES: Objective,
    EntryKind.EXCLUSIONS: Exclusion,
    EntryKind.RESPONSIBILITIES: Responsibility,
    EntryKind.CLAUSES: Clause,
}


class LibraryMessage(MessageTemplate):
    """What the library checks say (English templates; the app translates them)."""

    OLDER_VERSION = (
        "uses an older version of the library entry {entry} of the library '{library}'; the "
        "library now says: {changes}"
    )
    ENTRY_NOT_FOUND = (
        "came from the library entry {entry} of the library '{library}', which none of the "
        "libraries in use holds"
    )
    CLAUSE_LANGUAGE_MISSING = (
        "the library clause {entry} of the library '{library}' has no {language} text; the "
        "contract shows it in {other}"
    )
    CLAUSE_IN_OTHER_LANGUAGE = (
        "the clause is in {other}, as the library clause {entry} of the library '{library}' "
        "was inserted, but the agreement is in {language}; update it from the library to put "
        "in its {language} text"
    )
    CHANGED_FIELD = "{field}: {ours} → {library}"
    CHANGED_VALUE = "{ours} → {library}"
    EMPTY = "(empty)"
    SAME_AS_ITEM = "the same as this item"
    TIERS_NOT_OF_OBJECTIVE = (
        "the credit tier {tier} is for the objective '{objective}', not for this entry's "
        "objective '{item}'"
    )


# ---------------------------------------------------------------------------------------------
# Entries


class _Entry(Strict):
    schema_version: Annotated[StrictInt, Field(ge=1, le=LIBRARY_SCHEMA_VERSION)] = Field(
        LIBRARY_SCHEMA_VERSION, title="Library schema version"
    )


def _about() -> Any:
    return Field(
        "",
        title="About this entry",
        description="What the entry is for and when to use it (not printed in contracts).",
    )


class PartyEntry(_Entry):
    """A party, e.g. the company's own legal entity with its contacts."""

    kind: Literal["parties"] = Field(title="Kind of entry")
    description: LongText = _about()
    item: Party = Field(title="Party")


class ContactEntry(_Entry):
    """A person to reach, inserted into a party's contacts or representatives."""

    kind: Literal["contacts"] = Field(title="Kind of entry")
    description: LongText = _about()
    item: Contact = Field(title="Contact")


class CalendarEntry(_Entry):
    """A business calendar with its hours, public holidays and closures."""

    kind: Literal["calendars"] = Field(title="Kind of entry")
    description: LongText = _about()
    item: BusinessCalendar = Field(title="Business calendar")


class ObjectiveEntry(_Entry):
    """An objective with the credit tiers that go with it."""

    kind: Literal["objectives"] = Field(title="Kind of entry")
    description: LongText = _about()
    item: Objective = Field(title="Objective")
    credit_tiers: list[CreditTier] = Field(
        default_factory=list,
        max_length=50,
        title="Service credit tiers",
        description="The credit tiers that go with the objective (their objective is its ID).",
    )

    @model_validator(mode="after")
    def _tiers_go_with_the_objective(self) -> ObjectiveEntry:
        for tier in self.credit_tiers:
            if tier.objective != self.item.id:
                raise InvalidValue(
                    LibraryMessage.TIERS_NOT_OF_OBJECTIVE,
                    tier=tier.id,
                    objective=tier.objective,
                    item=self.item.id,
                )
        return self


class ExclusionEntry(_Entry):
    """An exclusion from the service levels."""

    kind: Literal["exclusions"] = Field(title="Kind of entry")
    description: LongText = _about()
    item: Exclusion = Field(title="Exclusion")


class ResponsibilityEntry(_Entry):
    """A duty of a party (its owners are party IDs of the agreement it goes into)."""

    kind: Literal["responsibilities"] = Field(title="Kind of entry")
    description: LongText = _about()
    item: Responsibility = Field(title="Responsibility")


class ClauseText(Strict):
    """A clause's heading and text in one more language."""

    language: Language = Field(title="Language")
    title: ShortText = Field("", title="Heading")
    text: LongText = Field("", title="Text")


class ClauseEntry(_Entry):
    """A house clause, written once by lawyers: in English and Spanish, or in one language."""

    kind: Literal["clauses"] = Field(title="Kind of entry")
    description: LongText = _about()
    language: Language = Field(
        Language.EN, title="Language", description="The language of the item's heading and text."
    )
    item: Clause = Field(title="Clause")
    translations: list[ClauseText] = Field(
        default_factory=list,
        max_length=10,
        title="In other languages",
        description="The heading and text in the other languages the clause exists in.",
    )

    def text_in(self, language: Language) -> tuple[str, str] | None:
        """(heading, text) in ``language``, or ``None`` if the clause does not exist in it."""
        if language is self.language:
            return self.item.title, self.item.text
        for text in self.translations:
            if text.language is language:
                return text.title, text.text
        return None


LibraryEntry = Annotated[
    PartyEntry
    | ContactEntry
    | CalendarEntry
    | ObjectiveEntry
    | ExclusionEntry
    | ResponsibilityEntry
    | ClauseEntry,
    Field(discriminator="kind"),
]
"""One entry of a library: an item as agreements hold it, and what it is for."""

ENTRY_CLASSES: dict[EntryKind, type[_Entry]] = {
    EntryKind.PARTIES: PartyEntry,
    EntryKind.CONTACTS: ContactEntry,
    EntryKind.CALENDARS: CalendarEntry,
    EntryKind.OBJECTIVES: ObjectiveEntry,
    EntryKind.EXCLUSIONS: ExclusionEntry,
    EntryKind.RESPONSIBILITIES: ResponsibilityEntry,
    EntryKind.CLAUSES: ClauseEntry,
}


def entry_kind(entry: LibraryEntry) -> EntryKind:
    return EntryKind(entry.kind)


def make_entry(
    kind: EntryKind, item: BaseModel, description: str = "", **extra: Any
) -> LibraryEntry:
    """An entry of ``kind`` holding ``item`` (its ``source`` left out: the entry is the source)."""
    data = {"kind": kind.value, "description": description, **extra}
    data["item"] = (
        item.model_copy(update={"source": None}) if "source" in type(item).model_fields else item
    )
    return ENTRY_ADAPTER.validate_python(data)


ENTRY_ADAPTER: TypeAdapter[LibraryEntry] = TypeAdapter(LibraryEntry)


@dataclass(frozen=True, slots=True)
class Replacement:
    """An entry saved over an earlier one of the same ID, and what it kept of that one."""

    entry: LibraryEntry
    kept_description: bool
    kept_languages: list[Language]
    """The clause's languages the agreement's item did not hold, kept from the earlier entry."""


def replacing(
    new: LibraryEntry, old: LibraryEntry | None, *, description_given: bool
) -> Replacement:
    """``new`` saved over ``old``: an agreement's item replaces the item, and keeps what the item
    cannot say — the earlier entry's description (unless a new one is given) and, for a clause,
    its text in the languages other than the agreement's. Entries of another kind replace whole."""
    if old is None or old.kind != new.kind:
        return Replacement(new, False, [])
    update: dict[str, Any] = {}
    kept_description = not description_given and not new.description and bool(old.description)
    if kept_description:
        update["description"] = old.description
    kept: list[Language] = []
    if isinstance(new, ClauseEntry) and isinstance(old, ClauseEntry):
        texts = [ClauseText(language=old.language, title=old.item.title, text=old.item.text)]
        texts += old.translations
        others = [t for t in texts if t.language is not new.language]
        if others:
            update["translations"] = [
                t.model_dump(mode="python") for t in [*new.translations, *others]
            ]
            kept = [t.language for t in others]
    if not update:
        return Replacement(new, False, [])
    data = new.model_dump(mode="python")
    data.update(update)
    return Replacement(ENTRY_ADAPTER.validate_python(data), kept_description, kept)


def _digest(data: Any) -> str:
    text = json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_value
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _json_value(value: Any) -> Any:
    """Decimals as the file writes them; dates and times in ISO 8601."""
    if isinstance(value, Decimal):
        return str(value.copy_abs() if value.is_zero() else value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"cannot hash a {type(value).__name__}")


def _plain(model: BaseModel, *drop: str) -> dict[str, Any]:
    data = model.model_dump(mode="python")
    for key in ("source", *drop):
        data.pop(key, None)
    return data


def entry_content(entry: LibraryEntry) -> dict[str, Any]:
    """What an entry says, as agreements compare it: the item and its tiers, without IDs.

    IDs are left out because an inserted item may get another ID in the agreement (one it
    already uses); what the item says is the rest.
    """
    content: dict[str, Any] = {"item": _plain(entry.item, "id")}
    if isinstance(entry, ClauseEntry):
        content["language"] = entry.language.value
        content["translations"] = [t.model_dump(mode="python") for t in entry.translations]
    if entry_kind(entry) is EntryKind.OBJECTIVES:
        tiers = getattr(entry, "credit_tiers", [])
        content["credit_tiers"] = [_plain(t, "id", "objective") for t in tiers]
    return content


def entry_hash(entry: LibraryEntry) -> str:
    """12 hex digits of the SHA-256 of :func:`entry_content`: the entry's version."""
    return _digest(entry_content(entry))


def item_content(agreement: Agreement, loc: Loc) -> dict[str, Any]:
    """What the agreement's item at ``loc`` says, in :func:`entry_content`'s form."""
    item = value_at(agreement, loc)
    content: dict[str, Any] = {"item": _plain(item, "id")}
    if isinstance(item, Objective):
        content["credit_tiers"] = [
            _plain(t, "id", "objective")
            for t in agreement.consequences.credit_tiers
            if t.objective == item.id
        ]
    return content


def _content_of(item: BaseModel, tiers: list[BaseModel] | None) -> dict[str, Any]:
    """An item (and an objective's tiers) in :func:`item_content`'s form."""
    content: dict[str, Any] = {"item": _plain(item, "id")}
    if tiers is not None:
        content["credit_tiers"] = [_plain(t, "id", "objective") for t in tiers]
    return content


def local_edits(agreement: Agreement, loc: Loc, source: LibrarySource) -> bool | None:
    """Whether the item at ``loc`` was changed in the agreement since it came from the library
    (inserted or last updated), or ``None`` when that cannot be told: a clause inserted by a
    slawriter that did not record the item's own version (a clause goes in one language of its
    entry, so the entry's version does not say what the item read)."""
    current = _digest(item_content(agreement, loc))
    if source.item_hash is not None:
        return current != source.item_hash
    if source.kind is EntryKind.CLAUSES:
        return None
    return current != source.hash


def item_for(entry: LibraryEntry, language: Language) -> BaseModel:
    """The entry's item as it goes into an agreement in ``language``: a clause in that language
    when the entry has it (else in its own, which :func:`library_findings` warns about)."""
    if isinstance(entry, ClauseEntry):
        text = entry.text_in(language)
        if text is not None:
            return entry.item.model_copy(update={"title": text[0], "text": text[1]})
    return entry.item


def value_at(agreement: Agreement, loc: Loc) -> Any:
    value: Any = agreement
    for step in loc:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


def sources(agreement: Agreement) -> Iterator[tuple[Loc, LibrarySource]]:
    """Every item of the agreement inserted from a library: its place and its source."""

    def walk(node: Any, loc: Loc) -> Iterator[tuple[Loc, LibrarySource]]:
        if isinstance(node, BaseModel):
            source = getattr(node, "source", None)
            if isinstance(source, LibrarySource):
                yield loc, source
            for name in type(node).model_fields:
                if name != "source":
                    yield from walk(getattr(node, name), (*loc, name))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, (*loc, index))

    yield from walk(agreement, ())


# ---------------------------------------------------------------------------------------------
# Inserting and updating


@dataclass(frozen=True, slots=True)
class Insertion:
    """A value that goes into the agreement's list at ``loc``, at ``index`` (plain data)."""

    loc: Loc
    index: int
    value: dict[str, Any]


class NoPlace(ValueError):
    """A contact needs a party to go into."""


def _free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``… the first the list does not use yet."""
    if wanted not in taken:
        return wanted
    stem = wanted[:58].rstrip("-")
    number = 2
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"


def _ids(agreement: Agreement, loc: Loc) -> set[str]:
    return {str(getattr(item, "id", "")) for item in value_at(agreement, loc)}


def insertions(
    agreement: Agreement,
    entry: LibraryEntry,
    source: LibrarySource,
    *,
    contacts_of: Loc | None = None,
) -> list[Insertion]:
    """Where ``entry`` goes into ``agreement``: its item at the end of its list (with an ID the
    list does not use yet) and, for an objective, its credit tiers pointing at that ID.

    A contact goes into the list ``contacts_of`` (a party's contacts or representatives).
    """
    if entry_kind(entry) is EntryKind.CONTACTS:
        if contacts_of is None:
            raise NoPlace(entry_kind(entry))
        items = value_at(agreement, contacts_of)
        value = entry.item.model_copy(update={"source": source}).model_dump(mode="python")
        return [Insertion(contacts_of, len(items), value)]
    loc = LISTS[entry_kind(entry)]
    item_id = _free_id(str(getattr(entry.item, "id")), _ids(agreement, loc))  # noqa: B009
    language = agreement.agreement.language
    item = item_for(entry, language).model_copy(update={"id": item_id})
    taken = _ids(agreement, TIERS)
    index = len(agreement.consequences.credit_tiers)
    tiers: list[BaseModel] = []
    for tier in getattr(entry, "credit_tiers", []):
        tier_id = _free_id(tier.id, taken)
        taken.add(tier_id)
        tiers.append(tier.model_copy(update={"id": tier_id, "objective": item_id}))
    with_tiers = tiers if isinstance(item, Objective) else None
    source = source.model_copy(update={"item_hash": _digest(_content_of(item, with_tiers))})
    item = item.model_copy(update={"source": source})
    out = [Insertion(loc, len(value_at(agreement, loc)), item.model_dump(mode="python"))]
    for tier in tiers:
        out.append(Insertion(TIERS, index, tier.model_dump(mode="python")))
        index += 1
    return out


@dataclass(frozen=True, slots=True)
class Update:
    """The item at ``loc`` as the library has it now, and its objective's new credit tiers."""

    loc: Loc
    old: dict[str, Any]
    new: dict[str, Any]
    tiers: list[dict[str, Any]] | None
    """For an objective, every credit tier afterwards (the objective's replaced); else None."""


def updated_item(
    agreement: Agreement, loc: Loc, entry: LibraryEntry, source: LibrarySource
) -> Update:
    """The item at ``loc`` brought up to ``entry`` (keeping the ID the agreement gives it)."""
    current = value_at(agreement, loc)
    update: dict[str, Any] = {}
    if hasattr(current, "id"):
        update["id"] = current.id
    item = item_for(entry, agreement.agreement.language).model_copy(update=update)
    tiers: list[dict[str, Any]] | None = None
    own: list[BaseModel] | None = None
    if isinstance(current, Objective):
        others = [t for t in agreement.consequences.credit_tiers if t.objective != current.id]
        taken = {t.id for t in others}
        tiers = [t.model_dump(mode="python") for t in others]
        own = []
        for tier in getattr(entry, "credit_tiers", []):
            tier_id = _free_id(tier.id, taken)
            taken.add(tier_id)
            value = tier.model_copy(update={"id": tier_id, "objective": current.id})
            own.append(value)
            tiers.append(value.model_dump(mode="python"))
    source = source.model_copy(update={"item_hash": _digest(_content_of(item, own))})
    new = item.model_copy(update={"source": source}).model_dump(mode="python")
    return Update(loc, current.model_dump(mode="python"), new, tiers)


# ---------------------------------------------------------------------------------------------
# Checking


@dataclass(frozen=True, slots=True)
class Difference:
    """One field that differs between the agreement's item and the library's entry."""

    path: tuple[str | int, ...]
    """Inside :func:`entry_content`: ``("item", "target", "value")``."""
    ours: Any
    library: Any


def differences(ours: Any, library: Any, path: tuple[str | int, ...] = ()) -> list[Difference]:
    """Field by field: what the agreement says and what the library says, where they differ."""
    if isinstance(ours, dict) and isinstance(library, dict):
        out: list[Difference] = []
        for key in [*ours, *(k for k in library if k not in ours)]:
            out += differences(ours.get(key), library.get(key), (*path, key))
        return out
    if isinstance(ours, list) and isinstance(library, list) and len(ours) == len(library):
        out = []
        for index, (a, b) in enumerate(zip(ours, library, strict=True)):
            out += differences(a, b, (*path, index))
        return out
    return [] if ours == library else [Difference(path, ours, library)]


def _shown(value: Any) -> str:
    """A value in a change list, in English (see :func:`_shown_param` for the message's)."""
    return str(_shown_param(value))


def _shown_param(value: Any) -> Param:
    """A value in a change list: an enum choice as a :class:`Word` (the app translates it),
    text in quotes, shortened, nothing as "(empty)"."""
    if value is None or value == "" or value == []:
        return Message(LibraryMessage.EMPTY)
    if isinstance(value, Enum):
        return raw_word(value)
    if isinstance(value, Decimal | int | dt.date | dt.time) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return f"“{value[:60]}{'…' if len(value) > 60 else ''}”"
    return json.dumps(value, ensure_ascii=False, default=_json_value)[:80]


def difference_message(agreement: Agreement, loc: Loc, difference: Difference) -> Message:
    """``Target › Value: 99.5 → 99.9`` as a message: the field named as the app names it (in
    the UI language there), the two values."""
    path = difference.path
    if path and path[0] == "item":
        where = Where((*loc, *path[1:]), loc, agreement)
    else:
        where = Where((*TIERS, *path[1:]), TIERS[:1])
    values: dict[str, Param] = {
        "ours": _shown_param(difference.ours),
        "library": _shown_param(difference.library),
    }
    if not str(where):
        return Message(LibraryMessage.CHANGED_VALUE, values)
    return Message(LibraryMessage.CHANGED_FIELD, {"field": where, **values})


def describe_difference(agreement: Agreement, loc: Loc, difference: Difference) -> str:
    """``Target › Value: 99.5 → 99.9`` (the field named as the app names it), in English."""
    return str(difference_message(agreement, loc, difference))


def item_changes(agreement: Agreement, loc: Loc, entry: LibraryEntry) -> list[Difference]:
    """What the library's ``entry`` says otherwise than the agreement's item at ``loc`` (an
    objective's credit tiers too), field by field."""
    language = agreement.agreement.language
    now = entry_content(entry)
    now["item"] = _plain(item_for(entry, language), "id")
    mine = item_content(agreement, loc)
    for key in ("language", "translations"):
        if key in now:
            mine[key] = now[key]  # what the agreement does not hold is not a difference
    return differences(mine, now)


def changes_param(agreement: Agreement, loc: Loc, changes: list[Difference]) -> Param:
    """The ``{changes}`` of a message: each difference, or "the same as this item"."""
    if not changes:
        return Message(LibraryMessage.SAME_AS_ITEM)
    return Phrases(tuple(difference_message(agreement, loc, d) for d in changes))


Lookup = Callable[[LibrarySource], LibraryEntry | None]
"""Finds the entry a source names in the libraries in use (``None``: no library holds it)."""


def in_other_language(agreement: Agreement, loc: Loc, entry: LibraryEntry) -> Language | None:
    """The language of the library clause's text the agreement's clause at ``loc`` holds, when
    that is not the agreement's language and the entry has text in the agreement's (the
    agreement's language was changed after the clause came in); else ``None``."""
    if not isinstance(entry, ClauseEntry):
        return None
    language = agreement.agreement.language
    wanted = entry.text_in(language)
    item = value_at(agreement, loc)
    held = (item.title, item.text)
    if wanted is None or held == wanted:
        return None
    for other in Language:
        if other is not language and entry.text_in(other) == held:
            return other
    return None


def library_findings(agreement: Agreement, lookup: Lookup) -> list[Finding]:
    """Items that use an older version of their library entry (with what differs), and items
    whose entry none of the libraries in use holds."""
    findings: list[Finding] = []
    for loc, source in sources(agreement):
        entry = lookup(source)
        params: dict[str, Param] = {
            "entry": f"{source.kind.value}/{source.entry}",
            "library": source.library,
        }
        if entry is None:
            findings.append(
                Finding(Severity.INFO, section_of(loc), loc, LibraryMessage.ENTRY_NOT_FOUND, params)
            )
            continue
        language = agreement.agreement.language
        other = in_other_language(agreement, loc, entry)
        if other is not None:
            findings.append(
                Finding(
                    Severity.WARNING,
                    section_of(loc),
                    loc,
                    LibraryMessage.CLAUSE_IN_OTHER_LANGUAGE,
                    {**params, "language": word(language), "other": word(other)},
                )
            )
        if isinstance(entry, ClauseEntry) and entry.text_in(language) is None:
            findings.append(
                Finding(
                    Severity.WARNING,
                    section_of(loc),
                    loc,
                    LibraryMessage.CLAUSE_LANGUAGE_MISSING,
                    {**params, "language": word(language), "other": word(entry.language)},
                )
            )
        if entry_hash(entry) == source.hash:
            continue
        changes = item_changes(agreement, loc, entry)
        if not changes:
            continue  # the item says what the entry says now (it was saved back, say)
        params["changes"] = changes_param(agreement, loc, changes)
        findings.append(
            Finding(Severity.WARNING, section_of(loc), loc, LibraryMessage.OLDER_VERSION, params)
        )
    return findings


__all__ = [
    "ENTRY_ADAPTER",
    "ENTRY_CLASSES",
    "LIBRARY_SCHEMA_VERSION",
    "LISTS",
    "Difference",
    "EntryKind",
    "Insertion",
    "LibraryEntry",
    "LibraryMessage",
    "LibrarySource",
    "Replacement",
    "Update",
    "changes_param",
    "difference_message",
    "differences",
    "entry_content",
    "entry_hash",
    "entry_kind",
    "in_other_language",
    "insertions",
    "item_changes",
    "item_content",
    "library_findings",
    "local_edits",
    "make_entry",
    "replacing",
    "sources",
    "updated_item",
]
