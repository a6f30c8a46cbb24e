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


def test_a_clause_with_placeholders_lists_them_and_shows_how_it_reads(
    window: MainWindow, tmp_path: Path
) -> None:
    from slawriter.app.document import Document
    from slawriter.app.extras import ClausePlaceholders
    from slawriter.model.agreement import Clause
    from tests import factories

    agreement = factories.agreement()
    agreement.governance.extra_clauses = [
        Clause(id="credits", title="Credits", text="{provider} credits {customer}.")
    ]
    window.set_document(Document(agreement, parent=window))
    window.go_to(("governance", "extra_clauses", 0, "text"))
    clauses = window.pages[Section.GOVERNANCE].forms[0].editor("extra_clauses")
    assert isinstance(clauses, ModelListEditor)
    help_ = next(e for e in clauses.detail.extras if isinstance(e, ClausePlaceholders))
    assert help_.isHidden()  # braces are text until the switch is on
    window.document.set_value(("governance", "extra_clauses", 0, "placeholders"), True)
    assert not help_.isHidden()
    shown = help_.label.text()
    assert "• {provider} — the defined term for the providing side (the Provider)" in shown
    assert "{target:ID} — an objective's target" in shown
    assert shown.endswith("In the contract: Credits — The Provider credits the Customer.")
