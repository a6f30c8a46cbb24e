"""File errors and refusals as JSON, so the render process can send them to the app. No Qt.

The render process (:mod:`slawriter.worker.render_worker`) replies with the English lines of an
error and, for a :class:`~slawriter.storage.DocumentError` or a
:class:`~slawriter.model.messages.PhrasedError` (a logo that cannot be read, an export folder
that cannot be written), with the error as data: its templates by name and its values. The app
rebuilds it with :func:`decode` and shows it in the UI language
(:func:`slawriter.app.i18n.reply_error_lines`).

Templates are named ``module:Table.MEMBER`` and only looked up in slawriter's own modules. A
place in the agreement travels as its JSON path and the names of the list items on it. Enum
choices and pydantic's refusals inside a message travel as their English text.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from ..model.messages import Message, MessageTemplate, Param, Phrased, PhrasedError
from ..model.sections import Loc
from ..storage.errors import DocumentError, InvalidAgreement, Issue, Place, Where

Json = Any


def encode(error: BaseException) -> Json:
    """``error`` as JSON data, or None when it is not a phrased error."""
    if isinstance(error, InvalidAgreement):
        return {
            "path": str(error.path),
            "issues": [[_part(issue.place), _part(issue.problem)] for issue in error.issues],
        }
    if isinstance(error, DocumentError):
        return {
            "path": str(error.path),
            "place": _part(error.place),
            "problem": _part(error.problem),
            "remedy": _part(error.remedy),
        }
    if isinstance(error, PhrasedError):
        return {"message": _part(error)}
    return None


def _part(part: Where) -> Json:
    if isinstance(part, MessageTemplate):
        part = Message(part)
    if isinstance(part, str):
        return part
    if isinstance(part, Place):
        return {"loc": list(part.loc), "data": _names(part.data, part.loc)}
    return _message(part)


_NAME_KEYS = ("name", "term", "title", "id")
"""What :func:`~slawriter.model.sections.describe` names a list item by."""


def _names(node: Any, loc: Loc) -> Json:
    """The part of ``node`` along ``loc`` that describe() reads: the names of its list items."""
    if isinstance(node, Sequence) and not isinstance(node, str | bytes):
        if loc and isinstance(loc[0], int) and 0 <= loc[0] < len(node):
            return [None] * loc[0] + [_names(node[loc[0]], loc[1:])]
        return None
    if not isinstance(node, BaseModel | Mapping):
        return None
    out: dict[str, Json] = {}
    for key in _NAME_KEYS:
        value = _field(node, key)
        if isinstance(value, str) and value.strip():
            out[key] = value
            break
    if loc and not isinstance(loc[0], int):
        key = str(loc[0])
        inner = _names(_field(node, key), loc[1:])
        if inner is not None or key not in out:
            out[key] = inner
    return out


def _field(node: BaseModel | Mapping[str, Any], key: str) -> Any:
    return getattr(node, key, None) if isinstance(node, BaseModel) else node.get(key)


def _message(message: Phrased) -> Json:
    template = message.template
    name = f"{type(template).__module__}:{type(template).__qualname__}.{template.name}"
    return {"template": name, "params": {k: _value(v) for k, v in message.params.items()}}


def _value(value: Param) -> Json:
    if isinstance(value, Message):
        return _message(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return str(value)


class _Undecodable(Exception):
    pass


def decode(data: Json) -> DocumentError | Message | None:
    """The error :func:`encode` described, or None if ``data`` is not one."""
    if not isinstance(data, Mapping):
        return None
    try:
        if "message" in data:
            message = _decode_part(data["message"])
            return message if isinstance(message, Message) else None
        path = _text(data.get("path"))
        if "issues" in data:
            issues = [
                Issue(_decode_part(place), _decode_text(problem))
                for place, problem in data["issues"]
            ]
            return InvalidAgreement(path, issues) if issues else None
        return DocumentError(
            path,
            _decode_text(data.get("problem", "")),
            where=_decode_part(data.get("place", "")),
            hint=_decode_text(data.get("remedy", "")),
        )
    except (_Undecodable, TypeError, ValueError, KeyError):
        return None


def _text(value: Json) -> str:
    if not isinstance(value, str):
        raise _Undecodable(value)
    return value


def _decode_text(data: Json) -> Message | str:
    return data if isinstance(data, str) else _decode_message(data)


def _decode_part(data: Json) -> Where:
    if isinstance(data, str):
        return data
    if isinstance(data, Mapping) and "loc" in data:
        loc = data["loc"]
        if not isinstance(loc, list) or not all(isinstance(s, str | int) for s in loc):
            raise _Undecodable(data)
        return Place(tuple(loc), data.get("data"))
    return _decode_message(data)


def _decode_message(data: Json) -> Message:
    if not isinstance(data, Mapping):
        raise _Undecodable(data)
    params: dict[str, Param] = {}
    raw = data.get("params", {})
    if not isinstance(raw, Mapping):
        raise _Undecodable(data)
    for key, value in raw.items():
        if isinstance(value, Mapping):
            params[str(key)] = _decode_message(value)
        elif isinstance(value, str | int) and not isinstance(value, bool):
            params[str(key)] = value
        else:
            raise _Undecodable(value)
    return Message(_template(_text(data.get("template"))), params)


def _template(name: str) -> MessageTemplate:
    module_name, _, qualified = name.partition(":")
    table_name, _, member = qualified.rpartition(".")
    if module_name != "slawriter" and not module_name.startswith("slawriter."):
        raise _Undecodable(name)
    try:
        table = getattr(importlib.import_module(module_name), table_name)
    except (ImportError, AttributeError) as exc:
        raise _Undecodable(name) from exc
    if not (isinstance(table, type) and issubclass(table, MessageTemplate)):
        raise _Undecodable(name)
    try:
        return table[member]
    except KeyError as exc:
        raise _Undecodable(name) from exc
