"""Compliance report (issue 6 §4–5): hand-computed expectations for the tricky cases."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slawriter.model.agreement import Agreement, Target
from slawriter.model.business_time import BusinessClock, clock_for
from slawriter.services.compliance import (
    ComplianceDataError,
    PeriodError,
    Report,
    compliance_report,
    report_dict,
    report_json,
    report_pdf,
)
from slawriter.services.compliance.timeaxis import BusinessAxis, to_us
from slawriter.storage import DocumentError, load_agreement

ROOT = Path(__file__).resolve().parents[2]
PRESETS = ROOT / "resources" / "presets"
DATA = ROOT / "tests" / "data" / "compliance"
MADRID = ZoneInfo("Europe/Madrid")


def preset(name: str) -> Agreement:
    return load_agreement(PRESETS / f"{name}.sla.json")


def support_report(period: str = "2026-03", agreement: Agreement | None = None) -> Report:
    return compliance_report(
        agreement or preset("customer-support"), period, tickets=DATA / "support-tickets.csv"
    )


def p4_resolution_target() -> Agreement:
    """Customer support with a P4 resolution target of 15 business days instead of best effort."""
    agreement = preset("customer-support")
    p4 = agreement.service_levels.objectives[1].priority_targets[3]
    assert p4.priority == "p4" and p4.best_effort
    p4.best_effort = False
    p4.target = Target.model_validate({"comparator": "lte", "value": 15, "unit": "business_days"})
    return agreement


def tight_p3_response(hours: int) -> Agreement:
    """Customer support with P3 first response at ``hours`` business hours (to force breaches)."""
    agreement = preset("customer-support")
    first_response = agreement.service_levels.objectives[0]
    first_response.priority_targets[2].target = Target.model_validate(
        {"comparator": "lte", "value": hours, "unit": "business_hours"}
    )
    return agreement


def breach(report: Report, objective: str, ticket: str) -> dict:  # type: ignore[type-arg]
    data = report_dict(report)
    found = next(o for o in data["objectives"] if o["id"] == objective)
    return next(b for b in found["tickets"]["breaches"] if b["ticket"] == ticket)


# ---------------------------------------------------------------------------------------------
# Availability


def test_31_day_month_with_60_minutes_down_is_99_866_percent() -> None:
    # Jan 15 10:00–10:30 and 10:20–10:45 merge into 45 min; the incident from 31 Dec 23:45 to
    # 1 Jan 00:15 is clipped to 15 min. 60 min of 44,640: (44,640 − 60) / 44,640 = 99.866 %.
    agreement = preset("saas-availability")
    agreement.agreement.time_zone = "UTC"
    report = compliance_report(agreement, "2026-01", incidents=DATA / "availability-60min.csv")
    uptime = report.objective("monthly-uptime")
    assert uptime.period_minutes == 44_640
    assert uptime.downtime_minutes == 60
    assert uptime.attainment == Decimal(44_580) * 100 / Decimal(44_640)
    assert uptime.status == "breached"  # target 99.9 %
    data = json.loads(report_json(report))
    entry = data["objectives"][0]
    assert entry["attainment"] == 99.866
    assert isinstance(entry["attainment"], float)
    assert entry["availability"]["downtime_minutes"] == 60
    assert [d["minutes"] for d in entry["availability"]["downtime"]] == [15, 45]
    assert entry["credit_percent"] == 10  # tier 99.0 ≤ a < 99.9
    assert data["credits"]["amount"] == 1250  # 10 % of 12,500
    assert isinstance(data["credits"]["amount"], int | float)


def test_a_breached_figure_is_never_rounded_up_to_its_target(tmp_path: Path) -> None:
    # April has 43,200 minutes; 43 min 15 s down: 99.89988 %, below the 99.9 % target.
    agreement = preset("saas-availability")
    agreement.agreement.time_zone = "UTC"
    incidents = tmp_path / "incidents.csv"
    incidents.write_text("start,end\n2026-04-07T10:00:00Z,2026-04-07T10:43:15Z\n")
    report = compliance_report(agreement, "2026-04", incidents=incidents)
    uptime = report.objective("monthly-uptime")
    assert uptime.status == "breached"
    assert json.loads(report_json(report))["objectives"][0]["attainment"] == 99.899


def test_incident_overlapping_a_maintenance_window() -> None:
    # January 2026 in New York: 44,640 min. Maintenance 01:00–05:00 (240 min) and a force
    # majeure incident (30 min) are excluded: eligible 44,370 min. INC-3 04:00–07:00 overlaps
    # the maintenance window, so only 05:00–07:00 (120 min) counts; INC-1 and INC-2 overlap
    # (10:00–10:40 and 10:30–10:50) and merge into 50 min. Downtime 170 min.
    agreement = preset("saas-availability")
    report = compliance_report(agreement, "2026-01", incidents=DATA / "saas-incidents.csv")
    uptime = report.objective("monthly-uptime")
    assert uptime.excluded_minutes == 270
    assert uptime.eligible_minutes == 44_370
    assert uptime.downtime_minutes == 170
    assert uptime.attainment == Decimal(44_200) * 100 / Decimal(44_370)
    spans = [
        (d.start.strftime("%d %H:%M"), d.end.strftime("%H:%M"), d.minutes) for d in uptime.downtime
    ]
    assert spans == [("06 10:00", "10:50", 50), ("11 05:00", "07:00", 120)]
    assert uptime.downtime[0].incidents == ("INC-1", "INC-2")
    assert [x.reason for x in uptime.excluded] == ["scheduled_maintenance", "force_majeure"]


def test_maintenance_counts_when_the_agreement_says_so() -> None:
    agreement = preset("saas-availability")
    assert agreement.limitations.maintenance is not None
    agreement.limitations.maintenance.excluded_from_downtime = False
    report = compliance_report(agreement, "2026-01", incidents=DATA / "saas-incidents.csv")
    uptime = report.objective("monthly-uptime")
    # Maintenance 01:00–05:00 ∪ INC-3 04:00–07:00 = 360 min, + 50 min; only force majeure out.
    assert uptime.downtime_minutes == 410
    assert uptime.excluded_minutes == 30


def test_two_missed_months_out_of_three_is_chronic_failure() -> None:
    # Target 99.9 %. January 120 min down of 44,640 (99.731 %, missed); February 20 of 40,320
    # (99.950 %, met); March in New York has 44,580 min (clocks go forward on 8 March) and 90
    # down: (44,580 − 90) / 44,580 = 99.798 %, missed. 2 of 3 → chronic failure.
    report = compliance_report(
        preset("saas-availability"), "2026-03", incidents=DATA / "chronic-incidents.csv"
    )
    uptime = report.objective("monthly-uptime")
    assert uptime.period_minutes == 44_580
    assert uptime.attainment == Decimal(44_490) * 100 / Decimal(44_580)
    assert uptime.chronic is not None
    assert [(p.period, p.status) for p in uptime.chronic.periods] == [
        ("2026-01", "breached"),
        ("2026-02", "met"),
        ("2026-03", "breached"),
    ]
    assert uptime.chronic.triggered
    assert report.chronic_failure and report.chronic_objectives == ["monthly-uptime"]
    data = report_dict(report)
    assert data["chronic_failure"] == {"triggered": True, "objectives": ["monthly-uptime"]}


def test_chronic_failure_from_history_of_earlier_reports() -> None:
    agreement = preset("saas-availability")
    march = compliance_report(agreement, "2026-03", incidents=DATA / "saas-incidents.csv")
    # The file has only January incidents: February and March are measured (no downtime → met).
    assert not march.chronic_failure
    history = {"2026-02": {"monthly-uptime": False}}
    january_only = compliance_report(agreement, "2026-01", incidents=DATA / "saas-incidents.csv")
    assert january_only.objective("monthly-uptime").status == "breached"
    report = compliance_report(
        agreement,
        "2026-02",
        metrics=None,
        incidents=None,
        history=[january_only],
    )
    # No data for February itself; January from the earlier report.
    chronic = report.objective("monthly-uptime").chronic
    assert chronic is not None and chronic.missed == 1 and not chronic.triggered
    report = compliance_report(
        agreement, "2026-03", history=history | {"2026-01": {"monthly-uptime": "breached"}}
    )
    chronic = report.objective("monthly-uptime").chronic
    assert chronic is not None
    assert [p.source for p in chronic.periods] == ["history", "history", "none"]
    assert chronic.triggered


# ---------------------------------------------------------------------------------------------
# Tickets


def test_ticket_across_a_daylight_saving_weekend() -> None:
    # T-3 (P3) opened Friday 27 March 17:00 CET, answered Monday 30 March 11:00 CEST. Madrid
    # business hours 08:00–19:00: Friday 17:00–19:00 (2 h) + Monday 08:00–11:00 (3 h) = 300
    # business minutes, although 65 wall-clock hours (64 elapsed) passed over the DST change.
    report = support_report(agreement=tight_p3_response(4))
    found = breach(report, "first-response", "T-3")
    assert found["measured_minutes"] == 300
    assert found["business_time"] is True
    assert found["created"] == "2026-03-27T17:00:00+01:00"
    assert found["stopped"] == "2026-03-30T11:00:00+02:00"
    # With the preset's 8 business hours it is on time.
    assert support_report().objective("first-response").priorities[2].met == 2


def test_ticket_opened_on_a_holiday() -> None:
    # Opened Tuesday 6 January 2026 (Epiphany, a public holiday in Spain) at 10:00, answered
    # Wednesday 7 January 10:00: the clock starts at Wednesday's opening (08:00) → 120 min.
    report = compliance_report(
        tight_p3_response(1), "2026-01", tickets=DATA / "holiday-tickets.csv"
    )
    found = breach(report, "first-response", "H-1")
    assert found["measured_minutes"] == 120
    # Resolution: P3 within 5 business days; resolved the next day → met.
    assert report.objective("resolution").status == "met"


def test_pause_intervals_are_subtracted() -> None:
    # T-4 (P2, resolution within 8 elapsed hours) opened 10:00, resolved 20:00 with a pause
    # 12:00–14:00: 10 h − 2 h = 8 h → met. T-7 (same target, no pause) took 10 h → missed.
    report = support_report()
    resolution = report.objective("resolution")
    p2 = next(p for p in resolution.priorities if p.priority == "p2")
    assert (p2.counted, p2.met) == (2, 1)
    assert [b.ticket for b in resolution.ticket_breaches if b.priority == "p2"] == ["T-7"]
    # First response does not pause ("never"): T-4 answered after 60 min of a 2 h target.
    assert any(n.code == "no_pauses" for n in report.objective("first-response").notes)


def test_pauses_in_business_time() -> None:
    agreement = preset("customer-support")
    resolution = agreement.service_levels.objectives[1]
    resolution.priority_targets[1].target = Target.model_validate(
        {"comparator": "lte", "value": 4, "unit": "business_hours"}
    )
    # T-4: 10:00–20:00 on a Thursday is 9 business hours (until 19:00), less the 2 h pause.
    report = support_report(agreement=agreement)
    assert breach(report, "resolution", "T-4")["measured_minutes"] == 420


def test_ticket_spanning_the_month_boundary_counts_in_its_creation_month() -> None:
    # T-5 opened 31 March 18:30, answered 1 April: March's. T-8 opened 26 February and
    # resolved 2 March: February's.
    march = support_report("2026-03")
    assert march.objective("first-response").counted == 7  # T-1…T-7
    april = support_report("2026-04")
    assert april.objective("first-response").status == "no_data"
    february = support_report("2026-02")
    assert february.objective("resolution").counted == 1
    assert february.objective("resolution").status == "met"


def test_open_ticket_past_due_is_a_breach_and_not_yet_due_is_pending() -> None:
    report = support_report(agreement=p4_resolution_target())
    # T-6 (P4) has no resolution; 15 business days from 10 March had passed by the latest time
    # in the file (3 April), so it counts as missed.
    found = breach(report, "resolution", "T-6")
    assert found["open"] is True and found["stopped"] is None
    early = compliance_report(
        p4_resolution_target(),
        "2026-03",
        tickets=DATA / "support-tickets.csv",
        as_of=dt.datetime(2026, 3, 20, tzinfo=MADRID),
    )
    resolution = early.objective("resolution")
    assert resolution.pending == 1
    assert "T-6" not in [b.ticket for b in resolution.ticket_breaches]


def test_credits_are_capped() -> None:
    # First response 6 of 7 = 85.714 % → tier < 90 % → 10 %; resolution 5 of 7 = 71.429 %
    # → tier < 80 % → 10 %. 20 % is capped at 15 % of the 6,500 € fee = 975 €.
    report = support_report(agreement=p4_resolution_target())
    assert report.objective("first-response").attainment == Decimal(600) / Decimal(7)
    assert report.objective("first-response").credit_percent == 10
    assert report.objective("resolution").credit_percent == 10
    assert report.credit_percent_before_cap == 20
    assert report.credit_percent == 15
    assert report.credit_amount == Decimal("975.00")
    credits = json.loads(report_json(report))["credits"]
    assert credits == {
        "percent_before_cap": 20,
        "cap_percent": 15,
        "term_cap": None,
        "percent": 15,
        "monthly_fee": 6500,
        "amount": 975,
        "currency": "EUR",
    }


def test_column_map_names_and_naive_times() -> None:
    mapping = {
        "id": "Ticket",
        "priority": "Level",
        "created_at": "Opened",
        "first_response_at": "Answered",
        "resolved_at": "Closed",
    }
    report = compliance_report(
        preset("customer-support"),
        "2026-03",
        tickets=DATA / "mapped-tickets.csv",
        column_map=mapping,
    )
    first = report.objective("first-response")
    assert (first.counted, first.met_count) == (1, 1)  # priority matched by its name


def test_metrics_and_lead_objectives_in_spanish_agreement() -> None:
    report = compliance_report(
        preset("marketing-sales"),
        "2026-05",
        tickets=DATA / "marketing-leads.csv",
        metrics=DATA / "marketing-metrics.csv",
    )
    assert report.objective("valor-oportunidades").status == "breached"  # 86,500 < 100,000
    assert report.objective("valor-oportunidades").attainment == Decimal("86500.0")
    assert report.objective("volumen-leads").status == "met"
    assert report.objective("tasa-aceptacion").status == "met"  # quarter row 2026-Q2
    contact = report.objective("contacto-24-horas")
    assert (contact.counted, contact.met_count) == (3, 2)  # L-2: Friday 13:00 → Monday 09:00
    assert [b.ticket for b in contact.ticket_breaches] == ["L-2"]


def test_progress_reports_fractions_up_to_one() -> None:
    seen: list[float] = []
    support_report()  # warm caches
    compliance_report(
        preset("customer-support"),
        "2026-03",
        tickets=DATA / "support-tickets.csv",
        progress=seen.append,
    )
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_bad_period() -> None:
    with pytest.raises(PeriodError, match="YYYY-MM"):
        compliance_report(preset("customer-support"), "2026-13")


# ---------------------------------------------------------------------------------------------
# Bad input


BAD = [
    (
        "tickets",
        "id,priority,first_response_at\nT-1,P1,2026-03-02T10:00:00+01:00\n",
        None,
        ["no 'created_at' column"],
    ),
    (
        "tickets",
        "id,priority,created_at\nT-1,P1,2026-03-02T10:00:00+01:00\nT-2,P1,yesterday\n",
        None,
        ["line 3", "column 'created_at'", "'yesterday' is not a date and time"],
    ),
    (
        "tickets",
        "id,priority,created_at\nT-1,P9,2026-03-02T10:00:00+01:00\n",
        None,
        ["line 2", "column 'priority'", "'P9' is not a priority"],
    ),
    (
        "tickets",
        "id,priority,created_at,resolved_at\n"
        "T-1,P1,2026-03-02T10:00:00+01:00,2026-03-02T09:00:00+01:00\n",
        None,
        ["line 2", "ends before it starts"],
    ),
    (
        "tickets",
        "id,priority,created_at,paused\nT-1,P1,2026-03-02T10:00:00+01:00,"
        "2026-03-02T11:00:00+01:00/2026-03-02T13:00:00+01:00;"
        "2026-03-02T12:00:00+01:00/2026-03-02T14:00:00+01:00\n",
        None,
        ["line 2", "column 'paused'", "overlap"],
    ),
    (
        "tickets",
        "id,priority,created_at,paused\nT-1,P1,2026-03-02T10:00:00+01:00,soon\n",
        None,
        ["line 2", "column 'paused'", "'soon' is not a pause interval"],
    ),
    (
        "incidents",
        "start,end\n2026-03-02T10:00:00Z,2026-03-02T09:00:00Z\n",
        None,
        ["line 2", "the incident ends before it starts"],
    ),
    (
        "incidents",
        "start,end,excluded\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,aliens\n",
        None,
        ["line 2", "column 'excluded'", "'aliens' is not an exclusion"],
    ),
    (
        "incidents",
        "begin,end\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z\n",
        None,
        ["no 'start' column"],
    ),
    (
        "metrics",
        "objective,period,value\ncsat,2026-03,ninety\n",
        None,
        ["line 2", "column 'value'", "'ninety' is not a number"],
    ),
    (
        "metrics",
        "objective,period,value\nuptime,2026-03,99\n",
        None,
        ["line 2", "column 'objective'", "no objective 'uptime'"],
    ),
    (
        "metrics",
        "objective,period,value\ncsat,March,91\n",
        None,
        ["line 2", "column 'period'", "'March' is not a period"],
    ),
    (
        "metrics",
        "objective,period,value\ncsat,2026-03,91\ncsat,2026-03,92\n",
        None,
        ["line 3", "a second value"],
    ),
    ("tickets", b"id,priority,created_at\nT-1,P1,caf\xe9\n", None, ["not a readable CSV"]),
]


@pytest.mark.parametrize(("kind", "content", "column_map", "expected"), BAD)
def test_bad_csv_names_file_line_and_problem(
    tmp_path: Path,
    kind: str,
    content: str | bytes,
    column_map: dict[str, str] | None,
    expected: list[str],
) -> None:
    path = tmp_path / f"{kind}.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ComplianceDataError) as caught:
        compliance_report(
            preset("customer-support"), "2026-03", column_map=column_map, **{kind: path}
        )
    message = str(caught.value)
    assert isinstance(caught.value, DocumentError)
    assert message.startswith(str(path))
    assert "\n" not in message
    for part in expected:
        assert part in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ComplianceDataError, match="does not exist"):
        compliance_report(preset("customer-support"), "2026-03", tickets=tmp_path / "no.csv")


def test_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    """Review finding: ``comply --tickets FIFO`` waited for a writer for ever."""
    fifo = tmp_path / "tickets.csv"
    os.mkfifo(fifo)
    with pytest.raises(ComplianceDataError, match="not a regular file"):
        compliance_report(preset("customer-support"), "2026-03", tickets=fifo)


# ---------------------------------------------------------------------------------------------
# The vectorised business clock agrees with the scalar one


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=60 * 24 * 120), min_size=2, max_size=12),
    st.integers(min_value=1, max_value=6),
)
def test_business_axis_matches_business_clock(minutes: list[int], days: int) -> None:
    agreement = preset("customer-support")
    clock: BusinessClock = clock_for(agreement, agreement.service_levels.objectives[0])
    base = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    moments = [base + dt.timedelta(minutes=m) for m in sorted(minutes)]
    axis = BusinessAxis(clock, dt.date(2026, 2, 25), dt.date(2026, 8, 31))
    positions = axis.position(pl.Series([to_us(m) for m in moments])).to_list()
    for (a, pa), (b, pb) in itertools.pairwise(zip(moments, positions, strict=True)):
        assert pb - pa == clock.business_time_between(a, b) // dt.timedelta(microseconds=1)
    due = axis.due_after_business_days(pl.Series(positions), pl.Series([days] * len(moments)))
    for moment, got in zip(moments, due.to_list(), strict=True):
        expected = clock.add_business_days(moment, days)
        assert got == axis.position(pl.Series([to_us(expected)])).item()


# ---------------------------------------------------------------------------------------------
# PDF (one render for the module)


@pytest.mark.pdf
def test_pdf_in_spanish_with_chart_table_evidence_and_credits() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    agreement = preset("marketing-sales")
    report = compliance_report(
        agreement,
        "2026-05",
        tickets=DATA / "marketing-leads.csv",
        metrics=DATA / "marketing-metrics.csv",
    )
    pdf = report_pdf(report, agreement)
    assert pdf.startswith(b"%PDF-")
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    text = " ".join(text.split())
    for words in (
        "Informe de niveles de servicio",
        "Cumplimiento frente al objetivo",  # the chart's heading
        "Incumplido",
        "Cumplido",
        "L-2",  # evidence
        "mayo de 2026",
        "Créditos de servicio",
    ):
        assert words in text, words


def test_one_value_for_a_per_priority_objective_is_refused(tmp_path: Path) -> None:
    """Review finding: a metrics row for first response was compared with the target for
    tickets without a priority (1 business day) and reported a breach, ignoring the matrix."""
    path = tmp_path / "metrics.csv"
    path.write_text("objective,period,value\nfirst-response,2026-03,3\n", encoding="utf-8")
    with pytest.raises(ComplianceDataError) as caught:
        compliance_report(preset("customer-support"), "2026-03", metrics=path)
    assert str(caught.value) == (
        f"{path}: line 2, column 'objective': objective 'first-response' has a target for each "
        "priority, so one value cannot say whether it was met — remove the row and give the "
        "tickets file (--tickets), which is measured per priority"
    )
