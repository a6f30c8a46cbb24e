"""Screenshots for the README: ``python -m slawriter.app.screenshots OUTDIR``.

Opens the customer-support preset as a new agreement and saves ``wizard.png`` (the guided
wizard), ``objectives.png`` (an objective with its worked example), ``preview.png`` (the
window with the rendered contract), ``library.png`` (Tools › Library… with a user library
and a team library, one of whose files is damaged, and a clause in the clause editor) and
``library-entry.png`` (the same window with an objective entry open in the form) into OUTDIR.
Run it under a real X server (Xvfb) so fonts and styles are those a user sees; settings and
autosaves go to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PRESET = "customer-support"
SIZE = (1440, 900)


def _wait(app: QApplication, milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def _conflict_screenshot(app: QApplication, out: Path, folder: Path, parent: QWidget) -> None:
    """``conflict.png``: the preset merged as the merge driver merges it, both sides having
    changed the title, the customer's name and the first response target."""
    from decimal import Decimal

    from ..editing.presets import available_presets
    from ..storage import save_agreement
    from ..storage.merge import merge_files, read_conflicts
    from .conflicts import ConflictDialog

    base = next(p for p in available_presets() if p.name == PRESET).create()

    def version(title: str, customer: str, target: str) -> object:
        data = base.model_dump(mode="python")
        data["agreement"]["title"] = title
        data["parties"][1]["name"] = customer
        data["service_levels"]["objectives"][0]["target"]["value"] = Decimal(target)
        return type(base).model_validate(data)

    paths = {}
    for name, agreement in (
        ("base", base),
        ("ours", version("Customer Support SLA 2027", "Harbourview Retail Group plc", "0.5")),
        ("theirs", version("Support Agreement 2027", "Harbourview Retail Ltd", "2")),
    ):
        paths[name] = folder / f"{name}.sla.json"
        save_agreement(agreement, paths[name])  # type: ignore[arg-type]
    merge_files(paths["base"], paths["ours"], paths["theirs"], "support.sla.json")
    merged = folder / "support.sla.json"
    paths["ours"].replace(merged)
    data, conflicts = read_conflicts(merged)
    dialog = ConflictDialog(merged, data, conflicts, parent)
    dialog.choose(2, "theirs")  # their spelling of the customer's name
    dialog.resize(1100, 340)
    dialog.show()
    _wait(app, 300)
    _save(dialog, out / "conflict.png")
    dialog.close()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m slawriter.app.screenshots OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])

    from ..editing.presets import available_presets
    from . import dialogs
    from .application import configure_application
    from .main_window import MainWindow
    from .recovery import RecoverySession

    configure_application(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # Nothing here is saved: closing discards the new agreement without asking.
    dialogs.ask_unsaved = lambda _parent, _name, _question=None: dialogs.Unsaved.DISCARD  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="slawriter-shots-") as folder:
        # The libraries in use are read from the user's data and config folders: these shots'
        # own, so that nobody's real library shows up in them.
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, recovery=RecoverySession(Path(folder) / "rec"))
        window.resize(*SIZE)
        window.splitter.setSizes([230, 640, 570])
        window.show()
        preset = next(p for p in available_presets() if p.name == PRESET)
        window.start_new(preset.create())

        shown: list[int] = []
        window.preview.updated.connect(shown.append)
        loop = QEventLoop()
        window.preview.updated.connect(loop.quit)
        QTimer.singleShot(90_000, loop.quit)
        loop.exec()
        if not shown:
            print("the preview did not render within 90 s", file=sys.stderr)
            return 1
        _wait(app, 300)
        _save(window, out / "wizard.png")
        _conflict_screenshot(app, out, Path(folder), window)  # conflict.png

        window.go_to(("service_levels", "objectives", 0, "name"))
        page = window.current_page()
        if page is not None:
            extras = page.findChildren(QWidget, "workedExample")
            if extras:
                page.ensureWidgetVisible(extras[0], 20, 20)
        _wait(app, 300)
        _save(window, out / "objectives.png")

        window.preview.view.pageNavigator().jump(
            1, window.preview.view.pageNavigator().currentLocation()
        )
        _wait(app, 500)
        _save(window.preview, out / "preview.png")

        _sample_libraries(window, Path(folder) / "team" / "legal-clauses")
        library = window.show_library()
        library.resize(1280, 820)
        from .library_window import LibraryWindow

        assert isinstance(library, LibraryWindow)
        library.select("clauses/audit-right")
        _wait(app, 400)
        _save(library, out / "library.png")
        objective = window.document.agreement.service_levels.objectives[0]
        library.select(f"objectives/{objective.id}")
        _wait(app, 400)
        _save(library, out / "library-entry.png")
        library.close()
        window.close()
    return 0


def _sample_libraries(window: QWidget, team: Path) -> None:
    """The user library with items of the open agreement, and a team library of house clauses
    in English and Spanish with one damaged file."""
    from ..model.agreement import Clause, ClausePlacement, EntryKind, Language
    from ..model.library import ClauseText, make_entry
    from ..services.library import save_team_library_folders, user_library_folder
    from ..storage.library import save_entry

    agreement = window.document.agreement  # type: ignore[attr-defined]
    user = user_library_folder()
    provider = agreement.parties[0]
    save_entry(user, provider.id, make_entry(EntryKind.PARTIES, provider, "Our own company"))
    for calendar in agreement.service_levels.calendars:
        save_entry(user, calendar.id, make_entry(EntryKind.CALENDARS, calendar))
    for objective in agreement.service_levels.objectives:
        tiers = [t for t in agreement.consequences.credit_tiers if t.objective == objective.id]
        entry = make_entry(
            EntryKind.OBJECTIVES, objective, "From the customer support preset", credit_tiers=tiers
        )
        save_entry(user, objective.id, entry)
    for exclusion in agreement.limitations.exclusions[:3]:
        save_entry(user, exclusion.id, make_entry(EntryKind.EXCLUSIONS, exclusion))
    uptime = agreement.service_levels.objectives[0].id
    audit = make_entry(
        EntryKind.CLAUSES,
        Clause(
            id="audit-right",
            title="Audit of the service levels",
            text=(
                "Once a year {customer} may ask {provider} for the measurements behind each "
                "monthly report. {provider} gives them within {notice}.\n\n"
                "{objective:" + uptime + "} is measured against {target:" + uptime + "}; "
                "the credits are capped at {credit_cap} of {monthly_fee}."
            ),
            placement=ClausePlacement.CONSEQUENCES,
            placeholders=True,
        ),
        "Yearly audit right, approved by legal in 2026",
        language=Language.EN,
        translations=[
            ClauseText(
                language=Language.ES,
                title="Auditoría de los niveles de servicio",
                text=(
                    "Una vez al año {customer} puede pedir a {provider} las mediciones de cada "
                    "informe mensual. {provider} las entrega en un plazo de {notice}."
                ),
            )
        ],
    )
    save_entry(team, "audit-right", audit)
    confidentiality = make_entry(
        EntryKind.CLAUSES,
        Clause(
            id="confidentiality",
            title="Confidential reports",
            text="The reports {provider} sends are confidential information of {customer}.",
            placeholders=True,
        ),
        "Short confidentiality clause for the reports",
        language=Language.EN,
    )
    save_entry(team, "confidentiality", confidentiality)
    (team / "clauses" / "old-warranty.json").write_text('{"kind": "clauses", "item": {', "utf-8")
    save_team_library_folders([team])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
