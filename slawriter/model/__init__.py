"""The agreement model: pydantic types, cross-field rules and readiness checks. No I/O, no Qt."""

from .agreement import *  # noqa: F403
from .agreement import Agreement
from .readiness import Finding, Severity, readiness
from .rules import Problem, rule_violations
from .sections import Section, describe, section_of
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
