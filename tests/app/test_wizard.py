"""The guided wizard for a new agreement, driven through its widgets.

The big test writes the marketing → sales SLA (a Spanish preset) from a blank agreement, section
by section with Back and Next, the limitations section with the keyboard only, saves it, and
compares the file with the preset: the same content apart from the document ID and the revision
history, which a new agreement gets for itself.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from slawriter.app.forms import (
    BoolEditor,
    BoundEditor,
    DateEditor,
    DecimalEditor,
    EnumEditor,
    Form,
    IntEditor,
    LongTextEditor,
    ModelGroup,
    ModelListEditor,
    RefEditor,
    RefListEditor,
    TextEditor,
    TextListEditor,
    TimeEditor,
)
from slawriter.app.main_window import MainWindow
from slawriter.bundled import resources_dir
from slawriter.model import Section
from slawriter.storage import dumps_agreement, load_agreement

from .conftest import DialogLog

PRESET = resources_dir() / "presets" / "marketing-sales.sla.json"
IGNORED = (("agreement", "document_id"), ("signoff", "revisions"))
"""What a new agreement has of its own: its ID and its revision history."""


def load_json(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def without_identity(data: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for first, second in IGNORED:
        del data[first][second]
    return data


def model_json(window: MainWindow, loc: tuple[str | int, ...]) -> Any:
    node = load_json(dumps_agreement(window.document.agreement))
    for step in loc:
        node = node[step]
    return node


# -- filling forms through their widgets ----------------------------------------------------


def matches(actual: Any, wanted: Any) -> bool:
    """``actual`` has ``wanted``'s values (keys ``wanted`` leaves out may have any value)."""
    if isinstance(wanted, dict):
        return isinstance(actual, dict) and all(
            key in actual and matches(actual[key], value) for key, value in wanted.items()
        )
    if isinstance(wanted, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(wanted)
            and all(matches(a, w) for a, w in zip(actual, wanted, strict=True))
        )
    return bool(actual == wanted)


def fill_form(form: Form, expected: dict[str, Any], order: list[str] | None = None) -> None:
    names = order or [e.spec.name for e in form.editors]
    for name in names:
        if name in expected:
            fill_editor(form.editor(name), expected[name])


def _choose(combo: Any, value: Any) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    raise AssertionError(f"{value!r} is not offered")


def fill_editor(editor: BoundEditor, value: Any) -> None:
    loc = editor.loc()
    assert loc is not None
    window = editor.window()
    assert isinstance(window, MainWindow)
    if matches(model_json(window, loc), value):
        return
    if isinstance(editor, TextEditor | DecimalEditor):
        editor.input.selectAll()
        editor.input.insert("" if value is None else str(value))
    elif isinstance(editor, LongTextEditor):
        editor.input.setPlainText(value)
    elif isinstance(editor, IntEditor):
        editor.input.setValue(editor.input.minimum() if value is None else int(value))
    elif isinstance(editor, BoolEditor):
        editor.input.setChecked(bool(value))
    elif isinstance(editor, EnumEditor | RefEditor):
        _choose(editor.input, value)
    elif isinstance(editor, DateEditor):
        if editor.set_box is not None:
            editor.set_box.setChecked(value is not None)
        if value is not None:
            editor.input.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(editor, TimeEditor):
        editor.input.setTime(QTime.fromString(value[:5], "HH:mm"))
    elif isinstance(editor, ModelGroup):
        if editor.spec.optional:
            editor.box.setChecked(value is not None)
        if value is not None:
            fill_form(editor.form, value)
    elif isinstance(editor, ModelListEditor):
        # Edit the rows there are (a new calendar comes with office hours), add the rest,
        # remove what is left over.
        for row, item in enumerate(value):
            if row < editor.list.count():
                editor.list.setCurrentRow(row)
            else:
                editor.list.setCurrentRow(editor.list.count() - 1)
                editor.buttons.add.click()
            fill_form(editor.detail, item)
        while editor.list.count() > len(value):
            editor.list.setCurrentRow(editor.list.count() - 1)
            editor.buttons.remove.click()
    elif isinstance(editor, TextListEditor):
        for row, text in enumerate(value):
            if row >= editor.list.count():
                editor.list.setCurrentRow(editor.list.count() - 1)
                editor.buttons.add.click()
            editor.list.item(row).setText(str(text))
        while editor.list.count() > len(value):
            editor.list.setCurrentRow(editor.list.count() - 1)
            editor.buttons.remove.click()
    elif isinstance(editor, RefListEditor):
        for index in range(editor.list.count()):
            item = editor.list.item(index)
            wanted = item.data(Qt.ItemDataRole.UserRole) in value
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    else:  # pragma: no cover - a new editor type needs a line here
        raise AssertionError(f"no filler for {type(editor).__name__}")
    assert matches(model_json(window, loc), value), (
        f"{loc}: {model_json(window, loc)!r} != {value!r}"
    )


# -- the keyboard ---------------------------------------------------------------------------


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Focus only works in the active window (under X, activation is asynchronous)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, wanted: QWidget, limit: int = 40) -> None:
    """Press Tab until ``wanted`` has focus (as a keyboard user would)."""
    for _ in range(limit):
        if focused() is wanted:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted.accessibleName() or wanted}")


def type_text(qtbot: QtBot, text: str) -> None:
    """Type ``text`` into the focused widget; letters like "ó" come as key events with text,
    as from a Spanish keyboard (QTest only knows the ASCII keys)."""
    for char in text:
        if ord(char) < 128:
            qtbot.keyClick(focused(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(focused(), event)


def fill_limitations_with_the_keyboard(
    window: MainWindow, qtbot: QtBot, expected: dict[str, Any]
) -> None:
    page = window.pages[Section.LIMITATIONS]
    form = page.forms[0]
    maintenance = form.editor("maintenance")
    assert isinstance(maintenance, ModelGroup) and expected["maintenance"] is None
    exclusions = form.editor("exclusions")
    assert isinstance(exclusions, ModelListEditor)
    for item in expected["exclusions"]:
        tab_to(qtbot, exclusions.buttons.add)
        press(qtbot, Qt.Key.Key_Space)
        ident = exclusions.detail.editor("id")
        assert isinstance(ident, TextEditor) and focused() is ident.input
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, item["id"])
        kind = exclusions.detail.editor("kind")
        assert isinstance(kind, EnumEditor)
        tab_to(qtbot, kind.input)
        target = next(
            i for i in range(kind.input.count()) if kind.input.itemData(i) == item["kind"]
        )
        step = Qt.Key.Key_Down if target > kind.input.currentIndex() else Qt.Key.Key_Up
        for _ in range(abs(target - kind.input.currentIndex())):
            press(qtbot, step)
        text = exclusions.detail.editor("text")
        assert isinstance(text, LongTextEditor)
        tab_to(qtbot, text.input)
        type_text(qtbot, item["text"])
    for name in ("usage_limits", "standards"):
        entries = form.editor(name)
        assert isinstance(entries, TextListEditor)
        for line in expected[name]:
            tab_to(qtbot, entries.buttons.add)
            press(qtbot, Qt.Key.Key_Space)  # adds an entry and opens its editor
            type_text(qtbot, line)
            press(qtbot, Qt.Key.Key_Return)
            entries.list.setFocus()  # focus goes back to the list after the editor closes
    assert model_json(window, ("limitations",)) == expected


# -- the tests --------------------------------------------------------------------------------


def new_blank(window: MainWindow, dialog_log: DialogLog) -> None:
    dialog_log.answers["choose_new"] = ""
    assert window.new_document()
    assert window.guided and window.wizard_bar.isVisible()


def click_next(window: MainWindow, section: Section | None) -> None:
    assert window.wizard_bar.next.isEnabled(), window.wizard_bar.blocked.text()
    window.wizard_bar.next.click()
    assert window.current_section() is section


def test_next_is_enabled_once_the_section_is_complete_enough(
    window: MainWindow, dialog_log: DialogLog, qtbot: QtBot
) -> None:
    new_blank(window, dialog_log)
    bar = window.wizard_bar
    assert bar.step.text() == "Step 1 of 9: Agreement & parties"
    assert not bar.next.isEnabled() and not bar.back.isEnabled()
    assert "the agreement has no title" in bar.blocked.text()
    # Later sections cannot be picked from the list yet.
    assert not window.section_list.item(2).flags() & Qt.ItemFlag.ItemIsEnabled
    window.section_list.setCurrentRow(2)
    assert window.current_section() is Section.PARTIES

    form = window.pages[Section.PARTIES].forms[0]
    agreement = form.editor("agreement")
    assert isinstance(agreement, ModelGroup)
    fill_form(agreement.form, {"effective_date": "2027-01-01"})
    fill_editor(form.editor("parties"), [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])
    assert not bar.next.isEnabled()

    # Completeness changes while typing; focus stays in the field.
    title = agreement.form.editor("title")
    assert isinstance(title, TextEditor)
    activate(window, qtbot)
    title.input.setFocus()
    qtbot.keyClicks(title.input, "X")
    assert bar.next.isEnabled() and bar.blocked.isHidden()
    assert QApplication.focusWidget() is title.input
    qtbot.keyClick(title.input, Qt.Key.Key_Backspace)
    assert not bar.next.isEnabled()
    assert QApplication.focusWidget() is title.input
    qtbot.keyClicks(title.input, "Helpdesk")
    click_next(window, Section.SCOPE)
    assert bar.back.isEnabled()
    assert not bar.next.isEnabled()  # no service yet
    bar.back.click()
    assert window.current_section() is Section.PARTIES
    # The list now lets you go back to the reached step, but not past it.
    assert window.section_list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not window.section_list.item(2).flags() & Qt.ItemFlag.ItemIsEnabled


def test_an_existing_agreement_opens_in_free_navigation(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / PRESET.name
    path.write_bytes(PRESET.read_bytes())
    assert window.open_path(path)
    assert not window.guided and window.wizard_bar.isHidden()
    window.section_list.setCurrentRow(6)
    assert window.current_section() is Section.GOVERNANCE


def test_write_the_marketing_sales_sla_through_the_wizard(
    window: MainWindow, dialog_log: DialogLog, qtbot: QtBot, tmp_path: Path
) -> None:
    # The preset as the app would write it (fields added to the model since get their defaults).
    expected = load_json(dumps_agreement(load_agreement(PRESET)))
    new_blank(window, dialog_log)
    pages = window.pages

    # 1. Agreement & parties
    form = pages[Section.PARTIES].forms[0]
    own_id = window.document.agreement.agreement.document_id
    agreement = {k: v for k, v in expected["agreement"].items() if k != "document_id"}
    fill_form(form, {"agreement": agreement, "parties": expected["parties"]})
    click_next(window, Section.SCOPE)

    # 2. Scope — the business calendar is defined with the objectives, so its references wait.
    scope = copy.deepcopy(expected["scope"])
    scope["coverage_calendar"] = None
    for channel in scope["support_channels"]:
        channel["calendar"] = None
    fill_form(pages[Section.SCOPE].forms[0], scope)
    click_next(window, Section.RESPONSIBILITIES)

    # 3. Responsibilities
    fill_form(pages[Section.RESPONSIBILITIES].forms[0], expected["responsibilities"])
    click_next(window, Section.OBJECTIVES)

    # 4. Objectives: calendars first, since objectives refer to them.
    fill_form(
        pages[Section.OBJECTIVES].forms[0],
        expected["service_levels"],
        order=["calendars", "priorities", "objectives"],
    )
    # Back to the scope to pick the calendar that exists now, then on again.
    window.wizard_bar.back.click()
    window.wizard_bar.back.click()
    assert window.current_section() is Section.SCOPE
    fill_form(pages[Section.SCOPE].forms[0], expected["scope"])
    click_next(window, Section.RESPONSIBILITIES)
    click_next(window, Section.OBJECTIVES)
    click_next(window, Section.LIMITATIONS)

    # 5. Limitations & exclusions — keyboard only.
    activate(window, qtbot)
    fill_limitations_with_the_keyboard(window, qtbot, expected["limitations"])
    click_next(window, Section.CONSEQUENCES)

    # 6–8.
    fill_form(pages[Section.CONSEQUENCES].forms[0], expected["consequences"])
    click_next(window, Section.GOVERNANCE)
    fill_form(pages[Section.GOVERNANCE].forms[0], expected["governance"])
    click_next(window, Section.SIGNOFF)
    signoff = {k: v for k, v in expected["signoff"].items() if k != "revisions"}
    assert set(signoff) >= {"status", "signatories", "approvals"}
    fill_form(pages[Section.SIGNOFF].forms[0], signoff)
    click_next(window, None)

    # The review: the preset has no findings, and neither has what was typed.
    review = window.review_page
    assert review is not None and window.stack.currentWidget() is review
    assert window.wizard_bar.finish.isVisible() and not window.wizard_bar.next.isVisible()
    assert review.findings == [] and "ready to send" in review.summary.text()
    window.wizard_bar.finish.click()
    assert not window.guided and window.wizard_bar.isHidden()

    target = tmp_path / "marketing-sales.sla.json"
    dialog_log.answers["save_file"] = target
    assert window.save()
    saved = load_json(target.read_text(encoding="utf-8"))
    assert saved["agreement"]["document_id"] == own_id != expected["agreement"]["document_id"]
    for key in expected:
        assert without_identity(saved)[key] == without_identity(expected)[key], key
    assert without_identity(saved) == without_identity(expected)


def test_the_review_links_every_finding_to_its_field(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / PRESET.name
    path.write_bytes(PRESET.read_bytes())
    assert window.open_path(path)
    window.document.set_value(("agreement", "effective_date"), None)
    window.section_list.setCurrentRow(window.section_list.count() - 1)
    review = window.review_page
    assert review is not None and window.stack.currentWidget() is review
    assert "1 errors" in review.summary.text()
    assert "no effective date" in review.findings_label.text()
    activate(window, qtbot)
    review.findings_label.linkActivated.emit(review.link_for(("agreement", "effective_date")))
    assert window.current_section() is Section.PARTIES
    agreement = window.pages[Section.PARTIES].forms[0].editor("agreement")
    assert isinstance(agreement, ModelGroup)
    date = agreement.form.editor("effective_date")
    assert isinstance(date, DateEditor) and date.set_box is not None
    assert QApplication.focusWidget() is date.set_box  # the date is empty: tick "Set" first
