"""Signing a contract PDF from the app: choose the PDF, key file and passphrase, then sign.

Every dialog goes through :mod:`slawriter.app.dialogs`. The signing itself is ``slawriter sign``
in a child process (:class:`~slawriter.app.cli_job.CliJob`), so the window stays responsive; the
passphrase goes to that process in its environment, the way the command line takes it, and is
never written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..services import PASSPHRASE_VARIABLE
from . import dialogs
from .cli_job import CliJob


def sign_pdf_interactively(
    parent: QWidget | None,
    signatory: str | None = None,
    on_done: Callable[[Path | None], None] | None = None,
) -> CliJob | None:
    """Ask for the PDF, key and passphrase, then sign into ``*-signed.pdf``.

    Returns the running job (``None`` if the user cancelled); ``on_done`` gets the signed file, or
    ``None`` after an error has been shown.
    """
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
    arguments = ["sign", str(pdf), "-o", str(target), "--p12", str(key)]
    if signatory:
        arguments += ["--signatory", signatory]
    job = CliJob(arguments, parent, environment={PASSPHRASE_VARIABLE: passphrase.decode("utf-8")})
    del passphrase

    def finished(code: int, _out: list[str], err: list[str]) -> None:
        ok = code == 0 and target.is_file()
        if not ok:
            dialogs.show_error(parent, "Could not sign", err or [f"exit code {code}"])
        if on_done is not None:
            on_done(target if ok else None)
        job.deleteLater()

    job.done.connect(finished)
    return job.start()
