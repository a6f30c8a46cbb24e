"""“Compare with…”: a redline between the open agreement and an earlier revision.

The redline (a PDF, an HTML page, or a Word document with tracked changes, by the name's
extension) is written by a
:class:`~slawriter.services.operations.Diff` operation in the app's worker process; the earlier
revision may be its ``.sla.json`` or an exported contract PDF. A refusal comes back as data and
is shown in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import Agreement
from ..storage import dumps_agreement
from . import dialogs
from .error_presenter import run_operation
from .render_service import OperationHandle


def compare_with(
    parent: QWidget | None,
    current: Agreement,
    on_done: Callable[[Path | None], None] | None = None,
) -> OperationHandle | None:
    """Ask for the earlier revision and where to write the redline, then write it.

    Returns the running operation (``None`` if the user cancelled); ``on_done`` gets the report's
    path, or ``None`` after an error has been shown.
    """
    from ..services.operations import Diff

    earlier = dialogs.choose_file(
        parent,
        QCoreApplication.translate("compare", "Compare with"),
        QCoreApplication.translate(
            "compare", "Agreements and contracts (*.sla.json *.pdf);;All files (*)"
        ),
    )
    if earlier is None:
        return None
    # The format follows the name's extension (the Diff operation refuses any other name).
    target = dialogs.choose_save(
        parent,
        QCoreApplication.translate("compare", "Save redline"),
        earlier.with_name("redline.pdf"),
        QCoreApplication.translate(
            "compare",
            "PDF (*.pdf);;HTML (*.html);;Word document with tracked changes (*.docx)",
        ),
    )
    if target is None:
        return None
    operation = Diff(
        old=earlier,
        new=Path("current.sla.json"),
        output=target,
        new_text=dumps_agreement(current),
    )
    title = QCoreApplication.translate("compare", "Could not compare")
    handle = run_operation(parent, title, operation)
    if on_done is not None:
        handle.done.connect(lambda ok: on_done(target if ok else None))
    return handle
