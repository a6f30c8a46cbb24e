"""Sentences and figures shown beside the form: downtime budgets, credit tiers, item labels.

No Qt, so they are easy to test and reuse.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

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
    return (
        f"Downtime budget at {percent(target.value)}: {format_minutes(month)} per 30-day month, "
        f"{format_minutes(quarter)} per quarter (91 days)."
    )


def percent(value: Decimal) -> str:
    """99 → ``99.0 %``, 99.95 → ``99.95 %``."""
    text = f"{value.normalize():f}"
    if "." not in text:
        text += ".0"
    return f"{text} %"


def whole_percent(value: Decimal) -> str:
    return f"{value.normalize():f} %"


_WINDOW_ADJECTIVE: dict[WindowKind, str] = {
    WindowKind.MONTH: "monthly",
    WindowKind.QUARTER: "quarterly",
    WindowKind.YEAR: "yearly",
    WindowKind.ROLLING_DAYS: "rolling",
}


def credit_tier_sentence(tier: CreditTier, objective: Objective | None) -> str:
    """The sentence a credit tier becomes in the contract."""
    if objective is None:
        measured = f"attainment of objective '{tier.objective}'"
    elif objective.metric is MetricKind.AVAILABILITY:
        measured = f"{_WINDOW_ADJECTIVE[objective.window.kind]} uptime"
    else:
        name = objective.name.strip() or objective.id
        measured = f"{_WINDOW_ADJECTIVE[objective.window.kind]} attainment of “{name}”"
    if tier.at_least > 0:
        band = f"is at least {percent(tier.at_least)} but below {percent(tier.below)}"
    else:
        band = f"is below {percent(tier.below)}"
    return (
        f"If {measured} {band}, the customer receives a credit of "
        f"{whole_percent(tier.credit_percent)} of the monthly fee."
    )


def target_text(target: Target) -> str:
    return (
        f"{COMPARATOR_WORDS[target.comparator]} {target.value.normalize():f} "
        f"{humanize(target.unit.value).lower()}"
    )


def item_label(item: Any, index: int) -> str:
    """How a list item is named in its list: its name, term or title, or a summary."""
    if isinstance(item, WorkingPeriod):
        return f"{humanize(item.weekday.value)} {item.start:%H:%M}–{item.end:%H:%M}"
    if isinstance(item, CreditTier):
        low = percent(item.at_least) if item.at_least > 0 else "0 %"
        credit = whole_percent(item.credit_percent)
        return f"{item.objective}: {low} – {percent(item.below)} → {credit}"
    if isinstance(item, PriorityTarget):
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
    return f"Item {index + 1}"
