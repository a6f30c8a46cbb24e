"""Library folders on disk: one small JSON file per entry, ``<kind>/<entry id>.json``.

Entries are written like agreements (:mod:`.files`: model field order, 2-space indent, exact
decimals, atomic writes) and read as defensively. A library is read whole but fails in parts:
a folder that cannot be read, or a file that is not a valid entry, is one
:class:`~.errors.DocumentError` naming that folder or file, and every other entry is still
there (:class:`LibraryContents`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model.agreement import EntryKind
from ..model.library import (
    ENTRY_ADAPTER,
    LIBRARY_SCHEMA_VERSION,
    LibraryEntry,
    entry_hash,
    entry_kind,
)
from ..model.messages import Message, MessageTemplate
from ..model.types import FROM_FILE, IDENTIFIER_PATTERN
from .atomic import atomic_write_bytes
from .errors import (
    DocumentError,
    FileHint,
    FileMessage,
    FilePlace,
    InvalidAgreement,
    Issue,
    NewerSchema,
    NotJson,
    Place,
    SaveFailed,
    UnreadableFile,
)
from .files import _decode, _encode, _issues_from, _json_text, _parse, _read_bytes

ENTRY_SUFFIX = ".json"
MAX_ENTRIES = 5000
"""A library folder holds at most this many entries of one kind (more is not a library)."""


class LibraryFileMessage(MessageTemplate):
    """What is wrong with a library folder or entry file (English templates)."""

    NOT_A_FOLDER = "is not a folder"
    FOLDER_MISSING = "does not exist"
    FOLDER_UNREADABLE = "cannot be read ({reason}); the entries in it are left out"
    BAD_ENTRY_NAME = (
        "is not named as a library entry: use lowercase letters, digits and single hyphens, "
        "then .json (e.g. 'acme-gmbh.json')"
    )
    WRONG_FOLDER = "holds an entry of the kind '{kind}' but is in the folder '{folder}'"
    NOT_AN_ENTRY = "holds {what}, not a library entry (a JSON object)"
    NEWER_LIBRARY = (
        "was written by a newer slawriter (library version {version}; this version reads up to "
        "{supported})"
    )
    ENTRY_EXISTS = "already exists"
    NO_SUCH_ENTRY = "does not exist"
    TOO_MANY_ENTRIES = "holds more than {limit} entries; the rest are left out"
    NOT_A_KIND = (
        "is not a folder of library entries (those are: {kinds}); the files in it are left out"
    )
    LINK_OUTSIDE = (
        "is a link to {target}, outside the library; it is left out (a library's entries are "
        "its own files)"
    )
    NOT_REMOVED = "could not be removed ({reason})"


class LibraryHint(MessageTemplate):
    """What to do about a library file (English templates)."""

    MOVE_IT = "move it to the folder '{kind}'"
    REPLACE_WITH_FORCE = "add --force to replace it"
    SEE_LIST = "see 'slawriter library list'"
    MAY_BE_TRUNCATED = "the file may be truncated or not a library entry"


class InvalidEntry(InvalidAgreement):
    """Well-formed JSON that is not a valid library entry; carries every problem found."""


class NotAnEntry(DocumentError):
    """A file that cannot be a library entry (its name, its folder, its layout)."""


class LibraryFolderError(DocumentError):
    """A library folder that cannot be read (missing, not a folder, no permission)."""


# ---------------------------------------------------------------------------------------------
# Writing


def dumps_entry(entry: LibraryEntry) -> str:
    """The entry's file text, in the agreement files' stable format."""
    out: list[str] = []
    _encode(entry.model_dump(mode="python"), "", out)
    out.append("\n")
    return "".join(out)


def entry_path(folder: Path, kind: EntryKind, entry_id: str) -> Path:
    return Path(folder) / kind.value / f"{entry_id}{ENTRY_SUFFIX}"


def save_entry(folder: Path, entry_id: str, entry: LibraryEntry, *, replace: bool = False) -> Path:
    """Write ``entry`` as ``folder/<kind>/<entry_id>.json`` atomically; returns the path.

    Raises :class:`SaveFailed` (nothing written) if it exists and ``replace`` is false, or
    the file cannot be written.
    """
    if not re.fullmatch(IDENTIFIER_PATTERN, entry_id):
        raise SaveFailed(entry_id, FileMessage.NOT_AN_ID, value=repr(entry_id))
    path = entry_path(folder, entry_kind(entry), entry_id)
    if path.exists() and not replace:
        raise SaveFailed(path, LibraryFileMessage.ENTRY_EXISTS, hint=LibraryHint.REPLACE_WITH_FORCE)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, dumps_entry(entry).encode("utf-8"))
    except OSError as exc:
        raise SaveFailed(path, FileMessage.NOT_SAVED, reason=exc.strerror or str(exc)) from exc
    return path


def remove_entry(folder: Path, kind: EntryKind, entry_id: str) -> Path:
    """Delete the entry's file. Raises :class:`UnreadableFile` if there is none."""
    path = entry_path(folder, kind, entry_id)
    if not path.is_file():
        raise UnreadableFile(path, LibraryFileMessage.NO_SUCH_ENTRY, hint=LibraryHint.SEE_LIST)
    try:
        path.unlink()
    except OSError as exc:
        raise SaveFailed(
            path, LibraryFileMessage.NOT_REMOVED, reason=exc.strerror or str(exc)
        ) from exc
    return path


# ---------------------------------------------------------------------------------------------
# Reading

_HOLDS = {list: "a list", str: "a string", bool: "true or false", type(None): "null"}


def entry_from_json(data: Any, path: Path) -> LibraryEntry:
    """Validate parsed JSON as a library entry. Raises a :class:`DocumentError`."""
    if not isinstance(data, dict):
        raise NotAnEntry(
            path, LibraryFileMessage.NOT_AN_ENTRY, what=_HOLDS.get(type(data), "a number")
        )
    from .merge import refuse_unresolved

    refuse_unresolved(path, data)  # a merged entry: resolve it first, as an agreement
    version = data.get("schema_version")
    if version is not None and (
        isinstance(version, bool) or not isinstance(version, int) or version < 1
    ):
        problem = Message(FileMessage.SCHEMA_VERSION_NOT_WHOLE, {"value": _json_text(version)})
        raise InvalidEntry(path, [Issue(Message(FilePlace.SCHEMA_VERSION), problem)])
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and version > LIBRARY_SCHEMA_VERSION
    ):
        raise NewerSchema(
            path,
            LibraryFileMessage.NEWER_LIBRARY,
            version=version,
            supported=LIBRARY_SCHEMA_VERSION,
            hint=FileHint.UPDATE_SLAWRITER,
        )
    try:
        return ENTRY_ADAPTER.validate_python(data, context=FROM_FILE)
    except ValidationError as exc:
        issues = _issues_from(exc, data)
        # Pydantic's path starts with the entry's kind (the union's tag): the file says it once.
        kinds = {kind.value for kind in EntryKind}
        issues = [
            Issue(Place(i.place.loc[1:], i.place.data), i.problem)
            if isinstance(i.place, Place) and i.place.loc[:1] and i.place.loc[0] in kinds
            else i
            for i in issues
        ]
        raise InvalidEntry(path, issues) from exc
    except RecursionError as exc:
        raise NotAnEntry(path, FileMessage.TOO_DEEP) from exc


def load_entry(path: Path | str) -> LibraryEntry:
    """Read one entry file. Raises a :class:`DocumentError`; never writes."""
    path = Path(path)
    try:
        data = _parse(path, _decode(path, _read_bytes(path)))
    except NotJson as exc:
        if exc.hint != FileHint.MAY_BE_TRUNCATED.value:
            raise
        # the agreement files' hint ("… or not an agreement file") said of a library entry
        raise NotJson(
            exc.path, exc.problem, where=exc.place, hint=LibraryHint.MAY_BE_TRUNCATED
        ) from exc
    return entry_from_json(data, path)


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """An entry as a library holds it: where, under which ID, and its version (hash)."""

    library: str
    folder: Path
    entry_id: str
    path: Path
    entry: LibraryEntry
    hash: str

    @property
    def kind(self) -> EntryKind:
        return entry_kind(self.entry)

    @property
    def reference(self) -> str:
        """``parties/acme-gmbh``: how the command line names it."""
        return f"{self.kind.value}/{self.entry_id}"


@dataclass(slots=True)
class LibraryContents:
    """What one library folder holds: the entries that could be read, and the problems."""

    name: str
    folder: Path
    entries: list[StoredEntry] = field(default_factory=list)
    problems: list[DocumentError] = field(default_factory=list)


def _scan_kind(contents: LibraryContents, kind: EntryKind) -> None:
    folder = contents.folder / kind.value
    try:
        if not folder.exists():
            return
        if not folder.is_dir():
            contents.problems.append(LibraryFolderError(folder, LibraryFileMessage.NOT_A_FOLDER))
            return
        outside = _outside(contents.folder, folder)
        if outside is not None:
            contents.problems.append(
                LibraryFolderError(folder, LibraryFileMessage.LINK_OUTSIDE, target=str(outside))
            )
            return
        with os.scandir(folder) as listing:
            names = sorted(e.name for e in listing if not e.name.startswith("."))
    except OSError as exc:
        contents.problems.append(
            LibraryFolderError(
                folder, LibraryFileMessage.FOLDER_UNREADABLE, reason=exc.strerror or str(exc)
            )
        )
        return
    names = [n for n in names if n.endswith(ENTRY_SUFFIX)]
    if len(names) > MAX_ENTRIES:
        contents.problems.append(
            LibraryFolderError(folder, LibraryFileMessage.TOO_MANY_ENTRIES, limit=MAX_ENTRIES)
        )
        names = names[:MAX_ENTRIES]
    for name in names:
        path = folder / name
        entry_id = name.removesuffix(ENTRY_SUFFIX)
        try:
            if not re.fullmatch(IDENTIFIER_PATTERN, entry_id):
                raise NotAnEntry(path, LibraryFileMessage.BAD_ENTRY_NAME)
            outside = _outside(contents.folder, path)
            if outside is not None:
                raise NotAnEntry(path, LibraryFileMessage.LINK_OUTSIDE, target=str(outside))
            entry = load_entry(path)
            if entry_kind(entry) is not kind:
                raise NotAnEntry(
                    path,
                    LibraryFileMessage.WRONG_FOLDER,
                    kind=entry.kind,
                    folder=kind.value,
                    hint=Message(LibraryHint.MOVE_IT, {"kind": entry.kind}),
                )
        except DocumentError as exc:
            contents.problems.append(exc)
            continue
        contents.entries.append(
            StoredEntry(contents.name, contents.folder, entry_id, path, entry, entry_hash(entry))
        )


def _outside(library: Path, path: Path) -> Path | None:
    """Where ``path`` leads when a link takes it out of the ``library`` folder, else ``None``.

    A team library is a shared folder (a git checkout): a link in it to ``~/.ssh/…`` or to
    another person's files must not be read as an entry and shown, quoted, in the app."""
    target = path.resolve()
    return None if target.is_relative_to(library.resolve()) else target


def read_library(folder: Path | str, name: str | None = None) -> LibraryContents:
    """Every entry of the library at ``folder`` that can be read, and what could not be.

    Never raises for a bad file or folder: each is one problem in the result.
    """
    folder = Path(folder)
    contents = LibraryContents(name or folder.name, folder)
    try:
        if not folder.exists():
            contents.problems.append(LibraryFolderError(folder, LibraryFileMessage.FOLDER_MISSING))
            return contents
        if not folder.is_dir():
            contents.problems.append(LibraryFolderError(folder, LibraryFileMessage.NOT_A_FOLDER))
            return contents
        with os.scandir(folder):  # a folder without read or search permission stops here
            pass
    except OSError as exc:
        contents.problems.append(
            LibraryFolderError(
                folder, LibraryFileMessage.FOLDER_UNREADABLE, reason=exc.strerror or str(exc)
            )
        )
        return contents
    kinds = {kind.value for kind in EntryKind}
    try:
        with os.scandir(folder) as listing:
            strays = sorted(
                e.name
                for e in listing
                if e.is_dir() and not e.name.startswith(".") and e.name not in kinds
            )
    except OSError:  # pragma: no cover - it was just read
        strays = []
    for name in strays:  # "objective/", a typo: its entries would go unseen without a word
        contents.problems.append(
            LibraryFolderError(
                folder / name, LibraryFileMessage.NOT_A_KIND, kinds=", ".join(sorted(kinds))
            )
        )
    for kind in EntryKind:
        _scan_kind(contents, kind)
    return contents
