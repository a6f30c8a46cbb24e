"""What a redline says: two revisions of an agreement and what changed between them. No I/O.

``slawriter.services.redline`` works a :class:`Comparison` out (the change list in the newer
agreement's terms, and the changed passages of the contract text); the redline document
(``slawriter.render.documents.redline``) prints it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .agreement import Agreement
from .outline import Section


@dataclass(frozen=True, slots=True)
class Change:
    """One change in the agreement's terms, in the agreement's language."""

    section: Section
    kind: str  # "added", "removed" or "changed"
    text: str


@dataclass(slots=True)
class SectionChanges:
    title: str
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RedlineBlock:
    """A changed block as HTML with ``<ins>`` and ``<del>`` marks; ``kind`` is how it changed.

    The text in it is escaped: ``html`` is safe to print as it is.
    """

    kind: str  # "added", "removed", "changed"
    tag: str
    html: str


@dataclass(slots=True)
class RedlineGroup:
    heading: str
    blocks: list[RedlineBlock] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the earlier version of a comparison came from when it is not a file of its own:
    a commit of the file's git history (its short ID and the day it was made)."""

    commit: str
    date: dt.date | None = None


@dataclass(slots=True)
class Comparison:
    """Everything a redline report shows."""

    old: Agreement
    new: Agreement
    old_fingerprint: str
    new_fingerprint: str
    changes: list[SectionChanges]
    redline: list[RedlineGroup]
    old_origin: Origin | None = None
    """The earlier version is the file as it was at this commit (File › History…)."""

    @property
    def change_texts(self) -> list[str]:
        return [c.text for group in self.changes for c in group.changes]
