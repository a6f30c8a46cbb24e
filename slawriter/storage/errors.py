"""One family of exceptions for every way an agreement file can fail to load or save.

Each carries the file, the place in it (a section and field a person recognises) and what to do,
so the app and the command line can show it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem at one place in the file."""

    where: str
    message: str


class DocumentError(Exception):
    """An agreement file could not be read or written. ``str()`` is one line for a person."""

    def __init__(self, path: Path | str, message: str, *, where: str = "", hint: str = "") -> None:
        self.path = Path(path)
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        parts = [str(self.path)]
        if self.where:
            parts.append(self.where)
        parts.append(self.message + (f" — {self.hint}" if self.hint else ""))
        return ": ".join(parts)

    def lines(self) -> list[str]:
        """One line per problem (several for a file with several invalid fields)."""
        return [self.one_line()]


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
        more = f" (and {len(issues) - 1} more problem{'s' if len(issues) > 2 else ''})"
        super().__init__(path, first.message + (more if len(issues) > 1 else ""), where=first.where)

    def lines(self) -> list[str]:
        return [f"{self.path}: {issue.where}: {issue.message}" for issue in self.issues]


class SaveFailed(DocumentError):
    """The file could not be written; the previous file, if any, is unchanged."""
