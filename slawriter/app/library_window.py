"""Tools › Library…: browse, search, view, edit and delete the entries of every library in use.

The window lists the entries by kind, with their library and description; a search box keeps
those with every word typed. The entry on the right shows what it holds, to edit: its
description; a party, contact, calendar, objective (with its credit tiers), exclusion or
responsibility in the wizard's forms (:mod:`.library_forms`: each edit checked, a refused value
kept in its field with the message under it, Ctrl+Z and Ctrl+Shift+Z); a clause's heading and
text in each language in the clause editor: the placeholders it knows (double-click one to put
it in the text), a live preview filled with the current agreement's values, and what is wrong
(an unknown placeholder names the clause and the placeholder, and is not saved). Save Entry
writes a new version of the entry's file; leaving an edited entry, or the window, asks first.
Files and folders that cannot be read are listed under the entries with their message; the rest
of the library is still there.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.agreement import Agreement, Clause, ClausePlacement, EntryKind, Language
from ..model.clauses import PLACEHOLDERS, WITH_ID, ClauseMessage, clause_problems
from ..model.library import ENTRY_ADAPTER, ClauseEntry, LibraryEntry
from ..model.messages import Message, MessageTemplate, Param
from . import dialogs
from .error_presenter import present
from .i18n import enum_label, lines_tr, message_tr, model_tr
from .library import entry_name, kind_label, languages_text, store
from .library_forms import REDO_KEY, UNDO_KEY, EntryForm

if TYPE_CHECKING:
    from ..storage.library import StoredEntry

AgreementFn = Callable[[], Agreement | None]

ERROR_STYLE = "color: #b3261e;"

PLACEHOLDER_HELP: dict[str, object] = {
    "provider": QT_TRANSLATE_NOOP(
        "library", "the defined term for the providing side (the Provider)"
    ),
    "customer": QT_TRANSLATE_NOOP(
        "library", "the defined term for the receiving side (the Customer)"
    ),
    "provider_name": QT_TRANSLATE_NOOP("library", "the legal name of the first providing party"),
    "customer_name": QT_TRANSLATE_NOOP("library", "the legal name of the first receiving party"),
    "effective_date": QT_TRANSLATE_NOOP("library", "the effective date"),
    "term": QT_TRANSLATE_NOOP("library", "the initial term in months"),
    "notice": QT_TRANSLATE_NOOP("library", "the notice period in days"),
    "claim_deadline": QT_TRANSLATE_NOOP(
        "library", "the days after a period within which credits are claimed"
    ),
    "credit_cap": QT_TRANSLATE_NOOP("library", "the credit cap as a share of the monthly fee"),
    "monthly_fee": QT_TRANSLATE_NOOP("library", "the monthly fee, in the agreement's currency"),
    "objective": QT_TRANSLATE_NOOP("library", "an objective's name: {objective:ID}"),
    "target": QT_TRANSLATE_NOOP(
        "library", "an objective's target: {target:ID}, or for one priority {target:ID:PRIORITY}"
    ),
}
"""What each placeholder stands for: the model's :data:`PLACEHOLDERS`, written out for lupdate
(a test holds the two the same); :func:`placeholder_help` translates them."""

BLOCKING: frozenset[MessageTemplate] = frozenset(
    {
        ClauseMessage.UNKNOWN_PLACEHOLDER,
        ClauseMessage.NEEDS_OBJECTIVE,
        ClauseMessage.TAKES_NO_ID,
        ClauseMessage.TAKES_NO_PRIORITY,
        ClauseMessage.LONE_BRACE,
    }
)
"""Mistakes of the clause itself: such a clause is not saved. (An objective the current
agreement lacks, or a value it does not give yet, is the agreement's matter: shown, not refused.)"""


def placeholder_help(name: str) -> str:
    return QCoreApplication.translate("library", PLACEHOLDERS[name])


def placeholder_token(name: str) -> str:
    return "{" + name + (":ID" if name in WITH_ID else "") + "}"


# ---------------------------------------------------------------------------------------------
# The clause editor


class Messages(QScrollArea):
    """What is wrong, in red, in a space of ``lines`` lines kept for it (scrolling beyond): the
    editors around keep their size whether there is something to say or not, and however long."""

    def __init__(self, name: str, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWidget(self.label)
        self.setFixedHeight(lines * self.label.fontMetrics().lineSpacing() + 6)
        self.setText("")

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        self.setVisible(bool(text))


class ClauseEditor(QWidget):
    """A library clause's heading and text per language, its placeholders and a live preview."""

    def __init__(self, agreement_fn: AgreementFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseEditor")
        self.agreement_fn = agreement_fn
        self.entry: ClauseEntry | None = None
        self._on_change: Callable[[], None] = lambda: None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        options = QFormLayout()
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(enum_label(language), language)
        self.language.setAccessibleName(QCoreApplication.translate("library", "Written first in"))
        options.addRow(QCoreApplication.translate("library", "Written first in:"), self.language)
        self.placement = QComboBox()
        for place in ClausePlacement:
            self.placement.addItem(enum_label(place), place)
        self.placement.setAccessibleName(model_tr("Placed in"))
        options.addRow(QCoreApplication.translate("library", "Placed in:"), self.placement)
        self.placeholders = QCheckBox(model_tr("Uses placeholders"))
        self.placeholders.setToolTip(
            model_tr(Clause.model_fields["placeholders"].description or "")
        )
        options.addRow("", self.placeholders)
        layout.addLayout(options)
        middle = QHBoxLayout()
        self.tabs = QTabWidget()
        self.headings: dict[Language, QLineEdit] = {}
        self.texts: dict[Language, QPlainTextEdit] = {}
        for language in Language:
            page = QWidget()
            form = QFormLayout(page)
            heading = QLineEdit()
            heading.setAccessibleName(
                QCoreApplication.translate("library", "Heading in {0}").format(enum_label(language))
            )
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 6 + 14)
            text.setAccessibleName(
                QCoreApplication.translate("library", "Text in {0}").format(enum_label(language))
            )
            text.setPlaceholderText(
                QCoreApplication.translate(
                    "library", "Empty: the clause does not exist in this language."
                )
            )
            form.addRow(QCoreApplication.translate("library", "Heading:"), heading)
            form.addRow(QCoreApplication.translate("library", "Text:"), text)
            self.headings[language] = heading
            self.texts[language] = text
            self.tabs.addTab(page, enum_label(language))
            heading.textEdited.connect(self._changed)
            text.textChanged.connect(self._changed)
        middle.addWidget(self.tabs, 3)
        known = QVBoxLayout()
        known_label = QLabel(QCoreApplication.translate("library", "Placeholders it knows:"))
        known.addWidget(known_label)
        self.known = QListWidget()
        self.known.setObjectName("knownPlaceholders")
        self.known.setWordWrap(True)
        self.known.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.known.setToolTip(
            QCoreApplication.translate("library", "Double-click to put one in the text.")
        )
        for name in PLACEHOLDERS:
            item = QListWidgetItem(f"{placeholder_token(name)} — {placeholder_help(name)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(placeholder_help(name))
            self.known.addItem(item)
        known_label.setBuddy(self.known)
        self.known.itemDoubleClicked.connect(self._insert_placeholder)
        known.addWidget(self.known)
        middle.addLayout(known, 2)
        layout.addLayout(middle, 2)
        layout.addWidget(
            QLabel(QCoreApplication.translate("library", "Preview with the current agreement:"))
        )
        self.preview = QTextBrowser()
        self.preview.setObjectName("clausePreview")
        self.preview.setOpenLinks(False)
        layout.addWidget(self.preview, 1)
        self.problems = Messages("clauseProblems")
        layout.addWidget(self.problems)
        self.language.currentIndexChanged.connect(self._changed)
        self.placement.currentIndexChanged.connect(self._changed)
        self.placeholders.toggled.connect(self._changed)
        self.tabs.currentChanged.connect(lambda _index: self.update_preview())

    def on_change(self, callback: Callable[[], None]) -> None:
        self._on_change = callback

    def load(self, entry: ClauseEntry) -> None:
        self.entry = entry
        blockers = [QSignalBlocker(w) for w in (self.language, self.placement, self.placeholders)]
        blockers += [QSignalBlocker(w) for w in (*self.headings.values(), *self.texts.values())]
        self.language.setCurrentIndex(self.language.findData(entry.language))
        self.placement.setCurrentIndex(self.placement.findData(entry.item.placement))
        self.placeholders.setChecked(entry.item.placeholders)
        for language in Language:
            heading, text = entry.text_in(language) or ("", "")
            self.headings[language].setText(heading)
            self.texts[language].setPlainText(text)
        del blockers
        self.tabs.setCurrentIndex(list(Language).index(entry.language))
        self.update_preview()

    def first_language(self) -> Language:
        """The language the clause is written in first (the item's; the others translate it)."""
        return Language(self.language.currentData())

    def current_language(self) -> Language:
        return list(Language)[max(0, self.tabs.currentIndex())]

    def _changed(self, *_args: Any) -> None:
        self.update_preview()
        self._on_change()

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        name = str(item.data(Qt.ItemDataRole.UserRole))
        text = self.texts[self.current_language()]
        text.insertPlainText(placeholder_token(name).replace(":ID", ":"))
        text.setFocus()
        if not self.placeholders.isChecked():
            self.placeholders.setChecked(True)

    def clause_in(self, language: Language) -> Clause:
        """The clause as the agreement would hold it in ``language``."""
        assert self.entry is not None
        return self.entry.item.model_copy(
            update={
                "title": self.headings[language].text(),
                "text": self.texts[language].toPlainText(),
                "placement": ClausePlacement(self.placement.currentData()),
                "placeholders": self.placeholders.isChecked(),
            }
        )

    def languages(self) -> list[Language]:
        """The languages the clause has a heading or text in."""
        return [
            language
            for language in Language
            if self.headings[language].text().strip() or self.texts[language].toPlainText().strip()
        ]

    def problems_in(self, language: Language) -> list[tuple[MessageTemplate, dict[str, Param]]]:
        agreement = self.agreement_fn() or Agreement()
        return list(clause_problems(agreement, self.clause_in(language)))

    def blocking_problems(self) -> list[str]:
        """What keeps the clause from being saved, in the UI language (every language)."""
        out: list[str] = []
        for language in self.languages():
            for template, params in self.problems_in(language):
                if template in BLOCKING:
                    out.append(message_tr(Message(template, params)))
        if self.first_language() not in self.languages():
            out.append(
                QCoreApplication.translate(
                    "library", "The clause has no text in {0}, the language it is written in first."
                ).format(enum_label(self.first_language()))
            )
        return out

    def update_preview(self) -> None:
        if self.entry is None:
            return
        language = self.current_language()
        clause = self.clause_in(language)
        agreement = self.agreement_fn()
        if not (clause.title.strip() or clause.text.strip()):
            self.preview.setHtml(
                "<p><i>"
                + html.escape(
                    QCoreApplication.translate(
                        "library", "The clause does not exist in {0}: the contract shows it in {1}."
                    ).format(enum_label(language), enum_label(self.first_language()))
                )
                + "</i></p>"
            )
            self.problems.setText("")
            return
        title, text = clause.title, clause.text
        if clause.placeholders and agreement is not None:
            title, text = filled(agreement, clause, language)
        paragraphs = "".join(
            f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")
        )
        self.preview.setHtml(f"<p><b>{html.escape(title)}</b></p>{paragraphs}")
        messages = [message_tr(Message(t, p)) for t, p in self.problems_in(language)]
        if not clause.placeholders and ("{" in clause.text or "{" in clause.title):
            messages.append(
                QCoreApplication.translate(
                    "library",
                    "“Uses placeholders” is off: the braces are printed as they are written.",
                )
            )
        self.problems.setText("\n".join(f"⚠ {m}" for m in messages))

    def entry_fields(self) -> dict[str, Any]:
        """The entry's language, item and translations as the editor has them (plain data)."""
        first = self.first_language()
        item = self.clause_in(first).model_dump(mode="python")
        translations = [
            {
                "language": language.value,
                "title": self.headings[language].text(),
                "text": self.texts[language].toPlainText(),
            }
            for language in self.languages()
            if language is not first
        ]
        return {"language": first.value, "item": item, "translations": translations}


def filled(agreement: Agreement, clause: Clause, language: Language) -> tuple[str, str]:
    """The clause's heading and text with the agreement's values, as the contract prints them."""
    from ..render.context import clause_values, fill_placeholders, party_terms
    from ..render.formatting import Formatter

    info = agreement.agreement
    fmt = (
        Formatter.for_agreement(info)
        if info.language is language
        else Formatter(language.value, info.currency)
    )
    values = clause_values(agreement, fmt, party_terms(agreement, fmt))
    return (
        fill_placeholders(clause.title, agreement, values, fmt),
        fill_placeholders(clause.text, agreement, values, fmt),
    )


# ---------------------------------------------------------------------------------------------
# An entry


class EntryPanel(QWidget):
    """One entry: what it is, its description and what it holds; Save, Revert, Delete.

    A clause is edited in the clause editor; every other kind in the wizard's forms
    (:class:`~.library_forms.EntryForm`), with undo and redo of its own.
    """

    def __init__(self, agreement_fn: AgreementFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement_fn = agreement_fn
        self.stored: StoredEntry | None = None
        self._edited = False
        self._description = ""
        """The description as the entry has it (as saved last)."""
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.info = QLabel()
        self.info.setObjectName("entryInfo")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.info)
        form = QFormLayout()
        self.description = QPlainTextEdit()
        self.description.setObjectName("entryDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 14)
        self.description.setAccessibleName(QCoreApplication.translate("library", "Description"))
        form.addRow(QCoreApplication.translate("library", "Description:"), self.description)
        layout.addLayout(form)
        self.content = QStackedWidget()
        self.form = EntryForm()
        self.clause = ClauseEditor(agreement_fn)
        self.content.addWidget(self.form)
        self.content.addWidget(self.clause)
        layout.addWidget(self.content, 1)
        self.problem = Messages("entryProblem")
        buttons = QHBoxLayout()
        self.delete = QPushButton(QCoreApplication.translate("library", "&Delete…"))
        self.revert = QPushButton(QCoreApplication.translate("library", "Re&vert"))
        self.save = QPushButton(QCoreApplication.translate("library", "&Save Entry"))
        buttons.addWidget(self.delete)
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.undo_action = self._action(
            QCoreApplication.translate("library", "Undo"), QKeySequence.StandardKey.Undo, UNDO_KEY
        )
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = self._action(
            QCoreApplication.translate("library", "Redo"), QKeySequence.StandardKey.Redo, REDO_KEY
        )
        self.redo_action.triggered.connect(self.redo)
        self.description.textChanged.connect(self._update_state)
        self.clause.on_change(self._changed)
        self.form.on_change(self._update_state)
        self.revert.clicked.connect(self.reload_entry)
        self._update_state()

    def _action(self, text: str, standard: QKeySequence.StandardKey, key: QKeySequence) -> QAction:
        action = QAction(text, self)
        keys = QKeySequence.keyBindings(standard)
        action.setShortcuts([*keys, *([key] if key not in keys else [])])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    @property
    def modified(self) -> bool:
        """Edits not saved yet: the description, the clause, the form (input it refused too)."""
        if self.stored is None:
            return False
        if self._edited or self.description.toPlainText() != self._description:
            return True
        if self.content.currentWidget() is not self.form:
            return False
        return self.form.modified or bool(self.form.refused())

    def forget_edits(self) -> None:
        """The edits are saved, or the entry is gone: nothing to keep."""
        self._edited = False
        self._description = self.description.toPlainText()
        if self.form.document is not None:
            self.form.document.undo_stack.setClean()
        self._update_state()

    def show_entry(self, stored: StoredEntry) -> None:
        self.stored = stored
        self.reload_entry()

    def reload_entry(self) -> None:
        stored = self.stored
        if stored is None:
            return
        entry = stored.entry
        self.heading.setText(entry_name(stored))
        self.info.setText(
            QCoreApplication.translate(
                "library", "{0} · library “{1}” · version {2} · languages: {3}\n{4}"
            ).format(
                stored.reference, stored.library, stored.hash, languages_text(entry), stored.path
            )
        )
        with QSignalBlocker(self.description):
            self.description.setPlainText(entry.description)
        self._description = entry.description
        if isinstance(entry, ClauseEntry):
            self.clause.load(entry)
            self.content.setCurrentWidget(self.clause)
        else:
            self.form.load(entry, self.agreement_fn())
            self.content.setCurrentWidget(self.form)
        self.problem.hide()
        self._edited = False
        self._update_state()

    def _changed(self) -> None:
        self._edited = True
        self._update_state()

    def _update_state(self) -> None:
        modified = self.modified
        self.save.setEnabled(modified)
        self.revert.setEnabled(modified)

    def _text_focused(self) -> QLineEdit | QPlainTextEdit | None:
        """The text box outside the form that has the focus (its own undo history)."""
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QLineEdit | QPlainTextEdit)
            and self.isAncestorOf(focused)
            and not self.form.isAncestorOf(focused)
        ):
            return focused
        return None

    def undo(self) -> None:
        """Ctrl+Z: the description's or the clause's typing, else the form's last edit."""
        text = self._text_focused()
        if text is not None:
            text.undo()
        elif self.content.currentWidget() is self.form:
            self.form.undo()

    def redo(self) -> None:
        text = self._text_focused()
        if text is not None:
            text.redo()
        elif self.content.currentWidget() is self.form:
            self.form.redo()

    def edited_entry(self) -> LibraryEntry | None:
        """The entry as edited, or ``None`` with the reason shown (nothing is written)."""
        stored = self.stored
        assert stored is not None
        description = self.description.toPlainText().strip()
        problems: list[str] = []
        entry: LibraryEntry | None = None
        try:
            if isinstance(stored.entry, ClauseEntry):
                problems = self.clause.blocking_problems()
                data = stored.entry.model_dump(mode="python")
                data["description"] = description
                data.update(self.clause.entry_fields())
                if not problems:
                    entry = ENTRY_ADAPTER.validate_python(data)
            else:
                problems = self.form.refused()
                if not problems:
                    entry = self.form.edited(description)
        except ValidationError as error:
            from ..editing.document import errors_by_loc

            problems = list(errors_by_loc(error, message_tr).values())
        if entry is not None:
            return entry
        self.problem.setText(
            QCoreApplication.translate("library", "Not saved: {0}").format("; ".join(problems))
        )
        self.problem.show()
        return None


# ---------------------------------------------------------------------------------------------
# The window


class LibraryWindow(QWidget):
    """Every library in use: entries by kind, one entry on the right, the unreadable files below."""

    def __init__(self, agreement_fn: AgreementFn, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("libraryWindow")
        self.setWindowTitle(QCoreApplication.translate("library", "Library — slawriter"))
        self.entries: list[StoredEntry] = []
        self._rows: list[QTreeWidgetItem] = []
        self._kinds: dict[EntryKind, QTreeWidgetItem] = {}
        self._current: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("library", "Search names, descriptions and libraries")
        )
        self.search.setAccessibleName(QCoreApplication.translate("library", "Search the library"))
        top.addWidget(self.search, 1)
        self.reload_button = QPushButton(QCoreApplication.translate("library", "&Reload"))
        self.reload_button.setToolTip(
            QCoreApplication.translate("library", "Read every library folder again")
        )
        top.addWidget(self.reload_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("libraryTree")
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("library", "Entry"),
                QCoreApplication.translate("library", "Library"),
                QCoreApplication.translate("library", "Description"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, 250)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.tree)
        self.right = QStackedWidget()
        self.nothing = QLabel(QCoreApplication.translate("library", "Choose an entry on the left."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.panel = EntryPanel(agreement_fn)
        self.right.addWidget(self.nothing)
        self.right.addWidget(self.panel)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 710])
        layout.addWidget(splitter, 1)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("libraryProblemsLabel")
        self.problems_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problems_label)
        self.problems = QListWidget()
        self.problems.setObjectName("libraryProblems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = QPushButton(QCoreApplication.translate("library", "&Close"))
        self.close_button.setObjectName("libraryClose")
        self.close_button.setAutoDefault(False)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.close_button.clicked.connect(self.close)
        self.search.textChanged.connect(self.filter)
        self.reload_button.clicked.connect(self.reload)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.panel.save.clicked.connect(self.save_entry)
        self.panel.delete.clicked.connect(self.delete_entry)
        store().changed.connect(self.fill)
        if parent is not None:
            parent.installEventFilter(self)
        self.resize(1180, 760)
        self.fill()

    # -- listing -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every library again (another person's changes pulled with git, say)."""
        if not self._settle(
            QCoreApplication.translate(
                "library", "Save the changes to “{0}” before reading the libraries again?"
            )
        ):
            return
        store().reload()

    def fill(self) -> None:
        """List what the libraries in use hold now (keeping the chosen entry if it is there)."""
        libraries = store().libraries()
        self.entries = sorted(
            libraries.entries,
            key=lambda e: (list(EntryKind).index(e.kind), entry_name(e).casefold(), e.library),
        )
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self._rows = []
            self._kinds = {}
            for kind in EntryKind:
                count = sum(1 for e in self.entries if e.kind is kind)
                node = QTreeWidgetItem([f"{kind_label(kind)} ({count})"])
                node.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(node)
                self._kinds[kind] = node
            for stored in self.entries:
                row = QTreeWidgetItem(
                    [entry_name(stored), stored.library, " ".join(stored.entry.description.split())]
                )
                row.setToolTip(0, stored.reference)
                row.setToolTip(2, stored.entry.description)
                self._kinds[stored.kind].addChild(row)
                self._rows.append(row)
            self.tree.expandAll()
        problems = libraries.all_problems
        self.problems.clear()
        for problem in problems:
            item = QListWidgetItem("⚠ " + "\n".join(lines_tr(problem)))
            self.problems.addItem(item)
        if len(problems) == 1:
            said = QCoreApplication.translate(
                "library", "1 file or folder could not be read; the other entries are listed above:"
            )
        else:
            said = QCoreApplication.translate(
                "library",
                "{0} files or folders could not be read; the other entries are listed above:",
            ).format(len(problems))
        self.problems_label.setText(said)
        line = self.problems.fontMetrics().lineSpacing()
        self.problems.setFixedHeight(min(max(len(problems), 1), 4) * (line * 2 + 4) + 6)
        self.problems_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))
        self.filter(self.search.text())
        wanted = self._current
        if self.panel.modified and self.panel.stored is not None:
            # Edits in progress stay as typed (the entry is saved to its own file later); the
            # list only shows which entry they belong to.
            with QSignalBlocker(self.tree):
                self.select(entry_key(self.panel.stored))
            return
        self._current = None
        if wanted is not None and self.select(wanted):
            return
        self.right.setCurrentWidget(self.nothing)
        self.panel.stored = None

    def filter(self, text: str) -> None:
        """Keep the entries with every word of ``text`` in their name, ID, library or
        description."""
        words = text.casefold().split()
        shown: dict[EntryKind, int] = dict.fromkeys(EntryKind, 0)
        for row, stored in zip(self._rows, self.entries, strict=True):
            haystack = " ".join(
                [entry_name(stored), stored.reference, stored.library, stored.entry.description]
            ).casefold()
            hidden = not all(word in haystack for word in words)
            row.setHidden(hidden)
            shown[stored.kind] += not hidden
        for kind, node in self._kinds.items():
            node.setHidden(bool(words) and not shown[kind])

    def visible_references(self) -> list[str]:
        return [
            entry_key(s)
            for row, s in zip(self._rows, self.entries, strict=True)
            if not row.isHidden()
        ]

    def select(self, key: str) -> bool:
        """Show the entry ``KIND/ID@LIBRARY`` (or the first ``KIND/ID``); whether it is listed."""
        for row, stored in zip(self._rows, self.entries, strict=True):
            if key in (entry_key(stored), stored.reference):
                self.tree.setCurrentItem(row)
                return True
        return False

    def _stored_of(self, row: QTreeWidgetItem | None) -> StoredEntry | None:
        if row is None or row not in self._rows:
            return None
        return self.entries[self._rows.index(row)]

    def _current_changed(
        self, row: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        stored = self._stored_of(row)
        editing = self.panel.stored if self.panel.modified else None
        if editing is not None and (stored is None or entry_key(stored) != entry_key(editing)):
            wanted = None if stored is None else entry_key(stored)
            if not self._settle(
                QCoreApplication.translate(
                    "library", "Save the changes to “{0}” before showing another entry?"
                )
            ):
                # Stay on the entry being edited (after this signal, or Qt moves on anyway).
                QTimer.singleShot(0, lambda: self._back_to(previous))
                return
            if row not in self._rows:  # saved: the list was read again
                if wanted is not None:
                    QTimer.singleShot(0, lambda: self.select(wanted))
                return
            editing = None  # discarded
        if stored is None:
            self.right.setCurrentWidget(self.nothing)
            self.panel.stored = None
            self._current = None
            return
        if editing is not None:
            return  # the same entry, read again: the edits stay
        self._current = entry_key(stored)
        self.panel.show_entry(stored)
        self.right.setCurrentWidget(self.panel)

    def _back_to(self, row: QTreeWidgetItem | None) -> None:
        if row is not None and row in self._rows:
            with QSignalBlocker(self.tree):
                self.tree.setCurrentItem(row)

    def _settle(self, question: str | None = None) -> bool:
        """An edited entry: save it, drop the edits or stay (``False``). Nothing is lost unasked.

        ``question``: what the prompt asks, ``{0}`` the entry's name (else: before closing?).
        """
        if not self.panel.modified or self.panel.stored is None:
            return True
        name = entry_name(self.panel.stored)
        answer = dialogs.ask_unsaved(
            self, name, None if question is None else question.format(name)
        )
        if answer is dialogs.Unsaved.SAVE:
            return self.save_entry()
        if answer is dialogs.Unsaved.DISCARD:
            self.panel.reload_entry()
            return True
        return False

    # -- changing ----------------------------------------------------------------------------

    def save_entry(self) -> bool:
        """Write the edited entry over its file; ``False`` (nothing written) with the reason."""
        from ..storage import DocumentError
        from ..storage.library import save_entry

        stored = self.panel.stored
        if stored is None:
            return False
        entry = self.panel.edited_entry()
        if entry is None:
            return False
        if _changed_on_disk(stored) and not dialogs.confirm_overwrite_changed_entry(
            self, entry_name(stored), str(stored.path)
        ):
            return False  # the edits stay in the window, the file as it is
        try:
            save_entry(stored.folder, stored.entry_id, entry, replace=True)
        except DocumentError as error:
            self.panel.problem.setText("\n".join(lines_tr(error)))
            self.panel.problem.show()
            return False
        self.panel.forget_edits()
        self._current = entry_key(stored)
        store().reload()
        return True

    def delete_entry(self) -> bool:
        """Delete the shown entry's file, once the user confirms."""
        from ..storage import DocumentError
        from ..storage.library import remove_entry

        stored = self.panel.stored
        if stored is None:
            return False
        if not dialogs.confirm_delete_entry(self, stored.reference, stored.library):
            return False
        try:
            remove_entry(stored.folder, stored.kind, stored.entry_id)
        except DocumentError as error:
            present(self, QCoreApplication.translate("library", "Delete library entry"), error)
            return False
        self.panel.forget_edits()
        self._current = None
        store().reload()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The main window closing takes this window with it: edits here are settled first."""
        if event.type() == QEvent.Type.Close and watched is self.parent() and not self._settle():
            event.ignore()
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        # Back from the main window: the agreement may say other things now.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.panel.clause.update_preview()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the window, as it closes a dialog (edits are settled first)."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._settle():
            event.ignore()
            return
        event.accept()


def _changed_on_disk(stored: StoredEntry) -> bool:
    """The entry's file no longer holds the entry shown (a git pull, a teammate's save)."""
    from ..storage import DocumentError
    from ..storage.library import load_entry

    try:
        return load_entry(stored.path) != stored.entry
    except DocumentError:
        return stored.path.exists()  # damaged since: ask; removed since: saving brings it back


def entry_key(stored: StoredEntry) -> str:
    """``KIND/ID@LIBRARY``: one entry of one library, the same across readings of the folders."""
    return f"{stored.reference}@{stored.library}"


def show_library(window: QWidget, agreement_fn: AgreementFn) -> LibraryWindow:
    """The library window of ``window`` (one per main window), read afresh, shown and raised."""
    existing = window.findChild(LibraryWindow, "libraryWindow")
    if isinstance(existing, LibraryWindow):
        library = existing
        library.reload()
    else:
        store().reload()  # opened to look at the libraries: every file read as it is now
        library = LibraryWindow(agreement_fn, window)
    library.show()
    library.raise_()
    library.activateWindow()
    return library
