"""Open, validate and check agreement files: the same steps for the app and the command line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Agreement, Finding, readiness, rule_violations
from ..storage import InvalidAgreement, Issue, Place, load_agreement

UNNAMED = "<agreement>"
"""What a message calls an agreement that has no file yet."""


@dataclass(frozen=True, slots=True)
class Checked:
    """An agreement file with its readiness findings."""

    path: Path
    agreement: Agreement
    findings: list[Finding]

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


def validate_agreement(agreement: Agreement, path: Path | str = UNNAMED) -> None:
    """Raise :class:`InvalidAgreement` if ``agreement`` breaks a cross-field rule."""
    problems = rule_violations(agreement)
    if problems:
        raise InvalidAgreement(path, [Issue(Place(p.loc, agreement), p) for p in problems])


def require_valid(agreement: Agreement, source: Path | str | None = None) -> Agreement:
    """The one gate before anything is printed or computed from an agreement.

    Export (PDF, HTML), ``comply``, ``openslo``, ``ics`` and ``sign`` call it: an agreement that
    ``validate`` rejects raises :class:`InvalidAgreement` (a ``DocumentError``: one line per
    problem, exit 2 on the command line) and nothing is written. ``source`` names the file in
    the messages. Returns ``agreement`` so that callers can chain it.
    """
    validate_agreement(agreement, UNNAMED if source is None else source)
    return agreement


def validate_file(path: Path | str) -> Agreement:
    """Load ``path`` and check every rule. Raises a :class:`DocumentError`; never writes."""
    agreement = load_agreement(path)
    validate_agreement(agreement, path)
    return agreement


def check_file(path: Path | str) -> Checked:
    """Load ``path`` and list its readiness findings. Raises a :class:`DocumentError`."""
    agreement = load_agreement(path)
    return Checked(Path(path), agreement, readiness(agreement))


def json_schema() -> dict[str, Any]:
    """The JSON Schema of an agreement file."""
    schema = Agreement.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://slawriter.invalid/schema/agreement.schema.json"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
