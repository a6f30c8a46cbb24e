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


# Schema version 1 is the first release: there are no steps yet. The first change to the file
# layout adds ``@step(1)`` here together with ``SCHEMA_VERSION = 2`` in ``slawriter.model.types``.
