"""The compliance report as JSON (numbers as numbers), and written as JSON and PDF.

The JSON is the report's own data; the PDF is the report's document in the one output
pipeline (:mod:`slawriter.render.documents.report`).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from ...model.agreement import Agreement
from ...model.compliance import ObjectiveResult, Report, TargetSpec, shown_attainment
from ...render.documents import document_html, print_document
from ...render.documents.report import report_document
from ...storage import write_output

SCHEMA = "slawriter.compliance/v1"


# ---------------------------------------------------------------------------------------------
# JSON


def _num(value: Decimal | None, places: int = 3) -> int | float | None:
    """A Decimal as a JSON number, rounded half-even to ``places`` decimals."""
    if value is None:
        return None
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    if rounded == rounded.to_integral_value():
        return int(rounded)
    return float(rounded)


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _target(spec: TargetSpec) -> dict[str, Any]:
    return {"comparator": spec.comparator, "value": _num(spec.value, 6), "unit": spec.unit}


def _objective_dict(o: ObjectiveResult) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": o.id,
        "name": o.name,
        "metric": o.metric,
        "source": o.source,
        "window": o.window,
        "target": _target(o.target),
        "status": o.status,
        "met": None if o.status == "no_data" else o.status == "met",
        "attainment": _num(shown_attainment(o)),
        "attainment_unit": o.attainment_unit,
        "required_percent": _num(o.required_percent),
        "breach_count": o.breach_count,
        "credit_tier": o.credit_tier,
        "credit_percent": _num(o.credit_percent, 6),
    }
    if o.volume is not None:
        data["volume"] = {"kind": o.volume, "over_capacity": o.over_capacity}
    if o.escalations:
        data["escalations"] = [
            {
                "level": e.level,
                "name": e.name,
                "at_percent": _num(e.at_percent, 4),
                "tickets": e.tickets,
            }
            for e in o.escalations
        ]
    if o.source == "tickets":
        data["tickets"] = {
            "counted": o.counted,
            "met": o.met_count,
            "pending": o.pending,
            "best_effort": o.best_effort,
            "beyond_capacity": o.suspended,
            "priorities": [
                {
                    "priority": p.priority,
                    "name": p.name,
                    "target": _target(p.target),
                    "counted": p.counted,
                    "met": p.met,
                    "pending": p.pending,
                    "attainment": _num(shown_attainment(p, o.required_percent)),
                    "status": p.status,
                }
                for p in o.priorities
            ],
            "breaches": [
                {
                    "ticket": b.ticket,
                    "priority": b.priority,
                    "line": b.line,
                    "created": _time(b.created),
                    "stopped": _time(b.stopped),
                    "open": b.stopped is None,
                    "measured_minutes": _num(b.measured_minutes),
                    "business_time": b.business_time,
                    "target": _target(b.target),
                }
                for b in o.ticket_breaches
            ],
            "breaches_listed": len(o.ticket_breaches),
        }
    if o.source == "incidents":
        data["availability"] = {
            "period_minutes": _num(o.period_minutes),
            "excluded_minutes": _num(o.excluded_minutes),
            "eligible_minutes": _num(o.eligible_minutes),
            "downtime_minutes": _num(o.downtime_minutes),
            "downtime": [
                {
                    "start": _time(d.start),
                    "end": _time(d.end),
                    "minutes": _num(d.minutes),
                    "incidents": list(d.incidents),
                }
                for d in o.downtime
            ],
            "excluded": [
                {
                    "start": _time(x.start),
                    "end": _time(x.end),
                    "minutes": _num(x.minutes),
                    "reason": x.reason,
                    "incidents": list(x.incidents),
                }
                for x in o.excluded
            ],
        }
    if o.chronic is not None:
        data["chronic_failure"] = {
            "triggered": o.chronic.triggered,
            "missed": o.chronic.missed,
            "missed_limit": o.chronic.missed_limit,
            "out_of": o.chronic.out_of,
            "periods": [
                {"period": p.period, "status": p.status, "source": p.source}
                for p in o.chronic.periods
            ],
        }
    data["notes"] = [n.text for n in o.notes]
    return data


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data: figures are numbers, moments ISO 8601 strings."""
    return {
        "schema": SCHEMA,
        "agreement": {
            "title": report.agreement_title,
            "document_id": report.document_id,
            "version": report.version,
            "language": report.language,
            "currency": report.currency,
            "time_zone": report.time_zone,
        },
        "period": report.period,
        "period_start": _time(report.period_start),
        "period_end": _time(report.period_end),
        "as_of": _time(report.as_of),
        "inputs": report.inputs,
        "summary": {
            "objectives": len(report.objectives),
            "met": len(report.met),
            "breached": len(report.breached),
            "no_data": sum(1 for o in report.objectives if o.status == "no_data"),
        },
        "objectives": [_objective_dict(o) for o in report.objectives],
        "credits": {
            "percent_before_cap": _num(report.credit_percent_before_cap, 6),
            "cap_percent": _num(report.credit_cap_percent, 6),
            "term_cap": None
            if report.credit_cap_term_percent is None
            else {
                "per": report.credit_cap_term,
                "percent_of_fees": _num(report.credit_cap_term_percent, 6),
                "start": report.credit_term_start,
                "months": report.credit_term_months,
                "earlier_percent": _num(report.credit_earlier_in_term, 6),
                "remaining_percent": _num(report.credit_term_remaining, 6),
            },
            "percent": _num(report.credit_percent, 6),
            "monthly_fee": _num(report.monthly_fee, 2),
            "amount": _num(report.credit_amount, 2),
            "currency": report.currency,
        },
        "chronic_failure": {
            "triggered": report.chronic_failure,
            "objectives": report.chronic_objectives,
        },
        "notes": [n.text for n in report.notes],
    }


def report_json(report: Report) -> str:
    """:func:`report_dict` as indented UTF-8 JSON text."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# HTML and PDF: the report's document (slawriter.render.documents.report)


def report_html(report: Report, agreement: Agreement) -> str:
    """The report as one self-contained HTML page (style sheet inlined, chart as inline SVG)."""
    return document_html(report_document(report, agreement))


def report_pdf(report: Report, agreement: Agreement) -> bytes:
    """The report as PDF bytes, printed as every document is (the restricted fetcher, the
    bundled fonts; WeasyPrint's messages are caught, not logged)."""
    return print_document(report_document(report, agreement)).pdf


def write_report(
    report: Report,
    agreement: Agreement,
    *,
    pdf_path: Path | str | None = None,
    json_path: Path | str | None = None,
) -> None:
    """Write the report as PDF and/or JSON; each write is atomic (raises ``SaveFailed``)."""
    if json_path is not None:
        write_output(json_path, report_json(report).encode("utf-8"))
    if pdf_path is not None:
        write_output(pdf_path, report_pdf(report, agreement))
