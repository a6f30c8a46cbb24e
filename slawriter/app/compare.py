"""“Compare with…”: a redline between the open agreement and an earlier revision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..model import Agreement
from ..render import agreement_from_pdf
from ..services import redline
from ..storage import DocumentError, load_agreement
from . import dialogs


def compare_with(parent: QWidget | None, current: Agreement) -> Path | None:
    """Ask for the earlier revision and where to write the redline; returns the report's path."""
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
    try:
        old = (
            agreement_from_pdf(earlier)
            if earlier.suffix.lower() == ".pdf"
            else load_agreement(earlier)
        )
        redline.write_redline(old, current, target)
    except DocumentError as exc:
        dialogs.show_error(parent, "Could not compare", exc.lines())
        return None
    return target
