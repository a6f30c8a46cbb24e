"""The eight sections of an agreement, and turning a JSON path into words a person can act on."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from .agreement import Agreement
from .outline import SECTION_TITLES as SECTION_TITLES
from .outline import Section as Section

_SECTION_OF_KEY: dict[str, Section] = {
    "schema_version": Section.PARTIES,
    "agreement": Section.PARTIES,
    "parties": Section.PARTIES,
    "scope": Section.SCOPE,
    "responsibilities": Section.RESPONSIBILITIES,
    "service_levels": Section.OBJECTIVES,
    "limitations": Section.LIMITATIONS,
    "consequences": Section.CONSEQUENCES,
    "governance": Section.GOVERNANCE,
    "signoff": Section.SIGNOFF,
}

Loc = tuple[str | int, ...]

Translate = Callable[[str], str]
"""Turns one of the model's words (a section label, field title or noun) into the UI language."""

AGREEMENT_FILE = "Agreement file"
ITEM = "Item"


def section_of(loc: Loc) -> Section:
    """The section a JSON path belongs to (the first section for the root itself)."""
    if loc and isinstance(loc[0], str):
        return _SECTION_OF_KEY.get(loc[0], Section.PARTIES)
    return Section.PARTIES


def _humanize(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _model_in(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """The model class inside an annotation, and whether the annotation is a list."""
    is_list = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else Any
        elif origin in (list, Sequence):
            is_list = True
            annotation = typing.get_args(annotation)[0]
        else:
            break
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, is_list
    return None, is_list


def _label_of_item(item: Any) -> str:
    if isinstance(item, BaseModel):
        item = item.model_dump()
    if isinstance(item, Mapping):
        for key in ("name", "term", "title", "id"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                text = value.strip()
                return f" “{text[:40]}{'…' if len(text) > 40 else ''}”"
    return ""


def _same(text: str) -> str:
    return text


def describe(loc: Loc, data: Any = None, translate: Translate | None = None) -> str:
    """Say where ``loc`` points, e.g. ``Service level objectives › Objective 2 “Uptime” › Target``.

    ``data`` (the agreement or its raw JSON) lets list items be named, not only numbered.
    ``translate`` puts the model's words into another language (every one is in
    :func:`place_words`); the names of list items stay as the user wrote them.
    """
    tr = translate or _same
    if not loc:
        return tr(AGREEMENT_FILE)
    parts: list[str] = []
    model: type[BaseModel] | None = Agreement
    item_noun = ITEM
    in_list = False
    node: Any = data
    for index, step in enumerate(loc):
        if isinstance(step, int) or (isinstance(step, str) and step.isdigit() and in_list):
            number = int(step)
            label = ""
            if isinstance(node, Sequence) and not isinstance(node, str) and 0 <= number < len(node):
                node = node[number]
                label = _label_of_item(node)
            else:
                node = None
            parts.append(f"{tr(item_noun)} {number + 1}{label}")
            in_list = False
            continue
        key = str(step)
        if isinstance(node, BaseModel):
            node = getattr(node, key, None)
        elif isinstance(node, Mapping):
            node = node.get(key)
        else:
            node = None
        field = model.model_fields.get(key) if model is not None else None
        if index == 0 and key in _SECTION_OF_KEY and key not in ("agreement", "parties"):
            parts.append(tr(section_of((key,)).label))
        elif field is not None:
            parts.append(tr(field.title or _humanize(key)))
        else:
            parts.append(tr(_humanize(key)))
        if field is not None:
            inner, in_list = _model_in(field.annotation)
            model = inner
            item_noun = _noun(inner) if in_list else ITEM
        else:
            model, in_list = None, False
    return " › ".join(parts)


def place_words() -> Iterator[str]:
    """Every word :func:`describe` takes from the model, for the app's translators."""
    yield AGREEMENT_FILE
    yield ITEM
    for section in Section:
        yield section.label
    seen: set[type[BaseModel]] = set()
    pending: list[type[BaseModel]] = [Agreement]
    while pending:
        model = pending.pop(0)
        if model in seen:
            continue
        seen.add(model)
        for key, field in model.model_fields.items():
            yield field.title or _humanize(key)
            inner, in_list = _model_in(field.annotation)
            if in_list:
                yield _noun(inner)
            if inner is not None:
                pending.append(inner)


def _noun(model: type[BaseModel] | None) -> str:
    if model is None:
        return ITEM
    return {
        "WorkingPeriod": "Period",
        "PriorityTarget": "Row",
        "EscalationLevel": "Level",
        "CreditTier": "Tier",
        "BusinessCalendar": "Calendar",
        "SupportChannel": "Channel",
        "LifecycleEvent": "Entry",
        "SignOffRecord": "Sign-off",
    }.get(model.__name__, _humanize(model.__name__))
