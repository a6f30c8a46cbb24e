"""Signing a contract PDF from the app: choose the PDF, key file and passphrase, then sign.

Every dialog goes through :mod:`slawriter.app.dialogs`. The signing itself is a
:class:`~slawriter.services.operations.Sign` operation run by the app's worker process
(:func:`~slawriter.app.render_service.shared_service`), so the window stays responsive; the
passphrase goes to that process over its pipe and is never written anywhere. A refusal comes back
as data and is shown in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from . import dialogs
from .error_presenter import run_operation
from .render_service import OperationHandle


def sign_pdf_interactively(
    parent: QWidget | None,
    signatory: str | None = None,
    on_done: Callable[[Path | None], None] | None = None,
) -> OperationHandle | None:
    """Ask for the PDF, key and passphrase, then sign into ``*-signed.pdf``.

    Returns the running operation (``None`` if the user cancelled); ``on_done`` gets the signed
    file, or ``None`` after an error has been shown.
    """
    from ..services.operations import Sign

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
    # The save dialog has asked before replacing a file.
    operation = Sign(
        file=pdf,
        output=target,
        p12=key,
        passphrase=passphrase.decode("utf-8"),
        signatory=signatory,
        force=True,
    )
    del passphrase
    handle = run_operation(
        parent, QCoreApplication.translate("signing", "Could not sign"), operation
    )
    del operation
    if on_done is not None:
        handle.done.connect(lambda ok: on_done(target if ok else None))
    return handle
