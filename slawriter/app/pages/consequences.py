"""Section 6 — Breach consequences: credits, claims, escalation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Section
from ...model.agreement import Consequences
from ..forms import Form
from .base import SectionPage


class ConsequencesPage(SectionPage):
    section = Section.CONSEQUENCES
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "Service credit tiers per objective, the credit cap and claim procedure, the "
            "escalation path, remediation and chronic failure, and non-monetary consequences.",
        )
    )

    def build_forms(self) -> list[Form]:
        return [Form(self.document, Consequences, lambda: ("consequences",))]
