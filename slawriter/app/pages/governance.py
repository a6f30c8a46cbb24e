"""Section 7 — Reporting, review & change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Section
from ...model.agreement import Governance
from ..forms import Form
from .base import SectionPage


class GovernancePage(SectionPage):
    section = Section.GOVERNANCE
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "Reporting cadence and contents, review meetings, change control, definitions and "
            "additional clauses.",
        )
    )

    def build_forms(self) -> list[Form]:
        return [Form(self.document, Governance, lambda: ("governance",))]
