"""Sentences and figures shown beside the form: downtime budgets, credit tiers, item labels.

No widgets, so they are easy to test and reuse; Qt only to translate them (without a translator
installed, or without a QApplication, the English text comes back).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model.agreement import (
    Comparator,
    CreditTier,
    MetricKind,
    Objective,
    PriorityTarget,
    Target,
    TargetUnit,
    WindowKind,
    WorkingPeriod,
)

MINUTES_30_DAY_MONTH = 30 * 24 * 60
MINUTES_QUARTER = 91 * 24 * 60

COMPARATOR_WORDS: dict[Comparator, str] = {
    Comparator.GTE: "at least",
    Comparator.GT: "more than",
    Comparator.LTE: "at most",
    Comparator.LT: "less than",
}


def _tr(context: str, text: str, disambiguation: str | None = None) -> str:
    """A string marked with QT_TRANSLATE_NOOP (or listed in .model_strings) in the UI language."""
    if disambiguation is None:  # never pass None: PySide6 then loses a reference to None
        return QCoreApplication.translate(context, text)
    return QCoreApplication.translate(context, text, disambiguation)


def humanize(value: str) -> str:
    """``by_agreement`` → ``By agreement``."""
    return value.replace("_", " ").capitalize()


def noun(model_name: str) -> str:
    """``CreditTier`` → ``Credit tier``."""
    words = re.findall(r"[A-Z][a-z0-9]*", model_name) or [model_name]
    return " ".join(words).capitalize()


def format_minutes(minutes: Decimal) -> str:
    """43.2 → ``43.2 min``; 432 → ``7 h 12 min``; 2628 → ``43 h 48 min``."""
    if minutes < 60:
        text = f"{minutes.quantize(Decimal('0.01')).normalize():f}"
        return f"{text} min"
    whole = int(minutes.to_integral_value())
    hours, rest = divmod(whole, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def downtime_budget(target: Decimal) -> tuple[Decimal, Decimal]:
    """Allowed downtime in minutes per 30-day month and per 91-day quarter (DOMAIN.md)."""
    share = (Decimal(100) - target) / Decimal(100)
    return share * MINUTES_30_DAY_MONTH, share * MINUTES_QUARTER


def downtime_budget_text(objective: Objective) -> str:
    """The downtime an availability objective allows, or "" when it is not one."""
    target = objective.target
    if objective.metric is not MetricKind.AVAILABILITY or target.unit is not TargetUnit.PERCENT:
        return ""
    if not Decimal(0) < target.value < Decimal(100):
        return ""
    month, quarter = downtime_budget(target.value)
    return QCoreApplication.translate(
        "helpers", "Downtime budget at {0}: {1} per 30-day month, {2} per quarter (91 days)."
    ).format(percent(target.value), format_minutes(month), format_minutes(quarter))


def percent(value: Decimal) -> str:
    """99 → ``99.0 %``, 99.95 → ``99.95 %``."""
    text = f"{value.normalize():f}"
    if "." not in text:
        text += ".0"
    return f"{text} %"


def whole_percent(value: Decimal) -> str:
    return f"{value.normalize():f} %"


_WINDOW_ADJECTIVE: dict[WindowKind, object] = {  # QT_TRANSLATE_NOOP gives the str back
    WindowKind.MONTH: QT_TRANSLATE_NOOP("helpers", "monthly"),
    WindowKind.QUARTER: QT_TRANSLATE_NOOP("helpers", "quarterly"),
    WindowKind.YEAR: QT_TRANSLATE_NOOP("helpers", "yearly"),
    WindowKind.ROLLING_DAYS: QT_TRANSLATE_NOOP("helpers", "rolling"),
}


def credit_tier_sentence(tier: CreditTier, objective: Objective | None) -> str:
    """The sentence a credit tier becomes in the contract."""
    if objective is None:
        measured = QCoreApplication.translate("helpers", "attainment of objective '{0}'").format(
            tier.objective
        )
    else:
        window = _tr("helpers", str(_WINDOW_ADJECTIVE[objective.window.kind]))
        if objective.metric is MetricKind.AVAILABILITY:
            measured = QCoreApplication.translate("helpers", "{0} uptime").format(window)
        else:
            name = objective.name.strip() or objective.id
            measured = QCoreApplication.translate("helpers", "{0} attainment of “{1}”").format(
                window, name
            )
    if tier.at_least > 0:
        band = QCoreApplication.translate("helpers", "is at least {0} but below {1}").format(
            percent(tier.at_least), percent(tier.below)
        )
    else:
        band = QCoreApplication.translate("helpers", "is below {0}").format(percent(tier.below))
    return QCoreApplication.translate(
        "helpers", "If {0} {1}, the customer receives a credit of {2} of the monthly fee."
    ).format(measured, band, whole_percent(tier.credit_percent))


def target_text(target: Target) -> str:
    # Enum labels, listed in .model_strings with their enum's name (see .i18n.enum_label).
    comparator = _tr("model", COMPARATOR_WORDS[target.comparator], "Comparator")
    unit = _tr("model", humanize(target.unit.value), "TargetUnit").lower()
    return f"{comparator} {target.value.normalize():f} {unit}"


def item_label(item: Any, index: int) -> str:
    """How a list item is named in its list: its name, term or title, or a summary."""
    if isinstance(item, WorkingPeriod):
        day = _tr("model", humanize(item.weekday.value), "Weekday")
        return f"{day} {item.start:%H:%M}–{item.end:%H:%M}"
    if isinstance(item, CreditTier):
        low = percent(item.at_least) if item.at_least > 0 else "0 %"
        credit = whole_percent(item.credit_percent)
        return f"{item.objective}: {low} – {percent(item.below)} → {credit}"
    if isinstance(item, PriorityTarget):
        if item.best_effort or item.target is None:
            return f"{item.priority}: {_tr('model', 'Best effort').lower()}"
        return f"{item.priority}: {target_text(item.target)}"
    if isinstance(item, BaseModel):
        data = item.model_dump()
        for key in ("name", "term", "title", "role", "summary", "text", "address"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                text = " ".join(value.split())
                label = text if len(text) <= 60 else text[:59] + "…"
                if key == "summary" and "version" in data:
                    label = f"v{data['version']} {label}"
                return label
        if "id" in data:
            return str(data["id"])
        if "kind" in data:
            return humanize(str(getattr(data["kind"], "value", data["kind"])))
    return QCoreApplication.translate("helpers", "Item {0}").format(index + 1)
