"""OpenSLO export: every document obeys the OpenSLO v1 field rules (DOMAIN.md, issue 6 §2)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Set
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slawriter.model.agreement import (
    Agreement,
    Comparator,
    CreditTier,
    MeasurementWindow,
    MetricKind,
    Objective,
    PriorityTarget,
    Target,
    TargetUnit,
    WindowKind,
)
from slawriter.services.openslo import openslo_documents, openslo_objects, write_openslo
from slawriter.storage import load_agreement
from tests.factories import agreement, first_response

RFC1123 = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
SHORTHAND = re.compile(r"^[1-9][0-9]*[mhdwMQY]$")
ANNOTATION_NAME = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$")
DNS_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
START_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


# ---------------------------------------------------------------------------------------------
# A small checker of the OpenSLO v1 field rules for kind: SLO


def _keys(where: str, mapping: Any, required: Set[str], optional: Set[str] = frozenset()) -> None:
    assert isinstance(mapping, dict), f"{where}: must be a mapping"
    missing = required - mapping.keys()
    unknown = mapping.keys() - required - optional
    assert not missing, f"{where}: missing {sorted(missing)}"
    assert not unknown, f"{where}: unknown fields {sorted(unknown)}"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_metadata(where: str, metadata: Any) -> None:
    _keys(where, metadata, {"name"}, {"displayName", "labels", "annotations"})
    name = metadata["name"]
    assert isinstance(name, str) and RFC1123.match(name), f"{where}.name: {name!r} not RFC 1123"
    for key, value in metadata.get("annotations", {}).items():
        prefix, _, short = key.rpartition("/")
        assert ANNOTATION_NAME.match(short), f"{where}.annotations: bad key {key!r}"
        if prefix:
            assert len(prefix) <= 253 and all(DNS_LABEL.match(p) for p in prefix.split("."))
            assert not prefix.startswith("openslo.com"), "openslo.com/ is reserved"
        assert isinstance(value, str), f"{where}.annotations[{key}] must be a string"


def _check_metric(where: str, metric: Any) -> None:
    _keys(where, metric, {"metricSource"})
    source = metric["metricSource"]
    _keys(f"{where}.metricSource", source, {"spec"}, {"metricSourceRef", "type"})
    assert isinstance(source["spec"], dict) and source["spec"]
    assert all(isinstance(v, str) for v in source["spec"].values())


def check_slo(doc: Any) -> None:
    """Raise AssertionError unless ``doc`` is a valid OpenSLO v1 SLO."""
    _keys("document", doc, {"apiVersion", "kind", "metadata", "spec"})
    assert doc["apiVersion"] == "openslo/v1"
    assert doc["kind"] == "SLO"
    _check_metadata("metadata", doc["metadata"])
    spec = doc["spec"]
    _keys(
        "spec",
        spec,
        {"service", "budgetingMethod", "objectives"},
        {"description", "indicator", "indicatorRef", "timeWindow", "alertPolicies"},
    )
    assert isinstance(spec.get("description", ""), str)
    assert len(spec.get("description", "")) <= 1050
    assert isinstance(spec["service"], str) and spec["service"]
    assert ("indicator" in spec) != ("indicatorRef" in spec), "exactly one of indicator(Ref)"
    indicator = spec["indicator"]
    _keys("spec.indicator", indicator, {"metadata", "spec"})
    _check_metadata("spec.indicator.metadata", indicator["metadata"])
    sli = indicator["spec"]
    _keys("spec.indicator.spec", sli, set(), {"description", "thresholdMetric", "ratioMetric"})
    assert ("thresholdMetric" in sli) != ("ratioMetric" in sli), "threshold xor ratio"
    if "thresholdMetric" in sli:
        _check_metric("thresholdMetric", sli["thresholdMetric"])
    else:
        ratio = sli["ratioMetric"]
        _keys("ratioMetric", ratio, {"counter"}, {"good", "bad", "total", "rawType", "raw"})
        assert isinstance(ratio["counter"], bool)
        if "raw" in ratio:
            assert ratio.get("rawType") in ("success", "failure")
            assert not {"good", "bad", "total"} & ratio.keys()
        else:
            assert ("good" in ratio) != ("bad" in ratio), "exactly one of good and bad"
            assert "total" in ratio
            for part in ("good", "bad", "total"):
                if part in ratio:
                    _check_metric(f"ratioMetric.{part}", ratio[part])
    windows = spec["timeWindow"]
    assert isinstance(windows, list) and len(windows) == 1, "exactly one time window"
    window = windows[0]
    _keys("timeWindow", window, {"duration", "isRolling"}, {"calendar"})
    assert SHORTHAND.match(window["duration"]), window["duration"]
    assert isinstance(window["isRolling"], bool)
    if window["isRolling"]:
        assert "calendar" not in window
    else:
        calendar = window["calendar"]
        _keys("calendar", calendar, {"startTime", "timeZone"})
        assert isinstance(calendar["startTime"], str) and START_TIME.match(calendar["startTime"])
        dt.datetime.strptime(calendar["startTime"], "%Y-%m-%d %H:%M:%S")
        assert calendar["timeZone"] in zoneinfo.available_timezones()
    method = spec["budgetingMethod"]
    assert method in ("Occurrences", "Timeslices", "RatioTimeslices")
    objectives = spec["objectives"]
    assert isinstance(objectives, list) and objectives
    if "thresholdMetric" in sli:
        assert len(objectives) == 1, "a threshold SLO has one objective"
    for objective in objectives:
        _keys(
            "objective",
            objective,
            set(),
            {
                "displayName",
                "op",
                "value",
                "target",
                "targetPercent",
                "timeSliceTarget",
                "timeSliceWindow",
            },
        )
        assert ("target" in objective) != ("targetPercent" in objective)
        if "target" in objective:
            assert _number(objective["target"]) and 0 <= objective["target"] < 1
        else:
            assert _number(objective["targetPercent"]) and 0 <= objective["targetPercent"] < 100
        if "thresholdMetric" in sli:
            assert objective["op"] in ("lte", "gte", "lt", "gt")
            assert _number(objective["value"])
        if method == "Timeslices":
            assert _number(objective["timeSliceTarget"])
            assert 0 < objective["timeSliceTarget"] <= 1
        if method in ("Timeslices", "RatioTimeslices"):
            window_size = objective["timeSliceWindow"]
            assert _number(window_size) or SHORTHAND.match(window_size)


def parse(text: str) -> list[Any]:
    documents = [d for d in yaml.safe_load_all(text) if d is not None]
    for document in documents:
        check_slo(document)
    names = [d["metadata"]["name"] for d in documents]
    assert len(names) == len(set(names)), "SLO names are unique"
    return documents


def by_name(documents: list[Any]) -> dict[str, Any]:
    return {d["metadata"]["name"]: d for d in documents}


def test_checker_refuses_bad_documents() -> None:
    text, _ = openslo_documents(agreement())
    good = parse(text)[0]
    bad_name = {**good, "metadata": {**good["metadata"], "name": "Uptime_SLO"}}
    with pytest.raises(AssertionError):
        check_slo(bad_name)
    spec = good["spec"]
    bad_target = {**good, "spec": {**spec, "objectives": [{"target": 1.0}]}}
    with pytest.raises(AssertionError):
        check_slo(bad_target)
    bad_window = {
        **good,
        "spec": {**spec, "timeWindow": [{"duration": "1 month", "isRolling": False}]},
    }
    with pytest.raises(AssertionError):
        check_slo(bad_window)


# ---------------------------------------------------------------------------------------------


def with_tiers(a: Agreement, objective_id: str, below: str) -> Agreement:
    tiers = [
        *a.consequences.credit_tiers,
        CreditTier(
            id=f"tier-{len(a.consequences.credit_tiers) + 1}",
            objective=objective_id,
            below=Decimal(below),
            credit_percent=Decimal(5),
        ),
    ]
    return a.model_copy(
        update={"consequences": a.consequences.model_copy(update={"credit_tiers": tiers})}
    )


def test_availability_is_a_ratio_of_minutes() -> None:
    text, _ = openslo_documents(agreement())
    uptime = by_name(parse(text))["uptime"]
    spec = uptime["spec"]
    ratio = spec["indicator"]["spec"]["ratioMetric"]
    assert set(ratio) == {"counter", "good", "total"}
    assert spec["budgetingMethod"] == "Occurrences"
    assert spec["objectives"][0]["target"] == 0.999
    assert spec["timeWindow"] == [
        {
            "duration": "1M",
            "isRolling": False,
            "calendar": {"startTime": "2027-01-01 00:00:00", "timeZone": "Europe/Madrid"},
        }
    ]
    assert spec["service"] == "hosting"
    assert uptime["metadata"]["displayName"] == "Monthly uptime"


def test_time_objective_without_a_share_is_skipped_with_the_reason() -> None:
    _, skipped = openslo_documents(agreement())
    assert [objective for objective, _ in skipped] == ["first-response", "first-response"]
    assert all("100 %" in reason for _, reason in skipped)
    assert skipped[0][1].startswith("P1: ")


def test_time_objective_thresholds_per_priority_with_units() -> None:
    a = with_tiers(agreement(), "first-response", "95")
    text, skipped = openslo_documents(a)
    assert skipped == []
    docs = by_name(parse(text))
    # Every priority of the agreement has its own target, so the main target is not exported.
    assert set(docs) == {"uptime", "first-response-p1", "first-response-p2"}
    p1 = docs["first-response-p1"]
    assert p1["spec"]["objectives"] == [
        {"displayName": "Contract target", "op": "lte", "value": 60, "target": 0.95}
    ]
    assert p1["metadata"]["annotations"]["slawriter.invalid/unit"] == "minutes"
    assert "slawriter.invalid/calendar" not in p1["metadata"]["annotations"]
    assert p1["metadata"]["displayName"] == "First response — P1"
    p2 = docs["first-response-p2"]
    assert p2["spec"]["objectives"][0]["value"] == 240
    annotations = p2["metadata"]["annotations"]
    assert annotations["slawriter.invalid/unit"] == "business-minutes"
    assert annotations["slawriter.invalid/calendar"] == "office"
    assert "Office hours" in p2["spec"]["description"]
    assert "thresholdMetric" in p2["spec"]["indicator"]["spec"]


def test_main_target_exported_when_a_priority_has_none() -> None:
    a = with_tiers(agreement(), "first-response", "90")
    objective = a.service_levels.objectives[1]
    only_p1 = objective.model_copy(update={"priority_targets": objective.priority_targets[:1]})
    a = a.model_copy(
        update={
            "service_levels": a.service_levels.model_copy(
                update={"objectives": [a.service_levels.objectives[0], only_p1]}
            )
        }
    )
    docs = by_name(parse(openslo_documents(a)[0]))
    assert set(docs) == {"uptime", "first-response", "first-response-p1"}
    main = docs["first-response"]["spec"]["objectives"][0]
    assert main == {"displayName": "Contract target", "op": "lte", "value": 480, "target": 0.9}


def replace_objectives(a: Agreement, *objectives: Objective) -> Agreement:
    return a.model_copy(
        update={
            "service_levels": a.service_levels.model_copy(update={"objectives": list(objectives)})
        }
    )


def test_windows_rolling_quarter_year() -> None:
    base = agreement()
    base = base.model_copy(
        update={
            "agreement": base.agreement.model_copy(update={"effective_date": dt.date(2027, 5, 20)})
        }
    )
    uptime = base.service_levels.objectives[0]
    rolling = uptime.model_copy(
        update={"id": "rolling", "window": MeasurementWindow(kind=WindowKind.ROLLING_DAYS, days=28)}
    )
    quarter = uptime.model_copy(
        update={"id": "quarter", "window": MeasurementWindow(kind=WindowKind.QUARTER)}
    )
    year = uptime.model_copy(
        update={"id": "year", "window": MeasurementWindow(kind=WindowKind.YEAR)}
    )
    month = uptime.model_copy(update={"id": "month"})
    no_days = uptime.model_copy(
        update={"id": "no-days", "window": MeasurementWindow(kind=WindowKind.ROLLING_DAYS)}
    )
    text, skipped = openslo_documents(
        replace_objectives(base, rolling, quarter, year, month, no_days)
    )
    docs = by_name(parse(text))
    assert docs["rolling"]["spec"]["timeWindow"] == [{"duration": "28d", "isRolling": True}]
    assert docs["quarter"]["spec"]["timeWindow"][0]["duration"] == "1Q"
    assert (
        docs["quarter"]["spec"]["timeWindow"][0]["calendar"]["startTime"] == "2027-04-01 00:00:00"
    )
    assert docs["year"]["spec"]["timeWindow"][0]["calendar"]["startTime"] == "2027-01-01 00:00:00"
    assert docs["month"]["spec"]["timeWindow"][0]["calendar"]["startTime"] == "2027-05-01 00:00:00"
    assert skipped == [("no-days", "the rolling window has no length in days")]


def test_no_effective_date_skips_calendar_windows() -> None:
    a = agreement()
    a = a.model_copy(update={"agreement": a.agreement.model_copy(update={"effective_date": None})})
    text, skipped = openslo_documents(a)
    assert text == ""
    assert (
        "uptime",
        "the agreement has no effective date, so the calendar window has no start",
    ) in skipped


def test_volumes_money_scores_and_shares() -> None:
    a = agreement()

    def objective(
        oid: str, metric: MetricKind, comparator: Comparator, value: str, unit: TargetUnit
    ) -> Objective:
        return Objective(
            id=oid,
            name=oid,
            metric=metric,
            target=Target(comparator=comparator, value=Decimal(value), unit=unit),
        )

    a = replace_objectives(
        a,
        objective("tickets", MetricKind.TICKET_VOLUME, Comparator.GTE, "400", TargetUnit.COUNT),
        objective(
            "pipeline", MetricKind.DELIVERY_VOLUME, Comparator.GTE, "100000.50", TargetUnit.MONEY
        ),
        objective("nps", MetricKind.NPS, Comparator.GTE, "40", TargetUnit.SCORE),
        objective("csat", MetricKind.CSAT, Comparator.GTE, "90", TargetUnit.PERCENT),
        objective("reopened", MetricKind.CUSTOM, Comparator.LTE, "5", TargetUnit.PERCENT),
        objective("perfect", MetricKind.CSAT, Comparator.GTE, "100", TargetUnit.PERCENT),
    )
    text, skipped = openslo_documents(a)
    docs = by_name(parse(text))
    tickets = docs["tickets"]["spec"]
    assert tickets["budgetingMethod"] == "Timeslices"
    assert tickets["objectives"] == [
        {
            "displayName": "Contract target",
            "op": "gte",
            "value": 400,
            "target": 0.5,
            "timeSliceTarget": 1,
            "timeSliceWindow": "1M",
        }
    ]
    assert docs["pipeline"]["spec"]["objectives"][0]["value"] == 100000.5
    assert docs["pipeline"]["metadata"]["annotations"]["slawriter.invalid/currency"] == "EUR"
    assert docs["nps"]["metadata"]["annotations"]["slawriter.invalid/unit"] == "score"
    assert docs["csat"]["spec"]["objectives"][0]["target"] == 0.9
    reopened = docs["reopened"]["spec"]
    assert "bad" in reopened["indicator"]["spec"]["ratioMetric"]
    assert reopened["objectives"][0]["target"] == 0.95
    assert [oid for oid, _ in skipped] == ["perfect"]
    assert "below 100 %" in skipped[0][1]


def test_long_ids_give_unique_rfc1123_names() -> None:
    long_id = "a" * 60 + "-xyz"[:3]
    first = first_response().model_copy(update={"id": long_id[:63]})
    second = first.model_copy(update={"priority_targets": []})
    a = with_tiers(replace_objectives(agreement(), first), long_id[:63], "95")
    a = replace_objectives(a, first, second)
    docs = parse(openslo_documents(a)[0])
    names = [d["metadata"]["name"] for d in docs]
    # p1 and p2 of the first, the main target of the second (same ID: a draft may have that).
    assert all(len(n) <= 63 for n in names)
    assert len(set(names)) == len(names) == 3
    assert names[0].endswith("-p1") and names[1].endswith("-p2")


def test_presets_export_valid_documents() -> None:
    expected_skips = {
        # A capacity is no SLO; P4 resolution is best effort (the other priorities are SLOs).
        "customer-support.sla.json": {"ticket-capacity", "resolution"},
        "marketing-sales.sla.json": set(),  # shares set with attainment_percent
        "saas-availability.sla.json": {"incident-response"},
    }
    for name, skips in expected_skips.items():
        a = load_agreement(PRESETS / name)
        text, skipped = openslo_documents(a)
        documents = parse(text)
        assert documents, name
        assert {oid for oid, _ in skipped} == skips, name
    support = by_name(
        parse(openslo_documents(load_agreement(PRESETS / "customer-support.sla.json"))[0])
    )
    p4 = support["first-response-p4"]
    assert p4["spec"]["objectives"][0] == {
        "displayName": "Contract target",
        "op": "lte",
        "value": 2,
        "target": 0.95,
    }
    assert p4["metadata"]["annotations"]["slawriter.invalid/unit"] == "business-days"


def test_write_openslo(tmp_path: Path) -> None:
    out = tmp_path / "slos.yaml"
    skipped = write_openslo(agreement(), out)
    assert len(skipped) == 2
    assert parse(out.read_text(encoding="utf-8"))[0]["metadata"]["name"] == "uptime"
    # Re-exporting gives the same bytes.
    first = out.read_bytes()
    write_openslo(agreement(), out)
    assert out.read_bytes() == first


# ---------------------------------------------------------------------------------------------
# Any objective the model accepts either exports valid OpenSLO or is listed as skipped.

_UNITS = list(TargetUnit)


@st.composite
def objectives(draw: st.DrawFn) -> Objective:
    metric = draw(st.sampled_from(list(MetricKind)))
    unit = draw(st.sampled_from(_UNITS))
    value = draw(st.decimals(Decimal(0), Decimal(100_000), places=2, allow_nan=False))
    window_kind = draw(st.sampled_from(list(WindowKind)))
    days = draw(st.none() | st.integers(1, 366))
    priorities = draw(st.lists(st.sampled_from(["p1", "p2"]), unique=True))
    return Objective(
        id=draw(st.from_regex(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?", fullmatch=True)),
        name=draw(st.text(max_size=40)),
        description=draw(st.text(max_size=1500)),
        metric=metric,
        target=Target(comparator=draw(st.sampled_from(list(Comparator))), value=value, unit=unit),
        priority_targets=[
            PriorityTarget(
                priority=p, target=Target(comparator=Comparator.LTE, value=value, unit=unit)
            )
            for p in priorities
        ],
        window=MeasurementWindow(kind=window_kind, days=days),
        calendar=draw(st.sampled_from([None, "office"])),
        data_source=draw(st.text(max_size=30)),
    )


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(objectives(), max_size=4), st.sampled_from(["", "50", "99.5", "100"]))
def test_any_objectives_export_valid_documents(items: list[Objective], below: str) -> None:
    a = replace_objectives(agreement(), *items)
    if below:
        for item in items:
            a = with_tiers(a, item.id, below)
    text, skipped = openslo_documents(a)
    documents = parse(text) if text else []
    objects, _ = openslo_objects(a)
    assert len(documents) == len(objects)
    exported = {d["metadata"]["annotations"]["slawriter.invalid/objective"] for d in documents}
    for item in items:
        assert item.id in exported or any(oid == item.id for oid, _ in skipped)
    for _, reason in skipped:
        assert reason
