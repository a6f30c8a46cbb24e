"""Section 1 — Agreement & parties: what the document is, and who signs it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Agreement, Section
from ..forms import Form
from .base import SectionPage


class PartiesPage(SectionPage):
    section = Section.PARTIES
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "What kind of agreement this is, its identity, language and dates, and the two or more "
            "parties to it.",
        )
    )

    def build_forms(self) -> list[Form]:
        return [Form(self.document, Agreement, lambda: (), fields=["agreement", "parties"])]
