"""Section 3 — Responsibilities: the duties of each party."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Section
from ...model.agreement import Responsibilities
from ..forms import Form
from .base import SectionPage


class ResponsibilitiesPage(SectionPage):
    section = Section.RESPONSIBILITIES
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "What each party must do, the customer obligations that are conditions for service "
            "credits, and what a request or incident report must contain.",
        )
    )

    def build_forms(self) -> list[Form]:
        return [Form(self.document, Responsibilities, lambda: ("responsibilities",))]
