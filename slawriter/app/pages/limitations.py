"""Section 5 — Limitations & exclusions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Section
from ...model.agreement import Limitations
from ..forms import Form
from .base import SectionPage


class LimitationsPage(SectionPage):
    section = Section.LIMITATIONS
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "Scheduled maintenance, exclusions (force majeure, customer-caused, third party…), "
            "usage limits and the norms and standards the parties follow.",
        )
    )

    def build_forms(self) -> list[Form]:
        return [Form(self.document, Limitations, lambda: ("limitations",))]
