"""Signing a contract PDF from the app: choose the PDF, key file and passphrase, then sign.

Every dialog goes through :mod:`slawriter.app.dialogs`; the passphrase is used once, never kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..services import signing
from ..storage import DocumentError
from . import dialogs


def sign_pdf_interactively(parent: QWidget | None, signatory: str | None = None) -> Path | None:
    """Ask for the PDF, key and passphrase, sign, and write ``*-signed.pdf``; returns it."""
    pdf = dialogs.choose_file(parent, "Contract PDF to sign", "PDF files (*.pdf)")
    if pdf is None:
        return None
    key = dialogs.choose_file(parent, "Key file (PKCS#12)", "Key files (*.p12 *.pfx)")
    if key is None:
        return None
    passphrase = dialogs.ask_passphrase(parent, key)
    if passphrase is None:
        return None
    target = dialogs.choose_save(
        parent, "Save signed PDF", pdf.with_name(pdf.stem + "-signed.pdf"), "PDF files (*.pdf)"
    )
    if target is None:
        return None
    try:
        signer = signing.load_signer(key, passphrase)
        signed = signing.sign_pdf(pdf.read_bytes(), signer, signatory=signatory)
        signing.write_pdf(target, signed)
    except (signing.SigningError, DocumentError, OSError) as exc:
        dialogs.show_error(parent, "Could not sign", [str(exc)])
        return None
    finally:
        del passphrase
    return target
