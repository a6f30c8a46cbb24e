"""HTML → PDF/A-3b with the agreement attached, and back again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..model.agreement import Agreement
from ..storage.errors import DocumentError
from ..storage.files import MAX_FILE_BYTES, dumps_agreement, loads_agreement
from .branding import Branding
from .formatting import Formatter
from .html import RenderResult, check_template_dir, render_html, template_roots
from .i18n import N_
from .printer import ATTACHMENT_NAME, Printed, PrintJob, SignatureAnchor, print_pdf

__all__ = [
    "ATTACHMENT_NAME",
    "MAX_PDF_BYTES",
    "PdfWithoutAgreement",
    "Printer",
    "SignatureAnchor",
    "UnreadablePdf",
    "agreement_from_pdf",
    "prepare_pdf",
    "render_pdf",
]

MAX_PDF_BYTES = 200 * 1024 * 1024

# What a PDF reader lists beside the attached agreement.json, in the contract's language.
ATTACHMENT_DESCRIPTION = N_(
    "The agreement this contract was rendered from (slawriter agreement file)"
)

Printer = Callable[[PrintJob], Printed]
"""Turns a prepared job into a PDF: :func:`~.printer.print_pdf` in this process, or a
:mod:`.forked` printer that has WeasyPrint ready in a child process."""


class PdfWithoutAgreement(DocumentError):
    """The PDF carries no ``agreement.json``: it was not exported by slawriter."""


class UnreadablePdf(DocumentError):
    """The file is not a PDF that can be read."""


def prepare_pdf(
    agreement: Agreement,
    *,
    style: str | None = None,
    template_dir: Path | None = None,
    branding: Branding | None = None,
) -> tuple[RenderResult, PrintJob]:
    """The contract's HTML, and the job that prints it."""
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
    job = PrintJob(
        html=result.html,
        base_url=(folder or template_roots(None)[0]).as_uri() + "/",
        roots=tuple(str(root) for root in template_roots(folder)),
        attachment=dumps_agreement(agreement).encode("utf-8"),
        attachment_description=Formatter.for_agreement(agreement.agreement).gettext(
            ATTACHMENT_DESCRIPTION
        ),
        stylesheets=tuple((str(s.text), s.url) for s in result.stylesheets) if bundled else (),
        warnings=tuple(result.warnings),
    )
    return result, job


def render_pdf(
    agreement: Agreement,
    *,
    style: str | None = None,
    template_dir: Path | None = None,
    branding: Branding | None = None,
    printer: Printer = print_pdf,
) -> RenderResult:
    """The contract as PDF/A-3b bytes with ``agreement.json`` attached (relationship Data)."""
    result, job = prepare_pdf(agreement, style=style, template_dir=template_dir, branding=branding)
    printed = printer(job)
    result.pdf = printed.pdf
    result.warnings = printed.warnings
    result.signature_anchors = dict(printed.signature_anchors)
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
