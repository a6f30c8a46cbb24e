"""Agreement → contract: Jinja2 templates to HTML, WeasyPrint to PDF/A-3b. No Qt.

WeasyPrint is imported only when a PDF is made (it takes about a second to import).
"""

from .branding import Branding, BrandingError, check_accent, logo_data_url
from .context import FORMAL, INTERNAL, STYLES, default_style
from .html import RenderError, RenderResult, fingerprint, render_html
from .pdf import (
    ATTACHMENT_NAME,
    PdfWithoutAgreement,
    SignatureAnchor,
    UnreadablePdf,
    agreement_from_pdf,
    render_pdf,
)

__all__ = [
    "ATTACHMENT_NAME",
    "FORMAL",
    "INTERNAL",
    "STYLES",
    "Branding",
    "BrandingError",
    "PdfWithoutAgreement",
    "RenderError",
    "RenderResult",
    "SignatureAnchor",
    "UnreadablePdf",
    "agreement_from_pdf",
    "check_accent",
    "default_style",
    "fingerprint",
    "logo_data_url",
    "render_html",
    "render_pdf",
]
