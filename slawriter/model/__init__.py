"""The agreement model: pydantic types, cross-field rules and readiness checks. No I/O, no Qt.

Importing the package is cheap: each name below is imported from its module when first used
(PEP 562), so the app can paint its window — the sections come from :mod:`.outline`, which has
no pydantic — before pydantic builds the model's validators (about 0.2 s).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .outline import Section

if TYPE_CHECKING:
    from .agreement import *  # noqa: F403
    from .agreement import Agreement
    from .findings import Finding, Severity, readiness
    from .rules import Problem, rule_violations
    from .sections import describe, section_of
    from .types import SCHEMA_VERSION, Duration, DurationUnit, Language, slugify

__all__ = [  # noqa: RUF022
    "Agreement",
    "Finding",
    "Severity",
    "readiness",
    "Problem",
    "rule_violations",
    "Section",
    "describe",
    "section_of",
    "SCHEMA_VERSION",
    "Duration",
    "DurationUnit",
    "Language",
    "slugify",
]

_HOMES = {
    "Finding": "findings",
    "Severity": "findings",
    "readiness": "findings",
    "Problem": "rules",
    "rule_violations": "rules",
    "describe": "sections",
    "section_of": "sections",
    "SCHEMA_VERSION": "types",
    "Duration": "types",
    "DurationUnit": "types",
    "Language": "types",
    "slugify": "types",
}
"""Where each name lives; any other public name is looked up in :mod:`.agreement`.

No module here is named like a name it exports: importing a submodule sets the package's
attribute of that name to the module (so :func:`readiness` lives in :mod:`.findings`)."""


if not TYPE_CHECKING:  # mypy sees the imports above, and no name it does not know

    def __getattr__(name: str) -> Any:
        if not name.startswith("_"):
            module = importlib.import_module(f".{_HOMES.get(name, 'agreement')}", __name__)
            if hasattr(module, name):
                value = getattr(module, name)
                globals()[name] = value
                return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
