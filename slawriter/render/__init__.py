"""Every document slawriter prints: Jinja2 templates to HTML, WeasyPrint to PDF. No Qt.

One pipeline: each document (:mod:`.documents`: the contract, the redline, the compliance
report) is a context builder plus its templates, rendered in one sandboxed environment
(:mod:`.html`) with one set of catalogs (:mod:`.i18n`) and one Babel formatter
(:mod:`.formatting`), and printed by one printer (:mod:`.printer`).

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
    from .documents.contract import RenderResult, fingerprint, render_html, render_pdf
    from .html import RenderError
    from .pdf import (
        ATTACHMENT_NAME,
        PdfWithoutAgreement,
        SignatureAnchor,
        UnreadablePdf,
        agreement_from_pdf,
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
    "RenderResult": "documents.contract",
    "fingerprint": "documents.contract",
    "render_html": "documents.contract",
    "render_pdf": "documents.contract",
    "ATTACHMENT_NAME": "pdf",
    "PdfWithoutAgreement": "pdf",
    "SignatureAnchor": "pdf",
    "UnreadablePdf": "pdf",
    "agreement_from_pdf": "pdf",
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
