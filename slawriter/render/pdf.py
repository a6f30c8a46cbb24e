"""A contract PDF back to its agreement: the one check that a PDF is one slawriter wrote."""

from __future__ import annotations

from pathlib import Path

from ..model.agreement import Agreement
from ..storage.errors import DocumentError
from ..storage.files import MAX_FILE_BYTES, loads_agreement
from .printer import ATTACHMENT_NAME, SignatureAnchor

__all__ = [
    "ATTACHMENT_NAME",
    "MAX_PDF_BYTES",
    "PdfWithoutAgreement",
    "SignatureAnchor",
    "UnreadablePdf",
    "agreement_from_pdf",
]

MAX_PDF_BYTES = 200 * 1024 * 1024


class PdfWithoutAgreement(DocumentError):
    """The PDF carries no ``agreement.json``: it was not exported by slawriter."""


class UnreadablePdf(DocumentError):
    """The file is not a PDF that can be read."""


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
