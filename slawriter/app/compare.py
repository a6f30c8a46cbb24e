"""“Compare with…”: a redline between the open agreement and an earlier revision.

The redline PDF is rendered by WeasyPrint, so it is written by ``slawriter diff`` in a child
process (:class:`~slawriter.app.cli_job.CliJob`); the earlier revision may be its ``.sla.json`` or
an exported contract PDF.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..model import Agreement
from ..storage import save_agreement
from . import dialogs
from .cli_job import CliJob


def compare_with(
    parent: QWidget | None,
    current: Agreement,
    on_done: Callable[[Path | None], None] | None = None,
) -> CliJob | None:
    """Ask for the earlier revision and where to write the redline, then write it.

    Returns the running job (``None`` if the user cancelled); ``on_done`` gets the report's path,
    or ``None`` after an error has been shown.
    """
    earlier = dialogs.choose_file(
        parent, "Compare with", "Agreements and contracts (*.sla.json *.pdf);;All files (*)"
    )
    if earlier is None:
        return None
    target = dialogs.choose_save(
        parent,
        "Save redline",
        earlier.with_name("redline.pdf"),
        "PDF (*.pdf);;HTML (*.html)",
    )
    if target is None:
        return None
    scratch = Path(tempfile.mkdtemp(prefix="slawriter-compare-"))
    now = scratch / "current.sla.json"
    save_agreement(current, now)
    job = CliJob(["diff", str(earlier), str(now), "-o", str(target)], parent)

    def finished(code: int, _out: list[str], err: list[str]) -> None:
        shutil.rmtree(scratch, ignore_errors=True)
        ok = code == 0 and target.is_file()
        if not ok:
            dialogs.show_error(parent, "Could not compare", err or [f"exit code {code}"])
        if on_done is not None:
            on_done(target if ok else None)
        job.deleteLater()

    job.done.connect(finished)
    return job.start()
