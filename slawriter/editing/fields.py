"""What kind of editor each model field needs, read from the pydantic model metadata. No Qt.

The forms are generated from :class:`FieldSpec`: the field's ``title`` is the label, its
``description`` the tooltip, and its annotation and constraints choose the editor.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from annotated_types import Ge, Gt, Le, Lt, MaxLen
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..model.agreement import (
    Agreement,
    BusinessCalendar,
    CreditTier,
    EscalationLevel,
    LibrarySource,
    Objective,
    Party,
    Priority,
    PriorityTarget,
    Responsibility,
    Scope,
    Signatory,
    SupportChannel,
    Target,
    Weekday,
    WorkingPeriod,
)
from ..model.sections import Loc
from ..model.types import LONG_TEXT


class Kind(StrEnum):
    """The editor a field gets."""

    ENUM = "enum"
    BOOL = "bool"
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    TIME = "time"
    TEXT = "text"
    LONG_TEXT = "long_text"
    REF = "ref"
    MODEL = "model"
    MODEL_LIST = "model_list"
    TEXT_LIST = "text_list"
    LONG_TEXT_LIST = "long_text_list"
    DATE_LIST = "date_list"
    REF_LIST = "ref_list"


class RefTarget(StrEnum):
    """Lists whose IDs other fields refer to."""

    PARTY = "party"
    CALENDAR = "calendar"
    PRIORITY = "priority"
    OBJECTIVE = "objective"

    @property
    def list_loc(self) -> Loc:
        return _REF_LISTS[self]


_REF_LISTS: dict[RefTarget, Loc] = {
    RefTarget.PARTY: ("parties",),
    RefTarget.CALENDAR: ("service_levels", "calendars"),
    RefTarget.PRIORITY: ("service_levels", "priorities"),
    RefTarget.OBJECTIVE: ("service_levels", "objectives"),
}

# Fields that hold the ID of another part of the agreement.
_REFERENCES: dict[tuple[type[BaseModel], str], RefTarget] = {
    (Scope, "coverage_calendar"): RefTarget.CALENDAR,
    (SupportChannel, "calendar"): RefTarget.CALENDAR,
    (Objective, "calendar"): RefTarget.CALENDAR,
    (Objective, "responsible_party"): RefTarget.PARTY,
    (Objective, "suspended_above_capacity"): RefTarget.OBJECTIVE,
    (Objective, "suspended_priorities"): RefTarget.PRIORITY,
    (EscalationLevel, "party"): RefTarget.PARTY,
    (EscalationLevel, "objectives"): RefTarget.OBJECTIVE,
    (Signatory, "party"): RefTarget.PARTY,
    (PriorityTarget, "priority"): RefTarget.PRIORITY,
    (CreditTier, "objective"): RefTarget.OBJECTIVE,
    (Responsibility, "owners"): RefTarget.PARTY,
}


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a model, as the form sees it."""

    name: str
    title: str
    description: str
    kind: Kind
    optional: bool = False
    enum: type[Enum] | None = None
    model: type[BaseModel] | None = None
    ref: RefTarget | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    max_length: int | None = None
    required: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _unwrap(annotation: Any) -> tuple[Any, bool, bool, list[Any]]:
    """(inner type, optional, is list, constraint metadata) of an annotation."""
    optional = False
    is_list = False
    metadata: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            args = typing.get_args(annotation)
            annotation = args[0]
            for extra in args[1:]:
                if isinstance(extra, FieldInfo):
                    metadata.extend(extra.metadata)
                else:
                    metadata.append(extra)
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(members) < len(typing.get_args(annotation))
            annotation = members[0]
        elif origin is list:
            is_list = True
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation, optional, is_list, metadata


def _bounds(metadata: list[Any]) -> tuple[Decimal | None, Decimal | None, int | None]:
    low: Decimal | None = None
    high: Decimal | None = None
    max_length: int | None = None
    for item in metadata:
        if isinstance(item, Ge | Gt):
            bound = item.ge if isinstance(item, Ge) else item.gt
            if isinstance(bound, int | float | Decimal):  # dates bound dates, not spin boxes
                low = Decimal(str(bound))
        elif isinstance(item, Le | Lt):
            ceiling = item.le if isinstance(item, Le) else item.lt
            if isinstance(ceiling, int | float | Decimal):
                high = Decimal(str(ceiling))
        elif isinstance(item, MaxLen):
            max_length = item.max_length
        elif getattr(item, "max_length", None) is not None and hasattr(item, "pattern"):
            max_length = int(item.max_length)
    return low, high, max_length


def field_specs(model: type[BaseModel]) -> list[FieldSpec]:
    """The editable fields of ``model`` in declaration order."""
    specs: list[FieldSpec] = []
    for name, info in model.model_fields.items():
        if model is Agreement and name == "schema_version":
            continue
        inner, optional, is_list, metadata = _unwrap(info.annotation)
        if inner is LibrarySource:  # where a library item came from: kept, not edited
            continue
        low, high, _ = _bounds([*info.metadata, *metadata])
        item_max = _bounds(metadata)[2]
        title = info.title or name.replace("_", " ").capitalize()
        description = info.description or ""
        ref = _REFERENCES.get((model, name))
        common: dict[str, Any] = {
            "name": name,
            "title": title,
            "description": description,
            "optional": optional,
            "required": info.is_required(),
        }
        kind: Kind
        extra: dict[str, Any] = {}
        if is_list:
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                kind = Kind.MODEL_LIST
                extra["model"] = inner
            elif ref is not None:
                kind = Kind.REF_LIST
            elif inner is dt.date:
                kind = Kind.DATE_LIST
            elif item_max is not None and item_max > 300:
                kind = Kind.LONG_TEXT_LIST
            else:
                kind = Kind.TEXT_LIST
            list_max = _bounds(list(info.metadata))[2]
            specs.append(FieldSpec(kind=kind, ref=ref, max_length=list_max, **common, **extra))
            continue
        if ref is not None:
            kind = Kind.REF
        elif isinstance(inner, type) and issubclass(inner, Enum):
            kind = Kind.ENUM
            extra["enum"] = inner
        elif inner is bool:
            kind = Kind.BOOL
        elif inner is int:
            kind = Kind.INT
        elif inner is Decimal:
            kind = Kind.DECIMAL
        elif inner is dt.date:
            kind = Kind.DATE
        elif inner is dt.time:
            kind = Kind.TIME
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            kind = Kind.MODEL
            extra["model"] = inner
        else:
            kind = Kind.TEXT
            text_max = _bounds([*info.metadata, *metadata])[2]
            if text_max is not None and text_max >= LONG_TEXT:
                kind = Kind.LONG_TEXT
            extra["max_length"] = text_max
        specs.append(FieldSpec(kind=kind, ref=ref, minimum=low, maximum=high, **common, **extra))
    return specs


# ---------------------------------------------------------------------------------------------
# New list items


def _unique_id(stem: str, taken: set[str]) -> str:
    n = len(taken) + 1
    while f"{stem}-{n}" in taken:
        n += 1
    return f"{stem}-{n}"


_ID_STEMS: dict[type[BaseModel], str] = {Party: "party", Objective: "objective", Priority: "p"}


def default_value(spec: FieldSpec) -> Any:
    """A value for a required field of a new item."""
    if spec.kind is Kind.ENUM and spec.enum is not None:
        return next(iter(spec.enum))
    if spec.kind is Kind.INT:
        return int(spec.minimum) if spec.minimum is not None else 0
    if spec.kind is Kind.DECIMAL:
        return Decimal(0)
    if spec.kind is Kind.DATE:
        return dt.date.today()
    if spec.kind is Kind.TIME:
        return dt.time(9, 0)
    if spec.kind is Kind.BOOL:
        return False
    if spec.kind is Kind.MODEL and spec.model is not None:
        return new_item(spec.model, [], {})
    return ""


def new_item(
    model: type[BaseModel], siblings: list[dict[str, Any]], known_ids: dict[RefTarget, list[str]]
) -> dict[str, Any]:
    """The data of a new list item of ``model``, with a fresh ID and sensible required values."""
    data: dict[str, Any] = {}
    for spec in field_specs(model):
        if not spec.required:
            continue
        if spec.name == "id":
            stem = _ID_STEMS.get(model, model.__name__.lower())
            stem = "".join(c if c.isalnum() else "-" for c in stem)
            data["id"] = _unique_id(stem, {str(s.get("id", "")) for s in siblings})
        elif spec.kind is Kind.REF and spec.ref is not None:
            ids = known_ids.get(spec.ref, [])
            data[spec.name] = ids[0] if ids else spec.ref.value
        elif spec.name == "term":
            data["term"] = ""
        else:
            data[spec.name] = default_value(spec)
    if model is CreditTier:
        data.update(below=Decimal("99"), credit_percent=Decimal("10"))
        if siblings:
            last = siblings[-1]
            below = Decimal(str(last.get("at_least", 0)))
            data.update(
                objective=last.get("objective", data["objective"]),
                below=below if below > 0 else Decimal("99"),
                credit_percent=Decimal(str(last.get("credit_percent", 10))),
            )
    if model is WorkingPeriod:
        data.update(weekday=Weekday.MONDAY, start=dt.time(9, 0), end=dt.time(17, 0))
    if model is PriorityTarget:
        # A new row starts with a target to fill in (best effort is chosen by clearing it).
        data["target"] = new_item(Target, [], {})
    if model is Objective:
        data["target"] = Target(value=Decimal("99.9")).model_dump()
        data["name"] = ""
    if model is BusinessCalendar:
        data["hours"] = [
            {"weekday": day, "start": dt.time(9, 0), "end": dt.time(17, 0)}
            for day in list(Weekday)[:5]
        ]
    if model.__name__ == "Revision":
        data["version"] = max([int(s.get("version", 0)) for s in siblings] + [0]) + 1
    return data
