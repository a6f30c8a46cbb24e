"""``comply`` honours what real SLAs say (issue 11 §2): a capacity is a ceiling, best-effort
tickets are in no breach, the longer credit cap and escalation thresholds."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from slawriter.model import Agreement
from slawriter.model.agreement import CapBasis, PriorityTarget, Target
from slawriter.services.compliance import compliance_report, report_json
from slawriter.storage import load_agreement

ROOT = Path(__file__).resolve().parents[2]
PRESETS = ROOT / "resources" / "presets"
DATA = ROOT / "tests" / "data" / "compliance"
V1 = ROOT / "tests" / "data" / "v1"


def support(path: Path = PRESETS / "customer-support.sla.json") -> Agreement:
    return load_agreement(path)


def write_tickets(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    lines = ["id,priority,created_at,first_response_at,resolved_at"]
    lines += [",".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def thirty_tickets(tmp_path: Path) -> Path:
    rows = [
        (f"T-{n}", "P1", f"2026-03-{n:02d}T10:00:00+01:00", f"2026-03-{n:02d}T10:10:00+01:00", "")
        for n in range(1, 31)
    ]
    return write_tickets(tmp_path / "tickets.csv", rows)


def test_thirty_tickets_are_no_capacity_breach_in_the_preset_and_in_an_older_file(
    tmp_path: Path,
) -> None:
    metrics = tmp_path / "metrics.csv"
    metrics.write_text("objective,period,value\nticket-capacity,2026-03,30\n", encoding="utf-8")
    for agreement in (support(), support(V1 / "customer-support.sla.json")):
        by_metric = compliance_report(agreement, "2026-03", metrics=metrics)
        capacity = by_metric.objective("ticket-capacity")
        assert (capacity.status, capacity.breach_count) == ("met", 0)
        assert capacity.volume == "capacity" and capacity.over_capacity == 0
        # The tickets file alone gives the count, too.
        by_tickets = compliance_report(agreement, "2026-03", tickets=thirty_tickets(tmp_path))
        counted = by_tickets.objective("ticket-capacity")
        assert (counted.source, counted.attainment, counted.status) == ("tickets", 30, "met")
        assert "ticket-capacity" not in [o.id for o in by_tickets.breached]


def test_above_the_capacity_is_no_breach_and_suspends_the_targets_it_names(
    tmp_path: Path,
) -> None:
    agreement = support()
    capacity = agreement.service_levels.objectives[2]
    assert capacity.id == "ticket-capacity" and capacity.suspended_priorities == ["p3", "p4"]
    capacity.target = Target.model_validate({"comparator": "lte", "value": 3, "unit": "count"})
    on_time = [
        (f"A-{n}", "P1", f"2026-03-0{n}T10:00:00+01:00", f"2026-03-0{n}T10:10:00+01:00", "")
        for n in (2, 3, 4)
    ]
    # Received after the third: a P3 answered a week late (not measured: beyond the capacity)
    # and a P1 answered late (measured: P1 is not suspended).
    late = [
        ("B-1", "P3", "2026-03-05T10:00:00+01:00", "2026-03-12T10:00:00+01:00", ""),
        ("B-2", "P1", "2026-03-05T11:00:00+01:00", "2026-03-05T14:00:00+01:00", ""),
    ]
    report = compliance_report(
        agreement, "2026-03", tickets=write_tickets(tmp_path / "t.csv", on_time + late)
    )
    result = report.objective("ticket-capacity")
    assert (result.status, result.attainment, result.over_capacity) == ("met", 5, 2)
    assert any(n.code == "over_capacity_suspends" for n in result.notes)
    first = report.objective("first-response")
    assert first.suspended == 1
    assert (first.counted, first.met_count) == (4, 3)
    assert [b.ticket for b in first.ticket_breaches] == ["B-2"]
    data = json.loads(report_json(report))
    capacity_json = next(o for o in data["objectives"] if o["id"] == "ticket-capacity")
    assert capacity_json["volume"] == {"kind": "capacity", "over_capacity": 2}
    first_json = next(o for o in data["objectives"] if o["id"] == "first-response")
    assert first_json["tickets"]["beyond_capacity"] == 1


def test_best_effort_tickets_are_in_no_breach() -> None:
    # T-6 is a P4 ticket never resolved; P4 resolution is best effort in the preset.
    report = compliance_report(support(), "2026-03", tickets=DATA / "support-tickets.csv")
    resolution = report.objective("resolution")
    assert resolution.best_effort == 1
    assert "T-6" not in [b.ticket for b in resolution.ticket_breaches]
    assert "p4" not in [p.priority for p in resolution.priorities]
    assert resolution.counted == 6  # T-1…T-7 but T-6
    # The same ticket with a target is a breach: best effort is what keeps it out.
    agreement = support()
    row = agreement.service_levels.objectives[1].priority_targets[3]
    agreement.service_levels.objectives[1].priority_targets[3] = PriorityTarget(
        priority=row.priority,
        target=Target.model_validate({"comparator": "lte", "value": 2, "unit": "business_days"}),
    )
    strict = compliance_report(agreement, "2026-03", tickets=DATA / "support-tickets.csv")
    assert "T-6" in [b.ticket for b in strict.objective("resolution").ticket_breaches]


def test_escalation_thresholds_count_the_tickets_that_reached_them() -> None:
    report = compliance_report(support(), "2026-03", tickets=DATA / "support-tickets.csv")
    first = report.objective("first-response")
    counts = {e.level: (e.at_percent, e.tickets) for e in first.escalations}
    assert set(counts) == {"duty-manager", "customer-success"}
    assert counts["customer-success"][0] == 100
    # At 100 % of the time allowed a ticket has missed its target: the same count as breaches.
    assert counts["customer-success"][1] == first.breach_count == 1
    assert counts["duty-manager"][0] == 50
    assert counts["duty-manager"][1] >= counts["customer-success"][1]
    data = json.loads(report_json(report))
    first_json = next(o for o in data["objectives"] if o["id"] == "first-response")
    assert {e["level"]: e["at_percent"] for e in first_json["escalations"]} == {
        "duty-manager": 50,
        "customer-success": 100,
    }


def _capped_support() -> Agreement:
    """20 % of credits in March 2026 (as in test_compliance): P4 resolution with a target."""
    agreement = support()
    agreement.agreement.effective_date = agreement.agreement.effective_date.replace(year=2026)
    p4 = agreement.service_levels.objectives[1].priority_targets[3]
    p4.best_effort = False
    p4.target = Target.model_validate({"comparator": "lte", "value": 15, "unit": "business_days"})
    agreement.consequences.credit_cap_percent = None
    return agreement


def test_the_cap_over_a_contract_year_counts_earlier_credits() -> None:
    agreement = _capped_support()
    agreement.consequences.credit_cap_term_percent = Decimal(2)  # 2 % of 12 months = 24 %
    agreement.consequences.credit_cap_term = CapBasis.CONTRACT_YEAR
    alone = compliance_report(agreement, "2026-03", tickets=DATA / "support-tickets.csv")
    assert alone.credit_percent_before_cap == 20
    assert alone.credit_percent == 20
    assert (alone.credit_term_start, alone.credit_term_months) == ("2026-01", 12)
    assert any(n.code == "term_earlier_unknown" for n in alone.notes)
    # With February's report (20 % earned) in the history, only 4 % of the 24 % is left.
    february = compliance_report(agreement, "2026-03", tickets=DATA / "support-tickets.csv")
    february.period = "2026-02"
    capped = compliance_report(
        agreement, "2026-03", tickets=DATA / "support-tickets.csv", history=[february]
    )
    assert capped.credit_earlier_in_term == 20
    assert capped.credit_term_remaining == 4
    assert capped.credit_percent == 4
    assert capped.credit_amount == Decimal("260.00")  # 4 % of 6,500
    assert any(n.code == "capped_term" for n in capped.notes)
    credits = json.loads(report_json(capped))["credits"]
    assert credits["term_cap"] == {
        "per": "contract_year",
        "percent_of_fees": 2,
        "start": "2026-01",
        "months": 12,
        "earlier_percent": 20,
        "remaining_percent": 4,
    }
    # A report from the previous contract year does not count.
    last_year = compliance_report(agreement, "2026-03", tickets=DATA / "support-tickets.csv")
    last_year.period = "2025-12"
    fresh = compliance_report(
        agreement, "2026-03", tickets=DATA / "support-tickets.csv", history=[last_year]
    )
    assert fresh.credit_percent == 20


def test_both_caps_apply_the_lower_wins() -> None:
    agreement = _capped_support()
    agreement.consequences.credit_cap_percent = Decimal(15)
    agreement.consequences.credit_cap_term_percent = Decimal(8)  # 96 % over the year
    report = compliance_report(agreement, "2026-03", tickets=DATA / "support-tickets.csv")
    assert report.credit_percent == 15
    agreement.consequences.credit_cap_term_percent = Decimal(1)  # 12 % over the year
    report = compliance_report(agreement, "2026-03", tickets=DATA / "support-tickets.csv")
    assert report.credit_percent == 12
