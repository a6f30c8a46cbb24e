"""The main window, driven through its widgets; every dialog is monkeypatched."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slawriter.app import dialogs
from slawriter.app.forms import (
    BoundEditor,
    DateEditor,
    DecimalEditor,
    EnumEditor,
    Form,
    ModelGroup,
    ModelListEditor,
    RefEditor,
    TextEditor,
    TextListEditor,
)
from slawriter.app.main_window import MainWindow
from slawriter.model import Section
from slawriter.model.agreement import MetricKind
from slawriter.storage import load_agreement, save_agreement

from .conftest import PRESETS, DialogLog


def editor(window: MainWindow, section: Section, *path: str | int) -> BoundEditor:
    """The editor at ``path`` on a section page; an int selects a row of the list before it."""
    window.go_to(_section_root(section))
    page = window.pages[section]
    form: Form = page.forms[0]
    found: BoundEditor | None = None
    for step in path:
        if isinstance(step, int):
            assert isinstance(found, ModelListEditor)
            found.select(step)
            form = found.detail
            continue
        if isinstance(found, ModelGroup):
            form = found.form
        found = form.editor(step)
    assert found is not None
    return found


def _section_root(section: Section) -> tuple[str, ...]:
    return {
        Section.PARTIES: ("agreement",),
        Section.OBJECTIVES: ("service_levels",),
        Section.CONSEQUENCES: ("consequences",),
        Section.LIMITATIONS: ("limitations",),
        Section.SCOPE: ("scope",),
        Section.SIGNOFF: ("signoff",),
    }[section]


def type_into(qtbot: QtBot, widget: TextEditor | DecimalEditor, text: str) -> None:
    widget.input.selectAll()
    qtbot.keyClicks(widget.input, text)


def open_copy(window: MainWindow, tmp_path: Path, preset: Path) -> Path:
    path = tmp_path / preset.name
    shutil.copyfile(preset, path)
    assert window.open_path(path)
    return path


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.name)
def test_every_preset_opens_and_every_page_shows(
    window: MainWindow, preset: Path, tmp_path: Path
) -> None:
    path = open_copy(window, tmp_path, preset)
    assert window.windowTitle() == f"{path.name}[*] — slawriter"
    assert not window.isWindowModified()
    for row, section in enumerate(Section):
        window.section_list.setCurrentRow(row)
        assert window.current_page() is window.pages[section]
        assert not window.pages[section].dirty
        assert window.section_list.item(row).toolTip().startswith(section.label)
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    assert title.input.text() == load_agreement(path).agreement.title


def test_typing_edits_the_model_and_marks_the_title(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_copy(window, tmp_path, PRESETS[0])
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    type_into(qtbot, title, "Edited title")
    assert window.document.agreement.agreement.title == "Edited title"
    assert window.isWindowModified()
    assert window.undo_action.isEnabled()


def test_invalid_input_shows_a_message_beside_the_field(window: MainWindow, qtbot: QtBot) -> None:
    window.document.insert_item(("parties",), 0, {"id": "acme"})
    ident = editor(window, Section.PARTIES, "parties", 0, "id")
    assert isinstance(ident, TextEditor)
    type_into(qtbot, ident, "Acme Corp")
    assert window.document.agreement.parties[0].id == "acme"
    assert not ident.error_label.isHidden()
    assert "lowercase" in ident.error_label.text()
    ident.input.clear()
    qtbot.keyClicks(ident.input, "acme-corp")
    assert window.document.agreement.parties[0].id == "acme-corp"
    assert ident.error_label.isHidden()


def test_rule_violations_show_next_to_the_field(window: MainWindow, qtbot: QtBot) -> None:
    parties = editor(window, Section.PARTIES, "parties")
    assert "at least two parties" in parties.error_label.text()
    window.document.insert_item(
        ("service_levels", "objectives"), 0, {"id": "up", "target": {"value": Decimal(99)}}
    )
    window.document.insert_item(
        ("consequences", "credit_tiers"),
        0,
        {"id": "t1", "objective": "up", "below": Decimal(99), "credit_percent": Decimal(10)},
    )
    at_least = editor(window, Section.CONSEQUENCES, "credit_tiers", 0, "at_least")
    assert isinstance(at_least, DecimalEditor)
    type_into(qtbot, at_least, "99.5")
    assert window.document.agreement.consequences.credit_tiers[0].at_least == Decimal("99.5")
    assert "the band is empty" in at_least.error_label.text()
    type_into(qtbot, at_least, "abc")
    assert "not a number" in at_least.error_label.text()
    assert window.document.agreement.consequences.credit_tiers[0].at_least == Decimal("99.5")
    type_into(qtbot, at_least, "95")
    assert at_least.error_label.isHidden()
    for ambiguous in ("12,500", "94,5", "1,250.5"):
        type_into(qtbot, at_least, ambiguous)
        assert "with a point" in at_least.error_label.text()
        # Typed one key at a time, "12,500" never passes through 12.5 or 12.50 on its way.
        assert window.document.agreement.consequences.credit_tiers[0].at_least in (
            Decimal(95),
            Decimal(12),
            Decimal(94),
            Decimal(1),
        )


def test_availability_target_shows_downtime_budget_and_tier_its_sentence(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.document.insert_item(
        ("service_levels", "objectives"),
        0,
        {"id": "up", "metric": MetricKind.AVAILABILITY, "target": {"value": Decimal("99.9")}},
    )
    value = editor(window, Section.OBJECTIVES, "objectives", 0, "target", "value")
    assert isinstance(value, DecimalEditor)
    page = window.pages[Section.OBJECTIVES]
    budget = page.forms[0].editor("objectives")
    assert isinstance(budget, ModelListEditor)
    label = budget.detail.extras[0]
    assert "43.2 min per 30-day month" in label.findChild(type(budget.detail_title)).text()
    type_into(qtbot, value, "99.5")
    assert "3 h 36 min per 30-day month, 10 h 55 min per quarter" in (
        label.findChild(type(budget.detail_title)).text()
    )
    tiers = editor(window, Section.CONSEQUENCES, "credit_tiers")
    assert isinstance(tiers, ModelListEditor)
    tiers.buttons.add.click()
    tier = window.document.agreement.consequences.credit_tiers[0]
    assert tier.objective == "up"
    sentence = tiers.detail.extras[0].findChild(type(tiers.detail_title)).text()
    assert sentence == (
        "In the contract: If monthly uptime is below 99.0 %, the customer receives a credit of "
        "10 % of the monthly fee."
    )


def test_enum_reference_date_and_optional_group_editors(window: MainWindow) -> None:
    kind = editor(window, Section.PARTIES, "agreement", "kind")
    assert isinstance(kind, EnumEditor)
    kind.input.setCurrentIndex(kind.input.findText("Internal"))
    assert window.document.agreement.agreement.kind.value == "internal"
    date = editor(window, Section.PARTIES, "agreement", "effective_date")
    assert isinstance(date, DateEditor) and date.set_box is not None
    date.set_box.setChecked(True)
    assert window.document.agreement.agreement.effective_date is not None
    date.set_box.setChecked(False)
    assert window.document.agreement.agreement.effective_date is None
    maintenance = editor(window, Section.LIMITATIONS, "maintenance")
    assert isinstance(maintenance, ModelGroup)
    maintenance.box.setChecked(True)
    assert window.document.agreement.limitations.maintenance is not None
    window.document.insert_item(
        ("service_levels", "calendars"), 0, {"id": "office", "name": "Office hours"}
    )
    coverage = editor(window, Section.SCOPE, "coverage_calendar")
    assert isinstance(coverage, RefEditor)
    assert coverage.input.itemText(1) == "office — Office hours"
    coverage.input.setCurrentIndex(1)
    assert window.document.agreement.scope.coverage_calendar == "office"


def test_list_buttons_add_move_remove_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    precedence = editor(window, Section.PARTIES, "agreement", "order_of_precedence")
    assert isinstance(precedence, TextListEditor)
    for text in ("Master agreement", "This SLA"):
        precedence.buttons.add.click()
        item = precedence.list.currentItem()
        item.setText(text)
    assert window.document.agreement.agreement.order_of_precedence == [
        "Master agreement",
        "This SLA",
    ]
    precedence.buttons.up.click()
    assert window.document.agreement.agreement.order_of_precedence == [
        "This SLA",
        "Master agreement",
    ]
    precedence.buttons.remove.click()
    assert window.document.agreement.agreement.order_of_precedence == ["Master agreement"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.agreement.agreement.order_of_precedence == [
        "Master agreement",
        "This SLA",
    ]


def test_undo_and_redo_across_sections_with_ctrl_z_in_a_line_edit(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_copy(window, tmp_path, PRESETS[0])
    original = window.document.agreement
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    type_into(qtbot, title, "New title")
    title.input.editingFinished.emit()
    window.document.close_merge()
    objective_name = editor(window, Section.OBJECTIVES, "objectives", 0, "name")
    assert isinstance(objective_name, TextEditor)
    type_into(qtbot, objective_name, "Renamed objective")
    assert window.current_section() is Section.OBJECTIVES

    # A line edit with focus would take Ctrl+Z for itself; the document's undo must win.
    window.activateWindow()
    objective_name.input.setFocus()
    qtbot.keyClick(objective_name.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.agreement.service_levels.objectives[0].name == (
        original.service_levels.objectives[0].name
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.agreement.agreement.title == original.agreement.title
    assert window.current_section() is Section.PARTIES
    assert title.input.text() == original.agreement.title
    assert not window.isWindowModified()
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, redo)
    assert window.document.agreement.agreement.title == "New title"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, redo)
    assert window.document.agreement.service_levels.objectives[0].name == "Renamed objective"
    assert window.current_section() is Section.OBJECTIVES


def test_save_as_then_save(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    target = tmp_path / "new.sla.json"
    dialog_log.answers["save_file"] = target
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    type_into(qtbot, title, "Helpdesk SLA")
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    assert load_agreement(target).agreement.title == "Helpdesk SLA"
    assert window.windowTitle() == "new.sla.json[*] — slawriter"
    assert not window.isWindowModified()
    assert window.recent_files() == [target.resolve()]
    type_into(qtbot, title, "Helpdesk SLA 2")
    window.save_action.trigger()
    assert dialog_log.names() == ["save_file"]
    assert load_agreement(target).agreement.title == "Helpdesk SLA 2"


def test_closing_with_unsaved_changes_asks(
    make_window: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = make_window()
    path = open_copy(window, tmp_path, PRESETS[0])
    before = path.read_bytes()
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    type_into(qtbot, title, "Changed")

    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert path.read_bytes() == before

    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.SAVE
    assert window.close()
    assert load_agreement(path).agreement.title == "Changed"
    assert dialog_log.names() == ["ask_unsaved", "ask_unsaved"]


def test_discarding_on_close_leaves_the_file_alone(
    make_window: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = make_window()
    path = open_copy(window, tmp_path, PRESETS[0])
    before = path.read_bytes()
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    type_into(qtbot, title, "Changed")
    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.DISCARD
    assert window.close()
    assert path.read_bytes() == before


def test_saving_over_a_file_changed_on_disk_asks_first(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog
) -> None:
    path = open_copy(window, tmp_path, PRESETS[0])
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    type_into(qtbot, title, "Mine")
    other = load_agreement(path).model_copy(deep=True)
    other.agreement.purpose = "Theirs"
    save_agreement(other, path)
    theirs = path.read_bytes()

    dialog_log.answers["confirm_overwrite"] = False
    assert not window.save()
    assert path.read_bytes() == theirs
    assert window.isWindowModified()

    dialog_log.answers["confirm_overwrite"] = True
    assert window.save()
    assert load_agreement(path).agreement.title == "Mine"
    assert dialog_log.names() == ["confirm_overwrite", "confirm_overwrite"]


BAD_FILES = sorted((Path(__file__).parent.parent / "data" / "bad").glob("*"))


@pytest.mark.parametrize("bad", BAD_FILES[:6] or [None], ids=lambda p: p.name if p else "none")
def test_a_bad_file_shows_the_loader_message_and_is_untouched(
    window: MainWindow, tmp_path: Path, dialog_log: DialogLog, bad: Path | None
) -> None:
    path = tmp_path / "broken.sla.json"
    if bad is None:
        path.write_text('{"agreement": {"title": 5}', encoding="utf-8")
    else:
        shutil.copyfile(bad, path)
    before = path.read_bytes()
    shown = window.document
    dialog_log.answers["show_error"] = None
    assert not window.open_path(path)
    assert dialog_log.names() == ["show_error"]
    title, lines = dialog_log.calls[0][1]
    assert title == "Could not open the agreement"
    assert lines and all(str(path) in line for line in lines)
    assert path.read_bytes() == before
    assert window.document is shown


def test_new_from_a_preset_and_blank(
    window: MainWindow, dialog_log: DialogLog, qtbot: QtBot
) -> None:
    dialog_log.answers["choose_new"] = lambda presets: presets[0].name
    assert window.new_document()
    chosen = dialog_log.calls[0][1][0][0]
    assert window.document.agreement.agreement.title
    assert window.document.path is None
    assert window.document.agreement.agreement.document_id.startswith("SLA-")
    assert chosen.description
    dialog_log.answers["choose_new"] = ""
    assert window.new_document()
    assert window.document.agreement.agreement.title == ""
    assert window.windowTitle() == "Untitled agreement[*] — slawriter"
    dialog_log.answers["choose_new"] = None
    assert not window.new_document()


def test_dropping_an_agreement_file_opens_it(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / PRESETS[0].name
    shutil.copyfile(PRESETS[0], path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document.path == path)
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert (
        MainWindow._dropped_file(
            QDropEvent(
                QPointF(1, 1),
                Qt.DropAction.CopyAction,
                other,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        is None
    )


def test_window_settings_persist(
    make_window: Callable[[], MainWindow], tmp_path: Path, dialog_log: DialogLog
) -> None:
    window = make_window()
    open_copy(window, tmp_path, PRESETS[0])
    window.preview_action.setChecked(False)
    window.splitter.setSizes([200, 900, 0])
    assert window.close()
    again = make_window()
    assert not again.preview_action.isChecked()
    assert again.recent_files() == [(tmp_path / PRESETS[0].name).resolve()]
    again.recent_menu.aboutToShow.emit()
    assert PRESETS[0].name in again.recent_menu.actions()[0].text()


def test_finding_links_jump_to_the_field(window: MainWindow) -> None:
    title = editor(window, Section.PARTIES, "agreement", "title")
    assert isinstance(title, TextEditor)
    page = window.pages[Section.PARTIES]
    window.section_list.setFocus()
    page.refresh()
    assert "no title" in page.findings_label.text()
    index = next(i for i, f in enumerate(page._findings) if f.loc == ("agreement", "title"))
    page.findings_label.linkActivated.emit(str(index))
    assert QApplication.focusWidget() is title.input


def test_markup_typed_by_the_user_shows_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    """A label that repeats user text never reads it as rich text (Qt guesses, by default)."""
    from PySide6.QtWidgets import QLabel

    window.document.insert_item(("parties",), 0, {"id": "acme"})
    name = editor(window, Section.PARTIES, "parties", 0, "name")
    assert isinstance(name, TextEditor)
    type_into(qtbot, name, "<i>Acme</i> &amp; Co")
    ident = editor(window, Section.PARTIES, "parties", 0, "id")
    assert isinstance(ident, TextEditor)
    type_into(qtbot, ident, "<b>Bad ID</b>")
    showing = [
        label
        for label in window.findChildren(QLabel)
        if "<i>Acme</i>" in label.text() or "<b>Bad ID</b>" in label.text()
    ]
    assert showing, "the typed text is shown somewhere (item title, error beside the field)"
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
