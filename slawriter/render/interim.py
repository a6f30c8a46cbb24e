"""The live preview's interim pages: the part an edit changed, printed alone and put in place.

Laying out the whole contract is the cost of a preview (0.7–1 s for 14 pages, 4–6 s for 47 on
this machine). An edit changes one part of it: the title page, a section, the annex. So the
preview's printer (:class:`PreviewPrinter`, the ``printer`` of
:func:`~slawriter.render.documents.contract.render_pdf`) does two prints for an edit:

1. **The interim.** The contract's HTML is cut into its blocks at the ``<!--slw-…-->`` comments of
   ``templates/contract.html`` (:func:`split_blocks`: the title page, the contents, the summary,
   each section, the annex). The blocks whose HTML differs from the last whole print are printed
   alone — with the style sheets, the running header and footer, and the page numbers they had —
   and their pages take the place of the pages those blocks had in the last whole print
   (:func:`block_pages` knows them from its layout). The other pages are the last print's, as
   they were: the result is the last PDF with an incremental update appended (new page objects,
   a new page list, a cross-reference stream), so nothing of the 47 pages is written again.
   On open, with no print before, the interim is the title page alone.
2. **The whole print**, which replaces the interim as soon as it is done: the contract's pages
   as the export prints them, in a plain PDF (no PDF/A tags, output intent or attachment,
   which nobody reads on screen and which cost a third of the writing).

An interim is never final: the pages around the edited block keep the old header and
fingerprint, the contents keep their page numbers, and a block that shares a page with its
neighbour shows only its own part of it. The app says so while it is shown ("updating the
rest…"). Anything that goes wrong in the interim (an unexpected HTML, a layout error, a PDF
this module cannot extend) gives no interim — the whole print goes on as before.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from .printer import Printed, PrintJob, _cyclic_gc_paused, laid_out, print_pdf

log = logging.getLogger(__name__)

_MARK = re.compile(r"<!--slw-(block|main|end)-->")
_FIRST_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
_ATTRIBUTE = re.compile(r'\b(id|class)="([^"]*)"')

CONTENTS = "toc"
"""The contents' block: never printed alone (its page numbers point into the whole print)."""

MAX_PAGES = 4
"""An interim is printed when the changed blocks had at most this many pages (or a quarter of
the document, if more): past that it would take about as long as the whole print."""


@dataclass(frozen=True, slots=True)
class Block:
    key: str
    """The ``id`` of its first element, else its ``class``: what :func:`block_pages` finds."""
    html: str
    in_main: bool
    """A section, printed inside ``<main>`` as in the whole document."""


@dataclass(frozen=True, slots=True)
class Blocks:
    prefix: str
    """Everything before the first block: the head, the watermark, the running elements."""
    blocks: tuple[Block, ...]

    def get(self, key: str) -> Block | None:
        return next((block for block in self.blocks if block.key == key), None)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(block.key for block in self.blocks)


def _key(html: str) -> str | None:
    match = _FIRST_TAG.search(html)
    if match is None:
        return None
    attributes = dict(_ATTRIBUTE.findall(match.group(2)))
    return attributes.get("id") or attributes.get("class") or None


def split_blocks(html: str) -> Blocks | None:
    """The contract's HTML as its blocks, or None if it has no block marks (a user's own
    template) or two blocks would have the same key."""
    parts = _MARK.split(html)
    if len(parts) < 3:
        return None
    blocks: list[Block] = []
    for kind, text in zip(parts[1::2], parts[2::2], strict=True):
        if kind == "end":
            continue
        key = _key(text)
        if key is None:
            continue  # a block with nothing to print (no revision history, say)
        blocks.append(Block(key, text, kind == "main"))
    keys = [block.key for block in blocks]
    if not blocks or len(set(keys)) != len(keys):
        return None
    return Blocks(parts[0], tuple(blocks))


def _element_key(box: Any) -> str | None:
    element = getattr(box, "element", None)
    if element is None:
        return None
    return element.get("id") or element.get("class") or None


def _flow_boxes(page_box: Any) -> Iterator[Any]:
    """The boxes of the body's (and ``<main>``'s) children on one page, in order."""
    for root in getattr(page_box, "children", ()):
        if getattr(root, "element_tag", None) != "html":
            continue
        for body in root.children:
            if getattr(body, "element_tag", None) != "body":
                continue
            for box in body.children:
                if getattr(box, "element_tag", None) == "main":
                    yield from box.children
                else:
                    yield box


def block_pages(document: Any, keys: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """First and last page (0-based) of each block of ``keys`` in a laid-out WeasyPrint
    document; an element that is no block's first is counted with the block before it."""
    known = set(keys)
    spans: dict[str, tuple[int, int]] = {}
    for index, page in enumerate(document.pages):
        current: str | None = None
        for box in _flow_boxes(page._page_box):
            key = _element_key(box)
            if key in known:
                current = key
            elif current is None:
                continue  # the running elements and the watermark, before the first block
            assert current is not None
            first, _last = spans.get(current, (index, index))
            spans[current] = (first, index)
    return spans


@dataclass(frozen=True, slots=True)
class PdfShape:
    """What an incremental update of a PDF that pydyf wrote needs to know of it."""

    pages_number: int
    kids: tuple[int, ...]
    root: int
    info: int | None
    size: int
    startxref: int


@dataclass(frozen=True, slots=True)
class LastPrint:
    """The last whole print: its blocks, where they are, and its PDF."""

    blocks: Blocks
    spans: dict[str, tuple[int, int]]
    pdf: bytes
    shape: PdfShape


@dataclass(frozen=True, slots=True)
class Interim:
    pdf: bytes
    pages: tuple[int, ...]
    """The pages (0-based, in :attr:`pdf`) that were printed for the edit."""
    blocks: tuple[str, ...]
    """The blocks printed."""


def _page_style(first_page: int | None, total: int | None) -> str:
    """CSS that gives a block printed alone the page numbers it has in the whole document."""
    rules = []
    if first_page:
        # The block's first page is not the document's first: the header is shown, and the
        # page counter starts where the block starts.
        # (WeasyPrint's reset page shows the value it is reset to: the 1-based number.)
        rules.append(
            f"@page :first {{ counter-reset: page {first_page + 1};"
            " @top-left { content: element(rh-title); }"
            " @top-right { content: element(rh-id); } }"
        )
    count = str(total) if total else "…"
    rules.append(f'.running-footer .page-count::before {{ content: "{count}"; }}')
    return "<style>\n" + "\n".join(rules) + "\n</style>\n"


def block_html(
    blocks: Blocks, chosen: tuple[Block, ...], first_page: int | None, total: int | None
) -> str:
    """The HTML of ``chosen`` blocks alone, with everything before the first block."""
    prefix = blocks.prefix
    head_end = prefix.find("</head>")
    style = _page_style(first_page, total)
    if head_end >= 0:
        prefix = prefix[:head_end] + style + prefix[head_end:]
    else:  # pragma: no cover - the contract template always has a head
        prefix += style
    parts = [prefix]
    in_main = False
    for block in chosen:
        if block.in_main != in_main:
            parts.append("<main>" if block.in_main else "</main>")
            in_main = block.in_main
        parts.append(block.html)
    if in_main:
        parts.append("</main>")
    parts.append("</body>\n</html>\n")
    return "".join(parts)


@contextmanager
def _numbered_from(offset: int) -> Iterator[None]:
    """pydyf numbers the objects of the next PDF from ``offset`` (0 is its free object), so
    that they can be appended to another PDF as they are."""
    import pydyf

    original = pydyf.PDF.add_object

    def add_object(self: Any, object_: Any) -> None:
        object_.number = len(self.objects) + offset
        self.objects.append(object_)

    pydyf.PDF.add_object = add_object
    try:
        yield
    finally:
        pydyf.PDF.add_object = original


def _printed_objects(
    job: PrintJob, html: str, offset: int, parent: int
) -> tuple[list[bytes], list[int], int]:
    """``html`` printed as PDF objects numbered from ``offset``: each object's bytes, the page
    objects' numbers, and the next free number. The pages' parent is object ``parent``."""
    from weasyprint import DEFAULT_OPTIONS
    from weasyprint.pdf import generate_pdf

    from .fonts import kept_fonts

    warnings: list[str] = []
    with laid_out(replace(job, html=html), warnings, kept_fonts()) as (document, _fetcher):
        options = dict(DEFAULT_OPTIONS)
        with _numbered_from(offset):
            pdf = generate_pdf(document, None, 1, **options)
    kids = [int(number) for number in pdf.pages["Kids"][::3]]
    skip = {pdf.pages.number, pdf.catalog.number}
    parent_ref = f"{parent} 0 R".encode()
    objects: list[bytes] = []
    for object_ in pdf.objects:
        if object_.free == "f" or object_.number in skip:
            continue
        if object_.number in kids:
            object_["Parent"] = parent_ref
        objects.append(object_.indirect)
    return objects, kids, offset + len(pdf.objects)


def _xref_stream(number: int, entries: dict[int, int], shape: PdfShape) -> bytes:
    """A cross-reference stream (object ``number``) for the objects at ``entries`` (number →
    offset), linked to the PDF's previous one."""
    numbers = sorted(entries)
    index: list[int] = []
    for n in numbers:
        if index and index[-2] + index[-1] == n:
            index[-1] += 1
        else:
            index += [n, 1]
    data = b"".join(b"\x01" + entries[n].to_bytes(4, "big") + b"\x00" for n in numbers)
    info = f" /Info {shape.info} 0 R" if shape.info is not None else ""
    head = (
        f"{number} 0 obj\n<< /Type /XRef /Size {number + 1} /Root {shape.root} 0 R{info}"
        f" /Prev {shape.startxref} /W [1 4 1] /Index [{' '.join(map(str, index))}]"
        f" /Length {len(data)} >>\nstream\n"
    ).encode()
    return head + data + b"\nendstream\nendobj\n"


def compose(
    last: LastPrint, printed: list[tuple[tuple[int, int], list[bytes], list[int]]], size: int
) -> tuple[bytes, tuple[int, ...]]:
    """The last PDF with the pages of each span replaced by the printed pages (objects and page
    numbers), as an incremental update; and which pages of the result are new."""
    shape = last.shape
    out = bytearray(last.pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    entries: dict[int, int] = {}
    kids: list[int] = []
    new_pages: list[int] = []
    position = 0
    for (first, last_page), objects, pages in sorted(printed, key=lambda item: item[0]):
        kids.extend(shape.kids[position:first])
        new_pages.extend(range(len(kids), len(kids) + len(pages)))
        kids.extend(pages)
        position = last_page + 1
        for data in objects:
            number = int(data.split(b" ", 1)[0])
            entries[number] = len(out)
            out += data + b"\n"
    kids.extend(shape.kids[position:])
    entries[shape.pages_number] = len(out)
    references = " ".join(f"{kid} 0 R" for kid in kids)
    out += (
        f"{shape.pages_number} 0 obj\n<< /Type /Pages /Kids [{references}] /Count {len(kids)} >>"
        "\nendobj\n"
    ).encode()
    xref = len(out)
    entries[size] = xref
    out += _xref_stream(size, entries, shape)
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out), tuple(new_pages)


def _span_limit(page_count: int) -> int:
    return max(MAX_PAGES, page_count // 4)


class PreviewPrinter:
    """The live preview's printer: an interim of what changed (:attr:`on_interim` gets it),
    then the whole contract, which it keeps as the base of the next interim.

    One per render process; its :attr:`last` print is the last preview's.
    """

    def __init__(self) -> None:
        self.last: LastPrint | None = None
        self.on_interim: Callable[[Interim], None] | None = None

    def __call__(self, job: PrintJob) -> Printed:
        blocks = split_blocks(job.html)
        if self.on_interim is not None and blocks is not None:
            # The collector stays paused until the interim is sent: the garbage of the last
            # whole print (hundreds of thousands of boxes) is collected after it, not before.
            with _cyclic_gc_paused():
                try:
                    interim = self.interim(job, blocks)
                    if interim is not None:
                        self.on_interim(interim)
                except Exception:  # the whole print follows, and says what is wrong if anything
                    log.info("no interim preview", exc_info=True)
        return self.whole(job, blocks)

    def whole(self, job: PrintJob, blocks: Blocks | None) -> Printed:
        """The whole contract, kept for the next interim: the pages :func:`print_pdf` prints
        for the export, as a plain PDF — a preview is read on screen, and PDF/A's tags,
        output intent and attached agreement change nothing on its pages but take a third of
        the writing time (0.9 of 2.1 s for 47 pages here)."""
        job = replace(job, pdf_variant=None, attachment=None, attachment_description="")
        seen: dict[str, Any] = {}

        def inspect(document: Any, pdf: Any) -> None:
            seen["document"], seen["pdf"] = document, pdf

        self.last = None
        printed = print_pdf(job, inspect=inspect)
        pdf = seen.get("pdf")
        if blocks is not None and pdf is not None and pdf.xref_position is not None:
            info = pdf.info.number if pdf.info and pdf.info.number is not None else None
            shape = PdfShape(
                pages_number=pdf.pages.number,
                kids=tuple(int(n) for n in pdf.pages["Kids"][::3]),
                root=pdf.catalog.number,
                info=info,
                size=len(pdf.objects),
                startxref=pdf.xref_position,
            )
            spans = block_pages(seen["document"], blocks.keys)
            self.last = LastPrint(blocks, spans, printed.pdf, shape)
        return printed

    def interim(self, job: PrintJob, blocks: Blocks) -> Interim | None:
        """The interim of ``job`` (None if there is nothing to gain from one)."""
        last = self.last
        if last is None:
            return self._first(job, blocks)
        if last.blocks.keys != blocks.keys:
            return None  # a block came or went: the whole print only
        changed = [
            block
            for block in blocks.blocks
            if block.key != CONTENTS and block.html != last.blocks.get(block.key).html  # type: ignore[union-attr]
        ]
        if not changed or any(block.key not in last.spans for block in changed):
            return None
        spans = [last.spans[block.key] for block in changed]
        if sum(b - a + 1 for a, b in spans) > _span_limit(len(last.shape.kids)):
            return None
        total = len(last.shape.kids)
        offset = last.shape.size
        printed = []
        for block, span in zip(changed, spans, strict=True):
            html = block_html(blocks, (block,), span[0], total)
            objects, pages, offset = _printed_objects(job, html, offset, last.shape.pages_number)
            printed.append((span, objects, pages))
        pdf, new_pages = compose(last, printed, offset)
        return Interim(pdf, new_pages, tuple(block.key for block in changed))

    def _first(self, job: PrintJob, blocks: Blocks) -> Interim | None:
        """On open: the title page alone, a page to read while the rest is laid out."""
        first = blocks.blocks[0]
        html = block_html(blocks, (first,), None, None)
        from .fonts import kept_fonts

        warnings: list[str] = []
        with laid_out(replace(job, html=html), warnings, kept_fonts()) as (document, _fetcher):
            pdf = document.write_pdf()
        return Interim(pdf, tuple(range(len(document.pages))), (first.key,))
