"""Bring older agreement files up to the current schema, one version step at a time.

Each step is a pure function from the JSON of version N to the JSON of version N + 1, registered
with :func:`step`. Loading applies every step from the file's version to ``SCHEMA_VERSION``.
A step must never lose what the user wrote: move or rename, do not drop.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..model.messages import MessageTemplate, PhrasedError

JsonObject = dict[str, Any]
Step = Callable[[JsonObject], JsonObject]

STEPS: dict[int, Step] = {}
"""``STEPS[n]`` turns a version-n file into a version-(n + 1) file."""


class MigrationMessage(MessageTemplate):
    """Why a file cannot be brought up to date (English templates)."""

    GAP = "no migration from schema version {version} to {next}"


class MigrationGap(PhrasedError):
    """No step is registered for a version the file needs to pass through."""


def step(from_version: int) -> Callable[[Step], Step]:
    """Register a migration from ``from_version`` to ``from_version + 1``."""

    def register(function: Step) -> Step:
        if from_version in STEPS:
            raise ValueError(f"a migration from version {from_version} is already registered")
        STEPS[from_version] = function
        return function

    return register


def migrate(data: JsonObject, from_version: int, to_version: int) -> JsonObject:
    """Apply the steps ``from_version`` → ``to_version`` to a copy of ``data``."""
    result = copy.deepcopy(data)
    for version in range(from_version, to_version):
        function = STEPS.get(version)
        if function is None:
            raise MigrationGap(MigrationMessage.GAP, version=version, next=version + 1)
        result = function(result)
        result["schema_version"] = version + 1
    return result


_CEILING = {"gte": "lte", "gt": "lt"}


@step(1)
def _volume_direction(data: JsonObject) -> JsonObject:
    """Version 2 says which way a volume goes (issue 11).

    Version 1 had no word for it, and the shipped support preset wrote a ticket capacity ("up to
    400 tickets a month") as "at least 400": a ticket volume was always a capacity its author
    meant as a ceiling, so it becomes one with "at most"; a delivery volume ("$100,000 of
    opportunities a month") was always a floor, so it becomes a commitment. Any other objective
    is left as written: nothing else in version 1 was a volume.
    """
    levels = data.get("service_levels")
    objectives = levels.get("objectives") if isinstance(levels, dict) else None
    for objective in objectives if isinstance(objectives, list) else []:
        if not isinstance(objective, dict) or "volume" in objective:
            continue
        metric = objective.get("metric")
        if metric == "ticket_volume":
            objective["volume"] = "capacity"
            target = objective.get("target")
            if isinstance(target, dict) and target.get("comparator") in _CEILING:
                target["comparator"] = _CEILING[target["comparator"]]
        elif metric == "delivery_volume":
            objective["volume"] = "commitment"
    return data
