"""The Spanish UI: slawriter's catalogue (built with pyside6-lrelease) and Qt's own."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from slawriter import cli
from slawriter.app import application, i18n
from slawriter.app.forms import DecimalEditor, EnumEditor, ModelListEditor, TextEditor
from slawriter.app.main_window import MainWindow
from slawriter.app.model_strings import MODEL_STRINGS
from slawriter.bundled import resources_dir
from slawriter.editing.field_errors import FieldErrorMessage
from slawriter.editing.presets import PresetChoice
from slawriter.model import Problem, Section
from slawriter.model.agreement import AgreementStatus
from slawriter.model.findings import ReadinessMessage
from slawriter.model.lifecycle import LifecycleError, LifecycleMessage, set_status
from slawriter.model.rules import RuleMessage
from slawriter.model.sections import place_words
from slawriter.model.types import Language, ValueMessage
from slawriter.storage import load_agreement, save_agreement

from .conftest import DialogLog
from .test_main_window import editor, type_into

PRESETS = resources_dir() / "presets"


@pytest.mark.process
def test_spanish_ui_loads(
    spanish: Path, make_window: Callable[..., MainWindow], dialog_log: DialogLog
) -> None:
    assert application.ui_language() == "es"
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Archivo" in menus and "&Editar" in menus
    assert window.export_action.text() == "&Exportar PDF…"
    assert window.wizard_bar.next.text() == "&Siguiente"
    assert window.wizard_bar.step.text().startswith("Paso 1 de 9")
    # Dialog strings are extractable now (no wrapper lupdate cannot see).
    assert QCoreApplication.translate("dialogs", "Unsaved changes") == "Cambios sin guardar"
    # Qt's own catalogue: standard buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def _catalogue(language: str) -> dict[tuple[str, str, str | None], str]:
    """(context, source, disambiguation) → translation of ``slawriter_<language>.ts``."""
    root = ET.parse(resources_dir() / "i18n" / f"slawriter_{language}.ts").getroot()
    out: dict[tuple[str, str, str | None], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            comment = message.find("comment")
            key = (name, message.findtext("source", ""), None if comment is None else comment.text)
            out[key] = message.findtext("translation", "")
    return out


def test_every_source_string_has_a_spanish_translation() -> None:
    text = (resources_dir() / "i18n" / "slawriter_es.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "Export contract as PDF" in text  # dialogs.py strings are in the catalogue
    catalogue = _catalogue("es")
    assert [key for key, translation in catalogue.items() if not translation.strip()] == []
    # The model's strings (model_strings.py) and the forms' own are in the catalogue.
    missing = [
        (text, disambiguation)
        for _, text, disambiguation in i18n.model_strings()
        if ("model", text, disambiguation) not in catalogue
    ]
    assert missing == [], "run make update-ts and translate the new strings"
    assert catalogue["model", "Service level objectives", None] == (
        "Objetivos de nivel de servicio"
    )
    assert catalogue["model", "Credit tier", None] == "Tramo de crédito"
    assert catalogue["forms", "Add", None] == "Añadir"
    assert catalogue["helpers", "Item {0}", None] == "Elemento {0}"
    # Translations keep their placeholders.
    for (context, source, _), translation in catalogue.items():
        for placeholder in ("{0}", "{1}", "{2}", "%1", "%2", "%3", "%4"):
            assert (placeholder in source) == (placeholder in translation), (context, source)


def test_model_strings_are_current() -> None:
    """model_strings.py lists every title, description, enum label and section label."""
    assert not i18n.is_stale(), (
        "the model changed: run python -m slawriter.app.i18n --write (make model-strings), "
        "then make update-ts and translate the new strings"
    )


@pytest.mark.process
def test_model_strings_check_finds_every_table_on_its_own() -> None:
    """As ``make model-strings`` runs it, in a fresh process where no test imported the model."""
    done = subprocess.run(
        [sys.executable, "-m", "slawriter.app.i18n", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_model_strings_cover_every_model_reachable_from_the_agreement() -> None:
    texts = {text for _, text, _ in i18n.model_strings()}
    assert {section.label for section in Section} <= texts
    assert {"Measurement method", "How the value is computed from the data."} <= texts
    assert {"Signatories", "Credit tier", "Breach consequences"} <= texts
    assert ("Other", "ExclusionKind") in {(t, d) for _, t, d in i18n.model_strings()}
    names = {model.__name__ for model in i18n.reachable_models()}
    assert {"Agreement", "Objective", "CreditTier", "WorkingPeriod", "Signatory"} <= names


def _objectives(window: MainWindow, tmp_path: Path) -> ModelListEditor:
    path = tmp_path / "customer-support.sla.json"
    shutil.copyfile(PRESETS / "customer-support.sla.json", path)
    assert window.open_path(path)
    window.go_to(("service_levels", "objectives", 0, "name"))
    objectives = window.pages[Section.OBJECTIVES].forms[0].editor("objectives")
    assert isinstance(objectives, ModelListEditor)
    return objectives


def _labels(window: MainWindow, section: Section) -> list[str]:
    return [label.text() for label in window.pages[section].findChildren(QLabel)]


@pytest.mark.process
def test_forms_and_sections_in_spanish(
    spanish: Path, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    objectives = _objectives(window, tmp_path)
    # The section list and the page heading.
    assert window.section_list.item(3).text() == "4. Objetivos de nivel de servicio"
    assert window.section_list.item(5).text() == "6. Consecuencias del incumplimiento"
    assert "Objetivos de nivel de servicio" in _labels(window, Section.OBJECTIVES)
    # Field labels, a tooltip and an accessible name.
    labels = _labels(window, Section.OBJECTIVES)
    assert {"Métrica:", "Método de medición:", "Fuente de datos:"} <= set(labels)
    method = objectives.detail.editor("measurement_method")
    assert method.focus_widget.toolTip() == "Cómo se calcula el valor a partir de los datos."
    assert method.focus_widget.accessibleName() == "Método de medición"
    data_source = objectives.detail.editor("data_source")
    assert isinstance(data_source, TextEditor)
    assert data_source.input.accessibleName() == "Fuente de datos"
    # An enum combo box.
    metric = objectives.detail.editor("metric")
    assert isinstance(metric, EnumEditor)
    choices = [metric.input.itemText(i) for i in range(metric.input.count())]
    assert "Disponibilidad" in choices and "Tiempo de primera respuesta" in choices
    assert metric.input.currentText() == "Tiempo de primera respuesta"
    # The list's group box, buttons and detail heading.
    assert objectives.box.title() == "Objetivos"
    assert objectives.buttons.add.text() == "Añadir"
    assert objectives.buttons.remove.toolTip() == "Quitar el elemento seleccionado (objetivo)"
    assert objectives.detail_title.text().startswith("Objetivo 1 · ")
    # Consequences: credit tiers and their sentence.
    assert "Tramos de crédito de servicio" in [
        box.title() for box in window.pages[Section.CONSEQUENCES].findChildren(QGroupBox)
    ]
    # The same label in two enums may be translated differently.
    exclusions = [
        combo.itemText(i)
        for combo in window.pages[Section.LIMITATIONS].findChildren(QComboBox)
        for i in range(combo.count())
    ]
    assert "Fuerza mayor" in exclusions and "Otra" in exclusions


def test_forms_and_sections_in_english(window: MainWindow, tmp_path: Path) -> None:
    objectives = _objectives(window, tmp_path)
    assert window.section_list.item(3).text() == "4. Service level objectives"
    assert {"Metric:", "Measurement method:"} <= set(_labels(window, Section.OBJECTIVES))
    method = objectives.detail.editor("measurement_method")
    assert method.focus_widget.toolTip() == "How the value is computed from the data."
    metric = objectives.detail.editor("metric")
    assert isinstance(metric, EnumEditor)
    assert metric.input.currentText() == "First response time"
    assert objectives.buttons.remove.toolTip() == "Remove the selected objective"
    assert objectives.detail_title.text().startswith("Objective 1 · ")


# -- the model's messages: findings, rule problems, field errors, places ----------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_model_strings_list_every_message_template() -> None:
    """A template the model adds must be in model_strings.py (and so in the .ts files)."""
    tables = set(i18n.message_tables())
    assert {RuleMessage, ReadinessMessage, LifecycleMessage, ValueMessage} <= tables
    assert FieldErrorMessage in tables
    listed = set(MODEL_STRINGS)
    missing = [t.value for table in tables for t in table if t.value not in listed]
    assert missing == [], "run python -m slawriter.app.i18n --write (make model-strings)"
    assert set(place_words()) <= listed


def test_every_model_message_has_a_spanish_translation() -> None:
    catalogue = _catalogue("es")
    for table in i18n.message_tables():
        for template in table:
            key = ("model", template.value, None)
            assert key in catalogue, f"{template!r}: run make update-ts and translate it"
            translation = catalogue[key]
            assert translation.strip(), template
            # Every value the translation names exists; it names them all but pydantic's
            # English detail ({error}) and its Python class name ({class_name}), which a
            # translation may leave out.
            source = _placeholders(template.value)
            assert _placeholders(translation) <= source, (template, translation)
            left_out = source - _placeholders(translation)
            assert left_out <= {"error", "class_name"}, (template, translation)


def _blank_window_messages(window: MainWindow, qtbot: QtBot) -> dict[str, str]:
    """What a new agreement shows: Next's reason, a page's findings, errors beside fields."""
    shown = {"next": window.wizard_bar.blocked.text()}
    parties = editor(window, Section.PARTIES, "parties")
    shown["rule"] = parties.error_label.text()
    page = window.pages[Section.PARTIES]
    page.refresh()
    shown["findings"] = page.findings_label.text()
    window.document.insert_item(("parties",), 0, {"id": "acme"})
    ident = editor(window, Section.PARTIES, "parties", 0, "id")
    assert isinstance(ident, TextEditor)
    type_into(qtbot, ident, "Acme Corp")
    shown["id"] = ident.error_label.text()
    cap = editor(window, Section.CONSEQUENCES, "credit_cap_percent")
    assert isinstance(cap, DecimalEditor)
    type_into(qtbot, cap, "150")
    shown["bound"] = cap.error_label.text()
    # Typed key by key: "15" is taken, "150" is refused and stays in the field.
    assert window.document.agreement.consequences.credit_cap_percent == Decimal(15)
    return shown


@pytest.mark.process
def test_messages_in_spanish_where_the_user_sees_them(
    spanish: Path, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    shown = _blank_window_messages(make_window(), qtbot)
    assert shown["next"] == (
        "Para continuar: un acuerdo necesita al menos dos partes; este tiene 0; "
        "el acuerdo no tiene título; no hay fecha de entrada en vigor: ¿desde cuándo se aplica?"
    )
    assert shown["rule"] == "⚠ un acuerdo necesita al menos dos partes; este tiene 0"
    assert "Acuerdo › Título</a>: el acuerdo no tiene título" in shown["findings"]
    assert "no hay fecha de entrada en vigor: ¿desde cuándo se aplica?" in shown["findings"]
    assert shown["id"] == "⚠ use minúsculas, cifras y guiones (p. ej. p1-first-response)"
    assert shown["bound"] == "⚠ el máximo es 100"


def test_messages_in_english_are_the_models_own(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    shown = _blank_window_messages(make_window(), qtbot)
    assert shown["next"] == (
        "To continue: an agreement needs at least two parties; it has 0; "
        "the agreement has no title; no effective date: from when does it apply?"
    )
    assert shown["rule"] == "⚠ an agreement needs at least two parties; it has 0"
    assert "Agreement › Title</a>: the agreement has no title" in shown["findings"]
    assert "no effective date: from when does it apply?" in shown["findings"]
    assert shown["id"] == "⚠ use lowercase letters, digits and hyphens (e.g. p1-first-response)"
    assert shown["bound"] == "⚠ Input should be less than or equal to 100"


def _review_with_findings(window: MainWindow, tmp_path: Path) -> str:
    """The review of a preset without an effective date and with days on a monthly window."""
    path = tmp_path / "customer-support.sla.json"
    shutil.copyfile(PRESETS / "customer-support.sla.json", path)
    assert window.open_path(path)
    window.document.set_value(("agreement", "effective_date"), None)
    window.document.set_value(
        ("service_levels", "objectives", 0, "window"), {"kind": "month", "days": 5}
    )
    window.section_list.setCurrentRow(window.section_list.count() - 1)
    review = window.review_page
    assert review is not None and window.stack.currentWidget() is review
    return review.findings_label.text()


@pytest.mark.process
def test_the_review_in_spanish(
    spanish: Path, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    text = _review_with_findings(make_window(), tmp_path)
    assert "<h4>Acuerdo y partes</h4>" in text
    assert (
        "Acuerdo › Fecha de entrada en vigor</a>: "
        "no hay fecha de entrada en vigor: ¿desde cuándo se aplica?"
    ) in text
    # A place with a list item (named as typed) and a message with an enum choice in it.
    assert (
        "Objetivos de nivel de servicio › Objetivos › Objetivo 1 “First Response Time” › "
        "Periodo de medición › Días</a>: "
        "los días solo se indican en un periodo móvil, no en uno de tipo «mes natural»"
    ) in text


def test_the_review_in_english(window: MainWindow, tmp_path: Path) -> None:
    text = _review_with_findings(window, tmp_path)
    assert "Agreement › Effective date</a>: no effective date: from when does it apply?" in text
    assert (
        "Service level objectives › Objectives › Objective 1 “First Response Time” › "
        "Measured over › Days</a>: days are only for a rolling window, not a month window"
    ) in text


@pytest.mark.process
def test_the_command_line_stays_english_beside_a_spanish_ui(spanish: Path, tmp_path: Path) -> None:
    agreement = load_agreement(PRESETS / "customer-support.sla.json")
    agreement.agreement.effective_date = None
    path = tmp_path / "draft.sla.json"
    save_agreement(agreement, path)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["check", str(path)], out, err) == cli.EXIT_FINDINGS
    assert (
        f"{path}: error: Agreement & parties › Agreement › Effective date: "
        "no effective date: from when does it apply?"
    ) in out.getvalue()


@pytest.mark.process
def test_a_refused_lifecycle_step_in_spanish(spanish: Path) -> None:
    signed = load_agreement(PRESETS / "customer-support.sla.json").model_copy(deep=True)
    signed.signoff.status = AgreementStatus.SIGNED
    at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(LifecycleError) as refused:
        set_status(signed, AgreementStatus.DRAFT, by="Ana", at=at)
    assert i18n.message_tr(refused.value) == (
        "un acuerdo en estado «firmado» no puede pasar a «borrador»; estados permitidos: "
        "sustituido (para cambiar un acuerdo firmado, inicie una nueva revisión)"
    )
    assert str(refused.value) == (
        "an agreement that is signed cannot become draft; allowed: superseded "
        "(start a new revision to change a signed agreement)"
    )


def test_a_broken_translation_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = SimpleNamespace(translate=lambda *_: "{nothing} de {count}")
    monkeypatch.setattr(i18n, "QCoreApplication", broken)
    problem = Problem(("parties",), RuleMessage.TOO_FEW_PARTIES, {"count": 1})
    assert i18n.message_tr(problem) == "an agreement needs at least two parties; it has 1"
    assert "broken translation" in caplog.text
    for record in caplog.records:
        record.expected = True  # type: ignore[attr-defined]


@pytest.mark.process
def test_a_definitions_term_is_not_the_agreements_term_in_spanish(
    qapp: QApplication, spanish: Path
) -> None:
    """Both were titled "Term": the defined word of a definition showed as "Duración"."""
    data = load_agreement(PRESETS / "saas-availability.sla.json")
    assert data.governance.definitions, "the preset has definitions"
    place = i18n.place_tr(("governance", "definitions", 0, "term"), data)
    assert place.endswith("Término definido"), place
    assert "Duración" not in place


@pytest.mark.process
def test_in_spanish_the_new_gallery_and_a_blank_contract_are_spanish(
    spanish: Path, make_window: Callable[..., MainWindow], dialog_log: DialogLog
) -> None:
    window = make_window()
    assert window.document.agreement.agreement.language == Language.ES
    offered: list[PresetChoice] = []

    def choose(presets: list[PresetChoice]) -> str:
        offered.extend(presets)
        return ""

    dialog_log.answers["choose_new"] = choose
    assert window.new_document()
    assert window.document.agreement.agreement.language == Language.ES
    by_name = {p.name: p for p in offered}
    assert by_name["customer-support"].title == "Soporte al cliente"
    assert by_name["customer-support"].description.startswith("SLA de soporte al cliente")


def test_in_english_a_blank_contract_is_english(window: MainWindow) -> None:
    assert window.document.agreement.agreement.language == Language.EN


@pytest.mark.process
def test_the_section_names_fit_their_column_in_spanish(
    spanish: Path, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.show()
    names = window.section_list
    widest = names.sizeHintForColumn(0)
    assert window.splitter.sizes()[0] >= widest, "no name is cut at the start"
    assert not names.horizontalScrollBar().isVisible()


@pytest.mark.process
def test_an_untitled_agreement_and_its_autosave_in_spanish(
    spanish: Path, make_window: Callable[..., MainWindow]
) -> None:
    from slawriter.app.recovery import RecoveredCopy

    window = make_window()
    assert window.windowTitle() == "Acuerdo sin título[*] — slawriter"
    copy = RecoveredCopy(
        key="k",
        folder=Path(),
        original=None,
        title="",
        saved_at="2026-11-26T09:05:00",
        original_digest="",
    )
    described = copy.describe()
    assert described.startswith("Acuerdo sin título (guardado automáticamente el ")
    assert "26" in described and "9:05" in described, described
