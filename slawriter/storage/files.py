"""Agreement files (``*.sla.json``): load defensively, save atomically, diff well in git."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model.agreement import Agreement, without_late_defaults
from ..model.messages import FieldRefusal, Message
from ..model.types import FROM_FILE, IDENTIFIER_PATTERN, SCHEMA_VERSION
from . import migrations
from .atomic import atomic_write_bytes
from .errors import (
    DocumentError,
    FileHint,
    FileMessage,
    FilePlace,
    InvalidAgreement,
    Issue,
    JsonReason,
    MigrationFailed,
    NewerSchema,
    NotJson,
    NotUtf8,
    Place,
    SaveFailed,
    UnreadableFile,
    Where,
    at_line,
    at_line_column,
)

SUFFIX = ".sla.json"
MAX_FILE_BYTES = 8 * 1024 * 1024
"""Refuse larger files: the biggest realistic agreement is a few hundred kilobytes."""
MAX_NUMBER_DIGITS = 40

# ---------------------------------------------------------------------------------------------
# Writing


def _encode(value: Any, indent: str, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, Enum):
        _encode(value.value, indent, out)
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write the number {value}")
        # -0 would read back as the integer 0: write zero without its sign.
        out.append(str(value.copy_abs() if value.is_zero() else value))
    elif isinstance(value, dt.date | dt.time):
        out.append(json.dumps(value.isoformat()))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        out.append("{\n")
        for index, (key, item) in enumerate(value.items()):
            out.append(f"{inner}{json.dumps(str(key), ensure_ascii=False)}: ")
            _encode(item, inner, out)
            out.append(",\n" if index < len(value) - 1 else "\n")
        out.append(indent + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[\n")
        for index, item in enumerate(value):
            out.append(inner)
            _encode(item, inner, out)
            out.append(",\n" if index < len(value) - 1 else "\n")
        out.append(indent + "]")
    else:
        raise TypeError(f"cannot write a {type(value).__name__} to an agreement file")


def dumps_agreement(agreement: Agreement) -> str:
    """The file text: model field order, 2-space indent, numbers exact, trailing newline."""
    out: list[str] = []
    _encode(without_late_defaults(agreement.model_dump(mode="python")), "", out)
    out.append("\n")
    return "".join(out)


def canonical_json(agreement: Agreement, text: str | None = None) -> bytes:
    """Compact, key-sorted UTF-8 JSON of the agreement: the input of its fingerprint.
    ``text``: its file text (:func:`dumps_agreement`), if the caller has made it already."""
    if text is None:
        text = dumps_agreement(agreement)
    data = json.loads(text, parse_float=str, parse_int=str)
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def fingerprint(agreement: Agreement, text: str | None = None) -> str:
    """First 12 hex characters of the SHA-256 of the agreement's canonical JSON.

    Printed on every page of the contract and recorded with each revision. ``text``: the
    agreement's file text (:func:`dumps_agreement`), if the caller has made it already.
    """
    return hashlib.sha256(canonical_json(agreement, text)).hexdigest()[:12]


def write_output(path: Path | str, data: bytes) -> None:
    """Write an exported file (PDF, HTML, YAML, ICS…) atomically. Raises :class:`SaveFailed`."""
    path = Path(path)
    if path.is_dir():
        raise SaveFailed(path, FileMessage.OUTPUT_TO_FOLDER)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise SaveFailed(path, FileMessage.NOT_WRITTEN, reason=exc.strerror or str(exc)) from exc


def save_agreement(agreement: Agreement, path: Path | str) -> None:
    """Write ``agreement`` to ``path`` atomically. Raises :class:`SaveFailed`."""
    path = Path(path)
    data = dumps_agreement(agreement).encode("utf-8")
    if path.is_dir():
        raise SaveFailed(path, FileMessage.SAVE_TO_FOLDER)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise SaveFailed(path, FileMessage.NOT_SAVED, reason=exc.strerror or str(exc)) from exc


# ---------------------------------------------------------------------------------------------
# Reading


class _BadNumber(Exception):
    def __init__(self, text: str, why: FileMessage) -> None:
        super().__init__(text)
        self.text = text
        self.why = why


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _parse_float(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_DIGITS:
        raise _BadNumber(text, FileMessage.TOO_MANY_DIGITS)
    try:
        number = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the JSON scanner only passes numbers
        raise _BadNumber(text, FileMessage.NOT_A_NUMBER) from exc
    if abs(number.adjusted()) > MAX_NUMBER_DIGITS:
        raise _BadNumber(text, FileMessage.OUT_OF_RANGE)
    return number


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _BadNumber(text, FileMessage.TOO_MANY_DIGITS)
    return int(text)


def _parse_constant(text: str) -> Any:
    raise _BadNumber(text, FileMessage.NOT_A_JSON_NUMBER)


def _pairs(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def _line(text: str, index: int) -> Message:
    return at_line(text.count(chr(10), 0, index) + 1)


def _where_literal(text: str, literal: str) -> Where:
    """The line of the first bare token ``literal`` (not inside a string)."""
    for match in _TOKENS.finditer(text):
        if match.group() == literal:
            return _line(text, match.start())
    return ""


def _where_duplicate(text: str, key: str) -> Where:
    """The line where ``key`` appears a second time in one object."""
    objects: list[set[str] | None] = []  # one entry per open object (a set) or array (None)
    expect_key = False
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token == "{":
            objects.append(set())
            expect_key = True
        elif token == "[":
            objects.append(None)
            expect_key = False
        elif token in "}]":
            if objects:
                objects.pop()
            expect_key = False
        elif token == ",":
            expect_key = bool(objects) and objects[-1] is not None
        elif token == ":":
            expect_key = False
        elif expect_key and token.startswith('"'):
            seen = objects[-1]
            try:
                name = json.loads(token)
            except ValueError:
                name = token
            if seen is not None:
                if name == key and name in seen:
                    return _line(text, match.start())
                seen.add(name)
    return ""


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise UnreadableFile(path, FileMessage.IS_FOLDER)
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(path, FileMessage.NOT_REGULAR)
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                path, FileMessage.TOO_LARGE, limit=MAX_FILE_BYTES // 1024 // 1024, size=f"{size:,}"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise UnreadableFile(path, FileMessage.MISSING) from exc
    except PermissionError as exc:
        raise UnreadableFile(path, FileMessage.PERMISSION_DENIED) from exc
    except OSError as exc:
        raise UnreadableFile(path, FileMessage.UNREADABLE, reason=exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(path, FileMessage.GREW)
    return data


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _decode(path: Path, data: bytes) -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise NotUtf8(
                path, FileMessage.UNICODE_TEXT, encoding=name, hint=FileHint.SAVE_AS_UTF8_AND_REOPEN
            )
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):
        raise NotUtf8(path, FileMessage.UTF16_WITHOUT_BOM, hint=FileHint.SAVE_AS_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUtf8(
            path,
            FileMessage.NOT_UTF8,
            byte=exc.start + 1,
            line=data.count(b"\n", 0, exc.start) + 1,
            hint=FileHint.SAVE_AS_UTF8_IF_AGREEMENT,
        ) from exc
    return text.removeprefix("\ufeff")


def _parse(path: Path, text: str) -> Any:
    if not text.strip():
        raise NotJson(path, FileMessage.EMPTY, hint=FileHint.ONE_OBJECT)
    try:
        return json.loads(
            text,
            parse_float=_parse_float,
            parse_int=_parse_int,
            parse_constant=_parse_constant,
            object_pairs_hook=_pairs,
        )
    except json.JSONDecodeError as exc:
        ending = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        where = at_line_column(exc.lineno, exc.colno)
        if ending:
            raise NotJson(
                path, FileMessage.TRUNCATED, where=where, hint=FileHint.MAY_BE_TRUNCATED
            ) from exc
        raise NotJson(
            path,
            FileMessage.NOT_JSON,
            reason=_json_reason(exc.msg),
            where=where,
            hint=FileHint.MAY_BE_TRUNCATED,
        ) from exc
    except _BadNumber as exc:
        raise NotJson(
            path, exc.why, number=exc.text[:20], where=_where_literal(text, exc.text)
        ) from exc
    except _DuplicateKey as exc:
        raise NotJson(
            path,
            FileMessage.DUPLICATE_KEY,
            key=exc.key,
            where=_where_duplicate(text, exc.key),
            hint=FileHint.KEEP_ONE,
        ) from exc
    except RecursionError as exc:
        raise NotJson(path, FileMessage.TOO_DEEP) from exc


def _json_reason(message: str) -> Message | str:
    """Why the JSON parser stopped: one of its known messages, or its own words."""
    reason = message.removesuffix(" starting at").removesuffix(" at")
    known = {template.value: template for template in JsonReason}
    return Message(known[reason]) if reason in known else reason


def _pydantic_message(error: Any) -> Message:
    kind = error["type"]
    if kind == "missing":
        return Message(FileMessage.REQUIRED)
    pattern = error.get("ctx", {}).get("pattern")
    if kind == "string_pattern_mismatch" and pattern == IDENTIFIER_PATTERN:
        return Message(FileMessage.NOT_AN_ID, {"value": repr(error.get("input"))})
    refusal = FieldRefusal(error)
    value = error.get("input")
    if isinstance(value, str | int | Decimal) and kind not in ("string_too_long",):
        shown = repr(value) if isinstance(value, str) else str(value)
        if isinstance(value, bool):
            shown = "true" if value else "false"
        if len(shown) <= 40:
            return Message(FileMessage.REFUSED_VALUE, {"problem": refusal, "value": shown})
    return Message(FileMessage.REFUSED, {"problem": refusal})


def _issue(error: Any, data: Any) -> Issue:
    loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        return Issue(Place(loc[:-1], data), Message(FileMessage.UNKNOWN_FIELD, {"key": loc[-1]}))
    return Issue(Place(loc, data), _pydantic_message(error))


def _issues_from(error: ValidationError, data: Any) -> list[Issue]:
    return [_issue(e, data) for e in error.errors(include_url=False)]


def agreement_from_json(data: Any, path: Path | str = "<agreement>") -> Agreement:
    """Check the schema version, migrate, and validate parsed JSON into an :class:`Agreement`."""
    path = Path(path)
    if not isinstance(data, dict):
        holds = {
            list: FileMessage.HOLDS_LIST,
            str: FileMessage.HOLDS_STRING,
            bool: FileMessage.HOLDS_BOOLEAN,
        }.get(type(data), FileMessage.HOLDS_VALUE)
        if isinstance(data, int | Decimal) and not isinstance(data, bool):
            holds = FileMessage.HOLDS_NUMBER
        if data is None:
            holds = FileMessage.HOLDS_NULL
        raise InvalidAgreement(path, [Issue(Place(()), Message(holds))])
    from .merge import refuse_unresolved

    refuse_unresolved(path, data)
    version = data.get("schema_version")
    schema_version = Message(FilePlace.SCHEMA_VERSION)
    if version is None:
        raise InvalidAgreement(
            path, [Issue(schema_version, Message(FileMessage.SCHEMA_VERSION_MISSING))]
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problem = Message(FileMessage.SCHEMA_VERSION_NOT_WHOLE, {"value": _json_text(version)})
        raise InvalidAgreement(path, [Issue(schema_version, problem)])
    if version > SCHEMA_VERSION:
        raise NewerSchema(
            path,
            FileMessage.NEWER_SCHEMA,
            version=version,
            supported=SCHEMA_VERSION,
            hint=FileHint.UPDATE_SLAWRITER,
        )
    as_filed = None
    if version < SCHEMA_VERSION:
        signoff = data.get("signoff")
        if isinstance(signoff, dict) and signoff.get("history"):
            as_filed = data  # migrate() works on a copy
        try:
            data = migrations.migrate(data, version, SCHEMA_VERSION)
        except migrations.MigrationGap as exc:
            raise MigrationFailed(path, exc, hint=FileHint.CANNOT_UPGRADE) from exc
        except Exception as exc:
            raise MigrationFailed(
                path,
                FileMessage.NOT_UPGRADED,
                version=version,
                error=str(exc),
                hint=FileHint.REPORT_IT,
            ) from exc
    try:
        agreement = Agreement.model_validate(data, context=FROM_FILE)
    except ValidationError as exc:
        raise InvalidAgreement(path, _issues_from(exc, data)) from exc
    except RecursionError as exc:
        raise NotJson(path, FileMessage.TOO_DEEP) from exc
    agreement._as_filed = as_filed
    return agreement


def _json_text(value: Any) -> str:
    """A parsed JSON value as it was written (``1.0``, ``true``, ``"1"``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal | int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)[:40]


def loads_agreement(text: str, path: Path | str = "<agreement>") -> Agreement:
    """Parse agreement JSON text. Raises a :class:`DocumentError`."""
    path = Path(path)
    return agreement_from_json(_parse(path, text), path)


def load_agreement(path: Path | str) -> Agreement:
    """Read an agreement file. Raises a :class:`DocumentError`; never writes to ``path``."""
    return read_agreement(path)[0]


def read_agreement(path: Path | str) -> tuple[Agreement, bytes]:
    """An agreement file read once: the agreement and the file's exact bytes (what a Word
    export carries inside, so that ``import-docx`` gives the file back byte for byte)."""
    path = Path(path)
    data = _read_bytes(path)
    return loads_agreement(_decode(path, data), path), data


def agreement_file_name(title: str) -> str:
    """A file name for a new agreement, from its title."""
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-")[:60] or "agreement"
    return stem + SUFFIX


__all__ = [
    "MAX_FILE_BYTES",
    "SUFFIX",
    "DocumentError",
    "agreement_file_name",
    "agreement_from_json",
    "canonical_json",
    "dumps_agreement",
    "fingerprint",
    "load_agreement",
    "loads_agreement",
    "save_agreement",
    "write_output",
]
