"""What real SLAs say (issue 11 §2): best effort, which way a volume goes, longer credit caps,
escalation at a share of the time allowed, the parties' defined terms — rules, readiness and the
migration of older files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from slawriter.model import Agreement, rule_violations
from slawriter.model.agreement import (
    Comparator,
    EscalationLevel,
    MetricKind,
    Objective,
    PriorityTarget,
    Target,
    TargetUnit,
    VolumeKind,
)
from slawriter.model.findings import ReadinessMessage, readiness
from slawriter.model.rules import RuleMessage
from slawriter.model.types import Duration, DurationUnit
from slawriter.storage import dumps_agreement, load_agreement
from tests import factories

V1 = Path(__file__).resolve().parents[1] / "data" / "v1"


def _problems(a: Agreement) -> list[tuple[tuple[object, ...], RuleMessage]]:
    return [(p.loc, p.template) for p in rule_violations(a)]  # type: ignore[misc]


def _response(a: Agreement) -> Objective:
    """The factory's first-response objective, with a per-priority matrix for P1 and P2."""
    (objective,) = [o for o in a.service_levels.objectives if o.id == "first-response"]
    return objective


def _volume(kind: VolumeKind | None, comparator: Comparator, metric: MetricKind) -> Objective:
    return Objective(
        id="capacity",
        name="Monthly tickets",
        metric=metric,
        target=Target(comparator=comparator, value=Decimal(400), unit=TargetUnit.COUNT),
        volume=kind,
    )


# -- Best effort ----------------------------------------------------------------------------------


def test_a_best_effort_priority_has_no_target() -> None:
    a = factories.agreement()
    objective = _response(a)
    index = a.service_levels.objectives.index(objective)
    row = 1
    assert objective.priority_targets[row].priority == "p2"
    objective.priority_targets[row] = PriorityTarget(priority="p2", best_effort=True)
    assert _problems(a) == []
    # Best effort with a target: the user meant one or the other.
    objective.priority_targets[row].target = Target(
        comparator=Comparator.LTE, value=Decimal(8), unit=TargetUnit.HOURS
    )
    loc = ("service_levels", "objectives", index, "priority_targets", row, "target")
    assert _problems(a) == [(loc, RuleMessage.BEST_EFFORT_WITH_TARGET)]
    # Neither a target nor best effort.
    objective.priority_targets[row] = PriorityTarget(priority="p2")
    assert _problems(a) == [(loc, RuleMessage.PRIORITY_WITHOUT_TARGET)]


# -- Which way a volume goes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "comparator", "metric", "expected"),
    [
        (VolumeKind.CAPACITY, Comparator.LTE, MetricKind.TICKET_VOLUME, None),
        (VolumeKind.CAPACITY, Comparator.GTE, MetricKind.TICKET_VOLUME, "CAPACITY_NOT_MAXIMUM"),
        (VolumeKind.COMMITMENT, Comparator.GTE, MetricKind.DELIVERY_VOLUME, None),
        (
            VolumeKind.COMMITMENT,
            Comparator.LTE,
            MetricKind.DELIVERY_VOLUME,
            "COMMITMENT_NOT_MINIMUM",
        ),
        (VolumeKind.COMMITMENT, Comparator.GTE, MetricKind.TICKET_VOLUME, None),
        (None, Comparator.GTE, MetricKind.TICKET_VOLUME, "VOLUME_KIND_MISSING"),
        (None, Comparator.GTE, MetricKind.DELIVERY_VOLUME, "VOLUME_KIND_MISSING"),
        (None, Comparator.GTE, MetricKind.CUSTOM, None),
    ],
)
def test_a_volume_says_whether_it_is_a_ceiling_or_a_floor(
    kind: VolumeKind | None, comparator: Comparator, metric: MetricKind, expected: str | None
) -> None:
    a = factories.agreement()
    a.service_levels.objectives.append(_volume(kind, comparator, metric))
    found = [t.name for loc, t in _problems(a) if loc[2] == len(a.service_levels.objectives) - 1]
    assert found == ([expected] if expected else [])


def test_a_percentage_is_not_a_volume() -> None:
    a = factories.agreement()
    a.service_levels.objectives[0].volume = VolumeKind.CAPACITY  # the availability objective
    assert _problems(a) == [
        (("service_levels", "objectives", 0, "volume"), RuleMessage.VOLUME_NOT_A_VOLUME)
    ]


def test_only_a_capacity_suspends_targets_and_only_ticket_time_targets() -> None:
    a = factories.agreement()
    capacity = _volume(VolumeKind.CAPACITY, Comparator.LTE, MetricKind.TICKET_VOLUME)
    a.service_levels.objectives.append(capacity)
    i = len(a.service_levels.objectives) - 1
    capacity.suspended_above_capacity = ["first-response"]
    capacity.suspended_priorities = ["p2"]
    assert _problems(a) == []
    capacity.suspended_above_capacity = ["uptime", "capacity", "nothing"]
    base = ("service_levels", "objectives", i, "suspended_above_capacity")
    assert _problems(a) == [
        ((*base, 2), RuleMessage.UNKNOWN_OBJECTIVE),
        ((*base, 0), RuleMessage.SUSPENDS_NO_TICKET_TARGET),
        ((*base, 1), RuleMessage.SUSPENDS_ITSELF),
    ]
    capacity.suspended_above_capacity = ["first-response"]
    capacity.volume = VolumeKind.COMMITMENT
    capacity.target.comparator = Comparator.GTE
    assert _problems(a) == [(base, RuleMessage.SUSPENSION_WITHOUT_CAPACITY)]


def test_a_capacity_that_suspends_nothing_is_a_readiness_note() -> None:
    a = factories.agreement()
    a.service_levels.objectives.append(
        _volume(VolumeKind.CAPACITY, Comparator.LTE, MetricKind.TICKET_VOLUME)
    )
    templates = [f.template for f in readiness(a)]
    assert ReadinessMessage.CAPACITY_SUSPENDS_NOTHING in templates
    a.service_levels.objectives[-1].suspended_above_capacity = ["first-response"]
    assert ReadinessMessage.CAPACITY_SUSPENDS_NOTHING not in [f.template for f in readiness(a)]


# -- Escalation at a share of the time allowed ----------------------------------------------------


def test_escalation_threshold_is_a_share_of_a_time_target() -> None:
    a = factories.agreement()
    loc = ("consequences", "escalation", 0)
    level = a.consequences.escalation[0]
    level.objectives = ["first-response"]
    level.after = None
    level.at_percent = Decimal(50)
    assert _problems(a) == []
    level.at_percent = Decimal(0)
    assert _problems(a) == [((*loc, "at_percent"), RuleMessage.ESCALATION_SHARE_NOT_POSITIVE)]
    level.at_percent = Decimal(100)
    level.after = Duration(value=Decimal(2), unit=DurationUnit.HOURS)
    assert _problems(a) == [((*loc, "at_percent"), RuleMessage.ESCALATION_BOTH_THRESHOLDS)]
    level.after = None
    level.objectives = ["uptime"]  # availability has no time allowed per ticket
    assert _problems(a) == [
        ((*loc, "objectives"), RuleMessage.ESCALATION_SHARE_WITHOUT_TIME_TARGET)
    ]
    with pytest.raises(ValidationError):
        EscalationLevel(id="x", at_percent=Decimal(1001))


def test_an_escalation_level_says_when() -> None:
    a = factories.agreement()
    a.consequences.escalation[0].after = None
    assert ReadinessMessage.ESCALATION_WITHOUT_THRESHOLD in [f.template for f in readiness(a)]
    a.consequences.escalation[0].objectives = ["first-response"]
    a.consequences.escalation[0].at_percent = Decimal(50)
    assert ReadinessMessage.ESCALATION_WITHOUT_THRESHOLD not in [f.template for f in readiness(a)]


# -- Credit caps ----------------------------------------------------------------------------------


def test_a_cap_over_the_subscription_period_counts_as_a_cap() -> None:
    a = factories.agreement()
    a.consequences.credit_cap_percent = None
    assert ReadinessMessage.NO_CREDIT_CAP in [f.template for f in readiness(a)]
    a.consequences.credit_cap_term_percent = Decimal(8)
    assert ReadinessMessage.NO_CREDIT_CAP not in [f.template for f in readiness(a)]
    with pytest.raises(ValidationError):
        a.consequences.credit_cap_term_percent = Decimal(150)


# -- Older files keep meaning what their authors meant ---------------------------------------------


def test_a_version_1_ticket_capacity_becomes_a_ceiling() -> None:
    a = load_agreement(V1 / "customer-support.sla.json")
    (capacity,) = [o for o in a.service_levels.objectives if o.id == "ticket-capacity"]
    assert capacity.volume is VolumeKind.CAPACITY
    assert capacity.target.comparator is Comparator.LTE
    assert capacity.target.value == 400
    assert a.schema_version == 2
    assert rule_violations(a) == []
    # Nothing else changed meaning: every other objective is as written.
    others = [o for o in a.service_levels.objectives if o.id != "ticket-capacity"]
    assert all(o.volume is None for o in others)
    assert all(not pt.best_effort for o in others for pt in o.priority_targets)
    assert '"volume": "capacity"' in dumps_agreement(a)


def test_a_version_1_delivery_volume_becomes_a_commitment() -> None:
    a = load_agreement(V1 / "marketing-sales.sla.json")
    volumes = [o for o in a.service_levels.objectives if o.metric is MetricKind.DELIVERY_VOLUME]
    assert len(volumes) == 2
    assert all(o.volume is VolumeKind.COMMITMENT for o in volumes)
    assert all(o.target.comparator is Comparator.GTE for o in volumes)
    assert rule_violations(a) == []
