"""Tools › Library… (issue 15): browse, search, edit and delete entries; damaged files listed with
their message while the rest stays usable; the clause editor's placeholders and live preview;
Preferences › Libraries adds and removes team library folders, saved for the next start."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from slawriter.app import dialogs
from slawriter.app.document import Document
from slawriter.app.library import store
from slawriter.app.library_preferences import LibrariesTab
from slawriter.app.library_window import PLACEHOLDER_HELP, LibraryWindow
from slawriter.app.main_window import MainWindow
from slawriter.app.preferences import Preferences
from slawriter.app.preferences_dialog import PreferencesDialog
from slawriter.model.agreement import Agreement, Clause, EntryKind, Language, Party, TargetUnit
from slawriter.model.clauses import PLACEHOLDERS
from slawriter.model.library import ClauseEntry, ClauseText, ObjectiveEntry, make_entry
from slawriter.services.library import (
    save_team_library_folders,
    team_library_folders,
    user_library_folder,
)
from slawriter.storage.library import load_entry, save_entry
from tests import factories


def _clause() -> Any:
    return make_entry(
        EntryKind.CLAUSES,
        Clause(
            id="audit",
            title="Audit right",
            text="{customer} may audit {provider} once a year; uptime must reach {target:uptime}.",
            placeholders=True,
        ),
        "Yearly audit, written by legal",
        language=Language.EN,
        translations=[
            ClauseText(language=Language.ES, title="Auditoría", text="{customer} puede auditar.")
        ],
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A user library with a party and a clause, and a team library with a damaged file."""
    user = user_library_folder()
    save_entry(user, "acme", make_entry(EntryKind.PARTIES, Party(id="acme", name="Acme GmbH")))
    save_entry(user, "audit", _clause())
    team = tmp_path / "team-library"
    save_entry(team, "beta", make_entry(EntryKind.PARTIES, Party(id="beta", name="Beta SL")))
    (team / "parties" / "broken.json").write_text('{"kind": "parties", "item": ', "utf-8")
    (team / "calendars").mkdir()
    (team / "calendars" / "Bad Name.json").write_text("{}", "utf-8")
    save_team_library_folders([team])
    store().reload()
    return team


@pytest.fixture
def library_window(window: MainWindow, library: Path, qtbot: Any) -> LibraryWindow:
    window.set_document(Document(factories.agreement(), parent=window))
    shown = window.show_library()
    assert isinstance(shown, LibraryWindow)
    qtbot.waitExposed(shown)
    return shown


def _field(shown: LibraryWindow, name: str) -> Any:
    """The editor of the entry's item field ``name`` in the library window's form."""
    return shown.panel.form.forms[0].editor(name)


def test_damaged_files_are_listed_with_their_message_and_the_rest_is_usable(
    library_window: LibraryWindow, library: Path
) -> None:
    shown = library_window
    assert sorted(shown.visible_references()) == [
        "clauses/audit@personal",
        "parties/acme@personal",
        "parties/beta@team-library",
    ]
    problems = [shown.problems.item(i).text() for i in range(shown.problems.count())]
    assert len(problems) == 2
    assert any(str(library / "parties" / "broken.json") in p for p in problems)
    assert any("Bad Name.json" in p and "is not named as a library entry" in p for p in problems)
    assert shown.problems_label.isVisibleTo(shown)
    assert shown.select("parties/beta@team-library")
    assert _field(shown, "name").input.text() == "Beta SL"


def test_search_keeps_the_entries_with_every_word(library_window: LibraryWindow) -> None:
    library_window.search.setText("legal audit")
    assert library_window.visible_references() == ["clauses/audit@personal"]
    library_window.search.setText("team-library")
    assert library_window.visible_references() == ["parties/beta@team-library"]


def test_editing_the_description_writes_the_entry(library_window: LibraryWindow) -> None:
    shown = library_window
    assert shown.select("parties/acme@personal")
    assert not shown.panel.save.isEnabled()
    shown.panel.description.setPlainText("Our company in Germany")
    assert shown.panel.save.isEnabled()
    shown.panel.save.click()
    entry = load_entry(user_library_folder() / "parties" / "acme.json")
    assert entry.description == "Our company in Germany"
    assert entry.item.name == "Acme GmbH"
    assert shown.panel.stored is not None and shown.panel.stored.entry_id == "acme"
    assert not shown.panel.modified


def test_deleting_asks_first(library_window: LibraryWindow, dialog_log: Any) -> None:
    shown = library_window
    path = user_library_folder() / "parties" / "acme.json"
    assert shown.select("parties/acme@personal")
    dialog_log.answers["confirm_delete_entry"] = False
    assert not shown.delete_entry()
    assert path.exists()
    dialog_log.answers["confirm_delete_entry"] = True
    assert shown.delete_entry()
    assert not path.exists()
    assert "parties/acme@personal" not in shown.visible_references()


def test_leaving_an_edited_entry_asks_and_cancel_keeps_the_edit(
    library_window: LibraryWindow, dialog_log: Any, qtbot: Any
) -> None:
    shown = library_window
    assert shown.select("parties/acme@personal")
    shown.panel.description.setPlainText("Half typed")
    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.CANCEL
    shown.select("parties/beta@team-library")
    qtbot.waitUntil(lambda: shown.tree.currentItem() is shown._rows[0])  # back on acme
    assert shown.panel.description.toPlainText() == "Half typed"
    assert shown.panel.stored is not None and shown.panel.stored.entry_id == "acme"
    # Reading the libraries again (an entry saved from the main window) keeps the edit too.
    store().reload()
    assert shown.panel.description.toPlainText() == "Half typed" and shown.panel.modified
    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.DISCARD
    assert shown.select("parties/beta@team-library")
    assert shown.panel.stored is not None and shown.panel.stored.entry_id == "beta"
    assert not shown.panel.modified


def test_the_clause_editor_lists_placeholders_and_previews_with_the_agreement(
    library_window: LibraryWindow,
) -> None:
    shown = library_window
    assert shown.select("clauses/audit@personal")
    editor = shown.panel.clause
    assert shown.panel.content.currentWidget() is editor
    listed = [editor.known.item(i).text() for i in range(editor.known.count())]
    assert listed[0] == "{provider} — the defined term for the providing side (the Provider)"
    assert any(t.startswith("{target:ID} — ") for t in listed)
    agreement = factories.agreement()
    uptime = next(o for o in agreement.service_levels.objectives if o.id == "uptime")
    preview = editor.preview.toPlainText()
    assert "Audit right" in preview
    assert "{customer}" not in preview and "{provider}" not in preview
    assert "The Customer may audit the Provider" in preview
    assert str(uptime.target.value) in preview
    assert editor.problems.text() == ""
    # Live: the Spanish text, then a typo.
    editor.tabs.setCurrentIndex(list(Language).index(Language.ES))
    assert "Auditoría" in editor.preview.toPlainText()
    editor.tabs.setCurrentIndex(list(Language).index(Language.EN))
    editor.texts[Language.EN].setPlainText("{custmer} may audit.")
    assert (
        "the clause 'Audit right' uses the unknown placeholder {custmer}" in editor.problems.text()
    )
    assert "{custmer}" in editor.preview.toPlainText()


def test_a_clause_with_an_unknown_placeholder_is_not_saved(library_window: LibraryWindow) -> None:
    shown = library_window
    path = user_library_folder() / "clauses" / "audit.json"
    before = path.read_bytes()
    assert shown.select("clauses/audit@personal")
    shown.panel.clause.headings[Language.EN].setText("Audit of {providr}")
    shown.panel.clause.headings[Language.EN].textEdited.emit("Audit of {providr}")
    assert not shown.save_entry()
    assert path.read_bytes() == before
    assert "uses the unknown placeholder {providr}" in shown.panel.problem.text()
    assert "Not saved" in shown.panel.problem.text()


def test_a_clause_edited_per_language_is_saved_with_both_texts(
    library_window: LibraryWindow,
) -> None:
    shown = library_window
    assert shown.select("clauses/audit@personal")
    editor = shown.panel.clause
    editor.texts[Language.ES].setPlainText("{customer} puede auditar a {provider} cada año.")
    assert shown.save_entry()
    entry = load_entry(user_library_folder() / "clauses" / "audit.json")
    assert isinstance(entry, ClauseEntry)
    assert entry.text_in(Language.ES) == (
        "Auditoría",
        "{customer} puede auditar a {provider} cada año.",
    )
    assert entry.text_in(Language.EN) is not None and entry.item.placeholders


def test_double_clicking_a_placeholder_puts_it_in_the_text(library_window: LibraryWindow) -> None:
    shown = library_window
    assert shown.select("clauses/audit@personal")
    editor = shown.panel.clause
    text = editor.texts[Language.EN]
    text.setPlainText("Fee: ")
    cursor = text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    text.setTextCursor(cursor)
    fee = next(
        editor.known.item(i)
        for i in range(editor.known.count())
        if editor.known.item(i).text().startswith("{monthly_fee}")
    )
    editor.known.itemDoubleClicked.emit(fee)
    assert text.toPlainText() == "Fee: {monthly_fee}"


def test_the_placeholder_help_is_the_models() -> None:
    assert {k: str(v) for k, v in PLACEHOLDER_HELP.items()} == PLACEHOLDERS


# ---------------------------------------------------------------------------------------------
# Preferences › Libraries


def test_preferences_add_and_remove_team_libraries_and_keep_them(
    qtbot: Any, tmp_path: Path, dialog_log: Any
) -> None:
    first = tmp_path / "legal"
    save_entry(first, "audit", _clause())
    second = tmp_path / "sales"
    second.mkdir()
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    tab = dialog.libraries
    dialog_log.answers["choose_folder"] = lambda _title: first
    assert tab.add_folder()
    assert "1 entry" in tab.list.item(0).text()
    dialog_log.answers["choose_folder"] = lambda _title: second
    assert tab.add_folder()
    assert not tab.add_folder()  # listed already
    assert "already one of your libraries" in tab.problem.text()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert team_library_folders() == ([first, second], [])
    assert [lib.name for lib in store().libraries().libraries][1:] == ["legal", "sales"]

    again = PreferencesDialog(Preferences())
    qtbot.addWidget(again)
    assert again.libraries.folders() == [first, second]
    again.libraries.list.setCurrentRow(0)
    assert again.libraries.remove_folder()
    again.accept()
    assert team_library_folders() == ([second], [])


def test_preferences_say_why_a_team_library_cannot_be_used(
    qtbot: Any, tmp_path: Path, dialog_log: Any
) -> None:
    gone = tmp_path / "unmounted-share"
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a library", "utf-8")
    save_team_library_folders([gone])
    tab = LibrariesTab()
    qtbot.addWidget(tab)
    assert "does not exist" in tab.list.item(0).text() and "⚠" in tab.list.item(0).text()
    dialog_log.answers["choose_folder"] = lambda _title: a_file
    assert not tab.add_folder()
    assert "is not a folder" in tab.problem.text()
    assert tab.folders() == [gone]


def test_a_bad_preference_file_is_shown_not_overwritten_unasked(qtbot: Any) -> None:
    from slawriter.services.library import preferences_file

    path = preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"team_libraries": "one folder"}', "utf-8")
    tab = LibrariesTab()
    qtbot.addWidget(tab)
    shown = tab.problem.text()
    assert str(path) in shown and "is not a libraries preferences file" in shown
    assert tab.save()  # nothing changed: nothing written
    assert path.read_text("utf-8") == '{"team_libraries": "one folder"}'


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_team_library_folder_says_so(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    save_entry(folder, "beta", make_entry(EntryKind.PARTIES, Party(id="beta", name="Beta")))
    (folder / "parties").chmod(0)
    try:
        save_team_library_folders([folder])
        tab = LibrariesTab()
        qtbot.addWidget(tab)
        assert "cannot be read" in tab.list.item(0).text()
    finally:
        (folder / "parties").chmod(0o755)


def test_credit_tiers_show_in_an_objective_entry(window: MainWindow, qtbot: Any) -> None:
    agreement = factories.agreement()
    uptime = agreement.service_levels.objectives[0]
    tiers = [t for t in agreement.consequences.credit_tiers if t.objective == uptime.id]
    entry = make_entry(EntryKind.OBJECTIVES, uptime, credit_tiers=tiers)
    save_entry(user_library_folder(), "uptime", entry)
    store().reload()
    shown = window.show_library()
    assert isinstance(shown, LibraryWindow)
    assert shown.select("objectives/uptime")
    listed = shown.panel.form.tiers
    assert listed is not None
    rows = [listed.list.item(i).text() for i in range(listed.list.count())]
    assert len(rows) == 3 and rows[0].endswith("→ 10 %")


def test_hostile_clause_text_is_previewed_as_text(library_window: LibraryWindow) -> None:
    shown = library_window
    assert shown.select("clauses/audit@personal")
    editor = shown.panel.clause
    hostile = (
        '<img src="file:///etc/passwd"> {{ config }} {% for x in y %}{{x}}{% endfor %} '
        "<style>body{background:url(http://example.com/x)}</style> {provider}"
    )
    editor.texts[Language.EN].setPlainText(hostile)
    html_shown = editor.preview.toHtml()
    assert "<img" not in html_shown and "<style>body" not in html_shown
    text = editor.preview.toPlainText()
    assert '<img src="file:///etc/passwd">' in text
    assert "{ config }" in text  # {{ and }} are braces; nothing is a template
    assert "{% for x in y %}" in text
    assert text.rstrip().endswith("the Provider")


# ---------------------------------------------------------------------------------------------
# Every kind edited in the wizard's forms


def _type(qtbot: Any, line: Any, text: str) -> None:
    """Replace what a line edit holds by typing ``text`` (each key an edit, as a person types)."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def _save_uptime() -> Path:
    agreement = factories.agreement()
    uptime = agreement.service_levels.objectives[0]
    tiers = [t for t in agreement.consequences.credit_tiers if t.objective == uptime.id]
    entry = make_entry(EntryKind.OBJECTIVES, uptime, "Standard uptime", credit_tiers=tiers)
    path = save_entry(user_library_folder(), "uptime", entry)
    store().reload()
    return path


def test_a_party_edited_in_the_form_is_saved_as_a_new_version(
    library_window: LibraryWindow, qtbot: Any
) -> None:
    shown = library_window
    path = user_library_folder() / "parties" / "acme.json"
    assert shown.select("parties/acme@personal")
    assert shown.panel.content.currentWidget() is shown.panel.form
    assert shown.panel.stored is not None
    version = shown.panel.stored.hash
    name = _field(shown, "name")
    assert name.input.text() == "Acme GmbH"
    assert not shown.panel.save.isEnabled()
    _type(qtbot, name.input, "Acme Cloud GmbH")
    assert shown.panel.modified and shown.panel.save.isEnabled()
    shown.panel.save.click()
    entry = load_entry(path)
    assert entry.item.name == "Acme Cloud GmbH" and entry.item.id == "acme"
    stored = shown.panel.stored
    assert stored is not None and stored.entry_id == "acme" and stored.hash != version
    assert stored.hash in shown.panel.info.text()
    assert not shown.panel.modified and not shown.panel.save.isEnabled()
    assert _field(shown, "name").input.text() == "Acme Cloud GmbH"
    row = shown.tree.currentItem()
    assert row is not None and row.text(0) == "Acme Cloud GmbH"


def test_a_refused_value_shows_under_its_field_and_nothing_is_saved(
    window: MainWindow, qtbot: Any, dialog_log: Any
) -> None:
    path = _save_uptime()
    before = path.read_bytes()
    shown = window.show_library()
    assert isinstance(shown, LibraryWindow)
    assert shown.select("objectives/uptime")
    value = shown.panel.form.forms[0].editor("target").form.editor("value")
    _type(qtbot, value.input, "2000000000000")
    assert value.error_label.isVisibleTo(shown)
    assert "1000000000000" in value.error_label.text()
    assert shown.panel.modified  # what was typed is not lost unasked
    assert not shown.save_entry()
    assert path.read_bytes() == before
    assert "Not saved" in shown.panel.problem.text() and "Value" in shown.panel.problem.text()
    # Revert: the entry as the file has it, nothing refused any more.
    shown.panel.revert.click()
    value = shown.panel.form.forms[0].editor("target").form.editor("value")
    assert value.input.text() == "99.9" and not value.error_label.isVisibleTo(shown)
    assert not shown.panel.modified and not shown.panel.problem.isVisibleTo(shown)


def test_the_form_shows_the_entrys_own_problems_not_the_agreements(
    window: MainWindow, qtbot: Any
) -> None:
    _save_uptime()
    window.set_document(Document(Agreement(), parent=window))  # no party, no calendar
    shown = window.show_library()
    assert isinstance(shown, LibraryWindow)
    assert shown.select("objectives/uptime")
    form = shown.panel.form.forms[0]
    # The responsible party 'acme' is not in this agreement: its matter, not the entry's.
    party = form.editor("responsible_party")
    assert party.input.currentText() == "acme (missing)"
    assert not party.error_label.isVisibleTo(shown)
    errors = [
        e for e in shown.panel.form.findChildren(QLabel, "fieldError") if e.isVisibleTo(shown)
    ]
    assert errors == []
    unit = form.editor("target").form.editor("unit")
    unit.input.setCurrentIndex(unit.input.findData(TargetUnit.HOURS))
    assert unit.error_label.isVisibleTo(shown)
    assert "not hours" in unit.error_label.text()


def test_undo_and_redo_in_the_form(library_window: LibraryWindow, qtbot: Any) -> None:
    shown = library_window
    assert shown.select("parties/beta@team-library")
    name = _field(shown, "name")
    _type(qtbot, name.input, "Beta Sistemas SL")
    assert shown.panel.modified
    qtbot.keyClick(name.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.input.text() == "Beta SL"
    assert not shown.panel.modified and not shown.panel.save.isEnabled()
    qtbot.keyClick(
        name.input,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert name.input.text() == "Beta Sistemas SL"
    assert shown.panel.modified and shown.panel.save.isEnabled()


def test_leaving_an_entry_edited_in_the_form_asks_first(
    library_window: LibraryWindow, dialog_log: Any, qtbot: Any
) -> None:
    shown = library_window
    assert shown.select("parties/acme@personal")
    _type(qtbot, _field(shown, "name").input, "Acme Half")
    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.CANCEL
    shown.select("parties/beta@team-library")
    qtbot.waitUntil(lambda: shown.tree.currentItem() is shown._rows[0])  # back on acme
    name, args = dialog_log.calls[-1]
    assert name == "ask_unsaved"
    assert args == ("Acme GmbH", "Save the changes to “Acme GmbH” before showing another entry?")
    assert _field(shown, "name").input.text() == "Acme Half"
    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.SAVE
    assert shown.select("parties/beta@team-library")
    qtbot.waitUntil(
        lambda: shown.panel.stored is not None and shown.panel.stored.entry_id == "beta"
    )
    assert load_entry(user_library_folder() / "parties" / "acme.json").item.name == "Acme Half"
    assert _field(shown, "name").input.text() == "Beta SL"


def test_an_objectives_tier_edited_is_saved_with_it(window: MainWindow, qtbot: Any) -> None:
    path = _save_uptime()
    shown = window.show_library()
    assert isinstance(shown, LibraryWindow)
    assert shown.select("objectives/uptime")
    tiers = shown.panel.form.tiers
    assert tiers is not None
    tiers.list.setCurrentRow(1)
    credit = tiers.detail.editor("credit_percent")
    assert credit.input.text() == "25"
    assert not tiers.detail.editor("objective").isVisibleTo(shown)  # always the objective's
    _type(qtbot, credit.input, "30")
    # Renamed too: the tiers go with it.
    _type(qtbot, _field(shown, "id").input, "availability")
    assert shown.save_entry()
    entry = load_entry(path)
    assert isinstance(entry, ObjectiveEntry)
    assert entry.item.id == "availability"
    assert [(t.id, t.objective, t.credit_percent) for t in entry.credit_tiers] == [
        ("t1", "availability", Decimal(10)),
        ("t2", "availability", Decimal(30)),
        ("t3", "availability", Decimal(50)),
    ]


def test_close_and_esc_close_the_window_asking_about_edits(
    library_window: LibraryWindow, dialog_log: Any, qtbot: Any
) -> None:
    shown = library_window
    assert shown.select("parties/acme@personal")
    _type(qtbot, _field(shown, "name").input, "Acme Half")
    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.CANCEL
    shown.close_button.click()
    assert shown.isVisible()
    assert dialog_log.calls[-1] == ("ask_unsaved", ("Acme GmbH", None))
    qtbot.keyClick(shown.tree, Qt.Key.Key_Escape)
    assert shown.isVisible() and dialog_log.names().count("ask_unsaved") == 2
    dialog_log.answers["ask_unsaved"] = dialogs.Unsaved.DISCARD
    qtbot.keyClick(shown.tree, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    shown.show()
    qtbot.waitExposed(shown)
    assert not shown.panel.modified
    shown.close_button.click()
    assert not shown.isVisible()


def test_a_refused_clause_keeps_its_text_box_size(
    library_window: LibraryWindow, qtbot: Any
) -> None:
    shown = library_window
    assert shown.select("clauses/audit@personal")
    editor = shown.panel.clause
    text = editor.texts[Language.EN]
    qtbot.wait(10)
    height = text.height()
    assert height >= text.fontMetrics().lineSpacing() * 6
    text.setPlainText(" ".join(f"{{unknown_{i}}} {{provder}}" for i in range(30)))
    assert not shown.save_entry()
    assert shown.panel.problem.isVisibleTo(shown) and editor.problems.isVisibleTo(shown)
    assert "Not saved" in shown.panel.problem.text()
    qtbot.wait(10)
    assert text.height() == height


def test_undo_keys_reach_the_form_without_a_main_window(
    library: Path, qtbot: Any, dialog_log: Any
) -> None:
    """No main window, so none of its key handling: the form's own filter gives Ctrl+Z to the
    draft (a line edit would undo only its text), the description keeps its own undo."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    shown = LibraryWindow(factories.agreement, parent)
    shown.show()
    shown.activateWindow()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(shown.isActiveWindow)
    assert shown.select("parties/acme@personal")
    name = _field(shown, "name")
    name.input.setFocus()
    qtbot.keyClicks(name.input, " AG")
    assert shown.panel.modified
    qtbot.keyClick(name.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.input.text() == "Acme GmbH" and not shown.panel.modified
    shown.panel.description.setFocus()
    qtbot.keyClicks(shown.panel.description, "abc")
    assert shown.panel.modified
    qtbot.keyClick(shown.panel.description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.panel.description.toPlainText() == "" and not shown.panel.modified


def test_every_kind_opens_in_the_form_without_the_agreements_errors(
    window: MainWindow, qtbot: Any
) -> None:
    agreement = factories.agreement()
    window.set_document(Document(agreement, parent=window))
    user = user_library_folder()
    items = {
        EntryKind.PARTIES: agreement.parties[1],
        EntryKind.CONTACTS: agreement.parties[0].contacts[0],
        EntryKind.CALENDARS: agreement.service_levels.calendars[0],
        EntryKind.OBJECTIVES: agreement.service_levels.objectives[1],
        EntryKind.EXCLUSIONS: agreement.limitations.exclusions[0],
        EntryKind.RESPONSIBILITIES: agreement.responsibilities.items[0],
    }
    for kind, item in items.items():
        save_entry(user, f"{kind.value}-1", make_entry(kind, item))
    store().reload()
    shown = window.show_library()
    assert isinstance(shown, LibraryWindow)
    for kind, item in items.items():
        assert shown.select(f"{kind.value}/{kind.value}-1")
        form = shown.panel.form
        assert shown.panel.content.currentWidget() is form
        assert form.forms[0].model is type(item)
        errors = [e.text() for e in form.findChildren(QLabel, "fieldError") if e.isVisibleTo(form)]
        assert errors == [], kind
        assert not shown.panel.modified
    # A responsibility's owners tick the open agreement's parties.
    assert shown.select("responsibilities/responsibilities-1")
    owners = _field(shown, "owners").list
    ticked = [
        owners.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(owners.count())
        if owners.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert owners.count() == 2 and ticked == ["acme"]


@pytest.mark.parametrize("overwrite", [False, True])
def test_saving_over_an_entry_changed_on_disk_since_it_was_shown_asks_first(
    library_window: LibraryWindow, qtbot: Any, dialog_log: Any, overwrite: bool
) -> None:
    shown = library_window
    path = user_library_folder() / "parties" / "acme.json"
    assert shown.select("parties/acme@personal")
    _type(qtbot, _field(shown, "name").input, "Acme Cloud GmbH")
    # Meanwhile a git pull brings a teammate's description.
    save_entry(
        user_library_folder(),
        "acme",
        make_entry(EntryKind.PARTIES, Party(id="acme", name="Acme GmbH"), "Teammate's note"),
        replace=True,
    )
    theirs = path.read_bytes()
    asked: list[str] = []
    dialog_log.answers["confirm_overwrite_changed_entry"] = lambda name, where: (
        asked.append(where) or overwrite
    )
    assert shown.save_entry() is overwrite
    assert asked == [str(path)]
    if overwrite:
        assert load_entry(path).item.name == "Acme Cloud GmbH"
    else:
        assert path.read_bytes() == theirs
        assert shown.panel.modified  # the edits are still in the window
        assert _field(shown, "name").input.text() == "Acme Cloud GmbH"
