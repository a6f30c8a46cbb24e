"""Every document slawriter prints: a context builder plus its templates, through one pipeline.

A document module — :mod:`.contract`, :mod:`.redline`, :mod:`.report` — turns its data (an
agreement, a comparison, a compliance report) into a :class:`Document`: which template of
``templates/`` to render, the language of its words, and what the template sees. The rest is
shared: :func:`document_html` renders it in the one sandboxed Jinja2 environment with the
contract catalogs (:mod:`..html`), the words and numbers in the context come from the one Babel
formatter (:class:`..formatting.Formatter`), and :func:`print_job` makes the
:class:`~..printer.PrintJob` that the one printer turns into a PDF (:func:`print_document`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ...bundled import templates_dir
from ..html import Stylesheet, render_template, template_roots
from ..printer import Printed, Printer, PrintJob, print_pdf


@dataclass(frozen=True, slots=True)
class Document:
    """One document ready to render: its template, the language of its words, its context."""

    template: str
    """The template's name in the template folders, e.g. ``report/report.html``."""
    language: str
    """The language of the document's words (the catalog installed for ``_()``)."""
    context: Mapping[str, Any]
    template_dir: Path | None = None
    """A user's template folder, searched before the bundled one (the contract's
    ``--template``)."""
    stylesheets: tuple[Stylesheet, ...] = ()
    """Bundled style sheets the printer applies, parsed once per process; a document's other
    style sheets are in its HTML."""
    attachment: bytes | None = None
    """Attached to the PDF as ``agreement.json`` (the contract)."""
    attachment_description: str = ""
    """What a PDF reader says the attachment is, in the document's language."""
    pdf_variant: str | None = None
    """``pdf/a-3a`` (tagged) for every document slawriter prints; None prints a plain PDF."""

    @property
    def folder(self) -> Path:
        """The folder of the template, against which its relative URLs are read."""
        root = self.template_dir or templates_dir()
        return root.joinpath(*PurePosixPath(self.template).parent.parts)


def document_html(document: Document) -> str:
    """The document as HTML (raises :class:`~..html.RenderError` for a template that fails)."""
    return render_template(
        document.template,
        document.context,
        language=document.language,
        template_dir=document.template_dir,
    )


def print_job(
    document: Document, html: str | None = None, warnings: tuple[str, ...] = ()
) -> PrintJob:
    """The job that prints ``document`` (``html``: its HTML, when already rendered)."""
    return PrintJob(
        html=document_html(document) if html is None else html,
        base_url=document.folder.as_uri() + "/",
        roots=tuple(str(root) for root in template_roots(document.template_dir)),
        attachment=document.attachment,
        attachment_description=document.attachment_description,
        stylesheets=tuple((str(sheet.text), sheet.url) for sheet in document.stylesheets),
        warnings=warnings,
        pdf_variant=document.pdf_variant,
    )


def print_document(document: Document, printer: Printer = print_pdf) -> Printed:
    """The document as a PDF, with the warnings of its print (the same job printed before is
    not printed again: :mod:`..print_cache`)."""
    from ..print_cache import print_with_cache

    return print_with_cache(printer, print_job(document))
