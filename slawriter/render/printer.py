"""The one printer: a prepared document (a :class:`PrintJob`) to PDF bytes with WeasyPrint.

This module knows nothing of agreements or templates (it imports neither the model nor Jinja2):
:func:`~slawriter.render.documents.print_job` prepares a :class:`PrintJob` — the HTML, the style
sheets, the folders the fetcher may read, the attachment, the PDF variant — and
:func:`print_pdf` turns it into PDF bytes. Every document goes through it (the contract as
PDF/A-3a with the agreement attached, the redline, the compliance report), so each print uses
the restricted fetcher, the bundled fonts, and one way of catching WeasyPrint's log. Keeping
the two halves apart lets a process print a job that another prepared (:mod:`.forked`).
"""

from __future__ import annotations

import gc
import logging
import warnings as _warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from . import tagging
from .engine import load_weasyprint

ATTACHMENT_NAME = "agreement.json"
PDF_VARIANT = "pdf/a-3a"
_PX_TO_PT = 0.75


@dataclass(frozen=True, slots=True)
class SignatureAnchor:
    """Where a signatory's block is: page index (0-based) and a rectangle in PDF points.

    ``x``/``y`` are measured from the top-left corner of the page; ``page_height`` lets a caller
    convert to PDF's bottom-left origin (``page_height - y - height``).
    """

    page: int
    x: float
    y: float
    width: float
    height: float
    page_height: float


class _Collect(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not break a render
            message = str(record.msg)
        message = " ".join(message.split())
        if "refused to load" in message and any(
            w in message or message in w for w in self.sink if w.startswith("refused to load")
        ):
            return
        if message not in self.sink:
            self.sink.append(message)


@contextmanager
def _weasyprint_messages(sink: list[str]) -> Iterator[None]:
    """Collect WeasyPrint's warnings as render warnings instead of letting them reach the log."""
    logger = logging.getLogger("weasyprint")
    handler = _Collect(sink)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _signature_anchors(document: Any) -> dict[str, SignatureAnchor]:
    anchors: dict[str, SignatureAnchor] = {}
    for index, page in enumerate(document.pages):
        page_height = page.height * _PX_TO_PT
        stack = [page._page_box]
        while stack:
            box = stack.pop()
            element = getattr(box, "element", None)
            ident = element.get("id") if element is not None else None
            if (
                ident
                and ident.startswith("sig-")
                and getattr(box, "element_tag", None) == "div"
                and ident[4:] not in anchors
                and hasattr(box, "border_width")
            ):
                anchors[ident[4:]] = SignatureAnchor(
                    page=index,
                    x=box.border_box_x() * _PX_TO_PT,
                    y=box.border_box_y() * _PX_TO_PT,
                    width=box.border_width() * _PX_TO_PT,
                    height=box.border_height() * _PX_TO_PT,
                    page_height=page_height,
                )
            stack.extend(getattr(box, "children", ()))
    return anchors


@lru_cache(maxsize=16)
def _parsed_css(text: str, url: str) -> Any:
    """A bundled style sheet parsed once per process (``weasyprint.CSS`` objects are read-only
    once built, so every render can share them)."""
    load_weasyprint()
    from weasyprint import CSS

    return CSS(string=text, base_url=url or None)


def _finish(document: Any, pdf: Any) -> None:
    """What the printer does to the PDF before WeasyPrint writes it."""
    # WeasyPrint 70 lists each attachment twice in the catalog's /AF array.
    files = pdf.catalog.get("AF")
    if files:
        unique = list(dict.fromkeys(files))
        files.clear()
        files.extend(unique)
    tagging.finish(pdf)


@dataclass(frozen=True, slots=True)
class PrintJob:
    """Everything WeasyPrint needs to print one document; plain data, so it can be pickled."""

    html: str
    base_url: str
    roots: tuple[str, ...]
    """Folders the URL fetcher may read (besides ``data:`` URLs)."""
    attachment: bytes | None = None
    """The agreement file, attached as ``agreement.json`` (the contract); None: no attachment."""
    attachment_description: str = ""
    """What a PDF reader says the attachment is, in the contract's language (none if empty)."""
    stylesheets: tuple[tuple[str, str], ...] = ()
    """Bundled style sheets as (text, URL), parsed once per process; a user's template keeps
    its style sheets in the HTML instead."""
    warnings: tuple[str, ...] = ()
    """Warnings from preparing the job, so that WeasyPrint's repeat of one is not listed twice."""
    pdf_variant: str | None = PDF_VARIANT
    """WeasyPrint's ``pdf_variant``: PDF/A-3a (tagged) for every document; None, a plain PDF."""


@dataclass(slots=True)
class Printed:
    pdf: bytes
    warnings: list[str] = field(default_factory=list)
    signature_anchors: dict[str, SignatureAnchor] = field(default_factory=dict)
    reads: tuple[tuple[str, str], ...] = ()
    """Every ``file:`` URL the print asked for, with the SHA-256 of what it got (``-``: refused);
    what :mod:`.print_cache` checks before it uses this print again."""


Printer = Callable[[PrintJob], Printed]
"""Turns a prepared job into a PDF: :func:`print_pdf` in this process, or a :mod:`.forked`
printer that has WeasyPrint ready in a child process."""


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for one print.

    WeasyPrint makes hundreds of thousands of objects for one contract (boxes, styles, text
    runs), and the collector walks the young ones every 700 allocations: 8 % of a 14-page
    print and 14 % of a 47-page one (``bench/export_bench.py``, measured side by side). A print
    is bounded — about 160 MB at most for the 47-page contract — and what it leaves behind is
    collected as usual once the collector is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def laid_out(
    job: PrintJob,
    warnings: list[str],
    fonts: tuple[Any, Any] | None = None,
    reads: dict[str, str] | None = None,
) -> Iterator[tuple[Any, Any]]:
    """The document of ``job`` laid out by WeasyPrint, and the URL fetcher it used, while the
    fonts, the log catcher and the paused collector it needs are in place (write it inside).
    ``fonts``: a font configuration and its sheet to use (:func:`.fonts.kept_fonts`) instead of
    a new one for this print. ``reads`` gets the files the print asked for
    (:func:`.fetcher.make_fetcher`)."""
    load_weasyprint()
    from weasyprint import HTML

    from .fetcher import make_fetcher
    from .fonts import bundled_fonts

    tagging.install()
    fetcher = make_fetcher([Path(root) for root in job.roots], warnings, reads)
    with (
        _weasyprint_messages(warnings),
        _warnings.catch_warnings(),
        _cyclic_gc_paused(),
        bundled_fonts(warnings) if fonts is None else nullcontext(fonts) as (
            font_config,
            fonts_sheet,
        ),
    ):
        # WeasyPrint 70 opens its sRGB profile for PDF/A and never closes it.
        _warnings.filterwarnings("ignore", r"unclosed file .*sRGB2014\.icc", ResourceWarning)
        stylesheets = [fonts_sheet, *(_parsed_css(text, url) for text, url in job.stylesheets)]
        document = HTML(string=job.html, base_url=job.base_url, url_fetcher=fetcher).render(
            stylesheets=stylesheets, font_config=font_config
        )
        yield document, fetcher


_F = TypeVar("_F", bound=Callable[..., Any])


def prints_as_given(printer: _F) -> _F:
    """Mark ``printer`` as one that prints a job exactly as it is given (:func:`print_pdf`,
    the forked child's print): only such a printer's prints are kept and used again by
    :mod:`.print_cache` — the live preview's printer prints a job differently (a plain PDF)."""
    setattr(printer, "prints_as_given", True)  # noqa: B010
    return printer


@prints_as_given
def print_pdf(job: PrintJob, inspect: Callable[[Any, Any], None] | None = None) -> Printed:
    """The document of ``job`` as PDF bytes (the contract: PDF/A-3a with ``agreement.json``
    attached, relationship Data), the render warnings and where each signature block is.

    WeasyPrint's log messages become the job's warnings (:func:`_weasyprint_messages`): the
    caller decides what to show, and none reaches the console. ``inspect``, if given, sees the
    laid-out document and the PDF object (``pydyf.PDF``) just before the PDF is written.
    """
    warnings = list(job.warnings)
    reads: dict[str, str] = {}

    def finish(document: Any, pdf: Any) -> None:
        _finish(document, pdf)
        if inspect is not None:
            inspect(document, pdf)

    with laid_out(job, warnings, reads=reads) as (document, fetcher):
        from weasyprint import Attachment

        attachments = []
        if job.attachment is not None:
            attachments.append(
                Attachment(
                    string=job.attachment,
                    name=ATTACHMENT_NAME,
                    description=job.attachment_description or None,
                    relationship="Data",
                    url_fetcher=fetcher,
                )
            )
        pdf = document.write_pdf(
            pdf_variant=job.pdf_variant, attachments=attachments, finisher=finish
        )
    return Printed(
        pdf=pdf,
        warnings=warnings,
        signature_anchors=_signature_anchors(document),
        reads=tuple(sorted(reads.items())),
    )
