"""Forms generated from the pydantic model: one editor per field, bound to a JSON path.

Every editor reads its value from the :class:`~slawriter.app.document.Document` on ``refresh`` and
writes through it on user input, so undo, redo and validation work the same for every field.
Editors show pydantic's message for input they refuse and the model rules' problems for their
path right under the input, as you type.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, QSize, Qt, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..editing import EditRefused
from ..editing.fields import FieldSpec, Kind, RefTarget, field_specs, new_item
from ..model.sections import Loc
from .document import Document
from .helpers import item_label
from .i18n import enum_label, message_tr, model_noun, model_tr
from .icons import icon
from .library import KIND_OF_MODEL

LocFn = Callable[[], Loc | None]
Problems = Mapping[Loc, list[str]]

ERROR_STYLE = "color: #b3261e;"


def problems_by_loc(document: Document) -> dict[Loc, list[str]]:
    """The model rules' messages keyed by JSON path, in the UI language."""
    out: dict[Loc, list[str]] = defaultdict(list)
    for problem in document.problems():
        out[tuple(problem.loc)].append(message_tr(problem))
    return out


class BoundEditor(QWidget):
    """An editor for the value at one JSON path, with an error line under it."""

    def __init__(
        self, document: Document, spec: FieldSpec, loc_fn: LocFn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.spec = spec
        self._loc_fn = loc_fn
        # The field's label and tooltip in the UI language (model strings, see .i18n).
        self.title = model_tr(spec.title)
        self.description = model_tr(spec.description)
        self._pending: str | None = None
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(2)
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setObjectName("fieldError")
        self.error_label.hide()
        self._inputs: list[QWidget] = []

    # -- layout helpers ----------------------------------------------------------------------

    def _add_content(self, widget: QWidget) -> None:
        self._outer.addWidget(widget)
        self._outer.addWidget(self.error_label)

    def _add_combo(self, combo: QComboBox) -> None:
        """A combo box at its natural width on the left, committing the chosen item's data."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo)
        layout.addStretch(1)
        self._add_content(row)
        combo.currentIndexChanged.connect(lambda index: self.commit(combo.itemData(index)))

    def _describe_input(self, widget: QWidget) -> None:
        widget.setAccessibleName(self.title)
        if self.description:
            widget.setToolTip(self.description)
            widget.setAccessibleDescription(self.description)
        self._inputs.append(widget)

    @property
    def focus_widget(self) -> QWidget:
        return self._inputs[0] if self._inputs else self

    # -- binding -----------------------------------------------------------------------------

    def loc(self) -> Loc | None:
        base = self._loc_fn()
        return None if base is None else (*base, self.spec.name)

    def value(self) -> Any:
        loc = self.loc()
        if loc is None or not self.document.exists(loc):
            return None
        return self.document.value_at(loc)

    def refresh(self, problems: Problems, force: bool = False) -> None:
        """Show the model's value (unless the user's refused input is still there)."""
        loc = self.loc()
        bound = loc is not None and self.document.exists(loc)
        self.setEnabled(bound)
        if force:
            self._pending = None
        if bound and self._pending is None:
            self.load(self.value())
        self.show_errors(self._messages(problems))

    def _messages(self, problems: Problems) -> list[str]:
        loc = self.loc()
        messages = [self._pending] if self._pending else []
        if loc is not None:
            messages.extend(problems.get(loc, []))
        return messages

    def show_errors(self, messages: list[str]) -> None:
        text = "\n".join(f"⚠ {m}" for m in messages)
        if text != self.error_label.text():
            self.error_label.setText(text)
        self.error_label.setVisible(bool(messages))
        description = self.description
        for widget in self._inputs:
            widget.setAccessibleDescription(
                (description + " " if description else "") + " ".join(messages)
            )

    def load(self, value: Any) -> None:
        """Put ``value`` into the input without sending an edit."""

    @property
    def refused_input(self) -> str | None:
        """Why the input still shown was refused (it is not in the document), or ``None``."""
        return self._pending

    def commit(self, value: Any) -> bool:
        """Send the user's input to the document; show the message if it is refused."""
        loc = self.loc()
        if loc is None:
            return False
        try:
            self.document.set_value(
                loc,
                value,
                text=QCoreApplication.translate("forms", "Edit “{0}”").format(self.title),
            )
        except EditRefused as refused:
            self._pending = refused.errors.get(loc) or next(iter(refused.errors.values()))
            self.show_errors(self._messages(problems_by_loc(self.document)))
            return False
        if self._pending is not None:
            self._pending = None
            self.show_errors(self._messages(problems_by_loc(self.document)))
        return True

    def refuse(self, message: str) -> None:
        """Input that cannot even be parsed (e.g. letters in a number)."""
        self._pending = message
        self.show_errors(self._messages(problems_by_loc(self.document)))

    def focus_loc(self, loc: Loc) -> bool:
        """Give focus to the input for ``loc`` if it is this editor's; say whether it was."""
        if self.loc() == tuple(loc):
            self.focus_widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def end_typing(self) -> None:
        self.document.close_merge()


# ---------------------------------------------------------------------------------------------
# Plain values


class TextEditor(BoundEditor):
    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QLineEdit()
        if spec.max_length:
            self.input.setMaxLength(spec.max_length)
        self.input.setClearButtonEnabled(False)
        self._describe_input(self.input)
        self._add_content(self.input)
        self.input.textEdited.connect(self.commit)
        self.input.editingFinished.connect(self.end_typing)

    def load(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.input.text() != text:
            self.input.setText(text)


class LongTextEditor(BoundEditor):
    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QPlainTextEdit()
        self.input.setTabChangesFocus(True)
        self.input.setFixedHeight(self.input.fontMetrics().lineSpacing() * 4 + 14)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._describe_input(self.input)
        self._add_content(self.input)
        self.input.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.commit(self.input.toPlainText())

    def load(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.input.toPlainText() != text:
            with QSignalBlocker(self.input):
                self.input.setPlainText(text)

    def focusOutEvent(self, event: Any) -> None:  # pragma: no cover - focus plumbing
        self.end_typing()
        super().focusOutEvent(event)


class DecimalEditor(BoundEditor):
    """A number kept exact (Decimal) — typed as text and checked as you type."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QLineEdit()
        self.input.setMaximumWidth(160)
        if spec.optional:
            self.input.setPlaceholderText(QCoreApplication.translate("forms", "empty"))
        self._describe_input(self.input)
        self._add_content(self.input)
        self.input.textEdited.connect(self._edited)
        self.input.editingFinished.connect(self.end_typing)

    def _edited(self, text: str) -> None:
        text = text.strip()
        if not text:
            if self.spec.optional:
                self.commit(None)
            else:
                self.refuse(QCoreApplication.translate("forms", "enter a number"))
            return
        if "," in text:
            # Numbers are checked as they are typed, and "12,5" is on the way to "12,500": a
            # comma could be a decimal or a thousands separator, so neither is guessed.
            self.refuse(
                QCoreApplication.translate(
                    "forms",
                    "'{0}': write decimals with a point and no thousands separators, like 12500.50",
                ).format(text)
            )
            return
        try:
            number = Decimal(text)
        except InvalidOperation:
            self.refuse(
                QCoreApplication.translate(
                    "forms", "'{0}' is not a number; write it like 99.9"
                ).format(text)
            )
            return
        if not number.is_finite():
            self.refuse(QCoreApplication.translate("forms", "enter a finite number"))
            return
        self.commit(number)

    def load(self, value: Any) -> None:
        text = "" if value is None else f"{Decimal(value):f}"
        current = self.input.text().strip()
        try:
            same = current != "" and value is not None and Decimal(current) == Decimal(value)
        except InvalidOperation:
            same = False
        if not same and current != text:
            self.input.setText(text)


class IntEditor(BoundEditor):
    """Whole numbers; an optional one shows "—" for empty, one step below the minimum."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QSpinBox()
        low = int(spec.minimum) if spec.minimum is not None else -1_000_000
        high = int(spec.maximum) if spec.maximum is not None else 1_000_000
        self._empty = low - 1 if spec.optional else None
        self.input.setRange(low - 1 if spec.optional else low, high)
        if spec.optional:
            self.input.setSpecialValueText("—")
        self.input.setMaximumWidth(160)
        self._describe_input(self.input)
        self._add_content(self.input)
        self.input.valueChanged.connect(self._changed)
        self.input.editingFinished.connect(self.end_typing)

    def _changed(self, value: int) -> None:
        self.commit(None if value == self._empty else value)

    def load(self, value: Any) -> None:
        shown = self._empty if value is None else int(value)
        if shown is not None and self.input.value() != shown:
            with QSignalBlocker(self.input):
                self.input.setValue(shown)


class BoolEditor(BoundEditor):
    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QCheckBox(self.title)
        self._describe_input(self.input)
        self._add_content(self.input)
        self.input.toggled.connect(self.commit)

    def load(self, value: Any) -> None:
        with QSignalBlocker(self.input):
            self.input.setChecked(bool(value))


class EnumEditor(BoundEditor):
    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QComboBox()
        assert spec.enum is not None
        if spec.optional:
            self.input.addItem("—", None)
        for member in spec.enum:
            self.input.addItem(enum_label(member), member)
        self.input.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._describe_input(self.input)
        self._add_combo(self.input)

    def load(self, value: Any) -> None:
        index = self.input.findData(value)
        if index >= 0 and index != self.input.currentIndex():
            with QSignalBlocker(self.input):
                self.input.setCurrentIndex(index)


class DateEditor(BoundEditor):
    """A date; an optional one has a check box that empties it."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.set_box: QCheckBox | None = None
        if spec.optional:
            self.set_box = QCheckBox(QCoreApplication.translate("forms", "Set"))
            self.set_box.setToolTip(
                QCoreApplication.translate("forms", "Untick to leave the date empty.")
            )
            self.set_box.setAccessibleName(
                QCoreApplication.translate("forms", "{0}: set").format(self.title)
            )
            self.set_box.toggled.connect(self._toggled)
            layout.addWidget(self.set_box)
        self.input = QDateEdit()
        self.input.setCalendarPopup(True)
        self.input.setDisplayFormat("yyyy-MM-dd")
        self.input.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        self.input.setDate(QDate.currentDate())
        self._describe_input(self.input)
        layout.addWidget(self.input)
        layout.addStretch(1)
        self._add_content(row)
        self.input.dateChanged.connect(self._changed)

    @property
    def focus_widget(self) -> QWidget:
        """The date, or the "Set" box while the date is empty (a disabled input takes no focus)."""
        if self.set_box is not None and not self.set_box.isChecked():
            return self.set_box
        return self.input

    def _changed(self, date: QDate) -> None:
        self.commit(date.toPython())

    def _toggled(self, checked: bool) -> None:
        self.input.setEnabled(checked)
        self.commit(self.input.date().toPython() if checked else None)

    def load(self, value: Any) -> None:
        with QSignalBlocker(self.input):
            if isinstance(value, dt.date) and self.input.date().toPython() != value:
                self.input.setDate(QDate(value.year, value.month, value.day))
        self.input.setEnabled(value is not None or self.set_box is None)
        if self.set_box is not None:
            with QSignalBlocker(self.set_box):
                self.set_box.setChecked(value is not None)


class TimeEditor(BoundEditor):
    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QTimeEdit()
        self.input.setDisplayFormat("HH:mm")
        self.input.setMaximumWidth(120)
        self._describe_input(self.input)
        self._add_content(self.input)
        self.input.timeChanged.connect(lambda t: self.commit(t.toPython().replace(microsecond=0)))

    def load(self, value: Any) -> None:
        if isinstance(value, dt.time):
            with QSignalBlocker(self.input):
                self.input.setTime(QTime(value.hour, value.minute, value.second))


def _known_ids(document: Document, target: RefTarget) -> list[tuple[str, str]]:
    items = document.value_at(target.list_loc)
    return [(item.id, item_label(item, i)) for i, item in enumerate(items)]


class RefEditor(BoundEditor):
    """The ID of another part of the agreement, chosen from the ones that exist."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.input = QComboBox()
        self.input.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.input.setMinimumContentsLength(16)
        self._describe_input(self.input)
        self._add_combo(self.input)
        self._choices: list[tuple[str | None, str]] = []

    def load(self, value: Any) -> None:
        assert self.spec.ref is not None
        choices: list[tuple[str | None, str]] = []
        empty: str
        if self.spec.optional:
            empty = (
                QCoreApplication.translate("forms", "— none (24×7) —")
                if self.spec.ref is RefTarget.CALENDAR
                else QCoreApplication.translate("forms", "— none —")
            )
            choices.append((None, empty))
        for ident, name in _known_ids(self.document, self.spec.ref):
            choices.append((ident, ident if name == ident else f"{ident} — {name}"))
        if value is not None and value not in [c[0] for c in choices]:
            choices.append(
                (value, QCoreApplication.translate("forms", "{0} (missing)").format(value))
            )
        with QSignalBlocker(self.input):
            if choices != self._choices:
                self.input.clear()
                for key, text in choices:
                    self.input.addItem(text, key)
                self._choices = choices
            self.input.setCurrentIndex(max(0, self.input.findData(value)))


# ---------------------------------------------------------------------------------------------
# Lists of plain values


class _ListButtons(QWidget):
    def __init__(self, noun: str, parent: QWidget | None = None, *, library: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.add = QPushButton(icon("add"), QCoreApplication.translate("forms", "Add"))
        self.remove = QPushButton(icon("remove"), QCoreApplication.translate("forms", "Remove"))
        self.up = QPushButton(icon("up"), QCoreApplication.translate("forms", "Up"))
        self.down = QPushButton(icon("down"), QCoreApplication.translate("forms", "Down"))
        # Lists that take library entries (issue 15): insert one, save the selected item as one.
        self.from_library: QPushButton | None = None
        self.to_library: QPushButton | None = None
        library_buttons: list[tuple[QPushButton, str]] = []
        if library:
            self.from_library = QPushButton(
                icon("open"), QCoreApplication.translate("forms", "From library…")
            )
            self.from_library.setObjectName("fromLibrary")
            self.to_library = QPushButton(
                icon("save"), QCoreApplication.translate("forms", "To library…")
            )
            self.to_library.setObjectName("toLibrary")
            library_buttons = [
                (
                    self.from_library,
                    QCoreApplication.translate("forms", "Insert a {0} from a library").format(noun),
                ),
                (
                    self.to_library,
                    QCoreApplication.translate(
                        "forms", "Save the selected {0} to a library"
                    ).format(noun),
                ),
            ]
        for button, what in (
            (self.add, QCoreApplication.translate("forms", "Add {0}").format(noun)),
            (
                self.remove,
                QCoreApplication.translate("forms", "Remove the selected {0}").format(noun),
            ),
            (self.up, QCoreApplication.translate("forms", "Move the selected {0} up").format(noun)),
            (
                self.down,
                QCoreApplication.translate("forms", "Move the selected {0} down").format(noun),
            ),
            *library_buttons,
        ):
            button.setToolTip(what)
            button.setAccessibleName(what)
            layout.addWidget(button)
        layout.addStretch(1)

    def update_for(self, row: int, count: int, enabled: bool) -> None:
        self.add.setEnabled(enabled)
        self.remove.setEnabled(enabled and row >= 0)
        self.up.setEnabled(enabled and row > 0)
        self.down.setEnabled(enabled and 0 <= row < count - 1)
        if self.from_library is not None and self.to_library is not None:
            self.from_library.setEnabled(enabled)
            self.to_library.setEnabled(row >= 0)  # saving a copy changes nothing here


class _ListEditorBase(BoundEditor):
    """A list with add, remove, move up and move down."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.noun = (
            model_noun(spec.model).lower()
            if spec.model is not None
            else QCoreApplication.translate("forms", "entry")
        )
        self.box = QGroupBox(self.title)
        self.box.setToolTip(self.description)
        self.box_layout = QVBoxLayout(self.box)
        top = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setIconSize(QSize(14, 14))
        self._describe_input(self.list)
        self.library_kind = KIND_OF_MODEL.get(spec.model) if spec.model is not None else None
        self.buttons = _ListButtons(self.noun, library=self.library_kind is not None)
        top.addWidget(self.list, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.buttons)
        self.box_layout.addLayout(top)
        self.box_layout.addWidget(self.error_label)
        self._outer.addWidget(self.box)
        self.buttons.add.clicked.connect(self.add_item)
        self.buttons.remove.clicked.connect(self.remove_item)
        self.buttons.up.clicked.connect(lambda: self.move_item(-1))
        self.buttons.down.clicked.connect(lambda: self.move_item(1))
        if self.buttons.from_library is not None and self.buttons.to_library is not None:
            self.buttons.from_library.clicked.connect(self.insert_from_library)
            self.buttons.to_library.clicked.connect(self.save_to_library)
            self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.list.customContextMenuRequested.connect(self._library_menu)
        self.list.currentRowChanged.connect(self._row_changed)

    def items(self) -> list[Any]:
        value = self.value()
        return list(value) if isinstance(value, list) else []

    def current_row(self) -> int:
        return self.list.currentRow()

    def _row_changed(self, row: int) -> None:
        self.buttons.update_for(row, self.list.count(), self.isEnabled())

    def new_value(self) -> Any:
        return ""

    def add_item(self) -> None:
        loc = self.loc()
        if loc is None:
            return
        index = self.current_row() + 1 if self.current_row() >= 0 else len(self.items())
        try:
            self.document.insert_item(
                loc,
                index,
                self.new_value(),
                text=QCoreApplication.translate("forms", "Add to “{0}”").format(self.title),
            )
        except EditRefused as refused:
            self.refuse(next(iter(refused.errors.values())))
            return
        self.list.setCurrentRow(index)
        self.after_add(index)

    def after_add(self, index: int) -> None:
        """Hook: start editing the new item."""

    # -- the library (issue 15) --------------------------------------------------------------

    def insert_from_library(self) -> bool:
        """Pick a library entry of this list's kind and insert it (one undo step)."""
        from .library import insert_from_library

        loc = self.loc()
        if loc is None or self.library_kind is None:
            return False
        placed = insert_from_library(self, self.document, loc, self.library_kind)
        if placed is None:
            return False
        self.list.setCurrentRow(int(placed[-1]))
        self.after_add(int(placed[-1]))
        return True

    def save_to_library(self) -> bool:
        """Save the selected item as a library entry; it then remembers its source."""
        from .library import save_to_library

        loc = self.loc()
        row = self.current_row()
        if loc is None or row < 0 or self.library_kind is None:
            return False
        return save_to_library(self, self.document, (*loc, row), self.library_kind) is not None

    def _library_menu(self, position: Any) -> None:
        menu = QMenu(self)
        insert = menu.addAction(QCoreApplication.translate("forms", "Insert from library…"))
        insert.setEnabled(self.buttons.add.isEnabled())
        insert.triggered.connect(self.insert_from_library)
        save = menu.addAction(QCoreApplication.translate("forms", "Save to library…"))
        save.setEnabled(self.current_row() >= 0)
        save.triggered.connect(self.save_to_library)
        menu.exec(self.list.viewport().mapToGlobal(position))

    def remove_item(self) -> None:
        loc = self.loc()
        row = self.current_row()
        if loc is None or row < 0:
            return
        self.document.remove_item(
            loc,
            row,
            text=QCoreApplication.translate("forms", "Remove from “{0}”").format(self.title),
        )
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_item(self, step: int) -> None:
        loc = self.loc()
        row = self.current_row()
        if loc is None or row < 0:
            return
        target = row + step
        if not 0 <= target < len(self.items()):
            return
        self.document.move_item(
            loc,
            row,
            target,
            text=QCoreApplication.translate("forms", "Reorder “{0}”").format(self.title),
        )
        self.list.setCurrentRow(target)

    def _messages(self, problems: Problems) -> list[str]:
        return super()._messages(problems)

    def fit_height(self, rows: int) -> None:
        """Tall enough for the entries (3 to 8 rows), so short lists do not waste space."""
        line = self.list.fontMetrics().height() + 4
        shown = min(max(rows, 3), 8)
        self.list.setFixedHeight(shown * line + 2 * self.list.frameWidth() + 4)

    def sync_rows(self, labels: Sequence[str], problem_rows: set[int]) -> None:
        self.fit_height(len(labels))
        row = self.current_row()
        with QSignalBlocker(self.list):
            while self.list.count() > len(labels):
                self.list.takeItem(self.list.count() - 1)
            for i, label in enumerate(labels):
                item = self.list.item(i)
                if item is None:
                    item = QListWidgetItem()
                    self.list.addItem(item)
                if item.text() != label:
                    item.setText(label)
                bad = i in problem_rows
                if bool(item.data(Qt.ItemDataRole.UserRole)) != bad:
                    item.setIcon(icon("error") if bad else QIcon())
                    item.setData(Qt.ItemDataRole.UserRole, bad)
            if row >= len(labels):
                row = len(labels) - 1
            if row < 0 and labels:
                row = 0
            self.list.setCurrentRow(row)
        self.buttons.update_for(self.current_row(), self.list.count(), True)


def _rows_with_problems(loc: Loc | None, problems: Problems) -> set[int]:
    if loc is None:
        return set()
    n = len(loc)
    return {int(p[n]) for p in problems if len(p) > n and p[:n] == loc and isinstance(p[n], int)}


class TextListEditor(_ListEditorBase):
    """A list of short texts (or dates), edited in place."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.list.itemChanged.connect(self._item_changed)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        hint = QLabel(
            QCoreApplication.translate("forms", "Double-click or press F2 to edit an entry.")
        )
        hint.setStyleSheet("color: palette(mid);")
        self.box_layout.insertWidget(1, hint)

    def new_value(self) -> Any:
        return dt.date.today() if self.spec.kind is Kind.DATE_LIST else ""

    def after_add(self, index: int) -> None:
        item = self.list.item(index)
        if item is not None:
            self.list.editItem(item)

    def _parse(self, text: str) -> Any:
        if self.spec.kind is Kind.DATE_LIST:
            return dt.date.fromisoformat(text.strip())
        return text

    def _item_changed(self, item: QListWidgetItem) -> None:
        loc = self.loc()
        if loc is None:
            return
        row = self.list.row(item)
        try:
            value = self._parse(item.text())
        except ValueError:
            self.refuse(
                QCoreApplication.translate(
                    "forms", "'{0}' is not a date; write it as YYYY-MM-DD"
                ).format(item.text())
            )
            return
        try:
            self.document.set_value(
                (*loc, row),
                value,
                merge=False,
                text=QCoreApplication.translate("forms", "Edit list entry"),
            )
        except EditRefused as refused:
            self.refuse(next(iter(refused.errors.values())))
            return
        self._pending = None

    def refresh(self, problems: Problems, force: bool = False) -> None:
        loc = self.loc()
        bound = loc is not None and self.document.exists(loc)
        self.setEnabled(bound)
        if force:
            self._pending = None
        labels = [v.isoformat() if isinstance(v, dt.date) else str(v) for v in self.items()]
        with QSignalBlocker(self.list):
            self.sync_rows(labels, _rows_with_problems(loc, problems))
            for i in range(self.list.count()):
                item = self.list.item(i)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        messages = self._messages(problems)
        if loc is not None:
            for i in range(len(labels)):
                messages.extend(problems.get((*loc, i), []))
        self.show_errors(messages)


_NO_IDS_YET: dict[RefTarget, Callable[[], str]] = {
    RefTarget.PARTY: lambda: QCoreApplication.translate("forms", "No party IDs defined yet"),
    RefTarget.CALENDAR: lambda: QCoreApplication.translate("forms", "No calendar IDs defined yet"),
    RefTarget.PRIORITY: lambda: QCoreApplication.translate("forms", "No priority IDs defined yet"),
    RefTarget.OBJECTIVE: lambda: QCoreApplication.translate(
        "forms", "No objective IDs defined yet"
    ),
}


class RefListEditor(BoundEditor):
    """IDs of other parts of the agreement, ticked from the ones that exist."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self._describe_input(self.list)
        self._add_content(self.list)
        self.list.itemChanged.connect(self._item_changed)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        current = list(self.value() or [])
        ticked = [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        new = [v for v in current if v in ticked] + [v for v in ticked if v not in current]
        self.commit(new)

    def load(self, value: Any) -> None:
        assert self.spec.ref is not None
        chosen = list(value or [])
        choices = _known_ids(self.document, self.spec.ref)
        known = [c[0] for c in choices]
        missing = QCoreApplication.translate("forms", "missing")
        choices += [(v, missing) for v in chosen if v not in known]
        with QSignalBlocker(self.list):
            self.list.clear()
            for ident, label in choices:
                item = QListWidgetItem(ident if label == ident else f"{ident} — {label}")
                item.setData(Qt.ItemDataRole.UserRole, ident)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if ident in chosen else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
            if not choices:
                placeholder = QListWidgetItem(_NO_IDS_YET[self.spec.ref]())
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(placeholder)

    def refresh(self, problems: Problems, force: bool = False) -> None:
        super().refresh(problems, force)
        loc = self.loc()
        if loc is not None:
            messages = self._messages(problems)
            for i in range(len(self.value() or [])):
                messages.extend(problems.get((*loc, i), []))
            self.show_errors(messages)


# ---------------------------------------------------------------------------------------------
# Nested models


class ModelGroup(BoundEditor):
    """A nested model in a group box; an optional one can be switched off (``None``)."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        super().__init__(document, spec, loc_fn)
        assert spec.model is not None
        self.box = QGroupBox(self.title)
        self.box.setToolTip(self.description)
        self.box.setCheckable(spec.optional)
        layout = QVBoxLayout(self.box)
        self.form = Form(document, spec.model, self.loc)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        self._outer.addWidget(self.box)
        if spec.optional:
            self.box.setAccessibleName(self.title)
            self._inputs.append(self.box)
            self.box.toggled.connect(self._toggled)

    def _toggled(self, checked: bool) -> None:
        assert self.spec.model is not None
        self.commit(new_item(self.spec.model, [], {}) if checked else None)
        self.form.setVisible(checked)

    def refresh(self, problems: Problems, force: bool = False) -> None:
        loc = self.loc()
        bound = loc is not None and self.document.exists(loc)
        self.setEnabled(bound)
        present = bound and self.value() is not None
        if self.spec.optional:
            with QSignalBlocker(self.box):
                self.box.setChecked(present)
            self.form.setVisible(present)
        if present or not self.spec.optional:
            self.form.refresh(problems, force)
        self.show_errors(self._messages(problems))

    def focus_loc(self, loc: Loc) -> bool:
        mine = self.loc()
        if mine is not None and tuple(loc) == mine:
            self.box.setFocus()
            return True
        return self.form.focus_loc(loc)


class ModelListEditor(_ListEditorBase):
    """A list of models: the list, its buttons, and a form for the selected item."""

    def __init__(self, document: Document, spec: FieldSpec, loc_fn: LocFn) -> None:
        assert spec.model is not None
        super().__init__(document, spec, loc_fn)
        self.model = spec.model
        self.detail_frame = QFrame()
        self.detail_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_frame.setObjectName("detail")
        detail_layout = QVBoxLayout(self.detail_frame)
        self.detail_title = QLabel()
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)  # an item's name
        self.detail_title.setStyleSheet("font-weight: 600;")
        detail_layout.addWidget(self.detail_title)
        self.detail = Form(document, spec.model, self.item_loc)
        detail_layout.addWidget(self.detail)
        self.empty_label = QLabel(
            QCoreApplication.translate("forms", "No {0} yet — press Add.").format(self.noun)
        )
        self.empty_label.setStyleSheet("color: palette(mid);")
        self.box_layout.addWidget(self.empty_label)
        self.box_layout.addWidget(self.detail_frame)
        self._problems: Problems = {}

    def item_loc(self) -> Loc | None:
        loc = self.loc()
        row = self.current_row()
        if loc is None or row < 0 or not self.document.exists((*loc, row)):
            return None
        return (*loc, row)

    def new_value(self) -> Any:
        known = {
            target: [ident for ident, _ in _known_ids(self.document, target)]
            for target in RefTarget
        }
        siblings = [item.model_dump(mode="python") for item in self.items()]
        return new_item(self.model, siblings, known)

    def after_add(self, index: int) -> None:
        self._show_detail(force=True)
        self.detail.focus_first()

    def _row_changed(self, row: int) -> None:
        super()._row_changed(row)
        self._show_detail(force=True)

    def _show_detail(self, force: bool) -> None:
        loc = self.item_loc()
        self.detail_frame.setVisible(loc is not None)
        self.empty_label.setVisible(not self.items())
        if loc is not None:
            self.detail_title.setText(
                f"{model_noun(self.model)} {int(loc[-1]) + 1} · {self.list.currentItem().text()}"
                if self.list.currentItem() is not None
                else ""
            )
            self.detail.refresh(self._problems, force)

    def refresh(self, problems: Problems, force: bool = False) -> None:
        loc = self.loc()
        bound = loc is not None and self.document.exists(loc)
        self.setEnabled(bound)
        self._problems = problems
        items = self.items()
        self.sync_rows(
            [item_label(item, i) for i, item in enumerate(items)],
            _rows_with_problems(loc, problems),
        )
        self._show_detail(force)
        self.show_errors(self._messages(problems))

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def focus_loc(self, loc: Loc) -> bool:
        mine = self.loc()
        loc = tuple(loc)
        if mine is None or loc[: len(mine)] != mine:
            return False
        if len(loc) == len(mine):
            self.list.setFocus()
            return True
        row = loc[len(mine)]
        if isinstance(row, int) and 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
            if not self.detail.focus_loc(loc):
                self.list.setFocus()
            return True
        return False


# ---------------------------------------------------------------------------------------------

_EDITORS: dict[Kind, type[BoundEditor]] = {
    Kind.TEXT: TextEditor,
    Kind.LONG_TEXT: LongTextEditor,
    Kind.DECIMAL: DecimalEditor,
    Kind.INT: IntEditor,
    Kind.BOOL: BoolEditor,
    Kind.ENUM: EnumEditor,
    Kind.DATE: DateEditor,
    Kind.TIME: TimeEditor,
    Kind.REF: RefEditor,
    Kind.MODEL: ModelGroup,
    Kind.MODEL_LIST: ModelListEditor,
    Kind.TEXT_LIST: TextListEditor,
    Kind.LONG_TEXT_LIST: TextListEditor,
    Kind.DATE_LIST: TextListEditor,
    Kind.REF_LIST: RefListEditor,
}

_FULL_WIDTH = {Kind.MODEL, Kind.MODEL_LIST, Kind.TEXT_LIST, Kind.LONG_TEXT_LIST, Kind.DATE_LIST}


class Extra(QWidget):
    """A read-only helper shown under a field (a downtime budget, a sentence)."""

    def __init__(self, document: Document, loc_fn: LocFn) -> None:
        super().__init__()
        self.document = document
        self.loc_fn = loc_fn

    def refresh(self) -> None:
        """Recompute from the model."""


ExtraFactory = Callable[[Document, LocFn], Extra]
EXTRAS: dict[tuple[type[BaseModel], str], ExtraFactory] = {}
"""Helpers added after a field of a model: ``(model, field) → factory(document, model_loc)``."""


class Form(QWidget):
    """Editors for the fields of ``model`` at the path ``base()`` (or disabled when ``None``)."""

    def __init__(
        self,
        document: Document,
        model: type[BaseModel],
        base: LocFn,
        fields: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.model = model
        self.base = base
        self.editors: list[BoundEditor] = []
        self.extras: list[Extra] = []
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        specs = {spec.name: spec for spec in field_specs(model)}
        names = list(fields) if fields is not None else list(specs)
        for name in names:
            spec = specs[name]
            editor = _EDITORS[spec.kind](document, spec, base)
            editor.setObjectName(f"field_{name}")
            self.editors.append(editor)
            if spec.kind in _FULL_WIDTH:
                layout.addRow(editor)
            elif spec.kind is Kind.BOOL:
                layout.addRow("", editor)
            else:
                label = QLabel(
                    QCoreApplication.translate("forms", "{0}:").format(model_tr(spec.title))
                )
                label.setToolTip(model_tr(spec.description))
                label.setBuddy(editor.focus_widget)
                label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                label.setMinimumHeight(QLineEdit().sizeHint().height())
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                layout.addRow(label, editor)
            factory = EXTRAS.get((model, name))
            if factory is not None:
                extra = factory(document, base)
                self.extras.append(extra)
                layout.addRow("", extra)

    def refresh(self, problems: Problems, force: bool = False) -> None:
        bound = self.base() is not None
        self.setEnabled(bound)
        for editor in self.editors:
            editor.refresh(problems, force)
        for extra in self.extras:
            extra.refresh()

    def editor(self, name: str) -> BoundEditor:
        for editor in self.editors:
            if editor.spec.name == name:
                return editor
        raise KeyError(name)

    def focus_first(self) -> None:
        """Focus the first simple input, else the first input of any kind (a list, a group)."""
        enabled = [e for e in self.editors if e.isEnabled() and e.focus_widget.isEnabled()]
        for editor in enabled:
            if editor.spec.kind not in _FULL_WIDTH:
                editor.focus_widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        for editor in enabled:
            widget = editor.focus_widget
            if widget is not editor and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            if isinstance(editor, ModelGroup):
                editor.form.focus_first()
                return

    def focus_loc(self, loc: Loc) -> bool:
        return any(editor.focus_loc(loc) for editor in self.editors)
