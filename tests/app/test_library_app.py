"""The library in the app (issue 15): insert from a library and undo it, save an item to a
library (the file written, the source remembered, an existing entry replaced only when the user
says so), update from a library and undo it, a signed agreement refused with its reason."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from slawriter.app.document import Document
from slawriter.app.forms import ModelListEditor
from slawriter.app.library import EntryPicker, SaveEntryDialog, SaveRequest, store
from slawriter.app.main_window import MainWindow
from slawriter.model import Section
from slawriter.model.agreement import (
    AgreementStatus,
    Contact,
    EntryKind,
    Party,
    PartyRole,
    SignOffMethod,
)
from slawriter.model.library import entry_hash, make_entry
from slawriter.services.library import USER_LIBRARY, user_library_folder
from slawriter.services.lifecycle import record_sign_off, set_status
from slawriter.storage.library import load_entry, save_entry
from tests import factories


def _acme(name: str = "Acme Hosting GmbH") -> Any:
    party = Party(
        id="acme",
        name=name,
        role=PartyRole.PROVIDER,
        address="Hauptstraße 1\n10115 Berlin",
        contacts=[Contact(name="Eva Weber", email="eva@acme.example")],
    )
    return make_entry(EntryKind.PARTIES, party, "Our own company, for every customer SLA")


def _list_editor(window: MainWindow, section: Section, name: str) -> ModelListEditor:
    window.go_to(
        {Section.PARTIES: ("parties",), Section.OBJECTIVES: ("service_levels", "objectives")}[
            section
        ]
    )
    page = window.pages[section]
    for form in page.forms:
        for editor in form.editors:
            if editor.spec.name == name and isinstance(editor, ModelListEditor):
                return editor
    raise AssertionError(name)


@pytest.fixture
def agreement_window(window: MainWindow) -> MainWindow:
    window.set_document(Document(factories.agreement(), parent=window))
    return window


def test_insert_from_library_is_one_step_that_ctrl_z_undoes(
    agreement_window: MainWindow, dialog_log: Any, qtbot: Any
) -> None:
    window = agreement_window
    save_entry(user_library_folder(), "acme-hosting", _acme())
    before = window.document.agreement
    parties = _list_editor(window, Section.PARTIES, "parties")
    assert parties.buttons.from_library is not None
    offered: list[list[str]] = []

    def pick(kind: EntryKind, entries: list[Any], _language: Any) -> Any:
        assert kind is EntryKind.PARTIES
        offered.append([e.reference for e in entries])
        return entries[0]

    dialog_log.answers["choose_library_entry"] = pick
    dialog_log.answers["ask_same_id"] = "copy"  # the agreement has a party 'acme' already
    parties.buttons.from_library.click()
    assert offered == [["parties/acme-hosting"]]
    assert ("ask_same_id", ("Acme Hosting GmbH", "Acme Hosting S.L.")) in dialog_log.calls
    after = window.document.agreement
    assert len(after.parties) == len(before.parties) + 1
    inserted = after.parties[-1]
    assert (inserted.name, inserted.contacts[0].name) == ("Acme Hosting GmbH", "Eva Weber")
    assert inserted.source is not None
    assert (inserted.source.library, inserted.source.entry) == (USER_LIBRARY, "acme-hosting")
    assert parties.current_row() == len(after.parties) - 1  # the new party is shown
    assert window.undo_action.text() == "&Undo Insert “Acme Hosting GmbH” from the library"
    window.activateWindow()
    focused = QApplication.focusWidget() or parties.list
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.agreement == before  # the party and its contact, in one step


def test_a_contact_goes_into_the_party_it_is_inserted_in(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    contact = make_entry(EntryKind.CONTACTS, Contact(name="Service desk", phone="+34 900 1"))
    save_entry(user_library_folder(), "service-desk", contact)
    parties = _list_editor(window, Section.PARTIES, "parties")
    parties.select(1)
    contacts = parties.detail.editor("contacts")
    assert isinstance(contacts, ModelListEditor) and contacts.buttons.from_library is not None
    dialog_log.answers["choose_library_entry"] = lambda _kind, entries, _lang: entries[0]
    before = list(window.document.agreement.parties[1].contacts)
    contacts.buttons.from_library.click()
    assert window.document.agreement.parties[1].contacts[-1].name == "Service desk"
    assert len(window.document.agreement.parties[1].contacts) == len(before) + 1
    assert (
        window.document.agreement.parties[0].contacts == factories.agreement().parties[0].contacts
    )


def test_cancelling_the_picker_changes_nothing(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    before = window.document.agreement
    dialog_log.answers["choose_library_entry"] = None
    parties = _list_editor(window, Section.PARTIES, "parties")
    assert not parties.insert_from_library()
    assert window.document.agreement == before
    assert not window.document.undo_stack.canUndo()


def test_the_picker_lists_entries_with_library_description_and_language_and_searches(
    qtbot: Any, tmp_path: Path
) -> None:
    from slawriter.model.agreement import Clause, Language
    from slawriter.model.library import ClauseText
    from slawriter.storage.library import read_library

    team = tmp_path / "legal-team"
    save_entry(team, "acme-hosting", _acme())
    save_entry(team, "beta", make_entry(EntryKind.PARTIES, Party(id="beta", name="Beta SL")))
    clause = make_entry(
        EntryKind.CLAUSES,
        Clause(id="audit", title="Audit", text="The {customer} may audit."),
        "Audit right",
        language=Language.EN,
        translations=[ClauseText(language=Language.ES, title="Auditoría", text="...")],
    )
    save_entry(team, "audit", clause)
    entries = read_library(team).entries
    parties = [e for e in entries if e.kind is EntryKind.PARTIES]
    picker = EntryPicker(EntryKind.PARTIES, parties, Language.EN)
    qtbot.addWidget(picker)
    row = picker.rows[0]
    assert [row.text(i) for i in range(3)] == [
        "Acme Hosting GmbH",
        "legal-team",
        "Our own company, for every customer SLA",
    ]
    picker.search.setText("customer acme")
    assert [e.entry_id for e in picker.visible_entries()] == ["acme-hosting"]
    picker.search.setText("beta")
    assert picker.chosen() is not None and picker.chosen().entry_id == "beta"  # type: ignore[union-attr]
    picker.search.setText("nothing like this")
    assert picker.chosen() is None
    clauses = EntryPicker(
        EntryKind.CLAUSES, [e for e in entries if e.kind is EntryKind.CLAUSES], Language.EN
    )
    qtbot.addWidget(clauses)
    assert clauses.rows[0].text(3) == "English, Spanish"


def test_save_to_library_writes_the_entry_and_the_item_remembers_it(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    objectives = _list_editor(window, Section.OBJECTIVES, "objectives")
    objectives.select(0)
    uptime = window.document.agreement.service_levels.objectives[0]
    folder = user_library_folder()
    dialog_log.answers["save_library_entry"] = lambda kind, targets, suggested: (
        SaveRequest(USER_LIBRARY, folder, suggested, "Standard uptime with credits")
        if (kind, targets[0], suggested)
        == (EntryKind.OBJECTIVES, (USER_LIBRARY, folder), uptime.id)
        else None
    )
    assert objectives.buttons.to_library is not None
    objectives.buttons.to_library.click()
    path = folder / "objectives" / f"{uptime.id}.json"
    entry = load_entry(path)
    assert entry.description == "Standard uptime with credits"
    assert entry.item.name == uptime.name
    tiers = [
        t for t in window.document.agreement.consequences.credit_tiers if t.objective == uptime.id
    ]
    assert len(entry.credit_tiers) == len(tiers) > 0  # type: ignore[union-attr]
    source = window.document.agreement.service_levels.objectives[0].source
    assert source is not None
    assert (source.library, source.kind, source.entry) == (
        USER_LIBRARY,
        EntryKind.OBJECTIVES,
        uptime.id,
    )
    assert source.hash == entry_hash(entry)
    # The item is the entry's version: nothing to update.
    assert window.pages[Section.OBJECTIVES]._outdated == []


def test_save_to_library_replaces_an_entry_only_when_the_user_confirms(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    folder = user_library_folder()
    path = save_entry(folder, "our-company", _acme("Someone Else Ltd"))
    before = path.read_bytes()
    parties = _list_editor(window, Section.PARTIES, "parties")
    parties.select(0)
    dialog_log.answers["save_library_entry"] = SaveRequest(USER_LIBRARY, folder, "our-company", "")
    dialog_log.answers["confirm_replace_entry"] = False
    assert not parties.save_to_library()
    assert path.read_bytes() == before
    assert window.document.agreement.parties[0].source is None
    assert ("confirm_replace_entry", ("parties/our-company", USER_LIBRARY)) in dialog_log.calls
    dialog_log.answers["confirm_replace_entry"] = True
    assert parties.save_to_library()
    assert load_entry(path).item.name == window.document.agreement.parties[0].name
    assert window.document.agreement.parties[0].source is not None
    # No description typed: the replaced entry's stays.
    assert load_entry(path).description == "Our own company, for every customer SLA"


def test_the_save_dialog_refuses_an_id_that_cannot_be_a_file_name(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = SaveEntryDialog(EntryKind.PARTIES, [(USER_LIBRARY, tmp_path)], "acme")
    qtbot.addWidget(dialog)
    dialog.entry_id.setText("Acme GmbH!")
    dialog.accept()
    assert dialog.result() == 0  # not accepted
    assert "'Acme GmbH!' cannot be an entry ID" in dialog.problem.text()
    assert not dialog.problem.isHidden()


def _inserted_then_changed(window: MainWindow, dialog_log: Any) -> Any:
    folder = user_library_folder()
    save_entry(folder, "acme-hosting", _acme())
    dialog_log.answers["choose_library_entry"] = lambda _k, entries, _l: entries[0]
    dialog_log.answers["ask_same_id"] = "copy"
    parties = _list_editor(window, Section.PARTIES, "parties")
    parties.insert_from_library()
    save_entry(folder, "acme-hosting", _acme("Acme Hosting SE"), replace=True)
    store().reload()
    return parties


def test_update_from_library_shows_the_difference_and_is_one_undo_step(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    _inserted_then_changed(window, dialog_log)
    page = window.pages[Section.PARTIES]
    before = window.document.agreement
    assert [o.changes for o in page._outdated] == [
        ["Legal name or department: “Acme Hosting GmbH” → “Acme Hosting SE”"]
    ]
    shown = page.findings_label.text()
    assert "Acme Hosting GmbH” → “Acme Hosting SE" in shown.replace("&quot;", '"')
    assert "Update from library" in shown
    page._link("update:0")
    party = window.document.agreement.parties[-1]
    assert party.name == "Acme Hosting SE"
    assert party.source is not None and party.source.hash == store().libraries().entries[0].hash
    assert page._outdated == []
    window.undo_action.trigger()
    assert window.document.agreement == before
    assert len(page._outdated) == 1  # the older version again, and it says so


def test_a_signed_agreement_is_not_updated_and_the_user_is_told_why(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    _inserted_then_changed(window, dialog_log)
    a = window.document.agreement
    for status in (AgreementStatus.IN_REVIEW, AgreementStatus.APPROVED):
        a = set_status(a, status, by="Ana Ruiz")
    for signatory in a.signoff.signatories:
        a = record_sign_off(a, signatory.id, method=SignOffMethod.INK, by="Ana Ruiz")
    a = set_status(a, AgreementStatus.SIGNED, by="Ana Ruiz")
    window.set_document(Document(a, parent=window))
    window.go_to(("parties",))
    page = window.pages[Section.PARTIES]
    assert len(page._outdated) == 1
    errors: list[list[str]] = []
    dialog_log.answers["show_error"] = lambda _title, lines: errors.append(lines)
    assert not page.update_from_library(0)
    assert window.document.agreement == a
    assert len(errors) == 1 and "was not updated" in errors[0][0] and "signed" in errors[0][0]


def test_an_objective_updated_from_the_library_brings_its_credit_tiers(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    folder = user_library_folder()
    objectives = _list_editor(window, Section.OBJECTIVES, "objectives")
    objectives.select(0)
    dialog_log.answers["save_library_entry"] = lambda _k, _t, suggested: SaveRequest(
        USER_LIBRARY, folder, suggested, ""
    )
    objectives.save_to_library()
    uptime = window.document.agreement.service_levels.objectives[0]
    entry = load_entry(folder / "objectives" / f"{uptime.id}.json")
    tiers = [t.model_copy(update={"credit_percent": Decimal(30)}) for t in entry.credit_tiers]  # type: ignore[union-attr]
    save_entry(folder, uptime.id, entry.model_copy(update={"credit_tiers": tiers}), replace=True)
    store().reload()
    page = window.pages[Section.OBJECTIVES]
    assert page._outdated and any("→ 30" in c for c in page._outdated[0].changes)
    before = window.document.agreement
    assert page.update_from_library(0)
    credits = {
        t.credit_percent
        for t in window.document.agreement.consequences.credit_tiers
        if t.objective == uptime.id
    }
    assert credits == {Decimal(30)}
    window.undo_action.trigger()
    assert window.document.agreement == before


def test_the_library_speaks_spanish_in_the_spanish_ui(
    spanish: Path, make_window: Any, dialog_log: Any
) -> None:
    window = make_window()
    window.set_document(Document(factories.agreement(), parent=window))
    parties = _inserted_then_changed(window, dialog_log)
    assert parties.buttons.from_library is not None
    assert parties.buttons.from_library.text() == "De la biblioteca…"
    page = window.pages[Section.PARTIES]
    shown = page.findings_label.text()
    assert "Actualizar desde la biblioteca" in shown
    assert page._outdated[0].changes == [
        "Razón social o departamento: “Acme Hosting GmbH” → “Acme Hosting SE”"
    ]
    assert "Legal name" not in shown


def test_the_picker_reads_the_libraries_again_only_when_a_folder_changed(
    agreement_window: MainWindow, dialog_log: Any, tmp_path: Path
) -> None:
    from slawriter.services.library import save_team_library_folders

    team = tmp_path / "team"
    save_entry(team, "beta", make_entry(EntryKind.PARTIES, Party(id="beta", name="Beta SL")))
    save_team_library_folders([team])
    store().reload()
    generation = store().generation
    offered: list[list[str]] = []
    dialog_log.answers["choose_library_entry"] = lambda _k, entries, _l: offered.append(
        [e.reference for e in entries]
    )
    parties = _list_editor(agreement_window, Section.PARTIES, "parties")
    parties.insert_from_library()
    assert store().generation == generation  # nothing changed: nothing read
    save_entry(team, "gamma", make_entry(EntryKind.PARTIES, Party(id="gamma", name="Gamma")))
    parties.insert_from_library()
    assert store().generation == generation + 1
    assert offered == [["parties/beta"], ["parties/beta", "parties/gamma"]]


def test_an_item_whose_entry_is_gone_says_so_and_the_review_lists_outdated_items(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    from slawriter.storage.library import remove_entry

    window = agreement_window
    _inserted_then_changed(window, dialog_log)
    window.review_page.refresh()  # type: ignore[union-attr]
    review = window.review_page
    assert review is not None and len(review.outdated) == 1
    assert "From the libraries" in review.findings_label.text()
    review._link("item:0")
    assert window.current_section() is Section.PARTIES
    remove_entry(user_library_folder(), EntryKind.PARTIES, "acme-hosting")
    store().reload()
    page = window.pages[Section.PARTIES]
    assert page._outdated == []
    assert "which none of the libraries in use holds" in page.findings_label.text()


def test_an_item_is_saved_to_a_team_library_but_never_into_a_folder_that_is_gone(
    agreement_window: MainWindow, dialog_log: Any, tmp_path: Path
) -> None:
    from slawriter.services.library import save_team_library_folders

    team, gone = tmp_path / "acme-legal", tmp_path / "unmounted"
    team.mkdir()
    save_team_library_folders([team, gone])
    store().reload()
    offered: list[list[tuple[str, Path]]] = []

    def answer(_kind: EntryKind, targets: list[tuple[str, Path]], suggested: str) -> SaveRequest:
        offered.append(targets)
        return SaveRequest(*targets[1], suggested, "")

    dialog_log.answers["save_library_entry"] = answer
    parties = _list_editor(agreement_window, Section.PARTIES, "parties")
    parties.select(0)
    assert parties.save_to_library()
    assert offered == [[(USER_LIBRARY, user_library_folder()), ("acme-legal", team)]]
    party = agreement_window.document.agreement.parties[0]
    assert load_entry(team / "parties" / f"{party.id}.json").item.name == party.name
    assert party.source is not None and party.source.library == "acme-legal"
    assert not gone.exists()


@pytest.mark.parametrize("replace", [False, True])
def test_updating_an_item_changed_here_asks_before_replacing_those_changes(
    agreement_window: MainWindow, dialog_log: Any, replace: bool
) -> None:
    window = agreement_window
    _inserted_then_changed(window, dialog_log)
    index = len(window.document.agreement.parties) - 1
    window.document.set_value(("parties", index, "address"), "Unter den Linden 5, Berlin")
    asked: list[tuple[str, bool]] = []
    dialog_log.answers["confirm_replace_local_edits"] = lambda name, known: (
        asked.append((name, known)) or replace
    )
    page = window.pages[Section.PARTIES]
    before = window.document.agreement
    assert page.update_from_library(0) is replace
    assert asked == [(asked[0][0], True)] and "Acme Hosting" in asked[0][0]
    party = window.document.agreement.parties[index]
    if replace:
        assert (party.name, party.address) == ("Acme Hosting SE", "Hauptstraße 1\n10115 Berlin")
    else:
        assert window.document.agreement == before


@pytest.mark.parametrize("choice", ["replace", None])
def test_an_entry_with_an_id_the_agreement_uses_replaces_that_item_or_nothing(
    agreement_window: MainWindow, dialog_log: Any, choice: str | None
) -> None:
    window = agreement_window
    save_entry(user_library_folder(), "acme-hosting", _acme())
    before = window.document.agreement
    dialog_log.answers["choose_library_entry"] = lambda _k, entries, _l: entries[0]
    dialog_log.answers["ask_same_id"] = choice
    parties = _list_editor(window, Section.PARTIES, "parties")
    parties.insert_from_library()
    after = window.document.agreement
    if choice is None:
        assert after == before
        return
    assert [p.id for p in after.parties] == [p.id for p in before.parties]  # no copy
    assert (after.parties[0].id, after.parties[0].name) == ("acme", "Acme Hosting GmbH")
    assert after.parties[0].source is not None
    window.undo_action.trigger()
    assert window.document.agreement == before


def test_the_status_bar_counts_an_item_using_an_older_entry_as_check_does(
    agreement_window: MainWindow, dialog_log: Any
) -> None:
    window = agreement_window
    assert window.summary.text() == "Ready to send: no errors or warnings."
    _inserted_then_changed(window, dialog_log)  # the entry changed after it was inserted
    window.navigation.update_section_states()
    from slawriter.model import Severity

    own = [f for f in window.document.findings() if f.severity is Severity.WARNING]
    assert window.summary.text() == f"0 errors, {len(own) + 1} warnings before this can be sent."
