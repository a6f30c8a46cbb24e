"""OpenSLO for what real SLAs say (issue 11 §2): best effort and capacities have no SLO."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from slawriter.model import Agreement
from slawriter.model.agreement import (
    Comparator,
    MetricKind,
    Objective,
    PriorityTarget,
    Target,
    TargetUnit,
    VolumeKind,
)
from slawriter.services.openslo import openslo_objects
from slawriter.storage import load_agreement
from tests.factories import agreement

ROOT = Path(__file__).resolve().parents[2]


def _names(objects: list[dict[str, object]]) -> list[str]:
    return [str(o["metadata"]["name"]) for o in objects]  # type: ignore[index]


def _agreement() -> Agreement:
    a = agreement()
    a.service_levels.objectives[1].attainment_percent = Decimal(95)  # expressible in OpenSLO
    return a


def test_a_best_effort_priority_has_no_slo_and_is_listed_as_skipped() -> None:
    a = _agreement()
    before, _ = openslo_objects(a)
    first = a.service_levels.objectives[1]
    first.priority_targets[1] = PriorityTarget(priority="p2", best_effort=True)
    after, skipped = openslo_objects(a)
    assert len(after) == len(before) - 1
    assert not [n for n in _names(after) if "p2" in n]
    assert ("first-response", "P2: best effort, no target applies") in skipped


def test_a_capacity_is_no_slo_and_a_commitment_is_a_floor() -> None:
    a = _agreement()
    count = Target(comparator=Comparator.LTE, value=Decimal(500), unit=TargetUnit.COUNT)
    a.service_levels.objectives.append(
        Objective(
            id="capacity",
            name="Tickets",
            metric=MetricKind.TICKET_VOLUME,
            target=count,
            volume=VolumeKind.CAPACITY,
        )
    )
    money = Target(comparator=Comparator.GTE, value=Decimal(100000), unit=TargetUnit.MONEY)
    a.service_levels.objectives.append(
        Objective(
            id="pipeline",
            name="Pipeline",
            metric=MetricKind.DELIVERY_VOLUME,
            target=money,
            volume=VolumeKind.COMMITMENT,
        )
    )
    objects, skipped = openslo_objects(a)
    assert [oid for oid, _ in skipped] == ["capacity"]
    assert "capacity" not in " ".join(_names(objects))
    (pipeline,) = [o for o in objects if o["metadata"]["name"] == "pipeline"]  # type: ignore[index]
    assert pipeline["metadata"]["annotations"]["slawriter.invalid/volume"] == "commitment"  # type: ignore[index]
    (objective,) = pipeline["spec"]["objectives"]  # type: ignore[index]
    assert objective["op"] == "gte"


def test_the_support_preset_no_longer_asks_for_at_least_400_tickets() -> None:
    a = load_agreement(ROOT / "resources" / "presets" / "customer-support.sla.json")
    objects, skipped = openslo_objects(a)
    assert not [n for n in _names(objects) if "capacity" in n]
    assert "ticket-capacity" in {oid for oid, _ in skipped}
