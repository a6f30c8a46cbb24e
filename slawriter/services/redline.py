"""Redlines: what changed between two revisions of an agreement, for a legal reviewer.

Two layers, in the newer agreement's language:

* a **change list** by section, in the agreement's own terms — "Objective “Availability” — Target:
  ≥ 99.9 % → ≥ 99.5 %", "Objective “P1 first response” added", "Party “Acme” — Address: text
  changed" — made by walking both models field by field and matching list items by their ID;
* a **redline of the contract text**: both contracts rendered to HTML, their text blocks
  (headings, paragraphs, list items, table rows) compared with :mod:`difflib`, and changed blocks
  diffed word by word, insertions underlined and deletions struck through as track changes are.

This module keeps the comparison (:class:`~slawriter.model.comparison.Comparison`); the change
list's words are the contract catalogs' (:class:`~slawriter.render.documents.redline.ChangeWords`)
and the report is the redline document of the one output pipeline
(:mod:`slawriter.render.documents.redline`).
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ..model import Agreement
from ..model.agreement import LifecycleAction, MeasurementWindow, Target
from ..model.alignment import align, word_steps
from ..model.comparison import (
    Change,
    Comparison,
    Origin,
    RedlineBlock,
    RedlineGroup,
    SectionChanges,
)
from ..model.sections import SECTION_TITLES, Section, section_of
from ..model.types import LONG_TEXT, Duration
from ..render import render_html
from ..render.documents import document_html, print_document
from ..render.documents.redline import (
    ADDED,
    CLEARED,
    REMOVED,
    SET_TO,
    TEXT_CHANGED,
    VALUE_ADDED,
    VALUE_REMOVED,
    ChangeWords,
    redline_document,
)
from ..storage import write_output

__all__ = [
    "Block",
    "Change",
    "Comparison",
    "RedlineBlock",
    "RedlineGroup",
    "SectionChanges",
    "change_list",
    "compare",
    "redline",
    "redline_format",
    "report_html",
    "report_pdf",
    "revision_by",
    "text_blocks",
    "tracked_docx",
    "word_diff",
    "write_redline",
]

# ---------------------------------------------------------------------------------------------
# Change list

# Lifecycle bookkeeping is not a change of the contract's terms: the revision annex shows it.
_SKIPPED = {
    ("schema_version",),
    ("agreement", "version"),
    ("signoff", "status"),
    ("signoff", "revisions"),
    ("signoff", "records"),
    ("signoff", "history"),
}


def _item_key(item: Any, index: int) -> Any:
    if isinstance(item, BaseModel):
        for key in ("id", "term", "priority", "signatory"):
            value = getattr(item, key, None)
            if isinstance(value, str) and value:
                return (key, value)
        if hasattr(item, "version"):
            return ("version", item.version)
        return ("index", index)
    return ("value", item)


def _is_long_text(info: FieldInfo) -> bool:
    return any(getattr(m, "max_length", None) == LONG_TEXT for m in info.metadata)


class _Differ:
    def __init__(self, words: ChangeWords) -> None:
        self.words = words
        self.changes: list[Change] = []

    def add(self, loc: tuple[str | int, ...], kind: str, text: str) -> None:
        self.changes.append(Change(section_of(loc), kind, text))

    def where(self, context: list[str], label: str) -> str:
        return " — ".join([*context, label])

    def model(
        self, old: BaseModel, new: BaseModel, loc: tuple[str | int, ...], context: list[str]
    ) -> None:
        for name, info in type(new).model_fields.items():
            here = (*loc, name)
            if tuple(s for s in here if isinstance(s, str)) in _SKIPPED and len(here) <= 2:
                continue
            a, b = getattr(old, name), getattr(new, name)
            if a == b:
                continue
            label = self.words(info.title or name.replace("_", " ").capitalize())
            self.value(a, b, here, context, label, info)

    def value(
        self,
        a: Any,
        b: Any,
        loc: tuple[str | int, ...],
        context: list[str],
        label: str,
        info: FieldInfo,
    ) -> None:
        w = self.words
        where = self.where(context, label)
        if isinstance(a, list) and isinstance(b, list):
            self.items(a, b, loc, context, label)
        elif (
            isinstance(a, BaseModel)
            and isinstance(b, BaseModel)
            and not isinstance(a, Target | Duration | MeasurementWindow)
        ):
            self.model(a, b, loc, [*context, label] if len(loc) > 1 else context)
        elif isinstance(a, str) and isinstance(b, str) and (_is_long_text(info) or len(a) > 80):
            if a.strip() and b.strip():
                self.add(loc, "changed", w.phrase(TEXT_CHANGED, where=where))
            elif b.strip():
                self.add(loc, "added", w.phrase(SET_TO, where=where, new="…"))
            else:
                self.add(loc, "removed", w.phrase(CLEARED, where=where, old="…"))
        elif a is None or a == "":
            self.add(loc, "added", w.phrase(SET_TO, where=where, new=w.value(b)))
        elif b is None or b == "":
            self.add(loc, "removed", w.phrase(CLEARED, where=where, old=w.value(a)))
        else:
            self.add(loc, "changed", f"{where}: {w.value(a)} → {w.value(b)}")

    def items(
        self,
        old: list[Any],
        new: list[Any],
        loc: tuple[str | int, ...],
        context: list[str],
        label: str,
    ) -> None:
        old_keys = {_item_key(item, i): item for i, item in enumerate(old)}
        new_keys = {_item_key(item, i): item for i, item in enumerate(new)}
        where = self.where(context, label)
        for index, (key, item) in enumerate(old_keys.items()):
            if key not in new_keys:
                text = self.item_text(item, context, where, REMOVED, VALUE_REMOVED)
                self.add((*loc, index), "removed", text)
        for index, (key, item) in enumerate(new_keys.items()):
            if key not in old_keys:
                text = self.item_text(item, context, where, ADDED, VALUE_ADDED)
                self.add((*loc, index), "added", text)
            elif old_keys[key] != item and isinstance(item, BaseModel):
                self.model(old_keys[key], item, (*loc, index), [*context, self.words.thing(item)])

    def item_text(self, item: Any, context: list[str], where: str, thing: str, value: str) -> str:
        """A list item added or removed, said with the ``thing`` phrase (an item of a model:
        “Objective “P1” added”) or the ``value`` phrase (a value of a list of values)."""
        w = self.words
        if isinstance(item, BaseModel):
            return w.phrase(thing, thing=" — ".join([*context, w.thing(item)]))
        return _single_quotes(w.phrase(value, where=where, item=w.value(item)))


def _single_quotes(text: str) -> str:
    """The phrase's quotation marks around a value the formatter has quoted already, once."""
    for double, single in (("««", "«"), ("»»", "»"), ("““", "“"), ("””", "”")):
        text = text.replace(double, single)
    return text


def change_list(old: Agreement, new: Agreement) -> list[SectionChanges]:
    """The changes from ``old`` to ``new`` by section, in ``new``'s language."""
    words = ChangeWords(new.agreement)
    differ = _Differ(words)
    differ.model(old, new, (), [])
    out: list[SectionChanges] = []
    for section in Section:
        changes = [c for c in differ.changes if c.section is section]
        if changes:
            out.append(SectionChanges(words(SECTION_TITLES[section]), changes))
    return out


# ---------------------------------------------------------------------------------------------
# Redline of the contract text

_BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "figcaption"}
_SKIP = {"head", "style", "script", "nav"}
_SKIP_CLASSES = {"watermark", "running-header", "running-footer", "toc"}
_HEADINGS = {"h1", "h2", "h3"}


@dataclass(frozen=True, slots=True)
class Block:
    """One block of contract text and the heading it falls under."""

    tag: str
    text: str
    heading: str


class _TextBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._text: list[str] = []
        self._open: list[str] = []
        self._heading = ""

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self._stack)

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        self._text = []
        if text and self._open:
            tag = self._open[-1]
            if tag in _HEADINGS:
                self._heading = text
            self.blocks.append(Block(tag, text, self._heading))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        skipped = tag in _SKIP or bool(classes & _SKIP_CLASSES)
        if tag in {"br", "img", "meta", "link", "col", "hr", "input"}:
            if tag == "br":
                self._text.append(" ")
            return
        self._stack.append((tag, skipped))
        if self._skipping():
            return
        if tag in _BLOCKS:
            self._flush()
            self._open.append(tag)
        elif tag in {"td", "th"} and self._text and "".join(self._text).strip():
            self._text.append(" · ")
        elif tag in {"div", "section", "table", "ul", "ol", "dl", "main"}:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and not self._skipping():
            self._text.append(" ")  # list letters and numbers are spans: keep them apart
        while self._stack:
            open_tag, _ = self._stack[-1]
            skipping = self._skipping()
            self._stack.pop()
            if not skipping and open_tag in _BLOCKS:
                self._flush()
                if self._open:
                    self._open.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self._text.append(data)


def text_blocks(html: str) -> list[Block]:
    """The contract's text as blocks (headings, paragraphs, list items, table rows)."""
    parser = _TextBlocks()
    parser.feed(html)
    parser.close()
    return parser.blocks


def word_diff(old: str, new: str) -> str:
    """``new`` as HTML with the words of ``old`` that went struck through and new ones marked."""
    out: list[str] = []
    esc = html_lib.escape
    for step in word_steps(old, new):
        if step.kind == "equal":
            out.append(esc(step.old))
            continue
        if step.old:
            out.append(f"<del>{esc(step.old)}</del>")
        if step.new:
            out.append(f"<ins>{esc(step.new)}</ins>")
    return "".join(out)


def redline(
    old_html: str, new_html: str, fingerprints: tuple[str, str] | None = None
) -> list[RedlineGroup]:
    """The changed blocks between two contracts, grouped under the heading they fall under
    (aligned by :func:`~slawriter.model.alignment.align`, as the Word redline is).

    ``fingerprints`` (old, new): the fingerprint printed in each, which always differs and so is
    not reported as a change of the text.
    """
    old_blocks, new_blocks = text_blocks(old_html), text_blocks(new_html)
    if fingerprints and fingerprints[0]:
        old_fp, new_fp = fingerprints
        old_blocks = [Block(b.tag, b.text.replace(old_fp, new_fp), b.heading) for b in old_blocks]
    groups: list[RedlineGroup] = []
    esc = html_lib.escape

    def emit(heading: str, block: RedlineBlock) -> None:
        if not groups or groups[-1].heading != heading:
            groups.append(RedlineGroup(heading))
        groups[-1].blocks.append(block)

    for step in align(old_blocks, new_blocks, lambda b: b.text, lambda b: b.tag):
        o, n = step.old, step.new
        if step.kind == "changed" and o is not None and n is not None:
            emit(n.heading, RedlineBlock("changed", n.tag, word_diff(o.text, n.text)))
        elif step.kind == "removed" and o is not None:
            emit(o.heading, RedlineBlock("removed", o.tag, f"<del>{esc(o.text)}</del>"))
        elif step.kind == "added" and n is not None:
            emit(n.heading, RedlineBlock("added", n.tag, f"<ins>{esc(n.text)}</ins>"))
    return groups


# ---------------------------------------------------------------------------------------------
# The report


def compare(old: Agreement, new: Agreement) -> Comparison:
    """Compare two agreements (usually two revisions of one)."""
    from ..storage import fingerprint

    prints = (fingerprint(old), fingerprint(new))
    return Comparison(
        old=old,
        new=new,
        old_fingerprint=prints[0],
        new_fingerprint=prints[1],
        changes=change_list(old, new),
        redline=redline(render_html(old).html, render_html(new).html, prints),
    )


def report_html(comparison: Comparison) -> str:
    """The redline as one self-contained HTML page in the newer agreement's language."""
    return document_html(redline_document(comparison))


def report_pdf(comparison: Comparison) -> bytes:
    """The redline report as PDF, printed as every document is (the restricted fetcher, the
    bundled fonts; WeasyPrint's messages are caught, not logged)."""
    return print_document(redline_document(comparison)).pdf


def revision_by(agreement: Agreement) -> tuple[str, dt.datetime | None]:
    """Who made ``agreement``'s revision and when, as the Word redline's tracked changes say.

    The author of its latest revision (the revision history's entry of the highest version),
    dated with the time the audit log recorded that revision starting (its ``new_revision``
    entry), else its day; without a named revision, the audit log's last entry's person and
    time; else ``slawriter``, undated.
    """
    signoff = agreement.signoff
    revisions = [r for r in signoff.revisions if r.author.strip()]
    if revisions:
        latest = max(revisions, key=lambda r: r.version)
        started = [
            event.at
            for event in signoff.history
            if event.action == LifecycleAction.NEW_REVISION
            and event.version == latest.version
            and event.at.astimezone(dt.UTC).date() == latest.date
        ]
        when = started[-1] if started else dt.datetime.combine(latest.date, dt.time(), dt.UTC)
        return latest.author.strip(), when
    logged = [event for event in signoff.history if event.by.strip()]
    if logged:
        return logged[-1].by.strip(), logged[-1].at
    return "slawriter", None


def tracked_docx(old: Agreement, new: Agreement, new_data: bytes | None = None) -> bytes:
    """The redline as a Word document: ``new``'s contract with tracked changes against
    ``old``'s, by the person who made ``new``'s revision (:func:`revision_by`), carrying
    ``new``'s agreement file (``new_data``, its exact bytes) as the contract's export does."""
    from ..render.docx import render_tracked_docx

    author, when = revision_by(new)
    return render_tracked_docx(old, new, author=author, date=when, source=new_data)


REDLINE_FORMATS = ("pdf", "html", "docx")


def redline_format(out_path: Path) -> str | None:
    """The redline format a file name asks for (``.htm`` is HTML); None for another name."""
    suffix = out_path.suffix.lower().lstrip(".")
    suffix = "html" if suffix == "htm" else suffix
    return suffix if suffix in REDLINE_FORMATS else None


def write_redline(
    old: Agreement,
    new: Agreement,
    out_path: Path | str,
    fmt: str | None = None,
    *,
    new_data: bytes | None = None,
    old_origin: Origin | None = None,
) -> Comparison:
    """Compare and write the redline as ``fmt`` (``pdf``, ``html`` or ``docx``: Word with
    tracked changes, carrying ``new``'s agreement file — ``new_data``, its exact bytes), by
    default the one ``out_path``'s extension names (HTML for another). ``old_origin``: the
    earlier version is the file at that git commit (the report says so)."""
    out_path = Path(out_path)
    comparison = compare(old, new)
    comparison.old_origin = old_origin
    fmt = fmt or redline_format(out_path) or "html"
    if fmt == "pdf":
        data = report_pdf(comparison)
    elif fmt == "docx":
        data = tracked_docx(old, new, new_data)
    else:
        data = report_html(comparison).encode("utf-8")
    write_output(out_path, data)
    return comparison
