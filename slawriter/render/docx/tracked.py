"""A redline as a Word document: the newer contract, with Word tracked changes against the older.

Both contracts are read into blocks (:mod:`.blocks`) and aligned with the one alignment every
redline uses (:func:`slawriter.model.alignment.align`); then every block is written through the
contract's own :class:`~.writer.Writer`:

* an unchanged block as it is;
* a block removed or added whole: its runs in ``w:del`` (their text ``w:delText``) or ``w:ins``,
  its paragraph mark deleted or inserted (``w:pPr/w:rPr/w:del``), a table's rows as deleted or
  inserted rows (``w:trPr/w:del``, ``w:trPr/w:ins``);
* a block edited: its words compared (:func:`~slawriter.model.alignment.word_steps`) and the
  words that went or came in ``w:del`` / ``w:ins`` inside the one paragraph; a table's rows are
  aligned in turn and an edited row's cells compared word by word.

Accepting every change gives the newer contract's text, rejecting every change the older one's.
That holds for the numbers too: a clause number or item letter Word's numbering prints in both
versions is numbering in the redline (Word numbers what is left after accepting or rejecting);
where one of the two writes its number as text, a block whose number differs is removed and
added whole rather than edited, so that its number is never wrong either way.

And it holds in LibreOffice, which cannot take away a paragraph whose mark is inserted or deleted
when a table comes right after it (Accept All or Reject All leaves it there, empty): the paragraph
before a table always keeps its mark (:func:`_anchor_tables`,
:meth:`TrackedWriter.mark_before_tables`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, replace
from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from ...model.alignment import Step, align, word_steps
from .blocks import (
    Block,
    Contract,
    Definition,
    Heading,
    ListItem,
    Paragraph,
    Picture,
    Row,
    Run,
    Runs,
    Space,
    Table,
    Title,
    runs_text,
)
from .writer import ClauseCounter, Writer, list_abstract

INS, DEL = "ins", "del"
_OWN_ABSTRACTS = 20_000
"""The list definitions of the redline's lists, one each: IDs from here."""
_OLD_LISTS = 1_000_000
"""Lists of the older contract that no list of the newer one continues get IDs from here."""


@dataclass(frozen=True, slots=True)
class Revision:
    """Who made the changes and when, as Word shows them on each change."""

    author: str = "slawriter"
    date: dt.datetime | None = None


# -- runs ----------------------------------------------------------------------------------------


def _slice(runs: Runs, start: int, end: int, change: str | None) -> list[Run]:
    """The part of ``runs`` from character ``start`` to ``end``, marked ``change``."""
    out: list[Run] = []
    offset = 0
    for run in runs:
        a, b = max(start, offset), min(end, offset + len(run.text))
        if a < b:
            out.append(replace(run, text=run.text[a - offset : b - offset], change=change))
        offset += len(run.text)
    return out


def tracked_runs(old: Runs, new: Runs) -> Runs:
    """``new``'s runs with ``old``'s words that went (``del``) and the ones that came (``ins``)
    marked, word by word; each part keeps its own version's formatting."""
    out: list[Run] = []
    i = j = 0
    for step in word_steps(runs_text(old), runs_text(new)):
        if step.kind == "equal":
            out += _slice(new, j, j + len(step.new), None)
        else:
            out += _slice(old, i, i + len(step.old), DEL)
            out += _slice(new, j, j + len(step.new), INS)
        i += len(step.old)
        j += len(step.new)
    return tuple(out)


# -- what a block is, for the alignment ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Item:
    """A block of one version with what its version's own document writes for it: the clause
    list's level (None: its number is text, or it has none) and its list."""

    block: Block
    level: int | None = None
    list_id: int = 0

    def frame(self) -> tuple[object, ...]:
        """What must be the same for the block to be edited in place rather than replaced:
        everything the writer puts around its runs."""
        block, level = self.block, self.level
        number: object = ("auto", level) if level is not None else getattr(block, "number", None)
        if isinstance(block, Heading):
            return ("heading", block.level, number)
        if isinstance(block, Paragraph):
            shown = block.number if block.kind == "toc" else number
            return ("paragraph", block.kind, block.indent, shown)
        if isinstance(block, ListItem):
            label = "bullet" if block.label is None else "item"
            return ("item", block.indent, label)
        if isinstance(block, Table):
            columns = max((len(row.cells) for row in block.rows), default=0)
            return ("table", block.kind, columns, block.indent)
        if isinstance(block, Definition):
            return ("definition", len(block.paragraphs))
        if isinstance(block, Picture):
            return ("picture", block.data)
        if isinstance(block, Space):
            return ("space", block.height_mm)
        return (type(block).__name__,)

    def text(self) -> str:
        return f"{self.frame()!r}\x1f{block_text(self.block)}"


def block_text(block: Block) -> str:
    """A block's words, one string (a table's cells apart)."""
    if isinstance(block, Heading | Title | Paragraph | ListItem):
        return runs_text(block.runs)
    if isinstance(block, Definition):
        return "\x1e".join(runs_text(p) for p in (block.term, *block.paragraphs))
    if isinstance(block, Table):
        return "\x1d".join(_row_text(row) for row in block.rows)
    return ""


def _row_text(row: Row) -> str:
    return "\x1e".join("\x1f".join(runs_text(p) for p in cell.paragraphs) for cell in row.cells)


def _row_frame(row: Row) -> tuple[object, ...]:
    return (row.header, tuple((c.header, c.mono, len(c.paragraphs)) for c in row.cells))


def _items(blocks: Iterable[Block]) -> list[_Item]:
    """The blocks with the levels and lists their own document gives them."""
    counter = ClauseCounter()
    items = []
    for block in blocks:
        level = None
        if isinstance(block, Heading) or (isinstance(block, Paragraph) and block.kind == "clause"):
            level = counter.numbered(block.number)
        list_id = block.list_id if isinstance(block, ListItem) else 0
        items.append(_Item(block, level, list_id))
    return items


# -- the lists ---------------------------------------------------------------------------------


def _labels(items: Iterable[_Item]) -> dict[int, list[str | None]]:
    labels: dict[int, list[str | None]] = {}
    for item in items:
        if isinstance(item.block, ListItem):
            labels.setdefault(item.list_id, []).append(item.block.label)
    return labels


@dataclass
class _Lists:
    """The redline's lists: a list of the newer contract keeps its ID and takes the older list
    it continues (the one whose items pair with its items); Word's numbering is used for it
    when both versions' documents use it and the pairing is one to one."""

    old_to_new: dict[int, int]
    abstracts: dict[int, int | None]

    def of_old(self, list_id: int) -> int:
        return self.old_to_new.get(list_id, _OLD_LISTS + list_id)


def _plan_lists(steps: Sequence[Step[_Item]], old: list[_Item], new: list[_Item]) -> _Lists:
    pairs: dict[int, set[int]] = {}
    claimed: dict[int, set[int]] = {}
    for step in steps:
        if step.old is None or step.new is None or not isinstance(step.new.block, ListItem):
            continue
        pairs.setdefault(step.old.list_id, set()).add(step.new.list_id)
        claimed.setdefault(step.new.list_id, set()).add(step.old.list_id)
    old_labels, new_labels = _labels(old), _labels(new)
    old_to_new = {o: next(iter(n)) for o, n in pairs.items() if len(n) == 1}
    abstracts: dict[int, int | None] = {}
    for list_id, labels in new_labels.items():
        abstract = list_abstract(labels)
        sources = claimed.get(list_id, set())
        for source in sources:
            continued = len(sources) == 1 and source in old_to_new
            if not continued or list_abstract(old_labels.get(source, [])) != abstract:
                abstract = None
        abstracts[list_id] = abstract
    for list_id, labels in old_labels.items():
        if list_id not in old_to_new:
            abstracts[_OLD_LISTS + list_id] = list_abstract(labels)
        elif abstracts.get(old_to_new[list_id]) is None:
            # A list continued by two, or one not numbered by Word in both: text labels.
            old_to_new.pop(list_id)
            abstracts[_OLD_LISTS + list_id] = None
    return _Lists(old_to_new, abstracts)


def _split_relabelled(steps: list[Step[_Item]], lists: _Lists) -> list[Step[_Item]]:
    """Pairs of items whose letters are text (not Word's numbering) and differ: removed and
    added whole, so that each version's letter is the one it prints."""
    out: list[Step[_Item]] = []
    for step in steps:
        o, n = step.old, step.new
        if (
            o is not None
            and n is not None
            and isinstance(o.block, ListItem)
            and isinstance(n.block, ListItem)
            and lists.abstracts.get(n.list_id) is None
            and o.block.label != n.block.label
        ):
            out += [Step("removed", o), Step("added", None, n)]
        else:
            out.append(step)
    return out


def _anchor_tables(steps: list[Step[_Item]]) -> list[Step[_Item]]:
    """Before a table both versions keep, a paragraph both versions keep.

    LibreOffice cannot take away a paragraph whose mark is inserted (or deleted) when a table
    comes right after it: Reject All (or Accept All) leaves it there, empty. So where blocks
    are added or removed right before a kept table, the last block each version has before
    the table are paired (an edit of one paragraph, its words compared) when they are the same
    kind of block, and the blocks before them are added or removed instead: the same two
    texts, with the paragraph before the table kept. The alignment's own choice among equal
    ones often makes this pair the same paragraph (a clause added before a clause like it)."""
    out = list(steps)
    k = -1
    while k + 1 < len(out):
        k += 1
        step = out[k]
        if step.kind not in ("equal", "changed") or not isinstance(
            step.new.block if step.new is not None else None, Table
        ):
            continue
        j = k
        while j > 0 and out[j - 1].kind in ("added", "removed"):
            j -= 1
        if j == k:
            continue
        run = out[j:k]
        olds = [s for s in run if s.kind == "removed"]
        news = [s for s in run if s.kind == "added"]
        anchor = out[j - 1] if j > 0 and out[j - 1].kind in ("equal", "changed") else None
        if olds and news:
            o, n = olds[-1].old, news[-1].new
            rest = [s for s in run if s is not olds[-1] and s is not news[-1]]
            start = j
        elif anchor is not None and anchor.old is not None and anchor.new is not None:
            if olds:  # only removed: the anchor's new block pairs with the last removed one
                o, n = olds[-1].old, anchor.new
                rest = [Step("removed", anchor.old), *olds[:-1]]
            else:  # only added: the anchor's old block pairs with the last added one
                o, n = anchor.old, news[-1].new
                rest = [Step("added", None, anchor.new), *news[:-1]]
            start = j - 1
        else:
            continue
        if o is None or n is None or isinstance(o.block, Table) or isinstance(n.block, Table):
            continue
        if o.frame() != n.frame():
            continue
        kind = "equal" if o.text() == n.text() else "changed"
        out[start:k] = [*rest, Step(kind, o, n)]
        k = start + len(rest) + 1  # the table
    return out


# -- the writer ----------------------------------------------------------------------------------


class TrackedWriter(Writer):
    """The contract's writer, writing runs marked ``ins``/``del`` as tracked changes and whole
    blocks as inserted or deleted."""

    def __init__(self, contract: Contract, *, style: str, accent: str | None, revision: Revision):
        super().__init__(contract.furniture, style=style, accent=accent)
        self.revision = revision
        self._change_id = 0
        self._level: int | None = None
        self._abstracts: dict[int, int | None] = {}
        self._whole_table: tuple[Any, str] | None = None

    # The clause level and the lists are planned for both versions (see the module's notes).

    def _numbered(self, number: str | None) -> int | None:
        return self._level

    def _list_abstract(self, list_id: int, label: str | None) -> int | None:
        return self._abstracts.get(list_id)

    def _list_num(self, list_id: int, label: str | None) -> int | None:
        """Each list numbered by a list definition of its own (a copy of the letters' or the
        bullets'), not only by a numbering instance that starts again at (a): LibreOffice
        keeps that start on the list's first paragraph, and when that paragraph is a deleted
        item, accepting the deletion would let the list go on from the list before it."""
        if list_id in self._lists:
            return self._lists[list_id]
        num_id = super()._list_num(list_id, label)
        if num_id is None:
            return None
        numbering = self.document.part.numbering_part.element
        num = numbering.xpath(f'w:num[@w:numId="{num_id}"]')[0]
        abstract_id = num.find(qn("w:abstractNumId"))
        source = numbering.xpath(
            f'w:abstractNum[@w:abstractNumId="{abstract_id.get(qn("w:val"))}"]'
        )
        copy = deepcopy(source[0])
        own = str(_OWN_ABSTRACTS + num_id)
        copy.set(qn("w:abstractNumId"), own)
        numbering.xpath("w:abstractNum")[-1].addnext(copy)
        abstract_id.set(qn("w:val"), own)
        return num_id

    # -- marks -----------------------------------------------------------------------------

    def _mark(self, tag: str) -> Any:
        self._change_id += 1
        element = OxmlElement(f"w:{tag}")
        element.set(qn("w:id"), str(self._change_id))
        element.set(qn("w:author"), self.revision.author)
        if self.revision.date is not None:
            date = self.revision.date.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)
            element.set(qn("w:date"), date.isoformat() + "Z")
        return element

    def _wrap(self, run: Any, change: str) -> None:
        """Put the run element ``run`` inside a tracked insertion or deletion."""
        mark = self._mark(change)
        run.addprevious(mark)
        mark.append(run)
        if change == DEL:
            for text in run.iter(qn("w:t")):
                text.tag = qn("w:delText")

    def _mark_paragraph(self, paragraph: Any, change: str) -> None:
        """The paragraph's mark inserted or deleted: accepting (or rejecting) takes the
        paragraph itself away, not only its words."""
        ppr = paragraph.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            later = [ppr.find(qn(t)) for t in ("w:sectPr", "w:pPrChange")]
            following = next((e for e in later if e is not None), None)
            if following is not None:
                following.addprevious(rpr)
            else:
                ppr.append(rpr)
        rpr.insert(0, self._mark(change))

    def _mark_whole(self, paragraph: Any, change: str, *, mark: bool = True) -> None:
        for run in list(paragraph.iter(qn("w:r"))):
            if run.getparent().tag not in (qn("w:ins"), qn("w:del")):
                self._wrap(run, change)
        if mark:
            self._mark_paragraph(paragraph, change)

    def _mark_row(self, row: Any, change: str) -> None:
        row.get_or_add_trPr().append(self._mark(change))
        for paragraph in row.iter(qn("w:p")):
            self._mark_whole(paragraph, change, mark=False)

    def add_runs(self, paragraph: DocxParagraph, runs: Runs, *, mono: bool = False) -> list[Any]:
        added: list[Any] = []
        for run in runs:
            for index, line in enumerate(run.text.split("\n")):
                pieces = []
                if index:
                    pieces.append(paragraph.add_run())
                    pieces[-1].add_break()
                if line:
                    docx_run = paragraph.add_run(line)
                    docx_run.bold = run.bold or None
                    docx_run.italic = run.italic or None
                    if run.mono or mono:
                        docx_run.font.name = "DejaVu Sans Mono"
                    pieces.append(docx_run)
                    added.append(docx_run)
                if run.change is not None:
                    for piece in pieces:
                        self._wrap(piece._r, run.change)
        return added

    # -- blocks ----------------------------------------------------------------------------

    def _written(self, block: Block, level: int | None) -> list[Any]:
        """Write ``block`` (its clause level ``level``); the body elements it made."""
        body = self.document.element.body
        before = len(body)
        self._level = level
        self.add(block)
        self._whole_table = None
        # New blocks go in before the body's last element, its section properties.
        return list(body)[before - 1 : len(body) - 1]

    def whole(self, item: _Item, change: str, list_id: int) -> None:
        block = (
            replace(item.block, list_id=list_id) if isinstance(item.block, ListItem) else item.block
        )
        previous = self._whole_table
        for element in self._written(block, item.level):
            if element.tag == qn("w:p"):
                self._mark_whole(element, change)
            elif element.tag == qn("w:tbl"):
                for row in element.iter(qn("w:tr")):
                    self._mark_row(row, change)
                self._whole_table = self._joined(previous, element, change)

    @staticmethod
    def _joined(previous: tuple[Any, str] | None, table: Any, change: str) -> tuple[Any, str]:
        """A table removed whole right before one added whole (or the other way round) is
        one table with the first one's rows deleted and the second one's inserted: two tables
        one after the other are one table in Word, and LibreOffice puts an empty paragraph
        between them that neither version has."""
        if previous is None or previous[1] == change or previous[0].getnext() is not table:
            return (table, change)
        for row in table.iter(qn("w:tr")):
            previous[0].append(row)
        table.getparent().remove(table)
        return previous

    def edited(self, old: _Item, new: _Item) -> None:
        a, b = old.block, new.block
        if isinstance(a, Table) and isinstance(b, Table):
            self.table_edited(a, b)
            return
        block: Block = b
        if isinstance(a, Heading | Title | Paragraph | ListItem) and isinstance(
            b, Heading | Title | Paragraph | ListItem
        ):
            block = replace(b, runs=tracked_runs(a.runs, b.runs))
        elif isinstance(a, Definition) and isinstance(b, Definition):
            paragraphs = tuple(
                tracked_runs(p, q) for p, q in zip(a.paragraphs, b.paragraphs, strict=True)
            )
            block = replace(b, term=tracked_runs(a.term, b.term), paragraphs=paragraphs)
        self._written(block, new.level)

    def table_edited(self, old: Table, new: Table) -> None:
        rows: list[Row] = []
        marks: list[str | None] = []
        steps = align(old.rows, new.rows, _row_text, _row_frame)
        for step in steps:
            o, n = step.old, step.new
            if step.kind == "equal" and n is not None:
                rows.append(n)
                marks.append(None)
            elif step.kind == "changed" and o is not None and n is not None:
                cells = tuple(
                    replace(
                        c,
                        paragraphs=tuple(
                            tracked_runs(p, q)
                            for p, q in zip(d.paragraphs, c.paragraphs, strict=True)
                        ),
                    )
                    for d, c in zip(o.cells, n.cells, strict=True)
                )
                rows.append(replace(n, cells=cells))
                marks.append(None)
            elif o is not None:
                rows.append(o)
                marks.append(DEL)
            elif n is not None:
                rows.append(n)
                marks.append(INS)
        (element,) = list(self._written(replace(new, rows=tuple(rows)), None))
        for row, mark in zip(element.iter(qn("w:tr")), marks, strict=True):
            if mark is not None:
                self._mark_row(row, mark)

    def write_redline(self, old: Contract, new: Contract) -> Document:
        old_items, new_items = _items(old.blocks), _items(new.blocks)
        steps = _anchor_tables(list(align(old_items, new_items, _Item.text, _Item.frame)))
        lists = _plan_lists(steps, old_items, new_items)
        steps = _split_relabelled(steps, lists)
        self._abstracts = lists.abstracts
        for step in steps:
            o, n = step.old, step.new
            if step.kind == "equal" and n is not None:
                self._written(n.block, n.level)
            elif step.kind == "changed" and o is not None and n is not None:
                self.edited(o, n)
            elif o is not None:
                self.whole(o, DEL, lists.of_old(o.list_id))
            elif n is not None:
                self.whole(n, INS, n.list_id)
        self.mark_before_tables()
        self.untangle()
        return self.document

    def mark_before_tables(self) -> int:
        """No paragraph mark inserted or deleted right before a table.

        LibreOffice cannot take such a paragraph away (it would join it to the table): Reject
        All (or Accept All) leaves it there, empty. Where whole paragraphs inserted (or
        deleted) come right before a table, the mark of the paragraph before them is inserted
        (deleted) instead and the last of them keeps its mark — the same change, written as
        Word and LibreOffice write a paragraph typed after another. The kept mark then ends
        the other version's paragraph too; where the two are laid out differently (a heading
        before the inserted paragraphs), the layout change is tracked with it
        (``w:pPrChange``), so that Word gives each version its own layout whichever
        paragraph's layout it keeps when it joins two. Returns how many are left (no paragraph
        with a mark of its own to take the change before them)."""
        body = self.document.element.body
        left = 0
        for table in list(body.iterchildren(qn("w:tbl"))):
            last = table.getprevious()
            change = _paragraph_change(last)
            if change is None:
                continue
            first = last
            while _paragraph_change(first.getprevious()) == change and _whole(first, change):
                first = first.getprevious()
            before = first.getprevious()
            if (
                not _whole(first, change)
                or before is None
                or before.tag != qn("w:p")
                or _paragraph_change(before) is not None
            ):
                left += 1
                continue
            mark = last.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn(f'w:{change}')}")
            mark.getparent().remove(mark)
            self._mark_paragraph(before, change)
            if _layout(before) != _layout(last):
                # Inserted: the kept mark is the last paragraph's now and the first's before.
                # Deleted: it is the last paragraph's before and the first's now.
                was, now = (before, last) if change == INS else (last, before)
                self._track_layout(last, now=now, was=was)
        return left

    def _track_layout(self, paragraph: Any, *, now: Any, was: Any) -> None:
        """Give ``paragraph`` the layout of ``now``, with a tracked change from ``was``'s."""
        ppr = paragraph.get_or_add_pPr()
        old = OxmlElement("w:pPr")
        for child in _layout_children(was):
            old.append(deepcopy(child))
        new = [deepcopy(child) for child in _layout_children(now)]
        for child in _layout_children(paragraph):
            ppr.remove(child)
        for child in reversed(new):
            ppr.insert(0, child)
        change = self._mark("pPrChange")
        change.append(old)
        ppr.append(change)

    def untangle(self) -> int:
        """Keep two changes of one kind apart where a paragraph that stays ends with one and
        the next paragraph starts with one: LibreOffice joins them into one change across the
        paragraph end between them, and accepting or rejecting it then joins the paragraphs.
        A word replaced at the edge (deleted and inserted) is written the other way round
        (inserted, then deleted: the same change). Returns how many stay next to each other."""
        tags = {qn("w:ins"): INS, qn("w:del"): DEL}
        paragraphs = list(self.document.element.body.iter(qn("w:p")))
        left = 0
        for first, second in itertools.pairwise(paragraphs):
            if first.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:ins')}") is not None or (
                first.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}") is not None
            ):
                continue
            end = [c for c in first if c.tag != qn("w:pPr")][-2:]
            start = [c for c in second if c.tag != qn("w:pPr")][:2]
            if not end or not start or end[-1].tag not in tags or start[0].tag != end[-1].tag:
                continue
            if len(end) == 2 and end[0].tag in tags and end[0].tag != end[1].tag:
                end[0].addprevious(end[1])
            elif len(start) == 2 and start[1].tag in tags and start[0].tag != start[1].tag:
                start[1].addnext(start[0])
            else:
                left += 1
        return left


def _paragraph_change(element: Any) -> str | None:
    """``ins`` or ``del`` for a paragraph whose mark is inserted or deleted, else None."""
    if element is None or element.tag != qn("w:p"):
        return None
    for change in (INS, DEL):
        if element.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn(f'w:{change}')}") is not None:
            return change
    return None


def _whole(paragraph: Any, change: str) -> bool:
    """Every run of ``paragraph`` is inside a ``change``."""
    return all(run.getparent().tag == qn(f"w:{change}") for run in paragraph.iter(qn("w:r")))


_NOT_LAYOUT = (qn("w:rPr"), qn("w:sectPr"), qn("w:pPrChange"))


def _layout_children(paragraph: Any) -> list[Any]:
    """A paragraph's properties but its mark's (``w:pPr`` without ``w:rPr``)."""
    ppr = paragraph.find(qn("w:pPr"))
    return [] if ppr is None else [c for c in ppr if c.tag not in _NOT_LAYOUT]


def _layout(paragraph: Any) -> bytes:
    from lxml import etree

    return b"".join(etree.tostring(c) for c in _layout_children(paragraph))


def write_tracked(
    old: Contract,
    new: Contract,
    *,
    style: str,
    accent: str | None = None,
    revision: Revision | None = None,
) -> Document:
    """``new`` as a python-docx document with tracked changes against ``old`` (not saved)."""
    writer = TrackedWriter(new, style=style, accent=accent, revision=revision or Revision())
    return writer.write_redline(old, new)


__all__ = ["Revision", "TrackedWriter", "block_text", "tracked_runs", "write_tracked"]
