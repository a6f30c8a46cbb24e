"""The compliance report: a month's :class:`~slawriter.model.compliance.Report` through
``templates/report/report.html`` to HTML and a PDF in the contract's style.

The context builder formats every figure with the one :class:`~..formatting.Formatter` in the
agreement's language and locale; the report's words are in the contract catalogs — the
template's through ``_()``, the ones put together here through the markers below (``make
catalogs`` extracts both). The notes' English templates are here too: the compliance engine
writes each note from its template (:data:`NOTES`), and the PDF says it in the report's
language with the same values.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from ...model.agreement import Agreement, AgreementKind, CreditTier
from ...model.compliance import Note, ObjectiveResult, Report, TargetSpec, shown_attainment
from ...model.locales import agreement_locale
from ..formatting import NONE, Formatter
from ..html import stylesheet
from ..i18n import N_, NP_
from ..printer import PDF_VARIANT
from . import Document

TEMPLATE = "report/report.html"
STYLESHEET = "report/report.css"
PLACES = 3
"""Decimals of the report's figures (rounded half-even)."""

# ---------------------------------------------------------------------------------------------
# Words put together here (the template's own are in it)

AGREEMENT = N_("Agreement")
STATUS_WORDS = {"met": N_("Met"), "breached": N_("Breached"), "no_data": N_("No data")}
_COMPARATORS = {
    "lte": N_("at most"),
    "lt": N_("below"),
    "gte": N_("at least"),
    "gt": N_("above"),
}
_UNITS = {"count": "", "score": N_("points")}  # percentages, money and time: their own forms
_STILL_OPEN = N_("still open")
_BUSINESS = N_("business")
_BY_PRIORITY = N_("by priority")
_SHARE_REQUIRED = N_("at least %(share)s of them on time")
_AVAILABILITY_FIGURES = N_(
    "%(period)s min in the period, %(excluded)s min excluded, %(eligible)s min eligible, "
    "%(down)s min of downtime."
)
_METRIC_FIGURES = N_("Value reported in the metrics file: %(value)s (target: %(target)s).")
_MORE_BREACHES = N_("Showing %(shown)s of %(total)s breaches; the JSON report lists the same.")

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

# ---------------------------------------------------------------------------------------------
# Notes: the English template of each note code, with the values the engine fills in

_ABOVE_CAPACITY = N_("Above capacity")
_FILE_KINDS = {"tickets": N_("tickets"), "incidents": N_("incidents"), "metrics": N_("metrics")}
"""The data files the report names, by kind."""
_TERM_CAP_ROW = N_("Left of the cap for the %(term)s (%(cap)s of its fees)")
CONTRACT_YEAR = N_("contract year")
SUBSCRIPTION_PERIOD = N_("subscription period")
_WORD_VALUES = frozenset({"term"})
"""Values of a note that are words of this module (:data:`CONTRACT_YEAR`…), said in the
report's language; the others (names, figures) are shown as they are."""

NOTES: dict[str, str] = {
    "capped": N_("Credits of %(before)s are capped at %(cap)s of the monthly fee."),
    "capped_term": N_(
        "Credits of %(before)s of the monthly fee are capped at the %(left)s left of the cap for "
        "the %(term)s (%(cap)s of its fees)."
    ),
    "window": N_(
        "The contract measures this objective over a %(window)s; this report measures the month."
    ),
    "no_data": N_("No data for this objective in the period."),
    "tiers_not_percent": N_("Credit tiers apply to percentages; none is applied."),
    "no_metric": N_("The metrics file has no value for %(key)s."),
    "no_time_target": N_("The objective has no time target."),
    "no_pauses": N_("The clock of this objective does not pause; pauses are ignored."),
    "over_capacity_suspends": N_(
        "%(volume)s against a capacity of %(capacity)s: %(excess)s above it. A volume above the "
        "capacity is not a breach; the targets of %(objectives)s do not apply to the excess."
    ),
    "over_capacity_suspends_priorities": N_(
        "%(volume)s against a capacity of %(capacity)s: %(excess)s above it. A volume above the "
        "capacity is not a breach; the targets of %(objectives)s for %(priorities)s do not apply "
        "to the excess."
    ),
    "over_capacity": N_(
        "%(volume)s against a capacity of %(capacity)s: %(excess)s above it. A volume above the "
        "capacity is not a breach; every target still applies."
    ),
    "term_from_january": N_(
        "The agreement has no effective date: the %(term)s is taken to start in January."
    ),
    "term_earlier_unknown": N_(
        "Credits earned earlier in this %(term)s (since %(start)s) are not known to this "
        "report; its cap counts this month's credits only."
    ),
}

COUNTED_NOTES: dict[str, tuple[str, str]] = {
    "best_effort": NP_(
        "%(num)s ticket of %(priorities)s is best effort: no target applies and it is not counted.",
        "%(num)s tickets of %(priorities)s are best effort: no target applies and they are not "
        "counted.",
    ),
    "above_capacity": NP_(
        "%(num)s ticket beyond the capacity of %(capacity)s (%(name)s) is not measured against "
        "this objective.",
        "%(num)s tickets beyond the capacity of %(capacity)s (%(name)s) are not measured "
        "against this objective.",
    ),
    "pending": _PENDING_NOTE,
    "escalated": NP_(
        "%(num)s ticket reached %(share)s of the time allowed: escalate to %(level)s.",
        "%(num)s tickets reached %(share)s of the time allowed: escalate to %(level)s.",
    ),
}
"""Notes that count tickets, said with the catalog's plural forms ("1 ticket", "2 tickets");
their ``n`` is the count."""

_PERCENT_VALUES = frozenset({"before", "cap", "left", "share"})
"""Values of a note that are percentages: "5%" in English, "5 %" in Spanish."""

_WINDOW_WORDS = (N_("quarter"), N_("year"), N_("rolling days"), N_("month"))
"""The measurement windows a note names (``window``), said in the report's language."""


def _term_word(basis: str) -> str:
    return CONTRACT_YEAR if basis == "contract_year" else SUBSCRIPTION_PERIOD


def note(code: str, **values: object) -> Note:
    """The note ``code`` with its values, its text in English (as the JSON report gives it)."""
    shown = {k: f"{v}%" if k in _PERCENT_VALUES else v for k, v in values.items()}
    if code in COUNTED_NOTES:
        n = int(str(values["n"]))
        singular, plural = COUNTED_NOTES[code]
        text = (singular if n == 1 else plural) % {"num": n, **shown}
    else:
        text = NOTES[_template_key(code, values)] % shown
    return Note(code, text, tuple((k, str(v)) for k, v in values.items()))


def _template_key(code: str, values: dict[str, object] | dict[str, str]) -> str:
    """A note that names priorities has its own sentence (same code, so the JSON keeps it)."""
    variant = f"{code}_priorities"
    return variant if "priorities" in values and variant in NOTES else code


def note_text(item: Note, fmt: Formatter) -> str:
    """A note in the report's language."""
    values = dict(item.params)
    said: dict[str, str] = {}
    for key, value in values.items():
        if key in _WORD_VALUES or key == "window":
            said[key] = fmt.gettext(value)
        elif key in _PERCENT_VALUES:
            said[key] = fmt.percent(Decimal(value))
        else:
            said[key] = value
    if item.code in COUNTED_NOTES and values.get("n", "").isdigit():
        said.pop("n")
        return fmt.count(COUNTED_NOTES[item.code], int(values["n"]), **said)
    template = NOTES.get(_template_key(item.code, values))
    if template is None:
        return item.text
    return fmt.gettext(template) % said


# ---------------------------------------------------------------------------------------------
# Figures


def _target_text(spec: TargetSpec, fmt: Formatter) -> str:
    value = Decimal(spec.value)
    if spec.unit == "percent":
        amount = fmt.percent(value, 6)
    elif spec.unit == "money":
        amount = fmt.money(value)
    elif spec.unit in _TIME_UNITS:  # "1 business day", "4 business hours": the catalog's forms
        amount = fmt.amount(value.normalize(), spec.unit)
    else:
        amount = f"{fmt.number(value, 6)} {_unit(spec.unit, fmt)}".strip()
    return f"{_word(_COMPARATORS, spec.comparator, fmt)} {amount}"


def _value_text(o: ObjectiveResult, fmt: Formatter) -> str:
    shown = shown_attainment(o)
    if shown is None:
        return NONE
    if o.attainment_unit == "percent":
        return fmt.percent(shown, PLACES)
    if o.attainment_unit == "money":
        return fmt.money(o.attainment)
    if o.attainment_unit in _TIME_UNITS:
        return fmt.amount(shown.normalize(), o.attainment_unit)
    return f"{fmt.number(shown, PLACES)} {_unit(o.attainment_unit, fmt)}".strip()


def _word(words: dict[str, str], key: str, fmt: Formatter) -> str:
    """``words[key]`` in the report's language; a key without a word is shown as it is."""
    return fmt.gettext(words[key]) if words.get(key) else words.get(key, key)


def _unit(unit: str, fmt: Formatter) -> str:
    return _word(_UNITS, unit, fmt)


def _duration(minutes: Decimal, business: bool, fmt: Formatter) -> str:
    total = int(minutes.to_integral_value(rounding=ROUND_HALF_EVEN))
    hours, mins = divmod(total, 60)
    text = f"{hours} h {mins:02d} min" if hours else f"{mins} min"
    return f"{text} ({fmt.gettext(_BUSINESS)})" if business else text


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


def chart_rows(report: Report, fmt: Formatter) -> list[dict[str, Any]]:
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
                "value": _value_text(o, fmt),
                "lo": lo_text,
                "hi": hi_text,
            }
        )
    return rows


# ---------------------------------------------------------------------------------------------
# The context


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _objective(o: ObjectiveResult, tiers: dict[str, CreditTier], fmt: Formatter) -> dict[str, Any]:
    tier = tiers.get(o.credit_tier) if o.credit_tier else None
    figures = ""
    if o.source == "incidents" and o.period_minutes is not None:
        figures = fmt.gettext(_AVAILABILITY_FIGURES) % {
            "period": fmt.number(o.period_minutes, PLACES),
            "excluded": fmt.number(o.excluded_minutes, PLACES),
            "eligible": fmt.number(o.eligible_minutes, PLACES),
            "down": fmt.number(o.downtime_minutes, PLACES),
        }
    elif o.source == "metrics" and o.attainment is not None:
        figures = fmt.gettext(_METRIC_FIGURES) % {
            "value": _value_text(o, fmt),
            "target": _target_text(o.target, fmt),
        }
    elif o.source == "tickets":
        counts = [
            fmt.count(_COUNTED, o.counted or 0),
            fmt.count(_MET_TARGET, o.met_count or 0),
            fmt.count(_PENDING, o.pending or 0),
        ]
        figures = ", ".join(counts) + "."
    target = _target_text(o.target, fmt)
    if o.required_percent is not None:
        share = fmt.gettext(_SHARE_REQUIRED) % {"share": fmt.percent(o.required_percent, 3)}
        if o.priorities:
            target = f"{fmt.gettext(_BY_PRIORITY)}; {share}"
        else:
            target += f"; {share}"
    status = {code: fmt.gettext(word) for code, word in STATUS_WORDS.items()}
    return {
        "r": o,
        "target": target,
        "value": _value_text(o, fmt),
        # Above a capacity is never a breach (the note says so), but "Met" alone would hide
        # that it was exceeded.
        "status": fmt.gettext(_ABOVE_CAPACITY) if o.over_capacity else status[o.status],
        "credit": fmt.percent(o.credit_percent, 3) if o.credit_percent else NONE,
        "tier": (
            f"{fmt.percent(tier.at_least, 3)} – < {fmt.percent(tier.below, 3)}" if tier else ""
        ),
        "figures": figures,
        "priorities": [
            {
                "name": p.name,
                "target": _target_text(p.target, fmt),
                "counted": p.counted,
                "met": p.met,
                "value": fmt.percent(shown_attainment(p, o.required_percent), PLACES),
                "status": status[p.status],
                "status_code": p.status,
            }
            for p in o.priorities
        ],
        "breaches": [
            {
                "ticket": b.ticket,
                "priority": b.priority,
                "created": fmt.moment(b.created),
                "stopped": fmt.moment(b.stopped) if b.stopped else fmt.gettext(_STILL_OPEN),
                "measured": _duration(b.measured_minutes, b.business_time, fmt),
                "target": _target_text(b.target, fmt),
            }
            for b in o.ticket_breaches
        ],
        "more": (
            fmt.gettext(_MORE_BREACHES) % {"shown": len(o.ticket_breaches), "total": o.breach_count}
            if o.source == "tickets" and o.breach_count > len(o.ticket_breaches)
            else ""
        ),
        "downtime": [
            {
                "start": fmt.moment(d.start),
                "end": fmt.moment(d.end),
                "minutes": fmt.number(d.minutes, PLACES),
                "incidents": ", ".join(d.incidents),
            }
            for d in o.downtime
        ],
        "excluded": [
            {
                "start": fmt.moment(x.start),
                "end": fmt.moment(x.end),
                "minutes": fmt.number(x.minutes, PLACES),
                "reason": x.reason,
                "incidents": ", ".join(x.incidents),
            }
            for x in o.excluded
        ],
        "chronic": (
            {
                "text": fmt.count(
                    _MISSED_OF, o.chronic.missed, out_of=fmt.number(o.chronic.out_of, PLACES)
                ),
                "triggered": o.chronic.triggered,
                "periods": [
                    {"period": p.period, "status": status[p.status], "code": p.status}
                    for p in o.chronic.periods
                ],
            }
            if o.chronic
            else None
        ),
        "notes": [note_text(n, fmt) for n in o.notes],
    }


def report_context(report: Report, agreement: Agreement) -> dict[str, Any]:
    """What ``templates/report/report.html`` sees."""
    fmt = Formatter(report.language, report.currency, agreement_locale(agreement.agreement))
    tiers = {t.id: t for t in agreement.consequences.credit_tiers}
    objectives = [_objective(o, tiers, fmt) for o in report.objectives]
    chronic_rule = agreement.consequences.chronic_failure
    names = {o.id: o.name for o in report.objectives}
    agreement_word = fmt.gettext(AGREEMENT)
    no_data = len(report.objectives) - len(report.met) - len(report.breached)
    return {
        "lang": report.language,
        "css": stylesheet(STYLESHEET, language=report.language).text,
        "report": report,
        "title": report.agreement_title or report.document_id or agreement_word,
        "header_title": _clip(report.agreement_title or agreement_word, 60),
        "month": fmt.month(report.period_start),
        "as_of": fmt.moment(report.as_of) if report.as_of else "",
        "objectives": objectives,
        "breached": [o for o in objectives if o["r"].status == "breached"],
        "chart": chart_rows(report, fmt),
        "chart_width": CHART_WIDTH,
        "colours": {"met": "#2e7d32", "breached": "#b3261e", "no_data": "#8a8a8a"},
        "chart_label_w": _LABEL_W,
        "chart_bar_w": _BAR_W,
        "chart_row_h": _ROW_H,
        "credit_before": fmt.percent(report.credit_percent_before_cap, 3),
        "file_kinds": {kind: fmt.gettext(word) for kind, word in _FILE_KINDS.items()},
        "credit_cap": fmt.percent(report.credit_cap_percent, 3),
        # The longer cap (per subscription period or contract year), when there is one: what
        # it still allows this month, in % of the monthly fee.
        "term_cap_label": fmt.gettext(_TERM_CAP_ROW)
        % {
            "term": fmt.gettext(_term_word(report.credit_cap_term)),
            "cap": fmt.percent(report.credit_cap_term_percent, 3),
        }
        if report.credit_cap_term_percent is not None
        else "",
        "term_cap_left": fmt.percent(report.credit_term_remaining, 3),
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
        "notes": [note_text(n, fmt) for n in report.notes],
        "summary_counts": [
            ("met", fmt.count(_SUMMARY_MET, len(report.met))),
            ("breached", fmt.count(_SUMMARY_BREACHED, len(report.breached))),
            ("", fmt.count(_SUMMARY_NO_DATA, no_data)),
        ],
        "formal": agreement.agreement.kind
        in (AgreementKind.CUSTOMER, AgreementKind.VENDOR, AgreementKind.PARTNER),
    }


def report_document(report: Report, agreement: Agreement) -> Document:
    """The compliance report as a document: one self-contained page (its style sheet inlined,
    the chart as inline SVG), printed as a tagged PDF/A-3a (without an attachment)."""
    return Document(
        TEMPLATE, report.language, report_context(report, agreement), pdf_variant=PDF_VARIANT
    )
