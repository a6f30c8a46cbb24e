"""The library in the app (issue 15): the libraries in use, and inserting, saving and updating
agreement items through them.

:class:`LibraryStore` holds what the libraries in use hold (read through
:func:`slawriter.services.library.open_libraries`), read again when something changes them and
when a picker or the library window opens. The three commands are here, each one call into
the editing core so that Ctrl+Z undoes it in one step:

- :func:`insert_from_library` — a list editor's "From library…" button: pick an entry of the
  list's kind, insert it (an objective with its credit tiers);
- :func:`save_to_library` — "Save to library…": the item as an entry of the user library or a
  team library; an entry with that ID is replaced only when the user says so; the item then
  remembers its source;
- :func:`update_from_library` — a section's findings offer it for an item that uses an older
  version of its entry; a signed agreement refuses it with the reason.

Every dialog goes through :mod:`.dialogs`; the dialogs' widgets are the classes below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..editing import EditRefused
from ..model.agreement import Agreement, EntryKind, Language, LibrarySource
from ..model.findings import Finding
from ..model.library import (
    ITEM_MODELS,
    TIERS,
    ClauseEntry,
    Difference,
    LibraryEntry,
    LibraryMessage,
    _shown,
    differences,
    entry_content,
    entry_hash,
    in_other_language,
    item_content,
    item_for,
    local_edits,
    make_entry,
    sources,
)
from ..model.messages import Message, Param
from ..model.sections import Loc, describe
from ..model.types import IDENTIFIER_PATTERN
from . import dialogs
from .error_presenter import present
from .helpers import item_label
from .i18n import enum_label, message_tr, model_tr

if TYPE_CHECKING:
    from ..services.library import Libraries
    from ..storage.library import StoredEntry
    from .document import Document

KIND_OF_MODEL: dict[type[BaseModel], EntryKind] = {
    model: kind for kind, model in ITEM_MODELS.items()
}
"""The kind of entry a list of these items takes (a list of contacts: a party's)."""


def kind_label(kind: EntryKind) -> str:
    """The kind's name in the UI language, as the library window lists it."""
    labels = {
        EntryKind.PARTIES: QCoreApplication.translate("library", "Parties"),
        EntryKind.CONTACTS: QCoreApplication.translate("library", "Contacts"),
        EntryKind.CALENDARS: QCoreApplication.translate("library", "Business calendars"),
        EntryKind.OBJECTIVES: QCoreApplication.translate("library", "Objectives"),
        EntryKind.EXCLUSIONS: QCoreApplication.translate("library", "Exclusions"),
        EntryKind.RESPONSIBILITIES: QCoreApplication.translate("library", "Responsibilities"),
        EntryKind.CLAUSES: QCoreApplication.translate("library", "Clauses"),
    }
    return labels[kind]


def entry_name(stored: StoredEntry) -> str:
    """How an entry is named in lists: its item's name, else its ID."""
    label = item_label(stored.entry.item, 0)
    return label if label.strip() else stored.entry_id


def entry_languages(entry: LibraryEntry) -> list[Language]:
    """The languages a clause exists in (other entries hold no text of a language)."""
    if not isinstance(entry, ClauseEntry):
        return []
    languages = [entry.language]
    languages += [t.language for t in entry.translations if t.language not in languages]
    return languages


def languages_text(entry: LibraryEntry) -> str:
    languages = entry_languages(entry)
    if not languages:
        return QCoreApplication.translate("library", "any")
    return ", ".join(enum_label(language) for language in languages)


# ---------------------------------------------------------------------------------------------
# The libraries in use


class LibraryStore(QObject):
    """What the libraries in use hold, read once and again when they change (:attr:`changed`)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._libraries: Libraries | None = None
        self._key: tuple[Path, Path] | None = None
        self._signature: tuple[tuple[str, int, int], ...] = ()
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
        self.generation = 0
        """Goes up every time the libraries are read again (pages compare it)."""

    @staticmethod
    def _where() -> tuple[Path, Path]:
        from ..services.library import preferences_file, user_library_folder

        return user_library_folder(), preferences_file()

    def libraries(self) -> Libraries:
        """The libraries in use as last read (read now if never, or if the user folders moved)."""
        if self._libraries is None or self._key != self._where():
            self.reload(notify=False)
        assert self._libraries is not None
        return self._libraries

    def reload(self, notify: bool = True) -> Libraries:
        """Read every library in use again (a file changed, a folder was added)."""
        from ..services.library import open_libraries

        self._key = self._where()
        self._libraries = open_libraries()
        self._signature = self._stamp()
        self.generation += 1
        if notify:
            self.changed.emit()
        return self._libraries

    def refresh(self) -> Libraries:
        """The libraries in use, read again only if a folder of theirs changed since.

        Entries are written by replacing their file (atomically, as git does too), which
        changes their folder's modification time: a few ``stat`` calls tell, where reading a
        library of a thousand entries takes over half a second.
        """
        if (
            self._libraries is None
            or self._key != self._where()
            or self._stamp() != self._signature
        ):
            return self.reload()
        return self._libraries

    def _stamp(self) -> tuple[tuple[str, int, int], ...]:
        from ..services.library import preferences_file, user_library_folder

        folders = [user_library_folder()]
        if self._libraries is not None:
            folders += [library.folder for library in self._libraries.libraries]
        places = [preferences_file()]
        for folder in folders:
            places += [folder, *(folder / kind.value for kind in EntryKind)]
        stamp: list[tuple[str, int, int]] = []
        for place in places:
            # The number of names too: a clock that ticks coarsely may stamp two writes alike.
            try:
                names = sum(1 for _ in place.iterdir()) if place.is_dir() else 0
                stamp.append((str(place), place.stat().st_mtime_ns, names))
            except OSError:
                stamp.append((str(place), -1, -1))
        return tuple(stamp)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Back in the app (a git pull in a terminal, say): the sections say what is outdated.
        if state == Qt.ApplicationState.ApplicationActive and self._libraries is not None:
            self.refresh()

    def targets(self) -> list[tuple[str, Path]]:
        """Where an entry can be saved: the user library first (made when first needed), then
        each team library whose folder is there (an unmounted share is not made anew)."""
        from ..services.library import USER_LIBRARY, user_library_folder

        out = [(USER_LIBRARY, user_library_folder())]
        for library in self.libraries().libraries:
            if library.folder != out[0][1] and library.folder.is_dir():
                out.append((library.name, library.folder))
        return out


_STORE: LibraryStore | None = None


def store() -> LibraryStore:
    """The app's one :class:`LibraryStore`."""
    global _STORE
    if _STORE is None:
        _STORE = LibraryStore()
    return _STORE


# ---------------------------------------------------------------------------------------------
# Insert from library


def _picker_entries(kind: EntryKind) -> list[StoredEntry]:
    return [e for e in store().refresh().entries if e.kind is kind]


def insert_from_library(
    parent: QWidget, document: Document, list_loc: Loc, kind: EntryKind
) -> Loc | None:
    """Pick an entry of ``kind`` and insert it at the end of ``list_loc`` (one undo step).

    Returns where the item went, or ``None`` (cancelled, or refused: the message is shown).
    """
    entries = _picker_entries(kind)
    stored = dialogs.choose_library_entry(
        parent, kind, entries, document.agreement.agreement.language
    )
    if stored is None:
        return None
    from ..services.library import source_of

    same = _same_id(document, list_loc, kind, stored)
    if same is not None:
        choice = dialogs.ask_same_id(
            parent, entry_name(stored), item_label(document.value_at(same), int(same[-1]))
        )
        if choice is None:
            return None
        if choice == "replace":
            try:
                document.update_from_library(
                    same,
                    stored.entry,
                    source_of(stored),
                    text=QCoreApplication.translate(
                        "library", "Replace with “{0}” from the library"
                    ).format(entry_name(stored)),
                )
            except EditRefused as refused:
                present(
                    parent,
                    QCoreApplication.translate("library", "Insert from library"),
                    [
                        QCoreApplication.translate(
                            "library", "“{0}” cannot be inserted: {1}"
                        ).format(entry_name(stored), "; ".join(refused.errors.values()))
                    ],
                )
                return None
            return same
    try:
        return document.insert_from_library(
            stored.entry,
            source_of(stored),
            contacts_of=list_loc if kind is EntryKind.CONTACTS else None,
            text=QCoreApplication.translate("library", "Insert “{0}” from the library").format(
                entry_name(stored)
            ),
        )
    except EditRefused as refused:
        present(
            parent,
            QCoreApplication.translate("library", "Insert from library"),
            [
                QCoreApplication.translate("library", "“{0}” cannot be inserted: {1}").format(
                    entry_name(stored), "; ".join(refused.errors.values())
                )
            ],
        )
        return None


def _same_id(document: Document, list_loc: Loc, kind: EntryKind, stored: StoredEntry) -> Loc | None:
    """The item of the list with the entry's ID, if the agreement has one (contacts have none)."""
    if kind is EntryKind.CONTACTS:
        return None
    wanted = getattr(stored.entry.item, "id", None)
    for index, item in enumerate(document.value_at(list_loc)):
        if getattr(item, "id", None) == wanted:
            return (*list_loc, index)
    return None


class EntryPicker(QDialog):
    """Entries of one kind from every library in use, with a search box."""

    def __init__(
        self,
        kind: EntryKind,
        entries: list[StoredEntry],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPicker")
        self.setWindowTitle(
            QCoreApplication.translate("library", "Insert from library — {0}").format(
                kind_label(kind)
            )
        )
        self.entries = entries
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("library", "Search names, descriptions and libraries")
        )
        self.search.setAccessibleName(QCoreApplication.translate("library", "Search the library"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setObjectName("libraryPickerList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("library", "Entry"),
                QCoreApplication.translate("library", "Library"),
                QCoreApplication.translate("library", "Description"),
                QCoreApplication.translate("library", "Languages"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows: list[QTreeWidgetItem] = []
        for stored in entries:
            row = QTreeWidgetItem(
                [
                    entry_name(stored),
                    stored.library,
                    " ".join(stored.entry.description.split()),
                    languages_text(stored.entry),
                ]
            )
            row.setToolTip(0, stored.reference)
            row.setToolTip(2, stored.entry.description)
            languages = entry_languages(stored.entry)
            if languages and language not in languages:
                row.setToolTip(
                    3,
                    QCoreApplication.translate(
                        "library", "Not in {0}: the contract shows it in {1}."
                    ).format(enum_label(language), enum_label(languages[0])),
                )
            self.tree.addTopLevelItem(row)
            self.rows.append(row)
        for column in (0, 1, 3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(
            QCoreApplication.translate(
                "library",
                "No library in use holds an entry of this kind yet. Save an item with “Save to "
                "library…”, or add a team library in Preferences.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not entries)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("library", "Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.filter)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.tree.currentItemChanged.connect(lambda *_: self._update_ok())
        if entries:
            self.tree.setCurrentItem(self.rows[0])
        self._update_ok()
        self.resize(720, 420)

    def filter(self, text: str) -> None:
        """Show the entries whose name, ID, library or description has every word of ``text``."""
        words = text.casefold().split()
        first_shown: QTreeWidgetItem | None = None
        for row, stored in zip(self.rows, self.entries, strict=True):
            haystack = " ".join(
                [entry_name(stored), stored.entry_id, stored.library, stored.entry.description]
            ).casefold()
            hidden = not all(word in haystack for word in words)
            row.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = row
        current = self.tree.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self.tree.setCurrentItem(first_shown)
        self._update_ok()

    def visible_entries(self) -> list[StoredEntry]:
        return [s for row, s in zip(self.rows, self.entries, strict=True) if not row.isHidden()]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None
        )

    def chosen(self) -> StoredEntry | None:
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            return None
        return self.entries[self.tree.indexOfTopLevelItem(current)]

    def select(self, reference: str) -> None:
        for row, stored in zip(self.rows, self.entries, strict=True):
            if stored.reference == reference:
                self.tree.setCurrentItem(row)


# ---------------------------------------------------------------------------------------------
# Save to library


@dataclass(frozen=True, slots=True)
class SaveRequest:
    """Where to save an item: the library (name and folder), the entry's ID, its description."""

    library: str
    folder: Path
    entry_id: str
    description: str


def suggested_id(item: BaseModel) -> str:
    """The item's own ID, or one made from its name (a contact has no ID)."""
    ident = getattr(item, "id", "")
    if isinstance(ident, str) and re.fullmatch(IDENTIFIER_PATTERN, ident):
        return ident
    name = item_label(item, 0).casefold()
    slug = re.sub(r"[^a-z0-9]+", "-", name).strip("-")[:63].strip("-")
    return slug or "entry"


class SaveEntryDialog(QDialog):
    """Which library, which entry ID, and a description for the entry."""

    def __init__(
        self,
        kind: EntryKind,
        targets: list[tuple[str, Path]],
        suggested: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveToLibrary")
        self.setWindowTitle(QCoreApplication.translate("library", "Save to library"))
        self.targets = targets
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.library = QComboBox()
        for name, folder in targets:
            self.library.addItem(f"{name} — {folder}", name)
        self.library.setAccessibleName(QCoreApplication.translate("library", "Library"))
        form.addRow(QCoreApplication.translate("library", "&Library:"), self.library)
        self.entry_id = QLineEdit(suggested)
        self.entry_id.setMaxLength(63)
        self.entry_id.setAccessibleName(QCoreApplication.translate("library", "Entry ID"))
        self.entry_id.setToolTip(
            QCoreApplication.translate(
                "library",
                "The entry's file name in the folder “{0}”: lowercase letters, digits and single "
                "hyphens.",
            ).format(kind.value)
        )
        form.addRow(QCoreApplication.translate("library", "Entry &ID:"), self.entry_id)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        self.description.setAccessibleName(QCoreApplication.translate("library", "Description"))
        self.description.setPlaceholderText(
            QCoreApplication.translate(
                "library", "What the entry is for and when to use it (not printed in contracts)"
            )
        )
        form.addRow(QCoreApplication.translate("library", "&Description:"), self.description)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("saveProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def id_problem(self) -> str:
        text = self.entry_id.text().strip()
        if re.fullmatch(IDENTIFIER_PATTERN, text):
            return ""
        return QCoreApplication.translate(
            "library",
            "'{0}' cannot be an entry ID: use lowercase letters, digits and single hyphens "
            "(e.g. acme-gmbh).",
        ).format(text)

    def accept(self) -> None:
        problem = self.id_problem()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()

    def request(self) -> SaveRequest:
        name, folder = self.targets[max(0, self.library.currentIndex())]
        return SaveRequest(
            name, folder, self.entry_id.text().strip(), self.description.toPlainText().strip()
        )


def entry_of_item(document: Document, loc: Loc, kind: EntryKind, description: str) -> LibraryEntry:
    """The agreement's item at ``loc`` as a library entry (an objective with its credit tiers,
    a clause in the agreement's language), as ``slawriter library add`` makes it."""
    from ..services.library import entry_from_agreement

    item = document.value_at(loc)
    if kind is EntryKind.CONTACTS:  # a contact has no ID (and may be a representative)
        return make_entry(kind, item, description)
    return entry_from_agreement(document.agreement, kind, item.id, description)


def save_to_library(parent: QWidget, document: Document, loc: Loc, kind: EntryKind) -> Path | None:
    """Save the item at ``loc`` as a library entry; the item then remembers its source.

    An entry with the same ID in that library is replaced only when the user confirms it.
    Returns the entry's file, or ``None`` (cancelled or refused, with the message shown).
    """
    from ..storage import DocumentError
    from ..storage.library import entry_path, save_entry

    title = QCoreApplication.translate("library", "Save to library")
    item = document.value_at(loc)
    request = dialogs.save_library_entry(parent, kind, store().targets(), suggested_id(item))
    if request is None:
        return None
    entry = entry_of_item(document, loc, kind, request.description)
    path = entry_path(request.folder, kind, request.entry_id)
    replace = False
    if path.exists():
        if not dialogs.confirm_replace_entry(
            parent, f"{kind.value}/{request.entry_id}", request.library
        ):
            return None
        replace = True
        from ..services.library import replaced_entry

        # The item replaces the entry's item; its description (unless one is typed) and a
        # clause's other languages stay, as `slawriter library add --force` keeps them.
        given = request.description.strip() or None
        entry = replaced_entry(request.folder, request.entry_id, entry, True, given).entry
    try:
        written = save_entry(request.folder, request.entry_id, entry, replace=replace)
    except DocumentError as error:
        present(parent, title, error)
        return None
    store().reload()
    source = LibrarySource(
        library=request.library, kind=kind, entry=request.entry_id, hash=entry_hash(entry)
    )
    try:
        document.set_value(
            (*loc, "source"),
            source,
            merge=False,
            text=QCoreApplication.translate("library", "Save “{0}” to the library").format(
                item_label(item, 0)
            ),
        )
    except EditRefused as refused:  # a signed agreement: the entry is saved, the item unchanged
        dialogs.show_info(
            parent,
            title,
            QCoreApplication.translate(
                "library",
                "The entry was saved as “{0}”. The item does not remember it: {1}",
            ).format(written, "; ".join(refused.errors.values())),
        )
    return written


# ---------------------------------------------------------------------------------------------
# Update from library


@dataclass(frozen=True, slots=True)
class Outdated:
    """An item that uses an older version of its library entry, and what the entry says now."""

    loc: Loc
    source: LibrarySource
    stored: StoredEntry
    changes: list[str]


def outdated_items(document: Document, libraries: Libraries | None = None) -> list[Outdated]:
    """The agreement's items whose library entry changed since they were inserted or updated."""
    agreement = document.agreement
    inserted = list(sources(agreement))
    if not inserted:  # the libraries are read only for an agreement that uses them
        return []
    libraries = libraries if libraries is not None else store().libraries()
    out: list[Outdated] = []
    for loc, source in inserted:
        stored = libraries.stored(source)
        if stored is None:
            continue
        if stored.hash == source.hash and in_other_language(agreement, loc, stored.entry) is None:
            continue
        changes = describe_changes(agreement, loc, stored.entry)
        if not changes:
            continue  # the item already says what the entry says now
        out.append(Outdated(loc, source, stored, changes))
    return out


def findings_with_libraries(document: Document) -> list[Finding]:
    """What ``check`` says with the libraries in use: the readiness findings and those of the
    items from libraries (an older version of an entry, an entry gone, a language missing)."""
    agreement = document.agreement
    found = list(document.findings())
    if next(sources(agreement), None) is not None:
        found += store().libraries().findings(agreement)
    return found


def other_findings(document: Document) -> list[Finding]:
    """What ``check`` says of the items from libraries besides an older version: an entry no
    library in use holds, a clause without the agreement's language."""
    agreement = document.agreement
    if next(sources(agreement), None) is None:
        return []
    return [
        finding
        for finding in store().libraries().findings(agreement)
        if finding.template is not LibraryMessage.OLDER_VERSION
    ]


def describe_changes(agreement: Agreement, loc: Loc, entry: LibraryEntry) -> list[str]:
    """Field by field, what updating the item at ``loc`` from ``entry`` changes, in the UI
    language: ``Target › Value: 99.5 → 99.9``."""
    language = agreement.agreement.language
    now = entry_content(entry)
    now["item"] = {
        k: v
        for k, v in item_for(entry, language).model_dump(mode="python").items()
        if k not in ("id", "source")
    }
    mine = item_content(agreement, loc)
    for key in ("language", "translations"):
        if key in now:
            mine[key] = now[key]  # what the agreement does not hold is not a difference
    return [_difference_tr(agreement, loc, d) for d in differences(mine, now)]


def _difference_tr(agreement: Agreement, loc: Loc, difference: Difference) -> str:
    """:func:`~slawriter.model.library.describe_difference` with the field names translated."""
    path = difference.path
    if path and path[0] == "item":
        prefix = describe(loc, agreement, model_tr)
        where = describe((*loc, *path[1:]), agreement, model_tr)
        where = where.removeprefix(prefix).removeprefix(" › ")
    else:
        tiers = describe(TIERS[:1], None, model_tr) + " › "
        where = describe((*TIERS, *path[1:]), None, model_tr).removeprefix(tiers)
    empty = QCoreApplication.translate("library", "(empty)")

    def shown(value: Any) -> str:
        text = _shown(value)
        return empty if text == "(empty)" else text

    change = f"{shown(difference.ours)} → {shown(difference.library)}"
    return f"{where}: {change}" if where else change


def outdated_message(outdated: Outdated) -> str:
    """The finding's sentence in the UI language, the changes field by field."""
    params: dict[str, Param] = {
        "entry": outdated.stored.reference,
        "library": outdated.source.library,
        "changes": "; ".join(outdated.changes)
        or QCoreApplication.translate("library", "the same as this item"),
    }
    return message_tr(Message(LibraryMessage.OLDER_VERSION, params))


def update_from_library(parent: QWidget, document: Document, loc: Loc) -> bool:
    """Bring the item at ``loc`` up to its library entry as it is now (one undo step).

    A signed agreement refuses it, and the reason is shown. ``True`` when the item changed.
    """
    from ..services.library import source_of

    title = QCoreApplication.translate("library", "Update from library")
    source = getattr(document.value_at(loc), "source", None)
    stored = store().libraries().stored(source) if isinstance(source, LibrarySource) else None
    if stored is None:
        present(
            parent,
            title,
            [QCoreApplication.translate("library", "No library in use holds this item's entry.")],
        )
        return False
    assert isinstance(source, LibrarySource)
    edited = local_edits(document.agreement, loc, source)
    if edited is not False and not dialogs.confirm_replace_local_edits(
        parent, entry_name(stored), bool(edited)
    ):
        return False
    try:
        document.update_from_library(
            loc,
            stored.entry,
            source_of(stored),
            text=QCoreApplication.translate("library", "Update “{0}” from the library").format(
                entry_name(stored)
            ),
        )
    except EditRefused as refused:
        present(
            parent,
            title,
            [
                QCoreApplication.translate("library", "“{0}” was not updated: {1}").format(
                    entry_name(stored), "; ".join(refused.errors.values())
                )
            ],
        )
        return False
    return True


__all__ = [
    "KIND_OF_MODEL",
    "EntryPicker",
    "LibraryStore",
    "Outdated",
    "SaveEntryDialog",
    "SaveRequest",
    "findings_with_libraries",
    "insert_from_library",
    "kind_label",
    "outdated_items",
    "save_to_library",
    "store",
    "update_from_library",
]
