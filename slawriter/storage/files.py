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

from ..model.agreement import Agreement
from ..model.sections import describe
from ..model.types import FROM_FILE, IDENTIFIER_PATTERN, SCHEMA_VERSION
from . import migrations
from .atomic import atomic_write_bytes
from .errors import (
    DocumentError,
    InvalidAgreement,
    Issue,
    MigrationFailed,
    NewerSchema,
    NotJson,
    NotUtf8,
    SaveFailed,
    UnreadableFile,
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
    _encode(agreement.model_dump(mode="python"), "", out)
    out.append("\n")
    return "".join(out)


def canonical_json(agreement: Agreement) -> bytes:
    """Compact, key-sorted UTF-8 JSON of the agreement: the input of its fingerprint."""
    data = json.loads(dumps_agreement(agreement), parse_float=str, parse_int=str)
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def fingerprint(agreement: Agreement) -> str:
    """First 12 hex characters of the SHA-256 of the agreement's canonical JSON.

    Printed on every page of the contract and recorded with each revision.
    """
    return hashlib.sha256(canonical_json(agreement)).hexdigest()[:12]


def write_output(path: Path | str, data: bytes) -> None:
    """Write an exported file (PDF, HTML, YAML, ICS…) atomically. Raises :class:`SaveFailed`."""
    path = Path(path)
    if path.is_dir():
        raise SaveFailed(path, "is a folder; give a file name for the output")
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise SaveFailed(
            path, f"could not be written ({exc.strerror or exc}); any previous file is unchanged"
        ) from exc


def save_agreement(agreement: Agreement, path: Path | str) -> None:
    """Write ``agreement`` to ``path`` atomically. Raises :class:`SaveFailed`."""
    path = Path(path)
    data = dumps_agreement(agreement).encode("utf-8")
    if path.is_dir():
        raise SaveFailed(path, "is a folder; choose a file name ending in .sla.json")
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise SaveFailed(
            path, f"could not be saved ({exc.strerror or exc}); the previous file is unchanged"
        ) from exc


# ---------------------------------------------------------------------------------------------
# Reading


class _BadNumber(Exception):
    def __init__(self, text: str, why: str) -> None:
        super().__init__(text)
        self.text = text
        self.why = why


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _parse_float(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_DIGITS:
        raise _BadNumber(text, "has too many digits")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the JSON scanner only passes numbers
        raise _BadNumber(text, "is not a number") from exc
    if abs(number.adjusted()) > MAX_NUMBER_DIGITS:
        raise _BadNumber(text, "is out of range")
    return number


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _BadNumber(text, "has too many digits")
    return int(text)


def _parse_constant(text: str) -> Any:
    raise _BadNumber(text, "is not a number JSON allows; write a plain number")


def _pairs(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def _line(text: str, index: int) -> str:
    return f"line {text.count(chr(10), 0, index) + 1}"


def _where_literal(text: str, literal: str) -> str:
    """The line of the first bare token ``literal`` (not inside a string)."""
    for match in _TOKENS.finditer(text):
        if match.group() == literal:
            return _line(text, match.start())
    return ""


def _where_duplicate(text: str, key: str) -> str:
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
            raise UnreadableFile(path, "is a folder, not an agreement file")
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(path, "is not a regular file (a device, pipe or socket)")
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                path,
                f"is larger than {MAX_FILE_BYTES // 1024 // 1024} MB "
                f"({size:,} bytes), too large for an agreement file — is this the right file?",
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise UnreadableFile(path, "does not exist") from exc
    except PermissionError as exc:
        raise UnreadableFile(path, "cannot be read: permission denied") from exc
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(path, "grew past the size limit while being read")
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
            raise NotUtf8(path, f"is {name} text", hint="save it as UTF-8 and open it again")
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):
        raise NotUtf8(path, "is UTF-16 text without a byte order mark", hint="save it as UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise NotUtf8(
            path,
            f"is not UTF-8 text (byte {exc.start + 1}, line {line})",
            hint="save it as UTF-8; is it an agreement file?",
        ) from exc
    return text.removeprefix("\ufeff")


def _parse(path: Path, text: str) -> Any:
    if not text.strip():
        raise NotJson(path, "is empty", hint="an agreement file holds one JSON object")
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
        reason = exc.msg.removesuffix(" starting at").removesuffix(" at")
        what = "ends before the JSON is complete" if ending else f"is not valid JSON ({reason})"
        raise NotJson(
            path, what, where=f"line {exc.lineno}, column {exc.colno}", hint=_NOT_JSON_HINT
        ) from exc
    except _BadNumber as exc:
        raise NotJson(
            path, f"{exc.text[:20]} {exc.why}", where=_where_literal(text, exc.text)
        ) from exc
    except _DuplicateKey as exc:
        raise NotJson(
            path,
            f'the key "{exc.key}" appears twice in one object',
            where=_where_duplicate(text, exc.key),
            hint="keep one of them",
        ) from exc
    except RecursionError as exc:
        raise NotJson(path, "is nested too deeply to be an agreement file") from exc


_NOT_JSON_HINT = "the file may be truncated or not an agreement file"


def _pydantic_message(error: Any) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "is not a field slawriter knows; check its spelling or remove it"
    if kind == "missing":
        return "is required but missing"
    pattern = error.get("ctx", {}).get("pattern")
    if kind == "string_pattern_mismatch" and pattern == IDENTIFIER_PATTERN:
        return (
            f"{error.get('input')!r} is not a valid ID: use lowercase letters, digits and "
            "single hyphens, at most 63 characters (e.g. 'p1-first-response')"
        )
    message = str(error["msg"])
    message = message.removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    value = error.get("input")
    if isinstance(value, str | int | Decimal) and kind not in ("string_too_long",):
        shown = repr(value) if isinstance(value, str) else str(value)
        if isinstance(value, bool):
            shown = "true" if value else "false"
        if len(shown) <= 40:
            message += f" (found {shown})"
    return message


def _issue(error: Any, data: Any) -> Issue:
    loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden" and loc:
        where = describe(loc[:-1], data)
        return Issue(where, f"“{loc[-1]}” {_pydantic_message(error)}")
    return Issue(describe(loc, data), _pydantic_message(error))


def _issues_from(error: ValidationError, data: Any) -> list[Issue]:
    return [_issue(e, data) for e in error.errors(include_url=False)]


def agreement_from_json(data: Any, path: Path | str = "<agreement>") -> Agreement:
    """Check the schema version, migrate, and validate parsed JSON into an :class:`Agreement`."""
    path = Path(path)
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string", bool: "true or false"}.get(type(data), "a value")
        if isinstance(data, int | Decimal) and not isinstance(data, bool):
            kind = "a number"
        if data is None:
            kind = "null"
        raise InvalidAgreement(
            path, [Issue("Agreement file", f"holds {kind}, not an agreement (a JSON object)")]
        )
    version = data.get("schema_version")
    if version is None:
        raise InvalidAgreement(
            path,
            [Issue("Schema version", "is missing; is this a slawriter agreement file?")],
        )
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidAgreement(
            path,
            [Issue("Schema version", f"must be a whole number from 1, not {_json_text(version)}")],
        )
    if version > SCHEMA_VERSION:
        raise NewerSchema(
            path,
            f"was written by a newer slawriter (schema version {version}; this version reads up "
            f"to {SCHEMA_VERSION})",
            hint="update slawriter to open it",
        )
    if version < SCHEMA_VERSION:
        try:
            data = migrations.migrate(data, version, SCHEMA_VERSION)
        except migrations.MigrationGap as exc:
            raise MigrationFailed(path, str(exc), hint="this file cannot be upgraded") from exc
        except Exception as exc:
            raise MigrationFailed(
                path,
                f"could not be upgraded from schema version {version} ({exc})",
                hint="the file is unchanged; report this with the file attached",
            ) from exc
    try:
        return Agreement.model_validate(data, context=FROM_FILE)
    except ValidationError as exc:
        raise InvalidAgreement(path, _issues_from(exc, data)) from exc
    except RecursionError as exc:
        raise NotJson(path, "is nested too deeply to be an agreement file") from exc


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
    path = Path(path)
    return loads_agreement(_decode(path, _read_bytes(path)), path)


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
