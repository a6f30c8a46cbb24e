"""Section 4 — Service level objectives, with their calendars and priorities."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...model import Section
from ...model.agreement import ServiceLevels
from ..forms import Form
from .base import SectionPage


class ObjectivesPage(SectionPage):
    section = Section.OBJECTIVES
    intro = str(
        QT_TRANSLATE_NOOP(
            "SectionPage",
            "Each objective: what is measured, the target, per-priority targets, the measurement "
            "window and calendar, clock rules and who is responsible. Calendars and priorities "
            "are defined here too.",
        )
    )

    def build_forms(self) -> list[Form]:
        return [
            Form(
                self.document,
                ServiceLevels,
                lambda: ("service_levels",),
                fields=["objectives", "priorities", "calendars"],
            )
        ]
