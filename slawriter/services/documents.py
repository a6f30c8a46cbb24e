"""Open, validate and check agreement files: the same steps for the app and the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..model import Agreement, Finding, Section, readiness, rule_violations
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
    """Raise :class:`InvalidAgreement` if ``agreement`` breaks a cross-field rule, or is signed
    (or superseded) while its audit log says it is not what was signed: its text or status
    changed by hand, or an entry was edited, removed or reordered. Such a file still opens (to
    see what happened and start a new revision), but nothing is printed or computed from it."""
    from ..model.lifecycle import history_problems, is_locked

    problems = rule_violations(agreement)
    if is_locked(agreement):
        problems += [p for severity, p in history_problems(agreement) if severity == "error"]
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


def check_file(
    path: Path | str, library_findings: Callable[[Agreement], list[Finding]] | None = None
) -> Checked:
    """Load ``path`` and list its readiness findings. Raises a :class:`DocumentError`.

    ``library_findings`` adds the libraries' (``services.library.Libraries.findings``): items
    that use an older version of their library entry, with what differs.
    """
    agreement = load_agreement(path)
    findings = readiness(agreement)
    if library_findings is not None:
        findings += library_findings(agreement)
        rank = {"error": 0, "warning": 1, "info": 2}
        order = list(Section)
        findings.sort(key=lambda f: (rank[f.severity], order.index(f.section)))
    return Checked(Path(path), agreement, findings)


TIME_PATTERN = (
    r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?$"
)
"""A time of day as files write it ("09:00:00"; JSON Schema's ``format: time`` needs an offset)."""

_NUMBER_OR_TEXT = [{"type": "number"}, {"type": "string"}]
_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}
_PYDANTIC_ONLY = ("max_digits", "decimal_places")


def _number(value: Any) -> Any:
    """A bound or default pydantic writes as text ("1E+15") as the JSON number it stands for."""
    if not isinstance(value, str):
        return value
    number = Decimal(value)
    return int(number) if number == number.to_integral_value() else float(number)


def _standard(node: Any) -> Any:
    """Pydantic's schema in standard Draft 2020-12 keywords only, saying what the loader takes.

    A decimal is a JSON number in a file (the loader refuses "99.9" as text), so pydantic's
    "number or string" becomes "number", its ``ge``/``le`` become ``minimum``/``maximum`` (its
    ``max_digits`` and ``decimal_places`` have no standard keyword and are left to ``validate``);
    a time of day is "09:00:00", which ``format: time`` (RFC 3339, with an offset) refuses.
    """
    if isinstance(node, list):
        return [_standard(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {
        key: (
            {name: _standard(sub) for name, sub in value.items()}
            if key in ("properties", "$defs") and isinstance(value, dict)
            else _standard(value)
        )
        for key, value in node.items()
    }
    for choices in (node.get("anyOf"),):
        if choices == _NUMBER_OR_TEXT:
            del node["anyOf"]
            node["type"] = "number"
        elif isinstance(choices, list) and choices[:2] == _NUMBER_OR_TEXT and len(choices) == 3:
            node["anyOf"] = [{"type": "number"}, choices[2]]
    for pydantic_name, standard_name in _BOUNDS.items():
        if pydantic_name in node:
            bound = _number(node.pop(pydantic_name))
            if node.get("type") == "number":
                node[standard_name] = bound
            else:  # a nullable number: the bound goes with the number
                for choice in node.get("anyOf", []):
                    if choice.get("type") == "number":
                        choice[standard_name] = bound
    for name in _PYDANTIC_ONLY:
        node.pop(name, None)
    numeric = node.get("type") == "number" or {"type": "number"} in node.get("anyOf", [])
    if numeric and isinstance(node.get("default"), str):
        node["default"] = _number(node["default"])
    if numeric and isinstance(node.get("examples"), list):
        node["examples"] = [_number(e) for e in node["examples"]]
    if node.get("format") == "time":
        del node["format"]
        node["pattern"] = TIME_PATTERN
    return node


def json_schema() -> dict[str, Any]:
    """The JSON Schema of an agreement file (Draft 2020-12, standard keywords only)."""
    schema: dict[str, Any] = _standard(Agreement.model_json_schema(mode="validation"))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://slawriter.invalid/schema/agreement.schema.json"
    return schema


def library_entry_schema() -> dict[str, Any]:
    """The JSON Schema of a library entry file (``<kind>/<id>.json``), like the agreement's."""
    from ..model.library import ENTRY_ADAPTER

    schema: dict[str, Any] = _standard(ENTRY_ADAPTER.json_schema(mode="validation"))
    schema.pop("discriminator", None)  # OpenAPI's word; each choice's "kind" const says it
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://slawriter.invalid/schema/library-entry.schema.json",
        "title": "Library entry",
        **schema,
    }
    return schema


def json_schema_text(*, library_entry: bool = False) -> str:
    schema = library_entry_schema() if library_entry else json_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
