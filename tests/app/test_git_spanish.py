"""The conflict choice, File › History… and the library's change lists in the Spanish UI: every
word the model or git's wrapper says, translated; names and values as they were typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from slawriter.app.conflicts import ConflictDialog
from slawriter.app.i18n import message_tr
from slawriter.app.main_window import MainWindow
from slawriter.model.library import library_findings
from slawriter.storage import save_agreement
from slawriter.storage.merge import read_conflicts
from tests import factories
from tests.app.conftest import DialogLog
from tests.app.test_conflicts import merged  # noqa: F401  (the fixture)
from tests.editing.test_library_edits import _with_older_uptime
from tests.services.test_history import history_repo

pytestmark = pytest.mark.process


@pytest.mark.usefixtures("spanish")
def test_the_conflict_dialog_in_spanish(qtbot: QtBot, merged: Path) -> None:  # noqa: F811
    data, conflicts = read_conflicts(merged)
    dialog = ConflictDialog(merged, data, conflicts)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]  # type: ignore[union-attr]
    assert headers == [
        "Campo",
        "Antes de la fusión",
        "La nuestra (esta rama)",
        "La suya (la fusionada)",
    ]
    assert dialog.table.item(0, 0).text() == "Acuerdo › Título"  # type: ignore[union-attr]
    assert dialog.table.item(1, 0).text().startswith("Objetivos de nivel de servicio")  # type: ignore[union-attr]
    assert dialog.windowTitle() == f"Conflictos de fusión en {merged.name}"
    assert dialog.all_theirs.text() == "Todas las &suyas"


@pytest.mark.usefixtures("spanish")
def test_history_says_why_it_is_disabled_in_spanish(window: MainWindow, tmp_path: Path) -> None:
    alone = tmp_path / "solo.sla.json"
    save_agreement(factories.agreement(), alone)
    assert window.open_path(alone)
    assert not window.history_action.isEnabled()
    assert window.history_action.statusTip() == (
        f"{alone}: no está en un repositorio git, así que git no tiene historial suyo"
    )


@pytest.mark.usefixtures("spanish")
def test_the_library_change_list_in_spanish() -> None:
    document, _old, new = _with_older_uptime()
    (finding,) = library_findings(document.agreement, lambda source: new)
    assert message_tr(finding) == (
        "usa una versión anterior de la entrada objectives/standard-uptime de la biblioteca "
        "«team»; la biblioteca dice ahora: Meta › Valor: 99.5 → 99.9; Tramos de crédito de "
        "servicio › Tramo 1 › Crédito (% de la cuota mensual): 10 → 15"
    )


@pytest.mark.usefixtures("spanish")
def test_git_failing_in_the_worker_is_shown_in_spanish(
    window: MainWindow, dialog_log: DialogLog, tmp_path: Path, qtbot: QtBot
) -> None:
    """A file in a repository that git has no commit of: the menu is on (git and a repository
    are there), and the worker's refusal comes back as data, shown in the UI language."""
    path = history_repo(tmp_path) / "nuevo.sla.json"
    save_agreement(factories.agreement(), path)
    assert window.open_path(path)
    assert window.history_action.isEnabled()
    dialog_log.answers["show_error"] = None
    dialog = window.show_history()
    assert dialog is not None and dialog.job is not None
    with qtbot.waitSignal(dialog.job.done, timeout=120_000) as done:
        pass
    assert done.args[0] is False
    (_, (title, lines)) = next(c for c in dialog_log.calls if c[0] == "show_error")
    assert title == "No se pudo leer el historial"
    assert lines == [
        f"{path}: git aún no tiene ningún commit de este archivo; su historial empieza con el "
        "primero"
    ]
    assert dialog.status.text() == "No hay historial que mostrar."
    dialog.close()
