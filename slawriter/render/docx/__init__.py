"""The contract as a Word document (DOCX), with its agreement inside.

One more document of the one pipeline: the contract's HTML (rendered as for the PDF, by
:func:`~slawriter.render.documents.contract.render_html`) is read into blocks
(:mod:`.walker`, :mod:`.blocks`) and written with python-docx (:mod:`.writer`); the agreement
file's bytes travel in a custom XML part (:mod:`.package`). :func:`render_docx` makes the file,
:func:`agreement_from_docx` gets the agreement back and says whether the text was edited.

python-docx and lxml are imported when a document is made or read, not with this package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .package import (
    DocxHint,
    DocxMessage,
    DocxWithoutAgreement,
    UnreadableDocx,
    body_text,
    read_docx,
)

if TYPE_CHECKING:
    from ...model.agreement import Agreement
    from ..branding import Branding
    from .blocks import Contract

__all__ = [
    "DocxHint",
    "DocxMessage",
    "DocxResult",
    "DocxWithoutAgreement",
    "ImportedDocx",
    "UnreadableDocx",
    "agreement_from_docx",
    "body_text",
    "contract_blocks",
    "read_docx",
    "render_docx",
    "render_tracked_docx",
]


@dataclass(slots=True)
class DocxResult:
    docx: bytes = b""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportedDocx:
    agreement: Agreement
    data: bytes
    """The agreement file's exact bytes, as they were exported."""
    edited: bool
    """The document's text differs from the contract the agreement gives (edited in Word)."""


def language_tag(agreement: Agreement) -> str:
    """The contract's language as a BCP 47 tag (``en-US``, ``es-ES``) for Word."""
    from ..formatting import Formatter

    locale = Formatter.for_agreement(agreement.agreement).locale
    return locale.replace("_", "-")


def contract_blocks(
    agreement: Agreement,
    *,
    style: str | None = None,
    template_dir: Path | None = None,
    branding: Branding | None = None,
) -> tuple[Contract, str]:
    """The contract of ``agreement`` as blocks, and the look it was rendered in."""
    from ..documents.contract import check_style, render_html
    from .walker import contract_blocks as walk

    look = check_style(style, agreement)
    result = render_html(
        agreement, style=look, template_dir=template_dir, branding=branding, link_css=False
    )
    return walk(result.html, language_tag(agreement)), look


def render_docx(
    agreement: Agreement,
    *,
    source: bytes | None = None,
    style: str | None = None,
    template_dir: Path | None = None,
    branding: Branding | None = None,
) -> DocxResult:
    """The contract as a Word document with the agreement inside: ``source``, the agreement
    file's exact bytes, or the agreement as ``save`` writes it."""
    from ...storage.files import dumps_agreement
    from . import package
    from .writer import document_bytes, write_contract

    contract, look = contract_blocks(
        agreement, style=style, template_dir=template_dir, branding=branding
    )
    accent = branding.accent if branding is not None else None
    document = write_contract(contract, style=look, accent=accent)
    data = source if source is not None else dumps_agreement(agreement).encode("utf-8")
    package.embed(document, data, style=look, custom_template=template_dir is not None)
    warnings = []
    if branding is not None and branding.logo and not branding.logo.startswith("data:image/png"):
        warnings.append(UNPLACED_LOGO)
    return DocxResult(document_bytes(document), warnings)


def render_tracked_docx(
    old: Agreement,
    new: Agreement,
    *,
    author: str = "slawriter",
    date: dt.datetime | None = None,
    style: str | None = None,
    branding: Branding | None = None,
    source: bytes | None = None,
) -> bytes:
    """``new``'s contract as a Word document with tracked changes against ``old``'s, each
    change by ``author`` on ``date`` (:mod:`.tracked`); in ``new``'s look and language.

    It carries ``new``'s agreement as :func:`render_docx` does (``source``, the file's exact
    bytes, or the agreement as ``save`` writes it): ``import-docx`` of a redline gives the
    newer version back, which is what accepting every change gives."""
    from ...storage.files import dumps_agreement
    from . import package
    from .tracked import Revision, write_tracked
    from .writer import document_bytes

    new_contract, look = contract_blocks(new, style=style, branding=branding)
    old_contract, _ = contract_blocks(old, style=look, branding=branding)
    accent = branding.accent if branding is not None else None
    document = write_tracked(
        old_contract, new_contract, style=look, accent=accent, revision=Revision(author, date)
    )
    data = source if source is not None else dumps_agreement(new).encode("utf-8")
    package.embed(document, data, style=look, custom_template=False)
    return document_bytes(document)


UNPLACED_LOGO = "the SVG logo is in the PDF only: the Word document is written without it"


def agreement_from_docx(path: Path | str) -> ImportedDocx:
    """The agreement a Word document exported by slawriter carries, and whether its text
    was edited since: compared with the text the export wrote (its digest is in the part).

    Raises :class:`UnreadableDocx`, :class:`DocxWithoutAgreement` or the storage layer's
    ``DocumentError`` when the agreement inside is not a valid agreement file.
    """
    from ...storage.files import loads_agreement
    from .package import text_digest

    path = Path(path)
    contents = read_docx(path)
    embedded = contents.embedded
    try:
        text = embedded.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocxWithoutAgreement(
            path, DocxMessage.DAMAGED, reason="its agreement is not UTF-8 text"
        ) from exc
    agreement = loads_agreement(text, Path(f"{path} › agreement.json"))
    digest = text_digest(contents.text)
    # A redline whose changes were all accepted in Word is its agreement's text: not edited.
    edited = digest != embedded.text_digest and digest != (embedded.accepted_digest or None)
    return ImportedDocx(agreement, embedded.data, edited)
