"""Section 2 — Scope: what the service is and is not."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Section
from ...model.agreement import Scope
from ..forms import Form
from .base import SectionPage


class ScopePage(SectionPage):
    section = Section.SCOPE
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "The services covered and what is explicitly not, the service hours, support channels, "
            "dependencies, and the users and locations served.",
        )
    )

    def build_forms(self) -> list[Form]:
        return [Form(self.document, Scope, lambda: ("scope",))]
