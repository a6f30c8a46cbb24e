"""The Spanish UI: slawriter's catalogue (built with pyside6-lrelease) and Qt's own."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from slawriter.app import application
from slawriter.app.main_window import MainWindow
from slawriter.resources import resources_dir

from .conftest import DialogLog


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


def test_every_source_string_has_a_spanish_translation() -> None:
    text = (resources_dir() / "i18n" / "slawriter_es.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "Export contract as PDF" in text  # dialogs.py strings are in the catalogue
