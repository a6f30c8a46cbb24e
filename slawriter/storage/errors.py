"""One family of exceptions for every way an agreement file can fail to load or save.

Each carries the file, the place in it (a section and field a person recognises) and what to do,
so the app and the command line can show it as it is: "file: place: what is wrong — what to do".

The parts are data, like the model's messages (:mod:`slawriter.model.messages`): what is wrong
and what to do are templates from :class:`FileMessage` and :class:`FileHint` (or another table,
such as the compliance data's) with their values; the place is a :class:`Place` in the agreement
(a JSON path, named by :func:`~slawriter.model.sections.describe`) or a line of the file
(:class:`FilePlace`). ``str()`` and :meth:`DocumentError.lines` are the English text the command
line prints; ``lines(phrasebook)`` says the same in another language (the app passes one that
translates each template and place word, see ``slawriter.app.i18n.lines_tr``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..model.messages import Message, MessageTemplate, Param, Phrased, as_message, render
from ..model.sections import Loc, describe


class FileMessage(MessageTemplate):
    """What is wrong with an agreement file (English templates; the app translates them)."""

    IS_FOLDER = "is a folder, not an agreement file"
    NOT_REGULAR = "is not a regular file (a device, pipe or socket)"
    TOO_LARGE = (
        "is larger than {limit} MB ({size} bytes), too large for an agreement file — is this "
        "the right file?"
    )
    MISSING = "does not exist"
    PERMISSION_DENIED = "cannot be read: permission denied"
    UNREADABLE = "cannot be read ({reason})"
    GREW = "grew past the size limit while being read"
    UNICODE_TEXT = "is {encoding} text"
    UTF16_WITHOUT_BOM = "is UTF-16 text without a byte order mark"
    NOT_UTF8 = "is not UTF-8 text (byte {byte}, line {line})"
    EMPTY = "is empty"
    TRUNCATED = "ends before the JSON is complete"
    NOT_JSON = "is not valid JSON ({reason})"
    TOO_MANY_DIGITS = "{number} has too many digits"
    NOT_A_NUMBER = "{number} is not a number"
    OUT_OF_RANGE = "{number} is out of range"
    NOT_A_JSON_NUMBER = "{number} is not a number JSON allows; write a plain number"
    DUPLICATE_KEY = 'the key "{key}" appears twice in one object'
    TOO_DEEP = "is nested too deeply to be an agreement file"
    HOLDS_LIST = "holds a list, not an agreement (a JSON object)"
    HOLDS_STRING = "holds a string, not an agreement (a JSON object)"
    HOLDS_BOOLEAN = "holds true or false, not an agreement (a JSON object)"
    HOLDS_NUMBER = "holds a number, not an agreement (a JSON object)"
    HOLDS_NULL = "holds null, not an agreement (a JSON object)"
    HOLDS_VALUE = "holds a value, not an agreement (a JSON object)"
    SCHEMA_VERSION_MISSING = "is missing; is this a slawriter agreement file?"
    SCHEMA_VERSION_NOT_WHOLE = "must be a whole number from 1, not {value}"
    NEWER_SCHEMA = (
        "was written by a newer slawriter (schema version {version}; this version reads up to "
        "{supported})"
    )
    NOT_UPGRADED = "could not be upgraded from schema version {version} ({error})"
    UNKNOWN_FIELD = "“{key}” is not a field slawriter knows; check its spelling or remove it"
    REQUIRED = "is required but missing"
    NOT_AN_ID = (
        "{value} is not a valid ID: use lowercase letters, digits and single hyphens, at most 63 "
        "characters (e.g. 'p1-first-response')"
    )
    REFUSED = "{problem}"
    REFUSED_VALUE = "{problem} (found {value})"
    MORE_PROBLEMS = "{problem} (and {count} more problems)"
    ONE_MORE_PROBLEM = "{problem} (and 1 more problem)"
    SAVE_TO_FOLDER = "is a folder; choose a file name ending in .sla.json"
    NOT_SAVED = "could not be saved ({reason}); the previous file is unchanged"
    OUTPUT_TO_FOLDER = "is a folder; give a file name for the output"
    NOT_WRITTEN = "could not be written ({reason}); any previous file is unchanged"


class FileHint(MessageTemplate):
    """What to do about a file that cannot be used (English templates)."""

    SAVE_AS_UTF8_AND_REOPEN = "save it as UTF-8 and open it again"
    SAVE_AS_UTF8 = "save it as UTF-8"
    SAVE_AS_UTF8_IF_AGREEMENT = "save it as UTF-8; is it an agreement file?"
    ONE_OBJECT = "an agreement file holds one JSON object"
    MAY_BE_TRUNCATED = "the file may be truncated or not an agreement file"
    KEEP_ONE = "keep one of them"
    UPDATE_SLAWRITER = "update slawriter to open it"
    CANNOT_UPGRADE = "this file cannot be upgraded"
    REPORT_IT = "the file is unchanged; report this with the file attached"


class FilePlace(MessageTemplate):
    """A place in a file that is not a field of the agreement (English templates)."""

    LINE = "line {line}"
    LINE_COLUMN = "line {line}, column {column}"
    SCHEMA_VERSION = "Schema version"


class JsonReason(MessageTemplate):
    """Why Python's JSON parser stopped, in its own words (``is not valid JSON (…)``)."""

    EXPECTING_VALUE = "Expecting value"
    EXPECTING_COMMA = "Expecting ',' delimiter"
    EXPECTING_COLON = "Expecting ':' delimiter"
    EXPECTING_NAME = "Expecting property name enclosed in double quotes"
    EXTRA_DATA = "Extra data"
    CONTROL_CHARACTER = "Invalid control character"
    BAD_ESCAPE = "Invalid \\escape"
    BAD_UNICODE_ESCAPE = "Invalid \\uXXXX escape"
    TRAILING_COMMA_OBJECT = "Illegal trailing comma before end of object"
    TRAILING_COMMA_ARRAY = "Illegal trailing comma before end of array"


def at_line(line: int) -> Message:
    """The place "line 4" of a file."""
    return Message(FilePlace.LINE, {"line": line})


def at_line_column(line: int, column: int) -> Message:
    """The place "line 4, column 3" of a file."""
    return Message(FilePlace.LINE_COLUMN, {"line": line, "column": column})


@dataclass(frozen=True, slots=True)
class Place:
    """A place in an agreement: a JSON path, and the data that names its list items.

    ``str()`` is :func:`~slawriter.model.sections.describe` of it, e.g. "Parties › Party 1
    “Acme” › ID"; ``data`` is the agreement or its raw JSON.
    """

    loc: Loc
    data: Any = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return describe(self.loc, self.data)


Text = Phrased | str
"""What is wrong or what to do: a message, or plain text from elsewhere (shown as it is)."""

Where = Place | Phrased | str
"""Where in the file: a place in the agreement, a line of the file (a message), or nothing."""


class Phrasebook(Protocol):
    """How to say the parts of a file error in a language."""

    def message(self, message: Phrased) -> str:
        """A message (what is wrong, what to do, a line of the file)."""
        ...

    def place(self, loc: Loc, data: Any) -> str:
        """A place in the agreement (see :func:`~slawriter.model.sections.describe`)."""
        ...


class _English:
    """The text slawriter has always printed: the templates' English and describe()."""

    def message(self, message: Phrased) -> str:
        return render(message.template, message.params)

    def place(self, loc: Loc, data: Any) -> str:
        return describe(loc, data)


ENGLISH: Phrasebook = _English()


def say(part: Where, phrasebook: Phrasebook = ENGLISH) -> str:
    """One part of a file error (a place, a message or plain text) in the phrasebook's words."""
    if isinstance(part, MessageTemplate):  # a bare template is a str too (StrEnum)
        return phrasebook.message(Message(part))
    if isinstance(part, str):
        return part
    if isinstance(part, Place):
        return phrasebook.place(part.loc, part.data)
    return phrasebook.message(part)


def _text(part: Text | MessageTemplate, params: dict[str, Param]) -> Text:
    """A bare template becomes a message with ``params``; anything else is kept as it is."""
    if isinstance(part, MessageTemplate):
        return Message(part, params)
    if params:
        raise TypeError(f"values {sorted(params)} given for a message that is not a template")
    return part


def _nested(part: Text) -> Param:
    """What is wrong, as a value inside another message (still translatable)."""
    if isinstance(part, MessageTemplate):
        return Message(part)
    return part if isinstance(part, str) else as_message(part)


def _where(part: Where | MessageTemplate) -> Where:
    return Message(part) if isinstance(part, MessageTemplate) else part


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem at one place in the file."""

    place: Where
    problem: Text

    @property
    def where(self) -> str:
        """The place, in English."""
        return say(self.place)

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return say(self.problem)


class DocumentError(Exception):
    """An agreement file could not be read or written. ``str()`` is one line for a person.

    ``message`` (a template from a table such as :class:`FileMessage`, with its values as
    keyword arguments, or a message, or plain text), ``where`` and ``hint`` are kept as data in
    :attr:`problem`, :attr:`place` and :attr:`remedy`; the properties of the same names give
    their English text.
    """

    def __init__(
        self,
        path: Path | str,
        message: Text | MessageTemplate,
        /,
        *,
        where: Where | MessageTemplate = "",
        hint: Text | MessageTemplate = "",
        **params: Param,
    ) -> None:
        self.path = Path(path)
        self.problem: Text = _text(message, params)
        self.place: Where = _where(where)
        self.remedy: Text = _text(hint, {})
        super().__init__(self.one_line())

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return say(self.problem)

    @property
    def where(self) -> str:
        """The place in the file, in English (may be empty)."""
        return say(self.place)

    @property
    def hint(self) -> str:
        """What to do, in English (may be empty)."""
        return say(self.remedy)

    def one_line(self, phrasebook: Phrasebook = ENGLISH) -> str:
        parts = [str(self.path)]
        where = say(self.place, phrasebook)
        if where:
            parts.append(where)
        hint = say(self.remedy, phrasebook)
        parts.append(say(self.problem, phrasebook) + (f" — {hint}" if hint else ""))
        return ": ".join(parts)

    def lines(self, phrasebook: Phrasebook = ENGLISH) -> list[str]:
        """One line per problem (several for a file with several invalid fields)."""
        return [self.one_line(phrasebook)]


class UnreadableFile(DocumentError):
    """Missing, a folder, no permission, or too large."""


class NotUtf8(DocumentError):
    """The bytes are not UTF-8 text."""


class NotJson(DocumentError):
    """The text is not well-formed JSON (or uses NaN, Infinity, duplicate keys)."""


class NewerSchema(DocumentError):
    """Written by a newer slawriter."""


class MigrationFailed(DocumentError):
    """An older file could not be brought up to date."""


class InvalidAgreement(DocumentError):
    """Well-formed JSON that is not a valid agreement; carries every problem found."""

    def __init__(self, path: Path | str, issues: list[Issue]) -> None:
        self.issues = issues
        first = issues[0]
        problem: Text = first.problem
        if len(issues) > 1:
            shown = _nested(first.problem)
            more = len(issues) - 1
            problem = (
                Message(FileMessage.ONE_MORE_PROBLEM, {"problem": shown})
                if more == 1
                else Message(FileMessage.MORE_PROBLEMS, {"problem": shown, "count": more})
            )
        super().__init__(path, problem, where=first.place)

    def lines(self, phrasebook: Phrasebook = ENGLISH) -> list[str]:
        return [
            f"{self.path}: {say(issue.place, phrasebook)}: {say(issue.problem, phrasebook)}"
            for issue in self.issues
        ]


class SaveFailed(DocumentError):
    """The file could not be written; the previous file, if any, is unchanged."""
