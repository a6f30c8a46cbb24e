"""The one check that a file is a PDF slawriter wrote, and the agreement attached to it.

Every command that takes a contract PDF (``import-pdf``, ``diff``, ``sign``, ``verify``) reads it
with :func:`read_pdf` and :func:`require_pdf`, and gets its agreement with
:func:`agreement_from_pdf`. What is wrong is data, as for every file error: an
:class:`UnreadablePdf` or :class:`PdfWithoutAgreement` names the file and carries a template of
:class:`PdfMessage` (or :class:`~slawriter.storage.errors.FileMessage`) with its values.
"""

from __future__ import annotations

from pathlib import Path

from ..model.agreement import Agreement
from ..model.messages import MessageTemplate
from ..storage.errors import DocumentError, FileMessage
from ..storage.files import MAX_FILE_BYTES, loads_agreement
from .printer import ATTACHMENT_NAME, SignatureAnchor

__all__ = [
    "ATTACHMENT_NAME",
    "MAX_PDF_BYTES",
    "PdfHint",
    "PdfMessage",
    "PdfWithoutAgreement",
    "SignatureAnchor",
    "UnreadablePdf",
    "agreement_from_pdf",
    "read_pdf",
    "require_pdf",
]

MAX_PDF_BYTES = 200 * 1024 * 1024


class PdfMessage(MessageTemplate):
    """What is wrong with a file given as a contract PDF (English templates; the app
    translates them)."""

    IS_FOLDER = "is a folder, not a PDF file"
    TOO_LARGE = "is too large to be a contract exported by slawriter"
    NOT_A_PDF = "is not a PDF file"
    DAMAGED = "cannot be read as a PDF ({reason})"
    NO_AGREEMENT = "has no {name} attachment"
    AGREEMENT_TOO_LARGE = "its {name} is too large to be an agreement"
    AGREEMENT_NOT_UTF8 = "its {name} is not UTF-8 text"


class PdfHint(MessageTemplate):
    """What to do about a PDF that does not carry its agreement (English templates)."""

    OPEN_THE_AGREEMENT_FILE = (
        "only PDFs exported by slawriter carry their agreement; open the .sla.json file instead"
    )


class PdfWithoutAgreement(DocumentError):
    """The PDF carries no ``agreement.json``: it was not exported by slawriter."""


class UnreadablePdf(DocumentError):
    """The file is not a PDF that can be read."""


def read_pdf(path: Path | str) -> bytes:
    """The bytes of the PDF file at ``path``.

    Raises :class:`UnreadablePdf` naming the file when it does not exist, is a folder, cannot be
    read, is too large for a contract or is not a PDF.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise UnreadablePdf(path, PdfMessage.IS_FOLDER)
        if path.stat().st_size > MAX_PDF_BYTES:
            raise UnreadablePdf(path, PdfMessage.TOO_LARGE)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadablePdf(path, FileMessage.MISSING) from exc
    except OSError as exc:
        raise UnreadablePdf(path, FileMessage.UNREADABLE, reason=exc.strerror or str(exc)) from exc
    return require_pdf(data, path)


def require_pdf(data: bytes, path: Path | str) -> bytes:
    """``data``, when it starts as a PDF does; else :class:`UnreadablePdf` naming ``path``."""
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise UnreadablePdf(path, PdfMessage.NOT_A_PDF)
    return data


def agreement_from_pdf(source: bytes | Path | str, path: Path | str | None = None) -> Agreement:
    """The agreement attached to a PDF that slawriter exported: a file, or its bytes read from
    ``path`` (which the errors name).

    Raises :class:`PdfWithoutAgreement`, :class:`UnreadablePdf` or another
    :class:`~slawriter.storage.DocumentError` if the attachment is not a valid agreement.
    """
    return read_pdf_agreement(source, path)[0]


def read_pdf_agreement(
    source: bytes | Path | str, path: Path | str | None = None
) -> tuple[Agreement, bytes]:
    """:func:`agreement_from_pdf`, with the attached agreement file's exact bytes."""
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if isinstance(source, bytes):
        where = Path(path) if path is not None else Path("<pdf>")
        data = require_pdf(source, where)
    else:
        where = Path(source)
        data = read_pdf(where)
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        attachments = reader.attachments
        payloads = attachments.get(ATTACHMENT_NAME)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadablePdf(where, PdfMessage.DAMAGED, reason=str(exc)) from exc
    if not payloads:
        raise PdfWithoutAgreement(
            where,
            PdfMessage.NO_AGREEMENT,
            hint=PdfHint.OPEN_THE_AGREEMENT_FILE,
            name=ATTACHMENT_NAME,
        )
    payload = payloads[-1]
    if len(payload) > MAX_FILE_BYTES:
        raise PdfWithoutAgreement(where, PdfMessage.AGREEMENT_TOO_LARGE, name=ATTACHMENT_NAME)
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PdfWithoutAgreement(
            where, PdfMessage.AGREEMENT_NOT_UTF8, name=ATTACHMENT_NAME
        ) from exc
    return loads_agreement(text, Path(f"{where} › {ATTACHMENT_NAME}")), payload
