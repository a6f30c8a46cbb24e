"""Wrong input to the new parts of an agreement (issue 11 §2), as a new user would type it."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from slawriter.cli import main

PRESET = Path(__file__).resolve().parents[2] / "resources" / "presets" / "customer-support.sla.json"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def write(tmp_path: Path, change: Any) -> tuple[Path, bytes]:
    data = json.loads(PRESET.read_text(encoding="utf-8"), parse_float=Decimal)
    change(data)
    path = tmp_path / "mine.sla.json"
    path.write_text(json.dumps(data, default=_number, indent=2), encoding="utf-8")
    return path, path.read_bytes()


def _zero_share(d: dict[str, Any]) -> None:
    d["consequences"]["escalation"][0]["at_percent"] = 0


def _cap_above_100(d: dict[str, Any]) -> None:
    d["consequences"]["credit_cap_term_percent"] = 150


def _best_effort_with_target(d: dict[str, Any]) -> None:
    row = d["service_levels"]["objectives"][1]["priority_targets"][3]
    row["target"] = {"comparator": "lte", "value": 15, "unit": "business_days"}


def _capacity_as_minimum(d: dict[str, Any]) -> None:
    d["service_levels"]["objectives"][2]["target"]["comparator"] = "gte"


def _both_thresholds(d: dict[str, Any]) -> None:
    d["consequences"]["escalation"][1]["after"] = {"value": 2, "unit": "hours"}


@pytest.mark.parametrize(
    ("change", "place", "says"),
    [
        (
            _zero_share,
            "Breach consequences › Escalation path › Level 1 “Support team lead” › Escalate at "
            "(% of the time allowed)",
            "must be above 0 % of the time allowed, not 0 %",
        ),
        (
            _cap_above_100,
            "Breach consequences › Credit cap over a longer period (% of its fees)",
            "less than or equal to 100 (found 150)",
        ),
        (
            _best_effort_with_target,
            "Objective 2 “Resolution Time” › Targets per priority › Row 4 › Target",
            "a best-effort priority has no target: clear the target or turn off best effort",
        ),
        (
            _capacity_as_minimum,
            "Objective 3 “Monthly ticket capacity” › Target › Comparator",
            "a capacity is a ceiling ('up to 400'): use 'at most' as the comparator",
        ),
        (
            _both_thresholds,
            "Level 2 “Customer success manager” › Escalate at (% of the time allowed)",
            "either after a fixed time or at a share of the time allowed, not both",
        ),
    ],
)
def test_wrong_input_names_the_file_and_the_field_and_changes_nothing(
    tmp_path: Path, change: Any, place: str, says: str
) -> None:
    path, before = write(tmp_path, change)
    code, out, err = run("validate", str(path))
    assert code == 2 and out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"{path}: ") and place in line and says in line, line
    assert "Traceback" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sla.json"]
