"""The compliance report as JSON (numbers as numbers) and as a PDF in the contract's style."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from babel.dates import format_datetime
from babel.numbers import format_currency, format_decimal, format_percent

from ...bundled import templates_dir
from ...model.agreement import Agreement, AgreementKind
from ...model.locales import agreement_locale
from ...render.formatting import Formatter
from ...render.i18n import NP_
from ...storage import write_output
from .results import ObjectiveResult, PriorityResult, Report, TargetSpec

REPORT_TEMPLATE_DIR = "report"
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


def _at_most(o: ObjectiveResult) -> bool:
    """Whether the objective's attainment must stay at or below its target."""
    return o.source != "tickets" and o.target.comparator in ("lte", "lt")


def shown_attainment(
    o: ObjectiveResult | PriorityResult, required: Decimal | None = None
) -> Decimal | None:
    """Attainment to three decimals, never rounded across its target.

    (44,640 − 60) / 44,640 shows as 99.866 %; but 99.89988 % against "at least 99.9 %" is
    breached and shows as 99.899 %, not as a met-looking 99.9 %. Verdicts use the exact figure.
    """
    value = o.attainment
    if value is None:
        return None
    places = Decimal("0.001")
    rounded = value.quantize(places, rounding=ROUND_HALF_EVEN)
    at_most = isinstance(o, ObjectiveResult) and _at_most(o)
    if isinstance(o, ObjectiveResult):
        threshold = o.target.value if o.source != "tickets" else o.required_percent
    else:  # a priority row: the objective's required share (``required``)
        threshold = required
    threshold = Decimal(100) if threshold is None and not at_most else threshold
    if o.status == "breached" and threshold is not None:
        looks_met = rounded <= threshold if at_most else rounded >= threshold
        if looks_met:
            return value.quantize(places, rounding=ROUND_CEILING if at_most else ROUND_FLOOR)
    return rounded


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
# Words


_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Service level report",
        "period": "Period",
        "agreement": "Agreement",
        "version": "Version",
        "time_zone": "Time zone",
        "as_of": "Data as of",
        "generated_from": "Data files",
        "summary": "Summary",
        "chart": "Attainment against target",
        "chart_note": "Bars show the attainment; the dark line marks the target. Each row has "
        "its own scale, shown at its ends.",
        "results": "Objectives",
        "objective": "Objective",
        "target": "Target",
        "attainment": "Attainment",
        "status": "Status",
        "credit": "Credit",
        "met": "Met",
        "breached": "Breached",
        "no_data": "No data",
        "evidence": "Breaches and evidence",
        "no_breaches": "No objective was breached in the period.",
        "ticket": "Ticket",
        "counted": "Counted",
        "priority": "Priority",
        "created": "Created",
        "stopped": "Stopped",
        "measured": "Measured",
        "still_open": "still open",
        "start": "Start",
        "end": "End",
        "minutes": "Minutes",
        "incidents": "Incidents",
        "reason": "Reason",
        "downtime": "Downtime counted",
        "excluded": "Not counted (exclusions)",
        "availability_figures": "{period} min in the period, {excluded} min excluded, "
        "{eligible} min eligible, {down} min of downtime.",
        "metric_figures": "Value reported in the metrics file: {value} (target: {target}).",
        "share_required": "at least {share} of them on time",
        "more_breaches": "Showing {shown} of {total} breaches; the JSON report lists the same.",
        "credits": "Service credits",
        "credit_tier": "Tier",
        "credit_total": "Total before cap",
        "credit_cap": "Cap",
        "credit_owed": "Credit owed",
        "credit_amount": "Amount",
        "no_credit": "No service credit is owed for the period.",
        "chronic": "Chronic failure",
        "chronic_yes": "Chronic failure reached for: {names}.",
        "chronic_no": "No objective has reached chronic failure.",
        "notes": "Notes",
        "business": "business",
        "value": "Value",
        "by_priority": "by priority",
        "page": "Page",
        "of": "of",
        "lte": "at most",
        "lt": "below",
        "gte": "at least",
        "gt": "above",
        "unit_count": "",
        "unit_score": "points",
        "unit_percent": "%",
        "unit_money": "",
        "history": "earlier report",
        "none": "",
        "data": "",
    },
    "es": {
        "report": "Informe de niveles de servicio",
        "period": "Periodo",
        "agreement": "Acuerdo",
        "version": "Versión",
        "time_zone": "Zona horaria",
        "as_of": "Datos a fecha de",
        "generated_from": "Ficheros de datos",
        "summary": "Resumen",
        "chart": "Cumplimiento frente al objetivo",
        "chart_note": "Las barras muestran el cumplimiento; la línea oscura marca el objetivo. "
        "Cada fila tiene su propia escala, indicada en sus extremos.",
        "results": "Objetivos",
        "objective": "Objetivo",
        "target": "Meta",
        "attainment": "Cumplimiento",
        "status": "Estado",
        "credit": "Crédito",
        "met": "Cumplido",
        "breached": "Incumplido",
        "no_data": "Sin datos",
        "evidence": "Incumplimientos y pruebas",
        "no_breaches": "No se incumplió ningún objetivo en el periodo.",
        "ticket": "Ticket",
        "counted": "Computados",
        "priority": "Prioridad",
        "created": "Creado",
        "stopped": "Detenido",
        "measured": "Medido",
        "still_open": "sigue abierto",
        "start": "Inicio",
        "end": "Fin",
        "minutes": "Minutos",
        "incidents": "Incidencias",
        "reason": "Motivo",
        "downtime": "Indisponibilidad computada",
        "excluded": "No computado (exclusiones)",
        "availability_figures": "{period} min en el periodo, {excluded} min excluidos, "
        "{eligible} min computables, {down} min de indisponibilidad.",
        "metric_figures": "Valor del fichero de métricas: {value} (meta: {target}).",
        "share_required": "al menos el {share} a tiempo",
        "more_breaches": "Se muestran {shown} de {total} incumplimientos; el informe JSON "
        "incluye los mismos.",
        "credits": "Créditos de servicio",
        "credit_tier": "Tramo",
        "credit_total": "Total antes del límite",
        "credit_cap": "Límite",
        "credit_owed": "Crédito debido",
        "credit_amount": "Importe",
        "no_credit": "No se debe ningún crédito de servicio en el periodo.",
        "chronic": "Incumplimiento reiterado",
        "chronic_yes": "Incumplimiento reiterado alcanzado en: {names}.",
        "chronic_no": "Ningún objetivo ha alcanzado el incumplimiento reiterado.",
        "notes": "Notas",
        "business": "hábiles",
        "value": "Valor",
        "by_priority": "por prioridad",
        "page": "Página",
        "of": "de",
        "lte": "como máximo",
        "lt": "menos de",
        "gte": "al menos",
        "gt": "más de",
        "unit_count": "",
        "unit_score": "puntos",
        "unit_percent": "%",
        "unit_money": "",
        "history": "informe anterior",
        "none": "",
        "data": "",
    },
}

# Counted phrases, through the contract catalogs' plural forms (``make catalogs`` extracts them).
_TIME_UNITS = frozenset({"minutes", "hours", "business_hours", "days", "business_days"})
_COUNTED = NP_("%(num)s ticket counted", "%(num)s tickets counted")
_MET_TARGET = NP_("%(num)s met the target", "%(num)s met the target")
_PENDING = NP_("%(num)s pending", "%(num)s pending")
_SUMMARY_MET = NP_("%(num)s met", "%(num)s met")
_SUMMARY_BREACHED = NP_("%(num)s breached", "%(num)s breached")
_SUMMARY_NO_DATA = NP_("%(num)s without data", "%(num)s without data")
_MISSED_OF = NP_("%(num)s missed of %(out_of)s", "%(num)s missed of %(out_of)s")
_CHRONIC_RULE = NP_(
    "Missing an objective in %(limit)s of %(num)s consecutive period.",
    "Missing an objective in %(limit)s of %(num)s consecutive periods.",
)
_PENDING_NOTE = NP_(
    "%(num)s open ticket not yet due is not counted.",
    "%(num)s open tickets not yet due are not counted.",
)

_NOTES_ES: dict[str, str] = {
    "capped": "Los créditos de {before} % se limitan al {cap} % de la cuota mensual.",
    "window": "El contrato mide este objetivo por {window}; este informe mide el mes.",
    "no_data": "No hay datos de este objetivo en el periodo.",
    "tiers_not_percent": "Los tramos de crédito se aplican a porcentajes; no se aplica ninguno.",
    "no_metric": "El fichero de métricas no tiene valor para {key}.",
    "no_time_target": "El objetivo no tiene una meta de tiempo.",
    "no_pauses": "El reloj de este objetivo no se detiene; se ignoran las pausas.",
    "best_effort": (
        "{n} ticket(s) de {priorities} son de mejor esfuerzo: no se les aplica ningún objetivo "
        "y no se computan."
    ),
    "above_capacity": (
        "{n} ticket(s) por encima de la capacidad de {capacity} ({name}) no se miden con este "
        "objetivo."
    ),
    "over_capacity_suspends": (
        "{volume} frente a una capacidad de {capacity}: {excess} por encima. Un volumen superior "
        "a la capacidad no es un incumplimiento; los objetivos de {objectives} no se aplican al "
        "exceso."
    ),
    "over_capacity": (
        "{volume} frente a una capacidad de {capacity}: {excess} por encima. Un volumen superior "
        "a la capacidad no es un incumplimiento; siguen aplicándose todos los objetivos."
    ),
    "capped_term": (
        "Los créditos del {before} % de la cuota mensual se limitan al {left} % que queda del "
        "límite del {term_es} ({cap} % de sus cuotas)."
    ),
    "escalated": (
        "{n} ticket(s) alcanzaron el {share} % del tiempo permitido: se escalan a {level}."
    ),
    "term_from_january": (
        "El acuerdo no tiene fecha de entrada en vigor: se considera que el {term_es} empieza en "
        "enero."
    ),
    "term_earlier_unknown": (
        "Este informe no conoce los créditos generados antes en este {term_es} (desde {start}); "
        "su límite solo cuenta los créditos de este mes."
    ),
}


@dataclass(frozen=True, slots=True)
class _Fmt:
    language: str
    currency: str
    tz: str
    locale: str = ""  # the agreement's conventions (en_GB, es_MX…); empty: the language's

    @property
    def conventions(self) -> str:
        return self.locale or self.language

    @property
    def text(self) -> Formatter:
        """The contract's formatter: the catalogs' words and plural forms, in this locale."""
        return Formatter(self.language, self.currency, self.conventions)

    def number(self, value: Decimal | int | None, places: int = 3) -> str:
        if value is None:
            return "—"
        rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
        return format_decimal(
            rounded.normalize(), locale=self.conventions, decimal_quantization=False
        )

    def percent(self, value: Decimal | None, places: int = 3) -> str:
        if value is None:
            return "—"
        rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
        return format_percent(
            rounded.normalize() / 100, locale=self.conventions, decimal_quantization=False
        )

    def money(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        return format_currency(value, self.currency, locale=self.conventions)

    def moment(self, value: dt.datetime | None) -> str:
        if value is None:
            return "—"
        return format_datetime(
            value, "yyyy-MM-dd HH:mm", tzinfo=value.tzinfo, locale=self.conventions
        )

    def month(self, start: dt.datetime) -> str:
        pattern = "MMMM 'de' yyyy" if self.language == "es" else "LLLL yyyy"
        return format_datetime(start, pattern, tzinfo=start.tzinfo, locale=self.conventions)

    def count(self, forms: tuple[str, str], n: int, **values: object) -> str:
        """A counted phrase through the catalog's plural forms: "1 ticket counted", "2 tickets
        counted", "1 ticket computado"."""
        return self.text.ngettext(*forms, n) % {"num": self.number(n), **values}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _words(language: str) -> Mapping[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def _target_text(spec: TargetSpec, words: Mapping[str, str], fmt: _Fmt) -> str:
    value = Decimal(spec.value)
    if spec.unit == "percent":
        amount = fmt.percent(value, 6)
    elif spec.unit == "money":
        amount = fmt.money(value)
    elif spec.unit in _TIME_UNITS:  # "1 business day", "4 business hours": the catalog's forms
        amount = fmt.text.amount(value.normalize(), spec.unit)
    else:
        unit = words.get(f"unit_{spec.unit}", spec.unit)
        amount = f"{fmt.number(value, 6)} {unit}".strip()
    return f"{words.get(spec.comparator, spec.comparator)} {amount}"


def _value_text(o: ObjectiveResult, fmt: _Fmt, words: Mapping[str, str]) -> str:
    shown = shown_attainment(o)
    if shown is None:
        return "—"
    if o.attainment_unit == "percent":
        return fmt.percent(shown)
    if o.attainment_unit == "money":
        return fmt.money(o.attainment)
    if o.attainment_unit in _TIME_UNITS:
        return fmt.text.amount(shown.normalize(), o.attainment_unit)
    unit = words.get(f"unit_{o.attainment_unit}", o.attainment_unit)
    return f"{fmt.number(shown)} {unit}".strip()


def _duration(minutes: Decimal, business: bool, words: Mapping[str, str], fmt: _Fmt) -> str:
    total = int(minutes.to_integral_value(rounding=ROUND_HALF_EVEN))
    hours, mins = divmod(total, 60)
    text = f"{hours} h {mins:02d} min" if hours else f"{mins} min"
    return f"{text} ({words['business']})" if business else text


def _note_text(
    note_code: str, text: str, params: tuple[tuple[str, str], ...], lang: str, fmt: _Fmt
) -> str:
    values = dict(params)
    if note_code == "pending" and str(values.get("n", "")).isdigit():
        return fmt.count(_PENDING_NOTE, int(values["n"]))
    if lang == "es" and note_code in _NOTES_ES:
        return _NOTES_ES[note_code].format(**dict(params))
    return text


# ---------------------------------------------------------------------------------------------
# Chart: one row per measured objective, bar = attainment, line = target, own scale per row


_LADDER = [
    Decimal(x) for x in ("0", "50", "80", "90", "95", "98", "99", "99.5", "99.8", "99.9", "99.95")
]
CHART_WIDTH = 640
_LABEL_W = 190
_BAR_X = 200
_BAR_W = 330
_ROW_H = 30


def _scale(o: ObjectiveResult, target: Decimal) -> tuple[Decimal, Decimal]:
    assert o.attainment is not None
    low_value = min(o.attainment, target)
    high_value = max(o.attainment, target)
    if o.attainment_unit == "percent" and high_value <= 100:
        gap = max(Decimal(100) - low_value, Decimal("0.01"))
        lo = Decimal(0)
        for step in _LADDER:
            if Decimal(100) - step >= gap * Decimal("1.5"):
                lo = step
        return lo, Decimal(100)
    lo = min(Decimal(0), low_value)
    hi = high_value * Decimal("1.15") if high_value > 0 else Decimal(1)
    if lo < 0:
        lo = lo * Decimal("1.15")
    return lo, hi if hi > lo else lo + 1


def chart_rows(report: Report, fmt: _Fmt, words: Mapping[str, str]) -> list[dict[str, Any]]:
    """Geometry of the attainment chart (the template draws it as inline SVG)."""
    rows: list[dict[str, Any]] = []
    for o in report.objectives:
        if o.attainment is None:
            continue
        target = o.required_percent if o.required_percent is not None else o.target.value
        lo, hi = _scale(o, target)
        span = hi - lo

        def x(value: Decimal, lo: Decimal = lo, span: Decimal = span) -> float:
            share = (min(max(value, lo), lo + span) - lo) / span
            return round(_BAR_X + float(share) * _BAR_W, 2)

        y = len(rows) * _ROW_H
        lo_text = fmt.number(lo, 2) if o.attainment_unit != "percent" else fmt.percent(lo, 2)
        hi_text = fmt.number(hi, 0) if o.attainment_unit != "percent" else fmt.percent(hi, 2)
        name = o.name if len(o.name) <= 34 else o.name[:33] + "…"
        rows.append(
            {
                "name": name,
                "y": y,
                "bar_x": _BAR_X,
                "bar_w": round(x(o.attainment) - _BAR_X, 2),
                "target_x": x(target),
                "status": o.status,
                "value": _value_text(o, fmt, words),
                "lo": lo_text,
                "hi": hi_text,
            }
        )
    return rows


# ---------------------------------------------------------------------------------------------
# HTML and PDF


def _context(report: Report, agreement: Agreement) -> dict[str, Any]:
    lang = report.language if report.language in _WORDS else "en"
    words = _words(lang)
    fmt = _Fmt(lang, report.currency, report.time_zone, agreement_locale(agreement.agreement))
    tiers = {t.id: t for t in agreement.consequences.credit_tiers}
    objectives: list[dict[str, Any]] = []
    for o in report.objectives:
        tier = tiers.get(o.credit_tier) if o.credit_tier else None
        figures = ""
        if o.source == "incidents" and o.period_minutes is not None:
            figures = words["availability_figures"].format(
                period=fmt.number(o.period_minutes),
                excluded=fmt.number(o.excluded_minutes),
                eligible=fmt.number(o.eligible_minutes),
                down=fmt.number(o.downtime_minutes),
            )
        elif o.source == "metrics" and o.attainment is not None:
            figures = words["metric_figures"].format(
                value=_value_text(o, fmt, words), target=_target_text(o.target, words, fmt)
            )
        elif o.source == "tickets":
            figures = (
                ", ".join(
                    [
                        fmt.count(_COUNTED, o.counted or 0),
                        fmt.count(_MET_TARGET, o.met_count or 0),
                        fmt.count(_PENDING, o.pending or 0),
                    ]
                )
                + "."
            )
        target = _target_text(o.target, words, fmt)
        if o.required_percent is not None and o.priorities:
            target = f"{words['by_priority']}; " + words["share_required"].format(
                share=fmt.percent(o.required_percent, 3)
            )
        elif o.required_percent is not None:
            target += "; " + words["share_required"].format(
                share=fmt.percent(o.required_percent, 3)
            )
        objectives.append(
            {
                "r": o,
                "target": target,
                "value": _value_text(o, fmt, words),
                "status": words[o.status],
                "credit": fmt.percent(o.credit_percent, 3) if o.credit_percent else "—",
                "tier": (
                    f"{fmt.percent(tier.at_least, 3)} – < {fmt.percent(tier.below, 3)}"
                    if tier
                    else ""
                ),
                "figures": figures,
                "priorities": [
                    {
                        "name": p.name,
                        "target": _target_text(p.target, words, fmt),
                        "counted": p.counted,
                        "met": p.met,
                        "value": fmt.percent(shown_attainment(p, o.required_percent)),
                        "status": words[p.status],
                        "status_code": p.status,
                    }
                    for p in o.priorities
                ],
                "breaches": [
                    {
                        "ticket": b.ticket,
                        "priority": b.priority,
                        "created": fmt.moment(b.created),
                        "stopped": fmt.moment(b.stopped) if b.stopped else words["still_open"],
                        "measured": _duration(b.measured_minutes, b.business_time, words, fmt),
                        "target": _target_text(b.target, words, fmt),
                    }
                    for b in o.ticket_breaches
                ],
                "more": (
                    words["more_breaches"].format(
                        shown=len(o.ticket_breaches), total=o.breach_count
                    )
                    if o.source == "tickets" and o.breach_count > len(o.ticket_breaches)
                    else ""
                ),
                "downtime": [
                    {
                        "start": fmt.moment(d.start),
                        "end": fmt.moment(d.end),
                        "minutes": fmt.number(d.minutes),
                        "incidents": ", ".join(d.incidents),
                    }
                    for d in o.downtime
                ],
                "excluded": [
                    {
                        "start": fmt.moment(x.start),
                        "end": fmt.moment(x.end),
                        "minutes": fmt.number(x.minutes),
                        "reason": x.reason,
                        "incidents": ", ".join(x.incidents),
                    }
                    for x in o.excluded
                ],
                "chronic": (
                    {
                        "text": fmt.count(
                            _MISSED_OF, o.chronic.missed, out_of=fmt.number(o.chronic.out_of)
                        ),
                        "triggered": o.chronic.triggered,
                        "periods": [
                            {"period": p.period, "status": words[p.status], "code": p.status}
                            for p in o.chronic.periods
                        ],
                    }
                    if o.chronic
                    else None
                ),
                "notes": [_note_text(n.code, n.text, n.params, lang, fmt) for n in o.notes],
            }
        )
    chronic_rule = agreement.consequences.chronic_failure
    names = {o.id: o.name for o in report.objectives}
    return {
        "w": words,
        "lang": lang,
        "report": report,
        "title": report.agreement_title or report.document_id or words["agreement"],
        "header_title": _clip(report.agreement_title or words["agreement"], 60),
        "month": fmt.month(report.period_start),
        "as_of": fmt.moment(report.as_of) if report.as_of else "",
        "objectives": objectives,
        "breached": [o for o in objectives if o["r"].status == "breached"],
        "chart": chart_rows(report, fmt, words),
        "chart_width": CHART_WIDTH,
        "colours": {"met": "#2e7d32", "breached": "#b3261e", "no_data": "#8a8a8a"},
        "chart_label_w": _LABEL_W,
        "chart_bar_w": _BAR_W,
        "chart_row_h": _ROW_H,
        "credit_before": fmt.percent(report.credit_percent_before_cap, 3),
        "credit_cap": fmt.percent(report.credit_cap_percent, 3)
        if report.credit_cap_percent is not None
        else "—",
        "credit_owed": fmt.percent(report.credit_percent, 3),
        "credit_amount": fmt.money(report.credit_amount)
        if report.credit_amount is not None
        else "",
        "credit_rows": [o for o in objectives if o["r"].credit_percent],
        "chronic_rule": fmt.count(
            _CHRONIC_RULE, chronic_rule.out_of, limit=fmt.number(chronic_rule.missed_periods)
        )
        if chronic_rule
        else "",
        "chronic_names": ", ".join(names[i] for i in report.chronic_objectives),
        "notes": [_note_text(n.code, n.text, n.params, lang, fmt) for n in report.notes],
        "summary_counts": [
            ("met", fmt.count(_SUMMARY_MET, len(report.met))),
            ("breached", fmt.count(_SUMMARY_BREACHED, len(report.breached))),
            (
                "",
                fmt.count(
                    _SUMMARY_NO_DATA,
                    len(report.objectives) - len(report.met) - len(report.breached),
                ),
            ),
        ],
        "formal": agreement.agreement.kind
        in (AgreementKind.CUSTOMER, AgreementKind.VENDOR, AgreementKind.PARTNER),
    }


def report_html(report: Report, agreement: Agreement) -> str:
    """The report as one self-contained HTML page (style sheet inlined, chart as inline SVG)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
    from markupsafe import Markup

    folder = templates_dir() / REPORT_TEMPLATE_DIR
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    css = Markup((folder / "report.css").read_text(encoding="utf-8"))  # bundled, no user text
    return env.get_template("report.html").render(css=css, **_context(report, agreement))


def report_pdf(report: Report, agreement: Agreement) -> bytes:
    """The report as PDF bytes (WeasyPrint, loading nothing but bundled files and data: URLs)."""
    import logging

    from ...render.engine import load_weasyprint

    load_weasyprint()
    from weasyprint import HTML

    from ...render.fetcher import make_fetcher
    from ...render.fonts import bundled_fonts

    html = report_html(report, agreement)
    warnings: list[str] = []
    root = templates_dir()
    fetcher = make_fetcher([root / REPORT_TEMPLATE_DIR], warnings)
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.ERROR)  # font-subsetting chatter is not the user's business
    try:
        document = HTML(
            string=html, base_url=(root / REPORT_TEMPLATE_DIR).as_uri() + "/", url_fetcher=fetcher
        )
        with bundled_fonts(warnings) as (font_config, fonts_sheet):
            pdf: bytes = document.write_pdf(stylesheets=[fonts_sheet], font_config=font_config)
    finally:
        logger.setLevel(level)
    return pdf


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
