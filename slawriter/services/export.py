"""Export an agreement as a contract (PDF/A, Word or HTML) and get an agreement back from such a
PDF or Word document.

The same steps for the app and the command line. Every write is atomic: an existing output file
is either replaced whole or left as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Agreement
from ..render import Branding, agreement_from_pdf, render_html, render_pdf
from ..render.printer import Printer, print_pdf
from ..storage import load_agreement, save_agreement, write_output
from .documents import require_valid

if TYPE_CHECKING:
    from ..render.docx import ImportedDocx


def _agreement(source: Agreement | Path | str, path: Path | str | None) -> Agreement:
    """The agreement to export, refused (nothing written) when ``validate`` rejects it."""
    if isinstance(source, Agreement):
        return require_valid(source, path)
    return require_valid(load_agreement(source), path if path is not None else source)


def export_pdf(
    source: Agreement | Path | str,
    out_path: Path | str,
    style: str | None = None,
    template_dir: Path | None = None,
    *,
    branding: Branding | None = None,
    printer: Printer | None = None,
    path: Path | str | None = None,
) -> list[str]:
    """Render ``source`` (an agreement or its file) to a PDF/A-3a at ``out_path``.

    Returns the render warnings. Raises a :class:`~slawriter.storage.DocumentError` for a bad
    input or output file (:class:`~slawriter.storage.InvalidAgreement` for an agreement that
    ``validate`` rejects, named ``path`` in the messages; nothing is written) and
    :class:`~slawriter.render.RenderError` for a bad style or template.
    ``printer`` prints the prepared contract (in this process unless given, see
    :mod:`slawriter.render.forked`).
    """
    result = render_pdf(
        _agreement(source, path),
        style=style,
        template_dir=template_dir,
        branding=branding,
        printer=printer or print_pdf,
    )
    write_output(out_path, result.pdf)
    return result.warnings


def export_html(
    source: Agreement | Path | str,
    out_path: Path | str,
    style: str | None = None,
    template_dir: Path | None = None,
    *,
    branding: Branding | None = None,
    path: Path | str | None = None,
) -> list[str]:
    """Write the contract as one self-contained HTML file (style sheets inlined).

    Refused like :func:`export_pdf` when ``validate`` rejects the agreement.
    """
    result = render_html(
        _agreement(source, path),
        style=style,
        template_dir=template_dir,
        inline_css=True,
        branding=branding,
    )
    write_output(out_path, result.html.encode("utf-8"))
    return result.warnings


def export_docx(
    source: Agreement | Path | str,
    out_path: Path | str,
    style: str | None = None,
    template_dir: Path | None = None,
    *,
    branding: Branding | None = None,
    path: Path | str | None = None,
    data: bytes | None = None,
) -> list[str]:
    """Write the contract as a Word document (DOCX) with the agreement file inside.

    ``data`` is the agreement file's exact bytes (carried inside, so that ``import-docx``
    gives them back); without it the agreement is carried as ``save`` writes it. Refused like
    :func:`export_pdf` when ``validate`` rejects the agreement.
    """
    from ..render.docx import render_docx

    result = render_docx(
        _agreement(source, path),
        source=data,
        style=style,
        template_dir=template_dir,
        branding=branding,
    )
    write_output(out_path, result.docx)
    return result.warnings


def import_docx(docx_path: Path | str, out_path: Path | str) -> ImportedDocx:
    """Write the agreement file a Word document exported by slawriter carries to
    ``out_path``, byte for byte as it was exported; the result says whether the document's
    text was edited since (the edits are not taken into the agreement)."""
    from ..render.docx import agreement_from_docx

    imported = agreement_from_docx(docx_path)
    write_output(out_path, imported.data)
    return imported


def import_pdf(pdf_path: Path | str, out_path: Path | str) -> Agreement:
    """Write the agreement attached to ``pdf_path`` to ``out_path`` exactly as ``save`` would."""
    agreement = agreement_from_pdf(Path(pdf_path))
    save_agreement(agreement, out_path)
    return agreement
