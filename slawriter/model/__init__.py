"""The agreement model: pydantic types, cross-field rules and readiness checks. No I/O, no Qt.

Importing the package is cheap: each name below is imported from its module when first used
(PEP 562), so the app can paint its window — the sections come from :mod:`.outline`, which has
no pydantic — before pydantic builds the model's validators (about 0.2 s).
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .outline import Section

if TYPE_CHECKING:
    from .agreement import *  # noqa: F403
    from .agreement import Agreement
    from .readiness import Finding, Severity, readiness
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
    "Finding": "readiness",
    "Severity": "readiness",
    "readiness": "readiness",
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
"""Where each name lives; any other public name is looked up in :mod:`.agreement`."""


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


class _Package(ModuleType):
    """This package, where ``readiness`` stays the function.

    Importing the submodule :mod:`.readiness` sets the package's attribute of that name to the
    module; eagerly importing the function afterwards used to put it back. Now that nothing is
    imported eagerly, the function is put in the module's place here instead.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "readiness" and isinstance(value, ModuleType):
            value = value.readiness
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
