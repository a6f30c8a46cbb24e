"""Export an agreement's objectives as OpenSLO v1 ``kind: SLO`` documents (issue 6, section 2).

One document per objective, and per priority for objectives with a per-priority matrix. How each
kind of objective becomes an SLO:

- **Availability** (a percentage) → ``ratioMetric`` of good (available) over total (eligible)
  minutes, ``budgetingMethod: Occurrences``, ``target`` = the percentage / 100.
- **Other percentages** (CSAT as a share of satisfied answers, custom shares) → the same ratio of
  good events over all events; a maximum ("at most 5 % reopened") becomes ``bad`` over total with
  ``target`` = 1 − percentage / 100.
- **Times** (first response, resolution, implementation, lead follow-up) → ``thresholdMetric``
  with ``op`` and ``value``; minutes, hours and days become minutes of elapsed time, business
  hours become business minutes, business days stay business days (the unit and the calendar are
  in the ``slawriter.invalid/unit`` and ``…/calendar`` annotations: OpenSLO has no business
  calendars). ``target`` is the share of tickets that must meet the threshold, which the model
  keeps only in the credit tiers: the highest "attainment below" of the objective's tiers (95 %
  → 0.95). Without such a tier the contract asks every ticket to meet the threshold — 100 %,
  which OpenSLO cannot express (targets are below 1), so the objective is listed as skipped.
- **Best effort** priorities have no target and no SLO; each is listed as skipped, saying so.
  A **capacity** ("up to 500 tickets a month") is a ceiling the provider absorbs, never a target
  it misses, so it has no SLO either and is listed as skipped.
- **Totals per window** (a delivery commitment, money, NPS and other scores) →
  ``thresholdMetric`` read once per window, ``budgetingMethod: Timeslices`` with one time slice
  as long as the window, ``timeSliceTarget: 1`` and ``target: 0.5``: with a single slice any
  target between 0 and 1 means "the window's total must meet the threshold" (annotation
  ``slawriter.invalid/one-slice-per-window``). Money targets carry their currency.

Calendar windows start at the beginning of the month, quarter or year of the agreement's effective
date, in the agreement's time zone; rolling windows are ``Nd``. Parties, exclusions and credits
stay in the contract. Queries are placeholders named after the objective, with the objective's
data source as their description: the team that monitors fills them in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from ..model.agreement import (
    Agreement,
    Comparator,
    CreditTier,
    MetricKind,
    Objective,
    Priority,
    Target,
    TargetUnit,
    VolumeKind,
    WindowKind,
)
from ..model.types import slugify
from ..storage import write_output
from .documents import require_valid

__all__ = [
    "API_VERSION",
    "Skipped",
    "openslo_documents",
    "openslo_objects",
    "write_openslo",
    "write_openslo_objects",
]

API_VERSION = "openslo/v1"
ANNOTATION = "slawriter.invalid/"
MAX_NAME = 63
MAX_DESCRIPTION = 1050

Skipped = list[tuple[str, str]]
"""(objective ID, reason) for each objective, or priority of one, that was not exported."""

_TIME_METRICS = frozenset(
    {
        MetricKind.FIRST_RESPONSE_TIME,
        MetricKind.RESOLUTION_TIME,
        MetricKind.IMPLEMENTATION_TIME,
        MetricKind.LEAD_FOLLOW_UP_TIME,
    }
)
_ELAPSED_MINUTES = {TargetUnit.MINUTES: 1, TargetUnit.HOURS: 60, TargetUnit.DAYS: 1440}
_WINDOW_DURATION = {WindowKind.MONTH: "1M", WindowKind.QUARTER: "1Q", WindowKind.YEAR: "1Y"}


class NotExpressible(Exception):
    """An objective OpenSLO cannot say; the message is the reason shown to the user."""


def openslo_documents(agreement: Agreement) -> tuple[str, Skipped]:
    """The OpenSLO YAML (one ``---`` document per SLO) and the objectives left out, with why."""
    objects, skipped = openslo_objects(agreement)
    return _yaml(objects), skipped


def _yaml(objects: list[dict[str, Any]]) -> str:
    if not objects:
        return ""
    return yaml.safe_dump_all(
        objects, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )


def write_openslo(
    agreement: Agreement, out_path: Path | str, *, source: Path | str | None = None
) -> Skipped:
    """Write :func:`openslo_documents` to ``out_path`` atomically; return the skipped list.

    An agreement that ``validate`` rejects is refused (``InvalidAgreement``, messages naming
    ``source``) and nothing is written.
    """
    return write_openslo_objects(agreement, out_path, source=source)[1]


def write_openslo_objects(
    agreement: Agreement, out_path: Path | str, *, source: Path | str | None = None
) -> tuple[list[dict[str, Any]], Skipped]:
    """:func:`write_openslo`, giving back the SLO documents written as well."""
    require_valid(agreement, source)
    objects, skipped = openslo_objects(agreement)
    write_output(out_path, _yaml(objects).encode("utf-8"))
    return objects, skipped


def openslo_objects(agreement: Agreement) -> tuple[list[dict[str, Any]], Skipped]:
    """The SLO documents as plain dictionaries (what the YAML holds), and the skipped list."""
    objects: list[dict[str, Any]] = []
    skipped: Skipped = []
    used: set[str] = set()
    service = _service_name(agreement)
    priorities = {p.id: p.name or p.id for p in agreement.service_levels.priorities}
    for objective in agreement.service_levels.objectives:
        if objective.volume is VolumeKind.CAPACITY:
            skipped.append(
                (
                    objective.id,
                    "a capacity is a ceiling the provider absorbs, not a target it can miss: "
                    "no SLO is written for it",
                )
            )
            continue
        for pt in objective.priority_targets:
            if pt.best_effort:
                label = priorities.get(pt.priority, pt.priority)
                skipped.append((objective.id, f"{label}: best effort, no target applies"))
        for item in _targets(agreement, objective):
            try:
                document = _slo(agreement, objective, item, service)
            except NotExpressible as exc:
                reason = f"{item.priority_label}: {exc}" if item.priority_label else str(exc)
                skipped.append((objective.id, reason))
                continue
            document["metadata"]["name"] = _unique_name(document["metadata"]["name"], used)
            objects.append(document)
    return objects, skipped


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Item:
    """One target of an objective: the main one or a priority's."""

    target: Target
    priority: Priority | None = None
    priority_id: str = ""

    @property
    def priority_label(self) -> str:
        if not self.priority_id:
            return ""
        return (self.priority.name if self.priority and self.priority.name else "") or (
            self.priority_id
        )


def _targets(agreement: Agreement, objective: Objective) -> Iterator[_Item]:
    """The main target (unless every priority has its own) and each priority's target."""
    priorities = {p.id: p for p in agreement.service_levels.priorities}
    covered = {pt.priority for pt in objective.priority_targets}
    if not objective.priority_targets or not priorities or set(priorities) - covered:
        yield _Item(objective.target)
    for pt in objective.priority_targets:
        if pt.target is None:
            continue  # best effort: no target applies, so there is no SLO to monitor
        yield _Item(pt.target, priorities.get(pt.priority), pt.priority)


def _slo(agreement: Agreement, objective: Objective, item: _Item, service: str) -> dict[str, Any]:
    target = item.target
    # Keep the priority visible when a long objective ID has to be shortened.
    suffix = f"-{item.priority_id}" if item.priority_id else ""
    name = _label(objective.id)[: MAX_NAME - len(suffix)].rstrip("-") + suffix
    display = objective.name or objective.id
    if item.priority_id:
        display = f"{display} — {item.priority_label}"
    annotations: dict[str, str] = {ANNOTATION + "objective": objective.id}
    if item.priority_id:
        annotations[ANNOTATION + "priority"] = item.priority_id
    description = objective.description or objective.name

    time_window = _time_window(agreement, objective)
    spec: dict[str, Any]
    objective_entry: dict[str, Any] = {"displayName": _objective_display(agreement)}

    if objective.metric is MetricKind.AVAILABILITY or target.unit is TargetUnit.PERCENT:
        ratio, share = _ratio(objective, target)
        spec = {"ratioMetric": ratio}
        budgeting = "Occurrences"
        objective_entry["target"] = share
    elif objective.metric in _TIME_METRICS or target.unit.is_time:
        value, unit_name, note = _time_value(agreement, objective, target)
        annotations[ANNOTATION + "unit"] = unit_name
        if objective.calendar and target.unit.value.startswith("business_"):
            annotations[ANNOTATION + "calendar"] = objective.calendar
        if note:
            description = f"{description} {note}".strip()
        spec = {"thresholdMetric": _source(objective, f"{unit_name.replace('-', '_')}")}
        budgeting = "Occurrences"
        objective_entry.update(
            op=target.comparator.value, value=value, target=_attainment(agreement, objective)
        )
    elif target.unit in (TargetUnit.COUNT, TargetUnit.MONEY, TargetUnit.SCORE):
        annotations[ANNOTATION + "one-slice-per-window"] = "true"
        annotations[ANNOTATION + "unit"] = target.unit.value
        if objective.volume is not None:
            annotations[ANNOTATION + "volume"] = objective.volume.value
        if target.unit is TargetUnit.MONEY:
            annotations[ANNOTATION + "currency"] = agreement.agreement.currency
        spec = {"thresholdMetric": _source(objective, f"total_{target.unit.value}")}
        budgeting = "Timeslices"
        objective_entry.update(
            op=target.comparator.value,
            value=_number(target.value),
            target=0.5,
            timeSliceTarget=1,
            timeSliceWindow=time_window["duration"],
        )
    else:  # pragma: no cover - every TargetUnit is handled above
        raise NotExpressible(f"a target in {target.unit.value} has no OpenSLO form")

    metadata: dict[str, Any] = {"name": _label(name), "displayName": display}
    metadata["annotations"] = annotations
    slo_spec: dict[str, Any] = {}
    if description:
        slo_spec["description"] = _clip(description, MAX_DESCRIPTION)
    slo_spec["service"] = service
    slo_spec["indicator"] = {
        "metadata": {
            "name": _label(name[: MAX_NAME - 4].rstrip("-") + "-sli"),
            "displayName": display,
        },
        "spec": spec,
    }
    slo_spec["timeWindow"] = [time_window]
    slo_spec["budgetingMethod"] = budgeting
    slo_spec["objectives"] = [objective_entry]
    return {"apiVersion": API_VERSION, "kind": "SLO", "metadata": metadata, "spec": slo_spec}


def _ratio(objective: Objective, target: Target) -> tuple[dict[str, Any], float]:
    value = target.value
    if not Decimal(0) <= value < Decimal(100) or (
        target.comparator in (Comparator.LTE, Comparator.LT) and value <= 0
    ):
        raise NotExpressible(
            f"a target of {value} % cannot be an OpenSLO ratio target, which must be at least 0 "
            "and below 100 %"
        )
    if objective.metric is MetricKind.AVAILABILITY:
        good, total = "available_minutes", "eligible_minutes"
    else:
        good, total = "good_events", "total_events"
    ratio: dict[str, Any] = {"counter": True}
    if target.comparator in (Comparator.GTE, Comparator.GT):
        ratio["good"] = _source(objective, good)
        share = value / 100
    else:
        ratio["bad"] = _source(objective, "bad_events")
        share = 1 - value / 100
    ratio["total"] = _source(objective, total)
    return ratio, _number(share)


def _time_value(
    agreement: Agreement, objective: Objective, target: Target
) -> tuple[int | float, str, str]:
    unit = target.unit
    if unit in _ELAPSED_MINUTES:
        return _number(target.value * _ELAPSED_MINUTES[unit]), "minutes", ""
    calendar = next(
        (c for c in agreement.service_levels.calendars if c.id == objective.calendar), None
    )
    if calendar is None:
        raise NotExpressible(
            f"a target in {unit.value.replace('_', ' ')} needs a business calendar and the "
            "objective names none"
        )
    where = f"the business calendar '{calendar.name or calendar.id}' ({calendar.time_zone})"
    if unit is TargetUnit.BUSINESS_HOURS:
        return _number(target.value * 60), "business-minutes", f"Measured in minutes of {where}."
    if unit is TargetUnit.BUSINESS_DAYS:
        return _number(target.value), "business-days", f"Measured in working days of {where}."
    raise NotExpressible(f"a time objective measured in {unit.value} has no OpenSLO form")


def _attainment(agreement: Agreement, objective: Objective) -> float:
    """The share of events that must meet a threshold: the objective's own figure, else where
    its first credit tier starts."""
    if objective.attainment_percent is not None:
        if objective.attainment_percent >= 100:
            raise NotExpressible(
                "the contract asks every ticket or request to meet the threshold (100 %), and an "
                "OpenSLO target must be below 1"
            )
        return _number(objective.attainment_percent / 100)
    tiers: list[CreditTier] = [
        t for t in agreement.consequences.credit_tiers if t.objective == objective.id
    ]
    below = max((t.below for t in tiers), default=None)
    if below is None or below >= 100:
        raise NotExpressible(
            "the contract asks every ticket or request to meet the threshold (100 %), and an "
            "OpenSLO target must be below 1; set the share that must meet the target (e.g. 95 %)"
        )
    return _number(below / 100)


def _time_window(agreement: Agreement, objective: Objective) -> dict[str, Any]:
    window = objective.window
    if window.kind is WindowKind.ROLLING_DAYS:
        if not window.days:
            raise NotExpressible("the rolling window has no length in days")
        return {"duration": f"{window.days}d", "isRolling": True}
    effective = agreement.agreement.effective_date
    if effective is None:
        raise NotExpressible(
            "the agreement has no effective date, so the calendar window has no start"
        )
    if window.kind is WindowKind.MONTH:
        start = effective.replace(day=1)
    elif window.kind is WindowKind.QUARTER:
        start = dt.date(effective.year, (effective.month - 1) // 3 * 3 + 1, 1)
    else:
        start = dt.date(effective.year, 1, 1)
    return {
        "duration": _WINDOW_DURATION[window.kind],
        "isRolling": False,
        "calendar": {
            "startTime": f"{start:%Y-%m-%d} 00:00:00",
            "timeZone": agreement.agreement.time_zone,
        },
    }


def _source(objective: Objective, what: str) -> dict[str, Any]:
    spec = {"query": f"{objective.id.replace('-', '_')}_{what}"}
    if objective.data_source:
        spec["description"] = objective.data_source
    return {"metricSource": {"spec": spec}}


def _objective_display(agreement: Agreement) -> str:
    spanish = agreement.agreement.language.value == "es"
    return "Objetivo del contrato" if spanish else "Contract target"


def _service_name(agreement: Agreement) -> str:
    services = agreement.scope.services
    if services:
        return services[0].id
    info = agreement.agreement
    return slugify(info.title or info.document_id, fallback="service")


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _label(text: str) -> str:
    """An RFC 1123 label: at most 63 lowercase letters, digits and hyphens, alphanumeric ends."""
    label = re.sub(r"[^a-z0-9-]+", "-", text.lower())
    label = re.sub(r"-{2,}", "-", label)[:MAX_NAME].strip("-")
    return label or "slo"


def _unique_name(name: str, used: set[str]) -> str:
    candidate, n = name, 1
    while candidate in used:
        n += 1
        suffix = f"-{n}"
        candidate = name[: MAX_NAME - len(suffix)].rstrip("-") + suffix
    used.add(candidate)
    return candidate


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
