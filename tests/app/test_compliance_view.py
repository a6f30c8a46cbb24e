"""Tools › Compliance and the calendar exports, driven like a user would, dialogs replaced."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from slawriter.app import dialogs
from slawriter.app.calendar_exports import export_openslo, export_reminders
from slawriter.app.compliance_view import ComplianceDialog
from slawriter.app.document import Document
from slawriter.bundled import resources_dir
from slawriter.storage import load_agreement

DATA = Path(__file__).resolve().parent.parent / "data" / "compliance"
# Every check and report here runs in the app's worker process (issue 12 §2).
pytestmark = pytest.mark.process

SUPPORT = resources_dir() / "presets" / "customer-support.sla.json"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    given: dict[str, Any] = {}

    def fake(name: str) -> Any:
        def answer(*args: Any) -> Any:
            given.setdefault("calls", []).append((name, args))
            if name not in given:
                raise AssertionError(f"unexpected dialog {name}{args}")
            return given[name]

        return answer

    for name in ("choose_save", "choose_file", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, fake(name))
    return given


def test_a_month_of_tickets_is_checked_with_progress(
    qtbot: QtBot, answers: dict[str, Any], tmp_path: Path
) -> None:
    view = ComplianceDialog(load_agreement(SUPPORT))
    qtbot.addWidget(view)
    view.period.setDate(view.period.date().fromString("2026-03", "yyyy-MM"))
    view.inputs["tickets"].setText(str(DATA / "support-tickets.csv"))
    seen: list[int] = []
    view.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(view.finished_check, timeout=60_000) as done:
        view.run_check()
    assert done.args == [True]
    assert seen and max(seen) > 0
    rows = {
        view.table.item(r, 0).text(): view.table.item(r, 2).text()
        for r in range(view.table.rowCount())
    }
    assert rows["First Response Time"] == "breached"
    assert rows["Net Promoter Score (NPS)"] == "no data"
    # The ticket capacity is counted from the tickets file: 7 tickets, well within 400.
    assert "2026-03: 1 met, 2 breached" in view.summary.text()

    answers["choose_save"] = tmp_path / "report.json"
    view.save_json.click()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["period"] == "2026-03" and report["summary"]["breached"] == 2


def test_bad_data_is_reported_and_nothing_is_shown(
    qtbot: QtBot, answers: dict[str, Any], tmp_path: Path
) -> None:
    broken = tmp_path / "tickets.csv"
    broken.write_text("id,priority\nT-1,P1\n", encoding="utf-8")
    answers["show_error"] = None
    view = ComplianceDialog(load_agreement(SUPPORT))
    qtbot.addWidget(view)
    view.inputs["tickets"].setText(str(broken))
    with qtbot.waitSignal(view.finished_check, timeout=60_000) as done:
        view.run_check()
    assert done.args == [False]
    (name, (_parent, _title, lines)) = answers["calls"][-1]
    assert name == "show_error" and str(broken) in lines[0] and "created_at" in lines[0]
    assert view.table.rowCount() == 0 and not view.save_pdf.isEnabled()


def test_the_pdf_report_is_written_by_the_worker_process(
    qtbot: QtBot, answers: dict[str, Any], tmp_path: Path
) -> None:
    view = ComplianceDialog(load_agreement(SUPPORT))
    qtbot.addWidget(view)
    view.period.setDate(view.period.date().fromString("2026-03", "yyyy-MM"))
    view.inputs["tickets"].setText(str(DATA / "support-tickets.csv"))
    with qtbot.waitSignal(view.finished_check, timeout=60_000):
        view.run_check()
    answers["choose_save"] = tmp_path / "report.pdf"
    with qtbot.waitSignal(view.pdf_written, timeout=120_000) as written:
        view.save_pdf.click()
    assert written.args == [tmp_path / "report.pdf"]
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_reminders_and_openslo_from_the_app(
    qtbot: QtBot, answers: dict[str, Any], tmp_path: Path
) -> None:
    # Both are operations the app sends to its one worker (issue 12 §2): wait for its answer.
    agreement = load_agreement(SUPPORT)
    answers["show_info"] = None
    answers["choose_save"] = tmp_path / "dates.ics"
    job = export_reminders(None, agreement)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000) as done:
        pass
    assert done.args == [True]
    assert (tmp_path / "dates.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    answers["choose_save"] = tmp_path / "slos.yaml"
    job = export_openslo(None, agreement)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000) as done:
        pass
    assert done.args == [True]
    assert "apiVersion: openslo/v1" in (tmp_path / "slos.yaml").read_text(encoding="utf-8")
    blank = agreement.model_copy(deep=True)
    blank.agreement.effective_date = None
    answers["show_error"] = None
    answers["choose_save"] = tmp_path / "none.ics"
    job = export_reminders(None, blank)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000) as done:
        pass
    assert done.args == [False]
    assert not (tmp_path / "none.ics").exists()
    answers["choose_save"] = None  # cancelled: nothing is sent
    assert export_reminders(None, agreement) is None


def test_the_window_offers_them_in_its_menus(
    make_window: Any, dialog_log: Any, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_document(Document(load_agreement(SUPPORT), parent=window))
    menus = {action.text().replace("&", ""): action for action in window.menuBar().actions()}
    tools = [a.text().replace("&", "") for a in menus["Tools"].menu().actions()]
    assert tools[0] == "Compliance…" and "Library…" in tools
    view = window.show_compliance()
    assert isinstance(view, ComplianceDialog) and view.agreement == window.document.agreement
    view.close()
    dialog_log.answers["choose_save"] = tmp_path / "dates.ics"
    dialog_log.answers["show_info"] = None
    window.reminders_action.trigger()
    # The worker writes it (issue 12 §2); the window says so when it has.
    qtbot.waitUntil(
        lambda: any(call[0] == "show_info" for call in dialog_log.calls), timeout=60_000
    )
    assert (tmp_path / "dates.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_column_names_can_be_mapped(qtbot: QtBot, answers: dict[str, Any]) -> None:
    view = ComplianceDialog(load_agreement(SUPPORT))
    qtbot.addWidget(view)
    view.period.setDate(view.period.date().fromString("2026-03", "yyyy-MM"))
    view.inputs["tickets"].setText(str(DATA / "mapped-tickets.csv"))
    answers["show_error"] = None
    view.columns.setText("opened=Opened")
    with qtbot.waitSignal(view.finished_check, timeout=60_000) as done:
        view.run_check()
    assert done.args == [False]
    assert "not a column slawriter reads" in answers["calls"][-1][1][2][0]
    view.columns.setText(
        "id=Ticket, priority=Level, created_at=Opened, first_response_at=Answered, "
        "resolved_at=Closed"
    )
    with qtbot.waitSignal(view.finished_check, timeout=60_000) as done:
        view.run_check()
    assert done.args == [True]
    report = json.loads(view.report.report_json)  # the check ran in the worker process
    objectives = {o["id"]: o for o in report["objectives"]}
    assert objectives["first-response"]["tickets"]["counted"]


def test_the_tickets_file_may_be_parquet(
    qtbot: QtBot, answers: dict[str, Any], tmp_path: Path
) -> None:
    """Issue 14 §4: Browse… for the tickets offers CSV and Parquet files (every name the check
    reads as Parquet), and a Parquet export gives the CSV's figures."""
    import polars as pl

    from slawriter.services.compliance.tickets import PARQUET_SUFFIXES

    parquet = tmp_path / "tickets.parquet"
    pl.read_csv(DATA / "support-tickets.csv", infer_schema=False).write_parquet(parquet)
    view = ComplianceDialog(load_agreement(SUPPORT))
    qtbot.addWidget(view)
    view.period.setDate(view.period.date().fromString("2026-03", "yyyy-MM"))
    answers["choose_file"] = parquet
    browse = [b for b in view.findChildren(QPushButton) if b.text() == "Browse…"]
    browse[0].click()  # the tickets row comes first
    (name, (_parent, _title, kinds)) = answers["calls"][-1]
    offered = kinds.split(";;")[0]
    assert name == "choose_file" and "*.csv" in offered
    assert all(f"*{suffix}" in offered for suffix in PARQUET_SUFFIXES)
    assert view.inputs["tickets"].text() == str(parquet)
    browse[1].click()  # incidents: CSV only
    assert "parquet" not in answers["calls"][-1][1][2].lower()
    view.inputs["incidents"].clear()
    with qtbot.waitSignal(view.finished_check, timeout=60_000) as done:
        view.run_check()
    assert done.args == [True]
    assert "2026-03: 1 met, 2 breached" in view.summary.text()
