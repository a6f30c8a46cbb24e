"""Agreement → contract: Jinja2 templates to HTML, WeasyPrint to PDF/A-3b. No Qt.

WeasyPrint is imported only when a PDF is made. Importing this package is cheap: each name
below is imported from its module when first used (PEP 562), so that a process can start
printing (:mod:`.printer`, :mod:`.forked`) without importing the model or Jinja2.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "Branding": "branding",
    "BrandingError": "branding",
    "check_accent": "branding",
    "logo_data_url": "branding",
    "FORMAL": "context",
    "INTERNAL": "context",
    "STYLES": "context",
    "default_style": "context",
    "RenderError": "html",
    "RenderResult": "html",
    "fingerprint": "html",
    "render_html": "html",
    "ATTACHMENT_NAME": "pdf",
    "PdfWithoutAgreement": "pdf",
    "SignatureAnchor": "pdf",
    "UnreadablePdf": "pdf",
    "agreement_from_pdf": "pdf",
    "render_pdf": "pdf",
}
"""Where each public name lives."""


if not TYPE_CHECKING:  # mypy sees the imports above

    def __getattr__(name: str) -> Any:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{home}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
