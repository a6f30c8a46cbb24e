"""HTML → PDF/A-3b with the agreement attached, and back again."""

from __future__ import annotations

import logging
import warnings as _warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model.agreement import Agreement
from ..storage.errors import DocumentError
from ..storage.files import MAX_FILE_BYTES, dumps_agreement, loads_agreement
from .branding import Branding
from .engine import load_weasyprint
from .html import RenderResult, check_template_dir, render_html, template_roots

ATTACHMENT_NAME = "agreement.json"
PDF_VARIANT = "pdf/a-3b"
MAX_PDF_BYTES = 200 * 1024 * 1024
_PX_TO_PT = 0.75


class PdfWithoutAgreement(DocumentError):
    """The PDF carries no ``agreement.json``: it was not exported by slawriter."""


class UnreadablePdf(DocumentError):
    """The file is not a PDF that can be read."""


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


def _dedupe_associated_files(document: Any, pdf: Any) -> None:
    # WeasyPrint 70 lists each attachment twice in the catalog's /AF array.
    files = pdf.catalog.get("AF")
    if files:
        unique = list(dict.fromkeys(files))
        files.clear()
        files.extend(unique)


def render_pdf(
    agreement: Agreement,
    *,
    style: str | None = None,
    template_dir: Path | None = None,
    branding: Branding | None = None,
) -> RenderResult:
    """The contract as PDF/A-3b bytes with ``agreement.json`` attached (relationship Data)."""
    load_weasyprint()
    from weasyprint import HTML, Attachment

    from .fetcher import make_fetcher

    folder = check_template_dir(template_dir)
    # The bundled style sheets are parsed once and handed to WeasyPrint; a user's template
    # folder keeps its style sheets inline, so that each render reports what they refer to.
    bundled = folder is None
    result = render_html(
        agreement,
        style=style,
        template_dir=folder,
        inline_css=True,
        branding=branding,
        link_css=not bundled,
    )
    warnings = result.warnings
    fetcher = make_fetcher(template_roots(folder), warnings)
    base_url = (folder or template_roots(None)[0]).as_uri() + "/"
    attachment = Attachment(
        string=dumps_agreement(agreement).encode("utf-8"),
        name=ATTACHMENT_NAME,
        description="The agreement this contract was rendered from (slawriter agreement file)",
        relationship="Data",
        url_fetcher=fetcher,
    )
    with _weasyprint_messages(warnings), _warnings.catch_warnings():
        # WeasyPrint 70 opens its sRGB profile for PDF/A and never closes it.
        _warnings.filterwarnings("ignore", r"unclosed file .*sRGB2014\.icc", ResourceWarning)
        stylesheets = (
            [_parsed_css(str(s.text), s.url) for s in result.stylesheets] if bundled else []
        )
        document = HTML(string=result.html, base_url=base_url, url_fetcher=fetcher).render(
            stylesheets=stylesheets
        )
        pdf = document.write_pdf(
            pdf_variant=PDF_VARIANT, attachments=[attachment], finisher=_dedupe_associated_files
        )
    result.pdf = pdf
    result.signature_anchors = dict(_signature_anchors(document))
    return result


def agreement_from_pdf(source: bytes | Path | str) -> Agreement:
    """The agreement attached to a PDF that slawriter exported.

    Raises :class:`PdfWithoutAgreement`, :class:`UnreadablePdf` or another
    :class:`~slawriter.storage.DocumentError` if the attachment is not a valid agreement.
    """
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if isinstance(source, bytes):
        path = Path("<pdf>")
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_PDF_BYTES:
                raise UnreadablePdf(path, "is too large to be a contract exported by slawriter")
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise UnreadablePdf(path, "does not exist") from exc
        except OSError as exc:
            raise UnreadablePdf(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise UnreadablePdf(path, "is not a PDF file")
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        attachments = reader.attachments
        payloads = attachments.get(ATTACHMENT_NAME)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadablePdf(path, f"cannot be read as a PDF ({exc})") from exc
    if not payloads:
        raise PdfWithoutAgreement(
            path,
            f"has no {ATTACHMENT_NAME} attachment",
            hint="only PDFs exported by slawriter carry their agreement; open the "
            ".sla.json file instead",
        )
    payload = payloads[-1]
    if len(payload) > MAX_FILE_BYTES:
        raise PdfWithoutAgreement(path, f"its {ATTACHMENT_NAME} is too large to be an agreement")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PdfWithoutAgreement(path, f"its {ATTACHMENT_NAME} is not UTF-8 text") from exc
    return loads_agreement(text, Path(f"{path} › {ATTACHMENT_NAME}"))
