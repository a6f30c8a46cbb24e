"""Help shown under objective fields: the worked example of a business-hours target."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from slawriter.app.extras import WorkedExample, worked_examples
from slawriter.app.forms import ModelListEditor
from slawriter.app.main_window import MainWindow
from slawriter.bundled import resources_dir
from slawriter.model import Section
from slawriter.storage import load_agreement

PRESETS = resources_dir() / "presets"


def test_worked_examples_for_every_priority_on_a_calendar() -> None:
    agreement = load_agreement(PRESETS / "customer-support.sla.json")
    first_response, *_, nps = agreement.service_levels.objectives
    # Friday 9 January 2026 is followed by a weekend.
    lines = worked_examples(agreement, first_response, dt.date(2026, 1, 7))
    assert len(lines) == 1 + len(first_response.priority_targets)
    assert lines[0].startswith("A ticket opened Friday ")
    assert any(line.startswith("A P2 ") for line in lines)
    assert all(" is due " in line for line in lines)
    assert worked_examples(agreement, nps, dt.date(2026, 1, 7)) == []  # no calendar


def test_worked_example_in_spanish() -> None:
    agreement = load_agreement(PRESETS / "marketing-sales.sla.json")
    decision = next(o for o in agreement.service_levels.objectives if o.id == "decision-lead")
    assert worked_examples(agreement, decision, dt.date(2027, 3, 1), "es") == [
        "Un ticket abierto el viernes a las 18:00 vence el miércoles a las 18:00."
    ]


def test_objective_editor_shows_the_example_under_the_targets(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "customer-support.sla.json"
    shutil.copyfile(PRESETS / "customer-support.sla.json", path)
    assert window.open_path(path)
    window.go_to(("service_levels", "objectives", 0, "name"))
    objectives = window.pages[Section.OBJECTIVES].forms[0].editor("objectives")
    assert isinstance(objectives, ModelListEditor)
    example = next(e for e in objectives.detail.extras if isinstance(e, WorkedExample))
    assert not example.isHidden()
    assert "for example" in example.label.text() and " is due " in example.label.text()
    window.document.set_value(("service_levels", "objectives", 0, "calendar"), None)
    assert example.isHidden()
