"""Export an agreement as a contract (PDF/A or HTML) and get an agreement back from such a PDF.

The same steps for the app and the command line. Every write is atomic: an existing output file
is either replaced whole or left as it was.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Agreement
from ..render import Branding, agreement_from_pdf, render_html, render_pdf
from ..render.printer import Printer, print_pdf
from ..storage import load_agreement, save_agreement, write_output
from .documents import require_valid


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


def import_pdf(pdf_path: Path | str, out_path: Path | str) -> Agreement:
    """Write the agreement attached to ``pdf_path`` to ``out_path`` exactly as ``save`` would."""
    agreement = agreement_from_pdf(Path(pdf_path))
    save_agreement(agreement, out_path)
    return agreement
