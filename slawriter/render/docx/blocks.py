"""The contract as a list of blocks: what a Word document is made of, without Word.

:mod:`.walker` reads the contract's HTML (the same HTML the PDF is printed from) into these
blocks; :mod:`.writer` turns them into a python-docx document. Between the two they are plain,
comparable data, so that a redline can compare two contracts block by block and word by word
and write the differences as tracked changes with the same writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Run:
    """Text in one formatting. ``"\\n"`` in ``text`` is a line break (``<br>``)."""

    text: str
    bold: bool = False
    italic: bool = False
    mono: bool = False


Runs = tuple[Run, ...]


def runs_text(runs: Runs) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading, ``level`` 1–3 (Word's Heading 1–3 styles, in the navigation pane).

    ``number`` is the clause number the contract prints before it ("5", "5.4"), written as the
    clause list's numbering in Word; None for an unnumbered heading ("At a glance", an annex).
    """

    level: int
    runs: Runs
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Title:
    """The contract's title on its title page (Word's Title style)."""

    runs: Runs


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of ``kind``: ``clause`` (a numbered clause, ``number`` "2.3" or "3.1.1"),
    ``text`` (body text, ``indent`` levels in from the margin), ``note``, ``centered`` (the
    title page), ``kind`` (the document's kind above its title), ``toc`` (a line of the
    contents: ``number`` is its section's) or ``signature`` (the line a signatory signs on)."""

    runs: Runs
    kind: str = "text"
    number: str | None = None
    indent: int = 0


@dataclass(frozen=True, slots=True)
class ListItem:
    """An item of a lettered list (``label`` "(a)") or a bulleted one (``label`` None).

    ``list_id`` tells the items of one list from the next one's: each list starts at (a).
    """

    runs: Runs
    list_id: int
    label: str | None = None
    indent: int = 1


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: its paragraphs; a ``header`` cell is a row or column heading (``th``)."""

    paragraphs: tuple[Runs, ...]
    header: bool = False
    mono: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    header: bool = False
    """A heading row (``thead``): repeated at the top of every page the table runs over."""


@dataclass(frozen=True, slots=True)
class Table:
    """A table; ``widths`` are the columns' shares of the text width in percent (empty:
    equal), ``kind`` ``grid`` (ruled) or ``facts`` (label and value, no rules)."""

    rows: tuple[Row, ...]
    widths: tuple[int, ...] = ()
    kind: str = "grid"
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Definition:
    """A defined term and its meaning (one or more paragraphs)."""

    term: Runs
    paragraphs: tuple[Runs, ...]


@dataclass(frozen=True, slots=True)
class Picture:
    """An image (the organization's logo): its bytes and its width in millimetres."""

    data: bytes
    width_mm: float = 40.0


@dataclass(frozen=True, slots=True)
class Space:
    """Blank space (where a signatory signs), ``height_mm`` high."""

    height_mm: float = 14.0


@dataclass(frozen=True, slots=True)
class PageBreak:
    """The next block starts a page."""


Block = Heading | Title | Paragraph | ListItem | Table | Definition | Picture | Space | PageBreak


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page carries and what the file says about itself, in the contract's
    language: the running header (title, document ID), the footer's "Page X of Y" (the words
    around the two numbers) and fingerprint, the watermark (empty for a signed contract) and
    the document properties."""

    title: str = ""
    document_id: str = ""
    page_words: tuple[str, str, str] = ("", "", "")
    """The words before the page number, between it and the page count, and after it."""
    fingerprint: str = ""
    """The footer's fingerprint line, as the PDF prints it ("Fingerprint 1a2b…")."""
    watermark: str = ""
    language: str = "en"
    """The language tag of the contract's words (``en-US``, ``es-ES``)."""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    author: str = ""


@dataclass(frozen=True, slots=True)
class Contract:
    """The contract as blocks and its page furniture."""

    blocks: tuple[Block, ...]
    furniture: Furniture = field(default_factory=Furniture)
