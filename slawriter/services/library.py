"""The libraries in use: the user's own, the team libraries of the preferences, and any given
with ``--library DIR``; what they hold, saving and removing entries, new agreements from them.

The user library is ``<user data folder>/slawriter/library`` (platformdirs). Team libraries are
folders (often git repositories the team shares) listed in ``<user config
folder>/slawriter/libraries.json`` — ``{"team_libraries": ["/path/one", "/path/two"]}`` — which
the app's Preferences will edit; the command line adds more with ``--library DIR``. A library is
called by its folder's name (the user library is ``personal``); an inserted item's source names
it so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model.agreement import Agreement, EntryKind, LibrarySource
from ..model.findings import Finding
from ..model.library import (
    Insertion,
    LibraryEntry,
    Replacement,
    Update,
    entry_kind,
    insertions,
    library_findings,
    make_entry,
    replacing,
    updated_item,
    value_at,
)
from ..model.messages import MessageTemplate
from ..model.sections import Loc
from ..storage import DocumentError, atomic_write_bytes
from ..storage.errors import FileMessage, SaveFailed, UnreadableFile
from ..storage.files import _decode, _parse, _read_bytes
from ..storage.library import LibraryContents, LibraryFolderError, StoredEntry, read_library

USER_LIBRARY = "personal"
"""What the user's own library is called in sources and listings."""


class LibraryCommandMessage(MessageTemplate):
    """What the library commands say when they cannot do what was asked (English templates)."""

    BAD_REFERENCE = (
        "'{reference}' does not name a library entry: write KIND/ID, e.g. parties/acme-gmbh "
        "(kinds: {kinds})"
    )
    NOT_FOUND = "'{reference}': no library in use holds this entry"
    UNKNOWN_LIBRARY = (
        "'{reference}': no library in use is called '{library}' (the libraries in use: {libraries})"
    )
    AMBIGUOUS = (
        "'{reference}' is in more than one library in use ({libraries}); write "
        "LIBRARY:{reference} for the one meant"
    )
    NOT_AN_ENTRY = "'{reference}' cannot be saved as a library entry: {reason}"
    DESCRIPTION_TOO_LONG = (
        "'{reference}': --description is {length} characters long; an entry's description "
        "holds at most {limit}"
    )
    SAME_NAME = (
        "is called '{name}' too, like the library in {other}; it is left out — give one of the "
        "folders another name"
    )
    NO_ITEM = "'{reference}': the agreement has no {kind} with the ID '{item}'"
    CONTACT_NEEDS_PARTY = "'{reference}': a contact goes into a party; write {reference}@PARTY-ID"
    NO_PARTY = "'{reference}': the agreement has no party with the ID '{party}'"
    BAD_PREFERENCES = (
        "is not a libraries preferences file slawriter can read: it lists the team libraries "
        'as {{"team_libraries": [folders]}}'
    )


class LibraryError(Exception):
    """A library command cannot do what was asked; ``str()`` is the English line."""

    def __init__(self, template: LibraryCommandMessage, **params: str) -> None:
        self.template = template
        self.params = params
        super().__init__(template.value.format_map(params))


def user_library_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("slawriter", appauthor=False)) / "library"


def preferences_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("slawriter", appauthor=False)) / "libraries.json"


def team_library_folders() -> tuple[list[Path], list[DocumentError]]:
    """The team libraries of the preferences, and a problem if the preference file is bad."""
    path = preferences_file()
    if not path.exists():
        return [], []
    try:
        data = _parse(path, _decode(path, _read_bytes(path)))
    except DocumentError as exc:
        return [], [exc]
    folders = data.get("team_libraries") if isinstance(data, dict) else None
    if not isinstance(folders, list) or not all(isinstance(f, str) for f in folders):
        return [], [UnreadableFile(path, LibraryCommandMessage.BAD_PREFERENCES)]
    return [Path(f).expanduser() for f in folders], []


def save_team_library_folders(folders: Iterable[Path]) -> None:
    """Write the team libraries preference (atomically). Raises :class:`SaveFailed`."""
    path = preferences_file()
    text = json.dumps({"team_libraries": [str(f) for f in folders]}, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise SaveFailed(path, FileMessage.NOT_SAVED, reason=exc.strerror or str(exc)) from exc


@dataclass(slots=True)
class Libraries:
    """The libraries in use, in order (the user's first), read whole; their problems too."""

    libraries: list[LibraryContents]
    problems: list[DocumentError] = field(default_factory=list)

    @property
    def entries(self) -> list[StoredEntry]:
        return [entry for library in self.libraries for entry in library.entries]

    @property
    def all_problems(self) -> list[DocumentError]:
        return [*self.problems, *(p for lib in self.libraries for p in lib.problems)]

    def find(self, reference: str) -> StoredEntry:
        """The entry ``KIND/ID`` (or ``LIBRARY:KIND/ID``) in the first library that holds it."""
        library, kind, entry_id = parse_reference(reference)
        found = [
            stored
            for stored in self.entries
            if (stored.kind, stored.entry_id) == (kind, entry_id)
            and library in (None, stored.library)
        ]
        if library is not None:
            self.named(library, reference)
        if not found:
            raise LibraryError(LibraryCommandMessage.NOT_FOUND, reference=reference)
        if len(found) > 1:
            raise LibraryError(
                LibraryCommandMessage.AMBIGUOUS,
                reference=reference,
                libraries=", ".join(f"'{s.library}'" for s in found),
            )
        return found[0]

    def named(self, name: str, reference: str) -> LibraryContents:
        """The library in use called ``name`` (``reference`` names it, for the message)."""
        for library in self.libraries:
            if library.name == name:
                return library
        raise LibraryError(
            LibraryCommandMessage.UNKNOWN_LIBRARY,
            reference=reference,
            library=name,
            libraries=", ".join(f"'{lib.name}'" for lib in self.libraries) or "none",
        )

    def stored(self, source: LibrarySource) -> StoredEntry | None:
        """The stored entry an inserted item's source names, as its library has it now."""
        key = (source.library, source.kind, source.entry)
        return next((e for e in self.entries if (e.library, e.kind, e.entry_id) == key), None)

    def lookup(self, source: LibrarySource) -> LibraryEntry | None:
        """The entry an inserted item's source names (``None``: no library in use holds it)."""
        stored = self.stored(source)
        return None if stored is None else stored.entry

    def findings(self, agreement: Agreement) -> list[Finding]:
        """Items of ``agreement`` that use an older version of their entry, or a missing one."""
        return library_findings(agreement, self.lookup)


def open_libraries(extra: Sequence[Path] = (), *, user: bool = True) -> Libraries:
    """Read the libraries in use: the user's (unless ``user`` is false), the preference's team
    libraries, then ``extra``. A folder or file that cannot be read is a problem, not a stop."""
    libraries: list[LibraryContents] = []
    if user:
        folder = user_library_folder()
        contents = read_library(folder, USER_LIBRARY)
        if not folder.exists():  # nothing saved yet: an empty library, not a problem
            contents.problems.clear()
        libraries.append(contents)
    team, problems = team_library_folders()
    seen = {lib.folder.resolve() for lib in libraries}
    named = {lib.name: lib.folder for lib in libraries}
    for folder in [*team, *extra]:
        if folder.resolve() in seen:
            continue
        seen.add(folder.resolve())
        if folder.name in named:
            # Items remember their library by name: two of one name would mix their entries.
            problems.append(
                LibraryFolderError(
                    folder,
                    LibraryCommandMessage.SAME_NAME,
                    name=folder.name,
                    other=str(named[folder.name]),
                )
            )
            continue
        contents = read_library(folder)
        named[contents.name] = folder
        libraries.append(contents)
    return Libraries(libraries, problems)


def parse_reference(reference: str) -> tuple[str | None, EntryKind, str]:
    """``[LIBRARY:]KIND/ID`` → (library or None, kind, entry ID)."""
    library, _, rest = reference.rpartition(":")
    kind_text, _, entry_id = rest.partition("/")
    try:
        kind = EntryKind(kind_text)
    except ValueError:
        raise LibraryError(
            LibraryCommandMessage.BAD_REFERENCE,
            reference=reference,
            kinds=", ".join(k.value for k in EntryKind),
        ) from None
    if not entry_id:
        raise LibraryError(
            LibraryCommandMessage.BAD_REFERENCE,
            reference=reference,
            kinds=", ".join(k.value for k in EntryKind),
        )
    return library or None, kind, entry_id


def source_of(stored: StoredEntry) -> LibrarySource:
    """What an item inserted from ``stored`` remembers."""
    return LibrarySource(
        library=stored.library, kind=stored.kind, entry=stored.entry_id, hash=stored.hash
    )


# ---------------------------------------------------------------------------------------------
# Saving an agreement's item to a library


_NOUNS = {
    EntryKind.PARTIES: "party",
    EntryKind.CONTACTS: "contact",
    EntryKind.CALENDARS: "business calendar",
    EntryKind.OBJECTIVES: "objective",
    EntryKind.EXCLUSIONS: "exclusion",
    EntryKind.RESPONSIBILITIES: "responsibility",
    EntryKind.CLAUSES: "clause",
}


def item_loc(agreement: Agreement, kind: EntryKind, item: str) -> Loc:
    """Where the agreement's item of ``kind`` with ID ``item`` is.

    A contact is ``PARTY-ID/NUMBER`` (its party's contacts, counted from 1).
    """
    from ..model.library import LISTS

    if kind is EntryKind.CONTACTS:
        party_id, _, number = item.partition("/")
        for index, party in enumerate(agreement.parties):
            if (
                party.id == party_id
                and number.isdigit()
                and 1 <= int(number) <= len(party.contacts)
            ):
                return ("parties", index, "contacts", int(number) - 1)
        raise LibraryError(
            LibraryCommandMessage.NO_ITEM,
            reference=f"{kind.value}/{item}",
            kind="contact",
            item=item,
        )
    loc = LISTS[kind]
    for index, value in enumerate(value_at(agreement, loc)):
        if getattr(value, "id", None) == item:
            return (*loc, index)
    raise LibraryError(
        LibraryCommandMessage.NO_ITEM,
        reference=f"{kind.value}/{item}",
        kind=_NOUNS[kind],
        item=item,
    )


def entry_from_agreement(
    agreement: Agreement, kind: EntryKind, item: str, description: str = ""
) -> LibraryEntry:
    """The agreement's item (an objective with its credit tiers) as a library entry."""
    loc = item_loc(agreement, kind, item)
    value = value_at(agreement, loc)
    extra: dict[str, Any] = {}
    if kind is EntryKind.CLAUSES:
        extra["language"] = agreement.agreement.language
    if kind is EntryKind.OBJECTIVES:
        extra["credit_tiers"] = [
            t for t in agreement.consequences.credit_tiers if t.objective == value.id
        ]
    from pydantic import ValidationError

    reference = f"{kind.value}/{item}"
    try:
        return make_entry(kind, value, description, **extra)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        if first["loc"][-1:] == ("description",):
            limit = (first.get("ctx") or {}).get("max_length", "")
            raise LibraryError(
                LibraryCommandMessage.DESCRIPTION_TOO_LONG,
                reference=reference,
                length=str(len(description)),
                limit=str(limit),
            ) from exc
        where = " › ".join(str(step) for step in first["loc"][1:])
        raise LibraryError(
            LibraryCommandMessage.NOT_AN_ENTRY,
            reference=reference,
            reason=f"{where}: {first['msg']}",
        ) from exc


def replaced_entry(
    folder: Path, entry_id: str, entry: LibraryEntry, replace: bool, description: str | None
) -> Replacement:
    """``entry`` as it is saved into ``folder`` under ``entry_id``: over an existing entry (when
    ``replace``), keeping that entry's description unless one is given and, for a clause, its
    text in the other languages (:func:`~slawriter.model.library.replacing`). A damaged earlier
    file is replaced whole."""
    from ..storage.library import entry_path, load_entry

    path = entry_path(folder, entry_kind(entry), entry_id)
    old: LibraryEntry | None = None
    if replace and path.is_file():
        try:
            old = load_entry(path)
        except DocumentError:
            old = None
    return replacing(entry, old, description_given=description is not None)


# ---------------------------------------------------------------------------------------------
# A new agreement with library entries


def _apply(agreement: Agreement, edits: Iterable[Insertion | Update]) -> Agreement:
    data = agreement.model_dump(mode="python")
    for edit in edits:
        if isinstance(edit, Insertion):
            _node(data, edit.loc).insert(edit.index, edit.value)
        else:
            _node(data, edit.loc[:-1])[edit.loc[-1]] = edit.new
            if edit.tiers is not None:
                data["consequences"]["credit_tiers"] = edit.tiers
    return Agreement.model_validate(data)


def _node(data: Any, loc: Loc) -> Any:
    for step in loc:
        data = data[step]
    return data


@dataclass(frozen=True, slots=True)
class Placed:
    """An entry put into a new agreement: what it replaced (an item with the same ID), if any."""

    reference: str
    loc: Loc
    replaced: str = ""
    as_role: str = ""
    """A party that took the place of the agreement's only party of its role (its ID kept)."""


def with_entries(
    agreement: Agreement, libraries: Libraries, references: Sequence[str]
) -> tuple[Agreement, list[Placed]]:
    """``agreement`` with each referenced entry in it, remembering its source.

    An item whose ID the agreement already uses (a preset's own provider, say) replaces that
    item — the caller says so; a contact is ``contacts/ID@PARTY-ID``. Raises
    :class:`LibraryError` (nothing is changed).
    """
    from ..model.library import LISTS

    placed: list[Placed] = []
    for reference in references:
        name, _, party = reference.partition("@")
        stored = libraries.find(name)
        source = source_of(stored)
        kind = stored.kind
        if kind is EntryKind.CONTACTS:
            if not party:
                raise LibraryError(LibraryCommandMessage.CONTACT_NEEDS_PARTY, reference=name)
            index = next((i for i, p in enumerate(agreement.parties) if p.id == party), None)
            if index is None:
                raise LibraryError(LibraryCommandMessage.NO_PARTY, reference=name, party=party)
            target: Loc = ("parties", index, "contacts")
            edits = insertions(agreement, stored.entry, source, contacts_of=target)
            agreement = _apply(agreement, edits)
            placed.append(Placed(reference, (*edits[0].loc, edits[0].index)))
            continue
        item_id = getattr(stored.entry.item, "id")  # noqa: B009
        existing = next(
            (
                i
                for i, value in enumerate(value_at(agreement, LISTS[kind]))
                if getattr(value, "id", None) == item_id
            ),
            None,
        )
        as_role = ""
        if existing is None and kind is EntryKind.PARTIES:
            # The preset's own provider (or customer) is a sample: our company from the library
            # takes its place, under its ID, so that what the preset says of it still holds.
            role = getattr(stored.entry.item, "role", None)
            same_role = [
                i
                for i, party in enumerate(agreement.parties)
                if party.role is role and party.source is None
            ]
            if len(same_role) == 1 and not any(
                p.role is role and p.source is not None for p in agreement.parties
            ):
                existing = same_role[0]
                as_role = str(getattr(role, "value", role))
        if existing is not None:
            loc = (*LISTS[kind], existing)
            item_id = getattr(value_at(agreement, loc), "id")  # noqa: B009
            agreement = _apply(agreement, [updated_item(agreement, loc, stored.entry, source)])
            placed.append(Placed(reference, loc, replaced=item_id, as_role=as_role))
        else:
            edits = insertions(agreement, stored.entry, source)
            agreement = _apply(agreement, edits)
            placed.append(Placed(reference, (*edits[0].loc, edits[0].index)))
    return agreement, placed


__all__ = [
    "USER_LIBRARY",
    "Libraries",
    "LibraryCommandMessage",
    "LibraryError",
    "Placed",
    "entry_from_agreement",
    "entry_kind",
    "item_loc",
    "open_libraries",
    "parse_reference",
    "preferences_file",
    "save_team_library_folders",
    "source_of",
    "team_library_folders",
    "user_library_folder",
    "with_entries",
]
