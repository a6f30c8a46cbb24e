"""The contract: an agreement through ``templates/contract.html`` (or a user's copy of the
folder) to HTML, and to PDF/A-3a with the agreement attached.

Its context builder is :func:`slawriter.render.context.build_context` (with the branding of
:mod:`slawriter.render.branding`); its templates are ``contract.html``, ``partials/`` and the
style sheets ``css/base.css`` and ``css/<style>.css``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ...model.agreement import Agreement
from ...storage.files import dumps_agreement, fingerprint
from ..branding import Branding
from ..context import STYLES, build_context, default_style
from ..formatting import Formatter
from ..html import RenderError, RenderMessage, stylesheet
from ..i18n import N_
from ..printer import PDF_VARIANT, Printer, PrintJob, print_pdf
from . import Document, document_html, print_job

__all__ = [
    "MAIN_TEMPLATE",
    "RenderResult",
    "check_template_dir",
    "fingerprint",
    "prepare_pdf",
    "render_html",
    "render_pdf",
]

MAIN_TEMPLATE = "contract.html"
BASE_CSS = "css/base.css"

# What a PDF reader lists beside the attached agreement.json, in the contract's language.
ATTACHMENT_DESCRIPTION = N_(
    "The agreement this contract was rendered from (slawriter agreement file)"
)
# The stamp a digital signature puts in a signatory's block (slawriter.services.signing).
SIGNED_DIGITALLY_BY = N_("Signed digitally by")


@dataclass(slots=True)
class RenderResult:
    """Rendered output and the warnings collected on the way (refused URLs, CSS problems…)."""

    html: str = ""
    warnings: list[str] = field(default_factory=list)
    pdf: bytes = b""
    signature_anchors: dict[str, Any] = field(default_factory=dict)
    document: Document | None = None
    """The document the HTML was rendered from: what the printer needs besides the HTML."""


def check_style(style: str | None, agreement: Agreement) -> str:
    if style is None:
        return default_style(agreement)
    if style not in STYLES:
        raise RenderError(RenderMessage.NO_SUCH_STYLE, style=style, styles=", ".join(STYLES))
    return style


def check_template_dir(template_dir: Path | None) -> Path | None:
    if template_dir is None:
        return None
    folder = Path(template_dir)
    if not folder.is_dir():
        raise RenderError(RenderMessage.NO_TEMPLATE_FOLDER, folder=str(folder))
    if not (folder / MAIN_TEMPLATE).is_file():
        raise RenderError(
            RenderMessage.NOT_A_TEMPLATE_FOLDER, folder=str(folder), main=MAIN_TEMPLATE
        )
    return folder.resolve()


def render_html(
    agreement: Agreement,
    *,
    style: str | None = None,
    template_dir: Path | None = None,
    inline_css: bool = False,
    branding: Branding | None = None,
    link_css: bool = True,
    text: str | None = None,
) -> RenderResult:
    """The contract as HTML, and the document it was rendered from (``result.document``).

    With ``inline_css`` the style sheets are copied into the page. With ``link_css=False`` the
    page names no style sheet at all: they are the document's ``stylesheets``, for the printer
    to apply (parsed once per process). ``text``: the agreement's file text
    (``dumps_agreement``), if the caller has made it (the fingerprint is made from it).
    """
    look = check_style(style, agreement)
    folder = check_template_dir(template_dir)
    language = agreement.agreement.language.value
    sheets = (
        stylesheet(BASE_CSS, language=language, template_dir=folder),
        stylesheet(f"css/{look}.css", language=language, template_dir=folder),
    )
    context = build_context(
        agreement,
        fingerprint=fingerprint(agreement, text),
        style=look,
        branding=branding or Branding(),
        stylesheets=list(sheets) if link_css else [],
    )
    context["inline_css"] = inline_css
    document = Document(
        MAIN_TEMPLATE,
        language,
        context,
        template_dir=folder,
        stylesheets=() if link_css else sheets,
        pdf_variant=PDF_VARIANT,
    )
    return RenderResult(html=document_html(document), document=document)


def prepare_pdf(
    agreement: Agreement,
    *,
    style: str | None = None,
    template_dir: Path | None = None,
    branding: Branding | None = None,
) -> tuple[RenderResult, PrintJob]:
    """The contract's HTML, and the job that prints it (with the agreement attached)."""
    # The bundled style sheets are parsed once and handed to WeasyPrint; a user's template
    # folder keeps its style sheets inline, so that each render reports what they refer to.
    # The file text is made once, for the attachment and the fingerprint (each 15 % of the
    # HTML's time for 47 pages when it was made twice).
    text = dumps_agreement(agreement)
    result = render_html(
        agreement,
        style=style,
        template_dir=template_dir,
        inline_css=True,
        branding=branding,
        link_css=check_template_dir(template_dir) is not None,
        text=text,
    )
    assert result.document is not None
    document = replace(
        result.document,
        attachment=text.encode("utf-8"),
        attachment_description=Formatter.for_agreement(agreement.agreement).gettext(
            ATTACHMENT_DESCRIPTION
        ),
    )
    return result, print_job(document, result.html, tuple(result.warnings))


def render_pdf(
    agreement: Agreement,
    *,
    style: str | None = None,
    template_dir: Path | None = None,
    branding: Branding | None = None,
    printer: Printer = print_pdf,
) -> RenderResult:
    """The contract as PDF/A-3a bytes with ``agreement.json`` attached (relationship Data).

    The same job printed before (the live preview of the unchanged agreement, an earlier
    export) is not printed again (:mod:`..print_cache`)."""
    from ..print_cache import print_with_cache

    result, job = prepare_pdf(agreement, style=style, template_dir=template_dir, branding=branding)
    printed = print_with_cache(printer, job)
    result.pdf = printed.pdf
    result.warnings = printed.warnings
    result.signature_anchors = dict(printed.signature_anchors)
    return result
