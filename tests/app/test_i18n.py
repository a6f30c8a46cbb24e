"""The Spanish UI: slawriter's catalogue (built with pyside6-lrelease) and Qt's own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLabel

from slawriter.app import application, i18n
from slawriter.app.forms import EnumEditor, ModelListEditor, TextEditor
from slawriter.app.main_window import MainWindow
from slawriter.bundled import resources_dir
from slawriter.model import Section

from .conftest import DialogLog

PRESETS = resources_dir() / "presets"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[Path]:
    """Spanish translations installed from a catalogue built from the .ts file, then removed."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    source = resources_dir() / "i18n" / "slawriter_es.ts"
    subprocess.run(
        [lrelease(), str(source), "-qm", str(folder / "slawriter_es.qm")],
        check=True,
        capture_output=True,
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = application.install_translations(
        app, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain), folder
    )
    yield folder
    for translator in installed:
        app.removeTranslator(translator)
    application.install_translations(app, QLocale(QLocale.Language.English), folder)


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
