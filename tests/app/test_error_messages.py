"""File, compliance, calendar and render errors in the UI language; their English is unchanged.

The errors carry templates and values (``slawriter.storage.errors``); the app shows them with
:func:`slawriter.app.i18n.lines_tr` and :func:`~slawriter.app.i18n.message_tr`. In the English
UI and on the command line they read exactly as before.
"""

from __future__ import annotations

import ast
import io
import shutil
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from slawriter import cli
from slawriter.app import i18n
from slawriter.app.calendar_exports import export_reminders
from slawriter.app.compliance_view import ComplianceDialog
from slawriter.app.main_window import MainWindow
from slawriter.app.preferences import Preferences
from slawriter.app.preferences_dialog import PreferencesDialog
from slawriter.bundled import resources_dir
from slawriter.model.business_time import CalendarError, clock_for
from slawriter.model.messages import MessageTemplate
from slawriter.services.compliance import (
    ComplianceDataError,
    PeriodError,
    compliance_report,
    month_bounds,
)
from slawriter.storage import (
    DocumentError,
    InvalidAgreement,
    SaveFailed,
    dumps_agreement,
    load_agreement,
)
from slawriter.storage.errors import FileMessage
from slawriter.worker import error_data
from tests import factories

from .conftest import DialogLog
from .test_branding import handle_in_worker

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"
SUPPORT = resources_dir() / "presets" / "customer-support.sla.json"
PACKAGE = Path(i18n.__file__).resolve().parent.parent


def _refused(path: Path) -> DocumentError:
    with pytest.raises(DocumentError) as refused:
        load_agreement(path)
    return refused.value


def _bad_copies(folder: Path) -> list[Path]:
    copies = []
    for bad in sorted(BAD.iterdir()):
        shutil.copyfile(bad, folder / bad.name)
        copies.append(folder / bad.name)
    return copies


# -- the English stays as it was --------------------------------------------------------------


def test_every_bad_file_reads_the_same_in_the_english_ui(qapp: object, tmp_path: Path) -> None:
    for path in _bad_copies(tmp_path):
        error = _refused(path)
        assert i18n.lines_tr(error) == error.lines(), path.name


@pytest.mark.process
def test_the_command_line_stays_english_beside_a_spanish_ui(spanish: Path, tmp_path: Path) -> None:
    paths = _bad_copies(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["validate", *map(str, paths)], out, err) == cli.EXIT_USAGE
    expected = [line for path in paths for line in _refused(path).lines()]
    assert err.getvalue() == "".join(line + "\n" for line in expected)
    several = tmp_path / "several_problems.sla.json"
    assert (
        f"{several}: Agreement › Version: input should be greater than or equal to 1 (found 0)\n"
        f"{several}: Agreement › Currency: 'ABC' is not an ISO 4217 currency code such as EUR or "
        "USD (found 'ABC')\n"
    ) in err.getvalue()
    assert (
        f"{tmp_path / 'not_json_trailing_comma.sla.json'}: line 5, column 3: is not valid JSON "
        "(Expecting property name enclosed in double quotes) — the file may be truncated or not "
        "an agreement file\n"
    ) in err.getvalue()


# -- a bad file in the Spanish UI --------------------------------------------------------------


@pytest.mark.process
def test_every_bad_file_is_translated_in_the_spanish_ui(spanish: Path, tmp_path: Path) -> None:
    for path in _bad_copies(tmp_path):
        error = _refused(path)
        english, spanish_lines = error.lines(), i18n.lines_tr(error)
        assert len(spanish_lines) == len(english), path.name
        for es, en in zip(spanish_lines, english, strict=True):
            assert es.startswith(f"{path}: ") and es != en, (path.name, es)
            assert "\n" not in es
            assert "' or '" not in es, ("pydantic's English 'or' between choices", es)


def _open_bad(window: MainWindow, dialog_log: DialogLog, path: Path) -> tuple[str, list[str]]:
    dialog_log.answers["show_error"] = None
    assert not window.open_path(path)
    assert dialog_log.names()[-1] == "show_error"
    title, lines = dialog_log.calls[-1][1]
    return title, lines


@pytest.mark.process
def test_a_bad_file_opened_in_the_spanish_ui_says_so_in_spanish(
    spanish: Path, make_window: Callable[..., MainWindow], dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = make_window()
    several = tmp_path / "several.sla.json"
    shutil.copyfile(BAD / "several_problems.sla.json", several)
    title, lines = _open_bad(window, dialog_log, several)
    assert title == "No se pudo abrir el acuerdo"
    assert lines == [
        f"{several}: Acuerdo › Versión: el mínimo es 1 (valor encontrado: 0)",
        f"{several}: Acuerdo › Moneda: «ABC» no es un código de moneda ISO 4217, como EUR o USD "
        "(valor encontrado: 'ABC')",
        f"{several}: Acuerdo › Zona horaria: «Nowhere» no es una zona horaria IANA conocida; use "
        "un nombre como «Europe/Madrid» o «UTC» (valor encontrado: 'Nowhere')",
    ]
    comma = tmp_path / "comma.sla.json"
    shutil.copyfile(BAD / "not_json_trailing_comma.sla.json", comma)
    assert _open_bad(window, dialog_log, comma)[1] == [
        f"{comma}: línea 5, columna 3: no es JSON válido (se esperaba un nombre de propiedad "
        "entre comillas dobles) — puede que el archivo esté incompleto o que no sea un archivo "
        "de acuerdo"
    ]
    unknown = tmp_path / "unknown.sla.json"
    shutil.copyfile(BAD / "unknown_key.sla.json", unknown)
    assert _open_bad(window, dialog_log, unknown)[1] == [
        f"{unknown}: Acuerdo: «titel» no es un campo que slawriter conozca; compruebe cómo está "
        "escrito o quítelo"
    ]
    listed = tmp_path / "list.sla.json"
    shutil.copyfile(BAD / "wrong_type_object_for_list.sla.json", listed)
    assert _open_bad(window, dialog_log, listed)[1] == [f"{listed}: Partes: debe ser una lista"]


def test_a_bad_file_opened_in_the_english_ui_shows_the_loaders_words(
    window: MainWindow, dialog_log: DialogLog, tmp_path: Path
) -> None:
    several = tmp_path / "several.sla.json"
    shutil.copyfile(BAD / "several_problems.sla.json", several)
    title, lines = _open_bad(window, dialog_log, several)
    assert title == "Could not open the agreement"
    assert lines == _refused(several).lines()
    assert lines[0] == (
        f"{several}: Agreement › Version: input should be greater than or equal to 1 (found 0)"
    )


@pytest.mark.process
def test_saving_into_a_folder_is_refused_in_spanish(
    spanish: Path, make_window: Callable[..., MainWindow], dialog_log: DialogLog, tmp_path: Path
) -> None:
    window = make_window()
    folder = tmp_path / "looks-like.sla.json"
    folder.mkdir()
    dialog_log.answers["save_file"] = folder
    dialog_log.answers["show_error"] = None
    assert not window.save_as()
    title, lines = dialog_log.calls[-1][1]
    assert title == "No se pudo guardar el acuerdo"
    assert lines == [f"{folder}: es una carpeta; elija un nombre de archivo terminado en .sla.json"]


# -- compliance data, calendars, reminders, branding -------------------------------------------


@pytest.mark.process
def test_bad_compliance_data_is_reported_in_spanish(
    spanish: Path, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    tickets = tmp_path / "tickets.csv"
    tickets.write_text(
        "id,priority,created_at\nT-1,P1,2026-03-02T10:00:00+01:00\nT-2,P1,yesterday\n",
        encoding="utf-8",
    )
    dialog_log.answers["show_error"] = None
    view = ComplianceDialog(load_agreement(SUPPORT))
    qtbot.addWidget(view)
    view.period.setDate(view.period.date().fromString("2026-03", "yyyy-MM"))
    view.inputs["tickets"].setText(str(tickets))
    with qtbot.waitSignal(view.finished_check, timeout=60_000) as done:
        view.run_check()
    assert done.args == [False]
    title, lines = dialog_log.calls[-1][1]
    assert title == "Cumplimiento"
    assert lines == [
        f"{tickets}: línea 3, columna «created_at»: «yesterday» no es una fecha y hora — "
        "escríbala en ISO 8601 con la diferencia respecto a UTC, p. ej. 2026-03-02T09:15:00+01:00"
    ]
    assert view.summary.text() == "No se pudo realizar la comprobación."

    view.columns.setText("created_at=Opened, pricing=Price")
    view.run_check()
    assert dialog_log.calls[-1][1][1] == [
        "«pricing» no es una columna que lea slawriter; lee id, priority, created_at, "
        "first_response_at, resolved_at, paused, start, end, excluded, description, objective, "
        "period, value"
    ]


@pytest.mark.process
def test_a_missing_data_file_is_reported_in_spanish(spanish: Path) -> None:
    with pytest.raises(ComplianceDataError) as refused:
        compliance_report(load_agreement(SUPPORT), "2026-03", metrics=Path("/nowhere/m.csv"))
    assert str(refused.value) == "/nowhere/m.csv: the metrics file does not exist"
    assert i18n.lines_tr(refused.value) == ["/nowhere/m.csv: el archivo de métricas no existe"]


@pytest.mark.process
def test_calendar_and_period_errors_in_spanish(spanish: Path) -> None:
    agreement = factories.agreement()
    objective = agreement.service_levels.objectives[0].model_copy(update={"calendar": "nope"})
    with pytest.raises(CalendarError) as calendar:
        clock_for(agreement, objective)
    assert str(calendar.value) == "there is no business calendar with ID 'nope'"
    assert i18n.message_tr(calendar.value) == (
        "no existe ningún calendario laborable con el ID «nope»"
    )
    with pytest.raises(PeriodError) as period:
        month_bounds("2301-01", ZoneInfo("Europe/Madrid"))
    assert i18n.message_tr(period.value) == (
        "«2301-01» queda fuera de los años 1900 a 2200 que puede abarcar un acuerdo"
    )


@pytest.mark.process
def test_reminders_without_an_effective_date_in_spanish(
    spanish: Path, qtbot: QtBot, dialog_log: DialogLog, tmp_path: Path
) -> None:
    agreement = factories.agreement()
    agreement.agreement.effective_date = None
    dialog_log.answers["choose_save"] = tmp_path / "dates.ics"
    dialog_log.answers["show_error"] = None
    job = export_reminders(None, agreement)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000) as done:
        pass
    assert done.args == [False]
    title, lines = dialog_log.calls[-1][1]
    assert title == "Exportar recordatorios"
    assert lines == [
        "el acuerdo no tiene fecha de entrada en vigor, así que no hay fechas que recordar: "
        "indique primero la fecha de entrada en vigor"
    ]


@pytest.mark.process
def test_preferences_refuse_a_bad_colour_in_spanish(spanish: Path, qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.accent.setText("blue")
    dialog.accept()
    assert dialog.problem.text() == (
        "'blue' no es un color: escríbalo como # y seis dígitos hexadecimales, p. ej. #1f4e79"
    )


def test_preferences_refuse_a_bad_colour_in_english(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.accent.setText("blue")
    dialog.accept()
    assert dialog.problem.text() == (
        "'blue' is not a colour: write it as # and six hexadecimal digits, e.g. #1f4e79"
    )


# -- errors from the render process ------------------------------------------------------------


@pytest.mark.process
def test_a_render_process_error_arrives_as_data_and_is_translated(
    spanish: Path, tmp_path: Path
) -> None:
    logo = tmp_path / "gone.png"
    request = {"id": 1, "agreement": dumps_agreement(factories.agreement()), "export": False}
    (reply,) = handle_in_worker({**request, "out": str(tmp_path / "a.pdf"), "logo": str(logo)})
    assert not reply["ok"]
    assert reply["error"] == [f"{logo}: the logo cannot be read (No such file or directory)"]
    assert "phrased" in reply
    assert i18n.reply_error_lines(reply) == [
        f"{logo}: no se puede leer el logotipo (No such file or directory)"
    ]
    # An older or foreign reply without the data: its English lines.
    assert i18n.reply_error_lines({"error": ["x: broke"]}) == ["x: broke"]


def test_file_errors_survive_the_trip_as_data(tmp_path: Path) -> None:
    for path in _bad_copies(tmp_path):
        error = _refused(path)
        again = error_data.decode(error_data.encode(error))
        assert isinstance(again, DocumentError) and again.lines() == error.lines(), path.name
    failed = SaveFailed(tmp_path / "x.pdf", FileMessage.NOT_WRITTEN, reason="Permission denied")
    again = error_data.decode(error_data.encode(failed))
    assert isinstance(again, DocumentError) and again.problem == failed.problem
    several = error_data.decode(error_data.encode(_refused(tmp_path / "several_problems.sla.json")))
    assert isinstance(several, InvalidAgreement) and len(several.issues) == 3


@pytest.mark.parametrize(
    "data",
    [
        None,
        "text",
        {"message": {"template": "os:path.sep", "params": {}}},
        {"message": {"template": "slawriter.storage.errors:FileMessage.NO_SUCH", "params": {}}},
        {"message": {"template": "slawriter.storage.errors:Place.loc", "params": {}}},
        {"path": 5, "problem": "x"},
        {"path": "x", "issues": [[{"loc": [1.5]}, "x"]]},
    ],
)
def test_anything_else_is_not_an_error(data: object) -> None:
    assert error_data.decode(data) is None


# -- every table is listed for the translators -------------------------------------------------


def _tables_in_the_source() -> set[tuple[str, str]]:
    """(module, class) of every ``class X(MessageTemplate)`` in slawriter's source."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id == MessageTemplate.__name__
                for base in node.bases
            ):
                found.add((module, node.name))
    return found


def test_every_message_table_of_slawriter_is_listed_for_the_translators() -> None:
    listed = {(table.__module__, table.__qualname__) for table in i18n.message_tables()}
    in_source = _tables_in_the_source()
    assert ("slawriter.storage.errors", "FileMessage") in in_source
    assert in_source <= listed, "import the module in slawriter.app.i18n.message_tables"
