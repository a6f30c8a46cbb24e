"""The contract's HTML read into blocks (:mod:`.blocks`).

The HTML is the one the PDF is printed from (``templates/contract.html``), so the Word document
says what the PDF says, word for word, by construction: this module only decides what each
element is in Word — a heading, a numbered clause, a lettered item, a table, a definition. The
clause numbers the HTML prints (``span.n``, ``span.num``) and the item letters (``span.il``)
become the blocks' ``number`` and ``label``, which the writer makes Word's own numbering.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .blocks import (
    Block,
    Cell,
    Contract,
    Definition,
    Furniture,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Picture,
    Row,
    Runs,
    Space,
    Table,
    Title,
)
from .blocks import Run as TextRun

# HTML's white space (not the no-break space, which stays as it is).
_SPACES = re.compile(r"[ \t\n\r\f]+")
_WIDTH = re.compile(r"^w(\d+)$")
_HEADINGS = {"h2": 1, "h3": 2, "h4": 3}
# Containers whose children are blocks; a page break follows those of _PAGE_AFTER and
# precedes those of _PAGE_BEFORE (the contract's style sheet breaks its pages there).
_PAGE_AFTER = {"title-page", "toc", "glance"}
_PAGE_BEFORE = {"signatures", "annex"}
# Elements of the page furniture, read into Furniture and not into the body.
_FURNITURE = {"watermark", "running-header", "running-footer"}
_INLINE = {"span", "strong", "b", "em", "i", "a", "br", "code", "small", "sup", "sub", "abbr"}


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _tag(element: Any) -> str:
    return element.tag if isinstance(element.tag, str) else ""


@dataclass
class _Style:
    bold: bool = False
    italic: bool = False
    mono: bool = False

    def within(self, element: Any) -> _Style:
        tag, classes = _tag(element), _classes(element)
        return _Style(
            bold=self.bold or tag in ("strong", "b", "th") or "party-name" in classes,
            italic=self.italic or tag in ("em", "i") or bool(classes & {"capacity", "between"}),
            mono=self.mono or "mono" in classes or tag == "code",
        )


def _inline_runs(element: Any, style: _Style, skip: set[str]) -> Iterator[TextRun]:
    """The runs of ``element``'s content (its own text, its inline children, their tails)."""
    if element.text:
        yield TextRun(element.text, style.bold, style.italic, style.mono)
    for child in element:
        tag = _tag(child)
        if tag and not (_classes(child) & skip):
            if tag == "br":
                yield TextRun("\n")
            else:
                yield from _inline_runs(child, style.within(child), skip)
        if child.tail:
            yield TextRun(child.tail, style.bold, style.italic, style.mono)


def _normalized(runs: Iterator[TextRun]) -> Runs:
    """Runs with HTML's white space collapsed as a browser does: one space between words, none
    at the start or end of the paragraph or around a line break; neighbours of one
    formatting merged."""
    collapsed: list[TextRun] = []
    for run in runs:
        text = _SPACES.sub(" ", run.text) if run.text != "\n" else "\n"
        if not text:
            continue
        previous = collapsed[-1].text if collapsed else "\n"
        if text.startswith(" ") and (previous.endswith((" ", "\n"))):
            text = text[1:]
        if text == "\n" and collapsed and collapsed[-1].text.endswith(" "):
            last = collapsed[-1]
            collapsed[-1] = TextRun(last.text[:-1], last.bold, last.italic, last.mono)
        if text:
            collapsed.append(TextRun(text, run.bold, run.italic, run.mono))
    while collapsed and collapsed[-1].text.endswith((" ", "\n")):
        last = collapsed.pop()
        trimmed = last.text.rstrip(" \n")
        if trimmed:
            collapsed.append(TextRun(trimmed, last.bold, last.italic, last.mono))
            break
    merged: list[TextRun] = []
    for run in collapsed:
        if not run.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].mono) == (
            run.bold,
            run.italic,
            run.mono,
        ):
            merged[-1] = TextRun(merged[-1].text + run.text, run.bold, run.italic, run.mono)
        else:
            merged.append(run)
    return tuple(merged)


def _label(element: Any, cls: str) -> str | None:
    """The text of ``element``'s first ``span.<cls>`` (a clause number or an item letter)."""
    for span in element.iter("span"):
        if cls in _classes(span):
            return _SPACES.sub(" ", span.text_content()).strip()
    return None


def _runs(element: Any, style: _Style | None = None, skip: frozenset[str] = frozenset()) -> Runs:
    base = (style or _Style()).within(element)
    return _normalized(_inline_runs(element, base, {"n", "num", "il", *skip}))


@dataclass
class _Walk:
    blocks: list[Block] = field(default_factory=list)
    furniture: dict[str, Any] = field(default_factory=dict)
    lists: int = 0

    def add(self, block: Block) -> None:
        if isinstance(block, PageBreak) and (not self.blocks or self.blocks[-1] == block):
            return
        self.blocks.append(block)

    # -- the page furniture ----------------------------------------------------------------

    def read_furniture(self, element: Any, classes: set[str]) -> None:
        if "watermark" in classes:
            self.furniture["watermark"] = _SPACES.sub(" ", element.text_content()).strip()
            return
        for part in element.iter("div"):
            cls = _classes(part)
            text = _SPACES.sub(" ", part.text_content()).strip()
            if "rh-title" in cls:
                self.furniture["title"] = text
            elif "rh-id" in cls:
                self.furniture["document_id"] = text
            elif "rf-print" in cls:
                self.furniture["fingerprint"] = text
            elif "rf-page" in cls:
                self.furniture["page_words"] = _page_words(part)

    # -- blocks ----------------------------------------------------------------------------

    def walk(self, element: Any, indent: int = 0) -> None:
        for child in element:
            tag, classes = _tag(child), _classes(child)
            if not tag:
                continue
            if classes & _FURNITURE:
                self.read_furniture(child, classes)
            elif classes & _PAGE_BEFORE:
                self.add(PageBreak())
                self.walk(child, indent)
            elif classes & _PAGE_AFTER:
                self.walk(child, indent)
                self.add(PageBreak())
            elif tag == "h1":
                self.add(Title(_runs(child)))
            elif tag in _HEADINGS:
                number = _label(child, "n") or _label(child, "num")
                self.add(Heading(_HEADINGS[tag], _runs(child), number))
            elif tag == "p":
                self.paragraph(child, classes, indent)
            elif tag in ("ol", "ul"):
                self.items(child, indent)
            elif tag == "dl":
                self.definitions(child)
            elif tag == "table":
                self.add(_table(child, indent))
            elif tag == "img":
                self.picture(child)
            elif "sig-space" in classes:
                self.add(Space())
            elif "sig-line" in classes:
                self.add(Paragraph(_runs(child), "signature", indent=indent))
            elif tag in _INLINE:
                self.add(Paragraph(_runs(child), indent=indent))
            else:  # section, nav, main, div: a container
                inner = indent + 1 if "cl" in classes and "objective" not in classes else indent
                self.walk(child, inner)
                if child.tail and child.tail.strip():
                    self.add(Paragraph(_normalized(iter([TextRun(child.tail)])), indent=indent))

    def paragraph(self, element: Any, classes: set[str], indent: int) -> None:
        number = _label(element, "n")
        if number is not None and classes & {"cl", "lead-in"}:
            self.add(Paragraph(_runs(element), "clause", number=number))
        elif classes & {"doc-kind"}:
            self.add(Paragraph(_runs(element), "kind"))
        elif classes & {"between"}:
            self.add(Paragraph(_runs(element), "centered"))
        elif classes & {"glance-note", "glance-more", "draft-problems-title"}:
            self.add(Paragraph(_runs(element), "note", indent=indent))
        else:
            self.add(Paragraph(_runs(element), indent=indent))

    def items(self, element: Any, indent: int) -> None:
        classes = _classes(element)
        if "party-list" in classes:  # the parties on the title page, one a line
            for item in element.iter("li"):
                self.add(Paragraph(_runs(item), "centered"))
            return
        self.lists += 1
        for item in element:
            if _tag(item) != "li":
                continue
            if "toc" in _classes(element.getparent()):
                number = _label(item, "num")
                self.add(Paragraph(_runs(item), "toc", number=number))
                continue
            label = _label(item, "il")
            if label is None and _tag(element) == "ol":
                label = ""
            self.add(ListItem(_runs(item), self.lists, label, indent=max(indent, 1)))

    def definitions(self, element: Any) -> None:
        for entry in element.iter("div"):
            if "def" not in _classes(entry):
                continue
            term = next(entry.iter("dt"), None)
            meaning = next(entry.iter("dd"), None)
            paragraphs: list[Runs] = []
            if meaning is not None:
                inner = [p for p in meaning if _tag(p) == "p"]
                paragraphs = [_runs(p) for p in inner] if inner else [_runs(meaning)]
            self.add(Definition(_runs(term) if term is not None else (), tuple(paragraphs)))

    def picture(self, element: Any) -> None:
        source = element.get("src") or ""
        head, _, data = source.partition(",")
        if head.startswith("data:image/png;base64"):
            self.add(Picture(base64.b64decode(data)))
        # An SVG logo is left to the PDF (see docs/WORD.md); writer.unplaced_logo says so.


def _page_words(element: Any) -> tuple[str, str, str]:
    """The words around the page number and the page count ("Page ", " of ", "")."""
    words = [element.text or ""]
    for child in element:
        words.append(child.tail or "")
    while len(words) < 3:
        words.append("")
    before, between, after = (_SPACES.sub(" ", w) for w in words[:3])
    return before.lstrip(), between, after.rstrip()


def _table(element: Any, indent: int) -> Table:
    widths: list[int] = []
    for col in element.iter("col"):
        for cls in _classes(col):
            match = _WIDTH.match(cls)
            if match:
                widths.append(int(match.group(1)))
    rows: list[Row] = []
    for row in element.iter("tr"):
        header = _tag(row.getparent()) == "thead"
        cells: list[Cell] = []
        for cell in row:
            tag = _tag(cell)
            if tag not in ("td", "th"):
                continue
            paragraphs = [_runs(p) for p in cell if _tag(p) == "p"] or [_runs(cell)]
            cells.append(Cell(tuple(paragraphs), header=tag == "th", mono="mono" in _classes(cell)))
        rows.append(Row(tuple(cells), header=header))
    kind = "grid" if "grid" in _classes(element) else "facts"
    columns = max((len(r.cells) for r in rows), default=0)
    return Table(tuple(rows), tuple(widths) if len(widths) == columns else (), kind, indent)


def contract_blocks(html: str, language: str) -> Contract:
    """The contract's HTML as blocks; ``language`` is its words' language tag (``en-US``)."""
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(html)
    head = root.find("head")
    meta: dict[str, str] = {}
    if head is not None:
        for tag in head.iter("meta"):
            name = tag.get("name")
            if name:
                meta[name] = tag.get("content") or ""
    body = root.find("body")
    walk = _Walk()
    if body is not None:
        walk.walk(body)
    while walk.blocks and isinstance(walk.blocks[-1], PageBreak):
        walk.blocks.pop()
    keywords = tuple(k.strip() for k in meta.get("keywords", "").split(",") if k.strip())
    furniture = Furniture(
        language=language,
        subject=meta.get("description", ""),
        keywords=keywords,
        author=meta.get("author", ""),
        **walk.furniture,
    )
    return Contract(tuple(walk.blocks), furniture)
